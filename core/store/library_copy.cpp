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

QString notALibraryReason(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString());
    // The SQLite header: the magic string, then (at 60) the user_version and (at 28) the page
    // count, both big-endian. A new Summitline library has a version; a file with pages and no
    // version belongs to someone else.
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return QStringLiteral("%1 is not a Summitline library (not an SQLite database).").arg(path);
    auto be32 = [&](int at) {
        return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16)
               | (quint32(quint8(header[at + 2])) << 8) | quint32(quint8(header[at + 3]));
    };
    if (be32(60) == 0 && be32(28) > 1)
        return QStringLiteral("%1 is an SQLite database of another program, not a Summitline library.").arg(path);
    return {};
}

} // namespace summit
