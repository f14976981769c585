#pragma once
// A finding about a dossier or report: what validation, the forms engine and the review report.
// A finding is data: a code (its severity and texts are in the catalogue, finding_catalog.h), a
// typed place and typed arguments. Its text is made for a language only when it is shown:
//
//   for (const cptt::Finding& f : findings)
//     std::cout << f.place_text(Language::en) << ": " << f.message(Language::en) << '\n';
#include "cptt/language.h"
#include "cptt/model.h"
#include "cptt/text.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cptt {

enum class Severity { error, warning, note };

std::string_view to_id(Severity severity);    // "error", "warning", "note"
std::string_view label_vi(Severity severity); // "Lỗi", "Cảnh báo", "Ghi chú"
std::string_view label(Severity severity, Language language);
std::string_view to_id(Language language); // "vi", "en"
bool from_id(std::string_view id, Language& out);

// A named argument of a finding's text: "{name}" in the catalogue's templates.
struct Arg {
  std::string name;
  Text value;
  bool operator==(const Arg&) const = default;
};
Arg arg(std::string name, std::string plain);           // a name, an id, a quoted value
Arg arg(std::string name, Text value);                  // a text in both languages
Arg arg_number(std::string name, const Decimal& value); // 1.234,5 in vi, 1,234.5 in en
Arg arg_count(std::string name, long long value);
Arg arg_kind(std::string name, ProcedureKind kind); // the kind's label in each language

// Where a finding is, as typed parts (any may be empty). Printed for a language by text().
struct Place {
  // A form: as printed (code, block instance, section number, question number) and as keys.
  std::string form_id;
  std::string form_code;
  std::string form_instance;  // which attachment, when a form is attached several times
  std::string block;          // the repeatable block's instance: "policy/2"
  std::string section;        // the section key with its block path: "policy/1/necessity"
  std::string section_number; // "I", "III.b"
  std::string field;          // the answer key: "policy/1/necessity.q1"
  std::string question;       // the question number as printed: "1b"
  Text label;                 // the question's (section's, form's) label
  std::optional<Worksheet::Variant> worksheet;
  int task = 0;          // 1-based task row
  int fee = 0;           // 1-based fee row
  std::string rate;      // an income rate's id
  std::string component; // an Art. 8 component's id (and `field`, the form field citing it)
  // A named input: "title", "name", "articles", "level", "simplification" (of the draft or
  // procedure), "digest", "metadata", "reference-data", "totals".
  std::string input;
  std::string input_detail; // e.g. the reference-data file's id

  std::string text(Language language) const; // without the procedure id
  bool empty() const;
  bool operator==(const Place&) const = default;
};

struct Finding {
  Severity severity = Severity::error;
  std::string code;         // stable, e.g. "CPTT-W012"; documented in docs/findings.md
  std::string variant;      // which of the code's texts ("abolished"), "" for the first
  std::string procedure_id; // empty for the draft as a whole
  Place place;
  SourceLocation location; // in the file, when known
  std::vector<Arg> args;
  // Texts read back from a file (a review file keeps them in its language): used when set.
  std::optional<Text> stored_place, stored_message;

  std::string message(Language language) const; // the catalogue's text with the arguments
  std::string place_text(Language language) const;
  const Arg* find_arg(std::string_view name) const;
};

// A finding of `code` (severity from the catalogue).
Finding make_finding(std::string_view code, std::string procedure_id, Place place,
                     SourceLocation location, std::vector<Arg> args = {}, std::string variant = {});

// "file:line:col: error CPTT-E001 [P1 · current worksheet, task 2] message"
std::string format_finding(const Finding& finding, const std::string& file,
                           Language language = Language::vi);
bool has_errors(const std::vector<Finding>& findings);

} // namespace cptt
