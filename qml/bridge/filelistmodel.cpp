#include "filelistmodel.h"

#include <QFileInfo>

FileListModel::FileListModel(QObject* parent) : QAbstractListModel(parent) {}

int FileListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

QVariant FileListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const Entry& e = entries_.at(index.row());
  switch (role) {
  case Qt::DisplayRole:
  case FileNameRole:
    return QFileInfo(e.path).fileName();
  case NameRole:
    return e.title.isEmpty() ? QFileInfo(e.path).fileName() : e.title;
  case FilePathRole:
    return e.path;
  case FolderRole:
    return QFileInfo(e.path).absolutePath();
  case DetailRole:
    return e.detail;
  default:
    return {};
  }
}

QHash<int, QByteArray> FileListModel::roleNames() const {
  return {{FileNameRole, "fileName"},
          {NameRole, "name"},
          {FilePathRole, "filePath"},
          {FolderRole, "folder"},
          {DetailRole, "detail"}};
}

void FileListModel::setEntries(QList<Entry> entries) {
  if (entries == entries_)
    return;
  beginResetModel();
  entries_ = std::move(entries);
  endResetModel();
  emit countChanged();
}

QString FileListModel::pathAt(int row) const {
  return row >= 0 && row < entries_.size() ? entries_.at(row).path : QString();
}
