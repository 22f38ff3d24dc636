<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
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
        <source>admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
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
<context>
    <name>common</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <comment>a day: Wed 17 Jul 2030</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a day, then a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {things}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG, JPG or WebP images (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry cannot be reached, so your images there cannot be listed or uploaded now; try again when the connection is back. The Designer still works offline: a file on this computer shows in the preview (Choose…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry did not take it: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy
on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {kind} images on PassEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {kind} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watermark on this banner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watermark colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watermark position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a PNG, JPG or WebP file to PassEntry as a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your images from PassEntry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {kind} images on PassEntry yet: upload one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} x {height} px · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry is still processing this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing… PassEntry is preparing the image; it can be used once it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{advice} {processing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is ready: Use this image puts it on the pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is ready: Use this image puts it on the pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry is still processing the image; look again later (Refresh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry could not process {name} ({status}); upload another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry could not process the image ({status}); upload another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>designer</name>
    <message>
        <source>a colour is text such as &quot;#1A2B3C&quot;, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a colour: each of r, g, b must be 0 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a colour; write #RGB, #RRGGBB or rgb(r, g, b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour component {value} is outside 0 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} x {height} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Apple shows a thumbnail, and only on generic passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple shows no banner on a generic pass; Google does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry documents no size for the {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry&apos;s {what} size is {size} (1125 x 294 on an Apple event ticket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry&apos;s {what} size is {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {what} has no size; it cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller than {size} (PassEntry&apos;s {what} size): it may look blurred on a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the {what}&apos;s shape ({width}:{height}); it will be cropped or squeezed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnails are shown about square; this one will be cropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <comment>two sentences one after the other</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loyalty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <comment>a list&apos;s comma</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a generic template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a loyalty card template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event ticket template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transit template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {type} template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header field {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central field {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details field {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back field {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} field {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one header field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one central field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one details field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one back field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no template type; the known types are {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template type {type} is not one passdesk knows ({known}); the previews may not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transit type; a transit template needs one of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transit type {type}; a transit template needs one of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} is {value}, not a colour; write #RGB, #RRGGBB or rgb(r, g, b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} {problem}</source>
        <comment>{problem}: &apos;#12&apos; is not a colour…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text colour {colour} on background {background} has contrast {ratio}:1; WCAG asks for at least {minimum}:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label colour {colour} on background {background} has contrast {ratio}:1; WCAG asks for at least {minimum}:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} {value} is not an https URL or a PNG or JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google shows the logo in a circle: a wide logo is cut; use a square logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watermark is light or dark, at a corner of the pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode type {type} is not one of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the barcode holds {source}; it can hold the pass id (uuid), the External ID (extId) or your own text (custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the barcode holds your own text, but the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the barcode is {value}, not a barcode object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a label but no field id; passes cannot fill it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a default value but no field id; passes cannot fill it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field id {id} should use only letters, digits and _ and not start with a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field id {id} is used more than once (also {others})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} needs {fields}</source>
        <comment>a generic template needs at least one central field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transit pass shows two central fields, where from and where to; add the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one central field</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n central field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{wallet} shows {what} on {type}: this one is not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template is a JSON object, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a list of templates (&quot;data&quot; is a list), not one template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; is {kind}, not a template resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <comment>&quot;data.attributes&quot; is missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data.attributes&quot; is {kind}; a template resource keeps its fields there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;attributes&quot; is {kind}, not an object of template fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;passTemplate&quot; is {kind}, not an object of template fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is empty; a template is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {problem} (column {column})</source>
        <comment>{problem}: the JSON reader&apos;s English words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{slot} is empty; give the field an id first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} has no empty slot; remove or move a field first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{slot} is empty; there is no field to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a {type} resource, not a pass template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{wallet}: the value {text} will be cut off; about {fit} of %n characters fit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{wallet}: the label {text} will be cut off; about {fit} of %n characters fit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a number</source>
        <comment>what a JSON value is</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <comment>what a JSON value is</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <comment>what a JSON value is</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (UK, {tag})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (US, {tag})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese (Brazil, {tag})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Simplified, {tag})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Traditional, {tag})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German (Austria, {tag})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German (Switzerland, {tag})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French (Canada, {tag})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Mexico, {tag})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is not a language tag such as de, de-AT or pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is not a language tag such as de, de-AT, pt-BR or zh-Hant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty tag is not a language; type one such as de or pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} ({subtags})</source>
        <comment>a language with the rest of its tag: German (AT)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} ({subtags}, {tag})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} ({tag})</source>
        <comment>a language and its tag: German (de)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default language is {language}; PassEntry advises English, which iPhones fall back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a {language} translation, but {name} is the default language: the translation replaces the base text; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phones in {name} show the {shown} one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhones in {name} show the {apple} one, Android phones the {google} one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {language} label or default value: {instead}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {language} label: {instead}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {language} default value: {instead}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} codes cannot be drawn here; the value is shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {type} code cannot be drawn ({reason}); the value is shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image · {what}</source>
        <comment>a preview placeholder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logo</source>
        <comment>a preview placeholder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} codes are not drawn here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be drawn</source>
        <comment>a barcode in the preview</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web image</source>
        <comment>a preview placeholder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image</source>
        <comment>a preview placeholder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken image</source>
        <comment>a preview placeholder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image too large</source>
        <comment>a preview placeholder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the preview to {file}: the PNG could not be written (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On PassEntry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner from PassEntry&apos;s images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo from PassEntry&apos;s images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a {what} to PassEntry, or pick one of your account&apos;s images; the template then uses its web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image on PassEntry, {width} x {height} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since it was published: the changes are kept here as a draft; PassEntry still has the published version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened from PassEntry, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, saved on this computer; not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Changes not published to PassEntry yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On PassEntry as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a draft on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no template type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit {key}</source>
        <comment>an undo step; {key}: its JSON name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template type</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transit type</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watermark</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit {key} colour</source>
        <comment>an undo step; {key}: its JSON name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove {key}</source>
        <comment>an undo step; {key}: logo, banner…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose {key}</source>
        <comment>an undo step; {key}: logo, banner…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode text</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {group} group has no empty slot; remove or move a field first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} · default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the labels and default values
(pick one, or type a tag such as de-AT or pt-BR):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <comment>adds a language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}. No language was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} is the default language already: its labels are the base ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add {language}</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove {language}</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample value of {field}</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field id of {where}</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} label of {where}</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} default of {where}</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label of {where}</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default of {where}</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field {number}</source>
        <comment>a new field&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add {field}</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove {field}</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reorder fields</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move {field} to {group}</source>
        <comment>an undo step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s logo size is 480 x 150 px: Apple shows it up to 160 x 50 points beside the template name; Google shows it in a circle, so keep the mark in the middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s banner size is 1125 x 432 px (1125 x 294 on an Apple event ticket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s icon size is 660 x 660 px: the phone shows it beside notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web image (not shown offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, {width} x {height} px, {size}, aspect {ratio}:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, {width} x {height} px, {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kb} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Less than {height} px high (PassEntry&apos;s logo is {width} x {height} px): it may look blurred on a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banners are {width} x {height} px (1125 x 294 on an Apple event ticket); this one will be cropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icons are square ({width} x {height} px); this one will be cropped or squeezed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be used; this file is {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {mb} MB; an image may be at most 1 MB. Save it smaller or as JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}. The default language stays {tag}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google shows the default language ({tag})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple shows {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple shows {languages} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where {language} is missing, {shown}</source>
        <comment>{shown}: Apple shows … / Google shows …</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template JSON ({patterns});;All files ({all})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template was in PassEntry&apos;s old layout; it is shown in the current one (header, central, details and back fields). Publishing sends the current layout.</source>
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
        <source>Undo {step} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts yet: a template you edit here is saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft {name} cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synced templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a synced template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates here yet: sync with PassEntry (templates come with their passes), or add one by its ID with Add by ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template {id} is not in the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template {id} cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a pass template: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}. {converted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} could not be read from the local store: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the template to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the previews to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previews were not exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {first} and {second} to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {files} to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published version waits in the outbox unchanged; your new changes are saved as a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft {name} was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: fix the errors first. {place}: {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: a manager&apos;s PIN was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for publishing, but not in the audit trail (the store refused the entry): tell a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{used} of %Ln slot(s) used</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not published: fix the errors first. {place}: {message} (and %Ln more).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The copy was not published: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a phone set to this language shows. Apple falls back to English, then the first language alphabetically; Google to the template&apos;s default language. Pick one or type a tag such as de-AT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone language of the previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{note}. The template has no {language} labels for some fields; each wallet falls back in its own way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error · {place}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning · {place}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing it would make a second template with that name. You can publish a copy as a new template under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what you changed is sent; passes made with the template show the changes. Or publish a copy as a new template under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is sent now if the connection is up, otherwise as soon as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was published from this design already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was opened from a template PassEntry has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has the name of a template that is on PassEntry (or queued to be).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is queued to be published from this design already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was published from this design already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was opened from a template PassEntry has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has the name of a template that is on PassEntry (or queued to be).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update on PassEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update “{name}” on PassEntry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} {then}</source>
        <comment>two sentences</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes to PassEntry as a new template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already on PassEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks found nothing to warn about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln open warning(s) (it can be published anyway):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is taken by a template on PassEntry (or queued); choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is published as a new template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for publishing: it is sent to PassEntry when the connection is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing at PassEntry…: PassEntry took the template and is preparing it; this takes a few moments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published to PassEntry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish state: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or JPEG images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the text colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a colour; write #RGB, #RRGGBB or rgb(r, g, b). The last good colour is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty value is not a colour; write #RGB, #RRGGBB or rgb(r, g, b). The last good colour is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} in the template cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a row by its number to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{slot}: drag to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the default language: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty slot: type a field id to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited in the default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the field an id first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation requires a watermark on banners: pick its colour and position, then upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size} MB; an image may be at most {most} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a picture PassEntry can take: use a PNG, JPG or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is cut short or damaged: save it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a {kind} image; PassEntry takes PNG, JPG or WebP only. Save it as PNG and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry keeps no {type} images (only banners, logos and thumbnails).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating templates through the API is a closed beta at PassEntry; ask PassEntry to enable it. Your draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing at PassEntry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was published from this draft already; publish a copy under a new name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was opened from a template PassEntry has; publish a copy under a new name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has the name of a template PassEntry has (or will have); publish a copy under a new name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is on PassEntry; publish a copy under a new name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template draft {id} on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft {name} is already queued for publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the template&apos;s ID (from the PassEntry dashboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry has no template with the ID {id}; check the ID in the PassEntry dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry cannot be reached now; the template {id} is read at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy&apos;s document is not named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft {id} exists already; a copy is a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is not valid JSON (line {line}, column {column}: {problem}); fix it in the designer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is not a template: its JSON is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is not one template: its &quot;data&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is not a template: its attributes are not an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>door</name>
    <message>
        <source>{inside} / {capacity}</source>
        <comment>people inside of the capacity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside of capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside</source>
        <comment>people inside now</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick tonight&apos;s event in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This door admits “event {id}…”, which is no longer in the events list: every ticket is denied. Choose tonight&apos;s event here or in Door settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which event does this door admit? Choose tonight&apos;s event, or “Any event” to let in tickets of every event on now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk “{desk}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit</source>
        <comment>the door&apos;s direction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry</source>
        <comment>the door&apos;s direction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doors {opening} to {closing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loyalty and member cards let in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-entry allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated by {url} (if it does not answer: {fallback})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points left to the validation service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} per admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loyalty cards are not let in here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped, see Sync</source>
        <comment>loading passes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking tickets to their events</source>
        <comment>loading passes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>how far the passes have loaded</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave &amp;full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per minute
at this door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside
the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This door&apos;s pace and the venue&apos;s head count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the venue
of its capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This door: {rate} admissions a minute over the last 5 minutes. Inside: {inside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These figures could not be read again: they may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <comment>a column: the time zone&apos;s abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: the holder&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another door admitted this pass too while the desks could not see each other. Insights lists each such pass with its times and doors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNDONE · {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{conflict} · {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template is</source>
        <comment>a hold rule: when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass field has value</source>
        <comment>a hold rule: when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass flagged with tag</source>
        <comment>a hold rule: when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field id, e.g. ticketType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group tag, e.g. attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “{template}” → {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field {field} is “{value}” → {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged “{tag}” → {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A held ticket shows an amber HOLD with what to check. Staff let the guest in (Enter) or turn them away (Esc); the scan log keeps the decision. A reader through the venue hub cannot ask: it answers “ask staff” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which</source>
        <comment>a hold rule</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value, e.g. Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell staff, e.g. Check photo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What staff must check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not let in yet. Pick one to decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let in</source>
        <comment>a held guest</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn away</source>
        <comment>a held guest</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held at {time} · Not let in yet: Enter lets in, Esc turns away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}  {name} — {reason}</source>
        <comment>a waiting hold</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting holds (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved — {what}. Decide again: the guest still waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That hold was decided already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} · turned away by {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} · let in by {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict} · {reason} · let in by {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last in: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} · {value} · {source} · {what}</source>
        <comment>a scan not recorded</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans the database refused: open the list to scan them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s) not recorded — show</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These scans were not recorded. Once the cause is fixed, scan each again (or find it with Find guest): it leaves this list when it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or ticket number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pass matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln found (the first %Ln): pick one, then Admit (Enter)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found: pick one, then Admit (Enter)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not admitted: admitting by hand needs a supervisor&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use, but not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>scan</source>
        <comment>one row of the scan log</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scans</source>
        <comment>rows of the scan log</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pass picked by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search guests with a supervisor&apos;s PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to admit a guest by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry: let people in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit: check people out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit</source>
        <comment>a pass removed from the wallet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit, but ask to check ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <comment>a pass removed from the wallet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} {place} time</source>
        <comment>a time on a city&apos;s clock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} ({desk_time} here)</source>
        <comment>here: at this desk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>an event&apos;s day and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} · {when}</source>
        <comment>an event&apos;s name and start</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose tonight&apos;s event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any event: tickets of every event on now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing event: no longer in the events list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <comment>a settings tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times on this desk&apos;s clock ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in {place} time, the event&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock} Here: open {opening}, close {closing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock} Here: open {opening}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock} Here: close {closing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the pass here, from the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone: undoing an admission needs a supervisor&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone — {what}. The admission stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admission to undo at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission at {time} taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass can be scanned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%Ln point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>+{points} points</source>
        <comment>decimal points, e.g. +0.05</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <comment>milliseconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} · {value} · {source} · {took}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} · {source} · {took}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undone: {name} (%Ln point(s) taken back)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>scanner</source>
        <comment>where a scan came from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picked by hand</source>
        <comment>where a scan came from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFC reader</source>
        <comment>where a scan came from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTAP reader</source>
        <comment>where a scan came from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera</source>
        <comment>where a scan came from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline check</source>
        <comment>when the validation service fails</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deny</source>
        <comment>when the validation service fails</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{camera} (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{camera} (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera paused while the door is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passdesk scanner check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In passdesk, open the Door&apos;s or the Till&apos;s settings and press “Check the scanner…”. Then scan one of these codes once. passdesk says what it found and corrects the scanner&apos;s keyboard layout by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code holds: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each scan made here is then sent to PassEntry as a scan of this reader, so PassEntry&apos;s dashboard shows the whole night: this desk&apos;s scans with everyone else&apos;s. Points are never sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PassEntry reader is known on this desk yet: create one in the Readers pane, or sync after a scan at one of PassEntry&apos;s readers, then choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hint} {no_readers}</source>
        <comment>two sentences</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} (not in the readers list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>a loyalty card&apos;s balance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan one of these codes once, with the scanner you use here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a printable test sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found} The Door and the Till read it this way from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found} It is not kept for next time: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a printable test sheet (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test sheet was not saved: {error}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sheet saved as {path}. Print it, then scan a code on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is on, but this computer has no sound output: verdicts are silent. Plug in speakers or headphones, or turn sound off in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is on, but the verdict sounds cannot be played on this computer&apos;s sound output: verdicts are silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <comment>a scan source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused while the door is not shown</source>
        <comment>a scan source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {state}</source>
        <comment>a scan source and its state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <comment>a scan source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting…</source>
        <comment>a scan source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <comment>a scan source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a scan source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <comment>a scan source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a barcode scanner or NFC reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {camera} is not connected. Plug it in or pick another camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera stopped working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening NFC reader at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFC reader ready at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the NFC reader at {path} — check the cable; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the NFC reader at {path}: the USB library libusb-1.0 is missing — install it (e.g. &apos;apt install libusb-1.0-0&apos;); retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to open the NFC reader at {path} — on Linux give the user access to the USB device (udev rule) or the serial port (dialout group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NFC reader at {path} is in use by another program (on Linux the kernel&apos;s pn533 driver may hold it: blacklist it) — close it; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NFC reader found at {path} — plug it in; on Linux the user may need access to the USB device (udev rule); retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the NFC reader at {path}: {error} — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening VTAP reader at {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTAP reader ready at {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the VTAP reader at {port} — check its USB cable; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to open the VTAP reader at {port} — on Linux add the user to the &apos;dialout&apos; group (then log in again); retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VTAP reader at {port} is in use by another program — close it; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VTAP reader found at {port} — plug it in (it appears as a USB serial port such as /dev/ttyACM0 or COM3); retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the VTAP reader at {port}: {error} — retrying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>{name} is not an IANA time zone (e.g. Europe/London)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a city, e.g. London</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the event&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a time zone from the list (type part of a city, e.g. London).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a time in {zone}: see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} in {zone} ({offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{there}
= the same in your time ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{there}
= {here} in your time ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time {time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time {time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time {time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time {time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} in your time ({zone}, {offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to this event was refused by PassEntry or needs a decision: see the Sync pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: changes made here are not sent to PassEntry yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PassEntry account has no events list; events below come from the passes&apos; event details and cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry&apos;s API has no events list for this account, so events cannot be created or edited here. Change them where the passes are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event comes from its passes&apos; event details: it cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an event; it is sent to PassEntry at once, or when back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start and end are shown in each event&apos;s own time zone; point at a time to see it in yours ({zone}). Double-click an event to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start and end are shown in each event&apos;s own time zone; point at a time to see it in yours ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events could not be read from the local store: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln upcoming event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{events} · %Ln with changes not sent to PassEntry yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{events} (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected event (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was saved here. It is sent to PassEntry at once, or when back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed in “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to “{name}” were saved here. They are sent to PassEntry at once, or when back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event comes from its tickets (their event details on PassEntry); it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PassEntry account does not offer events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event {event_id} in the local store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>rate now</source>
        <comment>a figure&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak per 5 min</source>
        <comment>a figure&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admitted</source>
        <comment>a figure&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-entries</source>
        <comment>a figure&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exits</source>
        <comment>a figure&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <comment>a figure&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-shows</source>
        <comment>a figure&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline conflicts</source>
        <comment>a figure&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions per 5 minutes, by door (dotted: still counting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions per 5 minutes, by door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admission yet: a line for each door from its first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied, by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors: last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one was turned away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan yet: each door shows here from its first scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every door, last 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no admission yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back in after an exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for an event only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no offline conflicts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per 5 min</source>
        <comment>an axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside of {capacity}
{percent} full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside
no capacity set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions and exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} in at {door}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} out at {door}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pass let in twice while desks or readers could not see each other (offline, or a split network). Check these tickets with their holders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pass was let in twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>seconds, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <comment>minutes, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <comment>hours and minutes, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln undone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held, waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln inside (no capacity set for this desk&apos;s event)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln inside of {capacity}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} / min</source>
        <comment>admissions per minute, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quiet}: silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{caption}: {number} ({detail})</source>
        <comment>a figure&apos;s tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{caption}: {number}</source>
        <comment>a figure&apos;s tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{figure}. {meaning}</source>
        <comment>a figure&apos;s tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loyalty figures could not be read ({why}). Those below may be out of date; trying again every 15 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loyalty figures could not be read ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points issued</source>
        <comment>a figure&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added to cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points added to cards in the period (refused or discarded changes left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points redeemed</source>
        <comment>a figure&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken off cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points taken off cards in the period (refused or discarded changes left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active cardholders</source>
        <comment>a figure&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards with at least one operation in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rewards reached</source>
        <comment>a figure&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards past a reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards whose balance went past one of their template&apos;s rewards in the period (the Till&apos;s Earning and rewards); each card counts once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes waiting</source>
        <comment>a figure&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for PassEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes queued and not yet confirmed by PassEntry, whenever they were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under review</source>
        <comment>a figure&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes whose outcome could not be told: a person must decide (the Till&apos;s review list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part}
{start}–{end} h</source>
        <comment>a part of the day and its hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per week (from Monday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <comment>an axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued ({points})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed ({points})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span}, {years}</source>
        <comment>an axis title: months</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <comment>an axis title: days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks, {start} – {end}</source>
        <comment>an axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {year}</source>
        <comment>a day and month, then the year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points issued and redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations per desk and part of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loyalty operation in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points issued and redeemed {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{desk}, {part}: %Ln operation(s), {issued} points issued, {redeemed} redeemed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save figures as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} The figures below are from {when} and may be out of date; trying again every 15 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date: from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved: could not write {path} ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) were let in twice; the Conflicts tab lists the first {listed}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the figures as CSV (one file per chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln CSV file(s) saved in {folder}: {files}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The figures were not saved: could not write beside {path} ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That event is no longer in the events list. Pick another, or Today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reader} (PassEntry reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{desk} · {reader}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty</name>
    <message>
        <source>send either a balance change or an override, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a balance change or an override is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the balance must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the balance cannot be set below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card was cancelled: no points can be added or redeemed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more points than a pass can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of points cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number of points above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points cannot be redeemed yet: the balance is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same change was made to this pass a moment ago, so it was not made again. Do it once more if it is meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount spent cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points are whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal place(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An amount has at most %n decimal place(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An amount above {most} is not a purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your order. You&apos;ve earned {points} points!</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;ve received {points} points. Your balance is {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;ve used {points} points. Your balance is {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance is now {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congratulations! {reward}</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass cannot collect points: the {template} template has no loyalty balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass cannot collect points: its template has no loyalty balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough points: the balance is {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough points: the balance is {balance} (from the last sync, not confirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {points} points without a balance confirmed by PassEntry: a supervisor must approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That amount earns no points at this rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pass {pass_id} in the local store; sync first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passes</name>
    <message>
        <source>Ext id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location radius (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote opened on this line is never closed; the next line is read as its own row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {byte} cannot be read). Save it as “CSV UTF-8” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {value} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a location needs both latitude and longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{what} {value} is also on line(s) {lines} and {more} more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} {value} is also on line(s) {lines}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{cells} cells but the header names {columns} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is {length} characters (at most {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ext id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ext id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ext id {value} is already on a pass (issued before?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group tag is {length} characters (at most {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR value is {length} characters (at most {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR value {value} is already on a pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows have locations, which a batch file cannot carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passes are linked to an event on this desk, which a batch cannot do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows carry a message, which a batch file cannot carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {most} locations per pass ({given} given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location {n}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude must be between -90 and 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude must be between -180 and 180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radius must be {low}-{high} metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {most} beacons per pass ({given} given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beacon {n}: proximity UUID must look like E2C56DB5-DFFB-48D2-B060-D0F5A71096E0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major</source>
        <comment>a beacon&apos;s major number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor</source>
        <comment>a beacon&apos;s minor number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beacon {n}: {label} must be a whole number 0-{most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Apple pass sent is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Apple pass sent is not a .pkpass file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row names a pass in a {pass_id} column (its pass ID or ext id) and gives only what changes: {passfield} columns, {group_tags}, {pass_action} ({deactivate} or {reactivate}). Columns left out stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update passes from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with a {pass_id} column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Upgrade to Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m rows processed</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save e&amp;rrors CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {path}. Check the path or use Choose….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the file to PassEntry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for {when}: Passes → Batches… shows it, and can cancel it until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {progress} passes updated; the changes arrive here with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}. Save the errors CSV to see which rows were refused and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled / done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key: set it in Settings → PassEntry account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches run on PassEntry: issuing many passes, updating them from a file, and messages to many passes. Newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;results CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;errors CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the batches from PassEntry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batches could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batches yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: it will not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba&amp;tches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches run on PassEntry: a message to many passes, updating passes from a CSV file, and the list of batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify many…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How: one by one, through the outbox (sent with the next sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How: as one batch on PassEntry; its progress shows here to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How: asking PassEntry whether this account has batches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry could not be asked ({reason}); passes are issued one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how} Not as a batch: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m issued</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <comment>a batch just sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer watching: the batch goes on on PassEntry ({progress}). Passes → Batches… shows how far it got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {progress} processed on PassEntry; the passes arrive here with the next sync. Some rows were refused: save the errors CSV to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {progress} processed on PassEntry; the passes arrive here with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: PassEntry issued none of these passes. Save the errors CSV to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: PassEntry issued none of these passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line in your file</source>
        <comment>a CSV column&apos;s header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue passes from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet: sync first, or add one by its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet: sync first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): {good} ready to issue, {bad} with problems (listed below; they are not issued).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): {good} ready to issue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} With no QR column, each pass&apos;s QR code is its ext id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the problems of one CSV row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Issue %Ln pass(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln bad row(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m queued</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queuing passes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this look…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this chunk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %Ln were queued before.</source>
        <comment>after a sentence: mind the space in front</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln pass(es) queued.{before} Issue again to queue the rest; rows already queued are skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) queued; they reach PassEntry with the next sync.{before} To issue this file again, choose it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a day, then a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate this pass?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %Ln pass(es)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already deactivated: %Ln of the {selected} selected. They stay as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A deactivated pass stays in the wallet, shown as expired, and no longer scans as valid. It can be reactivated later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a window title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected pass is already deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln selected passes are already deactivated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deactivated: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <comment>a window title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate the pass of {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate this pass?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It scans as valid again, and it can be changed and sent messages. On an iPhone it stays among the expired passes until its holder shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass was not reactivated: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this pass&apos;s banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the template&apos;s banner again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this pass&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the template&apos;s logo again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this pass&apos;s thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the template&apos;s thumbnail again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design for this pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of your images on PassEntry instead of the template&apos;s, for this pass only. PassEntry must have enabled per-pass designs for your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to PassEntry (Settings) to use your images on a pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s value per language — {values}. A value typed here is this pass&apos;s in every language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the template&apos;s</source>
        <comment>a button: use the template&apos;s image</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it with the template&apos;s design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{image}, {width} x {height} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aztec code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF417 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to a wallet: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the wallet: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullified: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullified on {when}. In the wallet it shows grey as “Deactivated” and its data was wiped. Its ext id {ext_id} is free for a new pass. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullified on {when}. In the wallet it shows grey as “Deactivated” and its data was wiped. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullified. In the wallet it shows grey as “Deactivated” and its data was wiped. Its ext id {ext_id} is free for a new pass. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullified. In the wallet it shows grey as “Deactivated” and its data was wiped. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pass to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a pass&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>group(s) {tags}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Made here; PassEntry has not confirmed them yet. The Sync pane lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFC value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer scans this with their phone to add the pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the download page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {where} · {radius} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beacons ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beacon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass is not in the local store any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: lock screens show about {shown} and cut the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The change goes to PassEntry with the template&apos;s design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}. Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event (not a ticket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} · {when} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code 128 (a line of bars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aztec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF417</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ext id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a barcode the pass cannot be scanned at a door or a till: only NFC or a search by name finds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass id is known once PassEntry has created the pass; until then the Passes list shows the ext id as its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pass needs its own value: a door tells passes apart by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field id {id}; empty: {default}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the barcode value (or let the barcode hold the ext id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the NFC value (or let NFC hold the pass id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot issue yet: {problem} (and %Ln more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot issue yet: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass for {who} queued (ext id {ext_id}, {event}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass for {who} queued (ext id {ext_id}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass queued (ext id {ext_id}, {event}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass queued (ext id {ext_id}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass {ext_id} is not on PassEntry yet: per-pass designs are not enabled for your organisation (see Design for this pass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the pass with the template&apos;s design…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass goes to PassEntry with the template&apos;s design; its link shows under Delivery once it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass {ext_id} is on PassEntry. Send its holder this download link; it adds the pass to Apple or Google Wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass {ext_id} is waiting to reach PassEntry; its download link shows here once it has been created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Apple pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple Wallet pass (*.pkpass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location {n}: latitude {value} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location {n}: longitude {value} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location {n}: radius (m) {value} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location {n}: relevant text {value} is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beacons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add beacon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proximity UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beacon {n}: proximity UUID {value} is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beacon {n}: major {value} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beacon {n}: minor {value} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beacon {n}: relevant text {value} is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number in the search to find its pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an event in the filters to see its passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event}
Starts {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass is {status}, not on a phone: the message is kept on the pass but no one sees it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not active (not on a phone): %Ln of the {total} selected passes. Messages reach only active passes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passes could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to this pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Message to %Ln pass(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected pass(es) not in the local store any more: they will not get it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected pass(es) nullified: they will not get it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %Ln pass(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pass with the group tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <comment>who gets a message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the lock screen shows, e.g. Doors open at 19:00. {field} puts in a pass&apos;s own value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel scheduled batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected pass(es) ({unsent} not sent to PassEntry yet are left out)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected pass(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{length} / {most} characters: lock screens cut the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} / {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PassEntry takes at most {most} passes per message batch: this goes as %Ln batch(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message {when}</source>
        <comment>a batch&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scheduled: %Ln batch(es) for {when}. You can cancel it until then.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent: %Ln batch(es) to {whom}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{batch}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the message will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cancelled: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULLIFY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its ext id &lt;b&gt;{ext_id}&lt;/b&gt; is freed: a new pass may be issued with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the phone the pass turns grey and says “Deactivated”; its name, fields, barcode and NFC are wiped from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry answers “not found” for this pass from then on: it can no longer be changed, sent a message, given points or scanned in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here it leaves the Passes list; pick the status “Nullified” to see it again. It still counts as an issued pass on your PassEntry bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; A nullified pass can never be made active again.&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;To stop it scanning for a while, deactivate it instead: that can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullify pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullify the pass of {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullify this pass?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the word &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the pass&apos;s number &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullify this pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not nullified: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass was nullified: PassEntry no longer knows it, so it cannot be changed any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no date filter: any day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading passes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read passes ({reason}); trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First %Ln match(es) — type more to narrow</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of the first %Ln match(es) — type more to narrow</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ pass(es), counting…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this pass active again: it scans as valid again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the selected passes (they no longer admit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe the selected pass for good and free its ext id (cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add template by ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking PassEntry for template {id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue passes</source>
        <comment>a kind of batch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update passes</source>
        <comment>a kind of batch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to passes</source>
        <comment>a kind of batch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <comment>a batch&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being checked</source>
        <comment>a batch&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>a batch&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>a batch&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a batch&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, with errors</source>
        <comment>a batch&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a batch&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a batch&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being checked</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done, with errors</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PassEntry account does not offer batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes are issued one by one: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>a batch&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done {when}</source>
        <comment>a batch ended at a time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no rows to issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} has no ext id: a batch needs one on every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows cannot go up as a batch: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every pass tagged “{tag}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule the message at least an hour from now, or send it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message can be scheduled at most a year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passes to message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch is {state}: only a scheduled message can be sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch is {state}: only a scheduled batch can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs a pass_id column (each row&apos;s pass ID or ext id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} has no ext id: it could be queued twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ext id {ext_id} is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass was nullified: it can no longer be changed or messaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-pass designs are not enabled for your organisation — ask PassEntry to enable them. The pass is kept on this computer: send it with the template&apos;s design, or keep it until they are enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown pass source {source} (apple or google)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pass with ext id {ext_id} exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR value {value} is already on the pass of {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR value {value} is already on another pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event picked for this pass no longer exists; pick it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification needs a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass is nullified already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a deactivated pass can be reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pass {pass_id} in the local store; sync first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readers</name>
    <message>
        <source>Saving logs PassEntry Reader apps out; they use the new settings at their next login. VTAP readers are updated automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set in the PassEntry dashboard: the venue hub&apos;s token (Settings → Venue hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API neither shows nor takes the token readers send. Enter the venue hub&apos;s token in the dashboard: readers send it, the hub checks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is too large to be a private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read as a PEM file ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds no PEM private key (-----BEGIN … PRIVATE KEY-----).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub URL is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub URL must start with https:// (readers send scans only over HTTPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new NFC private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM key files (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read from PassEntry yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple {apple} · Google {google}, key v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple {apple} · Google {google}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple pass type ID: {apple}
Google collector ID: {google}
Google key version: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mask}  (new, not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <comment>NFC key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known here (read from PassEntry when online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hub URL, or press “Use this desk&apos;s hub”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving needs a connection to PassEntry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the reader configuration on PassEntry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the reader configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers → Reader Configuration → Validation Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation type: Third-Party (our venue hub checks the pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation type: PassEntry (PassEntry checks the pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue hub&apos;s token (Settings → Venue hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First set the hub&apos;s token: Settings → Venue hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers send this token with every scan; the venue hub checks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub URL is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub token is on the clipboard (it is not shown here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry Reader app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTAP reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scans passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redeems loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds loyalty points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads QR codes and barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads MIFARE Classic NFC cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads NDEF tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in scans only: PassEntry&apos;s API does not show its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>nothing enabled</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <comment>last seen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <comment>last seen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>last seen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen {day}, {clock} (your time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reader {abilities}.</source>
        <comment>abilities: a list such as &apos;scans passes, redeems loyalty&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in: the reader app asks for its ID and password at the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to PassEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show dashboard steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The readers could not be read from the local store: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key: set it in Settings to manage readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry could not be reached: the list shows the readers as of the last sync. {needs_network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a reader on PassEntry (needs the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected reader (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was created on PassEntry. Log the reader in with its ID and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed in “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to “{name}” were saved on PassEntry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing} on PassEntry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reader “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on PassEntry at once, under your entity {entity}: this needs the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader logs in with its ID and this password. PassEntry never shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of an existing reader cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>password</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the password; PassEntry never shows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reader&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an ID for the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID may hold letters, digits, - _ and . only (up to 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reader with the ID “{id}” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password for the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>last seen, short</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>last seen, short</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>last seen</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The password starts or ends with a space: was that meant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to readers and to the configuration are made on PassEntry at once, so they need the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to readers and to the configuration are made on PassEntry at once, so they need the network. Passwords are never shown or kept; the NFC key shows only its last characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not list or edit readers; these are the readers this desk created or has seen scanning. Edit others in the PassEntry dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not edit readers on this account: change this reader in the PassEntry dashboard (Readers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your entity ID in Settings → PassEntry account (it is in the PassEntry dashboard, on your entity&apos;s page) to create readers and read the reader configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your entity ID: Settings → PassEntry account → Entity ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not change the reader configuration on this account: set it in the PassEntry dashboard as shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} did not happen: PassEntry could not be reached ({reason}). This needs the network; nothing was kept here. Try again when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was refused by PassEntry: {reason} {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} failed: {error}. This is a bug in passdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: readers send every scan to {url}. PassEntry Reader apps log in again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: readers send every scan to the hub. PassEntry Reader apps log in again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: PassEntry checks every scan itself. PassEntry Reader apps log in again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s) created here or seen scanning</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s) · {logged_in} logged in</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your entity ID in Settings → PassEntry account (the PassEntry dashboard shows it): readers and the reader configuration belong to an entity, and this account&apos;s API does not list entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it in the PassEntry dashboard: {path}: external (third-party), URL {url}, and the same token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it in the PassEntry dashboard: {path}: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>{title} · generated {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <comment>a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time} {zone}</source>
        <comment>a moment in a time zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a moment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scope} · figures as of {when} · generated {generated}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions every 5 minutes, per door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admissions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline conflicts ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside now, {share} of capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest 5 minutes, {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions a minute now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No door has scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak / 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now / min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <comment>a door&apos;s last scan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scans</source>
        <comment>a door&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanning</source>
        <comment>a door&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent for {minutes} min</source>
        <comment>a door&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent for {hours} h {minutes} min</source>
        <comment>a door&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one was turned away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pass was let in twice while desks could not see each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} in at {door}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} out at {door}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pass here was let in more often than it left: desks or readers that could not see each other each admitted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{note} The first {listed} of {count} are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (in / out, time and door)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>night</source>
        <comment>a part of the day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning</source>
        <comment>a part of the day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afternoon</source>
        <comment>a part of the day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evening</source>
        <comment>a part of the day</comment>
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
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active cardholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loyalty operation in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scans in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-minute steps ({zone}); admissions per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-minute steps; admissions per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event {event} in the local database. Its id is in the Events pane; a sync brings new events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the scans: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of {title} is written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its figures are in %n CSV file(s) in {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the CSV files to {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <comment>a long date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tz {zone}: not a time zone; give one such as Europe/London.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--day {day}: give the day as YYYY-MM-DD, e.g. 2026-12-07.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>A PIN is {shortest} to {longest} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a PIN: {shortest} to {longest} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} Use only the digits 0 to 9, no spaces or signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} This one has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Door staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan passes at the Door and see the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search guests at the Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See guests&apos; names at the Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit a guest by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo an admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let in or turn away a held guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or redeem points at the Till, within the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem more than the largest redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a card by more than the hourly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a card&apos;s balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this desk&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard a change under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock a kiosk desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the venue hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish from the Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage roles and PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk&apos;s role, kiosk lock or PIN window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First manager PIN set: roles on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person given a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person changed their own PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue&apos;s rules for roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager PIN recovered with the keychain&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be checked: the database did not answer. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk may not do this on its own. It needs a manager&apos;s PIN, for this action only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tr(y|ies) left before a lockout.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No one called {name} has a PIN here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk may not do this on its own. It needs a supervisor&apos;s or a manager&apos;s PIN, for this action only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one here has a manager&apos;s PIN yet. A manager adds people under Staff, People and PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one here has a supervisor&apos;s or a manager&apos;s PIN yet. A manager adds people under Staff, People and PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}&apos;s PIN</source>
        <comment>the step-up dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <comment>a person and their role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Port {port} is in use by another program. Choose another port, or stop that program (another passdesk, or “passdesk hub”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} may only be used by an administrator on this computer. Choose a port from 1024 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no network address {host}. Choose another “Listen on”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue hub could not listen on {host}:{port}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue hub did not start: {kind}: {problem}. This is a bug in passdesk; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue hub cannot start: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. The venue hub was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the hub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running at {url} (all network interfaces)
Readers: point them at {readers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running at {url}
Readers: point them at {readers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}
No token is set, so every reader is refused: set one with “{button}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the venue hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the venue hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{token}, from the environment variable {variable}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{token}, in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: the hub refuses every reader until a token is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set. No keychain on this system: set {variable} before starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered: PassEntry sends this hub nothing. Type the hub&apos;s public address and click “Register with PassEntry”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the PassEntry API key above first: registering the hub needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give PassEntry&apos;s events a new secret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry signs every event it sends this hub with a secret, so the hub can tell them from forgeries. Rotating replaces it at once: PassEntry stops using the old secret, this hub takes the new one straight away and keeps it in the keychain, and events already on their way are still accepted.

Do this if the secret may have been seen by someone else. A hub started with “passdesk hub” on this computer picks the new secret up from the keychain; a hub on another computer cannot, so rotate on that computer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry events: delivered to {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry events: paused ({host})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry events: registered for {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {kind}: {error}
This is a bug in passdesk; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking PassEntry about this hub&apos;s subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering this hub with PassEntry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking PassEntry to send events again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking PassEntry to pause its events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating the secret: PassEntry, then the keychain and the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PassEntry address in Settings cannot be used: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry events for the venue hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New token: {token}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers and their configuration belong to an entity. Its ID is in the PassEntry dashboard, on your entity&apos;s page. Optional when this server lists your entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key above (PassEntry Dashboard → Developer tools).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL and the entity ID are saved in {path}. The key is kept in the system keychain, one per server URL, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff roles and PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every desk may do everything until the first manager PIN is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff and PINs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passdesk speaks the chosen language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language was not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passdesk speaks the system&apos;s language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passdesk speaks {language} from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key to test with for {server}.
Type the key above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.
{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. The key was stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the stored key for {server}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: paste it into your bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Copy report” copies this table as text, without the key, for a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. passdesk stays on the demo sandbox until a key for {server} is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. passdesk now talks to {server}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Restart passdesk to work with {server}: this window keeps the demo&apos;s data, and none of it is sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{variable} is set, so its key is used instead of the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the key from the environment variable {variable} (for every server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key for this server is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored for this server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain on this system: set {variable} before starting passdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; passdesk is talking to the embedded demo sandbox at {server}, with made-up data. Saving a real API key below stores it in the system keychain and switches passdesk to that server; the next start without &lt;code&gt;--demo&lt;/code&gt; uses it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{connected}.
{routes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{route} (older API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{route} (sandbox only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK · {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered on this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed with {status}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed with {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>PIN step-up: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN step-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is whole: %Ln entry(-ies), each checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was tampered with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk, person, subject or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>from a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <comment>up to a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no first or last day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries shown, newest first (the newest {shown}; the export has them all)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(-ies) shown, newest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the audit trail: {reason}. Nothing is known about it until it can be read: try Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit trail: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN step-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entry(-ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can I do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn roles on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles are off: every desk may do everything, as a shop run by one person wants. To give door and counter staff only their part, set the first manager PIN. You become the first manager; then add supervisors and managers here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the first manager PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>more breaks of the audit trail</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door staff may search guests and admit them by name (the admission itself still needs a supervisor&apos;s PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door staff see guests&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest redemption by counter staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most points changed on one card per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <comment>after a number in a spin box; keep the leading space</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff list could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out until {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a PIN is set</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: that needs a manager&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain, where passdesk keeps the code that recovers a forgotten manager PIN. Set the first manager PIN on a desk with a keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles are on. {name} is the first manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You become the venue&apos;s first manager. Your PIN allows everything a role may not do. If it is ever forgotten, `passdesk roles recover` on this computer sets a new one (it needs this computer&apos;s keychain). Choose what this desk does once roles are on: a shop&apos;s counter runs as Counter staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk runs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles are on, but this desk&apos;s role was not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their PIN is theirs: they type it themselves here, twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add a person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new PIN for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forgotten PIN is replaced, and a lockout ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <comment>button: reset a PIN</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} becomes {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}? Their PIN stops working at every desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s PIN was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN now, then the new one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <comment>button: change my PIN</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue&apos;s rules were saved: every desk uses them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the database did not answer ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can now give a door staff&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can now give a counter staff&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can now give a supervisor&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can now give a manager&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the staff know them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new PINs differ. Type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked to the Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked to the Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <comment>what may be done</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk runs as {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What its role may not do asks for a supervisor&apos;s or a manager&apos;s PIN, for that action only. Every such PIN is written in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles are off: everyone at this desk may do everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager turns roles on by setting the first manager PIN under People and PINs. The table shows what each role may do once they are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} (this desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: a kiosk needs roles on, or anyone could unlock it. Set the first manager PIN under People and PINs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk&apos;s kiosk lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: no PIN was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For that one action only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>disk full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy (another program holds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database cannot be written (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be written (I/O error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not admit; scan again in a moment. If it stays, call a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not admit; call a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded — {what}. {todo}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved — {what}. No points were changed. {todo}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low disk space: {size} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low disk space: {size} free for the local store. Free some space now: when the disk is full, scans are not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database at {url}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>door scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loyalty operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{table}: could not be read (%Ln row(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{table}: could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, some lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rescued into a fresh store:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, {lost} lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, none lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line} (they come back with the sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh store was started; nothing was copied from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes and events come back with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be read from it: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {table}</source>
        <comment>a line of the list; keep the two spaces</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full sync now brings passes and events back from PassEntry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the damaged file aside: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the damaged file to read it: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a fresh store at {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fresh store did not open: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The server&apos;s answer to send-now has no &apos;success&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch file link is not a URL: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch file link is not an https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch the batch file from {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch file could not be fetched (HTTP {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passes list answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {host} in {ms} ms: {seen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key in Settings (PassEntry Dashboard -&gt; Developer tools).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key may not do that; ask the account owner for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been deleted, or belongs to another entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PassEntry API of this account does not have it; the rest keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry is still working on it; look again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the template&apos;s images and fields, then publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was refused as sent; the message above says what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry asks us to slow down; the change will be retried later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry had a problem; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection; work continues offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the API base URL right? It should end in /api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// URL; plain http is only allowed for this computer (loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not one record: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PassEntry account does not offer {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a PassEntry document: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a page link to another host ({host}); not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} with a body that is not valid JSON ({kind}, {size} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from {host} in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {host} dropped before an answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network problem talking to {host} ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}; the change may or may not have been applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key is not allowed to do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests to {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests to {host}; it asks to wait {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} had a server error (HTTP {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was refused (HTTP {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}: {detail}</source>
        <comment>an error, then the server&apos;s own words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passes list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuing passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages to a pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nullifying passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loyalty balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loyalty changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass templates (older route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating pass templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing pass templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of pass templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the reader configuration by API (set it in the PassEntry dashboard: Readers -&gt; Reader Configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scans list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook subscriptions list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding webhook subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a webhook subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing webhook subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new webhook secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch pass creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch pass updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wallet messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batches list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending batches now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entities list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the events list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the readers list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing a reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has no {name} object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry could not process the template {template}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template {template} was still being processed after {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid URL: {url} ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an http(s) URL: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing plain http to {host}: the API key would travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation service at {host} did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the validation service at {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation service refused the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation service answered HTTP {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation service&apos;s answer is not a validationResponse ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a webhook subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullify pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loyalty {signed} point(s)</source>
        <comment>signed: +10 or -5</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loyalty balance set to {balance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scan in PassEntry (denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scan in PassEntry (successful)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pass and notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader</source>
        <comment>noun in a sentence: this reader</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <comment>noun in a sentence: this event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <comment>noun in a sentence: this pass</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan of {value} as reader {reader}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (event {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (pass {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When PassEntry answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <comment>next try: this moment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} at {reader}</source>
        <comment>a scan at a reader</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned value {value}, logged as reader {reader}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for an earlier change to this {target} that needs you: retry or discard that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at {made}
Message: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at {made}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync requested…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with a status check of every pass requested…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: passdesk will sync when PassEntry answers again. Changes made here are kept until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled. What was fetched is kept; the next sync carries on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync attempt did not finish: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Idle. passdesk syncs by itself every %Ln minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after this page… ({doing})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the outbox: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not discarded: a supervisor&apos;s PIN was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: {error}. The list below is up to date again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard “{change}” for {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change} for {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review: {what}.
{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passdesk cannot tell whether it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by PassEntry: {what}.
{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back: {what}.
It goes once the earlier change to this {target} that needs you is retried or discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: {what}.
Last try: {why}. Next try: {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting changes are sent by themselves: nothing for you to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a refused or to-be-reviewed change to retry or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry if PassEntry does not have it; Discard if it does, or if it should not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry sends it again unchanged; Discard drops it so later changes can go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard “{change}” for {target}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <comment>button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discarded change will not reach PassEntry: it stays on this computer only, marked as discarded. Later changes to the same pass or event are sent as usual. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other server&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes (first full download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of every pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which passes belong to which event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <comment>status bar: changes not sent yet</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PassEntry answers. Changes made here are sent as they are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) fetched ({new} new)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{fetched}; %Ln status(es) checked, none changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{fetched}; %Ln status change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{why}
Changes made here are kept and sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry did not accept the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}
Enter a valid key in Settings. Changes made here wait until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key for this server. Add one in Settings, or set PASSDESK_API_KEY before starting passdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data belongs to another server; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>sync progress: items done of all</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} so far</source>
        <comment>sync progress: items done, total unknown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: {counted} · {rate} per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: {counted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {done}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln needs attention</source>
        <comment>status bar: changes refused</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need attention</source>
        <comment>status bar: changes refused</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting: every change made here has reached PassEntry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change needs you to retry or discard</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes need you to retry or discard</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{waiting}; {needing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{fetched}; %Ln status(es) checked, {changed} changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No API key for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data belongs to {bound}; nothing is sent to {server}. Restart passdesk to open that server&apos;s own local data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>till</name>
    <message>
        <source>Set {name}&apos;s balance from {before} to {after}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this customer&apos;s balance from {before} to {after}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set balance</source>
        <comment>the button that confirms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replaces the balance, whatever it is on PassEntry when the change arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor must approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem {points} points for {name}? A supervisor must approve this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card showed {balance} points when it was last synced at {when}; PassEntry has not confirmed that balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card showed {balance} points when it was last synced; PassEntry has not confirmed that balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{limit} {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a loyalty card, or search by name or customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} Scan the customer&apos;s loyalty card instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward: {rewards}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <comment>a pass&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <comment>a pass&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nullified</source>
        <comment>a pass&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided</source>
        <comment>a pass&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <comment>a pass&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <comment>beside the balance: the unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last synced {when}, not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed by PassEntry: the card showed {balance} when it was last synced. Redeem up to {limit} points; more needs a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed by PassEntry: the card showed {balance} when it was last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry&apos;s balance is not known here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry confirmed {balance} at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry confirmed {balance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{note}; the balance above includes this till&apos;s changes still on their way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{note} · reading the balance from PassEntry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{note} · could not read it now ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the balance from {before} to {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sign}{points} points → balance {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sign}{points} points (balance not known here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{spent} spent: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaches a reward: {reward}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor must approve: the balance is not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance set to {balance} and a message for {name}: saved here, on its way to PassEntry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance set to {balance} for {name}: saved here, on its way to PassEntry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change} points and a message for {name}: saved here, on its way to PassEntry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change} points for {name}: saved here, on its way to PassEntry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the balance to {balance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no operations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redeemed {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the customer&apos;s phone as a message.
Filled in for you:  {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alex</source>
        <comment>a sample first name in an example</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free coffee</source>
        <comment>a sample reward</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example ({which}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} of %Ln characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reward reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to redeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass is {status}: PassEntry delivers messages only to active passes, so this one will not reach the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: a lock screen shows about {most}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not redeemed: {why} Apply again to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} (Apply again to make it.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}, against a balance PassEntry has not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not redeemed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not redeemed: a supervisor did not approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan points not applied: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan points: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned again: the points for this scan were already given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) not yet confirmed by PassEntry</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln balance(s) set</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not yet confirmed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: lock screens cut a message after about {most}, so the end may not be seen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set {name}&apos;s balance from {before} to {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} · spent {spent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store could not be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pass {value} in the local store. If it is new, wait for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supervisor&apos;s PIN was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem {points} points for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {points} points for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change} ({points} points changed on this card in the last hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{result} It is not in the audit trail (the store refused the entry): tell a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A change needs review (%Ln more after it): {change}. {error}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A change needs review: {change}. {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A change was refused (%Ln more after it): {change}. {error}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A change was refused: {change}. {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard “{change}” for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not discarded: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the points per currency unit (0: spending earns none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} is not a number of points per currency unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per currency unit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per currency unit can be at most {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward {number}: type what the customer gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward {number}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All other templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{template} (not synced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by every loyalty template without rules of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template has rules of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template uses the general rules until you change something here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{about} Its balance shows %n decimal place(s): type points as the pass shows them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A reward is reached when the balance gets to its points; the customer is sent the reward message (Messages tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{help} Points here are whole units of the balance: for a template with decimals, {whole} is {shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules for {template} (Earning and rewards): {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending {spent} earns {points} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <comment>points per scan: none</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pass matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln found: pick one (Enter takes the first)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Till settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off, or the points each scan adds (negative: takes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Till&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not opened: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use, but not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till “{desk}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{problem} And %Ln more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>rounded down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounded nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 point per {currency} spent, {rounding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} points per {currency} spent, {rounding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 point per unit spent, {rounding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} points per unit spent, {rounding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>own rules for %Ln template(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>scan with loyalty: {points} per scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} · a supervisor&apos;s PIN for every change here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redeeming over {points} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over {points} points on one card in an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting a balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} · a supervisor&apos;s PIN for {needs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift&apos;s totals could not be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed at {when}; a new shift started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Till “{desk}” · from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operations in this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points issued {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points redeemed {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this shift?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new shift now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) not yet confirmed by PassEntry: counted here, and still on the way.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) written to {path}; the totals to {totals}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the shift…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <source>a loyalty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transit pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event}, {day}</source>
        <comment>an event&apos;s name and day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another kind of pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} {place} time</source>
        <comment>a time on a city&apos;s clock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket for {event}: that event has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket for {event}: not yet, it starts at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket for {event}: not this door&apos;s event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket for another event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a ticket for this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown pass: not a ticket for this venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass was cancelled (deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: this pass was nullified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{template} is not valid at this door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this kind of pass is not valid at this door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a ticket: this is {card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked in, so not checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out; may come back in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors open at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors closed at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already admitted by {reader} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already admitted at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full: {inside} of {capacity} inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder removed this pass from their wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted, but the pass was removed from the wallet: check ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}: ask staff to check this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the code: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the guest before letting them in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask staff to check this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanner sent bytes that are not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} characters is not a pass code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly control characters, not a pass code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a reader prefix was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALSO ADMITTED ELSEWHERE</source>
        <comment>in the door&apos;s last scans list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the validation service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes are still loading ({done}): check the ticket by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes are still loading: check the ticket by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict}. This door&apos;s event is no longer in the events list: choose tonight&apos;s event above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict} · {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading passes… {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading passes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until every pass is here, a ticket not found must be checked by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This door&apos;s event is no longer in the events list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ticket is denied until tonight&apos;s event is chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a ticket to check it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict}. {name}. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADMIT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DENY</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOLD</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT RECORDED</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READY</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOADING</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT LOADED</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO EVENT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNDONE</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECKING</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned away: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let in after the check: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation service unavailable ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}: denied, as this door is set up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}: checked offline. {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>passdesk cannot open its local database.

{problem}

Check that the data folder exists and can be written, or set PASSDESK_DATA_DIR to another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not start:
{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is locked to one pane. A supervisor&apos;s PIN unlocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {pane}</source>
        <comment>the pane a kiosk desk is locked to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not unlocked: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is locked. A supervisor unlocks it with &quot;{unlock}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The local data was rescued (%Ln row(s)); the damaged file is kept as {file}. Passes and events are fetched again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A fresh local store was started; the damaged file is kept as {file}. Passes and events are fetched again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the section names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show icons only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} ({keys})</source>
        <comment>a section and its shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passdesk: local data damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passdesk cannot read its local data file, so it cannot start on it.

Unsent changes and door scans may still be inside. passdesk can move the file aside (it is kept, never deleted), copy what can still be read into a fresh store, and then fetch passes and events again from PassEntry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {path}
SQLite says: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue what can be read (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a fresh store (the old file is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescuing the local data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can take a minute for a large store. Please leave passdesk open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a fresh store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a fresh store without rescuing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent changes and scans in the old file are not sent. The file is kept as it is, beside {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a fresh store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh store is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data was rescued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be rescued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rescue did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

The damaged file was not deleted. Quit, free some space or fix the folder&apos;s permissions, and try again; or run &apos;passdesk store rescue&apos; from a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to passdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passdesk has no PassEntry API key for {server}.

Start the demo to try passdesk on a local sandbox with made-up data, or open Settings to enter the key from the PassEntry Dashboard (Developer tools).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a computer without a keychain, set PASSDESK_API_KEY instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox · {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server · {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PassEntry API · {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made here that PassEntry does not have yet. Click to see them in the Sync pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync has finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the Sync pane.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
