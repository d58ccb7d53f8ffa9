#include "window/fitting_label.h"

#include <QEvent>
#include <QFontMetrics>
#include <QResizeEvent>

namespace summit::gui {

FittingLabel::FittingLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    // Its text must never force the row wider than the window: it takes what is left.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void FittingLabel::setParts(const QStringList &parts, const QString &separator)
{
    m_parts = parts;
    m_separator = separator;
    fit();
}

void FittingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void FittingLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fit();
}

void FittingLabel::fit()
{
    const QFontMetrics metrics(font());
    const int room = contentsRect().width() - 2 * margin() - 2; // QLabel keeps a pixel each side
    const QString all = wholeText();
    QString shown;
    if (metrics.horizontalAdvance(all) <= room) {
        shown = all;
    } else if (!m_parts.isEmpty()) {
        const QString more = QStringLiteral(" …");
        QString kept;
        for (const QString &part : m_parts) {
            const QString longer = kept.isEmpty() ? part : kept + m_separator + part;
            if (metrics.horizontalAdvance(longer + more) > room)
                break;
            kept = longer;
        }
        if (kept.isEmpty()) { // not even the first part and " …": cut that part, keep the sign
            const QString cut = metrics.elidedText(m_parts.first(), Qt::ElideRight, room - metrics.horizontalAdvance(more));
            shown = cut.endsWith(QChar(0x2026)) ? cut : cut + more;
        } else {
            shown = kept + more;
        }
    }
    if (shown != text())
        setText(shown);
}

} // namespace summit::gui
