// A learner opened from the organisation's picture: the row the server (or
// the shared folder) gave, this PC's records of them if it has any, and a
// word on where the rest of their history is. Never another learner's
// records: the local learner is the one with the organisation's UUID.
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <future>

#include "store/store.h"
#include "ui/app.h"
#include "ui/learner_detail_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

void LearnerDetailView::setOrganisationRow(store::DashboardRow row, std::optional<std::int64_t> local_learner,
                                           std::function<store::LearnerHistory()> read_history) {
    setLearner(local_learner.value_or(0));
    organisation_row_ = std::move(row);
    read_server_history_ = std::move(read_history);
}

void LearnerDetailView::loadOrganisationRow(App& app) {
    if (history_from_server_) return;  // read whole from the server: nothing here is newer
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

void LearnerDetailView::takeServerHistory() {
    std::erase_if(abandoned_, [](const std::future<store::LearnerHistory>& read) {
        return read.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    });
    if (!server_history_.valid() || server_history_.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return;
    try {
        history_ = server_history_.get();
        std::erase_if(history_.attempts, [](const store::AttemptHistory& a) { return !a.finished_at && a.answers.empty(); });
        history_from_server_ = true;
        message_.clear();
    } catch (const std::exception& error) {
        message_ = std::string("The history could not be read from the server: ") + error.what();
        message_is_error_ = true;
    }
}

void LearnerDetailView::drawOrganisationNote(App& app) {
    takeServerHistory();
    gap(0.3f);
    if (history_from_server_) {
        textWrapped("The status and the history below are the organisation's, read from its server.");
    } else if (server_history_.valid()) {
        textMuted("Reading %s's history from the organisation's server\xE2\x80\xA6", row_->learner.name.c_str());
    } else if (learner_id_ == 0) {
        textWrapped(row_->learner.name + " has no records on this PC: the status above is the organisation's. Their "
                    "full history (quiz attempts and answers) is on the organisation's server, or on the PC where "
                    "they trained.");
    } else {
        textWrapped("The status above is the organisation's. The quiz attempts below are those this PC holds; others "
                    "may be on the organisation's server. To extend a due date or archive, show This PC.");
    }
    recordItem("Organisation note");
    if (read_server_history_ && !history_from_server_ && !server_history_.valid() &&
        button("Read the whole history from the server")) {
        server_history_ = std::async(std::launch::async, [read = read_server_history_, wake = app.wake()] {
            struct Wake {  // wakes the window when the read ends, whether it gave a history or threw
                std::function<void()> wake;
                ~Wake() {
                    if (wake) wake();
                }
            } waking{wake};
            return read();
        });
    }
    if (!message_.empty()) textColored(message_is_error_ ? colors::kError : colors::kDone, message_.c_str());
}

}  // namespace ipprimer::ui
