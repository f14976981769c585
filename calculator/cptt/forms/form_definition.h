#pragma once
// An assessment form as data (forms/*.xml, schema forms/form-definition.xsd): its identity
// (generation, official code, version, verified flag), what it applies to, and its sections and
// fields with the logic declared in the file: visible-if / required-if conditions, reasons required
// for some answers, gates, component toggles, repeatable blocks and conclusion questions.
//
// A definition is immutable once loaded (form_reader.h). The loader resolves every reference to an
// index and computes an evaluation order, so the engine (form_engine.h) never looks anything up by
// name more than once.
#include "cptt/decimal.h"
#include "cptt/finding.h"
#include "cptt/model.h"
#include "cptt/units.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cptt::forms {

inline constexpr std::size_t no_index = static_cast<std::size_t>(-1);

// A Vietnamese text and its English translation (empty when the file gives none).
using Text = cptt::Text;

enum class FieldType { yesno, choice, multi, text, number, date, table };
// A question's unit: cptt::Unit (units.h, its labels in both languages); from_id reads only the
// ten a form file may name ("none" … "percent").
using Unit = cptt::Unit;
using cptt::from_id; // of Unit, and the model's enumerations
using cptt::to_id;
// What a form is for: answered per procedure or per draft (assessment), a view of the cost
// worksheet held in the procedure (worksheet), the draft's summary mostly filled from the dossier
// (summary), or a deeper check attached to a procedure as many times as needed (attachment).
enum class FormRole { assessment, worksheet, summary, attachment };
enum class FormScope { procedure, draft };
// A field's part in the Art. 8 component check (components.h).
enum class FieldRole {
  none,
  article_ref, // where in the draft the component is set (article, clause, point)
  applicable   // yes/no: does the draft have this component at all (optional components)
};
// How a repeatable block gets its instances: from the answers ("policy/1/…", "policy/2/…"), or
// one per procedure of the dossier of the given kinds, keyed by procedure id.
enum class Repeat { answers, procedures };

struct Option {
  std::string id;
  Text label;
  SourceLocation location;
};

// A condition on other answers. Inside a repeatable block, a field of the same block refers to the
// same instance; a field outside refers to the single instance there.
struct Condition {
  enum class Kind { when, all, any, negate };
  enum class Test { equals, not_equals, one_of, includes, answered, unanswered };
  Kind kind = Kind::when;
  // when
  std::string field;
  std::size_t field_index = no_index; // resolved by the loader
  Test test = Test::equals;
  std::vector<std::string> values;
  // all / any / negate
  std::vector<Condition> children;
  SourceLocation location;
};

// A column of a table field; types: text, number, yesno, choice, date.
struct Column {
  std::string id;
  FieldType type = FieldType::text;
  Unit unit = Unit::none;
  bool required = true;
  bool computed = false; // filled by the engine (worksheet columns such as time cost)
  Text label;
  Text help;
  std::vector<Option> options;
  SourceLocation location;
};

// How a field is numbered (numbering.h): a question of its section's sequence (1, 2 … or a, b …),
// a sub-question of the question before it (1a, 1b: printed "a)"), or a part of the question
// before it (a follow-up, the article that sets it) with no number of its own.
enum class ItemKind { question, sub, part };
// How a section numbers its questions.
enum class QuestionStyle { numbers, letters, none };

struct Field {
  std::string id;      // unique in the form; the answer key outside blocks
  std::string number;  // the question's own number, computed (numbering.h): "1a", "d", "4"; "" none
  std::string printed; // as the form prints it: "4.", "a)"; "" when it has no number
  std::string cited_number; // what findings cite: its own number, or that of its question (part)
  ItemKind item = ItemKind::question;
  bool number_given = false; // number came from the file (it wins over the computed one)
  FieldType type = FieldType::text;
  Unit unit = Unit::none;
  Text label;
  Text help;
  Text reason_label; // what the reason must say ("nêu rõ lý do …")
  Text warning;      // message of warn_if
  std::vector<Option> options;
  std::vector<Column> columns;
  std::optional<Decimal> min; // number fields
  std::optional<Decimal> max;
  int min_rows = 1; // table fields: rows needed to count as answered
  bool required = true;
  std::optional<Condition> visible_if;
  std::optional<Condition> required_if; // when present, required exactly when it holds
  std::optional<Condition> warn_if;     // a data-declared warning on the answer
  bool reason_always = false;           // reason="any"
  std::vector<std::string> reason_when; // reason="yes" / "no" / option ids
  std::vector<std::string> gate_values; // gate-closes-when: these answers end the assessment
  bool conclusion = false;
  FieldRole role = FieldRole::none;
  std::string from;      // binding to dossier data (bindings.h), empty when none
  bool computed = false; // `from` names a computed figure: not answerable, never required
  bool verified = false; // effective flag (own, else the section's)
  SourceLocation location;

  // Resolved by the loader.
  std::size_t section = no_index;
  std::vector<std::size_t> gates_before; // gate fields before this one in its scope

  bool is_gate() const { return !gate_values.empty(); }
  const Option* find_option(std::string_view id) const;
  const Column* find_column(std::string_view id) const;
};

// One entry of a form's or block's content, in document order.
struct Item {
  enum class Kind { section, block };
  Kind kind = Kind::section;
  std::size_t index = 0;
};

struct Section {
  std::string id;
  std::string number;  // computed (numbering.h), or the file's: "I", "II", "II.2"; "" none
  std::string printed; // as the form prints its heading: "II.", "2."; "" none
  bool number_given = false;
  bool subsection = false; // numbered under the last top-level section: II.1, II.2 …
  QuestionStyle questions = QuestionStyle::numbers;
  Text title;
  Text help;
  bool verified = false;
  std::string component; // the Art. 8 component it assesses (components.h ids), may be empty
  std::string toggle;    // yes/no field that switches this component on (detailed/amended)
  std::size_t toggle_index = no_index;
  std::optional<Condition> visible_if;
  std::string worksheet; // worksheet forms: "current" / "proposed" variant shown here
  std::vector<std::size_t> fields;
  std::size_t block = no_index; // innermost enclosing block
  SourceLocation location;
};

struct Block {
  std::string id;
  Text title;
  Repeat repeat = Repeat::answers;
  std::vector<ProcedureKind> kinds; // repeat="procedures": which kinds (empty: all)
  int min = 1;                      // repeat="answers": instances always present
  int max = 0;                      // 0: no limit
  std::size_t parent = no_index;
  std::size_t depth = 1; // 1 for a top-level block
  std::vector<Item> items;
  SourceLocation location;
};

// A field id of an older version of the form and the id it has from `since_version` on: answers
// written with an older version are read under the new id (form_upgrade.h).
struct Rename {
  std::string from;
  std::string to;
  int since_version = 2;
  SourceLocation location;
};

struct FormDefinition {
  std::string id;
  std::string generation; // ND63-2010, TT07-2014, TT03-2022 …
  std::string code;       // official code, may be empty (TT03-2022 Annex I has none)
  int version = 1;
  bool verified = false; // the whole form checked against the official text
  FormRole role = FormRole::assessment;
  FormScope scope = FormScope::procedure;
  Stage stage = Stage::drafting;
  std::vector<ProcedureKind> kinds;
  std::string valid_from;  // ISO date, may be empty
  std::string valid_until; // ISO date, may be empty
  Text title;
  Text legal_basis;
  std::string source; // where the content comes from (reference, articles), for maintainers
  std::string file;   // the file it was loaded from

  std::vector<Field> fields;                 // document order
  std::vector<Section> sections;             // document order
  std::vector<Block> blocks;                 // document order
  std::vector<Item> items;                   // top-level content
  std::vector<Rename> renames;               // in file order
  std::vector<std::size_t> evaluation_order; // field indices: every field after those it reads

  std::size_t field_index(std::string_view id) const;
  std::size_t block_index(std::string_view id) const;
  const Field* find_field(std::string_view id) const;
  const Section* find_section(std::string_view id) const;
  // Number of enclosing blocks of a field (0 outside blocks).
  std::size_t depth_of_field(std::size_t field) const;
  // The innermost block of a field, or no_index.
  std::size_t block_of_field(std::size_t field) const;
  bool applies_to(ProcedureKind kind) const;
  // "02/ĐGTĐ-BHM", or the id when the form has no code.
  const std::string& display_code() const { return code.empty() ? id : code; }

  std::unordered_map<std::string, std::size_t> field_ids; // filled by the loader
  std::unordered_map<std::string, std::size_t> block_ids;
};

std::string_view to_id(FieldType);
std::string_view to_id(FormRole);
std::string_view to_id(FormScope);
std::string_view to_id(FieldRole);
std::string_view to_id(Repeat);
bool from_id(std::string_view id, FieldType& out);
bool from_id(std::string_view id, FormRole& out);
bool from_id(std::string_view id, FormScope& out);
bool from_id(std::string_view id, FieldRole& out);
bool from_id(std::string_view id, Repeat& out);
// Vietnamese unit label for display ("ngày", "đồng" …).
std::string_view label_vi(Unit); // cptt::label(unit, Language::vi)

// Splits a space-separated list ("yes no", a multi answer) into its items.
std::vector<std::string> split_words(std::string_view text);
// Text without leading and trailing whitespace.
std::string_view trim(std::string_view text);

} // namespace cptt::forms
