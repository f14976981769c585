#include "reviewplaces.h"

#include "format.h"
#include "formmodel.h"

#include "cptt/forms/form_engine.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace cptt::bridge {

namespace {

// Gives the texts below a translation context that lupdate sees.
class Places {
  Q_DECLARE_TR_FUNCTIONS(Places)
};

QString text(const forms::Text& t) { return FormModel::localized(t); }

QVariantMap place(const QString& label, int depth) {
  return {{QStringLiteral("label"), label},
          {QStringLiteral("depth"), depth},
          {QStringLiteral("formId"), QString()},
          {QStringLiteral("section"), QString()},
          {QStringLiteral("field"), QString()},
          {QStringLiteral("worksheet"), QString()},
          {QStringLiteral("task"), 0}};
}

void formPlaces(const Dossier& dossier, const Procedure& p, QVariantList& out) {
  const std::optional<forms::FormEvaluation> evaluated = FormModel::evaluateAssessment(dossier, p);
  if (!evaluated)
    return;
  const forms::FormEvaluation& eval = *evaluated;
  const forms::FormDefinition* form = eval.form;
  const QString formId = toQ(form->id);
  for (const forms::SectionState& ss : eval.sections) {
    const forms::Section& sec = form->sections[ss.section];
    QVariantMap s =
        place(Places::tr("Mẫu %1 · %2")
                  .arg(toQ(form->display_code()),
                       (sec.number.empty() ? QString() : toQ(sec.number) + ". ") + text(sec.title)),
              1);
    s[QStringLiteral("formId")] = formId;
    s[QStringLiteral("section")] = toQ(ss.key);
    out.append(s);
    for (std::size_t f : ss.fields) {
      const forms::FieldState& fs = eval.fields[f];
      if (!fs.visible)
        continue;
      const forms::Field& field = form->fields[fs.field];
      QVariantMap q = place(
          field.number.empty() ? text(field.label)
                               : Places::tr("Câu %1: %2").arg(toQ(field.number), text(field.label)),
          2);
      q[QStringLiteral("formId")] = formId;
      q[QStringLiteral("section")] = toQ(ss.key);
      q[QStringLiteral("field")] = toQ(fs.key);
      out.append(q);
    }
  }
}

void worksheetPlaces(const Worksheet& w, const QString& variant, const QString& title,
                     QVariantList& out) {
  QVariantMap sheet = place(title, 1);
  sheet[QStringLiteral("worksheet")] = variant;
  out.append(sheet);
  for (std::size_t i = 0; i < w.tasks.size(); ++i) {
    // The worksheet is named again: the label also stands alone, in lists of comments.
    QVariantMap task = place(
        Places::tr("%1 · công việc %2: %3").arg(title).arg(i + 1).arg(toQ(w.tasks[i].name)), 2);
    task[QStringLiteral("worksheet")] = variant;
    task[QStringLiteral("task")] = static_cast<int>(i + 1);
    out.append(task);
  }
}

} // namespace

QVariantList commentPlaces(const Dossier& dossier, const std::string& procedureId) {
  QVariantList out;
  const Procedure* p = dossier.find_procedure(procedureId);
  if (!p)
    return out;
  out.append(place(Places::tr("Cả thủ tục: %1").arg(toQ(p->name)), 0));
  formPlaces(dossier, *p, out);
  if (p->current)
    worksheetPlaces(*p->current, QStringLiteral("current"), Places::tr("Bảng tính hiện hành"), out);
  if (p->proposed)
    worksheetPlaces(*p->proposed, QStringLiteral("proposed"),
                    p->kind == ProcedureKind::new_procedure ? Places::tr("Bảng tính chi phí")
                                                            : Places::tr("Bảng tính đề xuất"),
                    out);
  return out;
}

QVariantList commentsAt(const review::Review& review, const review::CommentAnchor& place) {
  QVariantList out;
  for (std::size_t i = 0; i < review.comments.size(); ++i) {
    const review::Comment& c = review.comments[i];
    const review::CommentAnchor& a = c.anchor;
    // A question's key is unique in the form, so its section need not match as well.
    const bool samePart = place.field.empty() ? a.field.empty() && a.section == place.section
                                              : a.field == place.field;
    if (a.procedure_id != place.procedure_id || !samePart || a.worksheet != place.worksheet ||
        a.task != place.task)
      continue;
    out.append(QVariantMap{{QStringLiteral("index"), static_cast<int>(i)},
                           {QStringLiteral("author"), toQ(c.author)},
                           {QStringLiteral("date"), toQ(c.date)},
                           {QStringLiteral("text"), toQ(c.text)}});
  }
  return out;
}

QString worksheetId(const std::optional<Worksheet::Variant>& variant) {
  if (!variant)
    return {};
  return *variant == Worksheet::Variant::current ? QStringLiteral("current")
                                                 : QStringLiteral("proposed");
}

review::CommentAnchor anchorOf(const QString& procedureId, const QString& formId,
                               const QString& section, const QString& field,
                               const QString& worksheet, int task) {
  review::CommentAnchor a;
  a.procedure_id = toStd(procedureId);
  a.form_id = toStd(formId);
  a.section = toStd(section);
  a.field = toStd(field);
  if (worksheet == QLatin1String("current"))
    a.worksheet = Worksheet::Variant::current;
  else if (worksheet == QLatin1String("proposed"))
    a.worksheet = Worksheet::Variant::proposed;
  a.task = a.worksheet ? std::max(0, task) : 0;
  return a;
}

} // namespace cptt::bridge
