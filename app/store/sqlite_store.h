// The learning records in one SQLite file: the Store every installation keeps
// (see schema.h for how a file is opened, refused, backed up and upgraded).
// SQLite itself stays out of sight: this header names none of it.
#pragma once

#include <filesystem>
#include <memory>

#include "store/store.h"

namespace ipprimer::store {

class SqliteStore final : public Store {
public:
    // Opens (creating or upgrading as needed) the database at `path`, or a
    // private in-memory one for ":memory:". Throws StoreError, naming the
    // file, for one that is not IP Primer's, too new, or cannot be written.
    explicit SqliteStore(const std::filesystem::path& path);
    ~SqliteStore() override;
    SqliteStore(SqliteStore&& other) noexcept;
    SqliteStore& operator=(SqliteStore&& other) noexcept;

    Roster& roster() override;
    Journal& journal() override;
    Lessons& lessons() override;
    Attempts& attempts() override;
    Workshops& workshops() override;
    Settings& settings() override;
    Reports& reports() override;
    CompanyRecords& companyRecords() override;
    Organisation& organisation() override;

    std::unique_ptr<WriteBatch> beginBatch(BatchKind kind = BatchKind::Records) override;
    void setClock(Clock clock) override;
    std::int64_t now() const override;
    const std::filesystem::path& path() const override;

private:
    struct Parts;  // sqlite_store.cpp
    std::unique_ptr<Parts> parts_;
};

}  // namespace ipprimer::store
