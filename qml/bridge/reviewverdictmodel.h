#pragma once
// The verdicts of a review: the draft's first, then one row per procedure of the report (or, for
// a review opened alone, per procedure the review has a verdict for).
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

class ReviewSource;

class ReviewVerdictModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by ReviewSession.verdicts")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
  enum Role {
    ProcedureIdRole = Qt::UserRole + 1, // "" for the draft as a whole
    NameRole,                           // the procedure's name, or "Toàn bộ dự thảo"
    VerdictRole,                        // dat | can-bo-sung | khong-dat, "" when not given yet
    VerdictLabelRole, // "Đạt", "Cần bổ sung, chỉnh sửa", "Không đạt" or ""
    SummaryRole,      // the reviewer's summary text
  };
  Q_ENUM(Role)

  ReviewVerdictModel(QObject* parent, const ReviewSource& source);

  // Called by the owner around a change of the whole review (opened, closed, replaced).
  void beginReset();
  void endReset();
  // A verdict or its summary was edited: the rows stay, their data change.
  void verdictsEdited();

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

signals:
  void countChanged();

private:
  void collectIds();

  const ReviewSource& session_;
  std::vector<QString> ids_; // "" (the draft) first
};
