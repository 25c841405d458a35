// Gathering the board report's figures from the dashboard and the topics.
#include "export/board_report.h"

#include <algorithm>

namespace ipprimer::exports {

std::string topicTitle(const course::Course& course, const std::string& tag) {
    if (const course::Lesson* lesson = course.lesson(tag)) return lesson->title();
    if (tag == "scenario") return "Scenario questions (applying IP at work)";
    return tag;
}

BoardReport boardReportOf(const course::Course& course, const store::Dashboard& dashboard, const store::RowFilter& filter,
                          const std::vector<store::TopicRow>& topics) {
    BoardReport report;
    report.organisation = course.settings.title;
    report.today = dashboard.today;
    std::string scope;
    auto add = [&](const std::string& part) { scope += (scope.empty() ? "" : " \u00B7 ") + part; };
    const course::Role* role = filter.role.empty() ? nullptr : course.role(filter.role);
    if (!filter.role.empty()) add("Role: " + (role ? role->title : filter.role));
    if (!filter.department.empty()) add("Department: " + filter.department);
    if (!filter.search.empty()) add("Name or id containing \u201C" + filter.search + "\u201D");
    report.scope = scope.empty() ? "All learners" : scope;

    const std::vector<std::size_t> rows = store::tileRows(dashboard, filter);
    report.summary = store::summarize(dashboard, filter);
    report.departments = store::groupFigures(dashboard, rows, store::GroupBy::Department);
    report.roles = store::groupFigures(dashboard, rows, store::GroupBy::Role);
    for (store::GroupFigure& figure : report.roles)
        if (const course::Role* r = course.role(figure.key)) figure.key = r->title;
    report.trend = store::complianceTrend(dashboard, rows);

    for (const store::TopicRow& topic : topics) {
        store::TopicCount count = topic.all;
        if (!filter.role.empty()) {
            const auto found = topic.by_role.find(filter.role);
            count = found == topic.by_role.end() ? store::TopicCount{} : found->second;
        }
        if (count.answered < kFewTopicAnswers || count.wrong == 0) continue;
        report.topics.push_back({topicTitle(course, topic.tag), count.answered, count.wrong});
    }
    std::stable_sort(report.topics.begin(), report.topics.end(), [](const TopicLine& a, const TopicLine& b) {
        return static_cast<double>(a.wrong) / a.answered > static_cast<double>(b.wrong) / b.answered;
    });
    if (report.topics.size() > kBoardTopics) report.topics.resize(kBoardTopics);
    return report;
}

}  // namespace ipprimer::exports
