"""The Till settings' "Messages" tab: the push message of each action and of a
reward reached, with a live example and its length.

A mixin of ``TillSettingsDialog``.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit

from passdesk.core.loyalty import (
    DEFAULT_MESSAGES,
    DEFAULT_REWARD_MESSAGE,
    PLACEHOLDERS,
    Action,
    render_message,
)
from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.till.words import message_template, money
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.settings.till import TillSetup

#: Lock screens show about this much of a push message.
LONG_MESSAGE = 160
MESSAGE_EDITS = {Action.EARN: "earnMessageEdit", Action.ADD: "addMessageEdit",
                 Action.REDEEM: "redeemMessageEdit", Action.SET: "setMessageEdit"}
MESSAGE_NAMES = {Action.EARN: QT_TRANSLATE_NOOP("till", "Earn"),
                 Action.ADD: QT_TRANSLATE_NOOP("till", "Add"),
                 Action.REDEEM: QT_TRANSLATE_NOOP("till", "Redeem"),
                 Action.SET: QT_TRANSLATE_NOOP("till", "Set balance")}
#: What the example message is filled with.
SAMPLE = {"points": "25", "balance": "140", "name": "Alex", "reward": "A free coffee"}
SAMPLE_SPENT = Decimal("12.50")


class MessagesTab:
    def _fill_messages_tab(self, setup: TillSetup) -> None:
        form = self.form
        form.placeholdersLabel.setText(translate(
            "till", "Sent to the customer's phone as a message.\nFilled in for you:  {fields}")
            .format(fields="  ".join("{" + key + "}" for key in PLACEHOLDERS)))
        form.placeholdersLabel.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        for action in MESSAGE_EDITS:
            self._message_edit(action).setText(message_template(setup.messages.get(action, "")))
        form.rewardMessageEdit.setText(message_template(setup.reward_message))
        self._example_of = form.earnMessageEdit
        for edit in self._message_edits():
            edit.installEventFilter(self)
            edit.textChanged.connect(lambda _text, edit=edit: self._example_for(edit))
        form.restoreButton.clicked.connect(self._restore_messages)
        self._show_examples()

    def _message_edit(self, action: Action) -> QLineEdit:
        return getattr(self.form, MESSAGE_EDITS[action])

    def _message_edits(self) -> list[QLineEdit]:
        return [self._message_edit(a) for a in MESSAGE_EDITS] + [self.form.rewardMessageEdit]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusIn and watched in self._message_edits():
            self._example_for(watched)
        return super().eventFilter(watched, event)

    def _example_for(self, edit: QLineEdit) -> None:
        self._example_of = edit
        self._show_examples()

    def _show_examples(self) -> None:
        self._show_message_example()
        self._show_earn_example()

    def _show_message_example(self) -> None:
        form, edit = self.form, self._example_of
        reward = edit is form.rewardMessageEdit
        values = dict(SAMPLE, spent=money(SAMPLE_SPENT, form.currencyEdit.text().strip()),
                      name=translate("till", "Alex", "a sample first name in an example"),
                      reward=translate("till", "A free coffee", "a sample reward"))
        if not reward:
            values["reward"] = ""  # filled only when an operation reaches a reward
        text = render_message(edit.text(), **values)
        example = translate("till", "Example ({which}): {text}")
        set_tone(form.exampleLabel, Tone.INFO, example.format(
            which=self._message_name(edit), text=text or translate("till", "(empty)")))
        if len(text) > LONG_MESSAGE:
            set_tone(form.counterLabel, Tone.WARNING, translate(
                "till", "%Ln characters: lock screens cut a message after about {most}, so the "
                        "end may not be seen.", None, len(text)).format(
                most=formats.number(LONG_MESSAGE)))
        else:
            set_tone(form.counterLabel, Tone.NONE, translate(
                "till", "{count} of %Ln characters", None, LONG_MESSAGE).format(
                count=formats.number(len(text))))

    def _message_name(self, edit: QLineEdit) -> str:
        for action in MESSAGE_EDITS:
            if self._message_edit(action) is edit:
                return translate("till", MESSAGE_NAMES[action])  # marked above
        return translate("till", "Reward reached")

    def _restore_messages(self) -> None:
        for action in MESSAGE_EDITS:
            self._message_edit(action).setText(say(DEFAULT_MESSAGES[action]))
        self.form.rewardMessageEdit.setText(say(DEFAULT_REWARD_MESSAGE))
