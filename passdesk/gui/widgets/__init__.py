"""Building blocks that know no feature: forms, dialogs, table models, style, icons, CSV export."""
