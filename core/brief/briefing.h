#pragma once

#include "brief/brief_content.h"

class QPagedPaintDevice;

namespace summit::brief {
struct PdfStructure;
}

namespace summit {
class Database;
}

namespace summit::brief {

/// A briefing ready to paint: its content gathered from the store. The PDF export and the
/// app's print preview both paint it through render(), so they show the same document.
class Briefing final
{
public:
    explicit Briefing(BriefContent content) : m_content(std::move(content)) {}

    const BriefContent &content() const { return m_content; }

    /// Sets the request's paper on the device, lays the document out for the device's
    /// resolution and paints every page (cover, summary, timeline, events, sources).
    /// Returns the number of pages painted. Needs a QGuiApplication (fonts).
    /// When structure is given, it receives the outline and the internal links in points,
    /// for addPdfStructure.
    int render(QPagedPaintDevice &device, PdfStructure *structure = nullptr) const;

private:
    BriefContent m_content;
};

/// Gathers the content for the request (see loadBriefContent). Throws BriefError or StoreError.
Briefing buildBriefing(Database &db, const BriefRequest &request);

/// Writes the briefing as a PDF at path, atomically: a temporary file is renamed over path
/// only once the whole document is written, so a failure never leaves a partial file.
/// Returns the page count. Throws BriefError naming the path when it cannot be written.
int writeBriefing(Database &db, const BriefRequest &request, const QString &path);
int writeBriefing(const Briefing &briefing, const QString &path);

} // namespace summit::brief
