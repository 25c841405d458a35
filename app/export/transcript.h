// A learner's own record to keep or hand on (issue 11, item 6): the lessons
// finished, the quiz attempts with their scores and the certificates issued,
// as a PDF (cairo and pango, like the certificate) or as xAPI statements.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/dates.h"
#include "course/course.h"
#include "export/certificate_records.h"
#include "export/formats.h"

namespace ipprimer::store {
class Store;
}

namespace ipprimer::exports {

struct TranscriptLesson {
    std::string module_title;
    std::string lesson_title;
    std::optional<Date> finished_on;  // none: opened, not finished
};

struct TranscriptAttempt {
    std::string quiz_title;
    bool role_quiz = false;
    std::optional<Date> finished_on;  // none: not finished
    std::optional<double> score;      // percent
    std::optional<bool> passed;
    int answers = 0;
};

struct Transcript {
    std::string learner_name, employee_id, role_title, department;
    std::string status;  // "compliant", "in progress", ...
    std::optional<Date> valid_until;
    Date made_on;
    std::vector<TranscriptLesson> lessons;    // course order
    std::vector<TranscriptAttempt> attempts;  // oldest first
    std::vector<IssuedRecord> certificates;   // oldest first
};

// The formats a transcript is saved in.
inline constexpr FormatId kTranscriptFormats[] = {FormatId::Pdf, FormatId::Json};

// Reads the learner's records. Throws StoreError for an unknown learner.
Transcript readTranscript(store::Store& store, const course::Course& course, std::int64_t learner_id, Date today);

// As many A4 or Letter pages as it needs.
std::string transcriptPdf(const Transcript& transcript, PaperSize paper);

// Every learning record of the learner as an xAPI 1.0.3 statement, in a JSON
// array an LRS takes as it is (transcript_xapi.cpp).
std::string transcriptStatements(store::Store& store, const course::Course& course, std::int64_t learner_id);

// The file's bytes for `format` (PDF or JSON).
std::string transcriptFile(FormatId format, store::Store& store, const course::Course& course, std::int64_t learner_id,
                           Date today);

}  // namespace ipprimer::exports
