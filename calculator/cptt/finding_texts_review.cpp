// The reviewer's checks: load and integrity, recompute, completeness, plausibility: the findings'
// texts (finding_texts.h).
#include "cptt/finding_texts.h"

#include <array>

namespace cptt::detail {
namespace {

constexpr Severity E = Severity::error;
constexpr Severity W = Severity::warning;
constexpr Severity N = Severity::note;

// clang-format off
constexpr std::array entries{
    // Review: load and integrity.
    CatalogEntry{"CPTT-E200", "", E, "không đọc được báo cáo: {error}",
     "the report cannot be read: {error}"},
    CatalogEntry{"CPTT-E201", "", E,
     "nội dung báo cáo đã bị thay đổi sau khi xuất: mã băm ghi trong tệp {declared}, mã băm của nội dung {actual}; yêu cầu xuất lại báo cáo",
     "the report was changed after export: the digest in the file is {declared}, the content's is {actual}; ask for a new export"},
    CatalogEntry{"CPTT-E202", "", E,
     "mã băm của báo cáo dùng thuật toán “{algorithm}”, không phải SHA-256: không chứng minh được nội dung; yêu cầu xuất lại báo cáo",
     "the report's digest names the algorithm “{algorithm}”, not SHA-256: it proves nothing about the content; ask for a new export"},
    CatalogEntry{"CPTT-E203", "", E,
     "báo cáo không có mã băm: không kiểm tra được nội dung có bị sửa sau khi xuất không; yêu cầu xuất lại báo cáo bằng phần mềm",
     "the report carries no digest: whether it changed after export cannot be checked; ask for an export made by the program"},
    CatalogEntry{"CPTT-W201", "", W,
     "báo cáo không có mã băm, không kiểm tra được tính toàn vẹn (người thẩm định chấp nhận báo cáo không có mã băm)",
     "the report carries no digest: its integrity cannot be checked (the reviewer accepts reports without one)"},
    CatalogEntry{"CPTT-N201", "", N,
     "báo cáo dùng dữ liệu tham chiếu “{id}” phiên bản {version}, dữ liệu đang dùng để thẩm định: phiên bản {loaded}",
     "the report used reference data “{id}” version {version}, the review uses version {loaded}"},
    CatalogEntry{"CPTT-N201", "absent", N,
     "báo cáo dùng dữ liệu tham chiếu “{id}” phiên bản {version}, dữ liệu đang dùng để thẩm định: không có",
     "the report used reference data “{id}” version {version}, the review has none"},
    CatalogEntry{"CPTT-N202", "", N,
     "báo cáo không ghi phiên bản dữ liệu tham chiếu đã dùng",
     "the report does not name the reference-data versions it used"},
    CatalogEntry{"CPTT-E204", "", E,
     "chữ ký số của báo cáo không hợp lệ: {reason}; không tin được nội dung, yêu cầu gửi lại báo cáo đã ký",
     "the report's digital signature is invalid: {reason}; do not trust the content, ask for a newly signed report"},
    CatalogEntry{"CPTT-W204", "", W,
     "báo cáo được ký bởi {signer} nhưng chứng thư không được tin cậy: {reason}",
     "the report is signed by {signer} but the certificate is not trusted: {reason}"},
    CatalogEntry{"CPTT-W204", "expired", W,
     "báo cáo được ký bởi {signer} nhưng chứng thư không có hiệu lực lúc ký ({signed_at})",
     "the report is signed by {signer} but the certificate was not valid at the signing time ({signed_at})"},
    CatalogEntry{"CPTT-N204", "", N,
     "báo cáo được ký số bởi {signer}; chữ ký hợp lệ, nội dung không đổi từ khi ký",
     "the report is digitally signed by {signer}; the signature is valid, nothing changed since signing"},

    // Review: recompute. The same texts for every figure: {field} is the figure's name.
#define CPTT_FIGURE(code)                                                                           \
    CatalogEntry{code, "", E,                                                                      \
     "{field}: khai báo {declared}, tính lại {recomputed}, chênh lệch {difference}",               \
     "{field}: declared {declared}, recomputed {recomputed}, difference {difference}"},           \
    CatalogEntry{code, "text", E, "{field}: khai báo “{declared}”, tính lại “{recomputed}”",       \
     "{field}: declared “{declared}”, recomputed “{recomputed}”"}
    CPTT_FIGURE("CPTT-E210"),
    CatalogEntry{"CPTT-E210", "missing", E, "mức thu nhập “{rate}” không có trong kết quả khai báo",
     "the rate “{rate}” is missing from the declared results"},
    CatalogEntry{"CPTT-E210", "extra", E, "kết quả có mức thu nhập “{rate}” mà hồ sơ không có",
     "the results hold a rate “{rate}” the inputs do not have"},
    CPTT_FIGURE("CPTT-E211"),
    CPTT_FIGURE("CPTT-E212"),
    CPTT_FIGURE("CPTT-E213"),
    CPTT_FIGURE("CPTT-E214"),
    CPTT_FIGURE("CPTT-E215"),
#undef CPTT_FIGURE
    CatalogEntry{"CPTT-E216", "", E, "thủ tục “{name}” không có trong kết quả khai báo",
     "the procedure “{name}” is missing from the declared results"},
    CatalogEntry{"CPTT-E217", "", E, "kết quả có thủ tục “{procedure}” mà hồ sơ không có",
     "the results hold a procedure “{procedure}” the inputs do not have"},
    CatalogEntry{"CPTT-E218", "", E, "bảng tính không có trong kết quả khai báo",
     "the worksheet is missing from the declared results"},
    CatalogEntry{"CPTT-E218", "extra", E, "kết quả có bảng tính mà hồ sơ không có",
     "the results hold a worksheet the inputs do not have"},
    CatalogEntry{"CPTT-E219", "", E,
     "kết quả khai báo có {declared} dòng công việc, hồ sơ có {recomputed}",
     "the declared results have {declared} task rows, the inputs {recomputed}"},
    CatalogEntry{"CPTT-E220", "", E,
     "không tính lại được từ số liệu đầu vào của báo cáo: {error}",
     "the report's inputs cannot be computed: {error}"},

    // Review: completeness.
    CatalogEntry{"CPTT-E230", "", E,
     "thiếu bộ phận tạo thành “{component}” hoặc chưa ghi điều, khoản của dự thảo quy định bộ phận này: quy định bộ phận này và ghi điều, khoản",
     "the procedure's component “{component}” is missing or no place in the draft is cited for it: set it and cite the article",
     "Điều 8 Nghị định 63/2010/NĐ-CP", "Decree 63/2010 Art. 8"},
    CatalogEntry{"CPTT-W231", "", W,
     "bản đánh giá chưa nêu bộ phận tạo thành bắt buộc “{component}”: trả lời các câu hỏi về bộ phận này",
     "the assessment does not address the mandatory component “{component}”: answer its questions",
     "Điều 8 Nghị định 63/2010/NĐ-CP", "Decree 63/2010 Art. 8"},

    // Review: plausibility (thresholds in data/reference/plausibility.xml).
    CatalogEntry{"CPTT-W240", "", W,
     "công việc “{name}” mất {hours} giờ, vượt {factor} lần mức phức tạp của danh mục ({complex} giờ, “{activity}”): kiểm tra số giờ hoặc ghi căn cứ",
     "the task “{name}” takes {hours} hours, over {factor} times the catalogue's complex value ({complex} hours, “{activity}”): check the hours or give the evidence"},
    CatalogEntry{"CPTT-W241", "", W,
     "công việc “{name}” mất {hours} giờ cho một lần thực hiện, vượt mức {limit} giờ: kiểm tra số giờ",
     "the task “{name}” takes {hours} hours per filing, over the limit of {limit} hours: check the hours"},
    CatalogEntry{"CPTT-W242", "", W,
     "tổng thời gian một lần thực hiện là {hours} giờ, vượt mức {limit} giờ: kiểm tra số giờ",
     "one filing takes {hours} hours in all, over the limit of {limit} hours: check the hours"},
    CatalogEntry{"CPTT-W243", "", W,
     "công việc “{name}” ghi {hours} giờ, định mức chính thức × số lượng là {expected} giờ, không có giải trình: dùng định mức hoặc ghi căn cứ",
     "the task “{name}” has {hours} hours, the official norm × units gives {expected} hours, with no evidence note: use the norm or give the evidence"},
    CatalogEntry{"CPTT-N243", "", N,
     "công việc “{name}” ghi {hours} giờ, định mức chính thức × số lượng là {expected} giờ; có giải trình: “{evidence}”",
     "the task “{name}” has {hours} hours, the official norm × units gives {expected} hours; evidence: “{evidence}”"},
    CatalogEntry{"CPTT-W244", "", W,
     "số lượt đi lại hoặc số trang tờ khai {units} vượt mức {limit}: kiểm tra số lượng",
     "{units} trips or form pages, over the limit of {limit}: check the number"},
    CatalogEntry{"CPTT-W245", "", W,
     "GDP bình quân đầu người năm {year} ghi là {value} đồng, số liệu công bố là {published} đồng ({source}): sửa theo số liệu công bố",
     "the GDP per capita of {year} is given as {value} VND, the published figure is {published} VND ({source}): use the published figure"},
    CatalogEntry{"CPTT-W245", "gdp", W,
     "GDP năm {year} ghi là {value} đồng, số liệu công bố là {published} đồng ({source}): sửa theo số liệu công bố",
     "the GDP of {year} is given as {value} VND, the published figure is {published} VND ({source}): use the published figure"},
    CatalogEntry{"CPTT-W245", "population", W,
     "dân số trung bình năm {year} ghi là {value} người, số liệu công bố là {published} người ({source}): sửa theo số liệu công bố",
     "the average population of {year} is given as {value}, the published figure is {published} ({source}): use the published figure"},
    CatalogEntry{"CPTT-N246", "", N,
     "mức thu nhập nhập trực tiếp {rate} đồng/giờ, không phải mức theo GDP bình quân đầu người năm {year} ({legal} đồng/giờ), chênh lệch {deviation} %",
     "a rate entered directly, {rate} VND/hour, instead of the rate from the GDP per capita of {year} ({legal} VND/hour), {deviation} % apart",
     "khoản 4 Điều 11 Thông tư 03/2022/TT-BTP", "TT 03/2022 Art. 11(4)"},
    CatalogEntry{"CPTT-W247", "", W,
     "mức thu nhập nhập trực tiếp {rate} đồng/giờ, không phải mức theo GDP bình quân đầu người năm {year} ({legal} đồng/giờ), chênh lệch {deviation} %: dùng mức theo GDP hoặc giải trình",
     "a rate entered directly, {rate} VND/hour, differs from the rate from the GDP per capita of {year} ({legal} VND/hour) by {deviation} %: use the GDP-based rate or explain",
     "khoản 4 Điều 11 Thông tư 03/2022/TT-BTP", "TT 03/2022 Art. 11(4)"},
    CatalogEntry{"CPTT-N248", "", N,
     "hồ sơ không ghi năm tính toán nên không kiểm tra được năm của số liệu thu nhập: nhập năm tính",
     "no calculation year: the rate's year cannot be checked; enter the calculation year"},
    CatalogEntry{"CPTT-N249", "", N,
     "mức thu nhập nhập trực tiếp; không có số liệu GDP để so sánh",
     "a rate entered directly; no GDP figure to compare it with"},
    CatalogEntry{"CPTT-W250", "", W,
     "số lần thực hiện mỗi năm {frequency} vượt mức {limit}: kiểm tra tần suất",
     "{frequency} filings per year, over the limit of {limit}: check the frequency"},
    CatalogEntry{"CPTT-W251", "", W,
     "số đối tượng bằng 0: chi phí cả năm bằng 0; nếu không dự báo được, hãy tính cho một trường hợp",
     "zero subjects: the annual cost is 0; use one case when no forecast is possible"},
    CatalogEntry{"CPTT-W252", "", W,
     "số đối tượng mỗi năm {subjects} vượt mức {limit}: kiểm tra số đối tượng",
     "{subjects} subjects per year, over the limit of {limit}: check the number"},
    CatalogEntry{"CPTT-W253", "", W,
     "phí, lệ phí “{name}” {amount} đồng vượt mức {limit} đồng: kiểm tra mức phí",
     "the fee “{name}” of {amount} VND is over the limit of {limit} VND: check the amount"},
    CatalogEntry{"CPTT-W254", "", W,
     "chi phí tư vấn, dịch vụ {amount} đồng vượt mức {limit} đồng: kiểm tra chi phí",
     "advice and service costs of {amount} VND, over the limit of {limit} VND: check the costs"},
    CatalogEntry{"CPTT-W255", "", W,
     "công việc {tasks} chưa có ghi chú căn cứ số liệu (khảo sát, định mức, báo giá…): ghi căn cứ",
     "tasks {tasks} have no evidence note (survey, norm, quote…): give the evidence"},
    CatalogEntry{"CPTT-W256", "", W,
     "chưa ghi căn cứ của số lần thực hiện mỗi năm: ghi căn cứ",
     "the frequency has no evidence note: give the evidence"},
    CatalogEntry{"CPTT-W257", "", W, "chưa ghi nguồn dự báo số đối tượng: ghi nguồn",
     "the forecast of subjects has no source: give the source"},
    CatalogEntry{"CPTT-W258", "", W,
     "thủ tục sửa đổi nhưng phương án đề xuất tốn kém hơn hiện hành: một lần thực hiện {current_filing} → {proposed_filing} đồng, cả năm {current_annual} → {proposed_annual} đồng; kiểm tra phương án",
     "an amended procedure whose proposed variant costs more than the current one: per filing {current_filing} → {proposed_filing} VND, per year {current_annual} → {proposed_annual} VND; check the proposal"},

};
// clang-format on

} // namespace

std::span<const CatalogEntry> review_finding_texts() { return entries; }

} // namespace cptt::detail
