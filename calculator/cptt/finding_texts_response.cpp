// The drafter's response and the rounds of a review: the findings' texts (finding_texts.h).
#include "cptt/finding_texts.h"

#include <array>

namespace cptt::detail {
namespace {

constexpr Severity E = Severity::error;
constexpr Severity W = Severity::warning;

// clang-format off
constexpr std::array entries{
    // The drafter's response to a review (review/response_check.cpp, cptt respond).
    CatalogEntry{"CPTT-E301", "", E,
     "bản tiếp thu, giải trình này trả lời một báo cáo thẩm định khác (mã băm {declared}, báo cáo thẩm định đang mở: {actual}): mở đúng báo cáo thẩm định mà nó trả lời",
     "this response answers another review (digest {declared}, the open review's: {actual}): open the review it answers"},
    CatalogEntry{"CPTT-E302", "", E,
     "câu trả lời cho {target}, nhưng báo cáo thẩm định không có ý kiến hoặc phát hiện được giữ lại như vậy: xóa câu trả lời này",
     "an answer to {target}, which the review has no comment or kept finding for: remove this answer"},
    CatalogEntry{"CPTT-E303", "", E,
     "báo cáo đã sửa (mã băm {actual}) không phải báo cáo mà bản tiếp thu, giải trình nêu ({declared}): gửi kèm đúng báo cáo hoặc gắn lại báo cáo vào bản tiếp thu, giải trình",
     "the revised report (digest {actual}) is not the one the response names ({declared}): send the right report, or attach this one to the response again"},
    CatalogEntry{"CPTT-E304", "", E,
     "báo cáo cũ (mã băm {actual}) không phải báo cáo đã được thẩm định ({declared}): chọn đúng báo cáo đã gửi thẩm định",
     "the old report (digest {actual}) is not the report reviewed ({declared}): choose the report that was sent for review"},
    // The next round of a review (review/review_rounds.cpp, cptt review --previous-review).
    CatalogEntry{"CPTT-E305", "", E,
     "bản tiếp thu, giải trình không trả lời báo cáo thẩm định của vòng trước (mã băm {declared}, báo cáo thẩm định vòng trước: {actual}): chọn đúng bản tiếp thu, giải trình của báo cáo thẩm định đó",
     "the response does not answer the previous round's review (digest {declared}, the previous review's: {actual}): choose the response to that review"},
    CatalogEntry{"CPTT-E306", "", E,
     "báo cáo thẩm định đã có đủ {rounds} vòng, số vòng tối đa một tệp lưu được: lập báo cáo thẩm định mới cho báo cáo này",
     "the review already has {rounds} rounds, the most one file holds: start a new review of this report"},
    CatalogEntry{"CPTT-E307", "", E,
     "{target} được mở lại nhưng không có ghi chú của người thẩm định: ghi rõ vì sao mở lại",
     "{target} is reopened without the reviewer's note: say why it is reopened"},
    CatalogEntry{"CPTT-W301", "", W,
     "{target} chưa được trả lời: tiếp thu (nêu đã sửa gì) hoặc giải trình (nêu vì sao không)",
     "{target} is not answered: take it in (say what was changed) or explain why not"},
    CatalogEntry{"CPTT-W302", "", W,
     "{target} ghi là tiếp thu nhưng {place} không thay đổi giữa báo cáo đã thẩm định và báo cáo đã sửa: sửa nội dung đó hoặc giải trình",
     "{target} is marked taken in, but {place} did not change between the report reviewed and the revised one: make the change or explain instead"},
    CatalogEntry{"CPTT-W303", "", W,
     "bản tiếp thu, giải trình chưa nêu báo cáo đã sửa gửi kèm: xuất lại báo cáo và gắn vào bản tiếp thu, giải trình",
     "the response names no revised report: export the report again and attach it to the response"},
};
// clang-format on

} // namespace

std::span<const CatalogEntry> response_finding_texts() { return entries; }

} // namespace cptt::detail
