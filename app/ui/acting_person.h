// Who the company's records made in the manager's area are written for:
// every answer of the self-check and every change to the register is an
// event in a person's name. That is the learner the name typed at the
// manager's gate names; when it names nobody (or several), the manager says
// once per visit which person on the staff list they are.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace ipprimer::ui {
class App;

class ActingPerson {
public:
    // The learner to write for, or none while it is not known; then draws the
    // question (a list of the staff to pick from) in its place.
    std::optional<std::int64_t> resolve(App& app, float width);
    // Without drawing: the learner when already known.
    std::optional<std::int64_t> known(App& app);
    // The manager's area was locked: ask again next visit.
    void forget();

private:
    std::optional<std::int64_t> learner_;
    std::string resolved_for_;  // the gate's name it was resolved for
    std::string filter_;
};

}  // namespace ipprimer::ui
