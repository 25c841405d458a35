// A workshop session written out for the company's files: CSV for a
// spreadsheet, JSON for other tools. Both hold the same facts.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "store/store.h"

namespace ipprimer::store {

enum class ExportFormat { Csv, Json };

// One CSV row per fact, all with the same columns:
//   session,date,trainer,record,id,name,detail,count,total
// record is "lesson" (id, title), "attendee" or "absent" (employee id, name,
// department; absent = expected but not credited), "question" (question id,
// title, the room's answer, right hands, all hands) or "option" (question id,
// option text, right|wrong, hands, all hands). Throws StoreError for an
// unknown session.
std::string workshopCsv(Store& store, std::int64_t workshop_id);
// {"session", "trainer", "date", "started_at", "confirmed_at", "lessons",
//  "attendees", "absent", "group_quiz"}; times in ISO 8601 UTC.
std::string workshopJson(Store& store, std::int64_t workshop_id);

// Writes the export to `path` (replacing a file that is there). Throws
// StoreError naming the path when it cannot be written.
void exportWorkshop(Store& store, std::int64_t workshop_id, ExportFormat format, const std::filesystem::path& path);

// A CSV field: quoted when it holds a comma, quote or line break; a field
// starting with = + - @ (or a tab or carriage return) gets a leading
// apostrophe so a spreadsheet shows it as text instead of running it as a formula.
std::string csvField(std::string_view text);

// YYYY-MM-DD of a unix-millisecond time in the machine's time zone.
std::string localDay(std::int64_t unix_ms);
// YYYY-MM-DDTHH:MM:SSZ.
std::string isoUtc(std::int64_t unix_ms);

}  // namespace ipprimer::store
