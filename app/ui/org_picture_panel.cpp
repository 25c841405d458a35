// The switch between this PC's records and the organisation's picture, the
// read's state in words, and the manager's login. The reading itself is the
// store's (store/org_picture.h), on a thread of its own.
#include "ui/org_picture_panel.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "store/store.h"
#include "ui/app.h"
#include "ui/manager_text.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

using Problem = store::org::PictureProblem;

// One half of the switch: drawn as chosen (primary) or not.
bool choice(const char* label, bool chosen) { return chosen ? primaryButton(label) : button(label); }

std::string problemText(Problem problem, bool folder) {
    switch (problem) {
    case Problem::NeedsManagerLogin:
        return "This login may not read the organisation's records: it needs a manager's login (a member of "
               "ipprimer_manager). Give one below.";
    case Problem::LoginRefused:
        return "The server refused the login: a wrong user or password, or no password found. Type the password "
               "again, or check ~/.pgpass or the service file.";
    case Problem::Unreachable:
        return folder ? "The shared folder cannot be reached (is the drive connected?)."
                      : "The organisation's server cannot be reached (is this PC on the network?).";
    case Problem::Other: return "The organisation's picture could not be read.";
    case Problem::None: break;
    }
    return "";
}

// Overwrites the text before letting it go: a password typed leaves no copy behind.
void wipe(std::string& text) {
    std::fill(text.begin(), text.end(), '\0');
    text.clear();
}

}  // namespace

void OrgPicturePanel::opened(App& app, const Request& request) {
    try {
        link_ = store::org::linkedOrganisation(app.store());
    } catch (const std::exception&) {
        link_.reset();  // the top bar's sync state says what is wrong with the file
    }
    if (!link_) return;
    if (!started_) {
        started_ = true;
        login_ = store::org::rememberedManagerLogin(app.store().settings());
        remember_ = !login_.empty();
        login_given_ = remember_;  // a kept login: its password comes from ~/.pgpass or the service
    }
    if (organisation_ && !picture_ && !failure_ && !reading() && loginKnown()) startRead(app, request);
}

bool OrgPicturePanel::reading() const { return reader_ && reader_->reading(); }

const store::Dashboard* OrgPicturePanel::picture() const {
    return link_ && organisation_ && picture_ ? &picture_->dashboard : nullptr;
}

std::optional<std::int64_t> OrgPicturePanel::localLearner(std::size_t row) const {
    return row < local_learners_.size() ? local_learners_[row] : std::nullopt;
}

std::function<store::LearnerHistory()> OrgPicturePanel::historyReader(std::size_t row) const {
    if (!link_ || link_->folder || !picture_ || row >= picture_->uuids.size() || picture_->uuids[row].empty())
        return {};
    return [link = *link_, login = store::org::ManagerLogin{login_, password_}, uuid = picture_->uuids[row]] {
        return store::org::readServerHistory(link, login, uuid);
    };
}

void OrgPicturePanel::forget() {
    if (reader_) reader_->cancel();  // a read under way ends on its own, never waiting here
    picture_.reset();
    failure_.reset();
    local_learners_.clear();
    wipe(password_);
    login_given_ = remember_ && !login_.empty();
    asking_login_ = false;
    note_.clear();
}

void OrgPicturePanel::startRead(App& app, const Request& request) {
    if (!reader_) reader_ = std::make_unique<store::org::PictureReader>(app.wake());
    store::org::PictureRequest read;
    read.link = *link_;
    read.login = {login_, password_};
    read.curriculum = *request.curriculum;
    read.today = request.today;
    read.include_archived = request.include_archived;
    reader_->read(std::move(read));
}

void OrgPicturePanel::accept(App& app, store::org::Picture picture) {
    if (picture.problem != Problem::None) {
        if (picture.problem == Problem::NeedsManagerLogin || picture.problem == Problem::LoginRefused) {
            asking_login_ = true;
            wipe(password_);
        }
        // Not the last good picture either: what is shown is this PC's, and says so.
        picture_.reset();
        local_learners_.clear();
        failure_ = std::move(picture);
        return;
    }
    failure_.reset();
    asking_login_ = false;
    local_learners_ = store::org::localLearnersOf(app.store(), picture.uuids);
    picture_ = std::move(picture);
    if (link_->folder) return;
    try {
        store::org::rememberManagerLogin(app.store().settings(), remember_ ? login_ : std::string());
        note_.clear();
    } catch (const std::exception& error) {
        note_ = error.what();
    }
}

bool OrgPicturePanel::draw(App& app, const Request& request) {
    if (!link_) return false;
    bool changed = false;
    if (reader_)
        if (std::optional<store::org::Picture> taken = reader_->take()) {
            accept(app, std::move(*taken));
            changed = true;
        }
    // "Archived too" changed: the picture is read again with them (or without).
    if (organisation_ && picture_ && picture_->include_archived != request.include_archived && !reading())
        startRead(app, request);

    ImGui::AlignTextToFramePadding();
    textMuted("Showing");
    ImGui::SameLine();
    if (choice("This PC", !organisation_) && organisation_) {
        organisation_ = false;
        changed = true;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The learners whose records are on this computer");
    ImGui::SameLine();
    if (choice("The organisation", organisation_) && !organisation_) {
        organisation_ = true;
        changed = picture_.has_value();
        if (!picture_ && !reading() && loginKnown() && !asking_login_) startRead(app, request);
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(link_->folder ? "Every PC's learners, from the shared folder"
                                        : "Every PC's learners, from the organisation's server (a manager's login)");
    ImGui::SameLine();
    drawState(app, request);
    if (organisation_ && !link_->folder && (asking_login_ || (!loginKnown() && !reading())))
        drawLoginForm(app, request);
    gap(0.2f);
    return changed;
}

void OrgPicturePanel::drawState(App& app, const Request& request) {
    ImGui::AlignTextToFramePadding();
    if (!organisation_) {
        state_text_ = "the learners whose records are on this PC";
    } else if (reading()) {
        state_text_ = std::string("Reading the organisation's picture\xE2\x80\xA6 ") +
                      (picture_ ? "(the one read before meanwhile)" : "(this PC's records meanwhile)");
    } else if (picture_) {
        state_text_ = "The organisation: " +
                      thousands(static_cast<long long>(picture_->dashboard.rows.size()), "learner", "learners") +
                      ", read at " + localTimeText(picture_->read_at, "%H:%M");
    } else if (failure_) {
        const std::string problem = problemText(failure_->problem, link_->folder);
        state_text_ = problem + " Showing this PC's records.";
        textColored(colors::kError, "Not read: showing this PC's records.");
        if (failure_->problem == Problem::Unreachable || failure_->problem == Problem::Other) {
            ImGui::SameLine();
            if (button("Try again")) startRead(app, request);
        }
        // The reason on a line of its own, wrapped: it is the part to read.
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kError);
        textWrapped(problem);
        ImGui::PopStyleColor();
        recordItem("Picture state");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", failure_->message.c_str());
        if (failure_->problem == Problem::Other) textWrapped(failure_->message);
        return;
    } else {
        state_text_ = "a manager's login reads every PC's learners from the server; this PC's records meanwhile";
    }
    textMuted("%s", state_text_.c_str());
    recordItem("Picture state");
    if (!organisation_ || !picture_ || reading()) return;
    ImGui::SameLine();
    if (button("Refresh")) startRead(app, request);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Read the organisation's picture again");
    if (!link_->folder && !asking_login_) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        if (linkButton("Change the login")) asking_login_ = true;
    }
    if (!note_.empty()) textColored(colors::kWarn, note_.c_str());
}

void OrgPicturePanel::drawLoginForm(App& app, const Request& request) {
    const float em = ImGui::GetFontSize();
    gap(0.2f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Manager's login");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 17);
    bool enter = ImGui::InputTextWithHint("##manager login", "a user, service=NAME or a URL", &login_,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    recordItem("Manager's login");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("A user name reads the PC's server as that user; or a whole connection (service=NAME, "
                          "host=... user=..., postgresql://...). Empty: the PC's own link.");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Password");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 10);
    enter |= ImGui::InputTextWithHint("##manager password", "from ~/.pgpass", &password_,
                                      ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
    recordItem("Manager's password");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Kept in memory for this sitting only, never written. Empty: libpq finds it in ~/.pgpass, "
                          "PGPASSWORD or the service file.");
    checkbox("Remember the login (never the password)", &remember_);
    ImGui::SameLine();
    if (primaryButton("Read the organisation's picture") || enter) {
        login_given_ = true;
        asking_login_ = false;
        startRead(app, request);
    }
    if (picture_) {
        ImGui::SameLine();
        if (button("Cancel##login")) asking_login_ = false;
    }
}

}  // namespace ipprimer::ui
