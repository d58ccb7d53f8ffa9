#include "ingest/prepared_article.h"

#include <QDataStream>
#include <algorithm>

namespace summit {

int OffsetMap::toRaw(int cleanOffset) const
{
    if (anchors.isEmpty())
        return cleanOffset;
    auto it = std::upper_bound(anchors.begin(), anchors.end(), cleanOffset,
                               [](int c, const Anchor &a) { return c < a.clean; });
    if (it == anchors.begin())
        return anchors.front().raw;
    --it;
    const int raw = it->raw + (cleanOffset - it->clean);
    // Never run past the next anchor: text between anchors may have been shortened.
    auto next = it + 1;
    return next != anchors.end() ? std::min(raw, std::max(next->raw, it->raw)) : raw;
}

QByteArray OffsetMap::serialize() const
{
    QByteArray out;
    out.reserve(anchors.size() * 8);
    for (const Anchor &a : anchors) {
        const qint32 v[2] = {a.clean, a.raw};
        out.append(reinterpret_cast<const char *>(v), sizeof v);
    }
    return out;
}

OffsetMap OffsetMap::deserialize(const QByteArray &blob)
{
    OffsetMap map;
    const qsizetype n = blob.size() / 8;
    map.anchors.reserve(n);
    const auto *v = reinterpret_cast<const qint32 *>(blob.constData());
    for (qsizetype i = 0; i < n; ++i)
        map.anchors.append({v[2 * i], v[2 * i + 1]});
    return map;
}

} // namespace summit
