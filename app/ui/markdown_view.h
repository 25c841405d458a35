// Draws a markdown::Document with ImGui: wrapped rich text laid out word by
// word, lists, quotes, code, tables and images. Parsing happened at load time;
// this only draws, and skips blocks that are out of view.
#pragma once

#include <imgui.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "course/course.h"
#include "markdown/document.h"
#include "ui/fonts.h"

namespace ipprimer::ui {

// Textures for images; the platform uploads them, a headless test may fake them.
struct Image {
    ImTextureID texture = nullptr;
    int width = 0;
    int height = 0;
};
class ImageProvider {
public:
    virtual ~ImageProvider() = default;
    // nullptr when the file is missing or unreadable.
    virtual const Image* image(const std::string& path) = 0;
};

// The boxes of a task list ("- [ ] ...") that a reader ticks; without one
// they show as the Markdown wrote them and do not change.
class TaskTicks {
public:
    virtual ~TaskTicks() = default;
    virtual bool ticked(const markdown::Block& item) const = 0;
    virtual void toggle(const markdown::Block& item) = 0;
};

struct MarkdownStyle {
    const FontSet* fonts = nullptr;
    const std::vector<course::GlossaryTerm>* glossary = nullptr;
    ImageProvider* images = nullptr;
    bool trainer_notes = false;  // show ```trainer blocks (presenter view only)
    float line_spacing = 1.45f;  // line height as a multiple of the font size
    TaskTicks* ticks = nullptr;  // task boxes that can be ticked (the reader's, for its learner)
};

class MarkdownView {
public:
    void setStyle(const MarkdownStyle& style) { style_ = style; }
    // Forget cached block heights (new document, new fonts).
    void invalidate() { heights_.clear(); }

    // Draws blocks [begin, end) at the cursor, `width` pixels wide.
    void draw(const std::vector<markdown::Block>& blocks, std::size_t begin, std::size_t end, float width);
    void drawBlock(const markdown::Block& block, float width);
    // Draws spans as one wrapped paragraph with the given font.
    void drawSpans(const std::vector<markdown::Span>& spans, float width, ImFont* font);

    // What the user did with a link during the last draw calls; reset by the caller.
    std::string clicked_link;
    std::string hovered_link;
    int hovered_term = -1;  // glossary term whose definition is showing

private:
    struct Cached {
        float width;
        float scale;
        float height;
    };
    // The current window's font scale (ImGui::SetWindowFontScale), which the
    // blocks follow as ImGui's own text does.
    static float windowScale();
    void drawBlockContent(const markdown::Block& block, float width, int depth);
    void drawList(const markdown::Block& list, float width, int depth);
    void drawTaskBox(const markdown::Block& item, ImVec2 pos, float indent, float line_height);
    void drawQuote(const markdown::Block& quote, float width, int depth);
    void drawCode(const std::string& code, const std::string& label, float width);
    void drawTable(const markdown::Block& table, float width);
    void drawImage(const markdown::Span& span, float width);
    struct LinkRun;
    void drawLinkButtons(const std::vector<LinkRun>& links);
    ImFont* fontFor(std::uint8_t style, ImFont* base) const;

    MarkdownStyle style_;
    float scale_ = 1.0f;  // windowScale() while drawing
    std::unordered_map<const markdown::Block*, Cached> heights_;
};

}  // namespace ipprimer::ui
