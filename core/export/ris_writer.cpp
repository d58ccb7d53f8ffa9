#include "export/ris_writer.h"

namespace summit::exporting {

namespace {

void tag(QString &out, const char *name, const QString &value)
{
    const QString v = value.simplified();
    if (v.isEmpty())
        return;
    out += QLatin1String(name) + QStringLiteral("  - ") + v + QStringLiteral("\r\n");
}

} // namespace

QByteArray toRis(const QVector<CitationItem> &items)
{
    QString out;
    for (const CitationItem &item : items) {
        out += QStringLiteral("TY  - NEWS\r\n");
        tag(out, "ID", item.id);
        tag(out, "TI", item.title);
        tag(out, "T2", item.outlet);
        for (const PersonName &p : bylinePeople(item.byline, item.outlet))
            tag(out, "AU", p.given.isEmpty() ? p.family : p.family + QStringLiteral(", ") + p.given);
        if (item.published.isValid()) {
            const QString date = item.published.toString(QStringLiteral("yyyy/MM/dd/"));
            tag(out, "PY", date);
            tag(out, "DA", date);
        }
        tag(out, "UR", item.url);
        tag(out, "N1", quoteNote(item));
        out += QStringLiteral("ER  - \r\n\r\n");
    }
    return out.toUtf8();
}

} // namespace summit::exporting
