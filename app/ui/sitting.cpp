// The sitting at the trainer's and the manager's areas: a PIN typed once
// opens what it may open until the person leaves both areas, presses Lock,
// or leaves the computer idle for the minutes the settings say.
#include <imgui.h>

#include "base/wording.h"
#include "store/store.h"
#include "ui/app.h"

namespace ipprimer::ui {
namespace {

// Any key, button, wheel or pointer move in this frame.
bool anyInput() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseWheel != 0 || io.MouseWheelH != 0) return true;
    for (bool down : io.MouseDown)
        if (down) return true;
    for (bool down : io.KeysDown)
        if (down) return true;
    return !io.InputQueueCharacters.empty();
}

}  // namespace

void App::endSitting() {
    for (const GatedArea& area : gatedAreas()) lockArea(area.area);
    proved_ = Area::None;
}

void App::noteProof(const PinGate& opened) {
    // The manager's PIN outranks a trainer PIN: it opens both areas.
    if (opened.proved() == Area::Manager || proved_ == Area::None) proved_ = opened.proved();
}

void App::openBySitting(Area area) {
    PinGate* area_gate = gate(area);
    if (!area_gate || area_gate->unlocked() || proved_ == Area::None) return;
    if (area == Area::Trainer) {
        area_gate->unlockWithoutPin();  // either PIN opens the trainer's area
    } else if (area == Area::Manager && proved_ == Area::Manager) {
        area_gate->pinAlreadyProved();  // the name is still asked: it is recorded with every change
    }
}

void App::setIdleLockMinutes(int minutes) {
    idle_lock_minutes_ = std::max(0, minutes);
    store_.settings().set("idle_lock_minutes", std::to_string(idle_lock_minutes_));
}

bool App::idleWatched() const {
    return idle_lock_minutes_ > 0 && (unlocked(Area::Trainer) || unlocked(Area::Manager) || (learner_ && guarded_learner_));
}

void App::watchIdle() {
    const std::int64_t now = store_.now();
    if (last_input_ == 0 || anyInput()) {
        last_input_ = now;
        if (learner_) guarded_learner_ = store_.settings().hasLearnerPin(*learner_);
        return;
    }
    // A trainer presenting talks to the room, often without a key for minutes.
    if (!idleWatched() || presenting() || now - last_input_ < idle_lock_minutes_ * 60'000LL) return;
    last_input_ = now;
    const bool sign_out = learner_ && guarded_learner_;
    endSitting();
    if (sign_out)
        signOut();
    else
        navigate(Screen::Home);  // the profiles when nobody is learning
    status_ = "Locked after " + countText(idle_lock_minutes_, "idle minute", "idle minutes") + ".";
}

}  // namespace ipprimer::ui
