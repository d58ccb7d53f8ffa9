#pragma once

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace summit {

/// A dateline found at the start of the first body paragraph.
struct Dateline
{
    QString text;   ///< as written, e.g. "MOSCOW, April 6 (RIA Novosti)"
    QString place;  ///< display form, e.g. "Moscow"
    QString agency; ///< e.g. "RIA Novosti", empty when none
    int month = 0;  ///< 0 when the dateline has no date
    int day = 0;
    int length = 0; ///< characters the dateline and its separator take in the paragraph
};

/// Recognises dateline shapes kept as patterns in resources/rules/datelines.json.
class DatelineParser final
{
public:

    explicit DatelineParser(const QJsonObject &rules);

    bool parse(const QString &paragraph, Dateline *out) const;
    /// The outlet an agency name stands for ("AP" -> "Associated Press"), or the name itself.
    QString outletForAgency(const QString &agency) const;
    /// The outlet a known wire agency's name stands for ("The Associated Press", "AFP"), or
    /// empty when `name` is not a known agency.
    QString knownAgency(const QString &name) const;
    /// True for a generic word of outlet names ("news", "times", "press"); lower-case input.
    bool isOutletWord(const QString &lowerWord) const { return m_outletWords.contains(lowerWord); }
    /// True for a section, label or function word ("world", "latest", "analysis", "the").
    bool isGenericWord(const QString &lowerWord) const { return m_genericWords.contains(lowerWord); }

private:
    struct Pattern
    {
        QRegularExpression re;
        bool knownAgencyOnly = false; ///< a bare agency name must be a known agency
        bool notGeneric = false;      ///< the place may hold no section or outlet word
    };
    QVector<Pattern> m_patterns;
    QHash<QString, QString> m_outlets;
    QSet<QString> m_outletWords;
    QSet<QString> m_genericWords;
};

} // namespace summit
