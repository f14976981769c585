// The forms check of a 2,000-procedure dossier: a full evaluation against one incremental update
// after one answer changes (the app re-evaluates on every edit). Prints the ratio of the two,
// measured in the same run.
#include "../bench/ratio_reporter.h"

#include "cptt/forms/dossier_forms.h"

#include <benchmark/benchmark.h>

#include <cstdio>

namespace {

using namespace cptt;
using namespace cptt::forms;

constexpr int procedure_count = 2000;

// A plausible answer to every question that is not computed, with a reason each time.
AnswerSet full_answers(const FormDefinition& form, const std::string& procedure_id) {
  AnswerSet set;
  set.form_id = form.id;
  set.procedure_id = procedure_id;
  for (const Field& f : form.fields) {
    if (f.computed)
      continue;
    Answer a;
    a.field = f.id;
    a.reason = "Lý do nêu rõ";
    switch (f.type) {
    case FieldType::yesno:
      a.value = "yes";
      break;
    case FieldType::choice:
      a.value = f.options.front().id;
      break;
    case FieldType::multi:
      a.value = f.options.back().id;
      break;
    case FieldType::number:
      a.value = "15";
      break;
    case FieldType::date:
      a.value = "2024-03-01";
      break;
    case FieldType::text:
      a.value = "Điều 5 khoản 2";
      break;
    case FieldType::table: {
      a.is_table = true;
      AnswerRow row;
      for (const Column& c : f.columns)
        if (!c.computed)
          row.cells.push_back({c.id, c.type == FieldType::choice   ? c.options.front().id
                                     : c.type == FieldType::yesno  ? "no"
                                     : c.type == FieldType::number ? "1"
                                                                   : "Tờ khai"});
      a.rows.assign(3, row);
      break;
    }
    }
    set.answers.push_back(std::move(a));
  }
  return set;
}

Worksheet worksheet(Worksheet::Variant variant, int hours) {
  Worksheet w;
  w.variant = variant;
  w.rate_id = "r";
  Task t;
  t.name = "Chuẩn bị hồ sơ";
  t.hours = Quantity::from_integer(hours);
  t.services = Money::from_integer(50000);
  w.tasks.push_back(t);
  w.subjects = Quantity::from_integer(1000);
  return w;
}

struct Fixture {
  FormCatalog catalog = FormCatalog::load_folder(CPTT_FORMS_DIR);
  Dossier dossier;

  Fixture() {
    IncomeRate rate;
    rate.id = "r";
    rate.direct_rate = Money::from_integer(48248);
    dossier.rates.push_back(rate);
    dossier.draft.title = "Nghị định thử nghiệm";
    dossier.draft.drafting_body = "Bộ Tư pháp";
    const FormDefinition* form02 = catalog.find("tt03-2022-02");
    const FormDefinition* form03 = catalog.find("tt03-2022-03");
    if (!form02 || !form03)
      return;
    for (int i = 0; i < procedure_count; ++i) {
      Procedure p;
      p.id = "P" + std::to_string(i + 1);
      p.name = "Thủ tục số " + std::to_string(i + 1);
      p.kind = i % 2 == 0 ? ProcedureKind::new_procedure : ProcedureKind::amended;
      p.simplification = "Giảm thành phần hồ sơ";
      if (p.kind == ProcedureKind::amended)
        p.current = worksheet(Worksheet::Variant::current, 6);
      p.proposed = worksheet(Worksheet::Variant::proposed, 4);
      dossier.procedures.push_back(p);
      dossier.answers.push_back(full_answers(i % 2 == 0 ? *form02 : *form03, p.id));
    }
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

void FullEvaluation(benchmark::State& state) {
  Fixture& f = fixture();
  if (f.dossier.answers.size() != procedure_count)
    state.SkipWithError("the forms folder lacks tt03-2022-02 or tt03-2022-03");
  DossierFormsCheck check(f.catalog);
  for (auto _ : state) {
    check.reset(f.dossier);
    benchmark::DoNotOptimize(check.count(Severity::error));
  }
  state.counters["errors"] = static_cast<double>(check.count(Severity::error));
}
BENCHMARK(FullEvaluation)->Unit(benchmark::kMillisecond);

void IncrementalUpdate(benchmark::State& state) {
  Fixture& f = fixture();
  if (f.dossier.answers.size() != procedure_count)
    state.SkipWithError("the forms folder lacks tt03-2022-02 or tt03-2022-03");
  DossierFormsCheck check(f.catalog);
  check.reset(f.dossier);
  const std::size_t index = procedure_count / 2; // an amended procedure in the middle
  Answer& answer = f.dossier.answers[index].answers.front();
  const std::string original = answer.value;
  bool flip = false;
  for (auto _ : state) {
    flip = !flip;
    answer.value = flip ? "" : original; // one answer removed, then given again
    check.answers_changed(f.dossier, index);
    benchmark::DoNotOptimize(check.count(Severity::error));
  }
  answer.value = original;
}
BENCHMARK(IncrementalUpdate)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
  return cptt::bench::run_with_ratios(
      argc, argv,
      {{"one incremental update / full evaluation (2,000 procedures)", "IncrementalUpdate",
        "FullEvaluation", "≤ 0.01"},
       // The same, inverted so that three decimals show it: full evaluations per update.
       {"full evaluation / one incremental update", "FullEvaluation", "IncrementalUpdate",
        "≥ 100"}});
}
