// Demo data written through the store's interfaces: the generator draws a
// batch of learners with their histories, then the roster adds the learners
// and the journal appends their events, one transaction each per batch.
#include "demo/demo_data.h"

#include <algorithm>

#include "demo/demo_generator.h"
#include "progress/curriculum.h"
#include "quiz/responses.h"

namespace ipprimer::demo {
namespace {

// Adds the drawn learners, then appends their events with the ids the roster
// gave them. Returns how many events were written.
std::int64_t write(store::Store& store, DemoRecords& records) {
    const std::vector<std::int64_t> ids = store.roster().add(records.learners);
    std::vector<store::NewEvent> events;
    events.reserve(records.events.size());
    for (DemoRecords::PendingEvent& pending : records.events) {
        pending.event.learner_id = ids[pending.learner];
        if (pending.names_learner) pending.event.object = std::to_string(pending.event.learner_id);
        events.push_back(std::move(pending.event));
    }
    store.journal().append(events);
    records.learners.clear();
    records.events.clear();
    return static_cast<std::int64_t>(events.size());
}

}  // namespace

DemoResult generateDemoData(store::Store& store, const DemoCourse& course, const DemoOptions& options,
                            const std::function<void(int learners_done)>& progress) {
    if (!store.roster().list(true).empty())
        throw store::StoreError(store.path().string() +
                                " already holds learners; demo data goes into a database of its own (choose a new "
                                "file with --db)");
    DemoResult result;
    Generator generator(course, options.seed, store.now());
    DemoRecords records;
    // One load for everything: made-up records in a file of their own need
    // no protection against a power cut half way, and the events' UUID index
    // (random keys) is far cheaper built once than kept at every insert.
    const std::unique_ptr<store::WriteBatch> all = store.beginBatch(store::BatchKind::Load);
    const int batch = std::max(1, options.learners_per_write);
    for (int done = 0; done < options.learners;) {
        const int until = std::min(options.learners, done + batch);
        for (; done < until; ++done) generator.learner(done, records);
        result.events += write(store, records);
        if (progress) progress(done);
    }
    all->commit();
    result.learners = options.learners;
    return result;
}

DemoCourse demoCourseOf(const course::Course& course) {
    DemoCourse demo{progress::curriculumOf(course), {}};
    demo.questions.resize(demo.curriculum.modules().size());
    for (const course::Bank& bank : course.banks) {
        const int module = demo.curriculum.moduleIndex(bank.module_id);
        if (module < 0) continue;
        for (const quiz::Question& question : bank.questions) {
            if (!question.isScored() || question.id.empty()) continue;
            demo.questions[static_cast<std::size_t>(module)].push_back(
                {question.id, quiz::responseToJson(question, quiz::bestResponse(question)).dump(),
                 quiz::responseToJson(question, quiz::wrongResponse(question)).dump()});
        }
    }
    return demo;
}

}  // namespace ipprimer::demo
