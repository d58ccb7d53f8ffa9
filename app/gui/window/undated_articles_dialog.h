#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace summit::gui {

class Session;

/// The articles that need a date: the importer found none it could trust (a wrong date is
/// worse than none), so they are off the timeline until the user gives one. Lists them from
/// the library, refreshes on every data change, and asks the window to edit one.
class UndatedArticlesDialog final : public QDialog
{
    Q_OBJECT
public:
    UndatedArticlesDialog(Session &session, QWidget *parent = nullptr);

    /// Rows shown now (for tests and the status line).
    int rowCount() const;

Q_SIGNALS:
    void editRequested(qint64 articleId);

private:
    void refresh();
    void requestEdit();

    Session &m_session;
    QLabel *m_summary = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_edit = nullptr;
};

} // namespace summit::gui
