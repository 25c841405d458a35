// The keyboard as people know it from other programs. ImGui 1.86 moves Tab
// only between text fields, always from the first one, shows no focus when
// it does, and presses a focused control with Space but not with Enter. Here
// Tab and Shift+Tab visit every control in order and show where the focus
// is, and Enter presses the focused control.
#pragma once

namespace ipprimer::ui {

// Around everything a frame draws (App::frame): begin before the first
// window, end after the last. When a screen throws half way, ImGui's error
// recovery undoes what begin pushed, and end must not be called.
void beginKeyboardFrame();
void endKeyboardFrame();

// True while a control shows the keyboard focus (after Tab or an arrow key,
// until the mouse is used): Enter then belongs to that control.
bool keyboardFocusShown();

// Enter (or the keypad's) pressed this frame and not taken by a focused
// control: a screen's own use of Enter ("Enter submits").
bool enterForScreen();

// True in a frame in which Tab looks for the next control: a view that skips
// what is out of sight draws it all in this frame, so Tab can reach it.
bool tabLooksForNextControl();

// The focus ring around the last item while it has the keyboard focus, for
// controls drawn by hand over an ImGui::InvisibleButton (ImGui draws it for
// its own widgets).
void focusRing();

}  // namespace ipprimer::ui
