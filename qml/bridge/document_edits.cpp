// DossierDocument: the edit API. Every edit builds the changed part of the dossier and pushes an
// undo command; the command hands it to the store, which recomputes the affected procedure (or
// all of them when a rate changed) through the core.
#include "appsettings.h"
#include "commands.h"
#include "document.h"
#include "fields.h"
#include "format.h"
#include "referencelibrary.h"

#include "cptt/dossier_edits.h"
#include "cptt/reference/reference_data.h"

#include <functional>

using namespace cptt;
using namespace cptt::bridge;
using cptt::edits::same_in_file;

void DossierDocument::pushDraftEdit(const Draft& after, const QString& text, const QString& key) {
  if (same_in_file(store_.dossier().draft, after)) {
    store_.showAgain({DossierChange::Kind::draft});
    return;
  }
  stack_.push(new DraftEdit(std::bind_front(&DossierStore::setDraft, &store_),
                            store_.dossier().draft, after, text, key));
}

void DossierDocument::pushRatesEdit(const std::vector<IncomeRate>& after, const QString& text,
                                    const QString& key) {
  if (same_in_file(store_.dossier().rates, after)) {
    store_.showAgain({DossierChange::Kind::rateValues});
    return;
  }
  stack_.push(new RatesEdit(std::bind_front(&DossierStore::setRates, &store_),
                            store_.dossier().rates, after, text, key));
}

void DossierDocument::pushProcedureEdit(int row, const Procedure& after, const QString& text,
                                        const QString& key) {
  const Procedure& before = store_.dossier().procedures[static_cast<std::size_t>(row)];
  if (same_in_file(before, after)) {
    store_.showAgain({DossierChange::Kind::procedure, row});
    return;
  }
  stack_.push(new ProcedureEdit(
      [this, row](const Procedure& p) { store_.setProcedure(row, p); }, before, after, text,
      key.isEmpty() ? key : key + QLatin1Char('@') + QString::number(row)));
}

void DossierDocument::pushAnswersEdit(std::vector<AnswerSet> after, const AnswerSet* before,
                                      const AnswerSet* changed, const QString& text,
                                      const QString& key) {
  if (same_in_file(before, changed)) {
    store_.showAgain({DossierChange::Kind::answers});
    return;
  }
  stack_.push(new AnswersEdit(std::bind_front(&DossierStore::setAnswers, &store_),
                              store_.dossier().answers, std::move(after), text, key));
}

QString DossierDocument::acceptNumber(const QString& key, const QString& procedureId,
                                      const QString& text, Figure figure,
                                      std::optional<Decimal>& out, NumberStyle style) {
  ParsedNumber parsed = parseNumber(text, figure, style);
  if (!parsed.value) {
    store_.keepInvalid(key, InvalidEntry{text, parsed.error, procedureId});
    return parsed.error;
  }
  store_.forgetInvalid(key);
  out = std::move(parsed.value);
  return QString();
}

// --- draft and rates ---

QString DossierDocument::setDraftField(DraftField::Id field, const QString& value) {
  Draft d = store_.dossier().draft;
  const std::string v = toStd(value);
  if (field == DraftField::Title)
    d.title = v;
  else if (field == DraftField::DocumentType)
    d.document_type = v;
  else if (field == DraftField::DraftingBody)
    d.drafting_body = v;
  else if (field == DraftField::Stage) {
    if (!from_id(v, d.stage))
      return tr("Giai đoạn không hợp lệ: %1").arg(value);
  } else if (field == DraftField::ContactName)
    d.contact.name = v;
  else if (field == DraftField::ContactPhone)
    d.contact.phone = v;
  else if (field == DraftField::ContactEmail)
    d.contact.email = v;
  else if (field == DraftField::CreatedDate)
    d.created = v;
  else if (field == DraftField::ModifiedDate)
    d.modified = v;
  else if (field == DraftField::Notes)
    d.notes = v;
  else if (field == DraftField::CalculationYear) {
    const QString key = fieldKey({}, {}, QStringLiteral("draft"), 0, QStringLiteral("year"));
    const edits::YearEntry year = edits::read_calculation_year(v);
    if (!year.year) {
      const QString msg = toQ(year.error.in(appLanguage()));
      store_.keepInvalid(key, InvalidEntry{value, msg, QString()});
      store_.showAgain({DossierChange::Kind::draft});
      return msg;
    }
    store_.forgetInvalid(key);
    d.calculation_year = *year.year;
  } else {
    return tr("Trường không xác định: %1").arg(fieldName(field));
  }
  const bool choice = field == DraftField::Stage || field == DraftField::DocumentType;
  pushDraftEdit(d, tr("Sửa thông tin dự thảo"), choice ? QString() : fieldName(field));
  return QString();
}

int DossierDocument::addDirectRate() {
  std::vector<IncomeRate> rates = store_.dossier().rates;
  IncomeRate r;
  r.id = edits::unused_rate_id(store_.dossier(), "muc-truc-tiep");
  r.kind = IncomeRate::Kind::direct;
  r.direct_rate = Money::from_integer(0);
  rates.push_back(r);
  pushRatesEdit(rates, tr("Thêm mức thu nhập"), QString());
  return static_cast<int>(store_.dossier().rates.size()) - 1;
}

int DossierDocument::addDerivedRate(int year, const QString& gdpPerCapita, const QString& publisher,
                                    const QString& source) {
  // A figure that cannot be read is no reason to refuse the rate: it is added, with the text kept
  // in its field and the message beside it (an edit never raises an error dialog).
  const ParsedNumber amount =
      parseNumber(gdpPerCapita, Figure::gdp_per_capita, NumberStyle::either);
  std::vector<IncomeRate> rates = store_.dossier().rates;
  IncomeRate r;
  r.id = edits::unused_rate_id(store_.dossier(), "gdp-" + std::to_string(year));
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
    store_.keepInvalid(
        fieldKey({}, {}, QStringLiteral("rate"), row, QStringLiteral("gdpPerCapita")),
        InvalidEntry{gdpPerCapita, amount.error, QString()});
    store_.showAgain({DossierChange::Kind::rateValues});
  }
  return row;
}

int DossierDocument::addPublishedRate(int year, int route) {
  const std::vector<LegalRoute> routes =
      legal_rate_routes(ReferenceLibrary::instance()->data(), year);
  if (route < 0 || route >= static_cast<int>(routes.size()))
    return -1;
  std::vector<IncomeRate> rates = store_.dossier().rates;
  IncomeRate r = routes[static_cast<std::size_t>(route)].rate;
  r.id = edits::unused_rate_id(store_.dossier(), r.id);
  rates.push_back(std::move(r));
  pushRatesEdit(rates, tr("Thêm mức thu nhập"), QString());
  return static_cast<int>(store_.dossier().rates.size()) - 1;
}

void DossierDocument::removeRate(int row) {
  if (row < 0 || row >= static_cast<int>(store_.dossier().rates.size()))
    return;
  std::vector<IncomeRate> rates = store_.dossier().rates;
  rates.erase(rates.begin() + row);
  store_.forgetInvalidUnder(QStringLiteral("||rate|"));
  pushRatesEdit(rates, tr("Xoá mức thu nhập"), QString());
}

QString DossierDocument::setRateField(int row, RateField::Id field, const QString& value) {
  if (row < 0 || row >= static_cast<int>(store_.dossier().rates.size()))
    return tr("Không có mức thu nhập thứ %1.").arg(row + 1);
  std::vector<IncomeRate> rates = store_.dossier().rates;
  IncomeRate& r = rates[static_cast<std::size_t>(row)];
  const QString key = fieldKey({}, {}, QStringLiteral("rate"), row, fieldName(field));
  if (field == RateField::Publisher) {
    r.publisher = toStd(value);
  } else if (field == RateField::Source) {
    r.source = toStd(value);
  } else if (field == RateField::Year) {
    const edits::YearEntry year = edits::read_figures_year(toStd(value));
    if (!year.year) {
      const QString msg = toQ(year.error.in(appLanguage()));
      store_.keepInvalid(key, InvalidEntry{value, msg, QString()});
      store_.showAgain({DossierChange::Kind::rateValues});
      return msg;
    }
    store_.forgetInvalid(key);
    r.year = *year.year;
  } else if (field == RateField::GdpPerCapita || field == RateField::Gdp ||
             field == RateField::Population || field == RateField::DirectRate) {
    std::optional<Decimal> v;
    const Figure figure = field == RateField::GdpPerCapita ? Figure::gdp_per_capita
                          : field == RateField::Gdp        ? Figure::gdp
                          : field == RateField::Population ? Figure::population
                                                           : Figure::direct_rate;
    QString err = acceptNumber(key, QString(), value, figure, v, NumberStyle::amount);
    if (!err.isEmpty()) {
      store_.showAgain({DossierChange::Kind::rateValues});
      return err;
    }
    // A derived rate takes one route: the per-capita figure, or GDP and population together.
    if (field == RateField::GdpPerCapita) {
      r.gdp_per_capita = Money(*v);
      r.gdp.reset();
      r.population.reset();
    } else if (field == RateField::Gdp) {
      r.gdp = Money(*v);
      r.gdp_per_capita.reset();
    } else if (field == RateField::Population) {
      r.population = Quantity(*v);
      r.gdp_per_capita.reset();
    } else {
      r.direct_rate = Money(*v);
    }
  } else {
    return tr("Trường không xác định: %1").arg(fieldName(field));
  }
  pushRatesEdit(rates, tr("Sửa mức thu nhập"), QString::number(row) + fieldName(field));
  return QString();
}

QStringList DossierDocument::rateIds() const {
  QStringList out;
  for (const auto& r : store_.dossier().rates)
    out << toQ(r.id);
  return out;
}

// --- procedures ---

QString DossierDocument::procedureIdAt(int row) const {
  if (row < 0 || row >= procedureCount())
    return QString();
  return toQ(store_.dossier().procedures[static_cast<std::size_t>(row)].id);
}

int DossierDocument::addProcedure(const QString& kind) {
  ProcedureKind k{};
  if (!from_id(toStd(kind), k)) {
    // Only a programming slip sends an unknown kind (the screens offer the four): say so in the
    // status bar, not in a dialog.
    setStatus(tr("Loại thủ tục không hợp lệ: %1").arg(kind));
    return -1;
  }
  const Procedure p = edits::new_procedure(store_.dossier(), k);
  const int row = procedureCount();
  stack_.push(new ProcedureInsert(&store_, row, p, tr("Thêm thủ tục")));
  return row;
}

int DossierDocument::duplicateProcedure(int row) {
  if (row < 0 || row >= procedureCount())
    return -1;
  Procedure p = store_.dossier().procedures[static_cast<std::size_t>(row)];
  p.id = edits::unused_procedure_id(store_.dossier());
  p.name += toStd(tr(" (bản sao)"));
  stack_.push(new ProcedureInsert(&store_, row + 1, p, tr("Nhân bản thủ tục")));
  return row + 1;
}

void DossierDocument::removeProcedure(int row) {
  if (row < 0 || row >= procedureCount())
    return;
  const Procedure& p = store_.dossier().procedures[static_cast<std::size_t>(row)];
  stack_.push(new ProcedureRemove(&store_, row, p, store_.dossier().answers,
                                  edits::answers_without(store_.dossier().answers, p.id),
                                  tr("Xoá thủ tục")));
}

void DossierDocument::moveProcedure(int from, int to) {
  if (from < 0 || from >= procedureCount() || to < 0 || to >= procedureCount() || from == to)
    return;
  stack_.push(new ProcedureMove(&store_, from, to, tr("Đổi thứ tự thủ tục")));
}

QString DossierDocument::setProcedureField(const QString& procedureId, ProcedureField::Id field,
                                           const QString& value) {
  const int row = indexOf(procedureId);
  if (row < 0)
    return tr("Không tìm thấy thủ tục %1.").arg(procedureId);
  Procedure p = store_.dossier().procedures[static_cast<std::size_t>(row)];
  const std::string v = toStd(value);
  if (field == ProcedureField::Name)
    p.name = v;
  else if (field == ProcedureField::Code)
    p.code = v;
  else if (field == ProcedureField::Sector)
    p.field = v;
  else if (field == ProcedureField::Simplification)
    p.simplification = v;
  else if (field == ProcedureField::Articles) {
    p.articles.clear();
    for (const QString& line : value.split(QLatin1Char('\n')))
      if (!line.trimmed().isEmpty())
        p.articles.push_back(toStd(line.trimmed()));
  } else if (field == ProcedureField::Kind) {
    if (!from_id(v, p.kind))
      return tr("Loại thủ tục không hợp lệ: %1").arg(value);
    edits::fit_worksheets(p, store_.dossier().rates);
  } else if (field == ProcedureField::Level) {
    if (!from_id(v, p.level))
      return tr("Cấp giải quyết không hợp lệ: %1").arg(value);
  } else if (field == ProcedureField::SubjectType) {
    if (!from_id(v, p.subject_type))
      return tr("Đối tượng không hợp lệ: %1").arg(value);
  } else {
    return tr("Trường không xác định: %1").arg(fieldName(field));
  }
  // Typed text merges into one undo step per field; a choice is a step of its own.
  const bool choice = field == ProcedureField::Kind || field == ProcedureField::Level ||
                      field == ProcedureField::SubjectType;
  pushProcedureEdit(row, p, tr("Sửa thủ tục"), choice ? QString() : procedureId + fieldName(field));
  return QString();
}

void DossierDocument::copyCurrentToProposed(const QString& procedureId) {
  const int row = indexOf(procedureId);
  if (row < 0)
    return;
  Procedure p = store_.dossier().procedures[static_cast<std::size_t>(row)];
  if (!edits::copy_current_to_proposed(p))
    return;
  store_.forgetInvalidUnder(procedureId + QStringLiteral("|proposed|"));
  pushProcedureEdit(row, p, tr("Chép bảng hiện hành sang phương án mới"), QString());
}

Worksheet* DossierDocument::worksheetOf(Procedure& p, const QString& variant) const {
  if (variant == QLatin1String("current"))
    return p.current ? &*p.current : nullptr;
  if (variant == QLatin1String("proposed"))
    return p.proposed ? &*p.proposed : nullptr;
  return nullptr;
}
