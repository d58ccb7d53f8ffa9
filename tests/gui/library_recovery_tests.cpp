// An unreadable library at start-up: the user may set it aside and start afresh, or quit;
// either way the broken file is never deleted.
#include "store/database.h"
#include "window/library_recovery.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace summit;
using summit::gui::recoverUnreadableLibrary;

namespace {

QString writeGarbage(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("summitline.sqlite"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    return path;
}

// Answers the modal box with the button whose text is `label`, once it is shown.
void answerWith(const QString &label)
{
    QTimer::singleShot(50, [label] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("cannot open its library")));
        for (QAbstractButton *b : box->buttons())
            if (b->text() == label)
                b->click();
    });
}

} // namespace

TEST_CASE("An unreadable library can be set aside for a fresh one", "[ui]")
{
    QTemporaryDir dir;
    const QString path = writeGarbage(dir);
    QString why;
    try {
        Database db(path);
    } catch (const StoreError &e) {
        why = e.message();
    }
    REQUIRE_FALSE(why.isEmpty());

    answerWith(QStringLiteral("Start a New Library"));
    CHECK(recoverUnreadableLibrary(path, why) == path);
    // The old bytes are kept beside the new library; the path is free for a fresh database.
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("summitline.sqlite.unreadable-*")});
    REQUIRE(aside.size() == 1);
    CHECK(QFileInfo(dir.filePath(aside.first())).size() == 4096);
    CHECK_FALSE(QFile::exists(path));
    CHECK_NOTHROW(Database(path));
}

TEST_CASE("Quitting at an unreadable library leaves the file as it was", "[ui]")
{
    QTemporaryDir dir;
    const QString path = writeGarbage(dir);
    answerWith(QStringLiteral("Quit"));
    CHECK(recoverUnreadableLibrary(path, QStringLiteral("file is not a database")).isEmpty());
    CHECK(QFileInfo(path).size() == 4096);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.unreadable-*")}).isEmpty());
}
