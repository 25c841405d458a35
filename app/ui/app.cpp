#include "ui/app.h"

#include <imgui.h>
#include <imgui_internal.h>  // ErrorCheckEndFrameRecover

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "base/wording.h"
#include "store/store.h"
#include "ui/acting_person.h"
#include "ui/keyboard.h"
#include "ui/problem_view.h"
#include "ui/reader_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {

App::App(const course::Course& course, store::Store& store, ImageProvider* images)
    : course_(course), store_(store), images_(images), problem_view_(std::make_unique<ProblemView>()),
      acting_person_(std::make_unique<ActingPerson>()) {
    for (const ScreenRow& row : screenRows()) views_.push_back(row.make());
    for (const GatedArea& area : gatedAreas()) gates_.emplace_back(area.area);
    text_scale_ = storedTextScale(store_.settings());
    // The theme applies at once: the first frame is drawn in it.
    if (auto minutes = store_.settings().value("idle_lock_minutes")) {
        try {
            idle_lock_minutes_ = std::max(0, std::stoi(*minutes));
        } catch (const std::exception&) {
            // a bad stored value: the default stands
        }
    }
    theme_ = themeFromKey(store_.settings().value("theme").value_or("")).value_or(ThemeId::Light);
    setTheme(theme_);
}

App::~App() = default;

float App::storedTextScale(store::Settings& settings) {
    auto scale = settings.value("text_scale");
    if (!scale) return 1.0f;
    try {
        return std::clamp(std::stof(*scale), kMinTextScale, kMaxTextScale);
    } catch (const std::exception&) {
        return 1.0f;  // a bad stored preference is not worth an error
    }
}

void App::setFonts(const FontSet& fonts) {
    fonts_ = fonts;
    for (const auto& view : views_) view->fontsChanged();
}

void App::changeTextScale(int direction) {
    float next = nextTextScale(text_scale_, direction);
    if (next == text_scale_) return;
    text_scale_ = next;
    font_rebuild_ = true;
    store_.settings().set("text_scale", std::to_string(text_scale_));
}

void App::chooseTheme(ThemeId theme) {
    if (theme == theme_) return;
    theme_ = theme;
    theme_changed_ = true;
    store_.settings().set("theme", themeChoice(theme).key);
}

bool App::takeFontRebuild() { return std::exchange(font_rebuild_, false); }

std::string App::takeUrlToOpen() { return std::exchange(url_to_open_, {}); }

void App::frame() {
    // Between frames in effect: nothing pushed on ImGui's style yet.
    if (std::exchange(theme_changed_, false)) setTheme(theme_);
    beginKeyboardFrame();
    try {
        if (problem_.empty()) watchIdle();
        drawScreen();
        endKeyboardFrame();
    } catch (const std::exception& error) {
        // Close whatever the failed screen left open (windows, tables, pushed
        // fonts and colours) so ImGui can finish the frame, then show why.
        ImGui::ErrorCheckEndFrameRecover(nullptr);
        problem_ = error.what();
    }
}

void App::consoleFrame() {
    drawing_console_ = true;
    try {
        drawConsoleWindow();
    } catch (const std::exception& error) {
        ImGui::ErrorCheckEndFrameRecover(nullptr);  // as frame() does
        problem_ = error.what();
    }
    drawing_console_ = false;
}

void App::drawConsoleWindow() {
    clearItemRegistry();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("Presenter console", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNav);
    if (!problem_.empty())
        textColored(colors::kError, "Something went wrong: the other window says what, and what to do.");
    else if (!presenting())
        textMuted("Not presenting.");
    else
        views_[static_cast<std::size_t>(screen_)]->drawConsole(*this);
    ImGui::End();
}

void App::requestReload() {
    if (!presenting()) reload_requested_ = true;  // not in the middle of a workshop's projection
}

App::Place App::place() const {
    Place here{learner_, screen_, "", "", unlocked(Area::Trainer)};
    if (screen_ == Screen::Reader) {
        if (const course::Lesson* lesson = view<ReaderView>().lesson()) here.lesson = lesson->id;
        here.anchor = view<ReaderView>().openAnchor();
    }
    if (screen_ == Screen::File) {
        here.lesson = view<FileView>().fileName();
        here.anchor = view<FileView>().openAnchor();
    }
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
    case Screen::Glossary:
    case Screen::Search: navigate(place.screen); break;
    case Screen::Trainer:
        if (place.trainer_unlocked) unlockWithoutPin(Area::Trainer);
        navigate(Screen::Trainer);
        break;
    default: break;  // home or the profiles, where selectLearner left us
    }
    int errors = 0;
    for (const auto& d : course_.diagnostics) errors += d.severity == Severity::Error;
    status_ = "Course reloaded: " + countText(static_cast<long long>(course_.lessons.size()), "lesson", "lessons") + ", " +
              countText(errors, "problem", "problems") + " in its files.";
}

void App::refuseDatabase(std::string problem, std::string database) {
    problem_ = std::move(problem);
    refused_database_ = std::move(database);
}

void App::clearProblem() {
    if (!refused_database_.empty()) return;  // nothing to try again without the records
    problem_.clear();
    navigate(Screen::Home);  // the profiles when nobody is chosen
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
        problem_view_->drawContent(*this);
        ImGui::End();
        return;
    }
    // The window itself never scrolls: the top bar stays where it is, and a
    // page scrolls below it, with its scroll bar (drawPage).
    flags |= ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    const bool projected = screenRow(screen_).layout == Layout::Projected;
    // Full window, and keys are the presenter's own (Space must not press a button).
    if (projected) {
        flags |= ImGuiWindowFlags_NoNav;
        askForPresenterFonts();
    }
    ImGui::Begin("IP Primer", nullptr, flags);
    if (!projected) drawTopBar();
    // The top bar may have navigated: the screen now up.
    if (screenRow(screen_).layout == Layout::Page)
        drawPage();
    else
        drawView();
    drawLinkConfirmation();
    ImGui::End();
}

void App::drawPage() {
    // Each screen keeps its own place on its page; keyboard focus moves
    // between the top bar and the page as if they were one.
    ImGui::PushID(static_cast<int>(screen_));
    ImGui::BeginChild("page", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    drawView();
    ImGui::EndChild();
    ImGui::PopID();
}

void App::drawView() {
    PinGate* locked = gate(screenRow(screen_).area);
    if (locked && locked->unlocked()) locked = nullptr;
    if (!locked) {
        views_[static_cast<std::size_t>(screen_)]->drawContent(*this);
        return;
    }
    // The gate stands on the area's entrance; once it opens, the screen
    // behind it reads what it shows (nothing of the area is read before).
    if (locked->drawContent(*this)) {
        noteProof(*locked);
        views_[static_cast<std::size_t>(screen_)]->open(*this);
    }
}

void App::askForPresenterFonts() {
    // The presenter's faces are baked for a window height; when there are
    // none yet, or the window changed size, the platform bakes them again.
    const float height = ImGui::GetIO().DisplaySize.y;
    if (height > 0 && (!fonts_.presenter || std::abs(fonts_.presenter_for_height - height) > height * 0.05f))
        font_rebuild_ = true;
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
