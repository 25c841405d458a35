// The app's widget vocabulary (Tracy's TracyImGui.hpp idea): tiny helpers so
// views say what they mean. Every interactive helper records its rectangle by
// label, so a headless test can click "Create profile" by name.
#pragma once

#include <imgui.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "ui/theme.h"

namespace ipprimer::ui {


// --- recorded items, for tests -------------------------------------------
struct ItemRect {
    ImVec2 min, max;
    ImGuiID id = 0;  // the ImGui item's id; 0 for a rectangle that is not an item
    ImVec2 center() const { return {(min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f}; }
};
// Cleared at the start of every frame by the app.
void clearItemRegistry();
// Records the last ImGui item under a label (the text before any "##").
void recordItem(std::string_view label);
// Records a rectangle that is not an ImGui item (a link drawn in text); the first one wins.
void recordRect(std::string_view label, ImVec2 min, ImVec2 max);
const ItemRect* findItem(std::string_view label);
const std::map<std::string, ItemRect, std::less<>>& itemRegistry();

// --- widgets ---------------------------------------------------------------
bool button(const char* label, const ImVec2& size = ImVec2(0, 0));
bool primaryButton(const char* label, const ImVec2& size = ImVec2(0, 0));
bool linkButton(const char* label);  // looks like a link, records itself
// A selectable row whose text wraps instead of being clipped; records `record_as`.
bool wrappedSelectable(const std::string& text, bool selected, float width, const std::string& record_as);
void textMuted(const char* fmt, ...) IM_FMTARGS(1);
void textColored(ImU32 color, const char* text);
void textWrapped(const std::string& text);  // wraps at the window's edge
// Wraps where the caller's PushTextWrapPos says (a column narrower than the window).
void textInColumn(const std::string& text);
// Text in a table cell: whole when it fits, else cut with an ellipsis ("…")
// and whole in a tooltip. Returns the text as shown, for tests. `room`: the
// width to fit in, when less than the rest of the line (0: the rest).
std::string cellText(const std::string& text, ImU32 color = 0, float room = 0);
void heading(ImFont* font, const std::string& text);
// A table's header row drawn by hand, so that each header is recorded for
// tests as "Sort by <column>" (a click on it sorts, as ImGui's own row does).
void sortableHeaderRow(int columns);
// The width of a fixed column of a table that holds `widest` (its header or its longest text).
float fixedColumnWidth(const char* widest);
// The order asked for by a click on a header of the current table (and on its
// first frame), taken once: the sorted column's user id and its direction.
struct TableSort {
    int column = 0;
    bool descending = false;
};
std::optional<TableSort> takeTableSort();
void centeredText(const std::string& text);
void helpMarker(const char* text);
// A small coloured label such as "Finished".
void badge(const char* text, ImU32 color);
void progressBar(float fraction, const char* overlay);
// Vertical space in multiples of the font size.
void gap(float lines = 0.5f);

// A column of at most `max_width` (less `margin`, room for a scroll bar)
// centred in what is left of the line: moves the cursor, begins an ImGui
// group and returns the column's width. End it with ImGui::EndGroup().
float beginCenteredColumn(float max_width, float margin = 0.0f);
// Puts the next item, `width` wide, at the right end of the current line
// when it fits after the last item there, or at the right end of a line of
// its own when it does not, so the two never overlap.
void sameLineAtRight(float width);
// Text in `font` (the current one when null) at the right end of the line, as
// sameLineAtRight puts it: a clock beside a heading.
void textAtRight(const std::string& text, ImFont* font = nullptr);
// Puts the next item, `width` wide, on the line of the last item when it fits
// there, else on a line of its own; true when on the same line.
bool sameLineIfFits(float width);

}  // namespace ipprimer::ui
