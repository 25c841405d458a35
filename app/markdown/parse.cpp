// Walks cmark-gfm's tree once into our own Document and frees cmark's.
#include "markdown/document.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <mutex>
#include <set>

namespace ipprimer::markdown {
namespace {

// Deeper nesting than this is flattened to text: hostile input (ten thousand
// `>` in a row) must not overflow the stack here or in the reader.
constexpr int kMaxDepth = 32;
// ImGui tables hold at most 64 columns; more are reported, not drawn.
constexpr std::size_t kMaxColumns = 64;

struct ParserDeleter {
    void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};

const char* typeName(cmark_node* node) {
    const char* name = cmark_node_get_type_string(node);
    return name ? name : "";
}

bool isType(cmark_node* node, const char* name) { return std::strcmp(typeName(node), name) == 0; }

std::string literal(cmark_node* node) {
    const char* text = cmark_node_get_literal(node);
    return text ? text : "";
}

class Builder {
public:
    explicit Builder(Document& doc) : doc_(doc) {}

    void blocks(cmark_node* parent, std::vector<Block>& out, int depth) {
        for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node))
            block(node, out, depth);
    }

private:
    void block(cmark_node* node, std::vector<Block>& out, int depth) {
        Block b;
        b.line = cmark_node_get_start_line(node);
        if (depth > kMaxDepth) {
            b.kind = BlockKind::Paragraph;
            flattenText(node, b.spans);
            out.push_back(std::move(b));
            return;
        }
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_PARAGRAPH:
            b.kind = BlockKind::Paragraph;
            inlines(node, b.spans, Plain, "", depth);
            break;
        case CMARK_NODE_HEADING:
            b.kind = BlockKind::Heading;
            b.level = cmark_node_get_heading_level(node);
            inlines(node, b.spans, Plain, "", depth);
            b.anchor = uniqueAnchor(slugify(plainText(b.spans)));
            break;
        case CMARK_NODE_CODE_BLOCK: {
            b.kind = BlockKind::CodeBlock;
            b.code = literal(node);
            if (!b.code.empty() && b.code.back() == '\n') b.code.pop_back();
            const char* info = cmark_node_get_fence_info(node);
            std::string word = info ? info : "";
            b.info = word.substr(0, word.find_first_of(" \t"));
            break;
        }
        case CMARK_NODE_HTML_BLOCK:
            b.kind = BlockKind::HtmlBlock;
            b.code = literal(node);
            while (!b.code.empty() && b.code.back() == '\n') b.code.pop_back();
            break;
        case CMARK_NODE_BLOCK_QUOTE:
            b.kind = BlockKind::Quote;
            blocks(node, b.children, depth + 1);
            break;
        case CMARK_NODE_LIST:
            b.kind = BlockKind::List;
            b.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
            b.start = cmark_node_get_list_start(node);
            b.tight = cmark_node_get_list_tight(node) != 0;
            blocks(node, b.children, depth + 1);
            break;
        case CMARK_NODE_ITEM:
            b.kind = BlockKind::Item;
            if (isType(node, "tasklist"))
                b.task = cmark_gfm_extensions_get_tasklist_item_checked(node) ? TaskState::Done
                                                                             : TaskState::Open;
            blocks(node, b.children, depth + 1);
            break;
        case CMARK_NODE_THEMATIC_BREAK:
            b.kind = BlockKind::ThematicBreak;
            break;
        default:
            if (isType(node, "table")) {
                table(node, b, depth);
            } else {
                // Footnotes and unknown extension blocks: keep their text.
                b.kind = BlockKind::Paragraph;
                flattenText(node, b.spans);
            }
            break;
        }
        out.push_back(std::move(b));
    }

    void table(cmark_node* node, Block& b, int depth) {
        b.kind = BlockKind::Table;
        std::size_t columns = cmark_gfm_extensions_get_table_columns(node);
        const std::uint8_t* align = cmark_gfm_extensions_get_table_alignments(node);
        std::size_t shown = std::min(columns, kMaxColumns);
        b.omitted_columns = static_cast<int>(columns - shown);
        for (std::size_t c = 0; c < shown; ++c) {
            char a = align ? static_cast<char>(align[c]) : 0;
            b.align.push_back(a == 'c' ? Align::Center : a == 'r' ? Align::Right : Align::Left);
        }
        for (cmark_node* row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
            std::vector<TableCell> cells;
            for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
                if (cells.size() == shown) break;
                TableCell tc;
                inlines(cell, tc.spans, Plain, "", depth + 1);
                cells.push_back(std::move(tc));
            }
            cells.resize(shown);
            b.rows.push_back(std::move(cells));
        }
    }

    void addText(std::vector<Span>& out, std::string text, std::uint8_t style, const std::string& url) {
        if (text.empty()) return;
        if (!out.empty() && out.back().kind == SpanKind::Text && out.back().style == style &&
            out.back().url == url) {
            out.back().text += text;
            return;
        }
        Span s;
        s.style = style;
        s.text = std::move(text);
        s.url = url;
        out.push_back(std::move(s));
    }

    void inlines(cmark_node* parent, std::vector<Span>& out, std::uint8_t style, const std::string& url,
                 int depth) {
        for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
            if (depth > kMaxDepth) {
                std::vector<Span> flat;
                flattenText(node, flat);
                for (auto& s : flat) addText(out, s.text, style, url);
                continue;
            }
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_TEXT:
                addText(out, literal(node), style, url);
                break;
            case CMARK_NODE_CODE:
                addText(out, literal(node), style | Code, url);
                break;
            case CMARK_NODE_HTML_INLINE:
                addText(out, literal(node), style | RawHtml, url);
                break;
            case CMARK_NODE_SOFTBREAK:
                out.push_back(Span{SpanKind::SoftBreak, style, " ", url});
                break;
            case CMARK_NODE_LINEBREAK:
                out.push_back(Span{SpanKind::HardBreak, style, "", url});
                break;
            case CMARK_NODE_EMPH:
                inlines(node, out, style | Emphasis, url, depth + 1);
                break;
            case CMARK_NODE_STRONG:
                inlines(node, out, style | Strong, url, depth + 1);
                break;
            case CMARK_NODE_LINK: {
                const char* target = cmark_node_get_url(node);
                std::string link = target ? target : "";
                recordLink(node, link, false);
                std::size_t before = out.size();
                inlines(node, out, style, link, depth + 1);
                // An empty link text still needs something to click.
                if (out.size() == before) addText(out, link.empty() ? "(empty link)" : link, style, link);
                break;
            }
            case CMARK_NODE_IMAGE: {
                const char* target = cmark_node_get_url(node);
                Span s;
                s.kind = SpanKind::Image;
                s.url = target ? target : "";
                recordLink(node, s.url, true);
                std::vector<Span> alt;
                flattenText(node, alt);
                s.text = plainText(alt);
                out.push_back(std::move(s));
                break;
            }
            default:
                if (isType(node, "strikethrough")) {
                    inlines(node, out, style | Strike, url, depth + 1);
                } else {
                    std::vector<Span> flat;
                    flattenText(node, flat);
                    for (auto& s : flat) addText(out, s.text, style, url);
                }
                break;
            }
        }
    }

    // All text below a node, iteratively, whatever its depth.
    static void flattenText(cmark_node* root, std::vector<Span>& out) {
        std::string text;
        cmark_iter* iter = cmark_iter_new(root);
        cmark_event_type ev;
        while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
            if (ev != CMARK_EVENT_ENTER) continue;
            cmark_node* n = cmark_iter_get_node(iter);
            switch (cmark_node_get_type(n)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
            case CMARK_NODE_HTML_INLINE:
            case CMARK_NODE_CODE_BLOCK:
            case CMARK_NODE_HTML_BLOCK:
                text += literal(n);
                break;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK:
                text += ' ';
                break;
            default:
                break;
            }
        }
        cmark_iter_free(iter);
        if (!text.empty()) out.push_back(Span{SpanKind::Text, Plain, std::move(text), ""});
    }

    void recordLink(cmark_node* node, const std::string& url, bool image) {
        doc_.links.push_back(LinkRef{url, image, cmark_node_get_start_line(node),
                                     cmark_node_get_start_column(node)});
    }

    std::string uniqueAnchor(std::string base) {
        std::string anchor = base;
        for (int n = 1; !anchors_.insert(anchor).second; ++n) anchor = base + "-" + std::to_string(n);
        return anchor;
    }

    Document& doc_;
    std::set<std::string> anchors_;
};

void registerExtensions() {
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

void indexSections(Document& doc) {
    bool have_title = false;
    for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
        const Block& b = doc.blocks[i];
        if (b.kind != BlockKind::Heading) continue;
        if (b.level == 1 && !have_title) {
            doc.title = plainText(b.spans);
            have_title = true;
        }
        if (b.level <= 2 && !doc.sections.empty() && doc.sections.back().end == 0)
            doc.sections.back().end = i;
        if (b.level == 2) doc.sections.push_back(Section{plainText(b.spans), b.anchor, i, 0});
    }
    if (!doc.sections.empty() && doc.sections.back().end == 0) doc.sections.back().end = doc.blocks.size();
    doc.intro_end = doc.sections.empty() ? doc.blocks.size() : doc.sections.front().heading;
}

int countWords(std::string_view text) {
    int words = 0;
    bool in_word = false;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

// Line breaks part words; style changes inside a word ("**IP**-rich") do not.
int countWords(const std::vector<Span>& spans) {
    std::string text;
    for (const Span& span : spans) text += span.kind == SpanKind::Text ? span.text : " ";
    return countWords(text);
}

int countWords(const std::vector<Block>& blocks) {
    int words = 0;
    for (const Block& b : blocks) {
        if (isTrainerNote(b)) continue;
        words += countWords(b.spans) + countWords(b.code) + countWords(b.children);
        for (const auto& row : b.rows)
            for (const TableCell& cell : row) words += countWords(cell.spans);
    }
    return words;
}

}  // namespace

Document parse(std::string_view markdown) {
    registerExtensions();
    std::unique_ptr<cmark_parser, ParserDeleter> parser(
        cmark_parser_new(CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SOURCEPOS));
    for (const char* name : {"table", "strikethrough", "autolink", "tasklist"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));

    Document doc;
    Builder(doc).blocks(root.get(), doc.blocks, 0);
    indexSections(doc);
    doc.words = countWords(doc.blocks);
    return doc;
}

std::string slugify(std::string_view text) {
    std::string slug;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            slug += static_cast<char>(c);  // letters beyond ASCII are kept as GitHub does
        } else if (std::isalnum(c)) {
            slug += static_cast<char>(std::tolower(c));
        } else if (c == ' ') {
            slug += '-';
        } else if (c == '-' || c == '_') {
            slug += static_cast<char>(c);
        }
    }
    return slug;
}

std::string plainText(const std::vector<Span>& spans) {
    std::string text;
    for (const Span& s : spans) text += s.kind == SpanKind::HardBreak ? " " : s.text;
    return text;
}

int Document::sectionForAnchor(std::string_view anchor) const {
    for (std::size_t s = 0; s < sections.size(); ++s) {
        const Section& sec = sections[s];
        for (std::size_t i = sec.heading; i < sec.end; ++i)
            if (blocks[i].kind == BlockKind::Heading && blocks[i].anchor == anchor) return static_cast<int>(s);
    }
    return -1;
}

bool Document::hasAnchor(std::string_view anchor) const {
    for (const Block& b : blocks)
        if (b.kind == BlockKind::Heading && b.anchor == anchor) return true;
    return false;
}

}  // namespace ipprimer::markdown
