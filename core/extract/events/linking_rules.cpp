#include "extract/events/linking_rules.h"

#include "extract/entities/knowledge_file.h"

#include <algorithm>

namespace summit {

namespace {

void read(const QJsonObject &o, const char *key, double &into)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        into = v.toDouble();
}

void read(const QJsonObject &o, const char *key, int &into)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        into = v.toInt();
}

QSet<QString> readSet(const QJsonObject &o, const char *key)
{
    QSet<QString> out;
    for (const QString &s : jsonStrings(o.value(QLatin1String(key))))
        out.insert(s.toCaseFolded());
    return out;
}

} // namespace

LinkingRules LinkingRules::fromJson(const QJsonObject &json)
{
    LinkingRules r;
    read(json, "threshold", r.threshold);
    const QJsonObject w = json.value(QLatin1String("weights")).toObject();
    read(w, "alias", r.alias);
    read(w, "cue", r.cue);
    read(w, "claim", r.claim);
    read(w, "dateDay", r.dateDay);
    read(w, "dateMonth", r.dateMonth);
    read(w, "dateCoarse", r.dateCoarse);
    read(w, "placeSame", r.placeSame);
    read(w, "placeContainer", r.placeContainer);
    read(w, "placeCountry", r.placeCountry);
    read(w, "placeInside", r.placeInside);
    read(w, "participant", r.participant);
    read(w, "participantCap", r.participantCap);
    read(w, "topic", r.topic);
    read(w, "topicCap", r.topicCap);
    read(w, "context", r.context);
    read(w, "happening", r.happening);
    const QJsonObject kinds = json.value(QLatin1String("happenings")).toObject();
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it)
        r.happeningWords.insert(it.key(), jsonStrings(it.value()));
    const QJsonObject detect = json.value(QLatin1String("detect")).toObject();
    const QJsonObject detectKinds = detect.value(QLatin1String("kinds")).toObject();
    // QJsonObject iterates its keys sorted, so the priority of the kinds is a list of its own.
    QStringList order = jsonStrings(detect.value(QLatin1String("order")));
    if (order.isEmpty())
        order = detectKinds.keys();
    for (const QString &kind : std::as_const(order)) {
        QStringList words;
        for (const QString &w : jsonStrings(detectKinds.value(kind)))
            words.append(w.toCaseFolded());
        const int rank = int(r.detectKinds.size());
        for (const QString &w : std::as_const(words)) {
            const qsizetype space = w.indexOf(QLatin1Char(' '));
            if (space < 0)
                r.detectWordRank.insert(w, std::min(rank, r.detectWordRank.value(w, rank)));
            else
                r.detectPairRank[w.left(space)].append({w.mid(space + 1), rank});
        }
        r.detectKinds.append({kind, words});
    }
    r.futureMarkers = readSet(detect, "future");
    const QJsonObject rep = json.value(QLatin1String("reported")).toObject();
    read(rep, "daysBeforeStart", r.reportedDaysBeforeStart);
    read(rep, "daysAfterEnd", r.reportedDaysAfterEnd);
    read(rep, "contextSlackDays", r.contextSlackDays);
    const QJsonObject ext = json.value(QLatin1String("extracted")).toObject();
    read(ext, "lookbackDays", r.extractedLookbackDays);
    read(ext, "participantMinSentences", r.participantMinSentences);
    const QJsonObject notes = json.value(QLatin1String("notes")).toObject();
    read(notes, "window", r.window);
    r.locatives = readSet(notes, "locatives");
    r.eventNouns = readSet(notes, "eventNouns");
    r.clauseStops = readSet(notes, "clauseStops");
    return r;
}

} // namespace summit
