// The manager's "certificates for everyone shown": one PDF per learner of the
// dashboard's current filter into a folder, a few per frame with a progress
// bar, then what was saved and why the others have none.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "ui/export_panel.h"

namespace ipprimer::ui {
class App;

class CertificateBatch {
public:
    // Draws the folder row (or, while saving, the progress) for `learner_ids`.
    // Returns false when the manager closed it.
    bool draw(App& app, const std::vector<std::int64_t>& learner_ids, const std::string& proposed_folder);

    bool running() const { return next_ < queue_.size(); }
    int saved() const { return saved_; }
    const std::string& message() const { return panel_.message(); }
    const std::string& summary() const { return summary_; }

private:
    void start(App& app, const std::vector<std::int64_t>& learner_ids, const std::filesystem::path& folder);
    void step(App& app);
    void finish();

    ExportPanel panel_;
    std::vector<std::int64_t> queue_;
    std::size_t next_ = 0;
    std::filesystem::path folder_;
    int saved_ = 0;
    std::map<std::string, int> reasons_;  // why a learner has no certificate -> how many
    std::string summary_;
};

}  // namespace ipprimer::ui
