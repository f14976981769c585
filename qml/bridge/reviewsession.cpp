#include "reviewsession.h"

#include "appsettings.h"
#include "document.h"
#include "format.h"
#include "forms.h"
#include "local_path.h"
#include "referencelibrary.h"
#include "reviewcommentmodel.h"
#include "reviewfiguremodel.h"
#include "reviewfindingmodel.h"
#include "reviewfollowupmodel.h"
#include "reviewplaces.h"
#include "reviewverdictmodel.h"
#include "status.h"

#include "cptt/atomic_file.h"
#include "cptt/review/integrity_statement.h"
#include "cptt/review/review_html.h"
#include "cptt/review/review_signature.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace cptt;
using namespace cptt::bridge;
using namespace cptt::review;

namespace {

QString replaceSuffix(const QString& path, const QString& from, const QString& to) {
  if (path.endsWith(from))
    return path.left(path.size() - from.size()) + to;
  if (path.endsWith(QStringLiteral(".xml")))
    return path.left(path.size() - 4) + to;
  return path + to;
}

} // namespace

ReviewSession::ReviewSession(QObject* parent)
    : QObject(parent), findings_(new ReviewFindingModel(this, *this)),
      comments_(new ReviewCommentModel(this, *this)),
      verdicts_(new ReviewVerdictModel(this, *this)), figures_(new ReviewFigureModel(this, *this)),
      followUps_(new ReviewFollowUpModel(this, *this)),
      changes_(new ReviewChangesModel(this, *this)), reportDocument_(new DossierDocument(this)) {
  // The models learn of each change from here (they do not know the session's type).
  connect(this, &ReviewSession::aboutToReset, findings_, &ReviewFindingModel::beginReset);
  connect(this, &ReviewSession::aboutToReset, comments_, &ReviewCommentModel::beginReset);
  connect(this, &ReviewSession::aboutToReset, verdicts_, &ReviewVerdictModel::beginReset);
  connect(this, &ReviewSession::aboutToReset, figures_, &ReviewFigureModel::beginReset);
  connect(this, &ReviewSession::aboutToReset, followUps_, &ReviewFollowUpModel::beginReset);
  connect(this, &ReviewSession::aboutToReset, changes_, &ReviewChangesModel::beginReset);
  connect(this, &ReviewSession::resetDone, findings_, &ReviewFindingModel::endReset);
  connect(this, &ReviewSession::resetDone, comments_, &ReviewCommentModel::endReset);
  connect(this, &ReviewSession::resetDone, verdicts_, &ReviewVerdictModel::endReset);
  connect(this, &ReviewSession::resetDone, figures_, &ReviewFigureModel::endReset);
  connect(this, &ReviewSession::resetDone, followUps_, &ReviewFollowUpModel::endReset);
  connect(this, &ReviewSession::resetDone, changes_, &ReviewChangesModel::endReset);
  connect(this, &ReviewSession::followUpChanged, followUps_, &ReviewFollowUpModel::followUpChanged);
  connect(this, &ReviewSession::findingStatusChanged, findings_,
          &ReviewFindingModel::statusChanged);
  connect(this, &ReviewSession::commentsAboutToChange, comments_, &ReviewCommentModel::beginReset);
  connect(this, &ReviewSession::commentsChanged, comments_, &ReviewCommentModel::endReset);
  connect(this, &ReviewSession::verdictsChanged, verdicts_, &ReviewVerdictModel::verdictsEdited);
  connect(this, &ReviewSession::selectionChanged, figures_, &ReviewFigureModel::rebuild);
}

ReviewSession::~ReviewSession() = default;

bool ReviewSession::fail(const QString& message) {
  errorString_ = message;
  emit errorStringChanged();
  emit errorOccurred(message);
  return false;
}

void ReviewSession::clearError() {
  if (errorString_.isEmpty())
    return;
  errorString_.clear();
  emit errorStringChanged();
}

void ReviewSession::setModified(bool modified) {
  if (modified_ == modified)
    return;
  modified_ = modified;
  emit modifiedChanged();
}

void ReviewSession::replace(std::optional<ReportReview> checked, Review review,
                            const QString& reportPath, const QString& reviewPath,
                            const QString& roundsBeside) {
  emit aboutToReset();
  checked_ = std::move(checked);
  review_ = std::move(review);
  formFindings_.reset();
  if (checked_)
    reportDocument_->showReadOnly(checked_->dossier);
  else
    reportDocument_->close();
  focus_ = nullptr;
  open_ = true;
  reportPath_ = reportPath;
  reviewPath_ = reviewPath;
  previousResponsePath_.clear();
  previousReviewPath_.clear();
  loadPreviousRound(roundsBeside.isEmpty() ? reviewPath : roundsBeside);
  selected_.clear();
  lastSummaryPath_.clear();
  emit resetDone();
  emit changed();
  emit selectionChanged();
  emit reviewerChanged();
  emit findingStatusChanged(-1);
  setModified(false);
  clearError();
}

bool ReviewSession::openReport(const QString& pathOrUrl) {
  const QString path = localPath(pathOrUrl);
  try {
    ReviewContext context{&ReferenceLibrary::instance()->data(), &formCatalog()};
    if (const AppSettings* settings = AppSettings::instance())
      context.trust = {toStd(settings->trustFolder()), toStd(settings->revocationList())};
    ReportReview checked = review_report_file(toStd(path), context);
    if (!checked.loaded())
      return fail(toQ(checked.load.describe(appLanguage())));
    Review review = make_review(checked);
    reviewSignature_.reset();
    replace(std::move(checked), std::move(review), QFileInfo(path).absoluteFilePath(), {});
    return true;
  } catch (const std::exception& e) {
    return fail(toQ(error_text(e).in(appLanguage())));
  }
}

bool ReviewSession::openReview(const QString& pathOrUrl) {
  const QString path = localPath(pathOrUrl);
  try {
    ReviewLoad load = load_review_file(toStd(path));
    if (!load.result)
      return fail(toQ(load.result.describe(appLanguage())));
    if (!checked_) {
      const QString report =
          QFileInfo(path).dir().filePath(toQ(load.review.report_file)); // named in the review
      if (load.review.report_file.empty() || !QFileInfo::exists(report))
        return fail(tr("Không tìm thấy báo cáo \"%1\" mà bản thẩm định này xem xét; hãy mở báo "
                       "cáo trước.")
                        .arg(toQ(load.review.report_file)));
      if (!openReport(report))
        return false;
    }
    if (!reviews_report(load.review, *checked_))
      return fail(tr("Bản thẩm định này xem xét một báo cáo khác (mã băm %1), không phải báo cáo "
                     "đang mở.")
                      .arg(toQ(load.review.report_digest.substr(0, 12))));
    merge_findings(load.review, checked_->findings());
    std::optional<ReportReview> checked = std::move(checked_);
    reviewSignature_.reset();
    replace(std::move(checked), std::move(load.review), reportPath_,
            QFileInfo(path).absoluteFilePath());
    return true;
  } catch (const std::exception& e) {
    return fail(toQ(error_text(e).in(appLanguage())));
  }
}

bool ReviewSession::openReviewForDossier(const QString& pathOrUrl) {
  const QString path = localPath(pathOrUrl);
  try {
    // The review and its signature from one read, against the trust store the reviewer mode uses.
    SignatureTrust trust;
    if (const AppSettings* settings = AppSettings::instance())
      trust = {toStd(settings->trustFolder()), toStd(settings->revocationList())};
    CheckedReview checked = check_review_file(toStd(path), trust);
    if (!checked.load.result)
      return fail(toQ(checked.load.result.describe(appLanguage())));
    reviewSignature_ = checked.signature;
    replace(std::nullopt, std::move(checked.load.review), {}, QFileInfo(path).absoluteFilePath());
    return true;
  } catch (const std::exception& e) {
    return fail(toQ(error_text(e).in(appLanguage())));
  }
}

void ReviewSession::close() {
  emit aboutToReset();
  checked_.reset();
  reviewSignature_.reset();
  review_ = {};
  formFindings_.reset();
  reportDocument_->close();
  focus_ = nullptr;
  open_ = false;
  reportPath_.clear();
  reviewPath_.clear();
  previousReport_.reset();
  previousRound_ = {};
  previousReportPath_.clear();
  previousResponsePath_.clear();
  previousReviewPath_.clear();
  selected_.clear();
  emit resetDone();
  emit changed();
  emit selectionChanged();
  emit reviewerChanged();
  setModified(false);
}

bool ReviewSession::exportReview(const QString& pathOrUrl) {
  if (!open_)
    return fail(tr("Chưa mở báo cáo nào để thẩm định."));
  const QString path = localPath(pathOrUrl);
  if (review_.reviewer.date.empty())
    review_.reviewer.date = toStd(QDate::currentDate().toString(Qt::ISODate));
  // The app saves reviews unsigned: a reopened signed review keeps no signing time of its own.
  review_.signing_time.clear();
  try {
    const Text error = save_review_file(review_, toStd(path));
    if (!error.empty())
      return fail(toQ(error.in(appLanguage())));
  } catch (const std::exception& e) {
    return fail(toQ(error_text(e).in(appLanguage())));
  }
  reviewPath_ = QFileInfo(path).absoluteFilePath();
  emit changed();
  setModified(false);
  return true;
}

bool ReviewSession::exportSummary(const QString& pathOrUrl) {
  if (!open_)
    return fail(tr("Chưa mở báo cáo nào để thẩm định."));
  const QString path = localPath(pathOrUrl);
  try {
    const std::string html = review_summary_html(review_, checked_ ? &checked_->dossier : nullptr,
                                                 checked_ ? &checked_->integrity : nullptr,
                                                 appLanguage(), &formCatalog());
    const Text error = write_file_atomically(toStd(path), html);
    if (!error.empty())
      return fail(toQ(error.in(appLanguage())));
  } catch (const std::exception& e) {
    return fail(toQ(error_text(e).in(appLanguage())));
  }
  lastSummaryPath_ = QFileInfo(path).absoluteFilePath();
  emit changed();
  return true;
}

QString ReviewSession::summaryPathFor(const QString& reviewPathOrUrl) const {
  return replaceSuffix(localPath(reviewPathOrUrl), QStringLiteral(".xml"), QStringLiteral(".html"));
}

QString ReviewSession::suggestedReviewPath() const {
  if (reportPath_.isEmpty())
    return reviewPath_;
  return replaceSuffix(reportPath_, QStringLiteral(".report.xml"), QStringLiteral(".review.xml"));
}

QString ReviewSession::setFindingStatus(int index, const QString& status, const QString& reason) {
  if (index < 0 || index >= static_cast<int>(review_.findings.size()))
    return tr("Không có phát hiện số %1.").arg(index + 1);
  FindingStatus s;
  if (!from_id(toStd(status), s))
    return tr("Trạng thái \"%1\" không hợp lệ.").arg(status);
  if (s == FindingStatus::dismissed && reason.trimmed().isEmpty())
    return tr("Hãy nêu lý do bác bỏ phát hiện này.");
  ReviewedFinding& f = review_.findings[static_cast<std::size_t>(index)];
  f.status = s;
  f.reason = toStd(reason.trimmed());
  emit findingStatusChanged(index);
  setModified(true);
  return {};
}

const Discrepancy* ReviewSession::discrepancyOf(int index) const {
  if (!checked_ || index < 0 || index >= static_cast<int>(review_.findings.size()))
    return nullptr;
  const Finding& f = review_.findings[static_cast<std::size_t>(index)].finding;
  const auto& found = checked_->recompute_findings;
  const auto& list = checked_->recompute.discrepancies;
  for (std::size_t j = 0; j < found.size() && j < list.size(); ++j)
    if (found[j].code == f.code && found[j].procedure_id == f.procedure_id &&
        found[j].place_text(Language::vi) == f.place_text(Language::vi) &&
        found[j].message(Language::vi) == f.message(Language::vi))
      return &list[j];
  return nullptr;
}

void ReviewSession::selectFinding(int index) {
  if (index < 0 || index >= static_cast<int>(review_.findings.size()))
    return;
  focus_ = discrepancyOf(index);
  const QString id = toQ(review_.findings[static_cast<std::size_t>(index)].finding.procedure_id);
  if (id != selected_) {
    setSelectedProcedureId(id);
  } else {
    emit selectionChanged();
  }
  emit findingSelected(index);
}

void ReviewSession::setSelectedProcedureId(const QString& id) {
  if (id == selected_)
    return;
  selected_ = id;
  if (focus_ && toQ(focus_->procedure_id) != id)
    focus_ = nullptr;
  emit selectionChanged();
}

int ReviewSession::addComment(const QString& procedureId, const QString& formId,
                              const QString& section, const QString& field,
                              const QString& worksheet, int task, const QString& text) {
  if (!open_ || text.trimmed().isEmpty())
    return -1;
  Comment c;
  c.anchor = anchorOf(procedureId, formId, section, field, worksheet, task);
  c.author = review_.reviewer.name;
  c.date = toStd(QDate::currentDate().toString(Qt::ISODate));
  c.text = toStd(text.trimmed());
  emit commentsAboutToChange();
  review_.comments.push_back(std::move(c));
  emit commentsChanged();
  setModified(true);
  return static_cast<int>(review_.comments.size()) - 1;
}

void ReviewSession::removeComment(int index) {
  if (index < 0 || index >= static_cast<int>(review_.comments.size()))
    return;
  emit commentsAboutToChange();
  review_.comments.erase(review_.comments.begin() + index);
  emit commentsChanged();
  setModified(true);
}

QString ReviewSession::setVerdict(const QString& procedureId, const QString& verdict,
                                  const QString& summary) {
  if (!open_)
    return tr("Chưa mở báo cáo nào để thẩm định.");
  VerdictEntry v;
  if (!from_id(toStd(verdict), v.verdict))
    return tr("Kết luận \"%1\" không hợp lệ.").arg(verdict);
  v.procedure_id = toStd(procedureId);
  v.summary = toStd(summary.trimmed());
  review_.set_verdict(std::move(v));
  emit verdictsChanged();
  setModified(true);
  return {};
}

QVariantMap ReviewSession::verdictFor(const QString& procedureId) const {
  const VerdictEntry* v = review_.verdict_for(toStd(procedureId));
  return {{QStringLiteral("verdict"), v ? toQ(to_id(v->verdict)) : QString()},
          {QStringLiteral("summary"), v ? toQ(v->summary) : QString()}};
}

QString ReviewSession::procedureName(const QString& procedureId) const {
  if (const Dossier* d = placesDossier())
    if (const Procedure* p = d->find_procedure(toStd(procedureId)))
      return toQ(p->name);
  return procedureId;
}

QString ReviewSession::title() const {
  if (checked_)
    return toQ(checked_->dossier.draft.title);
  return toQ(review_.draft_title);
}

QString ReviewSession::integrityStatus() const {
  return checked_ ? toQ(to_id(checked_->integrity.digest)) : QString();
}

QString ReviewSession::assurance() const {
  return checked_ ? toQ(to_id(integrity_statement(checked_->integrity).assurance)) : QString();
}

// What is proved, from the core (the same sentence as `cptt review`'s).
QString ReviewSession::integrityText() const {
  if (!checked_)
    return {};
  return toQ(integrity_statement(checked_->integrity).headline.in(appLanguage()));
}

QString ReviewSession::integrityDetail() const {
  if (!checked_)
    return {};
  const IntegrityReport& r = checked_->integrity;
  QStringList refs;
  for (const auto& [id, version] : r.reference_data)
    refs << toQ(id) + QLatin1Char(' ') + toQ(version);
  const QString why = toQ(integrity_statement(r).detail.in(appLanguage()));
  return (why.isEmpty() ? QString() : why + QLatin1Char('\n')) +
         tr("Định dạng %1 · xuất lúc %2 bởi %3 %4 · dữ liệu tham chiếu: %5")
             .arg(r.format_version)
             .arg(toQ(r.exported), toQ(r.generator), toQ(r.generator_version),
                  refs.isEmpty() ? tr("không nêu") : refs.join(QStringLiteral(", ")));
}

QString ReviewSession::reviewAssurance() const {
  return reviewSignature_ ? toQ(to_id(review_integrity_statement(*reviewSignature_).assurance))
                          : QString();
}

// Who signed the returned review, or that it proves nothing (the same sentence as `cptt verify`'s).
QString ReviewSession::reviewSignatureText() const {
  if (!reviewSignature_)
    return {};
  return toQ(review_integrity_statement(*reviewSignature_).headline.in(appLanguage()));
}

int ReviewSession::count(Severity severity) const {
  int n = 0;
  for (const ReviewedFinding& f : review_.findings)
    n += f.finding.severity == severity ? 1 : 0;
  return n;
}

int ReviewSession::discrepancyCount() const {
  return checked_ ? static_cast<int>(checked_->recompute.discrepancies.size()) : 0;
}

int ReviewSession::openFindingCount() const {
  int n = 0;
  for (const ReviewedFinding& f : review_.findings)
    n += f.status == FindingStatus::open ? 1 : 0;
  return n;
}

QVariantList ReviewSession::procedureChoices() const {
  QVariantList out;
  if (checked_)
    for (const Procedure& p : checked_->dossier.procedures)
      out.append(
          QVariantMap{{QStringLiteral("id"), toQ(p.id)}, {QStringLiteral("name"), toQ(p.name)}});
  return out;
}

QString ReviewSession::reviewerName() const { return toQ(review_.reviewer.name); }
QString ReviewSession::reviewerBody() const { return toQ(review_.reviewer.body); }

void ReviewSession::setReviewerName(const QString& name) {
  if (toQ(review_.reviewer.name) == name)
    return;
  review_.reviewer.name = toStd(name);
  emit reviewerChanged();
  setModified(true);
}

void ReviewSession::setReviewerBody(const QString& body) {
  if (toQ(review_.reviewer.body) == body)
    return;
  review_.reviewer.body = toStd(body);
  emit reviewerChanged();
  setModified(true);
}
