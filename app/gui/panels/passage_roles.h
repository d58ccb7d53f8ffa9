#pragma once

#include <QTreeWidgetItem>

namespace summit::gui {

/// A span of an article's clean text that a list item points at.
struct Passage
{
    qint64 articleId = 0;
    int start = 0;
    int end = 0;
    qint64 quoteId = 0;
};

inline constexpr int kPassageRole = Qt::UserRole + 40;
/// The quote's speaker on an event-panel quote item.
inline constexpr int kSpeakerRole = Qt::UserRole + 41;

inline void setPassage(QTreeWidgetItem *item, qint64 articleId, int start, int end, qint64 quoteId)
{
    item->setData(0, kPassageRole, QVariantList{articleId, start, end, quoteId});
}

inline Passage passageOf(const QTreeWidgetItem *item)
{
    const QVariantList v = item ? item->data(0, kPassageRole).toList() : QVariantList();
    if (v.size() != 4)
        return {};
    return Passage{v[0].toLongLong(), v[1].toInt(), v[2].toInt(), v[3].toLongLong()};
}

} // namespace summit::gui
