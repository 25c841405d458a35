// Settings in the SQLite store: one row per key, replaced in place.
#include "store/sqlite_parts.h"

namespace ipprimer::store {

std::optional<std::string> SqliteSettings::value(std::string_view key) {
    Statement select(context_.db, "SELECT value FROM settings WHERE key = ?1");
    select.bind(1, key);
    if (!select.step()) return std::nullopt;
    return select.columnText(0);
}

void SqliteSettings::set(std::string_view key, std::string_view value) {
    Statement upsert(context_.db,
                     "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, key).bind(2, value);
    upsert.step();
}

void SqliteSettings::remove(std::initializer_list<std::string_view> keys) {
    Transaction transaction(context_.db);
    Statement remove(context_.db, "DELETE FROM settings WHERE key = ?1");
    for (std::string_view key : keys) {
        remove.reset();
        remove.bind(1, key);
        remove.step();
    }
    transaction.commit();
}

}  // namespace ipprimer::store
