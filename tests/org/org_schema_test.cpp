// The server's schema and its roles: `org init` is safe to run again, a newer
// schema is refused untouched, and the server itself refuses a device what
// it must not do, whatever the program would ask.
#include <gtest/gtest.h>

#include "org_server.h"
#include "process.h"

using namespace ipprimer;
using namespace ipprimer::testing;
using store::pg::Connection;
using store::pg::Params;
using store::pg::ServerError;

namespace {

constexpr const char* kLearner = "6f1c2a3b-0000-4000-8000-000000000001";
constexpr const char* kInstallation = "6f1c2a3b-0000-4000-8000-0000000000aa";

// A learner and one answer of theirs, written as a PC writes them.
void recordAnAnswer(Connection& device) {
    device.exec("SELECT ipprimer.join_installation($1, 'laptop-1')", Params().add(kInstallation));
    device.exec("SELECT ipprimer.register_learner($1, gen_random_uuid(), $2, 'Ada', 'E1', '', 'all-staff', '', '', 0, 0)",
                Params().add(kLearner).add(kInstallation));
    device.exec("INSERT INTO ipprimer.events (uuid, installation, learner, verb, object, score, response, at)"
                " VALUES ('6f1c2a3b-0000-4000-8000-00000000e001', $1, $2, 'answered', 'q1', 1, '\"b\"', 1000)",
                Params().add(kInstallation).add(kLearner));
}

std::string refusal(Connection& connection, const std::string& sql) {
    try {
        connection.exec(sql);
    } catch (const ServerError& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST(OrgSchema, InitTwiceIsHarmless) {
    IPPRIMER_ORG_SERVER(org);
    Connection owner(org.ownerUrl());
    Connection device(org.deviceUrl());
    recordAnAnswer(device);

    const store::org::InitResult again = store::org::initialiseServer(owner);
    EXPECT_EQ(again.from_version, store::org::serverSchemaVersion());
    EXPECT_EQ(again.to_version, store::org::serverSchemaVersion());
    EXPECT_EQ(org.psql("SELECT count(*) FROM ipprimer.schema_version"),
              std::to_string(store::org::serverMigrations().size()) + "\n");
    EXPECT_EQ(org.psql("SELECT count(*) FROM ipprimer.events WHERE verb = 'answered'"), "1\n") << "records kept";
    // The device's grants survive the second run.
    EXPECT_NO_THROW(device.exec("SELECT count(*) FROM ipprimer.learners"));
    EXPECT_NO_THROW(store::org::checkServerSchema(device));
}

TEST(OrgSchema, ANewerSchemaIsRefusedAndLeftAlone) {
    IPPRIMER_ORG_SERVER(org);
    org.psql("INSERT INTO ipprimer.schema_version (version, program) VALUES (99, 'ipprimer 9')");
    Connection owner(org.ownerUrl());
    try {
        store::org::initialiseServer(owner);
        FAIL() << "a newer schema was not refused";
    } catch (const ServerError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("version 99, newer than this IP Primer knows"), std::string::npos) << message;
        EXPECT_NE(message.find("Update IP Primer"), std::string::npos) << message;
    }
    EXPECT_EQ(org.psql("SELECT count(*) FROM ipprimer.schema_version"),
              std::to_string(store::org::serverMigrations().size() + 1) + "\n")
        << "nothing changed";
    Connection device(org.deviceUrl());
    EXPECT_THROW(store::org::checkServerSchema(device), ServerError);
}

TEST(OrgSchema, AServerWithoutTheSchemaSaysHowToSetItUp) {
    PostgresServer server;
    ASSERT_TRUE(server.ready()) << server.problem();
    Connection owner(server.url());
    try {
        store::org::checkServerSchema(owner);
        FAIL() << "an empty server was accepted";
    } catch (const ServerError& error) {
        EXPECT_NE(std::string(error.what()).find("ipprimer org init URL"), std::string::npos) << error.what();
    }
}

TEST(OrgSchema, ADeviceMayNotReadAnswersNorChangeOrDeleteRecords) {
    IPPRIMER_ORG_SERVER(org);
    Connection device(org.deviceUrl());
    recordAnAnswer(device);

    EXPECT_NE(refusal(device, "SELECT response FROM ipprimer.events").find("permission denied"), std::string::npos);
    EXPECT_NE(refusal(device, "SELECT * FROM ipprimer.first_answers").find("permission denied"), std::string::npos);
    EXPECT_NE(refusal(device, "DELETE FROM ipprimer.events").find("permission denied"), std::string::npos);
    EXPECT_NE(refusal(device, "UPDATE ipprimer.events SET score = 0").find("permission denied"), std::string::npos);
    EXPECT_NE(refusal(device, "UPDATE ipprimer.learners SET role = 'boss'").find("permission denied"),
              std::string::npos);
    EXPECT_NE(refusal(device, "TRUNCATE ipprimer.events").find("permission denied"), std::string::npos);
    // A manager's action from a device: refused by row-level security.
    const std::string extension = refusal(
        device, std::string("INSERT INTO ipprimer.events (uuid, installation, learner, verb, object, context, at)"
                            " VALUES (gen_random_uuid(), '") + kInstallation + "', '" + kLearner +
                    "', 'due-extended', 'role:all-staff', '{\"due\": \"2031-01-01\"}', 0)");
    EXPECT_NE(extension.find("row-level security"), std::string::npos) << extension;
    // The roster may be read.
    EXPECT_EQ(device.exec("SELECT name FROM ipprimer.learners").text(0, 0), "Ada");
    EXPECT_EQ(org.psql("SELECT count(*) FROM ipprimer.events"), "2\n") << "added, registered, nothing removed";
}

TEST(OrgSchema, AManagerReadsEverythingButChangesNothing) {
    IPPRIMER_ORG_SERVER(org);
    Connection device(org.deviceUrl());
    recordAnAnswer(device);
    Connection manager(org.managerUrl());
    EXPECT_EQ(manager.exec("SELECT response FROM ipprimer.events WHERE verb = 'answered'").text(0, 0), "\"b\"");
    EXPECT_NO_THROW(manager.exec(std::string("INSERT INTO ipprimer.events (uuid, installation, learner, verb, object, context, at)"
                                             " VALUES (gen_random_uuid(), '") + kInstallation + "', '" + kLearner +
                                 "', 'archived', '" + kLearner + "', '{\"by\": \"Boss\"}', 0)"));
    EXPECT_EQ(manager.exec("SELECT archived FROM ipprimer.learners").text(0, 0), "t") << "the roster follows";
    EXPECT_NE(refusal(manager, "DELETE FROM ipprimer.events").find("permission denied"), std::string::npos);
    // Not even the owner changes a record.
    Connection owner(org.ownerUrl());
    EXPECT_NE(refusal(owner, "DELETE FROM ipprimer.events").find("append-only"), std::string::npos);
}

TEST(OrgSchema, TheSameEventTwiceIsStoredOnce) {
    IPPRIMER_ORG_SERVER(org);
    Connection device(org.deviceUrl());
    recordAnAnswer(device);
    const auto again = device.exec(
        "INSERT INTO ipprimer.events (uuid, installation, learner, verb, object, score, response, at)"
        " VALUES ('6f1c2a3b-0000-4000-8000-00000000e001', $1, $2, 'answered', 'q1', 0, '\"a\"', 2000)"
        " ON CONFLICT DO NOTHING",
        Params().add(kInstallation).add(kLearner));
    EXPECT_EQ(again.affected(), 0);
    EXPECT_EQ(org.psql("SELECT score, at FROM ipprimer.first_answers"), "1|1000\n") << "the first one counts";
}

TEST(OrgSchema, AWrongPasswordIsRefusedWithWhatToDo) {
    IPPRIMER_ORG_SERVER(org);
    try {
        Connection device(org.server.urlFor("laptop", "not-the-password", OrgServer::kDatabase));
        FAIL() << "a wrong password was accepted";
    } catch (const ServerError& error) {
        const std::string message = error.what();
        EXPECT_EQ(error.sqlstate(), "28P01");
        EXPECT_NE(message.find("password authentication failed for user \"laptop\""), std::string::npos) << message;
        EXPECT_NE(message.find("~/.pgpass"), std::string::npos) << message;
        EXPECT_NE(message.find("as laptop"), std::string::npos) << message;
        EXPECT_EQ(message.find("not-the-password"), std::string::npos) << "never the password: " << message;
    }
}

TEST(OrgSchema, InitFromTheCommandLine) {
    PostgresServer server;
    ASSERT_TRUE(server.ready()) << server.problem();
    const ProcessResult first = runIpprimer({"org", "init", server.url()});
    EXPECT_EQ(first.exit_code, 0) << first.err;
    const std::string version = "(version " + std::to_string(store::org::serverSchemaVersion()) + ")";
    EXPECT_NE(first.out.find("Created IP Primer's schema " + version), std::string::npos) << first.out;
    EXPECT_NE(first.out.find("ipprimer_device for every PC"), std::string::npos) << first.out;
    const ProcessResult second = runIpprimer({"org", "init", server.url()});
    EXPECT_EQ(second.exit_code, 0) << second.err;
    EXPECT_NE(second.out.find("is up to date " + version), std::string::npos) << second.out;

    server.psql("CREATE ROLE stranger LOGIN PASSWORD 'pw'");
    const ProcessResult refused = runIpprimer({"org", "init", server.urlFor("stranger", "pw", "postgres")});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.err.find("must run as the database's owner or a superuser"), std::string::npos) << refused.err;
}
