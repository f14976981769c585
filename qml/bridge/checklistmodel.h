#pragma once
// What is still incomplete or wrong in the dossier, one row per item, each naming the place to
// fix it (the summary's checklist): the core's findings of the dossier (the same `cptt validate`
// prints), each procedure's in order, then the draft's. Rebuilt once per event-loop turn after
// changes.
#include "status.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace cptt::bridge {
class DossierStore;
}

class ChecklistModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by DossierDocument.checklist")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
  // Rebuilt after changes only while active (the summary screen is shown): each rebuild
  // evaluates every procedure's form.
  Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
  enum Role {
    MessageRole = Qt::UserRole + 1, // what is missing or wrong, in the app's language
    SeverityRole,                   // error | incomplete (a warning) | note
    ProcedureIdRole,                // the procedure it belongs to, "" for the draft
    ProcedureNameRole,              // that procedure's name (or "")
    PlaceRole,                      // draft | rates | general | form | current | proposed
    TargetRole,                     // the exact spot there, or "" (status.h, Problem::target)
    CodeRole,                       // the finding's code ("CPTT-E105"), "" for an entry
    WhereRole,                      // the finding's place in words, in the app's language
  };
  Q_ENUM(Role)

  ChecklistModel(const cptt::bridge::DossierStore* store, QObject* parent);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  // Rebuilds now (the model also rebuilds by itself after changes).
  Q_INVOKABLE void rebuild();

  bool active() const { return active_; }
  void setActive(bool active);

signals:
  void countChanged();
  void activeChanged();

private:
  const cptt::bridge::DossierStore* store_;
  std::vector<cptt::bridge::Problem> items_;
  QTimer pending_;
  bool active_ = true;
};
