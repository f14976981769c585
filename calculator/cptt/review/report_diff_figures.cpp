// The computed figures of two dossiers that moved, and each procedure's share of the move of the
// draft's net change. Both versions are computed by the engine, not read from the reports: the
// review's recompute check is what tells declared figures from computed ones.
#include "cptt/review/report_diff_support.h"
#include "cptt/task_matching.h"

namespace cptt::review::detail {
namespace {

using OptDecimal = std::optional<Decimal>;

OptDecimal amount(const Money* m) { return m ? OptDecimal(m->amount()) : std::nullopt; }

const RateResult* find_rate(const DossierResult& r, const std::string& id) {
  for (const RateResult& x : r.rates)
    if (x.id == id)
      return &x;
  return nullptr;
}

void worksheet_figures(Emitter& e, Worksheet::Variant variant, const Worksheet* wa,
                       const WorksheetResult* ra, const Worksheet* wb, const WorksheetResult* rb) {
  if (!ra && !rb)
    return;
  Place at;
  at.worksheet = variant;
  auto money = [&](const char* property, Text label, Money WorksheetResult::*field) {
    e.number(at, property, std::move(label), ra ? OptDecimal((ra->*field).amount()) : std::nullopt,
             rb ? OptDecimal((rb->*field).amount()) : std::nullopt, true);
  };
  money("hourly-rate", {"thu nhập bình quân mỗi giờ", "hourly income"},
        &WorksheetResult::hourly_rate);
  if (wa && wb && ra && rb) {
    const std::vector<int> a_to_b = match_tasks(wa->tasks, wb->tasks);
    for (std::size_t i = 0; i < a_to_b.size(); ++i) {
      if (a_to_b[i] < 0)
        continue;
      const auto j = static_cast<std::size_t>(a_to_b[i]);
      Place task = at;
      task.task = static_cast<int>(j) + 1;
      e.number(task, "task.time-cost", {"chi phí thời gian", "time cost"},
               ra->tasks[i].time_cost.amount(), rb->tasks[j].time_cost.amount(), true);
      e.number(task, "task.cost", {"chi phí công việc", "task cost"},
               ra->tasks[i].task_cost.amount(), rb->tasks[j].task_cost.amount(), true);
    }
  }
  money("tasks-total", {"tổng chi phí các công việc", "tasks total"},
        &WorksheetResult::tasks_total);
  money("fees-total", {"tổng phí, lệ phí", "fees total"}, &WorksheetResult::fees_total);
  money("cost-per-filing", {"chi phí một lần thực hiện", "cost per filing"},
        &WorksheetResult::cost_per_filing);
  money("annual", {"chi phí cả năm", "annual cost"}, &WorksheetResult::annual);
}

const Worksheet* sheet(const Procedure* p, Worksheet::Variant v) {
  if (!p)
    return nullptr;
  const std::optional<Worksheet>& w = v == Worksheet::Variant::current ? p->current : p->proposed;
  return w ? &*w : nullptr;
}
const WorksheetResult* sheet(const ProcedureResult* p, Worksheet::Variant v) {
  if (!p)
    return nullptr;
  const std::optional<WorksheetResult>& w =
      v == Worksheet::Variant::current ? p->current : p->proposed;
  return w ? &*w : nullptr;
}

void procedure_figures(Emitter& e, const Procedure* pa, const ProcedureResult* ra,
                       const Procedure* pb, const ProcedureResult* rb) {
  for (Worksheet::Variant v : {Worksheet::Variant::current, Worksheet::Variant::proposed})
    worksheet_figures(e, v, sheet(pa, v), sheet(ra, v), sheet(pb, v), sheet(rb, v));
  const Place none;
  auto money = [&](const char* property, Text label, Money ProcedureResult::*field) {
    e.number(none, property, std::move(label), ra ? amount(&(ra->*field)) : std::nullopt,
             rb ? amount(&(rb->*field)) : std::nullopt, true);
  };
  money("before", {"chi phí trước dự thảo", "cost before"}, &ProcedureResult::before);
  money("after", {"chi phí sau dự thảo", "cost after"}, &ProcedureResult::after);
  money("saving", {"chi phí tiết kiệm", "saving"}, &ProcedureResult::saving);
  e.number(none, "reduction-percent", {"tỷ lệ cắt giảm (%)", "reduction (%)"},
           ra ? ra->reduction_percent : std::nullopt, rb ? rb->reduction_percent : std::nullopt,
           true, 2);
}

void totals_figures(Emitter& e, const DossierTotals& a, const DossierTotals& b) {
  Place at;
  at.input = "totals";
  auto money = [&](const char* property, Text label, Money DossierTotals::*field) {
    e.number(at, property, std::move(label), (a.*field).amount(), (b.*field).amount(), true);
  };
  money("totals.before", {"tổng chi phí trước dự thảo", "total before"}, &DossierTotals::before);
  money("totals.after", {"tổng chi phí sau dự thảo", "total after"}, &DossierTotals::after);
  money("totals.net-change", {"thay đổi ròng", "net change"}, &DossierTotals::net_change);
  money("totals.saving", {"tổng chi phí tiết kiệm", "total saving"}, &DossierTotals::saving);
  money("totals.added-by-new", {"tăng do thủ tục mới", "added by new procedures"},
        &DossierTotals::added_by_new);
  money("totals.saved-by-amendments", {"giảm do sửa đổi", "saved by amendments"},
        &DossierTotals::saved_by_amendments);
  money("totals.saved-by-abolitions", {"giảm do bãi bỏ", "saved by abolitions"},
        &DossierTotals::saved_by_abolitions);
  e.number(at, "totals.reduction-percent", {"tỷ lệ cắt giảm chung (%)", "overall reduction (%)"},
           a.reduction_percent, b.reduction_percent, true, 2);
}

Money net_of(const ProcedureResult* r) { return r ? r->after - r->before : Money(); }

} // namespace

void diff_figures(DossierDiff& d, const Dossier& a, const Dossier& b) {
  const DossierResult ra = compute(a);
  const DossierResult rb = compute(b);
  d.old_totals = ra.totals;
  d.new_totals = rb.totals;
  d.net_delta = rb.totals.net_change - ra.totals.net_change;

  Emitter draft{d.changes, {}};
  for (const RateResult& y : rb.rates) {
    Place at;
    at.rate = y.id;
    const RateResult* x = find_rate(ra, y.id);
    draft.number(at, "rate.hourly", {"mức thu nhập mỗi giờ", "hourly rate"},
                 amount(x ? &x->hourly_rate : nullptr), y.hourly_rate.amount(), true);
  }
  for (const RateResult& x : ra.rates)
    if (!find_rate(rb, x.id)) {
      Place at;
      at.rate = x.id;
      draft.number(at, "rate.hourly", {"mức thu nhập mỗi giờ", "hourly rate"},
                   x.hourly_rate.amount(), std::nullopt, true);
    }
  totals_figures(draft, ra.totals, rb.totals);

  auto share = [&](const std::string& id, const ProcedureResult* x, const ProcedureResult* y) {
    ProcedureShare s{id, net_of(x), net_of(y), {}, std::nullopt};
    s.delta = s.new_net - s.old_net;
    if (s.delta.is_zero())
      return;
    if (!d.net_delta.is_zero())
      s.percent = Decimal::divide(s.delta.amount() * Decimal::from_integer(100),
                                  d.net_delta.amount(), 2, Rounding::half_up);
    d.shares.push_back(std::move(s));
  };
  for (const Procedure& pb : b.procedures) {
    Emitter e{d.changes, pb.id};
    const Procedure* pa = a.find_procedure(pb.id);
    const ProcedureResult* x = pa ? ra.find(pb.id) : nullptr;
    const ProcedureResult* y = rb.find(pb.id);
    procedure_figures(e, pa, x, &pb, y);
    share(pb.id, x, y);
  }
  for (const Procedure& pa : a.procedures)
    if (!b.find_procedure(pa.id)) {
      Emitter e{d.changes, pa.id};
      const ProcedureResult* x = ra.find(pa.id);
      procedure_figures(e, &pa, x, nullptr, nullptr);
      share(pa.id, x, nullptr);
    }
}

} // namespace cptt::review::detail
