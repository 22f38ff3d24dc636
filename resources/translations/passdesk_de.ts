<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BulkIssueForm</name>
    <message>
        <source>CSV &amp;file</source>
        <translation>CSV-&amp;Datei</translation>
    </message>
    <message>
        <source>Type a path and press Enter, or Choose… (UTF-8, columns separated by , or ;)</source>
        <translation>Pfad eingeben und Enter drücken oder Auswählen… (UTF-8, Spalten durch , oder ; getrennt)</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation>Per I&amp;D hinzufügen…</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID, copied from the PassEntry dashboard</source>
        <translation>Vorlage nicht aufgeführt? Fügen Sie sie per ID aus dem PassEntry-Dashboard hinzu</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID</source>
        <translation>Vorlage nicht aufgeführt? Per ID hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>The event every pass of the file is a ticket for</source>
        <translation>Die Veranstaltung, für die jeder Pass der Datei ein Ticket ist</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Pass field</source>
        <translation>Pass-Feld</translation>
    </message>
    <message>
        <source>CSV column</source>
        <translation>CSV-Spalte</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Choose a CSV file: every row is checked before anything is sent.</source>
        <translation>Wählen Sie eine CSV-Datei: Jede Zeile wird geprüft, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Export bad rows…</source>
        <translation>Fehlerhafte Zeilen &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>DesignerEditorForm</name>
    <message>
        <source>Publish state</source>
        <translation>Veröffentlichungsstatus</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Shown to you and on the pass</source>
        <translation>Für Sie und auf dem Pass sichtbar</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the pass is for (read by screen readers)</source>
        <translation>Wofür der Pass ist (wird von Screenreadern vorgelesen)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Template type</source>
        <translation>Vorlagentyp</translation>
    </message>
    <message>
        <source>T&amp;ravel by</source>
        <translation>&amp;Reisen mit</translation>
    </message>
    <message>
        <source>Transit type</source>
        <translation>Verkehrsmittel</translation>
    </message>
    <message>
        <source>What a transit pass is for: plane, bus, train, ferry or other</source>
        <translation>Wofür eine Fahrkarte gilt: Flugzeug, Bus, Zug, Fähre oder Sonstiges</translation>
    </message>
    <message>
        <source>Default &amp;language</source>
        <translation>Standard&amp;sprache</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standardsprache</translation>
    </message>
    <message>
        <source>The language of the labels and default values on the Fields tab; Google phones in a language the template lacks show it. PassEntry advises English.</source>
        <translation>Die Sprache der Beschriftungen und Standardwerte im Reiter „Felder“; Google-Telefone in einer Sprache, die die Vorlage nicht hat, zeigen sie an. PassEntry empfiehlt Englisch.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>&amp;Hintergrund</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Hintergrundfarbe auswählen</translation>
    </message>
    <message>
        <source>Choose background colour</source>
        <translation>Hintergrundfarbe wählen</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Beschriftungen</translation>
    </message>
    <message>
        <source>Choose the label colour</source>
        <translation>Beschriftungsfarbe auswählen</translation>
    </message>
    <message>
        <source>Choose label colour</source>
        <translation>Beschriftungsfarbe wählen</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Beschriftungsfarbe</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Choose the text colour</source>
        <translation>Textfarbe auswählen</translation>
    </message>
    <message>
        <source>Choose text colour</source>
        <translation>Textfarbe wählen</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>A PNG or JPEG file of at most 1 MB</source>
        <translation>Eine PNG- oder JPEG-Datei mit höchstens 1 MB</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>No banner</source>
        <translation>Kein Banner</translation>
    </message>
    <message>
        <source>A PNG or JPEG strip image of at most 1 MB</source>
        <translation>Ein PNG- oder JPEG-Streifenbild mit höchstens 1 MB</translation>
    </message>
    <message>
        <source>Choose banner</source>
        <translation>Banner auswählen</translation>
    </message>
    <message>
        <source>Remove banner</source>
        <translation>Banner entfernen</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>No icon</source>
        <translation>Kein Symbol</translation>
    </message>
    <message>
        <source>Choose icon</source>
        <translation>Symbol auswählen</translation>
    </message>
    <message>
        <source>Remove icon</source>
        <translation>Symbol entfernen</translation>
    </message>
    <message>
        <source>&amp;Watermark</source>
        <translation>&amp;Wasserzeichen</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Wasserzeichen</translation>
    </message>
    <message>
        <source>PassEntry&apos;s mark on the pass, light or dark</source>
        <translation>Das PassEntry-Zeichen auf dem Pass, hell oder dunkel</translation>
    </message>
    <message>
        <source>Watermark position</source>
        <translation>Position des Wasserzeichens</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Ty&amp;pe</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>Barcode type</source>
        <translation>Barcode-Typ</translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>What the barcode holds</source>
        <translation>Was der Barcode enthält</translation>
    </message>
    <message>
        <source>What a scanner reads from each pass&apos;s code</source>
        <translation>Was ein Scanner aus dem Code jedes Passes liest</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Barcode text</source>
        <translation>Barcode-Text</translation>
    </message>
    <message>
        <source>What the code holds, e.g. %{passData.memberNumber}</source>
        <translation>Was der Code enthält, z. B. %{passData.memberNumber}</translation>
    </message>
    <message>
        <source>&amp;Show the code&apos;s value under it</source>
        <translation>Wert des Codes darunter an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the value under the code</source>
        <translation>Wert unter dem Code anzeigen</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Fields by slot group</source>
        <translation>Felder nach Feldgruppe</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; drag a row by its number (or use Up and Down) to reorder. Sample values only fill the preview: they are not part of the template.</source>
        <translation>Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten; ziehen Sie eine Zeile an ihrer Nummer (oder nutzen Sie Nach oben/Nach unten), um die Reihenfolge zu ändern. Beispielwerte füllen nur die Vorschau und gehören nicht zur Vorlage.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Spra&amp;che</translation>
    </message>
    <message>
        <source>Language of the labels and default values</source>
        <translation>Sprache der Beschriftungen und Standardwerte</translation>
    </message>
    <message>
        <source>The language the table shows and edits; the default language edits the base labels</source>
        <translation>Die Sprache, die die Tabelle anzeigt und bearbeitet; die Standardsprache bearbeitet die Grundbeschriftungen</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>Sprache hinzufügen…</translation>
    </message>
    <message>
        <source>Give the labels and default values in another language (a BCP 47 tag such as de, de-AT or pt-BR)</source>
        <translation>Beschriftungen und Standardwerte in einer weiteren Sprache angeben (ein BCP-47-Tag wie de, de-AT oder pt-BR)</translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation>Sprache entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen language&apos;s labels and default values from every field</source>
        <translation>Beschriftungen und Standardwerte der gewählten Sprache aus allen Feldern entfernen</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Put a new field in the first empty slot of this group</source>
        <translation>Neues Feld in den ersten freien Platz dieser Gruppe setzen</translation>
    </message>
    <message>
        <source>Empty the chosen slot</source>
        <translation>Gewählten Platz leeren</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the chosen field one slot up (or drag it)</source>
        <translation>Gewähltes Feld einen Platz nach oben verschieben (oder ziehen)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the chosen field one slot down (or drag it)</source>
        <translation>Gewähltes Feld einen Platz nach unten verschieben (oder ziehen)</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>Move the chosen field to another group</source>
        <translation>Gewähltes Feld in eine andere Gruppe verschieben</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
</context>
<context>
    <name>DesignerForm</name>
    <message>
        <source>Designer</source>
        <translation>Designer</translation>
    </message>
    <message>
        <source>Design pass templates offline; drafts are kept on this computer until you publish them.</source>
        <translation>Gestalten Sie Pass-Vorlagen offline; Entwürfe bleiben auf diesem Computer, bis Sie sie veröffentlichen.</translation>
    </message>
    <message>
        <source>Designer message</source>
        <translation>Designer-Meldung</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Send this template to PassEntry (queued while offline)</source>
        <translation>Diese Vorlage an PassEntry senden (offline in der Warteschlange)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a blank template</source>
        <translation>Leere Vorlage beginnen</translation>
    </message>
    <message>
        <source>Open &amp;draft…</source>
        <translation>&amp;Entwurf öffnen…</translation>
    </message>
    <message>
        <source>Open a draft saved on this computer</source>
        <translation>Einen auf diesem Computer gespeicherten Entwurf öffnen</translation>
    </message>
    <message>
        <source>Open &amp;synced template…</source>
        <translation>&amp;Synchronisierte Vorlage öffnen…</translation>
    </message>
    <message>
        <source>Start from a template PassEntry already has</source>
        <translation>Mit einer Vorlage beginnen, die PassEntry bereits hat</translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation>Per I&amp;D hinzufügen…</translation>
    </message>
    <message>
        <source>Add a template PassEntry has, by its ID, and open it</source>
        <translation>Eine Vorlage von PassEntry per ID hinzufügen und öffnen</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export P&amp;NGs…</source>
        <translation>P&amp;NGs exportieren…</translation>
    </message>
    <message>
        <source>Save both previews as PNG images</source>
        <translation>Beide Vorschauen als PNG-Bilder speichern</translation>
    </message>
    <message>
        <source>No template is open. Start a new one, open a draft or a synced template, or import a JSON file.</source>
        <translation>Keine Vorlage geöffnet. Beginnen Sie eine neue, öffnen Sie einen Entwurf oder eine synchronisierte Vorlage oder importieren Sie eine JSON-Datei.</translation>
    </message>
</context>
<context>
    <name>DesignerPickerForm</name>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
</context>
<context>
    <name>DesignerPublishForm</name>
    <message>
        <source>Name of the &amp;copy</source>
        <translation>Name der &amp;Kopie</translation>
    </message>
    <message>
        <source>Name of the copy</source>
        <translation>Name der Kopie</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>Offene Warnungen</translation>
    </message>
</context>
<context>
    <name>DoorForm</name>
    <message>
        <source>Door</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>Scan sources</source>
        <translation>Scan-Quellen</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportergebnis</translation>
    </message>
    <message>
        <source>&amp;Export scans…</source>
        <translation>Scans &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write every scan in the log to a CSV file for a spreadsheet</source>
        <translation>Alle Scans im Protokoll in eine CSV-Datei für eine Tabellenkalkulation schreiben</translation>
    </message>
    <message>
        <source>Door &amp;settings…</source>
        <translation>Einlass-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Event, doors-open window, capacity, re-entry and more for this door</source>
        <translation>Veranstaltung, Einlasszeiten, Kapazität, Wiedereinlass und mehr für diesen Eingang</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Fill the screen, to read the verdict from two metres (F11)</source>
        <translation>Bildschirm füllen, um das Ergebnis aus zwei Metern zu lesen (F11)</translation>
    </message>
    <message>
        <source>Which event this door admits</source>
        <translation>Veranstaltung, für die dieser Eingang einlässt</translation>
    </message>
    <message>
        <source>Tonight&apos;s event</source>
        <translation>Heutige Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Use this event</source>
        <translation>&amp;Veranstaltung wählen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>eingelassen</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Gast suchen</translation>
    </message>
    <message>
        <source>Name or ticket number  (Ctrl+F)</source>
        <translation>Name oder Ticketnummer  (Strg+F)</translation>
    </message>
    <message>
        <source>Search by name or ticket number</source>
        <translation>Nach Name oder Ticketnummer suchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>&amp;Einlassen</translation>
    </message>
    <message>
        <source>Judge the selected guest&apos;s pass as if scanned (Enter in the list)</source>
        <translation>Pass des ausgewählten Gastes wie gescannt prüfen (Enter in der Liste)</translation>
    </message>
    <message>
        <source>&amp;Undo last admission</source>
        <translation>Letzten Einlass &amp;stornieren</translation>
    </message>
    <message>
        <source>Take back this door&apos;s last admission (Ctrl+Z)</source>
        <translation>Letzten Einlass an diesem Eingang zurücknehmen (Strg+Z)</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>Letzte Scans</translation>
    </message>
</context>
<context>
    <name>DoorSettingsForm</name>
    <message>
        <source>Event and rules</source>
        <translation>Veranstaltung und Regeln</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>Arbeitsplatz&amp;name</translation>
    </message>
    <message>
        <source>Each desk&apos;s scans and &quot;Undo last admission&quot; are its own</source>
        <translation>Scans und „Letzten Einlass stornieren“ gelten je Arbeitsplatz</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <source>Doors &amp;open</source>
        <translation>Einlass &amp;ab</translation>
    </message>
    <message>
        <source>Doors &amp;close</source>
        <translation>Einlass &amp;bis</translation>
    </message>
    <message>
        <source>Tickets &amp;valid from</source>
        <translation>Tickets &amp;gültig ab</translation>
    </message>
    <message>
        <source> h before the event starts</source>
        <translation> Std. vor Beginn</translation>
    </message>
    <message>
        <source>Tickets valid from, hours before the event starts</source>
        <translation>Tickets gültig ab, Stunden vor Beginn der Veranstaltung</translation>
    </message>
    <message>
        <source>Earlier, a ticket is denied as &quot;not yet&quot;. The event&apos;s end always closes it. Doors open / close, when set, decide for this door&apos;s own event</source>
        <translation>Davor wird ein Ticket als „noch nicht gültig“ abgelehnt. Das Ende der Veranstaltung beendet die Gültigkeit immer. „Einlass ab“ und „Einlass bis“ gelten, wenn gesetzt, für die eigene Veranstaltung dieses Eingangs</translation>
    </message>
    <message>
        <source>Admit lo&amp;yalty and member cards (no ticket)</source>
        <translation>&amp;Treue- und Mitgliedskarten einlassen (kein Ticket)</translation>
    </message>
    <message>
        <source>Off: a loyalty card or member card scanned here is denied as &quot;Not a ticket&quot;</source>
        <translation>Aus: Eine hier gescannte Treue- oder Mitgliedskarte wird als „Kein Ticket“ abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Kapazität</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> people</source>
        <translation> Personen</translation>
    </message>
    <message>
        <source>Allow &amp;re-entry after an exit scan</source>
        <translation>&amp;Wiedereinlass nach Ausgangsscan erlauben</translation>
    </message>
    <message>
        <source>Pass &amp;removed from wallet</source>
        <translation>Pass aus Wallet &amp;entfernt</translation>
    </message>
    <message>
        <source>Allowed &amp;templates</source>
        <translation>Erlaubte &amp;Vorlagen</translation>
    </message>
    <message>
        <source>None ticked: every template is let in</source>
        <translation>Keine angehakt: Jede Vorlage wird eingelassen</translation>
    </message>
    <message>
        <source>Back to &amp;READY after</source>
        <translation>Zurück zu &amp;BEREIT nach</translation>
    </message>
    <message>
        <source>the next scan</source>
        <translation>dem nächsten Scan</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before the verdict goes back to READY</source>
        <translation>Sekunden, bis das Ergebnis wieder BEREIT anzeigt</translation>
    </message>
    <message>
        <source>How long a verdict stays on the big panel; the next scan always replaces it at once</source>
        <translation>Wie lange ein Ergebnis auf der großen Anzeige bleibt; der nächste Scan ersetzt es immer sofort</translation>
    </message>
    <message>
        <source>Points, sound and readers</source>
        <translation>Punkte, Ton und Lesegeräte</translation>
    </message>
    <message>
        <source>Points per &amp;admission</source>
        <translation>Punkte pro &amp;Einlass</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Points per admission</source>
        <translation>Punkte pro Einlass</translation>
    </message>
    <message>
        <source>Scan with loyalty: each admission adds these points to the pass&apos;s balance, when its template has loyalty. Off: no points</source>
        <translation>Scan mit Treuepunkten: Jeder Einlass schreibt diese Punkte dem Punktestand des Passes gut, wenn seine Vorlage Treuepunkte hat. Aus: keine Punkte</translation>
    </message>
    <message>
        <source>Pus&amp;h message</source>
        <translation>Pus&amp;h-Nachricht</translation>
    </message>
    <message>
        <source>e.g. Thanks for visiting! {points} points added.</source>
        <translation>z. B. Danke für Ihren Besuch! {points} Punkte gutgeschrieben.</translation>
    </message>
    <message>
        <source>Sent to the pass with the points; {points}, {balance} and {name} are filled in. Empty: no message</source>
        <translation>Wird mit den Punkten an den Pass gesendet; {points}, {balance} und {name} werden eingesetzt. Leer: keine Nachricht</translation>
    </message>
    <message>
        <source>&amp;Sound for each verdict</source>
        <translation>&amp;Ton bei jedem Ergebnis</translation>
    </message>
    <message>
        <source>N&amp;FC reader</source>
        <translation>N&amp;FC-Lesegerät</translation>
    </message>
    <message>
        <source>Off (e.g. usb or tty:USB0:pn532)</source>
        <translation>Aus (z. B. usb oder tty:USB0:pn532)</translation>
    </message>
    <message>
        <source>nfcpy device path of an NFC reader for NDEF tags; empty: no NFC reader</source>
        <translation>nfcpy-Gerätepfad eines NFC-Lesegeräts für NDEF-Tags; leer: kein NFC-Lesegerät</translation>
    </message>
    <message>
        <source>VTAP serial &amp;port</source>
        <translation>Serieller VTAP-&amp;Port</translation>
    </message>
    <message>
        <source>Off (e.g. /dev/ttyACM0 or COM3)</source>
        <translation>Aus (z. B. /dev/ttyACM0 oder COM3)</translation>
    </message>
    <message>
        <source>Serial port of a VTAP reader in serial mode; it flashes green or red with each verdict. Empty: none</source>
        <translation>Serieller Port eines VTAP-Lesegeräts im seriellen Modus; es blinkt bei jedem Ergebnis grün oder rot. Leer: keiner</translation>
    </message>
    <message>
        <source>Read QR codes with the ca&amp;mera</source>
        <translation>QR-Codes mit der &amp;Kamera lesen</translation>
    </message>
    <message>
        <source>Camera &amp;to use</source>
        <translation>&amp;Verwendete Kamera</translation>
    </message>
    <message>
        <source>Which webcam reads QR codes when several are connected</source>
        <translation>Welche Webcam QR-Codes liest, wenn mehrere angeschlossen sind</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Verwendete Kamera</translation>
    </message>
    <message>
        <source>If validation does &amp;not answer</source>
        <translation>Wenn die Validierung &amp;nicht antwortet</translation>
    </message>
    <message>
        <source>Only with external validation (your venue hub checks each scan): what the door does when it cannot be reached or fails</source>
        <translation>Nur bei externer Validierung (der Hub Ihres Veranstaltungsorts prüft jeden Scan): was der Eingang tut, wenn sie nicht erreichbar ist oder fehlschlägt</translation>
    </message>
    <message>
        <source>&amp;Log scans in PassEntry as</source>
        <translation>Scans in PassEntry &amp;protokollieren als</translation>
    </message>
    <message>
        <source>Log scans in PassEntry as</source>
        <translation>Scans in PassEntry protokollieren als</translation>
    </message>
    <message>
        <source>The PassEntry reader this desk&apos;s scans are logged as. Don&apos;t log: PassEntry does not see them</source>
        <translation>Das PassEntry-Lesegerät, unter dem die Scans dieses Arbeitsplatzes protokolliert werden. „Nicht protokollieren“: PassEntry sieht sie nicht</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>Tastatur-Scanner</translation>
    </message>
    <message>
        <source>Check the scanner…</source>
        <translation>Scanner prüfen…</translation>
    </message>
    <message>
        <source>Scan a test code once: passdesk finds how the scanner ends codes and corrects a keyboard layout that does not match this computer&apos;s</source>
        <translation>Einmal einen Testcode scannen: passdesk erkennt, wie der Scanner Codes abschließt, und korrigiert ein Tastaturlayout, das nicht zu diesem Computer passt</translation>
    </message>
    <message>
        <source>Verdict panel</source>
        <translation>Ergebnisanzeige</translation>
    </message>
    <message>
        <source>High &amp;contrast: black, white and yellow</source>
        <translation>Hoher &amp;Kontrast: Schwarz, Weiß und Gelb</translation>
    </message>
    <message>
        <source>Thick borders and strong colours, easy to tell apart in grey too. Each verdict keeps its own symbol</source>
        <translation>Dicke Rahmen und kräftige Farben, auch in Graustufen gut zu unterscheiden. Jedes Ergebnis behält sein eigenes Symbol</translation>
    </message>
    <message>
        <source>Hi&amp;de names at the door: initials only</source>
        <translation>Namen am Einlass &amp;ausblenden: nur Initialen</translation>
    </message>
    <message>
        <source>The big panel and the last scans show &quot;T. v. d. B.&quot; for Tom van der Berg. The scan log and exports keep the full name</source>
        <translation>Die große Anzeige und die letzten Scans zeigen „T. v. d. B.“ für Tom van der Berg. Scanprotokoll und Exporte behalten den vollen Namen</translation>
    </message>
</context>
<context>
    <name>EditPassForm</name>
    <message>
        <source>&amp;Group tags</source>
        <translation>&amp;Gruppen-Tags</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. vip, early bird</source>
        <translation>Durch Kommas getrennt, z. B. vip, frühbucher</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>Gruppen-Tags</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>Optional: also send the holder a message</source>
        <translation>Optional: dem Inhaber auch eine Nachricht senden</translation>
    </message>
    <message>
        <source>Only the values you change are sent to PassEntry.</source>
        <translation>Nur die geänderten Werte werden an PassEntry gesendet.</translation>
    </message>
</context>
<context>
    <name>EventDialogForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>e.g. Summer Gala</source>
        <translation>z. B. Sommergala</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Name der Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Veranstaltungsort</translation>
    </message>
    <message>
        <source>e.g. Town Hall</source>
        <translation>z. B. Rathaus</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Where the event takes place: start and end are wall-clock times there. Type part of a city to search.</source>
        <translation>Wo die Veranstaltung stattfindet: Beginn und Ende sind dortige Ortszeiten. Zum Suchen einen Teil eines Städtenamens eingeben.</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Start in your time</source>
        <translation>Beginn in Ihrer Zeit</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>End in your time</source>
        <translation>Ende in Ihrer Zeit</translation>
    </message>
    <message>
        <source>Why OK is disabled</source>
        <translation>Warum OK deaktiviert ist</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>EventsForm</name>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>Angezeigte Veranstaltungen</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>Create an event; it is sent to PassEntry at once, or when back online</source>
        <translation>Veranstaltung anlegen; sie wird sofort an PassEntry gesendet oder sobald wieder online</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected event (or double-click it)</source>
        <translation>Ausgewählte Veranstaltung ändern (oder doppelklicken)</translation>
    </message>
    <message>
        <source>What this account&apos;s API offers for events</source>
        <translation>Was die API dieses Kontos für Veranstaltungen bietet</translation>
    </message>
    <message>
        <source>Filter by name or venue</source>
        <translation>Nach Name oder Veranstaltungsort filtern</translation>
    </message>
    <message>
        <source>Filter events by name or venue</source>
        <translation>Veranstaltungen nach Name oder Veranstaltungsort filtern</translation>
    </message>
    <message>
        <source>Which events: upcoming, past or all</source>
        <translation>Welche Veranstaltungen: kommende, vergangene oder alle</translation>
    </message>
    <message>
        <source>Upcoming: not over yet (ongoing events too)</source>
        <translation>Kommende: noch nicht vorbei (auch laufende)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>HubSubscriptionForm</name>
    <message>
        <source>PassEntry can tell this hub, as it happens, about every pass installed in or removed from a wallet, scanned by a PassEntry reader, or created. It signs each event with a secret this hub keeps in the keychain.</source>
        <translation>PassEntry kann diesen Hub sofort über jeden Pass informieren, der in einer Wallet installiert oder daraus entfernt, von einem PassEntry-Lesegerät gescannt oder erstellt wird. Jedes Ereignis wird mit einem Geheimnis signiert, das dieser Hub im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>P&amp;ublic address:</source>
        <translation>Ö&amp;ffentliche Adresse:</translation>
    </message>
    <message>
        <source>https://hub.your-venue.example</source>
        <translation>https://hub.ihr-veranstaltungsort.example</translation>
    </message>
    <message>
        <source>Hub public address</source>
        <translation>Öffentliche Adresse des Hubs</translation>
    </message>
    <message>
        <source>&amp;Register with PassEntry</source>
        <translation>Bei PassEntry &amp;registrieren</translation>
    </message>
    <message>
        <source>Ask PassEntry to send pass events to this address; the secret that signs them goes to the keychain</source>
        <translation>PassEntry bitten, Pass-Ereignisse an diese Adresse zu senden; das Geheimnis zum Signieren kommt in den Schlüsselbund</translation>
    </message>
    <message>
        <source>The HTTPS address at which PassEntry reaches this hub: the tunnel or reverse proxy in front of it.</source>
        <translation>Die HTTPS-Adresse, unter der PassEntry diesen Hub erreicht: der vorgeschaltete Tunnel oder Reverse-Proxy.</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Abonnement:</translation>
    </message>
    <message>
        <source>PassEntry webhook subscription</source>
        <translation>PassEntry-Webhook-Abonnement</translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Stop or resume PassEntry sending events to this hub</source>
        <translation>Senden von Ereignissen durch PassEntry an diesen Hub anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Rotate &amp;secret…</source>
        <translation>&amp;Geheimnis erneuern…</translation>
    </message>
    <message>
        <source>Have PassEntry sign its events with a new secret; the hub takes it at once</source>
        <translation>PassEntry seine Ereignisse mit einem neuen Geheimnis signieren lassen; der Hub übernimmt es sofort</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Ask PassEntry how the subscription is now</source>
        <translation>PassEntry nach dem aktuellen Stand des Abonnements fragen</translation>
    </message>
</context>
<context>
    <name>IssueForm</name>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation>Per I&amp;D hinzufügen…</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID, copied from the PassEntry dashboard</source>
        <translation>Vorlage nicht aufgeführt? Fügen Sie sie per ID aus dem PassEntry-Dashboard hinzu</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID</source>
        <translation>Vorlage nicht aufgeführt? Per ID hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>The event this pass is a ticket for: the Passes list filters by it and that event&apos;s Door admits it</source>
        <translation>Die Veranstaltung, für die dieser Pass ein Ticket ist: Die Passliste filtert danach, und der Einlass dieser Veranstaltung lässt ihn ein</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>&amp;Ext id</source>
        <translation>&amp;Externe ID</translation>
    </message>
    <message>
        <source>Made up if empty</source>
        <translation>Wird erzeugt, wenn leer</translation>
    </message>
    <message>
        <source>Your own reference for the pass (e.g. a ticket or customer number); unique per pass</source>
        <translation>Ihre eigene Referenz für den Pass (z. B. Ticket- oder Kundennummer); eindeutig pro Pass</translation>
    </message>
    <message>
        <source>&amp;Group tags</source>
        <translation>&amp;Gruppen-Tags</translation>
    </message>
    <message>
        <source>Optional, separated by commas, e.g. vip, early bird</source>
        <translation>Optional, durch Kommas getrennt, z. B. vip, frühbucher</translation>
    </message>
    <message>
        <source>Labels to find and message a group of passes later</source>
        <translation>Markierungen, um eine Gruppe von Pässen später zu finden und zu benachrichtigen</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>Gruppen-Tags</translation>
    </message>
    <message>
        <source>Barcode and NFC</source>
        <translation>Barcode und NFC</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>&amp;Barcode</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>The code printed on the pass for a scanner to read</source>
        <translation>Der auf dem Pass gedruckte Code, den ein Scanner liest</translation>
    </message>
    <message>
        <source>Barcode &amp;holds</source>
        <translation>Barcode-&amp;Inhalt</translation>
    </message>
    <message>
        <source>Barcode holds</source>
        <translation>Barcode-Inhalt</translation>
    </message>
    <message>
        <source>What a scanner reads from the barcode</source>
        <translation>Was ein Scanner aus dem Barcode liest</translation>
    </message>
    <message>
        <source>Barcode &amp;value</source>
        <translation>Barcode-&amp;Wert</translation>
    </message>
    <message>
        <source>What a scanner reads, e.g. a ticket number</source>
        <translation>Was ein Scanner liest, z. B. eine Ticketnummer</translation>
    </message>
    <message>
        <source>Barcode value</source>
        <translation>Barcode-Wert</translation>
    </message>
    <message>
        <source>Show the value as &amp;text under the code</source>
        <translation>Wert als &amp;Text unter dem Code anzeigen</translation>
    </message>
    <message>
        <source>NFC</source>
        <translation>NFC</translation>
    </message>
    <message>
        <source>Tap at a reader (&amp;NFC)</source>
        <translation>An einem Lesegerät antippen (&amp;NFC)</translation>
    </message>
    <message>
        <source>PassEntry turns NFC on only for accounts it has approved for NFC</source>
        <translation>PassEntry schaltet NFC nur für Konten frei, die für NFC zugelassen sind</translation>
    </message>
    <message>
        <source>NFC h&amp;olds</source>
        <translation>NFC-I&amp;nhalt</translation>
    </message>
    <message>
        <source>NFC holds</source>
        <translation>NFC-Inhalt</translation>
    </message>
    <message>
        <source>What a reader gets when the phone is tapped</source>
        <translation>Was ein Lesegerät beim Antippen des Telefons erhält</translation>
    </message>
    <message>
        <source>NFC va&amp;lue</source>
        <translation>NFC-We&amp;rt</translation>
    </message>
    <message>
        <source>What a reader gets on a tap</source>
        <translation>Was ein Lesegerät beim Antippen erhält</translation>
    </message>
    <message>
        <source>NFC value</source>
        <translation>NFC-Wert</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Apple Wallet shows the pass near these places (up to 10; radius 10–1,000 m for event tickets, 10–100 m for other passes).</source>
        <translation>Apple Wallet zeigt den Pass in der Nähe dieser Orte an (bis zu 10; Radius 10–1.000 m für Veranstaltungstickets, 10–100 m für andere Pässe).</translation>
    </message>
    <message>
        <source>Beacons</source>
        <translation>Beacons</translation>
    </message>
    <message>
        <source>Apple Wallet shows the pass near these iBeacons (up to 10, major and minor 0–65535).</source>
        <translation>Apple Wallet zeigt den Pass in der Nähe dieser iBeacons an (bis zu 10, Major und Minor 0–65535).</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Ask &amp;PassEntry for</source>
        <translation>&amp;PassEntry anfragen nach</translation>
    </message>
    <message>
        <source>Chosen before issuing. The pass file or Google link comes with the created pass, while it is not yet on a phone.</source>
        <translation>Wird vor dem Ausstellen gewählt. Die Pass-Datei oder der Google-Link kommt mit dem erstellten Pass, solange er noch auf keinem Telefon ist.</translation>
    </message>
    <message>
        <source>The download link</source>
        <translation>Dem Download-Link</translation>
    </message>
    <message>
        <source>The download link and the Apple pass file (.pkpass)</source>
        <translation>Dem Download-Link und der Apple-Pass-Datei (.pkpass)</translation>
    </message>
    <message>
        <source>The download link and the Google Wallet link</source>
        <translation>Dem Download-Link und dem Google-Wallet-Link</translation>
    </message>
    <message>
        <source>Issue a pass first: its download link shows here once PassEntry has created it.</source>
        <translation>Stellen Sie zuerst einen Pass aus: Sein Download-Link erscheint hier, sobald PassEntry ihn erstellt hat.</translation>
    </message>
    <message>
        <source>Download link</source>
        <translation>Download-Link</translation>
    </message>
    <message>
        <source>&amp;Copy download link</source>
        <translation>Download-Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Save &amp;Apple pass (.pkpass)…</source>
        <translation>&amp;Apple-Pass speichern (.pkpass)…</translation>
    </message>
    <message>
        <source>Copy &amp;Google Wallet link</source>
        <translation>&amp;Google-Wallet-Link kopieren</translation>
    </message>
</context>
<context>
    <name>NotifyForm</name>
    <message>
        <source>What should appear on the pass holders&apos; phones?</source>
        <translation>Was soll auf den Telefonen der Passinhaber erscheinen?</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Each pass holder gets the message on the lock screen, and it stays on the back of the pass as its latest message. A pass shows at most 3 messages a day on the lock screen; after that only the latest message changes. To add a link, write [words](https://…).</source>
        <translation>Jeder Passinhaber erhält die Nachricht auf dem Sperrbildschirm, und sie bleibt als neueste Nachricht auf der Rückseite des Passes. Ein Pass zeigt höchstens 3 Nachrichten pro Tag auf dem Sperrbildschirm; danach ändert sich nur die neueste Nachricht. Für einen Link schreiben Sie [Wörter](https://…).</translation>
    </message>
</context>
<context>
    <name>NullifyForm</name>
    <message>
        <source>What nullifying does</source>
        <translation>Was Annullieren bewirkt</translation>
    </message>
    <message>
        <source>Type the pass&apos;s number to confirm</source>
        <translation>Geben Sie zur Bestätigung die Nummer des Passes ein</translation>
    </message>
</context>
<context>
    <name>PassesForm</name>
    <message>
        <source>Passes</source>
        <translation>Pässe</translation>
    </message>
    <message>
        <source>Reading passes…</source>
        <translation>Pässe werden gelesen…</translation>
    </message>
    <message>
        <source>Passes shown</source>
        <translation>Angezeigte Pässe</translation>
    </message>
    <message>
        <source>&amp;Issue pass…</source>
        <translation>Pass &amp;ausstellen…</translation>
    </message>
    <message>
        <source>Issue a new pass from a template</source>
        <translation>Einen neuen Pass aus einer Vorlage ausstellen</translation>
    </message>
    <message>
        <source>&amp;Bulk issue from CSV…</source>
        <translation>&amp;Massenausstellung aus CSV…</translation>
    </message>
    <message>
        <source>Issue one pass per row of a CSV file</source>
        <translation>Einen Pass pro Zeile einer CSV-Datei ausstellen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the passes listed (with the filters and search applied) to a CSV file</source>
        <translation>Die aufgeführten Pässe (mit angewendeten Filtern und Suche) in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Search names, ticket numbers and ext ids  (Ctrl+F)</source>
        <translation>Namen, Ticketnummern und externe IDs suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search passes by name, ticket number or ext id</source>
        <translation>Pässe nach Name, Ticketnummer oder externer ID suchen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created on or after this day</source>
        <translation>An oder nach diesem Tag erstellt</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <source>Created on or before this day</source>
        <translation>An oder vor diesem Tag erstellt</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filter &amp;löschen</translation>
    </message>
    <message>
        <source>Show every pass again</source>
        <translation>Wieder alle Pässe anzeigen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show passes in this status only. Nullified passes are listed only when “Nullified” is picked here.</source>
        <translation>Nur Pässe mit diesem Status anzeigen. Annullierte Pässe erscheinen nur, wenn hier „Annulliert“ gewählt ist.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Show passes added to this wallet only</source>
        <translation>Nur Pässe anzeigen, die zu diesem Wallet hinzugefügt wurden</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Gruppen-Tag</translation>
    </message>
    <message>
        <source>Show passes with this group tag only</source>
        <translation>Nur Pässe mit diesem Gruppen-Tag anzeigen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Show passes of this template only</source>
        <translation>Nur Pässe dieser Vorlage anzeigen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Show passes of this event only</source>
        <translation>Nur Pässe dieser Veranstaltung anzeigen</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportergebnis</translation>
    </message>
    <message>
        <source>Pass details</source>
        <translation>Passdetails</translation>
    </message>
    <message>
        <source>Select a pass</source>
        <translation>Pass auswählen</translation>
    </message>
    <message>
        <source>Send a &amp;message…</source>
        <translation>&amp;Nachricht senden…</translation>
    </message>
    <message>
        <source>Send a message to the phones of the selected passes</source>
        <translation>Eine Nachricht an die Telefone der ausgewählten Pässe senden</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected pass</source>
        <translation>Den ausgewählten Pass ändern</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Deactivate the selected passes (they no longer admit)</source>
        <translation>Die ausgewählten Pässe deaktivieren (sie gewähren keinen Einlass mehr)</translation>
    </message>
    <message>
        <source>&amp;Nullify…</source>
        <translation>&amp;Annullieren…</translation>
    </message>
    <message>
        <source>Wipe the selected pass for good and free its ext id (cannot be undone)</source>
        <translation>Den ausgewählten Pass endgültig löschen und seine externe ID freigeben (nicht rückgängig zu machen)</translation>
    </message>
</context>
<context>
    <name>ReaderConfigForm</name>
    <message>
        <source>Reader configuration: who checks each scan</source>
        <translation>Lesegerät-Konfiguration: Wer prüft jeden Scan</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>&amp;PassEntry checks the pass</source>
        <translation>&amp;PassEntry prüft den Pass</translation>
    </message>
    <message>
        <source>Internal validation: PassEntry checks each scan against its own data</source>
        <translation>Interne Prüfung: PassEntry prüft jeden Scan anhand seiner eigenen Daten</translation>
    </message>
    <message>
        <source>Internal validation: PassEntry checks the pass</source>
        <translation>Interne Prüfung: PassEntry prüft den Pass</translation>
    </message>
    <message>
        <source>Our venue &amp;hub checks the pass</source>
        <translation>Unser &amp;Hub am Veranstaltungsort prüft den Pass</translation>
    </message>
    <message>
        <source>External validation: readers send each scan to the hub URL below, which decides</source>
        <translation>Externe Prüfung: Lesegeräte senden jeden Scan an die Hub-URL unten, die entscheidet</translation>
    </message>
    <message>
        <source>External validation: our venue hub checks the pass</source>
        <translation>Externe Prüfung: Unser Hub am Veranstaltungsort prüft den Pass</translation>
    </message>
    <message>
        <source>Hub &amp;URL</source>
        <translation>Hub-&amp;URL</translation>
    </message>
    <message>
        <source>https://hub.example.org:8443/validate</source>
        <translation>https://hub.example.org:8443/validate</translation>
    </message>
    <message>
        <source>External validation URL (the venue hub)</source>
        <translation>Externe Prüf-URL (der Hub am Veranstaltungsort)</translation>
    </message>
    <message>
        <source>Use this desk&apos;s hu&amp;b</source>
        <translation>&amp;Hub dieses Arbeitsplatzes verwenden</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Where the bearer token is set</source>
        <translation>Wo das Bearer-Token festgelegt wird</translation>
    </message>
    <message>
        <source>NFC private key</source>
        <translation>Privater NFC-Schlüssel</translation>
    </message>
    <message>
        <source>NFC private key, masked</source>
        <translation>Privater NFC-Schlüssel, maskiert</translation>
    </message>
    <message>
        <source>Replace &amp;key…</source>
        <translation>&amp;Schlüssel ersetzen…</translation>
    </message>
    <message>
        <source>Choose a PEM file with the new private key</source>
        <translation>Eine PEM-Datei mit dem neuen privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Wallet IDs</source>
        <translation>Wallet-IDs</translation>
    </message>
    <message>
        <source>Apple pass type and Google collector</source>
        <translation>Apple-Passtyp und Google-Collector</translation>
    </message>
    <message>
        <source>Why the configuration cannot be saved</source>
        <translation>Warum die Konfiguration nicht gespeichert werden kann</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Noch nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save to PassEntry</source>
        <translation>Bei PassEntry &amp;speichern</translation>
    </message>
</context>
<context>
    <name>ReaderDashboardSteps</name>
    <message>
        <source>Set it in the PassEntry dashboard</source>
        <translation>Im PassEntry-Dashboard festlegen</translation>
    </message>
    <message>
        <source>1. Open</source>
        <translation>1. Öffnen</translation>
    </message>
    <message>
        <source>Readers → Reader Configuration → Validation Settings</source>
        <translation>Readers → Reader Configuration → Validation Settings</translation>
    </message>
    <message>
        <source>2. Choose</source>
        <translation>2. Auswählen</translation>
    </message>
    <message>
        <source>3. HTTPS URL</source>
        <translation>3. HTTPS-URL</translation>
    </message>
    <message>
        <source>The hub URL to paste in the dashboard</source>
        <translation>Die Hub-URL zum Einfügen im Dashboard</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the hub URL, to paste it in the dashboard</source>
        <translation>Die Hub-URL kopieren, um sie im Dashboard einzufügen</translation>
    </message>
    <message>
        <source>4. Bearer token</source>
        <translation>4. Bearer-Token</translation>
    </message>
    <message>
        <source>Which bearer token to enter</source>
        <translation>Welches Bearer-Token einzugeben ist</translation>
    </message>
    <message>
        <source>Copy hub &amp;token</source>
        <translation>Hub-&amp;Token kopieren</translation>
    </message>
    <message>
        <source>Copy the venue hub&apos;s token from this computer&apos;s keychain without showing it</source>
        <translation>Das Token des Hubs aus dem Schlüsselbund dieses Computers kopieren, ohne es anzuzeigen</translation>
    </message>
    <message>
        <source>5. Save</source>
        <translation>5. Speichern</translation>
    </message>
    <message>
        <source>Save there, then press Refresh here to read it back.</source>
        <translation>Dort speichern, dann hier auf Aktualisieren klicken, um es zurückzulesen.</translation>
    </message>
    <message>
        <source>PassEntry Reader apps log out and use the new settings at their next login.</source>
        <translation>PassEntry-Reader-Apps melden sich ab und verwenden die neuen Einstellungen bei der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>What was copied</source>
        <translation>Was kopiert wurde</translation>
    </message>
</context>
<context>
    <name>ReaderDialogForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>e.g. North Gate</source>
        <translation>z. B. Nordtor</translation>
    </message>
    <message>
        <source>Reader name</source>
        <translation>Name des Lesegeräts</translation>
    </message>
    <message>
        <source>Reader &amp;ID</source>
        <translation>Lesegerät-&amp;ID</translation>
    </message>
    <message>
        <source>e.g. north-gate-1</source>
        <translation>z. B. north-gate-1</translation>
    </message>
    <message>
        <source>Reader ID</source>
        <translation>Lesegerät-ID</translation>
    </message>
    <message>
        <source>What the reader logs in with. Letters, digits, - _ and . only; it cannot be changed later.</source>
        <translation>Damit meldet sich das Lesegerät an. Nur Buchstaben, Ziffern, - _ und .; kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Reader type</source>
        <translation>Typ des Lesegeräts</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Reader password</source>
        <translation>Passwort des Lesegeräts</translation>
    </message>
    <message>
        <source>It may</source>
        <translation>Es darf</translation>
    </message>
    <message>
        <source>&amp;Scan passes</source>
        <translation>Pässe &amp;scannen</translation>
    </message>
    <message>
        <source>Read &amp;QR codes and barcodes</source>
        <translation>&amp;QR-Codes und Barcodes lesen</translation>
    </message>
    <message>
        <source>&amp;Redeem loyalty</source>
        <translation>Treuepunkte &amp;einlösen</translation>
    </message>
    <message>
        <source>Read &amp;MIFARE Classic cards</source>
        <translation>&amp;MIFARE-Classic-Karten lesen</translation>
    </message>
    <message>
        <source>&amp;Add points</source>
        <translation>Punkte &amp;gutschreiben</translation>
    </message>
    <message>
        <source>Why OK is disabled</source>
        <translation>Warum OK deaktiviert ist</translation>
    </message>
    <message>
        <source>Saved on PassEntry at once: this needs the network.</source>
        <translation>Wird sofort bei PassEntry gespeichert: Dafür ist eine Netzwerkverbindung nötig.</translation>
    </message>
</context>
<context>
    <name>ReaderTokenForm</name>
    <message>
        <source>Readers send this token to the endpoint with every scan (Authorization: Bearer …), and the endpoint refuses scans without it. Paste the token your endpoint expects, or generate a new one.</source>
        <translation>Lesegeräte senden dieses Token bei jedem Scan an den Endpunkt (Authorization: Bearer …), und der Endpunkt lehnt Scans ohne es ab. Fügen Sie das Token ein, das Ihr Endpunkt erwartet, oder erzeugen Sie ein neues.</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>New validation token</source>
        <translation>Neues Prüf-Token</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>A new random token (256 bits)</source>
        <translation>Ein neues Zufallstoken (256 Bit)</translation>
    </message>
    <message>
        <source>The new token, masked</source>
        <translation>Das neue Token, maskiert</translation>
    </message>
    <message>
        <source>Once saved it is kept in this computer&apos;s keychain, for this desk&apos;s Door and hub, never in a file or the database.</source>
        <translation>Nach dem Speichern liegt es im Schlüsselbund dieses Computers, für Einlass und Hub dieses Arbeitsplatzes, nie in einer Datei oder der Datenbank.</translation>
    </message>
</context>
<context>
    <name>ReadersForm</name>
    <message>
        <source>Readers</source>
        <translation>Lesegeräte</translation>
    </message>
    <message>
        <source>Readers shown</source>
        <translation>Angezeigte Lesegeräte</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the readers and the configuration from PassEntry now</source>
        <translation>Lesegeräte und Konfiguration jetzt von PassEntry lesen</translation>
    </message>
    <message>
        <source>&amp;New reader…</source>
        <translation>&amp;Neues Lesegerät…</translation>
    </message>
    <message>
        <source>Create a reader on PassEntry (needs the network)</source>
        <translation>Ein Lesegerät bei PassEntry anlegen (braucht Netzwerk)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected reader (or double-click it)</source>
        <translation>Das ausgewählte Lesegerät ändern (oder doppelklicken)</translation>
    </message>
    <message>
        <source>What this account&apos;s API offers for readers</source>
        <translation>Was die API dieses Kontos für Lesegeräte bietet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Where passdesk finds your PassEntry account.</source>
        <translation>Wo passdesk Ihr PassEntry-Konto findet.</translation>
    </message>
    <message>
        <source>PassEntry account</source>
        <translation>PassEntry-Konto</translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation>API-Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>The address of the PassEntry API, ending in /api/v1. Plain http:// is allowed only for this computer.</source>
        <translation>Die Adresse der PassEntry-API, endet auf /api/v1. Unverschlüsseltes http:// ist nur für diesen Computer erlaubt.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <source>Delete the key stored in the keychain for this URL</source>
        <translation>Den für diese URL im Schlüsselbund gespeicherten Schlüssel löschen</translation>
    </message>
    <message>
        <source>Create a key in the PassEntry Dashboard under Developer tools. Leave this empty to keep the stored key.</source>
        <translation>Erstellen Sie einen Schlüssel im PassEntry-Dashboard unter „Developer tools“. Leer lassen, um den gespeicherten Schlüssel zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Entity ID:</source>
        <translation>&amp;Entity-ID:</translation>
    </message>
    <message>
        <source>e.g. 0d10c850</source>
        <translation>z. B. 0d10c850</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>Entity-ID</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Try the URL and key typed above, without saving them</source>
        <translation>Oben eingegebene URL und Schlüssel ausprobieren, ohne sie zu speichern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the URL to the settings file and the key to the keychain</source>
        <translation>URL in der Einstellungsdatei und Schlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>What each PassEntry route answered</source>
        <translation>Was jede PassEntry-Route geantwortet hat</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy this table as text (no key, no secrets), to paste into a bug report</source>
        <translation>Diese Tabelle als Text kopieren (ohne Schlüssel und Geheimnisse), zum Einfügen in einen Fehlerbericht</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Hub des Veranstaltungsorts</translation>
    </message>
    <message>
        <source>Run the &amp;venue hub on this computer</source>
        <translation>&amp;Hub des Veranstaltungsorts auf diesem Computer ausführen</translation>
    </message>
    <message>
        <source>Answers the venue&apos;s readers and PassEntry&apos;s webhooks from this desk&apos;s database while passdesk is open. Readers call HTTPS addresses only: put a reverse proxy that terminates TLS in front of this port.</source>
        <translation>Beantwortet die Lesegeräte des Veranstaltungsorts und die Webhooks von PassEntry aus der Datenbank dieses Arbeitsplatzes, solange passdesk geöffnet ist. Lesegeräte rufen nur HTTPS-Adressen auf: Schalten Sie diesem Port einen Reverse-Proxy vor, der TLS terminiert.</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Lauschen auf:</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Lauschen auf</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Hub port</source>
        <translation>Hub-Port</translation>
    </message>
    <message>
        <source>Reader token:</source>
        <translation>Lesegeräte-Token:</translation>
    </message>
    <message>
        <source>Reader token, masked</source>
        <translation>Lesegeräte-Token, maskiert</translation>
    </message>
    <message>
        <source>Set t&amp;oken…</source>
        <translation>&amp;Token festlegen…</translation>
    </message>
    <message>
        <source>Type, paste or generate the token readers send; it is kept in the keychain</source>
        <translation>Token, das Lesegeräte senden, eingeben, einfügen oder erzeugen; es wird im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>Readers send it with every scan: enter the same token in the PassEntry dashboard (Readers → Reader Configuration → Validation Settings).</source>
        <translation>Lesegeräte senden es bei jedem Scan: Geben Sie dasselbe Token im PassEntry-Dashboard ein (Readers → Reader Configuration → Validation Settings).</translation>
    </message>
    <message>
        <source>Venue hub status</source>
        <translation>Status des Hubs</translation>
    </message>
    <message>
        <source>PassEntry e&amp;vents…</source>
        <translation>PassEntry-&amp;Ereignisse…</translation>
    </message>
    <message>
        <source>Register this hub with PassEntry for pass events, pause them or rotate their secret</source>
        <translation>Diesen Hub bei PassEntry für Pass-Ereignisse registrieren, diese pausieren oder ihr Geheimnis erneuern</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Save the venue hub settings and start, stop or restart the hub</source>
        <translation>Hub-Einstellungen speichern und den Hub starten, stoppen oder neu starten</translation>
    </message>
</context>
<context>
    <name>SyncForm</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>passdesk works from its local copy and exchanges changes with PassEntry in the background.</source>
        <translation>passdesk arbeitet mit seiner lokalen Kopie und tauscht Änderungen im Hintergrund mit PassEntry aus.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzte Synchronisierung:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Fetch what is new on PassEntry and send the waiting changes now</source>
        <translation>Neues von PassEntry abrufen und die wartenden Änderungen jetzt senden</translation>
    </message>
    <message>
        <source>Check &amp;every pass now</source>
        <translation>&amp;Alle Pässe jetzt prüfen</translation>
    </message>
    <message>
        <source>Sync, and also re-read the status of every pass (slower; passdesk does it by itself every 15 minutes)</source>
        <translation>Synchronisieren und zusätzlich den Status jedes Passes neu lesen (langsamer; passdesk tut das von selbst alle 15 Minuten)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Synchronisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the running sync after the current page; what was fetched is kept</source>
        <translation>Die laufende Synchronisierung nach der aktuellen Seite beenden; Abgerufenes bleibt erhalten</translation>
    </message>
    <message>
        <source>Changes waiting for PassEntry</source>
        <translation>Änderungen, die auf PassEntry warten</translation>
    </message>
    <message>
        <source>Select a refused or to-be-reviewed change to retry or discard it.</source>
        <translation>Wählen Sie eine abgelehnte oder zu prüfende Änderung, um sie erneut zu senden oder zu verwerfen.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Send the selected changes again</source>
        <translation>Die ausgewählten Änderungen erneut senden</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Give up on the selected changes: they will not reach PassEntry</source>
        <translation>Die ausgewählten Änderungen aufgeben: Sie erreichen PassEntry nicht</translation>
    </message>
</context>
<context>
    <name>TemplateByIdForm</name>
    <message>
        <source>Add a template by its ID</source>
        <translation>Vorlage per ID hinzufügen</translation>
    </message>
    <message>
        <source>PassEntry does not list its templates to apps. Copy the template&apos;s ID from the PassEntry dashboard (or from a pass made with it) and paste it here.</source>
        <translation>PassEntry listet seine Vorlagen für Apps nicht auf. Kopieren Sie die ID der Vorlage aus dem PassEntry-Dashboard (oder von einem damit erstellten Pass) und fügen Sie sie hier ein.</translation>
    </message>
    <message>
        <source>Template &amp;ID</source>
        <translation>Vorlagen-&amp;ID</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>Vorlagen-ID</translation>
    </message>
    <message>
        <source>e.g. 19cb334f9696e64e10e7759f0</source>
        <translation>z. B. 19cb334f9696e64e10e7759f0</translation>
    </message>
</context>
<context>
    <name>TillForm</name>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Scan sources</source>
        <translation>Scan-Quellen</translation>
    </message>
    <message>
        <source>Till &amp;settings…</source>
        <translation>Kassen-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Earn rates, rewards, messages, scan sources and this till&apos;s name</source>
        <translation>Punkteraten, Prämien, Nachrichten, Scan-Quellen und Name dieser Kasse</translation>
    </message>
    <message>
        <source>Scan a card, or type a name or customer number (Ctrl+F)</source>
        <translation>Karte scannen oder Name bzw. Kundennummer eingeben (Strg+F)</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Kunde suchen</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Gefundene Kunden</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Noch kein Kunde</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Scan a loyalty card, or search by name or customer number.</source>
        <translation>Treuekarte scannen oder nach Name bzw. Kundennummer suchen.</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <source>Card cancelled</source>
        <translation>Karte annulliert</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Punktestand</translation>
    </message>
    <message>
        <source>Balance state</source>
        <translation>Status des Punktestands</translation>
    </message>
    <message>
        <source>Balance source</source>
        <translation>Quelle des Punktestands</translation>
    </message>
    <message>
        <source>Rewards reached</source>
        <translation>Erreichte Prämien</translation>
    </message>
    <message>
        <source>Why this pass cannot be used</source>
        <translation>Warum dieser Pass nicht verwendet werden kann</translation>
    </message>
    <message>
        <source>Operations that need review</source>
        <translation>Zu prüfende Vorgänge</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>It was not applied: send it to PassEntry again</source>
        <translation>Nicht angewendet: erneut an PassEntry senden</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Drop it: it was applied, or should not be</source>
        <translation>Verwerfen: wurde bereits angewendet oder soll nicht angewendet werden</translation>
    </message>
    <message>
        <source>Last operation</source>
        <translation>Letzter Vorgang</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>Dieser Kunde</translation>
    </message>
    <message>
        <source>This customer totals</source>
        <translation>Summen dieses Kunden</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write this customer&apos;s operations to a CSV file</source>
        <translation>Vorgänge dieses Kunden in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>This shift</source>
        <translation>Diese Schicht</translation>
    </message>
    <message>
        <source>This shift totals</source>
        <translation>Summen dieser Schicht</translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation>Schicht &amp;abschließen…</translation>
    </message>
    <message>
        <source>See this shift&apos;s totals, export them, and start a new shift</source>
        <translation>Summen dieser Schicht ansehen, exportieren und eine neue Schicht beginnen</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Ex&amp;portieren…</translation>
    </message>
    <message>
        <source>Write this shift&apos;s operations to a CSV file</source>
        <translation>Vorgänge dieser Schicht in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Earn from
purchase</source>
        <translation>Punkte aus
Einkauf</translation>
    </message>
    <message>
        <source>F1: points from the amount spent</source>
        <translation>F1: Punkte aus dem ausgegebenen Betrag</translation>
    </message>
    <message>
        <source>Add
points</source>
        <translation>Punkte
gutschreiben</translation>
    </message>
    <message>
        <source>F2: add a number of points</source>
        <translation>F2: eine Anzahl Punkte gutschreiben</translation>
    </message>
    <message>
        <source>Redeem
points</source>
        <translation>Punkte
einlösen</translation>
    </message>
    <message>
        <source>F3: take points off (never below zero)</source>
        <translation>F3: Punkte abziehen (nie unter null)</translation>
    </message>
    <message>
        <source>Set
balance</source>
        <translation>Punktestand
setzen</translation>
    </message>
    <message>
        <source>F4: set the balance to a value, e.g. 0 to reset</source>
        <translation>F4: Punktestand auf einen Wert setzen, z. B. 0 zum Zurücksetzen</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Ausgegebener Betrag</translation>
    </message>
    <message>
        <source>What to type</source>
        <translation>Was einzugeben ist</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Letzte Ziffer löschen (Rücktaste)</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear the amount (Esc)</source>
        <translation>Betrag löschen (Esc)</translation>
    </message>
    <message>
        <source>Clear amount</source>
        <translation>Betrag löschen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>Make the change (Enter)</source>
        <translation>Änderung ausführen (Enter)</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was passieren wird</translation>
    </message>
    <message>
        <source>Send a &amp;message to the phone</source>
        <translation>&amp;Nachricht an das Telefon senden</translation>
    </message>
    <message>
        <source>Push message</source>
        <translation>Push-Nachricht</translation>
    </message>
    <message>
        <source>About the message</source>
        <translation>Zur Nachricht</translation>
    </message>
</context>
<context>
    <name>TillSettingsForm</name>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>Arbeitsplatz&amp;name</translation>
    </message>
    <message>
        <source>till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>This till&apos;s name in the operation log and in a shift&apos;s list</source>
        <translation>Name dieser Kasse im Vorgangsprotokoll und in der Liste einer Schicht</translation>
    </message>
    <message>
        <source>&amp;Currency symbol</source>
        <translation>&amp;Währungssymbol</translation>
    </message>
    <message>
        <source>e.g. £, € or $</source>
        <translation>z. B. €, £ oder $</translation>
    </message>
    <message>
        <source>Put before amounts spent; may be empty</source>
        <translation>Steht vor ausgegebenen Beträgen; darf leer sein</translation>
    </message>
    <message>
        <source>Send a &amp;message by default</source>
        <translation>Standardmäßig &amp;Nachricht senden</translation>
    </message>
    <message>
        <source>Whether &quot;Send a message&quot; starts ticked for each operation</source>
        <translation>Ob „Nachricht an das Telefon senden“ bei jedem Vorgang vorab angehakt ist</translation>
    </message>
    <message>
        <source>S&amp;ound for each operation</source>
        <translation>&amp;Ton bei jedem Vorgang</translation>
    </message>
    <message>
        <source>Offline, re&amp;deem up to</source>
        <translation>Offline &amp;einlösen bis zu</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>Most points redeemed without a confirmed balance</source>
        <translation>Höchstens einlösbare Punkte ohne bestätigten Punktestand</translation>
    </message>
    <message>
        <source>0: a redemption always needs a balance PassEntry confirmed</source>
        <translation>0: Eine Einlösung braucht immer einen von PassEntry bestätigten Punktestand</translation>
    </message>
    <message>
        <source>Offline, or before PassEntry has answered, a redemption goes against the balance the card showed when it was last synced, up to this many points. Above it, a supervisor must approve.</source>
        <translation>Offline oder bevor PassEntry geantwortet hat, wird eine Einlösung bis zu dieser Punktzahl mit dem Punktestand verrechnet, den die Karte bei der letzten Synchronisierung hatte. Darüber muss die Schichtleitung zustimmen.</translation>
    </message>
    <message>
        <source>Scan with loyalty</source>
        <translation>Scan mit Treuepunkten</translation>
    </message>
    <message>
        <source>&amp;Points per scan</source>
        <translation>&amp;Punkte pro Scan</translation>
    </message>
    <message>
        <source>Scan messa&amp;ge</source>
        <translation>Scan-&amp;Nachricht</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Each scan that finds a customer also adds these points (a negative number takes them). Off: a scan only looks the customer up.</source>
        <translation>Jeder Scan, der einen Kunden findet, schreibt auch diese Punkte gut (eine negative Zahl zieht sie ab). Aus: Ein Scan sucht nur den Kunden.</translation>
    </message>
    <message>
        <source>Scan sources besides the keyboard</source>
        <translation>Scan-Quellen neben der Tastatur</translation>
    </message>
    <message>
        <source>N&amp;FC reader</source>
        <translation>N&amp;FC-Lesegerät</translation>
    </message>
    <message>
        <source>Off (e.g. usb or tty:USB0:pn532)</source>
        <translation>Aus (z. B. usb oder tty:USB0:pn532)</translation>
    </message>
    <message>
        <source>nfcpy device path of an NFC reader for NDEF tags; empty: no NFC reader</source>
        <translation>nfcpy-Gerätepfad eines NFC-Lesegeräts für NDEF-Tags; leer: kein NFC-Lesegerät</translation>
    </message>
    <message>
        <source>VTAP serial p&amp;ort</source>
        <translation>Serieller VTAP-P&amp;ort</translation>
    </message>
    <message>
        <source>Off (e.g. /dev/ttyACM0 or COM3)</source>
        <translation>Aus (z. B. /dev/ttyACM0 oder COM3)</translation>
    </message>
    <message>
        <source>Serial port of a VTAP reader in serial mode. Empty: none</source>
        <translation>Serieller Port eines VTAP-Lesegeräts im seriellen Modus. Leer: keiner</translation>
    </message>
    <message>
        <source>Read QR codes with the ca&amp;mera</source>
        <translation>QR-Codes mit der &amp;Kamera lesen</translation>
    </message>
    <message>
        <source>Camera &amp;to use</source>
        <translation>&amp;Verwendete Kamera</translation>
    </message>
    <message>
        <source>Which webcam reads QR codes when several are connected</source>
        <translation>Welche Webcam QR-Codes liest, wenn mehrere angeschlossen sind</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Verwendete Kamera</translation>
    </message>
    <message>
        <source>PassEntry&apos;s dashboard</source>
        <translation>PassEntry-Dashboard</translation>
    </message>
    <message>
        <source>&amp;Log scans in PassEntry as</source>
        <translation>Scans in PassEntry &amp;protokollieren als</translation>
    </message>
    <message>
        <source>Log scans in PassEntry as</source>
        <translation>Scans in PassEntry protokollieren als</translation>
    </message>
    <message>
        <source>The PassEntry reader this till&apos;s scans are logged as. Don&apos;t log: PassEntry does not see them</source>
        <translation>Das PassEntry-Lesegerät, unter dem die Scans dieser Kasse protokolliert werden. „Nicht protokollieren“: PassEntry sieht sie nicht</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>Tastatur-Scanner</translation>
    </message>
    <message>
        <source>Check the scanner…</source>
        <translation>Scanner prüfen…</translation>
    </message>
    <message>
        <source>Scan a test code once: passdesk finds how the scanner ends codes and corrects a keyboard layout that does not match this computer&apos;s</source>
        <translation>Einmal einen Testcode scannen: passdesk erkennt, wie der Scanner Codes abschließt, und korrigiert ein Tastaturlayout, das nicht zu diesem Computer passt</translation>
    </message>
    <message>
        <source>Earning and rewards</source>
        <translation>Punkte und Prämien</translation>
    </message>
    <message>
        <source>&amp;Rules for</source>
        <translation>&amp;Regeln für</translation>
    </message>
    <message>
        <source>Template the rules are for</source>
        <translation>Vorlage, für die die Regeln gelten</translation>
    </message>
    <message>
        <source>Use the &amp;general rules</source>
        <translation>&amp;Allgemeine Regeln verwenden</translation>
    </message>
    <message>
        <source>Forget this template&apos;s own rules: it earns and rewards as &quot;All other templates&quot;</source>
        <translation>Eigene Regeln dieser Vorlage vergessen: Sie sammelt und belohnt wie „Alle anderen Vorlagen“</translation>
    </message>
    <message>
        <source>Points per currency &amp;unit</source>
        <translation>Punkte pro Währungs&amp;einheit</translation>
    </message>
    <message>
        <source>Points for each 1 spent, from 0 to 1,000,000; e.g. 0.1 gives a point for each 10 spent</source>
        <translation>Punkte für jede ausgegebene 1, von 0 bis 1.000.000; z. B. ergibt 0,1 einen Punkt pro 10 ausgegeben</translation>
    </message>
    <message>
        <source>Roun&amp;d points</source>
        <translation>Punkte &amp;runden</translation>
    </message>
    <message>
        <source>Re&amp;wards</source>
        <translation>&amp;Prämien</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Prämien</translation>
    </message>
    <message>
        <source>Points needed</source>
        <translation>Benötigte Punkte</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Prämie</translation>
    </message>
    <message>
        <source>&amp;Add reward</source>
        <translation>Prämie &amp;hinzufügen</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Earn</source>
        <translation>&amp;Sammeln</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Gutschreiben</translation>
    </message>
    <message>
        <source>Re&amp;deem</source>
        <translation>&amp;Einlösen</translation>
    </message>
    <message>
        <source>Set &amp;balance</source>
        <translation>&amp;Punktestand setzen</translation>
    </message>
    <message>
        <source>Reward &amp;reached</source>
        <translation>Prämie &amp;erreicht</translation>
    </message>
    <message>
        <source>Sent instead of the action&apos;s message when an operation reaches a reward</source>
        <translation>Wird statt der Nachricht der Aktion gesendet, wenn ein Vorgang eine Prämie erreicht</translation>
    </message>
    <message>
        <source>Example message</source>
        <translation>Beispielnachricht</translation>
    </message>
    <message>
        <source>Restore de&amp;faults</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Put back the messages passdesk came with</source>
        <translation>Die mit passdesk gelieferten Nachrichten wiederherstellen</translation>
    </message>
    <message>
        <source>Why Save is not available</source>
        <translation>Warum Speichern nicht verfügbar ist</translation>
    </message>
</context>
<context>
    <name>TillShiftForm</name>
    <message>
        <source>Shift start and end</source>
        <translation>Beginn und Ende der Schicht</translation>
    </message>
    <message>
        <source>Shift totals</source>
        <translation>Summen der Schicht</translation>
    </message>
    <message>
        <source>Totals by kind of operation</source>
        <translation>Summen nach Art des Vorgangs</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Vergebene Punkte</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Eingelöste Punkte</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Closing the shift starts a new one now: the till&apos;s shift list and totals start again from zero. Nothing is deleted; every operation stays in the customers&apos; lists.</source>
        <translation>Das Abschließen der Schicht beginnt sofort eine neue: Schichtliste und Summen der Kasse beginnen wieder bei null. Nichts wird gelöscht; jeder Vorgang bleibt in den Listen der Kunden.</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportergebnis</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the shift&apos;s operations and, in a second file, its totals, for a spreadsheet</source>
        <translation>Vorgänge der Schicht und, in einer zweiten Datei, ihre Summen für eine Tabellenkalkulation schreiben</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation>{path} konnte nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <source>{rows} written to {path}</source>
        <translation>{rows} in {path} geschrieben</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <comment>a day: Wed 17 Jul 2030</comment>
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a day, then a time of day</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PNG, JPG or WebP images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>PNG-, JPG- oder WebP-Bilder (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>PassEntry cannot be reached, so your images there cannot be listed or uploaded now; try again when the connection is back. The Designer still works offline: a file on this computer shows in the preview (Choose…).</source>
        <translation>PassEntry ist nicht erreichbar, daher können Ihre Bilder dort jetzt weder aufgelistet noch hochgeladen werden; versuchen Sie es erneut, wenn die Verbindung wieder besteht. Der Designer funktioniert auch offline: Eine Datei auf diesem Computer erscheint in der Vorschau (Auswählen…).</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Unten rechts</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Unten links</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Oben rechts</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Oben links</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>thumbnail</source>
        <translation>Miniaturbild</translation>
    </message>
    <message>
        <source>PassEntry did not take it: {problem}</source>
        <translation>PassEntry hat es nicht angenommen: {problem}</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Etwas ist schiefgegangen: {problem}</translation>
    </message>
    <message>
        <source>No copy
on this computer</source>
        <translation>Keine Kopie
auf diesem Computer</translation>
    </message>
    <message>
        <source>Your {kind} images on PassEntry</source>
        <translation>Ihre {kind}-Bilder auf PassEntry</translation>
    </message>
    <message>
        <source>Your {kind} images</source>
        <translation>Ihre {kind}-Bilder</translation>
    </message>
    <message>
        <source>Watermark on this banner:</source>
        <translation>Wasserzeichen auf diesem Banner:</translation>
    </message>
    <message>
        <source>Watermark colour</source>
        <translation>Farbe des Wasserzeichens</translation>
    </message>
    <message>
        <source>Watermark position</source>
        <translation>Position des Wasserzeichens</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Hochladen…</translation>
    </message>
    <message>
        <source>Send a PNG, JPG or WebP file to PassEntry as a {kind}</source>
        <translation>Eine PNG-, JPG- oder WebP-Datei als {kind} an PassEntry senden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Use this image</source>
        <translation>Dieses Bild verwenden</translation>
    </message>
    <message>
        <source>Reading your images from PassEntry…</source>
        <translation>Ihre Bilder werden von PassEntry gelesen…</translation>
    </message>
    <message>
        <source>No {kind} images on PassEntry yet: upload one.</source>
        <translation>Noch keine {kind}-Bilder auf PassEntry: Laden Sie eines hoch.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>{width} x {height} px · {status}</source>
        <translation>{width} x {height} px · {status}</translation>
    </message>
    <message>
        <source>PassEntry is still processing this image</source>
        <translation>PassEntry verarbeitet dieses Bild noch</translation>
    </message>
    <message>
        <source>Upload a {kind}</source>
        <translation>{kind} hochladen</translation>
    </message>
    <message>
        <source>Uploading {file}…</source>
        <translation>{file} wird hochgeladen…</translation>
    </message>
    <message>
        <source>Processing… PassEntry is preparing the image; it can be used once it is ready.</source>
        <translation>Verarbeitung… PassEntry bereitet das Bild vor; es kann verwendet werden, sobald es fertig ist.</translation>
    </message>
    <message>
        <source>{advice} {processing}</source>
        <translation>{advice} {processing}</translation>
    </message>
    <message>
        <source>{name} is ready: Use this image puts it on the pass.</source>
        <translation>{name} ist fertig: „Dieses Bild verwenden“ setzt es auf den Pass.</translation>
    </message>
    <message>
        <source>The image is ready: Use this image puts it on the pass.</source>
        <translation>Das Bild ist fertig: „Dieses Bild verwenden“ setzt es auf den Pass.</translation>
    </message>
    <message>
        <source>PassEntry is still processing the image; look again later (Refresh).</source>
        <translation>PassEntry verarbeitet das Bild noch; schauen Sie später erneut nach (Aktualisieren).</translation>
    </message>
    <message>
        <source>PassEntry could not process {name} ({status}); upload another file.</source>
        <translation>PassEntry konnte {name} nicht verarbeiten ({status}); laden Sie eine andere Datei hoch.</translation>
    </message>
    <message>
        <source>PassEntry could not process the image ({status}); upload another file.</source>
        <translation>PassEntry konnte das Bild nicht verarbeiten ({status}); laden Sie eine andere Datei hoch.</translation>
    </message>
</context>
<context>
    <name>designer</name>
    <message>
        <source>a colour is text such as &quot;#1A2B3C&quot;, not {kind}</source>
        <translation>eine Farbe ist Text wie „#1A2B3C“, nicht {kind}</translation>
    </message>
    <message>
        <source>{value} is not a colour: each of r, g, b must be 0 to 255</source>
        <translation>{value} ist keine Farbe: r, g und b müssen jeweils zwischen 0 und 255 liegen</translation>
    </message>
    <message>
        <source>{value} is not a colour; write #RGB, #RRGGBB or rgb(r, g, b)</source>
        <translation>{value} ist keine Farbe; schreiben Sie #RGB, #RRGGBB oder rgb(r, g, b)</translation>
    </message>
    <message>
        <source>colour component {value} is outside 0 to 255</source>
        <translation>Farbanteil {value} liegt nicht zwischen 0 und 255</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>thumbnail</source>
        <translation>Miniatur</translation>
    </message>
    <message>
        <source>{width} x {height} px</source>
        <translation>{width} x {height} px</translation>
    </message>
    <message>
        <source>Only Apple shows a thumbnail, and only on generic passes.</source>
        <translation>Nur Apple zeigt eine Miniatur an, und nur auf allgemeinen Pässen.</translation>
    </message>
    <message>
        <source>Apple shows no banner on a generic pass; Google does.</source>
        <translation>Apple zeigt auf einem allgemeinen Pass kein Banner an; Google schon.</translation>
    </message>
    <message>
        <source>PassEntry documents no size for the {what}.</source>
        <translation>PassEntry dokumentiert keine Größe für: {what}.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s {what} size is {size} (1125 x 294 on an Apple event ticket).</source>
        <translation>PassEntry-Größe für {what}: {size} (1125 x 294 auf einem Apple-Veranstaltungsticket).</translation>
    </message>
    <message>
        <source>PassEntry&apos;s {what} size is {size}.</source>
        <translation>PassEntry-Größe für {what}: {size}.</translation>
    </message>
    <message>
        <source>This {what} has no size; it cannot be shown.</source>
        <translation>{what} hat keine Größe und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Smaller than {size} (PassEntry&apos;s {what} size): it may look blurred on a phone.</source>
        <translation>Kleiner als {size} (PassEntry-Größe für {what}): Es kann auf einem Telefon unscharf wirken.</translation>
    </message>
    <message>
        <source>Not the {what}&apos;s shape ({width}:{height}); it will be cropped or squeezed.</source>
        <translation>Nicht das Seitenverhältnis für {what} ({width}:{height}); es wird beschnitten oder gestaucht.</translation>
    </message>
    <message>
        <source>Thumbnails are shown about square; this one will be cropped.</source>
        <translation>Miniaturen werden etwa quadratisch angezeigt; diese wird beschnitten.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <comment>two sentences one after the other</comment>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>background colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <source>text colour</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <source>label colour</source>
        <translation>Beschriftungsfarbe</translation>
    </message>
    <message>
        <source>generic</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>loyalty card</source>
        <translation>Treuekarte</translation>
    </message>
    <message>
        <source>event ticket</source>
        <translation>Veranstaltungsticket</translation>
    </message>
    <message>
        <source>transit</source>
        <translation>Fahrkarte</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfbereich</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Transit type</source>
        <translation>Verkehrsmittel</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Beschriftungsfarbe</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Wasserzeichen</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standardsprache</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <comment>a list&apos;s comma</comment>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>a generic template</source>
        <translation>eine allgemeine Vorlage</translation>
    </message>
    <message>
        <source>a loyalty card template</source>
        <translation>eine Treuekarten-Vorlage</translation>
    </message>
    <message>
        <source>an event ticket template</source>
        <translation>eine Veranstaltungsticket-Vorlage</translation>
    </message>
    <message>
        <source>a transit template</source>
        <translation>eine Fahrkarten-Vorlage</translation>
    </message>
    <message>
        <source>a {type} template</source>
        <translation>eine Vorlage vom Typ {type}</translation>
    </message>
    <message>
        <source>Header field {number}</source>
        <translation>Feld {number} im Kopfbereich</translation>
    </message>
    <message>
        <source>Central field {number}</source>
        <translation>Feld {number} in der Mitte</translation>
    </message>
    <message>
        <source>Details field {number}</source>
        <translation>Feld {number} in den Details</translation>
    </message>
    <message>
        <source>Back field {number}</source>
        <translation>Feld {number} auf der Rückseite</translation>
    </message>
    <message>
        <source>{group} field {number}</source>
        <translation>{group}, Feld {number}</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>Felder im Kopfbereich</translation>
    </message>
    <message>
        <source>Central fields</source>
        <translation>Felder in der Mitte</translation>
    </message>
    <message>
        <source>Details fields</source>
        <translation>Felder in den Details</translation>
    </message>
    <message>
        <source>Back fields</source>
        <translation>Felder auf der Rückseite</translation>
    </message>
    <message>
        <source>at least one header field</source>
        <translation>mindestens ein Feld im Kopfbereich</translation>
    </message>
    <message>
        <source>at least one central field</source>
        <translation>mindestens ein Feld in der Mitte</translation>
    </message>
    <message>
        <source>at least one details field</source>
        <translation>mindestens ein Feld in den Details</translation>
    </message>
    <message>
        <source>at least one back field</source>
        <translation>mindestens ein Feld auf der Rückseite</translation>
    </message>
    <message>
        <source>the template has no name</source>
        <translation>die Vorlage hat keinen Namen</translation>
    </message>
    <message>
        <source>no template type; the known types are {known}</source>
        <translation>kein Vorlagentyp; bekannte Typen sind {known}</translation>
    </message>
    <message>
        <source>template type {type} is not one passdesk knows ({known}); the previews may not match</source>
        <translation>Vorlagentyp {type} ist passdesk nicht bekannt ({known}); die Vorschauen stimmen evtl. nicht</translation>
    </message>
    <message>
        <source>no transit type; a transit template needs one of {known}</source>
        <translation>kein Verkehrsmittel; eine Fahrkarten-Vorlage braucht eines von {known}</translation>
    </message>
    <message>
        <source>transit type {type}; a transit template needs one of {known}</source>
        <translation>Verkehrsmittel {type}; eine Fahrkarten-Vorlage braucht eines von {known}</translation>
    </message>
    <message>
        <source>the {what} is {value}, not a colour; write #RGB, #RRGGBB or rgb(r, g, b)</source>
        <translation>{what} ist {value}, keine Farbe; schreiben Sie #RGB, #RRGGBB oder rgb(r, g, b)</translation>
    </message>
    <message>
        <source>the {what} {problem}</source>
        <comment>{problem}: &apos;#12&apos; is not a colour…</comment>
        <translation>{what}: {problem}</translation>
    </message>
    <message>
        <source>text colour {colour} on background {background} has contrast {ratio}:1; WCAG asks for at least {minimum}:1</source>
        <translation>Textfarbe {colour} auf Hintergrund {background} hat Kontrast {ratio}:1; WCAG verlangt mindestens {minimum}:1</translation>
    </message>
    <message>
        <source>label colour {colour} on background {background} has contrast {ratio}:1; WCAG asks for at least {minimum}:1</source>
        <translation>Beschriftungsfarbe {colour} auf Hintergrund {background} hat Kontrast {ratio}:1; WCAG verlangt mindestens {minimum}:1</translation>
    </message>
    <message>
        <source>the {what} {value} is not an https URL or a PNG or JPEG image</source>
        <translation>{what} {value} ist keine https-URL und kein PNG- oder JPEG-Bild</translation>
    </message>
    <message>
        <source>Google shows the logo in a circle: a wide logo is cut; use a square logo</source>
        <translation>Google zeigt das Logo in einem Kreis: Ein breites Logo wird abgeschnitten; verwenden Sie ein quadratisches Logo</translation>
    </message>
    <message>
        <source>the watermark is light or dark, at a corner of the pass</source>
        <translation>das Wasserzeichen ist hell oder dunkel, in einer Ecke des Passes</translation>
    </message>
    <message>
        <source>barcode type {type} is not one of {known}</source>
        <translation>Barcode-Typ {type} ist keiner von {known}</translation>
    </message>
    <message>
        <source>the barcode holds {source}; it can hold the pass id (uuid), the External ID (extId) or your own text (custom)</source>
        <translation>der Barcode enthält {source}; er kann die Pass-ID (uuid), die externe ID (extId) oder Ihren eigenen Text (custom) enthalten</translation>
    </message>
    <message>
        <source>the barcode holds your own text, but the text is empty</source>
        <translation>der Barcode enthält Ihren eigenen Text, aber der Text ist leer</translation>
    </message>
    <message>
        <source>the barcode is {value}, not a barcode object</source>
        <translation>der Barcode ist {value}, kein Barcode-Objekt</translation>
    </message>
    <message>
        <source>it has a label but no field id; passes cannot fill it</source>
        <translation>es hat eine Beschriftung, aber keine Feld-ID; Pässe können es nicht füllen</translation>
    </message>
    <message>
        <source>it has a default value but no field id; passes cannot fill it</source>
        <translation>es hat einen Standardwert, aber keine Feld-ID; Pässe können es nicht füllen</translation>
    </message>
    <message>
        <source>field id {id} should use only letters, digits and _ and not start with a digit</source>
        <translation>Feld-ID {id} sollte nur Buchstaben, Ziffern und _ enthalten und nicht mit einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>field id {id} is used more than once (also {others})</source>
        <translation>Feld-ID {id} wird mehrfach verwendet (auch {others})</translation>
    </message>
    <message>
        <source>{type} needs {fields}</source>
        <comment>a generic template needs at least one central field</comment>
        <translation>{type} braucht {fields}</translation>
    </message>
    <message>
        <source>a transit pass shows two central fields, where from and where to; add the second</source>
        <translation>eine Fahrkarte zeigt zwei Felder in der Mitte, Abfahrt und Ziel; fügen Sie das zweite hinzu</translation>
    </message>
    <message>
        <source>one central field</source>
        <translation>ein Feld in der Mitte</translation>
    </message>
    <message numerus="yes">
        <source>%n central field(s)</source>
        <translation>
            <numerusform>%n Feld in der Mitte</numerusform>
            <numerusform>%n Felder in der Mitte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s)</source>
        <translation>
            <numerusform>%n Feld im Kopfbereich</numerusform>
            <numerusform>%n Felder im Kopfbereich</numerusform>
        </translation>
    </message>
    <message>
        <source>{wallet} shows {what} on {type}: this one is not drawn</source>
        <translation>Für {type} zeigt {wallet} {what}: dieses wird nicht gezeichnet</translation>
    </message>
    <message>
        <source>a template is a JSON object, not {kind}</source>
        <translation>eine Vorlage ist ein JSON-Objekt, nicht {kind}</translation>
    </message>
    <message>
        <source>this is a list of templates (&quot;data&quot; is a list), not one template</source>
        <translation>dies ist eine Liste von Vorlagen („data“ ist eine Liste), keine einzelne Vorlage</translation>
    </message>
    <message>
        <source>&quot;data&quot; is {kind}, not a template resource</source>
        <translation>„data“ ist {kind}, keine Vorlagen-Ressource</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>&quot;data.attributes&quot; is missing</comment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>&quot;data.attributes&quot; is {kind}; a template resource keeps its fields there</source>
        <translation>„data.attributes“ ist {kind}; eine Vorlagen-Ressource hat dort ihre Felder</translation>
    </message>
    <message>
        <source>&quot;attributes&quot; is {kind}, not an object of template fields</source>
        <translation>„attributes“ ist {kind}, kein Objekt mit Vorlagenfeldern</translation>
    </message>
    <message>
        <source>&quot;passTemplate&quot; is {kind}, not an object of template fields</source>
        <translation>„passTemplate“ ist {kind}, kein Objekt mit Vorlagenfeldern</translation>
    </message>
    <message>
        <source>the text is empty; a template is a JSON object</source>
        <translation>der Text ist leer; eine Vorlage ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>line {line}: {problem} (column {column})</source>
        <comment>{problem}: the JSON reader&apos;s English words</comment>
        <translation>Zeile {line}: {problem} (Spalte {column})</translation>
    </message>
    <message>
        <source>{slot} is empty; give the field an id first</source>
        <translation>{slot} ist leer; geben Sie dem Feld zuerst eine ID</translation>
    </message>
    <message>
        <source>{group} has no empty slot; remove or move a field first</source>
        <translation>{group} hat keinen freien Platz; entfernen oder verschieben Sie zuerst ein Feld</translation>
    </message>
    <message>
        <source>{slot} is empty; there is no field to move</source>
        <translation>{slot} ist leer; es gibt kein Feld zum Verschieben</translation>
    </message>
    <message>
        <source>this is a {type} resource, not a pass template</source>
        <translation>dies ist eine Ressource vom Typ {type}, keine Pass-Vorlage</translation>
    </message>
    <message numerus="yes">
        <source>{wallet}: the value {text} will be cut off; about {fit} of %n characters fit</source>
        <translation>
            <numerusform>{wallet}: Der Wert {text} wird abgeschnitten; etwa {fit} von %n Zeichen passen</numerusform>
            <numerusform>{wallet}: Der Wert {text} wird abgeschnitten; etwa {fit} von %n Zeichen passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{wallet}: the label {text} will be cut off; about {fit} of %n characters fit</source>
        <translation>
            <numerusform>{wallet}: Die Beschriftung {text} wird abgeschnitten; etwa {fit} von %n Zeichen passen</numerusform>
            <numerusform>{wallet}: Die Beschriftung {text} wird abgeschnitten; etwa {fit} von %n Zeichen passen</numerusform>
        </translation>
    </message>
    <message>
        <source>a number</source>
        <comment>what a JSON value is</comment>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>what a JSON value is</comment>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>what a JSON value is</comment>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>Englisch (UK)</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>Englisch (USA)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugiesisch (Brasilien)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Isländisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinesisch (vereinfacht)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinesisch (traditionell)</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Irisch</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Walisisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation>Deutsch (Österreich)</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>Deutsch (Schweiz)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Französisch (Kanada)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Spanisch (Mexiko)</translation>
    </message>
    <message>
        <source>English (UK, {tag})</source>
        <translation>Englisch (UK, {tag})</translation>
    </message>
    <message>
        <source>English (US, {tag})</source>
        <translation>Englisch (USA, {tag})</translation>
    </message>
    <message>
        <source>Portuguese (Brazil, {tag})</source>
        <translation>Portugiesisch (Brasilien, {tag})</translation>
    </message>
    <message>
        <source>Chinese (Simplified, {tag})</source>
        <translation>Chinesisch (vereinfacht, {tag})</translation>
    </message>
    <message>
        <source>Chinese (Traditional, {tag})</source>
        <translation>Chinesisch (traditionell, {tag})</translation>
    </message>
    <message>
        <source>German (Austria, {tag})</source>
        <translation>Deutsch (Österreich, {tag})</translation>
    </message>
    <message>
        <source>German (Switzerland, {tag})</source>
        <translation>Deutsch (Schweiz, {tag})</translation>
    </message>
    <message>
        <source>French (Canada, {tag})</source>
        <translation>Französisch (Kanada, {tag})</translation>
    </message>
    <message>
        <source>Spanish (Mexico, {tag})</source>
        <translation>Spanisch (Mexiko, {tag})</translation>
    </message>
    <message>
        <source>{tag} is not a language tag such as de, de-AT or pt-BR</source>
        <translation>{tag} ist kein Sprach-Tag wie de, de-AT oder pt-BR</translation>
    </message>
    <message>
        <source>{tag} is not a language tag such as de, de-AT, pt-BR or zh-Hant</source>
        <translation>{tag} ist kein Sprach-Tag wie de, de-AT, pt-BR oder zh-Hant</translation>
    </message>
    <message>
        <source>An empty tag is not a language; type one such as de or pt-BR</source>
        <translation>Ein leeres Tag ist keine Sprache; geben Sie eines wie de oder pt-BR ein</translation>
    </message>
    <message>
        <source>{language} ({subtags})</source>
        <comment>a language with the rest of its tag: German (AT)</comment>
        <translation>{language} ({subtags})</translation>
    </message>
    <message>
        <source>{language} ({subtags}, {tag})</source>
        <translation>{language} ({subtags}, {tag})</translation>
    </message>
    <message>
        <source>{language} ({tag})</source>
        <comment>a language and its tag: German (de)</comment>
        <translation>{language} ({tag})</translation>
    </message>
    <message>
        <source>the default language is {language}; PassEntry advises English, which iPhones fall back to</source>
        <translation>die Standardsprache ist {language}; PassEntry empfiehlt Englisch, worauf iPhones zurückgreifen</translation>
    </message>
    <message>
        <source>it has a {language} translation, but {name} is the default language: the translation replaces the base text; keep one</source>
        <translation>es gibt eine Übersetzung in {language}, aber {name} ist die Standardsprache: Die Übersetzung ersetzt den Grundtext; behalten Sie nur eines</translation>
    </message>
    <message>
        <source>phones in {name} show the {shown} one</source>
        <translation>Telefone mit Sprache {name} zeigen die Fassung in {shown}</translation>
    </message>
    <message>
        <source>iPhones in {name} show the {apple} one, Android phones the {google} one</source>
        <translation>iPhones mit Sprache {name} zeigen die Fassung in {apple}, Android-Telefone die in {google}</translation>
    </message>
    <message>
        <source>no {language} label or default value: {instead}</source>
        <translation>keine Beschriftung und kein Standardwert in {language}: {instead}</translation>
    </message>
    <message>
        <source>no {language} label: {instead}</source>
        <translation>keine Beschriftung in {language}: {instead}</translation>
    </message>
    <message>
        <source>no {language} default value: {instead}</source>
        <translation>kein Standardwert in {language}: {instead}</translation>
    </message>
    <message>
        <source>{type} codes cannot be drawn here; the value is shown as text.</source>
        <translation>{type}-Codes können hier nicht gezeichnet werden; der Wert wird als Text angezeigt.</translation>
    </message>
    <message>
        <source>This {type} code cannot be drawn ({reason}); the value is shown as text.</source>
        <translation>Dieser {type}-Code kann nicht gezeichnet werden ({reason}); der Wert wird als Text angezeigt.</translation>
    </message>
    <message>
        <source>Image · {what}</source>
        <comment>a preview placeholder</comment>
        <translation>Bild · {what}</translation>
    </message>
    <message>
        <source>logo</source>
        <comment>a preview placeholder</comment>
        <translation>Logo</translation>
    </message>
    <message>
        <source>{type} codes are not drawn here</source>
        <translation>{type}-Codes werden hier nicht gezeichnet</translation>
    </message>
    <message>
        <source>cannot be drawn</source>
        <comment>a barcode in the preview</comment>
        <translation>nicht darstellbar</translation>
    </message>
    <message>
        <source>web image</source>
        <comment>a preview placeholder</comment>
        <translation>Webbild</translation>
    </message>
    <message>
        <source>not an image</source>
        <comment>a preview placeholder</comment>
        <translation>kein Bild</translation>
    </message>
    <message>
        <source>broken image</source>
        <comment>a preview placeholder</comment>
        <translation>defektes Bild</translation>
    </message>
    <message>
        <source>image too large</source>
        <comment>a preview placeholder</comment>
        <translation>Bild zu groß</translation>
    </message>
    <message>
        <source>cannot write the preview to {file}: the PNG could not be written (is the disk full?)</source>
        <translation>Vorschau kann nicht in {file} geschrieben werden: Das PNG ließ sich nicht schreiben (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>On PassEntry…</source>
        <translation>Auf PassEntry…</translation>
    </message>
    <message>
        <source>Banner from PassEntry&apos;s images</source>
        <translation>Banner aus den PassEntry-Bildern</translation>
    </message>
    <message>
        <source>Logo from PassEntry&apos;s images</source>
        <translation>Logo aus den PassEntry-Bildern</translation>
    </message>
    <message>
        <source>Upload a {what} to PassEntry, or pick one of your account&apos;s images; the template then uses its web address.</source>
        <translation>Laden Sie ein Bild ({what}) zu PassEntry hoch oder wählen Sie eines der Bilder Ihres Kontos; die Vorlage verwendet dann dessen Webadresse.</translation>
    </message>
    <message>
        <source>Image on PassEntry, {width} x {height} px</source>
        <translation>Bild auf PassEntry, {width} x {height} px</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Treuekarte</translation>
    </message>
    <message>
        <source>Event ticket</source>
        <translation>Veranstaltungsticket</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Fahrkarte</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Flugzeug</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Zug</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Fähre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Oben links</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Oben rechts</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Unten links</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Unten rechts</translation>
    </message>
    <message>
        <source>The pass ID</source>
        <translation>Die Pass-ID</translation>
    </message>
    <message>
        <source>The External ID</source>
        <translation>Die externe ID</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Ihr eigener Text</translation>
    </message>
    <message>
        <source>Changed since it was published: the changes are kept here as a draft; PassEntry still has the published version.</source>
        <translation>Seit der Veröffentlichung geändert: Die Änderungen bleiben hier als Entwurf; PassEntry hat noch die veröffentlichte Version.</translation>
    </message>
    <message>
        <source>Opened from PassEntry, unchanged.</source>
        <translation>Von PassEntry geöffnet, unverändert.</translation>
    </message>
    <message>
        <source>Draft, saved on this computer; not published.</source>
        <translation>Entwurf, auf diesem Computer gespeichert; nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation>Unbenannte Vorlage</translation>
    </message>
    <message>
        <source>• Changes not published to PassEntry yet</source>
        <translation>• Änderungen noch nicht bei PassEntry veröffentlicht</translation>
    </message>
    <message>
        <source>On PassEntry as shown</source>
        <translation>Auf PassEntry wie angezeigt</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved as a draft on this computer</source>
        <translation>Als Entwurf auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no template type</comment>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>edit {key}</source>
        <comment>an undo step; {key}: its JSON name</comment>
        <translation>{key} bearbeiten</translation>
    </message>
    <message>
        <source>template type</source>
        <comment>an undo step</comment>
        <translation>Vorlagentyp</translation>
    </message>
    <message>
        <source>transit type</source>
        <comment>an undo step</comment>
        <translation>Verkehrsmittel</translation>
    </message>
    <message>
        <source>watermark</source>
        <comment>an undo step</comment>
        <translation>Wasserzeichen</translation>
    </message>
    <message>
        <source>edit {key} colour</source>
        <comment>an undo step; {key}: its JSON name</comment>
        <translation>Farbe {key} bearbeiten</translation>
    </message>
    <message>
        <source>remove {key}</source>
        <comment>an undo step; {key}: logo, banner…</comment>
        <translation>{key} entfernen</translation>
    </message>
    <message>
        <source>choose {key}</source>
        <comment>an undo step; {key}: logo, banner…</comment>
        <translation>{key} auswählen</translation>
    </message>
    <message>
        <source>barcode</source>
        <comment>an undo step</comment>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>barcode text</source>
        <comment>an undo step</comment>
        <translation>Barcode-Text</translation>
    </message>
    <message>
        <source>To Header</source>
        <translation>In Kopfbereich</translation>
    </message>
    <message>
        <source>To Central</source>
        <translation>In Mitte</translation>
    </message>
    <message>
        <source>To Details</source>
        <translation>In Details</translation>
    </message>
    <message>
        <source>To Back</source>
        <translation>Auf Rückseite</translation>
    </message>
    <message>
        <source>The {group} group has no empty slot; remove or move a field first.</source>
        <translation>Die Gruppe {group} hat keinen freien Platz; entfernen oder verschieben Sie zuerst ein Feld.</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>{language} · default</source>
        <translation>{language} · Standard</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <source>Language of the labels and default values
(pick one, or type a tag such as de-AT or pt-BR):</source>
        <translation>Sprache der Beschriftungen und Standardwerte
(eine auswählen oder ein Tag wie de-AT oder pt-BR eingeben):</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>adds a language</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>{reason}. No language was added.</source>
        <translation>{reason}. Es wurde keine Sprache hinzugefügt.</translation>
    </message>
    <message>
        <source>{language} is the default language already: its labels are the base ones.</source>
        <translation>{language} ist bereits die Standardsprache: Ihre Beschriftungen sind die Grundbeschriftungen.</translation>
    </message>
    <message>
        <source>add {language}</source>
        <comment>an undo step</comment>
        <translation>{language} hinzufügen</translation>
    </message>
    <message>
        <source>remove {language}</source>
        <comment>an undo step</comment>
        <translation>{language} entfernen</translation>
    </message>
    <message>
        <source>sample value of {field}</source>
        <comment>an undo step</comment>
        <translation>Beispielwert von {field}</translation>
    </message>
    <message>
        <source>field id of {where}</source>
        <comment>an undo step</comment>
        <translation>Feld-ID von {where}</translation>
    </message>
    <message>
        <source>{language} label of {where}</source>
        <comment>an undo step</comment>
        <translation>Beschriftung ({language}) von {where}</translation>
    </message>
    <message>
        <source>{language} default of {where}</source>
        <comment>an undo step</comment>
        <translation>Standardwert ({language}) von {where}</translation>
    </message>
    <message>
        <source>label of {where}</source>
        <comment>an undo step</comment>
        <translation>Beschriftung von {where}</translation>
    </message>
    <message>
        <source>default of {where}</source>
        <comment>an undo step</comment>
        <translation>Standardwert von {where}</translation>
    </message>
    <message>
        <source>Field {number}</source>
        <comment>a new field&apos;s label</comment>
        <translation>Feld {number}</translation>
    </message>
    <message>
        <source>add {field}</source>
        <comment>an undo step</comment>
        <translation>{field} hinzufügen</translation>
    </message>
    <message>
        <source>remove {field}</source>
        <comment>an undo step</comment>
        <translation>{field} entfernen</translation>
    </message>
    <message>
        <source>reorder fields</source>
        <comment>an undo step</comment>
        <translation>Felder neu anordnen</translation>
    </message>
    <message>
        <source>move {field} to {group}</source>
        <comment>an undo step</comment>
        <translation>{field} verschieben nach {group}</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s logo size is 480 x 150 px: Apple shows it up to 160 x 50 points beside the template name; Google shows it in a circle, so keep the mark in the middle.</source>
        <translation>PNG oder JPEG, höchstens 1 MB. Die PassEntry-Logogröße ist 480 x 150 px: Apple zeigt es mit bis zu 160 x 50 Punkt neben dem Vorlagennamen; Google zeigt es in einem Kreis, also halten Sie das Zeichen in der Mitte.</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s banner size is 1125 x 432 px (1125 x 294 on an Apple event ticket).</source>
        <translation>PNG oder JPEG, höchstens 1 MB. Die PassEntry-Bannergröße ist 1125 x 432 px (1125 x 294 auf einem Apple-Veranstaltungsticket).</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s icon size is 660 x 660 px: the phone shows it beside notifications.</source>
        <translation>PNG oder JPEG, höchstens 1 MB. Die PassEntry-Symbolgröße ist 660 x 660 px: Das Telefon zeigt es neben Mitteilungen.</translation>
    </message>
    <message>
        <source>A web image (not shown offline)</source>
        <translation>Ein Webbild (offline nicht angezeigt)</translation>
    </message>
    <message>
        <source>{kind}, {width} x {height} px, {size}, aspect {ratio}:1</source>
        <translation>{kind}, {width} x {height} px, {size}, Seitenverhältnis {ratio}:1</translation>
    </message>
    <message>
        <source>{kind}, {width} x {height} px, {size}</source>
        <translation>{kind}, {width} x {height} px, {size}</translation>
    </message>
    <message>
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Less than {height} px high (PassEntry&apos;s logo is {width} x {height} px): it may look blurred on a phone.</source>
        <translation>Weniger als {height} px hoch (das PassEntry-Logo hat {width} x {height} px): Es kann auf einem Telefon unscharf wirken.</translation>
    </message>
    <message>
        <source>Banners are {width} x {height} px (1125 x 294 on an Apple event ticket); this one will be cropped.</source>
        <translation>Banner haben {width} x {height} px (1125 x 294 auf einem Apple-Veranstaltungsticket); dieses wird beschnitten.</translation>
    </message>
    <message>
        <source>Icons are square ({width} x {height} px); this one will be cropped or squeezed.</source>
        <translation>Symbole sind quadratisch ({width} x {height} px); dieses wird beschnitten oder gestaucht.</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be used; this file is {kind}.</source>
        <translation>Nur PNG- und JPEG-Bilder sind möglich; diese Datei ist {kind}.</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be used.</source>
        <translation>Nur PNG- und JPEG-Bilder sind möglich.</translation>
    </message>
    <message>
        <source>The image cannot be read: {reason}.</source>
        <translation>Das Bild kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{file} is {mb} MB; an image may be at most 1 MB. Save it smaller or as JPEG.</source>
        <translation>{file} hat {mb} MB; ein Bild darf höchstens 1 MB groß sein. Speichern Sie es kleiner oder als JPEG.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{reason}. The default language stays {tag}.</source>
        <translation>{reason}. Die Standardsprache bleibt {tag}.</translation>
    </message>
    <message>
        <source>Google shows the default language ({tag})</source>
        <translation>Google zeigt die Standardsprache ({tag})</translation>
    </message>
    <message>
        <source>Apple shows {language}</source>
        <translation>Apple zeigt {language}</translation>
    </message>
    <message>
        <source>Apple shows {languages} and {last}</source>
        <translation>Apple zeigt {languages} und {last}</translation>
    </message>
    <message>
        <source>Where {language} is missing, {shown}</source>
        <comment>{shown}: Apple shows … / Google shows …</comment>
        <translation>Wo {language} fehlt: {shown}</translation>
    </message>
    <message>
        <source>Template JSON ({patterns});;All files ({all})</source>
        <translation>Vorlagen-JSON ({patterns});;Alle Dateien ({all})</translation>
    </message>
    <message>
        <source>This template was in PassEntry&apos;s old layout; it is shown in the current one (header, central, details and back fields). Publishing sends the current layout.</source>
        <translation>Diese Vorlage hatte das alte PassEntry-Layout; sie wird im aktuellen angezeigt (Felder im Kopfbereich, in der Mitte, in den Details und auf der Rückseite). Beim Veröffentlichen wird das aktuelle Layout gesendet.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo {step} (Ctrl+Z)</source>
        <translation>Rückgängig: {step} (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>Wiederholen: {step}</translation>
    </message>
    <message>
        <source>The drafts</source>
        <translation>Die Entwürfe</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>No drafts yet: a template you edit here is saved as a draft.</source>
        <translation>Noch keine Entwürfe: Eine Vorlage, die Sie hier bearbeiten, wird als Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>The draft</source>
        <translation>Der Entwurf</translation>
    </message>
    <message>
        <source>The draft {name} cannot be opened: {reason}</source>
        <translation>Der Entwurf {name} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>The synced templates</source>
        <translation>Die synchronisierten Vorlagen</translation>
    </message>
    <message>
        <source>Open a synced template</source>
        <translation>Synchronisierte Vorlage öffnen</translation>
    </message>
    <message>
        <source>No templates here yet: sync with PassEntry (templates come with their passes), or add one by its ID with Add by ID.</source>
        <translation>Noch keine Vorlagen hier: Synchronisieren Sie mit PassEntry (Vorlagen kommen mit ihren Pässen) oder fügen Sie eine mit „Per ID hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <source>The template</source>
        <translation>Die Vorlage</translation>
    </message>
    <message>
        <source>Template {id} is not in the local store.</source>
        <translation>Vorlage {id} ist nicht in der lokalen Datenbank.</translation>
    </message>
    <message>
        <source>Template {id} cannot be opened: {reason}</source>
        <translation>Vorlage {id} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Vorlage importieren</translation>
    </message>
    <message>
        <source>{file} is not a pass template: {reason}</source>
        <translation>{file} ist keine Pass-Vorlage: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Imported {file}. {converted}</source>
        <translation>{file} importiert. {converted}</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>{file} importiert.</translation>
    </message>
    <message>
        <source>{what} could not be read from the local store: {reason}</source>
        <translation>{what} konnte nicht aus der lokalen Datenbank gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Vorlage exportieren</translation>
    </message>
    <message>
        <source>The template was not exported: {reason}</source>
        <translation>Die Vorlage wurde nicht exportiert: {reason}</translation>
    </message>
    <message>
        <source>Exported the template to {path}.</source>
        <translation>Vorlage nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Export the previews to a folder</source>
        <translation>Vorschauen in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>The previews were not exported: {reason}</source>
        <translation>Die Vorschauen wurden nicht exportiert: {reason}</translation>
    </message>
    <message>
        <source>Exported {first} and {second} to {folder}.</source>
        <translation>{first} und {second} nach {folder} exportiert.</translation>
    </message>
    <message>
        <source>Exported {files} to {folder}.</source>
        <translation>{files} nach {folder} exportiert.</translation>
    </message>
    <message>
        <source>The published version waits in the outbox unchanged; your new changes are saved as a new draft.</source>
        <translation>Die veröffentlichte Version wartet unverändert im Postausgang; Ihre neuen Änderungen werden als neuer Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>The draft {name} was not saved: {reason}</source>
        <translation>Der Entwurf {name} wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Not published: fix the errors first. {place}: {message}.</source>
        <translation>Nicht veröffentlicht: Beheben Sie zuerst die Fehler. {place}: {message}.</translation>
    </message>
    <message>
        <source>The templates</source>
        <translation>Die Vorlagen</translation>
    </message>
    <message>
        <source>Not published: a manager&apos;s PIN was not given.</source>
        <translation>Nicht veröffentlicht: Die PIN der Leitung wurde nicht eingegeben.</translation>
    </message>
    <message>
        <source>Not published: {reason}</source>
        <translation>Nicht veröffentlicht: {reason}</translation>
    </message>
    <message>
        <source>Queued for publishing, but not in the audit trail (the store refused the entry): tell a manager.</source>
        <translation>Zur Veröffentlichung vorgemerkt, aber nicht im Prüfprotokoll (die Datenbank hat den Eintrag abgelehnt): Informieren Sie die Leitung.</translation>
    </message>
    <message numerus="yes">
        <source>{used} of %Ln slot(s) used</source>
        <translation>
            <numerusform>{used} von %Ln Platz belegt</numerusform>
            <numerusform>{used} von %Ln Plätzen belegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not published: fix the errors first. {place}: {message} (and %Ln more).</source>
        <translation>
            <numerusform>Nicht veröffentlicht: Beheben Sie zuerst die Fehler. {place}: {message} (und %Ln weiterer).</numerusform>
            <numerusform>Nicht veröffentlicht: Beheben Sie zuerst die Fehler. {place}: {message} (und %Ln weitere).</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy was not published: {reason}</source>
        <translation>Die Kopie wurde nicht veröffentlicht: {reason}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>What a phone set to this language shows. Apple falls back to English, then the first language alphabetically; Google to the template&apos;s default language. Pick one or type a tag such as de-AT.</source>
        <translation>Was ein Telefon in dieser Sprache zeigt. Apple weicht auf Englisch aus, dann auf die alphabetisch erste Sprache; Google auf die Standardsprache der Vorlage. Wählen Sie eine aus oder geben Sie ein Tag wie de-AT ein.</translation>
    </message>
    <message>
        <source>Phone language of the previews</source>
        <translation>Telefonsprache der Vorschauen</translation>
    </message>
    <message>
        <source>Phone &amp;language</source>
        <translation>Telefon&amp;sprache</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>{note}. The template has no {language} labels for some fields; each wallet falls back in its own way.</source>
        <translation>{note}. Die Vorlage hat für einige Felder keine Beschriftungen in {language}; jedes Wallet weicht auf seine eigene Art aus.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Error · {place}: {message}</source>
        <translation>Fehler · {place}: {message}</translation>
    </message>
    <message>
        <source>Warning · {place}: {message}</source>
        <translation>Warnung · {place}: {message}</translation>
    </message>
    <message>
        <source>Publishing it would make a second template with that name. You can publish a copy as a new template under a new name.</source>
        <translation>Beim Veröffentlichen entstünde eine zweite Vorlage mit diesem Namen. Sie können eine Kopie als neue Vorlage unter einem neuen Namen veröffentlichen.</translation>
    </message>
    <message>
        <source>Only what you changed is sent; passes made with the template show the changes. Or publish a copy as a new template under a new name.</source>
        <translation>Nur Ihre Änderungen werden gesendet; mit der Vorlage erstellte Pässe zeigen die Änderungen. Oder veröffentlichen Sie eine Kopie als neue Vorlage unter einem neuen Namen.</translation>
    </message>
    <message>
        <source>It is sent now if the connection is up, otherwise as soon as it is.</source>
        <translation>Sie wird sofort gesendet, wenn eine Verbindung besteht, sonst sobald sie besteht.</translation>
    </message>
    <message>
        <source>It was published from this design already.</source>
        <translation>Sie wurde bereits aus diesem Entwurf veröffentlicht.</translation>
    </message>
    <message>
        <source>It was opened from a template PassEntry has.</source>
        <translation>Sie wurde aus einer Vorlage von PassEntry geöffnet.</translation>
    </message>
    <message>
        <source>It has the name of a template that is on PassEntry (or queued to be).</source>
        <translation>Sie hat den Namen einer Vorlage, die auf PassEntry ist (oder dafür vorgemerkt).</translation>
    </message>
    <message>
        <source>It is there.</source>
        <translation>Sie ist dort.</translation>
    </message>
    <message>
        <source>“{name}” is queued to be published from this design already.</source>
        <translation>„{name}“ ist bereits aus diesem Entwurf zur Veröffentlichung vorgemerkt.</translation>
    </message>
    <message>
        <source>“{name}” was published from this design already.</source>
        <translation>„{name}“ wurde bereits aus diesem Entwurf veröffentlicht.</translation>
    </message>
    <message>
        <source>“{name}” was opened from a template PassEntry has.</source>
        <translation>„{name}“ wurde aus einer Vorlage von PassEntry geöffnet.</translation>
    </message>
    <message>
        <source>“{name}” has the name of a template that is on PassEntry (or queued to be).</source>
        <translation>„{name}“ hat den Namen einer Vorlage, die auf PassEntry ist (oder dafür vorgemerkt).</translation>
    </message>
    <message>
        <source>“{name}” is there.</source>
        <translation>„{name}“ ist dort.</translation>
    </message>
    <message>
        <source>Publish template</source>
        <translation>Vorlage veröffentlichen</translation>
    </message>
    <message>
        <source>Update on PassEntry</source>
        <translation>Auf PassEntry aktualisieren</translation>
    </message>
    <message>
        <source>Publish a copy</source>
        <translation>Kopie veröffentlichen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Update “{name}” on PassEntry?</source>
        <translation>„{name}“ auf PassEntry aktualisieren?</translation>
    </message>
    <message>
        <source>{why} {then}</source>
        <comment>two sentences</comment>
        <translation>{why} {then}</translation>
    </message>
    <message>
        <source>Publish “{name}”?</source>
        <translation>„{name}“ veröffentlichen?</translation>
    </message>
    <message>
        <source>It goes to PassEntry as a new template.</source>
        <translation>Sie geht als neue Vorlage an PassEntry.</translation>
    </message>
    <message>
        <source>“{name}” is already on PassEntry</source>
        <translation>„{name}“ ist bereits auf PassEntry</translation>
    </message>
    <message>
        <source>The checks found nothing to warn about.</source>
        <translation>Die Prüfungen haben keine Warnungen ergeben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open warning(s) (it can be published anyway):</source>
        <translation>
            <numerusform>%Ln offene Warnung (Veröffentlichen ist trotzdem möglich):</numerusform>
            <numerusform>%Ln offene Warnungen (Veröffentlichen ist trotzdem möglich):</numerusform>
        </translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <source>The copy needs a name.</source>
        <translation>Die Kopie braucht einen Namen.</translation>
    </message>
    <message>
        <source>“{name}” is taken by a template on PassEntry (or queued); choose another name.</source>
        <translation>„{name}“ ist bereits von einer Vorlage auf PassEntry belegt (oder vorgemerkt); wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The copy is published as a new template.</source>
        <translation>Die Kopie wird als neue Vorlage veröffentlicht.</translation>
    </message>
    <message>
        <source>Queued for publishing: it is sent to PassEntry when the connection is up.</source>
        <translation>Zur Veröffentlichung vorgemerkt: Sie wird an PassEntry gesendet, sobald eine Verbindung besteht.</translation>
    </message>
    <message>
        <source>Processing at PassEntry…: PassEntry took the template and is preparing it; this takes a few moments.</source>
        <translation>Bei PassEntry in Bearbeitung…: PassEntry hat die Vorlage übernommen und bereitet sie vor; das dauert einen Moment.</translation>
    </message>
    <message>
        <source>Published to PassEntry.</source>
        <translation>Bei PassEntry veröffentlicht.</translation>
    </message>
    <message>
        <source>Publishing failed: {reason}</source>
        <translation>Veröffentlichen fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Publishing failed.</source>
        <translation>Veröffentlichen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Publish state: {state}</source>
        <translation>Veröffentlichungsstatus: {state}</translation>
    </message>
    <message>
        <source>PNG or JPEG images ({patterns})</source>
        <translation>PNG- oder JPEG-Bilder ({patterns})</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Hintergrundfarbe auswählen</translation>
    </message>
    <message>
        <source>Choose the label colour</source>
        <translation>Beschriftungsfarbe auswählen</translation>
    </message>
    <message>
        <source>Choose the text colour</source>
        <translation>Textfarbe auswählen</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>No banner</source>
        <translation>Kein Banner</translation>
    </message>
    <message>
        <source>No icon</source>
        <translation>Kein Symbol</translation>
    </message>
    <message>
        <source>{value} is not a colour; write #RGB, #RRGGBB or rgb(r, g, b). The last good colour is kept.</source>
        <translation>{value} ist keine Farbe; schreiben Sie #RGB, #RRGGBB oder rgb(r, g, b). Die letzte gültige Farbe bleibt erhalten.</translation>
    </message>
    <message>
        <source>An empty value is not a colour; write #RGB, #RRGGBB or rgb(r, g, b). The last good colour is kept.</source>
        <translation>Ein leerer Wert ist keine Farbe; schreiben Sie #RGB, #RRGGBB oder rgb(r, g, b). Die letzte gültige Farbe bleibt erhalten.</translation>
    </message>
    <message>
        <source>The {what} in the template cannot be read</source>
        <translation>{what} in der Vorlage kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Choose the {what}</source>
        <translation>{what} auswählen</translation>
    </message>
    <message>
        <source>Field id</source>
        <translation>Feld-ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Beispielwert</translation>
    </message>
    <message>
        <source>Drag a row by its number to reorder</source>
        <translation>Zeile an ihrer Nummer ziehen, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <source>Fields of the group</source>
        <translation>Felder der Gruppe</translation>
    </message>
    <message>
        <source>Label ({language})</source>
        <translation>Beschriftung ({language})</translation>
    </message>
    <message>
        <source>Default ({language})</source>
        <translation>Standard ({language})</translation>
    </message>
    <message>
        <source>{slot}: drag to reorder</source>
        <translation>{slot}: zum Neuordnen ziehen</translation>
    </message>
    <message>
        <source>In the default language: {text}</source>
        <translation>In der Standardsprache: {text}</translation>
    </message>
    <message>
        <source>An empty slot: type a field id to use it</source>
        <translation>Ein freier Platz: Geben Sie eine Feld-ID ein, um ihn zu nutzen</translation>
    </message>
    <message>
        <source>Edited in the default language</source>
        <translation>In der Standardsprache bearbeitet</translation>
    </message>
    <message>
        <source>Give the field an id first</source>
        <translation>Geben Sie dem Feld zuerst eine ID</translation>
    </message>
    <message>
        <source>Your organisation requires a watermark on banners: pick its colour and position, then upload again.</source>
        <translation>Ihre Organisation verlangt ein Wasserzeichen auf Bannern: Wählen Sie Farbe und Position und laden Sie erneut hoch.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; an image may be at most {most} MB.</source>
        <translation>{file} hat {size} MB; ein Bild darf höchstens {most} MB groß sein.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>{file} is not a picture PassEntry can take: use a PNG, JPG or WebP image.</source>
        <translation>{file} ist kein Bild, das PassEntry annimmt: Verwenden Sie ein PNG-, JPG- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>{file} is cut short or damaged: save it again and retry.</source>
        <translation>{file} ist unvollständig oder beschädigt: Speichern Sie sie erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{file} is a {kind} image; PassEntry takes PNG, JPG or WebP only. Save it as PNG and try again.</source>
        <translation>{file} ist ein {kind}-Bild; PassEntry nimmt nur PNG, JPG oder WebP an. Speichern Sie es als PNG und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Processing at PassEntry… (template {id})</source>
        <translation>Bei PassEntry in Bearbeitung… (Vorlage {id})</translation>
    </message>
    <message>
        <source>{state}  ·  {saved}</source>
        <comment>a draft in a list: its state, when it was saved</comment>
        <translation>{state}  ·  {saved}</translation>
    </message>
    <message>
        <source>{type}  ·  {id}</source>
        <comment>a template in a list: its type, its id</comment>
        <translation>{type}  ·  {id}</translation>
    </message>
    <message>
        <source>PassEntry keeps no {type} images (only banners, logos and thumbnails).</source>
        <translation>PassEntry speichert keine Bilder vom Typ {type} (nur Banner, Logos und Miniaturen).</translation>
    </message>
    <message>
        <source>Creating templates through the API is a closed beta at PassEntry; ask PassEntry to enable it. Your draft is kept.</source>
        <translation>Das Erstellen von Vorlagen über die API ist bei PassEntry eine geschlossene Beta; bitten Sie PassEntry, es freizuschalten. Ihr Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <source>{name} was published from this draft already; publish a copy under a new name instead.</source>
        <translation>{name} wurde bereits aus diesem Entwurf veröffentlicht; veröffentlichen Sie stattdessen eine Kopie unter einem neuen Namen.</translation>
    </message>
    <message>
        <source>{name} was opened from a template PassEntry has; publish a copy under a new name instead.</source>
        <translation>{name} wurde aus einer Vorlage von PassEntry geöffnet; veröffentlichen Sie stattdessen eine Kopie unter einem neuen Namen.</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name} (Kopie {number})</translation>
    </message>
    <message>
        <source>{name} has the name of a template PassEntry has (or will have); publish a copy under a new name instead.</source>
        <translation>{name} hat den Namen einer Vorlage, die PassEntry hat (oder haben wird); veröffentlichen Sie stattdessen eine Kopie unter einem neuen Namen.</translation>
    </message>
    <message>
        <source>{name} is on PassEntry; publish a copy under a new name instead.</source>
        <translation>{name} ist auf PassEntry; veröffentlichen Sie stattdessen eine Kopie unter einem neuen Namen.</translation>
    </message>
    <message>
        <source>No template draft {id} on this computer.</source>
        <translation>Kein Vorlagenentwurf {id} auf diesem Computer.</translation>
    </message>
    <message>
        <source>The draft {name} is already queued for publishing.</source>
        <translation>Der Entwurf {name} ist bereits zur Veröffentlichung vorgemerkt.</translation>
    </message>
    <message>
        <source>Type the template&apos;s ID (from the PassEntry dashboard).</source>
        <translation>Geben Sie die ID der Vorlage ein (aus dem PassEntry-Dashboard).</translation>
    </message>
    <message>
        <source>PassEntry has no template with the ID {id}; check the ID in the PassEntry dashboard.</source>
        <translation>PassEntry hat keine Vorlage mit der ID {id}; prüfen Sie die ID im PassEntry-Dashboard.</translation>
    </message>
    <message>
        <source>PassEntry cannot be reached now; the template {id} is read at the next sync.</source>
        <translation>PassEntry ist gerade nicht erreichbar; die Vorlage {id} wird bei der nächsten Synchronisierung gelesen.</translation>
    </message>
    <message>
        <source>A copy needs a name.</source>
        <translation>Eine Kopie braucht einen Namen.</translation>
    </message>
    <message>
        <source>The copy&apos;s document is not named {name}.</source>
        <translation>Das Dokument der Kopie heißt nicht {name}.</translation>
    </message>
    <message>
        <source>A draft {id} exists already; a copy is a new draft.</source>
        <translation>Ein Entwurf {id} existiert bereits; eine Kopie ist ein neuer Entwurf.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>The draft is not valid JSON (line {line}, column {column}: {problem}); fix it in the designer.</source>
        <translation>Der Entwurf ist kein gültiges JSON (Zeile {line}, Spalte {column}: {problem}); korrigieren Sie ihn im Designer.</translation>
    </message>
    <message>
        <source>The draft is not a template: its JSON is not an object.</source>
        <translation>Der Entwurf ist keine Vorlage: Sein JSON ist kein Objekt.</translation>
    </message>
    <message>
        <source>The draft is not one template: its &quot;data&quot; is not an object.</source>
        <translation>Der Entwurf ist keine einzelne Vorlage: Sein „data“ ist kein Objekt.</translation>
    </message>
    <message>
        <source>The draft is not a template: its attributes are not an object.</source>
        <translation>Der Entwurf ist keine Vorlage: Seine Attribute sind kein Objekt.</translation>
    </message>
</context>
<context>
    <name>door</name>
    <message>
        <source>{inside} / {capacity}</source>
        <comment>people inside of the capacity</comment>
        <translation>{inside} / {capacity}</translation>
    </message>
    <message>
        <source>inside of capacity</source>
        <translation>drinnen von Kapazität</translation>
    </message>
    <message>
        <source>inside</source>
        <comment>people inside now</comment>
        <translation>drinnen</translation>
    </message>
    <message>
        <source>Pick tonight&apos;s event in the list first.</source>
        <translation>Wählen Sie zuerst die heutige Veranstaltung in der Liste.</translation>
    </message>
    <message>
        <source>no event chosen yet</source>
        <translation>noch keine Veranstaltung gewählt</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>jede Veranstaltung</translation>
    </message>
    <message>
        <source>event missing</source>
        <translation>Veranstaltung fehlt</translation>
    </message>
    <message>
        <source>event not loaded yet</source>
        <translation>Veranstaltung noch nicht geladen</translation>
    </message>
    <message>
        <source>This door admits “event {id}…”, which is no longer in the events list: every ticket is denied. Choose tonight&apos;s event here or in Door settings.</source>
        <translation>Dieser Eingang lässt für „Veranstaltung {id}…“ ein, die nicht mehr in der Veranstaltungsliste ist: Jedes Ticket wird abgelehnt. Wählen Sie die heutige Veranstaltung hier oder in den Einlass-Einstellungen.</translation>
    </message>
    <message>
        <source>Which event does this door admit? Choose tonight&apos;s event, or “Any event” to let in tickets of every event on now.</source>
        <translation>Für welche Veranstaltung lässt dieser Eingang ein? Wählen Sie die heutige Veranstaltung oder „Jede Veranstaltung“, um Tickets aller laufenden Veranstaltungen einzulassen.</translation>
    </message>
    <message>
        <source>Desk “{desk}”</source>
        <translation>Arbeitsplatz „{desk}“</translation>
    </message>
    <message>
        <source>exit</source>
        <comment>the door&apos;s direction</comment>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>entry</source>
        <comment>the door&apos;s direction</comment>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>doors {opening} to {closing}</source>
        <translation>Einlass {opening} bis {closing}</translation>
    </message>
    <message>
        <source>loyalty and member cards let in</source>
        <translation>Treue- und Mitgliedskarten werden eingelassen</translation>
    </message>
    <message>
        <source>capacity {capacity}</source>
        <translation>Kapazität {capacity}</translation>
    </message>
    <message>
        <source>re-entry allowed</source>
        <translation>Wiedereinlass erlaubt</translation>
    </message>
    <message>
        <source>validated by {url} (if it does not answer: {fallback})</source>
        <translation>validiert durch {url} (falls keine Antwort: {fallback})</translation>
    </message>
    <message>
        <source>points left to the validation service</source>
        <translation>Punkte überlässt der Validierungsdienst</translation>
    </message>
    <message>
        <source>{points} per admission</source>
        <translation>{points} pro Einlass</translation>
    </message>
    <message>
        <source>loyalty cards are not let in here</source>
        <translation>Treuekarten werden hier nicht eingelassen</translation>
    </message>
    <message>
        <source>stopped, see Sync</source>
        <comment>loading passes</comment>
        <translation>angehalten, siehe Synchronisierung</translation>
    </message>
    <message>
        <source>linking tickets to their events</source>
        <comment>loading passes</comment>
        <translation>Tickets werden ihren Veranstaltungen zugeordnet</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>how far the passes have loaded</comment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Leave &amp;full screen</source>
        <translation>&amp;Vollbild beenden</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>per minute
at this door</source>
        <translation>pro Minute
an diesem Eingang</translation>
    </message>
    <message>
        <source>inside
the venue</source>
        <translation>drinnen
insgesamt</translation>
    </message>
    <message>
        <source>This door&apos;s pace and the venue&apos;s head count</source>
        <translation>Tempo dieses Eingangs und Personenzahl im Veranstaltungsort</translation>
    </message>
    <message>
        <source>inside the venue
of its capacity</source>
        <translation>drinnen insgesamt
von der Kapazität</translation>
    </message>
    <message>
        <source>This door: {rate} admissions a minute over the last 5 minutes. Inside: {inside}.</source>
        <translation>Dieser Eingang: {rate} Einlässe pro Minute in den letzten 5 Minuten. Drinnen: {inside}.</translation>
    </message>
    <message>
        <source>These figures could not be read again: they may be out of date.</source>
        <translation>Diese Zahlen konnten nicht neu gelesen werden: Sie sind eventuell veraltet.</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <comment>a column: the time zone&apos;s abbreviation</comment>
        <translation>Zeit ({zone})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: the holder&apos;s name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Verdict</source>
        <comment>a column</comment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>a column</comment>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Another door admitted this pass too while the desks could not see each other. Insights lists each such pass with its times and doors.</source>
        <translation>Ein anderer Eingang hat diesen Pass ebenfalls eingelassen, während sich die Arbeitsplätze nicht sehen konnten. Die Auswertung listet jeden solchen Pass mit Zeiten und Eingängen auf.</translation>
    </message>
    <message>
        <source>UNDONE · {reason}</source>
        <translation>STORNIERT · {reason}</translation>
    </message>
    <message>
        <source>{conflict} · {reason}</source>
        <translation>{conflict} · {reason}</translation>
    </message>
    <message>
        <source>Undone: {reason}</source>
        <translation>Storniert: {reason}</translation>
    </message>
    <message>
        <source>Template is</source>
        <comment>a hold rule: when</comment>
        <translation>Vorlage ist</translation>
    </message>
    <message>
        <source>Pass field has value</source>
        <comment>a hold rule: when</comment>
        <translation>Passfeld hat Wert</translation>
    </message>
    <message>
        <source>Pass flagged with tag</source>
        <comment>a hold rule: when</comment>
        <translation>Pass mit Tag markiert</translation>
    </message>
    <message>
        <source>Pick a template</source>
        <translation>Vorlage auswählen</translation>
    </message>
    <message>
        <source>Field id, e.g. ticketType</source>
        <translation>Feld-ID, z. B. ticketType</translation>
    </message>
    <message>
        <source>Group tag, e.g. attention</source>
        <translation>Gruppen-Tag, z. B. attention</translation>
    </message>
    <message>
        <source>Template “{template}” → {reason}</source>
        <translation>Vorlage „{template}“ → {reason}</translation>
    </message>
    <message>
        <source>Field {field} is “{value}” → {reason}</source>
        <translation>Feld {field} ist „{value}“ → {reason}</translation>
    </message>
    <message>
        <source>Flagged “{tag}” → {reason}</source>
        <translation>Markiert „{tag}“ → {reason}</translation>
    </message>
    <message>
        <source>A held ticket shows an amber HOLD with what to check. Staff let the guest in (Enter) or turn them away (Esc); the scan log keeps the decision. A reader through the venue hub cannot ask: it answers “ask staff” instead.</source>
        <translation>Ein angehaltenes Ticket zeigt ein gelbes WARTEN mit dem, was zu prüfen ist. Das Personal lässt den Gast ein (Enter) oder weist ihn ab (Esc); das Scanprotokoll hält die Entscheidung fest. Ein Lesegerät über den Hub des Veranstaltungsorts kann nicht nachfragen: Es antwortet stattdessen „Personal fragen“.</translation>
    </message>
    <message>
        <source>Hold when</source>
        <translation>Warten, wenn</translation>
    </message>
    <message>
        <source>Which</source>
        <comment>a hold rule</comment>
        <translation>Welche</translation>
    </message>
    <message>
        <source>Value, e.g. Student</source>
        <translation>Wert, z. B. Student</translation>
    </message>
    <message>
        <source>Field value</source>
        <translation>Feldwert</translation>
    </message>
    <message>
        <source>Tell staff, e.g. Check photo ID</source>
        <translation>Hinweis fürs Personal, z. B. Lichtbildausweis prüfen</translation>
    </message>
    <message>
        <source>What staff must check</source>
        <translation>Was das Personal prüfen muss</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Hold rules</source>
        <translation>Warteregeln</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>Waiting holds</source>
        <translation>Wartende Gäste</translation>
    </message>
    <message>
        <source>Not let in yet. Pick one to decide it.</source>
        <translation>Noch nicht eingelassen. Wählen Sie einen aus, um zu entscheiden.</translation>
    </message>
    <message>
        <source>Holds waiting for a decision</source>
        <translation>Gäste, die auf eine Entscheidung warten</translation>
    </message>
    <message>
        <source>Let in</source>
        <comment>a held guest</comment>
        <translation>Einlassen</translation>
    </message>
    <message>
        <source>Turn away</source>
        <comment>a held guest</comment>
        <translation>Abweisen</translation>
    </message>
    <message>
        <source>Held at {time} · Not let in yet: Enter lets in, Esc turns away</source>
        <translation>Angehalten um {time} · Noch nicht eingelassen: Enter lässt ein, Esc weist ab</translation>
    </message>
    <message>
        <source>{time}  {name} — {reason}</source>
        <comment>a waiting hold</comment>
        <translation>{time}  {name} — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Waiting holds (%Ln)</source>
        <translation>
            <numerusform>Wartende Gäste (%Ln)</numerusform>
            <numerusform>Wartende Gäste (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved — {what}. Decide again: the guest still waits</source>
        <translation>Nicht gespeichert – {what}. Erneut entscheiden: Der Gast wartet noch</translation>
    </message>
    <message>
        <source>That hold was decided already</source>
        <translation>Darüber wurde bereits entschieden</translation>
    </message>
    <message>
        <source>{reason} · turned away by {desk}</source>
        <translation>{reason} · abgewiesen von {desk}</translation>
    </message>
    <message>
        <source>{reason} · let in by {desk}</source>
        <translation>{reason} · eingelassen von {desk}</translation>
    </message>
    <message>
        <source>{verdict} · {reason} · let in by {desk}</source>
        <translation>{verdict} · {reason} · eingelassen von {desk}</translation>
    </message>
    <message>
        <source>Last in: {name}</source>
        <translation>Zuletzt drin: {name}</translation>
    </message>
    <message>
        <source>{time} · {value} · {source} · {what}</source>
        <comment>a scan not recorded</comment>
        <translation>{time} · {value} · {source} · {what}</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <source>Scans not recorded</source>
        <translation>Nicht erfasste Scans</translation>
    </message>
    <message>
        <source>Scans the database refused: open the list to scan them again.</source>
        <translation>Scans, die die Datenbank abgelehnt hat: Öffnen Sie die Liste, um sie erneut zu scannen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s) not recorded — show</source>
        <translation>
            <numerusform>%Ln Scan nicht erfasst – anzeigen</numerusform>
            <numerusform>%Ln Scans nicht erfasst – anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>These scans were not recorded. Once the cause is fixed, scan each again (or find it with Find guest): it leaves this list when it is recorded.</source>
        <translation>Diese Scans wurden nicht erfasst. Sobald die Ursache behoben ist, jeden erneut scannen (oder mit „Gast suchen“ finden): Er verschwindet aus dieser Liste, sobald er gespeichert ist.</translation>
    </message>
    <message>
        <source>Type a name or ticket number.</source>
        <translation>Name oder Ticketnummer eingeben.</translation>
    </message>
    <message>
        <source>No pass matches.</source>
        <translation>Kein passender Pass.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found (the first %Ln): pick one, then Admit (Enter)</source>
        <translation>
            <numerusform>%Ln gefunden (die ersten %Ln): einen auswählen, dann Einlassen (Enter)</numerusform>
            <numerusform>%Ln gefunden (die ersten %Ln): einen auswählen, dann Einlassen (Enter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found: pick one, then Admit (Enter)</source>
        <translation>
            <numerusform>%Ln gefunden: auswählen, dann Einlassen (Enter)</numerusform>
            <numerusform>%Ln gefunden: einen auswählen, dann Einlassen (Enter)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not admitted: admitting by hand needs a supervisor&apos;s PIN.</source>
        <translation>Nicht eingelassen: Einlass von Hand erfordert die PIN der Schichtleitung.</translation>
    </message>
    <message>
        <source>In use, but not saved: {error}</source>
        <translation>In Verwendung, aber nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Export scans</source>
        <translation>Scans exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n Vorlage</numerusform>
            <numerusform>%n Vorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>a pass picked by hand</source>
        <translation>ein von Hand ausgewählter Pass</translation>
    </message>
    <message>
        <source>Search guests with a supervisor&apos;s PIN…</source>
        <translation>Gäste mit PIN der Schichtleitung suchen…</translation>
    </message>
    <message>
        <source>to admit a guest by hand</source>
        <translation>um einen Gast von Hand einzulassen</translation>
    </message>
    <message>
        <source>Entry: let people in</source>
        <translation>Eingang: Personen einlassen</translation>
    </message>
    <message>
        <source>Exit: check people out</source>
        <translation>Ausgang: Personen auschecken</translation>
    </message>
    <message>
        <source>Admit</source>
        <comment>a pass removed from the wallet</comment>
        <translation>Einlassen</translation>
    </message>
    <message>
        <source>Admit, but ask to check ID</source>
        <translation>Einlassen, aber Ausweis prüfen lassen</translation>
    </message>
    <message>
        <source>Deny</source>
        <comment>a pass removed from the wallet</comment>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>{time} {place} time</source>
        <comment>a time on a city&apos;s clock</comment>
        <translation>{time} Ortszeit {place}</translation>
    </message>
    <message>
        <source>{time} ({desk_time} here)</source>
        <comment>here: at this desk</comment>
        <translation>{time} ({desk_time} hier)</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>an event&apos;s day and time</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Unnamed event</source>
        <translation>Unbenannte Veranstaltung</translation>
    </message>
    <message>
        <source>{event} · {when}</source>
        <comment>an event&apos;s name and start</comment>
        <translation>{event} · {when}</translation>
    </message>
    <message>
        <source>Choose tonight&apos;s event…</source>
        <translation>Heutige Veranstaltung wählen…</translation>
    </message>
    <message>
        <source>Any event: tickets of every event on now</source>
        <translation>Jede Veranstaltung: Tickets aller laufenden Veranstaltungen</translation>
    </message>
    <message>
        <source>Missing event: no longer in the events list</source>
        <translation>Fehlende Veranstaltung: nicht mehr in der Veranstaltungsliste</translation>
    </message>
    <message>
        <source>Door settings</source>
        <translation>Einlass-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <comment>a settings tab</comment>
        <translation>&amp;Warteregeln</translation>
    </message>
    <message>
        <source>Times on this desk&apos;s clock ({zone}).</source>
        <translation>Zeiten nach der Uhr dieses Arbeitsplatzes ({zone}).</translation>
    </message>
    <message>
        <source>Times in {place} time, the event&apos;s clock.</source>
        <translation>Zeiten in Ortszeit {place}, der Uhr der Veranstaltung.</translation>
    </message>
    <message>
        <source>{clock} Here: open {opening}, close {closing}.</source>
        <translation>{clock} Hier: Einlass ab {opening}, bis {closing}.</translation>
    </message>
    <message>
        <source>{clock} Here: open {opening}.</source>
        <translation>{clock} Hier: Einlass ab {opening}.</translation>
    </message>
    <message>
        <source>{clock} Here: close {closing}.</source>
        <translation>{clock} Hier: Einlass bis {closing}.</translation>
    </message>
    <message>
        <source>Check the pass here, from the local copy</source>
        <translation>Pass hier prüfen, anhand der lokalen Kopie</translation>
    </message>
    <message>
        <source>Deny entry</source>
        <translation>Einlass verweigern</translation>
    </message>
    <message>
        <source>Not undone: undoing an admission needs a supervisor&apos;s PIN.</source>
        <translation>Nicht storniert: Das Stornieren eines Einlasses erfordert die PIN der Schichtleitung.</translation>
    </message>
    <message>
        <source>Not undone — {what}. The admission stands.</source>
        <translation>Nicht storniert – {what}. Der Einlass bleibt bestehen.</translation>
    </message>
    <message>
        <source>No admission to undo at this desk.</source>
        <translation>An diesem Arbeitsplatz gibt es keinen Einlass zum Stornieren.</translation>
    </message>
    <message>
        <source>Undone: {name}</source>
        <translation>Storniert: {name}</translation>
    </message>
    <message>
        <source>Admission at {time} taken back</source>
        <translation>Einlass um {time} zurückgenommen</translation>
    </message>
    <message>
        <source>The pass can be scanned again.</source>
        <translation>Der Pass kann erneut gescannt werden.</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln point(s)</source>
        <translation>
            <numerusform>+%Ln Punkt</numerusform>
            <numerusform>+%Ln Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>+{points} points</source>
        <comment>decimal points, e.g. +0.05</comment>
        <translation>+{points} Punkte</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <comment>milliseconds</comment>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <source>{time} · {value} · {source} · {took}</source>
        <translation>{time} · {value} · {source} · {took}</translation>
    </message>
    <message>
        <source>{time} · {source} · {took}</source>
        <translation>{time} · {source} · {took}</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>the keyboard key</comment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Tab</source>
        <comment>the keyboard key</comment>
        <translation>Tab</translation>
    </message>
    <message>
        <source>nothing (a short pause)</source>
        <comment>how a scanner ends a code: no key after it</comment>
        <translation>einer kurzen Pause (ohne Taste)</translation>
    </message>
    <message>
        <source>US</source>
        <comment>a keyboard layout</comment>
        <translation>US</translation>
    </message>
    <message>
        <source>UK</source>
        <comment>a keyboard layout</comment>
        <translation>Englisch (UK)</translation>
    </message>
    <message>
        <source>German</source>
        <comment>a keyboard layout</comment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Swiss German</source>
        <comment>a keyboard layout</comment>
        <translation>Schweizerdeutsch</translation>
    </message>
    <message>
        <source>French</source>
        <comment>a keyboard layout</comment>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>a keyboard layout</comment>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Nordic (Swedish/Finnish)</source>
        <comment>a keyboard layout</comment>
        <translation>Nordisch (Schwedisch/Finnisch)</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <comment>a keyboard layout</comment>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <comment>a keyboard layout</comment>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>That was not the test code, or the scanner changed it in a way passdesk does not know. Scan the code on this screen again.</source>
        <translation>Das war nicht der Testcode, oder der Scanner hat ihn auf eine Weise verändert, die passdesk nicht kennt. Scannen Sie den Code auf diesem Bildschirm erneut.</translation>
    </message>
    <message>
        <source>is set to the same keyboard layout as this computer: passdesk will take the extra characters off</source>
        <comment>after “Your scanner”</comment>
        <translation>ist auf dasselbe Tastaturlayout wie dieser Computer eingestellt: passdesk entfernt die zusätzlichen Zeichen</translation>
    </message>
    <message>
        <source>Nothing came from the scanner. Scan the test code again.</source>
        <translation>Vom Scanner kam nichts an. Scannen Sie den Testcode erneut.</translation>
    </message>
    <message>
        <source>ends codes with {ending}</source>
        <comment>after “Your scanner”</comment>
        <translation>beendet Codes mit {ending}</translation>
    </message>
    <message>
        <source>is set to the same keyboard layout as this computer</source>
        <comment>after “Your scanner”</comment>
        <translation>ist auf dasselbe Tastaturlayout wie dieser Computer eingestellt</translation>
    </message>
    <message>
        <source>Your scanner {habits}, and {setting}.</source>
        <translation>Ihr Scanner {habits} und {setting}.</translation>
    </message>
    <message>
        <source>{list}, {next}</source>
        <comment>a list: the items so far, then one more</comment>
        <translation>{list}, {next}</translation>
    </message>
    <message>
        <source>types about {ms} ms per key</source>
        <comment>after “Your scanner”</comment>
        <translation>tippt etwa {ms} ms pro Taste</translation>
    </message>
    <message>
        <source>puts “{prefix}” before each code</source>
        <comment>after “Your scanner”</comment>
        <translation>setzt „{prefix}“ vor jeden Code</translation>
    </message>
    <message>
        <source>adds “{suffix}” after each code</source>
        <comment>after “Your scanner”</comment>
        <translation>hängt „{suffix}“ an jeden Code an</translation>
    </message>
    <message>
        <source>is set to a US keyboard while this computer uses {layout}: passdesk will correct it and take the extra characters off</source>
        <comment>after “Your scanner”</comment>
        <translation>ist auf eine US-Tastatur eingestellt, während dieser Computer das Layout {layout} verwendet: passdesk korrigiert das und entfernt die zusätzlichen Zeichen</translation>
    </message>
    <message>
        <source>is set to a US keyboard while this computer uses {layout}: passdesk will correct it</source>
        <comment>after “Your scanner”</comment>
        <translation>ist auf eine US-Tastatur eingestellt, während dieser Computer das Layout {layout} verwendet: passdesk korrigiert das</translation>
    </message>
    <message>
        <source>Writing scans…</source>
        <translation>Scans werden geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s)</source>
        <comment>rows of the scan log</comment>
        <translation>
            <numerusform>%Ln Scan</numerusform>
            <numerusform>%Ln Scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: {name} (%Ln point(s) taken back)</source>
        <translation>
            <numerusform>Storniert: {name} (%Ln Punkt zurückgenommen)</numerusform>
            <numerusform>Storniert: {name} (%Ln Punkte zurückgenommen)</numerusform>
        </translation>
    </message>
    <message>
        <source>scanner</source>
        <comment>where a scan came from</comment>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>picked by hand</source>
        <comment>where a scan came from</comment>
        <translation>von Hand ausgewählt</translation>
    </message>
    <message>
        <source>NFC reader</source>
        <comment>where a scan came from</comment>
        <translation>NFC-Lesegerät</translation>
    </message>
    <message>
        <source>VTAP reader</source>
        <comment>where a scan came from</comment>
        <translation>VTAP-Lesegerät</translation>
    </message>
    <message>
        <source>camera</source>
        <comment>where a scan came from</comment>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>offline check</source>
        <comment>when the validation service fails</comment>
        <translation>Offline-Prüfung</translation>
    </message>
    <message>
        <source>deny</source>
        <comment>when the validation service fails</comment>
        <translation>ablehnen</translation>
    </message>
    <message>
        <source>System default camera</source>
        <translation>Standardkamera des Systems</translation>
    </message>
    <message>
        <source>{camera} (default)</source>
        <translation>{camera} (Standard)</translation>
    </message>
    <message>
        <source>{camera} (not connected)</source>
        <translation>{camera} (nicht angeschlossen)</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Kameravorschau</translation>
    </message>
    <message>
        <source>Camera paused while the door is not shown.</source>
        <translation>Kamera pausiert, solange der Einlass nicht angezeigt wird.</translation>
    </message>
    <message>
        <source>The camera is not available.</source>
        <translation>Die Kamera ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet…</translation>
    </message>
    <message>
        <source>Live camera picture</source>
        <translation>Live-Kamerabild</translation>
    </message>
    <message>
        <source>passdesk scanner check</source>
        <translation>passdesk-Scannertest</translation>
    </message>
    <message>
        <source>In passdesk, open the Door&apos;s or the Till&apos;s settings and press “Check the scanner…”. Then scan one of these codes once. passdesk says what it found and corrects the scanner&apos;s keyboard layout by itself.</source>
        <translation>Öffnen Sie in passdesk die Einstellungen von Einlass oder Kasse und klicken Sie auf „Scanner prüfen…“. Scannen Sie dann einen dieser Codes einmal. passdesk meldet, was es erkannt hat, und korrigiert das Tastaturlayout des Scanners selbst.</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>{path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <source>The code holds: {value}</source>
        <translation>Der Code enthält: {value}</translation>
    </message>
    <message>
        <source>Don&apos;t log</source>
        <translation>Nicht protokollieren</translation>
    </message>
    <message>
        <source>Each scan made here is then sent to PassEntry as a scan of this reader, so PassEntry&apos;s dashboard shows the whole night: this desk&apos;s scans with everyone else&apos;s. Points are never sent twice.</source>
        <translation>Jeder hier gemachte Scan wird dann als Scan dieses Lesegeräts an PassEntry gesendet, sodass das PassEntry-Dashboard den ganzen Abend zeigt: die Scans dieses Arbeitsplatzes mit denen aller anderen. Punkte werden nie doppelt gesendet.</translation>
    </message>
    <message>
        <source>No PassEntry reader is known on this desk yet: create one in the Readers pane, or sync after a scan at one of PassEntry&apos;s readers, then choose it here.</source>
        <translation>Auf diesem Arbeitsplatz ist noch kein PassEntry-Lesegerät bekannt: Legen Sie eines im Bereich Lesegeräte an oder synchronisieren Sie nach einem Scan an einem PassEntry-Lesegerät, und wählen Sie es dann hier.</translation>
    </message>
    <message>
        <source>{hint} {no_readers}</source>
        <comment>two sentences</comment>
        <translation>{hint} {no_readers}</translation>
    </message>
    <message>
        <source>Reader id {id}</source>
        <translation>Lesegeräte-ID {id}</translation>
    </message>
    <message>
        <source>{id} (not in the readers list)</source>
        <translation>{id} (nicht in der Lesegeräteliste)</translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>a loyalty card&apos;s balance</comment>
        <translation>{points} Punkte</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>Suche fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Scan one of these codes once, with the scanner you use here.</source>
        <translation>Scannen Sie einen dieser Codes einmal mit dem Scanner, den Sie hier verwenden.</translation>
    </message>
    <message>
        <source>Waiting for a scan…</source>
        <translation>Warten auf einen Scan…</translation>
    </message>
    <message>
        <source>Save a printable test sheet (PDF)…</source>
        <translation>Druckbares Testblatt speichern (PDF)…</translation>
    </message>
    <message>
        <source>Check the scanner</source>
        <translation>Scanner prüfen</translation>
    </message>
    <message>
        <source>{found} The Door and the Till read it this way from now on.</source>
        <translation>{found} Einlass und Kasse lesen ihn ab jetzt so.</translation>
    </message>
    <message>
        <source>{found} It is not kept for next time: {error}</source>
        <translation>{found} Es wird nicht für das nächste Mal gespeichert: {error}</translation>
    </message>
    <message>
        <source>Save a printable test sheet (PDF)</source>
        <translation>Druckbares Testblatt speichern (PDF)</translation>
    </message>
    <message>
        <source>The test sheet was not saved: {error}. Choose another folder.</source>
        <translation>Das Testblatt wurde nicht gespeichert: {error}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Test sheet saved as {path}. Print it, then scan a code on it.</source>
        <translation>Testblatt gespeichert unter {path}. Drucken Sie es aus und scannen Sie dann einen Code darauf.</translation>
    </message>
    <message>
        <source>Sound is on, but this computer has no sound output: verdicts are silent. Plug in speakers or headphones, or turn sound off in the settings.</source>
        <translation>Der Ton ist an, aber dieser Computer hat keine Tonausgabe: Ergebnisse sind stumm. Schließen Sie Lautsprecher oder Kopfhörer an oder schalten Sie den Ton in den Einstellungen aus.</translation>
    </message>
    <message>
        <source>Sound is on, but the verdict sounds cannot be played on this computer&apos;s sound output: verdicts are silent.</source>
        <translation>Der Ton ist an, aber die Ergebnistöne können auf der Tonausgabe dieses Computers nicht abgespielt werden: Ergebnisse sind stumm.</translation>
    </message>
    <message>
        <source>Sound problem</source>
        <translation>Tonproblem</translation>
    </message>
    <message>
        <source>off</source>
        <comment>a scan source</comment>
        <translation>aus</translation>
    </message>
    <message>
        <source>paused while the door is not shown</source>
        <comment>a scan source</comment>
        <translation>pausiert, solange der Einlass nicht angezeigt wird</translation>
    </message>
    <message>
        <source>{source}: {state}</source>
        <comment>a scan source and its state</comment>
        <translation>{source}: {state}</translation>
    </message>
    <message>
        <source>Camera</source>
        <comment>a scan source</comment>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>starting…</source>
        <comment>a scan source</comment>
        <translation>startet…</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>a scan source</comment>
        <translation>bereit</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a scan source</comment>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>unavailable</source>
        <comment>a scan source</comment>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a barcode scanner or NFC reader.</source>
        <translation>Keine Kamera gefunden. Schließen Sie eine Webcam an oder verwenden Sie einen Barcodescanner oder ein NFC-Lesegerät.</translation>
    </message>
    <message>
        <source>Camera {camera} is not connected. Plug it in or pick another camera.</source>
        <translation>Kamera {camera} ist nicht angeschlossen. Schließen Sie sie an oder wählen Sie eine andere Kamera.</translation>
    </message>
    <message>
        <source>The camera stopped working.</source>
        <translation>Die Kamera funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Opening NFC reader at {path}</source>
        <translation>NFC-Lesegerät an {path} wird geöffnet</translation>
    </message>
    <message>
        <source>NFC reader ready at {path}</source>
        <translation>NFC-Lesegerät an {path} bereit</translation>
    </message>
    <message>
        <source>Lost the NFC reader at {path} — check the cable; retrying</source>
        <translation>Verbindung zum NFC-Lesegerät an {path} verloren – Kabel prüfen; neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Cannot open the NFC reader at {path}: the USB library libusb-1.0 is missing — install it (e.g. &apos;apt install libusb-1.0-0&apos;); retrying</source>
        <translation>NFC-Lesegerät an {path} kann nicht geöffnet werden: Die USB-Bibliothek libusb-1.0 fehlt – installieren Sie sie (z. B. &apos;apt install libusb-1.0-0&apos;); neuer Versuch läuft</translation>
    </message>
    <message>
        <source>No permission to open the NFC reader at {path} — on Linux give the user access to the USB device (udev rule) or the serial port (dialout group)</source>
        <translation>Keine Berechtigung zum Öffnen des NFC-Lesegeräts an {path} – geben Sie unter Linux dem Benutzer Zugriff auf das USB-Gerät (udev-Regel) oder den seriellen Port (Gruppe dialout)</translation>
    </message>
    <message>
        <source>The NFC reader at {path} is in use by another program (on Linux the kernel&apos;s pn533 driver may hold it: blacklist it) — close it; retrying</source>
        <translation>Das NFC-Lesegerät an {path} wird von einem anderen Programm verwendet (unter Linux belegt es eventuell der Kernel-Treiber pn533: auf die Blacklist setzen) – schließen Sie es; neuer Versuch läuft</translation>
    </message>
    <message>
        <source>No NFC reader found at {path} — plug it in; on Linux the user may need access to the USB device (udev rule); retrying</source>
        <translation>Kein NFC-Lesegerät an {path} gefunden – schließen Sie es an; unter Linux braucht der Benutzer eventuell Zugriff auf das USB-Gerät (udev-Regel); neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Cannot open the NFC reader at {path}: {error} — retrying</source>
        <translation>NFC-Lesegerät an {path} kann nicht geöffnet werden: {error} – neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Opening VTAP reader at {port}</source>
        <translation>VTAP-Lesegerät an {port} wird geöffnet</translation>
    </message>
    <message>
        <source>VTAP reader ready at {port}</source>
        <translation>VTAP-Lesegerät an {port} bereit</translation>
    </message>
    <message>
        <source>Lost the VTAP reader at {port} — check its USB cable; retrying</source>
        <translation>Verbindung zum VTAP-Lesegerät an {port} verloren – USB-Kabel prüfen; neuer Versuch läuft</translation>
    </message>
    <message>
        <source>No permission to open the VTAP reader at {port} — on Linux add the user to the &apos;dialout&apos; group (then log in again); retrying</source>
        <translation>Keine Berechtigung zum Öffnen des VTAP-Lesegeräts an {port} – fügen Sie unter Linux den Benutzer zur Gruppe &apos;dialout&apos; hinzu (dann neu anmelden); neuer Versuch läuft</translation>
    </message>
    <message>
        <source>The VTAP reader at {port} is in use by another program — close it; retrying</source>
        <translation>Das VTAP-Lesegerät an {port} wird von einem anderen Programm verwendet – schließen Sie es; neuer Versuch läuft</translation>
    </message>
    <message>
        <source>No VTAP reader found at {port} — plug it in (it appears as a USB serial port such as /dev/ttyACM0 or COM3); retrying</source>
        <translation>Kein VTAP-Lesegerät an {port} gefunden – schließen Sie es an (es erscheint als serieller USB-Port wie /dev/ttyACM0 oder COM3); neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Cannot open the VTAP reader at {port}: {error} — retrying</source>
        <translation>VTAP-Lesegerät an {port} kann nicht geöffnet werden: {error} – neuer Versuch läuft</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>{name} is not an IANA time zone (e.g. Europe/London)</source>
        <translation>{name} ist keine IANA-Zeitzone (z. B. Europe/Berlin)</translation>
    </message>
    <message>
        <source>{time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation>{time} am {day} existiert in {zone} nicht: Die Uhren springen von {before} auf {after}. Wählen Sie eine Zeit außerhalb dieser Lücke.</translation>
    </message>
    <message>
        <source>{time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation>{time} kommt am {day} in {zone} zweimal vor (die Uhren werden zurückgestellt); die erste ({offset}) wird verwendet.</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Type a city, e.g. London</source>
        <translation>Stadt eingeben, z. B. Berlin</translation>
    </message>
    <message>
        <source>Enter the event&apos;s name.</source>
        <translation>Geben Sie den Namen der Veranstaltung ein.</translation>
    </message>
    <message>
        <source>Enter the venue.</source>
        <translation>Geben Sie den Veranstaltungsort ein.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list (type part of a city, e.g. London).</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste (Teil eines Städtenamens eingeben, z. B. Berlin).</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation>Die Veranstaltung muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>Not a time in {zone}: see below.</source>
        <translation>Keine gültige Zeit in {zone}: siehe unten.</translation>
    </message>
    <message>
        <source>{when} in {zone} ({offset})</source>
        <translation>{when} in {zone} ({offset})</translation>
    </message>
    <message>
        <source>{there}
= the same in your time ({zone})</source>
        <translation>{there}
= dasselbe in Ihrer Zeit ({zone})</translation>
    </message>
    <message>
        <source>{there}
= {here} in your time ({zone})</source>
        <translation>{there}
= {here} in Ihrer Zeit ({zone})</translation>
    </message>
    <message>
        <source>The start time {time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation>Die Beginnzeit {time} am {day} existiert in {zone} nicht: Die Uhren springen von {before} auf {after}. Wählen Sie eine Zeit außerhalb dieser Lücke.</translation>
    </message>
    <message>
        <source>The end time {time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation>Die Endzeit {time} am {day} existiert in {zone} nicht: Die Uhren springen von {before} auf {after}. Wählen Sie eine Zeit außerhalb dieser Lücke.</translation>
    </message>
    <message>
        <source>The start time {time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation>Die Beginnzeit {time} kommt am {day} in {zone} zweimal vor (die Uhren werden zurückgestellt); die erste ({offset}) wird verwendet.</translation>
    </message>
    <message>
        <source>The end time {time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation>Die Endzeit {time} kommt am {day} in {zone} zweimal vor (die Uhren werden zurückgestellt); die erste ({offset}) wird verwendet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pässe</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>bevorstehend</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>{when} UTC</source>
        <translation>{when} UTC</translation>
    </message>
    <message>
        <source>{when} in your time ({zone}, {offset})</source>
        <translation>{when} in Ihrer Zeit ({zone}, {offset})</translation>
    </message>
    <message>
        <source>{status} · refused</source>
        <translation>{status} · abgelehnt</translation>
    </message>
    <message>
        <source>{status} · pending</source>
        <translation>{status} · ausstehend</translation>
    </message>
    <message>
        <source>A change to this event was refused by PassEntry or needs a decision: see the Sync pane.</source>
        <translation>Eine Änderung an dieser Veranstaltung wurde von PassEntry abgelehnt oder erfordert eine Entscheidung: siehe Bereich Synchronisierung.</translation>
    </message>
    <message>
        <source>Pending: changes made here are not sent to PassEntry yet.</source>
        <translation>Ausstehend: Hier vorgenommene Änderungen sind noch nicht an PassEntry gesendet.</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangene</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>This PassEntry account has no events list; events below come from the passes&apos; event details and cannot be edited here.</source>
        <translation>Dieses PassEntry-Konto hat keine Veranstaltungsliste; die Veranstaltungen unten stammen aus den Veranstaltungsdaten der Pässe und können hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API has no events list for this account, so events cannot be created or edited here. Change them where the passes are made.</source>
        <translation>Die PassEntry-API bietet für dieses Konto keine Veranstaltungsliste, daher können hier keine Veranstaltungen angelegt oder bearbeitet werden. Ändern Sie sie dort, wo die Pässe erstellt werden.</translation>
    </message>
    <message>
        <source>This event comes from its passes&apos; event details: it cannot be edited here.</source>
        <translation>Diese Veranstaltung stammt aus den Veranstaltungsdaten ihrer Pässe: Sie kann hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Create an event; it is sent to PassEntry at once, or when back online</source>
        <translation>Veranstaltung anlegen; sie wird sofort an PassEntry gesendet oder sobald wieder online</translation>
    </message>
    <message>
        <source>Start and end are shown in each event&apos;s own time zone; point at a time to see it in yours ({zone}). Double-click an event to edit it.</source>
        <translation>Beginn und Ende werden in der Zeitzone der jeweiligen Veranstaltung angezeigt; zeigen Sie auf eine Zeit, um sie in Ihrer ({zone}) zu sehen. Doppelklicken Sie auf eine Veranstaltung, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Start and end are shown in each event&apos;s own time zone; point at a time to see it in yours ({zone}).</source>
        <translation>Beginn und Ende werden in der Zeitzone der jeweiligen Veranstaltung angezeigt; zeigen Sie auf eine Zeit, um sie in Ihrer ({zone}) zu sehen.</translation>
    </message>
    <message>
        <source>The events could not be read from the local store: {reason}</source>
        <translation>Die Veranstaltungen konnten nicht aus der lokalen Datenbank gelesen werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln upcoming event(s)</source>
        <translation>
            <numerusform>%Ln kommende Veranstaltung</numerusform>
            <numerusform>%Ln kommende Veranstaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past event(s)</source>
        <translation>
            <numerusform>%Ln vergangene Veranstaltung</numerusform>
            <numerusform>%Ln vergangene Veranstaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Veranstaltung</numerusform>
            <numerusform>%Ln Veranstaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{events} · %Ln with changes not sent to PassEntry yet</source>
        <translation>
            <numerusform>{events} · %Ln mit noch nicht an PassEntry gesendeten Änderungen</numerusform>
            <numerusform>{events} · %Ln mit noch nicht an PassEntry gesendeten Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{events} (filtered)</source>
        <translation>{events} (gefiltert)</translation>
    </message>
    <message>
        <source>Change the selected event (or double-click it)</source>
        <translation>Ausgewählte Veranstaltung ändern (oder doppelklicken)</translation>
    </message>
    <message>
        <source>“{name}” was saved here. It is sent to PassEntry at once, or when back online.</source>
        <translation>„{name}“ wurde hier gespeichert. Es wird sofort an PassEntry gesendet oder sobald wieder online.</translation>
    </message>
    <message>
        <source>Nothing changed in “{name}”.</source>
        <translation>An „{name}“ hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The changes to “{name}” were saved here. They are sent to PassEntry at once, or when back online.</source>
        <translation>Die Änderungen an „{name}“ wurden hier gespeichert. Sie werden sofort an PassEntry gesendet oder sobald wieder online.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>This event comes from its tickets (their event details on PassEntry); it cannot be changed here.</source>
        <translation>Diese Veranstaltung stammt aus ihren Tickets (deren Veranstaltungsdaten bei PassEntry); sie kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>No event {event_id} in the local store.</source>
        <translation>Keine Veranstaltung {event_id} in der lokalen Datenbank.</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>rate now</source>
        <comment>a figure&apos;s caption</comment>
        <translation>aktuelle Rate</translation>
    </message>
    <message>
        <source>peak per 5 min</source>
        <comment>a figure&apos;s caption</comment>
        <translation>Spitze pro 5 Min.</translation>
    </message>
    <message>
        <source>admitted</source>
        <comment>a figure&apos;s caption</comment>
        <translation>eingelassen</translation>
    </message>
    <message>
        <source>re-entries</source>
        <comment>a figure&apos;s caption</comment>
        <translation>Wiedereinlässe</translation>
    </message>
    <message>
        <source>exits</source>
        <comment>a figure&apos;s caption</comment>
        <translation>Ausgänge</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>a figure&apos;s caption</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>no-shows</source>
        <comment>a figure&apos;s caption</comment>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>offline conflicts</source>
        <comment>a figure&apos;s caption</comment>
        <translation>Offline-Konflikte</translation>
    </message>
    <message>
        <source>Admissions per 5 minutes, by door (dotted: still counting)</source>
        <translation>Einlässe pro 5 Minuten, nach Eingang (gepunktet: wird noch gezählt)</translation>
    </message>
    <message>
        <source>Admissions per 5 minutes, by door</source>
        <translation>Einlässe pro 5 Minuten, nach Eingang</translation>
    </message>
    <message>
        <source>No admission yet: a line for each door from its first.</source>
        <translation>Noch kein Einlass: eine Linie für jeden Eingang ab seinem ersten.</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Jetzt drinnen</translation>
    </message>
    <message>
        <source>Denied, by reason</source>
        <translation>Abgelehnt, nach Grund</translation>
    </message>
    <message>
        <source>Doors: last scan</source>
        <translation>Eingänge: letzter Scan</translation>
    </message>
    <message>
        <source>No one was turned away.</source>
        <translation>Niemand wurde abgewiesen.</translation>
    </message>
    <message>
        <source>No scan yet: each door shows here from its first scan.</source>
        <translation>Noch kein Scan: Jeder Eingang erscheint hier ab seinem ersten Scan.</translation>
    </message>
    <message>
        <source>every door, last 5 min</source>
        <translation>alle Eingänge, letzte 5 Min.</translation>
    </message>
    <message>
        <source>from {when}</source>
        <translation>ab {when}</translation>
    </message>
    <message>
        <source>no admission yet</source>
        <translation>noch kein Einlass</translation>
    </message>
    <message>
        <source>back in after an exit</source>
        <translation>nach Ausgang wieder drinnen</translation>
    </message>
    <message>
        <source>for an event only</source>
        <translation>nur für eine Veranstaltung</translation>
    </message>
    <message>
        <source>click to list them</source>
        <translation>klicken zum Auflisten</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no offline conflicts</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>per 5 min</source>
        <comment>an axis title</comment>
        <translation>pro 5 Min.</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>inside of {capacity}
{percent} full</source>
        <translation>drinnen von {capacity}
{percent} voll</translation>
    </message>
    <message>
        <source>inside
no capacity set</source>
        <translation>drinnen
keine Kapazität festgelegt</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Let in at</source>
        <translation>Eingelassen um</translation>
    </message>
    <message>
        <source>Admissions and exits</source>
        <translation>Einlässe und Ausgänge</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>{when} in at {door}</source>
        <translation>{when} rein an {door}</translation>
    </message>
    <message>
        <source>{when} out at {door}</source>
        <translation>{when} raus an {door}</translation>
    </message>
    <message>
        <source>A pass let in twice while desks or readers could not see each other (offline, or a split network). Check these tickets with their holders.</source>
        <translation>Ein Pass, der zweimal eingelassen wurde, während sich Arbeitsplätze oder Lesegeräte nicht sehen konnten (offline oder geteiltes Netzwerk). Prüfen Sie diese Tickets mit ihren Inhabern.</translation>
    </message>
    <message>
        <source>No pass was let in twice.</source>
        <translation>Kein Pass wurde zweimal eingelassen.</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Eingelassen</translation>
    </message>
    <message>
        <source>Rate now</source>
        <translation>Aktuelle Rate</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <source>Quiet for</source>
        <translation>Ruhig seit</translation>
    </message>
    <message>
        <source>no scan yet</source>
        <translation>noch kein Scan</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>seconds, short</comment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <comment>minutes, short</comment>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <comment>hours and minutes, short</comment>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undone</source>
        <translation>
            <numerusform>%Ln storniert</numerusform>
            <numerusform>%Ln storniert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held, waiting</source>
        <translation>
            <numerusform>%Ln angehalten, wartet</numerusform>
            <numerusform>%Ln angehalten, warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln ticket(s)</source>
        <translation>
            <numerusform>von %Ln Ticket</numerusform>
            <numerusform>von %Ln Tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln inside (no capacity set for this desk&apos;s event)</source>
        <translation>
            <numerusform>%Ln drinnen (keine Kapazität für die Veranstaltung dieses Arbeitsplatzes festgelegt)</numerusform>
            <numerusform>%Ln drinnen (keine Kapazität für die Veranstaltung dieses Arbeitsplatzes festgelegt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln inside of {capacity}</source>
        <translation>
            <numerusform>%Ln drinnen von {capacity}</numerusform>
            <numerusform>%Ln drinnen von {capacity}</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} / min</source>
        <comment>admissions per minute, short</comment>
        <translation>{rate} / Min.</translation>
    </message>
    <message>
        <source>{quiet}: silent</source>
        <translation>{quiet}: still</translation>
    </message>
    <message>
        <source>{caption}: {number} ({detail})</source>
        <comment>a figure&apos;s tooltip</comment>
        <translation>{caption}: {number} ({detail})</translation>
    </message>
    <message>
        <source>{caption}: {number}</source>
        <comment>a figure&apos;s tooltip</comment>
        <translation>{caption}: {number}</translation>
    </message>
    <message>
        <source>{figure}. {meaning}</source>
        <comment>a figure&apos;s tooltip</comment>
        <translation>{figure}. {meaning}</translation>
    </message>
    <message>
        <source>The loyalty figures could not be read ({why}). Those below may be out of date; trying again every 15 seconds.</source>
        <translation>Die Treuepunkt-Zahlen konnten nicht gelesen werden ({why}). Die Zahlen unten sind eventuell veraltet; neuer Versuch alle 15 Sekunden.</translation>
    </message>
    <message>
        <source>The loyalty figures could not be read ({why}).</source>
        <translation>Die Treuepunkt-Zahlen konnten nicht gelesen werden ({why}).</translation>
    </message>
    <message>
        <source>points issued</source>
        <comment>a figure&apos;s caption</comment>
        <translation>vergebene Punkte</translation>
    </message>
    <message>
        <source>added to cards</source>
        <translation>Karten gutgeschrieben</translation>
    </message>
    <message>
        <source>Points added to cards in the period (refused or discarded changes left out).</source>
        <translation>Im Zeitraum auf Karten gutgeschriebene Punkte (abgelehnte oder verworfene Änderungen nicht mitgezählt).</translation>
    </message>
    <message>
        <source>points redeemed</source>
        <comment>a figure&apos;s caption</comment>
        <translation>eingelöste Punkte</translation>
    </message>
    <message>
        <source>taken off cards</source>
        <translation>von Karten abgezogen</translation>
    </message>
    <message>
        <source>Points taken off cards in the period (refused or discarded changes left out).</source>
        <translation>Im Zeitraum von Karten abgezogene Punkte (abgelehnte oder verworfene Änderungen nicht mitgezählt).</translation>
    </message>
    <message>
        <source>active cardholders</source>
        <comment>a figure&apos;s caption</comment>
        <translation>aktive Karteninhaber</translation>
    </message>
    <message>
        <source>cards used</source>
        <translation>genutzte Karten</translation>
    </message>
    <message>
        <source>Cards with at least one operation in the period.</source>
        <translation>Karten mit mindestens einem Vorgang im Zeitraum.</translation>
    </message>
    <message>
        <source>rewards reached</source>
        <comment>a figure&apos;s caption</comment>
        <translation>erreichte Prämien</translation>
    </message>
    <message>
        <source>cards past a reward</source>
        <translation>Karten über einer Prämie</translation>
    </message>
    <message>
        <source>Cards whose balance went past one of their template&apos;s rewards in the period (the Till&apos;s Earning and rewards); each card counts once.</source>
        <translation>Karten, deren Punktestand im Zeitraum eine der Prämien ihrer Vorlage überschritten hat (Punkte und Prämien der Kasse); jede Karte zählt einmal.</translation>
    </message>
    <message>
        <source>changes waiting</source>
        <comment>a figure&apos;s caption</comment>
        <translation>wartende Änderungen</translation>
    </message>
    <message>
        <source>for PassEntry</source>
        <translation>für PassEntry</translation>
    </message>
    <message>
        <source>Changes queued and not yet confirmed by PassEntry, whenever they were made.</source>
        <translation>Änderungen in der Warteschlange, die PassEntry noch nicht bestätigt hat, egal wann sie gemacht wurden.</translation>
    </message>
    <message>
        <source>under review</source>
        <comment>a figure&apos;s caption</comment>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>for a person</source>
        <translation>durch eine Person</translation>
    </message>
    <message>
        <source>Changes whose outcome could not be told: a person must decide (the Till&apos;s review list).</source>
        <translation>Änderungen mit unklarem Ergebnis: Eine Person muss entscheiden (Prüfliste der Kasse).</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Nachmittag</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(kein Arbeitsplatz)</translation>
    </message>
    <message>
        <source>{part}
{start}–{end} h</source>
        <comment>a part of the day and its hours</comment>
        <translation>{part}
{start}–{end} Uhr</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vergeben</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per week (from Monday)</source>
        <translation>pro Woche (ab Montag)</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>points</source>
        <comment>an axis title</comment>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Issued ({points})</source>
        <translation>Vergeben ({points})</translation>
    </message>
    <message>
        <source>Redeemed ({points})</source>
        <translation>Eingelöst ({points})</translation>
    </message>
    <message>
        <source>{span}, {years}</source>
        <comment>an axis title: months</comment>
        <translation>{span}, {years}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <comment>an axis title: days</comment>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>weeks, {start} – {end}</source>
        <comment>an axis title</comment>
        <translation>Wochen, {start} – {end}</translation>
    </message>
    <message>
        <source>{day} {year}</source>
        <comment>a day and month, then the year</comment>
        <translation>{day} {year}</translation>
    </message>
    <message>
        <source>Points issued and redeemed</source>
        <translation>Vergebene und eingelöste Punkte</translation>
    </message>
    <message>
        <source>Operations per desk and part of the day</source>
        <translation>Vorgänge pro Arbeitsplatz und Tageszeit</translation>
    </message>
    <message>
        <source>No loyalty operation in this period.</source>
        <translation>Kein Treuepunkte-Vorgang in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Points issued and redeemed {span}</source>
        <translation>Vergebene und eingelöste Punkte {span}</translation>
    </message>
    <message numerus="yes">
        <source>{desk}, {part}: %Ln operation(s), {issued} points issued, {redeemed} redeemed</source>
        <translation>
            <numerusform>{desk}, {part}: %Ln Vorgang, {issued} Punkte vergeben, {redeemed} eingelöst</numerusform>
            <numerusform>{desk}, {part}: %Ln Vorgänge, {issued} Punkte vergeben, {redeemed} eingelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Figures for</source>
        <translation>Zahlen für</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save figures as &amp;CSV…</source>
        <translation>Zahlen als &amp;CSV speichern…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Treuepunkte</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Heute, {day}</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>Konflikte ({count})</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Aktualisiert {when}</translation>
    </message>
    <message>
        <source>{why} The figures below are from {when} and may be out of date; trying again every 15 seconds.</source>
        <translation>{why} Die Zahlen unten stammen von {when} und sind eventuell veraltet; neuer Versuch alle 15 Sekunden.</translation>
    </message>
    <message>
        <source>Out of date: from {when}</source>
        <translation>Veraltet: Stand {when}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The report was not saved: could not write {path} ({why}).</source>
        <translation>Der Bericht wurde nicht gespeichert: {path} konnte nicht geschrieben werden ({why}).</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Bericht gespeichert: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) were let in twice; the Conflicts tab lists the first {listed}.</source>
        <translation>
            <numerusform>%Ln Pass wurde zweimal eingelassen; der Reiter Konflikte listet die ersten {listed} auf.</numerusform>
            <numerusform>%Ln Pässe wurden zweimal eingelassen; der Reiter Konflikte listet die ersten {listed} auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the figures as CSV (one file per chart)</source>
        <translation>Zahlen als CSV speichern (eine Datei pro Diagramm)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln CSV file(s) saved in {folder}: {files}</source>
        <translation>
            <numerusform>%Ln CSV-Datei in {folder} gespeichert: {files}</numerusform>
            <numerusform>%Ln CSV-Dateien in {folder} gespeichert: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures were not saved: could not write beside {path} ({why}).</source>
        <translation>Die Zahlen wurden nicht gespeichert: Neben {path} konnte nicht geschrieben werden ({why}).</translation>
    </message>
    <message>
        <source>That event is no longer in the events list. Pick another, or Today.</source>
        <translation>Diese Veranstaltung ist nicht mehr in der Veranstaltungsliste. Wählen Sie eine andere oder „Heute“.</translation>
    </message>
    <message>
        <source>The figures could not be read ({why}).</source>
        <translation>Die Zahlen konnten nicht gelesen werden ({why}).</translation>
    </message>
    <message>
        <source>{reader} (PassEntry reader)</source>
        <translation>{reader} (PassEntry-Lesegerät)</translation>
    </message>
    <message>
        <source>Unnamed desk</source>
        <translation>Unbenannter Arbeitsplatz</translation>
    </message>
    <message>
        <source>{desk} · {reader}</source>
        <translation>{desk} · {reader}</translation>
    </message>
</context>
<context>
    <name>loyalty</name>
    <message>
        <source>send either a balance change or an override, not both</source>
        <translation>entweder eine Änderung des Punktestands oder einen festen Wert senden, nicht beides</translation>
    </message>
    <message>
        <source>a balance change or an override is required</source>
        <translation>eine Änderung des Punktestands oder ein fester Wert ist erforderlich</translation>
    </message>
    <message>
        <source>the balance must be a whole number</source>
        <translation>der Punktestand muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>the balance cannot be set below zero</source>
        <translation>der Punktestand kann nicht unter null gesetzt werden</translation>
    </message>
    <message>
        <source>This card was cancelled: no points can be added or redeemed.</source>
        <translation>Diese Karte wurde annulliert: Es können keine Punkte gutgeschrieben oder eingelöst werden.</translation>
    </message>
    <message>
        <source>That is more points than a pass can hold.</source>
        <translation>Das sind mehr Punkte, als ein Pass fassen kann.</translation>
    </message>
    <message>
        <source>The number of points cannot be negative.</source>
        <translation>Die Anzahl der Punkte kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Type a number of points above zero.</source>
        <translation>Geben Sie eine Punktzahl über null ein.</translation>
    </message>
    <message>
        <source>Points cannot be redeemed yet: the balance is not known.</source>
        <translation>Punkte können noch nicht eingelöst werden: Der Punktestand ist unbekannt.</translation>
    </message>
    <message>
        <source>The same change was made to this pass a moment ago, so it was not made again. Do it once more if it is meant.</source>
        <translation>Dieselbe Änderung wurde vor einem Moment an diesem Pass vorgenommen und daher nicht wiederholt. Führen Sie sie noch einmal aus, wenn sie so gemeint ist.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} ist keine Zahl.</translation>
    </message>
    <message>
        <source>Type the amount spent.</source>
        <translation>Geben Sie den ausgegebenen Betrag ein.</translation>
    </message>
    <message>
        <source>Type the number of points.</source>
        <translation>Geben Sie die Anzahl der Punkte ein.</translation>
    </message>
    <message>
        <source>The amount spent cannot be negative.</source>
        <translation>Der ausgegebene Betrag kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Points are whole numbers.</source>
        <translation>Punkte sind ganze Zahlen.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal place(s).</source>
        <translation>
            <numerusform>Höchstens %n Nachkommastelle.</numerusform>
            <numerusform>Höchstens %n Nachkommastellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An amount has at most %n decimal place(s).</source>
        <translation>
            <numerusform>Ein Betrag hat höchstens %n Nachkommastelle.</numerusform>
            <numerusform>Ein Betrag hat höchstens %n Nachkommastellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>An amount above {most} is not a purchase.</source>
        <translation>Ein Betrag über {most} ist kein Einkauf.</translation>
    </message>
    <message>
        <source>Thank you for your order. You&apos;ve earned {points} points!</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Vielen Dank für Ihre Bestellung. Sie haben {points} Punkte gesammelt!</translation>
    </message>
    <message>
        <source>You&apos;ve received {points} points. Your balance is {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Sie haben {points} Punkte erhalten. Ihr Punktestand beträgt {balance}.</translation>
    </message>
    <message>
        <source>You&apos;ve used {points} points. Your balance is {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Sie haben {points} Punkte eingelöst. Ihr Punktestand beträgt {balance}.</translation>
    </message>
    <message>
        <source>Your balance is now {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Ihr Punktestand beträgt jetzt {balance}.</translation>
    </message>
    <message>
        <source>Congratulations! {reward}</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Herzlichen Glückwunsch! {reward}</translation>
    </message>
    <message>
        <source>This pass cannot collect points: the {template} template has no loyalty balance.</source>
        <translation>Dieser Pass kann keine Punkte sammeln: Die Vorlage {template} hat keinen Treuepunktestand.</translation>
    </message>
    <message>
        <source>This pass cannot collect points: its template has no loyalty balance.</source>
        <translation>Dieser Pass kann keine Punkte sammeln: Seine Vorlage hat keinen Treuepunktestand.</translation>
    </message>
    <message>
        <source>Not enough points: the balance is {balance}.</source>
        <translation>Nicht genug Punkte: Der Punktestand beträgt {balance}.</translation>
    </message>
    <message>
        <source>Not enough points: the balance is {balance} (from the last sync, not confirmed).</source>
        <translation>Nicht genug Punkte: Der Punktestand beträgt {balance} (von der letzten Synchronisierung, nicht bestätigt).</translation>
    </message>
    <message>
        <source>More than {points} points without a balance confirmed by PassEntry: a supervisor must approve.</source>
        <translation>Mehr als {points} Punkte ohne von PassEntry bestätigten Punktestand: Die Schichtleitung muss zustimmen.</translation>
    </message>
    <message>
        <source>That amount earns no points at this rate.</source>
        <translation>Dieser Betrag ergibt bei dieser Rate keine Punkte.</translation>
    </message>
    <message>
        <source>No pass {pass_id} in the local store; sync first.</source>
        <translation>Kein Pass {pass_id} in der lokalen Datenbank; bitte zuerst synchronisieren.</translation>
    </message>
</context>
<context>
    <name>passes</name>
    <message>
        <source>Ext id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>Gruppen-Tags</translation>
    </message>
    <message>
        <source>QR code value</source>
        <translation>QR-Code-Wert</translation>
    </message>
    <message>
        <source>Location latitude</source>
        <translation>Breitengrad des Orts</translation>
    </message>
    <message>
        <source>Location longitude</source>
        <translation>Längengrad des Orts</translation>
    </message>
    <message>
        <source>Location radius (m)</source>
        <translation>Radius des Orts (m)</translation>
    </message>
    <message>
        <source>a quote opened on this line is never closed; the next line is read as its own row</source>
        <translation>ein in dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen; die nächste Zeile wird als eigene Zeile gelesen</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {byte} cannot be read). Save it as “CSV UTF-8” and try again.</source>
        <translation>Die Datei ist kein UTF-8-Text (Byte {byte} ist nicht lesbar). Speichern Sie sie als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: {reason}</source>
        <translation>Zeile {line} kann nicht als CSV gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}.</source>
        <translation>Zeile {line}: {problem}.</translation>
    </message>
    <message>
        <source>{what} {value} is not a number</source>
        <translation>{what} {value} ist keine Zahl</translation>
    </message>
    <message>
        <source>a location needs both latitude and longitude</source>
        <translation>ein Ort braucht Breiten- und Längengrad</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>Radius</translation>
    </message>
    <message numerus="yes">
        <source>{what} {value} is also on line(s) {lines} and {more} more</source>
        <translation>
            <numerusform>{what} {value} steht auch in Zeile {lines} und {more} weiteren</numerusform>
            <numerusform>{what} {value} steht auch in den Zeilen {lines} und {more} weiteren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} {value} is also on line(s) {lines}</source>
        <translation>
            <numerusform>{what} {value} steht auch in Zeile {lines}</numerusform>
            <numerusform>{what} {value} steht auch in den Zeilen {lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>{cells} cells but the header names {columns} columns</source>
        <translation>{cells} Zellen, aber die Kopfzeile nennt {columns} Spalten</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} ist leer</translation>
    </message>
    <message>
        <source>{field} is {length} characters (at most {most})</source>
        <translation>{field} hat {length} Zeichen (höchstens {most})</translation>
    </message>
    <message>
        <source>ext id is empty</source>
        <translation>externe ID ist leer</translation>
    </message>
    <message>
        <source>ext id</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <source>ext id {value} is already on a pass (issued before?)</source>
        <translation>externe ID {value} gehört bereits zu einem Pass (schon ausgestellt?)</translation>
    </message>
    <message>
        <source>group tag is {length} characters (at most {most})</source>
        <translation>Gruppen-Tag hat {length} Zeichen (höchstens {most})</translation>
    </message>
    <message>
        <source>QR value is {length} characters (at most {most})</source>
        <translation>QR-Wert hat {length} Zeichen (höchstens {most})</translation>
    </message>
    <message>
        <source>QR value</source>
        <translation>QR-Wert</translation>
    </message>
    <message>
        <source>QR value {value} is already on a pass</source>
        <translation>QR-Wert {value} gehört bereits zu einem Pass</translation>
    </message>
    <message>
        <source>the rows have locations, which a batch file cannot carry</source>
        <translation>die Zeilen enthalten Orte, die eine Stapeldatei nicht enthalten kann</translation>
    </message>
    <message>
        <source>the passes are linked to an event on this desk, which a batch cannot do</source>
        <translation>die Pässe sind an eine Veranstaltung auf diesem Arbeitsplatz gebunden, was ein Stapel nicht kann</translation>
    </message>
    <message>
        <source>the rows carry a message, which a batch file cannot carry</source>
        <translation>die Zeilen enthalten eine Nachricht, die eine Stapeldatei nicht enthalten kann</translation>
    </message>
    <message>
        <source>at most {most} locations per pass ({given} given)</source>
        <translation>höchstens {most} Orte pro Pass ({given} angegeben)</translation>
    </message>
    <message>
        <source>location {n}: {problem}</source>
        <translation>Ort {n}: {problem}</translation>
    </message>
    <message>
        <source>latitude must be between -90 and 90</source>
        <translation>Breitengrad muss zwischen -90 und 90 liegen</translation>
    </message>
    <message>
        <source>longitude must be between -180 and 180</source>
        <translation>Längengrad muss zwischen -180 und 180 liegen</translation>
    </message>
    <message>
        <source>radius must be {low}-{high} metres</source>
        <translation>Radius muss {low}–{high} Meter betragen</translation>
    </message>
    <message>
        <source>at most {most} beacons per pass ({given} given)</source>
        <translation>höchstens {most} Beacons pro Pass ({given} angegeben)</translation>
    </message>
    <message>
        <source>beacon {n}: proximity UUID must look like E2C56DB5-DFFB-48D2-B060-D0F5A71096E0</source>
        <translation>Beacon {n}: Proximity-UUID muss wie E2C56DB5-DFFB-48D2-B060-D0F5A71096E0 aussehen</translation>
    </message>
    <message>
        <source>major</source>
        <comment>a beacon&apos;s major number</comment>
        <translation>Major</translation>
    </message>
    <message>
        <source>minor</source>
        <comment>a beacon&apos;s minor number</comment>
        <translation>Minor</translation>
    </message>
    <message>
        <source>beacon {n}: {label} must be a whole number 0-{most}</source>
        <translation>Beacon {n}: {label} muss eine ganze Zahl von 0 bis {most} sein</translation>
    </message>
    <message>
        <source>the Apple pass sent is not valid base64</source>
        <translation>der gesendete Apple-Pass ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the Apple pass sent is not a .pkpass file</source>
        <translation>der gesendete Apple-Pass ist keine .pkpass-Datei</translation>
    </message>
    <message>
        <source>Each row names a pass in a {pass_id} column (its pass ID or ext id) and gives only what changes: {passfield} columns, {group_tags}, {pass_action} ({deactivate} or {reactivate}). Columns left out stay as they are.</source>
        <translation>Jede Zeile nennt einen Pass in einer Spalte {pass_id} (seine Pass-ID oder externe ID) und gibt nur an, was sich ändert: Spalten {passfield}, {group_tags}, {pass_action} ({deactivate} oder {reactivate}). Weggelassene Spalten bleiben unverändert.</translation>
    </message>
    <message>
        <source>Update passes from a CSV file</source>
        <translation>Pässe aus einer CSV-Datei aktualisieren</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>A CSV file with a {pass_id} column</source>
        <translation>Eine CSV-Datei mit einer Spalte {pass_id}</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>CSV &amp;file</source>
        <translation>CSV-&amp;Datei</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>Optional, e.g. Upgrade to Gold</source>
        <translation>Optional, z. B. Upgrade auf Gold</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Run at</source>
        <translation>Ausführen am</translation>
    </message>
    <message>
        <source>&amp;Run at</source>
        <translation>&amp;Ausführen am</translation>
    </message>
    <message>
        <source>%v of %m rows processed</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation>%v von %m Zeilen verarbeitet</translation>
    </message>
    <message>
        <source>&amp;Update passes</source>
        <translation>Pässe &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Save e&amp;rrors CSV…</source>
        <translation>&amp;Fehler-CSV speichern…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no file at {path}. Check the path or use Choose….</source>
        <translation>Unter {path} gibt es keine Datei. Prüfen Sie den Pfad oder nutzen Sie Auswählen….</translation>
    </message>
    <message>
        <source>Sending the file to PassEntry…</source>
        <translation>Datei wird an PassEntry gesendet…</translation>
    </message>
    <message>
        <source>{status}…</source>
        <translation>{status}…</translation>
    </message>
    <message>
        <source>Scheduled for {when}: Passes → Batches… shows it, and can cancel it until then.</source>
        <translation>Geplant für {when}: Pässe → Stapel… zeigt ihn und kann ihn bis dahin abbrechen.</translation>
    </message>
    <message>
        <source>{status}: {progress} passes updated; the changes arrive here with the next sync.</source>
        <translation>{status}: {progress} Pässe aktualisiert; die Änderungen kommen mit der nächsten Synchronisierung hier an.</translation>
    </message>
    <message>
        <source>{status}. Save the errors CSV to see which rows were refused and why.</source>
        <translation>{status}. Speichern Sie die Fehler-CSV, um zu sehen, welche Zeilen abgelehnt wurden und warum.</translation>
    </message>
    <message>
        <source>{status}.</source>
        <translation>{status}.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Nicht gesendet: {reason}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Scheduled / done</source>
        <translation>Geplant / fertig</translation>
    </message>
    <message>
        <source>No API key: set it in Settings → PassEntry account first.</source>
        <translation>Kein API-Schlüssel: Legen Sie ihn zuerst unter Einstellungen → PassEntry-Konto fest.</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Fetching the file…</source>
        <translation>Datei wird abgerufen…</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Batches run on PassEntry: issuing many passes, updating them from a file, and messages to many passes. Newest first.</source>
        <translation>Stapel laufen auf PassEntry: viele Pässe ausstellen, Pässe aus einer Datei aktualisieren und Nachrichten an viele Pässe. Neueste zuerst.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel batch</source>
        <translation>Stapel a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Save &amp;results CSV…</source>
        <translation>&amp;Ergebnis-CSV speichern…</translation>
    </message>
    <message>
        <source>Save &amp;errors CSV…</source>
        <translation>&amp;Fehler-CSV speichern…</translation>
    </message>
    <message>
        <source>Reading the batches from PassEntry…</source>
        <translation>Stapel werden von PassEntry gelesen…</translation>
    </message>
    <message>
        <source>The batches could not be read: {reason}</source>
        <translation>Die Stapel konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>No batches yet.</source>
        <translation>Noch keine Stapel.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es).</source>
        <translation>
            <numerusform>%Ln Stapel.</numerusform>
            <numerusform>%Ln Stapel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled: it will not run.</source>
        <translation>Abgebrochen: Er wird nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Sending now…</source>
        <translation>Wird jetzt gesendet…</translation>
    </message>
    <message>
        <source>Sent now.</source>
        <translation>Jetzt gesendet.</translation>
    </message>
    <message>
        <source>Ba&amp;tches</source>
        <translation>S&amp;tapel</translation>
    </message>
    <message>
        <source>Batches run on PassEntry: a message to many passes, updating passes from a CSV file, and the list of batches</source>
        <translation>Stapel laufen auf PassEntry: eine Nachricht an viele Pässe, Pässe aus einer CSV-Datei aktualisieren und die Liste der Stapel</translation>
    </message>
    <message>
        <source>&amp;Notify many…</source>
        <translation>Viele &amp;benachrichtigen…</translation>
    </message>
    <message>
        <source>&amp;Update from CSV…</source>
        <translation>Aus CSV a&amp;ktualisieren…</translation>
    </message>
    <message>
        <source>&amp;Batches…</source>
        <translation>&amp;Stapel…</translation>
    </message>
    <message>
        <source>How: one by one, through the outbox (sent with the next sync).</source>
        <translation>Wie: einzeln, über den Postausgang (gesendet mit der nächsten Synchronisierung).</translation>
    </message>
    <message>
        <source>How: as one batch on PassEntry; its progress shows here to the end.</source>
        <translation>Wie: als ein Stapel auf PassEntry; sein Fortschritt wird hier bis zum Ende angezeigt.</translation>
    </message>
    <message>
        <source>{how} {reason}</source>
        <translation>{how} {reason}</translation>
    </message>
    <message>
        <source>How: asking PassEntry whether this account has batches…</source>
        <translation>Wie: PassEntry wird gefragt, ob dieses Konto Stapel hat…</translation>
    </message>
    <message>
        <source>PassEntry could not be asked ({reason}); passes are issued one by one.</source>
        <translation>PassEntry konnte nicht gefragt werden ({reason}); Pässe werden einzeln ausgestellt.</translation>
    </message>
    <message>
        <source>{how} Not as a batch: {reason}.</source>
        <translation>{how} Nicht als Stapel: {reason}.</translation>
    </message>
    <message>
        <source>%v of %m issued</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation>%v von %m ausgestellt</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>&amp;Beobachten beenden</translation>
    </message>
    <message>
        <source>{status}: {progress}</source>
        <translation>{status}: {progress}</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>a batch just sent</comment>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>No longer watching: the batch goes on on PassEntry ({progress}). Passes → Batches… shows how far it got.</source>
        <translation>Keine Beobachtung mehr: Der Stapel läuft auf PassEntry weiter ({progress}). Pässe → Stapel… zeigt, wie weit er ist.</translation>
    </message>
    <message>
        <source>{status}: {progress} processed on PassEntry; the passes arrive here with the next sync. Some rows were refused: save the errors CSV to see why.</source>
        <translation>{status}: {progress} auf PassEntry verarbeitet; die Pässe kommen mit der nächsten Synchronisierung hier an. Einige Zeilen wurden abgelehnt: Speichern Sie die Fehler-CSV, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>{status}: {progress} processed on PassEntry; the passes arrive here with the next sync.</source>
        <translation>{status}: {progress} auf PassEntry verarbeitet; die Pässe kommen mit der nächsten Synchronisierung hier an.</translation>
    </message>
    <message>
        <source>{status}: PassEntry issued none of these passes. Save the errors CSV to see why.</source>
        <translation>{status}: PassEntry hat keinen dieser Pässe ausgestellt. Speichern Sie die Fehler-CSV, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>{status}: PassEntry issued none of these passes.</source>
        <translation>{status}: PassEntry hat keinen dieser Pässe ausgestellt.</translation>
    </message>
    <message>
        <source>line in your file</source>
        <comment>a CSV column&apos;s header</comment>
        <translation>Zeile in Ihrer Datei</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(nicht verwendet)</translation>
    </message>
    <message>
        <source>Issue passes from a CSV file</source>
        <translation>Pässe aus einer CSV-Datei ausstellen</translation>
    </message>
    <message>
        <source>&amp;Issue passes</source>
        <translation>Pässe &amp;ausstellen</translation>
    </message>
    <message>
        <source>No templates yet: sync first, or add one by its ID</source>
        <translation>Noch keine Vorlagen: Zuerst synchronisieren oder eine per ID hinzufügen</translation>
    </message>
    <message>
        <source>No templates yet: sync first</source>
        <translation>Noch keine Vorlagen: Zuerst synchronisieren</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Column for {target}</source>
        <translation>Spalte für {target}</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Alle Zeilen werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): {good} ready to issue, {bad} with problems (listed below; they are not issued).</source>
        <translation>
            <numerusform>%Ln Zeile: {good} bereit zum Ausstellen, {bad} mit Problemen (unten aufgeführt; sie werden nicht ausgestellt).</numerusform>
            <numerusform>%Ln Zeilen: {good} bereit zum Ausstellen, {bad} mit Problemen (unten aufgeführt; sie werden nicht ausgestellt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): {good} ready to issue.</source>
        <translation>
            <numerusform>%Ln Zeile: {good} bereit zum Ausstellen.</numerusform>
            <numerusform>%Ln Zeilen: {good} bereit zum Ausstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} With no QR column, each pass&apos;s QR code is its ext id.</source>
        <translation>{summary} Ohne QR-Spalte ist der QR-Code jedes Passes seine externe ID.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the problems of one CSV row</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Issue %Ln pass(es)</source>
        <translation>
            <numerusform>%Ln Pass &amp;ausstellen</numerusform>
            <numerusform>%Ln Pässe &amp;ausstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bad rows</source>
        <translation>Fehlerhafte Zeilen exportieren</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln bad row(s) to {path}.</source>
        <translation>
            <numerusform>%Ln fehlerhafte Zeile nach {path} geschrieben.</numerusform>
            <numerusform>%Ln fehlerhafte Zeilen nach {path} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m queued</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation>%v von %m vorgemerkt</translation>
    </message>
    <message>
        <source>Queuing passes…</source>
        <translation>Pässe werden vorgemerkt…</translation>
    </message>
    <message>
        <source>Stopping after this look…</source>
        <translation>Stopp nach diesem Durchlauf…</translation>
    </message>
    <message>
        <source>Stopping after this chunk…</source>
        <translation>Stopp nach diesem Abschnitt…</translation>
    </message>
    <message numerus="yes">
        <source> %Ln were queued before.</source>
        <comment>after a sentence: mind the space in front</comment>
        <translation>
            <numerusform> %Ln wurde bereits vorher vorgemerkt.</numerusform>
            <numerusform> %Ln wurden bereits vorher vorgemerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln pass(es) queued.{before} Issue again to queue the rest; rows already queued are skipped.</source>
        <translation>
            <numerusform>Gestoppt: %Ln Pass vorgemerkt.{before} Stellen Sie erneut aus, um den Rest vorzumerken; bereits vorgemerkte Zeilen werden übersprungen.</numerusform>
            <numerusform>Gestoppt: %Ln Pässe vorgemerkt.{before} Stellen Sie erneut aus, um den Rest vorzumerken; bereits vorgemerkte Zeilen werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) queued; they reach PassEntry with the next sync.{before} To issue this file again, choose it again.</source>
        <translation>
            <numerusform>%Ln Pass vorgemerkt; er erreicht PassEntry mit der nächsten Synchronisierung.{before} Um diese Datei erneut auszustellen, wählen Sie sie erneut aus.</numerusform>
            <numerusform>%Ln Pässe vorgemerkt; sie erreichen PassEntry mit der nächsten Synchronisierung.{before} Um diese Datei erneut auszustellen, wählen Sie sie erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a day, then a time of day</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Deactivate {name}?</source>
        <translation>{name} deaktivieren?</translation>
    </message>
    <message>
        <source>Deactivate this pass?</source>
        <translation>Diesen Pass deaktivieren?</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %Ln pass(es)?</source>
        <translation>
            <numerusform>%Ln Pass deaktivieren?</numerusform>
            <numerusform>%Ln Pässe deaktivieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} und %Ln weiterer</numerusform>
            <numerusform>{names} und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already deactivated: %Ln of the {selected} selected. They stay as they are.</source>
        <translation>
            <numerusform>Bereits deaktiviert: %Ln von {selected} ausgewählten. Sie bleiben unverändert.</numerusform>
            <numerusform>Bereits deaktiviert: %Ln von {selected} ausgewählten. Sie bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A deactivated pass stays in the wallet, shown as expired, and no longer scans as valid. It can be reactivated later.</source>
        <translation>Ein deaktivierter Pass bleibt im Wallet, wird als abgelaufen angezeigt und gilt beim Scannen nicht mehr als gültig. Er kann später reaktiviert werden.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a window title</comment>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a button</comment>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Already deactivated</source>
        <translation>Bereits deaktiviert</translation>
    </message>
    <message>
        <source>The selected pass is already deactivated.</source>
        <translation>Der ausgewählte Pass ist bereits deaktiviert.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln selected passes are already deactivated.</source>
        <translation>
            <numerusform>Der ausgewählte Pass ist bereits deaktiviert.</numerusform>
            <numerusform>Alle %Ln ausgewählten Pässe sind bereits deaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deactivated</source>
        <translation>Nicht deaktiviert</translation>
    </message>
    <message>
        <source>Nothing was deactivated: {reason}</source>
        <translation>Nichts wurde deaktiviert: {reason}</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <comment>a window title</comment>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Reactivate the pass of {name}?</source>
        <translation>Den Pass von {name} reaktivieren?</translation>
    </message>
    <message>
        <source>Reactivate this pass?</source>
        <translation>Diesen Pass reaktivieren?</translation>
    </message>
    <message>
        <source>It scans as valid again, and it can be changed and sent messages. On an iPhone it stays among the expired passes until its holder shows it again.</source>
        <translation>Er gilt beim Scannen wieder als gültig und kann geändert werden und Nachrichten erhalten. Auf einem iPhone bleibt er bei den abgelaufenen Pässen, bis sein Inhaber ihn wieder vorzeigt.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <comment>a button</comment>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Not reactivated</source>
        <translation>Nicht reaktiviert</translation>
    </message>
    <message>
        <source>The pass was not reactivated: {reason}</source>
        <translation>Der Pass wurde nicht reaktiviert: {reason}</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniatur</translation>
    </message>
    <message>
        <source>Choose this pass&apos;s banner</source>
        <translation>Banner dieses Passes auswählen</translation>
    </message>
    <message>
        <source>Use the template&apos;s banner again</source>
        <translation>Wieder das Banner der Vorlage verwenden</translation>
    </message>
    <message>
        <source>The template&apos;s banner</source>
        <translation>Das Banner der Vorlage</translation>
    </message>
    <message>
        <source>Choose this pass&apos;s logo</source>
        <translation>Logo dieses Passes auswählen</translation>
    </message>
    <message>
        <source>Use the template&apos;s logo again</source>
        <translation>Wieder das Logo der Vorlage verwenden</translation>
    </message>
    <message>
        <source>The template&apos;s logo</source>
        <translation>Das Logo der Vorlage</translation>
    </message>
    <message>
        <source>Choose this pass&apos;s thumbnail</source>
        <translation>Miniatur dieses Passes auswählen</translation>
    </message>
    <message>
        <source>Use the template&apos;s thumbnail again</source>
        <translation>Wieder die Miniatur der Vorlage verwenden</translation>
    </message>
    <message>
        <source>The template&apos;s thumbnail</source>
        <translation>Die Miniatur der Vorlage</translation>
    </message>
    <message>
        <source>Design for this pass</source>
        <translation>Design für diesen Pass</translation>
    </message>
    <message>
        <source>Use one of your images on PassEntry instead of the template&apos;s, for this pass only. PassEntry must have enabled per-pass designs for your organisation.</source>
        <translation>Verwenden Sie nur für diesen Pass eines Ihrer Bilder auf PassEntry statt des Bildes der Vorlage. PassEntry muss Designs pro Pass für Ihre Organisation freigeschaltet haben.</translation>
    </message>
    <message>
        <source>Connect to PassEntry (Settings) to use your images on a pass.</source>
        <translation>Verbinden Sie sich mit PassEntry (Einstellungen), um Ihre Bilder auf einem Pass zu verwenden.</translation>
    </message>
    <message>
        <source>The template&apos;s value per language — {values}. A value typed here is this pass&apos;s in every language.</source>
        <translation>Wert der Vorlage je Sprache — {values}. Ein hier eingegebener Wert gilt für diesen Pass in jeder Sprache.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Use the template&apos;s</source>
        <comment>a button: use the template&apos;s image</comment>
        <translation>Aus Vorlage</translation>
    </message>
    <message>
        <source>Send it with the template&apos;s design</source>
        <translation>Mit dem Design der Vorlage senden</translation>
    </message>
    <message>
        <source>An image</source>
        <translation>Ein Bild</translation>
    </message>
    <message>
        <source>{image}, {width} x {height} px</source>
        <translation>{image}, {width} x {height} px</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <source>Aztec code</source>
        <translation>Aztec-Code</translation>
    </message>
    <message>
        <source>PDF417 code</source>
        <translation>PDF417-Code</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>Erstellt: {when}</translation>
    </message>
    <message>
        <source>Added to a wallet: {when}</source>
        <translation>Zu einem Wallet hinzugefügt: {when}</translation>
    </message>
    <message>
        <source>Removed from the wallet: {when}</source>
        <translation>Aus dem Wallet entfernt: {when}</translation>
    </message>
    <message>
        <source>Deactivated: {when}</source>
        <translation>Deaktiviert: {when}</translation>
    </message>
    <message>
        <source>Nullified: {when}</source>
        <translation>Annulliert: {when}</translation>
    </message>
    <message>
        <source>Expires: {when}</source>
        <translation>Läuft ab: {when}</translation>
    </message>
    <message>
        <source>Expired: {when}</source>
        <translation>Abgelaufen: {when}</translation>
    </message>
    <message>
        <source>Nullified on {when}. In the wallet it shows grey as “Deactivated” and its data was wiped. Its ext id {ext_id} is free for a new pass. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Annulliert am {when}. Im Wallet erscheint er grau als „Deaktiviert“, und seine Daten wurden gelöscht. Seine externe ID {ext_id} ist für einen neuen Pass frei. PassEntry antwortet für ihn mit „nicht gefunden“, daher kann er nicht mehr geändert, benachrichtigt oder gescannt werden.</translation>
    </message>
    <message>
        <source>Nullified on {when}. In the wallet it shows grey as “Deactivated” and its data was wiped. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Annulliert am {when}. Im Wallet erscheint er grau als „Deaktiviert“, und seine Daten wurden gelöscht. PassEntry antwortet für ihn mit „nicht gefunden“, daher kann er nicht mehr geändert, benachrichtigt oder gescannt werden.</translation>
    </message>
    <message>
        <source>Nullified. In the wallet it shows grey as “Deactivated” and its data was wiped. Its ext id {ext_id} is free for a new pass. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Annulliert. Im Wallet erscheint er grau als „Deaktiviert“, und seine Daten wurden gelöscht. Seine externe ID {ext_id} ist für einen neuen Pass frei. PassEntry antwortet für ihn mit „nicht gefunden“, daher kann er nicht mehr geändert, benachrichtigt oder gescannt werden.</translation>
    </message>
    <message>
        <source>Nullified. In the wallet it shows grey as “Deactivated” and its data was wiped. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Annulliert. Im Wallet erscheint er grau als „Deaktiviert“, und seine Daten wurden gelöscht. PassEntry antwortet für ihn mit „nicht gefunden“, daher kann er nicht mehr geändert, benachrichtigt oder gescannt werden.</translation>
    </message>
    <message>
        <source>The pass could not be read: {reason}</source>
        <translation>Der Pass konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Select a pass to see its details.</source>
        <translation>Wählen Sie einen Pass aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Latest message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Pass id</source>
        <translation>Pass-ID</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a pass&apos;s status</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no template</source>
        <translation>keine Vorlage</translation>
    </message>
    <message numerus="yes">
        <source>group(s) {tags}</source>
        <translation>
            <numerusform>Gruppe {tags}</numerusform>
            <numerusform>Gruppen {tags}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln Änderung wartet auf Versand</numerusform>
            <numerusform>%Ln Änderungen warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>Made here; PassEntry has not confirmed them yet. The Sync pane lists them.</source>
        <translation>Hier vorgenommen; PassEntry hat sie noch nicht bestätigt. Der Bereich Synchronisierung listet sie auf.</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <source>NFC value</source>
        <translation>NFC-Wert</translation>
    </message>
    <message>
        <source>Add to wallet</source>
        <translation>Zum Wallet hinzufügen</translation>
    </message>
    <message>
        <source>The customer scans this with their phone to add the pass.</source>
        <translation>Der Kunde scannt dies mit seinem Telefon, um den Pass hinzuzufügen.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the download page in the browser</source>
        <translation>Download-Seite im Browser öffnen</translation>
    </message>
    <message>
        <source>Locations ({count})</source>
        <translation>Orte ({count})</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>{name}: {where} · {radius} m</source>
        <translation>{name}: {where} · {radius} m</translation>
    </message>
    <message>
        <source>{name}: {where}</source>
        <translation>{name}: {where}</translation>
    </message>
    <message>
        <source>Beacons ({count})</source>
        <translation>Beacons ({count})</translation>
    </message>
    <message>
        <source>Beacon</source>
        <translation>Beacon</translation>
    </message>
    <message>
        <source>Edit pass</source>
        <translation>Pass bearbeiten</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Pass not found</source>
        <translation>Pass nicht gefunden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>This pass is not in the local store any more.</source>
        <translation>Dieser Pass ist nicht mehr in der lokalen Datenbank.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: lock screens show about {shown} and cut the rest.</source>
        <translation>
            <numerusform>%Ln Zeichen: Sperrbildschirme zeigen etwa {shown} und schneiden den Rest ab.</numerusform>
            <numerusform>%Ln Zeichen: Sperrbildschirme zeigen etwa {shown} und schneiden den Rest ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change goes to PassEntry with the template&apos;s design.</source>
        <translation>Die Änderung geht mit dem Design der Vorlage an PassEntry.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Check the disk, then try again.</source>
        <translation>Nicht gespeichert: {reason}. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No event (not a ticket)</source>
        <translation>Keine Veranstaltung (kein Ticket)</translation>
    </message>
    <message>
        <source>{event} · {when} ({zone})</source>
        <translation>{event} · {when} ({zone})</translation>
    </message>
    <message>
        <source>{event} · {when}</source>
        <translation>{event} · {when}</translation>
    </message>
    <message>
        <source>Code 128 (a line of bars)</source>
        <translation>Code 128 (eine Reihe von Strichen)</translation>
    </message>
    <message>
        <source>Aztec</source>
        <translation>Aztec</translation>
    </message>
    <message>
        <source>PDF417</source>
        <translation>PDF417</translation>
    </message>
    <message>
        <source>No barcode</source>
        <translation>Kein Barcode</translation>
    </message>
    <message>
        <source>The ext id</source>
        <translation>Die externe ID</translation>
    </message>
    <message>
        <source>The pass id</source>
        <translation>Die Pass-ID</translation>
    </message>
    <message>
        <source>A value you type</source>
        <translation>Ein eingegebener Wert</translation>
    </message>
    <message>
        <source>Without a barcode the pass cannot be scanned at a door or a till: only NFC or a search by name finds it.</source>
        <translation>Ohne Barcode kann der Pass an keinem Eingang und keiner Kasse gescannt werden: Nur NFC oder eine Suche nach Namen findet ihn.</translation>
    </message>
    <message>
        <source>The pass id is known once PassEntry has created the pass; until then the Passes list shows the ext id as its number.</source>
        <translation>Die Pass-ID ist bekannt, sobald PassEntry den Pass erstellt hat; bis dahin zeigt die Passliste die externe ID als Nummer.</translation>
    </message>
    <message>
        <source>Each pass needs its own value: a door tells passes apart by it.</source>
        <translation>Jeder Pass braucht einen eigenen Wert: Ein Eingang unterscheidet Pässe daran.</translation>
    </message>
    <message>
        <source>Issue a pass</source>
        <translation>Pass ausstellen</translation>
    </message>
    <message>
        <source>&amp;Issue pass</source>
        <translation>Pass &amp;ausstellen</translation>
    </message>
    <message>
        <source>Reading templates…</source>
        <translation>Vorlagen werden gelesen…</translation>
    </message>
    <message>
        <source>Field id {id}; empty: {default}</source>
        <translation>Feld-ID {id}; leer: {default}</translation>
    </message>
    <message>
        <source>Field id {id}</source>
        <translation>Feld-ID {id}</translation>
    </message>
    <message>
        <source>pick a template</source>
        <translation>eine Vorlage auswählen</translation>
    </message>
    <message>
        <source>type the barcode value (or let the barcode hold the ext id)</source>
        <translation>den Barcode-Wert eingeben (oder den Barcode die externe ID enthalten lassen)</translation>
    </message>
    <message>
        <source>type the NFC value (or let NFC hold the pass id)</source>
        <translation>den NFC-Wert eingeben (oder NFC die Pass-ID enthalten lassen)</translation>
    </message>
    <message numerus="yes">
        <source>Cannot issue yet: {problem} (and %Ln more)</source>
        <translation>
            <numerusform>Noch nicht ausstellbar: {problem} (und %Ln weiteres)</numerusform>
            <numerusform>Noch nicht ausstellbar: {problem} (und %Ln weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot issue yet: {problem}</source>
        <translation>Noch nicht ausstellbar: {problem}</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Wird ausgestellt…</translation>
    </message>
    <message>
        <source>Pass for {who} queued (ext id {ext_id}, {event}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pass für {who} vorgemerkt (externe ID {ext_id}, {event}); er erreicht PassEntry mit der nächsten Synchronisierung. Den Link finden Sie unter Zustellung. Das Formular ist für den nächsten Pass geleert.</translation>
    </message>
    <message>
        <source>Pass for {who} queued (ext id {ext_id}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pass für {who} vorgemerkt (externe ID {ext_id}); er erreicht PassEntry mit der nächsten Synchronisierung. Den Link finden Sie unter Zustellung. Das Formular ist für den nächsten Pass geleert.</translation>
    </message>
    <message>
        <source>Pass queued (ext id {ext_id}, {event}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pass vorgemerkt (externe ID {ext_id}, {event}); er erreicht PassEntry mit der nächsten Synchronisierung. Den Link finden Sie unter Zustellung. Das Formular ist für den nächsten Pass geleert.</translation>
    </message>
    <message>
        <source>Pass queued (ext id {ext_id}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pass vorgemerkt (externe ID {ext_id}); er erreicht PassEntry mit der nächsten Synchronisierung. Den Link finden Sie unter Zustellung. Das Formular ist für den nächsten Pass geleert.</translation>
    </message>
    <message>
        <source>Pass {ext_id} is not on PassEntry yet: per-pass designs are not enabled for your organisation (see Design for this pass).</source>
        <translation>Pass {ext_id} ist noch nicht auf PassEntry: Designs pro Pass sind für Ihre Organisation nicht freigeschaltet (siehe Design für diesen Pass).</translation>
    </message>
    <message>
        <source>Sending the pass with the template&apos;s design…</source>
        <translation>Pass wird mit dem Design der Vorlage gesendet…</translation>
    </message>
    <message>
        <source>The pass goes to PassEntry with the template&apos;s design; its link shows under Delivery once it is created.</source>
        <translation>Der Pass geht mit dem Design der Vorlage an PassEntry; sein Link erscheint unter Zustellung, sobald er erstellt ist.</translation>
    </message>
    <message>
        <source>Pass {ext_id} is on PassEntry. Send its holder this download link; it adds the pass to Apple or Google Wallet.</source>
        <translation>Pass {ext_id} ist auf PassEntry. Senden Sie seinem Inhaber diesen Download-Link; damit wird der Pass zu Apple oder Google Wallet hinzugefügt.</translation>
    </message>
    <message>
        <source>Pass {ext_id} is waiting to reach PassEntry; its download link shows here once it has been created.</source>
        <translation>Pass {ext_id} wartet darauf, PassEntry zu erreichen; sein Download-Link erscheint hier, sobald er erstellt ist.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Save Apple pass</source>
        <translation>Apple-Pass speichern</translation>
    </message>
    <message>
        <source>Apple Wallet pass (*.pkpass)</source>
        <translation>Apple-Wallet-Pass (*.pkpass)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>{path} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>{count} of at most {most}</source>
        <translation>{count} von höchstens {most}</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>&amp;Add location</source>
        <translation>Ort &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>location {n}: latitude {value} is not a number</source>
        <translation>Ort {n}: Breitengrad {value} ist keine Zahl</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>location {n}: longitude {value} is not a number</source>
        <translation>Ort {n}: Längengrad {value} ist keine Zahl</translation>
    </message>
    <message>
        <source>Radius (m)</source>
        <translation>Radius (m)</translation>
    </message>
    <message>
        <source>location {n}: radius (m) {value} is not a number</source>
        <translation>Ort {n}: Radius (m) {value} ist keine Zahl</translation>
    </message>
    <message>
        <source>Relevant text</source>
        <translation>Relevanter Text</translation>
    </message>
    <message>
        <source>location {n}: relevant text {value} is not text</source>
        <translation>Ort {n}: relevanter Text {value} ist kein Text</translation>
    </message>
    <message>
        <source>Beacons</source>
        <translation>Beacons</translation>
    </message>
    <message>
        <source>&amp;Add beacon</source>
        <translation>Beacon &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Proximity UUID</source>
        <translation>Proximity-UUID</translation>
    </message>
    <message>
        <source>beacon {n}: proximity UUID {value} is not text</source>
        <translation>Beacon {n}: Proximity-UUID {value} ist kein Text</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>beacon {n}: major {value} is not a whole number</source>
        <translation>Beacon {n}: Major {value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>beacon {n}: minor {value} is not a whole number</source>
        <translation>Beacon {n}: Minor {value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>beacon {n}: relevant text {value} is not text</source>
        <translation>Beacon {n}: relevanter Text {value} ist kein Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Gruppen-Tag</translation>
    </message>
    <message>
        <source>Type a number in the search to find its pass</source>
        <translation>Geben Sie eine Nummer in die Suche ein, um ihren Pass zu finden</translation>
    </message>
    <message>
        <source>Pick an event in the filters to see its passes</source>
        <translation>Wählen Sie in den Filtern eine Veranstaltung, um ihre Pässe zu sehen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Nullified</source>
        <translation>Annulliert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>{event}
Starts {when}</source>
        <translation>{event}
Beginnt {when}</translation>
    </message>
    <message>
        <source>This pass is {status}, not on a phone: the message is kept on the pass but no one sees it now.</source>
        <translation>Dieser Pass ist {status}, nicht auf einem Telefon: Die Nachricht bleibt auf dem Pass, aber niemand sieht sie jetzt.</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>nicht aktiv</translation>
    </message>
    <message numerus="yes">
        <source>Not active (not on a phone): %Ln of the {total} selected passes. Messages reach only active passes.</source>
        <translation>
            <numerusform>Nicht aktiv (nicht auf einem Telefon): %Ln von {total} ausgewählten Pässen. Nachrichten erreichen nur aktive Pässe.</numerusform>
            <numerusform>Nicht aktiv (nicht auf einem Telefon): %Ln von {total} ausgewählten Pässen. Nachrichten erreichen nur aktive Pässe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>The passes could not be read: {reason}</source>
        <translation>Die Pässe konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Message to {name}</source>
        <translation>Nachricht an {name}</translation>
    </message>
    <message>
        <source>Message to this pass</source>
        <translation>Nachricht an diesen Pass</translation>
    </message>
    <message numerus="yes">
        <source>Message to %Ln pass(es)</source>
        <translation>
            <numerusform>Nachricht an %Ln Pass</numerusform>
            <numerusform>Nachricht an %Ln Pässe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected pass(es) not in the local store any more: they will not get it.</source>
        <translation>
            <numerusform>%Ln ausgewählter Pass ist nicht mehr in der lokalen Datenbank: Er erhält sie nicht.</numerusform>
            <numerusform>%Ln ausgewählte Pässe sind nicht mehr in der lokalen Datenbank: Sie erhalten sie nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected pass(es) nullified: they will not get it.</source>
        <translation>
            <numerusform>%Ln ausgewählter Pass ist annulliert: Er erhält sie nicht.</numerusform>
            <numerusform>%Ln ausgewählte Pässe sind annulliert: Sie erhalten sie nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %Ln pass(es)</source>
        <translation>
            <numerusform>An %Ln Pass senden</numerusform>
            <numerusform>An %Ln Pässe senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Notify many</source>
        <translation>Viele benachrichtigen</translation>
    </message>
    <message>
        <source>Every pass with the group tag</source>
        <translation>Jeder Pass mit dem Gruppen-Tag</translation>
    </message>
    <message>
        <source>To</source>
        <comment>who gets a message</comment>
        <translation>An</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>What the lock screen shows, e.g. Doors open at 19:00. {field} puts in a pass&apos;s own value.</source>
        <translation>Was der Sperrbildschirm zeigt, z. B. Einlass ab 19:00 Uhr. {field} fügt den eigenen Wert eines Passes ein.</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Schedule &amp;at</source>
        <translation>&amp;Planen für</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Geplante Zeit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pässe</translation>
    </message>
    <message>
        <source>&amp;Cancel scheduled batch</source>
        <translation>Geplanten Stapel a&amp;bbrechen</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected pass(es) ({unsent} not sent to PassEntry yet are left out)</source>
        <translation>
            <numerusform>Der %Ln ausgewählte Pass ({unsent} noch nicht an PassEntry gesendete werden ausgelassen)</numerusform>
            <numerusform>Die %Ln ausgewählten Pässe ({unsent} noch nicht an PassEntry gesendete werden ausgelassen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected pass(es)</source>
        <translation>
            <numerusform>Der %Ln ausgewählte Pass</numerusform>
            <numerusform>Die %Ln ausgewählten Pässe</numerusform>
        </translation>
    </message>
    <message>
        <source>{length} / {most} characters: lock screens cut the rest</source>
        <translation>{length} / {most} Zeichen: Sperrbildschirme schneiden den Rest ab</translation>
    </message>
    <message>
        <source>{length} / {most} characters</source>
        <translation>{length} / {most} Zeichen</translation>
    </message>
    <message numerus="yes">
        <source>PassEntry takes at most {most} passes per message batch: this goes as %Ln batch(es).</source>
        <translation>
            <numerusform>PassEntry nimmt höchstens {most} Pässe pro Nachrichtenstapel: Dies wird als %Ln Stapel gesendet.</numerusform>
            <numerusform>PassEntry nimmt höchstens {most} Pässe pro Nachrichtenstapel: Dies wird als %Ln Stapel gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <source>Message {when}</source>
        <comment>a batch&apos;s name</comment>
        <translation>Nachricht {when}</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled: %Ln batch(es) for {when}. You can cancel it until then.</source>
        <translation>
            <numerusform>Geplant: %Ln Stapel für {when}. Sie können ihn bis dahin abbrechen.</numerusform>
            <numerusform>Geplant: %Ln Stapel für {when}. Sie können sie bis dahin abbrechen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent: %Ln batch(es) to {whom}.</source>
        <translation>
            <numerusform>Gesendet: %Ln Stapel an {whom}.</numerusform>
            <numerusform>Gesendet: %Ln Stapel an {whom}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{batch}: {status}</source>
        <translation>{batch}: {status}</translation>
    </message>
    <message>
        <source>Cancelled: the message will not be sent.</source>
        <translation>Abgebrochen: Die Nachricht wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Not cancelled: {reason}</source>
        <translation>Nicht abgebrochen: {reason}</translation>
    </message>
    <message>
        <source>NULLIFY</source>
        <translation>ANNULLIEREN</translation>
    </message>
    <message>
        <source>Its ext id &lt;b&gt;{ext_id}&lt;/b&gt; is freed: a new pass may be issued with it.</source>
        <translation>Seine externe ID &lt;b&gt;{ext_id}&lt;/b&gt; wird frei: Damit kann ein neuer Pass ausgestellt werden.</translation>
    </message>
    <message>
        <source>On the phone the pass turns grey and says “Deactivated”; its name, fields, barcode and NFC are wiped from it.</source>
        <translation>Auf dem Telefon wird der Pass grau und zeigt „Deaktiviert“; Name, Felder, Barcode und NFC werden von ihm gelöscht.</translation>
    </message>
    <message>
        <source>PassEntry answers “not found” for this pass from then on: it can no longer be changed, sent a message, given points or scanned in.</source>
        <translation>PassEntry antwortet ab dann für diesen Pass mit „nicht gefunden“: Er kann nicht mehr geändert, benachrichtigt, mit Punkten versehen oder eingescannt werden.</translation>
    </message>
    <message>
        <source>Here it leaves the Passes list; pick the status “Nullified” to see it again. It still counts as an issued pass on your PassEntry bill.</source>
        <translation>Hier verschwindet er aus der Passliste; wählen Sie den Status „Annulliert“, um ihn wieder zu sehen. Auf Ihrer PassEntry-Rechnung zählt er weiterhin als ausgestellter Pass.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; A nullified pass can never be made active again.&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;To stop it scanning for a while, deactivate it instead: that can be undone.</source>
        <translation>&lt;b&gt;Dies kann nicht rückgängig gemacht werden.&lt;/b&gt; Ein annullierter Pass kann nie wieder aktiviert werden.&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;Um das Scannen nur vorübergehend zu stoppen, deaktivieren Sie ihn stattdessen: Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Nullify pass</source>
        <translation>Pass annullieren</translation>
    </message>
    <message>
        <source>Nullify the pass of {name}?</source>
        <translation>Den Pass von {name} annullieren?</translation>
    </message>
    <message>
        <source>Nullify this pass?</source>
        <translation>Diesen Pass annullieren?</translation>
    </message>
    <message>
        <source>number {number}</source>
        <translation>Nummer {number}</translation>
    </message>
    <message>
        <source>To confirm, type the word &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation>Geben Sie zur Bestätigung das Wort &lt;b&gt;{word}&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>To confirm, type the pass&apos;s number &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation>Geben Sie zur Bestätigung die Nummer des Passes &lt;b&gt;{word}&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Nullify this pass</source>
        <translation>Diesen Pass annullieren</translation>
    </message>
    <message>
        <source>Nullifying…</source>
        <translation>Wird annulliert…</translation>
    </message>
    <message>
        <source>Not nullified: {reason}</source>
        <translation>Nicht annulliert: {reason}</translation>
    </message>
    <message>
        <source>This pass was nullified: PassEntry no longer knows it, so it cannot be changed any more.</source>
        <translation>Dieser Pass wurde annulliert: PassEntry kennt ihn nicht mehr, daher kann er nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no date filter: any day</comment>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>Jedes Gerät</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Jede Gruppe</translation>
    </message>
    <message>
        <source>Any template</source>
        <translation>Jede Vorlage</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>Jede Veranstaltung</translation>
    </message>
    <message>
        <source>Reading passes…</source>
        <translation>Pässe werden gelesen…</translation>
    </message>
    <message>
        <source>Cannot read passes ({reason}); trying again…</source>
        <translation>Pässe können nicht gelesen werden ({reason}); neuer Versuch…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Wird sortiert…</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln match(es) — type more to narrow</source>
        <translation>
            <numerusform>Erster %Ln Treffer — zum Eingrenzen weiter tippen</numerusform>
            <numerusform>Erste %Ln Treffer — zum Eingrenzen weiter tippen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of the first %Ln match(es) — type more to narrow</source>
        <translation>
            <numerusform>{shown} des ersten %Ln Treffers — zum Eingrenzen weiter tippen</numerusform>
            <numerusform>{shown} der ersten %Ln Treffer — zum Eingrenzen weiter tippen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ pass(es), counting…</source>
        <translation>
            <numerusform>%Ln+ Pass, wird gezählt…</numerusform>
            <numerusform>%Ln+ Pässe, wird gezählt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es)</source>
        <translation>
            <numerusform>%Ln Pass</numerusform>
            <numerusform>%Ln Pässe</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation>&amp;Reaktivieren…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Make this pass active again: it scans as valid again</source>
        <translation>Diesen Pass wieder aktivieren: Er gilt beim Scannen wieder als gültig</translation>
    </message>
    <message>
        <source>Deactivate the selected passes (they no longer admit)</source>
        <translation>Die ausgewählten Pässe deaktivieren (sie gewähren keinen Einlass mehr)</translation>
    </message>
    <message>
        <source>Wipe the selected pass for good and free its ext id (cannot be undone)</source>
        <translation>Den ausgewählten Pass endgültig löschen und seine externe ID freigeben (nicht rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Select a pass</source>
        <translation>Pass auswählen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) selected</source>
        <translation>
            <numerusform>%Ln Pass ausgewählt</numerusform>
            <numerusform>%Ln Pässe ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Export passes</source>
        <translation>Pässe exportieren</translation>
    </message>
    <message>
        <source>an ext id cannot contain spaces</source>
        <translation>eine externe ID darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>a custom barcode needs a value</source>
        <translation>ein eigener Barcode braucht einen Wert</translation>
    </message>
    <message>
        <source>a custom NFC message needs a value</source>
        <translation>eine eigene NFC-Nachricht braucht einen Wert</translation>
    </message>
    <message>
        <source>a pass template is required</source>
        <translation>eine Pass-Vorlage ist erforderlich</translation>
    </message>
    <message>
        <source>the ext id is {length} characters (at most {most})</source>
        <translation>die externe ID hat {length} Zeichen (höchstens {most})</translation>
    </message>
    <message>
        <source>unknown barcode type {type}</source>
        <translation>unbekannter Barcode-Typ {type}</translation>
    </message>
    <message>
        <source>unknown barcode source {source}</source>
        <translation>unbekannte Barcode-Quelle {source}</translation>
    </message>
    <message>
        <source>unknown NFC source {source}</source>
        <translation>unbekannte NFC-Quelle {source}</translation>
    </message>
    <message>
        <source>Writing passes…</source>
        <translation>Pässe werden geschrieben…</translation>
    </message>
    <message>
        <source>Add template by ID</source>
        <translation>Vorlage per ID hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Asking PassEntry for template {id}…</source>
        <translation>PassEntry wird nach Vorlage {id} gefragt…</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>„{name}“ hinzugefügt.</translation>
    </message>
    <message>
        <source>The template could not be read: {reason}</source>
        <translation>Die Vorlage konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Issue passes</source>
        <comment>a kind of batch</comment>
        <translation>Pässe ausstellen</translation>
    </message>
    <message>
        <source>Update passes</source>
        <comment>a kind of batch</comment>
        <translation>Pässe aktualisieren</translation>
    </message>
    <message>
        <source>Message to passes</source>
        <comment>a kind of batch</comment>
        <translation>Nachricht an Pässe</translation>
    </message>
    <message>
        <source>Working</source>
        <comment>a batch&apos;s status</comment>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Being checked</source>
        <comment>a batch&apos;s status</comment>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>a batch&apos;s status</comment>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>a batch&apos;s status</comment>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a batch&apos;s status</comment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done, with errors</source>
        <comment>a batch&apos;s status</comment>
        <translation>Fertig, mit Fehlern</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a batch&apos;s status</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a batch&apos;s status</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>working</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>being checked</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>geplant</translation>
    </message>
    <message>
        <source>sending</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>im Versand</translation>
    </message>
    <message>
        <source>done</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>fertig</translation>
    </message>
    <message>
        <source>done, with errors</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>fertig, mit Fehlern</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer batches.</source>
        <translation>Dieses PassEntry-Konto bietet keine Stapel.</translation>
    </message>
    <message>
        <source>Passes are issued one by one: {reason}.</source>
        <translation>Pässe werden einzeln ausgestellt: {reason}.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>a batch&apos;s status</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>done {when}</source>
        <comment>a batch ended at a time</comment>
        <translation>fertig: {when}</translation>
    </message>
    <message>
        <source>There are no rows to issue.</source>
        <translation>Es gibt keine Zeilen zum Ausstellen.</translation>
    </message>
    <message>
        <source>Row {row} has no ext id: a batch needs one on every row.</source>
        <translation>Zeile {row} hat keine externe ID: Ein Stapel braucht eine in jeder Zeile.</translation>
    </message>
    <message>
        <source>These rows cannot go up as a batch: {reason}.</source>
        <translation>Diese Zeilen können nicht als Stapel hochgeladen werden: {reason}.</translation>
    </message>
    <message>
        <source>every pass tagged “{tag}”</source>
        <translation>jeder Pass mit dem Tag „{tag}“</translation>
    </message>
    <message>
        <source>Schedule the message at least an hour from now, or send it now.</source>
        <translation>Planen Sie die Nachricht mindestens eine Stunde im Voraus oder senden Sie sie jetzt.</translation>
    </message>
    <message>
        <source>A message can be scheduled at most a year ahead.</source>
        <translation>Eine Nachricht kann höchstens ein Jahr im Voraus geplant werden.</translation>
    </message>
    <message>
        <source>No passes to message.</source>
        <translation>Keine Pässe zum Benachrichtigen.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Schreiben Sie zuerst die Nachricht.</translation>
    </message>
    <message>
        <source>This batch is {state}: only a scheduled message can be sent now.</source>
        <translation>Dieser Stapel ist {state}: Nur eine geplante Nachricht kann jetzt gesendet werden.</translation>
    </message>
    <message>
        <source>This batch is {state}: only a scheduled batch can be cancelled.</source>
        <translation>Dieser Stapel ist {state}: Nur ein geplanter Stapel kann abgebrochen werden.</translation>
    </message>
    <message>
        <source>The file needs a pass_id column (each row&apos;s pass ID or ext id).</source>
        <translation>Die Datei braucht eine Spalte pass_id (Pass-ID oder externe ID jeder Zeile).</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>Die Datei hat keine Zeilen.</translation>
    </message>
    <message>
        <source>row {row} has no ext id: it could be queued twice</source>
        <translation>Zeile {row} hat keine externe ID: Sie könnte doppelt vorgemerkt werden</translation>
    </message>
    <message>
        <source>ext id {ext_id} is given twice</source>
        <translation>externe ID {ext_id} ist doppelt angegeben</translation>
    </message>
    <message>
        <source>row {row}: {problems}</source>
        <translation>Zeile {row}: {problems}</translation>
    </message>
    <message>
        <source>This pass was nullified: it can no longer be changed or messaged.</source>
        <translation>Dieser Pass wurde annulliert: Er kann nicht mehr geändert oder benachrichtigt werden.</translation>
    </message>
    <message>
        <source>Per-pass designs are not enabled for your organisation — ask PassEntry to enable them. The pass is kept on this computer: send it with the template&apos;s design, or keep it until they are enabled.</source>
        <translation>Designs pro Pass sind für Ihre Organisation nicht freigeschaltet — bitten Sie PassEntry, sie freizuschalten. Der Pass bleibt auf diesem Computer: Senden Sie ihn mit dem Design der Vorlage oder behalten Sie ihn, bis sie freigeschaltet sind.</translation>
    </message>
    <message>
        <source>{list}; {next}</source>
        <comment>problems, one after another: those so far, then one more</comment>
        <translation>{list}; {next}</translation>
    </message>
    <message>
        <source>unknown pass source {source} (apple or google)</source>
        <translation>unbekannte Pass-Quelle {source} (apple oder google)</translation>
    </message>
    <message>
        <source>A pass with ext id {ext_id} exists already.</source>
        <translation>Ein Pass mit der externen ID {ext_id} existiert bereits.</translation>
    </message>
    <message>
        <source>The QR value {value} is already on the pass of {who}.</source>
        <translation>Der QR-Wert {value} gehört bereits zum Pass von {who}.</translation>
    </message>
    <message>
        <source>The QR value {value} is already on another pass.</source>
        <translation>Der QR-Wert {value} gehört bereits zu einem anderen Pass.</translation>
    </message>
    <message>
        <source>The event picked for this pass no longer exists; pick it again.</source>
        <translation>Die für diesen Pass gewählte Veranstaltung existiert nicht mehr; wählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>A notification needs a message.</source>
        <translation>Eine Benachrichtigung braucht eine Nachricht.</translation>
    </message>
    <message>
        <source>This pass is nullified already.</source>
        <translation>Dieser Pass ist bereits annulliert.</translation>
    </message>
    <message>
        <source>Only a deactivated pass can be reactivated.</source>
        <translation>Nur ein deaktivierter Pass kann reaktiviert werden.</translation>
    </message>
    <message>
        <source>No pass {pass_id} in the local store; sync first.</source>
        <translation>Kein Pass {pass_id} in der lokalen Datenbank; synchronisieren Sie zuerst.</translation>
    </message>
</context>
<context>
    <name>readers</name>
    <message>
        <source>Saving logs PassEntry Reader apps out; they use the new settings at their next login. VTAP readers are updated automatically.</source>
        <translation>Beim Speichern werden PassEntry-Reader-Apps abgemeldet; sie verwenden die neuen Einstellungen bei der nächsten Anmeldung. VTAP-Lesegeräte werden automatisch aktualisiert.</translation>
    </message>
    <message>
        <source>Set in the PassEntry dashboard: the venue hub&apos;s token (Settings → Venue hub)</source>
        <translation>Im PassEntry-Dashboard festgelegt: das Token des Hubs (Einstellungen → Hub am Veranstaltungsort)</translation>
    </message>
    <message>
        <source>The API neither shows nor takes the token readers send. Enter the venue hub&apos;s token in the dashboard: readers send it, the hub checks it.</source>
        <translation>Die API zeigt das Token der Lesegeräte weder an noch nimmt sie es an. Geben Sie das Token des Hubs im Dashboard ein: Lesegeräte senden es, der Hub prüft es.</translation>
    </message>
    <message>
        <source>{file} is too large to be a private key file.</source>
        <translation>{file} ist zu groß für eine Datei mit privatem Schlüssel.</translation>
    </message>
    <message>
        <source>{file} could not be read as a PEM file ({error}).</source>
        <translation>{file} konnte nicht als PEM-Datei gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>{file} holds no PEM private key (-----BEGIN … PRIVATE KEY-----).</source>
        <translation>{file} enthält keinen privaten PEM-Schlüssel (-----BEGIN … PRIVATE KEY-----).</translation>
    </message>
    <message>
        <source>The hub URL is not a valid URL.</source>
        <translation>Die Hub-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The hub URL must start with https:// (readers send scans only over HTTPS).</source>
        <translation>Die Hub-URL muss mit https:// beginnen (Lesegeräte senden Scans nur über HTTPS).</translation>
    </message>
    <message>
        <source>Choose the new NFC private key</source>
        <translation>Neuen privaten NFC-Schlüssel auswählen</translation>
    </message>
    <message>
        <source>PEM key files (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüsseldateien (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not read from PassEntry yet.</source>
        <translation>Noch nicht von PassEntry gelesen.</translation>
    </message>
    <message>
        <source>Apple {apple} · Google {google}, key v{version}</source>
        <translation>Apple {apple} · Google {google}, Schlüssel v{version}</translation>
    </message>
    <message>
        <source>Apple {apple} · Google {google}</source>
        <translation>Apple {apple} · Google {google}</translation>
    </message>
    <message>
        <source>Apple pass type ID: {apple}
Google collector ID: {google}
Google key version: {version}</source>
        <translation>Apple-Passtyp-ID: {apple}
Google-Collector-ID: {google}
Google-Schlüsselversion: {version}</translation>
    </message>
    <message>
        <source>{mask}  (new, not saved yet)</source>
        <translation>{mask}  (neu, noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>none set</source>
        <comment>NFC key</comment>
        <translation>keiner festgelegt</translation>
    </message>
    <message>
        <source>not known here (read from PassEntry when online)</source>
        <translation>hier nicht bekannt (wird online von PassEntry gelesen)</translation>
    </message>
    <message>
        <source>Enter the hub URL, or press “Use this desk&apos;s hub”.</source>
        <translation>Geben Sie die Hub-URL ein oder klicken Sie auf „Hub dieses Arbeitsplatzes verwenden“.</translation>
    </message>
    <message>
        <source>Saving needs a connection to PassEntry.</source>
        <translation>Zum Speichern ist eine Verbindung zu PassEntry nötig.</translation>
    </message>
    <message>
        <source>Saving the reader configuration on PassEntry…</source>
        <translation>Lesegerät-Konfiguration wird bei PassEntry gespeichert…</translation>
    </message>
    <message>
        <source>Saving the reader configuration</source>
        <translation>Speichern der Lesegerät-Konfiguration</translation>
    </message>
    <message>
        <source>Readers → Reader Configuration → Validation Settings</source>
        <translation>Readers → Reader Configuration → Validation Settings</translation>
    </message>
    <message>
        <source>Validation type: Third-Party (our venue hub checks the pass)</source>
        <translation>Validation type: Third-Party (unser Hub am Veranstaltungsort prüft den Pass)</translation>
    </message>
    <message>
        <source>Validation type: PassEntry (PassEntry checks the pass)</source>
        <translation>Validation type: PassEntry (PassEntry prüft den Pass)</translation>
    </message>
    <message>
        <source>The venue hub&apos;s token (Settings → Venue hub)</source>
        <translation>Das Token des Hubs (Einstellungen → Hub am Veranstaltungsort)</translation>
    </message>
    <message>
        <source>First set the hub&apos;s token: Settings → Venue hub</source>
        <translation>Legen Sie zuerst das Token des Hubs fest: Einstellungen → Hub am Veranstaltungsort</translation>
    </message>
    <message>
        <source>Readers send this token with every scan; the venue hub checks it.</source>
        <translation>Lesegeräte senden dieses Token bei jedem Scan; der Hub prüft es.</translation>
    </message>
    <message>
        <source>5. Save</source>
        <translation>5. Speichern</translation>
    </message>
    <message>
        <source>3. Save</source>
        <translation>3. Speichern</translation>
    </message>
    <message>
        <source>The hub URL is on the clipboard.</source>
        <translation>Die Hub-URL ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The hub token is on the clipboard (it is not shown here).</source>
        <translation>Das Token des Hubs ist in der Zwischenablage (es wird hier nicht angezeigt).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reader ID</source>
        <translation>Lesegerät-ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>PassEntry app</source>
        <translation>PassEntry-App</translation>
    </message>
    <message>
        <source>PassEntry Reader app</source>
        <translation>PassEntry-Reader-App</translation>
    </message>
    <message>
        <source>VTAP reader</source>
        <translation>VTAP-Lesegerät</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>scannen</translation>
    </message>
    <message>
        <source>scans passes</source>
        <translation>scannt Pässe</translation>
    </message>
    <message>
        <source>redeem</source>
        <translation>einlösen</translation>
    </message>
    <message>
        <source>redeems loyalty</source>
        <translation>löst Treuepunkte ein</translation>
    </message>
    <message>
        <source>add points</source>
        <translation>Punkte gutschreiben</translation>
    </message>
    <message>
        <source>adds loyalty points</source>
        <translation>schreibt Treuepunkte gut</translation>
    </message>
    <message>
        <source>reads QR codes and barcodes</source>
        <translation>liest QR-Codes und Barcodes</translation>
    </message>
    <message>
        <source>reads MIFARE Classic NFC cards</source>
        <translation>liest MIFARE-Classic-NFC-Karten</translation>
    </message>
    <message>
        <source>reads NDEF tags</source>
        <translation>liest NDEF-Tags</translation>
    </message>
    <message>
        <source>Created by this desk.</source>
        <translation>Von diesem Arbeitsplatz angelegt.</translation>
    </message>
    <message>
        <source>Seen in scans only: PassEntry&apos;s API does not show its details.</source>
        <translation>Nur aus Scans bekannt: Die PassEntry-API zeigt seine Details nicht.</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>nothing enabled</comment>
        <translation>nichts</translation>
    </message>
    <message>
        <source>never</source>
        <comment>last seen</comment>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <comment>last seen</comment>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>last seen</comment>
        <translation>gestern</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Last seen {day}, {clock} (your time)</source>
        <translation>Zuletzt aktiv: {day}, {clock} (Ihre Ortszeit)</translation>
    </message>
    <message>
        <source>Nothing is enabled.</source>
        <translation>Nichts ist aktiviert.</translation>
    </message>
    <message>
        <source>This reader {abilities}.</source>
        <comment>abilities: a list such as &apos;scans passes, redeems loyalty&apos;</comment>
        <translation>Dieses Lesegerät {abilities}.</translation>
    </message>
    <message>
        <source>Not logged in: the reader app asks for its ID and password at the device.</source>
        <translation>Nicht angemeldet: Die Reader-App fragt am Gerät nach ihrer ID und ihrem Passwort.</translation>
    </message>
    <message>
        <source>&amp;Save to PassEntry</source>
        <translation>Bei PassEntry &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Show dashboard steps</source>
        <translation>Schritte im &amp;Dashboard anzeigen</translation>
    </message>
    <message>
        <source>The readers could not be read from the local store: {error}</source>
        <translation>Die Lesegeräte konnten nicht aus der lokalen Datenbank gelesen werden: {error}</translation>
    </message>
    <message>
        <source>No API key: set it in Settings to manage readers.</source>
        <translation>Kein API-Schlüssel: Legen Sie ihn in den Einstellungen fest, um Lesegeräte zu verwalten.</translation>
    </message>
    <message>
        <source>{reason} {hint}</source>
        <translation>{reason} {hint}</translation>
    </message>
    <message>
        <source>PassEntry could not be reached: the list shows the readers as of the last sync. {needs_network}</source>
        <translation>PassEntry war nicht erreichbar: Die Liste zeigt die Lesegeräte vom Stand der letzten Synchronisierung. {needs_network}</translation>
    </message>
    <message>
        <source>Reading the readers</source>
        <translation>Lesen der Lesegeräte</translation>
    </message>
    <message>
        <source>Create a reader on PassEntry (needs the network)</source>
        <translation>Ein Lesegerät bei PassEntry anlegen (braucht Netzwerk)</translation>
    </message>
    <message>
        <source>Change the selected reader (or double-click it)</source>
        <translation>Das ausgewählte Lesegerät ändern (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Creating “{name}”</source>
        <translation>Anlegen von „{name}“</translation>
    </message>
    <message>
        <source>“{name}” was created on PassEntry. Log the reader in with its ID and password.</source>
        <translation>„{name}“ wurde bei PassEntry angelegt. Melden Sie das Lesegerät mit seiner ID und seinem Passwort an.</translation>
    </message>
    <message>
        <source>Nothing changed in “{name}”.</source>
        <translation>An „{name}“ wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Changing “{name}”</source>
        <translation>Ändern von „{name}“</translation>
    </message>
    <message>
        <source>The changes to “{name}” were saved on PassEntry.</source>
        <translation>Die Änderungen an „{name}“ wurden bei PassEntry gespeichert.</translation>
    </message>
    <message>
        <source>{doing} on PassEntry…</source>
        <translation>{doing} bei PassEntry…</translation>
    </message>
    <message>
        <source>Edit reader “{name}”</source>
        <translation>Lesegerät „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>New reader</source>
        <translation>Neues Lesegerät</translation>
    </message>
    <message>
        <source>Created on PassEntry at once, under your entity {entity}: this needs the network.</source>
        <translation>Wird sofort bei PassEntry unter Ihrer Entität {entity} angelegt: Dafür ist eine Netzwerkverbindung nötig.</translation>
    </message>
    <message>
        <source>The reader logs in with its ID and this password. PassEntry never shows it again.</source>
        <translation>Das Lesegerät meldet sich mit seiner ID und diesem Passwort an. PassEntry zeigt es nie wieder an.</translation>
    </message>
    <message>
        <source>The ID of an existing reader cannot be changed.</source>
        <translation>Die ID eines vorhandenen Lesegeräts kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>password</comment>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Leave empty to keep the password; PassEntry never shows one.</source>
        <translation>Leer lassen, um das Passwort zu behalten; PassEntry zeigt Passwörter nie an.</translation>
    </message>
    <message>
        <source>Enter the reader&apos;s name.</source>
        <translation>Geben Sie den Namen des Lesegeräts ein.</translation>
    </message>
    <message>
        <source>Enter an ID for the reader.</source>
        <translation>Geben Sie eine ID für das Lesegerät ein.</translation>
    </message>
    <message>
        <source>The ID may hold letters, digits, - _ and . only (up to 64).</source>
        <translation>Die ID darf nur Buchstaben, Ziffern, - _ und . enthalten (bis zu 64).</translation>
    </message>
    <message>
        <source>A reader with the ID “{id}” exists already.</source>
        <translation>Ein Lesegerät mit der ID „{id}“ existiert bereits.</translation>
    </message>
    <message>
        <source>Enter a password for the reader.</source>
        <translation>Geben Sie ein Passwort für das Lesegerät ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>last seen, short</comment>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>last seen, short</comment>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>last seen</comment>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>The password starts or ends with a space: was that meant?</source>
        <translation>Das Passwort beginnt oder endet mit einem Leerzeichen: War das beabsichtigt?</translation>
    </message>
    <message>
        <source>Changes to readers and to the configuration are made on PassEntry at once, so they need the network.</source>
        <translation>Änderungen an Lesegeräten und an der Konfiguration werden sofort bei PassEntry vorgenommen und brauchen daher Netzwerk.</translation>
    </message>
    <message>
        <source>Changes to readers and to the configuration are made on PassEntry at once, so they need the network. Passwords are never shown or kept; the NFC key shows only its last characters.</source>
        <translation>Änderungen an Lesegeräten und an der Konfiguration werden sofort bei PassEntry vorgenommen und brauchen daher Netzwerk. Passwörter werden nie angezeigt oder gespeichert; vom NFC-Schlüssel sind nur die letzten Zeichen sichtbar.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not list or edit readers; these are the readers this desk created or has seen scanning. Edit others in the PassEntry dashboard.</source>
        <translation>Die PassEntry-API listet und bearbeitet keine Lesegeräte; dies sind die Lesegeräte, die dieser Arbeitsplatz angelegt oder beim Scannen gesehen hat. Bearbeiten Sie andere im PassEntry-Dashboard.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not edit readers on this account: change this reader in the PassEntry dashboard (Readers).</source>
        <translation>Die PassEntry-API bearbeitet auf diesem Konto keine Lesegeräte: Ändern Sie dieses Lesegerät im PassEntry-Dashboard (Readers).</translation>
    </message>
    <message>
        <source>Enter your entity ID in Settings → PassEntry account (it is in the PassEntry dashboard, on your entity&apos;s page) to create readers and read the reader configuration.</source>
        <translation>Geben Sie Ihre Entitäts-ID unter Einstellungen → PassEntry-Konto ein (sie steht im PassEntry-Dashboard auf der Seite Ihrer Entität), um Lesegeräte anzulegen und die Lesegerät-Konfiguration zu lesen.</translation>
    </message>
    <message>
        <source>Needs your entity ID: Settings → PassEntry account → Entity ID.</source>
        <translation>Braucht Ihre Entitäts-ID: Einstellungen → PassEntry-Konto → Entitäts-ID.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not change the reader configuration on this account: set it in the PassEntry dashboard as shown below.</source>
        <translation>Die PassEntry-API ändert auf diesem Konto die Lesegerät-Konfiguration nicht: Legen Sie sie wie unten gezeigt im PassEntry-Dashboard fest.</translation>
    </message>
    <message>
        <source>{what} did not happen: PassEntry could not be reached ({reason}). This needs the network; nothing was kept here. Try again when online.</source>
        <translation>{what} ist nicht erfolgt: PassEntry war nicht erreichbar ({reason}). Dafür ist eine Netzwerkverbindung nötig; hier wurde nichts gespeichert. Versuchen Sie es erneut, wenn Sie online sind.</translation>
    </message>
    <message>
        <source>{what} was refused by PassEntry: {reason} {hint}</source>
        <translation>{what} wurde von PassEntry abgelehnt: {reason} {hint}</translation>
    </message>
    <message>
        <source>{what} failed: {error}. This is a bug in passdesk.</source>
        <translation>{what} ist fehlgeschlagen: {error}. Das ist ein Fehler in passdesk.</translation>
    </message>
    <message>
        <source>Saved: readers send every scan to {url}. PassEntry Reader apps log in again to use it.</source>
        <translation>Gespeichert: Lesegeräte senden jeden Scan an {url}. PassEntry-Reader-Apps müssen sich neu anmelden, um dies zu nutzen.</translation>
    </message>
    <message>
        <source>Saved: readers send every scan to the hub. PassEntry Reader apps log in again to use it.</source>
        <translation>Gespeichert: Lesegeräte senden jeden Scan an den Hub. PassEntry-Reader-Apps müssen sich neu anmelden, um dies zu nutzen.</translation>
    </message>
    <message>
        <source>Saved: PassEntry checks every scan itself. PassEntry Reader apps log in again to use it.</source>
        <translation>Gespeichert: PassEntry prüft jeden Scan selbst. PassEntry-Reader-Apps müssen sich neu anmelden, um dies zu nutzen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s) created here or seen scanning</source>
        <translation>
            <numerusform>%Ln Lesegerät hier angelegt oder beim Scannen gesehen</numerusform>
            <numerusform>%Ln Lesegeräte hier angelegt oder beim Scannen gesehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s) · {logged_in} logged in</source>
        <translation>
            <numerusform>%Ln Lesegerät · {logged_in} angemeldet</numerusform>
            <numerusform>%Ln Lesegeräte · {logged_in} angemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your entity ID in Settings → PassEntry account (the PassEntry dashboard shows it): readers and the reader configuration belong to an entity, and this account&apos;s API does not list entities.</source>
        <translation>Geben Sie Ihre Entitäts-ID unter Einstellungen → PassEntry-Konto ein (das PassEntry-Dashboard zeigt sie): Lesegeräte und die Lesegerät-Konfiguration gehören zu einer Entität, und die API dieses Kontos listet keine Entitäten auf.</translation>
    </message>
    <message>
        <source>Set it in the PassEntry dashboard: {path}: external (third-party), URL {url}, and the same token.</source>
        <translation>Legen Sie es im PassEntry-Dashboard fest: {path}: extern (Third-Party), URL {url} und dasselbe Token.</translation>
    </message>
    <message>
        <source>Set it in the PassEntry dashboard: {path}: {kind}.</source>
        <translation>Legen Sie es im PassEntry-Dashboard fest: {path}: {kind}.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>{title} · generated {when}</source>
        <translation>{title} · erstellt {when}</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {why}</source>
        <translation>Der Bericht konnte nicht nach {path} geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>{number}%</source>
        <comment>a percentage</comment>
        <translation>{number} %</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <comment>a date</comment>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <source>{day}, {time} {zone}</source>
        <comment>a moment in a time zone</comment>
        <translation>{day}, {time} {zone}</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a moment</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>{scope} · figures as of {when} · generated {generated}</source>
        <translation>{scope} · Zahlen mit Stand {when} · erstellt {generated}</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Admissions every 5 minutes, per door</source>
        <translation>Einlässe alle 5 Minuten, pro Eingang</translation>
    </message>
    <message>
        <source>No admissions in this period.</source>
        <translation>Keine Einlässe in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Offline conflicts ({count})</source>
        <translation>Offline-Konflikte ({count})</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Treuepunkte</translation>
    </message>
    <message>
        <source>Event {event}</source>
        <translation>Veranstaltung {event}</translation>
    </message>
    <message>
        <source>Every event on {day}</source>
        <translation>Alle Veranstaltungen am {day}</translation>
    </message>
    <message>
        <source>Every event of the day</source>
        <translation>Alle Veranstaltungen des Tages</translation>
    </message>
    <message>
        <source>Inside now, {share} of capacity</source>
        <translation>Jetzt drinnen, {share} der Kapazität</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Jetzt drinnen</translation>
    </message>
    <message>
        <source>Busiest 5 minutes</source>
        <translation>Stärkste 5 Minuten</translation>
    </message>
    <message>
        <source>Busiest 5 minutes, {start}–{end}</source>
        <translation>Stärkste 5 Minuten, {start}–{end}</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Eingelassen</translation>
    </message>
    <message>
        <source>Re-entries</source>
        <translation>Wiedereinlässe</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Ausgänge</translation>
    </message>
    <message>
        <source>Holds waiting</source>
        <translation>Wartende Gäste</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Admissions a minute now</source>
        <translation>Einlässe pro Minute jetzt</translation>
    </message>
    <message>
        <source>Offline conflicts</source>
        <translation>Offline-Konflikte</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Passes admitted</source>
        <translation>Eingelassene Pässe</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>No door has scanned.</source>
        <translation>Kein Eingang hat gescannt.</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Peak / 5 min</source>
        <translation>Spitze / 5 Min.</translation>
    </message>
    <message>
        <source>Now / min</source>
        <translation>Jetzt / Min.</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>never</source>
        <comment>a door&apos;s last scan</comment>
        <translation>nie</translation>
    </message>
    <message>
        <source>no scans</source>
        <comment>a door&apos;s status</comment>
        <translation>keine Scans</translation>
    </message>
    <message>
        <source>scanning</source>
        <comment>a door&apos;s status</comment>
        <translation>scannt</translation>
    </message>
    <message>
        <source>silent for {minutes} min</source>
        <comment>a door&apos;s status</comment>
        <translation>seit {minutes} Min. still</translation>
    </message>
    <message>
        <source>silent for {hours} h {minutes} min</source>
        <comment>a door&apos;s status</comment>
        <translation>seit {hours} Std. {minutes} Min. still</translation>
    </message>
    <message>
        <source>No one was turned away.</source>
        <translation>Niemand wurde abgewiesen.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>No pass was let in twice while desks could not see each other.</source>
        <translation>Kein Pass wurde zweimal eingelassen, während sich Arbeitsplätze nicht sehen konnten.</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>{time} in at {door}</source>
        <translation>{time} rein an {door}</translation>
    </message>
    <message>
        <source>{time} out at {door}</source>
        <translation>{time} raus an {door}</translation>
    </message>
    <message>
        <source>event {event}</source>
        <translation>Veranstaltung {event}</translation>
    </message>
    <message>
        <source>Each pass here was let in more often than it left: desks or readers that could not see each other each admitted it.</source>
        <translation>Jeder Pass hier wurde öfter eingelassen, als er hinausging: Arbeitsplätze oder Lesegeräte, die sich nicht sehen konnten, haben ihn jeweils eingelassen.</translation>
    </message>
    <message>
        <source>{note} The first {listed} of {count} are listed.</source>
        <translation>{note} Die ersten {listed} von {count} sind aufgelistet.</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Scans (in / out, time and door)</source>
        <translation>Scans (rein / raus, Zeit und Eingang)</translation>
    </message>
    <message>
        <source>night</source>
        <comment>a part of the day</comment>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>morning</source>
        <comment>a part of the day</comment>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>afternoon</source>
        <comment>a part of the day</comment>
        <translation>Nachmittag</translation>
    </message>
    <message>
        <source>evening</source>
        <comment>a part of the day</comment>
        <translation>Abend</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Vergebene Punkte</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Eingelöste Punkte</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Active cardholders</source>
        <translation>Aktive Karteninhaber</translation>
    </message>
    <message>
        <source>Rewards reached</source>
        <translation>Erreichte Prämien</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Wartende Änderungen</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>No loyalty operation in this period.</source>
        <translation>Kein Treuepunkte-Vorgang in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>whole day</source>
        <translation>ganzer Tag</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(kein Arbeitsplatz)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vergeben</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>No scans in this period.</source>
        <translation>Keine Scans in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>5-minute steps ({zone}); admissions per step</source>
        <translation>5-Minuten-Schritte ({zone}); Einlässe pro Schritt</translation>
    </message>
    <message>
        <source>5-minute steps; admissions per step</source>
        <translation>5-Minuten-Schritte; Einlässe pro Schritt</translation>
    </message>
    <message>
        <source>There is no event {event} in the local database. Its id is in the Events pane; a sync brings new events.</source>
        <translation>Es gibt keine Veranstaltung {event} in der lokalen Datenbank. Ihre ID steht im Bereich Veranstaltungen; eine Synchronisierung holt neue Veranstaltungen.</translation>
    </message>
    <message>
        <source>Cannot read the scans: {why}</source>
        <translation>Die Scans können nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>The report of {title} is written to {path}</source>
        <translation>Der Bericht zu {title} wird nach {path} geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>Its figures are in %n CSV file(s) in {path}</source>
        <translation>
            <numerusform>Die Zahlen stehen in %n CSV-Datei in {path}</numerusform>
            <numerusform>Die Zahlen stehen in %n CSV-Dateien in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the CSV files to {path}: {why}</source>
        <translation>Die CSV-Dateien konnten nicht nach {path} geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <comment>a long date</comment>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <source>--tz {zone}: not a time zone; give one such as Europe/London.</source>
        <translation>--tz {zone}: keine Zeitzone; geben Sie eine wie Europe/Berlin an.</translation>
    </message>
    <message>
        <source>--day {day}: give the day as YYYY-MM-DD, e.g. 2026-12-07.</source>
        <translation>--day {day}: Geben Sie den Tag als JJJJ-MM-TT an, z. B. 2026-12-07.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>A PIN is {shortest} to {longest} digits.</source>
        <translation>Eine PIN hat {shortest} bis {longest} Ziffern.</translation>
    </message>
    <message>
        <source>Type a PIN: {shortest} to {longest} digits.</source>
        <translation>Geben Sie eine PIN ein: {shortest} bis {longest} Ziffern.</translation>
    </message>
    <message>
        <source>{rule} Use only the digits 0 to 9, no spaces or signs.</source>
        <translation>{rule} Nur die Ziffern 0 bis 9 verwenden, keine Leerzeichen oder Zeichen.</translation>
    </message>
    <message>
        <source>{rule} This one has {count}.</source>
        <translation>{rule} Diese hat {count}.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Door staff</source>
        <translation>Einlasspersonal</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>Kassenpersonal</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Schichtleitung</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Scan passes at the Door and see the verdict</source>
        <translation>Pässe am Einlass scannen und das Ergebnis sehen</translation>
    </message>
    <message>
        <source>Search guests at the Door</source>
        <translation>Gäste am Einlass suchen</translation>
    </message>
    <message>
        <source>See guests&apos; names at the Door</source>
        <translation>Namen der Gäste am Einlass sehen</translation>
    </message>
    <message>
        <source>Admit a guest by hand</source>
        <translation>Gast von Hand einlassen</translation>
    </message>
    <message>
        <source>Undo an admission</source>
        <translation>Einlass stornieren</translation>
    </message>
    <message>
        <source>Let in or turn away a held guest</source>
        <translation>Angehaltenen Gast einlassen oder abweisen</translation>
    </message>
    <message>
        <source>Add or redeem points at the Till, within the limits</source>
        <translation>Punkte an der Kasse gutschreiben oder einlösen, innerhalb der Grenzen</translation>
    </message>
    <message>
        <source>Redeem more than the largest redemption</source>
        <translation>Mehr als die größte Einlösung einlösen</translation>
    </message>
    <message>
        <source>Change a card by more than the hourly limit</source>
        <translation>Karte um mehr als das Stundenlimit ändern</translation>
    </message>
    <message>
        <source>Set a card&apos;s balance</source>
        <translation>Punktestand einer Karte setzen</translation>
    </message>
    <message>
        <source>Change this desk&apos;s settings</source>
        <translation>Einstellungen dieses Arbeitsplatzes ändern</translation>
    </message>
    <message>
        <source>Discard a change under review</source>
        <translation>Zu prüfende Änderung verwerfen</translation>
    </message>
    <message>
        <source>See the audit trail</source>
        <translation>Prüfprotokoll ansehen</translation>
    </message>
    <message>
        <source>Unlock a kiosk desk</source>
        <translation>Arbeitsplatz im Kioskmodus entsperren</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Change the API key</source>
        <translation>API-Schlüssel ändern</translation>
    </message>
    <message>
        <source>Manage Readers</source>
        <translation>Lesegeräte verwalten</translation>
    </message>
    <message>
        <source>Manage the venue hub</source>
        <translation>Hub des Veranstaltungsorts verwalten</translation>
    </message>
    <message>
        <source>Publish from the Designer</source>
        <translation>Aus dem Designer veröffentlichen</translation>
    </message>
    <message>
        <source>Manage roles and PINs</source>
        <translation>Rollen und PINs verwalten</translation>
    </message>
    <message>
        <source>This desk&apos;s role, kiosk lock or PIN window</source>
        <translation>Rolle, Kioskmodus oder PIN-Fenster dieses Arbeitsplatzes</translation>
    </message>
    <message>
        <source>First manager PIN set: roles on</source>
        <translation>Erste PIN der Leitung festgelegt: Rollen aktiv</translation>
    </message>
    <message>
        <source>A person given a PIN</source>
        <translation>Einer Person eine PIN gegeben</translation>
    </message>
    <message>
        <source>A PIN reset</source>
        <translation>PIN zurückgesetzt</translation>
    </message>
    <message>
        <source>A person&apos;s role changed</source>
        <translation>Rolle einer Person geändert</translation>
    </message>
    <message>
        <source>A person removed</source>
        <translation>Person entfernt</translation>
    </message>
    <message>
        <source>A person changed their own PIN</source>
        <translation>Person hat eigene PIN geändert</translation>
    </message>
    <message>
        <source>The venue&apos;s rules for roles</source>
        <translation>Regeln des Veranstaltungsorts für Rollen</translation>
    </message>
    <message>
        <source>Manager PIN recovered with the keychain&apos;s code</source>
        <translation>PIN der Leitung mit dem Code aus dem Schlüsselbund wiederhergestellt</translation>
    </message>
    <message>
        <source>The PIN could not be checked: the database did not answer. Try again.</source>
        <translation>Die PIN konnte nicht geprüft werden: Die Datenbank hat nicht geantwortet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This desk may not do this on its own. It needs a manager&apos;s PIN, for this action only.</source>
        <translation>Dieser Arbeitsplatz darf das nicht allein. Es ist die PIN der Leitung nötig, nur für diese Aktion.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tr(y|ies) left before a lockout.</source>
        <translation>
            <numerusform>Falsche PIN. Noch %n Versuch bis zur Sperre.</numerusform>
            <numerusform>Falsche PIN. Noch %n Versuche bis zur Sperre.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one called {name} has a PIN here.</source>
        <translation>Niemand namens {name} hat hier eine PIN.</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>This desk may not do this on its own. It needs a supervisor&apos;s or a manager&apos;s PIN, for this action only.</source>
        <translation>Dieser Arbeitsplatz darf das nicht allein. Es ist die PIN der Schichtleitung oder der Leitung nötig, nur für diese Aktion.</translation>
    </message>
    <message>
        <source>No one here has a manager&apos;s PIN yet. A manager adds people under Staff, People and PINs.</source>
        <translation>Hier hat noch niemand eine PIN der Leitung. Die Leitung fügt Personen unter Personal, Personen und PINs hinzu.</translation>
    </message>
    <message>
        <source>No one here has a supervisor&apos;s or a manager&apos;s PIN yet. A manager adds people under Staff, People and PINs.</source>
        <translation>Hier hat noch niemand eine PIN der Schichtleitung oder der Leitung. Die Leitung fügt Personen unter Personal, Personen und PINs hinzu.</translation>
    </message>
    <message>
        <source>{role}&apos;s PIN</source>
        <comment>the step-up dialog&apos;s title</comment>
        <translation>PIN ({role})</translation>
    </message>
    <message>
        <source>{action}: {detail}</source>
        <translation>{action}: {detail}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <comment>a person and their role</comment>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>Geben Sie die PIN ein.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Port {port} is in use by another program. Choose another port, or stop that program (another passdesk, or “passdesk hub”).</source>
        <translation>Port {port} wird von einem anderen Programm verwendet. Wählen Sie einen anderen Port oder beenden Sie das Programm (ein anderes passdesk oder „passdesk hub“).</translation>
    </message>
    <message>
        <source>Port {port} may only be used by an administrator on this computer. Choose a port from 1024 up.</source>
        <translation>Port {port} darf auf diesem Computer nur von einem Administrator verwendet werden. Wählen Sie einen Port ab 1024.</translation>
    </message>
    <message>
        <source>This computer has no network address {host}. Choose another “Listen on”.</source>
        <translation>Dieser Computer hat keine Netzwerkadresse {host}. Wählen Sie ein anderes „Lauschen auf“.</translation>
    </message>
    <message>
        <source>The venue hub could not listen on {host}:{port}: {problem}.</source>
        <translation>Der Hub des Veranstaltungsorts konnte nicht auf {host}:{port} lauschen: {problem}.</translation>
    </message>
    <message>
        <source>The venue hub did not start: {kind}: {problem}. This is a bug in passdesk; please report it.</source>
        <translation>Der Hub des Veranstaltungsorts ist nicht gestartet: {kind}: {problem}. Das ist ein Fehler in passdesk; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>The venue hub cannot start: {problem}</source>
        <translation>Der Hub des Veranstaltungsorts kann nicht starten: {problem}</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Nur dieser Computer (127.0.0.1)</translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation>Alle Netzwerkschnittstellen (0.0.0.0)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>{problem}. The venue hub was left as it was.</source>
        <translation>{problem}. Der Hub des Veranstaltungsorts wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Set the hub token</source>
        <translation>Hub-Token festlegen</translation>
    </message>
    <message>
        <source>Only {address}</source>
        <translation>Nur {address}</translation>
    </message>
    <message>
        <source>Running at {url} (all network interfaces)
Readers: point them at {readers}</source>
        <translation>Läuft unter {url} (alle Netzwerkschnittstellen)
Lesegeräte: auf {readers} einstellen</translation>
    </message>
    <message>
        <source>Running at {url}
Readers: point them at {readers}</source>
        <translation>Läuft unter {url}
Lesegeräte: auf {readers} einstellen</translation>
    </message>
    <message>
        <source>{status}
No token is set, so every reader is refused: set one with “{button}”.</source>
        <translation>{status}
Kein Token festgelegt, daher wird jedes Lesegerät abgewiesen: Legen Sie eines mit „{button}“ fest.</translation>
    </message>
    <message>
        <source>Starting the venue hub…</source>
        <translation>Hub des Veranstaltungsorts wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping the venue hub…</source>
        <translation>Hub des Veranstaltungsorts wird gestoppt…</translation>
    </message>
    <message>
        <source>{token}, from the environment variable {variable}</source>
        <translation>{token}, aus der Umgebungsvariable {variable}</translation>
    </message>
    <message>
        <source>{token}, in the keychain</source>
        <translation>{token}, im Schlüsselbund</translation>
    </message>
    <message>
        <source>Not set: the hub refuses every reader until a token is set.</source>
        <translation>Nicht festgelegt: Der Hub weist jedes Lesegerät ab, bis ein Token festgelegt ist.</translation>
    </message>
    <message>
        <source>Not set. No keychain on this system: set {variable} before starting.</source>
        <translation>Nicht festgelegt. Kein Schlüsselbund auf diesem System: Setzen Sie {variable} vor dem Start.</translation>
    </message>
    <message>
        <source>Not registered: PassEntry sends this hub nothing. Type the hub&apos;s public address and click “Register with PassEntry”.</source>
        <translation>Nicht registriert: PassEntry sendet diesem Hub nichts. Geben Sie die öffentliche Adresse des Hubs ein und klicken Sie auf „Bei PassEntry registrieren“.</translation>
    </message>
    <message>
        <source>Set the PassEntry API key above first: registering the hub needs it.</source>
        <translation>Legen Sie zuerst oben den PassEntry-API-Schlüssel fest: Die Registrierung des Hubs braucht ihn.</translation>
    </message>
    <message>
        <source>Give PassEntry&apos;s events a new secret?</source>
        <translation>Den Ereignissen von PassEntry ein neues Geheimnis geben?</translation>
    </message>
    <message>
        <source>PassEntry signs every event it sends this hub with a secret, so the hub can tell them from forgeries. Rotating replaces it at once: PassEntry stops using the old secret, this hub takes the new one straight away and keeps it in the keychain, and events already on their way are still accepted.

Do this if the secret may have been seen by someone else. A hub started with “passdesk hub” on this computer picks the new secret up from the keychain; a hub on another computer cannot, so rotate on that computer instead.</source>
        <translation>PassEntry signiert jedes Ereignis, das es an diesen Hub sendet, mit einem Geheimnis, damit der Hub sie von Fälschungen unterscheiden kann. Das Erneuern ersetzt es sofort: PassEntry verwendet das alte Geheimnis nicht mehr, dieser Hub übernimmt das neue sofort und bewahrt es im Schlüsselbund auf, und bereits unterwegs befindliche Ereignisse werden weiterhin angenommen.

Tun Sie dies, wenn das Geheimnis von jemand anderem gesehen worden sein könnte. Ein mit „passdesk hub“ auf diesem Computer gestarteter Hub übernimmt das neue Geheimnis aus dem Schlüsselbund; ein Hub auf einem anderen Computer kann das nicht, erneuern Sie es daher auf jenem Computer.</translation>
    </message>
    <message>
        <source>PassEntry events: delivered to {host}</source>
        <translation>PassEntry-Ereignisse: zugestellt an {host}</translation>
    </message>
    <message>
        <source>PassEntry events: paused ({host})</source>
        <translation>PassEntry-Ereignisse: pausiert ({host})</translation>
    </message>
    <message>
        <source>PassEntry events: registered for {host}</source>
        <translation>PassEntry-Ereignisse: registriert für {host}</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}: {error}
This is a bug in passdesk; please report it.</source>
        <translation>Unerwarteter Fehler: {kind}: {error}
Das ist ein Fehler in passdesk; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Geheimnis erneuern</translation>
    </message>
    <message>
        <source>Asking PassEntry about this hub&apos;s subscription…</source>
        <translation>PassEntry wird nach dem Abonnement dieses Hubs gefragt…</translation>
    </message>
    <message>
        <source>Registering this hub with PassEntry…</source>
        <translation>Dieser Hub wird bei PassEntry registriert…</translation>
    </message>
    <message>
        <source>Asking PassEntry to send events again…</source>
        <translation>PassEntry wird gebeten, wieder Ereignisse zu senden…</translation>
    </message>
    <message>
        <source>Asking PassEntry to pause its events…</source>
        <translation>PassEntry wird gebeten, seine Ereignisse zu pausieren…</translation>
    </message>
    <message>
        <source>Rotating the secret: PassEntry, then the keychain and the hub…</source>
        <translation>Geheimnis wird erneuert: PassEntry, dann Schlüsselbund und Hub…</translation>
    </message>
    <message>
        <source>The PassEntry address in Settings cannot be used: {problem}</source>
        <translation>Die PassEntry-Adresse in den Einstellungen kann nicht verwendet werden: {problem}</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>PassEntry events for the venue hub</source>
        <translation>PassEntry-Ereignisse für den Hub des Veranstaltungsorts</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n character(s).</source>
        <translation>
            <numerusform>Zu kurz: mindestens %n Zeichen.</numerusform>
            <numerusform>Zu kurz: mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New token: {token}</source>
        <translation>Neues Token: {token}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Readers and their configuration belong to an entity. Its ID is in the PassEntry dashboard, on your entity&apos;s page. Optional when this server lists your entities.</source>
        <translation>Lesegeräte und ihre Konfiguration gehören zu einer Entity. Ihre ID steht im PassEntry-Dashboard auf der Seite Ihrer Entity. Optional, wenn dieser Server Ihre Entities auflistet.</translation>
    </message>
    <message>
        <source>Check the API key above (PassEntry Dashboard → Developer tools).</source>
        <translation>Prüfen Sie oben den API-Schlüssel (PassEntry Dashboard → Developer tools).</translation>
    </message>
    <message>
        <source>The URL and the entity ID are saved in {path}. The key is kept in the system keychain, one per server URL, never in a file.</source>
        <translation>URL und Entity-ID werden in {path} gespeichert. Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt, einer pro Server-URL, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Staff roles and PINs</source>
        <translation>Rollen und PINs des Personals</translation>
    </message>
    <message>
        <source>Every desk may do everything until the first manager PIN is set.</source>
        <translation>Jeder Arbeitsplatz darf alles, bis die erste PIN der Leitung festgelegt ist.</translation>
    </message>
    <message>
        <source>Staff and PINs…</source>
        <translation>Personal und PINs…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>passdesk speaks the chosen language from its next start.</source>
        <translation>passdesk verwendet die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>The language was not saved: {problem}</source>
        <translation>Die Sprache wurde nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>passdesk speaks the system&apos;s language from its next start.</source>
        <translation>passdesk verwendet die Systemsprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>passdesk speaks {language} from its next start.</source>
        <translation>passdesk verwendet {language} ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>No API key to test with for {server}.
Type the key above.</source>
        <translation>Kein API-Schlüssel zum Testen für {server}.
Geben Sie den Schlüssel oben ein.</translation>
    </message>
    <message>
        <source>Nothing was saved.
{problem}</source>
        <translation>Nichts wurde gespeichert.
{problem}</translation>
    </message>
    <message>
        <source>{problem}. The key was stored in the keychain.</source>
        <translation>{problem}. Der Schlüssel wurde im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>Removed the stored key for {server}.</source>
        <translation>Gespeicherter Schlüssel für {server} entfernt.</translation>
    </message>
    <message>
        <source>Copied: paste it into your bug report.</source>
        <translation>Kopiert: Fügen Sie es in Ihren Fehlerbericht ein.</translation>
    </message>
    <message>
        <source>“Copy report” copies this table as text, without the key, for a bug report.</source>
        <translation>„Bericht kopieren“ kopiert diese Tabelle als Text, ohne den Schlüssel, für einen Fehlerbericht.</translation>
    </message>
    <message>
        <source>Saved. passdesk stays on the demo sandbox until a key for {server} is stored.</source>
        <translation>Gespeichert. passdesk bleibt in der Demo-Sandbox, bis ein Schlüssel für {server} gespeichert ist.</translation>
    </message>
    <message>
        <source>Saved. passdesk now talks to {server}.</source>
        <translation>Gespeichert. passdesk kommuniziert jetzt mit {server}.</translation>
    </message>
    <message>
        <source>Saved. Restart passdesk to work with {server}: this window keeps the demo&apos;s data, and none of it is sent there.</source>
        <translation>Gespeichert. Starten Sie passdesk neu, um mit {server} zu arbeiten: Dieses Fenster behält die Daten der Demo, und nichts davon wird dorthin gesendet.</translation>
    </message>
    <message>
        <source>{variable} is set, so its key is used instead of the stored one.</source>
        <translation>{variable} ist gesetzt, daher wird dessen Schlüssel statt des gespeicherten verwendet.</translation>
    </message>
    <message>
        <source>No API key is stored for it yet.</source>
        <translation>Dafür ist noch kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Using the key from the environment variable {variable} (for every server).</source>
        <translation>Der Schlüssel aus der Umgebungsvariable {variable} wird verwendet (für jeden Server).</translation>
    </message>
    <message>
        <source>A key for this server is stored in the keychain.</source>
        <translation>Für diesen Server ist ein Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No key is stored for this server yet.</source>
        <translation>Für diesen Server ist noch kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No keychain on this system: set {variable} before starting passdesk.</source>
        <translation>Kein Schlüsselbund auf diesem System: Setzen Sie {variable}, bevor Sie passdesk starten.</translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one</source>
        <translation>Neuen Schlüssel eingeben, um den gespeicherten zu ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es)</source>
        <translation>
            <numerusform>%Ln Pass</numerusform>
            <numerusform>%Ln Pässe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y|ies)</source>
        <translation>
            <numerusform>%Ln Entität</numerusform>
            <numerusform>%Ln Entitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s)</source>
        <translation>
            <numerusform>%Ln Scan</numerusform>
            <numerusform>%Ln Scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln Abonnement</numerusform>
            <numerusform>%Ln Abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln Stapel</numerusform>
            <numerusform>%Ln Stapel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln Bild</numerusform>
            <numerusform>%Ln Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln Vorlage</numerusform>
            <numerusform>%Ln Vorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Veranstaltung</numerusform>
            <numerusform>%Ln Veranstaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s)</source>
        <translation>
            <numerusform>%Ln Lesegerät</numerusform>
            <numerusform>%Ln Lesegeräte</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; passdesk is talking to the embedded demo sandbox at {server}, with made-up data. Saving a real API key below stores it in the system keychain and switches passdesk to that server; the next start without &lt;code&gt;--demo&lt;/code&gt; uses it too.</source>
        <translation>&lt;b&gt;Demomodus.&lt;/b&gt; passdesk kommuniziert mit der eingebetteten Demo-Sandbox unter {server}, mit erfundenen Daten. Wenn Sie unten einen echten API-Schlüssel speichern, wird er im Schlüsselbund des Systems abgelegt und passdesk wechselt zu diesem Server; auch der nächste Start ohne &lt;code&gt;--demo&lt;/code&gt; verwendet ihn.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>{connected}.
{routes}.</source>
        <translation>{connected}.
{routes}.</translation>
    </message>
    <message>
        <source>{route} (older API)</source>
        <translation>{route} (ältere API)</translation>
    </message>
    <message>
        <source>{route} (sandbox only)</source>
        <translation>{route} (nur Sandbox)</translation>
    </message>
    <message>
        <source>OK · {detail}</source>
        <translation>OK · {detail}</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}. Using defaults.</source>
        <translation>{path} konnte nicht gelesen werden: {reason}. Es gelten die Standardeinstellungen.</translation>
    </message>
    <message>
        <source>The settings file was damaged ({reason}); using defaults. It was kept as {name}.</source>
        <translation>Die Einstellungsdatei war beschädigt ({reason}); es gelten die Standardeinstellungen. Sie wurde als {name} aufbewahrt.</translation>
    </message>
    <message>
        <source>Could not save settings to {path}: {reason}</source>
        <translation>Die Einstellungen konnten nicht in {path} gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>The settings file was damaged ({reason}); using defaults.</source>
        <translation>Die Einstellungsdatei war beschädigt ({reason}); es gelten die Standardeinstellungen.</translation>
    </message>
    <message>
        <source>installed</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>installiert</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>scanned</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>gescannt</translation>
    </message>
    <message>
        <source>created</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>PassEntry sent no secret; deliveries will be refused until a rotation.</source>
        <translation>PassEntry hat kein Geheimnis gesendet; Zustellungen werden bis zu einer Erneuerung abgelehnt.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s answer was lost on the way and it still signs with the same secret: nothing changed. Rotate again to get a new one.</source>
        <translation>Die Antwort von PassEntry ging unterwegs verloren, und PassEntry signiert weiter mit demselben Geheimnis: Es hat sich nichts geändert. Erneuern Sie es noch einmal, um ein neues zu erhalten.</translation>
    </message>
    <message>
        <source>This hub has no secret for it: use “Rotate secret…”</source>
        <translation>Dieser Hub hat kein Geheimnis dafür: Verwenden Sie „Geheimnis erneuern…“</translation>
    </message>
    <message>
        <source>Type the hub&apos;s public address first, e.g. https://hub.your-venue.example</source>
        <translation>Geben Sie zuerst die öffentliche Adresse des Hubs ein, z. B. https://hub.your-venue.example</translation>
    </message>
    <message>
        <source>PassEntry signs with a secret this hub did not have (rotated elsewhere?); the hub uses it now.</source>
        <translation>PassEntry signiert mit einem Geheimnis, das dieser Hub nicht hatte (anderswo erneuert?); der Hub verwendet es jetzt.</translation>
    </message>
    <message>
        <source>PassEntry allows 10 webhook subscriptions for the organisation, and all 10 are in use. Delete one in the PassEntry dashboard, then register again.</source>
        <translation>PassEntry erlaubt 10 Webhook-Abonnements pro Organisation, und alle 10 sind belegt. Löschen Sie eines im PassEntry-Dashboard und registrieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>PassEntry accepts HTTPS addresses only. Use the https:// address of the tunnel or proxy in front of this hub.</source>
        <translation>PassEntry akzeptiert nur HTTPS-Adressen. Verwenden Sie die https://-Adresse des Tunnels oder Proxys vor diesem Hub.</translation>
    </message>
    <message>
        <source>This hub is not registered with PassEntry yet: type its public address and click “Register with PassEntry”.</source>
        <translation>Dieser Hub ist noch nicht bei PassEntry registriert: Geben Sie seine öffentliche Adresse ein und klicken Sie auf „Bei PassEntry registrieren“.</translation>
    </message>
    <message>
        <source>No keychain is available on this system to keep the webhook secret, so nothing was changed.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar, um das Webhook-Geheimnis aufzubewahren; daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The keychain refused to keep the new secret: the hub uses it until it stops. Rotate the secret again once the keychain works.</source>
        <translation>Der Schlüsselbund hat das neue Geheimnis nicht angenommen: Der Hub verwendet es, bis er beendet wird. Erneuern Sie das Geheimnis noch einmal, sobald der Schlüsselbund funktioniert.</translation>
    </message>
    <message>
        <source>{state}
{passes}
{secret}</source>
        <comment>the subscription&apos;s status, one line each</comment>
        <translation>{state}
{passes}
{secret}</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer webhook subscriptions (PassEntry answered “not found”). The hub still answers readers; ask PassEntry to enable webhooks.</source>
        <translation>Dieses PassEntry-Konto bietet keine Webhook-Abonnements an (PassEntry antwortete „nicht gefunden“). Der Hub antwortet Lesegeräten weiterhin; bitten Sie PassEntry, Webhooks freizuschalten.</translation>
    </message>
    <message>
        <source>PassEntry did not accept the API key. Check it at the top of Settings.</source>
        <translation>PassEntry hat den API-Schlüssel nicht akzeptiert. Prüfen Sie ihn oben in den Einstellungen.</translation>
    </message>
    <message>
        <source>PassEntry refused the subscription: {reason}.</source>
        <translation>PassEntry hat das Abonnement abgelehnt: {reason}.</translation>
    </message>
    <message>
        <source>Delivering to {url}</source>
        <translation>Zustellung an {url}</translation>
    </message>
    <message>
        <source>Paused: PassEntry sends nothing to {url} until you enable it</source>
        <translation>Pausiert: PassEntry sendet nichts an {url}, bis Sie es aktivieren</translation>
    </message>
    <message>
        <source>Passes {events}, for the entity “{name}”</source>
        <translation>Pässe {events}, für die Entität „{name}“</translation>
    </message>
    <message>
        <source>Secret {mask}, in the keychain</source>
        <translation>Geheimnis {mask}, im Schlüsselbund</translation>
    </message>
    <message>
        <source>{state}
{passes}
{secret}
{notice}</source>
        <comment>the subscription&apos;s status, one line each</comment>
        <translation>{state}
{passes}
{secret}
{notice}</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <comment>a list: the items so far, then the last one</comment>
        <translation>{list} und {last}</translation>
    </message>
    <message>
        <source>{list}, {next}</source>
        <comment>a list: the items so far, then one more (not the last)</comment>
        <translation>{list}, {next}</translation>
    </message>
    <message>
        <source>PassEntry sends events to HTTPS addresses only; “{address}” is not one. Use the https:// address of the tunnel or proxy in front of this hub.</source>
        <translation>PassEntry sendet Ereignisse nur an HTTPS-Adressen; „{address}“ ist keine. Verwenden Sie die https://-Adresse des Tunnels oder Proxys vor diesem Hub.</translation>
    </message>
    <message>
        <source>PassEntry already sent events to this address; this desk now shows that subscription.</source>
        <translation>PassEntry hat bereits Ereignisse an diese Adresse gesendet; dieser Arbeitsplatz zeigt jetzt dieses Abonnement.</translation>
    </message>
    <message>
        <source>PassEntry already sent events to this address; this desk now shows that subscription. Use “Rotate secret…” to give this hub its secret.</source>
        <translation>PassEntry hat bereits Ereignisse an diese Adresse gesendet; dieser Arbeitsplatz zeigt jetzt dieses Abonnement. Verwenden Sie „Geheimnis erneuern…“, um diesem Hub sein Geheimnis zu geben.</translation>
    </message>
    <message>
        <source>PassEntry no longer has this subscription (it was deleted, perhaps in the dashboard). Register the hub again.</source>
        <translation>PassEntry hat dieses Abonnement nicht mehr (es wurde gelöscht, vielleicht im Dashboard). Registrieren Sie den Hub erneut.</translation>
    </message>
    <message>
        <source>The hub&apos;s webhook secret comes from the environment variable {variable}, so a new one could not take its place. Change it where that variable is set.</source>
        <translation>Das Webhook-Geheimnis des Hubs stammt aus der Umgebungsvariable {variable}, daher konnte kein neues an seine Stelle treten. Ändern Sie es dort, wo diese Variable gesetzt ist.</translation>
    </message>
    <message>
        <source>Passes {events}, for one entity</source>
        <translation>Pässe {events}, für eine Entität</translation>
    </message>
    <message>
        <source>PassEntry could not be reached ({problem}). Nothing was changed here; try again when online.</source>
        <translation>PassEntry war nicht erreichbar ({problem}). Hier wurde nichts geändert; versuchen Sie es erneut, wenn Sie online sind.</translation>
    </message>
    <message>
        <source>Passes {events}, for the whole organisation “{name}”</source>
        <translation>Pässe {events}, für die gesamte Organisation „{name}“</translation>
    </message>
    <message>
        <source>Passes {events}, for the whole organisation</source>
        <translation>Pässe {events}, für die gesamte Organisation</translation>
    </message>
    <message>
        <source>PassEntry already has a subscription for {url}, but this API key cannot see it. Choose another address.</source>
        <translation>PassEntry hat bereits ein Abonnement für {url}, aber dieser API-Schlüssel kann es nicht sehen. Wählen Sie eine andere Adresse.</translation>
    </message>
    <message>
        <source>PassEntry did not do it: {problem}. {hint}</source>
        <translation>PassEntry hat es nicht ausgeführt: {problem}. {hint}</translation>
    </message>
    <message>
        <source>PassEntry did not do it: {problem}.</source>
        <translation>PassEntry hat es nicht ausgeführt: {problem}.</translation>
    </message>
    <message>
        <source>not offered on this account</source>
        <translation>für dieses Konto nicht angeboten</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed with {status}: {detail}</source>
        <translation>fehlgeschlagen mit {status}: {detail}</translation>
    </message>
    <message>
        <source>failed with {status}</source>
        <translation>fehlgeschlagen mit {status}</translation>
    </message>
    <message>
        <source>failed: {detail}</source>
        <translation>fehlgeschlagen: {detail}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>PIN step-up: {allowed}</source>
        <translation>PIN-Freigabe: {allowed}</translation>
    </message>
    <message>
        <source>PIN step-up</source>
        <translation>PIN-Freigabe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>The audit trail was tampered with:</source>
        <translation>Das Prüfprotokoll wurde manipuliert:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Desk, person, subject or value</source>
        <translation>Arbeitsplatz, Person, Betreff oder Wert</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>From</source>
        <comment>from a day</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <comment>up to a day</comment>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Audit trail check</source>
        <translation>Prüfung des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Prüfprotokoll wird geprüft…</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no first or last day</comment>
        <translation>Beliebig</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries shown, newest first (the newest {shown}; the export has them all)</source>
        <translation>
            <numerusform>%Ln Eintrag angezeigt, neueste zuerst (die neuesten {shown}; der Export enthält alle)</numerusform>
            <numerusform>%Ln Einträge angezeigt, neueste zuerst (die neuesten {shown}; der Export enthält alle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the audit trail: {reason}. Nothing is known about it until it can be read: try Refresh.</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: {reason}. Solange es nicht gelesen werden kann, ist nichts darüber bekannt: Versuchen Sie „Aktualisieren“.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>Could not read the audit trail: {reason}</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>PIN step-ups</source>
        <translation>PIN-Freigaben</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>What can I do?</source>
        <translation>Was darf ich?</translation>
    </message>
    <message>
        <source>People and PINs</source>
        <translation>Personen und PINs</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Turn roles on</source>
        <translation>Rollen einschalten</translation>
    </message>
    <message>
        <source>Roles are off: every desk may do everything, as a shop run by one person wants. To give door and counter staff only their part, set the first manager PIN. You become the first manager; then add supervisors and managers here.</source>
        <translation>Rollen sind aus: Jeder Arbeitsplatz darf alles, wie es ein Geschäft mit einer Person braucht. Um Einlass- und Kassenpersonal nur ihren Teil zu geben, legen Sie die erste PIN der Leitung fest. Sie werden die erste Leitung; fügen Sie dann hier Schichtleitungen und Leitungen hinzu.</translation>
    </message>
    <message>
        <source>Set the first manager PIN…</source>
        <translation>Erste PIN der Leitung festlegen…</translation>
    </message>
    <message>
        <source>People with a PIN</source>
        <translation>Personen mit PIN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entr(y|ies)</source>
        <translation>
            <numerusform>%Ln Protokolleintrag</numerusform>
            <numerusform>%Ln Protokolleinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is whole: %Ln entr(y|ies), each checked.</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist vollständig: %Ln Eintrag, geprüft.</numerusform>
            <numerusform>Das Prüfprotokoll ist vollständig: %Ln Einträge, alle geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>more breaks of the audit trail</comment>
        <translation>
            <numerusform>und %Ln weitere</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y|ies) shown, newest first</source>
        <translation>
            <numerusform>%Ln Eintrag angezeigt, neueste zuerst</numerusform>
            <numerusform>%Ln Einträge angezeigt, neueste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing audit entries…</source>
        <translation>Protokolleinträge werden geschrieben…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>PIN zurücksetzen…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Rolle ändern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation>Meine PIN ändern…</translation>
    </message>
    <message>
        <source>The venue&apos;s rules</source>
        <translation>Regeln des Veranstaltungsorts</translation>
    </message>
    <message>
        <source>Door staff may search guests and admit them by name (the admission itself still needs a supervisor&apos;s PIN)</source>
        <translation>Einlasspersonal darf Gäste suchen und per Name einlassen (der Einlass selbst erfordert weiterhin die PIN der Schichtleitung)</translation>
    </message>
    <message>
        <source>Door staff see guests&apos; names</source>
        <translation>Einlasspersonal sieht Namen der Gäste</translation>
    </message>
    <message>
        <source>Largest redemption by counter staff</source>
        <translation>Größte Einlösung durch Kassenpersonal</translation>
    </message>
    <message>
        <source>Most points changed on one card per hour</source>
        <translation>Höchstens geänderte Punkte pro Karte und Stunde</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>Regeln speichern</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> points</source>
        <comment>after a number in a spin box; keep the leading space</comment>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>The staff list could not be read: {error}</source>
        <translation>Die Personalliste konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Locked out until {when}</source>
        <translation>Gesperrt bis {when}</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a PIN is set</comment>
        <translation>Festgelegt</translation>
    </message>
    <message>
        <source>Not changed: that needs a manager&apos;s PIN.</source>
        <translation>Nicht geändert: Dafür ist die PIN der Leitung nötig.</translation>
    </message>
    <message>
        <source>This computer has no keychain, where passdesk keeps the code that recovers a forgotten manager PIN. Set the first manager PIN on a desk with a keychain.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, in dem passdesk den Code aufbewahrt, der eine vergessene PIN der Leitung wiederherstellt. Legen Sie die erste PIN der Leitung an einem Arbeitsplatz mit Schlüsselbund fest.</translation>
    </message>
    <message>
        <source>Roles are on. {name} is the first manager.</source>
        <translation>Rollen sind aktiv. {name} ist die erste Leitung.</translation>
    </message>
    <message>
        <source>The first manager PIN</source>
        <translation>Die erste PIN der Leitung</translation>
    </message>
    <message>
        <source>You become the venue&apos;s first manager. Your PIN allows everything a role may not do. If it is ever forgotten, `passdesk roles recover` on this computer sets a new one (it needs this computer&apos;s keychain). Choose what this desk does once roles are on: a shop&apos;s counter runs as Counter staff.</source>
        <translation>Sie werden die erste Leitung des Veranstaltungsorts. Ihre PIN erlaubt alles, was eine Rolle nicht darf. Falls sie einmal vergessen wird, legt `passdesk roles recover` auf diesem Computer eine neue fest (dafür ist der Schlüsselbund dieses Computers nötig). Wählen Sie, was dieser Arbeitsplatz tut, sobald Rollen aktiv sind: Die Theke eines Geschäfts läuft als Kassenpersonal.</translation>
    </message>
    <message>
        <source>This desk runs as</source>
        <translation>Dieser Arbeitsplatz läuft als</translation>
    </message>
    <message>
        <source>Roles are on, but this desk&apos;s role was not saved: {problem}</source>
        <translation>Rollen sind aktiv, aber die Rolle dieses Arbeitsplatzes wurde nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>eine Person hinzufügen</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Their PIN is theirs: they type it themselves here, twice.</source>
        <translation>Die PIN gehört der Person: Sie gibt sie hier selbst zweimal ein.</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add a person</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>a new PIN for {name}</source>
        <translation>eine neue PIN für {name}</translation>
    </message>
    <message>
        <source>{name} has a new PIN.</source>
        <translation>{name} hat eine neue PIN.</translation>
    </message>
    <message>
        <source>Reset a PIN</source>
        <translation>PIN zurücksetzen</translation>
    </message>
    <message>
        <source>A forgotten PIN is replaced, and a lockout ends.</source>
        <translation>Eine vergessene PIN wird ersetzt und eine Sperre aufgehoben.</translation>
    </message>
    <message>
        <source>Reset</source>
        <comment>button: reset a PIN</comment>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>{name}&apos;s role</source>
        <translation>Rolle von {name}</translation>
    </message>
    <message>
        <source>{name} becomes {role}</source>
        <translation>{name} wird {role}</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} ist jetzt {role}.</translation>
    </message>
    <message>
        <source>Remove {name}? Their PIN stops working at every desk.</source>
        <translation>{name} entfernen? Die PIN funktioniert dann an keinem Arbeitsplatz mehr.</translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation>{name} wurde entfernt.</translation>
    </message>
    <message>
        <source>{name}&apos;s PIN was changed.</source>
        <translation>Die PIN von {name} wurde geändert.</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Meine PIN ändern</translation>
    </message>
    <message>
        <source>Type your PIN now, then the new one twice.</source>
        <translation>Geben Sie Ihre aktuelle PIN ein, dann zweimal die neue.</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>button: change my PIN</comment>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>the venue&apos;s rules</source>
        <translation>die Regeln des Veranstaltungsorts</translation>
    </message>
    <message>
        <source>The venue&apos;s rules were saved: every desk uses them now.</source>
        <translation>Die Regeln des Veranstaltungsorts wurden gespeichert: Jeder Arbeitsplatz verwendet sie jetzt.</translation>
    </message>
    <message>
        <source>Not saved: the database did not answer ({error}).</source>
        <translation>Nicht gespeichert: Die Datenbank hat nicht geantwortet ({error}).</translation>
    </message>
    <message>
        <source>{name} can now give a door staff&apos;s PIN.</source>
        <translation>{name} kann jetzt eine PIN für Einlasspersonal vergeben.</translation>
    </message>
    <message>
        <source>{name} can now give a counter staff&apos;s PIN.</source>
        <translation>{name} kann jetzt eine PIN für Kassenpersonal vergeben.</translation>
    </message>
    <message>
        <source>{name} can now give a supervisor&apos;s PIN.</source>
        <translation>{name} kann jetzt eine PIN für die Schichtleitung vergeben.</translation>
    </message>
    <message>
        <source>{name} can now give a manager&apos;s PIN.</source>
        <translation>{name} kann jetzt eine PIN für die Leitung vergeben.</translation>
    </message>
    <message>
        <source>As the staff know them</source>
        <translation>Wie das Personal sie kennt</translation>
    </message>
    <message>
        <source>The PIN now</source>
        <translation>Aktuelle PIN</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Aktuelle PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Dieselbe PIN noch einmal</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>The two new PINs differ. Type the same PIN twice.</source>
        <translation>Die beiden neuen PINs unterscheiden sich. Geben Sie zweimal dieselbe PIN ein.</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Nicht gesperrt</translation>
    </message>
    <message>
        <source>Locked to the Door</source>
        <translation>Auf Einlass gesperrt</translation>
    </message>
    <message>
        <source>Locked to the Till</source>
        <translation>Auf Kasse gesperrt</translation>
    </message>
    <message>
        <source>What</source>
        <comment>what may be done</comment>
        <translation>Was</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Dieser Arbeitsplatz</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>Läuft als</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kioskmodus</translation>
    </message>
    <message>
        <source>A PIN allows</source>
        <translation>Eine PIN erlaubt</translation>
    </message>
    <message>
        <source>Save this desk</source>
        <translation>Arbeitsplatz speichern</translation>
    </message>
    <message>
        <source>This desk runs as {role}.</source>
        <translation>Dieser Arbeitsplatz läuft als {role}.</translation>
    </message>
    <message>
        <source>What its role may not do asks for a supervisor&apos;s or a manager&apos;s PIN, for that action only. Every such PIN is written in the audit trail.</source>
        <translation>Was seine Rolle nicht darf, erfordert die PIN der Schichtleitung oder der Leitung, nur für diese Aktion. Jede solche PIN wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Roles are off: everyone at this desk may do everything.</source>
        <translation>Rollen sind aus: Jeder an diesem Arbeitsplatz darf alles.</translation>
    </message>
    <message>
        <source>A manager turns roles on by setting the first manager PIN under People and PINs. The table shows what each role may do once they are on.</source>
        <translation>Die Leitung schaltet Rollen ein, indem sie unter Personen und PINs die erste PIN der Leitung festlegt. Die Tabelle zeigt, was jede Rolle danach darf.</translation>
    </message>
    <message>
        <source>{role} (this desk)</source>
        <translation>{role} (dieser Arbeitsplatz)</translation>
    </message>
    <message>
        <source>Not saved: a kiosk needs roles on, or anyone could unlock it. Set the first manager PIN under People and PINs first.</source>
        <translation>Nicht gespeichert: Der Kioskmodus braucht aktive Rollen, sonst könnte jeder ihn entsperren. Legen Sie zuerst unter Personen und PINs die erste PIN der Leitung fest.</translation>
    </message>
    <message>
        <source>this desk&apos;s role</source>
        <translation>die Rolle dieses Arbeitsplatzes</translation>
    </message>
    <message>
        <source>this desk&apos;s kiosk lock</source>
        <translation>der Kioskmodus dieses Arbeitsplatzes</translation>
    </message>
    <message>
        <source>Not saved: no PIN was given.</source>
        <translation>Nicht gespeichert: Es wurde keine PIN angegeben.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>For that one action only</source>
        <translation>Nur für diese eine Aktion</translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>Für %n Minute</numerusform>
            <numerusform>Für %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <source>database locked</source>
        <translation>Datenbank gesperrt</translation>
    </message>
    <message>
        <source>database damaged</source>
        <translation>Datenbank beschädigt</translation>
    </message>
    <message>
        <source>database read-only</source>
        <translation>Datenbank schreibgeschützt</translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation>E/A-Fehler</translation>
    </message>
    <message>
        <source>storage error</source>
        <translation>Speicherfehler</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the database is busy (another program holds it)</source>
        <translation>die Datenbank ist belegt (ein anderes Programm hält sie)</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>die Datenbankdatei ist beschädigt</translation>
    </message>
    <message>
        <source>the database cannot be written (read-only)</source>
        <translation>die Datenbank kann nicht beschrieben werden (schreibgeschützt)</translation>
    </message>
    <message>
        <source>the disk could not be written (I/O error)</source>
        <translation>der Datenträger konnte nicht beschrieben werden (E/A-Fehler)</translation>
    </message>
    <message>
        <source>it could not be saved</source>
        <translation>es konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Do not admit; scan again in a moment. If it stays, call a supervisor.</source>
        <translation>Nicht einlassen; gleich erneut scannen. Wenn es so bleibt, die Schichtleitung rufen.</translation>
    </message>
    <message>
        <source>Do not admit; call a supervisor.</source>
        <translation>Nicht einlassen; die Schichtleitung rufen.</translation>
    </message>
    <message>
        <source>Not recorded — {what}. {todo}</source>
        <translation>Nicht erfasst – {what}. {todo}</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Call a supervisor.</source>
        <translation>Rufen Sie die Schichtleitung.</translation>
    </message>
    <message>
        <source>Not saved — {what}. No points were changed. {todo}</source>
        <translation>Nicht gespeichert – {what}. Es wurden keine Punkte geändert. {todo}</translation>
    </message>
    <message>
        <source>Low disk space: {size} free</source>
        <translation>Wenig Speicherplatz: {size} frei</translation>
    </message>
    <message>
        <source>Low disk space: {size} free for the local store. Free some space now: when the disk is full, scans are not recorded.</source>
        <translation>Wenig Speicherplatz: {size} frei für die lokale Datenbank. Geben Sie jetzt Platz frei: Wenn der Datenträger voll ist, werden Scans nicht erfasst.</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Cannot open the database at {url}: {problem}</source>
        <translation>Die Datenbank unter {url} kann nicht geöffnet werden: {problem}</translation>
    </message>
    <message>
        <source>unsent changes</source>
        <translation>nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>door scans</source>
        <translation>Einlass-Scans</translation>
    </message>
    <message>
        <source>loyalty operations</source>
        <translation>Treuepunkte-Vorgänge</translation>
    </message>
    <message>
        <source>template drafts</source>
        <translation>Vorlagenentwürfe</translation>
    </message>
    <message>
        <source>sync marks</source>
        <translation>Synchronisierungsmarken</translation>
    </message>
    <message>
        <source>hub deliveries</source>
        <translation>Hub-Zustellungen</translation>
    </message>
    <message>
        <source>readers</source>
        <translation>Lesegeräte</translation>
    </message>
    <message>
        <source>reader settings</source>
        <translation>Lesegeräte-Einstellungen</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>Pässe</translation>
    </message>
    <message numerus="yes">
        <source>{table}: could not be read (%Ln row(s))</source>
        <translation>
            <numerusform>{table}: nicht lesbar (%Ln Zeile)</numerusform>
            <numerusform>{table}: nicht lesbar (%Ln Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{table}: could not be read</source>
        <translation>{table}: nicht lesbar</translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, some lost</source>
        <translation>{table}: {rescued} gerettet, einige verloren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rescued into a fresh store:</source>
        <translation>
            <numerusform>%Ln Zeile in eine neue Datenbank gerettet:</numerusform>
            <numerusform>%Ln Zeilen in eine neue Datenbank gerettet:</numerusform>
        </translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, {lost} lost</source>
        <translation>{table}: {rescued} gerettet, {lost} verloren</translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, none lost</source>
        <translation>{table}: {rescued} gerettet, nichts verloren</translation>
    </message>
    <message>
        <source>{line} (they come back with the sync)</source>
        <translation>{line} (kommen mit der Synchronisierung zurück)</translation>
    </message>
    <message>
        <source>The damaged file was kept as {path}.</source>
        <translation>Die beschädigte Datei wurde als {path} aufbewahrt.</translation>
    </message>
    <message>
        <source>A fresh store was started; nothing was copied from the old one.</source>
        <translation>Eine neue Datenbank wurde angelegt; aus der alten wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Passes and events come back with the next sync.</source>
        <translation>Pässe und Veranstaltungen kommen mit der nächsten Synchronisierung zurück.</translation>
    </message>
    <message>
        <source>Nothing could be read from it: {problem}</source>
        <translation>Daraus konnte nichts gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>  {table}</source>
        <comment>a line of the list; keep the two spaces</comment>
        <translation>  {table}</translation>
    </message>
    <message>
        <source>A full sync now brings passes and events back from PassEntry.</source>
        <translation>Eine vollständige Synchronisierung holt Pässe und Veranstaltungen jetzt von PassEntry zurück.</translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation>Unter {path} gibt es keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Could not move the damaged file aside: {problem}</source>
        <translation>Die beschädigte Datei konnte nicht beiseitegelegt werden: {problem}</translation>
    </message>
    <message>
        <source>Could not copy the damaged file to read it: {problem}</source>
        <translation>Die beschädigte Datei konnte zum Lesen nicht kopiert werden: {problem}</translation>
    </message>
    <message>
        <source>Could not create a fresh store at {path}: {problem}</source>
        <translation>Unter {path} konnte keine neue Datenbank angelegt werden: {problem}</translation>
    </message>
    <message>
        <source>The fresh store did not open: {problem}</source>
        <translation>Die neue Datenbank ließ sich nicht öffnen: {problem}</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The server&apos;s answer to send-now has no &apos;success&apos;</source>
        <translation>Die Antwort des Servers auf „Jetzt senden“ enthält kein „success“</translation>
    </message>
    <message>
        <source>The batch file link is not a URL: {url}</source>
        <translation>Der Link zur Stapeldatei ist keine URL: {url}</translation>
    </message>
    <message>
        <source>The batch file link is not an https:// address</source>
        <translation>Der Link zur Stapeldatei ist keine https://-Adresse</translation>
    </message>
    <message>
        <source>Could not fetch the batch file from {host}</source>
        <translation>Die Stapeldatei konnte nicht von {host} abgerufen werden</translation>
    </message>
    <message>
        <source>The batch file could not be fetched (HTTP {status})</source>
        <translation>Die Stapeldatei konnte nicht abgerufen werden (HTTP {status})</translation>
    </message>
    <message>
        <source>the passes list answered</source>
        <translation>die Passliste hat geantwortet</translation>
    </message>
    <message>
        <source>Connected to {host} in {ms} ms: {seen}</source>
        <translation>Mit {host} in {ms} ms verbunden: {seen}</translation>
    </message>
    <message>
        <source>Check the API key in Settings (PassEntry Dashboard -&gt; Developer tools).</source>
        <translation>Prüfen Sie den API-Schlüssel in den Einstellungen (PassEntry Dashboard -&gt; Developer tools).</translation>
    </message>
    <message>
        <source>This API key may not do that; ask the account owner for access.</source>
        <translation>Dieser API-Schlüssel darf das nicht; bitten Sie den Kontoinhaber um Zugriff.</translation>
    </message>
    <message>
        <source>It may have been deleted, or belongs to another entity.</source>
        <translation>Es wurde möglicherweise gelöscht oder gehört zu einer anderen Entität.</translation>
    </message>
    <message>
        <source>The PassEntry API of this account does not have it; the rest keeps working.</source>
        <translation>Die PassEntry-API dieses Kontos bietet das nicht; alles andere funktioniert weiter.</translation>
    </message>
    <message>
        <source>PassEntry is still working on it; look again in a few minutes.</source>
        <translation>PassEntry arbeitet noch daran; sehen Sie in ein paar Minuten wieder nach.</translation>
    </message>
    <message>
        <source>Check the template&apos;s images and fields, then publish again.</source>
        <translation>Prüfen Sie die Bilder und Felder der Vorlage und veröffentlichen Sie erneut.</translation>
    </message>
    <message>
        <source>The request was refused as sent; the message above says what to change.</source>
        <translation>Die Anfrage wurde in dieser Form abgelehnt; die Meldung oben sagt, was zu ändern ist.</translation>
    </message>
    <message>
        <source>PassEntry asks us to slow down; the change will be retried later.</source>
        <translation>PassEntry bittet um langsamere Anfragen; die Änderung wird später erneut versucht.</translation>
    </message>
    <message>
        <source>PassEntry had a problem; try again in a few minutes.</source>
        <translation>PassEntry hatte ein Problem; versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Check the network connection; work continues offline.</source>
        <translation>Prüfen Sie die Netzwerkverbindung; die Arbeit geht offline weiter.</translation>
    </message>
    <message>
        <source>Is the API base URL right? It should end in /api/v1.</source>
        <translation>Ist die API-Basis-URL richtig? Sie sollte auf /api/v1 enden.</translation>
    </message>
    <message>
        <source>Use an https:// URL; plain http is only allowed for this computer (loopback).</source>
        <translation>Verwenden Sie eine https://-URL; einfaches http ist nur für diesen Computer (Loopback) erlaubt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not one record: {problem}</source>
        <translation>Die Antwort des Servers ist kein einzelner Datensatz: {problem}</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer {what}</source>
        <translation>Dieses PassEntry-Konto bietet Folgendes nicht: {what}</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a PassEntry document: {problem}.</source>
        <translation>Die Antwort des Servers ist kein PassEntry-Dokument: {problem}.</translation>
    </message>
    <message>
        <source>The server sent a page link to another host ({host}); not followed.</source>
        <translation>Der Server hat einen Seitenlink zu einem anderen Host gesendet ({host}); nicht gefolgt.</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} with a body that is not valid JSON ({kind}, {size} bytes)</source>
        <translation>{host} hat mit HTTP {status} und einem Inhalt geantwortet, der kein gültiges JSON ist ({kind}, {size} Byte)</translation>
    </message>
    <message>
        <source>Could not connect to {host}</source>
        <translation>Keine Verbindung zu {host} möglich</translation>
    </message>
    <message>
        <source>No answer from {host} in time</source>
        <translation>Keine rechtzeitige Antwort von {host}</translation>
    </message>
    <message>
        <source>The connection to {host} dropped before an answer arrived</source>
        <translation>Die Verbindung zu {host} brach ab, bevor eine Antwort kam</translation>
    </message>
    <message>
        <source>Network problem talking to {host} ({error})</source>
        <translation>Netzwerkproblem bei der Verbindung mit {host} ({error})</translation>
    </message>
    <message>
        <source>{problem}; the change may or may not have been applied</source>
        <translation>{problem}; die Änderung wurde möglicherweise übernommen, möglicherweise nicht</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that</source>
        <translation>Dieser API-Schlüssel darf das nicht</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>PassEntry refused the request</source>
        <translation>PassEntry hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Too many requests to {host}</source>
        <translation>Zu viele Anfragen an {host}</translation>
    </message>
    <message>
        <source>Too many requests to {host}; it asks to wait {seconds} s</source>
        <translation>Zu viele Anfragen an {host}; es bittet, {seconds} s zu warten</translation>
    </message>
    <message>
        <source>{host} had a server error (HTTP {status})</source>
        <translation>{host} hatte einen Serverfehler (HTTP {status})</translation>
    </message>
    <message>
        <source>The request was refused (HTTP {status})</source>
        <translation>Die Anfrage wurde abgelehnt (HTTP {status})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es)</source>
        <translation>
            <numerusform>%Ln Pass</numerusform>
            <numerusform>%Ln Pässe</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}: {detail}</source>
        <comment>an error, then the server&apos;s own words</comment>
        <translation>{problem}: {detail}</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list: {problem}</source>
        <translation>Die Antwort des Servers ist keine Liste: {problem}</translation>
    </message>
    <message>
        <source>the passes list</source>
        <translation>die Passliste</translation>
    </message>
    <message>
        <source>issuing passes</source>
        <translation>Ausstellen von Pässen</translation>
    </message>
    <message>
        <source>a pass</source>
        <translation>einzelne Pässe</translation>
    </message>
    <message>
        <source>pass changes</source>
        <translation>Passänderungen</translation>
    </message>
    <message>
        <source>messages to a pass</source>
        <translation>Nachrichten an einen Pass</translation>
    </message>
    <message>
        <source>nullifying passes</source>
        <translation>Annullieren von Pässen</translation>
    </message>
    <message>
        <source>loyalty balances</source>
        <translation>Treuepunktestände</translation>
    </message>
    <message>
        <source>loyalty changes</source>
        <translation>Treuepunkte-Änderungen</translation>
    </message>
    <message>
        <source>pass templates</source>
        <translation>Pass-Vorlagen</translation>
    </message>
    <message>
        <source>pass templates (older route)</source>
        <translation>Pass-Vorlagen (älterer Weg)</translation>
    </message>
    <message>
        <source>creating pass templates</source>
        <translation>Anlegen von Pass-Vorlagen</translation>
    </message>
    <message>
        <source>changing pass templates</source>
        <translation>Ändern von Pass-Vorlagen</translation>
    </message>
    <message>
        <source>a list of pass templates</source>
        <translation>eine Liste der Pass-Vorlagen</translation>
    </message>
    <message>
        <source>adding readers</source>
        <translation>Hinzufügen von Lesegeräten</translation>
    </message>
    <message>
        <source>the reader configuration</source>
        <translation>die Lesegerät-Konfiguration</translation>
    </message>
    <message>
        <source>changing the reader configuration by API (set it in the PassEntry dashboard: Readers -&gt; Reader Configuration)</source>
        <translation>Ändern der Lesegerät-Konfiguration per API (legen Sie sie im PassEntry-Dashboard fest: Readers -&gt; Reader Configuration)</translation>
    </message>
    <message>
        <source>the scans list</source>
        <translation>die Scanliste</translation>
    </message>
    <message>
        <source>a scan</source>
        <translation>einzelne Scans</translation>
    </message>
    <message>
        <source>checking scans</source>
        <translation>Prüfen von Scans</translation>
    </message>
    <message>
        <source>logging scans</source>
        <translation>Protokollieren von Scans</translation>
    </message>
    <message>
        <source>the webhook subscriptions list</source>
        <translation>die Liste der Webhook-Abonnements</translation>
    </message>
    <message>
        <source>adding webhook subscriptions</source>
        <translation>Hinzufügen von Webhook-Abonnements</translation>
    </message>
    <message>
        <source>a webhook subscription</source>
        <translation>einzelne Webhook-Abonnements</translation>
    </message>
    <message>
        <source>changing webhook subscriptions</source>
        <translation>Ändern von Webhook-Abonnements</translation>
    </message>
    <message>
        <source>new webhook secrets</source>
        <translation>neue Webhook-Geheimnisse</translation>
    </message>
    <message>
        <source>batch pass creation</source>
        <translation>Stapelerstellung von Pässen</translation>
    </message>
    <message>
        <source>batch pass updates</source>
        <translation>Stapelaktualisierung von Pässen</translation>
    </message>
    <message>
        <source>wallet messaging</source>
        <translation>Wallet-Nachrichten</translation>
    </message>
    <message>
        <source>the batches list</source>
        <translation>die Stapelliste</translation>
    </message>
    <message>
        <source>a batch</source>
        <translation>einzelne Stapel</translation>
    </message>
    <message>
        <source>cancelling batches</source>
        <translation>Abbrechen von Stapeln</translation>
    </message>
    <message>
        <source>sending batches now</source>
        <translation>sofortiges Senden von Stapeln</translation>
    </message>
    <message>
        <source>uploading images</source>
        <translation>Hochladen von Bildern</translation>
    </message>
    <message>
        <source>the image list</source>
        <translation>die Bildliste</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>einzelne Bilder</translation>
    </message>
    <message>
        <source>the entities list</source>
        <translation>die Liste der Entitäten</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>the events list</source>
        <translation>die Veranstaltungsliste</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>creating events</source>
        <translation>Anlegen von Veranstaltungen</translation>
    </message>
    <message>
        <source>changing events</source>
        <translation>Ändern von Veranstaltungen</translation>
    </message>
    <message>
        <source>the readers list</source>
        <translation>die Lesegeräteliste</translation>
    </message>
    <message>
        <source>showing a reader</source>
        <translation>Anzeigen eines Lesegeräts</translation>
    </message>
    <message>
        <source>changing readers</source>
        <translation>Ändern von Lesegeräten</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no {name} object</source>
        <translation>Die Antwort des Servers enthält kein Objekt {name}</translation>
    </message>
    <message>
        <source>PassEntry could not process the template {template}</source>
        <translation>PassEntry konnte die Vorlage {template} nicht verarbeiten</translation>
    </message>
    <message>
        <source>The template {template} was still being processed after {seconds} s</source>
        <translation>Die Vorlage {template} wurde nach {seconds} s immer noch verarbeitet</translation>
    </message>
    <message>
        <source>Not a valid URL: {url} ({problem})</source>
        <translation>Keine gültige URL: {url} ({problem})</translation>
    </message>
    <message>
        <source>Not an http(s) URL: {url}</source>
        <translation>Keine http(s)-URL: {url}</translation>
    </message>
    <message>
        <source>Refusing plain http to {host}: the API key would travel unencrypted.</source>
        <translation>Einfaches http zu {host} abgelehnt: Der API-Schlüssel würde unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>The validation service at {host} did not answer in time</source>
        <translation>Der Prüfdienst unter {host} hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Could not reach the validation service at {host}</source>
        <translation>Der Prüfdienst unter {host} war nicht erreichbar</translation>
    </message>
    <message>
        <source>The validation service refused the token</source>
        <translation>Der Prüfdienst hat das Token abgelehnt</translation>
    </message>
    <message>
        <source>The validation service answered HTTP {status}</source>
        <translation>Der Prüfdienst hat mit HTTP {status} geantwortet</translation>
    </message>
    <message>
        <source>The validation service&apos;s answer is not a validationResponse ({problem})</source>
        <translation>Die Antwort des Prüfdienstes ist keine validationResponse ({problem})</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a webhook subscription</source>
        <translation>Die Antwort des Servers ist kein Webhook-Abonnement</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Issue pass</source>
        <translation>Pass ausstellen</translation>
    </message>
    <message>
        <source>Edit pass</source>
        <translation>Pass bearbeiten</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Nullify pass</source>
        <translation>Pass annullieren</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Veranstaltung anlegen</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message numerus="yes">
        <source>Loyalty {signed} point(s)</source>
        <comment>signed: +10 or -5</comment>
        <translation>
            <numerusform>{signed} Treuepunkt</numerusform>
            <numerusform>{signed} Treuepunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Loyalty balance set to {balance}</source>
        <translation>Punktestand auf {balance} gesetzt</translation>
    </message>
    <message>
        <source>Log scan in PassEntry (denied)</source>
        <translation>Scan bei PassEntry protokollieren (abgelehnt)</translation>
    </message>
    <message>
        <source>Log scan in PassEntry (successful)</source>
        <translation>Scan bei PassEntry protokollieren (erfolgreich)</translation>
    </message>
    <message>
        <source>Deactivate pass</source>
        <translation>Pass deaktivieren</translation>
    </message>
    <message>
        <source>Edit pass and notify</source>
        <translation>Pass bearbeiten und benachrichtigen</translation>
    </message>
    <message>
        <source>reader</source>
        <comment>noun in a sentence: this reader</comment>
        <translation>dieses Lesegerät</translation>
    </message>
    <message>
        <source>event</source>
        <comment>noun in a sentence: this event</comment>
        <translation>diese Veranstaltung</translation>
    </message>
    <message>
        <source>pass</source>
        <comment>noun in a sentence: this pass</comment>
        <translation>diesen Pass</translation>
    </message>
    <message>
        <source>the scan of {value} as reader {reader}</source>
        <translation>der Scan von {value} als Lesegerät {reader}</translation>
    </message>
    <message>
        <source>{name} (event {id})</source>
        <translation>{name} (Veranstaltung {id})</translation>
    </message>
    <message>
        <source>{name} (pass {id})</source>
        <translation>{name} (Pass {id})</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no id</comment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>event {id}</source>
        <translation>Veranstaltung {id}</translation>
    </message>
    <message>
        <source>pass {id}</source>
        <translation>Pass {id}</translation>
    </message>
    <message>
        <source>Waiting: offline</source>
        <translation>Wartet: offline</translation>
    </message>
    <message>
        <source>When PassEntry answers</source>
        <translation>Wenn PassEntry antwortet</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>When you retry</source>
        <translation>Wenn Sie es erneut senden</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>next try: this moment</comment>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>So bald wie möglich</translation>
    </message>
    <message>
        <source>{value} at {reader}</source>
        <comment>a scan at a reader</comment>
        <translation>{value} an {reader}</translation>
    </message>
    <message>
        <source>Scanned value {value}, logged as reader {reader}</source>
        <translation>Gescannter Wert {value}, protokolliert als Lesegerät {reader}</translation>
    </message>
    <message>
        <source>Event {id}</source>
        <translation>Veranstaltung {id}</translation>
    </message>
    <message>
        <source>Pass {id}</source>
        <translation>Pass {id}</translation>
    </message>
    <message>
        <source>Waits for an earlier change to this {target} that needs you: retry or discard that one first.</source>
        <translation>Wartet auf eine frühere Änderung für {target}, die Ihr Eingreifen braucht: Senden Sie diese zuerst erneut oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Made at {made}
Message: {message}</source>
        <translation>Erstellt am {made}
Meldung: {message}</translation>
    </message>
    <message>
        <source>Made at {made}</source>
        <translation>Erstellt am {made}</translation>
    </message>
    <message>
        <source>Sync requested…</source>
        <translation>Synchronisierung angefordert…</translation>
    </message>
    <message>
        <source>Sync with a status check of every pass requested…</source>
        <translation>Synchronisierung mit Statusprüfung aller Pässe angefordert…</translation>
    </message>
    <message>
        <source>Offline: passdesk will sync when PassEntry answers again. Changes made here are kept until then.</source>
        <translation>Offline: passdesk synchronisiert, sobald PassEntry wieder antwortet. Hier vorgenommene Änderungen bleiben bis dahin erhalten.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was fetched is kept; the next sync carries on from there.</source>
        <translation>Synchronisierung abgebrochen. Abgerufenes bleibt erhalten; die nächste Synchronisierung macht dort weiter.</translation>
    </message>
    <message>
        <source>The last sync attempt did not finish: {problem}</source>
        <translation>Der letzte Synchronisierungsversuch wurde nicht abgeschlossen: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Idle. passdesk syncs by itself every %Ln minute(s).</source>
        <translation>
            <numerusform>Bereit. passdesk synchronisiert von selbst jede Minute.</numerusform>
            <numerusform>Bereit. passdesk synchronisiert von selbst alle %Ln Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after this page… ({doing})</source>
        <translation>Abbruch nach dieser Seite… ({doing})</translation>
    </message>
    <message>
        <source>Cannot read the outbox: {error}</source>
        <translation>Postausgang kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Not discarded: a supervisor&apos;s PIN was not given.</source>
        <translation>Nicht verworfen: Die PIN der Schichtleitung wurde nicht eingegeben.</translation>
    </message>
    <message>
        <source>That did not work: {error}. The list below is up to date again.</source>
        <translation>Das hat nicht funktioniert: {error}. Die Liste unten ist wieder aktuell.</translation>
    </message>
    <message>
        <source>Discard “{change}” for {target}</source>
        <translation>„{change}“ für {target} verwerfen</translation>
    </message>
    <message>
        <source>{change} for {target}</source>
        <translation>{change} für {target}</translation>
    </message>
    <message>
        <source>Needs review: {what}.
{why}</source>
        <translation>Zu prüfen: {what}.
{why}</translation>
    </message>
    <message>
        <source>passdesk cannot tell whether it was applied.</source>
        <translation>passdesk kann nicht erkennen, ob sie übernommen wurde.</translation>
    </message>
    <message>
        <source>Refused by PassEntry: {what}.
{why}</source>
        <translation>Von PassEntry abgelehnt: {what}.
{why}</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Es wurde kein Grund angegeben.</translation>
    </message>
    <message>
        <source>Held back: {what}.
It goes once the earlier change to this {target} that needs you is retried or discarded.</source>
        <translation>Zurückgehalten: {what}.
Wird gesendet, sobald die frühere Änderung für {target}, die Ihr Eingreifen braucht, erneut gesendet oder verworfen ist.</translation>
    </message>
    <message>
        <source>Waiting: {what}.
Last try: {why}. Next try: {next}.</source>
        <translation>Wartet: {what}.
Letzter Versuch: {why}. Nächster Versuch: {next}.</translation>
    </message>
    <message>
        <source>Waiting changes are sent by themselves: nothing for you to do.</source>
        <translation>Wartende Änderungen werden von selbst gesendet: Sie müssen nichts tun.</translation>
    </message>
    <message>
        <source>Select a refused or to-be-reviewed change to retry or discard it.</source>
        <translation>Wählen Sie eine abgelehnte oder zu prüfende Änderung, um sie erneut zu senden oder zu verwerfen.</translation>
    </message>
    <message>
        <source>Retry if PassEntry does not have it; Discard if it does, or if it should not be made.</source>
        <translation>„Erneut senden“, wenn PassEntry sie nicht hat; „Verwerfen“, wenn doch oder wenn sie nicht erfolgen soll.</translation>
    </message>
    <message>
        <source>Retry sends it again unchanged; Discard drops it so later changes can go.</source>
        <translation>„Erneut senden“ sendet sie unverändert noch einmal; „Verwerfen“ entfernt sie, damit spätere Änderungen gesendet werden können.</translation>
    </message>
    <message>
        <source>Discard “{change}” for {target}?</source>
        <translation>„{change}“ für {target} verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)</source>
        <translation>
            <numerusform>%n Änderung verwerfen</numerusform>
            <numerusform>%n Änderungen verwerfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)?</source>
        <translation>
            <numerusform>%n Änderung verwerfen?</numerusform>
            <numerusform>%n Änderungen verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <comment>button</comment>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>A discarded change will not reach PassEntry: it stays on this computer only, marked as discarded. Later changes to the same pass or event are sent as usual. This cannot be undone.</source>
        <translation>Eine verworfene Änderung erreicht PassEntry nicht: Sie bleibt nur auf diesem Computer, als verworfen markiert. Spätere Änderungen am selben Pass oder an derselben Veranstaltung werden wie üblich gesendet. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Key refused</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Other server&apos;s data</source>
        <translation>Daten eines anderen Servers</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Lesegeräte</translation>
    </message>
    <message>
        <source>Passes (first full download)</source>
        <translation>Pässe (erster vollständiger Download)</translation>
    </message>
    <message>
        <source>New passes</source>
        <translation>Neue Pässe</translation>
    </message>
    <message>
        <source>Status of every pass</source>
        <translation>Status aller Pässe</translation>
    </message>
    <message>
        <source>Which passes belong to which event</source>
        <translation>Welche Pässe zu welcher Veranstaltung gehören</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln Änderung wartet auf Versand</numerusform>
            <numerusform>%Ln Änderungen warten auf Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to retry or discard</source>
        <translation>
            <numerusform>%Ln Änderung erneut senden oder verwerfen</numerusform>
            <numerusform>%Ln Änderungen erneut senden oder verwerfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <comment>status bar: changes not sent yet</comment>
        <translation>
            <numerusform>%Ln wartend</numerusform>
            <numerusform>%Ln wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to check</source>
        <comment>status bar: changes refused, for a person to retry or discard</comment>
        <translation>
            <numerusform>%Ln zu prüfen</numerusform>
            <numerusform>%Ln zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>PassEntry answers. Changes made here are sent as they are made.</source>
        <translation>PassEntry antwortet. Hier vorgenommene Änderungen werden sofort gesendet.</translation>
    </message>
    <message>
        <source>PassEntry cannot be reached.</source>
        <translation>PassEntry ist nicht erreichbar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) fetched ({new} new)</source>
        <translation>
            <numerusform>%Ln Pass abgerufen ({new} neu)</numerusform>
            <numerusform>%Ln Pässe abgerufen ({new} neu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{fetched}; %Ln status(es) checked, none changed</source>
        <translation>
            <numerusform>{fetched}; %Ln Status geprüft, keiner geändert</numerusform>
            <numerusform>{fetched}; %Ln Status geprüft, keiner geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{fetched}; %Ln status change(s)</source>
        <translation>
            <numerusform>{fetched}; %Ln Statusänderung</numerusform>
            <numerusform>{fetched}; %Ln Statusänderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{why}
Changes made here are kept and sent when the connection is back.</source>
        <translation>{why}
Hier vorgenommene Änderungen bleiben erhalten und werden gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>PassEntry did not accept the API key.</source>
        <translation>PassEntry hat den API-Schlüssel nicht akzeptiert.</translation>
    </message>
    <message>
        <source>{why}
Enter a valid key in Settings. Changes made here wait until then.</source>
        <translation>{why}
Geben Sie in den Einstellungen einen gültigen Schlüssel ein. Hier vorgenommene Änderungen warten bis dahin.</translation>
    </message>
    <message>
        <source>No API key for this server. Add one in Settings, or set PASSDESK_API_KEY before starting passdesk.</source>
        <translation>Kein API-Schlüssel für diesen Server. Fügen Sie in den Einstellungen einen hinzu oder setzen Sie PASSDESK_API_KEY, bevor Sie passdesk starten.</translation>
    </message>
    <message>
        <source>The local data belongs to another server; nothing is sent.</source>
        <translation>Die lokalen Daten gehören zu einem anderen Server; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verbindung wird geprüft…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>sync progress: items done of all</comment>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>{done} so far</source>
        <comment>sync progress: items done, total unknown</comment>
        <translation>bisher {done}</translation>
    </message>
    <message>
        <source>{phase}: {counted} · {rate} per second</source>
        <translation>{phase}: {counted} · {rate} pro Sekunde</translation>
    </message>
    <message>
        <source>{phase}: {counted}</source>
        <translation>{phase}: {counted}</translation>
    </message>
    <message>
        <source>No new passes</source>
        <translation>Keine neuen Pässe</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>{when} — {done}.</source>
        <translation>{when} — {done}.</translation>
    </message>
    <message>
        <source>{when}.</source>
        <translation>{when}.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Syncing… {percent}%</source>
        <translation>Wird synchronisiert… {percent} %</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Synchronisiert {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Nothing waiting: every change made here has reached PassEntry.</source>
        <translation>Nichts wartet: Jede hier vorgenommene Änderung hat PassEntry erreicht.</translation>
    </message>
    <message>
        <source>{waiting}; {needing}.</source>
        <translation>{waiting}; {needing}.</translation>
    </message>
    <message>
        <source>{what}.</source>
        <translation>{what}.</translation>
    </message>
    <message numerus="yes">
        <source>{fetched}; %Ln status(es) checked, {changed} changed</source>
        <translation>
            <numerusform>{fetched}; %Ln Status geprüft, {changed} geändert</numerusform>
            <numerusform>{fetched}; %Ln Status geprüft, {changed} geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>entities</source>
        <comment>what an account may not offer</comment>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>events</source>
        <comment>what an account may not offer</comment>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>readers</source>
        <comment>what an account may not offer</comment>
        <translation>Lesegeräte</translation>
    </message>
    <message>
        <source>template list</source>
        <comment>what an account may not offer</comment>
        <translation>die Vorlagenliste</translation>
    </message>
    <message>
        <source>reader configuration change</source>
        <comment>what an account may not offer</comment>
        <translation>das Ändern der Lesegerät-Konfiguration</translation>
    </message>
    <message>
        <source>scans list</source>
        <comment>what an account may not offer</comment>
        <translation>die Scanliste</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer {what}.</source>
        <translation>Dieses PassEntry-Konto bietet Folgendes nicht: {what}.</translation>
    </message>
    <message>
        <source>(nothing on its standard error)</source>
        <translation>(nichts in der Standardfehlerausgabe)</translation>
    </message>
    <message>
        <source>{kind}: {message}</source>
        <comment>an error: its kind (a program&apos;s name, not translated), then its message</comment>
        <translation>{kind}: {message}</translation>
    </message>
    <message>
        <source>The pull&apos;s process ended with exit code {code} before it finished. Its last words:
{tail}</source>
        <translation>Der Abrufprozess endete mit Exitcode {code}, bevor er fertig war. Seine letzten Ausgaben:
{tail}</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer the scans list: scans made by PassEntry&apos;s readers are not counted at the Door.</source>
        <translation>Dieses PassEntry-Konto bietet die Scanliste nicht an: Scans von PassEntry-Lesegeräten werden am Einlass nicht gezählt.</translation>
    </message>
    <message>
        <source>No API key for this server.</source>
        <translation>Kein API-Schlüssel für diesen Server.</translation>
    </message>
    <message>
        <source>The local data belongs to {bound}; nothing is sent to {server}. Restart passdesk to open that server&apos;s own local data.</source>
        <translation>Die lokalen Daten gehören zu {bound}; an {server} wird nichts gesendet. Starten Sie passdesk neu, um die lokalen Daten dieses Servers zu öffnen.</translation>
    </message>
</context>
<context>
    <name>till</name>
    <message>
        <source>Set {name}&apos;s balance from {before} to {after}?</source>
        <translation>Punktestand von {name} von {before} auf {after} setzen?</translation>
    </message>
    <message>
        <source>Set this customer&apos;s balance from {before} to {after}?</source>
        <translation>Punktestand dieses Kunden von {before} auf {after} setzen?</translation>
    </message>
    <message>
        <source>Set balance</source>
        <translation>Punktestand setzen</translation>
    </message>
    <message>
        <source>Set balance</source>
        <comment>the button that confirms</comment>
        <translation>Punktestand setzen</translation>
    </message>
    <message>
        <source>This replaces the balance, whatever it is on PassEntry when the change arrives.</source>
        <translation>Dies ersetzt den Punktestand, egal welcher bei PassEntry gilt, wenn die Änderung ankommt.</translation>
    </message>
    <message>
        <source>A supervisor must approve</source>
        <translation>Die Schichtleitung muss zustimmen</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>dieser Kunde</translation>
    </message>
    <message>
        <source>Redeem {points} points for {name}? A supervisor must approve this.</source>
        <translation>{points} Punkte für {name} einlösen? Die Schichtleitung muss zustimmen.</translation>
    </message>
    <message>
        <source>The card showed {balance} points when it was last synced at {when}; PassEntry has not confirmed that balance.</source>
        <translation>Die Karte zeigte {balance} Punkte bei der letzten Synchronisierung am {when}; PassEntry hat diesen Punktestand nicht bestätigt.</translation>
    </message>
    <message>
        <source>The card showed {balance} points when it was last synced; PassEntry has not confirmed that balance.</source>
        <translation>Die Karte zeigte {balance} Punkte bei der letzten Synchronisierung; PassEntry hat diesen Punktestand nicht bestätigt.</translation>
    </message>
    <message>
        <source>{limit} {shown}</source>
        <translation>{limit} {shown}</translation>
    </message>
    <message>
        <source>Supervisor approves</source>
        <translation>Schichtleitung stimmt zu</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Noch kein Kunde</translation>
    </message>
    <message>
        <source>Scan a loyalty card, or search by name or customer number.</source>
        <translation>Treuekarte scannen oder nach Name bzw. Kundennummer suchen.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>no template</source>
        <translation>keine Vorlage</translation>
    </message>
    <message>
        <source>{why} Scan the customer&apos;s loyalty card instead.</source>
        <translation>{why} Scannen Sie stattdessen die Treuekarte des Kunden.</translation>
    </message>
    <message>
        <source>Reward: {rewards}</source>
        <translation>Prämie: {rewards}</translation>
    </message>
    <message>
        <source>active</source>
        <comment>a pass&apos;s status</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deactivated</source>
        <comment>a pass&apos;s status</comment>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>nullified</source>
        <comment>a pass&apos;s status</comment>
        <translation>annulliert</translation>
    </message>
    <message>
        <source>voided</source>
        <comment>a pass&apos;s status</comment>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>a pass&apos;s status</comment>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>points</source>
        <comment>beside the balance: the unit</comment>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>last synced {when}, not confirmed</source>
        <translation>zuletzt synchronisiert {when}, nicht bestätigt</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>Not confirmed by PassEntry: the card showed {balance} when it was last synced. Redeem up to {limit} points; more needs a supervisor</source>
        <translation>Nicht von PassEntry bestätigt: Die Karte zeigte {balance} bei der letzten Synchronisierung. Bis zu {limit} Punkte einlösen; mehr erfordert die Schichtleitung</translation>
    </message>
    <message>
        <source>Not confirmed by PassEntry: the card showed {balance} when it was last synced</source>
        <translation>Nicht von PassEntry bestätigt: Die Karte zeigte {balance} bei der letzten Synchronisierung</translation>
    </message>
    <message>
        <source>PassEntry&apos;s balance is not known here yet</source>
        <translation>Der Punktestand bei PassEntry ist hier noch nicht bekannt</translation>
    </message>
    <message>
        <source>PassEntry confirmed {balance} at {when}</source>
        <translation>PassEntry hat {balance} um {when} bestätigt</translation>
    </message>
    <message>
        <source>PassEntry confirmed {balance}</source>
        <translation>PassEntry hat {balance} bestätigt</translation>
    </message>
    <message>
        <source>{note}; the balance above includes this till&apos;s changes still on their way</source>
        <translation>{note}; der Punktestand oben enthält Änderungen dieser Kasse, die noch unterwegs sind</translation>
    </message>
    <message>
        <source>{note} · reading the balance from PassEntry…</source>
        <translation>{note} · Punktestand wird von PassEntry gelesen…</translation>
    </message>
    <message>
        <source>{note} · could not read it now ({why})</source>
        <translation>{note} · konnte jetzt nicht gelesen werden ({why})</translation>
    </message>
    <message>
        <source>Set the balance from {before} to {after}</source>
        <translation>Punktestand von {before} auf {after} setzen</translation>
    </message>
    <message>
        <source>{sign}{points} points → balance {after}</source>
        <translation>{sign}{points} Punkte → Punktestand {after}</translation>
    </message>
    <message>
        <source>{sign}{points} points (balance not known here)</source>
        <translation>{sign}{points} Punkte (Punktestand hier nicht bekannt)</translation>
    </message>
    <message>
        <source>{spent} spent: {change}</source>
        <translation>{spent} ausgegeben: {change}</translation>
    </message>
    <message>
        <source>Reaches a reward: {reward}</source>
        <translation>Erreicht eine Prämie: {reward}</translation>
    </message>
    <message>
        <source>A supervisor must approve: the balance is not confirmed.</source>
        <translation>Die Schichtleitung muss zustimmen: Der Punktestand ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>Balance set to {balance} and a message for {name}: saved here, on its way to PassEntry.</source>
        <translation>Punktestand auf {balance} gesetzt und eine Nachricht für {name}: hier gespeichert, unterwegs zu PassEntry.</translation>
    </message>
    <message>
        <source>Balance set to {balance} for {name}: saved here, on its way to PassEntry.</source>
        <translation>Punktestand für {name} auf {balance} gesetzt: hier gespeichert, unterwegs zu PassEntry.</translation>
    </message>
    <message>
        <source>{change} points and a message for {name}: saved here, on its way to PassEntry.</source>
        <translation>{change} Punkte und eine Nachricht für {name}: hier gespeichert, unterwegs zu PassEntry.</translation>
    </message>
    <message>
        <source>{change} points for {name}: saved here, on its way to PassEntry.</source>
        <translation>{change} Punkte für {name}: hier gespeichert, unterwegs zu PassEntry.</translation>
    </message>
    <message>
        <source>set the balance to {balance}</source>
        <translation>Punktestand auf {balance} setzen</translation>
    </message>
    <message>
        <source>{change} points</source>
        <translation>{change} Punkte</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportergebnis</translation>
    </message>
    <message>
        <source>Since {when}</source>
        <translation>Seit {when}</translation>
    </message>
    <message>
        <source>no operations yet</source>
        <translation>noch keine Vorgänge</translation>
    </message>
    <message>
        <source>issued {points}</source>
        <translation>{points} vergeben</translation>
    </message>
    <message>
        <source>redeemed {points}</source>
        <translation>{points} eingelöst</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>Sammeln</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Gutschreiben</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <source>Sent to the customer&apos;s phone as a message.
Filled in for you:  {fields}</source>
        <translation>Wird als Nachricht an das Telefon des Kunden gesendet.
Automatisch eingesetzt:  {fields}</translation>
    </message>
    <message>
        <source>Alex</source>
        <comment>a sample first name in an example</comment>
        <translation>Alex</translation>
    </message>
    <message>
        <source>A free coffee</source>
        <comment>a sample reward</comment>
        <translation>Ein Gratis-Kaffee</translation>
    </message>
    <message>
        <source>Example ({which}): {text}</source>
        <translation>Beispiel ({which}): {text}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>{count} of %Ln characters</source>
        <translation>
            <numerusform>{count} von %Ln Zeichen</numerusform>
            <numerusform>{count} von %Ln Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reward reached</source>
        <translation>Prämie erreicht</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Ausgegebener Betrag</translation>
    </message>
    <message>
        <source>Points to add</source>
        <translation>Gutzuschreibende Punkte</translation>
    </message>
    <message>
        <source>Points to redeem</source>
        <translation>Einzulösende Punkte</translation>
    </message>
    <message>
        <source>New balance</source>
        <translation>Neuer Punktestand</translation>
    </message>
    <message>
        <source>{amount} ({currency})</source>
        <translation>{amount} ({currency})</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>nicht aktiv</translation>
    </message>
    <message>
        <source>This pass is {status}: PassEntry delivers messages only to active passes, so this one will not reach the customer.</source>
        <translation>Dieser Pass ist {status}: PassEntry stellt Nachrichten nur an aktive Pässe zu, daher erreicht diese den Kunden nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: a lock screen shows about {most}.</source>
        <translation>
            <numerusform>%Ln Zeichen: Ein Sperrbildschirm zeigt etwa {most}.</numerusform>
            <numerusform>%Ln Zeichen: Ein Sperrbildschirm zeigt etwa {most}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not redeemed: {why} Apply again to ask.</source>
        <translation>Nicht eingelöst: {why} Erneut „Übernehmen“, um nachzufragen.</translation>
    </message>
    <message>
        <source>{why} (Apply again to make it.)</source>
        <translation>{why} (Erneut „Übernehmen“, um es auszuführen.)</translation>
    </message>
    <message>
        <source>{change}, against a balance PassEntry has not confirmed</source>
        <translation>{change}, gegen einen von PassEntry nicht bestätigten Punktestand</translation>
    </message>
    <message>
        <source>Not redeemed: {why}</source>
        <translation>Nicht eingelöst: {why}</translation>
    </message>
    <message>
        <source>Not redeemed: a supervisor did not approve it.</source>
        <translation>Nicht eingelöst: Die Schichtleitung hat nicht zugestimmt.</translation>
    </message>
    <message>
        <source>Scan points not applied: {why}</source>
        <translation>Scan-Punkte nicht angewendet: {why}</translation>
    </message>
    <message>
        <source>Scan points: {change}</source>
        <translation>Scan-Punkte: {change}</translation>
    </message>
    <message>
        <source>Scanned again: the points for this scan were already given.</source>
        <translation>Erneut gescannt: Die Punkte für diesen Scan wurden bereits vergeben.</translation>
    </message>
    <message>
        <source>Not changed: {why}</source>
        <translation>Nicht geändert: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) not yet confirmed by PassEntry</source>
        <translation>
            <numerusform>%Ln Vorgang noch nicht von PassEntry bestätigt</numerusform>
            <numerusform>%Ln Vorgänge noch nicht von PassEntry bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln ausstehend</numerusform>
            <numerusform>%Ln ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln balance(s) set</source>
        <translation>
            <numerusform>%Ln Punktestand gesetzt</numerusform>
            <numerusform>%Ln Punktestände gesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not yet confirmed</source>
        <translation>
            <numerusform>%Ln noch nicht bestätigt</numerusform>
            <numerusform>%Ln noch nicht bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: lock screens cut a message after about {most}, so the end may not be seen.</source>
        <translation>
            <numerusform>%Ln Zeichen: Sperrbildschirme kürzen eine Nachricht nach etwa {most}, das Ende ist eventuell nicht zu sehen.</numerusform>
            <numerusform>%Ln Zeichen: Sperrbildschirme kürzen eine Nachricht nach etwa {most}, das Ende ist eventuell nicht zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set {name}&apos;s balance from {before} to {after}</source>
        <translation>Punktestand von {name} von {before} auf {after} setzen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Gesammelt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Balance set</source>
        <translation>Punktestand gesetzt</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Admission undone</source>
        <translation>Einlass storniert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>{what} · spent {spent}</source>
        <translation>{what} · {spent} ausgegeben</translation>
    </message>
    <message>
        <source>Message: {message}</source>
        <translation>Nachricht: {message}</translation>
    </message>
    <message>
        <source>The local store could not be read: {why}</source>
        <translation>Die lokale Datenbank konnte nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>No pass {value} in the local store. If it is new, wait for the next sync.</source>
        <translation>Kein Pass {value} in der lokalen Datenbank. Falls er neu ist, warten Sie auf die nächste Synchronisierung.</translation>
    </message>
    <message>
        <source>a supervisor&apos;s PIN was not given.</source>
        <translation>die PIN der Schichtleitung wurde nicht eingegeben.</translation>
    </message>
    <message>
        <source>Redeem {points} points for {name}</source>
        <translation>{points} Punkte für {name} einlösen</translation>
    </message>
    <message>
        <source>Add {points} points for {name}</source>
        <translation>{points} Punkte für {name} gutschreiben</translation>
    </message>
    <message>
        <source>{change} ({points} points changed on this card in the last hour)</source>
        <translation>{change} ({points} Punkte in der letzten Stunde auf dieser Karte geändert)</translation>
    </message>
    <message>
        <source>{result} It is not in the audit trail (the store refused the entry): tell a manager.</source>
        <translation>{result} Es steht nicht im Prüfprotokoll (die Datenbank hat den Eintrag abgelehnt): Informieren Sie die Leitung.</translation>
    </message>
    <message numerus="yes">
        <source>A change needs review (%Ln more after it): {change}. {error}</source>
        <translation>
            <numerusform>Eine Änderung muss geprüft werden (%Ln weitere danach): {change}. {error}</numerusform>
            <numerusform>Eine Änderung muss geprüft werden (%Ln weitere danach): {change}. {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>A change needs review: {change}. {error}</source>
        <translation>Eine Änderung muss geprüft werden: {change}. {error}</translation>
    </message>
    <message numerus="yes">
        <source>A change was refused (%Ln more after it): {change}. {error}</source>
        <translation>
            <numerusform>Eine Änderung wurde abgelehnt (%Ln weitere danach): {change}. {error}</numerusform>
            <numerusform>Eine Änderung wurde abgelehnt (%Ln weitere danach): {change}. {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>A change was refused: {change}. {error}</source>
        <translation>Eine Änderung wurde abgelehnt: {change}. {error}</translation>
    </message>
    <message>
        <source>Discard “{change}” for {name}</source>
        <translation>„{change}“ für {name} verwerfen</translation>
    </message>
    <message>
        <source>Not discarded: {why}</source>
        <translation>Nicht verworfen: {why}</translation>
    </message>
    <message>
        <source>Type the points per currency unit (0: spending earns none).</source>
        <translation>Geben Sie die Punkte pro Währungseinheit ein (0: Einkäufe ergeben keine).</translation>
    </message>
    <message>
        <source>{typed} is not a number of points per currency unit.</source>
        <translation>{typed} ist keine gültige Punktzahl pro Währungseinheit.</translation>
    </message>
    <message>
        <source>Points per currency unit cannot be negative.</source>
        <translation>Punkte pro Währungseinheit können nicht negativ sein.</translation>
    </message>
    <message>
        <source>Points per currency unit can be at most {most}.</source>
        <translation>Punkte pro Währungseinheit dürfen höchstens {most} sein.</translation>
    </message>
    <message>
        <source>Reward {number}: type what the customer gets.</source>
        <translation>Prämie {number}: Geben Sie ein, was der Kunde bekommt.</translation>
    </message>
    <message>
        <source>Reward {number}: {why}</source>
        <translation>Prämie {number}: {why}</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Abrunden</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Kaufmännisch</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Aufrunden</translation>
    </message>
    <message>
        <source>All other templates</source>
        <translation>Alle anderen Vorlagen</translation>
    </message>
    <message>
        <source>{template} (not synced)</source>
        <translation>{template} (nicht synchronisiert)</translation>
    </message>
    <message>
        <source>Used by every loyalty template without rules of its own.</source>
        <translation>Gilt für jede Treuepunkte-Vorlage ohne eigene Regeln.</translation>
    </message>
    <message>
        <source>This template has rules of its own.</source>
        <translation>Diese Vorlage hat eigene Regeln.</translation>
    </message>
    <message>
        <source>This template uses the general rules until you change something here.</source>
        <translation>Diese Vorlage verwendet die allgemeinen Regeln, bis Sie hier etwas ändern.</translation>
    </message>
    <message numerus="yes">
        <source>{about} Its balance shows %n decimal place(s): type points as the pass shows them.</source>
        <translation>
            <numerusform>{about} Der Punktestand zeigt %n Nachkommastelle: Geben Sie Punkte so ein, wie der Pass sie zeigt.</numerusform>
            <numerusform>{about} Der Punktestand zeigt %n Nachkommastellen: Geben Sie Punkte so ein, wie der Pass sie zeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reward is reached when the balance gets to its points; the customer is sent the reward message (Messages tab).</source>
        <translation>Eine Prämie ist erreicht, wenn der Punktestand ihre Punktzahl erreicht; der Kunde erhält die Prämien-Nachricht (Reiter Nachrichten).</translation>
    </message>
    <message>
        <source>{help} Points here are whole units of the balance: for a template with decimals, {whole} is {shown}.</source>
        <translation>{help} Punkte sind hier ganze Einheiten des Punktestands: Bei einer Vorlage mit Nachkommastellen ist {whole} gleich {shown}.</translation>
    </message>
    <message>
        <source>Rules for {template} (Earning and rewards): {why}</source>
        <translation>Regeln für {template} (Punkte und Prämien): {why}</translation>
    </message>
    <message>
        <source>Spending {spent} earns {points} points.</source>
        <translation>Ein Einkauf von {spent} ergibt {points} Punkte.</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>points per scan: none</comment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>No pass matches.</source>
        <translation>Kein passender Pass.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found: pick one (Enter takes the first)</source>
        <translation>
            <numerusform>%Ln gefunden: auswählen (Enter nimmt den ersten)</numerusform>
            <numerusform>%Ln gefunden: einen auswählen (Enter nimmt den ersten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Till settings</source>
        <translation>Kassen-Einstellungen</translation>
    </message>
    <message>
        <source>Points per scan</source>
        <translation>Punkte pro Scan</translation>
    </message>
    <message>
        <source>Off, or the points each scan adds (negative: takes)</source>
        <translation>Aus oder die Punkte, die jeder Scan gutschreibt (negativ: zieht ab)</translation>
    </message>
    <message>
        <source>the Till&apos;s settings</source>
        <translation>die Einstellungen der Kasse</translation>
    </message>
    <message>
        <source>Settings not opened: {why}</source>
        <translation>Einstellungen nicht geöffnet: {why}</translation>
    </message>
    <message>
        <source>In use, but not saved: {why}</source>
        <translation>In Verwendung, aber nicht gespeichert: {why}</translation>
    </message>
    <message>
        <source>Till “{desk}”</source>
        <translation>Kasse „{desk}“</translation>
    </message>
    <message numerus="yes">
        <source>{problem} And %Ln more.</source>
        <translation>
            <numerusform>{problem} Und %Ln weiteres.</numerusform>
            <numerusform>{problem} Und %Ln weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>rounded down</source>
        <translation>abgerundet</translation>
    </message>
    <message>
        <source>rounded nearest</source>
        <translation>kaufmännisch gerundet</translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation>aufgerundet</translation>
    </message>
    <message>
        <source>1 point per {currency} spent, {rounding}</source>
        <translation>1 Punkt pro ausgegebenem {currency}, {rounding}</translation>
    </message>
    <message>
        <source>{rate} points per {currency} spent, {rounding}</source>
        <translation>{rate} Punkte pro ausgegebenem {currency}, {rounding}</translation>
    </message>
    <message>
        <source>1 point per unit spent, {rounding}</source>
        <translation>1 Punkt pro ausgegebener Einheit, {rounding}</translation>
    </message>
    <message>
        <source>{rate} points per unit spent, {rounding}</source>
        <translation>{rate} Punkte pro ausgegebener Einheit, {rounding}</translation>
    </message>
    <message numerus="yes">
        <source>own rules for %Ln template(s)</source>
        <translation>
            <numerusform>eigene Regeln für %Ln Vorlage</numerusform>
            <numerusform>eigene Regeln für %Ln Vorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>scan with loyalty: {points} per scan</source>
        <translation>Scan mit Treuepunkten: {points} pro Scan</translation>
    </message>
    <message>
        <source>{role} · a supervisor&apos;s PIN for every change here</source>
        <translation>{role} · PIN der Schichtleitung für jede Änderung hier</translation>
    </message>
    <message>
        <source>redeeming over {points} points</source>
        <translation>das Einlösen von über {points} Punkten</translation>
    </message>
    <message>
        <source>over {points} points on one card in an hour</source>
        <translation>über {points} Punkte auf einer Karte pro Stunde</translation>
    </message>
    <message>
        <source>setting a balance</source>
        <translation>das Setzen eines Punktestands</translation>
    </message>
    <message>
        <source>{role} · a supervisor&apos;s PIN for {needs}</source>
        <translation>{role} · PIN der Schichtleitung für {needs}</translation>
    </message>
    <message>
        <source>The shift&apos;s totals could not be read: {why}</source>
        <translation>Die Summen der Schicht konnten nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>Shift closed at {when}; a new shift started.</source>
        <translation>Schicht um {when} abgeschlossen; eine neue Schicht hat begonnen.</translation>
    </message>
    <message>
        <source>Export operations</source>
        <translation>Vorgänge exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s)</source>
        <translation>
            <numerusform>%Ln Vorgang</numerusform>
            <numerusform>%Ln Vorgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Till “{desk}” · from {start} to {end}</source>
        <translation>Kasse „{desk}“ · von {start} bis {end}</translation>
    </message>
    <message>
        <source>No operations in this shift.</source>
        <translation>Keine Vorgänge in dieser Schicht.</translation>
    </message>
    <message>
        <source>points issued {points}</source>
        <translation>vergebene Punkte {points}</translation>
    </message>
    <message>
        <source>points redeemed {points}</source>
        <translation>eingelöste Punkte {points}</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Schicht abschließen</translation>
    </message>
    <message>
        <source>Writing operations…</source>
        <translation>Vorgänge werden geschrieben…</translation>
    </message>
    <message>
        <source>Close this shift?</source>
        <translation>Diese Schicht abschließen?</translation>
    </message>
    <message>
        <source>&amp;Close shift</source>
        <translation>Schicht &amp;abschließen</translation>
    </message>
    <message>
        <source>Start a new shift now</source>
        <translation>Jetzt eine neue Schicht beginnen</translation>
    </message>
    <message>
        <source>Export the shift</source>
        <translation>Schicht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) not yet confirmed by PassEntry: counted here, and still on the way.</source>
        <translation>
            <numerusform>%Ln Vorgang noch nicht von PassEntry bestätigt: hier mitgezählt und noch unterwegs.</numerusform>
            <numerusform>%Ln Vorgänge noch nicht von PassEntry bestätigt: hier mitgezählt und noch unterwegs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) written to {path}; the totals to {totals}</source>
        <translation>
            <numerusform>%Ln Vorgang nach {path} geschrieben; die Summen nach {totals}</numerusform>
            <numerusform>%Ln Vorgänge nach {path} geschrieben; die Summen nach {totals}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>{path} konnte nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>Writing the shift…</source>
        <translation>Schicht wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <source>a loyalty card</source>
        <translation>eine Treuekarte</translation>
    </message>
    <message>
        <source>a member card</source>
        <translation>eine Mitgliedskarte</translation>
    </message>
    <message>
        <source>a transit pass</source>
        <translation>ein Fahrausweis</translation>
    </message>
    <message>
        <source>an unnamed event</source>
        <translation>eine unbenannte Veranstaltung</translation>
    </message>
    <message>
        <source>{event}, {day}</source>
        <comment>an event&apos;s name and day</comment>
        <translation>{event}, {day}</translation>
    </message>
    <message>
        <source>another kind of pass</source>
        <translation>eine andere Passart</translation>
    </message>
    <message>
        <source>{time} {place} time</source>
        <comment>a time on a city&apos;s clock</comment>
        <translation>{time} Ortszeit {place}</translation>
    </message>
    <message>
        <source>Ticket for {event}: that event has ended</source>
        <translation>Ticket für {event}: Diese Veranstaltung ist vorbei</translation>
    </message>
    <message>
        <source>Ticket for {event}: not yet, it starts at {time}</source>
        <translation>Ticket für {event}: noch nicht gültig, Beginn um {time}</translation>
    </message>
    <message>
        <source>Ticket for {event}: not this door&apos;s event</source>
        <translation>Ticket für {event}: nicht die Veranstaltung dieses Eingangs</translation>
    </message>
    <message>
        <source>Ticket for another event</source>
        <translation>Ticket für eine andere Veranstaltung</translation>
    </message>
    <message>
        <source>Not a ticket for this event</source>
        <translation>Kein Ticket für diese Veranstaltung</translation>
    </message>
    <message>
        <source>Unknown pass: not a ticket for this venue</source>
        <translation>Unbekannter Pass: kein Ticket für diesen Veranstaltungsort</translation>
    </message>
    <message>
        <source>This pass was cancelled (deactivated)</source>
        <translation>Dieser Pass wurde gesperrt (deaktiviert)</translation>
    </message>
    <message>
        <source>Cancelled: this pass was nullified</source>
        <translation>Ungültig: Dieser Pass wurde annulliert</translation>
    </message>
    <message>
        <source>Expired on {day}</source>
        <translation>Abgelaufen am {day}</translation>
    </message>
    <message>
        <source>{template} is not valid at this door</source>
        <translation>{template} ist an diesem Eingang nicht gültig</translation>
    </message>
    <message>
        <source>this kind of pass is not valid at this door</source>
        <translation>diese Passart ist an diesem Eingang nicht gültig</translation>
    </message>
    <message>
        <source>Not a ticket: this is {card}</source>
        <translation>Kein Ticket: Das ist {card}</translation>
    </message>
    <message>
        <source>Not checked in, so not checked out</source>
        <translation>Nicht eingecheckt, daher nicht ausgecheckt</translation>
    </message>
    <message>
        <source>Checked out; may come back in</source>
        <translation>Ausgecheckt; darf wieder herein</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Ausgecheckt</translation>
    </message>
    <message>
        <source>Doors open at {time}</source>
        <translation>Einlass ab {time}</translation>
    </message>
    <message>
        <source>Doors closed at {time}</source>
        <translation>Einlass endete um {time}</translation>
    </message>
    <message>
        <source>Already admitted by {reader} at {time}</source>
        <translation>Bereits eingelassen von {reader} um {time}</translation>
    </message>
    <message>
        <source>Already admitted at {time}</source>
        <translation>Bereits eingelassen um {time}</translation>
    </message>
    <message>
        <source>Full: {inside} of {capacity} inside</source>
        <translation>Voll: {inside} von {capacity} drinnen</translation>
    </message>
    <message>
        <source>The holder removed this pass from their wallet</source>
        <translation>Der Inhaber hat diesen Pass aus seiner Wallet entfernt</translation>
    </message>
    <message>
        <source>Admitted, but the pass was removed from the wallet: check ID</source>
        <translation>Eingelassen, aber der Pass wurde aus der Wallet entfernt: Ausweis prüfen</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>{reason}: ask staff to check this ticket</source>
        <translation>{reason}: Ticket vom Personal prüfen lassen</translation>
    </message>
    <message>
        <source>Could not read the code: {why}</source>
        <translation>Code konnte nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>Check the guest before letting them in</source>
        <translation>Gast vor dem Einlass prüfen</translation>
    </message>
    <message>
        <source>ask staff to check this ticket</source>
        <translation>Ticket vom Personal prüfen lassen</translation>
    </message>
    <message>
        <source>the scanner sent bytes that are not text</source>
        <translation>der Scanner hat Bytes gesendet, die kein Text sind</translation>
    </message>
    <message>
        <source>{count} characters is not a pass code</source>
        <translation>{count} Zeichen sind kein Pass-Code</translation>
    </message>
    <message>
        <source>mostly control characters, not a pass code</source>
        <translation>überwiegend Steuerzeichen, kein Pass-Code</translation>
    </message>
    <message>
        <source>nothing was read</source>
        <translation>es wurde nichts gelesen</translation>
    </message>
    <message>
        <source>only a reader prefix was read</source>
        <translation>nur ein Lesegeräte-Präfix wurde gelesen</translation>
    </message>
    <message>
        <source>ALSO ADMITTED ELSEWHERE</source>
        <comment>in the door&apos;s last scans list</comment>
        <translation>AUCH WOANDERS EINGELASSEN</translation>
    </message>
    <message>
        <source>Asking the validation service…</source>
        <translation>Validierungsdienst wird gefragt…</translation>
    </message>
    <message>
        <source>Passes are still loading ({done}): check the ticket by hand</source>
        <translation>Pässe werden noch geladen ({done}): Ticket von Hand prüfen</translation>
    </message>
    <message>
        <source>Passes are still loading: check the ticket by hand</source>
        <translation>Pässe werden noch geladen: Ticket von Hand prüfen</translation>
    </message>
    <message>
        <source>{verdict}. This door&apos;s event is no longer in the events list: choose tonight&apos;s event above</source>
        <translation>{verdict}. Die Veranstaltung dieses Eingangs ist nicht mehr in der Veranstaltungsliste: Wählen Sie oben die heutige Veranstaltung</translation>
    </message>
    <message>
        <source>{verdict} · {points}</source>
        <translation>{verdict} · {points}</translation>
    </message>
    <message>
        <source>Loading passes… {done}</source>
        <translation>Pässe werden geladen… {done}</translation>
    </message>
    <message>
        <source>Loading passes…</source>
        <translation>Pässe werden geladen…</translation>
    </message>
    <message>
        <source>Until every pass is here, a ticket not found must be checked by hand.</source>
        <translation>Bis alle Pässe da sind, muss ein nicht gefundenes Ticket von Hand geprüft werden.</translation>
    </message>
    <message>
        <source>This door&apos;s event is no longer in the events list</source>
        <translation>Die Veranstaltung dieses Eingangs ist nicht mehr in der Veranstaltungsliste</translation>
    </message>
    <message>
        <source>Every ticket is denied until tonight&apos;s event is chosen above.</source>
        <translation>Jedes Ticket wird abgelehnt, bis oben die heutige Veranstaltung gewählt ist.</translation>
    </message>
    <message>
        <source>Scan a ticket to check it out</source>
        <translation>Ticket zum Auschecken scannen</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>eingelassen</translation>
    </message>
    <message>
        <source>readmitted</source>
        <translation>wieder eingelassen</translation>
    </message>
    <message>
        <source>removed from wallet</source>
        <translation>aus Wallet entfernt</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>hinausgegangen</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>unknown pass</source>
        <translation>unbekannter Pass</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>nullified</source>
        <translation>annulliert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>template not allowed</source>
        <translation>Vorlage nicht zugelassen</translation>
    </message>
    <message>
        <source>not a ticket</source>
        <translation>kein Ticket</translation>
    </message>
    <message>
        <source>wrong event</source>
        <translation>falsche Veranstaltung</translation>
    </message>
    <message>
        <source>event ended</source>
        <translation>Veranstaltung beendet</translation>
    </message>
    <message>
        <source>event not started</source>
        <translation>Veranstaltung noch nicht begonnen</translation>
    </message>
    <message>
        <source>doors not open</source>
        <translation>Einlass noch nicht geöffnet</translation>
    </message>
    <message>
        <source>doors closed</source>
        <translation>Einlass geschlossen</translation>
    </message>
    <message>
        <source>already admitted</source>
        <translation>bereits eingelassen</translation>
    </message>
    <message>
        <source>not inside</source>
        <translation>nicht drinnen</translation>
    </message>
    <message>
        <source>capacity reached</source>
        <translation>Kapazität erreicht</translation>
    </message>
    <message>
        <source>held</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>{time} {zone}</source>
        <comment>a time, then its time zone&apos;s abbreviation: 19:42 GMT</comment>
        <translation>{time} {zone}</translation>
    </message>
    <message>
        <source>Scan a ticket</source>
        <translation>Ticket scannen</translation>
    </message>
    <message>
        <source>{verdict}. {name}. {message}</source>
        <translation>{verdict}. {name}. {message}</translation>
    </message>
    <message>
        <source>ADMIT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>EINLASS</translation>
    </message>
    <message>
        <source>DENY</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <source>CHECK</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>PRÜFEN</translation>
    </message>
    <message>
        <source>EXIT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>AUSGANG</translation>
    </message>
    <message>
        <source>HOLD</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>WARTEN</translation>
    </message>
    <message>
        <source>NOT RECORDED</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>NICHT ERFASST</translation>
    </message>
    <message>
        <source>READY</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>BEREIT</translation>
    </message>
    <message>
        <source>LOADING</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>LÄDT</translation>
    </message>
    <message>
        <source>NOT LOADED</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>NICHT GELADEN</translation>
    </message>
    <message>
        <source>NO EVENT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>KEIN EVENT</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>STORNIERT</translation>
    </message>
    <message>
        <source>CHECKING</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <source>Turned away: {reason}</source>
        <translation>Abgewiesen: {reason}</translation>
    </message>
    <message>
        <source>Let in after the check: {reason}</source>
        <translation>Nach Prüfung eingelassen: {reason}</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Validation service unavailable ({error})</source>
        <translation>Validierungsdienst nicht verfügbar ({error})</translation>
    </message>
    <message>
        <source>{why}: denied, as this door is set up to</source>
        <translation>{why}: abgelehnt, wie für diesen Eingang eingestellt</translation>
    </message>
    <message>
        <source>{why}: checked offline. {verdict}</source>
        <translation>{why}: offline geprüft. {verdict}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>passdesk cannot open its local database.

{problem}

Check that the data folder exists and can be written, or set PASSDESK_DATA_DIR to another folder.</source>
        <translation>passdesk kann seine lokale Datenbank nicht öffnen.

{problem}

Prüfen Sie, ob der Datenordner existiert und beschreibbar ist, oder setzen Sie PASSDESK_DATA_DIR auf einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The demo sandbox could not start:
{problem}</source>
        <translation>Die Demo-Sandbox konnte nicht starten:
{problem}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Unlock desk…</source>
        <translation>Arbeitsplatz entsperren…</translation>
    </message>
    <message>
        <source>This desk is locked to one pane. A supervisor&apos;s PIN unlocks it.</source>
        <translation>Dieser Arbeitsplatz ist auf einen Bereich gesperrt. Die PIN der Schichtleitung entsperrt ihn.</translation>
    </message>
    <message>
        <source>the {pane}</source>
        <comment>the pane a kiosk desk is locked to</comment>
        <translation>Bereich {pane}</translation>
    </message>
    <message>
        <source>Not unlocked: {problem}</source>
        <translation>Nicht entsperrt: {problem}</translation>
    </message>
    <message>
        <source>This desk is locked. A supervisor unlocks it with &quot;{unlock}&quot;.</source>
        <translation>Dieser Arbeitsplatz ist gesperrt. Die Schichtleitung entsperrt ihn mit „{unlock}“.</translation>
    </message>
    <message numerus="yes">
        <source>The local data was rescued (%Ln row(s)); the damaged file is kept as {file}. Passes and events are fetched again.</source>
        <translation>
            <numerusform>Die lokalen Daten wurden gerettet (%Ln Zeile); die beschädigte Datei wird als {file} aufbewahrt. Pässe und Veranstaltungen werden erneut abgerufen.</numerusform>
            <numerusform>Die lokalen Daten wurden gerettet (%Ln Zeilen); die beschädigte Datei wird als {file} aufbewahrt. Pässe und Veranstaltungen werden erneut abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A fresh local store was started; the damaged file is kept as {file}. Passes and events are fetched again.</source>
        <translation>Eine neue lokale Datenbank wurde angelegt; die beschädigte Datei wird als {file} aufbewahrt. Pässe und Veranstaltungen werden erneut abgerufen.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Show the section names</source>
        <translation>Namen der Bereiche anzeigen</translation>
    </message>
    <message>
        <source>Show icons only</source>
        <translation>Nur Symbole anzeigen</translation>
    </message>
    <message>
        <source>{section} ({keys})</source>
        <comment>a section and its shortcut</comment>
        <translation>{section} ({keys})</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pässe</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Designer</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Lesegeräte</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>passdesk: local data damaged</source>
        <translation>passdesk: lokale Daten beschädigt</translation>
    </message>
    <message>
        <source>The local data file is damaged</source>
        <translation>Die lokale Datendatei ist beschädigt</translation>
    </message>
    <message>
        <source>passdesk cannot read its local data file, so it cannot start on it.

Unsent changes and door scans may still be inside. passdesk can move the file aside (it is kept, never deleted), copy what can still be read into a fresh store, and then fetch passes and events again from PassEntry.</source>
        <translation>passdesk kann seine lokale Datendatei nicht lesen und daher nicht damit starten.

Nicht gesendete Änderungen und Einlass-Scans können noch darin sein. passdesk kann die Datei beiseitelegen (sie wird aufbewahrt, nie gelöscht), alles noch Lesbare in eine neue Datenbank kopieren und dann Pässe und Veranstaltungen erneut von PassEntry abrufen.</translation>
    </message>
    <message>
        <source>File: {path}
SQLite says: {problem}</source>
        <translation>Datei: {path}
SQLite meldet: {problem}</translation>
    </message>
    <message>
        <source>Rescue what can be read (recommended)</source>
        <translation>Lesbares retten (empfohlen)</translation>
    </message>
    <message>
        <source>Start a fresh store (the old file is kept)</source>
        <translation>Neue Datenbank anlegen (die alte Datei bleibt erhalten)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Rescuing the local data…</source>
        <translation>Lokale Daten werden gerettet…</translation>
    </message>
    <message>
        <source>This can take a minute for a large store. Please leave passdesk open.</source>
        <translation>Bei einer großen Datenbank kann das eine Minute dauern. Bitte lassen Sie passdesk geöffnet.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Start a fresh store</source>
        <translation>Neue Datenbank anlegen</translation>
    </message>
    <message>
        <source>Start a fresh store without rescuing?</source>
        <translation>Neue Datenbank anlegen, ohne zu retten?</translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation>Neu anlegen</translation>
    </message>
    <message>
        <source>Unsent changes and scans in the old file are not sent. The file is kept as it is, beside {file}.</source>
        <translation>Nicht gesendete Änderungen und Scans in der alten Datei werden nicht gesendet. Die Datei bleibt unverändert neben {file} erhalten.</translation>
    </message>
    <message>
        <source>Starting a fresh store…</source>
        <translation>Neue Datenbank wird angelegt…</translation>
    </message>
    <message>
        <source>A fresh store is ready</source>
        <translation>Eine neue Datenbank ist bereit</translation>
    </message>
    <message>
        <source>The local data was rescued</source>
        <translation>Die lokalen Daten wurden gerettet</translation>
    </message>
    <message>
        <source>Nothing could be rescued</source>
        <translation>Nichts konnte gerettet werden</translation>
    </message>
    <message>
        <source>The rescue did not finish</source>
        <translation>Die Rettung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>{problem}

The damaged file was not deleted. Quit, free some space or fix the folder&apos;s permissions, and try again; or run &apos;passdesk store rescue&apos; from a terminal.</source>
        <translation>{problem}

Die beschädigte Datei wurde nicht gelöscht. Beenden Sie passdesk, geben Sie Speicherplatz frei oder korrigieren Sie die Berechtigungen des Ordners und versuchen Sie es erneut; oder führen Sie &apos;passdesk store rescue&apos; in einem Terminal aus.</translation>
    </message>
    <message>
        <source>Welcome to passdesk</source>
        <translation>Willkommen bei passdesk</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>Noch kein API-Schlüssel</translation>
    </message>
    <message>
        <source>passdesk has no PassEntry API key for {server}.

Start the demo to try passdesk on a local sandbox with made-up data, or open Settings to enter the key from the PassEntry Dashboard (Developer tools).</source>
        <translation>passdesk hat keinen PassEntry-API-Schlüssel für {server}.

Starten Sie die Demo, um passdesk mit einer lokalen Sandbox und erfundenen Daten auszuprobieren, oder öffnen Sie die Einstellungen, um den Schlüssel aus dem PassEntry-Dashboard (Developer tools) einzugeben.</translation>
    </message>
    <message>
        <source>On a computer without a keychain, set PASSDESK_API_KEY instead.</source>
        <translation>Setzen Sie auf einem Computer ohne Schlüsselbund stattdessen PASSDESK_API_KEY.</translation>
    </message>
    <message>
        <source>Start &amp;demo</source>
        <translation>&amp;Demo starten</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>&amp;Einstellungen öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Demo sandbox · {address}</source>
        <translation>Demo-Sandbox · {address}</translation>
    </message>
    <message>
        <source>Local server · {address}</source>
        <translation>Lokaler Server · {address}</translation>
    </message>
    <message>
        <source>PassEntry API · {address}</source>
        <translation>PassEntry-API · {address}</translation>
    </message>
    <message>
        <source>Changes made here that PassEntry does not have yet. Click to see them in the Sync pane.</source>
        <translation>Hier vorgenommene Änderungen, die PassEntry noch nicht hat. Klicken, um sie im Bereich Synchronisierung zu sehen.</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <source>API base URL: {url}</source>
        <translation>API-Basis-URL: {url}</translation>
    </message>
    <message>
        <source>Last sync {time}.</source>
        <translation>Letzte Synchronisierung {time}.</translation>
    </message>
    <message>
        <source>No sync has finished yet.</source>
        <translation>Noch keine Synchronisierung abgeschlossen.</translation>
    </message>
    <message>
        <source>The last sync was cancelled.</source>
        <translation>Die letzte Synchronisierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Last attempt: {problem}</source>
        <translation>Letzter Versuch: {problem}</translation>
    </message>
    <message>
        <source>Click to open the Sync pane.</source>
        <translation>Klicken, um den Bereich Synchronisierung zu öffnen.</translation>
    </message>
</context>
</TS>
