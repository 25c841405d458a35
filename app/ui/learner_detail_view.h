// One learner as the manager sees them: every module's status and dates, the
// lessons finished, each quiz attempt with its answers, and the two things a
// manager may change (extend the due date, archive), both recorded with who.
#pragma once

#include <cstdint>
#include <functional>
#include <future>
#include <optional>
#include <string>
#include <vector>

#include "store/attempts.h"
#include "store/learner_history.h"
#include "store/reports.h"
#include "ui/certificate_panel.h"
#include "ui/screens.h"
#include "ui/transcript_panel.h"

namespace ipprimer::ui {
class App;

class LearnerDetailView : public View {
public:
    static constexpr Screen kScreen = Screen::LearnerRecord;

    // The learner to show.
    void setLearner(std::int64_t learner_id);
    // A learner of the organisation's picture: the row as read there, and
    // this PC's records of them when they have any (`local_learner`; the
    // server's ids are not this PC's). No changes are made from here.
    // `read_history` reads their whole history from the server, when asked
    // (empty: none to read).
    void setOrganisationRow(store::DashboardRow row, std::optional<std::int64_t> local_learner,
                            std::function<store::LearnerHistory()> read_history = {});
    bool fromOrganisation() const { return organisation_row_.has_value(); }
    bool historyFromServer() const { return history_from_server_; }
    // The manager's login in the history reader goes with the area.
    void areaLocked() override { read_server_history_ = {}; }
    // Reads the learner's status and history.
    bool open(App& app) override;
    void drawContent(App& app) override;

    std::int64_t learnerId() const { return learner_id_; }
    const std::optional<store::DashboardRow>& row() const { return row_; }
    const store::LearnerHistory& history() const { return history_; }
    const std::string& message() const { return message_; }
    // The role quiz as home counts it; none when the learner's role has none.
    const std::optional<store::QuizStanding>& roleQuiz() const { return role_quiz_; }
    const CertificatePanel& certificate() const { return certificate_; }

private:
    void reload(App& app);
    void drawSummary(App& app);  // learner_standing.cpp
    void drawActions(App& app);
    void drawModules(App& app);  // learner_standing.cpp
    void drawWorkshops(App& app);  // learner_standing.cpp
    void drawAttempts(App& app);
    void drawManagerActions();
    void loadOrganisationRow(App& app);       // learner_detail_org.cpp
    void drawOrganisationNote(App& app);      // learner_detail_org.cpp
    void takeServerHistory();                 // learner_detail_org.cpp
    void extend(App& app);
    void archive(App& app, bool archived);

    // A change asked for during the frame, made after it is drawn, so the
    // frame never draws from records that changed under it.
    enum class Pending { None, Extend, Archive, Restore };
    Pending pending_ = Pending::None;

    std::int64_t learner_id_ = 0;  // on this PC; 0: a learner of the organisation with no records here
    std::optional<store::DashboardRow> organisation_row_;
    std::function<store::LearnerHistory()> read_server_history_;
    std::future<store::LearnerHistory> server_history_;  // valid while read off the frame
    std::vector<std::future<store::LearnerHistory>> abandoned_;  // reads of learners left, until they end
    bool history_from_server_ = false;
    std::optional<store::DashboardRow> row_;
    store::LearnerHistory history_;
    bool has_profile_pin_ = false;  // read with the row, not every frame
    // The role quiz as the learner's home counts it (quiz_records.h), so the
    // two never disagree on the attempts used and left.
    std::optional<store::QuizStanding> role_quiz_;
    bool extending_ = false;
    std::string new_due_;
    bool confirming_archive_ = false;
    std::string message_;
    bool message_is_error_ = false;
    CertificatePanel certificate_;
    TranscriptPanel transcript_;
};

}  // namespace ipprimer::ui
