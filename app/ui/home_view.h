// Home: the course outline of the learner's role, with each lesson's status,
// overall progress and "continue where I left off".
#pragma once

#include <string>
#include <unordered_map>

#include "store/store.h"
#include "ui/quiz_home.h"

namespace ipprimer::ui {
class App;

class HomeView {
public:
    // Re-reads statuses from the store; called when home is shown.
    void refresh(App& app);
    void drawContent(App& app);

private:
    void drawProblems(App& app);
    std::unordered_map<std::string, store::LessonStatus> statuses_;
    std::string continue_lesson_;
    QuizHome quiz_;  // the role quiz, practice per module, reviews due
};

}  // namespace ipprimer::ui
