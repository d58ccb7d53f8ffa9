#include "brief_fixture.h"

#include "store/statement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace summit::test {

BriefFixture::BriefFixture()
{
    REQUIRE(m_dir.isValid());
    m_db = std::make_unique<Database>(dbPath());
}

qint64 BriefFixture::addArticle(const QString &outlet, const QString &title, const QString &url, QDate published,
                                const QString &text)
{
    const QByteArray raw = text.toUtf8();
    Statement a(*m_db, "INSERT INTO articles (source, sha256, raw, encoding, format, clean_text, offset_map, title, "
                       "outlet, published, published_source, url, imported_at) "
                       "VALUES (?, ?, ?, 'utf-8', 'txt', ?, ?, ?, ?, ?, 'manifest', ?, ?)");
    a.bind(1, title + QStringLiteral(".txt"));
    a.bind(2, QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex()));
    a.bind(3, raw);
    a.bind(4, text);
    a.bind(5, QByteArray());
    a.bind(6, title);
    a.bind(7, outlet);
    a.bind(8, published.isValid() ? published.toString(Qt::ISODate) : QString());
    a.bind(9, url);
    a.bind(10, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    a.run();
    const qint64 articleId = m_db->lastInsertId();

    // Paragraphs at blank lines; sentences end at . ? ! followed by a space.
    static const QRegularExpression sentenceEnd(QStringLiteral("[.?!][\u201d\"]?\\s+"));
    Statement p(*m_db, "INSERT INTO paragraphs (article_id, ord, kind, start, end) VALUES (?, ?, 'body', ?, ?)");
    Statement s(*m_db, "INSERT INTO sentences (article_id, paragraph_id, ord, start, end) VALUES (?, ?, ?, ?, ?)");
    int pos = 0, paragraphOrd = 0, sentenceOrd = 0;
    while (pos < text.size()) {
        int end = text.indexOf(QStringLiteral("\n\n"), pos);
        if (end < 0)
            end = int(text.size());
        if (end > pos) {
            p.reset();
            p.bindAll(articleId, paragraphOrd++, pos, end);
            p.run();
            const qint64 paragraphId = m_db->lastInsertId();
            int start = pos;
            while (start < end) {
                QRegularExpressionMatch m = sentenceEnd.match(text, start);
                int stop = m.hasMatch() && m.capturedStart() < end ? m.capturedStart() + 1 : end;
                if (m.hasMatch() && m.capturedStart() < end && text.at(m.capturedStart() + 1) != u' '
                    && !text.at(m.capturedStart() + 1).isSpace())
                    stop = m.capturedStart() + 2; // keep a closing quote mark with its sentence
                s.reset();
                s.bindAll(articleId, paragraphId, sentenceOrd++, start, stop);
                s.run();
                start = m.hasMatch() && m.capturedStart() < end ? int(m.capturedEnd()) : end;
            }
        }
        pos = end + 2;
    }
    return articleId;
}

qint64 BriefFixture::addEvent(const QString &slug, const QString &title, QDate start, QDate end, const QString &place,
                              const QStringList &participants, const QStringList &topics, const QString &summary)
{
    auto json = [](const QStringList &list) {
        QStringList quoted;
        for (const QString &s : list)
            quoted << QStringLiteral("\"%1\"").arg(s);
        return QStringLiteral("[%1]").arg(quoted.join(u','));
    };
    Statement st(*m_db, "INSERT INTO events (slug, title, kind, start, end, place, participants, topics, summary, "
                        "origin) VALUES (?, ?, 'summit', ?, ?, ?, ?, ?, ?, 'catalog')");
    st.bindAll(slug, title, start.toString(Qt::ISODate), end.toString(Qt::ISODate), place, json(participants),
               json(topics), summary);
    st.run();
    return m_db->lastInsertId();
}

QString BriefFixture::cleanText(qint64 articleId)
{
    Statement st(*m_db, "SELECT clean_text FROM articles WHERE id = ?");
    st.bind(1, articleId);
    REQUIRE(st.step());
    return st.text(0);
}

BriefFixture::Located BriefFixture::locate(qint64 articleId, const QString &words)
{
    const int start = int(cleanText(articleId).indexOf(words));
    INFO(words.toStdString());
    REQUIRE(start >= 0);
    Statement st(*m_db, "SELECT id FROM sentences WHERE article_id = ? AND start <= ? AND end > ? ORDER BY ord LIMIT 1");
    st.bindAll(articleId, start, start);
    REQUIRE(st.step());
    return {start, start + int(words.size()), st.int64(0)};
}

void BriefFixture::link(qint64 eventId, qint64 articleId, const QString &words, double score)
{
    const Located at = locate(articleId, words);
    // Linked by the event's own name, and the article reports the event as news: what the
    // linker and the reporter write for an article about the event.
    Statement st(*m_db, "INSERT INTO event_links (event_id, article_id, sentence_id, score, evidence) "
                        "VALUES (?, ?, ?, ?, '[\"alias:fixture\"]')");
    st.bindAll(eventId, articleId, at.sentenceId, score);
    st.run();
    Statement report(*m_db, "INSERT OR IGNORE INTO event_reports (article_id, event_id, evidence) VALUES (?, ?, '[]')");
    report.bindAll(articleId, eventId);
    report.run();
}

qint64 BriefFixture::addQuote(qint64 articleId, const QString &words, const QString &speaker, qint64 eventId,
                              double confidence)
{
    const Located at = locate(articleId, words);
    Statement st(*m_db, "INSERT INTO quotes (article_id, sentence_id, start, end, text, speaker, speaker_text, rule, "
                        "confidence, fragment, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'test', ?, 0, ?)");
    st.bindAll(articleId, at.sentenceId, at.start, at.end, words, speaker, speaker, confidence);
    if (eventId)
        st.bind(9, eventId);
    else
        st.bindNull(9);
    if (speaker.isEmpty())
        st.bindNull(6);
    st.run();
    return m_db->lastInsertId();
}

void BriefFixture::addMention(qint64 articleId, const QString &kind, const QString &key, const QString &words)
{
    const Located at = locate(articleId, words);
    Statement st(*m_db, "INSERT INTO mentions (article_id, sentence_id, kind, key, start, end, text) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bindAll(articleId, at.sentenceId, kind, key, at.start, at.end, words);
    st.run();
}

void BriefFixture::addNote(qint64 articleId, qint64 eventId, const QString &words, const QString &note)
{
    const Located at = locate(articleId, words);
    Statement st(*m_db, "INSERT INTO notes (article_id, event_id, start, end, text, rule) VALUES (?, ?, ?, ?, ?, 'test')");
    st.bindAll(articleId, eventId, at.start, at.end, note);
    st.run();
}

} // namespace summit::test
