"""The sizes PassEntry documents for each image, and advice on a picture of a given size.

From the design guide (PASSENTRY-API.md §13 Images, §2.17): banner 1125 x 432,
logo 480 x 150, icon 660 x 660; Apple's banner depends on the template type
(none on a generic pass, 1125 x 294 on an event ticket). A thumbnail exists
only on Apple's generic passes and has no documented size. Advice is words
for a person, never a refusal: a small or odd-shaped picture is allowed, and
said plainly.
"""

from __future__ import annotations

from dataclasses import dataclass

from passdesk.core.texts import QT_TRANSLATE_NOOP, Text, translate

BANNER, LOGO, ICON, THUMBNAIL = "banner", "logo", "icon", "thumbnail"
#: The image types an image asset can have (§2.17); the icon is a template image only.
ASSET_TYPES = (BANNER, LOGO, THUMBNAIL)
#: Said with ``role_words(role)``.
ROLE_WORDS = {BANNER: QT_TRANSLATE_NOOP("designer", "banner"),
              LOGO: QT_TRANSLATE_NOOP("designer", "logo"),
              ICON: QT_TRANSLATE_NOOP("designer", "icon"),
              THUMBNAIL: QT_TRANSLATE_NOOP("designer", "thumbnail")}


def role_words(role: str) -> str:
    """The image's role in a person's words ("logo"), a ``Text``; an unknown role as it is."""
    words = ROLE_WORDS.get(role)
    return Text("designer", words) if words else role


@dataclass(frozen=True)
class Size:
    width: int
    height: int

    def __str__(self) -> str:
        return self.words()

    def words(self) -> str:
        """The size in words, "480 x 150 px": a ``Text`` (said in the person's language)."""
        return translate("designer", "{width} x {height} px").format(width=str(self.width),
                                                                       height=str(self.height))

    @property
    def ratio(self) -> float:
        return self.width / self.height


#: The shared sizes (§13 Images).
SHARED = {BANNER: Size(1125, 432), LOGO: Size(480, 150), ICON: Size(660, 660)}
#: Apple's banner by template type (§13): None = Apple shows no banner on that type.
APPLE_BANNER: dict[str, Size | None] = {
    "generic": None, "loyalty": Size(1125, 432), "eventTicket": Size(1125, 294),
    "stampCard": Size(1125, 432)}
#: A shape this far from the documented one (in ratio) is cropped visibly.
SHAPE_TOLERANCE = 0.2


def size_for(role: str, template_type: str | None = None) -> Size | None:
    """The documented size of ``role`` (None: none documented, e.g. a thumbnail).

    On an event ticket the banner is Apple's 1125 x 294 (Google takes the
    shared 1125 x 432 and crops less of a wide one).
    """
    if role == BANNER and template_type == "eventTicket":
        return APPLE_BANNER["eventTicket"]
    return SHARED.get(role)


def where_shown(role: str, template_type: str | None = None) -> str:
    """A sentence on where the image does not show, or ""."""
    if role == THUMBNAIL:
        return translate("designer", "Only Apple shows a thumbnail, and only on generic passes.")
    if role == BANNER and template_type == "generic":
        return translate("designer", "Apple shows no banner on a generic pass; Google does.")
    return ""


def size_words(role: str, template_type: str | None = None) -> str:
    """The documented size in a sentence, "PassEntry's logo size is 480 x 150 px." (or
    that none is documented)."""
    size = size_for(role, template_type)
    what = role_words(role)
    if size is None:
        return translate("designer", "PassEntry documents no size for the {what}.").format(
            what=what)
    if role == BANNER and template_type != "eventTicket":
        return translate("designer", "PassEntry's {what} size is {size} (1125 x 294 on an "
                                     "Apple event ticket).").format(what=what, size=size.words())
    return translate("designer", "PassEntry's {what} size is {size}.").format(
        what=what, size=size.words())


def advice(role: str, width: int, height: int, template_type: str | None = None) -> str:
    """Words on a picture of ``width`` x ``height`` used as ``role``; "" when it fits."""
    size = size_for(role, template_type)
    what = role_words(role)
    if width <= 0 or height <= 0:
        return translate("designer", "This {what} has no size; it cannot be shown.").format(
            what=what)
    words = []
    if size is not None:
        # A logo's shape is the brand's own: only its height matters (Apple draws it
        # up to 50 points high, 150 px on a 3x screen).
        small = height < size.height if role == LOGO else (width < size.width
                                                           or height < size.height)
        if small:
            words.append(translate("designer", "Smaller than {size} (PassEntry's {what} "
                                               "size): it may look blurred on a phone."
                                   ).format(size=size.words(), what=what))
        # An event ticket's banner may be Apple's (1125 x 294) or Google's (1125 x 432).
        shapes = {size.ratio, SHARED[role].ratio} if role in SHARED else {size.ratio}
        if role != LOGO and all(abs(width / height - r) / r > SHAPE_TOLERANCE for r in shapes):
            words.append(translate("designer", "Not the {what}'s shape ({width}:{height}); "
                                               "it will be cropped or squeezed."
                                   ).format(what=what, width=str(size.width),
                                            height=str(size.height)))
    elif role == THUMBNAIL and abs(width / height - 1) > SHAPE_TOLERANCE:
        words.append(translate("designer",
                               "Thumbnails are shown about square; this one will be cropped."))
    if len(words) == 2:
        return translate("designer", "{first} {second}", "two sentences one after the other"
                         ).format(first=words[0], second=words[1])
    return words[0] if words else ""
