#include "extract/timex/timex_rule_set.h"

#include <QJsonArray>

#include <stdexcept>

namespace summit::timex {

namespace {

[[noreturn]] void fail(const QString &what) { throw std::invalid_argument(what.toStdString()); }

RuleType ruleTypeNamed(const QString &name)
{
    static const QHash<QString, RuleType> types = {
        {QStringLiteral("date"), RuleType::Date},
        {QStringLiteral("range"), RuleType::Range},
        {QStringLiteral("month"), RuleType::Month},
        {QStringLiteral("month-relative"), RuleType::MonthRelative},
        {QStringLiteral("year"), RuleType::Year},
        {QStringLiteral("season"), RuleType::Season},
        {QStringLiteral("deictic"), RuleType::Deictic},
        {QStringLiteral("weekday"), RuleType::Weekday},
        {QStringLiteral("weekday-relative"), RuleType::WeekdayRelative},
        {QStringLiteral("relative-unit"), RuleType::RelativeUnit},
        {QStringLiteral("offset"), RuleType::Offset},
        {QStringLiteral("narrative"), RuleType::Narrative},
        {QStringLiteral("none"), RuleType::None},
    };
    auto it = types.constFind(name);
    if (it == types.constEnd())
        fail(QStringLiteral("timex rules: unknown rule type '%1'").arg(name));
    return it.value();
}

// String-valued lexicon entries are codes the engine computes with.
int codeOf(WordClass c, const QJsonValue &v, const QString &word)
{
    if (v.isDouble())
        return v.toInt();
    static const QHash<QString, int> codes = {
        {QStringLiteral("SP"), int(Season::Spring)},  {QStringLiteral("SU"), int(Season::Summer)},
        {QStringLiteral("FA"), int(Season::Fall)},    {QStringLiteral("WI"), int(Season::Winter)},
        {QStringLiteral("MO"), int(DayPart::Morning)}, {QStringLiteral("AF"), int(DayPart::Afternoon)},
        {QStringLiteral("EV"), int(DayPart::Evening)}, {QStringLiteral("NI"), int(DayPart::Night)},
        {QStringLiteral("day"), int(Unit::Day)},      {QStringLiteral("week"), int(Unit::Week)},
        {QStringLiteral("month"), int(Unit::Month)},  {QStringLiteral("year"), int(Unit::Year)},
        {QStringLiteral("weekend"), int(Unit::Weekend)},
    };
    auto it = codes.constFind(v.toString());
    if (it == codes.constEnd())
        fail(QStringLiteral("timex rules: bad value for '%1' in class %2").arg(word).arg(int(c)));
    return it.value();
}

void loadLexicon(const QJsonObject &lexicon, Vocabulary &vocabulary)
{
    static const char *const names[kWordClassCount] = {"month",     "weekday", "season",  "unit",
                                                       "direction", "number",  "daypart", "deictic"};
    for (int c = 0; c < kWordClassCount; ++c) {
        const QJsonObject entries = lexicon.value(QLatin1String(names[c])).toObject();
        if (entries.isEmpty())
            fail(QStringLiteral("timex rules: lexicon class '%1' is missing").arg(QLatin1String(names[c])));
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            WordInfo &info = vocabulary.info(vocabulary.intern(it.key().toLower()));
            info.classes |= 1u << c;
            info.values[size_t(c)] = codeOf(WordClass(c), it.value(), it.key());
        }
    }
}

QSet<int> wordSet(const QJsonValue &list, Vocabulary &vocabulary)
{
    QSet<int> out;
    for (const QJsonValue &v : list.toArray())
        out.insert(vocabulary.intern(v.toString().toLower()));
    return out;
}

Rule loadRule(const QJsonObject &o, Vocabulary &vocabulary)
{
    Rule r;
    r.name = o.value(QLatin1String("name")).toString();
    r.type = ruleTypeNamed(o.value(QLatin1String("type")).toString());
    try {
        r.pattern = Pattern::compile(o.value(QLatin1String("pattern")).toString(), vocabulary);
    } catch (const std::invalid_argument &e) {
        fail(QStringLiteral("timex rule '%1': %2").arg(r.name, QString::fromUtf8(e.what())));
    }
    r.confidence = o.value(QLatin1String("confidence")).toDouble(0.8);
    r.days = o.value(QLatin1String("days")).toInt(0);
    r.sign = o.value(QLatin1String("sign")).toInt(1);
    r.hasDirection = o.contains(QLatin1String("direction"));
    r.bare = o.value(QLatin1String("bare")).toBool(false);
    r.clauseEnd = o.value(QLatin1String("clauseEnd")).toBool(false);
    r.swappable = o.value(QLatin1String("swappable")).toBool(false);
    r.yearDirection = o.value(QLatin1String("yearDirection")).toBool(false);
    r.direction = o.value(QLatin1String("direction")).toInt(0);
    if (o.contains(QLatin1String("part")))
        r.part = codeOf(WordClass::DayPart, o.value(QLatin1String("part")), r.name);
    return r;
}

} // namespace

RuleSet RuleSet::fromJson(const QJsonObject &root)
{
    RuleSet set;
    loadLexicon(root.value(QLatin1String("lexicon")).toObject(), set.vocabulary);
    for (const QJsonValue &v : root.value(QLatin1String("rules")).toArray())
        set.rules.append(loadRule(v.toObject(), set.vocabulary));
    if (set.rules.isEmpty())
        fail(QStringLiteral("timex rules: no rules"));
    set.tense = TenseRules(root.value(QLatin1String("tense")).toObject(), set.vocabulary);

    const QJsonObject g = root.value(QLatin1String("guards")).toObject();
    const QJsonArray capitalized = g.value(QLatin1String("capitalized")).toArray();
    set.guards.capitalizedMonth = capitalized.contains(QJsonValue(QStringLiteral("month")));
    set.guards.capitalizedWeekday = capitalized.contains(QJsonValue(QStringLiteral("weekday")));
    set.guards.ambiguousMonths = wordSet(g.value(QLatin1String("ambiguousMonths")), set.vocabulary);
    set.guards.abbreviatedMonths = wordSet(g.value(QLatin1String("abbreviatedMonths")), set.vocabulary);
    set.guards.abbreviatedWeekdays = wordSet(g.value(QLatin1String("abbreviatedWeekdays")), set.vocabulary);
    set.guards.monthContextBefore = wordSet(g.value(QLatin1String("monthContextBefore")), set.vocabulary);
    set.guards.weekdayNotBefore = wordSet(g.value(QLatin1String("weekdayNotBefore")), set.vocabulary);
    set.guards.yearNotBefore = wordSet(g.value(QLatin1String("yearNotBefore")), set.vocabulary);
    set.guards.bareYearNotAfter = wordSet(g.value(QLatin1String("bareYearNotAfter")), set.vocabulary);
    set.guards.yearSetsScene = wordSet(g.value(QLatin1String("yearSetsScene")), set.vocabulary);
    set.guards.seasonNotBefore = wordSet(g.value(QLatin1String("seasonNotBefore")), set.vocabulary);
    const QJsonArray years = g.value(QLatin1String("yearRange")).toArray();
    if (years.size() == 2) {
        set.guards.yearMin = years.at(0).toInt();
        set.guards.yearMax = years.at(1).toInt();
    }
    set.guards.unknownTenseFactor = g.value(QLatin1String("unknownTenseFactor")).toDouble(0.85);

    // The scan tries at each token only the rules that can open with it, which keeps the
    // per-token cost of ordinary prose to one array lookup.
    set.rulesByFirstWord.resize(set.vocabulary.size());
    for (int r = 0; r < set.rules.size(); ++r) {
        QVector<bool> words(set.vocabulary.size(), false);
        bool numbers = false;
        set.rules[r].pattern.markFirstWords(words, numbers, set.vocabulary);
        for (int w = 0; w < words.size(); ++w)
            if (words[w])
                set.rulesByFirstWord[w].append(r);
        if (numbers)
            set.rulesForNumbers.append(r);
    }
    return set;
}

} // namespace summit::timex
