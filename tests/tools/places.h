#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace summit::gen {

/// A city a story can be filed from.
struct DatelineCity
{
    QString name;   ///< "Kennebunkport"
    QString region; ///< state or country for small places ("Maine"), empty for capitals
};

/// How an outlet writes the dateline that opens the first paragraph.
enum class DatelineStyle {
    WireDashes,   ///< WASHINGTON (AP) --
    WireDated,    ///< MOSCOW, April 6 (Reuters) -
    Plain,        ///< BRUSSELS —
    RegionColon,  ///< Kennebunkport (Maine), July 3:
};

/// A publication. Names are invented; the agencies they carry are real wire services.
struct Outlet
{
    QString name;
    QString domain;
    QString agency;     ///< credited in the dateline; empty for staff copy
    DatelineStyle style;
    QString section;
};

const QVector<DatelineCity> &datelineCities();
const QVector<Outlet> &outlets();
const QStringList &venues();          ///< summit and meeting places named in the text
const QStringList &authorFirstNames();
const QStringList &authorLastNames();
const QStringList &photoAgencies();

} // namespace summit::gen
