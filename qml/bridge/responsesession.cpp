#include "responsesession.h"
#include "cptt_render.h"

#include "appsettings.h"
#include "document.h"
#include "format.h"
#include "forms.h"
#include "local_path.h"
#include "responseitemmodel.h"
#include "reviewsession.h"

#include "cptt/report.h"
#include "cptt/review/files_beside.h"

#include <QDate>
#include <QFileInfo>

using namespace cptt;
using namespace cptt::bridge;
using namespace cptt::review;

namespace {

// "du-thao.review.xml" → "du-thao" + suffix.
QString besideReview(const QString& reviewPath, const QString& suffix) {
  QString base = reviewPath;
  for (const QString& s : {QStringLiteral(".review.xml"), QStringLiteral(".xml")})
    if (base.endsWith(s)) {
      base.chop(s.size());
      break;
    }
  return base + suffix;
}

} // namespace

ResponseSession::ResponseSession(QObject* parent)
    : QObject(parent),
      items_(new ResponseItemModel(this, {[this]() -> const ResponseStatus& { return status_; },
                                          [this] { return answeredReview(); },
                                          [this](int row) { return chosenResult(row); }})) {
  connect(this, &ResponseSession::aboutToReset, items_, &ResponseItemModel::beginReset);
  connect(this, &ResponseSession::resetDone, items_, &ResponseItemModel::endReset);
}

const Review* ResponseSession::answeredReview() const {
  return open_ && review_ ? &review_->review() : nullptr;
}

void ResponseSession::setReview(ReviewSession* review) {
  if (review_ == review)
    return;
  if (review_)
    disconnect(review_, nullptr, this, nullptr);
  review_ = review;
  if (review_)
    connect(review_, &ReviewSession::changed, this, &ResponseSession::reviewOpenedOrClosed);
  emit reviewChanged();
  reviewOpenedOrClosed();
}

void ResponseSession::setDocument(DossierDocument* document) {
  if (document_ == document)
    return;
  if (document_)
    disconnect(document_, nullptr, this, nullptr);
  document_ = document;
  if (document_) {
    // The places are compared in the dossier as it is now.
    connect(document_, &DossierDocument::undoStateChanged, this, [this] {
      if (!open_)
        return;
      if (!response_.report_digest.empty())
        revisedStale_ = true;
      recheck();
    });
    // A report the drafter exports while answering is the revised report the response names.
    connect(document_, &DossierDocument::lastExportPathChanged, this, [this] {
      const QString exported = document_->lastExportPath();
      if (open_ && exported.endsWith(QLatin1String(".xml")))
        nameRevisedReport(exported);
    });
  }
  emit documentChanged();
  recheck();
}

// The returned review in the drafter's mode is the one answered; the reviewer's own session
// (with a report) has nothing to answer.
void ResponseSession::reviewOpenedOrClosed() {
  const bool answering = review_ && review_->isOpen() && !review_->hasReport();
  const QString reviewPath = answering ? review_->reviewPath() : QString();
  if (answering == open_ && reviewPath == reviewPath_)
    return;
  if (answering) {
    open(reviewPath);
    return;
  }
  emit aboutToReset();
  open_ = false;
  reviewPath_.clear();
  path_.clear();
  comparedPath_.clear();
  response_ = {};
  status_ = {};
  reviewed_.reset();
  chosen_.clear();
  revisedStale_ = false;
  emit resetDone();
  emit changed();
  emit statusChanged();
  emit responderChanged();
  setModified(false);
}

void ResponseSession::open(const QString& reviewPath) {
  emit aboutToReset();
  open_ = true;
  reviewPath_ = reviewPath;
  chosen_.clear();
  revisedStale_ = false;
  const Review& review = review_->review();
  response_ = make_response(review, toStd(reviewPath));
  path_.clear();
  // The answers saved earlier beside the review are taken up again; a file answering another
  // review is left as it is and the answers start afresh (saved under another name).
  const QString saved = toQ(response_beside(toStd(reviewPath)));
  if (!saved.isEmpty()) {
    ResponseLoad load = load_response_file(toStd(saved));
    if (!load.result)
      fail(tr("Không đọc được bản trả lời %1: %2")
               .arg(saved, toQ(load.result.describe(appLanguage()))));
    else if (!answers_review(load.response, review))
      fail(tr("Bản trả lời %1 trả lời một bản thẩm định khác; các ý kiến được trả lời lại từ "
              "đầu và sẽ được lưu vào tệp khác.")
               .arg(saved));
    else {
      response_ = std::move(load.response);
      path_ = saved;
    }
  }
  loadReviewedReport(reviewPath);
  recheck();
  emit resetDone();
  emit changed();
  emit responderChanged();
  setModified(false);
}

// The review names the report it reviewed by file name; when that file is beside the review the
// places an answer took in can be compared with it.
void ResponseSession::loadReviewedReport(const QString& reviewPath) {
  reviewed_.reset();
  comparedPath_.clear();
  const QString candidate = toQ(file_beside(toStd(reviewPath), review_->review().report_file));
  if (candidate.isEmpty())
    return;
  ReportLoad load = load_report_file(toStd(candidate));
  if (!load.result)
    return;
  reviewed_ = std::move(load);
  comparedPath_ = candidate;
}

void ResponseSession::recheck() {
  if (!open_ || !review_)
    return;
  ReportVersion before = reviewed_ ? report_version(*reviewed_) : ReportVersion{};
  // The open dossier is the revision being answered; its digest is the named report's while
  // that report still holds it (revisedStale_ says when it does not).
  ReportVersion now;
  if (document_ && document_->isOpen())
    now = {&document_->dossier(), response_.report_digest};
  status_ = check_response(review_->review(), response_, before, now, &formCatalog());
  items_->statesChanged();
  emit statusChanged();
}

QString ResponseSession::chosenResult(int row) const {
  if (row < 0 || row >= itemCount())
    return {};
  if (const auto& entry = status_.items[static_cast<std::size_t>(row)].entry)
    return toQ(to_id(entry->result));
  const auto it = chosen_.find(row);
  return it == chosen_.end() ? QString() : toQ(to_id(it->second));
}

QString ResponseSession::setAnswer(int row, const QString& result, const QString& text) {
  if (!open_ || row < 0 || row >= itemCount())
    return tr("Không có ý kiến này để trả lời.");
  ResponseResult chosen{};
  if (!from_id(toStd(result), chosen))
    return tr("Chọn Tiếp thu hoặc Giải trình.");
  const ResponseTarget target = status_.items[static_cast<std::size_t>(row)].target;
  const std::string answer = toStd(text.trimmed());
  const ResponseEntry* before = response_.entry_for(target);
  if (answer.empty()) {
    chosen_[row] = chosen;
    if (!response_.remove_entry(target)) {
      items_->statesChanged();
      return {};
    }
  } else {
    if (before && before->result == chosen && before->text == answer)
      return {};
    chosen_.erase(row);
    ResponseEntry entry{target, chosen, answer, before ? before->anchor : std::nullopt, {}};
    response_.set_entry(std::move(entry));
  }
  setModified(true);
  recheck();
  return {};
}

QString ResponseSession::responderName() const { return toQ(response_.responder.name); }
QString ResponseSession::responderBody() const { return toQ(response_.responder.body); }

void ResponseSession::setResponderName(const QString& name) {
  if (name == responderName())
    return;
  response_.responder.name = toStd(name);
  setModified(true);
  emit responderChanged();
}

void ResponseSession::setResponderBody(const QString& body) {
  if (body == responderBody())
    return;
  response_.responder.body = toStd(body);
  setModified(true);
  emit responderChanged();
}

QString ResponseSession::revisedReport() const { return toQ(response_.report_file); }

QStringList ResponseSession::problems() const {
  QStringList list;
  for (const Finding& f : status_.findings)
    if (f.severity == Severity::error)
      list << toQ(f.message(appLanguage()));
  return list;
}

QString ResponseSession::suggestedPath() const {
  return path_.isEmpty() && !reviewPath_.isEmpty() ? toQ(response_path_for(toStd(reviewPath_)))
                                                   : path_;
}

QString ResponseSession::suggestedTablePath() const {
  return reviewPath_.isEmpty() ? QString()
                               : besideReview(reviewPath_, QStringLiteral(".tiep-thu.odt"));
}

bool ResponseSession::save() {
  if (path_.isEmpty())
    return fail(tr("Chưa chọn tệp để lưu bản trả lời."));
  return saveAs(path_);
}

bool ResponseSession::saveAs(const QString& pathOrUrl) {
  if (!open_)
    return fail(tr("Chưa mở bản thẩm định nào để trả lời."));
  QString path = localPath(pathOrUrl);
  if (path.isEmpty())
    return fail(tr("Chưa chọn tệp để lưu bản trả lời."));
  if (!path.endsWith(QLatin1String(".xml")))
    path += QStringLiteral(".response.xml");
  if (response_.responder.date.empty())
    response_.responder.date = toStd(QDate::currentDate().toString(Qt::ISODate));
  const Text error = save_response_file(response_, toStd(path));
  if (!error.empty())
    return fail(tr("Không lưu được bản trả lời %1: %2").arg(path, toQ(error.in(appLanguage()))));
  path_ = QFileInfo(path).absoluteFilePath();
  clearError();
  setModified(false);
  emit changed();
  return true;
}

bool ResponseSession::nameRevisedReport(const QString& pathOrUrl) {
  if (!open_)
    return fail(tr("Chưa mở bản thẩm định nào để trả lời."));
  const QString path = localPath(pathOrUrl);
  const ReportLoad load = load_report_file(toStd(path));
  if (!load.result)
    return fail(
        tr("Không đọc được báo cáo %1: %2").arg(path, toQ(load.result.describe(appLanguage()))));
  set_revised_report(response_, load, toStd(path));
  revisedStale_ = false;
  setModified(true);
  recheck();
  return true;
}

bool ResponseSession::exportTable(const QString& pathOrUrl) {
  if (!open_)
    return fail(tr("Chưa mở bản thẩm định nào để trả lời."));
  const QString path = localPath(pathOrUrl);
  if (path.isEmpty())
    return fail(tr("Chưa chọn tệp để xuất bảng tiếp thu, giải trình."));
  const Dossier* dossier = document_ && document_->isOpen() ? &document_->dossier()
                           : reviewed_                      ? &reviewed_->dossier
                                                            : nullptr;
  Text error;
  try {
    error = cptt::render::write_response_table(review_->review(), response_, status_, dossier,
                                               toStd(path), &formCatalog());
  } catch (const std::exception& e) {
    error = error_text(e);
  }
  if (!error.empty())
    return fail(tr("Không xuất được bảng tiếp thu, giải trình %1: %2")
                    .arg(path, toQ(error.in(appLanguage()))));
  clearError();
  return true;
}

void ResponseSession::clearError() {
  if (errorString_.isEmpty())
    return;
  errorString_.clear();
  emit errorStringChanged();
}

bool ResponseSession::fail(const QString& message) {
  errorString_ = message;
  emit errorStringChanged();
  emit errorOccurred(message);
  return false;
}

void ResponseSession::setModified(bool modified) {
  if (modified_ == modified)
    return;
  modified_ = modified;
  emit modifiedChanged();
}
