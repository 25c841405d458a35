// Sending the learning records to the company's LRS from the manager's area:
// where to (the endpoint and a credentials file, remembered), a button that
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

private:
    void load(App& app);  // the remembered endpoint and file, and the last push
    void start(App& app);
    void collect(App& app);  // the finished push's result, in the window's thread

    bool loaded_ = false;
    std::string endpoint_;
    std::string credentials_file_;
    std::string naming_;  // how learners and activities are named, in words
    std::optional<exports::xapi::PushRecord> last_;
    std::string message_;
    bool failed_ = false;
    BackgroundJob push_;  // waits, when the panel goes, for a push under way to end its batch
};

}  // namespace ipprimer::ui
