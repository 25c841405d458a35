// Opening the manager's screens for a screenshot (see the header for why no PIN).
#include "cli/manager_screenshots.h"

#include <cstdio>

#include "store/company_records.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/import_view.h"
#include "ui/learner_detail_view.h"
#include "ui/manager_view.h"

namespace ipprimer::cli {

bool isManagerView(const std::string& view) {
    return view == "dashboard" || view.starts_with("dashboard:") || view == "register" || view == "selfcheck" ||
           view == "selfcheck-report";
}

namespace {

// The self-check is shown as the person who took it last would see it: the
// area is opened in their name, so their take is the one resumed.
std::string lastTaker(ui::App& app, store::Store& store) {
    const auto takes = app.store().companyRecords().selfCheckTakes();
    if (takes.empty()) return "Screenshot";
    const auto learner = store.roster().find(takes.back().learner_id);
    return learner ? learner->name : "Screenshot";
}

}  // namespace

bool showManagerView(ui::App& app, store::Store& store, const std::string& view) {
    if (view == "dashboard:gate") {  // the PIN asked for, as everyone first sees the area
        app.navigate(ui::Screen::Manager);
        return true;
    }
    const bool selfcheck = view == "selfcheck" || view == "selfcheck-report";
    app.unlockWithoutPin(ui::Area::Manager, selfcheck ? lastTaker(app, store) : "Screenshot");
    if (view == "register") {
        app.navigate(ui::Screen::Register);
    } else if (view == "selfcheck") {
        app.navigate(ui::Screen::SelfCheck);
    } else if (view == "selfcheck-report") {
        if (!app.navigate(ui::Screen::SelfCheckReport)) {
            std::fprintf(stderr, "ipprimer screenshot: %s\n", app.statusMessage().c_str());
            return false;
        }
    } else if (view == "dashboard:topics") {
        app.navigate(ui::Screen::Topics);
    } else if (view == "dashboard:import" || view.starts_with("dashboard:import:")) {
        app.navigate(ui::Screen::StaffImport);
        if (view.size() > 17) app.view<ui::ImportView>().loadAndCheck(app, view.substr(17));
    } else if (view.starts_with("dashboard:learner:")) {
        const std::string employee_id = view.substr(18);
        for (const store::Learner& learner : store.roster().list(true))
            if (learner.employee_id == employee_id) {
                app.view<ui::LearnerDetailView>().setLearner(learner.id);
                app.navigate(ui::Screen::LearnerRecord);
                return true;
            }
        std::fprintf(stderr, "ipprimer screenshot: no learner with employee id '%s' in %s\n", employee_id.c_str(),
                     store.path().c_str());
        return false;
    } else {
        app.navigate(ui::Screen::Manager);
    }
    return true;
}

}  // namespace ipprimer::cli
