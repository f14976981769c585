#pragma once
// What the integrity checks of a report (or the signature of a review) prove, said plainly, for
// the reviewer's banner, the drafter's returned review and `cptt review` / `cptt verify`: signed by
// whom (a valid signature), only unchanged since export (a digest, which anyone can recompute, so
// it says nothing about who made the report), or nothing.
#include "cptt/review/integrity.h"
#include "cptt/text.h"

#include <string_view>

namespace cptt::review {

enum class Assurance {
  signed_unchanged, // a valid signature chaining to a trusted root: who, and nothing changed
  unchanged, // the digest matches, no valid signature: unchanged since export, author unproven
  changed,   // the digest or the signature does not match the content
  unproven   // no digest (or one of another algorithm), or a signature that is not trusted
};

std::string_view to_id(Assurance assurance); // "signed", "unchanged", "changed", "unproven"

struct IntegrityStatement {
  Assurance assurance = Assurance::unproven;
  Text headline; // one sentence: what is proved
  Text detail;   // why, and what is not proved
};

IntegrityStatement integrity_statement(const IntegrityReport& report);
// The same for a review (which has no digest): signed by whom, or nothing proved.
IntegrityStatement review_integrity_statement(const SignatureCheck& signature);

} // namespace cptt::review
