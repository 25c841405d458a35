// Home: the course outline of the learner's role, with each lesson's status,
// overall progress and "continue where I left off".
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include "store/store.h"
#include "ui/certificate_panel.h"
#include "ui/quiz_home.h"

#include "progress/status.h"
#include "ui/transcript_panel.h"
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
    // The learner's due date or validity as the screen last said it, for tests.
    const std::string& dueLine() const { return due_line_; }
    const CertificatePanel& certificate() const { return certificate_; }

private:
    void drawProblems(App& app);
    void drawDueDate(App& app);  // the learner's own due date or validity, from the same status the manager sees
    std::optional<store::Learner> learner_;  // read when home opens, not every frame
    std::optional<progress::LearnerStatus> standing_;
    Date today_;
    std::string due_line_;
    std::unordered_map<std::string, store::LessonStatus> statuses_;
    std::string continue_lesson_;
    QuizHome quiz_;  // the role quiz, practice per module, reviews due
    CertificatePanel certificate_;
    TranscriptPanel transcript_;
};

}  // namespace ipprimer::ui
