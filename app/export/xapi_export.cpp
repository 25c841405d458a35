// From events to statements: the course gives each record its titles, the
// roster its learner, and toStatement does the mapping.
#include "export/xapi_export.h"

#include <stdexcept>

#include "export/xapi_interaction.h"
#include "export/xapi_statement.h"
#include "export/xapi_validate.h"
#include "progress/quiz_id.h"
#include "store/verbs.h"

namespace ipprimer::exports::xapi {
namespace {

bool isWebIri(std::string_view text) {
    return (text.starts_with("https://") || text.starts_with("http://")) && text.find_first_of(" \t\r\n\"<>\\^`{|}") == std::string_view::npos &&
           text.size() > 8;
}

std::string quizTitle(const course::Course& course, std::string_view quiz_id) {
    const auto quiz = progress::QuizId::parse(quiz_id);
    if (!quiz) return "";
    if (quiz->kind() == progress::QuizKind::Role) {
        const course::Role* role = course.role(quiz->target());
        return role ? "Role quiz: " + role->title : "";
    }
    const course::Module* module = course.module(quiz->target());
    return module ? "Practice quiz: " + module->title : "";
}

void setModule(Record& record, const course::Course& course, const std::string& module_id) {
    record.module_id = module_id;
    if (const course::Module* module = course.module(module_id)) record.module_title = module->title;
}

}  // namespace

Settings settingsFrom(store::Settings& stored, const course::Course& course) {
    Settings settings;
    if (auto base = stored.value(kActivityBaseKey); base && !base->empty()) settings.activity_base = *base;
    if (auto home = stored.value(kHomePageKey)) settings.account_home_page = *home;
    if (!course.settings.title.empty()) settings.course_title = course.settings.title;
    return settings;
}

void rememberSettings(store::Settings& stored, const Settings& settings) {
    if (!isWebIri(settings.activity_base))
        throw std::invalid_argument("the activity IRI must be an http:// or https:// address without spaces (not '" +
                                    settings.activity_base + "')");
    if (!settings.account_home_page.empty() && !isWebIri(settings.account_home_page))
        throw std::invalid_argument("the account home page must be an http:// or https:// address without spaces (not '" +
                                    settings.account_home_page + "')");
    stored.set(kActivityBaseKey, settings.activity_base);
    stored.set(kHomePageKey, settings.account_home_page);
}

Record recordOf(const store::Event& event, const store::Learner& learner, const course::Course& course) {
    Record record;
    record.uuid = event.uuid;
    record.installation_id = event.installation;
    record.learner = {learner.name, learner.employee_id, learner.email};
    record.verb = event.verb;
    record.object_id = event.object;
    // An attempt-started event is its own attempt.
    record.attempt = event.verb == store::verbs::kAttemptStarted ? event.uuid : event.attempt;
    record.score = event.score;
    record.response_json = event.response;
    record.duration_ms = event.duration_ms;
    record.context_json = event.context;
    record.timestamp_ms = event.at;

    if (event.verb == store::verbs::kOpened || event.verb == store::verbs::kFinished) {
        if (const course::Lesson* lesson = course.lesson(event.object)) {
            record.object_title = lesson->title();
            setModule(record, course, lesson->module_id);
        }
    } else if (event.verb == store::verbs::kAttemptStarted || event.verb == store::verbs::kAttemptFinished) {
        record.object_title = quizTitle(course, event.object);
        if (auto quiz = progress::QuizId::parse(event.object); quiz && quiz->kind() == progress::QuizKind::Practice)
            setModule(record, course, quiz->target());
    } else if (event.verb == store::verbs::kAnswered) {
        if (const quiz::Question* question = course.question(event.object)) {
            record.object_title = question->title.empty() ? question->id : question->title;
            record.interaction = interactionOf(*question);
        }
        setModule(record, course, course.moduleOfQuestion(event.object));
        const auto context = nlohmann::json::parse(event.context.empty() ? "{}" : event.context, nullptr, false);
        if (context.is_object() && context.contains("quiz") && context["quiz"].is_string())
            record.quiz_title = quizTitle(course, context["quiz"].get<std::string>());
    }
    return record;
}

StatementReader::StatementReader(store::Journal& journal, store::Roster& roster, const course::Course& course,
                                 Settings settings, std::int64_t after_position, std::int64_t since_ms,
                                 std::optional<std::int64_t> only_learner)
    : journal_(journal), reader_(journal, after_position), course_(course), settings_(std::move(settings)),
      after_position_(after_position), since_ms_(since_ms), only_learner_(only_learner) {
    for (store::Learner& learner : roster.list(true)) learners_.emplace(learner.id, std::move(learner));
}

StatementPage StatementReader::next(std::size_t limit) {
    StatementPage page;
    page.last_position = reader_.position();
    while (page.statements.size() < limit) {
        std::optional<store::Event> event = reader_.next();
        if (!event) {
            page.finished = true;
            break;
        }
        page.last_position = reader_.position();
        if (only_learner_ && event->learner_id != *only_learner_) continue;
        noteCredit(*event);
        const auto learner = learners_.find(event->learner_id);
        if (event->at < since_ms_ || learner == learners_.end()) {
            ++page.skipped;
            continue;
        }
        Record record = recordOf(*event, learner->second, course_);
        if (event->verb == store::verbs::kCreditWithdrawn) record.takes_back = takeBack(*event);
        if (!record.takes_back.empty()) {
            for (nlohmann::json& voiding : voidingStatements(record, settings_)) {
                if (const auto problems = validateStatement(voiding); !problems.empty()) {
                    ++page.skipped;
                    if (page.skip_reason.empty()) page.skip_reason = event->uuid + ": " + problems.front();
                    continue;
                }
                page.statements.push_back(std::move(voiding));
            }
            continue;
        }
        Built built = toStatement(record, settings_);
        if (!built.statement) {
            ++page.skipped;
            // A manager's action or the company's records are not learning; only other skips need saying.
            if (page.skip_reason.empty() && built.skipped.find("manager's action") == std::string::npos)
                page.skip_reason = learner->second.name + ": " + built.skipped;
            continue;
        }
        // Checked before it leaves: a statement an LRS would refuse would stop every batch after it.
        if (const auto problems = validateStatement(*built.statement); !problems.empty()) {
            ++page.skipped;
            if (page.skip_reason.empty()) page.skip_reason = event->uuid + ": " + problems.front();
            continue;
        }
        page.statements.push_back(std::move(*built.statement));
    }
    return page;
}

namespace {

// The session a credit's record belongs to: an "attended" names it as its
// object, a lesson finished in it as {"workshop": id} in its context.
std::optional<std::string> creditedSession(const store::Event& event) {
    if (event.verb == store::verbs::kAttended || event.verb == store::verbs::kCreditWithdrawn) return event.object;
    if (event.verb != store::verbs::kFinished || event.context.find("\"workshop\"") == std::string::npos) return std::nullopt;
    const auto context = nlohmann::json::parse(event.context, nullptr, false);
    if (!context.is_object() || !context.contains("workshop")) return std::nullopt;
    const nlohmann::json& workshop = context["workshop"];
    if (workshop.is_number_integer()) return std::to_string(workshop.get<std::int64_t>());
    if (workshop.is_string()) return workshop.get<std::string>();
    return std::nullopt;
}

}  // namespace

void StatementReader::noteCredit(const store::Event& event) {
    if (event.verb == store::verbs::kCreditWithdrawn) return;
    if (auto session = creditedSession(event))
        credits_[{event.learner_id, event.installation, *session}].push_back(event.uuid);
}

std::vector<std::string> StatementReader::takeBack(const store::Event& withdrawal) {
    const auto key = std::make_tuple(withdrawal.learner_id, withdrawal.installation, withdrawal.object);
    if (!earlier_credits_read_ && after_position_ > 0) {
        earlier_credits_read_ = true;
        // Credits and withdrawals before this push, in order, under what this push has noted since.
        std::map<std::tuple<std::int64_t, std::string, std::string>, std::vector<std::string>> earlier;
        store::JournalReader before(journal_, 0);
        while (auto event = before.next()) {
            if (before.position() > after_position_) break;
            const auto session = creditedSession(*event);
            if (!session) continue;
            auto& uuids = earlier[{event->learner_id, event->installation, *session}];
            if (event->verb == store::verbs::kCreditWithdrawn) uuids.clear();
            else uuids.push_back(event->uuid);
        }
        for (auto& [credit, uuids] : earlier) {
            auto& now = credits_[credit];
            now.insert(now.begin(), uuids.begin(), uuids.end());
        }
    }
    auto found = credits_.find(key);
    if (found == credits_.end()) return {};
    std::vector<std::string> taken = std::move(found->second);
    credits_.erase(found);
    return taken;
}

void StatementsText::add(const nlohmann::json& statement) {
    text_ += count_ == 0 ? "\n" : ",\n";
    text_ += statement.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    ++count_;
}

std::string StatementsText::finish() {
    std::string text = std::move(text_) + "\n]\n";
    text_.assign(1, '[');  // (not = "[": GCC 12 warns falsely of an overlap, its bug 105329)
    count_ = 0;
    return text;
}

std::string statementsJson(const std::vector<nlohmann::json>& statements) {
    StatementsText text;
    for (const nlohmann::json& statement : statements) text.add(statement);
    return text.finish();
}

}  // namespace ipprimer::exports::xapi
