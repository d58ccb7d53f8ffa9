#include "ingest/boilerplate_classifier.h"

#include "extract/text/words.h"

#include "extract/entities/knowledge_file.h"

#include "ingest/date_parsing.h"
#include "ingest/dateline_parser.h"
#include "ingest/line_shapes.h"
#include "ingest/outlet_credits.h"
#include "ingest/page_stamps.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace summit {

namespace {



/// "Radoslaw Sikorski, interviewed on Monday:" over a paragraph that opens with a quote mark is
/// the quote's introduction, not a section heading, however short.
bool introducesQuote(const QVector<SourceBlock> &blocks, int i)
{
    const QString text = blocks[i].text.trimmed();
    if (!text.endsWith(QLatin1Char(':')) || i + 1 >= blocks.size())
        return false;
    const QString next = blocks[i + 1].text.trimmed();
    return !next.isEmpty()
           && (next[0] == QLatin1Char('"') || next[0] == QChar(0x201C) || next[0] == QChar(0x00AB)
               || next[0] == QChar(0x201E) || next.startsWith(QLatin1String("''")));
}


QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList out;
    for (const auto &v : o.value(QLatin1String(key)).toArray())
        out << v.toString();
    return out;
}

// A headline may ask or exclaim ("Back to cold war?"); only a full stop marks a sentence.
bool endsAsQuestion(const QString &t)
{
    const QString s = t.trimmed();
    return !s.isEmpty() && (s.back() == QLatin1Char('?') || s.back() == QLatin1Char('!'));
}

// "... in Blow to U.S.": an abbreviation's stop, not a sentence's.
bool endsWithAbbreviation(const QString &t)
{
    const QString s = t.trimmed();
    const qsizetype n = s.size();
    return n >= 4 && s[n - 1] == QLatin1Char('.') && s[n - 2].isUpper() && s[n - 3] == QLatin1Char('.');
}

// "Next Article in Politics »": a link label ends with an arrow.
bool endsAsLink(const QString &t)
{
    const QString s = t.trimmed();
    if (s.isEmpty())
        return false;
    const QChar c = s.back();
    return c == QChar(0x00BB) || c == QChar(0x203A) || c == QLatin1Char('>') || c == QChar(0x2192);
}

bool containsAny(QStringView lower, const QStringList &cues)
{
    for (const QString &c : cues)
        if (lower.contains(c))
            return true;
    return false;
}

// A story's lead opens with its dateline; a photo caption never does.
bool opensWithDateline(const DatelineParser &datelines, const QString &t)
{
    Dateline d;
    return datelines.parse(t, &d);
}

int letterCount(const QString &t)
{
    int n = 0;
    for (QChar c : t)
        n += c.isLetter() ? 1 : 0;
    return n;
}

QString normalised(const QString &t)
{
    return lowerWords(t).join(QLatin1Char(' '));
}

// Share of words that begin with a lower-case letter: high in running prose, low in headlines,
// menus and lists of links, which capitalise most words.
double lowerCaseWordShare(const QString &t)
{
    int words = 0, lower = 0;
    const int n = int(t.size());
    for (int i = nextWordStart(t, 0, n); i < n; i = nextWordStart(t, wordEnd(t, i, n), n)) {
        ++words;
        lower += t[i].isLower() ? 1 : 0;
    }
    return words ? double(lower) / words : 0.0;
}

} // namespace

bool isCorrectionNotice(const QString &text)
{
    static const QRegularExpression notice(
        QStringLiteral("^(?:correction|clarification|editor['\\x{2019}]?s note)\\b[^:]{0,30}:"),
        QRegularExpression::CaseInsensitiveOption);
    return notice.match(text.left(60)).hasMatch();
}

BoilerplateClassifier::BoilerplateClassifier(const QJsonObject &rules, std::shared_ptr<const DatelineParser> datelines)
    : m_datelines(std::move(datelines))
    , m_widgets(strings(rules, "widget_terms"))
    , m_relatedHeads(strings(rules, "related_heads"))
    , m_captionVerbs(strings(rules, "caption_verbs"))
    , m_finiteVerbs(strings(rules, "finite_verbs"))
    , m_footerStarts(strings(rules, "footer_starts"))
    , m_footerCues(strings(rules, "footer_cues"))
    , m_labelPrefixes(strings(rules, "label_prefixes"))
    , m_captionCues(strings(rules, "caption_cues"))
    , m_captionPositions(strings(rules, "caption_position_cues"))
    , m_bylinePrefixes(strings(rules, "byline_prefixes"))
    , m_publishedPrefixes(strings(rules, "published_prefixes"))
    , m_promptVerbs(strings(rules, "prompt_verbs"))
    , m_promptWords(strings(rules, "prompt_words"))
    , m_commentHeads(strings(rules, "comment_heads"))
{
}

bool BoilerplateClassifier::isPublishedLine(const QString &text) const
{
    // A blog's post line ("Posted by someone on Saturday, October 13, 2007 in Category |
    // 4 Comments") runs longer than a stamp but is one all the same.
    const QStringList words = lowerWords(text);
    const bool postLine = words.size() <= 25 && startsWithAny(lowerCased(text), m_publishedPrefixes);
    if ((words.size() > 14 && !postLine) || !findFullDate(text).isValid())
        return false;
    return true;
}

bool BoilerplateClassifier::isDatelineLine(const QString &text) const
{
    // The whole line is a dateline that names a known agency (the bare-agency pattern demands one).
    Dateline d;
    return m_datelines->parse(text, &d) && !d.agency.isEmpty() && d.length >= text.trimmed().size();
}

QVector<BlockVerdict> BoilerplateClassifier::classify(const QVector<SourceBlock> &blocks,
                                                      const QString &knownTitle) const
{
    const int n = int(blocks.size());
    QVector<BlockVerdict> out(n);
    // Judging a block needs its first words only: widget lines and labels are short, and a
    // long block is body or footer whatever its tail says. Tokenising whole paragraphs was
    // the classifier's main cost.
    constexpr int kWordsKept = 40;
    constexpr int kLongBlockWords = 80;
    constexpr int kLongBlockPrefix = 600;
    constexpr int kFooterCueReach = 240; // a disclaimer names itself in its first sentence
    QVector<Features> f(n);
    int firstBody = n;
    int lastBody = -1;
    int bodyBlocks = 0;
    int commentStart = n;
    for (int i = 0; i < n; ++i) {
        Features &x = f[i];
        const QString &text = blocks[i].text;
        x.wordCount = wordCount(text);
        // A long block is judged by its opening (prefixes, labels, footer starts); lower-casing
        // and searching whole story paragraphs was a fifth of the classifier's cost.
        const bool longBlock = x.wordCount > kLongBlockWords;
        x.lower = lowerCased(longBlock ? text.left(kLongBlockPrefix) : text).trimmed();
        x.words = WordLine(lowerWords(text, kWordsKept));
        x.key = x.wordCount <= kWordsKept ? x.words.joined : text.simplified();
        x.terminal = hasTerminalPunctuation(text);
        // Legal footers sit in the second half of a page and say what they are early on;
        // searching cue phrases only there, in the opening, keeps article bodies from paying.
        x.footer = startsWithAny(x.lower, m_footerStarts)
                   || (2 * i >= n && containsAny(QStringView(x.lower).left(kFooterCueReach), m_footerCues));
        x.shape = x.wordCount <= 25 ? lineShape(text, x) : QString();
        // Footers, widgets and prompts can be long; they never mark where the story starts or ends.
        const bool furniture = (x.wordCount <= kWordsKept && m_widgets.coverage(x.words) >= 0.6)
                               || startsWithAny(x.lower, m_labelPrefixes) || x.footer || !x.shape.isEmpty()
                               || isCorrectionNotice(text);
        x.headline = x.wordCount <= 15 && endsWithAbbreviation(text) && isTitleCase(text);
        const bool bodyLike = (x.wordCount >= 10 && x.terminal && !x.headline) || x.wordCount >= 20;
        if (i > firstBody && bodyBlocks >= 3 && commentStart == n && x.wordCount <= 14 && !x.terminal
            && startsComments(blocks, i, x))
            commentStart = i;
        if (!furniture && bodyLike && blocks[i].hint == SourceBlock::Hint::None && commentStart == n) {
            firstBody = std::min(firstBody, i);
            lastBody = i;
            ++bodyBlocks;
        }
    }

    // Short closing sentences belong to the story ("But he did not win them over."), and so does
    // a last paragraph cut off mid-sentence where a page copy was truncated: extend the story
    // over such prose, up to the first block that is not prose.
    auto prose = [&](int i) {
        const Features &x = f[i];
        if (!x.shape.isEmpty() || x.footer || x.headline || blocks[i].hint != SourceBlock::Hint::None
            || (x.wordCount <= kWordsKept && m_widgets.coverage(x.words) >= 0.3))
            return false;
        const bool lastOfPage = i == n - 1 && x.wordCount >= 8 && !x.terminal;
        return ((x.terminal && x.wordCount >= 4) || lastOfPage) && lowerCaseWordShare(blocks[i].text) >= 0.5;
    };
    // A subheading between such paragraphs ("'Disappointing' speech") is part of the story too.
    auto subheading = [&](int i) {
        const Features &x = f[i];
        return x.wordCount <= 8 && !x.terminal && x.shape.isEmpty() && !x.footer
               && blocks[i].hint == SourceBlock::Hint::None && m_widgets.coverage(x.words) < 0.3;
    };
    const int storyLimit = std::min(n, commentStart);
    while (lastBody >= 0 && lastBody + 1 < storyLimit) {
        if (prose(lastBody + 1))
            ++lastBody;
        else if (lastBody + 2 < storyLimit && subheading(lastBody + 1) && prose(lastBody + 2))
            lastBody += 2;
        else
            break;
    }

    const QString titleKey = normalised(knownTitle);
    QSet<QString> seen;
    bool inRelated = false;
    bool storyStarted = false;
    int bodySeen = 0;
    QVector<int> headerCandidates;
    int firstByline = -1;

    for (int i = 0; i < n; ++i) {
        const SourceBlock &b = blocks[i];
        const WordLine &line = f[i].words;
        const QStringList &w = line.words;
        const QString &lower = f[i].lower;
        const QString &key = f[i].key;
        const int wordCount = f[i].wordCount;
        const bool terminal = f[i].terminal;
        const bool bodyLike = (wordCount >= 10 && terminal && !f[i].headline) || wordCount >= 20;
        const bool beforeStory = !storyStarted;
        // A standfirst or an editor's preface may come before the byline and the stamp, so these
        // are looked for until the second body paragraph (a byline there must name someone).
        const bool headerZone = beforeStory || (bodySeen <= 1 && wordCount <= 10 && !terminal);
        BlockVerdict &v = out[i];
        auto drop = [&](const QString &why) {
            v.role = BlockVerdict::Role::Drop;
            v.reason = why;
        };

        if (letterCount(b.text) <= 1 && !(headerZone && isStampShape(b.text, wordCount))) {
            // ("2009/11/15 22:41" has no letters either, but is the page's date stamp.)
            drop(QStringLiteral("no words (stray symbol or separator)"));
        } else if (i >= commentStart && isCommentStamp(b.text)) {
            // Kept as a stamp line (a date on the page) but never read as the publication date.
            v.role = BlockVerdict::Role::DateLine;
            v.reason = QStringLiteral("reader-comment time stamp (a date on the page, not the story's)");
        } else if (i >= commentStart) {
            drop(QStringLiteral("reader comments after the story (names, time stamps and replies)"));
        } else if (beforeStory && isCorrectionNotice(b.text)) {
            // "CORRECTION, Sept. 8, 2007: An earlier version of this article ..." over the
            // headline: the paper's own words about the story, kept as text (its dates and
            // names count), but it does not start the story, so the headline below is still
            // read as the headline.
            v.role = BlockVerdict::Role::Body;
            v.reason = QStringLiteral("correction or editor's notice before the story");
        } else if (b.hint == SourceBlock::Hint::Navigation || b.hint == SourceBlock::Hint::Footer
                   || b.hint == SourceBlock::Hint::Aside) {
            drop(QStringLiteral("inside a page navigation, footer or aside element"));
        } else if (!f[i].shape.isEmpty()) {
            drop(f[i].shape);
        } else if (startsWithAny(lower, m_labelPrefixes)) {
            drop(QStringLiteral("section or tag label"));
        } else if (f[i].footer && (i > firstBody || startsWithAny(lower, m_footerStarts))) {
            drop(QStringLiteral("copyright, disclaimer or contact footer"));
        } else if (wordCount <= 4 && m_relatedHeads.coverage(line) >= 0.99) {
            inRelated = true;
            drop(QStringLiteral("related-stories list"));
        } else if (wordCount <= 12 && m_widgets.coverage(line) >= 0.6) {
            drop(QStringLiteral("page widget (share, e-mail, print, font size, notifications, navigation)"));
        } else if (seen.contains(key)
                   || (m_widgets.leadingCover(line) > 0
                       && seen.contains(w.mid(m_widgets.leadingCover(line)).join(QLatin1Char(' '))))) {
            drop(QStringLiteral("repeats an earlier block"));
        } else if (inRelated && !bodyLike) {
            drop(QStringLiteral("related-stories list"));
        } else if (headerZone && isBylineText(b.text) && (beforeStory || bylineNamesSomeone(b.text))) {
            v.role = BlockVerdict::Role::Byline;
            v.reason = QStringLiteral("byline (kept as metadata)");
            if (firstByline < 0)
                firstByline = i;
        } else if (i > 0 && out[i - 1].role == BlockVerdict::Role::Byline && wordCount <= 6 && !terminal
                   && (!deskOwner(*m_datelines, b.text).isEmpty() || looksLikeOutletName(*m_datelines, b.text))) {
            // "Ledger Foreign Staff", "LEDGER MOSCOW BUREAU" under the byline: the byline's
            // affiliation, read as metadata, also after a standfirst.
            drop(QStringLiteral("the byline's affiliation (kept as metadata)"));
        } else if (b.hadMarkdownLinks && b.linkTextLength * 2 >= letterCount(b.text)) {
            drop(QStringLiteral("markdown link residue"));
        } else if (headerZone && !terminal && (isPublishedLine(b.text) || isStampShape(b.text, wordCount))) {
            v.role = BlockVerdict::Role::DateLine;
            v.reason = QStringLiteral("page date stamp (kept as metadata and as a stamp line)");
        } else if (beforeStory && isDatedHeaderSentence(b.text, wordCount)) {
            v.role = BlockVerdict::Role::DateLine;
            v.reason = QStringLiteral("page date stamp in a header sentence (its weekday and date agree)");
        } else if (b.hint == SourceBlock::Hint::Caption) {
            v.role = BlockVerdict::Role::Caption;
            v.reason = QStringLiteral("figure caption");
        } else if (beforeStory && wordCount <= 8 && isDatelineLine(b.text)) {
            // "SINGAPORE, Nov. 15 Kyodo" on a line of its own opens the story.
            v.role = BlockVerdict::Role::Body;
            v.reason = QStringLiteral("dateline on its own line, opening the story");
            storyStarted = true;
            ++bodySeen;
        } else if (beforeStory && wordCount <= 25 && (!terminal || endsAsQuestion(b.text) || f[i].headline)
                   && b.hint != SourceBlock::Hint::ListItem && !endsAsLink(b.text)
                   && (titleKey.isEmpty() || key == titleKey)) {
            // A headline candidate; the best one is chosen below, once every header line is known.
            v.role = BlockVerdict::Role::Drop;
            v.reason = QStringLiteral("header line before the story (site name, section or label)");
            headerCandidates.append(i);
        } else if (b.hint != SourceBlock::Hint::Heading && wordCount <= 70
                   && !b.text.contains(QLatin1Char('"')) && !b.text.contains(QChar(0x201C))
                   && (containsAny(lower, m_captionCues) || (beforeStory && containsAny(lower, m_captionPositions))
                       || (m_captionVerbs.occursIn(w.size() <= 14 ? line : WordLine(w.mid(0, 14)))
                           && !m_finiteVerbs.occursIn(w.size() <= 14 ? line : WordLine(w.mid(0, 14)))
                           && i <= firstBody + 1)
                       || (wordCount <= 20 && terminal && !m_finiteVerbs.occursIn(line)
                           && w.contains(QStringLiteral("with")) && i > firstBody))
                   && !opensWithDateline(*m_datelines, b.text)) { // the costly veto last
            v.role = BlockVerdict::Role::Caption;
            v.reason = QStringLiteral("photo caption (describes a picture, not the story)");
        } else if (i < firstBody && b.hint == SourceBlock::Hint::ListItem) {
            drop(QStringLiteral("story highlights list (restates the body)"));
        } else if (beforeStory && !bodyLike) {
            drop(QStringLiteral("header line before the story (site name, section or label)"));
        } else if (i > lastBody && !bodyLike) {
            drop(QStringLiteral("trailing page furniture (credit, links, widgets)"));
        } else if (!bodyLike && !terminal && wordCount <= 12 && !introducesQuote(blocks, i)) {
            v.role = BlockVerdict::Role::Heading;
            v.reason = QStringLiteral("section heading");
        } else {
            v.role = BlockVerdict::Role::Body;
            storyStarted = true;
            ++bodySeen;
        }
        if (v.role != BlockVerdict::Role::Drop || v.reason == QLatin1String("repeats an earlier block")
            || (!headerCandidates.isEmpty() && headerCandidates.last() == i))
            seen.insert(key);
        if (v.role == BlockVerdict::Role::Body || v.role == BlockVerdict::Role::Caption)
            trim(b, v);
    }
    QString why;
    const int title = chooseTitle(blocks, f, out, headerCandidates, firstByline, !titleKey.isEmpty(), &why);
    if (title >= 0) {
        out[title].role = BlockVerdict::Role::Title;
        out[title].reason = why;
    }
    return out;
}

void BoilerplateClassifier::trim(const SourceBlock &block, BlockVerdict &v) const
{
    const QString &t = block.text;
    // A lone symbol before a capitalised sentence: no sentence opens with a question mark, a
    // replacement character, a bullet or a quote-reply marker, so it is a character the copy
    // failed to decode (a dash, a bullet) or list residue.
    static const QRegularExpression lead(QStringLiteral("^[?\u00BF\uFFFD|>\u2022*~]+\\s+(?=[A-Z\"\u201C])"));
    static const QString leadSymbols = QStringLiteral("?\u00BF\uFFFD|>\u2022*~");
    if (auto m = !t.isEmpty() && leadSymbols.contains(t[0]) ? lead.match(t) : QRegularExpressionMatch();
        m.hasMatch()) {
        v.trimStart = int(m.capturedLength());
        v.trimReason = QStringLiteral("stray symbol before the text");
    }
    // Widget words glued after the last sentence ("... Putin said. E-mail to a friend").
    // Scanned back from the end: the last stop, its closing marks, then a tail with words.
    // (A regular expression with a look-ahead to the end re-scanned the tail at every stop.)
    int cut = -1;
    for (qsizetype i = t.size() - 1; i >= 0; --i) {
        const QChar c = t[i];
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        qsizetype j = i + 1;
        while (j < t.size() && QStringView(u"\"\u201D\u2019')").contains(t[j]))
            ++j;
        if (j < t.size() && t[j].isSpace() && !QStringView(t).mid(j).trimmed().isEmpty())
            cut = int(j);
        break;
    }
    if (cut >= 0) {
        const QStringList tail = lowerWords(t.mid(cut));
        if (!tail.isEmpty() && m_widgets.coverage(tail) >= 0.99) {
            v.trimEnd = int(t.size()) - cut;
            v.trimReason = v.trimReason.isEmpty() ? QStringLiteral("widget text stuck to the paragraph")
                                                  : v.trimReason + QStringLiteral("; widget text stuck to the paragraph");
        }
    }
}

} // namespace summit
