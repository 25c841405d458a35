// An immutable Markdown document: cmark-gfm's tree walked once into blocks and
// inline spans that the reader draws every frame without parsing again.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ipprimer::markdown {

// Inline styles combine (bold italic code...).
enum SpanStyle : std::uint8_t {
    Plain = 0,
    Strong = 1 << 0,
    Emphasis = 1 << 1,
    Code = 1 << 2,
    Strike = 1 << 3,
    RawHtml = 1 << 4,  // shown literally, never interpreted
};

enum class SpanKind : std::uint8_t { Text, SoftBreak, HardBreak, Image };

struct Span {
    SpanKind kind = SpanKind::Text;
    std::uint8_t style = Plain;
    std::string text;   // the words; for an image its alt text
    std::string url;    // link target (or image source); empty when not a link
    int term = -1;      // glossary term shown on hover, -1 for none
};

enum class BlockKind : std::uint8_t {
    Paragraph, Heading, CodeBlock, HtmlBlock, Quote, List, Item, ThematicBreak, Table
};

enum class TaskState : std::uint8_t { None, Open, Done };
enum class Align : std::uint8_t { Left, Center, Right };

struct TableCell {
    std::vector<Span> spans;
};

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    int line = 0;                 // source line, 1-based
    std::vector<Span> spans;      // Paragraph, Heading
    int level = 0;                // Heading: 1-6
    std::string anchor;           // Heading: GitHub-style slug, unique in the document
    std::string code;             // CodeBlock text, HtmlBlock source
    std::string info;             // CodeBlock info string (first word)
    std::vector<Block> children;  // Quote, List (items), Item
    bool ordered = false;         // List
    int start = 1;                // List: first number
    bool tight = true;            // List
    TaskState task = TaskState::None;  // Item
    std::vector<Align> align;                    // Table: one per column
    std::vector<std::vector<TableCell>> rows;    // Table: first row is the header
    int omitted_columns = 0;      // Table: columns beyond what the reader can show
};

// A fenced block marked ```trainer: notes for the trainer's side of the
// presenter, never shown (or searchable) on a learner's screens.
inline bool isTrainerNote(const Block& block) { return block.kind == BlockKind::CodeBlock && block.info == "trainer"; }

// A `##` section: the question a lesson asks and the blocks that answer it.
struct Section {
    std::string title;   // the heading's plain text
    std::string anchor;
    std::size_t heading = 0;  // index in Document::blocks
    std::size_t end = 0;      // one past the last block of the answer
};

// A link or image found while parsing, with where it stands in the source.
struct LinkRef {
    std::string url;
    bool image = false;
    int line = 0;
    int column = 0;
};

struct Document {
    std::vector<Block> blocks;
    std::string title;              // plain text of the first `#` heading, if any
    std::vector<Section> sections;  // every level-2 heading, in order
    std::size_t intro_end = 0;      // blocks before the first section
    std::vector<LinkRef> links;        // every link and image target, for checks
    int words = 0;  // words a learner reads: every text but trainer notes

    // The section whose anchor (or any heading anchor inside it) matches; -1 if none.
    int sectionForAnchor(std::string_view anchor) const;
    bool hasAnchor(std::string_view anchor) const;
};

// Parse CommonMark with GitHub's table, strikethrough, autolink and task-list
// extensions. Never fails: any input gives a Document.
Document parse(std::string_view markdown);

// GitHub's heading anchor rule: lower case, letters/digits/spaces/hyphens kept,
// spaces become hyphens.
std::string slugify(std::string_view heading_text);

// The plain text of spans (for titles, anchors, search).
std::string plainText(const std::vector<Span>& spans);

}  // namespace ipprimer::markdown
