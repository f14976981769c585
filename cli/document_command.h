#pragma once
// cptt document FILE -o OUT.pdf|OUT.odt: the printable assessment document of a dossier (summary
// 01/ĐGTĐ-BC, then per procedure its filled form, cost worksheet and contact block). Only in
// builds with Qt (CPTT_BUILD_APP), where cptt_render (render/) is built.
#include <iosfwd>
#include <string>
#include <vector>

namespace cptt::cli {

// 0 written, 1 invalid input (message on `err`), 2 usage.
int run_document_command(const std::vector<std::string>& args, std::ostream& out,
                         std::ostream& err);

} // namespace cptt::cli
