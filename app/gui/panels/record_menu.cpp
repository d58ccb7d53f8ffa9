#include "panels/record_menu.h"

#include "library/library.h"
#include "state/session.h"
#include "timeline/time_scale.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>

namespace summit::gui {

RecordMenu::RecordMenu(Session &session, QObject *parent) : QObject(parent), m_session(session) {}

void RecordMenu::addPluginAction(QAction *action)
{
    if (action && !m_plugins.contains(action))
        m_plugins << action;
}

QString RecordMenu::citationFor(const RecordTarget &target) const
{
    if (!target.articleId) {
        // An event: what it was, when and where, and who reported it.
        const library::EventRecord *e = m_session.eventById(target.eventId);
        if (!e)
            return {};
        QStringList parts{e->title, dateExtentText(e->start, e->end, e->granularity)};
        if (!e->place.isEmpty())
            parts << e->place;
        QString out = parts.join(QStringLiteral(", "));
        if (!e->sources.isEmpty())
            out += QStringLiteral(" (reported by %1)").arg(e->sources.join(QStringLiteral(", ")));
        return out;
    }
    const auto article = m_session.library().article(target.articleId);
    if (!article)
        return {};
    QString words = target.words;
    if (words.isEmpty() && target.end > target.start)
        words = article->cleanText.mid(target.start, target.end - target.start);
    return library::citation(*article, words);
}

QMenu *RecordMenu::build(const RecordTarget &target, QWidget *parent, const QList<QAction *> &own)
{
    m_target = target;
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("recordMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (target.articleId) {
        QAction *open = menu->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                        target.end > target.start ? QStringLiteral("&Open Passage")
                                                                  : QStringLiteral("&Open Article"));
        open->setObjectName(QStringLiteral("menuOpen"));
        connect(open, &QAction::triggered, this, [this, target] {
            Q_EMIT openArticleRequested(target.articleId, target.start, target.end);
        });
    } else if (target.eventId) {
        QAction *open = menu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), QStringLiteral("&Open Event"));
        open->setObjectName(QStringLiteral("menuOpen"));
        connect(open, &QAction::triggered, this, [this, target] { Q_EMIT openEventRequested(target.eventId); });
    }
    if (target.articleId || target.eventId) {
        QAction *copy = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), QStringLiteral("Copy &Citation"));
        copy->setObjectName(QStringLiteral("menuCopyCitation"));
        connect(copy, &QAction::triggered, this,
                [this, target] { QApplication::clipboard()->setText(citationFor(target)); });
    }
    if (!own.isEmpty()) {
        menu->addSeparator();
        menu->addActions(own);
    }
    if (!m_plugins.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_plugins);
    }
    m_menu = menu;
    return menu;
}

void RecordMenu::popup(const RecordTarget &target, const QPoint &globalPos, QWidget *parent, const QList<QAction *> &own)
{
    build(target, parent, own)->popup(globalPos);
}

} // namespace summit::gui
