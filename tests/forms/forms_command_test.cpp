// cptt forms list, run in-process.
#include "forms_command.h"
#include "language.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace cptt::cli {
namespace {

struct CommandRun {
  int code = 0;
  std::string out;
  std::string err;
};

CommandRun run(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  int code = run_forms_command(args, out, err);
  return {code, out.str(), err.str()};
}

TEST(FormsCommand, ListsTheShippedForms) {
  CommandRun r = run({"list", "--forms-dir", CPTT_FORMS_DIR});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("tt03-2022-02"), std::string::npos);
  EXPECT_NE(r.out.find("02/ĐGTĐ-BHM"), std::string::npos);
  EXPECT_NE(r.out.find("03/ĐGTĐ-QĐCT/SĐBS"), std::string::npos);
  EXPECT_NE(r.out.find("ND63-2010"), std::string::npos);
  EXPECT_NE(r.err.find("11 biểu mẫu, 0 lỗi"), std::string::npos) << r.err;
  // One language a line: cptt --lang en.
  current_language() = Language::en;
  CommandRun en = run({"list", "--forms-dir", CPTT_FORMS_DIR});
  current_language() = Language::vi;
  EXPECT_NE(en.err.find("11 forms loaded, 0 errors"), std::string::npos) << en.err;
  EXPECT_EQ(en.err.find("biểu mẫu"), std::string::npos) << en.err;
  EXPECT_NE(en.out.find("generation"), std::string::npos) << en.out;
  EXPECT_EQ(r.out.find("generation"), std::string::npos) << r.out;
}

TEST(FormsCommand, ListsAsJson) {
  CommandRun r = run({"list", "--json", "--forms-dir", CPTT_FORMS_DIR});
  ASSERT_EQ(r.code, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["forms"].size(), 11u);
  EXPECT_TRUE(j["errors"].empty());
  bool found = false;
  for (const auto& f : j["forms"]) {
    EXPECT_TRUE(f.contains("id") && f.contains("generation") && f.contains("code") &&
                f.contains("version") && f.contains("verified"));
    if (f["id"] == "nd63-2010-annex-1") {
      found = true;
      EXPECT_EQ(f["generation"], "ND63-2010");
      EXPECT_EQ(f["code"], "");
      EXPECT_EQ(f["version"], 1);
      EXPECT_EQ(f["verified"], true);
      EXPECT_EQ(f["kinds"], (nlohmann::json{"new", "amended", "detailed"}));
      EXPECT_EQ(f["title"]["vi"], "Biểu mẫu đánh giá tác động của thủ tục hành chính (Phụ lục I)");
    }
  }
  EXPECT_TRUE(found);
}

TEST(FormsCommand, ReportsFilesThatFailToLoad) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "cptt-forms-command-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy_file(fs::path(CPTT_FORMS_DIR) / "tt03-2022-04.xml", dir / "tt03-2022-04.xml");
  std::ofstream(dir / "broken.xml") << "<form xmlns=\"urn:cptt:forms\">\n<title>\n</form>\n";
  CommandRun r = run({"list", "--json", "--forms-dir", dir.string()});
  EXPECT_EQ(r.code, 1);
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["forms"].size(), 1u);
  ASSERT_EQ(j["errors"].size(), 1u);
  EXPECT_EQ(j["errors"][0]["line"], 3);
  EXPECT_NE(r.err.find((dir / "broken.xml").string() + ":3:"), std::string::npos) << r.err;
  fs::remove_all(dir);
}

TEST(FormsCommand, UsageErrors) {
  EXPECT_EQ(run({}).code, 2);
  EXPECT_EQ(run({"show"}).code, 2);
  EXPECT_EQ(run({"list", "--yaml"}).code, 2);
  EXPECT_EQ(run({"list", "--forms-dir"}).code, 2);
}

} // namespace
} // namespace cptt::cli
