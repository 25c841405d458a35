// The whole interface: which screen is up, who is learning, and what the
// platform must do for it (open a URL, rebuild fonts). Knows ImGui, not GLFW.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "course/course.h"
#include "ui/fonts.h"
#include "ui/markdown_view.h"

namespace ipprimer::store {
class Store;
}

namespace ipprimer::ui {

enum class Screen { Profiles, Home, Reader, Glossary, Search, File, Quiz, Result, Review, Trainer, Presenter, GroupQuiz,
                    Manager, LearnerRecord, Topics, StaffImport, ManagerWorkshops };

class ProfileView;
class HomeView;
class ReaderView;
class GlossaryView;
class SearchView;
class QuizView;
class ResultView;
class ReviewView;
class TrainerView;
class PresenterView;
class GroupQuizView;
class ManagerView;
class LearnerDetailView;
class TopicsView;
class ImportView;
class WorkshopSessionsView;
class ProblemView;

class App {
public:
    App(const course::Course& course, store::Store& store, ImageProvider* images);
    ~App();

    // One frame of the interface, filling the main viewport. An exception
    // from a screen (a database found damaged half way through a session)
    // ends that frame cleanly and turns the window into a problem screen.
    void frame();
    // What went wrong, while the problem screen is up; empty otherwise.
    const std::string& problem() const { return problem_; }
    void clearProblem();
    // True once the user asked to close the program from the problem screen.
    bool quitRequested() const { return quit_requested_; }
    void requestQuit() { quit_requested_ = true; }

    // Reloading the course after a trainer edited its files (F5): the
    // platform ends this App, loads the course again and makes a new App
    // that returns to the same place.
    struct Place {
        std::optional<std::int64_t> learner;
        Screen screen = Screen::Profiles;
        std::string lesson;  // the lesson or file open in the reader
        std::string anchor;  // the question last unfolded there
        bool trainer_unlocked = false;  // a trainer editing lessons need not type the PIN again
    };
    void requestReload();
    bool reloadRequested() const { return reload_requested_; }
    Place place() const;
    // Goes back to `place` as far as the reloaded course allows (a lesson
    // that is gone leaves the learner at home) and says what was loaded.
    void returnTo(const Place& place);
    // After the platform (or a test) built fonts.
    void setFonts(const FontSet& fonts);

    // Navigation, used by the views, the screenshot command and tests.
    void selectLearner(std::int64_t learner_id);
    void showProfiles();
    void goHome();
    void showGlossary();
    // Search the lessons (the top bar's Search, or Ctrl+F from the platform).
    void showSearch();
    GlossaryView& glossary() { return *glossary_; }
    SearchView& search() { return *search_; }
    void openLesson(const std::string& lesson_id, const std::string& anchor = {});
    // Any Markdown file, shown as the reader shows a lesson (no records kept).
    void openFile(const std::string& path);
    // A link the user clicked in a lesson: lesson: navigates, https: asks first.
    void followLink(const std::string& url);

    // Quizzes (app_quiz.cpp). A quiz id is "role:<id>" or "module:<id>"; an
    // unfinished attempt of that quiz is resumed rather than a second begun.
    // `seed` fixes the draw (screenshots, tests); by default a fresh one.
    void startQuiz(const std::string& quiz_id, std::optional<std::uint64_t> seed = std::nullopt);
    void resumeAttempt(std::int64_t attempt_id);
    void showResult(std::int64_t attempt_id);
    void showReview();
    QuizView& quiz() { return *quiz_; }
    ResultView& result() { return *result_; }
    ReviewView& review() { return *review_; }
    // True once after a learner was chosen: home offers an unfinished attempt.
    bool takeResumeOffer() { return std::exchange(offer_resume_, false); }

    // The trainer's area (app_workshop.cpp), behind a PIN. The presenter and
    // the group quiz fill the window, for a projector.
    void showTrainer();
    void showPresenter();
    void showGroupQuiz();
    bool presenting() const { return screen_ == Screen::Presenter || screen_ == Screen::GroupQuiz; }
    // While true the platform wakes once a second to redraw (the presenter's clock).
    bool wantsTimer() const { return presenting(); }
    TrainerView& trainer() { return *trainer_; }
    PresenterView& presenter() { return *presenter_; }
    GroupQuizView& groupQuiz() { return *group_quiz_; }

    // The manager's area (app_manager.cpp), behind the manager's PIN: the
    // dashboard, one learner's record, the topics, the staff-list import.
    // Leaving the area locks it.
    void showManager();
    void openLearnerRecord(std::int64_t learner_id);
    void showTopics();
    void showStaffImport();
    bool inManagerArea() const;
    ManagerView& manager() { return *manager_; }
    LearnerDetailView& learnerRecord() { return *learner_record_; }
    TopicsView& topics() { return *topics_; }
    ImportView& staffImport() { return *staff_import_; }
    // The workshop sessions, as the manager sees them (app_workshop.cpp).
    void showManagerWorkshops();

    Screen screen() const { return screen_; }
    std::optional<std::int64_t> learner() const { return learner_; }
    const course::Course& course() const { return course_; }
    store::Store& store() { return store_; }
    const FontSet& fonts() const { return fonts_; }
    ImageProvider* images() const { return images_; }
    ReaderView& reader() { return *reader_; }
    const std::string& statusMessage() const { return status_; }
    void setStatus(std::string message) { status_ = std::move(message); }

    // Text size: Ctrl+plus / Ctrl+minus (the platform maps the keys) or the A+/A- buttons.
    float textScale() const { return text_scale_; }
    void changeTextScale(int direction);
    // True once after the text scale changed: the platform rebuilds the font atlas.
    bool takeFontRebuild();
    // A https URL the user confirmed; the platform hands it to the browser.
    std::string takeUrlToOpen();

private:
    void drawScreen();
    void drawTopBar();
    void drawLinkConfirmation();
    void learnerChangedForQuizzes();  // app_quiz.cpp
    void drawBackToQuiz();            // app_quiz.cpp
    void beforeWorkshopFrame();       // app_workshop.cpp
    void drawTrainerButton();         // app_workshop.cpp
    void beforeManagerFrame();        // app_manager.cpp
    void drawManagerButton();         // app_manager.cpp

    const course::Course& course_;
    store::Store& store_;
    ImageProvider* images_;
    FontSet fonts_;
    Screen screen_ = Screen::Profiles;
    std::optional<std::int64_t> learner_;
    float text_scale_ = 1.0f;
    bool font_rebuild_ = false;
    std::string pending_url_;   // waiting for the user's confirmation
    std::string url_to_open_;   // confirmed
    std::string status_;
    std::string problem_;
    bool quit_requested_ = false;
    bool reload_requested_ = false;
    std::unique_ptr<ProfileView> profiles_;
    std::unique_ptr<HomeView> home_;
    std::unique_ptr<ReaderView> reader_;
    std::unique_ptr<GlossaryView> glossary_;
    std::unique_ptr<SearchView> search_;
    std::unique_ptr<QuizView> quiz_;
    std::unique_ptr<ResultView> result_;
    std::unique_ptr<ReviewView> review_;
    std::unique_ptr<TrainerView> trainer_;
    std::unique_ptr<PresenterView> presenter_;
    std::unique_ptr<GroupQuizView> group_quiz_;
    std::unique_ptr<ManagerView> manager_;
    std::unique_ptr<LearnerDetailView> learner_record_;
    std::unique_ptr<TopicsView> topics_;
    std::unique_ptr<ImportView> staff_import_;
    std::unique_ptr<WorkshopSessionsView> manager_workshops_;
    std::unique_ptr<ProblemView> problem_view_;
    void drawManagerWorkshops();  // app_workshop.cpp
    bool offer_resume_ = false;
};

}  // namespace ipprimer::ui
