#include "brief/pdf_structure.h"

#include "brief/brief_error.h"

// qpdf 11 asks users to declare how far they have moved off PointerHolder; this file never uses
// it (shared_ptr only), so the strictest setting costs nothing and silences the warning.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>

namespace summit::brief {

namespace {

using Handle = QPDFObjectHandle;

qreal pageHeight(QPDFPageObjectHelper &page)
{
    Handle box = page.getMediaBox();
    return box.getArrayItem(3).getNumericValue() - box.getArrayItem(1).getNumericValue();
}

// [page /XYZ null top null]: jump to the place, keeping the reader's zoom.
Handle destination(std::vector<QPDFPageObjectHelper> &pages, int page, qreal top)
{
    QPDFPageObjectHelper &target = pages.at(size_t(page));
    return Handle::newArray({target.getObjectHandle(), Handle::newName("/XYZ"), Handle::newNull(),
                             Handle::newReal(double(pageHeight(target) - top), 2), Handle::newNull()});
}

// Outline items are a doubly linked list per level, each knowing its parent, first and last
// child, and how many open descendants it has.
void addOutline(QPDF &pdf, std::vector<QPDFPageObjectHelper> &pages, const QVector<PdfOutlineEntry> &entries)
{
    if (entries.isEmpty())
        return;
    Handle root = pdf.makeIndirectObject(Handle::newDictionary());
    root.replaceKey("/Type", Handle::newName("/Outlines"));
    struct Node
    {
        Handle item;
        QVector<Handle> children;
    };
    QVector<Node> tops;
    for (const PdfOutlineEntry &e : entries) {
        if (e.page < 0 || size_t(e.page) >= pages.size())
            continue;
        Handle item = pdf.makeIndirectObject(Handle::newDictionary());
        item.replaceKey("/Title", Handle::newUnicodeString(e.title.toStdString()));
        item.replaceKey("/Dest", destination(pages, e.page, e.top));
        if (e.level == 0 || tops.isEmpty())
            tops.append({item, {}});
        else
            tops.last().children.append(item);
    }
    auto link = [](const QVector<Handle> &items, Handle parent) {
        for (int i = 0; i < items.size(); ++i) {
            Handle item = items[i];
            item.replaceKey("/Parent", parent);
            if (i > 0)
                item.replaceKey("/Prev", items[i - 1]);
            if (i + 1 < items.size())
                item.replaceKey("/Next", items[i + 1]);
        }
        if (!items.isEmpty()) {
            parent.replaceKey("/First", items.front());
            parent.replaceKey("/Last", items.back());
        }
    };
    QVector<Handle> topItems;
    int total = 0;
    for (Node &n : tops) {
        topItems.append(n.item);
        link(n.children, n.item);
        if (!n.children.isEmpty())
            n.item.replaceKey("/Count", Handle::newInteger(-n.children.size())); // closed: events fold away
        ++total;
    }
    link(topItems, root);
    root.replaceKey("/Count", Handle::newInteger(total));
    Handle catalog = pdf.getRoot();
    catalog.replaceKey("/Outlines", root);
    catalog.replaceKey("/PageMode", Handle::newName("/UseOutlines"));
}

void addLinks(QPDF &pdf, std::vector<QPDFPageObjectHelper> &pages, const QVector<PdfInternalLink> &links)
{
    for (const PdfInternalLink &l : links) {
        if (l.page < 0 || size_t(l.page) >= pages.size() || l.targetPage < 0 || size_t(l.targetPage) >= pages.size())
            continue;
        QPDFPageObjectHelper &page = pages.at(size_t(l.page));
        const qreal h = pageHeight(page);
        Handle annot = pdf.makeIndirectObject(Handle::newDictionary());
        annot.replaceKey("/Type", Handle::newName("/Annot"));
        annot.replaceKey("/Subtype", Handle::newName("/Link"));
        annot.replaceKey("/Rect", Handle::newArray(Handle::Rectangle(l.rect.left(), h - l.rect.bottom(), l.rect.right(),
                                                                      h - l.rect.top())));
        annot.replaceKey("/Border", Handle::newArray({Handle::newInteger(0), Handle::newInteger(0), Handle::newInteger(0)}));
        annot.replaceKey("/Dest", destination(pages, l.targetPage, l.targetTop));
        Handle pageObject = page.getObjectHandle();
        Handle annots = pageObject.getKey("/Annots");
        if (!annots.isArray()) {
            annots = Handle::newArray();
            pageObject.replaceKey("/Annots", annots);
        }
        annots.appendItem(annot);
    }
}

} // namespace

QByteArray addPdfStructure(const QByteArray &bytes, const PdfStructure &structure)
{
    try {
        QPDF pdf;
        pdf.processMemoryFile("briefing.pdf", bytes.constData(), size_t(bytes.size()));
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        pdf.getRoot().replaceKey("/Lang", Handle::newUnicodeString(structure.language.toStdString()));
        addOutline(pdf, pages, structure.outline);
        addLinks(pdf, pages, structure.links);
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setStaticID(false);
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        throw BriefError(QStringLiteral("Cannot add bookmarks and links to the briefing: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace summit::brief
