#include "cptt/review/integrity.h"

#include "cptt/dossier_xml.h"

namespace cptt::review {

std::string_view to_id(DigestStatus status) {
  switch (status) {
  case DigestStatus::matches:
    return "matches";
  case DigestStatus::mismatch:
    return "mismatch";
  case DigestStatus::missing:
    return "missing";
  case DigestStatus::invalid:
    return "invalid";
  }
  return {};
}

std::string_view label_vi(DigestStatus status) {
  switch (status) {
  case DigestStatus::matches:
    return "Nguyên vẹn (mã băm khớp)";
  case DigestStatus::mismatch:
    return "Đã bị sửa sau khi xuất (mã băm không khớp)";
  case DigestStatus::missing:
    return "Không có mã băm";
  case DigestStatus::invalid:
    return "Mã băm không hợp lệ (thuật toán khác SHA-256, hoặc nhiều mã băm)";
  }
  return {};
}

std::string_view label(DigestStatus status, Language language) {
  if (language == Language::vi)
    return label_vi(status);
  switch (status) {
  case DigestStatus::matches:
    return "Intact (the digest matches)";
  case DigestStatus::mismatch:
    return "Changed after export (the digest does not match)";
  case DigestStatus::missing:
    return "No digest";
  case DigestStatus::invalid:
    return "Invalid digest (not SHA-256, or more than one)";
  }
  return {};
}

std::string signer_text(const SignerSubject& subject) {
  if (subject.organisation.empty() || subject.common_name.empty())
    return subject.organisation + subject.common_name;
  return subject.organisation + " — " + subject.common_name;
}

namespace {

void check_signature(const SignatureCheck& s, std::vector<Finding>& out) {
  Place place;
  place.input = "signature";
  const Arg signer = arg("signer", signer_text(s.subject));
  switch (s.status) {
  case SignatureStatus::none:
    return;
  case SignatureStatus::valid:
    out.push_back(make_finding("CPTT-N204", "", place, {}, {signer}));
    return;
  case SignatureStatus::invalid:
    out.push_back(make_finding("CPTT-E204", "", place, {}, {arg("reason", s.reason)}));
    return;
  case SignatureStatus::untrusted:
    out.push_back(make_finding("CPTT-W204", "", place, {}, {signer, arg("reason", s.reason)}));
    return;
  case SignatureStatus::expired:
    out.push_back(
        make_finding("CPTT-W204", "expired", place, {}, {signer, arg("signed_at", s.signed_at)}));
    return;
  }
}

} // namespace

IntegrityReport check_integrity(const ReportLoad& load, const IntegrityOptions& options,
                                std::vector<Finding>& out) {
  const ReferenceData* reference = options.reference;
  IntegrityReport r;
  r.digest = load.digest;
  r.declared_digest = load.declared_digest;
  r.actual_digest = load.actual_digest;
  r.format_version = format_version; // the loader refuses any other version
  r.generator = load.metadata.generator;
  r.generator_version = load.metadata.generator_version;
  r.exported = load.metadata.exported;
  r.reference_data = load.metadata.reference_data;

  Place digest;
  digest.input = "digest";
  if (load.digest == DigestStatus::mismatch)
    out.push_back(
        make_finding("CPTT-E201", "", digest, {},
                     {arg("declared", load.declared_digest), arg("actual", load.actual_digest)}));
  else if (load.digest == DigestStatus::invalid)
    out.push_back(
        make_finding("CPTT-E202", "", digest, {}, {arg("algorithm", load.digest_algorithm)}));
  else if (load.digest == DigestStatus::missing)
    out.push_back(
        make_finding(options.accept_without_digest ? "CPTT-W201" : "CPTT-E203", "", digest, {}));

  if (options.signature) {
    r.signature = *options.signature;
    check_signature(*options.signature, out);
  }

  if (r.reference_data.empty()) {
    Place metadata;
    metadata.input = "metadata";
    out.push_back(make_finding("CPTT-N202", "", metadata, {}));
  } else if (reference) {
    for (const auto& [id, version] : r.reference_data) {
      const ReferenceFileInfo* loaded = reference->file(id);
      std::string loaded_version = loaded ? loaded->version : std::string();
      if (loaded_version == version)
        continue;
      r.reference_differences.push_back({id, version, loaded_version});
      Place place;
      place.input = "reference-data";
      place.input_detail = id;
      out.push_back(
          make_finding("CPTT-N201", "", place, {},
                       {arg("id", id), arg("version", version), arg("loaded", loaded_version)},
                       loaded ? "" : "absent"));
    }
  }
  return r;
}

} // namespace cptt::review
