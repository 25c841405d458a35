// Saving a learner's transcript (lessons, quizzes, scores, certificates) as
// PDF or xAPI JSON, from the learner's home and the manager's learner record.
#pragma once

#include <cstdint>
#include <string>

#include "ui/export_panel.h"

namespace ipprimer::ui {
class App;

class TranscriptPanel {
public:
    // `own`: the learner's own screen ("your record"); else a manager's.
    void draw(App& app, std::int64_t learner_id, const std::string& learner_name, bool own);
    const std::string& message() const { return export_.message(); }

private:
    ExportPanel export_;
};

}  // namespace ipprimer::ui
