#pragma once
// Runs the registered benchmarks, then prints each named ratio (numerator time / denominator time)
// measured in the same run, so figures compare across machines. CPU time, not wall time: this
// work is single-threaded and the machine is often shared.
#include <string>
#include <utility>
#include <vector>

namespace cptt::bench {

struct Ratio {
  std::string label;
  std::string numerator;   // benchmark name
  std::string denominator; // benchmark name
  std::string goal;        // e.g. "≤ 0.1"
};

int run_with_ratios(int argc, char** argv, const std::vector<Ratio>& ratios);

} // namespace cptt::bench
