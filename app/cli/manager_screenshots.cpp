// Opening the manager's screens for a screenshot (see the header for why no PIN).
#include "cli/manager_screenshots.h"

#include <cstdio>

#include "store/store.h"
#include "ui/app.h"
#include "ui/import_view.h"
#include "ui/learner_detail_view.h"
#include "ui/manager_view.h"

namespace ipprimer::cli {

bool isManagerView(const std::string& view) { return view == "dashboard" || view.starts_with("dashboard:"); }

bool showManagerView(ui::App& app, store::Store& store, const std::string& view) {
    if (view == "dashboard:gate") {  // the PIN asked for, as everyone first sees the area
        app.navigate(ui::Screen::Manager);
        return true;
    }
    app.unlockWithoutPin(ui::Area::Manager, "Screenshot");
    if (view == "dashboard:topics") {
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
