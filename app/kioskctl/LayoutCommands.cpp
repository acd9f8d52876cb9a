#include "LayoutCommands.h"

#include "CommandSpec.h"
#include "CommandSpecParts.h"
#include "CtlContext.h"
#include "TextTable.h"
#include "schedule/LayoutLibrary.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace kiosk::ctl {

namespace {

Error bad(const QString &message)
{
    return makeError(ErrorCode::BadInput, message);
}

QJsonObject layoutJson(const StoredLayout &layout)
{
    return QJsonObject{{QStringLiteral("name"), layout.name},
                       {QStringLiteral("version"), layout.version},
                       {QStringLiteral("iata_types"), QJsonArray::fromStringList(layout.iataTypes)},
                       {QStringLiteral("display_name"), layout.displayName},
                       {QStringLiteral("imported_by"), layout.importedBy},
                       {QStringLiteral("imported_at"), layout.importedAtUtc.isValid()
                                                           ? QJsonValue(layout.importedAtUtc.toString(Qt::ISODate))
                                                           : QJsonValue()}};
}

QString cabinsText(const AircraftLayout &plan)
{
    QStringList cabins;
    for (Cabin cabin : plan.cabins())
        cabins << QStringLiteral("%1%2").arg(cabinCode(cabin)).arg(plan.seatCount(cabin));
    return cabins.join(QString());
}

} // namespace

int LayoutCommands::run(const CommandArguments &arguments)
{
    const QString action = arguments.positional(0);
    const QString name = arguments.positional(1).trimmed();
    int version = 0;
    if (arguments.isSet(QStringLiteral("version"))) {
        bool ok = false;
        version = arguments.value(QStringLiteral("version")).toInt(&ok);
        if (!ok || version < 1)
            return m_out.error(bad(QStringLiteral("--version must be a whole number from 1, not '%1'")
                                       .arg(arguments.value(QStringLiteral("version")))));
        if (action != QLatin1String("show") && action != QLatin1String("export"))
            return m_out.error(bad(QStringLiteral("layout %1 takes no --version").arg(action)));
    }
    if (arguments.isSet(QStringLiteral("output")) && action != QLatin1String("export"))
        return m_out.error(bad(QStringLiteral("only layout export takes --output")));
    if (action == QLatin1String("list"))
        return list();
    if (action != QLatin1String("show") && action != QLatin1String("import") && action != QLatin1String("export"))
        return m_out.error(bad(QStringLiteral("layout: unknown action '%1'; use list, show, import or export").arg(action)));
    if (name.isEmpty())
        return m_out.error(bad(QStringLiteral("layout %1: missing %2; see kioskctl help layout")
                                   .arg(action, action == QLatin1String("import") ? QStringLiteral("FILE") : QStringLiteral("NAME"))));
    if (action == QLatin1String("show"))
        return show(name, version);
    if (action == QLatin1String("import"))
        return importFile(arguments.positional(1));
    return exportLayout(name, version, arguments.value(QStringLiteral("output")));
}

int LayoutCommands::list()
{
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    auto layouts = LayoutLibrary((*context)->db(), (*context)->actor()).newest();
    if (!layouts)
        return m_out.error(layouts.error());
    QJsonArray array;
    TextTable table({QStringLiteral("NAME"), QStringLiteral("VERSION"), QStringLiteral("IATA"), QStringLiteral("SEATS"),
                     QStringLiteral("CABINS"), QStringLiteral("DISPLAY NAME"), QStringLiteral("IMPORTED BY")});
    for (const VersionedLayout &layout : std::as_const(*layouts)) {
        QJsonObject object = layoutJson(layout.stored);
        object.insert(QStringLiteral("seats"), layout.plan.seatCount());
        array.append(object);
        table.addRow({layout.stored.name, QString::number(layout.stored.version), layout.stored.iataTypes.join(QLatin1Char(' ')),
                      QString::number(layout.plan.seatCount()), cabinsText(layout.plan), layout.stored.displayName,
                      layout.stored.importedBy});
    }
    return m_out.result(QJsonObject{{QStringLiteral("layouts"), array}}, table.toString().trimmed());
}

int LayoutCommands::show(const QString &name, int version)
{
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    LayoutLibrary library((*context)->db(), (*context)->actor());
    auto layout = library.find(name, version);
    if (!layout)
        return m_out.error(layout.error());
    auto versions = library.versions(name);
    if (!versions)
        return m_out.error(versions.error());
    const AircraftLayout &plan = layout->plan;
    QJsonObject object = layoutJson(layout->stored);
    object.insert(QStringLiteral("versions"), int(versions->size()));
    object.insert(QStringLiteral("seats"), plan.seatCount());
    QJsonArray decks;
    const QString origin = layout->stored.importedAtUtc.isValid()
        ? QStringLiteral("imported by %1 at %2").arg(layout->stored.importedBy, layout->stored.importedAtUtc.toString(Qt::ISODate))
        : QStringLiteral("built into the program");
    QStringList lines{QStringLiteral("%1 version %2 of %3: %4 (%5), %6 seats, %7")
                          .arg(layout->stored.name)
                          .arg(layout->stored.version)
                          .arg(versions->size())
                          .arg(plan.displayName(), layout->stored.iataTypes.join(QLatin1Char(' ')))
                          .arg(plan.seatCount())
                          .arg(origin)};
    for (const DeckLayout &deck : plan.decks()) {
        QJsonArray cabins;
        for (const CabinLayout &cabin : deck.cabins) {
            cabins.append(QJsonObject{{QStringLiteral("cabin"), QString(cabinCode(cabin.cabin))},
                                      {QStringLiteral("rows"), QStringLiteral("%1-%2").arg(cabin.firstRow).arg(cabin.lastRow)},
                                      {QStringLiteral("columns"), cabin.letters},
                                      {QStringLiteral("seats"), cabin.seatCount()}});
            lines << QStringLiteral("  %1, %2: rows %3-%4, columns %5, %6 seats")
                         .arg(deck.name, cabinName(cabin.cabin))
                         .arg(cabin.firstRow)
                         .arg(cabin.lastRow)
                         .arg(cabin.letters)
                         .arg(cabin.seatCount());
        }
        decks.append(QJsonObject{{QStringLiteral("name"), deck.name}, {QStringLiteral("cabins"), cabins}});
    }
    object.insert(QStringLiteral("decks"), decks);
    return m_out.result(object, lines.join(QLatin1Char('\n')));
}

int LayoutCommands::importFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).size() > MaxFileBytes)
        return m_out.error(bad(QStringLiteral("%1 is larger than 1 MB; nothing was imported").arg(path)));
    if (!file.open(QIODevice::ReadOnly))
        return m_out.error(bad(QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
    const QByteArray content = file.readAll();
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    auto outcome = LayoutLibrary((*context)->db(), (*context)->actor()).importLayout(content, QFileInfo(path).fileName());
    if (!outcome)
        return m_out.error(outcome.error());
    QJsonObject object = layoutJson(outcome->layout);
    object.insert(QStringLiteral("created"), outcome->created);
    const QString text = outcome->created
        ? QStringLiteral("imported %1 as version %2").arg(outcome->layout.name).arg(outcome->layout.version)
        : QStringLiteral("%1 version %2 has this content already; nothing changed")
              .arg(outcome->layout.name)
              .arg(outcome->layout.version);
    return m_out.result(object, text);
}

int LayoutCommands::exportLayout(const QString &name, int version, const QString &output)
{
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    auto layout = LayoutLibrary((*context)->db(), (*context)->actor()).find(name, version);
    if (!layout)
        return m_out.error(layout.error());
    if (output.isEmpty()) {
        m_out.plain(QString::fromUtf8(layout->stored.content).trimmed());
        return 0;
    }
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(layout->stored.content) != layout->stored.content.size())
        return m_out.error(bad(QStringLiteral("cannot write %1: %2").arg(output, file.errorString())));
    QJsonObject object = layoutJson(layout->stored);
    object.insert(QStringLiteral("output"), output);
    return m_out.result(object, QStringLiteral("wrote %1 version %2 to %3")
                                    .arg(layout->stored.name)
                                    .arg(layout->stored.version)
                                    .arg(output));
}

void appendLayoutCommandSpecs(QList<CommandSpec> &table)
{
    using namespace specparts;
    table.append({QStringLiteral("layout"),
                  QStringLiteral("layout list | layout show NAME [--version N] | layout import FILE.json | "
                                 "layout export NAME [--version N] [--output FILE]"),
                  QStringLiteral("aircraft layouts, versioned: list, show, import (admin), export"),
                  QStringLiteral("Aircraft layouts are stored with every version (docs/layouts.md): the six built-in\n"
                                 "ones are version 1. list shows the newest version of each; show one (the newest\n"
                                 "or --version N) with its decks and cabins; export writes its JSON as imported (to\n"
                                 "standard output, or --output FILE). import FILE.json validates the file and stores\n"
                                 "it as the next version of its \"type\"; the same content as the newest version is no\n"
                                 "change (exit 0). A flight keeps the version it was made from; only change-aircraft\n"
                                 "puts it on a newer one. An invalid file exits 2 naming the problem, a user below\n"
                                 "admin 6 (in the access log), an unknown name or version 4; nothing changed.\n"
                                 "JSON: {\"layouts\": [{\"name\", \"version\", \"iata_types\", \"display_name\",\n"
                                 "  \"imported_by\", \"imported_at\", \"seats\"}]}; show adds \"versions\" and \"decks\";\n"
                                 "  import adds \"created\"; export with --output adds \"output\""),
                  {{QStringLiteral("ACTION"), QStringLiteral("list, show, import or export.")},
                   {QStringLiteral("NAME"), QStringLiteral("The layout (its type, e.g. A320), or for import the file."), true}},
                  {option(QStringLiteral("version"), QStringLiteral("For show and export: this version, not the newest."),
                          QStringLiteral("N")),
                   option(QStringLiteral("output"), QStringLiteral("For export: write to FILE, not standard output."),
                          QStringLiteral("FILE"))},
                  handledBy<LayoutCommands, &LayoutCommands::run>});
}

} // namespace kiosk::ctl
