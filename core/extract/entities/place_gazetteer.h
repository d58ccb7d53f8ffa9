#pragma once

#include "extract/text/phrase_matcher.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace summit {

/// A place of the gazetteer: every alias and descriptor of it shares one key.
struct Place
{
    QString key;  ///< e.g. "sochi"
    QString name; ///< display name
    QString kind; ///< "site", "city", "region" or "country"
    double lat = 0;
    double lon = 0;
    bool hasCoordinates = false;
    QStringList within;      ///< keys of places that contain this one, nearest first
    QStringList aliases;     ///< proper names, matched case-sensitively
    QStringList descriptors; ///< descriptive phrases, matched case-insensitively
};

/// How a mentioned place relates to another place (usually an event's).
enum class PlaceRelation { Same, Contains, Inside, Unrelated };

/// Places with aliases and coordinates, loaded from :/knowledge/places.json.
class PlaceGazetteer final
{
public:
    /// Throws nothing; places without a unique key are skipped. Knowledge::bundled() loads
    /// the bundled file.
    explicit PlaceGazetteer(const QJsonObject &json);

    const QVector<Place> &places() const { return m_places; }
    /// The place with this key, or nullptr.
    const Place *find(const QString &key) const;
    /// Key of the place a free text such as a dateline names ("SOCHI, Russia", "Kennebunkport
    /// (Maine)"), ignoring case; the first place named wins. Empty when none.
    QString lookupName(const QString &text) const;
    /// How `mentioned` relates to `reference`: Contains when `mentioned` is a container of it
    /// ("Japan" for "toyako"), Inside when it lies within it.
    PlaceRelation relation(const QString &mentioned, const QString &reference) const;

    /// Phrase matcher whose payloads are indexes into places().
    const PhraseMatcher &matcher() const { return m_matcher; }
    /// Every alias as written (case-sensitive), for lookups at a text position: the quote
    /// finder never reads a place name as a person's name.
    const PhraseMatcher &names() const { return m_names; }

private:
    bool isWithin(const QString &inner, const QString &outer) const;
    void computeAncestors();

    QVector<Place> m_places;
    QHash<QString, int> m_byKey;
    QHash<QString, QSet<QString>> m_ancestors; ///< every container of a place, transitively
    PhraseMatcher m_matcher;
    PhraseMatcher m_names; ///< payload unused
};

} // namespace summit
