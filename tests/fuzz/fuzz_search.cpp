// libFuzzer target: search-as-you-type queries on a small library. Whatever is typed must give
// results or nothing, never an error: the query builder must never produce FTS5 syntax errors.

#include "library/library.h"
#include "library/library_filter.h"
#include "store/database.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace summit;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Database db(QStringLiteral(":memory:"));
    static bool filled = [] {
        db.exec("INSERT INTO articles (source, sha256, raw, encoding, format, clean_text, offset_map, title, "
                "imported_at) VALUES ('a.txt', 'x', x'00', 'utf-8', 'txt', 'Putin and Bush met in Sochi.', x'', "
                "'Talks', '2008-04-06')");
        db.exec("INSERT INTO paragraphs (article_id, ord, kind, start, end) VALUES (1, 0, 'body', 0, 28)");
        db.exec("INSERT INTO sentences (article_id, paragraph_id, ord, start, end) VALUES (1, 1, 0, 0, 28)");
        db.exec("INSERT INTO sentence_fts (rowid, text) VALUES (1, 'Putin and Bush met in Sochi.')");
        return true;
    }();
    (void)filled;
    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        library::Library(db).search(typed, library::LibraryFilter{}, 20);
    } catch (const StoreError &e) {
        std::fprintf(stderr, "search failed for typed text: %s\n", e.what());
        std::abort();
    }
    return 0;
}
