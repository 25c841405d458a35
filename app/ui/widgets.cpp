#include "ui/widgets.h"

#include <imgui_internal.h>  // GetItemID

#include <algorithm>
#include <cfloat>
#include <cstdarg>

#include "base/utf8.h"
#include "ui/glyphs.h"
#include "ui/keyboard.h"

namespace ipprimer::ui {
namespace {
std::map<std::string, ItemRect, std::less<>>& registry() {
    static std::map<std::string, ItemRect, std::less<>> items;
    return items;
}
}  // namespace

void clearItemRegistry() { registry().clear(); }

void recordItem(std::string_view label) {
    auto hashes = label.find("##");
    std::string key(label.substr(0, hashes));
    registry()[key] = ItemRect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetItemID()};
}

void recordRect(std::string_view label, ImVec2 min, ImVec2 max) {
    registry().try_emplace(std::string(label), ItemRect{min, max});
}

const ItemRect* findItem(std::string_view label) {
    auto it = registry().find(label);
    return it == registry().end() ? nullptr : &it->second;
}

const std::map<std::string, ItemRect, std::less<>>& itemRegistry() { return registry(); }

bool button(const char* label, const ImVec2& size) {
    bool pressed = ImGui::Button(label, size);
    recordItem(label);
    return pressed;
}

bool primaryButton(const char* label, const ImVec2& size) {
    const Palette& p = palette(currentTheme());
    ImGui::PushStyleColor(ImGuiCol_Button, p.primary);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.primary_hovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.primary_active);
    ImGui::PushStyleColor(ImGuiCol_Text, p.on_primary);
    bool pressed = ImGui::Button(label, size);
    ImGui::PopStyleColor(4);
    recordItem(label);
    return pressed;
}

bool linkButton(const char* label) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kLink));
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette(currentTheme()).header_hovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, palette(currentTheme()).header_active);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(2, 1));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);  // a link has no frame, even in high contrast
    bool pressed = ImGui::Button(label);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(4);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    recordItem(label);
    return pressed;
}

bool wrappedSelectable(const std::string& text, bool selected, float width, const std::string& record_as) {
    noteGlyphs(text);
    ImGuiStyle& style = ImGui::GetStyle();
    float pad = style.FramePadding.y * 0.6f;
    ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, width - style.FramePadding.x * 2);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImVec2 box(width, size.y + pad * 2);
    bool pressed = ImGui::InvisibleButton(record_as.c_str(), box);
    focusRing();
    recordItem(record_as);
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (selected || hovered)
        draw->AddRectFilled(pos, ImVec2(pos.x + box.x, pos.y + box.y),
                            ImGui::GetColorU32(hovered ? ImGuiCol_HeaderHovered : ImGuiCol_Header), 4);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + style.FramePadding.x, pos.y + pad),
                  ImGui::GetColorU32(ImGuiCol_Text), text.c_str(), nullptr, width - style.FramePadding.x * 2);
    return pressed;
}

void textMuted(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kMuted));
    ImGui::TextWrappedV(fmt, args);
    ImGui::PopStyleColor();
    va_end(args);
}

void textColored(ImU32 color, const char* text) {
    noteGlyphs(text);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(color));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

void textWrapped(const std::string& text) {
    noteGlyphs(text);  // a name in any script: its characters are baked by the next frame
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
}

void textInColumn(const std::string& text) {
    noteGlyphs(text);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
}

std::string cellText(const std::string& text, ImU32 color, float room) {
    noteGlyphs(text);
    const float width = room > 0 ? std::min(room, ImGui::GetContentRegionAvail().x) : ImGui::GetContentRegionAvail().x;
    std::string shown = text;
    if (ImGui::CalcTextSize(text.c_str()).x > width) {
        // The longest beginning, cut between characters, that fits with the ellipsis.
        static constexpr const char* kEllipsis = "\xE2\x80\xA6";
        const float fits = width - ImGui::CalcTextSize(kEllipsis).x;
        std::size_t end = 0;
        while (end < text.size()) {
            const std::size_t next = std::min(text.size(), end + utf8Length(text[end]));
            if (ImGui::CalcTextSize(text.data(), text.data() + next).x > fits) break;
            end = next;
        }
        while (end > 0 && text[end - 1] == ' ') --end;
        shown = text.substr(0, end) + kEllipsis;
    }
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(shown.c_str());
    if (color) ImGui::PopStyleColor();
    if (shown != text && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    return shown;
}

void sortableHeaderRow(int columns) {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int column = 0; column < columns; ++column) {
        ImGui::TableSetColumnIndex(column);
        const char* name = ImGui::TableGetColumnName(column);
        ImGui::PushID(column);
        ImGui::TableHeader(name);
        ImGui::PopID();
        recordItem(std::string("Sort by ") + name);
    }
}

float fixedColumnWidth(const char* widest) { return ImGui::CalcTextSize(widest).x + ImGui::GetStyle().CellPadding.x * 2 + 4; }

std::optional<TableSort> takeTableSort() {
    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs || !specs->SpecsDirty) return std::nullopt;
    specs->SpecsDirty = false;
    if (specs->SpecsCount == 0) return std::nullopt;  // not for a table without ImGuiTableFlags_SortTristate
    return TableSort{static_cast<int>(specs->Specs[0].ColumnUserID),
                     specs->Specs[0].SortDirection == ImGuiSortDirection_Descending};
}

void heading(ImFont* font, const std::string& text) {
    if (font) ImGui::PushFont(font);
    textWrapped(text);
    if (font) ImGui::PopFont();
}

void centeredText(const std::string& text) {
    noteGlyphs(text);
    float width = ImGui::CalcTextSize(text.c_str()).x;
    float avail = ImGui::GetContentRegionAvail().x;
    if (width < avail) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
    ImGui::TextUnformatted(text.c_str());
}

void helpMarker(const char* text) {
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void badge(const char* text, ImU32 color) {
    ImVec2 size = ImGui::CalcTextSize(text);
    ImVec2 pad(ImGui::GetFontSize() * 0.4f, ImGui::GetFontSize() * 0.1f);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec4 c = ImGui::ColorConvertU32ToFloat4(color);
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x + pad.x * 2, pos.y + size.y + pad.y * 2),
                        ImGui::ColorConvertFloat4ToU32(ImVec4(c.x, c.y, c.z, 0.14f)), size.y * 0.5f);
    draw->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), color, text);
    ImGui::Dummy(ImVec2(size.x + pad.x * 2, size.y + pad.y * 2));
}

void progressBar(float fraction, const char* overlay) {
    ImGui::ProgressBar(fraction, ImVec2(-1, 0), overlay);
}

void gap(float lines) { ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * lines)); }

float beginCenteredColumn(float max_width, float margin) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::max(0.0f, std::min(avail - margin, max_width));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail - width) * 0.5f));
    ImGui::BeginGroup();
    return width;
}

bool sameLineIfFits(float width) {
    const float last_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetScrollX();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    if (last_end + spacing + width > ImGui::GetWindowContentRegionMax().x) return false;
    ImGui::SameLine();
    return true;
}

void sameLineAtRight(float width) {
    // The end of the last item, in the window's own coordinates (the cursor
    // itself has already moved to the next line).
    const float last_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetScrollX();
    const float start = ImGui::GetWindowContentRegionMax().x - width;
    if (start >= last_end + ImGui::GetStyle().ItemSpacing.x)
        ImGui::SameLine(start);
    else
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), start));
}

void textAtRight(const std::string& text, ImFont* font) {
    if (!font) font = ImGui::GetFont();
    sameLineAtRight(font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str()).x);
    ImGui::PushFont(font);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopFont();
}

}  // namespace ipprimer::ui
