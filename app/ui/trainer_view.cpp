#include "ui/trainer_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "store/store.h"
#include "ui/app.h"
#include "ui/group_quiz_view.h"
#include "ui/pin_gate.h"
#include "ui/presenter_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

constexpr const char* kTrainerNameSetting = "trainer_name";

std::string lowerAscii(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

bool matches(const store::Learner& learner, const std::string& needle) {
    if (needle.empty()) return true;
    return lowerAscii(learner.name).find(needle) != std::string::npos ||
           lowerAscii(learner.department).find(needle) != std::string::npos ||
           lowerAscii(learner.employee_id).find(needle) != std::string::npos ||
           lowerAscii(learner.role).find(needle) != std::string::npos;
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

void TrainerView::lock() {
    unlocked_ = false;
    pin_.clear();
    pin_again_.clear();
    pin_message_.clear();
    changing_pin_ = false;
    focus_pin_ = true;
    roster_loaded_ = false;  // people may have been added elsewhere meanwhile
}

void TrainerView::showPage(App& app, Page page) {
    page_ = page;
    roster_loaded_ = false;
    if (page == Page::Sessions) sessions_.refresh(app);
    if (page == Page::Session) reloadSession(app);
}

void TrainerView::chooseLesson(const std::string& lesson_id, bool chosen) {
    if (chosen)
        chosen_lessons_.insert(lesson_id);
    else
        chosen_lessons_.erase(lesson_id);
}

void TrainerView::expect(std::int64_t learner_id, bool expected) {
    auto it = std::find(expected_.begin(), expected_.end(), learner_id);
    if (expected && it == expected_.end()) expected_.push_back(learner_id);
    if (!expected && it != expected_.end()) expected_.erase(it);
}

std::vector<std::string> TrainerView::chosenLessons(App& app) const {
    std::vector<std::string> ids;
    for (const auto& lesson : app.course().lessons)
        if (chosen_lessons_.contains(lesson.id)) ids.push_back(lesson.id);
    return ids;
}

// --- the PIN gate -------------------------------------------------------------

void TrainerView::drawLocked(App& app) {
    store::Store& store = app.store();
    const bool trainer_pin = store.settings().hasTrainerPin();
    const bool manager_pin = store.settings().hasManagerPin();
    const bool choosing = !trainer_pin && !manager_pin;
    float em = ImGui::GetFontSize();
    const float width = beginCenteredColumn(em * 28);
    ImGui::PushItemWidth(width);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    heading(app.fonts().heading1, "Trainer's area");
    textMuted("Run a workshop: present lessons on a projector, put quiz questions to the room, and credit "
              "everyone who attended.");
    gap(0.5f);
    if (choosing) {
        heading(app.fonts().heading3, "Choose a PIN for the trainer's area");
        textMuted("At least %d digits. Learners using this computer cannot open the trainer's area without it.",
                  static_cast<int>(store::kMinPinDigits));
    } else {
        heading(app.fonts().heading3, trainer_pin ? "Enter the trainer's PIN" : "Enter the manager's PIN");
        if (trainer_pin && manager_pin) textMuted("The manager's PIN opens it too.");
        if (!trainer_pin) textMuted("The trainer's area shares the manager's PIN until a trainer PIN is set.");
    }
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal |
                                ImGuiInputTextFlags_EnterReturnsTrue;
    // The PIN field takes the keys when the gate appears and after a wrong PIN.
    if (focus_pin_) {
        ImGui::SetKeyboardFocusHere();
        focus_pin_ = false;
    }
    bool submit = ImGui::InputTextWithHint("##pin", "PIN", &pin_, flags);
    recordItem("PIN");
    if (choosing) {
        submit = ImGui::InputTextWithHint("##pin again", "The same PIN again", &pin_again_, flags) || submit;
        recordItem("PIN again");
    }
    submit = primaryButton(choosing ? "Set the PIN and open" : "Open") || submit;
    if (submit) {
        pin_message_.clear();
        if (choosing) {
            if (auto problem = store::pinProblem(pin_)) {
                pin_message_ = "Not set: " + *problem + ".";
            } else if (pin_ != pin_again_) {
                pin_message_ = "The two PINs differ; type the same PIN twice.";
            } else {
                try {
                    store.settings().setTrainerPin(pin_);
                    unlocked_ = true;
                } catch (const std::exception& error) {
                    pin_message_ = error.what();
                }
            }
        } else {
            PinTry tried = tryPin(store, [&] {
                return store.settings().checkTrainerPin(pin_) || store.settings().checkManagerPin(pin_);
            });
            unlocked_ = tried.open;
            pin_message_ = tried.message;
        }
        pin_.clear();
        pin_again_.clear();
        focus_pin_ = true;
        if (unlocked_) {
            if (trainer_.empty()) trainer_ = store.settings().value(kTrainerNameSetting).value_or("");
            pin_message_.clear();
            findUnconfirmed(app);
        }
    }
    // A pause begun before this visit (or before a restart) is said at once.
    if (pin_message_.empty() && !choosing) pin_message_ = pausedMessage(store);
    if (!pin_message_.empty()) textColored(colors::kError, pin_message_.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
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

// --- the area -------------------------------------------------------------

void TrainerView::drawContent(App& app) {
    if (!unlocked_) {
        drawLocked(app);
        return;
    }
    drawTabs(app);
    switch (page_) {
    case Page::Plan: drawPlan(app); break;
    case Page::Session:
        if (session_ != 0)
            drawSession(app);
        else
            drawPlan(app);
        break;
    case Page::Sessions:
        if (std::int64_t chosen = sessions_.drawContent(app, true)) openSession(app, chosen);
        break;
    }
}

void TrainerView::drawTabs(App& app) {
    auto tab = [&](const char* label, Page page) {
        bool on = page_ == page;
        if (on ? primaryButton(label) : button(label)) showPage(app, page);
        ImGui::SameLine();
    };
    tab("Plan a session", Page::Plan);
    if (session_ != 0) tab(("Session " + std::to_string(session_) + "##tab").c_str(), Page::Session);
    if (session_ != 0) recordItem("This session");
    tab("Past sessions", Page::Sessions);
    sameLineAtRight(ImGui::CalcTextSize("Lock").x + ImGui::GetStyle().FramePadding.x * 2);
    if (button("Lock")) {
        lock();
        app.goHome();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Close the trainer's area; the PIN opens it again.");
    ImGui::Separator();
}

void TrainerView::findUnconfirmed(App& app) {
    // The program may have been closed in the middle of a workshop: offer the
    // session of the last twelve hours whose attendance is still open.
    unconfirmed_ = 0;
    const std::int64_t since = store::Store::systemClock() - 12LL * 3600 * 1000;
    try {
        for (const auto& session : app.store().workshops().list())
            if (!session.confirmed_at && session.started_at >= since) {
                unconfirmed_ = session.id;
                unconfirmed_started_ = session.started_at;
                break;
            }
    } catch (const std::exception&) {
        unconfirmed_ = 0;  // only an offer: the sessions list says more
    }
}

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

void TrainerView::drawPeoplePicker(App& app, bool for_attendance) {
    const FontSet& fonts = app.fonts();
    float em = ImGui::GetFontSize();
    if (!for_attendance) {
        heading(fonts.bold, "Who is expected");
        textMuted("Search the roster by name, department or employee id; tick who is coming.");
    }
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, em * 20));
    ImGui::InputTextWithHint("##search", for_attendance ? "Find someone else on the roster" : "Search the roster", &search_);
    recordItem("Search the roster");
    if (!roster_loaded_) {
        roster_ = app.store().roster().list();
        roster_loaded_ = true;
    }
    const std::vector<store::Learner>& learners = roster_;
    const std::string needle = lowerAscii(search_);
    // Attendance starts from the session's own list; a search reaches the whole roster.
    auto listed = [&](std::int64_t id) {
        if (!workshop_) return false;
        return std::find(workshop_->expected.begin(), workshop_->expected.end(), id) != workshop_->expected.end() ||
               std::find(workshop_->attendees.begin(), workshop_->attendees.end(), id) != workshop_->attendees.end() ||
               present_.contains(id);
    };
    std::vector<const store::Learner*> shown;
    for (const auto& learner : learners) {
        bool show = for_attendance && needle.empty() ? listed(learner.id) : matches(learner, needle);
        if (show) shown.push_back(&learner);
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(shown.empty());
    char all_label[48];
    std::snprintf(all_label, sizeof all_label, "Tick all %d shown##all", static_cast<int>(shown.size()));
    if (button(all_label))
        for (const auto* learner : shown) {
            if (for_attendance)
                addToSession(app, learner->id);
            else
                expect(learner->id, true);
        }
    recordItem("Tick all shown");
    ImGui::EndDisabled();

    // The form to add someone takes a rule, a line and two rows of fields.
    const ImGuiStyle& style = ImGui::GetStyle();
    float form_h = ImGui::GetFrameHeightWithSpacing() * 2 + ImGui::GetTextLineHeightWithSpacing() + style.ItemSpacing.y * 2;
    float list_h = std::max(ImGui::GetContentRegionAvail().y - form_h - style.WindowPadding.y, em * 4);
    ImGui::BeginChild("roster", ImVec2(0, list_h), false);
    if (learners.empty()) textMuted("The roster is empty: add people below, or import a staff list (ipprimer learners import).");
    else if (shown.empty() && for_attendance && needle.empty()) textMuted("Nobody was expected: find people on the roster above, or add them below.");
    else if (shown.empty()) textMuted("Nobody on the roster matches \"%s\".", search_.c_str());
    // A company's whole roster can be long: only the rows in view are drawn.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown.size()));
    auto drawRow = [&](const store::Learner* learner) {
        ImGui::PushID(static_cast<int>(learner->id));
        bool on = false;
        bool credited = false;
        if (for_attendance) {
            credited = workshop_ && std::find(workshop_->attendees.begin(), workshop_->attendees.end(), learner->id) !=
                                        workshop_->attendees.end();
            on = credited || present_.contains(learner->id);
        } else {
            on = std::find(expected_.begin(), expected_.end(), learner->id) != expected_.end();
        }
        ImGui::BeginDisabled(credited);
        if (ImGui::Checkbox(learner->name.c_str(), &on)) {
            if (!for_attendance)
                expect(learner->id, on);
            else if (on)
                addToSession(app, learner->id);
            else
                markPresent(learner->id, false);
        }
        ImGui::EndDisabled();
        recordItem("person:" + learner->name);
        ImGui::SameLine();
        const course::Role* role = app.course().role(learner->role);
        std::string detail = (learner->department.empty() ? "" : learner->department + " \xC2\xB7 ") +
                             (role ? role->title : learner->role);
        if (!learner->employee_id.empty()) detail += " \xC2\xB7 " + learner->employee_id;
        if (credited) detail += " \xC2\xB7 credited";
        textMuted("%s", detail.c_str());
        ImGui::PopID();
    };
    while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) drawRow(shown[static_cast<std::size_t>(row)]);
    ImGui::EndChild();
    drawNewPerson(app, for_attendance);
}

void TrainerView::drawNewPerson(App& app, bool for_attendance) {
    const auto& roles = app.course().roles;
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::Separator();
    ImGui::TextUnformatted("Not on the roster? Add them:");
    // Two rows that fit half a 1280-pixel window.
    float avail = ImGui::GetContentRegionAvail().x;
    float half = (avail - style.ItemSpacing.x) * 0.5f;
    ImGui::SetNextItemWidth(half);
    ImGui::InputTextWithHint("##new name", "Name", &new_name_);
    recordItem("New name");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(half);
    const char* preview = new_role_ >= 0 && new_role_ < static_cast<int>(roles.size()) ? roles[new_role_].title.c_str() : "Role";
    if (ImGui::BeginCombo("##new role", preview)) {
        for (int i = 0; i < static_cast<int>(roles.size()); ++i) {
            if (ImGui::Selectable(roles[i].title.c_str(), new_role_ == i)) new_role_ = i;
            recordItem("new role:" + roles[i].title);
        }
        ImGui::EndCombo();
    }
    recordItem("New role");
    float add_w = ImGui::CalcTextSize("Add").x + style.FramePadding.x * 2;
    float third = (avail - add_w - style.ItemSpacing.x * 2) * 0.5f;
    ImGui::SetNextItemWidth(third);
    ImGui::InputTextWithHint("##new department", "Department", &new_department_);
    recordItem("New department");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(third);
    ImGui::InputTextWithHint("##new employee", "Employee id", &new_employee_id_);
    recordItem("New employee id");
    ImGui::SameLine();
    if (button("Add")) {
        new_person_error_.clear();
        if (new_name_.find_first_not_of(" \t") == std::string::npos)
            new_person_error_ = "Type the person's name.";
        else if (new_role_ < 0 || new_role_ >= static_cast<int>(roles.size()))
            new_person_error_ = "Choose their role: it decides what the rest of their training is.";
        if (new_person_error_.empty()) {
            try {
                std::int64_t id = app.store().roster().add(
                    {new_name_, new_employee_id_, "", roles[static_cast<std::size_t>(new_role_)].id, new_department_});
                roster_loaded_ = false;
                if (for_attendance)
                    addToSession(app, id);
                else
                    expect(id, true);
                new_name_.clear();
                new_employee_id_.clear();
                new_department_.clear();
                new_role_ = -1;
            } catch (const std::exception& error) {
                new_person_error_ = error.what();
            }
        }
    }
    recordItem("Add person");
    if (!new_person_error_.empty()) textColored(colors::kError, new_person_error_.c_str());
}

// --- starting, presenting ---------------------------------------------------

std::int64_t TrainerView::startSession(App& app) {
    message_is_error_ = true;
    std::vector<std::string> ids = chosenLessons(app);
    if (trainer_.find_first_not_of(" \t") == std::string::npos) {
        message_ = "Type your name as the trainer: it goes on every attendee's record.";
        return 0;
    }
    if (ids.empty()) {
        message_ = "Choose at least one lesson to present.";
        return 0;
    }
    store::NewWorkshop plan;
    plan.trainer = trainer_;
    for (const auto& id : ids) plan.lessons.push_back({id, app.course().lesson(id)->title()});
    plan.expected = expected_;
    try {
        session_ = app.store().workshops().start(plan);
    } catch (const std::exception& error) {
        message_ = error.what();
        return 0;
    }
    app.store().settings().set(kTrainerNameSetting, trainer_);
    message_.clear();
    search_.clear();
    reloadSession(app);
    // Everyone expected starts ticked: the trainer unticks who did not come.
    present_.clear();
    present_.insert(expected_.begin(), expected_.end());
    page_ = Page::Session;
    present(app);
    return session_;
}

void TrainerView::rehearse(App& app) {
    std::vector<const course::Lesson*> lessons;
    for (const auto& id : chosenLessons(app)) lessons.push_back(app.course().lesson(id));
    if (lessons.empty()) {
        message_ = "Choose at least one lesson to rehearse.";
        message_is_error_ = true;
        return;
    }
    message_.clear();
    app.presenter().open(app, lessons, 0, store::Store::systemClock());
    app.showPresenter();
}

void TrainerView::openSession(App& app, std::int64_t workshop_id) {
    session_ = workshop_id;
    reloadSession(app);
    if (!workshop_) {
        session_ = 0;
        return;
    }
    present_.clear();
    for (std::int64_t id : workshop_->expected) present_.insert(id);
    for (std::int64_t id : workshop_->attendees) present_.erase(id);
    // The presenter opens at the start; the group quiz keeps what the room answered.
    std::vector<const course::Lesson*> lessons;
    for (const auto& lesson : workshop_->lessons)
        if (const course::Lesson* found = app.course().lesson(lesson.id)) lessons.push_back(found);
    app.presenter().open(app, lessons, session_, workshop_->started_at);
    message_.clear();
    search_.clear();
    page_ = Page::Session;
}

void TrainerView::present(App& app) {
    if (!workshop_) return;
    if (app.presenter().session() != session_) {
        std::vector<const course::Lesson*> lessons;
        for (const auto& lesson : workshop_->lessons)
            if (const course::Lesson* found = app.course().lesson(lesson.id)) lessons.push_back(found);
        app.presenter().open(app, lessons, session_, workshop_->started_at);
    }
    std::vector<std::string> ids;
    for (const auto& lesson : workshop_->lessons) ids.push_back(lesson.id);
    app.groupQuiz().start(app, session_, workshop_->started_at, ids);
    app.showPresenter();
}

void TrainerView::reloadSession(App& app) {
    workshop_ = session_ != 0 ? app.store().workshops().find(session_) : std::nullopt;
}

void TrainerView::markPresent(std::int64_t learner_id, bool present) {
    if (present)
        present_.insert(learner_id);
    else
        present_.erase(learner_id);
}

void TrainerView::addToSession(App& app, std::int64_t learner_id) {
    if (!workshop_) return;
    // Someone who walks in joins the session's list, so they stay on it if
    // the trainer leaves this page before confirming.
    try {
        app.store().workshops().expect(session_, {learner_id});
    } catch (const std::exception& error) {
        message_ = error.what();
        message_is_error_ = true;
        return;
    }
    bool credited = std::find(workshop_->attendees.begin(), workshop_->attendees.end(), learner_id) != workshop_->attendees.end();
    if (!credited) present_.insert(learner_id);
    reloadSession(app);
}

// --- the session page -------------------------------------------------------

void TrainerView::drawSession(App& app) {
    if (!workshop_) reloadSession(app);
    if (!workshop_) {
        textColored(colors::kError, "This session is no longer in the database.");
        return;
    }
    const store::Workshop& w = *workshop_;
    const FontSet& fonts = app.fonts();
    heading(fonts.heading2, "Session " + std::to_string(w.id) + " \xC2\xB7 " + formatSessionTime(w.started_at) + " \xC2\xB7 " + w.trainer);
    std::string titles;
    for (const auto& lesson : w.lessons) titles += (titles.empty() ? "" : ", ") + lesson.title;
    textMuted("Lessons: %s", titles.c_str());
    if (primaryButton("Present \xE2\x96\xB6")) present(app);
    recordItem("Present");
    ImGui::SameLine();
    if (button("Group quiz")) {
        present(app);
        app.showGroupQuiz();
    }
    ImGui::Separator();
    // Attendance on the left; what the room answered and the export on the right.
    float avail = ImGui::GetContentRegionAvail().x;
    ImGui::BeginChild("attendance column", ImVec2(avail * 0.58f, 0), false);
    drawAttendance(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("session column", ImVec2(0, 0), true);
    heading(fonts.heading3, "Group quiz");
    if (w.group_quiz.empty()) textMuted("No question put to the room yet.");
    for (const auto& answer : w.group_quiz) {
        auto share = answer.shareRight();
        bool hard = share && *share < kHardShare;
        std::string line = (hard ? "\xE2\x9C\x97 " : "\xE2\x9C\x93 ") + answer.title;
        if (share) line += " \xC2\xB7 " + std::to_string(static_cast<int>(*share * 100 + 0.5)) + "% right";
        ImGui::PushTextWrapPos(0);
        textColored(hard ? colors::kError : colors::kText, line.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::Separator();
    sessions_.drawExport(app, w.id);
    ImGui::EndChild();
}

void TrainerView::drawAttendance(App& app) {
    const store::Workshop& w = *workshop_;
    const FontSet& fonts = app.fonts();
    float em = ImGui::GetFontSize();
    heading(fonts.heading3, "Who attended");
    textMuted("Tick everyone who was there. Each person confirmed gets the session's %s recorded as finished, "
              "marked as attended in session %d.",
              plural(w.lessons.size(), "lesson", "lessons").c_str(), static_cast<int>(w.id));
    float height = std::max(ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 2 - em * 1.5f, em * 10);
    ImGui::BeginChild("attendance", ImVec2(0, height), true);
    drawPeoplePicker(app, true);
    ImGui::EndChild();

    std::size_t to_credit = present_.size();
    char label[64];
    std::snprintf(label, sizeof label, "Confirm attendance (%d)##confirm", static_cast<int>(to_credit));
    ImGui::BeginDisabled(to_credit == 0);
    if (primaryButton(label)) ImGui::OpenPopup("Confirm attendance?");
    ImGui::EndDisabled();
    recordItem("Confirm attendance");
    ImGui::SameLine();
    textMuted("%s credited so far.", plural(w.attendees.size(), "person", "people").c_str());
    if (!message_.empty()) textColored(message_is_error_ ? colors::kError : colors::kDone, message_.c_str());

    ImGui::SetNextWindowSizeConstraints(ImVec2(em * 22, 0), ImVec2(em * 36, FLT_MAX));
    if (ImGui::BeginPopupModal("Confirm attendance?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(em * 34);
        ImGui::Text("%s will be credited with %s:", plural(to_credit, "person", "people").c_str(),
                    plural(w.lessons.size(), "lesson", "lessons").c_str());
        for (const auto& lesson : w.lessons) ImGui::BulletText("%s", lesson.title.c_str());
        textMuted("Learning records are kept for good: this cannot be undone.");
        ImGui::PopTextWrapPos();
        if (primaryButton("Yes, record attendance")) {
            confirmAttendance(app);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (button("Cancel##confirm") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

void TrainerView::confirmAttendance(App& app) {
    if (unconfirmed_ == session_) unconfirmed_ = 0;
    std::vector<std::int64_t> ids;
    // In the order the session lists them, walk-ins last.
    for (std::int64_t id : workshop_->expected)
        if (present_.contains(id)) ids.push_back(id);
    for (std::int64_t id : present_)
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    try {
        int credited = app.store().workshops().confirmAttendance(session_, ids);
        message_ = plural(static_cast<std::size_t>(credited), "person", "people") + " credited with " +
                   plural(workshop_->lessons.size(), "lesson", "lessons") + ".";
        message_is_error_ = false;
        present_.clear();
    } catch (const std::exception& error) {
        message_ = std::string("Nothing was recorded: ") + error.what();
        message_is_error_ = true;
    }
    reloadSession(app);
}

}  // namespace ipprimer::ui
