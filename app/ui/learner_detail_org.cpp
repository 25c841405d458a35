// A learner opened from the organisation's picture: the row the server (or
// the shared folder) gave, this PC's records of them if it has any, and a
// word on where the rest of their history is. Never another learner's
// records: the local learner is the one with the organisation's UUID.
#include <imgui.h>

#include <algorithm>

#include "store/store.h"
#include "ui/app.h"
#include "ui/learner_detail_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

void LearnerDetailView::setOrganisationRow(store::DashboardRow row, std::optional<std::int64_t> local_learner) {
    setLearner(local_learner.value_or(0));
    organisation_row_ = std::move(row);
}

void LearnerDetailView::loadOrganisationRow(App& app) {
    row_ = organisation_row_;
    history_ = {};
    role_quiz_.reset();  // the attempts left are counted on the learner's own PC
    if (learner_id_ == 0) return;
    try {
        history_ = app.store().reports().learnerHistory(learner_id_);
        std::erase_if(history_.attempts, [](const store::AttemptHistory& a) { return !a.finished_at && a.answers.empty(); });
    } catch (const std::exception& error) {
        message_ = std::string("This PC's records of the learner could not be read: ") + error.what();
        message_is_error_ = true;
    }
}

void LearnerDetailView::drawOrganisationNote(App& app) {
    (void)app;
    gap(0.3f);
    if (learner_id_ == 0)
        textWrapped(row_->learner.name + " has no records on this PC: the status above is the organisation's. Their "
                    "full history (quiz attempts and answers) is on the organisation's server, or on the PC where "
                    "they trained.");
    else
        textWrapped("The status above is the organisation's. The quiz attempts below are those this PC holds; others "
                    "are on the organisation's server. To extend a due date or archive, show This PC.");
    recordItem("Organisation note");
    if (!message_.empty()) textColored(message_is_error_ ? colors::kError : colors::kDone, message_.c_str());
}

}  // namespace ipprimer::ui
