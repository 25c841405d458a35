// The trainer's Plan page: the trainer's name, the lessons to present, who is
// expected, then start or rehearse; and the settings of the trainer's PIN.
#include "ui/trainer_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "store/roster.h"
#include "store/settings.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

void TrainerView::drawPlan(App& app) {
    const FontSet& fonts = app.fonts();
    float em = ImGui::GetFontSize();
    heading(fonts.heading2, "Plan a workshop session");
    textMuted("Edited a lesson? F5 reloads the course and comes back here.");
    if (unconfirmed_ != 0 && session_ == 0) {
        textColored(colors::kWarn, ("Session " + std::to_string(unconfirmed_) + ", started " +
                                    formatSessionTime(unconfirmed_started_) + ", has no attendance confirmed yet.")
                                       .c_str());
        ImGui::SameLine();
        if (linkButton("Continue it")) openSession(app, unconfirmed_);
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Trainer");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 16);
    ImGui::InputTextWithHint("##trainer", "Your name", &trainer_);
    recordItem("Trainer");
    ImGui::SameLine(0, em * 2);
    drawPinSettings(app);
    drawWhenAndWhere();
    gap(0.2f);

    float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetTextLineHeightWithSpacing() + em * 0.5f;
    float height = std::max(ImGui::GetContentRegionAvail().y - footer, em * 8);
    float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    ImGui::BeginChild("lessons", ImVec2(half, height), true);
    drawLessonPicker(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("people", ImVec2(0, height), true);
    drawPeoplePicker(app, false);
    ImGui::EndChild();

    auto lessons = chosenLessons(app);
    std::size_t questions = 0;
    for (const auto& id : lessons)
        if (const course::Lesson* lesson = app.course().lesson(id)) questions += lesson->doc.sections.size();
    if (primaryButton("Start the session")) startSession(app);
    ImGui::SameLine();
    if (button("Rehearse")) rehearse(app);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Present the chosen lessons with nothing recorded.");
    ImGui::SameLine();
    textMuted("%s \xC2\xB7 %s to present \xC2\xB7 %s expected", plural(lessons.size(), "lesson", "lessons").c_str(),
              plural(questions, "question", "questions").c_str(), plural(expected_.size(), "person", "people").c_str());
    if (!message_.empty()) textColored(message_is_error_ ? colors::kError : colors::kDone, message_.c_str());
}

void TrainerView::drawWhenAndWhere() {
    float em = ImGui::GetFontSize();
    auto label = [](const char* text) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(text);
        ImGui::SameLine();
    };
    label("Date");
    ImGui::SetNextItemWidth(em * 7);
    ImGui::InputTextWithHint("##date", "YYYY-MM-DD", &date_);
    recordItem("Date");
    ImGui::SameLine(0, em);
    label("Time");
    ImGui::SetNextItemWidth(em * 4);
    ImGui::InputTextWithHint("##time", "HH:MM", &time_);
    recordItem("Time");
    ImGui::SameLine(0, em);
    label("Place");
    ImGui::SetNextItemWidth(std::min(em * 20, std::max(em * 8, ImGui::GetContentRegionAvail().x)));
    ImGui::InputTextWithHint("##place", "Room, building, town", &place_);
    recordItem("Place");
}

void TrainerView::drawLessonPicker(App& app) {
    const course::Course& course = app.course();
    heading(app.fonts().bold, "Lessons to present");
    textMuted("In course order; each question of a lesson is one slide.");
    ImGui::Separator();
    for (const auto& module : course.modules) {
        ImGui::PushID(module.id.c_str());
        bool all = !module.lesson_ids.empty();
        for (const auto& id : module.lesson_ids) all = all && chosen_lessons_.contains(id);
        bool whole = all;
        if (ImGui::Checkbox(module.title.c_str(), &whole))
            for (const auto& id : module.lesson_ids)
                if (course.lesson(id)) chooseLesson(id, whole);
        recordItem("module:" + module.id);
        ImGui::Indent(ImGui::GetFontSize() * 1.4f);
        for (const auto& id : module.lesson_ids) {
            const course::Lesson* lesson = course.lesson(id);
            if (!lesson) continue;
            bool on = chosen_lessons_.contains(id);
            std::string label = lesson->title() + "##" + id;
            if (ImGui::Checkbox(label.c_str(), &on)) chooseLesson(id, on);
            recordItem("lesson:" + id);
            ImGui::SameLine();
            textMuted("%d questions", static_cast<int>(lesson->doc.sections.size()));
        }
        ImGui::Unindent(ImGui::GetFontSize() * 1.4f);
        ImGui::PopID();
    }
}

void TrainerView::drawPinSettings(App& app) {
    store::Store& store = app.store();
    const bool trainer_pin = store.settings().hasTrainerPin();
    const bool manager_pin = store.settings().hasManagerPin();
    if (!changing_pin_) {
        textMuted(trainer_pin ? "The trainer's area has a PIN of its own." : "The trainer's area uses the manager's PIN.");
        ImGui::SameLine();
        if (linkButton(trainer_pin ? "Change the trainer PIN" : "Set a trainer PIN")) {
            changing_pin_ = true;
            pin_message_.clear();
        }
        if (trainer_pin && manager_pin) {
            ImGui::SameLine();
            if (linkButton("Use the manager's PIN instead")) {
                store.settings().clearTrainerPin();
                pin_message_ = "The trainer's area now opens with the manager's PIN.";
            }
        }
        if (!pin_message_.empty()) textColored(colors::kDone, pin_message_.c_str());
        return;
    }
    float em = ImGui::GetFontSize();
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal;
    ImGui::SetNextItemWidth(em * 10);
    ImGui::InputTextWithHint("##new pin", "New trainer PIN", &pin_, flags);
    recordItem("New trainer PIN");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 10);
    ImGui::InputTextWithHint("##new pin again", "Again", &pin_again_, flags);
    recordItem("New trainer PIN again");
    ImGui::SameLine();
    if (button("Save PIN")) {
        if (auto problem = store::pinProblem(pin_)) {
            pin_message_ = "Not saved: " + *problem + ".";
        } else if (pin_ != pin_again_) {
            pin_message_ = "Not saved: the two PINs differ.";
        } else {
            try {
                store.settings().clearTrainerPin();
                store.settings().setTrainerPin(pin_);
                changing_pin_ = false;
                pin_message_ = "The trainer PIN is saved.";
            } catch (const std::exception& error) {
                pin_message_ = error.what();
            }
        }
        pin_.clear();
        pin_again_.clear();
    }
    ImGui::SameLine();
    if (button("Cancel##pin")) {
        changing_pin_ = false;
        pin_message_.clear();
    }
    if (!pin_message_.empty()) textColored(colors::kError, pin_message_.c_str());
}

}  // namespace ipprimer::ui
