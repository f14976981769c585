// The Art. 8 component check from the assessment answers.
#include "test_support.h"

#include "cptt/forms/components.h"
#include "cptt/forms/form_catalog.h"

#include <gtest/gtest.h>

namespace cptt::forms {
namespace {

using test::answers;
using State = ComponentStatus::State;

class Components : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    catalog_ = new FormCatalog(FormCatalog::load_folder(CPTT_FORMS_DIR));
  }
  static void TearDownTestSuite() { delete catalog_; }
  static FormCatalog* catalog_;

  static std::string states(const std::vector<ComponentStatus>& list) {
    std::string out;
    for (const ComponentStatus& s : list)
      out += std::string(info(s.component).id) + "=" + std::string(to_id(s.state)) + " ";
    return out;
  }
};
FormCatalog* Components::catalog_ = nullptr;

TEST_F(Components, TheDecreeListInOrder) {
  ASSERT_EQ(components().size(), component_count);
  std::string ids;
  for (const ComponentInfo& c : components())
    ids += std::string(c.id) + (c.mandatory ? "* " : " ");
  EXPECT_EQ(ids, "name* steps* method* documents* time-limit* subjects* handling-body* forms "
                 "result requirements fees ");
  Component c{};
  EXPECT_TRUE(component_from_id("time-limit", c));
  EXPECT_EQ(c, Component::time_limit);
  EXPECT_FALSE(component_from_id("colour", c));
  EXPECT_EQ(info(Component::fees).label_vi, "Phí, lệ phí");
}

TEST_F(Components, WithoutAnswersOnlyTheNameIsKnown) {
  Procedure p;
  p.name = "Cấp giấy phép";
  p.articles = {"Điều 5", "Điều 6 khoản 2"};
  std::vector<ComponentStatus> s = check_components(p, nullptr);
  EXPECT_EQ(states(s), "name=stated steps=not-assessed method=not-assessed "
                       "documents=not-assessed time-limit=not-assessed subjects=not-assessed "
                       "handling-body=not-assessed forms=not-assessed result=not-assessed "
                       "requirements=not-assessed fees=not-assessed ");
  EXPECT_EQ(s[0].articles, p.articles);
}

TEST_F(Components, ArticleReferencesStateTheComponents) {
  Procedure p;
  p.id = "P1";
  p.name = "Cấp giấy phép";
  p.articles = {"Điều 5"};
  const FormDefinition* form = catalog_->find("tt03-2022-02");
  ASSERT_TRUE(form);
  AnswerSet set = answers("tt03-2022-02",
                          {{"name.article", "Điều 5 khoản 1"},
                           {"steps.article", "Điều 7; Điều 8 khoản 2\nĐiều 9"},
                           {"method.article", "  "},
                           {"fees.applicable", "no"},
                           {"forms.applicable", "yes"},
                           {"result.applicable", "yes"},
                           {"result.article", "Điều 12"}},
                          "P1");
  FormEvaluation e = evaluate(*form, set, {nullptr, &p});
  std::vector<ComponentStatus> s = check_components(p, &e);
  EXPECT_EQ(states(s), "name=stated steps=stated method=missing documents=missing "
                       "time-limit=missing subjects=missing handling-body=missing forms=missing "
                       "result=stated requirements=not-assessed fees=not-applicable ");
  EXPECT_EQ(s[0].articles, std::vector<std::string>{"Điều 5 khoản 1"});
  EXPECT_EQ(s[1].articles, (std::vector<std::string>{"Điều 7", "Điều 8 khoản 2", "Điều 9"}));
  EXPECT_EQ(s[1].field, "steps.article");
  EXPECT_EQ(s[8].articles, std::vector<std::string>{"Điều 12"});
}

TEST_F(Components, ToggledOffComponentsAreUnchangedAndGatesLeaveThemUnassessed) {
  Procedure p;
  p.id = "P2";
  p.name = "Cấp lại giấy phép";
  p.kind = ProcedureKind::amended;
  const FormDefinition* form03 = catalog_->find("tt03-2022-03");
  ASSERT_TRUE(form03);
  AnswerSet set = answers("tt03-2022-03",
                          {{"components.name", "no"},
                           {"components.documents", "yes"},
                           {"documents.article", "Điều 10"},
                           {"components.fees", "no"}},
                          "P2");
  FormEvaluation e = evaluate(*form03, set, {nullptr, &p});
  std::vector<ComponentStatus> s = check_components(p, &e);
  EXPECT_EQ(s[0].state, State::unchanged);
  EXPECT_EQ(s[3].state, State::stated);
  EXPECT_EQ(s[10].state, State::unchanged);
  EXPECT_EQ(s[1].state, State::not_assessed); // steps: toggle unanswered

  const FormDefinition* form02 = catalog_->find("tt03-2022-02");
  FormEvaluation gated = evaluate(
      *form02, answers("tt03-2022-02", {{"necessity.conclusion", "no"}}, "P1"), {nullptr, &p});
  std::vector<ComponentStatus> g = check_components(p, &gated);
  EXPECT_EQ(g[1].state, State::not_assessed);
  EXPECT_EQ(g[0].state, State::stated); // the name is the procedure's own
}

TEST_F(Components, SplittingArticleReferences) {
  EXPECT_EQ(split_articles("Điều 5; ; Điều 6\n\n Điều 7 "),
            (std::vector<std::string>{"Điều 5", "Điều 6", "Điều 7"}));
  EXPECT_TRUE(split_articles("").empty());
  EXPECT_EQ(to_id(State::not_applicable), "not-applicable");
  EXPECT_EQ(label_vi(State::stated), "Đã quy định");
}

} // namespace
} // namespace cptt::forms
