#include "cptt/review/review_html.h"
#include "cptt/review/place_names.h"
#include "cptt/review/response_check.h"
#include "cptt/review/review_rounds.h"

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

// The page's texts in one language: T(vi, en).
struct Tr {
  Language language;
  std::string_view operator()(std::string_view vi, std::string_view en) const {
    return language == Language::en ? en : vi;
  }
};

void verdicts(std::string& h, const Review& r, const Dossier* d, Tr T) {
  const Language l = T.language;
  h += T("<h2>2. Kết luận đối với từng thủ tục hành chính</h2>\n",
         "<h2>2. Conclusion on each administrative procedure</h2>\n");
  std::vector<std::string> ids;
  if (d)
    for (const Procedure& p : d->procedures)
      ids.push_back(p.id);
  for (const VerdictEntry& v : r.procedure_verdicts)
    if (!d || !d->find_procedure(v.procedure_id))
      ids.push_back(v.procedure_id);
  if (ids.empty()) {
    h += T("<p>Không có thủ tục nào.</p>\n", "<p>No procedures.</p>\n");
    return;
  }
  h += T("<table><tr><th>Mã</th><th>Thủ tục</th><th>Loại</th><th>Kết luận</th><th>Nhận xét</th>"
         "</tr>\n",
         "<table><tr><th>Id</th><th>Procedure</th><th>Kind</th><th>Conclusion</th>"
         "<th>Remarks</th></tr>\n");
  for (const std::string& id : ids) {
    const Procedure* p = d ? d->find_procedure(id) : nullptr;
    const VerdictEntry* v = r.verdict_for(id);
    h += "<tr><td>" + e(id) + "</td><td>" + e(p ? p->name : "") + "</td><td>" +
         e(p ? label(p->kind, l) : "") + "</td><td class=\"verdict\">" +
         e(v ? label(v->verdict, l) : T("Chưa kết luận", "No conclusion yet")) +
         "</td><td class=\"text\">" + e(v ? v->summary : "") + "</td></tr>\n";
  }
  h += "</table>\n";
}

void findings(std::string& h, const Review& r, Tr T) {
  const Language l = T.language;
  std::array<std::array<int, 3>, 3> counts{}; // severity × status
  for (const ReviewedFinding& f : r.findings)
    ++counts[static_cast<int>(f.finding.severity)][static_cast<int>(f.status)];
  h += T("<h2>3. Các phát hiện khi kiểm tra</h2>\n<table><tr><th>Mức độ</th><th>Tổng</th>"
         "<th>Đồng ý</th><th>Bác bỏ</th><th>Chưa xử lý</th></tr>\n",
         "<h2>3. Findings of the checks</h2>\n<table><tr><th>Severity</th><th>Total</th>"
         "<th>Agreed</th><th>Dismissed</th><th>Open</th></tr>\n");
  for (Severity s : {Severity::error, Severity::warning, Severity::note}) {
    const auto& c = counts[static_cast<int>(s)];
    h += "<tr><td class=\"" + std::string(cptt::to_id(s)) + "\">" + e(label(s, l)) + "</td><td>" +
         std::to_string(c[0] + c[1] + c[2]) + "</td><td>" + std::to_string(c[1]) + "</td><td>" +
         std::to_string(c[2]) + "</td><td>" + std::to_string(c[0]) + "</td></tr>\n";
  }
  h += "</table>\n";
  if (r.findings.empty())
    return;
  h += T("<table><tr><th>#</th><th>Mức độ</th><th>Mã</th><th>Vị trí</th><th>Nội dung</th>"
         "<th>Xử lý</th></tr>\n",
         "<table><tr><th>#</th><th>Severity</th><th>Code</th><th>Place</th><th>Finding</th>"
         "<th>Decision</th></tr>\n");
  int n = 0;
  for (const ReviewedFinding& f : r.findings) {
    const Finding& x = f.finding;
    std::string place = x.procedure_id;
    if (const std::string at = x.place_text(l); !at.empty())
      place += (place.empty() ? "" : " · ") + at;
    h += "<tr><td>" + std::to_string(++n) + "</td><td class=\"" +
         std::string(cptt::to_id(x.severity)) + "\">" + e(label(x.severity, l)) + "</td><td>" +
         e(x.code) + "</td><td>" + e(place) + "</td><td>" + e(x.message(l)) + "</td><td>" +
         e(label(f.status, l)) +
         (f.reason.empty() ? "" : "<br><span class=\"small\">" + e(f.reason) + "</span>") +
         "</td></tr>\n";
  }
  h += "</table>\n";
}

void comments(std::string& h, const Review& r, const Dossier* d, const forms::FormCatalog* catalog,
              Tr T) {
  h += T("<h2>4. Ý kiến của cơ quan thẩm định</h2>\n",
         "<h2>4. Comments of the appraising body</h2>\n");
  if (r.comments.empty()) {
    h += T("<p>Không có ý kiến.</p>\n", "<p>No comments.</p>\n");
    return;
  }
  h += T("<table><tr><th>#</th><th>Vị trí</th><th>Ý kiến</th><th>Người góp ý</th></tr>\n",
         "<table><tr><th>#</th><th>Place</th><th>Comment</th><th>Author</th></tr>\n");
  int n = 0;
  for (const Comment& c : r.comments)
    h += "<tr><td>" + std::to_string(++n) + "</td><td>" +
         e(place_name(c.anchor, d, catalog).in(T.language)) + "</td><td class=\"text\">" +
         e(c.text) + "</td><td>" + e(c.author) +
         (c.date.empty() ? "" : "<br><span class=\"small\">" + e(c.date) + "</span>") +
         "</td></tr>\n";
  h += "</table>\n";
}

// The earlier rounds, oldest first: each item the reviewer raised then (a comment, a finding kept),
// the drafter's answer (check_response, as cptt respond and the app read it) and how the next
// round followed it up.
void earlier_rounds(std::string& h, const Review& r, const Dossier* d,
                    const forms::FormCatalog* catalog, Tr T) {
  if (r.earlier_rounds.empty())
    return;
  h += T("<h2>5. Các vòng thẩm định trước</h2>\n", "<h2>5. Earlier rounds of the review</h2>\n");
  for (std::size_t k = 0; k < r.earlier_rounds.size(); ++k) {
    const ReviewRound& round = r.earlier_rounds[k];
    const Review& next = k + 1 < r.earlier_rounds.size() ? r.earlier_rounds[k + 1].review : r;
    const ResponseStatus status =
        check_response(review_at_round(r, k), round.response.value_or(Response{}),
                       ReportVersion{d, {}}, {}, catalog); // the current dossier names the places
    h += "<h3>" + std::string(T("Vòng ", "Round ")) + std::to_string(k + 1) +
         (round.review.reviewer.date.empty() ? "" : " · " + e(round.review.reviewer.date)) +
         "</h3>\n";
    if (status.items.empty()) {
      h += T("<p>Không có ý kiến hay phát hiện cần trả lời.</p>\n",
             "<p>No comment or finding to answer.</p>\n");
      continue;
    }
    h += T("<table><tr><th>#</th><th>Vị trí</th><th>Ý kiến</th><th>Trả lời của cơ quan soạn "
           "thảo</th><th>Vòng sau</th></tr>\n",
           "<table><tr><th>#</th><th>Place</th><th>Comment</th><th>The drafting body's "
           "answer</th><th>Next round</th></tr>\n");
    int n = 0;
    for (const ResponseItem& item : status.items) {
      const FollowUp* f = follow_up_for(next, item.target);
      h += "<tr><td>" + std::to_string(++n) + "</td><td>" + e(item.place.in(T.language)) +
           "</td><td class=\"text\">" + e(item.text.in(T.language)) + "</td><td>" +
           e(label(item.state, T.language)) +
           (item.entry ? "<br><span class=\"text\">" + e(item.entry->text) + "</span>" : "") +
           "</td><td>" + (f ? e(label(f->status, T.language)) : "") +
           (f && !f->note.empty() ? "<br><span class=\"small\">" + e(f->note) + "</span>" : "") +
           "</td></tr>\n";
    }
    h += "</table>\n";
  }
}

} // namespace

std::string review_summary_html(const Review& r, const Dossier* d, const IntegrityReport* integ,
                                Language l, const forms::FormCatalog* catalog) {
  const Tr T{l};
  std::string h = "<!DOCTYPE html>\n<html lang=\"" + std::string(to_id(l)) +
                  "\">\n<head>\n<meta charset=\"UTF-8\">\n<title>" +
                  std::string(T("Kết quả thẩm định thủ tục hành chính: ",
                                "Review of administrative procedures: ")) +
                  e(r.draft_title) + "</title>\n" + style + "\n</head>\n<body>\n";
  h += T("<h1>Kết quả thẩm định quy định về thủ tục hành chính và chi phí tuân thủ</h1>\n",
         "<h1>Review of the administrative procedures and their compliance costs</h1>\n");
  h += T("<h2>1. Thông tin chung</h2>\n<table>\n", "<h2>1. General information</h2>\n<table>\n");
  auto row = [&](std::string_view label, const std::string& value) {
    h += "<tr><th>" + std::string(label) + "</th><td>" + value + "</td></tr>\n";
  };
  row(T("Dự thảo", "Draft"), e(r.draft_title));
  row(T("Báo cáo được thẩm định", "Report reviewed"), e(r.report_file));
  row(T("Mã băm SHA-256 của báo cáo", "SHA-256 digest of the report"),
      "<span class=\"small\">" + e(r.report_digest) + "</span>");
  if (integ)
    row(T("Tính toàn vẹn", "Integrity"), e(label(integ->digest, l)));
  row(T("Người thẩm định", "Reviewer"), e(r.reviewer.name));
  row(T("Cơ quan thẩm định", "Appraising body"), e(r.reviewer.body));
  row(T("Ngày thẩm định", "Date of the review"), e(r.reviewer.date));
  row(T("Kết luận chung", "Overall conclusion"),
      "<span class=\"verdict\">" +
          e(r.draft_verdict ? label(r.draft_verdict->verdict, l)
                            : T("Chưa kết luận", "No conclusion yet")) +
          "</span>");
  if (r.draft_verdict && !r.draft_verdict->summary.empty())
    row(T("Tóm tắt", "Summary"), "<span class=\"text\">" + e(r.draft_verdict->summary) + "</span>");
  h += "</table>\n";
  verdicts(h, r, d, T);
  findings(h, r, T);
  comments(h, r, d, catalog, T);
  earlier_rounds(h, r, d, catalog, T);
  h += T("<p class=\"small\">Lập bằng CPTT " CPTT_VERSION ". Các phát hiện do chương trình kiểm "
         "tra tự động (tính lại, tính đầy đủ, tính hợp lý của số liệu); kết luận là của người "
         "thẩm định.</p>\n",
         "<p class=\"small\">Made with CPTT " CPTT_VERSION ". The findings come from the "
         "program's automatic checks (recomputation, completeness, plausibility of the "
         "figures); the conclusions are the reviewer's.</p>\n");
  h += "</body>\n</html>\n";
  return h;
}

} // namespace cptt::review
