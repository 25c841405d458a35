#include "pdf_text.h"

#include <cstdio>

namespace ipprimer::testing {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r'; }

}  // namespace

std::string commandOutput(const std::string& command) {
    std::string text;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[4096];
        while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
        pclose(pipe);
    }
    return text;
}

std::string words(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (!isSpace(c))
            out += c;
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    return out;
}

std::string withoutSpaces(const std::string& text) {
    std::string out;
    for (char c : text)
        if (!isSpace(c)) out += c;
    return out;
}

}  // namespace ipprimer::testing
