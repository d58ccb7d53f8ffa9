#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace summit::cli {

/// `summitline-cli brief -o FILE.pdf [--from DATE] [--to DATE] [--event SLUG]... [--topic NAME]...
/// [--title TEXT] [--paper a4|letter]`: writes the PDF briefing of the database at dbPath.
/// args are the words after "brief". Returns 0 on success (and for --help), 2 for bad
/// arguments or an unknown topic (after printing the usage to err), 1 when the briefing cannot
/// be built or written (unknown event slug, store error, unwritable path).
/// Needs a QGuiApplication (fonts), e.g. on the offscreen platform.
int runBrief(const QStringList &args, const QString &dbPath, QTextStream &out, QTextStream &err);

/// The usage text of the brief command.
QString briefUsage();

} // namespace summit::cli
