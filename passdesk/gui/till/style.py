"""The Till pane's look: the customer card, the keypad, the action buttons and
Apply; the rest is the app's style sheet."""

from passdesk.gui.widgets.palette import qss

TILL_STYLE = qss("""
QScrollArea#tillScroll, QWidget#tillScrollContents { background: transparent; }
QFrame#customerFrame, QFrame#tillFrame {
    border-radius: 12px;
    background: palette(base);
    border: 1px solid $border;
}
QFrame#customerFrame[state="refused"], QFrame#customerFrame[state="cancelled"] {
    border: 2px solid $red_700;
}
QFrame#customerFrame QLabel, QFrame#tillFrame QLabel { background: transparent; }
QLabel#customerName { font-size: 28px; font-weight: 600; color: $grey_900; }
QLabel#balanceValue { font-size: 52px; font-weight: 800; color: $grey_900; }
QLabel#balanceCaption { font-size: 15px; color: $grey_600; }
QLabel#balanceCaption[pending="true"] { color: $amber_700; font-weight: 600; }
QLabel#rewardLabel { font-size: 15px; font-weight: 600; color: $green_700; }
QLabel#refusedLabel { font-size: 17px; font-weight: 600; color: $red_700; }
QLabel#cancelledLabel { font-size: 17px; font-weight: 700; color: $error_text;
                        background: $error_background; border: 2px solid $red_700;
                        border-radius: 8px; padding: 8px 10px; }
QLabel#reviewLabel { color: $error_text; background: $error_background;
                     border: 1px solid $error_border; border-radius: 6px; padding: 6px 8px; }
QLabel#amountLabel { font-size: 14px; color: $grey_700; }
QLineEdit#amountEdit { font-size: 30px; font-weight: 600; padding: 4px 10px; min-height: 46px; }
QPushButton[role="key"] { font-size: 20px; min-height: 42px; min-width: 44px; }
QPushButton[role="action"] { font-size: 13px; min-height: 44px; padding: 2px 6px; }
QPushButton[role="action"]:checked { background: $blue_700; color: white;
                                     border: 1px solid $blue_700; border-radius: 6px;
                                     font-weight: 600; }
QPushButton[role="action"]:checked:disabled { background: $grey_300; border-color: $grey_300;
                                              color: $grey_500; }
QPushButton#applyButton { font-size: 18px; font-weight: 700; background: $green_700; color: white;
                          border: 1px solid $green_700; border-radius: 6px; min-width: 80px; }
QPushButton#applyButton:disabled { background: $grey_300; border-color: $grey_300;
                                   color: $grey_500; }
QLabel#previewLabel { font-size: 15px; font-weight: 600; color: $grey_900; min-height: 40px; }
QLabel#previewLabel[problem="true"] { color: $red_700; }
""")
