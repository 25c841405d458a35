// A GIFT file as lines, a question's body and its answer items; see gift_lines.h.
#include "quiz/gift_lines.h"

namespace ipprimer::quiz::gift {

using std::size_t;

std::vector<SourceLine> splitLines(std::string_view text) {
    std::vector<SourceLine> lines;
    if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
    size_t start = 0;
    int number = 1;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        lines.push_back({text.substr(start, i - start), number++});
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    if (start < text.size()) lines.push_back({text.substr(start), number});
    return lines;
}

int columnOf(std::string_view line, size_t byte) {
    int column = 1;
    for (size_t i = 0; i < byte && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    return column;
}

void Body::append(const SourceLine& line) {
    if (!pieces.empty()) text += '\n';
    pieces.push_back({text.size(), line});
    text += line.text;
}

std::pair<int, int> Body::where(size_t offset) const {
    size_t k = 0;
    while (k + 1 < pieces.size() && pieces[k + 1].offset <= offset) ++k;
    const Piece& piece = pieces[k];
    return {piece.line.number, columnOf(piece.line.text, offset - piece.offset)};
}

std::vector<Item> splitItems(std::string_view s, size_t from, size_t to, std::string_view markers) {
    std::vector<Item> items;
    Item current{'\0', from, to};
    for (size_t i = from; i < to; ++i) {
        if (s[i] == '\\') {
            ++i;
            continue;
        }
        if (!isOneOf(s[i], markers)) continue;
        current.end = i;
        items.push_back(current);
        current = {s[i], i + 1, to};
    }
    current.end = to;
    items.push_back(current);
    return items;
}

}  // namespace ipprimer::quiz::gift
