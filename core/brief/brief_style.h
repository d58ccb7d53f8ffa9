#pragma once

#include <QColor>
#include <QFont>
#include <QMarginsF>

namespace summit::brief {

/// Typography and colour of the briefing. Lengths are given in points and converted to the
/// paint device's units with pt(), so the same style serves a 1200 dpi PDF and a screen preview.
class BriefStyle final
{
public:
    explicit BriefStyle(qreal dpi);

    /// Points to device units, for painting and for sizes the text layout takes as they are
    /// (page size, inline object size).
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    /// Points to the units of QTextFormat lengths (margins, padding, borders), which the text
    /// layout scales from the application's default DPI to the device's.
    qreal fmt(qreal points) const { return points * m_formatDpi / 72.0; }
    qreal dpi() const { return m_dpi; }

    /// Palatino-like serif for reading text.
    static QFont serif(qreal pointSize, QFont::Weight weight = QFont::Normal, bool italic = false);
    /// Helvetica-like sans for headings, tables and figure labels.
    static QFont sans(qreal pointSize, QFont::Weight weight = QFont::Normal, bool italic = false);

    static QColor ink() { return QColor(0x1b, 0x1f, 0x24); }
    static QColor muted() { return QColor(0x5b, 0x64, 0x70); }
    static QColor accent() { return QColor(0x1f, 0x3a, 0x5f); }
    static QColor rule() { return QColor(0xc5, 0xca, 0xd3); }
    static QColor shade() { return QColor(0xf0, 0xf2, 0xf5); }
    static QColor us() { return QColor(0x2b, 0x55, 0x86); }
    static QColor russia() { return QColor(0x9b, 0x2c, 0x2c); }
    /// The analyst's own words (notes, stars): a warm tone no source text uses.
    static QColor analyst() { return QColor(0x8a, 0x5a, 0x0b); }
    static QColor analystShade() { return QColor(0xfb, 0xf6, 0xea); }

    /// Page margins in points: generous, with room for the running header and footer.
    static QMarginsF pageMarginsPt() { return {66, 78, 66, 72}; }

private:
    qreal m_dpi;
    qreal m_formatDpi;
};

} // namespace summit::brief
