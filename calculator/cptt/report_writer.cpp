#include "cptt/atomic_file.h"
#include "cptt/digest.h"
#include "cptt/reference/reference_data.h"
#include "cptt/report.h"

#include <chrono>
#include <ctime>

namespace cptt {
namespace {

void set(pugi::xml_node node, const char* name, const std::string& value) {
  node.append_attribute(name).set_value(value.c_str());
}

void set_percent(pugi::xml_node node, const std::optional<Decimal>& percent) {
  if (percent)
    set(node, "reduction-percent", percent->to_fixed(2));
}

void write_worksheet_result(pugi::xml_node parent, const WorksheetResult& w) {
  pugi::xml_node node = parent.append_child("worksheet");
  set(node, "variant", std::string(to_id(w.variant)));
  set(node, "rate", w.rate_id);
  set(node, "hourly-rate", w.hourly_rate.to_canonical());
  set(node, "tasks-total", w.tasks_total.to_canonical());
  set(node, "fees-total", w.fees_total.to_canonical());
  set(node, "cost-per-filing", w.cost_per_filing.to_canonical());
  set(node, "frequency", w.frequency.to_canonical());
  set(node, "subjects", w.subjects.to_canonical());
  set(node, "one-case", w.one_case ? "true" : "false");
  set(node, "annual", w.annual.to_canonical());
  int index = 0;
  for (const TaskResult& t : w.tasks) {
    pugi::xml_node task = node.append_child("task");
    set(task, "index", std::to_string(++index));
    set(task, "time-cost", t.time_cost.to_canonical());
    set(task, "task-cost", t.task_cost.to_canonical());
  }
}

void write_results(pugi::xml_node parent, const DossierResult& r) {
  pugi::xml_node node = parent.append_child("results");
  for (const RateResult& rate : r.rates) {
    pugi::xml_node n = node.append_child("rate");
    set(n, "id", rate.id);
    set(n, "hourly-rate", rate.hourly_rate.to_canonical());
  }
  for (const ProcedureResult& p : r.procedures) {
    pugi::xml_node n = node.append_child("procedure");
    set(n, "id", p.id);
    set(n, "kind", std::string(to_id(p.kind)));
    set(n, "before", p.before.to_canonical());
    set(n, "after", p.after.to_canonical());
    set(n, "saving", p.saving.to_canonical());
    set_percent(n, p.reduction_percent);
    if (p.current)
      write_worksheet_result(n, *p.current);
    if (p.proposed)
      write_worksheet_result(n, *p.proposed);
  }
  const DossierTotals& t = r.totals;
  pugi::xml_node n = node.append_child("totals");
  set(n, "before", t.before.to_canonical());
  set(n, "after", t.after.to_canonical());
  set(n, "net-change", t.net_change.to_canonical());
  set(n, "added-by-new", t.added_by_new.to_canonical());
  set(n, "saved-by-amendments", t.saved_by_amendments.to_canonical());
  set(n, "saved-by-abolitions", t.saved_by_abolitions.to_canonical());
  set_percent(n, t.reduction_percent);
}

} // namespace

std::string rounding_rule_text() {
  return "Mọi số tiền in trong bảng tính là đồng chẵn, làm tròn nửa lên (0,5 làm tròn ra xa số "
         "0), và được tính từ các số đã in mà nó phụ thuộc: mức thu nhập theo giờ; chi phí thời "
         "gian và chi phí của từng công việc; chi phí một lần thực hiện; chi phí cả năm. Tổng của "
         "các số đã in là chính xác. Tỷ lệ phần trăm: 2 chữ số thập phân, làm tròn nửa lên, giữ "
         "dấu. / Every money figure printed in a worksheet is whole dong, rounded half-up (half "
         "away from zero), and computed from the printed figures it depends on: the hourly rate; "
         "each task's time cost and cost; the cost of one filing; the annual cost. Sums of printed "
         "figures are exact. Percentages: 2 decimals, half-up, sign kept.";
}

std::string utc_timestamp() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

ReportMetadata report_metadata(const ReferenceData* reference) {
  ReportMetadata metadata;
  metadata.rounding = rounding_rule_text();
  if (reference)
    for (const ReferenceFileInfo& f : reference->files)
      metadata.reference_data.emplace_back(f.id, f.version);
  return metadata;
}

std::string write_report(const Dossier& dossier, const DossierResult& results,
                         ReportMetadata metadata) {
  if (metadata.exported.empty())
    metadata.exported = utc_timestamp();
  if (metadata.rounding.empty())
    metadata.rounding = rounding_rule_text();
  pugi::xml_document document;
  pugi::xml_node root = start_document(document, "report");

  pugi::xml_node meta = root.append_child("metadata");
  pugi::xml_node generator = meta.append_child("generator");
  set(generator, "name", metadata.generator);
  set(generator, "version", metadata.generator_version);
  meta.append_child("exported").text().set(metadata.exported.c_str());
  for (const auto& [id, version] : metadata.reference_data) {
    pugi::xml_node ref = meta.append_child("reference-data");
    set(ref, "id", id);
    set(ref, "version", version);
  }
  meta.append_child("rounding").text().set(metadata.rounding.c_str());

  append_dossier_element(root, dossier);
  write_results(root, results);

  pugi::xml_node digest = root.append_child("digest");
  set(digest, "algorithm", digest_algorithm);
  digest.text().set(canonical_digest(root, "digest").c_str());
  return document_text(document);
}

Text export_report_file(const Dossier& dossier, const std::string& path, ReportMetadata metadata) {
  return write_file_atomically(path, write_report(dossier, compute(dossier), std::move(metadata)));
}

} // namespace cptt
