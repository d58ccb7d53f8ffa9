#include "extract/people/office_span.h"

#include "extract/people/people_directory.h"
#include "extract/text/words.h"

#include <initializer_list>

namespace summit {

namespace {

/// How far before a name a title may start ("First Deputy Prime Minister " is 29 characters).
constexpr int kTitleReach = 48;

/// True when folded ends with phrase, starting at a word boundary.
bool endsWithWords(QStringView folded, QStringView phrase)
{
    if (phrase.isEmpty() || !folded.endsWith(phrase))
        return false;
    const qsizetype before = folded.size() - phrase.size() - 1;
    return before < 0 || (!isWordChar(folded[before]) && folded[before] != u'-');
}

/// Does the text before a title end with one of words (as a whole word, before any spaces or a
/// hyphen: "then-President", "former President")?
bool endsWithAnyWord(QStringView foldedBeforeTitle, std::initializer_list<const char16_t *> words)
{
    QStringView s = foldedBeforeTitle;
    while (!s.isEmpty() && (s.back() == u' ' || s.back() == u'-'))
        s.chop(1);
    for (const char16_t *w : words) {
        const QStringView word(w);
        if (s.endsWith(word) && (s.size() == word.size() || !isWordChar(s[s.size() - word.size() - 1])))
            return true;
    }
    return false;
}

/// A word before a title that makes it another office: "vice president" is not the president,
/// "deputy foreign minister" not the foreign minister.
bool namesLesserOffice(QStringView foldedBeforeTitle)
{
    return endsWithAnyWord(foldedBeforeTitle, {u"vice", u"deputy", u"acting", u"assistant", u"under", u"associate"});
}

/// A title qualified as past or future ("former", "then-", "ex-", "late", "incoming"): it says
/// nothing about when the text was written.
bool qualifiedAsNotCurrent(QStringView foldedBeforeTitle)
{
    return endsWithAnyWord(foldedBeforeTitle, {u"former", u"then", u"ex", u"late", u"future", u"next", u"would-be",
                                               u"onetime", u"one-time", u"previous", u"incoming", u"outgoing"});
}

QString isoDay(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

std::optional<OfficeSpan> officeSpan(const PeopleDirectory &people, QStringView text, QDate today)
{
    OfficeSpan span;
    bool any = false;
    for (const PersonMatch &m : people.findAliases(text)) {
        const Person *person = people.person(m.name);
        if (!person || person->roles.isEmpty())
            continue;
        // Where the name proper may start: where the match starts, or after a title inside the
        // alias ("President Putin" is "President " + the alias "Putin").
        const QString matched = PeopleDirectory::fold(text.mid(m.start, m.end - m.start));
        QVector<int> nameStarts{m.start};
        for (const QString &alias : std::as_const(person->aliases)) {
            const QString n = PeopleDirectory::fold(alias);
            if (matched.size() > n.size() + 1 && matched.endsWith(n) && matched[matched.size() - n.size() - 1] == u' ')
                nameStarts.append(m.end - int(n.size()));
        }
        QDate roleFrom, roleTo;
        int titleStart = -1;
        for (int nameStart : std::as_const(nameStarts)) {
            // The folded words before the name, as far back as a long title reaches.
            const int from = std::max(0, nameStart - kTitleReach);
            QString before = PeopleDirectory::fold(text.mid(from, nameStart - from));
            while (!before.isEmpty() && before.back() == u' ')
                before.chop(1);
            // The longest title the words end with decides ("prime minister", not "minister");
            // past ("former") or lesser ("deputy") it says nothing about the date.
            QString title;
            for (const PersonRole &role : person->roles)
                for (const QStringList *list : {&role.contextDescriptors, &role.descriptors})
                    for (const QString &p : *list) {
                        const QString f = PeopleDirectory::fold(p);
                        if (f.size() > title.size() && endsWithWords(before, f))
                            title = f;
                    }
            if (title.isEmpty())
                continue;
            const QStringView head = QStringView(before).first(before.size() - title.size());
            if (namesLesserOffice(head) || qualifiedAsNotCurrent(head))
                break;
            for (const PersonRole &role : person->roles) {
                bool carries = false;
                for (const QStringList *list : {&role.contextDescriptors, &role.descriptors})
                    for (const QString &p : *list)
                        carries = carries || PeopleDirectory::fold(p) == title;
                if (!carries)
                    continue;
                // Several roles may carry one title ("president" for two terms): the mention
                // is true over all of them.
                const QDate to = role.to.isValid() ? role.to : today;
                roleFrom = roleFrom.isValid() ? std::min(roleFrom, role.from) : role.from;
                roleTo = roleTo.isValid() ? std::max(roleTo, to) : to;
            }
            titleStart = from + int(before.size() - title.size());
            if (roleFrom.isValid())
                break;
        }
        if (!roleFrom.isValid())
            continue;
        span.from = any ? std::max(span.from, roleFrom) : roleFrom;
        span.to = any ? std::min(span.to, roleTo) : roleTo;
        any = true;
        const QString mention = text.mid(titleStart, m.end - titleStart).toString().simplified();
        const QString entry = QStringLiteral("\u00AB%1\u00BB (%2 \u2013 %3)").arg(mention, isoDay(roleFrom), isoDay(roleTo));
        if (!span.evidence.contains(entry))
            span.evidence << entry;
    }
    if (!any || span.from > span.to)
        return std::nullopt;
    return span;
}

} // namespace summit
