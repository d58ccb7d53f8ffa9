#pragma once

// Helpers for the timex tests: hand-built articles from literal sentences.

#include "extract/timex/timex_tagger.h"
#include "extract/knowledge.h"

#include <QDate>
#include <QString>

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &d) { return d.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch

namespace summit::test {

/// One paragraph; sentences split after ". " (good enough for literal test sentences).
inline ArticleText articleOf(const QString &text, QDate published)
{
    ArticleText a;
    a.text = text;
    a.published = published;
    a.paragraphs.append({TextSpan{0, int(text.size())}, ParagraphKind::Body});
    int start = 0;
    for (qsizetype at = text.indexOf(QLatin1String(". ")); at >= 0; at = text.indexOf(QLatin1String(". "), at + 2)) {
        a.sentences.append({TextSpan{start, int(at + 1)}, 0});
        start = int(at + 2);
    }
    if (start < text.size())
        a.sentences.append({TextSpan{start, int(text.size())}, 0});
    return a;
}

inline const TimexTagger &bundledTagger()
{
    static const TimexTagger tagger = *Knowledge::bundled().dates;
    return tagger;
}

inline QVector<Timex> tagText(const QString &text, QDate published)
{
    return bundledTagger().tag(articleOf(text, published));
}

/// The timex whose text is exactly `expression`, or a default Timex (empty value) if none.
inline Timex timexFor(const QString &text, QDate published, const QString &expression)
{
    for (const Timex &t : tagText(text, published))
        if (t.text == expression)
            return t;
    return {};
}

inline QString valueOf(const QString &text, QDate published, const QString &expression)
{
    return timexFor(text, published, expression).value;
}

} // namespace summit::test
