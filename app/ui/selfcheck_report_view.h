// The self-check's action report on screen: the same words as the PDF and
// the Markdown (export/selfcheck_report_parts.h), each action's lesson one
// click away, and the report saved as PDF or Markdown.
#pragma once

#include <optional>

#include "export/selfcheck_report.h"
#include "export/selfcheck_report_parts.h"
#include "ui/export_panel.h"
#include "ui/screens.h"

namespace ipprimer::ui {
class App;

class SelfCheckReportView : public View {
public:
    static constexpr Screen kScreen = Screen::SelfCheckReport;

    // The last finished take against the one before; the take under way when none is finished.
    bool open(App& app) override;
    void drawContent(App& app) override;
    void areaLocked() override;

    // What the screen shows, for tests.
    const exports::ReportParts& parts() const { return parts_; }
    bool finished() const { return finished_; }

private:
    std::optional<exports::SelfCheckTake> now_, before_;
    exports::ReportParts parts_;
    bool finished_ = false;
    ExportPanel export_;
};

}  // namespace ipprimer::ui
