// Which attempts the question statistics count, and the rows they give: as
// Moodle's quiz statistics do by default, each learner's first finished
// attempt at each quiz; a question held but left unanswered earned 0.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "course/course.h"
#include "quiz/question_statistics.h"

namespace ipprimer::progress {

struct FinishedAttempt {
    std::int64_t learner_id = 0;
    std::string quiz_id;
    std::int64_t order = 0;  // an earlier attempt has a smaller value (its id)
    std::vector<std::string> question_ids;  // the questions it held
    // What each answer earned, 0..1, in the order given; a later answer to
    // the same question replaces an earlier one, as in the attempt's score.
    std::vector<quiz::AttemptAnswers::Answer> answers;
};

// Each learner's first attempt at each quiz (the one with the smallest
// order), as the statistics read it: every question it held, with what the
// learner's last answer to it earned, or 0 when none was given.
std::vector<quiz::AttemptAnswers> firstAttempts(const std::vector<FinishedAttempt>& attempts);

// One row per question: every id in `course_question_ids` (with 0 answers
// when no attempt held it) and every other question the attempts held; by id.
std::vector<quiz::QuestionStatistics> questionRows(const std::vector<quiz::AttemptAnswers>& attempts,
                                                   const std::vector<std::string>& course_question_ids,
                                                   const quiz::StatisticsRules& rules = {});

// The ids of the course's scored questions (descriptions and essays left out).
std::vector<std::string> scoredQuestionIds(const course::Course& course);

}  // namespace ipprimer::progress
