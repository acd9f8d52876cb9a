#pragma once

#include "domain/OutboxEntry.h"

#include <QJsonObject>
#include <QStringList>

namespace kiosk {

// The words of one message, said once and written twice: as plain text (paragraphs apart by a
// blank line, the list under its title) and as HTML (a heading, paragraphs, a list).
struct ComposedMessage {
    QString subject;
    QString headline;
    QStringList intro;   // paragraphs before the list
    QString listTitle;   // the plain text's line above the list
    QStringList items;   // no list when empty
    QStringList closing; // paragraphs after the list

    QString text() const;
    QString html() const;
};

// Pieces MessageRenderer's kinds share, and the disruption message (the longest).
namespace MessageParts {

// details[msKey] (epoch milliseconds) at the time zone details[zoneKey], "Tue 1 Dec 2026
// 08:30"; empty when the row has no such time.
QString localTime(const QJsonObject &details, const char *msKey, const char *zoneKey);
QString localTime(const QJsonObject &details, const QJsonValue &ms, const char *zoneKey);
// "Flight XX 101 from DUB to LHR, departing Tue 1 Dec 2026 08:30 (local time)."
QString flightLine(const QJsonObject &details);
// flight_disrupted: what changed (times, cancellation, seats) and what to do.
ComposedMessage disruption(const OutboxEntry &entry, const QJsonObject &details);

} // namespace MessageParts

} // namespace kiosk
