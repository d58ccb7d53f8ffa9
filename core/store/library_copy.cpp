#include "store/library_copy.h"

#include "store/database.h"
#include "store/statement.h"

#include <QFile>
#include <QFileInfo>

namespace summit {

void copyDatabase(Database &db, const QString &target)
{
    const QFileInfo info(target);
    if (info.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        throw StoreError(QStringLiteral("%1 is the open library; choose another file for the copy.").arg(target));
    // VACUUM INTO refuses a file that exists; the user already agreed to replace it.
    if (info.exists() && !QFile::remove(target))
        throw StoreError(QStringLiteral("%1 exists and cannot be replaced.").arg(target));
    try {
        Statement st(db, "VACUUM INTO ?");
        st.bind(1, info.absoluteFilePath()).run();
    } catch (const StoreError &e) {
        throw StoreError(QStringLiteral("Cannot write a copy to %1: %2").arg(target, e.message()));
    }
}

} // namespace summit
