// The event journal: every learning record and manager action as one event,
// appended and never changed. Each event carries a globally unique id (a UUID)
// and the installation that wrote it, so journals of many computers can be
// merged by id; a reader streams the events in the order they were written,
// from a position, which is where the organisation's sync resumes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "store/store_error.h"

namespace ipprimer::store {

// One event to write. Columns as in the learning-record contract
// (docs/design-notes.md); verbs in verbs.h.
struct NewEvent {
    std::string uuid;  // empty: a new UUID v4 is made when the event is written
    std::int64_t learner_id = 0;
    std::string verb;
    std::string object;
    // The attempt the event belongs to, named by the UUID of the attempt's
    // `attempt-started` event (that event may come earlier in the same
    // batch). An `attempt-started` event is its own attempt: leave it empty.
    std::string attempt;
    std::optional<double> score;
    std::string response;  // JSON text; empty: none
    std::optional<std::int64_t> duration_ms;
    std::string context;   // JSON text; empty: none
    std::int64_t at = 0;   // unix milliseconds, UTC; 0: now by the store's clock
};

// One event as written.
struct Event {
    // Where it stands in this store's journal: an event written later has a
    // higher position. Local to this store, like learner_id; the UUID is the
    // same everywhere. (In the SQLite store, the row id; an attempt's id is
    // the position of its `attempt-started` event.)
    std::int64_t position = 0;
    std::string uuid;
    std::string installation;  // the UUID of the installation that wrote it
    std::int64_t learner_id = 0;
    std::string verb;
    std::string object;
    std::string attempt;  // the UUID of the attempt's `attempt-started` event; empty: none
    std::optional<double> score;
    std::string response;
    std::optional<std::int64_t> duration_ms;
    std::string context;
    std::int64_t at = 0;
};

class JournalReader;

class Journal {
public:
    virtual ~Journal() = default;

    // This installation's id: a UUID made once with the store and kept in it.
    // Every event it writes carries it.
    virtual std::string installation() = 0;

    // Appends one event, on disk when the call returns; returns its position.
    // Throws StoreError (and writes nothing) for an unknown learner, an empty
    // verb or object, a malformed or already used UUID, or an unknown attempt.
    virtual std::int64_t append(const NewEvent& event) = 0;
    // Appends many in ONE transaction: all of them or, on any error, none.
    // Returns their positions in the order given.
    virtual std::vector<std::int64_t> append(std::span<const NewEvent> events) = 0;

    // Up to `limit` events written after `position`, in the order written.
    virtual std::vector<Event> readAfter(std::int64_t position, std::size_t limit) = 0;
    virtual std::int64_t count() = 0;

    // Every event after `position` (0: from the first), a page at a time.
    JournalReader readFrom(std::int64_t position = 0);
};

// Streams a journal in the order written without holding it all in memory
// or keeping the database busy between pages.
class JournalReader {
public:
    JournalReader(Journal& journal, std::int64_t position, std::size_t page_size = 1000);

    // The next event, or nullopt when there is none yet; a later call sees
    // events written since.
    std::optional<Event> next();
    // The position of the last event returned: where to resume next time.
    std::int64_t position() const { return position_; }

private:
    Journal& journal_;
    std::int64_t position_;
    std::size_t page_size_;
    std::vector<Event> page_;
    std::size_t next_in_page_ = 0;
};

}  // namespace ipprimer::store
