#pragma once

#include "AgentFixture.h"

#include "agent/AgentWindow.h"
#include "agent/ScheduleView.h"
#include "auth/UserAdministration.h"
#include "schedule/DisruptionDesk.h"
#include "schedule/ScheduleDesk.h"

#include <QTabWidget>

#include <memory>

namespace kiosk::test {

// The admin's Schedule tab on real widgets: AgentFixture's staff plus ann (admin), the
// schedule and disruption desks the tab works through, and a sign-in that opens the tab.
class ScheduleTabFixture : public AgentFixture {
protected:
    void SetUp() override
    {
        AgentFixture::SetUp();
        if (HasFatalFailure())
            return;
        UserAdministration users(*db, Actor::builtInOperator(QStringLiteral("setup")),
                                 PasswordHasher(PasswordHasher::MinIterations));
        ASSERT_TRUE(users.addUser(QStringLiteral("ann"), Role::Admin, Password).ok());
        desk = std::make_unique<ScheduleDesk>(*db, service->events(), service->actor());
        disruptions = std::make_unique<DisruptionDesk>(*db, service->actor());
    }
    void TearDown() override
    {
        window.reset(); // the tabs go before the desks they use
        desk.reset();
        disruptions.reset();
        AgentFixture::TearDown();
    }

    ui::ScheduleView *signInToSchedule(const QString &name)
    {
        open();
        window->addDisruptionsTab(*disruptions);
        window->addScheduleTab(*desk);
        signIn(name, Password);
        auto *view = window->findChild<ui::ScheduleView *>();
        if (view)
            window->tabs()->setCurrentWidget(view);
        return view;
    }

    std::unique_ptr<ScheduleDesk> desk;
    std::unique_ptr<DisruptionDesk> disruptions;
};

} // namespace kiosk::test
