#include "support.h"

#include "cptt/digest.h"
#include "cptt/dossier_xml.h"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <unistd.h>

namespace cptt::review::test {

const ReferenceData& reference() {
  static const ReferenceData data = [] {
    ReferenceLoad load = load_reference_data(CPTT_DATA_DIR);
    EXPECT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
    return load.data;
  }();
  return data;
}

const forms::FormCatalog& catalog() {
  static const forms::FormCatalog forms = forms::FormCatalog::load_folder(CPTT_FORMS_DIR);
  return forms;
}

ReviewContext plain_context() { return {&reference(), nullptr}; }
ReviewContext full_context() { return {&reference(), &catalog()}; }

Dossier example(const std::string& name) {
  DossierLoad load = load_dossier_file(std::string(CPTT_DATA_DIR) + "/examples/" + name);
  EXPECT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  return load.dossier;
}

std::string report_text(const Dossier& dossier) {
  ReportMetadata meta;
  meta.exported = "2026-11-29T00:00:00Z";
  for (const ReferenceFileInfo& f : reference().files)
    meta.reference_data.emplace_back(f.id, f.version);
  return write_report(dossier, compute(dossier), meta);
}

std::string example_report(const std::string& name) { return report_text(example(name)); }

std::string replace_first(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  if (at == std::string::npos) {
    ADD_FAILURE() << "not found: " << from;
    return text;
  }
  return text.replace(at, from.size(), to);
}

std::string resign(const std::string& report) {
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_string(report.c_str()));
  pugi::xml_node root = doc.document_element();
  const std::string digest = sha256_hex(canonical_content(root, "digest"));
  const std::size_t open = report.find("<digest algorithm=\"SHA-256\">");
  EXPECT_NE(open, std::string::npos);
  const std::size_t start = report.find('>', open) + 1;
  std::string out = report;
  out.replace(start, 64, digest);
  return out;
}

std::filesystem::path temp_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() /
             ("cptt-review-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

} // namespace cptt::review::test
