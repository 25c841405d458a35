// Inline text: a paragraph's spans laid out word by word in their faces
// (bold, italic, code), wrapped at spaces, with links, glossary terms and
// images; the blocks around them are in markdown_view.cpp.
#include <imgui_internal.h>  // PushItemFlag

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "base/utf8.h"
#include "ui/glyphs.h"
#include "ui/keyboard.h"
#include "ui/markdown_view.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
using markdown::Span;
using markdown::SpanKind;

ImFont* MarkdownView::fontFor(std::uint8_t style, ImFont* base) const {
    const FontSet* f = style_.fonts;
    if (!f || !f->body) return ImGui::GetFont();
    if (style & markdown::Code || style & markdown::RawHtml) return f->mono;
    if (base != f->body) return base;  // headings keep their own face
    bool strong = style & markdown::Strong, emph = style & markdown::Emphasis;
    if (strong && emph) return f->bold_italic;
    if (strong) return f->bold;
    if (emph) return f->italic;
    return f->body;
}

namespace {

// A run of one span's text between break opportunities. Words may be made of
// several pieces ("(" + "TRIPS" + ")") when styles change inside them; lines
// break only at spaces, never inside such a word.
struct Piece {
    const Span* span = nullptr;
    ImFont* font = nullptr;
    const char* begin = nullptr;
    const char* end = nullptr;
    float width = 0;    // the visible text, without trailing spaces
    float advance = 0;  // with trailing spaces
    bool word_end = false;
    bool hard_break = false;
    bool image = false;
};

}  // namespace

// Where a link's text lies on one line: a link broken over two lines has two.
struct MarkdownView::LinkRun {
    const Span* span = nullptr;  // the span the run starts in
    ImVec2 min, max;
    float underline_y = 0;       // one line under the words and the spaces between them
};

void MarkdownView::drawSpans(const std::vector<Span>& spans, float width, ImFont* base) {
    if (!base) base = ImGui::GetFont();
    scale_ = windowScale();
    const float scale = scale_;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 origin = ImGui::GetCursorScreenPos();
    width = std::max(width, 8.0f);
    const float base_size = base->FontSize * scale;
    float line_h = std::round(base_size * style_.line_spacing);
    float baseline_pad = std::round((line_h - base_size) * 0.5f);
    bool window_hovered = ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows);
    const Span* term_under_pointer = nullptr;
    std::vector<LinkRun> links;

    // 1. Cut the spans into pieces and measure them.
    std::vector<Piece> pieces;
    for (const Span& span : spans) {
        if (span.kind == SpanKind::HardBreak) {
            pieces.push_back(Piece{&span, nullptr, nullptr, nullptr, 0, 0, true, true, false});
            continue;
        }
        if (span.kind == SpanKind::Image) {
            pieces.push_back(Piece{&span, nullptr, nullptr, nullptr, 0, 0, true, false, true});
            continue;
        }
        ImFont* font = fontFor(span.style, base);
        const char* p = span.text.data();
        const char* end = p + span.text.size();
        while (p < end) {
            const char* word_end = p;
            while (word_end < end && *word_end != ' ' && *word_end != '\n') word_end += utf8Length(*word_end);
            word_end = std::min(word_end, end);
            const char* token_end = word_end;
            while (token_end < end && (*token_end == ' ' || *token_end == '\n')) ++token_end;
            Piece piece{&span, font, p, word_end, 0, 0, token_end > word_end, false, false};
            piece.width = font->CalcTextSizeA(font->FontSize * scale, FLT_MAX, 0, p, word_end).x;
            piece.advance = piece.width + (token_end - word_end) * font->CalcTextSizeA(font->FontSize * scale, FLT_MAX, 0, " ").x;
            pieces.push_back(piece);
            p = token_end;
        }
    }

    // 2. Place words on lines and draw them.
    float x = 0, y = 0;
    auto newline = [&] {
        x = 0;
        y += line_h;
    };
    auto drawPiece = [&](const Piece& piece, const char* b, const char* e, float w) {
        const Span& span = *piece.span;
        ImFont* f = piece.font;
        const float size = f->FontSize * scale;
        bool link = !span.url.empty();
        ImU32 color = link ? colors::kLink : (span.style & markdown::RawHtml) ? colors::kMuted : ImGui::GetColorU32(ImGuiCol_Text);
        ImVec2 pos(origin.x + x, origin.y + y);
        ImVec2 at(pos.x, pos.y + baseline_pad + std::round((base_size - size) * 0.75f));
        if (span.style & markdown::Code)
            draw->AddRectFilled(ImVec2(at.x - 2, at.y - 1), ImVec2(at.x + w + 2, at.y + size + 1), colors::kCodeBg, 3);
        noteGlyphs(std::string_view(b, static_cast<std::size_t>(e - b)));  // any Markdown file, not only the course's
        draw->AddText(f, size, at, color, b, e);
        float underline_y = at.y + size + 1;
        bool over = window_hovered && ImGui::IsMouseHoveringRect(pos, ImVec2(pos.x + w, pos.y + line_h));
        if (span.style & markdown::Strike)
            draw->AddLine(ImVec2(at.x, at.y + size * 0.55f), ImVec2(at.x + w, at.y + size * 0.55f), color, 1.5f);
        if (link) {
            // The words of one link on one line make one run: one button and
            // one underline (drawLinkButtons).
            const ImVec2 end(pos.x + w, pos.y + line_h);
            LinkRun* last = links.empty() ? nullptr : &links.back();
            if (last && last->span->url == span.url && last->max.y == end.y && pos.x - last->max.x < f->FontSize)
                last->max.x = end.x;
            else
                links.push_back({&span, pos, end, underline_y});
        } else if (span.term >= 0 && style_.glossary) {
            // A dotted underline says "rest the pointer here for a definition".
            for (float dx = 0; dx < w; dx += 4)
                draw->AddLine(ImVec2(at.x + dx, underline_y), ImVec2(at.x + std::min(dx + 2, w), underline_y),
                              colors::kQuoteBar, 1.0f);
            recordRect("term:" + std::to_string(span.term), pos, ImVec2(pos.x + w, pos.y + line_h));
            if (over) term_under_pointer = &span;
        }
    };
    // A word wider than the line is cut between characters.
    auto drawLongPiece = [&](const Piece& piece) {
        const char* q = piece.begin;
        ImFont* f = piece.font;
        while (q < piece.end) {
            const char* fit = q;
            float w = 0;
            while (fit < piece.end) {
                const char* next = std::min(fit + utf8Length(*fit), piece.end);
                float cw = f->CalcTextSizeA(f->FontSize * scale, FLT_MAX, 0, fit, next).x;
                if (x + w + cw > width && (fit > q || x > 0)) break;
                w += cw;
                fit = next;
            }
            if (fit == q) {
                newline();
                continue;
            }
            drawPiece(piece, q, fit, w);
            x += w;
            q = fit;
            if (q < piece.end) newline();
        }
        x += piece.advance - piece.width;
    };

    for (std::size_t i = 0; i < pieces.size();) {
        const Piece& first = pieces[i];
        if (first.hard_break) {
            newline();
            ++i;
            continue;
        }
        if (first.image) {
            if (x > 0) newline();
            ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + y));
            float before = ImGui::GetCursorScreenPos().y;
            drawImage(*first.span, width);
            y += ImGui::GetCursorScreenPos().y - before;
            ++i;
            continue;
        }
        // The word: pieces up to one that ends with a space (or a break).
        std::size_t j = i;
        float word_w = 0;
        while (true) {
            const Piece& p = pieces[j];
            bool last = p.word_end || j + 1 == pieces.size() || pieces[j + 1].hard_break || pieces[j + 1].image;
            word_w += last ? p.width : p.advance;
            if (last) break;
            ++j;
        }
        if (x > 0 && x + word_w > width) {
            newline();
            if (word_w == 0) {  // only spaces: they are not carried to the new line
                i = j + 1;
                continue;
            }
        }
        for (std::size_t k = i; k <= j; ++k) {
            const Piece& p = pieces[k];
            if (word_w > width) {
                drawLongPiece(p);
                continue;
            }
            drawPiece(p, p.begin, p.end, p.width);
            x += p.advance;
        }
        i = j + 1;
    }

    drawLinkButtons(links);
    float height = std::max(y + (x > 0 ? line_h : 0), 1.0f);
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, height));

    if (term_under_pointer && style_.glossary && term_under_pointer->term < static_cast<int>(style_.glossary->size())) {
        const course::GlossaryTerm& term = (*style_.glossary)[term_under_pointer->term];
        hovered_term = term_under_pointer->term;
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
        if (style_.fonts && style_.fonts->bold) ImGui::PushFont(style_.fonts->bold);
        ImGui::TextUnformatted(term.term.c_str());
        if (style_.fonts && style_.fonts->bold) ImGui::PopFont();
        ImGui::TextUnformatted(term.definition.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void MarkdownView::drawLinkButtons(const std::vector<LinkRun>& links) {
    // Each run of a link is a button over its words, so a link is clicked as
    // a button is (a quick tap included), reached by Tab and pressed by Enter.
    // A link that goes on to the next line is one stop for the keyboard.
    const ImU32 ring = ImGui::GetColorU32(ImGuiCol_NavHighlight);
    bool link_focused = false;
    for (std::size_t i = 0; i < links.size(); ++i) {
        const LinkRun& run = links[i];
        const bool continued = i > 0 && links[i - 1].span->url == run.span->url && links[i - 1].max.y < run.max.y;
        ImGui::SetCursorScreenPos(run.min);
        ImGui::PushID(run.span);
        ImGui::PushID(static_cast<int>(i));
        if (continued) ImGui::PushItemFlag(ImGuiItemFlags_NoNav | ImGuiItemFlags_NoTabStop, true);
        const bool pressed = ImGui::InvisibleButton("link", ImVec2(run.max.x - run.min.x, run.max.y - run.min.y));
        if (continued) ImGui::PopItemFlag();
        ImGui::PopID();
        ImGui::PopID();
        if (!continued) {
            link_focused = ImGui::IsItemFocused() && keyboardFocusShown();
            // Recorded under its target, so tests can click a link by where it goes.
            if (!findItem("link:" + run.span->url)) recordItem("link:" + run.span->url);
        }
        const bool hovered = ImGui::IsItemHovered();
        if (hovered) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            hovered_link = run.span->url;
        }
        ImGui::GetWindowDrawList()->AddLine(ImVec2(run.min.x, run.underline_y), ImVec2(run.max.x, run.underline_y),
                                            colors::kLink, hovered ? 2.0f : 1.0f);
        if (pressed) clicked_link = run.span->url;
        if (link_focused)
            ImGui::GetWindowDrawList()->AddRect(ImVec2(run.min.x - 3, run.min.y - 1), ImVec2(run.max.x + 3, run.max.y + 1),
                                                ring, 3.0f, 0, 2.0f);
    }
}

void MarkdownView::drawImage(const Span& span, float width) {
    const Image* img = style_.images ? style_.images->image(span.url) : nullptr;
    if (img && img->texture && img->width > 0 && img->height > 0) {
        float scale = std::min(scale_, width / static_cast<float>(img->width));
        ImVec2 size(img->width * scale, img->height * scale);
        ImGui::Image(img->texture, size);
        if (!span.text.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", span.text.c_str());
        return;
    }
    // A missing image keeps its place, with its alt text, so nothing is silently lost.
    ImFont* font = ImGui::GetFont();
    const float size_px = ImGui::GetFontSize();
    std::string label = "Image not available: " + (span.text.empty() ? std::string("(no description)") : span.text);
    float pad = size_px * 0.6f;
    float wrap = std::max(width - pad * 2, 8.0f);
    ImVec2 label_size = font->CalcTextSizeA(size_px, FLT_MAX, wrap, label.c_str());
    ImVec2 source_size = font->CalcTextSizeA(size_px, FLT_MAX, wrap, span.url.c_str());
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImVec2 size(width, label_size.y + source_size.y + pad * 2.5f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), colors::kPanel, 6);
    draw->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), colors::kWarn, 6, 0, 1.5f);
    draw->AddText(font, size_px, ImVec2(pos.x + pad, pos.y + pad), colors::kWarn, label.c_str(), nullptr, wrap);
    draw->AddText(font, size_px, ImVec2(pos.x + pad, pos.y + pad * 1.5f + label_size.y), colors::kMuted,
                  span.url.c_str(), nullptr, wrap);
    ImGui::Dummy(size);
}

}  // namespace ipprimer::ui
