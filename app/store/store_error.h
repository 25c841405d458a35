// The one kind of error the store throws, whatever keeps the records.
#pragma once

#include <stdexcept>
#include <string>

namespace ipprimer::store {

// Everything that goes wrong in the store. what() is written for the user and
// names where the records are kept; code() is the database's own result code
// (SQLite's extended result code for the SQLite store; 0 when the error did
// not come from the database).
class StoreError : public std::runtime_error {
public:
    explicit StoreError(const std::string& message, int code = 0)
        : std::runtime_error(message), code_(code) {}
    int code() const { return code_; }

private:
    int code_;
};

}  // namespace ipprimer::store
