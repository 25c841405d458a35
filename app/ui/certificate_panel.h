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

// What a learner reads on their own screens when they earned a certificate
// that only the organisation's signing computer can issue.
inline constexpr const char* kEarnedNotSignedHere =
    "You have earned it. Certificates are signed on your organisation's signing computer, and this one does not "
    "hold the key: ask the manager who issues them for your copy.";

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
    bool needs_signing_computer_ = false;
    std::string problem_;
    std::string proposed_name_;
    ExportPanel export_;
};

}  // namespace ipprimer::ui
