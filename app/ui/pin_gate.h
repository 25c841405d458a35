// The gate in front of the trainer's and the manager's areas: a PIN chosen on
// first use (typed twice), typed on every visit after, and wrong PINs counted
// and, after a few, answered with a pause that holds both gates.
#pragma once

#include <string>

#include "ui/screens.h"

namespace ipprimer::ui {
class App;

class PinGate {
public:
    explicit PinGate(Area area) : area_(area) {}

    Area area() const { return area_; }
    // Draws the gate in a column in the middle of the window. True on the
    // frame the right PIN opened it.
    bool drawContent(App& app);
    bool unlocked() const { return unlocked_; }
    // Closes the area: the gate asks for the PIN again.
    void lock();
    // Opens without a PIN: for the screenshot command, tests, and a course
    // reload (F5) by a trainer who had opened the area with the PIN. The
    // window opens a gate only with the PIN.
    void unlockWithoutPin(std::string who = {});
    // What the gate says (a wrong PIN, a pause); empty when all is well.
    const std::string& message() const { return message_; }
    // The name typed at the manager's gate: recorded with every change made
    // in the area. Empty for the trainer's gate, which asks for no name.
    const std::string& who() const { return who_; }
    // Which PIN opened the gate: Area::Manager for the manager's PIN (which
    // opens both areas), Area::Trainer for a trainer PIN of its own; None
    // while locked or when opened without a PIN.
    Area proved() const { return proved_; }
    // The manager's PIN was typed in this sitting (at the trainer's gate):
    // the manager's gate asks only for the name. Until the gate locks.
    void pinAlreadyProved() { pin_proved_ = true; }

private:
    bool asksName() const { return area_ == Area::Manager; }
    void drawHeading(App& app, bool choosing);
    // Checks what was typed; true when it opens the gate.
    bool submit(App& app, bool choosing);

    Area area_;
    bool unlocked_ = false;
    bool focus_pin_ = true;        // the PIN field takes the keys when the gate appears
    bool name_prefilled_ = false;  // the name used last time, once per visit
    bool pin_proved_ = false;      // asks for the name only
    Area proved_ = Area::None;
    std::string pin_, pin_again_, name_, who_, message_;
};

}  // namespace ipprimer::ui
