#pragma once

// A C++ port of the matching rules of the team's scorer (shared/eval/score.py), so that the
// styles gold set (tests/data/styles) is checked by ctest with the same figures the scorer
// prints. Keep the two in step: a rule changed in one and not the other makes the figures differ.
//
// Quotes: a gold quote is found when an extracted quote of the same article shares >= 80% of its
// tokens (both ways) and the gold speaker's key word (surname, or the head noun for unnamed and
// institutional speakers) appears in the extracted speaker. Precision counts extracted quotes of
// 4+ tokens that carry a speaker, less transcript turns and don't-care spans.
// Timexes: a gold timex is found when an unused extracted timex has the same text (or, in a second
// pass, either text contains the other) and a value equal to, or starting with, the gold value or
// one of its alternatives. A full page-stamp date that the tool took as the publication date is
// counted apart and credited, as the scorer does.

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace summit::test::styles {

/// The scorer's normalisation: NFKC, straight quotes and apostrophes, doubled single quotes as a
/// double quote, whitespace collapsed.
inline QString norm(const QString &s)
{
    QString t = s.normalized(QString::NormalizationForm_KC);
    t.replace(QChar(0x201C), u'"').replace(QChar(0x201D), u'"').replace(QChar(0x201E), u'"');
    t.replace(QChar(0x00AB), u'"').replace(QChar(0x00BB), u'"');
    t.replace(QChar(0x2019), u'\'').replace(QChar(0x2018), u'\'');
    t.replace(QStringLiteral("''"), QStringLiteral("\""));
    return t.simplified();
}

inline QStringList tokens(const QString &s)
{
    static const QRegularExpression word(QStringLiteral("[a-z0-9']+"));
    QStringList out;
    const QString t = norm(s).toLower();
    for (auto it = word.globalMatch(t); it.hasNext();)
        out << it.next().captured();
    return out;
}

/// Shared tokens (as a multiset) over the longer token count.
inline double overlap(const QString &a, const QString &b)
{
    const QStringList ta = tokens(a);
    QStringList pool = tokens(b);
    if (ta.isEmpty() || pool.isEmpty())
        return 0.0;
    const qsizetype longer = std::max(ta.size(), pool.size());
    int common = 0;
    for (const QString &t : ta) {
        if (pool.removeOne(t))
            ++common;
    }
    return double(common) / double(longer);
}

/// The gold speaker's key word (surname or head noun; "Kremlin" wherever it appears) must occur
/// in the extracted speaker text.
inline bool speakerOk(const QString &gold, const QString &extracted)
{
    if (extracted.isEmpty())
        return false;
    const QString e = norm(extracted).toLower();
    const QString g = norm(gold).toLower();
    const QString key = g.contains(u"kremlin") ? QStringLiteral("kremlin") : g.split(u' ').last();
    return e.contains(key);
}

/// The names under which a gold outlet such as "AP (republished by The Millbrook Courier)" may
/// appear on the page or in the tool's answer.
inline QStringList outletNames(const QString &outlet)
{
    static const QRegularExpression parts(QStringLiteral("[()]|republished by|reposted (?:on|in)|via|;"));
    static const QList<QPair<QString, QString>> aliases = {
        {QStringLiteral("afp"), QStringLiteral("agence france-presse")},
        {QStringLiteral("ap"), QStringLiteral("associated press")},
        {QStringLiteral("nyt"), QStringLiteral("new york times")},
        {QStringLiteral("ria novosti"), QStringLiteral("ria")},
        {QStringLiteral("voa"), QStringLiteral("voice of america")},
        {QStringLiteral("bbc news"), QStringLiteral("bbc")}};
    static const QStringList skipped = {QStringLiteral("inferred"), QStringLiteral("editorial"),
                                        QStringLiteral("commentary"), QStringLiteral("analysis")};
    QStringList names;
    for (QString part : outlet.toLower().split(parts)) {
        // Python's strip(' ,'), removeprefix('the '), strip()
        while (!part.isEmpty() && (part.front() == u' ' || part.front() == u','))
            part.remove(0, 1);
        while (!part.isEmpty() && (part.back() == u' ' || part.back() == u','))
            part.chop(1);
        if (part.startsWith(u"the "))
            part.remove(0, 4);
        part = part.trimmed();
        if (part.isEmpty() || skipped.contains(part))
            continue;
        names << part;
        for (const auto &[k, v] : aliases) {
            if (part == k)
                names << v;
            if (part == v)
                names << k;
        }
    }
    return names;
}

struct GoldQuote
{
    QString speaker;
    QString text;
    bool optional = false;
};

struct GoldTimex
{
    QString text;
    QStringList values; // the value first, then the accepted alternatives
};

struct GoldArticle
{
    QString file;
    QString outlet;
    QString title;
    QString published;
    QList<GoldQuote> quotes;
    QList<GoldTimex> timexes;
    QStringList dontcare;
};

struct ExtractedQuote
{
    QString text;
    QString speaker;     // canonical speaker, empty when none
    QString speakerText; // the words in the article that name the speaker
    QString rule;
};

struct ExtractedTimex
{
    QString text;
    QString value;
};

/// What the tool found for one article, from `articles --json`.
struct ExtractedArticle
{
    QString published;
    QString title;
    QString outlet;
};

struct ArticleScore
{
    int quotesRequired = 0;
    int quotesFound = 0;
    int attributed = 0;       // extracted quotes that count for precision
    int attributedRight = 0;
    int timexes = 0;
    int timexesFound = 0;
    int pageDates = 0;        // full stamps taken as the publication date instead
    QStringList misses;       // for the log
};

/// Scores one article's quotes and timexes. `published` is the date the database holds for the
/// article (the tool's own when nothing was given), falling back to the gold's.
inline ArticleScore scoreArticle(const GoldArticle &gold, const QList<ExtractedQuote> &quotes,
                                 QList<ExtractedTimex> timexes, const QString &published)
{
    ArticleScore s;
    for (const GoldQuote &g : gold.quotes) {
        if (g.optional)
            continue;
        ++s.quotesRequired;
        bool found = false;
        QString got = QStringLiteral("not found");
        for (const ExtractedQuote &e : quotes) {
            if (overlap(g.text, e.text) < 0.8)
                continue;
            if (got == u"not found")
                got = QStringLiteral("got ") + (e.speaker.isEmpty() ? QStringLiteral("None") : e.speaker);
            if (speakerOk(g.speaker, e.speaker + u' ' + e.speakerText))
                found = true;
        }
        if (found)
            ++s.quotesFound;
        else
            s.misses << QStringLiteral("quote [%1] %2 -> %3").arg(g.speaker, g.text.left(60), got);
    }
    QStringList dontcare;
    for (const QString &d : gold.dontcare)
        dontcare << norm(d).toLower();
    for (const ExtractedQuote &e : quotes) {
        if (tokens(e.text).size() < 4 || e.speaker.isEmpty() || e.rule.startsWith(u"transcript"))
            continue;
        const QString et = norm(e.text).toLower();
        const bool careless = std::any_of(dontcare.cbegin(), dontcare.cend(), [&](const QString &d) {
            return et.startsWith(d.left(40)) || d.startsWith(et.left(40));
        });
        if (careless)
            continue;
        ++s.attributed;
        const bool right = std::any_of(gold.quotes.cbegin(), gold.quotes.cend(), [&](const GoldQuote &g) {
            return overlap(g.text, e.text) >= 0.8 && speakerOk(g.speaker, e.speaker + u' ' + e.speakerText);
        });
        if (right)
            ++s.attributedRight;
        else
            s.misses << QStringLiteral("wrong [%1] %2").arg(e.speaker, e.text.left(60));
    }

    // Two passes over the whole article, identical text first and then containment, so a body
    // "Friday" is not used up by a longer header date that contains it, nor the reverse.
    QList<std::optional<ExtractedTimex>> matched(gold.timexes.size());
    for (const bool exact : {true, false}) {
        for (qsizetype i = 0; i < gold.timexes.size(); ++i) {
            if (matched[i])
                continue;
            const QString gt = norm(gold.timexes[i].text).toLower();
            for (qsizetype j = 0; j < timexes.size(); ++j) {
                const QString xt = norm(timexes[j].text).toLower();
                if (xt.isEmpty() || (exact ? xt != gt : !(xt.contains(gt) || gt.contains(xt))))
                    continue;
                const QString &v = timexes[j].value;
                const QStringList &ok = gold.timexes[i].values;
                if (std::any_of(ok.cbegin(), ok.cend(), [&](const QString &o) { return v.startsWith(o); })) {
                    matched[i] = timexes.takeAt(j);
                    break;
                }
            }
        }
    }
    static const QRegularExpression year(QStringLiteral("\\b(19|20)\\d\\d\\b"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    for (qsizetype i = 0; i < gold.timexes.size(); ++i) {
        const GoldTimex &g = gold.timexes[i];
        ++s.timexes;
        if (matched[i])
            ++s.timexesFound;
        else if (year.match(g.text).hasMatch() && published == g.values.first())
            ++s.pageDates;
        else
            s.misses << QStringLiteral("timex %1 = %2").arg(g.text, g.values.first());
    }
    return s;
}

/// Metadata verdicts for one article imported with nothing given: right, wrong, or not scored.
struct MetadataScore
{
    int dateRight = 0, dateWrong = 0, dateScored = 0;
    int titleRight = 0, titleWrong = 0, titleScored = 0;
    int outletRight = 0, outletWrong = 0, outletScored = 0;

    MetadataScore &operator+=(const MetadataScore &o)
    {
        dateRight += o.dateRight, dateWrong += o.dateWrong, dateScored += o.dateScored;
        titleRight += o.titleRight, titleWrong += o.titleWrong, titleScored += o.titleScored;
        outletRight += o.outletRight, outletWrong += o.outletWrong, outletScored += o.outletScored;
        return *this;
    }
};

/// `pageText` is the raw file as saved (tags and all), which is what the scorer searches to decide
/// whether the page shows the title and names the outlet.
inline MetadataScore scoreMetadata(const GoldArticle &gold, const ExtractedArticle &got, const QString &pageText)
{
    MetadataScore m;
    const QString raw = norm(pageText).toLower();
    m.dateScored = 1;
    if (got.published == gold.published)
        m.dateRight = 1;
    else if (!got.published.isEmpty())
        m.dateWrong = 1;

    const QString t = norm(gold.title).toLower();
    if (!t.isEmpty() && raw.contains(t)) { // titles are scored only where the page shows them
        m.titleScored = 1;
        const QString gt = norm(got.title).toLower();
        if (!gt.isEmpty() && (overlap(gt, t) >= 0.8 || (gt.size() > 20 && (t.contains(gt) || gt.contains(t)))))
            m.titleRight = 1;
        else if (!gt.isEmpty())
            m.titleWrong = 1;
    }

    const QStringList names = outletNames(gold.outlet);
    const bool shown = std::any_of(names.cbegin(), names.cend(), [&](const QString &n) { return raw.contains(n); });
    QString xo = norm(got.outlet).toLower();
    if (xo.startsWith(u"the "))
        xo.remove(0, 4);
    if (shown)
        m.outletScored = 1;
    const bool same = std::any_of(names.cbegin(), names.cend(), [&](const QString &n) {
        return n.size() > 1 && (n.contains(xo) || xo.contains(n));
    });
    if (!xo.isEmpty() && same) {
        m.outletRight = shown ? 1 : 0;
    } else if (!xo.isEmpty()) {
        m.outletWrong = 1;
        m.outletScored = 1; // a wrong outlet counts wherever it comes from
    }
    return m;
}

} // namespace summit::test::styles
