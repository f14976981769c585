// The signature verifier on any bytes: libxmlsec1 only ever sees what the strict reader accepted,
// and the verifier never calls a forged or broken signature valid without a trusted root.
#include "cptt/report.h"
#include "cptt/signature.h"
#include "fuzz_input.h"

#include <filesystem>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cptt;
  const std::string text = fuzz::text_of(data, size);
  if (!load_report_text(text, "fuzz.report.xml").result)
    return 0;
  // An empty trust folder: no certificate can chain to a root, so "valid" would be a defect.
  static const std::string empty_trust = [] {
    const auto dir = std::filesystem::temp_directory_path() / "cptt-fuzz-empty-trust";
    std::filesystem::create_directories(dir);
    return dir.string();
  }();
  const SignatureCheck check = verify_document_signature(text, {empty_trust, ""});
  fuzz::require(check.status != SignatureStatus::valid, "no signature is valid without a root");
  return 0;
}
