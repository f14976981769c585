#pragma once
// The places review comments sit at, named with the form's own titles, in both languages: the
// review summary, the drafter's response check, `cptt respond`, the printed table of answers and
// the app's place picker all name a place here.
//
//   place_name(anchor, &dossier, &catalog).in(Language::vi)
//     → "Thủ tục P1: Cấp giấy phép hoạt động · Mẫu 03/ĐGTĐ-QĐCT/SĐBS · Căn cứ pháp lý (…) ·
//        Điều, khoản, điểm và tên văn bản quy định"
//
// A part the dossier or the catalogue no longer has (a stale comment: a renamed key, a removed
// row, another form version) is named by its id, so nothing is lost.
#include "cptt/forms/form_catalog.h"
#include "cptt/forms/form_engine.h"
#include "cptt/model.h"
#include "cptt/review/review_file.h"
#include "cptt/text.h"

#include <string_view>
#include <vector>

namespace cptt::review {

// The whole place of a comment: the procedure, the form, its section and question, the worksheet
// and its task row, joined by " · "; "Toàn bộ dự thảo" for an empty anchor. `dossier` names the
// procedure and its task rows, `catalog` the form, sections and questions; either may be null.
Text place_name(const CommentAnchor& anchor, const Dossier* dossier,
                const forms::FormCatalog* catalog);

// The same place without its procedure, for a screen that shows the procedure already:
// "Bảng tính hiện hành · công việc 2: Nộp hồ sơ"; "Cả thủ tục" for the procedure as a whole.
Text place_within_procedure(const CommentAnchor& anchor, const Dossier* dossier,
                            const forms::FormCatalog* catalog);

// "Thủ tục P1: Cấp giấy phép hoạt động", or "Thủ tục P1" when the dossier does not name it.
Text procedure_place(std::string_view procedure_id, const Dossier* dossier);

// A place a reviewer can comment on, as the place picker lists it.
struct CommentPlace {
  Text label; // "Mẫu 02/ĐGTĐ-BHM · I. Sự cần thiết …", "Câu 1: …", "Bảng tính hiện hành"
  int depth = 0;        // 0 the procedure, 1 a section or a worksheet, 2 a question or a task row
  CommentAnchor anchor; // where a comment put there is anchored
};

// The places of `procedure`, in screen order: the procedure itself, each section and visible
// question of its assessment form (`assessment`, evaluated against its answers; null when no form
// applies), each worksheet and its task rows. A label stands alone (a task's names its worksheet).
std::vector<CommentPlace> comment_places(const Procedure& procedure,
                                         const forms::FormEvaluation* assessment);

} // namespace cptt::review
