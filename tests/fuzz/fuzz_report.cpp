// The report reader (with its canonical digest) and the reviewer's checks on any bytes. Same
// digest, same reading, over the whole run: every accepted input's reading (the report written
// back from what the reader read) is kept by its digest, and a later input with that digest must
// read the same.
#include "cptt/report.h"
#include "fuzz_input.h"

#include <functional>
#include <string>
#include <unordered_map>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static std::unordered_map<std::string, std::size_t> reading_by_digest;
  cptt::ReportLoad load =
      cptt::load_report_text(cptt::fuzz::text_of(data, size), "fuzz.report.xml");
  if (!load.result)
    return 0;
  cptt::fuzz::require(load.actual_digest.size() == 64, "an accepted report has a SHA-256 digest");
  // The writer stamps an empty export time with the clock: a control character (which no accepted
  // file holds) keeps an empty one apart from any time read.
  if (load.metadata.exported.empty())
    load.metadata.exported = "\x01";
  const std::size_t reading =
      std::hash<std::string>{}(cptt::write_report(load.dossier, load.declared, load.metadata));
  const auto [seen, first] = reading_by_digest.try_emplace(load.actual_digest, reading);
  cptt::fuzz::require(first || seen->second == reading,
                      "two reports with the same digest read the same");
  return 0;
}
