#pragma once

#include <QHash>
#include <QVector>

namespace summit::brief {

/// Numbers articles in the order the text first cites them, so [1] is the first source a
/// reader meets and the appendix lists exactly the cited articles, in that order.
class CitationRegistry final
{
public:
    /// The article's number, assigning the next one on first use.
    int number(qint64 articleId);
    /// Cited article ids; index i holds number i + 1.
    const QVector<qint64> &cited() const { return m_order; }

private:
    QHash<qint64, int> m_numbers;
    QVector<qint64> m_order;
};

} // namespace summit::brief
