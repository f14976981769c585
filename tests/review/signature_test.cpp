// Signed reports (cptt/signature.h): a test PKI made at test time with the openssl CLI
// (make_test_pki.sh), a sign/verify round trip, every sampled single-byte change of a value caught
// and every single mutation of the document refused, invalid or read the same, unknown, expired
// and revoked certificates, signature-wrapping shapes refused, and the review's findings.
#include "support.h"
#include "test_pki.h"

#include "cptt/review/integrity_statement.h"

#include "cptt/signature.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace cptt::review::test {
namespace {

const std::string& password = pki_password;

class Signature : public TestPki {
protected:
  // A report exported now (its export time is the signing time), signed with `key`.
  static std::string signed_report(const std::string& key = "signer.p12",
                                   const std::string& exported = "") {
    ReportMetadata meta = report_metadata(&reference());
    meta.exported = exported.empty() ? utc_timestamp() : exported;
    const Dossier dossier = example("case-online-filing.cptt.xml");
    const std::string text = write_report(dossier, compute(dossier), meta);
    SignOutcome out = sign_document_text(text, {pki(key), password});
    EXPECT_EQ(out.error.vi, "");
    return out.text;
  }
};

TEST_F(Signature, RoundTripNamesTheSigner) {
  const std::string text = signed_report();
  ASSERT_NE(text.find("<ds:Signature"), std::string::npos);
  const SignatureCheck check = verify_document_signature(text, trust());
  EXPECT_EQ(to_id(check.status), "valid") << check.reason.en;
  EXPECT_EQ(check.subject.organisation, "Bộ Tư pháp");
  EXPECT_EQ(check.subject.common_name, "Nguyễn Văn An");
  EXPECT_EQ(check.reason.vi, "");
  // The reader accepts the signature and the digest leaves it out.
  const ReportLoad load = load_report_text(text);
  ASSERT_TRUE(load.result) << load.result.message.vi;
  EXPECT_EQ(load.digest, DigestStatus::matches);
}

TEST_F(Signature, OneSignatureWholeDocumentShape) {
  const std::string text = signed_report();
  EXPECT_NE(text.find("<ds:Reference URI=\"\">"), std::string::npos);
  EXPECT_NE(text.find("http://www.w3.org/2000/09/xmldsig#enveloped-signature"), std::string::npos);
  EXPECT_NE(text.find("http://www.w3.org/2001/10/xml-exc-c14n#"), std::string::npos);
  EXPECT_NE(text.find("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"), std::string::npos);
  EXPECT_NE(text.find("<ds:X509Certificate>"), std::string::npos);
  // The signature is the root's last child.
  EXPECT_LT(text.rfind("</ds:Signature>"), text.rfind("</report>"));
  EXPECT_GT(text.find("<ds:Signature"), text.find("</digest>"));
}

TEST_F(Signature, UnsignedReportIsNone) {
  const std::string text = example_report("case-online-filing.cptt.xml");
  EXPECT_EQ(verify_document_signature(text, trust()).status, SignatureStatus::none);
}

// Every sampled single-byte change of a value (an attribute value or a text, outside the
// signature) makes the signature invalid.
TEST_F(Signature, EverySampledValueChangeIsCaught) {
  const std::string text = signed_report();
  const std::size_t end = text.find("<ds:Signature");
  std::vector<std::size_t> positions;
  bool in_tag = false, in_value = false;
  for (std::size_t i = 0; i < end; ++i) {
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
  ASSERT_GT(positions.size(), 1000u);
  const std::size_t step = positions.size() / 500;
  int tried = 0;
  for (std::size_t k = 0; k < positions.size(); k += step) {
    std::string changed = text;
    char& ch = changed[positions[k]];
    ch = std::isdigit(static_cast<unsigned char>(ch)) ? (ch == '9' ? '0' : ch + 1)
                                                      : (ch == 'z' || ch == 'Z' ? 'a' : ch + 1);
    ++tried;
    const SignatureCheck check = verify_document_signature(changed, trust());
    EXPECT_EQ(check.status, SignatureStatus::invalid)
        << "byte " << positions[k] << ": …" << changed.substr(positions[k] - 20, 40) << "…";
  }
  EXPECT_GE(tried, 500);
}

// Every single mutation of a signed report before its signature (each byte changed, each byte
// deleted) is refused by the reader, or breaks the signature, or changes nothing the reader reads
// (a layout change: the same canonical content, so the same digest and, by the property test
// SameDigestReadsTheSame, the same reading). No mutant is read differently under a valid
// signature.
TEST_F(Signature, EverySingleMutationIsCaught) {
  const std::string text = signed_report();
  const ReportLoad original = load_report_text(text, "signed.report.xml");
  ASSERT_TRUE(original.result) << original.result.describe(Language::en);
  const std::size_t end = text.find("<ds:Signature");
  int refused = 0, invalid = 0, layout = 0;
  auto judge = [&](const std::string& mutant, std::size_t at) {
    const ReportLoad load = load_report_text(mutant, "mutant.report.xml");
    if (!load.result) {
      ++refused;
      return;
    }
    if (verify_document_signature(mutant, trust()).status != SignatureStatus::valid) {
      ++invalid;
      return;
    }
    ++layout;
    EXPECT_EQ(load.actual_digest, original.actual_digest)
        << "byte " << at << ", read differently under a valid signature: …"
        << mutant.substr(at < 30 ? 0 : at - 30, 60) << "…";
  };
  for_each_single_mutation(text, end, judge);
  EXPECT_EQ(refused + invalid + layout, static_cast<int>(2 * end));
  EXPECT_GT(refused, 1000);
  EXPECT_GT(invalid, 1000);
}

TEST_F(Signature, UnknownAuthorityIsUntrusted) {
  const SignatureCheck check = verify_document_signature(signed_report("stranger.p12"), trust());
  EXPECT_EQ(check.status, SignatureStatus::untrusted);
  EXPECT_EQ(check.subject.common_name, "Người lạ");
  EXPECT_NE(check.reason.en, "");
}

TEST_F(Signature, CertificateNotForSigningIsUntrusted) {
  // The trusted root itself, whose keyUsage is certificate and CRL signing only.
  const SignatureCheck check =
      verify_document_signature(signed_report("ca-as-signer.p12"), trust());
  EXPECT_EQ(check.status, SignatureStatus::untrusted);
  EXPECT_NE(check.reason.en.find("keyUsage"), std::string::npos) << check.reason.en;
}

TEST_F(Signature, ExpiredCertificateIsExpired) {
  const SignatureCheck check = verify_document_signature(signed_report("expired.p12"), trust());
  EXPECT_EQ(check.status, SignatureStatus::expired) << check.reason.en;
}

TEST_F(Signature, ValidityIsJudgedAtTheSigningTime) {
  // Signed (by its export time) before the certificate existed.
  const std::string early = signed_report("signer.p12", "2001-01-01T00:00:00Z");
  EXPECT_EQ(verify_document_signature(early, trust()).status, SignatureStatus::expired);
}

TEST_F(Signature, RevokedCertificateIsUntrustedWithTheCrl) {
  const std::string text = signed_report("revoked.p12");
  EXPECT_EQ(verify_document_signature(text, trust()).status, SignatureStatus::valid);
  const SignatureCheck check = verify_document_signature(text, {pki("trust"), pki("crl.pem")});
  EXPECT_EQ(check.status, SignatureStatus::untrusted);
  EXPECT_NE(check.reason.en.find("revoked"), std::string::npos) << check.reason.en;
  // The CRL does not touch a certificate it does not list.
  EXPECT_EQ(verify_document_signature(signed_report(), {pki("trust"), pki("crl.pem")}).status,
            SignatureStatus::valid);
}

TEST_F(Signature, WrongPasswordOrKeyIsRefused) {
  const std::string text = example_report("case-online-filing.cptt.xml");
  EXPECT_NE(sign_document_text(text, {pki("signer.p12"), "sai"}).error.en, "");
  EXPECT_NE(sign_document_text(text, {pki("missing.p12"), password}).error.en, "");
  EXPECT_NE(sign_document_text(signed_report(), {pki("signer.p12"), password}).error.en, "");
}

std::string signature_of(const std::string& text) {
  const std::size_t start = text.find("<ds:Signature");
  const std::size_t end = text.find("</ds:Signature>") + std::string("</ds:Signature>").size();
  return text.substr(start, end - start);
}

std::string without_signature(const std::string& text) {
  const std::size_t start = text.find("<ds:Signature");
  const std::size_t end = text.find("</ds:Signature>") + std::string("</ds:Signature>").size();
  return text.substr(0, start) + text.substr(end);
}

TEST_F(Signature, SecondSignatureIsRefused) {
  const std::string text = signed_report();
  const std::string signature = signature_of(text);
  // A second copy, as the root's last child and nested in the metadata.
  const std::string twice = replace_first(text, "</report>", signature + "</report>");
  EXPECT_EQ(verify_document_signature(twice, trust()).status, SignatureStatus::invalid);
  const std::string nested = replace_first(text, "</metadata>", signature + "</metadata>");
  EXPECT_EQ(verify_document_signature(nested, trust()).status, SignatureStatus::invalid);
  EXPECT_FALSE(load_report_text(twice).result);
}

TEST_F(Signature, MovedSignatureIsRefused) {
  const std::string text = signed_report();
  const std::string signature = signature_of(text);
  const std::string rest = without_signature(text);
  // Inside an element, and before the digest (no longer the root's last child).
  const std::string inside = replace_first(rest, "</metadata>", signature + "</metadata>");
  EXPECT_EQ(verify_document_signature(inside, trust()).status, SignatureStatus::invalid);
  const std::string before = replace_first(rest, "<digest", signature + "<digest");
  EXPECT_EQ(verify_document_signature(before, trust()).status, SignatureStatus::invalid);
  EXPECT_FALSE(load_report_text(before).result);
}

TEST_F(Signature, ReferenceToPartIsRefused) {
  const std::string text = signed_report();
  // A reference to one element (an Id), or a second reference, signs less than the document.
  const std::string part =
      replace_first(text, "<ds:Reference URI=\"\">", "<ds:Reference URI=\"#results\">");
  EXPECT_EQ(verify_document_signature(part, trust()).status, SignatureStatus::invalid);
  const std::size_t start = text.find("<ds:Reference");
  const std::size_t end = text.find("</ds:Reference>") + std::string("</ds:Reference>").size();
  const std::string reference = text.substr(start, end - start);
  const std::string two = replace_first(text, "</ds:SignedInfo>", reference + "</ds:SignedInfo>");
  EXPECT_EQ(verify_document_signature(two, trust()).status, SignatureStatus::invalid);
  const std::string object =
      replace_first(text, "</ds:Signature>", "<ds:Object>x</ds:Object></ds:Signature>");
  EXPECT_EQ(verify_document_signature(object, trust()).status, SignatureStatus::invalid);
}

TEST_F(Signature, ReviewReportsTheSignature) {
  ReviewContext context = plain_context();
  context.trust = trust();
  const ReportReview ok = review_report_text(signed_report(), "signed.report.xml", context);
  ASSERT_TRUE(ok.loaded()) << ok.load.message.vi;
  ASSERT_TRUE(ok.integrity.signature);
  EXPECT_EQ(ok.integrity.signature->status, SignatureStatus::valid);
  bool noted = false;
  for (const Finding& f : ok.integrity_findings)
    noted =
        noted || (f.code == "CPTT-N204" &&
                  f.message(Language::vi).find("Bộ Tư pháp — Nguyễn Văn An") != std::string::npos);
  EXPECT_TRUE(noted);

  const std::string forged = replace_first(signed_report(), "<subjects>10000<", "<subjects>5000<");
  const ReportReview bad = review_report_text(forged, "forged.report.xml", context);
  ASSERT_TRUE(bad.loaded()) << bad.load.message.vi;
  bool refused = false;
  for (const Finding& f : bad.integrity_findings)
    refused = refused || f.code == "CPTT-E204";
  EXPECT_TRUE(refused);

  context.trust = {pki("empty-trust-folder"), ""};
  const ReportReview untrusted = review_report_text(signed_report(), "u.report.xml", context);
  bool warned = false;
  for (const Finding& f : untrusted.integrity_findings)
    warned = warned || f.code == "CPTT-W204";
  EXPECT_TRUE(warned);
}

// The reviewer's banner says what is proved, from the same checks.
TEST_F(Signature, TheStatementSaysWhoSignedOrWhatIsNotProved) {
  ReviewContext context = plain_context();
  context.trust = trust();
  const IntegrityStatement ok =
      integrity_statement(review_report_text(signed_report(), "s.xml", context).integrity);
  EXPECT_EQ(ok.assurance, Assurance::signed_unchanged);
  EXPECT_NE(ok.headline.vi.find("Ký số bởi Bộ Tư pháp — Nguyễn Văn An"), std::string::npos)
      << ok.headline.vi;

  const std::string forged = replace_first(signed_report(), "<subjects>10000<", "<subjects>5000<");
  EXPECT_EQ(integrity_statement(review_report_text(forged, "f.xml", context).integrity).assurance,
            Assurance::changed);

  // Re-exported by a forger with a fresh digest and no signature: unchanged since *that*
  // export, and the statement says that the author is not proved.
  const IntegrityStatement unsigned_report = integrity_statement(
      review_report_text(example_report("case-online-filing.cptt.xml"), "u.xml", context)
          .integrity);
  EXPECT_EQ(unsigned_report.assurance, Assurance::unchanged);
  EXPECT_NE(unsigned_report.headline.in(Language::en).find("who made it is not proved"),
            std::string::npos)
      << unsigned_report.headline.en;

  context.trust = {pki("empty-trust-folder"), ""};
  const IntegrityStatement untrusted =
      integrity_statement(review_report_text(signed_report(), "t.xml", context).integrity);
  EXPECT_EQ(untrusted.assurance, Assurance::unproven);
  EXPECT_NE(untrusted.headline.in(Language::en).find("Signed as Bộ Tư pháp — Nguyễn Văn An, but"),
            std::string::npos)
      << untrusted.headline.en;
}

TEST(IntegrityStatement, EveryDigestStateHasItsSentence) {
  IntegrityReport r;
  for (DigestStatus d : {DigestStatus::matches, DigestStatus::mismatch, DigestStatus::missing,
                         DigestStatus::invalid}) {
    r.digest = d;
    const IntegrityStatement s = integrity_statement(r);
    EXPECT_FALSE(s.headline.vi.empty());
    EXPECT_FALSE(s.headline.in(Language::en).empty());
    EXPECT_NE(s.headline.vi, s.headline.in(Language::en));
    EXPECT_EQ(s.assurance, d == DigestStatus::matches    ? Assurance::unchanged
                           : d == DigestStatus::mismatch ? Assurance::changed
                                                         : Assurance::unproven);
  }
  // A valid signature over a report whose digest is wrong proves no more than the digest.
  r.digest = DigestStatus::mismatch;
  r.signature = SignatureCheck{SignatureStatus::valid, {"Bộ Tư pháp", "An"}, "2026-11-29", {}};
  EXPECT_EQ(integrity_statement(r).assurance, Assurance::changed);
}

} // namespace
} // namespace cptt::review::test
