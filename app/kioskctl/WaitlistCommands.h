#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"
#include "domain/WaitlistEntry.h"

#include <QJsonObject>

namespace kiosk::ctl {

class CtlContext;

// kioskctl waitlist join|list|show|leave|claim|offer|settings, through the terminal's
// WaitlistService and WaitlistOfferer (the same rules as the kiosk's and the desk's screens).
class WaitlistCommands {
public:
    WaitlistCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    int run(const CommandArguments &arguments);

    static QJsonObject json(const WaitlistEntry &entry);
    static QJsonObject json(const WaitlistOffer &offer);

private:
    int join(CtlContext &context, const CommandArguments &arguments);
    int list(CtlContext &context, const CommandArguments &arguments);
    int show(CtlContext &context, const CommandArguments &arguments, bool leave);
    int claim(CtlContext &context, const CommandArguments &arguments);
    int offer(CtlContext &context, const CommandArguments &arguments);
    int settings(CtlContext &context, const CommandArguments &arguments);

    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
