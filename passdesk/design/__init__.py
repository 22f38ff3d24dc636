"""Template previews drawn with QtGui: Apple-like and Google-like cards, barcodes, PNG export.

``preview`` is the entry point: ``paint_card`` is the one function that draws a
card (the designer's widget and the PNG export both call it). No QtWidgets here.
"""
