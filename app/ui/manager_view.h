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
#include "export/reminder_mail.h"
#include "ui/dashboard_charts.h"
#include "ui/certificate_batch.h"
#include "ui/export_panel.h"
#include "ui/org_picture_panel.h"
#include "ui/lrs_panel.h"
#include "ui/register_summary.h"
#include "ui/screens.h"

namespace ipprimer::ui {
class App;

class ManagerView : public View {
public:
    static constexpr Screen kScreen = Screen::Manager;

    // Opening the dashboard derives every status afresh.
    bool open(App& app) override {
        organisation_.opened(app, pictureRequest(app));
        refresh(app);
        return true;
    }
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
    // On a linked PC, this PC's records or the organisation's picture (manager_source.cpp).
    const OrgPicturePanel& organisation() const { return organisation_; }
    const DashboardCharts& charts() const { return charts_; }
    const exports::Reminder& reminder() const { return reminder_; }
    // Opens the charts, the reminder or the LRS panel, as their buttons do (screenshots).
    void showCharts(bool shown) { charts_shown_ = shown; }
    void showReminder(bool shown) { reminding_ = shown; }
    void showLrs(bool shown) { lrs_shown_ = shown; }
    const LrsPanel& lrs() const { return lrs_; }
    const CertificateBatch& certificates() const { return certificates_; }

private:
    bool drawHeader(App& app);  // false once the manager locked the area
    void drawTiles(App& app);
    void drawRegister(App& app);  // the IP register's dates due and risks (register_summary.h)
    void drawFilters(App& app);
    void drawExport(App& app);  // the export panel, while exporting_
    void drawReminder(App& app);  // while reminding_: who is due, and the mail to open
    void drawTable(App& app);
    // Where the rows come from (manager_source.cpp): the organisation's
    // picture when it is chosen and read, else this PC's records.
    OrgPicturePanel::Request pictureRequest(App& app);
    void loadRows(App& app);
    // The learner's detail for a row of dashboard_ (by index).
    void openLearner(App& app, std::size_t row);
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
    bool charts_shown_ = false;
    DashboardCharts charts_;
    bool reminding_ = false;
    exports::Reminder reminder_;
    bool lrs_shown_ = false;
    LrsPanel lrs_;
    bool saving_certificates_ = false;  // the certificates' folder row is open
    CertificateBatch certificates_;
    RegisterSummary register_;
    OrgPicturePanel organisation_;
    bool rows_from_organisation_ = false;  // dashboard_ is the organisation's picture
};

}  // namespace ipprimer::ui
