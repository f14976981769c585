// Signed reviews (cptt/review/review_signature.h): signed as reports are, by the one signer and
// verifier; a round trip names the reviewer's signer and its signing time, every sampled change
// and every single mutation after signing is caught, an unknown signer is refused, the signature's
// place is checked by the reader, and the drafter's statement says who signed or that nothing is
// proved.
#include "support.h"
#include "test_pki.h"

#include "cptt/review/integrity_statement.h"
#include "cptt/review/review_signature.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <vector>

namespace cptt::review::test {
namespace {

class ReviewSignature : public TestPki {
protected:
  static Review sample() {
    Review r = make_review(review_report_text(example_report("case-online-filing.cptt.xml"),
                                              "online.report.xml", plain_context()));
    r.reviewer = {"Trần Thị B", "Sở Tư pháp tỉnh X", "2026-11-29"};
    r.set_verdict({"", Verdict::can_bo_sung, "Cần bổ sung.", {}});
    return r;
  }
  static std::string signed_review(const std::string& key = "signer.p12") {
    SignOutcome out = sign_review(sample(), {pki(key), pki_password});
    EXPECT_EQ(out.error.en, "");
    return out.text;
  }
};

TEST_F(ReviewSignature, RoundTripNamesTheSignerAndTheSigningTime) {
  const std::string text = signed_review();
  ASSERT_NE(text.find("<signing-time>"), std::string::npos);
  EXPECT_LT(text.find("</signing-time>"), text.find("<ds:Signature"));
  const CheckedReview checked = check_review_text(text, "signed.review.xml", trust());
  ASSERT_TRUE(checked.load.result) << checked.load.result.describe(Language::en);
  EXPECT_EQ(checked.signature.status, SignatureStatus::valid) << checked.signature.reason.en;
  EXPECT_EQ(checked.signature.subject.organisation, "Bộ Tư pháp");
  EXPECT_EQ(checked.signature.subject.common_name, "Nguyễn Văn An");
  // The time the certificate was judged at is the review's own, which the signature covers.
  EXPECT_EQ(checked.signature.signed_at, checked.load.review.signing_time);
  EXPECT_EQ(checked.load.review.reviewer.name, "Trần Thị B");
  // Written again (the reviewer reopens it), the review is the same but for the signature.
  const std::size_t start = text.find("<ds:Signature");
  const std::size_t end = text.find("</ds:Signature>") + std::string("</ds:Signature>").size();
  EXPECT_EQ(write_review(checked.load.review),
            text.substr(0, text.rfind('\n', start) + 1) + text.substr(text.find('<', end)));

  const IntegrityStatement s = review_integrity_statement(checked.signature);
  EXPECT_EQ(s.assurance, Assurance::signed_unchanged);
  EXPECT_NE(
      s.headline.vi.find("Ký số bởi Bộ Tư pháp — Nguyễn Văn An lúc " + checked.signature.signed_at),
      std::string::npos)
      << s.headline.vi;
}

TEST_F(ReviewSignature, UnsignedReviewProvesNothing) {
  const CheckedReview checked = check_review_text(write_review(sample()), "u.review.xml", trust());
  ASSERT_TRUE(checked.load.result);
  EXPECT_EQ(checked.signature.status, SignatureStatus::none);
  const IntegrityStatement s = review_integrity_statement(checked.signature);
  EXPECT_EQ(s.assurance, Assurance::unproven);
  EXPECT_NE(s.headline.en.find("no digital signature"), std::string::npos) << s.headline.en;
}

// Every sampled single-character change of a value (attribute values and texts, the signing time
// among them) after signing makes the signature invalid.
TEST_F(ReviewSignature, EverySampledChangeAfterSigningIsCaught) {
  const std::string text = signed_review();
  const std::size_t end = text.find("<ds:Signature");
  std::vector<std::size_t> positions;
  bool in_tag = false, in_value = false;
  for (std::size_t i = text.find("<review"); i < end; ++i) {
    const char ch = text[i];
    if (!in_tag && ch == '<')
      in_tag = true;
    else if (in_tag && !in_value && ch == '>')
      in_tag = false;
    else if (in_tag && ch == '"')
      in_value = !in_value;
    else if ((in_value || !in_tag) && std::isalnum(static_cast<unsigned char>(ch)))
      positions.push_back(i);
  }
  ASSERT_GT(positions.size(), 200u);
  const std::size_t step = std::max<std::size_t>(1, positions.size() / 200);
  int caught = 0, tried = 0;
  for (std::size_t k = 0; k < positions.size(); k += step) {
    std::string changed = text;
    char& ch = changed[positions[k]];
    ch = std::isdigit(static_cast<unsigned char>(ch)) ? (ch == '9' ? '0' : ch + 1)
                                                      : (ch == 'z' || ch == 'Z' ? 'a' : ch + 1);
    ++tried;
    const CheckedReview checked = check_review_text(changed, "changed.review.xml", trust());
    // Refused by the reader (a digest or a date no longer well formed) or by the signature.
    const bool refused =
        !checked.load.result || checked.signature.status == SignatureStatus::invalid;
    caught += refused ? 1 : 0;
    EXPECT_TRUE(refused) << "byte " << positions[k] << ": …"
                         << changed.substr(positions[k] - 20, 40) << "…";
  }
  EXPECT_EQ(caught, tried);
  EXPECT_GE(tried, 200);
  // A forged verdict, the statement says so.
  const std::string forged = replace_first(text, "value=\"can-bo-sung\"", "value=\"dat\"");
  const CheckedReview checked = check_review_text(forged, "forged.review.xml", trust());
  ASSERT_TRUE(checked.load.result);
  EXPECT_EQ(review_integrity_statement(checked.signature).assurance, Assurance::changed);
}

// Every single mutation of a signed review before its signature (each byte changed, each byte
// deleted) is refused by the reader, breaks the signature, or reads to the same review.
TEST_F(ReviewSignature, EverySingleMutationIsCaught) {
  const std::string text = signed_review();
  const CheckedReview original = check_review_text(text, "signed.review.xml", trust());
  ASSERT_TRUE(original.load.result);
  ASSERT_EQ(original.signature.status, SignatureStatus::valid);
  const std::string reading = write_review(original.load.review);
  const std::size_t end = text.find("<ds:Signature");
  int refused = 0, invalid = 0, same = 0;
  auto judge = [&](const std::string& mutant, std::size_t at) {
    const CheckedReview checked = check_review_text(mutant, "mutant.review.xml", trust());
    if (!checked.load.result) {
      ++refused;
      return;
    }
    if (checked.signature.status != SignatureStatus::valid) {
      ++invalid;
      return;
    }
    ++same;
    EXPECT_EQ(write_review(checked.load.review), reading)
        << "byte " << at << ", read differently under a valid signature: …"
        << mutant.substr(at < 30 ? 0 : at - 30, 60) << "…";
  };
  for_each_single_mutation(text, end, judge);
  EXPECT_EQ(refused + invalid + same, static_cast<int>(2 * end));
  EXPECT_GT(refused, 100);
  EXPECT_GT(invalid, 100);
}

TEST_F(ReviewSignature, UnknownSignerIsRefused) {
  const CheckedReview checked =
      check_review_text(signed_review("stranger.p12"), "stranger.review.xml", trust());
  ASSERT_TRUE(checked.load.result);
  EXPECT_EQ(checked.signature.status, SignatureStatus::untrusted);
  const IntegrityStatement s = review_integrity_statement(checked.signature);
  EXPECT_EQ(s.assurance, Assurance::unproven);
  EXPECT_NE(s.headline.en.find("Signed as Tổ chức lạ — Người lạ, but the signer is not confirmed"),
            std::string::npos)
      << s.headline.en;
  EXPECT_EQ(
      check_review_text(signed_review("expired.p12"), "e.review.xml", trust()).signature.status,
      SignatureStatus::expired);
}

TEST_F(ReviewSignature, TheReaderChecksThePlaceOfTheSignature) {
  const std::string text = signed_review();
  const std::size_t start = text.find("<ds:Signature");
  const std::size_t end = text.find("</ds:Signature>") + std::string("</ds:Signature>").size();
  const std::string signature = text.substr(start, end - start);
  const std::string rest = text.substr(0, start) + text.substr(end);
  // Before the verdicts: not the last child; twice: a second signature.
  const std::string moved = replace_first(rest, "<verdicts>", signature + "<verdicts>");
  const ReviewLoad early = load_review_text(moved, "moved.review.xml");
  ASSERT_FALSE(early.result);
  EXPECT_NE(early.result.message.en.find("last element"), std::string::npos)
      << early.result.describe(Language::en);
  EXPECT_GT(early.result.line, 0);
  EXPECT_FALSE(load_review_text(replace_first(text, "</review>", signature + "</review>")).result);
  // A signed review without its signing time cannot be made or verified.
  Review r = sample();
  const std::string unsigned_text = write_review(r);
  EXPECT_NE(sign_document_text(unsigned_text, {pki("signer.p12"), pki_password}).error.en, "");
  const std::size_t t0 = text.find("  <signing-time>");
  const std::size_t t1 = text.find('\n', t0) + 1;
  const std::string timeless = text.substr(0, t0) + text.substr(t1);
  EXPECT_EQ(check_review_text(timeless, "t.review.xml", trust()).signature.status,
            SignatureStatus::invalid);
  // A signing time that is no time is refused with its place.
  const ReviewLoad bad =
      load_review_text(replace_first(text, "<signing-time>", "<signing-time>x"), "b.review.xml");
  ASSERT_FALSE(bad.result);
  EXPECT_NE(bad.result.message.en.find("<signing-time>"), std::string::npos);
}

} // namespace
} // namespace cptt::review::test
