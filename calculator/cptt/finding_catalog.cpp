#include "cptt/finding_catalog.h"

#include <array>

namespace cptt {
namespace {

constexpr Severity E = Severity::error;
constexpr Severity W = Severity::warning;
constexpr Severity N = Severity::note;

// clang-format off
constexpr std::array entries{
    // Dossier rules (rules.cpp, cptt validate).
    CatalogEntry{"CPTT-E001", "", E,
     "thủ tục “{name}” ({kind}) thiếu bảng tính chi phí hiện hành: thêm bảng tính chi phí trước khi sửa đổi, bãi bỏ",
     "the procedure “{name}” ({kind}) has no current worksheet: add the worksheet of its cost before the change"},
    CatalogEntry{"CPTT-E002", "", E,
     "thủ tục “{name}” ({kind}) thiếu bảng tính chi phí đề xuất: thêm bảng tính chi phí theo dự thảo",
     "the procedure “{name}” ({kind}) has no proposed worksheet: add the worksheet of its cost under the draft"},
    CatalogEntry{"CPTT-E003", "", E, "dự thảo chưa có tên: nhập tên dự thảo văn bản",
     "the draft has no title: enter the draft's title"},
    CatalogEntry{"CPTT-E004", "", E, "thủ tục chưa có tên: nhập tên thủ tục như trong dự thảo",
     "the procedure has no name: enter its name as the draft writes it"},
    CatalogEntry{"CPTT-E005", "", E, "công việc chưa có tên: nhập tên công việc",
     "the task has no name: enter its name"},
    CatalogEntry{"CPTT-E006", "", E, "phí, lệ phí chưa có tên: nhập tên khoản phí",
     "the fee has no name: enter its name"},
    CatalogEntry{"CPTT-E010", "", E, "không tính được chi phí của hồ sơ: {error}",
     "the dossier's costs cannot be computed: {error}"},
    CatalogEntry{"CPTT-W001", "", W, "hồ sơ chưa có thủ tục hành chính nào: thêm các thủ tục dự thảo quy định",
     "the dossier has no procedure: add the procedures the draft sets"},
    CatalogEntry{"CPTT-W002", "", W,
     "mức thu nhập “{rate}” chưa ghi nguồn số liệu: ghi cơ quan công bố và năm số liệu",
     "the income rate “{rate}” has no source: name the publisher and the year of the figure"},
    CatalogEntry{"CPTT-W003", "", W,
     "số liệu năm {year} nhưng năm tính là {calculation_year}: dùng số liệu năm {expected}, năm liền trước năm tính",
     "the statistic is of {year} but the calculation year is {calculation_year}: use the figure of {expected}, the year before",
     "khoản 4 Điều 11 Thông tư 03/2022/TT-BTP", "TT 03/2022 Art. 11(4)"},
    CatalogEntry{"CPTT-W003", "latest-published", W,
     "số liệu năm {year} chưa được công bố vào năm tính {calculation_year}: dùng số liệu năm gần nhất đã công bố",
     "the statistic is of {year}, not yet published in the calculation year {calculation_year}: use the latest published figure",
     "khoản 4 Điều 9 Thông tư 07/2014/TT-BTP", "TT 07/2014 Art. 9(4)"},
    CatalogEntry{"CPTT-W004", "", W,
     "chưa giải trình nội dung đơn giản hóa: nêu những gì dự thảo thay đổi và lợi ích",
     "the simplification is not explained: say what the draft changes and what it saves"},
    CatalogEntry{"CPTT-W004", "abolished", W, "chưa nêu lý do bãi bỏ thủ tục: nêu lý do",
     "no reason is given for abolishing the procedure: give the reason"},
    CatalogEntry{"CPTT-W005", "", W,
     "chưa ghi điều, khoản của dự thảo quy định thủ tục: ghi điều, khoản (ví dụ “Điều 5, khoản 2”)",
     "no article of the draft is cited for the procedure: cite the article (e.g. “Art. 5(2)”)"},
    CatalogEntry{"CPTT-W010", "", W,
     "bảng tính không có công việc và không có phí: thêm các công việc người thực hiện thủ tục phải làm",
     "the worksheet has no task and no fee: add the tasks a filer has to do"},
    CatalogEntry{"CPTT-W011", "", W,
     "công việc “{name}” không có giờ và không có chi phí: nhập số giờ hoặc chi phí",
     "the task “{name}” has no hours and no cost: enter its hours or costs"},
    CatalogEntry{"CPTT-W012", "", W,
     "phí “{name}” chưa ghi căn cứ pháp lý: ghi văn bản quy định mức phí",
     "the fee “{name}” has no legal basis: cite the act that sets it"},
    CatalogEntry{"CPTT-W013", "", W,
     "tính cho một trường hợp nhưng chưa nêu lý do không dự báo được số đối tượng: nêu lý do",
     "one case is used without saying why no forecast of subjects is possible: give the reason"},
    CatalogEntry{"CPTT-W014", "", W,
     "thủ tục “{name}” ghi cấp giải quyết là cấp huyện nhưng dự thảo tính chi phí năm {year}: từ 01/7/2025 không còn cấp huyện; chọn cấp tỉnh hoặc cấp xã",
     "the procedure “{name}” is handled at district level, but the draft is calculated in {year}: there is no district level since 1 July 2025; choose the provincial or the commune level",
     "Luật Tổ chức chính quyền địa phương ngày 16/6/2025", "Law on Local Government Organisation of 16 June 2025"},
    CatalogEntry{"CPTT-W014", "travel", W,
     "công việc “{name}” dùng định mức đi lại cấp huyện nhưng dự thảo tính chi phí năm {year}: từ 01/7/2025 không còn cấp huyện; dùng định mức cấp tỉnh hoặc cấp xã",
     "the task “{name}” uses the district-level travel norm, but the draft is calculated in {year}: there is no district level since 1 July 2025; use the provincial or the commune norm",
     "Luật Tổ chức chính quyền địa phương ngày 16/6/2025", "Law on Local Government Organisation of 16 June 2025"},
    CatalogEntry{"CPTT-W100", "", W, "biểu mẫu không dùng được: {error}",
     "a form definition was not loaded: {error}"},

    // Forms engine (forms/form_finding.h).
    CatalogEntry{"CPTT-E101", "", E,
     "không có biểu mẫu “{form}” trong thư mục biểu mẫu; câu trả lời được giữ lại nhưng không được kiểm tra",
     "there is no form “{form}” in the forms folder; the answers are kept but not checked"},
    CatalogEntry{"CPTT-E102", "", E, "hồ sơ không có thủ tục “{procedure}”: sửa mã thủ tục của câu trả lời",
     "the dossier has no procedure “{procedure}”: correct the answers' procedure"},
    CatalogEntry{"CPTT-E103", "", E,
     "câu trả lời cho biểu mẫu theo từng thủ tục nhưng không ghi thủ tục nào",
     "answers to a per-procedure form name no procedure"},
    CatalogEntry{"CPTT-E104", "", E,
     "thủ tục “{name}” ({kind}) chưa có biểu mẫu đánh giá {form}: điền biểu mẫu này",
     "the procedure “{name}” ({kind}) has no assessment form {form}: fill in this form",
     "Điều 5 Thông tư 03/2022/TT-BTP", "TT 03/2022 Art. 5"},
    CatalogEntry{"CPTT-E104", "draft", E,
     "dự thảo chưa có biểu mẫu đánh giá {form}: điền biểu mẫu này",
     "the draft has no assessment form {form}: fill in this form",
     "Điều 5 Thông tư 03/2022/TT-BTP", "TT 03/2022 Art. 5"},
    CatalogEntry{"CPTT-E105", "", E, "chưa trả lời: trả lời câu hỏi này",
     "not answered: answer this question"},
    CatalogEntry{"CPTT-E105", "table", E, "bảng cần ít nhất {rows} dòng: thêm dòng",
     "the table needs at least {rows} rows: add rows"},
    CatalogEntry{"CPTT-E106", "", E,
     "chưa nêu lý do cho câu trả lời “{answer}”[ ({reason})]: nêu lý do",
     "no reason is given for the answer “{answer}”[ ({reason})]: give the reason"},
    CatalogEntry{"CPTT-E106", "text", E, "chưa nêu lý do[ ({reason})]: nêu lý do",
     "no reason is given[ ({reason})]: give the reason"},
    CatalogEntry{"CPTT-E107", "", E, "{problem}: sửa câu trả lời", "{problem}: correct the answer"},
    CatalogEntry{"CPTT-W101", "", W, "{problem}", "{problem}"},
    CatalogEntry{"CPTT-W102", "", W, "{problem}", "{problem}"},
    CatalogEntry{"CPTT-W103", "", W,
     "biểu mẫu {form} không dùng cho thủ tục loại “{kind}”: dùng biểu mẫu của loại thủ tục này",
     "the form {form} is not for a procedure of kind “{kind}”: use the form of that kind"},
    CatalogEntry{"CPTT-W104", "", W,
     "hồ sơ dùng biểu mẫu của nhiều thế hệ ({generations}); kiểm tra theo {generation}",
     "the dossier uses assessment forms of several generations ({generations}); checked as {generation}"},
    CatalogEntry{"CPTT-W105", "", W,
     "câu trả lời “{answer}” kết thúc đánh giá: các câu hỏi sau không phải trả lời",
     "the answer “{answer}” ends the assessment: the later questions are closed"},
    CatalogEntry{"CPTT-W105", "not-necessary", W,
     "câu trả lời “{answer}”: thủ tục không cần thiết, dự thảo không nên quy định thủ tục này; các câu hỏi sau không phải trả lời",
     "the answer “{answer}”: the procedure is not necessary, the draft should not set it; the later questions are closed",
     "Điều 10 Thông tư 03/2022/TT-BTP", "TT 03/2022 Art. 10"},
    CatalogEntry{"CPTT-W106", "", W, "{warning}", "{warning}"},
    CatalogEntry{"CPTT-N101", "", N, "câu trả lời được giữ lại nhưng không được tính vì {why}",
     "the answer is kept but not counted: {why}"},
    CatalogEntry{"CPTT-N102", "", N,
     "bộ phận “{component}” không được đánh giá vì dự thảo không quy định chi tiết hay sửa đổi bộ phận này ({toggle} = Không); {kept} câu trả lời được giữ lại nhưng không được tính",
     "the component “{component}” is not assessed: the draft does not change it ({toggle} = No); {kept} answer(s) kept, not counted"},
    CatalogEntry{"CPTT-N103", "", N,
     "biểu mẫu {form} ({generation}) chưa được đối chiếu với văn bản chính thức; nội dung chờ xác nhận",
     "the form {form} ({generation}) awaits confirmation against the official text"},
    CatalogEntry{"CPTT-N104", "", N,
     "giá trị này được tính từ hồ sơ; câu trả lời trong tệp không được dùng",
     "this figure is computed from the dossier; the answer in the file is not used"},
    CatalogEntry{"CPTT-N105", "", N,
     "các câu trả lời được ghi theo phiên bản {written} của biểu mẫu {form}, biểu mẫu nay là phiên bản {version}: câu trả lời được đọc theo câu hỏi hiện hành[ ({moved} câu trả lời chuyển sang câu hỏi đổi mã)]; kiểm tra lại theo nội dung mới",
     "the answers were written with version {written} of the form {form}, which is now version {version}: they are read under its current questions[ ({moved} moved to a renamed question)]; check them against the new wording"},

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

const Arg* find(const std::vector<Arg>& args, std::string_view name) {
  for (const Arg& a : args)
    if (a.name == name)
      return &a;
  return nullptr;
}

// Fills "{name}" in [begin, end); `complete` is cleared when an argument is missing or empty.
std::string fill(std::string_view text, const std::vector<Arg>& args, Language language,
                 bool& complete) {
  std::string out;
  out.reserve(text.size() + 32);
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '{') {
      const std::size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        const Arg* a = find(args, text.substr(i + 1, close - i - 1));
        const std::string value = a ? a->value.in(language) : std::string();
        if (value.empty())
          complete = false;
        out += value;
        i = close + 1;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

} // namespace

std::span<const CatalogEntry> finding_catalog() { return entries; }

const CatalogEntry* find_catalog_entry(std::string_view code, std::string_view variant) {
  const CatalogEntry* first = nullptr;
  for (const CatalogEntry& e : entries)
    if (e.code == code) {
      if (e.variant == variant)
        return &e;
      if (!first)
        first = &e;
    }
  return first;
}

std::vector<std::string_view> catalog_codes() {
  std::vector<std::string_view> out;
  for (const CatalogEntry& e : entries)
    if (out.empty() || out.back() != e.code)
      out.push_back(e.code);
  return out;
}

std::string expand_text(const CatalogEntry& entry, const std::vector<Arg>& args,
                        Language language) {
  const std::string_view text = language == Language::en ? entry.en : entry.vi;
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t open = text.find('[', i);
    const std::size_t close = open == std::string_view::npos ? open : text.find(']', open);
    bool complete = true;
    if (close == std::string_view::npos) {
      out += fill(text.substr(i), args, language, complete);
      break;
    }
    out += fill(text.substr(i, open - i), args, language, complete);
    bool optional_complete = true;
    std::string part =
        fill(text.substr(open + 1, close - open - 1), args, language, optional_complete);
    if (optional_complete)
      out += part;
    i = close + 1;
  }
  const std::string_view rule = language == Language::en ? entry.rule_en : entry.rule_vi;
  if (!rule.empty())
    out += " (" + std::string(rule) + ")";
  return out;
}

} // namespace cptt
