#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace summit {
class Database;
}

namespace summit::library {

/// An article as one event sees it.
struct EventArticle
{
    qint64 articleId = 0;
    QString source;  ///< file name as imported
    QString outlet;
    QString published; ///< YYYY-MM-DD or empty
    QString wire;    ///< credited wire agency, if any
    QByteArray signature;
    QStringList evidence; ///< why it reports the event (reports only)
};

/// One independent source: the original and the articles that republish it.
struct IndependentSource
{
    QString name;                 ///< the wire agency, else the first outlet, else the file
    QVector<EventArticle> articles; ///< first is the original (earliest), the rest republish it
};

/// Who reports and who only mentions each event.
struct EventCoverage
{
    QVector<EventArticle> reportedBy;
    QVector<EventArticle> mentionedBy; ///< linked in passing, never as the reported event
    QVector<IndependentSource> sources; ///< reportedBy collapsed into independent sources
};

/// Collapses articles into independent sources: articles crediting the same wire agency, or
/// whose texts are near duplicates (MinHash similarity >= 0.5), or from the same outlet, are
/// one source. Union-find over the event's own articles: the cost is the square of one
/// event's reports, never of the library.
QVector<IndependentSource> independentSources(const QVector<EventArticle> &articles);

/// Coverage of every event (or of the one event given), keyed by event id: two scans of the
/// link tables (indexed by event when one is given).
QHash<qint64, EventCoverage> eventCoverage(Database &db, qint64 onlyEvent = 0);

} // namespace summit::library
