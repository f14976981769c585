#pragma once
// The review's comments, each anchored to a place of the report (procedure, form section or
// field, worksheet row), optionally only those of one procedure: the reviewer's list, and the
// drafter's view of a returned review next to the dossier.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

class ReviewSource;

class ReviewCommentModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by ReviewSession.comments")
  // "" every comment, "-" those about the whole draft, or a procedure id
  Q_PROPERTY(QString procedureFilter READ procedureFilter WRITE setProcedureFilter NOTIFY
                 procedureFilterChanged)
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
  enum Role {
    ProcedureIdRole = Qt::UserRole + 1, // "" for the whole draft
    FormIdRole,                         // assessment form id, may be empty
    SectionRole,                        // form section key, may be empty
    FieldRole,                          // answer key or dossier field, may be empty
    WorksheetRole,                      // "" | current | proposed
    TaskRole,                           // 1-based task row, 0 when none
    PlaceRole, // the anchor in words ("Thủ tục P1: … · Bảng tính hiện hành · công việc 2")
    PartRole,   // the same within the procedure ("Bảng tính hiện hành · công việc 2")
    AuthorRole, // the reviewer who wrote it
    DateRole,   // ISO date
    TextRole,   // the comment
    CommentIndexRole, // index in the review's comments
  };
  Q_ENUM(Role)

  ReviewCommentModel(QObject* parent, const ReviewSource& source);

  // Called by the owner around a change of the whole review (opened, closed, replaced).
  void beginReset();
  void endReset();

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  QString procedureFilter() const { return procedure_; }
  void setProcedureFilter(const QString& procedure);
  // How many comments a procedure ("" for the draft) has, whatever the filter.
  Q_INVOKABLE int countFor(const QString& procedureId) const;

signals:
  void procedureFilterChanged();
  void countChanged();

private:
  void rebuild();
  void filterRows();

  const ReviewSource& session_;
  QString procedure_;
  std::vector<int> rows_;
};
