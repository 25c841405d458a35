// The IP register as files (`ipprimer register export`): CSV with the import's
// columns, so an export can be edited and imported again, and JSON with the
// same keys for other programs.
#pragma once

#include <array>
#include <span>
#include <string>

#include "export/formats.h"
#include "progress/asset_register.h"

namespace ipprimer::exports {

inline constexpr std::array kRegisterFormats{FormatId::Csv, FormatId::Json};

// One row per asset, in the order given, with progress::kRegisterColumns;
// lists joined by "; ", dates YYYY-MM-DD, empty cells for what is not known.
std::string registerCsv(std::span<const progress::Asset> assets);

// {"assets": [{"kind", "title", ...}]}: the same keys; lists as arrays of
// strings, dates as YYYY-MM-DD or null, other unknown values as "".
std::string registerJson(std::span<const progress::Asset> assets);

// The register in `format` (one of kRegisterFormats).
std::string registerText(FormatId format, std::span<const progress::Asset> assets);

}  // namespace ipprimer::exports
