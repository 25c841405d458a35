// The register's import on screen: nothing is written before the whole file
// reads without a bad row and the manager presses Import.
#include "ui/register_import_panel.h"

#include <imgui.h>

#include <fstream>
#include <sstream>

#include "base/wording.h"
#include "store/store.h"
#include "ui/acting_person.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

void RegisterImportPanel::drawButton(App& app) {
    if (button("Import a spreadsheet\xE2\x80\xA6"))
        chooser_.ask(app, {FileQuestion::Kind::Open, "Choose the register spreadsheet to import", "CSV files", {".csv"}, {}, {}});
    recordItem("Import a spreadsheet");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("A CSV file with the columns of `ipprimer register import`");
    if (auto chosen = chooser_.draw(app)) check(app, *chosen);
}

void RegisterImportPanel::check(App& app, const std::filesystem::path& file) {
    plan_.reset();
    message_.clear();
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        message_ = "Cannot read " + file.string() + ".";
        failed_ = true;
        return;
    }
    std::ostringstream text;
    text << in.rdbuf();
    try {
        plan_ = progress::planRegisterImport(text.str(), file.string(),
                                             app.store().companyRecords().registerState().assets());
    } catch (const std::exception& error) {
        message_ = std::string("The IP register could not be read: ") + error.what();
        failed_ = true;
    }
}

bool RegisterImportPanel::draw(App& app, float width) {
    bool imported = false;
    if (plan_) {
        const progress::RegisterImportPlan& plan = *plan_;
        gap(0.3f);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::Text("%s: %d to add, %d to update, %d unchanged.", plan.file.c_str(),
                    plan.count(progress::RegisterRowAction::Add), plan.count(progress::RegisterRowAction::Update),
                    plan.count(progress::RegisterRowAction::Unchanged));
        for (const std::string& line : plan.formattedMessages())
            textColored(line.find(": error: ") != std::string::npos ? colors::kError : colors::kWarn, line.c_str());
        if (plan.errorCount() > 0) {
            textColored(colors::kError, "Nothing is imported while a row is bad: fix the file and choose it again.");
        } else if (const auto learner = app.actingPerson().resolve(app, width)) {
            if (primaryButton("Import into the register")) {
                try {
                    const store::RegisterImportResult result = app.store().companyRecords().applyRegisterImport(*learner, plan);
                    message_ = "Imported: " + countText(result.added, "entry added", "entries added") + ", " +
                               std::to_string(result.updated) + " updated, " + std::to_string(result.unchanged) +
                               " unchanged.";
                    failed_ = false;
                    imported = true;
                } catch (const std::exception& error) {
                    message_ = error.what();
                    failed_ = true;
                }
                plan_.reset();
            }
            recordItem("Import into the register");
            ImGui::SameLine();
        }
        if (button("Cancel##register import")) plan_.reset();
        ImGui::PopTextWrapPos();
    }
    if (!message_.empty()) textColored(failed_ ? colors::kError : colors::kDone, message_.c_str());
    return imported;
}

}  // namespace ipprimer::ui
