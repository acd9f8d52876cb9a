#pragma once

#include "CommandLine.h"
#include "CommandSpec.h"
#include "OutputWriter.h"

namespace kiosk::ctl {

// kioskctl layout list | show NAME [--version N] | import FILE.json | export NAME
// [--version N] [--output FILE]: the aircraft layouts as managed data, through LayoutLibrary
// (import: admins, ManageLayouts).
class LayoutCommands {
public:
    LayoutCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    int run(const CommandArguments &arguments);

    // A layout file is kilobytes; anything larger is refused before it is read.
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

private:
    int list();
    int show(const QString &name, int version);
    int importFile(const QString &path);
    int exportLayout(const QString &name, int version, const QString &output);

    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

// The command's entry in kioskctl's table.
void appendLayoutCommandSpecs(QList<CommandSpec> &table);

} // namespace kiosk::ctl
