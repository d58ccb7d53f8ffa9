#pragma once

#include "extract/timex/timex_vocabulary.h"

#include <QSet>
#include <QString>
#include <QVector>

namespace summit::timex {

/// One word, number or punctuation mark of the cleaned text.
struct Token
{
    int start = 0; ///< UTF-16 offset into the text
    int end = 0;
    int word = -1;   ///< vocabulary id of the lower-cased form; -1 when no rule mentions it
    int number = -1; ///< value of a plain digit run (no grouping, no decimals), else -1
    short digits = 0;
    bool ordinal = false;     ///< "5th", "28th"
    bool capitalized = false; ///< first letter upper case
    bool pastForm = false;    ///< a lower-case word ending in the past suffix ("proposed"), not an exception
    bool punct = false;
    bool breaksClause = false; ///< , ; : ( ) and sentence ends: reporting cues do not reach across
    int quote = 0; ///< 0 outside quotation marks, else the number (from 1) of the quote it is in
};

/// How the tokenizer spots regular past forms; from the rule file's tense section.
struct PastSuffix
{
    QString suffix;
    QSet<QString> exceptions;
};

/// Splits text into tokens. Apostrophe suffixes ('s, 'll) become tokens of their own so that
/// "Sunday's" yields the weekday; dashes of every kind become "-"; grouped numbers such as
/// "1,000" stay one token with number -1, so they can never be read as a day or a year.
/// Tokens between double quotation marks (straight, curly, low-9, guillemets or doubled single '') carry the
/// number of their quote; a quote still open at a line break ends there (news convention:
/// a quote running on into the next paragraph opens again).
QVector<Token> tokenize(const QString &text, const Vocabulary &vocabulary, const PastSuffix &past);

} // namespace summit::timex
