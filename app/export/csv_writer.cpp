// The cell escaper and the row builder on top of it.
#include "export/csv_writer.h"

#include "base/field_limits.h"

namespace ipprimer::exports {
namespace {

// What a spreadsheet would read as the start of a formula.
bool startsLikeFormula(std::string_view value) {
    if (value.empty()) return false;
    const char first = value.front();
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
}

// "-71.4", "0", "12.5": what number() writes without escaping.
bool plainNumber(std::string_view text) {
    if (text.starts_with('-')) text.remove_prefix(1);
    if (text.empty() || text.front() == '.' || text.back() == '.') return false;
    int points = 0;
    for (char c : text) {
        if (c == '.') ++points;
        else if (c < '0' || c > '9') return false;
    }
    return points <= 1;
}

}  // namespace

void appendCsvCell(std::string& out, std::string_view value) {
    // No control character leaves the program raw (base/field_limits.h):
    // a report printed on a terminal must not drive it.
    if (hasControlCharacters(value, true)) return appendCsvCell(out, withoutControlCharacters(value, true));
    const bool formula = startsLikeFormula(value);
    if (value.find_first_of(",;\"\r\n") == std::string_view::npos) {
        if (formula) out += '\'';
        out += value;
        return;
    }
    out += '"';
    if (formula) out += '\'';
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

std::string csvCell(std::string_view value) {
    std::string cell;
    appendCsvCell(cell, value);
    return cell;
}

std::string csvLine(const std::vector<std::string>& cells) {
    CsvWriter writer;
    writer.row(cells);
    return writer.take();
}

CsvWriter& CsvWriter::cell(std::string_view value) {
    if (row_open_) text_ += ',';
    row_open_ = true;
    appendCsvCell(text_, value);
    return *this;
}

CsvWriter& CsvWriter::number(std::string_view formatted) {
    if (!plainNumber(formatted)) return cell(formatted);
    if (row_open_) text_ += ',';
    row_open_ = true;
    text_ += formatted;
    return *this;
}

void CsvWriter::endRow() {
    text_ += "\r\n";
    row_open_ = false;
}

void CsvWriter::row(const std::vector<std::string>& cells) {
    for (const std::string& value : cells) cell(value);
    endRow();
}

}  // namespace ipprimer::exports
