#include "ratio_reporter.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>

namespace cptt::bench {
namespace {

class RecordingReporter : public benchmark::ConsoleReporter {
public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs)
      if (run.iterations > 0 && run.run_type == Run::RT_Iteration)
        ns_per_iteration[run.benchmark_name()] =
            run.GetAdjustedCPUTime() * multiplier(run.time_unit);
    ConsoleReporter::ReportRuns(runs);
  }
  std::map<std::string, double> ns_per_iteration;

private:
  static double multiplier(benchmark::TimeUnit unit) {
    switch (unit) {
    case benchmark::kNanosecond:
      return 1;
    case benchmark::kMicrosecond:
      return 1e3;
    case benchmark::kMillisecond:
      return 1e6;
    case benchmark::kSecond:
      return 1e9;
    }
    return 1;
  }
};

} // namespace

int run_with_ratios(int argc, char** argv, const std::vector<Ratio>& ratios) {
  benchmark::Initialize(&argc, argv);
  RecordingReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  std::printf("\nRatios (same run):\n");
  for (const Ratio& r : ratios) {
    auto n = reporter.ns_per_iteration.find(r.numerator);
    auto d = reporter.ns_per_iteration.find(r.denominator);
    if (n == reporter.ns_per_iteration.end() || d == reporter.ns_per_iteration.end() ||
        d->second <= 0)
      continue;
    std::printf("  %-55s %10.3f   (goal %s)\n", r.label.c_str(), n->second / d->second,
                r.goal.c_str());
  }
  benchmark::Shutdown();
  return 0;
}

} // namespace cptt::bench
