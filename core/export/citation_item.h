#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace summit::exporting {

/// One newspaper article to cite, optionally for one quotation in it. The CSL-JSON and RIS
/// writers take the same items, so the two formats always cite the same things.
struct CitationItem
{
    QString id;      ///< stable across exports and libraries: "summitline-<hash>" or "…-q<offset>"
    QString title;   ///< the article's headline (empty when unknown)
    QString outlet;  ///< the container title
    QString byline;  ///< as found on the page; an author only when it names a person
    QDate published; ///< day precision when valid; invalid when unknown
    QString url;
    QString quote;   ///< the quoted words, for a quote export
    QString speaker; ///< who said them (canonical name), may be empty
};

/// A person's name split for a citation.
struct PersonName
{
    QString family;
    QString given;
    friend bool operator==(const PersonName &, const PersonName &) = default;
};

/// The people a byline names ("By Jane Q. Doe and John Roe, Reuters" -> Doe, Roe). Empty when
/// it names no person (a desk, an agency, "Staff writer"): a citation then has no author rather
/// than a wrong one, and so does a byline that is (part of) the outlet's name.
QVector<PersonName> bylinePeople(const QString &byline, const QString &outlet = {});

/// The note of a quote citation: “words” — speaker.
QString quoteNote(const CitationItem &item);

} // namespace summit::exporting
