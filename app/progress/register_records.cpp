// The register's entries as JSON, and the register replayed from its events.
#include "progress/register_records.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace ipprimer::progress {
namespace {

using nlohmann::json;

json dateValue(const std::optional<Date>& date) { return date ? json(formatDate(*date)) : json(nullptr); }

std::string text(const json& object, const char* key) {
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

std::vector<std::string> strings(const json& object, const char* key) {
    std::vector<std::string> out;
    const auto found = object.find(key);
    if (found == object.end() || !found->is_array()) return out;
    for (const json& item : *found)
        if (item.is_string()) out.push_back(item.get<std::string>());
    return out;
}

std::optional<Date> date(const json& object, const char* key) { return parseDate(text(object, key)); }

}  // namespace

std::string assetJson(const Asset& a) {
    json object = {
        {"kind", kindKey(a.kind)},
        {"title", a.title},
        {"owner", a.owner},
        {"countries", a.countries},
        {"application_number", a.application_number},
        {"registration_number", a.registration_number},
        {"filing_date", dateValue(a.filing_date)},
        {"renewal_date", dateValue(a.renewal_date)},
        {"expiry_date", dateValue(a.expiry_date)},
        {"status", statusKey(a.status)},
        {"responsible", a.responsible},
        {"products", a.products},
        {"notes", a.notes},
        {"kept_where", a.kept_where},
        {"access", a.access},
    };
    return object.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<Asset> assetFromJson(std::string_view text_json) {
    const json object = json::parse(text_json, nullptr, false);
    if (!object.is_object()) return std::nullopt;
    const auto kind = parseAssetKind(text(object, "kind"));
    const auto status = parseAssetStatus(text(object, "status"));
    if (!kind || !status) return std::nullopt;
    Asset a;
    a.kind = *kind;
    a.status = *status;
    a.title = text(object, "title");
    a.owner = text(object, "owner");
    a.countries = strings(object, "countries");
    a.application_number = text(object, "application_number");
    a.registration_number = text(object, "registration_number");
    a.filing_date = date(object, "filing_date");
    a.renewal_date = date(object, "renewal_date");
    a.expiry_date = date(object, "expiry_date");
    a.responsible = text(object, "responsible");
    a.products = strings(object, "products");
    a.notes = text(object, "notes");
    a.kept_where = text(object, "kept_where");
    a.access = strings(object, "access");
    return a;
}

std::vector<std::string> changedColumns(const Asset& before, const Asset& after) {
    std::vector<std::string> changed;
    auto compare = [&](const char* column, bool differs) {
        if (differs) changed.emplace_back(column);
    };
    compare("kind", before.kind != after.kind);
    compare("title", before.title != after.title);
    compare("owner", before.owner != after.owner);
    compare("countries", before.countries != after.countries);
    compare("application_number", before.application_number != after.application_number);
    compare("registration_number", before.registration_number != after.registration_number);
    compare("filing_date", before.filing_date != after.filing_date);
    compare("renewal_date", before.renewal_date != after.renewal_date);
    compare("expiry_date", before.expiry_date != after.expiry_date);
    compare("status", before.status != after.status);
    compare("responsible", before.responsible != after.responsible);
    compare("products", before.products != after.products);
    compare("notes", before.notes != after.notes);
    compare("kept_where", before.kept_where != after.kept_where);
    compare("access", before.access != after.access);
    return changed;
}

std::vector<Asset> RegisterState::assets() const {
    std::vector<Asset> out;
    out.reserve(entries.size());
    for (const RegisterEntry& e : entries) out.push_back(e.asset);
    return out;
}

const RegisterEntry* RegisterState::entry(std::string_view id) const {
    for (const RegisterEntry& e : entries)
        if (e.asset.id == id) return &e;
    return nullptr;
}

const Proposal* RegisterState::proposal(std::string_view id) const {
    for (const Proposal& p : proposals)
        if (p.id == id) return &p;
    return nullptr;
}

std::vector<const Proposal*> RegisterState::openProposals() const {
    std::vector<const Proposal*> open;
    for (const Proposal& p : proposals)
        if (p.state == Proposal::State::Open) open.push_back(&p);
    return open;
}

RegisterState replayRegister(std::span<const RegisterEvent> events) {
    RegisterState state;
    auto findEntry = [&](const std::string& id) {
        return std::find_if(state.entries.begin(), state.entries.end(), [&](const RegisterEntry& e) { return e.asset.id == id; });
    };
    auto findProposal = [&](const std::string& id) {
        return std::find_if(state.proposals.begin(), state.proposals.end(), [&](const Proposal& p) { return p.id == id; });
    };
    for (const RegisterEvent& event : events) {
        switch (event.kind) {
            case RegisterEventKind::Recorded: {
                auto asset = assetFromJson(event.asset);
                if (!asset || event.object.empty()) {
                    ++state.unreadable;
                    break;
                }
                asset->id = event.object;
                auto found = findEntry(event.object);
                if (found == state.entries.end()) {
                    state.entries.push_back({*asset, {{event.at, event.by, {}}}});
                } else {
                    found->history.push_back({event.at, event.by, changedColumns(found->asset, *asset)});
                    found->asset = std::move(*asset);
                }
                break;
            }
            case RegisterEventKind::Removed: {
                auto found = findEntry(event.object);
                if (found != state.entries.end()) state.entries.erase(found);
                break;
            }
            case RegisterEventKind::Proposed: {
                auto asset = assetFromJson(event.asset);
                if (!asset || event.object.empty() || findProposal(event.object) != state.proposals.end()) {
                    ++state.unreadable;
                    break;
                }
                Proposal proposal;
                proposal.id = event.object;
                proposal.asset = std::move(*asset);
                proposal.learner_id = event.learner_id;
                proposal.by = event.by;
                proposal.lesson = event.lesson;
                proposal.at = event.at;
                state.proposals.push_back(std::move(proposal));
                break;
            }
            case RegisterEventKind::Accepted:
            case RegisterEventKind::Declined: {
                auto found = findProposal(event.object);
                if (found == state.proposals.end() || found->state != Proposal::State::Open) break;
                const bool accepted = event.kind == RegisterEventKind::Accepted;
                found->state = accepted ? Proposal::State::Accepted : Proposal::State::Declined;
                found->decided_by = event.by;
                found->decided_at = event.at;
                found->entry = accepted ? event.entry : std::string();
                found->reason = accepted ? std::string() : event.reason;
                break;
            }
        }
    }
    return state;
}

}  // namespace ipprimer::progress
