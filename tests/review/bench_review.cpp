// Throughput of the review over 1,000 synthetic reports, using every core, against pugixml's bare
// parse of the same files with the same worker pool. Prints files per second, the ratio
// review / bare parse (goal ≤ 2) and its split into the steps of the review. Wall time, since the
// work runs on several threads.
// usage: bench_review [--reports N] [benchmark flags]
#include "cptt/digest.h"
#include "cptt/dossier_xml.h"
#include "cptt/forms/form_catalog.h"
#include "cptt/reference/reference_data.h"
#include "cptt/report.h"
#include "cptt/review/review_check.h"
#include "cptt/xml_source.h"

#include <benchmark/benchmark.h>
#include <pugixml.hpp>

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace {

std::vector<std::string> files;
cptt::ReferenceData reference;
cptt::forms::FormCatalog catalog;
unsigned cores = 1;

template <class Fn> void pool(unsigned workers, Fn&& fn) {
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++)
      fn(files[i]);
  };
  std::vector<std::thread> threads;
  for (unsigned w = 1; w < workers; ++w)
    threads.emplace_back(work);
  work();
  for (std::thread& t : threads)
    t.join();
}

void BareParse(benchmark::State& state) {
  const unsigned workers = static_cast<unsigned>(state.range(0));
  for (auto _ : state)
    pool(workers, [](const std::string& f) {
      pugi::xml_document document;
      benchmark::DoNotOptimize(document.load_file(f.c_str()));
    });
}

// The split of the loader's cost: the safe read alone (size limit, UTF-8 check, line index, parse,
// DOCTYPE refused), then with the digest of the canonical content added.
void Source(benchmark::State& state) {
  const unsigned workers = static_cast<unsigned>(state.range(0));
  for (auto _ : state)
    pool(workers, [](const std::string& f) {
      cptt::XmlSource source = cptt::XmlSource::from_file(f);
      benchmark::DoNotOptimize(source.result());
    });
}

void SourceDigest(benchmark::State& state) {
  const unsigned workers = static_cast<unsigned>(state.range(0));
  for (auto _ : state)
    pool(workers, [](const std::string& f) {
      cptt::XmlSource source = cptt::XmlSource::from_file(f);
      std::string digest = cptt::canonical_digest(source.document().document_element(), "digest");
      benchmark::DoNotOptimize(digest);
    });
}

// The core's report loader alone (parse, digest of the canonical content, typed reading): the
// part of the review that is not the review's own checks.
void LoadReport(benchmark::State& state) {
  const unsigned workers = static_cast<unsigned>(state.range(0));
  for (auto _ : state)
    pool(workers, [](const std::string& f) {
      cptt::ReportLoad load = cptt::load_report_file(f);
      benchmark::DoNotOptimize(load);
    });
}

void Review(benchmark::State& state) {
  const unsigned workers = static_cast<unsigned>(state.range(0));
  const cptt::review::ReviewContext context{&reference, &catalog};
  std::atomic<int> failed{0};
  for (auto _ : state)
    pool(workers, [&](const std::string& f) {
      cptt::review::ReportReview r = cptt::review::review_report_file(f, context);
      failed += !r.loaded() || !r.recompute_findings.empty() || !r.integrity_findings.empty();
      benchmark::DoNotOptimize(r);
    });
  if (failed)
    state.SkipWithError("a synthetic report did not review cleanly");
}

class WallReporter : public benchmark::ConsoleReporter {
public:
  void ReportRuns(const std::vector<Run>& runs) override {
    // With --benchmark_repetitions the median stands for the benchmark (the machine may be
    // shared); otherwise its one run.
    for (const Run& run : runs) {
      const std::string name = run.run_name.str();
      const double time = run.GetAdjustedRealTime() * scale(run.time_unit);
      if (run.run_type == Run::RT_Aggregate && run.aggregate_name == "median") {
        seconds[name] = time;
        medians.insert(name);
      } else if (run.iterations > 0 && run.run_type == Run::RT_Iteration && !medians.count(name))
        seconds[name] = time;
    }
    ConsoleReporter::ReportRuns(runs);
  }
  std::map<std::string, double> seconds; // per iteration = per pass over every file
  std::set<std::string> medians;

private:
  static double scale(benchmark::TimeUnit unit) {
    switch (unit) {
    case benchmark::kNanosecond:
      return 1e-9;
    case benchmark::kMicrosecond:
      return 1e-6;
    case benchmark::kMillisecond:
      return 1e-3;
    case benchmark::kSecond:
      return 1;
    }
    return 1;
  }
};

bool make_reports(std::size_t count, const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  std::vector<cptt::Dossier> dossiers;
  for (int seed = 1; seed <= 10; ++seed) {
    const std::string path = (dir / ("seed-" + std::to_string(seed) + ".cptt.xml")).string();
    const std::string command = std::string(CPTT_PYTHON) + " " + CPTT_GENERATOR +
                                " --procedures 20 --activities 200 --seed " + std::to_string(seed) +
                                " -o " + path;
    if (std::system(command.c_str()) != 0)
      return false;
    cptt::DossierLoad load = cptt::load_dossier_file(path);
    if (!load.result) {
      std::fprintf(stderr, "%s\n", load.result.describe(cptt::Language::vi).c_str());
      return false;
    }
    dossiers.push_back(std::move(load.dossier));
  }
  cptt::ReportMetadata meta;
  for (const cptt::ReferenceFileInfo& f : reference.files)
    meta.reference_data.emplace_back(f.id, f.version);
  for (std::size_t i = 0; i < count; ++i) {
    cptt::Dossier d = dossiers[i % dossiers.size()];
    d.draft.title += " · báo cáo " + std::to_string(i + 1);
    const std::string path = (dir / ("r" + std::to_string(i + 1) + ".report.xml")).string();
    std::ofstream(path) << cptt::write_report(d, cptt::compute(d), meta);
    files.push_back(path);
  }
  return true;
}

} // namespace

int main(int argc, char** argv) {
  std::size_t count = 1000;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--reports") {
      count = std::stoul(argv[i + 1]);
      for (int j = i; j + 2 < argc + 1; ++j)
        argv[j] = argv[j + 2];
      argc -= 2;
      break;
    }
  cptt::ReferenceLoad ref = cptt::load_reference_data(CPTT_DATA_DIR);
  if (!ref.result) {
    std::fprintf(stderr, "%s\n", ref.result.describe(cptt::Language::vi).c_str());
    return 1;
  }
  reference = std::move(ref.data);
  catalog = cptt::forms::FormCatalog::load_folder(CPTT_FORMS_DIR);
  const auto dir =
      std::filesystem::temp_directory_path() / ("cptt-bench-review-" + std::to_string(::getpid()));
  if (!make_reports(count, dir)) {
    std::fprintf(stderr, "cannot make the synthetic reports in %s\n", dir.c_str());
    return 1;
  }
  cores = std::max(1u, std::thread::hardware_concurrency());
  benchmark::RegisterBenchmark("BareParse", BareParse)
      ->Arg(cores)
      ->UseRealTime()
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("Source", Source)
      ->Arg(cores)
      ->UseRealTime()
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("SourceDigest", SourceDigest)
      ->Arg(cores)
      ->UseRealTime()
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("LoadReport", LoadReport)
      ->Arg(cores)
      ->UseRealTime()
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("Review", Review)
      ->Arg(1)
      ->Arg(cores)
      ->UseRealTime()
      ->Unit(benchmark::kMillisecond);

  benchmark::Initialize(&argc, argv);
  WallReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  const std::string all = "/" + std::to_string(cores) + "/real_time";
  const double parse = reporter.seconds["BareParse" + all];
  const double review = reporter.seconds["Review" + all];
  const double single = reporter.seconds["Review/1/real_time"];
  const double load = reporter.seconds["LoadReport" + all];
  const double source = reporter.seconds["Source" + all];
  const double digest = reporter.seconds["SourceDigest" + all];
  std::printf("\n%zu reports, %u workers:\n", files.size(), cores);
  if (review > 0)
    std::printf("  review:      %10.0f files/s\n", files.size() / review);
  if (single > 0)
    std::printf("  review (1):  %10.0f files/s\n", files.size() / single);
  if (parse > 0)
    std::printf("  bare parse:  %10.0f files/s\n", files.size() / parse);
  if (load > 0)
    std::printf("  load only:   %10.0f files/s\n", files.size() / load);
  if (parse > 0 && source > 0 && digest > 0 && load > 0 && review > 0)
    std::printf("  split, × bare parse: safe read %.2f, + digest %.2f, + typed reading %.2f, "
                "+ checks %.2f\n",
                source / parse, (digest - source) / parse, (load - digest) / parse,
                (review - load) / parse);
  if (parse > 0 && review > 0)
    std::printf("  ratio review / bare parse: %.2f   (goal ≤ 2)\n", review / parse);
  if (parse > 0 && load > 0)
    std::printf("  ratio core report load / bare parse: %.2f   (part of the above)\n",
                load / parse);
  benchmark::Shutdown();
  std::filesystem::remove_all(dir);
  return 0;
}
