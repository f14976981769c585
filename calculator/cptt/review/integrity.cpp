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
  }
  return {};
}

IntegrityReport check_integrity(const ReportLoad& load, const ReferenceData* reference,
                                std::vector<Finding>& out) {
  IntegrityReport r;
  r.digest = load.digest;
  r.declared_digest = load.declared_digest;
  r.actual_digest = load.actual_digest;
  r.format_version = format_version; // the loader refuses any other version
  r.generator = load.metadata.generator;
  r.generator_version = load.metadata.generator_version;
  r.exported = load.metadata.exported;
  r.reference_data = load.metadata.reference_data;

  if (load.digest == DigestStatus::mismatch)
    out.push_back({Severity::error,
                   "CPTT-E201",
                   "",
                   "digest",
                   {},
                   "nội dung báo cáo đã bị thay đổi sau khi xuất: mã băm ghi trong tệp " +
                       load.declared_digest + ", mã băm của nội dung " + load.actual_digest +
                       " / the report was changed after export: the digest does not match"});
  else if (load.digest == DigestStatus::missing)
    out.push_back({Severity::warning,
                   "CPTT-W201",
                   "",
                   "digest",
                   {},
                   "báo cáo không có mã băm, không kiểm tra được tính toàn vẹn / the report "
                   "carries no digest: its integrity cannot be checked"});

  if (r.reference_data.empty()) {
    out.push_back({Severity::note,
                   "CPTT-N202",
                   "",
                   "metadata",
                   {},
                   "báo cáo không ghi phiên bản dữ liệu tham chiếu đã dùng / the report does not "
                   "name the reference-data versions it used"});
  } else if (reference) {
    for (const auto& [id, version] : r.reference_data) {
      const ReferenceFileInfo* loaded = reference->file(id);
      std::string loaded_version = loaded ? loaded->version : std::string();
      if (loaded_version == version)
        continue;
      r.reference_differences.push_back({id, version, loaded_version});
      out.push_back({Severity::note,
                     "CPTT-N201",
                     "",
                     "metadata, reference-data " + id,
                     {},
                     "báo cáo dùng dữ liệu tham chiếu \"" + id + "\" phiên bản " + version +
                         ", dữ liệu đang dùng để thẩm định: " +
                         (loaded ? "phiên bản " + loaded_version : std::string("không có")) +
                         " / the report used reference data \"" + id + "\" version " + version +
                         ", the loaded one is " +
                         (loaded ? "version " + loaded_version : std::string("absent"))});
    }
  }
  return r;
}

} // namespace cptt::review
