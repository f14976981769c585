// Reads the four reference files (schema data/schema/reference.xsd). The first problem stops the
// read with one located message naming the field and the value; `out` is changed only on success,
// so a bad update file never leaves half a table behind.
#include "cptt/engine.h"
#include "cptt/reference/reference_data.h"
#include "cptt/xml_fields.h"

#include <algorithm>
#include <functional>
#include <set>

namespace cptt {
namespace {

constexpr std::string_view areas_accepted = "urban, rural, mountain-island";

std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

Text working_hours_differ(const char* name, const std::string& text, int expected) {
  const std::string attr = std::string("working-hours ") + name + "=" + in_quotes(text);
  const std::string law = std::to_string(expected);
  return {attr + " khác quy định (" + law + ", Thông tư 03/2022/TT-BTP Điều 11 khoản 4)",
          attr + " differs from the law (" + law + ", Circular 03/2022/TT-BTP, Article 11(4))"};
}

bool parse_bool(std::string_view text, bool& out) {
  if (text == "true" || text == "1")
    return out = true, true;
  if (text == "false" || text == "0")
    return out = false, true;
  return false;
}

class ReferenceReader {
public:
  explicit ReferenceReader(const XmlSource& source) : in_(source) {}

  pugi::xml_node root(const char* name, ReferenceFileInfo& info) {
    pugi::xml_node r = expect_root(in_, in_.source().document(), name, reference_namespace,
                                   reference_format_version);
    info.id = name;
    info.path = in_.source().name();
    info.version = in_.attribute(r, "version");
    info.source = in_.text(r, "source", true);
    return r;
  }

  bool flag(pugi::xml_node node, const char* name, bool fallback) {
    pugi::xml_attribute a = node.attribute(name);
    if (!a)
      return fallback;
    bool value = false;
    if (!parse_bool(a.value(), value)) {
      const std::string attr = std::string(name) + "=" + in_quotes(a.value());
      in_.fail(node, {"thuộc tính " + attr + " không hợp lệ; chấp nhận: true, false",
                      "attribute " + attr + " is not valid; accepted: true, false"});
    }
    return value;
  }

  // A non-negative decimal in an element's text; `what` names the field.
  Decimal non_negative(pugi::xml_node element, const FieldLabel& what) {
    return in_.quantity(element, what).value();
  }

  void read_income(pugi::xml_node r, ReferenceData& out) {
    in_.expect_children(r, {"source", "legal-basis", "working-hours", "figure"});
    out.income_legal_basis = in_.text(r, "legal-basis", true);
    // The 12 × 22 × 8 divisor is the law's, fixed in the engine; the file shows it, and a file
    // that disagrees is refused rather than silently ignored.
    pugi::xml_node wh = in_.required_child(r, "working-hours");
    const std::pair<const char*, int> parts[] = {{"months", months_per_year},
                                                 {"days-per-month", working_days_per_month},
                                                 {"hours-per-day", hours_per_working_day}};
    for (const auto& [name, expected] : parts) {
      std::string text = in_.attribute(wh, name);
      if (in_.integer(wh, text, name) != expected)
        in_.fail(wh, working_hours_differ(name, text, expected));
    }
    std::set<std::string> ids;
    for (pugi::xml_node f : r.children("figure"))
      out.gdp.push_back(read_figure(f, ids));
    if (out.gdp.empty())
      in_.fail(r, {"không có số liệu <figure> nào", "there is no <figure>"});
  }

  GdpFigure read_figure(pugi::xml_node f, std::set<std::string>& ids) {
    in_.expect_children(f, {"value", "publisher", "source", "note"});
    GdpFigure g;
    g.location = in_.location(f);
    g.id = unique(f, ids, {"số liệu", "figure"});
    std::string kind = in_.attribute(f, "kind");
    static const std::pair<std::string_view, FigureKind> kinds[] = {
        {"gdp-per-capita", FigureKind::gdp_per_capita},
        {"gdp", FigureKind::gdp},
        {"population", FigureKind::population},
        {"average-monthly-income", FigureKind::average_monthly_income}};
    bool known = false;
    for (const auto& [id, k] : kinds)
      if (id == kind)
        g.kind = k, known = true;
    if (!known) {
      const char* accepted = "gdp-per-capita, gdp, population, average-monthly-income";
      in_.fail(f, {"kind=" + in_quotes(kind) + " không hợp lệ; chấp nhận: " + accepted,
                   "kind=" + in_quotes(kind) + " is not valid; accepted: " + accepted});
    }
    std::string year = in_.attribute(f, "year");
    g.year = in_.integer(f, year, {"năm", "year"});
    if (g.year < 1900 || g.year > 2999)
      in_.fail(f, {"năm số liệu year=" + in_quotes(year) + " ngoài khoảng 1900–2999",
                   "year=" + in_quotes(year) + " is outside 1900–2999"});
    g.unit = in_.attribute(f, "unit");
    const bool money_kind = g.kind != FigureKind::population;
    if (money_kind ? (g.unit != "VND" && g.unit != "USD") : g.unit != "persons") {
      const std::string units = money_kind ? "VND, USD" : "persons";
      in_.fail(f, {"unit=" + in_quotes(g.unit) + " không hợp với kind=" + in_quotes(kind) +
                       " (cần " + units + ")",
                   "unit=" + in_quotes(g.unit) + " does not fit kind=" + in_quotes(kind) + " (" +
                       units + " expected)"});
    }
    if (!f.attribute("verified"))
      in_.fail(f, missing_verified("figure"));
    g.verified = flag(f, "verified", false);
    g.value = non_negative(in_.required_child(f, "value"), {"giá trị số liệu", "figure value"});
    if (g.value.is_zero())
      in_.fail(f.child("value"),
               {"giá trị số liệu \"0\" phải lớn hơn 0", "figure value \"0\" must be above 0"});
    g.publisher = in_.text(f, "publisher", true);
    g.source = in_.text(f, "source", true);
    g.note = in_.text(f, "note");
    return g;
  }

  void read_norms(pugi::xml_node r, ReferenceData& out) {
    in_.expect_children(r, {"source", "legal-basis", "norm"});
    out.norms_legal_basis = in_.text(r, "legal-basis", true);
    if (!r.attribute("verified"))
      in_.fail(r, missing_verified("time-norms"));
    out.norms_verified = flag(r, "verified", false);
    std::set<std::string> rows;
    for (pugi::xml_node n : r.children("norm")) {
      TimeNorm norm = read_norm(n);
      std::string key = std::string(to_id(norm.kind)) + "/" +
                        (norm.scope ? std::string(to_id(*norm.scope)) : std::string());
      if (!rows.insert(key).second)
        in_.fail(n, {"định mức " + in_quotes(key) + " bị trùng",
                     "norm " + in_quotes(key) + " is given twice"});
      out.norms.push_back(std::move(norm));
    }
    if (out.norms.empty())
      in_.fail(r, {"không có định mức <norm> nào", "there is no <norm>"});
  }

  TimeNorm read_norm(pugi::xml_node n) {
    in_.expect_children(n, {"label", "hours", "note"});
    TimeNorm norm;
    norm.location = in_.location(n);
    norm.kind = in_.enumeration<NormKind>(n, "kind", "travel, form-filling");
    if (norm.kind == NormKind::none)
      in_.fail(n, not_a_norm());
    norm.per = in_.attribute(n, "per");
    const char* expected_per = norm.kind == NormKind::travel ? "trip" : "page";
    if (norm.per != expected_per)
      in_.fail(n, {"per=" + in_quotes(norm.per) + " không đúng, cần " + in_quotes(expected_per),
                   "per=" + in_quotes(norm.per) + " is wrong, " + in_quotes(expected_per) +
                       " expected"});
    if (norm.kind == NormKind::travel)
      norm.scope = in_.enumeration<TravelScope>(
          n, "scope", "commune, district, provincial, inter-regional, inter-macro-region");
    else if (!n.attribute("scope").empty())
      in_.fail(n, {"định mức điền tờ khai không có scope", "the form-filling norm takes no scope"});
    norm.historical = flag(n, "historical", false);
    norm.label = in_.text(n, "label", true);
    norm.note = in_.text(n, "note");
    std::array<bool, 3> seen{};
    for (pugi::xml_node h : n.children("hours")) {
      Area area = in_.enumeration<Area>(h, "area", areas_accepted);
      auto i = static_cast<std::size_t>(area);
      if (seen[i])
        in_.fail(h, {"area=" + in_quotes(to_id(area)) + " bị trùng",
                     "area=" + in_quotes(to_id(area)) + " is given twice"});
      seen[i] = true;
      norm.hours[i] = in_.quantity(h, {"số giờ định mức", "hours of the norm"});
    }
    for (std::size_t i = 0; i < seen.size(); ++i)
      if (!seen[i])
        in_.fail(n, {"thiếu <hours area=" + in_quotes(to_id(static_cast<Area>(i))) + ">",
                     "<hours area=" + in_quotes(to_id(static_cast<Area>(i))) + "> is missing"});
    return norm;
  }

  void read_catalogue(pugi::xml_node r, ReferenceData& out) {
    in_.expect_children(r, {"source", "notice", "activity"});
    out.catalogue_notice = in_.text(r, "notice", true);
    if (!r.attribute("verified"))
      in_.fail(r, missing_verified("activity-catalogue"));
    out.catalogue_verified = flag(r, "verified", false);
    std::set<std::string> ids;
    for (pugi::xml_node a : r.children("activity"))
      out.catalogue.push_back(read_activity(a, ids));
    if (out.catalogue.empty())
      in_.fail(r, {"danh mục không có công việc nào", "the catalogue has no activity"});
  }

  CatalogueActivity read_activity(pugi::xml_node a, std::set<std::string>& ids) {
    in_.expect_children(a, {"name-vi", "name-en", "basis", "norm", "hours", "note"});
    CatalogueActivity act;
    act.location = in_.location(a);
    act.id = unique(a, ids, {"công việc", "activity"});
    act.name_vi = in_.text(a, "name-vi", true);
    act.name_en = in_.text(a, "name-en", true);
    act.basis = in_.text(a, "basis", true);
    act.note = in_.text(a, "note");
    if (pugi::xml_node norm = a.child("norm")) {
      act.norm = in_.enumeration<NormKind>(norm, "kind", "travel, form-filling");
      if (act.norm == NormKind::none)
        in_.fail(norm, not_a_norm());
      if (!a.child("hours").empty())
        in_.fail(
            a.child("hours"),
            {"công việc " + in_quotes(act.id) + " tính theo định mức, không có số giờ mặc định",
             "activity " + in_quotes(act.id) + " is counted by a norm and has no default hours"});
      return act;
    }
    std::array<bool, 3> seen{};
    for (pugi::xml_node h : a.children("hours")) {
      Complexity c = in_.enumeration<Complexity>(h, "complexity", "simple, medium, complex");
      auto i = static_cast<std::size_t>(c);
      if (seen[i])
        in_.fail(h, {"complexity=" + in_quotes(to_id(c)) + " bị trùng",
                     "complexity=" + in_quotes(to_id(c)) + " is given twice"});
      seen[i] = true;
      act.hours[i] = in_.quantity(h, {"số giờ mặc định", "default hours"});
      if (pugi::xml_attribute m = h.attribute("minutes"))
        act.minutes[i] = check_minutes(h, m.value(), act.hours[i]);
    }
    for (std::size_t i = 0; i < seen.size(); ++i)
      if (!seen[i]) {
        const std::string hours =
            "<hours complexity=" + in_quotes(to_id(static_cast<Complexity>(i))) + ">";
        in_.fail(a, {"công việc " + in_quotes(act.id) + " thiếu " + hours,
                     "activity " + in_quotes(act.id) + " lacks " + hours});
      }
    if (!(act.hours[0] <= act.hours[1] && act.hours[1] <= act.hours[2]))
      in_.fail(
          a, {"công việc " + in_quotes(act.id) + ": số giờ phải tăng dần simple ≤ medium ≤ complex",
              "activity " + in_quotes(act.id) +
                  ": the hours must not decrease with complexity (simple ≤ medium ≤ "
                  "complex)"});
    return act;
  }

  // The minutes are the source figure; the hours must be minutes / 60 to 6 places, half-up.
  int check_minutes(pugi::xml_node h, std::string_view text, const Quantity& hours) {
    int minutes = in_.integer(h, text, {"số phút", "minutes"});
    Decimal expected = Decimal::divide(Decimal::from_integer(minutes), Decimal::from_integer(60),
                                       Decimal::max_input_places, Rounding::half_up);
    if (expected != hours.value())
      in_.fail(h, {"minutes=" + in_quotes(text) + " cho " + expected.to_canonical() +
                       " giờ, nhưng tệp ghi " + in_quotes(hours.to_canonical()),
                   "minutes=" + in_quotes(text) + " make " + expected.to_canonical() +
                       " hours, but the file gives " + in_quotes(hours.to_canonical())});
    return minutes;
  }

  void read_plausibility(pugi::xml_node r, ReferenceData& out) {
    in_.expect_children(r, {"source", "threshold"});
    PlausibilityThresholds& t = out.plausibility;
    t.entries.clear();
    // Each known id fills its field; an unknown id is a typo, a missing one a gap in the checks.
    struct Slot {
      const char* id;
      std::function<void(pugi::xml_node, const Decimal&)> set;
      bool seen = false;
    };
    auto whole = [this](pugi::xml_node n, const Decimal& d) {
      if (!d.is_integer())
        in_.fail(n, {"giá trị " + in_quotes(d.to_canonical()) + " phải là số nguyên",
                     "the value " + in_quotes(d.to_canonical()) + " must be a whole number"});
    };
    std::vector<Slot> slots{
        {"max-frequency", [&](auto, const Decimal& d) { t.max_frequency = Quantity(d); }},
        {"hours-factor-over-catalogue",
         [&](auto, const Decimal& d) { t.hours_factor_over_catalogue = d; }},
        {"max-task-hours", [&](auto, const Decimal& d) { t.max_task_hours = Quantity(d); }},
        {"max-norm-units", [&](auto, const Decimal& d) { t.max_norm_units = Quantity(d); }},
        {"max-subjects", [&](auto, const Decimal& d) { t.max_subjects = Quantity(d); }},
        {"max-rate-deviation-percent",
         [&](auto, const Decimal& d) { t.max_rate_deviation_percent = d; }},
        {"max-rate-age-years",
         [&](pugi::xml_node n, const Decimal& d) {
           whole(n, d);
           t.max_rate_age_years = static_cast<int>(d.to_int64());
         }},
        {"max-services-per-task",
         [&](auto, const Decimal& d) { t.max_services_per_task = Money(d); }},
        {"max-fee", [&](auto, const Decimal& d) { t.max_fee = Money(d); }},
    };
    for (pugi::xml_node n : r.children("threshold")) {
      in_.expect_children(n, {"value", "description"});
      PlausibilityThreshold e;
      e.location = in_.location(n);
      e.id = in_.attribute(n, "id");
      e.unit = in_.attribute(n, "unit");
      e.description = in_.text(n, "description", true);
      pugi::xml_node v = in_.required_child(n, "value");
      const Text threshold{"ngưỡng " + e.id, "threshold " + e.id};
      e.value = non_negative(v, threshold);
      auto slot =
          std::find_if(slots.begin(), slots.end(), [&](const Slot& s) { return e.id == s.id; });
      if (slot == slots.end())
        in_.fail(n, {"ngưỡng id=" + in_quotes(e.id) + " không được biết",
                     "threshold id=" + in_quotes(e.id) + " is not known"});
      if (slot->seen)
        in_.fail(n, {"ngưỡng id=" + in_quotes(e.id) + " bị trùng",
                     "threshold id=" + in_quotes(e.id) + " is given twice"});
      if (e.value.is_zero())
        in_.fail(v, threshold + Text{" \"0\" phải lớn hơn 0", " \"0\" must be above 0"});
      if (e.value > Decimal::from_integer(1'000'000'000'000'000LL)) {
        const std::string value = " " + in_quotes(e.value.to_canonical());
        in_.fail(v, threshold + Text{value + " quá lớn", value + " is too large"});
      }
      slot->seen = true;
      slot->set(v, e.value);
      t.entries.push_back(std::move(e));
    }
    for (const Slot& s : slots)
      if (!s.seen)
        in_.fail(r, {"thiếu ngưỡng <threshold id=" + in_quotes(s.id) + ">",
                     "<threshold id=" + in_quotes(s.id) + "> is missing"});
  }

private:
  std::string unique(pugi::xml_node node, std::set<std::string>& ids, const Text& what) {
    std::string id = in_.attribute(node, "id");
    if (!ids.insert(id).second)
      in_.fail(node, {what.vi + " id=" + in_quotes(id) + " bị trùng",
                      what.en + " id=" + in_quotes(id) + " is used twice"});
    return id;
  }

  static Text missing_verified(const char* element) {
    const std::string e = element;
    return {"thiếu thuộc tính verified của <" + e + ">",
            "attribute verified of <" + e + "> is missing"};
  }

  static Text not_a_norm() {
    return {"kind=\"none\" không phải định mức", "kind=\"none\" is not a norm"};
  }

  FieldReader in_;
};

// Reads one file into `scratch` (a fresh ReferenceData) and records its version there.
template <class Fn>
LoadResult read_file(const XmlSource& source, const char* root_name, ReferenceData& scratch,
                     Fn&& fn) {
  if (!source.result())
    return source.result();
  ReferenceFileInfo info;
  LoadResult result = read_guarded(source, [&] {
    ReferenceReader reader(source);
    pugi::xml_node root = reader.root(root_name, info);
    fn(reader, root);
  });
  if (result)
    scratch.files.push_back(std::move(info));
  return result;
}

// Replaces the entry of the same id (a file read again) or appends.
void record(ReferenceData& out, ReferenceData& scratch) {
  for (ReferenceFileInfo& info : scratch.files) {
    std::erase_if(out.files, [&](const ReferenceFileInfo& f) { return f.id == info.id; });
    out.files.push_back(std::move(info));
  }
}

} // namespace

// Each reader fills a scratch copy and moves it into `out` only on success, so a bad update file
// never leaves half a table behind.
LoadResult read_income_statistics(const XmlSource& source, ReferenceData& out) {
  ReferenceData s;
  LoadResult r =
      read_file(source, "income-statistics", s,
                [&](ReferenceReader& in, pugi::xml_node root) { in.read_income(root, s); });
  if (r) {
    out.gdp = std::move(s.gdp);
    out.income_legal_basis = std::move(s.income_legal_basis);
    record(out, s);
  }
  return r;
}

LoadResult read_time_norms(const XmlSource& source, ReferenceData& out) {
  ReferenceData s;
  LoadResult r = read_file(source, "time-norms", s, [&](ReferenceReader& in, pugi::xml_node root) {
    in.read_norms(root, s);
  });
  if (r) {
    out.norms = std::move(s.norms);
    out.norms_legal_basis = std::move(s.norms_legal_basis);
    out.norms_verified = s.norms_verified;
    record(out, s);
  }
  return r;
}

LoadResult read_activity_catalogue(const XmlSource& source, ReferenceData& out) {
  ReferenceData s;
  LoadResult r =
      read_file(source, "activity-catalogue", s,
                [&](ReferenceReader& in, pugi::xml_node root) { in.read_catalogue(root, s); });
  if (r) {
    out.catalogue = std::move(s.catalogue);
    out.catalogue_notice = std::move(s.catalogue_notice);
    out.catalogue_verified = s.catalogue_verified;
    record(out, s);
  }
  return r;
}

LoadResult read_plausibility(const XmlSource& source, ReferenceData& out) {
  ReferenceData s;
  LoadResult r =
      read_file(source, "plausibility", s,
                [&](ReferenceReader& in, pugi::xml_node root) { in.read_plausibility(root, s); });
  if (r) {
    out.plausibility = std::move(s.plausibility);
    record(out, s);
  }
  return r;
}

} // namespace cptt
