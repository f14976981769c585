#include "cptt/text.h"

namespace cptt {

Text operator+(const Text& a, const Text& b) {
  return {a.vi + b.vi, a.in(Language::en) + b.in(Language::en)};
}

Text operator+(const Text& a, std::string_view plain) {
  Text out{a.vi + std::string(plain), {}};
  out.en = a.in(Language::en) + std::string(plain);
  return out;
}

Text operator+(std::string_view plain, const Text& b) {
  Text out{std::string(plain) + b.vi, {}};
  out.en = std::string(plain) + b.in(Language::en);
  return out;
}

Text error_text(const std::exception& e) {
  if (const auto* text = dynamic_cast<const HasText*>(&e))
    return text->text();
  return {std::string("lỗi không mong đợi: ") + e.what(),
          std::string("unexpected error: ") + e.what()};
}

} // namespace cptt
