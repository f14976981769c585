// cptt compute FILE [--json]: the costs of every procedure and the draft's totals.
#include "commands.h"
#include "text_table.h"

#include "cptt/dossier_xml.h"
#include "cptt/engine.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace cptt::cli {
namespace {

using Align = TextTable::Align;

nlohmann::json percent_json(const std::optional<Decimal>& p) {
  return p ? nlohmann::json(p->to_fixed(2)) : nlohmann::json(nullptr);
}

nlohmann::json worksheet_json(const std::optional<WorksheetResult>& w) {
  if (!w)
    return nullptr;
  return {{"hourly_rate", w->hourly_rate.to_canonical()},
          {"cost_per_filing", w->cost_per_filing.to_canonical()},
          {"annual", w->annual.to_canonical()},
          {"one_case", w->one_case}};
}

nlohmann::json to_json(const Dossier& dossier, const DossierResult& r) {
  const DossierTotals& t = r.totals;
  nlohmann::json procedures = nlohmann::json::array();
  for (std::size_t i = 0; i < r.procedures.size(); ++i) {
    const ProcedureResult& p = r.procedures[i];
    procedures.push_back({{"id", p.id},
                          {"name", dossier.procedures[i].name},
                          {"kind", std::string(to_id(p.kind))},
                          {"current", worksheet_json(p.current)},
                          {"proposed", worksheet_json(p.proposed)},
                          {"before", p.before.to_canonical()},
                          {"after", p.after.to_canonical()},
                          {"saving", p.saving.to_canonical()},
                          {"reduction_percent", percent_json(p.reduction_percent)}});
  }
  return {{"dossier",
           {{"before", t.before.to_canonical()},
            {"after", t.after.to_canonical()},
            {"net_change", t.net_change.to_canonical()},
            {"added_by_new", t.added_by_new.to_canonical()},
            {"saved_by_amendments", t.saved_by_amendments.to_canonical()},
            {"saved_by_abolitions", t.saved_by_abolitions.to_canonical()},
            {"reduction_percent", percent_json(t.reduction_percent)}}},
          {"procedures", procedures}};
}

std::string signed_vi(const Money& m) {
  return (m.is_negative() || m.is_zero() ? "" : "+") + m.to_vietnamese();
}

std::string percent_vi(const std::optional<Decimal>& p) {
  return p ? p->to_vietnamese(2) + " %" : "—";
}

std::string annual_vi(const std::optional<WorksheetResult>& w) {
  if (!w)
    return "—";
  return w->annual.to_vietnamese() + (w->one_case ? " (1 trường hợp)" : "");
}

void print_text(const Dossier& dossier, const DossierResult& r, std::ostream& out) {
  out << "Hồ sơ / dossier: " << dossier.draft.title << "\n";
  for (const RateResult& rate : r.rates)
    out << "Mức thu nhập / income rate " << rate.id << ": " << rate.hourly_rate.to_vietnamese()
        << " đ/giờ\n";
  out << "\nChi phí tuân thủ mỗi năm (đồng) / annual compliance cost (VND)\n";
  TextTable table({{"Mã", Align::left},
                   {"Thủ tục", Align::left},
                   {"Loại", Align::left},
                   {"Trước dự thảo", Align::right},
                   {"Sau dự thảo", Align::right},
                   {"Tiết kiệm", Align::right},
                   {"Tỷ lệ cắt giảm", Align::right}});
  for (std::size_t i = 0; i < r.procedures.size(); ++i) {
    const ProcedureResult& p = r.procedures[i];
    const Procedure& source = dossier.procedures[i];
    std::string before = p.current ? annual_vi(p.current) : p.before.to_vietnamese();
    std::string after = p.proposed ? annual_vi(p.proposed) : p.after.to_vietnamese();
    table.add_row({p.id, source.name, std::string(label_vi(p.kind)), before, after,
                   p.saving.to_vietnamese(), percent_vi(p.reduction_percent)});
  }
  const DossierTotals& t = r.totals;
  table.add_separator();
  table.add_row({"", "Tổng cộng / total", "", t.before.to_vietnamese(), t.after.to_vietnamese(),
                 (t.before - t.after).to_vietnamese(), percent_vi(t.reduction_percent)});
  table.print(out);
  out << "\nThay đổi ròng / net change: " << signed_vi(t.net_change) << " đ/năm";
  if (t.net_change.is_negative())
    out << " (giảm gánh nặng / the draft reduces burden)";
  else if (!t.net_change.is_zero())
    out << " (tăng gánh nặng / the draft adds burden)";
  out << "\n  tăng do thủ tục mới / added by new procedures: " << t.added_by_new.to_vietnamese()
      << "\n  tiết kiệm do sửa đổi / saved by amendments: " << t.saved_by_amendments.to_vietnamese()
      << "\n  tiết kiệm do bãi bỏ / saved by abolitions: " << t.saved_by_abolitions.to_vietnamese()
      << "\n";
}

} // namespace

int run_compute(const Args& args, std::ostream& out, std::ostream& err) {
  std::string file;
  bool json = false;
  for (const std::string& a : args) {
    if (a == "--json")
      json = true;
    else if (file.empty() && !a.starts_with("-"))
      file = a;
    else {
      err << "cptt compute: đối số không rõ \"" << a << "\" / unexpected argument\n"
          << "cách dùng / usage: cptt compute FILE [--json]\n";
      return exit_usage;
    }
  }
  if (file.empty()) {
    err << "cách dùng / usage: cptt compute FILE [--json]\n";
    return exit_usage;
  }
  DossierLoad load = load_dossier_file(file);
  if (!load.result) {
    err << load.result.describe() << '\n';
    return exit_invalid;
  }
  try {
    DossierResult result = compute(load.dossier);
    if (json)
      out << to_json(load.dossier, result).dump(2) << '\n';
    else
      print_text(load.dossier, result, out);
  } catch (const std::exception& e) {
    err << file << ": " << e.what() << '\n';
    return exit_invalid;
  }
  return exit_ok;
}

} // namespace cptt::cli
