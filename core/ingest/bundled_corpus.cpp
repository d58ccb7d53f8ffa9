#include "ingest/bundled_corpus.h"

#include "store/database.h"
#include "store/statement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace summit {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/summitline.sqlite");
}

QVector<ManifestEntry> bundledManifest()
{
    QFile f(QStringLiteral(":/corpus/manifest.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QVector<ManifestEntry> out;
    for (const auto &v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject o = v.toObject();
        ManifestEntry e;
        e.file = o.value(QStringLiteral("file")).toString();
        e.overrides.origin = QStringLiteral("manifest");
        e.overrides.outlet = o.value(QStringLiteral("outlet")).toString();
        e.overrides.url = o.value(QStringLiteral("url")).toString();
        e.overrides.title = o.value(QStringLiteral("title")).toString();
        e.overrides.dateline = o.value(QStringLiteral("dateline")).toString();
        e.overrides.published = QDate::fromString(o.value(QStringLiteral("published")).toString(), Qt::ISODate);
        out.append(e);
    }
    return out;
}

QVector<FileResult> initialiseDatabase(Database &db, bool empty)
{
    syncEventCatalog(db);
    QVector<FileResult> results;
    if (empty)
        return results;
    Importer importer(db);
    for (const ManifestEntry &e : bundledManifest()) {
        QFile f(QStringLiteral(":/corpus/") + e.file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        results.append(importer.importBytes(e.file, f.readAll(), e.overrides));
    }
    return results;
}

} // namespace summit

namespace summit {

void syncEventCatalog(Database &db)
{
    QFile f(QStringLiteral(":/knowledge/events.json"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    const QJsonArray events = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("events")).toArray();
    // Place keys are shown by their gazetteer name.
    QHash<QString, QString> placeNames;
    QFile pf(QStringLiteral(":/knowledge/places.json"));
    if (pf.open(QIODevice::ReadOnly)) {
        const QJsonDocument pd = QJsonDocument::fromJson(pf.readAll());
        const QJsonArray places = pd.isArray() ? pd.array() : pd.object().value(QStringLiteral("places")).toArray();
        for (const auto &p : places) {
            const QJsonObject o = p.toObject();
            placeNames.insert(o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("name")).toString());
        }
    }
    auto json = [](const QJsonValue &v) {
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    };
    Transaction tx(db);
    Statement upsert(db, "INSERT INTO events (slug, title, kind, start, end, granularity, place, lat, lon, participants, "
                         "actor, topics, summary, origin) VALUES (?,?,?,?,?,'day',?,?,?,?,?,?,?,'catalog') "
                         "ON CONFLICT(slug) DO UPDATE SET title = excluded.title, kind = excluded.kind, "
                         "start = excluded.start, end = excluded.end, place = excluded.place, lat = excluded.lat, "
                         "lon = excluded.lon, participants = excluded.participants, actor = excluded.actor, "
                         "topics = excluded.topics, summary = excluded.summary "
                         "WHERE origin = 'catalog'");
    for (const auto &v : events) {
        const QJsonObject o = v.toObject();
        const QString placeKey = o.value(QStringLiteral("place")).toString();
        upsert.bind(1, o.value(QStringLiteral("slug")).toString())
            .bind(2, o.value(QStringLiteral("title")).toString())
            .bind(3, o.value(QStringLiteral("kind")).toString())
            .bind(4, o.value(QStringLiteral("start")).toString())
            .bind(5, o.value(QStringLiteral("end")).toString())
            .bind(6, placeNames.value(placeKey, placeKey));
        if (o.contains(QStringLiteral("lat")) && !o.value(QStringLiteral("lat")).isNull())
            upsert.bind(7, o.value(QStringLiteral("lat")).toDouble()).bind(8, o.value(QStringLiteral("lon")).toDouble());
        else
            upsert.bindNull(7).bindNull(8);
        upsert.bind(9, json(o.value(QStringLiteral("participants"))))
            .bind(10, o.value(QStringLiteral("actor")).toString())
            .bind(11, json(o.value(QStringLiteral("topics"))))
            .bind(12, o.value(QStringLiteral("summary")).toString());
        upsert.run();
    }
    tx.commit();
}

} // namespace summit
