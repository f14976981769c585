// Loading form definitions: what is accepted, and every mistake refused with file:line:col.
#include "test_support.h"

#include "cptt/forms/form_reader.h"

#include <gtest/gtest.h>

namespace cptt::forms {
namespace {

using test::form_text;
using test::load_error;
using test::load_ok;
using test::section;
using test::yesno;

TEST(FormLoader, ReadsIdentityAndStructure) {
  auto form = load_ok(
      form_text(section("s1", yesno("a", "reason=\"no\"") + yesno("b", "conclusion=\"true\""),
                        "verified=\"true\"") +
                    "<block id=\"p\" min=\"2\" max=\"5\"><title><vi>Khối</vi></title>" +
                    section("s2", yesno("c", "gate-closes-when=\"no\"") + yesno("d")) + "</block>",
                "code=\"99/XX\" role=\"assessment\" scope=\"draft\" stage=\"proposal\" "
                "kinds=\"new abolished\" valid-from=\"2022-03-28\""));
  ASSERT_TRUE(form);
  EXPECT_EQ(form->id, "t");
  EXPECT_EQ(form->generation, "TEST");
  EXPECT_EQ(form->code, "99/XX");
  EXPECT_EQ(form->version, 1);
  EXPECT_FALSE(form->verified);
  EXPECT_EQ(form->scope, FormScope::draft);
  EXPECT_EQ(form->stage, Stage::proposal);
  EXPECT_TRUE(form->applies_to(ProcedureKind::abolished));
  EXPECT_FALSE(form->applies_to(ProcedureKind::amended));
  EXPECT_EQ(form->valid_from, "2022-03-28");
  ASSERT_EQ(form->fields.size(), 4u);
  ASSERT_EQ(form->sections.size(), 2u);
  ASSERT_EQ(form->blocks.size(), 1u);
  EXPECT_EQ(form->blocks[0].min, 2);
  EXPECT_EQ(form->blocks[0].max, 5);
  EXPECT_TRUE(form->sections[0].verified);  // own flag
  EXPECT_FALSE(form->sections[1].verified); // the form's
  EXPECT_TRUE(form->fields[0].verified);    // its section's
  EXPECT_EQ(form->fields[0].reason_when, std::vector<std::string>{"no"});
  EXPECT_TRUE(form->fields[1].conclusion);
  EXPECT_TRUE(form->fields[2].is_gate());
  EXPECT_EQ(form->fields[3].gates_before, std::vector<std::size_t>{2});
  EXPECT_EQ(form->depth_of_field(3), 1u);
  EXPECT_EQ(form->depth_of_field(0), 0u);
  EXPECT_EQ(form->evaluation_order.size(), 4u);
  EXPECT_EQ(form->fields[0].location.line, 6);
}

TEST(FormLoader, EvaluationOrderPutsReadFieldsFirst) {
  // b is read by a, which comes first in the document.
  auto form = load_ok(form_text(
      section("s", yesno("a", "", "<visible-if><when field=\"b\" equals=\"yes\"/></visible-if>") +
                       yesno("b"))));
  ASSERT_TRUE(form);
  EXPECT_EQ(form->evaluation_order, (std::vector<std::size_t>{1, 0}));
}

TEST(FormLoader, UnknownFieldInConditionIsLocated) {
  std::string text =
      form_text(section("s", yesno("a") + yesno("b", "",
                                                "\n<visible-if><when field=\"zz\" equals=\"yes\"/>"
                                                "</visible-if>")));
  LoadResult r = load_error(text);
  EXPECT_EQ(r.status, LoadStatus::invalid_content);
  EXPECT_EQ(r.file, "test.xml");
  EXPECT_EQ(r.line, 8); // the <when> element
  EXPECT_EQ(r.column, 13);
  EXPECT_NE(r.message.en.find("\"zz\""), std::string::npos) << r.message.en;
  EXPECT_NE(r.describe(cptt::Language::vi).find("test.xml:8:13: "), std::string::npos)
      << r.describe(cptt::Language::vi);
}

TEST(FormLoader, CycleOfConditionsIsRefused) {
  LoadResult r = load_error(form_text(section(
      "s", yesno("a", "", "<visible-if><when field=\"b\" equals=\"yes\"/></visible-if>") +
               yesno("b", "", "<visible-if><when field=\"a\" equals=\"yes\"/></visible-if>"))));
  EXPECT_NE(r.message.vi.find("vòng lặp điều kiện"), std::string::npos) << r.message.vi;
  EXPECT_NE(r.message.vi.find("a → b → a"), std::string::npos) << r.message.vi;
  EXPECT_GT(r.line, 0);
}

TEST(FormLoader, SelfReferenceIsACycle) {
  LoadResult r = load_error(form_text(section(
      "s", yesno("a", "", "<required-if><when field=\"a\" equals=\"yes\"/></required-if>"))));
  EXPECT_NE(r.message.vi.find("a → a"), std::string::npos) << r.message.vi;
}

TEST(FormLoader, CycleThroughAGateIsRefused) {
  // c comes after the gate g, so it depends on g; g's condition reads c.
  LoadResult r = load_error(form_text(
      section("s", yesno("g", "gate-closes-when=\"no\"",
                         "<visible-if><when field=\"c\" answered=\"true\"/></visible-if>") +
                       yesno("c"))));
  EXPECT_NE(r.message.vi.find("vòng lặp"), std::string::npos) << r.message.vi;
}

TEST(FormLoader, CycleThroughASectionToggleIsRefused) {
  LoadResult r = load_error(form_text(
      section("s1", yesno("t", "", "<visible-if><when field=\"x\" equals=\"yes\"/></visible-if>")) +
      section("s2", yesno("x"), "toggle=\"t\"")));
  EXPECT_NE(r.message.vi.find("vòng lặp"), std::string::npos) << r.message.vi;
}

TEST(FormLoader, EmptyOptionListIsRefused) {
  LoadResult r = load_error(form_text(
      section("s", "<field id=\"c\" type=\"choice\"><label><vi>Chọn</vi></label></field>\n")));
  EXPECT_NE(r.message.vi.find("danh sách lựa chọn"), std::string::npos) << r.message.vi;
  EXPECT_EQ(r.line, 6);
}

TEST(FormLoader, EmptyOptionListOfATableColumnIsRefused) {
  LoadResult r = load_error(form_text(section(
      "s", "<field id=\"t\" type=\"table\"><label><vi>Bảng</vi></label>"
           "<column id=\"k\" type=\"choice\"><label><vi>Loại</vi></label></column></field>\n")));
  EXPECT_NE(r.message.vi.find("danh sách lựa chọn"), std::string::npos) << r.message.vi;
}

TEST(FormLoader, DuplicateIdsAreRefusedWithTheFirstPlace) {
  LoadResult r = load_error(form_text(section("s", yesno("a") + "\n" + yesno("a"))));
  EXPECT_NE(r.message.vi.find("bị trùng"), std::string::npos) << r.message.vi;
  EXPECT_NE(r.message.vi.find("dòng 6"), std::string::npos) << r.message.vi;
  EXPECT_EQ(r.line, 8);
  // Fields, sections and blocks share one namespace (keys name blocks and fields together).
  LoadResult r2 = load_error(form_text(section("s", yesno("s"))));
  EXPECT_NE(r2.message.vi.find("bị trùng"), std::string::npos) << r2.message.vi;
  LoadResult r3 = load_error(form_text(
      section("s", "<field id=\"c\" type=\"choice\"><label><vi>C</vi></label>"
                   "<option id=\"x\"><vi>X</vi></option><option id=\"x\"><vi>Y</vi></option>"
                   "</field>")));
  EXPECT_NE(r3.message.vi.find("bị trùng"), std::string::npos) << r3.message.vi;
}

TEST(FormLoader, MissingVietnameseLabelIsRefused) {
  LoadResult r = load_error(form_text(
      section("s", "<field id=\"a\" type=\"yesno\"><label><en>Only English</en></label></field>")));
  EXPECT_NE(r.message.vi.find("tiếng Việt"), std::string::npos) << r.message.vi;
  LoadResult blank = load_error(form_text(
      section("s", "<field id=\"a\" type=\"yesno\"><label><vi>  </vi><en>x</en></label></field>")));
  EXPECT_NE(blank.message.vi.find("tiếng Việt"), std::string::npos) << blank.message.vi;
  LoadResult option =
      load_error(form_text(section("s", "<field id=\"c\" type=\"choice\"><label><vi>C</vi></label>"
                                        "<option id=\"x\"><en>X</en></option></field>")));
  EXPECT_NE(option.message.vi.find("tiếng Việt"), std::string::npos) << option.message.vi;
  LoadResult title =
      load_error("<form xmlns=\"urn:cptt:forms\" format-version=\"1\" id=\"t\" generation=\"G\" "
                 "version=\"1\" verified=\"false\" role=\"assessment\" scope=\"procedure\" "
                 "stage=\"drafting\" kinds=\"new\"><title><en>T</en></title>"
                 "<legal-basis><vi>L</vi></legal-basis>" +
                 section("s", yesno("a")) + "</form>");
  EXPECT_NE(title.message.vi.find("tiêu đề biểu mẫu"), std::string::npos) << title.message.vi;
}

TEST(FormLoader, UnknownAttributesAndElementsAreRefused) {
  LoadResult attr = load_error(form_text(section("s", yesno("a", "requred=\"false\""))));
  EXPECT_NE(attr.message.en.find("requred"), std::string::npos) << attr.message.en;
  LoadResult element = load_error(form_text(section("s", yesno("a", "", "<hint/>"))));
  EXPECT_NE(element.message.en.find("<hint>"), std::string::npos) << element.message.en;
}

TEST(FormLoader, WrongDocumentsAreRefused) {
  LoadResult root = load_error("<dossier xmlns=\"urn:cptt\" format-version=\"1\"/>");
  EXPECT_EQ(root.status, LoadStatus::wrong_document);
  LoadResult ns = load_error("<form xmlns=\"urn:cptt\" format-version=\"1\" id=\"t\"/>");
  EXPECT_EQ(ns.status, LoadStatus::wrong_document);
  std::string newer = form_text(section("s", yesno("a")));
  newer.replace(newer.find("format-version=\"1\""), 18, "format-version=\"2\"");
  EXPECT_EQ(load_error(newer).status, LoadStatus::unsupported_version);
  LoadResult malformed = load_error("<form xmlns=\"urn:cptt:forms\">\n  <title>\n</form>");
  EXPECT_EQ(malformed.status, LoadStatus::malformed_xml);
  EXPECT_EQ(malformed.line, 3);
  LoadResult doctype = load_error("<!DOCTYPE form [<!ENTITY x \"y\">]><form/>");
  EXPECT_EQ(doctype.status, LoadStatus::doctype_refused);
  EXPECT_EQ(load_error("").status, LoadStatus::malformed_xml);
}

TEST(FormLoader, AFileThatDoesNotExistIsAnIoError) {
  FormLoad load = load_form_file("/nonexistent/form.xml");
  EXPECT_EQ(load.result.status, LoadStatus::io_error);
  EXPECT_EQ(load.form, nullptr);
}

TEST(FormLoader, ReasonAndGateValuesMustBeAnswersOfTheField) {
  LoadResult r = load_error(form_text(section("s", yesno("a", "reason=\"maybe\""))));
  EXPECT_NE(r.message.en.find("\"maybe\""), std::string::npos) << r.message.en;
  LoadResult g = load_error(form_text(section(
      "s", "<field id=\"c\" type=\"choice\" gate-closes-when=\"none\"><label><vi>C</vi></label>"
           "<option id=\"all\"><vi>Tất cả</vi></option></field>")));
  EXPECT_NE(g.message.en.find("\"none\""), std::string::npos) << g.message.en;
  LoadResult text_gate = load_error(form_text(
      section("s", "<field id=\"x\" type=\"text\" gate-closes-when=\"no\"><label><vi>X</vi></label>"
                   "</field>")));
  EXPECT_NE(text_gate.message.en.find("gate"), std::string::npos) << text_gate.message.en;
}

TEST(FormLoader, ConditionValuesMustBeAnswersOfTheTarget) {
  LoadResult r = load_error(form_text(section(
      "s",
      yesno("a") + yesno("b", "", "<visible-if><when field=\"a\" equals=\"oui\"/></visible-if>"))));
  EXPECT_NE(r.message.en.find("\"oui\""), std::string::npos) << r.message.en;
  LoadResult inc = load_error(form_text(section(
      "s", yesno("a") +
               yesno("b", "", "<visible-if><when field=\"a\" includes=\"yes\"/></visible-if>"))));
  EXPECT_NE(inc.message.en.find("includes"), std::string::npos) << inc.message.en;
  LoadResult two = load_error(
      form_text(section("s", yesno("a") + yesno("b", "",
                                                "<visible-if><when field=\"a\" equals=\"yes\" "
                                                "answered=\"true\"/></visible-if>"))));
  EXPECT_NE(two.message.vi.find("đúng một phép thử"), std::string::npos) << two.message.vi;
  LoadResult not2 = load_error(form_text(
      section("s", yesno("a") + yesno("b", "",
                                      "<visible-if><not><when field=\"a\" equals=\"yes\"/>"
                                      "<when field=\"a\" equals=\"no\"/></not></visible-if>"))));
  EXPECT_NE(not2.message.en.find("<not>"), std::string::npos) << not2.message.en;
}

TEST(FormLoader, RepeatableBlockFieldsAreReadOnlyInsideTheBlock) {
  LoadResult r = load_error(form_text(
      "<block id=\"p\"><title><vi>Khối</vi></title>" + section("s1", yesno("inner")) + "</block>" +
      section("s2", yesno("outer", "",
                          "<visible-if><when field=\"inner\" equals=\"yes\"/>"
                          "</visible-if>"))));
  EXPECT_NE(r.message.vi.find("khối lặp"), std::string::npos) << r.message.vi;
  // Inside the block, fields outside it are readable.
  EXPECT_TRUE(load_ok(
      form_text(section("s0", yesno("top")) + "<block id=\"p\"><title><vi>Khối</vi></title>" +
                section("s1", yesno("inner", "",
                                    "<visible-if><when field=\"top\" equals=\"yes\"/>"
                                    "</visible-if>")) +
                "</block>")));
}

TEST(FormLoader, TogglesMustBeYesNoFieldsOutsideTheirSection) {
  LoadResult r = load_error(
      form_text(section("s1", "<field id=\"t\" type=\"text\"><label><vi>T</vi></label></field>") +
                section("s2", yesno("x"), "toggle=\"t\" component=\"steps\"")));
  EXPECT_NE(r.message.en.find("yesno"), std::string::npos) << r.message.en;
  LoadResult unknown = load_error(form_text(section("s2", yesno("x"), "toggle=\"nope\"")));
  EXPECT_NE(unknown.message.en.find("\"nope\""), std::string::npos) << unknown.message.en;
  LoadResult own = load_error(form_text(section("s2", yesno("x"), "toggle=\"x\"")));
  EXPECT_NE(own.message.en.find("toggle"), std::string::npos) << own.message.en;
}

TEST(FormLoader, BindingsAndRolesAreChecked) {
  LoadResult source = load_error(form_text(section(
      "s", "<field id=\"n\" type=\"text\" from=\"procedure.colour\"><label><vi>N</vi></label>"
           "</field>")));
  EXPECT_NE(source.message.en.find("procedure.colour"), std::string::npos) << source.message.en;
  LoadResult scope = load_error(form_text(
      section("s", "<field id=\"n\" type=\"text\" from=\"procedure.name\"><label><vi>N</vi>"
                   "</label></field>"),
      "role=\"summary\" scope=\"draft\" stage=\"drafting\" kinds=\"abolished\""));
  EXPECT_NE(scope.message.vi.find("cần một thủ tục"), std::string::npos) << scope.message.vi;
  LoadResult role = load_error(form_text(section(
      "s",
      "<field id=\"r\" type=\"text\" role=\"article-ref\"><label><vi>R</vi></label></field>")));
  EXPECT_NE(role.message.en.find("component"), std::string::npos) << role.message.en;
  LoadResult component = load_error(form_text(section("s", yesno("a"), "component=\"colour\"")));
  EXPECT_NE(component.message.vi.find("Điều 8"), std::string::npos) << component.message.vi;
  LoadResult per_procedure =
      load_error(form_text("<block id=\"p\" repeat=\"procedures\"><title><vi>K</vi></title>" +
                           section("s", yesno("a")) + "</block>"));
  EXPECT_NE(per_procedure.message.en.find("scope=draft"), std::string::npos)
      << per_procedure.message.en;
}

TEST(FormLoader, NumbersAndUnitsAreChecked) {
  LoadResult unit = load_error(form_text(section("s", yesno("a", "unit=\"days\""))));
  EXPECT_NE(unit.message.vi.find("đơn vị"), std::string::npos) << unit.message.vi;
  LoadResult bounds = load_error(form_text(
      section("s", "<field id=\"n\" type=\"number\" min=\"5\" max=\"1\"><label><vi>N</vi></label>"
                   "</field>")));
  EXPECT_NE(bounds.message.en.find("min"), std::string::npos) << bounds.message.en;
  LoadResult bad = load_error(form_text(section(
      "s", "<field id=\"n\" type=\"number\" min=\"1,5\"><label><vi>N</vi></label></field>")));
  EXPECT_EQ(bad.status, LoadStatus::invalid_content);
}

TEST(FormLoader, EmptyStructuresAreRefused) {
  EXPECT_NE(load_error(form_text("")).message.vi.find("không có câu hỏi"), std::string::npos);
  LoadResult empty_section =
      load_error(form_text("<section id=\"s\"><title><vi>S</vi></title></section>"));
  EXPECT_NE(empty_section.message.vi.find("không có câu hỏi"), std::string::npos);
  LoadResult table = load_error(
      form_text(section("s", "<field id=\"t\" type=\"table\"><label><vi>T</vi></label></field>")));
  EXPECT_NE(table.message.vi.find("không có cột"), std::string::npos) << table.message.vi;
}

} // namespace
} // namespace cptt::forms
