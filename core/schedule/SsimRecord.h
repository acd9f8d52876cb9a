#pragma once

#include <QChar>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace kiosk {

// Record type 2 of an SSIM Chapter 7 file: one airline's data set.
struct SsimCarrier {
    int line = 0;          // 1-based line of the record in the file
    QString airline;       // "XX"
    QChar timeMode;        // 'U' UTC or 'L' local: the times of its legs are local either way in Chapter 7
    QString season;        // "W05", may be blank
    QDate validFrom;
    QDate validTo;         // invalid: open ("00XXX00")
    QDate created;
};

// Record type 3: one leg of one flight, operated on a pattern of days over a period.
struct SsimLeg {
    int line = 0;
    int carrier = 0;             // index into SsimFile::carriers
    QString airline;             // "XX"
    int flightNumber = 0;        // 1-9999
    QChar suffix;                // operational suffix, ' ' when none
    int itineraryVariation = 0;  // 1-99
    int legSequence = 0;         // 1-99
    QChar serviceType;           // 'J' scheduled passenger, 'C' charter, ...
    QDate periodFrom;
    QDate periodTo;              // invalid: open end ("00XXX00")
    QString daysOfOperation;     // 7 characters, "1 3 56 ": day n or blank
    int frequencyRate = 1;       // 1 every week, 2 every other week
    QString origin;              // IATA station
    QTime departureLocal;        // passenger STD
    int departureUtcOffsetMinutes = 0;
    QString destination;
    QTime arrivalLocal;          // passenger STA
    int arrivalUtcOffsetMinutes = 0;
    int departureDateVariation = 0; // days after the flight date the leg departs (-1 .. 9)
    int arrivalDateVariation = 0;   // days after the flight date the leg arrives (-1 .. 9)
    bool arrivalDateVariationGiven = false; // column 194 was not blank
    QString aircraftType;        // IATA code, "738"
    QString configuration;       // "J14W34Y316VV364", may be blank

    // "XX102"
    QString designator() const { return airline + QString::number(flightNumber); }
    bool operatesOn(int isoWeekday) const { return daysOfOperation.at(isoWeekday - 1) != QLatin1Char(' '); }
};

// Everything read from one file. Record 4 (segment data) is checked and counted, not kept.
struct SsimFile {
    QList<SsimCarrier> carriers;
    QList<SsimLeg> legs;
    int segmentRecords = 0;
    int paddingRecords = 0;
};

} // namespace kiosk
