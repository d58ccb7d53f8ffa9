#include "ingest/page_metadata.h"

#include "ingest/date_parsing.h"
#include "ingest/dateline_parser.h"
#include "ingest/line_shapes.h"
#include "ingest/metadata_notes.h"
#include "ingest/outlet_credits.h"
#include "ingest/page_rules.h"
#include "ingest/page_stamps.h"
#include "ingest/word_lexicon.h"
#include "model/web_link.h"

#include <QRegularExpression>

namespace summit {

namespace {

using Role = BlockVerdict::Role;

// "Dec. 19, 2007 — Most Russians ...": a lead that opens with its own full date.
QDate leadDate(const QString &lead)
{
    static const QRegularExpression shape(QStringLiteral(
        "^(?:[A-Z][a-z]+\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2} [A-Z][a-z]+\\.?,? \\d{4}|\\d{4}-\\d{2}-\\d{2})"
        "\\s*(?:--|[\u2014\u2013-])"));
    const auto m = shape.match(lead.left(40));
    return m.hasMatch() ? findFullDate(m.captured(0)) : QDate();
}

} // namespace

void findPageMetadata(const PageRules &rules, PreparedArticle &a, const QVector<SourceBlock> &blocks,
                      const QVector<BlockVerdict> &verdicts, const HtmlMetadata &meta)
{
    ArticleText &t = a.text;
    const DatelineParser &dp = *rules.datelines;
    const RawLines lines(a.rawText);

    // The header: everything before the second body block (a standfirst or an editor's
    // preface may come before the byline and the stamp).
    int titleBlock = -1;
    int storyStart = int(blocks.size());
    int bodies = 0;
    for (int i = 0; i < blocks.size(); ++i) {
        if (verdicts[i].role == Role::Title && titleBlock < 0)
            titleBlock = i;
        if (verdicts[i].role == Role::Body && ++bodies == 2) {
            storyStart = i;
            break;
        }
    }

    // Title: the page's metadata title, then the headline line.
    if (!meta.title.isEmpty()) {
        t.title = withoutKicker(meta.title);
        note(a, "title", t.title, meta.titleTag, QStringLiteral("HTML metadata title"));
    } else if (titleBlock >= 0) {
        t.title = withoutKicker(blocks[titleBlock].text);
        note(a, "title", t.title, lines.ref(blocks[titleBlock]), verdicts[titleBlock].reason);
    }

    // Byline and header stamps, before the story.
    using Stamp = PageStamp;
    QVector<Stamp> stamps;
    QVector<int> numericStamps; // blocks with a numeric stamp, settled once the dateline is known
    // A paper's own desk or the paper a repost credits: the story's origin, ahead of the site.
    QString origin, originSource, originRule;
    auto setOrigin = [&](const QString &name, const QString &source, const QString &rule) {
        if (origin.isEmpty() && !name.isEmpty()) {
            origin = name;
            originSource = source;
            originRule = rule;
        }
    };
    QString agency, agencySource, agencyRule;
    QString site, siteSource, siteRule;
    auto setAgency = [&](const QString &name, const QString &source, const QString &rule) {
        if (agency.isEmpty() && !name.isEmpty()) {
            agency = name;
            agencySource = source;
            agencyRule = rule;
        }
    };
    auto setSite = [&](const QString &name, const QString &source, const QString &rule) {
        if (site.isEmpty() && !name.isEmpty()) {
            site = name;
            siteSource = source;
            siteRule = rule;
        }
    };
    for (int i = 0; i < storyStart; ++i) {
        const SourceBlock &b = blocks[i];
        const Role role = verdicts[i].role;
        if (role == Role::Body)
            continue;
        if (role == Role::Byline) {
            QString name = rules.boilerplate->bylineName(b.text);
            // "Anna Weiss, Agence France-Presse": the agency is the outlet, the person the byline.
            if (const int comma = int(name.lastIndexOf(QLatin1Char(','))); comma > 0 && !dp.knownAgency(name.mid(comma + 1)).isEmpty())
                name = name.left(comma).trimmed();
            if (a.byline.isEmpty() && !name.isEmpty()) {
                a.byline = name;
                note(a, "byline", name, lines.ref(b), QStringLiteral("byline line before the story"));
            }
            setAgency(agencyInCredit(dp, b.text), lines.ref(b), QStringLiteral("wire credit in the byline"));
            if (looksLikeOutletName(dp, name) && dp.knownAgency(name).isEmpty())
                setSite(name, lines.ref(b), QStringLiteral("an organisation as byline"));
            // "By Jane Doe" / "Washington Post Foreign Service": the byline's affiliation line.
            // "Ledger Foreign Staff", "Ledger Wire Services": a desk of the paper that ran it.
            if (i + 1 < storyStart && verdicts[i + 1].role != Role::Body)
                setOrigin(deskOwner(dp, blocks[i + 1].text), lines.ref(blocks[i + 1]),
                          QStringLiteral("the paper's desk credited under the byline"));
            if (i + 1 < storyStart && verdicts[i + 1].role != Role::Body && looksLikeOutletName(dp, blocks[i + 1].text)
                && dp.knownAgency(blocks[i + 1].text).isEmpty() && deskOwner(dp, blocks[i + 1].text).isEmpty())
                setSite(blocks[i + 1].text, lines.ref(blocks[i + 1]),
                        QStringLiteral("affiliation line under the byline"));
        }
        if ((role == Role::DateLine || role == Role::Byline) && !hasNumericDate(b.text)) {
            if (const QDate d = findFullDate(b.text); d.isValid())
                stamps.append({d, i});
        } else if (role == Role::DateLine) {
            numericStamps.append(i);
        }
        if (role != Role::Title && role != Role::Byline)
            setOrigin(repostCredit(dp, b.text), lines.ref(b), QStringLiteral("repost credit before the story"));
        // Only a plain header line: a widget or prompt over the menu ("Advertisement") is no masthead.
        if (i != titleBlock && role == Role::Drop && verdicts[i].reason.startsWith(QLatin1String("header line before"))
            && BoilerplateClassifier::isMasthead(blocks, i))
            setSite(siteNameInHeader(dp, b.text), lines.ref(b), QStringLiteral("masthead over the menu row"));
        if (role == Role::Drop || role == Role::Byline || role == Role::Heading) {
            setAgency(agencyInCredit(dp, b.text).isEmpty() || b.text.split(QLatin1Char(' ')).size() > 6 ? QString()
                                                                                                   : agencyInCredit(dp, b.text),
                      lines.ref(b), QStringLiteral("wire credit line before the story"));
            if (titleBlock >= 0 && i != titleBlock)
                setSite(siteBesideHeadline(dp, b.text, blocks[titleBlock].text), lines.ref(b),
                        QStringLiteral("site name beside a repeat of the headline"));
            if (titleBlock < 0 || i < titleBlock) {
                if (startsWithSeparator(b.text) && looksLikeOutletName(dp, b.text.mid(2).trimmed()))
                    setSite(b.text.mid(2).trimmed(), lines.ref(b),
                            QStringLiteral("site name left of a split page title"));
                else if (looksLikeOutletName(dp, b.text))
                    setSite(b.text, lines.ref(b), QStringLiteral("site name line above the headline"));
                else if (b.text.contains(QLatin1String(" | ")) && looksLikeOutletName(dp, siteNameInHeader(dp, b.text)))
                    setSite(siteNameInHeader(dp, b.text), lines.ref(b),
                            QStringLiteral("site name beside a section label above the headline"));
                else if (isSkipLink(lowerCased(b.text)))
                    setSite(siteBeforeSkipLink(dp, b.text), lines.ref(b),
                            QStringLiteral("site name before the skip link"));
                else if (b.text.size() < 80)
                    setSite(outletNameRun(dp, b.text), lines.ref(b),
                            QStringLiteral("outlet name in a header line above the headline"));
            }
        }
    }

    // Dateline: the start of the first body paragraph.
    // Dateline, or a full date opening the story: the first body paragraph, or the second when
    // the first is a standfirst or a preface.
    Dateline dl;
    bool haveDateline = false;
    QString lead;
    QDate ledBy;
    int bodySeen = 0;
    for (const Paragraph &p : t.paragraphs) {
        if (p.kind != ParagraphKind::Body)
            continue;
        const QString text = t.slice(p.span);
        if (isCorrectionNotice(text))
            continue;
        if (lead.isEmpty())
            lead = text;
        haveDateline = dp.parse(text, &dl);
        ledBy = leadDate(text);
        if (haveDateline || ledBy.isValid()) {
            lead = text;
            if (haveDateline && dl.length >= text.size() - 1) {
                // A dateline on a line of its own: the story goes on in the next paragraph.
                for (const Paragraph &q : t.paragraphs)
                    if (q.kind == ParagraphKind::Body && q.span.start > p.span.start) {
                        lead += QLatin1Char(' ') + t.slice(q.span);
                        break;
                    }
            }
            break;
        }
        if (++bodySeen == 2)
            break;
    }
    {
        int seen = 0;
        for (const Paragraph &p : t.paragraphs) {
            if (p.kind != ParagraphKind::Body || ++seen > 2)
                continue;
            setOrigin(repostCredit(dp, t.slice(p.span)), QStringLiteral("body paragraph %1").arg(seen),
                      QStringLiteral("repost credit in the preface"));
        }
    }
    if (haveDateline) {
        t.dateline = dl.text;
        t.datelinePlace = dl.place;
        note(a, "dateline", dl.text, QStringLiteral("first body paragraph"), QStringLiteral("dateline shape"));
        if (!dl.agency.isEmpty())
            setAgency(dp.outletForAgency(dl.agency), QStringLiteral("dateline \u00AB%1\u00BB").arg(dl.text),
                      QStringLiteral("agency in the dateline"));
    }
    if (agency.isEmpty() && !lead.isEmpty()) {
        // "GENEVA - GENEVA (AP) — ...": a wire credit in brackets early in the lead.
        static const QRegularExpression credit(QStringLiteral("\\(([A-Za-z][A-Za-z .&'-]{1,30})\\)"));
        auto it = credit.globalMatch(lead.left(80));
        while (it.hasNext() && agency.isEmpty()) {
            const auto m = it.next();
            setAgency(dp.knownAgency(m.captured(1)), QStringLiteral("lead \u00AB%1\u00BB").arg(lead.left(60)),
                      QStringLiteral("wire credit in brackets in the lead"));
        }
    }
    // A credit closing the story, and copyright lines anywhere.
    for (int i = int(t.paragraphs.size()) - 1; i >= 0 && agency.isEmpty(); --i) {
        if (t.paragraphs[i].kind != ParagraphKind::Body)
            continue;
        setAgency(closingCredit(dp, t.slice(t.paragraphs[i].span)), QStringLiteral("last body paragraph"),
                  QStringLiteral("wire credit closing the story"));
        break;
    }
    for (const RemovedBlock &r : a.removed) {
        const QString holder = copyrightHolder(r.text);
        if (holder.isEmpty())
            continue;
        const QString known = dp.knownAgency(holder);
        if (!known.isEmpty())
            setAgency(known, QStringLiteral("copyright line \u00AB%1\u00BB").arg(r.text.left(60)),
                      QStringLiteral("agency holds the copyright"));
        else if (looksLikeOutletName(dp, holder))
            setSite(holder, QStringLiteral("copyright line \u00AB%1\u00BB").arg(r.text.left(60)),
                    QStringLiteral("site holds the copyright"));
    }
    if (!meta.publisher.isEmpty()) {
        site = meta.publisher;
        siteSource = meta.publisherTag.isEmpty() ? QStringLiteral("HTML metadata") : meta.publisherTag;
        siteRule = QStringLiteral("HTML publisher metadata");
    } else if (!meta.siteFromTitle.isEmpty()) {
        setSite(meta.siteFromTitle, QStringLiteral("<title>"), QStringLiteral("site name split off the page title"));
    }
    if (a.byline.isEmpty() && !meta.author.isEmpty()) {
        a.byline = meta.author;
        note(a, "byline", a.byline, QStringLiteral("HTML metadata"), QStringLiteral("author metadata"));
    }
    // og:url and canonical links come from an untrusted page: only a web link is stored.
    if (const QUrl link = webLink(meta.url); link.isValid())
        a.url = link.toString();

    // A desk or repost credit naming the site itself (or a shorter form of its name) is the site.
    if (!origin.isEmpty() && !site.isEmpty() && site.contains(origin, Qt::CaseInsensitive))
        origin.clear();
    if (agency.isEmpty() && !origin.isEmpty()) {
        agency = origin;
        agencySource = originSource;
        agencyRule = originRule;
    }
    // Outlet: the originating agency or paper when one is credited, with the site as its
    // republisher; otherwise the site itself.
    if (!agency.isEmpty()) {
        t.outlet = agency;
        note(a, "outlet", agency, agencySource, agencyRule);
        if (!site.isEmpty() && dp.knownAgency(site).isEmpty() && site.compare(agency, Qt::CaseInsensitive) != 0) {
            a.republisher = site;
            note(a, "republisher", site, siteSource, siteRule);
        }
    } else if (!site.isEmpty()) {
        t.outlet = site;
        note(a, "outlet", site, siteSource, siteRule);
    }

    // Publication date, in order of trust (docs/EXTRACTION.md): page_dates.cpp.
    DateEvidence e;
    e.metaPublished = meta.published;
    e.metaPublishedTag = meta.publishedTag;
    e.ledBy = ledBy;
    e.lead = lead;
    e.stamps = stamps;
    e.numericStamps = numericStamps;
    e.haveDateline = haveDateline;
    e.dateline = dl;
    choosePublicationDate(a, blocks, e);
}

} // namespace summit
