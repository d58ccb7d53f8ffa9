#pragma once

#include "ingest/source_block.h"
#include "ingest/word_lexicon.h"

#include <QJsonObject>

#include <memory>

namespace summit {

/// A correction or editor's notice the page puts over the story: "CORRECTION, Sept. 8, 2007:
/// ...", "Clarification: ...", "Editor's note: ...". Kept as text, but it opens no story and
/// holds no dateline.
bool isCorrectionNotice(const QString &text);

class DatelineParser;

/// What the cleaner decided about one block, and why.
struct BlockVerdict
{
    enum class Role { Body, Caption, Heading, Title, Byline, DateLine, Drop };
    Role role = Role::Body;
    QString reason;      ///< why it was dropped or given this role
    int trimStart = 0;   ///< characters cut from the start of a kept block
    int trimEnd = 0;     ///< characters cut from the end of a kept block
    QString trimReason;
};

/// A general classifier of blocks into body text, headings, captions and page furniture
/// (navigation, share/print widgets, font controls, notification pop-ups, related-story lists,
/// copyright and disclaimer footers, markdown link residue). It uses block shape (length,
/// punctuation, position relative to the body) and a vocabulary of widget words kept in
/// resources/rules/boilerplate.json, never lines of particular articles.
class BoilerplateClassifier final
{
public:
    /// datelines: the dateline and agency rules the header and byline checks read.
    BoilerplateClassifier(const QJsonObject &rules, std::shared_ptr<const DatelineParser> datelines);

    /// `knownTitle` is the title from metadata, if any (HTML); blocks repeating it are titles.
    QVector<BlockVerdict> classify(const QVector<SourceBlock> &blocks, const QString &knownTitle) const;

    bool isBylineText(const QString &text) const;
    bool isPublishedLine(const QString &text) const;
    /// A line that is only a dateline naming an agency ("SINGAPORE, Nov. 15 Kyodo").
    bool isDatelineLine(const QString &text) const;
    /// The page's first line over a menu row or breadcrumb trail: the site's masthead.
    static bool isMasthead(const QVector<SourceBlock> &blocks, int i);
    /// A short line in a list introduced by a label ending in a colon ("INDEX:").
    static bool inContentsList(const QVector<SourceBlock> &blocks, int i);
    /// The name in a byline line, without its prefix or a trailing "| date".
    QString bylineName(const QString &text) const;

    /// Features of one block, computed once per classify() call.
    struct Features
    {
        QString lower;
        WordLine words;    ///< the first words only
        int wordCount = 0;
        QString key;       ///< what duplicates are recognised by
        QString shape;     ///< why the line's shape marks it as furniture, or empty
        bool terminal = false;
        bool footer = false;
        bool headline = false; ///< title case ending in an abbreviation ("... Blow to U.S.")
    };

private:
    void trim(const SourceBlock &block, BlockVerdict &verdict) const;
    QString lineShape(const QString &text, const Features &x) const;
    bool isPrompt(const QString &text, const Features &x) const;
    bool bylineNamesSomeone(const QString &text) const;
    bool isStampShape(const QString &text, int words) const;
    bool isCommentStamp(const QString &text) const;
    bool startsComments(const QVector<SourceBlock> &blocks, int i, const Features &x) const;
    int chooseTitle(const QVector<SourceBlock> &blocks, const QVector<Features> &f,
                    const QVector<BlockVerdict> &verdicts, const QVector<int> &candidates, int firstByline,
                    bool matchedMetadata, QString *why) const;

    std::shared_ptr<const DatelineParser> m_datelines;
    WordLexicon m_widgets;
    WordLexicon m_relatedHeads;
    WordLexicon m_captionVerbs;
    WordLexicon m_finiteVerbs;
    QStringList m_footerStarts;
    QStringList m_footerCues;
    QStringList m_labelPrefixes;
    QStringList m_captionCues;
    QStringList m_captionPositions;
    QStringList m_bylinePrefixes;
    QStringList m_publishedPrefixes;
    WordLexicon m_promptVerbs;
    WordLexicon m_promptWords;
    WordLexicon m_commentHeads;
};

} // namespace summit
