// A workshop session written out for the company's files: CSV for a
// spreadsheet, JSON for other tools. Both hold the same facts.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>

#include "export/formats.h"
#include "store/store.h"

namespace ipprimer::exports {

// The formats a session is offered in, the first being the default.
inline constexpr std::array kWorkshopFormats{FormatId::Csv, FormatId::Json};

// One CSV row per fact, all with the same columns:
//   session,date,trainer,record,id,name,detail,count,total
// record is "session" (name: the place, detail: the time; only for a session
// planned with them), "lesson" (id, title), "attendee" or "absent" (employee
// id, name, department; absent = expected but not credited), "withdrawn"
// (employee id, name, the reason: credit given and taken back), "question"
// (question id, title, the room's answer, right hands, all hands) or
// "option" (question id, option text, right|wrong, hands, all hands). The
// date is the session's as planned, else the local day it started. Throws
// StoreError for an unknown session.
std::string workshopCsv(store::Store& store, std::int64_t workshop_id);
// {"session", "trainer", "date", "time", "place", "started_at",
//  "confirmed_at", "lessons", "attendees", "absent", "withdrawn",
//  "group_quiz"}; times in ISO 8601 UTC, "time" as planned (HH:MM, local).
std::string workshopJson(store::Store& store, std::int64_t workshop_id);
// The session in `format` (one of kWorkshopFormats).
std::string workshopText(FormatId format, store::Store& store, std::int64_t workshop_id);

// Saves the session in `format` to `path` (replacing a file that is there)
// through saveExport. Throws WriteError naming the path when it cannot be
// written, StoreError for an unknown session.
void exportWorkshop(store::Store& store, std::int64_t workshop_id, FormatId format, const std::filesystem::path& path);

}  // namespace ipprimer::exports
