#include "ScheduleLayouts.h"

#include "AircraftConfiguration.h"
#include "GeneratedLayout.h"

#include <QCryptographicHash>

#include <algorithm>

namespace kiosk {

namespace {

bool matches(const AircraftLayout &layout, const AircraftConfiguration &configuration)
{
    for (Cabin cabin : {Cabin::First, Cabin::Business, Cabin::PremiumEconomy, Cabin::Economy}) {
        if (layout.seatCount(cabin) != configuration.seats(cabin))
            return false;
    }
    return true;
}

QString contentKey(const QString &type, const QList<SeatTemplate> &seats)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SeatTemplate &seat : seats)
        hash.addData(QStringLiteral("%1 %2 %3 %4;")
                         .arg(seat.code.toString(), QString(cabinCode(seat.cabin)))
                         .arg(seat.features.toInt())
                         .arg(seat.deck)
                         .toUtf8());
    return type + QLatin1Char('@') + QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace

Result<ChosenLayout> ScheduleLayouts::choose(const QString &iataType, const QString &configurationText)
{
    const QString key = iataType + QLatin1Char('|') + configurationText;
    if (const auto known = m_chosen.constFind(key); known != m_chosen.cend())
        return known.value();

    std::optional<AircraftConfiguration> configuration;
    if (!configurationText.isEmpty()) {
        QString problem;
        configuration = AircraftConfiguration::parse(configurationText, &problem);
        if (!configuration)
            return makeError(ErrorCode::BadInput,
                             tr("aircraft configuration \"%1\" %2").arg(configurationText, problem));
    }
    std::optional<ChosenLayout> chosen;
    for (const AircraftLayout &layout : m_catalog.layouts()) {
        if (layout.iataTypes().contains(iataType) && (!configuration || matches(layout, *configuration))) {
            chosen = pick(layout, false);
            break;
        }
    }
    if (!chosen && !configuration)
        return makeError(ErrorCode::BadInput,
                         tr("aircraft type %1 has no built-in layout and no configuration (such as C12Y150) "
                            "to generate one from")
                             .arg(iataType));
    if (!chosen) {
        auto generated = GeneratedLayout::build(iataType, *configuration);
        if (!generated)
            return generated.error();
        chosen = pick(*generated, true);
    }
    m_chosen.insert(key, *chosen);
    return *chosen;
}

Result<ChosenLayout> ScheduleLayouts::named(const QString &typeOrIataCode)
{
    const QString name = typeOrIataCode.trimmed();
    std::optional<AircraftLayout> found;
    if (auto byType = m_catalog.layout(name))
        found = *byType;
    for (const AircraftLayout &layout : m_catalog.layouts()) {
        if (!found && layout.iataTypes().contains(name.toUpper()))
            found = layout;
    }
    if (!found) {
        QStringList known;
        for (const AircraftLayout &layout : m_catalog.layouts())
            known << (layout.iataTypes().isEmpty() ? layout.type()
                                                   : QStringLiteral("%1 (%2)").arg(layout.type(), layout.iataTypes().join(QLatin1Char('/'))));
        return makeError(ErrorCode::BadInput, tr("no aircraft layout \"%1\"; the known layouts are %2")
                                                  .arg(name, known.join(QStringLiteral(", "))));
    }
    return pick(*found, false);
}

ChosenLayout ScheduleLayouts::pick(const AircraftLayout &layout, bool generated) const
{
    ChosenLayout result{layout, generated, layout.seats(), {}, 0};
    result.key = contentKey(layout.type(), result.seats);
    result.version = generated ? 0 : m_versions.value(layout.type().toLower(), 1);
    return result;
}

QStringList ScheduleLayouts::generatedTypes() const
{
    QStringList types;
    for (const ChosenLayout &chosen : m_chosen) {
        if (chosen.generated && !types.contains(chosen.layout.type()))
            types << chosen.layout.type();
    }
    std::sort(types.begin(), types.end());
    return types;
}

} // namespace kiosk
