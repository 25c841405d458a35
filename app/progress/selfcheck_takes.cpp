// Self-check takes from their events.
#include "progress/selfcheck_takes.h"

#include <algorithm>

namespace ipprimer::progress {

std::vector<SelfCheckTakeRecord> replaySelfChecks(std::span<const SelfCheckEvent> events) {
    std::vector<SelfCheckTakeRecord> takes;
    auto find = [&](const std::string& id) {
        return std::find_if(takes.begin(), takes.end(), [&](const SelfCheckTakeRecord& t) { return t.id == id; });
    };
    for (const SelfCheckEvent& event : events) {
        auto take = find(event.take);
        switch (event.kind) {
            case SelfCheckEventKind::Started:
                if (take == takes.end() && !event.take.empty()) {
                    SelfCheckTakeRecord record;
                    record.id = event.take;
                    record.learner_id = event.learner_id;
                    record.started_at = event.at;
                    takes.push_back(std::move(record));
                }
                break;
            case SelfCheckEventKind::Answered:
                if (take == takes.end() || take->finished() || event.question.empty()) break;
                if (event.answer == "null") {
                    take->answers.erase(event.question);
                } else if (auto answer = answerFromJson(event.answer)) {
                    take->answers[event.question] = std::move(*answer);
                }
                break;
            case SelfCheckEventKind::Finished:
                if (take != takes.end() && !take->finished()) take->finished_at = event.at;
                break;
        }
    }
    return takes;
}

const SelfCheckTakeRecord* openTake(const std::vector<SelfCheckTakeRecord>& takes) {
    return !takes.empty() && !takes.back().finished() ? &takes.back() : nullptr;
}

const SelfCheckTakeRecord* lastFinished(const std::vector<SelfCheckTakeRecord>& takes) {
    for (auto it = takes.rbegin(); it != takes.rend(); ++it)
        if (it->finished()) return &*it;
    return nullptr;
}

const SelfCheckTakeRecord* finishedBefore(const std::vector<SelfCheckTakeRecord>& takes, const SelfCheckTakeRecord& take) {
    const SelfCheckTakeRecord* before = nullptr;
    for (const SelfCheckTakeRecord& other : takes) {
        if (&other == &take) break;
        if (other.finished()) before = &other;
    }
    return before;
}

}  // namespace ipprimer::progress
