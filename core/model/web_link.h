#pragma once

#include <QString>
#include <QUrl>

namespace summit {

/// The link an article's URL may become: only http and https with a host. Article URLs come from
/// untrusted pages (og:url, canonical links); a file:, javascript: or custom-scheme link must
/// never be something a click opens. Returns an empty (invalid) QUrl otherwise.
inline QUrl webLink(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty())
        return {};
    return url;
}

} // namespace summit
