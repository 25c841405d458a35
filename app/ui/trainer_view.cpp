// The trainer's area itself: its tabs, and starting, taking up again and
// presenting a session.
#include "ui/trainer_view.h"

#include <imgui.h>

#include <algorithm>

#include "base/dates.h"
#include "base/text.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/group_quiz_view.h"
#include "ui/presenter_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

constexpr const char* kTrainerNameSetting = "trainer_name";
constexpr const char* kPlaceSetting = "workshop_place";

}  // namespace

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

bool TrainerView::open(App& app) {
    if (trainer_.empty()) trainer_ = app.store().settings().value(kTrainerNameSetting).value_or("");
    // A session is planned for today, now, where the last one was, unless the trainer says otherwise.
    const std::int64_t now = store::Store::systemClock();
    if (date_.empty()) date_ = formatDate(localDate(now));
    if (time_.empty()) time_ = localTimeText(now, "%H:%M");
    if (place_.empty()) place_ = app.store().settings().value(kPlaceSetting).value_or("");
    findUnconfirmed(app);
    // Back from the presenter or the group quiz: what the room answered meanwhile shows.
    if (session_ != 0) reloadSession(app);
    return true;
}

void TrainerView::areaLocked() {
    pin_.clear();
    pin_again_.clear();
    pin_message_.clear();
    changing_pin_ = false;
    roster_loaded_ = false;  // people may have been added elsewhere meanwhile
}

void TrainerView::showPage(App& app, Page page) {
    page_ = page;
    roster_loaded_ = false;
    if (page == Page::Sessions) sessions_.refresh(app);
    if (page == Page::Questions) questions_.refresh(app);
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

// --- the area -------------------------------------------------------------

void TrainerView::drawContent(App& app) {
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
    case Page::Questions: questions_.draw(app); break;
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
    tab("Question statistics", Page::Questions);
    sameLineAtRight(ImGui::CalcTextSize("Lock").x + ImGui::GetStyle().FramePadding.x * 2);
    if (button("Lock")) {
        app.lock(Area::Trainer);
        app.navigate(Screen::Home);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Close the trainer's and the manager's areas; the PIN opens them again.");
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
    if (!parseDate(trimmed(date_))) {
        message_ = "Type the session's date as YYYY-MM-DD, for example " + formatDate(localDate(store::Store::systemClock())) + ".";
        return 0;
    }
    if (trimmed(place_).empty()) {
        message_ = "Type where the session takes place: it is kept with the session and exported with it.";
        return 0;
    }
    store::NewWorkshop plan;
    plan.trainer = trainer_;
    plan.date = date_;
    plan.time = time_;
    plan.place = place_;
    for (const auto& id : ids) plan.lessons.push_back({id, app.course().lesson(id)->title()});
    plan.expected = expected_;
    try {
        session_ = app.store().workshops().start(plan);
    } catch (const std::exception& error) {
        message_ = error.what();
        return 0;
    }
    app.store().settings().set(kTrainerNameSetting, trainer_);
    app.store().settings().set(kPlaceSetting, trimmed(place_));
    message_.clear();
    search_.clear();
    reloadSession(app);
    // Nobody is ticked: a no-show must not get credit because nobody noticed.
    present_.clear();
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
    app.view<PresenterView>().setLessons(lessons, 0, store::Store::systemClock());
    app.navigate(Screen::Presenter);
}

void TrainerView::openSession(App& app, std::int64_t workshop_id) {
    session_ = workshop_id;
    reloadSession(app);
    if (!workshop_) {
        session_ = 0;
        return;
    }
    present_.clear();  // the trainer ticks who came
    // The presenter opens at the start; the group quiz keeps what the room answered.
    std::vector<const course::Lesson*> lessons;
    for (const auto& lesson : workshop_->lessons)
        if (const course::Lesson* found = app.course().lesson(lesson.id)) lessons.push_back(found);
    app.view<PresenterView>().setLessons(lessons, session_, workshop_->started_at);
    message_.clear();
    search_.clear();
    page_ = Page::Session;
}

void TrainerView::present(App& app) {
    if (!workshop_) return;
    if (app.view<PresenterView>().session() != session_) {
        std::vector<const course::Lesson*> lessons;
        for (const auto& lesson : workshop_->lessons)
            if (const course::Lesson* found = app.course().lesson(lesson.id)) lessons.push_back(found);
        app.view<PresenterView>().setLessons(lessons, session_, workshop_->started_at);
    }
    std::vector<std::string> ids;
    for (const auto& lesson : workshop_->lessons) ids.push_back(lesson.id);
    app.view<GroupQuizView>().start(app, session_, workshop_->started_at, ids);
    app.navigate(Screen::Presenter);
}

void TrainerView::reloadSession(App& app) {
    workshop_ = session_ != 0 ? app.store().workshops().find(session_) : std::nullopt;
}

}  // namespace ipprimer::ui
