"""The app in the person's language: Qt's translators, QLocale's formats (issue 25).

``translate`` says a source string now; ``say`` says a ``core.texts.Text`` (or
passes any other value through); ``formats`` writes numbers, money and moments
as the chosen locale does; ``language.install`` picks and installs the language
at start; ``pseudo`` is the developers' pseudo-locale.
"""

from passdesk.gui.i18n.say import say, translate

__all__ = ["say", "translate"]
