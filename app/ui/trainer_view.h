// The trainer's area, behind a PIN: plan a workshop (lessons, the people
// expected), start it, then run it from one page (present, group quiz,
// attendance that credits lessons, export) and look back at past sessions.
// The pages are in trainer_plan.cpp, trainer_people.cpp and trainer_session.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "store/store.h"
#include "store/workshops.h"
#include "ui/question_statistics_panel.h"
#include "ui/screens.h"
#include "ui/workshop_sessions_view.h"

namespace ipprimer::ui {
class App;

class TrainerView : public View {
public:
    static constexpr Screen kScreen = Screen::Trainer;
    enum class Page { Plan, Session, Sessions, Questions };

    // Fills in the trainer's name used last time, and looks for a recent
    // session whose attendance is still open.
    bool open(App& app) override;
    void drawContent(App& app) override;
    // The PIN settings close; the roster is read again on the next visit.
    void areaLocked() override;
    Page page() const { return page_; }
    void showPage(App& app, Page page);

    // The plan, as the trainer picks it (tests and the screenshot set it too).
    void setTrainerName(std::string name) { trainer_ = std::move(name); }
    void chooseLesson(const std::string& lesson_id, bool chosen);
    void expect(std::int64_t learner_id, bool expected);
    // The chosen lessons in course order.
    std::vector<std::string> chosenLessons(App& app) const;
    const std::vector<std::int64_t>& expected() const { return expected_; }

    // Starts a session with the plan and opens the presenter; 0 (and a
    // message) when the plan is not complete.
    std::int64_t startSession(App& app);
    // Presents the plan's lessons with no session: nothing is recorded.
    void rehearse(App& app);
    // Takes up a kept session: its page, attendance still to confirm.
    void openSession(App& app, std::int64_t workshop_id);
    std::int64_t session() const { return session_; }
    // Ticks (or unticks) someone on the attendance list of the open session.
    // Nobody is ticked to begin with: the trainer ticks who came.
    void markPresent(std::int64_t learner_id, bool present);
    const std::set<std::int64_t>& ticked() const { return present_; }
    const std::string& message() const { return message_; }
    QuestionStatisticsPanel& questions() { return questions_; }

private:
    void drawTabs(App& app);
    void drawPlan(App& app);         // trainer_plan.cpp
    void drawPinSettings(App& app);  // trainer_plan.cpp
    void drawLessonPicker(App& app); // trainer_plan.cpp
    // The roster to tick people on: for the plan (who is expected) or for
    // attendance (the session's list, and the roster when searching).
    void drawPeoplePicker(App& app, bool for_attendance);  // trainer_people.cpp
    void drawNewPerson(App& app, bool for_attendance);     // trainer_people.cpp
    void drawSession(App& app);                            // trainer_session.cpp
    void drawAttendance(App& app);                         // trainer_session.cpp
    void confirmAttendance(App& app);                      // trainer_session.cpp
    // Taking back the credit of someone ticked by mistake (trainer_credit.cpp).
    static float withdrawButtonWidth();
    void drawWithdrawButton(const store::Learner& learner);
    void drawWithdrawal(App& app);
    void withdrawCredit(App& app);
    void drawWhenAndWhere();                               // trainer_plan.cpp
    void present(App& app);
    void reloadSession(App& app);
    void addToSession(App& app, std::int64_t learner_id);
    void findUnconfirmed(App& app);

    Page page_ = Page::Plan;
    // The PIN settings.
    std::string pin_, pin_again_, pin_message_;
    bool changing_pin_ = false;
    // The plan.
    std::string trainer_;
    std::string date_, time_, place_;  // YYYY-MM-DD and HH:MM (today and now to begin with), and a place
    std::set<std::string> chosen_lessons_;
    std::vector<std::int64_t> expected_;
    std::string search_;
    std::vector<store::Learner> roster_;  // read when the page opens, not every frame
    bool roster_loaded_ = false;
    // Someone added on the spot.
    std::string new_name_, new_employee_id_, new_department_;
    int new_role_ = -1;
    std::string new_person_error_;
    // The open session.
    std::int64_t session_ = 0;
    std::int64_t unconfirmed_ = 0;  // a recent session still waiting for attendance, offered on opening
    std::int64_t unconfirmed_started_ = 0;
    std::optional<store::Workshop> workshop_;
    std::set<std::int64_t> present_;  // ticked, not yet credited
    std::int64_t withdrawing_ = 0;    // whose credit the trainer is taking back
    std::string withdrawing_name_;
    std::string withdraw_reason_;
    std::string message_;
    bool message_is_error_ = false;
    WorkshopSessionsView sessions_;
    QuestionStatisticsPanel questions_;
};

// "1 lesson", "3 people": a count with its noun.
std::string plural(std::size_t n, const char* one, const char* many);

}  // namespace ipprimer::ui
