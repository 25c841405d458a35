// The score of a whole attempt: points, percentage, pass or fail against the
// pass mark, and how the learner did on each topic.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "progress/quiz_assembly.h"

namespace ipprimer::progress {

struct TopicScore {
    std::string tag;  // a topic tag: usually a lesson id, or "scenario"
    int questions = 0;
    double points = 0;  // sum of the fractions earned
    double percent() const { return questions ? points * 100.0 / questions : 0.0; }
};

struct AttemptScore {
    int questions = 0;
    int answered = 0;
    double points = 0;   // each question is worth one point
    double percent = 0;  // 0..100
    bool passed = false;
    std::vector<TopicScore> topics;  // in the order topics first appear in the quiz
};

// `fractions[i]` is what question i of the plan earned, none when it was not
// answered (it earns nothing). Every tag but `role-...` is a topic.
AttemptScore scoreAttempt(const QuizPlan& plan, const std::vector<std::optional<double>>& fractions);

// Whether a percentage reaches a pass mark, with the rounding a learner
// expects: 74.996% shows as 75% and passes a mark of 75.
bool reachesPassMark(double percent, int pass_mark);

}  // namespace ipprimer::progress
