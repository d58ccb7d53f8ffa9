#include "body_writer.h"

#include "phrases.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace summit::gen {
namespace {

QString joined(const QString &body) { return QString(body).replace(u'|', u", "_s); }

bool isQuestion(const QString &body) { return body.endsWith(u'?'); }

// Quote closing before an attribution that follows: "...," or "...?"
QString closedForAttribution(const QString &body)
{
    return u'"' + body + (isQuestion(body) ? u"\""_s : u",\""_s);
}

// Quote closing at the end of a sentence: "..." with its own full stop.
QString closedAtEnd(const QString &body)
{
    return u'"' + body + (isQuestion(body) ? u"\""_s : u".\""_s);
}

// A background template may carry "@YYYY-MM " saying when its fact became true.
bool usableOn(const QString &pattern, QDate published, QString *text)
{
    if (!pattern.startsWith(u'@')) {
        *text = pattern;
        return true;
    }
    const QDate since(pattern.mid(1, 4).toInt(), pattern.mid(6, 2).toInt(), 1);
    *text = pattern.mid(9);
    return published >= since;
}

} // namespace

const Person &BodyWriter::nextSpeaker()
{
    const auto &speakers = m_ctx.speakers();
    // The two principals speak most; officials and allies fill in.
    const int i = m_rng.chance(3, 5) ? m_rng.below(2) : m_rng.below(int(speakers.size()));
    m_lastSpeaker = &speakers.at(i);
    m_ctx.setSpeaker(*m_lastSpeaker);
    return *m_lastSpeaker;
}

QString BodyWriter::lead() { return m_ctx.fill(m_ctx.fresh(leadSentences())); }

namespace {

// The quotes of `pool` a speaker from `side` could say, with the side tags removed.
QStringList quotesFor(const QStringList &pool, Side side)
{
    QStringList out;
    for (const QString &q : pool) {
        if (q.startsWith(u"[W] "_s)) {
            if (side == Side::Washington)
                out << q.mid(4);
        } else if (q.startsWith(u"[M] "_s)) {
            if (side == Side::Moscow)
                out << q.mid(4);
        } else {
            out << q;
        }
    }
    return out;
}

} // namespace

QString BodyWriter::quoteBody(Side side)
{
    // Topic quotes first when the coin says so, then the general pool, so nothing repeats
    // until both are used up.
    const bool topicFirst = m_rng.chance(1, 2);
    const QStringList topic = quotesFor(m_ctx.topic().quotes, side);
    const QStringList general = quotesFor(generalQuotes(), side);
    const QStringList &a = topicFirst ? topic : general;
    const QStringList &b = topicFirst ? general : topic;
    QString pattern;
    if (!m_ctx.tryFresh(a, &pattern) && !m_ctx.tryFresh(b, &pattern))
        pattern = m_rng.pick(general);
    return m_ctx.fill(pattern);
}

QString BodyWriter::quoteSentences(Side side)
{
    QString first = quoteBody(side);
    if (m_rng.chance(1, 4) && !isQuestion(first))
        return joined(first) + u". "_s + joined(quoteBody(side));
    return joined(first);
}

QString BodyWriter::background()
{
    const bool topicFirst = m_rng.chance(3, 5);
    const QStringList &a = topicFirst ? m_ctx.topic().background : generalBackground();
    const QStringList &b = topicFirst ? generalBackground() : m_ctx.topic().background;
    QString pattern, text;
    while (m_ctx.tryFresh(a, &pattern) || m_ctx.tryFresh(b, &pattern)) {
        if (usableOn(pattern, m_ctx.published(), &text))
            return capitalizedFirst(m_ctx.fill(text));
    }
    return m_ctx.fill(u"Officials on both sides have discussed {topic} repeatedly {past}."_s);
}

QString BodyWriter::quoteAttributedAfter(const Person &speaker)
{
    const QString body = quoteSentences(speaker.side);
    const QString verb = isQuestion(body) ? u"asked"_s : m_rng.pick(speechVerbs());
    const bool inverted = (verb == u"said" || verb == u"asked") && m_rng.chance(1, 3);
    const QString who = m_ctx.mention(speaker);
    if (inverted)
        return closedForAttribution(body) + u' ' + verb + u' ' + who + u'.';
    return closedForAttribution(body) + u' ' + who + u' ' + verb + u'.';
}

QString BodyWriter::quoteAttributedBefore(const Person &speaker)
{
    const QString body = quoteSentences(speaker.side);
    // On a first mention wire copy often names the office after the name instead of before it.
    const bool appositive = !m_ctx.wasMentioned(speaker) && m_rng.chance(1, 2);
    QString who = m_ctx.mention(speaker);
    if (appositive)
        who = speaker.fullName() + u", "_s + speaker.descriptor + u',';
    switch (m_rng.below(3)) {
    case 0:
        return who + u" said, "_s + closedAtEnd(body);
    case 1:
        return who + u" said: "_s + closedAtEnd(body);
    default:
        return who + u" told reporters: "_s + closedAtEnd(body);
    }
}

QString BodyWriter::quoteSplitAround(const Person &speaker)
{
    QString body;
    for (int tries = 0; tries < 6 && !body.contains(u'|'); ++tries)
        body = quoteBody(speaker.side);
    if (!body.contains(u'|'))
        return quoteAttributedAfter(speaker);
    const qsizetype bar = body.indexOf(u'|');
    const QString head = body.left(bar);
    const QString tail = body.mid(bar + 1);
    // Once named, the speaker is "he" or "she" inside the split, as in most copy.
    const QString who = m_ctx.wasMentioned(speaker) && m_rng.chance(1, 2) ? speaker.pronoun() : m_ctx.mention(speaker);
    return u'"' + head + u",\" "_s + who + u" said, \""_s + tail + (isQuestion(tail) ? u"\""_s : u".\""_s);
}

QString BodyWriter::quoteWithPronoun()
{
    if (!m_lastSpeaker || !m_ctx.wasMentioned(*m_lastSpeaker))
        return quoteAttributedAfter(nextSpeaker());
    const QString body = quoteSentences(m_lastSpeaker->side);
    const QString pronoun = m_lastSpeaker->pronoun();
    if (m_rng.chance(1, 3))
        return capitalizedFirst(pronoun) + u" added: "_s + closedAtEnd(body);
    const QString verb = isQuestion(body) ? u"asked"_s : m_rng.pick(speechVerbs());
    return closedForAttribution(body) + u' ' + pronoun + u' ' + verb + u'.';
}

QString BodyWriter::quoteFromUnnamed()
{
    const QString source = m_rng.pick(unnamedSources());
    const QString body = quoteSentences(Side::Other);
    switch (m_rng.below(3)) {
    case 0:
        return closedForAttribution(body) + u' ' + source + u" said."_s;
    case 1:
        return closedForAttribution(body) + u" said "_s + source +
               u", who spoke on condition of anonymity because the talks were private."_s;
    default:
        return capitalizedFirst(source) + u' ' + m_ctx.fill(m_ctx.fresh(unnamedRemarks())) + u' ' +
               closedAtEnd(joined(quoteBody(Side::Other)));
    }
}

QString BodyWriter::partialQuote(const Person &speaker)
{
    m_ctx.setSpeaker(speaker);
    m_ctx.setPartial(m_ctx.fresh(m_ctx.topic().partials));
    return capitalizedFirst(m_ctx.fill(m_ctx.fresh(partialQuoteFrames())));
}

QString BodyWriter::reportedSpeech(const Person &speaker)
{
    m_ctx.setSpeaker(speaker);
    return capitalizedFirst(m_ctx.fill(m_ctx.fresh(indirectSpeech())));
}

QVector<Paragraph> BodyWriter::quoteOverTwoParagraphs(const Person &speaker)
{
    // Newspaper convention: the first paragraph has no closing mark, the next reopens the quote.
    const QString who = m_ctx.mention(speaker);
    Paragraph first;
    first.text = who + u" said in a speech "_s + m_ctx.dates().day() + u": \""_s + joined(quoteBody(speaker.side)) + u". "_s +
                 joined(quoteBody(speaker.side)) + u'.';
    first.text.replace(u"?."_s, u"?"_s);
    first.quoteRuns = true;
    Paragraph second;
    second.text = closedAtEnd(joined(quoteBody(speaker.side)) + u". "_s + joined(quoteBody(speaker.side)));
    second.text.replace(u"?. "_s, u"? "_s);
    return {first, second};
}

QVector<Paragraph> BodyWriter::write(int count)
{
    // Some writers use one-sentence paragraphs, others pack three or four.
    m_extraSentenceChance = m_rng.between(0, 4);
    QVector<Paragraph> out;
    out.append({lead()});
    if (m_rng.chance(1, 2))
        out.last().text += u' ' + background();
    while (out.size() < count) {
        const bool roomForSubhead = out.size() >= 3 && out.size() <= count - 3 && !out.last().subhead;
        const bool roomForPair = out.size() <= count - 2;
        const int kind = m_rng.weighted(std::array{18, 10, 8, 8, 8, 8, 10, 24, roomForPair ? 3 : 0,
                                                   roomForSubhead ? 3 : 0});
        Paragraph p;
        switch (kind) {
        case 0:
            p.text = quoteAttributedAfter(nextSpeaker());
            break;
        case 1:
            p.text = quoteAttributedBefore(nextSpeaker());
            break;
        case 2:
            p.text = quoteSplitAround(nextSpeaker());
            break;
        case 3:
            p.text = quoteWithPronoun();
            break;
        case 4:
            p.text = quoteFromUnnamed();
            break;
        case 5:
            p.text = partialQuote(nextSpeaker());
            break;
        case 6:
            p.text = reportedSpeech(nextSpeaker());
            break;
        case 7:
            p.text = background();
            if (m_rng.chance(1, 3))
                p.text += u' ' + background();
            break;
        case 8:
            out += quoteOverTwoParagraphs(nextSpeaker());
            continue;
        default:
            p.text = m_rng.pick(subheads());
            p.subhead = true;
            break;
        }
        // Quotes often carry a line of context after them; wordy outlets add more.
        if (!p.subhead && kind <= 4 && m_rng.chance(1, 4))
            p.text += u' ' + background();
        while (!p.subhead && m_rng.chance(m_extraSentenceChance, 6))
            p.text += u' ' + background();
        out << p;
    }
    // Terse writers can fall short of a real article's length; pad with more context.
    qsizetype chars = 0;
    for (const Paragraph &p : out)
        chars += p.text.size();
    for (int i = 1; chars < 1800; i = i % (int(out.size()) - 1) + 1) {
        if (out[i].subhead || out[i].quoteRuns || out[i - 1].quoteRuns)
            continue;
        const QString extra = u' ' + background();
        out[i].text += extra;
        chars += extra.size();
    }
    return out;
}

} // namespace summit::gen
