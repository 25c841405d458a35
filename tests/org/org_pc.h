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

// A learner's training, written through the store as the screens write it:
// the role's lessons opened and finished, the role quiz passed (after a
// failed attempt), then `reviews` review answers.
inline void train(store::Store& store, std::int64_t learner_id, const std::string& role_id, int reviews = 0) {
    const progress::Curriculum& curriculum = bundledCurriculum();
    const progress::CurriculumRole* role = curriculum.role(role_id);
    for (int module : curriculum.roleModules(*role))
        for (int lesson : curriculum.moduleLessons(module)) {
            if (!curriculum.roleTakes(*role, lesson)) continue;
            store.lessons().recordOpened(learner_id, curriculum.lessonId(lesson));
            store.lessons().recordFinished(learner_id, curriculum.lessonId(lesson));
        }
    for (bool pass : {false, true}) {
        store::NewAttempt attempt{"role:" + role_id, "role", 7, {}};
        for (int question = 0; question < 10; ++question) attempt.question_ids.push_back("q" + std::to_string(question));
        const std::int64_t attempt_id = store.attempts().start(learner_id, attempt);
        for (const std::string& question : attempt.question_ids)
            store.attempts().recordAnswer(learner_id, attempt_id, {question, pass ? 1.0 : 0.0, "[\"b\"]", 900});
        store.attempts().finish(learner_id, attempt_id, {pass ? 100.0 : 0.0, pass, 70, 9000});
    }
    for (int review = 0; review < reviews; ++review)
        store.attempts().recordReviewAnswer(learner_id, {"q" + std::to_string(review % 10), 1.0, "[\"b\"]", 800});
}

inline std::int64_t addLearner(store::Store& store, const std::string& name, const std::string& employee_id,
                                const std::string& role = "all-staff") {
    store::NewLearner learner;
    learner.name = name;
    learner.employee_id = employee_id;
    learner.role = role;
    return store.roster().add(learner);
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
