#include "panels/filter_bar.h"

#include "state/session.h"
#include "window/fitting_label.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace summit::gui {

namespace {

QComboBox *makeBox(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    return box;
}

void fill(QComboBox *box, const QString &anyText, const QStringList &values, const QString &keep)
{
    box->clear();
    box->addItem(anyText, QString());
    for (const QString &v : values)
        box->addItem(v, v);
    const int at = box->findData(keep);
    box->setCurrentIndex(at < 0 ? 0 : at);
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

FilterBar::FilterBar(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("filterBar"));
    m_speaker = makeBox(this, QStringLiteral("filterSpeaker"), QStringLiteral("Speaker filter"));
    m_topic = makeBox(this, QStringLiteral("filterTopic"), QStringLiteral("Topic filter"));
    m_outlet = makeBox(this, QStringLiteral("filterOutlet"), QStringLiteral("Outlet filter"));
    m_starred = new QCheckBox(QStringLiteral("Sta&rred"), this);
    m_starred->setObjectName(QStringLiteral("filterStarred"));
    m_starred->setToolTip(QStringLiteral("Only events and quotes you starred"));
    m_tag = makeBox(this, QStringLiteral("filterTag"), QStringLiteral("Tag filter"));
    m_tag->setMinimumContentsLength(5); // tags are short words; the row must fit a laptop screen
    m_dates = new QCheckBox(QStringLiteral("&Dates"), this);
    m_dates->setObjectName(QStringLiteral("filterDates"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        d->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_from->setAccessibleName(QStringLiteral("From date"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_to->setAccessibleName(QStringLiteral("To date"));
    // The summary may be long; it takes the room left and ends in "…" (its tooltip has it all).
    m_summary = new FittingLabel(this);
    m_summary->setObjectName(QStringLiteral("filterSummary"));
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("filterClear"));
    m_clear->setText(QStringLiteral("Clear filters"));
    m_clear->setAccessibleName(QStringLiteral("Clear filters"));
    m_clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    // Two short rows rather than one long one, so the window fits narrow screens.
    auto *l = new QGridLayout(this);
    l->setContentsMargins(6, 2, 6, 2);
    l->setVerticalSpacing(2);
    auto *choices = new QHBoxLayout;
    choices->addWidget(buddyLabel(QStringLiteral("&Speaker:"), m_speaker, this));
    choices->addWidget(m_speaker, 1);
    choices->addWidget(buddyLabel(QStringLiteral("&Topic:"), m_topic, this));
    choices->addWidget(m_topic, 1);
    choices->addWidget(buddyLabel(QStringLiteral("&Outlet:"), m_outlet, this));
    choices->addWidget(m_outlet, 1);
    choices->addWidget(m_starred);
    // The tag list shares the second row: a fourth list in the first made the bar wider than a
    // 1366-pixel screen (or a 1066-pixel window) leaves it.
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_dates);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    dates->addWidget(buddyLabel(QStringLiteral("T&ag:"), m_tag, this));
    dates->addWidget(m_tag);
    dates->addWidget(m_clear);
    dates->addWidget(m_summary, 1);
    l->addLayout(choices, 0, 0);
    l->addLayout(dates, 1, 0);
    connect(m_starred, &QCheckBox::toggled, this, &FilterBar::pushToSession);
    for (QComboBox *box : {m_speaker, m_topic, m_outlet, m_tag})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::pushToSession);
    connect(m_dates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        pushToSession();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::pushToSession);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::pushToSession);
    connect(m_clear, &QToolButton::clicked, this, [this] { m_session.setFilter({}); });
    connect(&m_session, &Session::dataReloaded, this, &FilterBar::reloadChoices);
    connect(&m_session, &Session::filterChanged, this, &FilterBar::syncFromSession);
    reloadChoices();
}

void FilterBar::reloadChoices()
{
    m_syncing = true;
    const auto &f = m_session.filter();
    auto &lib = m_session.library();
    fill(m_speaker, QStringLiteral("Any speaker"), lib.speakers(), f.speaker);
    fill(m_topic, QStringLiteral("Any topic"), lib.topics(), f.topic);
    fill(m_outlet, QStringLiteral("Any outlet"), lib.outlets(), f.outlet);
    fill(m_tag, QStringLiteral("Any tag"), lib.tags(), f.tag);
    const auto &events = m_session.events();
    if (!events.isEmpty() && !f.from.isValid()) {
        m_from->setDate(events.first().start);
        m_to->setDate(events.last().end);
    }
    m_syncing = false;
    syncFromSession();
}

void FilterBar::syncFromSession()
{
    m_syncing = true;
    const auto &f = m_session.filter();
    auto select = [](QComboBox *box, const QString &value) {
        const int at = box->findData(value);
        box->setCurrentIndex(at < 0 ? 0 : at);
    };
    select(m_speaker, f.speaker);
    select(m_topic, f.topic);
    select(m_outlet, f.outlet);
    select(m_tag, f.tag);
    m_starred->setChecked(f.starredOnly);
    const bool dated = f.from.isValid() || f.to.isValid();
    m_dates->setChecked(dated);
    m_from->setEnabled(dated);
    m_to->setEnabled(dated);
    if (f.from.isValid())
        m_from->setDate(f.from);
    if (f.to.isValid())
        m_to->setDate(f.to);
    const QString text = f.describe();
    m_summary->setToolTip(text);
    if (text.isEmpty())
        m_summary->setParts({QStringLiteral("No filter"), QStringLiteral("showing everything")}, QStringLiteral(": "));
    else
        m_summary->setParts((QStringLiteral("Filtered: ") + text).split(QStringLiteral(" · ")));
    m_clear->setEnabled(!f.isEmpty());
    m_syncing = false;
}

void FilterBar::pushToSession()
{
    if (m_syncing)
        return;
    library::LibraryFilter f;
    f.speaker = m_speaker->currentData().toString();
    f.topic = m_topic->currentData().toString();
    f.outlet = m_outlet->currentData().toString();
    f.tag = m_tag->currentData().toString();
    f.starredOnly = m_starred->isChecked();
    if (m_dates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    m_session.setFilter(f);
}

} // namespace summit::gui
