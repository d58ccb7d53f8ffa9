#pragma once

#include <QTabWidget>

class QTableView;

namespace summit::gui {

class EventFilterProxy;
class QuoteFilterProxy;
class QuoteTableModel;
class Selection;
class Session;

/// The quotes and events tables (sortable, filtered by the session's filter) in one tabbed
/// panel. They follow and drive the shared selection.
class RecordTables final : public QTabWidget
{
    Q_OBJECT
public:
    RecordTables(Session &session, Selection &selection, QWidget *parent = nullptr);

    QTableView *quotesTable() const { return m_quotes; }
    QTableView *eventsTable() const { return m_events; }
    /// True until the quotes table holds the rows of the latest (re)load (read off the UI thread).
    bool quotesLoading() const;

Q_SIGNALS:
    void passageRequested(qint64 articleId, int start, int end);

private:
    void followSelection(qint64 eventId, qint64 quoteId);
    void quoteChosen(const QModelIndex &proxyIndex, bool open);

    Session &m_session;
    Selection &m_selection;
    QTableView *m_quotes = nullptr;
    QTableView *m_events = nullptr;
    QuoteTableModel *m_quoteModel = nullptr;
    QuoteFilterProxy *m_quoteProxy = nullptr;
    EventFilterProxy *m_eventProxy = nullptr;
    bool m_following = false;
};

} // namespace summit::gui
