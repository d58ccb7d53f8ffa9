#pragma once

#include "ingest/source_block.h"
#include "ingest/word_lexicon.h"

#include <QJsonObject>

namespace summit {

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
    static const BoilerplateClassifier &bundled();
    explicit BoilerplateClassifier(const QJsonObject &rules);

    /// `knownTitle` is the title from metadata, if any (HTML); blocks repeating it are titles.
    QVector<BlockVerdict> classify(const QVector<SourceBlock> &blocks, const QString &knownTitle) const;

    bool isBylineText(const QString &text) const;
    bool isPublishedLine(const QString &text) const;

private:
    void trim(const SourceBlock &block, BlockVerdict &verdict) const;

    WordLexicon m_widgets;
    WordLexicon m_relatedHeads;
    WordLexicon m_captionVerbs;
    WordLexicon m_finiteVerbs;
    QStringList m_footerStarts;
    QStringList m_footerCues;
    QStringList m_labelPrefixes;
    QStringList m_captionCues;
    QStringList m_bylinePrefixes;
    QStringList m_publishedPrefixes;
};

} // namespace summit
