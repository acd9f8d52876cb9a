#include "LayoutParser.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace kiosk {

namespace {
constexpr int MaxRow = 99; // SeatCode's limit

QString rowRange(const CabinLayout &cabin)
{
    return QStringLiteral("%1-%2").arg(cabin.firstRow).arg(cabin.lastRow);
}

QString cabinWhere(const QString &deckWhere, const CabinLayout &cabin)
{
    return LayoutParser::tr("%1, cabin %2").arg(deckWhere, cabinName(cabin.cabin));
}
} // namespace

Result<AircraftLayout> LayoutParser::parse(const QByteArray &json, const QString &sourceName)
{
    LayoutParser parser(sourceName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        parser.fail(QString(), tr("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    } else if (!document.isObject()) {
        parser.fail(QString(), tr("the top level must be a JSON object"));
    } else {
        AircraftLayout layout;
        if (parser.readLayout(document.object(), layout) && parser.checkRowsDoNotOverlap(layout)
            && parser.checkSomeSeatIsForSale(layout))
            return layout;
    }
    return makeError(ErrorCode::BadInput, parser.m_problem);
}

bool LayoutParser::readLayout(const QJsonObject &root, AircraftLayout &layout)
{
    const QString where = tr("top level");
    if (!checkKeys(root, {QStringLiteral("schema"), QStringLiteral("type"), QStringLiteral("name"),
                          QStringLiteral("rangeKm"), QStringLiteral("iataTypes"), QStringLiteral("decks")},
                   where)
        || !readSchema(root, where))
        return false;
    layout.m_schema = m_schema;
    QJsonArray decks;
    QList<QJsonObject> deckObjects;
    if (!readString(root, QStringLiteral("type"), where, layout.m_type)
        || !readString(root, QStringLiteral("name"), where, layout.m_name)
        || !readInt(root, QStringLiteral("rangeKm"), where, 1, 20000, layout.m_rangeKm)
        || !readArray(root, QStringLiteral("decks"), where, decks, true)
        || !readObjects(decks, QStringLiteral("decks"), where, deckObjects)
        || !readIataTypes(root, where, layout.m_iataTypes))
        return false;
    for (qsizetype i = 0; i < deckObjects.size(); ++i) {
        DeckLayout deck;
        if (!readDeck(deckObjects.at(i), int(i), deck))
            return false;
        layout.m_decks << deck;
    }
    return true;
}

bool LayoutParser::readSchema(const QJsonObject &root, const QString &where)
{
    // Optional in version 1 so a hand-written file stays short; a newer version must not be
    // half-read.
    if (!root.contains(QStringLiteral("schema")))
        return true;
    if (!readInt(root, QStringLiteral("schema"), where, 1, 1000, m_schema))
        return false;
    if (m_schema > NewestSchema)
        return fail(where, tr("schema version %1 is not supported (this program reads versions 1 to %2)")
                               .arg(m_schema)
                               .arg(NewestSchema));
    return true;
}

bool LayoutParser::readDeck(const QJsonObject &object, int index, DeckLayout &deck)
{
    QString where = tr("deck %1").arg(index + 1);
    QStringList keys{QStringLiteral("name"), QStringLiteral("cabins")};
    if (m_schema >= 2)
        keys << QStringLiteral("wingRows") << QStringLiteral("exits") << QStringLiteral("galleys")
             << QStringLiteral("lavatories") << QStringLiteral("closets");
    QJsonArray cabins;
    QList<QJsonObject> cabinObjects;
    if (!checkKeys(object, keys, where) || !readString(object, QStringLiteral("name"), where, deck.name))
        return false;
    where = tr("deck '%1'").arg(deck.name);
    if (!readArray(object, QStringLiteral("cabins"), where, cabins, true)
        || !readObjects(cabins, QStringLiteral("cabins"), where, cabinObjects))
        return false;
    for (qsizetype i = 0; i < cabinObjects.size(); ++i) {
        CabinLayout cabin;
        if (!readCabin(cabinObjects.at(i), where, int(i), cabin))
            return false;
        deck.cabins << cabin;
    }
    // Exits, galleys and the like are placed at rows, so the rows come first.
    return m_schema < 2 || readDeckFeatures(object, where, deck);
}

bool LayoutParser::readCabin(const QJsonObject &object, const QString &deckWhere, int index, CabinLayout &cabin)
{
    QString where = tr("%1, cabin %2").arg(deckWhere).arg(index + 1);
    QStringList keys{QStringLiteral("cabin"), QStringLiteral("firstRow"), QStringLiteral("lastRow"),
                     QStringLiteral("skippedRows"), QStringLiteral("extraLegroomRows"),
                     QStringLiteral("missingSeats"), QStringLiteral("blockedSeats")};
    if (m_schema >= 2)
        keys << QStringLiteral("columns") << QStringLiteral("crewSeats") << QStringLiteral("bassinetSeats")
             << QStringLiteral("seats");
    else
        keys << QStringLiteral("letters") << QStringLiteral("exitRows");
    QString code;
    if (!checkKeys(object, keys, where) || !readString(object, QStringLiteral("cabin"), where, code))
        return false;
    const auto parsed = code.size() == 1 ? cabinFromCode(code.front()) : std::nullopt;
    if (!parsed || code.front().isLower())
        return fail(where, tr("unknown cabin code '%1' (use F, J, W or Y)").arg(code));
    cabin.cabin = *parsed;
    where = cabinWhere(deckWhere, cabin);

    if (!readInt(object, QStringLiteral("firstRow"), where, 1, MaxRow, cabin.firstRow)
        || !readInt(object, QStringLiteral("lastRow"), where, 1, MaxRow, cabin.lastRow))
        return false;
    if (cabin.firstRow > cabin.lastRow)
        return fail(where, tr("firstRow %1 is after lastRow %2").arg(cabin.firstRow).arg(cabin.lastRow));
    const QString lettersKey = m_schema >= 2 ? QStringLiteral("columns") : QStringLiteral("letters");
    if (!readLetters(object, lettersKey, where, cabin.letters)
        || !readRows(object, QStringLiteral("skippedRows"), where, cabin, cabin.skippedRows))
        return false;
    // Rows and seats are checked against the skips and the missing seats, so those come first.
    if (!readRows(object, QStringLiteral("exitRows"), where, cabin, cabin.exitRows)
        || !readRows(object, QStringLiteral("extraLegroomRows"), where, cabin, cabin.extraLegroomRows)
        || !readSeats(object, QStringLiteral("missingSeats"), where, cabin, cabin.missingSeats)
        || !readSeats(object, QStringLiteral("blockedSeats"), where, cabin, cabin.blockedSeats)
        || !readSeats(object, QStringLiteral("crewSeats"), where, cabin, cabin.crewSeats)
        || !readSeats(object, QStringLiteral("bassinetSeats"), where, cabin, cabin.bassinetSeats)
        || !readMarkedSeats(object, where, cabin))
        return false;
    for (const SeatCode &seat : std::as_const(cabin.crewSeats)) {
        if (cabin.blockedSeats.contains(seat))
            return fail(where, tr("crewSeats lists %1, which blockedSeats lists too; a seat is one or the other")
                                   .arg(seat.toString()));
    }
    if (cabin.seatCount() <= 0)
        return fail(where, tr("has no seats left after skipped rows and missing seats"));
    return true;
}

bool LayoutParser::readLetters(const QJsonObject &object, const QString &key, const QString &where, QString &letters)
{
    if (!readString(object, key, where, letters))
        return false;
    if (letters.startsWith(QLatin1Char(' ')) || letters.endsWith(QLatin1Char(' ')))
        return fail(where, tr("%1 '%2' start or end with a space; spaces mark aisles between seats").arg(key, letters));
    if (letters.contains(QStringLiteral("  ")))
        return fail(where, tr("%1 '%2' have two spaces in a row; one space marks one aisle").arg(key, letters));
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const QChar c = letters.at(i);
        if (c == QLatin1Char(' '))
            continue;
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return fail(where, tr("%1 '%2' contain '%3'; use capital letters A-Z and spaces").arg(key, letters, c));
        if (letters.indexOf(c) != i)
            return fail(where, tr("%1 '%2' contain the duplicate letter %3").arg(key, letters, c));
    }
    return true;
}

bool LayoutParser::readRows(const QJsonObject &object, const QString &key, const QString &where,
                            const CabinLayout &cabin, QList<int> &rows)
{
    QJsonArray array;
    if (!readArray(object, key, where, array, false))
        return false;
    for (const QJsonValue &value : std::as_const(array)) {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 1 || number > MaxRow || number != double(int(number)))
            return fail(where, tr("%1 must hold row numbers from 1 to %2").arg(key).arg(MaxRow));
        const int row = int(number);
        if (row < cabin.firstRow || row > cabin.lastRow)
            return fail(where, tr("%1 lists row %2, outside the cabin's rows %3").arg(key).arg(row).arg(rowRange(cabin)));
        // While skippedRows itself is read, `rows` is cabin.skippedRows: a repeat there is
        // reported as listed twice, below.
        if (&rows != &cabin.skippedRows && cabin.skippedRows.contains(row))
            return fail(where, tr("%1 lists row %2, which is a skipped row").arg(key).arg(row));
        if (rows.contains(row))
            return fail(where, tr("%1 lists row %2 twice").arg(key).arg(row));
        rows << row;
    }
    return true;
}

bool LayoutParser::readSeats(const QJsonObject &object, const QString &key, const QString &where,
                             const CabinLayout &cabin, QList<SeatCode> &seats)
{
    QJsonArray array;
    if (!readArray(object, key, where, array, false))
        return false;
    for (const QJsonValue &value : std::as_const(array)) {
        // A repeat first: while missingSeats itself is read, `seats` is cabin.missingSeats, and
        // a seat listed there once is no longer a seat of the cabin.
        if (const auto repeated = SeatCode::parse(value.toString()); repeated && seats.contains(*repeated))
            return failSeatTwice(where, *repeated, key);
        SeatCode code;
        if (!readSeat(value, key, where, cabin, code))
            return false;
        seats << code;
    }
    return true;
}

bool LayoutParser::readSeat(const QJsonValue &value, const QString &key, const QString &where,
                            const CabinLayout &cabin, SeatCode &code)
{
    const QString text = value.toString();
    const auto parsed = SeatCode::parse(text);
    if (!value.isString() || !parsed || text != parsed->toString())
        return fail(where, tr("%1 holds '%2', which is not a seat code like \"12A\"")
                               .arg(key, value.isString() ? text : tr("(not a string)")));
    code = *parsed;
    if (!cabin.seatLetters().contains(code.letter()))
        return fail(where, tr("column %1 is not in the columns list (%2 lists %3)").arg(code.letter(), key, text));
    // Missing seats are read first, so a blocked seat that does not exist is caught here.
    if (!cabin.hasSeat(code))
        return fail(where, tr("%1 lists %2, which is not a seat of this cabin (rows %3, letters '%4')")
                               .arg(key, text, rowRange(cabin), cabin.letters));
    return true;
}

bool LayoutParser::checkRowsDoNotOverlap(const AircraftLayout &layout)
{
    // A seat code names one seat on the whole aircraft (the database keys seats by it),
    // so no two cabins, on any deck, may share a row number.
    struct Block {
        QString where;
        const CabinLayout *cabin;
    };
    QList<Block> blocks;
    for (const DeckLayout &deck : layout.decks()) {
        for (const CabinLayout &cabin : deck.cabins) {
            const QString where = cabinWhere(tr("deck '%1'").arg(deck.name), cabin);
            for (const Block &earlier : std::as_const(blocks)) {
                if (cabin.firstRow <= earlier.cabin->lastRow && earlier.cabin->firstRow <= cabin.lastRow)
                    return fail(where, tr("rows %1 overlap rows %2 of %3; row numbers must be unique across the aircraft")
                                           .arg(rowRange(cabin), rowRange(*earlier.cabin), earlier.where));
            }
            blocks << Block{where, &cabin};
        }
    }
    return true;
}

bool LayoutParser::checkSomeSeatIsForSale(const AircraftLayout &layout)
{
    const QList<SeatTemplate> seats = layout.seats();
    if (std::any_of(seats.cbegin(), seats.cend(), [](const SeatTemplate &seat) { return !seat.features.testFlag(SeatFeature::Blocked); }))
        return true;
    return fail(tr("top level"), tr("the layout has no seat for sale: every seat is blocked or kept for the crew"));
}

bool LayoutParser::readIataTypes(const QJsonObject &object, const QString &where, QStringList &types)
{
    QJsonArray array;
    if (!readArray(object, QStringLiteral("iataTypes"), where, array, false))
        return false;
    for (const QJsonValue &value : std::as_const(array)) {
        const QString code = value.toString();
        const bool valid = code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
            return c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
        });
        if (!valid)
            return fail(where, tr("\"iataTypes\" holds '%1'; IATA aircraft types are three capitals or digits "
                                  "(\"320\", \"77W\")")
                                   .arg(value.toVariant().toString()));
        types << code;
    }
    return true;
}

bool LayoutParser::checkKeys(const QJsonObject &object, const QStringList &known, const QString &where)
{
    // A misspelt optional key ("exitrows") would otherwise be ignored without a word.
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            return fail(where, tr("unknown key '%1' (known keys: %2)").arg(key, known.join(QStringLiteral(", "))));
    }
    return true;
}

bool LayoutParser::readInt(const QJsonObject &object, const QString &key, const QString &where, int min, int max,
                           int &value)
{
    const QJsonValue json = object.value(key);
    if (json.isUndefined())
        return fail(where, tr("\"%1\" is missing").arg(key));
    const double number = json.toDouble(-1);
    if (!json.isDouble() || number < min || number > max || number != double(int(number)))
        return fail(where, tr("\"%1\" must be a whole number from %2 to %3").arg(key).arg(min).arg(max));
    value = int(number);
    return true;
}

bool LayoutParser::readString(const QJsonObject &object, const QString &key, const QString &where, QString &value)
{
    const QJsonValue json = object.value(key);
    if (json.isUndefined())
        return fail(where, tr("\"%1\" is missing").arg(key));
    if (!json.isString() || json.toString().trimmed().isEmpty())
        return fail(where, tr("\"%1\" must be a non-empty string").arg(key));
    value = json.toString();
    return true;
}

bool LayoutParser::readArray(const QJsonObject &object, const QString &key, const QString &where, QJsonArray &array,
                             bool required)
{
    const QJsonValue json = object.value(key);
    if (json.isUndefined() && !required)
        return true;
    if (json.isUndefined())
        return fail(where, tr("\"%1\" is missing").arg(key));
    if (!json.isArray())
        return fail(where, tr("\"%1\" must be an array").arg(key));
    array = json.toArray();
    if (required && array.isEmpty())
        return fail(where, tr("\"%1\" is empty").arg(key));
    return true;
}

bool LayoutParser::readObjects(const QJsonArray &array, const QString &key, const QString &where,
                               QList<QJsonObject> &objects)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return fail(where, tr("entry %1 of \"%2\" must be a JSON object").arg(i + 1).arg(key));
        objects << array.at(i).toObject();
    }
    return true;
}

bool LayoutParser::fail(const QString &where, const QString &problem)
{
    m_problem = where.isEmpty() ? QStringLiteral("%1: %2").arg(m_source, problem)
                                : QStringLiteral("%1: %2: %3").arg(m_source, where, problem);
    return false;
}

bool LayoutParser::failSeatTwice(const QString &where, const SeatCode &seat, const QString &key)
{
    return fail(where, tr("row %1: seat %2 appears twice in %3").arg(seat.row()).arg(seat.toString(), key));
}

} // namespace kiosk
