#include "extract/quotes/transcript.h"

namespace summit {

namespace {

/// Length of "LABEL:" at the start of the paragraph (label in upper case, at most maxWords
/// words), or 0. labelEnd receives the end of the label words.
int labelLength(const QString &text, TextSpan para, int maxWords, int *labelEnd)
{
    int pos = para.start;
    while (pos < para.end && text[pos].isSpace())
        ++pos;
    int words = 0;
    bool inWord = false;
    int letters = 0;
    for (int i = pos; i < para.end && i - pos < 60; ++i) {
        const QChar c = text[i];
        if (c == u':') {
            if (letters == 0 || i + 1 >= para.end || !text[i + 1].isSpace())
                return 0;
            *labelEnd = i;
            return i + 1 - para.start;
        }
        if (c.isLower())
            return 0;
        if (c.isLetter()) {
            ++letters;
            if (!inWord && ++words > maxWords)
                return 0;
            inWord = true;
        } else if (c == u' ') {
            inWord = false;
        } else if (c != u'.' && c != u'-' && c != u'\'' && c != u'\u2019') {
            return 0;
        }
    }
    return 0;
}

QString speakerForLabel(const QString &label, const PeopleDirectory &people, const QuoteRules &rules)
{
    const QString folded = PeopleDirectory::fold(label).simplified();
    if (rules.reporterLabels.longestAt(folded, 0).length == folded.size())
        return rules.reporterSpeaker;
    // "PRESIDENT BUSH" -> try the whole label, then drop titles from the left: "BUSH".
    QStringList words = label.simplified().split(u' ');
    while (!words.isEmpty()) {
        const QString name = people.canonicalNameIgnoringCase(words.join(u' '));
        if (!name.isEmpty())
            return name;
        words.removeFirst();
    }
    return {};
}

} // namespace

QVector<TranscriptLine> readTranscript(const ArticleText &article, const QVector<TextSpan> &paragraphs,
                                       const PeopleDirectory &people, const QuoteRules &rules)
{
    const QString &text = article.text;
    QVector<int> labelLen(paragraphs.size(), 0);
    QVector<int> labelEnd(paragraphs.size(), 0);
    int labels = 0;
    for (int p = 0; p < paragraphs.size(); ++p) {
        if (p < article.paragraphs.size() && article.paragraphs[p].kind != ParagraphKind::Body)
            continue;
        labelLen[p] = labelLength(text, paragraphs[p], rules.transcriptMaxLabelWords, &labelEnd[p]);
        labels += labelLen[p] > 0 ? 1 : 0;
    }
    QVector<TranscriptLine> out;
    if (labels < rules.transcriptMinLabels)
        return out;

    TextSpan label;
    QString speaker;
    bool inTurn = false;
    for (int p = 0; p < paragraphs.size(); ++p) {
        if (p < article.paragraphs.size() && article.paragraphs[p].kind != ParagraphKind::Body)
            continue;
        TranscriptLine line;
        line.paragraph = p;
        int start = paragraphs[p].start;
        if (labelLen[p] > 0) {
            int ls = start;
            while (text[ls].isSpace())
                ++ls;
            label = {ls, labelEnd[p]};
            speaker = speakerForLabel(article.slice(label), people, rules);
            start += labelLen[p];
            inTurn = true;
            line.firstOfTurn = true;
        } else if (!inTurn) {
            continue;
        }
        while (start < paragraphs[p].end && text[start].isSpace())
            ++start;
        int end = paragraphs[p].end;
        while (end > start && text[end - 1].isSpace())
            --end;
        if (end <= start)
            continue;
        line.words = {start, end};
        line.label = label;
        line.speaker = speaker;
        out.append(line);
    }
    return out;
}

} // namespace summit
