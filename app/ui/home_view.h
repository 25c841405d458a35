// Home: the course outline of the learner's role, with each lesson's status,
// overall progress and "continue where I left off".
#pragma once

#include <string>
#include <unordered_map>

#include "store/store.h"
#include "ui/quiz_home.h"
#include "ui/screens.h"

namespace ipprimer::ui {
class App;

class HomeView : public View {
public:
    static constexpr Screen kScreen = Screen::Home;

    // Re-reads statuses from the store.
    bool open(App& app) override;
    void drawContent(App& app) override;
    // The quiz part, for tests: the role quiz's standing, reviews due.
    const QuizHome& quizHome() const { return quiz_; }

private:
    void drawProblems(App& app);
    std::unordered_map<std::string, store::LessonStatus> statuses_;
    std::string continue_lesson_;
    QuizHome quiz_;  // the role quiz, practice per module, reviews due
};

}  // namespace ipprimer::ui
