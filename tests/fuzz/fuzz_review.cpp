// The review file reader on any bytes; an accepted review writes and reads back unchanged.
#include "cptt/review/review_file.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cptt::review;
  ReviewLoad load = load_review_text(cptt::fuzz::text_of(data, size), "fuzz.review.xml");
  if (!load.result)
    return 0;
  const std::string written = write_review(load.review);
  ReviewLoad again = load_review_text(written, "written.review.xml");
  cptt::fuzz::require(static_cast<bool>(again.result), "a written review reads back");
  cptt::fuzz::require(write_review(again.review) == written, "writing is stable across a re-read");
  return 0;
}
