#pragma once

#include "brief/timeline_layout.h"

#include <QObject>
#include <QTextObjectInterface>
#include <memory>

class QTextCursor;

namespace summit::brief {

/// Puts the timeline figure into a QTextDocument as an inline object, so it flows and
/// paginates with the text and is painted with the document's own painter: on a PDF device
/// that makes it vector drawing, not a bitmap.
class TimelineObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    /// Registers the handler on the cursor's document (which then owns it) and inserts the figure.
    static void insert(QTextCursor &cursor, std::shared_ptr<const TimelineLayout> layout);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    explicit TimelineObject(QObject *parent) : QObject(parent) {}
    std::shared_ptr<const TimelineLayout> m_layout;
};

} // namespace summit::brief
