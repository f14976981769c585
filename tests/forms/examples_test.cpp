// Golden tests of the forms example dossiers (data/examples/forms): each file gives exactly the
// findings in tests/forms/golden/<name>.txt, one `cptt validate`-style line each; the complete
// ones have no error and no warning, and together they answer every shipped form.
#include "cptt/dossier_xml.h"
#include "cptt/engine.h"
#include "cptt/forms/components.h"
#include "cptt/forms/dossier_forms.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace cptt::forms {
namespace {

namespace fs = std::filesystem;

const fs::path examples = fs::path(CPTT_DATA_DIR) / "examples" / "forms";
const fs::path golden = fs::path(CPTT_FORMS_GOLDEN_DIR);

std::vector<std::string> example_names() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(examples)) {
    std::string name = e.path().filename().string();
    if (name.ends_with(".cptt.xml"))
      out.push_back(name.substr(0, name.size() - 9));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> read_lines(const fs::path& p) {
  std::ifstream in(p);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);)
    if (!line.empty())
      lines.push_back(line);
  return lines;
}

const FormCatalog& catalog() {
  static const FormCatalog c = FormCatalog::load_folder(CPTT_FORMS_DIR);
  return c;
}

Dossier load(const std::string& name) {
  DossierLoad l = load_dossier_file((examples / (name + ".cptt.xml")).string());
  EXPECT_TRUE(l.result) << l.result.describe(cptt::Language::vi);
  return l.dossier;
}

class FormsExample : public ::testing::TestWithParam<std::string> {};

TEST_P(FormsExample, GivesExactlyTheGoldenFindings) {
  const std::string name = GetParam();
  ASSERT_TRUE(fs::exists(golden / (name + ".txt"))) << "no golden file for " << name;
  Dossier d = load(name);
  std::vector<std::string> actual;
  for (const FormFinding& f : check_dossier_forms(d, catalog()))
    actual.push_back(format_finding(to_finding(f), name + ".cptt.xml"));
  // CPTT_UPDATE_GOLDEN=1 rewrites the golden file (review the diff before committing it).
  if (const char* update = std::getenv("CPTT_UPDATE_GOLDEN"); update && *update == '1') {
    std::ofstream out(golden / (name + ".txt"));
    for (const std::string& line : actual)
      out << line << '\n';
  }
  std::vector<std::string> expected = read_lines(golden / (name + ".txt"));
  EXPECT_EQ(actual, expected);
}

TEST_P(FormsExample, CompleteExamplesAreCleanAndIncompleteOnesAreNot) {
  const std::string name = GetParam();
  Dossier d = load(name);
  DossierFormsCheck check(catalog());
  check.reset(d);
  if (!name.ends_with("-complete")) {
    EXPECT_GT(check.count(Severity::error) + check.count(Severity::warning), 0u);
    return;
  }
  EXPECT_EQ(check.count(Severity::error), 0u);
  EXPECT_EQ(check.count(Severity::warning), 0u);
  for (std::size_t i = 0; i < d.answers.size(); ++i) {
    const FormEvaluation* e = check.evaluation(i);
    ASSERT_TRUE(e) << d.answers[i].form_id;
    EXPECT_TRUE(e->completeness.complete()) << d.answers[i].form_id;
    EXPECT_EQ(e->completeness.percent(), 100);
    EXPECT_GT(e->completeness.required, 0);
  }
}

INSTANTIATE_TEST_SUITE_P(Examples, FormsExample, ::testing::ValuesIn(example_names()),
                         [](const auto& info) {
                           std::string n = info.param;
                           for (char& c : n)
                             if (c == '-')
                               c = '_';
                           return n;
                         });

TEST(FormsExamples, EveryShippedFormHasACompleteExample) {
  std::set<std::string> answered, worksheets;
  for (const std::string& name : example_names()) {
    if (!name.ends_with("-complete"))
      continue;
    Dossier d = load(name);
    std::string generation = dossier_generation(d, catalog());
    for (const AnswerSet& s : d.answers)
      answered.insert(s.form_id);
    // Summary forms are evaluated from the dossier; worksheet forms are the procedures' worksheets.
    for (const FormDefinition* f : catalog().draft_forms(d.draft.stage, generation))
      if (f->role == FormRole::summary && !d.procedures.empty())
        answered.insert(f->id);
    for (const Procedure& p : d.procedures)
      for (const FormDefinition* f : catalog().forms_for(d.draft.stage, p.kind, generation))
        if (f->role == FormRole::worksheet && (p.current || p.proposed))
          worksheets.insert(f->id);
  }
  for (const auto& f : catalog().forms()) {
    if (f->role == FormRole::worksheet)
      EXPECT_TRUE(worksheets.count(f->id)) << f->id;
    else
      EXPECT_TRUE(answered.count(f->id)) << f->id;
  }
}

TEST(FormsExamples, TheWorksheetFormShowsTheEnginesFigures) {
  Dossier d = load("tt03-2022-04-complete");
  const FormDefinition* sheet = catalog().find("tt03-2022-04");
  ASSERT_TRUE(sheet);
  DossierResult r = compute(d);
  for (const Procedure& p : d.procedures) {
    AnswerSet none;
    none.form_id = sheet->id;
    none.procedure_id = p.id;
    FormEvaluation e = evaluate(*sheet, none, {&d, &p});
    const ProcedureResult* pr = r.find(p.id);
    ASSERT_TRUE(pr);
    EXPECT_EQ(e.find("current.annual")->value, pr->before.to_canonical()) << p.id;
    EXPECT_EQ(e.find("proposed.annual")->value, pr->after.to_canonical()) << p.id;
    EXPECT_EQ(e.find("benefit.saving")->value, pr->saving.to_canonical()) << p.id;
    EXPECT_EQ(e.find("benefit.reduction")->value,
              pr->reduction_percent ? pr->reduction_percent->to_fixed(2) : "")
        << p.id;
    EXPECT_EQ(e.find("header.kind")->value, std::string(to_id(p.kind)));
    // Each worksheet section names the variant the kind carries.
    for (const Section& s : sheet->sections)
      if (!s.worksheet.empty()) {
        Worksheet::Variant v{};
        ASSERT_TRUE(from_id(s.worksheet, v));
        bool carried =
            v == Worksheet::Variant::current ? has_current(p.kind) : has_proposed(p.kind);
        EXPECT_EQ(carried, (v == Worksheet::Variant::current ? p.current : p.proposed).has_value())
            << p.id << " " << s.worksheet;
      }
  }
  // The amended procedure saves (its worksheets are lighter after the draft).
  const ProcedureResult* p2 = r.find("P2");
  ASSERT_TRUE(p2);
  EXPECT_GT(p2->saving, Money::from_integer(0));
}

TEST(FormsExamples, TheSummaryIsFilledFromTheDossier) {
  Dossier d = load("tt03-2022-04-complete");
  DossierFormsCheck check(catalog());
  check.reset(d);
  ASSERT_EQ(check.implicit_summaries().size(), 1u);
  const FormEvaluation& e = check.implicit_summaries()[0];
  DossierResult r = compute(d);
  EXPECT_EQ(e.find("general.count-new")->value, "1");
  EXPECT_EQ(e.find("general.count-amended")->value, "1");
  EXPECT_EQ(e.find("general.count-abolished")->value, "1");
  EXPECT_EQ(e.find("abolished/P3/abolished.reason")->value, d.procedures[2].simplification);
  EXPECT_TRUE(e.find("abolished/P3/abolished.reason")->from_dossier);
  EXPECT_EQ(e.find("abolished/P3/abolished.benefit")->value, r.find("P3")->saving.to_canonical());
  EXPECT_EQ(e.find("totals.net-change")->value, r.totals.net_change.to_canonical());
  EXPECT_EQ(e.find("totals.reduction")->value,
            r.totals.reduction_percent ? r.totals.reduction_percent->to_fixed(2) : "");
  EXPECT_EQ(e.find("changed/P2/changed.kind")->value, "amended");
  EXPECT_EQ(e.find("new/P1/new.name")->value, d.procedures[0].name);
}

TEST(FormsExamples, TheComponentCheckOfACompleteAssessment) {
  Dossier d = load("tt03-2022-02-complete");
  DossierFormsCheck check(catalog());
  check.reset(d);
  const FormEvaluation* e = check.assessment_of(d, "P1");
  ASSERT_TRUE(e);
  std::vector<ComponentStatus> s = check_components(d.procedures[0], e);
  for (const ComponentStatus& c : s) {
    EXPECT_EQ(c.state, ComponentStatus::State::stated) << info(c.component).id;
    EXPECT_FALSE(c.articles.empty()) << info(c.component).id;
  }
  EXPECT_EQ(s[static_cast<std::size_t>(Component::time_limit)].articles,
            std::vector<std::string>{"Điều 7 khoản 3"});

  Dossier amended = load("tt03-2022-03-complete");
  DossierFormsCheck c3(catalog());
  c3.reset(amended);
  std::vector<ComponentStatus> a =
      check_components(amended.procedures[0], c3.assessment_of(amended, "P2"));
  std::string states;
  for (const ComponentStatus& c : a)
    states += std::string(to_id(c.state)) + " ";
  EXPECT_EQ(states, "unchanged stated stated stated stated unchanged unchanged unchanged "
                    "unchanged unchanged unchanged ");
}

} // namespace
} // namespace cptt::forms
