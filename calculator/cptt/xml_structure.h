#pragma once
// What a well-formed file may still not hold, checked by XmlSource before any reader sees it:
//
// - characters XML 1.0 (§2.2) forbids or that we refuse: control characters other than tab,
//   newline and carriage return, DEL and the C1 controls, the non-characters U+FFFE and U+FFFF,
//   whether raw or written as character references; references to surrogates, past U+10FFFF or
//   to 0 (which the parser would turn into bytes that are not UTF-8, or into a NUL that cuts its
//   text short); an '&' that starts no reference (a stray '&', an unknown entity), which the
//   parser would keep as text;
// - a second root element, text outside the root, an attribute given twice;
// - against the vocabulary of the schemas (vocabulary.h): an attribute the schema does not allow,
//   a second copy of a child that may occur once;
// - nesting deeper than max_xml_depth, so that no reader, evaluator or the canonicaliser can be
//   driven into a deep recursion by a file;
// - a value element whose text is split into parts by a comment, a processing instruction or a
//   CDATA section: the readers take one part, the digest covers them all, so two files with one
//   digest could read differently.
#include "cptt/finding.h"

#include <pugixml.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace cptt {

inline constexpr int max_xml_depth = 256;

struct XmlProblem {
  std::ptrdiff_t offset = -1; // in the file's text (raw checks)
  pugi::xml_node node;        // or the node (tree checks)
  Text message;
};

// The raw text, before parsing.
std::optional<XmlProblem> find_forbidden_characters(std::string_view text);
// Text after the root element, which the parser drops without a word: looked for in the raw text
// (in-place parsing changes it), reported once the file has parsed (the parser's own message is
// better for a file cut short).
std::optional<XmlProblem> find_text_after_root(std::string_view text);
// The parsed tree (iterative: a file cannot make it recurse).
std::optional<XmlProblem> check_xml_structure(const pugi::xml_document& document);

} // namespace cptt
