// Sets of characters, a bit per character of the Basic Multilingual Plane;
// the noted ones with a flag once one is noted that the last build did not have.
#include "ui/glyphs.h"

#include <bitset>
#include <fstream>
#include <sstream>
#include <string>

#include "course/course.h"
#include "store/store.h"
#include "ui/fonts.h"

namespace ipprimer::ui {
namespace {

// One UTF-8 decoder for noting text: calls `add` with each well-formed
// character that is not ASCII; a stray byte is skipped (ImGui draws it as U+FFFD).
template <class Add>
void eachNonAscii(std::string_view utf8, Add&& add) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t size = utf8.size();
    for (std::size_t i = 0; i < size;) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        char32_t code_point = length == 4 ? lead & 0x07 : length == 3 ? lead & 0x0F : lead & 0x1F;
        bool whole = length > 1 && i + static_cast<std::size_t>(length) <= size;
        for (int k = 1; whole && k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80) whole = false;
            code_point = (code_point << 6) | (bytes[i + k] & 0x3F);
        }
        if (whole) {
            add(code_point);
            i += static_cast<std::size_t>(length);
        } else {
            ++i;
        }
    }
}

bool bakeable(char32_t code_point) { return code_point <= kLastBakeable && !inBaseRanges(code_point); }

void addFile(GlyphSet& set, const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    set.addText(text.view());
}

struct Noted {
    std::bitset<kLastBakeable + 1> bits;
    bool unbuilt = false;  // a character noted since the last build
};

Noted& noted() {
    static Noted state;  // one atlas per process: ImGui's
    return state;
}

}  // namespace

void GlyphSet::add(char32_t code_point) {
    if (bakeable(code_point)) characters_.set(code_point);
}

void GlyphSet::addText(std::string_view utf8) {
    eachNonAscii(utf8, [this](char32_t c) { add(c); });
}

std::vector<char32_t> GlyphSet::list() const {
    std::vector<char32_t> characters;
    for (std::size_t c = 0; c <= kLastBakeable; ++c)
        if (characters_.test(c)) characters.push_back(static_cast<char32_t>(c));
    return characters;
}

GlyphSet courseGlyphs(const course::Course& course) {
    GlyphSet set;
    set.addText(course.settings.title);
    for (const course::Module& module : course.modules) set.addText(module.title);
    for (const course::Role& role : course.roles) {
        set.addText(role.title);
        set.addText(role.description);
    }
    for (const course::Lesson& lesson : course.lessons) addFile(set, lesson.path);
    for (const course::Bank& bank : course.banks) addFile(set, bank.path);
    for (const course::GlossaryTerm& term : course.glossary) {
        set.addText(term.term);
        set.addText(term.definition);
        for (const std::string& also : term.also) set.addText(also);
    }
    return set;
}

void noteGlyph(char32_t code_point) {
    if (!bakeable(code_point)) return;
    Noted& state = noted();
    if (state.bits.test(code_point)) return;
    state.bits.set(code_point);
    state.unbuilt = true;
}

void noteGlyphs(std::string_view utf8) { eachNonAscii(utf8, noteGlyph); }

void noteCourseGlyphs(const course::Course& course) {
    for (char32_t c : courseGlyphs(course).list()) noteGlyph(c);
}

void noteRosterGlyphs(store::Store& store) {
    for (const store::Learner& learner : store.roster().list(true)) {
        noteGlyphs(learner.name);
        noteGlyphs(learner.department);
    }
}

bool glyphsWanted() { return noted().unbuilt; }

std::vector<char32_t> takeNotedGlyphs() {
    Noted& state = noted();
    state.unbuilt = false;
    std::vector<char32_t> characters;
    for (std::size_t c = 0; c <= kLastBakeable; ++c)
        if (state.bits.test(c)) characters.push_back(static_cast<char32_t>(c));
    return characters;
}

void adoptBakedGlyphs(const std::vector<char32_t>& baked) {
    Noted& state = noted();
    std::bitset<kLastBakeable + 1> held;
    for (char32_t c : baked)
        if (c <= kLastBakeable) held.set(c);
    state.unbuilt = (state.bits & ~held).any();
    state.bits |= held;
}

void forgetNotedGlyphs() { noted() = Noted{}; }

}  // namespace ipprimer::ui
