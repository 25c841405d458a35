// The rules that turn self-check answers into actions: which actions the
// answers call for, how urgent each is for this company, its texts with the
// company's answers filled in, and what changed since the last time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "course/course.h"
#include "progress/selfcheck_answers.h"

namespace ipprimer::progress {

// One action the answers call for.
struct ActionItem {
    const course::Action* action = nullptr;
    course::Urgency urgency = course::Urgency::Medium;  // after more_urgent_if
    bool raised = false;      // more_urgent_if held, so it is one step more urgent than written
    std::string why;          // with the company's answers filled in
    std::string this_month;   // the same
};

// Every action whose `when` holds for the answers that count (see
// countingAnswers), most urgent first and, within one urgency, in the file's
// order.
std::vector<ActionItem> actionsFor(const course::SelfCheck& check, const Answers& answers);

// `text` with each {question-id} replaced by the answer as people read it,
// and each {question-id|fallback} by the answer or, when there is none, the
// fallback; a placeholder with no answer and no fallback reads "(not answered)".
std::string fillAnswers(std::string_view text, const course::SelfCheck& check, const Answers& answers);

// "Owner or director, Marketing and sales": the titles of an action's roles.
std::string whoText(const course::Course& course, const course::Action& action);

// What an action's lesson link reads as for people: "Trade secrets: How do
// we keep a secret secret?", or the lesson's title alone when the link has
// no anchor; the link itself when the lesson is unknown.
std::string lessonLinkText(const course::Course& course, std::string_view link);

// How an action stands now against the last time the self-check was taken.
enum class ActionChange { Done, LessUrgent, Unchanged, MoreUrgent, New };

struct ComparedAction {
    const course::Action* action = nullptr;
    ActionChange change = ActionChange::Unchanged;
    course::Urgency before = course::Urgency::Medium;  // Done, LessUrgent, Unchanged, MoreUrgent
    course::Urgency now = course::Urgency::Medium;     // all but Done
};

struct Comparison {
    std::vector<ComparedAction> actions;  // Done first, then LessUrgent, MoreUrgent, New; Unchanged last
    int count(ActionChange change) const;
    // Something got better: an action is done or less urgent.
    bool improved() const;
};

// What changed between two takes of the self-check, by the actions each
// calls for. Each group keeps the order actionsFor gives (for Done: the
// order they had before).
Comparison compareTakes(const course::SelfCheck& check, const Answers& before, const Answers& now);

}  // namespace ipprimer::progress
