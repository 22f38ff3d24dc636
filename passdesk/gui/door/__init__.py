"""The Door: scan, see a big verdict, hear it, go on."""
