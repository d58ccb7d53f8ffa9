#pragma once

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

private:
    QHash<QString, Annotation> annotationsByKey() const;
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
