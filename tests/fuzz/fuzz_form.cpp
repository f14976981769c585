// The form definition reader on any bytes (conditions nest: no recursion a file can drive).
#include "cptt/forms/form_reader.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)cptt::forms::load_form_text(cptt::fuzz::text_of(data, size), "fuzz.xml");
  return 0;
}
