#pragma once
// A short list of files for the start screen: recent dossiers, worked examples, recovery copies.
#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

class FileListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Provided by AppSettings")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
  enum Role {
    FileNameRole = Qt::UserRole + 1, // file name without folder
    NameRole,                        // what the list calls it: the entry's title, else fileName
    FilePathRole,                    // absolute path
    FolderRole,                      // the folder holding it
    DetailRole,                      // extra line: the original file of a recovery copy, a date
  };
  Q_ENUM(Role)

  struct Entry {
    QString path;
    QString detail;
    QString title; // e.g. a recovery copy's draft title; empty: the file name names it
    bool operator==(const Entry&) const = default;
  };

  explicit FileListModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  // Resets the model, unless the entries are the ones it already has.
  void setEntries(QList<Entry> entries);
  const QList<Entry>& entries() const { return entries_; }
  Q_INVOKABLE QString pathAt(int row) const;

signals:
  void countChanged();

private:
  QList<Entry> entries_;
};
