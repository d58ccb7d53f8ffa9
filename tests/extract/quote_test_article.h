#pragma once

#include "extract/quotes/quote_finder.h"
#include "bundled_extractor.h"
#include "model/text_span.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QString>

#include <string>

namespace summit::test {

/// An ArticleText from a literal: paragraphs are separated by blank lines; sentences are cut
/// naively after ". ", "? " and "! " so that the sentence field has something to point at.
/// Lines starting with "## " become headings. Used where the import pipeline would add noise.
inline ArticleText articleFromLiteral(const QString &text, QDate published = {})
{
    ArticleText a;
    a.text = text;
    a.published = published;
    int pos = 0;
    while (pos < text.size()) {
        int end = int(text.indexOf(QLatin1String("\n\n"), pos));
        if (end < 0)
            end = int(text.size());
        if (end > pos) {
            Paragraph p;
            p.span = {pos, end};
            if (text.mid(pos, 3) == QLatin1String("## "))
                p.kind = ParagraphKind::Heading;
            a.paragraphs.append(p);
            int s = pos;
            for (int i = pos; i < end; ++i) {
                const QChar c = text[i];
                if ((c == u'.' || c == u'?' || c == u'!') && i + 1 < end && text[i + 1] == u' ') {
                    a.sentences.append({{s, i + 1}, int(a.paragraphs.size()) - 1});
                    s = i + 2;
                }
            }
            if (s < end)
                a.sentences.append({{s, end}, int(a.paragraphs.size()) - 1});
        }
        pos = end + 2;
    }
    return a;
}

/// What the bundled finder reads in a literal article published on `published` (YYYY-MM-DD).
inline QVector<Quote> quotesIn(const char *utf8, const char *published)
{
    const ArticleText a = articleFromLiteral(QString::fromUtf8(utf8),
                                             QDate::fromString(QLatin1String(published), Qt::ISODate));
    return test::bundledExtractor().quotes().find(a);
}

/// The quote whose text starts with prefix; fails the test when there is none.
inline Quote quoteStarting(const QVector<Quote> &quotes, const char *prefix)
{
    const QString p = QString::fromUtf8(prefix);
    for (const Quote &q : quotes)
        if (q.text.startsWith(p))
            return q;
    FAIL("no quote starting with " << prefix);
    return {};
}

inline std::string str(const QString &s) { return s.toStdString(); }

} // namespace summit::test
