#pragma once

#include <QLabel>
#include <QStringList>

namespace summit::gui {

/// A one-line label for a row that may be narrower than its text (a laptop screen, 1.5x
/// scaling): it shows the first whole parts that fit and a "…" for the rest, and only when
/// not even the first part fits does it cut that part, also with a "…". Never a word sliced
/// at the edge with no sign that something is missing.
class FittingLabel final : public QLabel
{
public:
    explicit FittingLabel(QWidget *parent = nullptr);

    /// The parts to show, in order, and what goes between two of them.
    void setParts(const QStringList &parts, const QString &separator = QStringLiteral(" · "));
    /// Everything, as it reads when there is room.
    QString wholeText() const { return m_parts.join(m_separator); }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fit();

    QStringList m_parts;
    QString m_separator;
};

} // namespace summit::gui
