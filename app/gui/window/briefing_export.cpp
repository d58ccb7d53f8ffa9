#include "window/briefing_export.h"

#include "brief/briefing.h"
#include "brief/brief_request.h"
#include "state/session.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace summit::gui {

void exportBriefing(Session &session, QWidget *parent)
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, QStringLiteral("Export Briefing"),
                                                      docs + QStringLiteral("/summitline-briefing.pdf"),
                                                      QStringLiteral("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto &f = session.filter();
    brief::BriefRequest request;
    request.from = f.from;
    request.to = f.to;
    if (!f.topic.isEmpty())
        request.topics << f.topic;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        brief::writeBriefing(session.database(), request, path);
        QApplication::restoreOverrideCursor();
    } catch (const std::exception &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(parent, QStringLiteral("Export Failed"),
                             QStringLiteral("The briefing could not be written: %1")
                                 .arg(QString::fromUtf8(e.what())));
    }
}

} // namespace summit::gui
