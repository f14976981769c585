#pragma once
// The language `cptt` prints in: `--lang vi|en`, else the locale (LC_ALL, LC_MESSAGES, LANG:
// en_* → English), Vietnamese when unsure. Every line is in that one language.
#include "cptt/decimal.h"
#include "cptt/finding.h"
#include "cptt/load_result.h"

#include <cstdlib>
#include <string>
#include <string_view>

namespace cptt::cli {

inline Language& current_language() {
  static Language language = Language::vi;
  return language;
}
inline Language language() { return current_language(); }

inline Language language_from_locale() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
    if (const char* value = std::getenv(name); value && *value != '\0')
      return std::string_view(value).starts_with("en") ? Language::en : Language::vi;
  return Language::vi;
}

// The text in the current language.
inline std::string tr(std::string_view vi, std::string_view en) {
  return std::string(language() == Language::en ? en : vi);
}

// 1.234.567,5 in Vietnamese, 1,234,567.5 in English.
inline std::string number_text(const Decimal& value, int min_places = 0) {
  std::string text = value.to_vietnamese(min_places);
  if (language() == Language::en)
    for (char& c : text)
      c = c == '.' ? ',' : c == ',' ? '.' : c;
  return text;
}

// A load error of the core, "file:line:col: message" in the current language.
inline std::string describe(const LoadResult& result) { return result.describe(language()); }

// A message of the core, in the current language.
inline std::string text(const Text& message) { return message.in(language()); }

// An exception's message of the core, in the current language.
inline std::string what(const std::exception& e) { return error_text(e).in(language()); }

} // namespace cptt::cli
