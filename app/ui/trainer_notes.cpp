#include "ui/trainer_notes.h"

#include <imgui.h>

namespace ipprimer::ui {

void TrainerNotesView::draw(const std::vector<const markdown::Block*>& notes, const FontSet& fonts, ImageProvider* images,
                            float width) {
    MarkdownStyle style;
    style.fonts = &fonts;
    style.images = images;
    view_.setStyle(style);
    bool first = true;
    for (const markdown::Block* note : notes) {
        auto found = parsed_.find(note);
        if (found == parsed_.end()) found = parsed_.emplace(note, markdown::parse(note->code)).first;
        if (!first) ImGui::Separator();
        first = false;
        const markdown::Document& doc = found->second;
        view_.draw(doc.blocks, 0, doc.blocks.size(), width);
    }
}

}  // namespace ipprimer::ui
