#include "edit/speaker_review_dialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace summit::gui {

namespace {

QString nameOrUnknown(const QString &name)
{
    return name.isEmpty() ? QStringLiteral("(unknown)") : name;
}

} // namespace

SpeakerReviewDialog::SpeakerReviewDialog(const library::QuoteRecord &quote,
                                         const QVector<library::SpeakerCorrection> &trail, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("speakerReviewDialog"));
    setWindowTitle(QStringLiteral("Review Speaker"));
    auto *layout = new QVBoxLayout(this);
    auto *words = new QLabel(QStringLiteral("“%1”").arg(quote.text.simplified().toHtmlEscaped()), this);
    words->setWordWrap(true);
    layout->addWidget(words);
    m_choices = new QButtonGroup(this);
    auto addChoice = [&](const QString &label, const QString &name, const QString &objectName) {
        auto *button = new QRadioButton(label, this);
        button->setObjectName(objectName);
        m_choices->addButton(button, int(m_names.size()));
        m_names << name;
        layout->addWidget(button);
        return button;
    };
    const QString current = quote.speakerByUser && !quote.foundSpeaker.isEmpty()
                                ? QStringLiteral(" (found: %1)").arg(quote.foundSpeaker)
                                : QString();
    addChoice(QStringLiteral("Accept %1%2").arg(nameOrUnknown(quote.speaker), current), quote.speaker,
              QStringLiteral("speakerAccept"))
        ->setChecked(true);
    int i = 0;
    for (const summit::SpeakerAlternative &alt : quote.alternatives) {
        if (alt.speaker == quote.speaker)
            continue;
        addChoice(QStringLiteral("%1 (considered, %2%)").arg(nameOrUnknown(alt.speaker)).arg(qRound(alt.confidence * 100)),
                  alt.speaker, QStringLiteral("speakerAlternative%1").arg(i++));
    }
    if (!quote.speaker.isEmpty())
        addChoice(QStringLiteral("Unknown speaker"), QString(), QStringLiteral("speakerUnknown"));
    addChoice(QStringLiteral("Another speaker:"), QString(), QStringLiteral("speakerOther"));
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("speakerTyped"));
    m_typed->setPlaceholderText(QStringLiteral("Name as it should appear, e.g. Sergey Lavrov"));
    layout->addWidget(m_typed);

    if (!trail.isEmpty()) {
        QStringList lines;
        for (const library::SpeakerCorrection &c : trail)
            lines << QStringLiteral("%1 — %2: %3 → %4%5")
                         .arg(QLocale::c().toString(c.changedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                              c.changedBy.toHtmlEscaped(), nameOrUnknown(c.oldSpeaker).toHtmlEscaped(),
                              nameOrUnknown(c.newSpeaker).toHtmlEscaped(),
                              c.undone ? QStringLiteral(" <i>(undone)</i>") : QString());
        auto *history = new QLabel(QStringLiteral("<b>Review history</b><br>") + lines.join(QStringLiteral("<br>")), this);
        history->setObjectName(QStringLiteral("speakerHistory"));
        history->setWordWrap(true);
        layout->addWidget(history);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_choices, &QButtonGroup::idToggled, this, &SpeakerReviewDialog::check);
    connect(m_typed, &QLineEdit::textChanged, this, [this] {
        if (!m_typed->text().isEmpty())
            m_choices->button(int(m_names.size()) - 1)->setChecked(true);
        check();
    });
    check();
    resize(480, sizeHint().height());
}

QString SpeakerReviewDialog::speaker() const
{
    const int id = m_choices->checkedId();
    if (id == int(m_names.size()) - 1)
        return m_typed->text().simplified();
    return m_names.value(id);
}

void SpeakerReviewDialog::check()
{
    // "Another speaker" needs a name; the other choices are complete as they are.
    const bool other = m_choices->checkedId() == int(m_names.size()) - 1;
    m_ok->setEnabled(!other || !m_typed->text().simplified().isEmpty());
}

} // namespace summit::gui
