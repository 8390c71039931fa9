import QtQuick
import QtQuick.Layouts
import QtTest
import Rollwise.Ui

// The cards: a Card grows with its content under its title and marks attention with more than
// colour; the check-in card shows only when asked and answers with the value tapped; the head
// card asks once more before each of its actions and emits only what was confirmed.
TestCase {
    id: test
    name: "Cards"
    when: windowShown
    visible: true
    width: 400
    height: 800

    Component {
        id: cardComponent
        Card {
            width: 360
            Rectangle {
                objectName: "content"
                Layout.fillWidth: true
                implicitHeight: 120
                color: "grey"
            }
        }
    }
    Component {
        id: checkInComponent
        CheckInCard {
            width: 360
        }
    }
    Component {
        id: headComponent
        HeadCard {
            width: 360
            headTitle: "Roller 0.5 mm"
            measures: [{ label: "Sessions", detail: "12 of 150", percent: 8 }]
            hygieneText: "Disinfected yesterday"
            needsDisinfection: false
            damageReported: false
            hygieneLog: ["1 Dec", "28 Nov"]
            retireReasons: [{ value: "worn", text: "Worn" }, { value: "damaged", text: "Damaged" }]
        }
    }

    SignalSpy { id: answered; signalName: "answered" }
    SignalSpy { id: disinfected; signalName: "disinfected" }
    SignalSpy { id: damage; signalName: "damageReportRequested" }
    SignalSpy { id: retire; signalName: "retireRequested" }

    function init() {
        failOnWarning(/.?/)
        for (const spy of [answered, disinfected, damage, retire])
            spy.clear()
    }

    function make(component, properties) {
        const item = createTemporaryObject(component, test, properties === undefined ? {} : properties)
        verify(item !== null)
        waitForRendering(item)
        return item
    }
    function tap(root, name) {
        const button = findChild(root, name)
        verify(button !== null, name + " exists")
        verify(button.visible, name + " is visible")
        mouseClick(button)
        waitForRendering(root)
    }

    // Card

    function test_cardHoldsItsContentUnderTheTitle() {
        const card = make(cardComponent, { title: "Backups" })
        const content = findChild(card, "content")
        const at = content.mapToItem(card, 0, 0)
        // Inside the card's padding, the full width, under the title.
        fuzzyCompare(at.x, Theme.spacing, 0.5)
        fuzzyCompare(content.width, card.width - Theme.spacing * 2, 0.5)
        verify(at.y > Theme.spacing + 10, "the title comes first")
        verify(card.height >= at.y + content.height + Theme.spacing - 0.5, "the card holds it")
        // Without a title the content moves up and the card shrinks.
        const titled = card.height
        card.title = ""
        waitForRendering(card)
        fuzzyCompare(content.mapToItem(card, 0, 0).y, Theme.spacing, 0.5)
        verify(card.height < titled)
        // More content, a taller card.
        content.implicitHeight = 300
        waitForRendering(card)
        fuzzyCompare(card.height, 300 + Theme.spacing * 2, 0.5)
    }

    function test_attentionIsMoreThanColour() {
        const card = make(cardComponent, { title: "Backups" })
        const plainBorder = card.border.width
        const plainName = card.Accessible.name
        const plainTitle = findChild(card, "cardTitle").text
        card.attention = true
        card.accentColor = Theme.excluded
        verify(card.border.width > plainBorder)
        verify(Qt.colorEqual(card.border.color, Theme.excluded))
        // The title gains a symbol, so it does not rely on colour alone.
        const titleLabel = findChild(card, "cardTitle")
        verify(titleLabel !== null)
        verify(titleLabel.text.length > plainTitle.length)
        verify(titleLabel.text.indexOf(plainTitle) >= 0)
        compare(card.Accessible.name, plainName)
    }

    // CheckInCard

    function test_checkInShowsOnlyWhenAsked() {
        const card = make(checkInComponent, { choices: [{ value: "none", text: "Fine" }] })
        verify(!card.visible)
        card.text = "Yesterday you rolled your forehead."
        verify(card.visible)
    }

    function test_checkInAnswersWithTheValueTapped() {
        const card = make(checkInComponent, {
            text: "Yesterday you rolled your forehead.",
            choices: [{ value: "none", text: "Fine" }, { value: "mild-redness", text: "A little red" },
                      { value: "irritation", text: "Irritated" }]
        })
        answered.target = card
        // One button per choice, laid out without overlap.
        const a = findChild(card, "reaction_none")
        const b = findChild(card, "reaction_mild-redness")
        const c = findChild(card, "reaction_irritation")
        verify(a && b && c)
        const ra = a.mapToItem(card, 0, 0)
        const rb = b.mapToItem(card, 0, 0)
        verify(rb.x >= ra.x + a.width || rb.y >= ra.y + a.height)
        verify(ra.x + a.width <= card.width && rb.x + b.width <= card.width)
        tap(card, "reaction_mild-redness")
        compare(answered.count, 1)
        compare(answered.signalArguments[0][0], "mild-redness")
        tap(card, "reaction_irritation")
        compare(answered.count, 2)
        compare(answered.signalArguments[1][0], "irritation")
    }

    // HeadCard

    function test_headDisinfectAsksFirst() {
        const card = make(headComponent)
        disinfected.target = card
        const question = findChild(card, "question")
        verify(!question.visible)
        tap(card, "disinfectButton")
        verify(question.visible)
        compare(disinfected.count, 0)
        // The actions are out of the way while the question is open.
        verify(!findChild(card, "retireButton").visible)
        tap(card, "confirmButton")
        compare(disinfected.count, 1)
        verify(!question.visible)
        verify(findChild(card, "retireButton").visible)
    }

    function test_headCancelEmitsNothing_data() {
        return [{ tag: "disinfect", button: "disinfectButton" }, { tag: "damage", button: "damageButton" },
                { tag: "retire", button: "retireButton" }]
    }
    function test_headCancelEmitsNothing(data) {
        const card = make(headComponent)
        for (const spy of [disinfected, damage, retire])
            spy.target = card
        tap(card, data.button)
        verify(findChild(card, "question").visible)
        tap(card, "cancelButton")
        verify(!findChild(card, "question").visible)
        compare(disinfected.count + damage.count + retire.count, 0)
    }

    function test_headReportsDamage() {
        const card = make(headComponent)
        damage.target = card
        tap(card, "damageButton")
        tap(card, "confirmButton")
        compare(damage.count, 1)
        // Once reported: no second report, and the card asks for attention.
        verify(!card.attention)
        card.damageReported = true
        verify(card.attention)
        verify(!findChild(card, "damageButton").visible)
    }

    function test_headRetiresWithTheChosenReason() {
        const card = make(headComponent)
        retire.target = card
        tap(card, "retireButton")
        // The first reason is chosen until another is tapped.
        tap(card, "choice_damaged")
        tap(card, "confirmButton")
        compare(retire.count, 1)
        compare(retire.signalArguments[0][0], "damaged")
        tap(card, "retireButton")
        tap(card, "choice_worn")
        tap(card, "confirmButton")
        compare(retire.signalArguments[1][0], "worn")
    }

    function test_headNeedingDisinfectionStandsOut() {
        const clean = make(headComponent)
        const dirty = make(headComponent, { needsDisinfection: true })
        verify(!clean.attention)
        verify(dirty.attention)
        const cleanText = findChild(clean, "hygieneText")
        const dirtyText = findChild(dirty, "hygieneText")
        verify(Qt.colorEqual(dirtyText.color, Theme.excluded))
        verify(!Qt.colorEqual(cleanText.color, dirtyText.color))
        verify(cleanText.text !== dirtyText.text, "a symbol, not only a colour")
        // The disinfect button is the primary action only when it is due.
        verify(findChild(dirty, "disinfectButton").highlighted)
        verify(!findChild(clean, "disinfectButton").highlighted)
    }
}
