// Markdown to Document: every feature the reader draws, and hostile input.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "markdown/document.h"

using namespace ipprimer;
using namespace ipprimer::markdown;

namespace {

std::string readFixture(const std::string& name) {
    const std::string path = std::string(IPPRIMER_FIXTURES) + "/markdown/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("the fixture " + path + " is missing");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const Block* findBlock(const std::vector<Block>& blocks, BlockKind kind) {
    for (const Block& b : blocks) {
        if (b.kind == kind) return &b;
        if (const Block* inner = findBlock(b.children, kind)) return inner;
    }
    return nullptr;
}

bool hasSpan(const std::vector<Span>& spans, std::uint8_t style, const std::string& text) {
    for (const Span& s : spans)
        if ((s.style & style) == style && s.text.find(text) != std::string::npos) return true;
    return false;
}

int depthOf(const Block& b) {
    int deepest = 0;
    for (const Block& c : b.children) deepest = std::max(deepest, depthOf(c));
    return deepest + 1;
}

}  // namespace

TEST(Markdown, TitleAndSectionsFromHeadings) {
    Document doc = parse(readFixture("all-features.md"));
    EXPECT_EQ(doc.title, "Every feature the reader supports");
    ASSERT_EQ(doc.sections.size(), 2u);
    EXPECT_EQ(doc.sections[0].title, "Is this a question?");
    EXPECT_EQ(doc.sections[0].anchor, "is-this-a-question");
    EXPECT_EQ(doc.sections[1].anchor, "is-this-a-question-1");
    EXPECT_EQ(doc.intro_end, doc.sections[0].heading);
    EXPECT_EQ(doc.sections[0].end, doc.sections[1].heading);
    EXPECT_EQ(doc.sections[1].end, doc.blocks.size());
}

TEST(Markdown, InlineStylesLinksAndBreaks) {
    Document doc = parse(readFixture("all-features.md"));
    const Block& para = doc.blocks[1];
    ASSERT_EQ(para.kind, BlockKind::Paragraph);
    EXPECT_TRUE(hasSpan(para.spans, Emphasis, "emphasis"));
    EXPECT_TRUE(hasSpan(para.spans, Strong, "strong"));
    EXPECT_TRUE(hasSpan(para.spans, Strong | Emphasis, "both"));
    EXPECT_TRUE(hasSpan(para.spans, Code, "inline code"));
    EXPECT_TRUE(hasSpan(para.spans, Strike, "struck"));
    EXPECT_TRUE(hasSpan(para.spans, RawHtml, "<span>"));
    bool lesson_link = false, autolink = false, hard = false, soft = false;
    for (const Span& s : para.spans) {
        lesson_link |= s.url == "lesson:trade-secrets#how-do-we-keep-a-secret-secret" && s.text == "lesson link";
        autolink |= s.url == "https://www.wipo.int/sme/en/";
        hard |= s.kind == SpanKind::HardBreak;
        soft |= s.kind == SpanKind::SoftBreak;
    }
    EXPECT_TRUE(lesson_link);
    EXPECT_TRUE(autolink);
    EXPECT_TRUE(hard);
    EXPECT_TRUE(soft);
}

TEST(Markdown, BlocksOfEveryKind) {
    Document doc = parse(readFixture("all-features.md"));
    const Block* quote = findBlock(doc.blocks, BlockKind::Quote);
    ASSERT_NE(quote, nullptr);
    EXPECT_NE(findBlock(quote->children, BlockKind::Quote), nullptr) << "nested quote";

    const Block* list = findBlock(doc.blocks, BlockKind::List);
    ASSERT_NE(list, nullptr);
    EXPECT_TRUE(list->ordered);
    EXPECT_EQ(list->start, 1);
    EXPECT_GE(depthOf(*list), 5) << "ordered > bullet > ordered nesting";

    int open = 0, done = 0;
    for (const Block& b : doc.blocks)
        if (b.kind == BlockKind::List)
            for (const Block& item : b.children) {
                open += item.task == TaskState::Open;
                done += item.task == TaskState::Done;
            }
    EXPECT_EQ(open, 1);
    EXPECT_EQ(done, 1);

    EXPECT_NE(findBlock(doc.blocks, BlockKind::ThematicBreak), nullptr);
    int code_blocks = 0;
    for (const Block& b : doc.blocks)
        if (b.kind == BlockKind::CodeBlock) {
            ++code_blocks;
            if (b.info == "text") {
                EXPECT_EQ(b.code, "Confidential: property of Example Ltd.\n    indented line");
            }
            if (b.info == "trainer") {
                EXPECT_EQ(b.code, "Only trainers see this.");
            }
        }
    EXPECT_EQ(code_blocks, 2);
    const Block* html = findBlock(doc.blocks, BlockKind::HtmlBlock);
    ASSERT_NE(html, nullptr);
    EXPECT_EQ(html->code, "<div>an HTML block, shown as text</div>");
}

TEST(Markdown, TableWithAlignmentAndHeader) {
    Document doc = parse(readFixture("all-features.md"));
    const Block* table = findBlock(doc.blocks, BlockKind::Table);
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->align.size(), 3u);
    EXPECT_EQ(table->align[0], Align::Left);
    EXPECT_EQ(table->align[1], Align::Center);
    EXPECT_EQ(table->align[2], Align::Right);
    ASSERT_EQ(table->rows.size(), 3u);
    EXPECT_EQ(plainText(table->rows[0][0].spans), "Right");
    EXPECT_EQ(plainText(table->rows[2][1].spans), "life + 70");
}

TEST(Markdown, LinksAndImagesAreCollectedWithTheirLines) {
    Document doc = parse(readFixture("all-features.md"));
    bool image = false, lesson = false;
    for (const LinkRef& l : doc.links) {
        if (l.image && l.url == "assets/does-not-exist.png") {
            image = true;
            EXPECT_EQ(l.line, 40);
        }
        if (!l.image && l.url.starts_with("lesson:trade-secrets")) {
            lesson = true;
            EXPECT_EQ(l.line, 4);
        }
    }
    EXPECT_TRUE(image);
    EXPECT_TRUE(lesson);
}

TEST(Markdown, SlugsFollowGitHub) {
    EXPECT_EQ(slugify("What is a \"trade secret\"?"), "what-is-a-trade-secret");
    EXPECT_EQ(slugify("Key points"), "key-points");
    EXPECT_EQ(slugify("Who owns it - you or me?"), "who-owns-it---you-or-me");
    EXPECT_EQ(slugify("Qu'est-ce qu'un brevet ?"), "quest-ce-quun-brevet-");
}

TEST(MarkdownHostile, DeepNestingIsFlattenedNotRecursedForever) {
    std::string quotes(20000, '>');
    Document doc = parse(quotes + " deep\n");
    ASSERT_FALSE(doc.blocks.empty());
    EXPECT_LE(depthOf(doc.blocks[0]), 40);
    std::string lists;
    for (int i = 0; i < 3000; ++i) lists += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- item\n";
    Document nested = parse(lists);
    ASSERT_FALSE(nested.blocks.empty());
    EXPECT_LE(depthOf(nested.blocks[0]), 40);
    std::string emphasis;
    for (int i = 0; i < 5000; ++i) emphasis += "*a **b ";
    EXPECT_NO_THROW(parse(emphasis));
}

TEST(MarkdownHostile, HugeTablesKeepAtMostSixtyFourColumns) {
    std::string header = "|", rule = "|", row = "|";
    for (int c = 0; c < 300; ++c) {
        header += " h" + std::to_string(c) + " |";
        rule += " --- |";
        row += " x |";
    }
    std::string md = header + "\n" + rule + "\n";
    for (int r = 0; r < 500; ++r) md += row + "\n";
    Document doc = parse(md);
    const Block* table = findBlock(doc.blocks, BlockKind::Table);
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->align.size(), 64u);
    EXPECT_EQ(table->omitted_columns, 300 - 64);
    EXPECT_EQ(table->rows.size(), 501u);
    for (const auto& r : table->rows) EXPECT_EQ(r.size(), 64u);
}

TEST(MarkdownHostile, EmptyLinksStillHaveSomethingToClick) {
    Document doc = parse("[](lesson:x) and [text]() and [](  ) end\n");
    ASSERT_EQ(doc.blocks.size(), 1u);
    const auto& spans = doc.blocks[0].spans;
    ASSERT_FALSE(spans.empty());
    // A link with no text shows its target so it can be clicked.
    EXPECT_EQ(spans[0].url, "lesson:x");
    EXPECT_EQ(spans[0].text, "lesson:x");
    // A link with no target is plain text: nothing to follow, nothing lost.
    std::string rest = plainText(spans);
    EXPECT_NE(rest.find("text"), std::string::npos);
    EXPECT_NE(rest.find("end"), std::string::npos);
}

TEST(MarkdownHostile, InvalidUtf8IsReplacedNotPassedOn) {
    std::string bad = "# Title \xC3\x28 and \xFF\xFE\n\ntext \xE2\x82 cut\n";
    Document doc = parse(bad);
    EXPECT_FALSE(doc.title.empty());
    for (const Block& b : doc.blocks)
        for (const Span& s : b.spans)
            for (std::size_t i = 0; i < s.text.size(); ++i)
                EXPECT_NE(static_cast<unsigned char>(s.text[i]), 0xFF);
}

TEST(MarkdownHostile, NulBytesAndEmptyInput) {
    EXPECT_TRUE(parse("").blocks.empty());
    std::string with_nul("a\0b\n", 4);
    Document doc = parse(with_nul);
    ASSERT_EQ(doc.blocks.size(), 1u);
}
