// cptt document FILE -o OUT.pdf|OUT.odt|OUT.docx [--forms-dir DIR] [--generation GEN]: writes the
// printable assessment document. Works without a display (a GuiSession on the offscreen platform);
// the DOCX is LibreOffice's conversion of the ODT (render/office_conversion.h).
#include "document_command.h"
#include "language.h"

#include "cptt_render.h"

#include "cptt/data_paths.h"
#include "cptt/dossier_xml.h"

#include <cstdlib>
#include <ostream>

namespace cptt::cli {

namespace {

constexpr int ok = 0;
constexpr int invalid = 1;
constexpr int usage_error = 2;

int usage(std::ostream& err) {
  err << tr("cách dùng: ", "usage: ")
      << "cptt document FILE -o OUT.pdf|OUT.odt|OUT.docx [--forms-dir DIR] "
         "[--generation GEN]\n";
  return usage_error;
}

} // namespace

int run_document_command(const std::vector<std::string>& args, std::ostream& out,
                         std::ostream& err) {
  std::string file, output, forms = data_paths().forms, generation;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const bool has_value = i + 1 < args.size();
    if ((args[i] == "-o" || args[i] == "--output") && has_value)
      output = args[++i];
    else if (args[i] == "--forms-dir" && has_value)
      forms = args[++i];
    else if (args[i] == "--generation" && has_value)
      generation = args[++i];
    else if (file.empty() && !args[i].starts_with("-"))
      file = args[i];
    else
      return usage(err);
  }
  render::Format format;
  if (file.empty() || output.empty() || !render::format_from_path(output, format))
    return usage(err);

  DossierLoad load = load_dossier_file(file);
  if (!load.result) {
    err << describe(load.result) << '\n';
    return invalid;
  }
  render::GuiSession session;
  const Text error = render::write_assessment_document(load.dossier, forms, output, {generation});
  if (!error.empty()) {
    err << file << ": " << text(error) << '\n';
    return invalid;
  }
  out << tr("Đã ghi văn bản: ", "Document written: ") << output << '\n';
  return ok;
}

} // namespace cptt::cli
