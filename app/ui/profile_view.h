// First screen: find your profile by name or employee id (nobody's name is
// listed to whoever walks by), open it with your own PIN when you set one, or
// create one. The learner in their profile sets their PIN and chooses whether
// this computer offers their name on the start screen.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"
#include "ui/screens.h"

namespace ipprimer::ui {
class App;

// Typed at least this many characters, a name matches by any part of it; an
// employee id matches only whole (so ids cannot be listed by their first digits).
inline constexpr std::size_t kFindFromCharacters = 3;
// Whether `typed` finds `learner` on the start screen.
bool profileMatches(const store::Learner& learner, const std::string& typed);

class ProfileView : public View {
public:
    static constexpr Screen kScreen = Screen::Profiles;

    // Reads the known profiles again (they are not queried every frame).
    bool open(App& app) override;
    void drawContent(App& app) override;

    // The profiles this computer offers on its start screen (their owners
    // asked for it), most recent first; for tests too.
    static std::vector<std::int64_t> offeredProfiles(App& app);

private:
    void drawFinder(App& app);             // profile_finder.cpp
    void drawOffered(App& app);            // profile_finder.cpp
    bool drawLearnerButton(App& app, const store::Learner& learner);  // profile_finder.cpp
    void choose(App& app, const store::Learner& learner);             // profile_finder.cpp
    void drawPinPrompt(App& app);          // profile_finder.cpp
    void drawOwnProfile(App& app);         // profile_own.cpp
    void drawOwnPin(App& app, std::int64_t learner_id);  // profile_own.cpp
    void drawCreateForm(App& app);
    void drawRoleDescription(App& app);

    std::string name_;
    std::string employee_id_;
    std::string department_;
    int role_ = -1;
    std::string error_;
    std::vector<store::Learner> learners_;
    std::string filter_;
    bool loaded_ = false;
    // A profile with a PIN waits for it before it opens.
    std::optional<store::Learner> opening_;
    std::string pin_, pin_message_;
    bool focus_pin_ = false;
    // The learner's own PIN, set or changed on their profile.
    bool pin_form_ = false;
    std::string new_pin_, new_pin_again_, own_message_;
    bool own_message_is_error_ = false;
};

}  // namespace ipprimer::ui
