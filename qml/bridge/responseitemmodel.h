#pragma once
// The items of a returned review the drafter answers (ResponseSession.items): every comment, then
// every finding the reviewer kept, each with its answer and the core's state of it.
#include "cptt/review/response_check.h"
#include "cptt/review/review_file.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <functional>

// What the items are read from, given by the owner (the model knows nothing else of it).
struct ResponseItemSource {
  std::function<const cptt::review::ResponseStatus&()> status;
  std::function<const cptt::review::Review*()> review; // the review answered, or null
  std::function<QString(int row)> chosenResult;        // the result chosen for the row
};

class ResponseItemModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by ResponseSession.items")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
  enum Role {
    NumberRole = Qt::UserRole + 1, // 1-based, the table's STT
    KindRole,                      // "comment" | "finding"
    TargetRole,                    // "ý kiến 2", "phát hiện CPTT-W012 · …"
    TextRole,                      // the comment as written, or the finding's message
    PlaceRole,                     // where, in words
    AuthorRole,                    // who wrote it
    ProcedureIdRole,               // "" for the whole draft
    SectionRole,                   // the comment's place, to go there (may be empty)
    FieldRole,
    WorksheetRole,   // "" | current | proposed
    TaskRole,        // 1-based task row, 0 when none
    StateRole,       // "unanswered" | "tiep-thu" | "giai-trinh"
    StateTextRole,   // the state in words
    ResultRole,      // the chosen result, with or without a text yet
    AnswerRole,      // the answer's text
    PlaceChangeRole, // "not-compared" | "changed" | "unchanged"
    WarningRole,     // the core's warning about this item, "" when none
  };
  Q_ENUM(Role)

  ResponseItemModel(QObject* parent, ResponseItemSource source);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  // The states moved (an answer, an edit of the dossier): the rows stay, their data change.
  void statesChanged();
  // The owner is about to replace the items, and has replaced them.
  void beginReset();
  void endReset();

signals:
  void countChanged();

private:
  ResponseItemSource source_;
};
