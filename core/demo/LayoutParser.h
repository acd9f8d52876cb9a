#pragma once

#include "AircraftLayout.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kiosk {

// Reads and checks one layout file (resources/layouts/README.md). Stops at the first
// problem and names it precisely, with the file and the deck and cabin it is in: these
// files are edited by hand, and "invalid layout" helps nobody.
class LayoutParser {
public:
    static Result<AircraftLayout> parse(const QByteArray &json, const QString &sourceName);

private:
    explicit LayoutParser(QString sourceName) : m_source(std::move(sourceName)) {}

    bool readLayout(const QJsonObject &root, AircraftLayout &layout);
    bool readDeck(const QJsonObject &object, int index, DeckLayout &deck);
    bool readCabin(const QJsonObject &object, const QString &deckWhere, int index, CabinLayout &cabin);
    bool readLetters(const QJsonObject &object, const QString &where, QString &letters);
    bool readRows(const QJsonObject &object, const QString &key, const QString &where, const CabinLayout &cabin,
                  QList<int> &rows);
    bool readSeats(const QJsonObject &object, const QString &key, const QString &where, const CabinLayout &cabin,
                   QList<SeatCode> &seats);
    bool readIataTypes(const QJsonObject &object, const QString &where, QStringList &types);
    bool checkRowsDoNotOverlap(const AircraftLayout &layout);

    bool checkKeys(const QJsonObject &object, const QStringList &known, const QString &where);
    bool readInt(const QJsonObject &object, const QString &key, const QString &where, int min, int max, int &value);
    bool readString(const QJsonObject &object, const QString &key, const QString &where, QString &value);
    bool readArray(const QJsonObject &object, const QString &key, const QString &where, QJsonArray &array,
                   bool required);
    bool fail(const QString &where, const QString &problem);

    QString m_source;
    QString m_problem;
};

} // namespace kiosk
