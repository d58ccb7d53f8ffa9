// libFuzzer target: the date tagger on arbitrary text, with a publication date taken from the
// input, checking that every expression lies inside the text, in order, without overlaps.

#include "extract/timex/timex_tagger.h"
#include "extract/knowledge.h"

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
    if (size < 2)
        return 0;
    static const TimexTagger tagger = *Knowledge::bundled().dates;
    ArticleText article;
    // Two bytes choose a publication date in 2000-2012 (or none), the rest is the text.
    const int day = (data[0] << 8 | data[1]) % 4800;
    if (day != 0)
        article.published = QDate(2000, 1, 1).addDays(day);
    article.text = QString::fromUtf8(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    article.paragraphs.append({{0, int(article.text.size())}, ParagraphKind::Body});
    article.sentences.append({{0, int(article.text.size())}, 0});
    int previous = 0;
    for (const Timex &t : tagger.tag(article)) {
        if (t.span.start < previous || t.span.end > article.text.size() || t.span.start >= t.span.end) {
            std::fprintf(stderr, "bad timex span %d-%d\n", t.span.start, t.span.end);
            std::abort();
        }
        previous = t.span.end;
    }
    return 0;
}
