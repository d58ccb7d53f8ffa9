#pragma once

#include "ingest/prepared_article.h"
#include "ingest/source_block.h"

namespace summit {

// Shared by the metadata finder's files: where a value came from, as shown by `inspect`.

/// "line 12: «text»": the raw line a block starts on and its first characters.
inline QString lineRef(const QString &raw, const SourceBlock &b)
{
    const int line = int(QStringView(raw).left(b.rawStart).count(QLatin1Char('\n'))) + 1;
    return QStringLiteral("line %1: \u00AB%2\u00BB").arg(line).arg(b.text.left(80));
}

/// Records a metadata value with its source and the rule that took it.
inline void note(PreparedArticle &a, const char *field, const QString &value, const QString &source, const QString &rule)
{
    a.sources.append({QLatin1String(field), value, source, rule});
}

} // namespace summit
