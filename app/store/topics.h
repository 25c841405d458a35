// Where training misses: for each topic tag, how often the team's first
// answers to its questions were wrong, overall and by role.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace ipprimer::store {

// First answers of active learners, counted per question and role
// (Reports::firstAnswerCounts). An answer is wrong unless it earned full
// marks (fraction 0.999 or more, as quiz scoring counts "correct").
struct FirstAnswerCount {
    std::string question_id;
    std::string role;
    int answered = 0;
    int wrong = 0;
};

struct TopicCount {
    int answered = 0;
    int wrong = 0;
    double wrongShare() const { return answered ? static_cast<double>(wrong) / answered : 0.0; }
};

struct TopicRow {
    std::string tag;
    TopicCount all;
    std::map<std::string, TopicCount> by_role;  // role id -> counts
};

// Groups the counts by the topic tags of each question (question id -> tags;
// `role-...` tags say who a question is for, not what it is about, and are
// left out). Sorted by wrong share, highest first, then by tag.
std::vector<TopicRow> topicMisses(const std::vector<FirstAnswerCount>& counts,
                                  const std::unordered_map<std::string, std::vector<std::string>>& tags_by_question);

}  // namespace ipprimer::store
