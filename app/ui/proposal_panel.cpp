#include "ui/proposal_panel.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "base/text.h"
#include "store/company_records.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

void ProposalPanel::load(App& app, const course::Lesson& lesson, std::int64_t learner_id) {
    const std::string key = std::to_string(learner_id) + "/" + lesson.id;
    if (loaded_for_ == key) return;
    loaded_for_ = key;
    const course::RegisterTask* task = app.course().selfcheck.registerTask(lesson.id);
    kind_ = progress::parseAssetKind(task ? task->kind : "").value_or(progress::AssetKind::TradeSecret);
    title_.clear();
    kept_where_.clear();
    notes_.clear();
    message_.clear();
    mine_.clear();
    try {
        for (const progress::Proposal& proposal : app.store().companyRecords().registerState().proposals)
            if (proposal.learner_id == learner_id && proposal.lesson == lesson.id) mine_.push_back(proposal);
    } catch (const std::exception& error) {
        message_ = std::string("Your earlier proposals could not be read: ") + error.what();
    }
}

void ProposalPanel::propose(App& app, const course::Lesson& lesson, std::int64_t learner_id) {
    progress::Asset asset;
    asset.kind = kind_;
    asset.title = trimmed(title_);
    asset.kept_where = kind_ == progress::AssetKind::TradeSecret ? trimmed(kept_where_) : std::string();
    asset.notes = trimmed(notes_);
    if (asset.title.empty()) {
        message_ = "Give it a name first.";
        return;
    }
    try {
        app.store().companyRecords().proposeAsset(learner_id, asset, lesson.id);
    } catch (const std::exception& error) {
        message_ = std::string("Not proposed: ") + error.what();
        return;
    }
    loaded_for_.clear();  // read the proposals again, this one with them
    load(app, lesson, learner_id);
    message_ = "Proposed \"" + asset.title + "\". The manager will accept, change or decline it.";
}

void ProposalPanel::draw(App& app, const course::Lesson& lesson, float width) {
    const course::RegisterTask* task = app.course().selfcheck.registerTask(lesson.id);
    if (!task || !app.learner()) return;
    const std::int64_t learner_id = *app.learner();
    load(app, lesson, learner_id);
    const float em = ImGui::GetFontSize();
    ImGui::PushID("proposal");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    gap(0.5f);
    ImGui::Separator();
    heading(app.fonts().heading3 ? app.fonts().heading3 : app.fonts().heading2, "For the company's IP register");
    textInColumn(task->prompt);
    gap(0.2f);

    ImGui::SetNextItemWidth(em * 14);
    if (ImGui::BeginCombo("##kind", std::string(progress::kindName(kind_)).c_str())) {
        for (const progress::AssetKindInfo& info : progress::assetKinds()) {
            if (ImGui::Selectable(std::string(info.name).c_str(), info.kind == kind_)) kind_ = info.kind;
            recordItem("propose kind:" + std::string(info.key));
        }
        ImGui::EndCombo();
    }
    recordItem("Propose kind");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(width - em * 15);
    ImGui::InputTextWithHint("##title", "What is it? A name others recognise", &title_);
    recordItem("Propose title");
    if (kind_ == progress::AssetKind::TradeSecret) {
        ImGui::SetNextItemWidth(width);
        ImGui::InputTextWithHint("##kept", "Where is it kept? (a folder, a safe, a system; never the secret itself)", &kept_where_);
        recordItem("Propose where kept");
    }
    ImGui::InputTextMultiline("##notes", &notes_, ImVec2(width, ImGui::GetTextLineHeight() * 2.5f));
    recordItem("Propose notes");
    if (primaryButton("Propose it")) propose(app, lesson, learner_id);
    if (!message_.empty()) {
        ImGui::SameLine();
        textMuted("%s", message_.c_str());
    }
    if (!mine_.empty()) {
        gap(0.3f);
        textMuted("What you proposed from this lesson:");
        for (const progress::Proposal& proposal : mine_) {
            std::string state = proposal.state == progress::Proposal::State::Open       ? "waiting for the manager"
                                : proposal.state == progress::Proposal::State::Accepted ? "in the register"
                                                                                        : "declined";
            if (proposal.state == progress::Proposal::State::Declined && !proposal.reason.empty())
                state += ": " + proposal.reason;
            textInColumn("\xE2\x80\xA2 " + proposal.asset.title + " (" + state + ")");
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::PopID();
}

}  // namespace ipprimer::ui
