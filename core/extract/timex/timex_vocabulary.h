#pragma once

#include <QHash>
#include <QString>
#include <QVector>

#include <array>

namespace summit::timex {

/// Word classes of the rule file's lexicon. A word may belong to several (e.g. "may").
enum class WordClass : int { Month, Weekday, Season, Unit, Direction, Number, DayPart, Deictic };
inline constexpr int kWordClassCount = 8;

/// Codes for string-valued lexicon entries; the rule file spells them, the engine computes with them.
enum class Unit : int { Day, Week, Month, Year, Weekend };
enum class Season : int { Spring, Summer, Fall, Winter };
enum class DayPart : int { Morning, Afternoon, Evening, Night };

/// What the rules know about one lower-cased word.
struct WordInfo
{
    quint32 classes = 0; ///< bit (1 << WordClass) per class
    std::array<int, kWordClassCount> values{};

    bool is(WordClass c) const { return classes & (1u << int(c)); }
    int value(WordClass c) const { return values[size_t(c)]; }
};

/// Every word the rules mention, interned to a small id so the matcher compares integers.
class Vocabulary final
{
public:
    /// Id of a lower-cased word, or -1 when no rule mentions it.
    int id(const QString &lowerWord) const { return m_ids.value(lowerWord, -1); }
    int intern(const QString &lowerWord);
    const WordInfo &info(int id) const { return m_info[id]; }
    WordInfo &info(int id) { return m_info[id]; }
    int size() const { return int(m_info.size()); }

private:
    QHash<QString, int> m_ids;
    QVector<WordInfo> m_info;
};

} // namespace summit::timex
