// A CSV reader that keeps line numbers for messages.
#include "base/csv_reader.h"

#include <cstdint>

#include "base/text.h"

namespace ipprimer {
namespace {

// The separator of the header line: the most frequent of , ; and tab outside quotes.
char detectSeparator(std::string_view text) {
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        commas += c == ',';
        semicolons += c == ';';
        tabs += c == '\t';
    }
    if (semicolons > commas && semicolons >= tabs) return ';';
    if (tabs > commas && tabs > semicolons) return '\t';
    return ',';
}

bool blank(const CsvRecord& record) {
    if (!record.problem.empty()) return false;
    for (const std::string& field : record.fields)
        if (field.find_first_not_of(" \t") != std::string::npos) return false;
    return true;
}

}  // namespace

CsvTable parseCsv(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    CsvTable table;
    table.separator = detectSeparator(text);
    const char separator = table.separator;

    int line = 1;
    std::size_t i = 0;
    const std::size_t size = text.size();
    // Consumes one line break (CRLF, LF or CR) at i, if there is one.
    auto takeLineBreak = [&]() -> bool {
        if (i < size && text[i] == '\r') {
            ++i;
            if (i < size && text[i] == '\n') ++i;
            ++line;
            return true;
        }
        if (i < size && text[i] == '\n') {
            ++i;
            ++line;
            return true;
        }
        return false;
    };

    while (i < size) {
        CsvRecord record;
        record.line = line;
        std::string field;
        bool record_done = false;
        while (!record_done) {
            if (i < size && text[i] == '"') {
                // A quoted field: up to the closing quote; "" is one quote.
                const int opened_on = line;
                ++i;
                bool closed = false;
                while (i < size) {
                    if (text[i] == '"') {
                        if (i + 1 < size && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (text[i] == '\r' || text[i] == '\n') {
                        // A line break inside quotes is kept as \n, whatever the file used.
                        takeLineBreak();
                        field += '\n';
                        continue;
                    }
                    field += text[i++];
                }
                if (!closed) {
                    record.problem = "a quote opened on line " + std::to_string(opened_on) +
                                     " is never closed, so the rest of the file is inside it";
                    record.fields.push_back(std::move(field));
                    table.records.push_back(std::move(record));
                    return table;
                }
                // After the closing quote: a separator, a line break or the end.
                if (i < size && text[i] != separator && text[i] != '\r' && text[i] != '\n') {
                    if (record.problem.empty())
                        record.problem = "text follows a closing quote (a quote inside a quoted field is written twice: \"\")";
                    while (i < size && text[i] != separator && text[i] != '\r' && text[i] != '\n') field += text[i++];
                }
            } else {
                while (i < size && text[i] != separator && text[i] != '\r' && text[i] != '\n') field += text[i++];
            }
            record.fields.push_back(std::move(field));
            field.clear();
            if (i < size && text[i] == separator) {
                ++i;
                continue;  // a separator at the very end still starts an (empty) field
            }
            takeLineBreak();
            record_done = true;
        }
        if (!blank(record)) table.records.push_back(std::move(record));
    }
    return table;
}

std::string csvColumnKey(std::string_view header) {
    std::string key = trimmed(header);
    for (char& c : key) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c == ' ' || c == '-') c = '_';
    }
    return key;
}

}  // namespace ipprimer
