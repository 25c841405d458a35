// The manager's area: a PIN chosen on first use, then the dashboard — tiles
// with the team's numbers, a table of every learner with sorting, filters and
// search, and the same report `ipprimer report` prints, saved to a file.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "base/dates.h"
#include "store/reports.h"
#include "progress/status.h"
#include "ui/export_panel.h"

namespace ipprimer::ui {
class App;

class ManagerView {
public:
    void drawContent(App& app);

    bool unlocked() const { return unlocked_; }
    void lock();
    // Opens the area without a PIN, as `name`. Only for `ipprimer screenshot
    // dashboard` (a picture of demo data) and tests; the window never calls it.
    void unlockWithoutPin(App& app, const std::string& name);
    // Who is using the area: recorded with every change made in it.
    const std::string& managerName() const { return manager_name_; }

    // The course as status derivation needs it, built once.
    const progress::Curriculum& curriculum(App& app);
    Date today(App& app) const;
    // Derives every learner's status again: when the dashboard opens, and
    // after an import, an archive or an extension. Never per frame.
    void refresh(App& app);

    // What the screen shows, for tests.
    const store::Dashboard& dashboard() const { return dashboard_; }
    const std::vector<std::size_t>& shownRows() const { return shown_; }
    const store::Summary& summary() const { return summary_; }
    const store::RowFilter& filter() const { return filter_; }
    const std::string& exportMessage() const { return export_.message(); }
    const std::string& gateMessage() const { return gate_message_; }

private:
    void drawGate(App& app);
    bool drawHeader(App& app);  // false once the manager locked the area
    void drawTiles(App& app);
    void drawFilters(App& app);
    void drawExport(App& app);  // the export panel, while exporting_
    void drawTable(App& app);
    // Filters, sorts and sums up the loaded rows: when a filter or the sort changes.
    void applyFilter();

    bool unlocked_ = false;
    bool name_prefilled_ = false;
    std::string pin_, pin_again_, name_input_, manager_name_, gate_message_;
    std::optional<progress::Curriculum> curriculum_;
    store::Dashboard dashboard_;
    std::vector<std::size_t> shown_;
    store::Summary summary_;
    store::RowFilter filter_;
    bool include_archived_ = false;
    std::vector<std::string> departments_;
    store::SortKey sort_key_ = store::SortKey::Name;
    bool sort_descending_ = false;

    bool exporting_ = false;
    ExportPanel export_;
};

}  // namespace ipprimer::ui
