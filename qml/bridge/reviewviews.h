#pragma once
// What a review says about one place or one procedure, as properties that stay current: QML binds
// to them instead of calling the session's lookups again whenever a counter moves. Each reads the
// session (commentsAt, verdictFor, the comment model's countFor) and tells when what it reads may
// have changed: comments or verdicts edited, another review opened or closed, the dossier its
// places are read against edited.
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class ReviewSession;

// Follows one session: the signals after which a lookup may give another answer.
class ReviewView : public QObject {
  Q_OBJECT
  Q_PROPERTY(ReviewSession* session READ session WRITE setSession NOTIFY sessionChanged)

public:
  using QObject::QObject;
  ReviewSession* session() const { return session_; }
  void setSession(ReviewSession* session);

signals:
  void sessionChanged();
  void changed(); // what the view shows may differ

private:
  QPointer<ReviewSession> session_;
};

// The comments at one place (a procedure, a form section or question, a worksheet or task row).
class ReviewCommentsAt : public ReviewView {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString procedureId MEMBER procedureId_ NOTIFY changed)
  Q_PROPERTY(QString section MEMBER section_ NOTIFY changed)
  Q_PROPERTY(QString field MEMBER field_ NOTIFY changed)
  Q_PROPERTY(QString worksheet MEMBER worksheet_ NOTIFY changed)
  Q_PROPERTY(int task MEMBER task_ NOTIFY changed)
  // As ReviewSession::commentsAt gives them; empty while no review is open.
  Q_PROPERTY(QVariantList comments READ comments NOTIFY changed)

public:
  using ReviewView::ReviewView;
  QVariantList comments() const;

private:
  QString procedureId_, section_, field_, worksheet_;
  int task_ = 0;
};

// One procedure's verdict and how many comments it has.
class ReviewOfProcedure : public ReviewView {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString procedureId MEMBER procedureId_ NOTIFY changed)
  // As ReviewSession::verdictFor gives it ({verdict, summary}; empty when none); "" as the verdict
  // while no review is open.
  Q_PROPERTY(QVariantMap verdict READ verdict NOTIFY changed)
  Q_PROPERTY(QString verdictId READ verdictId NOTIFY changed)
  Q_PROPERTY(int commentCount READ commentCount NOTIFY changed)

public:
  using ReviewView::ReviewView;
  QVariantMap verdict() const;
  QString verdictId() const { return verdict().value(QStringLiteral("verdict")).toString(); }
  int commentCount() const;

private:
  QString procedureId_;
};
