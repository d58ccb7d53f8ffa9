#include "extract/quotes/speaker_mentions.h"

#include "extract/quotes/name_registry.h"
#include "extract/text/words.h"

#include <QSet>

namespace summit {

namespace {

bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019'; }

bool possessiveAt(const QString &text, int end)
{
    return end + 1 < text.size() && isApostrophe(text[end]) && (text[end + 1] == u's' || text[end + 1] == u'S')
           && (end + 2 >= text.size() || !text[end + 2].isLetter());
}

/// Start of the next word after pos if only one or two spaces separate them, else -1.
int nextWordAfterSpace(const QString &text, int pos)
{
    int n = pos;
    while (n < text.size() && n - pos < 2 && text[n] == u' ')
        ++n;
    return n > pos && n < text.size() && isWordChar(text[n]) ? n : -1;
}

/// "NATO", "IAEA": an acronym of two to six capitals that is not inside an all-capital line.
bool acronymAt(const QString &text, int pos, int end)
{
    if (end - pos < 2 || end - pos > 6)
        return false;
    for (int i = pos; i < end; ++i)
        if (!text[i].isUpper())
            return false;
    auto capitalWord = [&](int s) {
        int e = s;
        while (e < text.size() && text[e].isLetter())
            ++e;
        if (e - s < 2)
            return false;
        for (int i = s; i < e; ++i)
            if (!text[i].isUpper())
                return false;
        return true;
    };
    if (end + 1 < text.size() && text[end] == u' ' && capitalWord(end + 1))
        return false;
    if (pos >= 2 && text[pos - 1] == u' ') {
        int s = pos - 1;
        while (s > 0 && text[s - 1].isLetter())
            --s;
        if (s < pos - 1 && capitalWord(s))
            return false;
    }
    return true;
}

QString lastWord(const QString &name) { return name.section(u' ', -1); }

} // namespace

bool SpeakerMentionScanner::seatSpeaks(const QString &text, const QString &folded, int start, int end) const
{
    // The capital is the subject of a speech verb right after it (perhaps past a filler), and
    // not the object of a preposition ("officials in Moscow said" is not Moscow speaking).
    int b = start;
    while (b > 0 && text[b - 1] == u' ')
        --b;
    int w = b;
    while (w > 0 && text[w - 1].isLetter())
        --w;
    if (w < b && text[w].isLower() && m_rules.clauseJoiners.longestAt(folded, w).length != b - w
        && QStringView(folded).mid(w, b - w) != QLatin1String("with"))
        return false;
    for (int hops = 0; hops < 2; ++hops) {
        const int next = nextWordAfterSpace(text, end);
        if (next < 0)
            return false;
        const PhraseMatcher::Hit v = m_rules.speechVerbs.longestAt(folded, next);
        if (v.length > 0 && v.payload == 0)
            return QStringView(folded).mid(next + v.length, 4) != QLatin1String(" to ");
        const PhraseMatcher::Hit f = m_rules.fillers.longestAt(folded, next);
        if (f.length == 0)
            return false;
        end = next + f.length;
    }
    return false;
}

QVector<SpeakerMention> SpeakerMentionScanner::scan(const QString &text, const QString &folded,
                                                    const QVector<TextSpan> &excluded,
                                                    QDate published, const NameRegistry &names) const
{
    QVector<SpeakerMention> out;
    QSet<QString> named; // canonical names seen so far, to resolve bare titles
    int ex = 0;
    int pos = 0;
    const int n = int(text.size());
    while (pos < n) {
        while (ex < excluded.size() && excluded[ex].end <= pos)
            ++ex;
        if (ex < excluded.size() && excluded[ex].contains(pos)) {
            pos = excluded[ex].end;
            continue;
        }
        if (!text[pos].isLetter() || (pos > 0 && isWordChar(text[pos - 1]))) {
            ++pos;
            continue;
        }
        SpeakerMention m;
        m.start = pos;
        const auto alias = m_people.aliasAt(text, pos);
        const auto desc = m_people.descriptorAt(folded, pos);
        if (desc && (!alias || desc->end > alias->end)) {
            m.end = desc->end;
            // A title followed by a name is the name ("Russian President Vladimir Putin").
            const int next = nextWordAfterSpace(text, desc->end);
            const auto titled = next >= 0 ? m_people.aliasAt(text, next) : std::nullopt;
            const auto run = next >= 0 && !titled ? names.nameAt(next) : std::nullopt;
            if (titled) {
                m.kind = MentionKind::Name;
                m.end = titled->end;
                m.speaker = titled->name;
            } else if (run) {
                m.kind = MentionKind::Name;
                m.end = run->end;
                m.speaker = run->name;
                m.gender = run->gender;
                m.listed = m_people.person(m.speaker) != nullptr;
            } else {
                m.kind = MentionKind::Descriptor;
                bool contextual = false;
                QStringList who = m_people.holders(desc->key, published, &contextual);
                if (contextual || who.size() > 1) {
                    QStringList seen;
                    for (const QString &w : who)
                        if (named.contains(w))
                            seen << w;
                    who = seen;
                    m.titleKey = desc->key;
                }
                if (who.size() == 1)
                    m.speaker = who.first();
            }
        } else if (alias) {
            m.kind = MentionKind::Name;
            m.end = alias->end;
            m.speaker = alias->name;
        } else if (const PhraseMatcher::Hit det = m_rules.determiners.longestAt(folded, pos); det.length > 0) {
            // Determiner, a few modifiers, then a head noun: "a senior U.S. official".
            int w = nextWordAfterSpace(text, pos + det.length);
            for (int words = 0; w >= 0 && words <= m_rules.maxSourceModifiers; ++words) {
                const PhraseMatcher::Hit head = m_rules.sourceHeads.longestAt(folded, w);
                // "a senior Pentagon official", "the military alliance": the last head noun of
                // the phrase is its head; the ones before it are modifiers.
                const int following = head.length > 0 ? nextWordAfterSpace(text, w + head.length) : -1;
                if (following >= 0 && words < m_rules.maxSourceModifiers
                    && m_rules.sourceHeads.longestAt(folded, following).length > 0) {
                    w = following;
                    continue;
                }
                // "the Kremlin press office", "the ministry's press service": one plain word
                // between two heads is a modifier too.
                if (following >= 0 && words + 1 < m_rules.maxSourceModifiers
                    && m_rules.speechVerbs.longestAt(folded, following).length == 0 && text[following].isLower()) {
                    const int beyond = nextWordAfterSpace(text, wordEnd(text, following));
                    if (beyond >= 0 && m_rules.sourceHeads.longestAt(folded, beyond).length > 0) {
                        w = beyond;
                        ++words;
                        continue;
                    }
                }
                // "the U.N. General Assembly", "the Security Council": a capitalised head
                // followed by another capitalised word is part of a proper name, not a source.
                if (head.length > 0 && text[w].isUpper()) {
                    const int after = nextWordAfterSpace(text, w + head.length);
                    if (after >= 0 && after == w + head.length + 1 && text[after].isUpper())
                        break;
                }
                if (head.length > 0) {
                    const bool organisation = head.payload == 1;
                    m.kind = organisation ? MentionKind::Organisation : MentionKind::Unnamed;
                    m.end = w + head.length;
                    const int modStart = nextWordAfterSpace(text, pos + det.length);
                    const QString suffix = organisation ? QString() : QStringLiteral(" (unnamed)");
                    m.speaker = text.mid(modStart, m.end - modStart) + suffix;
                    if (organisation)
                        m.gender = QStringLiteral("organisation");
                    const QString headWord = folded.mid(w, head.length);
                    bool backReference = false;
                    if (det.payload == 1 && modStart == w) { // "the official": an earlier source
                        for (int i = int(out.size()) - 1; i >= 0; --i) {
                            const SpeakerMention &o = out[i];
                            if (o.kind == m.kind && o.speaker.endsWith(headWord + suffix, Qt::CaseInsensitive)) {
                                m.speaker = o.speaker;
                                backReference = true;
                                break;
                            }
                        }
                    }
                    // "Serbia's envoy, Pavle Jevremovic, ... was blunter. "...," the diplomat
                    // said": a bare definite head with no earlier source of that head refers
                    // back like a pronoun to the person just spoken of.
                    if (!organisation && !backReference && det.payload == 1 && modStart == w) {
                        m.kind = MentionKind::Pronoun;
                        m.speaker.clear();
                        break;
                    }
                    if (organisation && !backReference && det.payload == 1
                        && m_rules.acronymBackReferenceHeads.longestAt(folded, w).length == head.length) {
                        for (int i = int(out.size()) - 1; i >= 0; --i) {
                            const SpeakerMention &o = out[i];
                            if (o.kind == MentionKind::Organisation && !o.speaker.contains(u' ')
                                && o.speaker == o.speaker.toUpper()) {
                                m.speaker = o.speaker;
                                break;
                            }
                        }
                    }
                    // "a spokesman for Medvedev": whose spokesman is part of the description.
                    if (!organisation && !backReference && QStringView(folded).mid(m.end, 5) == QLatin1String(" for ")) {
                        const auto whose = m_people.aliasAt(text, m.end + 5);
                        const auto run = whose ? std::nullopt : names.nameAt(m.end + 5);
                        const QString who = whose ? whose->name : run ? run->name : QString();
                        if (!who.isEmpty()) {
                            m.speaker = lastWord(who) + u' ' + m.speaker;
                            m.end = whose ? whose->end : run->end;
                        }
                    }
                    break;
                }
                const int e = wordEnd(text, w);
                if (e == w || m_rules.speechVerbs.longestAt(folded, w).length > 0)
                    break;
                w = nextWordAfterSpace(text, e);
            }
        } else if (const PhraseMatcher::Hit pro = m_rules.pronouns.longestAt(folded, pos); pro.length > 0) {
            m.kind = MentionKind::Pronoun;
            m.end = pos + pro.length;
            m.gender = pro.payload == 1   ? QStringLiteral("female")
                       : pro.payload == 2 ? QStringLiteral("organisation")
                                          : QStringLiteral("male");
        } else if (const int seat = text[pos].isUpper() ? m_rules.governmentSeats.longestAt(folded, pos).length : 0;
                   seat > 0 && seatSpeaks(text, folded, pos, pos + seat)) {
            // "Moscow warned", "with Washington insisting": the capital speaks for its government.
            m.kind = MentionKind::Organisation;
            m.end = pos + seat;
            m.speaker = text.mid(pos, seat);
            m.gender = QStringLiteral("organisation");
        } else if (const auto run = names.nameAt(pos)) {
            m.kind = MentionKind::Name;
            m.end = run->end;
            m.speaker = run->name;
            m.gender = run->gender;
            // "Russian Deputy Prime Minister Sergei Ivanov": read from the text, but the
            // directory knows him, with his gender.
            m.listed = m_people.person(m.speaker) != nullptr;
        } else if (const int e = wordRunEnd(text, pos);
                   acronymAt(text, pos, e) && names.speakerAcronym(pos, e)) {
            m.kind = MentionKind::Organisation;
            m.end = e;
            m.speaker = text.mid(pos, e - pos);
            m.gender = QStringLiteral("organisation");
        }
        if (m.end == 0) {
            while (pos < n && isWordChar(text[pos]))
                ++pos;
            continue;
        }
        if ((m.kind == MentionKind::Name && m.listed) || m.kind == MentionKind::Descriptor)
            m.gender = m_people.gender(m.speaker);
        if (m.kind == MentionKind::Name)
            named.insert(m.speaker);
        m.possessive = possessiveAt(text, m.end);
        // "Medvedev's spokesman": a source described by whose it is.
        if (m.possessive && m.kind == MentionKind::Name) {
            const int w = nextWordAfterSpace(text, m.end + 2);
            const PhraseMatcher::Hit head = w >= 0 ? m_rules.sourceHeads.longestAt(folded, w) : PhraseMatcher::Hit();
            if (head.length > 0 && head.payload == 0) {
                m.kind = MentionKind::Unnamed;
                m.speaker = lastWord(m.speaker) + u' ' + text.mid(w, head.length) + QStringLiteral(" (unnamed)");
                m.gender.clear();
                m.end = w + head.length;
                m.possessive = possessiveAt(text, m.end);
            }
        }
        out.append(m);
        pos = m.end;
    }
    keepTitlesApartFromOthers(text, out);
    return out;
}

void SpeakerMentionScanner::keepTitlesApartFromOthers(const QString &text, QVector<SpeakerMention> &mentions)
{
    // "The President spoke today with Russian President Dmitry Medvedev": a bare title and a
    // name in one sentence, not side by side as an apposition ("Medvedev, the president,"), are
    // two people, so in this article that title never stands for that name, however few other
    // holders were named. Otherwise a White House readout's "The President said" goes to the
    // only president it names: the one he phoned.
    const auto sentenceBounds = [&](int pos) {
        int s = pos, e = pos;
        while (s > 0 && !(text[s - 1] == u'.' || text[s - 1] == u'?' || text[s - 1] == u'!' || text[s - 1] == u'\n'))
            --s;
        while (e < text.size() && !(text[e] == u'.' || text[e] == u'?' || text[e] == u'!' || text[e] == u'\n'))
            ++e;
        return std::pair{s, int(e)};
    };
    const auto apposed = [&](const SpeakerMention &a, const SpeakerMention &b) {
        const SpeakerMention &first = a.start < b.start ? a : b;
        const SpeakerMention &second = a.start < b.start ? b : a;
        const QStringView between = QStringView(text).mid(first.end, std::max(0, second.start - first.end)).trimmed();
        return between.isEmpty() || between == u"," || between == u"-" || between == u"\u2014";
    };
    QHash<QString, QSet<QString>> others; // title key -> people a use of it was told apart from
    for (const SpeakerMention &d : std::as_const(mentions)) {
        if (d.titleKey.isEmpty())
            continue;
        const auto [s, e] = sentenceBounds(d.start);
        for (const SpeakerMention &n : std::as_const(mentions))
            if (n.kind == MentionKind::Name && n.start >= s && n.end <= e && !apposed(d, n))
                others[d.titleKey].insert(n.speaker);
    }
    for (SpeakerMention &d : mentions)
        if (!d.titleKey.isEmpty() && others.value(d.titleKey).contains(d.speaker))
            d.speaker.clear();
}

} // namespace summit
