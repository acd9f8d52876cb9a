#include "AircraftConfiguration.h"

namespace kiosk {

namespace {

std::optional<Cabin> cabinOfCompartment(QChar code)
{
    switch (code.unicode()) {
    case 'F': case 'A': case 'P': return Cabin::First;
    case 'J': case 'C': case 'D': case 'I': case 'Z': return Cabin::Business;
    case 'W': case 'E': return Cabin::PremiumEconomy;
    case 'Y': case 'M': return Cabin::Economy;
    default: return std::nullopt;
    }
}

} // namespace

std::optional<AircraftConfiguration> AircraftConfiguration::parse(const QString &text, QString *problem)
{
    AircraftConfiguration configuration;
    const qsizetype versionAt = text.indexOf(QLatin1String("VV"));
    const QString cabins = versionAt < 0 ? text : text.left(versionAt);
    if (versionAt >= 0)
        configuration.version = text.mid(versionAt + 2);
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (cabins.isEmpty())
        return fail(QStringLiteral("names no cabin and seat count (e.g. C12Y150)"));
    qsizetype at = 0;
    while (at < cabins.size()) {
        const QChar code = cabins.at(at++);
        const auto cabin = cabinOfCompartment(code);
        if (!cabin)
            return fail(QStringLiteral("has an unknown cabin code '%1' (known: F, A, P first; J, C, D, I, Z business; "
                                       "W, E premium economy; Y, M economy)")
                            .arg(code));
        const qsizetype digitsAt = at;
        while (at < cabins.size() && cabins.at(at).isDigit() && cabins.at(at).unicode() < 128)
            ++at;
        const int seats = cabins.mid(digitsAt, at - digitsAt).toInt();
        if (at == digitsAt || at - digitsAt > 3 || seats < 1)
            return fail(QStringLiteral("gives cabin '%1' no seat count from 1 to 999").arg(code));
        for (const Compartment &known : std::as_const(configuration.compartments)) {
            if (known.cabin == *cabin)
                return fail(QStringLiteral("names the %1 cabin twice").arg(cabinName(*cabin)));
        }
        configuration.compartments.append({*cabin, seats});
    }
    return configuration;
}

int AircraftConfiguration::seats(Cabin cabin) const
{
    for (const Compartment &compartment : compartments) {
        if (compartment.cabin == cabin)
            return compartment.seats;
    }
    return 0;
}

int AircraftConfiguration::totalSeats() const
{
    int total = 0;
    for (const Compartment &compartment : compartments)
        total += compartment.seats;
    return total;
}

QString AircraftConfiguration::cabinsText() const
{
    QString text;
    for (const Compartment &compartment : compartments)
        text += cabinCode(compartment.cabin) + QString::number(compartment.seats);
    return text;
}

} // namespace kiosk
