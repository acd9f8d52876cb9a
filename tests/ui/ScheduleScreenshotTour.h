#pragma once

#include <QString>

namespace kiosk {
struct Flight;
}

namespace kiosk::ui {
class AgentWindow;
}

namespace kiosk::test {

// The admin's Schedule tab (docs/screenshots/agent-17*.png), with an admin signed in: the
// flights from DUB with `flight` chosen, two of its seats blocked (one kept for the desk)
// and a sold seat under the cursor; a block refused; its prices with a surcharge set; the
// preview of a change of aircraft; the cancellation's confirmation and the cancelled flight. Cancels `flight`: the tour's last step.
void showScheduleTab(ui::AgentWindow &window, const Flight &flight, const QString &outDir);

} // namespace kiosk::test
