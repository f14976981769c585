<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="vi">
<context>
    <name>AddTaskDialog</name>
    <message>
        <source>Thêm công việc từ danh mục</source>
        <translation>Thêm công việc từ danh mục</translation>
    </message>
    <message>
        <source>Thêm công việc theo định mức chính thức</source>
        <translation>Thêm công việc theo định mức chính thức</translation>
    </message>
    <message>
        <source>Thêm công việc</source>
        <translation>Thêm công việc</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>AppDialogs</name>
    <message>
        <source>Mở hồ sơ</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <source>Hồ sơ CPTT (*.cptt.xml *.xml)</source>
        <translation>Hồ sơ CPTT (*.cptt.xml *.xml)</translation>
    </message>
    <message>
        <source>Lưu hồ sơ</source>
        <translation>Lưu hồ sơ</translation>
    </message>
    <message>
        <source>Hồ sơ CPTT (*.cptt.xml)</source>
        <translation>Hồ sơ CPTT (*.cptt.xml)</translation>
    </message>
    <message>
        <source>Xuất báo cáo XML</source>
        <translation>Xuất báo cáo XML</translation>
    </message>
    <message>
        <source>Báo cáo CPTT (*.report.xml)</source>
        <translation>Báo cáo CPTT (*.report.xml)</translation>
    </message>
    <message>
        <source>Đã xuất báo cáo vào:
%1</source>
        <translation>Đã xuất báo cáo vào:
%1</translation>
    </message>
    <message>
        <source>Xuất văn bản đánh giá</source>
        <translation>Xuất văn bản đánh giá</translation>
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
        <translation>Đã xuất văn bản vào:
%1</translation>
    </message>
    <message>
        <source>Mở ý kiến thẩm định</source>
        <translation>Mở ý kiến thẩm định</translation>
    </message>
    <message>
        <source>Ý kiến thẩm định (*.review.xml)</source>
        <translation>Ý kiến thẩm định (*.review.xml)</translation>
    </message>
    <message>
        <source>Hồ sơ có thay đổi chưa lưu</source>
        <translation>Hồ sơ có thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Lưu các thay đổi của &quot;%1&quot; trước khi tiếp tục?</source>
        <translation>Lưu các thay đổi của &quot;%1&quot; trước khi tiếp tục?</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Không lưu</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Đã xuất báo cáo</source>
        <translation>Đã xuất báo cáo</translation>
    </message>
    <message>
        <source>Đã xuất văn bản đánh giá</source>
        <translation>Đã xuất văn bản đánh giá</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Lưu các thay đổi của hồ sơ mới trước khi tiếp tục?</source>
        <translation>Lưu các thay đổi của hồ sơ mới trước khi tiếp tục?</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Xuất</source>
        <translation>Xuất</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Ghi lúc %1; hồ sơ chưa lưu vào tệp nào</source>
        <translation>Ghi lúc %1; hồ sơ chưa lưu vào tệp nào</translation>
    </message>
    <message>
        <source>Ghi lúc %1; bản sao của %2</source>
        <translation>Ghi lúc %1; bản sao của %2</translation>
    </message>
    <message>
        <source>Hồ sơ chưa đặt tên</source>
        <translation>Hồ sơ chưa đặt tên</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>Có bản sao phục hồi của tệp này, ghi lúc %1, mới hơn tệp đã lưu: lần làm việc trước kết thúc khi còn thay đổi chưa lưu.</source>
        <translation>Có bản sao phục hồi của tệp này, ghi lúc %1, mới hơn tệp đã lưu: lần làm việc trước kết thúc khi còn thay đổi chưa lưu.</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Khôi phục bản sao phục hồi</source>
        <translation>Khôi phục bản sao phục hồi</translation>
    </message>
    <message>
        <source>Bỏ bản sao</source>
        <translation>Bỏ bản sao</translation>
    </message>
    <message>
        <source>Bỏ bản sao phục hồi</source>
        <translation>Bỏ bản sao phục hồi</translation>
    </message>
    <message numerus="yes">
        <source>%n ô nhập chưa hợp lệ</source>
        <translation>
            <numerusform>%n ô nhập chưa hợp lệ</numerusform>
        </translation>
    </message>
    <message>
        <source>Có thay đổi chưa lưu</source>
        <translation>Có thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Đã lưu</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Chưa lưu vào tệp</source>
        <translation>Chưa lưu vào tệp</translation>
    </message>
</context>
<context>
    <name>AppToolBar</name>
    <message>
        <source>Mới</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Tạo hồ sơ mới (Ctrl+N)</source>
        <translation>Tạo hồ sơ mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Mở…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <source>Mở hồ sơ (Ctrl+O)</source>
        <translation>Mở hồ sơ (Ctrl+O)</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Lưu hồ sơ (Ctrl+S)</source>
        <translation>Lưu hồ sơ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Lưu thành…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <source>Lưu hồ sơ thành tệp khác</source>
        <translation>Lưu hồ sơ thành tệp khác</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Đóng hồ sơ</source>
        <translation>Đóng hồ sơ</translation>
    </message>
    <message>
        <source>Hoàn tác: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <source>Hoàn tác: %1 (Ctrl+Z)</source>
        <translation>Hoàn tác: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Làm lại: %1</source>
        <translation>Làm lại: %1</translation>
    </message>
    <message>
        <source>Làm lại: %1 (Ctrl+Y)</source>
        <translation>Làm lại: %1 (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Xuất báo cáo…</source>
        <translation>Xuất báo cáo…</translation>
    </message>
    <message>
        <source>Xuất báo cáo XML</source>
        <translation>Xuất báo cáo XML</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Tổng hợp</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Trang đầu</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Về trang đầu</source>
        <translation>Về trang đầu</translation>
    </message>
    <message>
        <source>Màn hình %1</source>
        <translation>Màn hình %1</translation>
    </message>
    <message>
        <source>Xuất văn bản…</source>
        <translation>Xuất văn bản…</translation>
    </message>
    <message>
        <source>Xuất văn bản đánh giá (PDF, ODT)</source>
        <translation>Xuất văn bản đánh giá (PDF, ODT)</translation>
    </message>
    <message>
        <source>Ý kiến thẩm định…</source>
        <translation>Ý kiến thẩm định…</translation>
    </message>
    <message>
        <source>Mở ý kiến thẩm định trả về cho hồ sơ này</source>
        <translation>Mở ý kiến thẩm định trả về cho hồ sơ này</translation>
    </message>
    <message>
        <source>Mở tệp ý kiến thẩm định (*.review.xml) để xem từng ý kiến ngay tại chỗ</source>
        <translation>Mở tệp ý kiến thẩm định (*.review.xml) để xem từng ý kiến ngay tại chỗ</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>Mẫu %1: %2</source>
        <translation>Mẫu %1: %2</translation>
    </message>
    <message>
        <source>Đã trả lời %1/%2 (%3 %)</source>
        <translation>Đã trả lời %1/%2 (%3 %)</translation>
    </message>
    <message>
        <source>Tiến độ trả lời biểu mẫu</source>
        <translation>Tiến độ trả lời biểu mẫu</translation>
    </message>
    <message>
        <source>Thế hệ biểu mẫu %1. %2</source>
        <translation>Thế hệ biểu mẫu %1. %2</translation>
    </message>
    <message>
        <source>⚠ Nội dung biểu mẫu được dựng lại từ các điều khoản, chưa đối chiếu với văn bản chính thức; các phần chưa đối chiếu được đánh dấu.</source>
        <translation>⚠ Nội dung biểu mẫu được dựng lại từ các điều khoản, chưa đối chiếu với văn bản chính thức; các phần chưa đối chiếu được đánh dấu.</translation>
    </message>
</context>
<context>
    <name>AssessmentSummaryBox</name>
    <message>
        <source>Tóm tắt kết quả đánh giá (in vào Mẫu 01/ĐGTĐ-BC)</source>
        <translation>Tóm tắt kết quả đánh giá (in vào Mẫu 01/ĐGTĐ-BC)</translation>
    </message>
    <message>
        <source>Văn bản bạn đã sửa: được in thay cho bản lập từ câu trả lời và không tự cập nhật khi câu trả lời thay đổi.</source>
        <translation>Văn bản bạn đã sửa: được in thay cho bản lập từ câu trả lời và không tự cập nhật khi câu trả lời thay đổi.</translation>
    </message>
    <message>
        <source>Lập từ câu trả lời của biểu %1 (kết luận và lý do từng phần); có thể sửa trước khi xuất, bản sửa được lưu trong hồ sơ.</source>
        <translation>Lập từ câu trả lời của biểu %1 (kết luận và lý do từng phần); có thể sửa trước khi xuất, bản sửa được lưu trong hồ sơ.</translation>
    </message>
    <message>
        <source>Nội dung sẽ in</source>
        <translation>Nội dung sẽ in</translation>
    </message>
    <message>
        <source>Chưa có câu trả lời: văn bản in dòng chấm để điền tay.</source>
        <translation>Chưa có câu trả lời: văn bản in dòng chấm để điền tay.</translation>
    </message>
    <message>
        <source>Lập lại từ câu trả lời</source>
        <translation>Lập lại từ câu trả lời</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Trước và sau dự thảo, theo thủ tục</source>
        <translation>Trước và sau dự thảo, theo thủ tục</translation>
    </message>
    <message>
        <source>Trước dự thảo</source>
        <translation>Trước dự thảo</translation>
    </message>
    <message>
        <source>Sau dự thảo</source>
        <translation>Sau dự thảo</translation>
    </message>
    <message>
        <source>%1: trước %2, sau %3</source>
        <translation>%1: trước %2, sau %3</translation>
    </message>
</context>
<context>
    <name>CatalogueList</name>
    <message>
        <source>Mức độ:</source>
        <translation>Mức độ:</translation>
    </message>
    <message>
        <source>Đơn giản</source>
        <translation>Đơn giản</translation>
    </message>
    <message>
        <source>Mức độ đơn giản</source>
        <translation>Mức độ đơn giản</translation>
    </message>
    <message>
        <source>Trung bình</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Mức độ trung bình</source>
        <translation>Mức độ trung bình</translation>
    </message>
    <message>
        <source>Phức tạp</source>
        <translation>Phức tạp</translation>
    </message>
    <message>
        <source>Mức độ phức tạp</source>
        <translation>Mức độ phức tạp</translation>
    </message>
    <message>
        <source>Danh mục công việc</source>
        <translation>Danh mục công việc</translation>
    </message>
    <message>
        <source>theo định mức chính thức</source>
        <translation>theo định mức chính thức</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Cần hoàn thiện (%1)</source>
        <translation>Cần hoàn thiện (%1)</translation>
    </message>
    <message>
        <source>Không còn mục nào cần hoàn thiện.</source>
        <translation>Không còn mục nào cần hoàn thiện.</translation>
    </message>
    <message>
        <source>Đi tới: %1</source>
        <translation>Đi tới: %1</translation>
    </message>
    <message>
        <source>Thủ tục %1</source>
        <translation>Thủ tục %1</translation>
    </message>
    <message>
        <source>Sửa →</source>
        <translation>Sửa →</translation>
    </message>
</context>
<context>
    <name>CommentNote</name>
    <message>
        <source>Ý kiến thẩm định: %1</source>
        <translation>Ý kiến thẩm định: %1</translation>
    </message>
    <message>
        <source>Ý kiến thẩm định</source>
        <translation>Ý kiến thẩm định</translation>
    </message>
</context>
<context>
    <name>CompareRow</name>
    <message>
        <source>(công việc mới)</source>
        <translation>(công việc mới)</translation>
    </message>
    <message>
        <source>(bỏ công việc này)</source>
        <translation>(bỏ công việc này)</translation>
    </message>
</context>
<context>
    <name>CompareTotals</name>
    <message>
        <source>Hiện hành</source>
        <translation>Hiện hành</translation>
    </message>
    <message>
        <source>Sau đơn giản hoá</source>
        <translation>Sau đơn giản hoá</translation>
    </message>
    <message>
        <source>Chênh lệch</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>%1: chênh lệch %2</source>
        <translation>%1: chênh lệch %2</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Đồng ý</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>DeltaCell</name>
    <message>
        <source>%1 thành %2, chênh lệch %3</source>
        <translation>%1 thành %2, chênh lệch %3</translation>
    </message>
</context>
<context>
    <name>DossierDocument</name>
    <message>
        <source>Đã tạo hồ sơ mới.</source>
        <translation>Đã tạo hồ sơ mới.</translation>
    </message>
    <message>
        <source>Đã mở %1.</source>
        <translation>Đã mở %1.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa có tên tệp: hãy chọn &quot;Lưu thành&quot;.</source>
        <translation>Hồ sơ chưa có tên tệp: hãy chọn &quot;Lưu thành&quot;.</translation>
    </message>
    <message>
        <source>Chưa chọn tệp để lưu.</source>
        <translation>Chưa chọn tệp để lưu.</translation>
    </message>
    <message>
        <source>Không lưu được %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message>
        <source>Đã lưu vào %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <source>Đã khôi phục bản sao chưa lưu. Hãy lưu hồ sơ.</source>
        <translation>Đã khôi phục bản sao chưa lưu. Hãy lưu hồ sơ.</translation>
    </message>
    <message>
        <source>Không ghi được bản sao phục hồi: %1</source>
        <translation>Không ghi được bản sao phục hồi: %1</translation>
    </message>
    <message>
        <source>Chưa chọn tệp để xuất báo cáo.</source>
        <translation>Chưa chọn tệp để xuất báo cáo.</translation>
    </message>
    <message>
        <source>Không xuất được báo cáo %1: %2</source>
        <translation>Không xuất được báo cáo %1: %2</translation>
    </message>
    <message>
        <source>Đã xuất báo cáo vào %1.</source>
        <translation>Đã xuất báo cáo vào %1.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa đặt tên</source>
        <translation>Hồ sơ chưa đặt tên</translation>
    </message>
    <message>
        <source>Giai đoạn không hợp lệ: %1</source>
        <translation>Giai đoạn không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Trường không xác định: %1</source>
        <translation>Trường không xác định: %1</translation>
    </message>
    <message>
        <source>Sửa thông tin dự thảo</source>
        <translation>Sửa thông tin dự thảo</translation>
    </message>
    <message>
        <source>Thêm mức thu nhập</source>
        <translation>Thêm mức thu nhập</translation>
    </message>
    <message>
        <source>Xoá mức thu nhập</source>
        <translation>Xoá mức thu nhập</translation>
    </message>
    <message>
        <source>Không có mức thu nhập thứ %1.</source>
        <translation>Không có mức thu nhập thứ %1.</translation>
    </message>
    <message>
        <source>Sửa mức thu nhập</source>
        <translation>Sửa mức thu nhập</translation>
    </message>
    <message>
        <source>Loại thủ tục không hợp lệ: %1</source>
        <translation>Loại thủ tục không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Thêm thủ tục</source>
        <translation>Thêm thủ tục</translation>
    </message>
    <message>
        <source> (bản sao)</source>
        <translation> (bản sao)</translation>
    </message>
    <message>
        <source>Nhân bản thủ tục</source>
        <translation>Nhân bản thủ tục</translation>
    </message>
    <message>
        <source>Xoá thủ tục</source>
        <translation>Xoá thủ tục</translation>
    </message>
    <message>
        <source>Đổi thứ tự thủ tục</source>
        <translation>Đổi thứ tự thủ tục</translation>
    </message>
    <message>
        <source>Không tìm thấy thủ tục %1.</source>
        <translation>Không tìm thấy thủ tục %1.</translation>
    </message>
    <message>
        <source>Cấp giải quyết không hợp lệ: %1</source>
        <translation>Cấp giải quyết không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Đối tượng không hợp lệ: %1</source>
        <translation>Đối tượng không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Sửa thủ tục</source>
        <translation>Sửa thủ tục</translation>
    </message>
    <message>
        <source>Chép bảng hiện hành sang phương án mới</source>
        <translation>Chép bảng hiện hành sang phương án mới</translation>
    </message>
    <message>
        <source>Thủ tục này không có bảng tính &quot;%1&quot;.</source>
        <translation>Thủ tục này không có bảng tính &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sửa bảng tính chi phí</source>
        <translation>Sửa bảng tính chi phí</translation>
    </message>
    <message>
        <source>Thêm công việc</source>
        <translation>Thêm công việc</translation>
    </message>
    <message>
        <source>Xoá công việc</source>
        <translation>Xoá công việc</translation>
    </message>
    <message>
        <source>Đổi thứ tự công việc</source>
        <translation>Đổi thứ tự công việc</translation>
    </message>
    <message>
        <source>Không có công việc thứ %1.</source>
        <translation>Không có công việc thứ %1.</translation>
    </message>
    <message>
        <source>Sửa công việc</source>
        <translation>Sửa công việc</translation>
    </message>
    <message>
        <source>Thêm phí, lệ phí</source>
        <translation>Thêm phí, lệ phí</translation>
    </message>
    <message>
        <source>Xoá phí, lệ phí</source>
        <translation>Xoá phí, lệ phí</translation>
    </message>
    <message>
        <source>Không có khoản phí thứ %1.</source>
        <translation>Không có khoản phí thứ %1.</translation>
    </message>
    <message>
        <source>Sửa phí, lệ phí</source>
        <translation>Sửa phí, lệ phí</translation>
    </message>
    <message>
        <source>Chưa lưu: tệp sẽ không mở lại được: %1</source>
        <translation>Chưa lưu: tệp sẽ không mở lại được: %1</translation>
    </message>
    <message>
        <source>Trả lời biểu mẫu</source>
        <translation>Trả lời biểu mẫu</translation>
    </message>
    <message>
        <source>Chưa chọn tệp để xuất văn bản.</source>
        <translation>Chưa chọn tệp để xuất văn bản.</translation>
    </message>
    <message>
        <source>Không xuất được văn bản %1: %2</source>
        <translation>Không xuất được văn bản %1: %2</translation>
    </message>
    <message>
        <source>Đã xuất văn bản vào %1.</source>
        <translation>Đã xuất văn bản vào %1.</translation>
    </message>
    <message>
        <source>Không có dòng %1 trong bảng.</source>
        <translation>Không có dòng %1 trong bảng.</translation>
    </message>
    <message>
        <source>Không chuyển được công việc %1 đến chỗ %2.</source>
        <translation>Không chuyển được công việc %1 đến chỗ %2.</translation>
    </message>
    <message>
        <source>Bản sao phục hồi này không còn nữa: hồ sơ đã được lưu, hoặc bản sao đã được khôi phục hay bỏ đi ở nơi khác. Danh sách bản sao đã được cập nhật.</source>
        <translation>Bản sao phục hồi này không còn nữa: hồ sơ đã được lưu, hoặc bản sao đã được khôi phục hay bỏ đi ở nơi khác. Danh sách bản sao đã được cập nhật.</translation>
    </message>
    <message>
        <source>Bản sao phục hồi này đang được một cửa sổ CPTT khác dùng.</source>
        <translation>Bản sao phục hồi này đang được một cửa sổ CPTT khác dùng.</translation>
    </message>
    <message>
        <source>Đã bỏ bản sao phục hồi.</source>
        <translation>Đã bỏ bản sao phục hồi.</translation>
    </message>
    <message>
        <source>Chưa cộng được tổng của dự thảo: %1</source>
        <translation>Chưa cộng được tổng của dự thảo: %1</translation>
    </message>
    <message>
        <source>Số lượng theo định mức: %1</source>
        <translation>Số lượng theo định mức: %1</translation>
    </message>
    <message>
        <source>Đã mở bản sao của %1: hãy &quot;Lưu thành&quot; để giữ lại.</source>
        <translation>Đã mở bản sao của %1: hãy &quot;Lưu thành&quot; để giữ lại.</translation>
    </message>
    <message>
        <source>Hồ sơ này không có bản tóm tắt kết quả đánh giá cho thủ tục.</source>
        <translation>Hồ sơ này không có bản tóm tắt kết quả đánh giá cho thủ tục.</translation>
    </message>
    <message>
        <source>Bảng định mức không có dòng cho định mức này.</source>
        <translation>Bảng định mức không có dòng cho định mức này.</translation>
    </message>
    <message>
        <source>Số giờ theo định mức (%1) vượt quá %2 giờ.</source>
        <translation>Số giờ theo định mức (%1) vượt quá %2 giờ.</translation>
    </message>
</context>
<context>
    <name>DraftDetails</name>
    <message>
        <source>Luật</source>
        <translation>Luật</translation>
    </message>
    <message>
        <source>Nghị quyết</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <source>Nghị định</source>
        <translation>Nghị định</translation>
    </message>
    <message>
        <source>Thông tư</source>
        <translation>Thông tư</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Dự thảo văn bản</source>
        <translation>Dự thảo văn bản</translation>
    </message>
    <message>
        <source>Tên dự thảo</source>
        <translation>Tên dự thảo</translation>
    </message>
    <message>
        <source>Loại văn bản</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Giai đoạn</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Đề nghị xây dựng</source>
        <translation>Đề nghị xây dựng</translation>
    </message>
    <message>
        <source>Soạn thảo</source>
        <translation>Soạn thảo</translation>
    </message>
    <message>
        <source>Cơ quan chủ trì soạn thảo</source>
        <translation>Cơ quan chủ trì soạn thảo</translation>
    </message>
    <message>
        <source>Người liên hệ</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Năm tính chi phí</source>
        <translation>Năm tính chi phí</translation>
    </message>
    <message>
        <source>Ngày lập (YYYY-MM-DD)</source>
        <translation>Ngày lập (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Ngày sửa (YYYY-MM-DD)</source>
        <translation>Ngày sửa (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ExportedNotice</name>
    <message>
        <source>Đã ký số báo cáo</source>
        <translation>Đã ký số báo cáo</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Ký số…</source>
        <translation>Ký số…</translation>
    </message>
</context>
<context>
    <name>FeeRow</name>
    <message>
        <source>Tên phí, lệ phí</source>
        <translation>Tên phí, lệ phí</translation>
    </message>
    <message>
        <source>Tên phí, lệ phí %1</source>
        <translation>Tên phí, lệ phí %1</translation>
    </message>
    <message>
        <source>Mức phí %1</source>
        <translation>Mức phí %1</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý của phí %1</source>
        <translation>Căn cứ pháp lý của phí %1</translation>
    </message>
    <message>
        <source>Xoá phí %1</source>
        <translation>Xoá phí %1</translation>
    </message>
</context>
<context>
    <name>FeeTable</name>
    <message>
        <source>Phí, lệ phí</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>Tên phí, lệ phí</source>
        <translation>Tên phí, lệ phí</translation>
    </message>
    <message>
        <source>Mức phí</source>
        <translation>Mức phí</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>+ Phí, lệ phí</source>
        <translation>+ Phí, lệ phí</translation>
    </message>
    <message>
        <source>Thêm phí, lệ phí</source>
        <translation>Thêm phí, lệ phí</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>Mở</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>FormModel</name>
    <message>
        <source>Không đọc được định nghĩa biểu mẫu (thư mục forms/).</source>
        <translation>Không đọc được định nghĩa biểu mẫu (thư mục forms/).</translation>
    </message>
    <message>
        <source>Thủ tục bãi bỏ không có biểu đánh giá riêng: lý do bãi bỏ (mục Thông tin chung) và lợi ích chi phí được đưa vào bản đánh giá tổng hợp 01/ĐGTĐ-BC.</source>
        <translation>Thủ tục bãi bỏ không có biểu đánh giá riêng: lý do bãi bỏ (mục Thông tin chung) và lợi ích chi phí được đưa vào bản đánh giá tổng hợp 01/ĐGTĐ-BC.</translation>
    </message>
    <message>
        <source>Không có biểu mẫu đánh giá cho loại thủ tục này ở giai đoạn và thế hệ biểu mẫu của hồ sơ.</source>
        <translation>Không có biểu mẫu đánh giá cho loại thủ tục này ở giai đoạn và thế hệ biểu mẫu của hồ sơ.</translation>
    </message>
    <message>
        <source>câu %1 “%2”</source>
        <translation>câu %1 “%2”</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Nêu rõ lý do</source>
        <translation>Nêu rõ lý do</translation>
    </message>
    <message>
        <source>Không có biểu mẫu.</source>
        <translation>Không có biểu mẫu.</translation>
    </message>
    <message>
        <source>Câu %1 (&quot;%2&quot;) được trả lời &quot;%3&quot;: đánh giá dừng ở đây, các phần sau được đóng lại.</source>
        <translation>Câu %1 (&quot;%2&quot;) được trả lời &quot;%3&quot;: đánh giá dừng ở đây, các phần sau được đóng lại.</translation>
    </message>
    <message>
        <source>Chọn một thủ tục để xem biểu mẫu đánh giá của thủ tục đó.</source>
        <translation>Chọn một thủ tục để xem biểu mẫu đánh giá của thủ tục đó.</translation>
    </message>
</context>
<context>
    <name>FormQuestion</name>
    <message>
        <source>chưa đối chiếu</source>
        <translation>chưa đối chiếu</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Phần này đã đóng vì đánh giá dừng ở %1.</source>
        <translation>Phần này đã đóng vì đánh giá dừng ở %1.</translation>
    </message>
    <message>
        <source>Không đánh giá: dự thảo không thay đổi thành phần này (%1).</source>
        <translation>Không đánh giá: dự thảo không thay đổi thành phần này (%1).</translation>
    </message>
    <message>
        <source>Không áp dụng với các câu trả lời hiện tại.</source>
        <translation>Không áp dụng với các câu trả lời hiện tại.</translation>
    </message>
    <message>
        <source>Câu trả lời không hợp lệ</source>
        <translation>Câu trả lời không hợp lệ</translation>
    </message>
    <message>
        <source>Chưa trả lời</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>năm-tháng-ngày, ví dụ 2025-07-01</source>
        <translation>năm-tháng-ngày, ví dụ 2025-07-01</translation>
    </message>
    <message>
        <source>%1 (lấy từ hồ sơ)</source>
        <translation>%1 (lấy từ hồ sơ)</translation>
    </message>
    <message>
        <source>Lý do cho câu %1</source>
        <translation>Lý do cho câu %1</translation>
    </message>
    <message>
        <source>Câu trả lời này cần nêu rõ lý do.</source>
        <translation>Câu trả lời này cần nêu rõ lý do.</translation>
    </message>
    <message>
        <source>Ý kiến…</source>
        <translation>Ý kiến…</translation>
    </message>
    <message>
        <source>Ý kiến về phần %1</source>
        <translation>Ý kiến về phần %1</translation>
    </message>
    <message>
        <source>Ý kiến về câu %1</source>
        <translation>Ý kiến về câu %1</translation>
    </message>
</context>
<context>
    <name>FormTable</name>
    <message>
        <source>Câu %1, dòng %2, %3</source>
        <translation>Câu %1, dòng %2, %3</translation>
    </message>
    <message>
        <source>Xoá dòng %1 của câu %2</source>
        <translation>Xoá dòng %1 của câu %2</translation>
    </message>
    <message>
        <source>Xoá dòng này</source>
        <translation>Xoá dòng này</translation>
    </message>
    <message>
        <source>Chưa có dòng nào.</source>
        <translation>Chưa có dòng nào.</translation>
    </message>
    <message>
        <source>+ Thêm dòng</source>
        <translation>+ Thêm dòng</translation>
    </message>
    <message>
        <source>Thêm dòng vào câu %1</source>
        <translation>Thêm dòng vào câu %1</translation>
    </message>
</context>
<context>
    <name>FormTableCell</name>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>năm-tháng-ngày</source>
        <translation>năm-tháng-ngày</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Chưa nhập số.</source>
        <translation>Chưa nhập số.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: phải lớn hơn 0.</source>
        <translation>&quot;%1&quot;: phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: không được âm.</source>
        <translation>&quot;%1&quot;: không được âm.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: vượt quá %2.</source>
        <translation>&quot;%1&quot;: vượt quá %2.</translation>
    </message>
</context>
<context>
    <name>GeneralInfo</name>
    <message>
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Tên thủ tục hành chính</source>
        <translation>Tên thủ tục hành chính</translation>
    </message>
    <message>
        <source>Mã trên Cơ sở dữ liệu quốc gia</source>
        <translation>Mã trên Cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Loại thủ tục</source>
        <translation>Loại thủ tục</translation>
    </message>
    <message>
        <source>Cấp giải quyết</source>
        <translation>Cấp giải quyết</translation>
    </message>
    <message>
        <source>Đối tượng thực hiện</source>
        <translation>Đối tượng thực hiện</translation>
    </message>
    <message>
        <source>Điều, khoản của dự thảo quy định thủ tục (mỗi dòng một căn cứ)</source>
        <translation>Điều, khoản của dự thảo quy định thủ tục (mỗi dòng một căn cứ)</translation>
    </message>
    <message>
        <source>Lý do bãi bỏ</source>
        <translation>Lý do bãi bỏ</translation>
    </message>
    <message>
        <source>Nội dung đơn giản hoá và lý do</source>
        <translation>Nội dung đơn giản hoá và lý do</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CPTT: chi phí tuân thủ thủ tục hành chính</source>
        <translation>CPTT: chi phí tuân thủ thủ tục hành chính</translation>
    </message>
</context>
<context>
    <name>NormForm</name>
    <message>
        <source>Định mức</source>
        <translation>Định mức</translation>
    </message>
    <message>
        <source>Địa bàn</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Số trang</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Số lượt đi lại</source>
        <translation>Số lượt đi lại</translation>
    </message>
    <message>
        <source>Nhập số lượt hoặc số trang: một số không âm, ví dụ 2 hoặc 1,5.</source>
        <translation>Nhập số lượt hoặc số trang: một số không âm, ví dụ 2 hoặc 1,5.</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Thời gian: %1</source>
        <translation>Thời gian: %1</translation>
    </message>
    <message>
        <source>Căn cứ: %1</source>
        <translation>Căn cứ: %1</translation>
    </message>
</context>
<context>
    <name>ProcedureDelegate</name>
    <message>
        <source>Thủ tục %1: %2</source>
        <translation>Thủ tục %1: %2</translation>
    </message>
    <message>
        <source>(chưa đặt tên)</source>
        <translation>(chưa đặt tên)</translation>
    </message>
    <message numerus="yes">
        <source>%n ý kiến thẩm định</source>
        <translation>
            <numerusform>%n ý kiến thẩm định</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcedureList</name>
    <message>
        <source>Thủ tục hành chính trong dự thảo (%1)</source>
        <translation>Thủ tục hành chính trong dự thảo (%1)</translation>
    </message>
    <message>
        <source>Thêm thủ tục…</source>
        <translation>Thêm thủ tục…</translation>
    </message>
    <message>
        <source>Thêm thủ tục</source>
        <translation>Thêm thủ tục</translation>
    </message>
    <message>
        <source>Thủ tục mới</source>
        <translation>Thủ tục mới</translation>
    </message>
    <message>
        <source>Thủ tục sửa đổi, bổ sung</source>
        <translation>Thủ tục sửa đổi, bổ sung</translation>
    </message>
    <message>
        <source>Thủ tục được quy định chi tiết</source>
        <translation>Thủ tục được quy định chi tiết</translation>
    </message>
    <message>
        <source>Thủ tục bị bãi bỏ</source>
        <translation>Thủ tục bị bãi bỏ</translation>
    </message>
    <message>
        <source>Nhân bản</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Nhân bản thủ tục đang chọn</source>
        <translation>Nhân bản thủ tục đang chọn</translation>
    </message>
    <message>
        <source>Xoá</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Xoá thủ tục đang chọn (có thể hoàn tác)</source>
        <translation>Xoá thủ tục đang chọn (có thể hoàn tác)</translation>
    </message>
    <message>
        <source>Chuyển lên trên</source>
        <translation>Chuyển lên trên</translation>
    </message>
    <message>
        <source>Chuyển xuống dưới</source>
        <translation>Chuyển xuống dưới</translation>
    </message>
    <message>
        <source>Mở thủ tục</source>
        <translation>Mở thủ tục</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Danh sách thủ tục</source>
        <translation>Danh sách thủ tục</translation>
    </message>
    <message>
        <source>Chưa có thủ tục nào. Bấm &quot;Thêm thủ tục…&quot; để bắt đầu.</source>
        <translation>Chưa có thủ tục nào. Bấm &quot;Thêm thủ tục…&quot; để bắt đầu.</translation>
    </message>
    <message>
        <source>Trước dự thảo (%1)</source>
        <translation>Trước dự thảo (%1)</translation>
    </message>
    <message>
        <source>Sau dự thảo (%1)</source>
        <translation>Sau dự thảo (%1)</translation>
    </message>
</context>
<context>
    <name>ProcedurePage</name>
    <message>
        <source>← Danh sách</source>
        <translation>← Danh sách</translation>
    </message>
    <message>
        <source>Về danh sách thủ tục</source>
        <translation>Về danh sách thủ tục</translation>
    </message>
    <message>
        <source>(chưa đặt tên)</source>
        <translation>(chưa đặt tên)</translation>
    </message>
    <message>
        <source>Trước: %1   Sau: %2   Giảm: %3</source>
        <translation>Trước: %1   Sau: %2   Giảm: %3</translation>
    </message>
    <message>
        <source>1. Thông tin chung</source>
        <translation>1. Thông tin chung</translation>
    </message>
    <message>
        <source>2. Đánh giá tác động</source>
        <translation>2. Đánh giá tác động</translation>
    </message>
    <message>
        <source>3. Chi phí tuân thủ</source>
        <translation>3. Chi phí tuân thủ</translation>
    </message>
    <message>
        <source>4. Tóm tắt</source>
        <translation>4. Tóm tắt</translation>
    </message>
</context>
<context>
    <name>ProcedureSummary</name>
    <message>
        <source>Tóm tắt thủ tục</source>
        <translation>Tóm tắt thủ tục</translation>
    </message>
    <message>
        <source>Tỷ lệ cắt giảm</source>
        <translation>Tỷ lệ cắt giảm</translation>
    </message>
    <message>
        <source>Thủ tục mới: trước dự thảo bằng 0, sau dự thảo là chi phí của thủ tục.</source>
        <translation>Thủ tục mới: trước dự thảo bằng 0, sau dự thảo là chi phí của thủ tục.</translation>
    </message>
    <message>
        <source>Thủ tục bị bãi bỏ: sau dự thảo bằng 0; lợi ích là toàn bộ chi phí hiện hành.</source>
        <translation>Thủ tục bị bãi bỏ: sau dự thảo bằng 0; lợi ích là toàn bộ chi phí hiện hành.</translation>
    </message>
    <message>
        <source>Tiết kiệm = trước − sau; tỷ lệ cắt giảm = tiết kiệm ÷ trước × 100, làm tròn 2 chữ số, giữ dấu.</source>
        <translation>Tiết kiệm = trước − sau; tỷ lệ cắt giảm = tiết kiệm ÷ trước × 100, làm tròn 2 chữ số, giữ dấu.</translation>
    </message>
    <message>
        <source>Thủ tục đã đầy đủ.</source>
        <translation>Thủ tục đã đầy đủ.</translation>
    </message>
    <message>
        <source>Còn thiếu hoặc cần sửa:</source>
        <translation>Còn thiếu hoặc cần sửa:</translation>
    </message>
    <message>
        <source>Chi phí trước dự thảo (%1)</source>
        <translation>Chi phí trước dự thảo (%1)</translation>
    </message>
    <message>
        <source>Chi phí sau dự thảo (%1)</source>
        <translation>Chi phí sau dự thảo (%1)</translation>
    </message>
    <message>
        <source>Chi phí tiết kiệm (%1)</source>
        <translation>Chi phí tiết kiệm (%1)</translation>
    </message>
</context>
<context>
    <name>RateDelegate</name>
    <message>
        <source>theo GDP bình quân đầu người</source>
        <translation>theo GDP bình quân đầu người</translation>
    </message>
    <message>
        <source>nhập trực tiếp</source>
        <translation>nhập trực tiếp</translation>
    </message>
    <message>
        <source>%1 / giờ</source>
        <translation>%1 / giờ</translation>
    </message>
    <message>
        <source>Xoá</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Xoá mức thu nhập %1</source>
        <translation>Xoá mức thu nhập %1</translation>
    </message>
    <message>
        <source>Năm số liệu</source>
        <translation>Năm số liệu</translation>
    </message>
    <message>
        <source>GDP bình quân đầu người</source>
        <translation>GDP bình quân đầu người</translation>
    </message>
    <message>
        <source>Mức một giờ</source>
        <translation>Mức một giờ</translation>
    </message>
    <message>
        <source>Mức thu nhập một giờ</source>
        <translation>Mức thu nhập một giờ</translation>
    </message>
    <message>
        <source>Cơ quan công bố</source>
        <translation>Cơ quan công bố</translation>
    </message>
    <message>
        <source>Nguồn số liệu</source>
        <translation>Nguồn số liệu</translation>
    </message>
    <message>
        <source>theo GDP và dân số</source>
        <translation>theo GDP và dân số</translation>
    </message>
    <message>
        <source>GDP theo giá hiện hành</source>
        <translation>GDP theo giá hiện hành</translation>
    </message>
    <message>
        <source>Dân số trung bình</source>
        <translation>Dân số trung bình</translation>
    </message>
</context>
<context>
    <name>RateModel</name>
    <message>
        <source>Nhập trực tiếp: %1 một giờ</source>
        <translation>Nhập trực tiếp: %1 một giờ</translation>
    </message>
    <message>
        <source>GDP bình quân đầu người %1</source>
        <translation>GDP bình quân đầu người %1</translation>
    </message>
    <message>
        <source>GDP %1 ÷ dân số %2</source>
        <translation>GDP %1 ÷ dân số %2</translation>
    </message>
    <message>
        <source>%1 ÷ (%2 tháng × %3 ngày × %4 giờ = %5) = %6 → làm tròn nửa lên đến đồng: %7</source>
        <translation>%1 ÷ (%2 tháng × %3 ngày × %4 giờ = %5) = %6 → làm tròn nửa lên đến đồng: %7</translation>
    </message>
    <message>
        <source>%1/giờ</source>
        <translation>%1/giờ</translation>
    </message>
</context>
<context>
    <name>RatesPanel</name>
    <message>
        <source>Mức thu nhập bình quân theo giờ</source>
        <translation>Mức thu nhập bình quân theo giờ</translation>
    </message>
    <message>
        <source>Không đọc được số liệu tham chiếu: %1</source>
        <translation>Không đọc được số liệu tham chiếu: %1</translation>
    </message>
    <message>
        <source>Thêm mức từ GDP của năm…</source>
        <translation>Thêm mức từ GDP của năm…</translation>
    </message>
    <message>
        <source> (chưa đối chiếu)</source>
        <translation> (chưa đối chiếu)</translation>
    </message>
    <message>
        <source>Nhập mức trực tiếp</source>
        <translation>Nhập mức trực tiếp</translation>
    </message>
    <message>
        <source>Thu nhập bình quân một giờ = GDP ÷ (dân số × 12 tháng × 22 ngày × 8 giờ) = GDP bình quân đầu người ÷ 2.112, theo số liệu của năm liền trước năm tính (Thông tư 03/2022/TT-BTP, Điều 11 khoản 4).</source>
        <translation>Thu nhập bình quân một giờ = GDP ÷ (dân số × 12 tháng × 22 ngày × 8 giờ) = GDP bình quân đầu người ÷ 2.112, theo số liệu của năm liền trước năm tính (Thông tư 03/2022/TT-BTP, Điều 11 khoản 4).</translation>
    </message>
    <message>
        <source>Năm tính %1 cần số liệu của năm %2, nhưng chưa có số liệu năm %2 bằng đồng đã được đối chiếu. Hãy nhập số liệu có nguồn (GDP bình quân đầu người, hoặc GDP và dân số, cơ quan công bố và nguồn). Số liệu mới nhất hiện có là năm %3: %4 → %5 một giờ.</source>
        <translation>Năm tính %1 cần số liệu của năm %2, nhưng chưa có số liệu năm %2 bằng đồng đã được đối chiếu. Hãy nhập số liệu có nguồn (GDP bình quân đầu người, hoặc GDP và dân số, cơ quan công bố và nguồn). Số liệu mới nhất hiện có là năm %3: %4 → %5 một giờ.</translation>
    </message>
    <message>
        <source>Theo quy định, năm tính %1 dùng số liệu năm %2: %3 → %4 một giờ.</source>
        <translation>Theo quy định, năm tính %1 dùng số liệu năm %2: %3 → %4 một giờ.</translation>
    </message>
    <message>
        <source>Cách tính khác, cùng năm %1: %2 → %3 một giờ (chênh lệch do làm tròn số liệu công bố; cả hai cách đều hợp lệ).</source>
        <translation>Cách tính khác, cùng năm %1: %2 → %3 một giờ (chênh lệch do làm tròn số liệu công bố; cả hai cách đều hợp lệ).</translation>
    </message>
    <message>
        <source>Nhập số liệu năm %1…</source>
        <translation>Nhập số liệu năm %1…</translation>
    </message>
    <message>
        <source>Năm %1: %2 → %3%4</source>
        <translation>Năm %1: %2 → %3%4</translation>
    </message>
</context>
<context>
    <name>ReferenceLibrary</name>
    <message>
        <source>GDP bình quân đầu người %1</source>
        <translation>GDP bình quân đầu người %1</translation>
    </message>
    <message>
        <source>GDP %1 ÷ dân số %2</source>
        <translation>GDP %1 ÷ dân số %2</translation>
    </message>
    <message>
        <source>Số giờ mặc định của danh mục là giá trị tham khảo, không phải định mức chính thức: điều chỉnh theo thực tế của thủ tục và ghi rõ căn cứ. Đi lại và điền đơn, tờ khai tính theo định mức chính thức.</source>
        <translation>Số giờ mặc định của danh mục là giá trị tham khảo, không phải định mức chính thức: điều chỉnh theo thực tế của thủ tục và ghi rõ căn cứ. Đi lại và điền đơn, tờ khai tính theo định mức chính thức.</translation>
    </message>
</context>
<context>
    <name>ResponseDialogs</name>
    <message>
        <source>Lưu bản trả lời ý kiến thẩm định</source>
        <translation>Lưu bản trả lời ý kiến thẩm định</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Bản trả lời (*.response.xml)</source>
        <translation>Bản trả lời (*.response.xml)</translation>
    </message>
    <message>
        <source>Đã lưu bản trả lời</source>
        <translation>Đã lưu bản trả lời</translation>
    </message>
    <message>
        <source>Đã lưu bản trả lời vào:
%1</source>
        <translation>Đã lưu bản trả lời vào:
%1</translation>
    </message>
    <message>
        <source>Xuất bảng tiếp thu, giải trình</source>
        <translation>Xuất bảng tiếp thu, giải trình</translation>
    </message>
    <message>
        <source>Xuất</source>
        <translation>Xuất</translation>
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
        <translation>Đã xuất bảng tiếp thu, giải trình</translation>
    </message>
    <message>
        <source>Đã xuất bảng vào:
%1</source>
        <translation>Đã xuất bảng vào:
%1</translation>
    </message>
    <message>
        <source>Chọn báo cáo đã sửa</source>
        <translation>Chọn báo cáo đã sửa</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Báo cáo CPTT (*.report.xml)</source>
        <translation>Báo cáo CPTT (*.report.xml)</translation>
    </message>
</context>
<context>
    <name>ResponseItemCard</name>
    <message>
        <source>Phát hiện được giữ lại</source>
        <translation>Phát hiện được giữ lại</translation>
    </message>
    <message>
        <source>Xem chỗ →</source>
        <translation>Xem chỗ →</translation>
    </message>
    <message>
        <source>Đi tới chỗ của ý kiến %1</source>
        <translation>Đi tới chỗ của ý kiến %1</translation>
    </message>
    <message>
        <source>Tiếp thu</source>
        <translation>Tiếp thu</translation>
    </message>
    <message>
        <source>Tiếp thu ý kiến %1</source>
        <translation>Tiếp thu ý kiến %1</translation>
    </message>
    <message>
        <source>Giải trình</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <source>Giải trình ý kiến %1</source>
        <translation>Giải trình ý kiến %1</translation>
    </message>
    <message>
        <source>Đã sửa những gì, ở đâu</source>
        <translation>Đã sửa những gì, ở đâu</translation>
    </message>
    <message>
        <source>Vì sao không tiếp thu</source>
        <translation>Vì sao không tiếp thu</translation>
    </message>
    <message>
        <source>Chọn Tiếp thu hoặc Giải trình trước</source>
        <translation>Chọn Tiếp thu hoặc Giải trình trước</translation>
    </message>
    <message>
        <source>Nội dung tiếp thu, giải trình ý kiến %1</source>
        <translation>Nội dung tiếp thu, giải trình ý kiến %1</translation>
    </message>
</context>
<context>
    <name>ResponsePage</name>
    <message>
        <source>← Hồ sơ</source>
        <translation>← Hồ sơ</translation>
    </message>
    <message>
        <source>Về hồ sơ</source>
        <translation>Về hồ sơ</translation>
    </message>
    <message>
        <source>Tiếp thu, giải trình ý kiến thẩm định</source>
        <translation>Tiếp thu, giải trình ý kiến thẩm định</translation>
    </message>
    <message>
        <source>%1/%2 chưa trả lời</source>
        <translation>%1/%2 chưa trả lời</translation>
    </message>
    <message>
        <source>Đã trả lời tất cả %1</source>
        <translation>Đã trả lời tất cả %1</translation>
    </message>
    <message>
        <source>Lưu trả lời</source>
        <translation>Lưu trả lời</translation>
    </message>
    <message>
        <source>Lưu bản trả lời</source>
        <translation>Lưu bản trả lời</translation>
    </message>
    <message>
        <source>Xuất bảng…</source>
        <translation>Xuất bảng…</translation>
    </message>
    <message>
        <source>Xuất bảng tiếp thu, giải trình</source>
        <translation>Xuất bảng tiếp thu, giải trình</translation>
    </message>
    <message>
        <source>Người trả lời</source>
        <translation>Người trả lời</translation>
    </message>
    <message>
        <source>Cơ quan chủ trì soạn thảo</source>
        <translation>Cơ quan chủ trì soạn thảo</translation>
    </message>
    <message>
        <source>Chưa có báo cáo đã sửa: xuất báo cáo sau khi sửa hồ sơ, bản trả lời sẽ ghi tên báo cáo đó.</source>
        <translation>Chưa có báo cáo đã sửa: xuất báo cáo sau khi sửa hồ sơ, bản trả lời sẽ ghi tên báo cáo đó.</translation>
    </message>
    <message>
        <source>Hồ sơ đã sửa tiếp sau khi xuất %1: hãy xuất lại báo cáo.</source>
        <translation>Hồ sơ đã sửa tiếp sau khi xuất %1: hãy xuất lại báo cáo.</translation>
    </message>
    <message>
        <source>Báo cáo đã sửa: %1</source>
        <translation>Báo cáo đã sửa: %1</translation>
    </message>
    <message>
        <source>Chọn báo cáo…</source>
        <translation>Chọn báo cáo…</translation>
    </message>
    <message>
        <source>Chọn báo cáo đã sửa</source>
        <translation>Chọn báo cáo đã sửa</translation>
    </message>
    <message>
        <source>Chỗ đã sửa được so với báo cáo đã thẩm định %1.</source>
        <translation>Chỗ đã sửa được so với báo cáo đã thẩm định %1.</translation>
    </message>
    <message>
        <source>Không thấy báo cáo đã thẩm định bên cạnh bản thẩm định: chưa so được chỗ đã sửa.</source>
        <translation>Không thấy báo cáo đã thẩm định bên cạnh bản thẩm định: chưa so được chỗ đã sửa.</translation>
    </message>
    <message>
        <source>Bản thẩm định không có ý kiến hay phát hiện nào cần trả lời.</source>
        <translation>Bản thẩm định không có ý kiến hay phát hiện nào cần trả lời.</translation>
    </message>
</context>
<context>
    <name>ResponseSession</name>
    <message>
        <source>Không đọc được bản trả lời %1: %2</source>
        <translation>Không đọc được bản trả lời %1: %2</translation>
    </message>
    <message>
        <source>Bản trả lời %1 trả lời một bản thẩm định khác; các ý kiến được trả lời lại từ đầu và sẽ được lưu vào tệp khác.</source>
        <translation>Bản trả lời %1 trả lời một bản thẩm định khác; các ý kiến được trả lời lại từ đầu và sẽ được lưu vào tệp khác.</translation>
    </message>
    <message>
        <source>Không có ý kiến này để trả lời.</source>
        <translation>Không có ý kiến này để trả lời.</translation>
    </message>
    <message>
        <source>Chọn Tiếp thu hoặc Giải trình.</source>
        <translation>Chọn Tiếp thu hoặc Giải trình.</translation>
    </message>
    <message>
        <source>Chưa chọn tệp để lưu bản trả lời.</source>
        <translation>Chưa chọn tệp để lưu bản trả lời.</translation>
    </message>
    <message>
        <source>Chưa mở bản thẩm định nào để trả lời.</source>
        <translation>Chưa mở bản thẩm định nào để trả lời.</translation>
    </message>
    <message>
        <source>Không lưu được bản trả lời %1: %2</source>
        <translation>Không lưu được bản trả lời %1: %2</translation>
    </message>
    <message>
        <source>Không đọc được báo cáo %1: %2</source>
        <translation>Không đọc được báo cáo %1: %2</translation>
    </message>
    <message>
        <source>Chưa chọn tệp để xuất bảng tiếp thu, giải trình.</source>
        <translation>Chưa chọn tệp để xuất bảng tiếp thu, giải trình.</translation>
    </message>
    <message>
        <source>Không xuất được bảng tiếp thu, giải trình %1: %2</source>
        <translation>Không xuất được bảng tiếp thu, giải trình %1: %2</translation>
    </message>
</context>
<context>
    <name>ReturnedReview</name>
    <message>
        <source>Đạt</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Cần bổ sung, chỉnh sửa</source>
        <translation>Cần bổ sung, chỉnh sửa</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Không đạt</translation>
    </message>
</context>
<context>
    <name>ReturnedReviewPanel</name>
    <message>
        <source>Ý kiến thẩm định về thủ tục này</source>
        <translation>Ý kiến thẩm định về thủ tục này</translation>
    </message>
    <message>
        <source>Ý kiến thẩm định</source>
        <translation>Ý kiến thẩm định</translation>
    </message>
    <message>
        <source>Kết luận: %1</source>
        <translation>Kết luận: %1</translation>
    </message>
    <message>
        <source>chưa có kết luận</source>
        <translation>chưa có kết luận</translation>
    </message>
    <message>
        <source>Đóng ý kiến</source>
        <translation>Đóng ý kiến</translation>
    </message>
    <message>
        <source>Đóng ý kiến thẩm định</source>
        <translation>Đóng ý kiến thẩm định</translation>
    </message>
    <message>
        <source>Các ý kiến về từng thủ tục hiện ngay tại chỗ: trên biểu mẫu, bảng tính và danh sách thủ tục.</source>
        <translation>Các ý kiến về từng thủ tục hiện ngay tại chỗ: trên biểu mẫu, bảng tính và danh sách thủ tục.</translation>
    </message>
    <message>
        <source>Đi tới ý kiến: %1</source>
        <translation>Đi tới ý kiến: %1</translation>
    </message>
    <message>
        <source>Xem →</source>
        <translation>Xem →</translation>
    </message>
    <message>
        <source>Trả lời ý kiến (%1 chưa trả lời)</source>
        <translation>Trả lời ý kiến (%1 chưa trả lời)</translation>
    </message>
    <message>
        <source>Trả lời ý kiến</source>
        <translation>Trả lời ý kiến</translation>
    </message>
    <message>
        <source>Tiếp thu, giải trình ý kiến thẩm định</source>
        <translation>Tiếp thu, giải trình ý kiến thẩm định</translation>
    </message>
</context>
<context>
    <name>ReviewChangeRow</name>
    <message>
        <source>Số liệu · </source>
        <translation>Số liệu · </translation>
    </message>
</context>
<context>
    <name>ReviewChangesModel</name>
    <message>
        <source>Hãy mở báo cáo cần thẩm định trước, rồi chọn báo cáo cũ để so sánh.</source>
        <translation>Hãy mở báo cáo cần thẩm định trước, rồi chọn báo cáo cũ để so sánh.</translation>
    </message>
    <message>
        <source>%1 thay đổi đầu vào, %2 số liệu thay đổi; thay đổi ròng của dự thảo: %3 → %4 (%5)</source>
        <translation>%1 thay đổi đầu vào, %2 số liệu thay đổi; thay đổi ròng của dự thảo: %3 → %4 (%5)</translation>
    </message>
    <message>
        <source>Mã băm của báo cáo cũ không khớp hoặc không có: báo cáo đó có thể đã bị sửa sau khi xuất.</source>
        <translation>Mã băm của báo cáo cũ không khớp hoặc không có: báo cáo đó có thể đã bị sửa sau khi xuất.</translation>
    </message>
    <message>
        <source>Thủ tục thêm</source>
        <translation>Thủ tục thêm</translation>
    </message>
    <message>
        <source>Thủ tục bỏ</source>
        <translation>Thủ tục bỏ</translation>
    </message>
    <message>
        <source>Thay đổi ròng của thủ tục: %1 → %2 (%3)</source>
        <translation>Thay đổi ròng của thủ tục: %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1, bằng %2 thay đổi ròng của dự thảo</source>
        <translation>%1, bằng %2 thay đổi ròng của dự thảo</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>thêm: %1</source>
        <translation>thêm: %1</translation>
    </message>
    <message>
        <source>bỏ: %1</source>
        <translation>bỏ: %1</translation>
    </message>
</context>
<context>
    <name>ReviewChangesPanel</name>
    <message>
        <source>Những thay đổi so với báo cáo cũ</source>
        <translation>Những thay đổi so với báo cáo cũ</translation>
    </message>
    <message>
        <source>So sánh với báo cáo đã chọn: %1</source>
        <translation>So sánh với báo cáo đã chọn: %1</translation>
    </message>
    <message>
        <source>So sánh với báo cáo đã thẩm định ở vòng trước: %1</source>
        <translation>So sánh với báo cáo đã thẩm định ở vòng trước: %1</translation>
    </message>
    <message>
        <source>Chưa có báo cáo cũ để so sánh. Ở vòng 2, báo cáo đã thẩm định ở vòng trước (đặt cạnh bản thẩm định vòng trước) được so sánh tự động; cũng có thể chọn một báo cáo cũ bất kỳ.</source>
        <translation>Chưa có báo cáo cũ để so sánh. Ở vòng 2, báo cáo đã thẩm định ở vòng trước (đặt cạnh bản thẩm định vòng trước) được so sánh tự động; cũng có thể chọn một báo cáo cũ bất kỳ.</translation>
    </message>
    <message>
        <source>So sánh với báo cáo cũ…</source>
        <translation>So sánh với báo cáo cũ…</translation>
    </message>
    <message>
        <source>Không có thay đổi.</source>
        <translation>Không có thay đổi.</translation>
    </message>
    <message>
        <source>Chọn báo cáo cũ để so sánh</source>
        <translation>Chọn báo cáo cũ để so sánh</translation>
    </message>
    <message>
        <source>Báo cáo CPTT (*.report.xml *.xml)</source>
        <translation>Báo cáo CPTT (*.report.xml *.xml)</translation>
    </message>
</context>
<context>
    <name>ReviewCommentPanel</name>
    <message>
        <source>Ý kiến thẩm định</source>
        <translation>Ý kiến thẩm định</translation>
    </message>
    <message>
        <source>Toàn bộ dự thảo</source>
        <translation>Toàn bộ dự thảo</translation>
    </message>
    <message>
        <source>Xoá ý kiến</source>
        <translation>Xoá ý kiến</translation>
    </message>
    <message>
        <source>Chưa có ý kiến.</source>
        <translation>Chưa có ý kiến.</translation>
    </message>
    <message>
        <source>Nội dung ý kiến</source>
        <translation>Nội dung ý kiến</translation>
    </message>
    <message>
        <source>Thêm ý kiến</source>
        <translation>Thêm ý kiến</translation>
    </message>
    <message>
        <source>Chỗ</source>
        <translation>Chỗ</translation>
    </message>
    <message>
        <source>Chỗ của ý kiến</source>
        <translation>Chỗ của ý kiến</translation>
    </message>
</context>
<context>
    <name>ReviewFigureModel</name>
    <message>
        <source>Tổng của dự thảo</source>
        <translation>Tổng của dự thảo</translation>
    </message>
    <message>
        <source>Chi phí trước dự thảo</source>
        <translation>Chi phí trước dự thảo</translation>
    </message>
    <message>
        <source>Chi phí sau dự thảo</source>
        <translation>Chi phí sau dự thảo</translation>
    </message>
    <message>
        <source>Thay đổi ròng</source>
        <translation>Thay đổi ròng</translation>
    </message>
    <message>
        <source>Tăng do thủ tục mới</source>
        <translation>Tăng do thủ tục mới</translation>
    </message>
    <message>
        <source>Tiết kiệm do sửa đổi</source>
        <translation>Tiết kiệm do sửa đổi</translation>
    </message>
    <message>
        <source>Tiết kiệm do bãi bỏ</source>
        <translation>Tiết kiệm do bãi bỏ</translation>
    </message>
    <message>
        <source>Bảng tính hiện hành</source>
        <translation>Bảng tính hiện hành</translation>
    </message>
    <message>
        <source>Bảng tính đề xuất</source>
        <translation>Bảng tính đề xuất</translation>
    </message>
    <message>
        <source>Mức thu nhập theo giờ (%1)</source>
        <translation>Mức thu nhập theo giờ (%1)</translation>
    </message>
    <message>
        <source>Công việc %1: chi phí thời gian</source>
        <translation>Công việc %1: chi phí thời gian</translation>
    </message>
    <message>
        <source>Công việc %1: chi phí công việc</source>
        <translation>Công việc %1: chi phí công việc</translation>
    </message>
    <message>
        <source>Tổng chi phí công việc</source>
        <translation>Tổng chi phí công việc</translation>
    </message>
    <message>
        <source>Tổng phí, lệ phí</source>
        <translation>Tổng phí, lệ phí</translation>
    </message>
    <message>
        <source>Chi phí một lần thực hiện</source>
        <translation>Chi phí một lần thực hiện</translation>
    </message>
    <message>
        <source>Số lần thực hiện mỗi năm</source>
        <translation>Số lần thực hiện mỗi năm</translation>
    </message>
    <message>
        <source>Số đối tượng</source>
        <translation>Số đối tượng</translation>
    </message>
    <message>
        <source>Chi phí cả năm</source>
        <translation>Chi phí cả năm</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Chi phí tiết kiệm</source>
        <translation>Chi phí tiết kiệm</translation>
    </message>
    <message>
        <source>Tỷ lệ cắt giảm</source>
        <translation>Tỷ lệ cắt giảm</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>ReviewFigurePanel</name>
    <message>
        <source>Tổng của dự thảo</source>
        <translation>Tổng của dự thảo</translation>
    </message>
    <message>
        <source>Số liệu trong báo cáo</source>
        <translation>Số liệu trong báo cáo</translation>
    </message>
    <message numerus="yes">
        <source>%n số liệu khác với kết quả tính lại từ số liệu đầu vào.</source>
        <translation>
            <numerusform>%n số liệu khác với kết quả tính lại từ số liệu đầu vào.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mọi số liệu khớp với kết quả tính lại.</source>
        <translation>Mọi số liệu khớp với kết quả tính lại.</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Khai báo</source>
        <translation>Khai báo</translation>
    </message>
    <message>
        <source>Tính lại</source>
        <translation>Tính lại</translation>
    </message>
    <message>
        <source>Chênh lệch</source>
        <translation>Chênh lệch</translation>
    </message>
</context>
<context>
    <name>ReviewFindingList</name>
    <message>
        <source>Phát hiện (%1)</source>
        <translation>Phát hiện (%1)</translation>
    </message>
    <message>
        <source>Lọc theo mức độ</source>
        <translation>Lọc theo mức độ</translation>
    </message>
    <message>
        <source>Mọi mức độ</source>
        <translation>Mọi mức độ</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Lọc theo thủ tục</source>
        <translation>Lọc theo thủ tục</translation>
    </message>
    <message>
        <source>Mọi thủ tục</source>
        <translation>Mọi thủ tục</translation>
    </message>
    <message>
        <source>Toàn bộ dự thảo</source>
        <translation>Toàn bộ dự thảo</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Bác bỏ</source>
        <translation>Bác bỏ</translation>
    </message>
    <message>
        <source>Khai báo %1 · tính lại %2 · chênh lệch %3</source>
        <translation>Khai báo %1 · tính lại %2 · chênh lệch %3</translation>
    </message>
    <message>
        <source>Lý do, ý kiến của người thẩm định</source>
        <translation>Lý do, ý kiến của người thẩm định</translation>
    </message>
    <message>
        <source>Lý do: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Đã đồng ý</source>
        <translation>Đã đồng ý</translation>
    </message>
    <message>
        <source>Đã bác bỏ</source>
        <translation>Đã bác bỏ</translation>
    </message>
</context>
<context>
    <name>ReviewFindingModel</name>
    <message>
        <source>Lỗi</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ReviewFollowUpCard</name>
    <message>
        <source>Cơ quan soạn thảo:</source>
        <translation>Cơ quan soạn thảo:</translation>
    </message>
    <message>
        <source>Chỗ đã sửa: %1</source>
        <translation>Chỗ đã sửa: %1</translation>
    </message>
    <message>
        <source>Ghi chú của người thẩm định (bắt buộc khi mở lại)</source>
        <translation>Ghi chú của người thẩm định (bắt buộc khi mở lại)</translation>
    </message>
    <message>
        <source>Ghi chú cho mục %1</source>
        <translation>Ghi chú cho mục %1</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Đóng mục %1</source>
        <translation>Đóng mục %1</translation>
    </message>
    <message>
        <source>Mở lại</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Mở lại mục %1</source>
        <translation>Mở lại mục %1</translation>
    </message>
</context>
<context>
    <name>ReviewFollowUpPanel</name>
    <message>
        <source>Vòng %1: xem lại ý kiến của vòng trước</source>
        <translation>Vòng %1: xem lại ý kiến của vòng trước</translation>
    </message>
    <message>
        <source>Vòng thẩm định tiếp theo</source>
        <translation>Vòng thẩm định tiếp theo</translation>
    </message>
    <message>
        <source>Còn %1 trên %2 mục chưa xem lại</source>
        <translation>Còn %1 trên %2 mục chưa xem lại</translation>
    </message>
    <message>
        <source>Khi cơ quan soạn thảo gửi lại báo cáo đã sửa: mở báo cáo đó, rồi mở bản thẩm định của vòng trước. Bản tiếp thu, giải trình đặt cạnh bản thẩm định (cùng tên, đuôi .response.xml) được đọc kèm.</source>
        <translation>Khi cơ quan soạn thảo gửi lại báo cáo đã sửa: mở báo cáo đó, rồi mở bản thẩm định của vòng trước. Bản tiếp thu, giải trình đặt cạnh bản thẩm định (cùng tên, đuôi .response.xml) được đọc kèm.</translation>
    </message>
    <message>
        <source>Mở bản thẩm định vòng trước…</source>
        <translation>Mở bản thẩm định vòng trước…</translation>
    </message>
    <message>
        <source>Câu trả lời của cơ quan soạn thảo: %1</source>
        <translation>Câu trả lời của cơ quan soạn thảo: %1</translation>
    </message>
    <message>
        <source>Câu trả lời của cơ quan soạn thảo được lưu trong bản thẩm định.</source>
        <translation>Câu trả lời của cơ quan soạn thảo được lưu trong bản thẩm định.</translation>
    </message>
    <message>
        <source>Chưa có bản tiếp thu, giải trình: mọi mục đều chưa được trả lời.</source>
        <translation>Chưa có bản tiếp thu, giải trình: mọi mục đều chưa được trả lời.</translation>
    </message>
    <message>
        <source>So sánh với báo cáo đã thẩm định ở vòng trước: %1</source>
        <translation>So sánh với báo cáo đã thẩm định ở vòng trước: %1</translation>
    </message>
    <message>
        <source>Không tìm thấy báo cáo đã thẩm định ở vòng trước cạnh bản thẩm định: chưa so sánh được chỗ đã sửa.</source>
        <translation>Không tìm thấy báo cáo đã thẩm định ở vòng trước cạnh bản thẩm định: chưa so sánh được chỗ đã sửa.</translation>
    </message>
    <message>
        <source>Mở bản thẩm định của vòng trước</source>
        <translation>Mở bản thẩm định của vòng trước</translation>
    </message>
    <message>
        <source>Bản thẩm định CPTT (*.review.xml *.xml)</source>
        <translation>Bản thẩm định CPTT (*.review.xml *.xml)</translation>
    </message>
    <message>
        <source>Chọn bản tiếp thu, giải trình khác…</source>
        <translation>Chọn bản tiếp thu, giải trình khác…</translation>
    </message>
    <message>
        <source>Chọn bản tiếp thu, giải trình của vòng trước</source>
        <translation>Chọn bản tiếp thu, giải trình của vòng trước</translation>
    </message>
    <message>
        <source>Bản tiếp thu, giải trình CPTT (*.response.xml *.xml)</source>
        <translation>Bản tiếp thu, giải trình CPTT (*.response.xml *.xml)</translation>
    </message>
    <message>
        <source>Mở bản thẩm định khác?</source>
        <translation>Mở bản thẩm định khác?</translation>
    </message>
    <message>
        <source>Vòng này sẽ bắt đầu lại từ bản thẩm định bạn chọn: các ý kiến, kết luận và quyết định đã ghi ở vòng này mà chưa xuất sẽ mất.</source>
        <translation>Vòng này sẽ bắt đầu lại từ bản thẩm định bạn chọn: các ý kiến, kết luận và quyết định đã ghi ở vòng này mà chưa xuất sẽ mất.</translation>
    </message>
    <message>
        <source>Chọn bản thẩm định khác…</source>
        <translation>Chọn bản thẩm định khác…</translation>
    </message>
</context>
<context>
    <name>ReviewIntegrityBanner</name>
    <message>
        <source>Bản thẩm định mở riêng, không kèm báo cáo.</source>
        <translation>Bản thẩm định mở riêng, không kèm báo cáo.</translation>
    </message>
    <message>
        <source>%1 lỗi · %2 cảnh báo · %3 ghi chú</source>
        <translation>%1 lỗi · %2 cảnh báo · %3 ghi chú</translation>
    </message>
    <message numerus="yes">
        <source>%n sai lệch khi tính lại</source>
        <translation>
            <numerusform>%n sai lệch khi tính lại</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chưa xử lý</source>
        <translation>
            <numerusform>%n chưa xử lý</numerusform>
        </translation>
    </message>
    <message>
        <source>Thư mục chứng thư gốc tin cậy (PEM)</source>
        <translation>Thư mục chứng thư gốc tin cậy (PEM)</translation>
    </message>
    <message>
        <source>Danh sách chứng thư bị thu hồi (CRL)</source>
        <translation>Danh sách chứng thư bị thu hồi (CRL)</translation>
    </message>
    <message>
        <source>Danh sách thu hồi (*.crl *.pem *.der)</source>
        <translation>Danh sách thu hồi (*.crl *.pem *.der)</translation>
    </message>
    <message>
        <source>Mọi tệp (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Chữ ký số được kiểm tra theo: %1%2</source>
        <translation>Chữ ký số được kiểm tra theo: %1%2</translation>
    </message>
    <message>
        <source>kho chứng thư tin cậy của hệ thống</source>
        <translation>kho chứng thư tin cậy của hệ thống</translation>
    </message>
    <message>
        <source> · danh sách thu hồi %1</source>
        <translation> · danh sách thu hồi %1</translation>
    </message>
    <message>
        <source>Chứng thư tin cậy…</source>
        <translation>Chứng thư tin cậy…</translation>
    </message>
    <message>
        <source>Chọn thư mục chứng thư gốc tin cậy để kiểm tra chữ ký số</source>
        <translation>Chọn thư mục chứng thư gốc tin cậy để kiểm tra chữ ký số</translation>
    </message>
    <message>
        <source>Danh sách thu hồi…</source>
        <translation>Danh sách thu hồi…</translation>
    </message>
    <message>
        <source>Chọn danh sách chứng thư bị thu hồi (CRL)</source>
        <translation>Chọn danh sách chứng thư bị thu hồi (CRL)</translation>
    </message>
    <message>
        <source>Dùng kho hệ thống</source>
        <translation>Dùng kho hệ thống</translation>
    </message>
    <message>
        <source>Kiểm tra chữ ký số theo kho chứng thư của hệ thống</source>
        <translation>Kiểm tra chữ ký số theo kho chứng thư của hệ thống</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Thẩm định báo cáo đánh giá tác động</source>
        <translation>Thẩm định báo cáo đánh giá tác động</translation>
    </message>
    <message>
        <source>Mở báo cáo…</source>
        <translation>Mở báo cáo…</translation>
    </message>
    <message>
        <source>Mở bản thẩm định…</source>
        <translation>Mở bản thẩm định…</translation>
    </message>
    <message>
        <source>Xuất tệp thẩm định (XML)…</source>
        <translation>Xuất tệp thẩm định (XML)…</translation>
    </message>
    <message>
        <source>Xuất tóm tắt để in (HTML)</source>
        <translation>Xuất tóm tắt để in (HTML)</translation>
    </message>
    <message>
        <source>Đã ghi bản tóm tắt vào:
%1</source>
        <translation>Đã ghi bản tóm tắt vào:
%1</translation>
    </message>
    <message>
        <source>Mở báo cáo XML mà cơ quan chủ trì soạn thảo đã xuất (*.report.xml) để kiểm tra tính toàn vẹn, tính lại mọi số liệu và xem các phát hiện.</source>
        <translation>Mở báo cáo XML mà cơ quan chủ trì soạn thảo đã xuất (*.report.xml) để kiểm tra tính toàn vẹn, tính lại mọi số liệu và xem các phát hiện.</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Ý kiến (%1)</source>
        <translation>Ý kiến (%1)</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Mở báo cáo để thẩm định</source>
        <translation>Mở báo cáo để thẩm định</translation>
    </message>
    <message>
        <source>Báo cáo CPTT (*.report.xml *.xml)</source>
        <translation>Báo cáo CPTT (*.report.xml *.xml)</translation>
    </message>
    <message>
        <source>Mở bản thẩm định</source>
        <translation>Mở bản thẩm định</translation>
    </message>
    <message>
        <source>Bản thẩm định CPTT (*.review.xml *.xml)</source>
        <translation>Bản thẩm định CPTT (*.review.xml *.xml)</translation>
    </message>
    <message>
        <source>Xuất tệp thẩm định</source>
        <translation>Xuất tệp thẩm định</translation>
    </message>
    <message>
        <source>Bản thẩm định CPTT (*.review.xml)</source>
        <translation>Bản thẩm định CPTT (*.review.xml)</translation>
    </message>
    <message>
        <source>Đã xuất bản thẩm định vào:
%1
và bản tóm tắt để in vào:
%2</source>
        <translation>Đã xuất bản thẩm định vào:
%1
và bản tóm tắt để in vào:
%2</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <source>Biểu mẫu</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Bảng tính</source>
        <translation>Bảng tính</translation>
    </message>
    <message>
        <source>Vòng %1</source>
        <translation>Vòng %1</translation>
    </message>
    <message>
        <source>Vòng trước (%1)</source>
        <translation>Vòng trước (%1)</translation>
    </message>
    <message>
        <source>Thay đổi (%1)</source>
        <translation>Thay đổi (%1)</translation>
    </message>
    <message>
        <source>Ký số bản thẩm định</source>
        <translation>Ký số bản thẩm định</translation>
    </message>
    <message>
        <source>Ký bản thẩm định vừa xuất bằng chứng thư số của người thẩm định: tệp khoá PKCS#12 (.p12, .pfx) hoặc token USB, nhập theo dạng pkcs11:token=…;object=….</source>
        <translation>Ký bản thẩm định vừa xuất bằng chứng thư số của người thẩm định: tệp khoá PKCS#12 (.p12, .pfx) hoặc token USB, nhập theo dạng pkcs11:token=…;object=….</translation>
    </message>
    <message>
        <source>Đã ký số bản thẩm định</source>
        <translation>Đã ký số bản thẩm định</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Không tìm thấy báo cáo &quot;%1&quot; mà bản thẩm định này xem xét; hãy mở báo cáo trước.</source>
        <translation>Không tìm thấy báo cáo &quot;%1&quot; mà bản thẩm định này xem xét; hãy mở báo cáo trước.</translation>
    </message>
    <message>
        <source>Bản thẩm định này xem xét một báo cáo khác (mã băm %1), không phải báo cáo đang mở.</source>
        <translation>Bản thẩm định này xem xét một báo cáo khác (mã băm %1), không phải báo cáo đang mở.</translation>
    </message>
    <message>
        <source>Chưa mở báo cáo nào để thẩm định.</source>
        <translation>Chưa mở báo cáo nào để thẩm định.</translation>
    </message>
    <message>
        <source>Không có phát hiện số %1.</source>
        <translation>Không có phát hiện số %1.</translation>
    </message>
    <message>
        <source>Trạng thái &quot;%1&quot; không hợp lệ.</source>
        <translation>Trạng thái &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>Hãy nêu lý do bác bỏ phát hiện này.</source>
        <translation>Hãy nêu lý do bác bỏ phát hiện này.</translation>
    </message>
    <message>
        <source>Kết luận &quot;%1&quot; không hợp lệ.</source>
        <translation>Kết luận &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>Định dạng %1 · xuất lúc %2 bởi %3 %4 · dữ liệu tham chiếu: %5</source>
        <translation>Định dạng %1 · xuất lúc %2 bởi %3 %4 · dữ liệu tham chiếu: %5</translation>
    </message>
    <message>
        <source>không nêu</source>
        <translation>không nêu</translation>
    </message>
    <message>
        <source>Hãy mở báo cáo đã sửa trước, rồi mở bản thẩm định của vòng trước.</source>
        <translation>Hãy mở báo cáo đã sửa trước, rồi mở bản thẩm định của vòng trước.</translation>
    </message>
    <message>
        <source>Không có mục số %1 của vòng trước.</source>
        <translation>Không có mục số %1 của vòng trước.</translation>
    </message>
</context>
<context>
    <name>ReviewVerdictModel</name>
    <message>
        <source>Toàn bộ dự thảo</source>
        <translation>Toàn bộ dự thảo</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Cần bổ sung, chỉnh sửa</source>
        <translation>Cần bổ sung, chỉnh sửa</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Không đạt</translation>
    </message>
</context>
<context>
    <name>ReviewVerdictPanel</name>
    <message>
        <source>Kết luận thẩm định</source>
        <translation>Kết luận thẩm định</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Cần bổ sung, chỉnh sửa</source>
        <translation>Cần bổ sung, chỉnh sửa</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Tóm tắt kết luận</source>
        <translation>Tóm tắt kết luận</translation>
    </message>
    <message>
        <source>Người thẩm định</source>
        <translation>Người thẩm định</translation>
    </message>
    <message>
        <source>Cơ quan thẩm định (Sở Tư pháp…)</source>
        <translation>Cơ quan thẩm định (Sở Tư pháp…)</translation>
    </message>
    <message>
        <source>Cơ quan thẩm định</source>
        <translation>Cơ quan thẩm định</translation>
    </message>
    <message>
        <source>Thủ tục: %1</source>
        <translation>Thủ tục: %1</translation>
    </message>
    <message>
        <source>Toàn bộ dự thảo</source>
        <translation>Toàn bộ dự thảo</translation>
    </message>
</context>
<context>
    <name>ReviewWorksheets</name>
    <message>
        <source>Chọn một thủ tục để xem bảng tính chi phí của thủ tục đó.</source>
        <translation>Chọn một thủ tục để xem bảng tính chi phí của thủ tục đó.</translation>
    </message>
    <message>
        <source>Chi phí hiện hành</source>
        <translation>Chi phí hiện hành</translation>
    </message>
    <message>
        <source>Chi phí đề xuất</source>
        <translation>Chi phí đề xuất</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Ký số báo cáo</source>
        <translation>Ký số báo cáo</translation>
    </message>
    <message>
        <source>Ký báo cáo vừa xuất bằng chứng thư số của cơ quan: tệp khoá PKCS#12 (.p12, .pfx) hoặc token USB, nhập theo dạng pkcs11:token=…;object=….</source>
        <translation>Ký báo cáo vừa xuất bằng chứng thư số của cơ quan: tệp khoá PKCS#12 (.p12, .pfx) hoặc token USB, nhập theo dạng pkcs11:token=…;object=….</translation>
    </message>
    <message>
        <source>Khoá ký</source>
        <translation>Khoá ký</translation>
    </message>
    <message>
        <source>Tệp .p12 hoặc pkcs11:token=…;object=…</source>
        <translation>Tệp .p12 hoặc pkcs11:token=…;object=…</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Mã PIN của token</source>
        <translation>Mã PIN của token</translation>
    </message>
    <message>
        <source>Mật khẩu của tệp khoá</source>
        <translation>Mật khẩu của tệp khoá</translation>
    </message>
    <message>
        <source>Ký số</source>
        <translation>Ký số</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Chọn tệp khoá PKCS#12</source>
        <translation>Chọn tệp khoá PKCS#12</translation>
    </message>
    <message>
        <source>Chọn</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Khoá PKCS#12 (*.p12 *.pfx)</source>
        <translation>Khoá PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Mọi tệp (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Đánh giá tác động thủ tục hành chính</source>
        <translation>Đánh giá tác động thủ tục hành chính</translation>
    </message>
    <message>
        <source>Lập hồ sơ đánh giá cho từng thủ tục hành chính của dự thảo văn bản quy phạm pháp luật và tính chi phí tuân thủ theo phương pháp chi phí chuẩn (Thông tư 03/2022/TT-BTP).</source>
        <translation>Lập hồ sơ đánh giá cho từng thủ tục hành chính của dự thảo văn bản quy phạm pháp luật và tính chi phí tuân thủ theo phương pháp chi phí chuẩn (Thông tư 03/2022/TT-BTP).</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Tạo hồ sơ mới</source>
        <translation>Tạo hồ sơ mới</translation>
    </message>
    <message>
        <source>Mở hồ sơ…</source>
        <translation>Mở hồ sơ…</translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <source>Tiếp tục: %1</source>
        <translation>Tiếp tục: %1</translation>
    </message>
    <message>
        <source>Bản sao phục hồi</source>
        <translation>Bản sao phục hồi</translation>
    </message>
    <message>
        <source>Lần làm việc trước kết thúc khi còn thay đổi chưa lưu. Mở bản sao để lấy lại, rồi lưu hồ sơ.</source>
        <translation>Lần làm việc trước kết thúc khi còn thay đổi chưa lưu. Mở bản sao để lấy lại, rồi lưu hồ sơ.</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Mở gần đây</source>
        <translation>Mở gần đây</translation>
    </message>
    <message>
        <source>Chưa có hồ sơ nào.</source>
        <translation>Chưa có hồ sơ nào.</translation>
    </message>
    <message>
        <source>Ví dụ mẫu</source>
        <translation>Ví dụ mẫu</translation>
    </message>
    <message>
        <source>Không tìm thấy thư mục ví dụ.</source>
        <translation>Không tìm thấy thư mục ví dụ.</translation>
    </message>
    <message>
        <source>Phiên bản %1. Số liệu nhập theo kiểu Việt Nam (1.234.567,5) hoặc kiểu chuẩn (1234567.5).</source>
        <translation>Phiên bản %1. Số liệu nhập theo kiểu Việt Nam (1.234.567,5) hoặc kiểu chuẩn (1234567.5).</translation>
    </message>
    <message>
        <source>Thẩm định báo cáo…</source>
        <translation>Thẩm định báo cáo…</translation>
    </message>
    <message>
        <source>Thẩm định báo cáo đã xuất</source>
        <translation>Thẩm định báo cáo đã xuất</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>● Đầy đủ</source>
        <translation>● Đầy đủ</translation>
    </message>
    <message>
        <source>● Có lỗi</source>
        <translation>● Có lỗi</translation>
    </message>
    <message>
        <source>● Chưa đầy đủ</source>
        <translation>● Chưa đầy đủ</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Tổng hợp chi phí tuân thủ của dự thảo</source>
        <translation>Tổng hợp chi phí tuân thủ của dự thảo</translation>
    </message>
    <message>
        <source>Trước dự thảo</source>
        <translation>Trước dự thảo</translation>
    </message>
    <message>
        <source>Sau dự thảo</source>
        <translation>Sau dự thảo</translation>
    </message>
    <message>
        <source>Thay đổi ròng (sau − trước)</source>
        <translation>Thay đổi ròng (sau − trước)</translation>
    </message>
    <message>
        <source>Tỷ lệ cắt giảm</source>
        <translation>Tỷ lệ cắt giảm</translation>
    </message>
    <message>
        <source>Thay đổi ròng gồm: tăng do thủ tục mới %1; giảm do sửa đổi, quy định chi tiết %2; giảm do bãi bỏ %3 (mỗi năm).</source>
        <translation>Thay đổi ròng gồm: tăng do thủ tục mới %1; giảm do sửa đổi, quy định chi tiết %2; giảm do bãi bỏ %3 (mỗi năm).</translation>
    </message>
    <message>
        <source>Dự thảo làm tăng chi phí tuân thủ: tỷ lệ cắt giảm mang dấu âm.</source>
        <translation>Dự thảo làm tăng chi phí tuân thủ: tỷ lệ cắt giảm mang dấu âm.</translation>
    </message>
    <message numerus="yes">
        <source>%n thủ tục chưa tính được nên chưa có trong tổng; xem danh sách cần hoàn thiện bên dưới.</source>
        <translation>
            <numerusform>%n thủ tục chưa tính được nên chưa có trong tổng; xem danh sách cần hoàn thiện bên dưới.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>TT</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Trước</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Sau</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Tiết kiệm</source>
        <translation>Tiết kiệm</translation>
    </message>
    <message>
        <source>Cắt giảm</source>
        <translation>Cắt giảm</translation>
    </message>
    <message>
        <source>Mở thủ tục %1</source>
        <translation>Mở thủ tục %1</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Chi phí theo thủ tục (%1)</source>
        <translation>Chi phí theo thủ tục (%1)</translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <source>Dịch vụ gồm</source>
        <translation>Dịch vụ gồm</translation>
    </message>
    <message>
        <source>Căn cứ số liệu</source>
        <translation>Căn cứ số liệu</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Chuyển công việc %1 lên</source>
        <translation>Chuyển công việc %1 lên</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Chuyển công việc %1 xuống</source>
        <translation>Chuyển công việc %1 xuống</translation>
    </message>
</context>
<context>
    <name>TaskHeader</name>
    <message>
        <source>Tên công việc</source>
        <translation>Tên công việc</translation>
    </message>
    <message>
        <source>Giờ</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Dịch vụ (%1)</source>
        <translation>Dịch vụ (%1)</translation>
    </message>
    <message>
        <source>Khác (%1)</source>
        <translation>Khác (%1)</translation>
    </message>
    <message>
        <source>Chi phí</source>
        <translation>Chi phí</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>Tên công việc</source>
        <translation>Tên công việc</translation>
    </message>
    <message>
        <source>Tên công việc %1</source>
        <translation>Tên công việc %1</translation>
    </message>
    <message>
        <source>Số giờ của công việc %1</source>
        <translation>Số giờ của công việc %1</translation>
    </message>
    <message>
        <source>Chi phí dịch vụ của công việc %1</source>
        <translation>Chi phí dịch vụ của công việc %1</translation>
    </message>
    <message>
        <source>Chi phí khác của công việc %1</source>
        <translation>Chi phí khác của công việc %1</translation>
    </message>
    <message>
        <source>Chi tiết công việc %1</source>
        <translation>Chi tiết công việc %1</translation>
    </message>
    <message>
        <source>Xoá công việc %1</source>
        <translation>Xoá công việc %1</translation>
    </message>
    <message>
        <source>Theo định mức chính thức: đi lại</source>
        <translation>Theo định mức chính thức: đi lại</translation>
    </message>
    <message>
        <source>Theo định mức chính thức: điền đơn, tờ khai</source>
        <translation>Theo định mức chính thức: điền đơn, tờ khai</translation>
    </message>
    <message>
        <source>Ý kiến…</source>
        <translation>Ý kiến…</translation>
    </message>
    <message>
        <source>Ý kiến về công việc %1</source>
        <translation>Ý kiến về công việc %1</translation>
    </message>
    <message>
        <source>Chi phí của công việc %1: %2</source>
        <translation>Chi phí của công việc %1: %2</translation>
    </message>
    <message>
        <source>Ẩn chi tiết</source>
        <translation>Ẩn chi tiết</translation>
    </message>
    <message>
        <source>Ghi chú, căn cứ và cách tính</source>
        <translation>Ghi chú, căn cứ và cách tính</translation>
    </message>
    <message>
        <source>Xoá công việc (có thể hoàn tác)</source>
        <translation>Xoá công việc (có thể hoàn tác)</translation>
    </message>
    <message>
        <source>Từ danh mục: “%1”, mức %2 (giá trị mặc định, không chính thức)</source>
        <translation>Từ danh mục: “%1”, mức %2 (giá trị mặc định, không chính thức)</translation>
    </message>
    <message>
        <source>Từ danh mục: “%1” (giá trị mặc định, không chính thức)</source>
        <translation>Từ danh mục: “%1” (giá trị mặc định, không chính thức)</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>Công việc</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>+ Công việc</source>
        <translation>+ Công việc</translation>
    </message>
    <message>
        <source>Thêm công việc tự nhập</source>
        <translation>Thêm công việc tự nhập</translation>
    </message>
    <message>
        <source>+ Từ danh mục…</source>
        <translation>+ Từ danh mục…</translation>
    </message>
    <message>
        <source>Thêm công việc từ danh mục</source>
        <translation>Thêm công việc từ danh mục</translation>
    </message>
    <message>
        <source>+ Theo định mức…</source>
        <translation>+ Theo định mức…</translation>
    </message>
    <message>
        <source>Thêm công việc theo định mức chính thức</source>
        <translation>Thêm công việc theo định mức chính thức</translation>
    </message>
</context>
<context>
    <name>TimeNormModel</name>
    <message>
        <source>Điền đơn, tờ khai theo mẫu, mỗi trang</source>
        <translation>Điền đơn, tờ khai theo mẫu, mỗi trang</translation>
    </message>
    <message>
        <source>Đi lại, mỗi lượt: %1</source>
        <translation>Đi lại, mỗi lượt: %1</translation>
    </message>
</context>
<context>
    <name>WorksheetCompare</name>
    <message>
        <source>So sánh hiện hành và sau đơn giản hoá</source>
        <translation>So sánh hiện hành và sau đơn giản hoá</translation>
    </message>
    <message>
        <source>Cần cả bảng hiện hành và bảng sau đơn giản hoá để so sánh.</source>
        <translation>Cần cả bảng hiện hành và bảng sau đơn giản hoá để so sánh.</translation>
    </message>
    <message>
        <source>Công việc hiện hành</source>
        <translation>Công việc hiện hành</translation>
    </message>
    <message>
        <source>Công việc sau đơn giản hoá</source>
        <translation>Công việc sau đơn giản hoá</translation>
    </message>
    <message>
        <source>Giờ</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Chi phí công việc</source>
        <translation>Chi phí công việc</translation>
    </message>
    <message>
        <source>Dịch vụ</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>WorksheetCompareModel</name>
    <message>
        <source>Thu nhập bình quân một giờ</source>
        <translation>Thu nhập bình quân một giờ</translation>
    </message>
    <message>
        <source>Tổng chi phí công việc</source>
        <translation>Tổng chi phí công việc</translation>
    </message>
    <message>
        <source>Phí, lệ phí</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>Chi phí một lần thực hiện</source>
        <translation>Chi phí một lần thực hiện</translation>
    </message>
    <message>
        <source>Số lần thực hiện / năm</source>
        <translation>Số lần thực hiện / năm</translation>
    </message>
    <message>
        <source>Số đối tượng / năm</source>
        <translation>Số đối tượng / năm</translation>
    </message>
    <message>
        <source>Chi phí hằng năm</source>
        <translation>Chi phí hằng năm</translation>
    </message>
    <message>
        <source>%1 công việc bỏ, %2 công việc thêm, %3 công việc thay đổi.</source>
        <translation>%1 công việc bỏ, %2 công việc thêm, %3 công việc thay đổi.</translation>
    </message>
    <message>
        <source>Chi phí hằng năm không đổi.</source>
        <translation>Chi phí hằng năm không đổi.</translation>
    </message>
    <message>
        <source>Chi phí hằng năm giảm %1 (%2).</source>
        <translation>Chi phí hằng năm giảm %1 (%2).</translation>
    </message>
    <message>
        <source>Chi phí hằng năm tăng %1.</source>
        <translation>Chi phí hằng năm tăng %1.</translation>
    </message>
</context>
<context>
    <name>WorksheetModel</name>
    <message>
        <source>%1 giờ × %2 = %3; + dịch vụ %4 + chi phí khác %5 = %6</source>
        <translation>%1 giờ × %2 = %3; + dịch vụ %4 + chi phí khác %5 = %6</translation>
    </message>
    <message>
        <source>Mức thu nhập bình quân: %1 một giờ (%2)</source>
        <translation>Mức thu nhập bình quân: %1 một giờ (%2)</translation>
    </message>
    <message>
        <source>Tổng chi phí các công việc: %1</source>
        <translation>Tổng chi phí các công việc: %1</translation>
    </message>
    <message>
        <source>Phí, lệ phí: %1</source>
        <translation>Phí, lệ phí: %1</translation>
    </message>
    <message>
        <source>Chi phí một lần thực hiện = %1 + %2 = %3</source>
        <translation>Chi phí một lần thực hiện = %1 + %2 = %3</translation>
    </message>
    <message>
        <source>Chi phí hằng năm = %1 × %2 lần/năm × 1 trường hợp (không dự báo được số đối tượng) = %3</source>
        <translation>Chi phí hằng năm = %1 × %2 lần/năm × 1 trường hợp (không dự báo được số đối tượng) = %3</translation>
    </message>
    <message>
        <source>Chi phí hằng năm = %1 × %2 lần/năm × %3 đối tượng = %4</source>
        <translation>Chi phí hằng năm = %1 × %2 lần/năm × %3 đối tượng = %4</translation>
    </message>
    <message>
        <source>Mỗi số tiền được làm tròn nửa lên đến đồng, từ các số đã làm tròn mà nó dựa vào.</source>
        <translation>Mỗi số tiền được làm tròn nửa lên đến đồng, từ các số đã làm tròn mà nó dựa vào.</translation>
    </message>
</context>
<context>
    <name>WorksheetPanel</name>
    <message>
        <source>Mức thu nhập</source>
        <translation>Mức thu nhập</translation>
    </message>
    <message>
        <source>Mức thu nhập dùng cho bảng này</source>
        <translation>Mức thu nhập dùng cho bảng này</translation>
    </message>
    <message>
        <source>Chọn mức thu nhập…</source>
        <translation>Chọn mức thu nhập…</translation>
    </message>
    <message>
        <source>Ý kiến về bảng tính…</source>
        <translation>Ý kiến về bảng tính…</translation>
    </message>
    <message>
        <source>%1 (không có trong các mức thu nhập)</source>
        <translation>%1 (không có trong các mức thu nhập)</translation>
    </message>
</context>
<context>
    <name>WorksheetTotals</name>
    <message>
        <source>Tổng chi phí công việc</source>
        <translation>Tổng chi phí công việc</translation>
    </message>
    <message>
        <source>Phí, lệ phí</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>Chi phí một lần thực hiện</source>
        <translation>Chi phí một lần thực hiện</translation>
    </message>
    <message>
        <source>Chi phí hằng năm</source>
        <translation>Chi phí hằng năm</translation>
    </message>
    <message>
        <source>Chi phí hằng năm: %1</source>
        <translation>Chi phí hằng năm: %1</translation>
    </message>
    <message>
        <source>▾ Ẩn cách tính</source>
        <translation>▾ Ẩn cách tính</translation>
    </message>
    <message>
        <source>▸ Xem cách tính</source>
        <translation>▸ Xem cách tính</translation>
    </message>
    <message>
        <source>Xem cách tính tổng chi phí</source>
        <translation>Xem cách tính tổng chi phí</translation>
    </message>
</context>
<context>
    <name>WorksheetVolume</name>
    <message>
        <source>Số lần thực hiện / năm</source>
        <translation>Số lần thực hiện / năm</translation>
    </message>
    <message>
        <source>Số lần thực hiện mỗi năm</source>
        <translation>Số lần thực hiện mỗi năm</translation>
    </message>
    <message>
        <source>Số đối tượng / năm</source>
        <translation>Số đối tượng / năm</translation>
    </message>
    <message>
        <source>Số đối tượng thực hiện mỗi năm</source>
        <translation>Số đối tượng thực hiện mỗi năm</translation>
    </message>
    <message>
        <source>một trường hợp</source>
        <translation>một trường hợp</translation>
    </message>
    <message>
        <source>Tính cho một trường hợp</source>
        <translation>Tính cho một trường hợp</translation>
    </message>
    <message>
        <source>Không dự báo được số đối tượng: tính cho một trường hợp</source>
        <translation>Không dự báo được số đối tượng: tính cho một trường hợp</translation>
    </message>
    <message>
        <source>Vì sao không dự báo được số đối tượng</source>
        <translation>Vì sao không dự báo được số đối tượng</translation>
    </message>
    <message>
        <source>Nguồn số liệu đối tượng, tần suất</source>
        <translation>Nguồn số liệu đối tượng, tần suất</translation>
    </message>
</context>
<context>
    <name>WorksheetsView</name>
    <message>
        <source>Hai bảng</source>
        <translation>Hai bảng</translation>
    </message>
    <message>
        <source>Xem hai bảng tính đầy đủ</source>
        <translation>Xem hai bảng tính đầy đủ</translation>
    </message>
    <message>
        <source>So sánh</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>So sánh từng công việc hiện hành với sau đơn giản hoá</source>
        <translation>So sánh từng công việc hiện hành với sau đơn giản hoá</translation>
    </message>
    <message>
        <source>Chép hiện hành sang bảng sau →</source>
        <translation>Chép hiện hành sang bảng sau →</translation>
    </message>
    <message>
        <source>Chép bảng hiện hành sang phương án sau đơn giản hoá</source>
        <translation>Chép bảng hiện hành sang phương án sau đơn giản hoá</translation>
    </message>
    <message>
        <source>Chép toàn bộ bảng hiện hành sang phương án sau đơn giản hoá (có thể hoàn tác)</source>
        <translation>Chép toàn bộ bảng hiện hành sang phương án sau đơn giản hoá (có thể hoàn tác)</translation>
    </message>
    <message>
        <source>Chi phí hiện hành (được cắt giảm khi bãi bỏ)</source>
        <translation>Chi phí hiện hành (được cắt giảm khi bãi bỏ)</translation>
    </message>
    <message>
        <source>Chi phí hiện hành</source>
        <translation>Chi phí hiện hành</translation>
    </message>
    <message>
        <source>Chi phí thực hiện thủ tục</source>
        <translation>Chi phí thực hiện thủ tục</translation>
    </message>
    <message>
        <source>Chi phí sau đơn giản hoá</source>
        <translation>Chi phí sau đơn giản hoá</translation>
    </message>
</context>
<context>
    <name>cptt::bridge::ReportSigner</name>
    <message>
        <source>Chọn tệp khoá PKCS#12 hoặc nhập URI pkcs11: của token.</source>
        <translation>Chọn tệp khoá PKCS#12 hoặc nhập URI pkcs11: của token.</translation>
    </message>
    <message>
        <source>Tệp này đã được ký số: %1</source>
        <translation>Tệp này đã được ký số: %1</translation>
    </message>
    <message>
        <source>Đã ký số bởi %1:
%2</source>
        <translation>Đã ký số bởi %1:
%2</translation>
    </message>
</context>
</TS>
