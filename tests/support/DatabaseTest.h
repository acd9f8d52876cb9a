#pragma once

#include "TestDatabase.h"
#include "TestFlights.h"

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace kiosk::test {

// A test that runs once on SQLite and once on PostgreSQL: a fresh migrated database, one
// connection and one flight DUB -> LHR (flightSpec() says otherwise). The one place a test
// gets its database; a derived SetUp() calls this one first and returns on a fatal failure.
class DatabaseTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        m_database.emplace(GetParam());
        ASSERT_TRUE(m_database->ready()) << m_database->setupError().toStdString();
        db = m_database->connect();
        ASSERT_NE(db, nullptr);
        flight = addTestFlight(*db, flightSpec());
        ASSERT_GT(flight.id, 0);
    }

    void TearDown() override
    {
        db.reset();
        m_database.reset();
    }

    virtual TestFlightSpec flightSpec() const { return {}; }

    const QString &url() const { return m_database->url(); }
    std::unique_ptr<Database> connectAgain() { return m_database->connect(); }

    std::unique_ptr<Database> db;
    Flight flight;

private:
    std::optional<TestDatabase> m_database;
};

} // namespace kiosk::test
