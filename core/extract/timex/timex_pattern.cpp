#include "extract/timex/timex_pattern.h"

#include <stdexcept>

namespace summit::timex {

namespace {

Slot slotOf(WordClass c)
{
    switch (c) {
    case WordClass::Month: return Slot::Month;
    case WordClass::Weekday: return Slot::Weekday;
    case WordClass::Season: return Slot::Season;
    case WordClass::Unit: return Slot::Unit;
    case WordClass::Direction: return Slot::Direction;
    case WordClass::Number: return Slot::Count;
    case WordClass::DayPart: return Slot::DayPart;
    case WordClass::Deictic: return Slot::Deictic;
    }
    return Slot::Month;
}

WordClass classNamed(const QString &name)
{
    static const QStringList names = {QStringLiteral("month"),   QStringLiteral("weekday"),
                                      QStringLiteral("season"),  QStringLiteral("unit"),
                                      QStringLiteral("direction"), QStringLiteral("number"),
                                      QStringLiteral("daypart"), QStringLiteral("deictic")};
    const qsizetype i = names.indexOf(name);
    if (i < 0)
        throw std::invalid_argument("unknown word class <" + name.toStdString() + ">");
    return WordClass(i);
}

// A second capture of the same kind in one pattern ("July 7 to August 2") goes to the *2 slot.
int claimSlot(Slot first, quint32 &used)
{
    Slot s = first;
    if (used & (1u << int(s))) {
        if (first == Slot::Month)
            s = Slot::Month2;
        else if (first == Slot::Day)
            s = Slot::Day2;
    }
    used |= 1u << int(s);
    return int(s);
}

} // namespace

Pattern Pattern::compile(const QString &notation, Vocabulary &vocabulary)
{
    Pattern p;
    quint32 used = 0;
    const QStringList parts = notation.split(u' ', Qt::SkipEmptyParts);
    for (QString part : parts) {
        PatternElement e;
        if (part.startsWith(u'[') && part.endsWith(u']')) {
            e.context = true;
            part = part.mid(1, part.size() - 2);
        }
        if (part.size() > 1 && part.endsWith(u'?')) {
            e.optional = true;
            part.chop(1);
        }
        if (part.startsWith(u'<') && part.endsWith(u'>')) {
            e.kind = PatternElement::Kind::Class;
            e.wordClass = classNamed(part.mid(1, part.size() - 2));
            e.slot = claimSlot(slotOf(e.wordClass), used);
        } else if (part == u"#day") {
            e.kind = PatternElement::Kind::Day;
            e.slot = claimSlot(Slot::Day, used);
        } else if (part == u"#mon") {
            e.kind = PatternElement::Kind::MonthNumber;
            e.slot = claimSlot(Slot::Month, used);
        } else if (part == u"#year") {
            e.kind = PatternElement::Kind::Year;
            e.slot = claimSlot(Slot::Year, used);
        } else if (part == u"#hh") {
            e.kind = PatternElement::Kind::Hour;
            e.slot = claimSlot(Slot::Hour, used);
        } else if (part == u"#mm") {
            e.kind = PatternElement::Kind::Minute;
            e.slot = claimSlot(Slot::Minute, used);
        } else if (part == u"#num") {
            e.kind = PatternElement::Kind::Count;
            e.slot = claimSlot(Slot::Count, used);
        } else if (part.startsWith(u'#') || part.startsWith(u'<')) {
            throw std::invalid_argument("unknown pattern element " + part.toStdString());
        } else {
            for (const QString &alt : part.split(u'|', Qt::SkipEmptyParts))
                e.words.append(vocabulary.intern(alt.toLower()));
        }
        p.m_elements.append(e);
    }
    if (p.m_elements.isEmpty())
        throw std::invalid_argument("empty pattern");
    return p;
}

void Pattern::markFirstWords(QVector<bool> &words, bool &numbers, const Vocabulary &vocabulary) const
{
    for (const PatternElement &e : m_elements) {
        if (e.kind == PatternElement::Kind::Literal) {
            for (int w : e.words)
                words[w] = true;
        } else if (e.kind == PatternElement::Kind::Class || e.kind == PatternElement::Kind::Count) {
            const WordClass c = e.kind == PatternElement::Kind::Class ? e.wordClass : WordClass::Number;
            for (int w = 0; w < vocabulary.size(); ++w)
                words[w] = words[w] || vocabulary.info(w).is(c);
        }
        if (e.kind != PatternElement::Kind::Literal && e.kind != PatternElement::Kind::Class)
            numbers = true;
        if (!e.optional)
            return;
    }
}

bool Pattern::accepts(const PatternElement &e, const Token &t, const Vocabulary &vocabulary,
                      int yearMin, int yearMax, int &value) const
{
    switch (e.kind) {
    case PatternElement::Kind::Literal:
        return t.word >= 0 && e.words.contains(t.word);
    case PatternElement::Kind::Class:
        if (t.word < 0 || !vocabulary.info(t.word).is(e.wordClass))
            return false;
        value = vocabulary.info(t.word).value(e.wordClass);
        return true;
    case PatternElement::Kind::Day:
        value = t.number;
        return t.number >= 1 && t.number <= 31 && t.digits <= 2;
    case PatternElement::Kind::MonthNumber:
        value = t.number;
        return !t.ordinal && t.number >= 1 && t.number <= 12 && t.digits <= 2;
    case PatternElement::Kind::Year:
        value = t.number;
        return !t.ordinal && t.digits == 4 && t.number >= yearMin && t.number <= yearMax;
    case PatternElement::Kind::Hour:
        value = t.number;
        return !t.ordinal && t.number >= 0 && t.number <= 23 && t.digits <= 2;
    case PatternElement::Kind::Minute:
        value = t.number;
        return !t.ordinal && t.number >= 0 && t.number <= 59 && t.digits == 2;
    case PatternElement::Kind::Count:
        if (t.word >= 0 && vocabulary.info(t.word).is(WordClass::Number)) {
            value = vocabulary.info(t.word).value(WordClass::Number);
            return true;
        }
        value = t.number;
        return !t.ordinal && t.number >= 1 && t.number <= 999;
    }
    return false;
}

bool Pattern::step(const QVector<Token> &tokens, int element, int token, const Vocabulary &vocabulary,
                   int yearMin, int yearMax, Captures &out) const
{
    if (element == m_elements.size()) {
        out.endToken = token;
        return true;
    }
    const PatternElement &e = m_elements[element];
    if (token < tokens.size()) {
        int value = 0;
        if (accepts(e, tokens[token], vocabulary, yearMin, yearMax, value)) {
            // Only these three change what the captures say: a slot's value counts only while
            // its bit is present, so backtracking need not copy the arrays.
            const quint32 present = out.present;
            const int firstToken = out.firstToken, lastToken = out.lastToken;
            if (e.slot >= 0)
                out.set(Slot(e.slot), value, token);
            if (!e.context) {
                if (out.firstToken < 0)
                    out.firstToken = token;
                out.lastToken = token;
            }
            if (step(tokens, element + 1, token + 1, vocabulary, yearMin, yearMax, out))
                return true;
            out.present = present;
            out.firstToken = firstToken;
            out.lastToken = lastToken;
        }
    }
    return e.optional && step(tokens, element + 1, token, vocabulary, yearMin, yearMax, out);
}

bool Pattern::matchAt(const QVector<Token> &tokens, int at, const Vocabulary &vocabulary, int yearMin,
                      int yearMax, Captures &out) const
{
    // Slot arrays are not cleared: a slot is read only while its present bit is set.
    out.present = 0;
    out.firstToken = out.lastToken = out.endToken = -1;
    if (!step(tokens, 0, at, vocabulary, yearMin, yearMax, out) || out.firstToken < 0)
        return false;
    // Optional punctuation at the edges ("July 7-9," when no year follows) is not part of the
    // expression.
    while (out.lastToken > out.firstToken && tokens[out.lastToken].punct)
        --out.lastToken;
    while (out.firstToken < out.lastToken && tokens[out.firstToken].punct)
        ++out.firstToken;
    return true;
}

} // namespace summit::timex
