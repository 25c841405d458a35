// The register's CSV import: header, rows, checks, matching, in that order.
#include "progress/register_import.h"

#include <algorithm>
#include <map>

#include "base/countries.h"
#include "base/csv_reader.h"
#include "base/field_limits.h"
#include "base/text.h"
#include "base/utf8.h"
#include "progress/register_records.h"

namespace ipprimer::progress {
namespace {

// A cell that should be one line: a spreadsheet's wrapped line becomes a space.
// Control characters other than line breaks are taken out (base/field_limits.h).
std::string oneLine(std::string_view text) {
    std::string out;
    for (char c : text) out += (c == '\n' || c == '\r') ? ' ' : c;
    return trimmed(withoutControlCharacters(out));
}

bool sameAsset(const Asset& a, const Asset& b) {
    if (a.kind != b.kind) return false;
    if (!a.registration_number.empty() && !b.registration_number.empty())
        return a.registration_number == b.registration_number;
    if (!a.application_number.empty() && !b.application_number.empty())
        return a.application_number == b.application_number;
    const bool numbered = !a.registration_number.empty() || !a.application_number.empty() ||
                          !b.registration_number.empty() || !b.application_number.empty();
    return !numbered && asciiLowered(trimmed(a.title)) == asciiLowered(trimmed(b.title));
}

class RowReader {
public:
    RowReader(const std::map<std::string, std::size_t>& column_of, const CsvRecord& record)
        : column_of_(column_of), record_(record) {}

    bool has(const std::string& column) const { return column_of_.contains(column); }
    std::string raw(const std::string& column) const {
        const auto found = column_of_.find(column);
        if (found == column_of_.end() || found->second >= record_.fields.size()) return {};
        const std::string& cell = record_.fields[found->second];
        // The ' our CSV writer puts before =, +, -, @ (so spreadsheets show
        // rather than run them) is not part of the value.
        if (cell.size() > 1 && cell[0] == '\'' && std::string_view("=+-@\t\r").find(cell[1]) != std::string_view::npos)
            return cell.substr(1);
        return cell;
    }
    std::string text(const std::string& column) const { return oneLine(raw(column)); }

    // Applies the file's columns to `asset` (a new entry, or a copy of the
    // existing one), collecting what cannot be read.
    void apply(Asset& asset, std::vector<std::string>& problems) const {
        if (has("title")) asset.title = text("title");
        if (has("owner")) asset.owner = text("owner");
        if (has("countries")) {
            asset.countries = splitCountryCodes(withoutControlCharacters(raw("countries")));
            for (const std::string& code : asset.countries)
                if (!isCountryCode(code)) problems.push_back(countryCodeProblem(code));
        }
        if (has("application_number")) asset.application_number = text("application_number");
        if (has("registration_number")) asset.registration_number = text("registration_number");
        date("filing_date", asset.filing_date, problems);
        date("renewal_date", asset.renewal_date, problems);
        date("expiry_date", asset.expiry_date, problems);
        if (has("status")) {
            const std::string written = text("status");
            if (auto status = parseAssetStatus(written))
                asset.status = *status;
            else
                problems.push_back("unknown status '" + written + "'; the statuses are " + assetStatusKeys() +
                                   " (or leave it empty)");
        }
        if (has("responsible")) asset.responsible = text("responsible");
        if (has("products")) asset.products = splitList(withoutControlCharacters(raw("products"), true));
        if (has("notes")) asset.notes = trimmed(withoutControlCharacters(raw("notes"), true));
        if (has("kept_where")) asset.kept_where = text("kept_where");
        if (has("access")) asset.access = splitList(withoutControlCharacters(raw("access"), true));
    }

private:
    void date(const std::string& column, std::optional<Date>& value, std::vector<std::string>& problems) const {
        if (!has(column)) return;
        const std::string written = text(column);
        if (written.empty()) {
            value.reset();
            return;
        }
        if (auto parsed = parseDate(written))
            value = *parsed;
        else
            problems.push_back("'" + column + "' must be a date written YYYY-MM-DD, not '" + written + "'");
    }

    const std::map<std::string, std::size_t>& column_of_;
    const CsvRecord& record_;
};

}  // namespace

int RegisterImportPlan::count(RegisterRowAction action) const {
    return static_cast<int>(std::count_if(rows.begin(), rows.end(), [&](const RegisterImportRow& r) { return r.action == action; }));
}

int RegisterImportPlan::errorCount() const {
    return static_cast<int>(std::count_if(messages.begin(), messages.end(),
                                          [](const RegisterImportMessage& m) { return m.severity == Severity::Error; }));
}

std::vector<std::string> RegisterImportPlan::formattedMessages() const {
    std::vector<std::string> lines;
    for (const RegisterImportMessage& m : messages)
        lines.push_back(file + ":" + std::to_string(m.line) + (m.severity == Severity::Error ? ": error: " : ": warning: ") +
                        m.message);
    return lines;
}

RegisterImportPlan planRegisterImport(std::string_view csv_text, std::string file, std::span<const Asset> existing) {
    RegisterImportPlan plan;
    plan.file = std::move(file);
    auto message = [&](int line, Severity severity, std::string text) {
        plan.messages.push_back({line, severity, std::move(text)});
    };
    const CsvTable table = parseCsv(csv_text);
    if (table.records.empty()) {
        message(1, Severity::Error, "the file is empty; its first line must name the columns, at least kind and title");
        return plan;
    }

    // --- the header -----------------------------------------------------------
    const CsvRecord& header = table.records.front();
    std::map<std::string, std::size_t> column_of;
    std::string all_columns;
    for (std::string_view column : kRegisterColumns) all_columns += (all_columns.empty() ? "" : ", ") + std::string(column);
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const std::string key = csvColumnKey(header.fields[i]);
        if (key.empty()) continue;
        if (std::find(std::begin(kRegisterColumns), std::end(kRegisterColumns), key) == std::end(kRegisterColumns)) {
            message(header.line, Severity::Warning,
                    "column '" + trimmed(header.fields[i]) + "' is not read (the columns are " + all_columns + ")");
            continue;
        }
        if (!column_of.emplace(key, i).second) message(header.line, Severity::Error, "column '" + key + "' is named twice");
    }
    for (const char* required : {"kind", "title"})
        if (!column_of.contains(required))
            message(header.line, Severity::Error, std::string("the first line must name a column '") + required + "'");
    for (std::string_view column : kRegisterColumns)
        if (column_of.contains(std::string(column))) plan.columns.emplace_back(column);
    if (plan.errorCount() > 0) return plan;

    // --- the rows -------------------------------------------------------------
    std::vector<bool> matched(existing.size(), false);
    for (std::size_t r = 1; r < table.records.size(); ++r) {
        const CsvRecord& record = table.records[r];
        RegisterImportRow row;
        row.line = record.line;
        std::vector<std::string> problems;
        if (!record.problem.empty()) problems.push_back(record.problem);
        bool utf8 = true;
        for (const std::string& f : record.fields) utf8 = utf8 && validUtf8(f);
        if (!utf8) problems.push_back("this row is not valid UTF-8 text (save the file as \"CSV UTF-8\")");
        if (record.problem.empty() && record.fields.size() > header.fields.size()) {
            const bool extra_text = std::any_of(record.fields.begin() + static_cast<std::ptrdiff_t>(header.fields.size()),
                                                record.fields.end(), [](const std::string& f) { return !trimmed(f).empty(); });
            if (extra_text)
                problems.push_back("this row has " + std::to_string(record.fields.size()) + " fields but the first line names " +
                                   std::to_string(header.fields.size()) + " (a separator inside a value that is not quoted?)");
        }
        const RowReader reader(column_of, record);
        const std::string kind_text = reader.text("kind");
        const auto kind = parseAssetKind(kind_text);
        if (problems.empty()) {
            if (kind_text.empty())
                problems.push_back("the kind is empty; the kinds are " + assetKindKeys());
            else if (!kind)
                problems.push_back("unknown kind '" + kind_text + "'; the kinds are " + assetKindKeys());
            if (reader.text("title").empty()) problems.push_back("the title is empty");
        }
        if (problems.empty()) {
            // Read as a new entry first, to find the entry it updates.
            Asset read;
            read.kind = *kind;
            reader.apply(read, problems);
            if (problems.empty())
                for (const AssetProblem& p : assetProblems(read)) problems.push_back(p.message);
            if (problems.empty()) {
                row.asset = read;
                for (std::size_t e = 0; e < existing.size(); ++e) {
                    if (!sameAsset(existing[e], read)) continue;
                    if (matched[e]) {
                        const auto earlier = std::find_if(plan.rows.begin(), plan.rows.end(), [&](const RegisterImportRow& o) {
                            return o.asset.id == existing[e].id && o.action != RegisterRowAction::Error;
                        });
                        problems.push_back("this row describes the same asset as line " +
                                           std::to_string(earlier != plan.rows.end() ? earlier->line : 0));
                        break;
                    }
                    matched[e] = true;
                    Asset updated = existing[e];
                    reader.apply(updated, problems);
                    row.changed = changedColumns(existing[e], updated);
                    row.asset = std::move(updated);
                    break;
                }
            }
            if (problems.empty() && row.asset.id.empty())
                for (const RegisterImportRow& other : plan.rows)
                    if (other.action == RegisterRowAction::Add && sameAsset(other.asset, row.asset)) {
                        problems.push_back("this row describes the same asset as line " + std::to_string(other.line));
                        break;
                    }
        }
        if (!problems.empty()) {
            row.action = RegisterRowAction::Error;
            for (std::string& problem : problems) message(row.line, Severity::Error, std::move(problem));
        } else if (row.asset.id.empty()) {
            row.action = RegisterRowAction::Add;
        } else {
            row.action = row.changed.empty() ? RegisterRowAction::Unchanged : RegisterRowAction::Update;
        }
        plan.rows.push_back(std::move(row));
    }
    if (table.records.size() == 1) message(header.line, Severity::Warning, "the file names its columns but lists no asset");
    std::stable_sort(plan.messages.begin(), plan.messages.end(),
                     [](const RegisterImportMessage& a, const RegisterImportMessage& b) { return a.line < b.line; });
    return plan;
}

}  // namespace ipprimer::progress
