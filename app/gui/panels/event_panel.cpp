#include "panels/event_panel.h"

#include "panels/html_delegate.h"
#include "panels/passage_roles.h"
#include "state/session.h"
#include "timeline/time_scale.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace summit::gui {

namespace {

QTreeWidget *makeTree(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setAccessibleName(headers.join(QStringLiteral(", ")));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(false);
    tree->setWordWrap(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(false);
    return tree;
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QWidget *section(QLabel *title, QWidget *body, QWidget *extra = nullptr)
{
    auto *w = new QWidget;
    auto *l = new QVBoxLayout(w);
    l->setContentsMargins(0, 4, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(title);
    row->addStretch();
    if (extra)
        row->addWidget(extra);
    l->addLayout(row);
    l->addWidget(body);
    return w;
}

QString dayText(QDate d)
{
    return d.isValid() ? QLocale::c().toString(d, QStringLiteral("d MMM yyyy")) : QString();
}

/// The user's own layer as header lines: who made or edited the event, star, tags, note.
QStringList userLines(const library::EventRecord &e)
{
    QStringList lines;
    QStringList marks;
    if (e.annotation.starred)
        marks << QStringLiteral("<span style='color:#b8860b'>★</span> <b>Starred</b>");
    if (e.isUserMade())
        marks << QStringLiteral("<i>made by you</i>");
    else if (e.isEditedByUser())
        marks << QStringLiteral("<i>edited by you</i>");
    if (!e.annotation.tags.isEmpty())
        marks << QStringLiteral("Tags: %1").arg(e.annotation.tags.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!marks.isEmpty())
        lines << marks.join(QStringLiteral(" · "));
    // The note keeps dark text on its light yellow in any colour scheme: a dark scheme's light
    // text on it could not be read.
    if (!e.annotation.note.isEmpty())
        lines << QStringLiteral("<span style='background:#fff6cc;color:#1a1a1a'>Your note: %1</span>")
                     .arg(e.annotation.note.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    return lines;
}

} // namespace

void EventPanel::setEventActions(const QList<QAction *> &actions)
{
    m_userBar->clear();
    m_userBar->addActions(actions);
    m_userBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_userBar->setVisible(!actions.isEmpty());
}

EventPanel::EventPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("eventPanel"));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("eventHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_header->setText(QStringLiteral("Select an event on the timeline or in the events table."));
    m_fragments = new QCheckBox(QStringLiteral("Show frag&ments"), this);
    m_fragments->setObjectName(QStringLiteral("showFragments"));
    m_fragments->setToolTip(QStringLiteral("Also list quotes of one to three words"));
    // One wrapped rich-text column reads better in a narrow dock than five cramped ones.
    m_quotes = makeTree(this, QStringLiteral("eventQuotes"),
                        {QStringLiteral("Quote"), QStringLiteral("Sources")});
    m_quotes->setItemDelegateForColumn(0, new HtmlDelegate(m_quotes));
    m_quotes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_quotes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_quotes->header(), &QHeaderView::sectionResized, m_quotes, &QTreeView::doItemsLayout);
    m_excerpts = makeTree(this, QStringLiteral("eventExcerpts"), {QStringLiteral("Excerpt")});
    m_excerpts->setRootIsDecorated(true);
    m_excerpts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_notes = makeTree(this, QStringLiteral("eventNotes"),
                       {QStringLiteral("Source says"), QStringLiteral("The record")});
    m_notes->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_quotesTitle = sectionTitle(this);
    m_excerptsTitle = sectionTitle(this);
    m_notesTitle = sectionTitle(this);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(section(m_quotesTitle, m_quotes, m_fragments));
    split->addWidget(section(m_excerptsTitle, m_excerpts));
    split->addWidget(section(m_notesTitle, m_notes));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_header);
    m_userBar = new QToolBar(this);
    m_userBar->setObjectName(QStringLiteral("eventUserBar"));
    m_userBar->hide();
    layout->addWidget(m_userBar);
    layout->addWidget(split, 1);

    connect(m_fragments, &QCheckBox::toggled, this, &EventPanel::refresh);
    for (QTreeWidget *tree : {m_quotes, m_excerpts, m_notes}) {
        connect(tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *i) { activate(i); });
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *i) { activate(i); });
    }
    connect(&m_session, &Session::dataReloaded, this, &EventPanel::refresh);
    refresh();
}

void EventPanel::showEvent(qint64 eventId)
{
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    refresh();
}

void EventPanel::refresh()
{
    m_quotes->clear();
    m_excerpts->clear();
    m_notes->clear();
    const auto detail = m_eventId ? m_session.library().eventDetail(m_eventId) : std::nullopt;
    if (!detail) {
        m_header->setText(QStringLiteral("Select an event on the timeline or in the events table."));
        m_quotesTitle->setText(QStringLiteral("Quotes"));
        m_excerptsTitle->setText(QStringLiteral("Excerpts"));
        m_notesTitle->setText(QStringLiteral("Notes"));
        return;
    }
    const auto &e = detail->event;
    QStringList lines;
    lines << QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(e.title.toHtmlEscaped());
    lines << QStringLiteral("<b>%1</b>%2")
                 .arg(dateExtentText(e.start, e.end, e.granularity).toHtmlEscaped(),
                      e.place.isEmpty() ? QString()
                                        : QStringLiteral(" · %1").arg(e.place.toHtmlEscaped()));
    if (!e.participants.isEmpty())
        lines << QStringLiteral("Participants: %1")
                     .arg(e.participants.join(QStringLiteral(", ")).toHtmlEscaped());
    // Reports and mentions apart, and copies of one story counted once: readers take these
    // numbers as evidence.
    if (e.reportCount == 0)
        lines << QStringLiteral("Not reported as news in this library");
    else
        lines << QStringLiteral("Reported by <b>%1</b> independent source%2%3%4")
                     .arg(e.sourceCount)
                     .arg(e.sourceCount == 1 ? QString() : QStringLiteral("s"))
                     .arg(e.sources.isEmpty() ? QString()
                                              : QStringLiteral(": ") + e.sources.join(QStringLiteral("; ")).toHtmlEscaped())
                     .arg(e.singleSource() ? QStringLiteral(" <i>(single source)</i>") : QString())
              + (e.reportCount > e.sourceCount
                     ? QStringLiteral(" · %1 articles").arg(e.reportCount)
                     : QString());
    if (e.mentionCount > 0)
        lines << QStringLiteral("Mentioned in passing by %1 more article%2")
                     .arg(e.mentionCount)
                     .arg(e.mentionCount == 1 ? QString() : QStringLiteral("s"));
    if (!e.summary.isEmpty())
        lines << QStringLiteral("<i>%1</i>").arg(e.summary.toHtmlEscaped());
    lines << userLines(e);
    m_header->setText(lines.join(QStringLiteral("<br>")));
    fillQuotes(*detail);
    fillExcerpts(*detail);
    fillNotes(*detail);
}

void EventPanel::fillQuotes(const library::EventDetail &detail)
{
    int shown = 0;
    for (const auto &q : detail.quotes) {
        if (q.fragment && !m_fragments->isChecked())
            continue;
        const int outlets = m_session.library().quoteCorroboration(q.text);
        const QString speaker = q.speaker.isEmpty() ? QStringLiteral("(unattributed)") : q.speaker;
        // The user's own layer: a star, the reviewed-speaker mark, tags and note.
        QString mine = q.annotation.starred ? QStringLiteral("<span style='color:#b8860b'>★</span> ") : QString();
        QString after;
        if (q.speakerByUser)
            after += QStringLiteral(" <i>(speaker reviewed by you)</i>");
        if (!q.annotation.tags.isEmpty())
            after += QStringLiteral("<br><small>Tags: %1</small>").arg(q.annotation.tags.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!q.annotation.note.isEmpty())
            after += QStringLiteral("<br><span style='background:#fff6cc;color:#1a1a1a'>Your note: %1</span>").arg(q.annotation.note.toHtmlEscaped());
        const QString words = QStringLiteral("“%1”").arg(q.text.simplified());
        const QString source = QStringLiteral("%1 · %2").arg(q.outlet, dayText(q.published));
        auto *item = new QTreeWidgetItem(
            m_quotes, {QStringLiteral("%1: %2 — %3").arg(speaker, words, source), QString::number(outlets)});
        item->setData(0, HtmlDelegate::kHtmlRole,
                      mine + QStringLiteral("<b>%1</b>%2: %3<br><small>%4</small>")
                          .arg(speaker.toHtmlEscaped(),
                               q.fragment ? QStringLiteral(" <i>(fragment)</i>") : QString(),
                               words.toHtmlEscaped(), source.toHtmlEscaped()) + after);
        item->setData(0, kSpeakerRole, speaker);
        item->setToolTip(0, q.text);
        item->setTextAlignment(1, Qt::AlignCenter);
        item->setToolTip(1, QStringLiteral("Independent sources whose text repeats these words (copies of one story count once)"));
        setPassage(item, q.articleId, q.start, q.end, q.id);
        ++shown;
    }
    m_quotesTitle->setText(QStringLiteral("Quotes (%1)").arg(shown));
    // A note or tags make a row taller than the one it replaced: measure the rows again once
    // the refreshed panel is laid out, or the row keeps its old height and its note lies
    // under the next quote.
    QTimer::singleShot(0, m_quotes, [tree = m_quotes] { tree->doItemsLayout(); });
}

namespace {
/// Evidence keys ("place:sochi", "happening:summit") as words for a tooltip.
QString evidenceText(const QStringList &evidence)
{
    QStringList words;
    for (const QString &e : evidence)
        words << QString(e).replace(u':', u' ').replace(u'+', u' ');
    return words.join(QStringLiteral(" · "));
}
} // namespace

void EventPanel::fillExcerpts(const library::EventDetail &detail)
{
    QTreeWidgetItem *group = nullptr;
    qint64 article = -1;
    for (const auto &x : detail.excerpts) {
        if (x.articleId != article) {
            article = x.articleId;
            group = new QTreeWidgetItem(m_excerpts, {QStringLiteral("%1 — %2, %3")
                                                         .arg(x.articleTitle, x.outlet,
                                                              dayText(x.published))});
            QFont f = group->font(0);
            f.setBold(true);
            group->setFont(0, f);
            group->setExpanded(true);
            // Why the article is here: it reports the event as news, or only mentions it.
            group->setToolTip(0, x.articleReports
                                     ? QStringLiteral("Reports this event as news (%1)")
                                           .arg(evidenceText(x.reportEvidence))
                                     : QStringLiteral("Mentions this event in passing"));
            setPassage(group, x.articleId, x.start, x.end, 0);
        }
        auto *item = new QTreeWidgetItem(group, {x.text});
        item->setToolTip(0, x.evidence.isEmpty() ? x.text
                                                 : x.text + QStringLiteral("\n\nLinked by: ") + evidenceText(x.evidence));
        setPassage(item, x.articleId, x.start, x.end, 0);
    }
    m_excerpts->expandAll();
    m_excerptsTitle->setText(QStringLiteral("Excerpts (%1)").arg(detail.excerpts.size()));
}

void EventPanel::fillNotes(const library::EventDetail &detail)
{
    for (const auto &n : detail.notes) {
        auto *item = new QTreeWidgetItem(
            m_notes, {QStringLiteral("%1: “%2”").arg(n.outlet, n.excerpt.simplified()), n.text});
        item->setToolTip(0, n.articleTitle);
        item->setToolTip(1, n.text);
        setPassage(item, n.articleId, n.start, n.end, 0);
    }
    m_notesTitle->setText(QStringLiteral("Notes where a source disagrees (%1)").arg(detail.notes.size()));
}

void EventPanel::activate(QTreeWidgetItem *item)
{
    const Passage p = passageOf(item);
    if (!p.articleId)
        return;
    if (p.quoteId)
        Q_EMIT quoteActivated(p.quoteId, m_eventId);
    Q_EMIT passageRequested(p.articleId, p.start, p.end);
}

} // namespace summit::gui
