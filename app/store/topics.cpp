// First answers grouped by the topic tags of their questions.
#include "store/topics.h"

#include <algorithm>

namespace ipprimer::store {

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

}  // namespace ipprimer::store
