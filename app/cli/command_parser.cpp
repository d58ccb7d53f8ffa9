#include "command_parser.h"

namespace summit::cli {

CommandParser::CommandParser(Context &c, const QString &synopsis, const QString &description)
    : m_c(c), m_synopsis(synopsis)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
}

int CommandParser::parse()
{
    if (!parser.parse(m_c.args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_c.out << "Usage: summitline-cli [--db FILE] " << m_synopsis << "\n\n"
                // From the description on: the first line is Qt's own usage line, replaced above.
                << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    return -1;
}

int CommandParser::usageError(const QString &message)
{
    m_c.err << "error: " << message << "\n"
            << "Usage: summitline-cli [--db FILE] " << m_synopsis << "\n"
            << "Run with --help for details.\n";
    return 2;
}

int CommandParser::idOption(const QString &name, qint64 *id)
{
    if (!parser.isSet(name))
        return -1;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < 1)
        return usageError(QStringLiteral("--%1 must be a positive number").arg(name));
    *id = value;
    return -1;
}

void CommandParser::addFilterOptions(bool withTopic)
{
    parser.addOption({QStringLiteral("outlet"), QStringLiteral("Only articles from this outlet (exact name)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("Only articles published on or after DATE."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Only articles published on or before DATE."), QStringLiteral("DATE")});
    m_topic = withTopic;
    if (withTopic)
        parser.addOption({QStringLiteral("topic"), QStringLiteral("Only quotes on this topic (its key)."), QStringLiteral("KEY")});
}

int CommandParser::filterOptions(library::LibraryFilter *filter)
{
    filter->outlet = parser.value(QStringLiteral("outlet"));
    if (m_topic)
        filter->topic = parser.value(QStringLiteral("topic"));
    for (const auto &[name, date] : {std::pair{QStringLiteral("from"), &filter->from}, std::pair{QStringLiteral("to"), &filter->to}}) {
        if (!parser.isSet(name))
            continue;
        *date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date->isValid())
            return usageError(QStringLiteral("--%1 must be a date like 2008-04-06").arg(name));
    }
    return -1;
}

} // namespace summit::cli
