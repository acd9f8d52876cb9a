#include "PolicyCommands.h"

#include "CtlContext.h"
#include "HumanFormat.h"
#include "InputParser.h"
#include "JsonFormat.h"
#include "TextTable.h"
#include "booking/RefundPolicyAdministration.h"

namespace kiosk::ctl {

namespace {

const QList<Cabin> AllCabins{Cabin::First, Cabin::Business, Cabin::PremiumEconomy, Cabin::Economy};

int printPolicy(OutputWriter &out, const CancellationPolicy &policy, const QList<StoredRefundTiers> &stored,
                const QString &headline)
{
    QJsonArray cabins;
    TextTable table({QStringLiteral("CABIN"), QStringLiteral("TIERS"), QStringLiteral("REFUND"), QStringLiteral("SET BY")});
    for (Cabin cabin : AllCabins) {
        const auto row = std::find_if(stored.cbegin(), stored.cend(),
                                      [cabin](const StoredRefundTiers &s) { return s.cabin == cabinCode(cabin); });
        const bool standard = row == stored.cend();
        cabins.append(QJsonObject{{QStringLiteral("cabin"), QString(cabinCode(cabin))},
                                  {QStringLiteral("name"), cabinName(cabin)},
                                  {QStringLiteral("tiers"), policy.tiersText(cabin)},
                                  {QStringLiteral("policy"), policy.describe(cabin)},
                                  {QStringLiteral("standard"), standard},
                                  {QStringLiteral("updated_by"), standard ? QJsonValue() : QJsonValue(row->updatedBy)},
                                  {QStringLiteral("updated_at"), standard ? QJsonValue() : JsonFormat::time(row->updatedUtc)}});
        table.addRow({QStringLiteral("%1 %2").arg(cabinCode(cabin)).arg(cabinName(cabin)), policy.tiersText(cabin),
                      policy.describe(cabin),
                      standard ? QStringLiteral("standard")
                               : QStringLiteral("%1, %2").arg(row->updatedBy, HumanFormat::time(row->updatedUtc))});
    }
    const QString text = headline.isEmpty() ? table.toString() : headline + QLatin1Char('\n') + table.toString();
    return out.result(QJsonObject{{QStringLiteral("cabins"), cabins}}, text.trimmed());
}

} // namespace

int PolicyCommands::run(const CommandArguments &arguments)
{
    const QString action = arguments.positional(0);
    static const QStringList actions{QStringLiteral("show"), QStringLiteral("set"), QStringLiteral("reset")};
    if (!actions.contains(action))
        return m_out.error(makeError(ErrorCode::BadInput,
                                     QStringLiteral("policy: unknown action '%1'; use show, set or reset").arg(action)));
    const bool show = action == QLatin1String("show");
    const bool set = action == QLatin1String("set");
    const QString cabinText = arguments.positional(1);
    const QString tiers = arguments.positional(2);
    if (show && !cabinText.isEmpty())
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("policy show takes no CABIN; it lists them all")));
    std::optional<Cabin> cabin;
    if (!show) {
        cabin = InputParser::cabin(cabinText);
        if (!cabin)
            return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("policy %1: CABIN must be F, J, W, Y or first, "
                                                                              "business, premium, economy, not '%2'")
                                                                  .arg(action, cabinText)));
        if (set && tiers.isEmpty())
            return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("policy set: missing TIERS, e.g. 72:100,24:50,0:0")));
        if (!set && !tiers.isEmpty())
            return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("policy reset takes no TIERS")));
        if (set) {
            if (auto parsed = CancellationPolicy::parseTiers(tiers); !parsed)
                return m_out.error(parsed.error());
        }
    }

    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    RefundPolicyAdministration administration((*context)->db(), (*context)->actor());
    auto policy = show ? RefundPolicyAdministration::load((*context)->db())
        : set          ? administration.set(*cabin, tiers)
                       : administration.reset(*cabin);
    if (!policy)
        return m_out.error(policy.error());
    auto stored = administration.stored();
    if (!stored)
        return m_out.error(stored.error());
    const QString headline = show ? QString()
        : set ? QStringLiteral("%1 now refunds: %2").arg(cabinName(*cabin), policy->describe(*cabin))
              : QStringLiteral("%1 is back on the standard policy").arg(cabinName(*cabin));
    return printPolicy(m_out, *policy, *stored, headline);
}

} // namespace kiosk::ctl
