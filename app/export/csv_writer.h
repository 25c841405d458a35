// CSV that spreadsheets open safely, and as the columns it was written with:
// the one cell escaper every CSV the program writes goes through.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ipprimer::exports {

// One cell for a spreadsheet. A value starting with =, +, -, @, a tab or a
// carriage return gets a leading ' so it is shown as text and never runs as
// a formula. A value holding a comma, a semicolon (the separator a
// spreadsheet set to a European locale splits on), a quote or a line break
// is quoted, with quotes inside written twice (RFC 4180).
std::string csvCell(std::string_view value);
// The same, appended to `out`.
void appendCsvCell(std::string& out, std::string_view value);
// Cells joined by commas, ending in CRLF (RFC 4180).
std::string csvLine(const std::vector<std::string>& cells);

// Builds a CSV text row by row: cells are escaped by csvCell, separated by
// commas, and every row ends in CRLF.
class CsvWriter {
public:
    void reserve(std::size_t bytes) { text_.reserve(bytes); }
    // Adds one cell to the row being written.
    CsvWriter& cell(std::string_view value);
    // A number the program formatted ("-71.4", "12", ""): written as it is,
    // so a spreadsheet reads a negative number as a number and not as a
    // formula to defuse. Anything else than an optional minus, digits and
    // one point goes through cell().
    CsvWriter& number(std::string_view formatted);
    // Ends the row.
    void endRow();
    // A whole row at once.
    void row(const std::vector<std::string>& cells);

    const std::string& text() const { return text_; }
    std::string take() { return std::move(text_); }

private:
    std::string text_;
    bool row_open_ = false;  // a cell has been written on the current row
};

}  // namespace ipprimer::exports
