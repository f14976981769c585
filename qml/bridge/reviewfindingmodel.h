#pragma once
// The review's findings, filtered by severity and by procedure, each with the reviewer's decision
// and, for a recompute finding, the declared and recomputed values and their difference.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

class ReviewSource;

class ReviewFindingModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by ReviewSession.findings")
  // "" every severity, or error | warning | note
  Q_PROPERTY(
      QString severityFilter READ severityFilter WRITE setSeverityFilter NOTIFY filterChanged)
  // "" every finding, "-" those about the whole draft, or a procedure id
  Q_PROPERTY(
      QString procedureFilter READ procedureFilter WRITE setProcedureFilter NOTIFY filterChanged)
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
  enum Role {
    SeverityRole = Qt::UserRole + 1, // error | warning | note
    SeverityLabelRole,               // "Lỗi", "Cảnh báo", "Ghi chú" (translated)
    CodeRole,                        // stable code, "CPTT-E213"
    ProcedureIdRole,                 // "" for the draft as a whole
    ProcedureNameRole,               // the procedure's name ("" for the draft)
    PlaceRole,                       // where inside the procedure, from the core
    MessageRole,                     // the core's message, Vietnamese / English
    StatusRole,                      // open | agreed | dismissed
    ReasonRole,                      // the reviewer's reason or remark
    FindingIndexRole,                // index in the review's findings (for the session's calls)
    HasDiscrepancyRole,              // a recompute difference with its values
    DeclaredRole,                    // declared value (Vietnamese style), "" when absent
    RecomputedRole,                  // recomputed value (Vietnamese style), "" when absent
    DifferenceRole,                  // declared − recomputed (Vietnamese style)
  };
  Q_ENUM(Role)

  ReviewFindingModel(QObject* parent, const ReviewSource& source);

  // Called by the owner around a change of the whole review (opened, closed, replaced).
  void beginReset();
  void endReset();
  // A finding's status or reason changed (its index in the review's findings).
  void statusChanged(int findingIndex);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  QString severityFilter() const { return severity_; }
  void setSeverityFilter(const QString& severity);
  QString procedureFilter() const { return procedure_; }
  void setProcedureFilter(const QString& procedure);
  // The row showing a finding of the review, or -1 when filtered out.
  Q_INVOKABLE int rowOf(int findingIndex) const;

signals:
  void filterChanged();
  void countChanged();

private:
  void rebuild();
  bool accepts(int findingIndex) const;

  const ReviewSource& session_;
  QString severity_;
  QString procedure_;
  std::vector<int> rows_; // finding indexes shown, in review order
};
