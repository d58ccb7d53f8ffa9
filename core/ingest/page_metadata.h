#pragma once

#include "ingest/boilerplate_classifier.h"
#include "ingest/prepared_article.h"
#include "ingest/source_block.h"

namespace summit {

struct PageRules;

/// Reads title, outlet, republisher, byline, dateline and publication date from the page itself,
/// once the classifier has judged its blocks and the clean text is built, and records where each
/// came from in a.sources. The trust order is documented in docs/EXTRACTION.md ("Metadata from
/// the page"). A field it is unsure of stays empty: a wrong value is worse than none.
void findPageMetadata(const PageRules &rules, PreparedArticle &a, const QVector<SourceBlock> &blocks,
                      const QVector<BlockVerdict> &verdicts, const HtmlMetadata &meta);

} // namespace summit
