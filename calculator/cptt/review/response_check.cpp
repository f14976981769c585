// The state of a response: each comment and kept finding with its answer, and for tiếp thu whether
// its place changed between the reviewed and the revised report.
#include "cptt/review/response_check.h"

#include "cptt/review/place_names.h"
#include "cptt/review/review_check.h"

#include <algorithm>
#include <functional>

namespace cptt::review {

std::string_view to_id(AnswerState s) {
  switch (s) {
  case AnswerState::unanswered:
    return "unanswered";
  case AnswerState::tiep_thu:
    return "tiep-thu";
  case AnswerState::giai_trinh:
    return "giai-trinh";
  }
  return {};
}

std::string_view label_vi(AnswerState s) {
  switch (s) {
  case AnswerState::unanswered:
    return "Chưa trả lời";
  case AnswerState::tiep_thu:
    return "Tiếp thu";
  case AnswerState::giai_trinh:
    return "Giải trình";
  }
  return {};
}

std::string_view label(AnswerState s, Language l) {
  if (l == Language::vi)
    return label_vi(s);
  switch (s) {
  case AnswerState::unanswered:
    return "Unanswered";
  case AnswerState::tiep_thu:
    return "Taken in";
  case AnswerState::giai_trinh:
    return "Explained";
  }
  return {};
}

std::string_view to_id(PlaceChange c) {
  switch (c) {
  case PlaceChange::not_compared:
    return "not-compared";
  case PlaceChange::changed:
    return "changed";
  case PlaceChange::unchanged:
    return "unchanged";
  }
  return {};
}

std::string_view label(PlaceChange c, Language l) {
  const bool vi = l == Language::vi;
  switch (c) {
  case PlaceChange::not_compared:
    return vi ? "Chưa so sánh được" : "Not compared";
  case PlaceChange::changed:
    return vi ? "Đã sửa ở chỗ đó" : "Changed at its place";
  case PlaceChange::unchanged:
    return vi ? "Không đổi ở chỗ đó" : "Unchanged at its place";
  }
  return {};
}

ReportVersion report_version(const ReportLoad& load) { return {&load.dossier, load.actual_digest}; }

ReportVersion report_version(const ReportReview& checked) {
  return {&checked.dossier, checked.integrity.actual_digest};
}

std::size_t ResponseStatus::unanswered() const {
  std::size_t n = 0;
  for (const ResponseItem& i : items)
    n += i.state == AnswerState::unanswered ? 1 : 0;
  return n;
}

bool ResponseStatus::has_errors() const { return cptt::has_errors(findings); }

namespace {

// An answer key inside a repeated block ("policy/1/necessity.q1") is at the key "necessity.q1".
bool key_at(const std::string& key, const std::string& anchor) {
  return key == anchor || key.ends_with("/" + anchor);
}

bool in_section(const std::string& key, const std::string& section) {
  return key.starts_with(section + ".") || key.find("/" + section + ".") != std::string::npos ||
         key_at(key, section);
}

} // namespace

bool change_at(const Change& c, const CommentAnchor& a) {
  if (c.figure) // figures follow the inputs: a moved figure is not a change made at a place
    return false;
  const bool draft_place = !a.form_id.empty() || !a.section.empty() || !a.field.empty();
  if (c.procedure_id != a.procedure_id && (!a.procedure_id.empty() || draft_place))
    return false;
  if (!a.form_id.empty() && c.place.form_id != a.form_id)
    return false;
  if (!a.field.empty() && !key_at(c.place.field, a.field) && c.place.input != a.field &&
      c.property != a.field)
    return false;
  if (a.field.empty() && !a.section.empty() && !in_section(c.place.field, a.section))
    return false;
  if (a.worksheet && c.place.worksheet != a.worksheet)
    return false;
  return a.task <= 0 || c.place.task == a.task;
}

namespace {

Text both(const std::function<std::string(Language)>& make) {
  return {make(Language::vi), make(Language::en)};
}

Arg target_arg(const ResponseTarget& t) {
  return arg("target", both([&](Language l) { return target_text(t, l); }));
}

// Where a kept finding is, as far as the review tells it: its procedure and, when the finding was
// made here rather than read back, its typed place.
CommentAnchor finding_anchor(const Finding& f) {
  CommentAnchor a;
  a.procedure_id = f.procedure_id;
  a.form_id = f.place.form_id;
  a.field = f.place.field;
  a.worksheet = f.place.worksheet;
  a.task = f.place.task;
  return a;
}

Place place_of(const CommentAnchor& a) {
  Place p;
  p.form_id = a.form_id;
  p.form_code = a.form_id;
  p.section = a.section;
  p.field = a.field;
  p.worksheet = a.worksheet;
  p.task = a.task;
  return p;
}

struct Checker {
  const Review& review;
  const Response& response;
  const ReportVersion& old_report;
  const ReportVersion& new_report;
  const forms::FormCatalog* catalog;
  ResponseStatus status;
  std::vector<Finding> errors, warnings;
  std::optional<DossierDiff> diff;

  const Dossier* names() const {
    return new_report.dossier ? new_report.dossier : old_report.dossier;
  }

  Finding finding(std::string_view code, std::string procedure, Place place, std::vector<Arg> args,
                  SourceLocation at = {}) const {
    return make_finding(code, std::move(procedure), std::move(place), at, std::move(args));
  }

  void digests(bool answers) {
    if (!answers)
      errors.push_back(
          finding("CPTT-E301", {}, {},
                  {arg("declared", response.review_digest), arg("actual", review_digest(review))}));
    if (old_report.dossier && old_report.digest != review.report_digest)
      errors.push_back(
          finding("CPTT-E304", {}, {},
                  {arg("declared", review.report_digest), arg("actual", old_report.digest)}));
    if (new_report.dossier && !response.report_digest.empty() &&
        new_report.digest != response.report_digest)
      errors.push_back(
          finding("CPTT-E303", {}, {},
                  {arg("declared", response.report_digest), arg("actual", new_report.digest)}));
  }

  void compare() {
    if (!old_report.dossier || !new_report.dossier)
      return;
    try {
      diff = diff_dossiers(*old_report.dossier, *new_report.dossier);
    } catch (const std::exception&) {
      // A version that cannot be computed is named by its own check (cptt review); its places
      // are then not compared.
      diff.reset();
    }
  }

  ResponseItem item_of(const ResponseTarget& t) const {
    ResponseItem i;
    i.target = t;
    if (t.kind == ResponseTarget::Kind::comment) {
      const Comment& c = review.comments[static_cast<std::size_t>(t.comment - 1)];
      i.procedure_id = c.anchor.procedure_id;
      i.text = Text{c.text, {}};
      i.place = place_name(c.anchor, names(), catalog);
      i.author = c.author.empty() ? review.reviewer.name : c.author;
      return i;
    }
    for (const ReviewedFinding& f : review.findings)
      if (f.status == FindingStatus::agreed && ResponseTarget::of_finding(f.finding) == t) {
        i.text = both([&](Language l) { return f.finding.message(l); });
        const Text place = both([&](Language l) { return f.finding.place_text(l); });
        i.place = t.procedure_id.empty() ? place
                  : place.empty()        ? procedure_place(t.procedure_id, names())
                                  : procedure_place(t.procedure_id, names()) + " · " + place;
        break;
      }
    i.procedure_id = t.procedure_id;
    i.author = review.reviewer.name;
    return i;
  }

  const Finding* kept_finding(const ResponseTarget& t) const {
    for (const ReviewedFinding& f : review.findings)
      if (f.status == FindingStatus::agreed && ResponseTarget::of_finding(f.finding) == t)
        return &f.finding;
    return nullptr;
  }

  void place_change(ResponseItem& i) const {
    if (!diff || i.state != AnswerState::tiep_thu)
      return;
    CommentAnchor at;
    if (i.target.kind == ResponseTarget::Kind::comment)
      at = review.comments[static_cast<std::size_t>(i.target.comment - 1)].anchor;
    else if (const Finding* f = kept_finding(i.target))
      at = finding_anchor(*f);
    for (const Change& c : diff->changes)
      if (change_at(c, at) || (i.entry->anchor && change_at(c, *i.entry->anchor)))
        i.changes.push_back(c);
    i.place_change = i.changes.empty() ? PlaceChange::unchanged : PlaceChange::changed;
  }

  void warn(const ResponseItem& i) {
    const Place where =
        i.target.kind == ResponseTarget::Kind::comment
            ? place_of(review.comments[static_cast<std::size_t>(i.target.comment - 1)].anchor)
            : Place{};
    if (i.state == AnswerState::unanswered)
      warnings.push_back(finding("CPTT-W301", i.procedure_id, where, {target_arg(i.target)}));
    else if (i.place_change == PlaceChange::unchanged)
      warnings.push_back(finding("CPTT-W302", i.procedure_id, where,
                                 {target_arg(i.target), arg("place", i.place)}, i.entry->location));
  }

  void run() {
    const bool answers = answers_review(response, review);
    digests(answers);
    compare();
    const std::vector<ResponseTarget> targets = response_targets(review);
    for (const ResponseTarget& t : targets) {
      ResponseItem i = item_of(t);
      if (const ResponseEntry* e = answers ? response.entry_for(t) : nullptr) {
        i.entry = *e;
        i.state =
            e->result == ResponseResult::tiep_thu ? AnswerState::tiep_thu : AnswerState::giai_trinh;
      }
      place_change(i);
      warn(i);
      status.items.push_back(std::move(i));
    }
    if (answers)
      for (const ResponseEntry& e : response.entries)
        if (std::find(targets.begin(), targets.end(), e.target) == targets.end())
          errors.push_back(
              finding("CPTT-E302", e.target.procedure_id, {}, {target_arg(e.target)}, e.location));
    if (response.report_digest.empty())
      warnings.push_back(finding("CPTT-W303", {}, {}, {}));
    status.findings = std::move(errors);
    status.findings.insert(status.findings.end(), warnings.begin(), warnings.end());
  }
};

} // namespace

ResponseStatus check_response(const Review& review, const Response& response,
                              const ReportVersion& old_report, const ReportVersion& new_report,
                              const forms::FormCatalog* catalog) {
  Checker c{review, response, old_report, new_report, catalog, {}, {}, {}, {}};
  c.run();
  return std::move(c.status);
}

} // namespace cptt::review
