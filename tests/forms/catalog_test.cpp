// The catalog: loading a folder at run time, refusing broken or duplicate files, and choosing the
// forms for a stage, a procedure kind and a generation.
#include "test_support.h"

#include "cptt/forms/form_catalog.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace cptt::forms {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> ids(const std::vector<const FormDefinition*>& forms) {
  std::vector<std::string> out;
  for (const FormDefinition* f : forms)
    out.push_back(f->id);
  return out;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

// A fresh folder per test, removed afterwards.
class TempFolder {
public:
  TempFolder() {
    path_ = fs::temp_directory_path() /
            ("cptt-forms-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempFolder() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

private:
  fs::path path_;
};

class ShippedCatalog : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    catalog_ = new FormCatalog(FormCatalog::load_folder(CPTT_FORMS_DIR));
  }
  static void TearDownTestSuite() { delete catalog_; }
  static FormCatalog* catalog_;
};
FormCatalog* ShippedCatalog::catalog_ = nullptr;

TEST_F(ShippedCatalog, GenerationsInForceFirst) {
  EXPECT_TRUE(catalog_->errors().empty());
  EXPECT_EQ(catalog_->generations(),
            (std::vector<std::string>{"TT03-2022", "TT07-2014", "ND63-2010"}));
  EXPECT_EQ(catalog_->default_generation(), "TT03-2022");
}

TEST_F(ShippedCatalog, FormsFollowStageAndKind) {
  const FormCatalog& c = *catalog_;
  using K = ProcedureKind;
  EXPECT_EQ(ids(c.forms_for(Stage::proposal, K::new_procedure, "TT03-2022")),
            std::vector<std::string>{"tt03-2022-annex-1"});
  EXPECT_EQ(ids(c.forms_for(Stage::drafting, K::new_procedure, "TT03-2022")),
            (std::vector<std::string>{"tt03-2022-02", "tt03-2022-04"}));
  EXPECT_EQ(ids(c.forms_for(Stage::drafting, K::amended, "TT03-2022")),
            (std::vector<std::string>{"tt03-2022-03", "tt03-2022-04"}));
  EXPECT_EQ(ids(c.forms_for(Stage::drafting, K::detailed, "TT03-2022")),
            (std::vector<std::string>{"tt03-2022-03", "tt03-2022-04"}));
  EXPECT_EQ(ids(c.forms_for(Stage::drafting, K::abolished, "TT03-2022")),
            (std::vector<std::string>{"tt03-2022-04", "tt03-2022-01"}));
  EXPECT_EQ(ids(c.forms_for(Stage::drafting, K::new_procedure, "TT07-2014")),
            (std::vector<std::string>{"tt07-2014-01a", "tt07-2014-03"}));
  EXPECT_EQ(ids(c.forms_for(Stage::drafting, K::amended, "TT07-2014")),
            (std::vector<std::string>{"tt07-2014-01b", "tt07-2014-03"}));
  EXPECT_EQ(
      ids(c.forms_for(Stage::drafting, K::new_procedure, "ND63-2010")),
      (std::vector<std::string>{"nd63-2010-annex-1", "nd63-2010-annex-2", "nd63-2010-annex-3"}));
  EXPECT_TRUE(c.forms_for(Stage::drafting, K::new_procedure, "TT99-2030").empty());

  EXPECT_EQ(ids(c.required_for(Stage::drafting, K::new_procedure, "TT03-2022")),
            std::vector<std::string>{"tt03-2022-02"});
  EXPECT_TRUE(c.required_for(Stage::drafting, K::abolished, "TT03-2022").empty());
  EXPECT_EQ(ids(c.draft_forms(Stage::drafting, "TT03-2022")),
            std::vector<std::string>{"tt03-2022-01"});
  EXPECT_EQ(ids(c.draft_forms(Stage::proposal, "TT03-2022")),
            std::vector<std::string>{"tt03-2022-annex-1"});
}

TEST(FormCatalog, BrokenAndDuplicateFilesAreLeftOutWithTheirPlace) {
  TempFolder dir;
  fs::copy_file(fs::path(CPTT_FORMS_DIR) / "tt03-2022-02.xml", dir.path() / "a-good.xml");
  fs::copy_file(fs::path(CPTT_FORMS_DIR) / "tt03-2022-02.xml", dir.path() / "b-same-id.xml");
  std::string broken = test::form_text(
      test::section("s", test::yesno("a", "",
                                     "\n<visible-if><when field=\"ghost\" equals=\"yes\"/>"
                                     "</visible-if>")));
  write(dir.path() / "c-broken.xml", broken);
  write(dir.path() / "notes.txt", "not a form");
  FormCatalog c = FormCatalog::load_folder(dir.path().string());
  ASSERT_EQ(c.forms().size(), 1u);
  EXPECT_EQ(c.forms()[0]->file, (dir.path() / "a-good.xml").string());
  ASSERT_EQ(c.errors().size(), 2u);
  EXPECT_NE(c.errors()[0].message.vi.find("đã có trong"), std::string::npos)
      << c.errors()[0].message.vi;
  EXPECT_EQ(c.errors()[0].file, (dir.path() / "b-same-id.xml").string());
  EXPECT_EQ(c.errors()[1].describe(cptt::Language::vi),
            (dir.path() / "c-broken.xml").string() +
                ":7:13: điều kiện của câu hỏi \"a\" nhắc đến câu hỏi \"ghost\" không có trong biểu "
                "mẫu");
  EXPECT_EQ(c.errors()[1].describe(cptt::Language::en),
            (dir.path() / "c-broken.xml").string() +
                ":7:13: the condition of question \"a\" refers to question \"ghost\", which is not "
                "in the form");
}

TEST(FormCatalog, AMissingFolderIsAnError) {
  FormCatalog c = FormCatalog::load_folder("/nonexistent/forms");
  EXPECT_TRUE(c.forms().empty());
  ASSERT_EQ(c.errors().size(), 1u);
  EXPECT_EQ(c.errors()[0].status, LoadStatus::io_error);
  EXPECT_EQ(c.default_generation(), "");
}

TEST(FormCatalog, AChangedFormFileIsPickedUpWithoutRebuilding) {
  TempFolder dir;
  fs::path file = dir.path() / "tt03-2022-02.xml";
  fs::copy_file(fs::path(CPTT_FORMS_DIR) / "tt03-2022-02.xml", file);
  FormCatalog before = FormCatalog::load_folder(dir.path().string());
  ASSERT_EQ(before.forms().size(), 1u);
  const int version = before.find("tt03-2022-02")->version;

  // A ministry edits the wording, adds a question and bumps the version.
  std::string text = read(file);
  const std::string attribute = " version=\"" + std::to_string(version) + "\"";
  text.replace(text.find(attribute), attribute.size(),
               " version=\"" + std::to_string(version + 1) + "\"");
  const std::string old_label = "Tên thủ tục hành chính</vi>";
  text.replace(text.find(old_label), old_label.size(), "Tên đầy đủ của thủ tục</vi>");
  const std::string anchor = "  <section id=\"cost\"";
  text.insert(text.find(anchor),
              "  <section id=\"extra\" number=\"V\"><title><vi>Câu hỏi bổ sung</vi></title>"
              "<field id=\"extra.q\" type=\"yesno\"><label><vi>Câu hỏi mới?</vi></label>"
              "</field></section>\n");
  write(file, text);

  FormCatalog after = FormCatalog::load_folder(dir.path().string());
  ASSERT_TRUE(after.errors().empty()) << after.errors()[0].describe(cptt::Language::vi);
  const FormDefinition* f = after.find("tt03-2022-02");
  EXPECT_EQ(f->version, version + 1);
  EXPECT_EQ(f->find_field("header.procedure")->label.vi, "Tên đầy đủ của thủ tục");
  ASSERT_TRUE(f->find_field("extra.q"));
  EXPECT_EQ(f->fields.size(), before.find("tt03-2022-02")->fields.size() + 1);
}

} // namespace
} // namespace cptt::forms
