#include "cli/workshop_screenshots.h"

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"
#include "ui/app.h"
#include "ui/group_quiz_view.h"
#include "ui/presenter_view.h"
#include "ui/trainer_view.h"

namespace ipprimer::cli {

bool isWorkshopView(const std::string& view) {
    return view.starts_with("workshop:") || view.starts_with("group-quiz:") ||
           view.starts_with("group-quiz-summary:") || view == "trainer" ||
           view.starts_with("trainer:") || isConsoleView(view);
}

bool isConsoleView(const std::string& view) { return view.starts_with("console:"); }

bool showWorkshopView(ui::App& app, const course::Course& course, const std::string& view) {
    // The trainer's area opens without its PIN: a picture of what is behind it.
    app.unlockWithoutPin(ui::Area::Trainer);
    ui::TrainerView& trainer = app.view<ui::TrainerView>();
    if (view == "trainer") {
        trainer.setTrainerName("Sam Trainer");
        for (const auto& lesson : course.lessons)
            if (!course.modules.empty() && lesson.module_id == course.modules.front().id) trainer.chooseLesson(lesson.id, true);
        app.navigate(ui::Screen::Trainer);
        return true;
    }
    if (view == "trainer:questions") {  // the question statistics tab
        app.navigate(ui::Screen::Trainer);
        trainer.showPage(app, ui::TrainerView::Page::Questions);
        return true;
    }
    if (view.starts_with("trainer:")) {
        const std::string id = view.substr(std::string_view("trainer:").size());
        std::int64_t session = 0;
        try {
            session = std::stoll(id);
        } catch (const std::exception&) {
        }
        trainer.openSession(app, session);
        if (trainer.session() == 0) {
            std::fprintf(stderr, "ipprimer screenshot: no workshop session '%s' in the database (give it with --db)\n",
                         id.c_str());
            return false;
        }
        app.navigate(ui::Screen::Trainer);
        return true;
    }
    if (view.starts_with("group-quiz-summary:")) {
        // The summary of a session's group quiz, as the room sees it at the end.
        const std::string id = view.substr(std::string_view("group-quiz-summary:").size());
        std::optional<store::Workshop> session;
        try {
            session = app.store().workshops().find(std::stoll(id));
        } catch (const std::exception&) {
        }
        if (!session) {
            std::fprintf(stderr, "ipprimer screenshot: no workshop session '%s' in the database (give it with --db)\n",
                         id.c_str());
            return false;
        }
        std::vector<std::string> lesson_ids;
        for (const auto& lesson : session->lessons) lesson_ids.push_back(lesson.id);
        ui::GroupQuizView& quiz = app.view<ui::GroupQuizView>();
        quiz.start(app, session->id, store::Store::systemClock(), lesson_ids);
        quiz.showPage(ui::GroupQuizView::Page::Summary);
        app.navigate(ui::Screen::GroupQuiz);
        return true;
    }
    if (view.starts_with("group-quiz:")) {
        const std::string id = view.substr(std::string_view("group-quiz:").size());
        ui::GroupQuizView& quiz = app.view<ui::GroupQuizView>();
        quiz.start(app, 0, store::Store::systemClock(), {});
        if (!quiz.show(app, id)) {
            std::fprintf(stderr, "ipprimer screenshot: no question '%s' a room can answer in %s\n", id.c_str(),
                         course.root.c_str());
            return false;
        }
        quiz.reveal(app);
        app.navigate(ui::Screen::GroupQuiz);
        return true;
    }
    // workshop:<lesson-id> and console:<lesson-id> present the same slide.
    const std::string id = view.substr(view.find(':') + 1);
    const course::Lesson* lesson = course.lesson(id);
    if (!lesson) {
        std::fprintf(stderr, "ipprimer screenshot: no lesson '%s' in %s\n", id.c_str(), course.root.c_str());
        return false;
    }
    // A rehearsal: nothing is recorded, and the clock starts now.
    ui::PresenterView& presenter = app.view<ui::PresenterView>();
    presenter.setLessons({lesson}, 0, store::Store::systemClock());
    if (!lesson->doc.sections.empty()) {
        presenter.goTo(0, 1);
        presenter.reveal();
    }
    app.navigate(ui::Screen::Presenter);
    return true;
}

}  // namespace ipprimer::cli
