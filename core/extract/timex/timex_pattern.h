#pragma once

#include "extract/timex/timex_token.h"

#include <QString>
#include <QVector>

#include <array>

namespace summit::timex {

/// Named captures of a pattern. A pattern's second month or day goes to Month2 / Day2.
enum class Slot : int { Month, Month2, Day, Day2, Year, Weekday, Season, Unit, Direction, Count, DayPart, Deictic, Hour, Minute };
inline constexpr int kSlotCount = 14;

/// The values a successful match captured, plus the token extent of the expression itself
/// (context words such as the "in" of "in 2007" are matched but not part of the extent).
struct Captures
{
    std::array<int, kSlotCount> values{};
    quint32 present = 0;
    int firstToken = -1; ///< first token of the extent
    int lastToken = -1;  ///< last token of the extent (inclusive)
    int endToken = -1;   ///< one past the last token matched, context included
    std::array<int, kSlotCount> tokens{}; ///< token that gave each slot (guards look at neighbours)
    // values[s] and tokens[s] mean something only while has(s): matching reuses them unchecked.

    bool has(Slot s) const { return present & (1u << int(s)); }
    int value(Slot s) const { return values[size_t(s)]; }
    int tokenOf(Slot s) const { return tokens[size_t(s)]; }
    void set(Slot s, int v, int token)
    {
        values[size_t(s)] = v;
        tokens[size_t(s)] = token;
        present |= 1u << int(s);
    }
};

/// One element of a token pattern, compiled from the rule file's notation:
///   word|word   literal alternatives      <class>   a lexicon class (captured)
///   #day #mon #year #num   numbers        x?        optional
///   #hh #mm     clock hour (0-23) and minute (two digits, 00-59) of a time stamp
///   [x]         context: must match, but stays outside the expression's extent
struct PatternElement
{
    enum class Kind { Literal, Class, Day, MonthNumber, Year, Count, Hour, Minute };
    Kind kind = Kind::Literal;
    QVector<int> words; ///< vocabulary ids of the literal alternatives
    WordClass wordClass = WordClass::Month;
    int slot = -1;
    bool optional = false;
    bool context = false;
};

/// A compiled token pattern.
class Pattern final
{
public:
    /// Compiles the notation; words it names are interned into vocabulary. Throws
    /// std::invalid_argument with the offending element.
    static Pattern compile(const QString &notation, Vocabulary &vocabulary);

    /// Tries to match starting exactly at token `at`.
    bool matchAt(const QVector<Token> &tokens, int at, const Vocabulary &vocabulary, int yearMin,
                 int yearMax, Captures &out) const;

    /// Marks (by vocabulary id) the words a match can start with; sets numbers when a number can.
    void markFirstWords(QVector<bool> &words, bool &numbers, const Vocabulary &vocabulary) const;

private:
    bool step(const QVector<Token> &tokens, int element, int token, const Vocabulary &vocabulary,
              int yearMin, int yearMax, Captures &out) const;
    bool accepts(const PatternElement &e, const Token &t, const Vocabulary &vocabulary, int yearMin,
                 int yearMax, int &value) const;

    QVector<PatternElement> m_elements;
};

} // namespace summit::timex
