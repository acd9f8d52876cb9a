#include "LoadTargets.h"

#include "BenchSchema.h"

#include <QCoreApplication>
#include <QDir>

#include <utility>

namespace kiosk::bench {

Target::Target(Target &&other) noexcept
    : url(std::move(other.url)), schema(std::exchange(other.schema, QString())), adminUrl(std::move(other.adminUrl)),
      dir(std::move(other.dir))
{
}

Target::~Target()
{
    if (!schema.isEmpty())
        (void)dropSchema(adminUrl, schema);
}

Result<Target> makeTarget(const LoadOptions &options, const QString &phase)
{
    Target target;
    if (options.backend == QLatin1String("sqlite")) {
        target.dir = std::make_unique<QTemporaryDir>();
        target.url = QStringLiteral("sqlite:") + target.dir->filePath(phase + QStringLiteral(".sqlite"));
        return target;
    }
    if (options.inPlace) {
        target.url = options.adminUrl;
        return target;
    }
    const QString schema = QStringLiteral("load_%1_%2").arg(QCoreApplication::applicationPid()).arg(phase);
    auto url = createSchema(options.adminUrl, schema);
    if (!url)
        return url.error();
    target.schema = schema;
    target.adminUrl = options.adminUrl;
    target.url = *url;
    return target;
}

Result<QStringList> connectionUrls(const LoadOptions &options, Database &owner, const Target &target,
                                   const QStringList &names)
{
    if (!options.logins)
        return QStringList(names.size(), target.url);
    return kioskLoginUrls(owner, target.url, target.schema, names);
}

Result<QStringList> terminalUrls(const LoadOptions &options, Database &owner, const Target &target)
{
    QStringList names;
    for (int i = 0; i < options.terminals; ++i)
        names << QStringLiteral("t%1").arg(i);
    return connectionUrls(options, owner, target, names);
}

Result<TerminalStats> runTerminals(const LoadOptions &options, const QStringList &urls, qint64 firstFlight,
                                   int flights, bool holdOnly, TerminalTimes &times)
{
    const auto argumentsOf = [&](int i) {
        QStringList arguments{QStringLiteral("--child"), QStringLiteral("--db"), urls[i],
                              QStringLiteral("--terminal"), QString::number(i),
                              QStringLiteral("--terminals"), QString::number(options.terminals),
                              QStringLiteral("--seconds"), QString::number(options.seconds),
                              QStringLiteral("--first-flight"), QString::number(firstFlight),
                              QStringLiteral("--flights"), QString::number(flights),
                              QStringLiteral("--ttl"), QString::number(options.ttl),
                              QStringLiteral("--think-ms"), QString::number(holdOnly ? 0 : options.thinkMs),
                              QStringLiteral("--seed"), QString::number(options.seed)};
        if (holdOnly)
            arguments << QStringLiteral("--hold-only");
        else if (options.contended)
            arguments << QStringLiteral("--contended");
        if (options.attempts > 0 && !holdOnly) // each terminal its share, the first the rest
            arguments << QStringLiteral("--attempts")
                      << QString::number(options.attempts / options.terminals + (i == 0 ? options.attempts % options.terminals : 0));
        arguments << QStringLiteral("--gateway") << options.gateway << QStringLiteral("--attempt-seconds")
                  << QString::number(options.attemptSeconds);
        if (!options.journalDir.isEmpty())
            arguments << QStringLiteral("--journal")
                      << QDir(options.journalDir).filePath(QStringLiteral("terminal-%1.journal").arg(i));
        return arguments;
    };
    return runTerminalProcesses(options.terminals, argumentsOf, options.seconds, times);
}

} // namespace kiosk::bench
