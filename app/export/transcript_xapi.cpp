// A learner's records as xAPI statements: their events read in the order
// written, each made a statement by xapi_statement.h (the same mapping the
// organisation's export uses), manager actions left out.
#include <map>
#include <nlohmann/json.hpp>

#include "export/transcript.h"
#include "export/xapi_interaction.h"
#include "export/xapi_statement.h"
#include "progress/quiz_id.h"
#include "store/store.h"
#include "store/verbs.h"

namespace ipprimer::exports {
namespace {

// What the course says about an event's object, for the statement's names.
void describe(xapi::Record& record, const course::Course& course, const std::map<std::string, std::string>& attempt_quiz,
              const std::string& attempt_uuid) {
    const std::string& id = record.object_id;
    if (record.verb == store::verbs::kOpened || record.verb == store::verbs::kFinished) {
        if (const course::Lesson* lesson = course.lesson(id)) {
            record.object_title = lesson->title();
            record.module_id = lesson->module_id;
            if (const course::Module* module = course.module(lesson->module_id)) record.module_title = module->title;
        }
    } else if (record.verb == store::verbs::kAnswered) {
        if (const quiz::Question* question = course.question(id)) {
            record.object_title = question->title.empty() ? question->id : question->title;
            record.interaction = xapi::interactionOf(*question);
        }
        record.module_id = course.moduleOfQuestion(id);
        if (const course::Module* module = course.module(record.module_id)) record.module_title = module->title;
        if (const auto quiz = attempt_quiz.find(attempt_uuid); quiz != attempt_quiz.end()) record.quiz_title = quiz->second;
    } else if (const auto quiz = progress::QuizId::parse(id)) {
        if (quiz->kind() == progress::QuizKind::Role) {
            const course::Role* role = course.role(quiz->target());
            record.object_title = "Role quiz: " + (role ? role->title : quiz->target());
        } else {
            record.module_id = quiz->target();
            const course::Module* module = course.module(quiz->target());
            record.module_title = module ? module->title : quiz->target();
            record.object_title = "Practice: " + record.module_title;
        }
    }
}

}  // namespace

std::string transcriptStatements(store::Store& store, const course::Course& course, std::int64_t learner_id) {
    const auto learner = store.roster().find(learner_id);
    if (!learner) throw store::StoreError("there is no learner with id " + std::to_string(learner_id));
    xapi::Settings settings;
    settings.course_title = course.settings.title.empty() ? settings.course_title : course.settings.title;
    nlohmann::json statements = nlohmann::json::array();
    std::map<std::string, std::int64_t> attempt_position;  // attempt-started UUID -> its position
    std::map<std::string, std::string> attempt_quiz;       // attempt-started UUID -> the quiz's title
    store::JournalReader reader = store.journal().readFrom(0);
    while (auto event = reader.next()) {
        if (event->learner_id != learner_id) continue;
        xapi::Record record;
        record.uuid = event->uuid;
        record.installation_id = event->installation;
        record.learner = {learner->name, learner->employee_id, learner->email};
        record.verb = event->verb;
        record.object_id = event->object;
        record.score = event->score;
        record.response_json = event->response;
        record.duration_ms = event->duration_ms;
        record.context_json = event->context;
        record.timestamp_ms = event->at;
        std::string attempt = event->attempt;
        if (event->verb == store::verbs::kAttemptStarted && attempt.empty()) {
            attempt = event->uuid;
            attempt_position[attempt] = event->position;
        }
        if (const auto found = attempt_position.find(attempt); found != attempt_position.end())
            record.attempt_id = found->second;
        describe(record, course, attempt_quiz, attempt);
        if (event->verb == store::verbs::kAttemptStarted) attempt_quiz[attempt] = record.object_title;
        xapi::Built built = xapi::toStatement(record, settings);
        if (built.statement) statements.push_back(std::move(*built.statement));
    }
    return statements.dump(2) + "\n";
}

}  // namespace ipprimer::exports
