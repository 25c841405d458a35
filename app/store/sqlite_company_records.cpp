// The company's records in the SQLite store: events written through the one
// event writer (so each has its UUID and installation), read back by verb
// along their own index (schema 5) and replayed by the rules in progress.
#include <nlohmann/json.hpp>

#include <algorithm>

#include "store/sqlite_parts.h"
#include "store/uuid.h"
#include "store/verbs.h"

namespace ipprimer::store {
namespace {

using nlohmann::json;

std::string jsonText(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

// The verbs as the partial indexes of schema 5 name them, word for word, so
// the queries below use those indexes.
constexpr std::string_view kSelfCheckVerbs = "'selfcheck-started', 'selfcheck-answered', 'selfcheck-finished'";
constexpr std::string_view kRegisterVerbs =
    "'asset-recorded', 'asset-removed', 'asset-proposed', 'proposal-accepted', 'proposal-declined'";

std::string field(const json& object, const char* key) {
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

}  // namespace

std::vector<SqliteCompanyRecords::Raw> SqliteCompanyRecords::read(std::string_view verbs) {
    Statement select(context_.db, "SELECT verb, object, coalesce(response, ''), coalesce(context, ''), learner_id, at"
                                  " FROM events WHERE verb IN (" + std::string(verbs) + ") ORDER BY id");
    std::vector<Raw> events;
    while (select.step())
        events.push_back({select.columnText(0), select.columnText(1), select.columnText(2), select.columnText(3),
                          select.columnInt64(4), select.columnInt64(5)});
    return events;
}

json SqliteCompanyRecords::by(std::int64_t learner_id) {
    Statement select(context_.db, "SELECT name FROM learners WHERE id = ?1");
    select.bind(1, learner_id);
    if (!select.step())
        throw StoreError("there is no learner with id " + std::to_string(learner_id) + " in " + context_.location() +
                         " to record this for");
    return json{{"by", select.columnText(0)}};
}

void SqliteCompanyRecords::write(std::int64_t learner_id, std::string_view verb, std::string_view object,
                                 std::string response, const json& context) {
    NewEvent event;
    event.learner_id = learner_id;
    event.verb = verb;
    event.object = object;
    event.response = std::move(response);
    event.context = jsonText(context);
    events_.insert(event, std::nullopt, "");
}

std::vector<progress::SelfCheckTakeRecord> SqliteCompanyRecords::selfCheckTakes() {
    std::vector<progress::SelfCheckEvent> events;
    for (const Raw& raw : read(kSelfCheckVerbs)) {
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

std::string SqliteCompanyRecords::startSelfCheck(std::int64_t learner_id) {
    const std::string take = newUuid();
    write(learner_id, verbs::kSelfCheckStarted, take, "", by(learner_id));
    return take;
}

void SqliteCompanyRecords::openTake(std::string_view take, const char* what) {
    const auto takes = selfCheckTakes();
    const auto found = std::find_if(takes.begin(), takes.end(), [&](const auto& t) { return t.id == take; });
    if (found == takes.end())
        throw StoreError("there is no self-check " + std::string(take) + " in " + context_.location() + "; " + what +
                         " was not recorded");
    if (found->finished()) throw StoreError("that self-check is finished; " + std::string(what) + " was not recorded");
}

void SqliteCompanyRecords::recordSelfCheckAnswer(std::int64_t learner_id, std::string_view take, std::string_view question,
                                                 const std::optional<progress::Answer>& answer) {
    openTake(take, "the answer");
    json context = by(learner_id);
    context["take"] = std::string(take);
    write(learner_id, verbs::kSelfCheckAnswered, question, answer ? progress::answerJson(*answer) : "null", context);
}

void SqliteCompanyRecords::finishSelfCheck(std::int64_t learner_id, std::string_view take) {
    openTake(take, "its end");
    write(learner_id, verbs::kSelfCheckFinished, take, "", by(learner_id));
}

progress::RegisterState SqliteCompanyRecords::registerState() {
    std::vector<progress::RegisterEvent> events;
    for (const Raw& raw : read(kRegisterVerbs)) {
        const json context = json::parse(raw.context, nullptr, false);
        progress::RegisterEvent event;
        event.object = raw.object;
        event.asset = raw.response;
        event.by = field(context, "by");
        event.learner_id = raw.learner_id;
        event.at = raw.at;
        if (raw.verb == verbs::kAssetRecorded) {
            event.kind = progress::RegisterEventKind::Recorded;
        } else if (raw.verb == verbs::kAssetRemoved) {
            event.kind = progress::RegisterEventKind::Removed;
        } else if (raw.verb == verbs::kAssetProposed) {
            event.kind = progress::RegisterEventKind::Proposed;
            event.lesson = field(context, "lesson");
        } else if (raw.verb == verbs::kProposalAccepted) {
            event.kind = progress::RegisterEventKind::Accepted;
            event.entry = field(context, "entry");
        } else {
            event.kind = progress::RegisterEventKind::Declined;
            event.reason = field(context, "reason");
        }
        events.push_back(std::move(event));
    }
    return progress::replayRegister(events);
}

std::vector<std::string> SqliteCompanyRecords::writeAssets(std::int64_t learner_id, std::span<const progress::Asset> assets) {
    std::vector<std::string> ids;
    const json context = by(learner_id);
    for (const progress::Asset& asset : assets) {
        if (const auto problems = progress::assetProblems(asset); !problems.empty())
            throw StoreError("'" + asset.title + "' was not recorded: " + problems.front().message);
        ids.push_back(asset.id.empty() ? newUuid() : asset.id);
        write(learner_id, verbs::kAssetRecorded, ids.back(), progress::assetJson(asset), context);
    }
    return ids;
}

std::vector<std::string> SqliteCompanyRecords::recordAssets(std::int64_t learner_id, std::span<const progress::Asset> assets) {
    Transaction transaction(context_.db);
    std::vector<std::string> ids = writeAssets(learner_id, assets);
    transaction.commit();
    return ids;
}

void SqliteCompanyRecords::removeAsset(std::int64_t learner_id, std::string_view asset_id) {
    if (!registerState().entry(asset_id))
        throw StoreError("there is no register entry " + std::string(asset_id) + "; nothing was removed");
    write(learner_id, verbs::kAssetRemoved, asset_id, "", by(learner_id));
}

std::string SqliteCompanyRecords::proposeAsset(std::int64_t learner_id, const progress::Asset& asset, std::string_view lesson) {
    if (asset.title.empty()) throw StoreError("a proposal needs a title; it was not recorded");
    const std::string id = newUuid();
    json context = by(learner_id);
    context["lesson"] = std::string(lesson);
    write(learner_id, verbs::kAssetProposed, id, progress::assetJson(asset), context);
    return id;
}

void SqliteCompanyRecords::openProposal(std::string_view proposal) {
    const progress::RegisterState state = registerState();
    const progress::Proposal* found = state.proposal(proposal);
    if (!found) throw StoreError("there is no proposal " + std::string(proposal) + " in " + context_.location());
    if (found->state != progress::Proposal::State::Open)
        throw StoreError("the proposal '" + found->asset.title + "' was already " +
                         (found->state == progress::Proposal::State::Accepted ? "accepted" : "declined") + " by " +
                         found->decided_by);
}

std::string SqliteCompanyRecords::acceptProposal(std::int64_t learner_id, std::string_view proposal, const progress::Asset& entry) {
    openProposal(proposal);
    Transaction transaction(context_.db);
    const std::string id = writeAssets(learner_id, std::span(&entry, 1)).front();
    json context = by(learner_id);
    context["entry"] = id;
    write(learner_id, verbs::kProposalAccepted, proposal, "", context);
    transaction.commit();
    return id;
}

void SqliteCompanyRecords::declineProposal(std::int64_t learner_id, std::string_view proposal, std::string_view reason) {
    openProposal(proposal);
    json context = by(learner_id);
    context["reason"] = std::string(reason);
    write(learner_id, verbs::kProposalDeclined, proposal, "", context);
}

}  // namespace ipprimer::store
