// The writer's punctuation and string escapes.
#include "export/json_writer.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "base/utf8.h"

namespace ipprimer::exports {

void JsonWriter::key(std::string_view name) {
    separate();
    quoted(name);
    text_ += ": ";
    after_key_ = true;
}

void JsonWriter::value(std::string_view text) {
    separate();
    quoted(text);
}

void JsonWriter::value(bool flag) {
    separate();
    text_ += flag ? "true" : "false";
}

void JsonWriter::value(double number) {
    separate();
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    text_.append(buffer, result.ptr);
}

void JsonWriter::null() {
    separate();
    text_ += "null";
}

void JsonWriter::textOrNull(std::string_view text) {
    if (text.empty())
        null();
    else
        value(text);
}

void JsonWriter::open(char bracket) {
    separate();
    text_ += bracket;
    first_.push_back(true);
}

void JsonWriter::close(char bracket) {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline();
    text_ += bracket;
}

// Before a value: a comma after the previous one, and a new indented line.
void JsonWriter::separate() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (first_.empty()) return;
    if (!first_.back()) text_ += ',';
    first_.back() = false;
    newline();
}

void JsonWriter::newline() {
    text_ += '\n';
    text_.append(first_.size() * 2, ' ');
}

void JsonWriter::quoted(std::string_view text) {
    text_ += '"';
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x20 && byte < 0x80 && c != '"' && c != '\\';
    });
    if (plain) {  // most keys and values: nothing to escape
        text_.append(text);
        text_ += '"';
        return;
    }
    std::string repaired;
    if (!validUtf8(text)) {
        repaired = repairUtf8(text);
        text = repaired;
    }
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            text_ += '\\';
            text_ += c;
        } else if (byte < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", byte);
            text_ += escape;
        } else {
            text_ += c;
        }
    }
    text_ += '"';
}

}  // namespace ipprimer::exports
