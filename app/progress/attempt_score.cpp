// Attempt scores and the breakdown by topic tag.
#include "progress/attempt_score.h"

#include <algorithm>

namespace ipprimer::progress {

bool reachesPassMark(double percent, int pass_mark) { return percent + 0.005 >= pass_mark; }

AttemptScore scoreAttempt(const QuizPlan& plan, const std::vector<std::optional<double>>& fractions) {
    AttemptScore score;
    score.questions = static_cast<int>(plan.questions.size());
    for (std::size_t i = 0; i < plan.questions.size(); ++i) {
        const quiz::Question& q = *plan.questions[i].question;
        const std::optional<double> earned = i < fractions.size() ? fractions[i] : std::nullopt;
        const double points = std::clamp(earned.value_or(0.0), 0.0, 1.0);
        score.answered += earned.has_value();
        score.points += points;
        for (const std::string& tag : q.tags) {
            if (tag.starts_with("role-")) continue;
            auto topic = std::find_if(score.topics.begin(), score.topics.end(),
                                      [&](const TopicScore& t) { return t.tag == tag; });
            if (topic == score.topics.end()) topic = score.topics.insert(score.topics.end(), TopicScore{tag});
            ++topic->questions;
            topic->points += points;
        }
    }
    score.percent = score.questions ? score.points * 100.0 / score.questions : 0.0;
    score.passed = score.questions > 0 && reachesPassMark(score.percent, plan.pass_mark);
    return score;
}

}  // namespace ipprimer::progress
