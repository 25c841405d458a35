// How each question performs across learners' attempts: Moodle's facility
// index (how many get it right) and discrimination index (whether those who
// do well overall get it right more often), so trainers find the questions
// that are too easy, too hard or that measure nothing. Pure: attempts in,
// numbers out.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ipprimer::quiz {

// One attempt: what each question it held earned, 0..1.
struct AttemptAnswers {
    struct Answer {
        std::string question_id;
        double fraction = 0;
    };
    std::vector<Answer> answers;
};

enum class QuestionFlag { None, TooEasy, TooHard, NotDiscriminating };

struct QuestionStatistics {
    std::string question_id;
    int answers = 0;   // attempts that held the question
    double facility = 0;  // mean fraction, as a percentage 0..100
    // 100 times the correlation between the question's fraction and the rest
    // of the attempt's score (the mean of the attempt's other questions),
    // over the attempts that held it; none when either never varies or
    // fewer than three attempts held it.
    std::optional<double> discrimination;
    QuestionFlag flag = QuestionFlag::None;
};

// The thresholds for flags, and how many answers a question needs before it
// is flagged at all (a handful of answers says little).
struct StatisticsRules {
    int minimum_answers = 10;
    double too_easy_above = 90;     // facility
    double too_hard_below = 25;     // facility
    double discriminating_from = 20;  // discrimination index
};

// One entry per question that any attempt held, ordered by question id.
// Moodle computes these over each learner's first attempt by default; the
// caller chooses which attempts to give.
std::vector<QuestionStatistics> questionStatistics(const std::vector<AttemptAnswers>& attempts,
                                                   const StatisticsRules& rules = {});

// "too easy", "too hard", "not discriminating", or "" for None.
std::string_view flagName(QuestionFlag flag);

}  // namespace ipprimer::quiz
