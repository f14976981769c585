#include "formmodel.h"

#include "appsettings.h"
#include "format.h"
#include "forms.h"

#include "cptt/forms/dossier_forms.h"

using namespace cptt;
using namespace cptt::bridge;
using namespace cptt::forms;

FormModel::FormModel(QObject* parent) : QAbstractListModel(parent) {}
FormModel::~FormModel() = default;

void FormModel::setDocument(DossierDocument* doc) {
  if (doc == doc_)
    return;
  if (doc_)
    disconnect(&doc_->store(), nullptr, this, nullptr);
  doc_ = doc;
  if (doc_) {
    using Kind = DossierChange::Kind;
    connect(&doc_->store(), &DossierStore::changed, this, [this](const DossierChange& c) {
      // The questions depend on the answers, the draft (its generation of forms) and the
      // procedure itself (its kind).
      if (c.movesRows() || c.kind == Kind::answers || c.kind == Kind::draft ||
          (c.kind == Kind::procedure && doc_->procedureIdAt(c.row) == procedureId_))
        reevaluate();
    });
  }
  reevaluate();
  emit documentChanged();
}

void FormModel::setProcedureId(const QString& id) {
  if (id == procedureId_)
    return;
  procedureId_ = id;
  reevaluate();
  emit procedureIdChanged();
}

void FormModel::reevaluate() {
  const FormCatalog& cat = formCatalog();
  const int row = doc_ ? doc_->indexOf(procedureId_) : -1;
  const FormDefinition* form = nullptr;
  notice_.clear();
  if (cat.forms().empty()) {
    notice_ = tr("Không đọc được định nghĩa biểu mẫu (thư mục forms/).");
  } else if (doc_ && doc_->isOpen() && procedureId_.isEmpty()) {
    notice_ = tr("Chọn một thủ tục để xem biểu mẫu đánh giá của thủ tục đó.");
  } else if (row >= 0) {
    const Dossier& d = doc_->dossier();
    const Procedure& p = d.procedures[static_cast<std::size_t>(row)];
    generation_ = toQ(dossier_generation(d, cat));
    form = assessment_form(cat, d, p);
    if (!form)
      notice_ = p.kind == ProcedureKind::abolished
                    ? tr("Thủ tục bãi bỏ không có biểu đánh giá riêng: lý do bãi bỏ (mục Thông tin "
                         "chung) và lợi ích chi phí được đưa vào bản đánh giá tổng hợp 01/ĐGTĐ-BC.")
                    : tr("Không có biểu mẫu đánh giá cho loại thủ tục này ở giai đoạn và thế hệ "
                         "biểu mẫu của hồ sơ.");
  }
  auto answers = std::make_unique<AnswerSet>();
  if (form) {
    if (const AnswerSet* s = doc_->answerSet(procedureId_, toQ(form->id)))
      *answers = *s;
    answers->form_id = form->id;
    answers->procedure_id = toStd(procedureId_);
  }
  std::unique_ptr<FormEvaluation> eval;
  if (form) {
    EvaluationContext ctx{&doc_->dossier(),
                          &doc_->dossier().procedures[static_cast<std::size_t>(row)]};
    eval = std::make_unique<FormEvaluation>(evaluate(*form, *answers, ctx));
  }
  std::vector<Row> rows;
  QStringList keys;
  if (eval) {
    for (std::size_t s = 0; s < eval->sections.size(); ++s) {
      rows.push_back({true, s});
      keys << toQ(eval->sections[s].key);
      for (std::size_t f : eval->sections[s].fields) {
        rows.push_back({false, f});
        keys << toQ(eval->fields[f].key);
      }
    }
  }
  const bool sameShape = form == form_ && keys == keys_;
  if (!sameShape)
    beginResetModel();
  form_ = form;
  answers_ = std::move(answers);
  eval_ = std::move(eval);
  rows_ = std::move(rows);
  keys_ = std::move(keys);
  if (!sameShape)
    endResetModel();
  else if (!rows_.empty())
    emit dataChanged(index(0), index(static_cast<int>(rows_.size()) - 1));
  emit evaluated();
}

int FormModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant FormModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const Row& r = rows_[static_cast<std::size_t>(index.row())];
  if (r.section) {
    const SectionState& ss = eval_->sections[r.state];
    const Section& sec = form_->sections[ss.section];
    switch (role) {
    case RowTypeRole:
      return QStringLiteral("section");
    case KeyRole:
      return toQ(ss.key);
    case NumberRole:
      return toQ(sec.number);
    case PrintedRole:
      return toQ(sec.printed);
    case Qt::DisplayRole:
    case LabelRole:
      return text(sec.title);
    case HelpRole:
      return text(sec.help);
    case VisibleRole:
      return ss.visible;
    case ClosureRole:
      return toQ(to_id(ss.closure));
    case ClosedByRole:
      return closedBy(ss.closed_by);
    case VerifiedRole:
      return sec.verified;
    case PercentRole:
      return ss.completeness.percent();
    default:
      return {};
    }
  }
  const FieldState& fs = eval_->fields[r.state];
  const Field& f = form_->fields[fs.field];
  const Answer* a = fs.answer != no_index ? &answers_->answers[fs.answer] : nullptr;
  switch (role) {
  case RowTypeRole:
    return QStringLiteral("field");
  case KeyRole:
    return toQ(fs.key);
  case NumberRole:
    return toQ(f.cited_number);
  case PrintedRole:
    return toQ(f.printed);
  case Qt::DisplayRole:
  case LabelRole:
    return text(f.label);
  case HelpRole:
    return text(f.help);
  case FieldTypeRole:
    return toQ(to_id(f.type));
  case UnitRole:
    return toQ(label(f.unit, appLanguage()));
  case OptionsRole:
    return options(f.options);
  case ValueRole: {
    // A value from the dossier is shown, not edited: a choice in words ("Sửa đổi, bổ sung").
    if (fs.from_dossier && f.type == FieldType::choice)
      if (const Option* o = f.find_option(fs.value))
        return text(o->label);
    const QString v = fs.from_dossier ? toQ(fs.value) : (a ? toQ(a->value) : QString());
    // Numbers are stored canonical and shown Vietnamese style.
    if (f.type == FieldType::number && !fs.invalid)
      if (auto d = Decimal::try_parse(toStd(v), NumberStyle::canonical))
        return number(*d);
    return v;
  }
  case ReasonRole:
    return a ? toQ(a->reason) : QString();
  case VisibleRole:
    return fs.visible;
  case ClosureRole:
    return toQ(to_id(fs.closure));
  case ClosedByRole:
    return closedBy(fs.closed_by);
  case RequiredRole:
    return fs.required;
  case AnsweredRole:
    return fs.answered;
  case InvalidRole:
    return fs.invalid;
  case HasReasonRole:
    return f.reason_always || !f.reason_when.empty();
  case ReasonRequiredRole:
    return fs.reason_required;
  case ReasonGivenRole:
    return fs.reason_given;
  case ReasonLabelRole:
    return f.reason_label.vi.empty() ? tr("Nêu rõ lý do") : text(f.reason_label);
  case FromDossierRole:
    return fs.from_dossier;
  case WarningRole:
    return fs.warning;
  case WarningTextRole:
    return text(f.warning);
  case VerifiedRole:
    return f.verified;
  case ColumnsRole:
    return columns(f);
  case RowsRole:
    return a ? tableRows(f, *a) : QVariantList();
  case MessagesRole: {
    QStringList lines;
    for (const FormFinding& finding : eval_->findings)
      if (finding.kind == FindingKind::invalid_answer && finding.field == fs.key)
        lines << toQ(to_finding(finding).message(appLanguage()));
    return lines.join(QLatin1Char('\n'));
  }
  default:
    return {};
  }
}

QHash<int, QByteArray> FormModel::roleNames() const {
  return {{RowTypeRole, "rowType"},
          {KeyRole, "key"},
          {NumberRole, "number"},
          {PrintedRole, "printed"},
          {LabelRole, "label"},
          {HelpRole, "help"},
          {FieldTypeRole, "fieldType"},
          {UnitRole, "unit"},
          {OptionsRole, "options"},
          {ValueRole, "value"},
          {ReasonRole, "reason"},
          {VisibleRole, "shown"},
          {ClosureRole, "closure"},
          {ClosedByRole, "closedBy"},
          {RequiredRole, "required"},
          {AnsweredRole, "answered"},
          {InvalidRole, "invalid"},
          {HasReasonRole, "hasReason"},
          {ReasonRequiredRole, "reasonRequired"},
          {ReasonGivenRole, "reasonGiven"},
          {ReasonLabelRole, "reasonLabel"},
          {FromDossierRole, "fromDossier"},
          {WarningRole, "warning"},
          {WarningTextRole, "warningText"},
          {VerifiedRole, "verified"},
          {PercentRole, "percent"},
          {ColumnsRole, "columns"},
          {RowsRole, "rows"},
          {MessagesRole, "messages"}};
}

QString FormModel::setValue(const QString& key, const QString& value) {
  if (!doc_ || !form_)
    return tr("Không có biểu mẫu.");
  QString stored = value;
  const FieldState* fs = eval_ ? eval_->find(toStd(key)) : nullptr;
  if (fs && form_->fields[fs->field].type == FieldType::number && !value.trimmed().isEmpty()) {
    // Typed as on screen ("1.000" is a thousand) or canonical; kept as typed when it is not a
    // number (the engine marks it).
    if (auto d = Decimal::try_parse(toStd(value.trimmed()), NumberStyle::amount))
      stored = toQ(d->to_canonical());
  }
  return doc_->setAnswer(procedureId_, toQ(form_->id), key, QStringLiteral("value"), stored);
}

QString FormModel::setReason(const QString& key, const QString& reason) {
  if (!doc_ || !form_)
    return tr("Không có biểu mẫu.");
  return doc_->setAnswer(procedureId_, toQ(form_->id), key, QStringLiteral("reason"), reason);
}

QString FormModel::toggleOption(const QString& key, const QString& option, bool on) {
  QStringList ids;
  if (const FieldState* fs = eval_ ? eval_->find(toStd(key)) : nullptr)
    if (fs->answer != no_index)
      ids = toQ(answers_->answers[fs->answer].value).split(QLatin1Char(' '), Qt::SkipEmptyParts);
  ids.removeAll(option);
  if (on)
    ids << option;
  return setValue(key, ids.join(QLatin1Char(' ')));
}

QVariantList FormModel::options(const std::vector<Option>& list) const {
  QVariantList out;
  for (const Option& o : list)
    out.append(
        QVariantMap{{QStringLiteral("id"), toQ(o.id)}, {QStringLiteral("label"), text(o.label)}});
  return out;
}

QVariantList FormModel::columns(const Field& f) const {
  QVariantList out;
  for (const Column& c : f.columns)
    if (!c.computed)
      out.append(QVariantMap{{QStringLiteral("id"), toQ(c.id)},
                             {QStringLiteral("label"), text(c.label)},
                             {QStringLiteral("type"), toQ(to_id(c.type))},
                             {QStringLiteral("unit"), toQ(label(c.unit, appLanguage()))},
                             {QStringLiteral("required"), c.required},
                             {QStringLiteral("options"), options(c.options)}});
  return out;
}

QVariantList FormModel::tableRows(const Field& f, const Answer& a) const {
  QVariantList out;
  for (const AnswerRow& row : a.rows) {
    QVariantMap cells;
    for (const AnswerCell& cell : row.cells) {
      const Column* c = f.find_column(cell.column);
      QString shown = toQ(cell.value);
      // Numbers are stored canonical and shown Vietnamese style; anything else as typed.
      if (c && c->type == FieldType::number)
        if (auto d = Decimal::try_parse(cell.value, NumberStyle::canonical))
          shown = number(*d);
      cells.insert(toQ(cell.column), shown);
    }
    out.append(cells);
  }
  return out;
}

int FormModel::addRow(const QString& key) {
  if (!doc_ || !form_)
    return -1;
  return doc_->addAnswerRow(procedureId_, toQ(form_->id), key);
}

QString FormModel::removeRow(const QString& key, int row) {
  if (!doc_ || !form_)
    return tr("Không có biểu mẫu.");
  return doc_->removeAnswerRow(procedureId_, toQ(form_->id), key, row);
}

QString FormModel::setCell(const QString& key, int row, const QString& column,
                           const QString& value) {
  if (!doc_ || !form_)
    return tr("Không có biểu mẫu.");
  QString stored = value;
  const FieldState* fs = eval_ ? eval_->find(toStd(key)) : nullptr;
  const Column* c = fs ? form_->fields[fs->field].find_column(toStd(column)) : nullptr;
  if (c && c->type == FieldType::number && !value.trimmed().isEmpty())
    // Typed as on screen ("1.000" is a thousand); kept as typed when not a number (the engine says
    // why).
    if (auto d = Decimal::try_parse(toStd(value.trimmed()), NumberStyle::amount))
      stored = toQ(d->to_canonical());
  return doc_->setAnswerCell(procedureId_, toQ(form_->id), key, row, column, stored);
}

QString FormModel::formId() const { return form_ ? toQ(form_->id) : QString(); }
QString FormModel::formCode() const { return form_ ? toQ(form_->display_code()) : QString(); }
QString FormModel::formTitle() const { return form_ ? text(form_->title) : QString(); }
QString FormModel::legalBasis() const { return form_ ? text(form_->legal_basis) : QString(); }
bool FormModel::verified() const { return form_ && form_->verified; }
int FormModel::percent() const { return eval_ ? eval_->completeness.percent() : 0; }
int FormModel::requiredCount() const { return eval_ ? eval_->completeness.required : 0; }
int FormModel::doneCount() const { return eval_ ? eval_->completeness.done : 0; }

// The question that closed a row, quoted: “…không?” (the sentence around it ends after the
// quote, never "không?."), with its number when it has one.
QString FormModel::closedBy(const std::string& key) const {
  const FieldState* by = eval_->find(key);
  if (!by)
    return QString();
  const Field& f = form_->fields[by->field];
  const QString label = text(f.label);
  return f.cited_number.empty() ? tr("“%1”").arg(label)
                                : tr("câu %1 “%2”").arg(toQ(f.cited_number), label);
}

QString FormModel::gateMessage() const {
  if (!eval_ || eval_->closed_gates.empty())
    return {};
  const FieldState& g = eval_->fields[eval_->closed_gates.front()];
  const Field& f = form_->fields[g.field];
  return tr("Câu %1 (\"%2\") được trả lời \"%3\": đánh giá dừng ở đây, các phần sau được đóng lại.")
      .arg(toQ(f.cited_number), text(f.label), toQ(display_text(f, g.value).in(appLanguage())));
}
