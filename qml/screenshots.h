#pragma once
// Drives the app through its main screens and grabs the window to PNG files (--screenshot).
#include <QObject>
#include <QStringList>

class QQuickWindow;

class ScreenshotRunner : public QObject {
  Q_OBJECT
public:
  // `review`, when not empty, is opened next to the dossier for one more screen.
  ScreenshotRunner(QQuickWindow* window, QString dir, QString file, QString review,
                   QObject* parent);
  void start();

private:
  void next();

  QQuickWindow* window_;
  QString dir_;
  QString file_;
  QString review_;
  QStringList screens_;
  int step_ = 0;
};
