#include "window/about_box.h"

#include "model/web_link.h"
#include "state/session.h"

#include <QApplication>
#include <QMessageBox>

namespace summit::gui {

void showAboutBox(Session &session, QWidget *parent)
{
    QStringList rows;
    for (const auto &s : session.library().sources()) {
        const QString outlet = s.outlet.isEmpty() ? QStringLiteral("Unknown outlet") : s.outlet;
        const QUrl link = webLink(s.url); // only http(s): the URL came from an untrusted page
        rows << (!link.isValid()
                     ? QStringLiteral("<li>%1: %2</li>").arg(outlet.toHtmlEscaped(), s.title.toHtmlEscaped())
                     : QStringLiteral("<li>%1: <a href=\"%2\">%3</a></li>")
                           .arg(outlet.toHtmlEscaped(), QString::fromUtf8(link.toEncoded()).toHtmlEscaped(),
                                s.title.toHtmlEscaped()));
    }
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(QStringLiteral("About Summitline"));
    box.setTextFormat(Qt::RichText);
    box.setText(QStringLiteral("<h3>Summitline %1</h3><p>A timeline of the news record of "
                               "Bush–Putin diplomacy, 2007–2008: events, quotes and the articles "
                               "that report them, each traced to its words.</p>"
                               "<p><b>Sources of the articles in this library</b></p><ul>%2</ul>"
                               "<p>Articles are quoted for research; rights stay with the outlets.</p>")
                    .arg(QApplication::applicationVersion().toHtmlEscaped(), rows.join(QString())));
    box.setTextInteractionFlags(Qt::TextBrowserInteraction);
    box.exec();
}

} // namespace summit::gui
