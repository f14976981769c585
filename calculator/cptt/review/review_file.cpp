#include "cptt/review/review_file.h"

#include "cptt/review/review_check.h"

#include <map>
#include <tuple>

namespace cptt::review {

std::string_view to_id(FindingStatus s) {
  switch (s) {
  case FindingStatus::open:
    return "open";
  case FindingStatus::agreed:
    return "agreed";
  case FindingStatus::dismissed:
    return "dismissed";
  }
  return {};
}

std::string_view to_id(Verdict v) {
  switch (v) {
  case Verdict::dat:
    return "dat";
  case Verdict::can_bo_sung:
    return "can-bo-sung";
  case Verdict::khong_dat:
    return "khong-dat";
  }
  return {};
}

bool from_id(std::string_view id, FindingStatus& out) {
  for (FindingStatus s : {FindingStatus::open, FindingStatus::agreed, FindingStatus::dismissed})
    if (to_id(s) == id) {
      out = s;
      return true;
    }
  return false;
}

bool from_id(std::string_view id, Verdict& out) {
  for (Verdict v : {Verdict::dat, Verdict::can_bo_sung, Verdict::khong_dat})
    if (to_id(v) == id) {
      out = v;
      return true;
    }
  return false;
}

bool from_id(std::string_view id, Severity& out) {
  for (Severity s : {Severity::error, Severity::warning, Severity::note})
    if (cptt::to_id(s) == id) {
      out = s;
      return true;
    }
  return false;
}

std::string_view label_vi(FindingStatus s) {
  switch (s) {
  case FindingStatus::open:
    return "Chưa xử lý";
  case FindingStatus::agreed:
    return "Đồng ý";
  case FindingStatus::dismissed:
    return "Bác bỏ";
  }
  return {};
}

std::string_view label_vi(Verdict v) {
  switch (v) {
  case Verdict::dat:
    return "Đạt";
  case Verdict::can_bo_sung:
    return "Cần bổ sung, chỉnh sửa";
  case Verdict::khong_dat:
    return "Không đạt";
  }
  return {};
}

std::string_view label(FindingStatus s, Language l) {
  if (l == Language::vi)
    return label_vi(s);
  switch (s) {
  case FindingStatus::open:
    return "Open";
  case FindingStatus::agreed:
    return "Agreed";
  case FindingStatus::dismissed:
    return "Dismissed";
  }
  return {};
}

std::string_view label(Verdict v, Language l) {
  if (l == Language::vi)
    return label_vi(v);
  switch (v) {
  case Verdict::dat:
    return "Passed";
  case Verdict::can_bo_sung:
    return "Needs additions or corrections";
  case Verdict::khong_dat:
    return "Not passed";
  }
  return {};
}

const VerdictEntry* Review::verdict_for(std::string_view procedure_id) const {
  if (procedure_id.empty())
    return draft_verdict ? &*draft_verdict : nullptr;
  for (const VerdictEntry& v : procedure_verdicts)
    if (v.procedure_id == procedure_id)
      return &v;
  return nullptr;
}

void Review::set_verdict(VerdictEntry verdict) {
  if (verdict.procedure_id.empty()) {
    draft_verdict = std::move(verdict);
    return;
  }
  for (VerdictEntry& v : procedure_verdicts)
    if (v.procedure_id == verdict.procedure_id) {
      v = std::move(verdict);
      return;
    }
  procedure_verdicts.push_back(std::move(verdict));
}

Review make_review(const ReportReview& checked) {
  Review r;
  r.report_digest = checked.integrity.actual_digest;
  const std::size_t slash = checked.file.find_last_of('/');
  r.report_file = slash == std::string::npos ? checked.file : checked.file.substr(slash + 1);
  r.draft_title = checked.dossier.draft.title;
  for (Finding& f : checked.findings())
    r.findings.push_back({std::move(f), FindingStatus::open, {}});
  return r;
}

bool reviews_report(const Review& review, const ReportReview& checked) {
  return !review.report_digest.empty() && review.report_digest == checked.integrity.actual_digest;
}

void merge_findings(Review& review, const std::vector<Finding>& fresh) {
  using Key = std::tuple<std::string, std::string, std::string>;
  std::multimap<Key, const ReviewedFinding*> old;
  for (const ReviewedFinding& f : review.findings)
    old.emplace(Key{f.finding.code, f.finding.procedure_id, f.finding.place_text(Language::vi)},
                &f);
  std::vector<ReviewedFinding> merged;
  merged.reserve(fresh.size());
  for (const Finding& f : fresh) {
    ReviewedFinding next{f, FindingStatus::open, {}};
    auto it = old.find(Key{f.code, f.procedure_id, f.place_text(Language::vi)});
    if (it != old.end()) {
      next.status = it->second->status;
      next.reason = it->second->reason;
      old.erase(it);
    }
    merged.push_back(std::move(next));
  }
  review.findings = std::move(merged);
}

} // namespace cptt::review
