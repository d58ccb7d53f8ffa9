#include "timeline/go_to_dialog.h"

#include "ingest/date_parsing.h"
#include "state/selection.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_focus.h"
#include "timeline/timeline_keys.h"
#include "timeline/timeline_view.h"

#include <QAction>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace summit::gui {

namespace {

/// The importer reads month names as news prints them ("Apr"); people type "apr" too.
QString capitalizeWords(const QString &text)
{
    QString out = text;
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter();
    }
    return out;
}

GoToTarget dateTarget(const QString &text)
{
    if (const QDate day = findFullDate(capitalizeWords(text)); day.isValid())
        return {0, day, day, {}};
    static const QRegularExpression monthYear(QStringLiteral("^([A-Za-z]+)\\.?,?\\s+(\\d{4})$"));
    static const QRegularExpression isoMonth(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    QDate first;
    if (const auto m = monthYear.match(text); m.hasMatch() && monthFromName(m.captured(1)))
        first = QDate(m.captured(2).toInt(), monthFromName(m.captured(1)), 1);
    else if (const auto m = isoMonth.match(text); m.hasMatch())
        first = QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if (first.isValid())
        return {0, first, first.addMonths(1).addDays(-1), {}};
    if (const auto m = year.match(text); m.hasMatch()) {
        const QDate jan(m.captured(1).toInt(), 1, 1);
        if (jan.isValid())
            return {0, jan, QDate(jan.year(), 12, 31), {}};
    }
    return {};
}

} // namespace

GoToTarget readGoToText(const QString &typed, const QVector<library::EventRecord> &events,
                        const QVector<int> &shown)
{
    const QString text = typed.simplified();
    if (text.isEmpty())
        return {0, {}, {}, QStringLiteral("Type a date or the title of an event.")};
    for (int i : shown)
        if (events.at(i).title.compare(text, Qt::CaseInsensitive) == 0)
            return {events.at(i).id, {}, {}, {}};
    if (GoToTarget date = dateTarget(text); date.isValid())
        return date;
    for (int i : shown) // shown is in time order: the earliest match wins
        if (events.at(i).title.contains(text, Qt::CaseInsensitive))
            return {events.at(i).id, {}, {}, {}};
    return {0, {}, {},
            QStringLiteral("“%1” is neither a date (like 2008-04-06, April 2008 or 6 Apr 2008) "
                           "nor part of the title of a shown event.")
                .arg(text)};
}

void goTo(TimelineView &view, Selection &selection, const GoToTarget &target)
{
    if (target.eventId) {
        view.zoomToEvent(target.eventId);
        selection.selectEvent(target.eventId); // opens it; the focus follows the selection
        view.focus()->setFocusedEvent(target.eventId);
        return;
    }
    if (!target.from.isValid())
        return;
    // A single day gets a month around it so its neighbours show; longer spans a little air.
    const double s = axisValue(target.from);
    const double t = axisValue(target.to) + kDayMs;
    const double pad = target.from == target.to ? 15 * kDayMs : (t - s) * 0.05;
    view.setVisibleRange(s - pad, t + pad);
    const auto &events = view.events();
    qint64 nearest = 0;
    double gap = 0;
    for (int i : view.shownEvents()) {
        const double a = axisValue(events.at(i).start);
        const double b = axisValue(events.at(i).end) + kDayMs;
        const double d = b < s ? s - b : (a > t ? a - t : 0); // 0 when it overlaps the range
        if (!nearest || d < gap) {
            nearest = events.at(i).id;
            gap = d;
        }
    }
    if (nearest)
        view.focus()->focusAndReveal(nearest);
}

GoToDialog::GoToDialog(TimelineView &view, Selection &selection, QWidget *parent)
    : QDialog(parent), m_view(view), m_selection(selection)
{
    setObjectName(QStringLiteral("goToDialog"));
    setWindowTitle(QStringLiteral("Go to Date or Event"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("goToField"));
    m_field->setAccessibleName(QStringLiteral("Date or event"));
    m_field->setPlaceholderText(QStringLiteral("2008-04-06, April 2008, 6 Apr 2008 or an event"));
    m_field->setMinimumWidth(360);
    QStringList titles;
    for (int i : view.shownEvents())
        if (!titles.contains(view.events().at(i).title))
            titles << view.events().at(i).title;
    auto *completer = new QCompleter(titles, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_field->setCompleter(completer);
    auto *label = new QLabel(QStringLiteral("&Date or event:"), this);
    label->setBuddy(m_field);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("goToError"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(QStringLiteral("&Go"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GoToDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GoToDialog::reject);
    connect(m_field, &QLineEdit::textEdited, m_error, &QLabel::hide);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void GoToDialog::accept()
{
    const GoToTarget target = readGoToText(m_field->text(), m_view.events(), m_view.shownEvents());
    if (!target.isValid()) {
        // Stay open with the reason, so the user can fix the text rather than retype it.
        m_error->setText(target.error);
        m_error->show();
        m_field->setFocus();
        return;
    }
    goTo(m_view, m_selection, target);
    QDialog::accept();
    m_view.setFocus(Qt::ShortcutFocusReason); // arrows continue from where Go to landed
}

QAction *createGoToAction(QWidget *window, TimelineView &view, Selection &selection)
{
    auto *action = new QAction(QIcon::fromTheme(QStringLiteral("go-jump")),
                               QStringLiteral("&Go to Date or Event…"), window);
    action->setObjectName(QStringLiteral("actionGoToDateOrEvent"));
    action->setShortcut(goToShortcut());
    QObject::connect(action, &QAction::triggered, window, [window, &view, &selection] {
        auto *dialog = new GoToDialog(view, selection, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return action;
}

} // namespace summit::gui
