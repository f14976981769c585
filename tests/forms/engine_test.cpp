// The engine, one logic construct at a time, on small inline definitions.
#include "test_support.h"

#include "cptt/forms/form_engine.h"

#include <gtest/gtest.h>

namespace cptt::forms {
namespace {

using test::A;
using test::answers;
using test::form_text;
using test::load_ok;
using test::said;
using test::says;
using test::section;
using test::yesno;

std::vector<std::string> kinds_of(const FormEvaluation& e) {
  std::vector<std::string> out;
  for (const FormFinding& f : e.findings)
    out.push_back(std::string(to_id(f.kind)) + " " + f.field);
  return out;
}

const FieldState& state(const FormEvaluation& e, const std::string& key) {
  const FieldState* s = e.find(key);
  if (!s)
    throw std::runtime_error("no state for " + key);
  return *s;
}

TEST(FormEngine, VisibleIfHidesAndKeepsTheAnswer) {
  auto form = load_ok(form_text(section(
      "s",
      yesno("a") + yesno("b", "", "<visible-if><when field=\"a\" equals=\"yes\"/></visible-if>"))));
  ASSERT_TRUE(form);
  FormEvaluation shown = evaluate(*form, answers("t", {{"a", "yes"}}));
  EXPECT_TRUE(state(shown, "b").visible);
  EXPECT_TRUE(state(shown, "b").required);
  EXPECT_EQ(kinds_of(shown), std::vector<std::string>{"missing-answer b"});
  EXPECT_EQ(shown.completeness.required, 2);
  EXPECT_EQ(shown.completeness.done, 1);
  EXPECT_EQ(shown.completeness.percent(), 50);

  FormEvaluation hidden = evaluate(*form, answers("t", {{"a", "no"}, {"b", "yes"}}));
  const FieldState& b = state(hidden, "b");
  EXPECT_FALSE(b.visible);
  EXPECT_FALSE(b.required);
  EXPECT_EQ(b.closure, Closure::condition);
  EXPECT_EQ(b.value, "yes"); // kept
  EXPECT_EQ(kinds_of(hidden), std::vector<std::string>{"hidden-answer b"});
  EXPECT_EQ(hidden.findings[0].severity, Severity::note);
  EXPECT_EQ(hidden.completeness.required, 1);
  EXPECT_TRUE(hidden.completeness.complete());
}

TEST(FormEngine, HiddenAnswersReadAsUnanswered) {
  // c depends on b, which is hidden because a is "no": c stays hidden though b says yes.
  auto form = load_ok(form_text(section(
      "s", yesno("a") +
               yesno("b", "", "<visible-if><when field=\"a\" equals=\"yes\"/></visible-if>") +
               yesno("c", "", "<visible-if><when field=\"b\" equals=\"yes\"/></visible-if>"))));
  ASSERT_TRUE(form);
  FormEvaluation e = evaluate(*form, answers("t", {{"a", "no"}, {"b", "yes"}}));
  EXPECT_FALSE(state(e, "c").visible);
  // An invalid answer reads as unanswered too.
  FormEvaluation bad = evaluate(*form, answers("t", {{"a", "Có"}}));
  EXPECT_FALSE(state(bad, "b").visible);
  EXPECT_EQ(kinds_of(bad), std::vector<std::string>{"invalid-answer a"});
}

TEST(FormEngine, RequiredIfAndOptionalFields) {
  auto form = load_ok(form_text(section(
      "s", yesno("a") + yesno("opt", "required=\"false\"") +
               yesno("r", "", "<required-if><when field=\"a\" equals=\"yes\"/></required-if>"))));
  ASSERT_TRUE(form);
  FormEvaluation no = evaluate(*form, answers("t", {{"a", "no"}}));
  EXPECT_TRUE(state(no, "r").visible);
  EXPECT_FALSE(state(no, "r").required);
  EXPECT_FALSE(state(no, "opt").required);
  EXPECT_TRUE(no.findings.empty());
  FormEvaluation yes = evaluate(*form, answers("t", {{"a", "yes"}}));
  EXPECT_EQ(kinds_of(yes), std::vector<std::string>{"missing-answer r"});
}

TEST(FormEngine, ReasonsAreRequiredForTheDeclaredAnswers) {
  auto form = load_ok(form_text(section(
      "s", yesno("any", "reason=\"any\"") + yesno("onyes", "reason=\"yes\"") +
               yesno("onno", "reason=\"no\"") +
               "<field id=\"c\" type=\"choice\" reason=\"partly none\"><label><vi>C</vi></label>"
               "<reason-label><vi>Nêu rõ phần nào</vi></reason-label>"
               "<option id=\"fully\"><vi>Đủ</vi></option><option id=\"partly\"><vi>Một phần"
               "</vi></option><option id=\"none\"><vi>Không</vi></option></field>"
               "<field id=\"m\" type=\"multi\" reason=\"other\"><label><vi>M</vi></label>"
               "<option id=\"x\"><vi>X</vi></option><option id=\"other\"><vi>Khác</vi>"
               "</option></field>")));
  ASSERT_TRUE(form);
  FormEvaluation e = evaluate(
      *form,
      answers("t",
              {{"any", "no"}, {"onyes", "no"}, {"onno", "no"}, {"c", "partly"}, {"m", "x other"}}));
  EXPECT_EQ(kinds_of(e), (std::vector<std::string>{"missing-reason any", "missing-reason onno",
                                                   "missing-reason c", "missing-reason m"}));
  EXPECT_TRUE(says(e.findings[2], "chưa nêu lý do cho câu trả lời “Một phần” (Nêu rõ phần nào)"));
  EXPECT_EQ(e.completeness.required, 9);
  EXPECT_EQ(e.completeness.done, 5);
  EXPECT_EQ(e.completeness.percent(), 55); // 5/9 = 55.5…, rounded down

  FormEvaluation given = evaluate(*form, answers("t", {{"any", "no", "Vì …"},
                                                       {"onyes", "no"},
                                                       {"onno", "no", "  Lý do  "},
                                                       {"c", "fully"},
                                                       {"m", "x", ""}}));
  EXPECT_TRUE(given.findings.empty()) << describe(given.findings[0]);
  EXPECT_TRUE(given.completeness.complete());
  // A blank reason is no reason; an unanswered question needs none yet.
  FormEvaluation blank = evaluate(*form, answers("t", {{"any", "yes", " \n "}}));
  EXPECT_EQ(kinds_of(blank)[0], "missing-reason any");
  EXPECT_FALSE(state(blank, "onno").reason_required);
}

TEST(FormEngine, AGateClosesTheRestOfItsScope) {
  auto form = load_ok(
      form_text(section("I", yesno("q1") + yesno("q2", "gate-closes-when=\"no\"") + yesno("q3")) +
                section("II", yesno("q4") + yesno("q5"))));
  ASSERT_TRUE(form);
  FormEvaluation e = evaluate(*form, answers("t", {{"q2", "no"}, {"q4", "yes"}}));
  EXPECT_TRUE(state(e, "q1").visible);
  EXPECT_EQ(state(e, "q3").closure, Closure::gate);
  EXPECT_EQ(state(e, "q3").closed_by, "q2");
  EXPECT_EQ(state(e, "q5").closure, Closure::gate);
  EXPECT_EQ(kinds_of(e),
            (std::vector<std::string>{"missing-answer q1", "gate-closed q2", "hidden-answer q4"}));
  EXPECT_EQ(e.findings[1].severity, Severity::warning);
  EXPECT_TRUE(says(e.findings[1], "câu trả lời “Không” kết thúc đánh giá: các câu hỏi sau không "
                                  "phải trả lời"));
  EXPECT_NE(said(e.findings[2]).find("câu q2 đã kết thúc đánh giá"), std::string::npos);
  ASSERT_EQ(e.closed_gates.size(), 1u);
  EXPECT_EQ(e.fields[e.closed_gates[0]].key, "q2");
  EXPECT_EQ(e.sections[1].closure, Closure::gate); // every field of II is closed
  EXPECT_FALSE(e.sections[1].visible);
  EXPECT_EQ(e.completeness.required, 2);
  // "yes" keeps everything open.
  FormEvaluation open = evaluate(*form, answers("t", {{"q2", "yes"}}));
  EXPECT_TRUE(state(open, "q5").visible);
  EXPECT_TRUE(open.closed_gates.empty());
}

TEST(FormEngine, AComponentToggleRemovesItsSection) {
  auto form = load_ok(form_text(section("toggles", yesno("components.steps")) +
                                section("steps", yesno("steps.clear", "reason=\"any\""),
                                        "toggle=\"components.steps\" component=\"steps\"")));
  ASSERT_TRUE(form);
  FormEvaluation off = evaluate(
      *form, answers("t", {{"components.steps", "no"}, {"steps.clear", "yes", "Rõ ràng"}}));
  EXPECT_EQ(off.sections[1].closure, Closure::toggle);
  EXPECT_EQ(state(off, "steps.clear").closure, Closure::toggle);
  EXPECT_EQ(kinds_of(off), std::vector<std::string>{"component-off "});
  EXPECT_EQ(off.findings[0].section, "steps");
  EXPECT_TRUE(
      says(off.findings[0],
           "bộ phận “Trình tự thực hiện” không được đánh giá vì dự thảo không quy định chi "
           "tiết hay sửa đổi bộ phận này (components.steps = Không); 1 câu trả lời được giữ "
           "lại nhưng không được tính"));
  EXPECT_TRUE(off.completeness.complete());
  // Switched off with nothing in it: nothing to say.
  EXPECT_TRUE(evaluate(*form, answers("t", {{"components.steps", "no"}})).findings.empty());
  // Unanswered: the toggle itself is missing, the section stays closed, no component note.
  FormEvaluation unanswered = evaluate(*form, answers("t", {}));
  EXPECT_EQ(kinds_of(unanswered), std::vector<std::string>{"missing-answer components.steps"});
  FormEvaluation on = evaluate(*form, answers("t", {{"components.steps", "yes"}}));
  EXPECT_EQ(kinds_of(on), std::vector<std::string>{"missing-answer steps.clear"});
}

TEST(FormEngine, SectionConditionsHideWholeSections) {
  auto form2 = load_ok(form_text(
      section("h", yesno("amended")) +
      "<section id=\"III\"><title><vi>III</vi></title><visible-if><when field=\"amended\" "
      "equals=\"yes\"/></visible-if>" +
      yesno("x") + "</section>"));
  ASSERT_TRUE(form2);
  FormEvaluation e = evaluate(*form2, answers("t", {{"amended", "no"}}));
  EXPECT_EQ(state(e, "x").closure, Closure::section);
  EXPECT_TRUE(e.findings.empty());
}

std::shared_ptr<const FormDefinition> block_form() {
  return load_ok(form_text(
      section("head", yesno("strict")) +
      "<block id=\"policy\" min=\"1\" max=\"3\"><title><vi>Chính sách</vi></title>" +
      section("p", "<field id=\"name\" type=\"text\"><label><vi>Tên</vi></label></field>" +
                       yesno("needed", "gate-closes-when=\"no\"") +
                       yesno("why", "",
                             "<visible-if><any><when field=\"needed\" equals=\"yes\"/>"
                             "<when field=\"strict\" equals=\"yes\"/></any></visible-if>")) +
      "</block>" + section("tail", yesno("end"))));
}

TEST(FormEngine, RepeatableBlocksHaveInstancesFromTheAnswers) {
  auto form = block_form();
  ASSERT_TRUE(form);
  FormEvaluation e = evaluate(*form, answers("t", {{"strict", "no"},
                                                   {"policy/1/name", "Chính sách A"},
                                                   {"policy/1/needed", "no"},
                                                   {"policy/3/name", "Chính sách C"},
                                                   {"policy/3/needed", "yes"},
                                                   {"policy/3/why", "no"},
                                                   {"end", "yes"}}));
  ASSERT_EQ(e.blocks.size(), 2u);
  EXPECT_EQ(e.blocks[0].prefix, "policy/1/");
  EXPECT_EQ(e.blocks[1].prefix, "policy/3/");
  EXPECT_EQ(e.sections[1].key, "policy/1/p");
  // The gate of instance 1 closes the rest of that instance only.
  EXPECT_EQ(state(e, "policy/1/why").closure, Closure::gate);
  EXPECT_TRUE(state(e, "policy/3/why").visible);
  EXPECT_TRUE(state(e, "end").visible);
  EXPECT_EQ(kinds_of(e), std::vector<std::string>{"gate-closed policy/1/needed"});
  EXPECT_EQ(e.findings[0].section, "policy/1/p");
}

TEST(FormEngine, BlocksAlwaysHaveTheirMinimumInstances) {
  auto form = block_form();
  ASSERT_TRUE(form);
  FormEvaluation e = evaluate(*form, answers("t", {{"strict", "yes"}, {"end", "yes"}}));
  ASSERT_EQ(e.blocks.size(), 1u);
  EXPECT_EQ(kinds_of(e), (std::vector<std::string>{"missing-answer policy/1/name",
                                                   "missing-answer policy/1/needed",
                                                   "missing-answer policy/1/why"}));
}

TEST(FormEngine, UnknownAndDuplicateAnswersAreReportedNotDropped) {
  auto form = block_form();
  ASSERT_TRUE(form);
  AnswerSet set = answers("t", {{"strict", "no"},
                                {"colour", "blue"},
                                {"policy/0/name", "x"},
                                {"policy/4/name", "x"},
                                {"policy/1", "x"},
                                {"policy/one/name", "x"},
                                {"name", "x"},
                                {"policy/1/strict", "x"},
                                {"strict", "yes"},
                                {"policy/1/name", "A"},
                                {"policy/1/needed", "yes"},
                                {"policy/1/why", "yes"},
                                {"end", "no"}});
  set.answers[1].location = {42, 7};
  FormEvaluation e = evaluate(*form, set);
  std::vector<std::string> expected{"unknown-field colour",          "unknown-field policy/0/name",
                                    "unknown-field policy/4/name",   "unknown-field policy/1",
                                    "unknown-field policy/one/name", "unknown-field name",
                                    "unknown-field policy/1/strict", "duplicate-answer strict"};
  EXPECT_EQ(kinds_of(e), expected);
  EXPECT_EQ(e.findings[0].severity, Severity::warning);
  EXPECT_EQ(e.findings[0].location.line, 42);
  EXPECT_TRUE(says(e.findings[0], "không có câu hỏi “colour” trong biểu mẫu t phiên bản 1; câu "
                                  "trả lời được giữ lại"));
  EXPECT_NE(said(e.findings[2]).find("1…3"), std::string::npos) << said(e.findings[2]);
  EXPECT_EQ(state(e, "strict").value, "no"); // the first of the duplicates counts
}

TEST(FormEngine, NestedBlocksReadTheirOwnInstance) {
  auto form = load_ok(form_text(
      "<block id=\"goal\"><title><vi>Mục tiêu</vi></title>" + section("g", yesno("changed")) +
      "<block id=\"measure\"><title><vi>Biện pháp</vi></title>" +
      section("m", yesno("kept", "",
                         "<visible-if><when field=\"changed\" equals=\"yes\"/>"
                         "</visible-if>")) +
      "</block></block>"));
  ASSERT_TRUE(form);
  FormEvaluation e = evaluate(*form, answers("t", {{"goal/1/changed", "yes"},
                                                   {"goal/2/changed", "no"},
                                                   {"goal/1/measure/1/kept", "yes"},
                                                   {"goal/1/measure/2/kept", "no"},
                                                   {"goal/2/measure/1/kept", "yes"}}));
  EXPECT_TRUE(state(e, "goal/1/measure/2/kept").visible);
  EXPECT_FALSE(state(e, "goal/2/measure/1/kept").visible);
  EXPECT_EQ(kinds_of(e), std::vector<std::string>{"hidden-answer goal/2/measure/1/kept"});
  ASSERT_EQ(e.blocks.size(), 5u); // goal 1, its measures 1 and 2, goal 2, its measure 1
  EXPECT_EQ(e.blocks[2].prefix, "goal/1/measure/2/");
}

TEST(FormEngine, ValuesAreCheckedAgainstTheirType) {
  auto form = load_ok(form_text(section(
      "s", yesno("yn") +
               "<field id=\"c\" type=\"choice\"><label><vi>C</vi></label><option id=\"a\"><vi>A"
               "</vi></option></field>"
               "<field id=\"m\" type=\"multi\"><label><vi>M</vi></label><option id=\"a\"><vi>A"
               "</vi></option><option id=\"b\"><vi>B</vi></option></field>"
               "<field id=\"n\" type=\"number\" unit=\"days\" min=\"0\" max=\"90\"><label><vi>N"
               "</vi></label></field>"
               "<field id=\"d\" type=\"date\"><label><vi>D</vi></label></field>"
               "<field id=\"x\" type=\"text\"><label><vi>X</vi></label></field>")));
  ASSERT_TRUE(form);
  FormEvaluation e = evaluate(*form, answers("t", {{"yn", "Yes"},
                                                   {"c", "z"},
                                                   {"m", "a a"},
                                                   {"n", "91"},
                                                   {"d", "2023-02-29"},
                                                   {"x", "  "}}));
  EXPECT_EQ(kinds_of(e),
            (std::vector<std::string>{"invalid-answer yn", "invalid-answer c", "invalid-answer m",
                                      "invalid-answer n", "invalid-answer d", "missing-answer x"}));
  EXPECT_TRUE(says(e.findings[0], "câu trả lời \"Yes\" không hợp lệ, cần yes hoặc no"));
  EXPECT_TRUE(says(e.findings[3], "số \"91\" lớn hơn mức tối đa 90"));
  EXPECT_EQ(e.completeness.done, 0);
  FormEvaluation ok = evaluate(*form, answers("t", {{"yn", " yes "},
                                                    {"c", "a"},
                                                    {"m", "b a"},
                                                    {"n", "12.5"},
                                                    {"d", "2024-02-29"},
                                                    {"x", "văn bản"}}));
  EXPECT_TRUE(ok.findings.empty()) << describe(ok.findings[0]);
  // Canonical form only: "1.234" is one point two three four, "12,5" is refused.
  FormEvaluation grouped = evaluate(*form, answers("t", {{"n", "1.234"}}));
  EXPECT_TRUE(state(grouped, "n").answered);
  FormEvaluation comma = evaluate(*form, answers("t", {{"n", "12,5"}}));
  EXPECT_EQ(state(comma, "n").invalid, true);
}

TEST(FormEngine, TablesCheckEveryRowAndCell) {
  auto form = load_ok(form_text(section(
      "s", "<field id=\"docs\" type=\"table\" min-rows=\"2\"><label><vi>Hồ sơ</vi></label>"
           "<column id=\"name\" type=\"text\"><label><vi>Tên</vi></label></column>"
           "<column id=\"copies\" type=\"number\"><label><vi>Số bản</vi></label></column>"
           "<column id=\"kind\" type=\"choice\" required=\"false\"><label><vi>Loại</vi></label>"
           "<option id=\"original\"><vi>Bản chính</vi></option></column>"
           "<column id=\"cost\" type=\"number\" computed=\"true\"><label><vi>Chi phí</vi>"
           "</label></column></field>")));
  ASSERT_TRUE(form);
  AnswerSet set = answers("t", {{"docs", ""}});
  set.answers[0].is_table = true;
  set.answers[0].rows = {
      {{{"name", "Tờ khai"}, {"copies", "1"}, {"cost", "ignored"}}, {}},
      {{{"name", ""}, {"copies", "x"}, {"kind", "copy"}, {"colour", "red"}}, {}}};
  FormEvaluation e = evaluate(*form, set);
  EXPECT_EQ(kinds_of(e), (std::vector<std::string>(4, "invalid-answer docs")));
  EXPECT_NE(said(e.findings[0]).find("dòng 2: cột “Số bản”"), std::string::npos)
      << said(e.findings[0]);
  EXPECT_NE(said(e.findings[1]).find("dòng 2: cột “Loại”"), std::string::npos);
  EXPECT_NE(said(e.findings[2]).find("không có cột “colour”"), std::string::npos);
  EXPECT_NE(said(e.findings[3]).find("dòng 2: thiếu cột “Tên”"), std::string::npos);
  EXPECT_FALSE(state(e, "docs").answered);

  set.answers[0].rows.pop_back();
  FormEvaluation short_table = evaluate(*form, set);
  EXPECT_EQ(kinds_of(short_table), std::vector<std::string>{"missing-answer docs"});
  EXPECT_TRUE(says(short_table.findings[0], "bảng cần ít nhất 2 dòng"));
  set.answers[0].rows.push_back({{{"name", "Bản sao"}, {"copies", "2"}}, {}});
  EXPECT_TRUE(evaluate(*form, set).findings.empty());
  // A value for a table, or rows for a non-table, are invalid.
  FormEvaluation value = evaluate(*form, answers("t", {{"docs", "Tờ khai"}}));
  EXPECT_EQ(kinds_of(value), std::vector<std::string>{"invalid-answer docs"});
}

TEST(FormEngine, CombinatorsAndTests) {
  auto form = load_ok(form_text(section(
      "s", yesno("a") + yesno("b") +
               "<field id=\"m\" type=\"multi\"><label><vi>M</vi></label><option id=\"x\"><vi>X"
               "</vi></option><option id=\"y\"><vi>Y</vi></option></field>"
               "<field id=\"c\" type=\"choice\"><label><vi>C</vi></label><option id=\"p\"><vi>P"
               "</vi></option><option id=\"q\"><vi>Q</vi></option><option id=\"r\"><vi>R</vi>"
               "</option></field>" +
               yesno("all", "required=\"false\"",
                     "<visible-if><all><when field=\"a\" equals=\"yes\"/><when field=\"b\" "
                     "equals=\"yes\"/></all></visible-if>") +
               yesno("any", "required=\"false\"",
                     "<visible-if><any><when field=\"a\" equals=\"yes\"/><when field=\"b\" "
                     "equals=\"yes\"/></any></visible-if>") +
               yesno("not", "required=\"false\"",
                     "<visible-if><not><when field=\"a\" equals=\"yes\"/></not></visible-if>") +
               yesno("ne", "required=\"false\"",
                     "<visible-if><when field=\"a\" not-equals=\"yes\"/></visible-if>") +
               yesno("inc", "required=\"false\"",
                     "<visible-if><when field=\"m\" includes=\"y\"/></visible-if>") +
               yesno("oneof", "required=\"false\"",
                     "<visible-if><when field=\"c\" one-of=\"q r\"/></visible-if>") +
               yesno("ans", "required=\"false\"",
                     "<visible-if><when field=\"c\" answered=\"true\"/></visible-if>") +
               yesno("unans", "required=\"false\"",
                     "<visible-if><when field=\"c\" answered=\"false\"/></visible-if>") +
               yesno("two", "required=\"false\"",
                     "<visible-if><when field=\"a\" equals=\"yes\"/><when field=\"c\" "
                     "equals=\"p\"/></visible-if>"))));
  ASSERT_TRUE(form);
  auto visible = [&](const FormEvaluation& e) {
    std::string out;
    for (const char* k : {"all", "any", "not", "ne", "inc", "oneof", "ans", "unans", "two"})
      out += state(e, k).visible ? "1" : "0";
    return out;
  };
  // Nothing answered: "not" holds (a is not yes), not-equals does not (a is unanswered).
  EXPECT_EQ(visible(evaluate(*form, answers("t", {}))), "001000010");
  EXPECT_EQ(visible(evaluate(*form, answers("t", {{"a", "yes"}, {"m", "x y"}, {"c", "p"}}))),
            "010010101");
  EXPECT_EQ(
      visible(evaluate(*form, answers("t", {{"a", "no"}, {"b", "yes"}, {"m", "x"}, {"c", "r"}}))),
      "011101100");
  EXPECT_EQ(visible(evaluate(*form, answers("t", {{"a", "yes"}, {"b", "yes"}, {"c", "q"}}))),
            "110001100");
}

TEST(FormEngine, ConclusionsAndDeclaredWarnings) {
  auto form = load_ok(
      form_text(section("I", yesno("c1", "conclusion=\"true\"")) +
                section("II", yesno("c2", "conclusion=\"true\"",
                                    "<warning><vi>Không hợp pháp</vi><en>Unlawful</en></warning>"
                                    "<warn-if><when field=\"c2\" equals=\"no\"/></warn-if>"))));
  ASSERT_TRUE(form);
  FormEvaluation e = evaluate(*form, answers("t", {{"c1", "yes"}, {"c2", "no"}}));
  ASSERT_EQ(e.conclusions.size(), 2u);
  EXPECT_EQ(e.fields[e.conclusions[0]].value, "yes");
  EXPECT_EQ(e.fields[e.conclusions[1]].value, "no");
  EXPECT_EQ(kinds_of(e), std::vector<std::string>{"answer-warning c2"});
  EXPECT_EQ(said(e.findings[0]), "Không hợp pháp");
  EXPECT_EQ(said(e.findings[0], Language::en), "Unlawful");
  EXPECT_TRUE(evaluate(*form, answers("t", {{"c1", "yes"}, {"c2", "yes"}})).findings.empty());
}

TEST(FormEngine, SectionCompletenessIsCountedPerSectionInstance) {
  auto form = block_form();
  ASSERT_TRUE(form);
  FormEvaluation e = evaluate(*form, answers("t", {{"strict", "yes"},
                                                   {"policy/1/name", "A"},
                                                   {"policy/2/name", "B"},
                                                   {"policy/2/needed", "yes"},
                                                   {"policy/2/why", "yes"}}));
  ASSERT_EQ(e.sections.size(), 4u);
  EXPECT_EQ(e.sections[0].completeness.percent(), 100);
  EXPECT_EQ(e.sections[1].completeness.required, 3);
  EXPECT_EQ(e.sections[1].completeness.done, 1);
  EXPECT_EQ(e.sections[1].completeness.percent(), 33);
  EXPECT_TRUE(e.sections[2].completeness.complete());
  EXPECT_EQ(e.sections[3].completeness.percent(), 0);
  EXPECT_EQ(e.completeness.required, 8);
  EXPECT_EQ(e.completeness.done, 5);
  EXPECT_EQ(e.completeness.percent(), 62);
  // Nothing required: 100 %.
  EXPECT_EQ(Completeness{}.percent(), 100);
}

TEST(FormEngine, DisplayValues) {
  Field yn;
  yn.type = FieldType::yesno;
  EXPECT_EQ(display_value(yn, "yes"), "Có");
  EXPECT_EQ(display_value(yn, "no"), "Không");
  Field m;
  m.type = FieldType::multi;
  m.options = {{"a", {"Trực tiếp", "In person"}, {}}, {"b", {"Trực tuyến", "Online"}, {}}};
  EXPECT_EQ(display_value(m, "a b"), "Trực tiếp, Trực tuyến");
  EXPECT_EQ(display_value(m, "z"), "z");
}

} // namespace
} // namespace cptt::forms
