#include "cptt/review/place_names.h"

#include <string>
#include <utility>

namespace cptt::review {

namespace {

using forms::FormDefinition;

Text both(std::string vi, std::string en) { return Text{std::move(vi), std::move(en)}; }
Text plain(std::string value) { return Text{std::move(value), {}}; }

// "Mẫu 03/ĐGTĐ-QĐCT/SĐBS" as offices name a form; a form without a code by its title.
Text form_part(const FormDefinition& form) {
  if (!form.code.empty())
    return both("Mẫu " + form.code, "Form " + form.code);
  return form.title.empty() ? plain(form.id) : form.title;
}

// A place at the form itself says which form that is: its code and its title.
Text form_with_title(const FormDefinition& form) {
  if (form.code.empty() || form.title.empty())
    return form_part(form);
  return form_part(form) + ": " + form.title;
}

Text section_part(const forms::Section& section) {
  const Text title = section.title.empty() ? plain(section.id) : section.title;
  return section.number.empty() ? title : section.number + ". " + title;
}

Text field_part(const forms::Field& field) {
  Text label = field.label.empty() ? plain(field.id) : field.label;
  if (field.number.empty())
    return label;
  return both("Câu " + field.number + ": ", "Question " + field.number + ": ") + label;
}

Text worksheet_part(Worksheet::Variant variant, const Procedure* procedure) {
  if (variant == Worksheet::Variant::current)
    return both("Bảng tính hiện hành", "Current worksheet");
  // A new procedure has no current cost: its one worksheet is its cost.
  if (procedure && procedure->kind == ProcedureKind::new_procedure)
    return both("Bảng tính chi phí", "Cost worksheet");
  return both("Bảng tính đề xuất", "Proposed worksheet");
}

Text task_part(int number, const Task* task) {
  const std::string n = std::to_string(number);
  const Text out = both("công việc " + n, "task " + n);
  return task && !task->name.empty() ? out + ": " + task->name : out;
}

const Task* task_of(const Procedure* procedure, const std::optional<Worksheet::Variant>& variant,
                    int number) {
  if (!procedure || !variant || number < 1)
    return nullptr;
  const std::optional<Worksheet>& sheet =
      *variant == Worksheet::Variant::current ? procedure->current : procedure->proposed;
  if (!sheet || static_cast<std::size_t>(number) > sheet->tasks.size())
    return nullptr;
  return &sheet->tasks[static_cast<std::size_t>(number) - 1];
}

// The id after a key's block path ("policy/2/necessity" → "necessity").
std::string_view own_id(std::string_view key) {
  const std::size_t slash = key.rfind('/');
  return slash == std::string_view::npos ? key : key.substr(slash + 1);
}

// The block instances of a key's path ("policy/2/necessity" → "Chính sách 2"), one part each.
void block_parts(const FormDefinition& form, std::string_view key, std::vector<Text>& out) {
  std::size_t at = 0;
  while (true) {
    const std::size_t end = key.find('/', at);
    const std::size_t token_end = end == std::string_view::npos ? end : key.find('/', end + 1);
    if (token_end == std::string_view::npos)
      return;
    const std::string_view block = key.substr(at, end - at);
    const std::string token(key.substr(end + 1, token_end - end - 1));
    const std::size_t index = form.block_index(block);
    const Text title = index == forms::no_index || form.blocks[index].title.empty()
                           ? plain(std::string(block))
                           : form.blocks[index].title;
    out.push_back(title + " " + token);
    at = token_end + 1;
  }
}

// The form's parts of an anchor: the form, its section (also when only the question is given)
// and the question; ids for what the catalogue does not have.
void form_parts(const CommentAnchor& a, const forms::FormCatalog* catalog, std::vector<Text>& out) {
  const FormDefinition* form = catalog && !a.form_id.empty() ? catalog->find(a.form_id) : nullptr;
  if (!a.form_id.empty())
    out.push_back(!form ? both("biểu mẫu " + a.form_id, "form " + a.form_id)
                  : a.section.empty() && a.field.empty() ? form_with_title(*form)
                                                         : form_part(*form));
  const forms::Field* field =
      form && !a.field.empty() ? form->find_field(own_id(a.field)) : nullptr;
  const forms::Section* section =
      form && !a.section.empty() ? form->find_section(own_id(a.section)) : nullptr;
  if (!section && a.section.empty() && field && field->section != forms::no_index)
    section = &form->sections[field->section];
  if (form)
    block_parts(*form, a.section.empty() ? a.field : a.section, out);
  if (section)
    out.push_back(section_part(*section));
  else if (!a.section.empty())
    out.push_back(both("mục " + a.section, "section " + a.section));
  if (field)
    out.push_back(field_part(*field));
  else if (!a.field.empty())
    out.push_back(plain(a.field));
}

void worksheet_places(const Procedure& p, Worksheet::Variant variant,
                      std::vector<CommentPlace>& out) {
  const std::optional<Worksheet>& sheet =
      variant == Worksheet::Variant::current ? p.current : p.proposed;
  if (!sheet)
    return;
  CommentAnchor at;
  at.procedure_id = p.id;
  at.worksheet = variant;
  const Text title = worksheet_part(variant, &p);
  out.push_back({title, 1, at});
  for (std::size_t i = 0; i < sheet->tasks.size(); ++i) {
    at.task = static_cast<int>(i + 1);
    out.push_back({title + " · " + task_part(at.task, &sheet->tasks[i]), 2, at});
  }
}

} // namespace

Text procedure_place(std::string_view procedure_id, const Dossier* dossier) {
  const std::string id(procedure_id);
  const Procedure* p = dossier ? dossier->find_procedure(id) : nullptr;
  if (!p || p->name.empty())
    return both("Thủ tục " + id, "Procedure " + id);
  return both("Thủ tục " + id + ": " + p->name, "Procedure " + id + ": " + p->name);
}

namespace {

// The parts of a place inside its procedure: form, section, question, worksheet, task row.
std::vector<Text> parts_within(const CommentAnchor& a, const Dossier* dossier,
                               const forms::FormCatalog* catalog) {
  std::vector<Text> parts;
  const Procedure* p =
      dossier && !a.procedure_id.empty() ? dossier->find_procedure(a.procedure_id) : nullptr;
  form_parts(a, catalog, parts);
  if (a.worksheet)
    parts.push_back(worksheet_part(*a.worksheet, p));
  if (a.task > 0)
    parts.push_back(task_part(a.task, task_of(p, a.worksheet, a.task)));
  return parts;
}

Text joined(const std::vector<Text>& parts) {
  Text out = parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i)
    out = out + " · " + parts[i];
  return out;
}

} // namespace

Text place_name(const CommentAnchor& a, const Dossier* dossier, const forms::FormCatalog* catalog) {
  std::vector<Text> parts = parts_within(a, dossier, catalog);
  if (!a.procedure_id.empty())
    parts.insert(parts.begin(), procedure_place(a.procedure_id, dossier));
  if (parts.empty())
    return both("Toàn bộ dự thảo", "The whole draft");
  return joined(parts);
}

Text place_within_procedure(const CommentAnchor& a, const Dossier* dossier,
                            const forms::FormCatalog* catalog) {
  const std::vector<Text> parts = parts_within(a, dossier, catalog);
  if (parts.empty())
    return a.procedure_id.empty() ? both("Toàn bộ dự thảo", "The whole draft")
                                  : both("Cả thủ tục", "The whole procedure");
  return joined(parts);
}

std::vector<CommentPlace> comment_places(const Procedure& p,
                                         const forms::FormEvaluation* assessment) {
  std::vector<CommentPlace> out;
  CommentAnchor whole;
  whole.procedure_id = p.id;
  out.push_back({p.name.empty() ? both("Cả thủ tục " + p.id, "Whole procedure " + p.id)
                                : both("Cả thủ tục: " + p.name, "Whole procedure: " + p.name),
                 0, whole});
  if (assessment && assessment->form) {
    const FormDefinition& form = *assessment->form;
    for (const forms::SectionState& ss : assessment->sections) {
      CommentAnchor at = whole;
      at.form_id = form.id;
      at.section = ss.key;
      out.push_back({form_part(form) + " · " + section_part(form.sections[ss.section]), 1, at});
      for (std::size_t f : ss.fields) {
        const forms::FieldState& fs = assessment->fields[f];
        if (!fs.visible)
          continue;
        at.field = fs.key;
        out.push_back({field_part(form.fields[fs.field]), 2, at});
      }
    }
  }
  worksheet_places(p, Worksheet::Variant::current, out);
  worksheet_places(p, Worksheet::Variant::proposed, out);
  return out;
}

} // namespace cptt::review
