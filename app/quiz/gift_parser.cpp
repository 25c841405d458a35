// Reading GIFT text and files: the entry points of gift_parser.h. The reader
// itself is gift_reader.h; a text that is not UTF-8 is repaired and reported here.
#include "quiz/gift_parser.h"

#include <cstdio>
#include <fstream>
#include <iterator>

#include "base/utf8.h"
#include "quiz/gift_reader.h"

namespace ipprimer::quiz {

using gift::columnOf;
using gift::npos;
using gift::Reader;

GiftFile parseGift(std::string_view text, const std::string& path) {
    const std::size_t bad = ipprimer::firstInvalidUtf8(text);
    if (bad == npos) return Reader(text, path).run();
    // A bank saved as Latin-1 or Windows-1252, or damaged: read it with the
    // bad bytes shown as U+FFFD (so nothing downstream ever holds broken
    // text) and say where the first one is, as Moodle would refuse the file.
    GiftFile file = Reader(ipprimer::repairUtf8(text), path).run();
    const std::string_view before = text.substr(0, bad);
    int line = 1;
    for (std::size_t i = 0; i < before.size(); ++i)
        if (before[i] == '\n' || (before[i] == '\r' && (i + 1 == before.size() || before[i + 1] != '\n'))) ++line;
    const std::size_t line_start = before.find_last_of("\r\n") == npos ? 0 : before.find_last_of("\r\n") + 1;
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[bad]));
    file.diagnostics.insert(file.diagnostics.begin(),
                            {path, line, columnOf(before.substr(line_start), bad - line_start), Severity::Error,
                             std::string("the file is not UTF-8 text (byte ") + byte +
                                 " here); save it as UTF-8. Meanwhile unreadable bytes show as \xEF\xBF\xBD"});
    return file;
}

GiftFile loadGiftFile(const std::filesystem::path& path) {
    auto unreadable = [&](const std::string& reason) {
        GiftFile file;
        file.diagnostics.push_back(
            {path.string(), 0, 0, Severity::Error, "cannot read quiz bank: " + reason});
        return file;
    };
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return unreadable("it is a directory");
    std::ifstream in(path, std::ios::binary);
    if (!in) return unreadable(std::filesystem::exists(path, ec) ? "permission denied or I/O error"
                                                                 : "no such file");
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) return unreadable("I/O error while reading");
    return parseGift(text, path.string());
}

}  // namespace ipprimer::quiz
