pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// A head or cartridge in use: its wear, its hygiene and what can be done with it. Disinfecting,
// reporting damage and retiring each ask once more before they happen.
Card {
    id: card

    required property string headTitle
    required property var measures    // for the WearGauge
    required property string hygieneText
    required property bool needsDisinfection
    required property bool damageReported
    required property var hygieneLog  // dates, newest first
    required property var retireReasons // [{value, text}]

    signal disinfected()
    signal damageReportRequested()
    signal retireRequested(string reason)

    // "": nothing asked; "disinfect", "damage", "retire": that question is open.
    property string asking: ""
    property string reason: card.retireReasons.length > 0 ? card.retireReasons[0].value : ""

    title: card.headTitle
    attention: card.needsDisinfection || card.damageReported
    accentColor: Theme.excluded

    WearGauge {
        Layout.fillWidth: true
        measures: card.measures
    }
    Message {
        visible: card.damageReported
        text: qsTr("Damage reported: Rollwise will not use this head again. Replace it.")
        problem: true
    }
    Label {
        objectName: "hygieneText"
        Layout.fillWidth: true
        text: (card.needsDisinfection ? "⚠ " : "✓ ") + card.hygieneText
        color: card.needsDisinfection ? Theme.excluded : Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }
    Label {
        Layout.fillWidth: true
        visible: card.hygieneLog.length > 0
        text: qsTr("Disinfected: %1").arg(card.hygieneLog.slice(0, 5).join(" · "))
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.WordWrap
    }

    Flow {
        Layout.fillWidth: true
        visible: card.asking.length === 0
        spacing: Theme.spacing / 2
        ActionButton {
            objectName: "disinfectButton"
            text: qsTr("I disinfected it")
            highlighted: card.needsDisinfection
            onClicked: card.asking = "disinfect"
        }
        ActionButton {
            objectName: "damageButton"
            visible: !card.damageReported
            text: qsTr("Report damage")
            onClicked: card.asking = "damage"
        }
        ActionButton {
            objectName: "retireButton"
            text: qsTr("Replace it")
            onClicked: card.asking = "retire"
        }
    }

    // The one open question, with its confirmation.
    Label {
        objectName: "question"
        Layout.fillWidth: true
        visible: card.asking.length > 0
        text: card.asking === "disinfect"
              ? qsTr("Did you soak the head in 70 % isopropyl alcohol for 10 minutes and let it air-dry?")
              : card.asking === "damage"
              ? qsTr("Bent or hooked tips, a roller that drags or scratches, rust or missing needles? A damaged head is not used again.")
              : qsTr("Why are you replacing it?")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.bold: true
        wrapMode: Text.WordWrap
    }
    ChoiceRow {
        Layout.fillWidth: true
        visible: card.asking === "retire"
        title: qsTr("Reason")
        choices: card.retireReasons
        current: card.reason
        onChosen: value => card.reason = value
    }
    RowLayout {
        visible: card.asking.length > 0
        spacing: Theme.spacing / 2
        ActionButton {
            objectName: "confirmButton"
            text: card.asking === "disinfect" ? qsTr("Yes, it is clean")
                  : card.asking === "damage" ? qsTr("Report damage") : qsTr("Retire this head")
            highlighted: true
            onClicked: {
                const asked = card.asking
                card.asking = ""
                if (asked === "disinfect")
                    card.disinfected()
                else if (asked === "damage")
                    card.damageReportRequested()
                else
                    card.retireRequested(card.reason)
            }
        }
        ActionButton {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            flat: true
            onClicked: card.asking = ""
        }
    }
}
