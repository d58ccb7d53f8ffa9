#include "ingest/prepared_article.h"

#include "ingest/boilerplate_classifier.h"
#include "ingest/date_parsing.h"
#include "ingest/dateline_parser.h"
#include "ingest/decoder.h"
#include "ingest/page_metadata.h"
#include "ingest/page_rules.h"
#include "ingest/sentence_splitter.h"
#include "ingest/source_block.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>

namespace summit {

namespace {

QString formatFor(const QString &source)
{
    const QString ext = QFileInfo(source).suffix().toLower();
    if (ext == QLatin1String("txt") || ext == QLatin1String("text"))
        return QStringLiteral("txt");
    if (ext == QLatin1String("md") || ext == QLatin1String("markdown"))
        return QStringLiteral("md");
    if (ext == QLatin1String("html") || ext == QLatin1String("htm"))
        return QStringLiteral("html");
    throw ImportError(QStringLiteral("%1: unsupported file type%2 (Summitline imports .txt, .md, .html and .htm)")
                          .arg(source, ext.isEmpty() ? QString() : QStringLiteral(" .") + ext));
}

ParagraphKind kindFor(BlockVerdict::Role role)
{
    switch (role) {
    case BlockVerdict::Role::Caption: return ParagraphKind::Caption;
    case BlockVerdict::Role::Title:
    case BlockVerdict::Role::DateLine: // a page stamp stays in the text for the date tagger
    case BlockVerdict::Role::Byline:   // only a byline with a date gets here
    case BlockVerdict::Role::Heading: return ParagraphKind::Heading;
    default: return ParagraphKind::Body;
    }
}

} // namespace

QString sha256Hex(const QByteArray &raw)
{
    // OpenSSL rather than QCryptographicHash: hashing every file was a tenth of preparation.
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(raw.constData(), size_t(raw.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

PreparedArticle prepareArticle(const QString &source, const QByteArray &raw, const ImportOverrides &overrides,
                               const QString &knownSha256)
{
    return prepareArticle(PageRules::bundled(), source, raw, overrides, knownSha256);
}

PreparedArticle prepareArticle(const PageRules &rules, const QString &source, const QByteArray &raw,
                               const ImportOverrides &overrides, const QString &knownSha256)
{
    PreparedArticle a;
    a.source = QFileInfo(source).fileName();
    a.format = formatFor(source);
    a.raw = raw;
    a.sha256 = knownSha256.isEmpty() ? sha256Hex(raw) : knownSha256;
    const DecodedText decoded = decodeArticleBytes(raw, source);
    a.rawText = decoded.text;
    a.encoding = decoded.encoding;
    if (!decoded.warning.isEmpty())
        a.warnings << decoded.warning;

    HtmlMetadata meta;
    QVector<SourceBlock> blocks;
    try {
        blocks = a.format == QLatin1String("html") ? readHtmlBlocks(a.rawText, &meta)
                                                   : readTextBlocks(a.rawText, a.format == QLatin1String("md"));
    } catch (const HtmlTooDeep &e) {
        throw ImportError(QStringLiteral("%1: the page nests elements %2 deep (the limit is %3); it is not an "
                                         "article page, or it is damaged")
                              .arg(source)
                              .arg(e.depth)
                              .arg(kMaxHtmlDepth));
    }
    const QVector<BlockVerdict> verdicts = rules.boilerplate->classify(blocks, meta.title);

    ArticleText &t = a.text;
    for (int i = 0; i < blocks.size(); ++i) {
        const SourceBlock &b = blocks[i];
        const BlockVerdict &v = verdicts[i];
        switch (v.role) {
        case BlockVerdict::Role::Drop:
            a.removed.append({b.rawStart, b.rawEnd, b.text, v.reason});
            continue;
        case BlockVerdict::Role::Byline:
            // A byline that carries the page's date ("By Jane Doe | May 2, 2008") stays in the
            // text as a stamp line, so the date tagger reports the date; others are metadata only.
            if (!findFullDate(b.text).isValid()) {
                a.removed.append({b.rawStart, b.rawEnd, b.text, v.reason});
                continue;
            }
            break;
        default:
            break;
        }
        const int from = v.trimStart;
        const int to = int(b.text.size()) - v.trimEnd;
        if (to <= from)
            continue;
        if (!t.text.isEmpty())
            t.text += QStringLiteral("\n\n");
        const int base = int(t.text.size());
        // Re-base the block's anchors onto the article's clean text, dropping trimmed parts.
        int lastRaw = b.rawStart;
        bool anchored = false;
        for (const auto &anchor : b.anchors) {
            if (anchor.clean <= from) {
                lastRaw = anchor.raw + (from - anchor.clean);
                continue;
            }
            if (!anchored) {
                a.offsets.anchors.append({base, lastRaw});
                anchored = true;
            }
            if (anchor.clean < to)
                a.offsets.anchors.append({base + anchor.clean - from, anchor.raw});
        }
        if (!anchored)
            a.offsets.anchors.append({base, lastRaw});
        t.text += b.text.mid(from, to - from);
        t.paragraphs.append({{base, int(t.text.size())}, kindFor(v.role)});
        if (v.trimStart > 0)
            a.removed.append({b.rawStart, a.offsets.toRaw(base), b.text.left(v.trimStart), v.trimReason});
        if (v.trimEnd > 0)
            a.removed.append({a.offsets.toRaw(int(t.text.size())), b.rawEnd, b.text.right(v.trimEnd), v.trimReason});
    }

    findPageMetadata(rules, a, blocks, verdicts, meta);

    // The user's values override everything found in the file.
    if (overrides.published.isValid()) {
        t.published = overrides.published;
        a.publishedSource = overrides.origin;
        a.sources.append({QStringLiteral("published"), t.published.toString(Qt::ISODate), overrides.origin,
                          QStringLiteral("given by the user")});
    }
    if (!overrides.outlet.isEmpty()) {
        t.outlet = overrides.outlet;
        a.republisher.clear();
        a.sources.append({QStringLiteral("outlet"), t.outlet, overrides.origin, QStringLiteral("given by the user")});
    }
    if (!overrides.title.isEmpty()) {
        t.title = overrides.title;
        a.sources.append({QStringLiteral("title"), t.title, overrides.origin, QStringLiteral("given by the user")});
    }
    if (!overrides.url.isEmpty())
        a.url = overrides.url;
    if (!overrides.dateline.isEmpty()) {
        t.dateline = overrides.dateline;
        // A given dateline has no separator; add one so the dateline shapes apply.
        Dateline given;
        if (rules.datelines->parse(overrides.dateline + QStringLiteral(" -"), &given))
            t.datelinePlace = given.place;
    }

    if (t.title.isEmpty()) {
        // Shown so the article has a name, but marked: it is not a title found in the page.
        t.title = QFileInfo(a.source).completeBaseName();
        a.titleFromFileName = true;
        a.sources.append({QStringLiteral("title"), t.title, QStringLiteral("file name"),
                          QStringLiteral("no headline found (file name shown instead)")});
        a.warnings << QStringLiteral("%1: no title found; using the file name").arg(source);
    }
    if (!t.published.isValid())
        a.warnings << needsDateWarning(source);
    if (t.paragraphs.isEmpty())
        throw ImportError(QStringLiteral("%1: no article text found (everything was page furniture)").arg(source));

    const SentenceSplitter &splitter = *rules.sentences;
    for (int p = 0; p < t.paragraphs.size(); ++p)
        for (const TextSpan &s : splitter.split(t.text, t.paragraphs[p].span))
            t.sentences.append({s, p});
    return a;
}

QString needsDateWarning(const QString &source)
{
    return QStringLiteral("%1: no publication date found (needs a date); relative dates stay unresolved").arg(source);
}

QByteArray readArticleBytes(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw ImportError(QStringLiteral("%1: no such file or folder").arg(path));
    if (info.isDir())
        throw ImportError(QStringLiteral("%1: is a folder, not a file").arg(path));
    if (info.size() > kMaxArticleBytes)
        throw ImportError(QStringLiteral("%1: the file is too large for an article (%2 MB; the limit is %3 MB)")
                              .arg(path)
                              .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                              .arg(kMaxArticleBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString()));
    const QByteArray raw = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw ImportError(QStringLiteral("%1: read failed (%2)").arg(path, file.errorString()));
    return raw;
}

PreparedArticle readArticleFile(const QString &path, const ImportOverrides &overrides)
{
    PreparedArticle a = prepareArticle(path, readArticleBytes(path), overrides);
    a.path = QFileInfo(path).absoluteFilePath();
    return a;
}

} // namespace summit
