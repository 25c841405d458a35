// The noted characters: a bit per character of the Basic Multilingual Plane,
// and a flag once one is noted that the last build did not have.
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

struct Noted {
    std::bitset<kLastBakeable + 1> characters;
    bool unbuilt = false;  // a character noted since the last build
};

Noted& noted() {
    static Noted state;  // one atlas per process: ImGui's
    return state;
}

void noteFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    noteGlyphs(text.view());
}

}  // namespace

void noteGlyph(char32_t code_point) {
    if (code_point > kLastBakeable || inBaseRanges(code_point)) return;
    Noted& state = noted();
    if (state.characters.test(code_point)) return;
    state.characters.set(code_point);
    state.unbuilt = true;
}

void noteGlyphs(std::string_view utf8) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t size = utf8.size();
    for (std::size_t i = 0; i < size;) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // Well-formed sequences only; a stray byte is skipped (ImGui draws it as U+FFFD).
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        char32_t code_point = length == 4 ? lead & 0x07 : length == 3 ? lead & 0x0F : lead & 0x1F;
        bool whole = length > 1 && i + static_cast<std::size_t>(length) <= size;
        for (int k = 1; whole && k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80) whole = false;
            code_point = (code_point << 6) | (bytes[i + k] & 0x3F);
        }
        if (whole) {
            noteGlyph(code_point);
            i += static_cast<std::size_t>(length);
        } else {
            ++i;
        }
    }
}

void noteCourseGlyphs(const course::Course& course) {
    noteGlyphs(course.settings.title);
    for (const course::Module& module : course.modules) noteGlyphs(module.title);
    for (const course::Role& role : course.roles) {
        noteGlyphs(role.title);
        noteGlyphs(role.description);
    }
    // The files as written: every word a lesson or a question can show.
    for (const course::Lesson& lesson : course.lessons) noteFile(lesson.path);
    for (const course::Bank& bank : course.banks) noteFile(bank.path);
    for (const course::GlossaryTerm& term : course.glossary) {
        noteGlyphs(term.term);
        noteGlyphs(term.definition);
        for (const std::string& also : term.also) noteGlyphs(also);
    }
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
        if (state.characters.test(c)) characters.push_back(static_cast<char32_t>(c));
    return characters;
}

void forgetNotedGlyphs() { noted() = Noted{}; }

}  // namespace ipprimer::ui
