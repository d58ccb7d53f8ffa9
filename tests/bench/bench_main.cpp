// summitline-bench: import throughput against the SQLite floor, and per-stage costs.
//   summitline-bench [--sizes 1000,10000] [--seed S]
// Each measurement runs in a child process (this binary with --child), so peak memory is per run.
#include "bench_runs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace summit::bench;

namespace {

QJsonObject child(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--child")} + args);
    p.waitForFinished(-1);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QString fmt(double v, int prec = 0)
{
    return QString::number(v, 'f', prec);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--child")) {
        const QString kind = args.value(1), dir = args.value(2), db = args.value(3);
        QJsonObject o;
        if (kind == QLatin1String("pipeline"))
            o = runPipeline(dir, db, true);
        else if (kind == QLatin1String("pipeline-noextract"))
            o = runPipeline(dir, db, false);
        else if (kind == QLatin1String("floor"))
            o = runFloor(dir, db);
        else if (kind == QLatin1String("stages"))
            o = runStages(dir, db);
        std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
        return 0;
    }

    QList<int> sizes = {1000, 10000};
    QString seed = QStringLiteral("7");
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--sizes") && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &s : args[++i].split(QLatin1Char(',')))
                sizes << s.toInt();
        } else if (args[i] == QLatin1String("--seed") && i + 1 < args.size()) {
            seed = args[++i];
        } else {
            std::fputs("usage: summitline-bench [--sizes 1000,10000] [--seed S]\n", stderr);
            return 2;
        }
    }

    QTextStream out(stdout);
    out << "Summitline import benchmark (" << QThread::idealThreadCount() << " cores)\n\n";
    for (int n : sizes) {
        QTemporaryDir tmp;
        const QString corpus = tmp.filePath(QStringLiteral("corpus"));
        QProcess gen;
        gen.start(QStringLiteral(SUMMITLINE_GEN_CORPUS),
                  {QStringLiteral("--articles"), QString::number(n), QStringLiteral("--seed"), seed,
                   QStringLiteral("--out"), corpus});
        gen.waitForFinished(-1);
        if (gen.exitCode() != 0) {
            std::fputs("gen_corpus failed\n", stderr);
            return 1;
        }
        const QJsonObject floor = child({QStringLiteral("floor"), corpus, tmp.filePath(QStringLiteral("floor.db"))});
        const QJsonObject bare = child({QStringLiteral("pipeline-noextract"), corpus, tmp.filePath(QStringLiteral("bare.db"))});
        const QJsonObject full = child({QStringLiteral("pipeline"), corpus, tmp.filePath(QStringLiteral("full.db"))});
        const QJsonObject stages = child({QStringLiteral("stages"), corpus, tmp.filePath(QStringLiteral("stages.db"))});

        const double mb = floor.value(QStringLiteral("bytes")).toDouble() / (1024.0 * 1024.0);
        out << "== " << n << " generated articles, " << fmt(mb, 1) << " MB ==\n";
        out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("run"), -34).arg(QStringLiteral("articles/s"), 11)
                   .arg(QStringLiteral("MB/s"), 8).arg(QStringLiteral("peak MB"), 9).arg(QStringLiteral("x floor"), 8);
        const double floorRate = floor.value(QStringLiteral("articles")).toDouble() / floor.value(QStringLiteral("seconds")).toDouble();
        auto row = [&](const QString &name, const QJsonObject &o) {
            const double s = o.value(QStringLiteral("seconds")).toDouble();
            const double rate = o.value(QStringLiteral("articles")).toDouble() / s;
            out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(name, -34).arg(fmt(rate), 11).arg(fmt(mb / s, 2), 8)
                       .arg(fmt(o.value(QStringLiteral("peak_kb")).toDouble() / 1024.0, 0), 9)
                       .arg(fmt(floorRate / rate, 1), 8);
        };
        row(QStringLiteral("floor (raw bytes + FTS5, no parsing)"), floor);
        row(QStringLiteral("pipeline, no extraction"), bare);
        row(QStringLiteral("pipeline, all extractors"), full);
        out << "failed files: " << full.value(QStringLiteral("failed")).toInt() << "; database after close: "
            << fmt(full.value(QStringLiteral("db_bytes")).toDouble() / (1024.0 * 1024.0), 1) << " MB = "
            << fmt(full.value(QStringLiteral("db_bytes")).toDouble() / floor.value(QStringLiteral("bytes")).toDouble(), 1)
            << "x the imported text\n";
        out << "events: " << full.value(QStringLiteral("reports")).toInt() << " reports resolved into "
            << full.value(QStringLiteral("extracted_events")).toInt() << " extracted events ("
            << full.value(QStringLiteral("events")).toInt() << " in all), "
            << full.value(QStringLiteral("sources")).toInt() << " independent sources; reading every event's "
               "reports, mentions and sources: "
            << fmt(full.value(QStringLiteral("coverage_seconds")).toDouble() * 1000.0, 0) << " ms\n";
        out << "stage costs, one thread (ms per article):";
        const double arts = stages.value(QStringLiteral("articles")).toDouble();
        for (const char *k : {"decode", "clean", "split", "dates", "entities", "quotes", "events", "store"})
            out << " " << k << " " << fmt(stages.value(QLatin1String(k)).toDouble() * 1000.0 / arts, 3);
        out << "\n\n";
        out.flush();
    }
    return 0;
}
