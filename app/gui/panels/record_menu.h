#pragma once

#include <QObject>
#include <QMenu>
#include <QPointer>
#include <QString>

class QAction;
class QMenu;
class QPoint;
class QWidget;

namespace summit::gui {

class Session;

/// What a right-click was on: an article (and a passage or quote in it), or an event.
struct RecordTarget
{
    qint64 articleId = 0; ///< 0: not an article
    int start = 0;        ///< the passage in clean-text offsets (start == end: the whole article)
    int end = 0;
    qint64 quoteId = 0;
    qint64 eventId = 0;
    QString words; ///< the quoted or selected words, for the citation
};

/// The right-click menus of the timeline, the quotes and events tables, the articles panel
/// and the reader. Every menu starts with Open and Copy Citation (when the target is in an
/// article), then the caller's own actions, then the plug-in actions.
///
/// Plug-in point for features that act on "this record" (Add Note, Star, Export Selection):
/// create the QAction once, hand it to addPluginAction(), and read target() when it fires;
/// every menu then shows it. MainWindow plugs in, at start, any action whose objectName is one
/// of kPluginActionNames, so a feature only has to create its action on the window.
class RecordMenu final : public QObject
{
    Q_OBJECT
public:
    static inline const char *const kPluginActionNames[3] = {"actionAddNote", "actionStar", "actionExportSelection"};

    explicit RecordMenu(Session &session, QObject *parent = nullptr);

    void addPluginAction(QAction *action);
    const QList<QAction *> &pluginActions() const { return m_plugins; }
    /// What the menu shown last was opened on (valid while its actions run).
    const RecordTarget &target() const { return m_target; }

    /// Builds the menu for target (objectName "recordMenu"); the caller shows it. The menu
    /// deletes itself when closed.
    QMenu *build(const RecordTarget &target, QWidget *parent, const QList<QAction *> &own = {});
    /// Builds and pops it up at globalPos.
    void popup(const RecordTarget &target, const QPoint &globalPos, QWidget *parent, const QList<QAction *> &own = {});
    /// The citation Copy Citation puts on the clipboard: the article's (with the words), or the
    /// event's title, dates, place and reporting sources.
    QString citationFor(const RecordTarget &target) const;
    /// The menu shown last, while it is open (tests).
    QMenu *openMenu() const { return m_menu; }

Q_SIGNALS:
    /// Open: show the passage in the reader (articleId set) or select the event.
    void openArticleRequested(qint64 articleId, int start, int end);
    void openEventRequested(qint64 eventId);

private:
    Session &m_session;
    QList<QAction *> m_plugins;
    RecordTarget m_target;
    QPointer<QMenu> m_menu;
};

} // namespace summit::gui
