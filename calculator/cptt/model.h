#pragma once
// The dossier (hồ sơ đánh giá): one draft legal document, its income rates, its procedures with
// their cost worksheets, and the answers to the assessment forms. Plain data; the SCM arithmetic
// lives in engine.h, reading and writing in dossier_xml.h.
#include "cptt/language.h"
#include "cptt/money.h"
#include "cptt/quantity.h"

#include <optional>
#include <string>
#include <vector>

namespace cptt {

// Where something was read from (1-based; 0 when it did not come from a file).
struct SourceLocation {
  int line = 0;
  int column = 0;
};

enum class Stage { proposal, drafting };

enum class ProcedureKind {
  new_procedure, // before the draft 0, after its cost
  amended,       // before its current cost, after its proposed cost
  detailed,      // as amended
  abolished      // before its current cost, after 0
};

enum class HandlingLevel { central, provincial, district, commune };
enum class SubjectType { individual, organisation, both };

// The official time norms (TT 03/2022 Art. 11(4)); see reference/norms.
enum class NormKind { none, travel, form_filling };
enum class TravelScope { commune, district, provincial, inter_regional, inter_macro_region };
enum class Area { urban, rural, mountain_island };

struct Contact {
  std::string name;
  std::string phone;
  std::string email;
};

// The calculation years a dossier may name (the file format's range): outside it no statistic
// exists, and the year before it is always a valid int.
constexpr bool is_calculation_year(int year) { return year >= 1900 && year <= 2999; }

struct Draft {
  std::string title;
  std::string document_type; // luat, nghi-quyet, nghi-dinh, thong-tu, quyet-dinh, ... (free id)
  std::string drafting_body;
  Stage stage = Stage::drafting;
  Contact contact;
  std::string created;      // ISO date, may be empty
  std::string modified;     // ISO date, may be empty
  int calculation_year = 0; // the year the costs are computed; the rate's year is the one before
  std::string notes;
};

// The average income per person per working hour: GDP ÷ (population × 12 × 22 × 8), or the
// published GDP per capita ÷ 2,112, of the year before the calculation (TT 03/2022 Art. 11(4)).
struct IncomeRate {
  enum class Kind {
    derived, // GDP per capita (or GDP / population) of `year` / (12 × 22 × 8)
    direct   // entered directly with a source note
  };
  std::string id;
  Kind kind = Kind::direct;
  int year = 0;                        // statistic's year (derived)
  std::optional<Money> gdp_per_capita; // derived: this, or gdp and population
  std::optional<Money> gdp;            // derived: total GDP, current prices
  std::optional<Quantity> population;  // derived: matching average population
  std::optional<Money> direct_rate;    // direct: VND per hour
  std::string publisher;               // e.g. Cục Thống kê
  std::string source;                  // evidence note: publication, table, link
  SourceLocation location;
};

struct Norm {
  NormKind kind = NormKind::none;
  TravelScope scope = TravelScope::commune; // travel only
  Area area = Area::urban;
  Quantity units = Quantity::from_integer(1); // trips or pages
};

struct Task {
  // The figures the engine reads first, together: one pass over many tasks stays cache-friendly.
  Quantity hours;    // hours per filing for this task
  Money services;    // advice and service costs
  Money other_costs; // other costs
  std::string name;
  std::string catalogue_ref; // id in the activity catalogue, may be empty
  std::string complexity;    // simple / medium / complex when taken from the catalogue
  Norm norm;
  std::string services_note; // what the services are (copies, fare, postage ...)
  std::string evidence;      // where the figures come from
  SourceLocation location;
};

struct Fee {
  std::string name;
  Money amount;
  std::string legal_basis;
  SourceLocation location;
};

struct Worksheet {
  enum class Variant { current, proposed };
  Variant variant = Variant::current;
  std::string rate_id;
  std::vector<Task> tasks;
  std::vector<Fee> fees;
  Quantity frequency = Quantity::from_integer(1); // times per year per subject
  std::string frequency_evidence;
  std::optional<Quantity> subjects; // per year; nullopt with one_case
  bool one_case = false;            // no forecast possible: computed for one case
  std::string subjects_evidence;    // the forecast's source, or why no forecast is possible
  SourceLocation location;
};

struct Procedure {
  std::string id;
  std::string name;
  std::string code;  // national procedure database code, may be empty
  std::string field; // lĩnh vực
  ProcedureKind kind = ProcedureKind::new_procedure;
  HandlingLevel level = HandlingLevel::provincial;
  SubjectType subject_type = SubjectType::individual;
  std::vector<std::string> articles; // where in the draft it is set (Điều 5 khoản 2 ...)
  std::string simplification;        // amended: what is simplified and why; abolished: reason
  std::optional<Worksheet> current;  // exists for amended, detailed, abolished
  std::optional<Worksheet> proposed; // exists for new, amended, detailed
  SourceLocation location;
};

// Answers to one assessment form, for one procedure (or for the whole draft when procedure_id is
// empty). `instance` tells repeated attachments apart (e.g. several application forms assessed
// with ND63 Annex II). Values are kept as text; their meaning comes from the form definition.
struct AnswerCell {
  std::string column;
  std::string value;
};
struct AnswerRow {
  std::vector<AnswerCell> cells;
  SourceLocation location;
};
struct Answer {
  std::string field;           // field id, with a block path for repeatable blocks: "policy/2/q1"
  std::string value;           // the answer (yes / no / option id / text / number)
  std::string reason;          // the "state the reason" text attached to the answer
  std::vector<AnswerRow> rows; // table fields
  bool is_table = false;
  SourceLocation location;
};
struct AnswerSet {
  std::string form_id;
  std::string procedure_id;
  std::string instance;
  // The form's version the answers were written with: read from the file (absent: 1); 0 for
  // answers made in memory, which follow the form loaded.
  int form_version = 0;
  std::vector<Answer> answers;
  SourceLocation location;
};

struct Dossier {
  Draft draft;
  std::vector<IncomeRate> rates;
  std::vector<Procedure> procedures;
  std::vector<AnswerSet> answers;

  const IncomeRate* find_rate(std::string_view id) const;
  const Procedure* find_procedure(std::string_view id) const;
};

// Which worksheets a procedure of this kind carries.
bool has_current(ProcedureKind kind);
bool has_proposed(ProcedureKind kind);

// Stable identifiers used in files and on the command line.
std::string_view to_id(Stage);
std::string_view to_id(ProcedureKind);
std::string_view to_id(HandlingLevel);
std::string_view to_id(SubjectType);
std::string_view to_id(NormKind);
std::string_view to_id(TravelScope);
std::string_view to_id(Area);
std::string_view to_id(Worksheet::Variant);
std::string_view to_id(IncomeRate::Kind);
bool from_id(std::string_view id, Stage& out);
bool from_id(std::string_view id, ProcedureKind& out);
bool from_id(std::string_view id, HandlingLevel& out);
bool from_id(std::string_view id, SubjectType& out);
bool from_id(std::string_view id, NormKind& out);
bool from_id(std::string_view id, TravelScope& out);
bool from_id(std::string_view id, Area& out);
bool from_id(std::string_view id, Worksheet::Variant& out);
bool from_id(std::string_view id, IncomeRate::Kind& out);

// Vietnamese labels for display ("Thủ tục mới", "Sửa đổi, bổ sung" ...).
std::string_view label_vi(ProcedureKind);
std::string_view label_vi(HandlingLevel);
std::string_view label_vi(TravelScope);
std::string_view label_vi(Area);
std::string_view label_vi(SubjectType);
// The labels in a language ("Thủ tục mới" / "New procedure" …): the one place they are written.
std::string_view label(ProcedureKind, Language);
std::string_view label(HandlingLevel, Language);
std::string_view label(TravelScope, Language);
std::string_view label(Area, Language);
std::string_view label(SubjectType, Language);

// Every value of a choice, in the order the forms list them (a screen offers them so).
inline constexpr ProcedureKind all_procedure_kinds[] = {
    ProcedureKind::new_procedure, ProcedureKind::amended, ProcedureKind::detailed,
    ProcedureKind::abolished};
inline constexpr HandlingLevel all_handling_levels[] = {
    HandlingLevel::central, HandlingLevel::provincial, HandlingLevel::district,
    HandlingLevel::commune};
inline constexpr SubjectType all_subject_types[] = {SubjectType::individual,
                                                    SubjectType::organisation, SubjectType::both};
inline constexpr TravelScope all_travel_scopes[] = {
    TravelScope::commune, TravelScope::district, TravelScope::provincial,
    TravelScope::inter_regional, TravelScope::inter_macro_region};
inline constexpr Area all_areas[] = {Area::urban, Area::rural, Area::mountain_island};
// What a rate is, for a list to choose from: "GDP bình quân đầu người năm 2023" / "GDP per capita,
// 2023"; "Mức nhập trực tiếp" / "Entered directly".
std::string label(const IncomeRate& rate, Language language);

} // namespace cptt
