// cptt findings [--json]: the catalogue of finding codes (code, severity, both texts, the rule it
// cites), as docs/findings.md documents it.
#include "commands.h"
#include "language.h"

#include "cptt/finding_catalog.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace cptt::cli {

int run_findings(const Args& args, std::ostream& out, std::ostream& err) {
  bool json = false;
  for (const std::string& a : args) {
    if (a == "--json") {
      json = true;
    } else {
      err << tr("cách dùng: ", "usage: ") << "cptt findings [--json]\n";
      return exit_usage;
    }
  }
  if (json) {
    nlohmann::json list = nlohmann::json::array();
    for (const CatalogEntry& e : finding_catalog())
      list.push_back({{"code", e.code},
                      {"variant", e.variant},
                      {"severity", std::string(to_id(e.severity))},
                      {"vi", e.vi},
                      {"en", e.en},
                      {"rule", {{"vi", e.rule_vi}, {"en", e.rule_en}}}});
    out << nlohmann::json{{"findings", list}}.dump(2) << '\n';
    return exit_ok;
  }
  for (const CatalogEntry& e : finding_catalog()) {
    out << e.code << (e.variant.empty() ? "" : "#" + std::string(e.variant)) << '\t'
        << to_id(e.severity) << '\n'
        << "  vi: " << e.vi << (e.rule_vi.empty() ? "" : " (" + std::string(e.rule_vi) + ")")
        << '\n'
        << "  en: " << e.en << (e.rule_en.empty() ? "" : " (" + std::string(e.rule_en) + ")")
        << '\n';
  }
  return exit_ok;
}

} // namespace cptt::cli
