#include "cptt/forms/bindings.h"

#include <algorithm>
#include <array>
#include <exception>

namespace cptt::forms {
namespace {

struct SourceEntry {
  std::string_view name;
  BindingInfo info;
};

constexpr std::array<SourceEntry, 27> sources{{
    {"draft.title", {false, false}},
    {"draft.drafting-body", {false, false}},
    {"draft.document-type", {false, false}},
    {"procedure.name", {false, true}},
    {"procedure.code", {false, true}},
    {"procedure.field", {false, true}},
    {"procedure.articles", {false, true}},
    {"procedure.simplification", {false, true}},
    {"procedure.assessment-summary", {false, true}},
    {"procedure.kind", {true, true}},
    {"procedure.kind-label", {true, true}},
    {"procedure.before", {true, true}},
    {"procedure.after", {true, true}},
    {"procedure.saving", {true, true}},
    {"procedure.reduction-percent", {true, true}},
    {"count.procedures", {true, false}},
    {"count.new", {true, false}},
    {"count.amended", {true, false}},
    {"count.detailed", {true, false}},
    {"count.abolished", {true, false}},
    {"total.before", {true, false}},
    {"total.after", {true, false}},
    {"total.net-change", {true, false}},
    {"total.added-by-new", {true, false}},
    {"total.saved-by-amendments", {true, false}},
    {"total.saved-by-abolitions", {true, false}},
    {"total.reduction-percent", {true, false}},
}};

std::string join_articles(const std::vector<std::string>& articles) {
  std::string out;
  for (const std::string& a : articles) {
    if (!out.empty())
      out += "; ";
    out += a;
  }
  return out;
}

std::string percent_text(const std::optional<Decimal>& p) { return p ? p->to_fixed(2) : ""; }

} // namespace

std::optional<BindingInfo> binding_info(std::string_view source) {
  for (const SourceEntry& e : sources)
    if (e.name == source)
      return e.info;
  return std::nullopt;
}

const std::vector<std::string_view>& binding_sources() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> v;
    v.reserve(sources.size());
    for (const SourceEntry& e : sources)
      v.push_back(e.name);
    return v;
  }();
  return names;
}

const ProcedureResult* Bindings::procedure_result(const Procedure& procedure) const {
  // compute() keeps the dossier's order, so the procedure's position finds its figures.
  if (computed_ && computed_->procedures.size() == dossier_->procedures.size()) {
    const auto i = static_cast<std::size_t>(&procedure - dossier_->procedures.data());
    if (i < computed_->procedures.size() && computed_->procedures[i].id == procedure.id)
      return &computed_->procedures[i];
  }
  auto [it, inserted] = results_.try_emplace(procedure.id);
  if (inserted) {
    try {
      it->second = compute_procedure(procedure, *dossier_);
    } catch (const std::exception&) {
      it->second.reset(); // reported by validation; the figure stays empty here
    }
  }
  return it->second ? &*it->second : nullptr;
}

const DossierTotals* Bindings::totals() const {
  if (computed_)
    return &computed_->totals;
  if (!totals_) {
    try {
      totals_ = std::optional<DossierTotals>(compute(*dossier_).totals);
    } catch (const std::exception&) {
      totals_ = std::optional<DossierTotals>();
    }
  }
  return *totals_ ? &**totals_ : nullptr;
}

std::string Bindings::value(std::string_view source, const Procedure* p) const {
  if (!dossier_)
    return {};
  const Draft& draft = dossier_->draft;
  if (source == "draft.title")
    return draft.title;
  if (source == "draft.drafting-body")
    return draft.drafting_body;
  if (source == "draft.document-type")
    return draft.document_type;
  if (source.starts_with("count.")) {
    std::string_view what = source.substr(6);
    std::size_t n = 0;
    for (const Procedure& q : dossier_->procedures)
      if (what == "procedures" || to_id(q.kind) == what)
        ++n;
    return std::to_string(n);
  }
  if (source.starts_with("total.")) {
    const DossierTotals* t = totals();
    if (!t)
      return {};
    std::string_view what = source.substr(6);
    if (what == "before")
      return t->before.to_canonical();
    if (what == "after")
      return t->after.to_canonical();
    if (what == "net-change")
      return t->net_change.to_canonical();
    if (what == "added-by-new")
      return t->added_by_new.to_canonical();
    if (what == "saved-by-amendments")
      return t->saved_by_amendments.to_canonical();
    if (what == "saved-by-abolitions")
      return t->saved_by_abolitions.to_canonical();
    if (what == "reduction-percent")
      return percent_text(t->reduction_percent);
    return {};
  }
  if (!p || !source.starts_with("procedure."))
    return {};
  std::string_view what = source.substr(10);
  if (what == "name")
    return p->name;
  if (what == "code")
    return p->code;
  if (what == "field")
    return p->field;
  if (what == "articles")
    return join_articles(p->articles);
  if (what == "simplification")
    return p->simplification;
  if (what == "assessment-summary")
    return {}; // composed from another form's answers: assessment_summary.h, not a default here
  if (what == "kind")
    return std::string(to_id(p->kind));
  if (what == "kind-label")
    return std::string(label_vi(p->kind));
  const ProcedureResult* r = procedure_result(*p);
  if (!r)
    return {};
  if (what == "before")
    return r->before.to_canonical();
  if (what == "after")
    return r->after.to_canonical();
  if (what == "saving")
    return r->saving.to_canonical();
  if (what == "reduction-percent")
    return percent_text(r->reduction_percent);
  return {};
}

} // namespace cptt::forms
