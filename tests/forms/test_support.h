#pragma once
// Small helpers shared by the forms tests: an inline form definition and answer sets.
#include "cptt/forms/form_finding.h"
#include "cptt/forms/form_reader.h"
#include "cptt/model.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace cptt::forms::test {

// A finding's text in one language, without the question's label (made from the catalogue).
inline std::string said(const FormFinding& f, Language language = Language::vi) {
  FormFinding plain = f;
  plain.label = {};
  return to_finding(plain).message(language);
}

// The finding says `vi` (what the test checks) first in Vietnamese, and has an English text of
// its own.
inline ::testing::AssertionResult says(const FormFinding& f, const std::string& vi) {
  const std::string v = said(f), en = said(f, Language::en);
  if (!v.starts_with(vi))
    return ::testing::AssertionFailure() << "Vietnamese: " << v << "\nexpected: " << vi;
  if (en.empty() || en == v || en.find(vi) != std::string::npos)
    return ::testing::AssertionFailure() << "English: " << en;
  return ::testing::AssertionSuccess();
}

// A definition around `body` (sections and blocks), with the given root attributes.
inline std::string form_text(const std::string& body,
                             const std::string& attributes = "role=\"assessment\" "
                                                             "scope=\"procedure\" "
                                                             "stage=\"drafting\" kinds=\"new\"") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<form xmlns=\"urn:cptt:forms\" format-version=\"1\" id=\"t\" generation=\"TEST\" "
         "version=\"1\" verified=\"false\" " +
         attributes +
         ">\n"
         "<title><vi>Biểu mẫu thử</vi><en>Test form</en></title>\n"
         "<legal-basis><vi>Không</vi></legal-basis>\n" +
         body + "</form>\n";
}

// A yes/no field element.
inline std::string yesno(const std::string& id, const std::string& extra = "",
                         const std::string& inner = "") {
  return "<field id=\"" + id + "\" number=\"" + id + "\" type=\"yesno\" " + extra +
         "><label><vi>Câu " + id + "</vi><en>Question " + id + "</en></label>" + inner +
         "</field>\n";
}

inline std::string section(const std::string& id, const std::string& fields,
                           const std::string& extra = "") {
  return "<section id=\"" + id + "\" number=\"" + id + "\" " + extra + "><title><vi>Mục " + id +
         "</vi></title>\n" + fields + "</section>\n";
}

inline std::shared_ptr<const FormDefinition> load_ok(const std::string& text) {
  FormLoad load = load_form_text(text, "test.xml");
  EXPECT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  return load.form;
}

inline LoadResult load_error(const std::string& text) {
  FormLoad load = load_form_text(text, "test.xml");
  EXPECT_FALSE(load.result) << "expected the definition to be refused";
  EXPECT_EQ(load.form, nullptr);
  return load.result;
}

// One answer: field key, value and (optional) reason.
struct A {
  A(std::string f, std::string v, std::string r = "")
      : field(std::move(f)), value(std::move(v)), reason(std::move(r)) {}
  std::string field;
  std::string value;
  std::string reason;
};

inline AnswerSet answers(const std::string& form_id, const std::vector<A>& list,
                         const std::string& procedure = "") {
  AnswerSet set;
  set.form_id = form_id;
  set.procedure_id = procedure;
  for (const A& a : list) {
    Answer answer;
    answer.field = a.field;
    answer.value = a.value;
    answer.reason = a.reason;
    set.answers.push_back(answer);
  }
  return set;
}

} // namespace cptt::forms::test
