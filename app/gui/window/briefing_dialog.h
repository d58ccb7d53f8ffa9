#pragma once

#include "brief/brief_request.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace summit::gui {

class Session;
class Selection;

/// File → Export Briefing…: the user picks what the briefing covers (the visible date range,
/// the selected or searched events, or topics), its title and paper, previews it, and writes
/// the PDF. The file is written by a worker thread with its own database connection, so the
/// window stays responsive; failures are shown in the dialog in plain words.
class BriefingDialog final : public QDialog
{
    Q_OBJECT
public:
    BriefingDialog(Session &session, const Selection &selection, QDate visibleFrom,
                   QDate visibleTo, QWidget *parent = nullptr);

    /// The request the dialog's choices describe.
    brief::BriefRequest request() const;
    /// Writes the briefing to path off the UI thread and waits for it (events keep flowing).
    /// Returns false and shows the reason when it fails.
    bool exportTo(const QString &path);
    /// The last message shown under the choices (an error, or where the file went).
    QString statusText() const;

private:
    void chooseFileAndExport();
    void preview();
    void updateState();
    void showError(const QString &message);

    Session &m_session;
    QDate m_from;
    QDate m_to;
    QStringList m_selectedSlugs;
    QLineEdit *m_title = nullptr;
    QRadioButton *m_byRange = nullptr;
    QRadioButton *m_bySelection = nullptr;
    QRadioButton *m_byTopics = nullptr;
    QListWidget *m_topics = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_notes = nullptr; ///< include the analyst's notes and starred items
    QLabel *m_status = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_export = nullptr;
};

/// Opens the dialog for the main window's current view and selection.
void exportBriefing(Session &session, const Selection &selection, QDate visibleFrom,
                    QDate visibleTo, QWidget *parent);

} // namespace summit::gui
