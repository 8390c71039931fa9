import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// One head or cartridge: what it is, how much it was used, its wear as a bar and in words.
ColumnLayout {
    id: row

    required property string title
    required property string usage
    required property int wearPercent
    required property bool needsDisinfection

    spacing: 2

    Label {
        Layout.fillWidth: true
        text: row.title + " · " + row.usage
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }
    ProgressBar {
        objectName: "headWear"
        Layout.fillWidth: true
        from: 0
        to: 100
        value: Math.min(row.wearPercent, 100)
        Accessible.name: qsTr("Wear")
    }
    Label {
        Layout.fillWidth: true
        text: (row.wearPercent >= 100 ? "⚠ " + qsTr("Worn out: replace it.")
                                      : qsTr("%1 % worn").arg(row.wearPercent))
              + (row.needsDisinfection ? " " + qsTr("Disinfect it before the next session.") : "")
        color: row.needsDisinfection || row.wearPercent >= 80 ? Theme.excluded : Theme.mutedText
        font.pixelSize: Theme.smallSize
        font.bold: row.needsDisinfection || row.wearPercent >= 80
        wrapMode: Text.WordWrap
    }
}
