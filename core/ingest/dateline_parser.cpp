#include "ingest/dateline_parser.h"

#include "extract/entities/knowledge_file.h"

#include <stdexcept>

#include "ingest/date_parsing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace summit {

namespace {
// "MOSCOW" -> "Moscow", "SOCHI, Russia" -> "Sochi, Russia"; mixed case stays as written.
QString displayPlace(const QString &place)
{
    QStringList parts = place.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &p : parts) {
        if (p.size() > 1 && p == p.toUpper() && p.contains(QRegularExpression(QStringLiteral("[A-Z]{2}")))
            && !p.contains(QLatin1Char('.')))
            p = p.left(1) + p.mid(1).toLower();
    }
    return parts.join(QLatin1Char(' '));
}
} // namespace

DatelineParser::DatelineParser(const QJsonObject &rules)
{
    for (const auto &v : rules.value(QStringLiteral("patterns")).toArray()) {
        QRegularExpression re(v.toObject().value(QStringLiteral("regex")).toString());
        re.optimize();
        if (!re.isValid())
            throw std::runtime_error(QStringLiteral("datelines.json: pattern \"%1\" is not a valid regular expression "
                                                    "(%2 at offset %3)")
                                         .arg(v.toObject().value(QStringLiteral("name")).toString(), re.errorString())
                                         .arg(re.patternErrorOffset())
                                         .toStdString());
        if (re.isValid())
            m_patterns.append({re, v.toObject().value(QStringLiteral("known_agency")).toBool(),
                               v.toObject().value(QStringLiteral("not_generic")).toBool()});
    }
    const QJsonObject outlets = rules.value(QStringLiteral("agency_outlets")).toObject();
    for (auto it = outlets.begin(); it != outlets.end(); ++it)
        m_outlets.insert(it.key().toLower(), it.value().toString());
    for (const auto &v : rules.value(QStringLiteral("outlet_name_words")).toArray())
        m_outletWords.insert(v.toString());
    for (const auto &v : rules.value(QStringLiteral("generic_name_words")).toArray())
        m_genericWords.insert(v.toString());
}

bool DatelineParser::parse(const QString &paragraph, Dateline *out) const
{
    for (const Pattern &p : m_patterns) {
        const QRegularExpressionMatch m = p.re.match(paragraph.left(120));
        if (!m.hasMatch())
            continue;
        // "SINGAPORE, Nov. 15 Kyodo": without brackets only a known agency tells a dateline
        // from a heading that happens to start with a place and a date.
        if (p.knownAgencyOnly && knownAgency(m.captured(QStringLiteral("agency"))).isEmpty())
            continue;
        if (p.notGeneric) {
            // "WORLD - ...", "LIVE - ...", "DAILY NEWS - ...": a section or a site, not a place.
            static const QRegularExpression separators(QStringLiteral("[ ,]+"));
            bool generic = false;
            for (const QString &w : m.captured(QStringLiteral("place")).toLower().split(separators, Qt::SkipEmptyParts))
                generic = generic || m_genericWords.contains(w) || m_outletWords.contains(w);
            if (generic)
                continue;
        }
        Dateline d;
        QString place = m.captured(QStringLiteral("place")).trimmed();
        // "GENEVA - GENEVA (AP)": a site that printed its own place line before the wire's.
        if (const qsizetype dash = place.indexOf(QLatin1String(" - ")); dash > 0
            && place.left(dash).trimmed() == place.mid(dash + 3).trimmed())
            place = place.left(dash).trimmed();
        d.place = displayPlace(place);
        d.agency = m.captured(QStringLiteral("agency")).trimmed();
        const QString date = m.captured(QStringLiteral("date"));
        if (!date.isEmpty() && !parseMonthDay(date, &d.month, &d.day))
            continue;
        // The dateline text ends before its separator (" --", " -", ":").
        QString text = m.captured(0);
        d.length = int(text.size());
        while (!text.isEmpty() && (text.back().isSpace() || text.back() == QLatin1Char('-') || text.back() == QLatin1Char(':')
                                   || text.back() == QChar(0x2013) || text.back() == QChar(0x2014)))
            text.chop(1);
        d.text = text;
        while (d.length < paragraph.size() && paragraph[d.length].isSpace())
            ++d.length;
        *out = d;
        return true;
    }
    return false;
}

QString DatelineParser::knownAgency(const QString &name) const
{
    QString n = name.trimmed().toLower();
    if (n.startsWith(QLatin1String("the ")))
        n = n.mid(4);
    return m_outlets.value(n);
}

QString DatelineParser::outletForAgency(const QString &agency) const
{
    return m_outlets.value(agency.toLower(), agency);
}

} // namespace summit
