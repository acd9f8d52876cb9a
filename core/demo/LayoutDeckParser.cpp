// Schema 2's additions to LayoutParser: what a seat map draws around the seats of a deck
// (wings, exits, galleys, lavatories, closets) and the characteristics written per seat.

#include "LayoutParser.h"

#include <utility>

namespace kiosk {

namespace {
constexpr int MaxRow = 99;

const QStringList PositionNames{QStringLiteral("left"), QStringLiteral("centre"), QStringLiteral("right")};
} // namespace

bool LayoutParser::readDeckFeatures(const QJsonObject &object, const QString &where, DeckLayout &deck)
{
    if (!readWingRows(object, where, deck) || !readExits(object, where, deck)
        || !readFacilities(object, QStringLiteral("galleys"), FacilityKind::Galley, where, deck)
        || !readFacilities(object, QStringLiteral("lavatories"), FacilityKind::Lavatory, where, deck)
        || !readFacilities(object, QStringLiteral("closets"), FacilityKind::Closet, where, deck))
        return false;
    // An exit at a row makes that row's seats exit-row seats: the one place schema 2 says so.
    for (const LayoutExit &door : std::as_const(deck.exits)) {
        if (door.place != RowPlace::At)
            continue;
        for (CabinLayout &cabin : deck.cabins) {
            if (cabin.containsRow(door.row))
                cabin.exitRows << door.row;
        }
    }
    return true;
}

bool LayoutParser::readWingRows(const QJsonObject &object, const QString &deckWhere, DeckLayout &deck)
{
    if (!object.contains(QStringLiteral("wingRows")))
        return true;
    const QString where = tr("%1, wingRows").arg(deckWhere);
    if (!object.value(QStringLiteral("wingRows")).isObject())
        return fail(deckWhere, tr("\"wingRows\" must be an object like {\"first\": 10, \"last\": 20}"));
    const QJsonObject wing = object.value(QStringLiteral("wingRows")).toObject();
    RowSpan span;
    if (!checkKeys(wing, {QStringLiteral("first"), QStringLiteral("last")}, where)
        || !readInt(wing, QStringLiteral("first"), where, 1, MaxRow, span.first)
        || !readInt(wing, QStringLiteral("last"), where, 1, MaxRow, span.last))
        return false;
    if (span.first > span.last)
        return fail(where, tr("first %1 is after last %2").arg(span.first).arg(span.last));
    bool seatRowInside = false;
    for (int row = span.first; row <= span.last; ++row)
        seatRowInside = seatRowInside || deck.hasRow(row);
    if (!seatRowInside)
        return fail(where, tr("rows %1-%2 hold no seat row of this deck").arg(span.first).arg(span.last));
    deck.wingRows = span;
    return true;
}

bool LayoutParser::readExits(const QJsonObject &object, const QString &deckWhere, DeckLayout &deck)
{
    QJsonArray array;
    QList<QJsonObject> exits;
    if (!readArray(object, QStringLiteral("exits"), deckWhere, array, false)
        || !readObjects(array, QStringLiteral("exits"), deckWhere, exits))
        return false;
    for (qsizetype i = 0; i < exits.size(); ++i) {
        const QString where = tr("%1, exit %2").arg(deckWhere).arg(i + 1);
        const QJsonObject &entry = exits.at(i);
        LayoutExit door;
        QJsonArray sides;
        if (!checkKeys(entry, {QStringLiteral("row"), QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("sides")},
                       where)
            || !readPlace(entry, where, true, deck, door.place, door.row)
            || !readArray(entry, QStringLiteral("sides"), where, sides, true))
            return false;
        door.left = door.right = false;
        for (const QJsonValue &side : std::as_const(sides)) {
            const QString text = side.toString();
            bool &flag = text == QLatin1String("left") ? door.left : door.right;
            if ((text != QLatin1String("left") && text != QLatin1String("right")) || flag)
                return fail(where, tr("\"sides\" must list \"left\", \"right\" or both, each once"));
            flag = true;
        }
        for (const LayoutExit &earlier : std::as_const(deck.exits)) {
            if (earlier.place == door.place && earlier.row == door.row)
                return fail(where, tr("row %1 has an exit already; give both sides in one exit").arg(door.row));
        }
        deck.exits << door;
    }
    return true;
}

bool LayoutParser::readFacilities(const QJsonObject &object, const QString &key, FacilityKind kind,
                                  const QString &deckWhere, DeckLayout &deck)
{
    QJsonArray array;
    QList<QJsonObject> entries;
    if (!readArray(object, key, deckWhere, array, false) || !readObjects(array, key, deckWhere, entries))
        return false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = tr("%1, %2 entry %3").arg(deckWhere, key).arg(i + 1);
        LayoutFacility facility;
        facility.kind = kind;
        QString position;
        if (!checkKeys(entries.at(i), {QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("position")},
                       where)
            || !readPlace(entries.at(i), where, false, deck, facility.place, facility.row)
            || !readString(entries.at(i), QStringLiteral("position"), where, position))
            return false;
        if (!PositionNames.contains(position))
            return fail(where, tr("\"position\" is '%1'; use left, centre or right").arg(position));
        facility.position = CabinPosition(PositionNames.indexOf(position));
        deck.facilities << facility;
    }
    return true;
}

bool LayoutParser::readPlace(const QJsonObject &object, const QString &where, bool atAllowed, const DeckLayout &deck,
                             RowPlace &place, int &row)
{
    QList<std::pair<QString, RowPlace>> keys{{QStringLiteral("before"), RowPlace::Before},
                                             {QStringLiteral("after"), RowPlace::After}};
    if (atAllowed)
        keys.prepend({QStringLiteral("row"), RowPlace::At});
    QString given;
    for (const auto &[key, keyPlace] : std::as_const(keys)) {
        if (!object.contains(key))
            continue;
        if (!given.isEmpty())
            return fail(where, tr("give one place only, not both \"%1\" and \"%2\"").arg(given, key));
        given = key;
        place = keyPlace;
    }
    if (given.isEmpty())
        return fail(where, atAllowed ? tr("give its place: \"row\", \"before\" or \"after\" a row")
                                     : tr("give its place: \"before\" or \"after\" a row"));
    if (!readInt(object, given, where, 1, MaxRow, row))
        return false;
    if (!deck.hasRow(row))
        return fail(where, tr("row %1 is not a seat row of this deck").arg(row));
    return true;
}

bool LayoutParser::readMarkedSeats(const QJsonObject &object, const QString &where, CabinLayout &cabin)
{
    QJsonArray array;
    QList<QJsonObject> entries;
    if (!readArray(object, QStringLiteral("seats"), where, array, false)
        || !readObjects(array, QStringLiteral("seats"), where, entries))
        return false;
    QList<SeatCode> seen;
    for (const QJsonObject &entry : std::as_const(entries)) {
        SeatCode code;
        IataCharacteristics marks;
        if (!checkKeys(entry, {QStringLiteral("seat"), QStringLiteral("characteristics")}, where)
            || !readSeat(entry.value(QStringLiteral("seat")), QStringLiteral("seats"), where, cabin, code))
            return false;
        if (seen.contains(code))
            return failSeatTwice(where, code, QStringLiteral("seats"));
        seen << code;
        if (!readMarks(entry, where, code, marks))
            return false;
        cabin.markedSeats.append({code, marks});
    }
    return true;
}

bool LayoutParser::readMarks(const QJsonObject &object, const QString &where, const SeatCode &code,
                             IataCharacteristics &marks)
{
    const QString seatWhere = tr("%1, seat %2").arg(where, code.toString());
    QJsonArray codes;
    if (!readArray(object, QStringLiteral("characteristics"), seatWhere, codes, true))
        return false;
    for (const QJsonValue &value : std::as_const(codes)) {
        const auto characteristic = iataCharacteristicFromCode(value.toString());
        if (!value.isString() || !characteristic || !explicitIataCharacteristics().testFlag(*characteristic))
            return fail(seatWhere, tr("characteristic '%1' cannot be written in a file; write H, 1, V or I "
                                      "(the others follow from the layout)")
                                       .arg(value.toVariant().toString()));
        if (marks.testFlag(*characteristic))
            return fail(seatWhere, tr("characteristic %1 is listed twice").arg(value.toString()));
        marks |= *characteristic;
    }
    if (marks.testFlag(IataCharacteristic::NotForInfants) && marks.testFlag(IataCharacteristic::SuitableForInfants))
        return fail(seatWhere, tr("V (not for infants) and I (suitable for infants) contradict each other"));
    return true;
}

} // namespace kiosk
