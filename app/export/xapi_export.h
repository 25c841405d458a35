// The learning records of a store as xAPI statements: the settings that name
// learners and activities (kept in the store's settings), the journal read in
// order and made into statements a page at a time, and the export file.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "course/course.h"
#include "export/xapi_record.h"
#include "store/journal.h"
#include "store/roster.h"
#include "store/settings.h"

namespace ipprimer::exports::xapi {

// Where the settings are remembered (store::Settings keys).
inline constexpr std::string_view kActivityBaseKey = "xapi.activity_base";
inline constexpr std::string_view kHomePageKey = "xapi.account_home_page";

// The remembered settings, with the course's title and the defaults of
// xapi::Settings for anything not set.
Settings settingsFrom(store::Settings& stored, const course::Course& course);
// Remembers the base IRI and the account home page. Throws
// std::invalid_argument, saving nothing, when either is not an absolute
// http(s) IRI (the home page may be empty: learners are then named by e-mail).
void rememberSettings(store::Settings& stored, const Settings& settings);

// One event as a Record: the learner, and the titles and question the course
// holds for its object now.
Record recordOf(const store::Event& event, const store::Learner& learner, const course::Course& course);

// What one page of the journal gave.
struct StatementPage {
    std::vector<nlohmann::json> statements;
    std::int64_t last_position = 0;  // of the last event read (sent or skipped)
    std::size_t skipped = 0;         // events that are no learning record or name no one
    std::string skip_reason;         // the first reason a learning record was skipped
    bool finished = false;           // the journal has no more events after last_position
};

// Reads the journal after a position, in order, making statements of the
// learning records at or after `since_ms`.
class StatementReader {
public:
    // With `only_learner`, the statements of that learner's records alone (a transcript).
    StatementReader(store::Journal& journal, store::Roster& roster, const course::Course& course, Settings settings,
                    std::int64_t after_position = 0, std::int64_t since_ms = 0,
                    std::optional<std::int64_t> only_learner = std::nullopt);
    // Up to `limit` statements (fewer at the end of the journal).
    StatementPage next(std::size_t limit);

private:
    // Notes what a workshop's credit recorded (its "attended" and the lessons
    // it finished), so that a later withdrawal of that credit voids them.
    void noteCredit(const store::Event& event);
    // What a withdrawal takes back; the first time, the credits recorded
    // before `after_position` are read too (an earlier push sent them).
    std::vector<std::string> takeBack(const store::Event& withdrawal);

    store::Journal& journal_;
    store::JournalReader reader_;
    const course::Course& course_;
    Settings settings_;
    std::int64_t after_position_;
    std::int64_t since_ms_;
    std::optional<std::int64_t> only_learner_;
    std::unordered_map<std::int64_t, store::Learner> learners_;
    // (learner, installation, session) -> the UUIDs its standing credit recorded.
    std::map<std::tuple<std::int64_t, std::string, std::string>, std::vector<std::string>> credits_;
    bool earlier_credits_read_ = false;
};

// Statements as a JSON array with one compact statement per line, built a
// statement at a time so an export of a long history never holds them all as
// JSON trees; bytes that are not UTF-8 become U+FFFD.
class StatementsText {
public:
    void add(const nlohmann::json& statement);
    std::size_t count() const { return count_; }
    std::string finish();  // the array; the object is empty afterwards

private:
    std::string text_ = "[";
    std::size_t count_ = 0;
};

// The same for statements at hand (a batch to post).
std::string statementsJson(const std::vector<nlohmann::json>& statements);

}  // namespace ipprimer::exports::xapi
