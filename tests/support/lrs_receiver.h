// A small real HTTP server on a loopback port for the push tests: it keeps
// every request it receives and answers as the test scripts it (statement
// ids with 200 by default; 500, 401, 400 ... when told), like an LRS would.
#pragma once

#include <atomic>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace ipprimer::testing {

struct ReceivedRequest {
    std::string method;
    std::string path;
    std::map<std::string, std::string> headers;  // names in lower case
    std::string body;
};

struct ScriptedAnswer {
    int status = 200;
    std::string body;  // empty with 200: the ids of the statements received, as an LRS answers
};

class LrsReceiver {
public:
    LrsReceiver();  // listening on 127.0.0.1 on a free port when it returns
    ~LrsReceiver();
    LrsReceiver(const LrsReceiver&) = delete;
    LrsReceiver& operator=(const LrsReceiver&) = delete;

    int port() const { return port_; }
    std::string endpoint() const;  // http://127.0.0.1:PORT/xapi

    // The next requests get these answers, in order; after them, 200.
    void answerNext(std::vector<ScriptedAnswer> answers);
    std::vector<ReceivedRequest> requests() const;
    // The statements of every request that was answered 2xx, in order.
    std::vector<std::string> acceptedIds() const;

private:
    void serve();
    void handle(int connection);

    int listener_ = -1;
    int port_ = 0;
    std::atomic<bool> stopping_{false};
    mutable std::mutex mutex_;
    std::deque<ScriptedAnswer> script_;
    std::vector<ReceivedRequest> requests_;
    std::vector<std::string> accepted_ids_;
    std::thread thread_;
};

}  // namespace ipprimer::testing
