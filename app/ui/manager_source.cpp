// Where the dashboard's rows come from: this PC's records, or on a linked PC
// the organisation's picture (ui/org_picture_panel.h). A row of the picture
// names the server's learner, whose id is not this PC's: the detail is
// opened by the learner as this PC knows them, or from the row alone.
#include "store/store.h"
#include "ui/app.h"
#include "ui/learner_detail_view.h"
#include "ui/manager_view.h"

namespace ipprimer::ui {

OrgPicturePanel::Request ManagerView::pictureRequest(App& app) {
    return {&curriculum(app), today(app), include_archived_};
}

void ManagerView::loadRows(App& app) {
    if (const store::Dashboard* picture = organisation_.picture()) {
        dashboard_ = *picture;
        rows_from_organisation_ = true;
        return;
    }
    rows_from_organisation_ = false;
    try {
        dashboard_ = app.store().reports().dashboard(curriculum(app), today(app), include_archived_);
    } catch (const std::exception& error) {
        dashboard_ = {};
        app.setStatus(std::string("The learners could not be read: ") + error.what());
    }
}

void ManagerView::openLearner(App& app, std::size_t row) {
    if (row >= dashboard_.rows.size()) return;
    LearnerDetailView& detail = app.view<LearnerDetailView>();
    if (rows_from_organisation_)
        detail.setOrganisationRow(dashboard_.rows[row], organisation_.localLearner(row), organisation_.historyReader(row));
    else
        detail.setLearner(dashboard_.rows[row].learner.id);
    app.navigate(Screen::LearnerRecord);
}

}  // namespace ipprimer::ui
