#pragma once

#include "ingest/prepared_article.h"
#include "ingest/source_block.h"

#include <algorithm>

namespace summit {

// Shared by the metadata finder's files: where a value came from, as shown by `inspect`.

/// Line numbers of raw offsets from one pass over the raw text. The finder names the line of
/// many candidate blocks; counting newlines from the top for each was a tenth of an import.
class RawLines final
{
public:
    explicit RawLines(const QString &raw)
    {
        for (qsizetype i = raw.indexOf(QLatin1Char('\n')); i >= 0; i = raw.indexOf(QLatin1Char('\n'), i + 1))
            m_newlines.append(int(i));
    }
    /// 1-based line of a raw offset.
    int lineOf(int offset) const
    {
        return int(std::lower_bound(m_newlines.begin(), m_newlines.end(), offset) - m_newlines.begin()) + 1;
    }
    /// "line 12: «text»": the raw line a block starts on and its first characters.
    QString ref(const SourceBlock &b) const
    {
        return QStringLiteral("line %1: \u00AB%2\u00BB").arg(lineOf(b.rawStart)).arg(b.text.left(80));
    }

private:
    QVector<int> m_newlines;
};

/// Records a metadata value with its source and the rule that took it.
inline void note(PreparedArticle &a, const char *field, const QString &value, const QString &source, const QString &rule)
{
    a.sources.append({QLatin1String(field), value, source, rule});
}

} // namespace summit
