"""Qt widgets: the main window, one module per pane, and their helpers.

The only package that builds widgets. Services come in through constructors
(see ``passdesk.gui.services``); nothing here reaches for a global app object.
"""
