#pragma once
// Qt types the QML tools must know to resolve this module's types. Qt 6.4's QtQml does not
// declare QAbstractItemModel (6.5 does, the same way), so qmllint could not resolve any of the
// list models here, nor check what QML does with them.
#include <QAbstractItemModel>
#include <QtQml/qqml.h>

struct QAbstractItemModelForeign {
  Q_GADGET
  QML_FOREIGN(QAbstractItemModel)
  QML_ANONYMOUS
};
