#include "window/library_recovery.h"

#include "store/database.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>

namespace summit::gui {

QString recoverUnreadableLibrary(const QString &path, const QString &why)
{
    QMessageBox box(QMessageBox::Warning, QStringLiteral("Summitline"),
                    QStringLiteral("Summitline cannot open its library."),
                    QMessageBox::NoButton);
    box.setInformativeText(QStringLiteral("%1\n\nYou can set this file aside and start a new library with the "
                                          "bundled articles. The old file is kept, renamed, next to it.")
                               .arg(why));
    QPushButton *fresh = box.addButton(QStringLiteral("Start a New Library"), QMessageBox::AcceptRole);
    box.addButton(QStringLiteral("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(fresh);
    box.exec();
    if (box.clickedButton() != fresh)
        return {};
    const QString aside = path + QStringLiteral(".unreadable-")
                          + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(path, aside)) {
        QMessageBox::critical(nullptr, QStringLiteral("Summitline"),
                              QStringLiteral("The file %1 could not be renamed, so a new library cannot be "
                                             "started there. Move or remove it, then start Summitline again.")
                                  .arg(path));
        return {};
    }
    // SQLite's side files belong to the old database; keep them with it.
    for (const char *suffix : {"-wal", "-shm"})
        QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
    return path;
}

QString foreignDatabaseProblem(const QString &path)
{
    const QFileInfo file(path);
    if (file.isDir())
        return QStringLiteral("%1 is a folder, not a Summitline library file.").arg(path);
    if (!file.exists() || file.size() == 0)
        return {}; // a new library will be created there
    try {
        // The store's own rule (it refuses such a file too); asked first so the window can say
        // so rather than offer to set the file aside as damaged.
        Database db(path, Database::Mode::ReadOnly);
        if (!db.isForeignDatabase())
            return {}; // a library, or an empty database Summitline may fill
    } catch (const StoreError &) {
        return {}; // unreadable: the usual recovery (set it aside, after asking) handles it
    }
    return QStringLiteral("%1 is an SQLite database of another program, not a Summitline library. "
                          "Summitline left it untouched. Open a Summitline library (.sqlite) or a new file name "
                          "to start one.")
        .arg(path);
}

} // namespace summit::gui
