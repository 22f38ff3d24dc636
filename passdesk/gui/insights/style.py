"""The Insights pane's look: figure cards, section captions, the stale state."""

from passdesk.gui.widgets.palette import qss

INSIGHTS_STYLE = qss("""
QFrame[role="figure"] {
    background: palette(base);
    border: 1px solid $border;
    border-radius: 8px;
}
QFrame[role="figure"][warning="true"] {
    background: $warning_background;
    border-color: $warning_border;
}
QFrame[role="figure"] QLabel { background: transparent; border: none; }
QLabel[role="figureNumber"] { font-size: 24px; font-weight: 700; color: $grey_900; }
QLabel[role="figureCaption"] { font-size: 12px; color: $slate; }
QLabel[role="figureDetail"] { font-size: 11px; color: $slate; }
QFrame[role="figure"][warning="true"] QLabel[role="figureNumber"] { color: $warning_text; }
QFrame[role="figure"][stale="true"] QLabel[role="figureNumber"] { color: $grey_400; }
QLabel[role="section"] { font-size: 13px; font-weight: 600; color: $grey_700; }
QLabel#denialsNone, QLabel#conflictsNone, QLabel#doorsNone, QLabel#admissionsNone {
    color: $slate;
    font-size: 13px;
}
""")
