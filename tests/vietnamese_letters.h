#pragma once
// Does a UTF-8 text hold a Vietnamese letter: a Latin letter with a diacritic (Latin-1 Supplement
// letters, Latin Extended-A/B, Latin Extended Additional, where ạ … ỹ live), đ/Đ, or a combining
// diacritic. Typography (—, ·, ÷, →, …) is not a letter. Used by the language tests of the core,
// the review summary and the app's screens.
#include <cstdint>
#include <string_view>

namespace cptt_test {

inline bool is_vietnamese_letter(char32_t c) {
  return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x300 && c <= 0x36F) ||
         (c >= 0x1E00 && c <= 0x1EFF);
}

inline bool has_vietnamese_letter(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    char32_t c = b;
    int extra = 0;
    if (b >= 0xF0) {
      c = b & 0x07;
      extra = 3;
    } else if (b >= 0xE0) {
      c = b & 0x0F;
      extra = 2;
    } else if (b >= 0xC0) {
      c = b & 0x1F;
      extra = 1;
    }
    ++i;
    for (int k = 0; k < extra && i < utf8.size(); ++k, ++i)
      c = (c << 6) | (static_cast<unsigned char>(utf8[i]) & 0x3F);
    if (is_vietnamese_letter(c))
      return true;
  }
  return false;
}

} // namespace cptt_test
