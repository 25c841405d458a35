// The company's records as events of the SQLite store: written in the
// person's name, read back by verb and replayed by the rules in progress.
#include "store/company_records.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <array>
#include <set>
#include <cstdio>

#include "base/countries.h"
#include "base/text.h"
#include "store/store.h"
#include "store/verbs.h"

namespace ipprimer::store {
namespace {

using nlohmann::json;

std::string newId() {
    std::array<unsigned char, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40);  // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80);  // RFC 4122 variant
    char text[37];
    std::snprintf(text, sizeof text, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", bytes[0],
                  bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9], bytes[10],
                  bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]);
    return text;
}

std::string lowerAscii(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

std::string jsonText(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string field(const json& object, const char* key) {
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

struct RawEvent {
    std::string verb, object, response, context;
    std::int64_t learner_id = 0, at = 0;
};

class SqliteCompanyRecords final : public CompanyRecords {
public:
    explicit SqliteCompanyRecords(Store& store) : store_(store), db_(store.database()) {}

    std::vector<progress::SelfCheckTakeRecord> selfCheckTakes() override {
        std::vector<progress::SelfCheckEvent> events;
        for (const RawEvent& raw : read({verbs::kSelfCheckStarted, verbs::kSelfCheckAnswered, verbs::kSelfCheckFinished})) {
            progress::SelfCheckEvent event;
            event.learner_id = raw.learner_id;
            event.at = raw.at;
            if (raw.verb == verbs::kSelfCheckAnswered) {
                event.kind = progress::SelfCheckEventKind::Answered;
                event.question = raw.object;
                event.answer = raw.response;
                event.take = field(json::parse(raw.context, nullptr, false), "take");
            } else {
                event.kind = raw.verb == verbs::kSelfCheckStarted ? progress::SelfCheckEventKind::Started
                                                                  : progress::SelfCheckEventKind::Finished;
                event.take = raw.object;
            }
            events.push_back(std::move(event));
        }
        return progress::replaySelfChecks(events);
    }

    std::string startSelfCheck(std::int64_t learner_id) override {
        const std::string take = newId();
        Transaction transaction(db_);
        write(learner_id, verbs::kSelfCheckStarted, take, "", byContext(learner_id));
        transaction.commit();
        return take;
    }

    void recordSelfCheckAnswer(std::int64_t learner_id, std::string_view take, std::string_view question,
                               const std::optional<progress::Answer>& answer) override {
        const auto takes = selfCheckTakes();
        const auto found = std::find_if(takes.begin(), takes.end(), [&](const auto& t) { return t.id == take; });
        if (found == takes.end()) throw StoreError("there is no self-check " + std::string(take) + "; the answer was not recorded");
        if (found->finished()) throw StoreError("the self-check of this answer is finished; the answer was not recorded");
        json context = json::parse(byContext(learner_id));
        context["take"] = std::string(take);
        write(learner_id, verbs::kSelfCheckAnswered, question, answer ? progress::answerJson(*answer) : "null", jsonText(context));
    }

    void finishSelfCheck(std::int64_t learner_id, std::string_view take) override {
        write(learner_id, verbs::kSelfCheckFinished, take, "", byContext(learner_id));
    }

    progress::RegisterState registerState() override {
        std::vector<progress::RegisterEvent> events;
        for (const RawEvent& raw : read({verbs::kAssetRecorded, verbs::kAssetRemoved, verbs::kAssetProposed,
                                         verbs::kProposalAccepted, verbs::kProposalDeclined})) {
            const json context = json::parse(raw.context, nullptr, false);
            progress::RegisterEvent event;
            event.object = raw.object;
            event.asset = raw.response;
            event.by = field(context, "by");
            event.learner_id = raw.learner_id;
            event.at = raw.at;
            if (raw.verb == verbs::kAssetRecorded) event.kind = progress::RegisterEventKind::Recorded;
            if (raw.verb == verbs::kAssetRemoved) event.kind = progress::RegisterEventKind::Removed;
            if (raw.verb == verbs::kAssetProposed) {
                event.kind = progress::RegisterEventKind::Proposed;
                event.lesson = field(context, "lesson");
            }
            if (raw.verb == verbs::kProposalAccepted) {
                event.kind = progress::RegisterEventKind::Accepted;
                event.entry = field(context, "entry");
            }
            if (raw.verb == verbs::kProposalDeclined) {
                event.kind = progress::RegisterEventKind::Declined;
                event.reason = field(context, "reason");
            }
            events.push_back(std::move(event));
        }
        return progress::replayRegister(events);
    }

    std::vector<std::string> recordAssets(std::int64_t learner_id, std::span<const progress::Asset> assets) override {
        Transaction transaction(db_);
        std::vector<std::string> ids = writeAssets(learner_id, assets);
        transaction.commit();
        return ids;
    }

    void removeAsset(std::int64_t learner_id, std::string_view asset_id) override {
        if (!registerState().entry(asset_id))
            throw StoreError("there is no register entry " + std::string(asset_id) + "; nothing was removed");
        write(learner_id, verbs::kAssetRemoved, asset_id, "", byContext(learner_id));
    }

    std::string proposeAsset(std::int64_t learner_id, const progress::Asset& asset, std::string_view lesson) override {
        if (asset.title.empty()) throw StoreError("a proposal needs a title; it was not recorded");
        const std::string id = newId();
        json context = json::parse(byContext(learner_id));
        context["lesson"] = std::string(lesson);
        write(learner_id, verbs::kAssetProposed, id, progress::assetJson(asset), jsonText(context));
        return id;
    }

    std::string acceptProposal(std::int64_t learner_id, std::string_view proposal, const progress::Asset& entry) override {
        openProposal(proposal);
        Transaction transaction(db_);
        const std::string id = writeAssets(learner_id, std::span(&entry, 1)).front();
        json context = json::parse(byContext(learner_id));
        context["entry"] = id;
        write(learner_id, verbs::kProposalAccepted, proposal, "", jsonText(context));
        transaction.commit();
        return id;
    }

    void declineProposal(std::int64_t learner_id, std::string_view proposal, std::string_view reason) override {
        openProposal(proposal);
        json context = json::parse(byContext(learner_id));
        context["reason"] = std::string(reason);
        write(learner_id, verbs::kProposalDeclined, proposal, "", jsonText(context));
    }

private:
    // Inside the caller's transaction.
    std::vector<std::string> writeAssets(std::int64_t learner_id, std::span<const progress::Asset> assets) {
        std::vector<std::string> ids;
        const std::string context = byContext(learner_id);
        for (const progress::Asset& asset : assets) {
            if (const auto problems = progress::assetProblems(asset); !problems.empty())
                throw StoreError("'" + asset.title + "' was not recorded: " + problems.front().message);
            ids.push_back(asset.id.empty() ? newId() : asset.id);
            write(learner_id, verbs::kAssetRecorded, ids.back(), progress::assetJson(asset), context);
        }
        return ids;
    }

    void openProposal(std::string_view proposal) {
        const progress::RegisterState state = registerState();
        const progress::Proposal* found = state.proposal(proposal);
        if (!found) throw StoreError("there is no proposal " + std::string(proposal));
        if (found->state != progress::Proposal::State::Open)
            throw StoreError("the proposal '" + found->asset.title + "' was already " +
                             (found->state == progress::Proposal::State::Accepted ? "accepted" : "declined") + " by " +
                             found->decided_by);
    }

    // {"by": "<the learner's name>"}: the name as it was when the record was made.
    std::string byContext(std::int64_t learner_id) {
        const auto learner = store_.learner(learner_id);
        if (!learner) throw StoreError("there is no learner with id " + std::to_string(learner_id) + " to record this for");
        return jsonText(json{{"by", learner->name}});
    }

    void write(std::int64_t learner_id, std::string_view verb, std::string_view object, const std::string& response,
               const std::string& context) {
        Statement insert(db_, "INSERT INTO events (learner_id, verb, object, response, context, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        insert.bind(1, learner_id).bind(2, verb).bind(3, object);
        if (response.empty())
            insert.bind(4, nullptr);
        else
            insert.bind(4, std::string_view(response));
        insert.bind(5, std::string_view(context)).bind(6, store_.now());
        insert.step();
    }

    std::vector<RawEvent> read(std::initializer_list<std::string_view> wanted) {
        std::string placeholders;
        for (std::size_t i = 0; i < wanted.size(); ++i) placeholders += (i ? ", ?" : "?") + std::to_string(i + 1);
        Statement select(db_, "SELECT verb, object, coalesce(response, ''), coalesce(context, ''), learner_id, at"
                              " FROM events WHERE verb IN (" + placeholders + ") ORDER BY id");
        int index = 1;
        for (std::string_view verb : wanted) select.bind(index++, verb);
        std::vector<RawEvent> events;
        while (select.step())
            events.push_back({select.columnText(0), select.columnText(1), select.columnText(2), select.columnText(3),
                              select.columnInt64(4), select.columnInt64(5)});
        return events;
    }

    Store& store_;
    Database& db_;
};

}  // namespace

std::unique_ptr<CompanyRecords> openCompanyRecords(Store& store) { return std::make_unique<SqliteCompanyRecords>(store); }

RegisterImportResult applyRegisterImport(CompanyRecords& records, std::int64_t learner_id,
                                         const progress::RegisterImportPlan& plan) {
    if (const int errors = plan.errorCount(); errors > 0)
        throw StoreError(plan.file + " has " + std::to_string(errors) + (errors == 1 ? " error" : " errors") +
                         "; nothing was imported");
    RegisterImportResult result;
    std::vector<progress::Asset> changed;
    for (const progress::RegisterImportRow& row : plan.rows) {
        switch (row.action) {
            case progress::RegisterRowAction::Add: ++result.added; break;
            case progress::RegisterRowAction::Update: ++result.updated; break;
            case progress::RegisterRowAction::Unchanged: ++result.unchanged; continue;
            case progress::RegisterRowAction::Error: continue;
        }
        changed.push_back(row.asset);
    }
    if (!changed.empty()) records.recordAssets(learner_id, changed);
    return result;
}

std::vector<Learner> learnersNamed(Store& store, std::string_view name_or_employee_id) {
    const std::string wanted = trimmed(name_or_employee_id);
    std::vector<Learner> named;
    if (wanted.empty()) return named;
    const std::vector<Learner> learners = store.learners();
    for (const Learner& learner : learners)
        if (!learner.employee_id.empty() && learner.employee_id == wanted) return {learner};
    for (const Learner& learner : learners)
        if (lowerAscii(learner.name) == lowerAscii(wanted)) named.push_back(learner);
    return named;
}

progress::RiskInputs riskInputs(Store& store, CompanyRecords& records, const course::Course& course, Date today) {
    progress::RiskInputs inputs;
    inputs.today = today;
    const course::SelfCheck& check = course.selfcheck;
    const auto takes = records.selfCheckTakes();
    // The company as the last finished take described it, or the take under way.
    const progress::SelfCheckTakeRecord* take = progress::lastFinished(takes);
    if (!take) take = progress::openTake(takes);
    if (take) {
        const progress::Answers counting = progress::countingAnswers(check, take->answers);
        if (const auto name = counting.find(check.company_name); name != counting.end() && !name->second.values.empty())
            inputs.company_names.push_back(name->second.values.front());
        if (const auto countries = counting.find(check.sales_countries); countries != counting.end())
            inputs.sales_countries = countries->second.values;
    }
    // Only the people named in a secret's access list are looked up: one
    // query each, not one per learner of a large staff.
    std::set<std::string> named;
    for (const progress::Asset& asset : records.registerState().assets())
        for (const std::string& who : asset.access) named.insert(lowerAscii(trimmed(who)));
    for (const Learner& learner : store.learners()) {
        if (!named.contains(lowerAscii(learner.name)) && !named.contains(lowerAscii(learner.employee_id))) continue;
        const auto statuses = store.lessonStatuses(learner.id);
        bool trained = !check.confidentiality_lessons.empty();
        for (const std::string& lesson : check.confidentiality_lessons) {
            const auto status = statuses.find(lesson);
            trained = trained && status != statuses.end() && status->second == LessonStatus::Finished;
        }
        inputs.people.push_back({learner.name, learner.employee_id, trained});
    }
    return inputs;
}

}  // namespace ipprimer::store
