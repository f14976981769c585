// The report reader (with its canonical digest) and the reviewer's checks on any bytes.
#include "cptt/report.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cptt::ReportLoad load =
      cptt::load_report_text(cptt::fuzz::text_of(data, size), "fuzz.report.xml");
  if (load.result)
    cptt::fuzz::require(load.actual_digest.size() == 64, "an accepted report has a SHA-256 digest");
  return 0;
}
