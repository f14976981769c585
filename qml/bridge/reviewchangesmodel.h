#pragma once
// What changed between an older report and the one under review, as the core's report diff
// (cptt::review::diff_dossiers) finds it: a row per procedure that changed (the draft first, then
// the procedures in the new report's order, then the removed ones), each followed by a row per
// change with its place in words (the core's place_names where a comment could sit there), its old
// and new values, and whether it is a computed figure; a procedure's row carries its share of the
// draft's net change. The older report is the one reviewed in the previous round (found beside
// the previous review, ReviewSource::previousDossier), or one the reviewer picks by hand.
#include "cptt/model.h"
#include "cptt/report.h"
#include "cptt/review/report_diff.h"

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

class ReviewSource;

class ReviewChangesModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by ReviewSession.changes")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
  // How many changes are listed (inputs and figures), the procedures' rows left out.
  Q_PROPERTY(int changeCount READ changeCount NOTIFY countChanged)
  // Whether an older report is compared (then an empty list means nothing changed).
  Q_PROPERTY(bool compared READ compared NOTIFY countChanged)
  // The older report's file, and whether the reviewer picked it by hand.
  Q_PROPERTY(QString oldReportPath READ oldReportPath NOTIFY countChanged)
  Q_PROPERTY(bool pickedByHand READ pickedByHand NOTIFY countChanged)
  // "1 thay đổi đầu vào, 13 số liệu thay đổi; thay đổi ròng của dự thảo: A → B (−250.000.000 đ)".
  Q_PROPERTY(QString summary READ summary NOTIFY countChanged)
  // The older report picked by hand fails its digest check: it may have been edited since.
  Q_PROPERTY(QString warning READ warning NOTIFY countChanged)
  Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
  enum Role {
    KindRole = Qt::UserRole + 1, // procedure | change
    ProcedureIdRole,             // the procedure's id ("" for the draft)
    ProcedureRole, // "Thủ tục P1: Cấp giấy phép hoạt động", "Toàn bộ dự thảo"
    ProcedureStateRole,      // procedure rows: added | removed | changed
    ProcedureStateLabelRole, // "Thủ tục thêm", "Thủ tục bỏ", "" for one changed
    ShareRole,               // procedure rows: its share of the net change in words, or ""
    ChangeRole,              // change rows: added | removed | changed
    PlaceRole,               // change rows: where within the procedure, "" for all of it
    LabelRole,               // change rows: what changed: "số giờ", "tên công việc"
    OldValueRole,            // the old value ("" when added)
    NewValueRole,            // the new value ("" when removed)
    ValueTextRole,           // "2 → 3", "thêm: …", "bỏ: …"
    FigureRole,              // a computed figure, not an input
    SelectableRole,          // the procedure is in the report under review
  };
  Q_ENUM(Role)

  ReviewChangesModel(QObject* parent, const ReviewSource& source);
  ~ReviewChangesModel() override;

  // Called by the owner around a change of the whole review (opened, closed, next round): the
  // comparison starts again from the previous round's report, a hand pick dropped.
  void beginReset();
  void endReset();

  // Compares the report under review with an older report (a path or file:// URL). False, with
  // errorString, when the file cannot be read or compared; the earlier comparison then stays.
  Q_INVOKABLE bool compareWith(const QString& pathOrUrl);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  int changeCount() const;
  bool compared() const { return diff_.has_value(); }
  QString oldReportPath() const;
  bool pickedByHand() const { return picked_.has_value(); }
  QString summary() const;
  QString warning() const;
  QString errorString() const { return errorString_; }
  // The diff shown, or null when nothing is compared (tests).
  const cptt::review::DossierDiff* diff() const { return diff_ ? &*diff_ : nullptr; }

signals:
  void countChanged();
  void errorStringChanged();

private:
  struct Row {
    std::string procedure_id;
    int change = -1; // index in diff_->changes; -1: the procedure's own row
  };
  // The older and newer dossiers of the comparison, or null.
  const cptt::Dossier* oldDossier() const;
  const cptt::Dossier* newDossier() const;
  // Runs the core's diff on the two dossiers at hand (none: nothing compared); the rows follow.
  void rebuild();
  void setError(const QString& message);
  QVariant procedureData(const Row& row, int role) const;
  QVariant changeData(const cptt::review::Change& change, int role) const;

  const ReviewSource& session_;
  std::optional<cptt::ReportLoad> picked_;
  QString pickedPath_;
  std::optional<cptt::review::DossierDiff> diff_;
  std::vector<Row> rows_;
  QString errorString_;
};
