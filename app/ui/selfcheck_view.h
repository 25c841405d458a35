// The IP self-check, in the manager's area: one section of questions at a
// time, every answer recorded the moment it is given, so the self-check can
// be left and resumed where it was; taken again later, each question shows
// last time's answer. Finishing opens the action report.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "progress/selfcheck_takes.h"
#include "ui/screens.h"
#include "ui/selfcheck_question.h"

namespace ipprimer::ui {
class App;

class SelfCheckView : public View {
public:
    static constexpr Screen kScreen = Screen::SelfCheck;

    // Reads the takes; an unfinished one is resumed at its first unanswered question.
    bool open(App& app) override;
    void drawContent(App& app) override;
    void areaLocked() override;

    // What the screen shows, for tests.
    const progress::SelfCheckTakeRecord* take() const;
    std::size_t section() const { return section_; }

private:
    void drawStart(App& app, float width);
    void drawOutline(App& app, float width);
    void drawSection(App& app, float width);
    void reload(App& app);
    void record(App& app, const course::Question& question, const progress::Answer& answer);
    void start(App& app);
    void finish(App& app);

    std::vector<progress::SelfCheckTakeRecord> takes_;
    std::size_t section_ = 0;
    bool scroll_to_top_ = false;
    QuestionInput input_;
};

}  // namespace ipprimer::ui
