// The form for one entry of the IP register: every field as text a person
// types (dates YYYY-MM-DD, lists one item a line), the secret's fields only
// for a trade secret, and Save only once the entry is valid. The screen
// records what was saved. Fields record themselves for tests as
// "field:<column>", the kind's and status's choices as "kind:<key>" and
// "status:<key>" ("status:none" for not set).
#pragma once

#include <string>
#include <vector>

#include "progress/asset_register.h"

namespace ipprimer::ui {

class AssetForm {
public:
    // Editing begins from `asset` (a new entry: a default Asset, perhaps with a kind and title).
    void start(const progress::Asset& asset);

    enum class Outcome { None, Save, Cancel };
    // Draws the form `width` wide; Save when the person saved a valid entry
    // (then asset() is it), Cancel when they gave up.
    Outcome draw(float width, const char* save_label = "Save");

    // The entry as last saved, with the id it started with.
    const progress::Asset& asset() const { return asset_; }
    // What stopped the last Save; empty when it went through.
    const std::vector<std::string>& problems() const { return problems_; }

private:
    bool read();  // the fields into asset_, or problems_

    progress::Asset asset_;
    progress::AssetKind kind_ = progress::AssetKind::Trademark;
    progress::AssetStatus status_ = progress::AssetStatus::Unknown;
    std::string title_, owner_, countries_, application_, registration_, filing_, renewal_, expiry_, responsible_,
        products_, notes_, kept_where_, access_;
    std::vector<std::string> problems_;
};

}  // namespace ipprimer::ui
