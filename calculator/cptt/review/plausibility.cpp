#include "cptt/review/plausibility.h"

#include "cptt/engine.h"
#include "cptt/review/completeness.h"
#include "cptt/review/recompute.h"

#include <unordered_map>

namespace cptt::review {
namespace {

std::string vi(const Decimal& d) { return d.to_vietnamese(); }

// A task's place in messages, built only when a finding names it: most tasks have none.
class TaskPlace {
public:
  TaskPlace(Worksheet::Variant variant, int task) : variant_(variant), task_(task) {}
  const std::string& text() const {
    if (text_.empty())
      text_ = place_text(variant_, task_);
    return text_;
  }

private:
  Worksheet::Variant variant_;
  int task_;
  mutable std::string text_;
};

class Checker {
public:
  Checker(const Dossier& d, const ReferenceData& r, const DossierResult* computed,
          std::vector<Finding>& out)
      : dossier_(d), ref_(r), limits_(r.plausibility), computed_(computed), out_(out) {}

  void rates() {
    const int year = dossier_.draft.calculation_year;
    std::optional<LegalRate> legal;
    if (year > 0)
      legal = legal_rate_for(ref_, year);
    for (const IncomeRate& r : dossier_.rates) {
      const std::string place = "mức thu nhập " + r.id;
      if (year == 0)
        add(Severity::note, "CPTT-N248", place, r.location,
            "hồ sơ không ghi năm tính toán nên không kiểm tra được năm của số liệu thu nhập / no "
            "calculation year: the rate's year cannot be checked");
      if (r.kind == IncomeRate::Kind::derived)
        derived(r, place);
      else
        direct(r, place, legal);
    }
  }

  void procedure(const Procedure& p) {
    procedure_ = &p;
    if (p.current)
      worksheet(*p.current);
    if (p.proposed)
      worksheet(*p.proposed);
    if (p.kind == ProcedureKind::amended && p.current && p.proposed)
      amended_costs_more(p);
  }

private:
  void derived(const IncomeRate& r, const std::string& place) {
    if (!r.gdp_per_capita)
      return;
    for (const GdpFigure& g : ref_.gdp)
      if (g.kind == FigureKind::gdp_per_capita && g.year == r.year && g.unit == "VND" &&
          g.value != r.gdp_per_capita->amount())
        add(Severity::warning, "CPTT-W245", place, r.location,
            "GDP bình quân đầu người năm " + std::to_string(r.year) + " ghi là " +
                vi(r.gdp_per_capita->amount()) + " đồng, số liệu công bố là " + vi(g.value) +
                " đồng (" + g.source +
                ") / the GDP per capita differs from the published "
                "figure");
  }

  void direct(const IncomeRate& r, const std::string& place,
              const std::optional<LegalRate>& legal) {
    if (!r.direct_rate)
      return;
    if (!legal) {
      add(Severity::note, "CPTT-N249", place, r.location,
          "mức thu nhập nhập trực tiếp; không có số liệu GDP để so sánh / a rate entered "
          "directly; no GDP figure to compare it with");
      return;
    }
    const Money legal_rate = hourly_rate(legal->rate);
    if (legal_rate.is_zero())
      return;
    const Decimal deviation = Decimal::divide(
        (r.direct_rate->amount() - legal_rate.amount()).abs() * Decimal::from_integer(100),
        legal_rate.amount(), 2, Rounding::half_up);
    const std::string text = "mức thu nhập nhập trực tiếp " + r.direct_rate->to_vietnamese() +
                             " đồng/giờ, không phải mức theo GDP bình quân đầu người năm " +
                             std::to_string(legal->rate.year) + " (" + legal_rate.to_vietnamese() +
                             " đồng/giờ), chênh lệch " + deviation.to_vietnamese(2) + " %";
    if (deviation > limits_.max_rate_deviation_percent)
      add(Severity::warning, "CPTT-W247", place, r.location,
          text + " / a rate entered directly differs from the GDP-based legal rate by " +
              deviation.to_fixed(2) + " %");
    else
      add(Severity::note, "CPTT-N246", place, r.location,
          text + " / a rate entered directly instead of the GDP-based legal rate");
  }

  void worksheet(const Worksheet& w) {
    const std::string sheet = place_text(w.variant, 0);
    Quantity filing_hours;
    bool task_over = false;
    std::string without_evidence;
    int index = 0;
    for (const Task& t : w.tasks) {
      ++index;
      const TaskPlace place(w.variant, index);
      bool documented = !t.evidence.empty();
      if (t.hours > limits_.max_task_hours) {
        task_over = true;
        add(Severity::warning, "CPTT-W241", place, t.location,
            "công việc \"" + t.name + "\" mất " + vi(t.hours.value()) +
                " giờ cho một lần thực hiện, vượt mức " + vi(limits_.max_task_hours.value()) +
                " giờ / the task takes more hours per filing than the threshold");
      }
      documented |= catalogue(t, place);
      documented |= norm(t, place);
      if (t.services.amount() > limits_.max_services_per_task.amount())
        add(Severity::warning, "CPTT-W254", place, t.location,
            "chi phí tư vấn, dịch vụ " + t.services.to_vietnamese() + " đồng vượt mức " +
                limits_.max_services_per_task.to_vietnamese() +
                " đồng / advice and service costs above the threshold");
      if (!documented && !(t.hours.is_zero() && t.services.is_zero() && t.other_costs.is_zero()))
        without_evidence += (without_evidence.empty() ? "" : ", ") + std::to_string(index);
      filing_hours = filing_hours + t.hours;
    }
    if (!task_over && filing_hours > limits_.max_task_hours)
      add(Severity::warning, "CPTT-W242", sheet, w.location,
          "tổng thời gian một lần thực hiện là " + vi(filing_hours.value()) + " giờ, vượt mức " +
              vi(limits_.max_task_hours.value()) +
              " giờ / the hours of one filing exceed the threshold");
    if (!without_evidence.empty())
      add(Severity::warning, "CPTT-W255", sheet, w.location,
          "công việc " + without_evidence +
              " chưa có ghi chú căn cứ số liệu (khảo sát, định mức, báo giá…) / tasks " +
              without_evidence + " have no evidence note");
    for (const Fee& f : w.fees)
      if (f.amount.amount() > limits_.max_fee.amount())
        add(Severity::warning, "CPTT-W253", sheet, f.location,
            "phí, lệ phí \"" + f.name + "\" " + f.amount.to_vietnamese() + " đồng vượt mức " +
                limits_.max_fee.to_vietnamese() + " đồng / a fee above the threshold");
    counts(w, sheet);
  }

  void counts(const Worksheet& w, const std::string& sheet) {
    if (w.frequency > limits_.max_frequency)
      add(Severity::warning, "CPTT-W250", sheet, w.location,
          "số lần thực hiện mỗi năm " + vi(w.frequency.value()) + " vượt mức " +
              vi(limits_.max_frequency.value()) + " / frequency per year above the threshold");
    if (w.frequency_evidence.empty())
      add(Severity::warning, "CPTT-W256", sheet, w.location,
          "chưa ghi căn cứ của số lần thực hiện mỗi năm / the frequency has no evidence note");
    if (w.one_case || !w.subjects)
      return;
    if (w.subjects->is_zero())
      add(Severity::warning, "CPTT-W251", sheet, w.location,
          "số đối tượng bằng 0: chi phí cả năm bằng 0; nếu không dự báo được, hãy tính cho một "
          "trường hợp / zero subjects: the annual cost is 0; use one case when no forecast is "
          "possible");
    else if (*w.subjects > limits_.max_subjects)
      add(Severity::warning, "CPTT-W252", sheet, w.location,
          "số đối tượng mỗi năm " + vi(w.subjects->value()) + " vượt mức " +
              vi(limits_.max_subjects.value()) + " / subjects per year above the threshold");
    if (w.subjects_evidence.empty())
      add(Severity::warning, "CPTT-W257", sheet, w.location,
          "chưa ghi nguồn dự báo số đối tượng / the number of subjects has no source");
  }

  // True when the catalogue documents the hours (they equal its default for the complexity).
  bool catalogue(const Task& t, const TaskPlace& place) {
    if (t.catalogue_ref.empty())
      return false;
    const CatalogueActivity* a = ref_.find_activity(t.catalogue_ref);
    if (!a || a->norm != NormKind::none)
      return false;
    const std::optional<Quantity> complex = a->default_hours(Complexity::complex);
    if (complex) {
      const Decimal limit = complex->value() * limits_.hours_factor_over_catalogue;
      if (t.hours.value() > limit)
        add(Severity::warning, "CPTT-W240", place, t.location,
            "công việc \"" + t.name + "\" mất " + vi(t.hours.value()) + " giờ, vượt " +
                over_catalogue_text(*a, *complex));
    }
    Complexity c{};
    if (!t.complexity.empty() && from_id(t.complexity, c))
      if (const std::optional<Quantity> d = a->default_hours(c))
        return *d == t.hours;
    return false;
  }

  // True when the official norm documents the hours (they equal norm × units).
  bool norm(const Task& t, const TaskPlace& place) {
    if (t.norm.kind == NormKind::none)
      return false;
    if (t.norm.units > limits_.max_norm_units)
      add(Severity::warning, "CPTT-W244", place, t.location,
          "số lượt đi lại hoặc số trang tờ khai " + vi(t.norm.units.value()) + " vượt mức " +
              vi(limits_.max_norm_units.value()) + " / trips or pages above the threshold");
    const std::optional<Quantity> expected = norm_hours(ref_, t.norm);
    if (!expected || *expected == t.hours)
      return expected.has_value();
    const std::string text = "công việc \"" + t.name + "\" ghi " + vi(t.hours.value()) +
                             " giờ, định mức chính thức × số lượng là " + vi(expected->value()) +
                             " giờ";
    if (t.evidence.empty())
      add(Severity::warning, "CPTT-W243", place, t.location,
          text + ", không có giải trình / the hours differ from the official norm × units "
                 "without an evidence note");
    else
      add(Severity::note, "CPTT-N243", place, t.location,
          text + "; có giải trình: \"" + t.evidence +
              "\" / the hours differ from the official norm, with an evidence note");
    return false;
  }

  // The catalogue's part of a W240 message: the same for every task of the activity, so built
  // once per activity and report.
  const std::string& over_catalogue_text(const CatalogueActivity& a, const Quantity& complex) {
    auto [it, inserted] = over_catalogue_.try_emplace(&a);
    if (inserted)
      it->second = vi(limits_.hours_factor_over_catalogue) + " lần mức phức tạp của danh mục (" +
                   vi(complex.value()) + " giờ, \"" + a.name_vi +
                   "\") / hours far above the catalogue's complex value";
    return it->second;
  }

  // The procedure's figures from compute(dossier) when the review has them, else null.
  const ProcedureResult* computed_result(const Procedure& p) const {
    if (!computed_ || computed_->procedures.size() != dossier_.procedures.size())
      return nullptr;
    const auto i = static_cast<std::size_t>(&p - dossier_.procedures.data());
    if (i >= computed_->procedures.size() || computed_->procedures[i].id != p.id)
      return nullptr;
    return &computed_->procedures[i];
  }

  void amended_costs_more(const Procedure& p) {
    WorksheetResult cur, pro;
    const ProcedureResult* computed = computed_result(p);
    if (computed && computed->current && computed->proposed) {
      cur = *computed->current;
      pro = *computed->proposed;
    } else {
      try {
        cur = compute_worksheet(*p.current, dossier_);
        pro = compute_worksheet(*p.proposed, dossier_);
      } catch (const std::exception&) {
        return; // the recompute part reports inputs that cannot be computed
      }
    }
    if (pro.annual <= cur.annual && pro.cost_per_filing <= cur.cost_per_filing)
      return;
    add(Severity::warning, "CPTT-W258", "", p.location,
        "thủ tục sửa đổi nhưng phương án đề xuất tốn kém hơn hiện hành: một lần thực hiện " +
            cur.cost_per_filing.to_vietnamese() + " → " + pro.cost_per_filing.to_vietnamese() +
            " đồng, cả năm " + cur.annual.to_vietnamese() + " → " + pro.annual.to_vietnamese() +
            " đồng / the proposed variant of an amended procedure costs more than the current "
            "one");
  }

  void add(Severity s, const char* code, const std::string& place, SourceLocation at,
           std::string message) {
    out_.push_back({s, code, procedure_ ? procedure_->id : "", place, at, std::move(message)});
  }
  void add(Severity s, const char* code, const TaskPlace& place, SourceLocation at,
           std::string message) {
    add(s, code, place.text(), at, std::move(message));
  }

  const Dossier& dossier_;
  const ReferenceData& ref_;
  const PlausibilityThresholds& limits_;
  const DossierResult* computed_;
  std::vector<Finding>& out_;
  std::unordered_map<const CatalogueActivity*, std::string> over_catalogue_;
  const Procedure* procedure_ = nullptr;
};

} // namespace

void check_plausibility(const Dossier& dossier, const ReferenceData& reference,
                        const std::vector<Finding>& rule_findings, std::vector<Finding>& out,
                        const DossierResult* computed) {
  for (const Finding& f : rule_findings)
    if (is_plausibility_rule(f.code))
      out.push_back(f);
  Checker c(dossier, reference, computed, out);
  c.rates();
  for (const Procedure& p : dossier.procedures)
    c.procedure(p);
}

} // namespace cptt::review
