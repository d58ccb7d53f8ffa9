#include "store/migrations.h"

#include "store/database.h"
#include "store/statement.h"

#include <QString>

namespace summit {

namespace {

// Version 1: articles as imported (raw bytes kept verbatim), their cleaned text and structure,
// the boilerplate log, and full-text search over sentences.
const char kV1[] = R"SQL(
CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    source           TEXT NOT NULL,          -- file name as imported
    path             TEXT,                   -- where it was imported from
    sha256           TEXT NOT NULL UNIQUE,   -- of raw; the dedupe key
    raw              BLOB NOT NULL,          -- the bytes exactly as read
    encoding         TEXT NOT NULL,          -- utf-8 | windows-1252
    format           TEXT NOT NULL,          -- txt | md | html
    clean_text       TEXT NOT NULL,
    offset_map       BLOB NOT NULL,          -- int32 pairs (clean offset, raw offset), see OffsetMap
    title            TEXT,
    outlet           TEXT,
    byline           TEXT,
    dateline         TEXT,
    dateline_place   TEXT,
    published        TEXT,                   -- YYYY-MM-DD or NULL
    published_source TEXT,                   -- html-meta | lead-date | dateline | page-stamp | inferred | manifest | cli | user
    url              TEXT,
    warnings         TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    imported_at      TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);

CREATE TABLE paragraphs (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    kind       TEXT NOT NULL,                -- body | caption | heading
    start      INTEGER NOT NULL,             -- UTF-16 offsets into clean_text
    end        INTEGER NOT NULL,
    UNIQUE (article_id, ord)
);

CREATE TABLE sentences (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    UNIQUE (article_id, ord)
);
CREATE INDEX sentences_paragraph ON sentences(paragraph_id);

-- Every block the cleaner dropped, and why: the debug view of boilerplate removal.
CREATE TABLE removed_blocks (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    raw_start  INTEGER NOT NULL,
    raw_end    INTEGER NOT NULL,
    text       TEXT NOT NULL,
    reason     TEXT NOT NULL
);
CREATE INDEX removed_blocks_article ON removed_blocks(article_id);

-- rowid = sentences.id
CREATE VIRTUAL TABLE sentence_fts USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2');
)SQL";

// Version 2: what extraction finds, each row tied to its span of clean text.
const char kV2[] = R"SQL(
CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    kind         TEXT NOT NULL,              -- summit | ministerial | announcement | milestone | ...
    start        TEXT NOT NULL,              -- YYYY-MM-DD
    end          TEXT NOT NULL,              -- YYYY-MM-DD, inclusive
    granularity  TEXT NOT NULL DEFAULT 'day',
    place        TEXT,
    lat          REAL,
    lon          REAL,
    participants TEXT NOT NULL DEFAULT '[]', -- JSON array of canonical names
    actor        TEXT,                       -- us | russia | joint | multilateral
    topics       TEXT NOT NULL DEFAULT '[]', -- JSON array of topic keys
    summary      TEXT,
    origin       TEXT NOT NULL,              -- catalog | extracted | user
    article_id   INTEGER REFERENCES articles(id) ON DELETE CASCADE  -- for extracted events
);
CREATE INDEX events_start ON events(start);

CREATE TABLE timexes (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value       TEXT NOT NULL,
    granularity TEXT NOT NULL,
    begin_date  TEXT,
    end_date    TEXT,
    rule        TEXT NOT NULL,
    anchor      TEXT,
    confidence  REAL NOT NULL
);
CREATE INDEX timexes_article ON timexes(article_id);

CREATE TABLE quotes (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id   INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    speaker       TEXT,                      -- canonical name or NULL (never guessed)
    speaker_text  TEXT,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    rule          TEXT NOT NULL,
    confidence    REAL NOT NULL,
    fragment      INTEGER NOT NULL DEFAULT 0,
    event_id      INTEGER REFERENCES events(id) ON DELETE SET NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE INDEX quotes_event ON quotes(event_id);

CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,               -- person | place | topic
    key         TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_key ON mentions(kind, key);

CREATE TABLE event_links (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    score       REAL NOT NULL,
    evidence    TEXT NOT NULL DEFAULT '[]'   -- JSON array of strings
);
CREATE INDEX event_links_event ON event_links(event_id);
CREATE INDEX event_links_article ON event_links(article_id);

CREATE TABLE notes (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id   INTEGER REFERENCES events(id) ON DELETE SET NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    rule       TEXT NOT NULL
);
CREATE INDEX notes_article ON notes(article_id);
)SQL";

// Version 3: mentions are found by key only for topics (filters, the briefing's positions), and
// people and places, nine mentions in ten, were paying for an index entry no query used. The
// partial index keeps topic look-ups indexed; the import writes about 12% faster without it.
const char kV3[] = R"SQL(
DROP INDEX mentions_key;
CREATE INDEX mentions_topic ON mentions(key) WHERE kind = 'topic';
)SQL";

// Version 4: a quote keeps the other speakers the finder weighed, for review. A JSON array of
// {"speaker", "confidence"} objects, best first; "[]" when there were none (and for quotes
// imported before this version).
const char kV4[] = R"SQL(
ALTER TABLE quotes ADD COLUMN alternatives TEXT NOT NULL DEFAULT '[]';
)SQL";

// Version 5: where each metadata field came from. The republisher is the site that ran an
// agency's copy (the outlet column keeps the agency); title_is_file_name marks an article whose
// page showed no headline (the file name stands in for it and is not a found title);
// metadata_sources is a JSON array of {field, value, source, rule}, as `inspect` shows it.
// An article "needs a date" when published is NULL.
const char kV5[] = R"SQL(
ALTER TABLE articles ADD COLUMN republisher TEXT;
ALTER TABLE articles ADD COLUMN title_is_file_name INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN metadata_sources TEXT NOT NULL DEFAULT '[]';
)SQL";

// Version 6: which event each article reports (as news, not in passing) is a fact of the
// article, not of any one sentence, so it gets its own table with the evidence of the choice;
// mentions stay in event_links. article_signatures holds a MinHash of each article's word
// shingles so republished copies collapse into one source at query time without comparing
// every pair of texts.
const char kV6[] = R"SQL(
CREATE TABLE event_reports (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    evidence   TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX event_reports_event ON event_reports(event_id);
CREATE TABLE article_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    minhash    BLOB NOT NULL,               -- 64 little-endian uint32 minima
    wire       TEXT                         -- originating agency named in a credit, if any
);
CREATE INDEX events_place_start ON events(place, start) WHERE origin = 'extracted';
)SQL";

// Version 7: the user's own layer, kept apart from what extraction writes so that re-importing
// and re-extracting never delete it. Quotes are re-created by re-extraction, so whatever the
// user says about one is keyed by (article_id, start, end) of its span, which the same text
// always yields again, and re-applied after each re-extraction (applyUserLayer).
//  - annotations: a star, a note and tags on an event (by slug, stable for catalog, extracted
//    and user events), a quote (by span) or an article (by id).
//  - speaker_corrections: the audit trail of speaker review; the newest row not undone wins.
//    quotes.found_speaker keeps what extraction said while a correction is applied.
//  - event_user_links: quotes and articles the user linked to an event; quotes.found_event_id
//    keeps extraction's event while a link is applied.
//  - events.edited_at marks a user edit (catalog sync and re-extraction leave the row alone);
//    events.deleted hides an event the user deleted (kept so undo and catalog sync know).
const char kV7[] = R"SQL(
ALTER TABLE events ADD COLUMN edited_at TEXT;                 -- UTC ISO time of the user's last edit
ALTER TABLE events ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN found_speaker TEXT;             -- extraction's speaker, while corrected
ALTER TABLE quotes ADD COLUMN speaker_by_user INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN found_event_id INTEGER REFERENCES events(id) ON DELETE SET NULL; -- while linked by the user
ALTER TABLE quotes ADD COLUMN event_by_user INTEGER NOT NULL DEFAULT 0;
CREATE TABLE annotations (
    target     TEXT PRIMARY KEY,        -- event:<slug> | quote:<article_id>:<start>:<end> | article:<id>
    kind       TEXT NOT NULL CHECK (kind IN ('event', 'quote', 'article')),
    article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,  -- quote and article targets
    starred    INTEGER NOT NULL DEFAULT 0,
    note       TEXT NOT NULL DEFAULT '',
    tags       TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    updated_at TEXT NOT NULL
);
CREATE INDEX annotations_article ON annotations(article_id);
CREATE TABLE speaker_corrections (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,       -- the quote's span in clean text
    end         INTEGER NOT NULL,
    quote_text  TEXT NOT NULL,
    old_speaker TEXT,                   -- NULL = unknown
    new_speaker TEXT,
    changed_by  TEXT NOT NULL,          -- the OS user name
    changed_at  TEXT NOT NULL,          -- UTC ISO time
    undone      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX speaker_corrections_quote ON speaker_corrections(article_id, start, end);
CREATE TABLE event_user_links (
    event_slug TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL DEFAULT -1,  -- a quote's span, or -1/-1 for the whole article
    end        INTEGER NOT NULL DEFAULT -1,
    PRIMARY KEY (event_slug, article_id, start, end)
);
CREATE INDEX event_user_links_article ON event_user_links(article_id);
)SQL";

// Version 8 (library management): when the user merges two copies of one story, the duplicate's
// rows are deleted (see library/article_edits.h for why deletion and not a hidden flag) and this
// table remembers it: the duplicate's hash, name and metadata, and the article it was merged into.
const char kV8[] = R"SQL(
CREATE TABLE article_merges (
    sha256      TEXT PRIMARY KEY,           -- of the duplicate's raw bytes
    source      TEXT NOT NULL,              -- its file name
    title       TEXT,
    outlet      TEXT,
    merged_into INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    merged_at   TEXT NOT NULL
);
CREATE INDEX article_merges_into ON article_merges(merged_into);
)SQL";

const Migration kMigrations[] = {
    {1, kV1},
    {2, kV2},
    {3, kV3},
    {4, kV4},
    {5, kV5},
    {6, kV6},
    {7, kV7},
    {8, kV8},
};

} // namespace

const Migration *migrations(int *count)
{
    *count = int(std::size(kMigrations));
    return kMigrations;
}

void migrateTo(Database &db, int target)
{
    int current = db.userVersion();
    if (current > Database::currentSchemaVersion()) {
        throw StoreError(QStringLiteral("%1 was written by a newer Summitline (schema version %2; "
                                        "this build reads up to %3). Open it with a newer version.")
                             .arg(db.path())
                             .arg(current)
                             .arg(Database::currentSchemaVersion()));
    }
    for (const Migration &m : kMigrations) {
        if (m.version <= current || m.version > target)
            continue;
        Transaction tx(db);
        db.exec(m.sql);
        // The one place SQL is built from text: a trusted integer, as PRAGMA takes no parameters.
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version).toUtf8().constData());
        tx.commit();
        current = m.version;
    }
}

void migrate(Database &db)
{
    migrateTo(db, Database::currentSchemaVersion());
}

} // namespace summit
