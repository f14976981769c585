// Every shipped form file: it loads, its labels are complete in both languages, and a walk that
// answers every question (once choosing the first answers, once the last) leaves nothing missing.
#include "cptt/forms/components.h"
#include "cptt/forms/form_catalog.h"
#include "cptt/forms/form_engine.h"
#include "cptt/forms/form_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

namespace cptt::forms {
namespace {

std::vector<std::string> form_files() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(CPTT_FORMS_DIR))
    if (e.path().extension() == ".xml")
      out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::shared_ptr<const FormDefinition> load(const std::string& file) {
  FormLoad l = load_form_file(std::string(CPTT_FORMS_DIR) + "/" + file);
  EXPECT_TRUE(l.result) << l.result.describe(cptt::Language::vi);
  return l.form;
}

// The key of a field in the first instance of each enclosing block.
std::string first_key(const FormDefinition& form, std::size_t field) {
  std::vector<std::string> parts;
  for (std::size_t b = form.block_of_field(field); b != no_index; b = form.blocks[b].parent)
    parts.insert(parts.begin(),
                 form.blocks[b].id + "/" + (form.blocks[b].repeat == Repeat::answers ? "1" : "P1"));
  std::string key;
  for (const std::string& p : parts)
    key += p + "/";
  return key + form.fields[field].id;
}

std::string value_for(const Field& f, bool first) {
  switch (f.type) {
  case FieldType::yesno:
    return first ? "yes" : "no";
  case FieldType::choice:
    return first ? f.options.front().id : f.options.back().id;
  case FieldType::multi: {
    std::string all;
    for (const Option& o : f.options)
      all += (all.empty() ? "" : " ") + o.id;
    return first ? all : f.options.back().id;
  }
  case FieldType::number:
    return f.min ? f.min->to_canonical() : "1";
  case FieldType::date:
    return "2024-03-01";
  case FieldType::text:
    return "Nội dung trả lời";
  case FieldType::table:
    return "";
  }
  return "";
}

// Answers every question that is not computed, with a reason each time.
AnswerSet answer_everything(const FormDefinition& form, bool first) {
  AnswerSet set;
  set.form_id = form.id;
  for (std::size_t i = 0; i < form.fields.size(); ++i) {
    const Field& f = form.fields[i];
    if (f.computed)
      continue;
    Answer a;
    a.field = first_key(form, i);
    a.value = value_for(f, first);
    a.reason = "Lý do";
    if (f.type == FieldType::table) {
      a.is_table = true;
      AnswerRow row;
      for (const Column& c : f.columns)
        if (!c.computed)
          row.cells.push_back(
              {c.id, c.type == FieldType::choice
                         ? c.options.front().id
                         : (c.type == FieldType::yesno
                                ? "no"
                                : (c.type == FieldType::number ? "1" : "Giấy tờ"))});
      a.rows.push_back(row);
    }
    set.answers.push_back(a);
  }
  return set;
}

class ShippedForm : public ::testing::TestWithParam<std::string> {};

TEST_P(ShippedForm, LoadsWithCompleteBilingualLabels) {
  auto form = load(GetParam());
  ASSERT_TRUE(form);
  EXPECT_EQ(form->id + ".xml", GetParam()) << "one file per form, named after its id";
  EXPECT_FALSE(form->title.en.empty());
  EXPECT_FALSE(form->legal_basis.en.empty());
  EXPECT_FALSE(form->source.empty());
  for (const Section& s : form->sections)
    EXPECT_FALSE(s.title.en.empty()) << s.id;
  for (const Field& f : form->fields) {
    EXPECT_FALSE(f.label.vi.empty()) << f.id;
    EXPECT_FALSE(f.label.en.empty()) << f.id;
    EXPECT_EQ(f.help.vi.empty(), f.help.en.empty()) << f.id;
    EXPECT_EQ(f.reason_label.vi.empty(), f.reason_label.en.empty()) << f.id;
    EXPECT_EQ(f.warning.vi.empty(), f.warning.en.empty()) << f.id;
    for (const Option& o : f.options)
      EXPECT_FALSE(o.label.en.empty()) << f.id << " " << o.id;
    for (const Column& c : f.columns) {
      EXPECT_FALSE(c.label.en.empty()) << f.id << " " << c.id;
      for (const Option& o : c.options)
        EXPECT_FALSE(o.label.en.empty()) << f.id << " " << c.id << " " << o.id;
    }
  }
}

TEST_P(ShippedForm, EmptyAnswersReportEveryRequiredVisibleQuestion) {
  auto form = load(GetParam());
  ASSERT_TRUE(form);
  AnswerSet none;
  none.form_id = form->id;
  FormEvaluation e = evaluate(*form, none);
  std::size_t required = 0, missing = 0;
  for (const FieldState& st : e.fields)
    required += st.visible && st.required && !st.answered;
  for (const FormFinding& f : e.findings)
    missing += f.kind == FindingKind::missing_answer;
  EXPECT_EQ(missing, required);
  EXPECT_EQ(e.completeness.done, 0);
  EXPECT_EQ(static_cast<std::size_t>(e.completeness.required), required);
}

TEST_P(ShippedForm, WalkingEveryFieldWithTheFirstAnswersCompletesIt) {
  auto form = load(GetParam());
  ASSERT_TRUE(form);
  for (bool first : {true, false}) {
    AnswerSet set = answer_everything(*form, first);
    FormEvaluation e = evaluate(*form, set);
    for (const FormFinding& f : e.findings) {
      EXPECT_NE(f.severity, Severity::error) << (first ? "first: " : "last: ") << describe(f);
      EXPECT_NE(f.kind, FindingKind::unknown_field) << describe(f);
    }
    EXPECT_TRUE(e.completeness.complete()) << (first ? "first" : "last") << ": "
                                           << e.completeness.done << "/" << e.completeness.required;
    // Every field has a state in the walk, and every answer was taken by a field.
    std::set<std::size_t> seen;
    for (const FieldState& st : e.fields)
      seen.insert(st.field);
    EXPECT_EQ(seen.size(), form->fields.size());
  }
}

INSTANTIATE_TEST_SUITE_P(Forms, ShippedForm, ::testing::ValuesIn(form_files()),
                         [](const auto& info) {
                           std::string name = info.param.substr(0, info.param.size() - 4);
                           for (char& c : name)
                             if (c == '-')
                               c = '_';
                           return name;
                         });

TEST(ShippedForms, TheCatalogHoldsEveryFormOfTheIssue) {
  FormCatalog c = FormCatalog::load_folder(CPTT_FORMS_DIR);
  for (const LoadResult& e : c.errors())
    ADD_FAILURE() << e.describe(cptt::Language::vi);
  std::set<std::string> ids;
  for (const auto& f : c.forms())
    ids.insert(f->id);
  EXPECT_EQ(ids, (std::set<std::string>{"nd63-2010-annex-1", "nd63-2010-annex-2",
                                        "nd63-2010-annex-3", "tt03-2022-01", "tt03-2022-02",
                                        "tt03-2022-03", "tt03-2022-04", "tt03-2022-annex-1",
                                        "tt07-2014-01a", "tt07-2014-01b", "tt07-2014-03"}));
  // ND63-2010 is verified and complete; the derived and reconstructed ones are not.
  for (const auto& f : c.forms())
    EXPECT_EQ(f->verified, f->generation == "ND63-2010") << f->id;
  EXPECT_EQ(c.find("tt03-2022-02")->code, "02/ĐGTĐ-BHM");
  EXPECT_EQ(c.find("tt03-2022-03")->code, "03/ĐGTĐ-QĐCT/SĐBS");
  EXPECT_EQ(c.find("tt03-2022-04")->code, "04/ĐGTĐ-SCM");
  EXPECT_EQ(c.find("tt03-2022-01")->code, "01/ĐGTĐ-BC");
  EXPECT_EQ(c.find("tt07-2014-01a")->code, "01A/ĐG-KSTT");
  EXPECT_EQ(c.find("tt07-2014-01b")->code, "01B/ĐG-KSTT");
  EXPECT_EQ(c.find("tt07-2014-03")->code, "03/SCM-KSTT");
}

TEST(ShippedForms, Nd63AnnexOneAsksQuestionsOneToSixteen) {
  auto form = load("nd63-2010-annex-1.xml");
  ASSERT_TRUE(form);
  std::set<int> numbers;
  for (const Field& f : form->fields) // the follow-ups of 13 (its options) have no number
    if (!f.number.empty())
      numbers.insert(std::stoi(f.number));
  std::set<int> expected;
  for (int i = 1; i <= 16; ++i)
    expected.insert(i);
  EXPECT_EQ(numbers, expected);
  const Field* gate = form->find_field("q4");
  ASSERT_TRUE(gate);
  EXPECT_TRUE(gate->is_gate());
  EXPECT_TRUE(gate->conclusion);
}

TEST(ShippedForms, NewAndAmendedFormsAssessEveryArticleEightComponent) {
  for (const char* file :
       {"tt03-2022-02.xml", "tt03-2022-03.xml", "tt07-2014-01a.xml", "tt07-2014-01b.xml"}) {
    auto form = load(file);
    ASSERT_TRUE(form);
    for (const ComponentInfo& c : components()) {
      const Section* s = nullptr;
      for (const Section& sec : form->sections)
        if (sec.component == c.id)
          s = &sec;
      ASSERT_TRUE(s) << file << " has no section for " << c.id;
      bool article = false, applicable = false;
      for (std::size_t i : s->fields) {
        article = article || form->fields[i].role == FieldRole::article_ref;
        applicable = applicable || form->fields[i].role == FieldRole::applicable;
      }
      EXPECT_TRUE(article) << file << " " << c.id;
      EXPECT_EQ(applicable, !c.mandatory) << file << " " << c.id;
      // Forms for detailed / amended procedures switch components on and off.
      bool toggles = form->applies_to(ProcedureKind::amended);
      EXPECT_EQ(!s->toggle.empty(), toggles) << file << " " << c.id;
    }
  }
}

} // namespace
} // namespace cptt::forms
