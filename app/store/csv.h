// CSV as spreadsheets write it (RFC 4180 and what Excel adds: a byte-order
// mark, CRLF, semicolons in some locales), and CSV that spreadsheets open
// safely: quoted as RFC 4180 says, with formula-like cells escaped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ipprimer::store {

struct CsvRecord {
    int line = 0;                     // the 1-based line where the record starts
    std::vector<std::string> fields;  // unquoted
    std::string problem;              // non-empty: the record could not be read as written
};

struct CsvTable {
    char separator = ',';
    std::vector<CsvRecord> records;  // the header is records[0]; blank lines are skipped
};

// Reads CSV text. A UTF-8 byte-order mark is dropped; lines may end in CRLF,
// LF or CR; quoted fields may hold separators, doubled quotes and line
// breaks. The separator is the comma, unless the first line holds more
// semicolons or tabs (outside quotes) than commas. Never throws: a quote
// left open or text after a closing quote becomes the record's `problem`.
CsvTable parseCsv(std::string_view text);

// One cell for a spreadsheet: a value starting with =, +, -, @, a tab or a
// carriage return gets a leading ' so it is shown as text and never runs as
// a formula; a value holding a comma, a quote or a line break is quoted.
std::string csvCell(std::string_view value);
// The same, appended to `out`.
void appendCsvCell(std::string& out, std::string_view value);
// Cells joined by commas, ending in CRLF (RFC 4180).
std::string csvLine(const std::vector<std::string>& cells);

}  // namespace ipprimer::store
