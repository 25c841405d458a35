// Counting first answers per question and role in SQL; tags are joined here.
#include "store/topics.h"

#include <algorithm>
#include <array>

namespace ipprimer::store {
namespace {

constexpr std::string_view kCounts =
    "SELECT first_answers.question_id, learners.role, count(*), sum(first_answers.score < 0.999)"
    " FROM first_answers JOIN learners ON learners.id = first_answers.learner_id"
    " WHERE learners.archived = 0 AND first_answers.score IS NOT NULL"
    " GROUP BY first_answers.question_id, learners.role";
constexpr std::array kQueries{kCounts};

}  // namespace

std::vector<FirstAnswerCount> firstAnswerCounts(Store& store) {
    Statement select(store.database(), kCounts);
    std::vector<FirstAnswerCount> counts;
    while (select.step())
        counts.push_back({select.columnText(0), select.columnText(1), static_cast<int>(select.columnInt64(2)),
                          static_cast<int>(select.columnInt64(3))});
    return counts;
}

std::vector<TopicRow> topicMisses(const std::vector<FirstAnswerCount>& counts,
                                  const std::unordered_map<std::string, std::vector<std::string>>& tags_by_question) {
    std::map<std::string, TopicRow> by_tag;
    for (const FirstAnswerCount& count : counts) {
        auto tags = tags_by_question.find(count.question_id);
        if (tags == tags_by_question.end()) continue;  // a question no longer in the banks
        for (const std::string& tag : tags->second) {
            if (tag.starts_with("role-")) continue;
            TopicRow& row = by_tag[tag];
            row.tag = tag;
            row.all.answered += count.answered;
            row.all.wrong += count.wrong;
            TopicCount& role = row.by_role[count.role];
            role.answered += count.answered;
            role.wrong += count.wrong;
        }
    }
    std::vector<TopicRow> rows;
    for (auto& [tag, row] : by_tag) rows.push_back(std::move(row));
    std::stable_sort(rows.begin(), rows.end(), [](const TopicRow& a, const TopicRow& b) {
        // Compare shares by cross-multiplying, so equal shares tie exactly.
        const long long left = static_cast<long long>(a.all.wrong) * b.all.answered;
        const long long right = static_cast<long long>(b.all.wrong) * a.all.answered;
        if (left != right) return left > right;
        return a.tag < b.tag;
    });
    return rows;
}

std::span<const std::string_view> topicQueries() { return kQueries; }

}  // namespace ipprimer::store
