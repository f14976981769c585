// Exported reports of every worked case validate against report.xsd (with the real validator,
// xmllint), a tampered report does not, and the synthetic generator writes dossiers the reader
// loads, deterministically.
#include "cptt/dossier_xml.h"
#include "cptt/engine.h"
#include "cptt/reference/reference_data.h"
#include "cptt/report.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace cptt {
namespace {

namespace fs = std::filesystem;

struct Command {
  int status = -1;
  std::string output;
};

// Runs a shell command, capturing stdout and stderr.
Command run(const std::string& command) {
  Command r;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe)
    return r;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
    r.output.append(buffer, n);
  r.status = pclose(pipe);
  return r;
}

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path scratch_dir(const char* name) {
  fs::path dir = fs::temp_directory_path() / ("cptt-data-tests-" + std::to_string(getpid())) / name;
  fs::create_directories(dir);
  return dir;
}

Command validate(const fs::path& file, const char* schema) {
  return run(std::string(CPTT_XMLLINT) + " --noout --schema " +
             quoted(fs::path(CPTT_DATA_DIR) / "schema" / schema) + " " + quoted(file));
}

const char* const cases[] = {"case-online-filing", "case-derived-rate", "case-five-yearly",
                             "case-one-case", "case-dossier-total"};

TEST(Schema, ExportedReportsValidate) {
  ASSERT_STRNE(CPTT_XMLLINT, "") << "xmllint not found: install libxml2-utils";
  ReferenceLoad ref = load_reference_data(CPTT_DATA_DIR);
  ASSERT_TRUE(ref.result) << ref.result.describe(cptt::Language::vi);
  ReportMetadata meta;
  for (const ReferenceFileInfo& f : ref.data.files)
    meta.reference_data.emplace_back(f.id, f.version);
  fs::path dir = scratch_dir("reports");
  for (const char* name : cases) {
    SCOPED_TRACE(name);
    DossierLoad load =
        load_dossier_file(std::string(CPTT_DATA_DIR) + "/examples/" + name + ".cptt.xml");
    ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
    fs::path report = dir / (std::string(name) + ".report.xml");
    ASSERT_EQ(export_report_file(load.dossier, report.string(), meta).vi, "");
    Command r = validate(report, "report.xsd");
    EXPECT_EQ(r.status, 0) << r.output;
    // The embedded dossier is the dossier of the file: the same schema types, the same content.
    EXPECT_NE(read_file(report).find("<reference-data id=\"time-norms\" version=\"1\""),
              std::string::npos);
  }
  // A percentage with one decimal instead of two is refused.
  std::string text = read_file(dir / "case-online-filing.report.xml");
  const std::size_t at = text.find("reduction-percent=\"32.00\"");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 25, "reduction-percent=\"32.0\"");
  std::ofstream(dir / "tampered.report.xml", std::ios::binary) << text;
  Command bad = validate(dir / "tampered.report.xml", "report.xsd");
  EXPECT_NE(bad.status, 0);
  EXPECT_NE(bad.output.find("32.0"), std::string::npos) << bad.output;
  fs::remove_all(dir);
}

TEST(Schema, WrittenExamplesValidate) {
  ASSERT_STRNE(CPTT_XMLLINT, "");
  fs::path dir = scratch_dir("written");
  for (const char* name : cases) {
    SCOPED_TRACE(name);
    DossierLoad load =
        load_dossier_file(std::string(CPTT_DATA_DIR) + "/examples/" + name + ".cptt.xml");
    ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
    fs::path out = dir / (std::string(name) + ".cptt.xml");
    ASSERT_EQ(save_dossier_file(load.dossier, out.string()).vi, "");
    Command r = validate(out, "dossier.xsd");
    EXPECT_EQ(r.status, 0) << r.output;
  }
  fs::remove_all(dir);
}

std::string generate(const fs::path& out, int procedures, int activities, int seed) {
  Command r = run(std::string(CPTT_PYTHON) + " " + quoted(CPTT_GENERATOR) + " --procedures " +
                  std::to_string(procedures) + " --activities " + std::to_string(activities) +
                  " --seed " + std::to_string(seed) + " -o " + quoted(out));
  EXPECT_EQ(r.status, 0) << r.output;
  return read_file(out);
}

TEST(Generator, WritesLoadableDeterministicDossiers) {
  ASSERT_STRNE(CPTT_PYTHON, "") << "python3 not found";
  fs::path dir = scratch_dir("generator");
  const std::string first = generate(dir / "a.cptt.xml", 60, 1'234, 7);
  EXPECT_EQ(generate(dir / "b.cptt.xml", 60, 1'234, 7), first);
  EXPECT_NE(generate(dir / "c.cptt.xml", 60, 1'234, 8), first);

  DossierLoad load = load_dossier_file((dir / "a.cptt.xml").string());
  ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  EXPECT_EQ(load.dossier.procedures.size(), 60u);
  std::size_t tasks = 0;
  for (const Procedure& p : load.dossier.procedures)
    for (const auto* w : {&p.current, &p.proposed})
      if (*w)
        tasks += (*w)->tasks.size();
  EXPECT_EQ(tasks, 1'234u);
  DossierResult r = compute(load.dossier);
  EXPECT_EQ(r.totals.net_change,
            r.totals.added_by_new - r.totals.saved_by_amendments - r.totals.saved_by_abolitions);
  fs::remove_all(dir);
}

} // namespace
} // namespace cptt
