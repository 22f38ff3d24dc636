"""The Door's look: the big verdict panel per outcome, the event banner, the counters.

Outcomes beyond the verdicts: ``idle`` (READY), ``loading`` (the first sync is
not done), ``unsure`` (NOT LOADED: a pass that may not be synced yet),
``noevent`` (the door's event is gone), ``undone``. The verdicts' own looks
(normal and high contrast) are ``verdict_look``'s, added at the end.
"""

from passdesk.gui.door.verdict_look import verdict_sheet
from passdesk.gui.widgets.palette import qss

DOOR_STYLE = qss("""
QFrame#verdictFrame {
    border-radius: 14px;
    background: $grey_100;
    border: 1px solid $border;
}
QFrame#verdictFrame:focus { border: 2px solid $focus_blue; }
QFrame#verdictFrame QLabel { background: transparent; color: $grey_700; }
QFrame#verdictFrame[outcome="loading"] { background: $amber_100; border-color: $amber_500; }
QFrame#verdictFrame[outcome="unsure"] { background: $amber_500; border-color: $amber_700; }
QFrame#verdictFrame[outcome="unsure"] QLabel { color: $on_amber; }
QFrame#verdictFrame[outcome="noevent"] { background: $red_100; border: 2px solid $red_700; }
QFrame#verdictFrame[outcome="noevent"] QLabel { color: $red_900; }
QLabel#verdictWord { font-size: 92px; font-weight: 800; }
QLabel#verdictWord[long="true"] { font-size: 60px; }
QFrame#eventBanner { border-radius: 8px; background: $blue_100; border: 1px solid $focus_blue; }
QFrame#eventBanner[alarm="true"] { background: $red_100; border: 2px solid $red_700; }
QFrame#eventBanner QLabel { font-size: 15px; color: $grey_900; }
QFrame#eventBanner[alarm="true"] QLabel { font-weight: 600; color: $red_900; }
QLabel#holderName { font-size: 38px; font-weight: 600; }
QLabel#verdictMessage { font-size: 26px; }
QLabel#verdictDetail { font-size: 13px; }
QFrame[role="counter"] {
    background: palette(base);
    border: 1px solid $border;
    border-radius: 10px;
}
QLabel[role="counterNumber"] { font-size: 34px; font-weight: 700; color: $grey_900; }
QLabel[role="counterCaption"] { font-size: 13px; color: $slate; }
QLabel#admittedCount { color: $green_700; }
QLabel#deniedCount { color: $red_700; }
QFrame#cameraPreview { border: 1px solid $border; border-radius: 8px; background: palette(base); }
QLabel#cameraMessage { font-size: 11px; color: $slate; padding: 4px; border: none; }
""") + verdict_sheet()
