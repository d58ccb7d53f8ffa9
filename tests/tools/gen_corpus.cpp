// gen_corpus: writes a deterministic corpus of synthetic news articles for scale tests and
// benchmarks. Same --articles and --seed give byte-identical files on any machine.

#include "render.h"
#include "story_writer.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype kMinBytes = 1536;
constexpr qsizetype kMaxBytes = 8000;

struct Options
{
    int articles = 0;
    quint64 seed = 0;
    QString outDir;
    bool help = false;
};

const char *const kUsage =
    "Usage: gen_corpus --articles N --seed S --out DIR [--help]\n"
    "\n"
    "Writes N synthetic news articles (.txt, .md, .html; published 2001-2009) into DIR,\n"
    "creating it. The same N and S always give byte-identical files.\n"
    "\n"
    "  --articles N   number of articles, 1 to 10000000\n"
    "  --seed S       seed, an unsigned 64-bit integer (decimal or 0x hex)\n"
    "  --out DIR      output directory\n"
    "  --help         show this text\n";

std::optional<Options> parseArguments(const QStringList &args)
{
    Options options;
    bool haveArticles = false, haveSeed = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        QString name = args.at(i);
        QString value;
        const bool takesValue = name.startsWith(u"--articles"_s) || name.startsWith(u"--seed"_s) ||
                                name.startsWith(u"--out"_s);
        if (name == u"--help" || name == u"-h") {
            options.help = true;
            continue;
        }
        if (!takesValue)
            return std::nullopt;
        if (const qsizetype eq = name.indexOf(u'='); eq > 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            return std::nullopt;
        }
        bool ok = false;
        if (name == u"--articles") {
            options.articles = value.toInt(&ok);
            if (!ok || options.articles < 1 || options.articles > 10'000'000)
                return std::nullopt;
            haveArticles = true;
        } else if (name == u"--seed") {
            options.seed = value.startsWith(u"0x"_s) ? value.mid(2).toULongLong(&ok, 16) : value.toULongLong(&ok, 10);
            if (!ok)
                return std::nullopt;
            haveSeed = true;
        } else if (name == u"--out") {
            if (value.isEmpty())
                return std::nullopt;
            options.outDir = value;
        } else {
            return std::nullopt;
        }
    }
    if (options.help)
        return options;
    if (!haveArticles || !haveSeed || options.outDir.isEmpty())
        return std::nullopt;
    return options;
}

// Prints as many paragraphs as keep the file inside 1.5-8 KB (and 4-14 paragraphs), never
// cutting a quotation that runs over two paragraphs.
QByteArray renderWithinSize(summit::gen::Story &story)
{
    QByteArray bytes = summit::gen::renderStory(story);
    while (bytes.size() > kMaxBytes && story.bodyCount > 4) {
        int count = story.bodyCount - 1;
        while (count > 4 && !story.canEndAt(count))
            --count;
        story.bodyCount = count;
        bytes = summit::gen::renderStory(story);
    }
    while (bytes.size() < kMinBytes && story.bodyCount < story.body.size()) {
        int count = story.bodyCount + 1;
        while (count < story.body.size() && !story.canEndAt(count))
            ++count;
        story.bodyCount = count;
        bytes = summit::gen::renderStory(story);
    }
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const auto options = parseArguments(args);
    if (!options) {
        std::fputs("gen_corpus: invalid arguments\n\n", stderr);
        std::fputs(kUsage, stderr);
        return 2;
    }
    if (options->help) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    QDir out(options->outDir);
    if (!out.mkpath(u"."_s)) {
        std::fprintf(stderr, "gen_corpus: cannot create %s\n", qPrintable(options->outDir));
        return 1;
    }
    const int digits = std::max(6, int(QString::number(options->articles - 1).size()));
    qint64 totalBytes = 0;
    int perFormat[3] = {0, 0, 0};
    for (int i = 0; i < options->articles; ++i) {
        summit::gen::Story story = summit::gen::writeStory(i, options->seed);
        const QByteArray bytes = renderWithinSize(story);
        const QString name = u'a' + QString::number(i).rightJustified(digits, u'0') + u'.' +
                             summit::gen::extensionOf(story.format);
        QFile file(out.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "gen_corpus: cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
        totalBytes += bytes.size();
        ++perFormat[int(story.format)];
    }
    std::printf("gen_corpus: wrote %d files (%d txt, %d md, %d html), %lld bytes to %s\n", options->articles,
                perFormat[0], perFormat[1], perFormat[2], static_cast<long long>(totalBytes),
                qPrintable(QDir::cleanPath(out.absolutePath())));
    return 0;
}
