#include "brief/timeline_object.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>

namespace summit::brief {

namespace {
constexpr int kTimelineObjectType = QTextFormat::UserObject + 1;
}

void TimelineObject::insert(QTextCursor &cursor, std::shared_ptr<const TimelineLayout> layout)
{
    QTextDocument *doc = cursor.document();
    auto *handler = new TimelineObject(doc);
    handler->m_layout = std::move(layout);
    doc->documentLayout()->registerHandler(kTimelineObjectType, handler);
    QTextCharFormat format;
    format.setObjectType(kTimelineObjectType);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF TimelineObject::intrinsicSize(QTextDocument *, int, const QTextFormat &)
{
    return m_layout->size();
}

void TimelineObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &)
{
    m_layout->paint(painter, rect.topLeft());
}

} // namespace summit::brief
