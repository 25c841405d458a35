// `ipprimer report --org`: the organisation's report from its server, with
// the columns and statuses of the local report, for a manager's login only.
#include <gtest/gtest.h>

#include <chrono>

#include "org_server.h"
#include "process.h"
#include "store/org_link.h"

using namespace ipprimer;
using namespace ipprimer::testing;
using store::org::ServerEvent;
using store::org::ServerLearner;
using store::org::ServerLink;

namespace {

constexpr const char* kLaptop = "00000000-0000-4000-8000-00000000a001";

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string line(const std::string& csv, const std::string& start) {
    const auto at = csv.find("\n" + start);
    if (at == std::string::npos) return "";
    return csv.substr(at + 1, csv.find('\n', at + 1) - at - 1);
}

}  // namespace

TEST(OrgReport, TheOrganisationsReportHasTheLocalColumnsAndStatuses) {
    IPPRIMER_ORG_SERVER(org);
    {
        store::pg::Connection device(org.deviceUrl());
        ServerLink link(device);
        link.join(kLaptop, "laptop");
        auto add = [&](const char* uuid, const char* name, const char* employee_id, const char* start) {
            ServerLearner learner;
            learner.uuid = uuid;
            learner.name = name;
            learner.employee_id = employee_id;
            learner.role = "all-staff";
            learner.start_date = start;
            learner.created_at = nowMs();
            return link.registerLearner(learner, kLaptop, nowMs());
        };
        const std::string ada = add("00000000-0000-4000-8000-b00000000001", "Ada", "E1", "");
        add("00000000-0000-4000-8000-b00000000002", "Bob", "E2", "2020-01-06");
        add("00000000-0000-4000-8000-b00000000003", "Carol", "E3", "");
        ServerEvent opened;
        opened.uuid = "00000000-0000-4000-8000-e00000000001";
        opened.installation = kLaptop;
        opened.learner = ada;
        opened.verb = "opened";
        opened.object = "what-is-ip";
        opened.at = nowMs();
        link.push(std::vector{opened});
    }
    const ProcessResult report = runIpprimer({"report", "--org", org.managerUrl(), "--format", "csv"});
    ASSERT_EQ(report.exit_code, 0) << report.err;
    EXPECT_EQ(report.out.rfind("employee_id,name,email,role,role_title,department,start_date,status,", 0), 0u)
        << report.out;
    EXPECT_NE(line(report.out, "E1,Ada,").find(",in-progress,"), std::string::npos) << report.out;
    EXPECT_NE(line(report.out, "E2,Bob,").find(",overdue,"), std::string::npos) << report.out;
    EXPECT_NE(line(report.out, "E3,Carol,").find(",not-started,"), std::string::npos) << report.out;

    const ProcessResult device = runIpprimer({"report", "--org", org.deviceUrl()});
    EXPECT_EQ(device.exit_code, 1);
    EXPECT_NE(device.err.find("needs a manager's login"), std::string::npos) << device.err;
}
