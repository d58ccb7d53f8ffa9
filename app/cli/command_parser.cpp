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

} // namespace summit::cli
