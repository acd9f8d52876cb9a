#include "GeneratedLayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kiosk {

namespace {

QString lettersFor(Cabin cabin, int totalSeats)
{
    if (totalSeats <= GeneratedLayout::RegionalMaxSeats)
        return QStringLiteral("AC DF");
    if (totalSeats <= GeneratedLayout::NarrowbodyMaxSeats)
        return cabin == Cabin::Economy ? QStringLiteral("ABC DEF") : QStringLiteral("AC DF");
    switch (cabin) {
    case Cabin::First: return QStringLiteral("A DG K");
    case Cabin::Business: return QStringLiteral("AC DG HK");
    case Cabin::PremiumEconomy: return QStringLiteral("AC DEFG HK");
    case Cabin::Economy: return QStringLiteral("ABC DEF HJK");
    }
    return QStringLiteral("ABC DEF");
}

} // namespace

QString GeneratedLayout::typeName(const QString &iataType, const AircraftConfiguration &configuration)
{
    return iataType + QLatin1Char('-') + configuration.cabinsText();
}

Result<AircraftLayout> GeneratedLayout::build(const QString &iataType, const AircraftConfiguration &configuration)
{
    const int total = configuration.totalSeats();
    QJsonArray cabins;
    int nextRow = 1;
    for (Cabin cabin : {Cabin::First, Cabin::Business, Cabin::PremiumEconomy, Cabin::Economy}) {
        const int seats = configuration.seats(cabin);
        if (seats == 0)
            continue;
        const QString letters = lettersFor(cabin, total);
        QString seatLetters = letters;
        seatLetters.remove(QLatin1Char(' '));
        const int abreast = int(seatLetters.size());
        const int rows = (seats + abreast - 1) / abreast;
        const int lastRow = nextRow + rows - 1;
        if (lastRow > 99)
            return makeError(ErrorCode::BadInput,
                             tr("aircraft %1 %2: %3 seats need more than 99 rows at standard seating")
                                 .arg(iataType, configuration.cabinsText()).arg(total));
        QJsonArray missing;
        for (int i = 0; i < rows * abreast - seats; ++i)
            missing.append(QString::number(lastRow) + seatLetters.at(abreast - 1 - i));
        cabins.append(QJsonObject{{QStringLiteral("cabin"), QString(cabinCode(cabin))},
                                  {QStringLiteral("firstRow"), nextRow},
                                  {QStringLiteral("lastRow"), lastRow},
                                  {QStringLiteral("letters"), letters},
                                  {QStringLiteral("missingSeats"), missing}});
        nextRow = lastRow + 1;
    }
    const QJsonObject root{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("type"), typeName(iataType, configuration)},
        {QStringLiteral("name"), QStringLiteral("Generated layout for %1 %2").arg(iataType, configuration.cabinsText())},
        {QStringLiteral("rangeKm"), 20000},
        {QStringLiteral("iataTypes"), QJsonArray{iataType}},
        {QStringLiteral("decks"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Main deck")},
                                                         {QStringLiteral("cabins"), cabins}}}}};
    return AircraftLayout::fromJson(QJsonDocument(root).toJson(QJsonDocument::Compact),
                                    QStringLiteral("generated layout %1").arg(typeName(iataType, configuration)));
}

} // namespace kiosk
