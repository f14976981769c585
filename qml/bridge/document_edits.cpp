// DossierDocument: the edit API. Every edit builds the changed part of the dossier and pushes an
// undo command; the command applies it, and applying recomputes the affected procedure (or all of
// them when a rate changed) through the core.
#include "appsettings.h"
#include "commands.h"
#include "document.h"
#include "format.h"
#include "referencelibrary.h"

#include "cptt/dossier_edits.h"
#include "cptt/reference/reference_data.h"

#include <functional>

using namespace cptt;
using namespace cptt::bridge;
using cptt::edits::same_in_file;

void DossierDocument::pushDraftEdit(const Draft& after, const QString& text, const QString& key) {
  if (same_in_file(dossier_.draft, after)) {
    emit draftChanged();
    return;
  }
  stack_.push(new DraftEdit(std::bind_front(&DossierDocument::applyDraft, this), dossier_.draft,
                            after, text, key));
}

void DossierDocument::pushRatesEdit(const std::vector<IncomeRate>& after, const QString& text,
                                    const QString& key) {
  if (same_in_file(dossier_.rates, after)) {
    emit ratesDataChanged();
    return;
  }
  stack_.push(new RatesEdit(std::bind_front(&DossierDocument::applyRates, this), dossier_.rates,
                            after, text, key));
}

void DossierDocument::pushProcedureEdit(int row, const Procedure& after, const QString& text,
                                        const QString& key) {
  const Procedure& before = dossier_.procedures[static_cast<std::size_t>(row)];
  if (same_in_file(before, after)) {
    emit procedureChanged(row);
    return;
  }
  stack_.push(
      new ProcedureEdit([this, row](const Procedure& p) { applyProcedure(row, p); }, before, after,
                        text, key.isEmpty() ? key : key + QLatin1Char('@') + QString::number(row)));
}

void DossierDocument::pushAnswersEdit(std::vector<AnswerSet> after, const AnswerSet* before,
                                      const AnswerSet* changed, const QString& text,
                                      const QString& key) {
  if (same_in_file(before, changed)) {
    emit answersChanged();
    return;
  }
  stack_.push(new AnswersEdit(std::bind_front(&DossierDocument::applyAnswers, this),
                              dossier_.answers, std::move(after), text, key));
}

QString DossierDocument::fieldKey(const QString& procedureId, const QString& variant,
                                  const QString& part, int row, const QString& field) {
  return procedureId + QLatin1Char('|') + variant + QLatin1Char('|') + part + QLatin1Char('|') +
         QString::number(row) + QLatin1Char('|') + field;
}

const InvalidEntry* DossierDocument::invalidEntry(const QString& key) const {
  auto it = invalid_.constFind(key);
  return it == invalid_.constEnd() ? nullptr : &it.value();
}

void DossierDocument::forgetInvalid(const QString& prefix) {
  bool any = false;
  for (auto it = invalid_.begin(); it != invalid_.end();) {
    if (it.key().startsWith(prefix)) {
      it = invalid_.erase(it);
      any = true;
    } else {
      ++it;
    }
  }
  if (any)
    emit invalidEntriesChanged();
}

QString DossierDocument::acceptNumber(const QString& key, const QString& procedureId,
                                      const QString& text, int bound,
                                      const std::optional<Decimal>& max,
                                      std::optional<Decimal>& out, NumberStyle style) {
  ParsedNumber parsed = parseNumber(text, static_cast<Bound>(bound), max, style);
  if (!parsed.value) {
    invalid_.insert(key, InvalidEntry{text, parsed.error, procedureId});
    emit invalidEntriesChanged();
    return parsed.error;
  }
  if (invalid_.remove(key) > 0)
    emit invalidEntriesChanged();
  out = std::move(parsed.value);
  return QString();
}

// --- apply (called by the undo commands) ---

void DossierDocument::applyDraft(const Draft& draft) {
  dossier_.draft = draft;
  emit draftChanged();
}

void DossierDocument::applyRates(const std::vector<IncomeRate>& rates) {
  if (rates.size() == dossier_.rates.size()) {
    dossier_.rates = rates;
    emit ratesDataChanged();
  } else {
    emit ratesAboutToBeReset();
    dossier_.rates = rates;
    emit ratesReset();
  }
  emit rateIdsChanged();
  recomputeAll();
  for (int i = 0; i < procedureCount(); ++i)
    emit procedureChanged(i);
}

void DossierDocument::applyProcedure(int row, const Procedure& procedure) {
  dossier_.procedures[static_cast<std::size_t>(row)] = procedure;
  recompute(row);
  recomputeTotals();
  emit procedureChanged(row);
}

void DossierDocument::insertProcedure(int row, const Procedure& procedure) {
  emit procedureAboutToBeInserted(row);
  dossier_.procedures.insert(dossier_.procedures.begin() + row, procedure);
  states_.insert(states_.begin() + row, ProcedureState{});
  summaries_.insert(summaries_.begin() + row, ProcedureResult{});
  recompute(row);
  emit procedureInserted(row);
  emit procedureCountChanged();
  recomputeTotals();
}

void DossierDocument::eraseProcedure(int row) {
  emit procedureAboutToBeRemoved(row);
  forgetInvalid(toQ(dossier_.procedures[static_cast<std::size_t>(row)].id) + QLatin1Char('|'));
  dossier_.procedures.erase(dossier_.procedures.begin() + row);
  states_.erase(states_.begin() + row);
  summaries_.erase(summaries_.begin() + row);
  emit procedureRemoved(row);
  emit procedureCountChanged();
  recomputeTotals();
}

void DossierDocument::relocateProcedure(int from, int to) {
  emit procedureAboutToBeMoved(from, to);
  auto p = std::move(dossier_.procedures[static_cast<std::size_t>(from)]);
  auto s = std::move(states_[static_cast<std::size_t>(from)]);
  auto sum = std::move(summaries_[static_cast<std::size_t>(from)]);
  summaries_.erase(summaries_.begin() + from);
  summaries_.insert(summaries_.begin() + to, std::move(sum));
  dossier_.procedures.erase(dossier_.procedures.begin() + from);
  states_.erase(states_.begin() + from);
  dossier_.procedures.insert(dossier_.procedures.begin() + to, std::move(p));
  states_.insert(states_.begin() + to, std::move(s));
  emit procedureMoved(from, to);
  recomputeTotals();
}

// --- draft and rates ---

QString DossierDocument::setDraftField(const QString& field, const QString& value) {
  Draft d = dossier_.draft;
  const std::string v = toStd(value);
  if (field == QLatin1String("title"))
    d.title = v;
  else if (field == QLatin1String("documentType"))
    d.document_type = v;
  else if (field == QLatin1String("draftingBody"))
    d.drafting_body = v;
  else if (field == QLatin1String("stage")) {
    if (!from_id(v, d.stage))
      return tr("Giai đoạn không hợp lệ: %1").arg(value);
  } else if (field == QLatin1String("contactName"))
    d.contact.name = v;
  else if (field == QLatin1String("contactPhone"))
    d.contact.phone = v;
  else if (field == QLatin1String("contactEmail"))
    d.contact.email = v;
  else if (field == QLatin1String("createdDate"))
    d.created = v;
  else if (field == QLatin1String("modifiedDate"))
    d.modified = v;
  else if (field == QLatin1String("notes"))
    d.notes = v;
  else if (field == QLatin1String("calculationYear")) {
    const QString key = fieldKey({}, {}, QStringLiteral("draft"), 0, QStringLiteral("year"));
    const edits::YearEntry year = edits::read_calculation_year(v);
    if (!year.year) {
      const QString msg = toQ(year.error.in(appLanguage()));
      invalid_.insert(key, InvalidEntry{value, msg, QString()});
      emit invalidEntriesChanged();
      emit draftChanged();
      return msg;
    }
    if (invalid_.remove(key) > 0)
      emit invalidEntriesChanged();
    d.calculation_year = *year.year;
  } else {
    return tr("Trường không xác định: %1").arg(field);
  }
  const bool choice = field == QLatin1String("stage") || field == QLatin1String("documentType");
  pushDraftEdit(d, tr("Sửa thông tin dự thảo"), choice ? QString() : field);
  return QString();
}

int DossierDocument::addDirectRate() {
  std::vector<IncomeRate> rates = dossier_.rates;
  IncomeRate r;
  r.id = edits::unused_rate_id(dossier_, "muc-truc-tiep");
  r.kind = IncomeRate::Kind::direct;
  r.direct_rate = Money::from_integer(0);
  rates.push_back(r);
  pushRatesEdit(rates, tr("Thêm mức thu nhập"), QString());
  return static_cast<int>(dossier_.rates.size()) - 1;
}

int DossierDocument::addDerivedRate(int year, const QString& gdpPerCapita, const QString& publisher,
                                    const QString& source) {
  // A figure that cannot be read is no reason to refuse the rate: it is added, with the text kept
  // in its field and the message beside it (an edit never raises an error dialog).
  const ParsedNumber amount = parseNumber(gdpPerCapita, Bound::positive, {}, NumberStyle::either);
  std::vector<IncomeRate> rates = dossier_.rates;
  IncomeRate r;
  r.id = edits::unused_rate_id(dossier_, "gdp-" + std::to_string(year));
  r.kind = IncomeRate::Kind::derived;
  r.year = year;
  if (amount.value)
    r.gdp_per_capita = Money(*amount.value);
  r.publisher = toStd(publisher);
  r.source = toStd(source);
  rates.push_back(r);
  const int row = static_cast<int>(rates.size()) - 1;
  pushRatesEdit(rates, tr("Thêm mức thu nhập"), QString());
  if (!amount.value) {
    invalid_.insert(fieldKey({}, {}, QStringLiteral("rate"), row, QStringLiteral("gdpPerCapita")),
                    InvalidEntry{gdpPerCapita, amount.error, QString()});
    emit invalidEntriesChanged();
    emit ratesDataChanged();
  }
  return row;
}

int DossierDocument::addPublishedRate(int year, int route) {
  const std::vector<LegalRoute> routes =
      legal_rate_routes(ReferenceLibrary::instance()->data(), year);
  if (route < 0 || route >= static_cast<int>(routes.size()))
    return -1;
  std::vector<IncomeRate> rates = dossier_.rates;
  IncomeRate r = routes[static_cast<std::size_t>(route)].rate;
  r.id = edits::unused_rate_id(dossier_, r.id);
  rates.push_back(std::move(r));
  pushRatesEdit(rates, tr("Thêm mức thu nhập"), QString());
  return static_cast<int>(dossier_.rates.size()) - 1;
}

void DossierDocument::removeRate(int row) {
  if (row < 0 || row >= static_cast<int>(dossier_.rates.size()))
    return;
  std::vector<IncomeRate> rates = dossier_.rates;
  rates.erase(rates.begin() + row);
  forgetInvalid(QStringLiteral("||rate|"));
  pushRatesEdit(rates, tr("Xoá mức thu nhập"), QString());
}

QString DossierDocument::setRateField(int row, const QString& field, const QString& value) {
  if (row < 0 || row >= static_cast<int>(dossier_.rates.size()))
    return tr("Không có mức thu nhập thứ %1.").arg(row + 1);
  std::vector<IncomeRate> rates = dossier_.rates;
  IncomeRate& r = rates[static_cast<std::size_t>(row)];
  const QString key = fieldKey({}, {}, QStringLiteral("rate"), row, field);
  if (field == QLatin1String("publisher")) {
    r.publisher = toStd(value);
  } else if (field == QLatin1String("source")) {
    r.source = toStd(value);
  } else if (field == QLatin1String("year")) {
    const edits::YearEntry year = edits::read_figures_year(toStd(value));
    if (!year.year) {
      const QString msg = toQ(year.error.in(appLanguage()));
      invalid_.insert(key, InvalidEntry{value, msg, QString()});
      emit invalidEntriesChanged();
      emit ratesDataChanged();
      return msg;
    }
    if (invalid_.remove(key) > 0)
      emit invalidEntriesChanged();
    r.year = *year.year;
  } else if (field == QLatin1String("gdpPerCapita") || field == QLatin1String("gdp") ||
             field == QLatin1String("population") || field == QLatin1String("directRate")) {
    std::optional<Decimal> v;
    QString err = acceptNumber(key, QString(), value, static_cast<int>(Bound::positive), {}, v,
                               NumberStyle::amount);
    if (!err.isEmpty()) {
      emit ratesDataChanged();
      return err;
    }
    // A derived rate takes one route: the per-capita figure, or GDP and population together.
    if (field == QLatin1String("gdpPerCapita")) {
      r.gdp_per_capita = Money(*v);
      r.gdp.reset();
      r.population.reset();
    } else if (field == QLatin1String("gdp")) {
      r.gdp = Money(*v);
      r.gdp_per_capita.reset();
    } else if (field == QLatin1String("population")) {
      r.population = Quantity(*v);
      r.gdp_per_capita.reset();
    } else {
      r.direct_rate = Money(*v);
    }
  } else {
    return tr("Trường không xác định: %1").arg(field);
  }
  pushRatesEdit(rates, tr("Sửa mức thu nhập"), QString::number(row) + field);
  return QString();
}

QStringList DossierDocument::rateIds() const {
  QStringList out;
  for (const auto& r : dossier_.rates)
    out << toQ(r.id);
  return out;
}

// --- procedures ---

int DossierDocument::indexOf(const QString& procedureId) const {
  const std::string id = toStd(procedureId);
  for (std::size_t i = 0; i < dossier_.procedures.size(); ++i)
    if (dossier_.procedures[i].id == id)
      return static_cast<int>(i);
  return -1;
}

QString DossierDocument::procedureIdAt(int row) const {
  if (row < 0 || row >= procedureCount())
    return QString();
  return toQ(dossier_.procedures[static_cast<std::size_t>(row)].id);
}

int DossierDocument::addProcedure(const QString& kind) {
  ProcedureKind k{};
  if (!from_id(toStd(kind), k)) {
    // Only a programming slip sends an unknown kind (the screens offer the four): say so in the
    // status bar, not in a dialog.
    setStatus(tr("Loại thủ tục không hợp lệ: %1").arg(kind));
    return -1;
  }
  const Procedure p = edits::new_procedure(dossier_, k);
  const int row = procedureCount();
  stack_.push(new ProcedureInsert(this, row, p, tr("Thêm thủ tục")));
  return row;
}

int DossierDocument::duplicateProcedure(int row) {
  if (row < 0 || row >= procedureCount())
    return -1;
  Procedure p = dossier_.procedures[static_cast<std::size_t>(row)];
  p.id = edits::unused_procedure_id(dossier_);
  p.name += toStd(tr(" (bản sao)"));
  stack_.push(new ProcedureInsert(this, row + 1, p, tr("Nhân bản thủ tục")));
  return row + 1;
}

void DossierDocument::removeProcedure(int row) {
  if (row < 0 || row >= procedureCount())
    return;
  const Procedure& p = dossier_.procedures[static_cast<std::size_t>(row)];
  stack_.push(new ProcedureRemove(this, row, p, dossier_.answers,
                                  edits::answers_without(dossier_.answers, p.id),
                                  tr("Xoá thủ tục")));
}

void DossierDocument::moveProcedure(int from, int to) {
  if (from < 0 || from >= procedureCount() || to < 0 || to >= procedureCount() || from == to)
    return;
  stack_.push(new ProcedureMove(this, from, to, tr("Đổi thứ tự thủ tục")));
}

QString DossierDocument::setProcedureField(const QString& procedureId, const QString& field,
                                           const QString& value) {
  const int row = indexOf(procedureId);
  if (row < 0)
    return tr("Không tìm thấy thủ tục %1.").arg(procedureId);
  Procedure p = dossier_.procedures[static_cast<std::size_t>(row)];
  const std::string v = toStd(value);
  if (field == QLatin1String("name"))
    p.name = v;
  else if (field == QLatin1String("code"))
    p.code = v;
  else if (field == QLatin1String("field"))
    p.field = v;
  else if (field == QLatin1String("simplification"))
    p.simplification = v;
  else if (field == QLatin1String("articles")) {
    p.articles.clear();
    for (const QString& line : value.split(QLatin1Char('\n')))
      if (!line.trimmed().isEmpty())
        p.articles.push_back(toStd(line.trimmed()));
  } else if (field == QLatin1String("kind")) {
    if (!from_id(v, p.kind))
      return tr("Loại thủ tục không hợp lệ: %1").arg(value);
    edits::fit_worksheets(p, dossier_.rates);
  } else if (field == QLatin1String("level")) {
    if (!from_id(v, p.level))
      return tr("Cấp giải quyết không hợp lệ: %1").arg(value);
  } else if (field == QLatin1String("subjectType")) {
    if (!from_id(v, p.subject_type))
      return tr("Đối tượng không hợp lệ: %1").arg(value);
  } else {
    return tr("Trường không xác định: %1").arg(field);
  }
  // Typed text merges into one undo step per field; a choice is a step of its own.
  const bool choice = field == QLatin1String("kind") || field == QLatin1String("level") ||
                      field == QLatin1String("subjectType");
  pushProcedureEdit(row, p, tr("Sửa thủ tục"), choice ? QString() : procedureId + field);
  return QString();
}

void DossierDocument::copyCurrentToProposed(const QString& procedureId) {
  const int row = indexOf(procedureId);
  if (row < 0)
    return;
  Procedure p = dossier_.procedures[static_cast<std::size_t>(row)];
  if (!edits::copy_current_to_proposed(p))
    return;
  forgetInvalid(procedureId + QStringLiteral("|proposed|"));
  pushProcedureEdit(row, p, tr("Chép bảng hiện hành sang phương án mới"), QString());
}

Worksheet* DossierDocument::worksheetOf(Procedure& p, const QString& variant) const {
  if (variant == QLatin1String("current"))
    return p.current ? &*p.current : nullptr;
  if (variant == QLatin1String("proposed"))
    return p.proposed ? &*p.proposed : nullptr;
  return nullptr;
}
