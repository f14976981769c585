#include "cptt/forms/numbering.h"

#include <algorithm>
#include <array>

namespace cptt::forms {
namespace {

// Vietnamese legal texts enumerate points with these letters (no f, j, w, z; đ after d).
constexpr std::array<std::string_view, 23> letters{"a", "b", "c", "d", "đ", "e", "g", "h",
                                                   "i", "k", "l", "m", "n", "o", "p", "q",
                                                   "r", "s", "t", "u", "v", "x", "y"};

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// 1-based index of an enumeration letter, 0 when `s` is not one.
int letter_index(std::string_view s) {
  for (std::size_t i = 0; i < letters.size(); ++i)
    if (letters[i] == s)
      return static_cast<int>(i) + 1;
  return 0;
}

int from_roman(std::string_view s) {
  if (s.empty() || s.size() > 15)
    return 0;
  int value = 0;
  for (char c : s) {
    const std::string_view digits = "IVXLCDM";
    if (digits.find(c) == std::string_view::npos)
      return 0;
  }
  // Read left to right, subtracting a smaller digit before a larger one; then make sure the
  // result writes back the same (rejects "IIII", "VX" …).
  auto digit = [](char c) {
    switch (c) {
    case 'I':
      return 1;
    case 'V':
      return 5;
    case 'X':
      return 10;
    case 'L':
      return 50;
    case 'C':
      return 100;
    case 'D':
      return 500;
    default:
      return 1000;
    }
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const int d = digit(s[i]);
    value += i + 1 < s.size() && d < digit(s[i + 1]) ? -d : d;
  }
  return value > 0 && value < 4000 && roman(value) == s ? value : 0;
}

// "II.4a" → "4a"; "1b" stays: the part after a roman section prefix.
std::string_view without_section(std::string_view number) {
  if (std::size_t dot = number.find('.'); dot != std::string_view::npos)
    if (from_roman(number.substr(0, dot)) > 0)
      return number.substr(dot + 1);
  return number;
}

// The digits a number starts with, and what follows them.
std::pair<std::string_view, std::string_view> split_digits(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9')
    ++n;
  return {s.substr(0, n), s.substr(n)};
}

// As printed in the form: "4." for a question, "a)" for a lettered one or a sub-question.
std::string printed_of(std::string_view number) {
  if (number.empty())
    return {};
  std::string_view rest = without_section(number);
  if (std::size_t dot = rest.rfind('.'); dot != std::string_view::npos && number != rest)
    rest = rest.substr(dot + 1);
  auto [digits, tail] = split_digits(rest);
  if (letter_index(tail) > 0)
    return std::string(tail) + ")";
  return std::string(rest) + ".";
}

class Numberer {
public:
  explicit Numberer(FormDefinition& form) : form_(form) {}

  void run() {
    for (Section& s : form_.sections) {
      section(s);
      questions(s);
    }
  }

private:
  void section(Section& s) {
    if (s.number_given) {
      follow_section(s.number);
      // A sub-section prints its short number under its section's heading; without that heading
      // (01/ĐGTĐ-BC: II.1 … II.3 are blocks with no section II) it prints the whole number.
      const std::size_t dot = s.number.find('.');
      if (dot == std::string::npos)
        printed_top_ = s.number;
      s.printed = dot == std::string::npos || printed_top_ == s.number.substr(0, dot)
                      ? section_printed(s.number)
                      : s.number + ".";
      return;
    }
    if (s.subsection) {
      ++sub_;
      s.number = (top_.empty() ? "" : top_ + ".") + std::to_string(sub_);
      s.printed = printed_top_ == top_ ? std::to_string(sub_) + "." : s.number + ".";
      return;
    }
    ++top_count_;
    top_ = roman(top_count_);
    printed_top_ = top_;
    sub_ = 0;
    s.number = top_;
    s.printed = top_ + ".";
  }

  // Counting goes on from a number the file gives: "III" (top-level), "II.3" (sub-section).
  void follow_section(const std::string& number) {
    const std::size_t dot = number.find('.');
    const std::string head = number.substr(0, dot);
    if (const int value = from_roman(head); value > 0) {
      if (value != top_count_ || top_ != head) {
        top_count_ = value;
        top_ = head;
        sub_ = 0;
      }
      if (dot != std::string::npos) {
        std::string_view tail = std::string_view(number).substr(dot + 1);
        if (all_digits(tail))
          sub_ = std::stoi(std::string(tail));
        else if (int l = letter_index(tail); l > 0)
          sub_ = l;
      }
    }
  }

  static std::string section_printed(const std::string& number) {
    if (number.empty())
      return {};
    const std::size_t dot = number.rfind('.');
    if (dot == std::string::npos)
      return number + ".";
    const std::string tail = number.substr(dot + 1);
    return letter_index(tail) > 0 ? tail + ")" : tail + ".";
  }

  void questions(const Section& s) {
    int question = 0;
    int sub = 0;
    std::string last_question; // the last question's number (sub-questions hang under it)
    std::string last_numbered; // the last number given (parts are cited by it)
    for (std::size_t index : s.fields) {
      Field& f = form_.fields[index];
      if (f.number_given) {
        if (!f.number.empty()) {
          follow_question(f.number, s.questions, question, sub);
          last_numbered = f.number;
          last_question =
              sub == 0 ? f.number
                       : f.number.substr(0, f.number.size() -
                                                letters[static_cast<std::size_t>(sub - 1)].size());
        }
        f.printed = printed_of(f.number);
        f.cited_number = f.number;
        continue;
      }
      if (s.questions == QuestionStyle::none) {
        f.number.clear();
      } else if (f.item == ItemKind::question) {
        ++question;
        sub = 0;
        f.number = s.questions == QuestionStyle::numbers ? std::to_string(question)
                                                         : enumeration_letter(question);
        last_question = f.number;
      } else if (f.item == ItemKind::sub) {
        ++sub;
        f.number = last_question.empty()                   ? enumeration_letter(sub)
                   : s.questions == QuestionStyle::numbers ? last_question + enumeration_letter(sub)
                                                           : last_question + std::to_string(sub);
      }
      if (!f.number.empty()) {
        f.printed = f.item == ItemKind::sub && s.questions == QuestionStyle::numbers
                        ? enumeration_letter(sub) + ")"
                    : f.item == ItemKind::sub ? f.number + ")"
                                              : printed_of(f.number);
        last_numbered = f.number;
        f.cited_number = f.number;
      } else {
        f.printed.clear();
        f.cited_number = f.item == ItemKind::part ? last_numbered : std::string();
      }
    }
  }

  // Counting goes on from a question number the file gives: "5" (question 5), "9c" (question 9,
  // sub-question c), "d" (question d of a lettered section).
  static void follow_question(const std::string& number, QuestionStyle style, int& question,
                              int& sub) {
    std::string_view rest = without_section(number);
    auto [digits, tail] = split_digits(rest);
    if (!digits.empty()) {
      question = std::stoi(std::string(digits));
      sub = letter_index(tail);
      return;
    }
    if (style == QuestionStyle::letters)
      if (int l = letter_index(rest); l > 0) {
        question = l;
        sub = 0;
      }
  }

  FormDefinition& form_;
  int top_count_ = 0;
  std::string top_;         // the current top-level section's number
  std::string printed_top_; // the last top-level section that has a heading of its own
  int sub_ = 0;
};

} // namespace

std::string_view to_id(ItemKind kind) {
  switch (kind) {
  case ItemKind::question:
    return "question";
  case ItemKind::sub:
    return "sub";
  case ItemKind::part:
    return "part";
  }
  return {};
}

std::string_view to_id(QuestionStyle style) {
  switch (style) {
  case QuestionStyle::numbers:
    return "numbers";
  case QuestionStyle::letters:
    return "letters";
  case QuestionStyle::none:
    return "none";
  }
  return {};
}

bool from_id(std::string_view id, ItemKind& out) {
  for (ItemKind k : {ItemKind::question, ItemKind::sub, ItemKind::part})
    if (to_id(k) == id) {
      out = k;
      return true;
    }
  return false;
}

bool from_id(std::string_view id, QuestionStyle& out) {
  for (QuestionStyle k : {QuestionStyle::numbers, QuestionStyle::letters, QuestionStyle::none})
    if (to_id(k) == id) {
      out = k;
      return true;
    }
  return false;
}

std::string enumeration_letter(int index) {
  if (index <= 0)
    return {};
  const int n = static_cast<int>(letters.size());
  if (index <= n)
    return std::string(letters[static_cast<std::size_t>(index - 1)]);
  return std::string(letters.back()) + std::to_string(index - n);
}

std::string roman(int value) {
  static constexpr std::array<std::pair<int, std::string_view>, 13> parts{{{1000, "M"},
                                                                           {900, "CM"},
                                                                           {500, "D"},
                                                                           {400, "CD"},
                                                                           {100, "C"},
                                                                           {90, "XC"},
                                                                           {50, "L"},
                                                                           {40, "XL"},
                                                                           {10, "X"},
                                                                           {9, "IX"},
                                                                           {5, "V"},
                                                                           {4, "IV"},
                                                                           {1, "I"}}};
  std::string out;
  for (const auto& [v, s] : parts)
    while (value >= v) {
      out += s;
      value -= v;
    }
  return out;
}

void assign_numbers(FormDefinition& form) { Numberer(form).run(); }

} // namespace cptt::forms
