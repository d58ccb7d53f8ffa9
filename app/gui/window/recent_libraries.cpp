#include "window/recent_libraries.h"

#include "ingest/bundled_corpus.h"

#include <QFileInfo>
#include <QSettings>

namespace summit::gui {

namespace {
const QString kKey = QStringLiteral("libraries/recent");
}

QStringList recentLibraries()
{
    QStringList out;
    for (const QString &path : QSettings().value(kKey).toStringList())
        if (QFileInfo::exists(path) && !out.contains(path) && out.size() < kMaxRecentLibraries)
            out << path;
    return out;
}

void rememberLibrary(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentLibraries();
    list.removeAll(absolute);
    list.prepend(absolute);
    QSettings().setValue(kKey, list.mid(0, kMaxRecentLibraries));
}

QString startupLibrary()
{
    const QStringList recent = recentLibraries();
    return recent.isEmpty() ? defaultDatabasePath() : recent.first();
}

} // namespace summit::gui
