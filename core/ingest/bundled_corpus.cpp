#include "ingest/bundled_corpus.h"

#include "extract/entities/place_gazetteer.h"
#include "extract/events/event_catalog.h"
#include "extract/knowledge.h"
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
    // The catalog and gazetteer classes already parse and validate the knowledge files; the
    // store only copies what the timeline needs into rows links can refer to.
    const EventCatalog &catalog = *Knowledge::bundled().catalog;
    const PlaceGazetteer &places = *Knowledge::bundled().places;
    auto json = [](const QStringList &list) {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    };
    Transaction tx(db);
    Statement upsert(db, "INSERT INTO events (slug, title, kind, start, end, granularity, place, lat, lon, participants, "
                         "actor, topics, summary, origin) VALUES (?,?,?,?,?,'day',?,?,?,?,?,?,?,'catalog') "
                         "ON CONFLICT(slug) DO UPDATE SET title = excluded.title, kind = excluded.kind, "
                         "start = excluded.start, end = excluded.end, place = excluded.place, lat = excluded.lat, "
                         "lon = excluded.lon, participants = excluded.participants, actor = excluded.actor, "
                         "topics = excluded.topics, summary = excluded.summary "
                         "WHERE origin = 'catalog' AND edited_at IS NULL"); // a user edit wins
    for (const CatalogEvent &e : catalog.events()) {
        const Place *place = e.place.isEmpty() ? nullptr : places.find(e.place);
        const QString placeName = place && !place->name.isEmpty() ? place->name : e.place;
        upsert.bind(1, e.slug)
            .bind(2, e.title)
            .bind(3, e.kind)
            .bind(4, e.start.toString(Qt::ISODate))
            .bind(5, e.end.toString(Qt::ISODate))
            .bind(6, placeName.isEmpty() ? QString() : placeName);
        if (e.hasCoordinates)
            upsert.bind(7, e.lat).bind(8, e.lon);
        else
            upsert.bindNull(7).bindNull(8);
        upsert.bind(9, json(e.participants))
            .bind(10, e.actor.isEmpty() ? QString() : e.actor)
            .bind(11, json(e.topics))
            .bind(12, e.summary.isEmpty() ? QString() : e.summary);
        upsert.run();
    }
    // An event the catalog no longer holds (two entries merged into one happening) leaves the
    // store too; its links go with it and the next re-extraction links the articles anew.
    QStringList slugs;
    for (const CatalogEvent &e : catalog.events())
        slugs << e.slug;
    Statement stale(db, "DELETE FROM events WHERE origin = 'catalog' AND edited_at IS NULL AND slug NOT IN "
                        "(SELECT value FROM json_each(?))");
    stale.bind(1, json(slugs)).run();
    tx.commit();
}

} // namespace summit
