// Credits that name an outlet: wire-agency credits in bylines and at the end of a story,
// copyright holders, and outlet-name lines. Used by page_metadata.cpp.

#include "ingest/outlet_credits.h"

#include "ingest/date_parsing.h"
#include "ingest/dateline_parser.h"
#include "ingest/word_lexicon.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace summit {

// The holder of a copyright line: "© 2008 The Associated Press. All rights reserved." gives
// "The Associated Press".
QString copyrightHolder(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(
        "^(?:Copyright|\u00A9|\\(c\\))\\s*(?:\u00A9\\s*)?(?:(?:19|20)\\d{2}(?:\\s*[-\u2013]\\s*(?:19|20)\\d{2})?,?\\s*)?"
        "([A-Z][\\w.&' -]{1,50}?)(?:[.,;]|\\s+All rights|\\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = shape.match(text.trimmed());
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

// A short header line that is an outlet's name: one to four capitalised words, one of them a
// generic outlet word ("BBC News", "The Moscow Times").
bool looksLikeOutletName(const DatelineParser &dp, const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 4)
        return false;
    bool outletWord = false;
    for (const QString &w : words) {
        if (!w[0].isUpper() && !w[0].isDigit())
            return false;
        // "STAR-JOURNAL": each part of a hyphenated name may be the outlet word.
        for (const QString &part : lowerCased(w).split(QLatin1Char('-'), Qt::SkipEmptyParts))
            outletWord |= dp.isOutletWord(part);
    }
    // "Weekly Press Briefing", "Ledger Opinion": a name ending in a section or document word
    // ("briefing", "statement", "opinion") names a page or a section, not an outlet.
    QString last = lowerCased(words.last());
    while (!last.isEmpty() && !last.back().isLetterOrNumber())
        last.chop(1);
    if (dp.isGenericWord(last) && !dp.isOutletWord(last))
        return false;
    return outletWord && hasDistinctiveWord(dp, words);
}

bool hasDistinctiveWord(const DatelineParser &dp, const QStringList &words)
{
    // "BBC News", "The Boston Globe" have one; "World News", "Latest News", "Analysis" do not.
    for (const QString &w : words) {
        QString lower = lowerCased(w);
        while (!lower.isEmpty() && !lower.back().isLetterOrNumber())
            lower.chop(1);
        if (!lower.isEmpty() && !dp.isOutletWord(lower) && !dp.isGenericWord(lower))
            return true;
    }
    return false;
}

namespace {

// A short capitalised name: an acronym ("NYT"), an outlet name, or two to four capitalised
// words with a distinctive one and no section word ("The White House").
bool isShortName(const DatelineParser &dp, const QString &text)
{
    static const QRegularExpression acronym(QStringLiteral("^[A-Z][A-Z.&]{1,6}$"));
    if (acronym.match(text).hasMatch() || looksLikeOutletName(dp, text))
        return true;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 4)
        return false;
    int generic = 0;
    for (const QString &w : words) {
        if (!w[0].isUpper())
            return false;
        const QString lower = lowerCased(w);
        generic += dp.isGenericWord(lower) && lower != QLatin1String("the") ? 1 : 0;
    }
    return generic == 0 && hasDistinctiveWord(dp, words);
}

} // namespace

// The agency in a credit line: "The Associated Press", "By Jane Doe, Agence France-Presse",
// "Associated Press Writer", "By AFP".
QString agencyInCredit(const DatelineParser &dp, const QString &line)
{
    QString t = line.trimmed();
    if (t.startsWith(QLatin1String("By "), Qt::CaseInsensitive))
        t = t.mid(3).trimmed();
    if (QString a = dp.knownAgency(t); !a.isEmpty())
        return a;
    const int comma = int(t.lastIndexOf(QLatin1Char(',')));
    if (comma > 0)
        if (QString a = dp.knownAgency(t.mid(comma + 1)); !a.isEmpty())
            return a;
    for (const QLatin1String suffix : {QLatin1String(" Writer"), QLatin1String(" Correspondent"), QLatin1String(" Staff")}) {
        if (t.endsWith(suffix)) {
            QString head = t.left(t.size() - suffix.size());
            const int c = int(head.lastIndexOf(QLatin1Char(',')));
            if (QString a = dp.knownAgency(head.mid(c + 1)); !a.isEmpty())
                return a;
        }
    }
    return {};
}

// "... the talks went on. – AFP" or "... (Reuters)": a wire credit closing the story.
QString closingCredit(const DatelineParser &dp, const QString &para)
{
    static const QRegularExpression tail(QStringLiteral("(?:[\u2013\u2014-]{1,2}\\s*|\\()([A-Za-z][A-Za-z .-]{1,30}?)\\)?\\s*$"));
    const auto m = tail.match(para.right(40));
    return m.hasMatch() ? dp.knownAgency(m.captured(1)) : QString();
}

QString outletNameRun(const DatelineParser &dp, const QString &line)
{
    // The last run of capitalised words that ends in an outlet word, in a sentence-like tagline
    // ("your connection to The Daily Ledger" gives "The Daily Ledger"). A menu row of
    // capitalised words is no tagline, so the line needs lower-case words too, and the run
    // must be whole (two to four words, the word before it lower-case).
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int lowerWordsSeen = 0;
    for (const QString &w : words)
        lowerWordsSeen += w[0].isLower() ? 1 : 0;
    if (lowerWordsSeen < 2)
        return {};
    for (int end = int(words.size()) - 1; end >= 1; --end) {
        QString last = words[end];
        while (!last.isEmpty() && !last.back().isLetterOrNumber())
            last.chop(1);
        if (last.isEmpty() || !last[0].isUpper() || !dp.isOutletWord(lowerCased(last)))
            continue;
        int start = end;
        while (start > 0 && !words[start - 1].isEmpty() && words[start - 1][0].isUpper())
            --start;
        if (start == end || end - start > 3)
            return {};
        QStringList run = words.mid(start, end - start);
        run << last;
        return looksLikeOutletName(dp, run.join(QLatin1Char(' '))) ? run.join(QLatin1Char(' ')) : QString();
    }
    return {};
}

QString siteBesideHeadline(const DatelineParser &dp, const QString &line, const QString &headline)
{
    // "NYT : Headline", "Headline | The Daily Ledger": a text copy of the page title repeats
    // the headline with the site's name beside it.
    if (headline.size() < 15 || line.size() <= headline.size())
        return {};
    const int at = int(line.indexOf(headline));
    if (at < 0)
        return {};
    QString rest = at == 0 ? line.mid(headline.size()) : line.left(at);
    static const QString separators = QStringLiteral(" :|-\u2013\u2014\u00B7");
    const QString before = rest;
    while (!rest.isEmpty() && separators.contains(rest.front()))
        rest.remove(0, 1);
    while (!rest.isEmpty() && separators.contains(rest.back()))
        rest.chop(1);
    if (rest.isEmpty() || rest.size() + 2 > before.size() || !isShortName(dp, rest))
        return {}; // no separator between them, or a kicker ("Analysis: ...") rather than a name
    return rest;
}

QString siteBeforeSkipLink(const DatelineParser &dp, const QString &line)
{
    // "The Daily Ledger Skip Main Navigation": the site's logo text glued before the skip link.
    const int at = int(line.indexOf(QLatin1String("Skip ")));
    if (at <= 0)
        return {};
    const QString head = line.left(at).trimmed();
    return isShortName(dp, head) ? head : QString();
}

namespace {

bool isFunctionWord(const QString &word)
{
    const QString w = lowerCased(word);
    return w == QLatin1String("of") || w == QLatin1String("and") || w == QLatin1String("the") || w == QLatin1String("for")
           || w == QLatin1String("on") || w == QLatin1String("in") || w == QLatin1String("&");
}

// One to six words, each capitalised or a joining word, with a distinctive word among them.
bool isCapitalisedName(const DatelineParser &dp, const QStringList &words)
{
    if (words.isEmpty() || words.size() > 6 || words.first()[0].isLower())
        return false;
    for (const QString &w : words)
        if (!w[0].isUpper() && !w[0].isDigit() && !isFunctionWord(w))
            return false;
    return hasDistinctiveWord(dp, words);
}

} // namespace

QString siteNameInHeader(const DatelineParser &dp, const QString &line)
{
    QString t = line.trimmed();
    if (const int bar = int(t.indexOf(QLatin1String(" | "))); bar > 0) {
        // "Name | Section": the part after the bar must be section words only.
        const QStringList rest = t.mid(bar + 3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : rest) // "NATION & WORLD", "Arts and Culture"
            if (!dp.isGenericWord(lowerCased(w)) && w != u"&" && lowerCased(w) != u"and")
                return {};
        t = t.left(bar).trimmed();
    }
    QStringList words = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // "Ledger Editorials", "Ledger Opinion": a section word after the name is not the name.
    // ("Department of State" keeps its last word: a joining word binds it to the name.)
    while (words.size() > 1 && dp.isGenericWord(lowerCased(words.last()))
           && !dp.isOutletWord(lowerCased(words.last()))
           && !isFunctionWord(lowerCased(words[words.size() - 2])))
        words.removeLast();
    return isCapitalisedName(dp, words) ? words.join(QLatin1Char(' ')) : QString();
}

QString deskOwner(const DatelineParser &dp, const QString &line)
{
    static const QRegularExpression desk(
        QStringLiteral("^(.{2,60}?)\\s+(?:foreign staff|staff writers?|staff reporters?|staff|wire services?|news services?|"
                       "foreign service|(\\S+\\s+)?bureau)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = desk.match(line.trimmed());
    if (!m.hasMatch())
        return {};
    QStringList words = m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // "DAILY LEDGER MOSCOW BUREAU": the word before "bureau" is the bureau's city, kept when the
    // name would otherwise be lost.
    if (!m.captured(2).isEmpty())
        words << m.captured(2).trimmed();
    if (!m.captured(2).isEmpty() && words.size() > 2 && dp.isOutletWord(lowerCased(words[words.size() - 2])))
        words.removeLast();
    const QString name = words.join(QLatin1Char(' '));
    if (!dp.knownAgency(name).isEmpty() || words.size() > 4)
        return {};
    // One word must be an outlet's name itself ("Star-Journal"), not a rank ("Senior Staff").
    if (words.size() == 1 && !looksLikeOutletName(dp, name))
        return {};
    return isCapitalisedName(dp, words) ? name : QString();
}

QString repostCredit(const DatelineParser &dp, const QString &text)
{
    static const QRegularExpression credit(
        QStringLiteral("(?:\\b(?:[Oo]riginally (?:published|appeared|ran) (?:in|by|on)|(?:[Rr]eprinted|[Rr]eposted|[Rr]epublished) "
                       "(?:with (?:the )?permission )?(?:from|of)|[Rr]eposting (?:this|it) from|[Ff]irst (?:published|appeared) in)|^From)"
                       "\\s+(?:[Tt]he\\s+)?((?:[A-Z][\\w'&.-]*)(?:\\s+(?:[A-Z][\\w'&.-]*|of|and))*)"));
    const auto m = credit.match(text.left(300));
    if (!m.hasMatch())
        return {};
    // A line that is only "From the ..." must be short; in a sentence the verb says it is a credit.
    if (m.captured(0).startsWith(QLatin1String("From")) && wordCount(text) > 6)
        return {};
    const bool bareFrom = m.captured(0).startsWith(QLatin1String("From"));
    // The name ends at the first word that closes a clause ("... the Daily Ledger. I am ...").
    QStringList words;
    for (QString w : m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool closes = w.endsWith(QLatin1Char(',')) || w.endsWith(QLatin1Char(';'))
                            || (w.endsWith(QLatin1Char('.')) && !(w.size() <= 3 || w.count(QLatin1Char('.')) > 1));
        if (closes)
            w.chop(1);
        words << w;
        if (closes)
            break;
    }
    while (!words.isEmpty() && isFunctionWord(words.last()))
        words.removeLast();
    const QString name = words.join(QLatin1Char(' '));
    if (const QString agency = dp.knownAgency(name); !agency.isEmpty())
        return agency; // "Originally published by Reuters"
    if (words.size() > 4)
        return {};
    static const QStringList days = {u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s,
                                     u"saturday"_s, u"sunday"_s};
    for (const QString &w : words)
        if (monthFromName(w) > 0 || days.contains(lowerCased(w)))
            return {};
    // A line "From the ..." must name an outlet by its shape ("From the Editor's Desk" does not).
    if (bareFrom && !looksLikeOutletName(dp, name))
        return {};
    return isCapitalisedName(dp, words) ? name : QString();
}

} // namespace summit
