#pragma once
// Texts for the user in both languages, and the exceptions of the core that carry one. Every
// message of the core (a load error, a computation error, a refused number) is a Text: the tool
// and the app choose the language when they show it, never by splitting a string.
//
//   try { compute(dossier); }
//   catch (const std::exception& e) { std::cerr << cptt::error_text(e).in(Language::en); }
#include "cptt/language.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace cptt {

// A text given in both languages (a form's label, a message). A value with no English (a name,
// an id, a number) is the same in both.
struct Text {
  // Both languages are given: a lone string is not a Text (no "vi / en" string can slip into a
  // message through brace elision). Text{name, {}} is a value the same in both.
  Text() = default;
  Text(std::string vi_text, std::string en_text) : vi(std::move(vi_text)), en(std::move(en_text)) {}

  std::string vi;
  std::string en; // empty: as vi
  const std::string& in(Language language) const {
    return language == Language::en && !en.empty() ? en : vi;
  }
  bool empty() const { return vi.empty() && en.empty(); }
  bool operator==(const Text&) const = default;
};

// Joined language by language; a plain string (a name, a value, a path) goes into both.
Text operator+(const Text& a, const Text& b);
Text operator+(const Text& a, std::string_view plain);
Text operator+(std::string_view plain, const Text& b);

// The user's message of a failure. The core's exceptions derive from it besides their standard
// type (whose what() is the Vietnamese text, for logs); error_text() finds it.
class HasText {
public:
  const Text& text() const noexcept { return text_; }

protected:
  explicit HasText(Text text) : text_(std::move(text)) {}
  HasText(const HasText&) = default;
  ~HasText() = default;

private:
  Text text_;
};

template <class Standard> class TextError : public Standard, public HasText {
public:
  explicit TextError(Text text) : Standard(text.vi), HasText(std::move(text)) {}
};

// A failure of the core with a message for the user.
class Error : public TextError<std::runtime_error> {
public:
  using TextError::TextError;
};

// The message of any exception: its Text when it carries one, else its what() named as an
// unexpected error (a std::bad_alloc, a library's failure).
Text error_text(const std::exception& e);

} // namespace cptt
