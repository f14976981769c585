// Property tests of the engine over many random dossiers (seeded, so a failure reproduces):
// every printed figure equals an independent integer computation of the rounding rule, sums of
// parts equal totals, before − after = saving, and net change = added by new − saved by
// amendments − saved by abolitions. Inputs are integers turned into decimal strings: no binary
// floating point anywhere. And the digest binds what the reader reads: every single mutation of
// an exported report that keeps its digest reads to the same report.
#include "cptt/dossier_xml.h"
#include "cptt/engine.h"
#include "cptt/report.h"

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <random>

namespace cptt {
namespace {

using Int = std::int64_t;

// n / 10 as canonical text ("15" → "1.5").
std::string tenths(Int n) {
  std::string s = std::to_string(n / 10);
  return n % 10 ? s + "." + std::to_string(n % 10) : s;
}

// Half-up division of non-negative integers: the oracle of the rounding rule.
Int div_half_up(Int a, Int b) { return (2 * a + b) / (2 * b); }

struct Oracle {
  Int rate = 0;
  std::vector<Int> time_costs, task_costs;
  Int cost_per_filing = 0;
  Int annual = 0;
};

class RandomDossier {
public:
  explicit RandomDossier(std::uint32_t seed) : rng_(seed) {}

  Int pick(Int lo, Int hi) { return std::uniform_int_distribution<Int>(lo, hi)(rng_); }

  Dossier make(std::map<std::string, Oracle>& oracle) {
    Dossier d;
    d.draft.title = "Hồ sơ ngẫu nhiên";
    d.draft.calculation_year = 2024;
    IncomeRate derived;
    derived.id = "gdp";
    derived.kind = IncomeRate::Kind::derived;
    derived.year = 2023;
    const Int gdp_per_capita = pick(20'000'000, 200'000'000);
    derived.gdp_per_capita = Money::parse(std::to_string(gdp_per_capita));
    IncomeRate direct;
    direct.id = "direct";
    direct.kind = IncomeRate::Kind::direct;
    const Int direct_rate = pick(1'000, 100'000);
    direct.direct_rate = Money::parse(std::to_string(direct_rate));
    d.rates = {derived, direct};
    rates_ = {{"gdp", div_half_up(gdp_per_capita, 2112)}, {"direct", direct_rate}};

    const int procedures = static_cast<int>(pick(0, 8));
    for (int i = 1; i <= procedures; ++i) {
      Procedure p;
      p.id = "P" + std::to_string(i);
      p.name = "Thủ tục " + std::to_string(i);
      p.kind = static_cast<ProcedureKind>(pick(0, 3));
      if (has_current(p.kind))
        p.current = sheet(Worksheet::Variant::current, oracle[p.id + "/current"]);
      if (has_proposed(p.kind))
        p.proposed = sheet(Worksheet::Variant::proposed, oracle[p.id + "/proposed"]);
      d.procedures.push_back(std::move(p));
    }
    return d;
  }

private:
  Worksheet sheet(Worksheet::Variant variant, Oracle& o) {
    Worksheet w;
    w.variant = variant;
    w.rate_id = pick(0, 1) ? "gdp" : "direct";
    o.rate = rates_[w.rate_id];
    Int tasks_total = 0;
    for (Int t = pick(0, 6); t > 0; --t) {
      Task task;
      task.name = "Công việc";
      const Int hours10 = pick(0, 400); // 0 … 40 hours in tenths
      const Int services = pick(0, 3) ? pick(0, 500) * 1'000 : 0;
      const Int other = pick(0, 4) ? 0 : pick(0, 100'000);
      task.hours = Quantity::parse(tenths(hours10));
      task.services = Money::parse(std::to_string(services));
      task.other_costs = Money::parse(std::to_string(other));
      const Int time_cost = div_half_up(o.rate * hours10, 10);
      o.time_costs.push_back(time_cost);
      o.task_costs.push_back(time_cost + services + other);
      tasks_total += o.task_costs.back();
      w.tasks.push_back(std::move(task));
    }
    Int fees = 0;
    for (Int f = pick(0, 2); f > 0; --f) {
      const Int amount = pick(0, 100) * 10'000;
      w.fees.push_back({"Lệ phí", Money::parse(std::to_string(amount)), {}, {}});
      fees += amount;
    }
    o.cost_per_filing = tasks_total + fees;
    // Frequency in tenths: yearly, half-yearly, monthly, every five years, every two years.
    const Int frequencies10[] = {10, 20, 120, 2, 5, 35};
    const Int frequency10 = frequencies10[pick(0, 5)];
    w.frequency = Quantity::parse(tenths(frequency10));
    Int subjects = 1;
    if (pick(0, 9) == 0) {
      w.one_case = true;
    } else {
      subjects = pick(0, 2'000'000);
      w.subjects = Quantity::parse(std::to_string(subjects));
    }
    o.annual = div_half_up(o.cost_per_filing * frequency10 * subjects, 10);
    return w;
  }

  std::mt19937 rng_;
  std::map<std::string, Int> rates_;
};

Money vnd(Int v) { return Money::from_integer(v); }

void check_worksheet(const WorksheetResult& w, const Oracle& o) {
  EXPECT_EQ(w.hourly_rate, vnd(o.rate));
  ASSERT_EQ(w.tasks.size(), o.time_costs.size());
  Money sum;
  for (std::size_t i = 0; i < w.tasks.size(); ++i) {
    EXPECT_EQ(w.tasks[i].time_cost, vnd(o.time_costs[i]));
    EXPECT_EQ(w.tasks[i].task_cost, vnd(o.task_costs[i]));
    sum += w.tasks[i].task_cost;
  }
  EXPECT_EQ(w.tasks_total, sum);
  EXPECT_EQ(w.cost_per_filing, w.tasks_total + w.fees_total);
  EXPECT_EQ(w.cost_per_filing, vnd(o.cost_per_filing));
  EXPECT_EQ(w.annual, vnd(o.annual));
}

// The percentage is saving / before × 100 to within half a hundredth, with the saving's sign.
void check_percent(const Money& before, const Money& after, const std::optional<Decimal>& pct) {
  if (before.is_zero()) {
    EXPECT_FALSE(pct);
    return;
  }
  ASSERT_TRUE(pct);
  const Decimal hundred_saving = (before.amount() - after.amount()) * Decimal::from_integer(100);
  const Decimal half = Decimal::parse("0.005");
  EXPECT_LE((*pct - half) * before.amount(), hundred_saving);
  EXPECT_GE((*pct + half) * before.amount(), hundred_saving);
  EXPECT_LE(pct->places(), 2);
}

TEST(Property, RandomDossiersAddUp) {
  for (std::uint32_t seed = 1; seed <= 2000; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::map<std::string, Oracle> oracle;
    RandomDossier gen(seed);
    Dossier d = gen.make(oracle);
    DossierResult r = compute(d);
    ASSERT_EQ(r.procedures.size(), d.procedures.size());

    Money before, after, added, saved_amend, saved_abol;
    for (const ProcedureResult& p : r.procedures) {
      if (p.current)
        check_worksheet(*p.current, oracle.at(p.id + "/current"));
      if (p.proposed)
        check_worksheet(*p.proposed, oracle.at(p.id + "/proposed"));
      EXPECT_EQ(p.current.has_value(), has_current(p.kind));
      EXPECT_EQ(p.proposed.has_value(), has_proposed(p.kind));
      // Before and after by kind: new 0 → cost, amended/detailed current → proposed, abolished
      // current → 0.
      EXPECT_EQ(p.before, p.current ? p.current->annual : Money());
      EXPECT_EQ(p.after, p.proposed ? p.proposed->annual : Money());
      EXPECT_EQ(p.before - p.after, p.saving);
      check_percent(p.before, p.after, p.reduction_percent);
      before += p.before;
      after += p.after;
      switch (p.kind) {
      case ProcedureKind::new_procedure:
        added += p.after;
        break;
      case ProcedureKind::amended:
      case ProcedureKind::detailed:
        saved_amend += p.saving;
        break;
      case ProcedureKind::abolished:
        saved_abol += p.before;
        break;
      }
    }
    const DossierTotals& t = r.totals;
    EXPECT_EQ(t.before, before);
    EXPECT_EQ(t.after, after);
    EXPECT_EQ(t.net_change, t.after - t.before);
    EXPECT_EQ(t.added_by_new, added);
    EXPECT_EQ(t.saved_by_amendments, saved_amend);
    EXPECT_EQ(t.saved_by_abolitions, saved_abol);
    EXPECT_EQ(t.net_change, t.added_by_new - t.saved_by_amendments - t.saved_by_abolitions);
    check_percent(t.before, t.after, t.reduction_percent);

    DossierTotals again = sum_totals(r.procedures);
    EXPECT_EQ(again.net_change, t.net_change);
    EXPECT_EQ(again.reduction_percent, t.reduction_percent);

    // Every tenth dossier also goes through the file format and must compute the same.
    if (seed % 10 == 0) {
      DossierLoad load = load_dossier_text(write_dossier(d), "random");
      ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
      DossierResult r2 = compute(load.dossier);
      EXPECT_EQ(r2.totals.before, t.before);
      EXPECT_EQ(r2.totals.after, t.after);
      EXPECT_EQ(r2.totals.reduction_percent, t.reduction_percent);
    }
    if (HasFailure())
      return; // one reproducible seed is enough to read
  }
}

Task task_of(const char* hours) {
  Task t;
  t.hours = Quantity::parse(hours);
  return t;
}

// Half-up on exact ties, for money and percentages: the rule printed in every report.
TEST(Property, RoundingTiesGoAwayFromZero) {
  EXPECT_EQ(compute_task(task_of("0.5"), vnd(5)).time_cost, vnd(3));
  EXPECT_EQ(compute_task(task_of("0.1"), vnd(48'245)).time_cost,
            vnd(4'825));                                                        // 4,824.5
  EXPECT_EQ(reduction_percent(vnd(80'000), vnd(79'996))->to_fixed(2), "0.01");  // 0.005
  EXPECT_EQ(reduction_percent(vnd(80'000), vnd(80'004))->to_fixed(2), "-0.01"); // −0.005
}

// What a reader takes from a report, written canonically: the dossier, the declared figures and
// the metadata. Two files that read to the same text are the same report to every user.
std::string reading_of(const ReportLoad& load) {
  return write_report(load.dossier, load.declared, load.metadata);
}

// At most `n` of `all`, evenly spread (the first and the last among them).
std::vector<std::size_t> spread(const std::vector<std::size_t>& all, std::size_t n) {
  if (all.size() <= n)
    return all;
  std::vector<std::size_t> out;
  for (std::size_t k = 0; k < n; ++k)
    out.push_back(all[k * (all.size() - 1) / (n - 1)]);
  return out;
}

// Single mutations of `text` the reader might read differently or the digest might see
// differently, at places spread over the whole report: markup a text can hold (comments, CDATA,
// processing instructions, character references), whitespace and comments between elements,
// attribute order and quoting.
std::vector<std::string> single_mutations(const std::string& text, std::size_t per_kind) {
  std::vector<std::size_t> in_text, between, tags;
  bool in_tag = false;
  for (std::size_t i = text.find("<report"); i < text.size(); ++i) {
    const char ch = text[i];
    if (ch == '<') {
      if (text[i - 1] == '>')
        between.push_back(i);
      if (text[i + 1] != '/' && text[i + 1] != '!' && text[i + 1] != '?')
        tags.push_back(i);
      in_tag = true;
    } else if (ch == '>') {
      in_tag = false;
    } else if (!in_tag && text[i - 1] != '>' && ch != '\n' && ch != ' ') {
      in_text.push_back(i); // inside a value, after its first character
    }
  }
  std::vector<std::string> out;
  for (std::size_t i : spread(in_text, per_kind)) {
    const char ch = text[i];
    for (const char* markup : {"<!---->", "<!--x-->", "<![CDATA[]]>", "<?pi x?>", "<![CDATA[x]]>"})
      out.push_back(text.substr(0, i) + markup + text.substr(i));
    out.push_back(text.substr(0, i) + "<![CDATA[" + ch + "]]>" + text.substr(i + 1));
    out.push_back(text.substr(0, i) + "&#" + std::to_string(static_cast<unsigned char>(ch)) + ";" +
                  text.substr(i + 1));
    // And a change of the value itself: another reading, which the digest must tell apart.
    if (std::isdigit(static_cast<unsigned char>(ch)) != 0)
      out.push_back(text.substr(0, i) + (ch == '9' ? '8' : static_cast<char>(ch + 1)) +
                    text.substr(i + 1));
  }
  for (std::size_t i : spread(between, per_kind)) {
    out.push_back(text.substr(0, i) + "\n  \t" + text.substr(i));
    out.push_back(text.substr(0, i) + "<!-- -->" + text.substr(i));
    out.push_back(text.substr(0, i) + "<?pi?>" + text.substr(i));
  }
  for (std::size_t i : spread(tags, per_kind)) {
    // The tag's first two attributes swapped, and its first one in single quotes.
    const std::size_t end = text.find('>', i);
    const std::string tag = text.substr(i, end - i);
    const std::size_t a = tag.find(' ');
    const std::size_t a_end = a == tag.npos ? a : tag.find('"', tag.find('"', a) + 1);
    const std::size_t b_end = a_end == tag.npos || tag.find('"', a_end + 1) == tag.npos
                                  ? tag.npos
                                  : tag.find('"', tag.find('"', a_end + 1) + 1);
    if (b_end != tag.npos)
      out.push_back(text.substr(0, i) + tag.substr(0, a) + tag.substr(a_end + 1, b_end - a_end) +
                    tag.substr(a, a_end + 1 - a) + tag.substr(b_end + 1) + text.substr(end));
    if (a_end != tag.npos) {
      std::string quoted = tag;
      quoted[tag.find('"', a)] = '\'';
      quoted[a_end] = '\'';
      out.push_back(text.substr(0, i) + quoted + text.substr(end));
    }
  }
  return out;
}

// Same digest ⇒ same reading, over the exported examples (the report fuzzer's seeds) and every
// single mutation above: a file whose canonical content (and so its digest) is the original's
// must read to the same report, or be refused.
TEST(Property, SameDigestReadsTheSame) {
  int same_digest = 0, other_digest = 0, refused = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(CPTT_DATA_DIR "/examples")) {
    if (!entry.path().string().ends_with(".cptt.xml"))
      continue;
    SCOPED_TRACE(entry.path().filename().string());
    const DossierLoad dossier = load_dossier_file(entry.path().string());
    ASSERT_TRUE(dossier.result) << dossier.result.describe(Language::en);
    ReportMetadata meta;
    meta.exported = "2026-11-29T16:00:00Z";
    const std::string text = write_report(dossier.dossier, compute(dossier.dossier), meta);
    const ReportLoad original = load_report_text(text, "original.report.xml");
    ASSERT_TRUE(original.result) << original.result.describe(Language::en);
    ASSERT_EQ(original.digest, DigestStatus::matches);
    const std::string reading = reading_of(original);
    for (const std::string& mutant : single_mutations(text, 300)) {
      const ReportLoad load = load_report_text(mutant, "mutant.report.xml");
      if (!load.result) {
        ++refused;
        continue;
      }
      if (load.actual_digest != original.actual_digest) {
        ++other_digest;
        continue;
      }
      ++same_digest;
      ASSERT_EQ(reading_of(load), reading) << "same digest, another reading:\n" << mutant;
    }
  }
  // Every side of the property is reached: layout changes keep the digest (and the reading),
  // markup inside values is refused, a changed value changes the digest. (Compared by the
  // declared digest, which no mutation touches, the changed values fail the test.)
  EXPECT_GT(same_digest, 1000);
  EXPECT_GT(refused, 1000);
  EXPECT_GT(other_digest, 50);
}

} // namespace
} // namespace cptt
