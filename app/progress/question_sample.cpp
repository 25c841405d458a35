// The sample and the rows of the question statistics (question_sample.h).
#include "progress/question_sample.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace ipprimer::progress {

std::vector<quiz::AttemptAnswers> firstAttempts(const std::vector<FinishedAttempt>& attempts) {
    std::map<std::tuple<std::int64_t, std::string>, const FinishedAttempt*> first;
    for (const FinishedAttempt& attempt : attempts) {
        const FinishedAttempt*& kept = first[{attempt.learner_id, attempt.quiz_id}];
        if (!kept || attempt.order < kept->order) kept = &attempt;
    }
    std::vector<quiz::AttemptAnswers> sample;
    sample.reserve(first.size());
    for (const auto& [key, attempt] : first) {
        std::map<std::string, double> earned;
        for (const auto& answer : attempt->answers) earned[answer.question_id] = answer.fraction;
        quiz::AttemptAnswers answers;
        for (const std::string& id : attempt->question_ids) {
            auto it = earned.find(id);
            answers.answers.push_back({id, it == earned.end() ? 0.0 : it->second});
        }
        sample.push_back(std::move(answers));
    }
    return sample;
}

std::vector<quiz::QuestionStatistics> questionRows(const std::vector<quiz::AttemptAnswers>& attempts,
                                                   const std::vector<std::string>& course_question_ids,
                                                   const quiz::StatisticsRules& rules) {
    std::vector<quiz::QuestionStatistics> rows = quiz::questionStatistics(attempts, rules);
    std::vector<std::string> held;
    for (const auto& row : rows) held.push_back(row.question_id);
    for (const std::string& id : course_question_ids) {
        if (std::binary_search(held.begin(), held.end(), id)) continue;
        quiz::QuestionStatistics never;
        never.question_id = id;
        rows.push_back(std::move(never));
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.question_id < b.question_id; });
    rows.erase(std::unique(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.question_id == b.question_id; }),
               rows.end());
    return rows;
}

std::vector<std::string> scoredQuestionIds(const course::Course& course) {
    std::vector<std::string> ids;
    for (const course::Bank& bank : course.banks)
        for (const quiz::Question& question : bank.questions)
            if (question.isScored() && !question.id.empty()) ids.push_back(question.id);
    return ids;
}

}  // namespace ipprimer::progress
