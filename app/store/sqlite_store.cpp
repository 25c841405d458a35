// The SQLite store: one connection, and the parts that each serve one
// interface of store.h through it.
#include "store/sqlite_store.h"

#include <optional>
#include <string_view>
#include <utility>

#include "store/schema.h"
#include "store/sqlite_parts.h"

namespace ipprimer::store {
namespace {

std::string installationOf(Database& db) {
    Statement select(db, "SELECT uuid FROM installations WHERE id = 1");
    if (!select.step()) throw StoreError(db.path().string() + " is damaged: it does not say which installation it is");
    return select.columnText(0);
}

class SqliteBatch final : public WriteBatch {
public:
    explicit SqliteBatch(Database& db) : transaction_(db) {}
    void commit() override { transaction_.commit(); }

private:
    Transaction transaction_;
};

// As schema step 4 made it.
constexpr std::string_view kUuidIndex = "CREATE UNIQUE INDEX events_by_uuid ON events(uuid)";

// A load into a file nobody uses yet: pages stay in memory and nothing waits
// for the disk (the file is put back to WAL and full sync at the end); calls
// inside join the one transaction without savepoints, which would copy every
// page they touch (a refused call rolls the whole load back); each
// statement's own journal stays in memory (once SQLite spills one to a file,
// every later statement of the transaction writes there); and the UUID index,
// whose keys come in random order, is built once at commit from sorted keys
// instead of taking every insert in a random place.
class SqliteLoad final : public WriteBatch {
public:
    explicit SqliteLoad(Database& db) : db_(db), in_memory_(db.path() == ":memory:") {
        try {
            if (!in_memory_) Statement(db_, "PRAGMA journal_mode = TRUNCATE").step();
            db_.exec("PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY");
            transaction_.emplace(db_);
            db_.exec("DROP INDEX events_by_uuid");
            db_.setJoinNested(true);
        } catch (...) {
            end();
            throw;
        }
    }
    ~SqliteLoad() override { end(); }
    void commit() override {
        // A call refused during the load rolled all of it back (no savepoints).
        if (!db_.inTransaction())
            throw StoreError("the load into " + db_.path().string() + " failed; nothing of it was kept");
        db_.exec(kUuidIndex);  // fails, and the whole load with it, should two events share a UUID
        db_.setJoinNested(false);
        transaction_->commit();
    }

private:
    // Rolls back unless committed, and puts the connection back as it was opened.
    void end() {
        db_.setJoinNested(false);
        transaction_.reset();
        try {
            db_.exec("PRAGMA synchronous = FULL; PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT");
            if (!in_memory_) Statement(db_, "PRAGMA journal_mode = WAL").step();
        } catch (const StoreError&) {
            // The next opening sets them again.
        }
    }

    Database& db_;
    bool in_memory_;
    std::optional<Transaction> transaction_;
};

}  // namespace

// Declared in the order they are built: the connection first, so it is
// closed last, after every statement the parts keep.
struct SqliteStore::Parts {
    explicit Parts(Database db) : context{std::move(db)} { context.installation = installationOf(context.db); }

    SqliteContext context;
    EventWriter events{context};
    SqliteRoster roster{context, events};
    SqliteJournal journal{context, events};
    SqliteLessons lessons{context, events};
    SqliteAttempts attempts{context, events};
    SqliteWorkshops workshops{context, events};
    SqliteSettings settings{context};
    SqliteReports reports{context};
    SqliteCompanyRecords company_records{context, events};
    SqliteOrganisation organisation{context};
};

SqliteStore::SqliteStore(const std::filesystem::path& path) : parts_(std::make_unique<Parts>(openDatabase(path))) {}

SqliteStore::~SqliteStore() = default;
SqliteStore::SqliteStore(SqliteStore&& other) noexcept = default;
SqliteStore& SqliteStore::operator=(SqliteStore&& other) noexcept = default;

Roster& SqliteStore::roster() { return parts_->roster; }
Journal& SqliteStore::journal() { return parts_->journal; }
Lessons& SqliteStore::lessons() { return parts_->lessons; }
Attempts& SqliteStore::attempts() { return parts_->attempts; }
Workshops& SqliteStore::workshops() { return parts_->workshops; }
Settings& SqliteStore::settings() { return parts_->settings; }
Reports& SqliteStore::reports() { return parts_->reports; }
CompanyRecords& SqliteStore::companyRecords() { return parts_->company_records; }
Organisation& SqliteStore::organisation() { return parts_->organisation; }

std::unique_ptr<WriteBatch> SqliteStore::beginBatch(BatchKind kind) {
    Database& db = parts_->context.db;
    if (kind == BatchKind::Load && !db.inTransaction()) return std::make_unique<SqliteLoad>(db);
    return std::make_unique<SqliteBatch>(db);
}

void SqliteStore::setClock(Clock clock) { parts_->context.clock = std::move(clock); }
std::int64_t SqliteStore::now() const { return parts_->context.now(); }
const std::filesystem::path& SqliteStore::path() const { return parts_->context.db.path(); }

}  // namespace ipprimer::store
