<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>BulkIssueForm</name>
    <message>
        <source>CSV &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a path and press Enter, or Choose… (UTF-8, columns separated by , or ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID, copied from the PassEntry dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event every pass of the file is a ticket for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file: every row is checked before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export bad rows…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignerEditorForm</name>
    <message>
        <source>Publish state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to you and on the pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pass is for (read by screen readers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ravel by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a transit pass is for: plane, bus, train, ferry or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the labels and default values on the Fields tab; Google phones in a language the template lacks show it. PassEntry advises English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the text colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose text colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG file of at most 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG strip image of at most 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry&apos;s mark on the pass, light or dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watermark position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ty&amp;pe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the barcode holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a scanner reads from each pass&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the code holds, e.g. %{passData.memberNumber}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the code&apos;s value under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the value under the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields by slot group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; drag a row by its number (or use Up and Down) to reorder. Sample values only fill the preview: they are not part of the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the labels and default values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the table shows and edits; the default language edits the base labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the labels and default values in another language (a BCP 47 tag such as de, de-AT or pt-BR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen language&apos;s labels and default values from every field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a new field in the first empty slot of this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the chosen slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen field one slot up (or drag it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen field one slot down (or drag it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen field to another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignerForm</name>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design pass templates offline; drafts are kept on this computer until you publish them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this template to PassEntry (queued while offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a blank template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a draft saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;synced template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a template PassEntry already has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a template PassEntry has, by its ID, and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;NGs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save both previews as PNG images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template is open. Start a new one, open a draft or a synced template, or import a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignerPickerForm</name>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignerPublishForm</name>
    <message>
        <source>Name of the &amp;copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoorForm</name>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export scans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every scan in the log to a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event, doors-open window, capacity, re-entry and more for this door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the screen, to read the verdict from two metres (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which event this door admits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonight&apos;s event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or ticket number  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the selected guest&apos;s pass as if scanned (Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back this door&apos;s last admission (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoorSettingsForm</name>
    <message>
        <source>Event and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each desk&apos;s scans and &quot;Undo last admission&quot; are its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors &amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors &amp;close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets &amp;valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h before the event starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets valid from, hours before the event starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier, a ticket is denied as &quot;not yet&quot;. The event&apos;s end always closes it. Doors open / close, when set, decide for this door&apos;s own event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit lo&amp;yalty and member cards (no ticket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a loyalty card or member card scanned here is denied as &quot;Not a ticket&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;re-entry after an exit scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass &amp;removed from wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed &amp;templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: every template is let in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;READY after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before the verdict goes back to READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a verdict stays on the big panel; the next scan always replaces it at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points, sound and readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per &amp;admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with loyalty: each admission adds these points to the pass&apos;s balance, when its template has loyalty. Off: no points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pus&amp;h message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Thanks for visiting! {points} points added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the pass with the points; {points}, {balance} and {name} are filled in. Empty: no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sound for each verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;FC reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (e.g. usb or tty:USB0:pn532)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nfcpy device path of an NFC reader for NDEF tags; empty: no NFC reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTAP serial &amp;port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (e.g. /dev/ttyACM0 or COM3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial port of a VTAP reader in serial mode; it flashes green or red with each verdict. Empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read QR codes with the ca&amp;mera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera &amp;to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which webcam reads QR codes when several are connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If validation does &amp;not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with external validation (your venue hub checks each scan): what the door does when it cannot be reached or fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log scans in PassEntry as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scans in PassEntry as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PassEntry reader this desk&apos;s scans are logged as. Don&apos;t log: PassEntry does not see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the scanner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a test code once: passdesk finds how the scanner ends codes and corrects a keyboard layout that does not match this computer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High &amp;contrast: black, white and yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thick borders and strong colours, easy to tell apart in grey too. Each verdict keeps its own symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;de names at the door: initials only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The big panel and the last scans show &quot;T. v. d. B.&quot; for Tom van der Berg. The scan log and exports keep the full name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPassForm</name>
    <message>
        <source>&amp;Group tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas, e.g. vip, early bird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: also send the holder a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the values you change are sent to PassEntry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialogForm</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Summer Gala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Town Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the event takes place: start and end are wall-clock times there. Type part of a city to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End in your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why OK is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsForm</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an event; it is sent to PassEntry at once, or when back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected event (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this account&apos;s API offers for events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events by name or venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which events: upcoming, past or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming: not over yet (ongoing events too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSubscriptionForm</name>
    <message>
        <source>PassEntry can tell this hub, as it happens, about every pass installed in or removed from a wallet, scanned by a PassEntry reader, or created. It signs each event with a secret this hub keeps in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublic address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://hub.your-venue.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register with PassEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask PassEntry to send pass events to this address; the secret that signs them goes to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTPS address at which PassEntry reaches this hub: the tunnel or reverse proxy in front of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry webhook subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop or resume PassEntry sending events to this hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have PassEntry sign its events with a new secret; the hub takes it at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask PassEntry how the subscription is now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueForm</name>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID, copied from the PassEntry dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event this pass is a ticket for: the Passes list filters by it and that event&apos;s Door admits it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ext id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made up if empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own reference for the pass (e.g. a ticket or customer number); unique per pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, separated by commas, e.g. vip, early bird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels to find and message a group of passes later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode and NFC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code printed on the pass for a scanner to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode &amp;holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a scanner reads from the barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a scanner reads, e.g. a ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the value as &amp;text under the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap at a reader (&amp;NFC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry turns NFC on only for accounts it has approved for NFC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFC h&amp;olds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFC holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a reader gets when the phone is tapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFC va&amp;lue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a reader gets on a tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFC value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple Wallet shows the pass near these places (up to 10; radius 10–1,000 m for event tickets, 10–100 m for other passes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beacons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple Wallet shows the pass near these iBeacons (up to 10, major and minor 0–65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &amp;PassEntry for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen before issuing. The pass file or Google link comes with the created pass, while it is not yet on a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download link and the Apple pass file (.pkpass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download link and the Google Wallet link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a pass first: its download link shows here once PassEntry has created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy download link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Apple pass (.pkpass)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Google Wallet link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifyForm</name>
    <message>
        <source>What should appear on the pass holders&apos; phones?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pass holder gets the message on the lock screen, and it stays on the back of the pass as its latest message. A pass shows at most 3 messages a day on the lock screen; after that only the latest message changes. To add a link, write [words](https://…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NullifyForm</name>
    <message>
        <source>What nullifying does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the pass&apos;s number to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassesForm</name>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading passes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue pass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new pass from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk issue from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue one pass per row of a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the passes listed (with the filters and search applied) to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, ticket numbers and ext ids  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search passes by name, ticket number or ext id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every pass again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passes in this status only. Nullified passes are listed only when “Nullified” is picked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passes added to this wallet only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passes with this group tag only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passes of this template only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passes of this event only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message to the phones of the selected passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the selected passes (they no longer admit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nullify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe the selected pass for good and free its ext id (cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderConfigForm</name>
    <message>
        <source>Reader configuration: who checks each scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PassEntry checks the pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal validation: PassEntry checks each scan against its own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal validation: PassEntry checks the pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our venue &amp;hub checks the pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External validation: readers send each scan to the hub URL below, which decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External validation: our venue hub checks the pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://hub.example.org:8443/validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External validation URL (the venue hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this desk&apos;s hu&amp;b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the bearer token is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFC private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFC private key, masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PEM file with the new private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple pass type and Google collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the configuration cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to PassEntry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderDashboardSteps</name>
    <message>
        <source>Set it in the PassEntry dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers → Reader Configuration → Validation Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. HTTPS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub URL to paste in the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the hub URL, to paste it in the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which bearer token to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy hub &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the venue hub&apos;s token from this computer&apos;s keychain without showing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save there, then press Refresh here to read it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry Reader apps log out and use the new settings at their next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderDialogForm</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. North Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. north-gate-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the reader logs in with. Letters, digits, - _ and . only; it cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;QR codes and barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redeem loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;MIFARE Classic cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why OK is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on PassEntry at once: this needs the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderTokenForm</name>
    <message>
        <source>Readers send this token to the endpoint with every scan (Authorization: Bearer …), and the endpoint refuses scans without it. Paste the token your endpoint expects, or generate a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New validation token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new random token (256 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token, masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once saved it is kept in this computer&apos;s keychain, for this desk&apos;s Door and hub, never in a file or the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadersForm</name>
    <message>
        <source>Readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the readers and the configuration from PassEntry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New reader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a reader on PassEntry (needs the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected reader (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this account&apos;s API offers for readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where passdesk finds your PassEntry account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.passentry.com/api/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the PassEntry API, ending in /api/v1. Plain http:// is allowed only for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the key stored in the keychain for this URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key in the PassEntry Dashboard under Developer tools. Leave this empty to keep the stored key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0d10c850</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the URL and key typed above, without saving them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the URL to the settings file and the key to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each PassEntry route answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this table as text (no key, no secrets), to paste into a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the &amp;venue hub on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers the venue&apos;s readers and PassEntry&apos;s webhooks from this desk&apos;s database while passdesk is open. Readers call HTTPS addresses only: put a reverse proxy that terminates TLS in front of this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader token, masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set t&amp;oken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type, paste or generate the token readers send; it is kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers send it with every scan: enter the same token in the PassEntry dashboard (Readers → Reader Configuration → Validation Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue hub status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry e&amp;vents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this hub with PassEntry for pass events, pause them or rotate their secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the venue hub settings and start, stop or restart the hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncForm</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passdesk works from its local copy and exchanges changes with PassEntry in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch what is new on PassEntry and send the waiting changes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;every pass now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync, and also re-read the status of every pass (slower; passdesk does it by itself every 15 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running sync after the current page; what was fetched is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting for PassEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a refused or to-be-reviewed change to retry or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected changes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on the selected changes: they will not reach PassEntry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateByIdForm</name>
    <message>
        <source>Add a template by its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry does not list its templates to apps. Copy the template&apos;s ID from the PassEntry dashboard (or from a pass made with it) and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 19cb334f9696e64e10e7759f0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillForm</name>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earn rates, rewards, messages, scan sources and this till&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a card, or type a name or customer number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a loyalty card, or search by name or customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this pass cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations that need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not applied: send it to PassEntry again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop it: it was applied, or should not be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this customer&apos;s operations to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See this shift&apos;s totals, export them, and start a new shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this shift&apos;s operations to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earn from
purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1: points from the amount spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add
points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2: add a number of points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem
points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F3: take points off (never below zero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set
balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4: set the balance to a value, e.g. 0 to reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the amount (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the change (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;message to the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillSettingsForm</name>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till&apos;s name in the operation log and in a shift&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. £, € or $</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put before amounts spent; may be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;message by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether &quot;Send a message&quot; starts ticked for each operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ound for each operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, re&amp;deem up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most points redeemed without a confirmed balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: a redemption always needs a balance PassEntry confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, or before PassEntry has answered, a redemption goes against the balance the card showed when it was last synced, up to this many points. Above it, a supervisor must approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points per scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan messa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each scan that finds a customer also adds these points (a negative number takes them). Off: a scan only looks the customer up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan sources besides the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;FC reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (e.g. usb or tty:USB0:pn532)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nfcpy device path of an NFC reader for NDEF tags; empty: no NFC reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTAP serial p&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (e.g. /dev/ttyACM0 or COM3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial port of a VTAP reader in serial mode. Empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read QR codes with the ca&amp;mera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera &amp;to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which webcam reads QR codes when several are connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry&apos;s dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log scans in PassEntry as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scans in PassEntry as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PassEntry reader this till&apos;s scans are logged as. Don&apos;t log: PassEntry does not see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the scanner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a test code once: passdesk finds how the scanner ends codes and corrects a keyboard layout that does not match this computer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earning and rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template the rules are for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;general rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this template&apos;s own rules: it earns and rewards as &quot;All other templates&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per currency &amp;unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for each 1 spent, from 0 to 1,000,000; e.g. 0.1 gives a point for each 10 spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roun&amp;d points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;deem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward &amp;reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent instead of the action&apos;s message when an operation reaches a reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore de&amp;faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the messages passdesk came with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Save is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillShiftForm</name>
    <message>
        <source>Shift start and end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by kind of operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the shift starts a new one now: the till&apos;s shift list and totals start again from zero. Nothing is deleted; every operation stays in the customers&apos; lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the shift&apos;s operations and, in a second file, its totals, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
