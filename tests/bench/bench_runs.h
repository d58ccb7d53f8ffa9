#pragma once

#include <QJsonObject>
#include <QString>

namespace summit::bench {

/// Each run happens in its own child process, so its peak memory is its own.
/// All return a JSON object with "seconds", "articles", "bytes", "peak_kb" and run details.
QJsonObject runPipeline(const QString &dir, const QString &dbPath, bool extract);
QJsonObject runFloor(const QString &dir, const QString &dbPath);
QJsonObject runStages(const QString &dir, const QString &dbPath);

qint64 peakMemoryKb();

} // namespace summit::bench
