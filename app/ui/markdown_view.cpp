// Blocks of a Markdown document: paragraphs, headings, lists, quotes, code
// and tables, each measured once and skipped while out of view. Inline text
// (words, links, terms, images) is drawn in markdown_spans.cpp.
#include "ui/markdown_view.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "base/utf8.h"
#include "ui/keyboard.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
using markdown::Align;
using markdown::Block;
using markdown::BlockKind;
using markdown::Span;
using markdown::SpanKind;

namespace {

// Lays out inline text word by word inside [x0, x0 + width), drawing as it
// goes and remembering the height it used.
class Flow {
public:
    Flow(ImVec2 origin, float width, float line_height, float scale)
        : origin_(origin), width_(std::max(width, 8.0f)), line_height_(line_height), scale_(scale) {}

    // Draws text; returns true when the mouse is over any part of it.
    template <typename OnPiece>
    void text(ImFont* font, const char* begin, const char* end, bool keep_spaces, OnPiece&& on_piece) {
        float size = font->FontSize * scale_;
        const char* p = begin;
        while (p < end) {
            if (*p == '\n') {
                newline();
                ++p;
                continue;
            }
            // A token is a word with the spaces after it.
            const char* word_end = p;
            while (word_end < end && *word_end != ' ' && *word_end != '\n') word_end += utf8Length(*word_end);
            word_end = std::min(word_end, end);
            const char* token_end = word_end;
            while (token_end < end && *token_end == ' ') ++token_end;
            float word_w = font->CalcTextSizeA(size, FLT_MAX, 0, p, word_end).x;
            if (x_ > 0 && x_ + word_w > width_) {
                newline();
                if (!keep_spaces && *p == ' ') continue;
            }
            if (word_w > width_) {
                // A word longer than the line: break it between characters.
                const char* q = p;
                while (q < word_end) {
                    const char* fit = q;
                    float w = 0;
                    while (fit < word_end) {
                        const char* next = fit + utf8Length(*fit);
                        float cw = font->CalcTextSizeA(size, FLT_MAX, 0, fit, std::min(next, word_end)).x;
                        if (x_ + w + cw > width_ && (fit > q || x_ > 0)) break;
                        w += cw;
                        fit = std::min(next, word_end);
                    }
                    if (fit == q) {
                        newline();
                        continue;
                    }
                    on_piece(font, q, fit, ImVec2(origin_.x + x_, origin_.y + y_), w);
                    x_ += w;
                    q = fit;
                    if (q < word_end) newline();
                }
                p = word_end;
                continue;
            }
            float token_w = font->CalcTextSizeA(size, FLT_MAX, 0, p, token_end).x;
            on_piece(font, p, token_end, ImVec2(origin_.x + x_, origin_.y + y_), word_w);
            x_ += token_w;
            p = token_end;
        }
    }

    void newline() {
        x_ = 0;
        y_ += line_height_;
    }
    // Ensures the next content starts on a fresh line.
    void breakLine() {
        if (x_ > 0) newline();
    }
    void advance(float dy) {
        breakLine();
        y_ += dy;
    }
    float height() const { return y_ + (x_ > 0 ? line_height_ : 0); }
    float lineHeight() const { return line_height_; }
    ImVec2 cursor() const { return ImVec2(origin_.x + x_, origin_.y + y_); }

private:
    ImVec2 origin_;
    float width_;
    float line_height_;
    float scale_;
    float x_ = 0;
    float y_ = 0;
};

}  // namespace

float MarkdownView::windowScale() {
    // ImGui's own text follows SetWindowFontScale; these blocks follow it too
    // (the presenter shrinks a long answer to fit its slide). 1 elsewhere.
    const ImFont* font = ImGui::GetFont();
    return font && font->FontSize > 0 ? ImGui::GetFontSize() / font->FontSize : 1.0f;
}

void MarkdownView::draw(const std::vector<Block>& blocks, std::size_t begin, std::size_t end, float width) {
    end = std::min(end, blocks.size());
    for (std::size_t i = begin; i < end; ++i) drawBlock(blocks[i], width);
}

void MarkdownView::drawBlock(const Block& block, float width) {
    if (isTrainerNote(block) && !style_.trainer_notes) return;
    scale_ = windowScale();
    // Off-screen blocks whose height is known are skipped: a long lesson costs
    // only what is visible.
    ImVec2 pos = ImGui::GetCursorScreenPos();
    auto cached = heights_.find(&block);
    if (cached != heights_.end() && cached->second.width == width && cached->second.scale == scale_) {
        if (!ImGui::IsRectVisible(pos, ImVec2(pos.x + width, pos.y + cached->second.height)) && !tabLooksForNextControl()) {
            ImGui::Dummy(ImVec2(width, cached->second.height - ImGui::GetStyle().ItemSpacing.y));
            return;
        }
    }
    drawBlockContent(block, width, 0);
    float height = ImGui::GetCursorScreenPos().y - pos.y;
    heights_[&block] = Cached{width, scale_, height};
}

void MarkdownView::drawBlockContent(const Block& block, float width, int depth) {
    const FontSet* f = style_.fonts;
    ImFont* body = f && f->body ? f->body : ImGui::GetFont();
    float em = body->FontSize;
    switch (block.kind) {
    case BlockKind::Paragraph:
        drawSpans(block.spans, width, body);
        break;
    case BlockKind::Heading: {
        ImFont* font = body;
        if (f) font = block.level == 1 ? f->heading1 : block.level == 2 ? f->heading2 : f->heading3;
        if (block.level <= 2) gap(0.4f);
        drawSpans(block.spans, width, font ? font : body);
        if (block.level == 1) {
            ImVec2 p = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y - 2), ImVec2(p.x + width, p.y - 2), colors::kRule, 1);
        }
        break;
    }
    case BlockKind::CodeBlock:
        // A trainer note inside a list or a quote stays hidden from learners too.
        if (isTrainerNote(block) && !style_.trainer_notes) break;
        drawCode(block.code, isTrainerNote(block) ? "Trainer note" : "", width);
        break;
    case BlockKind::HtmlBlock:
        drawCode(block.code, "HTML, shown as text", width);
        break;
    case BlockKind::Quote:
        drawQuote(block, width, depth);
        break;
    case BlockKind::List:
        drawList(block, width, depth);
        break;
    case BlockKind::Item:
        for (const Block& child : block.children) drawBlockContent(child, width, depth + 1);
        break;
    case BlockKind::ThematicBreak: {
        gap(0.3f);
        ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddLine(p, ImVec2(p.x + width, p.y), colors::kRule, 1.5f);
        gap(0.3f);
        break;
    }
    case BlockKind::Table:
        drawTable(block, width);
        break;
    }
    (void)em;
}

void MarkdownView::drawQuote(const Block& quote, float width, int depth) {
    const FontSet* f = style_.fonts;
    float em = f && f->body ? f->body->FontSize * scale_ : ImGui::GetFontSize();
    float indent = em * 1.2f;
    ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::Indent(indent);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kMuted));
    for (const Block& child : quote.children) drawBlockContent(child, width - indent, depth + 1);
    ImGui::PopStyleColor();
    ImGui::Unindent(indent);
    float bottom = ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(top.x, top.y), ImVec2(top.x + em * 0.25f, bottom),
                                              colors::kQuoteBar, 2);
}

void MarkdownView::drawList(const Block& list, float width, int depth) {
    const FontSet* f = style_.fonts;
    ImFont* body = f && f->body ? f->body : ImGui::GetFont();
    float em = body->FontSize * scale_;
    float indent = em * 1.6f;
    int number = list.start;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                        ImVec2(ImGui::GetStyle().ItemSpacing.x, list.tight ? em * 0.2f : em * 0.5f));
    for (const Block& item : list.children) {
        ImVec2 pos = ImGui::GetCursorScreenPos();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        float line_h = std::round(em * style_.line_spacing);
        if (item.task != markdown::TaskState::None) {
            drawTaskBox(item, pos, indent, line_h);
        } else {
            std::string marker = list.ordered ? std::to_string(number) + "." : (depth % 2 ? "\xE2\x97\xA6" : "\xE2\x80\xA2");
            float mw = body->CalcTextSizeA(em, FLT_MAX, 0, marker.c_str()).x;
            draw->AddText(body, em, ImVec2(pos.x + indent - mw - em * 0.4f, pos.y + (line_h - em) * 0.5f),
                          colors::kMuted, marker.c_str());
        }
        ++number;
        ImGui::Indent(indent);
        if (item.children.empty()) ImGui::Dummy(ImVec2(1, line_h));
        for (const Block& child : item.children) drawBlockContent(child, width - indent, depth + 1);
        ImGui::Unindent(indent);
    }
    ImGui::PopStyleVar();
}

void MarkdownView::drawTaskBox(const Block& item, ImVec2 pos, float indent, float line_h) {
    const FontSet* f = style_.fonts;
    ImFont* body = f && f->body ? f->body : ImGui::GetFont();
    const float em = body->FontSize;
    bool done = item.task == markdown::TaskState::Done;
    if (style_.ticks) {
        // The box and the margin around it are a check box: clicked, or
        // reached by Tab and pressed with Space or Enter.
        done = style_.ticks->ticked(item);
        ImGui::SetCursorScreenPos(pos);
        ImGui::PushID(&item);
        if (ImGui::InvisibleButton("tick", ImVec2(indent, line_h))) {
            style_.ticks->toggle(item);
            done = !done;
        }
        ImGui::PopID();
        focusRing();
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        std::string text;
        for (const Block& child : item.children) text += markdown::plainText(child.spans);
        recordItem("tick:" + text);
        ImGui::SetCursorScreenPos(pos);
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float box = em * 0.8f;
    const ImVec2 b0(pos.x + indent - box - em * 0.35f, pos.y + (line_h - box) * 0.5f);
    const ImVec2 b1(b0.x + box, b0.y + box);
    draw->AddRect(b0, b1, done ? colors::kDone : colors::kMuted, 3, 0, 1.5f);
    if (done)
        draw->AddText(body, em * 0.85f, ImVec2(b0.x + box * 0.1f, b0.y - box * 0.1f), colors::kDone, "\xE2\x9C\x93");
}

void MarkdownView::drawCode(const std::string& code, const std::string& label, float width) {
    const FontSet* f = style_.fonts;
    ImFont* mono = f && f->mono ? f->mono : ImGui::GetFont();
    const float size = mono->FontSize * scale_;
    float pad = size * 0.7f;
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    float y = pad;
    if (!label.empty()) {
        draw->AddText(f && f->bold ? f->bold : mono, size, ImVec2(pos.x + pad, pos.y + y), colors::kAccent, label.c_str());
        y += size * 1.5f;
    }
    Flow flow(ImVec2(pos.x + pad, pos.y + y), width - pad * 2, std::round(size * 1.35f), scale_);
    flow.text(mono, code.data(), code.data() + code.size(), true,
              [&](ImFont* font, const char* b, const char* e, ImVec2 at, float) {
                  draw->AddText(font, font->FontSize * scale_, at, colors::kText, b, e);
              });
    float height = y + flow.height() + pad;
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), label.empty() ? colors::kCodeBg : colors::kPanel, 6);
    draw->ChannelsMerge();
    ImGui::Dummy(ImVec2(width, height));
}

void MarkdownView::drawTable(const Block& table, float width) {
    if (table.align.empty() || table.rows.empty()) return;
    const FontSet* f = style_.fonts;
    ImFont* body = f && f->body ? f->body : ImGui::GetFont();
    int columns = static_cast<int>(table.align.size());
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    ImGui::PushID(&table);
    if (ImGui::BeginTable("table", columns, flags, ImVec2(width, 0))) {
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            ImGui::TableNextRow(r == 0 ? ImGuiTableRowFlags_Headers : 0);
            for (int c = 0; c < columns; ++c) {
                ImGui::TableSetColumnIndex(c);
                const auto& spans = table.rows[r][c].spans;
                float cell_w = ImGui::GetContentRegionAvail().x;
                ImFont* font = r == 0 && f && f->bold ? f->bold : body;
                if (table.align[c] != Align::Left) {
                    std::string text = markdown::plainText(spans);
                    float text_w = font->CalcTextSizeA(font->FontSize * scale_, FLT_MAX, 0, text.c_str()).x + 1;
                    float shift = std::max(0.0f, cell_w - text_w);
                    if (table.align[c] == Align::Center) shift *= 0.5f;
                    if (text_w < cell_w) {
                        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + shift);
                        cell_w -= shift;
                    }
                }
                ImGui::PushID(c);
                drawSpans(spans, std::max(cell_w, 4.0f), font);
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    ImGui::PopID();
    if (table.omitted_columns > 0)
        textMuted("(%d more columns are not shown)", table.omitted_columns);
}

}  // namespace ipprimer::ui
