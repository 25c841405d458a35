// A learner's records as xAPI statements: the organisation's export
// (xapi_export.h) read for that learner alone, with the settings the manager
// chose, so a statement has the same id, registration and names in the
// transcript as in the LRS; a workshop credit withdrawn voids what it made.
#include <nlohmann/json.hpp>

#include "export/transcript.h"
#include "export/xapi_export.h"
#include "store/store.h"

namespace ipprimer::exports {

std::string transcriptStatements(store::Store& store, const course::Course& course, std::int64_t learner_id) {
    if (!store.roster().find(learner_id)) throw store::StoreError("there is no learner with id " + std::to_string(learner_id));
    xapi::StatementReader reader(store.journal(), store.roster(), course, xapi::settingsFrom(store.settings(), course), 0,
                                 0, learner_id);
    nlohmann::json statements = nlohmann::json::array();
    for (bool finished = false; !finished;) {
        xapi::StatementPage page = reader.next(1000);
        for (nlohmann::json& statement : page.statements) statements.push_back(std::move(statement));
        finished = page.finished;
    }
    return statements.dump(2) + "\n";
}

}  // namespace ipprimer::exports
