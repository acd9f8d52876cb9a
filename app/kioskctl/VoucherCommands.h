#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"
#include "domain/Voucher.h"

#include <QJsonObject>

namespace kiosk::ctl {

// kioskctl voucher create|list|disable, through VoucherAdministration (supervisors and up,
// as at every other front end).
class VoucherCommands {
public:
    VoucherCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    int run(const CommandArguments &arguments);

    static QJsonObject json(const Voucher &voucher);

private:
    int create(const CommandArguments &arguments);
    int list(const CommandArguments &arguments);
    int disable(const CommandArguments &arguments);
    // The terms as the options give them, or the BadInput error of the first bad one.
    static Result<VoucherTerms> terms(const CommandArguments &arguments);

    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
