"""The Passes pane and its dialogs: browse, issue, edit, notify, nullify, batches."""
