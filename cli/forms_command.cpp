// cptt forms list: what a drafter or a ministry needs to see after dropping in a new definition:
// which forms are loaded, in which version, whether they are verified, and why a file was refused.
#include "forms_command.h"
#include "language.h"

#include "text_table.h"

#include "cptt/data_paths.h"
#include "cptt/forms/form_catalog.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <ostream>

namespace cptt::cli {
namespace {

constexpr int ok = 0;
constexpr int invalid = 1;
constexpr int usage_error = 2;

void usage(std::ostream& err) {
  err << tr("cách dùng: ", "usage: ") << "cptt forms list [--json] [--forms-dir DIR]\n";
}

std::string kinds_text(const forms::FormDefinition& f) {
  std::string out;
  for (ProcedureKind k : f.kinds)
    out += (out.empty() ? "" : " ") + std::string(to_id(k));
  return out;
}

nlohmann::json to_json(const forms::FormCatalog& catalog) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& f : catalog.forms()) {
    nlohmann::json kinds = nlohmann::json::array();
    for (ProcedureKind k : f->kinds)
      kinds.push_back(std::string(to_id(k)));
    list.push_back({{"id", f->id},
                    {"generation", f->generation},
                    {"code", f->code},
                    {"version", f->version},
                    {"verified", f->verified},
                    {"role", std::string(to_id(f->role))},
                    {"scope", std::string(to_id(f->scope))},
                    {"stage", std::string(to_id(f->stage))},
                    {"kinds", kinds},
                    {"title", {{"vi", f->title.vi}, {"en", f->title.en}}},
                    {"file", f->file}});
  }
  nlohmann::json errors = nlohmann::json::array();
  for (const LoadResult& e : catalog.errors())
    errors.push_back({{"file", e.file},
                      {"line", e.line},
                      {"column", e.column},
                      {"message", e.message.in(language())}});
  return {{"forms", list}, {"errors", errors}};
}

} // namespace

int run_forms_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty() || args[0] != "list") {
    usage(err);
    return usage_error;
  }
  bool json = false;
  std::string folder = data_paths().forms;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--json") {
      json = true;
    } else if (args[i] == "--forms-dir" && i + 1 < args.size()) {
      folder = args[++i];
    } else {
      usage(err);
      return usage_error;
    }
  }
  forms::FormCatalog catalog = forms::FormCatalog::load_folder(folder);
  if (json) {
    out << to_json(catalog).dump(2) << '\n';
  } else {
    using Align = TextTable::Align;
    TextTable table({{"id", Align::left},
                     {tr("thế hệ", "generation"), Align::left},
                     {tr("mã", "code"), Align::left},
                     {tr("phiên bản", "version"), Align::right},
                     {tr("đã đối chiếu", "verified"), Align::left},
                     {tr("loại thủ tục", "kinds"), Align::left}});
    for (const auto& f : catalog.forms())
      table.add_row({f->id, f->generation, f->code, std::to_string(f->version),
                     f->verified ? tr("có", "yes") : tr("chưa", "no"), kinds_text(*f)});
    table.print(out);
  }
  for (const LoadResult& e : catalog.errors())
    err << describe(e) << '\n';
  err << "cptt forms: " << catalog.forms().size() << tr(" biểu mẫu, ", " forms loaded, ")
      << catalog.errors().size() << tr(" lỗi (", " errors (") << folder << ")\n";
  return catalog.errors().empty() ? ok : invalid;
}

} // namespace cptt::cli
