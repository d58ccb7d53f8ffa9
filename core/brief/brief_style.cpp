#include "brief/brief_style.h"

#include <QGuiApplication>
#include <QScreen>

namespace summit::brief {

namespace {

QFont makeFont(const QStringList &families, qreal pointSize, QFont::Weight weight, bool italic)
{
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    font.setItalic(italic);
    // Without shaping no ligatures are formed, so text copied or extracted from the PDF reads
    // exactly as stored ("office", not "o\uFB03ce"): quotes must survive a copy-paste verbatim.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace

BriefStyle::BriefStyle(qreal dpi) : m_dpi(dpi)
{
    // QTextDocumentLayout multiplies format lengths by deviceDpi / qt_defaultDpi(); this is
    // how Qt picks that default (AA_Use96Dpi, else the primary screen's logical DPI, else 100).
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        m_formatDpi = 96;
    else if (const QScreen *screen = QGuiApplication::primaryScreen())
        m_formatDpi = qRound(screen->logicalDotsPerInchY());
    else
        m_formatDpi = 100;
}

QFont BriefStyle::serif(qreal pointSize, QFont::Weight weight, bool italic)
{
    return makeFont({QStringLiteral("P052"), QStringLiteral("Palatino"), QStringLiteral("TeX Gyre Pagella"),
                     QStringLiteral("DejaVu Serif"), QStringLiteral("serif")},
                    pointSize, weight, italic);
}

QFont BriefStyle::sans(qreal pointSize, QFont::Weight weight, bool italic)
{
    return makeFont({QStringLiteral("Nimbus Sans"), QStringLiteral("Helvetica"), QStringLiteral("Liberation Sans"),
                     QStringLiteral("DejaVu Sans"), QStringLiteral("sans-serif")},
                    pointSize, weight, italic);
}

} // namespace summit::brief
