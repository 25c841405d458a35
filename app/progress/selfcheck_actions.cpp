// From answers to actions, and from two takes to what changed.
#include "progress/selfcheck_actions.h"

#include <algorithm>

#include "course/check.h"

namespace ipprimer::progress {
using course::Urgency;

std::string fillAnswers(std::string_view text, const course::SelfCheck& check, const Answers& answers) {
    std::string out;
    std::size_t from = 0;
    for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', from)) {
        const std::size_t close = text.find('}', open);
        if (close == std::string_view::npos) break;
        out.append(text.substr(from, open - from));
        const std::string_view inside = text.substr(open + 1, close - open - 1);
        const std::size_t bar = inside.find('|');
        const std::string_view id = inside.substr(0, bar);
        const course::Question* question = check.question(id);
        const auto found = answers.find(id);
        if (question && found != answers.end())
            out += answerText(*question, found->second);
        else
            out += bar == std::string_view::npos ? std::string("(not answered)") : std::string(inside.substr(bar + 1));
        from = close + 1;
    }
    out.append(text.substr(from));
    return out;
}

std::vector<ActionItem> actionsFor(const course::SelfCheck& check, const Answers& answers) {
    const Answers counting = countingAnswers(check, answers);
    std::vector<ActionItem> items;
    for (const course::Action& action : check.actions) {
        if (!holds(action.when, counting)) continue;
        ActionItem item;
        item.action = &action;
        item.urgency = action.urgency;
        if (action.more_urgent_if && holds(*action.more_urgent_if, counting)) {
            item.raised = true;
            if (item.urgency != Urgency::Critical) item.urgency = static_cast<Urgency>(static_cast<int>(item.urgency) - 1);
        }
        item.why = fillAnswers(action.why, check, counting);
        item.this_month = fillAnswers(action.this_month, check, counting);
        items.push_back(std::move(item));
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const ActionItem& a, const ActionItem& b) { return a.urgency < b.urgency; });
    return items;
}

std::string whoText(const course::Course& course, const course::Action& action) {
    std::string text;
    for (const std::string& id : action.who) {
        const course::Role* role = course.role(id);
        text += (text.empty() ? "" : ", ") + (role ? role->title : id);
    }
    return text;
}

std::string lessonLinkText(const course::Course& course, std::string_view link) {
    course::LessonTarget target;
    if (!course::parseLessonLink(link, target)) return std::string(link);
    const course::Lesson* lesson = course.lesson(target.lesson_id);
    if (!lesson) return std::string(link);
    const int section = target.anchor.empty() ? -1 : lesson->doc.sectionForAnchor(target.anchor);
    if (section < 0) return lesson->title();
    return lesson->title() + ": " + lesson->doc.sections[static_cast<std::size_t>(section)].title;
}

int Comparison::count(ActionChange change) const {
    return static_cast<int>(std::count_if(actions.begin(), actions.end(),
                                          [&](const ComparedAction& a) { return a.change == change; }));
}

bool Comparison::improved() const { return count(ActionChange::Done) + count(ActionChange::LessUrgent) > 0; }

Comparison compareTakes(const course::SelfCheck& check, const Answers& before, const Answers& now) {
    const std::vector<ActionItem> then_items = actionsFor(check, before);
    const std::vector<ActionItem> now_items = actionsFor(check, now);
    auto find = [](const std::vector<ActionItem>& items, const course::Action* action) -> const ActionItem* {
        for (const ActionItem& item : items)
            if (item.action == action) return &item;
        return nullptr;
    };
    Comparison comparison;
    for (const ActionItem& then : then_items)
        if (!find(now_items, then.action))
            comparison.actions.push_back({then.action, ActionChange::Done, then.urgency, then.urgency});
    for (const ActionItem& item : now_items) {
        const ActionItem* then = find(then_items, item.action);
        ActionChange change = ActionChange::New;
        if (then)
            change = item.urgency > then->urgency   ? ActionChange::LessUrgent
                     : item.urgency < then->urgency ? ActionChange::MoreUrgent
                                                    : ActionChange::Unchanged;
        comparison.actions.push_back({item.action, change, then ? then->urgency : item.urgency, item.urgency});
    }
    // Done, less urgent, more urgent, new, unchanged: what a reader wants to see first.
    auto rank = [](ActionChange change) {
        switch (change) {
            case ActionChange::Done: return 0;
            case ActionChange::LessUrgent: return 1;
            case ActionChange::MoreUrgent: return 2;
            case ActionChange::New: return 3;
            case ActionChange::Unchanged: return 4;
        }
        return 5;
    };
    std::stable_sort(comparison.actions.begin(), comparison.actions.end(),
                     [&](const ComparedAction& a, const ComparedAction& b) { return rank(a.change) < rank(b.change); });
    return comparison;
}

}  // namespace ipprimer::progress
