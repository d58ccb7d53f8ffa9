// Bylines to author names for citations. Deliberately strict: a byline that is not plainly
// one or two personal names yields no author at all.
#include "export/citation_item.h"

#include <QRegularExpression>

#include <optional>
#include <QVector>

namespace summit::exporting {

namespace {

// Words that make a byline a desk, role or organisation rather than a person.
bool isOrganisationWord(const QString &word)
{
    static const QStringList words = {
        QStringLiteral("staff"),     QStringLiteral("writer"),   QStringLiteral("writers"),
        QStringLiteral("reporter"),  QStringLiteral("reporters"), QStringLiteral("correspondent"),
        QStringLiteral("editor"),    QStringLiteral("editors"),  QStringLiteral("desk"),
        QStringLiteral("news"),      QStringLiteral("press"),    QStringLiteral("agency"),
        QStringLiteral("service"),   QStringLiteral("associated"), QStringLiteral("reuters"),
        QStringLiteral("afp"),       QStringLiteral("ap"),       QStringLiteral("bbc"),
        QStringLiteral("cnn"),       QStringLiteral("itar-tass"), QStringLiteral("tass"),
        QStringLiteral("ria"),       QStringLiteral("novosti"),  QStringLiteral("interfax"),
        QStringLiteral("xinhua"),    QStringLiteral("kyodo"),    QStringLiteral("wire"),
        QStringLiteral("times"),     QStringLiteral("post"),     QStringLiteral("journal"),
        QStringLiteral("online"),    QStringLiteral("team"),     QStringLiteral("bureau"),
        QStringLiteral("contributor"), QStringLiteral("and"),    QStringLiteral("the"),
        QStringLiteral("in"),        QStringLiteral("from"),     QStringLiteral("of"),
        QStringLiteral("research"),  QStringLiteral("institute"), QStringLiteral("center"),
        QStringLiteral("centre"),    QStringLiteral("group"),    QStringLiteral("network"),
        QStringLiteral("media"),     QStringLiteral("daily"),    QStringLiteral("herald"),
        QStringLiteral("tribune"),   QStringLiteral("gazette"),  QStringLiteral("magazine"),
        QStringLiteral("radio"),     QStringLiteral("television"), QStringLiteral("tv"),
        QStringLiteral("global"),    QStringLiteral("world"),    QStringLiteral("national"),
        QStringLiteral("international"), QStringLiteral("report"), QStringLiteral("office"),
        QStringLiteral("ministry"),  QStringLiteral("department"), QStringLiteral("foundation"),
    };
    return words.contains(word.toLower());
}

// Wire bylines are often in capitals ("NADIA FERRIS"): give the name its usual case, with a
// capital after a hyphen or apostrophe (O'Brien, Smith-Jones). "McDonald" becomes "Mcdonald";
// a name in the wrong case still cites the right person, which no author at all does not.
QString nameCase(const QString &word)
{
    QString out = word.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('.');
    }
    return out;
}

std::optional<PersonName> personName(QString text)
{
    if (text == text.toUpper() && text != text.toLower()) {
        QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString &w : words)
            w = nameCase(w);
        text = words.join(QLatin1Char(' '));
    }
    static const QRegularExpression wordShape(
        QStringLiteral("^(?:\\p{Lu}[\\p{Ll}\\p{Lu}'’\\-]*\\.?|\\p{Lu}\\.(?:\\p{Lu}\\.)*)$"));
    static const QStringList particles = {QStringLiteral("de"), QStringLiteral("van"),
                                          QStringLiteral("von"), QStringLiteral("der"),
                                          QStringLiteral("da"), QStringLiteral("la")};
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 4)
        return std::nullopt;
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (isOrganisationWord(w))
            return std::nullopt;
        const bool particle = i > 0 && i + 1 < words.size() && particles.contains(w);
        if (!particle && !wordShape.match(w).hasMatch())
            return std::nullopt;
    }
    // A family name is never a bare initial, nor in capitals among words that are not (an
    // agency's acronym after a name).
    const QString family = words.last();
    if (family.endsWith(QLatin1Char('.')) || (family.size() > 1 && family == family.toUpper()))
        return std::nullopt;
    // Particles stay with the family name ("van der Berg").
    int familyStart = int(words.size()) - 1;
    while (familyStart > 1 && particles.contains(words.at(familyStart - 1)))
        --familyStart;
    return PersonName{words.mid(familyStart).join(QLatin1Char(' ')),
                      words.mid(0, familyStart).join(QLatin1Char(' '))};
}

} // namespace

QVector<PersonName> bylinePeople(const QString &byline, const QString &outlet)
{
    QString text = byline.simplified();
    // A byline that repeats the outlet's name credits the publication, not a person.
    if (text.isEmpty() || (!outlet.isEmpty() && outlet.contains(text, Qt::CaseInsensitive)))
        return {};
    static const QRegularExpression by(QStringLiteral("^by\\s+"), QRegularExpression::CaseInsensitiveOption);
    text.remove(by);
    // "Jane Doe, Reuters" / "Jane Doe | Moscow": the part after a separator is a desk or place.
    static const QRegularExpression separator(QStringLiteral("\\s*[,|/;(–—]\\s*"));
    const int cut = int(text.indexOf(separator));
    if (cut >= 0)
        text.truncate(cut);
    static const QRegularExpression conjunction(QStringLiteral("\\s+(?:and|&)\\s+"));
    QVector<PersonName> out;
    for (const QString &part : text.split(conjunction, Qt::SkipEmptyParts)) {
        const std::optional<PersonName> name = personName(part);
        if (!name)
            return {}; // one part that is not a person makes the whole byline doubtful
        out << *name;
    }
    return out;
}

QString quoteNote(const CitationItem &item)
{
    if (item.quote.isEmpty())
        return {};
    QString note = QStringLiteral("“%1”").arg(item.quote.simplified());
    if (!item.speaker.isEmpty())
        note += QStringLiteral(" — %1").arg(item.speaker);
    return note;
}

} // namespace summit::exporting
