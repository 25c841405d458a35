// The test server itself: it starts, answers, refuses a wrong password, and
// comes back after a stop with its data.
#include <gtest/gtest.h>

#include "postgres_server.h"
#include "process.h"

using namespace ipprimer::testing;

TEST(PostgresServer, StartsAnswersAndComesBackWithItsData) {
    PostgresServer server;
    ASSERT_TRUE(server.ready()) << server.problem();
    EXPECT_EQ(server.psql("SELECT 40 + 2"), "42\n");
    server.psql("CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)");
    server.stop();
    EXPECT_THROW(server.psql("SELECT 1"), std::runtime_error);
    ASSERT_TRUE(server.start()) << server.problem();
    EXPECT_EQ(server.psql("SELECT n FROM kept"), "7\n");
}

TEST(PostgresServer, ARoleMustGiveItsOwnPassword) {
    PostgresServer server;
    ASSERT_TRUE(server.ready()) << server.problem();
    server.psql("CREATE ROLE device LOGIN PASSWORD 'right-one'");
    const auto right = run("psql", {"-X", "-A", "-t", "-d", server.urlFor("device", "right-one", "postgres"), "-c",
                                    "SELECT current_user"});
    EXPECT_EQ(right.out, "device\n") << right.err;
    const auto wrong = run("psql", {"-X", "-A", "-t", "-d", server.urlFor("device", "wrong", "postgres"), "-c",
                                    "SELECT 1"});
    EXPECT_NE(wrong.exit_code, 0);
    EXPECT_NE(wrong.err.find("password authentication failed"), std::string::npos) << wrong.err;
}
