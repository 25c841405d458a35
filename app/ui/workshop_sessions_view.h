// The workshop sessions kept in the store: a list, one session's details
// (lessons, who attended, who did not, the group quiz) and its export as CSV
// or JSON. The trainer's area and the manager's area both show it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/workshops.h"
#include "ui/export_panel.h"

namespace ipprimer::ui {
class App;

class WorkshopSessionsView {
public:
    // Reads the list again (on showing it, after a change).
    void refresh(App& app);
    // The list and the chosen session. With `can_continue` (the trainer's
    // area) a session can be taken up again: returns its id when asked.
    std::int64_t drawContent(App& app, bool can_continue);
    // The export row for one session: a path field, "Export CSV", "Export JSON".
    void drawExport(App& app, std::int64_t workshop_id);
    void select(App& app, std::int64_t workshop_id);
    std::int64_t selected() const { return selected_; }
    const std::string& exportMessage() const { return export_.message(); }

private:
    void drawDetails(App& app, bool can_continue, std::int64_t& chosen);

    bool loaded_ = false;
    std::vector<store::WorkshopSummary> list_;
    std::int64_t selected_ = 0;
    std::optional<store::Workshop> detail_;
    std::vector<std::string> attendee_names_;
    std::vector<std::string> absent_names_;
    std::vector<std::string> withdrawn_lines_;
    ExportPanel export_;
};

// "Tue 14 May 2024, 09:02": a session's start in the machine's time zone.
std::string formatSessionTime(std::int64_t unix_ms);
// When a session was planned for (date YYYY-MM-DD, time HH:MM), written the
// same way; a session planned without them, by when it started.
std::string formatSessionWhen(const std::string& date, const std::string& time, std::int64_t started_at);

}  // namespace ipprimer::ui
