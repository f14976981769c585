#pragma once
// The drafter's answers to a returned review (cptt/review/response_file.h): one per comment and
// per finding the reviewer kept, taken in (tiếp thu) or explained (giải trình), saved in a
// response file beside the review and printed as the table of how the opinions were taken in.
// The state of each item (unanswered, taken in but its place unchanged, …) is the core's
// check_response, against the reviewed report when it lies beside the review and the dossier
// the drafter has open.
#include "document.h"
#include "reviewsession.h"

#include "cptt/review/response_check.h"
#include "cptt/review/response_file.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <optional>

class ResponseItemModel;

class ResponseSession : public QObject {
  Q_OBJECT
  QML_ELEMENT
  // The returned review being answered (its drafter mode: no report of its own).
  Q_PROPERTY(ReviewSession* review READ review WRITE setReview NOTIFY reviewChanged)
  // The drafter's dossier: the revised version the places are compared in.
  Q_PROPERTY(DossierDocument* document READ document WRITE setDocument NOTIFY documentChanged)
  Q_PROPERTY(bool isOpen READ isOpen NOTIFY changed)
  Q_PROPERTY(QString path READ path NOTIFY changed) // the response file, "" before the first save
  Q_PROPERTY(bool modified READ isModified NOTIFY modifiedChanged)
  Q_PROPERTY(int itemCount READ itemCount NOTIFY statusChanged)
  Q_PROPERTY(int unansweredCount READ unansweredCount NOTIFY statusChanged)
  Q_PROPERTY(
      QString responderName READ responderName WRITE setResponderName NOTIFY responderChanged)
  Q_PROPERTY(
      QString responderBody READ responderBody WRITE setResponderBody NOTIFY responderChanged)
  // The revised report the response names (a file name), "" while none is named.
  Q_PROPERTY(QString revisedReport READ revisedReport NOTIFY statusChanged)
  // The dossier was edited after that report was exported: it should be exported again.
  Q_PROPERTY(bool revisedReportStale READ revisedReportStale NOTIFY statusChanged)
  // The reviewed report the places are compared against, "" when it was not found.
  Q_PROPERTY(QString comparedReport READ comparedReport NOTIFY statusChanged)
  // The response's problems (wrong review, wrong report, …) in the app's language.
  Q_PROPERTY(QStringList problems READ problems NOTIFY statusChanged)
  Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
  Q_PROPERTY(ResponseItemModel* items READ items CONSTANT)

public:
  explicit ResponseSession(QObject* parent = nullptr);

  // Answers item `row`: result "tiep-thu" | "giai-trinh", the text (an empty text leaves the item
  // unanswered but keeps the chosen result). Returns "" or why the answer was refused.
  Q_INVOKABLE QString setAnswer(int row, const QString& result, const QString& text);
  // Saves to `path`, or asks (returns false with errorString) when there is none yet.
  Q_INVOKABLE bool save();
  Q_INVOKABLE bool saveAs(const QString& pathOrUrl);
  Q_INVOKABLE QString suggestedPath() const;
  // Names a revised report the drafter exported (its digest goes into the response).
  Q_INVOKABLE bool nameRevisedReport(const QString& pathOrUrl);
  // "Bảng tổng hợp, tiếp thu, giải trình ý kiến thẩm định" as ODT, PDF or DOCX (by suffix).
  Q_INVOKABLE bool exportTable(const QString& pathOrUrl);
  Q_INVOKABLE QString suggestedTablePath() const;
  Q_INVOKABLE void clearError();

  // --- C++ side (the model, tests) ---
  const cptt::review::ResponseStatus& status() const { return status_; }
  const cptt::review::Response& response() const { return response_; }
  const cptt::review::Review* answeredReview() const;
  // The result chosen for a row, with or without a text yet: "", "tiep-thu", "giai-trinh".
  QString chosenResult(int row) const;

  ReviewSession* review() const { return review_; }
  void setReview(ReviewSession* review);
  DossierDocument* document() const { return document_; }
  void setDocument(DossierDocument* document);
  bool isOpen() const { return open_; }
  QString path() const { return path_; }
  bool isModified() const { return modified_; }
  int itemCount() const { return static_cast<int>(status_.items.size()); }
  int unansweredCount() const { return static_cast<int>(status_.unanswered()); }
  QString responderName() const;
  void setResponderName(const QString& name);
  QString responderBody() const;
  void setResponderBody(const QString& body);
  QString revisedReport() const;
  bool revisedReportStale() const { return revisedStale_; }
  QString comparedReport() const { return comparedPath_; }
  QStringList problems() const;
  QString errorString() const { return errorString_; }
  ResponseItemModel* items() const { return items_; }

signals:
  void reviewChanged();
  void documentChanged();
  void changed();
  void modifiedChanged();
  void statusChanged();
  void responderChanged();
  void errorStringChanged();
  void errorOccurred(const QString& message);
  // For the model: rows are replaced (another review) or only their states moved.
  void aboutToReset();
  void resetDone();

private:
  void reviewOpenedOrClosed();
  void open(const QString& reviewPath);
  void loadReviewedReport(const QString& reviewPath);
  void recheck();
  bool fail(const QString& message);
  void setModified(bool modified);

  QPointer<ReviewSession> review_;
  QPointer<DossierDocument> document_;
  ResponseItemModel* items_;
  bool open_ = false;
  bool modified_ = false;
  bool revisedStale_ = false;
  QString reviewPath_;
  QString path_;
  QString comparedPath_;
  QString errorString_;
  cptt::review::Response response_;
  cptt::review::ResponseStatus status_;
  std::optional<cptt::ReportLoad> reviewed_; // the report reviewed, when found beside the review
  std::map<int, cptt::review::ResponseResult> chosen_; // rows with a result but no text yet
};
