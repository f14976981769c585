#include "cptt/review/recompute.h"

namespace cptt::review {
namespace {

// A figure's name in both languages (the id when it has none).
Text field_name(std::string_view field) {
  struct Label {
    std::string_view id, vi, en;
  };
  static constexpr Label labels[] = {
      {"hourly-rate", "mức thu nhập theo giờ", "hourly rate"},
      {"time-cost", "chi phí thời gian", "time cost"},
      {"task-cost", "chi phí công việc", "task cost"},
      {"tasks-total", "tổng chi phí công việc", "tasks total"},
      {"fees-total", "tổng phí, lệ phí", "fees total"},
      {"cost-per-filing", "chi phí một lần thực hiện", "cost per filing"},
      {"frequency", "số lần thực hiện mỗi năm", "filings per year"},
      {"subjects", "số đối tượng", "subjects"},
      {"one-case", "tính cho một trường hợp", "one case"},
      {"annual", "chi phí cả năm", "annual cost"},
      {"rate", "mức thu nhập áp dụng", "rate used"},
      {"kind", "loại thủ tục", "procedure kind"},
      {"before", "chi phí trước dự thảo", "cost before the draft"},
      {"after", "chi phí sau dự thảo", "cost after the draft"},
      {"saving", "chi phí tiết kiệm", "saving"},
      {"reduction-percent", "tỷ lệ cắt giảm", "reduction percent"},
      {"net-change", "thay đổi ròng", "net change"},
      {"added-by-new", "tăng do thủ tục mới", "added by new procedures"},
      {"saved-by-amendments", "tiết kiệm do sửa đổi", "saved by amendments"},
      {"saved-by-abolitions", "tiết kiệm do bãi bỏ", "saved by abolitions"}};
  for (const Label& l : labels)
    if (l.id == field)
      return {std::string(l.vi), std::string(l.en)};
  return {std::string(field), {}};
}

class Comparer {
public:
  Comparer(const Dossier& dossier, RecomputeResult& result, std::vector<Finding>& out)
      : dossier_(dossier), result_(result), out_(out) {}

  void rates(const DossierResult& declared, const DossierResult& fresh) {
    for (const RateResult& f : fresh.rates) {
      const RateResult* d = find_rate(declared, f.id);
      Discrepancy x = base("CPTT-E210");
      x.rate_id = f.id;
      if (!d)
        presence(x, "", "yes", "missing", {arg("rate", f.id)});
      else if (d->hourly_rate != f.hourly_rate)
        number(x, "hourly-rate", d->hourly_rate.amount(), f.hourly_rate.amount());
    }
    for (const RateResult& d : declared.rates)
      if (!find_rate(fresh, d.id)) {
        Discrepancy x = base("CPTT-E210");
        x.rate_id = d.id;
        presence(x, "yes", "", "extra", {arg("rate", d.id)});
      }
  }

  void procedures(const DossierResult& declared, const DossierResult& fresh) {
    for (std::size_t i = 0; i < fresh.procedures.size(); ++i) {
      const ProcedureResult& f = fresh.procedures[i];
      procedure_ = &dossier_.procedures[i];
      const ProcedureResult* d = declared.find(f.id);
      Discrepancy x = base("CPTT-E216");
      if (!d) {
        presence(x, "", "yes", "", {arg("name", procedure_->name)});
        continue;
      }
      if (d->kind != f.kind) {
        Discrepancy k = base("CPTT-E214");
        text(k, "kind", std::string(to_id(d->kind)), std::string(to_id(f.kind)));
      }
      worksheet(d->current, f.current, Worksheet::Variant::current);
      worksheet(d->proposed, f.proposed, Worksheet::Variant::proposed);
      Discrepancy p = base("CPTT-E214");
      compare(p, "before", d->before, f.before);
      compare(p, "after", d->after, f.after);
      compare(p, "saving", d->saving, f.saving);
      percent(p, d->reduction_percent, f.reduction_percent);
    }
    procedure_ = nullptr;
    for (const ProcedureResult& d : declared.procedures)
      if (!fresh.find(d.id)) {
        Discrepancy x = base("CPTT-E217");
        x.procedure_id = d.id;
        presence(x, "yes", "", "", {arg("procedure", d.id)});
      }
  }

  void totals(const DossierTotals& d, const DossierTotals& f) {
    Discrepancy x = base("CPTT-E215");
    compare(x, "before", d.before, f.before);
    compare(x, "after", d.after, f.after);
    compare(x, "net-change", d.net_change, f.net_change);
    compare(x, "added-by-new", d.added_by_new, f.added_by_new);
    compare(x, "saved-by-amendments", d.saved_by_amendments, f.saved_by_amendments);
    compare(x, "saved-by-abolitions", d.saved_by_abolitions, f.saved_by_abolitions);
    percent(x, d.reduction_percent, f.reduction_percent);
  }

private:
  Discrepancy base(const char* code) const {
    Discrepancy x;
    x.code = code;
    if (procedure_)
      x.procedure_id = procedure_->id;
    return x;
  }

  const Worksheet* input_sheet(Worksheet::Variant v) const {
    if (!procedure_)
      return nullptr;
    const auto& w = v == Worksheet::Variant::current ? procedure_->current : procedure_->proposed;
    return w ? &*w : nullptr;
  }

  SourceLocation location_of(const Discrepancy& x) const {
    if (const Worksheet* w = x.variant ? input_sheet(*x.variant) : nullptr) {
      if (x.task > 0 && x.task <= static_cast<int>(w->tasks.size()))
        return w->tasks[x.task - 1].location;
      return w->location;
    }
    if (procedure_)
      return procedure_->location;
    if (!x.rate_id.empty())
      if (const IncomeRate* r = dossier_.find_rate(x.rate_id))
        return r->location;
    return {};
  }

  void worksheet(const std::optional<WorksheetResult>& d, const std::optional<WorksheetResult>& f,
                 Worksheet::Variant v) {
    Discrepancy x = base("CPTT-E218");
    x.variant = v;
    if (!d && !f)
      return;
    if (!d || !f) {
      presence(x, d ? "yes" : "", f ? "yes" : "", d ? "extra" : "", {});
      return;
    }
    const std::size_t n = std::min(d->tasks.size(), f->tasks.size());
    for (std::size_t i = 0; i < n; ++i) {
      Discrepancy t = base("CPTT-E211");
      t.variant = v;
      t.task = static_cast<int>(i + 1);
      compare(t, "time-cost", d->tasks[i].time_cost, f->tasks[i].time_cost);
      t.code = "CPTT-E212";
      compare(t, "task-cost", d->tasks[i].task_cost, f->tasks[i].task_cost);
    }
    if (d->tasks.size() != f->tasks.size()) {
      Discrepancy t = base("CPTT-E219");
      t.variant = v;
      t.task = static_cast<int>(n + 1);
      t.field = "tasks";
      t.declared = std::to_string(d->tasks.size());
      t.recomputed = std::to_string(f->tasks.size());
      t.difference = std::to_string(static_cast<long long>(d->tasks.size()) -
                                    static_cast<long long>(f->tasks.size()));
      emit(t, "", {arg("declared", t.declared), arg("recomputed", t.recomputed)});
    }
    Discrepancy w = base("CPTT-E213");
    w.variant = v;
    if (d->rate_id != f->rate_id)
      text(w, "rate", d->rate_id, f->rate_id);
    compare(w, "hourly-rate", d->hourly_rate, f->hourly_rate);
    compare(w, "tasks-total", d->tasks_total, f->tasks_total);
    compare(w, "fees-total", d->fees_total, f->fees_total);
    compare(w, "cost-per-filing", d->cost_per_filing, f->cost_per_filing);
    if (d->frequency != f->frequency)
      number(w, "frequency", d->frequency.value(), f->frequency.value());
    if (d->subjects != f->subjects)
      number(w, "subjects", d->subjects.value(), f->subjects.value());
    if (d->one_case != f->one_case)
      text(w, "one-case", d->one_case ? "true" : "false", f->one_case ? "true" : "false");
    compare(w, "annual", d->annual, f->annual);
  }

  // By reference: most figures agree, and only a discrepancy needs its own copy.
  void compare(const Discrepancy& x, const char* field, const Money& d, const Money& f) {
    if (d != f)
      number(x, field, d.amount(), f.amount());
  }

  void percent(const Discrepancy& x, const std::optional<Decimal>& d,
               const std::optional<Decimal>& f) {
    if (d && f) {
      if (*d != *f)
        number(x, "reduction-percent", *d, *f);
    } else if (d || f) {
      text(x, "reduction-percent", d ? d->to_fixed(2) : "", f ? f->to_fixed(2) : "");
    }
  }

  void number(Discrepancy x, std::string_view field, const Decimal& d, const Decimal& f) {
    x.field = field;
    x.declared = d.to_canonical();
    x.recomputed = f.to_canonical();
    const Decimal diff = d - f;
    x.difference = diff.to_canonical();
    Arg difference = arg_number("difference", diff);
    if (!diff.is_negative()) {
      difference.value.vi = "+" + difference.value.vi;
      difference.value.en = "+" + difference.value.en;
    }
    emit(x, "",
         {arg("field", field_name(field)), arg_number("declared", d), arg_number("recomputed", f),
          std::move(difference)});
  }

  void text(Discrepancy x, std::string_view field, const std::string& d, const std::string& f) {
    x.field = field;
    x.declared = d;
    x.recomputed = f;
    emit(x, "text", {arg("field", field_name(field)), arg("declared", d), arg("recomputed", f)});
  }

  void presence(Discrepancy x, const char* d, const char* f, const char* variant,
                std::vector<Arg> args) {
    x.field = "present";
    x.declared = d;
    x.recomputed = f;
    emit(x, variant, std::move(args));
  }

  void emit(const Discrepancy& x, const char* variant, std::vector<Arg> args) {
    Place place;
    if (!x.rate_id.empty())
      place.rate = x.rate_id;
    else if (x.procedure_id.empty() && x.code == "CPTT-E215")
      place.input = "totals";
    else
      place = sheet_place(x.variant, x.task);
    out_.push_back(make_finding(x.code, x.procedure_id, std::move(place), location_of(x),
                                std::move(args), variant));
    result_.discrepancies.push_back(x);
  }

  static const RateResult* find_rate(const DossierResult& r, std::string_view id) {
    for (const RateResult& rate : r.rates)
      if (rate.id == id)
        return &rate;
    return nullptr;
  }

  const Dossier& dossier_;
  RecomputeResult& result_;
  std::vector<Finding>& out_;
  const Procedure* procedure_ = nullptr;
};

} // namespace

Place sheet_place(std::optional<Worksheet::Variant> variant, int task) {
  Place place;
  place.worksheet = variant;
  place.task = task;
  return place;
}

std::string place_text(std::optional<Worksheet::Variant> variant, int task, std::string_view field,
                       Language language) {
  std::string out = sheet_place(variant, task).text(language);
  if (!field.empty())
    out += (out.empty() ? "" : ", ") + std::string(field);
  return out;
}

RecomputeResult recompute(const Dossier& dossier, const DossierResult& declared,
                          std::vector<Finding>& out) {
  RecomputeResult result;
  try {
    result.recomputed = compute(dossier);
    result.computed = true;
  } catch (const std::exception& e) {
    result.error = error_text(e);
    out.push_back(make_finding("CPTT-E220", "", {}, {}, {arg("error", result.error)}));
    return result;
  }
  Comparer c(dossier, result, out);
  c.rates(declared, result.recomputed);
  c.procedures(declared, result.recomputed);
  c.totals(declared.totals, result.recomputed.totals);
  return result;
}

} // namespace cptt::review
