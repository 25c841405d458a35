// The table of screens. A new screen is a view class (deriving from View and
// naming its kScreen), a value of enum Screen, and a row here.
#include "ui/screens.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "ui/glossary_view.h"
#include "ui/group_quiz_view.h"
#include "ui/home_view.h"
#include "ui/import_view.h"
#include "ui/learner_detail_view.h"
#include "ui/manager_view.h"
#include "ui/manager_workshops_view.h"
#include "ui/presenter_view.h"
#include "ui/profile_view.h"
#include "ui/quiz_view.h"
#include "ui/register_view.h"
#include "ui/reader_view.h"
#include "ui/result_view.h"
#include "ui/review_view.h"
#include "ui/search_view.h"
#include "ui/selfcheck_report_view.h"
#include "ui/selfcheck_view.h"
#include "ui/topics_view.h"
#include "ui/trainer_view.h"

namespace ipprimer::ui {
namespace {

constexpr bool kNeedsLearner = true;
constexpr bool kAnyone = false;

template <class V>
constexpr ScreenRow row(Area area, bool needs_learner, Layout layout) {
    return {V::kScreen, area, needs_learner, layout, []() -> std::unique_ptr<View> { return std::make_unique<V>(); }};
}

constexpr ScreenRow kScreens[] = {
    //   view                               area           who          layout
    row<ProfileView>(         Area::None,    kAnyone,       Layout::Page),
    row<HomeView>(            Area::Learner, kNeedsLearner, Layout::Page),
    row<ReaderView>(          Area::Learner, kAnyone,       Layout::OwnScroll),
    row<GlossaryView>(        Area::None,    kAnyone,       Layout::Page),
    row<SearchView>(          Area::None,    kAnyone,       Layout::Page),
    row<FileView>(            Area::None,    kAnyone,       Layout::OwnScroll),
    row<QuizView>(            Area::Learner, kNeedsLearner, Layout::Page),
    row<ResultView>(          Area::Learner, kNeedsLearner, Layout::Page),
    row<ReviewView>(          Area::Learner, kNeedsLearner, Layout::Page),
    row<TrainerView>(         Area::Trainer, kAnyone,       Layout::Page),
    row<PresenterView>(       Area::Trainer, kAnyone,       Layout::Projected),
    row<GroupQuizView>(       Area::Trainer, kAnyone,       Layout::Projected),
    row<ManagerView>(         Area::Manager, kAnyone,       Layout::Page),
    row<LearnerDetailView>(   Area::Manager, kAnyone,       Layout::Page),
    row<TopicsView>(          Area::Manager, kAnyone,       Layout::Page),
    row<ImportView>(          Area::Manager, kAnyone,       Layout::Page),
    row<ManagerWorkshopsView>(Area::Manager, kAnyone,       Layout::Page),
    row<SelfCheckView>(       Area::Manager, kAnyone,       Layout::Page),
    row<SelfCheckReportView>( Area::Manager, kAnyone,       Layout::Page),
    row<RegisterView>(        Area::Manager, kAnyone,       Layout::Page),
};

constexpr bool oneRowPerScreenInOrder() {
    for (std::size_t i = 0; i < std::size(kScreens); ++i)
        if (kScreens[i].screen != static_cast<Screen>(i)) return false;
    return true;
}
static_assert(oneRowPerScreenInOrder(), "kScreens holds one row per Screen, in the enum's order");

constexpr GatedArea kGatedAreas[] = {
    {Area::Trainer, Screen::Trainer},
    {Area::Manager, Screen::Manager},
};

}  // namespace

const ScreenRow& screenRow(Screen screen) {
    const auto index = static_cast<std::size_t>(screen);
    if (index >= std::size(kScreens)) throw std::logic_error("screen " + std::to_string(index) + " has no row in kScreens");
    return kScreens[index];
}

std::span<const ScreenRow> screenRows() { return kScreens; }

std::span<const GatedArea> gatedAreas() { return kGatedAreas; }

const GatedArea* gatedArea(Area area) {
    const auto found = std::find_if(std::begin(kGatedAreas), std::end(kGatedAreas),
                                    [&](const GatedArea& gated) { return gated.area == area; });
    return found == std::end(kGatedAreas) ? nullptr : found;
}

}  // namespace ipprimer::ui
