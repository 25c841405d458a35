// What every exported file shares: the CSV cell escaper, the JSON writer, the
// list of formats and the file name a person types.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "base/csv_reader.h"
#include "export/csv_writer.h"
#include "export/export_file.h"
#include "export/formats.h"
#include "export/json_writer.h"
#include "export/report_files.h"
#include "export/workshop_files.h"

using namespace ipprimer;
using namespace ipprimer::exports;
namespace fs = std::filesystem;

namespace {

TEST(CsvCell, ASemicolonIsQuotedSoASpreadsheetSplittingOnItKeepsTheCell) {
    EXPECT_EQ(csvCell("Lovelace; Ada"), "\"Lovelace; Ada\"");
    EXPECT_EQ(csvCell(";"), "\";\"");
    EXPECT_EQ(csvCell("R&D; Legal, Sales"), "\"R&D; Legal, Sales\"");
}

TEST(CsvCell, FormulasAreShownAsText) {
    EXPECT_EQ(csvCell("=1+2"), "'=1+2");
    EXPECT_EQ(csvCell("+31 20 555"), "'+31 20 555");
    EXPECT_EQ(csvCell("-5"), "'-5");
    EXPECT_EQ(csvCell("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csvCell("\tcmd"), "'\tcmd");
    EXPECT_EQ(csvCell("\rcmd"), "\"'\rcmd\"") << "a carriage return is also a line break, so the cell is quoted";
    EXPECT_EQ(csvCell("=SUM(A1;B1)"), "\"'=SUM(A1;B1)\"") << "defused and quoted";
    EXPECT_EQ(csvCell("a=b"), "a=b") << "only the first character starts a formula";
}

TEST(CsvCell, QuotesAndLineBreaksAreQuoted) {
    EXPECT_EQ(csvCell("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvCell("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csvCell("two\r\nlines"), "\"two\r\nlines\"");
    EXPECT_EQ(csvCell("plain text"), "plain text");
    EXPECT_EQ(csvCell(""), "");
}

TEST(CsvWriter, RowsReadBackAsTheCellsWritten) {
    const std::vector<std::string> cells{"Zoë; Ng", "=HYPERLINK(\"x\")", "two\nlines", "", "say \"hi\"", "a,b"};
    CsvWriter csv;
    csv.row({"one", "two", "three", "four", "five", "six"});
    for (const std::string& cell : cells) csv.cell(cell);
    csv.endRow();
    const CsvTable table = parseCsv(csv.text());
    ASSERT_EQ(table.records.size(), 2u);
    ASSERT_EQ(table.records[1].fields.size(), cells.size()) << csv.text();
    EXPECT_EQ(table.records[1].fields[0], "Zoë; Ng");
    EXPECT_EQ(table.records[1].fields[1], "'=HYPERLINK(\"x\")") << "read as text, with the apostrophe";
    EXPECT_EQ(table.records[1].fields[2], "two\nlines");
    EXPECT_EQ(table.records[1].fields[5], "a,b");
    EXPECT_TRUE(csv.text().ends_with("\r\n"));
}

TEST(CsvWriter, ANumberTheProgramWroteStaysANumberButTextIsStillDefused) {
    CsvWriter csv;
    csv.number("-71.4").number("12").number("").number("-1+2").number("=1").number("1.2.3");
    csv.endRow();
    EXPECT_EQ(csv.text(), "-71.4,12,,'-1+2,'=1,1.2.3\r\n");
}

TEST(JsonWriter, WritesValidJsonWhateverTheTextHolds) {
    JsonWriter json;
    json.beginObject();
    json.field("quote", "say \"hi\" \\ back");
    json.field("control", std::string("tab\there\x01"));
    json.field("not_utf8", std::string("Zo\xC3\xAB \xFF end"));
    json.field("count", std::int64_t{9007199254740991});
    json.field("share", 0.75);
    json.field("none", std::optional<double>());
    json.field("day", makeDate(2024, 5, 14));
    json.key("empty");
    json.beginArray();
    json.endArray();
    json.endObject();
    const std::string text = json.take();
    const nlohmann::json parsed = nlohmann::json::parse(text);
    EXPECT_EQ(parsed["quote"], "say \"hi\" \\ back");
    EXPECT_EQ(parsed["control"], "tab\there\x01");
    EXPECT_EQ(parsed["not_utf8"], "Zo\xC3\xAB \xEF\xBF\xBD end") << "the stray byte becomes U+FFFD, the rest is kept";
    EXPECT_EQ(parsed["count"], 9007199254740991);
    EXPECT_EQ(parsed["share"], 0.75);
    EXPECT_TRUE(parsed["none"].is_null());
    EXPECT_EQ(parsed["day"], "2024-05-14");
    EXPECT_TRUE(parsed["empty"].is_array());
    EXPECT_NE(text.find("\n  \"quote\": "), std::string::npos) << "two-space indented:\n" << text;
}

TEST(Formats, OneListGivesKeysNamesAndExtensions) {
    ASSERT_FALSE(allFormats().empty());
    for (const Format& format : allFormats()) {
        EXPECT_EQ(&formatOf(format.id), &format);
        EXPECT_EQ(findFormat(format.key), &format);
        EXPECT_TRUE(format.extension.starts_with(".")) << format.key;
        EXPECT_EQ(formatOfPath(fs::path("x") += std::string(format.extension)), &format);
    }
    EXPECT_EQ(formatOf(FormatId::Csv).name, "CSV");
    EXPECT_EQ(formatOfPath("Report.JSON"), &formatOf(FormatId::Json)) << "any case";
    EXPECT_EQ(findFormat("xlsx"), nullptr);
    EXPECT_EQ(formatKeys(kReportFormats), "csv, json or pdf") << "the report is offered as the board report PDF too";
    EXPECT_EQ(formatKeys(kWorkshopFormats), "csv or json");
}

TEST(ExportTarget, WhatWasTypedBecomesAFileInTheChosenFormat) {
    const fs::path home = "/home/pat";
    const Format& csv = formatOf(FormatId::Csv);
    const Format& json = formatOf(FormatId::Json);
    EXPECT_EQ(exportTarget("~/reports/may", csv, home), "/home/pat/reports/may.csv");
    EXPECT_EQ(exportTarget("  may.json  ", csv, home), "/home/pat/may.csv") << "another format's extension is replaced";
    EXPECT_EQ(exportTarget("may.csv", json, home), "/home/pat/may.json");
    EXPECT_EQ(exportTarget("/srv/share/May.CSV", csv, home), "/srv/share/May.CSV") << "the right one is kept, in any case";
    EXPECT_EQ(exportTarget("/srv/share/q2.final", csv, home), "/srv/share/q2.final") << "a name's own extension is kept";
    EXPECT_TRUE(exportTarget("", csv, home).empty());
    EXPECT_TRUE(exportTarget("   ", csv, home).empty());
    EXPECT_TRUE(exportTarget("~", csv, home).empty());
    EXPECT_TRUE(exportTarget("/srv/share/", csv, home).empty()) << "a folder is not a file name";
}

TEST(FollowFormat, AProposedNameTakesTheNewExtension) {
    const Format& csv = formatOf(FormatId::Csv);
    const Format& json = formatOf(FormatId::Json);
    EXPECT_EQ(followFormat("/home/pat/report.csv", csv, json), "/home/pat/report.json");
    EXPECT_EQ(followFormat("/home/pat/report.txt", csv, json), "/home/pat/report.txt") << "a name of one's own is kept";
}

}  // namespace
