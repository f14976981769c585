#pragma once
// Where review comments can sit in a procedure, and which comments sit at a given place. The
// reviewer picks a place from `commentPlaces` (the procedure's general information, each section
// and visible question of its assessment form, each worksheet and task row) instead of typing
// keys; the drafter's screens ask `commentsAt` for the comments of the place they show.
#include "cptt/model.h"
#include "cptt/review/review_file.h"

#include <QVariantList>

#include <optional>

#include <string>

namespace cptt::bridge {

// The core's places of the procedure (review/place_names.h, comment_places), labels in the app's
// language: [{label, depth, formId, section, field, worksheet, task}] in screen order; depth 0 for
// the procedure itself, 1 for a part (section, worksheet), 2 for a question or task row. Empty
// when the dossier has no such procedure.
QVariantList commentPlaces(const Dossier& dossier, const std::string& procedureId);

// The comments anchored exactly at `place`: [{index, author, date, text}]. The form id is not
// compared, nor a question's section (a key is unique within the procedure's assessment form).
QVariantList commentsAt(const review::Review& review, const review::CommentAnchor& place);

// "" | "current" | "proposed", as the screens name a comment's worksheet.
QString worksheetId(const std::optional<Worksheet::Variant>& variant);

// A place given by its screen parts; worksheet "" | current | proposed, task 1-based or 0.
review::CommentAnchor anchorOf(const QString& procedureId, const QString& formId,
                               const QString& section, const QString& field,
                               const QString& worksheet, int task);

} // namespace cptt::bridge
