// The register entry's form, driven headless: typed fields become an entry,
// a secret's fields appear only for a trade secret, and Save waits until the
// entry is valid.
#include <gtest/gtest.h>

#include "harness.h"
#include "ui/asset_form.h"

using namespace ipprimer;
using progress::Asset;
using progress::AssetKind;

namespace {

struct FormFixture : ::testing::Test {
    ipprimer::testing::HeadlessUi ui{1280, 1000};
    ui::AssetForm form;
    std::vector<ui::AssetForm::Outcome> outcomes;
    std::function<void()> draw = [this] {
        ui::clearItemRegistry();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("form");
        if (auto outcome = form.draw(900); outcome != ui::AssetForm::Outcome::None) outcomes.push_back(outcome);
        ImGui::End();
    };
};

}  // namespace

TEST_F(FormFixture, ANewTradeSecretWithWhoHasAccess) {
    form.start(Asset{});
    ui.settle(draw);
    EXPECT_FALSE(ui.has("field:access")) << "a trademark has no access list";
    ASSERT_TRUE(ui.click("field:kind", draw));
    ASSERT_TRUE(ui.click("kind:trade_secret", draw));
    ui.settle(draw);
    ASSERT_TRUE(ui.has("field:access"));
    ASSERT_TRUE(ui.replaceText("field:title", "Heat-treatment recipe HT-4", draw));
    ASSERT_TRUE(ui.replaceText("field:kept_where", "QA office safe", draw));
    ASSERT_TRUE(ui.click("field:access", draw));
    ui.type("Anna Berger", draw);
    ui.press(ImGuiKey_Enter, draw);
    ui.type("E-2", draw);
    ASSERT_TRUE(ui.click("Save", draw));
    ASSERT_EQ(outcomes, std::vector<ui::AssetForm::Outcome>{ui::AssetForm::Outcome::Save});
    const Asset& saved = form.asset();
    EXPECT_EQ(saved.kind, AssetKind::TradeSecret);
    EXPECT_EQ(saved.title, "Heat-treatment recipe HT-4");
    EXPECT_EQ(saved.kept_where, "QA office safe");
    EXPECT_EQ(saved.access, (std::vector<std::string>{"Anna Berger", "E-2"}));
}

TEST_F(FormFixture, SaveWaitsForAValidEntry) {
    Asset mark;
    mark.id = "a1";
    mark.title = "BRENNAN";
    mark.countries = {"GB"};
    form.start(mark);
    ui.settle(draw);
    ASSERT_TRUE(ui.replaceText("field:renewal_date", "03/05/2031", draw));
    ASSERT_TRUE(ui.replaceText("field:countries", "gb, uk", draw));
    ASSERT_TRUE(ui.click("Save", draw));
    EXPECT_TRUE(outcomes.empty());
    EXPECT_EQ(form.problems(),
              std::vector<std::string>{"the renewal date must be a date written YYYY-MM-DD, such as 2031-05-03"});
    ASSERT_TRUE(ui.replaceText("field:renewal_date", "2031-05-03", draw));
    ASSERT_TRUE(ui.click("Save", draw));
    EXPECT_EQ(form.problems(), std::vector<std::string>{"'UK' is not a country code; the United Kingdom is GB"});
    ASSERT_TRUE(ui.replaceText("field:countries", "gb, eu", draw));
    ASSERT_TRUE(ui.click("field:status", draw));
    ASSERT_TRUE(ui.click("status:registered", draw));
    ASSERT_TRUE(ui.click("Save", draw));
    ASSERT_EQ(outcomes, std::vector<ui::AssetForm::Outcome>{ui::AssetForm::Outcome::Save});
    EXPECT_EQ(form.asset().id, "a1") << "a change keeps the entry's id";
    EXPECT_EQ(form.asset().countries, (std::vector<std::string>{"GB", "EU"}));
    EXPECT_EQ(form.asset().renewal_date, parseDate("2031-05-03"));
    EXPECT_EQ(form.asset().status, progress::AssetStatus::Registered);
}

TEST_F(FormFixture, CancelGivesUp) {
    form.start(Asset{});
    ui.settle(draw);
    ASSERT_TRUE(ui.click("Cancel", draw));
    EXPECT_EQ(outcomes, std::vector<ui::AssetForm::Outcome>{ui::AssetForm::Outcome::Cancel});
}
