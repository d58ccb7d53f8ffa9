#pragma once

#include <QString>
#include <stdexcept>

namespace summit::brief {

/// Why a briefing could not be built or written, in words fit to show a user.
class BriefError : public std::runtime_error
{
public:
    /// Usage: the request itself is wrong (unknown event or topic, dates reversed): the CLI
    /// answers with its usage exit code. EmptyScope: nothing in the record falls within the
    /// request, so no briefing is written.
    enum class Kind { Failure, Usage, EmptyScope };

    explicit BriefError(const QString &message) : BriefError(Kind::Failure, message) {}
    BriefError(Kind kind, const QString &message) : std::runtime_error(message.toStdString()), m_kind(kind) {}
    QString message() const { return QString::fromStdString(what()); }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace summit::brief
