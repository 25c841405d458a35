// One question of the self-check, drawn with the control its kind needs
// (choices as radio buttons, several as checkboxes, a number, countries or
// text typed), and what the person gave, checked, for the screen to record.
// Controls record themselves for tests as "<question>=<value>" (a choice),
// "<question>+<value>" (a tick), "field:<question>" (typed) and
// "same:<question>" (last time's answer).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "course/selfcheck.h"
#include "progress/selfcheck_answers.h"

namespace ipprimer::ui {

class QuestionInput {
public:
    // Draws `question` in `width`. `current` is the answer recorded (null:
    // none), `last_time` the previous take's (null: none). Returns the answer
    // when the person changed it this frame and it is one the question
    // takes; what cannot be taken is said under the field instead.
    std::optional<progress::Answer> draw(const course::Question& question, const progress::Answer* current,
                                         const progress::Answer* last_time, float width);

    // Forgets what was typed and not taken (a new take, another screen).
    void reset();

private:
    std::optional<progress::Answer> choices(const course::Question& question, const progress::Answer* current);
    std::optional<progress::Answer> ticks(const course::Question& question, const progress::Answer* current);
    std::optional<progress::Answer> typed(const course::Question& question, const progress::Answer* current, float width);

    std::map<std::string, std::string> typed_;    // question id -> the text in its field
    std::map<std::string, std::string> problem_;  // question id -> why the text was not taken
};

}  // namespace ipprimer::ui
