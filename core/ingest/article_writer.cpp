#include "ingest/article_writer.h"

#include "ingest/happening_resolver.h"
#include "library/user_edits.h"
#include "store/database.h"
#include "store/statement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace summit {

namespace {

// Appends text as a JSON string literal. Written by hand because every article stores a few
// small JSON arrays, and building QJsonObjects for them cost as much as some extractors.
void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

// A quote's alternative speakers as a JSON array of {"speaker", "confidence"}.
QString alternativesJson(const QVector<SpeakerAlternative> &alternatives)
{
    if (alternatives.isEmpty())
        return QStringLiteral("[]");
    QString out = QStringLiteral("[");
    for (const SpeakerAlternative &a : alternatives) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        out += QLatin1String("{\"speaker\":");
        appendJsonString(out, a.speaker);
        out += QLatin1String(",\"confidence\":") + QString::number(qRound(a.confidence * 1000) / 1000.0) + QLatin1Char('}');
    }
    return out + QLatin1Char(']');
}

// A JSON array of strings (evidence and participant lists, written for every link).
QString jsonArray(const QStringList &list)
{
    QString out;
    out.reserve(2 + list.size() * 24);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        appendJsonString(out, list[i]);
    }
    out += QLatin1Char(']');
    return out;
}

// Where each metadata field came from, as a JSON array of {field, value, source, rule}.
QString metadataSourcesJson(const QVector<MetadataSource> &sources)
{
    QString out = QStringLiteral("[");
    for (const MetadataSource &m : sources) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        out += QLatin1String("{\"field\":");
        appendJsonString(out, m.field);
        out += QLatin1String(",\"value\":");
        appendJsonString(out, m.value);
        out += QLatin1String(",\"source\":");
        appendJsonString(out, m.source);
        out += QLatin1String(",\"rule\":");
        appendJsonString(out, m.rule);
        out += QLatin1Char('}');
    }
    return out + QLatin1Char(']');
}

// For NOT NULL text columns: an extractor that leaves a field unset stores "", not a failure.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// YYYY-MM-DD, or a null string (stored as NULL) for an invalid date. Written by hand because
// the writer formats several dates per article and QDate::toString() parses a format each time.
QString isoOrNull(const QDate &d)
{
    if (!d.isValid() || d.year() < 1 || d.year() > 9999)
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    char16_t buf[10];
    auto put = [&buf](int at, int value, int digits) {
        for (int k = digits - 1; k >= 0; --k, value /= 10)
            buf[at + k] = char16_t(u'0' + value % 10);
    };
    put(0, d.year(), 4);
    buf[4] = u'-';
    put(5, d.month(), 2);
    buf[7] = u'-';
    put(8, d.day(), 2);
    return QString(reinterpret_cast<const QChar *>(buf), 10);
}

} // namespace

struct ArticleWriter::Statements
{
    explicit Statements(Database &db)
        : findSha(db, "SELECT id FROM articles WHERE sha256 = ?1 "
                      "UNION ALL SELECT merged_into FROM article_merges WHERE sha256 = ?1 LIMIT 1")
        , article(db, "INSERT INTO articles (source, path, sha256, raw, encoding, format, clean_text, offset_map, "
                      "title, outlet, byline, dateline, dateline_place, published, published_source, url, warnings, "
                      "imported_at, republisher, title_is_file_name, metadata_sources) "
                      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        , paragraph(db, "INSERT INTO paragraphs (article_id, ord, kind, start, end) VALUES (?,?,?,?,?)")
        , sentence(db, "INSERT INTO sentences (article_id, paragraph_id, ord, start, end) VALUES (?,?,?,?,?)")
        , fts(db, "INSERT INTO sentence_fts (rowid, text) VALUES (?, ?)")
        , removed(db, "INSERT INTO removed_blocks (article_id, raw_start, raw_end, text, reason) VALUES (?,?,?,?,?)")
        , timex(db, "INSERT INTO timexes (article_id, sentence_id, start, end, text, value, granularity, begin_date, "
                    "end_date, rule, anchor, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
        , quote(db, "INSERT INTO quotes (article_id, sentence_id, start, end, text, speaker, speaker_text, "
                    "speaker_start, speaker_end, rule, confidence, fragment, event_id, alternatives) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        , mention(db, "INSERT INTO mentions (article_id, sentence_id, kind, key, start, end, text) VALUES (?,?,?,?,?,?,?)")
        , eventBySlug(db, "SELECT id FROM events WHERE slug = ?")
        , extractedEvent(db, "INSERT INTO events (slug, title, kind, start, end, granularity, place, lat, lon, "
                             "participants, actor, topics, summary, origin, article_id) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,'[]',NULL,'extracted',?)")
        , link(db, "INSERT INTO event_links (event_id, article_id, sentence_id, score, evidence) VALUES (?,?,?,?,?)")
        , note(db, "INSERT INTO notes (article_id, event_id, start, end, text, rule) VALUES (?,?,?,?,?,?)")
        , report(db, "INSERT OR IGNORE INTO event_reports (article_id, event_id, evidence) VALUES (?,?,?)")
        , signature(db, "INSERT OR REPLACE INTO article_signatures (article_id, minhash, wire) VALUES (?,?,?)")
    {
    }
    Statement findSha, article, paragraph, sentence, fts, removed, timex, quote, mention, eventBySlug,
        extractedEvent, link, note, report, signature;
};

ArticleWriter::ArticleWriter(Database &db)
    : m_db(db), m_st(std::make_unique<Statements>(db)), m_resolver(std::make_unique<HappeningResolver>(db))
{
}
ArticleWriter::~ArticleWriter() = default;

qint64 ArticleWriter::findBySha(const QString &sha256)
{
    Statement &st = m_st->findSha;
    st.bind(1, sha256);
    const qint64 id = st.step() ? st.int64(0) : 0;
    st.reset();
    return id;
}

qint64 ArticleWriter::write(const PreparedArticle &a, const Extraction &extraction)
{
    const size_t queued = m_pendingIndex.size();
    try {
        return writeRows(a, extraction);
    } catch (...) {
        m_pendingIndex.resize(queued); // the caller rolls the article back; its sentences must not be indexed
        throw;
    }
}

void ArticleWriter::flushSearchIndex()
{
    for (const PendingSentence &s : m_pendingIndex)
        m_st->fts.bindAll(s.id, s.text).run();
    m_pendingIndex.clear();
}

qint64 ArticleWriter::writeRows(const PreparedArticle &a, const Extraction &extraction)
{
    const ArticleText &t = a.text;
    m_st->article
        .bindAll(a.source, a.path.isEmpty() ? QString() : a.path, a.sha256, a.raw, a.encoding, a.format, t.text,
                 a.offsets.serialize(), t.title, t.outlet.isEmpty() ? QString() : t.outlet,
                 a.byline.isEmpty() ? QString() : a.byline, t.dateline.isEmpty() ? QString() : t.dateline,
                 t.datelinePlace.isEmpty() ? QString() : t.datelinePlace, isoOrNull(t.published),
                 a.publishedSource.isEmpty() ? QString() : a.publishedSource, a.url.isEmpty() ? QString() : a.url,
                 jsonArray(a.warnings), QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                 a.republisher.isEmpty() ? QString() : a.republisher, a.titleFromFileName ? 1 : 0,
                 metadataSourcesJson(a.sources))
        .run();
    const qint64 articleId = m_db.lastInsertId();

    QVector<qint64> paragraphIds;
    paragraphIds.reserve(t.paragraphs.size());
    for (int i = 0; i < t.paragraphs.size(); ++i) {
        const Paragraph &p = t.paragraphs[i];
        m_st->paragraph.bindAll(articleId, i, paragraphKindName(p.kind), p.span.start, p.span.end).run();
        paragraphIds.append(m_db.lastInsertId());
    }
    QVector<qint64> sentenceIds;
    sentenceIds.reserve(t.sentences.size());
    for (int i = 0; i < t.sentences.size(); ++i) {
        const Sentence &s = t.sentences[i];
        m_st->sentence.bindAll(articleId, paragraphIds[s.paragraph], i, s.span.start, s.span.end).run();
        const qint64 id = m_db.lastInsertId();
        sentenceIds.append(id);
        m_pendingIndex.push_back({id, t.slice(s.span)});
    }
    for (const RemovedBlock &r : a.removed)
        m_st->removed.bindAll(articleId, r.rawStart, r.rawEnd, r.text, r.reason).run();
    writeExtraction(articleId, sentenceIds, extraction);
    return articleId;
}

void ArticleWriter::writeExtraction(qint64 articleId, const QVector<qint64> &sentenceIds, const Extraction &x)
{
    auto sentenceId = [&](int index, Statement &st, int column) {
        if (index >= 0 && index < sentenceIds.size())
            st.bind(column, sentenceIds[index]);
        else
            st.bindNull(column);
    };
    auto eventId = [&](const QString &slug) -> qint64 {
        if (slug.isEmpty())
            return 0;
        Statement &st = m_st->eventBySlug;
        st.bind(1, slug);
        const qint64 id = st.step() ? st.int64(0) : 0;
        st.reset();
        return id;
    };

    // Cross-document resolution: an extracted happening that an earlier article already
    // created (same place, dates within a day of its extent, compatible kind, shared
    // participants) is the same event. The (place, start) index keeps this one range probe
    // per article, so the cost does not grow with the library.
    QString merged;
    if (x.newEvent)
        merged = m_resolver->resolve(*x.newEvent);
    const QString ownSlug = x.newEvent ? x.newEvent->slug : QString();
    // Same place, kind and day but not the same happening (other people): a slug of its own.
    if (x.newEvent && merged.isEmpty() && eventId(ownSlug) != 0)
        merged = ownSlug + QStringLiteral("-a") + QString::number(articleId);
    auto slugOf = [&](const QString &slug) -> const QString & {
        return !merged.isEmpty() && slug == ownSlug ? merged : slug;
    };
    if (x.newEvent) {
        const ExtractedEvent &e = *x.newEvent;
        Statement &st = m_st->extractedEvent;
        if (eventId(slugOf(e.slug)) == 0) {
            st.bindAll(slugOf(e.slug), e.title, e.kind, isoOrNull(e.start), isoOrNull(e.end.isValid() ? e.end : e.start),
                       e.granularity.isEmpty() ? QStringLiteral("day") : e.granularity, e.place);
            if (e.hasCoordinates)
                st.bind(8, e.lat).bind(9, e.lon);
            else
                st.bindNull(8).bindNull(9);
            st.bind(10, jsonArray(e.participants)).bind(11, e.actor.isEmpty() ? QString() : e.actor).bind(12, articleId);
            st.run();
        }
    }

    for (const Timex &tx : x.timexes) {
        Statement &st = m_st->timex;
        st.bind(1, articleId);
        sentenceId(tx.sentence, st, 2);
        st.bind(3, tx.span.start).bind(4, tx.span.end).bind(5, nonNull(tx.text)).bind(6, nonNull(tx.value)).bind(7, nonNull(tx.granularity))
            .bind(8, isoOrNull(tx.begin)).bind(9, isoOrNull(tx.end)).bind(10, nonNull(tx.rule))
            .bind(11, tx.anchor.isEmpty() ? QString() : tx.anchor).bind(12, tx.confidence);
        st.run();
    }

    // A quote belongs to the event where it was said: the event the article reports, unless
    // its own sentence places the words at another event, strongly and on that event's dates
    // ("said at the G8 summit on June 7"). An event the sentence only recalls is no venue.
    QHash<int, QPair<QString, double>> bestEvent;
    for (const EventLink &l : x.links) {
        const bool dated = std::any_of(l.evidence.begin(), l.evidence.end(),
                                       [](const QString &e) { return e.startsWith(QLatin1String("date:")); });
        if (!dated || l.score < 0.9)
            continue;
        auto it = bestEvent.find(l.sentence);
        if (it == bestEvent.end() || it->second < l.score)
            bestEvent[l.sentence] = {l.eventSlug, l.score};
    }
    for (const Quote &q : x.quotes) {
        Statement &st = m_st->quote;
        st.bind(1, articleId);
        sentenceId(q.sentence, st, 2);
        st.bind(3, q.span.start).bind(4, q.span.end).bind(5, nonNull(q.text))
            .bind(6, q.speaker.isEmpty() ? QString() : q.speaker)
            .bind(7, q.speakerText.isEmpty() ? QString() : q.speakerText);
        if (q.speakerSpan.length() > 0)
            st.bind(8, q.speakerSpan.start).bind(9, q.speakerSpan.end);
        else
            st.bindNull(8).bindNull(9);
        st.bind(10, nonNull(q.rule)).bind(11, q.confidence).bind(12, q.fragment ? 1 : 0);
        QString slug = x.reportedEventSlug;
        if (bestEvent.contains(q.sentence))
            slug = bestEvent.value(q.sentence).first;
        const qint64 ev = eventId(slugOf(slug));
        if (ev)
            st.bind(13, ev);
        else
            st.bindNull(13);
        st.bind(14, alternativesJson(q.alternatives));
        st.run();
    }
    for (const Mention &m : x.mentions) {
        Statement &st = m_st->mention;
        st.bind(1, articleId);
        sentenceId(m.sentence, st, 2);
        st.bind(3, nonNull(m.kind)).bind(4, nonNull(m.key)).bind(5, m.span.start).bind(6, m.span.end).bind(7, nonNull(m.text));
        st.run();
    }
    for (const EventLink &l : x.links) {
        const qint64 ev = eventId(slugOf(l.eventSlug));
        if (!ev || l.sentence < 0 || l.sentence >= sentenceIds.size())
            continue;
        m_st->link.bindAll(ev, articleId, sentenceIds[l.sentence], l.score, jsonArray(l.evidence)).run();
    }
    for (const Note &n : x.notes) {
        Statement &st = m_st->note;
        st.bind(1, articleId);
        if (const qint64 ev = eventId(slugOf(n.eventSlug)))
            st.bind(2, ev);
        else
            st.bindNull(2);
        st.bind(3, n.span.start).bind(4, n.span.end).bind(5, nonNull(n.text)).bind(6, nonNull(n.rule));
        st.run();
    }
    if (const qint64 ev = eventId(slugOf(x.reportedEventSlug)))
        m_st->report.bindAll(articleId, ev, jsonArray(x.reportEvidence)).run();
    if (!x.signature.isEmpty())
        m_st->signature.bindAll(articleId, x.signature, x.wire.isEmpty() ? QString() : x.wire).run();
}



void ArticleWriter::rewriteExtraction(qint64 articleId, const Extraction &extraction)
{
    // An extracted event belongs to the article that first reported it, but later articles may
    // report it too: hand it to one of them before this article's rows go, so re-extracting one
    // article never takes the event (and the other articles' reports of it) with it. Only an
    // event nobody else reports is deleted.
    for (const char *sql : {"DELETE FROM timexes WHERE article_id = ?", "DELETE FROM quotes WHERE article_id = ?",
                            "DELETE FROM mentions WHERE article_id = ?", "DELETE FROM event_links WHERE article_id = ?",
                            "DELETE FROM notes WHERE article_id = ?", "DELETE FROM event_reports WHERE article_id = ?",
                            "UPDATE events SET article_id = (SELECT MIN(r.article_id) FROM event_reports r "
                            "WHERE r.event_id = events.id) WHERE article_id = ?1 AND origin = 'extracted' AND "
                            "EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = events.id)",
                            // An event the user edited or deleted stays: their edit wins (schema v7).
                            "DELETE FROM events WHERE article_id = ? AND origin = 'extracted' "
                            "AND edited_at IS NULL AND deleted = 0"}) {
        Statement st(m_db, sql);
        st.bind(1, articleId).run();
    }
    QVector<qint64> sentenceIds;
    Statement st(m_db, "SELECT id FROM sentences WHERE article_id = ? ORDER BY ord");
    st.bind(1, articleId);
    while (st.step())
        sentenceIds.append(st.int64(0));
    writeExtraction(articleId, sentenceIds, extraction);
    // The quotes are new rows: the user's speaker corrections go back onto them.
    library::applyUserLayer(m_db, articleId);
}

} // namespace summit
