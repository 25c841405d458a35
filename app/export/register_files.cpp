// CSV and JSON renderings of the IP register, column for column.
#include "export/register_files.h"

#include <stdexcept>

#include "export/csv_writer.h"
#include "export/json_writer.h"
#include "progress/register_import.h"

namespace ipprimer::exports {
namespace {

using progress::Asset;

std::string dateText(const std::optional<Date>& date) { return date ? formatDate(*date) : std::string(); }

std::string countriesText(const std::vector<std::string>& codes) {
    std::string text;
    for (const std::string& code : codes) text += (text.empty() ? "" : ", ") + code;
    return text;
}

void list(JsonWriter& json, std::string_view key, const std::vector<std::string>& items) {
    json.key(key);
    json.beginArray();
    for (const std::string& item : items) json.value(item);
    json.endArray();
}

}  // namespace

std::string registerCsv(std::span<const Asset> assets) {
    CsvWriter csv;
    for (std::string_view column : progress::kRegisterColumns) csv.cell(column);
    csv.endRow();
    for (const Asset& a : assets) {
        csv.cell(progress::kindKey(a.kind)).cell(a.title).cell(a.owner).cell(countriesText(a.countries));
        csv.cell(a.application_number).cell(a.registration_number);
        csv.cell(dateText(a.filing_date)).cell(dateText(a.renewal_date)).cell(dateText(a.expiry_date));
        csv.cell(progress::statusKey(a.status)).cell(a.responsible).cell(progress::joinedList(a.products));
        csv.cell(a.notes).cell(a.kept_where).cell(progress::joinedList(a.access));
        csv.endRow();
    }
    return csv.take();
}

std::string registerJson(std::span<const Asset> assets) {
    JsonWriter json;
    json.beginObject();
    json.key("assets");
    json.beginArray();
    for (const Asset& a : assets) {
        json.beginObject();
        json.field("kind", progress::kindKey(a.kind));
        json.field("title", a.title);
        json.field("owner", a.owner);
        list(json, "countries", a.countries);
        json.field("application_number", a.application_number);
        json.field("registration_number", a.registration_number);
        json.field("filing_date", a.filing_date);
        json.field("renewal_date", a.renewal_date);
        json.field("expiry_date", a.expiry_date);
        json.field("status", progress::statusKey(a.status));
        json.field("responsible", a.responsible);
        list(json, "products", a.products);
        json.field("notes", a.notes);
        json.field("kept_where", a.kept_where);
        list(json, "access", a.access);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take() + '\n';
}

std::string registerText(FormatId format, std::span<const Asset> assets) {
    switch (format) {
    case FormatId::Csv: return registerCsv(assets);
    case FormatId::Json: return registerJson(assets);
    default: break;
    }
    throw std::invalid_argument("the register is not written as " + std::string(formatOf(format).name));
}

}  // namespace ipprimer::exports
