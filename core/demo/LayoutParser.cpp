#include "LayoutParser.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace kiosk {

namespace {
constexpr int SchemaVersion = 1;
constexpr int MaxRow = 99; // SeatCode's limit

QString rowRange(const CabinLayout &cabin)
{
    return QStringLiteral("%1-%2").arg(cabin.firstRow).arg(cabin.lastRow);
}
} // namespace

Result<AircraftLayout> LayoutParser::parse(const QByteArray &json, const QString &sourceName)
{
    LayoutParser parser(sourceName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        parser.fail(QString(), QStringLiteral("not valid JSON: %1 at offset %2")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    } else if (!document.isObject()) {
        parser.fail(QString(), QStringLiteral("the top level must be a JSON object"));
    } else {
        AircraftLayout layout;
        if (parser.readLayout(document.object(), layout) && parser.checkRowsDoNotOverlap(layout))
            return layout;
    }
    return makeError(ErrorCode::BadInput, parser.m_problem);
}

bool LayoutParser::readLayout(const QJsonObject &root, AircraftLayout &layout)
{
    const QString where = QStringLiteral("top level");
    if (!checkKeys(root, {QStringLiteral("schema"), QStringLiteral("type"), QStringLiteral("name"),
                          QStringLiteral("rangeKm"), QStringLiteral("iataTypes"), QStringLiteral("decks")},
                   where))
        return false;
    // Optional so a hand-written file stays short; a newer version must not be half-read.
    if (root.contains(QStringLiteral("schema"))) {
        int version = 0;
        if (!readInt(root, QStringLiteral("schema"), where, 1, 1000, version))
            return false;
        if (version != SchemaVersion)
            return fail(where, QStringLiteral("schema version %1 is not supported (this program reads version %2)")
                                   .arg(version)
                                   .arg(SchemaVersion));
    }
    QJsonArray decks;
    if (!readString(root, QStringLiteral("type"), where, layout.m_type)
        || !readString(root, QStringLiteral("name"), where, layout.m_name)
        || !readInt(root, QStringLiteral("rangeKm"), where, 1, 20000, layout.m_rangeKm)
        || !readArray(root, QStringLiteral("decks"), where, decks, true)
        || !readIataTypes(root, where, layout.m_iataTypes))
        return false;
    for (qsizetype i = 0; i < decks.size(); ++i) {
        if (!decks.at(i).isObject())
            return fail(QStringLiteral("deck %1").arg(i + 1), QStringLiteral("must be a JSON object"));
        DeckLayout deck;
        if (!readDeck(decks.at(i).toObject(), int(i), deck))
            return false;
        layout.m_decks << deck;
    }
    return true;
}

bool LayoutParser::readDeck(const QJsonObject &object, int index, DeckLayout &deck)
{
    QString where = QStringLiteral("deck %1").arg(index + 1);
    QJsonArray cabins;
    if (!checkKeys(object, {QStringLiteral("name"), QStringLiteral("cabins")}, where)
        || !readString(object, QStringLiteral("name"), where, deck.name))
        return false;
    where = QStringLiteral("deck '%1'").arg(deck.name);
    if (!readArray(object, QStringLiteral("cabins"), where, cabins, true))
        return false;
    for (qsizetype i = 0; i < cabins.size(); ++i) {
        if (!cabins.at(i).isObject())
            return fail(QStringLiteral("%1, cabin %2").arg(where).arg(i + 1), QStringLiteral("must be a JSON object"));
        CabinLayout cabin;
        if (!readCabin(cabins.at(i).toObject(), where, int(i), cabin))
            return false;
        deck.cabins << cabin;
    }
    return true;
}

bool LayoutParser::readCabin(const QJsonObject &object, const QString &deckWhere, int index, CabinLayout &cabin)
{
    QString where = QStringLiteral("%1, cabin %2").arg(deckWhere).arg(index + 1);
    QString code;
    if (!checkKeys(object,
                   {QStringLiteral("cabin"), QStringLiteral("firstRow"), QStringLiteral("lastRow"),
                    QStringLiteral("letters"), QStringLiteral("skippedRows"), QStringLiteral("exitRows"),
                    QStringLiteral("extraLegroomRows"), QStringLiteral("blockedSeats"),
                    QStringLiteral("missingSeats")},
                   where)
        || !readString(object, QStringLiteral("cabin"), where, code))
        return false;
    const auto parsed = code.size() == 1 ? cabinFromCode(code.front()) : std::nullopt;
    if (!parsed || code.front().isLower())
        return fail(where, QStringLiteral("unknown cabin code '%1' (use F, J, W or Y)").arg(code));
    cabin.cabin = *parsed;
    where = QStringLiteral("%1, cabin %2").arg(deckWhere, code);

    if (!readInt(object, QStringLiteral("firstRow"), where, 1, MaxRow, cabin.firstRow)
        || !readInt(object, QStringLiteral("lastRow"), where, 1, MaxRow, cabin.lastRow))
        return false;
    if (cabin.firstRow > cabin.lastRow)
        return fail(where, QStringLiteral("firstRow %1 is after lastRow %2").arg(cabin.firstRow).arg(cabin.lastRow));
    if (!readLetters(object, where, cabin.letters)
        || !readRows(object, QStringLiteral("skippedRows"), where, cabin, cabin.skippedRows))
        return false;
    // Exit and legroom rows are checked against the skips, so they are read after them.
    if (!readRows(object, QStringLiteral("exitRows"), where, cabin, cabin.exitRows)
        || !readRows(object, QStringLiteral("extraLegroomRows"), where, cabin, cabin.extraLegroomRows)
        || !readSeats(object, QStringLiteral("missingSeats"), where, cabin, cabin.missingSeats)
        || !readSeats(object, QStringLiteral("blockedSeats"), where, cabin, cabin.blockedSeats))
        return false;
    if (cabin.seatCount() <= 0)
        return fail(where, QStringLiteral("has no seats left after skipped rows and missing seats"));
    return true;
}

bool LayoutParser::readLetters(const QJsonObject &object, const QString &where, QString &letters)
{
    if (!readString(object, QStringLiteral("letters"), where, letters))
        return false;
    if (letters.startsWith(QLatin1Char(' ')) || letters.endsWith(QLatin1Char(' ')))
        return fail(where, QStringLiteral("letters '%1' start or end with a space; spaces mark aisles between seats")
                               .arg(letters));
    if (letters.contains(QStringLiteral("  ")))
        return fail(where, QStringLiteral("letters '%1' have two spaces in a row; one space marks one aisle")
                               .arg(letters));
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const QChar c = letters.at(i);
        if (c == QLatin1Char(' '))
            continue;
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return fail(where, QStringLiteral("letters '%1' contain '%2'; use capital letters A-Z and spaces")
                                   .arg(letters, c));
        if (letters.indexOf(c) != i)
            return fail(where, QStringLiteral("letters '%1' contain the duplicate letter %2").arg(letters, c));
    }
    return true;
}

bool LayoutParser::readRows(const QJsonObject &object, const QString &key, const QString &where,
                            const CabinLayout &cabin, QList<int> &rows)
{
    QJsonArray array;
    if (!readArray(object, key, where, array, false))
        return false;
    for (const QJsonValue &value : array) {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 1 || number > MaxRow || number != double(int(number)))
            return fail(where, QStringLiteral("%1 must hold row numbers from 1 to %2").arg(key).arg(MaxRow));
        const int row = int(number);
        if (row < cabin.firstRow || row > cabin.lastRow)
            return fail(where, QStringLiteral("%1 lists row %2, outside the cabin's rows %3")
                                   .arg(key)
                                   .arg(row)
                                   .arg(rowRange(cabin)));
        // While skippedRows itself is read, `rows` is cabin.skippedRows: a repeat there is
        // reported as listed twice, below.
        if (&rows != &cabin.skippedRows && cabin.skippedRows.contains(row))
            return fail(where, QStringLiteral("%1 lists row %2, which is a skipped row").arg(key).arg(row));
        if (rows.contains(row))
            return fail(where, QStringLiteral("%1 lists row %2 twice").arg(key).arg(row));
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
    for (const QJsonValue &value : array) {
        const QString text = value.toString();
        const auto code = SeatCode::parse(text);
        if (!value.isString() || !code || text != code->toString())
            return fail(where, QStringLiteral("%1 holds '%2', which is not a seat code like \"12A\"")
                                   .arg(key, value.isString() ? text : QStringLiteral("(not a string)")));
        // Missing seats are read first, so a blocked seat that does not exist is caught here.
        if (!cabin.hasSeat(*code))
            return fail(where, QStringLiteral("%1 lists %2, which is not a seat of this cabin (rows %3, letters '%4')")
                                   .arg(key, code->toString(), rowRange(cabin), cabin.letters));
        if (seats.contains(*code))
            return fail(where, QStringLiteral("%1 lists %2 twice").arg(key, code->toString()));
        seats << *code;
    }
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
            const QString where = QStringLiteral("deck '%1', cabin %2").arg(deck.name, cabinCode(cabin.cabin));
            for (const Block &earlier : blocks) {
                if (cabin.firstRow <= earlier.cabin->lastRow && earlier.cabin->firstRow <= cabin.lastRow)
                    return fail(where, QStringLiteral("rows %1 overlap rows %2 of %3; row numbers must be unique "
                                                      "across the aircraft")
                                           .arg(rowRange(cabin), rowRange(*earlier.cabin), earlier.where));
            }
            blocks << Block{where, &cabin};
        }
    }
    return true;
}

bool LayoutParser::checkKeys(const QJsonObject &object, const QStringList &known, const QString &where)
{
    // A misspelt optional key ("exitrows") would otherwise be ignored without a word.
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            return fail(where, QStringLiteral("unknown key '%1' (known keys: %2)").arg(key, known.join(QStringLiteral(", "))));
    }
    return true;
}

bool LayoutParser::readInt(const QJsonObject &object, const QString &key, const QString &where, int min, int max,
                           int &value)
{
    const QJsonValue json = object.value(key);
    if (json.isUndefined())
        return fail(where, QStringLiteral("\"%1\" is missing").arg(key));
    const double number = json.toDouble(-1);
    if (!json.isDouble() || number < min || number > max || number != double(int(number)))
        return fail(where, QStringLiteral("\"%1\" must be a whole number from %2 to %3").arg(key).arg(min).arg(max));
    value = int(number);
    return true;
}

bool LayoutParser::readIataTypes(const QJsonObject &object, const QString &where, QStringList &types)
{
    QJsonArray array;
    if (!readArray(object, QStringLiteral("iataTypes"), where, array, false))
        return false;
    for (const QJsonValue &value : std::as_const(array)) {
        const QString code = value.toString();
        const bool valid = code.size() == 3
            && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')); });
        if (!valid)
            return fail(where, QStringLiteral("\"iataTypes\" holds '%1'; IATA aircraft types are three capitals or digits "
                                              "(\"320\", \"77W\")").arg(value.toVariant().toString()));
        types << code;
    }
    return true;
}

bool LayoutParser::readString(const QJsonObject &object, const QString &key, const QString &where, QString &value)
{
    const QJsonValue json = object.value(key);
    if (json.isUndefined())
        return fail(where, QStringLiteral("\"%1\" is missing").arg(key));
    if (!json.isString() || json.toString().trimmed().isEmpty())
        return fail(where, QStringLiteral("\"%1\" must be a non-empty string").arg(key));
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
        return fail(where, QStringLiteral("\"%1\" is missing").arg(key));
    if (!json.isArray())
        return fail(where, QStringLiteral("\"%1\" must be an array").arg(key));
    array = json.toArray();
    if (required && array.isEmpty())
        return fail(where, QStringLiteral("\"%1\" is empty").arg(key));
    return true;
}

bool LayoutParser::fail(const QString &where, const QString &problem)
{
    m_problem = where.isEmpty() ? QStringLiteral("%1: %2").arg(m_source, problem)
                                : QStringLiteral("%1: %2: %3").arg(m_source, where, problem);
    return false;
}

} // namespace kiosk
