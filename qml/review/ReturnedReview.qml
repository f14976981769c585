pragma Singleton
import QtQuick
import Cptt

// The review a drafter opened next to the dossier (one per app): its comments show at their
// places on the dossier, procedure, form and worksheet screens.
QtObject {
    readonly property ReviewSession session: ReviewSession {}
}
