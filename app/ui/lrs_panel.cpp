// The push runs on its own connection to the records file (a store is not
// for two threads), with the course the window already holds, read only.
#include "ui/lrs_panel.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cctype>
#include <stdexcept>

#include "base/dates.h"
#include "export/xapi_export.h"
#include "store/sqlite_store.h"
#include "ui/app.h"
#include "ui/manager_text.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

constexpr std::string_view kEndpointKey = "xapi.lrs";
constexpr std::string_view kCredentialsKey = "xapi.credentials_file";

}  // namespace

void LrsPanel::load(App& app) {
    store::Settings& settings = app.store().settings();
    endpoint_ = settings.value(kEndpointKey).value_or("");
    credentials_file_ = settings.value(kCredentialsKey).value_or("");
    last_ = exports::xapi::lastPush(settings);
    const exports::xapi::Settings naming = exports::xapi::settingsFrom(settings, app.course());
    home_page_ = naming.account_home_page;
    activity_iri_ = naming.activity_base;
    loaded_ = true;
}

void LrsPanel::start(App& app) {
    exports::xapi::LrsEndpoint endpoint{endpoint_, "", ""};
    try {
        if (!endpoint_.starts_with("http://") && !endpoint_.starts_with("https://"))
            throw std::runtime_error("Type the LRS's address, starting with https:// (or http://).");
        exports::xapi::readCredentials(endpoint, credentials_file_);
        // How the LMS names people and activities: kept for every push, the command line's too.
        exports::xapi::Settings naming = exports::xapi::settingsFrom(app.store().settings(), app.course());
        naming.account_home_page = home_page_;
        naming.activity_base = activity_iri_;
        exports::xapi::rememberSettings(app.store().settings(), naming);
    } catch (const std::exception& error) {
        message_ = error.what();
        if (!message_.empty()) message_[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(message_[0])));
        failed_ = true;
        return;
    }
    app.store().settings().set(kEndpointKey, endpoint_);
    app.store().settings().set(kCredentialsKey, credentials_file_);
    message_.clear();
    failed_ = false;
    const std::filesystem::path database = app.store().path();
    const course::Course& course = app.course();
    const exports::xapi::Settings settings = exports::xapi::settingsFrom(app.store().settings(), course);
    push_.start([database, &course, settings, endpoint](WorkProgress& progress) {
        exports::xapi::PushResult result;
        try {
            store::SqliteStore own(database);
            exports::xapi::PushOptions options;
            options.progress = [&progress](const std::string& line) { progress.step(line, 0, 0); };
            result = exports::xapi::pushStatements(own, course, settings, endpoint, options);
        } catch (const std::exception& error) {
            result.error = error.what();
        }
        const std::string sent = thousands(static_cast<long long>(result.sent), "statement", "statements");
        if (!result.ok()) throw std::runtime_error(result.error + " (" + sent + " sent before that; the next push goes on from there.)");
        return "Sent " + sent + ".";
    });
}

void LrsPanel::collect(App& app) {
    const std::optional<BackgroundJob::Outcome> outcome = push_.takeOutcome();
    if (!outcome) return;
    message_ = outcome->message;
    failed_ = outcome->failed;
    last_ = exports::xapi::lastPush(app.store().settings());
}

void LrsPanel::draw(App& app) {
    if (!loaded_) load(app);
    collect(app);
    const float em = ImGui::GetFontSize();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Send the learning records to the LMS (xAPI) at");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 20);
    const bool sending = push_.running();
    ImGui::BeginDisabled(sending);
    ImGui::InputTextWithHint("##lrs endpoint", "https://lrs.example.com/xapi", &endpoint_);
    recordItem("LRS endpoint");
    ImGui::SameLine();
    ImGui::TextUnformatted("key:secret in");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 14);
    ImGui::InputTextWithHint("##lrs credentials", "a file (or the environment)", &credentials_file_);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("A file holding one line key:secret; left empty, IPPRIMER_LRS_KEY and IPPRIMER_LRS_SECRET are used");
    recordItem("LRS credentials file");
    ImGui::SameLine();
    if (primaryButton("Send now")) start(app);
    recordItem("Send to the LRS");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Learners are accounts at");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 16);
    ImGui::InputTextWithHint("##lrs home page", "(empty: named by e-mail)", &home_page_);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("The address of the system whose accounts are your people's employee ids, such as "
                          "https://staff.example.com; left empty, learners are named by their e-mail address");
    recordItem("LRS account home page");
    ImGui::SameLine();
    ImGui::TextUnformatted("activities under");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 16);
    ImGui::InputText("##lrs activity iri", &activity_iri_);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Lessons, questions and quizzes are named under this address (lessons/<id>, ...): keep it "
                          "the same for every push, or the LMS sees new activities");
    recordItem("LRS activity address");
    ImGui::EndDisabled();

    if (push_.running()) {
        textMuted("Sending... %s", push_.progress().what.c_str());
    } else if (!message_.empty()) {
        textColored(failed_ ? colors::kError : colors::kDone, message_.c_str());
        recordItem("LRS message");
    }
    if (last_) {
        textMuted("Last push %s to %s: %s; %s sent there in all%s", localTimeText(last_->at, "%Y-%m-%d %H:%M").c_str(),
                  last_->lrs.c_str(), thousands(static_cast<long long>(last_->sent), "statement", "statements").c_str(),
                  thousands(static_cast<long long>(last_->total_sent)).c_str(), last_->error.empty() ? "." : ", then it failed.");
        recordItem("Last push");
    } else {
        textMuted("Nothing sent yet. Each record is sent once; a record sent again keeps its id, so the LMS keeps one copy.");
    }
}

}  // namespace ipprimer::ui
