#pragma once

#include "library/event_sources.h"
#include "library/library_brief_records.h"
#include "library/article_list.h"
#include "library/library_filter.h"
#include "library/records.h"

#include <QHash>

#include <optional>

namespace summit {
class Database;
}

namespace summit::library {

/// The read (and metadata-edit) API over one database connection: everything the desktop app,
/// the PDF briefing and the CLI ask of the store. It owns no connection, so each thread
/// builds its own Library over its own Database.
class Library final
{
public:
    explicit Library(Database &db) : m_db(db) {}

    /// Every event ordered by start, with article, quote and outlet counts.
    QVector<EventRecord> events() const;
    std::optional<EventRecord> event(qint64 id) const;
    /// The event with its quotes, excerpts grouped by article order, and notes.
    std::optional<EventDetail> eventDetail(qint64 id) const;

    /// Quotes passing the filter, ordered by article date then position.
    QVector<QuoteRecord> quotes(const LibraryFilter &filter, bool includeFragments) const;
    /// Independent sources with a sentence that repeats the quote's words (an FTS5 phrase
    /// query): republished copies and one wire's stories count once (independentSources).
    int quoteCorroboration(const QString &quoteText) const;
    /// Those sources by name (the wire agency, else the outlet).
    QStringList quoteSources(const QString &quoteText) const;
    /// The same outlets by name.
    QStringList quoteOutlets(const QString &quoteText) const;

    std::optional<ArticleRecord> article(qint64 id) const;
    std::optional<ArticleMetadata> metadata(qint64 articleId) const;
    /// Articles with no publication date, oldest import first: they need the user's date.
    QVector<UndatedArticle> articlesNeedingDate() const;
    /// Writes title, outlet and date (the date source becomes "user"). Throws StoreError.
    void setMetadata(qint64 articleId, const ArticleMetadata &metadata);

    /// Full-text search over sentences; outlet and dates of the filter apply.
    SearchResult search(const QString &userText, const LibraryFilter &filter, int limit = 200) const;

    QVector<WeekCount> weeklyCounts() const;
    LibraryCounts counts() const;
    QStringList speakers() const;
    QStringList topics() const;
    QStringList outlets() const;
    /// One row per outlet with a URL, for the About box.
    QVector<SourceRecord> sources() const;

    // --- Export (library_export.cpp) ---
    /// Articles passing the filter, with the metadata a citation needs, ordered by date then
    /// id. An article passes when its outlet and date match, it quotes the speaker, it mentions
    /// the topic or is linked to an event with it, and (eventId > 0) it is linked to that event.
    QVector<CitedArticle> citedArticles(const LibraryFilter &filter, qint64 eventId = 0) const;
    // ---- Briefing reads (library_brief*.cpp): the PDF briefing reads only through these and
    // the methods above, so what it prints comes from the queries the app uses.
    /// Sentences linked to the events, best score first within each event (events in id order).
    QVector<LinkedSentence> linkedSentences(const QVector<qint64> &eventIds) const;
    /// Every note, with the event it is about (0 when none), in article order.
    QVector<EventNote> eventNotes() const;
    /// Topic keys each non-fragment quote speaks to: topic words inside it or in its sentence.
    QHash<qint64, QStringList> quoteTopics() const;
    /// Sentences that name a topic and at least one person, in article and sentence order.
    QVector<TopicSentence> topicSentences() const;
    /// Bibliography heads of the articles, in the order asked (unknown ids are left out).
    QVector<ArticleHead> articleHeads(const QVector<qint64> &ids) const;
    /// Reports, mentions and independent sources of every event (eventCoverage), by event id.
    QHash<qint64, EventCoverage> coverage() const;
    // ---- end of briefing reads
    // --- Library management: the articles list (app panel, CLI `articles`, `stats`) ---
    /// Every article passing the filter, by date (undated first) then id, with its counts.
    QVector<ArticleSummary> articleSummaries(const ArticleListFilter &filter = {}) const;
    /// Row counts by name ("articles", "outlets", "quotes", "fragments", …), as `stats` prints them.
    QVector<QPair<QString, qint64>> tableCounts() const;
    /// Temporal expressions of one article (0: every article), by article then position.
    QVector<TimexRecord> timexes(qint64 articleId = 0) const;
    // -- The user's own layer (schema v7); writes go through UserEdits (user_edits.h). --
    /// The star, note and tags of one item (empty when it has none).
    Annotation annotation(const AnnotationTarget &target) const;
    /// Annotated items (events the user deleted and quotes no longer found are left out),
    /// oldest date first: only starred ones when starredOnly, only those whose note or tags
    /// contain every word of noteText (ignoring case) when it is given. The briefing lists starred items and notes from here.
    QVector<AnnotatedItem> annotatedItems(bool starredOnly = false, const QString &noteText = {}) const;
    /// The annotation key of a quote (its article and span), without reading the whole quote.
    std::optional<AnnotationTarget> quoteTarget(qint64 quoteId) const;
    /// Every tag in use, sorted.
    QStringList tags() const;
    /// The speaker-review trail of one quote span (articleId 0: of every quote), oldest first.
    QVector<SpeakerCorrection> speakerCorrections(const AnnotationTarget &quote = AnnotationTarget::quote(0, -1, -1)) const;

    /// One quote by id, fragments included (nullopt when there is none), read as quotes() reads.
    std::optional<QuoteRecord> quote(qint64 quoteId) const;

private:
    QHash<QString, Annotation> annotationsByKey() const;
    /// The quotes of `where`; quoteId > 0 reads the topics of that quote's article only.
    QVector<QuoteRecord> quotesWhere(const SqlWhere &where, qint64 quoteId) const;
    Database &m_db;
};

/// The raw bytes decoded as the import did ("utf-8" or "windows-1252"); raw offsets count in it.
QString decodeRaw(const QByteArray &raw, const QString &encoding);

/// Maps a span of clean text to the decoded raw text through the article's offset map.
struct RawSpan
{
    int start = 0;
    int end = 0;
};
RawSpan toRawSpan(const ArticleRecord &article, int cleanStart, int cleanEnd);

/// "Outlet, “Title”, 6 April 2008, URL: “quoted words”" for the clipboard.
QString citation(const ArticleRecord &article, const QString &quotedWords);

} // namespace summit::library
