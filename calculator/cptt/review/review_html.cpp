#include "cptt/review/review_html.h"

#include <array>

namespace cptt::review {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

namespace {

constexpr const char* style = R"(<style>
body{font-family:"Times New Roman",serif;font-size:13pt;margin:2cm;color:#000}
h1{font-size:16pt;text-align:center;text-transform:uppercase}
h2{font-size:14pt;margin-top:1.2em}
table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border:1px solid #444;padding:3px 6px;vertical-align:top;text-align:left}
th{background:#eee}
.error{color:#a00000}.warning{color:#8a5a00}.note{color:#444}
.verdict{font-weight:bold}.small{font-size:10pt;color:#333}
.text{white-space:pre-wrap}
@media print{body{margin:1.5cm}h2{page-break-after:avoid}tr{page-break-inside:avoid}}
</style>)";

std::string e(std::string_view s) { return html_escape(s); }

std::string procedure_name(const Dossier* d, const std::string& id) {
  if (d)
    if (const Procedure* p = d->find_procedure(id))
      return p->name;
  return {};
}

std::string anchor_text(const CommentAnchor& a, const Dossier* d) {
  std::string out;
  auto add = [&](const std::string& part) {
    if (!part.empty())
      out += (out.empty() ? "" : " · ") + part;
  };
  if (!a.procedure_id.empty()) {
    const std::string name = procedure_name(d, a.procedure_id);
    add(a.procedure_id + (name.empty() ? "" : " (" + name + ")"));
  }
  add(a.form_id.empty() ? "" : "biểu mẫu " + a.form_id);
  add(a.section.empty() ? "" : "mục " + a.section);
  add(a.field);
  if (a.worksheet)
    add(a.worksheet == Worksheet::Variant::current ? "bảng tính hiện hành" : "bảng tính đề xuất");
  if (a.task > 0)
    add("công việc " + std::to_string(a.task));
  return out.empty() ? "Toàn bộ dự thảo" : out;
}

void verdicts(std::string& h, const Review& r, const Dossier* d) {
  h += "<h2>2. Kết luận đối với từng thủ tục hành chính</h2>\n";
  std::vector<std::string> ids;
  if (d)
    for (const Procedure& p : d->procedures)
      ids.push_back(p.id);
  for (const VerdictEntry& v : r.procedure_verdicts)
    if (!d || !d->find_procedure(v.procedure_id))
      ids.push_back(v.procedure_id);
  if (ids.empty()) {
    h += "<p>Không có thủ tục nào.</p>\n";
    return;
  }
  h += "<table><tr><th>Mã</th><th>Thủ tục</th><th>Loại</th><th>Kết luận</th><th>Nhận xét</th>"
       "</tr>\n";
  for (const std::string& id : ids) {
    const Procedure* p = d ? d->find_procedure(id) : nullptr;
    const VerdictEntry* v = r.verdict_for(id);
    h += "<tr><td>" + e(id) + "</td><td>" + e(p ? p->name : "") + "</td><td>" +
         e(p ? label_vi(p->kind) : "") + "</td><td class=\"verdict\">" +
         e(v ? label_vi(v->verdict) : "Chưa kết luận") + "</td><td class=\"text\">" +
         e(v ? v->summary : "") + "</td></tr>\n";
  }
  h += "</table>\n";
}

void findings(std::string& h, const Review& r) {
  std::array<std::array<int, 3>, 3> counts{}; // severity × status
  for (const ReviewedFinding& f : r.findings)
    ++counts[static_cast<int>(f.finding.severity)][static_cast<int>(f.status)];
  h += "<h2>3. Các phát hiện khi kiểm tra</h2>\n<table><tr><th>Mức độ</th><th>Tổng</th>"
       "<th>Đồng ý</th><th>Bác bỏ</th><th>Chưa xử lý</th></tr>\n";
  for (Severity s : {Severity::error, Severity::warning, Severity::note}) {
    const auto& c = counts[static_cast<int>(s)];
    h += "<tr><td class=\"" + std::string(cptt::to_id(s)) + "\">" + e(label_vi(s)) + "</td><td>" +
         std::to_string(c[0] + c[1] + c[2]) + "</td><td>" + std::to_string(c[1]) + "</td><td>" +
         std::to_string(c[2]) + "</td><td>" + std::to_string(c[0]) + "</td></tr>\n";
  }
  h += "</table>\n";
  if (r.findings.empty())
    return;
  h += "<table><tr><th>#</th><th>Mức độ</th><th>Mã</th><th>Vị trí</th><th>Nội dung</th>"
       "<th>Xử lý</th></tr>\n";
  int n = 0;
  for (const ReviewedFinding& f : r.findings) {
    const Finding& x = f.finding;
    std::string place = x.procedure_id;
    if (const std::string at = x.place_text(Language::vi); !at.empty())
      place += (place.empty() ? "" : " · ") + at;
    h += "<tr><td>" + std::to_string(++n) + "</td><td class=\"" +
         std::string(cptt::to_id(x.severity)) + "\">" + e(label_vi(x.severity)) + "</td><td>" +
         e(x.code) + "</td><td>" + e(place) + "</td><td>" + e(x.message(Language::vi)) +
         "</td><td>" + e(label_vi(f.status)) +
         (f.reason.empty() ? "" : "<br><span class=\"small\">" + e(f.reason) + "</span>") +
         "</td></tr>\n";
  }
  h += "</table>\n";
}

void comments(std::string& h, const Review& r, const Dossier* d) {
  h += "<h2>4. Ý kiến của cơ quan thẩm định</h2>\n";
  if (r.comments.empty()) {
    h += "<p>Không có ý kiến.</p>\n";
    return;
  }
  h += "<table><tr><th>#</th><th>Vị trí</th><th>Ý kiến</th><th>Người góp ý</th></tr>\n";
  int n = 0;
  for (const Comment& c : r.comments)
    h += "<tr><td>" + std::to_string(++n) + "</td><td>" + e(anchor_text(c.anchor, d)) +
         "</td><td class=\"text\">" + e(c.text) + "</td><td>" + e(c.author) +
         (c.date.empty() ? "" : "<br><span class=\"small\">" + e(c.date) + "</span>") +
         "</td></tr>\n";
  h += "</table>\n";
}

} // namespace

std::string review_summary_html(const Review& r, const Dossier* d, const IntegrityReport* integ) {
  std::string h = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"UTF-8\">\n"
                  "<title>Kết quả thẩm định thủ tục hành chính: " +
                  e(r.draft_title) + "</title>\n" + style + "\n</head>\n<body>\n";
  h += "<h1>Kết quả thẩm định quy định về thủ tục hành chính và chi phí tuân thủ</h1>\n";
  h += "<h2>1. Thông tin chung</h2>\n<table>\n";
  auto row = [&](const char* label, const std::string& value) {
    h += "<tr><th>" + std::string(label) + "</th><td>" + value + "</td></tr>\n";
  };
  row("Dự thảo", e(r.draft_title));
  row("Báo cáo được thẩm định", e(r.report_file));
  row("Mã băm SHA-256 của báo cáo", "<span class=\"small\">" + e(r.report_digest) + "</span>");
  if (integ)
    row("Tính toàn vẹn", e(label_vi(integ->digest)));
  row("Người thẩm định", e(r.reviewer.name));
  row("Cơ quan thẩm định", e(r.reviewer.body));
  row("Ngày thẩm định", e(r.reviewer.date));
  row("Kết luận chung", "<span class=\"verdict\">" +
                            e(r.draft_verdict ? label_vi(r.draft_verdict->verdict)
                                              : std::string_view("Chưa kết luận")) +
                            "</span>");
  if (r.draft_verdict && !r.draft_verdict->summary.empty())
    row("Tóm tắt", "<span class=\"text\">" + e(r.draft_verdict->summary) + "</span>");
  h += "</table>\n";
  verdicts(h, r, d);
  findings(h, r);
  comments(h, r, d);
  h += "<p class=\"small\">Lập bằng CPTT " CPTT_VERSION ". Các phát hiện do chương trình kiểm tra "
       "tự động (tính lại, tính đầy đủ, tính hợp lý của số liệu); kết luận là của người thẩm "
       "định.</p>\n</body>\n</html>\n";
  return h;
}

} // namespace cptt::review
