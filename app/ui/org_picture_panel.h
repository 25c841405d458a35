// On a linked PC, the manager's dashboard shows either this PC's records or
// the organisation's picture (every PC's learners, from the server or the
// shared folder). This panel is the switch between the two, the state of the
// read ("Reading...", "The organisation: 212 learners, read at 10:42", what
// went wrong and what to do) and the manager's login for the server.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/dates.h"
#include "progress/status.h"
#include "store/org_picture.h"

namespace ipprimer::ui {
class App;

class OrgPicturePanel {
public:
    // What the dashboard asks for; the picture is read by the same rules.
    struct Request {
        const progress::Curriculum* curriculum = nullptr;
        Date today;
        bool include_archived = false;
    };

    // When the dashboard opens: whether this PC is linked, the login kept,
    // and a first read when it needs nothing typed.
    void opened(App& app, const Request& request);
    // Draws the switch, the state and the login form (nothing when this PC is
    // not linked). True when the rows to show changed: refresh the dashboard.
    bool draw(App& app, const Request& request);
    // The organisation's picture when it is the one to show; nullptr: this PC's.
    const store::Dashboard* picture() const;
    // The learner on this PC of a row of the picture; nullopt when they have no records here.
    std::optional<std::int64_t> localLearner(std::size_t row) const;
    // Reads the whole history of a learner of the picture from the server,
    // with the manager's login (called off the frame); empty when there is
    // none to read (a shared folder: this PC took every PC's records).
    std::function<store::LearnerHistory()> historyReader(std::size_t row) const;
    // The manager locked the area: the picture and the password leave memory.
    void forget();

    bool linked() const { return link_.has_value(); }
    bool reading() const;
    // What went wrong at the last read, if anything (for tests).
    store::org::PictureProblem problem() const { return failure_ ? failure_->problem : store::org::PictureProblem::None; }
    // The state as the last frame wrote it ("The organisation: 2 learners, read at 10:42").
    const std::string& stateText() const { return state_text_; }

private:
    void startRead(App& app, const Request& request);
    void accept(App& app, store::org::Picture picture);
    void drawState(App& app, const Request& request);
    void drawLoginForm(App& app, const Request& request);
    // Whether a read can start with what is known (a folder, or a login given).
    bool loginKnown() const { return link_ && (link_->folder || login_given_); }

    std::optional<store::org::LinkedOrganisation> link_;
    bool organisation_ = true;  // the organisation's picture chosen (when linked)
    bool started_ = false;      // opened once: the login kept is read
    std::unique_ptr<store::org::PictureReader> reader_;
    std::optional<store::org::Picture> picture_;  // the last picture read whole
    std::optional<store::org::Picture> failure_;  // the last read that failed
    std::vector<std::optional<std::int64_t>> local_learners_;  // row by row of picture_

    // The manager's login: the text may be kept in the settings, the
    // password only here, for this sitting.
    std::string login_;
    std::string password_;
    bool remember_ = false;
    bool login_given_ = false;
    bool asking_login_ = false;
    std::string note_;  // a word on keeping the login
    std::string state_text_;
};

}  // namespace ipprimer::ui
