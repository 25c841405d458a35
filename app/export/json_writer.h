// JSON written as it goes, two-space indented: the report of 10,000 learners
// is written in a few milliseconds, where building a document tree first took
// a quarter of a second. Every JSON file the program writes goes through it,
// so all of them escape alike and are always valid UTF-8.
#pragma once

#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"

namespace ipprimer::exports {

class JsonWriter {
public:
    void reserve(std::size_t bytes) { text_.reserve(bytes); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // The name of the next member of the open object.
    void key(std::string_view name);

    // Text as a JSON string (RFC 8259 escapes); bytes that are not UTF-8
    // become U+FFFD, so the file stays valid whatever the records hold.
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(bool flag);
    void value(double number);
    template <std::integral Number>
    void value(Number number) {
        separate();
        text_ += std::to_string(number);
    }
    // The value, or null when there is none.
    template <class T>
    void value(const std::optional<T>& maybe) {
        if (maybe)
            value(*maybe);
        else
            null();
    }
    void value(Date date) { value(formatDate(date)); }
    void null();
    // The text, or null when it is empty.
    void textOrNull(std::string_view text);

    template <class T>
    void field(std::string_view name, const T& v) {
        key(name);
        value(v);
    }

    std::string take() { return std::move(text_); }

private:
    void open(char bracket);
    void close(char bracket);
    void separate();
    void newline();
    void quoted(std::string_view text);

    std::string text_;
    std::vector<bool> first_;  // per open bracket: nothing written in it yet
    bool after_key_ = false;
};

}  // namespace ipprimer::exports
