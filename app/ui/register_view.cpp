// The register screen: summary, proposals, table, the selected entry, and the form.
#include "ui/register_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "course/course.h"
#include "store/company_records.h"
#include "store/store.h"
#include "ui/acting_person.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

std::string nextDate(const progress::Asset& asset) {
    std::optional<Date> next = asset.renewal_date;
    if (asset.expiry_date && (!next || *asset.expiry_date < *next)) next = asset.expiry_date;
    return next ? formatDate(*next) : std::string("-");
}

std::string countriesText(const std::vector<std::string>& codes) {
    std::string text;
    for (const std::string& code : codes) text += (text.empty() ? "" : ", ") + code;
    return text.empty() ? "-" : text;
}

}  // namespace

void RegisterView::areaLocked() {
    state_ = {};
    summary_ = {};
    mode_ = Mode::List;
    selected_.clear();
    proposal_.clear();
    reason_.clear();
    declining_ = confirm_remove_ = false;
}

bool RegisterView::open(App& app) {
    mode_ = Mode::List;
    declining_ = confirm_remove_ = false;
    refresh(app);
    return true;
}

void RegisterView::refresh(App& app) {
    try {
        state_ = app.store().companyRecords().registerState();
    } catch (const std::exception& error) {
        state_ = {};
        app.setStatus(std::string("The IP register could not be read: ") + error.what());
    }
    summary_ = loadRegisterSummary(app);
}

void RegisterView::drawContent(App& app) {
    const float em = ImGui::GetFontSize();
    const float width = beginCenteredColumn(em * 60);
    heading(app.fonts().heading1, "IP register");
    textMuted("%d entries \xC2\xB7 %zu dates due in the next %d days \xC2\xB7 %zu risks", summary_.entries,
              summary_.due.size(), kDashboardDays, summary_.risks.size());
    if (mode_ == Mode::List) {
        if (primaryButton("Add an entry")) {
            form_.start(progress::Asset{});
            mode_ = Mode::Adding;
        }
        ImGui::SameLine();
        if (button("IP self-check")) app.navigate(Screen::SelfCheck);
        ImGui::SameLine();
        if (button("Dashboard")) app.navigate(Screen::Manager);
    }
    gap(0.4f);
    if (mode_ != Mode::List) {
        drawForm(app, width);
        ImGui::EndGroup();
        return;
    }
    drawRegisterSummary(summary_, 0, width);
    drawProposals(app, width);
    drawEntries(app, width);
    drawSelected(app, width);
    ImGui::EndGroup();
}

void RegisterView::drawForm(App& app, float width) {
    const char* title = mode_ == Mode::Adding ? "A new entry" : mode_ == Mode::Changing ? "Change the entry" : "Accept the proposal";
    heading(app.fonts().heading2, title);
    const auto learner = app.actingPerson().resolve(app, width);
    if (!learner) {
        if (button("Cancel")) mode_ = Mode::List;
        return;
    }
    const AssetForm::Outcome outcome = form_.draw(width, mode_ == Mode::Accepting ? "Accept into the register" : "Save");
    if (outcome == AssetForm::Outcome::Cancel) mode_ = Mode::List;
    if (outcome != AssetForm::Outcome::Save) return;
    try {
        if (mode_ == Mode::Accepting)
            selected_ = app.store().companyRecords().acceptProposal(*learner, proposal_, form_.asset());
        else
            selected_ = app.store().companyRecords().recordAsset(*learner, form_.asset());
        app.setStatus("Recorded \"" + form_.asset().title + "\" in the IP register.");
    } catch (const std::exception& error) {
        app.setStatus(std::string("Not recorded: ") + error.what());
    }
    mode_ = Mode::List;
    refresh(app);
}

void RegisterView::drawProposals(App& app, float width) {
    const std::vector<const progress::Proposal*> open = state_.openProposals();
    if (open.empty()) return;
    gap(0.4f);
    heading(app.fonts().heading2, "Proposed by employees");
    for (const progress::Proposal* proposal : open) {
        ImGui::PushID(proposal->id.c_str());
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        textInColumn(std::string(progress::kindName(proposal->asset.kind)) + ": " + proposal->asset.title);
        const course::Lesson* lesson = app.course().lesson(proposal->lesson);
        textMuted("proposed by %s on %s%s", proposal->by.c_str(), formatDate(localDate(proposal->at)).c_str(),
                  lesson ? (", from the lesson \"" + lesson->title() + "\"").c_str() : "");
        for (const std::string* text : {&proposal->asset.kept_where, &proposal->asset.notes})
            if (!text->empty()) textInColumn(*text);
        ImGui::PopTextWrapPos();
        if (declining_ && proposal_ == proposal->id) {
            ImGui::SetNextItemWidth(width * 0.6f);
            ImGui::InputTextWithHint("##reason", "Why (optional; kept with the record)", &reason_);
            recordItem("Decline reason");
            ImGui::SameLine();
            if (button("Decline it")) {
                if (const auto learner = app.actingPerson().known(app)) {
                    try {
                        app.store().companyRecords().declineProposal(*learner, proposal->id, reason_);
                        app.setStatus("Declined \"" + proposal->asset.title + "\".");
                    } catch (const std::exception& error) {
                        app.setStatus(std::string("Not recorded: ") + error.what());
                    }
                    declining_ = false;
                    reason_.clear();
                    ImGui::PopID();
                    refresh(app);
                    return;
                }
            }
            ImGui::SameLine();
            if (button("Keep it open")) declining_ = false;
            if (!app.actingPerson().known(app)) app.actingPerson().resolve(app, width);
        } else {
            if (button(("Accept\xE2\x80\xA6##" + proposal->id).c_str())) {
                proposal_ = proposal->id;
                form_.start(proposal->asset);
                mode_ = Mode::Accepting;
            }
            recordItem("Accept " + proposal->asset.title);
            ImGui::SameLine();
            if (button(("Decline\xE2\x80\xA6##" + proposal->id).c_str())) {
                proposal_ = proposal->id;
                declining_ = true;
                reason_.clear();
            }
            recordItem("Decline " + proposal->asset.title);
        }
        gap(0.3f);
        ImGui::PopID();
    }
}

void RegisterView::drawEntries(App& app, float width) {
    (void)app;
    gap(0.4f);
    heading(app.fonts().heading2, "Entries");
    if (state_.entries.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        textInColumn("The register is empty. Add an entry, or import a spreadsheet with `ipprimer register import FILE.csv`.");
        ImGui::PopTextWrapPos();
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("entries", 6, flags, ImVec2(width, 0))) return;
    for (const char* column : {"Kind", "Title", "Owner", "Countries", "Status", "Next date"}) ImGui::TableSetupColumn(column);
    ImGui::TableHeadersRow();
    for (const progress::RegisterEntry& entry : state_.entries) {
        const progress::Asset& asset = entry.asset;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (ImGui::Selectable((std::string(progress::kindName(asset.kind)) + "##" + asset.id).c_str(), selected_ == asset.id,
                              ImGuiSelectableFlags_SpanAllColumns)) {
            selected_ = asset.id;
            confirm_remove_ = false;
        }
        recordItem("entry:" + asset.title);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(asset.title.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(asset.owner.empty() ? "-" : asset.owner.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(countriesText(asset.countries).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(asset.status == progress::AssetStatus::Unknown ? "-"
                                                                               : std::string(progress::statusName(asset.status)).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(nextDate(asset).c_str());
    }
    ImGui::EndTable();
}

void RegisterView::drawSelected(App& app, float width) {
    const progress::RegisterEntry* entry = state_.entry(selected_);
    if (!entry) return;
    const progress::Asset& asset = entry->asset;
    gap(0.4f);
    heading(app.fonts().heading2, asset.title);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    auto line = [](const char* label, const std::string& value) {
        if (value.empty()) return;
        textMuted("%s", label);
        ImGui::SameLine();
        textInColumn(value);
    };
    line("Numbers:", asset.application_number + (asset.registration_number.empty() ? "" : " / " + asset.registration_number));
    line("Filed:", asset.filing_date ? formatDate(*asset.filing_date) : "");
    line("Renewal:", asset.renewal_date ? formatDate(*asset.renewal_date) : "");
    line("Expiry:", asset.expiry_date ? formatDate(*asset.expiry_date) : "");
    line("Responsible:", asset.responsible);
    line("Covers:", progress::joinedList(asset.products));
    line("Kept:", asset.kept_where);
    line("Access:", progress::joinedList(asset.access));
    line("Notes:", asset.notes);
    gap(0.2f);
    textMuted("History");
    for (const progress::EntryChange& change : entry->history) {
        std::string what = change.changed.empty() ? "added" : "changed ";
        for (std::size_t i = 0; i < change.changed.size(); ++i) what += (i ? ", " : "") + change.changed[i];
        textInColumn(localTimeText(change.at, "%Y-%m-%d %H:%M") + "  " + change.by + ": " + what);
    }
    ImGui::PopTextWrapPos();
    gap(0.3f);
    if (button("Change")) {
        form_.start(asset);
        mode_ = Mode::Changing;
    }
    ImGui::SameLine();
    if (!confirm_remove_) {
        if (button("Remove")) confirm_remove_ = true;
        return;
    }
    textColored(colors::kWarn, "Take it off the register? A right that ended is better marked lapsed.");
    ImGui::SameLine();
    if (button("Remove it")) {
        if (const auto learner = app.actingPerson().known(app)) {
            try {
                app.store().companyRecords().removeAsset(*learner, asset.id);
                app.setStatus("Removed \"" + asset.title + "\" from the IP register.");
            } catch (const std::exception& error) {
                app.setStatus(std::string("Not removed: ") + error.what());
            }
            confirm_remove_ = false;
            selected_.clear();
            refresh(app);
            return;
        }
    }
    ImGui::SameLine();
    if (button("Keep it")) confirm_remove_ = false;
    if (!app.actingPerson().known(app)) app.actingPerson().resolve(app, width);
}

}  // namespace ipprimer::ui
