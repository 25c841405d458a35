// Sending the learning records to the company's LRS from the manager's area:
// where to (the endpoint and a credentials file, remembered), a button that
// sends in a thread of its own so the window never waits for the network,
// and what was sent: how many, when, and what went wrong.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "export/lrs_push.h"

namespace ipprimer::ui {
class App;

class LrsPanel {
public:
    LrsPanel() = default;
    ~LrsPanel();  // waits for a push under way to end its batch
    LrsPanel(const LrsPanel&) = delete;
    LrsPanel& operator=(const LrsPanel&) = delete;

    void draw(App& app);
    bool sending() const { return sending_; }
    const std::string& message() const { return message_; }

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

    std::thread worker_;
    std::atomic<bool> sending_{false};
    std::atomic<bool> done_{false};
    std::mutex mutex_;
    std::string progress_;                      // guarded by mutex_
    std::optional<exports::xapi::PushResult> result_;  // guarded by mutex_
};

}  // namespace ipprimer::ui
