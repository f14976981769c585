// Reads an exported report: the dossier, the declared figures, and the digest check.
#include "cptt/dates.h"
#include "cptt/digest.h"
#include "cptt/report.h"
#include "cptt/signature.h"
#include "cptt/xml_fields.h"

#include <iterator>

namespace cptt {
namespace {

class ResultsReader {
public:
  explicit ResultsReader(const XmlSource& source) : in_(source) {}

  DossierResult read(pugi::xml_node node) {
    DossierResult r;
    in_.expect_children(node, {"rate", "procedure", "totals"});
    for (pugi::xml_node n : node.children("rate"))
      r.rates.push_back({in_.attribute(n, "id"), money(n, "hourly-rate")});
    r.procedures.reserve(static_cast<std::size_t>(
        std::distance(node.children("procedure").begin(), node.children("procedure").end())));
    for (pugi::xml_node n : node.children("procedure"))
      r.procedures.push_back(read_procedure(n));
    pugi::xml_node t = in_.required_child(node, "totals");
    r.totals.before = money(t, "before");
    r.totals.after = money(t, "after");
    r.totals.net_change = money(t, "net-change");
    r.totals.saving = r.totals.before - r.totals.after; // not written: it follows from the two
    r.totals.added_by_new = money(t, "added-by-new");
    r.totals.saved_by_amendments = money(t, "saved-by-amendments");
    r.totals.saved_by_abolitions = money(t, "saved-by-abolitions");
    r.totals.reduction_percent = percent(t);
    return r;
  }

private:
  ProcedureResult read_procedure(pugi::xml_node n) {
    ProcedureResult p;
    p.id = in_.attribute(n, "id");
    p.kind = in_.enumeration<ProcedureKind>(n, "kind", "new, amended, detailed, abolished");
    p.before = money(n, "before");
    p.after = money(n, "after");
    p.saving = money(n, "saving");
    p.reduction_percent = percent(n);
    in_.expect_children(n, {"worksheet"});
    for (pugi::xml_node w : n.children("worksheet")) {
      WorksheetResult sheet = read_worksheet(w);
      (sheet.variant == Worksheet::Variant::current ? p.current : p.proposed) = std::move(sheet);
    }
    return p;
  }

  WorksheetResult read_worksheet(pugi::xml_node n) {
    WorksheetResult w;
    w.variant = in_.enumeration<Worksheet::Variant>(n, "variant", "current, proposed");
    w.rate_id = in_.attribute(n, "rate");
    w.hourly_rate = money(n, "hourly-rate");
    w.tasks_total = money(n, "tasks-total");
    w.fees_total = money(n, "fees-total");
    w.cost_per_filing = money(n, "cost-per-filing");
    w.frequency = Quantity(number(n, "frequency"));
    w.subjects = Quantity(number(n, "subjects"));
    w.one_case = std::string_view(n.attribute("one-case").value()) == "true";
    w.annual = money(n, "annual");
    in_.expect_children(n, {"task"});
    w.tasks.reserve(static_cast<std::size_t>(
        std::distance(n.children("task").begin(), n.children("task").end())));
    for (pugi::xml_node t : n.children("task"))
      w.tasks.push_back({money(t, "time-cost"), money(t, "task-cost")});
    return w;
  }

  Decimal number(pugi::xml_node n, const char* attribute) {
    return in_.decimal(n, in_.attribute_view(n, attribute), attribute);
  }
  Money money(pugi::xml_node n, const char* attribute) { return Money(number(n, attribute)); }
  std::optional<Decimal> percent(pugi::xml_node n) {
    if (!n.attribute("reduction-percent"))
      return std::nullopt;
    return number(n, "reduction-percent");
  }

  FieldReader in_;
};

ReportLoad load_from_source(const XmlSource& source) {
  ReportLoad out;
  if (!source.result()) {
    out.result = source.result();
    return out;
  }
  out.result = read_guarded(source, [&] {
    FieldReader in(source);
    pugi::xml_node root =
        expect_root(in, source.document(), "report", xml_namespace, format_version);
    in.expect_children(root, {"metadata", "dossier", "results", "digest", signature_element});
    if (Text error = signature_placement_error(root); !error.empty())
      in.fail(root.child(signature_element), error);
    pugi::xml_node meta = in.required_child(root, "metadata");
    in.expect_children(meta, {"generator", "exported", "reference-data", "rounding"});
    pugi::xml_node generator = meta.child("generator");
    out.metadata.generator = generator.attribute("name").value();
    out.metadata.generator_version = generator.attribute("version").value();
    out.metadata.exported = in.text(meta, "exported");
    if (const std::string& at = out.metadata.exported; !at.empty() && !is_iso_date_time(at))
      in.fail(meta.child("exported"),
              {"<exported>: \"" + at + "\" không phải thời điểm có thật dạng 2026-11-29T16:00:05Z",
               "<exported>: \"" + at + "\" is not a real time of the form 2026-11-29T16:00:05Z"});
    out.metadata.rounding = in.text(meta, "rounding");
    for (pugi::xml_node ref : meta.children("reference-data"))
      out.metadata.reference_data.emplace_back(in.attribute(ref, "id"),
                                               in.attribute(ref, "version"));
    pugi::xml_node dossier = in.required_child(root, "dossier");
    LoadResult inner = read_dossier_element(source, dossier, out.dossier);
    if (!inner)
      throw FieldError{dossier, inner.status, inner.message, inner.line, inner.column};
    out.declared = ResultsReader(source).read(in.required_child(root, "results"));
    out.actual_digest = canonical_digest(root, "digest");
    if (pugi::xml_node digest = root.child("digest")) {
      out.declared_digest = digest.text().get();
      out.digest_algorithm = digest.attribute("algorithm").value();
      // A SHA-256 digest, or none: another algorithm proves nothing. (A second <digest> is
      // refused before, by the schema's vocabulary.)
      if (out.digest_algorithm != digest_algorithm)
        out.digest = DigestStatus::invalid;
      else
        out.digest = out.declared_digest == out.actual_digest ? DigestStatus::matches
                                                              : DigestStatus::mismatch;
    }
  });
  return out;
}

} // namespace

ReportLoad load_report_file(const std::string& path) {
  return load_from_source(XmlSource::from_file(path));
}

ReportLoad load_report_text(std::string text, std::string name) {
  return load_from_source(XmlSource::from_text(std::move(text), std::move(name)));
}

} // namespace cptt
