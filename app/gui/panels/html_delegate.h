#pragma once

#include <QStyledItemDelegate>

namespace summit::gui {

/// Paints an item's kHtmlRole text as rich text (search snippets with the matches in bold);
/// the display role stays plain for accessibility and keyboard search.
class HtmlDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kHtmlRole = Qt::UserRole + 50;
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace summit::gui
