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
#include "store/store.h"
#include "ui/app.h"
#include "ui/pin_tries.h"
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

// Which PIN `pin` is at the gate of `area`: Area::None when it opens nothing.
Area whichPin(store::Store& store, Area area, const std::string& pin) {
    if (area == Area::Trainer && store.settings().checkTrainerPin(pin)) return Area::Trainer;
    return store.settings().checkManagerPin(pin) ? Area::Manager : Area::None;
}

void setFirstPin(store::Store& store, Area area, const std::string& pin) {
    if (area == Area::Trainer)
        store.settings().setTrainerPin(pin);
    else
        store.settings().setManagerPin(pin);
}

// What to do about a forgotten PIN, after the words of a pause.
const std::string kForgotten =
    "A forgotten manager PIN can be reset by whoever holds the database file: ipprimer manager-pin --reset.";

}  // namespace

void PinGate::lock() {
    unlocked_ = false;
    name_prefilled_ = false;
    pin_proved_ = false;
    proved_ = Area::None;
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
    const bool choosing = !pin_proved_ && !hasPin(store, area_);
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
    bool submitted = false;
    if (!pin_proved_) {
        ImGui::TextUnformatted("PIN");
        // The PIN field takes the keys when the gate appears and after a wrong PIN.
        if (std::exchange(focus_pin_, false)) ImGui::SetKeyboardFocusHere();
        submitted = ImGui::InputText("##pin", &pin_, pin_flags);
        recordItem("PIN");
    }
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
    if (message_.empty() && !choosing && !opened && !pin_proved_) message_ = pausedMessage(store, kForgotten);
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
    if (area_ == Area::Manager && pin_proved_) {
        heading(fonts.heading3, "Your name, for the records");
        textMuted("The manager's PIN was typed in the trainer's area a moment ago: it is not asked again.");
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
        proved_ = area_;
    } else if (pin_proved_) {
        proved_ = Area::Manager;
    } else {
        message_ = tryPin(store, [&] { return (proved_ = whichPin(store, area_, pin_)) != Area::None; }, kForgotten);
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
