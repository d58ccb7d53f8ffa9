#pragma once

#include <QString>
#include <QStringList>

namespace summit::library {

/// Words as the FTS5 unicode61 tokenizer would see them (letters and digits; everything else
/// separates). Used to build queries that can never be parsed as FTS5 syntax.
QStringList ftsWords(const QString &text);

/// Words a search keeps; the rest of a longer text is ignored.
constexpr int kMaxSearchWords = 16;
/// How long one search may run before it stops and returns what it found.
constexpr int kSearchBudgetMs = 3000;

/// Query for search-as-you-type (at most kMaxSearchWords words): every word must appear, the last one as a prefix
/// ("missile defen" finds "missile defense"). Empty when the text has no words.
QString ftsPrefixQuery(const QString &userText);

/// A phrase query for the first sentence of a quotation, at most maxWords words, so a quote
/// is found in other outlets' sentences that repeat it. Empty when the text has no words.
QString ftsPhraseQuery(const QString &quoteText, int maxWords = 8);

} // namespace summit::library
