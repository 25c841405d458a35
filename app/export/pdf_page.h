// A PDF drawn page by page with cairo, its text laid out by pango with fonts
// from fontconfig; the document's bytes come back as a string for the caller
// to save. Certificates use one page; the self-check report as many as it needs.
#pragma once

#include <string>
#include <string_view>

#include "export/qr_code.h"

struct _cairo;
struct _cairo_surface;

namespace ipprimer::exports {

enum class PaperSize { A4, Letter };

struct Colour {
    double red = 0, green = 0, blue = 0;
};

// The colours every document shares, so the certificate, the transcript and
// the reports read as one family; each adds its own accents.
inline constexpr Colour kNavy{0.11, 0.21, 0.36};  // titles and headings
inline constexpr Colour kInk{0.16, 0.16, 0.18};   // body text
inline constexpr Colour kGrey{0.40, 0.41, 0.44};  // labels and small print
inline constexpr Colour kRule{0.80, 0.81, 0.84};  // lines between parts

enum class Align { Left, Centre, Right };

struct TextStyle {
    std::string font = "DejaVu Sans 10";  // a pango font description: family, style, size in points
    Colour colour;
    Align align = Align::Left;
    double letter_spacing = 0;  // points between letters
    double line_spacing = 1.0;  // a multiple of the font's line height
};

// What readers and file managers show about the document.
struct PdfInfo {
    std::string title;
    std::string author;
    std::string subject;
    std::string keywords;
    std::string date;  // ISO 8601, e.g. 2025-03-14T00:00:00; empty: now
};

class PdfPage {
public:
    PdfPage(PaperSize paper, const PdfInfo& info);
    ~PdfPage();
    PdfPage(const PdfPage&) = delete;
    PdfPage& operator=(const PdfPage&) = delete;

    double width() const { return width_; }
    double height() const { return height_; }

    // Lays `text` (plain text, wrapped between words) into a box `box_width`
    // wide whose top is `y`; returns the height it took.
    double text(double x, double y, double box_width, std::string_view text, const TextStyle& style);
    // The height `text` would take, without drawing it.
    double measure(double box_width, std::string_view text, const TextStyle& style);

    void fill(double x, double y, double w, double h, Colour colour);
    void stroke(double x, double y, double w, double h, double line_width, Colour colour);
    void line(double x1, double y1, double x2, double y2, double line_width, Colour colour);
    void circle(double cx, double cy, double radius, double line_width, Colour colour);
    // The code's modules in a square `side` points wide, quiet zone included.
    void qrCode(const QrCode& code, double x, double y, double side);

    // Ends the page being drawn and starts another of the same size.
    void nextPage();
    int pageCount() const { return pages_; }

    // Ends the page and returns the whole PDF. Throws std::runtime_error when
    // cairo reports a failure.
    std::string finish();

private:
    double layoutText(double x, double y, double box_width, std::string_view text, const TextStyle& style, bool draw);

    double width_ = 0, height_ = 0;
    std::string bytes_;
    _cairo_surface* surface_ = nullptr;
    _cairo* cairo_ = nullptr;
    bool finished_ = false;
    int pages_ = 1;
};

}  // namespace ipprimer::exports
