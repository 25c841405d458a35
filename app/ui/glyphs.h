// The characters that text on screen needs beyond the font atlas's base
// ranges (Latin and the interface's symbols): Greek, Cyrillic, Hebrew, CJK
// and other letters of people's names and of a course. Noted from the course
// and the roster before the first build, and from text as it is drawn or
// typed; one not yet baked asks for a rebuild of the atlas between frames.
#pragma once

#include <bitset>
#include <string_view>
#include <vector>

namespace ipprimer::course {
struct Course;
}
namespace ipprimer::store {
class Store;
}

namespace ipprimer::ui {

// ImGui as Debian packages it keeps characters in 16 bits: characters past
// U+FFFF (most emoji) cannot be baked and show as the replacement box.
constexpr char32_t kLastBakeable = 0xFFFF;

// Characters beyond the base ranges, a bit each: what some text needs.
class GlyphSet {
public:
    void add(char32_t code_point);
    // Every character of `utf8` outside the base ranges; cheap for ASCII.
    void addText(std::string_view utf8);
    std::vector<char32_t> list() const;  // ascending

private:
    std::bitset<kLastBakeable + 1> characters_;
};

// The course's characters: its lesson and quiz files as written (every word a
// lesson or a question can show), its glossary and its titles. Touches no
// shared state, so the window's start collects them on the course's thread.
GlyphSet courseGlyphs(const course::Course& course);

// Notes every character of `utf8` outside the base ranges. Cheap for ASCII,
// so widgets call it on the text they draw.
void noteGlyphs(std::string_view utf8);
void noteGlyph(char32_t code_point);
// The course's characters (courseGlyphs).
void noteCourseGlyphs(const course::Course& course);

// The names and departments of the roster (archived learners too: the
// manager's table can show them).
void noteRosterGlyphs(store::Store& store);

// True when a character was noted that the atlas has not been built for.
bool glyphsWanted();
// Every character noted so far, ascending; the atlas built with them is up to date.
std::vector<char32_t> takeNotedGlyphs();
// An atlas baked elsewhere (the window's start) holds `baked`: noted, and
// wanted no more unless something noted before is not among them.
void adoptBakedGlyphs(const std::vector<char32_t>& baked);

// Forgets every character noted (for tests).
void forgetNotedGlyphs();

}  // namespace ipprimer::ui
