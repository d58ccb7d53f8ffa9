#pragma once

#include <optional>

#include "model/text_span.h"

#include <QByteArray>
#include <QStringList>
#include <stdexcept>

namespace summit {

struct PageRules;

/// Why one file could not be imported. The message names the file and says why.
class ImportError : public std::runtime_error
{
public:
    explicit ImportError(const QString &message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

/// Values the user (manifest or command line) gives; they override anything found in the file.
struct ImportOverrides
{
    QDate published;
    QString outlet;
    QString title;
    QString url;
    QString dateline;
    QString origin = QStringLiteral("cli"); ///< stored as the date's source: "manifest", "cli" or "user"
};

/// Piecewise-linear map from clean-text offsets to raw-text offsets. Raw offsets count UTF-16
/// units of the decoded raw text (the decoding is a pure function of the stored bytes).
/// Each anchor says "clean offset c corresponds to raw offset r"; positions between anchors
/// advance together.
struct OffsetMap
{
    struct Anchor
    {
        int clean;
        int raw;
    };
    QVector<Anchor> anchors; ///< sorted by clean

    int toRaw(int cleanOffset) const;
    QByteArray serialize() const;
    static OffsetMap deserialize(const QByteArray &blob);
};

/// A block of the source the cleaner dropped, with the classifier's reason.
struct RemovedBlock
{
    int rawStart = 0;
    int rawEnd = 0;
    QString text;
    QString reason;
};

/// Where one metadata field came from: the place in the file and the rule that read it.
struct MetadataSource
{
    QString field;  ///< title | outlet | republisher | published | byline | dateline
    QString value;
    QString source; ///< e.g. "line 4: «Friday, April 4, 2008»" or "<meta property=og:site_name>"
    QString rule;   ///< e.g. "page stamp before the story"
};

/// What an undated page says of its own day without naming its year: the dateline's month and
/// day and the weekday the lead gives that day ("MOSCOW, March 3 (RIA Novosti) - ... on Monday").
/// The year is settled later from the offices the text gives known people (settleDateClue).
struct DateClue
{
    int month = 0;
    int day = 0;
    int weekday = 0; ///< 1 = Monday ... 7 = Sunday, as QDate::dayOfWeek()
    QString where;   ///< the dateline as written
};

/// One file run through decode, parse, clean, metadata and split: ready to extract and store.
struct PreparedArticle
{
    QString source;   ///< file name as imported
    QString path;     ///< absolute path it came from (empty for bundled/in-memory input)
    QByteArray raw;   ///< exactly the bytes read
    QString sha256;   ///< hex digest of raw
    QString encoding; ///< "utf-8" or "windows-1252"
    QString format;   ///< "txt", "md" or "html"
    QString rawText;  ///< raw decoded to text (what raw offsets count in)
    ArticleText text; ///< clean text, structure and metadata
    QString byline;
    QString url;
    QString publishedSource; ///< html-meta | lead-date | dateline | page-stamp | inferred | manifest | cli | user
    QString republisher;     ///< the site that ran another outlet's (an agency's) copy, if both are named
    bool titleFromFileName = false; ///< no headline was found; the title is only the file name
    QVector<MetadataSource> sources; ///< one entry per field found in the file, in order of trust used
    OffsetMap offsets;
    QVector<RemovedBlock> removed;
    QStringList warnings;
    std::optional<DateClue> dateClue; ///< set when the page names its day but no year settles it
};

/// Runs every preparation step on bytes already read. Throws ImportError. A caller that has
/// hashed the bytes already (the importer, to skip stored files) passes the hex SHA-256, which
/// spares hashing them twice; otherwise it is computed here.
PreparedArticle prepareArticle(const QString &source, const QByteArray &raw,
                               const ImportOverrides &overrides = {}, const QString &sha256Hex = {});
/// The same with other page rules than the bundled ones (PageRules::bundled()).
PreparedArticle prepareArticle(const PageRules &rules, const QString &source, const QByteArray &raw,
                               const ImportOverrides &overrides = {}, const QString &sha256Hex = {});
/// The import warning for a page with no publication date, which a later step that dates it
/// takes back.
QString needsDateWarning(const QString &source);
/// The hex SHA-256 of raw bytes: the dedupe key.
QString sha256Hex(const QByteArray &raw);
/// Reads a file's bytes, refusing missing paths, folders and files too large to be an article.
/// Throws ImportError naming the file.
QByteArray readArticleBytes(const QString &path);
/// Reads path and prepares it. Throws ImportError naming the file.
PreparedArticle readArticleFile(const QString &path, const ImportOverrides &overrides = {});

} // namespace summit
