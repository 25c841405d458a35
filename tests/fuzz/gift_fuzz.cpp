// libFuzzer: any bytes given to the GIFT parser are read or reported, never a
// crash; and what it read, written back as GIFT, reads back to the same
// questions (the writer's promise to authors moving banks to and from Moodle).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "quiz/gift_json.h"
#include "quiz/gift_parser.h"
#include "quiz/gift_writer.h"

using namespace ipprimer;
using namespace ipprimer::quiz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const GiftFile file = parseGift(text, "fuzz.gift");
    // The one thing GIFT cannot write: several short answers holding "->"
    // (with '=' markers they read as matching, in Moodle too).
    for (const Question& q : file.questions) {
        if (q.type != QuestionType::ShortAnswer || q.answers.size() < 2) continue;
        for (const Answer& a : q.answers)
            if ((a.text + a.feedback).find("->") != std::string::npos) return 0;
    }
    const std::string written = writeGift(file.questions);
    const GiftFile back = parseGift(written, "written.gift");
    bool same = back.questions.size() == file.questions.size();
    for (std::size_t i = 0; same && i < file.questions.size(); ++i) same = sameContent(file.questions[i], back.questions[i]);
    if (!same) {
        std::fprintf(stderr, "round trip changed the questions\nwritten:\n%s\n", written.c_str());
        for (std::size_t i = 0; i < file.questions.size(); ++i)
            std::fprintf(stderr, "read:      %s\n", toJson(file.questions[i]).dump().c_str());
        for (std::size_t i = 0; i < back.questions.size(); ++i)
            std::fprintf(stderr, "read back: %s\n", toJson(back.questions[i]).dump().c_str());
        std::abort();
    }
    return 0;
}
