// Sending the learning records to the company's LRS from the manager's area:
// where to (the endpoint and a credentials file, remembered), how learners
// and activities are named there (remembered for every push), a button that
// sends in a thread of its own so the window never waits for the network,
// and what was sent: how many, when, and what went wrong.
#pragma once

#include <optional>
#include <string>

#include "export/lrs_push.h"
#include "ui/background_job.h"

namespace ipprimer::ui {
class App;

class LrsPanel {
public:
    void draw(App& app);
    // What the last push, or the refusal to start one, said.
    const std::string& message() const { return message_; }

private:
    void load(App& app);  // the remembered endpoint and file, and the last push
    void start(App& app);
    void collect(App& app);  // the finished push's result, in the window's thread

    bool loaded_ = false;
    std::string endpoint_;
    std::string credentials_file_;
    std::string home_page_;     // learners are accounts there (by employee id); empty: by e-mail
    std::string activity_iri_;  // activities are named under it
    std::optional<exports::xapi::PushRecord> last_;
    std::string message_;
    bool failed_ = false;
    BackgroundJob push_;  // waits, when the panel goes, for a push under way to end its batch
};

}  // namespace ipprimer::ui
