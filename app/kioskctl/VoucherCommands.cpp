#include "VoucherCommands.h"

#include "CtlContext.h"
#include "HumanFormat.h"
#include "InputParser.h"
#include "JsonFormat.h"
#include "TextTable.h"
#include "booking/VoucherAdministration.h"

#include <QJsonArray>
#include <QTimeZone>

namespace kiosk::ctl {

namespace {

Error bad(const QString &message)
{
    return makeError(ErrorCode::BadInput, message);
}

QString cabinText(const QList<Cabin> &cabins)
{
    QStringList codes;
    for (const Cabin cabin : cabins)
        codes << QString(cabinCode(cabin));
    return codes.join(QLatin1Char(','));
}

QString validity(const Voucher &v)
{
    if (!v.terms.validFrom.isValid() && !v.terms.validTo.isValid())
        return QStringLiteral("always");
    const QString from = v.terms.validFrom.isValid() ? v.terms.validFrom.toUTC().date().toString(Qt::ISODate) : QString();
    // valid_to is exclusive (the start of the day after the last one).
    const QString to = v.terms.validTo.isValid() ? v.terms.validTo.toUTC().addMSecs(-1).date().toString(Qt::ISODate) : QString();
    return QStringLiteral("%1..%2").arg(from, to);
}

QString line(const Voucher &v)
{
    return QStringLiteral("voucher %1 (#%2): %3, %4 of %5 uses")
        .arg(v.hint)
        .arg(v.id)
        .arg(v.benefit())
        .arg(v.uses)
        .arg(v.terms.maxUses ? QString::number(*v.terms.maxUses) : QStringLiteral("unlimited"));
}

} // namespace

QJsonObject VoucherCommands::json(const Voucher &v)
{
    const auto moneyOrNull = [](const std::optional<Money> &m) { return m ? QJsonValue(JsonFormat::money(*m)) : QJsonValue(); };
    QJsonArray cabins;
    for (const Cabin cabin : v.terms.cabins)
        cabins.append(QString(cabinCode(cabin)));
    return QJsonObject{{QStringLiteral("id"), v.id},
                       {QStringLiteral("code_hint"), v.hint},
                       {QStringLiteral("benefit"), v.benefit()},
                       {QStringLiteral("percent"), v.terms.percent ? QJsonValue(*v.terms.percent) : QJsonValue()},
                       {QStringLiteral("amount"), moneyOrNull(v.terms.amount)},
                       {QStringLiteral("min_amount"), moneyOrNull(v.terms.minAmount)},
                       {QStringLiteral("valid_from"), JsonFormat::time(v.terms.validFrom)},
                       {QStringLiteral("valid_to"), JsonFormat::time(v.terms.validTo)},
                       {QStringLiteral("max_uses"), v.terms.maxUses ? QJsonValue(*v.terms.maxUses) : QJsonValue()},
                       {QStringLiteral("uses"), v.uses},
                       {QStringLiteral("flights"), QJsonArray::fromStringList(v.terms.flights)},
                       {QStringLiteral("cabins"), cabins},
                       {QStringLiteral("created_by"), v.createdBy},
                       {QStringLiteral("created"), JsonFormat::time(v.createdUtc)},
                       {QStringLiteral("disabled"), JsonFormat::time(v.disabledUtc)},
                       {QStringLiteral("disabled_by"), v.disabled() ? QJsonValue(v.disabledBy) : QJsonValue()}};
}

int VoucherCommands::run(const CommandArguments &arguments)
{
    const QString action = arguments.positional(0);
    if (action == QLatin1String("create"))
        return create(arguments);
    if (action == QLatin1String("list"))
        return list(arguments);
    if (action == QLatin1String("disable"))
        return disable(arguments);
    return m_out.error(bad(QStringLiteral("voucher: unknown action '%1'; use create, list or disable").arg(action)));
}

Result<VoucherTerms> VoucherCommands::terms(const CommandArguments &arguments)
{
    VoucherTerms terms;
    if (arguments.isSet(QStringLiteral("percent"))) {
        auto percent = InputParser::integer(arguments.value(QStringLiteral("percent")), QStringLiteral("percent"), 1, 100);
        if (!percent)
            return percent.error();
        terms.percent = *percent;
    }
    const QString currency = arguments.value(QStringLiteral("currency")).trimmed().toUpper();
    for (const QString &name : {QStringLiteral("amount"), QStringLiteral("min-amount")}) {
        if (!arguments.isSet(name))
            continue;
        if (currency.size() != 3)
            return bad(QStringLiteral("--%1 needs --currency (three letters, e.g. EUR)").arg(name));
        auto money = InputParser::money(arguments.value(name), currency);
        if (!money)
            return money.error();
        (name == QLatin1String("amount") ? terms.amount : terms.minAmount) = *money;
    }
    if (arguments.isSet(QStringLiteral("currency")) && !terms.amount && !terms.minAmount)
        return bad(QStringLiteral("--currency goes with --amount or --min-amount"));
    if (arguments.isSet(QStringLiteral("valid-from"))) {
        auto from = InputParser::date(arguments.value(QStringLiteral("valid-from")), QStringLiteral("valid-from"));
        if (!from)
            return from.error();
        terms.validFrom = QDateTime(*from, QTime(0, 0), QTimeZone::utc());
    }
    if (arguments.isSet(QStringLiteral("valid-to"))) {
        auto to = InputParser::date(arguments.value(QStringLiteral("valid-to")), QStringLiteral("valid-to"));
        if (!to)
            return to.error();
        terms.validTo = QDateTime(to->addDays(1), QTime(0, 0), QTimeZone::utc()); // through the whole last day
    }
    if (arguments.isSet(QStringLiteral("max-uses"))) {
        auto uses = InputParser::integer(arguments.value(QStringLiteral("max-uses")), QStringLiteral("max-uses"), 1,
                                         VoucherTerms::MaxUsesLimit);
        if (!uses)
            return uses.error();
        terms.maxUses = *uses;
    }
    if (arguments.isSet(QStringLiteral("flights")))
        terms.flights = arguments.value(QStringLiteral("flights")).split(QLatin1Char(','));
    if (arguments.isSet(QStringLiteral("cabins"))) {
        for (const QString &text : arguments.value(QStringLiteral("cabins")).split(QLatin1Char(','))) {
            const auto cabin = InputParser::cabin(text);
            if (!cabin)
                return bad(QStringLiteral("--cabins takes F, J, W, Y or the cabins' names, not '%1'").arg(text));
            terms.cabins << *cabin;
        }
    }
    return VoucherTerms::validate(terms);
}

int VoucherCommands::create(const CommandArguments &arguments)
{
    const QString code = arguments.positional(1);
    if (code.isEmpty())
        return m_out.error(bad(QStringLiteral("voucher create: missing CODE")));
    auto wanted = terms(arguments);
    if (!wanted)
        return m_out.error(wanted.error());
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    auto created = VoucherAdministration((*context)->db(), (*context)->actor()).create(code, *wanted);
    if (!created)
        return m_out.error(created.error());
    const Voucher &v = *created;
    QString text = QStringLiteral("created %1, valid %2").arg(line(v), validity(v));
    if (!v.terms.flights.isEmpty())
        text += QStringLiteral(", flights ") + v.terms.flights.join(QLatin1Char(','));
    if (!v.terms.cabins.isEmpty())
        text += QStringLiteral(", cabins ") + cabinText(v.terms.cabins);
    return m_out.result(json(v), text);
}

int VoucherCommands::list(const CommandArguments &arguments)
{
    if (!arguments.positional(1).isEmpty())
        return m_out.error(bad(QStringLiteral("voucher list takes no CODE")));
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    auto vouchers = VoucherAdministration((*context)->db(), (*context)->actor()).list(arguments.isSet(QStringLiteral("all")));
    if (!vouchers)
        return m_out.error(vouchers.error());
    QJsonArray array;
    TextTable table({QStringLiteral("ID"), QStringLiteral("CODE"), QStringLiteral("BENEFIT"), QStringLiteral("USES"),
                     QStringLiteral("VALID"), QStringLiteral("FLIGHTS"), QStringLiteral("CABINS"), QStringLiteral("STATE")});
    for (const Voucher &v : std::as_const(*vouchers)) {
        array.append(json(v));
        table.addRow({QString::number(v.id), v.hint, v.benefit(),
                      QStringLiteral("%1/%2").arg(v.uses).arg(v.terms.maxUses ? QString::number(*v.terms.maxUses) : QStringLiteral("-")),
                      validity(v), v.terms.flights.isEmpty() ? QStringLiteral("all") : v.terms.flights.join(QLatin1Char(',')),
                      v.terms.cabins.isEmpty() ? QStringLiteral("all") : cabinText(v.terms.cabins),
                      v.disabled() ? QStringLiteral("withdrawn ") + HumanFormat::time(v.disabledUtc) : QStringLiteral("active")});
    }
    const QString text = vouchers->isEmpty() ? QStringLiteral("no vouchers") : table.toString().trimmed();
    return m_out.result(QJsonObject{{QStringLiteral("vouchers"), array}}, text);
}

int VoucherCommands::disable(const CommandArguments &arguments)
{
    const QString code = arguments.positional(1);
    const bool byId = arguments.isSet(QStringLiteral("id"));
    if (code.isEmpty() == !byId)
        return m_out.error(bad(QStringLiteral("voucher disable takes a CODE or --id N, one of them")));
    std::optional<int> id;
    if (byId) {
        auto parsed = InputParser::integer(arguments.value(QStringLiteral("id")), QStringLiteral("id"), 1,
                                           std::numeric_limits<int>::max());
        if (!parsed)
            return m_out.error(parsed.error());
        id = *parsed;
    }
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    VoucherAdministration administration((*context)->db(), (*context)->actor());
    auto disabled = id ? administration.disable(qint64(*id)) : administration.disable(code);
    if (!disabled)
        return m_out.error(disabled.error());
    return m_out.result(json(*disabled), QStringLiteral("withdrew ") + line(*disabled));
}

} // namespace kiosk::ctl
