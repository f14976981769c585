#include "cptt/review/review_signature.h"

#include "cptt/file_read.h"
#include "cptt/report.h"

namespace cptt::review {

SignOutcome sign_review(Review review, const SigningKey& key) {
  // The signing time is written into the review first: the signature covers it.
  review.signing_time = utc_timestamp();
  return sign_document_text(write_review(review), key);
}

CheckedReview check_review_file(const std::string& path, const SignatureTrust& trust) {
  FileBytes bytes = read_regular_file(path, default_max_file_bytes);
  if (bytes)
    return check_review_text(bytes.text(), path, trust);
  return {load_review_file(path), {}}; // the reader's own message of why it cannot be read
}

CheckedReview check_review_text(const std::string& text, std::string name,
                                const SignatureTrust& trust) {
  CheckedReview out;
  out.load = load_review_text(text, std::move(name));
  if (out.load.result)
    out.signature = verify_document_signature(text, trust);
  return out;
}

} // namespace cptt::review
