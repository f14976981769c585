<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AddTaskDialog</name>
    <message>
        <source>Thêm công việc từ danh mục</source>
        <translation>Add a task from the catalogue</translation>
    </message>
    <message>
        <source>Thêm công việc theo định mức chính thức</source>
        <translation>Add a task by the official norm</translation>
    </message>
    <message>
        <source>Thêm công việc</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AppDialogs</name>
    <message>
        <source>Mở hồ sơ</source>
        <translation>Open a dossier</translation>
    </message>
    <message>
        <source>Hồ sơ CPTT (*.cptt.xml *.xml)</source>
        <translation>CPTT dossiers (*.cptt.xml *.xml)</translation>
    </message>
    <message>
        <source>Lưu hồ sơ</source>
        <translation>Save the dossier</translation>
    </message>
    <message>
        <source>Hồ sơ CPTT (*.cptt.xml)</source>
        <translation>CPTT dossiers (*.cptt.xml)</translation>
    </message>
    <message>
        <source>Xuất báo cáo XML</source>
        <translation>Export the XML report</translation>
    </message>
    <message>
        <source>Báo cáo CPTT (*.report.xml)</source>
        <translation>CPTT report (*.report.xml)</translation>
    </message>
    <message>
        <source>Đã xuất báo cáo vào:
%1</source>
        <translation>Report exported to:
%1</translation>
    </message>
    <message>
        <source>Xuất văn bản đánh giá</source>
        <translation>Export the assessment document</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument (*.odt)</source>
        <translation>OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Đã xuất văn bản vào:
%1</source>
        <translation>Document exported to:
%1</translation>
    </message>
    <message>
        <source>Mở ý kiến thẩm định</source>
        <translation>Open review comments</translation>
    </message>
    <message>
        <source>Ý kiến thẩm định (*.review.xml)</source>
        <translation>Review comments (*.review.xml)</translation>
    </message>
    <message>
        <source>Hồ sơ có thay đổi chưa lưu</source>
        <translation>The dossier has unsaved changes</translation>
    </message>
    <message>
        <source>Lưu các thay đổi của &quot;%1&quot; trước khi tiếp tục?</source>
        <translation>Save the changes to &quot;%1&quot; before going on?</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Không lưu</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đã xuất báo cáo</source>
        <translation>Report exported</translation>
    </message>
    <message>
        <source>Đã xuất văn bản đánh giá</source>
        <translation>Assessment document exported</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Lưu các thay đổi của hồ sơ mới trước khi tiếp tục?</source>
        <translation>Save the changes to the new dossier before going on?</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Xuất</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Ghi lúc %1; hồ sơ chưa lưu vào tệp nào</source>
        <translation>Written at %1; the dossier was never saved to a file</translation>
    </message>
    <message>
        <source>Ghi lúc %1; bản sao của %2</source>
        <translation>Written at %1; a copy of %2</translation>
    </message>
    <message>
        <source>Hồ sơ chưa đặt tên</source>
        <translation>Untitled dossier</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>Có bản sao phục hồi của tệp này, ghi lúc %1, mới hơn tệp đã lưu: lần làm việc trước kết thúc khi còn thay đổi chưa lưu.</source>
        <translation>There is a recovery copy of this file, written at %1, newer than the saved file: the last session ended with unsaved changes.</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Khôi phục bản sao phục hồi</source>
        <translation>Restore the recovery copy</translation>
    </message>
    <message>
        <source>Bỏ bản sao</source>
        <translation>Discard copy</translation>
    </message>
    <message>
        <source>Bỏ bản sao phục hồi</source>
        <translation>Discard the recovery copy</translation>
    </message>
    <message numerus="yes">
        <source>%n ô nhập chưa hợp lệ</source>
        <translation>
            <numerusform>%n invalid entry</numerusform>
            <numerusform>%n invalid entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Có thay đổi chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Chưa lưu vào tệp</source>
        <translation>Not saved to a file</translation>
    </message>
</context>
<context>
    <name>AppToolBar</name>
    <message>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Tạo hồ sơ mới (Ctrl+N)</source>
        <translation>Create a new dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Mở…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Mở hồ sơ (Ctrl+O)</source>
        <translation>Open a dossier (Ctrl+O)</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Lưu hồ sơ (Ctrl+S)</source>
        <translation>Save the dossier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Lưu thành…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Lưu hồ sơ thành tệp khác</source>
        <translation>Save the dossier to another file</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đóng hồ sơ</source>
        <translation>Close the dossier</translation>
    </message>
    <message>
        <source>Hoàn tác: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Hoàn tác: %1 (Ctrl+Z)</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Làm lại: %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>Làm lại: %1 (Ctrl+Y)</source>
        <translation>Redo: %1 (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Xuất báo cáo…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <source>Xuất báo cáo XML</source>
        <translation>Export the XML report</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Tổng hợp</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Trang đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Về trang đầu</source>
        <translation>Back to the start screen</translation>
    </message>
    <message>
        <source>Màn hình %1</source>
        <translation>Screen %1</translation>
    </message>
    <message>
        <source>Xuất văn bản…</source>
        <translation>Export document…</translation>
    </message>
    <message>
        <source>Xuất văn bản đánh giá (PDF, ODT)</source>
        <translation>Export the assessment document (PDF, ODT)</translation>
    </message>
    <message>
        <source>Ý kiến thẩm định…</source>
        <translation>Review comments…</translation>
    </message>
    <message>
        <source>Mở ý kiến thẩm định trả về cho hồ sơ này</source>
        <translation>Open the review comments returned for this dossier</translation>
    </message>
    <message>
        <source>Mở tệp ý kiến thẩm định (*.review.xml) để xem từng ý kiến ngay tại chỗ</source>
        <translation>Open a review file (*.review.xml) to see each comment in place</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>Mẫu %1: %2</source>
        <translation>Form %1: %2</translation>
    </message>
    <message>
        <source>Đã trả lời %1/%2 (%3 %)</source>
        <translation>Answered %1/%2 (%3 %)</translation>
    </message>
    <message>
        <source>Tiến độ trả lời biểu mẫu</source>
        <translation>Progress of the form&apos;s answers</translation>
    </message>
    <message>
        <source>Thế hệ biểu mẫu %1. %2</source>
        <translation>Form generation %1. %2</translation>
    </message>
    <message>
        <source>⚠ Nội dung biểu mẫu được dựng lại từ các điều khoản, chưa đối chiếu với văn bản chính thức; các phần chưa đối chiếu được đánh dấu.</source>
        <translation>⚠ The form&apos;s content is reconstructed from the articles and not yet checked against the official text; unchecked parts are marked.</translation>
    </message>
</context>
<context>
    <name>AssessmentSummaryBox</name>
    <message>
        <source>Tóm tắt kết quả đánh giá (in vào Mẫu 01/ĐGTĐ-BC)</source>
        <translation>Summary of the assessment (printed in form 01/ĐGTĐ-BC)</translation>
    </message>
    <message>
        <source>Văn bản bạn đã sửa: được in thay cho bản lập từ câu trả lời và không tự cập nhật khi câu trả lời thay đổi.</source>
        <translation>Your edited text: printed instead of the one made from the answers, and not updated when the answers change.</translation>
    </message>
    <message>
        <source>Lập từ câu trả lời của biểu %1 (kết luận và lý do từng phần); có thể sửa trước khi xuất, bản sửa được lưu trong hồ sơ.</source>
        <translation>Made from the answers to form %1 (each part&apos;s conclusion and reasons); you may edit it before export, and the edited text is saved in the dossier.</translation>
    </message>
    <message>
        <source>Nội dung sẽ in</source>
        <translation>Text to be printed</translation>
    </message>
    <message>
        <source>Chưa có câu trả lời: văn bản in dòng chấm để điền tay.</source>
        <translation>No answers yet: the document prints dotted lines to fill in by hand.</translation>
    </message>
    <message>
        <source>Lập lại từ câu trả lời</source>
        <translation>Make it again from the answers</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Trước và sau dự thảo, theo thủ tục</source>
        <translation>Before and after the draft, by procedure</translation>
    </message>
    <message>
        <source>Trước dự thảo</source>
        <translation>Before the draft</translation>
    </message>
    <message>
        <source>Sau dự thảo</source>
        <translation>After the draft</translation>
    </message>
    <message>
        <source>%1: trước %2, sau %3</source>
        <translation>%1: before %2, after %3</translation>
    </message>
</context>
<context>
    <name>CatalogueList</name>
    <message>
        <source>Mức độ:</source>
        <translation>Complexity:</translation>
    </message>
    <message>
        <source>Đơn giản</source>
        <translation>Simple</translation>
    </message>
    <message>
        <source>Mức độ đơn giản</source>
        <translation>Simple case</translation>
    </message>
    <message>
        <source>Trung bình</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Mức độ trung bình</source>
        <translation>Medium case</translation>
    </message>
    <message>
        <source>Phức tạp</source>
        <translation>Complex</translation>
    </message>
    <message>
        <source>Mức độ phức tạp</source>
        <translation>Complex case</translation>
    </message>
    <message>
        <source>Danh mục công việc</source>
        <translation>Catalogue of tasks</translation>
    </message>
    <message>
        <source>theo định mức chính thức</source>
        <translation>by the official norm</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Cần hoàn thiện (%1)</source>
        <translation>To complete (%1)</translation>
    </message>
    <message>
        <source>Không còn mục nào cần hoàn thiện.</source>
        <translation>Nothing left to complete.</translation>
    </message>
    <message>
        <source>Đi tới: %1</source>
        <translation>Go to: %1</translation>
    </message>
    <message>
        <source>Thủ tục %1</source>
        <translation>Procedure %1</translation>
    </message>
    <message>
        <source>Sửa →</source>
        <translation>Fix →</translation>
    </message>
</context>
<context>
    <name>CommentNote</name>
    <message>
        <source>Ý kiến thẩm định: %1</source>
        <translation>Review comment: %1</translation>
    </message>
    <message>
        <source>Ý kiến thẩm định</source>
        <translation>Review comment</translation>
    </message>
</context>
<context>
    <name>CompareRow</name>
    <message>
        <source>(công việc mới)</source>
        <translation>(new task)</translation>
    </message>
    <message>
        <source>(bỏ công việc này)</source>
        <translation>(task removed)</translation>
    </message>
</context>
<context>
    <name>CompareTotals</name>
    <message>
        <source>Hiện hành</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Sau đơn giản hoá</source>
        <translation>After simplification</translation>
    </message>
    <message>
        <source>Chênh lệch</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>%1: chênh lệch %2</source>
        <translation>%1: difference %2</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DeltaCell</name>
    <message>
        <source>%1 thành %2, chênh lệch %3</source>
        <translation>%1 becomes %2, difference %3</translation>
    </message>
</context>
<context>
    <name>DossierDocument</name>
    <message>
        <source>Đã tạo hồ sơ mới.</source>
        <translation>New dossier created.</translation>
    </message>
    <message>
        <source>Đã mở %1.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa có tên tệp: hãy chọn &quot;Lưu thành&quot;.</source>
        <translation>The dossier has no file name yet: choose &quot;Save as&quot;.</translation>
    </message>
    <message>
        <source>Chưa chọn tệp để lưu.</source>
        <translation>No file chosen to save to.</translation>
    </message>
    <message>
        <source>Không lưu được %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Đã lưu vào %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Đã khôi phục bản sao chưa lưu. Hãy lưu hồ sơ.</source>
        <translation>Unsaved copy restored. Please save the dossier.</translation>
    </message>
    <message>
        <source>Không ghi được bản sao phục hồi: %1</source>
        <translation>Could not write the recovery copy: %1</translation>
    </message>
    <message>
        <source>Chưa chọn tệp để xuất báo cáo.</source>
        <translation>No file chosen for the report.</translation>
    </message>
    <message>
        <source>Không xuất được báo cáo %1: %2</source>
        <translation>Could not export the report %1: %2</translation>
    </message>
    <message>
        <source>Đã xuất báo cáo vào %1.</source>
        <translation>Report exported to %1.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa đặt tên</source>
        <translation>Unnamed dossier</translation>
    </message>
    <message>
        <source>Giai đoạn không hợp lệ: %1</source>
        <translation>Invalid stage: %1</translation>
    </message>
    <message>
        <source>Trường không xác định: %1</source>
        <translation>Unknown field: %1</translation>
    </message>
    <message>
        <source>Sửa thông tin dự thảo</source>
        <translation>Edit draft details</translation>
    </message>
    <message>
        <source>Thêm mức thu nhập</source>
        <translation>Add income rate</translation>
    </message>
    <message>
        <source>Xoá mức thu nhập</source>
        <translation>Remove income rate</translation>
    </message>
    <message>
        <source>Không có mức thu nhập thứ %1.</source>
        <translation>There is no income rate number %1.</translation>
    </message>
    <message>
        <source>Sửa mức thu nhập</source>
        <translation>Edit income rate</translation>
    </message>
    <message>
        <source>Loại thủ tục không hợp lệ: %1</source>
        <translation>Invalid procedure kind: %1</translation>
    </message>
    <message>
        <source>Thêm thủ tục</source>
        <translation>Add procedure</translation>
    </message>
    <message>
        <source> (bản sao)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <source>Nhân bản thủ tục</source>
        <translation>Duplicate procedure</translation>
    </message>
    <message>
        <source>Xoá thủ tục</source>
        <translation>Remove procedure</translation>
    </message>
    <message>
        <source>Đổi thứ tự thủ tục</source>
        <translation>Reorder procedures</translation>
    </message>
    <message>
        <source>Không tìm thấy thủ tục %1.</source>
        <translation>Procedure %1 not found.</translation>
    </message>
    <message>
        <source>Cấp giải quyết không hợp lệ: %1</source>
        <translation>Invalid handling level: %1</translation>
    </message>
    <message>
        <source>Đối tượng không hợp lệ: %1</source>
        <translation>Invalid subject type: %1</translation>
    </message>
    <message>
        <source>Sửa thủ tục</source>
        <translation>Edit procedure</translation>
    </message>
    <message>
        <source>Chép bảng hiện hành sang phương án mới</source>
        <translation>Copy the current worksheet to the proposal</translation>
    </message>
    <message>
        <source>Thủ tục này không có bảng tính &quot;%1&quot;.</source>
        <translation>This procedure has no &quot;%1&quot; worksheet.</translation>
    </message>
    <message>
        <source>Sửa bảng tính chi phí</source>
        <translation>Edit cost worksheet</translation>
    </message>
    <message>
        <source>Thêm công việc</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Xoá công việc</source>
        <translation>Remove task</translation>
    </message>
    <message>
        <source>Đổi thứ tự công việc</source>
        <translation>Reorder tasks</translation>
    </message>
    <message>
        <source>Không có công việc thứ %1.</source>
        <translation>There is no task number %1.</translation>
    </message>
    <message>
        <source>Sửa công việc</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>Thêm phí, lệ phí</source>
        <translation>Add fee or charge</translation>
    </message>
    <message>
        <source>Xoá phí, lệ phí</source>
        <translation>Remove fee or charge</translation>
    </message>
    <message>
        <source>Không có khoản phí thứ %1.</source>
        <translation>There is no fee number %1.</translation>
    </message>
    <message>
        <source>Sửa phí, lệ phí</source>
        <translation>Edit fee or charge</translation>
    </message>
    <message>
        <source>Chưa lưu: tệp sẽ không mở lại được: %1</source>
        <translation>Not saved: the file would not open again: %1</translation>
    </message>
    <message>
        <source>Trả lời biểu mẫu</source>
        <translation>Answer the form</translation>
    </message>
    <message>
        <source>Chưa chọn tệp để xuất văn bản.</source>
        <translation>No file chosen for the document.</translation>
    </message>
    <message>
        <source>Không xuất được văn bản %1: %2</source>
        <translation>Could not export the document %1: %2</translation>
    </message>
    <message>
        <source>Đã xuất văn bản vào %1.</source>
        <translation>Document exported to %1.</translation>
    </message>
    <message>
        <source>Không có dòng %1 trong bảng.</source>
        <translation>There is no row %1 in the table.</translation>
    </message>
    <message>
        <source>Không chuyển được công việc %1 đến chỗ %2.</source>
        <translation>Could not move task %1 to position %2.</translation>
    </message>
    <message>
        <source>Bản sao phục hồi này không còn nữa: hồ sơ đã được lưu, hoặc bản sao đã được khôi phục hay bỏ đi ở nơi khác. Danh sách bản sao đã được cập nhật.</source>
        <translation>This recovery copy is no longer there: the dossier was saved, or the copy was restored or discarded elsewhere. The list of copies has been updated.</translation>
    </message>
    <message>
        <source>Bản sao phục hồi này đang được một cửa sổ CPTT khác dùng.</source>
        <translation>This recovery copy is in use by another CPTT window.</translation>
    </message>
    <message>
        <source>Đã bỏ bản sao phục hồi.</source>
        <translation>Recovery copy discarded.</translation>
    </message>
    <message>
        <source>Chưa cộng được tổng của dự thảo: %1</source>
        <translation>The draft&apos;s totals could not be added up: %1</translation>
    </message>
    <message>
        <source>Số lượng theo định mức: %1</source>
        <translation>Quantity under the norm: %1</translation>
    </message>
    <message>
        <source>Đã mở bản sao của %1: hãy &quot;Lưu thành&quot; để giữ lại.</source>
        <translation>Opened a copy of %1: use &quot;Save as&quot; to keep it.</translation>
    </message>
    <message>
        <source>Hồ sơ này không có bản tóm tắt kết quả đánh giá cho thủ tục.</source>
        <translation>This dossier has no assessment summary for the procedure.</translation>
    </message>
    <message>
        <source>Bảng định mức không có dòng cho định mức này.</source>
        <translation>The norm table has no row for this norm.</translation>
    </message>
    <message>
        <source>Số giờ theo định mức (%1) vượt quá %2 giờ.</source>
        <translation>The norm&apos;s hours (%1) exceed %2 hours.</translation>
    </message>
</context>
<context>
    <name>DraftDetails</name>
    <message>
        <source>Luật</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Nghị quyết</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Nghị định</source>
        <translation>Decree</translation>
    </message>
    <message>
        <source>Thông tư</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Dự thảo văn bản</source>
        <translation>Draft legal document</translation>
    </message>
    <message>
        <source>Tên dự thảo</source>
        <translation>Title of the draft</translation>
    </message>
    <message>
        <source>Loại văn bản</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Giai đoạn</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Đề nghị xây dựng</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Soạn thảo</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <source>Cơ quan chủ trì soạn thảo</source>
        <translation>Drafting body</translation>
    </message>
    <message>
        <source>Người liên hệ</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Năm tính chi phí</source>
        <translation>Calculation year</translation>
    </message>
    <message>
        <source>Ngày lập (YYYY-MM-DD)</source>
        <translation>Created (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Ngày sửa (YYYY-MM-DD)</source>
        <translation>Modified (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ExportedNotice</name>
    <message>
        <source>Đã ký số báo cáo</source>
        <translation>Report signed</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ký số…</source>
        <translation>Sign…</translation>
    </message>
</context>
<context>
    <name>FeeRow</name>
    <message>
        <source>Tên phí, lệ phí</source>
        <translation>Fee or charge name</translation>
    </message>
    <message>
        <source>Tên phí, lệ phí %1</source>
        <translation>Fee or charge name %1</translation>
    </message>
    <message>
        <source>Mức phí %1</source>
        <translation>Amount of fee %1</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý của phí %1</source>
        <translation>Legal basis of fee %1</translation>
    </message>
    <message>
        <source>Xoá phí %1</source>
        <translation>Remove fee %1</translation>
    </message>
</context>
<context>
    <name>FeeTable</name>
    <message>
        <source>Phí, lệ phí</source>
        <translation>Fees and charges</translation>
    </message>
    <message>
        <source>Tên phí, lệ phí</source>
        <translation>Fee or charge name</translation>
    </message>
    <message>
        <source>Mức phí</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>+ Phí, lệ phí</source>
        <translation>+ Fee or charge</translation>
    </message>
    <message>
        <source>Thêm phí, lệ phí</source>
        <translation>Add fee or charge</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>FormModel</name>
    <message>
        <source>Không đọc được định nghĩa biểu mẫu (thư mục forms/).</source>
        <translation>Could not read the form definitions (forms/ folder).</translation>
    </message>
    <message>
        <source>Thủ tục bãi bỏ không có biểu đánh giá riêng: lý do bãi bỏ (mục Thông tin chung) và lợi ích chi phí được đưa vào bản đánh giá tổng hợp 01/ĐGTĐ-BC.</source>
        <translation>An abolished procedure has no form of its own: the reason (General information) and the cost benefit go into the draft&apos;s summary assessment 01/ĐGTĐ-BC.</translation>
    </message>
    <message>
        <source>Không có biểu mẫu đánh giá cho loại thủ tục này ở giai đoạn và thế hệ biểu mẫu của hồ sơ.</source>
        <translation>No assessment form for this kind of procedure at the dossier&apos;s stage and form generation.</translation>
    </message>
    <message>
        <source>câu %1 “%2”</source>
        <translation>question %1 “%2”</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Nêu rõ lý do</source>
        <translation>State the reason</translation>
    </message>
    <message>
        <source>Không có biểu mẫu.</source>
        <translation>No form.</translation>
    </message>
    <message>
        <source>Câu %1 (&quot;%2&quot;) được trả lời &quot;%3&quot;: đánh giá dừng ở đây, các phần sau được đóng lại.</source>
        <translation>Question %1 (&quot;%2&quot;) is answered &quot;%3&quot;: the assessment stops here and the later sections are closed.</translation>
    </message>
    <message>
        <source>Chọn một thủ tục để xem biểu mẫu đánh giá của thủ tục đó.</source>
        <translation>Choose a procedure to see its assessment form.</translation>
    </message>
</context>
<context>
    <name>FormQuestion</name>
    <message>
        <source>chưa đối chiếu</source>
        <translation>not yet checked</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Phần này đã đóng vì đánh giá dừng ở %1.</source>
        <translation>This section is closed because the assessment stopped at %1.</translation>
    </message>
    <message>
        <source>Không đánh giá: dự thảo không thay đổi thành phần này (%1).</source>
        <translation>Not assessed: the draft does not change this component (%1).</translation>
    </message>
    <message>
        <source>Không áp dụng với các câu trả lời hiện tại.</source>
        <translation>Does not apply with the current answers.</translation>
    </message>
    <message>
        <source>Câu trả lời không hợp lệ</source>
        <translation>Invalid answer</translation>
    </message>
    <message>
        <source>Chưa trả lời</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>năm-tháng-ngày, ví dụ 2025-07-01</source>
        <translation>year-month-day, e.g. 2025-07-01</translation>
    </message>
    <message>
        <source>%1 (lấy từ hồ sơ)</source>
        <translation>%1 (from the dossier)</translation>
    </message>
    <message>
        <source>Lý do cho câu %1</source>
        <translation>Reason for question %1</translation>
    </message>
    <message>
        <source>Câu trả lời này cần nêu rõ lý do.</source>
        <translation>This answer needs a reason.</translation>
    </message>
    <message>
        <source>Ý kiến…</source>
        <translation>Comment…</translation>
    </message>
    <message>
        <source>Ý kiến về phần %1</source>
        <translation>Comment on section %1</translation>
    </message>
    <message>
        <source>Ý kiến về câu %1</source>
        <translation>Comment on question %1</translation>
    </message>
</context>
<context>
    <name>FormTable</name>
    <message>
        <source>Câu %1, dòng %2, %3</source>
        <translation>Question %1, row %2, %3</translation>
    </message>
    <message>
        <source>Xoá dòng %1 của câu %2</source>
        <translation>Remove row %1 of question %2</translation>
    </message>
    <message>
        <source>Xoá dòng này</source>
        <translation>Remove this row</translation>
    </message>
    <message>
        <source>Chưa có dòng nào.</source>
        <translation>No rows yet.</translation>
    </message>
    <message>
        <source>+ Thêm dòng</source>
        <translation>+ Add row</translation>
    </message>
    <message>
        <source>Thêm dòng vào câu %1</source>
        <translation>Add a row to question %1</translation>
    </message>
</context>
<context>
    <name>FormTableCell</name>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>năm-tháng-ngày</source>
        <translation>year-month-day</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Chưa nhập số.</source>
        <translation>No number entered.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: phải lớn hơn 0.</source>
        <translation>&quot;%1&quot;: must be greater than 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: không được âm.</source>
        <translation>&quot;%1&quot;: must not be negative.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: vượt quá %2.</source>
        <translation>&quot;%1&quot;: exceeds %2.</translation>
    </message>
</context>
<context>
    <name>GeneralInfo</name>
    <message>
        <source>Thông tin chung</source>
        <translation>General information</translation>
    </message>
    <message>
        <source>Tên thủ tục hành chính</source>
        <translation>Name of the administrative procedure</translation>
    </message>
    <message>
        <source>Mã trên Cơ sở dữ liệu quốc gia</source>
        <translation>Code in the national procedure database</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Loại thủ tục</source>
        <translation>Procedure kind</translation>
    </message>
    <message>
        <source>Cấp giải quyết</source>
        <translation>Handling level</translation>
    </message>
    <message>
        <source>Đối tượng thực hiện</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Điều, khoản của dự thảo quy định thủ tục (mỗi dòng một căn cứ)</source>
        <translation>Articles of the draft that set the procedure (one per line)</translation>
    </message>
    <message>
        <source>Lý do bãi bỏ</source>
        <translation>Reason for abolishing</translation>
    </message>
    <message>
        <source>Nội dung đơn giản hoá và lý do</source>
        <translation>What is simplified, and why</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CPTT: chi phí tuân thủ thủ tục hành chính</source>
        <translation>CPTT: compliance cost of administrative procedures</translation>
    </message>
</context>
<context>
    <name>NormForm</name>
    <message>
        <source>Định mức</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Địa bàn</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Số trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Số lượt đi lại</source>
        <translation>Trips</translation>
    </message>
    <message>
        <source>Nhập số lượt hoặc số trang: một số không âm, ví dụ 2 hoặc 1,5.</source>
        <translation>Enter the trips or pages: a number that is not negative, e.g. 2 or 1.5.</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Thời gian: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>Căn cứ: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
</context>
<context>
    <name>ProcedureDelegate</name>
    <message>
        <source>Thủ tục %1: %2</source>
        <translation>Procedure %1: %2</translation>
    </message>
    <message>
        <source>(chưa đặt tên)</source>
        <translation>(no name yet)</translation>
    </message>
    <message numerus="yes">
        <source>%n ý kiến thẩm định</source>
        <translation>
            <numerusform>%n review comment</numerusform>
            <numerusform>%n review comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcedureList</name>
    <message>
        <source>Thủ tục hành chính trong dự thảo (%1)</source>
        <translation>Administrative procedures in the draft (%1)</translation>
    </message>
    <message>
        <source>Thêm thủ tục…</source>
        <translation>Add procedure…</translation>
    </message>
    <message>
        <source>Thêm thủ tục</source>
        <translation>Add procedure</translation>
    </message>
    <message>
        <source>Thủ tục mới</source>
        <translation>New procedure</translation>
    </message>
    <message>
        <source>Thủ tục sửa đổi, bổ sung</source>
        <translation>Amended procedure</translation>
    </message>
    <message>
        <source>Thủ tục được quy định chi tiết</source>
        <translation>Detailed procedure</translation>
    </message>
    <message>
        <source>Thủ tục bị bãi bỏ</source>
        <translation>Abolished procedure</translation>
    </message>
    <message>
        <source>Nhân bản</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Nhân bản thủ tục đang chọn</source>
        <translation>Duplicate the selected procedure</translation>
    </message>
    <message>
        <source>Xoá</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Xoá thủ tục đang chọn (có thể hoàn tác)</source>
        <translation>Remove the selected procedure (can be undone)</translation>
    </message>
    <message>
        <source>Chuyển lên trên</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Chuyển xuống dưới</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Mở thủ tục</source>
        <translation>Open procedure</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Danh sách thủ tục</source>
        <translation>List of procedures</translation>
    </message>
    <message>
        <source>Chưa có thủ tục nào. Bấm &quot;Thêm thủ tục…&quot; để bắt đầu.</source>
        <translation>No procedure yet. Click &quot;Add procedure…&quot; to start.</translation>
    </message>
    <message>
        <source>Trước dự thảo (%1)</source>
        <translation>Before the draft (%1)</translation>
    </message>
    <message>
        <source>Sau dự thảo (%1)</source>
        <translation>After the draft (%1)</translation>
    </message>
</context>
<context>
    <name>ProcedurePage</name>
    <message>
        <source>← Danh sách</source>
        <translation>← List</translation>
    </message>
    <message>
        <source>Về danh sách thủ tục</source>
        <translation>Back to the list of procedures</translation>
    </message>
    <message>
        <source>(chưa đặt tên)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>Trước: %1   Sau: %2   Giảm: %3</source>
        <translation>Before: %1   After: %2   Reduction: %3</translation>
    </message>
    <message>
        <source>1. Thông tin chung</source>
        <translation>1. General information</translation>
    </message>
    <message>
        <source>2. Đánh giá tác động</source>
        <translation>2. Impact assessment</translation>
    </message>
    <message>
        <source>3. Chi phí tuân thủ</source>
        <translation>3. Compliance cost</translation>
    </message>
    <message>
        <source>4. Tóm tắt</source>
        <translation>4. Summary</translation>
    </message>
</context>
<context>
    <name>ProcedureSummary</name>
    <message>
        <source>Tóm tắt thủ tục</source>
        <translation>Procedure summary</translation>
    </message>
    <message>
        <source>Tỷ lệ cắt giảm</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <source>Thủ tục mới: trước dự thảo bằng 0, sau dự thảo là chi phí của thủ tục.</source>
        <translation>New procedure: 0 before the draft, its cost after.</translation>
    </message>
    <message>
        <source>Thủ tục bị bãi bỏ: sau dự thảo bằng 0; lợi ích là toàn bộ chi phí hiện hành.</source>
        <translation>Abolished procedure: 0 after the draft; the benefit is its whole current cost.</translation>
    </message>
    <message>
        <source>Tiết kiệm = trước − sau; tỷ lệ cắt giảm = tiết kiệm ÷ trước × 100, làm tròn 2 chữ số, giữ dấu.</source>
        <translation>Saving = before − after; reduction = saving ÷ before × 100, 2 decimals, sign kept.</translation>
    </message>
    <message>
        <source>Thủ tục đã đầy đủ.</source>
        <translation>The procedure is complete.</translation>
    </message>
    <message>
        <source>Còn thiếu hoặc cần sửa:</source>
        <translation>Missing or to fix:</translation>
    </message>
    <message>
        <source>Chi phí trước dự thảo (%1)</source>
        <translation>Cost before the draft (%1)</translation>
    </message>
    <message>
        <source>Chi phí sau dự thảo (%1)</source>
        <translation>Cost after the draft (%1)</translation>
    </message>
    <message>
        <source>Chi phí tiết kiệm (%1)</source>
        <translation>Saving (%1)</translation>
    </message>
</context>
<context>
    <name>RateDelegate</name>
    <message>
        <source>theo GDP bình quân đầu người</source>
        <translation>from GDP per capita</translation>
    </message>
    <message>
        <source>nhập trực tiếp</source>
        <translation>entered directly</translation>
    </message>
    <message>
        <source>%1 / giờ</source>
        <translation>%1 / hour</translation>
    </message>
    <message>
        <source>Xoá</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Xoá mức thu nhập %1</source>
        <translation>Remove income rate %1</translation>
    </message>
    <message>
        <source>Năm số liệu</source>
        <translation>Year of the figure</translation>
    </message>
    <message>
        <source>GDP bình quân đầu người</source>
        <translation>GDP per capita</translation>
    </message>
    <message>
        <source>Mức một giờ</source>
        <translation>Rate per hour</translation>
    </message>
    <message>
        <source>Mức thu nhập một giờ</source>
        <translation>Hourly income rate</translation>
    </message>
    <message>
        <source>Cơ quan công bố</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Nguồn số liệu</source>
        <translation>Source of the figure</translation>
    </message>
    <message>
        <source>theo GDP và dân số</source>
        <translation>from GDP and population</translation>
    </message>
    <message>
        <source>GDP theo giá hiện hành</source>
        <translation>GDP at current prices</translation>
    </message>
    <message>
        <source>Dân số trung bình</source>
        <translation>Average population</translation>
    </message>
</context>
<context>
    <name>RateModel</name>
    <message>
        <source>Nhập trực tiếp: %1 một giờ</source>
        <translation>Entered directly: %1 per hour</translation>
    </message>
    <message>
        <source>GDP bình quân đầu người %1</source>
        <translation>GDP per capita %1</translation>
    </message>
    <message>
        <source>GDP %1 ÷ dân số %2</source>
        <translation>GDP %1 ÷ population %2</translation>
    </message>
    <message>
        <source>%1 ÷ (%2 tháng × %3 ngày × %4 giờ = %5) = %6 → làm tròn nửa lên đến đồng: %7</source>
        <translation>%1 ÷ (%2 months × %3 days × %4 hours = %5) = %6 → rounded half-up to whole VND: %7</translation>
    </message>
    <message>
        <source>%1/giờ</source>
        <translation>%1/hour</translation>
    </message>
</context>
<context>
    <name>RatesPanel</name>
    <message>
        <source>Mức thu nhập bình quân theo giờ</source>
        <translation>Average income per hour</translation>
    </message>
    <message>
        <source>Không đọc được số liệu tham chiếu: %1</source>
        <translation>Could not read the reference data: %1</translation>
    </message>
    <message>
        <source>Thêm mức từ GDP của năm…</source>
        <translation>Add a rate from a year&apos;s GDP…</translation>
    </message>
    <message>
        <source> (chưa đối chiếu)</source>
        <translation> (not yet checked)</translation>
    </message>
    <message>
        <source>Nhập mức trực tiếp</source>
        <translation>Enter a rate directly</translation>
    </message>
    <message>
        <source>Thu nhập bình quân một giờ = GDP ÷ (dân số × 12 tháng × 22 ngày × 8 giờ) = GDP bình quân đầu người ÷ 2.112, theo số liệu của năm liền trước năm tính (Thông tư 03/2022/TT-BTP, Điều 11 khoản 4).</source>
        <translation>Average hourly income = GDP ÷ (population × 12 months × 22 days × 8 hours) = GDP per capita ÷ 2,112, from the figures of the year before the calculation year (Circular 03/2022/TT-BTP, Art. 11(4)).</translation>
    </message>
    <message>
        <source>Năm tính %1 cần số liệu của năm %2, nhưng chưa có số liệu năm %2 bằng đồng đã được đối chiếu. Hãy nhập số liệu có nguồn (GDP bình quân đầu người, hoặc GDP và dân số, cơ quan công bố và nguồn). Số liệu mới nhất hiện có là năm %3: %4 → %5 một giờ.</source>
        <translation>The calculation year %1 needs the figures of %2, but there is no checked VND figure for %2 yet. Enter a sourced figure (GDP per capita, or GDP and population, with the publisher and the source). The latest figures available are of %3: %4 → %5 an hour.</translation>
    </message>
    <message>
        <source>Theo quy định, năm tính %1 dùng số liệu năm %2: %3 → %4 một giờ.</source>
        <translation>By the rule, the calculation year %1 uses the figures of %2: %3 → %4 an hour.</translation>
    </message>
    <message>
        <source>Cách tính khác, cùng năm %1: %2 → %3 một giờ (chênh lệch do làm tròn số liệu công bố; cả hai cách đều hợp lệ).</source>
        <translation>The other route, same year %1: %2 → %3 an hour (the difference comes from the rounding of the published figures; both routes are valid).</translation>
    </message>
    <message>
        <source>Nhập số liệu năm %1…</source>
        <translation>Enter the figures of %1…</translation>
    </message>
    <message>
        <source>Năm %1: %2 → %3%4</source>
        <translation>%1: %2 → %3%4</translation>
    </message>
</context>
<context>
    <name>ReferenceLibrary</name>
    <message>
        <source>GDP bình quân đầu người %1</source>
        <translation>GDP per capita %1</translation>
    </message>
    <message>
        <source>GDP %1 ÷ dân số %2</source>
        <translation>GDP %1 ÷ population %2</translation>
    </message>
    <message>
        <source>Số giờ mặc định của danh mục là giá trị tham khảo, không phải định mức chính thức: điều chỉnh theo thực tế của thủ tục và ghi rõ căn cứ. Đi lại và điền đơn, tờ khai tính theo định mức chính thức.</source>
        <translation>The catalogue&apos;s default times are guidance, not official norms: adjust them to the procedure and state their basis. Travel and form filling are counted by the official norms.</translation>
    </message>
</context>
<context>
    <name>ResponseDialogs</name>
    <message>
        <source>Lưu bản trả lời ý kiến thẩm định</source>
        <translation>Save the response to the review</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bản trả lời (*.response.xml)</source>
        <translation>Response (*.response.xml)</translation>
    </message>
    <message>
        <source>Đã lưu bản trả lời</source>
        <translation>Response saved</translation>
    </message>
    <message>
        <source>Đã lưu bản trả lời vào:
%1</source>
        <translation>The response was saved to:
%1</translation>
    </message>
    <message>
        <source>Xuất bảng tiếp thu, giải trình</source>
        <translation>Export the table of responses</translation>
    </message>
    <message>
        <source>Xuất</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>OpenDocument (*.odt)</source>
        <translation>OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Đã xuất bảng tiếp thu, giải trình</source>
        <translation>Table of responses exported</translation>
    </message>
    <message>
        <source>Đã xuất bảng vào:
%1</source>
        <translation>The table was exported to:
%1</translation>
    </message>
    <message>
        <source>Chọn báo cáo đã sửa</source>
        <translation>Choose the revised report</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Báo cáo CPTT (*.report.xml)</source>
        <translation>CPTT report (*.report.xml)</translation>
    </message>
</context>
<context>
    <name>ResponseItemCard</name>
    <message>
        <source>Phát hiện được giữ lại</source>
        <translation>Finding kept</translation>
    </message>
    <message>
        <source>Xem chỗ →</source>
        <translation>Go to place →</translation>
    </message>
    <message>
        <source>Đi tới chỗ của ý kiến %1</source>
        <translation>Go to the place of comment %1</translation>
    </message>
    <message>
        <source>Tiếp thu</source>
        <translation>Taken in</translation>
    </message>
    <message>
        <source>Tiếp thu ý kiến %1</source>
        <translation>Take in comment %1</translation>
    </message>
    <message>
        <source>Giải trình</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>Giải trình ý kiến %1</source>
        <translation>Explain comment %1</translation>
    </message>
    <message>
        <source>Đã sửa những gì, ở đâu</source>
        <translation>What was changed, and where</translation>
    </message>
    <message>
        <source>Vì sao không tiếp thu</source>
        <translation>Why it is not taken in</translation>
    </message>
    <message>
        <source>Chọn Tiếp thu hoặc Giải trình trước</source>
        <translation>Choose Taken in or Explained first</translation>
    </message>
    <message>
        <source>Nội dung tiếp thu, giải trình ý kiến %1</source>
        <translation>How comment %1 was taken in or explained</translation>
    </message>
</context>
<context>
    <name>ResponsePage</name>
    <message>
        <source>← Hồ sơ</source>
        <translation>← Dossier</translation>
    </message>
    <message>
        <source>Về hồ sơ</source>
        <translation>Back to the dossier</translation>
    </message>
    <message>
        <source>Tiếp thu, giải trình ý kiến thẩm định</source>
        <translation>Take in or explain the review&apos;s comments</translation>
    </message>
    <message>
        <source>%1/%2 chưa trả lời</source>
        <translation>%1/%2 unanswered</translation>
    </message>
    <message>
        <source>Đã trả lời tất cả %1</source>
        <translation>All %1 answered</translation>
    </message>
    <message>
        <source>Lưu trả lời</source>
        <translation>Save response</translation>
    </message>
    <message>
        <source>Lưu bản trả lời</source>
        <translation>Save the response</translation>
    </message>
    <message>
        <source>Xuất bảng…</source>
        <translation>Export table…</translation>
    </message>
    <message>
        <source>Xuất bảng tiếp thu, giải trình</source>
        <translation>Export the table of responses</translation>
    </message>
    <message>
        <source>Người trả lời</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <source>Cơ quan chủ trì soạn thảo</source>
        <translation>Drafting body</translation>
    </message>
    <message>
        <source>Chưa có báo cáo đã sửa: xuất báo cáo sau khi sửa hồ sơ, bản trả lời sẽ ghi tên báo cáo đó.</source>
        <translation>No revised report yet: export the report once the dossier is revised, and the response will name it.</translation>
    </message>
    <message>
        <source>Hồ sơ đã sửa tiếp sau khi xuất %1: hãy xuất lại báo cáo.</source>
        <translation>The dossier was changed after %1 was exported: export the report again.</translation>
    </message>
    <message>
        <source>Báo cáo đã sửa: %1</source>
        <translation>Revised report: %1</translation>
    </message>
    <message>
        <source>Chọn báo cáo…</source>
        <translation>Choose report…</translation>
    </message>
    <message>
        <source>Chọn báo cáo đã sửa</source>
        <translation>Choose the revised report</translation>
    </message>
    <message>
        <source>Chỗ đã sửa được so với báo cáo đã thẩm định %1.</source>
        <translation>Changed places are compared with the reviewed report %1.</translation>
    </message>
    <message>
        <source>Không thấy báo cáo đã thẩm định bên cạnh bản thẩm định: chưa so được chỗ đã sửa.</source>
        <translation>The reviewed report is not beside the review: changed places cannot be compared.</translation>
    </message>
    <message>
        <source>Bản thẩm định không có ý kiến hay phát hiện nào cần trả lời.</source>
        <translation>The review has no comment or finding to answer.</translation>
    </message>
</context>
<context>
    <name>ResponseSession</name>
    <message>
        <source>Không đọc được bản trả lời %1: %2</source>
        <translation>Could not read the response %1: %2</translation>
    </message>
    <message>
        <source>Bản trả lời %1 trả lời một bản thẩm định khác; các ý kiến được trả lời lại từ đầu và sẽ được lưu vào tệp khác.</source>
        <translation>The response %1 answers another review; the comments are answered afresh and will be saved to another file.</translation>
    </message>
    <message>
        <source>Không có ý kiến này để trả lời.</source>
        <translation>There is no such comment to answer.</translation>
    </message>
    <message>
        <source>Chọn Tiếp thu hoặc Giải trình.</source>
        <translation>Choose Taken in or Explained.</translation>
    </message>
    <message>
        <source>Chưa chọn tệp để lưu bản trả lời.</source>
        <translation>No file was chosen to save the response.</translation>
    </message>
    <message>
        <source>Chưa mở bản thẩm định nào để trả lời.</source>
        <translation>No review is open to answer.</translation>
    </message>
    <message>
        <source>Không lưu được bản trả lời %1: %2</source>
        <translation>Could not save the response %1: %2</translation>
    </message>
    <message>
        <source>Không đọc được báo cáo %1: %2</source>
        <translation>Could not read the report %1: %2</translation>
    </message>
    <message>
        <source>Chưa chọn tệp để xuất bảng tiếp thu, giải trình.</source>
        <translation>No file was chosen to export the table of responses.</translation>
    </message>
    <message>
        <source>Không xuất được bảng tiếp thu, giải trình %1: %2</source>
        <translation>Could not export the table of responses %1: %2</translation>
    </message>
</context>
<context>
    <name>ReturnedReview</name>
    <message>
        <source>Đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Cần bổ sung, chỉnh sửa</source>
        <translation>Needs additions or corrections</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Not passed</translation>
    </message>
</context>
<context>
    <name>ReturnedReviewPanel</name>
    <message>
        <source>Ý kiến thẩm định về thủ tục này</source>
        <translation>Review comments on this procedure</translation>
    </message>
    <message>
        <source>Ý kiến thẩm định</source>
        <translation>Review comments</translation>
    </message>
    <message>
        <source>Kết luận: %1</source>
        <translation>Verdict: %1</translation>
    </message>
    <message>
        <source>chưa có kết luận</source>
        <translation>no verdict yet</translation>
    </message>
    <message>
        <source>Đóng ý kiến</source>
        <translation>Close comments</translation>
    </message>
    <message>
        <source>Đóng ý kiến thẩm định</source>
        <translation>Close the review comments</translation>
    </message>
    <message>
        <source>Các ý kiến về từng thủ tục hiện ngay tại chỗ: trên biểu mẫu, bảng tính và danh sách thủ tục.</source>
        <translation>Comments on each procedure are shown in place: on the form, the worksheet and the list of procedures.</translation>
    </message>
    <message>
        <source>Đi tới ý kiến: %1</source>
        <translation>Go to comment: %1</translation>
    </message>
    <message>
        <source>Xem →</source>
        <translation>View →</translation>
    </message>
    <message>
        <source>Trả lời ý kiến (%1 chưa trả lời)</source>
        <translation>Answer comments (%1 unanswered)</translation>
    </message>
    <message>
        <source>Trả lời ý kiến</source>
        <translation>Answer comments</translation>
    </message>
    <message>
        <source>Tiếp thu, giải trình ý kiến thẩm định</source>
        <translation>Take in or explain the review&apos;s comments</translation>
    </message>
</context>
<context>
    <name>ReviewChangeRow</name>
    <message>
        <source>Số liệu · </source>
        <translation>Figure · </translation>
    </message>
</context>
<context>
    <name>ReviewChangesModel</name>
    <message>
        <source>Hãy mở báo cáo cần thẩm định trước, rồi chọn báo cáo cũ để so sánh.</source>
        <translation>Open the report under review first, then choose the older report to compare it with.</translation>
    </message>
    <message>
        <source>%1 thay đổi đầu vào, %2 số liệu thay đổi; thay đổi ròng của dự thảo: %3 → %4 (%5)</source>
        <translation>%1 input changes, %2 figures moved; the draft&apos;s net change: %3 → %4 (%5)</translation>
    </message>
    <message>
        <source>Mã băm của báo cáo cũ không khớp hoặc không có: báo cáo đó có thể đã bị sửa sau khi xuất.</source>
        <translation>The older report&apos;s digest does not match or is missing: it may have been edited after it was exported.</translation>
    </message>
    <message>
        <source>Thủ tục thêm</source>
        <translation>Added procedure</translation>
    </message>
    <message>
        <source>Thủ tục bỏ</source>
        <translation>Removed procedure</translation>
    </message>
    <message>
        <source>Thay đổi ròng của thủ tục: %1 → %2 (%3)</source>
        <translation>The procedure&apos;s net change: %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1, bằng %2 thay đổi ròng của dự thảo</source>
        <translation>%1, %2 of the draft&apos;s net change</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>thêm: %1</source>
        <translation>added: %1</translation>
    </message>
    <message>
        <source>bỏ: %1</source>
        <translation>removed: %1</translation>
    </message>
</context>
<context>
    <name>ReviewChangesPanel</name>
    <message>
        <source>Những thay đổi so với báo cáo cũ</source>
        <translation>What changed since the older report</translation>
    </message>
    <message>
        <source>So sánh với báo cáo đã chọn: %1</source>
        <translation>Compared with the report chosen: %1</translation>
    </message>
    <message>
        <source>So sánh với báo cáo đã thẩm định ở vòng trước: %1</source>
        <translation>Compared with the report reviewed in the previous round: %1</translation>
    </message>
    <message>
        <source>Chưa có báo cáo cũ để so sánh. Ở vòng 2, báo cáo đã thẩm định ở vòng trước (đặt cạnh bản thẩm định vòng trước) được so sánh tự động; cũng có thể chọn một báo cáo cũ bất kỳ.</source>
        <translation>No older report to compare with yet. In round 2 the report reviewed in the previous round (saved beside that round&apos;s review) is compared by itself; any older report can be chosen as well.</translation>
    </message>
    <message>
        <source>So sánh với báo cáo cũ…</source>
        <translation>Compare with an older report…</translation>
    </message>
    <message>
        <source>Không có thay đổi.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Chọn báo cáo cũ để so sánh</source>
        <translation>Choose the older report to compare with</translation>
    </message>
    <message>
        <source>Báo cáo CPTT (*.report.xml *.xml)</source>
        <translation>CPTT reports (*.report.xml *.xml)</translation>
    </message>
</context>
<context>
    <name>ReviewCommentPanel</name>
    <message>
        <source>Ý kiến thẩm định</source>
        <translation>Review comments</translation>
    </message>
    <message>
        <source>Toàn bộ dự thảo</source>
        <translation>Whole draft</translation>
    </message>
    <message>
        <source>Xoá ý kiến</source>
        <translation>Remove comment</translation>
    </message>
    <message>
        <source>Chưa có ý kiến.</source>
        <translation>No comments yet.</translation>
    </message>
    <message>
        <source>Nội dung ý kiến</source>
        <translation>Comment text</translation>
    </message>
    <message>
        <source>Thêm ý kiến</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <source>Chỗ</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Chỗ của ý kiến</source>
        <translation>Place of the comment</translation>
    </message>
</context>
<context>
    <name>ReviewFigureModel</name>
    <message>
        <source>Tổng của dự thảo</source>
        <translation>Draft totals</translation>
    </message>
    <message>
        <source>Chi phí trước dự thảo</source>
        <translation>Cost before the draft</translation>
    </message>
    <message>
        <source>Chi phí sau dự thảo</source>
        <translation>Cost after the draft</translation>
    </message>
    <message>
        <source>Thay đổi ròng</source>
        <translation>Net change</translation>
    </message>
    <message>
        <source>Tăng do thủ tục mới</source>
        <translation>Added by new procedures</translation>
    </message>
    <message>
        <source>Tiết kiệm do sửa đổi</source>
        <translation>Saved by amendments</translation>
    </message>
    <message>
        <source>Tiết kiệm do bãi bỏ</source>
        <translation>Saved by abolitions</translation>
    </message>
    <message>
        <source>Bảng tính hiện hành</source>
        <translation>Current worksheet</translation>
    </message>
    <message>
        <source>Bảng tính đề xuất</source>
        <translation>Proposed worksheet</translation>
    </message>
    <message>
        <source>Mức thu nhập theo giờ (%1)</source>
        <translation>Hourly income rate (%1)</translation>
    </message>
    <message>
        <source>Công việc %1: chi phí thời gian</source>
        <translation>Task %1: time cost</translation>
    </message>
    <message>
        <source>Công việc %1: chi phí công việc</source>
        <translation>Task %1: task cost</translation>
    </message>
    <message>
        <source>Tổng chi phí công việc</source>
        <translation>Total cost of the tasks</translation>
    </message>
    <message>
        <source>Tổng phí, lệ phí</source>
        <translation>Total fees and charges</translation>
    </message>
    <message>
        <source>Chi phí một lần thực hiện</source>
        <translation>Cost of one filing</translation>
    </message>
    <message>
        <source>Số lần thực hiện mỗi năm</source>
        <translation>Times carried out per year</translation>
    </message>
    <message>
        <source>Số đối tượng</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Chi phí cả năm</source>
        <translation>Annual cost</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Chi phí tiết kiệm</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>Tỷ lệ cắt giảm</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ReviewFigurePanel</name>
    <message>
        <source>Tổng của dự thảo</source>
        <translation>Draft totals</translation>
    </message>
    <message>
        <source>Số liệu trong báo cáo</source>
        <translation>Figures in the report</translation>
    </message>
    <message numerus="yes">
        <source>%n số liệu khác với kết quả tính lại từ số liệu đầu vào.</source>
        <translation>
            <numerusform>%n figure differs from the result recomputed from the inputs.</numerusform>
            <numerusform>%n figures differ from the results recomputed from the inputs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mọi số liệu khớp với kết quả tính lại.</source>
        <translation>All figures match the recomputed results.</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Khai báo</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>Tính lại</source>
        <translation>Recomputed</translation>
    </message>
    <message>
        <source>Chênh lệch</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>ReviewFindingList</name>
    <message>
        <source>Phát hiện (%1)</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <source>Lọc theo mức độ</source>
        <translation>Filter by severity</translation>
    </message>
    <message>
        <source>Mọi mức độ</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Lọc theo thủ tục</source>
        <translation>Filter by procedure</translation>
    </message>
    <message>
        <source>Mọi thủ tục</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <source>Toàn bộ dự thảo</source>
        <translation>Whole draft</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Bác bỏ</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Khai báo %1 · tính lại %2 · chênh lệch %3</source>
        <translation>Declared %1 · recomputed %2 · difference %3</translation>
    </message>
    <message>
        <source>Lý do, ý kiến của người thẩm định</source>
        <translation>Reviewer&apos;s reason or comment</translation>
    </message>
    <message>
        <source>Lý do: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Đã đồng ý</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Đã bác bỏ</source>
        <translation>Dismissed</translation>
    </message>
</context>
<context>
    <name>ReviewFindingModel</name>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ReviewFollowUpCard</name>
    <message>
        <source>Cơ quan soạn thảo:</source>
        <translation>Drafting body:</translation>
    </message>
    <message>
        <source>Chỗ đã sửa: %1</source>
        <translation>Changed at: %1</translation>
    </message>
    <message>
        <source>Ghi chú của người thẩm định (bắt buộc khi mở lại)</source>
        <translation>Reviewer&apos;s note (required to reopen)</translation>
    </message>
    <message>
        <source>Ghi chú cho mục %1</source>
        <translation>Note on item %1</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đóng mục %1</source>
        <translation>Close item %1</translation>
    </message>
    <message>
        <source>Mở lại</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Mở lại mục %1</source>
        <translation>Reopen item %1</translation>
    </message>
</context>
<context>
    <name>ReviewFollowUpPanel</name>
    <message>
        <source>Vòng %1: xem lại ý kiến của vòng trước</source>
        <translation>Round %1: follow up the previous round&apos;s comments</translation>
    </message>
    <message>
        <source>Vòng thẩm định tiếp theo</source>
        <translation>Next round of review</translation>
    </message>
    <message>
        <source>Còn %1 trên %2 mục chưa xem lại</source>
        <translation>%1 of %2 items not yet reviewed</translation>
    </message>
    <message>
        <source>Khi cơ quan soạn thảo gửi lại báo cáo đã sửa: mở báo cáo đó, rồi mở bản thẩm định của vòng trước. Bản tiếp thu, giải trình đặt cạnh bản thẩm định (cùng tên, đuôi .response.xml) được đọc kèm.</source>
        <translation>When the drafting body sends the revised report: open that report, then open the previous round&apos;s review. The response saved beside the review (same name, ending in .response.xml) is read with it.</translation>
    </message>
    <message>
        <source>Mở bản thẩm định vòng trước…</source>
        <translation>Open the previous round&apos;s review…</translation>
    </message>
    <message>
        <source>Câu trả lời của cơ quan soạn thảo: %1</source>
        <translation>The drafting body&apos;s answers: %1</translation>
    </message>
    <message>
        <source>Câu trả lời của cơ quan soạn thảo được lưu trong bản thẩm định.</source>
        <translation>The drafting body&apos;s answers are kept in the review.</translation>
    </message>
    <message>
        <source>Chưa có bản tiếp thu, giải trình: mọi mục đều chưa được trả lời.</source>
        <translation>No response yet: every item is unanswered.</translation>
    </message>
    <message>
        <source>So sánh với báo cáo đã thẩm định ở vòng trước: %1</source>
        <translation>Compared with the report reviewed in the previous round: %1</translation>
    </message>
    <message>
        <source>Không tìm thấy báo cáo đã thẩm định ở vòng trước cạnh bản thẩm định: chưa so sánh được chỗ đã sửa.</source>
        <translation>The report reviewed in the previous round is not beside the review: the places cannot be compared.</translation>
    </message>
    <message>
        <source>Mở bản thẩm định của vòng trước</source>
        <translation>Open the previous round&apos;s review</translation>
    </message>
    <message>
        <source>Bản thẩm định CPTT (*.review.xml *.xml)</source>
        <translation>CPTT review (*.review.xml *.xml)</translation>
    </message>
    <message>
        <source>Chọn bản tiếp thu, giải trình khác…</source>
        <translation>Choose another response…</translation>
    </message>
    <message>
        <source>Chọn bản tiếp thu, giải trình của vòng trước</source>
        <translation>Choose the response to the previous round</translation>
    </message>
    <message>
        <source>Bản tiếp thu, giải trình CPTT (*.response.xml *.xml)</source>
        <translation>CPTT response (*.response.xml *.xml)</translation>
    </message>
    <message>
        <source>Mở bản thẩm định khác?</source>
        <translation>Open another review?</translation>
    </message>
    <message>
        <source>Vòng này sẽ bắt đầu lại từ bản thẩm định bạn chọn: các ý kiến, kết luận và quyết định đã ghi ở vòng này mà chưa xuất sẽ mất.</source>
        <translation>This round will start again from the review you choose: the comments, verdicts and decisions recorded in this round that have not been exported will be lost.</translation>
    </message>
    <message>
        <source>Chọn bản thẩm định khác…</source>
        <translation>Choose another review…</translation>
    </message>
</context>
<context>
    <name>ReviewIntegrityBanner</name>
    <message>
        <source>Bản thẩm định mở riêng, không kèm báo cáo.</source>
        <translation>Review opened on its own, without the report.</translation>
    </message>
    <message>
        <source>%1 lỗi · %2 cảnh báo · %3 ghi chú</source>
        <translation>%1 errors · %2 warnings · %3 notes</translation>
    </message>
    <message numerus="yes">
        <source>%n sai lệch khi tính lại</source>
        <translation>
            <numerusform>%n discrepancy on recomputation</numerusform>
            <numerusform>%n discrepancies on recomputation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chưa xử lý</source>
        <translation>
            <numerusform>%n not yet handled</numerusform>
            <numerusform>%n not yet handled</numerusform>
        </translation>
    </message>
    <message>
        <source>Thư mục chứng thư gốc tin cậy (PEM)</source>
        <translation>Folder of trusted root certificates (PEM)</translation>
    </message>
    <message>
        <source>Danh sách chứng thư bị thu hồi (CRL)</source>
        <translation>Certificate revocation list (CRL)</translation>
    </message>
    <message>
        <source>Danh sách thu hồi (*.crl *.pem *.der)</source>
        <translation>Revocation lists (*.crl *.pem *.der)</translation>
    </message>
    <message>
        <source>Mọi tệp (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Chữ ký số được kiểm tra theo: %1%2</source>
        <translation>Digital signatures are checked against: %1%2</translation>
    </message>
    <message>
        <source>kho chứng thư tin cậy của hệ thống</source>
        <translation>the system&apos;s trusted certificates</translation>
    </message>
    <message>
        <source> · danh sách thu hồi %1</source>
        <translation> · revocation list %1</translation>
    </message>
    <message>
        <source>Chứng thư tin cậy…</source>
        <translation>Trusted certificates…</translation>
    </message>
    <message>
        <source>Chọn thư mục chứng thư gốc tin cậy để kiểm tra chữ ký số</source>
        <translation>Choose the folder of trusted root certificates to check digital signatures against</translation>
    </message>
    <message>
        <source>Danh sách thu hồi…</source>
        <translation>Revocation list…</translation>
    </message>
    <message>
        <source>Chọn danh sách chứng thư bị thu hồi (CRL)</source>
        <translation>Choose the certificate revocation list (CRL)</translation>
    </message>
    <message>
        <source>Dùng kho hệ thống</source>
        <translation>Use the system&apos;s store</translation>
    </message>
    <message>
        <source>Kiểm tra chữ ký số theo kho chứng thư của hệ thống</source>
        <translation>Check digital signatures against the system&apos;s certificate store</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Thẩm định báo cáo đánh giá tác động</source>
        <translation>Review of an impact assessment report</translation>
    </message>
    <message>
        <source>Mở báo cáo…</source>
        <translation>Open report…</translation>
    </message>
    <message>
        <source>Mở bản thẩm định…</source>
        <translation>Open review…</translation>
    </message>
    <message>
        <source>Xuất tệp thẩm định (XML)…</source>
        <translation>Export review file (XML)…</translation>
    </message>
    <message>
        <source>Xuất tóm tắt để in (HTML)</source>
        <translation>Export printable summary (HTML)</translation>
    </message>
    <message>
        <source>Đã ghi bản tóm tắt vào:
%1</source>
        <translation>Summary written to:
%1</translation>
    </message>
    <message>
        <source>Mở báo cáo XML mà cơ quan chủ trì soạn thảo đã xuất (*.report.xml) để kiểm tra tính toàn vẹn, tính lại mọi số liệu và xem các phát hiện.</source>
        <translation>Open the XML report exported by the drafting body (*.report.xml) to check its integrity, recompute every figure and see the findings.</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Ý kiến (%1)</source>
        <translation>Comments (%1)</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Mở báo cáo để thẩm định</source>
        <translation>Open a report to review</translation>
    </message>
    <message>
        <source>Báo cáo CPTT (*.report.xml *.xml)</source>
        <translation>CPTT reports (*.report.xml *.xml)</translation>
    </message>
    <message>
        <source>Mở bản thẩm định</source>
        <translation>Open a review</translation>
    </message>
    <message>
        <source>Bản thẩm định CPTT (*.review.xml *.xml)</source>
        <translation>CPTT reviews (*.review.xml *.xml)</translation>
    </message>
    <message>
        <source>Xuất tệp thẩm định</source>
        <translation>Export the review file</translation>
    </message>
    <message>
        <source>Bản thẩm định CPTT (*.review.xml)</source>
        <translation>CPTT reviews (*.review.xml)</translation>
    </message>
    <message>
        <source>Đã xuất bản thẩm định vào:
%1
và bản tóm tắt để in vào:
%2</source>
        <translation>Review exported to:
%1
and the printable summary to:
%2</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Biểu mẫu</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Bảng tính</source>
        <translation>Worksheets</translation>
    </message>
    <message>
        <source>Vòng %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <source>Vòng trước (%1)</source>
        <translation>Previous round (%1)</translation>
    </message>
    <message>
        <source>Thay đổi (%1)</source>
        <translation>Changes (%1)</translation>
    </message>
    <message>
        <source>Ký số bản thẩm định</source>
        <translation>Sign the review</translation>
    </message>
    <message>
        <source>Ký bản thẩm định vừa xuất bằng chứng thư số của người thẩm định: tệp khoá PKCS#12 (.p12, .pfx) hoặc token USB, nhập theo dạng pkcs11:token=…;object=….</source>
        <translation>Sign the review just exported with the reviewer&apos;s digital certificate: a PKCS#12 key file (.p12, .pfx) or a USB token, typed as pkcs11:token=…;object=….</translation>
    </message>
    <message>
        <source>Đã ký số bản thẩm định</source>
        <translation>Review signed</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Không tìm thấy báo cáo &quot;%1&quot; mà bản thẩm định này xem xét; hãy mở báo cáo trước.</source>
        <translation>The report &quot;%1&quot; that this review is about was not found; open the report first.</translation>
    </message>
    <message>
        <source>Bản thẩm định này xem xét một báo cáo khác (mã băm %1), không phải báo cáo đang mở.</source>
        <translation>This review is about a different report (hash %1), not the one that is open.</translation>
    </message>
    <message>
        <source>Chưa mở báo cáo nào để thẩm định.</source>
        <translation>No report is open for review.</translation>
    </message>
    <message>
        <source>Không có phát hiện số %1.</source>
        <translation>There is no finding number %1.</translation>
    </message>
    <message>
        <source>Trạng thái &quot;%1&quot; không hợp lệ.</source>
        <translation>Invalid status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Hãy nêu lý do bác bỏ phát hiện này.</source>
        <translation>Give the reason for dismissing this finding.</translation>
    </message>
    <message>
        <source>Kết luận &quot;%1&quot; không hợp lệ.</source>
        <translation>Invalid verdict &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Định dạng %1 · xuất lúc %2 bởi %3 %4 · dữ liệu tham chiếu: %5</source>
        <translation>Format %1 · exported at %2 by %3 %4 · reference data: %5</translation>
    </message>
    <message>
        <source>không nêu</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Hãy mở báo cáo đã sửa trước, rồi mở bản thẩm định của vòng trước.</source>
        <translation>Open the revised report first, then the previous round&apos;s review.</translation>
    </message>
    <message>
        <source>Không có mục số %1 của vòng trước.</source>
        <translation>The previous round has no item %1.</translation>
    </message>
</context>
<context>
    <name>ReviewVerdictModel</name>
    <message>
        <source>Toàn bộ dự thảo</source>
        <translation>Whole draft</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Cần bổ sung, chỉnh sửa</source>
        <translation>Needs additions or corrections</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Not passed</translation>
    </message>
</context>
<context>
    <name>ReviewVerdictPanel</name>
    <message>
        <source>Kết luận thẩm định</source>
        <translation>Review verdict</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Cần bổ sung, chỉnh sửa</source>
        <translation>Needs additions or corrections</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>Tóm tắt kết luận</source>
        <translation>Summary of the verdict</translation>
    </message>
    <message>
        <source>Người thẩm định</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Cơ quan thẩm định (Sở Tư pháp…)</source>
        <translation>Reviewing body (Department of Justice…)</translation>
    </message>
    <message>
        <source>Cơ quan thẩm định</source>
        <translation>Reviewing body</translation>
    </message>
    <message>
        <source>Thủ tục: %1</source>
        <translation>Procedure: %1</translation>
    </message>
    <message>
        <source>Toàn bộ dự thảo</source>
        <translation>Whole draft</translation>
    </message>
</context>
<context>
    <name>ReviewWorksheets</name>
    <message>
        <source>Chọn một thủ tục để xem bảng tính chi phí của thủ tục đó.</source>
        <translation>Choose a procedure to see its cost worksheets.</translation>
    </message>
    <message>
        <source>Chi phí hiện hành</source>
        <translation>Current cost</translation>
    </message>
    <message>
        <source>Chi phí đề xuất</source>
        <translation>Proposed cost</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Ký số báo cáo</source>
        <translation>Sign the report</translation>
    </message>
    <message>
        <source>Ký báo cáo vừa xuất bằng chứng thư số của cơ quan: tệp khoá PKCS#12 (.p12, .pfx) hoặc token USB, nhập theo dạng pkcs11:token=…;object=….</source>
        <translation>Sign the report just exported with your body&apos;s digital certificate: a PKCS#12 key file (.p12, .pfx) or a USB token, typed as pkcs11:token=…;object=….</translation>
    </message>
    <message>
        <source>Khoá ký</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Tệp .p12 hoặc pkcs11:token=…;object=…</source>
        <translation>A .p12 file or pkcs11:token=…;object=…</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Mã PIN của token</source>
        <translation>Token PIN</translation>
    </message>
    <message>
        <source>Mật khẩu của tệp khoá</source>
        <translation>Key file password</translation>
    </message>
    <message>
        <source>Ký số</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Chọn tệp khoá PKCS#12</source>
        <translation>Choose the PKCS#12 key file</translation>
    </message>
    <message>
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Khoá PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 keys (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Mọi tệp (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Đánh giá tác động thủ tục hành chính</source>
        <translation>Impact assessment of administrative procedures</translation>
    </message>
    <message>
        <source>Lập hồ sơ đánh giá cho từng thủ tục hành chính của dự thảo văn bản quy phạm pháp luật và tính chi phí tuân thủ theo phương pháp chi phí chuẩn (Thông tư 03/2022/TT-BTP).</source>
        <translation>Prepare the assessment of each administrative procedure in a draft legal document and compute its compliance cost with the standard cost model (Circular 03/2022/TT-BTP).</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Tạo hồ sơ mới</source>
        <translation>Create a new dossier</translation>
    </message>
    <message>
        <source>Mở hồ sơ…</source>
        <translation>Open a dossier…</translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation>Open a dossier</translation>
    </message>
    <message>
        <source>Tiếp tục: %1</source>
        <translation>Continue: %1</translation>
    </message>
    <message>
        <source>Bản sao phục hồi</source>
        <translation>Recovery copies</translation>
    </message>
    <message>
        <source>Lần làm việc trước kết thúc khi còn thay đổi chưa lưu. Mở bản sao để lấy lại, rồi lưu hồ sơ.</source>
        <translation>The last session ended with unsaved changes. Open the copy to get them back, then save the dossier.</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Mở gần đây</source>
        <translation>Recently opened</translation>
    </message>
    <message>
        <source>Chưa có hồ sơ nào.</source>
        <translation>No dossier yet.</translation>
    </message>
    <message>
        <source>Ví dụ mẫu</source>
        <translation>Worked examples</translation>
    </message>
    <message>
        <source>Không tìm thấy thư mục ví dụ.</source>
        <translation>Examples folder not found.</translation>
    </message>
    <message>
        <source>Phiên bản %1. Số liệu nhập theo kiểu Việt Nam (1.234.567,5) hoặc kiểu chuẩn (1234567.5).</source>
        <translation>Version %1. Numbers are typed Vietnamese style (1.234.567,5) or canonical (1234567.5).</translation>
    </message>
    <message>
        <source>Thẩm định báo cáo…</source>
        <translation>Review a report…</translation>
    </message>
    <message>
        <source>Thẩm định báo cáo đã xuất</source>
        <translation>Review an exported report</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>● Đầy đủ</source>
        <translation>● Complete</translation>
    </message>
    <message>
        <source>● Có lỗi</source>
        <translation>● Has errors</translation>
    </message>
    <message>
        <source>● Chưa đầy đủ</source>
        <translation>● Incomplete</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Tổng hợp chi phí tuân thủ của dự thảo</source>
        <translation>Compliance cost of the draft</translation>
    </message>
    <message>
        <source>Trước dự thảo</source>
        <translation>Before the draft</translation>
    </message>
    <message>
        <source>Sau dự thảo</source>
        <translation>After the draft</translation>
    </message>
    <message>
        <source>Thay đổi ròng (sau − trước)</source>
        <translation>Net change (after − before)</translation>
    </message>
    <message>
        <source>Tỷ lệ cắt giảm</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <source>Thay đổi ròng gồm: tăng do thủ tục mới %1; giảm do sửa đổi, quy định chi tiết %2; giảm do bãi bỏ %3 (mỗi năm).</source>
        <translation>The net change is: added by new procedures %1; saved by amended and detailed procedures %2; saved by abolished procedures %3 (per year).</translation>
    </message>
    <message>
        <source>Dự thảo làm tăng chi phí tuân thủ: tỷ lệ cắt giảm mang dấu âm.</source>
        <translation>The draft adds compliance cost: the reduction is negative.</translation>
    </message>
    <message numerus="yes">
        <source>%n thủ tục chưa tính được nên chưa có trong tổng; xem danh sách cần hoàn thiện bên dưới.</source>
        <translation>
            <numerusform>%n procedure could not be computed and is not in the totals; see the list to complete below.</numerusform>
            <numerusform>%n procedures could not be computed and are not in the totals; see the list to complete below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Tiết kiệm</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>Cắt giảm</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <source>Mở thủ tục %1</source>
        <translation>Open procedure %1</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Chi phí theo thủ tục (%1)</source>
        <translation>Cost by procedure (%1)</translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <source>Dịch vụ gồm</source>
        <translation>Services are</translation>
    </message>
    <message>
        <source>Căn cứ số liệu</source>
        <translation>Evidence for the figures</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Chuyển công việc %1 lên</source>
        <translation>Move task %1 up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Chuyển công việc %1 xuống</source>
        <translation>Move task %1 down</translation>
    </message>
</context>
<context>
    <name>TaskHeader</name>
    <message>
        <source>Tên công việc</source>
        <translation>Task name</translation>
    </message>
    <message>
        <source>Giờ</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Dịch vụ (%1)</source>
        <translation>Services (%1)</translation>
    </message>
    <message>
        <source>Khác (%1)</source>
        <translation>Other (%1)</translation>
    </message>
    <message>
        <source>Chi phí</source>
        <translation>Cost</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>Tên công việc</source>
        <translation>Task name</translation>
    </message>
    <message>
        <source>Tên công việc %1</source>
        <translation>Task name %1</translation>
    </message>
    <message>
        <source>Số giờ của công việc %1</source>
        <translation>Hours of task %1</translation>
    </message>
    <message>
        <source>Chi phí dịch vụ của công việc %1</source>
        <translation>Service costs of task %1</translation>
    </message>
    <message>
        <source>Chi phí khác của công việc %1</source>
        <translation>Other costs of task %1</translation>
    </message>
    <message>
        <source>Chi tiết công việc %1</source>
        <translation>Details of task %1</translation>
    </message>
    <message>
        <source>Xoá công việc %1</source>
        <translation>Remove task %1</translation>
    </message>
    <message>
        <source>Theo định mức chính thức: đi lại</source>
        <translation>By the official norm: travel</translation>
    </message>
    <message>
        <source>Theo định mức chính thức: điền đơn, tờ khai</source>
        <translation>By the official norm: filling the form</translation>
    </message>
    <message>
        <source>Ý kiến…</source>
        <translation>Comment…</translation>
    </message>
    <message>
        <source>Ý kiến về công việc %1</source>
        <translation>Comment on task %1</translation>
    </message>
    <message>
        <source>Chi phí của công việc %1: %2</source>
        <translation>Cost of task %1: %2</translation>
    </message>
    <message>
        <source>Ẩn chi tiết</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <source>Ghi chú, căn cứ và cách tính</source>
        <translation>Notes, evidence and how the cost is computed</translation>
    </message>
    <message>
        <source>Xoá công việc (có thể hoàn tác)</source>
        <translation>Remove the task (can be undone)</translation>
    </message>
    <message>
        <source>Từ danh mục: “%1”, mức %2 (giá trị mặc định, không chính thức)</source>
        <translation>From the catalogue: “%1”, %2 level (default value, not official)</translation>
    </message>
    <message>
        <source>Từ danh mục: “%1” (giá trị mặc định, không chính thức)</source>
        <translation>From the catalogue: “%1” (default value, not official)</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>Công việc</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>+ Công việc</source>
        <translation>+ Task</translation>
    </message>
    <message>
        <source>Thêm công việc tự nhập</source>
        <translation>Add a task typed in</translation>
    </message>
    <message>
        <source>+ Từ danh mục…</source>
        <translation>+ From the catalogue…</translation>
    </message>
    <message>
        <source>Thêm công việc từ danh mục</source>
        <translation>Add a task from the catalogue</translation>
    </message>
    <message>
        <source>+ Theo định mức…</source>
        <translation>+ By the norm…</translation>
    </message>
    <message>
        <source>Thêm công việc theo định mức chính thức</source>
        <translation>Add a task by the official norm</translation>
    </message>
</context>
<context>
    <name>TimeNormModel</name>
    <message>
        <source>Điền đơn, tờ khai theo mẫu, mỗi trang</source>
        <translation>Filling in forms, per page</translation>
    </message>
    <message>
        <source>Đi lại, mỗi lượt: %1</source>
        <translation>Travel, per trip: %1</translation>
    </message>
</context>
<context>
    <name>WorksheetCompare</name>
    <message>
        <source>So sánh hiện hành và sau đơn giản hoá</source>
        <translation>Current compared with after simplification</translation>
    </message>
    <message>
        <source>Cần cả bảng hiện hành và bảng sau đơn giản hoá để so sánh.</source>
        <translation>Both the current and the simplified worksheet are needed for a comparison.</translation>
    </message>
    <message>
        <source>Công việc hiện hành</source>
        <translation>Current task</translation>
    </message>
    <message>
        <source>Công việc sau đơn giản hoá</source>
        <translation>Task after simplification</translation>
    </message>
    <message>
        <source>Giờ</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Chi phí công việc</source>
        <translation>Task cost</translation>
    </message>
    <message>
        <source>Dịch vụ</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>WorksheetCompareModel</name>
    <message>
        <source>Thu nhập bình quân một giờ</source>
        <translation>Average hourly income</translation>
    </message>
    <message>
        <source>Tổng chi phí công việc</source>
        <translation>Total cost of the tasks</translation>
    </message>
    <message>
        <source>Phí, lệ phí</source>
        <translation>Fees and charges</translation>
    </message>
    <message>
        <source>Chi phí một lần thực hiện</source>
        <translation>Cost of one filing</translation>
    </message>
    <message>
        <source>Số lần thực hiện / năm</source>
        <translation>Times per year</translation>
    </message>
    <message>
        <source>Số đối tượng / năm</source>
        <translation>Subjects per year</translation>
    </message>
    <message>
        <source>Chi phí hằng năm</source>
        <translation>Annual cost</translation>
    </message>
    <message>
        <source>%1 công việc bỏ, %2 công việc thêm, %3 công việc thay đổi.</source>
        <translation>Tasks removed: %1, added: %2, changed: %3.</translation>
    </message>
    <message>
        <source>Chi phí hằng năm không đổi.</source>
        <translation>The annual cost does not change.</translation>
    </message>
    <message>
        <source>Chi phí hằng năm giảm %1 (%2).</source>
        <translation>The annual cost falls by %1 (%2).</translation>
    </message>
    <message>
        <source>Chi phí hằng năm tăng %1.</source>
        <translation>The annual cost rises by %1.</translation>
    </message>
</context>
<context>
    <name>WorksheetModel</name>
    <message>
        <source>%1 giờ × %2 = %3; + dịch vụ %4 + chi phí khác %5 = %6</source>
        <translation>%1 h × %2 = %3; + services %4 + other costs %5 = %6</translation>
    </message>
    <message>
        <source>Mức thu nhập bình quân: %1 một giờ (%2)</source>
        <translation>Average income: %1 per hour (%2)</translation>
    </message>
    <message>
        <source>Tổng chi phí các công việc: %1</source>
        <translation>Total cost of the tasks: %1</translation>
    </message>
    <message>
        <source>Phí, lệ phí: %1</source>
        <translation>Fees and charges: %1</translation>
    </message>
    <message>
        <source>Chi phí một lần thực hiện = %1 + %2 = %3</source>
        <translation>Cost of one filing = %1 + %2 = %3</translation>
    </message>
    <message>
        <source>Chi phí hằng năm = %1 × %2 lần/năm × 1 trường hợp (không dự báo được số đối tượng) = %3</source>
        <translation>Annual cost = %1 × %2 times/year × 1 case (no forecast of subjects possible) = %3</translation>
    </message>
    <message>
        <source>Chi phí hằng năm = %1 × %2 lần/năm × %3 đối tượng = %4</source>
        <translation>Annual cost = %1 × %2 times/year × %3 subjects = %4</translation>
    </message>
    <message>
        <source>Mỗi số tiền được làm tròn nửa lên đến đồng, từ các số đã làm tròn mà nó dựa vào.</source>
        <translation>Each amount is rounded half-up to whole VND, from the rounded figures it depends on.</translation>
    </message>
</context>
<context>
    <name>WorksheetPanel</name>
    <message>
        <source>Mức thu nhập</source>
        <translation>Income rate</translation>
    </message>
    <message>
        <source>Mức thu nhập dùng cho bảng này</source>
        <translation>Income rate used by this worksheet</translation>
    </message>
    <message>
        <source>Chọn mức thu nhập…</source>
        <translation>Choose an income rate…</translation>
    </message>
    <message>
        <source>Ý kiến về bảng tính…</source>
        <translation>Comment on the worksheet…</translation>
    </message>
    <message>
        <source>%1 (không có trong các mức thu nhập)</source>
        <translation>%1 (not among the income rates)</translation>
    </message>
</context>
<context>
    <name>WorksheetTotals</name>
    <message>
        <source>Tổng chi phí công việc</source>
        <translation>Total cost of the tasks</translation>
    </message>
    <message>
        <source>Phí, lệ phí</source>
        <translation>Fees and charges</translation>
    </message>
    <message>
        <source>Chi phí một lần thực hiện</source>
        <translation>Cost of one filing</translation>
    </message>
    <message>
        <source>Chi phí hằng năm</source>
        <translation>Annual cost</translation>
    </message>
    <message>
        <source>Chi phí hằng năm: %1</source>
        <translation>Annual cost: %1</translation>
    </message>
    <message>
        <source>▾ Ẩn cách tính</source>
        <translation>▾ Hide the computation</translation>
    </message>
    <message>
        <source>▸ Xem cách tính</source>
        <translation>▸ Show the computation</translation>
    </message>
    <message>
        <source>Xem cách tính tổng chi phí</source>
        <translation>Show how the total was computed</translation>
    </message>
</context>
<context>
    <name>WorksheetVolume</name>
    <message>
        <source>Số lần thực hiện / năm</source>
        <translation>Times per year</translation>
    </message>
    <message>
        <source>Số lần thực hiện mỗi năm</source>
        <translation>Times carried out per year</translation>
    </message>
    <message>
        <source>Số đối tượng / năm</source>
        <translation>Subjects per year</translation>
    </message>
    <message>
        <source>Số đối tượng thực hiện mỗi năm</source>
        <translation>Subjects carrying it out per year</translation>
    </message>
    <message>
        <source>một trường hợp</source>
        <translation>one case</translation>
    </message>
    <message>
        <source>Tính cho một trường hợp</source>
        <translation>Compute for one case</translation>
    </message>
    <message>
        <source>Không dự báo được số đối tượng: tính cho một trường hợp</source>
        <translation>No forecast of subjects possible: compute for one case</translation>
    </message>
    <message>
        <source>Vì sao không dự báo được số đối tượng</source>
        <translation>Why no forecast of subjects is possible</translation>
    </message>
    <message>
        <source>Nguồn số liệu đối tượng, tần suất</source>
        <translation>Source of the subjects and frequency figures</translation>
    </message>
</context>
<context>
    <name>WorksheetsView</name>
    <message>
        <source>Hai bảng</source>
        <translation>Both sheets</translation>
    </message>
    <message>
        <source>Xem hai bảng tính đầy đủ</source>
        <translation>Show both full worksheets</translation>
    </message>
    <message>
        <source>So sánh</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>So sánh từng công việc hiện hành với sau đơn giản hoá</source>
        <translation>Compare each current task with its simplified counterpart</translation>
    </message>
    <message>
        <source>Chép hiện hành sang bảng sau →</source>
        <translation>Copy current to the proposed sheet →</translation>
    </message>
    <message>
        <source>Chép bảng hiện hành sang phương án sau đơn giản hoá</source>
        <translation>Copy the current worksheet to the simplified proposal</translation>
    </message>
    <message>
        <source>Chép toàn bộ bảng hiện hành sang phương án sau đơn giản hoá (có thể hoàn tác)</source>
        <translation>Copy the whole current worksheet to the simplified proposal (can be undone)</translation>
    </message>
    <message>
        <source>Chi phí hiện hành (được cắt giảm khi bãi bỏ)</source>
        <translation>Current cost (saved by abolishing)</translation>
    </message>
    <message>
        <source>Chi phí hiện hành</source>
        <translation>Current cost</translation>
    </message>
    <message>
        <source>Chi phí thực hiện thủ tục</source>
        <translation>Cost of the procedure</translation>
    </message>
    <message>
        <source>Chi phí sau đơn giản hoá</source>
        <translation>Cost after simplification</translation>
    </message>
</context>
<context>
    <name>cptt::bridge::ReportSigner</name>
    <message>
        <source>Chọn tệp khoá PKCS#12 hoặc nhập URI pkcs11: của token.</source>
        <translation>Choose a PKCS#12 key file or type the token&apos;s pkcs11: URI.</translation>
    </message>
    <message>
        <source>Tệp này đã được ký số: %1</source>
        <translation>This file is already signed: %1</translation>
    </message>
    <message>
        <source>Đã ký số bởi %1:
%2</source>
        <translation>Signed by %1:
%2</translation>
    </message>
</context>
</TS>
