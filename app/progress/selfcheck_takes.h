// Takes of the self-check, replayed from their records: each answer is an
// event saved the moment it is given, so a take can be left and resumed, and
// the self-check taken again later. The store reads the events; here they
// become takes with their answers, as plain values.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "progress/selfcheck_answers.h"

namespace ipprimer::progress {

enum class SelfCheckEventKind {
    Started,   // object: the take's id
    Answered,  // object: the question id; the take named; the answer as answerJson, or "null" for withdrawn
    Finished,  // object: the take's id
};

struct SelfCheckEvent {
    SelfCheckEventKind kind = SelfCheckEventKind::Answered;
    std::string take;      // the take's id
    std::string question;  // Answered
    std::string answer;    // Answered: answerJson, or "null"
    std::int64_t learner_id = 0;  // who answered
    std::int64_t at = 0;          // unix milliseconds, UTC
};

struct SelfCheckTakeRecord {
    std::string id;
    std::int64_t learner_id = 0;  // who started it
    std::int64_t started_at = 0;
    std::int64_t finished_at = 0;  // 0: not finished
    Answers answers;               // the last answer to each question
    bool finished() const { return finished_at != 0; }
};

// Every take in the order started. An answer to a take never started, or
// after its take finished, is left out, and so is one that cannot be read.
std::vector<SelfCheckTakeRecord> replaySelfChecks(std::span<const SelfCheckEvent> events);

// The take to resume: the last one started, if it is not finished; null otherwise.
const SelfCheckTakeRecord* openTake(const std::vector<SelfCheckTakeRecord>& takes);
// The last finished take, and the one finished before it (for "since last time"); null when there is none.
const SelfCheckTakeRecord* lastFinished(const std::vector<SelfCheckTakeRecord>& takes);
const SelfCheckTakeRecord* finishedBefore(const std::vector<SelfCheckTakeRecord>& takes, const SelfCheckTakeRecord& take);

}  // namespace ipprimer::progress
