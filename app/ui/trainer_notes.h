// Trainer notes as the trainer reads them beside a projected slide: each
// ```trainer block's text taken as Markdown (parsed once) and drawn in the
// body face, not as the code box learners' screens would show.
#pragma once

#include <unordered_map>
#include <vector>

#include "markdown/document.h"
#include "ui/fonts.h"
#include "ui/markdown_view.h"

namespace ipprimer::ui {

class TrainerNotesView {
public:
    // Draws the notes at the cursor, `width` wide, a rule between two.
    void draw(const std::vector<const markdown::Block*>& notes, const FontSet& fonts, ImageProvider* images, float width);
    // The fonts were baked again.
    void invalidate() { view_.invalidate(); }

private:
    std::unordered_map<const markdown::Block*, markdown::Document> parsed_;
    MarkdownView view_;
};

}  // namespace ipprimer::ui
