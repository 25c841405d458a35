// PageFlow: a cursor down the page, and a new page when a block needs one.
#include "export/pdf_flow.h"

namespace ipprimer::exports {

PageFlow::PageFlow(PdfPage& page, double margin, double foot_margin, std::function<void()> furnish)
    : page_(page), margin_(margin), width_(page.width() - 2 * margin), bottom_(page.height() - foot_margin),
      furnish_(std::move(furnish)), y_(margin) {
    if (furnish_) furnish_();
}

void PageFlow::need(double height) {
    if (y_ + height <= bottom_) return;
    page_.nextPage();
    y_ = margin_;
    if (furnish_) furnish_();
}

void PageFlow::text(std::string_view words, const TextStyle& style, double indent, double after) {
    need(page_.measure(width_ - indent, words, style));
    y_ += page_.text(margin_ + indent, y_, width_ - indent, words, style) + after;
}

}  // namespace ipprimer::exports
