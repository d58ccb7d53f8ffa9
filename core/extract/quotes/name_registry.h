#pragma once

#include "extract/people/people_directory.h"
#include "extract/quotes/quote_rules.h"
#include "model/text_span.h"

#include <QHash>
#include <QSet>
#include <QVector>
#include <optional>

namespace summit {

/// A personal name read from the shape of the text, not from the gazetteer.
struct NameRun
{
    int start = 0;     ///< where the mention starts: the title when one is part of the run
    int end = 0;       ///< end of the last name word
    QString name;      ///< the name words, or the full name a lone surname refers back to
    QString gender;    ///< from an honorific or gendered title ("Mr.", "Ms.", "spokeswoman"); else empty
    bool titled = false; ///< a title or role word stands before the name ("Gen.", "spokesman")
};

/// The people one article names, whether or not people.json knows them.
///
/// A name is a run of one to four capitalised words (initials, particles such as "de" or "van",
/// hyphens, apostrophes and non-ASCII letters allowed), single-spaced, after any title in the run
/// ("Foreign Minister Sergei Lavrov" -> "Sergei Lavrov"). A run is not a name when one of its
/// words is a place of the gazetteer, an organisation word ("Ministry"), a month, a weekday or a
/// sentence opener, or when it is longer than a name (headline case). A lone capitalised word is
/// a name only after a title or honorific ("Mr. Haddad", "Gen. Marsh") or when it is the
/// surname of exactly one full name introduced in the article ("Snow said" -> Tony Snow).
///
/// Built once per article in two linear passes; holds views into the text, so it must not
/// outlive it.
class NameRegistry final
{
public:
    /// excluded: sorted, disjoint ranges (quoted words) that are not read.
    NameRegistry(const QString &text, const QString &folded, const QVector<TextSpan> &excluded,
                 const PeopleDirectory &people, const QuoteRules &rules, const PhraseMatcher &placeNames);

    /// The name that starts at pos (a word start), or nothing.
    std::optional<NameRun> nameAt(int pos) const;
    /// The speaker a transcript label names, listed or not: "MR. HALE" -> "Martin Hale"
    /// when the article introduced him, else "Hale"; "SECRETARY OF STATE JANE DOE" -> "Jane
    /// Doe". Empty unless the label reads as a name: a title before it, two or more name words,
    /// or a surname the article introduced; never a place, an organisation or a word such as
    /// "UPDATE".
    QString labelSpeaker(TextSpan label) const;

    /// True when word [start, end) can be part of a name (not a place, month, opener, ...).
    bool nameWord(int start, int end) const;
    /// True when the acronym [start, end) can name an organisation: not a place, not listed.
    bool speakerAcronym(int start, int end) const;

private:
    struct Token
    {
        int start;
        int end;
    };
    /// A capitalised run of words; fixed size, so reading one allocates nothing.
    struct Run
    {
        static constexpr int kMax = 8;
        Token tokens[kMax];
        int size = 0;
        const Token &last() const { return tokens[size - 1]; }
    };
    struct Cached
    {
        int pos;
        std::optional<NameRun> name;
    };
    /// Reads the capitalised run at pos: up to eight single-spaced words.
    Run readRun(int pos) const;
    int tokenEnd(int pos) const;
    bool isOrganisationWord(int start, int end) const;
    /// The name a run holds. dependsOnRegistry is set when the answer would change as the
    /// registry fills (a lone surname).
    std::optional<NameRun> fromRun(const Run &run, bool resolveSurname, bool *dependsOnRegistry) const;

    const QString &m_text;
    const QString &m_folded;
    const PeopleDirectory &m_people;
    const QuoteRules &m_rules;
    const PhraseMatcher &m_placeNames; ///< a name word is never a place name as written
    QHash<QString, QString> m_bySurname; ///< surname -> full name; empty value when two share it
    QHash<QString, QString> m_gender;    ///< full name -> gender seen with an honorific
    QVector<Cached> m_cache;             ///< first-pass answers by position, sorted
};

} // namespace summit
