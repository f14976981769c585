#include "cptt/finding_catalog.h"

#include "cptt/finding_texts.h"

#include <vector>

namespace cptt {
namespace {

const Arg* find(const std::vector<Arg>& args, std::string_view name) {
  for (const Arg& a : args)
    if (a.name == name)
      return &a;
  return nullptr;
}

// Fills "{name}" in [begin, end); `complete` is cleared when an argument is missing or empty.
std::string fill(std::string_view text, const std::vector<Arg>& args, Language language,
                 bool& complete) {
  std::string out;
  out.reserve(text.size() + 32);
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '{') {
      const std::size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        const Arg* a = find(args, text.substr(i + 1, close - i - 1));
        const std::string value = a ? a->value.in(language) : std::string();
        if (value.empty())
          complete = false;
        out += value;
        i = close + 1;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

} // namespace

std::span<const CatalogEntry> finding_catalog() {
  static const std::vector<CatalogEntry> all = [] {
    std::vector<CatalogEntry> out;
    for (std::span<const CatalogEntry> part :
         {detail::dossier_finding_texts(), detail::review_finding_texts(),
          detail::response_finding_texts()})
      out.insert(out.end(), part.begin(), part.end());
    return out;
  }();
  return all;
}

const CatalogEntry* find_catalog_entry(std::string_view code, std::string_view variant) {
  const CatalogEntry* first = nullptr;
  for (const CatalogEntry& e : finding_catalog())
    if (e.code == code) {
      if (e.variant == variant)
        return &e;
      if (!first)
        first = &e;
    }
  return first;
}

std::vector<std::string_view> catalog_codes() {
  std::vector<std::string_view> out;
  for (const CatalogEntry& e : finding_catalog())
    if (out.empty() || out.back() != e.code)
      out.push_back(e.code);
  return out;
}

std::string expand_text(const CatalogEntry& entry, const std::vector<Arg>& args,
                        Language language) {
  const std::string_view text = language == Language::en ? entry.en : entry.vi;
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t open = text.find('[', i);
    const std::size_t close = open == std::string_view::npos ? open : text.find(']', open);
    bool complete = true;
    if (close == std::string_view::npos) {
      out += fill(text.substr(i), args, language, complete);
      break;
    }
    out += fill(text.substr(i, open - i), args, language, complete);
    bool optional_complete = true;
    std::string part =
        fill(text.substr(open + 1, close - open - 1), args, language, optional_complete);
    if (optional_complete)
      out += part;
    i = close + 1;
  }
  const std::string_view rule = language == Language::en ? entry.rule_en : entry.rule_vi;
  if (!rule.empty())
    out += " (" + std::string(rule) + ")";
  return out;
}

} // namespace cptt
