// The dashboard. Rows are derived when the screen opens or its data changes
// (refresh), filtered and sorted when a filter or the sort changes
// (applyFilter); a frame only draws the visible rows (manager_table.cpp).
#include "ui/manager_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>

#include "export/export_file.h"
#include "export/report_files.h"
#include "progress/curriculum.h"
#include "store/roster.h"
#include "store/settings.h"
#include "store/store.h"
#include "store/topics.h"
#include "store/board_figures.h"
#include "ui/app.h"
#include "ui/idle_lock_choice.h"
#include "ui/manager_text.h"
#include "ui/keyboard.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

// A clickable box with a big number: one of the summary tiles.
bool tile(const char* label, const std::string& number, const std::string& caption, ImU32 color, bool active, float width,
          ImFont* big) {
    const float em = ImGui::GetFontSize();
    ImFont* number_font = big ? big : ImGui::GetFont();
    const float number_size = big ? big->FontSize : em * 1.6f;
    const ImVec2 size(width, number_size + em * 2.4f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(label, size);
    focusRing();
    recordItem(label);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(at.x + size.x, at.y + size.y);
    draw->AddRectFilled(at, end, hovered ? palette(currentTheme()).header_hovered : colors::kPanel, em * 0.4f);
    if (active) draw->AddRect(at, end, colors::kAccent, em * 0.4f, 0, 2.0f);
    draw->AddText(number_font, number_size, ImVec2(at.x + em * 0.8f, at.y + em * 0.5f), color, number.c_str());
    draw->AddText(ImGui::GetFont(), em, ImVec2(at.x + em * 0.8f, at.y + em * 0.7f + number_size), colors::kMuted,
                  caption.c_str());
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return clicked;
}

// The table's column a sort key is, as its header names it.
const char* sortName(store::SortKey key) {
    switch (key) {
    case store::SortKey::Name: return "name";
    case store::SortKey::EmployeeId: return "employee id";
    case store::SortKey::Role: return "role";
    case store::SortKey::Department: return "department";
    case store::SortKey::Status: return "status";
    case store::SortKey::Due: return "due date";
    case store::SortKey::Modules: return "modules";
    case store::SortKey::RoleQuiz: return "role quiz";
    case store::SortKey::ValidUntil: return "valid until";
    }
    return "name";
}

}  // namespace

// --- the area's state -----------------------------------------------------------

void ManagerView::areaLocked() {
    exporting_ = false;
    reminding_ = false;
    reminder_ = {};
    saving_certificates_ = false;
    dashboard_ = {};
    shown_.clear();
    register_ = {};
    organisation_.forget();
}

const progress::Curriculum& ManagerView::curriculum(App& app) {
    if (!curriculum_) curriculum_ = progress::curriculumOf(app.course());
    return *curriculum_;
}

Date ManagerView::today(App& app) const { return localDate(app.store().now()); }

void ManagerView::refresh(App& app) {
    loadRows(app);
    departments_ = store::departments(dashboard_);
    applyFilter();
    register_ = loadRegisterSummary(app);
}

void ManagerView::applyFilter() {
    shown_ = store::filterRows(dashboard_, filter_);
    store::sortRows(dashboard_, shown_, sort_key_, sort_descending_);
    summary_ = store::summarize(dashboard_, filter_);
    // The charts count what the tiles count.
    const std::vector<std::size_t> counted = store::tileRows(dashboard_, filter_);
    charts_.trend = store::complianceTrend(dashboard_, counted);
    charts_.departments = store::groupFigures(dashboard_, counted, store::GroupBy::Department);
    charts_.roles = store::groupFigures(dashboard_, counted, store::GroupBy::Role);
    for (store::GroupFigure& role : charts_.roles)
        if (const progress::CurriculumRole* known = curriculum_ ? curriculum_->role(role.key) : nullptr) role.key = known->title;
}

// --- drawing ------------------------------------------------------------------------

void ManagerView::drawContent(App& app) {
    if (!drawHeader(app)) return;  // locked
    if (organisation_.draw(app, pictureRequest(app))) refresh(app);
    if (dashboard_.rows.empty() && !include_archived_) {
        gap(0.6f);
        textWrapped("No learners yet. Import a staff list (a CSV file from your HR system or a spreadsheet), or people "
                    "appear here as they create their profiles.");
        gap(0.3f);
        if (primaryButton("Import a staff list")) app.navigate(Screen::StaffImport);
        return;
    }
    drawTiles(app);
    if (charts_shown_) {
        gap(0.3f);
        drawDashboardCharts(charts_);
    }
    drawRegister(app);
    drawFilters(app);
    if (exporting_) drawExport(app);
    if (reminding_) drawReminder(app);
    if (lrs_shown_) {
        gap(0.2f);
        lrs_.draw(app);
    }
    if (saving_certificates_ || certificates_.running()) {
        std::vector<std::int64_t> learner_ids;
        for (std::size_t row : shown_) learner_ids.push_back(dashboard_.rows[row].learner.id);
        saving_certificates_ = certificates_.draw(app, learner_ids, "ipprimer-certificates-" + formatDate(today(app)));
    }
    drawTable(app);
}

bool ManagerView::drawHeader(App& app) {
    heading(app.fonts().heading2, "Team training");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    textMuted("as of %s \xC2\xB7 %s, unlocked by %s", formatDate(dashboard_.today).c_str(),
              (thousands(static_cast<long long>(dashboard_.rows.size()), "learner", "learners") +
               (include_archived_ ? " with the archived" : ""))
                  .c_str(),
              app.gate(Area::Manager)->who().c_str());
    // Many buttons: they flow onto a second line rather than off the window's edge.
    bool first = true;
    auto flowButton = [&](const char* label, bool primary, const char* tooltip) {
        const float width = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
        if (!first) sameLineIfFits(width);
        first = false;
        const bool pressed = primary ? primaryButton(label) : button(label);
        if (tooltip && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
        return pressed;
    };
    if (flowButton("Topics the team gets wrong", false, nullptr)) app.navigate(Screen::Topics);
    if (flowButton("Question statistics", false, nullptr)) app.navigate(Screen::QuestionStatistics);
    if (flowButton("Workshops", false, nullptr)) app.navigate(Screen::ManagerWorkshops);
    if (flowButton("Import a staff list", false, nullptr)) app.navigate(Screen::StaffImport);
    if (flowButton("IP register", false, nullptr)) app.navigate(Screen::Register);
    if (flowButton("IP self-check", false, nullptr)) app.navigate(Screen::SelfCheck);
    if (flowButton("Export report", exporting_, nullptr)) {
        exporting_ = !exporting_;
        export_.clearOutcome();
    }
    if (flowButton("Charts", charts_shown_, "Compliance over the last twelve months, by department and by role"))
        charts_shown_ = !charts_shown_;
    if (flowButton("Remind", reminding_, "E-mail the learners shown whose training is overdue, expiring or expired"))
        reminding_ = !reminding_;
    if (flowButton("Send to LMS", lrs_shown_, "Send the learning records to the company's LMS as xAPI statements"))
        lrs_shown_ = !lrs_shown_;
    if (flowButton("Certificates", saving_certificates_, "Save the certificates of the learners shown, one PDF each"))
        saving_certificates_ = !saving_certificates_;
    const bool locking =
        flowButton("Lock", false, "Close the manager's and the trainer's areas; the PIN is asked again");
    sameLineIfFits(ImGui::CalcTextSize("Locks after 10 idle minutes").x + ImGui::GetStyle().FramePadding.x * 2);
    drawIdleLockChoice(app);
    gap(0.2f);
    if (locking) app.lock(Area::Manager);
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

void ManagerView::drawRegister(App& app) {
    if (register_.entries == 0 && register_.open_proposals == 0) return;
    gap(0.3f);
    if (app.fonts().bold) ImGui::PushFont(app.fonts().bold);
    ImGui::TextUnformatted("IP register");
    if (app.fonts().bold) ImGui::PopFont();
    ImGui::SameLine();
    textMuted("dates due in the next %d days, and risks", kDashboardDays);
    if (register_.open_proposals > 0) {
        ImGui::SameLine();
        badge((std::to_string(register_.open_proposals) + " proposed by employees").c_str(), colors::kAccent);
    }
    drawRegisterSummary(register_, 3, ImGui::GetContentRegionAvail().x);
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
    // One line, never wrapped: beside the filters when it fits, else under them.
    const std::string showing = "Showing " + thousands(static_cast<long long>(shown_.size())) + " of " +
                                thousands(static_cast<long long>(dashboard_.rows.size()));
    sameLineIfFits(ImGui::CalcTextSize(showing.c_str()).x);
    ImGui::AlignTextToFramePadding();
    textColored(colors::kMuted, showing.c_str());
    recordItem("Showing");
    if (changed) applyFilter();
}

void ManagerView::drawExport(App& app) {
    ExportPanel::Setup setup;
    setup.layout = ExportPanel::Layout::Row;
    setup.formats = exports::kReportFormats;
    setup.subject = "report";
    setup.proposed_name = "ipprimer-report-" + formatDate(today(app));
    setup.lead = "Save the " + thousands(static_cast<long long>(shown_.size()), "learner", "learners") + " shown, as";
    setup.action = "Save report";
    setup.footnote = [this](const exports::Format& format) {
        if (format.id == exports::FormatId::Pdf)
            return std::string("One page for a board: the tiles, compliance by department and by role, the last twelve "
                               "months and the topics the team gets wrong, for the filters above (any status).");
        return std::string("The file holds the learners the table shows, in its order: by ") + sortName(sort_key_) +
               (sort_descending_ ? ", from the last." : ".");
    };
    const ExportPanel::PrepareSave prepare = [&](const exports::Format& format, const std::filesystem::path& path) {
        // The topics come from the store, read here on the window's thread.
        std::vector<store::TopicRow> topics;
        if (format.id == exports::FormatId::Pdf)
            topics = store::topicMisses(app.store().reports().firstAnswerCounts(), progress::questionTags(app.course()));
        // Thousands of learners take a while: the file is written on a thread
        // of its own, from copies of the rows as the table shows them
        // (filtered, and in its order), while the window shows a bar.
        return [format_id = format.id, path, course = &app.course(), report_curriculum = curriculum(app),
                report_dashboard = dashboard_, report_rows = shown_, report_filter = filter_,
                report_topics = std::move(topics)](WorkProgress& progress) {
            const bool board = format_id == exports::FormatId::Pdf;
            exports::saveExport(path, board ? exports::reportFile(format_id, *course, report_curriculum, report_dashboard,
                                                                  report_rows, report_filter, report_topics)
                                            : exports::reportText(format_id, report_curriculum, report_dashboard,
                                                                  report_rows, report_filter, progress));
            if (board) return "Saved the board report to " + path.string();
            return "Saved " + thousands(static_cast<long long>(report_rows.size()), "learner", "learners") + " to " +
                   path.string();
        };
    };
    exporting_ = export_.draw(app, setup, prepare) || export_.saving();
}

}  // namespace ipprimer::ui
