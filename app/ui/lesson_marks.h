// A learner's own marks in a lesson, kept between sessions: the questions
// they have unfolded (the outline's ticks) and the boxes of "What you can do
// this week" they have ticked. Preferences, not learning records: they live
// in the settings, one entry of each kind per learner and lesson.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "markdown/document.h"
#include "ui/markdown_view.h"

namespace ipprimer::store {
class Store;
}

namespace ipprimer::ui {

class LessonMarks : public TaskTicks {
public:
    // The learner's marks in the lesson, as last saved.
    void load(store::Store& store, std::int64_t learner_id, const std::string& lesson_id);
    // No learner, no lesson: nothing is kept (a file shown by itself).
    void clear();
    bool keeping() const { return !key_.empty(); }

    bool read(const std::string& anchor) const { return read_.contains(anchor); }
    void markRead(const std::string& anchor);

    // A box of a task list: ticked as the learner left it, else as written.
    bool ticked(const markdown::Block& item) const override;
    void toggle(const markdown::Block& item) override;

    // Saves what changed since the last save (a no-op otherwise).
    void save(store::Store& store);

private:
    std::string key_;  // "marks:<learner id>:<lesson id>"
    std::set<std::string> read_;           // anchors of the questions unfolded
    std::map<std::string, bool> ticks_;    // a box's text -> ticked
    bool changed_ = false;
};

}  // namespace ipprimer::ui
