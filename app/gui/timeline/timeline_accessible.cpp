#include "timeline/timeline_accessible.h"

#include "timeline/time_scale.h"
#include "timeline/timeline_focus.h"
#include "timeline/timeline_view.h"

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QPointer>

namespace summit::gui {

namespace {

const library::EventRecord *focusedRecord(const TimelineView *view)
{
    if (!view || !view->focus())
        return nullptr;
    const qint64 id = view->focus()->focusedEvent();
    for (const auto &e : view->events())
        if (id && e.id == id)
            return &e;
    return nullptr;
}

/// The focused event as an accessible item. It has no QObject of its own; it reads the view
/// each time it is asked, so it is never stale.
class FocusedEventItem final : public QAccessibleInterface
{
public:
    explicit FocusedEventItem(TimelineView *view) : m_view(view) {}

    bool isValid() const override { return m_view && focusedRecord(m_view); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_view ? m_view->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QString text(QAccessible::Text t) const override
    {
        const library::EventRecord *e = focusedRecord(m_view);
        if (!e)
            return {};
        if (t == QAccessible::Name)
            return e->title;
        if (t == QAccessible::Description)
            return eventDescription(*e);
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!m_view)
            return {};
        const QRectF scene = m_view->focus()->focusedRect();
        if (scene.isEmpty())
            return {};
        const QRect local = m_view->mapFromScene(scene).boundingRect();
        return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.selectable = true;
        s.focused = m_view && m_view->hasFocus();
        const library::EventRecord *e = focusedRecord(m_view);
        s.selected = e && m_view->selectedEvent() == e->id;
        s.invisible = rect().isEmpty();
        s.offscreen = s.invisible;
        return s;
    }
    QVector<QPair<QAccessibleInterface *, QAccessible::Relation>>
    relations(QAccessible::Relation) const override
    {
        return {};
    }

private:
    QPointer<TimelineView> m_view;
};

/// The timeline: its own widget children, then the focused event (when there is one).
class TimelineAccessible final : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineView *view)
        : QAccessibleWidget(view, QAccessible::List), m_view(view)
    {
    }
    ~TimelineAccessible() override
    {
        if (m_itemId)
            QAccessible::deleteAccessibleInterface(m_itemId);
    }

    /// The one item interface, registered once so its id stays the same for listeners.
    QAccessibleInterface *item() const
    {
        if (!m_itemId)
            m_itemId = QAccessible::registerAccessibleInterface(new FocusedEventItem(m_view));
        return QAccessible::accessibleInterface(m_itemId);
    }
    bool hasItem() const { return focusedRecord(m_view) != nullptr; }

    int childCount() const override { return QAccessibleWidget::childCount() + (hasItem() ? 1 : 0); }
    QAccessibleInterface *child(int index) const override
    {
        const int own = QAccessibleWidget::childCount();
        if (index == own && hasItem())
            return item();
        return QAccessibleWidget::child(index);
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (m_itemId && child == QAccessible::accessibleInterface(m_itemId))
            return hasItem() ? QAccessibleWidget::childCount() : -1;
        return QAccessibleWidget::indexOfChild(child);
    }
    QAccessibleInterface *focusChild() const override
    {
        if (m_view && m_view->hasFocus() && hasItem())
            return item();
        return QAccessibleWidget::focusChild();
    }

private:
    QPointer<TimelineView> m_view;
    mutable QAccessible::Id m_itemId = 0;
};

QAccessibleInterface *timelineFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(TimelineView::staticMetaObject.className()) && object
        && object->isWidgetType())
        return new TimelineAccessible(static_cast<TimelineView *>(object));
    return nullptr;
}

} // namespace

void installTimelineAccessibility()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(timelineFactory);
}

// Qt caches an object's interface the first time anything asks for it, which can be while the
// view is still being built. The factory must be in place before the first view exists.
Q_COREAPP_STARTUP_FUNCTION(installTimelineAccessibility)

FocusAnnouncement focusAnnouncement(TimelineView *view)
{
    auto *timeline = view ? dynamic_cast<TimelineAccessible *>(QAccessible::queryAccessibleInterface(view))
                          : nullptr;
    if (!timeline)
        return {};
    if (!timeline->hasItem())
        return {timeline, {QAccessible::Focus}};
    FocusAnnouncement a{timeline->item(), {QAccessible::NameChanged}};
    if (view->hasFocus())
        a.events << QAccessible::Focus;
    return a;
}

void announceFocusedEvent(TimelineView *view)
{
    if (!QAccessible::isActive())
        return;
    const FocusAnnouncement a = focusAnnouncement(view);
    for (QAccessible::Event type : a.events) {
        QAccessibleEvent event(a.target, type);
        QAccessible::updateAccessibility(&event);
    }
}

QString eventDescription(const library::EventRecord &e)
{
    QStringList parts;
    QString when = dateExtentText(e.start, e.end, e.granularity);
    if (!e.place.isEmpty())
        when += QStringLiteral(", ") + e.place;
    parts << when + QLatin1Char('.');
    if (!e.kind.isEmpty())
        parts << e.kind.left(1).toUpper() + e.kind.mid(1) + QLatin1Char('.');
    if (e.sourceCount > 0)
        parts << QStringLiteral("Reported by %1 independent source%2: %3.")
                     .arg(e.sourceCount)
                     .arg(e.sourceCount == 1 ? QString() : QStringLiteral("s"))
                     .arg(e.sources.join(QStringLiteral(", ")));
    else if (e.articleCount > 0)
        parts << QStringLiteral("Mentioned in %1 article%2.")
                     .arg(e.articleCount)
                     .arg(e.articleCount == 1 ? QString() : QStringLiteral("s"));
    if (e.quoteCount > 0)
        parts << QStringLiteral("%1 quote%2.").arg(e.quoteCount).arg(e.quoteCount == 1 ? QString() : QStringLiteral("s"));
    return parts.join(QLatin1Char(' '));
}

} // namespace summit::gui
