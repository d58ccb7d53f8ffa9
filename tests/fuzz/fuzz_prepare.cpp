// libFuzzer target: the whole import preparation of one file (decode, HTML or text reader,
// cleaning, sentence splitting) and every extractor, on arbitrary bytes. Besides crashes and
// sanitizer findings it checks the offset invariants everything downstream relies on: every
// span lies inside the clean text, paragraphs and sentences are ordered, and the clean-to-raw
// map is monotonic and stays inside the raw text.

#include "extract/extractor.h"
#include "ingest/prepared_article.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace summit;

namespace {

const summit::Extractor &bundledExtractor()
{
    static const summit::Extractor extractor(summit::Knowledge::bundled());
    return extractor;
}

void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

bool inside(TextSpan s, int size) { return s.start >= 0 && s.start <= s.end && s.end <= size; }

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the reader, so one corpus covers text, Markdown and HTML.
    static const char *names[] = {"fuzz.txt", "fuzz.md", "fuzz.html"};
    const QString name = QString::fromLatin1(names[data[0] % 3]);
    const QByteArray raw(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    PreparedArticle a;
    try {
        a = prepareArticle(name, raw);
    } catch (const ImportError &) {
        return 0; // refused with a message: fine
    }
    const ArticleText &t = a.text;
    const int n = int(t.text.size());
    int previous = -1;
    for (const Paragraph &p : t.paragraphs) {
        require(inside(p.span, n), "paragraph inside the text");
        require(p.span.start > previous, "paragraphs ordered");
        previous = p.span.end;
    }
    previous = -1;
    for (const Sentence &s : t.sentences) {
        require(inside(s.span, n), "sentence inside the text");
        require(s.span.start >= previous, "sentences ordered");
        require(s.paragraph >= 0 && s.paragraph < t.paragraphs.size(), "sentence's paragraph exists");
        previous = s.span.end;
    }
    int lastRaw = -1;
    for (int c = 0; c <= n; c += 1 + n / 64) {
        const int r = a.offsets.toRaw(c);
        if (r < 0 || r > a.rawText.size()) {
            std::fprintf(stderr, "clean %d -> raw %d of %d; clean text \"%s\"; anchors:", c, r, int(a.rawText.size()),
                         t.text.toUtf8().constData());
            for (const auto &an : a.offsets.anchors)
                std::fprintf(stderr, " %d:%d", an.clean, an.raw);
            std::fprintf(stderr, "\n");
        }
        require(r >= 0 && r <= a.rawText.size(), "clean offset maps inside the raw text");
        require(r >= lastRaw, "clean-to-raw map is monotonic");
        lastRaw = r;
    }
    const Extraction x = bundledExtractor().run(t);
    for (const Timex &tx : x.timexes)
        require(inside(tx.span, n), "timex inside the text");
    for (const Quote &q : x.quotes) {
        require(inside(q.span, n), "quote inside the text");
        require(q.speakerSpan.length() == 0 || inside(q.speakerSpan, n), "speaker words inside the text");
    }
    for (const Mention &m : x.mentions)
        require(inside(m.span, n), "mention inside the text");
    return 0;
}
