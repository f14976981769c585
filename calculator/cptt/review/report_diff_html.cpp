// The printable page of `cptt diff --html`: one table per procedure, old and new side by side.
#include "cptt/review/report_diff.h"
#include "cptt/review/report_diff_support.h"
#include "cptt/review/review_html.h"

#include <sstream>

namespace cptt::review {

std::string procedure_name(const std::string& id, const Dossier& a, const Dossier& b) {
  if (const Procedure* p = b.find_procedure(id))
    return p->name;
  if (const Procedure* p = a.find_procedure(id))
    return p->name;
  return {};
}

std::string diff_html(const DossierDiff& d, const Dossier& a, const Dossier& b,
                      const std::string& old_name, const std::string& new_name, Language l) {
  const bool en = l == Language::en;
  auto tr = [&](const char* vi, const char* eng) { return std::string(en ? eng : vi); };
  auto e = [](const std::string& s) { return html_escape(s); };
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"" << (en ? "en" : "vi")
      << "\"><head><meta charset=\"utf-8\">"
      << "<title>" << tr("Những thay đổi", "What changed") << "</title><style>"
      << "body{font-family:\"Times New Roman\",serif;font-size:13pt;margin:2cm}"
      << "table{border-collapse:collapse;width:100%}th,td{border:1px solid #444;padding:3px 6px;"
      << "vertical-align:top;text-align:left}th{background:#eee}.figure{font-style:italic}"
      << "</style></head><body>\n<h1>" << tr("Những thay đổi", "What changed") << "</h1>\n<p>"
      << e(old_name) << " → " << e(new_name) << "</p>\n";
  const std::string empty = tr("(trống)", "(empty)");
  auto value = [&](const Text& t) { return t.empty() ? empty : t.in(l); };
  std::string group = "\x01";
  for (const Change& c : d.changes) {
    if (c.procedure_id != group) {
      if (group != "\x01")
        out << "</table>\n";
      group = c.procedure_id;
      out << "<h2>"
          << (group.empty() ? tr("Dự thảo", "The draft")
                            : e(group + " — " + procedure_name(group, a, b)))
          << "</h2>\n<table><tr><th>" << tr("Vị trí", "Place") << "</th><th>"
          << tr("Nội dung", "What") << "</th><th>" << tr("Cũ", "Old") << "</th><th>"
          << tr("Mới", "New") << "</th></tr>\n";
    }
    Place where = c.place;
    where.input.clear();
    out << "<tr" << (c.figure ? " class=\"figure\"" : "") << "><td>" << e(where.text(l))
        << "</td><td>" << e(c.label.in(l)) << "</td><td>"
        << (c.kind == ChangeKind::added ? "" : e(value(c.old_value))) << "</td><td>"
        << (c.kind == ChangeKind::removed ? "" : e(value(c.new_value))) << "</td></tr>\n";
  }
  if (group != "\x01")
    out << "</table>\n";
  if (d.changes.empty())
    out << "<p>" << tr("Không có thay đổi.", "Nothing changed.") << "</p>\n";
  if (!d.shares.empty()) {
    out << "<h2>" << tr("Phần của thay đổi ròng", "Shares of the net change") << "</h2>\n<table>"
        << "<tr><th>" << tr("Thủ tục", "Procedure") << "</th><th>" << tr("Cũ", "Old") << "</th><th>"
        << tr("Mới", "New") << "</th><th>" << tr("Chênh lệch", "Difference")
        << "</th><th>%</th></tr>\n";
    for (const ProcedureShare& s : d.shares)
      out << "<tr><td>" << e(s.procedure_id + " — " + procedure_name(s.procedure_id, a, b))
          << "</td><td>" << detail::number_text(s.old_net.amount()).in(l) << "</td><td>"
          << detail::number_text(s.new_net.amount()).in(l) << "</td><td>"
          << detail::number_text(s.delta.amount()).in(l) << "</td><td>"
          << (s.percent ? detail::number_text(*s.percent, 2).in(l) : "—") << "</td></tr>\n";
    out << "<tr><th>" << tr("Dự thảo", "The draft") << "</th><th>"
        << detail::number_text(d.old_totals.net_change.amount()).in(l) << "</th><th>"
        << detail::number_text(d.new_totals.net_change.amount()).in(l) << "</th><th>"
        << detail::number_text(d.net_delta.amount()).in(l) << "</th><th>"
        << (d.net_delta.is_zero() ? "—"
            : en                  ? "100.00"
                                  : "100,00")
        << "</th></tr>\n</table>\n";
  }
  out << "</body></html>\n";
  return out.str();
}

} // namespace cptt::review
