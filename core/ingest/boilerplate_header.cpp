// The parts of the boilerplate classifier that judge header and trailer lines by shape: reader
// prompts, stamps, the start of a comment section, and the choice of the headline among the
// lines before the story. Split from boilerplate_classifier.cpp to keep files small.

#include "ingest/boilerplate_classifier.h"

#include "ingest/dateline_parser.h"
#include "ingest/line_shapes.h"
#include "ingest/outlet_credits.h"

#include <QRegularExpression>

namespace summit {

bool BoilerplateClassifier::isBylineText(const QString &text) const
{
    // Any apostrophe-like mark counts as one ("author’s name", "author`s name" on pages whose
    // typography was lost in encoding).
    QString lower = lowerCased(text);
    lower.replace(QChar(0x2019), u'\'').replace(u'`', u'\'');
    // "ByJane Doe": a text copy glues the prefix to a name that was a link.
    const bool glued = text.size() > 3 && text.startsWith(QLatin1String("By")) && text[2].isUpper();
    return ((startsWithAny(lower, m_bylinePrefixes) || glued) && lowerWords(text).size() <= 10
            && !hasTerminalPunctuation(text))
           || !m_datelines->knownAgency(text).isEmpty(); // "The Associated Press"
}

bool BoilerplateClassifier::bylineNamesSomeone(const QString &text) const
{
    // After the prefix, a capitalised name or a known agency ("By Jane Doe", "The Associated Press").
    if (!m_datelines->knownAgency(text).isEmpty())
        return true;
    const QString name = bylineName(text);
    return !name.isEmpty() && name[0].isUpper();
}

QString BoilerplateClassifier::bylineName(const QString &text) const
{
    const QString agency = m_datelines->knownAgency(text);
    if (!agency.isEmpty())
        return agency;
    QString t = text.trimmed();
    const QString lower = lowerCased(t);
    if (t.size() > 3 && t.startsWith(QLatin1String("By")) && t[2].isUpper()) {
        t = t.mid(2);
    } else {
        for (const QString &p : m_bylinePrefixes)
            if (lower.startsWith(p)) {
                t = t.mid(p.size());
                break;
            }
    }
    const int bar = int(t.indexOf(QLatin1Char('|')));
    if (bar > 0)
        t = t.left(bar);
    return t.trimmed();
}

QString BoilerplateClassifier::lineShape(const QString &text, const Features &x) const
{
    if (isSkipLink(x.lower))
        return QStringLiteral("skip-navigation link");
    if (isBracketedMessage(text))
        return QStringLiteral("server or template message in brackets");
    if (isIconRun(text))
        return QStringLiteral("icon and style names (no words of text)");
    if (isWeatherWidget(text, x.wordCount))
        return QStringLiteral("weather widget");
    if (isBreadcrumb(text))
        return QStringLiteral("breadcrumb trail or menu row");
    if (isArchiveBanner(x.lower, x.wordCount))
        return QStringLiteral("archive banner (the page's age, not the story)");
    if (isPrompt(text, x))
        return QStringLiteral("prompt to the reader (subscribe, sign in, watch, listen)");
    return {};
}

bool BoilerplateClassifier::isPrompt(const QString &text, const Features &x) const
{
    // An imperative addressed to the reader ("Subscribe to our free daily newsletters", "Play
    // Live Radio", "Get the latest updates"): a news sentence does not open with a capitalised
    // command. Short ones are buttons; longer ones must also speak to the reader or sell.
    int length = 0;
    if (x.words.words.isEmpty() || !text[0].isUpper() || !m_promptVerbs.contains(x.words, 0, &length))
        return false;
    if (text.contains(QLatin1Char('"')) || text.contains(QChar(0x201C)))
        return false;
    return x.wordCount <= 5 || (x.wordCount <= 25 && m_promptWords.occursIn(x.words));
}

bool BoilerplateClassifier::isStampShape(const QString &text, int words) const
{
    // A page stamp whose date the parser does not take (numeric, ambiguous day/month order) or
    // a clock time on its own line: it marks the header, never the story.
    return words <= 14 && (hasNumericDate(text) || isClockLine(text, words));
}

bool BoilerplateClassifier::isCommentStamp(const QString &text) const
{
    static const QRegularExpression timeOfDay(QStringLiteral("\\b\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?|[AP]\\.?M\\.?)?"));
    return wordCount(text) <= 14 && (isPublishedLine(text) || hasNumericDate(text))
           && timeOfDay.match(text).hasMatch()
           && (text.contains(QLatin1String(" at ")) || text.trimmed().endsWith(QLatin1Char('|')));
}

bool BoilerplateClassifier::startsComments(const QVector<SourceBlock> &blocks, int i, const Features &x) const
{
    // Reader comments follow the story: a heading ("12 Comments", "Leave a reply"), a
    // time-stamped line ("August 29, 2008 at 2:54 am |"), or a numbered commenter name
    // ("1. Ostap") when a time-stamped line follows within a few blocks (a numbered list in
    // the story has no time stamps).
    static const QRegularExpression numberedName(QStringLiteral("^\\d{1,3}\\.\\s+\\p{Lu}[\\w'.-]*(?:\\s+[\\w'.-]+){0,2}$"));
    if (x.wordCount <= 5 && m_commentHeads.occursIn(x.words))
        return true;
    const QString &text = blocks[i].text;
    if (isCommentStamp(text))
        return true;
    if (!numberedName.match(text).hasMatch())
        return false;
    for (int k = i + 1; k < std::min<int>(int(blocks.size()), i + 4); ++k)
        if (isCommentStamp(blocks[k].text))
            return true;
    return false;
}

bool BoilerplateClassifier::isMasthead(const QVector<SourceBlock> &blocks, int i)
{
    // The page's first line over a menu row or a breadcrumb trail (perhaps with a tagline
    // between) is the site's name, however it is worded: the headline sits below the menu.
    if (i > 1 || i >= blocks.size())
        return false;
    const QString &text = blocks[i].text;
    if (text.size() > 60 || hasTerminalPunctuation(text) || isBreadcrumb(text))
        return false;
    for (const QChar c : text)
        if (c.isDigit())
            return false;
    for (int k = i + 1; k < std::min<int>(int(blocks.size()), i + 3); ++k)
        if (isBreadcrumb(blocks[k].text))
            return true;
    return false;
}

bool BoilerplateClassifier::inContentsList(const QVector<SourceBlock> &blocks, int i)
{
    // "INDEX:" or "In this briefing:" over a list of topics: the items are the contents of the
    // page, not its headline. The list runs until a longer or punctuated line.
    for (int k = i - 1; k >= std::max(0, i - 8); --k) {
        const QString &t = blocks[k].text.trimmed();
        if (t.endsWith(QLatin1Char(':')))
            return wordCount(t) <= 4;
        if (t.size() > 80 || hasTerminalPunctuation(t))
            return false;
    }
    return false;
}

namespace {

/// Two to five words, every letter a capital: "U.S. DEPARTMENT OF STATE".
bool isShortCapitalLine(const QString &text)
{
    int letters = 0;
    for (QChar c : text) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    const int words = wordCount(text);
    return letters > 0 && words >= 2 && words <= 5;
}

} // namespace

int BoilerplateClassifier::chooseTitle(const QVector<SourceBlock> &blocks, const QVector<Features> &f,
                                       const QVector<BlockVerdict> &verdicts, const QVector<int> &candidates,
                                       int firstByline, bool matchedMetadata, QString *why) const
{
    // The headline is one of the short lines before the story. Page furniture left among them
    // (site names, section labels, taglines) has the same shape, so candidates are scored on
    // where they sit: a headline sits right after the page's date stamp, or right before the
    // byline or the stamp, is usually in title case, and never comes after the byline when an
    // earlier line could be the headline. Ties go to the earliest line.
    if (matchedMetadata) {
        if (candidates.isEmpty())
            return -1;
        *why = QStringLiteral("headline (the line that repeats the page's metadata title)");
        return candidates.first();
    }
    auto roleAt = [&](int k) {
        return k >= 0 && k < verdicts.size() ? verdicts[k].role : BlockVerdict::Role::Drop;
    };
    int best = -1;
    int bestScore = 0;
    QStringList bestNotes;
    for (int i : candidates) {
        const QString &text = blocks[i].text;
        const QChar first = text.isEmpty() ? QChar() : text[0];
        const bool opensWell = first.isUpper() || first.isDigit() || first == QLatin1Char('"')
                               || first == QLatin1Char('\'') || first == QChar(0x2018) || first == QChar(0x201C);
        if (f[i].wordCount < 3 || !opensWell || startsWithSeparator(text) || text.endsWith(QLatin1Char(':')))
            continue;
        // A site's name ("The Daily Ledger") is shaped like a short title-case headline, and so
        // is any masthead over the page's menu row.
        // (A masthead only when a line below the menu could be the headline: a headline over a
        // share row stays the headline.)
        if (looksLikeOutletName(*m_datelines, text) || !m_datelines->knownAgency(text).isEmpty()
            || (isMasthead(blocks, i) && candidates.last() > i + 1))
            continue;
        if (inContentsList(blocks, i))
            continue;
        // A line above the page's menu or breadcrumb row ("Serving York County since 1889") is
        // the site's, when a line below the row could be the headline.
        {
            bool menuBelow = false, candidateBelowMenu = false;
            for (int k = i + 1; k < std::min<int>(int(blocks.size()), i + 4) && !menuBelow; ++k)
                if (isBreadcrumb(blocks[k].text)) {
                    menuBelow = true;
                    for (int c : candidates)
                        candidateBelowMenu = candidateBelowMenu || c > k;
                }
            if (menuBelow && candidateBelowMenu)
                continue;
        }
        // "Reprinted from The Associated Press", "Originally published in ...": a credit.
        if (!repostCredit(*m_datelines, text).isEmpty())
            continue;
        // "Analysis | Russia and Eurasia Program": a section label heading a trail of sections.
        if (const int bar = int(text.indexOf(QLatin1String(" | "))); bar > 0) {
            bool sectionWords = true;
            for (const QString &w : text.left(bar).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                sectionWords = sectionWords && m_datelines->isGenericWord(lowerCased(w));
            if (sectionWords)
                continue;
        }
        // "PACIFIC RIM DAILY - WORLD - text version": a site name heading a section trail.
        if (const int dash = int(text.indexOf(QLatin1String(" - "))); dash > 0
            && looksLikeOutletName(*m_datelines, text.left(dash).trimmed()))
            continue;
        // "U.S. DEPARTMENT OF STATE", "ATLANTIC POLICY FORUM": a short all-capital line atop the
        // page is the publisher's masthead when a line in ordinary case could be the headline.
        if (isShortCapitalLine(text) && i == candidates.first()) {
            bool ordinaryBelow = false;
            for (int k : candidates)
                ordinaryBelow = ordinaryBelow || (k > i && f[k].wordCount >= 3 && !isShortCapitalLine(blocks[k].text)
                                                  && blocks[k].text != blocks[k].text.toUpper());
            if (ordinaryBelow)
                continue;
        }
        int score = 0;
        QStringList notes;
        if (roleAt(i - 1) == BlockVerdict::Role::DateLine) {
            score += 3;
            notes << QStringLiteral("follows the date stamp");
        }
        // A headline over its standfirst: a title-case line of five words or more above a
        // longer sentence-case line that precedes the byline ("Lavrov: We Did Not Start This
        // Fight" over "Russia's foreign minister on Georgia, NATO and ..."). The byline's credit
        // goes to the headline, not to the standfirst.
        // A menu row of five title-case words is shaped the same, so the headline must also
        // share a word of four letters or more with the standfirst or the story's opening.
        const auto standfirstBelow = [&](int k) {
            if (k + 1 >= blocks.size() || !candidates.contains(k + 1) || roleAt(k + 2) != BlockVerdict::Role::Byline
                || !isTitleCase(blocks[k].text) || f[k].wordCount < 5 || isTitleCase(blocks[k + 1].text)
                || f[k + 1].wordCount < 10)
                return false;
            QString story = lowerCased(blocks[k + 1].text);
            int paragraphs = 0;
            for (int b = k + 2; b < blocks.size() && paragraphs < 2; ++b)
                if (roleAt(b) == BlockVerdict::Role::Body) {
                    story += QLatin1Char(' ') + lowerCased(blocks[b].text);
                    ++paragraphs;
                }
            const QStringList storyWords = lowerWords(story);
            for (const QString &w : lowerWords(blocks[k].text))
                if (w.size() >= 4 && storyWords.contains(w))
                    return true;
            return false;
        };
        if (roleAt(i + 1) == BlockVerdict::Role::Byline && !(i > 0 && standfirstBelow(i - 1))) {
            score += 3;
            notes << QStringLiteral("precedes the byline");
        } else if (standfirstBelow(i)) {
            score += 3;
            notes << QStringLiteral("over the standfirst before the byline");
        } else if (roleAt(i + 1) == BlockVerdict::Role::DateLine) {
            score += 2;
            notes << QStringLiteral("precedes the date stamp");
        }
        if (isTitleCase(text)) {
            score += 1;
            notes << QStringLiteral("title case");
        }
        if (firstByline >= 0 && i > firstByline) {
            score -= 4;
            notes << QStringLiteral("after the byline");
        }
        if (best < 0 || score > bestScore) {
            best = i;
            bestScore = score;
            bestNotes = notes;
        }
    }
    if (best >= 0)
        *why = QStringLiteral("headline: first fitting line before the story")
               + (bestNotes.isEmpty() ? QString() : QStringLiteral(" (") + bestNotes.join(QStringLiteral(", ")) + QLatin1Char(')'));
    return best;
}

} // namespace summit
