#include "quiz/question_statistics.h"

#include <cmath>
#include <map>

namespace ipprimer::quiz {
namespace {

// Pearson's correlation of paired values; none when either side is constant.
std::optional<double> correlation(const std::vector<double>& x, const std::vector<double>& y) {
    const auto n = static_cast<double>(x.size());
    if (x.size() < 3) return std::nullopt;
    double mean_x = 0, mean_y = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        mean_x += x[i];
        mean_y += y[i];
    }
    mean_x /= n;
    mean_y /= n;
    double covariance = 0, spread_x = 0, spread_y = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        covariance += (x[i] - mean_x) * (y[i] - mean_y);
        spread_x += (x[i] - mean_x) * (x[i] - mean_x);
        spread_y += (y[i] - mean_y) * (y[i] - mean_y);
    }
    // Sums of squares this small are rounding noise: the values do not vary.
    constexpr double kNoSpread = 1e-12;
    if (spread_x < kNoSpread || spread_y < kNoSpread) return std::nullopt;
    return covariance / std::sqrt(spread_x * spread_y);
}

QuestionFlag flagOf(const QuestionStatistics& stats, const StatisticsRules& rules) {
    if (stats.answers < rules.minimum_answers) return QuestionFlag::None;
    if (stats.facility > rules.too_easy_above) return QuestionFlag::TooEasy;
    if (stats.facility < rules.too_hard_below) return QuestionFlag::TooHard;
    if (!stats.discrimination || *stats.discrimination < rules.discriminating_from)
        return QuestionFlag::NotDiscriminating;
    return QuestionFlag::None;
}

}  // namespace

std::vector<QuestionStatistics> questionStatistics(const std::vector<AttemptAnswers>& attempts,
                                                   const StatisticsRules& rules) {
    // Per question: its fraction and the rest of the attempt's score, paired.
    struct Pairs {
        std::vector<double> own, rest;
    };
    std::map<std::string, Pairs> by_question;
    for (const AttemptAnswers& attempt : attempts) {
        double total = 0;
        for (const auto& answer : attempt.answers) total += answer.fraction;
        const auto others = static_cast<double>(attempt.answers.size()) - 1;
        for (const auto& answer : attempt.answers) {
            Pairs& pairs = by_question[answer.question_id];
            pairs.own.push_back(answer.fraction);
            // Attempts hold different numbers of questions (drawn per learner),
            // so the rest of the test is a mean, not a sum.
            pairs.rest.push_back(others > 0 ? (total - answer.fraction) / others : 0.0);
        }
    }
    std::vector<QuestionStatistics> result;
    result.reserve(by_question.size());
    for (const auto& [id, pairs] : by_question) {
        QuestionStatistics stats;
        stats.question_id = id;
        stats.answers = static_cast<int>(pairs.own.size());
        double sum = 0;
        for (double fraction : pairs.own) sum += fraction;
        stats.facility = stats.answers ? 100.0 * sum / stats.answers : 0.0;
        if (const auto r = correlation(pairs.own, pairs.rest)) stats.discrimination = 100.0 * *r;
        stats.flag = flagOf(stats, rules);
        result.push_back(std::move(stats));
    }
    return result;
}

std::string_view flagName(QuestionFlag flag) {
    switch (flag) {
        case QuestionFlag::TooEasy: return "too easy";
        case QuestionFlag::TooHard: return "too hard";
        case QuestionFlag::NotDiscriminating: return "not discriminating";
        case QuestionFlag::None: break;
    }
    return "";
}

}  // namespace ipprimer::quiz
