// The dossier reader on any bytes; for a dossier it accepts: the engine runs (a figure too large
// is a typed error, not a crash), and writing it reads back to the same dossier.
#include "cptt/dossier_xml.h"
#include "cptt/engine.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cptt;
  DossierLoad load = load_dossier_text(fuzz::text_of(data, size), "fuzz.cptt.xml");
  if (!load.result)
    return 0;
  try {
    (void)compute(load.dossier);
  } catch (const OverflowError&) {
  } catch (const DomainError&) {
  }
  const std::string written = write_dossier(load.dossier);
  DossierLoad again = load_dossier_text(written, "written.cptt.xml");
  fuzz::require(static_cast<bool>(again.result), "a written dossier reads back");
  fuzz::require(write_dossier(again.dossier) == written, "writing is stable across a re-read");
  return 0;
}
