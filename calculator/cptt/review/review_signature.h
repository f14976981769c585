#pragma once
// Signed reviews: the reviewer signs the review as the drafting body signs its report (one signer
// and verifier, cptt/signature.h), over the whole file with its signing time; the drafter reads
// the review and its signature from the same bytes.
#include "cptt/review/review_file.h"
#include "cptt/signature.h"

#include <string>

namespace cptt::review {

// The review's text, with the signing time set to now and signed with the key (a PKCS#12 file or
// a PKCS#11 token).
SignOutcome sign_review(Review review, const SigningKey& key);

struct CheckedReview {
  ReviewLoad load;
  SignatureCheck signature; // status none when not signed, or when the file cannot be read
};

// Reads a review and verifies its signature on the same bytes; a file the strict reader refuses
// is never handed to the signature's XML parser.
CheckedReview check_review_file(const std::string& path, const SignatureTrust& trust);
CheckedReview check_review_text(const std::string& text, std::string name,
                                const SignatureTrust& trust);

} // namespace cptt::review
