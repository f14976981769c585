// Writes a dossier canonically: fixed element order, optional elements omitted when empty.
#include "cptt/atomic_file.h"
#include "cptt/dossier_xml.h"

#include <sstream>

namespace cptt {
namespace {

void add_text(pugi::xml_node parent, const char* name, const std::string& value) {
  parent.append_child(name).text().set(value.c_str());
}

void add_optional_text(pugi::xml_node parent, const char* name, const std::string& value) {
  if (!value.empty())
    add_text(parent, name, value);
}

void add_attribute(pugi::xml_node node, const char* name, std::string_view value) {
  node.append_attribute(name).set_value(std::string(value).c_str());
}

void write_draft(pugi::xml_node parent, const Draft& draft) {
  pugi::xml_node node = parent.append_child("draft");
  add_text(node, "title", draft.title);
  add_optional_text(node, "document-type", draft.document_type);
  add_optional_text(node, "drafting-body", draft.drafting_body);
  add_text(node, "stage", std::string(to_id(draft.stage)));
  const Contact& c = draft.contact;
  if (!c.name.empty() || !c.phone.empty() || !c.email.empty()) {
    pugi::xml_node contact = node.append_child("contact");
    add_optional_text(contact, "name", c.name);
    add_optional_text(contact, "phone", c.phone);
    add_optional_text(contact, "email", c.email);
  }
  add_optional_text(node, "created", draft.created);
  add_optional_text(node, "modified", draft.modified);
  if (draft.calculation_year > 0)
    add_text(node, "calculation-year", std::to_string(draft.calculation_year));
  add_optional_text(node, "notes", draft.notes);
}

void write_rate(pugi::xml_node parent, const IncomeRate& rate) {
  pugi::xml_node node = parent.append_child("rate");
  add_attribute(node, "id", rate.id);
  add_attribute(node, "kind", to_id(rate.kind));
  if (rate.kind == IncomeRate::Kind::derived) {
    add_attribute(node, "year", std::to_string(rate.year));
    if (rate.gdp_per_capita)
      add_text(node, "gdp-per-capita", rate.gdp_per_capita->to_canonical());
    if (rate.gdp)
      add_text(node, "gdp", rate.gdp->to_canonical());
    if (rate.population)
      add_text(node, "population", rate.population->to_canonical());
  } else if (rate.direct_rate) {
    add_text(node, "value", rate.direct_rate->to_canonical());
  }
  add_optional_text(node, "publisher", rate.publisher);
  add_optional_text(node, "source", rate.source);
}

void write_task(pugi::xml_node parent, const Task& task) {
  pugi::xml_node node = parent.append_child("task");
  add_text(node, "name", task.name);
  if (!task.catalogue_ref.empty()) {
    pugi::xml_node c = node.append_child("catalogue");
    add_attribute(c, "ref", task.catalogue_ref);
    if (!task.complexity.empty())
      add_attribute(c, "complexity", task.complexity);
  }
  if (task.norm.kind != NormKind::none) {
    pugi::xml_node n = node.append_child("norm");
    add_attribute(n, "kind", to_id(task.norm.kind));
    if (task.norm.kind == NormKind::travel)
      add_attribute(n, "scope", to_id(task.norm.scope));
    add_attribute(n, "area", to_id(task.norm.area));
    add_attribute(n, "units", task.norm.units.to_canonical());
  }
  add_text(node, "hours", task.hours.to_canonical());
  add_text(node, "services", task.services.to_canonical());
  add_optional_text(node, "services-note", task.services_note);
  if (!task.other_costs.is_zero())
    add_text(node, "other-costs", task.other_costs.to_canonical());
  add_optional_text(node, "evidence", task.evidence);
}

void write_worksheet(pugi::xml_node parent, const Worksheet& w) {
  pugi::xml_node node = parent.append_child("worksheet");
  add_attribute(node, "variant", to_id(w.variant));
  add_attribute(node, "rate", w.rate_id);
  for (const Task& task : w.tasks)
    write_task(node, task);
  for (const Fee& fee : w.fees) {
    pugi::xml_node f = node.append_child("fee");
    add_text(f, "name", fee.name);
    add_text(f, "amount", fee.amount.to_canonical());
    add_optional_text(f, "legal-basis", fee.legal_basis);
  }
  add_text(node, "frequency", w.frequency.to_canonical());
  add_optional_text(node, "frequency-evidence", w.frequency_evidence);
  if (w.one_case || !w.subjects)
    node.append_child("one-case");
  else
    add_text(node, "subjects", w.subjects->to_canonical());
  add_optional_text(node, "subjects-evidence", w.subjects_evidence);
}

void write_procedure(pugi::xml_node parent, const Procedure& p) {
  pugi::xml_node node = parent.append_child("procedure");
  add_attribute(node, "id", p.id);
  add_attribute(node, "kind", to_id(p.kind));
  add_attribute(node, "level", to_id(p.level));
  add_attribute(node, "subject-type", to_id(p.subject_type));
  add_text(node, "name", p.name);
  add_optional_text(node, "code", p.code);
  add_optional_text(node, "field", p.field);
  if (!p.articles.empty()) {
    pugi::xml_node articles = node.append_child("articles");
    for (const std::string& a : p.articles)
      add_text(articles, "article", a);
  }
  add_optional_text(node, "simplification", p.simplification);
  if (p.current && has_current(p.kind))
    write_worksheet(node, *p.current);
  if (p.proposed && has_proposed(p.kind))
    write_worksheet(node, *p.proposed);
}

void write_answers(pugi::xml_node parent, const AnswerSet& set) {
  pugi::xml_node node = parent.append_child("answers");
  add_attribute(node, "form", set.form_id);
  if (!set.procedure_id.empty())
    add_attribute(node, "procedure", set.procedure_id);
  if (!set.instance.empty())
    add_attribute(node, "instance", set.instance);
  if (set.form_version > 1) // absent reads as 1
    add_attribute(node, "form-version", std::to_string(set.form_version));
  for (const Answer& a : set.answers) {
    pugi::xml_node answer = node.append_child("answer");
    add_attribute(answer, "field", a.field);
    add_optional_text(answer, "value", a.value);
    add_optional_text(answer, "reason", a.reason);
    for (const AnswerRow& row : a.rows) {
      pugi::xml_node r = answer.append_child("row");
      for (const AnswerCell& cell : row.cells) {
        pugi::xml_node c = r.append_child("cell");
        add_attribute(c, "column", cell.column);
        c.text().set(cell.value.c_str());
      }
    }
  }
}

void write_content(pugi::xml_node node, const Dossier& dossier) {
  write_draft(node, dossier.draft);
  if (!dossier.rates.empty()) {
    pugi::xml_node rates = node.append_child("rates");
    for (const IncomeRate& rate : dossier.rates)
      write_rate(rates, rate);
  }
  if (!dossier.procedures.empty()) {
    pugi::xml_node procedures = node.append_child("procedures");
    for (const Procedure& p : dossier.procedures)
      write_procedure(procedures, p);
  }
  for (const AnswerSet& set : dossier.answers)
    write_answers(node, set);
}

} // namespace

void append_dossier_element(pugi::xml_node parent, const Dossier& dossier) {
  pugi::xml_node node = parent.append_child("dossier");
  add_attribute(node, "format-version", std::to_string(format_version));
  write_content(node, dossier);
}

std::string document_text(const pugi::xml_document& document) {
  std::ostringstream out;
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

pugi::xml_node start_document(pugi::xml_document& document, const char* name) {
  pugi::xml_node decl = document.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  pugi::xml_node root = document.append_child(name);
  add_attribute(root, "xmlns", xml_namespace);
  add_attribute(root, "format-version", std::to_string(format_version));
  return root;
}

std::string write_dossier(const Dossier& dossier) {
  pugi::xml_document document;
  write_content(start_document(document, "dossier"), dossier);
  return document_text(document);
}

Text save_dossier_file(const Dossier& dossier, const std::string& path) {
  return write_file_atomically(path, write_dossier(dossier));
}

} // namespace cptt
