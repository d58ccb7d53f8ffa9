#pragma once

#include "store/database.h"

#include <QDate>
#include <QStringList>
#include <QTemporaryDir>
#include <QVector>
#include <memory>

namespace summit::test {

/// A scratch database filled row by row, so briefing tests control exactly what is stored.
/// Articles are split into paragraphs at blank lines and into sentences after ". ", "? ", "! ".
class BriefFixture final
{
public:
    BriefFixture();
    Database &db() { return *m_db; }
    QString dir() const { return m_dir.path(); }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("brief.db")); }

    qint64 addArticle(const QString &outlet, const QString &title, const QString &url, QDate published,
                      const QString &text);
    qint64 addEvent(const QString &slug, const QString &title, QDate start, QDate end, const QString &place = {},
                    const QStringList &participants = {}, const QStringList &topics = {},
                    const QString &summary = {});
    /// Links the article's sentence that contains words (which must occur) to the event, by
    /// the event's name, and records that the article reports the event.
    void link(qint64 eventId, qint64 articleId, const QString &words, double score);
    /// Stores a quote of the given words (which must occur in the article).
    qint64 addQuote(qint64 articleId, const QString &words, const QString &speaker, qint64 eventId = 0,
                    double confidence = 0.9);
    void addMention(qint64 articleId, const QString &kind, const QString &key, const QString &words);
    void addNote(qint64 articleId, qint64 eventId, const QString &words, const QString &note);

    QString cleanText(qint64 articleId);

    /// Three summits reported by four outlets, with quotes, topic and person mentions and a note.
    void fillSummits();

private:
    struct Located
    {
        int start;
        int end;
        qint64 sentenceId;
    };
    Located locate(qint64 articleId, const QString &words);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace summit::test
