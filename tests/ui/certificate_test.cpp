// Saving certificates and training records from the window: the learner's
// home, the manager's record of one learner, and every certificate of the
// dashboard's filter into a folder.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "course/course.h"
#include "demo/demo_data.h"
#include "export/certificate_records.h"
#include "export/certificate_signing.h"
#include "harness.h"
#include "progress/curriculum.h"
#include "store/sqlite_store.h"
#include "temp_folder.h"
#include "ui/app.h"
#include "ui/home_view.h"
#include "ui/learner_detail_view.h"
#include "ui/manager_view.h"
#include "ui/result_view.h"

using namespace ipprimer;
using ipprimer::testing::HeadlessUi;

namespace {

std::string fileText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct Certificates : ::testing::Test {
    const ipprimer::testing::TempFolder temp{"ipprimer-ui-certificates"};
    HeadlessUi ui{1280, 900};
    course::Course course = course::loadCourse(IPPRIMER_SOURCE_DIR);
    store::SqliteStore store{temp.path() / "progress.db"};
    ui::App app{course, store, nullptr};
    std::function<void()> draw = [this] { app.frame(); };
    store::Dashboard dashboard;

    void SetUp() override {
        store.setClock([] { return std::int64_t{1'741'608'000'000}; });
        demo::DemoOptions options;
        options.learners = 40;
        options.seed = 5;
        demo::generateDemoData(store, demo::demoCourseOf(course), options);
        exports::writeSigningKey(exports::signingKeyPath(store.path()), exports::SigningKey::generate(), false);
        exports::setOrganisationName(store.settings(), "Acme Widgets Ltd");
        dashboard = store.reports().dashboard(progress::curriculumOf(course), localDate(store.now()));
        app.setFonts(ui.buildFonts());
    }

    std::int64_t learnerWhose(progress::LearnerState state) {
        for (const auto& row : dashboard.rows)
            if (row.status.state == state) return row.learner.id;
        ADD_FAILURE() << "no learner in state " << progress::stateName(state);
        return 0;
    }

    void openHome(std::int64_t learner_id) {
        app.selectLearner(learner_id);
        app.navigate(ui::Screen::Home);
        ui.settle(draw);
    }
};

TEST_F(Certificates, ALearnerWhoPassedSavesTheirCertificateAndRecordFromHome) {
    const std::int64_t learner_id = learnerWhose(progress::LearnerState::Compliant);
    ImGui::GetIO().DisplaySize = ImVec2(1280, 4000);  // the record is at the foot of home, below every module
    openHome(learner_id);
    ASSERT_TRUE(ui.has("Save certificate as PDF")) << app.view<ui::HomeView>().certificate().problem();
    const std::string pdf = (temp.path() / "mine.pdf").string();
    ASSERT_TRUE(ui.replaceText("Certificate path", pdf, draw));
    ASSERT_TRUE(ui.click("Save certificate as PDF", draw));
    ui.settle(draw);
    EXPECT_TRUE(fileText(pdf).starts_with("%PDF")) << app.view<ui::HomeView>().certificate().message();
    EXPECT_EQ(exports::issuedRecords(store, learner_id).size(), 1u) << "saving issued it, once";
    ASSERT_TRUE(ui.click("Save certificate as PDF", draw));  // the file is there: asked first
    ASSERT_TRUE(ui.click("Replace it", draw));
    EXPECT_EQ(exports::issuedRecords(store, learner_id).size(), 1u) << "saved again, not issued again";

    const std::string json = (temp.path() / "record.json").string();
    ASSERT_TRUE(ui.replaceText("Record path", json, draw));
    ASSERT_TRUE(ui.click("Save record as JSON", draw));
    const auto statements = nlohmann::json::parse(fileText(json), nullptr, false);
    ASSERT_TRUE(statements.is_array()) << fileText(json) << app.view<ui::HomeView>().certificate().message();
    EXPECT_GT(statements.size(), 5u);
    ASSERT_TRUE(ui.replaceText("Record path", (temp.path() / "record").string(), draw));
    ASSERT_TRUE(ui.click("Save record as PDF", draw));
    EXPECT_TRUE(fileText(temp.path() / "record.pdf").starts_with("%PDF"));
}

TEST_F(Certificates, TheRoleQuizResultOffersTheCertificateOnceEarned) {
    const std::int64_t learner_id = learnerWhose(progress::LearnerState::Compliant);
    const auto learner = store.roster().find(learner_id);
    ASSERT_TRUE(learner);
    std::int64_t passed_attempt = 0;
    for (const auto& attempt : store.attempts().attempts(learner_id, "role:" + learner->role))
        if (attempt.finished() && attempt.outcome->passed) passed_attempt = attempt.id;
    ASSERT_NE(passed_attempt, 0);
    app.selectLearner(learner_id);
    app.view<ui::ResultView>().setAttempt(passed_attempt);
    ASSERT_TRUE(app.navigate(ui::Screen::Result));
    ui.settle(draw);
    ASSERT_TRUE(ui.has("Save certificate as PDF"));
    const std::string pdf = (temp.path() / "from-result.pdf").string();
    ASSERT_TRUE(ui.replaceText("Certificate path", pdf, draw));
    ASSERT_TRUE(ui.click("Save certificate as PDF", draw));
    EXPECT_TRUE(fileText(pdf).starts_with("%PDF")) << app.view<ui::ResultView>().certificate().message();
}

TEST_F(Certificates, NoCertificateBeforePassingAndAReasonOnALaptopWithoutTheKey) {
    openHome(learnerWhose(progress::LearnerState::NotStarted));
    EXPECT_FALSE(ui.has("Save certificate as PDF"));
    EXPECT_TRUE(ui.has("Save record as PDF")) << "the record is there from the start";

    std::filesystem::remove(exports::signingKeyPath(store.path()));
    openHome(learnerWhose(progress::LearnerState::Compliant));
    EXPECT_FALSE(ui.has("Save certificate as PDF"));
    EXPECT_NE(app.view<ui::HomeView>().certificate().problem().find("has not been issued yet"), std::string::npos)
        << app.view<ui::HomeView>().certificate().problem();
    // The learner is told what to do in their own words, without the key file's path.
    EXPECT_TRUE(ui.has(ui::kEarnedNotSignedHere));
}

TEST_F(Certificates, TheManagerSavesOneFromTheLearnersRecord) {
    const std::int64_t learner_id = learnerWhose(progress::LearnerState::Compliant);
    app.unlockWithoutPin(ui::Area::Manager, "Maria Keller");
    app.view<ui::LearnerDetailView>().setLearner(learner_id);
    app.navigate(ui::Screen::LearnerRecord);
    ui.settle(draw);
    const std::string pdf = (temp.path() / "theirs").string();
    ASSERT_TRUE(ui.replaceText("Certificate path", pdf, draw));
    ASSERT_TRUE(ui.click("Save certificate as PDF", draw));
    EXPECT_TRUE(fileText(pdf + ".pdf").starts_with("%PDF")) << app.view<ui::LearnerDetailView>().certificate().message();
}

TEST_F(Certificates, TheManagerSavesEveryCertificateOfTheFilterIntoAFolder) {
    app.unlockWithoutPin(ui::Area::Manager, "Maria Keller");
    app.navigate(ui::Screen::Manager);
    ui.settle(draw);
    const ui::ManagerView& view = app.view<ui::ManagerView>();
    std::size_t with_certificate = 0;
    for (std::size_t row : view.shownRows()) with_certificate += view.dashboard().rows[row].status.compliant;
    ASSERT_GT(with_certificate, 3u);

    ASSERT_TRUE(ui.click("Certificates", draw));
    ui.settle(draw);
    const std::filesystem::path folder = temp.path() / "all";
    ASSERT_TRUE(ui.replaceText("Certificates folder", folder.string(), draw));
    ASSERT_TRUE(ui.click("Save certificates", draw));
    bool showed_progress = false;
    for (int frame = 0; frame < 2000 && view.certificates().running(); ++frame) {
        ui.frame(draw);
        showed_progress = showed_progress || ui.has("Certificates progress");
    }
    EXPECT_FALSE(view.certificates().running());
    std::size_t pdfs = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) pdfs += entry.path().extension() == ".pdf";
    EXPECT_EQ(pdfs, with_certificate);
    EXPECT_EQ(view.certificates().saved(), static_cast<int>(with_certificate));
    EXPECT_NE(view.certificates().summary().find("Saved " + std::to_string(with_certificate) + " certificates"),
              std::string::npos)
        << view.certificates().summary();
    EXPECT_NE(view.certificates().summary().find("None for the others"), std::string::npos);
    (void)showed_progress;  // a small team may be done within one frame's slice
}

}  // namespace
