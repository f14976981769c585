#include "cptt/forms/dossier_forms.h"

#include <algorithm>
#include <unordered_set>

namespace cptt::forms {
namespace {

bool counts_for_generation(const FormDefinition& f) {
  return f.role == FormRole::assessment || f.role == FormRole::summary;
}

FormFinding finding_for(FindingKind kind, const FormDefinition* form, std::string procedure_id) {
  FormFinding f = make_finding(kind);
  f.procedure_id = std::move(procedure_id);
  if (form) {
    f.form_id = form->id;
    f.form_code = form->display_code();
    f.label = form->title;
  }
  return f;
}

// Which (form, procedure) pairs have answers: one pass, then constant-time look-ups.
class AnsweredForms {
public:
  explicit AnsweredForms(const Dossier& d) {
    for (const AnswerSet& s : d.answers)
      keys_.insert(key(s.form_id, s.procedure_id));
  }
  bool has(const std::string& form_id, const std::string& procedure_id) const {
    return keys_.count(key(form_id, procedure_id)) != 0;
  }

private:
  static std::string key(const std::string& form, const std::string& procedure) {
    return form + '\x1f' + procedure;
  }
  std::unordered_set<std::string> keys_;
};

bool any_procedure_of(const Dossier& d, const FormDefinition& form) {
  return std::any_of(d.procedures.begin(), d.procedures.end(),
                     [&](const Procedure& p) { return form.applies_to(p.kind); });
}

} // namespace

std::string dossier_generation(const Dossier& dossier, const FormCatalog& catalog) {
  for (const AnswerSet& set : dossier.answers)
    if (const FormDefinition* f = catalog.find(set.form_id); f && counts_for_generation(*f))
      return f->generation;
  return catalog.default_generation();
}

const FormDefinition* assessment_form(const FormCatalog& catalog, const Dossier& dossier,
                                      const Procedure& procedure) {
  if (catalog.forms().empty())
    return nullptr;
  const std::string generation = dossier_generation(dossier, catalog);
  for (const FormDefinition* f : catalog.forms_for(dossier.draft.stage, procedure.kind, generation))
    if (f->role == FormRole::assessment && f->scope == FormScope::procedure)
      return f;
  return nullptr;
}

std::optional<FormEvaluation> evaluate_assessment(const FormCatalog& catalog,
                                                  const Dossier& dossier,
                                                  const Procedure& procedure) {
  const FormDefinition* form = assessment_form(catalog, dossier, procedure);
  if (!form)
    return std::nullopt;
  const AnswerSet no_answers;
  const AnswerSet* set = &no_answers;
  for (const AnswerSet& s : dossier.answers)
    if (s.form_id == form->id && s.procedure_id == procedure.id && s.instance.empty())
      set = &s;
  return evaluate(*form, *set, EvaluationContext{&dossier, &procedure});
}

std::vector<FormFinding> check_dossier_forms(const Dossier& dossier, const FormCatalog& catalog,
                                             const DossierFormsOptions& options) {
  DossierFormsCheck check(catalog, options);
  check.reset(dossier);
  return check.findings();
}

DossierFormsCheck::DossierFormsCheck(const FormCatalog& catalog, DossierFormsOptions options)
    : catalog_(catalog), options_(std::move(options)) {}

void DossierFormsCheck::reset(const Dossier& d, const DossierResult* computed) {
  computed_ = computed;
  struct Forget {
    const DossierResult*& computed;
    ~Forget() { computed = nullptr; }
  } forget{computed_};
  head_.clear();
  sets_.clear();
  tail_.clear();
  totals_ = {};
  generation_ = options_.generation.empty() ? dossier_generation(d, catalog_) : options_.generation;

  // Mixed generations: named once, with the generations found.
  std::vector<std::string> seen;
  for (const AnswerSet& set : d.answers)
    if (const FormDefinition* f = catalog_.find(set.form_id); f && counts_for_generation(*f))
      if (std::find(seen.begin(), seen.end(), f->generation) == seen.end())
        seen.push_back(f->generation);
  if (seen.size() > 1) {
    FormFinding f = finding_for(FindingKind::mixed_generations, nullptr, "");
    std::string list;
    for (const std::string& g : seen)
      list += (list.empty() ? "" : ", ") + g;
    f.args = {arg("generations", list), arg("generation", generation_)};
    head_.push_back(std::move(f));
  }

  const AnsweredForms answered(d);
  for (const Procedure& p : d.procedures)
    for (const FormDefinition* form : catalog_.required_for(d.draft.stage, p.kind, generation_))
      if (!answered.has(form->id, p.id)) {
        FormFinding f = finding_for(FindingKind::missing_form, form, p.id);
        f.args = {arg("name", p.name), arg_kind("kind", p.kind), arg("form", form->display_code())};
        f.location = p.location;
        head_.push_back(std::move(f));
      }
  for (const FormDefinition* form : catalog_.draft_forms(d.draft.stage, generation_))
    if (form->role == FormRole::assessment && any_procedure_of(d, *form) &&
        !answered.has(form->id, "")) {
      FormFinding f = finding_for(FindingKind::missing_form, form, "");
      f.variant = "draft";
      f.args = {arg("form", form->display_code())};
      head_.push_back(std::move(f));
    }
  add_counts(head_, 1);

  for (std::size_t i = 0; i < d.answers.size(); ++i) {
    sets_.emplace_back();
    replace(i, evaluate_set(d, i));
  }
  rebuild_implicit(d);

  // One note per form in use that awaits confirmation against the official text.
  std::vector<const FormDefinition*> used;
  for (const Entry& e : sets_)
    if (e.evaluation)
      used.push_back(e.evaluation->form);
  for (const FormEvaluation& e : implicit_)
    used.push_back(e.form);
  std::vector<std::string> noted;
  for (const FormDefinition* form : used) {
    if (form->verified || std::find(noted.begin(), noted.end(), form->id) != noted.end())
      continue;
    noted.push_back(form->id);
    FormFinding f = finding_for(FindingKind::unverified_form, form, "");
    f.args = {arg("form", form->display_code()), arg("generation", form->generation)};
    tail_.push_back(std::move(f));
  }
  add_counts(tail_, 1);
}

void DossierFormsCheck::rebuild_implicit(const Dossier& d) {
  for (const FormEvaluation& e : implicit_)
    add_counts(e.findings, -1);
  implicit_.clear();
  implicit_answers_.clear();
  for (const FormDefinition* form : catalog_.draft_forms(d.draft.stage, generation_))
    if (form->role == FormRole::summary && !d.procedures.empty() &&
        !AnsweredForms(d).has(form->id, "")) {
      AnswerSet empty;
      empty.form_id = form->id;
      implicit_answers_.push_back(std::move(empty));
    }
  implicit_.reserve(implicit_answers_.size());
  for (const AnswerSet& set : implicit_answers_) {
    implicit_.push_back(evaluate(*catalog_.find(set.form_id), set, {&d, nullptr, computed_}));
    add_counts(implicit_.back().findings, 1);
  }
}

DossierFormsCheck::Entry DossierFormsCheck::evaluate_set(const Dossier& d, std::size_t i) const {
  Entry e;
  const AnswerSet& set = d.answers[i];
  const FormDefinition* form = catalog_.find(set.form_id);
  auto set_finding = [&](FindingKind kind, std::vector<Arg> args) {
    FormFinding f = finding_for(kind, form, set.procedure_id);
    if (!form)
      f.form_id = f.form_code = set.form_id;
    f.instance = set.instance;
    f.args = std::move(args);
    f.location = set.location;
    e.findings.push_back(std::move(f));
  };
  if (!form) {
    set_finding(FindingKind::unknown_form, {arg("form", set.form_id)});
    return e;
  }
  const Procedure* p = nullptr;
  if (!set.procedure_id.empty()) {
    p = d.find_procedure(set.procedure_id);
    if (!p) {
      set_finding(FindingKind::unknown_procedure, {arg("procedure", set.procedure_id)});
      return e;
    }
  }
  if (form->scope == FormScope::procedure && !p) {
    set_finding(FindingKind::missing_procedure, {});
    return e;
  }
  if (form->scope == FormScope::procedure && !form->applies_to(p->kind))
    set_finding(FindingKind::form_not_applicable,
                {arg("form", form->display_code()), arg_kind("kind", p->kind)});
  e.evaluation = evaluate(*form, set, {&d, p, computed_});
  e.findings.insert(e.findings.end(), e.evaluation->findings.begin(), e.evaluation->findings.end());
  return e;
}

void DossierFormsCheck::replace(std::size_t i, Entry entry) {
  add_counts(sets_[i].findings, -1);
  sets_[i] = std::move(entry);
  add_counts(sets_[i].findings, 1);
}

void DossierFormsCheck::add_counts(const std::vector<FormFinding>& findings, int sign) {
  for (const FormFinding& f : findings) {
    std::size_t& n = totals_[static_cast<std::size_t>(f.severity)];
    n = sign > 0 ? n + 1 : n - 1;
  }
}

void DossierFormsCheck::answers_changed(const Dossier& d, std::size_t i) {
  if (i >= sets_.size() || i >= d.answers.size())
    return reset(d);
  replace(i, evaluate_set(d, i));
}

void DossierFormsCheck::procedure_changed(const Dossier& d, std::string_view procedure_id) {
  if (sets_.size() != d.answers.size())
    return reset(d);
  for (std::size_t i = 0; i < d.answers.size(); ++i) {
    const AnswerSet& set = d.answers[i];
    const FormDefinition* form = catalog_.find(set.form_id);
    if (set.procedure_id == procedure_id || (form && form->scope == FormScope::draft))
      replace(i, evaluate_set(d, i));
  }
  rebuild_implicit(d);
}

const FormEvaluation* DossierFormsCheck::evaluation(std::size_t i) const {
  return i < sets_.size() && sets_[i].evaluation ? &*sets_[i].evaluation : nullptr;
}

const FormEvaluation* DossierFormsCheck::assessment_of(const Dossier& d,
                                                       std::string_view procedure_id) const {
  for (std::size_t i = 0; i < sets_.size() && i < d.answers.size(); ++i)
    if (d.answers[i].procedure_id == procedure_id && sets_[i].evaluation &&
        sets_[i].evaluation->form->role == FormRole::assessment)
      return &*sets_[i].evaluation;
  return nullptr;
}

std::vector<FormFinding> DossierFormsCheck::findings() const {
  std::vector<FormFinding> out = head_;
  for (const Entry& e : sets_)
    out.insert(out.end(), e.findings.begin(), e.findings.end());
  for (const FormEvaluation& e : implicit_)
    out.insert(out.end(), e.findings.begin(), e.findings.end());
  out.insert(out.end(), tail_.begin(), tail_.end());
  return out;
}

} // namespace cptt::forms
