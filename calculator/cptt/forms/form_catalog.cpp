#include "cptt/forms/form_catalog.h"

#include "cptt/forms/form_reader.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>

namespace cptt::forms {
namespace {

int role_rank(FormRole role) {
  switch (role) {
  case FormRole::assessment:
    return 0;
  case FormRole::worksheet:
    return 1;
  case FormRole::attachment:
    return 2;
  case FormRole::summary:
    return 3;
  }
  return 4;
}

void sort_by_role(std::vector<const FormDefinition*>& forms) {
  std::stable_sort(forms.begin(), forms.end(),
                   [](const FormDefinition* a, const FormDefinition* b) {
                     return role_rank(a->role) < role_rank(b->role);
                   });
}

} // namespace

FormCatalog FormCatalog::load_folder(const std::string& folder) {
  FormCatalog catalog;
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  fs::directory_iterator it(folder, ec);
  if (ec) {
    catalog.errors_.push_back({LoadStatus::io_error,
                               folder,
                               0,
                               0,
                               {"không đọc được thư mục biểu mẫu: " + ec.message(),
                                "cannot read the forms folder: " + ec.message()}});
    return catalog;
  }
  for (const fs::directory_entry& entry : it)
    if (entry.is_regular_file(ec) && entry.path().extension() == ".xml")
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    FormLoad load = load_form_file(file.string());
    if (!load.result)
      catalog.errors_.push_back(load.result);
    else
      catalog.add(std::move(load.form));
  }
  return catalog;
}

bool FormCatalog::add(std::shared_ptr<const FormDefinition> form) {
  if (const FormDefinition* other = find(form->id)) {
    errors_.push_back({LoadStatus::invalid_content,
                       form->file,
                       1,
                       1,
                       {"mã biểu mẫu \"" + form->id + "\" đã có trong " + other->file +
                            "; tệp này không được dùng",
                        "form id \"" + form->id + "\" is already used by " + other->file +
                            "; this file is not used"}});
    return false;
  }
  forms_.push_back(std::move(form));
  return true;
}

const FormDefinition* FormCatalog::find(std::string_view id) const {
  for (const auto& f : forms_)
    if (f->id == id)
      return f.get();
  return nullptr;
}

std::vector<std::string> FormCatalog::generations() const {
  // A generation's latest date (valid-from or valid-until) orders it; undated ones come last.
  std::map<std::string, std::string> latest;
  for (const auto& f : forms_) {
    std::string& date = latest[f->generation];
    date = std::max({date, f->valid_from, f->valid_until});
  }
  std::vector<std::pair<std::string, std::string>> order(latest.begin(), latest.end());
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> out;
  out.reserve(order.size());
  for (auto& [generation, date] : order)
    out.push_back(generation);
  return out;
}

std::string FormCatalog::default_generation() const {
  std::vector<std::string> all = generations();
  return all.empty() ? std::string() : all.front();
}

std::vector<const FormDefinition*> FormCatalog::forms_for(Stage stage, ProcedureKind kind,
                                                          std::string_view generation) const {
  std::vector<const FormDefinition*> own, draft;
  for (const auto& f : forms_) {
    if (f->generation != generation || f->stage != stage || !f->applies_to(kind))
      continue;
    (f->scope == FormScope::procedure ? own : draft).push_back(f.get());
  }
  sort_by_role(own);
  sort_by_role(draft);
  own.insert(own.end(), draft.begin(), draft.end());
  return own;
}

std::vector<const FormDefinition*> FormCatalog::required_for(Stage stage, ProcedureKind kind,
                                                             std::string_view generation) const {
  std::vector<const FormDefinition*> out;
  for (const auto& f : forms_)
    if (f->generation == generation && f->stage == stage && f->applies_to(kind) &&
        f->scope == FormScope::procedure && f->role == FormRole::assessment)
      out.push_back(f.get());
  return out;
}

std::vector<const FormDefinition*> FormCatalog::draft_forms(Stage stage,
                                                            std::string_view generation) const {
  std::vector<const FormDefinition*> out;
  for (const auto& f : forms_)
    if (f->generation == generation && f->stage == stage && f->scope == FormScope::draft)
      out.push_back(f.get());
  sort_by_role(out);
  return out;
}

} // namespace cptt::forms
