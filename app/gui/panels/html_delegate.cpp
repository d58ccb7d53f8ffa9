#include "panels/html_delegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>
#include <QTreeView>

namespace summit::gui {

namespace {
/// The width the text wraps at: the column in a tree, the viewport in a list.
int wrapWidth(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (const auto *tree = qobject_cast<const QTreeView *>(option.widget)) {
        int w = tree->columnWidth(index.column());
        if (index.column() == 0 && index.parent().isValid())
            w -= tree->indentation();
        return std::max(120, w);
    }
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return std::max(120, view->viewport()->width() - 4);
    return std::max(120, option.rect.width());
}

void prepare(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(4);
    doc.setHtml(index.data(HtmlDelegate::kHtmlRole).toString());
    doc.setTextWidth(wrapWidth(option, index));
}
} // namespace

void HtmlDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    QTextDocument doc;
    prepare(doc, option, index);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        ctx.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(), option.rect.size()));
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

QSize HtmlDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    prepare(doc, option, index);
    // As wide as the space it wraps in: asking for the text's ideal width would make the
    // view (and its dock) grow with the longest snippet.
    return QSize(wrapWidth(option, index), int(doc.size().height()));
}

} // namespace summit::gui
