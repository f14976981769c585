#pragma once
// Drives the app through its main screens and grabs the window to PNG files (--screenshot).
#include <QObject>
#include <QSize>
#include <QStringList>

class QQuickWindow;

class ScreenshotRunner : public QObject {
  Q_OBJECT
public:
  // The window's size when none is asked for: the smallest screen the layout is made for.
  static constexpr QSize defaultSize{1280, 800};
  // "WIDTHxHEIGHT" (e.g. "1920x1080"), or an invalid size when the text is not one.
  static QSize parseSize(const QString& text);

  // `review`, when not empty, is opened next to the dossier for one more screen; next to a report,
  // its next round is started on the report for two more screens (its follow-ups, what changed).
  ScreenshotRunner(QQuickWindow* window, QString dir, QString file, QString review, QSize size,
                   QObject* parent);
  void start();

private:
  void next();
  bool openNextRound();
  QObject* reviewPage() const; // the reviewer's page, or null

  QQuickWindow* window_;
  QString dir_;
  QString file_;
  QString review_;
  QSize size_;
  QStringList screens_;
  int step_ = 0;
};
