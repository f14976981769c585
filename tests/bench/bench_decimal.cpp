// The money representation (checked 128-bit mantissa + scale) against Boost's cpp_dec_float_50 on
// the same multiply-add workload: Σ hours × rate over a worksheet's tasks.
#include "ratio_reporter.h"

#include "cptt/decimal.h"

#include <benchmark/benchmark.h>
#include <boost/multiprecision/cpp_dec_float.hpp>

#include <string>
#include <vector>

namespace {

constexpr int task_count = 1000;

std::vector<std::string> hours_text() {
  std::vector<std::string> out;
  for (int i = 0; i < task_count; ++i)
    out.push_back(std::to_string(i % 40) + "." + std::to_string(i % 10));
  return out;
}

std::vector<std::string> rate_text() {
  std::vector<std::string> out;
  for (int i = 0; i < task_count; ++i)
    out.push_back(std::to_string(25000 + i * 7));
  return out;
}

void Decimal128(benchmark::State& state) {
  std::vector<cptt::Decimal> hours, rates;
  for (const auto& s : hours_text())
    hours.push_back(cptt::Decimal::parse(s));
  for (const auto& s : rate_text())
    rates.push_back(cptt::Decimal::parse(s));
  for (auto _ : state) {
    cptt::Decimal sum;
    for (int i = 0; i < task_count; ++i)
      sum += hours[i] * rates[i];
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * task_count);
}
BENCHMARK(Decimal128);

void CppDecFloat50(benchmark::State& state) {
  using Float = boost::multiprecision::cpp_dec_float_50;
  std::vector<Float> hours, rates;
  for (const auto& s : hours_text())
    hours.emplace_back(s);
  for (const auto& s : rate_text())
    rates.emplace_back(s);
  for (auto _ : state) {
    Float sum = 0;
    for (int i = 0; i < task_count; ++i)
      sum += hours[i] * rates[i];
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * task_count);
}
BENCHMARK(CppDecFloat50);

} // namespace

int main(int argc, char** argv) {
  return cptt::bench::run_with_ratios(
      argc, argv,
      {{"cpp_dec_float_50 / Decimal (speed-up of ours)", "CppDecFloat50", "Decimal128", "≥ 10"}});
}
