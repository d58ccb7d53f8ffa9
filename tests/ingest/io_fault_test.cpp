// I/O errors in the middle of an import, injected by a SQLite VFS that wraps the real one and
// fails writes once a budget is spent (as a failing disk or a yanked USB stick would). Whatever
// SQLite does with the transaction then, the promise holds: a file reported imported is stored
// whole with its search rows, a file reported failed left nothing, and nothing escapes as an
// exception.

#include "ingest_fixture.h"

#include "ingest/importer.h"

#include <QTemporaryDir>

#include <atomic>
#include <cstring>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

std::atomic<int> g_writesLeft{-1}; // < 0: never fail
sqlite3_vfs *g_real = nullptr;

struct FaultFile
{
    sqlite3_file base;
    sqlite3_file *real; // allocated right after this struct
};

sqlite3_io_methods g_methods;

int faultWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    auto *ff = reinterpret_cast<FaultFile *>(f);
    if (g_writesLeft.load() == 0)
        return SQLITE_IOERR_WRITE;
    if (g_writesLeft.load() > 0)
        --g_writesLeft;
    return ff->real->pMethods->xWrite(ff->real, data, amount, offset);
}

// Every other method forwards to the real file.

int faultOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *ff = reinterpret_cast<FaultFile *>(file);
    ff->real = reinterpret_cast<sqlite3_file *>(ff + 1);
    const int rc = g_real->xOpen(g_real, name, ff->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        file->pMethods = nullptr;
        return rc;
    }
    static bool ready = [&] {
        g_methods = *ff->real->pMethods;
        g_methods.xClose = [](sqlite3_file *f) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            return x->real->pMethods->xClose(x->real);
        };
        g_methods.xRead = [](sqlite3_file *f, void *d, int n, sqlite3_int64 o) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            return x->real->pMethods->xRead(x->real, d, n, o);
        };
        g_methods.xWrite = faultWrite;
        g_methods.xTruncate = [](sqlite3_file *f, sqlite3_int64 s) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            return x->real->pMethods->xTruncate(x->real, s);
        };
        g_methods.xSync = [](sqlite3_file *f, int fl) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            return x->real->pMethods->xSync(x->real, fl);
        };
        g_methods.xFileSize = [](sqlite3_file *f, sqlite3_int64 *s) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            return x->real->pMethods->xFileSize(x->real, s);
        };
        g_methods.xLock = [](sqlite3_file *f, int l) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            return x->real->pMethods->xLock(x->real, l);
        };
        g_methods.xUnlock = [](sqlite3_file *f, int l) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            return x->real->pMethods->xUnlock(x->real, l);
        };
        g_methods.xCheckReservedLock = [](sqlite3_file *f, int *r) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            return x->real->pMethods->xCheckReservedLock(x->real, r);
        };
        g_methods.xFileControl = [](sqlite3_file *f, int op, void *a) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            return x->real->pMethods->xFileControl(x->real, op, a);
        };
        g_methods.xSectorSize = [](sqlite3_file *f) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            return x->real->pMethods->xSectorSize(x->real);
        };
        g_methods.xDeviceCharacteristics = [](sqlite3_file *f) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            return x->real->pMethods->xDeviceCharacteristics(x->real);
        };
        g_methods.xShmMap = [](sqlite3_file *f, int p, int s, int e, void volatile **o) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            return x->real->pMethods->xShmMap(x->real, p, s, e, o);
        };
        g_methods.xShmLock = [](sqlite3_file *f, int o, int n, int fl) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            return x->real->pMethods->xShmLock(x->real, o, n, fl);
        };
        g_methods.xShmBarrier = [](sqlite3_file *f) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            x->real->pMethods->xShmBarrier(x->real);
        };
        g_methods.xShmUnmap = [](sqlite3_file *f, int d) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            return x->real->pMethods->xShmUnmap(x->real, d);
        };
        g_methods.xFetch = [](sqlite3_file *f, sqlite3_int64 o, int n, void **p) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            return x->real->pMethods->xFetch(x->real, o, n, p);
        };
        g_methods.xUnfetch = [](sqlite3_file *f, sqlite3_int64 o, void *p) {
            auto *x = reinterpret_cast<FaultFile *>(f);
            return x->real->pMethods->xUnfetch(x->real, o, p);
        };
        return true;
    }();
    (void)ready;
    file->pMethods = &g_methods;
    return SQLITE_OK;
}

/// Registers the fault VFS as the default for this process once; writes fail when the budget
/// set in g_writesLeft reaches zero.
void installFaultVfs()
{
    static sqlite3_vfs vfs = [] {
        g_real = sqlite3_vfs_find(nullptr);
        sqlite3_vfs v = *g_real;
        v.zName = "summitline-fault";
        v.szOsFile = int(sizeof(FaultFile)) + g_real->szOsFile;
        v.xOpen = faultOpen;
        return v;
    }();
    static bool registered = sqlite3_vfs_register(&vfs, 1) == SQLITE_OK;
    REQUIRE(registered);
}

QStringList writeArticles(const QString &folder, int count)
{
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        QString text = u"Delegations meet for round %1\n\n"_s.arg(i);
        for (int p = 0; p < 10; ++p)
            text += u"VIENNA -- Delegations met on day %1 of round %2 and went through item %3 of the agenda, and "
                    u"agreed to report back to their capitals before the next round.\n\n"_s.arg(p).arg(i).arg(p * 3 + i);
        paths << writeBytes(folder + u"/round_%1.txt"_s.arg(i, 3, 10, QLatin1Char('0')), text.toUtf8());
    }
    return paths;
}

} // namespace

TEST_CASE("Write errors mid-import: only committed files are reported imported, whole",
          "[ingest][bad][faults]")
{
    installFaultVfs();
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"faults.sqlite"_s);
    writeArticles(dir.filePath(u"in"_s), 48);
    ImportOptions options;
    options.extract = false;
    options.batchSize = 6;

    for (const int budget : {40, 90, 160}) {
        QFile::remove(dbPath);
        QFile::remove(dbPath + u"-wal"_s);
        QFile::remove(dbPath + u"-shm"_s);
        QVector<FileResult> results;
        {
            Database db(dbPath);
            g_writesLeft = budget;
            REQUIRE_NOTHROW(results = Importer(db).importPaths({dir.filePath(u"in"_s)}, options));
            g_writesLeft = -1;
        }
        INFO("write budget " << budget);
        REQUIRE(results.size() == 48);
        int imported = 0, failed = 0;
        for (const FileResult &r : results) {
            imported += r.status == FileResult::Status::Imported;
            failed += r.status == FileResult::Status::Failed;
        }
        CHECK(failed > 0); // the budget ran out before the end
        Database db(dbPath); // reopened with writes working: recovery as after a restart
        Statement check(db, "PRAGMA integrity_check");
        REQUIRE(check.step());
        CHECK(check.text(0) == u"ok"_s);
        CHECK(countRows(db, "SELECT COUNT(*) FROM articles") == imported);
        for (const FileResult &r : results) {
            Statement st(db, "SELECT COUNT(*) FROM articles WHERE path = ?");
            st.bind(1, QFileInfo(r.path).absoluteFilePath());
            REQUIRE(st.step());
            INFO(r.path.toStdString() << ": " << r.message.toStdString());
            CHECK(st.int64(0) == (r.status == FileResult::Status::Imported ? 1 : 0));
        }
        CHECK(countRows(db, "SELECT COUNT(*) FROM sentences WHERE id NOT IN (SELECT rowid FROM sentence_fts)") == 0);
        CHECK(countRows(db, "SELECT COUNT(*) FROM sentence_fts WHERE rowid NOT IN (SELECT id FROM sentences)") == 0);
    }
}
