#include "models/quote_table_model.h"

#include "models/quote_loader.h"
#include "models/record_roles.h"
#include "state/session.h"

#include <QLocale>

namespace summit::gui {

namespace {

/// The user's own layer in one cell: "★ tag, tag — note"; the tooltip adds a reviewed speaker.
QString mineText(const library::QuoteRecord &q, bool tooltip)
{
    QStringList parts;
    if (q.annotation.starred)
        parts << QStringLiteral("★");
    if (!q.annotation.tags.isEmpty())
        parts << q.annotation.tags.join(QStringLiteral(", "));
    if (!q.annotation.note.isEmpty())
        parts << (tooltip ? q.annotation.note : q.annotation.note.simplified());
    if (q.speakerByUser)
        parts << (tooltip ? QStringLiteral("Speaker set by you (found: %1)")
                                .arg(q.foundSpeaker.isEmpty() ? QStringLiteral("unknown") : q.foundSpeaker)
                          : QStringLiteral("speaker ✓"));
    return parts.join(tooltip ? QStringLiteral("\n") : QStringLiteral(" — "));
}

} // namespace

QuoteTableModel::QuoteTableModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session),
      m_loader(std::make_unique<QuoteLoader>(
          session.databasePath(), this,
          [this](quint64 token, QVector<library::QuoteRecord> quotes, const QString &error) {
              apply(token, std::move(quotes), error);
          }))
{
    connect(&m_session, &Session::dataReloaded, this, &QuoteTableModel::reload);
    reload();
}

QuoteTableModel::~QuoteTableModel() = default;

void QuoteTableModel::reload()
{
    // The session's connection is committed before dataReloaded, so the worker's own
    // connection reads what the UI thread sees.
    m_loading = true;
    m_loader->request(++m_token);
}

void QuoteTableModel::apply(quint64 token, QVector<library::QuoteRecord> quotes, const QString &error)
{
    if (token != m_token)
        return;
    beginResetModel();
    m_quotes = std::move(quotes);
    endResetModel();
    m_loading = false;
    Q_EMIT loaded(error);
}

int QuoteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_quotes.size());
}

int QuoteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto &q = m_quotes.at(index.row());
    if (role == IdRole)
        return q.id;
    if (role == EventIdRole)
        return q.eventId;
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Date:
            if (role == SortRole)
                return q.published;
            return q.published.isValid() ? QLocale::c().toString(q.published, QStringLiteral("yyyy-MM-dd"))
                                         : QString();
        case Speaker: return q.speaker.isEmpty() ? QStringLiteral("(unattributed)") : q.speaker;
        case Words:
            return role == Qt::DisplayRole ? QStringLiteral("“%1”").arg(q.text.simplified()) : q.text;
        case Event: return q.eventTitle;
        case Outlet: return q.outlet;
        case Mine: return mineText(q, role == Qt::ToolTipRole);
        }
    }
    return {};
}

QVariant QuoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *names[] = {"Date", "Speaker", "Words", "Event", "Outlet", "Yours"};
    return QString::fromLatin1(names[section]);
}

QuoteFilterProxy::QuoteFilterProxy(Session &session, QuoteTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_session(session), m_source(source)
{
    setSourceModel(source);
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(&m_session, &Session::filterChanged, this, [this] { invalidateFilter(); });
}

bool QuoteFilterProxy::filterAcceptsRow(int row, const QModelIndex &) const
{
    return m_session.filter().matchesQuote(m_source->quote(row));
}

} // namespace summit::gui
