#include "cptt/review/response_file.h"

#include "cptt/digest.h"

#include <algorithm>

namespace cptt::review {

std::string_view to_id(ResponseResult r) {
  return r == ResponseResult::tiep_thu ? "tiep-thu" : "giai-trinh";
}

bool from_id(std::string_view id, ResponseResult& out) {
  for (ResponseResult r : {ResponseResult::tiep_thu, ResponseResult::giai_trinh})
    if (to_id(r) == id) {
      out = r;
      return true;
    }
  return false;
}

std::string_view label_vi(ResponseResult r) {
  return r == ResponseResult::tiep_thu ? "Tiếp thu" : "Giải trình";
}

std::string_view label(ResponseResult r, Language l) {
  if (l == Language::vi)
    return label_vi(r);
  return r == ResponseResult::tiep_thu ? "Taken in" : "Explained";
}

ResponseTarget ResponseTarget::of_comment(int position) {
  ResponseTarget t;
  t.comment = position;
  return t;
}

ResponseTarget ResponseTarget::of_finding(const Finding& finding) {
  ResponseTarget t;
  t.kind = Kind::finding;
  t.code = finding.code;
  t.procedure_id = finding.procedure_id;
  t.place = finding.place_text(Language::vi);
  return t;
}

std::string target_label(const ResponseTarget& t, Language l) {
  const bool en = l == Language::en;
  if (t.kind == ResponseTarget::Kind::comment)
    return (en ? "comment " : "ý kiến ") + std::to_string(t.comment);
  return (en ? "finding " : "phát hiện ") + t.code;
}

std::string target_text(const ResponseTarget& t, Language l) {
  std::string out = target_label(t, l);
  if (t.kind == ResponseTarget::Kind::comment)
    return out;
  for (const std::string* part : {&t.procedure_id, &t.place})
    if (!part->empty())
      out += " · " + *part;
  return out;
}

const ResponseEntry* Response::entry_for(const ResponseTarget& target) const {
  for (const ResponseEntry& e : entries)
    if (e.target == target)
      return &e;
  return nullptr;
}

void Response::set_entry(ResponseEntry entry) {
  for (ResponseEntry& e : entries)
    if (e.target == entry.target) {
      e = std::move(entry);
      return;
    }
  entries.push_back(std::move(entry));
}

bool Response::remove_entry(const ResponseTarget& target) {
  const auto it = std::find_if(entries.begin(), entries.end(),
                               [&](const ResponseEntry& e) { return e.target == target; });
  if (it == entries.end())
    return false;
  entries.erase(it);
  return true;
}

std::string review_digest(const Review& review) { return sha256_hex(write_review(review)); }

std::vector<ResponseTarget> response_targets(const Review& review) {
  std::vector<ResponseTarget> out;
  out.reserve(review.comments.size() + review.findings.size());
  for (std::size_t i = 0; i < review.comments.size(); ++i)
    out.push_back(ResponseTarget::of_comment(static_cast<int>(i + 1)));
  for (const ReviewedFinding& f : review.findings)
    if (f.status == FindingStatus::agreed)
      out.push_back(ResponseTarget::of_finding(f.finding));
  return out;
}

namespace {

std::string file_name(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace

Response make_response(const Review& review, const std::string& review_path) {
  Response r;
  r.review_digest = review_digest(review);
  r.review_file = file_name(review_path);
  return r;
}

bool answers_review(const Response& response, const Review& review) {
  return !response.review_digest.empty() && response.review_digest == review_digest(review);
}

void set_revised_report(Response& response, const ReportLoad& report, const std::string& path) {
  response.report_digest = report.actual_digest;
  response.report_file = file_name(path);
}

} // namespace cptt::review
