// cptt: compute, validate and export CPTT dossiers from the command line.
#include "commands.h"

#include <iostream>
#include <string_view>

#if __has_include("forms_command.h")
#include "forms_command.h"
#define CPTT_CLI_HAS_FORMS 1
#endif
#if __has_include("review_command.h")
#include "review_command.h"
#define CPTT_CLI_HAS_REVIEW 1
#endif
#ifdef CPTT_CLI_HAS_DOCUMENT
#include "document_command.h"
#endif

namespace {

void usage(std::ostream& out) {
  out << "Cách dùng / usage:\n"
         "  cptt compute FILE [--json]     tính chi phí tuân thủ / compute the costs\n"
         "  cptt validate FILE [--forms-dir DIR]   kiểm tra hồ sơ và biểu mẫu / check the dossier\n"
         "  cptt export FILE -o REPORT     xuất báo cáo XML / write the XML report\n"
#ifdef CPTT_CLI_HAS_FORMS
         "  cptt forms list [--json]       các biểu mẫu đã nạp / loaded form definitions\n"
#endif
#ifdef CPTT_CLI_HAS_REVIEW
         "  cptt review FILE... [--json] [--csv OUT]   thẩm định báo cáo / review reports\n"
#endif
#ifdef CPTT_CLI_HAS_DOCUMENT
         "  cptt document FILE -o OUT.pdf|OUT.odt      văn bản đánh giá / printable document\n"
#endif
         "  cptt version\n"
         "Mã thoát / exit codes: 0 ok, 1 dữ liệu không hợp lệ / invalid input, 2 sai cách dùng / "
         "usage\n";
}

} // namespace

int main(int argc, char** argv) {
  using namespace cptt::cli;
  if (argc < 2) {
    usage(std::cerr);
    return exit_usage;
  }
  const std::string_view command = argv[1];
  const Args args(argv + 2, argv + argc);
  if (command == "compute")
    return run_compute(args, std::cout, std::cerr);
  if (command == "validate")
    return run_validate(args, std::cout, std::cerr);
  if (command == "export")
    return run_export(args, std::cout, std::cerr);
#ifdef CPTT_CLI_HAS_FORMS
  if (command == "forms")
    return run_forms_command(args, std::cout, std::cerr);
#endif
#ifdef CPTT_CLI_HAS_REVIEW
  if (command == "review")
    return run_review_command(args, std::cout, std::cerr);
#endif
#ifdef CPTT_CLI_HAS_DOCUMENT
  if (command == "document")
    return run_document_command(args, std::cout, std::cerr);
#endif
  if (command == "version" || command == "--version") {
    std::cout << "cptt " << CPTT_VERSION << '\n';
    return exit_ok;
  }
  if (command == "help" || command == "--help" || command == "-h") {
    usage(std::cout);
    return exit_ok;
  }
  std::cerr << "cptt: lệnh không rõ \"" << command << "\" / unknown command\n";
  usage(std::cerr);
  return exit_usage;
}
