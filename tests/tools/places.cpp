#include "places.h"

using namespace Qt::Literals::StringLiterals;

namespace summit::gen {

const QVector<DatelineCity> &datelineCities()
{
    static const QVector<DatelineCity> cities = {
        {u"Washington"_s, {}},           {u"Moscow"_s, {}},
        {u"Brussels"_s, {}},             {u"Sochi"_s, u"Russia"_s},
        {u"Kennebunkport"_s, u"Maine"_s}, {u"Bucharest"_s, u"Romania"_s},
        {u"Warsaw"_s, u"Poland"_s},      {u"Prague"_s, u"Czech Republic"_s},
        {u"Berlin"_s, {}},               {u"Vienna"_s, {}},
        {u"Geneva"_s, u"Switzerland"_s}, {u"United Nations"_s, {}},
        {u"St. Petersburg"_s, u"Russia"_s}, {u"Crawford"_s, u"Texas"_s},
        {u"Tbilisi"_s, u"Georgia"_s},    {u"Kiev"_s, u"Ukraine"_s},
        {u"Bratislava"_s, u"Slovakia"_s}, {u"Heiligendamm"_s, u"Germany"_s},
        {u"Zagreb"_s, u"Croatia"_s},     {u"Sydney"_s, u"Australia"_s},
    };
    return cities;
}

const QVector<Outlet> &outlets()
{
    static const QVector<Outlet> list = {
        {u"The Harbor Ledger"_s, u"harborledger.com"_s, u"AP"_s, DatelineStyle::WireDashes, u"World"_s},
        {u"Prairie Evening Post"_s, u"prairiepost.com"_s, u"AP"_s, DatelineStyle::WireDashes, u"Nation & World"_s},
        {u"Capital Wire"_s, u"capitalwire.net"_s, u"Reuters"_s, DatelineStyle::WireDated, u"Politics"_s},
        {u"Eurasia Daily Review"_s, u"eurasiareview.org"_s, u"RIA Novosti"_s, DatelineStyle::WireDated,
         u"Russia & FSU"_s},
        {u"Global Affairs Monitor"_s, u"globalaffairsmonitor.org"_s, u"AFP"_s, DatelineStyle::WireDashes,
         u"Diplomacy"_s},
        {u"The Northern Sentinel"_s, u"northernsentinel.com"_s, {}, DatelineStyle::Plain, u"International"_s},
        {u"Atlantic Dispatch"_s, u"atlanticdispatch.com"_s, {}, DatelineStyle::Plain, u"Europe"_s},
        {u"Subcontinent News Online"_s, u"subcontinentnews.in"_s, {}, DatelineStyle::RegionColon, u"World"_s},
        {u"Midland Courier"_s, u"midlandcourier.com"_s, u"Reuters"_s, DatelineStyle::WireDated, u"World News"_s},
    };
    return list;
}

const QStringList &venues()
{
    static const QStringList list = {
        u"Sochi"_s,      u"Kennebunkport"_s, u"Bucharest"_s, u"Heiligendamm"_s, u"Bratislava"_s,
        u"St. Petersburg"_s, u"Camp David"_s, u"Crawford, Texas"_s, u"Moscow"_s, u"Washington"_s,
        u"Brussels"_s,   u"Sydney"_s,        u"Hanoi"_s,     u"Ljubljana"_s,    u"Istanbul"_s,
        u"Riga"_s,       u"Geneva"_s,        u"Helsinki"_s,  u"Vienna"_s,       u"Lima"_s,
    };
    return list;
}

const QStringList &authorFirstNames()
{
    static const QStringList list = {u"Jane"_s,   u"Michael"_s, u"Olga"_s,   u"David"_s,   u"Sarah"_s,
                                     u"Peter"_s,  u"Anna"_s,    u"James"_s,  u"Natalia"_s, u"Robert"_s,
                                     u"Helen"_s,  u"Andrei"_s,  u"Claire"_s, u"Tom"_s,     u"Ingrid"_s,
                                     u"Martin"_s, u"Priya"_s,   u"Lucas"_s,  u"Renée"_s,   u"Samuel"_s};
    return list;
}

const QStringList &authorLastNames()
{
    static const QStringList list = {u"Doe"_s,      u"Kessler"_s,  u"Ryland"_s,  u"Petrova"_s, u"Marsh"_s,
                                     u"Holloway"_s, u"Bergström"_s, u"Quinlan"_s, u"Sokolova"_s, u"Tate"_s,
                                     u"Whitcombe"_s, u"Lindqvist"_s, u"Okafor"_s, u"Varga"_s,   u"Fenwick"_s,
                                     u"Castellano"_s, u"Nair"_s,     u"Brandt"_s,  u"O'Connell"_s, u"Ashby"_s};
    return list;
}

const QStringList &photoAgencies()
{
    static const QStringList list = {u"AP Photo"_s, u"Reuters"_s, u"AFP/Getty Images"_s, u"Pool photo"_s,
                                     u"EPA"_s};
    return list;
}

} // namespace summit::gen
