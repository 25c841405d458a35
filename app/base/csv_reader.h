// Reading CSV as spreadsheets and HR systems write it (RFC 4180 and what Excel
// adds: a byte-order mark, CRLF, semicolons in some locales). Input only: the
// staff list comes in through here; CSV the program writes is app/export's.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ipprimer {

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

// A header cell as a column key: trimmed, lower case, spaces and hyphens as
// underscores, so "Filing date", "filing-date" and "filing_date" are one column.
std::string csvColumnKey(std::string_view header);

}  // namespace ipprimer
