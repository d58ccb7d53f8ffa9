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
                << parser.helpText().section(QLatin1Char('\n'), 2);
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

} // namespace summit::cli
