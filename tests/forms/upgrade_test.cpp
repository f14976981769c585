// Answers written with an older version of a form (form_upgrade.h): renamed questions are read
// under their new ids, nothing answered is lost (an answer with no new home is kept and
// reported), a note says the form was updated; the definition's renames are checked on load.
#include "cptt/dossier_xml.h"
#include "cptt/forms/dossier_forms.h"
#include "cptt/forms/form_reader.h"
#include "cptt/forms/form_upgrade.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

namespace cptt::forms {
namespace {

namespace fs = std::filesystem;

const FormCatalog& catalog() {
  static const FormCatalog c = FormCatalog::load_folder(CPTT_FORMS_DIR);
  return c;
}

Dossier load(const fs::path& path) {
  DossierLoad l = load_dossier_file(path.string());
  EXPECT_TRUE(l.result) << l.result.describe(cptt::Language::vi);
  return l.dossier;
}

const AnswerSet& set_of(const Dossier& d, const std::string& form) {
  for (const AnswerSet& s : d.answers)
    if (s.form_id == form)
      return s;
  ADD_FAILURE() << "no answers to " << form;
  return d.answers.front();
}

std::vector<std::string> codes(const std::vector<FormFinding>& findings) {
  std::vector<std::string> out;
  for (const FormFinding& f : findings)
    out.push_back(f.code);
  return out;
}

// The worked example of 03/ĐGTĐ-QĐCT/SĐBS as it was written with version 1 (before the form
// followed the verified opening word for word, with new question ids), and the same example in
// the current version.
const fs::path old_file = fs::path(CPTT_FORMS_TEST_DATA_DIR) / "tt03-2022-03-version-1.cptt.xml";
const fs::path new_file =
    fs::path(CPTT_DATA_DIR) / "examples" / "forms" / "tt03-2022-03-complete.cptt.xml";

TEST(FormUpgrade, AnOldVersionFileLoadsAndMapsToTheNewQuestions) {
  const FormDefinition& form = *catalog().find("tt03-2022-03");
  ASSERT_GE(form.version, 2);
  const Dossier old = load(old_file);
  const AnswerSet& answers = set_of(old, "tt03-2022-03");
  EXPECT_EQ(written_version(answers, form), 1);
  EXPECT_EQ(current_key(form, 1, "steps.inspection-what"), "steps.inspection-content");
  EXPECT_EQ(current_key(form, 1, "steps.clear"), "steps.clear");
  EXPECT_EQ(current_key(form, 2, "steps.inspection-what"), "steps.inspection-what");

  const FormEvaluation e = evaluate(form, answers, {&old, old.find_procedure("P2")});
  for (const char* key :
       {"steps.inspection-content", "steps.inspection-reason", "steps.inspection-alternatives"}) {
    const FieldState* st = e.find(key);
    ASSERT_NE(st, nullptr) << key;
    EXPECT_TRUE(st->answered) << key << " lost its answer";
  }
  // The old file reads exactly as the current example: the same completeness, the same findings
  // but for the note that the form was updated.
  const Dossier current = load(new_file);
  const FormEvaluation now =
      evaluate(form, set_of(current, "tt03-2022-03"), {&current, current.find_procedure("P2")});
  EXPECT_EQ(e.completeness.done, now.completeness.done);
  EXPECT_EQ(e.completeness.required, now.completeness.required);
  std::vector<std::string> old_codes = codes(e.findings);
  ASSERT_FALSE(old_codes.empty());
  EXPECT_EQ(old_codes.back(), "CPTT-N105");
  old_codes.pop_back();
  EXPECT_EQ(old_codes, codes(now.findings));

  const FormFinding& note = e.findings.back();
  EXPECT_EQ(note.severity, Severity::note);
  EXPECT_EQ(note.kind, FindingKind::form_updated);
  const Finding f = to_finding(note);
  EXPECT_NE(f.message(Language::vi).find("phiên bản 1"), std::string::npos)
      << f.message(Language::vi);
  EXPECT_NE(f.message(Language::en).find("3 moved to a renamed question"), std::string::npos)
      << f.message(Language::en);
}

TEST(FormUpgrade, UpgradingWritesTheCurrentIdsAndVersionAndTheNoteGoes) {
  const FormDefinition& form = *catalog().find("tt03-2022-03");
  Dossier old = load(old_file);
  AnswerSet& answers =
      old.answers.front().form_id == "tt03-2022-03" ? old.answers.front() : old.answers.back();
  ASSERT_EQ(answers.form_id, "tt03-2022-03");
  const std::size_t count = answers.answers.size();
  EXPECT_EQ(upgrade_answers(form, answers), 3u);
  EXPECT_EQ(answers.form_version, form.version);
  EXPECT_EQ(answers.answers.size(), count);
  // The same keys as the current example.
  const Dossier current = load(new_file);
  std::set<std::string> upgraded, expected;
  for (const Answer& a : answers.answers)
    upgraded.insert(a.field);
  for (const Answer& a : set_of(current, "tt03-2022-03").answers)
    expected.insert(a.field);
  EXPECT_EQ(upgraded, expected);
  // Written and read back: the version is kept, no note any more.
  const std::string text = write_dossier(old);
  EXPECT_NE(text.find("form-version=\"" + std::to_string(form.version) + "\""), std::string::npos);
  DossierLoad again = load_dossier_text(text, "upgraded.cptt.xml");
  ASSERT_TRUE(again.result) << again.result.describe(cptt::Language::vi);
  for (const FormFinding& f : check_dossier_forms(again.dossier, catalog()))
    EXPECT_NE(f.kind, FindingKind::form_updated) << describe(f);
  EXPECT_EQ(upgrade_answers(form, answers), 0u);
}

// An answer whose question was removed has no new home: it stays, reported as unknown.
TEST(FormUpgrade, AnAnswerWithNoNewHomeIsKeptAndReported) {
  const FormDefinition& form = *catalog().find("tt03-2022-03");
  AnswerSet answers;
  answers.form_id = form.id;
  answers.form_version = 1;
  Answer gone;
  gone.field = "steps.removed-question";
  gone.value = "yes";
  answers.answers.push_back(gone);
  Answer renamed;
  renamed.field = "policy/2/steps.inspection-why"; // the block path is kept
  EXPECT_EQ(current_key(form, 1, renamed.field), "policy/2/steps.inspection-reason");
  const FormEvaluation e = evaluate(form, answers);
  std::vector<std::string> c = codes(e.findings);
  EXPECT_NE(std::find(c.begin(), c.end(), "CPTT-W101"), c.end());
  EXPECT_EQ(c.back(), "CPTT-N105");
  EXPECT_EQ(upgrade_answers(form, answers), 0u);
  ASSERT_EQ(answers.answers.size(), 1u);
  EXPECT_EQ(answers.answers[0].field, "steps.removed-question");
}

std::string definition(const std::string& renames, int version = 2) {
  return R"(<form xmlns="urn:cptt:forms" format-version="1" id="r" generation="G" version=")" +
         std::to_string(version) +
         R"(" verified="false" role="assessment" scope="procedure" stage="drafting" kinds="new">
  <title><vi>T</vi></title><legal-basis><vi>L</vi></legal-basis>)" +
         renames + R"(
  <section id="s"><title><vi>S</vi></title>
    <field id="a" type="yesno"><label><vi>A</vi></label></field>
    <field id="b" type="yesno"><label><vi>B</vi></label></field></section>
</form>)";
}

TEST(FormUpgrade, TheLoaderChecksTheRenames) {
  EXPECT_TRUE(
      load_form_text(definition(R"(<renamed from="old" to="a" since-version="2"/>)"), "ok").result);
  // A chain over two versions ends at a current question.
  FormLoad chain = load_form_text(definition(R"(<renamed from="x" to="y" since-version="2"/>
      <renamed from="y" to="b" since-version="3"/>)",
                                             3),
                                  "chain");
  ASSERT_TRUE(chain.result) << chain.result.describe(cptt::Language::vi);
  EXPECT_EQ(current_key(*chain.form, 1, "x"), "b");
  EXPECT_EQ(current_key(*chain.form, 2, "y"), "b");
  for (const char* bad : {R"(<renamed from="old" to="missing" since-version="2"/>)",
                          R"(<renamed from="a" to="b" since-version="2"/>)",
                          R"(<renamed from="old" to="a" since-version="3"/>)",
                          R"(<renamed from="old" to="a" since-version="1"/>)"}) {
    FormLoad l = load_form_text(definition(bad), "bad");
    EXPECT_FALSE(l.result) << bad;
  }
}

} // namespace
} // namespace cptt::forms
