#include "reviewviews.h"

#include "reviewcommentmodel.h"
#include "reviewsession.h"

void ReviewView::setSession(ReviewSession* session) {
  if (session == session_)
    return;
  if (session_)
    disconnect(session_, nullptr, this, nullptr);
  session_ = session;
  if (session_)
    for (auto signal :
         {&ReviewSession::commentsChanged, &ReviewSession::verdictsChanged,
          &ReviewSession::resetDone, &ReviewSession::changed, &ReviewSession::placesChanged})
      connect(session_, signal, this, &ReviewView::changed);
  emit sessionChanged();
  emit changed();
}

QVariantList ReviewCommentsAt::comments() const {
  const ReviewSession* s = session();
  if (!s || !s->isOpen())
    return {};
  return s->commentsAt(procedureId_, section_, field_, worksheet_, task_);
}

QVariantMap ReviewOfProcedure::verdict() const {
  const ReviewSession* s = session();
  return s && s->isOpen() ? s->verdictFor(procedureId_) : QVariantMap();
}

int ReviewOfProcedure::commentCount() const {
  const ReviewSession* s = session();
  return s && s->isOpen() ? s->comments()->countFor(procedureId_) : 0;
}
