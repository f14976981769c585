#pragma once
// The reviewer's second (or later) round: one row per item of the previous round (each comment
// and each finding kept), in the previous review's order, with its place in words, what the
// reviewer wrote, the drafter's answer as the core's response check reads it, whether the place
// changed between the report reviewed then and this one, and the reviewer's follow-up (open,
// closed, reopened with a note). Empty in round 1.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class ReviewSource;

class ReviewFollowUpModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by ReviewSession.followUps")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
  // How many rows are still open (neither closed nor reopened).
  Q_PROPERTY(int openCount READ openCount NOTIFY statusesChanged)

public:
  enum Role {
    TargetRole = Qt::UserRole + 1, // "ý kiến 2", "phát hiện CPTT-E104"
    KindRole,                      // comment | finding
    PlaceRole,                     // the place in words (the core's place_names)
    TextRole,                      // the comment as written, or the finding's message
    AuthorRole,                    // the comment's author, else the reviewer
    AnswerRole,                    // unanswered | tiep-thu | giai-trinh
    AnswerLabelRole,               // "Chưa trả lời", "Tiếp thu", "Giải trình"
    AnswerTextRole,                // what was changed, or why not ("" when unanswered)
    AnswerPlaceRole,               // tiếp thu: the place now, in the revised report, or ""
    PlaceChangeRole,               // not-compared | changed | unchanged
    PlaceChangeLabelRole,          // "Đã sửa ở chỗ đó" …
    ChangesRole,                   // the inputs changed at its place, one line each
    StatusRole,                    // open | closed | reopened
    StatusLabelRole,               // "Chưa xem lại", "Đã đóng", "Mở lại"
    NoteRole,                      // the reviewer's note
  };
  Q_ENUM(Role)

  ReviewFollowUpModel(QObject* parent, const ReviewSource& source);

  // Called by the owner around a change of the whole review (opened, closed, replaced).
  void beginReset();
  void endReset();
  // A row's follow-up was edited (-1: every row's).
  void followUpChanged(int row);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  int openCount() const;

signals:
  void countChanged();
  void statusesChanged();

private:
  const ReviewSource& session_;
};
