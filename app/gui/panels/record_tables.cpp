#include "panels/record_tables.h"

#include "models/event_table_model.h"
#include "models/quote_table_model.h"
#include "models/record_roles.h"
#include "state/selection.h"
#include "state/session.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace summit::gui {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setSortingEnabled(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::ExtendedSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setHighlightSections(false);
    t->setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    return t;
}

} // namespace

RecordTables::RecordTables(Session &session, Selection &selection, QWidget *parent)
    : QTabWidget(parent), m_session(session), m_selection(selection)
{
    setObjectName(QStringLiteral("recordTables"));
    m_quotes = makeTable(this, QStringLiteral("quotesTable"), QStringLiteral("Quotes table"));
    m_events = makeTable(this, QStringLiteral("eventsTable"), QStringLiteral("Events table"));
    // Rows the filter hides hand the table's current row on to a neighbour. Nobody chose that
    // row, so while the proxies refilter, a moving current row selects (and opens) nothing.
    connect(&session, &Session::filterChanged, this, [this] { m_following = true; });
    m_quoteModel = new QuoteTableModel(session, this);
    m_quoteProxy = new QuoteFilterProxy(session, m_quoteModel, this);
    m_quotes->setModel(m_quoteProxy);
    m_quotes->sortByColumn(QuoteTableModel::Date, Qt::AscendingOrder);
    m_quotes->horizontalHeader()->setSectionResizeMode(QuoteTableModel::Words, QHeaderView::Stretch);
    auto *eventModel = new EventTableModel(session, this);
    m_eventProxy = new EventFilterProxy(session, eventModel, this);
    m_events->setModel(m_eventProxy);
    connect(&session, &Session::filterChanged, this, [this] { m_following = false; });
    m_events->sortByColumn(EventTableModel::Date, Qt::AscendingOrder);
    m_events->horizontalHeader()->setSectionResizeMode(EventTableModel::Title, QHeaderView::Stretch);
    addTab(m_quotes, QStringLiteral("&Quotes"));
    addTab(m_events, QStringLiteral("E&vents"));
    auto fitColumns = [](QTableView *t) {
        t->resizeColumnsToContents();
        for (int c = 0; c < t->model()->columnCount(); ++c)
            t->setColumnWidth(c, std::min(t->columnWidth(c), 260));
    };
    connect(&m_session, &Session::dataReloaded, this, [this, fitColumns] { fitColumns(m_events); });
    fitColumns(m_events);
    // The quotes arrive from a worker after the window shows: the tab says so until then, and
    // the rows take the shared selection made in the meantime.
    auto showLoading = [this] {
        setTabText(indexOf(m_quotes), QStringLiteral("&Quotes (loading…)"));
    };
    connect(&m_session, &Session::dataReloaded, this, showLoading);
    showLoading();
    connect(m_quoteModel, &QuoteTableModel::loaded, this, [this, fitColumns](const QString &error) {
        const int tab = indexOf(m_quotes);
        setTabText(tab, error.isEmpty() ? QStringLiteral("&Quotes") : QStringLiteral("&Quotes (could not be read)"));
        setTabToolTip(tab, error);
        fitColumns(m_quotes);
        followSelection(m_selection.eventId(), m_selection.quoteId());
    });

    connect(m_events->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_following && current.isValid())
                    m_selection.selectEvent(current.data(IdRole).toLongLong());
            });
    connect(m_quotes->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { quoteChosen(current, false); });
    connect(m_quotes, &QTableView::activated, this,
            [this](const QModelIndex &index) { quoteChosen(index, true); });
    connect(m_quotes, &QTableView::clicked, this,
            [this](const QModelIndex &index) { quoteChosen(index, true); });
    connect(&m_selection, &Selection::changed, this, &RecordTables::followSelection);
}

bool RecordTables::quotesLoading() const
{
    return m_quoteModel->isLoading();
}

void RecordTables::quoteChosen(const QModelIndex &proxyIndex, bool open)
{
    if (m_following || !proxyIndex.isValid())
        return;
    const QModelIndex source = m_quoteProxy->mapToSource(proxyIndex);
    const auto &q = m_quoteModel->quote(source.row());
    m_selection.selectQuote(q.id, q.eventId);
    if (open)
        Q_EMIT passageRequested(q.articleId, q.start, q.end);
}

void RecordTables::followSelection(qint64 eventId, qint64 quoteId)
{
    m_following = true;
    // Events table: the selected event's row.
    QItemSelection eventRows;
    QModelIndex eventCurrent;
    for (int r = 0; r < m_eventProxy->rowCount(); ++r) {
        const QModelIndex i = m_eventProxy->index(r, 0);
        if (i.data(IdRole).toLongLong() == eventId) {
            eventRows.select(i, m_eventProxy->index(r, EventTableModel::ColumnCount - 1));
            eventCurrent = i;
        }
    }
    auto *es = m_events->selectionModel();
    es->select(eventRows, QItemSelectionModel::ClearAndSelect);
    if (eventCurrent.isValid()) {
        es->setCurrentIndex(eventCurrent, QItemSelectionModel::NoUpdate);
        m_events->scrollTo(eventCurrent);
    }
    // Quotes table: the one quote, or every quote of the event.
    QItemSelection quoteRows;
    QModelIndex quoteFirst;
    for (int r = 0; r < m_quoteProxy->rowCount(); ++r) {
        const QModelIndex i = m_quoteProxy->index(r, 0);
        const bool match = quoteId ? i.data(IdRole).toLongLong() == quoteId
                                   : (eventId && i.data(EventIdRole).toLongLong() == eventId);
        if (match) {
            quoteRows.select(i, m_quoteProxy->index(r, QuoteTableModel::ColumnCount - 1));
            if (!quoteFirst.isValid())
                quoteFirst = i;
        }
    }
    auto *qs = m_quotes->selectionModel();
    qs->select(quoteRows, QItemSelectionModel::ClearAndSelect);
    if (quoteFirst.isValid()) {
        qs->setCurrentIndex(quoteFirst, QItemSelectionModel::NoUpdate);
        m_quotes->scrollTo(quoteFirst);
    }
    m_following = false;
}

} // namespace summit::gui
