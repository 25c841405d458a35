// The question statistics table (question_statistics_panel.h). The numbers
// come from progress (first attempts) and quiz (facility, discrimination);
// the export's file from app/export.
#include "ui/question_statistics_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "base/dates.h"
#include "export/export_file.h"
#include "export/question_files.h"
#include "progress/question_sample.h"
#include "quiz/question_text.h"
#include "store/attempts.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/manager_text.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

enum Column { kId, kModule, kAnswers, kFacility, kDiscrimination, kFlag, kColumns };

QuestionStatisticsPanel::SortKey sortKeyOf(int column) {
    using Key = QuestionStatisticsPanel::SortKey;
    switch (column) {
    case kModule: return Key::Module;
    case kAnswers: return Key::Answers;
    case kFacility: return Key::Facility;
    case kDiscrimination: return Key::Discrimination;
    case kFlag: return Key::Flag;
    default: return Key::Id;
    }
}

ImU32 flagColor(quiz::QuestionFlag flag) {
    switch (flag) {
    case quiz::QuestionFlag::TooEasy: return colors::kWarn;
    case quiz::QuestionFlag::TooHard: return colors::kError;
    case quiz::QuestionFlag::NotDiscriminating: return colors::kWarn;
    case quiz::QuestionFlag::None: break;
    }
    return colors::kText;
}

std::string questionLine(const course::Course& course, const std::string& id) {
    const quiz::Question* question = course.question(id);
    if (!question) return "This question is no longer in the course.";
    return quiz::plainLine(quiz::textWithBlank(*question), question->format);
}

// A number from the files' text ("87.5"), so screen and file agree.
std::string numberCell(const std::string& text) { return text.empty() ? "\xE2\x80\x93" : text; }

}  // namespace

std::string flagLabel(quiz::QuestionFlag flag) {
    std::string label(quiz::flagName(flag));
    if (!label.empty()) label[0] = static_cast<char>(label[0] - 'a' + 'A');
    return label;
}

const std::string& QuestionStatisticsPanel::moduleTitle(const std::string& question_id) const {
    static const std::string none;
    auto found = module_titles_.find(question_id);
    return found == module_titles_.end() ? none : found->second;
}

void QuestionStatisticsPanel::refresh(App& app) {
    rows_.clear();
    problem_.clear();
    module_titles_.clear();
    for (const course::Bank& bank : app.course().banks)
        if (const course::Module* module = app.course().module(bank.module_id))
            for (const quiz::Question& question : bank.questions) module_titles_[question.id] = module->title;
    try {
        rows_ = progress::questionRows(store::firstAttemptAnswers(app.store().attempts()),
                                       progress::scoredQuestionIds(app.course()), rules_);
    } catch (const std::exception& error) {
        problem_ = std::string("The answers could not be read: ") + error.what();
    }
    applyOrder();
}

void QuestionStatisticsPanel::sortBy(SortKey key, bool descending) {
    sort_key_ = key;
    descending_ = descending;
    applyOrder();
}

void QuestionStatisticsPanel::showOnlyFlagged(bool only) {
    only_flagged_ = only;
    applyOrder();
}

int QuestionStatisticsPanel::flaggedCount() const {
    return static_cast<int>(std::count_if(rows_.begin(), rows_.end(),
                                          [](const auto& row) { return row.flag != quiz::QuestionFlag::None; }));
}

void QuestionStatisticsPanel::applyOrder() {
    shown_.clear();
    for (const auto& row : rows_)
        if (!only_flagged_ || row.flag != quiz::QuestionFlag::None) shown_.push_back(row);
    // Questions nobody answered, and those with no discrimination, go last
    // whichever way a number column is sorted: they have no number to compare.
    auto number = [this](const quiz::QuestionStatistics& row) -> std::optional<double> {
        switch (sort_key_) {
        case SortKey::Answers: return row.answers;
        case SortKey::Facility: return row.answers > 0 ? std::optional<double>(row.facility) : std::nullopt;
        case SortKey::Discrimination: return row.discrimination;
        case SortKey::Flag:
            return row.flag == quiz::QuestionFlag::None ? std::nullopt : std::optional<double>(static_cast<double>(row.flag));
        default: return std::nullopt;
        }
    };
    std::stable_sort(shown_.begin(), shown_.end(), [&](const auto& a, const auto& b) {
        if (sort_key_ == SortKey::Id) return descending_ ? b.question_id < a.question_id : a.question_id < b.question_id;
        if (sort_key_ == SortKey::Module) {
            // A module's questions stay in id order (the rows are by id already).
            const std::string& x = moduleTitle(a.question_id);
            const std::string& y = moduleTitle(b.question_id);
            return descending_ ? y < x : x < y;
        }
        const auto x = number(a), y = number(b);
        if (!x || !y) return x.has_value() && !y.has_value();
        return descending_ ? *y < *x : *x < *y;
    });
}

void QuestionStatisticsPanel::draw(App& app) {
    if (!problem_.empty()) {
        textColored(colors::kError, problem_.c_str());
        return;
    }
    drawSummary(app);
    if (exporting_) drawExport(app);
    drawSelected(app);
    drawTable(app);
}

void QuestionStatisticsPanel::drawSummary(App& app) {
    (void)app;
    textMuted("From each learner's first finished attempt at each quiz (as Moodle's quiz statistics count by "
              "default). Facility: the share of the marks learners earned. Discrimination: how well the question "
              "separates those who did well on the rest of the attempt from those who did not (100 times the "
              "correlation; below 20 it measures little, negative is a warning).");
    textMuted("Flagged once a question has %d answers or more: too easy above %.0f%% facility, too hard below "
              "%.0f%%, not discriminating below %.0f.",
              rules_.minimum_answers, rules_.too_easy_above, rules_.too_hard_below, rules_.discriminating_from);
    int answered = 0, easy = 0, hard = 0, flat = 0;
    for (const auto& row : rows_) {
        answered += row.answers > 0;
        easy += row.flag == quiz::QuestionFlag::TooEasy;
        hard += row.flag == quiz::QuestionFlag::TooHard;
        flat += row.flag == quiz::QuestionFlag::NotDiscriminating;
    }
    gap(0.2f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted((thousands(static_cast<long long>(rows_.size()), "question", "questions") + ", " +
                            thousands(answered) + " answered \xC2\xB7 " + thousands(easy) + " too easy, " +
                            thousands(hard) + " too hard, " + thousands(flat) + " not discriminating")
                               .c_str());
    recordItem("Question summary");
    ImGui::SameLine();
    bool only = only_flagged_;
    if (ImGui::Checkbox("Only flagged", &only)) showOnlyFlagged(only);
    recordItem("Only flagged");
    ImGui::SameLine();
    if (exporting_ ? primaryButton("Export statistics") : button("Export statistics")) {
        exporting_ = !exporting_;
        export_.clearOutcome();
    }
}

void QuestionStatisticsPanel::drawExport(App& app) {
    ExportPanel::Setup setup;
    setup.layout = ExportPanel::Layout::Row;
    setup.formats = exports::kQuestionStatisticsFormats;
    setup.subject = "question statistics";
    setup.proposed_name = "ipprimer-questions-" + formatDate(localDate(app.store().now()));
    setup.lead = "Save the " + thousands(static_cast<long long>(shown_.size()), "question", "questions") + " shown, as";
    setup.action = "Save statistics";
    setup.footnote = [](const exports::Format&) {
        return std::string("The file holds the questions the table shows, in its order, with each question's text.");
    };
    exporting_ = export_.draw(app, setup, [&](const exports::Format& format, const std::filesystem::path& path) {
        exports::saveExport(path, exports::questionStatisticsText(format.id, shown_, app.course(), rules_));
        return "Saved " + thousands(static_cast<long long>(shown_.size()), "question", "questions") + " to " +
               path.string();
    });
}

void QuestionStatisticsPanel::drawSelected(App& app) {
    if (selected_.empty()) {
        textMuted("Point at a question to read it; click it to keep its text here.");
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(colors::kPanel));
    const float em = ImGui::GetFontSize();
    ImGui::BeginChild("selected question", ImVec2(0, em * 4.2f), true);
    textColored(colors::kMuted, selected_.c_str());
    textWrapped(questionLine(app.course(), selected_));
    recordItem("Selected question");
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void QuestionStatisticsPanel::drawTable(App& app) {
    const float em = ImGui::GetFontSize();
    if (shown_.empty()) {
        textWrapped(only_flagged_ ? "No question is flagged." : "The course has no scored question.");
        recordItem("No question");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("question statistics", kColumns, flags, ImVec2(0, std::max(em * 8, ImGui::GetContentRegionAvail().y))))
        return;
    ImGui::TableSetupScrollFreeze(1, 1);
    const ImGuiTableColumnFlags fit = ImGuiTableColumnFlags_WidthFixed;
    ImGui::TableSetupColumn("Question", fit | ImGuiTableColumnFlags_DefaultSort, fixedColumnWidth("risks-and-enforcement-000  "), kId);
    ImGui::TableSetupColumn("Module", ImGuiTableColumnFlags_WidthStretch, 1.0f, kModule);
    ImGui::TableSetupColumn("Answers", fit, fixedColumnWidth("Answers  "), kAnswers);
    ImGui::TableSetupColumn("Facility", fit, fixedColumnWidth("Facility  "), kFacility);
    ImGui::TableSetupColumn("Discrimination", fit, fixedColumnWidth("Discrimination  "), kDiscrimination);
    ImGui::TableSetupColumn("Flag", fit, fixedColumnWidth("Not discriminating  "), kFlag);
    if (const std::optional<TableSort> sort = takeTableSort()) sortBy(sortKeyOf(sort->column), sort->descending);
    sortableHeaderRow(kColumns);
    const course::Course& course = app.course();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown_.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const quiz::QuestionStatistics& row = shown_[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            ImGui::PushID(row.question_id.c_str());
            ImGui::TableSetColumnIndex(kId);
            const ImVec2 cell = ImGui::GetCursorPos();
            if (ImGui::Selectable("##row", selected_ == row.question_id,
                                  ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
                selected_ = selected_ == row.question_id ? std::string() : row.question_id;
            recordItem("Question " + row.question_id);
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(em * 36);
                ImGui::TextUnformatted(questionLine(course, row.question_id).c_str());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::SetCursorPos(cell);
            cellText(row.question_id);
            ImGui::TableSetColumnIndex(kModule);
            cellText(moduleTitle(row.question_id));
            ImGui::TableSetColumnIndex(kAnswers);
            cellText(thousands(row.answers));
            ImGui::TableSetColumnIndex(kFacility);
            const std::string facility = exports::facilityText(row);
            cellText(facility.empty() ? numberCell(facility) : facility + "%");
            ImGui::TableSetColumnIndex(kDiscrimination);
            const std::string discrimination = exports::discriminationText(row);
            cellText(numberCell(discrimination),
                     row.discrimination && *row.discrimination < 0 ? colors::kError : 0);
            ImGui::TableSetColumnIndex(kFlag);
            if (row.flag != quiz::QuestionFlag::None) textColored(flagColor(row.flag), flagLabel(row.flag).c_str());
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace ipprimer::ui
