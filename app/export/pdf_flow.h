// Text flowing down the pages of a PdfPage: each block goes below the one
// before, and one that does not fit starts a new page. The transcript and the
// self-check report are written this way.
#pragma once

#include <functional>
#include <string_view>

#include "export/pdf_page.h"

namespace ipprimer::exports {

class PageFlow {
public:
    // Between margins `margin` wide at the top and the sides and `foot_margin`
    // at the foot. `furnish` draws what every page carries (a footer): on the
    // first page at once, and on each new one.
    PageFlow(PdfPage& page, double margin, double foot_margin, std::function<void()> furnish = {});

    PdfPage& page() { return page_; }
    double top() const { return margin_; }
    double left() const { return margin_; }
    double width() const { return width_; }
    double bottom() const { return bottom_; }
    double y() const { return y_; }

    // Starts a new page when `height` does not fit below y.
    void need(double height);
    void space(double points) { y_ += points; }
    // `words` `indent` points in from the left margin, on a new page when it
    // does not fit on this one; y ends `after` points below it.
    void text(std::string_view words, const TextStyle& style, double indent = 0, double after = 0);

private:
    PdfPage& page_;
    double margin_, width_, bottom_;
    std::function<void()> furnish_;
    double y_;
};

}  // namespace ipprimer::exports
