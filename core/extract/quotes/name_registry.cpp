#include "extract/quotes/name_registry.h"
#include "extract/text/words.h"


namespace summit {

namespace {

bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019'; }

/// All letters upper case and more than one of them: an acronym ("NATO") or a shouted headline.
bool allCaps(QStringView word)
{
    int letters = 0;
    for (const QChar c : word) {
        if (c.isLower())
            return false;
        letters += c.isLetter() ? 1 : 0;
    }
    return letters > 1;
}

} // namespace

NameRegistry::NameRegistry(const QString &text, const QString &folded, const QVector<TextSpan> &excluded,
                           const PeopleDirectory &people, const QuoteRules &rules, const PhraseMatcher &placeNames)
    : m_text(text), m_folded(folded), m_people(people), m_rules(rules), m_placeNames(placeNames)
{
    // First pass: every full name (two or more name words) the article introduces, so a later
    // lone surname can refer back to it.
    const int n = int(text.size());
    m_cache.reserve(n / 40); // about one capitalised word in seven, six letters each
    int ex = 0;
    for (int pos = 0; pos < n;) {
        while (ex < excluded.size() && excluded[ex].end <= pos)
            ++ex;
        if (ex < excluded.size() && excluded[ex].contains(pos)) {
            pos = excluded[ex].end;
            continue;
        }
        if (!text[pos].isUpper() || (pos > 0 && isWordChar(text[pos - 1]))) {
            ++pos;
            continue;
        }
        const Run run = readRun(pos);
        bool dependsOnRegistry = false;
        const std::optional<NameRun> name = fromRun(run, false, &dependsOnRegistry);
        if (!dependsOnRegistry) // the second pass asks again at the same place: keep the answer
            m_cache.append({pos, name});
        if (name && name->name.contains(u' ')) {
            const QString surname = name->name.section(u' ', -1);
            const auto it = m_bySurname.constFind(surname);
            if (it == m_bySurname.constEnd())
                m_bySurname.insert(surname, name->name);
            else if (*it != name->name && !it->isEmpty() && !it->endsWith(u' ' + name->name) && !name->name.endsWith(u' ' + *it))
                m_bySurname[surname] = QString(); // two people share the surname: never resolve it
            if (!name->gender.isEmpty())
                m_gender.insert(name->name, name->gender);
        }
        pos = run.size == 0 ? pos + 1 : name ? run.last().end : run.tokens[0].end;
    }
}

int NameRegistry::tokenEnd(int pos) const
{
    const int n = int(m_text.size());
    while (pos < n) {
        const QChar c = m_text[pos];
        if (c.isLetter()) {
            ++pos;
        } else if ((c == u'.' || c == u'-' || isApostrophe(c)) && pos + 1 < n && m_text[pos + 1].isLetter()) {
            // a possessive ends the name: "Lavrov's"
            if (isApostrophe(c) && (m_text[pos + 1] == u's' || m_text[pos + 1] == u'S')
                && (pos + 2 >= n || !m_text[pos + 2].isLetter()))
                break;
            ++pos;
        } else {
            break;
        }
    }
    return pos;
}

NameRegistry::Run NameRegistry::readRun(int pos) const
{
    Run run;
    const int n = int(m_text.size());
    while (pos < n && run.size < Run::kMax && m_text[pos].isLetter()) {
        int e = tokenEnd(pos);
        if (e == pos)
            break;
        const bool upper = m_text[pos].isUpper();
        if (!upper) {
            // a lower-case particle belongs to a name only between capitalised words
            const PhraseMatcher::Hit p = m_rules.particles.longestAt(m_folded, pos);
            // "van der Berg": a particle may follow another particle
            if (run.size == 0 || p.length != e - pos || e + 1 >= n
                || !(m_text[e + 1].isUpper() || m_rules.particles.longestAt(m_folded, e + 1).length > 0))
                break;
        }
        // An initial or abbreviated title keeps its dot: "W.", "Gen.", "Mr.".
        if (upper && e < n && m_text[e] == u'.' && e - pos <= 3 && e + 2 < n && m_text[e + 1] == u' '
            && m_text[e + 2].isUpper())
            ++e;
        run.tokens[run.size++] = {pos, e};
        if (e + 1 < n && m_text[e] == u' ' && m_text[e + 1].isLetter())
            pos = e + 1;
        else
            break;
    }
    return run;
}

bool NameRegistry::isOrganisationWord(int start, int end) const
{
    return m_rules.organisationWords.longestAt(m_folded, start).length == end - start;
}

bool NameRegistry::nameWord(int start, int end) const
{
    const QStringView word = QStringView(m_text).mid(start, end - start);
    if (word.size() < 2 && !(word.size() == 1 && word[0].isUpper()))
        return false;
    if (allCaps(word) && !(word.size() <= 4 && word.endsWith(u'.'))) // "NATO", "US"; "H.W." is fine
        return false;
    if (m_rules.notNameWords.longestAt(m_folded, start).length == end - start
        || m_rules.introWords.longestAt(m_folded, start).length == end - start
        || m_rules.speechVerbs.longestAt(m_folded, start).length == end - start || isOrganisationWord(start, end))
        return false;
    return m_placeNames.longestAt(m_text, start).length != end - start;
}

bool NameRegistry::speakerAcronym(int start, int end) const
{
    const QString word = m_text.mid(start, end - start);
    return !m_rules.acronymsNotSpeakers.contains(word) && m_placeNames.longestAt(m_text, start).length != end - start;
}

std::optional<NameRun> NameRegistry::fromRun(const Run &run, bool resolveSurname, bool *dependsOnRegistry) const
{
    if (run.size == 0)
        return std::nullopt;
    // The last title in the run starts the name: "Russian Foreign Minister Sergei Lavrov".
    int first = 0;
    int titleGender = -1;
    for (int i = 0; i < run.size; ++i) {
        const PhraseMatcher::Hit t = m_rules.titles.longestAt(m_folded, run.tokens[i].start);
        if (t.length == 0)
            continue;
        for (int j = i; j < run.size; ++j) {
            if (run.tokens[j].end == run.tokens[i].start + t.length) {
                first = j + 1;
                titleGender = t.payload;
                i = j;
                break;
            }
        }
    }
    // A lower-case role just before the run: "spokesman Tony Snow", "analyst Irina Volkova".
    if (titleGender < 0) {
        const int b = run.tokens[0].start - 1;
        if (b > 0 && m_text[b] == u' ') {
            int s = b;
            while (s > 0 && (m_text[s - 1].isLetter() || m_text[s - 1] == u'.' || m_text[s - 1] == u'-'))
                --s;
            const PhraseMatcher::Hit t = s < b ? m_rules.titles.longestAt(m_folded, s) : PhraseMatcher::Hit();
            if (t.length == b - s && m_text[s].isLower())
                titleGender = t.payload;
        }
    }
    const bool titled = titleGender >= 0;
    // "the Rose Garden", "the Northern Star-Journal": a person is not named after "the" unless
    // a title follows it ("the Rev. Jane Doe").
    if (first == 0) {
        const int s = run.tokens[0].start;
        if (s >= 4 && m_folded.mid(s - 4, 4) == QLatin1String("the ") && (s == 4 || !m_text[s - 5].isLetter()))
            return std::nullopt;
    }
    const int words = run.size - first;
    if (words < 1 || words > 4)
        return std::nullopt; // only a title, or headline case
    for (int i = first; i < run.size; ++i) {
        const Token t = run.tokens[i];
        if (!m_text[t.start].isLower() && !nameWord(t.start, t.end))
            return std::nullopt;
    }
    if (m_text[run.last().start].isLower())
        return std::nullopt;
    NameRun out;
    out.start = titled && first > 0 ? run.tokens[0].start : run.tokens[first].start;
    out.end = run.last().end;
    out.titled = titled;
    if (titleGender == 1)
        out.gender = QStringLiteral("male");
    else if (titleGender == 2)
        out.gender = QStringLiteral("female");
    if (words == 1) {
        // A lone word: the surname of a full name this article introduced, else of the one
        // directory person with that surname, else a name only after a title.
        if (dependsOnRegistry)
            *dependsOnRegistry = true;
        const QString word = m_text.mid(run.last().start, run.last().end - run.last().start);
        const auto registered = m_bySurname.constFind(word);
        if (registered != m_bySurname.constEnd()) {
            if (!registered->isEmpty() && resolveSurname)
                out.name = *registered;
            else if (titled)
                out.name = word;
            else
                return std::nullopt;
        } else if (const QString known = resolveSurname ? m_people.personBySurname(word) : QString(); !known.isEmpty()) {
            out.name = known;
        } else if (titled) {
            out.name = word;
        } else {
            return std::nullopt;
        }
    } else {
        // Middle initials are dropped, as in the canonical names ("Vladimir V. Putin" is
        // Vladimir Putin); the gazetteer keeps the few that belong to a name ("George W. Bush").
        QString full;
        QString kept;
        for (int i = first; i < run.size; ++i) {
            const QStringView w = QStringView(m_text).mid(run.tokens[i].start, run.tokens[i].end - run.tokens[i].start);
            if (!full.isEmpty())
                full += u' ';
            full += w;
            const bool initial = w.size() <= 2 && w.endsWith(u'.') && i != first && i != run.size - 1;
            if (!initial) {
                if (!kept.isEmpty())
                    kept += u' ';
                kept += w;
            }
        }
        out.name = full;
        if (m_people.canonicalName(full).isEmpty() && kept.contains(u' '))
            out.name = kept;
    }
    if (const QString c = m_people.canonicalName(out.name); !c.isEmpty()) {
        out.name = c;
    } else if (words > 1) {
        // A misspelt surname of a directory person with the same first name ("Sergei Lavrow").
        const QStringView firstWord = QStringView(m_text).mid(run.tokens[first].start, run.tokens[first].end - run.tokens[first].start);
        const QString lastWord = m_text.mid(run.last().start, run.last().end - run.last().start);
        if (const QString near = m_people.nearSpelling(firstWord.toString(), lastWord); !near.isEmpty())
            out.name = near;
    }
    if (out.gender.isEmpty())
        out.gender = m_gender.value(out.name);
    return out;
}

std::optional<NameRun> NameRegistry::nameAt(int pos) const
{
    if (pos >= m_text.size() || !m_text[pos].isUpper())
        return std::nullopt;
    const auto it = std::lower_bound(m_cache.begin(), m_cache.end(), pos,
                                     [](const Cached &c, int p) { return c.pos < p; });
    if (it != m_cache.end() && it->pos == pos)
        return it->name;
    return fromRun(readRun(pos), true, nullptr);
}

QString NameRegistry::labelSpeaker(TextSpan label) const
{
    bool titled = false;
    int pos = label.start;
    for (;;) {
        while (pos < label.end && m_folded[pos].isSpace())
            ++pos;
        const PhraseMatcher::Hit t = m_rules.titles.longestAt(m_folded, pos);
        if (t.length == 0 || pos + t.length >= label.end)
            break;
        pos += t.length;
        titled = true;
    }
    QStringList parts;
    for (int i = pos; i < label.end;) {
        if (m_folded[i].isSpace()) {
            ++i;
            continue;
        }
        int e = i;
        while (e < label.end && !m_folded[e].isSpace())
            ++e;
        for (int c = i; c < e; ++c)
            if (!m_folded[c].isLetter() && m_folded[c] != u'-' && m_folded[c] != u'\'' && m_folded[c] != u'.')
                return {}; // digits or symbols: not a name
        const bool particle = m_rules.particles.longestAt(m_folded, i).length == e - i;
        if (!particle && (m_rules.notNameWords.longestAt(m_folded, i).length == e - i || isOrganisationWord(i, e)))
            return {};
        // Title case: "ZIELINSKI-WRONA" -> "Zielinski-Wrona", "VAN" stays a lower-case particle.
        QString w = m_folded.mid(i, e - i);
        for (int c = 0; c < w.size() && !particle; ++c)
            if (c == 0 || w[c - 1] == u'-' || w[c - 1] == u'\'' || w[c - 1] == u'.')
                w[c] = w[c].toUpper();
        if (m_placeNames.longestAt(m_text, i).length == e - i)
            return {};
        parts << w;
        i = e;
    }
    if (parts.isEmpty() || parts.size() > 4)
        return {};
    const QString joined = parts.join(u' ');
    if (const QString c = m_people.canonicalName(joined); !c.isEmpty())
        return c;
    if (parts.size() == 1) {
        const QString registered = m_bySurname.value(joined);
        if (!registered.isEmpty())
            return registered;
        return titled ? joined : QString();
    }
    return joined;
}

} // namespace summit
