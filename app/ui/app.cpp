#include "ui/app.h"

#include <imgui.h>
#include <imgui_internal.h>  // ErrorCheckEndFrameRecover

#include <algorithm>
#include <cfloat>
#include <fstream>
#include <sstream>

#include "course/check.h"
#include "course/glossary.h"
#include "store/store.h"
#include "ui/glossary_view.h"
#include "ui/search_view.h"
#include "ui/import_view.h"
#include "ui/learner_detail_view.h"
#include "ui/manager_view.h"
#include "ui/topics_view.h"
#include "ui/group_quiz_view.h"
#include "ui/home_view.h"
#include "ui/presenter_view.h"
#include "ui/problem_view.h"
#include "ui/profile_view.h"
#include "ui/quiz_view.h"
#include "ui/result_view.h"
#include "ui/review_view.h"
#include "ui/reader_view.h"
#include "ui/trainer_view.h"
#include "ui/workshop_sessions_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

App::App(const course::Course& course, store::Store& store, ImageProvider* images)
    : course_(course),
      store_(store),
      images_(images),
      profiles_(std::make_unique<ProfileView>()),
      home_(std::make_unique<HomeView>()),
      reader_(std::make_unique<ReaderView>()),
      glossary_(std::make_unique<GlossaryView>()),
      search_(std::make_unique<SearchView>()),
      quiz_(std::make_unique<QuizView>()),
      result_(std::make_unique<ResultView>()),
      review_(std::make_unique<ReviewView>()),
      trainer_(std::make_unique<TrainerView>()),
      presenter_(std::make_unique<PresenterView>()),
      group_quiz_(std::make_unique<GroupQuizView>()),
      manager_(std::make_unique<ManagerView>()),
      learner_record_(std::make_unique<LearnerDetailView>()),
      topics_(std::make_unique<TopicsView>()),
      staff_import_(std::make_unique<ImportView>()),
      manager_workshops_(std::make_unique<WorkshopSessionsView>()),
      problem_view_(std::make_unique<ProblemView>()) {
    if (auto scale = store_.settings().value("text_scale")) {
        try {
            text_scale_ = std::clamp(std::stof(*scale), kMinTextScale, kMaxTextScale);
        } catch (const std::exception&) {
            text_scale_ = 1.0f;  // a bad stored preference is not worth an error
        }
    }
}

App::~App() = default;

void App::setFonts(const FontSet& fonts) {
    fonts_ = fonts;
    reader_->fontsChanged();
    presenter_->fontsChanged();
    group_quiz_->fontsChanged();
}

void App::selectLearner(std::int64_t learner_id) {
    learner_ = learner_id;
    store_.settings().set("last_learner", std::to_string(learner_id));
    learnerChangedForQuizzes();
    goHome();
}

void App::showProfiles() {
    profiles_->refresh(*this);
    screen_ = Screen::Profiles;
}

void App::goHome() {
    if (!learner_) {
        screen_ = Screen::Profiles;
        return;
    }
    status_.clear();
    home_->refresh(*this);
    screen_ = Screen::Home;
}

void App::showGlossary() { screen_ = Screen::Glossary; }

void App::showSearch() {
    if (presenting()) return;  // the projector shows the lesson, not a search
    search_->focus();
    screen_ = Screen::Search;
}

void App::openLesson(const std::string& lesson_id, const std::string& anchor) {
    const course::Lesson* lesson = course_.lesson(lesson_id);
    if (!lesson) {
        status_ = "There is no lesson '" + lesson_id + "' in this course.";
        return;
    }
    status_.clear();
    reader_->open(*this, *lesson, anchor);
    screen_ = Screen::Reader;
}

void App::openFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    if (in) text << in.rdbuf();
    markdown::Document doc = markdown::parse(in ? text.str() : "# Cannot read this file\n\n`" + path + "` could not be opened.");
    course::annotateGlossary(doc, course_.glossary);
    reader_->openDocument(*this, std::move(doc), path);
    screen_ = Screen::File;
}

void App::followLink(const std::string& url) {
    course::LessonTarget target;
    if (course::parseLessonLink(url, target)) {
        openLesson(target.lesson_id, target.anchor);
    } else if (url.starts_with("#") && reader_->lesson()) {
        openLesson(reader_->lesson()->id, url.substr(1));
    } else if (url.starts_with("https://")) {
        pending_url_ = url;  // shown first; opened only when the user agrees
    } else {
        status_ = "This link was not followed: only lesson: and https: links open (" + url + ").";
    }
}

void App::changeTextScale(int direction) {
    float next = nextTextScale(text_scale_, direction);
    if (next == text_scale_) return;
    text_scale_ = next;
    font_rebuild_ = true;
    store_.settings().set("text_scale", std::to_string(text_scale_));
}

bool App::takeFontRebuild() { return std::exchange(font_rebuild_, false); }

std::string App::takeUrlToOpen() { return std::exchange(url_to_open_, {}); }

void App::frame() {
    try {
        drawScreen();
    } catch (const std::exception& error) {
        // Close whatever the failed screen left open (windows, tables, pushed
        // fonts and colours) so ImGui can finish the frame, then show why.
        ImGui::ErrorCheckEndFrameRecover(nullptr);
        problem_ = error.what();
    }
}

void App::requestReload() {
    if (!presenting()) reload_requested_ = true;  // not in the middle of a workshop's projection
}

App::Place App::place() const {
    Place here{learner_, screen_, "", "", trainer_->unlocked()};
    if (screen_ == Screen::Reader && reader_->lesson()) here.lesson = reader_->lesson()->id;
    if (screen_ == Screen::Reader || screen_ == Screen::File) here.anchor = reader_->openAnchor();
    if (screen_ == Screen::File) here.lesson = reader_->fileName();
    return here;
}

void App::returnTo(const Place& place) {
    if (place.learner && store_.roster().find(*place.learner)) selectLearner(*place.learner);
    switch (place.screen) {
    case Screen::Reader:
        if (course_.lesson(place.lesson)) openLesson(place.lesson, place.anchor);
        break;
    case Screen::File:
        if (!place.lesson.empty()) openFile(place.lesson);
        break;
    case Screen::Glossary: showGlossary(); break;
    case Screen::Search: showSearch(); break;
    case Screen::Trainer: showTrainer(); break;
    default: break;  // home or the profiles, where selectLearner left us
    }
    if (place.trainer_unlocked) trainer_->unlockWithoutPin();
    int errors = 0;
    for (const auto& d : course_.diagnostics) errors += d.severity == Severity::Error;
    status_ = "Course reloaded: " + std::to_string(course_.lessons.size()) + " lessons, " +
              std::to_string(errors) + " problem(s) in its files.";
}

void App::clearProblem() {
    problem_.clear();
    if (learner_) goHome(); else showProfiles();
}

void App::drawScreen() {
    clearItemRegistry();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (!problem_.empty()) {  // nothing that reads the store until the user tries again
        ImGui::Begin("IP Primer", nullptr, flags);
        problem_view_->drawContent(*this, problem_);
        ImGui::End();
        return;
    }
    if (screen_ == Screen::Reader || screen_ == Screen::File) flags |= ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    beforeWorkshopFrame();
    beforeManagerFrame();
    // Full window, and keys are the presenter's own (Space must not press a button).
    if (presenting()) flags |= ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNav;
    ImGui::Begin("IP Primer", nullptr, flags);
    if (!presenting()) drawTopBar();
    switch (screen_) {
    case Screen::Profiles: profiles_->drawContent(*this); break;
    case Screen::Home: home_->drawContent(*this); break;
    case Screen::Reader:
    case Screen::File: reader_->drawContent(*this); break;
    case Screen::Glossary: glossary_->drawContent(*this); break;
    case Screen::Search: search_->drawContent(*this); break;
    case Screen::Quiz: quiz_->drawContent(*this); break;
    case Screen::Result: result_->drawContent(*this); break;
    case Screen::Review: review_->drawContent(*this); break;
    case Screen::Trainer: trainer_->drawContent(*this); break;
    case Screen::Presenter: presenter_->drawContent(*this); break;
    case Screen::GroupQuiz: group_quiz_->drawContent(*this); break;
    case Screen::Manager: manager_->drawContent(*this); break;
    case Screen::LearnerRecord: learner_record_->drawContent(*this); break;
    case Screen::Topics: topics_->drawContent(*this); break;
    case Screen::StaffImport: staff_import_->drawContent(*this); break;
    case Screen::ManagerWorkshops: drawManagerWorkshops(); break;
    }
    drawLinkConfirmation();
    ImGui::End();
}

void App::drawTopBar() {
    float em = ImGui::GetFontSize();
    if (fonts_.bold) ImGui::PushFont(fonts_.bold);
    textColored(colors::kAccent, "IP Primer");
    if (fonts_.bold) ImGui::PopFont();
    if (learner_) {
        ImGui::SameLine(0, em * 1.5f);
        if (button(screen_ == Screen::Home ? "Home##top" : "\xE2\x86\x90 Home##top")) goHome();
        recordItem("Home");
    }
    ImGui::SameLine();
    if (button("Search")) showSearch();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Search the lessons (Ctrl+F)");
    ImGui::SameLine();
    if (button("Glossary")) showGlossary();
    drawTrainerButton();
    drawManagerButton();
    drawBackToQuiz();
    // The text size and the profile sit at the right end; in a window too
    // narrow for both groups they take a line of their own, never overlap.
    std::string who;
    if (learner_)
        if (auto l = store_.roster().find(*learner_)) who = l->name;
    const ImGuiStyle& style = ImGui::GetStyle();
    auto buttonWidth = [&](const std::string& text) { return ImGui::CalcTextSize(text.c_str()).x + style.FramePadding.x * 2; };
    const float right_width = buttonWidth("A-") + style.ItemSpacing.x + buttonWidth("A+") +
                              (who.empty() ? 0.0f : style.ItemSpacing.x + buttonWidth(who));
    sameLineAtRight(right_width);
    if (button("A-")) changeTextScale(-1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Smaller text (Ctrl+minus)");
    ImGui::SameLine();
    if (button("A+")) changeTextScale(+1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Larger text (Ctrl+plus)");
    if (!who.empty()) {
        ImGui::SameLine();
        if (button((who + "##profile").c_str())) showProfiles();
        recordItem("Profile");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Change profile");
    }
    ImGui::Separator();
}

void App::drawLinkConfirmation() {
    if (!pending_url_.empty() && !ImGui::IsPopupOpen("Open link?")) ImGui::OpenPopup("Open link?");
    ImGui::SetNextWindowSizeConstraints(ImVec2(ImGui::GetFontSize() * 20, 0), ImVec2(ImGui::GetFontSize() * 36, FLT_MAX));
    if (ImGui::BeginPopupModal("Open link?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("This link leads out of IP Primer to:");
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34);
        textColored(colors::kLink, pending_url_.c_str());
        ImGui::PopTextWrapPos();
        textMuted("It will open in your web browser.");
        if (primaryButton("Open in browser")) {
            url_to_open_ = pending_url_;
            pending_url_.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (button("Copy address")) ImGui::SetClipboardText(pending_url_.c_str());
        ImGui::SameLine();
        if (button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
            pending_url_.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

}  // namespace ipprimer::ui
