#include "cptt/dossier_edits.h"

#include "cptt/dossier_xml.h"

#include <charconv>

namespace cptt::edits {

Worksheet blank_worksheet(Worksheet::Variant variant, const std::vector<IncomeRate>& rates) {
  Worksheet w;
  w.variant = variant;
  if (!rates.empty())
    w.rate_id = rates.front().id;
  return w;
}

void fit_worksheets(Procedure& procedure, const std::vector<IncomeRate>& rates) {
  Procedure& p = procedure;
  if (has_current(p.kind) && !p.current)
    p.current = blank_worksheet(Worksheet::Variant::current, rates);
  if (has_proposed(p.kind) && !p.proposed)
    p.proposed = p.current ? *p.current : blank_worksheet(Worksheet::Variant::proposed, rates);
  if (p.proposed)
    p.proposed->variant = Worksheet::Variant::proposed;
  if (!has_current(p.kind))
    p.current.reset();
  if (!has_proposed(p.kind))
    p.proposed.reset();
}

Procedure new_procedure(const Dossier& dossier, ProcedureKind kind) {
  Procedure p;
  p.id = unused_procedure_id(dossier);
  p.kind = kind;
  fit_worksheets(p, dossier.rates);
  return p;
}

bool copy_current_to_proposed(Procedure& procedure) {
  if (!procedure.current || !has_proposed(procedure.kind))
    return false;
  procedure.proposed = *procedure.current;
  procedure.proposed->variant = Worksheet::Variant::proposed;
  return true;
}

std::string unused_procedure_id(const Dossier& dossier) {
  std::size_t n = dossier.procedures.size() + 1;
  std::string id;
  do {
    id = "P" + std::to_string(n++);
  } while (dossier.find_procedure(id) != nullptr);
  return id;
}

std::string unused_rate_id(const Dossier& dossier, std::string_view base) {
  std::string id(base);
  for (int n = 2; dossier.find_rate(id) != nullptr; ++n)
    id = std::string(base) + "-" + std::to_string(n);
  return id;
}

std::vector<AnswerSet> answers_without(const std::vector<AnswerSet>& answers,
                                       std::string_view procedure_id) {
  std::vector<AnswerSet> kept;
  for (const AnswerSet& s : answers)
    if (s.procedure_id != procedure_id)
      kept.push_back(s);
  return kept;
}

namespace {

std::string_view trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos)
    return {};
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// Digits only, as the reader takes an integer; nullopt for anything else or out of range.
std::optional<int> year_of(std::string_view text) {
  int year = 0;
  const char* end = text.data() + text.size();
  const auto [at, ec] = std::from_chars(text.data(), end, year);
  if (text.empty() || text.front() == '-' || ec != std::errc() || at != end ||
      !is_calculation_year(year))
    return std::nullopt;
  return year;
}

Text range_error(std::string_view typed, std::string_view vi_what, std::string_view en_what) {
  const std::string q = "\"" + std::string(typed) + "\": ";
  return {q + std::string(vi_what) + " phải là một năm từ 1900 đến 2999, ví dụ 2025.",
          q + std::string(en_what) + " must be a year from 1900 to 2999, for example 2025."};
}

} // namespace

YearEntry read_calculation_year(std::string_view typed) {
  const std::string_view t = trimmed(typed);
  if (t.empty())
    return {0, {}};
  if (auto year = year_of(t))
    return {year, {}};
  return {std::nullopt, range_error(typed, "năm tính", "the calculation year")};
}

YearEntry read_figures_year(std::string_view typed) {
  if (auto year = year_of(trimmed(typed)))
    return {year, {}};
  return {std::nullopt, range_error(typed, "năm số liệu", "the year of the figures")};
}

bool same_in_file(const Draft& a, const Draft& b) {
  Dossier x, y;
  x.draft = a;
  y.draft = b;
  return write_dossier(x) == write_dossier(y);
}

bool same_in_file(const std::vector<IncomeRate>& a, const std::vector<IncomeRate>& b) {
  Dossier x, y;
  x.rates = a;
  y.rates = b;
  return write_dossier(x) == write_dossier(y);
}

bool same_in_file(const Procedure& a, const Procedure& b) {
  Dossier x, y;
  x.procedures = {a};
  y.procedures = {b};
  return write_dossier(x) == write_dossier(y);
}

bool same_in_file(const std::vector<AnswerSet>& a, const std::vector<AnswerSet>& b) {
  Dossier x, y;
  x.answers = a;
  y.answers = b;
  return write_dossier(x) == write_dossier(y);
}

bool same_in_file(const AnswerSet* a, const AnswerSet* b) {
  const bool empty_a = a == nullptr || a->answers.empty();
  const bool empty_b = b == nullptr || b->answers.empty();
  if (empty_a || empty_b)
    return empty_a && empty_b;
  return same_in_file(std::vector<AnswerSet>{*a}, std::vector<AnswerSet>{*b});
}

} // namespace cptt::edits
