// cptt diff OLD NEW [--json] [--html OUT]: what changed between two versions of a report (the
// reviewer's second round), one line per change, grouped by procedure.
#include "commands.h"
#include "language.h"

#include "cptt/atomic_file.h"
#include "cptt/dossier_xml.h"
#include "cptt/report.h"
#include "cptt/review/report_diff.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace cptt::cli {
namespace {

using review::Change;
using review::DossierDiff;
using review::ProcedureShare;

constexpr int exit_changed = 3;

void usage(std::ostream& err) {
  err << tr("cách dùng: ", "usage: ") << "cptt diff OLD NEW [--json] [--html OUT]\n"
      << tr("  OLD, NEW: báo cáo (.report.xml) hoặc hồ sơ (.cptt.xml)\n"
            "  Mã thoát: 0 không có thay đổi, 3 có thay đổi, 1 tệp không đọc được, 2 sai cách "
            "dùng\n",
            "  OLD, NEW: reports (.report.xml) or dossiers (.cptt.xml)\n"
            "  Exit codes: 0 nothing changed, 3 changes listed, 1 a file cannot be read, 2 "
            "usage\n");
}

// A dossier file (.cptt.xml) or an exported report; a report whose digest does not match is
// still compared (the reviewer wants to see it), with a warning.
bool load(const std::string& path, Dossier& out, std::ostream& err) {
  if (path.ends_with(".cptt.xml")) {
    DossierLoad d = load_dossier_file(path);
    if (!d.result) {
      err << describe(d.result) << '\n';
      return false;
    }
    out = std::move(d.dossier);
    return true;
  }
  ReportLoad r = load_report_file(path);
  if (!r.result) {
    err << describe(r.result) << '\n';
    return false;
  }
  if (r.digest != DigestStatus::matches)
    err << path << ": "
        << tr("cảnh báo: mã băm không khớp hoặc thiếu, báo cáo có thể đã bị sửa sau khi xuất "
              "(xem cptt review)",
              "warning: the digest does not match or is missing, the report may have been "
              "edited after export (see cptt review)")
        << '\n';
  out = std::move(r.dossier);
  return true;
}

nlohmann::json number_json(const std::optional<Decimal>& n) {
  return n ? nlohmann::json(n->to_canonical()) : nlohmann::json(nullptr);
}

nlohmann::json to_json(const DossierDiff& d, const Dossier& a, const Dossier& b,
                       const std::string& old_path, const std::string& new_path) {
  const Language l = language();
  nlohmann::json changes = nlohmann::json::array();
  for (const Change& c : d.changes) {
    Place where = c.place;
    where.input.clear();
    changes.push_back(
        {{"procedure", c.procedure_id},
         {"kind", std::string(review::to_id(c.kind))},
         {"property", c.property},
         {"figure", c.figure},
         {"place", where.text(l)},
         {"worksheet", c.place.worksheet ? std::string(to_id(*c.place.worksheet)) : std::string()},
         {"task", c.place.task},
         {"fee", c.place.fee},
         {"rate", c.place.rate},
         {"form", c.place.form_id},
         {"instance", c.place.form_instance},
         {"field", c.place.field},
         {"label", c.label.in(l)},
         {"old", c.kind == review::ChangeKind::added ? nlohmann::json(nullptr)
                                                     : nlohmann::json(c.old_value.in(l))},
         {"new", c.kind == review::ChangeKind::removed ? nlohmann::json(nullptr)
                                                       : nlohmann::json(c.new_value.in(l))},
         {"old_number", number_json(c.old_number)},
         {"new_number", number_json(c.new_number)}});
  }
  nlohmann::json shares = nlohmann::json::array();
  for (const ProcedureShare& s : d.shares)
    shares.push_back({{"procedure", s.procedure_id},
                      {"name", review::procedure_name(s.procedure_id, a, b)},
                      {"old_net", s.old_net.to_canonical()},
                      {"new_net", s.new_net.to_canonical()},
                      {"delta", s.delta.to_canonical()},
                      {"percent", s.percent ? nlohmann::json(s.percent->to_fixed(2))
                                            : nlohmann::json(nullptr)}});
  return {{"old", old_path},
          {"new", new_path},
          {"changes", changes},
          {"shares", shares},
          {"net_change",
           {{"old", d.old_totals.net_change.to_canonical()},
            {"new", d.new_totals.net_change.to_canonical()},
            {"delta", d.net_delta.to_canonical()}}},
          {"summary", {{"inputs", d.input_changes()}, {"figures", d.figure_changes()}}}};
}

std::string signed_number(const Money& m) {
  return (m.is_negative() || m.is_zero() ? "" : "+") + number_text(m.amount());
}

void print_text(const DossierDiff& d, const Dossier& a, const Dossier& b, std::ostream& out) {
  const Language l = language();
  auto header = [&](const std::string& id) {
    if (id.empty())
      return tr("Dự thảo", "The draft");
    std::string h = id + " — " + review::procedure_name(id, a, b);
    if (!a.find_procedure(id))
      h += tr(" (thủ tục thêm)", " (added procedure)");
    else if (!b.find_procedure(id))
      h += tr(" (thủ tục bỏ)", " (removed procedure)");
    return h;
  };
  auto share_line = [&](const std::string& id) {
    for (const ProcedureShare& s : d.shares)
      if (s.procedure_id == id)
        out << "  " << tr("phần của thay đổi ròng: ", "share of the net change: ")
            << signed_number(s.delta)
            << (s.percent ? " (" + number_text(*s.percent, 2) + " %)" : std::string()) << '\n';
  };
  std::string group = "\x01";
  for (const Change& c : d.changes) {
    if (c.procedure_id != group) {
      if (group != "\x01" && !group.empty())
        share_line(group);
      group = c.procedure_id;
      out << '[' << header(group) << "]\n";
    }
    out << "  " << (c.figure ? tr("[số liệu] ", "[figure] ") : "") << review::change_text(c, l)
        << '\n';
  }
  if (group != "\x01" && !group.empty())
    share_line(group);
  if (d.empty())
    out << tr("Không có thay đổi.\n", "Nothing changed.\n");
  out << tr("Tóm tắt: ", "Summary: ") << d.input_changes()
      << tr(" thay đổi đầu vào, ", " input changes, ") << d.figure_changes()
      << tr(" số liệu thay đổi; thay đổi ròng của dự thảo: ",
            " figures moved; the draft's net change: ")
      << number_text(d.old_totals.net_change.amount()) << " → "
      << number_text(d.new_totals.net_change.amount()) << " (" << signed_number(d.net_delta)
      << ")\n";
}

} // namespace

int run_diff(const Args& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> files;
  bool json = false;
  std::string html;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--json")
      json = true;
    else if (args[i] == "--html" && i + 1 < args.size())
      html = args[++i];
    else if (args[i] == "--help" || args[i] == "-h") {
      usage(out);
      return exit_ok;
    } else if (args[i].starts_with("-")) {
      usage(err);
      return exit_usage;
    } else
      files.push_back(args[i]);
  }
  if (files.size() != 2) {
    usage(err);
    return exit_usage;
  }
  Dossier a, b;
  if (!load(files[0], a, err) || !load(files[1], b, err))
    return exit_invalid;
  DossierDiff d;
  try {
    d = review::diff_dossiers(a, b);
  } catch (const std::exception& e) {
    err << "cptt diff: " << what(e) << '\n';
    return exit_invalid;
  }
  if (json)
    out << to_json(d, a, b, files[0], files[1]).dump(2) << '\n';
  else
    print_text(d, a, b, out);
  if (!html.empty())
    if (Text e =
            write_file_atomically(html, review::diff_html(d, a, b, files[0], files[1], language()));
        !e.empty()) {
      err << html << ": " << text(e) << '\n';
      return exit_invalid;
    }
  return d.empty() ? exit_ok : exit_changed;
}

} // namespace cptt::cli
