// Learning records as xAPI 1.0.3 statements, one statement per event.
//
// The statement's id is the event's UUID, and everything in a statement comes
// from the event and the settings, so building it again gives the same
// statement: an LRS that already holds that id keeps it and answers without
// storing a second copy, and sending a batch again after a lost answer is
// harmless. (Activity names and verb displays may change with the course;
// xAPI leaves them out when it compares statements.)
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "export/xapi_record.h"

namespace ipprimer::exports::xapi {

// ADL's verb IRIs (http://adlnet.gov/expapi/verbs/...).
inline constexpr std::string_view kExperienced = "http://adlnet.gov/expapi/verbs/experienced";
inline constexpr std::string_view kCompleted = "http://adlnet.gov/expapi/verbs/completed";
inline constexpr std::string_view kAttempted = "http://adlnet.gov/expapi/verbs/attempted";
inline constexpr std::string_view kAnswered = "http://adlnet.gov/expapi/verbs/answered";
inline constexpr std::string_view kPassed = "http://adlnet.gov/expapi/verbs/passed";
inline constexpr std::string_view kFailed = "http://adlnet.gov/expapi/verbs/failed";
inline constexpr std::string_view kAttended = "http://adlnet.gov/expapi/verbs/attended";
inline constexpr std::string_view kVoided = "http://adlnet.gov/expapi/verbs/voided";

struct Built {
    std::optional<nlohmann::json> statement;
    std::string skipped;  // why there is none: a manager's action, no way to name the learner, ...
};

// opened -> experienced (a lesson); finished -> completed (a lesson);
// attempt-started -> attempted (a quiz); answered -> answered (a question, as
// a cmi.interaction); attempt-finished -> passed or failed (a quiz);
// attended -> attended (a workshop session). due-extended, archived and
// restored are a manager's actions, not learning, and are skipped.
Built toStatement(const Record& record, const Settings& settings);

// A workshop credit withdrawn (a no-show ticked by mistake) takes back what
// the credit recorded: one voiding statement (verb "voided", object a
// StatementRef) per record in `record.takes_back`, by the trainer who
// withdrew it, named as an account under the account home page (else the
// activity base). Their ids are made from the withdrawal's and the voided
// statement's, so sending them again is harmless.
std::vector<nlohmann::json> voidingStatements(const Record& record, const Settings& settings);

// The activity id of an object: settings.activity_base + "/" + kind + "/" +
// the id with anything outside RFC 3986's unreserved characters escaped.
// Quiz ids "role:x" and "module:x" become quizzes/role/x and quizzes/module/x.
std::string activityId(const Settings& settings, std::string_view kind, std::string_view id);

// The registration of every statement of one attempt: the same for all of
// them, different for every attempt on every PC.
std::string registrationOf(std::string_view installation_id, std::int64_t attempt_id);
// The same from the attempt's own UUID (Record::attempt), which stays the
// same when the records are merged with other PCs' in the organisation.
std::string registrationOf(std::string_view attempt_uuid);

}  // namespace ipprimer::exports::xapi
