// The demo-data generator: each made-up learner gets a profile (compliant,
// overdue, mid-quiz...) and then the events that lead to it, in time order.
// It only draws; demo_data.cpp writes what it drew through the store.
#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "demo/demo_data.h"
#include "demo/demo_tables.h"
#include "store/journal.h"
#include "store/roster.h"

namespace ipprimer::demo {

// Plain arithmetic on the engine's output, so a seed gives the same data with
// any standard library (the <random> distributions are not portable).
class Dice {
public:
    explicit Dice(std::uint64_t seed) : engine_(seed) {}
    std::uint64_t raw() { return engine_(); }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(engine_() % static_cast<std::uint64_t>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }  // both ends included
    double unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    // About normal, mean 0 and spread 1 (three uniforms summed: the same draws on every platform).
    double bell() { return (unit() + unit() + unit() - 1.5) * 2.0; }
    template <class T>
    const T& pick(const std::vector<T>& items) { return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))]; }

private:
    std::mt19937_64 engine_;
};

// What the generator drew for some learners, ready to be written: the
// learners, then their events in time order. An event names its learner by
// index, since the store gives the ids only when the learners are added.
struct DemoRecords {
    struct PendingEvent {
        std::size_t learner = 0;     // index into `learners`
        bool names_learner = false;  // the object is the learner's id (archived)
        store::NewEvent event;
    };
    std::vector<store::NewLearner> learners;
    std::vector<PendingEvent> events;
};

class Generator {
public:
    // `now`: the store's clock; nothing is dated after it.
    Generator(const DemoCourse& course, std::uint64_t seed, std::int64_t now);

    // Draws learner number `number` and their history into `out`.
    void learner(int number, DemoRecords& out);

private:
    enum class Outcome { AsAnswered, Pass, Fail, Abandon };

    // One event as the generator draws it; record() keeps those not in the future.
    struct Event {
        std::string_view verb;
        std::string object;
        std::string attempt;  // the UUID of the attempt's started event; empty: none
        std::optional<double> score;
        std::string response;
        std::optional<std::int64_t> duration_ms;
        std::string context;
        std::int64_t at = 0;
    };

    // demo_generator.cpp: the learner and the shape of their history.
    int weighted(const std::vector<int>& weights);
    std::string departmentFor(const std::string& role_id);
    // A time on a local day, `minute` minutes after midnight.
    std::int64_t at(Date day, int minute) const;
    std::int64_t workTime(Date day);
    void record(Event event, bool names_learner = false);
    std::vector<std::pair<int, std::string>> lessonsOf(const progress::CurriculumRole& role) const;
    std::vector<int> roleModules(const progress::CurriculumRole& role) const;
    void roleQuiz(const progress::CurriculumRole& role, Date day, int failures, Outcome last);
    void history(const progress::CurriculumRole& role, Profile profile, Date start, std::optional<Date> completed);

    // demo_activity.cpp: reading, quizzes and reviews.
    void study(const progress::CurriculumRole& role, Date from, Date until, std::size_t finished);
    std::vector<const DemoQuestion*> drawQuestions(const std::vector<int>& modules, int count);
    double difficultyOf(const DemoQuestion& question) const;
    bool answersRight(const DemoQuestion& question);
    void bringAbout(Outcome outcome, const std::vector<const DemoQuestion*>& questions, std::vector<bool>& right,
                    int pass_mark) const;
    void attempt(const std::string& quiz, std::string_view kind, const std::vector<const DemoQuestion*>& questions,
                 int pass_mark, std::int64_t start, Outcome outcome);
    void practice(int module, int pass_mark, std::int64_t start);
    void reviewSessions(const progress::CurriculumRole& role, Date from, Date until);
    void revise(const progress::CurriculumRole& role, Date day);
    void review(const std::vector<const DemoQuestion*>& questions, const std::vector<bool>& right, std::int64_t start);

    const DemoCourse& course_;
    const progress::Curriculum& curriculum_;
    Dice dice_;
    std::int64_t now_;
    Date today_;
    std::int64_t utc_offset_ms_ = 0;
    std::unordered_map<std::string, double> difficulty_;
    std::vector<int> role_weights_;
    DemoRecords* out_ = nullptr;  // where the learner being drawn goes
    double ability_ = 0;  // the learner being drawn: how well they know the subject, on the questions' scale
};

// A JSON string of `text` (ids and names hold no control characters).
std::string jsonString(std::string_view text);

}  // namespace ipprimer::demo
