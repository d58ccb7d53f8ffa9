// The dedupe key: the SHA-256 of a file's bytes, computed with OpenSSL for speed. It must be the
// same digest Qt computes (and earlier versions stored), or re-importing a file would no longer be
// recognised as a duplicate.

#include "ingest/prepared_article.h"
#include "ingest_fixture.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QString qtSha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

TEST_CASE("The content hash is the standard SHA-256", "[ingest][dedupe]")
{
    // FIPS 180-2's example message, so a wrong algorithm cannot agree with itself.
    CHECK(sha256Hex("abc") == u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    CHECK(sha256Hex(QByteArray()) == qtSha256(QByteArray()));
}

TEST_CASE("The content hash agrees with Qt's on the seeds and on awkward sizes", "[ingest][dedupe]")
{
    for (const QString &path : seedFiles()) {
        const QByteArray bytes = readBytes(path);
        INFO(path.toStdString());
        CHECK(sha256Hex(bytes) == qtSha256(bytes));
    }
    // Lengths around SHA-256's 64-byte block and its 55/56-byte padding boundary.
    QRandomGenerator random(20071);
    for (int n : {1, 55, 56, 63, 64, 65, 119, 120, 1000, 65537}) {
        QByteArray bytes(n, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        INFO(n);
        CHECK(sha256Hex(bytes) == qtSha256(bytes));
    }
}

TEST_CASE("A prepared article carries the hash of its raw bytes", "[ingest][dedupe]")
{
    const QByteArray bytes = readBytes(seedFiles().first());
    CHECK(prepareArticle(u"a.txt"_s, bytes).sha256 == qtSha256(bytes));
    // A hash the importer already computed is taken as given rather than computed again.
    CHECK(prepareArticle(u"a.txt"_s, bytes, {}, sha256Hex(bytes)).sha256 == qtSha256(bytes));
}
