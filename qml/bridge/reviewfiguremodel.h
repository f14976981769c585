#pragma once
// The figures of the selected procedure as the report declares them (or the draft's totals when
// no procedure is selected), read-only, each with the recomputed value and the difference where
// the core's recompute found a discrepancy. Rows are grouped by worksheet.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

class ReviewSource;

class ReviewFigureModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by ReviewSession.figures")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
  Q_PROPERTY(int discrepancyCount READ discrepancyCount NOTIFY countChanged)

public:
  enum Role {
    GroupRole = Qt::UserRole + 1, // "Bảng tính hiện hành", "Bảng tính đề xuất", "Thủ tục", …
    LabelRole,        // the figure ("Chi phí cả năm", "Công việc 2: chi phí thời gian")
    WorksheetRole,    // "" | current | proposed
    TaskRole,         // 1-based task row, 0 when not a task figure
    FieldRole,        // the report's attribute ("annual", "time-cost" …)
    DeclaredRole,     // as declared in the report, Vietnamese style ("—" when absent)
    RecomputedRole,   // as the core recomputes it ("—" when absent)
    DifferenceRole,   // declared − recomputed, "" when they agree
    DiscrepantRole,   // the declared value is not what the inputs give
    FocusedRole,      // the figure the selected finding is about
    FirstInGroupRole, // the first row of its group (the group heading goes above it)
  };
  Q_ENUM(Role)

  ReviewFigureModel(QObject* parent, const ReviewSource& source);

  // Called by the owner around a change of the whole review (opened, closed, replaced).
  void beginReset();
  void endReset();
  // The session's selected procedure changed: its figures are collected again.
  void rebuild();

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  int discrepancyCount() const;
  // The row of the focused figure, or -1.
  Q_INVOKABLE int focusedRow() const;

signals:
  void countChanged();

private:
  struct Row {
    QString group;
    QString label;
    QString worksheet;
    int task = 0;
    QString field;
    QString declared;
    QString recomputed;
    QString difference;
    bool discrepant = false;
    const void* discrepancy = nullptr; // the core's Discrepancy, to tell the focused one
  };
  void collect();

  const ReviewSource& session_;
  std::vector<Row> rows_;
};
