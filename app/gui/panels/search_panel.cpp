#include "panels/search_panel.h"

#include "panels/html_delegate.h"
#include "panels/search_worker.h"
#include "state/session.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace summit::gui {

namespace {

constexpr int kArticleRole = Qt::UserRole + 1;
constexpr int kStartRole = Qt::UserRole + 2;
constexpr int kEndRole = Qt::UserRole + 3;

QString snippetHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(library::kMatchOpen, QStringLiteral("<b><u>"));
    html.replace(library::kMatchClose, QStringLiteral("</u></b>"));
    return html;
}

QString plain(const QString &snippet)
{
    QString s = snippet;
    return s.remove(library::kMatchOpen).remove(library::kMatchClose);
}

} // namespace

SearchPanel::SearchPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("searchPanel"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setAccessibleName(QStringLiteral("Search text"));
    m_field->setPlaceholderText(QStringLiteral("Search all articles…"));
    m_field->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(QStringLiteral("Search results"));
    m_results->setItemDelegate(new HtmlDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setResizeMode(QListView::Adjust); // re-wrap snippets when the dock resizes
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setAlternatingRowColors(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::schedule);
    connect(m_field, &QLineEdit::returnPressed, this, &SearchPanel::start);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::start);
    connect(&m_session, &Session::filterChanged, this, &SearchPanel::schedule);
    connect(&m_session, &Session::dataReloaded, this, &SearchPanel::schedule);
    connect(m_results, &QListWidget::itemActivated, this, &SearchPanel::activate);
    connect(m_results, &QListWidget::itemClicked, this, &SearchPanel::activate);
    m_worker = std::make_unique<SearchWorker>(
        session.databasePath(), this,
        [this](quint64 token, const library::SearchResult &r, const QString &e) { show(token, r, e); });
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::schedule()
{
    m_debounce->start();
}

void SearchPanel::start()
{
    m_debounce->stop();
    const QString text = m_field->text();
    ++m_token;
    if (text.trimmed().isEmpty()) {
        m_results->clear();
        m_status->clear();
        m_session.setHighlightedEvents({});
        return;
    }
    m_status->setText(QStringLiteral("Searching…"));
    m_worker->request(m_token, text, m_session.filter());
}

void SearchPanel::show(quint64 token, const library::SearchResult &result, const QString &error)
{
    if (token != m_token)
        return; // a newer request is on its way
    ++m_answers;
    m_results->clear();
    if (!error.isEmpty()) {
        m_status->setText(QStringLiteral("Search failed: %1").arg(error));
        return;
    }
    // The user's own notes first: they are what the user wrote to find again.
    for (const library::AnnotatedItem &n : result.noteHits) {
        const QString what = n.annotation.note.isEmpty() ? n.annotation.tags.join(QStringLiteral(", ")) : n.annotation.note;
        auto *item = new QListWidgetItem(QStringLiteral("Your note: %1 — %2").arg(what, n.title));
        item->setData(HtmlDelegate::kHtmlRole, QStringLiteral("<b>Your note:</b> %1<br><small><i>on %2 “%3”</i></small>")
                                                   .arg(what.toHtmlEscaped(), n.target.kindName(),
                                                        n.title.simplified().toHtmlEscaped()));
        item->setData(kArticleRole, n.target.articleId); // 0 for an event: highlighted on the timeline
        item->setData(kStartRole, std::max(0, n.target.start));
        item->setData(kEndRole, std::max(0, n.target.end));
        m_results->addItem(item);
    }
    for (const auto &hit : result.hits) {
        const QString where = QStringLiteral("%1 · %2")
                                  .arg(hit.outlet, hit.published.isValid()
                                                       ? QLocale::c().toString(hit.published, QStringLiteral("d MMM yyyy"))
                                                       : QStringLiteral("undated"));
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(plain(hit.snippet), where));
        item->setData(HtmlDelegate::kHtmlRole,
                      QStringLiteral("%1<br><small><i>%2 — %3</i></small>")
                          .arg(snippetHtml(hit.snippet), hit.articleTitle.toHtmlEscaped(),
                               where.toHtmlEscaped()));
        item->setData(kArticleRole, hit.articleId);
        item->setData(kStartRole, hit.start);
        item->setData(kEndRole, hit.end);
        m_results->addItem(item);
    }
    m_status->setText(QStringLiteral("%1 matching sentence%2 · %3 event%4 highlighted")
                          .arg(result.hits.size())
                          .arg(result.hits.size() == 1 ? QString() : QStringLiteral("s"))
                          .arg(result.eventIds.size())
                          .arg(result.eventIds.size() == 1 ? QString() : QStringLiteral("s"))
                      + (result.incomplete ? QStringLiteral(" · search stopped early; refine the words") : QString()));
    m_session.setHighlightedEvents(QSet<qint64>(result.eventIds.begin(), result.eventIds.end()));
}

void SearchPanel::activate(QListWidgetItem *item)
{
    if (!item || item->data(kArticleRole).toLongLong() == 0)
        return;
    Q_EMIT passageRequested(item->data(kArticleRole).toLongLong(), item->data(kStartRole).toInt(),
                            item->data(kEndRole).toInt());
}

} // namespace summit::gui
