// What changed between two dossiers: the inputs (this file, answers in report_diff_answers.cpp)
// and the figures (report_diff_figures.cpp). See report_diff.h for the matching rules.
#include "cptt/review/report_diff.h"
#include "cptt/review/report_diff_support.h"
#include "cptt/task_matching.h"

#include <algorithm>
#include <map>

namespace cptt::review {
namespace detail {

Text number_text(const Decimal& value, int min_places) {
  Text t{value.to_vietnamese(min_places), value.to_vietnamese(min_places)};
  for (char& c : t.en)
    c = c == '.' ? ',' : c == ',' ? '.' : c;
  return t;
}

namespace {
Change make(ChangeKind kind, const Place& place, std::string property, Text label, Text old_value,
            Text new_value) {
  Change c;
  c.kind = kind;
  c.place = place;
  c.property = std::move(property);
  c.label = std::move(label);
  c.old_value = std::move(old_value);
  c.new_value = std::move(new_value);
  return c;
}
} // namespace

void Emitter::push(Change c) {
  c.procedure_id = procedure_id;
  out.push_back(std::move(c));
}

void Emitter::text(const Place& place, std::string property, Text label, const std::string& a,
                   const std::string& b) {
  if (a != b)
    push(make(ChangeKind::changed, place, std::move(property), std::move(label), Text{a, {}},
              Text{b, {}}));
}

void Emitter::labelled(const Place& place, std::string property, Text label, Text a, Text b) {
  if (a != b)
    push(make(ChangeKind::changed, place, std::move(property), std::move(label), std::move(a),
              std::move(b)));
}

void Emitter::number(const Place& place, std::string property, Text label,
                     const std::optional<Decimal>& a, const std::optional<Decimal>& b, bool figure,
                     int min_places) {
  if (a == b)
    return;
  const ChangeKind kind = !a ? ChangeKind::added : !b ? ChangeKind::removed : ChangeKind::changed;
  Change c =
      make(kind, place, std::move(property), std::move(label),
           a ? number_text(*a, min_places) : Text{}, b ? number_text(*b, min_places) : Text{});
  c.figure = figure;
  c.old_number = a;
  c.new_number = b;
  push(std::move(c));
}

void Emitter::added(const Place& place, std::string property, Text label, Text value) {
  push(make(ChangeKind::added, place, std::move(property), std::move(label), {}, std::move(value)));
}

void Emitter::removed(const Place& place, std::string property, Text label, Text value) {
  push(make(ChangeKind::removed, place, std::move(property), std::move(label), std::move(value),
            {}));
}

} // namespace detail

namespace {

using detail::Emitter;
using detail::number_text;

std::optional<Decimal> money(const std::optional<Money>& m) {
  return m ? std::optional<Decimal>(m->amount()) : std::nullopt;
}
std::optional<Decimal> quantity(const std::optional<Quantity>& q) {
  return q ? std::optional<Decimal>(q->value()) : std::nullopt;
}

std::vector<int> match_fees(const std::vector<Fee>& a, const std::vector<Fee>& b) {
  std::vector<int> a_to_b(a.size(), -1);
  std::vector<bool> used(b.size(), false);
  pair_in_order(a, b, a_to_b, used, [](const Fee& x, const Fee& y) { return x.name == y.name; });
  pair_in_order(a, b, a_to_b, used, [](const Fee& x, const Fee& y) {
    return !x.legal_basis.empty() && x.legal_basis == y.legal_basis;
  });
  pair_in_order(a, b, a_to_b, used,
                [](const Fee& x, const Fee& y) { return x.amount == y.amount; });
  return a_to_b;
}

Text norm_kind_text(NormKind k) {
  switch (k) {
  case NormKind::travel:
    return {"đi lại", "travel"};
  case NormKind::form_filling:
    return {"điền tờ khai", "form filling"};
  case NormKind::none:
    break;
  }
  return {"không", "none"};
}

Text yes_no(bool b) { return b ? Text{"có", "yes"} : Text{"không", "no"}; }

template <class E> Text enum_label(E value) {
  return {std::string(label(value, Language::vi)), std::string(label(value, Language::en))};
}

void diff_task(Emitter& e, const Place& at, const Task& a, const Task& b) {
  e.text(at, "task.name", {"tên công việc", "task name"}, a.name, b.name);
  e.text(at, "task.catalogue", {"mã danh mục", "catalogue reference"}, a.catalogue_ref,
         b.catalogue_ref);
  e.text(at, "task.complexity", {"mức độ phức tạp", "complexity"}, a.complexity, b.complexity);
  e.labelled(at, "task.norm", {"định mức", "norm"}, norm_kind_text(a.norm.kind),
             norm_kind_text(b.norm.kind));
  if (a.norm.kind == NormKind::travel && b.norm.kind == NormKind::travel)
    e.labelled(at, "task.norm.scope", {"phạm vi đi lại", "travel scope"}, enum_label(a.norm.scope),
               enum_label(b.norm.scope));
  if (a.norm.kind != NormKind::none && b.norm.kind != NormKind::none) {
    e.labelled(at, "task.norm.area", {"khu vực", "area"}, enum_label(a.norm.area),
               enum_label(b.norm.area));
    e.number(at, "task.norm.units", {"số lượt / trang", "trips / pages"}, a.norm.units.value(),
             b.norm.units.value());
  }
  e.number(at, "task.hours", {"số giờ", "hours"}, a.hours.value(), b.hours.value());
  e.number(at, "task.services", {"chi phí dịch vụ", "services"}, a.services.amount(),
           b.services.amount());
  e.number(at, "task.other-costs", {"chi phí khác", "other costs"}, a.other_costs.amount(),
           b.other_costs.amount());
  e.text(at, "task.services-note", {"ghi chú dịch vụ", "services note"}, a.services_note,
         b.services_note);
  e.text(at, "task.evidence", {"căn cứ số liệu", "evidence"}, a.evidence, b.evidence);
}

void diff_fee(Emitter& e, const Place& at, const Fee& a, const Fee& b) {
  e.text(at, "fee.name", {"tên phí, lệ phí", "fee name"}, a.name, b.name);
  e.number(at, "fee.amount", {"mức phí", "fee amount"}, a.amount.amount(), b.amount.amount());
  e.text(at, "fee.legal-basis", {"căn cứ thu phí", "legal basis"}, a.legal_basis, b.legal_basis);
}

template <class T, class Match, class Diff>
void diff_rows(Emitter& e, Place at, int Place::*row, const std::vector<T>& a,
               const std::vector<T>& b, Match match, Diff diff, const char* property,
               const Text& label, std::string T::*name) {
  const std::vector<int> a_to_b = match(a, b);
  std::vector<int> b_to_a(b.size(), -1);
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a_to_b[i] >= 0)
      b_to_a[static_cast<std::size_t>(a_to_b[i])] = static_cast<int>(i);
  for (std::size_t j = 0; j < b.size(); ++j) {
    at.*row = static_cast<int>(j) + 1;
    if (b_to_a[j] < 0)
      e.added(at, property, label, Text{b[j].*name, {}});
    else
      diff(e, at, a[static_cast<std::size_t>(b_to_a[j])], b[j]);
  }
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a_to_b[i] < 0) {
      at.*row = static_cast<int>(i) + 1;
      e.removed(at, property, label, Text{a[i].*name, {}});
    }
}

void diff_worksheet(Emitter& e, const Worksheet& a, const Worksheet& b) {
  Place at;
  at.worksheet = b.variant;
  e.text(at, "worksheet.rate", {"mức thu nhập áp dụng", "income rate used"}, a.rate_id, b.rate_id);
  diff_rows(e, at, &Place::task, a.tasks, b.tasks, match_tasks, diff_task, "task",
            {"công việc", "task"}, &Task::name);
  diff_rows(e, at, &Place::fee, a.fees, b.fees, match_fees, diff_fee, "fee", {"phí, lệ phí", "fee"},
            &Fee::name);
  e.number(at, "frequency", {"tần suất", "frequency"}, a.frequency.value(), b.frequency.value());
  e.text(at, "frequency.evidence", {"căn cứ tần suất", "frequency evidence"}, a.frequency_evidence,
         b.frequency_evidence);
  e.number(at, "subjects", {"số đối tượng", "subjects"}, quantity(a.subjects),
           quantity(b.subjects));
  e.labelled(at, "one-case", {"tính cho một trường hợp", "one case"}, yes_no(a.one_case),
             yes_no(b.one_case));
  e.text(at, "subjects.evidence", {"căn cứ số đối tượng", "subjects evidence"}, a.subjects_evidence,
         b.subjects_evidence);
}

void diff_worksheets(Emitter& e, const std::optional<Worksheet>& a,
                     const std::optional<Worksheet>& b, Worksheet::Variant variant) {
  Place at;
  at.worksheet = variant;
  const Text label{"bảng tính", "worksheet"};
  if (a && b)
    diff_worksheet(e, *a, *b);
  else if (b)
    e.added(at, "worksheet", label, Text{b->rate_id, {}});
  else if (a)
    e.removed(at, "worksheet", label, Text{a->rate_id, {}});
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts)
    out += (out.empty() ? "" : "; ") + p;
  return out;
}

void diff_procedure(Emitter& e, const Procedure& a, const Procedure& b) {
  const Place none;
  auto input = [](const char* id) {
    Place p;
    p.input = id;
    return p;
  };
  e.text(input("name"), "name", {"tên thủ tục", "name"}, a.name, b.name);
  e.text(none, "code", {"mã thủ tục", "code"}, a.code, b.code);
  e.text(none, "field", {"lĩnh vực", "field"}, a.field, b.field);
  e.labelled(none, "kind", {"loại thủ tục", "kind"}, enum_label(a.kind), enum_label(b.kind));
  e.labelled(input("level"), "level", {"cấp giải quyết", "handling level"}, enum_label(a.level),
             enum_label(b.level));
  e.labelled(none, "subject-type", {"đối tượng", "subject type"}, enum_label(a.subject_type),
             enum_label(b.subject_type));
  e.text(input("articles"), "articles", {"điều, khoản", "articles"}, join(a.articles),
         join(b.articles));
  e.text(input("simplification"), "simplification", {"giải trình", "explanation"}, a.simplification,
         b.simplification);
  diff_worksheets(e, a.current, b.current, Worksheet::Variant::current);
  diff_worksheets(e, a.proposed, b.proposed, Worksheet::Variant::proposed);
}

void diff_rate(Emitter& e, const IncomeRate& a, const IncomeRate& b) {
  Place at;
  at.rate = b.id;
  e.labelled(at, "rate.kind", {"cách xác định", "kind"}, Text{std::string(to_id(a.kind)), {}},
             Text{std::string(to_id(b.kind)), {}});
  e.number(at, "rate.year", {"năm số liệu", "year"},
           a.year != 0 ? std::optional(Decimal::from_integer(a.year)) : std::nullopt,
           b.year != 0 ? std::optional(Decimal::from_integer(b.year)) : std::nullopt);
  e.number(at, "rate.gdp-per-capita", {"GDP bình quân đầu người", "GDP per capita"},
           money(a.gdp_per_capita), money(b.gdp_per_capita));
  e.number(at, "rate.gdp", {"GDP", "GDP"}, money(a.gdp), money(b.gdp));
  e.number(at, "rate.population", {"dân số", "population"}, quantity(a.population),
           quantity(b.population));
  e.number(at, "rate.value", {"mức nhập trực tiếp", "direct rate"}, money(a.direct_rate),
           money(b.direct_rate));
  e.text(at, "rate.publisher", {"cơ quan công bố", "publisher"}, a.publisher, b.publisher);
  e.text(at, "rate.source", {"nguồn số liệu", "source"}, a.source, b.source);
}

void diff_rates(Emitter& e, const Dossier& a, const Dossier& b) {
  const Text label{"mức thu nhập", "income rate"};
  for (const IncomeRate& rb : b.rates) {
    Place at;
    at.rate = rb.id;
    if (const IncomeRate* ra = a.find_rate(rb.id))
      diff_rate(e, *ra, rb);
    else
      e.added(at, "rate", label, Text{rb.id, {}});
  }
  for (const IncomeRate& ra : a.rates)
    if (!b.find_rate(ra.id)) {
      Place at;
      at.rate = ra.id;
      e.removed(at, "rate", label, Text{ra.id, {}});
    }
}

void diff_draft(Emitter& e, const Draft& a, const Draft& b) {
  Place title;
  title.input = "title";
  const Place none;
  e.text(title, "title", {"tên dự thảo", "draft title"}, a.title, b.title);
  e.text(none, "document-type", {"loại văn bản", "document type"}, a.document_type,
         b.document_type);
  e.text(none, "drafting-body", {"cơ quan chủ trì soạn thảo", "drafting body"}, a.drafting_body,
         b.drafting_body);
  e.text(none, "stage", {"giai đoạn", "stage"}, std::string(to_id(a.stage)),
         std::string(to_id(b.stage)));
  e.number(none, "calculation-year", {"năm tính toán", "calculation year"},
           Decimal::from_integer(a.calculation_year), Decimal::from_integer(b.calculation_year));
  e.text(none, "notes", {"ghi chú", "notes"}, a.notes, b.notes);
}

} // namespace

std::string_view to_id(ChangeKind kind) {
  switch (kind) {
  case ChangeKind::added:
    return "added";
  case ChangeKind::removed:
    return "removed";
  case ChangeKind::changed:
    break;
  }
  return "changed";
}

std::size_t DossierDiff::input_changes() const {
  return static_cast<std::size_t>(
      std::count_if(changes.begin(), changes.end(), [](const Change& c) { return !c.figure; }));
}
std::size_t DossierDiff::figure_changes() const { return changes.size() - input_changes(); }

DossierDiff diff_dossiers(const Dossier& a, const Dossier& b) {
  DossierDiff d;
  {
    Emitter e{d.changes, {}};
    diff_draft(e, a.draft, b.draft);
    diff_rates(e, a, b);
  }
  const Text label{"thủ tục", "procedure"};
  for (const Procedure& pb : b.procedures) {
    Emitter e{d.changes, pb.id};
    if (const Procedure* pa = a.find_procedure(pb.id))
      diff_procedure(e, *pa, pb);
    else
      e.added({}, "procedure", label, Text{pb.name, {}});
  }
  for (const Procedure& pa : a.procedures)
    if (!b.find_procedure(pa.id)) {
      Emitter e{d.changes, pa.id};
      e.removed({}, "procedure", label, Text{pa.name, {}});
    }
  detail::diff_answers(d.changes, a, b);
  detail::diff_figures(d, a, b);

  // Group: the draft, the new version's procedures, the removed ones; inputs before figures.
  std::map<std::string, std::size_t> rank{{"", 0}};
  for (const Procedure& p : b.procedures)
    rank.emplace(p.id, rank.size());
  for (const Procedure& p : a.procedures)
    rank.emplace(p.id, rank.size());
  auto rank_of = [&](const std::string& id) {
    auto it = rank.find(id);
    return it == rank.end() ? rank.size() : it->second;
  };
  std::stable_sort(d.changes.begin(), d.changes.end(), [&](const Change& x, const Change& y) {
    return std::pair(rank_of(x.procedure_id), x.figure) <
           std::pair(rank_of(y.procedure_id), y.figure);
  });
  std::stable_sort(d.shares.begin(), d.shares.end(),
                   [&](const ProcedureShare& x, const ProcedureShare& y) {
                     return rank_of(x.procedure_id) < rank_of(y.procedure_id);
                   });
  return d;
}

std::string change_text(const Change& c, Language language) {
  const bool en = language == Language::en;
  const std::string empty = en ? "(empty)" : "(trống)";
  auto value = [&](const Text& t) { return t.empty() ? empty : t.in(language); };
  Place where = c.place; // a named input's name is the change's label already
  where.input.clear();
  std::string out = where.text(language);
  if (!out.empty())
    out += " · ";
  switch (c.kind) {
  case ChangeKind::added:
    return out + (en ? "added " : "thêm ") + c.label.in(language) + ": " + value(c.new_value);
  case ChangeKind::removed:
    return out + (en ? "removed " : "bỏ ") + c.label.in(language) + ": " + value(c.old_value);
  case ChangeKind::changed:
    break;
  }
  return out + c.label.in(language) + ": " + value(c.old_value) + " → " + value(c.new_value);
}

} // namespace cptt::review
