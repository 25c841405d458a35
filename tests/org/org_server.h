// An organisation's server as IT sets it up: a PostgreSQL server of the
// test's own, IP Primer's schema made by `org init` in its database (the
// server's own `postgres`: making another costs a quarter second), and
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
        store::pg::Connection owner(ownerUrl());
        store::org::initialiseServer(owner);
        server.psql(std::string("CREATE ROLE laptop LOGIN PASSWORD '") + kDevicePassword + "' IN ROLE ipprimer_device;"
                    "CREATE ROLE boss LOGIN PASSWORD '" + kManagerPassword + "' IN ROLE ipprimer_device, ipprimer_manager");
        ready_ = true;
    }

    bool ready() const { return ready_; }
    std::string problem() const { return server.problem(); }

    std::string ownerUrl() const { return server.url(kDatabase); }
    std::string deviceUrl() const { return server.urlFor("laptop", kDevicePassword, kDatabase); }
    std::string managerUrl() const { return server.urlFor("boss", kManagerPassword, kDatabase); }
    // The same without the password, as a PC keeps them (the password comes
    // from the PC's password file: Pc::knowPassword).
    std::string deviceLogin() const { return server.urlFor("laptop", "", kDatabase); }
    std::string managerLogin() const { return server.urlFor("boss", "", kDatabase); }
    // Runs SQL as the superuser in the organisation's database.
    std::string psql(const std::string& sql) const { return server.psql(sql, kDatabase); }
    static constexpr const char* kDatabase = "postgres";

    PostgresServer server;

private:
    bool ready_ = false;
};

}  // namespace ipprimer::testing

// Starts the organisation's server or fails the test, saying why.
#define IPPRIMER_ORG_SERVER(name)   \
    ::ipprimer::testing::OrgServer name; \
    ASSERT_TRUE(name.ready()) << name.problem()
