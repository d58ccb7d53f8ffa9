#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace summit::gui {

class FittingLabel;
class Session;

/// Speaker, topic, outlet and date range. The state lives in the session's LibraryFilter;
/// this bar only edits it and shows it, with one button to clear everything.
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(Session &session, QWidget *parent = nullptr);

    QComboBox *speakerBox() const { return m_speaker; }
    QComboBox *topicBox() const { return m_topic; }
    QComboBox *outletBox() const { return m_outlet; }
    QToolButton *clearButton() const { return m_clear; }

private:
    void reloadChoices();
    void syncFromSession();
    void pushToSession();

    Session &m_session;
    QComboBox *m_speaker = nullptr;
    QComboBox *m_topic = nullptr;
    QComboBox *m_outlet = nullptr;
    QCheckBox *m_starred = nullptr; ///< the user's own layer: starred only
    QComboBox *m_tag = nullptr;     ///< and one of the user's tags
    QCheckBox *m_dates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    FittingLabel *m_summary = nullptr;
    QToolButton *m_clear = nullptr;
    bool m_syncing = false;
};

} // namespace summit::gui
