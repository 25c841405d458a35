// How each quiz question performs, for the trainer's and the manager's areas:
// answers, facility, discrimination and a flag per question, sortable, the
// question's text on hover and on selection, and the table's export.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "quiz/question_statistics.h"
#include "ui/export_panel.h"

namespace ipprimer::ui {
class App;

class QuestionStatisticsPanel {
public:
    enum class SortKey { Id, Module, Answers, Facility, Discrimination, Flag };

    // Reads each learner's first finished attempts again.
    void refresh(App& app);
    void draw(App& app);

    // The rows in the order shown (sorted, and only the flagged ones when so chosen).
    const std::vector<quiz::QuestionStatistics>& shown() const { return shown_; }
    const quiz::StatisticsRules& rules() const { return rules_; }
    void sortBy(SortKey key, bool descending);
    void showOnlyFlagged(bool only);
    // The question whose text is shown under the summary; "" for none.
    const std::string& selected() const { return selected_; }
    int flaggedCount() const;

private:
    void applyOrder();
    const std::string& moduleTitle(const std::string& question_id) const;
    void drawSummary(App& app);
    void drawSelected(App& app);
    void drawExport(App& app);
    void drawTable(App& app);

    quiz::StatisticsRules rules_;
    std::vector<quiz::QuestionStatistics> rows_;   // by id
    std::vector<quiz::QuestionStatistics> shown_;  // as the table shows them
    SortKey sort_key_ = SortKey::Id;
    bool descending_ = false;
    bool only_flagged_ = false;
    std::map<std::string, std::string> module_titles_;  // question id -> its module's title
    std::string selected_;
    std::string problem_;  // the records could not be read
    bool exporting_ = false;
    ExportPanel export_;
};

// "Too easy", "Too hard", "Not discriminating", "" for none: as the table writes them.
std::string flagLabel(quiz::QuestionFlag flag);

}  // namespace ipprimer::ui
