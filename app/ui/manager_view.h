// The manager's dashboard, behind the manager's PIN: tiles with the team's
// numbers, a table of every learner with sorting, filters and search, and the
// report `ipprimer report` prints, saved to a file with the rows as the
// table shows them (filtered, and in its order).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "base/dates.h"
#include "store/reports.h"
#include "progress/status.h"
#include "ui/export_panel.h"
#include "ui/register_summary.h"
#include "ui/screens.h"

namespace ipprimer::ui {
class App;

class ManagerView : public View {
public:
    static constexpr Screen kScreen = Screen::Manager;

    // Opening the dashboard derives every status afresh.
    bool open(App& app) override { refresh(app); return true; }
    void drawContent(App& app) override;
    // The learners' records leave memory with the manager.
    void areaLocked() override;

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
    const RegisterSummary& registerSummary() const { return register_; }

private:
    bool drawHeader(App& app);  // false once the manager locked the area
    void drawTiles(App& app);
    void drawRegister(App& app);  // the IP register's dates due and risks (register_summary.h)
    void drawFilters(App& app);
    void drawExport(App& app);  // the export panel, while exporting_
    void drawTable(App& app);
    // Filters, sorts and sums up the loaded rows: when a filter or the sort changes.
    void applyFilter();

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
    RegisterSummary register_;
};

}  // namespace ipprimer::ui
