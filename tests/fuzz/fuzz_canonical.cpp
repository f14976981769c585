// The canonicaliser on any tree the strict XML layer lets through: deterministic, never a crash.
#include "cptt/digest.h"
#include "cptt/xml_source.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cptt;
  const XmlSource source = XmlSource::from_text(fuzz::text_of(data, size), "fuzz.xml");
  if (!source.result() || !source.document().document_element())
    return 0;
  const std::string digest = canonical_digest(source.document().document_element());
  fuzz::require(digest.size() == 64, "a digest is 64 hex digits");
  fuzz::require(digest == canonical_digest(source.document().document_element()),
                "the digest is deterministic");
  return 0;
}
