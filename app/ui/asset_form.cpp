// The register entry's form, in two columns of labelled fields.
#include "ui/asset_form.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "base/countries.h"
#include "base/text.h"
#include "ui/widgets.h"

namespace ipprimer::ui {
namespace {

using progress::Asset;
using progress::AssetKind;
using progress::AssetStatus;

std::string lines(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) text += (text.empty() ? "" : "\n") + item;
    return text;
}

std::string dateText(const std::optional<Date>& date) { return date ? formatDate(*date) : std::string(); }

std::string countriesText(const std::vector<std::string>& codes) {
    std::string text;
    for (const std::string& code : codes) text += (text.empty() ? "" : ", ") + code;
    return text;
}

void label(const char* text) {
    ImGui::AlignTextToFramePadding();
    textMuted("%s", text);
}

void field(const char* text, const char* column, std::string& value, float width, const char* hint = "") {
    label(text);
    ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint((std::string("##") + column).c_str(), hint, &value);
    recordItem(std::string("field:") + column);
}

void lines(const char* text, const char* column, std::string& value, float width, int rows) {
    label(text);
    ImGui::InputTextMultiline((std::string("##") + column).c_str(), &value,
                              ImVec2(width, ImGui::GetTextLineHeight() * static_cast<float>(rows) +
                                                ImGui::GetStyle().FramePadding.y * 2));
    recordItem(std::string("field:") + column);
}

}  // namespace

void AssetForm::start(const Asset& asset) {
    asset_ = asset;
    kind_ = asset.kind;
    status_ = asset.status;
    title_ = asset.title;
    owner_ = asset.owner;
    countries_ = countriesText(asset.countries);
    application_ = asset.application_number;
    registration_ = asset.registration_number;
    filing_ = dateText(asset.filing_date);
    renewal_ = dateText(asset.renewal_date);
    expiry_ = dateText(asset.expiry_date);
    responsible_ = asset.responsible;
    products_ = lines(asset.products);
    notes_ = asset.notes;
    kept_where_ = asset.kept_where;
    access_ = lines(asset.access);
    problems_.clear();
}

bool AssetForm::read() {
    problems_.clear();
    Asset read = asset_;
    read.kind = kind_;
    read.status = status_;
    read.title = trimmed(title_);
    read.owner = trimmed(owner_);
    read.countries = splitCountryCodes(countries_);
    read.application_number = trimmed(application_);
    read.registration_number = trimmed(registration_);
    auto date = [&](const std::string& text, const char* name, std::optional<Date>& value) {
        const std::string written = trimmed(text);
        value.reset();
        if (written.empty()) return;
        if (auto parsed = parseDate(written))
            value = *parsed;
        else
            problems_.push_back(std::string("the ") + name + " must be a date written YYYY-MM-DD, such as 2031-05-03");
    };
    date(filing_, "filing date", read.filing_date);
    date(renewal_, "renewal date", read.renewal_date);
    date(expiry_, "expiry date", read.expiry_date);
    read.responsible = trimmed(responsible_);
    read.products = progress::splitList(products_);
    read.notes = trimmed(notes_);
    const bool secret = kind_ == AssetKind::TradeSecret;
    read.kept_where = secret ? trimmed(kept_where_) : std::string();
    read.access = secret ? progress::splitList(access_) : std::vector<std::string>{};
    if (problems_.empty())
        for (const progress::AssetProblem& problem : progress::assetProblems(read)) problems_.push_back(problem.message);
    if (!problems_.empty()) return false;
    asset_ = std::move(read);
    return true;
}

AssetForm::Outcome AssetForm::draw(float width, const char* save_label) {
    const float em = ImGui::GetFontSize();
    const float column = (width - em) / 2;
    ImGui::PushID("asset-form");

    label("Kind");
    ImGui::SetNextItemWidth(column);
    if (ImGui::BeginCombo("##kind", std::string(progress::kindName(kind_)).c_str())) {
        for (const progress::AssetKindInfo& info : progress::assetKinds()) {
            if (ImGui::Selectable(std::string(info.name).c_str(), info.kind == kind_)) kind_ = info.kind;
            recordItem("kind:" + std::string(info.key));
        }
        ImGui::EndCombo();
    }
    recordItem("field:kind");
    field("Title", "title", title_, width, "a name everyone recognises");

    ImGui::BeginGroup();
    field("Owner", "owner", owner_, column, "the company, a founder, a contractor");
    field("Countries", "countries", countries_, column, "GB, EU, US");
    field("Application number", "application_number", application_, column);
    field("Registration number", "registration_number", registration_, column);
    label("Status");
    ImGui::SetNextItemWidth(column);
    const std::string status_name = status_ == AssetStatus::Unknown ? "Not set" : std::string(progress::statusName(status_));
    if (ImGui::BeginCombo("##status", status_name.c_str())) {
        if (ImGui::Selectable("Not set", status_ == AssetStatus::Unknown)) status_ = AssetStatus::Unknown;
        recordItem("status:none");
        for (AssetStatus status : {AssetStatus::Idea, AssetStatus::Pending, AssetStatus::Registered, AssetStatus::InUse,
                                   AssetStatus::Lapsed, AssetStatus::Abandoned}) {
            if (ImGui::Selectable(std::string(progress::statusName(status)).c_str(), status == status_)) status_ = status;
            recordItem("status:" + std::string(progress::statusKey(status)));
        }
        ImGui::EndCombo();
    }
    recordItem("field:status");
    ImGui::EndGroup();
    ImGui::SameLine(0, em);
    ImGui::BeginGroup();
    field("Filing date", "filing_date", filing_, column, "YYYY-MM-DD");
    field("Next renewal", "renewal_date", renewal_, column, "YYYY-MM-DD");
    field("Expiry", "expiry_date", expiry_, column, "YYYY-MM-DD");
    field("Responsible", "responsible", responsible_, column, "who acts on its dates");
    ImGui::EndGroup();

    lines("Products and services it covers (one a line)", "products", products_, width, 3);
    if (kind_ == AssetKind::TradeSecret) {
        field("Where the secret is kept (a reference, never the secret)", "kept_where", kept_where_, width);
        lines("Who has access (names or employee ids, one a line)", "access", access_, width, 3);
    }
    lines("Notes", "notes", notes_, width, 2);

    for (const std::string& problem : problems_) textColored(colors::kError, problem.c_str());
    gap(0.3f);
    Outcome outcome = Outcome::None;
    if (primaryButton(save_label) && read()) outcome = Outcome::Save;
    ImGui::SameLine();
    if (button("Cancel")) outcome = Outcome::Cancel;
    ImGui::PopID();
    return outcome;
}

}  // namespace ipprimer::ui
