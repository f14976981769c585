#pragma once
// The reviewer's session: a submitted report checked by the core
// (cptt::review::review_report_file with the app's reference data and form catalogue), and the
// review being written about it (findings agreed or dismissed, comments, verdicts). Exports the
// review as XML (save_review_file, atomic) and the printable HTML summary (review_summary_html);
// reopens a saved review next to its report and brings its findings up to date (merge_findings);
// starts the next round of a previous review on a revised report (start_next_round), where each
// item of the previous round shows with the drafter's answer and is closed or reopened.
// The drafter opens a review alone (openReviewForDossier) to read the comments at their places.
// No figure is computed here: the core's recompute gives every declared and recomputed value.
// Every failure becomes `errorString` and `errorOccurred`.
#include "reviewchangesmodel.h"
#include "reviewcommentmodel.h"
#include "reviewfiguremodel.h"
#include "reviewfindingmodel.h"
#include "reviewfollowupmodel.h"
#include "reviewsource.h"
#include "reviewverdictmodel.h"

#include "cptt/forms/form_finding.h"
#include "cptt/report.h"
#include "cptt/review/response_check.h"
#include "cptt/review/review_check.h"
#include "cptt/review/review_file.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

class DossierDocument;

class ReviewSession : public QObject, public ReviewSource {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool isOpen READ isOpen NOTIFY changed)
  Q_PROPERTY(bool hasReport READ hasReport NOTIFY changed)
  Q_PROPERTY(QString reportPath READ reportPath NOTIFY changed)
  Q_PROPERTY(QString reviewPath READ reviewPath NOTIFY changed)
  Q_PROPERTY(QString title READ title NOTIFY changed)
  // matches | mismatch | missing ("" when no report is open)
  Q_PROPERTY(QString integrityStatus READ integrityStatus NOTIFY changed)
  Q_PROPERTY(QString integrityText READ integrityText NOTIFY changed)
  // What the checks prove: "signed", "unchanged" (digest only), "changed", "unproven".
  Q_PROPERTY(QString assurance READ assurance NOTIFY changed)
  Q_PROPERTY(QString integrityDetail READ integrityDetail NOTIFY changed)
  // The drafter's side: what the returned review's own signature proves, in the core's words
  // ("signed", "changed", "unproven"; "" when no review was opened alone) and its sentence.
  Q_PROPERTY(QString reviewAssurance READ reviewAssurance NOTIFY changed)
  Q_PROPERTY(QString reviewSignatureText READ reviewSignatureText NOTIFY changed)
  Q_PROPERTY(int errorCount READ errorCount NOTIFY changed)
  Q_PROPERTY(int warningCount READ warningCount NOTIFY changed)
  Q_PROPERTY(int noteCount READ noteCount NOTIFY changed)
  Q_PROPERTY(int discrepancyCount READ discrepancyCount NOTIFY changed)
  Q_PROPERTY(int openFindingCount READ openFindingCount NOTIFY findingStatusChanged)
  // [{id, name}] of the report's procedures, for the filters and pickers.
  Q_PROPERTY(QVariantList procedureChoices READ procedureChoices NOTIFY changed)
  Q_PROPERTY(QString selectedProcedureId READ selectedProcedureId WRITE setSelectedProcedureId
                 NOTIFY selectionChanged)
  Q_PROPERTY(QString reviewerName READ reviewerName WRITE setReviewerName NOTIFY reviewerChanged)
  Q_PROPERTY(QString reviewerBody READ reviewerBody WRITE setReviewerBody NOTIFY reviewerChanged)
  Q_PROPERTY(bool modified READ isModified NOTIFY modifiedChanged)
  Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
  Q_PROPERTY(QString lastSummaryPath READ lastSummaryPath NOTIFY changed)
  Q_PROPERTY(ReviewFindingModel* findings READ findings CONSTANT)
  Q_PROPERTY(ReviewCommentModel* comments READ comments CONSTANT)
  Q_PROPERTY(ReviewVerdictModel* verdicts READ verdicts CONSTANT)
  Q_PROPERTY(ReviewFigureModel* figures READ figures CONSTANT)
  // The round of the review: 1, then 2 and on when it follows up an earlier round.
  Q_PROPERTY(int round READ round NOTIFY changed)
  // The items of the previous round with the drafter's answers and the reviewer's follow-up.
  Q_PROPERTY(ReviewFollowUpModel* followUps READ followUps CONSTANT)
  // What changed since the report reviewed in the previous round, or an older one picked by hand.
  Q_PROPERTY(ReviewChangesModel* changes READ changes CONSTANT)
  // What the previous round's items were read with: whether the drafter's response is kept, the
  // response file it was read from when the round was started here, the report reviewed then
  // (found beside the review; "" when not found, then places are not compared).
  Q_PROPERTY(bool hasPreviousResponse READ hasPreviousResponse NOTIFY changed)
  // The previous review the round was started from here ("" for a round reopened from its file).
  Q_PROPERTY(QString previousReviewPath READ previousReviewPath NOTIFY changed)
  Q_PROPERTY(QString previousResponsePath READ previousResponsePath NOTIFY changed)
  Q_PROPERTY(QString previousReportPath READ previousReportPath NOTIFY changed)
  // The errors the core's response check found (an answer to nothing, another revised report).
  Q_PROPERTY(QStringList followUpProblems READ followUpProblems NOTIFY changed)
  // The drafter's side: the open dossier, whose procedures the comments are read against (the
  // reviewer's side reads them against the report).
  Q_PROPERTY(DossierDocument* document READ document WRITE setDocument NOTIFY documentChanged)
  // The report's inputs as a read-only dossier: the reviewer reads the form answers through the
  // same screens as the drafter (empty when no report is open).
  Q_PROPERTY(DossierDocument* reportDocument READ reportDocument CONSTANT)

public:
  explicit ReviewSession(QObject* parent = nullptr);
  ~ReviewSession() override;

  // Checks a submitted report and starts a new review of it. Accepts a path or file:// URL.
  Q_INVOKABLE bool openReport(const QString& pathOrUrl);
  // Reopens a saved review: of the open report (its digest must match), or, when no report is
  // open, of the report named in the review found in the same folder.
  Q_INVOKABLE bool openReview(const QString& pathOrUrl);
  // The drafter's side: the review alone, to read its comments and verdicts next to the dossier.
  Q_INVOKABLE bool openReviewForDossier(const QString& pathOrUrl);
  // Round n + 1 on the open (revised) report: `previousReview` is the review of round n, `response`
  // the drafter's answers to it; without one, the response saved beside the previous review
  // ("x.response.xml") is taken when it answers it. Accepts paths or file:// URLs.
  Q_INVOKABLE bool openNextRound(const QString& previousReview,
                                 const QString& response = QString());
  Q_INVOKABLE void close();
  // Writes the review XML atomically; the path becomes reviewPath.
  Q_INVOKABLE bool exportReview(const QString& pathOrUrl);
  // Writes the printable HTML summary.
  Q_INVOKABLE bool exportSummary(const QString& pathOrUrl);
  // "x.review.xml" → "x.review.html": where the summary goes next to the review.
  Q_INVOKABLE QString summaryPathFor(const QString& reviewPathOrUrl) const;
  // "x.report.xml" → "x.review.xml": the review's default name next to the report.
  Q_INVOKABLE QString suggestedReviewPath() const;
  Q_INVOKABLE void clearError();

  // status: open | agreed | dismissed (dismissed needs a reason). Returns an error or "".
  Q_INVOKABLE QString setFindingStatus(int findingIndex, const QString& status,
                                       const QString& reason);
  // Selects the finding's procedure and the figure it is about.
  Q_INVOKABLE void selectFinding(int findingIndex);
  // worksheet: "", "current" or "proposed"; task 1-based or 0. Returns the comment's index or -1.
  Q_INVOKABLE int addComment(const QString& procedureId, const QString& formId,
                             const QString& section, const QString& field, const QString& worksheet,
                             int task, const QString& text);
  Q_INVOKABLE void removeComment(int commentIndex);
  // The follow-up of the previous round's item at `row`: open | closed | reopened, with the
  // reviewer's note (a reopened item needs one: the core's rule). Returns an error or "".
  Q_INVOKABLE QString setFollowUp(int row, const QString& status, const QString& note);
  // verdict: dat | can-bo-sung | khong-dat; procedureId "" for the draft. Returns an error or "".
  Q_INVOKABLE QString setVerdict(const QString& procedureId, const QString& verdict,
                                 const QString& summary);
  // {verdict, summary} ("" when none) for a procedure or, with "", the draft.
  Q_INVOKABLE QVariantMap verdictFor(const QString& procedureId) const;
  Q_INVOKABLE QString procedureName(const QString& procedureId) const override;
  // Where a comment on this procedure can sit, for the reviewer's place picker (reviewplaces.h).
  Q_INVOKABLE QVariantList commentPlaces(const QString& procedureId) const;
  // The comments at exactly this place: [{index, author, date, text}].
  Q_INVOKABLE QVariantList commentsAt(const QString& procedureId, const QString& section,
                                      const QString& field, const QString& worksheet,
                                      int task) const;
  // Where a finding is: {section, field} of a form question or section, {worksheet, task} of a
  // worksheet or task row (empty strings and 0 when not), and whether it is a recompute
  // discrepancy (shown with the figures).
  Q_INVOKABLE QVariantMap findingPlace(int findingIndex) const;
  // A comment's place in words, from the picker's labels when the place is found.
  QString placeLabel(int commentIndex) const override;
  QString partLabel(int commentIndex) const override;

  // --- C++ side (models, tests) ---
  const cptt::review::Review& review() const override { return review_; }
  const cptt::review::ReportReview* checked() const override {
    return checked_ ? &*checked_ : nullptr;
  }
  // The recompute discrepancy a finding reports, or nullptr.
  const cptt::review::Discrepancy* discrepancyOf(int findingIndex) const override;
  const cptt::review::Discrepancy* focusedDiscrepancy() const override { return focus_; }
  const cptt::review::ResponseStatus& previousRound() const override { return previousRound_; }
  const cptt::Dossier* previousDossier() const override {
    return previousReport_ ? &previousReport_->dossier : nullptr;
  }

  bool isOpen() const override { return open_; }
  bool hasReport() const { return checked_.has_value(); }
  QString reportPath() const { return reportPath_; }
  QString reviewPath() const { return reviewPath_; }
  QString title() const;
  QString integrityStatus() const;
  QString integrityText() const;
  QString assurance() const;
  QString integrityDetail() const;
  QString reviewAssurance() const;
  QString reviewSignatureText() const;
  int errorCount() const { return count(cptt::Severity::error); }
  int warningCount() const { return count(cptt::Severity::warning); }
  int noteCount() const { return count(cptt::Severity::note); }
  int discrepancyCount() const;
  int openFindingCount() const;
  QVariantList procedureChoices() const;
  QString selectedProcedureId() const override { return selected_; }
  void setSelectedProcedureId(const QString& id);
  QString reviewerName() const;
  void setReviewerName(const QString& name);
  QString reviewerBody() const;
  void setReviewerBody(const QString& body);
  bool isModified() const { return modified_; }
  QString errorString() const { return errorString_; }
  QString lastSummaryPath() const { return lastSummaryPath_; }
  ReviewFindingModel* findings() const { return findings_; }
  ReviewCommentModel* comments() const { return comments_; }
  ReviewVerdictModel* verdicts() const { return verdicts_; }
  ReviewFigureModel* figures() const { return figures_; }
  ReviewFollowUpModel* followUps() const { return followUps_; }
  ReviewChangesModel* changes() const { return changes_; }
  int round() const;
  bool hasPreviousResponse() const;
  QString previousResponsePath() const { return previousResponsePath_; }
  QString previousReviewPath() const { return previousReviewPath_; }
  QString previousReportPath() const override { return previousReportPath_; }
  QStringList followUpProblems() const;
  DossierDocument* document() const;
  void setDocument(DossierDocument* document);
  DossierDocument* reportDocument() const { return reportDocument_; }

signals:
  void changed();
  void selectionChanged();
  void reviewerChanged();
  void modifiedChanged();
  void errorStringChanged();
  void errorOccurred(const QString& message);
  void findingStatusChanged(int findingIndex);
  // For the models.
  void aboutToReset();
  void resetDone();
  void commentsAboutToChange();
  void commentsChanged();
  void verdictsChanged();
  // The dossier the places are read against changed: names and places may read otherwise.
  void placesChanged();
  void documentChanged();
  // selectFinding was called: the screens go to the finding's place.
  void findingSelected(int findingIndex);
  void followUpChanged(int row);

private:
  bool fail(const QString& message);
  void setModified(bool modified);
  // `roundsBeside`: the file the previous round's report is looked for beside (default: the
  // review's own path).
  void replace(std::optional<cptt::review::ReportReview> checked, cptt::review::Review review,
               const QString& reportPath, const QString& reviewPath,
               const QString& roundsBeside = QString());
  // The previous round's report (beside `beside`, only when it is the one that round reviewed)
  // and the response check of its items against the open report.
  void loadPreviousRound(const QString& beside);
  int count(cptt::Severity severity) const;

  std::optional<cptt::review::ReportReview> checked_;
  // The signature of a review opened alone by the drafter (checked on the bytes it was read from).
  std::optional<cptt::SignatureCheck> reviewSignature_;
  cptt::review::Review review_;
  const cptt::review::Discrepancy* focus_ = nullptr;
  bool open_ = false;
  bool modified_ = false;
  QString reportPath_;
  QString reviewPath_;
  QString selected_;
  QString errorString_;
  QString lastSummaryPath_;
  ReviewFindingModel* findings_;
  ReviewCommentModel* comments_;
  ReviewVerdictModel* verdicts_;
  ReviewFigureModel* figures_;
  ReviewFollowUpModel* followUps_;
  ReviewChangesModel* changes_;
  std::optional<cptt::ReportLoad> previousReport_;
  cptt::review::ResponseStatus previousRound_;
  QString previousReportPath_;
  QString previousResponsePath_;
  QString previousReviewPath_;
  QPointer<DossierDocument> document_;
  DossierDocument* reportDocument_;
  // The forms engine's findings of the report (they name the question), made on first use.
  mutable std::optional<std::vector<cptt::forms::FormFinding>> formFindings_;
  // The dossier the places are read against: the report's, else the drafter's open dossier.
  const cptt::Dossier* placesDossier() const;
};
