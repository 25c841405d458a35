// Where a certificate is saved from a screen: the learner's home and quiz
// result, and the manager's record of one learner. It says why there is none
// yet, or offers "Save PDF" through the export panel; issuing (on the signing
// computer only) and drawing are app/export's.
#pragma once

#include <cstdint>
#include <string>

#include "ui/export_panel.h"

namespace ipprimer::ui {
class App;

class CertificatePanel {
public:
    // Reads whether the learner has, or may be issued, a certificate: when
    // the screen opens and after a save, never per frame.
    void refresh(App& app, std::int64_t learner_id);
    // `own`: the learner's own screens ("your certificate"); else a manager's.
    // `quiet`: draws nothing at all until the learner has earned one.
    void draw(App& app, bool own, bool quiet = false);

    bool available() const { return available_; }
    bool earned() const { return earned_; }
    const std::string& problem() const { return problem_; }
    const std::string& message() const { return export_.message(); }

private:
    std::int64_t learner_id_ = 0;
    bool available_ = false;
    bool earned_ = false;
    std::string problem_;
    std::string proposed_name_;
    ExportPanel export_;
};

}  // namespace ipprimer::ui
