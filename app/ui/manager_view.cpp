// The dashboard. Rows are derived when the screen opens or its data changes
// (refresh), filtered and sorted when a filter or the sort changes
// (applyFilter); a frame only draws the visible rows through a clipper.
#include "ui/manager_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "progress/curriculum.h"
#include "store/report_files.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/manager_text.h"
#include "ui/pin_gate.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

constexpr std::string_view kNameSetting = "manager_name";

enum Column { kName, kEmployeeId, kRole, kDepartment, kStatus, kDue, kModules, kRoleQuiz, kValidUntil, kColumns };

store::SortKey sortKeyOf(int column) {
    switch (column) {
    case kEmployeeId: return store::SortKey::EmployeeId;
    case kRole: return store::SortKey::Role;
    case kDepartment: return store::SortKey::Department;
    case kStatus: return store::SortKey::Status;
    case kDue: return store::SortKey::Due;
    case kModules: return store::SortKey::Modules;
    case kRoleQuiz: return store::SortKey::RoleQuiz;
    case kValidUntil: return store::SortKey::ValidUntil;
    default: return store::SortKey::Name;
    }
}

// A clickable box with a big number: one of the summary tiles.
bool tile(const char* label, const std::string& number, const std::string& caption, ImU32 color, bool active, float width,
          ImFont* big) {
    const float em = ImGui::GetFontSize();
    ImFont* number_font = big ? big : ImGui::GetFont();
    const float number_size = big ? big->FontSize : em * 1.6f;
    const ImVec2 size(width, number_size + em * 2.4f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(label, size);
    recordItem(label);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(at.x + size.x, at.y + size.y);
    draw->AddRectFilled(at, end, hovered ? IM_COL32(232, 239, 248, 255) : colors::kPanel, em * 0.4f);
    if (active) draw->AddRect(at, end, colors::kAccent, em * 0.4f, 0, 2.0f);
    draw->AddText(number_font, number_size, ImVec2(at.x + em * 0.8f, at.y + em * 0.5f), color, number.c_str());
    draw->AddText(ImGui::GetFont(), em, ImVec2(at.x + em * 0.8f, at.y + em * 0.7f + number_size), colors::kMuted,
                  caption.c_str());
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return clicked;
}

std::string quizText(const progress::LearnerStatus& status) {
    if (status.role_quiz_passed)
        return status.role_quiz_best ? "Passed, " + percent(*status.role_quiz_best / 100.0) : "Passed";
    if (status.role_quiz_attempts > 0)
        return "Not passed" + (status.role_quiz_best ? ", best " + percent(*status.role_quiz_best / 100.0) : std::string());
    return status.role_quiz_started ? "Started" : "";
}

std::filesystem::path homeFolder() {
    const char* home = std::getenv("HOME");
    return home && *home ? std::filesystem::path(home) : std::filesystem::current_path();
}

}  // namespace

// --- the area's state -----------------------------------------------------------

void ManagerView::lock() {
    unlocked_ = false;
    name_prefilled_ = false;
    pin_.clear();
    pin_again_.clear();
    gate_message_.clear();
    exporting_ = false;
    dashboard_ = {};
    shown_.clear();
}

void ManagerView::unlockWithoutPin(App& app, const std::string& name) {
    manager_name_ = name;
    unlocked_ = true;
    refresh(app);
}

const progress::Curriculum& ManagerView::curriculum(App& app) {
    if (!curriculum_) curriculum_ = progress::curriculumOf(app.course());
    return *curriculum_;
}

Date ManagerView::today(App& app) const { return localDate(app.store().now()); }

void ManagerView::refresh(App& app) {
    if (!unlocked_) return;
    try {
        dashboard_ = app.store().reports().dashboard(curriculum(app), today(app), include_archived_);
    } catch (const std::exception& error) {
        dashboard_ = {};
        app.setStatus(std::string("The learners could not be read: ") + error.what());
    }
    departments_ = store::departments(dashboard_);
    applyFilter();
}

void ManagerView::applyFilter() {
    shown_ = store::filterRows(dashboard_, filter_);
    store::sortRows(dashboard_, shown_, sort_key_, sort_descending_);
    summary_ = store::summarize(dashboard_, filter_);
}

// --- drawing ------------------------------------------------------------------------

void ManagerView::drawContent(App& app) {
    if (!unlocked_) {
        drawGate(app);
        return;
    }
    if (!drawHeader(app)) return;  // locked
    if (dashboard_.rows.empty() && !include_archived_) {
        gap(0.6f);
        textWrapped("No learners yet. Import a staff list (a CSV file from your HR system or a spreadsheet), or people "
                    "appear here as they create their profiles.");
        gap(0.3f);
        if (primaryButton("Import a staff list")) app.showStaffImport();
        return;
    }
    drawTiles(app);
    drawFilters(app);
    if (exporting_) drawExport(app);
    drawTable(app);
}

void ManagerView::drawGate(App& app) {
    const float em = ImGui::GetFontSize();
    const float width = beginCenteredColumn(em * 30);
    ImGui::PushItemWidth(width);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    heading(app.fonts().heading1, "Manager's area");
    textMuted("Who has completed what, who is overdue, and which topics the team gets wrong.");
    gap(0.5f);

    store::Store& store = app.store();
    const bool choosing = !store.settings().hasManagerPin();
    if (choosing) {
        heading(app.fonts().heading3, "Choose a PIN for the manager's area");
        textMuted("At least %d digits. Only a protected form of it is kept; learners' screens need no PIN.",
                  static_cast<int>(store::kMinPinDigits));
    } else {
        heading(app.fonts().heading3, "Enter the manager's PIN");
    }
    if (!name_prefilled_) {  // once per visit: the name used last time
        name_prefilled_ = true;
        if (auto last = store.settings().value(kNameSetting); last && name_input_.empty()) name_input_ = *last;
    }

    const ImGuiInputTextFlags pin_flags =
        ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_EnterReturnsTrue;
    ImGui::TextUnformatted("PIN");
    bool submit = ImGui::InputText("##manager pin", &pin_, pin_flags);
    recordItem("PIN");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere(-1);
    if (choosing) {
        ImGui::TextUnformatted("The same PIN again");
        submit = ImGui::InputText("##manager pin again", &pin_again_, pin_flags) || submit;
        recordItem("PIN again");
    }
    ImGui::TextUnformatted("Your name");
    submit = ImGui::InputTextWithHint("##manager name", "Recorded with what you change", &name_input_,
                                      ImGuiInputTextFlags_EnterReturnsTrue) || submit;
    recordItem("Your name");
    gap(0.3f);
    submit = primaryButton(choosing ? "Set the PIN and open" : "Open") || submit;

    if (submit) {
        gate_message_.clear();
        const std::string name = name_input_.substr(0, name_input_.find_last_not_of(' ') + 1);
        if (choosing) {
            if (auto problem = store::pinProblem(pin_))
                gate_message_ = "Not set: " + *problem + ".";
            else if (pin_ != pin_again_)
                gate_message_ = "The two PINs differ; type the same PIN twice.";
        } else {
            gate_message_ = tryPin(store, [&] { return store.settings().checkManagerPin(pin_); }).message;
        }
        if (gate_message_.empty() && name.find_first_not_of(' ') == std::string::npos)
            gate_message_ = "Please enter your name: it is recorded with the due dates you extend and the learners you archive.";
        if (gate_message_.empty() && choosing) {
            try {
                store.settings().setManagerPin(pin_);
            } catch (const std::exception& error) {
                gate_message_ = error.what();
            }
        }
        if (gate_message_.empty()) {
            store.settings().set(kNameSetting, name);
            manager_name_ = name;
            unlocked_ = true;
            pin_.clear();
            pin_again_.clear();
            refresh(app);
        } else {
            pin_.clear();
            pin_again_.clear();
        }
    }
    // A pause begun before this visit (or before a restart) is said at once.
    if (gate_message_.empty() && !choosing) gate_message_ = pausedMessage(store);
    if (!gate_message_.empty()) textColored(colors::kError, gate_message_.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
}

bool ManagerView::drawHeader(App& app) {
    heading(app.fonts().heading2, "Team training");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    textMuted("as of %s \xC2\xB7 %s, unlocked by %s", formatDate(dashboard_.today).c_str(),
              (thousands(static_cast<long long>(dashboard_.rows.size())) + (include_archived_ ? " learners with archived"
                                                                                                   : " learners"))
                  .c_str(),
              manager_name_.c_str());
    if (button("Topics the team gets wrong")) app.showTopics();
    ImGui::SameLine();
    if (button("Workshops")) app.showManagerWorkshops();
    ImGui::SameLine();
    if (button("Import a staff list")) app.showStaffImport();
    ImGui::SameLine();
    if (exporting_ ? primaryButton("Export report") : button("Export report")) {
        exporting_ = !exporting_;
        if (exporting_ && export_path_.empty()) export_path_ = defaultExportPath(app);
        export_message_.clear();
        confirm_replace_ = false;
    }
    ImGui::SameLine();
    const bool locking = button("Lock");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Close the manager's area; the PIN is asked again");
    gap(0.2f);
    if (locking) lock();
    return !locking;
}

void ManagerView::drawTiles(App& app) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float width = std::max(ImGui::GetFontSize() * 9, (ImGui::GetContentRegionAvail().x - spacing * 3) / 4);
    ImFont* big = app.fonts().heading1;
    auto toggle = [&](store::StatusFilter filter) {
        filter_.status = filter_.status == filter ? store::StatusFilter::Any : filter;
        applyFilter();
    };
    const store::Summary& s = summary_;
    const std::string of = thousands(s.compliant) + " of " + thousands(s.learners) + " compliant";
    if (tile("Compliant tile", s.learners ? percent(s.compliantShare()) : "-", of, colors::kDone,
             filter_.status == store::StatusFilter::Compliant, width, big))
        toggle(store::StatusFilter::Compliant);
    ImGui::SameLine();
    if (tile("Overdue tile", thousands(s.overdue), "overdue: never completed, past due", colors::kError,
             filter_.status == store::StatusFilter::Overdue, width, big))
        toggle(store::StatusFilter::Overdue);
    ImGui::SameLine();
    if (tile("Expiring tile", thousands(s.expiring), "expiring within 30 days", colors::kWarn,
             filter_.status == store::StatusFilter::Expiring, width, big))
        toggle(store::StatusFilter::Expiring);
    ImGui::SameLine();
    if (tile("Expired tile", thousands(s.expired), "expired: due again", colors::kError,
             filter_.status == store::StatusFilter::Expired, width, big))
        toggle(store::StatusFilter::Expired);
}

void ManagerView::drawFilters(App& app) {
    const float em = ImGui::GetFontSize();
    gap(0.2f);
    bool changed = false;
    ImGui::SetNextItemWidth(em * 15);
    changed |= ImGui::InputTextWithHint("##search", "Search name or employee id", &filter_.search);
    recordItem("Search learners");

    ImGui::SameLine();
    const progress::CurriculumRole* role = curriculum(app).role(filter_.role);
    ImGui::SetNextItemWidth(em * 13);
    if (ImGui::BeginCombo("##role filter", role ? role->title.c_str() : "All roles", ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable("All roles", filter_.role.empty())) filter_.role.clear(), changed = true;
        recordItem("Role: all");
        for (const progress::CurriculumRole& r : curriculum(app).roles()) {
            if (ImGui::Selectable(r.title.c_str(), filter_.role == r.id)) filter_.role = r.id, changed = true;
            recordItem("Role: " + r.title);
        }
        ImGui::EndCombo();
    }
    recordItem("Role filter");

    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 11);
    if (ImGui::BeginCombo("##department filter", filter_.department.empty() ? "All departments" : filter_.department.c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable("All departments", filter_.department.empty())) filter_.department.clear(), changed = true;
        recordItem("Department: all");
        for (const std::string& department : departments_) {
            if (ImGui::Selectable(department.c_str(), filter_.department == department))
                filter_.department = department, changed = true;
            recordItem("Department: " + department);
        }
        ImGui::EndCombo();
    }
    recordItem("Department filter");

    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 13);
    if (ImGui::BeginCombo("##status filter", filterLabel(filter_.status), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable(filterLabel(store::StatusFilter::Any), filter_.status == store::StatusFilter::Any))
            filter_.status = store::StatusFilter::Any, changed = true;
        recordItem(std::string("Status: ") + filterLabel(store::StatusFilter::Any));
        for (store::StatusFilter status : store::statusFilters()) {
            if (ImGui::Selectable(filterLabel(status), filter_.status == status)) filter_.status = status, changed = true;
            recordItem(std::string("Status: ") + filterLabel(status));
        }
        ImGui::EndCombo();
    }
    recordItem("Status filter");

    ImGui::SameLine();
    if (checkbox("Archived too", &include_archived_)) refresh(app);
    const bool filtered = !filter_.search.empty() || !filter_.role.empty() || !filter_.department.empty() ||
                          filter_.status != store::StatusFilter::Any;
    if (filtered) {
        ImGui::SameLine();
        if (linkButton("Clear filters")) filter_ = {}, changed = true;
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    textMuted("Showing %s of %s", thousands(static_cast<long long>(shown_.size())).c_str(),
              thousands(static_cast<long long>(dashboard_.rows.size())).c_str());
    if (changed) applyFilter();
}

std::string ManagerView::defaultExportPath(App& app) const {
    return (homeFolder() / ("ipprimer-report-" + formatDate(today(app)) + (export_json_ ? ".json" : ".csv"))).string();
}

void ManagerView::drawExport(App& app) {
    const float em = ImGui::GetFontSize();
    gap(0.2f);
    ImGui::AlignTextToFramePadding();
    ImGui::Text("Save the %s learners shown, as", thousands(static_cast<long long>(shown_.size())).c_str());
    ImGui::SameLine();
    const bool was_json = export_json_;
    if (ImGui::RadioButton("CSV", !export_json_)) export_json_ = false;
    recordItem("CSV");
    ImGui::SameLine();
    if (ImGui::RadioButton("JSON", export_json_)) export_json_ = true;
    recordItem("JSON");
    if (was_json != export_json_) {
        // Follow the format in the file name the program proposed.
        const std::string from = was_json ? ".json" : ".csv", to = export_json_ ? ".json" : ".csv";
        if (export_path_.ends_with(from)) export_path_ = export_path_.substr(0, export_path_.size() - from.size()) + to;
        confirm_replace_ = false;
    }
    ImGui::SameLine();
    ImGui::TextUnformatted("to");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::max(em * 12, ImGui::GetContentRegionAvail().x - em * 12));
    if (ImGui::InputText("##export path", &export_path_)) confirm_replace_ = false;
    recordItem("Export path");
    ImGui::SameLine();
    if (primaryButton("Save report")) saveExport(app, false);
    ImGui::SameLine();
    if (button("Cancel##export")) exporting_ = false;
    if (confirm_replace_) {
        textColored(colors::kWarn, (export_path_ + " already exists.").c_str());
        ImGui::SameLine();
        if (button("Replace it")) saveExport(app, true);
    } else if (!export_message_.empty()) {
        textColored(export_failed_ ? colors::kError : colors::kDone, export_message_.c_str());
    }
    textMuted("The same file as: ipprimer report --format %s%s%s%s", export_json_ ? "json" : "csv",
              filter_.role.empty() ? "" : (" --role " + filter_.role).c_str(),
              filter_.department.empty() ? "" : (" --department \"" + filter_.department + "\"").c_str(),
              filter_.status == store::StatusFilter::Any ? ""
                                                         : (" --status " + std::string(store::filterName(filter_.status))).c_str());
}

void ManagerView::saveExport(App& app, bool replace) {
    export_message_.clear();
    export_failed_ = false;
    std::string text_path = export_path_;
    if (text_path.starts_with("~/")) text_path = (homeFolder() / text_path.substr(2)).string();
    std::filesystem::path path(text_path);
    if (text_path.find_first_not_of(' ') == std::string::npos) {
        export_message_ = "Type a file name to save the report to.";
        export_failed_ = true;
        return;
    }
    if (path.is_relative()) path = homeFolder() / path;
    std::error_code ignored;
    if (!replace && std::filesystem::exists(path, ignored)) {
        confirm_replace_ = true;
        return;
    }
    confirm_replace_ = false;
    // The report's rows in name order, as `ipprimer report` prints them.
    std::vector<std::size_t> rows = shown_;
    std::sort(rows.begin(), rows.end());
    try {
        const std::string text = export_json_ ? store::reportJson(curriculum(app), dashboard_, rows, filter_)
                                              : store::reportCsv(curriculum(app), dashboard_, rows);
        store::saveReport(path, text);
        export_message_ = "Saved " + thousands(static_cast<long long>(rows.size())) + " learners to " + path.string();
    } catch (const std::exception& error) {
        export_message_ = error.what();
        export_failed_ = true;
    }
}

void ManagerView::drawTable(App& app) {
    const float em = ImGui::GetFontSize();
    gap(0.2f);
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    const float height = std::max(em * 8, ImGui::GetContentRegionAvail().y);
    if (!ImGui::BeginTable("learners", kColumns, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    // Columns of dates and numbers are as wide as their widest text; names share the rest.
    auto fixed = [](const char* widest) { return ImGui::CalcTextSize(widest).x + ImGui::GetStyle().CellPadding.x * 2 + 4; };
    const ImGuiTableColumnFlags stretch = ImGuiTableColumnFlags_WidthStretch, fit = ImGuiTableColumnFlags_WidthFixed;
    ImGui::TableSetupColumn("Name", stretch | ImGuiTableColumnFlags_DefaultSort, 2.0f, kName);
    ImGui::TableSetupColumn("Employee id", fit, fixed("Employee id  "), kEmployeeId);
    ImGui::TableSetupColumn("Role", stretch, 1.6f, kRole);
    ImGui::TableSetupColumn("Department", stretch, 1.2f, kDepartment);
    ImGui::TableSetupColumn("Status", fit, fixed("Not started  "), kStatus);
    ImGui::TableSetupColumn("Due", fit, fixed("2026-12-28 (ext.)"), kDue);
    ImGui::TableSetupColumn("Modules", fit, fixed("Modules  "), kModules);
    ImGui::TableSetupColumn("Role quiz", fit, fixed("Not passed, best 100%"), kRoleQuiz);
    ImGui::TableSetupColumn("Valid until", fit, fixed("Valid until  "), kValidUntil);

    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        if (specs->SpecsCount > 0) {
            sort_key_ = sortKeyOf(static_cast<int>(specs->Specs[0].ColumnUserID));
            sort_descending_ = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        }
        store::sortRows(dashboard_, shown_, sort_key_, sort_descending_);
        specs->SpecsDirty = false;
    }

    // The header row by hand, so each header is recorded for tests ("Sort by Status").
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int column = 0; column < kColumns; ++column) {
        ImGui::TableSetColumnIndex(column);
        const char* name = ImGui::TableGetColumnName(column);
        ImGui::PushID(column);
        ImGui::TableHeader(name);
        ImGui::PopID();
        recordItem(std::string("Sort by ") + name);
    }

    const course::Course& course = app.course();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown_.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const store::DashboardRow& row = dashboard_.rows[shown_[static_cast<std::size_t>(i)]];
            const store::Learner& learner = row.learner;
            const progress::LearnerStatus& status = row.status;
            ImGui::TableNextRow();
            ImGui::PushID(static_cast<int>(learner.id));
            ImGui::TableSetColumnIndex(kName);
            const std::string label = learner.name + (learner.archived ? " (archived)" : "");
            if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
                app.openLearnerRecord(learner.id);
            recordItem(learner.name);
            if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

            ImGui::TableSetColumnIndex(kEmployeeId);
            ImGui::TextUnformatted(learner.employee_id.c_str());
            ImGui::TableSetColumnIndex(kRole);
            const course::Role* role = course.role(learner.role);
            if (role)
                ImGui::TextUnformatted(role->title.c_str());
            else
                textColored(colors::kWarn, (learner.role + " (not in the course)").c_str());
            ImGui::TableSetColumnIndex(kDepartment);
            ImGui::TextUnformatted(learner.department.c_str());
            ImGui::TableSetColumnIndex(kStatus);
            textColored(stateColor(status.state), stateLabel(status.state));
            ImGui::TableSetColumnIndex(kDue);
            if (!status.compliant) {
                const std::string due = formatDate(status.due) + (status.due_extended ? " (ext.)" : "");
                const bool late = status.state == progress::LearnerState::Overdue || status.state == progress::LearnerState::Expired;
                if (late)
                    textColored(colors::kError, due.c_str());
                else
                    ImGui::TextUnformatted(due.c_str());
            }
            ImGui::TableSetColumnIndex(kModules);
            ImGui::Text("%d / %d", status.modules_completed, status.modules_required);
            ImGui::TableSetColumnIndex(kRoleQuiz);
            ImGui::TextUnformatted(quizText(status).c_str());
            ImGui::TableSetColumnIndex(kValidUntil);
            if (status.valid_until) {
                const std::string until = formatDate(*status.valid_until);
                if (status.state == progress::LearnerState::Compliant)
                    ImGui::TextUnformatted(until.c_str());
                else
                    textColored(stateColor(status.state), until.c_str());
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace ipprimer::ui
