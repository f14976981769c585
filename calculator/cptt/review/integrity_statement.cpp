#include "cptt/review/integrity_statement.h"

namespace cptt::review {
namespace {

std::string signer_of(const SignatureCheck& s) {
  const std::string signer = signer_text(s.subject);
  return signer.empty() ? std::string("?") : signer;
}

// The digest's part of the statement, when no valid signature speaks for the report.
IntegrityStatement from_digest(const IntegrityReport& r) {
  switch (r.digest) {
  case DigestStatus::matches:
    return {Assurance::unchanged,
            {"Nội dung không đổi từ khi xuất (mã băm khớp); báo cáo không có chữ ký số hợp lệ nên "
             "không chứng minh được ai lập báo cáo.",
             "Unchanged since export (the digest matches); the report carries no valid digital "
             "signature, so who made it is not proved."},
            {"Mã băm chỉ cho biết nội dung không bị sửa sau khi xuất: ai có chương trình cũng tính "
             "lại được mã băm cho một nội dung khác.",
             "A digest only shows that the content was not edited after export: anyone with the "
             "program can compute a digest for other content."}};
  case DigestStatus::mismatch:
    return {
        Assurance::changed,
        {"Báo cáo đã bị thay đổi sau khi xuất: mã băm không khớp với nội dung.",
         "The report was changed after export: its digest does not match the content."},
        {"Yêu cầu cơ quan soạn thảo xuất lại báo cáo.", "Ask the drafting body for a new export."}};
  case DigestStatus::missing:
    return {Assurance::unproven,
            {"Báo cáo không có mã băm và không có chữ ký số: không chứng minh được gì về nội dung.",
             "The report carries neither a digest nor a signature: nothing about its content is "
             "proved."},
            {"Yêu cầu xuất lại báo cáo bằng phần mềm.", "Ask for an export made by the program."}};
  case DigestStatus::invalid:
    return {Assurance::unproven,
            {"Mã băm của báo cáo dùng thuật toán khác SHA-256: không chứng minh được nội dung.",
             "The report's digest names another algorithm than SHA-256: it proves nothing about "
             "the content."},
            {"Yêu cầu xuất lại báo cáo bằng phần mềm.", "Ask for an export made by the program."}};
  }
  return {};
}

// "báo cáo" / "the report", "bản thẩm định" / "the review": the document a statement is about.
Text report_noun() { return {"báo cáo", "the report"}; }
Text review_noun() { return {"bản thẩm định", "the review"}; }

// What a signature that was found proves (the detail of an unconfirmed one is the caller's).
IntegrityStatement from_signature(const SignatureCheck& s, const Text& document) {
  const std::string signer = signer_of(s);
  switch (s.status) {
  case SignatureStatus::valid:
    return {Assurance::signed_unchanged,
            {"Ký số bởi " + signer + " lúc " + s.signed_at + "; nội dung không đổi từ khi ký.",
             "Signed by " + signer + " at " + s.signed_at + "; unchanged since it was signed."},
            {"Chữ ký hợp lệ và chứng thư của người ký thuộc một gốc tin cậy.",
             "The signature is valid and the signer's certificate chains to a trusted root."}};
  case SignatureStatus::invalid:
    return {Assurance::changed,
            Text{"Chữ ký số không khớp với nội dung: " + document.vi +
                     " đã bị sửa sau khi ký, hoặc chữ ký bị giả.",
                 "The digital signature does not match the content: " + document.en +
                     " was edited after it was signed, or the signature is forged."},
            s.reason};
  case SignatureStatus::untrusted:
  case SignatureStatus::expired:
  case SignatureStatus::none: {
    const Text why =
        s.status == SignatureStatus::expired
            ? Text{"chứng thư không còn hiệu lực lúc ký (" + s.signed_at + ")",
                   "the certificate was not valid at the signing time (" + s.signed_at + ")"}
            : s.reason;
    return {Assurance::unproven,
            Text{"Có chữ ký số của " + signer + " nhưng không xác nhận được người ký: ",
                 "Signed as " + signer + ", but the signer is not confirmed: "} +
                why + Text{".", "."},
            {}};
  }
  }
  return {};
}

} // namespace

std::string_view to_id(Assurance assurance) {
  switch (assurance) {
  case Assurance::signed_unchanged:
    return "signed";
  case Assurance::unchanged:
    return "unchanged";
  case Assurance::changed:
    return "changed";
  case Assurance::unproven:
    return "unproven";
  }
  return "unproven";
}

IntegrityStatement integrity_statement(const IntegrityReport& r) {
  if (!r.signature || r.signature->status == SignatureStatus::none)
    return from_digest(r);
  const SignatureCheck& s = *r.signature;
  switch (s.status) {
  case SignatureStatus::valid:
    if (r.digest != DigestStatus::matches) // signed with a wrong digest: the digest's finding says
      return from_digest(r);
    // The signature covers the whole report, the digest with it: a valid one proves both.
    return from_signature(s, report_noun());
  case SignatureStatus::invalid:
    return from_signature(s, report_noun());
  case SignatureStatus::untrusted:
  case SignatureStatus::expired: {
    IntegrityStatement statement = from_signature(s, report_noun());
    statement.detail = from_digest(r).headline;
    return statement;
  }
  case SignatureStatus::none:
    break;
  }
  return from_digest(r);
}

IntegrityStatement review_integrity_statement(const SignatureCheck& s) {
  if (s.status == SignatureStatus::none)
    return {Assurance::unproven,
            {"Bản thẩm định không có chữ ký số: không chứng minh được ai lập bản thẩm định, cũng "
             "không chứng minh được nội dung không bị sửa.",
             "The review carries no digital signature: neither who made it nor that it is "
             "unchanged is proved."},
            {"Hỏi cơ quan thẩm định bản thẩm định đã ký số.",
             "Ask the appraising body for a digitally signed review."}};
  IntegrityStatement statement = from_signature(s, review_noun());
  if (statement.assurance == Assurance::unproven)
    statement.detail = {"Không có gì chứng minh ai lập bản thẩm định.",
                        "Nothing proves who made the review."};
  return statement;
}

} // namespace cptt::review
