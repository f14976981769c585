<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Vietnamese for Qt's own strings (Qt 6.4.2) that the app shows: Debian ships no Vietnamese Qt
     catalogue. Written by hand, not by lupdate (update.sh and the i18n checks cover cptt_*.ts
     only); each context and source text is copied from the Qt source named in its comment.
     Loaded beside cptt_vi.qm in Vietnamese mode only (AppSettings); English mode shows Qt's own
     English. "Huỷ" is spelled as in the app's own buttons. tst_qt_strings checks every entry. -->
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>FileDialog</name>
    <message>
        <source>File name</source>
        <extracomment>The Qt Quick file dialog (QtQuick/Dialogs/quickimpl/qml/FileDialog.qml and its +Fusion variant, Qt 6.4): the labels beside the file name field and the file type list.</extracomment>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Loại tệp</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Show Details...</source>
        <extracomment>The Qt Quick message dialog (quickimpl/qml/MessageDialog.qml).</extracomment>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Standard dialog buttons (qtbase src/gui/kernel/qplatformtheme.cpp, defaultStandardButtonText): the file dialogs' Open and Cancel, a Dialog's standardButtons.</extracomment>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với tất &amp;cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Dừng hẳn</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <extracomment>The same buttons under a GNOME desktop (qtbase src/gui/platform/unix/qgenericunixthemes.cpp, QGnomeTheme::standardButtonText).</extracomment>
        <translation>Đồng &amp;ý</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Huỷ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng, không lưu</translation>
    </message>
</context>
</TS>
