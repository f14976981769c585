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
  const std::string signer = signer_of(s);
  switch (s.status) {
  case SignatureStatus::valid:
    if (r.digest != DigestStatus::matches) // signed with a wrong digest: the digest's finding says
      return from_digest(r);
    // The signature covers the whole report, the digest with it: a valid one proves both.
    return {Assurance::signed_unchanged,
            {"Ký số bởi " + signer + " lúc " + s.signed_at + "; nội dung không đổi từ khi ký.",
             "Signed by " + signer + " at " + s.signed_at + "; unchanged since it was signed."},
            {"Chữ ký hợp lệ và chứng thư của người ký thuộc một gốc tin cậy.",
             "The signature is valid and the signer's certificate chains to a trusted root."}};
  case SignatureStatus::invalid:
    return {Assurance::changed,
            {"Chữ ký số không khớp với nội dung: báo cáo đã bị sửa sau khi ký, hoặc chữ ký bị "
             "giả.",
             "The digital signature does not match the content: the report was edited after it "
             "was signed, or the signature is forged."},
            s.reason};
  case SignatureStatus::untrusted:
  case SignatureStatus::expired: {
    IntegrityStatement digest = from_digest(r);
    const Text why =
        s.status == SignatureStatus::expired
            ? Text{"chứng thư không còn hiệu lực lúc ký (" + s.signed_at + ")",
                   "the certificate was not valid at the signing time (" + s.signed_at + ")"}
            : s.reason;
    return {Assurance::unproven,
            Text{"Có chữ ký số của " + signer + " nhưng không xác nhận được người ký: ",
                 "Signed as " + signer + ", but the signer is not confirmed: "} +
                why + Text{".", "."},
            digest.headline};
  }
  case SignatureStatus::none:
    break;
  }
  return from_digest(r);
}

} // namespace cptt::review
