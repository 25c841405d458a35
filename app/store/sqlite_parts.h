// The SQLite store's parts: one class per interface of store.h, all on one
// connection. Internal to app/store: nothing else includes this or sqlite.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "store/company_records.h"
#include "store/sqlite.h"
#include "store/store.h"

namespace ipprimer::store {

// What every part of one SQLite store shares.
struct SqliteContext {
    Database db;
    Store::Clock clock = Store::systemClock;
    std::string installation;  // this file's installation UUID (installations row 1)

    std::int64_t now() const { return clock(); }
    std::string location() const { return db.path().string(); }
};

// The one place events are inserted, so every event gets its UUID and this
// installation, and an `attempt-started` event its own id as attempt id.
class EventWriter {
public:
    explicit EventWriter(SqliteContext& context) : context_(context) {}

    // Inserts inside the caller's transaction, or as a transaction of its own
    // when there is none. `attempt_id` is already this file's id of the
    // attempt. `what` names the record in an error ("the review answer";
    // empty: the verb and object). Returns the event's id (its position).
    std::int64_t insert(const NewEvent& event, std::optional<std::int64_t> attempt_id, std::string_view what);

private:
    SqliteContext& context_;
    std::optional<Statement> insert_;   // prepared on first use, then reused
    std::optional<Statement> next_id_;
};

// "opened what-is-ip" in quotes: how an error names an event.
std::string describeEvent(std::string_view verb, std::string_view object);

class SqliteRoster final : public Roster {
public:
    SqliteRoster(SqliteContext& context, EventWriter& events) : context_(context), events_(events) {}
    std::int64_t add(const NewLearner& learner) override;
    std::vector<std::int64_t> add(std::span<const NewLearner> learners) override;
    std::vector<Learner> list(bool include_archived) override;
    std::optional<Learner> find(std::int64_t learner_id) override;
    ImportResult applyImport(const ImportPlan& plan, bool skip_bad_rows) override;
    void extendDueDate(std::int64_t learner_id, Date due, std::string_view by) override;
    void archive(std::int64_t learner_id, std::string_view by) override;
    void restore(std::int64_t learner_id, std::string_view by) override;

private:
    std::int64_t insert(Statement& insert, const NewLearner& learner);
    Learner require(std::int64_t learner_id);
    void setArchived(std::int64_t learner_id, std::string_view by, bool archived);

    SqliteContext& context_;
    EventWriter& events_;
};

class SqliteJournal final : public Journal {
public:
    SqliteJournal(SqliteContext& context, EventWriter& events) : context_(context), events_(events) {}
    std::string installation() override { return context_.installation; }
    std::int64_t append(const NewEvent& event) override;
    std::vector<std::int64_t> append(std::span<const NewEvent> events) override;
    std::vector<Event> readAfter(std::int64_t position, std::size_t limit) override;
    std::int64_t count() override;

private:
    SqliteContext& context_;
    EventWriter& events_;
};

class SqliteLessons final : public Lessons {
public:
    SqliteLessons(SqliteContext& context, EventWriter& events) : context_(context), events_(events) {}
    void recordOpened(std::int64_t learner_id, std::string_view lesson_id) override;
    void recordFinished(std::int64_t learner_id, std::string_view lesson_id) override;
    std::unordered_map<std::string, LessonStatus> statuses(std::int64_t learner_id) override;
    LessonStatus status(std::int64_t learner_id, std::string_view lesson_id) override;
    std::optional<std::string> lastOpened(std::int64_t learner_id) override;

private:
    void record(std::int64_t learner_id, std::string_view verb, std::string_view lesson_id);

    SqliteContext& context_;
    EventWriter& events_;
};

class SqliteAttempts final : public Attempts {
public:
    SqliteAttempts(SqliteContext& context, EventWriter& events) : context_(context), events_(events) {}
    std::int64_t start(std::int64_t learner_id, const NewAttempt& attempt) override;
    void recordAnswer(std::int64_t learner_id, std::int64_t attempt_id, const NewAnswer& answer) override;
    void finish(std::int64_t learner_id, std::int64_t attempt_id, const AttemptOutcome& outcome) override;
    void recordReviewAnswer(std::int64_t learner_id, const NewAnswer& answer) override;
    std::optional<AttemptRecord> attempt(std::int64_t attempt_id) override;
    std::vector<AttemptRecord> attempts(std::int64_t learner_id, std::string_view quiz_id) override;
    std::vector<AttemptRecord> unfinished(std::int64_t learner_id) override;
    std::optional<double> bestScore(std::int64_t learner_id, std::string_view quiz_id) override;
    int attemptCount(std::int64_t learner_id, std::string_view quiz_id, std::int64_t since) override;
    std::vector<AttemptRecord> finishedAttempts() override;
    std::vector<AnswerEvent> answerHistory(std::int64_t learner_id) override;
    std::vector<AnswerEvent> allAnswers() override;

private:
    AttemptRecord openAttempt(std::int64_t learner_id, std::int64_t attempt_id, const char* action);

    SqliteContext& context_;
    EventWriter& events_;
};

class SqliteWorkshops final : public Workshops {
public:
    SqliteWorkshops(SqliteContext& context, EventWriter& events) : context_(context), events_(events) {}
    std::int64_t start(const NewWorkshop& workshop) override;
    void expect(std::int64_t workshop_id, const std::vector<std::int64_t>& learner_ids) override;
    void recordGroupAnswer(std::int64_t workshop_id, const GroupAnswer& answer) override;
    int confirmAttendance(std::int64_t workshop_id, const std::vector<std::int64_t>& learner_ids) override;
    void withdrawCredit(std::int64_t workshop_id, std::int64_t learner_id, const std::string& by,
                        const std::string& reason) override;
    std::optional<Workshop> find(std::int64_t workshop_id) override;
    std::vector<WorkshopSummary> list() override;
    std::vector<std::int64_t> attendedBy(std::int64_t learner_id) override;

private:
    SqliteContext& context_;
    EventWriter& events_;
};

class SqliteSettings final : public Settings {
public:
    explicit SqliteSettings(SqliteContext& context) : context_(context) {}
    std::optional<std::string> value(std::string_view key) override;
    void set(std::string_view key, std::string_view value) override;
    void remove(std::initializer_list<std::string_view> keys) override;

protected:
    std::int64_t now() override { return context_.now(); }
    std::string location() override { return context_.location(); }

private:
    SqliteContext& context_;
};

class SqliteOrganisation final : public Organisation {
public:
    explicit SqliteOrganisation(SqliteContext& context) : context_(context) {}
    std::vector<OrganisationLearner> unregistered() override;
    void registered(std::int64_t learner_id, std::string_view uuid) override;
    std::optional<std::string> uuidOf(std::int64_t learner_id) override;
    std::optional<std::int64_t> learnerWith(std::string_view uuid) override;
    std::int64_t takeRosterEntry(const RosterEntry& entry) override;
    void markUsedHere(std::span<const std::int64_t> learner_ids) override;
    std::vector<OrganisationLearner> usedHere(bool history_pulled) override;
    void markHistoryPulled(std::span<const std::int64_t> learner_ids) override;
    std::size_t takeEvents(std::span<const Event> events) override;
    void settleArchiving(std::span<const std::int64_t> learner_ids) override;
    std::int64_t ownEventsAfter(std::int64_t position) override;

private:
    SqliteContext& context_;
};

class SqliteReports final : public Reports {
public:
    explicit SqliteReports(SqliteContext& context) : context_(context) {}
    Dashboard dashboard(const progress::Curriculum& curriculum, Date today, bool include_archived) override;
    std::optional<DashboardRow> dashboardRow(const progress::Curriculum& curriculum, std::int64_t learner_id,
                                             Date today) override;
    LearnerHistory learnerHistory(std::int64_t learner_id) override;
    std::vector<FirstAnswerCount> firstAnswerCounts() override;
    std::vector<IssuedCertificate> issuedCertificates(std::int64_t learner_id) override;
    std::optional<IssuedCertificate> findIssuedCertificate(std::string_view certificate_id) override;

private:
    SqliteContext& context_;
};

// The SQL of every read behind Reports, so a test can EXPLAIN QUERY PLAN it.
std::vector<std::string_view> reportQueries();
std::span<const std::string_view> learnerHistoryQueries();  // sqlite_history.cpp
std::span<const std::string_view> certificateQueries();     // sqlite_certificates.cpp

class SqliteCompanyRecords final : public CompanyRecords {
public:
    SqliteCompanyRecords(SqliteContext& context, EventWriter& events) : context_(context), events_(events) {}
    std::vector<progress::SelfCheckTakeRecord> selfCheckTakes() override;
    std::string startSelfCheck(std::int64_t learner_id) override;
    void recordSelfCheckAnswer(std::int64_t learner_id, std::string_view take, std::string_view question,
                               const std::optional<progress::Answer>& answer) override;
    void finishSelfCheck(std::int64_t learner_id, std::string_view take) override;
    progress::RegisterState registerState() override;
    std::vector<std::string> recordAssets(std::int64_t learner_id, std::span<const progress::Asset> assets) override;
    void removeAsset(std::int64_t learner_id, std::string_view asset_id) override;
    std::string proposeAsset(std::int64_t learner_id, const progress::Asset& asset, std::string_view lesson) override;
    std::string acceptProposal(std::int64_t learner_id, std::string_view proposal, const progress::Asset& entry) override;
    void declineProposal(std::int64_t learner_id, std::string_view proposal, std::string_view reason) override;

private:
    struct Raw {
        std::string verb, object, response, context;
        std::int64_t learner_id = 0, at = 0;
    };
    // The events of these verbs (SQL literals), in the order written.
    std::vector<Raw> read(std::string_view verbs);
    // {"by": the learner's name as it is now}: kept with the record, so a later
    // change of name does not rewrite who did what.
    nlohmann::json by(std::int64_t learner_id);
    void write(std::int64_t learner_id, std::string_view verb, std::string_view object, std::string response,
               const nlohmann::json& context);
    // Inside the caller's transaction.
    std::vector<std::string> writeAssets(std::int64_t learner_id, std::span<const progress::Asset> assets);
    void openTake(std::string_view take, const char* what);
    void openProposal(std::string_view proposal);

    SqliteContext& context_;
    EventWriter& events_;
};

}  // namespace ipprimer::store
