#include "window/briefing_dialog.h"

#include "brief/brief_error.h"
#include "brief/briefing.h"
#include "state/selection.h"
#include "state/session.h"
#include "store/database.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>
#include <optional>

namespace summit::gui {

namespace {

/// Turns whatever the brief or the store threw into a sentence for the user.
QString plainReason(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const brief::BriefError &e) {
        return e.message();
    } catch (const StoreError &e) {
        return QStringLiteral("The library could not be read: %1").arg(e.message());
    } catch (const std::exception &e) {
        return QStringLiteral("Something unexpected went wrong: %1").arg(QString::fromUtf8(e.what()));
    }
    return QStringLiteral("Something unexpected went wrong.");
}

QString shortDate(QDate d)
{
    return QLocale(QLocale::English).toString(d, QStringLiteral("d MMM yyyy"));
}

} // namespace

BriefingDialog::BriefingDialog(Session &session, const Selection &selection, QDate visibleFrom,
                               QDate visibleTo, QWidget *parent)
    : QDialog(parent), m_session(session), m_from(visibleFrom), m_to(visibleTo)
{
    setObjectName(QStringLiteral("briefingDialog"));
    setWindowTitle(QStringLiteral("Export Briefing"));

    // "Selected events": the one picked on the timeline, plus whatever the search lit up.
    QStringList selectedTitles;
    auto addEvent = [&](qint64 id) {
        if (const auto *e = session.eventById(id); e && !m_selectedSlugs.contains(e->slug)) {
            m_selectedSlugs << e->slug;
            selectedTitles << e->title;
        }
    };
    addEvent(selection.eventId());
    for (qint64 id : session.highlightedEvents())
        addEvent(id);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("briefingTitle"));
    m_title->setPlaceholderText(brief::BriefRequest{}.effectiveTitle());

    m_byRange = new QRadioButton(
        QStringLiteral("Visible date range (%1 – %2)").arg(shortDate(m_from), shortDate(m_to)), this);
    m_byRange->setObjectName(QStringLiteral("briefingScopeRange"));
    m_bySelection = new QRadioButton(this);
    m_bySelection->setObjectName(QStringLiteral("briefingScopeSelection"));
    if (m_selectedSlugs.isEmpty()) {
        m_bySelection->setText(QStringLiteral("Selected events (select one on the timeline or search first)"));
        m_bySelection->setEnabled(false);
    } else if (m_selectedSlugs.size() == 1) {
        m_bySelection->setText(QStringLiteral("Selected event: %1").arg(selectedTitles.first()));
    } else {
        m_bySelection->setText(QStringLiteral("Selected and searched events (%1)").arg(m_selectedSlugs.size()));
        m_bySelection->setToolTip(selectedTitles.join(QLatin1Char('\n')));
    }
    m_byTopics = new QRadioButton(QStringLiteral("Events on these topics:"), this);
    m_byTopics->setObjectName(QStringLiteral("briefingScopeTopics"));
    auto *scope = new QButtonGroup(this);
    for (QRadioButton *b : {m_byRange, m_bySelection, m_byTopics})
        scope->addButton(b);

    m_topics = new QListWidget(this);
    m_topics->setObjectName(QStringLiteral("briefingTopics"));
    m_topics->setMaximumHeight(120);
    const QString filterTopic = session.filter().topic;
    for (const QString &key : session.library().topics()) {
        auto *item = new QListWidgetItem(key, m_topics);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(key == filterTopic ? Qt::Checked : Qt::Unchecked);
    }
    (filterTopic.isEmpty() ? m_byRange : m_byTopics)->setChecked(true);

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("briefingPaper"));
    m_paper->addItem(QStringLiteral("A4"), int(brief::Paper::A4));
    m_paper->addItem(QStringLiteral("US Letter"), int(brief::Paper::Letter));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_paper->setCurrentIndex(1);

    // The analyst's notes and stars go in when there are any; the box takes them out.
    bool anyNotes = false;
    for (const library::AnnotatedItem &item : session.library().annotatedItems())
        anyNotes = anyNotes || item.annotation.starred || !item.annotation.note.trimmed().isEmpty();
    m_notes = new QCheckBox(anyNotes ? QStringLiteral("Include my &notes and starred items")
                                     : QStringLiteral("Include my &notes and starred items (none yet)"),
                            this);
    m_notes->setObjectName(QStringLiteral("briefingNotes"));
    m_notes->setToolTip(QStringLiteral("Printed beside the events and quotes they are about, marked as your words, "
                                       "and listed in a section of their own; starred quotes are preferred as key quotes."));
    m_notes->setChecked(anyNotes);
    m_notes->setEnabled(anyNotes);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("briefingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_preview = buttons->addButton(QStringLiteral("&Preview…"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("briefingPreview"));
    m_export = buttons->addButton(QStringLiteral("&Export PDF…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("briefingExport"));
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &BriefingDialog::preview);
    connect(m_export, &QPushButton::clicked, this, &BriefingDialog::chooseFileAndExport);
    connect(scope, &QButtonGroup::buttonToggled, this, &BriefingDialog::updateState);
    connect(m_topics, &QListWidget::itemChanged, this, &BriefingDialog::updateState);

    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Title:"), m_title);
    auto *scopeBox = new QVBoxLayout;
    scopeBox->addWidget(m_byRange);
    scopeBox->addWidget(m_bySelection);
    scopeBox->addWidget(m_byTopics);
    scopeBox->addWidget(m_topics);
    form->addRow(QStringLiteral("Covers:"), scopeBox);
    form->addRow(QStringLiteral("&Paper:"), m_paper);
    form->addRow(QString(), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    updateState();
}

brief::BriefRequest BriefingDialog::request() const
{
    brief::BriefRequest r;
    r.title = m_title->text().trimmed();
    r.paper = brief::Paper(m_paper->currentData().toInt());
    r.includeNotes = m_notes->isChecked();
    if (m_byRange->isChecked()) {
        r.from = m_from;
        r.to = m_to;
    } else if (m_bySelection->isChecked()) {
        r.eventSlugs = m_selectedSlugs;
    } else {
        for (int i = 0; i < m_topics->count(); ++i)
            if (m_topics->item(i)->checkState() == Qt::Checked)
                r.topics << m_topics->item(i)->text();
    }
    return r;
}

void BriefingDialog::updateState()
{
    m_topics->setEnabled(m_byTopics->isChecked());
    const bool ready = !m_byTopics->isChecked() || !request().topics.isEmpty();
    m_preview->setEnabled(ready);
    m_export->setEnabled(ready);
    m_status->setText(ready ? QString() : QStringLiteral("Tick at least one topic."));
}

void BriefingDialog::showError(const QString &message)
{
    m_status->setText(QStringLiteral("<b>The briefing was not written.</b> %1").arg(message.toHtmlEscaped()));
}

QString BriefingDialog::statusText() const
{
    return m_status->text();
}

bool BriefingDialog::exportTo(const QString &path)
{
    const brief::BriefRequest req = request();
    const QString dbPath = m_session.databasePath();
    std::exception_ptr error;
    // Its own connection: SQLite connections stay on the thread that opened them.
    QThread *worker = QThread::create([&] {
        try {
            Database db(dbPath);
            brief::writeBriefing(db, req, path);
        } catch (...) {
            error = std::current_exception();
        }
    });
    QEventLoop wait;
    connect(worker, &QThread::finished, &wait, &QEventLoop::quit);
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    worker->start();
    if (!worker->isFinished())
        wait.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    if (error) {
        showError(plainReason(error));
        return false;
    }
    m_status->setText(QStringLiteral("Saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void BriefingDialog::chooseFileAndExport()
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, QStringLiteral("Export Briefing"),
                                                      docs + QStringLiteral("/summitline-briefing.pdf"),
                                                      QStringLiteral("PDF (*.pdf)"));
    if (!path.isEmpty() && exportTo(path))
        accept();
}

void BriefingDialog::preview()
{
    std::optional<brief::Briefing> briefing;
    try {
        briefing = brief::buildBriefing(m_session.database(), request());
    } catch (...) {
        showError(plainReason(std::current_exception()));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(QStringLiteral("Briefing Preview"));
    dialog.resize(900, 1000);
    // The preview paints the same document the PDF export writes.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&](QPrinter *p) { briefing->render(*p); });
    dialog.exec();
}

void exportBriefing(Session &session, const Selection &selection, QDate visibleFrom,
                    QDate visibleTo, QWidget *parent)
{
    BriefingDialog dialog(session, selection, visibleFrom, visibleTo, parent);
    dialog.exec();
}

} // namespace summit::gui
