#pragma once

#include "AircraftLayout.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kiosk {

// Reads and checks one layout file, schema 1 or 2 (docs/layouts.md). Stops at the first
// problem and names it precisely, with the file and the deck and cabin it is in: these
// files are edited by hand, and "invalid layout" helps nobody.
class LayoutParser {
    Q_DECLARE_TR_FUNCTIONS(LayoutParser)
public:
    static constexpr int NewestSchema = 2;

    static Result<AircraftLayout> parse(const QByteArray &json, const QString &sourceName);

private:
    explicit LayoutParser(QString sourceName) : m_source(std::move(sourceName)) {}

    // LayoutParser.cpp: the layout, its decks and cabins, and the rules across them.
    bool readLayout(const QJsonObject &root, AircraftLayout &layout);
    bool readSchema(const QJsonObject &root, const QString &where);
    bool readDeck(const QJsonObject &object, int index, DeckLayout &deck);
    bool readCabin(const QJsonObject &object, const QString &deckWhere, int index, CabinLayout &cabin);
    bool readLetters(const QJsonObject &object, const QString &key, const QString &where, QString &letters);
    bool readRows(const QJsonObject &object, const QString &key, const QString &where, const CabinLayout &cabin,
                  QList<int> &rows);
    bool readSeats(const QJsonObject &object, const QString &key, const QString &where, const CabinLayout &cabin,
                   QList<SeatCode> &seats);
    bool readSeat(const QJsonValue &value, const QString &key, const QString &where, const CabinLayout &cabin,
                  SeatCode &code);
    bool readIataTypes(const QJsonObject &object, const QString &where, QStringList &types);
    bool checkRowsDoNotOverlap(const AircraftLayout &layout);
    bool checkSomeSeatIsForSale(const AircraftLayout &layout);

    // LayoutDeckParser.cpp: schema 2's wings, exits, galleys, lavatories, closets and the
    // characteristics written per seat.
    bool readDeckFeatures(const QJsonObject &object, const QString &where, DeckLayout &deck);
    bool readWingRows(const QJsonObject &object, const QString &where, DeckLayout &deck);
    bool readExits(const QJsonObject &object, const QString &where, DeckLayout &deck);
    bool readFacilities(const QJsonObject &object, const QString &key, FacilityKind kind, const QString &where,
                        DeckLayout &deck);
    bool readPlace(const QJsonObject &object, const QString &where, bool atAllowed, const DeckLayout &deck,
                   RowPlace &place, int &row);
    bool readMarkedSeats(const QJsonObject &object, const QString &where, CabinLayout &cabin);
    bool readMarks(const QJsonObject &object, const QString &where, const SeatCode &code, IataCharacteristics &marks);

    // The primitives every part uses.
    bool checkKeys(const QJsonObject &object, const QStringList &known, const QString &where);
    bool readInt(const QJsonObject &object, const QString &key, const QString &where, int min, int max, int &value);
    bool readString(const QJsonObject &object, const QString &key, const QString &where, QString &value);
    bool readArray(const QJsonObject &object, const QString &key, const QString &where, QJsonArray &array,
                   bool required);
    bool readObjects(const QJsonArray &array, const QString &key, const QString &where, QList<QJsonObject> &objects);
    bool fail(const QString &where, const QString &problem);
    bool failSeatTwice(const QString &where, const SeatCode &seat, const QString &key);

    QString m_source;
    QString m_problem;
    int m_schema = 1;
};

} // namespace kiosk
