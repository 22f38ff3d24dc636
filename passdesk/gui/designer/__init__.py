"""The Designer: pass templates designed offline, with live previews."""
