#pragma once

#include "ingest/importer.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace summit::gui {

class ImportJob;
class Session;

/// File → Import and drag-and-drop: runs an ImportJob with a progress dialog and Cancel,
/// shows per-file results, then reloads the session so the timeline grows.
class ImportController final : public QObject
{
    Q_OBJECT
public:
    ImportController(Session &session, QWidget *window);
    ~ImportController() override;

    void importPaths(const QStringList &paths);
    void chooseFiles();
    void chooseFolder();
    bool isBusy() const { return m_job != nullptr; }
    /// When false (tests), results go to lastResults() without a modal dialog.
    void setShowResults(bool show) { m_showResults = show; }
    const QVector<FileResult> &lastResults() const { return m_last; }

Q_SIGNALS:
    void importFinished(int imported);

private:
    void finish(const QVector<FileResult> &results, const QString &error);

    Session &m_session;
    QWidget *m_window;
    ImportJob *m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
    QVector<FileResult> m_last;
    bool m_showResults = true;
    bool m_inProgressUpdate = false; ///< inside QProgressDialog::setValue (it spins the event loop)
};

} // namespace summit::gui
