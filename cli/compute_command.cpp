// cptt compute FILE [--json]: the costs of every procedure and the draft's totals.
#include "commands.h"
#include "language.h"
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

std::string money(const Money& m) { return number_text(m.amount()); }

std::string signed_money(const Money& m) {
  return (m.is_negative() || m.is_zero() ? "" : "+") + money(m);
}

std::string percent(const std::optional<Decimal>& p) { return p ? number_text(*p, 2) + " %" : "—"; }

std::string annual(const std::optional<WorksheetResult>& w) {
  if (!w)
    return "—";
  return money(w->annual) + (w->one_case ? tr(" (1 trường hợp)", " (one case)") : "");
}

void print_text(const Dossier& dossier, const DossierResult& r, std::ostream& out) {
  out << tr("Hồ sơ: ", "Dossier: ") << dossier.draft.title << "\n";
  for (const RateResult& rate : r.rates)
    out << tr("Mức thu nhập ", "Income rate ") << rate.id << ": " << money(rate.hourly_rate)
        << tr(" đ/giờ\n", " VND/hour\n");
  out << tr("\nChi phí tuân thủ mỗi năm (đồng)\n", "\nAnnual compliance cost (VND)\n");
  TextTable table({{tr("Mã", "Id"), Align::left},
                   {tr("Thủ tục", "Procedure"), Align::left},
                   {tr("Loại", "Kind"), Align::left},
                   {tr("Trước dự thảo", "Before"), Align::right},
                   {tr("Sau dự thảo", "After"), Align::right},
                   {tr("Tiết kiệm", "Saving"), Align::right},
                   {tr("Tỷ lệ cắt giảm", "Reduction"), Align::right}});
  for (std::size_t i = 0; i < r.procedures.size(); ++i) {
    const ProcedureResult& p = r.procedures[i];
    const Procedure& source = dossier.procedures[i];
    std::string before = p.current ? annual(p.current) : money(p.before);
    std::string after = p.proposed ? annual(p.proposed) : money(p.after);
    table.add_row({p.id, source.name, arg_kind("", p.kind).value.in(language()), before, after,
                   money(p.saving), percent(p.reduction_percent)});
  }
  const DossierTotals& t = r.totals;
  table.add_separator();
  table.add_row({"", tr("Tổng cộng", "Total"), "", money(t.before), money(t.after),
                 money(t.before - t.after), percent(t.reduction_percent)});
  table.print(out);
  out << tr("\nThay đổi ròng: ", "\nNet change: ") << signed_money(t.net_change)
      << tr(" đ/năm", " VND/year");
  if (t.net_change.is_negative())
    out << tr(" (giảm gánh nặng)", " (the draft reduces the burden)");
  else if (!t.net_change.is_zero())
    out << tr(" (tăng gánh nặng)", " (the draft adds to the burden)");
  out << tr("\n  tăng do thủ tục mới: ", "\n  added by new procedures: ") << money(t.added_by_new)
      << tr("\n  tiết kiệm do sửa đổi: ", "\n  saved by amendments: ")
      << money(t.saved_by_amendments)
      << tr("\n  tiết kiệm do bãi bỏ: ", "\n  saved by abolitions: ")
      << money(t.saved_by_abolitions) << "\n";
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
      err << "cptt compute: " << tr("đối số không rõ \"", "unexpected argument \"") << a << "\"\n"
          << tr("cách dùng: ", "usage: ") << "cptt compute FILE [--json]\n";
      return exit_usage;
    }
  }
  if (file.empty()) {
    err << tr("cách dùng: ", "usage: ") << "cptt compute FILE [--json]\n";
    return exit_usage;
  }
  DossierLoad load = load_dossier_file(file);
  if (!load.result) {
    err << describe(load.result) << '\n';
    return exit_invalid;
  }
  try {
    DossierResult result = compute(load.dossier);
    if (json)
      out << to_json(load.dossier, result).dump(2) << '\n';
    else
      print_text(load.dossier, result, out);
  } catch (const std::exception& e) {
    err << file << ": " << what(e) << '\n';
    return exit_invalid;
  }
  return exit_ok;
}

} // namespace cptt::cli
