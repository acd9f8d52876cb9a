#pragma once

#include "ScheduledLeg.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace kiosk {

// Reads a JSON schedule feed (docs/feeds.md, schema in docs/feed.schema.json) into legs.
// Pure, like SsimParser: a function of the bytes. Stops at the first problem and names
// the flight and the field: `flights[3].departure: "2026-13-01T07:00Z" is not a UTC time
// such as 2026-12-01T07:00:00Z`. Nothing is returned for a feed with a problem anywhere.
class FeedParser {
    Q_DECLARE_TR_FUNCTIONS(FeedParser)
public:
    static constexpr int SchemaVersion = 1;

    static Result<QList<ScheduledLeg>> parse(const QByteArray &json);
};

} // namespace kiosk
