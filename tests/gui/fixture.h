#pragma once

#include "store/database.h"

#include <QDate>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace summit::test {

/// Writes articles, events, quotes, links and notes straight into a database, the way the
/// import pipeline stores them, so UI and library tests do not depend on the extractors.
class FixtureBuilder final
{
public:
    explicit FixtureBuilder(Database &db) : m_db(db) {}

    /// An article whose raw file has a one-line header before the clean text, so raw offsets
    /// are clean offsets + header length. Sentences split at ". ".
    qint64 addArticle(const QString &title, const QString &outlet, QDate published,
                      const QString &url, const QString &cleanText);
    qint64 addEvent(const QString &slug, const QString &title, const QString &kind, QDate start,
                    QDate end, const QString &granularity, const QString &place,
                    const QString &actor, const QStringList &topics,
                    const QStringList &participants = {});
    /// A quote of words that appear in the article's clean text.
    qint64 addQuote(qint64 articleId, const QString &words, const QString &speaker,
                    qint64 eventId, bool fragment = false);
    /// Links the sentence containing `words` to the event.
    void link(qint64 eventId, qint64 articleId, const QString &words);
    /// Records that the article reports the event as news (not just mentions it).
    void report(qint64 eventId, qint64 articleId);
    void addNote(qint64 eventId, qint64 articleId, const QString &words, const QString &text);
    void addTopicMention(qint64 articleId, const QString &key, const QString &words);

    static QString rawHeader() { return QStringLiteral("SOURCE FILE HEADER\n\n"); }

private:
    QString cleanText(qint64 articleId);
    qint64 sentenceAt(qint64 articleId, int offset);
    Database &m_db;
};

/// A temporary database with a small Bush–Putin record: three events (Kennebunkport,
/// Moscow 2+2, Sochi), four articles from three outlets, quotes, links and a note.
struct SampleLibrary
{
    SampleLibrary();
    QTemporaryDir dir;
    QString path;
    qint64 kennebunkport = 0;
    qint64 moscow = 0;
    qint64 sochi = 0;
    qint64 apArticle = 0;
    qint64 riaArticle = 0;
    qint64 sochiQuote = 0;   ///< Putin's "certain progress is obvious" (AP)
    qint64 fragmentQuote = 0;
};

} // namespace summit::test
