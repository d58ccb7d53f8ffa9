#pragma once

#include "library/library.h"

#include <QObject>
#include <QSet>
#include <memory>

namespace summit {
class Database;
}

namespace summit::gui {

/// The open database as the UI sees it: one connection for the UI thread, the loaded events,
/// the filter and the search highlights. It is the one change-notification channel: models
/// and widgets listen to its signals and never wire themselves to each other.
class Session final : public QObject
{
    Q_OBJECT
public:
    /// Opens (and migrates) path. Throws StoreError with a message fit for the user.
    explicit Session(const QString &databasePath, QObject *parent = nullptr);
    ~Session() override;

    QString databasePath() const { return m_path; }
    Database &database() { return *m_db; }
    library::Library &library() { return *m_library; }

    /// All events, ordered by start (reloaded by reload()).
    const QVector<library::EventRecord> &events() const { return m_events; }
    /// Indexes into events() that pass the filter.
    const QVector<int> &shownEvents() const { return m_shown; }
    const library::EventRecord *eventById(qint64 id) const;

    const library::LibraryFilter &filter() const { return m_filter; }
    void setFilter(const library::LibraryFilter &filter);

    const QSet<qint64> &highlightedEvents() const { return m_highlighted; }
    void setHighlightedEvents(const QSet<qint64> &ids);

    /// Re-reads events and tells every listener that the data changed.
    void reload();
    /// An edit could not be written (the database refused it); listeners tell the user.
    void reportEditFailure(const QString &edit, const QString &why) { Q_EMIT editFailed(edit, why); }

Q_SIGNALS:
    /// Articles, events or quotes changed (import, metadata edit, first load).
    void dataReloaded();
    void filterChanged();
    void highlightChanged();
    /// An undo command could not write its change; it was dropped from the undo stack.
    void editFailed(const QString &edit, const QString &why);

private:
    void applyFilter();

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<library::Library> m_library;
    QVector<library::EventRecord> m_events;
    QVector<int> m_shown;
    QHash<qint64, int> m_byId;
    library::LibraryFilter m_filter;
    QSet<qint64> m_highlighted;
};

} // namespace summit::gui
