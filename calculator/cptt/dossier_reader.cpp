// Reads a dossier (docs/file-format.md). The first problem stops the read with one located
// message; nothing is half-loaded into the caller's dossier. Names and titles may be empty: a
// half-finished dossier (or its recovery copy) must reopen; `cptt validate` reports them.
#include "cptt/dates.h"
#include "cptt/dossier_xml.h"
#include "cptt/xml_fields.h"

#include <array>
#include <iterator>
#include <set>

namespace cptt {
namespace {

const char* const kinds_accepted = "new, amended, detailed, abolished";

std::string in_quotes(std::string_view s) {
  std::string out = "\"";
  out.append(s).append("\"");
  return out;
}

Text two_worksheets(const Procedure& p, Worksheet::Variant variant) {
  const std::string id = in_quotes(p.id);
  const std::string v = in_quotes(to_id(variant));
  return {"thủ tục " + id + " có hai bảng tính " + v,
          "procedure " + id + " has two " + v + " worksheets"};
}

Text worksheet_not_allowed(const Procedure& p, Worksheet::Variant variant) {
  const std::string id = in_quotes(p.id);
  const std::string v = in_quotes(to_id(variant));
  const std::string kind(to_id(p.kind));
  return {"thủ tục " + id + " loại " + kind + " không có bảng tính " + v +
              " (mới: chỉ proposed; bãi bỏ: chỉ current)",
          "procedure " + id + " of kind " + kind + " has no " + v +
              " worksheet (new: proposed only; abolished: current only)"};
}

class DossierReader {
public:
  // With `release_procedures` (the caller owns the source and needs none of its nodes after the
  // read) each procedure's nodes are freed once it is in the model: on a big file the parsed
  // document shrinks as the model grows, instead of both being held whole at the peak.
  explicit DossierReader(const XmlSource& source, bool release_procedures = false)
      : in_(source), release_procedures_(release_procedures) {}

  void read(pugi::xml_node root, Dossier& d) {
    in_.expect_children(root, {"draft", "rates", "procedures", "answers"});
    read_draft(in_.required_child(root, "draft"), d.draft);
    read_rates(root.child("rates"), d);
    read_procedures(root.child("procedures"), d);
    for (pugi::xml_node a : root.children("answers"))
      d.answers.push_back(read_answers(a, d));
  }

private:
  void read_draft(pugi::xml_node node, Draft& draft) {
    in_.expect_children(node, {"title", "document-type", "drafting-body", "stage", "contact",
                               "created", "modified", "calculation-year", "notes"});
    draft.title = in_.text(node, "title");
    draft.document_type = in_.text(node, "document-type");
    draft.drafting_body = in_.text(node, "drafting-body");
    if (pugi::xml_node stage = node.child("stage")) {
      if (!from_id(stage.text().get(), draft.stage)) {
        const std::string value = "\"" + std::string(stage.text().get()) + "\"";
        in_.fail(stage, {"giai đoạn " + value + " không hợp lệ; chấp nhận: proposal, drafting",
                         "stage " + value + " is not valid; accepted: proposal, drafting"});
      }
    }
    if (pugi::xml_node c = node.child("contact")) {
      in_.expect_children(c, {"name", "phone", "email"});
      draft.contact = {in_.text(c, "name"), in_.text(c, "phone"), in_.text(c, "email")};
    }
    draft.created = date(node, "created");
    draft.modified = date(node, "modified");
    if (pugi::xml_node year = node.child("calculation-year")) {
      draft.calculation_year =
          in_.integer(year, year.text().get(), {"năm tính", "calculation year"});
      if (!is_calculation_year(draft.calculation_year)) {
        const std::string value = "\"" + std::string(year.text().get()) + "\"";
        in_.fail(year, {"năm tính " + value + " phải trong khoảng 1900-2999",
                        "calculation year " + value + " must be within 1900-2999"});
      }
    }
    draft.notes = in_.text(node, "notes");
  }

  void read_rates(pugi::xml_node node, Dossier& d) {
    if (!node)
      return;
    in_.expect_children(node, {"rate"});
    for (pugi::xml_node r : node.children("rate")) {
      IncomeRate rate;
      rate.location = in_.location(r);
      rate.id = unique_id(r, rate_ids_, {"mức thu nhập", "income rate"});
      rate.kind = in_.enumeration<IncomeRate::Kind>(r, "kind", "derived, direct");
      in_.expect_children(r,
                          {"gdp-per-capita", "gdp", "population", "value", "publisher", "source"});
      rate.publisher = in_.text(r, "publisher");
      rate.source = in_.text(r, "source");
      if (rate.kind == IncomeRate::Kind::direct) {
        rate.direct_rate =
            in_.money(in_.required_child(r, "value"), {"mức thu nhập theo giờ", "hourly rate"});
      } else {
        rate.year =
            in_.integer(r, in_.attribute(r, "year"), {"năm số liệu", "year of the figures"});
        rate.gdp_per_capita =
            in_.optional_money(r, "gdp-per-capita", {"GDP bình quân đầu người", "GDP per capita"});
        rate.gdp = in_.optional_money(r, "gdp", "GDP");
        if (pugi::xml_node p = r.child("population"))
          rate.population = in_.quantity(p, {"dân số", "population"});
        if (!rate.gdp_per_capita && !(rate.gdp && rate.population))
          in_.fail(r, {"mức thu nhập \"" + rate.id +
                           "\" cần <gdp-per-capita>, hoặc <gdp> và <population>",
                       "income rate \"" + rate.id +
                           "\" needs <gdp-per-capita>, or <gdp> and <population>"});
        if (rate.population && !within(rule_of(Figure::population), rate.population->value()))
          in_.fail(r.child("population"),
                   {"mức thu nhập \"" + rate.id + "\": dân số bằng 0",
                    "income rate \"" + rate.id + "\": the population is zero"});
      }
      d.rates.push_back(std::move(rate));
    }
  }

  void read_procedures(pugi::xml_node node, Dossier& d) {
    if (!node)
      return;
    in_.expect_children(node, {"procedure"});
    d.procedures.reserve(static_cast<std::size_t>(
        std::distance(node.children("procedure").begin(), node.children("procedure").end())));
    for (pugi::xml_node p = node.child("procedure"), next; p; p = next) {
      next = p.next_sibling("procedure");
      d.procedures.push_back(read_procedure(p, d));
      if (release_procedures_)
        node.remove_child(p);
    }
  }

  Procedure read_procedure(pugi::xml_node node, const Dossier& d) {
    Procedure p;
    p.location = in_.location(node);
    p.id = unique_id(node, procedure_ids_, {"thủ tục", "procedure"});
    p.kind = in_.enumeration<ProcedureKind>(node, "kind", kinds_accepted);
    p.level =
        in_.enumeration<HandlingLevel>(node, "level", "central, provincial, district, commune");
    p.subject_type =
        in_.enumeration<SubjectType>(node, "subject-type", "individual, organisation, both");
    in_.expect_children(node, {"name", "code", "field", "articles", "simplification", "worksheet"});
    p.name = in_.text(node, "name");
    p.code = in_.text(node, "code");
    p.field = in_.text(node, "field");
    if (pugi::xml_node articles = node.child("articles")) {
      in_.expect_children(articles, {"article"});
      for (pugi::xml_node a : articles.children("article"))
        p.articles.emplace_back(a.text().get());
    }
    p.simplification = in_.text(node, "simplification");
    for (pugi::xml_node w : node.children("worksheet")) {
      Worksheet sheet = read_worksheet(w, d, p);
      std::optional<Worksheet>& slot =
          sheet.variant == Worksheet::Variant::current ? p.current : p.proposed;
      if (slot)
        in_.fail(w, two_worksheets(p, sheet.variant));
      bool allowed =
          sheet.variant == Worksheet::Variant::current ? has_current(p.kind) : has_proposed(p.kind);
      if (!allowed)
        in_.fail(w, worksheet_not_allowed(p, sheet.variant));
      slot = std::move(sheet);
    }
    return p;
  }

  Worksheet read_worksheet(pugi::xml_node node, const Dossier& d, const Procedure& p) {
    Worksheet w;
    w.location = in_.location(node);
    w.variant = in_.enumeration<Worksheet::Variant>(node, "variant", "current, proposed");
    w.rate_id = in_.attribute(node, "rate");
    if (!d.find_rate(w.rate_id))
      in_.fail(node, {"bảng tính của thủ tục \"" + p.id + "\" dùng mức thu nhập \"" + w.rate_id +
                          "\" không có trong <rates>",
                      "the worksheet of procedure \"" + p.id + "\" names an unknown rate \"" +
                          w.rate_id + "\" (not in <rates>)"});
    in_.expect_children(node, {"task", "fee", "frequency", "frequency-evidence", "subjects",
                               "one-case", "subjects-evidence"});
    int index = 0;
    w.tasks.reserve(static_cast<std::size_t>(
        std::distance(node.children("task").begin(), node.children("task").end())));
    for (pugi::xml_node t : node.children("task"))
      w.tasks.push_back(read_task(t, ++index));
    for (pugi::xml_node f : node.children("fee")) {
      Fee fee;
      fee.location = in_.location(f);
      in_.expect_children(f, {"name", "amount", "legal-basis"});
      fee.name = in_.text(f, "name");
      fee.amount = in_.money(in_.required_child(f, "amount"), {"phí, lệ phí", "fee or charge"});
      fee.legal_basis = in_.text(f, "legal-basis");
      w.fees.push_back(std::move(fee));
    }
    pugi::xml_node frequency = in_.required_child(node, "frequency");
    w.frequency = in_.quantity(frequency, {"số lần thực hiện", "frequency"});
    if (!within(rule_of(Figure::frequency), w.frequency.value()))
      in_.fail(frequency, {"số lần thực hiện mỗi năm phải lớn hơn 0",
                           "the frequency (times a year) must be above 0"});
    w.frequency_evidence = in_.text(node, "frequency-evidence");
    pugi::xml_node subjects = node.child("subjects");
    w.one_case = static_cast<bool>(node.child("one-case"));
    if (subjects && w.one_case)
      in_.fail(subjects, {"chỉ ghi <subjects> hoặc <one-case/>, không cả hai",
                          "write <subjects> or <one-case/>, not both"});
    if (!subjects && !w.one_case)
      in_.fail(node, {"thiếu <subjects> (số đối tượng mỗi năm) hoặc <one-case/> khi không dự báo "
                      "được",
                      "<subjects> (the subjects a year) is missing, or <one-case/> when they "
                      "cannot be forecast"});
    if (subjects)
      w.subjects = in_.quantity(subjects, {"số đối tượng", "subjects"});
    w.subjects_evidence = in_.text(node, "subjects-evidence");
    return w;
  }

  Task read_task(pugi::xml_node node, int index) {
    static constexpr std::array<std::string_view, 8> names{
        "name",     "catalogue",     "norm",        "hours",
        "services", "services-note", "other-costs", "evidence"};
    const auto [name, catalogue, norm, hours, services, services_note, other_costs, evidence] =
        in_.children_by_name(node, names);
    Task t;
    t.location = in_.location(node);
    t.name = in_.text_of(node, name, "name");
    // Labels for messages only: built when one is needed, not for every task of every file.
    auto where = [&] {
      const std::string which = std::to_string(index) + " (\"" + t.name + "\")";
      return Text{"công việc " + which, "task " + which};
    };
    if (catalogue) {
      t.catalogue_ref = in_.attribute(catalogue, "ref");
      t.complexity = catalogue.attribute("complexity").value();
      if (!t.complexity.empty() && t.complexity != "simple" && t.complexity != "medium" &&
          t.complexity != "complex")
        in_.fail(catalogue, {"complexity=\"" + t.complexity +
                                 "\" không hợp lệ; chấp nhận: simple, medium, complex",
                             "complexity=\"" + t.complexity +
                                 "\" is not valid; accepted: simple, medium, complex"});
    }
    if (norm)
      t.norm = read_norm(norm);
    if (!hours)
      in_.fail(node, Text{"thiếu <hours> trong ", "missing <hours> in "} + where());
    auto hours_label = [&] { return Text{"số giờ của ", "hours of "} + where(); };
    t.hours = in_.quantity(hours, hours_label);
    if (!within(rule_of(Figure::hours), t.hours.value())) {
      const std::string value = "\"" + std::string(hours.text().get()) + "\"";
      const std::string max = std::to_string(max_task_hours);
      in_.fail(hours, hours_label() + Text{": " + value + " vượt quá " + max + " giờ",
                                           ": " + value + " is over " + max + " hours"});
    }
    if (services)
      t.services = in_.money(services, [&] {
        return Text{"chi phí dịch vụ của ", "cost of services of "} + where();
      });
    t.services_note = in_.text_of(node, services_note, "services-note");
    if (other_costs)
      t.other_costs = in_.money(other_costs, [&] {
        return Text{"chi phí khác của ", "other costs of "} + where();
      });
    t.evidence = in_.text_of(node, evidence, "evidence");
    return t;
  }

  Norm read_norm(pugi::xml_node node) {
    Norm n;
    n.kind = in_.enumeration<NormKind>(node, "kind", "travel, form-filling");
    if (n.kind == NormKind::travel)
      n.scope = in_.enumeration<TravelScope>(
          node, "scope", "commune, district, provincial, inter-regional, inter-macro-region");
    n.area = in_.enumeration<Area>(node, "area", "urban, rural, mountain-island");
    Quantity units(in_.decimal(node, in_.attribute_view(node, "units"),
                               {"số đơn vị của định mức", "units of the norm"}));
    if (!within(rule_of(Figure::norm_units), units.value()))
      in_.fail(node, {"số chuyến / số trang phải lớn hơn 0",
                      "the number of trips or pages must be above 0"});
    n.units = units;
    return n;
  }

  AnswerSet read_answers(pugi::xml_node node, const Dossier& d) {
    AnswerSet set;
    set.location = in_.location(node);
    set.form_id = in_.attribute(node, "form");
    set.procedure_id = node.attribute("procedure").value();
    set.instance = node.attribute("instance").value();
    set.form_version = 1; // files written before versions were recorded all used version 1
    if (pugi::xml_attribute v = node.attribute("form-version")) {
      set.form_version = in_.integer(node, v.value(), {"phiên bản biểu mẫu", "form version"});
      if (set.form_version < 1)
        in_.fail(node, {"form-version phải từ 1 trở lên", "form-version must be at least 1"});
    }
    if (!set.procedure_id.empty() && !d.find_procedure(set.procedure_id))
      in_.fail(node, {"câu trả lời cho thủ tục \"" + set.procedure_id + "\" không có trong hồ sơ",
                      "the answers name an unknown procedure \"" + set.procedure_id +
                          "\" (not in the dossier)"});
    std::string key = set.form_id + '\x1f' + set.procedure_id + '\x1f' + set.instance;
    if (!answer_sets_.insert(key).second)
      in_.fail(node, {"trùng bộ câu trả lời cho biểu mẫu \"" + set.form_id + "\"",
                      "duplicate answers for form \"" + set.form_id +
                          "\" (the same procedure and instance)"});
    in_.expect_children(node, {"answer"});
    std::set<std::string> fields;
    for (pugi::xml_node a : node.children("answer")) {
      Answer answer;
      answer.location = in_.location(a);
      answer.field = in_.attribute(a, "field");
      if (!fields.insert(answer.field).second)
        in_.fail(a, {"trùng câu trả lời cho trường \"" + answer.field + "\"",
                     "duplicate answer for field \"" + answer.field + "\""});
      in_.expect_children(a, {"value", "reason", "row"});
      answer.value = in_.text(a, "value");
      answer.reason = in_.text(a, "reason");
      for (pugi::xml_node r : a.children("row")) {
        answer.is_table = true;
        AnswerRow row;
        row.location = in_.location(r);
        in_.expect_children(r, {"cell"});
        for (pugi::xml_node c : r.children("cell"))
          row.cells.push_back({in_.attribute(c, "column"), c.text().get()});
        answer.rows.push_back(std::move(row));
      }
      set.answers.push_back(std::move(answer));
    }
    return set;
  }

  // An optional ISO date (YYYY-MM-DD).
  std::string date(pugi::xml_node parent, const char* name) {
    std::string value = in_.text(parent, name);
    const bool ok = value.empty() || is_iso_date(value);
    if (!ok)
      in_.fail(parent.child(name), {"<" + std::string(name) + ">: \"" + value +
                                        "\" không phải ngày có thật dạng 2024-03-01",
                                    "<" + std::string(name) + ">: \"" + value +
                                        "\" is not a real ISO date of the form 2024-03-01"});
    return value;
  }

  std::string unique_id(pugi::xml_node node, std::set<std::string>& seen, const Text& what) {
    std::string id = in_.attribute(node, "id");
    const std::string quoted = " \"" + id + "\"";
    if (id.find_first_of(" \t\n\r") != std::string::npos)
      in_.fail(node, {"mã " + what.vi + quoted + " không được chứa dấu cách",
                      "the " + what.en + " id" + quoted + " must not contain spaces"});
    if (!seen.insert(id).second)
      in_.fail(node,
               {"mã " + what.vi + quoted + " bị trùng", "duplicate " + what.en + " id" + quoted});
    return id;
  }

  FieldReader in_;
  bool release_procedures_;
  std::set<std::string> rate_ids_, procedure_ids_, answer_sets_;
};

// `source` is the caller's own, used for nothing else: the reader may free its nodes as it goes.
DossierLoad load_from_source(XmlSource&& source) {
  DossierLoad load;
  if (!source.result()) {
    load.result = source.result();
    return load;
  }
  Dossier dossier;
  load.result = read_guarded(source, [&] {
    FieldReader reader(source);
    pugi::xml_node root =
        expect_root(reader, source.document(), "dossier", xml_namespace, format_version);
    DossierReader(source, /*release_procedures=*/true).read(root, dossier);
  });
  if (load.result)
    load.dossier = std::move(dossier);
  return load;
}

} // namespace

LoadResult read_dossier_element(const XmlSource& source, pugi::xml_node element, Dossier& out) {
  Dossier dossier;
  LoadResult result = read_guarded(source, [&] { DossierReader(source).read(element, dossier); });
  if (result)
    out = std::move(dossier);
  return result;
}

DossierLoad load_dossier_file(const std::string& path) {
  return load_from_source(XmlSource::from_file(path));
}

DossierLoad load_dossier_text(std::string text, std::string name) {
  return load_from_source(XmlSource::from_text(std::move(text), std::move(name)));
}

} // namespace cptt
