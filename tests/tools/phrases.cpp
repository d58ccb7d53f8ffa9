#include "phrases.h"

using namespace Qt::Literals::StringLiterals;

namespace summit::gen {

const QStringList &leadSentences()
{
    static const QStringList list = {
        u"{us} and {ru} failed to settle their quarrel over {topic} {day}, though both promised to keep their negotiators talking."_s,
        u"{ru} warned {day} that {moscow} would answer any move by Washington on {topic} with steps of its own."_s,
        u"{us} will travel to {venue} {future} for talks with {ru} expected to center on {topic}, officials said {day}."_s,
        u"Senior U.S. and Russian officials wrapped up two days of talks on {topic} in {venue} {day} without an agreement but with a pledge to meet again {future}."_s,
        u"{ru} offered {day} to widen cooperation with Washington on {topic}, a proposal U.S. officials said they would study carefully."_s,
        u"Russia and the United States narrowed their differences on {topic} {day}, but a final deal remained out of reach, diplomats said."_s,
        u"{us} said {day} that progress on {topic} was still possible before the {range} meeting, despite sharp words from {moscow} {past}."_s,
        u"Allied ministers gathered in {venue} {day} amid fresh friction between Washington and Moscow over {topic}."_s,
        u"The Kremlin on {weekday} rejected a new American proposal on {topic}, saying it did not address Russia's main concerns."_s,
        u"Washington and Moscow agreed {day} to set up expert groups on {topic}, the most concrete result of months of strained diplomacy."_s,
    };
    return list;
}

const QStringList &headlines()
{
    static const QStringList list = {
        u"{usLast}, {ruLast} still apart on {short}"_s,
        u"{ruLast} warns West over {short}"_s,
        u"Russia, U.S. agree to keep talking on {short}"_s,
        u"Kremlin cool to new U.S. offer on {short}"_s,
        u"Talks in {venue} end without deal on {short}"_s,
        u"Q&A: What is at stake in the {short} dispute"_s,
        u"Analysis: {short} tests U.S.-Russian thaw"_s,
        u"{usLast} to meet {ruLast} in {venue}; {short} on agenda"_s,
        u"Allies split as {short} row deepens"_s,
        u"Officials call {short} talks 'useful' but see no breakthrough"_s,
        u"Moscow & Washington trade barbs over {short}"_s,
        u"{ruLast}: Russia ready for compromise on {short}"_s,
    };
    return list;
}

const QStringList &generalQuotes()
{
    static const QStringList list = {
        u"We had a frank and useful conversation"_s,
        u"I think we understand each other better than we did a year ago"_s,
        u"There are still serious differences between us|but we are determined to work through them"_s,
        u"Nobody expected a breakthrough at this meeting"_s,
        u"The relationship is too important to be held hostage by a single issue"_s,
        u"We are prepared to go further if our partners are"_s,
        u"I would not call it a crisis|but it is a difficult moment"_s,
        u"These are complicated questions|and they will not be solved in one afternoon"_s,
        u"We have agreed to instruct our experts to keep working"_s,
        u"[W] The president was very direct with him"_s,
        u"Our concerns have been heard|and that in itself matters"_s,
        u"What counts is what happens after the cameras leave"_s,
        u"We will judge them by their actions, not their words"_s,
        u"[W] Why would we build something that threatens our own partners?"_s,
        u"We don't agree on everything|and we don't pretend to"_s,
        u"I told him our offer still stands"_s,
        u"Nobody here wants to go back to the Cold War"_s,
        u"The atmosphere was businesslike, even warm"_s,
        u"[M] We want a predictable relationship with Washington"_s,
        u"We now have what some people call a 'road map'|and we intend to follow it"_s,
        u"Some commentators talk about a 'new Cold War.' I don't accept that"_s,
        u"It's not going to be easy|but it's worth doing"_s,
        u"There is more that unites us than divides us"_s,
        u"I can't tell you today that the problem is solved"_s,
        u"We listened carefully|and we will give our answer in due course"_s,
        u"Nobody should be surprised by our position"_s,
        u"We are not in the business of making threats"_s,
        u"The ball is now in their court"_s,
        u"I believe we have laid a good foundation"_s,
        u"[W] We made clear that our partners in Europe will be consulted at every step"_s,
        u"[M] You can't build security at someone else's expense"_s,
        u"We have to be realistic about what can be done before the end of the year"_s,
        u"This is a conversation between equals"_s,
        u"Do we trust each other completely? No. But we are talking"_s,
    };
    return list;
}

const QStringList &generalBackground()
{
    static const QStringList list = {
        u"@2002-01 The two presidents have met more than two dozen times since their first summit in Slovenia in June 2001."_s,
        u"Relations between the former Cold War rivals have cooled {past}."_s,
        u"The meeting in {venue} was first announced {past}."_s,
        u"Officials on both sides played down expectations ahead of the talks."_s,
        u"The Kremlin released no details of the telephone call."_s,
        u"A joint statement is expected at the {range} meeting."_s,
        u"Foreign ministers from the Group of Eight are due to meet {range} in {venue}."_s,
        u"Several hundred protesters gathered near the venue {day}, though police kept them far from the motorcade."_s,
        u"Earlier this month, the two sides agreed to form working groups on {topic}."_s,
        u"The negotiations are to resume on {nextAbs} in {venue}."_s,
        u"U.S. officials briefed allies in Brussels on the talks {day}."_s,
        u"The exchange came days before a scheduled visit to {venue}."_s,
        u"Analysts in {moscow} said the tone of the talks mattered as much as the substance."_s,
        u"The two sides last met on {lastAbs} in {venue}."_s,
        u"Talks resumed {past} after a pause of several months."_s,
        u"Diplomats said the agenda had been agreed only hours before the meeting began."_s,
        u"Neither side released a transcript of the session."_s,
        u"The talks ran for nearly three hours, an hour longer than planned."_s,
        u"The State Department said a follow-up round would be held in {venue} {future}."_s,
        u"Russian television led its evening news with footage of the two delegations."_s,
        u"Markets in Moscow barely reacted to the news."_s,
        u"European governments have watched the dispute with growing unease."_s,
        u"Lawmakers in both countries have questioned whether the talks can produce results."_s,
        u"The United States and Russia have argued over the issue for years."_s,
        u"A spokesman for the German government said Berlin welcomed any sign of dialogue."_s,
        u"Several allies had urged Washington {past} to consult them more closely."_s,
        u"The Russian Foreign Ministry posted a short summary of the meeting on its Web site."_s,
        u"Reporters were kept behind a rope line outside the residence."_s,
        u"Officials said working-level contacts would continue by telephone."_s,
        u"Both governments have faced domestic pressure to take a harder line {past}."_s,
    };
    return list;
}

const QStringList &partialQuoteFrames()
{
    static const QStringList list = {
        u"{speaker} called the proposal \"{partial}\" and said experts would study it."_s,
        u"{speaker} described the talks as \"{partial},\" according to a statement released {day}."_s,
        u"{speaker} said the plan was \"{partial}\" but offered no details."_s,
        u"In a written statement, {speaker} said Moscow's position amounted to \"{partial}.\""_s,
        u"Officials in {washington} dismissed the criticism, and {speaker} said the idea was \"{partial}.\""_s,
        u"{speaker} later spoke of \"{partial}\" in a television interview."_s,
    };
    return list;
}

const QStringList &indirectSpeech()
{
    static const QStringList list = {
        u"{speaker} told reporters the two sides would meet again {future}."_s,
        u"{speaker} said {pronoun} expected little progress before {nextAbs}."_s,
        u"{speaker} noted that {topic} would top the agenda {future}."_s,
        u"According to {speaker}, experts from both countries will meet {soon} in {venue}."_s,
        u"{speaker} said the two governments had exchanged written proposals {past}."_s,
        u"{speaker} declined to say whether a deal on {short} could be reached by {nextAbs}."_s,
    };
    return list;
}

const QStringList &unnamedSources()
{
    static const QStringList list = {
        u"a senior administration official"_s, u"a Kremlin source"_s,
        u"a senior U.S. official"_s,          u"one European diplomat"_s,
        u"a senior Russian diplomat"_s,       u"a person familiar with the talks"_s,
        u"an official traveling with the president"_s, u"a senior official"_s,
    };
    return list;
}

const QStringList &unnamedRemarks()
{
    static const QStringList list = {
        u"said the mood had changed {past}."_s,
        u"said the meeting ran well past its scheduled hour."_s,
        u"said both delegations had come with new ideas."_s,
        u"described the exchange as blunt but polite."_s,
        u"said the two leaders spoke alone for part of the meeting."_s,
        u"said a written proposal would follow {soon}."_s,
    };
    return list;
}

const QStringList &speechVerbs()
{
    static const QStringList list = {u"said"_s, u"said"_s, u"said"_s, u"added"_s, u"told reporters"_s,
                                     u"insisted"_s, u"noted"_s};
    return list;
}

const QStringList &subheads()
{
    static const QStringList list = {u"Working groups"_s, u"Next steps"_s, u"Allies wary"_s, u"A difficult year"_s,
                                     u"Different readings"_s, u"Energy ties"_s, u"What comes next"_s};
    return list;
}

const QStringList &photoCaptions()
{
    static const QStringList list = {
        u"{ruFull} and {usFull} arrive for a news conference in {venue}."_s,
        u"{usFull}, left, shakes hands with {ruFull} before talks in {venue}."_s,
        u"Delegations led by {usFull} and {ruFull} meet in {venue}."_s,
        u"{ruFull} listens to a question from reporters in {venue}."_s,
    };
    return list;
}

const QStringList &sectionTags()
{
    static const QStringList list = {u"Russia & Eurasia"_s, u"Arms & Security"_s, u"Energy Politics"_s,
                                     u"Global Economy"_s, u"Europe"_s, u"Diplomacy & Security"_s};
    return list;
}

} // namespace summit::gen
