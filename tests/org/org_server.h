// An organisation's server as IT sets it up: a PostgreSQL server of the
// test's own, a database `org`, IP Primer's schema made by `org init`, and
// two logins: `laptop` in the device role and `boss` in both roles, each
// with its own password.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "postgres_server.h"
#include "store/org_schema.h"
#include "store/postgres.h"

namespace ipprimer::testing {

inline constexpr const char* kDevicePassword = "laptop-secret";
inline constexpr const char* kManagerPassword = "boss-secret";

class OrgServer {
public:
    OrgServer() {
        if (!server.ready()) return;
        server.psql("CREATE DATABASE org");
        store::pg::Connection owner(ownerUrl());
        store::org::initialiseServer(owner);
        server.psql(std::string("CREATE ROLE laptop LOGIN PASSWORD '") + kDevicePassword + "' IN ROLE ipprimer_device;"
                    "CREATE ROLE boss LOGIN PASSWORD '" + kManagerPassword + "' IN ROLE ipprimer_device, ipprimer_manager");
        ready_ = true;
    }

    bool ready() const { return ready_; }
    std::string problem() const { return server.problem(); }

    std::string ownerUrl() const { return server.url("org"); }
    std::string deviceUrl() const { return server.urlFor("laptop", kDevicePassword, "org"); }
    std::string managerUrl() const { return server.urlFor("boss", kManagerPassword, "org"); }
    // Runs SQL as the superuser in the organisation's database.
    std::string psql(const std::string& sql) const { return server.psql(sql, "org"); }

    PostgresServer server;

private:
    bool ready_ = false;
};

}  // namespace ipprimer::testing

// Starts the organisation's server or fails the test, saying why.
#define IPPRIMER_ORG_SERVER(name)   \
    ::ipprimer::testing::OrgServer name; \
    ASSERT_TRUE(name.ready()) << name.problem()
