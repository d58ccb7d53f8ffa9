#include "ingest/source_block.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>

namespace summit {

namespace {

// gumbo reports byte offsets into the UTF-8 buffer; raw offsets count UTF-16 units of the
// decoded text, so keep a table from byte offset to UTF-16 offset.
class ByteToUtf16
{
public:
    explicit ByteToUtf16(const QByteArray &utf8)
    {
        m_table.resize(utf8.size() + 1);
        int u16 = 0;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            m_table[i] = u16;
            const auto c = static_cast<unsigned char>(utf8[i]);
            if ((c & 0xC0) != 0x80) // a lead byte starts a code point
                u16 += (c >= 0xF0) ? 2 : 1;
        }
        m_table[utf8.size()] = u16;
    }
    int operator()(unsigned offset) const
    {
        return m_table[std::min<qsizetype>(offset, m_table.size() - 1)];
    }

private:
    QVector<int> m_table;
};

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_FORM:
        return true;
    default:
        return false;
    }
}

bool isSkippedTag(GumboTag tag)
{
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT
           || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_HEAD
           || tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_BUTTON || tag == GUMBO_TAG_SELECT;
}

QString attr(const GumboElement &el, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&el.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

class Walker
{
public:
    Walker(const ByteToUtf16 &map, HtmlMetadata *meta) : m_map(map), m_meta(meta) {}

    QVector<SourceBlock> blocks;

    void walk(const GumboNode *node, SourceBlock::Hint context)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
            || node->type == GUMBO_NODE_CDATA) {
            appendText(node, context);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
            return;
        const GumboElement &el = node->v.element;
        if (isSkippedTag(el.tag))
            return;
        SourceBlock::Hint hint = context;
        switch (el.tag) {
        case GUMBO_TAG_NAV: hint = SourceBlock::Hint::Navigation; break;
        case GUMBO_TAG_FOOTER: hint = SourceBlock::Hint::Footer; break;
        case GUMBO_TAG_ASIDE: hint = SourceBlock::Hint::Aside; break;
        case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION: hint = SourceBlock::Hint::Caption; break;
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
            if (context == SourceBlock::Hint::None)
                hint = SourceBlock::Hint::Heading;
            break;
        case GUMBO_TAG_LI:
            if (context == SourceBlock::Hint::None)
                hint = SourceBlock::Hint::ListItem;
            break;
        default: break;
        }
        if (el.tag == GUMBO_TAG_TIME && m_meta->published.isEmpty() && !attr(el, "datetime").isEmpty()) {
            m_meta->published = attr(el, "datetime");
            m_meta->publishedTag = QStringLiteral("<time datetime>");
        }
        const bool block = isBlockTag(el.tag);
        if (block)
            flush();
        m_hintStack.append(hint);
        for (unsigned i = 0; i < el.children.length; ++i)
            walk(static_cast<const GumboNode *>(el.children.data[i]), hint);
        m_hintStack.removeLast();
        if (block)
            flush();
    }

    void flush()
    {
        // Collapse whitespace runs; anchors are kept per text node, so offsets stay traceable.
        if (m_current.text.trimmed().isEmpty()) {
            m_current = SourceBlock();
            return;
        }
        SourceBlock out;
        out.hint = m_currentHint;
        out.rawStart = m_current.rawStart;
        out.rawEnd = m_current.rawEnd;
        const QString &in = m_current.text;
        const auto &anchors = m_current.anchors;
        int anchorIndex = 0;
        int pendingSpace = 0; // whitespace characters waiting to become one space
        for (int i = 0; i < in.size(); ++i) {
            bool anchoredHere = false;
            while (anchorIndex < anchors.size() && anchors[anchorIndex].clean <= i) {
                const auto &a = anchors[anchorIndex++];
                out.anchors.append({int(out.text.size()) + (pendingSpace && !out.text.isEmpty() ? 1 : 0),
                                    a.raw + (i - a.clean)});
                anchoredHere = true;
            }
            const QChar c = in[i];
            if (c.isSpace()) {
                ++pendingSpace;
                continue;
            }
            if (pendingSpace && !out.text.isEmpty())
                out.text += QLatin1Char(' ');
            // A run of whitespace became one space (or none): re-anchor so what follows maps
            // to its own raw position.
            if ((pendingSpace > 1 || (pendingSpace == 1 && in[i - 1] != QLatin1Char(' ')) || (pendingSpace && out.text.size() == 0))
                && !anchoredHere && anchorIndex > 0) {
                const auto &a = anchors[anchorIndex - 1];
                out.anchors.append({int(out.text.size()), a.raw + (i - a.clean)});
            }
            pendingSpace = 0;
            out.text += c;
        }
        blocks.append(out);
        m_current = SourceBlock();
    }

private:
    void appendText(const GumboNode *node, SourceBlock::Hint context)
    {
        const GumboText &t = node->v.text;
        const QString text = QString::fromUtf8(t.text);
        const int raw = m_map(t.start_pos.offset);
        if (m_current.text.isEmpty()) {
            m_current.rawStart = raw;
            m_currentHint = context;
        }
        const int base = int(m_current.text.size());
        m_current.append(text, raw);
        // Entities ("&ldquo;") are longer in the source than in the text; re-anchor after each
        // so offsets inside the node stay exact.
        const QString original = QString::fromUtf8(t.original_text.data, qsizetype(t.original_text.length));
        int o = 0;
        int d = 0;
        while (o < original.size() && d < text.size()) {
            if (original[o] == QLatin1Char('&')) {
                const int semi = int(original.indexOf(QLatin1Char(';'), o));
                // An entity is "&name;" or "&#digits;" with nothing else between the marks, and
                // the parser replaced it; "&O;" left as it was, or "&ÿ\r;", is text (the fuzzer
                // found offsets running past the raw text when such runs were taken for one).
                bool entityLike = semi > o + 1 && semi - o <= 32;
                for (int k = o + 1; entityLike && k < semi; ++k)
                    entityLike = original[k].unicode() < 128 && (original[k].isLetterOrNumber() || original[k] == u'#');
                const bool literal = entityLike
                                     && QStringView(text).mid(d, semi + 1 - o) == QStringView(original).mid(o, semi + 1 - o);
                if (entityLike && !literal) {
                    o = semi + 1;
                    d += text[d].isHighSurrogate() ? 2 : 1;
                    m_current.anchors.append({base + d, raw + o});
                    continue;
                }
            }
            if (original[o] == text[d]) {
                ++o;
                ++d;
            } else if (o + 1 < original.size() && original[o + 1] == text[d]) {
                ++o; // a character the parser dropped (the CR of a CRLF)
                m_current.anchors.append({base + d, raw + o});
            } else {
                // A character the parser replaced: a lone CR becomes LF, a control character
                // U+FFFD. Taking these for deletions made every later offset of the node
                // drift, past the end of the raw text (found by the fuzzer).
                ++o;
                d += text[d].isHighSurrogate() && d + 1 < text.size() ? 2 : 1;
                m_current.anchors.append({base + d, raw + o});
            }
        }
        m_current.rawEnd = m_map(t.start_pos.offset + unsigned(t.original_text.length));
    }

public:
    void readMeta(const GumboElement &el)
    {
        if (el.tag == GUMBO_TAG_TITLE && el.children.length > 0) {
            const auto *child = static_cast<const GumboNode *>(el.children.data[0]);
            if (child->type == GUMBO_NODE_TEXT && m_pageTitle.isEmpty())
                m_pageTitle = QString::fromUtf8(child->v.text.text).simplified();
        } else if (el.tag == GUMBO_TAG_META) {
            const QString key = (attr(el, "property") + attr(el, "name") + attr(el, "itemprop")).toLower();
            const QString content = attr(el, "content").trimmed();
            if (content.isEmpty())
                return;
            if (key == QLatin1String("og:title") || key == QLatin1String("twitter:title")) {
                m_meta->title = content;
                m_meta->titleTag = QStringLiteral("<meta %1>").arg(key);
            }
            else if (key == QLatin1String("author") || key == QLatin1String("article:author")
                     || key == QLatin1String("byl"))
                setIfEmpty(m_meta->author, content);
            else if (key == QLatin1String("og:site_name") || key == QLatin1String("publisher")
                     || key == QLatin1String("article:publisher")) {
                if (m_meta->publisher.isEmpty() && !content.startsWith(QLatin1String("http")))
                    m_meta->publisherTag = QStringLiteral("<meta %1>").arg(key);
                if (!content.startsWith(QLatin1String("http"))) // article:publisher is often a URL
                    setIfEmpty(m_meta->publisher, content);
            }
            else if (key == QLatin1String("article:published_time") || key == QLatin1String("datepublished")
                     || key == QLatin1String("pubdate") || key == QLatin1String("date")
                     || key == QLatin1String("dc.date") || key == QLatin1String("dc.date.issued")
                     || key == QLatin1String("og:published_time"))
            {
                if (m_metaDate.isEmpty())
                    m_metaDateTag = QStringLiteral("<meta %1>").arg(key);
                m_metaDate = m_metaDate.isEmpty() ? content : m_metaDate;
            }
            else if (key == QLatin1String("og:url"))
                setIfEmpty(m_meta->url, content);
        } else if (el.tag == GUMBO_TAG_LINK && attr(el, "rel") == QLatin1String("canonical")) {
            setIfEmpty(m_meta->url, attr(el, "href"));
        } else if (el.tag == GUMBO_TAG_SCRIPT && attr(el, "type") == QLatin1String("application/ld+json")
                   && el.children.length > 0) {
            const auto *child = static_cast<const GumboNode *>(el.children.data[0]);
            if (child->type == GUMBO_NODE_TEXT)
                readJsonLd(QJsonDocument::fromJson(QByteArray(child->v.text.text)));
        }
    }

    void readJsonLd(const QJsonDocument &doc)
    {
        QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        if (doc.isObject() && doc.object().contains(QStringLiteral("@graph")))
            items = doc.object().value(QStringLiteral("@graph")).toArray();
        for (const auto &v : items) {
            const QJsonObject o = v.toObject();
            const QString type = o.value(QStringLiteral("@type")).toVariant().toStringList().join(QLatin1Char(' '));
            if (!type.contains(QLatin1String("Article")))
                continue;
            m_jsonLd = true;
            setIfEmpty(m_ldTitle, o.value(QStringLiteral("headline")).toString());
            setIfEmpty(m_ldDate, o.value(QStringLiteral("datePublished")).toString());
            const QJsonValue author = o.value(QStringLiteral("author"));
            const QJsonObject a = author.isArray() ? author.toArray().first().toObject() : author.toObject();
            setIfEmpty(m_meta->author, a.isEmpty() ? author.toString() : a.value(QStringLiteral("name")).toString());
            if (m_meta->publisher.isEmpty())
                m_meta->publisherTag = QStringLiteral("JSON-LD publisher");
            setIfEmpty(m_meta->publisher, o.value(QStringLiteral("publisher")).toObject().value(QStringLiteral("name")).toString());
            setIfEmpty(m_meta->url, o.value(QStringLiteral("url")).toString());
        }
    }

private:
    static void setIfEmpty(QString &target, const QString &value)
    {
        if (target.isEmpty() && !value.trimmed().isEmpty())
            target = value.trimmed();
    }

public:
    void finish()
    {
        flush();
        // Trust order inside HTML: JSON-LD NewsArticle, then <meta>, then <time>.
        if (!m_ldDate.isEmpty()) {
            m_meta->published = m_ldDate;
            m_meta->publishedTag = QStringLiteral("JSON-LD datePublished");
        } else if (!m_metaDate.isEmpty()) {
            m_meta->published = m_metaDate;
            m_meta->publishedTag = m_metaDateTag;
        }
        if (m_meta->title.isEmpty() && !m_ldTitle.isEmpty()) {
            m_meta->title = m_ldTitle;
            m_meta->titleTag = QStringLiteral("JSON-LD headline");
        } else if (m_meta->title.isEmpty() && !m_pageTitle.isEmpty()) {
            splitPageTitle();
        }
    }

    // "Headline - Site", "Site | Headline": a <title> usually names the site too. The shorter
    // side (five words at most) is the site when the other side is clearly longer.
    void splitPageTitle()
    {
        m_meta->title = m_pageTitle;
        m_meta->titleTag = QStringLiteral("<title>");
        for (const QString &sep : {QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" \u2013 "),
                                  QStringLiteral(" \u2014 "), QStringLiteral(" :: ")}) {
            const int at = int(m_pageTitle.lastIndexOf(sep));
            const int first = int(m_pageTitle.indexOf(sep));
            if (at < 0)
                continue;
            const QString head = m_pageTitle.left(first).trimmed();
            const QString tail = m_pageTitle.mid(at + sep.size()).trimmed();
            const auto words = [](const QString &t) { return t.split(QLatin1Char(' '), Qt::SkipEmptyParts).size(); };
            if (words(tail) <= 5 && words(m_pageTitle.left(at)) > words(tail) + 1) {
                m_meta->title = m_pageTitle.left(at).trimmed();
                m_meta->siteFromTitle = tail;
            } else if (words(head) <= 5 && words(m_pageTitle.mid(first + sep.size())) > words(head) + 1) {
                m_meta->title = m_pageTitle.mid(first + sep.size()).trimmed();
                m_meta->siteFromTitle = head;
            } else {
                continue;
            }
            m_meta->titleTag = QStringLiteral("<title>, site name split off");
            return;
        }
    }

private:
    const ByteToUtf16 &m_map;
    HtmlMetadata *m_meta;
    SourceBlock m_current;
    SourceBlock::Hint m_currentHint = SourceBlock::Hint::None;
    QVector<SourceBlock::Hint> m_hintStack;
    QString m_pageTitle, m_metaDate, m_metaDateTag, m_ldDate, m_ldTitle;
    bool m_jsonLd = false;
};

// Elements that close themselves or are closed by the next of their kind: they never make a
// page deeper, however sloppy its mark-up.
bool neverNests(QByteArrayView name)
{
    static const char *const names[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                        "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td",
                                        "th", "option", "!--", "!doctype"};
    for (const char *n : names)
        if (name.compare(QByteArrayView(n), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

int htmlNestingDepth(const QByteArray &html)
{
    // A linear scan of tags, before any parsing: open tags deepen, close tags return. It
    // overestimates on unclosed elements, which is the safe side of a limit.
    int depth = 0, deepest = 0;
    const char *p = html.constData();
    const char *end = p + html.size();
    while ((p = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)))) != nullptr) {
        ++p;
        const bool closing = p < end && *p == '/';
        if (closing)
            ++p;
        const char *nameStart = p;
        while (p < end && (std::isalnum(static_cast<unsigned char>(*p)) || *p == '!' || *p == '-'))
            ++p;
        if (p == nameStart)
            continue;
        const QByteArrayView name(nameStart, p - nameStart);
        const char *close = static_cast<const char *>(std::memchr(p, '>', size_t(end - p)));
        const bool selfClosing = close && close > p && close[-1] == '/';
        if (neverNests(name) || selfClosing)
            continue;
        if (closing)
            depth = std::max(0, depth - 1);
        else
            deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

QVector<SourceBlock> readHtmlBlocks(const QString &raw, HtmlMetadata *meta)
{
    const QByteArray utf8 = raw.toUtf8();
    // The parser's cost grows with the square of the depth, and the walks below recurse: a
    // hostile page of 50,000 nested elements once crashed a whole import. No article page comes
    // near this; such a page is refused with a reason instead.
    if (const int depth = htmlNestingDepth(utf8); depth > kMaxHtmlDepth)
        throw HtmlTooDeep{depth};
    const ByteToUtf16 map(utf8);
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    Walker walker(map, meta);
    // Metadata lives in <head> (skipped as a block source) and in JSON-LD scripts anywhere,
    // so read all elements for metadata first, then walk the body for blocks.
    std::function<void(const GumboNode *)> scanMeta = [&](const GumboNode *n) {
        if (n->type != GUMBO_NODE_ELEMENT)
            return;
        const GumboElement &el = n->v.element;
        walker.readMeta(el);
        for (unsigned i = 0; i < el.children.length; ++i)
            scanMeta(static_cast<const GumboNode *>(el.children.data[i]));
    };
    scanMeta(output->root);
    // Then the body, for blocks.
    std::function<void(const GumboNode *)> findBody = [&](const GumboNode *n) {
        if (n->type != GUMBO_NODE_ELEMENT)
            return;
        if (n->v.element.tag == GUMBO_TAG_BODY) {
            walker.walk(n, SourceBlock::Hint::None);
            return;
        }
        for (unsigned i = 0; i < n->v.element.children.length; ++i)
            findBody(static_cast<const GumboNode *>(n->v.element.children.data[i]));
    };
    findBody(output->root);
    walker.finish();
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return walker.blocks;
}

} // namespace summit
