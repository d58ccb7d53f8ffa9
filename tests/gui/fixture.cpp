#include "fixture.h"

#include "ingest/prepared_article.h"
#include "store/statement.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace summit::test {

namespace {
QString json(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}
} // namespace

qint64 FixtureBuilder::addArticle(const QString &title, const QString &outlet, QDate published,
                                  const QString &url, const QString &text)
{
    const QByteArray raw = (rawHeader() + text).toUtf8();
    OffsetMap map;
    map.anchors << OffsetMap::Anchor{0, int(rawHeader().size())};
    Statement a(m_db, "INSERT INTO articles (source, sha256, raw, encoding, format, clean_text, "
                      "offset_map, title, outlet, published, url, imported_at) "
                      "VALUES (?, ?, ?, 'utf-8', 'txt', ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z')");
    a.bind(1, title + QStringLiteral(".txt"));
    a.bind(2, QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex()));
    a.bind(3, raw);
    a.bind(4, text);
    a.bind(5, map.serialize());
    a.bind(6, title);
    a.bind(7, outlet);
    a.bind(8, published.toString(Qt::ISODate));
    a.bind(9, url);
    a.run();
    const qint64 id = m_db.lastInsertId();
    Statement p(m_db, "INSERT INTO paragraphs (article_id, ord, kind, start, end) VALUES (?, 0, 'body', 0, ?)");
    p.bind(1, id).bind(2, int(text.size()));
    p.run();
    const qint64 paragraph = m_db.lastInsertId();
    int start = 0;
    int ord = 0;
    while (start < text.size()) {
        int end = int(text.indexOf(QStringLiteral(". "), start));
        end = end < 0 ? int(text.size()) : end + 1;
        Statement s(m_db, "INSERT INTO sentences (article_id, paragraph_id, ord, start, end) VALUES (?, ?, ?, ?, ?)");
        s.bind(1, id).bind(2, paragraph).bind(3, ord++).bind(4, start).bind(5, end);
        s.run();
        Statement f(m_db, "INSERT INTO sentence_fts (rowid, text) VALUES (?, ?)");
        f.bind(1, m_db.lastInsertId()).bind(2, text.mid(start, end - start));
        f.run();
        start = end + 1;
    }
    return id;
}

qint64 FixtureBuilder::addEvent(const QString &slug, const QString &title, const QString &kind,
                                QDate start, QDate end, const QString &granularity,
                                const QString &place, const QString &actor,
                                const QStringList &topics, const QStringList &participants)
{
    Statement st(m_db, "INSERT INTO events (slug, title, kind, start, end, granularity, place, "
                       "participants, actor, topics, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'catalog')");
    st.bindAll(slug, title, kind, start.toString(Qt::ISODate), end.toString(Qt::ISODate),
               granularity, place, json(participants), actor, json(topics));
    st.run();
    return m_db.lastInsertId();
}

QString FixtureBuilder::cleanText(qint64 articleId)
{
    Statement st(m_db, "SELECT clean_text FROM articles WHERE id = ?");
    st.bind(1, articleId);
    return st.step() ? st.text(0) : QString();
}

qint64 FixtureBuilder::sentenceAt(qint64 articleId, int offset)
{
    Statement st(m_db, "SELECT id FROM sentences WHERE article_id = ? AND start <= ? AND end > ?");
    st.bind(1, articleId).bind(2, offset).bind(3, offset);
    return st.step() ? st.int64(0) : 0;
}

qint64 FixtureBuilder::addQuote(qint64 articleId, const QString &words, const QString &speaker,
                                qint64 eventId, bool fragment)
{
    const int start = int(cleanText(articleId).indexOf(words));
    Q_ASSERT(start >= 0);
    Statement st(m_db, "INSERT INTO quotes (article_id, sentence_id, start, end, text, speaker, rule, "
                       "confidence, fragment, event_id) VALUES (?, ?, ?, ?, ?, ?, 'fixture', 0.9, ?, ?)");
    st.bind(1, articleId).bind(2, sentenceAt(articleId, start)).bind(3, start);
    st.bind(4, start + int(words.size())).bind(5, words).bind(6, speaker).bind(7, fragment ? 1 : 0);
    if (eventId)
        st.bind(8, eventId);
    else
        st.bindNull(8);
    st.run();
    return m_db.lastInsertId();
}

void FixtureBuilder::link(qint64 eventId, qint64 articleId, const QString &words)
{
    const int at = int(cleanText(articleId).indexOf(words));
    Q_ASSERT(at >= 0);
    Statement st(m_db, "INSERT INTO event_links (event_id, article_id, sentence_id, score) VALUES (?, ?, ?, 0.8)");
    st.bind(1, eventId).bind(2, articleId).bind(3, sentenceAt(articleId, at));
    st.run();
}

void FixtureBuilder::report(qint64 eventId, qint64 articleId)
{
    Statement st(m_db, "INSERT INTO event_reports (article_id, event_id, evidence) VALUES (?, ?, '[\"fixture\"]')");
    st.bind(1, articleId).bind(2, eventId);
    st.run();
}

void FixtureBuilder::addNote(qint64 eventId, qint64 articleId, const QString &words, const QString &text)
{
    const int at = int(cleanText(articleId).indexOf(words));
    Statement st(m_db, "INSERT INTO notes (article_id, event_id, start, end, text, rule) VALUES (?, ?, ?, ?, ?, 'fixture')");
    st.bind(1, articleId).bind(2, eventId).bind(3, at).bind(4, at + int(words.size())).bind(5, text);
    st.run();
}

void FixtureBuilder::addTopicMention(qint64 articleId, const QString &key, const QString &words)
{
    const int at = int(cleanText(articleId).indexOf(words));
    Statement st(m_db, "INSERT INTO mentions (article_id, kind, key, start, end, text) VALUES (?, 'topic', ?, ?, ?, ?)");
    st.bind(1, articleId).bind(2, key).bind(3, at).bind(4, at + int(words.size())).bind(5, words);
    st.run();
}

SampleLibrary::SampleLibrary()
{
    path = dir.filePath(QStringLiteral("library.db"));
    Database db(path);
    FixtureBuilder b(db);
    const QStringList md{QStringLiteral("missile_defense")};
    kennebunkport = b.addEvent(QStringLiteral("kennebunkport-2007"), QStringLiteral("Kennebunkport summit"),
                               QStringLiteral("summit"), QDate(2007, 7, 1), QDate(2007, 7, 2),
                               QStringLiteral("day"), QStringLiteral("Walker's Point, Kennebunkport, Maine"),
                               QStringLiteral("joint"), md, {QStringLiteral("Bush"), QStringLiteral("Putin")});
    moscow = b.addEvent(QStringLiteral("moscow-2plus2-2008"), QStringLiteral("Moscow \"2+2\" talks"),
                        QStringLiteral("ministerial"), QDate(2008, 3, 18), QDate(2008, 3, 18),
                        QStringLiteral("day"), QStringLiteral("Moscow, Russia"), QStringLiteral("joint"), md,
                        {QStringLiteral("Lavrov"), QStringLiteral("Rice")});
    sochi = b.addEvent(QStringLiteral("sochi-2008"), QStringLiteral("Sochi summit"), QStringLiteral("summit"),
                       QDate(2008, 4, 5), QDate(2008, 4, 6), QStringLiteral("day"),
                       QStringLiteral("Bocharov Ruchei, Sochi, Russia"), QStringLiteral("joint"),
                       {QStringLiteral("missile_defense"), QStringLiteral("nato")},
                       {QStringLiteral("Bush"), QStringLiteral("Putin"), QStringLiteral("Medvedev")});
    b.addEvent(QStringLiteral("start-expiry"), QStringLiteral("START-1 expires"), QStringLiteral("milestone"),
               QDate(2009, 12, 1), QDate(2009, 12, 31), QStringLiteral("month"), QString(),
               QStringLiteral("joint"), {QStringLiteral("arms_control")});

    apArticle = b.addArticle(
        QStringLiteral("Bush, Putin remain divided on missile defense"), QStringLiteral("Associated Press"),
        QDate(2008, 4, 6), QStringLiteral("http://example.org/ap-sochi"),
        QStringLiteral("Bush and Putin met at Sochi on Sunday. Putin said certain progress is obvious in "
                       "the dispute. Bush said we have got a lot of work to do. The G8 meets in Tokyo in July."));
    riaArticle = b.addArticle(
        QStringLiteral("Kremlin upbeat over Bush-Putin talks"), QStringLiteral("RIA Novosti"),
        QDate(2008, 4, 6), QStringLiteral("http://example.org/ria-sochi"),
        QStringLiteral("The Sochi talks ended on Sunday. Putin told reporters certain progress is obvious "
                       "on missile defense. START-1 will expire in December."));
    const qint64 lavrov = b.addArticle(
        QStringLiteral("Lavrov: differences remain"), QStringLiteral("Deseret News"), QDate(2008, 3, 18),
        QStringLiteral("http://example.org/lavrov"),
        QStringLiteral("Lavrov met Rice and Gates in Moscow. He said differences over missile defense remain."));
    const qint64 maine = b.addArticle(
        QStringLiteral("Putin offers wider cooperation"), QStringLiteral("Oneindia"), QDate(2007, 7, 3),
        QStringLiteral("http://example.org/maine"),
        QStringLiteral("At Kennebunkport Putin offered a radar in southern Russia. Bush called the offer sincere."));

    sochiQuote = b.addQuote(apArticle, QStringLiteral("certain progress is obvious"), QStringLiteral("Putin"), sochi);
    b.addQuote(apArticle, QStringLiteral("we have got a lot of work to do"), QStringLiteral("Bush"), sochi);
    fragmentQuote = b.addQuote(riaArticle, QStringLiteral("talks ended"), QString(), sochi, true);
    b.addQuote(lavrov, QStringLiteral("differences over missile defense remain"), QStringLiteral("Lavrov"), moscow);
    b.link(sochi, apArticle, QStringLiteral("met at Sochi"));
    b.link(sochi, riaArticle, QStringLiteral("Sochi talks ended"));
    b.report(sochi, apArticle);
    b.report(sochi, riaArticle);
    b.link(moscow, lavrov, QStringLiteral("in Moscow"));
    b.link(kennebunkport, maine, QStringLiteral("At Kennebunkport"));
    b.addNote(sochi, apArticle, QStringLiteral("The G8 meets in Tokyo in July."),
              QStringLiteral("The 2008 G8 summit was held at Toyako, Hokkaido, not Tokyo."));
    b.addTopicMention(maine, QStringLiteral("radar"), QStringLiteral("radar"));
}

} // namespace summit::test
