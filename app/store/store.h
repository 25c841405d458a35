// The learning records as the program sees them: one Store hands out a narrow
// interface per concern. Screens and commands use these and nothing else, so
// another implementation (the organisation's PostgreSQL server, later) fits
// without touching them. SqliteStore (sqlite_store.h) is the one today.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>

#include "store/attempts.h"
#include "store/company_records.h"
#include "store/journal.h"
#include "store/lessons.h"
#include "store/organisation.h"
#include "store/reports.h"
#include "store/roster.h"
#include "store/settings.h"
#include "store/store_error.h"
#include "store/workshops.h"

namespace ipprimer::store {

// Many writes as one: everything written through a store's interfaces while
// a batch is open is one transaction, kept by commit() and undone if the batch
// goes first. Each call inside still succeeds or fails as a whole, so a
// refused record leaves the batch usable.
class WriteBatch {
public:
    virtual ~WriteBatch() = default;
    virtual void commit() = 0;
};

enum class BatchKind {
    // Records as they happen: on disk at commit, like every single write.
    Records,
    // Filling a store nobody uses yet with many records (demo data): the
    // store may trade safety for speed until the batch ends. A call refused
    // inside it undoes the whole batch; indexes may be built only at commit
    // (finding an event by its UUID is slow meanwhile); and a crash or power
    // cut before the end may leave the store damaged, so never for a
    // learner's records.
    Load,
};

// One open store. Not for use from two threads at once; moves, never copies.
class Store {
public:
    // Unix milliseconds, UTC. Tests set their own to be deterministic.
    using Clock = std::function<std::int64_t()>;
    static std::int64_t systemClock();

    virtual ~Store() = default;

    virtual Roster& roster() = 0;          // learners and managers' actions on them
    virtual Journal& journal() = 0;        // every event, appended and read in order
    virtual Lessons& lessons() = 0;        // lessons opened and finished
    virtual Attempts& attempts() = 0;      // quiz attempts and answers
    virtual Workshops& workshops() = 0;    // workshop sessions and their credits
    virtual Settings& settings() = 0;      // preferences, PINs, wrong PINs
    virtual Reports& reports() = 0;        // the dashboard's and reports' reads
    virtual CompanyRecords& companyRecords() = 0;  // the company's IP self-check and IP register
    virtual Organisation& organisation() = 0;  // the link to the organisation's roster and records

    // Opens a batch (see WriteBatch); batches may nest (a nested Load batch
    // is an ordinary one).
    virtual std::unique_ptr<WriteBatch> beginBatch(BatchKind kind = BatchKind::Records) = 0;

    // The clock every record is dated by.
    virtual void setClock(Clock clock) = 0;
    virtual std::int64_t now() const = 0;
    // Where the records are kept, for messages and backups.
    virtual const std::filesystem::path& path() const = 0;

protected:
    Store() = default;
    Store(Store&&) = default;
    Store& operator=(Store&&) = default;
};

}  // namespace ipprimer::store
