#pragma once
// What is still incomplete or wrong in the dossier, one row per item, each naming the place to
// fix it (the summary's checklist). Rebuilt once per event-loop turn after changes.
#include "status.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class DossierDocument;

class ChecklistModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by DossierDocument.checklist")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
  enum Role {
    MessageRole = Qt::UserRole + 1, // what is missing or wrong, in words
    SeverityRole,                   // incomplete | error
    ProcedureIdRole,                // the procedure it belongs to, "" for the draft
    ProcedureNameRole,              // that procedure's name (or "")
    PlaceRole,                      // draft | rates | general | current | proposed
  };
  Q_ENUM(Role)

  explicit ChecklistModel(DossierDocument* document);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  // Rebuilds now (the model also rebuilds by itself after changes).
  Q_INVOKABLE void rebuild();

signals:
  void countChanged();

private:
  DossierDocument* doc_;
  std::vector<cptt::bridge::Problem> items_;
  QTimer pending_;
};
