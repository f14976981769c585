<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AddTaskDialog</name>
    <message>
        <source>Thêm công việc từ danh mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm công việc theo định mức chính thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức độ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn giản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trung bình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phức tạp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (theo định mức chính thức)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Định mức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa bàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đô thị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nông thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miền núi, hải đảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số lượt / số trang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số lượt đi lại hoặc số trang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm công việc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>hồ sơ chưa đặt tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lưu tự động lúc %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppToolBar</name>
    <message>
        <source>Mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo hồ sơ mới (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở hồ sơ (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu hồ sơ (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu thành…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu hồ sơ thành tệp khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↶ Hoàn tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn tác: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn tác: %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↷ Làm lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Làm lại: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Làm lại: %1 (Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất báo cáo XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Về trang đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Màn hình %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>Mẫu %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã trả lời %1/%2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiến độ trả lời biểu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thế hệ biểu mẫu %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Nội dung biểu mẫu được dựng lại từ các điều khoản, chưa đối chiếu với văn bản chính thức; các phần chưa đối chiếu được đánh dấu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Trước và sau dự thảo, theo thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sau dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: trước %2, sau %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Cần hoàn thiện (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không còn mục nào cần hoàn thiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đi tới: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>%1: chưa có công việc nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: công việc %2 chưa có tên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: khoản phí %2 chưa nêu căn cứ pháp lý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: chưa nhập số đối tượng mỗi năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tính cho một trường hợp nhưng chưa nêu lý do không dự báo được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dự thảo chưa có tên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có mức thu nhập bình quân theo giờ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức thu nhập &quot;%1&quot; nhập trực tiếp nhưng chưa nêu nguồn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có tên thủ tục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nêu điều, khoản của dự thảo quy định thủ tục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nêu nội dung đơn giản hoá.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nêu lý do bãi bỏ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí hiện hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí sau đơn giản hoá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biểu mẫu %1: đã trả lời %2/%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thủ tục %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên của %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên công việc %1 của %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên khoản phí %1 của %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierDocument</name>
    <message>
        <source>Đã tạo hồ sơ mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã mở %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ chưa có tên tệp: hãy chọn &quot;Lưu thành&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa chọn tệp để lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không lưu được %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu vào %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục bản sao chưa lưu. Hãy lưu hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được bản sao phục hồi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa chọn tệp để xuất báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xuất được báo cáo %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất báo cáo vào %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ chưa đặt tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giai đoạn không hợp lệ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: năm tính phải là một năm, ví dụ 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trường không xác định: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa thông tin dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm mức thu nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDP bình quân đầu người không hợp lệ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá mức thu nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có mức thu nhập thứ %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: năm không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa mức thu nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại thủ tục không hợp lệ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (bản sao)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhân bản thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi thứ tự thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy thủ tục %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp giải quyết không hợp lệ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng không hợp lệ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chép bảng hiện hành sang phương án mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục này không có bảng tính &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa bảng tính chi phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số giờ không hợp lệ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số giờ hoặc số lượng không hợp lệ: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi thứ tự công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có công việc thứ %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm phí, lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá phí, lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có khoản phí thứ %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa phí, lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa lưu: hãy điền %1 (tệp hồ sơ cần có các tên này).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa lưu: tệp sẽ không mở lại được: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả lời biểu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftDetails</name>
    <message>
        <source>Luật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nghị quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nghị định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dự thảo văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giai đoạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề nghị xây dựng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soạn thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan chủ trì soạn thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người liên hệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm tính chi phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày lập (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sửa (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeRow</name>
    <message>
        <source>Tên phí, lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên phí, lệ phí %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức phí %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Căn cứ pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Căn cứ pháp lý của phí %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá phí %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>Mở</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormModel</name>
    <message>
        <source>Không đọc được định nghĩa biểu mẫu (thư mục forms/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục bãi bỏ không có biểu đánh giá riêng: lý do bãi bỏ (mục Thông tin chung) và lợi ích chi phí được đưa vào bản đánh giá tổng hợp 01/ĐGTĐ-BC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có biểu mẫu đánh giá cho loại thủ tục này ở giai đoạn và thế hệ biểu mẫu của hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>câu %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nêu rõ lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có biểu mẫu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Câu %1 (&quot;%2&quot;) được trả lời &quot;%3&quot;: đánh giá dừng ở đây, các phần sau được đóng lại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormQuestion</name>
    <message>
        <source>chưa đối chiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phần này đã đóng vì đánh giá dừng ở %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đánh giá: dự thảo không thay đổi thành phần này (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không áp dụng với các câu trả lời hiện tại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Câu trả lời không hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>năm-tháng-ngày, ví dụ 2025-07-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lấy từ hồ sơ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng: %1 dòng trong hồ sơ. Ứng dụng chưa sửa được bảng; các dòng trong tệp được giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do cho câu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Câu trả lời này cần nêu rõ lý do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Chưa nhập số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: phải lớn hơn 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: không được âm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: vượt quá %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralInfo</name>
    <message>
        <source>Thông tin chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên thủ tục hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã trên Cơ sở dữ liệu quốc gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa đổi, bổ sung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quy định chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bãi bỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trung ương</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp huyện (trước 7/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cá nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cá nhân và tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điều, khoản của dự thảo quy định thủ tục (mỗi dòng một căn cứ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do bãi bỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung đơn giản hoá và lý do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindBadge</name>
    <message>
        <source>Sửa đổi, bổ sung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quy định chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bãi bỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục mới</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CPTT: chi phí tuân thủ thủ tục hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ô nhập chưa hợp lệ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Có thay đổi chưa lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ CPTT (*.cptt.xml *.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ CPTT (*.cptt.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất báo cáo XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo CPTT (*.report.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất báo cáo vào:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ có thay đổi chưa lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu các thay đổi của &quot;%1&quot; trước khi tiếp tục?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureDelegate</name>
    <message>
        <source>Thủ tục %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chưa đặt tên)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureList</name>
    <message>
        <source>Thủ tục hành chính trong dự thảo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm thủ tục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục sửa đổi, bổ sung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục được quy định chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục bị bãi bỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhân bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhân bản thủ tục đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá thủ tục đang chọn (có thể hoàn tác)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển lên trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển xuống dưới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước dự thảo (đ/năm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sau dự thảo (đ/năm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh sách thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có thủ tục nào. Bấm &quot;Thêm thủ tục…&quot; để bắt đầu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedurePage</name>
    <message>
        <source>← Danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Về danh sách thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chưa đặt tên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước: %1   Sau: %2   Giảm: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Thông tin chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí hiện hành (được cắt giảm khi bãi bỏ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí hiện hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chép →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chép bảng hiện hành sang phương án sau đơn giản hoá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chép toàn bộ bảng hiện hành sang phương án sau đơn giản hoá (có thể hoàn tác)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí thực hiện thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí sau đơn giản hoá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Đánh giá tác động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Chi phí tuân thủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Tóm tắt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureSummary</name>
    <message>
        <source>Tóm tắt thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí trước dự thảo (đ/năm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí sau dự thảo (đ/năm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí tiết kiệm (đ/năm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ cắt giảm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục mới: trước dự thảo bằng 0, sau dự thảo là chi phí của thủ tục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục bị bãi bỏ: sau dự thảo bằng 0; lợi ích là toàn bộ chi phí hiện hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiết kiệm = trước − sau; tỷ lệ cắt giảm = tiết kiệm ÷ trước × 100, làm tròn 2 chữ số, giữ dấu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục đã đầy đủ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Còn thiếu hoặc cần sửa:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateDelegate</name>
    <message>
        <source>theo GDP bình quân đầu người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhập trực tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá mức thu nhập %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDP bình quân đầu người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức một giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức thu nhập một giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan công bố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn số liệu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateModel</name>
    <message>
        <source>Nhập trực tiếp: %1 một giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDP bình quân đầu người %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDP %1 ÷ dân số %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ÷ (%2 tháng × %3 ngày × %4 giờ = %5) = %6 → làm tròn nửa lên đến đồng: %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatesPanel</name>
    <message>
        <source>Mức thu nhập bình quân theo giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu nhập bình quân một giờ = GDP bình quân đầu người của năm liền trước năm tính ÷ (12 tháng × 22 ngày × 8 giờ) (Thông tư 03/2022/TT-BTP, Điều 11 khoản 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có số liệu GDP bình quân đầu người năm %1 (năm liền trước năm tính); số liệu mới nhất hiện có là năm %2: %3 → %4 một giờ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo quy định, năm tính %1 dùng GDP bình quân đầu người năm %2: %3 → %4 một giờ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được số liệu tham chiếu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm mức từ GDP của năm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm %1: GDP bình quân đầu người %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (chưa đối chiếu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập mức trực tiếp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Đánh giá tác động thủ tục hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lập hồ sơ đánh giá cho từng thủ tục hành chính của dự thảo văn bản quy phạm pháp luật và tính chi phí tuân thủ theo phương pháp chi phí chuẩn (Thông tư 03/2022/TT-BTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo hồ sơ mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp tục: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao phục hồi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lần làm việc trước kết thúc khi còn thay đổi chưa lưu. Mở bản sao để lấy lại, rồi lưu hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở gần đây</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có hồ sơ nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy thư mục ví dụ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiên bản %1. Số liệu nhập theo kiểu Việt Nam (1.234.567,5) hoặc kiểu chuẩn (1234567.5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>● Đầy đủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Có lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Chưa đầy đủ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Tổng hợp chi phí tuân thủ của dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sau dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thay đổi ròng (sau − trước)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ cắt giảm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thay đổi ròng gồm: tăng do thủ tục mới %1; giảm do sửa đổi, quy định chi tiết %2; giảm do bãi bỏ %3 (mỗi năm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dự thảo làm tăng chi phí tuân thủ: tỷ lệ cắt giảm mang dấu âm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thủ tục chưa tính được nên chưa có trong tổng; xem danh sách cần hoàn thiện bên dưới.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>Chi phí theo thủ tục (đồng/năm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiết kiệm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cắt giảm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở thủ tục %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>Tên công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên công việc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số giờ của công việc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí dịch vụ của công việc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí khác của công việc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi tiết công việc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá công việc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo định mức chính thức: đi lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo định mức chính thức: điền đơn, tờ khai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ danh mục (%1, mức %2): giá trị mặc định không chính thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dịch vụ gồm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Căn cứ số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đơn giản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phức tạp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trung bình</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorksheetModel</name>
    <message>
        <source>%1 giờ × %2 = %3; + dịch vụ %4 + chi phí khác %5 = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức thu nhập bình quân: %1 một giờ (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng chi phí các công việc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phí, lệ phí: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí một lần thực hiện = %1 + %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí hằng năm = %1 × %2 lần/năm × 1 trường hợp (không dự báo được số đối tượng) = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí hằng năm = %1 × %2 lần/năm × %3 đối tượng = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi số tiền được làm tròn nửa lên đến đồng, từ các số đã làm tròn mà nó dựa vào.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorksheetPanel</name>
    <message>
        <source>Mức thu nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức thu nhập dùng cho bảng này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn mức thu nhập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dịch vụ (đ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khác (đ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm công việc tự nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Từ danh mục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm công việc từ danh mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Theo định mức…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm công việc theo định mức chính thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phí, lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Phí, lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm phí, lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số lần thực hiện / năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số lần thực hiện mỗi năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số đối tượng / năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số đối tượng thực hiện mỗi năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>một trường hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tính cho một trường hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không dự báo được số đối tượng: tính cho một trường hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vì sao không dự báo được số đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn số liệu đối tượng, tần suất</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorksheetTotals</name>
    <message>
        <source>Tổng chi phí công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phí, lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí một lần thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí hằng năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi phí hằng năm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▾ Ẩn cách tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▸ Xem cách tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem cách tính tổng chi phí</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
