// At the end of a lesson with a register task (content/selfcheck.toml): the
// task, a short form through which the learner proposes an entry for the
// company's IP register, and what became of their earlier proposals. The
// manager accepts, changes or declines them in the register.
#pragma once

#include <string>
#include <vector>

#include "course/course.h"
#include "progress/register_records.h"

namespace ipprimer::ui {
class App;

class ProposalPanel {
public:
    // Draws nothing for a lesson without a task, or when no learner is chosen.
    void draw(App& app, const course::Lesson& lesson, float width);

    // The learner's proposals from the lesson last drawn, and what the panel
    // last said, for tests.
    const std::vector<progress::Proposal>& mine() const { return mine_; }
    const std::string& message() const { return message_; }

private:
    void load(App& app, const course::Lesson& lesson, std::int64_t learner_id);
    void propose(App& app, const course::Lesson& lesson, std::int64_t learner_id);

    std::string loaded_for_;  // "<learner>/<lesson>" the fields and proposals belong to
    progress::AssetKind kind_ = progress::AssetKind::TradeSecret;
    std::string title_, kept_where_, notes_, message_;
    std::vector<progress::Proposal> mine_;
};

}  // namespace ipprimer::ui
