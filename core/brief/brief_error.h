#pragma once

#include <QString>
#include <stdexcept>

namespace summit::brief {

/// Why a briefing could not be built or written, in words fit to show a user.
class BriefError : public std::runtime_error
{
public:
    explicit BriefError(const QString &message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

} // namespace summit::brief
