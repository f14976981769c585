// DossierDocument: edits of a procedure's cost worksheets (tasks, fees, frequency, subjects).
#include "commands.h"
#include "document.h"
#include "fields.h"
#include "format.h"
#include "referencelibrary.h"

#include "cptt/dossier_xml.h"
#include "cptt/reference/reference_data.h"

#include <functional>

using namespace cptt;
using namespace cptt::bridge;

QString DossierDocument::editWorksheet(const QString& procedureId, const QString& variant,
                                       const std::function<QString(Worksheet&, Step&)>& edit) {
  const int row = indexOf(procedureId);
  if (row < 0)
    return tr("Không tìm thấy thủ tục %1.").arg(procedureId);
  Procedure p = store_.dossier().procedures[static_cast<std::size_t>(row)];
  Worksheet* w = worksheetOf(p, variant);
  if (!w)
    return tr("Thủ tục này không có bảng tính \"%1\".").arg(variant);
  Step step;
  if (QString error = edit(*w, step); !error.isEmpty()) {
    if (step.refused)
      store_.showAgain({DossierChange::Kind::procedure, row}); // the kept text, its message
    return error;
  }
  pushProcedureEdit(row, p, step.text, step.key);
  return QString();
}

QString DossierDocument::setWorksheetField(const QString& procedureId, const QString& variant,
                                           WorksheetField::Id field, const QString& value) {
  const QString key = fieldKey(procedureId, variant, QStringLiteral("sheet"), 0, fieldName(field));
  return editWorksheet(procedureId, variant, [&](Worksheet& w, Step& step) {
    if (field == WorksheetField::Rate) {
      w.rate_id = toStd(value);
    } else if (field == WorksheetField::FrequencyEvidence) {
      w.frequency_evidence = toStd(value);
    } else if (field == WorksheetField::SubjectsEvidence) {
      w.subjects_evidence = toStd(value);
    } else if (field == WorksheetField::OneCase) {
      w.one_case = value == QLatin1String("true");
      if (w.one_case) {
        w.subjects.reset();
        store_.forgetInvalid(
            fieldKey(procedureId, variant, QStringLiteral("sheet"), 0, QStringLiteral("subjects")));
      } else if (!w.subjects) {
        w.subjects = Quantity::from_integer(1);
      }
    } else if (field == WorksheetField::Frequency || field == WorksheetField::Subjects) {
      std::optional<Decimal> v;
      const Figure figure =
          field == WorksheetField::Frequency ? Figure::frequency : Figure::subjects;
      // Subjects are counts: "10.000" is ten thousand.
      QString err = acceptNumber(key, procedureId, value, figure, v,
                                 field == WorksheetField::Subjects ? NumberStyle::amount
                                                                   : NumberStyle::either);
      if (!err.isEmpty())
        return step.refuse(err);
      if (field == WorksheetField::Frequency)
        w.frequency = Quantity(*v);
      else
        w.subjects = Quantity(*v);
    } else {
      return tr("Trường không xác định: %1").arg(fieldName(field));
    }
    const bool choice = field == WorksheetField::Rate || field == WorksheetField::OneCase;
    step.text = tr("Sửa bảng tính chi phí");
    step.key = choice ? QString() : key;
    return QString();
  });
}

int DossierDocument::appendTask(const QString& procedureId, const QString& variant, Task task) {
  int added = -1;
  editWorksheet(procedureId, variant, [&](Worksheet& w, Step& step) {
    w.tasks.push_back(std::move(task));
    added = static_cast<int>(w.tasks.size()) - 1;
    step.text = tr("Thêm công việc");
    return QString();
  });
  return added;
}

int DossierDocument::addTask(const QString& procedureId, const QString& variant,
                             const QString& name) {
  Task t;
  t.name = toStd(name);
  return appendTask(procedureId, variant, std::move(t));
}

int DossierDocument::appendTaskKeeping(const QString& procedureId, const QString& variant,
                                       Task task, const QString& typedHours, const QString& error) {
  const int row = appendTask(procedureId, variant, std::move(task));
  if (row >= 0 && !error.isEmpty()) {
    store_.keepInvalid(
        fieldKey(procedureId, variant, QStringLiteral("task"), row, QStringLiteral("hours")),
        InvalidEntry{typedHours, error, procedureId});
    store_.showAgain({DossierChange::Kind::procedure, indexOf(procedureId)});
  }
  return row;
}

int DossierDocument::addCatalogueTask(const QString& procedureId, const QString& variant,
                                      const QString& name, const QString& ref,
                                      const QString& complexity, const QString& hours) {
  // Hours that cannot be read do not refuse the task: it is added, its hours field keeping the
  // text with the message (in place; an edit never raises an error dialog).
  const ParsedNumber h = parseNumber(hours, Figure::hours, NumberStyle::either);
  Task t;
  t.name = toStd(name);
  t.catalogue_ref = toStd(ref);
  t.complexity = toStd(complexity);
  if (h.value)
    t.hours = Quantity(*h.value);
  return appendTaskKeeping(procedureId, variant, std::move(t), hours, h.error);
}

int DossierDocument::addNormTask(const QString& procedureId, const QString& variant,
                                 const QString& name, const QString& normKind, const QString& scope,
                                 const QString& area, const QString& units) {
  Task t;
  t.name = toStd(name);
  // A norm named by ids the tables do not know is no norm: the task keeps none.
  const bool known = from_id(toStd(normKind), t.norm.kind) && t.norm.kind != NormKind::none &&
                     (t.norm.kind != NormKind::travel || from_id(toStd(scope), t.norm.scope)) &&
                     from_id(toStd(area), t.norm.area);
  if (!known)
    t.norm = Norm{};
  const ParsedNumber u = parseNumber(units, Figure::norm_units, NumberStyle::either);
  if (u.value && known)
    t.norm.units = Quantity(*u.value);
  // The hours are the norm's (hours per trip or page × units, from the reference tables), never a
  // figure the screen worked out.
  std::optional<Quantity> hours;
  if (u.value && known)
    hours = norm_hours(ReferenceLibrary::instance()->data(), t.norm);
  QString error;
  if (!u.value)
    error = tr("Số lượng theo định mức: %1").arg(u.error);
  else if (!hours)
    error = tr("Bảng định mức không có dòng cho định mức này.");
  else if (*hours > Quantity::from_integer(max_task_hours))
    error = tr("Số giờ theo định mức (%1) vượt quá %2 giờ.")
                .arg(toQ(hours->to_canonical()))
                .arg(max_task_hours);
  else
    t.hours = *hours;
  // As for a catalogue task: added, with what could not be made kept beside its hours field.
  return appendTaskKeeping(procedureId, variant, std::move(t),
                           hours ? toQ(hours->to_canonical()) : QString(), error);
}

void DossierDocument::removeTask(const QString& procedureId, const QString& variant, int at) {
  editWorksheet(procedureId, variant, [&](Worksheet& w, Step& step) {
    if (at < 0 || at >= static_cast<int>(w.tasks.size()))
      return tr("Không có công việc thứ %1.").arg(at + 1);
    w.tasks.erase(w.tasks.begin() + at);
    store_.moveInvalidRows(procedureId + QLatin1Char('|') + variant + QStringLiteral("|task|"),
                           [at](int r) { return r == at ? -1 : (r > at ? r - 1 : r); });
    step.text = tr("Xoá công việc");
    return QString();
  });
}

void DossierDocument::moveTask(const QString& procedureId, const QString& variant, int from,
                               int to) {
  editWorksheet(procedureId, variant, [&](Worksheet& w, Step& step) {
    const int n = static_cast<int>(w.tasks.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
      return tr("Không chuyển được công việc %1 đến chỗ %2.").arg(from + 1).arg(to + 1);
    Task t = std::move(w.tasks[static_cast<std::size_t>(from)]);
    w.tasks.erase(w.tasks.begin() + from);
    w.tasks.insert(w.tasks.begin() + to, std::move(t));
    store_.moveInvalidRows(procedureId + QLatin1Char('|') + variant + QStringLiteral("|task|"),
                           [from, to](int r) {
                             if (r == from)
                               return to;
                             if (from < to && r > from && r <= to)
                               return r - 1;
                             if (to < from && r >= to && r < from)
                               return r + 1;
                             return r;
                           });
    step.text = tr("Đổi thứ tự công việc");
    return QString();
  });
}

QString DossierDocument::setTaskField(const QString& procedureId, const QString& variant, int at,
                                      TaskField::Id field, const QString& value) {
  const QString key = fieldKey(procedureId, variant, QStringLiteral("task"), at, fieldName(field));
  return editWorksheet(procedureId, variant, [&](Worksheet& w, Step& step) {
    if (at < 0 || at >= static_cast<int>(w.tasks.size()))
      return tr("Không có công việc thứ %1.").arg(at + 1);
    Task& t = w.tasks[static_cast<std::size_t>(at)];
    if (field == TaskField::Name) {
      t.name = toStd(value);
    } else if (field == TaskField::ServicesNote) {
      t.services_note = toStd(value);
    } else if (field == TaskField::Evidence) {
      t.evidence = toStd(value);
    } else if (field == TaskField::Hours || field == TaskField::Services ||
               field == TaskField::OtherCosts) {
      const bool hours = field == TaskField::Hours;
      const Figure figure = hours                          ? Figure::hours
                            : field == TaskField::Services ? Figure::services
                                                           : Figure::other_costs;
      std::optional<Decimal> v;
      // Hours may have decimals ("1.5" or "1,5"); costs are whole đồng typed "30.000".
      QString err = acceptNumber(key, procedureId, value, figure, v,
                                 hours ? NumberStyle::either : NumberStyle::amount);
      if (!err.isEmpty())
        return step.refuse(err);
      if (hours)
        t.hours = Quantity(*v);
      else if (field == TaskField::Services)
        t.services = Money(*v);
      else
        t.other_costs = Money(*v);
    } else {
      return tr("Trường không xác định: %1").arg(fieldName(field));
    }
    step.text = tr("Sửa công việc");
    step.key = key;
    return QString();
  });
}

int DossierDocument::addFee(const QString& procedureId, const QString& variant) {
  int added = -1;
  editWorksheet(procedureId, variant, [&](Worksheet& w, Step& step) {
    w.fees.push_back(Fee{});
    added = static_cast<int>(w.fees.size()) - 1;
    step.text = tr("Thêm phí, lệ phí");
    return QString();
  });
  return added;
}

void DossierDocument::removeFee(const QString& procedureId, const QString& variant, int at) {
  editWorksheet(procedureId, variant, [&](Worksheet& w, Step& step) {
    if (at < 0 || at >= static_cast<int>(w.fees.size()))
      return tr("Không có khoản phí thứ %1.").arg(at + 1);
    w.fees.erase(w.fees.begin() + at);
    store_.moveInvalidRows(procedureId + QLatin1Char('|') + variant + QStringLiteral("|fee|"),
                           [at](int r) { return r == at ? -1 : (r > at ? r - 1 : r); });
    step.text = tr("Xoá phí, lệ phí");
    return QString();
  });
}

QString DossierDocument::setFeeField(const QString& procedureId, const QString& variant, int at,
                                     FeeField::Id field, const QString& value) {
  const QString key = fieldKey(procedureId, variant, QStringLiteral("fee"), at, fieldName(field));
  return editWorksheet(procedureId, variant, [&](Worksheet& w, Step& step) {
    if (at < 0 || at >= static_cast<int>(w.fees.size()))
      return tr("Không có khoản phí thứ %1.").arg(at + 1);
    Fee& f = w.fees[static_cast<std::size_t>(at)];
    if (field == FeeField::Name) {
      f.name = toStd(value);
    } else if (field == FeeField::LegalBasis) {
      f.legal_basis = toStd(value);
    } else if (field == FeeField::Amount) {
      std::optional<Decimal> v;
      QString err = acceptNumber(key, procedureId, value, Figure::fee, v, NumberStyle::amount);
      if (!err.isEmpty())
        return step.refuse(err);
      f.amount = Money(*v);
    } else {
      return tr("Trường không xác định: %1").arg(fieldName(field));
    }
    step.text = tr("Sửa phí, lệ phí");
    step.key = key;
    return QString();
  });
}
