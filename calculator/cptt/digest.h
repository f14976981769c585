#pragma once
// The report's integrity digest: SHA-256 (OpenSSL) over the canonical content of an XML element,
// so re-indenting a file does not change it but any change of a value, a text or an element does.
#include <pugixml.hpp>

#include <string>
#include <string_view>

namespace cptt {

// The one algorithm a report's <digest algorithm="…"> may name.
inline constexpr const char* digest_algorithm = "SHA-256";

// Canonical content: `<name` + attributes sorted by name as ` name="value"` + `>` + children +
// `</name>`; text escaped (& < > "); whitespace-only text between elements ignored. Children
// named `skip` (e.g. "digest") and a ds:Signature child (cptt/signature.h) are left out.
std::string canonical_content(pugi::xml_node element, std::string_view skip = {});
// Lower-case hex SHA-256 of canonical_content(element, skip), streamed: the canonical text is
// never held whole in memory.
std::string canonical_digest(pugi::xml_node element, std::string_view skip = {});
// Lower-case hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

} // namespace cptt
