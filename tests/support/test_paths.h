#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

namespace summit::test {

inline QString sourceDir() { return QStringLiteral(SUMMITLINE_SOURCE_DIR); }
inline QString dataDir() { return QStringLiteral(SUMMITLINE_TEST_DATA); }
inline QString corpusDir() { return sourceDir() + QStringLiteral("/resources/corpus"); }
inline QString cliPath() { return QStringLiteral(SUMMITLINE_CLI); }
inline QString genCorpusPath() { return QStringLiteral(SUMMITLINE_GEN_CORPUS); }

/// The seed articles shipped in resources/corpus, sorted by file name.
inline QStringList seedFiles()
{
    QDir dir(corpusDir());
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

} // namespace summit::test
