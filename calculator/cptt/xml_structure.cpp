#include "cptt/xml_structure.h"

#include "cptt/vocabulary.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>

namespace cptt {
namespace {

std::string hex(std::uint32_t value) {
  static const char* digits = "0123456789ABCDEF";
  std::string out;
  do {
    out.insert(out.begin(), digits[value & 15]);
    value >>= 4;
  } while (value != 0);
  while (out.size() < 4)
    out.insert(out.begin(), '0');
  return "U+" + out;
}

// A code point no file of ours may carry (XML 1.0 Char, minus DEL and the C1 controls).
bool forbidden(std::uint32_t cp) {
  if (cp < 0x20)
    return cp != '\t' && cp != '\n' && cp != '\r';
  return (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE ||
         cp == 0xFFFF || cp > 0x10FFFF;
}

XmlProblem character_problem(std::size_t offset, std::uint32_t cp, bool reference) {
  const std::string what = hex(cp);
  if (reference)
    return {static_cast<std::ptrdiff_t>(offset),
            {},
            {"tham chiếu ký tự &#…; tới " + what + " không được phép trong tệp",
             "the character reference &#…; to " + what + " is not allowed in the file"}};
  return {static_cast<std::ptrdiff_t>(offset),
          {},
          {"ký tự điều khiển hoặc ký tự không hợp lệ " + what + " trong tệp",
           "the control or invalid character " + what + " is not allowed in the file"}};
}

// "&#123;" or "&#x7B;" at `i` (text[i] == '&', text[i+1] == '#'): the code point, or nullopt when
// it is not a complete reference (the parser reports that).
std::optional<std::uint32_t> reference_at(std::string_view text, std::size_t i) {
  std::size_t k = i + 2;
  const bool is_hex = k < text.size() && (text[k] == 'x');
  k += is_hex ? 1 : 0;
  std::uint64_t value = 0;
  std::size_t digits = 0;
  for (; k < text.size() && text[k] != ';'; ++k, ++digits) {
    const char c = text[k];
    int d = -1;
    if (c >= '0' && c <= '9')
      d = c - '0';
    else if (is_hex && c >= 'a' && c <= 'f')
      d = c - 'a' + 10;
    else if (is_hex && c >= 'A' && c <= 'F')
      d = c - 'A' + 10;
    if (d < 0)
      return std::nullopt;
    value = value * (is_hex ? 16 : 10) + static_cast<std::uint64_t>(d);
    if (value > 0x10FFFF)
      value = 0x110000; // saturate: past the last code point either way
  }
  if (k >= text.size() || digits == 0)
    return std::nullopt;
  return static_cast<std::uint32_t>(value);
}

// Whether offset `i` lies inside a comment, a CDATA section or a processing instruction, where
// '&' is a plain character. Looked up only for an '&' that starts no reference: rare.
bool inside_literal_section(std::string_view text, std::size_t i) {
  const std::string_view head = text.substr(0, i);
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"<!--", "-->"},
                             {"<![CDATA[", "]]>"},
                             {"<?", "?>"}}) {
    const std::size_t start = head.rfind(open);
    if (start != std::string_view::npos && head.find(close, start + open.size()) == head.npos)
      return true;
  }
  return false;
}

// "&amp;", "&lt;", "&gt;", "&quot;", "&apos;" or a character reference "&#…;" at `i`.
bool known_reference(std::string_view text, std::size_t i) {
  const std::string_view rest = text.substr(i + 1);
  for (std::string_view name : {"amp;", "lt;", "gt;", "quot;", "apos;"})
    if (rest.starts_with(name))
      return true;
  return rest.starts_with('#') && reference_at(text, i).has_value();
}

// Bytes of interest: a control byte, DEL, '&', 0xC2 (which leads the C1 controls U+0080–U+009F)
// and 0xEF (which leads U+FFFE and U+FFFF). Vietnamese letters lead with other bytes (C3, C4, C6,
// CC, E1), so most text passes eight bytes at a time. The text is valid UTF-8 here (checked
// first): surrogates and values past U+10FFFF cannot occur raw. The mask has the high bit set in
// the earliest byte of interest (exact for the lowest set byte; later ones may be false alarms,
// which the byte-wise check then passes).
std::uint64_t interesting(std::uint64_t x) {
  constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  auto zero_bytes = [&](std::uint64_t v) { return (v - ones) & ~v & high; };
  return ((x - ones * 0x20) & ~x & high) | zero_bytes(x ^ (ones * '&')) |
         zero_bytes(x ^ (ones * 0x7F)) | zero_bytes(x ^ (ones * 0xC2)) |
         zero_bytes(x ^ (ones * 0xEF));
}

bool whitespace_only(const char* s) {
  for (; *s != '\0'; ++s)
    if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
      return false;
  return true;
}

// Two attributes of one name: the readers would see the first, a reviewer's tool the last.
pugi::xml_attribute duplicate_attribute(pugi::xml_node element) {
  for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute())
    for (pugi::xml_attribute b = a.next_attribute(); b; b = b.next_attribute())
      if (std::strcmp(a.name(), b.name()) == 0)
        return b;
  return {};
}

bool is_text(pugi::xml_node node) {
  return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

// A value element (no child elements) whose text comes in more than one part.
bool split_text(pugi::xml_node element) {
  // The common cases at once: a value element's text is embedded in it (parse_embed_pcdata) and
  // it has no children; a container's children are elements (whitespace is not kept).
  const pugi::xml_node first = element.first_child();
  if (!first || (*element.value() == '\0' && !is_text(first)))
    return false;
  int parts = *element.value() != '\0' ? 1 : 0;
  bool content = parts > 0 && !whitespace_only(element.value());
  for (pugi::xml_node child = first; child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element)
      return false;
    if (is_text(child)) {
      ++parts;
      content |= !whitespace_only(child.value());
    }
  }
  return parts > 1 && content;
}

} // namespace

std::optional<XmlProblem> find_forbidden_characters(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      std::uint64_t block;
      std::memcpy(&block, s + i, 8);
      const std::uint64_t mask = interesting(block);
      if (mask == 0) {
        i += 8;
        continue;
      }
      // Straight to the first byte of interest (little-endian: the lowest set bit).
      if constexpr (std::endian::native == std::endian::little)
        i += static_cast<std::size_t>(std::countr_zero(mask)) / 8;
    }
    const unsigned char c = s[i];
    if (c < 0x80) {
      if (forbidden(c))
        return character_problem(i, c, false);
      if (c == '&') {
        if (i + 1 < n && s[i + 1] == '#')
          if (auto cp = reference_at(text, i); cp && (*cp == 0 || forbidden(*cp)))
            return character_problem(i, *cp, true);
        // pugixml keeps a stray '&' or an unknown entity as text: refuse it, as XML does.
        if (!known_reference(text, i) && !inside_literal_section(text, i))
          return XmlProblem{static_cast<std::ptrdiff_t>(i),
                            {},
                            {"ký tự & không thuộc một tham chiếu hợp lệ (&amp; &lt; &gt; &quot; "
                             "&apos; &#…;): viết & thành &amp;",
                             "a '&' that starts no valid reference (&amp; &lt; &gt; &quot; "
                             "&apos; &#…;): write & as &amp;"}};
      }
      ++i;
      continue;
    }
    // Only C2 80–9F (C1 controls) and EF BF BE / EF BF BF (U+FFFE, U+FFFF) are refused; every
    // other byte of a multi-byte letter moves on by one.
    if (c == 0xC2 && i + 1 < n && s[i + 1] <= 0x9F)
      return character_problem(i, 0x80u + (s[i + 1] & 0x1Fu), false);
    if (c == 0xEF && i + 2 < n && s[i + 1] == 0xBF && s[i + 2] >= 0xBE)
      return character_problem(i, 0xFF00u + s[i + 2], false);
    ++i;
  }
  return std::nullopt;
}

std::optional<XmlProblem> find_text_after_root(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t end = text.size();
  while (end > 0 &&
         (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\n' || s[end - 1] == '\r'))
    --end;
  if (end > 0 && s[end - 1] != '>') {
    std::size_t start = text.rfind('>', end - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    return XmlProblem{static_cast<std::ptrdiff_t>(start),
                      {},
                      {"có nội dung nằm sau phần tử gốc", "there is text after the root element"}};
  }
  return std::nullopt;
}

namespace {

// xmlns, xmlns:prefix, xml:lang …
bool is_namespace_declaration(const char* name) {
  if (name[0] != 'x' || name[1] != 'm' || name[2] != 'l')
    return false;
  return name[3] == ':' ||
         (name[3] == 'n' && name[4] == 's' && (name[5] == '\0' || name[5] == ':'));
}

// The attributes of an element against its rule.
std::optional<XmlProblem> check_attributes(pugi::xml_node node, const ElementRule& rule) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    const char* name = a.name();
    if (is_one_of(name, rule.attributes) || is_namespace_declaration(name))
      continue;
    const std::string element = node.name();
    return XmlProblem{
        -1,
        node,
        {"thuộc tính \"" + std::string(name) + "\" không được phép trên <" + element + ">",
         "the attribute \"" + std::string(name) + "\" is not allowed on <" + element + ">"}};
  }
  return std::nullopt;
}

// The element `node` under a parent with `parent`'s rule: its own rule (null when the schema does
// not know it), or the problem when it is a second copy of a child that may occur once.
// `seen` holds the parent's once-only children met so far, by their index in its rule (the
// generator keeps them under 64).
std::optional<XmlProblem> enter_child(pugi::xml_node node, const ElementRule& parent,
                                      std::uint64_t& seen, const ElementRule*& rule) {
  int index = -1;
  rule = child_rule(parent, node.name(), &index);
  if (index < 0 || parent.children[static_cast<std::size_t>(index)].repeatable)
    return std::nullopt;
  const std::uint64_t bit = std::uint64_t{1} << index;
  if ((seen & bit) != 0) {
    const std::string name = node.name(), outer = node.parent().name();
    return XmlProblem{
        -1,
        node,
        {"<" + name + "> xuất hiện lần thứ hai trong <" + outer + ">; chỉ được có một",
         "a second <" + name + "> in <" + outer + ">: only one is allowed"}};
  }
  seen |= bit;
  return std::nullopt;
}

} // namespace

std::optional<XmlProblem> check_xml_structure(const pugi::xml_document& document) {
  // One root element, and nothing but markup around it.
  int roots = 0;
  for (pugi::xml_node top = document.first_child(); top; top = top.next_sibling()) {
    if (top.type() == pugi::node_element && ++roots > 1)
      return XmlProblem{
          -1, top, {"tệp có nhiều hơn một phần tử gốc", "the file has a second root element"}};
    if (is_text(top) && !whitespace_only(top.value()))
      return XmlProblem{
          -1, top, {"có nội dung nằm ngoài phần tử gốc", "there is text outside the root element"}};
  }
  // Depth-first, by first_child / next_sibling / parent: no recursion. `rules[d]` is the
  // vocabulary's rule of the element at depth d (null where the schemas say nothing), `seen[d]`
  // its once-only children met so far: one look-up per element checks both.
  std::array<const ElementRule*, max_xml_depth + 1> rules{};
  std::array<std::uint64_t, max_xml_depth + 1> seen{}; // see enter_child
  int depth = 0;
  pugi::xml_node node = document.first_child();
  while (node) {
    if (node.type() == pugi::node_element) {
      if (depth + 1 > max_xml_depth)
        return XmlProblem{
            -1,
            node,
            {"các phần tử lồng nhau quá " + std::to_string(max_xml_depth) + " cấp",
             "elements are nested more than " + std::to_string(max_xml_depth) + " levels deep"}};
      if (pugi::xml_attribute twice = duplicate_attribute(node))
        return XmlProblem{-1,
                          node,
                          {"thuộc tính \"" + std::string(twice.name()) + "\" của <" + node.name() +
                               "> được ghi hai lần",
                           "the attribute \"" + std::string(twice.name()) + "\" of <" +
                               node.name() + "> is given twice"}};
      if (split_text(node))
        return XmlProblem{-1,
                          node,
                          {"nội dung của <" + std::string(node.name()) +
                               "> bị tách thành nhiều phần (bởi chú thích, chỉ thị xử lý hoặc "
                               "CDATA): ghi nội dung liền một khối",
                           "the text of <" + std::string(node.name()) +
                               "> is split into parts (by a comment, a processing instruction "
                               "or CDATA): write it as one piece"}};
      const auto d = static_cast<std::size_t>(depth);
      const ElementRule* rule = nullptr;
      if (d == 0)
        rule = root_rule(node.attribute("xmlns").value(), node.name());
      else if (rules[d - 1])
        if (auto problem = enter_child(node, *rules[d - 1], seen[d - 1], rule))
          return problem;
      rules[d] = rule;
      seen[d] = 0;
      if (rule)
        if (auto problem = check_attributes(node, *rule))
          return problem;
      if (pugi::xml_node child = node.first_child()) {
        node = child;
        ++depth;
        continue;
      }
    }
    while (!node.empty() && !node.next_sibling()) {
      node = node.parent();
      --depth;
      if (node == document)
        return std::nullopt;
    }
    if (node)
      node = node.next_sibling();
  }
  return std::nullopt;
}

} // namespace cptt
