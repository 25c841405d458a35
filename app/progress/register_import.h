// Reading an IP register from CSV (`ipprimer register import FILE.csv`): the
// same CSV rules and `FILE:line: error:` messages as the staff import, every
// row checked first, and a plan of what would be added or changed. Writing
// the plan is the store's; nothing is written while a row is bad.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "progress/asset_register.h"

namespace ipprimer::progress {

// The register's columns, in the order exports write them. Named in the
// file's first line in any order (any case; spaces and hyphens count as
// underscores); only kind and title are required.
inline constexpr std::string_view kRegisterColumns[] = {
    "kind",         "title",       "owner",    "countries",   "application_number", "registration_number",
    "filing_date",  "renewal_date", "expiry_date", "status",  "responsible",        "products",
    "notes",        "kept_where",  "access"};

enum class RegisterRowAction { Add, Update, Unchanged, Error };

struct RegisterImportRow {
    int line = 0;
    RegisterRowAction action = RegisterRowAction::Error;
    Asset asset;                       // as it will be recorded (Update: the existing entry with the file's columns)
    std::vector<std::string> changed;  // Update: the columns whose value changes
};

struct RegisterImportMessage {
    int line = 0;
    Severity severity = Severity::Error;
    std::string message;
};

struct RegisterImportPlan {
    std::string file;  // as named in messages
    std::vector<std::string> columns;  // the columns the file has, in kRegisterColumns' order
    std::vector<RegisterImportRow> rows;
    std::vector<RegisterImportMessage> messages;  // in line order

    int count(RegisterRowAction action) const;
    int errorCount() const;
    // `FILE:line: error: message` (or warning) for each message, in order.
    std::vector<std::string> formattedMessages() const;
};

// Reads and checks a register CSV against the entries already recorded. A
// row is the same asset as an entry when both are of one kind and share a
// registration number, or else an application number, or else (neither
// having numbers) the title without regard to case. A column the file does
// not have keeps the entry's value. Never throws on bad content.
RegisterImportPlan planRegisterImport(std::string_view csv_text, std::string file, std::span<const Asset> existing);

}  // namespace ipprimer::progress
