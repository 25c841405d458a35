// A PC of the organisation, for the sync tests: its own records file in a
// temporary folder, the binary run on it as a user runs it, and the store
// opened in the test to look at what it holds.
#pragma once

#include <sys/stat.h>

#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "course/course.h"
#include "process.h"
#include "progress/curriculum.h"
#include "store/dashboard.h"
#include "store/org_reports.h"
#include "store/postgres.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"

namespace ipprimer::testing {

class Pc {
public:
    explicit Pc(const std::string& name = "pc") : folder_("ipprimer-" + name) {}

    std::string db() const { return (folder_.path() / "progress.db").string(); }

    // `ipprimer --db <this PC's file> args...`, with the PC's password file.
    ProcessResult ipprimer(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db()});
        return run(IPPRIMER_BINARY, args, "", environment());
    }
    std::vector<std::string> environment() const { return {"PGPASSFILE=" + passwordFile()}; }

    // Adds a login's password to the PC's password file (libpq's ~/.pgpass
    // format, mode 0600), where libpq finds it; IP Primer never sees it.
    void knowPassword(const std::string& user, const std::string& password) const {
        std::ofstream file(passwordFile(), std::ios::app);
        file << "*:*:*:" << user << ":" << password << "\n";
        file.close();
        chmod(passwordFile().c_str(), 0600);
    }
    std::string passwordFile() const { return (folder_.path() / "pgpass").string(); }

    std::unique_ptr<store::Store> open() const { return std::make_unique<store::SqliteStore>(db()); }

private:
    TempFolder folder_;
};

inline const course::Course& bundledCourse() {
    static const course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    return course;
}

inline const progress::Curriculum& bundledCurriculum() {
    static const progress::Curriculum curriculum = progress::curriculumOf(bundledCourse());
    return curriculum;
}

// What a status says, in one line, for comparing a learner on two stores.
inline std::string statusLine(const store::DashboardRow& row) {
    const progress::LearnerStatus& status = row.status;
    auto date = [](const std::optional<Date>& day) { return day ? formatDate(*day) : std::string("-"); };
    std::string line = row.learner.name + " " + row.learner.role + " " + std::string(progress::stateName(status.state)) +
                       " due " + formatDate(status.due) + (status.due_extended ? " (extended)" : "") +
                       " completed " + date(status.completed_on) + " valid " + date(status.valid_until) +
                       " quiz " + std::to_string(status.role_quiz_attempts) + " lessons " +
                       std::to_string(status.lessons_finished) + "/" + std::to_string(status.lessons_required) +
                       (row.learner.archived ? " archived" : "");
    for (const progress::ModuleStatus& module : status.modules)
        line += " " + std::string(progress::stateName(module.state));
    return line;
}

// Every learner's status line by employee id (or name when none).
inline std::map<std::string, std::string> statusesOf(const store::Dashboard& dashboard) {
    std::map<std::string, std::string> lines;
    for (const store::DashboardRow& row : dashboard.rows)
        lines[row.learner.employee_id.empty() ? row.learner.name : row.learner.employee_id] = statusLine(row);
    return lines;
}

inline Date today() { return localDate(store::Store::systemClock()); }

inline std::map<std::string, std::string> localStatuses(const Pc& pc) {
    return statusesOf(pc.open()->reports().dashboard(bundledCurriculum(), today(), true));
}

inline std::map<std::string, std::string> serverStatuses(const std::string& manager_url) {
    store::pg::Connection manager(manager_url);
    return statusesOf(store::org::loadOrgDashboard(manager, bundledCurriculum(), today(), true));
}

}  // namespace ipprimer::testing
