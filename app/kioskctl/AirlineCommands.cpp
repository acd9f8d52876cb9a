#include "AirlineCommands.h"

#include "CtlContext.h"
#include "InputParser.h"
#include "TextTable.h"
#include "booking/HoldLimitSettings.h"
#include "booking/SalesCutoffSettings.h"
#include "checkin/AirlineSettings.h"
#include "checkin/BagTagger.h"
#include "domain/CheckInWindow.h"

#include <QJsonArray>

namespace kiosk::ctl {

namespace {

const QList<Cabin> AllCabins{Cabin::First, Cabin::Business, Cabin::PremiumEconomy, Cabin::Economy};

Error bad(const QString &message)
{
    return makeError(ErrorCode::BadInput, message);
}

// The action is the first positional; the ones after it must be exactly those it takes.
Result<QString> action(const QString &command, const CommandArguments &arguments,
                       const QHash<QString, int> &positionalsPerAction)
{
    const QString wanted = arguments.positional(0);
    if (!positionalsPerAction.contains(wanted)) {
        QStringList names = positionalsPerAction.keys();
        names.sort();
        return bad(QStringLiteral("%1: unknown action '%2'; use %3").arg(command, wanted, names.join(QStringLiteral(", "))));
    }
    const int wantedCount = positionalsPerAction.value(wanted);
    for (int i = 1; i <= 3; ++i) {
        const bool given = !arguments.positional(i).isEmpty();
        if (i <= wantedCount && !given)
            return bad(QStringLiteral("%1 %2: missing argument %3; see kioskctl help %1").arg(command, wanted).arg(i));
        if (i > wantedCount && given)
            return bad(QStringLiteral("%1 %2 takes no argument '%3'").arg(command, wanted, arguments.positional(i)));
    }
    return wanted;
}

// "--unpaid 3" or "--unpaid none": a limit, or no limit.
Result<std::optional<int>> limitOption(const CommandArguments &arguments, const QString &name)
{
    const QString text = arguments.value(name).trimmed();
    if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return std::optional<int>();
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return bad(QStringLiteral("--%1 must be a number or none, not '%2'").arg(name, text));
    return std::optional<int>(value);
}

QString windowCell(int opens, int closes)
{
    return QStringLiteral("opens %1, closes %2 before departure")
        .arg(CheckInWindow::durationText(opens), CheckInWindow::durationText(closes));
}

} // namespace

int AirlineCommands::airline(const CommandArguments &arguments)
{
    auto chosen = action(QStringLiteral("airline"), arguments, {{QStringLiteral("show"), 0}, {QStringLiteral("set"), 1}});
    if (!chosen)
        return m_out.error(chosen.error());
    const bool set = *chosen == QLatin1String("set");
    AirlineChange change;
    if (arguments.isSet(QStringLiteral("numeric-code")))
        change.numericCode = arguments.value(QStringLiteral("numeric-code")).trimmed();
    if (arguments.isSet(QStringLiteral("name")))
        change.name = arguments.value(QStringLiteral("name"));
    if (arguments.isSet(QStringLiteral("address"))) {
        QStringList lines = arguments.values(QStringLiteral("address"));
        for (QString &line : lines)
            line = line.trimmed();
        lines.removeAll(QString());
        change.address = lines.join(QLatin1Char('\n'));
    }
    const bool changes = change.numericCode || change.name || change.address;
    if (!set && changes)
        return m_out.error(bad(QStringLiteral("airline show takes no --numeric-code, --name or --address")));
    if (set && !changes)
        return m_out.error(bad(QStringLiteral("airline set: nothing to set; give --numeric-code, --name or --address")));

    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    AirlineSettings settings((*context)->db(), (*context)->actor());
    QString headline;
    if (set) {
        auto saved = settings.setAirline(arguments.positional(1), change);
        if (!saved)
            return m_out.error(saved.error());
        headline = QStringLiteral("airline %1 saved").arg(saved->designator);
    }
    auto rows = settings.airlines();
    if (!rows)
        return m_out.error(rows.error());
    QJsonArray list;
    TextTable table({QStringLiteral("AIRLINE"), QStringLiteral("CODE"), QStringLiteral("NAME"), QStringLiteral("ADDRESS")});
    for (const AirlineRow &row : std::as_const(*rows)) {
        const QStringList address = row.airline.address.isEmpty() ? QStringList() : row.airline.address.split(QLatin1Char('\n'));
        list.append(QJsonObject{{QStringLiteral("designator"), row.designator},
                                {QStringLiteral("numeric_code"), row.airline.numericCode},
                                {QStringLiteral("name"), row.airline.name},
                                {QStringLiteral("address"), QJsonArray::fromStringList(address)}});
        table.addRow({row.designator, row.airline.numericCode, row.airline.name, address.join(QStringLiteral(", "))});
    }
    const QString text = table.isEmpty() ? QStringLiteral("no airlines on file") : table.toString();
    return m_out.result(QJsonObject{{QStringLiteral("airlines"), list}},
                        (headline.isEmpty() ? text : headline + QLatin1Char('\n') + text).trimmed());
}

int AirlineCommands::window(const CommandArguments &arguments)
{
    auto chosen = action(QStringLiteral("checkin-window"), arguments,
                         {{QStringLiteral("show"), 0}, {QStringLiteral("set"), 3}, {QStringLiteral("reset"), 1}});
    if (!chosen)
        return m_out.error(chosen.error());
    const QString route = arguments.value(QStringLiteral("route"));
    if (*chosen == QLatin1String("show") && arguments.isSet(QStringLiteral("route")))
        return m_out.error(bad(QStringLiteral("checkin-window show takes no --route; it lists them all")));
    int opens = 0;
    int closes = 0;
    if (*chosen == QLatin1String("set")) {
        auto opensParsed = AirlineSettings::minutes(arguments.positional(2), QStringLiteral("OPENS"));
        if (!opensParsed)
            return m_out.error(opensParsed.error());
        auto closesParsed = AirlineSettings::minutes(arguments.positional(3), QStringLiteral("CLOSES"));
        if (!closesParsed)
            return m_out.error(closesParsed.error());
        opens = *opensParsed;
        closes = *closesParsed;
    }

    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    AirlineSettings settings((*context)->db(), (*context)->actor());
    QString headline;
    if (*chosen == QLatin1String("set")) {
        auto saved = settings.setWindow(arguments.positional(1), route, opens, closes);
        if (!saved)
            return m_out.error(saved.error());
        headline = QStringLiteral("check-in for %1%2 now %3")
                       .arg(saved->carrier, saved->route.isEmpty() ? QString() : QLatin1Char(' ') + saved->route,
                            windowCell(opens, closes));
    } else if (*chosen == QLatin1String("reset")) {
        auto removed = settings.resetWindow(arguments.positional(1), route);
        if (!removed)
            return m_out.error(removed.error());
        headline = *removed ? QStringLiteral("check-in window removed") : QStringLiteral("no such check-in window was set");
    }
    auto rows = settings.windows();
    if (!rows)
        return m_out.error(rows.error());
    const CheckInWindow standard;
    QJsonArray list;
    TextTable table({QStringLiteral("AIRLINE"), QStringLiteral("ROUTE"), QStringLiteral("WINDOW")});
    table.addRow({QStringLiteral("(standard)"), QString(), windowCell(standard.opensMinutes, standard.closesMinutes)});
    for (const CheckInWindowRow &row : std::as_const(*rows)) {
        list.append(QJsonObject{{QStringLiteral("carrier"), row.carrier},
                                {QStringLiteral("route"), row.route.isEmpty() ? QJsonValue() : QJsonValue(row.route)},
                                {QStringLiteral("opens_minutes"), row.window.opensMinutes},
                                {QStringLiteral("closes_minutes"), row.window.closesMinutes}});
        table.addRow({row.carrier, row.route.isEmpty() ? QStringLiteral("all") : row.route,
                      windowCell(row.window.opensMinutes, row.window.closesMinutes)});
    }
    const QJsonObject json{{QStringLiteral("standard"), QJsonObject{{QStringLiteral("opens_minutes"), standard.opensMinutes},
                                                                    {QStringLiteral("closes_minutes"), standard.closesMinutes}}},
                           {QStringLiteral("windows"), list}};
    return m_out.result(json, (headline.isEmpty() ? table.toString() : headline + QLatin1Char('\n') + table.toString()).trimmed());
}

int AirlineCommands::allowance(const CommandArguments &arguments)
{
    auto chosen = action(QStringLiteral("bag-allowance"), arguments,
                         {{QStringLiteral("show"), 0}, {QStringLiteral("set"), 3}, {QStringLiteral("reset"), 2}});
    if (!chosen)
        return m_out.error(chosen.error());
    std::optional<Cabin> cabin;
    int bags = 0;
    if (*chosen != QLatin1String("show")) {
        cabin = InputParser::cabin(arguments.positional(2));
        if (!cabin)
            return m_out.error(bad(QStringLiteral("bag-allowance %1: CABIN must be F, J, W, Y or first, business, premium, "
                                                  "economy, not '%2'")
                                       .arg(*chosen, arguments.positional(2))));
    }
    if (*chosen == QLatin1String("set")) {
        bool number = false;
        bags = arguments.positional(3).trimmed().toInt(&number);
        if (!number) // the range is AirlineSettings' to check
            return m_out.error(bad(QStringLiteral("bag-allowance set: N is a number of bags, 0 to %1, not '%2'")
                                       .arg(BagTagger::MaxBags)
                                       .arg(arguments.positional(3))));
    }

    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    AirlineSettings settings((*context)->db(), (*context)->actor());
    QString headline;
    if (*chosen == QLatin1String("set")) {
        auto saved = settings.setAllowance(arguments.positional(1), *cabin, bags);
        if (!saved)
            return m_out.error(saved.error());
        headline = QStringLiteral("%1 %2: %3 checked bags").arg(saved->carrier, cabinName(*cabin)).arg(bags);
    } else if (*chosen == QLatin1String("reset")) {
        auto removed = settings.resetAllowance(arguments.positional(1), *cabin);
        if (!removed)
            return m_out.error(removed.error());
        headline = *removed ? QStringLiteral("%1 is back on the standard allowance").arg(cabinName(*cabin))
                            : QStringLiteral("no such bag allowance was set");
    }
    auto rows = settings.allowances();
    if (!rows)
        return m_out.error(rows.error());
    QJsonObject standard;
    QStringList standardText;
    for (Cabin each : AllCabins) {
        standard.insert(QString(cabinCode(each)), BagTagger::standardAllowance(each));
        standardText << QStringLiteral("%1 %2").arg(cabinCode(each)).arg(BagTagger::standardAllowance(each));
    }
    QJsonArray list;
    TextTable table({QStringLiteral("AIRLINE"), QStringLiteral("CABIN"), QStringLiteral("BAGS")});
    table.addRow({QStringLiteral("(standard)"), standardText.join(QStringLiteral(", ")), QString()});
    for (const BagAllowanceRow &row : std::as_const(*rows)) {
        list.append(QJsonObject{{QStringLiteral("carrier"), row.carrier},
                                {QStringLiteral("cabin"), QString(row.cabin)},
                                {QStringLiteral("max_bags"), row.maxBags}});
        const auto rowCabin = cabinFromCode(row.cabin);
        table.addRow({row.carrier, QStringLiteral("%1 %2").arg(row.cabin).arg(rowCabin ? cabinName(*rowCabin) : QString()),
                      QString::number(row.maxBags)});
    }
    const QJsonObject json{{QStringLiteral("standard"), standard}, {QStringLiteral("allowances"), list}};
    return m_out.result(json, (headline.isEmpty() ? table.toString() : headline + QLatin1Char('\n') + table.toString()).trimmed());
}

int AirlineCommands::salesCutoff(const CommandArguments &arguments)
{
    auto chosen = action(QStringLiteral("sales-cutoff"), arguments,
                         {{QStringLiteral("show"), 0}, {QStringLiteral("set"), 2}, {QStringLiteral("reset"), 1}});
    if (!chosen)
        return m_out.error(chosen.error());
    const QString route = arguments.value(QStringLiteral("route"));
    if (*chosen == QLatin1String("show") && arguments.isSet(QStringLiteral("route")))
        return m_out.error(bad(QStringLiteral("sales-cutoff show takes no --route; it lists them all")));
    int closes = 0;
    if (*chosen == QLatin1String("set")) {
        auto parsed = AirlineSettings::minutes(arguments.positional(2), QStringLiteral("CLOSES"));
        if (!parsed)
            return m_out.error(parsed.error());
        closes = *parsed;
    }

    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    SalesCutoffSettings settings((*context)->db(), (*context)->actor());
    const auto cell = [](int minutes) {
        return QStringLiteral("closes %1 before departure").arg(CheckInWindow::durationText(minutes));
    };
    QString headline;
    if (*chosen == QLatin1String("set")) {
        auto saved = settings.set(arguments.positional(1), route, closes);
        if (!saved)
            return m_out.error(saved.error());
        headline = QStringLiteral("sales for %1%2 now %3")
                       .arg(saved->carrier, saved->route.isEmpty() ? QString() : QLatin1Char(' ') + saved->route,
                            cell(closes));
    } else if (*chosen == QLatin1String("reset")) {
        auto removed = settings.reset(arguments.positional(1), route);
        if (!removed)
            return m_out.error(removed.error());
        headline = *removed ? QStringLiteral("sales cut-off removed") : QStringLiteral("no such sales cut-off was set");
    }
    auto rows = settings.cutoffs();
    if (!rows)
        return m_out.error(rows.error());
    QJsonArray list;
    TextTable table({QStringLiteral("AIRLINE"), QStringLiteral("ROUTE"), QStringLiteral("SALES")});
    table.addRow({QStringLiteral("(standard)"), QString(), cell(SalesCutoff::StandardClosesMinutes)});
    for (const SalesCutoffRow &row : std::as_const(*rows)) {
        list.append(QJsonObject{{QStringLiteral("carrier"), row.carrier},
                                {QStringLiteral("route"), row.route.isEmpty() ? QJsonValue() : QJsonValue(row.route)},
                                {QStringLiteral("closes_minutes"), row.closesMinutes}});
        table.addRow({row.carrier, row.route.isEmpty() ? QStringLiteral("all") : row.route, cell(row.closesMinutes)});
    }
    const QJsonObject json{{QStringLiteral("standard"), QJsonObject{{QStringLiteral("closes_minutes"), SalesCutoff::StandardClosesMinutes}}},
                           {QStringLiteral("cutoffs"), list}};
    return m_out.result(json, (headline.isEmpty() ? table.toString() : headline + QLatin1Char('\n') + table.toString()).trimmed());
}

int AirlineCommands::holdLimits(const CommandArguments &arguments)
{
    auto chosen = action(QStringLiteral("hold-limits"), arguments, {{QStringLiteral("show"), 0}, {QStringLiteral("set"), 1}});
    if (!chosen)
        return m_out.error(chosen.error());
    const bool set = *chosen == QLatin1String("set");
    const QStringList options{QStringLiteral("unpaid"), QStringLiteral("per-minute"), QStringLiteral("decline-extension")};
    const bool anyOption = std::any_of(options.cbegin(), options.cend(), [&](const QString &o) { return arguments.isSet(o); });
    if (!set && anyOption)
        return m_out.error(bad(QStringLiteral("hold-limits show takes no options; it lists every role")));
    std::optional<Role> role;
    if (set) {
        role = roleFromName(arguments.positional(1).toLower());
        if (!role)
            return m_out.error(bad(QStringLiteral("hold-limits set: ROLE must be one of %1, not '%2'")
                                       .arg(roleNames(), arguments.positional(1))));
        if (!anyOption)
            return m_out.error(bad(QStringLiteral("hold-limits set: give --unpaid, --per-minute or --decline-extension")));
    }

    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    HoldLimitSettings settings((*context)->db(), (*context)->actor());
    auto rows = settings.limits();
    if (!rows)
        return m_out.error(rows.error());
    QString headline;
    if (set) {
        const auto current = std::find_if(rows->cbegin(), rows->cend(), [&](const HoldLimits &l) { return l.role == *role; });
        HoldLimits wanted = current != rows->cend() ? *current : HoldLimits{*role, {}, {}, 0};
        for (const auto &[name, field] : {std::pair{QStringLiteral("unpaid"), &HoldLimits::maxUnpaidHolds},
                                          std::pair{QStringLiteral("per-minute"), &HoldLimits::maxHoldsPerMinute}}) {
            if (!arguments.isSet(name))
                continue;
            auto limit = limitOption(arguments, name);
            if (!limit)
                return m_out.error(limit.error());
            wanted.*field = *limit;
        }
        if (arguments.isSet(QStringLiteral("decline-extension"))) {
            auto seconds = InputParser::integer(arguments.value(QStringLiteral("decline-extension")),
                                                QStringLiteral("--decline-extension"), 0,
                                                HoldLimits::MaxDeclineExtensionSeconds);
            if (!seconds)
                return m_out.error(seconds.error());
            wanted.declineExtensionSeconds = *seconds;
        }
        auto saved = settings.set(wanted);
        if (!saved)
            return m_out.error(saved.error());
        headline = QStringLiteral("%1 terminals now: %2").arg(roleName(*role), HoldLimitSettings::describe(*saved));
        rows = settings.limits();
        if (!rows)
            return m_out.error(rows.error());
    }
    const auto jsonLimit = [](const std::optional<int> &limit) { return limit ? QJsonValue(*limit) : QJsonValue(); };
    const auto cell = [](const std::optional<int> &limit) { return limit ? QString::number(*limit) : QStringLiteral("-"); };
    QJsonArray list;
    TextTable table({QStringLiteral("ROLE"), QStringLiteral("UNPAID HOLDS"), QStringLiteral("HOLDS/MIN"),
                     QStringLiteral("AFTER DECLINE")});
    for (const HoldLimits &row : std::as_const(*rows)) {
        list.append(QJsonObject{{QStringLiteral("role"), roleName(row.role)},
                                {QStringLiteral("max_unpaid_holds"), jsonLimit(row.maxUnpaidHolds)},
                                {QStringLiteral("max_holds_per_minute"), jsonLimit(row.maxHoldsPerMinute)},
                                {QStringLiteral("decline_extension_seconds"), row.declineExtensionSeconds}});
        table.addRow({roleName(row.role), cell(row.maxUnpaidHolds), cell(row.maxHoldsPerMinute),
                      QStringLiteral("+%1 s").arg(row.declineExtensionSeconds)});
    }
    return m_out.result(QJsonObject{{QStringLiteral("limits"), list}},
                        (headline.isEmpty() ? table.toString() : headline + QLatin1Char('\n') + table.toString()).trimmed());
}

} // namespace kiosk::ctl
