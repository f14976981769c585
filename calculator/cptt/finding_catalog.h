#pragma once
// The one catalogue of findings: code → severity, the Vietnamese and English texts, and the rule
// it cites where there is one. docs/findings.md documents the same codes (a test compares them).
//
// A text is a template: "{name}" is replaced by the finding's argument of that name; "[…]" is
// kept only when every argument inside it is given and not empty. A code may have several
// texts (variants), e.g. CPTT-W004 for an amended procedure and for an abolished one.
#include "cptt/finding.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cptt {

struct CatalogEntry {
  std::string_view code;    // "CPTT-W004"
  std::string_view variant; // "" for the first text of a code, else e.g. "abolished"
  Severity severity;
  std::string_view vi;           // what is wrong and what to do, in Vietnamese
  std::string_view en;           // the same in English
  std::string_view rule_vi = {}; // the rule it cites: "Điều 10 Thông tư 03/2022/TT-BTP"
  std::string_view rule_en = {}; // "TT 03/2022 Art. 10"
};

// Every entry, codes in order, a code's variants together.
std::span<const CatalogEntry> finding_catalog();
// The entry of `code` and `variant` (the code's first entry when the variant is unknown), or null.
const CatalogEntry* find_catalog_entry(std::string_view code, std::string_view variant = {});
// The distinct codes, in order.
std::vector<std::string_view> catalog_codes();

// The entry's text in `language` with `args` filled in, and the rule cited in parentheses.
std::string expand_text(const CatalogEntry& entry, const std::vector<Arg>& args, Language language);

} // namespace cptt
