import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// The bar on top: the app's name, or, on a page opened from another one, a back button and the
// page's title.
ToolBar {
    id: header

    property bool compact: false
    property bool canGoBack: false
    property string pageTitle: ""

    signal backRequested()

    background: Rectangle { color: Theme.headerBackground }
    contentHeight: header.compact ? 52 : 60

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing * 1.5
        anchors.rightMargin: Theme.spacing * 1.5
        spacing: Theme.spacing

        ToolButton {
            visible: header.canGoBack
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            contentItem: Label {
                text: "←"
                color: Theme.headerText
                font.pixelSize: Theme.titleSize
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            Accessible.name: qsTr("Back")
            onClicked: header.backRequested()
        }
        Label {
            text: header.canGoBack && header.pageTitle.length > 0 ? header.pageTitle : qsTr("Rollwise")
            // A long title ("Sicherungen und Export" on a phone) is set smaller before it is cut.
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.bodySize
            elide: Text.ElideRight
            Layout.fillWidth: header.canGoBack
            color: Theme.headerText
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        Label {
            visible: !header.compact && !header.canGoBack
            text: qsTr("Home microneedling companion")
            color: Theme.headerText
            opacity: 0.85
            font.pixelSize: Theme.bodySize
        }
        Item { Layout.fillWidth: true }
    }
}
