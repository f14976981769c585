// cptt: compute, validate and export CPTT dossiers from the command line.
#include "commands.h"
#include "forms_command.h"
#include "language.h"
#include "respond_command.h"
#include "review_command.h"

#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#ifdef CPTT_CLI_HAS_DOCUMENT
#include "document_command.h"
#endif

namespace {

using cptt::cli::tr;

void usage(std::ostream& out) {
  out << tr("Cách dùng:\n", "Usage:\n") << "  cptt [--lang vi|en] COMMAND ...\n"
      << "  cptt compute FILE [--json]     " << tr("tính chi phí tuân thủ", "compute the costs")
      << "\n  cptt validate FILE [--forms-dir DIR] [--data-dir DIR]   "
      << tr("kiểm tra hồ sơ như khi thẩm định", "check the dossier as the review will")
      << "\n  cptt export FILE -o REPORT     " << tr("xuất báo cáo XML", "write the XML report")
      << "\n  cptt findings [--json]         "
      << tr("danh mục mã phát hiện", "the catalogue of finding codes")
      << "\n  cptt diff OLD NEW [--json] [--html OUT]   "
      << tr("những gì đã thay đổi giữa hai báo cáo (mã thoát 3: có thay đổi)",
            "what changed between two reports (exit 3: changes listed)")
      << '\n'
      << "  cptt forms list [--json]       " << tr("các biểu mẫu đã nạp", "loaded form definitions")
      << '\n'
      << "  cptt review FILE... [--json] [--csv OUT]   "
      << tr("thẩm định báo cáo", "review reports") << '\n'
      << "  cptt verify FILE... [--trust DIR] [--crl FILE] [--json]   "
      << tr("ai đã ký báo cáo hoặc bản thẩm định", "who signed a report or a review") << '\n'
      << "  cptt respond REVIEW RESPONSE [--old OLD] [--report NEW] [--json] [--table OUT]   "
      << tr("kiểm tra bản tiếp thu, giải trình ý kiến thẩm định",
            "check the drafter's answers to a review")
      << '\n'
#ifdef CPTT_CLI_HAS_DOCUMENT
      << "  cptt document FILE -o OUT.pdf|.odt|.docx   "
      << tr("văn bản đánh giá", "printable document") << '\n'
#endif
      << "  cptt version\n"
      << tr("Mã thoát: 0 ok, 1 dữ liệu không hợp lệ, 2 sai cách dùng\n",
            "Exit codes: 0 ok, 1 invalid input, 2 usage\n");
}

} // namespace

int main(int argc, char** argv) {
  using namespace cptt::cli;
  current_language() = language_from_locale();
  std::vector<std::string> all(argv + 1, argv + argc);
  // --lang vi|en, anywhere on the line (--lang=en too).
  for (std::size_t i = 0; i < all.size();) {
    std::string value;
    std::size_t taken = 0;
    if (all[i] == "--lang" && i + 1 < all.size()) {
      value = all[i + 1];
      taken = 2;
    } else if (all[i].starts_with("--lang=")) {
      value = all[i].substr(7);
      taken = 1;
    }
    if (taken == 0) {
      ++i;
      continue;
    }
    if (!cptt::from_id(value, current_language())) {
      std::cerr << "cptt: --lang vi|en\n";
      return exit_usage;
    }
    all.erase(all.begin() + static_cast<std::ptrdiff_t>(i),
              all.begin() + static_cast<std::ptrdiff_t>(i + taken));
  }
  if (all.empty()) {
    usage(std::cerr);
    return exit_usage;
  }
  const std::string_view command = all[0];
  const Args args(all.begin() + 1, all.end());
  if (command == "compute")
    return run_compute(args, std::cout, std::cerr);
  if (command == "validate")
    return run_validate(args, std::cout, std::cerr);
  if (command == "export")
    return run_export(args, std::cout, std::cerr);
  if (command == "findings")
    return run_findings(args, std::cout, std::cerr);
  if (command == "diff")
    return run_diff(args, std::cout, std::cerr);
  if (command == "forms")
    return run_forms_command(args, std::cout, std::cerr);
  if (command == "review")
    return run_review_command(args, std::cout, std::cerr);
  if (command == "verify")
    return run_verify(args, std::cout, std::cerr);
  if (command == "respond")
    return run_respond_command(args, std::cout, std::cerr);
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
  std::cerr << "cptt: " << tr("lệnh không rõ \"", "unknown command \"") << command << "\"\n";
  usage(std::cerr);
  return exit_usage;
}
