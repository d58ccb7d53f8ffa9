#include "extract/quotes/quote_rules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <stdexcept>

namespace summit {

namespace {

[[noreturn]] void fail(const QString &why)
{
    throw std::runtime_error(QStringLiteral("quotes.json: %1").arg(why).toStdString());
}

QStringList list(const QJsonObject &o, const char *key, bool required = true)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        out << v.toString().trimmed().toLower();
    out.removeAll(QString());
    if (required && out.isEmpty())
        fail(QStringLiteral("missing list \"%1\"").arg(QLatin1String(key)));
    return out;
}

/// Rule words are looked up in folded text, so any case goes (see CaseRule::Folded).
void fill(PhraseMatcher &index, const QStringList &words, int payload = 0)
{
    for (const QString &w : words)
        index.add(w, payload, CaseRule::Folded);
}

} // namespace

QuoteRules QuoteRules::fromJson(const QJsonDocument &document)
{
    const QJsonObject root = document.object();
    QuoteRules r;
    for (const QJsonValue &v : root.value(QLatin1String("quoteMarks")).toArray()) {
        const QJsonObject m = v.toObject();
        const QuoteMarkPair pair{m.value(QLatin1String("open")).toString(),
                                 m.value(QLatin1String("close")).toString()};
        if (pair.open.isEmpty() || pair.close.isEmpty())
            fail(QStringLiteral("a quote mark pair needs open and close"));
        r.marks.append(pair);
    }
    if (r.marks.isEmpty())
        fail(QStringLiteral("missing \"quoteMarks\""));

    const QStringList inverted = list(root, "invertedOnlyVerbs", false);
    for (const QString &verb : list(root, "speechVerbs"))
        r.speechVerbs.add(verb, inverted.contains(verb) ? 1 : 0, CaseRule::Folded);
    fill(r.fillers, list(root, "fillers"));

    const QJsonObject pronouns = root.value(QLatin1String("pronouns")).toObject();
    for (auto it = pronouns.begin(); it != pronouns.end(); ++it) {
        const QString kind = it.value().toString();
        const int payload = kind == QLatin1String("female") ? 1 : kind == QLatin1String("organisation") ? 2 : 0;
        r.pronouns.add(it.key().toLower(), payload, CaseRule::Folded);
    }
    if (r.pronouns.isEmpty())
        fail(QStringLiteral("missing \"pronouns\""));

    const QJsonObject unnamed = root.value(QLatin1String("unnamedSources")).toObject();
    for (const QString &d : list(unnamed, "determiners"))
        r.determiners.add(d, d == QLatin1String("the") ? 1 : 0, CaseRule::Folded);
    fill(r.sourceHeads, list(unnamed, "heads"));
    fill(r.sourceHeads, list(unnamed, "organisationHeads", false), 1);
    fill(r.acronymBackReferenceHeads, list(unnamed, "acronymBackReferenceHeads", false));
    r.maxSourceModifiers = unnamed.value(QLatin1String("maxModifiers")).toInt(4);
    fill(r.introWords, list(root, "introWords"));
    fill(r.clauseJoiners, list(root, "clauseJoiners", false));
    fill(r.documentNouns, list(root, "documentNouns", false));
    fill(r.governmentSeats, list(root, "governmentSeats", false));

    const QJsonObject transcript = root.value(QLatin1String("transcript")).toObject();
    fill(r.reporterLabels, list(transcript, "reporterLabels"));
    r.reporterSpeaker = transcript.value(QLatin1String("reporterSpeaker")).toString();
    if (r.reporterSpeaker.isEmpty())
        fail(QStringLiteral("missing transcript.reporterSpeaker"));
    r.transcriptMinLabels = transcript.value(QLatin1String("minLabels")).toInt(2);
    r.transcriptMaxLabelWords = transcript.value(QLatin1String("maxLabelWords")).toInt(5);
    const QJsonObject names = root.value(QLatin1String("names")).toObject();
    const QStringList male = list(names, "maleTitles", false);
    const QStringList female = list(names, "femaleTitles", false);
    for (const QString &t : list(names, "titles"))
        r.titles.add(t, female.contains(t) ? 2 : male.contains(t) ? 1 : 0, CaseRule::Folded);
    fill(r.particles, list(names, "particles", false));
    fill(r.notNameWords, list(names, "notNameWords"));
    fill(r.organisationWords, list(names, "organisationWords"));
    fill(r.bylineWords, list(names, "bylineWords", false));
    for (const QJsonValue &v : names.value(QLatin1String("acronymsNotSpeakers")).toArray())
        r.acronymsNotSpeakers.insert(v.toString());
    r.fragmentMaxWords = root.value(QLatin1String("fragmentMaxWords")).toInt(3);
    return r;
}

} // namespace summit
