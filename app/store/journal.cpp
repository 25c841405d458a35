// The journal's reader: pages of readAfter(), one event at a time.
#include "store/journal.h"

#include <algorithm>

namespace ipprimer::store {

JournalReader Journal::readFrom(std::int64_t position) { return JournalReader(*this, position); }

JournalReader::JournalReader(Journal& journal, std::int64_t position, std::size_t page_size)
    : journal_(journal), position_(position), page_size_(std::max<std::size_t>(page_size, 1)) {}

std::optional<Event> JournalReader::next() {
    if (next_in_page_ == page_.size()) {
        page_ = journal_.readAfter(position_, page_size_);
        next_in_page_ = 0;
        if (page_.empty()) return std::nullopt;
    }
    Event& event = page_[next_in_page_++];
    position_ = event.position;
    return std::move(event);
}

}  // namespace ipprimer::store
