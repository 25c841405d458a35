// Two settings per learner and lesson: "<key>:read" holds the anchors of the
// questions unfolded, one a line; "<key>:ticks" holds "1 " or "0 " and a
// box's text, one a line (a box is known by its text, which outlives edits
// around it).
#include "ui/lesson_marks.h"

#include <sstream>

#include "store/store.h"

namespace ipprimer::ui {
namespace {

// What a box is known by: the text of its item, on one line.
std::string boxText(const markdown::Block& item) {
    std::string text;
    for (const markdown::Block& child : item.children) {
        if (!text.empty()) text += ' ';
        text += markdown::plainText(child.spans);
    }
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    return text;
}

}  // namespace

void LessonMarks::load(store::Store& store, std::int64_t learner_id, const std::string& lesson_id) {
    clear();
    key_ = "marks:" + std::to_string(learner_id) + ":" + lesson_id;
    std::istringstream read(store.settings().value(key_ + ":read").value_or(""));
    for (std::string anchor; std::getline(read, anchor);)
        if (!anchor.empty()) read_.insert(anchor);
    std::istringstream ticks(store.settings().value(key_ + ":ticks").value_or(""));
    for (std::string line; std::getline(ticks, line);)
        if (line.size() > 2) ticks_[line.substr(2)] = line[0] == '1';
}

void LessonMarks::clear() {
    key_.clear();
    read_.clear();
    ticks_.clear();
    changed_ = false;
}

void LessonMarks::markRead(const std::string& anchor) {
    if (keeping() && read_.insert(anchor).second) changed_ = true;
}

bool LessonMarks::ticked(const markdown::Block& item) const {
    const auto it = ticks_.find(boxText(item));
    return it != ticks_.end() ? it->second : item.task == markdown::TaskState::Done;
}

void LessonMarks::toggle(const markdown::Block& item) {
    if (!keeping()) return;
    ticks_[boxText(item)] = !ticked(item);
    changed_ = true;
}

void LessonMarks::save(store::Store& store) {
    if (!changed_ || !keeping()) return;
    std::string read, ticks;
    for (const std::string& anchor : read_) read += anchor + "\n";
    for (const auto& [text, on] : ticks_) ticks += (on ? "1 " : "0 ") + text + "\n";
    store.settings().set(key_ + ":read", read);
    store.settings().set(key_ + ":ticks", ticks);
    changed_ = false;
}

}  // namespace ipprimer::ui
