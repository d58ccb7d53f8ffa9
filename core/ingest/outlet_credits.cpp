// Credits that name an outlet: wire-agency credits in bylines and at the end of a story,
// copyright holders, and outlet-name lines. Used by page_metadata.cpp.

#include "ingest/outlet_credits.h"

#include "ingest/dateline_parser.h"
#include "ingest/word_lexicon.h"

#include <QRegularExpression>
#include <QStringList>

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
bool looksLikeOutletName(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 4)
        return false;
    bool outletWord = false;
    for (const QString &w : words) {
        if (!w[0].isUpper() && !w[0].isDigit())
            return false;
        outletWord |= DatelineParser::bundled().isOutletWord(lowerCased(w));
    }
    return outletWord;
}

// The agency in a credit line: "The Associated Press", "By Jane Doe, Agence France-Presse",
// "Associated Press Writer", "By AFP".
QString agencyInCredit(const QString &line)
{
    const DatelineParser &dp = DatelineParser::bundled();
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
QString closingCredit(const QString &para)
{
    static const QRegularExpression tail(QStringLiteral("(?:[\u2013\u2014-]{1,2}\\s*|\\()([A-Za-z][A-Za-z .-]{1,30}?)\\)?\\s*$"));
    const auto m = tail.match(para.right(40));
    return m.hasMatch() ? DatelineParser::bundled().knownAgency(m.captured(1)) : QString();
}

} // namespace summit
