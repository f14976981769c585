// The four reference-data readers on any bytes (each refuses a root that is not its own).
#include "cptt/reference/reference_data.h"
#include "cptt/xml_source.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cptt;
  const XmlSource source = XmlSource::from_text(fuzz::text_of(data, size), "fuzz.xml");
  if (!source.result())
    return 0;
  ReferenceData out;
  (void)read_income_statistics(source, out);
  (void)read_time_norms(source, out);
  (void)read_activity_catalogue(source, out);
  (void)read_plausibility(source, out);
  return 0;
}
