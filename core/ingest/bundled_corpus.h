#pragma once

#include "ingest/importer.h"

namespace summit {

class Database;

/// The app's database file in the user's data folder (QStandardPaths::AppDataLocation).
QString defaultDatabasePath();

/// One entry of resources/corpus/manifest.json: the verified metadata of a bundled article.
struct ManifestEntry
{
    QString file;
    ImportOverrides overrides;
};
QVector<ManifestEntry> bundledManifest();

/// Makes a database ready for use: writes the event catalog and, unless `empty`, imports the
/// bundled corpus with its manifest metadata. Running it again changes nothing.
QVector<FileResult> initialiseDatabase(Database &db, bool empty = false);

/// Inserts or updates the catalog events from resources/knowledge/events.json.
void syncEventCatalog(Database &db);

} // namespace summit
