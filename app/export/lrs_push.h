// Sending the learning records to an LRS in batches: retries with back-off
// when the LRS or the network fails for a while, a cursor in the store's
// settings so that what was accepted is never sent again, and a record of
// the last push for the manager's screen.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "course/course.h"
#include "export/lrs_client.h"
#include "export/xapi_record.h"
#include "store/store.h"

namespace ipprimer::exports::xapi {

struct PushOptions {
    std::size_t batch_size = 100;
    int tries = 4;  // per batch: the first and three more after 1, 2 and 4 times `first_wait`
    std::chrono::milliseconds first_wait{1000};
    std::function<void(std::chrono::milliseconds)> sleep;  // empty: the thread sleeps
    std::function<void(const std::string&)> progress;      // a line per batch and per retry; may be empty
    long timeout_seconds = 60;
};

// The last push, as remembered in the store's settings (shown in the manager's area).
struct PushRecord {
    std::string lrs;              // the endpoint
    std::int64_t at = 0;          // unix ms, by the store's clock
    std::size_t sent = 0;         // statements the LRS accepted in that push
    std::size_t total_sent = 0;   // all pushes to that LRS together
    std::string error;            // empty when the push ended well
};

struct PushResult {
    std::size_t sent = 0;
    std::size_t skipped = 0;  // events that are no learning record, or name nobody
    std::string skip_reason;
    std::string error;        // empty: everything there was is in the LRS now
    bool ok() const { return error.empty(); }
};

// Sends every learning record after the LRS's cursor, a batch at a time; the
// cursor moves after each batch the LRS accepts (2xx). 5xx, 429, 408 and no
// answer are tried again after a pause that doubles; 401/403 (credentials),
// 400 (the LRS's reason is quoted), other answers and running out of tries
// stop the push with `error` set, the cursor left after the last batch that
// was accepted.
PushResult pushStatements(store::Store& store, const course::Course& course, const Settings& settings,
                          const LrsEndpoint& endpoint, const PushOptions& options = {});

// Where sending to `lrs` has got to: the journal position after which the
// next push starts (0 before the first).
std::int64_t pushCursor(store::Settings& settings, const std::string& lrs);
// The last push to any LRS; nullopt before the first.
std::optional<PushRecord> lastPush(store::Settings& settings);

// key:secret from IPPRIMER_LRS_KEY and IPPRIMER_LRS_SECRET, or from the file
// (one line "key:secret"; the file wins when both are there). Throws
// std::runtime_error saying what is missing.
void readCredentials(LrsEndpoint& endpoint, const std::string& credentials_file);

}  // namespace ipprimer::exports::xapi
