#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"
#include "schedule/ImportSummary.h"

namespace kiosk::ctl {

class CtlContext;

// kioskctl import ssim|feed FILE, kioskctl disruptions, kioskctl open-sales and kioskctl
// change-aircraft: loading schedules through ScheduleImporter (admins), the disruptions they
// caused through DisruptionDesk, opening imported flights for sale through SalesOpener, and
// one flight's change of aircraft through AircraftChange (admins).
class ScheduleCommands {
public:
    ScheduleCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    // The handlers of CommandSpec's table.
    int importSchedule(const CommandArguments &arguments);
    int disruptions(const CommandArguments &arguments);
    // kioskctl open-sales [--flight FLIGHT] [--every SECONDS] (OpenSalesCommand.cpp).
    int openSales(const CommandArguments &arguments);
    // kioskctl change-aircraft FLIGHT LAYOUT [--dry-run] (ChangeAircraftCommand.cpp).
    int changeAircraft(const CommandArguments &arguments);

    // SSIM files are megabytes; anything larger than this is refused before it is read.
    static constexpr qint64 MaxFileBytes = 512LL * 1024 * 1024;
    // A feed of a few hundred thousand flights is tens of megabytes.
    static constexpr qint64 MaxFeedBytes = 256LL * 1024 * 1024;

private:
    struct ImportRequest {
        bool feed = false;
        QString path;        // a file, or for feeds an http(s) URL
        QString source;      // "feed:NAME" for feeds
        ImportOptions options;
        int timeoutMs = 30000;
        int everyMs = 0;     // > 0: poll the URL until stopped
    };

    int importOnce(CtlContext &context, const ImportRequest &request, bool streaming);

    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
