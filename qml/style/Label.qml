import QtQuick
import QtQuick.Templates as T
import Cptt

T.Label {
    id: control

    color: Theme.text
    linkColor: Theme.accent
}
