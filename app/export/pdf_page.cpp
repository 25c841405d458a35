// PdfPage on cairo's PDF surface, written to memory through its stream callback.
#include "export/pdf_page.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <cmath>
#include <memory>
#include <stdexcept>

namespace ipprimer::exports {
namespace {

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// Points: A4 is 210 x 297 mm, US Letter 8.5 x 11 inches.
double paperWidth(PaperSize paper) { return paper == PaperSize::A4 ? 595.276 : 612.0; }
double paperHeight(PaperSize paper) { return paper == PaperSize::A4 ? 841.89 : 792.0; }

void setColour(cairo_t* cairo, Colour colour) { cairo_set_source_rgb(cairo, colour.red, colour.green, colour.blue); }

}  // namespace

PdfPage::PdfPage(PaperSize paper, const PdfInfo& info) : width_(paperWidth(paper)), height_(paperHeight(paper)) {
    surface_ = cairo_pdf_surface_create_for_stream(appendBytes, &bytes_, width_, height_);
    auto meta = [&](cairo_pdf_metadata_t field, const std::string& value) {
        if (!value.empty()) cairo_pdf_surface_set_metadata(surface_, field, value.c_str());
    };
    meta(CAIRO_PDF_METADATA_TITLE, info.title);
    meta(CAIRO_PDF_METADATA_AUTHOR, info.author);
    meta(CAIRO_PDF_METADATA_SUBJECT, info.subject);
    meta(CAIRO_PDF_METADATA_KEYWORDS, info.keywords);
    meta(CAIRO_PDF_METADATA_CREATOR, "IP Primer");
    meta(CAIRO_PDF_METADATA_CREATE_DATE, info.date);
    cairo_ = cairo_create(surface_);
}

PdfPage::~PdfPage() {
    cairo_destroy(cairo_);
    cairo_surface_destroy(surface_);
}

double PdfPage::layoutText(double x, double y, double box_width, std::string_view text, const TextStyle& style,
                           bool draw) {
    std::unique_ptr<PangoLayout, decltype(&g_object_unref)> layout(pango_cairo_create_layout(cairo_), &g_object_unref);
    // Pango assumes a 96 dpi screen; on a PDF page a point is 1/72 inch, so a
    // 12 pt face must be 12 units of the page tall.
    pango_cairo_context_set_resolution(pango_layout_get_context(layout.get()), 72.0);
    pango_layout_context_changed(layout.get());
    std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> font(
        pango_font_description_from_string(style.font.c_str()), &pango_font_description_free);
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_width(layout.get(), static_cast<int>(box_width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), style.align == Align::Left     ? PANGO_ALIGN_LEFT
                                             : style.align == Align::Centre ? PANGO_ALIGN_CENTER
                                                                            : PANGO_ALIGN_RIGHT);
    if (style.line_spacing != 1.0) pango_layout_set_line_spacing(layout.get(), static_cast<float>(style.line_spacing));
    if (style.letter_spacing != 0) {
        PangoAttrList* attributes = pango_attr_list_new();
        pango_attr_list_insert(attributes,
                               pango_attr_letter_spacing_new(static_cast<int>(style.letter_spacing * PANGO_SCALE)));
        pango_layout_set_attributes(layout.get(), attributes);
        pango_attr_list_unref(attributes);
    }
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    int layout_width = 0, layout_height = 0;
    pango_layout_get_size(layout.get(), &layout_width, &layout_height);
    if (draw) {
        setColour(cairo_, style.colour);
        cairo_move_to(cairo_, x, y);
        pango_cairo_show_layout(cairo_, layout.get());
    }
    return static_cast<double>(layout_height) / PANGO_SCALE;
}

double PdfPage::text(double x, double y, double box_width, std::string_view text, const TextStyle& style) {
    return layoutText(x, y, box_width, text, style, true);
}

double PdfPage::measure(double box_width, std::string_view text, const TextStyle& style) {
    return layoutText(0, 0, box_width, text, style, false);
}

void PdfPage::fill(double x, double y, double w, double h, Colour colour) {
    setColour(cairo_, colour);
    cairo_rectangle(cairo_, x, y, w, h);
    cairo_fill(cairo_);
}

void PdfPage::stroke(double x, double y, double w, double h, double line_width, Colour colour) {
    setColour(cairo_, colour);
    cairo_set_line_width(cairo_, line_width);
    cairo_rectangle(cairo_, x, y, w, h);
    cairo_stroke(cairo_);
}

void PdfPage::line(double x1, double y1, double x2, double y2, double line_width, Colour colour) {
    setColour(cairo_, colour);
    cairo_set_line_width(cairo_, line_width);
    cairo_move_to(cairo_, x1, y1);
    cairo_line_to(cairo_, x2, y2);
    cairo_stroke(cairo_);
}

void PdfPage::circle(double cx, double cy, double radius, double line_width, Colour colour) {
    setColour(cairo_, colour);
    cairo_set_line_width(cairo_, line_width);
    cairo_new_sub_path(cairo_);
    cairo_arc(cairo_, cx, cy, radius, 0, 2 * M_PI);
    cairo_stroke(cairo_);
}

void PdfPage::qrCode(const QrCode& code, double x, double y, double side) {
    constexpr int kQuietZone = 4;  // modules of light margin the standard asks for
    const double module = side / (code.size + 2 * kQuietZone);
    fill(x, y, side, side, Colour{1, 1, 1});
    setColour(cairo_, Colour{0, 0, 0});
    // One rectangle per run of dark modules in a row, all filled as one path,
    // so viewers draw no hairlines between neighbouring modules.
    for (int row = 0; row < code.size; ++row) {
        for (int column = 0; column < code.size;) {
            if (!code.isDark(column, row)) {
                ++column;
                continue;
            }
            int end = column;
            while (end < code.size && code.isDark(end, row)) ++end;
            cairo_rectangle(cairo_, x + (column + kQuietZone) * module, y + (row + kQuietZone) * module,
                            (end - column) * module, module);
            column = end;
        }
    }
    cairo_fill(cairo_);
}

void PdfPage::nextPage() {
    cairo_show_page(cairo_);
    ++pages_;
}

std::string PdfPage::finish() {
    if (!finished_) {
        cairo_show_page(cairo_);
        cairo_surface_finish(surface_);
        finished_ = true;
    }
    if (cairo_status(cairo_) != CAIRO_STATUS_SUCCESS || cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("the PDF could not be drawn: ") +
                                 cairo_status_to_string(cairo_surface_status(surface_)));
    return bytes_;
}

}  // namespace ipprimer::exports
