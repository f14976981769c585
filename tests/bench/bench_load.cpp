// Loading and computing a large dossier against pugixml's bare parse of the same file.
// usage: bench_load FILE [benchmark flags]   (make FILE with scripts/generate-dossier.py)
#include "ratio_reporter.h"

#include "cptt/dossier_xml.h"
#include "cptt/engine.h"

#include <benchmark/benchmark.h>
#include <pugixml.hpp>

#include <cstdio>
#include <string>

namespace {

std::string file;

void BareParse(benchmark::State& state) {
  for (auto _ : state) {
    pugi::xml_document document;
    benchmark::DoNotOptimize(document.load_file(file.c_str()));
  }
}
BENCHMARK(BareParse)->Unit(benchmark::kMillisecond);

void LoadAndCompute(benchmark::State& state) {
  for (auto _ : state) {
    cptt::DossierLoad load = cptt::load_dossier_file(file);
    if (!load.result)
      state.SkipWithError(load.result.describe(cptt::Language::vi).c_str());
    benchmark::DoNotOptimize(cptt::compute(load.dossier));
  }
}
BENCHMARK(LoadAndCompute)->Unit(benchmark::kMillisecond);

void ComputeOnly(benchmark::State& state) {
  cptt::DossierLoad load = cptt::load_dossier_file(file);
  if (!load.result)
    state.SkipWithError(load.result.describe(cptt::Language::vi).c_str());
  for (auto _ : state)
    benchmark::DoNotOptimize(cptt::compute(load.dossier));
}
BENCHMARK(ComputeOnly)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') {
    std::fprintf(stderr, "usage: bench_load FILE [benchmark flags]\n");
    return 2;
  }
  file = argv[1];
  argv[1] = argv[0];
  return cptt::bench::run_with_ratios(
      argc - 1, argv + 1,
      {{"load + compute / bare pugixml parse", "LoadAndCompute", "BareParse", "≤ 2"},
       {"compute alone / bare pugixml parse", "ComputeOnly", "BareParse", "≤ 0.1"}});
}
