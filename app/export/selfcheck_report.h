// The self-check's action report as files: Markdown for editing and sharing,
// and a PDF to print (`ipprimer selfcheck report --out FILE.pdf|FILE.md`).
#pragma once

#include <array>
#include <optional>
#include <string>

#include "base/dates.h"
#include "course/course.h"
#include "export/formats.h"
#include "export/pdf_page.h"
#include "progress/selfcheck_answers.h"

namespace ipprimer::exports {

inline constexpr std::array kSelfCheckReportFormats{FormatId::Pdf, FormatId::Markdown};

// One take of the self-check: its answers and the day it was finished.
struct SelfCheckTake {
    progress::Answers answers;
    Date on;
};

// What the report holds: the company and the date, how many questions were
// answered, what changed since `before` (when there was an earlier take), and
// every action most urgent first with why it matters for this company, what
// to do this month, who should do it and the lesson that teaches it.
std::string selfCheckMarkdown(const course::Course& course, const SelfCheckTake& now,
                              const std::optional<SelfCheckTake>& before);
std::string selfCheckPdf(const course::Course& course, const SelfCheckTake& now, const std::optional<SelfCheckTake>& before,
                         PaperSize paper = PaperSize::A4);

// The report in `format` (one of kSelfCheckReportFormats).
std::string selfCheckReportText(FormatId format, const course::Course& course, const SelfCheckTake& now,
                                const std::optional<SelfCheckTake>& before);

}  // namespace ipprimer::exports
