// ReviewSession: the rounds of a review. The next round is started on a revised report from the
// previous round's review and the drafter's response (the core's start_next_round); its items
// show with the answers as the core's response check reads them, and the reviewer closes or
// reopens each (the core's set_follow_up, whose rule needs a note to reopen).
#include "reviewsession.h"

#include "appsettings.h"
#include "format.h"
#include "forms.h"
#include "local_path.h"

#include "cptt/review/files_beside.h"
#include "cptt/review/review_rounds.h"

#include <QFileInfo>

using namespace cptt;
using namespace cptt::bridge;
using namespace cptt::review;

int ReviewSession::round() const { return open_ ? static_cast<int>(round_number(review_)) : 0; }

bool ReviewSession::hasPreviousResponse() const {
  return !review_.earlier_rounds.empty() && review_.earlier_rounds.back().response.has_value();
}

QStringList ReviewSession::followUpProblems() const {
  QStringList list;
  for (const Finding& f : previousRound_.findings)
    if (f.severity == Severity::error)
      list << toQ(f.message(appLanguage()));
  return list;
}

void ReviewSession::loadPreviousRound(const QString& beside) {
  previousReport_.reset();
  previousReportPath_.clear();
  previousRound_ = {};
  if (review_.earlier_rounds.empty())
    return;
  // The previous round as it was, with the rounds before it: what its response answers.
  const Review previous = review_at_round(review_, review_.earlier_rounds.size() - 1);
  // A file of that name is taken only when it is the very report reviewed then: a revised report
  // saved under the old name would compare the new version with itself.
  if (const std::string file = file_beside(toStd(beside), previous.report_file); !file.empty()) {
    ReportLoad load = load_report_file(file);
    if (load.result && load.actual_digest == previous.report_digest) {
      previousReport_ = std::move(load);
      previousReportPath_ = QFileInfo(toQ(file)).absoluteFilePath();
    }
  }
  const std::optional<Response>& kept = review_.earlier_rounds.back().response;
  // No response: every item is unanswered, as it is.
  const Response response = kept ? *kept : make_response(previous, {});
  previousRound_ = check_response(
      previous, response, previousReport_ ? report_version(*previousReport_) : ReportVersion{},
      checked_ ? report_version(*checked_) : ReportVersion{}, &formCatalog());
}

bool ReviewSession::openNextRound(const QString& previousReview, const QString& response) {
  if (!checked_)
    return fail(tr("Hãy mở báo cáo đã sửa trước, rồi mở bản thẩm định của vòng trước."));
  const QString path = localPath(previousReview);
  try {
    const ReviewLoad previous = load_review_file(toStd(path));
    if (!previous.result)
      return fail(toQ(previous.result.describe(appLanguage())));
    // A response named is used or refused (CPTT-E305); one found beside the review is used only
    // when it answers that review.
    QString responsePath = response.isEmpty() ? QString() : localPath(response);
    std::optional<ResponseLoad> answers;
    if (!responsePath.isEmpty()) {
      answers = load_response_file(toStd(responsePath));
      if (!answers->result)
        return fail(toQ(answers->result.describe(appLanguage())));
    } else if (const std::string beside = response_beside(toStd(path)); !beside.empty()) {
      ResponseLoad found = load_response_file(beside);
      if (found.result && answers_review(found.response, previous.review)) {
        answers = std::move(found);
        responsePath = toQ(beside);
      }
    }
    RoundStart next =
        start_next_round(previous.review, *checked_, answers ? &answers->response : nullptr);
    if (!next)
      return fail(toQ(next.error->message(appLanguage())));
    // The same previous review again (another response chosen): the work of this round is kept.
    if (!previousReviewPath_.isEmpty() && previousReviewPath_ == QFileInfo(path).absoluteFilePath())
      keep_round_work(review_, next.review);
    std::optional<ReportReview> checked = std::move(checked_);
    reviewSignature_.reset();
    replace(std::move(checked), std::move(next.review), reportPath_, {},
            QFileInfo(path).absoluteFilePath());
    previousResponsePath_ = answers ? QFileInfo(responsePath).absoluteFilePath() : QString();
    previousReviewPath_ = QFileInfo(path).absoluteFilePath();
    emit changed();
    setModified(true); // the new round exists only here until it is exported
    return true;
  } catch (const std::exception& e) {
    return fail(toQ(error_text(e).in(appLanguage())));
  }
}

QString ReviewSession::setFollowUp(int row, const QString& status, const QString& note) {
  if (row < 0 || row >= static_cast<int>(review_.follow_ups.size()))
    return tr("Không có mục số %1 của vòng trước.").arg(row + 1);
  FollowUpStatus s{};
  if (!from_id(toStd(status), s))
    return tr("Trạng thái \"%1\" không hợp lệ.").arg(status);
  if (const std::optional<Finding> refused =
          set_follow_up(review_, static_cast<std::size_t>(row), s, toStd(note.trimmed())))
    return toQ(refused->message(appLanguage()));
  emit followUpChanged(row);
  setModified(true);
  return {};
}
