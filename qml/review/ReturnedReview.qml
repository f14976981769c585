pragma Singleton
import QtQuick
import Cptt

// The review a drafter opened next to the dossier (one per app): its comments show at their
// places on the dossier, procedure, form and worksheet screens.
QtObject {
    id: returned
    readonly property ReviewSession session: ReviewSession {}
    // The drafter's answers to it (tiếp thu / giải trình).
    readonly property ResponseSession response: ResponseSession { review: returned.session }

    // A verdict id (dat | can-bo-sung | khong-dat) in words, "" for none.
    function verdictText(id) {
        return id === "dat" ? qsTr("Đạt") : id === "can-bo-sung" ? qsTr("Cần bổ sung, chỉnh sửa")
             : id === "khong-dat" ? qsTr("Không đạt") : ""
    }
    function verdictColor(id) { return id === "dat" ? Theme.ok : id === "khong-dat" ? Theme.error : Theme.warning }
}
