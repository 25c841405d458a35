// The characters that text on screen needs beyond the font atlas's base
// ranges (Latin and the interface's symbols): Greek, Cyrillic, Hebrew, CJK
// and other letters of people's names and of a course. Noted from the course
// and the roster before the first build, and from text as it is drawn or
// typed; one not yet baked asks for a rebuild of the atlas between frames.
#pragma once

#include <string_view>
#include <vector>

namespace ipprimer::course {
struct Course;
}
namespace ipprimer::store {
class Store;
}

namespace ipprimer::ui {

// Notes every character of `utf8` outside the base ranges. Cheap for ASCII,
// so widgets call it on the text they draw.
void noteGlyphs(std::string_view utf8);
void noteGlyph(char32_t code_point);
// The lesson and quiz files of the course, its glossary and its titles.
void noteCourseGlyphs(const course::Course& course);

// The names and departments of the roster (archived learners too: the
// manager's table can show them).
void noteRosterGlyphs(store::Store& store);

// True when a character was noted that the atlas has not been built for.
bool glyphsWanted();
// Every character noted so far, ascending; the atlas built with them is up to date.
std::vector<char32_t> takeNotedGlyphs();

// Forgets every character noted (for tests).
void forgetNotedGlyphs();

// ImGui as Debian packages it keeps characters in 16 bits: characters past
// U+FFFF (most emoji) cannot be baked and show as the replacement box.
constexpr char32_t kLastBakeable = 0xFFFF;

}  // namespace ipprimer::ui
