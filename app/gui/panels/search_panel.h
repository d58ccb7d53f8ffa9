#pragma once

#include "library/records.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace summit::gui {

class SearchWorker;
class Session;

/// Search as you type: debounced, run off the UI thread, newest request wins. Hits list with
/// snippets; the events they touch are highlighted on the timeline through the session.
class SearchPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(Session &session, QWidget *parent = nullptr);
    ~SearchPanel() override;

    QLineEdit *field() const { return m_field; }
    QListWidget *results() const { return m_results; }
    /// Bumped for every answer that is shown (tests wait on it).
    int answersShown() const { return m_answers; }

Q_SIGNALS:
    void passageRequested(qint64 articleId, int start, int end);

private:
    void schedule();
    void start();
    void show(quint64 token, const library::SearchResult &result, const QString &error);
    void activate(QListWidgetItem *item);

    Session &m_session;
    QLineEdit *m_field = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
    std::unique_ptr<SearchWorker> m_worker;
    quint64 m_token = 0;
    int m_answers = 0;
};

} // namespace summit::gui
