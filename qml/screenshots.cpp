#include "screenshots.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTimer>

QSize ScreenshotRunner::parseSize(const QString& text) {
  static const QRegularExpression form(QStringLiteral("^([1-9][0-9]{2,4})x([1-9][0-9]{2,4})$"));
  const QRegularExpressionMatch m = form.match(text.trimmed());
  return m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
}

ScreenshotRunner::ScreenshotRunner(QQuickWindow* window, QString dir, QString file, QString review,
                                   QSize size, QObject* parent)
    : QObject(parent), window_(window), dir_(std::move(dir)), file_(std::move(file)),
      review_(std::move(review)),
      size_(size), screens_{QStringLiteral("start"),     QStringLiteral("dossier"),
                            QStringLiteral("procedure"), QStringLiteral("form"),
                            QStringLiteral("worksheet"), QStringLiteral("summary")} {
  if (file_.endsWith(QStringLiteral(".report.xml"))) { // a submitted report opens reviewer mode
    screens_ = {QStringLiteral("start"), QStringLiteral("review")};
    // With a review: that review's next round on this report, its follow-ups shown, then what
    // changed since the report reviewed in that round.
    if (!review_.isEmpty())
      screens_ << QStringLiteral("review-round") << QStringLiteral("review-changes");
  } else if (!review_.isEmpty())
    screens_ << QStringLiteral("returned-review") << QStringLiteral("responses");
}

void ScreenshotRunner::start() {
  QDir().mkpath(dir_);
  // The window's minimum size would win over a smaller one: the image is the size asked for.
  window_->setMinimumSize(window_->minimumSize().boundedTo(size_));
  window_->resize(size_);
  QTimer::singleShot(500, this, &ScreenshotRunner::next);
}

void ScreenshotRunner::next() {
  if (step_ > 0) {
    const QImage image = window_->grabWindow();
    const QString path = QDir(dir_).filePath(
        QStringLiteral("%1-%2.png").arg(step_, 2, 10, QLatin1Char('0')).arg(screens_[step_ - 1]));
    if (image.isNull() || !image.save(path)) {
      qCritical("cannot write %s", qPrintable(path));
      QCoreApplication::exit(3);
      return;
    }
    qInfo("%s", qPrintable(path));
  }
  if (step_ == 1) {
    // After the start screen: open the dossier.
    QVariant ok;
    QMetaObject::invokeMethod(window_, "openFile", Q_RETURN_ARG(QVariant, ok),
                              Q_ARG(QVariant, file_));
    if (!ok.toBool()) {
      QVariant message;
      QMetaObject::invokeMethod(window_, "lastError", Q_RETURN_ARG(QVariant, message));
      qCritical("cannot open %s: %s", qPrintable(file_), qPrintable(message.toString()));
      QCoreApplication::exit(2);
      return;
    }
  }
  if (step_ >= screens_.size()) {
    QCoreApplication::exit(0);
    return;
  }
  if (screens_[step_] == QLatin1String("returned-review")) {
    QVariant ok;
    QMetaObject::invokeMethod(window_, "openReturnedReview", Q_RETURN_ARG(QVariant, ok),
                              Q_ARG(QVariant, review_));
    if (!ok.toBool()) {
      qCritical("cannot open the review %s", qPrintable(review_));
      QCoreApplication::exit(2);
      return;
    }
  }
  if (screens_[step_] == QLatin1String("review-round") && !openNextRound())
    return;
  const bool review = screens_[step_].startsWith(QLatin1String("review-"));
  if (screens_[step_] == QLatin1String("review-changes"))
    reviewPage()->setProperty("sideTab", 6); // ReviewPage.Changes
  QMetaObject::invokeMethod(window_, "showScreen",
                            Q_ARG(QVariant, review ? QStringLiteral("review") : screens_[step_]));
  ++step_;
  QTimer::singleShot(600, this, &ScreenshotRunner::next);
}

QObject* ScreenshotRunner::reviewPage() const {
  QObject* page = nullptr;
  for (QObject* o : window_->findChildren<QObject*>())
    if (QString::fromLatin1(o->metaObject()->className()).startsWith(QLatin1String("ReviewPage")))
      page = o;
  return page;
}

// The review page's session starts the next round of review_ on the open report, and the page
// shows the previous round's items.
bool ScreenshotRunner::openNextRound() {
  QObject* page = reviewPage();
  QObject* session = page ? page->property("session").value<QObject*>() : nullptr;
  bool ok = false;
  if (session)
    QMetaObject::invokeMethod(session, "openNextRound", Q_RETURN_ARG(bool, ok),
                              Q_ARG(QString, review_), Q_ARG(QString, QString()));
  if (!ok) {
    qCritical("cannot start the next round of %s", qPrintable(review_));
    QCoreApplication::exit(2);
    return false;
  }
  page->setProperty("sideTab", 5); // ReviewPage.FollowUps
  return true;
}
