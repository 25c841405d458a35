// The gate's form and its rules. The two areas differ only in their words,
// in which PINs open them, and in the manager's gate asking for a name.
#include "ui/pin_gate.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <functional>
#include <string_view>
#include <utility>

#include "base/dates.h"
#include "store/roster.h"
#include "store/settings.h"
#include "store/settings.h"
#include "store/store.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

constexpr std::string_view kManagerNameSetting = "manager_name";

struct GateWords {
    const char* title;
    const char* purpose;
    const char* choose;      // the heading while no PIN opens the gate yet
    const char* choose_why;  // after "At least 4 digits."
};

const GateWords& wordsOf(Area area) {
    static const GateWords trainer{
        "Trainer's area",
        "Run a workshop: present lessons on a projector, put quiz questions to the room, and credit everyone who "
        "attended.",
        "Choose a PIN for the trainer's area",
        "Learners using this computer cannot open the trainer's area without it."};
    static const GateWords manager{"Manager's area",
                                   "Who has completed what, who is overdue, and which topics the team gets wrong.",
                                   "Choose a PIN for the manager's area",
                                   "Only a protected form of it is kept; learners' screens need no PIN."};
    return area == Area::Trainer ? trainer : manager;
}

// The trainer's area shares the manager's PIN until it has one of its own,
// and the manager's PIN always opens it too.
bool hasPin(store::Store& store, Area area) {
    return (area == Area::Trainer && store.settings().hasTrainerPin()) || store.settings().hasManagerPin();
}

bool rightPin(store::Store& store, Area area, const std::string& pin) {
    return (area == Area::Trainer && store.settings().checkTrainerPin(pin)) || store.settings().checkManagerPin(pin);
}

void setFirstPin(store::Store& store, Area area, const std::string& pin) {
    if (area == Area::Trainer)
        store.settings().setTrainerPin(pin);
    else
        store.settings().setManagerPin(pin);
}

// "16:05:30": the pauses are short, so the time of day says enough and,
// unlike a countdown, stays true on a screen that is not redrawn.
// Rounded up: a gate that opens at 16:05:29.4 is said to open at 16:05:30.
std::string clockText(std::int64_t unix_ms) { return localTimeText(unix_ms + 999, "%H:%M:%S"); }

std::string pauseText(std::int64_t until) {
    return "Too many wrong PINs: the next one is taken from " + clockText(until) +
           ". A forgotten manager PIN can be reset by whoever holds the database file: ipprimer manager-pin --reset.";
}

// "Too many wrong PINs ..." while the gates are paused; empty otherwise.
std::string pausedMessage(store::Store& store) {
    const auto until = store.settings().pinsRefusedUntil();
    return until ? pauseText(*until) : std::string();
}

// Checks the PIN with `is_right` unless the gates are paused, and keeps the
// count of wrong PINs (store/pin_attempts.h). Empty when the PIN opens.
std::string tryPin(store::Store& store, const std::function<bool()>& is_right) {
    if (auto until = store.settings().pinsRefusedUntil()) return pauseText(*until);
    if (is_right()) {
        store.settings().clearWrongPins();
        return "";
    }
    if (auto until = store.settings().noteWrongPin()) return pauseText(*until);
    const int left = store.settings().wrongPinsLeftBeforePause();
    std::string message = "That PIN is not right.";
    if (left == 0)
        message += " The next wrong PIN pauses the gate.";
    else if (left <= 2)
        message += " " + std::to_string(left + 1) + " more wrong PINs and the gate pauses.";
    return message;
}

}  // namespace

void PinGate::lock() {
    unlocked_ = false;
    name_prefilled_ = false;
    focus_pin_ = true;
    pin_.clear();
    pin_again_.clear();
    message_.clear();
}

void PinGate::unlockWithoutPin(std::string who) {
    unlocked_ = true;
    who_ = std::move(who);
}

bool PinGate::drawContent(App& app) {
    store::Store& store = app.store();
    const bool choosing = !hasPin(store, area_);
    const float em = ImGui::GetFontSize();
    const float width = beginCenteredColumn(em * 30);
    ImGui::PushItemWidth(width);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    drawHeading(app, choosing);
    if (asksName() && !name_prefilled_) {
        name_prefilled_ = true;
        if (auto last = store.settings().value(kManagerNameSetting); last && name_.empty()) name_ = *last;
    }

    const ImGuiInputTextFlags pin_flags =
        ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_EnterReturnsTrue;
    ImGui::TextUnformatted("PIN");
    // The PIN field takes the keys when the gate appears and after a wrong PIN.
    if (std::exchange(focus_pin_, false)) ImGui::SetKeyboardFocusHere();
    bool submitted = ImGui::InputText("##pin", &pin_, pin_flags);
    recordItem("PIN");
    if (choosing) {
        ImGui::TextUnformatted("The same PIN again");
        submitted = ImGui::InputText("##pin again", &pin_again_, pin_flags) || submitted;
        recordItem("PIN again");
    }
    if (asksName()) {
        ImGui::TextUnformatted("Your name");
        submitted = ImGui::InputTextWithHint("##name", "Recorded with what you change", &name_,
                                             ImGuiInputTextFlags_EnterReturnsTrue) ||
                    submitted;
        recordItem("Your name");
    }
    gap(0.3f);
    submitted = primaryButton(choosing ? "Set the PIN and open" : "Open") || submitted;
    const bool opened = submitted && submit(app, choosing);

    // A pause begun before this visit (or before a restart) is said at once.
    if (message_.empty() && !choosing && !opened) message_ = pausedMessage(store);
    if (!message_.empty()) textColored(colors::kError, message_.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    return opened;
}

void PinGate::drawHeading(App& app, bool choosing) {
    const GateWords& words = wordsOf(area_);
    const FontSet& fonts = app.fonts();
    heading(fonts.heading1, words.title);
    textMuted("%s", words.purpose);
    gap(0.5f);
    if (choosing) {
        heading(fonts.heading3, words.choose);
        textMuted("At least %d digits. %s", static_cast<int>(store::kMinPinDigits), words.choose_why);
        return;
    }
    if (area_ == Area::Manager) {
        heading(fonts.heading3, "Enter the manager's PIN");
        return;
    }
    const bool trainer_pin = app.store().settings().hasTrainerPin();
    heading(fonts.heading3, trainer_pin ? "Enter the trainer's PIN" : "Enter the manager's PIN");
    if (trainer_pin && app.store().settings().hasManagerPin()) textMuted("The manager's PIN opens it too.");
    if (!trainer_pin) textMuted("The trainer's area shares the manager's PIN until a trainer PIN is set.");
}

bool PinGate::submit(App& app, bool choosing) {
    store::Store& store = app.store();
    const std::string name = name_.substr(0, name_.find_last_not_of(' ') + 1);
    message_.clear();
    if (choosing) {
        if (auto problem = store::pinProblem(pin_))
            message_ = "Not set: " + *problem + ".";
        else if (pin_ != pin_again_)
            message_ = "The two PINs differ; type the same PIN twice.";
    } else {
        message_ = tryPin(store, [&] { return rightPin(store, area_, pin_); });
    }
    if (message_.empty() && asksName() && name.find_first_not_of(' ') == std::string::npos)
        message_ = "Please enter your name: it is recorded with the due dates you extend and the learners you archive.";
    if (message_.empty() && choosing) {
        try {
            setFirstPin(store, area_, pin_);
        } catch (const std::exception& error) {
            message_ = error.what();
        }
    }
    pin_.clear();
    pin_again_.clear();
    focus_pin_ = true;
    if (!message_.empty()) return false;
    if (asksName()) {
        store.settings().set(kManagerNameSetting, name);
        who_ = name;
    }
    unlocked_ = true;
    return true;
}

}  // namespace ipprimer::ui
