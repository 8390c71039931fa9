pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// About, opened from Settings: the version, the licences, privacy, and where every safety rule
// comes from.
ScrollPage {
    id: page

    readonly property string title: qsTr("About Rollwise")

    objectName: "aboutPage"

    RuleListModel {
        id: rules
    }

    Card {
        Layout.fillWidth: true
        title: qsTr("Rollwise %1").arg(AppInfo.version)
        Label {
            objectName: "aboutVersion"
            Layout.fillWidth: true
            text: qsTr("A home microneedling companion. It paces your sessions and keeps your skin's healing time; it is a cosmetic companion and does not diagnose or treat any condition.")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Your journal stays on this device, encrypted. No account, no cloud, no network.")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
    }
    Card {
        Layout.fillWidth: true
        title: qsTr("Licences")
        Label {
            Layout.fillWidth: true
            text: qsTr("Rollwise: © 2026 Rollwise developers, all rights reserved; it may be installed and used as distributed. It is built on Qt 6 (GNU LGPL 3), SQLCipher (BSD-style licence) and QtKeychain (BSD 3-clause licence), whose licences come with it.")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
    }
    Card {
        objectName: "ruleSources"
        Layout.fillWidth: true
        title: qsTr("Where the safety rules come from")
        Repeater {
            model: rules
            delegate: ColumnLayout {
                id: rule
                required property string title
                required property string source
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: rule.title
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: rule.source
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
