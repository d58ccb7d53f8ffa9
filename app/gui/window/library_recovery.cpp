#include "window/library_recovery.h"

#include <QDateTime>
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

} // namespace summit::gui
