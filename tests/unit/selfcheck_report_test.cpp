// The self-check's action report as Markdown and as a PDF read back with
// pdftotext: the company, the actions most urgent first with their why, this
// month, who and lesson, and what changed since the last take.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "course/course.h"
#include "export/selfcheck_report.h"
#include "pdf_text.h"
#include "temp_folder.h"

using namespace ipprimer;
using namespace ipprimer::exports;
using progress::Answer;
using progress::Answers;
using ipprimer::testing::words;

namespace {

const course::Course& bundled() {
    static const course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    return course;
}

// A bakery that has done little yet: a few answers, each calling for an action.
Answers bakery() {
    return {{"company-name", Answer{{"Brotlabor GmbH"}}}, {"staff", Answer{{"12"}}}, {"edge", Answer{{"brand"}}},
            {"ip-lead", Answer{{"no"}}},                  {"trading-name-registered", Answer{{"no"}}},
            {"sells-abroad", Answer{{"yes"}}},            {"sales-countries", Answer{{"DE", "AT"}}},
            {"protected-abroad", Answer{{"none"}}},       {"keeps-evidence", Answer{{"no"}}}};
}

std::size_t at(const std::string& text, const std::string& part) {
    const std::size_t found = text.find(part);
    EXPECT_NE(found, std::string::npos) << "missing: " << part << "\n--- in ---\n" << text;
    return found;
}

std::string pdfText(const std::string& pdf, const ipprimer::testing::TempFolder& folder) {
    const std::string path = (folder.path() / "report.pdf").string();
    std::ofstream(path, std::ios::binary) << pdf;
    return ipprimer::testing::commandOutput(("pdftotext -layout '" + path + "' -"));
}

}  // namespace

TEST(SelfCheckReport, MarkdownListsTheActionsMostUrgentFirst) {
    const std::string md = selfCheckMarkdown(bundled(), {bakery(), makeDate(2025, 3, 14)}, std::nullopt);
    at(md, "# IP self-check: action report\n\n**Brotlabor GmbH** \xC2\xB7 self-check of 2025-03-14");
    at(md, "4 actions: 2 critical, 1 high, 1 low.");
    // Critical first (raised by the brand edge and by selling abroad), in the file's order; then high, then low.
    const std::size_t trademark = at(md, "### 1. Register the trading name as a trademark");
    const std::size_t abroad = at(md, "### 2. Protect the brand and key products where you sell");
    const std::size_t lead = at(md, "### 3. Name one person to look after the company's IP");
    const std::size_t evidence = at(md, "### 4. Keep dated proof of what you created and when");
    EXPECT_LT(trademark, abroad);
    EXPECT_LT(abroad, lead);
    EXPECT_LT(lead, evidence);
    at(md, "**Urgency:** Critical \xC2\xB7 **Who:** Owner or director, Marketing and sales");
    at(md, "**Why it matters for Brotlabor GmbH:** IP rights end at the border: a trademark or a patent at home does "
           "nothing in DE, AT.");
    at(md, "**This month:** List the countries you sell in");
    at(md, "**Learn how:** [Business plans and export: IP before you launch or ship: How do we choose which countries "
           "to protect in?](lesson:business-plans-and-export#how-do-we-choose-which-countries-to-protect-in)");
    at(md, "*General information, not legal advice.");
    EXPECT_EQ(md.find("Since the last self-check"), std::string::npos) << "a first take has nothing to compare";
}

TEST(SelfCheckReport, ASecondTakeSaysWhatImproved) {
    Answers later = bakery();
    later["ip-lead"] = Answer{{"yes"}};
    later["protected-abroad"] = Answer{{"some"}};  // still called for, but no longer raised by the brand edge
    later["edge"] = Answer{{"price"}};
    later["nda-use"] = Answer{{"never"}};
    const std::string md =
        selfCheckMarkdown(bundled(), {later, makeDate(2025, 9, 1)}, SelfCheckTake{bakery(), makeDate(2025, 3, 14)});
    at(md, "## Since the last self-check (2025-03-14)\n\n"
           "- **Done:** Name one person to look after the company's IP\n"
           "- **Less urgent:** Protect the brand and key products where you sell (was critical, now high)\n"
           "- **New:** Sign a non-disclosure agreement before you share\n"
           "- **Still open:** 2 actions as urgent as before\n");
    const std::string same =
        selfCheckMarkdown(bundled(), {bakery(), makeDate(2025, 9, 1)}, SelfCheckTake{bakery(), makeDate(2025, 3, 14)});
    at(same, "The same actions as last time, each as urgent as it was.");
}

TEST(SelfCheckReport, NoAnswersYetAndNoName) {
    const std::string md = selfCheckMarkdown(bundled(), {{}, makeDate(2025, 3, 14)}, std::nullopt);
    at(md, "**Your company** \xC2\xB7 self-check of 2025-03-14");
    at(md, "0 of ");
    at(md, "the actions below come from the answers given so far.");
    at(md, "Your answers call for no action.");
}

TEST(SelfCheckReport, MarkupInAnswersIsEscaped) {
    Answers answers = bakery();
    answers["company-name"] = Answer{{"*Bold* [Bakery](https://x)"}};
    const std::string md = selfCheckMarkdown(bundled(), {answers, makeDate(2025, 3, 14)}, std::nullopt);
    at(md, "**\\*Bold\\* \\[Bakery\\](https://x)**");
}

TEST(SelfCheckReport, ThePdfReadsBackWithTheSameWords) {
    ipprimer::testing::TempFolder folder;
    Answers later = bakery();
    later["ip-lead"] = Answer{{"yes"}};
    const std::string pdf =
        selfCheckPdf(bundled(), {later, makeDate(2025, 9, 1)}, SelfCheckTake{bakery(), makeDate(2025, 3, 14)});
    ASSERT_TRUE(pdf.starts_with("%PDF-"));
    const std::string text = words(pdfText(pdf, folder));
    at(text, "IP self-check: action report");
    at(text, "Brotlabor GmbH · self-check of 2025-09-01");
    at(text, "Since the last self-check (2025-03-14)");
    at(text, "Done: Name one person to look after the company's IP");
    const std::size_t first = at(text, "1. Register the trading name as a trademark");
    const std::size_t last = at(text, "3. Keep dated proof of what you created and when");
    EXPECT_LT(first, last);
    at(text, "Why it matters for Brotlabor GmbH: IP rights end at the border");
    at(text, "This month: List the countries you sell in");
    at(text, "Learn how: Business plans and export");
    at(text, "page 1");
}

TEST(SelfCheckReport, ALongReportFlowsOntoMorePages) {
    ipprimer::testing::TempFolder folder;
    // Every answer that calls for an action: dozens of blocks.
    Answers everything = bakery();
    for (const char* id : {"register-kept", "training"}) everything[id] = Answer{{"none"}};
    for (const char* id : {"name-clearance", "software-licences", "found-copies"}) everything[id] = Answer{{"unsure"}};
    for (const char* id : {"inventions", "own-development", "has-secrets", "uses-freelancers", "writes-software"})
        everything[id] = Answer{{"yes"}};
    for (const char* id : {"shown-before-filing", "received-claim", "software-by-contractors"}) everything[id] = Answer{{"yes"}};
    for (const char* id : {"invention-records", "patent-search", "secrets-listed", "leak-plan", "leavers", "knows-help",
                           "plan-covers-ip", "distributor-terms"})
        everything[id] = Answer{{"no"}};
    everything["freelancer-rights"] = Answer{{"never"}};
    everything["nda-use"] = Answer{{"never"}};
    everything["it-measures"] = Answer{};
    const std::string text = pdfText(selfCheckPdf(bundled(), {everything, makeDate(2025, 3, 14)}, std::nullopt), folder);
    at(text, "page 2");
    at(words(text), "Use a checklist when someone leaves");
    EXPECT_EQ(text.find("page 9"), std::string::npos) << "a page per action would be too many";
}
