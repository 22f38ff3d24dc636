"""The Door's look: the big verdict panel per outcome, the event banner, the counters.

Outcomes beyond the verdicts: ``idle`` (READY), ``loading`` (the first sync is
not done), ``unsure`` (NOT LOADED: a pass that may not be synced yet),
``noevent`` (the door's event is gone), ``undone`` and ``error``.
"""

DOOR_STYLE = """
QFrame#verdictFrame {
    border-radius: 14px;
    background: #f3f4f6;
    border: 1px solid #d6d9de;
}
QFrame#verdictFrame:focus { border: 2px solid #2f6fe4; }
QFrame#verdictFrame QLabel { background: transparent; color: #374151; }
QFrame#verdictFrame[outcome="admit"] { background: #15803d; border-color: #15803d; }
QFrame#verdictFrame[outcome="deny"]  { background: #b91c1c; border-color: #b91c1c; }
QFrame#verdictFrame[outcome="warn"]  { background: #f59e0b; border-color: #f59e0b; }
QFrame#verdictFrame[outcome="exit"]  { background: #1d4ed8; border-color: #1d4ed8; }
QFrame#verdictFrame[outcome="error"] { background: #7f1d1d; border-color: #7f1d1d; }
QFrame#verdictFrame[outcome="loading"] { background: #fef3c7; border-color: #f59e0b; }
QFrame#verdictFrame[outcome="unsure"] { background: #f59e0b; border-color: #b45309; }
QFrame#verdictFrame[outcome="unsure"] QLabel { color: #1f1300; }
QFrame#verdictFrame[outcome="noevent"] { background: #fee2e2; border: 2px solid #b91c1c; }
QFrame#verdictFrame[outcome="noevent"] QLabel { color: #7f1d1d; }
QFrame#verdictFrame[outcome="admit"] QLabel, QFrame#verdictFrame[outcome="deny"] QLabel,
QFrame#verdictFrame[outcome="exit"] QLabel, QFrame#verdictFrame[outcome="error"] QLabel {
    color: #ffffff;
}
QFrame#verdictFrame[outcome="warn"] QLabel { color: #1f1300; }
QLabel#verdictWord { font-size: 92px; font-weight: 800; }
QLabel#verdictWord[long="true"] { font-size: 60px; }
QFrame#eventBanner { border-radius: 8px; background: #e0ecff; border: 1px solid #2f6fe4; }
QFrame#eventBanner[alarm="true"] { background: #fee2e2; border: 2px solid #b91c1c; }
QFrame#eventBanner QLabel { font-size: 15px; color: #111827; }
QFrame#eventBanner[alarm="true"] QLabel { font-weight: 600; color: #7f1d1d; }
QLabel#holderName { font-size: 38px; font-weight: 600; }
QLabel#verdictMessage { font-size: 26px; }
QLabel#verdictDetail { font-size: 13px; }
QFrame[role="counter"] {
    background: palette(base);
    border: 1px solid #d6d9de;
    border-radius: 10px;
}
QLabel[role="counterNumber"] { font-size: 34px; font-weight: 700; color: #111827; }
QLabel[role="counterCaption"] { font-size: 13px; color: #5b6573; }
QLabel#admittedCount { color: #15803d; }
QLabel#deniedCount { color: #b91c1c; }
QFrame#cameraPreview { border: 1px solid #d6d9de; border-radius: 8px; background: palette(base); }
QLabel#cameraMessage { font-size: 11px; color: #5b6573; padding: 4px; border: none; }
"""
