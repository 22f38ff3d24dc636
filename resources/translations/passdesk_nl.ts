<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>BulkIssueForm</name>
    <message>
        <source>CSV &amp;file</source>
        <translation>CSV-&amp;bestand</translation>
    </message>
    <message>
        <source>Type a path and press Enter, or Choose… (UTF-8, columns separated by , or ;)</source>
        <translation>Typ een pad en druk op Enter, of Kiezen… (UTF-8, kolommen gescheiden door , of ;)</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-bestand</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Sjabloon</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation>Toevoegen via I&amp;D…</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID, copied from the PassEntry dashboard</source>
        <translation>Sjabloon niet in de lijst? Voeg het toe via de ID, gekopieerd uit het PassEntry-dashboard</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID</source>
        <translation>Sjabloon niet in de lijst? Voeg het toe via de ID</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>E&amp;venement</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>The event every pass of the file is a ticket for</source>
        <translation>Het evenement waarvoor elke pas in het bestand een ticket is</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Pass field</source>
        <translation>Pasveld</translation>
    </message>
    <message>
        <source>CSV column</source>
        <translation>CSV-kolom</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Choose a CSV file: every row is checked before anything is sent.</source>
        <translation>Kies een CSV-bestand: elke rij wordt gecontroleerd voordat er iets wordt verzonden.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>&amp;Export bad rows…</source>
        <translation>Foute rijen &amp;exporteren…</translation>
    </message>
</context>
<context>
    <name>DesignerEditorForm</name>
    <message>
        <source>Publish state</source>
        <translation>Publicatiestatus</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Naam sjabloon</translation>
    </message>
    <message>
        <source>Shown to you and on the pass</source>
        <translation>Zichtbaar voor jou en op de pas</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>What the pass is for (read by screen readers)</source>
        <translation>Waar de pas voor is (voorgelezen door schermlezers)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Template type</source>
        <translation>Type sjabloon</translation>
    </message>
    <message>
        <source>T&amp;ravel by</source>
        <translation>&amp;Reizen per</translation>
    </message>
    <message>
        <source>Transit type</source>
        <translation>Vervoerstype</translation>
    </message>
    <message>
        <source>What a transit pass is for: plane, bus, train, ferry or other</source>
        <translation>Waar een reispas voor is: vliegtuig, bus, trein, veerboot of anders</translation>
    </message>
    <message>
        <source>Default &amp;language</source>
        <translation>Standaard&amp;taal</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standaardtaal</translation>
    </message>
    <message>
        <source>The language of the labels and default values on the Fields tab; Google phones in a language the template lacks show it. PassEntry advises English.</source>
        <translation>De taal van de labels en standaardwaarden op het tabblad Velden; Google-telefoons in een taal die het sjabloon niet heeft, tonen deze. PassEntry raadt Engels aan.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>&amp;Achtergrond</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>De achtergrondkleur kiezen</translation>
    </message>
    <message>
        <source>Choose background colour</source>
        <translation>Achtergrondkleur kiezen</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Achtergrondkleur</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <source>Choose the label colour</source>
        <translation>De labelkleur kiezen</translation>
    </message>
    <message>
        <source>Choose label colour</source>
        <translation>Labelkleur kiezen</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Labelkleur</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;kst</translation>
    </message>
    <message>
        <source>Choose the text colour</source>
        <translation>De tekstkleur kiezen</translation>
    </message>
    <message>
        <source>Choose text colour</source>
        <translation>Tekstkleur kiezen</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Tekstkleur</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Afbeeldingen</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>A PNG or JPEG file of at most 1 MB</source>
        <translation>Een PNG- of JPEG-bestand van maximaal 1 MB</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo verwijderen</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>No banner</source>
        <translation>Geen banner</translation>
    </message>
    <message>
        <source>A PNG or JPEG strip image of at most 1 MB</source>
        <translation>Een PNG- of JPEG-stripafbeelding van maximaal 1 MB</translation>
    </message>
    <message>
        <source>Choose banner</source>
        <translation>Banner kiezen</translation>
    </message>
    <message>
        <source>Remove banner</source>
        <translation>Banner verwijderen</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Pictogram</translation>
    </message>
    <message>
        <source>No icon</source>
        <translation>Geen pictogram</translation>
    </message>
    <message>
        <source>Choose icon</source>
        <translation>Pictogram kiezen</translation>
    </message>
    <message>
        <source>Remove icon</source>
        <translation>Pictogram verwijderen</translation>
    </message>
    <message>
        <source>&amp;Watermark</source>
        <translation>&amp;Watermerk</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Watermerk</translation>
    </message>
    <message>
        <source>PassEntry&apos;s mark on the pass, light or dark</source>
        <translation>Het merkteken van PassEntry op de pas, licht of donker</translation>
    </message>
    <message>
        <source>Watermark position</source>
        <translation>Positie watermerk</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Ty&amp;pe</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Barcode type</source>
        <translation>Barcodetype</translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <translation>&amp;Inhoud</translation>
    </message>
    <message>
        <source>What the barcode holds</source>
        <translation>Wat de barcode bevat</translation>
    </message>
    <message>
        <source>What a scanner reads from each pass&apos;s code</source>
        <translation>Wat een scanner uit de code van elke pas leest</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <source>Barcode text</source>
        <translation>Barcodetekst</translation>
    </message>
    <message>
        <source>What the code holds, e.g. %{passData.memberNumber}</source>
        <translation>Wat de code bevat, bijv. %{passData.memberNumber}</translation>
    </message>
    <message>
        <source>&amp;Show the code&apos;s value under it</source>
        <translation>&amp;Waarde van de code eronder tonen</translation>
    </message>
    <message>
        <source>Show the value under the code</source>
        <translation>De waarde onder de code tonen</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>Fields by slot group</source>
        <translation>Velden per vakgroep</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; drag a row by its number (or use Up and Down) to reorder. Sample values only fill the preview: they are not part of the template.</source>
        <translation>Dubbelklik op een cel om die te bewerken; sleep een rij aan het nummer (of gebruik Omhoog en Omlaag) om de volgorde te wijzigen. Voorbeeldwaarden vullen alleen het voorbeeld: ze horen niet bij het sjabloon.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Language of the labels and default values</source>
        <translation>Taal van de labels en standaardwaarden</translation>
    </message>
    <message>
        <source>The language the table shows and edits; the default language edits the base labels</source>
        <translation>De taal die de tabel toont en bewerkt; de standaardtaal bewerkt de basislabels</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>Taal toevoegen…</translation>
    </message>
    <message>
        <source>Give the labels and default values in another language (a BCP 47 tag such as de, de-AT or pt-BR)</source>
        <translation>Labels en standaardwaarden in een andere taal opgeven (een BCP 47-tag zoals de, de-AT of pt-BR)</translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation>Taal verwijderen</translation>
    </message>
    <message>
        <source>Remove the chosen language&apos;s labels and default values from every field</source>
        <translation>De labels en standaardwaarden van de gekozen taal uit elk veld verwijderen</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Veld toevoegen</translation>
    </message>
    <message>
        <source>Put a new field in the first empty slot of this group</source>
        <translation>Een nieuw veld in het eerste lege vak van deze groep plaatsen</translation>
    </message>
    <message>
        <source>Empty the chosen slot</source>
        <translation>Het gekozen vak leegmaken</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move the chosen field one slot up (or drag it)</source>
        <translation>Het gekozen veld één vak omhoog verplaatsen (of slepen)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move the chosen field one slot down (or drag it)</source>
        <translation>Het gekozen veld één vak omlaag verplaatsen (of slepen)</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verplaatsen naar</translation>
    </message>
    <message>
        <source>Move the chosen field to another group</source>
        <translation>Het gekozen veld naar een andere groep verplaatsen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
</context>
<context>
    <name>DesignerForm</name>
    <message>
        <source>Designer</source>
        <translation>Ontwerper</translation>
    </message>
    <message>
        <source>Design pass templates offline; drafts are kept on this computer until you publish them.</source>
        <translation>Passjablonen offline ontwerpen; concepten blijven op deze computer tot je ze publiceert.</translation>
    </message>
    <message>
        <source>Designer message</source>
        <translation>Bericht ontwerper</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publiceren…</translation>
    </message>
    <message>
        <source>Send this template to PassEntry (queued while offline)</source>
        <translation>Dit sjabloon naar PassEntry sturen (in de wachtrij als je offline bent)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>Start a blank template</source>
        <translation>Een leeg sjabloon starten</translation>
    </message>
    <message>
        <source>Open &amp;draft…</source>
        <translation>&amp;Concept openen…</translation>
    </message>
    <message>
        <source>Open a draft saved on this computer</source>
        <translation>Een concept openen dat op deze computer is opgeslagen</translation>
    </message>
    <message>
        <source>Open &amp;synced template…</source>
        <translation>&amp;Gesynchroniseerd sjabloon openen…</translation>
    </message>
    <message>
        <source>Start from a template PassEntry already has</source>
        <translation>Beginnen met een sjabloon dat PassEntry al heeft</translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation>Toevoegen via I&amp;D…</translation>
    </message>
    <message>
        <source>Add a template PassEntry has, by its ID, and open it</source>
        <translation>Een sjabloon dat PassEntry heeft via de ID toevoegen en openen</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON &amp;exporteren…</translation>
    </message>
    <message>
        <source>Export P&amp;NGs…</source>
        <translation>P&amp;NG&apos;s exporteren…</translation>
    </message>
    <message>
        <source>Save both previews as PNG images</source>
        <translation>Beide voorbeelden als PNG-afbeeldingen opslaan</translation>
    </message>
    <message>
        <source>No template is open. Start a new one, open a draft or a synced template, or import a JSON file.</source>
        <translation>Er is geen sjabloon open. Begin een nieuw sjabloon, open een concept of een gesynchroniseerd sjabloon, of importeer een JSON-bestand.</translation>
    </message>
</context>
<context>
    <name>DesignerPickerForm</name>
    <message>
        <source>Filter by name</source>
        <translation>Filteren op naam</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
</context>
<context>
    <name>DesignerPublishForm</name>
    <message>
        <source>Name of the &amp;copy</source>
        <translation>Naam van de &amp;kopie</translation>
    </message>
    <message>
        <source>Name of the copy</source>
        <translation>Naam van de kopie</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>Openstaande waarschuwingen</translation>
    </message>
</context>
<context>
    <name>DoorForm</name>
    <message>
        <source>Door</source>
        <translation>Ingang</translation>
    </message>
    <message>
        <source>Scan sources</source>
        <translation>Scanbronnen</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportresultaat</translation>
    </message>
    <message>
        <source>&amp;Export scans…</source>
        <translation>Scans &amp;exporteren…</translation>
    </message>
    <message>
        <source>Write every scan in the log to a CSV file for a spreadsheet</source>
        <translation>Elke scan uit het logboek naar een CSV-bestand voor een spreadsheet schrijven</translation>
    </message>
    <message>
        <source>Door &amp;settings…</source>
        <translation>&amp;Instellingen ingang…</translation>
    </message>
    <message>
        <source>Event, doors-open window, capacity, re-entry and more for this door</source>
        <translation>Evenement, openingstijden, capaciteit, herintreding en meer voor deze ingang</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>Fill the screen, to read the verdict from two metres (F11)</source>
        <translation>Het scherm vullen om het resultaat op twee meter te lezen (F11)</translation>
    </message>
    <message>
        <source>Which event this door admits</source>
        <translation>Welk evenement deze ingang toelaat</translation>
    </message>
    <message>
        <source>Tonight&apos;s event</source>
        <translation>Evenement van vanavond</translation>
    </message>
    <message>
        <source>&amp;Use this event</source>
        <translation>Evenement &amp;kiezen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>toegelaten</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Gast zoeken</translation>
    </message>
    <message>
        <source>Name or ticket number  (Ctrl+F)</source>
        <translation>Naam of ticketnummer  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search by name or ticket number</source>
        <translation>Zoeken op naam of ticketnummer</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>&amp;Toelaten</translation>
    </message>
    <message>
        <source>Judge the selected guest&apos;s pass as if scanned (Enter in the list)</source>
        <translation>De pas van de geselecteerde gast beoordelen alsof die gescand is (Enter in de lijst)</translation>
    </message>
    <message>
        <source>&amp;Undo last admission</source>
        <translation>Laatste toegang &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Take back this door&apos;s last admission (Ctrl+Z)</source>
        <translation>De laatste toegang van deze ingang terugdraaien (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>Laatste scans</translation>
    </message>
</context>
<context>
    <name>DoorSettingsForm</name>
    <message>
        <source>Event and rules</source>
        <translation>Evenement en regels</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>&amp;Naam werkplek</translation>
    </message>
    <message>
        <source>Each desk&apos;s scans and &quot;Undo last admission&quot; are its own</source>
        <translation>Elke werkplek heeft zijn eigen scans en “Laatste toegang ongedaan maken”</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richting</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Evenement</translation>
    </message>
    <message>
        <source>Doors &amp;open</source>
        <translation>Deuren &amp;open</translation>
    </message>
    <message>
        <source>Doors &amp;close</source>
        <translation>Deuren &amp;dicht</translation>
    </message>
    <message>
        <source>Tickets &amp;valid from</source>
        <translation>Tickets &amp;geldig vanaf</translation>
    </message>
    <message>
        <source> h before the event starts</source>
        <translation> uur vóór de start van het evenement</translation>
    </message>
    <message>
        <source>Tickets valid from, hours before the event starts</source>
        <translation>Tickets geldig vanaf, uren vóór de start van het evenement</translation>
    </message>
    <message>
        <source>Earlier, a ticket is denied as &quot;not yet&quot;. The event&apos;s end always closes it. Doors open / close, when set, decide for this door&apos;s own event</source>
        <translation>Eerder wordt een ticket geweigerd als “nog niet geldig”. Het einde van het evenement sluit het altijd af. Deuren open/dicht bepalen, indien ingesteld, wat geldt voor het eigen evenement van deze ingang</translation>
    </message>
    <message>
        <source>Admit lo&amp;yalty and member cards (no ticket)</source>
        <translation>Spaar- en le&amp;denkaarten toelaten (geen ticket)</translation>
    </message>
    <message>
        <source>Off: a loyalty card or member card scanned here is denied as &quot;Not a ticket&quot;</source>
        <translation>Uit: een spaar- of ledenkaart die hier wordt gescand, wordt geweigerd als “Geen ticket”</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capaciteit</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personen</translation>
    </message>
    <message>
        <source>Allow &amp;re-entry after an exit scan</source>
        <translation>&amp;Herintreding na een uitgangsscan toestaan</translation>
    </message>
    <message>
        <source>Pass &amp;removed from wallet</source>
        <translation>Pas &amp;verwijderd uit wallet</translation>
    </message>
    <message>
        <source>Allowed &amp;templates</source>
        <translation>Toegestane &amp;sjablonen</translation>
    </message>
    <message>
        <source>None ticked: every template is let in</source>
        <translation>Niets aangevinkt: elk sjabloon wordt toegelaten</translation>
    </message>
    <message>
        <source>Back to &amp;READY after</source>
        <translation>Terug naar &amp;GEREED na</translation>
    </message>
    <message>
        <source>the next scan</source>
        <translation>de volgende scan</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before the verdict goes back to READY</source>
        <translation>Seconden voordat het resultaat teruggaat naar GEREED</translation>
    </message>
    <message>
        <source>How long a verdict stays on the big panel; the next scan always replaces it at once</source>
        <translation>Hoe lang een resultaat op het grote paneel blijft; de volgende scan vervangt het altijd meteen</translation>
    </message>
    <message>
        <source>Points, sound and readers</source>
        <translation>Punten, geluid en lezers</translation>
    </message>
    <message>
        <source>Points per &amp;admission</source>
        <translation>Punten per &amp;toegang</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Points per admission</source>
        <translation>Punten per toegang</translation>
    </message>
    <message>
        <source>Scan with loyalty: each admission adds these points to the pass&apos;s balance, when its template has loyalty. Off: no points</source>
        <translation>Scan met sparen: elke toegang voegt deze punten toe aan het saldo van de pas, als het sjabloon spaarpunten heeft. Uit: geen punten</translation>
    </message>
    <message>
        <source>Pus&amp;h message</source>
        <translation>Pus&amp;hbericht</translation>
    </message>
    <message>
        <source>e.g. Thanks for visiting! {points} points added.</source>
        <translation>bijv. Bedankt voor je bezoek! {points} punten bijgeschreven.</translation>
    </message>
    <message>
        <source>Sent to the pass with the points; {points}, {balance} and {name} are filled in. Empty: no message</source>
        <translation>Wordt met de punten naar de pas gestuurd; {points}, {balance} en {name} worden ingevuld. Leeg: geen bericht</translation>
    </message>
    <message>
        <source>&amp;Sound for each verdict</source>
        <translation>&amp;Geluid bij elk resultaat</translation>
    </message>
    <message>
        <source>N&amp;FC reader</source>
        <translation>N&amp;FC-lezer</translation>
    </message>
    <message>
        <source>Off (e.g. usb or tty:USB0:pn532)</source>
        <translation>Uit (bijv. usb of tty:USB0:pn532)</translation>
    </message>
    <message>
        <source>nfcpy device path of an NFC reader for NDEF tags; empty: no NFC reader</source>
        <translation>nfcpy-apparaatpad van een NFC-lezer voor NDEF-tags; leeg: geen NFC-lezer</translation>
    </message>
    <message>
        <source>VTAP serial &amp;port</source>
        <translation>Seriële &amp;poort VTAP</translation>
    </message>
    <message>
        <source>Off (e.g. /dev/ttyACM0 or COM3)</source>
        <translation>Uit (bijv. /dev/ttyACM0 of COM3)</translation>
    </message>
    <message>
        <source>Serial port of a VTAP reader in serial mode; it flashes green or red with each verdict. Empty: none</source>
        <translation>Seriële poort van een VTAP-lezer in seriële modus; die knippert groen of rood bij elk resultaat. Leeg: geen</translation>
    </message>
    <message>
        <source>Read QR codes with the ca&amp;mera</source>
        <translation>QR-codes lezen met de ca&amp;mera</translation>
    </message>
    <message>
        <source>Camera &amp;to use</source>
        <translation>&amp;Te gebruiken camera</translation>
    </message>
    <message>
        <source>Which webcam reads QR codes when several are connected</source>
        <translation>Welke webcam QR-codes leest als er meerdere zijn aangesloten</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Te gebruiken camera</translation>
    </message>
    <message>
        <source>If validation does &amp;not answer</source>
        <translation>Als validatie &amp;niet antwoordt</translation>
    </message>
    <message>
        <source>Only with external validation (your venue hub checks each scan): what the door does when it cannot be reached or fails</source>
        <translation>Alleen bij externe validatie (de hub van je locatie controleert elke scan): wat de ingang doet als die niet bereikbaar is of faalt</translation>
    </message>
    <message>
        <source>&amp;Log scans in PassEntry as</source>
        <translation>Scans in PassEntry &amp;loggen als</translation>
    </message>
    <message>
        <source>Log scans in PassEntry as</source>
        <translation>Scans in PassEntry loggen als</translation>
    </message>
    <message>
        <source>The PassEntry reader this desk&apos;s scans are logged as. Don&apos;t log: PassEntry does not see them</source>
        <translation>De PassEntry-lezer waaronder de scans van deze werkplek worden gelogd. Niet loggen: PassEntry ziet ze niet</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>Toetsenbordscanner</translation>
    </message>
    <message>
        <source>Check the scanner…</source>
        <translation>Scanner controleren…</translation>
    </message>
    <message>
        <source>Scan a test code once: passdesk finds how the scanner ends codes and corrects a keyboard layout that does not match this computer&apos;s</source>
        <translation>Scan één keer een testcode: passdesk ziet hoe de scanner codes afsluit en corrigeert een toetsenbordindeling die niet overeenkomt met die van deze computer</translation>
    </message>
    <message>
        <source>Verdict panel</source>
        <translation>Resultaatpaneel</translation>
    </message>
    <message>
        <source>High &amp;contrast: black, white and yellow</source>
        <translation>Hoog &amp;contrast: zwart, wit en geel</translation>
    </message>
    <message>
        <source>Thick borders and strong colours, easy to tell apart in grey too. Each verdict keeps its own symbol</source>
        <translation>Dikke randen en sterke kleuren, ook in grijs goed te onderscheiden. Elk resultaat houdt zijn eigen symbool</translation>
    </message>
    <message>
        <source>Hi&amp;de names at the door: initials only</source>
        <translation>Namen bij de ingang &amp;verbergen: alleen initialen</translation>
    </message>
    <message>
        <source>The big panel and the last scans show &quot;T. v. d. B.&quot; for Tom van der Berg. The scan log and exports keep the full name</source>
        <translation>Het grote paneel en de laatste scans tonen “T. v. d. B.” voor Tom van der Berg. Het scanlogboek en exports bewaren de volledige naam</translation>
    </message>
</context>
<context>
    <name>EditPassForm</name>
    <message>
        <source>&amp;Group tags</source>
        <translation>&amp;Groepstags</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. vip, early bird</source>
        <translation>Gescheiden door komma&apos;s, bijv. vip, early bird</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>Groepstags</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>Optional: also send the holder a message</source>
        <translation>Optioneel: de houder ook een bericht sturen</translation>
    </message>
    <message>
        <source>Only the values you change are sent to PassEntry.</source>
        <translation>Alleen de waarden die je wijzigt, worden naar PassEntry verzonden.</translation>
    </message>
</context>
<context>
    <name>EventDialogForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>e.g. Summer Gala</source>
        <translation>bijv. Zomergala</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Naam evenement</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>e.g. Town Hall</source>
        <translation>bijv. Stadhuis</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Tijdzone</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>Where the event takes place: start and end are wall-clock times there. Type part of a city to search.</source>
        <translation>Waar het evenement plaatsvindt: begin en einde zijn de lokale tijden daar. Typ een deel van een plaatsnaam om te zoeken.</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Begint</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <source>Start in your time</source>
        <translation>Begin in jouw tijd</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Eindigt</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <source>End in your time</source>
        <translation>Einde in jouw tijd</translation>
    </message>
    <message>
        <source>Why OK is disabled</source>
        <translation>Waarom OK uitgeschakeld is</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>EventsForm</name>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>Getoonde evenementen</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nieuw evenement…</translation>
    </message>
    <message>
        <source>Create an event; it is sent to PassEntry at once, or when back online</source>
        <translation>Een evenement maken; het wordt meteen naar PassEntry gestuurd, of zodra je weer online bent</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Change the selected event (or double-click it)</source>
        <translation>Het geselecteerde evenement wijzigen (of dubbelklik erop)</translation>
    </message>
    <message>
        <source>What this account&apos;s API offers for events</source>
        <translation>Wat de API van dit account biedt voor evenementen</translation>
    </message>
    <message>
        <source>Filter by name or venue</source>
        <translation>Filteren op naam of locatie</translation>
    </message>
    <message>
        <source>Filter events by name or venue</source>
        <translation>Evenementen filteren op naam of locatie</translation>
    </message>
    <message>
        <source>Which events: upcoming, past or all</source>
        <translation>Welke evenementen: komend, voorbij of alle</translation>
    </message>
    <message>
        <source>Upcoming: not over yet (ongoing events too)</source>
        <translation>Komend: nog niet afgelopen (ook lopende evenementen)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>HubSubscriptionForm</name>
    <message>
        <source>PassEntry can tell this hub, as it happens, about every pass installed in or removed from a wallet, scanned by a PassEntry reader, or created. It signs each event with a secret this hub keeps in the keychain.</source>
        <translation>PassEntry kan deze hub direct laten weten wanneer een pas in een wallet wordt geïnstalleerd of eruit wordt verwijderd, door een PassEntry-lezer wordt gescand of wordt aangemaakt. Elke melding wordt ondertekend met een geheim dat deze hub in de sleutelhanger bewaart.</translation>
    </message>
    <message>
        <source>P&amp;ublic address:</source>
        <translation>&amp;Openbaar adres:</translation>
    </message>
    <message>
        <source>https://hub.your-venue.example</source>
        <translation>https://hub.your-venue.example</translation>
    </message>
    <message>
        <source>Hub public address</source>
        <translation>Openbaar adres van de hub</translation>
    </message>
    <message>
        <source>&amp;Register with PassEntry</source>
        <translation>&amp;Registreren bij PassEntry</translation>
    </message>
    <message>
        <source>Ask PassEntry to send pass events to this address; the secret that signs them goes to the keychain</source>
        <translation>PassEntry vragen pasmeldingen naar dit adres te sturen; het geheim waarmee ze worden ondertekend, gaat naar de sleutelhanger</translation>
    </message>
    <message>
        <source>The HTTPS address at which PassEntry reaches this hub: the tunnel or reverse proxy in front of it.</source>
        <translation>Het HTTPS-adres waarop PassEntry deze hub bereikt: de tunnel of reverse proxy ervoor.</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Abonnement:</translation>
    </message>
    <message>
        <source>PassEntry webhook subscription</source>
        <translation>Webhook-abonnement bij PassEntry</translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>Stop or resume PassEntry sending events to this hub</source>
        <translation>PassEntry laten stoppen of doorgaan met meldingen naar deze hub sturen</translation>
    </message>
    <message>
        <source>Rotate &amp;secret…</source>
        <translation>&amp;Geheim vernieuwen…</translation>
    </message>
    <message>
        <source>Have PassEntry sign its events with a new secret; the hub takes it at once</source>
        <translation>PassEntry zijn meldingen laten ondertekenen met een nieuw geheim; de hub neemt het meteen over</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Ask PassEntry how the subscription is now</source>
        <translation>PassEntry vragen hoe het abonnement er nu voor staat</translation>
    </message>
</context>
<context>
    <name>IssueForm</name>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Sjabloon</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation>Toevoegen via I&amp;D…</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID, copied from the PassEntry dashboard</source>
        <translation>Sjabloon niet in de lijst? Voeg het toe via de ID, gekopieerd uit het PassEntry-dashboard</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID</source>
        <translation>Sjabloon niet in de lijst? Voeg het toe via de ID</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>E&amp;venement</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>The event this pass is a ticket for: the Passes list filters by it and that event&apos;s Door admits it</source>
        <translation>Het evenement waarvoor deze pas een ticket is: de lijst Passen filtert erop en de Ingang van dat evenement laat de pas toe</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>&amp;Ext id</source>
        <translation>&amp;Externe ID</translation>
    </message>
    <message>
        <source>Made up if empty</source>
        <translation>Wordt verzonnen als leeg</translation>
    </message>
    <message>
        <source>Your own reference for the pass (e.g. a ticket or customer number); unique per pass</source>
        <translation>Je eigen referentie voor de pas (bijv. een ticket- of klantnummer); uniek per pas</translation>
    </message>
    <message>
        <source>&amp;Group tags</source>
        <translation>&amp;Groepstags</translation>
    </message>
    <message>
        <source>Optional, separated by commas, e.g. vip, early bird</source>
        <translation>Optioneel, gescheiden door komma&apos;s, bijv. vip, early bird</translation>
    </message>
    <message>
        <source>Labels to find and message a group of passes later</source>
        <translation>Labels om later een groep passen te vinden en een bericht te sturen</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>Groepstags</translation>
    </message>
    <message>
        <source>Barcode and NFC</source>
        <translation>Barcode en NFC</translation>
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
        <translation>De code op de pas die een scanner leest</translation>
    </message>
    <message>
        <source>Barcode &amp;holds</source>
        <translation>Barcode &amp;bevat</translation>
    </message>
    <message>
        <source>Barcode holds</source>
        <translation>Barcode bevat</translation>
    </message>
    <message>
        <source>What a scanner reads from the barcode</source>
        <translation>Wat een scanner uit de barcode leest</translation>
    </message>
    <message>
        <source>Barcode &amp;value</source>
        <translation>&amp;Waarde barcode</translation>
    </message>
    <message>
        <source>What a scanner reads, e.g. a ticket number</source>
        <translation>Wat een scanner leest, bijv. een ticketnummer</translation>
    </message>
    <message>
        <source>Barcode value</source>
        <translation>Waarde barcode</translation>
    </message>
    <message>
        <source>Show the value as &amp;text under the code</source>
        <translation>De waarde als &amp;tekst onder de code tonen</translation>
    </message>
    <message>
        <source>NFC</source>
        <translation>NFC</translation>
    </message>
    <message>
        <source>Tap at a reader (&amp;NFC)</source>
        <translation>Tikken bij een lezer (&amp;NFC)</translation>
    </message>
    <message>
        <source>PassEntry turns NFC on only for accounts it has approved for NFC</source>
        <translation>PassEntry zet NFC alleen aan voor accounts die het voor NFC heeft goedgekeurd</translation>
    </message>
    <message>
        <source>NFC h&amp;olds</source>
        <translation>NFC b&amp;evat</translation>
    </message>
    <message>
        <source>NFC holds</source>
        <translation>NFC bevat</translation>
    </message>
    <message>
        <source>What a reader gets when the phone is tapped</source>
        <translation>Wat een lezer krijgt als de telefoon wordt aangetikt</translation>
    </message>
    <message>
        <source>NFC va&amp;lue</source>
        <translation>NFC-w&amp;aarde</translation>
    </message>
    <message>
        <source>What a reader gets on a tap</source>
        <translation>Wat een lezer krijgt bij een tik</translation>
    </message>
    <message>
        <source>NFC value</source>
        <translation>NFC-waarde</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Apple Wallet shows the pass near these places (up to 10; radius 10–1,000 m for event tickets, 10–100 m for other passes).</source>
        <translation>Apple Wallet toont de pas in de buurt van deze plaatsen (maximaal 10; straal 10–1.000 m voor evenementtickets, 10–100 m voor andere passen).</translation>
    </message>
    <message>
        <source>Beacons</source>
        <translation>Beacons</translation>
    </message>
    <message>
        <source>Apple Wallet shows the pass near these iBeacons (up to 10, major and minor 0–65535).</source>
        <translation>Apple Wallet toont de pas in de buurt van deze iBeacons (maximaal 10, major en minor 0–65535).</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Ask &amp;PassEntry for</source>
        <translation>&amp;PassEntry vragen om</translation>
    </message>
    <message>
        <source>Chosen before issuing. The pass file or Google link comes with the created pass, while it is not yet on a phone.</source>
        <translation>Te kiezen vóór het uitgeven. Het pasbestand of de Google-link komt mee met de gemaakte pas, zolang die nog niet op een telefoon staat.</translation>
    </message>
    <message>
        <source>The download link</source>
        <translation>De downloadlink</translation>
    </message>
    <message>
        <source>The download link and the Apple pass file (.pkpass)</source>
        <translation>De downloadlink en het Apple-pasbestand (.pkpass)</translation>
    </message>
    <message>
        <source>The download link and the Google Wallet link</source>
        <translation>De downloadlink en de Google Wallet-link</translation>
    </message>
    <message>
        <source>Issue a pass first: its download link shows here once PassEntry has created it.</source>
        <translation>Geef eerst een pas uit: de downloadlink verschijnt hier zodra PassEntry de pas heeft gemaakt.</translation>
    </message>
    <message>
        <source>Download link</source>
        <translation>Downloadlink</translation>
    </message>
    <message>
        <source>&amp;Copy download link</source>
        <translation>Downloadlink &amp;kopiëren</translation>
    </message>
    <message>
        <source>Save &amp;Apple pass (.pkpass)…</source>
        <translation>&amp;Apple-pas opslaan (.pkpass)…</translation>
    </message>
    <message>
        <source>Copy &amp;Google Wallet link</source>
        <translation>&amp;Google Wallet-link kopiëren</translation>
    </message>
</context>
<context>
    <name>NotifyForm</name>
    <message>
        <source>What should appear on the pass holders&apos; phones?</source>
        <translation>Wat moet er op de telefoons van de pashouders verschijnen?</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Each pass holder gets the message on the lock screen, and it stays on the back of the pass as its latest message. A pass shows at most 3 messages a day on the lock screen; after that only the latest message changes. To add a link, write [words](https://…).</source>
        <translation>Elke pashouder krijgt het bericht op het vergrendelscherm, en het blijft als laatste bericht op de achterkant van de pas staan. Een pas toont maximaal 3 berichten per dag op het vergrendelscherm; daarna verandert alleen het laatste bericht. Schrijf [woorden](https://…) om een link toe te voegen.</translation>
    </message>
</context>
<context>
    <name>NullifyForm</name>
    <message>
        <source>What nullifying does</source>
        <translation>Wat ongeldig maken doet</translation>
    </message>
    <message>
        <source>Type the pass&apos;s number to confirm</source>
        <translation>Typ het nummer van de pas om te bevestigen</translation>
    </message>
</context>
<context>
    <name>PassesForm</name>
    <message>
        <source>Passes</source>
        <translation>Passen</translation>
    </message>
    <message>
        <source>Reading passes…</source>
        <translation>Passen lezen…</translation>
    </message>
    <message>
        <source>Passes shown</source>
        <translation>Getoonde passen</translation>
    </message>
    <message>
        <source>&amp;Issue pass…</source>
        <translation>Pas &amp;uitgeven…</translation>
    </message>
    <message>
        <source>Issue a new pass from a template</source>
        <translation>Een nieuwe pas uitgeven vanuit een sjabloon</translation>
    </message>
    <message>
        <source>&amp;Bulk issue from CSV…</source>
        <translation>&amp;Bulkuitgifte uit CSV…</translation>
    </message>
    <message>
        <source>Issue one pass per row of a CSV file</source>
        <translation>Eén pas per rij van een CSV-bestand uitgeven</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Write the passes listed (with the filters and search applied) to a CSV file</source>
        <translation>De getoonde passen (met filters en zoekopdracht) naar een CSV-bestand schrijven</translation>
    </message>
    <message>
        <source>Search names, ticket numbers and ext ids  (Ctrl+F)</source>
        <translation>Zoek op naam, ticketnummer of externe ID  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search passes by name, ticket number or ext id</source>
        <translation>Passen zoeken op naam, ticketnummer of externe ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Gemaakt vanaf</translation>
    </message>
    <message>
        <source>Created on or after this day</source>
        <translation>Gemaakt op of na deze dag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Gemaakt tot</translation>
    </message>
    <message>
        <source>Created on or before this day</source>
        <translation>Gemaakt op of vóór deze dag</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Filters wissen</translation>
    </message>
    <message>
        <source>Show every pass again</source>
        <translation>Weer alle passen tonen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show passes in this status only. Nullified passes are listed only when “Nullified” is picked here.</source>
        <translation>Alleen passen met deze status tonen. Ongeldig gemaakte passen staan alleen in de lijst als hier &apos;Ongeldig gemaakt&apos; is gekozen.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Show passes added to this wallet only</source>
        <translation>Alleen passen tonen die aan deze wallet zijn toegevoegd</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Groepstag</translation>
    </message>
    <message>
        <source>Show passes with this group tag only</source>
        <translation>Alleen passen met deze groepstag tonen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Show passes of this template only</source>
        <translation>Alleen passen van dit sjabloon tonen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Show passes of this event only</source>
        <translation>Alleen passen van dit evenement tonen</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportresultaat</translation>
    </message>
    <message>
        <source>Pass details</source>
        <translation>Pasgegevens</translation>
    </message>
    <message>
        <source>Select a pass</source>
        <translation>Selecteer een pas</translation>
    </message>
    <message>
        <source>Send a &amp;message…</source>
        <translation>&amp;Bericht sturen…</translation>
    </message>
    <message>
        <source>Send a message to the phones of the selected passes</source>
        <translation>Een bericht naar de telefoons van de geselecteerde passen sturen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Change the selected pass</source>
        <translation>De geselecteerde pas wijzigen</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactiveren…</translation>
    </message>
    <message>
        <source>Deactivate the selected passes (they no longer admit)</source>
        <translation>De geselecteerde passen deactiveren (ze geven geen toegang meer)</translation>
    </message>
    <message>
        <source>&amp;Nullify…</source>
        <translation>&amp;Ongeldig maken…</translation>
    </message>
    <message>
        <source>Wipe the selected pass for good and free its ext id (cannot be undone)</source>
        <translation>De geselecteerde pas definitief wissen en de externe ID vrijgeven (kan niet ongedaan worden gemaakt)</translation>
    </message>
</context>
<context>
    <name>ReaderConfigForm</name>
    <message>
        <source>Reader configuration: who checks each scan</source>
        <translation>Lezerconfiguratie: wie elke scan controleert</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validatie</translation>
    </message>
    <message>
        <source>&amp;PassEntry checks the pass</source>
        <translation>&amp;PassEntry controleert de pas</translation>
    </message>
    <message>
        <source>Internal validation: PassEntry checks each scan against its own data</source>
        <translation>Interne validatie: PassEntry controleert elke scan met de eigen gegevens</translation>
    </message>
    <message>
        <source>Internal validation: PassEntry checks the pass</source>
        <translation>Interne validatie: PassEntry controleert de pas</translation>
    </message>
    <message>
        <source>Our venue &amp;hub checks the pass</source>
        <translation>Onze locatie-&amp;hub controleert de pas</translation>
    </message>
    <message>
        <source>External validation: readers send each scan to the hub URL below, which decides</source>
        <translation>Externe validatie: lezers sturen elke scan naar de hub-URL hieronder, die beslist</translation>
    </message>
    <message>
        <source>External validation: our venue hub checks the pass</source>
        <translation>Externe validatie: onze locatie-hub controleert de pas</translation>
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
        <translation>URL voor externe validatie (de locatie-hub)</translation>
    </message>
    <message>
        <source>Use this desk&apos;s hu&amp;b</source>
        <translation>Hub van deze &amp;werkplek</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-token</translation>
    </message>
    <message>
        <source>Where the bearer token is set</source>
        <translation>Waar het bearer-token is ingesteld</translation>
    </message>
    <message>
        <source>NFC private key</source>
        <translation>Privésleutel NFC</translation>
    </message>
    <message>
        <source>NFC private key, masked</source>
        <translation>Privésleutel NFC, gemaskeerd</translation>
    </message>
    <message>
        <source>Replace &amp;key…</source>
        <translation>&amp;Sleutel vervangen…</translation>
    </message>
    <message>
        <source>Choose a PEM file with the new private key</source>
        <translation>Een PEM-bestand met de nieuwe privésleutel kiezen</translation>
    </message>
    <message>
        <source>Wallet IDs</source>
        <translation>Wallet-ID&apos;s</translation>
    </message>
    <message>
        <source>Apple pass type and Google collector</source>
        <translation>Apple-pastype en Google-collector</translation>
    </message>
    <message>
        <source>Why the configuration cannot be saved</source>
        <translation>Waarom de configuratie niet kan worden opgeslagen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Terugdraaien</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>De nog niet opgeslagen wijzigingen vergeten</translation>
    </message>
    <message>
        <source>&amp;Save to PassEntry</source>
        <translation>&amp;Opslaan in PassEntry</translation>
    </message>
</context>
<context>
    <name>ReaderDashboardSteps</name>
    <message>
        <source>Set it in the PassEntry dashboard</source>
        <translation>Instellen in het PassEntry-dashboard</translation>
    </message>
    <message>
        <source>1. Open</source>
        <translation>1. Open</translation>
    </message>
    <message>
        <source>Readers → Reader Configuration → Validation Settings</source>
        <translation>Readers → Reader Configuration → Validation Settings</translation>
    </message>
    <message>
        <source>2. Choose</source>
        <translation>2. Kies</translation>
    </message>
    <message>
        <source>3. HTTPS URL</source>
        <translation>3. HTTPS-URL</translation>
    </message>
    <message>
        <source>The hub URL to paste in the dashboard</source>
        <translation>De hub-URL om in het dashboard te plakken</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the hub URL, to paste it in the dashboard</source>
        <translation>De hub-URL kopiëren om in het dashboard te plakken</translation>
    </message>
    <message>
        <source>4. Bearer token</source>
        <translation>4. Bearer-token</translation>
    </message>
    <message>
        <source>Which bearer token to enter</source>
        <translation>Welk bearer-token je invoert</translation>
    </message>
    <message>
        <source>Copy hub &amp;token</source>
        <translation>Hub-&amp;token kopiëren</translation>
    </message>
    <message>
        <source>Copy the venue hub&apos;s token from this computer&apos;s keychain without showing it</source>
        <translation>Het token van de locatie-hub uit de sleutelhanger van deze computer kopiëren zonder het te tonen</translation>
    </message>
    <message>
        <source>5. Save</source>
        <translation>5. Opslaan</translation>
    </message>
    <message>
        <source>Save there, then press Refresh here to read it back.</source>
        <translation>Sla daar op en druk hier op Vernieuwen om het terug te lezen.</translation>
    </message>
    <message>
        <source>PassEntry Reader apps log out and use the new settings at their next login.</source>
        <translation>PassEntry Reader-apps melden zich af en gebruiken de nieuwe instellingen bij de volgende aanmelding.</translation>
    </message>
    <message>
        <source>What was copied</source>
        <translation>Wat er is gekopieerd</translation>
    </message>
</context>
<context>
    <name>ReaderDialogForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>e.g. North Gate</source>
        <translation>bijv. Noordpoort</translation>
    </message>
    <message>
        <source>Reader name</source>
        <translation>Naam lezer</translation>
    </message>
    <message>
        <source>Reader &amp;ID</source>
        <translation>Lezer-&amp;ID</translation>
    </message>
    <message>
        <source>e.g. north-gate-1</source>
        <translation>bijv. north-gate-1</translation>
    </message>
    <message>
        <source>Reader ID</source>
        <translation>Lezer-ID</translation>
    </message>
    <message>
        <source>What the reader logs in with. Letters, digits, - _ and . only; it cannot be changed later.</source>
        <translation>Waarmee de lezer zich aanmeldt. Alleen letters, cijfers, - _ en .; kan later niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Reader type</source>
        <translation>Type lezer</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Reader password</source>
        <translation>Wachtwoord lezer</translation>
    </message>
    <message>
        <source>It may</source>
        <translation>Mag</translation>
    </message>
    <message>
        <source>&amp;Scan passes</source>
        <translation>Passen &amp;scannen</translation>
    </message>
    <message>
        <source>Read &amp;QR codes and barcodes</source>
        <translation>&amp;QR-codes en barcodes lezen</translation>
    </message>
    <message>
        <source>&amp;Redeem loyalty</source>
        <translation>&amp;Sparen inwisselen</translation>
    </message>
    <message>
        <source>Read &amp;MIFARE Classic cards</source>
        <translation>&amp;MIFARE Classic-kaarten lezen</translation>
    </message>
    <message>
        <source>&amp;Add points</source>
        <translation>&amp;Punten bijschrijven</translation>
    </message>
    <message>
        <source>Why OK is disabled</source>
        <translation>Waarom OK is uitgeschakeld</translation>
    </message>
    <message>
        <source>Saved on PassEntry at once: this needs the network.</source>
        <translation>Wordt direct opgeslagen in PassEntry: hiervoor is een netwerk nodig.</translation>
    </message>
</context>
<context>
    <name>ReaderTokenForm</name>
    <message>
        <source>Readers send this token to the endpoint with every scan (Authorization: Bearer …), and the endpoint refuses scans without it. Paste the token your endpoint expects, or generate a new one.</source>
        <translation>Lezers sturen dit token bij elke scan naar het endpoint (Authorization: Bearer …), en het endpoint weigert scans zonder token. Plak het token dat je endpoint verwacht, of genereer een nieuw token.</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nieuw token</translation>
    </message>
    <message>
        <source>New validation token</source>
        <translation>Nieuw validatietoken</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Genereren</translation>
    </message>
    <message>
        <source>A new random token (256 bits)</source>
        <translation>Een nieuw willekeurig token (256 bits)</translation>
    </message>
    <message>
        <source>The new token, masked</source>
        <translation>Het nieuwe token, gemaskeerd</translation>
    </message>
    <message>
        <source>Once saved it is kept in this computer&apos;s keychain, for this desk&apos;s Door and hub, never in a file or the database.</source>
        <translation>Na opslaan wordt het bewaard in de sleutelhanger van deze computer, voor de Ingang en de hub van deze werkplek, nooit in een bestand of de database.</translation>
    </message>
</context>
<context>
    <name>ReadersForm</name>
    <message>
        <source>Readers</source>
        <translation>Lezers</translation>
    </message>
    <message>
        <source>Readers shown</source>
        <translation>Getoonde lezers</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read the readers and the configuration from PassEntry now</source>
        <translation>De lezers en de configuratie nu uit PassEntry lezen</translation>
    </message>
    <message>
        <source>&amp;New reader…</source>
        <translation>&amp;Nieuwe lezer…</translation>
    </message>
    <message>
        <source>Create a reader on PassEntry (needs the network)</source>
        <translation>Een lezer aanmaken in PassEntry (netwerk nodig)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Change the selected reader (or double-click it)</source>
        <translation>De geselecteerde lezer wijzigen (of erop dubbelklikken)</translation>
    </message>
    <message>
        <source>What this account&apos;s API offers for readers</source>
        <translation>Wat de API van dit account voor lezers biedt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Where passdesk finds your PassEntry account.</source>
        <translation>Waar passdesk je PassEntry-account vindt.</translation>
    </message>
    <message>
        <source>PassEntry account</source>
        <translation>PassEntry-account</translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation>API-basis-&amp;URL:</translation>
    </message>
    <message>
        <source>The address of the PassEntry API, ending in /api/v1. Plain http:// is allowed only for this computer.</source>
        <translation>Het adres van de PassEntry-API, eindigend op /api/v1. Gewoon http:// mag alleen voor deze computer.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;sleutel:</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Plak je API-sleutel</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>Sleutel &amp;verwijderen</translation>
    </message>
    <message>
        <source>Delete the key stored in the keychain for this URL</source>
        <translation>De sleutel verwijderen die voor deze URL in de sleutelhanger is opgeslagen</translation>
    </message>
    <message>
        <source>Create a key in the PassEntry Dashboard under Developer tools. Leave this empty to keep the stored key.</source>
        <translation>Maak een sleutel aan in het PassEntry-dashboard onder Developer tools. Laat dit leeg om de opgeslagen sleutel te behouden.</translation>
    </message>
    <message>
        <source>&amp;Entity ID:</source>
        <translation>&amp;Entiteits-ID:</translation>
    </message>
    <message>
        <source>e.g. 0d10c850</source>
        <translation>bijv. 0d10c850</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>Entiteits-ID</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Try the URL and key typed above, without saving them</source>
        <translation>De hierboven ingevulde URL en sleutel proberen, zonder ze op te slaan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save the URL to the settings file and the key to the keychain</source>
        <translation>De URL opslaan in het instellingenbestand en de sleutel in de sleutelhanger</translation>
    </message>
    <message>
        <source>What each PassEntry route answered</source>
        <translation>Wat elke PassEntry-route antwoordde</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Rapport &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy this table as text (no key, no secrets), to paste into a bug report</source>
        <translation>Deze tabel als tekst kopiëren (zonder sleutel of geheimen), om in een bugrapport te plakken</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Locatiehub</translation>
    </message>
    <message>
        <source>Run the &amp;venue hub on this computer</source>
        <translation>De &amp;locatiehub op deze computer draaien</translation>
    </message>
    <message>
        <source>Answers the venue&apos;s readers and PassEntry&apos;s webhooks from this desk&apos;s database while passdesk is open. Readers call HTTPS addresses only: put a reverse proxy that terminates TLS in front of this port.</source>
        <translation>Beantwoordt de lezers van de locatie en de webhooks van PassEntry vanuit de database van deze werkplek zolang passdesk open is. Lezers roepen alleen HTTPS-adressen aan: zet een reverse proxy die TLS afhandelt vóór deze poort.</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Luisteren op:</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Luisteren op</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>Hub port</source>
        <translation>Hubpoort</translation>
    </message>
    <message>
        <source>Reader token:</source>
        <translation>Lezertoken:</translation>
    </message>
    <message>
        <source>Reader token, masked</source>
        <translation>Lezertoken, gemaskeerd</translation>
    </message>
    <message>
        <source>Set t&amp;oken…</source>
        <translation>T&amp;oken instellen…</translation>
    </message>
    <message>
        <source>Type, paste or generate the token readers send; it is kept in the keychain</source>
        <translation>Typ, plak of genereer het token dat lezers sturen; het wordt in de sleutelhanger bewaard</translation>
    </message>
    <message>
        <source>Readers send it with every scan: enter the same token in the PassEntry dashboard (Readers → Reader Configuration → Validation Settings).</source>
        <translation>Lezers sturen het bij elke scan mee: voer hetzelfde token in het PassEntry-dashboard in (Readers → Reader Configuration → Validation Settings).</translation>
    </message>
    <message>
        <source>Venue hub status</source>
        <translation>Status locatiehub</translation>
    </message>
    <message>
        <source>PassEntry e&amp;vents…</source>
        <translation>PassEntry-&amp;meldingen…</translation>
    </message>
    <message>
        <source>Register this hub with PassEntry for pass events, pause them or rotate their secret</source>
        <translation>Deze hub bij PassEntry registreren voor pasmeldingen, ze pauzeren of hun geheim vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Save the venue hub settings and start, stop or restart the hub</source>
        <translation>De instellingen van de locatiehub opslaan en de hub starten, stoppen of herstarten</translation>
    </message>
</context>
<context>
    <name>SyncForm</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>passdesk works from its local copy and exchanges changes with PassEntry in the background.</source>
        <translation>passdesk werkt vanuit de eigen lokale kopie en wisselt op de achtergrond wijzigingen uit met PassEntry.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbinding:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Laatste synchronisatie:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nu:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Nu synchroniseren</translation>
    </message>
    <message>
        <source>Fetch what is new on PassEntry and send the waiting changes now</source>
        <translation>Nu ophalen wat nieuw is in PassEntry en de wachtende wijzigingen versturen</translation>
    </message>
    <message>
        <source>Check &amp;every pass now</source>
        <translation>&amp;Elke pas nu controleren</translation>
    </message>
    <message>
        <source>Sync, and also re-read the status of every pass (slower; passdesk does it by itself every 15 minutes)</source>
        <translation>Synchroniseren en ook de status van elke pas opnieuw lezen (trager; passdesk doet dit zelf elke 15 minuten)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Synchronisatie &amp;annuleren</translation>
    </message>
    <message>
        <source>Stop the running sync after the current page; what was fetched is kept</source>
        <translation>De lopende synchronisatie stoppen na de huidige pagina; wat is opgehaald, blijft bewaard</translation>
    </message>
    <message>
        <source>Changes waiting for PassEntry</source>
        <translation>Wijzigingen die wachten op PassEntry</translation>
    </message>
    <message>
        <source>Select a refused or to-be-reviewed change to retry or discard it.</source>
        <translation>Selecteer een geweigerde of te controleren wijziging om die opnieuw te proberen of te verwerpen.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Send the selected changes again</source>
        <translation>De geselecteerde wijzigingen opnieuw versturen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerpen…</translation>
    </message>
    <message>
        <source>Give up on the selected changes: they will not reach PassEntry</source>
        <translation>De geselecteerde wijzigingen opgeven: ze bereiken PassEntry niet</translation>
    </message>
</context>
<context>
    <name>TemplateByIdForm</name>
    <message>
        <source>Add a template by its ID</source>
        <translation>Een sjabloon toevoegen via de ID</translation>
    </message>
    <message>
        <source>PassEntry does not list its templates to apps. Copy the template&apos;s ID from the PassEntry dashboard (or from a pass made with it) and paste it here.</source>
        <translation>PassEntry geeft zijn sjablonen niet door aan apps. Kopieer de ID van het sjabloon uit het PassEntry-dashboard (of van een pas die ermee is gemaakt) en plak die hier.</translation>
    </message>
    <message>
        <source>Template &amp;ID</source>
        <translation>Sjabloon-&amp;ID</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>Sjabloon-ID</translation>
    </message>
    <message>
        <source>e.g. 19cb334f9696e64e10e7759f0</source>
        <translation>bijv. 19cb334f9696e64e10e7759f0</translation>
    </message>
</context>
<context>
    <name>TillForm</name>
    <message>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Scan sources</source>
        <translation>Scanbronnen</translation>
    </message>
    <message>
        <source>Till &amp;settings…</source>
        <translation>&amp;Instellingen kassa…</translation>
    </message>
    <message>
        <source>Earn rates, rewards, messages, scan sources and this till&apos;s name</source>
        <translation>Spaartarieven, beloningen, berichten, scanbronnen en de naam van deze kassa</translation>
    </message>
    <message>
        <source>Scan a card, or type a name or customer number (Ctrl+F)</source>
        <translation>Scan een kaart, of typ een naam of klantnummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Klant zoeken</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Gevonden klanten</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Nog geen klant</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Naam klant</translation>
    </message>
    <message>
        <source>Scan a loyalty card, or search by name or customer number.</source>
        <translation>Scan een spaarkaart, of zoek op naam of klantnummer.</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Klantgegevens</translation>
    </message>
    <message>
        <source>Card cancelled</source>
        <translation>Kaart geannuleerd</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Balance state</source>
        <translation>Status saldo</translation>
    </message>
    <message>
        <source>Balance source</source>
        <translation>Bron saldo</translation>
    </message>
    <message>
        <source>Rewards reached</source>
        <translation>Bereikte beloningen</translation>
    </message>
    <message>
        <source>Why this pass cannot be used</source>
        <translation>Waarom deze pas niet gebruikt kan worden</translation>
    </message>
    <message>
        <source>Operations that need review</source>
        <translation>Bewerkingen die controle nodig hebben</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Opnieuw sturen</translation>
    </message>
    <message>
        <source>It was not applied: send it to PassEntry again</source>
        <translation>Niet doorgevoerd: opnieuw naar PassEntry sturen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerpen</translation>
    </message>
    <message>
        <source>Drop it: it was applied, or should not be</source>
        <translation>Weggooien: al doorgevoerd, of hoort niet doorgevoerd te worden</translation>
    </message>
    <message>
        <source>Last operation</source>
        <translation>Laatste bewerking</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>Deze klant</translation>
    </message>
    <message>
        <source>This customer totals</source>
        <translation>Totalen van deze klant</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Write this customer&apos;s operations to a CSV file</source>
        <translation>De bewerkingen van deze klant naar een CSV-bestand schrijven</translation>
    </message>
    <message>
        <source>This shift</source>
        <translation>Deze dienst</translation>
    </message>
    <message>
        <source>This shift totals</source>
        <translation>Totalen van deze dienst</translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation>Dienst &amp;afsluiten…</translation>
    </message>
    <message>
        <source>See this shift&apos;s totals, export them, and start a new shift</source>
        <translation>De totalen van deze dienst bekijken, exporteren en een nieuwe dienst starten</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Ex&amp;porteren…</translation>
    </message>
    <message>
        <source>Write this shift&apos;s operations to a CSV file</source>
        <translation>De bewerkingen van deze dienst naar een CSV-bestand schrijven</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Bewerking</translation>
    </message>
    <message>
        <source>Earn from
purchase</source>
        <translation>Sparen via
aankoop</translation>
    </message>
    <message>
        <source>F1: points from the amount spent</source>
        <translation>F1: punten op basis van het bestede bedrag</translation>
    </message>
    <message>
        <source>Add
points</source>
        <translation>Punten
bijschrijven</translation>
    </message>
    <message>
        <source>F2: add a number of points</source>
        <translation>F2: een aantal punten bijschrijven</translation>
    </message>
    <message>
        <source>Redeem
points</source>
        <translation>Punten
inwisselen</translation>
    </message>
    <message>
        <source>F3: take points off (never below zero)</source>
        <translation>F3: punten afschrijven (nooit onder nul)</translation>
    </message>
    <message>
        <source>Set
balance</source>
        <translation>Saldo
instellen</translation>
    </message>
    <message>
        <source>F4: set the balance to a value, e.g. 0 to reset</source>
        <translation>F4: het saldo op een waarde zetten, bijv. 0 om te resetten</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Besteed bedrag</translation>
    </message>
    <message>
        <source>What to type</source>
        <translation>Wat je moet typen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Decimaalteken</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Laatste cijfer wissen (Backspace)</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Laatste cijfer wissen</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear the amount (Esc)</source>
        <translation>Bedrag wissen (Esc)</translation>
    </message>
    <message>
        <source>Clear amount</source>
        <translation>Bedrag wissen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Boeken</translation>
    </message>
    <message>
        <source>Make the change (Enter)</source>
        <translation>De wijziging doorvoeren (Enter)</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>Send a &amp;message to the phone</source>
        <translation>&amp;Bericht naar de telefoon sturen</translation>
    </message>
    <message>
        <source>Push message</source>
        <translation>Pushbericht</translation>
    </message>
    <message>
        <source>About the message</source>
        <translation>Over het bericht</translation>
    </message>
</context>
<context>
    <name>TillSettingsForm</name>
    <message>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>&amp;Naam werkplek</translation>
    </message>
    <message>
        <source>till</source>
        <translation>kassa</translation>
    </message>
    <message>
        <source>This till&apos;s name in the operation log and in a shift&apos;s list</source>
        <translation>De naam van deze kassa in het bewerkingslogboek en in de lijst van een dienst</translation>
    </message>
    <message>
        <source>&amp;Currency symbol</source>
        <translation>&amp;Valutasymbool</translation>
    </message>
    <message>
        <source>e.g. £, € or $</source>
        <translation>bijv. £, € of $</translation>
    </message>
    <message>
        <source>Put before amounts spent; may be empty</source>
        <translation>Staat vóór bestede bedragen; mag leeg zijn</translation>
    </message>
    <message>
        <source>Send a &amp;message by default</source>
        <translation>Standaard een &amp;bericht sturen</translation>
    </message>
    <message>
        <source>Whether &quot;Send a message&quot; starts ticked for each operation</source>
        <translation>Of “Bericht sturen” bij elke bewerking aangevinkt begint</translation>
    </message>
    <message>
        <source>S&amp;ound for each operation</source>
        <translation>&amp;Geluid bij elke bewerking</translation>
    </message>
    <message>
        <source>Offline, re&amp;deem up to</source>
        <translation>Offline in&amp;wisselen tot</translation>
    </message>
    <message>
        <source> points</source>
        <translation> punten</translation>
    </message>
    <message>
        <source>Most points redeemed without a confirmed balance</source>
        <translation>Maximaal aantal punten ingewisseld zonder bevestigd saldo</translation>
    </message>
    <message>
        <source>0: a redemption always needs a balance PassEntry confirmed</source>
        <translation>0: inwisselen vereist altijd een door PassEntry bevestigd saldo</translation>
    </message>
    <message>
        <source>Offline, or before PassEntry has answered, a redemption goes against the balance the card showed when it was last synced, up to this many points. Above it, a supervisor must approve.</source>
        <translation>Offline, of voordat PassEntry heeft geantwoord, wordt een inwisseling afgeboekt van het saldo dat de kaart bij de laatste synchronisatie toonde, tot dit aantal punten. Daarboven moet een supervisor goedkeuren.</translation>
    </message>
    <message>
        <source>Scan with loyalty</source>
        <translation>Scan met sparen</translation>
    </message>
    <message>
        <source>&amp;Points per scan</source>
        <translation>&amp;Punten per scan</translation>
    </message>
    <message>
        <source>Scan messa&amp;ge</source>
        <translation>Scanberi&amp;cht</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Each scan that finds a customer also adds these points (a negative number takes them). Off: a scan only looks the customer up.</source>
        <translation>Elke scan die een klant vindt, schrijft ook deze punten bij (een negatief getal schrijft ze af). Uit: een scan zoekt de klant alleen op.</translation>
    </message>
    <message>
        <source>Scan sources besides the keyboard</source>
        <translation>Scanbronnen naast het toetsenbord</translation>
    </message>
    <message>
        <source>N&amp;FC reader</source>
        <translation>N&amp;FC-lezer</translation>
    </message>
    <message>
        <source>Off (e.g. usb or tty:USB0:pn532)</source>
        <translation>Uit (bijv. usb of tty:USB0:pn532)</translation>
    </message>
    <message>
        <source>nfcpy device path of an NFC reader for NDEF tags; empty: no NFC reader</source>
        <translation>nfcpy-apparaatpad van een NFC-lezer voor NDEF-tags; leeg: geen NFC-lezer</translation>
    </message>
    <message>
        <source>VTAP serial p&amp;ort</source>
        <translation>Seriële p&amp;oort VTAP</translation>
    </message>
    <message>
        <source>Off (e.g. /dev/ttyACM0 or COM3)</source>
        <translation>Uit (bijv. /dev/ttyACM0 of COM3)</translation>
    </message>
    <message>
        <source>Serial port of a VTAP reader in serial mode. Empty: none</source>
        <translation>Seriële poort van een VTAP-lezer in seriële modus. Leeg: geen</translation>
    </message>
    <message>
        <source>Read QR codes with the ca&amp;mera</source>
        <translation>QR-codes lezen met de ca&amp;mera</translation>
    </message>
    <message>
        <source>Camera &amp;to use</source>
        <translation>&amp;Te gebruiken camera</translation>
    </message>
    <message>
        <source>Which webcam reads QR codes when several are connected</source>
        <translation>Welke webcam QR-codes leest als er meerdere zijn aangesloten</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Te gebruiken camera</translation>
    </message>
    <message>
        <source>PassEntry&apos;s dashboard</source>
        <translation>Dashboard van PassEntry</translation>
    </message>
    <message>
        <source>&amp;Log scans in PassEntry as</source>
        <translation>Scans in PassEntry &amp;loggen als</translation>
    </message>
    <message>
        <source>Log scans in PassEntry as</source>
        <translation>Scans in PassEntry loggen als</translation>
    </message>
    <message>
        <source>The PassEntry reader this till&apos;s scans are logged as. Don&apos;t log: PassEntry does not see them</source>
        <translation>De PassEntry-lezer waaronder de scans van deze kassa worden gelogd. Niet loggen: PassEntry ziet ze niet</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>Toetsenbordscanner</translation>
    </message>
    <message>
        <source>Check the scanner…</source>
        <translation>Scanner controleren…</translation>
    </message>
    <message>
        <source>Scan a test code once: passdesk finds how the scanner ends codes and corrects a keyboard layout that does not match this computer&apos;s</source>
        <translation>Scan één keer een testcode: passdesk ziet hoe de scanner codes afsluit en corrigeert een toetsenbordindeling die niet overeenkomt met die van deze computer</translation>
    </message>
    <message>
        <source>Earning and rewards</source>
        <translation>Sparen en beloningen</translation>
    </message>
    <message>
        <source>&amp;Rules for</source>
        <translation>&amp;Regels voor</translation>
    </message>
    <message>
        <source>Template the rules are for</source>
        <translation>Sjabloon waarvoor de regels gelden</translation>
    </message>
    <message>
        <source>Use the &amp;general rules</source>
        <translation>&amp;Algemene regels gebruiken</translation>
    </message>
    <message>
        <source>Forget this template&apos;s own rules: it earns and rewards as &quot;All other templates&quot;</source>
        <translation>De eigen regels van dit sjabloon vergeten: het spaart en beloont zoals “Alle andere sjablonen”</translation>
    </message>
    <message>
        <source>Points per currency &amp;unit</source>
        <translation>Punten per valuta-&amp;eenheid</translation>
    </message>
    <message>
        <source>Points for each 1 spent, from 0 to 1,000,000; e.g. 0.1 gives a point for each 10 spent</source>
        <translation>Punten per besteed 1, van 0 tot 1.000.000; bijv. 0,1 geeft een punt per besteed 10</translation>
    </message>
    <message>
        <source>Roun&amp;d points</source>
        <translation>Punten af&amp;ronden</translation>
    </message>
    <message>
        <source>Re&amp;wards</source>
        <translation>Be&amp;loningen</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Beloningen</translation>
    </message>
    <message>
        <source>Points needed</source>
        <translation>Benodigde punten</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Beloning</translation>
    </message>
    <message>
        <source>&amp;Add reward</source>
        <translation>Beloning &amp;toevoegen</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>V&amp;erwijderen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>&amp;Earn</source>
        <translation>&amp;Sparen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Bijschrijven</translation>
    </message>
    <message>
        <source>Re&amp;deem</source>
        <translation>In&amp;wisselen</translation>
    </message>
    <message>
        <source>Set &amp;balance</source>
        <translation>&amp;Saldo instellen</translation>
    </message>
    <message>
        <source>Reward &amp;reached</source>
        <translation>Beloning &amp;bereikt</translation>
    </message>
    <message>
        <source>Sent instead of the action&apos;s message when an operation reaches a reward</source>
        <translation>Wordt verstuurd in plaats van het bericht van de actie als een bewerking een beloning bereikt</translation>
    </message>
    <message>
        <source>Example message</source>
        <translation>Voorbeeldbericht</translation>
    </message>
    <message>
        <source>Restore de&amp;faults</source>
        <translation>&amp;Standaard herstellen</translation>
    </message>
    <message>
        <source>Put back the messages passdesk came with</source>
        <translation>De berichten terugzetten waarmee passdesk geleverd werd</translation>
    </message>
    <message>
        <source>Why Save is not available</source>
        <translation>Waarom Opslaan niet beschikbaar is</translation>
    </message>
</context>
<context>
    <name>TillShiftForm</name>
    <message>
        <source>Shift start and end</source>
        <translation>Begin en einde dienst</translation>
    </message>
    <message>
        <source>Shift totals</source>
        <translation>Totalen dienst</translation>
    </message>
    <message>
        <source>Totals by kind of operation</source>
        <translation>Totalen per soort bewerking</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Bewerking</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Uitgegeven punten</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Ingewisselde punten</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <source>Closing the shift starts a new one now: the till&apos;s shift list and totals start again from zero. Nothing is deleted; every operation stays in the customers&apos; lists.</source>
        <translation>Het afsluiten van de dienst start meteen een nieuwe: de dienstlijst en totalen van de kassa beginnen weer bij nul. Er wordt niets verwijderd; elke bewerking blijft in de lijsten van de klanten staan.</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportresultaat</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Rapport &amp;exporteren…</translation>
    </message>
    <message>
        <source>Write the shift&apos;s operations and, in a second file, its totals, for a spreadsheet</source>
        <translation>De bewerkingen van de dienst en, in een tweede bestand, de totalen schrijven, voor een spreadsheet</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation>Kan {path} niet schrijven: {problem}</translation>
    </message>
    <message>
        <source>{rows} written to {path}</source>
        <translation>{rows} geschreven naar {path}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <comment>a day: Wed 17 Jul 2030</comment>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a day, then a time of day</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>PNG, JPG or WebP images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>PNG-, JPG- of WebP-afbeeldingen (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>PassEntry cannot be reached, so your images there cannot be listed or uploaded now; try again when the connection is back. The Designer still works offline: a file on this computer shows in the preview (Choose…).</source>
        <translation>PassEntry is niet bereikbaar, dus je afbeeldingen daar kunnen nu niet worden getoond of geüpload; probeer het opnieuw als de verbinding terug is. De Ontwerper werkt ook offline: een bestand op deze computer verschijnt in het voorbeeld (Kiezen…).</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Rechtsonder</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Linksonder</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Rechtsboven</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Linksboven</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>banner</translation>
    </message>
    <message>
        <source>thumbnail</source>
        <translation>miniatuur</translation>
    </message>
    <message>
        <source>PassEntry did not take it: {problem}</source>
        <translation>PassEntry heeft het niet aangenomen: {problem}</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Er ging iets mis: {problem}</translation>
    </message>
    <message>
        <source>No copy
on this computer</source>
        <translation>Geen kopie
op deze computer</translation>
    </message>
    <message>
        <source>Your {kind} images on PassEntry</source>
        <translation>Je {kind}-afbeeldingen op PassEntry</translation>
    </message>
    <message>
        <source>Your {kind} images</source>
        <translation>Je {kind}-afbeeldingen</translation>
    </message>
    <message>
        <source>Watermark on this banner:</source>
        <translation>Watermerk op deze banner:</translation>
    </message>
    <message>
        <source>Watermark colour</source>
        <translation>Kleur watermerk</translation>
    </message>
    <message>
        <source>Watermark position</source>
        <translation>Positie watermerk</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Uploaden…</translation>
    </message>
    <message>
        <source>Send a PNG, JPG or WebP file to PassEntry as a {kind}</source>
        <translation>Een PNG-, JPG- of WebP-bestand naar PassEntry sturen als {kind}</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Use this image</source>
        <translation>Deze afbeelding gebruiken</translation>
    </message>
    <message>
        <source>Reading your images from PassEntry…</source>
        <translation>Je afbeeldingen lezen uit PassEntry…</translation>
    </message>
    <message>
        <source>No {kind} images on PassEntry yet: upload one.</source>
        <translation>Nog geen {kind}-afbeeldingen op PassEntry: upload er een.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>{width} x {height} px · {status}</source>
        <translation>{width} x {height} px · {status}</translation>
    </message>
    <message>
        <source>PassEntry is still processing this image</source>
        <translation>PassEntry verwerkt deze afbeelding nog</translation>
    </message>
    <message>
        <source>Upload a {kind}</source>
        <translation>Een {kind} uploaden</translation>
    </message>
    <message>
        <source>Uploading {file}…</source>
        <translation>{file} uploaden…</translation>
    </message>
    <message>
        <source>Processing… PassEntry is preparing the image; it can be used once it is ready.</source>
        <translation>Bezig met verwerken… PassEntry bereidt de afbeelding voor; je kunt hem gebruiken zodra hij klaar is.</translation>
    </message>
    <message>
        <source>{advice} {processing}</source>
        <translation>{advice} {processing}</translation>
    </message>
    <message>
        <source>{name} is ready: Use this image puts it on the pass.</source>
        <translation>{name} is klaar: Deze afbeelding gebruiken zet hem op de pas.</translation>
    </message>
    <message>
        <source>The image is ready: Use this image puts it on the pass.</source>
        <translation>De afbeelding is klaar: Deze afbeelding gebruiken zet hem op de pas.</translation>
    </message>
    <message>
        <source>PassEntry is still processing the image; look again later (Refresh).</source>
        <translation>PassEntry verwerkt de afbeelding nog; kijk later nog eens (Vernieuwen).</translation>
    </message>
    <message>
        <source>PassEntry could not process {name} ({status}); upload another file.</source>
        <translation>PassEntry kon {name} niet verwerken ({status}); upload een ander bestand.</translation>
    </message>
    <message>
        <source>PassEntry could not process the image ({status}); upload another file.</source>
        <translation>PassEntry kon de afbeelding niet verwerken ({status}); upload een ander bestand.</translation>
    </message>
</context>
<context>
    <name>designer</name>
    <message>
        <source>a colour is text such as &quot;#1A2B3C&quot;, not {kind}</source>
        <translation>een kleur is tekst zoals &quot;#1A2B3C&quot;, geen {kind}</translation>
    </message>
    <message>
        <source>{value} is not a colour: each of r, g, b must be 0 to 255</source>
        <translation>{value} is geen kleur: r, g en b moeten elk tussen 0 en 255 liggen</translation>
    </message>
    <message>
        <source>{value} is not a colour; write #RGB, #RRGGBB or rgb(r, g, b)</source>
        <translation>{value} is geen kleur; schrijf #RGB, #RRGGBB of rgb(r, g, b)</translation>
    </message>
    <message>
        <source>colour component {value} is outside 0 to 255</source>
        <translation>kleurcomponent {value} ligt buiten 0 tot 255</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>banner</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>pictogram</translation>
    </message>
    <message>
        <source>thumbnail</source>
        <translation>miniatuur</translation>
    </message>
    <message>
        <source>{width} x {height} px</source>
        <translation>{width} x {height} px</translation>
    </message>
    <message>
        <source>Only Apple shows a thumbnail, and only on generic passes.</source>
        <translation>Alleen Apple toont een miniatuur, en alleen op generieke passen.</translation>
    </message>
    <message>
        <source>Apple shows no banner on a generic pass; Google does.</source>
        <translation>Apple toont geen banner op een generieke pas; Google wel.</translation>
    </message>
    <message>
        <source>PassEntry documents no size for the {what}.</source>
        <translation>PassEntry noemt geen formaat voor dit soort afbeelding ({what}).</translation>
    </message>
    <message>
        <source>PassEntry&apos;s {what} size is {size} (1125 x 294 on an Apple event ticket).</source>
        <translation>Formaat volgens PassEntry ({what}): {size} (1125 x 294 op een Apple-evenementticket).</translation>
    </message>
    <message>
        <source>PassEntry&apos;s {what} size is {size}.</source>
        <translation>Formaat volgens PassEntry ({what}): {size}.</translation>
    </message>
    <message>
        <source>This {what} has no size; it cannot be shown.</source>
        <translation>Deze afbeelding ({what}) heeft geen formaat; ze kan niet worden getoond.</translation>
    </message>
    <message>
        <source>Smaller than {size} (PassEntry&apos;s {what} size): it may look blurred on a phone.</source>
        <translation>Kleiner dan {size} (formaat volgens PassEntry voor {what}): kan wazig zijn op een telefoon.</translation>
    </message>
    <message>
        <source>Not the {what}&apos;s shape ({width}:{height}); it will be cropped or squeezed.</source>
        <translation>Niet de vorm van {what} ({width}:{height}); wordt bijgesneden of samengedrukt.</translation>
    </message>
    <message>
        <source>Thumbnails are shown about square; this one will be cropped.</source>
        <translation>Miniaturen worden ongeveer vierkant getoond; deze wordt bijgesneden.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <comment>two sentences one after the other</comment>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>background colour</source>
        <translation>achtergrondkleur</translation>
    </message>
    <message>
        <source>text colour</source>
        <translation>tekstkleur</translation>
    </message>
    <message>
        <source>label colour</source>
        <translation>labelkleur</translation>
    </message>
    <message>
        <source>generic</source>
        <translation>generiek</translation>
    </message>
    <message>
        <source>loyalty card</source>
        <translation>klantenkaart</translation>
    </message>
    <message>
        <source>event ticket</source>
        <translation>evenementticket</translation>
    </message>
    <message>
        <source>transit</source>
        <translation>vervoer</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kop</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Midden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Achterkant</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Transit type</source>
        <translation>Vervoerstype</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Achtergrondkleur</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Labelkleur</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Tekstkleur</translation>
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
        <translation>Pictogram</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Watermerk</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standaardtaal</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <comment>a list&apos;s comma</comment>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>a generic template</source>
        <translation>een generiek sjabloon</translation>
    </message>
    <message>
        <source>a loyalty card template</source>
        <translation>een klantenkaartsjabloon</translation>
    </message>
    <message>
        <source>an event ticket template</source>
        <translation>een evenementticketsjabloon</translation>
    </message>
    <message>
        <source>a transit template</source>
        <translation>een vervoerssjabloon</translation>
    </message>
    <message>
        <source>a {type} template</source>
        <translation>een sjabloon van het type {type}</translation>
    </message>
    <message>
        <source>Header field {number}</source>
        <translation>Kopveld {number}</translation>
    </message>
    <message>
        <source>Central field {number}</source>
        <translation>Middenveld {number}</translation>
    </message>
    <message>
        <source>Details field {number}</source>
        <translation>Detailveld {number}</translation>
    </message>
    <message>
        <source>Back field {number}</source>
        <translation>Achterkantveld {number}</translation>
    </message>
    <message>
        <source>{group} field {number}</source>
        <translation>{group}, veld {number}</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>Kopvelden</translation>
    </message>
    <message>
        <source>Central fields</source>
        <translation>Middenvelden</translation>
    </message>
    <message>
        <source>Details fields</source>
        <translation>Detailvelden</translation>
    </message>
    <message>
        <source>Back fields</source>
        <translation>Achterkantvelden</translation>
    </message>
    <message>
        <source>at least one header field</source>
        <translation>minstens één kopveld</translation>
    </message>
    <message>
        <source>at least one central field</source>
        <translation>minstens één middenveld</translation>
    </message>
    <message>
        <source>at least one details field</source>
        <translation>minstens één detailveld</translation>
    </message>
    <message>
        <source>at least one back field</source>
        <translation>minstens één achterkantveld</translation>
    </message>
    <message>
        <source>the template has no name</source>
        <translation>het sjabloon heeft geen naam</translation>
    </message>
    <message>
        <source>no template type; the known types are {known}</source>
        <translation>geen sjabloontype; de bekende typen zijn {known}</translation>
    </message>
    <message>
        <source>template type {type} is not one passdesk knows ({known}); the previews may not match</source>
        <translation>sjabloontype {type} kent passdesk niet ({known}); de voorbeelden kloppen mogelijk niet</translation>
    </message>
    <message>
        <source>no transit type; a transit template needs one of {known}</source>
        <translation>geen vervoerstype; een vervoerssjabloon heeft een van deze nodig: {known}</translation>
    </message>
    <message>
        <source>transit type {type}; a transit template needs one of {known}</source>
        <translation>vervoerstype {type}; een vervoerssjabloon heeft een van deze nodig: {known}</translation>
    </message>
    <message>
        <source>the {what} is {value}, not a colour; write #RGB, #RRGGBB or rgb(r, g, b)</source>
        <translation>de {what} is {value}, geen kleur; schrijf #RGB, #RRGGBB of rgb(r, g, b)</translation>
    </message>
    <message>
        <source>the {what} {problem}</source>
        <comment>{problem}: &apos;#12&apos; is not a colour…</comment>
        <translation>de {what} {problem}</translation>
    </message>
    <message>
        <source>text colour {colour} on background {background} has contrast {ratio}:1; WCAG asks for at least {minimum}:1</source>
        <translation>tekstkleur {colour} op achtergrond {background} heeft contrast {ratio}:1; WCAG vraagt minstens {minimum}:1</translation>
    </message>
    <message>
        <source>label colour {colour} on background {background} has contrast {ratio}:1; WCAG asks for at least {minimum}:1</source>
        <translation>labelkleur {colour} op achtergrond {background} heeft contrast {ratio}:1; WCAG vraagt minstens {minimum}:1</translation>
    </message>
    <message>
        <source>the {what} {value} is not an https URL or a PNG or JPEG image</source>
        <translation>afbeelding {what} {value} is geen https-URL en geen PNG- of JPEG-afbeelding</translation>
    </message>
    <message>
        <source>Google shows the logo in a circle: a wide logo is cut; use a square logo</source>
        <translation>Google toont het logo in een cirkel: een breed logo wordt afgesneden; gebruik een vierkant logo</translation>
    </message>
    <message>
        <source>the watermark is light or dark, at a corner of the pass</source>
        <translation>het watermerk is licht of donker, in een hoek van de pas</translation>
    </message>
    <message>
        <source>barcode type {type} is not one of {known}</source>
        <translation>barcodetype {type} is niet een van {known}</translation>
    </message>
    <message>
        <source>the barcode holds {source}; it can hold the pass id (uuid), the External ID (extId) or your own text (custom)</source>
        <translation>de barcode bevat {source}; deze kan de pas-ID (uuid), de externe ID (extId) of je eigen tekst (custom) bevatten</translation>
    </message>
    <message>
        <source>the barcode holds your own text, but the text is empty</source>
        <translation>de barcode bevat je eigen tekst, maar de tekst is leeg</translation>
    </message>
    <message>
        <source>the barcode is {value}, not a barcode object</source>
        <translation>de barcode is {value}, geen barcode-object</translation>
    </message>
    <message>
        <source>it has a label but no field id; passes cannot fill it</source>
        <translation>het heeft een label maar geen veld-ID; passen kunnen het niet vullen</translation>
    </message>
    <message>
        <source>it has a default value but no field id; passes cannot fill it</source>
        <translation>het heeft een standaardwaarde maar geen veld-ID; passen kunnen het niet vullen</translation>
    </message>
    <message>
        <source>field id {id} should use only letters, digits and _ and not start with a digit</source>
        <translation>veld-ID {id} mag alleen letters, cijfers en _ bevatten en niet met een cijfer beginnen</translation>
    </message>
    <message>
        <source>field id {id} is used more than once (also {others})</source>
        <translation>veld-ID {id} wordt meer dan eens gebruikt (ook {others})</translation>
    </message>
    <message>
        <source>{type} needs {fields}</source>
        <comment>a generic template needs at least one central field</comment>
        <translation>{type} heeft {fields} nodig</translation>
    </message>
    <message>
        <source>a transit pass shows two central fields, where from and where to; add the second</source>
        <translation>een vervoerspas toont twee middenvelden, van waar en naar waar; voeg het tweede toe</translation>
    </message>
    <message>
        <source>one central field</source>
        <translation>één middenveld</translation>
    </message>
    <message numerus="yes">
        <source>%n central field(s)</source>
        <translation>
            <numerusform>%n middenveld</numerusform>
            <numerusform>%n middenvelden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s)</source>
        <translation>
            <numerusform>%n kopveld</numerusform>
            <numerusform>%n kopvelden</numerusform>
        </translation>
    </message>
    <message>
        <source>{wallet} shows {what} on {type}: this one is not drawn</source>
        <translation>{wallet} toont {what} op {type}: dit veld wordt niet getekend</translation>
    </message>
    <message>
        <source>a template is a JSON object, not {kind}</source>
        <translation>een sjabloon is een JSON-object, geen {kind}</translation>
    </message>
    <message>
        <source>this is a list of templates (&quot;data&quot; is a list), not one template</source>
        <translation>dit is een lijst met sjablonen (&quot;data&quot; is een lijst), niet één sjabloon</translation>
    </message>
    <message>
        <source>&quot;data&quot; is {kind}, not a template resource</source>
        <translation>&quot;data&quot; is {kind}, geen sjabloonresource</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>&quot;data.attributes&quot; is missing</comment>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>&quot;data.attributes&quot; is {kind}; a template resource keeps its fields there</source>
        <translation>&quot;data.attributes&quot; is {kind}; een sjabloonresource bewaart daar zijn velden</translation>
    </message>
    <message>
        <source>&quot;attributes&quot; is {kind}, not an object of template fields</source>
        <translation>&quot;attributes&quot; is {kind}, geen object met sjabloonvelden</translation>
    </message>
    <message>
        <source>&quot;passTemplate&quot; is {kind}, not an object of template fields</source>
        <translation>&quot;passTemplate&quot; is {kind}, geen object met sjabloonvelden</translation>
    </message>
    <message>
        <source>the text is empty; a template is a JSON object</source>
        <translation>de tekst is leeg; een sjabloon is een JSON-object</translation>
    </message>
    <message>
        <source>line {line}: {problem} (column {column})</source>
        <comment>{problem}: the JSON reader&apos;s English words</comment>
        <translation>regel {line}: {problem} (kolom {column})</translation>
    </message>
    <message>
        <source>{slot} is empty; give the field an id first</source>
        <translation>{slot} is leeg; geef het veld eerst een ID</translation>
    </message>
    <message>
        <source>{group} has no empty slot; remove or move a field first</source>
        <translation>{group} heeft geen leeg vak; verwijder of verplaats eerst een veld</translation>
    </message>
    <message>
        <source>{slot} is empty; there is no field to move</source>
        <translation>{slot} is leeg; er is geen veld om te verplaatsen</translation>
    </message>
    <message>
        <source>this is a {type} resource, not a pass template</source>
        <translation>dit is een resource van het type {type}, geen passjabloon</translation>
    </message>
    <message numerus="yes">
        <source>{wallet}: the value {text} will be cut off; about {fit} of %n characters fit</source>
        <translation>
            <numerusform>{wallet}: de waarde {text} wordt afgekapt; ongeveer {fit} van %n teken past</numerusform>
            <numerusform>{wallet}: de waarde {text} wordt afgekapt; ongeveer {fit} van %n tekens passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{wallet}: the label {text} will be cut off; about {fit} of %n characters fit</source>
        <translation>
            <numerusform>{wallet}: het label {text} wordt afgekapt; ongeveer {fit} van %n teken past</numerusform>
            <numerusform>{wallet}: het label {text} wordt afgekapt; ongeveer {fit} van %n tekens passen</numerusform>
        </translation>
    </message>
    <message>
        <source>a number</source>
        <comment>what a JSON value is</comment>
        <translation>een getal</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>what a JSON value is</comment>
        <translation>een string</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>what a JSON value is</comment>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>Engels (VK)</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>Engels (VS)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiaans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugees</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugees (Brazilië)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Zweeds</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Deens</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Noors</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Fins</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>IJslands</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tsjechisch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grieks</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Oekraïens</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreeuws</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japans</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreaans</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinees (vereenvoudigd)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinees (traditioneel)</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Iers</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Welsh</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinees</translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation>Duits (Oostenrijk)</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>Duits (Zwitserland)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Frans (Canada)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Spaans (Mexico)</translation>
    </message>
    <message>
        <source>English (UK, {tag})</source>
        <translation>Engels (VK, {tag})</translation>
    </message>
    <message>
        <source>English (US, {tag})</source>
        <translation>Engels (VS, {tag})</translation>
    </message>
    <message>
        <source>Portuguese (Brazil, {tag})</source>
        <translation>Portugees (Brazilië, {tag})</translation>
    </message>
    <message>
        <source>Chinese (Simplified, {tag})</source>
        <translation>Chinees (vereenvoudigd, {tag})</translation>
    </message>
    <message>
        <source>Chinese (Traditional, {tag})</source>
        <translation>Chinees (traditioneel, {tag})</translation>
    </message>
    <message>
        <source>German (Austria, {tag})</source>
        <translation>Duits (Oostenrijk, {tag})</translation>
    </message>
    <message>
        <source>German (Switzerland, {tag})</source>
        <translation>Duits (Zwitserland, {tag})</translation>
    </message>
    <message>
        <source>French (Canada, {tag})</source>
        <translation>Frans (Canada, {tag})</translation>
    </message>
    <message>
        <source>Spanish (Mexico, {tag})</source>
        <translation>Spaans (Mexico, {tag})</translation>
    </message>
    <message>
        <source>{tag} is not a language tag such as de, de-AT or pt-BR</source>
        <translation>{tag} is geen taaltag zoals de, de-AT of pt-BR</translation>
    </message>
    <message>
        <source>{tag} is not a language tag such as de, de-AT, pt-BR or zh-Hant</source>
        <translation>{tag} is geen taaltag zoals de, de-AT, pt-BR of zh-Hant</translation>
    </message>
    <message>
        <source>An empty tag is not a language; type one such as de or pt-BR</source>
        <translation>Een lege tag is geen taal; typ er een zoals de of pt-BR</translation>
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
        <translation>de standaardtaal is {language}; PassEntry raadt Engels aan, waar iPhones op terugvallen</translation>
    </message>
    <message>
        <source>it has a {language} translation, but {name} is the default language: the translation replaces the base text; keep one</source>
        <translation>het heeft een vertaling in het {language}, maar {name} is de standaardtaal: de vertaling vervangt de basistekst; houd er één</translation>
    </message>
    <message>
        <source>phones in {name} show the {shown} one</source>
        <translation>telefoons die op {name} zijn ingesteld, tonen de tekst in het {shown}</translation>
    </message>
    <message>
        <source>iPhones in {name} show the {apple} one, Android phones the {google} one</source>
        <translation>iPhones die op {name} zijn ingesteld, tonen de tekst in het {apple}, Android-telefoons die in het {google}</translation>
    </message>
    <message>
        <source>no {language} label or default value: {instead}</source>
        <translation>geen label of standaardwaarde in het {language}: {instead}</translation>
    </message>
    <message>
        <source>no {language} label: {instead}</source>
        <translation>geen label in het {language}: {instead}</translation>
    </message>
    <message>
        <source>no {language} default value: {instead}</source>
        <translation>geen standaardwaarde in het {language}: {instead}</translation>
    </message>
    <message>
        <source>{type} codes cannot be drawn here; the value is shown as text.</source>
        <translation>{type}-codes kunnen hier niet worden getekend; de waarde wordt als tekst getoond.</translation>
    </message>
    <message>
        <source>This {type} code cannot be drawn ({reason}); the value is shown as text.</source>
        <translation>Deze {type}-code kan niet worden getekend ({reason}); de waarde wordt als tekst getoond.</translation>
    </message>
    <message>
        <source>Image · {what}</source>
        <comment>a preview placeholder</comment>
        <translation>Afbeelding · {what}</translation>
    </message>
    <message>
        <source>logo</source>
        <comment>a preview placeholder</comment>
        <translation>logo</translation>
    </message>
    <message>
        <source>{type} codes are not drawn here</source>
        <translation>{type}-codes worden hier niet getekend</translation>
    </message>
    <message>
        <source>cannot be drawn</source>
        <comment>a barcode in the preview</comment>
        <translation>niet te tekenen</translation>
    </message>
    <message>
        <source>web image</source>
        <comment>a preview placeholder</comment>
        <translation>webafbeelding</translation>
    </message>
    <message>
        <source>not an image</source>
        <comment>a preview placeholder</comment>
        <translation>geen afbeelding</translation>
    </message>
    <message>
        <source>broken image</source>
        <comment>a preview placeholder</comment>
        <translation>beschadigde afbeelding</translation>
    </message>
    <message>
        <source>image too large</source>
        <comment>a preview placeholder</comment>
        <translation>afbeelding te groot</translation>
    </message>
    <message>
        <source>cannot write the preview to {file}: the PNG could not be written (is the disk full?)</source>
        <translation>kan het voorbeeld niet naar {file} schrijven: de PNG kon niet worden geschreven (is de schijf vol?)</translation>
    </message>
    <message>
        <source>On PassEntry…</source>
        <translation>Op PassEntry…</translation>
    </message>
    <message>
        <source>Banner from PassEntry&apos;s images</source>
        <translation>Banner uit de afbeeldingen op PassEntry</translation>
    </message>
    <message>
        <source>Logo from PassEntry&apos;s images</source>
        <translation>Logo uit de afbeeldingen op PassEntry</translation>
    </message>
    <message>
        <source>Upload a {what} to PassEntry, or pick one of your account&apos;s images; the template then uses its web address.</source>
        <translation>Upload een afbeelding ({what}) naar PassEntry, of kies een van de afbeeldingen van je account; het sjabloon gebruikt dan het webadres ervan.</translation>
    </message>
    <message>
        <source>Image on PassEntry, {width} x {height} px</source>
        <translation>Afbeelding op PassEntry, {width} x {height} px</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Generiek</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Klantenkaart</translation>
    </message>
    <message>
        <source>Event ticket</source>
        <translation>Evenementticket</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Vervoer</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Vliegtuig</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trein</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Veerboot</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Linksboven</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Rechtsboven</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Linksonder</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Rechtsonder</translation>
    </message>
    <message>
        <source>The pass ID</source>
        <translation>De pas-ID</translation>
    </message>
    <message>
        <source>The External ID</source>
        <translation>De externe ID</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Je eigen tekst</translation>
    </message>
    <message>
        <source>Changed since it was published: the changes are kept here as a draft; PassEntry still has the published version.</source>
        <translation>Gewijzigd sinds publicatie: de wijzigingen blijven hier als concept bewaard; PassEntry heeft nog de gepubliceerde versie.</translation>
    </message>
    <message>
        <source>Opened from PassEntry, unchanged.</source>
        <translation>Geopend vanuit PassEntry, ongewijzigd.</translation>
    </message>
    <message>
        <source>Draft, saved on this computer; not published.</source>
        <translation>Concept, opgeslagen op deze computer; niet gepubliceerd.</translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation>Naamloos sjabloon</translation>
    </message>
    <message>
        <source>• Changes not published to PassEntry yet</source>
        <translation>• Wijzigingen nog niet gepubliceerd naar PassEntry</translation>
    </message>
    <message>
        <source>On PassEntry as shown</source>
        <translation>Op PassEntry zoals getoond</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved as a draft on this computer</source>
        <translation>Als concept opgeslagen op deze computer</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no template type</comment>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>edit {key}</source>
        <comment>an undo step; {key}: its JSON name</comment>
        <translation>{key} bewerken</translation>
    </message>
    <message>
        <source>template type</source>
        <comment>an undo step</comment>
        <translation>sjabloontype</translation>
    </message>
    <message>
        <source>transit type</source>
        <comment>an undo step</comment>
        <translation>vervoerstype</translation>
    </message>
    <message>
        <source>watermark</source>
        <comment>an undo step</comment>
        <translation>watermerk</translation>
    </message>
    <message>
        <source>edit {key} colour</source>
        <comment>an undo step; {key}: its JSON name</comment>
        <translation>kleur {key} bewerken</translation>
    </message>
    <message>
        <source>remove {key}</source>
        <comment>an undo step; {key}: logo, banner…</comment>
        <translation>{key} verwijderen</translation>
    </message>
    <message>
        <source>choose {key}</source>
        <comment>an undo step; {key}: logo, banner…</comment>
        <translation>{key} kiezen</translation>
    </message>
    <message>
        <source>barcode</source>
        <comment>an undo step</comment>
        <translation>barcode</translation>
    </message>
    <message>
        <source>barcode text</source>
        <comment>an undo step</comment>
        <translation>barcodetekst</translation>
    </message>
    <message>
        <source>To Header</source>
        <translation>Naar Kop</translation>
    </message>
    <message>
        <source>To Central</source>
        <translation>Naar Midden</translation>
    </message>
    <message>
        <source>To Details</source>
        <translation>Naar Details</translation>
    </message>
    <message>
        <source>To Back</source>
        <translation>Naar Achterkant</translation>
    </message>
    <message>
        <source>The {group} group has no empty slot; remove or move a field first.</source>
        <translation>De groep {group} heeft geen leeg vak; verwijder of verplaats eerst een veld.</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>{language} · default</source>
        <translation>{language} · standaard</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Een taal toevoegen</translation>
    </message>
    <message>
        <source>Language of the labels and default values
(pick one, or type a tag such as de-AT or pt-BR):</source>
        <translation>Taal van de labels en standaardwaarden
(kies er een, of typ een tag zoals de-AT of pt-BR):</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>adds a language</comment>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>{reason}. No language was added.</source>
        <translation>{reason}. Er is geen taal toegevoegd.</translation>
    </message>
    <message>
        <source>{language} is the default language already: its labels are the base ones.</source>
        <translation>{language} is al de standaardtaal: de labels daarvan zijn de basislabels.</translation>
    </message>
    <message>
        <source>add {language}</source>
        <comment>an undo step</comment>
        <translation>{language} toevoegen</translation>
    </message>
    <message>
        <source>remove {language}</source>
        <comment>an undo step</comment>
        <translation>{language} verwijderen</translation>
    </message>
    <message>
        <source>sample value of {field}</source>
        <comment>an undo step</comment>
        <translation>voorbeeldwaarde van {field}</translation>
    </message>
    <message>
        <source>field id of {where}</source>
        <comment>an undo step</comment>
        <translation>veld-ID van {where}</translation>
    </message>
    <message>
        <source>{language} label of {where}</source>
        <comment>an undo step</comment>
        <translation>label ({language}) van {where}</translation>
    </message>
    <message>
        <source>{language} default of {where}</source>
        <comment>an undo step</comment>
        <translation>standaardwaarde ({language}) van {where}</translation>
    </message>
    <message>
        <source>label of {where}</source>
        <comment>an undo step</comment>
        <translation>label van {where}</translation>
    </message>
    <message>
        <source>default of {where}</source>
        <comment>an undo step</comment>
        <translation>standaardwaarde van {where}</translation>
    </message>
    <message>
        <source>Field {number}</source>
        <comment>a new field&apos;s label</comment>
        <translation>Veld {number}</translation>
    </message>
    <message>
        <source>add {field}</source>
        <comment>an undo step</comment>
        <translation>{field} toevoegen</translation>
    </message>
    <message>
        <source>remove {field}</source>
        <comment>an undo step</comment>
        <translation>{field} verwijderen</translation>
    </message>
    <message>
        <source>reorder fields</source>
        <comment>an undo step</comment>
        <translation>velden herschikken</translation>
    </message>
    <message>
        <source>move {field} to {group}</source>
        <comment>an undo step</comment>
        <translation>{field} naar {group} verplaatsen</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s logo size is 480 x 150 px: Apple shows it up to 160 x 50 points beside the template name; Google shows it in a circle, so keep the mark in the middle.</source>
        <translation>PNG of JPEG, maximaal 1 MB. Het logoformaat van PassEntry is 480 x 150 px: Apple toont het tot 160 x 50 punten naast de sjabloonnaam; Google toont het in een cirkel, dus houd het beeldmerk in het midden.</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s banner size is 1125 x 432 px (1125 x 294 on an Apple event ticket).</source>
        <translation>PNG of JPEG, maximaal 1 MB. Het bannerformaat van PassEntry is 1125 x 432 px (1125 x 294 op een Apple-evenementticket).</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s icon size is 660 x 660 px: the phone shows it beside notifications.</source>
        <translation>PNG of JPEG, maximaal 1 MB. Het pictogramformaat van PassEntry is 660 x 660 px: de telefoon toont het naast meldingen.</translation>
    </message>
    <message>
        <source>A web image (not shown offline)</source>
        <translation>Een webafbeelding (niet getoond als je offline bent)</translation>
    </message>
    <message>
        <source>{kind}, {width} x {height} px, {size}, aspect {ratio}:1</source>
        <translation>{kind}, {width} x {height} px, {size}, verhouding {ratio}:1</translation>
    </message>
    <message>
        <source>{kind}, {width} x {height} px, {size}</source>
        <translation>{kind}, {width} x {height} px, {size}</translation>
    </message>
    <message>
        <source>{kb} KB</source>
        <translation>{kb} kB</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Less than {height} px high (PassEntry&apos;s logo is {width} x {height} px): it may look blurred on a phone.</source>
        <translation>Minder dan {height} px hoog (het logo van PassEntry is {width} x {height} px): kan wazig zijn op een telefoon.</translation>
    </message>
    <message>
        <source>Banners are {width} x {height} px (1125 x 294 on an Apple event ticket); this one will be cropped.</source>
        <translation>Banners zijn {width} x {height} px (1125 x 294 op een Apple-evenementticket); deze wordt bijgesneden.</translation>
    </message>
    <message>
        <source>Icons are square ({width} x {height} px); this one will be cropped or squeezed.</source>
        <translation>Pictogrammen zijn vierkant ({width} x {height} px); dit pictogram wordt bijgesneden of samengedrukt.</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be used; this file is {kind}.</source>
        <translation>Alleen PNG- en JPEG-afbeeldingen kunnen worden gebruikt; dit bestand is {kind}.</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be used.</source>
        <translation>Alleen PNG- en JPEG-afbeeldingen kunnen worden gebruikt.</translation>
    </message>
    <message>
        <source>The image cannot be read: {reason}.</source>
        <translation>De afbeelding kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <source>{file} is {mb} MB; an image may be at most 1 MB. Save it smaller or as JPEG.</source>
        <translation>{file} is {mb} MB; een afbeelding mag maximaal 1 MB zijn. Sla die kleiner of als JPEG op.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <source>{reason}. The default language stays {tag}.</source>
        <translation>{reason}. De standaardtaal blijft {tag}.</translation>
    </message>
    <message>
        <source>Google shows the default language ({tag})</source>
        <translation>Google toont de standaardtaal ({tag})</translation>
    </message>
    <message>
        <source>Apple shows {language}</source>
        <translation>Apple toont {language}</translation>
    </message>
    <message>
        <source>Apple shows {languages} and {last}</source>
        <translation>Apple toont {languages} en {last}</translation>
    </message>
    <message>
        <source>Where {language} is missing, {shown}</source>
        <comment>{shown}: Apple shows … / Google shows …</comment>
        <translation>Als {language} ontbreekt: {shown}</translation>
    </message>
    <message>
        <source>Template JSON ({patterns});;All files ({all})</source>
        <translation>Sjabloon-JSON ({patterns});;Alle bestanden ({all})</translation>
    </message>
    <message>
        <source>This template was in PassEntry&apos;s old layout; it is shown in the current one (header, central, details and back fields). Publishing sends the current layout.</source>
        <translation>Dit sjabloon had de oude indeling van PassEntry; het wordt in de huidige getoond (kop-, midden-, detail- en achterkantvelden). Publiceren verstuurt de huidige indeling.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Undo {step} (Ctrl+Z)</source>
        <translation>{step} ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>{step} opnieuw doen</translation>
    </message>
    <message>
        <source>The drafts</source>
        <translation>De concepten</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>Een concept openen</translation>
    </message>
    <message>
        <source>No drafts yet: a template you edit here is saved as a draft.</source>
        <translation>Nog geen concepten: een sjabloon dat je hier bewerkt, wordt als concept opgeslagen.</translation>
    </message>
    <message>
        <source>The draft</source>
        <translation>Het concept</translation>
    </message>
    <message>
        <source>The draft {name} cannot be opened: {reason}</source>
        <translation>Het concept {name} kan niet worden geopend: {reason}</translation>
    </message>
    <message>
        <source>The synced templates</source>
        <translation>De gesynchroniseerde sjablonen</translation>
    </message>
    <message>
        <source>Open a synced template</source>
        <translation>Een gesynchroniseerd sjabloon openen</translation>
    </message>
    <message>
        <source>No templates here yet: sync with PassEntry (templates come with their passes), or add one by its ID with Add by ID.</source>
        <translation>Hier nog geen sjablonen: synchroniseer met PassEntry (sjablonen komen mee met hun passen), of voeg er een toe via de ID met Toevoegen via ID.</translation>
    </message>
    <message>
        <source>The template</source>
        <translation>Het sjabloon</translation>
    </message>
    <message>
        <source>Template {id} is not in the local store.</source>
        <translation>Sjabloon {id} staat niet in de lokale database.</translation>
    </message>
    <message>
        <source>Template {id} cannot be opened: {reason}</source>
        <translation>Sjabloon {id} kan niet worden geopend: {reason}</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Een sjabloon importeren</translation>
    </message>
    <message>
        <source>{file} is not a pass template: {reason}</source>
        <translation>{file} is geen passjabloon: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>Imported {file}. {converted}</source>
        <translation>{file} geïmporteerd. {converted}</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>{file} geïmporteerd.</translation>
    </message>
    <message>
        <source>{what} could not be read from the local store: {reason}</source>
        <translation>{what}: niet leesbaar uit de lokale database: {reason}</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Het sjabloon exporteren</translation>
    </message>
    <message>
        <source>The template was not exported: {reason}</source>
        <translation>Het sjabloon is niet geëxporteerd: {reason}</translation>
    </message>
    <message>
        <source>Exported the template to {path}.</source>
        <translation>Sjabloon geëxporteerd naar {path}.</translation>
    </message>
    <message>
        <source>Export the previews to a folder</source>
        <translation>De voorbeelden naar een map exporteren</translation>
    </message>
    <message>
        <source>The previews were not exported: {reason}</source>
        <translation>De voorbeelden zijn niet geëxporteerd: {reason}</translation>
    </message>
    <message>
        <source>Exported {first} and {second} to {folder}.</source>
        <translation>{first} en {second} geëxporteerd naar {folder}.</translation>
    </message>
    <message>
        <source>Exported {files} to {folder}.</source>
        <translation>{files} geëxporteerd naar {folder}.</translation>
    </message>
    <message>
        <source>The published version waits in the outbox unchanged; your new changes are saved as a new draft.</source>
        <translation>De gepubliceerde versie wacht ongewijzigd in postvak uit; je nieuwe wijzigingen worden als nieuw concept opgeslagen.</translation>
    </message>
    <message>
        <source>The draft {name} was not saved: {reason}</source>
        <translation>Het concept {name} is niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Not published: fix the errors first. {place}: {message}.</source>
        <translation>Niet gepubliceerd: los eerst de fouten op. {place}: {message}.</translation>
    </message>
    <message>
        <source>The templates</source>
        <translation>De sjablonen</translation>
    </message>
    <message>
        <source>Not published: a manager&apos;s PIN was not given.</source>
        <translation>Niet gepubliceerd: er is geen PIN van een manager opgegeven.</translation>
    </message>
    <message>
        <source>Not published: {reason}</source>
        <translation>Niet gepubliceerd: {reason}</translation>
    </message>
    <message>
        <source>Queued for publishing, but not in the audit trail (the store refused the entry): tell a manager.</source>
        <translation>In de wachtrij voor publicatie, maar niet in het auditlog (de database weigerde de regel): waarschuw een manager.</translation>
    </message>
    <message numerus="yes">
        <source>{used} of %Ln slot(s) used</source>
        <translation>
            <numerusform>{used} van %Ln vak gebruikt</numerusform>
            <numerusform>{used} van %Ln vakken gebruikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not published: fix the errors first. {place}: {message} (and %Ln more).</source>
        <translation>
            <numerusform>Niet gepubliceerd: los eerst de fouten op. {place}: {message} (en nog %Ln).</numerusform>
            <numerusform>Niet gepubliceerd: los eerst de fouten op. {place}: {message} (en nog %Ln).</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy was not published: {reason}</source>
        <translation>De kopie is niet gepubliceerd: {reason}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in wachtrij</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>wordt verwerkt</translation>
    </message>
    <message>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>What a phone set to this language shows. Apple falls back to English, then the first language alphabetically; Google to the template&apos;s default language. Pick one or type a tag such as de-AT.</source>
        <translation>Wat een telefoon in deze taal toont. Apple valt terug op Engels, dan op de eerste taal in alfabetische volgorde; Google op de standaardtaal van het sjabloon. Kies er een of typ een tag zoals de-AT.</translation>
    </message>
    <message>
        <source>Phone language of the previews</source>
        <translation>Telefoontaal van de voorbeelden</translation>
    </message>
    <message>
        <source>Phone &amp;language</source>
        <translation>Telefoon&amp;taal</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>{note}. The template has no {language} labels for some fields; each wallet falls back in its own way.</source>
        <translation>{note}. Het sjabloon heeft voor sommige velden geen labels in het {language}; elke wallet valt op een eigen manier terug.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <source>Error · {place}: {message}</source>
        <translation>Fout · {place}: {message}</translation>
    </message>
    <message>
        <source>Warning · {place}: {message}</source>
        <translation>Waarschuwing · {place}: {message}</translation>
    </message>
    <message>
        <source>Publishing it would make a second template with that name. You can publish a copy as a new template under a new name.</source>
        <translation>Publiceren zou een tweede sjabloon met die naam maken. Je kunt een kopie als nieuw sjabloon publiceren onder een nieuwe naam.</translation>
    </message>
    <message>
        <source>Only what you changed is sent; passes made with the template show the changes. Or publish a copy as a new template under a new name.</source>
        <translation>Alleen wat je hebt gewijzigd, wordt verzonden; passen die met het sjabloon zijn gemaakt, tonen de wijzigingen. Of publiceer een kopie als nieuw sjabloon onder een nieuwe naam.</translation>
    </message>
    <message>
        <source>It is sent now if the connection is up, otherwise as soon as it is.</source>
        <translation>Het wordt nu verzonden als er verbinding is, anders zodra die er is.</translation>
    </message>
    <message>
        <source>It was published from this design already.</source>
        <translation>Het is al vanuit dit ontwerp gepubliceerd.</translation>
    </message>
    <message>
        <source>It was opened from a template PassEntry has.</source>
        <translation>Het is geopend vanuit een sjabloon dat PassEntry heeft.</translation>
    </message>
    <message>
        <source>It has the name of a template that is on PassEntry (or queued to be).</source>
        <translation>Het heeft de naam van een sjabloon dat op PassEntry staat (of in de wachtrij staat).</translation>
    </message>
    <message>
        <source>It is there.</source>
        <translation>Het staat er.</translation>
    </message>
    <message>
        <source>“{name}” is queued to be published from this design already.</source>
        <translation>&apos;{name}&apos; staat al in de wachtrij om vanuit dit ontwerp gepubliceerd te worden.</translation>
    </message>
    <message>
        <source>“{name}” was published from this design already.</source>
        <translation>&apos;{name}&apos; is al vanuit dit ontwerp gepubliceerd.</translation>
    </message>
    <message>
        <source>“{name}” was opened from a template PassEntry has.</source>
        <translation>&apos;{name}&apos; is geopend vanuit een sjabloon dat PassEntry heeft.</translation>
    </message>
    <message>
        <source>“{name}” has the name of a template that is on PassEntry (or queued to be).</source>
        <translation>&apos;{name}&apos; heeft de naam van een sjabloon dat op PassEntry staat (of in de wachtrij staat).</translation>
    </message>
    <message>
        <source>“{name}” is there.</source>
        <translation>&apos;{name}&apos; staat er.</translation>
    </message>
    <message>
        <source>Publish template</source>
        <translation>Sjabloon publiceren</translation>
    </message>
    <message>
        <source>Update on PassEntry</source>
        <translation>Bijwerken op PassEntry</translation>
    </message>
    <message>
        <source>Publish a copy</source>
        <translation>Een kopie publiceren</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <source>Update “{name}” on PassEntry?</source>
        <translation>&apos;{name}&apos; bijwerken op PassEntry?</translation>
    </message>
    <message>
        <source>{why} {then}</source>
        <comment>two sentences</comment>
        <translation>{why} {then}</translation>
    </message>
    <message>
        <source>Publish “{name}”?</source>
        <translation>&apos;{name}&apos; publiceren?</translation>
    </message>
    <message>
        <source>It goes to PassEntry as a new template.</source>
        <translation>Het gaat als nieuw sjabloon naar PassEntry.</translation>
    </message>
    <message>
        <source>“{name}” is already on PassEntry</source>
        <translation>&apos;{name}&apos; staat al op PassEntry</translation>
    </message>
    <message>
        <source>The checks found nothing to warn about.</source>
        <translation>De controles vonden niets om voor te waarschuwen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open warning(s) (it can be published anyway):</source>
        <translation>
            <numerusform>%Ln openstaande waarschuwing (publiceren kan toch):</numerusform>
            <numerusform>%Ln openstaande waarschuwingen (publiceren kan toch):</numerusform>
        </translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <source>The copy needs a name.</source>
        <translation>De kopie heeft een naam nodig.</translation>
    </message>
    <message>
        <source>“{name}” is taken by a template on PassEntry (or queued); choose another name.</source>
        <translation>&apos;{name}&apos; is al in gebruik door een sjabloon op PassEntry (of in de wachtrij); kies een andere naam.</translation>
    </message>
    <message>
        <source>The copy is published as a new template.</source>
        <translation>De kopie wordt als nieuw sjabloon gepubliceerd.</translation>
    </message>
    <message>
        <source>Queued for publishing: it is sent to PassEntry when the connection is up.</source>
        <translation>In de wachtrij voor publicatie: wordt naar PassEntry verzonden zodra er verbinding is.</translation>
    </message>
    <message>
        <source>Processing at PassEntry…: PassEntry took the template and is preparing it; this takes a few moments.</source>
        <translation>Wordt verwerkt bij PassEntry…: PassEntry heeft het sjabloon ontvangen en bereidt het voor; dit duurt even.</translation>
    </message>
    <message>
        <source>Published to PassEntry.</source>
        <translation>Gepubliceerd naar PassEntry.</translation>
    </message>
    <message>
        <source>Publishing failed: {reason}</source>
        <translation>Publiceren mislukt: {reason}</translation>
    </message>
    <message>
        <source>Publishing failed.</source>
        <translation>Publiceren mislukt.</translation>
    </message>
    <message>
        <source>Publish state: {state}</source>
        <translation>Publicatiestatus: {state}</translation>
    </message>
    <message>
        <source>PNG or JPEG images ({patterns})</source>
        <translation>PNG- of JPEG-afbeeldingen ({patterns})</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>De achtergrondkleur kiezen</translation>
    </message>
    <message>
        <source>Choose the label colour</source>
        <translation>De labelkleur kiezen</translation>
    </message>
    <message>
        <source>Choose the text colour</source>
        <translation>De tekstkleur kiezen</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>No banner</source>
        <translation>Geen banner</translation>
    </message>
    <message>
        <source>No icon</source>
        <translation>Geen pictogram</translation>
    </message>
    <message>
        <source>{value} is not a colour; write #RGB, #RRGGBB or rgb(r, g, b). The last good colour is kept.</source>
        <translation>{value} is geen kleur; schrijf #RGB, #RRGGBB of rgb(r, g, b). De laatste goede kleur blijft behouden.</translation>
    </message>
    <message>
        <source>An empty value is not a colour; write #RGB, #RRGGBB or rgb(r, g, b). The last good colour is kept.</source>
        <translation>Een lege waarde is geen kleur; schrijf #RGB, #RRGGBB of rgb(r, g, b). De laatste goede kleur blijft behouden.</translation>
    </message>
    <message>
        <source>The {what} in the template cannot be read</source>
        <translation>Afbeelding in het sjabloon ({what}) kan niet worden gelezen</translation>
    </message>
    <message>
        <source>Choose the {what}</source>
        <translation>Afbeelding kiezen: {what}</translation>
    </message>
    <message>
        <source>Field id</source>
        <translation>Veld-ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Voorbeeldwaarde</translation>
    </message>
    <message>
        <source>Drag a row by its number to reorder</source>
        <translation>Sleep een rij aan het nummer om de volgorde te wijzigen</translation>
    </message>
    <message>
        <source>Fields of the group</source>
        <translation>Velden van de groep</translation>
    </message>
    <message>
        <source>Label ({language})</source>
        <translation>Label ({language})</translation>
    </message>
    <message>
        <source>Default ({language})</source>
        <translation>Standaard ({language})</translation>
    </message>
    <message>
        <source>{slot}: drag to reorder</source>
        <translation>{slot}: slepen om te herschikken</translation>
    </message>
    <message>
        <source>In the default language: {text}</source>
        <translation>In de standaardtaal: {text}</translation>
    </message>
    <message>
        <source>An empty slot: type a field id to use it</source>
        <translation>Een leeg vak: typ een veld-ID om het te gebruiken</translation>
    </message>
    <message>
        <source>Edited in the default language</source>
        <translation>Bewerkt in de standaardtaal</translation>
    </message>
    <message>
        <source>Give the field an id first</source>
        <translation>Geef het veld eerst een ID</translation>
    </message>
    <message>
        <source>Your organisation requires a watermark on banners: pick its colour and position, then upload again.</source>
        <translation>Je organisatie vereist een watermerk op banners: kies de kleur en positie ervan en upload opnieuw.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; an image may be at most {most} MB.</source>
        <translation>{file} is {size} MB; een afbeelding mag maximaal {most} MB zijn.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Het bestand</translation>
    </message>
    <message>
        <source>{file} is not a picture PassEntry can take: use a PNG, JPG or WebP image.</source>
        <translation>{file} is geen afbeelding die PassEntry accepteert: gebruik een PNG-, JPG- of WebP-afbeelding.</translation>
    </message>
    <message>
        <source>{file} is cut short or damaged: save it again and retry.</source>
        <translation>{file} is afgebroken of beschadigd: sla het opnieuw op en probeer het nogmaals.</translation>
    </message>
    <message>
        <source>{file} is a {kind} image; PassEntry takes PNG, JPG or WebP only. Save it as PNG and try again.</source>
        <translation>{file} is een {kind}-afbeelding; PassEntry accepteert alleen PNG, JPG of WebP. Sla het op als PNG en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Processing at PassEntry… (template {id})</source>
        <translation>Wordt verwerkt bij PassEntry… (sjabloon {id})</translation>
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
        <translation>PassEntry bewaart geen afbeeldingen van het type {type} (alleen banners, logo&apos;s en miniaturen).</translation>
    </message>
    <message>
        <source>Creating templates through the API is a closed beta at PassEntry; ask PassEntry to enable it. Your draft is kept.</source>
        <translation>Sjablonen maken via de API is bij PassEntry een gesloten bèta; vraag PassEntry om het in te schakelen. Je concept blijft bewaard.</translation>
    </message>
    <message>
        <source>{name} was published from this draft already; publish a copy under a new name instead.</source>
        <translation>{name} is al vanuit dit concept gepubliceerd; publiceer in plaats daarvan een kopie onder een nieuwe naam.</translation>
    </message>
    <message>
        <source>{name} was opened from a template PassEntry has; publish a copy under a new name instead.</source>
        <translation>{name} is geopend vanuit een sjabloon dat PassEntry heeft; publiceer in plaats daarvan een kopie onder een nieuwe naam.</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name} (kopie {number})</translation>
    </message>
    <message>
        <source>{name} has the name of a template PassEntry has (or will have); publish a copy under a new name instead.</source>
        <translation>{name} heeft de naam van een sjabloon dat PassEntry heeft (of krijgt); publiceer in plaats daarvan een kopie onder een nieuwe naam.</translation>
    </message>
    <message>
        <source>{name} is on PassEntry; publish a copy under a new name instead.</source>
        <translation>{name} staat op PassEntry; publiceer in plaats daarvan een kopie onder een nieuwe naam.</translation>
    </message>
    <message>
        <source>No template draft {id} on this computer.</source>
        <translation>Geen sjabloonconcept {id} op deze computer.</translation>
    </message>
    <message>
        <source>The draft {name} is already queued for publishing.</source>
        <translation>Het concept {name} staat al in de wachtrij voor publicatie.</translation>
    </message>
    <message>
        <source>Type the template&apos;s ID (from the PassEntry dashboard).</source>
        <translation>Typ de ID van het sjabloon (uit het PassEntry-dashboard).</translation>
    </message>
    <message>
        <source>PassEntry has no template with the ID {id}; check the ID in the PassEntry dashboard.</source>
        <translation>PassEntry heeft geen sjabloon met de ID {id}; controleer de ID in het PassEntry-dashboard.</translation>
    </message>
    <message>
        <source>PassEntry cannot be reached now; the template {id} is read at the next sync.</source>
        <translation>PassEntry is nu niet bereikbaar; het sjabloon {id} wordt bij de volgende synchronisatie gelezen.</translation>
    </message>
    <message>
        <source>A copy needs a name.</source>
        <translation>Een kopie heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The copy&apos;s document is not named {name}.</source>
        <translation>Het document van de kopie heet niet {name}.</translation>
    </message>
    <message>
        <source>A draft {id} exists already; a copy is a new draft.</source>
        <translation>Er bestaat al een concept {id}; een kopie is een nieuw concept.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopie)</translation>
    </message>
    <message>
        <source>The draft is not valid JSON (line {line}, column {column}: {problem}); fix it in the designer.</source>
        <translation>Het concept is geen geldige JSON (regel {line}, kolom {column}: {problem}); herstel het in de ontwerper.</translation>
    </message>
    <message>
        <source>The draft is not a template: its JSON is not an object.</source>
        <translation>Het concept is geen sjabloon: de JSON is geen object.</translation>
    </message>
    <message>
        <source>The draft is not one template: its &quot;data&quot; is not an object.</source>
        <translation>Het concept is niet één sjabloon: de &quot;data&quot; is geen object.</translation>
    </message>
    <message>
        <source>The draft is not a template: its attributes are not an object.</source>
        <translation>Het concept is geen sjabloon: de attributes zijn geen object.</translation>
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
        <translation>binnen van capaciteit</translation>
    </message>
    <message>
        <source>inside</source>
        <comment>people inside now</comment>
        <translation>binnen</translation>
    </message>
    <message>
        <source>Pick tonight&apos;s event in the list first.</source>
        <translation>Kies eerst het evenement van vanavond in de lijst.</translation>
    </message>
    <message>
        <source>no event chosen yet</source>
        <translation>nog geen evenement gekozen</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>elk evenement</translation>
    </message>
    <message>
        <source>event missing</source>
        <translation>evenement ontbreekt</translation>
    </message>
    <message>
        <source>event not loaded yet</source>
        <translation>evenement nog niet geladen</translation>
    </message>
    <message>
        <source>This door admits “event {id}…”, which is no longer in the events list: every ticket is denied. Choose tonight&apos;s event here or in Door settings.</source>
        <translation>Deze ingang laat “evenement {id}…” toe, dat niet meer in de lijst met evenementen staat: elk ticket wordt geweigerd. Kies het evenement van vanavond hier of in Instellingen ingang.</translation>
    </message>
    <message>
        <source>Which event does this door admit? Choose tonight&apos;s event, or “Any event” to let in tickets of every event on now.</source>
        <translation>Welk evenement laat deze ingang toe? Kies het evenement van vanavond, of “Elk evenement” om tickets toe te laten van elk evenement dat nu loopt.</translation>
    </message>
    <message>
        <source>Desk “{desk}”</source>
        <translation>Werkplek “{desk}”</translation>
    </message>
    <message>
        <source>exit</source>
        <comment>the door&apos;s direction</comment>
        <translation>uitgang</translation>
    </message>
    <message>
        <source>entry</source>
        <comment>the door&apos;s direction</comment>
        <translation>ingang</translation>
    </message>
    <message>
        <source>doors {opening} to {closing}</source>
        <translation>deuren {opening} tot {closing}</translation>
    </message>
    <message>
        <source>loyalty and member cards let in</source>
        <translation>spaar- en ledenkaarten toegelaten</translation>
    </message>
    <message>
        <source>capacity {capacity}</source>
        <translation>capaciteit {capacity}</translation>
    </message>
    <message>
        <source>re-entry allowed</source>
        <translation>herintreding toegestaan</translation>
    </message>
    <message>
        <source>validated by {url} (if it does not answer: {fallback})</source>
        <translation>gevalideerd door {url} (als die niet antwoordt: {fallback})</translation>
    </message>
    <message>
        <source>points left to the validation service</source>
        <translation>punten overgelaten aan de validatiedienst</translation>
    </message>
    <message>
        <source>{points} per admission</source>
        <translation>{points} per toegang</translation>
    </message>
    <message>
        <source>loyalty cards are not let in here</source>
        <translation>spaarkaarten worden hier niet toegelaten</translation>
    </message>
    <message>
        <source>stopped, see Sync</source>
        <comment>loading passes</comment>
        <translation>gestopt, zie Synchronisatie</translation>
    </message>
    <message>
        <source>linking tickets to their events</source>
        <comment>loading passes</comment>
        <translation>tickets aan hun evenementen koppelen</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>how far the passes have loaded</comment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Leave &amp;full screen</source>
        <translation>&amp;Volledig scherm verlaten</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>per minute
at this door</source>
        <translation>per minuut
bij deze ingang</translation>
    </message>
    <message>
        <source>inside
the venue</source>
        <translation>binnen
de locatie</translation>
    </message>
    <message>
        <source>This door&apos;s pace and the venue&apos;s head count</source>
        <translation>Het tempo van deze ingang en het aantal mensen in de locatie</translation>
    </message>
    <message>
        <source>inside the venue
of its capacity</source>
        <translation>binnen de locatie
van de capaciteit</translation>
    </message>
    <message>
        <source>This door: {rate} admissions a minute over the last 5 minutes. Inside: {inside}.</source>
        <translation>Deze ingang: {rate} toegangen per minuut over de laatste 5 minuten. Binnen: {inside}.</translation>
    </message>
    <message>
        <source>These figures could not be read again: they may be out of date.</source>
        <translation>Deze cijfers konden niet opnieuw worden gelezen: ze zijn misschien verouderd.</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <comment>a column: the time zone&apos;s abbreviation</comment>
        <translation>Tijd ({zone})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: the holder&apos;s name</comment>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Verdict</source>
        <comment>a column</comment>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>a column</comment>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Another door admitted this pass too while the desks could not see each other. Insights lists each such pass with its times and doors.</source>
        <translation>Een andere ingang heeft deze pas ook toegelaten terwijl de werkplekken elkaar niet konden zien. Inzichten toont elke zo&apos;n pas met de tijden en ingangen.</translation>
    </message>
    <message>
        <source>UNDONE · {reason}</source>
        <translation>ONGEDAAN · {reason}</translation>
    </message>
    <message>
        <source>{conflict} · {reason}</source>
        <translation>{conflict} · {reason}</translation>
    </message>
    <message>
        <source>Undone: {reason}</source>
        <translation>Ongedaan: {reason}</translation>
    </message>
    <message>
        <source>Template is</source>
        <comment>a hold rule: when</comment>
        <translation>Sjabloon is</translation>
    </message>
    <message>
        <source>Pass field has value</source>
        <comment>a hold rule: when</comment>
        <translation>Pasveld heeft waarde</translation>
    </message>
    <message>
        <source>Pass flagged with tag</source>
        <comment>a hold rule: when</comment>
        <translation>Pas gemarkeerd met tag</translation>
    </message>
    <message>
        <source>Pick a template</source>
        <translation>Kies een sjabloon</translation>
    </message>
    <message>
        <source>Field id, e.g. ticketType</source>
        <translation>Veld-ID, bijv. ticketType</translation>
    </message>
    <message>
        <source>Group tag, e.g. attention</source>
        <translation>Groepstag, bijv. attention</translation>
    </message>
    <message>
        <source>Template “{template}” → {reason}</source>
        <translation>Sjabloon “{template}” → {reason}</translation>
    </message>
    <message>
        <source>Field {field} is “{value}” → {reason}</source>
        <translation>Veld {field} is “{value}” → {reason}</translation>
    </message>
    <message>
        <source>Flagged “{tag}” → {reason}</source>
        <translation>Gemarkeerd “{tag}” → {reason}</translation>
    </message>
    <message>
        <source>A held ticket shows an amber HOLD with what to check. Staff let the guest in (Enter) or turn them away (Esc); the scan log keeps the decision. A reader through the venue hub cannot ask: it answers “ask staff” instead.</source>
        <translation>Een ticket in de wacht toont een oranje WACHTEN met wat er gecontroleerd moet worden. Het personeel laat de gast binnen (Enter) of stuurt hem weg (Esc); het scanlogboek bewaart de beslissing. Een lezer via de locatiehub kan niets vragen: die antwoordt in plaats daarvan “vraag personeel”.</translation>
    </message>
    <message>
        <source>Hold when</source>
        <translation>Laten wachten als</translation>
    </message>
    <message>
        <source>Which</source>
        <comment>a hold rule</comment>
        <translation>Welke</translation>
    </message>
    <message>
        <source>Value, e.g. Student</source>
        <translation>Waarde, bijv. Student</translation>
    </message>
    <message>
        <source>Field value</source>
        <translation>Veldwaarde</translation>
    </message>
    <message>
        <source>Tell staff, e.g. Check photo ID</source>
        <translation>Melding voor personeel, bijv. Controleer identiteitsbewijs</translation>
    </message>
    <message>
        <source>What staff must check</source>
        <translation>Wat het personeel moet controleren</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;toevoegen</translation>
    </message>
    <message>
        <source>Hold rules</source>
        <translation>Wachtregels</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>Regel &amp;verwijderen</translation>
    </message>
    <message>
        <source>Waiting holds</source>
        <translation>In de wacht</translation>
    </message>
    <message>
        <source>Not let in yet. Pick one to decide it.</source>
        <translation>Nog niet binnengelaten. Kies er een om te beslissen.</translation>
    </message>
    <message>
        <source>Holds waiting for a decision</source>
        <translation>Gasten die op een beslissing wachten</translation>
    </message>
    <message>
        <source>Let in</source>
        <comment>a held guest</comment>
        <translation>Binnenlaten</translation>
    </message>
    <message>
        <source>Turn away</source>
        <comment>a held guest</comment>
        <translation>Wegsturen</translation>
    </message>
    <message>
        <source>Held at {time} · Not let in yet: Enter lets in, Esc turns away</source>
        <translation>In de wacht sinds {time} · Nog niet binnengelaten: Enter laat binnen, Esc stuurt weg</translation>
    </message>
    <message>
        <source>{time}  {name} — {reason}</source>
        <comment>a waiting hold</comment>
        <translation>{time}  {name} — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Waiting holds (%Ln)</source>
        <translation>
            <numerusform>In de wacht (%Ln)</numerusform>
            <numerusform>In de wacht (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved — {what}. Decide again: the guest still waits</source>
        <translation>Niet opgeslagen — {what}. Beslis opnieuw: de gast wacht nog</translation>
    </message>
    <message>
        <source>That hold was decided already</source>
        <translation>Over die gast is al beslist</translation>
    </message>
    <message>
        <source>{reason} · turned away by {desk}</source>
        <translation>{reason} · weggestuurd door {desk}</translation>
    </message>
    <message>
        <source>{reason} · let in by {desk}</source>
        <translation>{reason} · binnengelaten door {desk}</translation>
    </message>
    <message>
        <source>{verdict} · {reason} · let in by {desk}</source>
        <translation>{verdict} · {reason} · binnengelaten door {desk}</translation>
    </message>
    <message>
        <source>Last in: {name}</source>
        <translation>Laatst binnen: {name}</translation>
    </message>
    <message>
        <source>{time} · {value} · {source} · {what}</source>
        <comment>a scan not recorded</comment>
        <translation>{time} · {value} · {source} · {what}</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Schijfruimte</translation>
    </message>
    <message>
        <source>Scans not recorded</source>
        <translation>Niet opgeslagen scans</translation>
    </message>
    <message>
        <source>Scans the database refused: open the list to scan them again.</source>
        <translation>Scans die de database weigerde: open de lijst om ze opnieuw te scannen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s) not recorded — show</source>
        <translation>
            <numerusform>%Ln scan niet opgeslagen — tonen</numerusform>
            <numerusform>%Ln scans niet opgeslagen — tonen</numerusform>
        </translation>
    </message>
    <message>
        <source>These scans were not recorded. Once the cause is fixed, scan each again (or find it with Find guest): it leaves this list when it is recorded.</source>
        <translation>Deze scans zijn niet opgeslagen. Scan ze, als de oorzaak verholpen is, elk opnieuw (of zoek ze met Gast zoeken): een scan verdwijnt uit deze lijst zodra hij is opgeslagen.</translation>
    </message>
    <message>
        <source>Type a name or ticket number.</source>
        <translation>Typ een naam of ticketnummer.</translation>
    </message>
    <message>
        <source>No pass matches.</source>
        <translation>Geen pas gevonden.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found (the first %Ln): pick one, then Admit (Enter)</source>
        <translation>
            <numerusform>%Ln gevonden (de eerste %Ln): kies er een, dan Toelaten (Enter)</numerusform>
            <numerusform>%Ln gevonden (de eerste %Ln): kies er een, dan Toelaten (Enter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found: pick one, then Admit (Enter)</source>
        <translation>
            <numerusform>%Ln gevonden: kies er een, dan Toelaten (Enter)</numerusform>
            <numerusform>%Ln gevonden: kies er een, dan Toelaten (Enter)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not admitted: admitting by hand needs a supervisor&apos;s PIN.</source>
        <translation>Niet toegelaten: handmatig toelaten vereist de PIN van een supervisor.</translation>
    </message>
    <message>
        <source>In use, but not saved: {error}</source>
        <translation>In gebruik, maar niet opgeslagen: {error}</translation>
    </message>
    <message>
        <source>Export scans</source>
        <translation>Scans exporteren</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n sjabloon</numerusform>
            <numerusform>%n sjablonen</numerusform>
        </translation>
    </message>
    <message>
        <source>a pass picked by hand</source>
        <translation>een handmatig gekozen pas</translation>
    </message>
    <message>
        <source>Search guests with a supervisor&apos;s PIN…</source>
        <translation>Gasten zoeken met PIN van de supervisor…</translation>
    </message>
    <message>
        <source>to admit a guest by hand</source>
        <translation>om een gast handmatig toe te laten</translation>
    </message>
    <message>
        <source>Entry: let people in</source>
        <translation>Ingang: mensen binnenlaten</translation>
    </message>
    <message>
        <source>Exit: check people out</source>
        <translation>Uitgang: mensen uitchecken</translation>
    </message>
    <message>
        <source>Admit</source>
        <comment>a pass removed from the wallet</comment>
        <translation>Toelaten</translation>
    </message>
    <message>
        <source>Admit, but ask to check ID</source>
        <translation>Toelaten, maar vragen om ID-controle</translation>
    </message>
    <message>
        <source>Deny</source>
        <comment>a pass removed from the wallet</comment>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>{time} {place} time</source>
        <comment>a time on a city&apos;s clock</comment>
        <translation>{time} (tijd in {place})</translation>
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
        <translation>Naamloos evenement</translation>
    </message>
    <message>
        <source>{event} · {when}</source>
        <comment>an event&apos;s name and start</comment>
        <translation>{event} · {when}</translation>
    </message>
    <message>
        <source>Choose tonight&apos;s event…</source>
        <translation>Kies het evenement van vanavond…</translation>
    </message>
    <message>
        <source>Any event: tickets of every event on now</source>
        <translation>Elk evenement: tickets van elk evenement dat nu loopt</translation>
    </message>
    <message>
        <source>Missing event: no longer in the events list</source>
        <translation>Ontbrekend evenement: niet meer in de lijst met evenementen</translation>
    </message>
    <message>
        <source>Door settings</source>
        <translation>Instellingen ingang</translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <comment>a settings tab</comment>
        <translation>&amp;Wachten</translation>
    </message>
    <message>
        <source>Times on this desk&apos;s clock ({zone}).</source>
        <translation>Tijden volgens de klok van deze werkplek ({zone}).</translation>
    </message>
    <message>
        <source>Times in {place} time, the event&apos;s clock.</source>
        <translation>Tijden volgens de tijd in {place}, de klok van het evenement.</translation>
    </message>
    <message>
        <source>{clock} Here: open {opening}, close {closing}.</source>
        <translation>{clock} Hier: open {opening}, dicht {closing}.</translation>
    </message>
    <message>
        <source>{clock} Here: open {opening}.</source>
        <translation>{clock} Hier: open {opening}.</translation>
    </message>
    <message>
        <source>{clock} Here: close {closing}.</source>
        <translation>{clock} Hier: dicht {closing}.</translation>
    </message>
    <message>
        <source>Check the pass here, from the local copy</source>
        <translation>De pas hier controleren, met de lokale kopie</translation>
    </message>
    <message>
        <source>Deny entry</source>
        <translation>Toegang weigeren</translation>
    </message>
    <message>
        <source>Not undone: undoing an admission needs a supervisor&apos;s PIN.</source>
        <translation>Niet ongedaan gemaakt: een toegang ongedaan maken vereist de PIN van een supervisor.</translation>
    </message>
    <message>
        <source>Not undone — {what}. The admission stands.</source>
        <translation>Niet ongedaan gemaakt — {what}. De toegang blijft staan.</translation>
    </message>
    <message>
        <source>No admission to undo at this desk.</source>
        <translation>Geen toegang om ongedaan te maken op deze werkplek.</translation>
    </message>
    <message>
        <source>Undone: {name}</source>
        <translation>Ongedaan: {name}</translation>
    </message>
    <message>
        <source>Admission at {time} taken back</source>
        <translation>Toegang van {time} teruggedraaid</translation>
    </message>
    <message>
        <source>The pass can be scanned again.</source>
        <translation>De pas kan opnieuw worden gescand.</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln point(s)</source>
        <translation>
            <numerusform>+%Ln punt</numerusform>
            <numerusform>+%Ln punten</numerusform>
        </translation>
    </message>
    <message>
        <source>+{points} points</source>
        <comment>decimal points, e.g. +0.05</comment>
        <translation>+{points} punten</translation>
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
        <translation>niets (een korte pauze)</translation>
    </message>
    <message>
        <source>US</source>
        <comment>a keyboard layout</comment>
        <translation>Amerikaans</translation>
    </message>
    <message>
        <source>UK</source>
        <comment>a keyboard layout</comment>
        <translation>Brits</translation>
    </message>
    <message>
        <source>German</source>
        <comment>a keyboard layout</comment>
        <translation>Duits</translation>
    </message>
    <message>
        <source>Swiss German</source>
        <comment>a keyboard layout</comment>
        <translation>Zwitsers-Duits</translation>
    </message>
    <message>
        <source>French</source>
        <comment>a keyboard layout</comment>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>a keyboard layout</comment>
        <translation>Spaans</translation>
    </message>
    <message>
        <source>Nordic (Swedish/Finnish)</source>
        <comment>a keyboard layout</comment>
        <translation>Noords (Zweeds/Fins)</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <comment>a keyboard layout</comment>
        <translation>Noors</translation>
    </message>
    <message>
        <source>Danish</source>
        <comment>a keyboard layout</comment>
        <translation>Deens</translation>
    </message>
    <message>
        <source>That was not the test code, or the scanner changed it in a way passdesk does not know. Scan the code on this screen again.</source>
        <translation>Dat was niet de testcode, of de scanner heeft hem veranderd op een manier die passdesk niet kent. Scan de code op dit scherm opnieuw.</translation>
    </message>
    <message>
        <source>is set to the same keyboard layout as this computer: passdesk will take the extra characters off</source>
        <comment>after “Your scanner”</comment>
        <translation>staat ingesteld op dezelfde toetsenbordindeling als deze computer: passdesk haalt de extra tekens weg</translation>
    </message>
    <message>
        <source>Nothing came from the scanner. Scan the test code again.</source>
        <translation>Er kwam niets van de scanner. Scan de testcode opnieuw.</translation>
    </message>
    <message>
        <source>ends codes with {ending}</source>
        <comment>after “Your scanner”</comment>
        <translation>sluit codes af met {ending}</translation>
    </message>
    <message>
        <source>is set to the same keyboard layout as this computer</source>
        <comment>after “Your scanner”</comment>
        <translation>staat ingesteld op dezelfde toetsenbordindeling als deze computer</translation>
    </message>
    <message>
        <source>Your scanner {habits}, and {setting}.</source>
        <translation>Je scanner {habits} en {setting}.</translation>
    </message>
    <message>
        <source>{list}, {next}</source>
        <comment>a list: the items so far, then one more</comment>
        <translation>{list}, {next}</translation>
    </message>
    <message>
        <source>types about {ms} ms per key</source>
        <comment>after “Your scanner”</comment>
        <translation>typt ongeveer {ms} ms per toets</translation>
    </message>
    <message>
        <source>puts “{prefix}” before each code</source>
        <comment>after “Your scanner”</comment>
        <translation>zet “{prefix}” vóór elke code</translation>
    </message>
    <message>
        <source>adds “{suffix}” after each code</source>
        <comment>after “Your scanner”</comment>
        <translation>zet “{suffix}” achter elke code</translation>
    </message>
    <message>
        <source>is set to a US keyboard while this computer uses {layout}: passdesk will correct it and take the extra characters off</source>
        <comment>after “Your scanner”</comment>
        <translation>staat ingesteld op een Amerikaans toetsenbord terwijl deze computer de indeling {layout} gebruikt: passdesk corrigeert dit en haalt de extra tekens weg</translation>
    </message>
    <message>
        <source>is set to a US keyboard while this computer uses {layout}: passdesk will correct it</source>
        <comment>after “Your scanner”</comment>
        <translation>staat ingesteld op een Amerikaans toetsenbord terwijl deze computer de indeling {layout} gebruikt: passdesk corrigeert dit</translation>
    </message>
    <message>
        <source>Writing scans…</source>
        <translation>Scans wegschrijven…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s)</source>
        <comment>rows of the scan log</comment>
        <translation>
            <numerusform>%Ln scan</numerusform>
            <numerusform>%Ln scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: {name} (%Ln point(s) taken back)</source>
        <translation>
            <numerusform>Ongedaan: {name} (%Ln punt teruggedraaid)</numerusform>
            <numerusform>Ongedaan: {name} (%Ln punten teruggedraaid)</numerusform>
        </translation>
    </message>
    <message>
        <source>scanner</source>
        <comment>where a scan came from</comment>
        <translation>scanner</translation>
    </message>
    <message>
        <source>picked by hand</source>
        <comment>where a scan came from</comment>
        <translation>handmatig gekozen</translation>
    </message>
    <message>
        <source>NFC reader</source>
        <comment>where a scan came from</comment>
        <translation>NFC-lezer</translation>
    </message>
    <message>
        <source>VTAP reader</source>
        <comment>where a scan came from</comment>
        <translation>VTAP-lezer</translation>
    </message>
    <message>
        <source>camera</source>
        <comment>where a scan came from</comment>
        <translation>camera</translation>
    </message>
    <message>
        <source>offline check</source>
        <comment>when the validation service fails</comment>
        <translation>offline controle</translation>
    </message>
    <message>
        <source>deny</source>
        <comment>when the validation service fails</comment>
        <translation>weigeren</translation>
    </message>
    <message>
        <source>System default camera</source>
        <translation>Standaardcamera van het systeem</translation>
    </message>
    <message>
        <source>{camera} (default)</source>
        <translation>{camera} (standaard)</translation>
    </message>
    <message>
        <source>{camera} (not connected)</source>
        <translation>{camera} (niet aangesloten)</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Cameravoorbeeld</translation>
    </message>
    <message>
        <source>Camera paused while the door is not shown.</source>
        <translation>Camera gepauzeerd zolang de ingang niet zichtbaar is.</translation>
    </message>
    <message>
        <source>The camera is not available.</source>
        <translation>De camera is niet beschikbaar.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Camera starten…</translation>
    </message>
    <message>
        <source>Live camera picture</source>
        <translation>Live camerabeeld</translation>
    </message>
    <message>
        <source>passdesk scanner check</source>
        <translation>passdesk-scannercontrole</translation>
    </message>
    <message>
        <source>In passdesk, open the Door&apos;s or the Till&apos;s settings and press “Check the scanner…”. Then scan one of these codes once. passdesk says what it found and corrects the scanner&apos;s keyboard layout by itself.</source>
        <translation>Open in passdesk de instellingen van Ingang of Kassa en klik op “Scanner controleren…”. Scan daarna één keer een van deze codes. passdesk meldt wat het vond en corrigeert de toetsenbordindeling van de scanner zelf.</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Kan {path} niet schrijven</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-code</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <source>The code holds: {value}</source>
        <translation>De code bevat: {value}</translation>
    </message>
    <message>
        <source>Don&apos;t log</source>
        <translation>Niet loggen</translation>
    </message>
    <message>
        <source>Each scan made here is then sent to PassEntry as a scan of this reader, so PassEntry&apos;s dashboard shows the whole night: this desk&apos;s scans with everyone else&apos;s. Points are never sent twice.</source>
        <translation>Elke scan hier wordt dan naar PassEntry gestuurd als scan van deze lezer, zodat het dashboard van PassEntry de hele avond toont: de scans van deze werkplek samen met die van alle anderen. Punten worden nooit twee keer gestuurd.</translation>
    </message>
    <message>
        <source>No PassEntry reader is known on this desk yet: create one in the Readers pane, or sync after a scan at one of PassEntry&apos;s readers, then choose it here.</source>
        <translation>Er is op deze werkplek nog geen PassEntry-lezer bekend: maak er een aan in het venster Lezers, of synchroniseer na een scan bij een van de lezers van PassEntry, en kies hem dan hier.</translation>
    </message>
    <message>
        <source>{hint} {no_readers}</source>
        <comment>two sentences</comment>
        <translation>{hint} {no_readers}</translation>
    </message>
    <message>
        <source>Reader id {id}</source>
        <translation>Lezer-ID {id}</translation>
    </message>
    <message>
        <source>{id} (not in the readers list)</source>
        <translation>{id} (niet in de lijst met lezers)</translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>a loyalty card&apos;s balance</comment>
        <translation>{points} punten</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>Zoeken mislukt: {error}</translation>
    </message>
    <message>
        <source>Scan one of these codes once, with the scanner you use here.</source>
        <translation>Scan één keer een van deze codes, met de scanner die je hier gebruikt.</translation>
    </message>
    <message>
        <source>Waiting for a scan…</source>
        <translation>Wachten op een scan…</translation>
    </message>
    <message>
        <source>Save a printable test sheet (PDF)…</source>
        <translation>Afdrukbaar testblad opslaan (PDF)…</translation>
    </message>
    <message>
        <source>Check the scanner</source>
        <translation>Scanner controleren</translation>
    </message>
    <message>
        <source>{found} The Door and the Till read it this way from now on.</source>
        <translation>{found} De Ingang en de Kassa lezen het voortaan zo.</translation>
    </message>
    <message>
        <source>{found} It is not kept for next time: {error}</source>
        <translation>{found} Het wordt niet bewaard voor de volgende keer: {error}</translation>
    </message>
    <message>
        <source>Save a printable test sheet (PDF)</source>
        <translation>Afdrukbaar testblad opslaan (PDF)</translation>
    </message>
    <message>
        <source>The test sheet was not saved: {error}. Choose another folder.</source>
        <translation>Het testblad is niet opgeslagen: {error}. Kies een andere map.</translation>
    </message>
    <message>
        <source>Test sheet saved as {path}. Print it, then scan a code on it.</source>
        <translation>Testblad opgeslagen als {path}. Druk het af en scan er een code op.</translation>
    </message>
    <message>
        <source>Sound is on, but this computer has no sound output: verdicts are silent. Plug in speakers or headphones, or turn sound off in the settings.</source>
        <translation>Geluid staat aan, maar deze computer heeft geen geluidsuitvoer: resultaten zijn stil. Sluit luidsprekers of een koptelefoon aan, of zet het geluid uit in de instellingen.</translation>
    </message>
    <message>
        <source>Sound is on, but the verdict sounds cannot be played on this computer&apos;s sound output: verdicts are silent.</source>
        <translation>Geluid staat aan, maar de resultaatgeluiden kunnen niet worden afgespeeld via de geluidsuitvoer van deze computer: resultaten zijn stil.</translation>
    </message>
    <message>
        <source>Sound problem</source>
        <translation>Geluidsprobleem</translation>
    </message>
    <message>
        <source>off</source>
        <comment>a scan source</comment>
        <translation>uit</translation>
    </message>
    <message>
        <source>paused while the door is not shown</source>
        <comment>a scan source</comment>
        <translation>gepauzeerd zolang de ingang niet zichtbaar is</translation>
    </message>
    <message>
        <source>{source}: {state}</source>
        <comment>a scan source and its state</comment>
        <translation>{source}: {state}</translation>
    </message>
    <message>
        <source>Camera</source>
        <comment>a scan source</comment>
        <translation>Camera</translation>
    </message>
    <message>
        <source>starting…</source>
        <comment>a scan source</comment>
        <translation>starten…</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>a scan source</comment>
        <translation>gereed</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a scan source</comment>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>unavailable</source>
        <comment>a scan source</comment>
        <translation>niet beschikbaar</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a barcode scanner or NFC reader.</source>
        <translation>Geen camera gevonden. Sluit een webcam aan, of gebruik een barcodescanner of NFC-lezer.</translation>
    </message>
    <message>
        <source>Camera {camera} is not connected. Plug it in or pick another camera.</source>
        <translation>Camera {camera} is niet aangesloten. Sluit hem aan of kies een andere camera.</translation>
    </message>
    <message>
        <source>The camera stopped working.</source>
        <translation>De camera werkt niet meer.</translation>
    </message>
    <message>
        <source>Opening NFC reader at {path}</source>
        <translation>NFC-lezer openen op {path}</translation>
    </message>
    <message>
        <source>NFC reader ready at {path}</source>
        <translation>NFC-lezer gereed op {path}</translation>
    </message>
    <message>
        <source>Lost the NFC reader at {path} — check the cable; retrying</source>
        <translation>Verbinding met NFC-lezer op {path} verloren — controleer de kabel; opnieuw proberen</translation>
    </message>
    <message>
        <source>Cannot open the NFC reader at {path}: the USB library libusb-1.0 is missing — install it (e.g. &apos;apt install libusb-1.0-0&apos;); retrying</source>
        <translation>Kan de NFC-lezer op {path} niet openen: de USB-bibliotheek libusb-1.0 ontbreekt — installeer die (bijv. &apos;apt install libusb-1.0-0&apos;); opnieuw proberen</translation>
    </message>
    <message>
        <source>No permission to open the NFC reader at {path} — on Linux give the user access to the USB device (udev rule) or the serial port (dialout group)</source>
        <translation>Geen toestemming om de NFC-lezer op {path} te openen — geef op Linux de gebruiker toegang tot het USB-apparaat (udev-regel) of de seriële poort (groep dialout)</translation>
    </message>
    <message>
        <source>The NFC reader at {path} is in use by another program (on Linux the kernel&apos;s pn533 driver may hold it: blacklist it) — close it; retrying</source>
        <translation>De NFC-lezer op {path} wordt gebruikt door een ander programma (op Linux houdt de pn533-driver van de kernel hem mogelijk vast: zet die op de blacklist) — sluit het; opnieuw proberen</translation>
    </message>
    <message>
        <source>No NFC reader found at {path} — plug it in; on Linux the user may need access to the USB device (udev rule); retrying</source>
        <translation>Geen NFC-lezer gevonden op {path} — sluit hem aan; op Linux heeft de gebruiker mogelijk toegang tot het USB-apparaat nodig (udev-regel); opnieuw proberen</translation>
    </message>
    <message>
        <source>Cannot open the NFC reader at {path}: {error} — retrying</source>
        <translation>Kan de NFC-lezer op {path} niet openen: {error} — opnieuw proberen</translation>
    </message>
    <message>
        <source>Opening VTAP reader at {port}</source>
        <translation>VTAP-lezer openen op {port}</translation>
    </message>
    <message>
        <source>VTAP reader ready at {port}</source>
        <translation>VTAP-lezer gereed op {port}</translation>
    </message>
    <message>
        <source>Lost the VTAP reader at {port} — check its USB cable; retrying</source>
        <translation>Verbinding met VTAP-lezer op {port} verloren — controleer de USB-kabel; opnieuw proberen</translation>
    </message>
    <message>
        <source>No permission to open the VTAP reader at {port} — on Linux add the user to the &apos;dialout&apos; group (then log in again); retrying</source>
        <translation>Geen toestemming om de VTAP-lezer op {port} te openen — voeg op Linux de gebruiker toe aan de groep &apos;dialout&apos; (en log opnieuw in); opnieuw proberen</translation>
    </message>
    <message>
        <source>The VTAP reader at {port} is in use by another program — close it; retrying</source>
        <translation>De VTAP-lezer op {port} wordt gebruikt door een ander programma — sluit het; opnieuw proberen</translation>
    </message>
    <message>
        <source>No VTAP reader found at {port} — plug it in (it appears as a USB serial port such as /dev/ttyACM0 or COM3); retrying</source>
        <translation>Geen VTAP-lezer gevonden op {port} — sluit hem aan (hij verschijnt als seriële USB-poort, zoals /dev/ttyACM0 of COM3); opnieuw proberen</translation>
    </message>
    <message>
        <source>Cannot open the VTAP reader at {port}: {error} — retrying</source>
        <translation>Kan de VTAP-lezer op {port} niet openen: {error} — opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>{name} is not an IANA time zone (e.g. Europe/London)</source>
        <translation>{name} is geen IANA-tijdzone (bijv. Europe/Amsterdam)</translation>
    </message>
    <message>
        <source>{time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation>{time} op {day} bestaat niet in {zone}: de klok springt van {before} naar {after}. Kies een tijd buiten dat gat.</translation>
    </message>
    <message>
        <source>{time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation>{time} komt twee keer voor op {day} in {zone} (de klok gaat terug); de eerste ({offset}) wordt gebruikt.</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Evenement bewerken</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nieuw evenement</translation>
    </message>
    <message>
        <source>Type a city, e.g. London</source>
        <translation>Typ een plaats, bijv. Amsterdam</translation>
    </message>
    <message>
        <source>Enter the event&apos;s name.</source>
        <translation>Voer de naam van het evenement in.</translation>
    </message>
    <message>
        <source>Enter the venue.</source>
        <translation>Voer de locatie in.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list (type part of a city, e.g. London).</source>
        <translation>Kies een tijdzone uit de lijst (typ een deel van een plaatsnaam, bijv. Amsterdam).</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation>Het evenement moet eindigen na het begin.</translation>
    </message>
    <message>
        <source>Not a time in {zone}: see below.</source>
        <translation>Geen geldige tijd in {zone}: zie hieronder.</translation>
    </message>
    <message>
        <source>{when} in {zone} ({offset})</source>
        <translation>{when} in {zone} ({offset})</translation>
    </message>
    <message>
        <source>{there}
= the same in your time ({zone})</source>
        <translation>{there}
= hetzelfde in jouw tijd ({zone})</translation>
    </message>
    <message>
        <source>{there}
= {here} in your time ({zone})</source>
        <translation>{there}
= {here} in jouw tijd ({zone})</translation>
    </message>
    <message>
        <source>The start time {time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation>De begintijd {time} op {day} bestaat niet in {zone}: de klok springt van {before} naar {after}. Kies een tijd buiten dat gat.</translation>
    </message>
    <message>
        <source>The end time {time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation>De eindtijd {time} op {day} bestaat niet in {zone}: de klok springt van {before} naar {after}. Kies een tijd buiten dat gat.</translation>
    </message>
    <message>
        <source>The start time {time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation>De begintijd {time} komt twee keer voor op {day} in {zone} (de klok gaat terug); de eerste ({offset}) wordt gebruikt.</translation>
    </message>
    <message>
        <source>The end time {time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation>De eindtijd {time} komt twee keer voor op {day} in {zone} (de klok gaat terug); de eerste ({offset}) wordt gebruikt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>in behandeling</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>afgelopen</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>komend</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>{when} UTC</source>
        <translation>{when} UTC</translation>
    </message>
    <message>
        <source>{when} in your time ({zone}, {offset})</source>
        <translation>{when} in jouw tijd ({zone}, {offset})</translation>
    </message>
    <message>
        <source>{status} · refused</source>
        <translation>{status} · geweigerd</translation>
    </message>
    <message>
        <source>{status} · pending</source>
        <translation>{status} · in behandeling</translation>
    </message>
    <message>
        <source>A change to this event was refused by PassEntry or needs a decision: see the Sync pane.</source>
        <translation>Een wijziging aan dit evenement is door PassEntry geweigerd of vraagt een beslissing: zie het venster Synchronisatie.</translation>
    </message>
    <message>
        <source>Pending: changes made here are not sent to PassEntry yet.</source>
        <translation>In behandeling: wijzigingen die hier zijn gemaakt, zijn nog niet naar PassEntry gestuurd.</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Komend</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Voorbij</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>This PassEntry account has no events list; events below come from the passes&apos; event details and cannot be edited here.</source>
        <translation>Dit PassEntry-account heeft geen lijst met evenementen; de evenementen hieronder komen uit de evenementgegevens van de passen en kunnen hier niet worden bewerkt.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API has no events list for this account, so events cannot be created or edited here. Change them where the passes are made.</source>
        <translation>De API van PassEntry heeft geen lijst met evenementen voor dit account, dus evenementen kunnen hier niet worden gemaakt of bewerkt. Wijzig ze waar de passen worden gemaakt.</translation>
    </message>
    <message>
        <source>This event comes from its passes&apos; event details: it cannot be edited here.</source>
        <translation>Dit evenement komt uit de evenementgegevens van de passen: het kan hier niet worden bewerkt.</translation>
    </message>
    <message>
        <source>Create an event; it is sent to PassEntry at once, or when back online</source>
        <translation>Een evenement maken; het wordt meteen naar PassEntry gestuurd, of zodra je weer online bent</translation>
    </message>
    <message>
        <source>Start and end are shown in each event&apos;s own time zone; point at a time to see it in yours ({zone}). Double-click an event to edit it.</source>
        <translation>Begin en einde worden getoond in de eigen tijdzone van elk evenement; wijs een tijd aan om die in jouw tijd ({zone}) te zien. Dubbelklik op een evenement om het te bewerken.</translation>
    </message>
    <message>
        <source>Start and end are shown in each event&apos;s own time zone; point at a time to see it in yours ({zone}).</source>
        <translation>Begin en einde worden getoond in de eigen tijdzone van elk evenement; wijs een tijd aan om die in jouw tijd ({zone}) te zien.</translation>
    </message>
    <message>
        <source>The events could not be read from the local store: {reason}</source>
        <translation>De evenementen konden niet uit de lokale database worden gelezen: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln upcoming event(s)</source>
        <translation>
            <numerusform>%Ln komend evenement</numerusform>
            <numerusform>%Ln komende evenementen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past event(s)</source>
        <translation>
            <numerusform>%Ln voorbij evenement</numerusform>
            <numerusform>%Ln voorbije evenementen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evenement</numerusform>
            <numerusform>%Ln evenementen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{events} · %Ln with changes not sent to PassEntry yet</source>
        <translation>
            <numerusform>{events} · %Ln met wijzigingen die nog niet naar PassEntry zijn gestuurd</numerusform>
            <numerusform>{events} · %Ln met wijzigingen die nog niet naar PassEntry zijn gestuurd</numerusform>
        </translation>
    </message>
    <message>
        <source>{events} (filtered)</source>
        <translation>{events} (gefilterd)</translation>
    </message>
    <message>
        <source>Change the selected event (or double-click it)</source>
        <translation>Het geselecteerde evenement wijzigen (of dubbelklik erop)</translation>
    </message>
    <message>
        <source>“{name}” was saved here. It is sent to PassEntry at once, or when back online.</source>
        <translation>“{name}” is hier opgeslagen. Het wordt meteen naar PassEntry gestuurd, of zodra je weer online bent.</translation>
    </message>
    <message>
        <source>Nothing changed in “{name}”.</source>
        <translation>Niets gewijzigd in “{name}”.</translation>
    </message>
    <message>
        <source>The changes to “{name}” were saved here. They are sent to PassEntry at once, or when back online.</source>
        <translation>De wijzigingen in “{name}” zijn hier opgeslagen. Ze worden meteen naar PassEntry gestuurd, of zodra je weer online bent.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>This event comes from its tickets (their event details on PassEntry); it cannot be changed here.</source>
        <translation>Dit evenement komt uit de tickets (hun evenementgegevens op PassEntry); het kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>No event {event_id} in the local store.</source>
        <translation>Geen evenement {event_id} in de lokale database.</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>rate now</source>
        <comment>a figure&apos;s caption</comment>
        <translation>tempo nu</translation>
    </message>
    <message>
        <source>peak per 5 min</source>
        <comment>a figure&apos;s caption</comment>
        <translation>piek per 5 min</translation>
    </message>
    <message>
        <source>admitted</source>
        <comment>a figure&apos;s caption</comment>
        <translation>toegelaten</translation>
    </message>
    <message>
        <source>re-entries</source>
        <comment>a figure&apos;s caption</comment>
        <translation>herintredingen</translation>
    </message>
    <message>
        <source>exits</source>
        <comment>a figure&apos;s caption</comment>
        <translation>uitgangen</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>a figure&apos;s caption</comment>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>no-shows</source>
        <comment>a figure&apos;s caption</comment>
        <translation>niet verschenen</translation>
    </message>
    <message>
        <source>offline conflicts</source>
        <comment>a figure&apos;s caption</comment>
        <translation>offline-conflicten</translation>
    </message>
    <message>
        <source>Admissions per 5 minutes, by door (dotted: still counting)</source>
        <translation>Toegangen per 5 minuten, per ingang (gestippeld: telt nog)</translation>
    </message>
    <message>
        <source>Admissions per 5 minutes, by door</source>
        <translation>Toegangen per 5 minuten, per ingang</translation>
    </message>
    <message>
        <source>No admission yet: a line for each door from its first.</source>
        <translation>Nog geen toegang: een lijn per ingang vanaf de eerste.</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Nu binnen</translation>
    </message>
    <message>
        <source>Denied, by reason</source>
        <translation>Geweigerd, per reden</translation>
    </message>
    <message>
        <source>Doors: last scan</source>
        <translation>Ingangen: laatste scan</translation>
    </message>
    <message>
        <source>No one was turned away.</source>
        <translation>Niemand is geweigerd.</translation>
    </message>
    <message>
        <source>No scan yet: each door shows here from its first scan.</source>
        <translation>Nog geen scan: elke ingang verschijnt hier vanaf de eerste scan.</translation>
    </message>
    <message>
        <source>every door, last 5 min</source>
        <translation>alle ingangen, laatste 5 min</translation>
    </message>
    <message>
        <source>from {when}</source>
        <translation>vanaf {when}</translation>
    </message>
    <message>
        <source>no admission yet</source>
        <translation>nog geen toegang</translation>
    </message>
    <message>
        <source>back in after an exit</source>
        <translation>weer binnen na uitgang</translation>
    </message>
    <message>
        <source>for an event only</source>
        <translation>alleen voor een evenement</translation>
    </message>
    <message>
        <source>click to list them</source>
        <translation>klik om ze te tonen</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no offline conflicts</comment>
        <translation>geen</translation>
    </message>
    <message>
        <source>per 5 min</source>
        <comment>an axis title</comment>
        <translation>per 5 min</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <source>inside of {capacity}
{percent} full</source>
        <translation>binnen van {capacity}
{percent} vol</translation>
    </message>
    <message>
        <source>inside
no capacity set</source>
        <translation>binnen
geen capaciteit ingesteld</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Houder</translation>
    </message>
    <message>
        <source>Let in at</source>
        <translation>Binnengelaten om</translation>
    </message>
    <message>
        <source>Admissions and exits</source>
        <translation>Toegangen en uitgangen</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>{when} in at {door}</source>
        <translation>{when} binnen via {door}</translation>
    </message>
    <message>
        <source>{when} out at {door}</source>
        <translation>{when} buiten via {door}</translation>
    </message>
    <message>
        <source>A pass let in twice while desks or readers could not see each other (offline, or a split network). Check these tickets with their holders.</source>
        <translation>Een pas die twee keer is binnengelaten terwijl werkplekken of lezers elkaar niet konden zien (offline, of een gesplitst netwerk). Controleer deze tickets met de houders.</translation>
    </message>
    <message>
        <source>No pass was let in twice.</source>
        <translation>Geen pas is twee keer binnengelaten.</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Ingang</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Toegelaten</translation>
    </message>
    <message>
        <source>Rate now</source>
        <translation>Tempo nu</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Laatste scan</translation>
    </message>
    <message>
        <source>Quiet for</source>
        <translation>Stil sinds</translation>
    </message>
    <message>
        <source>no scan yet</source>
        <translation>nog geen scan</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>seconds, short</comment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <comment>minutes, short</comment>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <comment>hours and minutes, short</comment>
        <translation>{hours} u {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undone</source>
        <translation>
            <numerusform>%Ln ongedaan</numerusform>
            <numerusform>%Ln ongedaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held, waiting</source>
        <translation>
            <numerusform>%Ln in de wacht</numerusform>
            <numerusform>%Ln in de wacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln ticket(s)</source>
        <translation>
            <numerusform>van %Ln ticket</numerusform>
            <numerusform>van %Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln inside (no capacity set for this desk&apos;s event)</source>
        <translation>
            <numerusform>%Ln binnen (geen capaciteit ingesteld voor het evenement van deze werkplek)</numerusform>
            <numerusform>%Ln binnen (geen capaciteit ingesteld voor het evenement van deze werkplek)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln inside of {capacity}</source>
        <translation>
            <numerusform>%Ln binnen van {capacity}</numerusform>
            <numerusform>%Ln binnen van {capacity}</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} / min</source>
        <comment>admissions per minute, short</comment>
        <translation>{rate} / min</translation>
    </message>
    <message>
        <source>{quiet}: silent</source>
        <translation>{quiet}: stil</translation>
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
        <translation>De spaarcijfers konden niet worden gelezen ({why}). De cijfers hieronder zijn mogelijk verouderd; elke 15 seconden opnieuw proberen.</translation>
    </message>
    <message>
        <source>The loyalty figures could not be read ({why}).</source>
        <translation>De spaarcijfers konden niet worden gelezen ({why}).</translation>
    </message>
    <message>
        <source>points issued</source>
        <comment>a figure&apos;s caption</comment>
        <translation>uitgegeven punten</translation>
    </message>
    <message>
        <source>added to cards</source>
        <translation>bijgeschreven op kaarten</translation>
    </message>
    <message>
        <source>Points added to cards in the period (refused or discarded changes left out).</source>
        <translation>Punten die in de periode op kaarten zijn bijgeschreven (geweigerde of verworpen wijzigingen niet meegeteld).</translation>
    </message>
    <message>
        <source>points redeemed</source>
        <comment>a figure&apos;s caption</comment>
        <translation>ingewisselde punten</translation>
    </message>
    <message>
        <source>taken off cards</source>
        <translation>afgeschreven van kaarten</translation>
    </message>
    <message>
        <source>Points taken off cards in the period (refused or discarded changes left out).</source>
        <translation>Punten die in de periode van kaarten zijn afgeschreven (geweigerde of verworpen wijzigingen niet meegeteld).</translation>
    </message>
    <message>
        <source>active cardholders</source>
        <comment>a figure&apos;s caption</comment>
        <translation>actieve kaarthouders</translation>
    </message>
    <message>
        <source>cards used</source>
        <translation>gebruikte kaarten</translation>
    </message>
    <message>
        <source>Cards with at least one operation in the period.</source>
        <translation>Kaarten met minstens één bewerking in de periode.</translation>
    </message>
    <message>
        <source>rewards reached</source>
        <comment>a figure&apos;s caption</comment>
        <translation>bereikte beloningen</translation>
    </message>
    <message>
        <source>cards past a reward</source>
        <translation>kaarten voorbij een beloning</translation>
    </message>
    <message>
        <source>Cards whose balance went past one of their template&apos;s rewards in the period (the Till&apos;s Earning and rewards); each card counts once.</source>
        <translation>Kaarten waarvan het saldo in de periode een van de beloningen van hun sjabloon passeerde (Sparen en beloningen van de Kassa); elke kaart telt één keer.</translation>
    </message>
    <message>
        <source>changes waiting</source>
        <comment>a figure&apos;s caption</comment>
        <translation>wachtende wijzigingen</translation>
    </message>
    <message>
        <source>for PassEntry</source>
        <translation>voor PassEntry</translation>
    </message>
    <message>
        <source>Changes queued and not yet confirmed by PassEntry, whenever they were made.</source>
        <translation>Wijzigingen in de wachtrij die PassEntry nog niet heeft bevestigd, ongeacht wanneer ze zijn gemaakt.</translation>
    </message>
    <message>
        <source>under review</source>
        <comment>a figure&apos;s caption</comment>
        <translation>ter controle</translation>
    </message>
    <message>
        <source>for a person</source>
        <translation>voor een persoon</translation>
    </message>
    <message>
        <source>Changes whose outcome could not be told: a person must decide (the Till&apos;s review list).</source>
        <translation>Wijzigingen waarvan de uitkomst onbekend is: een persoon moet beslissen (de controlelijst van de Kassa).</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Ochtend</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Middag</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Avond</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(geen werkplek)</translation>
    </message>
    <message>
        <source>{part}
{start}–{end} h</source>
        <comment>a part of the day and its hours</comment>
        <translation>{part}
{start}–{end} u</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Bewerkingen</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Ingewisseld</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per dag</translation>
    </message>
    <message>
        <source>per week (from Monday)</source>
        <translation>per week (vanaf maandag)</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <source>points</source>
        <comment>an axis title</comment>
        <translation>punten</translation>
    </message>
    <message>
        <source>Issued ({points})</source>
        <translation>Uitgegeven ({points})</translation>
    </message>
    <message>
        <source>Redeemed ({points})</source>
        <translation>Ingewisseld ({points})</translation>
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
        <translation>weken, {start} – {end}</translation>
    </message>
    <message>
        <source>{day} {year}</source>
        <comment>a day and month, then the year</comment>
        <translation>{day} {year}</translation>
    </message>
    <message>
        <source>Points issued and redeemed</source>
        <translation>Uitgegeven en ingewisselde punten</translation>
    </message>
    <message>
        <source>Operations per desk and part of the day</source>
        <translation>Bewerkingen per werkplek en dagdeel</translation>
    </message>
    <message>
        <source>No loyalty operation in this period.</source>
        <translation>Geen spaarbewerking in deze periode.</translation>
    </message>
    <message>
        <source>Points issued and redeemed {span}</source>
        <translation>Uitgegeven en ingewisselde punten {span}</translation>
    </message>
    <message numerus="yes">
        <source>{desk}, {part}: %Ln operation(s), {issued} points issued, {redeemed} redeemed</source>
        <translation>
            <numerusform>{desk}, {part}: %Ln bewerking, {issued} punten uitgegeven, {redeemed} ingewisseld</numerusform>
            <numerusform>{desk}, {part}: %Ln bewerkingen, {issued} punten uitgegeven, {redeemed} ingewisseld</numerusform>
        </translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <source>Figures for</source>
        <translation>Cijfers voor</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF opslaan…</translation>
    </message>
    <message>
        <source>Save figures as &amp;CSV…</source>
        <translation>Cijfers opslaan als &amp;CSV…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Sparen</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Vandaag, {day}</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>Conflicten ({count})</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Bijgewerkt {when}</translation>
    </message>
    <message>
        <source>{why} The figures below are from {when} and may be out of date; trying again every 15 seconds.</source>
        <translation>{why} De cijfers hieronder zijn van {when} en mogelijk verouderd; elke 15 seconden opnieuw proberen.</translation>
    </message>
    <message>
        <source>Out of date: from {when}</source>
        <translation>Verouderd: van {when}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lezen…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Het rapport opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-bestanden (*.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The report was not saved: could not write {path} ({why}).</source>
        <translation>Het rapport is niet opgeslagen: kan {path} niet schrijven ({why}).</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Rapport opgeslagen: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) were let in twice; the Conflicts tab lists the first {listed}.</source>
        <translation>
            <numerusform>%Ln pas is twee keer binnengelaten; het tabblad Conflicten toont de eerste {listed}.</numerusform>
            <numerusform>%Ln passen zijn twee keer binnengelaten; het tabblad Conflicten toont de eerste {listed}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the figures as CSV (one file per chart)</source>
        <translation>De cijfers opslaan als CSV (één bestand per grafiek)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln CSV file(s) saved in {folder}: {files}</source>
        <translation>
            <numerusform>%Ln CSV-bestand opgeslagen in {folder}: {files}</numerusform>
            <numerusform>%Ln CSV-bestanden opgeslagen in {folder}: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures were not saved: could not write beside {path} ({why}).</source>
        <translation>De cijfers zijn niet opgeslagen: kan niet schrijven naast {path} ({why}).</translation>
    </message>
    <message>
        <source>That event is no longer in the events list. Pick another, or Today.</source>
        <translation>Dat evenement staat niet meer in de lijst met evenementen. Kies een ander, of Vandaag.</translation>
    </message>
    <message>
        <source>The figures could not be read ({why}).</source>
        <translation>De cijfers konden niet worden gelezen ({why}).</translation>
    </message>
    <message>
        <source>{reader} (PassEntry reader)</source>
        <translation>{reader} (PassEntry-lezer)</translation>
    </message>
    <message>
        <source>Unnamed desk</source>
        <translation>Naamloze werkplek</translation>
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
        <translation>stuur een saldowijziging of een overschrijving, niet allebei</translation>
    </message>
    <message>
        <source>a balance change or an override is required</source>
        <translation>een saldowijziging of een overschrijving is vereist</translation>
    </message>
    <message>
        <source>the balance must be a whole number</source>
        <translation>het saldo moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>the balance cannot be set below zero</source>
        <translation>het saldo kan niet onder nul worden gezet</translation>
    </message>
    <message>
        <source>This card was cancelled: no points can be added or redeemed.</source>
        <translation>Deze kaart is geannuleerd: er kunnen geen punten worden bijgeschreven of ingewisseld.</translation>
    </message>
    <message>
        <source>That is more points than a pass can hold.</source>
        <translation>Dat is meer punten dan een pas kan bevatten.</translation>
    </message>
    <message>
        <source>The number of points cannot be negative.</source>
        <translation>Het aantal punten kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Type a number of points above zero.</source>
        <translation>Typ een aantal punten boven nul.</translation>
    </message>
    <message>
        <source>Points cannot be redeemed yet: the balance is not known.</source>
        <translation>Punten kunnen nog niet worden ingewisseld: het saldo is niet bekend.</translation>
    </message>
    <message>
        <source>The same change was made to this pass a moment ago, so it was not made again. Do it once more if it is meant.</source>
        <translation>Dezelfde wijziging is zojuist al op deze pas gedaan, dus ze is niet opnieuw uitgevoerd. Doe het nog een keer als dat de bedoeling is.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} is geen getal.</translation>
    </message>
    <message>
        <source>Type the amount spent.</source>
        <translation>Typ het bestede bedrag.</translation>
    </message>
    <message>
        <source>Type the number of points.</source>
        <translation>Typ het aantal punten.</translation>
    </message>
    <message>
        <source>The amount spent cannot be negative.</source>
        <translation>Het bestede bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Points are whole numbers.</source>
        <translation>Punten zijn gehele getallen.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal place(s).</source>
        <translation>
            <numerusform>Hoogstens %n decimaal.</numerusform>
            <numerusform>Hoogstens %n decimalen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An amount has at most %n decimal place(s).</source>
        <translation>
            <numerusform>Een bedrag heeft hoogstens %n decimaal.</numerusform>
            <numerusform>Een bedrag heeft hoogstens %n decimalen.</numerusform>
        </translation>
    </message>
    <message>
        <source>An amount above {most} is not a purchase.</source>
        <translation>Een bedrag boven {most} is geen aankoop.</translation>
    </message>
    <message>
        <source>Thank you for your order. You&apos;ve earned {points} points!</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Bedankt voor je bestelling. Je hebt {points} punten verdiend!</translation>
    </message>
    <message>
        <source>You&apos;ve received {points} points. Your balance is {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Je hebt {points} punten ontvangen. Je saldo is {balance}.</translation>
    </message>
    <message>
        <source>You&apos;ve used {points} points. Your balance is {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Je hebt {points} punten gebruikt. Je saldo is {balance}.</translation>
    </message>
    <message>
        <source>Your balance is now {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Je saldo is nu {balance}.</translation>
    </message>
    <message>
        <source>Congratulations! {reward}</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Gefeliciteerd! {reward}</translation>
    </message>
    <message>
        <source>This pass cannot collect points: the {template} template has no loyalty balance.</source>
        <translation>Deze pas kan geen punten sparen: het sjabloon {template} heeft geen spaarsaldo.</translation>
    </message>
    <message>
        <source>This pass cannot collect points: its template has no loyalty balance.</source>
        <translation>Deze pas kan geen punten sparen: het sjabloon heeft geen spaarsaldo.</translation>
    </message>
    <message>
        <source>Not enough points: the balance is {balance}.</source>
        <translation>Niet genoeg punten: het saldo is {balance}.</translation>
    </message>
    <message>
        <source>Not enough points: the balance is {balance} (from the last sync, not confirmed).</source>
        <translation>Niet genoeg punten: het saldo is {balance} (van de laatste synchronisatie, niet bevestigd).</translation>
    </message>
    <message>
        <source>More than {points} points without a balance confirmed by PassEntry: a supervisor must approve.</source>
        <translation>Meer dan {points} punten zonder door PassEntry bevestigd saldo: een supervisor moet goedkeuren.</translation>
    </message>
    <message>
        <source>That amount earns no points at this rate.</source>
        <translation>Dat bedrag levert bij dit tarief geen punten op.</translation>
    </message>
    <message>
        <source>No pass {pass_id} in the local store; sync first.</source>
        <translation>Geen pas {pass_id} in de lokale database; synchroniseer eerst.</translation>
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
        <translation>Groepstags</translation>
    </message>
    <message>
        <source>QR code value</source>
        <translation>QR-codewaarde</translation>
    </message>
    <message>
        <source>Location latitude</source>
        <translation>Breedtegraad locatie</translation>
    </message>
    <message>
        <source>Location longitude</source>
        <translation>Lengtegraad locatie</translation>
    </message>
    <message>
        <source>Location radius (m)</source>
        <translation>Straal locatie (m)</translation>
    </message>
    <message>
        <source>a quote opened on this line is never closed; the next line is read as its own row</source>
        <translation>een aanhalingsteken dat op deze regel wordt geopend, wordt nooit gesloten; de volgende regel wordt als eigen rij gelezen</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {byte} cannot be read). Save it as “CSV UTF-8” and try again.</source>
        <translation>Het bestand is geen UTF-8-tekst (byte {byte} kan niet worden gelezen). Sla het op als &apos;CSV UTF-8&apos; en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: {reason}</source>
        <translation>Regel {line} kan niet als CSV worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}.</source>
        <translation>Regel {line}: {problem}.</translation>
    </message>
    <message>
        <source>{what} {value} is not a number</source>
        <translation>{what} {value} is geen getal</translation>
    </message>
    <message>
        <source>a location needs both latitude and longitude</source>
        <translation>een locatie heeft zowel breedtegraad als lengtegraad nodig</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>breedtegraad</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>lengtegraad</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>straal</translation>
    </message>
    <message numerus="yes">
        <source>{what} {value} is also on line(s) {lines} and {more} more</source>
        <translation>
            <numerusform>{what} {value} staat ook op regel {lines} en nog {more}</numerusform>
            <numerusform>{what} {value} staat ook op regels {lines} en nog {more}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} {value} is also on line(s) {lines}</source>
        <translation>
            <numerusform>{what} {value} staat ook op regel {lines}</numerusform>
            <numerusform>{what} {value} staat ook op regels {lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>{cells} cells but the header names {columns} columns</source>
        <translation>{cells} cellen, maar de kopregel noemt {columns} kolommen</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} is leeg</translation>
    </message>
    <message>
        <source>{field} is {length} characters (at most {most})</source>
        <translation>{field} is {length} tekens (maximaal {most})</translation>
    </message>
    <message>
        <source>ext id is empty</source>
        <translation>externe ID is leeg</translation>
    </message>
    <message>
        <source>ext id</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <source>ext id {value} is already on a pass (issued before?)</source>
        <translation>externe ID {value} staat al op een pas (eerder uitgegeven?)</translation>
    </message>
    <message>
        <source>group tag is {length} characters (at most {most})</source>
        <translation>groepstag is {length} tekens (maximaal {most})</translation>
    </message>
    <message>
        <source>QR value is {length} characters (at most {most})</source>
        <translation>QR-waarde is {length} tekens (maximaal {most})</translation>
    </message>
    <message>
        <source>QR value</source>
        <translation>QR-waarde</translation>
    </message>
    <message>
        <source>QR value {value} is already on a pass</source>
        <translation>QR-waarde {value} staat al op een pas</translation>
    </message>
    <message>
        <source>the rows have locations, which a batch file cannot carry</source>
        <translation>de rijen hebben locaties, en die kan een batchbestand niet bevatten</translation>
    </message>
    <message>
        <source>the passes are linked to an event on this desk, which a batch cannot do</source>
        <translation>de passen zijn gekoppeld aan een evenement op deze werkplek, en dat kan een batch niet</translation>
    </message>
    <message>
        <source>the rows carry a message, which a batch file cannot carry</source>
        <translation>de rijen bevatten een bericht, en dat kan een batchbestand niet bevatten</translation>
    </message>
    <message>
        <source>at most {most} locations per pass ({given} given)</source>
        <translation>maximaal {most} locaties per pas ({given} opgegeven)</translation>
    </message>
    <message>
        <source>location {n}: {problem}</source>
        <translation>locatie {n}: {problem}</translation>
    </message>
    <message>
        <source>latitude must be between -90 and 90</source>
        <translation>breedtegraad moet tussen -90 en 90 liggen</translation>
    </message>
    <message>
        <source>longitude must be between -180 and 180</source>
        <translation>lengtegraad moet tussen -180 en 180 liggen</translation>
    </message>
    <message>
        <source>radius must be {low}-{high} metres</source>
        <translation>straal moet {low}-{high} meter zijn</translation>
    </message>
    <message>
        <source>at most {most} beacons per pass ({given} given)</source>
        <translation>maximaal {most} beacons per pas ({given} opgegeven)</translation>
    </message>
    <message>
        <source>beacon {n}: proximity UUID must look like E2C56DB5-DFFB-48D2-B060-D0F5A71096E0</source>
        <translation>beacon {n}: proximity-UUID moet eruitzien als E2C56DB5-DFFB-48D2-B060-D0F5A71096E0</translation>
    </message>
    <message>
        <source>major</source>
        <comment>a beacon&apos;s major number</comment>
        <translation>major</translation>
    </message>
    <message>
        <source>minor</source>
        <comment>a beacon&apos;s minor number</comment>
        <translation>minor</translation>
    </message>
    <message>
        <source>beacon {n}: {label} must be a whole number 0-{most}</source>
        <translation>beacon {n}: {label} moet een geheel getal 0-{most} zijn</translation>
    </message>
    <message>
        <source>the Apple pass sent is not valid base64</source>
        <translation>de verzonden Apple-pas is geen geldige base64</translation>
    </message>
    <message>
        <source>the Apple pass sent is not a .pkpass file</source>
        <translation>de verzonden Apple-pas is geen .pkpass-bestand</translation>
    </message>
    <message>
        <source>Each row names a pass in a {pass_id} column (its pass ID or ext id) and gives only what changes: {passfield} columns, {group_tags}, {pass_action} ({deactivate} or {reactivate}). Columns left out stay as they are.</source>
        <translation>Elke rij noemt een pas in een kolom {pass_id} (de pas-ID of externe ID) en geeft alleen wat verandert: kolommen {passfield}, {group_tags}, {pass_action} ({deactivate} of {reactivate}). Weggelaten kolommen blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Update passes from a CSV file</source>
        <translation>Passen bijwerken uit een CSV-bestand</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-bestand</translation>
    </message>
    <message>
        <source>A CSV file with a {pass_id} column</source>
        <translation>Een CSV-bestand met een kolom {pass_id}</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>CSV &amp;file</source>
        <translation>CSV-&amp;bestand</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Sjabloon</translation>
    </message>
    <message>
        <source>Optional, e.g. Upgrade to Gold</source>
        <translation>Optioneel, bijv. Upgrade naar Gold</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Run at</source>
        <translation>Uitvoeren om</translation>
    </message>
    <message>
        <source>&amp;Run at</source>
        <translation>&amp;Uitvoeren om</translation>
    </message>
    <message>
        <source>%v of %m rows processed</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation>%v van %m rijen verwerkt</translation>
    </message>
    <message>
        <source>&amp;Update passes</source>
        <translation>Passen &amp;bijwerken</translation>
    </message>
    <message>
        <source>Save e&amp;rrors CSV…</source>
        <translation>&amp;Fouten-CSV opslaan…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Kies een CSV-bestand</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>There is no file at {path}. Check the path or use Choose….</source>
        <translation>Er is geen bestand op {path}. Controleer het pad of gebruik Kiezen….</translation>
    </message>
    <message>
        <source>Sending the file to PassEntry…</source>
        <translation>Het bestand wordt naar PassEntry verzonden…</translation>
    </message>
    <message>
        <source>{status}…</source>
        <translation>{status}…</translation>
    </message>
    <message>
        <source>Scheduled for {when}: Passes → Batches… shows it, and can cancel it until then.</source>
        <translation>Gepland voor {when}: Passen → Batches… toont het en kan het tot dan annuleren.</translation>
    </message>
    <message>
        <source>{status}: {progress} passes updated; the changes arrive here with the next sync.</source>
        <translation>{status}: {progress} passen bijgewerkt; de wijzigingen komen hier binnen met de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>{status}. Save the errors CSV to see which rows were refused and why.</source>
        <translation>{status}. Sla de fouten-CSV op om te zien welke rijen zijn geweigerd en waarom.</translation>
    </message>
    <message>
        <source>{status}.</source>
        <translation>{status}.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Niet verzonden: {reason}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Scheduled / done</source>
        <translation>Gepland / klaar</translation>
    </message>
    <message>
        <source>No API key: set it in Settings → PassEntry account first.</source>
        <translation>Geen API-sleutel: stel die eerst in via Instellingen → PassEntry-account.</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>CSV opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Fetching the file…</source>
        <translation>Bestand ophalen…</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>Batches run on PassEntry: issuing many passes, updating them from a file, and messages to many passes. Newest first.</source>
        <translation>Batches die op PassEntry draaien: veel passen uitgeven, passen bijwerken uit een bestand en berichten aan veel passen. Nieuwste eerst.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Cancel batch</source>
        <translation>Batch &amp;annuleren</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Nu &amp;verzenden</translation>
    </message>
    <message>
        <source>Save &amp;results CSV…</source>
        <translation>&amp;Resultaten-CSV opslaan…</translation>
    </message>
    <message>
        <source>Save &amp;errors CSV…</source>
        <translation>&amp;Fouten-CSV opslaan…</translation>
    </message>
    <message>
        <source>Reading the batches from PassEntry…</source>
        <translation>Batches lezen uit PassEntry…</translation>
    </message>
    <message>
        <source>The batches could not be read: {reason}</source>
        <translation>De batches konden niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>No batches yet.</source>
        <translation>Nog geen batches.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es).</source>
        <translation>
            <numerusform>%Ln batch.</numerusform>
            <numerusform>%Ln batches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>Cancelled: it will not run.</source>
        <translation>Geannuleerd: wordt niet uitgevoerd.</translation>
    </message>
    <message>
        <source>Sending now…</source>
        <translation>Nu verzenden…</translation>
    </message>
    <message>
        <source>Sent now.</source>
        <translation>Nu verzonden.</translation>
    </message>
    <message>
        <source>Ba&amp;tches</source>
        <translation>Ba&amp;tches</translation>
    </message>
    <message>
        <source>Batches run on PassEntry: a message to many passes, updating passes from a CSV file, and the list of batches</source>
        <translation>Batches die op PassEntry draaien: een bericht aan veel passen, passen bijwerken uit een CSV-bestand, en de lijst met batches</translation>
    </message>
    <message>
        <source>&amp;Notify many…</source>
        <translation>&amp;Veel passen melden…</translation>
    </message>
    <message>
        <source>&amp;Update from CSV…</source>
        <translation>&amp;Bijwerken uit CSV…</translation>
    </message>
    <message>
        <source>&amp;Batches…</source>
        <translation>&amp;Batches…</translation>
    </message>
    <message>
        <source>How: one by one, through the outbox (sent with the next sync).</source>
        <translation>Hoe: één voor één, via postvak uit (verzonden bij de volgende synchronisatie).</translation>
    </message>
    <message>
        <source>How: as one batch on PassEntry; its progress shows here to the end.</source>
        <translation>Hoe: als één batch op PassEntry; de voortgang is hier tot het einde te zien.</translation>
    </message>
    <message>
        <source>{how} {reason}</source>
        <translation>{how} {reason}</translation>
    </message>
    <message>
        <source>How: asking PassEntry whether this account has batches…</source>
        <translation>Hoe: PassEntry vragen of dit account batches heeft…</translation>
    </message>
    <message>
        <source>PassEntry could not be asked ({reason}); passes are issued one by one.</source>
        <translation>PassEntry kon niet worden gevraagd ({reason}); passen worden één voor één uitgegeven.</translation>
    </message>
    <message>
        <source>{how} Not as a batch: {reason}.</source>
        <translation>{how} Niet als batch: {reason}.</translation>
    </message>
    <message>
        <source>%v of %m issued</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation>%v van %m uitgegeven</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Stoppen met &amp;volgen</translation>
    </message>
    <message>
        <source>{status}: {progress}</source>
        <translation>{status}: {progress}</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>a batch just sent</comment>
        <translation>starten</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>No longer watching: the batch goes on on PassEntry ({progress}). Passes → Batches… shows how far it got.</source>
        <translation>Niet meer gevolgd: de batch loopt door op PassEntry ({progress}). Passen → Batches… toont hoe ver die is.</translation>
    </message>
    <message>
        <source>{status}: {progress} processed on PassEntry; the passes arrive here with the next sync. Some rows were refused: save the errors CSV to see why.</source>
        <translation>{status}: {progress} verwerkt op PassEntry; de passen komen hier binnen met de volgende synchronisatie. Sommige rijen zijn geweigerd: sla de fouten-CSV op om te zien waarom.</translation>
    </message>
    <message>
        <source>{status}: {progress} processed on PassEntry; the passes arrive here with the next sync.</source>
        <translation>{status}: {progress} verwerkt op PassEntry; de passen komen hier binnen met de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>{status}: PassEntry issued none of these passes. Save the errors CSV to see why.</source>
        <translation>{status}: PassEntry heeft geen van deze passen uitgegeven. Sla de fouten-CSV op om te zien waarom.</translation>
    </message>
    <message>
        <source>{status}: PassEntry issued none of these passes.</source>
        <translation>{status}: PassEntry heeft geen van deze passen uitgegeven.</translation>
    </message>
    <message>
        <source>line in your file</source>
        <comment>a CSV column&apos;s header</comment>
        <translation>regel in je bestand</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(niet gebruikt)</translation>
    </message>
    <message>
        <source>Issue passes from a CSV file</source>
        <translation>Passen uitgeven uit een CSV-bestand</translation>
    </message>
    <message>
        <source>&amp;Issue passes</source>
        <translation>Passen &amp;uitgeven</translation>
    </message>
    <message>
        <source>No templates yet: sync first, or add one by its ID</source>
        <translation>Nog geen sjablonen: synchroniseer eerst, of voeg er een toe via de ID</translation>
    </message>
    <message>
        <source>No templates yet: sync first</source>
        <translation>Nog geen sjablonen: synchroniseer eerst</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Bestand lezen…</translation>
    </message>
    <message>
        <source>Column for {target}</source>
        <translation>Kolom voor {target}</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Kolom {number}</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Elke rij controleren…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): {good} ready to issue, {bad} with problems (listed below; they are not issued).</source>
        <translation>
            <numerusform>%Ln rij: {good} klaar om uit te geven, {bad} met problemen (hieronder vermeld; deze worden niet uitgegeven).</numerusform>
            <numerusform>%Ln rijen: {good} klaar om uit te geven, {bad} met problemen (hieronder vermeld; deze worden niet uitgegeven).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): {good} ready to issue.</source>
        <translation>
            <numerusform>%Ln rij: {good} klaar om uit te geven.</numerusform>
            <numerusform>%Ln rijen: {good} klaar om uit te geven.</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} With no QR column, each pass&apos;s QR code is its ext id.</source>
        <translation>{summary} Zonder QR-kolom is de QR-code van elke pas de externe ID.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the problems of one CSV row</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgegeven</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Issue %Ln pass(es)</source>
        <translation>
            <numerusform>%Ln pas &amp;uitgeven</numerusform>
            <numerusform>%Ln passen &amp;uitgeven</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bad rows</source>
        <translation>Foute rijen exporteren</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Kan {path} niet schrijven: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln bad row(s) to {path}.</source>
        <translation>
            <numerusform>%Ln foute rij naar {path} geschreven.</numerusform>
            <numerusform>%Ln foute rijen naar {path} geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m queued</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation>%v van %m in wachtrij</translation>
    </message>
    <message>
        <source>Queuing passes…</source>
        <translation>Passen in de wachtrij zetten…</translation>
    </message>
    <message>
        <source>Stopping after this look…</source>
        <translation>Stoppen na deze ronde…</translation>
    </message>
    <message>
        <source>Stopping after this chunk…</source>
        <translation>Stoppen na dit deel…</translation>
    </message>
    <message numerus="yes">
        <source> %Ln were queued before.</source>
        <comment>after a sentence: mind the space in front</comment>
        <translation>
            <numerusform> %Ln stond al eerder in de wachtrij.</numerusform>
            <numerusform> %Ln stonden al eerder in de wachtrij.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln pass(es) queued.{before} Issue again to queue the rest; rows already queued are skipped.</source>
        <translation>
            <numerusform>Gestopt: %Ln pas in de wachtrij gezet.{before} Geef opnieuw uit om de rest in de wachtrij te zetten; rijen die al in de wachtrij staan, worden overgeslagen.</numerusform>
            <numerusform>Gestopt: %Ln passen in de wachtrij gezet.{before} Geef opnieuw uit om de rest in de wachtrij te zetten; rijen die al in de wachtrij staan, worden overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) queued; they reach PassEntry with the next sync.{before} To issue this file again, choose it again.</source>
        <translation>
            <numerusform>%Ln pas in de wachtrij gezet; die bereikt PassEntry bij de volgende synchronisatie.{before} Kies dit bestand opnieuw om het nog eens uit te geven.</numerusform>
            <numerusform>%Ln passen in de wachtrij gezet; ze bereiken PassEntry bij de volgende synchronisatie.{before} Kies dit bestand opnieuw om het nog eens uit te geven.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a day, then a time of day</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Deactivate {name}?</source>
        <translation>{name} deactiveren?</translation>
    </message>
    <message>
        <source>Deactivate this pass?</source>
        <translation>Deze pas deactiveren?</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %Ln pass(es)?</source>
        <translation>
            <numerusform>%Ln pas deactiveren?</numerusform>
            <numerusform>%Ln passen deactiveren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} en nog %Ln</numerusform>
            <numerusform>{names} en nog %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already deactivated: %Ln of the {selected} selected. They stay as they are.</source>
        <translation>
            <numerusform>Al gedeactiveerd: %Ln van de {selected} geselecteerde. Die blijven zoals ze zijn.</numerusform>
            <numerusform>Al gedeactiveerd: %Ln van de {selected} geselecteerde. Die blijven zoals ze zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>A deactivated pass stays in the wallet, shown as expired, and no longer scans as valid. It can be reactivated later.</source>
        <translation>Een gedeactiveerde pas blijft in de wallet, wordt als verlopen getoond en is bij scannen niet meer geldig. Hij kan later worden heractiveerd.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a window title</comment>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a button</comment>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Already deactivated</source>
        <translation>Al gedeactiveerd</translation>
    </message>
    <message>
        <source>The selected pass is already deactivated.</source>
        <translation>De geselecteerde pas is al gedeactiveerd.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln selected passes are already deactivated.</source>
        <translation>
            <numerusform>De %Ln geselecteerde pas is al gedeactiveerd.</numerusform>
            <numerusform>Alle %Ln geselecteerde passen zijn al gedeactiveerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deactivated</source>
        <translation>Niet gedeactiveerd</translation>
    </message>
    <message>
        <source>Nothing was deactivated: {reason}</source>
        <translation>Er is niets gedeactiveerd: {reason}</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <comment>a window title</comment>
        <translation>Heractiveren</translation>
    </message>
    <message>
        <source>Reactivate the pass of {name}?</source>
        <translation>De pas van {name} heractiveren?</translation>
    </message>
    <message>
        <source>Reactivate this pass?</source>
        <translation>Deze pas heractiveren?</translation>
    </message>
    <message>
        <source>It scans as valid again, and it can be changed and sent messages. On an iPhone it stays among the expired passes until its holder shows it again.</source>
        <translation>Bij scannen is hij weer geldig, en hij kan worden gewijzigd en berichten ontvangen. Op een iPhone blijft hij tussen de verlopen passen staan tot de houder hem weer toont.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <comment>a button</comment>
        <translation>Heractiveren</translation>
    </message>
    <message>
        <source>Not reactivated</source>
        <translation>Niet heractiveerd</translation>
    </message>
    <message>
        <source>The pass was not reactivated: {reason}</source>
        <translation>De pas is niet heractiveerd: {reason}</translation>
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
        <translation>Miniatuur</translation>
    </message>
    <message>
        <source>Choose this pass&apos;s banner</source>
        <translation>De banner van deze pas kiezen</translation>
    </message>
    <message>
        <source>Use the template&apos;s banner again</source>
        <translation>Weer de banner van het sjabloon gebruiken</translation>
    </message>
    <message>
        <source>The template&apos;s banner</source>
        <translation>De banner van het sjabloon</translation>
    </message>
    <message>
        <source>Choose this pass&apos;s logo</source>
        <translation>Het logo van deze pas kiezen</translation>
    </message>
    <message>
        <source>Use the template&apos;s logo again</source>
        <translation>Weer het logo van het sjabloon gebruiken</translation>
    </message>
    <message>
        <source>The template&apos;s logo</source>
        <translation>Het logo van het sjabloon</translation>
    </message>
    <message>
        <source>Choose this pass&apos;s thumbnail</source>
        <translation>De miniatuur van deze pas kiezen</translation>
    </message>
    <message>
        <source>Use the template&apos;s thumbnail again</source>
        <translation>Weer de miniatuur van het sjabloon gebruiken</translation>
    </message>
    <message>
        <source>The template&apos;s thumbnail</source>
        <translation>De miniatuur van het sjabloon</translation>
    </message>
    <message>
        <source>Design for this pass</source>
        <translation>Ontwerp voor deze pas</translation>
    </message>
    <message>
        <source>Use one of your images on PassEntry instead of the template&apos;s, for this pass only. PassEntry must have enabled per-pass designs for your organisation.</source>
        <translation>Een van je afbeeldingen op PassEntry gebruiken in plaats van die van het sjabloon, alleen voor deze pas. PassEntry moet ontwerpen per pas hebben ingeschakeld voor je organisatie.</translation>
    </message>
    <message>
        <source>Connect to PassEntry (Settings) to use your images on a pass.</source>
        <translation>Maak verbinding met PassEntry (Instellingen) om je afbeeldingen op een pas te gebruiken.</translation>
    </message>
    <message>
        <source>The template&apos;s value per language — {values}. A value typed here is this pass&apos;s in every language.</source>
        <translation>De waarde van het sjabloon per taal — {values}. Een waarde die je hier typt, geldt voor deze pas in elke taal.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Use the template&apos;s</source>
        <comment>a button: use the template&apos;s image</comment>
        <translation>Van sjabloon</translation>
    </message>
    <message>
        <source>Send it with the template&apos;s design</source>
        <translation>Verzenden met het ontwerp van het sjabloon</translation>
    </message>
    <message>
        <source>An image</source>
        <translation>Een afbeelding</translation>
    </message>
    <message>
        <source>{image}, {width} x {height} px</source>
        <translation>{image}, {width} x {height} px</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-code</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <source>Aztec code</source>
        <translation>Aztec-code</translation>
    </message>
    <message>
        <source>PDF417 code</source>
        <translation>PDF417-code</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>Gemaakt: {when}</translation>
    </message>
    <message>
        <source>Added to a wallet: {when}</source>
        <translation>Toegevoegd aan een wallet: {when}</translation>
    </message>
    <message>
        <source>Removed from the wallet: {when}</source>
        <translation>Verwijderd uit de wallet: {when}</translation>
    </message>
    <message>
        <source>Deactivated: {when}</source>
        <translation>Gedeactiveerd: {when}</translation>
    </message>
    <message>
        <source>Nullified: {when}</source>
        <translation>Ongeldig gemaakt: {when}</translation>
    </message>
    <message>
        <source>Expires: {when}</source>
        <translation>Verloopt: {when}</translation>
    </message>
    <message>
        <source>Expired: {when}</source>
        <translation>Verlopen: {when}</translation>
    </message>
    <message>
        <source>Nullified on {when}. In the wallet it shows grey as “Deactivated” and its data was wiped. Its ext id {ext_id} is free for a new pass. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Ongeldig gemaakt op {when}. In de wallet wordt hij grijs getoond als &apos;Gedeactiveerd&apos; en zijn gegevens zijn gewist. De externe ID {ext_id} is vrij voor een nieuwe pas. PassEntry antwoordt &apos;niet gevonden&apos; voor deze pas, dus hij kan niet meer worden gewijzigd, een bericht ontvangen of gescand.</translation>
    </message>
    <message>
        <source>Nullified on {when}. In the wallet it shows grey as “Deactivated” and its data was wiped. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Ongeldig gemaakt op {when}. In de wallet wordt hij grijs getoond als &apos;Gedeactiveerd&apos; en zijn gegevens zijn gewist. PassEntry antwoordt &apos;niet gevonden&apos; voor deze pas, dus hij kan niet meer worden gewijzigd, een bericht ontvangen of gescand.</translation>
    </message>
    <message>
        <source>Nullified. In the wallet it shows grey as “Deactivated” and its data was wiped. Its ext id {ext_id} is free for a new pass. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Ongeldig gemaakt. In de wallet wordt hij grijs getoond als &apos;Gedeactiveerd&apos; en zijn gegevens zijn gewist. De externe ID {ext_id} is vrij voor een nieuwe pas. PassEntry antwoordt &apos;niet gevonden&apos; voor deze pas, dus hij kan niet meer worden gewijzigd, een bericht ontvangen of gescand.</translation>
    </message>
    <message>
        <source>Nullified. In the wallet it shows grey as “Deactivated” and its data was wiped. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Ongeldig gemaakt. In de wallet wordt hij grijs getoond als &apos;Gedeactiveerd&apos; en zijn gegevens zijn gewist. PassEntry antwoordt &apos;niet gevonden&apos; voor deze pas, dus hij kan niet meer worden gewijzigd, een bericht ontvangen of gescand.</translation>
    </message>
    <message>
        <source>The pass could not be read: {reason}</source>
        <translation>De pas kon niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>Select a pass to see its details.</source>
        <translation>Selecteer een pas om de gegevens te zien.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Latest message</source>
        <translation>Laatste bericht</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kenmerken</translation>
    </message>
    <message>
        <source>Pass id</source>
        <translation>Pas-ID</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a pass&apos;s status</comment>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>no template</source>
        <translation>geen sjabloon</translation>
    </message>
    <message numerus="yes">
        <source>group(s) {tags}</source>
        <translation>
            <numerusform>groep {tags}</numerusform>
            <numerusform>groepen {tags}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln wijziging wacht op verzending</numerusform>
            <numerusform>%Ln wijzigingen wachten op verzending</numerusform>
        </translation>
    </message>
    <message>
        <source>Made here; PassEntry has not confirmed them yet. The Sync pane lists them.</source>
        <translation>Hier gemaakt; PassEntry heeft ze nog niet bevestigd. Het paneel Synchronisatie toont ze.</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <source>NFC value</source>
        <translation>NFC-waarde</translation>
    </message>
    <message>
        <source>Add to wallet</source>
        <translation>Toevoegen aan wallet</translation>
    </message>
    <message>
        <source>The customer scans this with their phone to add the pass.</source>
        <translation>De klant scant dit met de telefoon om de pas toe te voegen.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopiëren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the download page in the browser</source>
        <translation>De downloadpagina in de browser openen</translation>
    </message>
    <message>
        <source>Locations ({count})</source>
        <translation>Locaties ({count})</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
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
        <translation>Pas bewerken</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bewerken</translation>
    </message>
    <message>
        <source>Pass not found</source>
        <translation>Pas niet gevonden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>This pass is not in the local store any more.</source>
        <translation>Deze pas staat niet meer in de lokale database.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: lock screens show about {shown} and cut the rest.</source>
        <translation>
            <numerusform>%Ln teken: vergrendelschermen tonen er ongeveer {shown} en kappen de rest af.</numerusform>
            <numerusform>%Ln tekens: vergrendelschermen tonen er ongeveer {shown} en kappen de rest af.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change goes to PassEntry with the template&apos;s design.</source>
        <translation>De wijziging gaat naar PassEntry met het ontwerp van het sjabloon.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Check the disk, then try again.</source>
        <translation>Niet opgeslagen: {reason}. Controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No event (not a ticket)</source>
        <translation>Geen evenement (geen ticket)</translation>
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
        <translation>Code 128 (een rij streepjes)</translation>
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
        <translation>Geen barcode</translation>
    </message>
    <message>
        <source>The ext id</source>
        <translation>De externe ID</translation>
    </message>
    <message>
        <source>The pass id</source>
        <translation>De pas-ID</translation>
    </message>
    <message>
        <source>A value you type</source>
        <translation>Een waarde die je typt</translation>
    </message>
    <message>
        <source>Without a barcode the pass cannot be scanned at a door or a till: only NFC or a search by name finds it.</source>
        <translation>Zonder barcode kan de pas niet worden gescand bij een ingang of kassa: alleen NFC of zoeken op naam vindt hem.</translation>
    </message>
    <message>
        <source>The pass id is known once PassEntry has created the pass; until then the Passes list shows the ext id as its number.</source>
        <translation>De pas-ID is bekend zodra PassEntry de pas heeft gemaakt; tot dan toont de lijst Passen de externe ID als nummer.</translation>
    </message>
    <message>
        <source>Each pass needs its own value: a door tells passes apart by it.</source>
        <translation>Elke pas heeft een eigen waarde nodig: een ingang onderscheidt passen daaraan.</translation>
    </message>
    <message>
        <source>Issue a pass</source>
        <translation>Een pas uitgeven</translation>
    </message>
    <message>
        <source>&amp;Issue pass</source>
        <translation>Pas &amp;uitgeven</translation>
    </message>
    <message>
        <source>Reading templates…</source>
        <translation>Sjablonen lezen…</translation>
    </message>
    <message>
        <source>Field id {id}; empty: {default}</source>
        <translation>Veld-ID {id}; leeg: {default}</translation>
    </message>
    <message>
        <source>Field id {id}</source>
        <translation>Veld-ID {id}</translation>
    </message>
    <message>
        <source>pick a template</source>
        <translation>kies een sjabloon</translation>
    </message>
    <message>
        <source>type the barcode value (or let the barcode hold the ext id)</source>
        <translation>typ de barcodewaarde (of laat de barcode de externe ID bevatten)</translation>
    </message>
    <message>
        <source>type the NFC value (or let NFC hold the pass id)</source>
        <translation>typ de NFC-waarde (of laat NFC de pas-ID bevatten)</translation>
    </message>
    <message numerus="yes">
        <source>Cannot issue yet: {problem} (and %Ln more)</source>
        <translation>
            <numerusform>Kan nog niet uitgeven: {problem} (en nog %Ln)</numerusform>
            <numerusform>Kan nog niet uitgeven: {problem} (en nog %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot issue yet: {problem}</source>
        <translation>Kan nog niet uitgeven: {problem}</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Uitgeven…</translation>
    </message>
    <message>
        <source>Pass for {who} queued (ext id {ext_id}, {event}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pas voor {who} in de wachtrij gezet (externe ID {ext_id}, {event}); die bereikt PassEntry bij de volgende synchronisatie. Zie Levering voor de link. Het formulier is leeggemaakt voor de volgende pas.</translation>
    </message>
    <message>
        <source>Pass for {who} queued (ext id {ext_id}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pas voor {who} in de wachtrij gezet (externe ID {ext_id}); die bereikt PassEntry bij de volgende synchronisatie. Zie Levering voor de link. Het formulier is leeggemaakt voor de volgende pas.</translation>
    </message>
    <message>
        <source>Pass queued (ext id {ext_id}, {event}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pas in de wachtrij gezet (externe ID {ext_id}, {event}); die bereikt PassEntry bij de volgende synchronisatie. Zie Levering voor de link. Het formulier is leeggemaakt voor de volgende pas.</translation>
    </message>
    <message>
        <source>Pass queued (ext id {ext_id}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pas in de wachtrij gezet (externe ID {ext_id}); die bereikt PassEntry bij de volgende synchronisatie. Zie Levering voor de link. Het formulier is leeggemaakt voor de volgende pas.</translation>
    </message>
    <message>
        <source>Pass {ext_id} is not on PassEntry yet: per-pass designs are not enabled for your organisation (see Design for this pass).</source>
        <translation>Pas {ext_id} staat nog niet op PassEntry: ontwerpen per pas zijn niet ingeschakeld voor je organisatie (zie Ontwerp voor deze pas).</translation>
    </message>
    <message>
        <source>Sending the pass with the template&apos;s design…</source>
        <translation>De pas wordt verzonden met het ontwerp van het sjabloon…</translation>
    </message>
    <message>
        <source>The pass goes to PassEntry with the template&apos;s design; its link shows under Delivery once it is created.</source>
        <translation>De pas gaat naar PassEntry met het ontwerp van het sjabloon; de link verschijnt onder Levering zodra de pas is gemaakt.</translation>
    </message>
    <message>
        <source>Pass {ext_id} is on PassEntry. Send its holder this download link; it adds the pass to Apple or Google Wallet.</source>
        <translation>Pas {ext_id} staat op PassEntry. Stuur de houder deze downloadlink; daarmee wordt de pas toegevoegd aan Apple of Google Wallet.</translation>
    </message>
    <message>
        <source>Pass {ext_id} is waiting to reach PassEntry; its download link shows here once it has been created.</source>
        <translation>Pas {ext_id} wacht om PassEntry te bereiken; de downloadlink verschijnt hier zodra de pas is gemaakt.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Gekopieerd naar het klembord.</translation>
    </message>
    <message>
        <source>Save Apple pass</source>
        <translation>Apple-pas opslaan</translation>
    </message>
    <message>
        <source>Apple Wallet pass (*.pkpass)</source>
        <translation>Apple Wallet-pas (*.pkpass)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Kan {path} niet opslaan: {reason}</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Rij &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>{count} of at most {most}</source>
        <translation>{count} van maximaal {most}</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>&amp;Add location</source>
        <translation>Locatie &amp;toevoegen</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>location {n}: latitude {value} is not a number</source>
        <translation>locatie {n}: breedtegraad {value} is geen getal</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>location {n}: longitude {value} is not a number</source>
        <translation>locatie {n}: lengtegraad {value} is geen getal</translation>
    </message>
    <message>
        <source>Radius (m)</source>
        <translation>Straal (m)</translation>
    </message>
    <message>
        <source>location {n}: radius (m) {value} is not a number</source>
        <translation>locatie {n}: straal (m) {value} is geen getal</translation>
    </message>
    <message>
        <source>Relevant text</source>
        <translation>Relevante tekst</translation>
    </message>
    <message>
        <source>location {n}: relevant text {value} is not text</source>
        <translation>locatie {n}: relevante tekst {value} is geen tekst</translation>
    </message>
    <message>
        <source>Beacons</source>
        <translation>Beacons</translation>
    </message>
    <message>
        <source>&amp;Add beacon</source>
        <translation>Beacon &amp;toevoegen</translation>
    </message>
    <message>
        <source>Proximity UUID</source>
        <translation>Proximity-UUID</translation>
    </message>
    <message>
        <source>beacon {n}: proximity UUID {value} is not text</source>
        <translation>beacon {n}: proximity-UUID {value} is geen tekst</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>beacon {n}: major {value} is not a whole number</source>
        <translation>beacon {n}: major {value} is geen geheel getal</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>beacon {n}: minor {value} is not a whole number</source>
        <translation>beacon {n}: minor {value} is geen geheel getal</translation>
    </message>
    <message>
        <source>beacon {n}: relevant text {value} is not text</source>
        <translation>beacon {n}: relevante tekst {value} is geen tekst</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Groepstag</translation>
    </message>
    <message>
        <source>Type a number in the search to find its pass</source>
        <translation>Typ een nummer in het zoekveld om de pas te vinden</translation>
    </message>
    <message>
        <source>Pick an event in the filters to see its passes</source>
        <translation>Kies een evenement in de filters om de passen te zien</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Gedeactiveerd</translation>
    </message>
    <message>
        <source>Nullified</source>
        <translation>Ongeldig gemaakt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>{event}
Starts {when}</source>
        <translation>{event}
Begint {when}</translation>
    </message>
    <message>
        <source>This pass is {status}, not on a phone: the message is kept on the pass but no one sees it now.</source>
        <translation>Deze pas is {status}, niet op een telefoon: het bericht blijft op de pas staan, maar niemand ziet het nu.</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>niet actief</translation>
    </message>
    <message numerus="yes">
        <source>Not active (not on a phone): %Ln of the {total} selected passes. Messages reach only active passes.</source>
        <translation>
            <numerusform>Niet actief (niet op een telefoon): %Ln van de {total} geselecteerde passen. Berichten bereiken alleen actieve passen.</numerusform>
            <numerusform>Niet actief (niet op een telefoon): %Ln van de {total} geselecteerde passen. Berichten bereiken alleen actieve passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Een bericht sturen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>The passes could not be read: {reason}</source>
        <translation>De passen konden niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>Message to {name}</source>
        <translation>Bericht aan {name}</translation>
    </message>
    <message>
        <source>Message to this pass</source>
        <translation>Bericht aan deze pas</translation>
    </message>
    <message numerus="yes">
        <source>Message to %Ln pass(es)</source>
        <translation>
            <numerusform>Bericht aan %Ln pas</numerusform>
            <numerusform>Bericht aan %Ln passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected pass(es) not in the local store any more: they will not get it.</source>
        <translation>
            <numerusform>%Ln geselecteerde pas staat niet meer in de lokale database: die krijgt het niet.</numerusform>
            <numerusform>%Ln geselecteerde passen staan niet meer in de lokale database: die krijgen het niet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected pass(es) nullified: they will not get it.</source>
        <translation>
            <numerusform>%Ln geselecteerde pas is ongeldig gemaakt: die krijgt het niet.</numerusform>
            <numerusform>%Ln geselecteerde passen zijn ongeldig gemaakt: die krijgen het niet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %Ln pass(es)</source>
        <translation>
            <numerusform>Versturen naar %Ln pas</numerusform>
            <numerusform>Versturen naar %Ln passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Notify many</source>
        <translation>Veel passen melden</translation>
    </message>
    <message>
        <source>Every pass with the group tag</source>
        <translation>Elke pas met de groepstag</translation>
    </message>
    <message>
        <source>To</source>
        <comment>who gets a message</comment>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>What the lock screen shows, e.g. Doors open at 19:00. {field} puts in a pass&apos;s own value.</source>
        <translation>Wat het vergrendelscherm toont, bijv. Deuren open om 19:00. {field} voegt de eigen waarde van een pas in.</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Nu &amp;verzenden</translation>
    </message>
    <message>
        <source>Schedule &amp;at</source>
        <translation>&amp;Plannen op</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Geplande tijd</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passen</translation>
    </message>
    <message>
        <source>&amp;Cancel scheduled batch</source>
        <translation>Geplande batch &amp;annuleren</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected pass(es) ({unsent} not sent to PassEntry yet are left out)</source>
        <translation>
            <numerusform>De %Ln geselecteerde pas ({unsent} nog niet naar PassEntry verzonden, worden weggelaten)</numerusform>
            <numerusform>De %Ln geselecteerde passen ({unsent} nog niet naar PassEntry verzonden, worden weggelaten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected pass(es)</source>
        <translation>
            <numerusform>De %Ln geselecteerde pas</numerusform>
            <numerusform>De %Ln geselecteerde passen</numerusform>
        </translation>
    </message>
    <message>
        <source>{length} / {most} characters: lock screens cut the rest</source>
        <translation>{length} / {most} tekens: vergrendelschermen kappen de rest af</translation>
    </message>
    <message>
        <source>{length} / {most} characters</source>
        <translation>{length} / {most} tekens</translation>
    </message>
    <message numerus="yes">
        <source>PassEntry takes at most {most} passes per message batch: this goes as %Ln batch(es).</source>
        <translation>
            <numerusform>PassEntry neemt maximaal {most} passen per berichtbatch: dit gaat als %Ln batch.</numerusform>
            <numerusform>PassEntry neemt maximaal {most} passen per berichtbatch: dit gaat als %Ln batches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Nu verzenden</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Verzenden…</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Plannen…</translation>
    </message>
    <message>
        <source>Message {when}</source>
        <comment>a batch&apos;s name</comment>
        <translation>Bericht {when}</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled: %Ln batch(es) for {when}. You can cancel it until then.</source>
        <translation>
            <numerusform>Gepland: %Ln batch voor {when}. Je kunt dit tot dan annuleren.</numerusform>
            <numerusform>Gepland: %Ln batches voor {when}. Je kunt dit tot dan annuleren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent: %Ln batch(es) to {whom}.</source>
        <translation>
            <numerusform>Verzonden: %Ln batch aan {whom}.</numerusform>
            <numerusform>Verzonden: %Ln batches aan {whom}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{batch}: {status}</source>
        <translation>{batch}: {status}</translation>
    </message>
    <message>
        <source>Cancelled: the message will not be sent.</source>
        <translation>Geannuleerd: het bericht wordt niet verzonden.</translation>
    </message>
    <message>
        <source>Not cancelled: {reason}</source>
        <translation>Niet geannuleerd: {reason}</translation>
    </message>
    <message>
        <source>NULLIFY</source>
        <translation>ONGELDIG</translation>
    </message>
    <message>
        <source>Its ext id &lt;b&gt;{ext_id}&lt;/b&gt; is freed: a new pass may be issued with it.</source>
        <translation>De externe ID &lt;b&gt;{ext_id}&lt;/b&gt; komt vrij: er mag een nieuwe pas mee worden uitgegeven.</translation>
    </message>
    <message>
        <source>On the phone the pass turns grey and says “Deactivated”; its name, fields, barcode and NFC are wiped from it.</source>
        <translation>Op de telefoon wordt de pas grijs met &apos;Gedeactiveerd&apos;; naam, velden, barcode en NFC worden ervan gewist.</translation>
    </message>
    <message>
        <source>PassEntry answers “not found” for this pass from then on: it can no longer be changed, sent a message, given points or scanned in.</source>
        <translation>PassEntry antwoordt vanaf dan &apos;niet gevonden&apos; voor deze pas: hij kan niet meer worden gewijzigd, een bericht of punten ontvangen of gescand.</translation>
    </message>
    <message>
        <source>Here it leaves the Passes list; pick the status “Nullified” to see it again. It still counts as an issued pass on your PassEntry bill.</source>
        <translation>Hier verdwijnt hij uit de lijst Passen; kies de status &apos;Ongeldig gemaakt&apos; om hem weer te zien. Hij telt nog als uitgegeven pas op je PassEntry-factuur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; A nullified pass can never be made active again.&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;To stop it scanning for a while, deactivate it instead: that can be undone.</source>
        <translation>&lt;b&gt;Dit kan niet ongedaan worden gemaakt.&lt;/b&gt; Een ongeldig gemaakte pas kan nooit meer actief worden.&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;Wil je hem tijdelijk niet laten scannen, deactiveer hem dan: dat kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Nullify pass</source>
        <translation>Pas ongeldig maken</translation>
    </message>
    <message>
        <source>Nullify the pass of {name}?</source>
        <translation>De pas van {name} ongeldig maken?</translation>
    </message>
    <message>
        <source>Nullify this pass?</source>
        <translation>Deze pas ongeldig maken?</translation>
    </message>
    <message>
        <source>number {number}</source>
        <translation>nummer {number}</translation>
    </message>
    <message>
        <source>To confirm, type the word &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation>Typ ter bevestiging het woord &lt;b&gt;{word}&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>To confirm, type the pass&apos;s number &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation>Typ ter bevestiging het nummer van de pas &lt;b&gt;{word}&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Nullify this pass</source>
        <translation>Deze pas ongeldig maken</translation>
    </message>
    <message>
        <source>Nullifying…</source>
        <translation>Ongeldig maken…</translation>
    </message>
    <message>
        <source>Not nullified: {reason}</source>
        <translation>Niet ongeldig gemaakt: {reason}</translation>
    </message>
    <message>
        <source>This pass was nullified: PassEntry no longer knows it, so it cannot be changed any more.</source>
        <translation>Deze pas is ongeldig gemaakt: PassEntry kent hem niet meer, dus hij kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no date filter: any day</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>Alle apparaten</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Alle groepen</translation>
    </message>
    <message>
        <source>Any template</source>
        <translation>Alle sjablonen</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>Alle evenementen</translation>
    </message>
    <message>
        <source>Reading passes…</source>
        <translation>Passen lezen…</translation>
    </message>
    <message>
        <source>Cannot read passes ({reason}); trying again…</source>
        <translation>Kan passen niet lezen ({reason}); opnieuw proberen…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Sorteren…</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln match(es) — type more to narrow</source>
        <translation>
            <numerusform>Eerste %Ln treffer — typ meer om te verfijnen</numerusform>
            <numerusform>Eerste %Ln treffers — typ meer om te verfijnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of the first %Ln match(es) — type more to narrow</source>
        <translation>
            <numerusform>{shown} van de eerste %Ln treffer — typ meer om te verfijnen</numerusform>
            <numerusform>{shown} van de eerste %Ln treffers — typ meer om te verfijnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ pass(es), counting…</source>
        <translation>
            <numerusform>%Ln+ pas, tellen…</numerusform>
            <numerusform>%Ln+ passen, tellen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es)</source>
        <translation>
            <numerusform>%Ln pas</numerusform>
            <numerusform>%Ln passen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation>&amp;Heractiveren…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactiveren…</translation>
    </message>
    <message>
        <source>Make this pass active again: it scans as valid again</source>
        <translation>Deze pas weer actief maken: bij scannen weer geldig</translation>
    </message>
    <message>
        <source>Deactivate the selected passes (they no longer admit)</source>
        <translation>De geselecteerde passen deactiveren (ze geven geen toegang meer)</translation>
    </message>
    <message>
        <source>Wipe the selected pass for good and free its ext id (cannot be undone)</source>
        <translation>De geselecteerde pas definitief wissen en de externe ID vrijgeven (kan niet ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <source>Select a pass</source>
        <translation>Selecteer een pas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) selected</source>
        <translation>
            <numerusform>%Ln pas geselecteerd</numerusform>
            <numerusform>%Ln passen geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Export passes</source>
        <translation>Passen exporteren</translation>
    </message>
    <message>
        <source>an ext id cannot contain spaces</source>
        <translation>een externe ID mag geen spaties bevatten</translation>
    </message>
    <message>
        <source>a custom barcode needs a value</source>
        <translation>een eigen barcode heeft een waarde nodig</translation>
    </message>
    <message>
        <source>a custom NFC message needs a value</source>
        <translation>een eigen NFC-bericht heeft een waarde nodig</translation>
    </message>
    <message>
        <source>a pass template is required</source>
        <translation>een passjabloon is verplicht</translation>
    </message>
    <message>
        <source>the ext id is {length} characters (at most {most})</source>
        <translation>de externe ID heeft {length} tekens (maximaal {most})</translation>
    </message>
    <message>
        <source>unknown barcode type {type}</source>
        <translation>onbekend barcodetype {type}</translation>
    </message>
    <message>
        <source>unknown barcode source {source}</source>
        <translation>onbekende barcodebron {source}</translation>
    </message>
    <message>
        <source>unknown NFC source {source}</source>
        <translation>onbekende NFC-bron {source}</translation>
    </message>
    <message>
        <source>Writing passes…</source>
        <translation>Passen wegschrijven…</translation>
    </message>
    <message>
        <source>Add template by ID</source>
        <translation>Sjabloon toevoegen via ID</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Asking PassEntry for template {id}…</source>
        <translation>PassEntry vragen om sjabloon {id}…</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>&apos;{name}&apos; toegevoegd.</translation>
    </message>
    <message>
        <source>The template could not be read: {reason}</source>
        <translation>Het sjabloon kon niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>Issue passes</source>
        <comment>a kind of batch</comment>
        <translation>Passen uitgeven</translation>
    </message>
    <message>
        <source>Update passes</source>
        <comment>a kind of batch</comment>
        <translation>Passen bijwerken</translation>
    </message>
    <message>
        <source>Message to passes</source>
        <comment>a kind of batch</comment>
        <translation>Bericht aan passen</translation>
    </message>
    <message>
        <source>Working</source>
        <comment>a batch&apos;s status</comment>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Being checked</source>
        <comment>a batch&apos;s status</comment>
        <translation>Wordt gecontroleerd</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>a batch&apos;s status</comment>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>a batch&apos;s status</comment>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a batch&apos;s status</comment>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Done, with errors</source>
        <comment>a batch&apos;s status</comment>
        <translation>Klaar, met fouten</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a batch&apos;s status</comment>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a batch&apos;s status</comment>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>working</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>bezig</translation>
    </message>
    <message>
        <source>being checked</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>wordt gecontroleerd</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>gepland</translation>
    </message>
    <message>
        <source>sending</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>wordt verzonden</translation>
    </message>
    <message>
        <source>done</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>klaar</translation>
    </message>
    <message>
        <source>done, with errors</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>klaar, met fouten</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer batches.</source>
        <translation>Dit PassEntry-account biedt geen batches.</translation>
    </message>
    <message>
        <source>Passes are issued one by one: {reason}.</source>
        <translation>Passen worden één voor één uitgegeven: {reason}.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>a batch&apos;s status</comment>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>done {when}</source>
        <comment>a batch ended at a time</comment>
        <translation>klaar {when}</translation>
    </message>
    <message>
        <source>There are no rows to issue.</source>
        <translation>Er zijn geen rijen om uit te geven.</translation>
    </message>
    <message>
        <source>Row {row} has no ext id: a batch needs one on every row.</source>
        <translation>Rij {row} heeft geen externe ID: een batch heeft er een nodig op elke rij.</translation>
    </message>
    <message>
        <source>These rows cannot go up as a batch: {reason}.</source>
        <translation>Deze rijen kunnen niet als batch worden verzonden: {reason}.</translation>
    </message>
    <message>
        <source>every pass tagged “{tag}”</source>
        <translation>elke pas met tag &apos;{tag}&apos;</translation>
    </message>
    <message>
        <source>Schedule the message at least an hour from now, or send it now.</source>
        <translation>Plan het bericht minstens een uur vanaf nu, of verstuur het nu.</translation>
    </message>
    <message>
        <source>A message can be scheduled at most a year ahead.</source>
        <translation>Een bericht kan maximaal een jaar vooruit worden gepland.</translation>
    </message>
    <message>
        <source>No passes to message.</source>
        <translation>Geen passen om een bericht aan te sturen.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Schrijf eerst het bericht.</translation>
    </message>
    <message>
        <source>This batch is {state}: only a scheduled message can be sent now.</source>
        <translation>Status van deze batch: {state}; alleen een gepland bericht kan nu worden verzonden.</translation>
    </message>
    <message>
        <source>This batch is {state}: only a scheduled batch can be cancelled.</source>
        <translation>Status van deze batch: {state}; alleen een geplande batch kan worden geannuleerd.</translation>
    </message>
    <message>
        <source>The file needs a pass_id column (each row&apos;s pass ID or ext id).</source>
        <translation>Het bestand heeft een kolom pass_id nodig (de pas-ID of externe ID van elke rij).</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>Het bestand heeft geen rijen.</translation>
    </message>
    <message>
        <source>row {row} has no ext id: it could be queued twice</source>
        <translation>rij {row} heeft geen externe ID: die kan twee keer in de wachtrij komen</translation>
    </message>
    <message>
        <source>ext id {ext_id} is given twice</source>
        <translation>externe ID {ext_id} staat er twee keer in</translation>
    </message>
    <message>
        <source>row {row}: {problems}</source>
        <translation>rij {row}: {problems}</translation>
    </message>
    <message>
        <source>This pass was nullified: it can no longer be changed or messaged.</source>
        <translation>Deze pas is ongeldig gemaakt: hij kan niet meer worden gewijzigd of een bericht ontvangen.</translation>
    </message>
    <message>
        <source>Per-pass designs are not enabled for your organisation — ask PassEntry to enable them. The pass is kept on this computer: send it with the template&apos;s design, or keep it until they are enabled.</source>
        <translation>Ontwerpen per pas zijn niet ingeschakeld voor je organisatie — vraag PassEntry om ze in te schakelen. De pas blijft op deze computer bewaard: verstuur hem met het ontwerp van het sjabloon, of bewaar hem tot ze zijn ingeschakeld.</translation>
    </message>
    <message>
        <source>{list}; {next}</source>
        <comment>problems, one after another: those so far, then one more</comment>
        <translation>{list}; {next}</translation>
    </message>
    <message>
        <source>unknown pass source {source} (apple or google)</source>
        <translation>onbekende pasbron {source} (apple of google)</translation>
    </message>
    <message>
        <source>A pass with ext id {ext_id} exists already.</source>
        <translation>Er bestaat al een pas met externe ID {ext_id}.</translation>
    </message>
    <message>
        <source>The QR value {value} is already on the pass of {who}.</source>
        <translation>De QR-waarde {value} staat al op de pas van {who}.</translation>
    </message>
    <message>
        <source>The QR value {value} is already on another pass.</source>
        <translation>De QR-waarde {value} staat al op een andere pas.</translation>
    </message>
    <message>
        <source>The event picked for this pass no longer exists; pick it again.</source>
        <translation>Het evenement dat voor deze pas is gekozen, bestaat niet meer; kies het opnieuw.</translation>
    </message>
    <message>
        <source>A notification needs a message.</source>
        <translation>Een melding heeft een bericht nodig.</translation>
    </message>
    <message>
        <source>This pass is nullified already.</source>
        <translation>Deze pas is al ongeldig gemaakt.</translation>
    </message>
    <message>
        <source>Only a deactivated pass can be reactivated.</source>
        <translation>Alleen een gedeactiveerde pas kan worden heractiveerd.</translation>
    </message>
    <message>
        <source>No pass {pass_id} in the local store; sync first.</source>
        <translation>Geen pas {pass_id} in de lokale database; synchroniseer eerst.</translation>
    </message>
</context>
<context>
    <name>readers</name>
    <message>
        <source>Saving logs PassEntry Reader apps out; they use the new settings at their next login. VTAP readers are updated automatically.</source>
        <translation>Opslaan meldt PassEntry Reader-apps af; ze gebruiken de nieuwe instellingen bij de volgende aanmelding. VTAP-lezers worden automatisch bijgewerkt.</translation>
    </message>
    <message>
        <source>Set in the PassEntry dashboard: the venue hub&apos;s token (Settings → Venue hub)</source>
        <translation>Ingesteld in het PassEntry-dashboard: het token van de locatie-hub (Instellingen → Locatie-hub)</translation>
    </message>
    <message>
        <source>The API neither shows nor takes the token readers send. Enter the venue hub&apos;s token in the dashboard: readers send it, the hub checks it.</source>
        <translation>De API toont het token dat lezers sturen niet en neemt het ook niet aan. Voer het token van de locatie-hub in het dashboard in: lezers sturen het, de hub controleert het.</translation>
    </message>
    <message>
        <source>{file} is too large to be a private key file.</source>
        <translation>{file} is te groot voor een bestand met een privésleutel.</translation>
    </message>
    <message>
        <source>{file} could not be read as a PEM file ({error}).</source>
        <translation>{file} kon niet als PEM-bestand worden gelezen ({error}).</translation>
    </message>
    <message>
        <source>{file} holds no PEM private key (-----BEGIN … PRIVATE KEY-----).</source>
        <translation>{file} bevat geen PEM-privésleutel (-----BEGIN … PRIVATE KEY-----).</translation>
    </message>
    <message>
        <source>The hub URL is not a valid URL.</source>
        <translation>De hub-URL is geen geldige URL.</translation>
    </message>
    <message>
        <source>The hub URL must start with https:// (readers send scans only over HTTPS).</source>
        <translation>De hub-URL moet beginnen met https:// (lezers sturen scans alleen via HTTPS).</translation>
    </message>
    <message>
        <source>Choose the new NFC private key</source>
        <translation>De nieuwe NFC-privésleutel kiezen</translation>
    </message>
    <message>
        <source>PEM key files (*.pem *.key);;All files (*)</source>
        <translation>PEM-sleutelbestanden (*.pem *.key);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Not read from PassEntry yet.</source>
        <translation>Nog niet uit PassEntry gelezen.</translation>
    </message>
    <message>
        <source>Apple {apple} · Google {google}, key v{version}</source>
        <translation>Apple {apple} · Google {google}, sleutel v{version}</translation>
    </message>
    <message>
        <source>Apple {apple} · Google {google}</source>
        <translation>Apple {apple} · Google {google}</translation>
    </message>
    <message>
        <source>Apple pass type ID: {apple}
Google collector ID: {google}
Google key version: {version}</source>
        <translation>Apple-pastype-ID: {apple}
Google-collector-ID: {google}
Google-sleutelversie: {version}</translation>
    </message>
    <message>
        <source>{mask}  (new, not saved yet)</source>
        <translation>{mask}  (nieuw, nog niet opgeslagen)</translation>
    </message>
    <message>
        <source>none set</source>
        <comment>NFC key</comment>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>not known here (read from PassEntry when online)</source>
        <translation>hier niet bekend (wordt uit PassEntry gelezen als je online bent)</translation>
    </message>
    <message>
        <source>Enter the hub URL, or press “Use this desk&apos;s hub”.</source>
        <translation>Voer de hub-URL in, of druk op &apos;Hub van deze werkplek&apos;.</translation>
    </message>
    <message>
        <source>Saving needs a connection to PassEntry.</source>
        <translation>Voor opslaan is een verbinding met PassEntry nodig.</translation>
    </message>
    <message>
        <source>Saving the reader configuration on PassEntry…</source>
        <translation>Lezerconfiguratie opslaan in PassEntry…</translation>
    </message>
    <message>
        <source>Saving the reader configuration</source>
        <translation>Lezerconfiguratie opslaan</translation>
    </message>
    <message>
        <source>Readers → Reader Configuration → Validation Settings</source>
        <translation>Readers → Reader Configuration → Validation Settings</translation>
    </message>
    <message>
        <source>Validation type: Third-Party (our venue hub checks the pass)</source>
        <translation>Validatietype: Third-Party (onze locatie-hub controleert de pas)</translation>
    </message>
    <message>
        <source>Validation type: PassEntry (PassEntry checks the pass)</source>
        <translation>Validatietype: PassEntry (PassEntry controleert de pas)</translation>
    </message>
    <message>
        <source>The venue hub&apos;s token (Settings → Venue hub)</source>
        <translation>Het token van de locatie-hub (Instellingen → Locatie-hub)</translation>
    </message>
    <message>
        <source>First set the hub&apos;s token: Settings → Venue hub</source>
        <translation>Stel eerst het token van de hub in: Instellingen → Locatie-hub</translation>
    </message>
    <message>
        <source>Readers send this token with every scan; the venue hub checks it.</source>
        <translation>Lezers sturen dit token bij elke scan mee; de locatie-hub controleert het.</translation>
    </message>
    <message>
        <source>5. Save</source>
        <translation>5. Opslaan</translation>
    </message>
    <message>
        <source>3. Save</source>
        <translation>3. Opslaan</translation>
    </message>
    <message>
        <source>The hub URL is on the clipboard.</source>
        <translation>De hub-URL staat op het klembord.</translation>
    </message>
    <message>
        <source>The hub token is on the clipboard (it is not shown here).</source>
        <translation>Het hub-token staat op het klembord (het wordt hier niet getoond).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Reader ID</source>
        <translation>Lezer-ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <source>PassEntry app</source>
        <translation>PassEntry-app</translation>
    </message>
    <message>
        <source>PassEntry Reader app</source>
        <translation>PassEntry Reader-app</translation>
    </message>
    <message>
        <source>VTAP reader</source>
        <translation>VTAP-lezer</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>scannen</translation>
    </message>
    <message>
        <source>scans passes</source>
        <translation>scant passen</translation>
    </message>
    <message>
        <source>redeem</source>
        <translation>inwisselen</translation>
    </message>
    <message>
        <source>redeems loyalty</source>
        <translation>wisselt spaarpunten in</translation>
    </message>
    <message>
        <source>add points</source>
        <translation>punten bijschrijven</translation>
    </message>
    <message>
        <source>adds loyalty points</source>
        <translation>schrijft spaarpunten bij</translation>
    </message>
    <message>
        <source>reads QR codes and barcodes</source>
        <translation>leest QR-codes en barcodes</translation>
    </message>
    <message>
        <source>reads MIFARE Classic NFC cards</source>
        <translation>leest MIFARE Classic NFC-kaarten</translation>
    </message>
    <message>
        <source>reads NDEF tags</source>
        <translation>leest NDEF-tags</translation>
    </message>
    <message>
        <source>Created by this desk.</source>
        <translation>Gemaakt door deze werkplek.</translation>
    </message>
    <message>
        <source>Seen in scans only: PassEntry&apos;s API does not show its details.</source>
        <translation>Alleen gezien in scans: de API van PassEntry toont de gegevens niet.</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>nothing enabled</comment>
        <translation>niets</translation>
    </message>
    <message>
        <source>never</source>
        <comment>last seen</comment>
        <translation>nooit</translation>
    </message>
    <message>
        <source>just now</source>
        <comment>last seen</comment>
        <translation>zojuist</translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>last seen</comment>
        <translation>gisteren</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Last seen {day}, {clock} (your time)</source>
        <translation>Laatst gezien {day}, {clock} (jouw tijd)</translation>
    </message>
    <message>
        <source>Nothing is enabled.</source>
        <translation>Er is niets ingeschakeld.</translation>
    </message>
    <message>
        <source>This reader {abilities}.</source>
        <comment>abilities: a list such as &apos;scans passes, redeems loyalty&apos;</comment>
        <translation>Deze lezer {abilities}.</translation>
    </message>
    <message>
        <source>Not logged in: the reader app asks for its ID and password at the device.</source>
        <translation>Niet aangemeld: de lezer-app vraagt op het apparaat om de ID en het wachtwoord.</translation>
    </message>
    <message>
        <source>&amp;Save to PassEntry</source>
        <translation>&amp;Opslaan in PassEntry</translation>
    </message>
    <message>
        <source>&amp;Show dashboard steps</source>
        <translation>&amp;Stappen in dashboard tonen</translation>
    </message>
    <message>
        <source>The readers could not be read from the local store: {error}</source>
        <translation>De lezers konden niet uit de lokale database worden gelezen: {error}</translation>
    </message>
    <message>
        <source>No API key: set it in Settings to manage readers.</source>
        <translation>Geen API-sleutel: stel die in bij Instellingen om lezers te beheren.</translation>
    </message>
    <message>
        <source>{reason} {hint}</source>
        <translation>{reason} {hint}</translation>
    </message>
    <message>
        <source>PassEntry could not be reached: the list shows the readers as of the last sync. {needs_network}</source>
        <translation>PassEntry was niet bereikbaar: de lijst toont de lezers zoals bij de laatste synchronisatie. {needs_network}</translation>
    </message>
    <message>
        <source>Reading the readers</source>
        <translation>Lezers lezen</translation>
    </message>
    <message>
        <source>Create a reader on PassEntry (needs the network)</source>
        <translation>Een lezer aanmaken in PassEntry (netwerk nodig)</translation>
    </message>
    <message>
        <source>Change the selected reader (or double-click it)</source>
        <translation>De geselecteerde lezer wijzigen (of erop dubbelklikken)</translation>
    </message>
    <message>
        <source>Creating “{name}”</source>
        <translation>&apos;{name}&apos; aanmaken</translation>
    </message>
    <message>
        <source>“{name}” was created on PassEntry. Log the reader in with its ID and password.</source>
        <translation>&apos;{name}&apos; is aangemaakt in PassEntry. Meld de lezer aan met de ID en het wachtwoord.</translation>
    </message>
    <message>
        <source>Nothing changed in “{name}”.</source>
        <translation>Er is niets gewijzigd aan &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Changing “{name}”</source>
        <translation>&apos;{name}&apos; wijzigen</translation>
    </message>
    <message>
        <source>The changes to “{name}” were saved on PassEntry.</source>
        <translation>De wijzigingen aan &apos;{name}&apos; zijn opgeslagen in PassEntry.</translation>
    </message>
    <message>
        <source>{doing} on PassEntry…</source>
        <translation>{doing} op PassEntry…</translation>
    </message>
    <message>
        <source>Edit reader “{name}”</source>
        <translation>Lezer &apos;{name}&apos; bewerken</translation>
    </message>
    <message>
        <source>New reader</source>
        <translation>Nieuwe lezer</translation>
    </message>
    <message>
        <source>Created on PassEntry at once, under your entity {entity}: this needs the network.</source>
        <translation>Wordt direct aangemaakt in PassEntry, onder je entiteit {entity}: hiervoor is een netwerk nodig.</translation>
    </message>
    <message>
        <source>The reader logs in with its ID and this password. PassEntry never shows it again.</source>
        <translation>De lezer meldt zich aan met de ID en dit wachtwoord. PassEntry toont het nooit meer.</translation>
    </message>
    <message>
        <source>The ID of an existing reader cannot be changed.</source>
        <translation>De ID van een bestaande lezer kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>password</comment>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>Leave empty to keep the password; PassEntry never shows one.</source>
        <translation>Laat leeg om het wachtwoord te behouden; PassEntry toont het nooit.</translation>
    </message>
    <message>
        <source>Enter the reader&apos;s name.</source>
        <translation>Voer de naam van de lezer in.</translation>
    </message>
    <message>
        <source>Enter an ID for the reader.</source>
        <translation>Voer een ID voor de lezer in.</translation>
    </message>
    <message>
        <source>The ID may hold letters, digits, - _ and . only (up to 64).</source>
        <translation>De ID mag alleen letters, cijfers, - _ en . bevatten (maximaal 64).</translation>
    </message>
    <message>
        <source>A reader with the ID “{id}” exists already.</source>
        <translation>Er bestaat al een lezer met de ID &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>Enter a password for the reader.</source>
        <translation>Voer een wachtwoord voor de lezer in.</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>last seen, short</comment>
        <translation>
            <numerusform>%n min geleden</numerusform>
            <numerusform>%n min geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>last seen, short</comment>
        <translation>
            <numerusform>%n u geleden</numerusform>
            <numerusform>%n u geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>last seen</comment>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>The password starts or ends with a space: was that meant?</source>
        <translation>Het wachtwoord begint of eindigt met een spatie: was dat de bedoeling?</translation>
    </message>
    <message>
        <source>Changes to readers and to the configuration are made on PassEntry at once, so they need the network.</source>
        <translation>Wijzigingen aan lezers en aan de configuratie worden direct in PassEntry gemaakt, dus daarvoor is een netwerk nodig.</translation>
    </message>
    <message>
        <source>Changes to readers and to the configuration are made on PassEntry at once, so they need the network. Passwords are never shown or kept; the NFC key shows only its last characters.</source>
        <translation>Wijzigingen aan lezers en aan de configuratie worden direct in PassEntry gemaakt, dus daarvoor is een netwerk nodig. Wachtwoorden worden nooit getoond of bewaard; van de NFC-sleutel zijn alleen de laatste tekens te zien.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not list or edit readers; these are the readers this desk created or has seen scanning. Edit others in the PassEntry dashboard.</source>
        <translation>De API van PassEntry kan lezers niet weergeven of bewerken; dit zijn de lezers die deze werkplek heeft aangemaakt of heeft zien scannen. Bewerk andere in het PassEntry-dashboard.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not edit readers on this account: change this reader in the PassEntry dashboard (Readers).</source>
        <translation>De API van PassEntry kan op dit account geen lezers bewerken: wijzig deze lezer in het PassEntry-dashboard (Readers).</translation>
    </message>
    <message>
        <source>Enter your entity ID in Settings → PassEntry account (it is in the PassEntry dashboard, on your entity&apos;s page) to create readers and read the reader configuration.</source>
        <translation>Voer je entiteits-ID in bij Instellingen → PassEntry-account (die staat in het PassEntry-dashboard, op de pagina van je entiteit) om lezers aan te maken en de lezerconfiguratie te lezen.</translation>
    </message>
    <message>
        <source>Needs your entity ID: Settings → PassEntry account → Entity ID.</source>
        <translation>Je entiteits-ID is nodig: Instellingen → PassEntry-account → Entiteits-ID.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not change the reader configuration on this account: set it in the PassEntry dashboard as shown below.</source>
        <translation>De API van PassEntry kan op dit account de lezerconfiguratie niet wijzigen: stel die in het PassEntry-dashboard in zoals hieronder getoond.</translation>
    </message>
    <message>
        <source>{what} did not happen: PassEntry could not be reached ({reason}). This needs the network; nothing was kept here. Try again when online.</source>
        <translation>{what} is niet gelukt: PassEntry was niet bereikbaar ({reason}). Hiervoor is een netwerk nodig; er is hier niets bewaard. Probeer het opnieuw als je online bent.</translation>
    </message>
    <message>
        <source>{what} was refused by PassEntry: {reason} {hint}</source>
        <translation>{what} is geweigerd door PassEntry: {reason} {hint}</translation>
    </message>
    <message>
        <source>{what} failed: {error}. This is a bug in passdesk.</source>
        <translation>{what} is mislukt: {error}. Dit is een fout in passdesk.</translation>
    </message>
    <message>
        <source>Saved: readers send every scan to {url}. PassEntry Reader apps log in again to use it.</source>
        <translation>Opgeslagen: lezers sturen elke scan naar {url}. PassEntry Reader-apps melden zich opnieuw aan om dit te gebruiken.</translation>
    </message>
    <message>
        <source>Saved: readers send every scan to the hub. PassEntry Reader apps log in again to use it.</source>
        <translation>Opgeslagen: lezers sturen elke scan naar de hub. PassEntry Reader-apps melden zich opnieuw aan om dit te gebruiken.</translation>
    </message>
    <message>
        <source>Saved: PassEntry checks every scan itself. PassEntry Reader apps log in again to use it.</source>
        <translation>Opgeslagen: PassEntry controleert elke scan zelf. PassEntry Reader-apps melden zich opnieuw aan om dit te gebruiken.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s) created here or seen scanning</source>
        <translation>
            <numerusform>%Ln lezer hier aangemaakt of scannend gezien</numerusform>
            <numerusform>%Ln lezers hier aangemaakt of scannend gezien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s) · {logged_in} logged in</source>
        <translation>
            <numerusform>%Ln lezer · {logged_in} aangemeld</numerusform>
            <numerusform>%Ln lezers · {logged_in} aangemeld</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your entity ID in Settings → PassEntry account (the PassEntry dashboard shows it): readers and the reader configuration belong to an entity, and this account&apos;s API does not list entities.</source>
        <translation>Voer je entiteits-ID in bij Instellingen → PassEntry-account (het PassEntry-dashboard toont die): lezers en de lezerconfiguratie horen bij een entiteit, en de API van dit account geeft geen lijst met entiteiten.</translation>
    </message>
    <message>
        <source>Set it in the PassEntry dashboard: {path}: external (third-party), URL {url}, and the same token.</source>
        <translation>Stel het in het PassEntry-dashboard in: {path}: extern (third-party), URL {url}, en hetzelfde token.</translation>
    </message>
    <message>
        <source>Set it in the PassEntry dashboard: {path}: {kind}.</source>
        <translation>Stel het in het PassEntry-dashboard in: {path}: {kind}.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>{title} · generated {when}</source>
        <translation>{title} · gemaakt {when}</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {why}</source>
        <translation>Kan het rapport niet schrijven naar {path}: {why}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>{number}%</source>
        <comment>a percentage</comment>
        <translation>{number}%</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <comment>a date</comment>
        <translation>{weekday} {day} {month} {year}</translation>
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
        <translation>{scope} · cijfers van {when} · gemaakt {generated}</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>In één oogopslag</translation>
    </message>
    <message>
        <source>Admissions every 5 minutes, per door</source>
        <translation>Toegangen per 5 minuten, per ingang</translation>
    </message>
    <message>
        <source>No admissions in this period.</source>
        <translation>Geen toegangen in deze periode.</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Ingangen</translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Offline conflicts ({count})</source>
        <translation>Offline-conflicten ({count})</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Sparen</translation>
    </message>
    <message>
        <source>Event {event}</source>
        <translation>Evenement {event}</translation>
    </message>
    <message>
        <source>Every event on {day}</source>
        <translation>Alle evenementen op {day}</translation>
    </message>
    <message>
        <source>Every event of the day</source>
        <translation>Alle evenementen van de dag</translation>
    </message>
    <message>
        <source>Inside now, {share} of capacity</source>
        <translation>Nu binnen, {share} van de capaciteit</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Nu binnen</translation>
    </message>
    <message>
        <source>Busiest 5 minutes</source>
        <translation>Drukste 5 minuten</translation>
    </message>
    <message>
        <source>Busiest 5 minutes, {start}–{end}</source>
        <translation>Drukste 5 minuten, {start}–{end}</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Toegelaten</translation>
    </message>
    <message>
        <source>Re-entries</source>
        <translation>Herintredingen</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Uitgangen</translation>
    </message>
    <message>
        <source>Holds waiting</source>
        <translation>In de wacht</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Ongedaan</translation>
    </message>
    <message>
        <source>Admissions a minute now</source>
        <translation>Toegangen per minuut nu</translation>
    </message>
    <message>
        <source>Offline conflicts</source>
        <translation>Offline-conflicten</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Passes admitted</source>
        <translation>Toegelaten passen</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Niet verschenen</translation>
    </message>
    <message>
        <source>No door has scanned.</source>
        <translation>Geen enkele ingang heeft gescand.</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Ingang</translation>
    </message>
    <message>
        <source>Peak / 5 min</source>
        <translation>Piek / 5 min</translation>
    </message>
    <message>
        <source>Now / min</source>
        <translation>Nu / min</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Laatste scan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>never</source>
        <comment>a door&apos;s last scan</comment>
        <translation>nooit</translation>
    </message>
    <message>
        <source>no scans</source>
        <comment>a door&apos;s status</comment>
        <translation>geen scans</translation>
    </message>
    <message>
        <source>scanning</source>
        <comment>a door&apos;s status</comment>
        <translation>scant</translation>
    </message>
    <message>
        <source>silent for {minutes} min</source>
        <comment>a door&apos;s status</comment>
        <translation>stil sinds {minutes} min</translation>
    </message>
    <message>
        <source>silent for {hours} h {minutes} min</source>
        <comment>a door&apos;s status</comment>
        <translation>stil sinds {hours} u {minutes} min</translation>
    </message>
    <message>
        <source>No one was turned away.</source>
        <translation>Niemand is geweigerd.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>No pass was let in twice while desks could not see each other.</source>
        <translation>Geen pas is twee keer binnengelaten terwijl werkplekken elkaar niet konden zien.</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle redenen</translation>
    </message>
    <message>
        <source>{time} in at {door}</source>
        <translation>{time} binnen via {door}</translation>
    </message>
    <message>
        <source>{time} out at {door}</source>
        <translation>{time} buiten via {door}</translation>
    </message>
    <message>
        <source>event {event}</source>
        <translation>evenement {event}</translation>
    </message>
    <message>
        <source>Each pass here was let in more often than it left: desks or readers that could not see each other each admitted it.</source>
        <translation>Elke pas hier is vaker binnengelaten dan hij vertrok: werkplekken of lezers die elkaar niet konden zien, lieten hem elk toe.</translation>
    </message>
    <message>
        <source>{note} The first {listed} of {count} are listed.</source>
        <translation>{note} De eerste {listed} van {count} worden getoond.</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Houder</translation>
    </message>
    <message>
        <source>Scans (in / out, time and door)</source>
        <translation>Scans (in / uit, tijd en ingang)</translation>
    </message>
    <message>
        <source>night</source>
        <comment>a part of the day</comment>
        <translation>nacht</translation>
    </message>
    <message>
        <source>morning</source>
        <comment>a part of the day</comment>
        <translation>ochtend</translation>
    </message>
    <message>
        <source>afternoon</source>
        <comment>a part of the day</comment>
        <translation>middag</translation>
    </message>
    <message>
        <source>evening</source>
        <comment>a part of the day</comment>
        <translation>avond</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Uitgegeven punten</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Ingewisselde punten</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Bewerkingen</translation>
    </message>
    <message>
        <source>Active cardholders</source>
        <translation>Actieve kaarthouders</translation>
    </message>
    <message>
        <source>Rewards reached</source>
        <translation>Bereikte beloningen</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Wachtende wijzigingen</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Ter controle</translation>
    </message>
    <message>
        <source>No loyalty operation in this period.</source>
        <translation>Geen spaarbewerking in deze periode.</translation>
    </message>
    <message>
        <source>whole day</source>
        <translation>hele dag</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(geen werkplek)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>Dagdeel</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Ingewisseld</translation>
    </message>
    <message>
        <source>No scans in this period.</source>
        <translation>Geen scans in deze periode.</translation>
    </message>
    <message>
        <source>5-minute steps ({zone}); admissions per step</source>
        <translation>Stappen van 5 minuten ({zone}); toegangen per stap</translation>
    </message>
    <message>
        <source>5-minute steps; admissions per step</source>
        <translation>Stappen van 5 minuten; toegangen per stap</translation>
    </message>
    <message>
        <source>There is no event {event} in the local database. Its id is in the Events pane; a sync brings new events.</source>
        <translation>Er is geen evenement {event} in de lokale database. De ID staat in het venster Evenementen; een synchronisatie haalt nieuwe evenementen op.</translation>
    </message>
    <message>
        <source>Cannot read the scans: {why}</source>
        <translation>Kan de scans niet lezen: {why}</translation>
    </message>
    <message>
        <source>The report of {title} is written to {path}</source>
        <translation>Het rapport van {title} is geschreven naar {path}</translation>
    </message>
    <message numerus="yes">
        <source>Its figures are in %n CSV file(s) in {path}</source>
        <translation>
            <numerusform>De cijfers staan in %n CSV-bestand in {path}</numerusform>
            <numerusform>De cijfers staan in %n CSV-bestanden in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the CSV files to {path}: {why}</source>
        <translation>Kan de CSV-bestanden niet schrijven naar {path}: {why}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <comment>a long date</comment>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>--tz {zone}: not a time zone; give one such as Europe/London.</source>
        <translation>--tz {zone}: geen tijdzone; geef er een zoals Europe/Amsterdam.</translation>
    </message>
    <message>
        <source>--day {day}: give the day as YYYY-MM-DD, e.g. 2026-12-07.</source>
        <translation>--day {day}: geef de dag als JJJJ-MM-DD, bijv. 2026-12-07.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>A PIN is {shortest} to {longest} digits.</source>
        <translation>Een PIN heeft {shortest} tot {longest} cijfers.</translation>
    </message>
    <message>
        <source>Type a PIN: {shortest} to {longest} digits.</source>
        <translation>Typ een PIN: {shortest} tot {longest} cijfers.</translation>
    </message>
    <message>
        <source>{rule} Use only the digits 0 to 9, no spaces or signs.</source>
        <translation>{rule} Gebruik alleen de cijfers 0 tot 9, geen spaties of tekens.</translation>
    </message>
    <message>
        <source>{rule} This one has {count}.</source>
        <translation>{rule} Deze heeft er {count}.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Te veel onjuiste PIN&apos;s. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Te veel onjuiste PIN&apos;s. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Te veel onjuiste PIN&apos;s. Probeer het over %n minuut opnieuw.</numerusform>
            <numerusform>Te veel onjuiste PIN&apos;s. Probeer het over %n minuten opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Door staff</source>
        <translation>Deurpersoneel</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>Kassamedewerker</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Scan passes at the Door and see the verdict</source>
        <translation>Passen scannen bij de Ingang en het resultaat zien</translation>
    </message>
    <message>
        <source>Search guests at the Door</source>
        <translation>Gasten zoeken bij de Ingang</translation>
    </message>
    <message>
        <source>See guests&apos; names at the Door</source>
        <translation>Namen van gasten zien bij de Ingang</translation>
    </message>
    <message>
        <source>Admit a guest by hand</source>
        <translation>Een gast handmatig toelaten</translation>
    </message>
    <message>
        <source>Undo an admission</source>
        <translation>Een toegang ongedaan maken</translation>
    </message>
    <message>
        <source>Let in or turn away a held guest</source>
        <translation>Een gast in de wacht binnenlaten of wegsturen</translation>
    </message>
    <message>
        <source>Add or redeem points at the Till, within the limits</source>
        <translation>Punten bijschrijven of inwisselen bij de Kassa, binnen de limieten</translation>
    </message>
    <message>
        <source>Redeem more than the largest redemption</source>
        <translation>Meer inwisselen dan de grootste inwisseling</translation>
    </message>
    <message>
        <source>Change a card by more than the hourly limit</source>
        <translation>Een kaart meer wijzigen dan de limiet per uur</translation>
    </message>
    <message>
        <source>Set a card&apos;s balance</source>
        <translation>Het saldo van een kaart instellen</translation>
    </message>
    <message>
        <source>Change this desk&apos;s settings</source>
        <translation>De instellingen van deze werkplek wijzigen</translation>
    </message>
    <message>
        <source>Discard a change under review</source>
        <translation>Een wijziging ter controle verwerpen</translation>
    </message>
    <message>
        <source>See the audit trail</source>
        <translation>Het auditlog bekijken</translation>
    </message>
    <message>
        <source>Unlock a kiosk desk</source>
        <translation>Een kioskwerkplek ontgrendelen</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Instellingen openen</translation>
    </message>
    <message>
        <source>Change the API key</source>
        <translation>De API-sleutel wijzigen</translation>
    </message>
    <message>
        <source>Manage Readers</source>
        <translation>Lezers beheren</translation>
    </message>
    <message>
        <source>Manage the venue hub</source>
        <translation>De locatiehub beheren</translation>
    </message>
    <message>
        <source>Publish from the Designer</source>
        <translation>Publiceren vanuit de Ontwerper</translation>
    </message>
    <message>
        <source>Manage roles and PINs</source>
        <translation>Rollen en PIN&apos;s beheren</translation>
    </message>
    <message>
        <source>This desk&apos;s role, kiosk lock or PIN window</source>
        <translation>Rol, kioskvergrendeling of PIN-venster van deze werkplek</translation>
    </message>
    <message>
        <source>First manager PIN set: roles on</source>
        <translation>Eerste manager-PIN ingesteld: rollen actief</translation>
    </message>
    <message>
        <source>A person given a PIN</source>
        <translation>Een persoon heeft een PIN gekregen</translation>
    </message>
    <message>
        <source>A PIN reset</source>
        <translation>Een PIN gereset</translation>
    </message>
    <message>
        <source>A person&apos;s role changed</source>
        <translation>De rol van een persoon is gewijzigd</translation>
    </message>
    <message>
        <source>A person removed</source>
        <translation>Een persoon verwijderd</translation>
    </message>
    <message>
        <source>A person changed their own PIN</source>
        <translation>Een persoon heeft zijn eigen PIN gewijzigd</translation>
    </message>
    <message>
        <source>The venue&apos;s rules for roles</source>
        <translation>De regels van de locatie voor rollen</translation>
    </message>
    <message>
        <source>Manager PIN recovered with the keychain&apos;s code</source>
        <translation>Manager-PIN hersteld met de code uit de sleutelhanger</translation>
    </message>
    <message>
        <source>The PIN could not be checked: the database did not answer. Try again.</source>
        <translation>De PIN kon niet worden gecontroleerd: de database antwoordde niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This desk may not do this on its own. It needs a manager&apos;s PIN, for this action only.</source>
        <translation>Deze werkplek mag dit niet zelfstandig. Er is de PIN van een manager nodig, alleen voor deze actie.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tr(y|ies) left before a lockout.</source>
        <translation>
            <numerusform>Onjuiste PIN. Nog %n poging voor een blokkering.</numerusform>
            <numerusform>Onjuiste PIN. Nog %n pogingen voor een blokkering.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one called {name} has a PIN here.</source>
        <translation>Niemand met de naam {name} heeft hier een PIN.</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>This desk may not do this on its own. It needs a supervisor&apos;s or a manager&apos;s PIN, for this action only.</source>
        <translation>Deze werkplek mag dit niet zelfstandig. Er is de PIN van een supervisor of manager nodig, alleen voor deze actie.</translation>
    </message>
    <message>
        <source>No one here has a manager&apos;s PIN yet. A manager adds people under Staff, People and PINs.</source>
        <translation>Niemand hier heeft nog een manager-PIN. Een manager voegt mensen toe onder Personeel, Mensen en PIN&apos;s.</translation>
    </message>
    <message>
        <source>No one here has a supervisor&apos;s or a manager&apos;s PIN yet. A manager adds people under Staff, People and PINs.</source>
        <translation>Niemand hier heeft nog een PIN van een supervisor of manager. Een manager voegt mensen toe onder Personeel, Mensen en PIN&apos;s.</translation>
    </message>
    <message>
        <source>{role}&apos;s PIN</source>
        <comment>the step-up dialog&apos;s title</comment>
        <translation>PIN van {role}</translation>
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
        <translation>Wie</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Toestaan</translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>Typ de PIN.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Port {port} is in use by another program. Choose another port, or stop that program (another passdesk, or “passdesk hub”).</source>
        <translation>Poort {port} wordt gebruikt door een ander programma. Kies een andere poort, of stop dat programma (een andere passdesk, of “passdesk hub”).</translation>
    </message>
    <message>
        <source>Port {port} may only be used by an administrator on this computer. Choose a port from 1024 up.</source>
        <translation>Poort {port} mag op deze computer alleen door een beheerder worden gebruikt. Kies een poort vanaf 1024.</translation>
    </message>
    <message>
        <source>This computer has no network address {host}. Choose another “Listen on”.</source>
        <translation>Deze computer heeft geen netwerkadres {host}. Kies een ander “Luisteren op”.</translation>
    </message>
    <message>
        <source>The venue hub could not listen on {host}:{port}: {problem}.</source>
        <translation>De locatiehub kon niet luisteren op {host}:{port}: {problem}.</translation>
    </message>
    <message>
        <source>The venue hub did not start: {kind}: {problem}. This is a bug in passdesk; please report it.</source>
        <translation>De locatiehub is niet gestart: {kind}: {problem}. Dit is een fout in passdesk; meld het alsjeblieft.</translation>
    </message>
    <message>
        <source>The venue hub cannot start: {problem}</source>
        <translation>De locatiehub kan niet starten: {problem}</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Alleen deze computer (127.0.0.1)</translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation>Alle netwerkinterfaces (0.0.0.0)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <source>{problem}. The venue hub was left as it was.</source>
        <translation>{problem}. De locatiehub is gelaten zoals hij was.</translation>
    </message>
    <message>
        <source>Set the hub token</source>
        <translation>Het hubtoken instellen</translation>
    </message>
    <message>
        <source>Only {address}</source>
        <translation>Alleen {address}</translation>
    </message>
    <message>
        <source>Running at {url} (all network interfaces)
Readers: point them at {readers}</source>
        <translation>Actief op {url} (alle netwerkinterfaces)
Lezers: stel ze in op {readers}</translation>
    </message>
    <message>
        <source>Running at {url}
Readers: point them at {readers}</source>
        <translation>Actief op {url}
Lezers: stel ze in op {readers}</translation>
    </message>
    <message>
        <source>{status}
No token is set, so every reader is refused: set one with “{button}”.</source>
        <translation>{status}
Er is geen token ingesteld, dus elke lezer wordt geweigerd: stel er een in met “{button}”.</translation>
    </message>
    <message>
        <source>Starting the venue hub…</source>
        <translation>Locatiehub starten…</translation>
    </message>
    <message>
        <source>Stopping the venue hub…</source>
        <translation>Locatiehub stoppen…</translation>
    </message>
    <message>
        <source>{token}, from the environment variable {variable}</source>
        <translation>{token}, uit de omgevingsvariabele {variable}</translation>
    </message>
    <message>
        <source>{token}, in the keychain</source>
        <translation>{token}, in de sleutelhanger</translation>
    </message>
    <message>
        <source>Not set: the hub refuses every reader until a token is set.</source>
        <translation>Niet ingesteld: de hub weigert elke lezer tot er een token is ingesteld.</translation>
    </message>
    <message>
        <source>Not set. No keychain on this system: set {variable} before starting.</source>
        <translation>Niet ingesteld. Geen sleutelhanger op dit systeem: stel {variable} in vóór het starten.</translation>
    </message>
    <message>
        <source>Not registered: PassEntry sends this hub nothing. Type the hub&apos;s public address and click “Register with PassEntry”.</source>
        <translation>Niet geregistreerd: PassEntry stuurt deze hub niets. Typ het openbare adres van de hub en klik op “Registreren bij PassEntry”.</translation>
    </message>
    <message>
        <source>Set the PassEntry API key above first: registering the hub needs it.</source>
        <translation>Stel eerst hierboven de API-sleutel van PassEntry in: die is nodig om de hub te registreren.</translation>
    </message>
    <message>
        <source>Give PassEntry&apos;s events a new secret?</source>
        <translation>Een nieuw geheim voor de meldingen van PassEntry?</translation>
    </message>
    <message>
        <source>PassEntry signs every event it sends this hub with a secret, so the hub can tell them from forgeries. Rotating replaces it at once: PassEntry stops using the old secret, this hub takes the new one straight away and keeps it in the keychain, and events already on their way are still accepted.

Do this if the secret may have been seen by someone else. A hub started with “passdesk hub” on this computer picks the new secret up from the keychain; a hub on another computer cannot, so rotate on that computer instead.</source>
        <translation>PassEntry ondertekent elke melding die het naar deze hub stuurt met een geheim, zodat de hub ze van vervalsingen kan onderscheiden. Vernieuwen vervangt het meteen: PassEntry stopt met het oude geheim, deze hub neemt het nieuwe direct over en bewaart het in de sleutelhanger, en meldingen die al onderweg zijn, worden nog geaccepteerd.

Doe dit als iemand anders het geheim misschien heeft gezien. Een hub die op deze computer met “passdesk hub” is gestart, haalt het nieuwe geheim uit de sleutelhanger; een hub op een andere computer kan dat niet, dus vernieuw dan op die computer.</translation>
    </message>
    <message>
        <source>PassEntry events: delivered to {host}</source>
        <translation>PassEntry-meldingen: afgeleverd bij {host}</translation>
    </message>
    <message>
        <source>PassEntry events: paused ({host})</source>
        <translation>PassEntry-meldingen: gepauzeerd ({host})</translation>
    </message>
    <message>
        <source>PassEntry events: registered for {host}</source>
        <translation>PassEntry-meldingen: geregistreerd voor {host}</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}: {error}
This is a bug in passdesk; please report it.</source>
        <translation>Onverwachte fout: {kind}: {error}
Dit is een fout in passdesk; meld het alsjeblieft.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Geheim vernieuwen</translation>
    </message>
    <message>
        <source>Asking PassEntry about this hub&apos;s subscription…</source>
        <translation>PassEntry vragen naar het abonnement van deze hub…</translation>
    </message>
    <message>
        <source>Registering this hub with PassEntry…</source>
        <translation>Deze hub registreren bij PassEntry…</translation>
    </message>
    <message>
        <source>Asking PassEntry to send events again…</source>
        <translation>PassEntry vragen weer meldingen te sturen…</translation>
    </message>
    <message>
        <source>Asking PassEntry to pause its events…</source>
        <translation>PassEntry vragen de meldingen te pauzeren…</translation>
    </message>
    <message>
        <source>Rotating the secret: PassEntry, then the keychain and the hub…</source>
        <translation>Geheim vernieuwen: PassEntry, dan de sleutelhanger en de hub…</translation>
    </message>
    <message>
        <source>The PassEntry address in Settings cannot be used: {problem}</source>
        <translation>Het PassEntry-adres in Instellingen kan niet worden gebruikt: {problem}</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Inschakelen</translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>PassEntry events for the venue hub</source>
        <translation>PassEntry-meldingen voor de locatiehub</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n character(s).</source>
        <translation>
            <numerusform>Te kort: minstens %n teken.</numerusform>
            <numerusform>Te kort: minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>New token: {token}</source>
        <translation>Nieuw token: {token}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testen…</translation>
    </message>
    <message>
        <source>Readers and their configuration belong to an entity. Its ID is in the PassEntry dashboard, on your entity&apos;s page. Optional when this server lists your entities.</source>
        <translation>Lezers en hun configuratie horen bij een entiteit. De ID staat in het PassEntry-dashboard, op de pagina van je entiteit. Optioneel als deze server je entiteiten toont.</translation>
    </message>
    <message>
        <source>Check the API key above (PassEntry Dashboard → Developer tools).</source>
        <translation>Controleer de API-sleutel hierboven (PassEntry-dashboard → Developer tools).</translation>
    </message>
    <message>
        <source>The URL and the entity ID are saved in {path}. The key is kept in the system keychain, one per server URL, never in a file.</source>
        <translation>De URL en de entiteits-ID worden opgeslagen in {path}. De sleutel wordt bewaard in de sleutelhanger van het systeem, één per server-URL, nooit in een bestand.</translation>
    </message>
    <message>
        <source>Staff roles and PINs</source>
        <translation>Personeelsrollen en PIN&apos;s</translation>
    </message>
    <message>
        <source>Every desk may do everything until the first manager PIN is set.</source>
        <translation>Elke werkplek mag alles tot de eerste manager-PIN is ingesteld.</translation>
    </message>
    <message>
        <source>Staff and PINs…</source>
        <translation>Personeel en PIN&apos;s…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>passdesk speaks the chosen language from its next start.</source>
        <translation>passdesk gebruikt de gekozen taal vanaf de volgende start.</translation>
    </message>
    <message>
        <source>The language was not saved: {problem}</source>
        <translation>De taal is niet opgeslagen: {problem}</translation>
    </message>
    <message>
        <source>passdesk speaks the system&apos;s language from its next start.</source>
        <translation>passdesk gebruikt de systeemtaal vanaf de volgende start.</translation>
    </message>
    <message>
        <source>passdesk speaks {language} from its next start.</source>
        <translation>passdesk gebruikt {language} vanaf de volgende start.</translation>
    </message>
    <message>
        <source>No API key to test with for {server}.
Type the key above.</source>
        <translation>Geen API-sleutel om mee te testen voor {server}.
Typ de sleutel hierboven.</translation>
    </message>
    <message>
        <source>Nothing was saved.
{problem}</source>
        <translation>Er is niets opgeslagen.
{problem}</translation>
    </message>
    <message>
        <source>{problem}. The key was stored in the keychain.</source>
        <translation>{problem}. De sleutel is opgeslagen in de sleutelhanger.</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>Removed the stored key for {server}.</source>
        <translation>De opgeslagen sleutel voor {server} is verwijderd.</translation>
    </message>
    <message>
        <source>Copied: paste it into your bug report.</source>
        <translation>Gekopieerd: plak het in je bugrapport.</translation>
    </message>
    <message>
        <source>“Copy report” copies this table as text, without the key, for a bug report.</source>
        <translation>“Rapport kopiëren” kopieert deze tabel als tekst, zonder de sleutel, voor een bugrapport.</translation>
    </message>
    <message>
        <source>Saved. passdesk stays on the demo sandbox until a key for {server} is stored.</source>
        <translation>Opgeslagen. passdesk blijft op de demo-sandbox tot er een sleutel voor {server} is opgeslagen.</translation>
    </message>
    <message>
        <source>Saved. passdesk now talks to {server}.</source>
        <translation>Opgeslagen. passdesk communiceert nu met {server}.</translation>
    </message>
    <message>
        <source>Saved. Restart passdesk to work with {server}: this window keeps the demo&apos;s data, and none of it is sent there.</source>
        <translation>Opgeslagen. Start passdesk opnieuw om met {server} te werken: dit venster houdt de gegevens van de demo, en daarvan wordt niets daarheen gestuurd.</translation>
    </message>
    <message>
        <source>{variable} is set, so its key is used instead of the stored one.</source>
        <translation>{variable} is ingesteld, dus de sleutel daaruit wordt gebruikt in plaats van de opgeslagen sleutel.</translation>
    </message>
    <message>
        <source>No API key is stored for it yet.</source>
        <translation>Er is nog geen API-sleutel voor opgeslagen.</translation>
    </message>
    <message>
        <source>Using the key from the environment variable {variable} (for every server).</source>
        <translation>De sleutel uit de omgevingsvariabele {variable} wordt gebruikt (voor elke server).</translation>
    </message>
    <message>
        <source>A key for this server is stored in the keychain.</source>
        <translation>Er is een sleutel voor deze server opgeslagen in de sleutelhanger.</translation>
    </message>
    <message>
        <source>No key is stored for this server yet.</source>
        <translation>Er is nog geen sleutel voor deze server opgeslagen.</translation>
    </message>
    <message>
        <source>No keychain on this system: set {variable} before starting passdesk.</source>
        <translation>Geen sleutelhanger op dit systeem: stel {variable} in voordat je passdesk start.</translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one</source>
        <translation>Typ een nieuwe sleutel om de opgeslagen sleutel te vervangen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es)</source>
        <translation>
            <numerusform>%Ln pas</numerusform>
            <numerusform>%Ln passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y|ies)</source>
        <translation>
            <numerusform>%Ln entiteit</numerusform>
            <numerusform>%Ln entiteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s)</source>
        <translation>
            <numerusform>%Ln scan</numerusform>
            <numerusform>%Ln scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln abonnement</numerusform>
            <numerusform>%Ln abonnementen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln afbeelding</numerusform>
            <numerusform>%Ln afbeeldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln sjabloon</numerusform>
            <numerusform>%Ln sjablonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evenement</numerusform>
            <numerusform>%Ln evenementen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s)</source>
        <translation>
            <numerusform>%Ln lezer</numerusform>
            <numerusform>%Ln lezers</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Plak je API-sleutel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; passdesk is talking to the embedded demo sandbox at {server}, with made-up data. Saving a real API key below stores it in the system keychain and switches passdesk to that server; the next start without &lt;code&gt;--demo&lt;/code&gt; uses it too.</source>
        <translation>&lt;b&gt;Demomodus.&lt;/b&gt; passdesk communiceert met de ingebouwde demo-sandbox op {server}, met verzonnen gegevens. Als je hieronder een echte API-sleutel opslaat, wordt die in de sleutelhanger van het systeem bewaard en schakelt passdesk over naar die server; de volgende start zonder &lt;code&gt;--demo&lt;/code&gt; gebruikt hem ook.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Wat het is</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>{connected}.
{routes}.</source>
        <translation>{connected}.
{routes}.</translation>
    </message>
    <message>
        <source>{route} (older API)</source>
        <translation>{route} (oudere API)</translation>
    </message>
    <message>
        <source>{route} (sandbox only)</source>
        <translation>{route} (alleen sandbox)</translation>
    </message>
    <message>
        <source>OK · {detail}</source>
        <translation>OK · {detail}</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}. Using defaults.</source>
        <translation>{path} kon niet worden gelezen: {reason}. De standaardinstellingen worden gebruikt.</translation>
    </message>
    <message>
        <source>The settings file was damaged ({reason}); using defaults. It was kept as {name}.</source>
        <translation>Het instellingenbestand was beschadigd ({reason}); de standaardinstellingen worden gebruikt. Het is bewaard als {name}.</translation>
    </message>
    <message>
        <source>Could not save settings to {path}: {reason}</source>
        <translation>De instellingen konden niet worden opgeslagen in {path}: {reason}</translation>
    </message>
    <message>
        <source>The settings file was damaged ({reason}); using defaults.</source>
        <translation>Het instellingenbestand was beschadigd ({reason}); de standaardinstellingen worden gebruikt.</translation>
    </message>
    <message>
        <source>installed</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>geïnstalleerd</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>scanned</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>gescand</translation>
    </message>
    <message>
        <source>created</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>PassEntry sent no secret; deliveries will be refused until a rotation.</source>
        <translation>PassEntry heeft geen geheim gestuurd; meldingen worden geweigerd tot het geheim is vernieuwd.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s answer was lost on the way and it still signs with the same secret: nothing changed. Rotate again to get a new one.</source>
        <translation>Het antwoord van PassEntry is onderweg verloren gegaan en PassEntry ondertekent nog met hetzelfde geheim: er is niets veranderd. Vernieuw opnieuw om een nieuw geheim te krijgen.</translation>
    </message>
    <message>
        <source>This hub has no secret for it: use “Rotate secret…”</source>
        <translation>Deze hub heeft er geen geheim voor: gebruik “Geheim vernieuwen…”</translation>
    </message>
    <message>
        <source>Type the hub&apos;s public address first, e.g. https://hub.your-venue.example</source>
        <translation>Typ eerst het openbare adres van de hub, bijv. https://hub.your-venue.example</translation>
    </message>
    <message>
        <source>PassEntry signs with a secret this hub did not have (rotated elsewhere?); the hub uses it now.</source>
        <translation>PassEntry ondertekent met een geheim dat deze hub niet had (elders vernieuwd?); de hub gebruikt het nu.</translation>
    </message>
    <message>
        <source>PassEntry allows 10 webhook subscriptions for the organisation, and all 10 are in use. Delete one in the PassEntry dashboard, then register again.</source>
        <translation>PassEntry staat 10 webhook-abonnementen per organisatie toe en ze zijn alle 10 in gebruik. Verwijder er een in het PassEntry-dashboard en registreer dan opnieuw.</translation>
    </message>
    <message>
        <source>PassEntry accepts HTTPS addresses only. Use the https:// address of the tunnel or proxy in front of this hub.</source>
        <translation>PassEntry accepteert alleen HTTPS-adressen. Gebruik het https://-adres van de tunnel of proxy vóór deze hub.</translation>
    </message>
    <message>
        <source>This hub is not registered with PassEntry yet: type its public address and click “Register with PassEntry”.</source>
        <translation>Deze hub is nog niet bij PassEntry geregistreerd: typ het openbare adres en klik op “Registreren bij PassEntry”.</translation>
    </message>
    <message>
        <source>No keychain is available on this system to keep the webhook secret, so nothing was changed.</source>
        <translation>Er is op dit systeem geen sleutelhanger beschikbaar om het webhookgeheim te bewaren, dus er is niets veranderd.</translation>
    </message>
    <message>
        <source>The keychain refused to keep the new secret: the hub uses it until it stops. Rotate the secret again once the keychain works.</source>
        <translation>De sleutelhanger weigerde het nieuwe geheim te bewaren: de hub gebruikt het tot hij stopt. Vernieuw het geheim opnieuw zodra de sleutelhanger werkt.</translation>
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
        <translation>Dit PassEntry-account biedt geen webhook-abonnementen (PassEntry antwoordde “niet gevonden”). De hub beantwoordt nog steeds lezers; vraag PassEntry om webhooks in te schakelen.</translation>
    </message>
    <message>
        <source>PassEntry did not accept the API key. Check it at the top of Settings.</source>
        <translation>PassEntry heeft de API-sleutel niet geaccepteerd. Controleer hem bovenaan in Instellingen.</translation>
    </message>
    <message>
        <source>PassEntry refused the subscription: {reason}.</source>
        <translation>PassEntry heeft het abonnement geweigerd: {reason}.</translation>
    </message>
    <message>
        <source>Delivering to {url}</source>
        <translation>Levert aan {url}</translation>
    </message>
    <message>
        <source>Paused: PassEntry sends nothing to {url} until you enable it</source>
        <translation>Gepauzeerd: PassEntry stuurt niets naar {url} tot je het inschakelt</translation>
    </message>
    <message>
        <source>Passes {events}, for the entity “{name}”</source>
        <translation>Passen {events}, voor de entiteit “{name}”</translation>
    </message>
    <message>
        <source>Secret {mask}, in the keychain</source>
        <translation>Geheim {mask}, in de sleutelhanger</translation>
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
        <translation>{list} en {last}</translation>
    </message>
    <message>
        <source>{list}, {next}</source>
        <comment>a list: the items so far, then one more (not the last)</comment>
        <translation>{list}, {next}</translation>
    </message>
    <message>
        <source>PassEntry sends events to HTTPS addresses only; “{address}” is not one. Use the https:// address of the tunnel or proxy in front of this hub.</source>
        <translation>PassEntry stuurt meldingen alleen naar HTTPS-adressen; “{address}” is er geen. Gebruik het https://-adres van de tunnel of proxy vóór deze hub.</translation>
    </message>
    <message>
        <source>PassEntry already sent events to this address; this desk now shows that subscription.</source>
        <translation>PassEntry stuurde al meldingen naar dit adres; deze werkplek toont nu dat abonnement.</translation>
    </message>
    <message>
        <source>PassEntry already sent events to this address; this desk now shows that subscription. Use “Rotate secret…” to give this hub its secret.</source>
        <translation>PassEntry stuurde al meldingen naar dit adres; deze werkplek toont nu dat abonnement. Gebruik “Geheim vernieuwen…” om deze hub zijn geheim te geven.</translation>
    </message>
    <message>
        <source>PassEntry no longer has this subscription (it was deleted, perhaps in the dashboard). Register the hub again.</source>
        <translation>PassEntry heeft dit abonnement niet meer (het is verwijderd, misschien in het dashboard). Registreer de hub opnieuw.</translation>
    </message>
    <message>
        <source>The hub&apos;s webhook secret comes from the environment variable {variable}, so a new one could not take its place. Change it where that variable is set.</source>
        <translation>Het webhookgeheim van de hub komt uit de omgevingsvariabele {variable}, dus een nieuw geheim kon het niet vervangen. Wijzig het waar die variabele is ingesteld.</translation>
    </message>
    <message>
        <source>Passes {events}, for one entity</source>
        <translation>Passen {events}, voor één entiteit</translation>
    </message>
    <message>
        <source>PassEntry could not be reached ({problem}). Nothing was changed here; try again when online.</source>
        <translation>PassEntry was niet bereikbaar ({problem}). Hier is niets veranderd; probeer het opnieuw als je online bent.</translation>
    </message>
    <message>
        <source>Passes {events}, for the whole organisation “{name}”</source>
        <translation>Passen {events}, voor de hele organisatie “{name}”</translation>
    </message>
    <message>
        <source>Passes {events}, for the whole organisation</source>
        <translation>Passen {events}, voor de hele organisatie</translation>
    </message>
    <message>
        <source>PassEntry already has a subscription for {url}, but this API key cannot see it. Choose another address.</source>
        <translation>PassEntry heeft al een abonnement voor {url}, maar deze API-sleutel kan het niet zien. Kies een ander adres.</translation>
    </message>
    <message>
        <source>PassEntry did not do it: {problem}. {hint}</source>
        <translation>PassEntry heeft het niet gedaan: {problem}. {hint}</translation>
    </message>
    <message>
        <source>PassEntry did not do it: {problem}.</source>
        <translation>PassEntry heeft het niet gedaan: {problem}.</translation>
    </message>
    <message>
        <source>not offered on this account</source>
        <translation>niet beschikbaar voor dit account</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>failed with {status}: {detail}</source>
        <translation>mislukt met {status}: {detail}</translation>
    </message>
    <message>
        <source>failed with {status}</source>
        <translation>mislukt met {status}</translation>
    </message>
    <message>
        <source>failed: {detail}</source>
        <translation>mislukt: {detail}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>PIN step-up: {allowed}</source>
        <translation>PIN-goedkeuring: {allowed}</translation>
    </message>
    <message>
        <source>PIN step-up</source>
        <translation>PIN-goedkeuring</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>The audit trail was tampered with:</source>
        <translation>Er is met het auditlog geknoeid:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <source>Desk, person, subject or value</source>
        <translation>Werkplek, persoon, onderwerp of waarde</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Woorden</translation>
    </message>
    <message>
        <source>From</source>
        <comment>from a day</comment>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <comment>up to a day</comment>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Audit trail check</source>
        <translation>Controle auditlog</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Auditregels</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Auditlog controleren…</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no first or last day</comment>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries shown, newest first (the newest {shown}; the export has them all)</source>
        <translation>
            <numerusform>%Ln regel getoond, nieuwste eerst (de nieuwste {shown}; de export bevat ze allemaal)</numerusform>
            <numerusform>%Ln regels getoond, nieuwste eerst (de nieuwste {shown}; de export bevat ze allemaal)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the audit trail: {reason}. Nothing is known about it until it can be read: try Refresh.</source>
        <translation>Kan het auditlog niet lezen: {reason}. Er is niets over bekend tot het gelezen kan worden: probeer Vernieuwen.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Het auditlog exporteren</translation>
    </message>
    <message>
        <source>Could not read the audit trail: {reason}</source>
        <translation>Kan het auditlog niet lezen: {reason}</translation>
    </message>
    <message>
        <source>PIN step-ups</source>
        <translation>PIN-goedkeuringen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>What can I do?</source>
        <translation>Wat mag ik doen?</translation>
    </message>
    <message>
        <source>People and PINs</source>
        <translation>Mensen en PIN&apos;s</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Turn roles on</source>
        <translation>Rollen inschakelen</translation>
    </message>
    <message>
        <source>Roles are off: every desk may do everything, as a shop run by one person wants. To give door and counter staff only their part, set the first manager PIN. You become the first manager; then add supervisors and managers here.</source>
        <translation>Rollen staan uit: elke werkplek mag alles, zoals een winkel met één persoon wil. Stel de eerste manager-PIN in om deur- en kassapersoneel alleen hun eigen deel te geven. Jij wordt de eerste manager; voeg daarna hier supervisors en managers toe.</translation>
    </message>
    <message>
        <source>Set the first manager PIN…</source>
        <translation>Eerste manager-PIN instellen…</translation>
    </message>
    <message>
        <source>People with a PIN</source>
        <translation>Mensen met een PIN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Persoon toevoegen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entr(y|ies)</source>
        <translation>
            <numerusform>%Ln auditregel</numerusform>
            <numerusform>%Ln auditregels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is whole: %Ln entr(y|ies), each checked.</source>
        <translation>
            <numerusform>Het auditlog is volledig: %Ln regel, gecontroleerd.</numerusform>
            <numerusform>Het auditlog is volledig: %Ln regels, elk gecontroleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>more breaks of the audit trail</comment>
        <translation>
            <numerusform>en nog %Ln</numerusform>
            <numerusform>en nog %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y|ies) shown, newest first</source>
        <translation>
            <numerusform>%Ln regel getoond, nieuwste eerst</numerusform>
            <numerusform>%Ln regels getoond, nieuwste eerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing audit entries…</source>
        <translation>Auditregels wegschrijven…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>PIN resetten…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Rol wijzigen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation>Mijn PIN wijzigen…</translation>
    </message>
    <message>
        <source>The venue&apos;s rules</source>
        <translation>De regels van de locatie</translation>
    </message>
    <message>
        <source>Door staff may search guests and admit them by name (the admission itself still needs a supervisor&apos;s PIN)</source>
        <translation>Deurpersoneel mag gasten zoeken en op naam toelaten (de toegang zelf vereist nog de PIN van een supervisor)</translation>
    </message>
    <message>
        <source>Door staff see guests&apos; names</source>
        <translation>Deurpersoneel ziet namen van gasten</translation>
    </message>
    <message>
        <source>Largest redemption by counter staff</source>
        <translation>Grootste inwisseling door kassamedewerkers</translation>
    </message>
    <message>
        <source>Most points changed on one card per hour</source>
        <translation>Maximaal aantal gewijzigde punten per kaart per uur</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>Regels opslaan</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <source> points</source>
        <comment>after a number in a spin box; keep the leading space</comment>
        <translation> punten</translation>
    </message>
    <message>
        <source>The staff list could not be read: {error}</source>
        <translation>De personeelslijst kon niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>Locked out until {when}</source>
        <translation>Geblokkeerd tot {when}</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a PIN is set</comment>
        <translation>Ingesteld</translation>
    </message>
    <message>
        <source>Not changed: that needs a manager&apos;s PIN.</source>
        <translation>Niet gewijzigd: daarvoor is de PIN van een manager nodig.</translation>
    </message>
    <message>
        <source>This computer has no keychain, where passdesk keeps the code that recovers a forgotten manager PIN. Set the first manager PIN on a desk with a keychain.</source>
        <translation>Deze computer heeft geen sleutelhanger, waarin passdesk de code bewaart waarmee een vergeten manager-PIN wordt hersteld. Stel de eerste manager-PIN in op een werkplek met een sleutelhanger.</translation>
    </message>
    <message>
        <source>Roles are on. {name} is the first manager.</source>
        <translation>Rollen staan aan. {name} is de eerste manager.</translation>
    </message>
    <message>
        <source>The first manager PIN</source>
        <translation>De eerste manager-PIN</translation>
    </message>
    <message>
        <source>You become the venue&apos;s first manager. Your PIN allows everything a role may not do. If it is ever forgotten, `passdesk roles recover` on this computer sets a new one (it needs this computer&apos;s keychain). Choose what this desk does once roles are on: a shop&apos;s counter runs as Counter staff.</source>
        <translation>Je wordt de eerste manager van de locatie. Met jouw PIN mag alles wat een rol niet mag. Als hij ooit vergeten wordt, stelt `passdesk roles recover` op deze computer een nieuwe in (daarvoor is de sleutelhanger van deze computer nodig). Kies wat deze werkplek doet zodra rollen aan staan: de toonbank van een winkel draait als Kassamedewerker.</translation>
    </message>
    <message>
        <source>This desk runs as</source>
        <translation>Deze werkplek draait als</translation>
    </message>
    <message>
        <source>Roles are on, but this desk&apos;s role was not saved: {problem}</source>
        <translation>Rollen staan aan, maar de rol van deze werkplek is niet opgeslagen: {problem}</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>een persoon toevoegen</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Their PIN is theirs: they type it themselves here, twice.</source>
        <translation>Hun PIN is van hen: ze typen hem hier zelf, twee keer.</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add a person</comment>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>a new PIN for {name}</source>
        <translation>een nieuwe PIN voor {name}</translation>
    </message>
    <message>
        <source>{name} has a new PIN.</source>
        <translation>{name} heeft een nieuwe PIN.</translation>
    </message>
    <message>
        <source>Reset a PIN</source>
        <translation>PIN resetten</translation>
    </message>
    <message>
        <source>A forgotten PIN is replaced, and a lockout ends.</source>
        <translation>Een vergeten PIN wordt vervangen en een blokkering eindigt.</translation>
    </message>
    <message>
        <source>Reset</source>
        <comment>button: reset a PIN</comment>
        <translation>Resetten</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <source>{name}&apos;s role</source>
        <translation>Rol van {name}</translation>
    </message>
    <message>
        <source>{name} becomes {role}</source>
        <translation>{name} wordt {role}</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} is nu {role}.</translation>
    </message>
    <message>
        <source>Remove {name}? Their PIN stops working at every desk.</source>
        <translation>{name} verwijderen? Hun PIN werkt dan op geen enkele werkplek meer.</translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation>{name} verwijderen</translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation>{name} is verwijderd.</translation>
    </message>
    <message>
        <source>{name}&apos;s PIN was changed.</source>
        <translation>De PIN van {name} is gewijzigd.</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Mijn PIN wijzigen</translation>
    </message>
    <message>
        <source>Type your PIN now, then the new one twice.</source>
        <translation>Typ nu je PIN, daarna twee keer de nieuwe.</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>button: change my PIN</comment>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Niets gewijzigd.</translation>
    </message>
    <message>
        <source>the venue&apos;s rules</source>
        <translation>de regels van de locatie</translation>
    </message>
    <message>
        <source>The venue&apos;s rules were saved: every desk uses them now.</source>
        <translation>De regels van de locatie zijn opgeslagen: elke werkplek gebruikt ze nu.</translation>
    </message>
    <message>
        <source>Not saved: the database did not answer ({error}).</source>
        <translation>Niet opgeslagen: de database antwoordde niet ({error}).</translation>
    </message>
    <message>
        <source>{name} can now give a door staff&apos;s PIN.</source>
        <translation>{name} kan nu een PIN voor deurpersoneel geven.</translation>
    </message>
    <message>
        <source>{name} can now give a counter staff&apos;s PIN.</source>
        <translation>{name} kan nu een PIN voor kassamedewerkers geven.</translation>
    </message>
    <message>
        <source>{name} can now give a supervisor&apos;s PIN.</source>
        <translation>{name} kan nu een PIN van een supervisor geven.</translation>
    </message>
    <message>
        <source>{name} can now give a manager&apos;s PIN.</source>
        <translation>{name} kan nu een PIN van een manager geven.</translation>
    </message>
    <message>
        <source>As the staff know them</source>
        <translation>Zoals het personeel hen kent</translation>
    </message>
    <message>
        <source>The PIN now</source>
        <translation>De huidige PIN</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Huidige PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Nogmaals dezelfde PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nieuwe PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nieuwe PIN nogmaals</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Typ de naam van de persoon.</translation>
    </message>
    <message>
        <source>The two new PINs differ. Type the same PIN twice.</source>
        <translation>De twee nieuwe PIN&apos;s verschillen. Typ twee keer dezelfde PIN.</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Niet vergrendeld</translation>
    </message>
    <message>
        <source>Locked to the Door</source>
        <translation>Vergrendeld op Ingang</translation>
    </message>
    <message>
        <source>Locked to the Till</source>
        <translation>Vergrendeld op Kassa</translation>
    </message>
    <message>
        <source>What</source>
        <comment>what may be done</comment>
        <translation>Wat</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Deze werkplek</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>Draait als</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>A PIN allows</source>
        <translation>Een PIN geldt</translation>
    </message>
    <message>
        <source>Save this desk</source>
        <translation>Deze werkplek opslaan</translation>
    </message>
    <message>
        <source>This desk runs as {role}.</source>
        <translation>Deze werkplek draait als {role}.</translation>
    </message>
    <message>
        <source>What its role may not do asks for a supervisor&apos;s or a manager&apos;s PIN, for that action only. Every such PIN is written in the audit trail.</source>
        <translation>Wat de rol niet mag, vraagt om de PIN van een supervisor of manager, alleen voor die actie. Elke zo&apos;n PIN wordt in het auditlog vastgelegd.</translation>
    </message>
    <message>
        <source>Roles are off: everyone at this desk may do everything.</source>
        <translation>Rollen staan uit: iedereen op deze werkplek mag alles.</translation>
    </message>
    <message>
        <source>A manager turns roles on by setting the first manager PIN under People and PINs. The table shows what each role may do once they are on.</source>
        <translation>Een manager schakelt rollen in door de eerste manager-PIN in te stellen onder Mensen en PIN&apos;s. De tabel toont wat elke rol mag zodra ze aan staan.</translation>
    </message>
    <message>
        <source>{role} (this desk)</source>
        <translation>{role} (deze werkplek)</translation>
    </message>
    <message>
        <source>Not saved: a kiosk needs roles on, or anyone could unlock it. Set the first manager PIN under People and PINs first.</source>
        <translation>Niet opgeslagen: een kiosk vereist dat rollen aan staan, anders kan iedereen hem ontgrendelen. Stel eerst de eerste manager-PIN in onder Mensen en PIN&apos;s.</translation>
    </message>
    <message>
        <source>this desk&apos;s role</source>
        <translation>de rol van deze werkplek</translation>
    </message>
    <message>
        <source>this desk&apos;s kiosk lock</source>
        <translation>de kioskvergrendeling van deze werkplek</translation>
    </message>
    <message>
        <source>Not saved: no PIN was given.</source>
        <translation>Niet opgeslagen: er is geen PIN gegeven.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Niet opgeslagen: {problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>For that one action only</source>
        <translation>Alleen voor die ene actie</translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>Voor %n minuut</numerusform>
            <numerusform>Voor %n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>disk full</source>
        <translation>schijf vol</translation>
    </message>
    <message>
        <source>database locked</source>
        <translation>database vergrendeld</translation>
    </message>
    <message>
        <source>database damaged</source>
        <translation>database beschadigd</translation>
    </message>
    <message>
        <source>database read-only</source>
        <translation>database alleen-lezen</translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation>I/O-fout</translation>
    </message>
    <message>
        <source>storage error</source>
        <translation>opslagfout</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the database is busy (another program holds it)</source>
        <translation>de database is bezet (een ander programma houdt hem vast)</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>het databasebestand is beschadigd</translation>
    </message>
    <message>
        <source>the database cannot be written (read-only)</source>
        <translation>er kan niet naar de database worden geschreven (alleen-lezen)</translation>
    </message>
    <message>
        <source>the disk could not be written (I/O error)</source>
        <translation>er kon niet naar de schijf worden geschreven (I/O-fout)</translation>
    </message>
    <message>
        <source>it could not be saved</source>
        <translation>het kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>Do not admit; scan again in a moment. If it stays, call a supervisor.</source>
        <translation>Niet toelaten; scan zo opnieuw. Blijft het, roep dan een supervisor.</translation>
    </message>
    <message>
        <source>Do not admit; call a supervisor.</source>
        <translation>Niet toelaten; roep een supervisor.</translation>
    </message>
    <message>
        <source>Not recorded — {what}. {todo}</source>
        <translation>Niet opgeslagen — {what}. {todo}</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Call a supervisor.</source>
        <translation>Roep een supervisor.</translation>
    </message>
    <message>
        <source>Not saved — {what}. No points were changed. {todo}</source>
        <translation>Niet opgeslagen — {what}. Er zijn geen punten gewijzigd. {todo}</translation>
    </message>
    <message>
        <source>Low disk space: {size} free</source>
        <translation>Weinig schijfruimte: {size} vrij</translation>
    </message>
    <message>
        <source>Low disk space: {size} free for the local store. Free some space now: when the disk is full, scans are not recorded.</source>
        <translation>Weinig schijfruimte: {size} vrij voor de lokale database. Maak nu ruimte vrij: als de schijf vol is, worden scans niet opgeslagen.</translation>
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
        <translation>Kan de database op {url} niet openen: {problem}</translation>
    </message>
    <message>
        <source>unsent changes</source>
        <translation>niet-verzonden wijzigingen</translation>
    </message>
    <message>
        <source>door scans</source>
        <translation>ingangsscans</translation>
    </message>
    <message>
        <source>loyalty operations</source>
        <translation>spaarbewerkingen</translation>
    </message>
    <message>
        <source>template drafts</source>
        <translation>sjabloonconcepten</translation>
    </message>
    <message>
        <source>sync marks</source>
        <translation>synchronisatiemarkeringen</translation>
    </message>
    <message>
        <source>hub deliveries</source>
        <translation>hubleveringen</translation>
    </message>
    <message>
        <source>readers</source>
        <translation>lezers</translation>
    </message>
    <message>
        <source>reader settings</source>
        <translation>lezerinstellingen</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>accounts</translation>
    </message>
    <message>
        <source>events</source>
        <translation>evenementen</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>sjablonen</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>passen</translation>
    </message>
    <message numerus="yes">
        <source>{table}: could not be read (%Ln row(s))</source>
        <translation>
            <numerusform>{table}: kon niet worden gelezen (%Ln rij)</numerusform>
            <numerusform>{table}: kon niet worden gelezen (%Ln rijen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{table}: could not be read</source>
        <translation>{table}: kon niet worden gelezen</translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, some lost</source>
        <translation>{table}: {rescued} gered, een deel verloren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rescued into a fresh store:</source>
        <translation>
            <numerusform>%Ln rij gered naar een nieuwe database:</numerusform>
            <numerusform>%Ln rijen gered naar een nieuwe database:</numerusform>
        </translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, {lost} lost</source>
        <translation>{table}: {rescued} gered, {lost} verloren</translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, none lost</source>
        <translation>{table}: {rescued} gered, niets verloren</translation>
    </message>
    <message>
        <source>{line} (they come back with the sync)</source>
        <translation>{line} (deze komen terug met de synchronisatie)</translation>
    </message>
    <message>
        <source>The damaged file was kept as {path}.</source>
        <translation>Het beschadigde bestand is bewaard als {path}.</translation>
    </message>
    <message>
        <source>A fresh store was started; nothing was copied from the old one.</source>
        <translation>Er is een nieuwe database gestart; er is niets uit de oude gekopieerd.</translation>
    </message>
    <message>
        <source>Passes and events come back with the next sync.</source>
        <translation>Passen en evenementen komen terug met de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Nothing could be read from it: {problem}</source>
        <translation>Er kon niets uit worden gelezen: {problem}</translation>
    </message>
    <message>
        <source>  {table}</source>
        <comment>a line of the list; keep the two spaces</comment>
        <translation>  {table}</translation>
    </message>
    <message>
        <source>A full sync now brings passes and events back from PassEntry.</source>
        <translation>Een volledige synchronisatie haalt nu passen en evenementen terug van PassEntry.</translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation>Er is geen databasebestand op {path}.</translation>
    </message>
    <message>
        <source>Could not move the damaged file aside: {problem}</source>
        <translation>Kan het beschadigde bestand niet opzij zetten: {problem}</translation>
    </message>
    <message>
        <source>Could not copy the damaged file to read it: {problem}</source>
        <translation>Kan het beschadigde bestand niet kopiëren om het te lezen: {problem}</translation>
    </message>
    <message>
        <source>Could not create a fresh store at {path}: {problem}</source>
        <translation>Kan geen nieuwe database maken op {path}: {problem}</translation>
    </message>
    <message>
        <source>The fresh store did not open: {problem}</source>
        <translation>De nieuwe database is niet geopend: {problem}</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The server&apos;s answer to send-now has no &apos;success&apos;</source>
        <translation>Het antwoord van de server op nu verzenden bevat geen &apos;success&apos;</translation>
    </message>
    <message>
        <source>The batch file link is not a URL: {url}</source>
        <translation>De link naar het batchbestand is geen URL: {url}</translation>
    </message>
    <message>
        <source>The batch file link is not an https:// address</source>
        <translation>De link naar het batchbestand is geen https://-adres</translation>
    </message>
    <message>
        <source>Could not fetch the batch file from {host}</source>
        <translation>Kan het batchbestand niet ophalen van {host}</translation>
    </message>
    <message>
        <source>The batch file could not be fetched (HTTP {status})</source>
        <translation>Het batchbestand kon niet worden opgehaald (HTTP {status})</translation>
    </message>
    <message>
        <source>the passes list answered</source>
        <translation>de passenlijst antwoordde</translation>
    </message>
    <message>
        <source>Connected to {host} in {ms} ms: {seen}</source>
        <translation>Verbonden met {host} in {ms} ms: {seen}</translation>
    </message>
    <message>
        <source>Check the API key in Settings (PassEntry Dashboard -&gt; Developer tools).</source>
        <translation>Controleer de API-sleutel in Instellingen (PassEntry Dashboard -&gt; Developer tools).</translation>
    </message>
    <message>
        <source>This API key may not do that; ask the account owner for access.</source>
        <translation>Deze API-sleutel mag dat niet; vraag de eigenaar van het account om toegang.</translation>
    </message>
    <message>
        <source>It may have been deleted, or belongs to another entity.</source>
        <translation>Het is misschien verwijderd, of hoort bij een andere entiteit.</translation>
    </message>
    <message>
        <source>The PassEntry API of this account does not have it; the rest keeps working.</source>
        <translation>De PassEntry-API van dit account heeft dit niet; de rest blijft werken.</translation>
    </message>
    <message>
        <source>PassEntry is still working on it; look again in a few minutes.</source>
        <translation>PassEntry is er nog mee bezig; kijk over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>Check the template&apos;s images and fields, then publish again.</source>
        <translation>Controleer de afbeeldingen en velden van het sjabloon en publiceer opnieuw.</translation>
    </message>
    <message>
        <source>The request was refused as sent; the message above says what to change.</source>
        <translation>Het verzoek is zoals verzonden geweigerd; het bericht hierboven zegt wat je moet wijzigen.</translation>
    </message>
    <message>
        <source>PassEntry asks us to slow down; the change will be retried later.</source>
        <translation>PassEntry vraagt ons het rustiger aan te doen; de wijziging wordt later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>PassEntry had a problem; try again in a few minutes.</source>
        <translation>PassEntry had een probleem; probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>Check the network connection; work continues offline.</source>
        <translation>Controleer de netwerkverbinding; het werk gaat offline door.</translation>
    </message>
    <message>
        <source>Is the API base URL right? It should end in /api/v1.</source>
        <translation>Klopt de basis-URL van de API? Die moet eindigen op /api/v1.</translation>
    </message>
    <message>
        <source>Use an https:// URL; plain http is only allowed for this computer (loopback).</source>
        <translation>Gebruik een https://-URL; gewone http is alleen toegestaan voor deze computer (loopback).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not one record: {problem}</source>
        <translation>Het antwoord van de server is niet één record: {problem}</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer {what}</source>
        <translation>Dit PassEntry-account biedt dit niet: {what}</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a PassEntry document: {problem}.</source>
        <translation>Het antwoord van de server is geen PassEntry-document: {problem}.</translation>
    </message>
    <message>
        <source>The server sent a page link to another host ({host}); not followed.</source>
        <translation>De server stuurde een paginalink naar een andere host ({host}); niet gevolgd.</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} with a body that is not valid JSON ({kind}, {size} bytes)</source>
        <translation>{host} antwoordde HTTP {status} met een body die geen geldige JSON is ({kind}, {size} bytes)</translation>
    </message>
    <message>
        <source>Could not connect to {host}</source>
        <translation>Kan geen verbinding maken met {host}</translation>
    </message>
    <message>
        <source>No answer from {host} in time</source>
        <translation>Geen antwoord van {host} op tijd</translation>
    </message>
    <message>
        <source>The connection to {host} dropped before an answer arrived</source>
        <translation>De verbinding met {host} viel weg voordat er een antwoord kwam</translation>
    </message>
    <message>
        <source>Network problem talking to {host} ({error})</source>
        <translation>Netwerkprobleem bij contact met {host} ({error})</translation>
    </message>
    <message>
        <source>{problem}; the change may or may not have been applied</source>
        <translation>{problem}; de wijziging is mogelijk wel of niet toegepast</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>De API-sleutel is niet geaccepteerd</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that</source>
        <translation>Deze API-sleutel mag dat niet</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>PassEntry refused the request</source>
        <translation>PassEntry heeft het verzoek geweigerd</translation>
    </message>
    <message>
        <source>Too many requests to {host}</source>
        <translation>Te veel verzoeken aan {host}</translation>
    </message>
    <message>
        <source>Too many requests to {host}; it asks to wait {seconds} s</source>
        <translation>Te veel verzoeken aan {host}; die vraagt {seconds} s te wachten</translation>
    </message>
    <message>
        <source>{host} had a server error (HTTP {status})</source>
        <translation>{host} had een serverfout (HTTP {status})</translation>
    </message>
    <message>
        <source>The request was refused (HTTP {status})</source>
        <translation>Het verzoek is geweigerd (HTTP {status})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es)</source>
        <translation>
            <numerusform>%Ln pas</numerusform>
            <numerusform>%Ln passen</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}: {detail}</source>
        <comment>an error, then the server&apos;s own words</comment>
        <translation>{problem}: {detail}</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list: {problem}</source>
        <translation>Het antwoord van de server is geen lijst: {problem}</translation>
    </message>
    <message>
        <source>the passes list</source>
        <translation>de passenlijst</translation>
    </message>
    <message>
        <source>issuing passes</source>
        <translation>passen uitgeven</translation>
    </message>
    <message>
        <source>a pass</source>
        <translation>een pas</translation>
    </message>
    <message>
        <source>pass changes</source>
        <translation>paswijzigingen</translation>
    </message>
    <message>
        <source>messages to a pass</source>
        <translation>berichten aan een pas</translation>
    </message>
    <message>
        <source>nullifying passes</source>
        <translation>passen ongeldig maken</translation>
    </message>
    <message>
        <source>loyalty balances</source>
        <translation>spaarsaldi</translation>
    </message>
    <message>
        <source>loyalty changes</source>
        <translation>spaarwijzigingen</translation>
    </message>
    <message>
        <source>pass templates</source>
        <translation>passjablonen</translation>
    </message>
    <message>
        <source>pass templates (older route)</source>
        <translation>passjablonen (oudere route)</translation>
    </message>
    <message>
        <source>creating pass templates</source>
        <translation>passjablonen maken</translation>
    </message>
    <message>
        <source>changing pass templates</source>
        <translation>passjablonen wijzigen</translation>
    </message>
    <message>
        <source>a list of pass templates</source>
        <translation>een lijst met passjablonen</translation>
    </message>
    <message>
        <source>adding readers</source>
        <translation>lezers toevoegen</translation>
    </message>
    <message>
        <source>the reader configuration</source>
        <translation>de lezerconfiguratie</translation>
    </message>
    <message>
        <source>changing the reader configuration by API (set it in the PassEntry dashboard: Readers -&gt; Reader Configuration)</source>
        <translation>de lezerconfiguratie wijzigen via de API (stel die in het PassEntry-dashboard in: Readers -&gt; Reader Configuration)</translation>
    </message>
    <message>
        <source>the scans list</source>
        <translation>de scanlijst</translation>
    </message>
    <message>
        <source>a scan</source>
        <translation>een scan</translation>
    </message>
    <message>
        <source>checking scans</source>
        <translation>scans controleren</translation>
    </message>
    <message>
        <source>logging scans</source>
        <translation>scans registreren</translation>
    </message>
    <message>
        <source>the webhook subscriptions list</source>
        <translation>de lijst met webhookabonnementen</translation>
    </message>
    <message>
        <source>adding webhook subscriptions</source>
        <translation>webhookabonnementen toevoegen</translation>
    </message>
    <message>
        <source>a webhook subscription</source>
        <translation>een webhookabonnement</translation>
    </message>
    <message>
        <source>changing webhook subscriptions</source>
        <translation>webhookabonnementen wijzigen</translation>
    </message>
    <message>
        <source>new webhook secrets</source>
        <translation>nieuwe webhookgeheimen</translation>
    </message>
    <message>
        <source>batch pass creation</source>
        <translation>passen maken in batches</translation>
    </message>
    <message>
        <source>batch pass updates</source>
        <translation>passen bijwerken in batches</translation>
    </message>
    <message>
        <source>wallet messaging</source>
        <translation>wallet-berichten</translation>
    </message>
    <message>
        <source>the batches list</source>
        <translation>de batchlijst</translation>
    </message>
    <message>
        <source>a batch</source>
        <translation>een batch</translation>
    </message>
    <message>
        <source>cancelling batches</source>
        <translation>batches annuleren</translation>
    </message>
    <message>
        <source>sending batches now</source>
        <translation>batches nu verzenden</translation>
    </message>
    <message>
        <source>uploading images</source>
        <translation>afbeeldingen uploaden</translation>
    </message>
    <message>
        <source>the image list</source>
        <translation>de afbeeldingenlijst</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>een afbeelding</translation>
    </message>
    <message>
        <source>the entities list</source>
        <translation>de entiteitenlijst</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>entiteiten</translation>
    </message>
    <message>
        <source>the events list</source>
        <translation>de evenementenlijst</translation>
    </message>
    <message>
        <source>events</source>
        <translation>evenementen</translation>
    </message>
    <message>
        <source>creating events</source>
        <translation>evenementen maken</translation>
    </message>
    <message>
        <source>changing events</source>
        <translation>evenementen wijzigen</translation>
    </message>
    <message>
        <source>the readers list</source>
        <translation>de lezerlijst</translation>
    </message>
    <message>
        <source>showing a reader</source>
        <translation>een lezer tonen</translation>
    </message>
    <message>
        <source>changing readers</source>
        <translation>lezers wijzigen</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no {name} object</source>
        <translation>Het antwoord van de server heeft geen object {name}</translation>
    </message>
    <message>
        <source>PassEntry could not process the template {template}</source>
        <translation>PassEntry kon het sjabloon {template} niet verwerken</translation>
    </message>
    <message>
        <source>The template {template} was still being processed after {seconds} s</source>
        <translation>Het sjabloon {template} werd na {seconds} s nog steeds verwerkt</translation>
    </message>
    <message>
        <source>Not a valid URL: {url} ({problem})</source>
        <translation>Geen geldige URL: {url} ({problem})</translation>
    </message>
    <message>
        <source>Not an http(s) URL: {url}</source>
        <translation>Geen http(s)-URL: {url}</translation>
    </message>
    <message>
        <source>Refusing plain http to {host}: the API key would travel unencrypted.</source>
        <translation>Gewone http naar {host} geweigerd: de API-sleutel zou onversleuteld worden verzonden.</translation>
    </message>
    <message>
        <source>The validation service at {host} did not answer in time</source>
        <translation>De validatieservice op {host} antwoordde niet op tijd</translation>
    </message>
    <message>
        <source>Could not reach the validation service at {host}</source>
        <translation>Kan de validatieservice op {host} niet bereiken</translation>
    </message>
    <message>
        <source>The validation service refused the token</source>
        <translation>De validatieservice weigerde het token</translation>
    </message>
    <message>
        <source>The validation service answered HTTP {status}</source>
        <translation>De validatieservice antwoordde HTTP {status}</translation>
    </message>
    <message>
        <source>The validation service&apos;s answer is not a validationResponse ({problem})</source>
        <translation>Het antwoord van de validatieservice is geen validationResponse ({problem})</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a webhook subscription</source>
        <translation>Het antwoord van de server is geen webhookabonnement</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Controle nodig</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworpen</translation>
    </message>
    <message>
        <source>Issue pass</source>
        <translation>Pas uitgeven</translation>
    </message>
    <message>
        <source>Edit pass</source>
        <translation>Pas bewerken</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Nullify pass</source>
        <translation>Pas ongeldig maken</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Evenement maken</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Evenement bewerken</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Volgende poging</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Laatste bericht</translation>
    </message>
    <message numerus="yes">
        <source>Loyalty {signed} point(s)</source>
        <comment>signed: +10 or -5</comment>
        <translation>
            <numerusform>Spaarpunten {signed} punt</numerusform>
            <numerusform>Spaarpunten {signed} punten</numerusform>
        </translation>
    </message>
    <message>
        <source>Loyalty balance set to {balance}</source>
        <translation>Spaarsaldo ingesteld op {balance}</translation>
    </message>
    <message>
        <source>Log scan in PassEntry (denied)</source>
        <translation>Scan registreren in PassEntry (geweigerd)</translation>
    </message>
    <message>
        <source>Log scan in PassEntry (successful)</source>
        <translation>Scan registreren in PassEntry (geslaagd)</translation>
    </message>
    <message>
        <source>Deactivate pass</source>
        <translation>Pas deactiveren</translation>
    </message>
    <message>
        <source>Edit pass and notify</source>
        <translation>Pas bewerken en melden</translation>
    </message>
    <message>
        <source>reader</source>
        <comment>noun in a sentence: this reader</comment>
        <translation>deze lezer</translation>
    </message>
    <message>
        <source>event</source>
        <comment>noun in a sentence: this event</comment>
        <translation>dit evenement</translation>
    </message>
    <message>
        <source>pass</source>
        <comment>noun in a sentence: this pass</comment>
        <translation>deze pas</translation>
    </message>
    <message>
        <source>the scan of {value} as reader {reader}</source>
        <translation>de scan van {value} als lezer {reader}</translation>
    </message>
    <message>
        <source>{name} (event {id})</source>
        <translation>{name} (evenement {id})</translation>
    </message>
    <message>
        <source>{name} (pass {id})</source>
        <translation>{name} (pas {id})</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no id</comment>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>event {id}</source>
        <translation>evenement {id}</translation>
    </message>
    <message>
        <source>pass {id}</source>
        <translation>pas {id}</translation>
    </message>
    <message>
        <source>Waiting: offline</source>
        <translation>Wachtend: offline</translation>
    </message>
    <message>
        <source>When PassEntry answers</source>
        <translation>Als PassEntry antwoordt</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Tegengehouden</translation>
    </message>
    <message>
        <source>When you retry</source>
        <translation>Als je opnieuw probeert</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>next try: this moment</comment>
        <translation>Nu</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Zo snel mogelijk</translation>
    </message>
    <message>
        <source>{value} at {reader}</source>
        <comment>a scan at a reader</comment>
        <translation>{value} bij {reader}</translation>
    </message>
    <message>
        <source>Scanned value {value}, logged as reader {reader}</source>
        <translation>Gescande waarde {value}, geregistreerd als lezer {reader}</translation>
    </message>
    <message>
        <source>Event {id}</source>
        <translation>Evenement {id}</translation>
    </message>
    <message>
        <source>Pass {id}</source>
        <translation>Pas {id}</translation>
    </message>
    <message>
        <source>Waits for an earlier change to this {target} that needs you: retry or discard that one first.</source>
        <translation>Wacht op een eerdere wijziging aan {target} die jou nodig heeft: probeer die eerst opnieuw of verwerp die.</translation>
    </message>
    <message>
        <source>Made at {made}
Message: {message}</source>
        <translation>Gemaakt op {made}
Bericht: {message}</translation>
    </message>
    <message>
        <source>Made at {made}</source>
        <translation>Gemaakt op {made}</translation>
    </message>
    <message>
        <source>Sync requested…</source>
        <translation>Synchronisatie aangevraagd…</translation>
    </message>
    <message>
        <source>Sync with a status check of every pass requested…</source>
        <translation>Synchronisatie met statuscontrole van elke pas aangevraagd…</translation>
    </message>
    <message>
        <source>Offline: passdesk will sync when PassEntry answers again. Changes made here are kept until then.</source>
        <translation>Offline: passdesk synchroniseert zodra PassEntry weer antwoordt. Wijzigingen die hier worden gemaakt, blijven tot dan bewaard.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was fetched is kept; the next sync carries on from there.</source>
        <translation>Synchronisatie geannuleerd. Wat is opgehaald, blijft bewaard; de volgende synchronisatie gaat vanaf daar verder.</translation>
    </message>
    <message>
        <source>The last sync attempt did not finish: {problem}</source>
        <translation>De laatste synchronisatiepoging is niet voltooid: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Idle. passdesk syncs by itself every %Ln minute(s).</source>
        <translation>
            <numerusform>Inactief. passdesk synchroniseert zelf elke %Ln minuut.</numerusform>
            <numerusform>Inactief. passdesk synchroniseert zelf elke %Ln minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after this page… ({doing})</source>
        <translation>Annuleren na deze pagina… ({doing})</translation>
    </message>
    <message>
        <source>Cannot read the outbox: {error}</source>
        <translation>Kan postvak uit niet lezen: {error}</translation>
    </message>
    <message>
        <source>Not discarded: a supervisor&apos;s PIN was not given.</source>
        <translation>Niet verworpen: er is geen PIN van een supervisor opgegeven.</translation>
    </message>
    <message>
        <source>That did not work: {error}. The list below is up to date again.</source>
        <translation>Dat is niet gelukt: {error}. De lijst hieronder is weer bijgewerkt.</translation>
    </message>
    <message>
        <source>Discard “{change}” for {target}</source>
        <translation>&apos;{change}&apos; voor {target} verwerpen</translation>
    </message>
    <message>
        <source>{change} for {target}</source>
        <translation>{change} voor {target}</translation>
    </message>
    <message>
        <source>Needs review: {what}.
{why}</source>
        <translation>Controle nodig: {what}.
{why}</translation>
    </message>
    <message>
        <source>passdesk cannot tell whether it was applied.</source>
        <translation>passdesk kan niet zien of het is toegepast.</translation>
    </message>
    <message>
        <source>Refused by PassEntry: {what}.
{why}</source>
        <translation>Geweigerd door PassEntry: {what}.
{why}</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Er is geen reden opgegeven.</translation>
    </message>
    <message>
        <source>Held back: {what}.
It goes once the earlier change to this {target} that needs you is retried or discarded.</source>
        <translation>Tegengehouden: {what}.
Gaat zodra de eerdere wijziging aan {target} die jou nodig heeft, opnieuw is geprobeerd of verworpen.</translation>
    </message>
    <message>
        <source>Waiting: {what}.
Last try: {why}. Next try: {next}.</source>
        <translation>Wachtend: {what}.
Laatste poging: {why}. Volgende poging: {next}.</translation>
    </message>
    <message>
        <source>Waiting changes are sent by themselves: nothing for you to do.</source>
        <translation>Wachtende wijzigingen worden vanzelf verzonden: je hoeft niets te doen.</translation>
    </message>
    <message>
        <source>Select a refused or to-be-reviewed change to retry or discard it.</source>
        <translation>Selecteer een geweigerde of te controleren wijziging om die opnieuw te proberen of te verwerpen.</translation>
    </message>
    <message>
        <source>Retry if PassEntry does not have it; Discard if it does, or if it should not be made.</source>
        <translation>Opnieuw proberen als PassEntry het niet heeft; Verwerpen als het dat wel heeft, of als het niet moet gebeuren.</translation>
    </message>
    <message>
        <source>Retry sends it again unchanged; Discard drops it so later changes can go.</source>
        <translation>Opnieuw proberen verstuurt het ongewijzigd opnieuw; Verwerpen laat het vallen zodat latere wijzigingen kunnen gaan.</translation>
    </message>
    <message>
        <source>Discard “{change}” for {target}?</source>
        <translation>&apos;{change}&apos; voor {target} verwerpen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen verwerpen</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)</source>
        <translation>
            <numerusform>%n wijziging verwerpen</numerusform>
            <numerusform>%n wijzigingen verwerpen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)?</source>
        <translation>
            <numerusform>%n wijziging verwerpen?</numerusform>
            <numerusform>%n wijzigingen verwerpen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <comment>button</comment>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>A discarded change will not reach PassEntry: it stays on this computer only, marked as discarded. Later changes to the same pass or event are sent as usual. This cannot be undone.</source>
        <translation>Een verworpen wijziging bereikt PassEntry niet: ze blijft alleen op deze computer, gemarkeerd als verworpen. Latere wijzigingen aan dezelfde pas of hetzelfde evenement worden gewoon verzonden. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
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
        <translation>Sleutel geweigerd</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Geen API-sleutel</translation>
    </message>
    <message>
        <source>Other server&apos;s data</source>
        <translation>Gegevens van andere server</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entiteiten</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Lezers</translation>
    </message>
    <message>
        <source>Passes (first full download)</source>
        <translation>Passen (eerste volledige download)</translation>
    </message>
    <message>
        <source>New passes</source>
        <translation>Nieuwe passen</translation>
    </message>
    <message>
        <source>Status of every pass</source>
        <translation>Status van elke pas</translation>
    </message>
    <message>
        <source>Which passes belong to which event</source>
        <translation>Welke passen bij welk evenement horen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln wijziging wacht op verzending</numerusform>
            <numerusform>%Ln wijzigingen wachten op verzending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to retry or discard</source>
        <translation>
            <numerusform>%Ln wijziging om opnieuw te proberen of te verwerpen</numerusform>
            <numerusform>%Ln wijzigingen om opnieuw te proberen of te verwerpen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <comment>status bar: changes not sent yet</comment>
        <translation>
            <numerusform>%Ln wachtend</numerusform>
            <numerusform>%Ln wachtend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to check</source>
        <comment>status bar: changes refused, for a person to retry or discard</comment>
        <translation>
            <numerusform>%Ln te controleren</numerusform>
            <numerusform>%Ln te controleren</numerusform>
        </translation>
    </message>
    <message>
        <source>PassEntry answers. Changes made here are sent as they are made.</source>
        <translation>PassEntry antwoordt. Wijzigingen die hier worden gemaakt, worden direct verzonden.</translation>
    </message>
    <message>
        <source>PassEntry cannot be reached.</source>
        <translation>PassEntry is niet bereikbaar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) fetched ({new} new)</source>
        <translation>
            <numerusform>%Ln pas opgehaald ({new} nieuw)</numerusform>
            <numerusform>%Ln passen opgehaald ({new} nieuw)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{fetched}; %Ln status(es) checked, none changed</source>
        <translation>
            <numerusform>{fetched}; %Ln status gecontroleerd, geen gewijzigd</numerusform>
            <numerusform>{fetched}; %Ln statussen gecontroleerd, geen gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{fetched}; %Ln status change(s)</source>
        <translation>
            <numerusform>{fetched}; %Ln statuswijziging</numerusform>
            <numerusform>{fetched}; %Ln statuswijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>{why}
Changes made here are kept and sent when the connection is back.</source>
        <translation>{why}
Wijzigingen die hier worden gemaakt, blijven bewaard en worden verzonden als de verbinding terug is.</translation>
    </message>
    <message>
        <source>PassEntry did not accept the API key.</source>
        <translation>PassEntry heeft de API-sleutel niet geaccepteerd.</translation>
    </message>
    <message>
        <source>{why}
Enter a valid key in Settings. Changes made here wait until then.</source>
        <translation>{why}
Voer een geldige sleutel in bij Instellingen. Wijzigingen die hier worden gemaakt, wachten tot dan.</translation>
    </message>
    <message>
        <source>No API key for this server. Add one in Settings, or set PASSDESK_API_KEY before starting passdesk.</source>
        <translation>Geen API-sleutel voor deze server. Voeg er een toe bij Instellingen, of stel PASSDESK_API_KEY in voordat je passdesk start.</translation>
    </message>
    <message>
        <source>The local data belongs to another server; nothing is sent.</source>
        <translation>De lokale gegevens horen bij een andere server; er wordt niets verzonden.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verbinding controleren…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>sync progress: items done of all</comment>
        <translation>{done} van {total}</translation>
    </message>
    <message>
        <source>{done} so far</source>
        <comment>sync progress: items done, total unknown</comment>
        <translation>{done} tot nu toe</translation>
    </message>
    <message>
        <source>{phase}: {counted} · {rate} per second</source>
        <translation>{phase}: {counted} · {rate} per seconde</translation>
    </message>
    <message>
        <source>{phase}: {counted}</source>
        <translation>{phase}: {counted}</translation>
    </message>
    <message>
        <source>No new passes</source>
        <translation>Geen nieuwe passen</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Nog niet gesynchroniseerd.</translation>
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
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Syncing… {percent}%</source>
        <translation>Synchroniseren… {percent}%</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Gesynchroniseerd {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Nothing waiting: every change made here has reached PassEntry.</source>
        <translation>Niets wachtend: elke wijziging die hier is gemaakt, heeft PassEntry bereikt.</translation>
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
            <numerusform>{fetched}; %Ln status gecontroleerd, {changed} gewijzigd</numerusform>
            <numerusform>{fetched}; %Ln statussen gecontroleerd, {changed} gewijzigd</numerusform>
        </translation>
    </message>
    <message>
        <source>entities</source>
        <comment>what an account may not offer</comment>
        <translation>entiteiten</translation>
    </message>
    <message>
        <source>events</source>
        <comment>what an account may not offer</comment>
        <translation>evenementen</translation>
    </message>
    <message>
        <source>readers</source>
        <comment>what an account may not offer</comment>
        <translation>lezers</translation>
    </message>
    <message>
        <source>template list</source>
        <comment>what an account may not offer</comment>
        <translation>de sjablonenlijst</translation>
    </message>
    <message>
        <source>reader configuration change</source>
        <comment>what an account may not offer</comment>
        <translation>het wijzigen van de lezerconfiguratie</translation>
    </message>
    <message>
        <source>scans list</source>
        <comment>what an account may not offer</comment>
        <translation>de scanlijst</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer {what}.</source>
        <translation>Dit PassEntry-account biedt het volgende niet: {what}.</translation>
    </message>
    <message>
        <source>(nothing on its standard error)</source>
        <translation>(niets op de standaardfoutuitvoer)</translation>
    </message>
    <message>
        <source>{kind}: {message}</source>
        <comment>an error: its kind (a program&apos;s name, not translated), then its message</comment>
        <translation>{kind}: {message}</translation>
    </message>
    <message>
        <source>The pull&apos;s process ended with exit code {code} before it finished. Its last words:
{tail}</source>
        <translation>Het ophaalproces stopte met afsluitcode {code} voordat het klaar was. De laatste uitvoer:
{tail}</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer the scans list: scans made by PassEntry&apos;s readers are not counted at the Door.</source>
        <translation>Dit PassEntry-account biedt de scanlijst niet aan: scans van de lezers van PassEntry worden niet meegeteld bij de Ingang.</translation>
    </message>
    <message>
        <source>No API key for this server.</source>
        <translation>Geen API-sleutel voor deze server.</translation>
    </message>
    <message>
        <source>The local data belongs to {bound}; nothing is sent to {server}. Restart passdesk to open that server&apos;s own local data.</source>
        <translation>De lokale gegevens horen bij {bound}; er wordt niets naar {server} verzonden. Start passdesk opnieuw om de eigen lokale gegevens van die server te openen.</translation>
    </message>
</context>
<context>
    <name>till</name>
    <message>
        <source>Set {name}&apos;s balance from {before} to {after}?</source>
        <translation>Saldo van {name} wijzigen van {before} naar {after}?</translation>
    </message>
    <message>
        <source>Set this customer&apos;s balance from {before} to {after}?</source>
        <translation>Saldo van deze klant wijzigen van {before} naar {after}?</translation>
    </message>
    <message>
        <source>Set balance</source>
        <translation>Saldo instellen</translation>
    </message>
    <message>
        <source>Set balance</source>
        <comment>the button that confirms</comment>
        <translation>Saldo instellen</translation>
    </message>
    <message>
        <source>This replaces the balance, whatever it is on PassEntry when the change arrives.</source>
        <translation>Dit vervangt het saldo, wat het op PassEntry ook is als de wijziging aankomt.</translation>
    </message>
    <message>
        <source>A supervisor must approve</source>
        <translation>Een supervisor moet goedkeuren</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>deze klant</translation>
    </message>
    <message>
        <source>Redeem {points} points for {name}? A supervisor must approve this.</source>
        <translation>{points} punten inwisselen voor {name}? Een supervisor moet dit goedkeuren.</translation>
    </message>
    <message>
        <source>The card showed {balance} points when it was last synced at {when}; PassEntry has not confirmed that balance.</source>
        <translation>De kaart toonde {balance} punten bij de laatste synchronisatie om {when}; PassEntry heeft dat saldo niet bevestigd.</translation>
    </message>
    <message>
        <source>The card showed {balance} points when it was last synced; PassEntry has not confirmed that balance.</source>
        <translation>De kaart toonde {balance} punten bij de laatste synchronisatie; PassEntry heeft dat saldo niet bevestigd.</translation>
    </message>
    <message>
        <source>{limit} {shown}</source>
        <translation>{limit} {shown}</translation>
    </message>
    <message>
        <source>Supervisor approves</source>
        <translation>Supervisor keurt goed</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Nog geen klant</translation>
    </message>
    <message>
        <source>Scan a loyalty card, or search by name or customer number.</source>
        <translation>Scan een spaarkaart, of zoek op naam of klantnummer.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>no template</source>
        <translation>geen sjabloon</translation>
    </message>
    <message>
        <source>{why} Scan the customer&apos;s loyalty card instead.</source>
        <translation>{why} Scan in plaats daarvan de spaarkaart van de klant.</translation>
    </message>
    <message>
        <source>Reward: {rewards}</source>
        <translation>Beloning: {rewards}</translation>
    </message>
    <message>
        <source>active</source>
        <comment>a pass&apos;s status</comment>
        <translation>actief</translation>
    </message>
    <message>
        <source>deactivated</source>
        <comment>a pass&apos;s status</comment>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <source>nullified</source>
        <comment>a pass&apos;s status</comment>
        <translation>ongeldig gemaakt</translation>
    </message>
    <message>
        <source>voided</source>
        <comment>a pass&apos;s status</comment>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>a pass&apos;s status</comment>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>points</source>
        <comment>beside the balance: the unit</comment>
        <translation>punten</translation>
    </message>
    <message>
        <source>last synced {when}, not confirmed</source>
        <translation>laatst gesynchroniseerd {when}, niet bevestigd</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>niet bevestigd</translation>
    </message>
    <message>
        <source>Not confirmed by PassEntry: the card showed {balance} when it was last synced. Redeem up to {limit} points; more needs a supervisor</source>
        <translation>Niet bevestigd door PassEntry: de kaart toonde {balance} bij de laatste synchronisatie. Wissel maximaal {limit} punten in; voor meer is een supervisor nodig</translation>
    </message>
    <message>
        <source>Not confirmed by PassEntry: the card showed {balance} when it was last synced</source>
        <translation>Niet bevestigd door PassEntry: de kaart toonde {balance} bij de laatste synchronisatie</translation>
    </message>
    <message>
        <source>PassEntry&apos;s balance is not known here yet</source>
        <translation>Het saldo bij PassEntry is hier nog niet bekend</translation>
    </message>
    <message>
        <source>PassEntry confirmed {balance} at {when}</source>
        <translation>PassEntry bevestigde {balance} om {when}</translation>
    </message>
    <message>
        <source>PassEntry confirmed {balance}</source>
        <translation>PassEntry bevestigde {balance}</translation>
    </message>
    <message>
        <source>{note}; the balance above includes this till&apos;s changes still on their way</source>
        <translation>{note}; het saldo hierboven bevat wijzigingen van deze kassa die nog onderweg zijn</translation>
    </message>
    <message>
        <source>{note} · reading the balance from PassEntry…</source>
        <translation>{note} · saldo lezen uit PassEntry…</translation>
    </message>
    <message>
        <source>{note} · could not read it now ({why})</source>
        <translation>{note} · kon het nu niet lezen ({why})</translation>
    </message>
    <message>
        <source>Set the balance from {before} to {after}</source>
        <translation>Het saldo wijzigen van {before} naar {after}</translation>
    </message>
    <message>
        <source>{sign}{points} points → balance {after}</source>
        <translation>{sign}{points} punten → saldo {after}</translation>
    </message>
    <message>
        <source>{sign}{points} points (balance not known here)</source>
        <translation>{sign}{points} punten (saldo hier niet bekend)</translation>
    </message>
    <message>
        <source>{spent} spent: {change}</source>
        <translation>{spent} besteed: {change}</translation>
    </message>
    <message>
        <source>Reaches a reward: {reward}</source>
        <translation>Bereikt een beloning: {reward}</translation>
    </message>
    <message>
        <source>A supervisor must approve: the balance is not confirmed.</source>
        <translation>Een supervisor moet goedkeuren: het saldo is niet bevestigd.</translation>
    </message>
    <message>
        <source>Balance set to {balance} and a message for {name}: saved here, on its way to PassEntry.</source>
        <translation>Saldo op {balance} gezet en een bericht voor {name}: hier opgeslagen, onderweg naar PassEntry.</translation>
    </message>
    <message>
        <source>Balance set to {balance} for {name}: saved here, on its way to PassEntry.</source>
        <translation>Saldo op {balance} gezet voor {name}: hier opgeslagen, onderweg naar PassEntry.</translation>
    </message>
    <message>
        <source>{change} points and a message for {name}: saved here, on its way to PassEntry.</source>
        <translation>{change} punten en een bericht voor {name}: hier opgeslagen, onderweg naar PassEntry.</translation>
    </message>
    <message>
        <source>{change} points for {name}: saved here, on its way to PassEntry.</source>
        <translation>{change} punten voor {name}: hier opgeslagen, onderweg naar PassEntry.</translation>
    </message>
    <message>
        <source>set the balance to {balance}</source>
        <translation>het saldo op {balance} zetten</translation>
    </message>
    <message>
        <source>{change} points</source>
        <translation>{change} punten</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportresultaat</translation>
    </message>
    <message>
        <source>Since {when}</source>
        <translation>Sinds {when}</translation>
    </message>
    <message>
        <source>no operations yet</source>
        <translation>nog geen bewerkingen</translation>
    </message>
    <message>
        <source>issued {points}</source>
        <translation>uitgegeven {points}</translation>
    </message>
    <message>
        <source>redeemed {points}</source>
        <translation>ingewisseld {points}</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>Sparen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Bijschrijven</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Inwisselen</translation>
    </message>
    <message>
        <source>Sent to the customer&apos;s phone as a message.
Filled in for you:  {fields}</source>
        <translation>Als bericht naar de telefoon van de klant gestuurd.
Voor je ingevuld:  {fields}</translation>
    </message>
    <message>
        <source>Alex</source>
        <comment>a sample first name in an example</comment>
        <translation>Alex</translation>
    </message>
    <message>
        <source>A free coffee</source>
        <comment>a sample reward</comment>
        <translation>Een gratis koffie</translation>
    </message>
    <message>
        <source>Example ({which}): {text}</source>
        <translation>Voorbeeld ({which}): {text}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message numerus="yes">
        <source>{count} of %Ln characters</source>
        <translation>
            <numerusform>{count} van %Ln teken</numerusform>
            <numerusform>{count} van %Ln tekens</numerusform>
        </translation>
    </message>
    <message>
        <source>Reward reached</source>
        <translation>Beloning bereikt</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Besteed bedrag</translation>
    </message>
    <message>
        <source>Points to add</source>
        <translation>Bij te schrijven punten</translation>
    </message>
    <message>
        <source>Points to redeem</source>
        <translation>In te wisselen punten</translation>
    </message>
    <message>
        <source>New balance</source>
        <translation>Nieuw saldo</translation>
    </message>
    <message>
        <source>{amount} ({currency})</source>
        <translation>{amount} ({currency})</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>niet actief</translation>
    </message>
    <message>
        <source>This pass is {status}: PassEntry delivers messages only to active passes, so this one will not reach the customer.</source>
        <translation>Deze pas is {status}: PassEntry bezorgt berichten alleen aan actieve passen, dus dit bericht bereikt de klant niet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: a lock screen shows about {most}.</source>
        <translation>
            <numerusform>%Ln teken: een vergrendelscherm toont er ongeveer {most}.</numerusform>
            <numerusform>%Ln tekens: een vergrendelscherm toont er ongeveer {most}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not redeemed: {why} Apply again to ask.</source>
        <translation>Niet ingewisseld: {why} Klik opnieuw op Toepassen om het te vragen.</translation>
    </message>
    <message>
        <source>{why} (Apply again to make it.)</source>
        <translation>{why} (Klik opnieuw op Toepassen om het uit te voeren.)</translation>
    </message>
    <message>
        <source>{change}, against a balance PassEntry has not confirmed</source>
        <translation>{change}, op basis van een saldo dat PassEntry niet heeft bevestigd</translation>
    </message>
    <message>
        <source>Not redeemed: {why}</source>
        <translation>Niet ingewisseld: {why}</translation>
    </message>
    <message>
        <source>Not redeemed: a supervisor did not approve it.</source>
        <translation>Niet ingewisseld: een supervisor heeft het niet goedgekeurd.</translation>
    </message>
    <message>
        <source>Scan points not applied: {why}</source>
        <translation>Scanpunten niet verwerkt: {why}</translation>
    </message>
    <message>
        <source>Scan points: {change}</source>
        <translation>Scanpunten: {change}</translation>
    </message>
    <message>
        <source>Scanned again: the points for this scan were already given.</source>
        <translation>Opnieuw gescand: de punten voor deze scan zijn al gegeven.</translation>
    </message>
    <message>
        <source>Not changed: {why}</source>
        <translation>Niet gewijzigd: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) not yet confirmed by PassEntry</source>
        <translation>
            <numerusform>%Ln bewerking nog niet bevestigd door PassEntry</numerusform>
            <numerusform>%Ln bewerkingen nog niet bevestigd door PassEntry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln in behandeling</numerusform>
            <numerusform>%Ln in behandeling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln balance(s) set</source>
        <translation>
            <numerusform>%Ln saldo ingesteld</numerusform>
            <numerusform>%Ln saldi ingesteld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not yet confirmed</source>
        <translation>
            <numerusform>%Ln nog niet bevestigd</numerusform>
            <numerusform>%Ln nog niet bevestigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: lock screens cut a message after about {most}, so the end may not be seen.</source>
        <translation>
            <numerusform>%Ln tekens: vergrendelschermen kappen een bericht af na ongeveer {most}, dus het einde is misschien niet zichtbaar.</numerusform>
            <numerusform>%Ln tekens: vergrendelschermen kappen een bericht af na ongeveer {most}, dus het einde is misschien niet zichtbaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set {name}&apos;s balance from {before} to {after}</source>
        <translation>Saldo van {name} wijzigen van {before} naar {after}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Bewerking</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Gespaard</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Bijgeschreven</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Ingewisseld</translation>
    </message>
    <message>
        <source>Balance set</source>
        <translation>Saldo ingesteld</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Admission undone</source>
        <translation>Toegang ongedaan</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Controle nodig</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworpen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>{what} · spent {spent}</source>
        <translation>{what} · besteed {spent}</translation>
    </message>
    <message>
        <source>Message: {message}</source>
        <translation>Bericht: {message}</translation>
    </message>
    <message>
        <source>The local store could not be read: {why}</source>
        <translation>De lokale database kon niet worden gelezen: {why}</translation>
    </message>
    <message>
        <source>No pass {value} in the local store. If it is new, wait for the next sync.</source>
        <translation>Geen pas {value} in de lokale database. Als hij nieuw is, wacht dan op de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>a supervisor&apos;s PIN was not given.</source>
        <translation>er is geen PIN van een supervisor gegeven.</translation>
    </message>
    <message>
        <source>Redeem {points} points for {name}</source>
        <translation>{points} punten inwisselen voor {name}</translation>
    </message>
    <message>
        <source>Add {points} points for {name}</source>
        <translation>{points} punten bijschrijven voor {name}</translation>
    </message>
    <message>
        <source>{change} ({points} points changed on this card in the last hour)</source>
        <translation>{change} ({points} punten gewijzigd op deze kaart in het afgelopen uur)</translation>
    </message>
    <message>
        <source>{result} It is not in the audit trail (the store refused the entry): tell a manager.</source>
        <translation>{result} Het staat niet in het auditlog (de database weigerde de regel): meld het aan een manager.</translation>
    </message>
    <message numerus="yes">
        <source>A change needs review (%Ln more after it): {change}. {error}</source>
        <translation>
            <numerusform>Een wijziging moet worden gecontroleerd (nog %Ln erna): {change}. {error}</numerusform>
            <numerusform>Een wijziging moet worden gecontroleerd (nog %Ln erna): {change}. {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>A change needs review: {change}. {error}</source>
        <translation>Een wijziging moet worden gecontroleerd: {change}. {error}</translation>
    </message>
    <message numerus="yes">
        <source>A change was refused (%Ln more after it): {change}. {error}</source>
        <translation>
            <numerusform>Een wijziging is geweigerd (nog %Ln erna): {change}. {error}</numerusform>
            <numerusform>Een wijziging is geweigerd (nog %Ln erna): {change}. {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>A change was refused: {change}. {error}</source>
        <translation>Een wijziging is geweigerd: {change}. {error}</translation>
    </message>
    <message>
        <source>Discard “{change}” for {name}</source>
        <translation>“{change}” voor {name} verwerpen</translation>
    </message>
    <message>
        <source>Not discarded: {why}</source>
        <translation>Niet verworpen: {why}</translation>
    </message>
    <message>
        <source>Type the points per currency unit (0: spending earns none).</source>
        <translation>Typ de punten per valuta-eenheid (0: besteden levert niets op).</translation>
    </message>
    <message>
        <source>{typed} is not a number of points per currency unit.</source>
        <translation>{typed} is geen aantal punten per valuta-eenheid.</translation>
    </message>
    <message>
        <source>Points per currency unit cannot be negative.</source>
        <translation>Punten per valuta-eenheid kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <source>Points per currency unit can be at most {most}.</source>
        <translation>Punten per valuta-eenheid kunnen hoogstens {most} zijn.</translation>
    </message>
    <message>
        <source>Reward {number}: type what the customer gets.</source>
        <translation>Beloning {number}: typ wat de klant krijgt.</translation>
    </message>
    <message>
        <source>Reward {number}: {why}</source>
        <translation>Beloning {number}: {why}</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>All other templates</source>
        <translation>Alle andere sjablonen</translation>
    </message>
    <message>
        <source>{template} (not synced)</source>
        <translation>{template} (niet gesynchroniseerd)</translation>
    </message>
    <message>
        <source>Used by every loyalty template without rules of its own.</source>
        <translation>Gebruikt door elk spaarsjabloon zonder eigen regels.</translation>
    </message>
    <message>
        <source>This template has rules of its own.</source>
        <translation>Dit sjabloon heeft eigen regels.</translation>
    </message>
    <message>
        <source>This template uses the general rules until you change something here.</source>
        <translation>Dit sjabloon gebruikt de algemene regels tot je hier iets wijzigt.</translation>
    </message>
    <message numerus="yes">
        <source>{about} Its balance shows %n decimal place(s): type points as the pass shows them.</source>
        <translation>
            <numerusform>{about} Het saldo toont %n decimaal: typ punten zoals de pas ze toont.</numerusform>
            <numerusform>{about} Het saldo toont %n decimalen: typ punten zoals de pas ze toont.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reward is reached when the balance gets to its points; the customer is sent the reward message (Messages tab).</source>
        <translation>Een beloning is bereikt als het saldo haar aantal punten bereikt; de klant krijgt het beloningsbericht (tabblad Berichten).</translation>
    </message>
    <message>
        <source>{help} Points here are whole units of the balance: for a template with decimals, {whole} is {shown}.</source>
        <translation>{help} Punten zijn hier hele eenheden van het saldo: voor een sjabloon met decimalen is {whole} gelijk aan {shown}.</translation>
    </message>
    <message>
        <source>Rules for {template} (Earning and rewards): {why}</source>
        <translation>Regels voor {template} (Sparen en beloningen): {why}</translation>
    </message>
    <message>
        <source>Spending {spent} earns {points} points.</source>
        <translation>Bij {spent} besteed worden {points} punten gespaard.</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>points per scan: none</comment>
        <translation>Uit</translation>
    </message>
    <message>
        <source>No pass matches.</source>
        <translation>Geen pas gevonden.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found: pick one (Enter takes the first)</source>
        <translation>
            <numerusform>%Ln gevonden: kies er een (Enter neemt de eerste)</numerusform>
            <numerusform>%Ln gevonden: kies er een (Enter neemt de eerste)</numerusform>
        </translation>
    </message>
    <message>
        <source>Till settings</source>
        <translation>Instellingen kassa</translation>
    </message>
    <message>
        <source>Points per scan</source>
        <translation>Punten per scan</translation>
    </message>
    <message>
        <source>Off, or the points each scan adds (negative: takes)</source>
        <translation>Uit, of de punten die elke scan bijschrijft (negatief: afschrijven)</translation>
    </message>
    <message>
        <source>the Till&apos;s settings</source>
        <translation>de instellingen van de Kassa</translation>
    </message>
    <message>
        <source>Settings not opened: {why}</source>
        <translation>Instellingen niet geopend: {why}</translation>
    </message>
    <message>
        <source>In use, but not saved: {why}</source>
        <translation>In gebruik, maar niet opgeslagen: {why}</translation>
    </message>
    <message>
        <source>Till “{desk}”</source>
        <translation>Kassa “{desk}”</translation>
    </message>
    <message numerus="yes">
        <source>{problem} And %Ln more.</source>
        <translation>
            <numerusform>{problem} En nog %Ln.</numerusform>
            <numerusform>{problem} En nog %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>rounded down</source>
        <translation>naar beneden afgerond</translation>
    </message>
    <message>
        <source>rounded nearest</source>
        <translation>normaal afgerond</translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation>naar boven afgerond</translation>
    </message>
    <message>
        <source>1 point per {currency} spent, {rounding}</source>
        <translation>1 punt per besteed {currency}, {rounding}</translation>
    </message>
    <message>
        <source>{rate} points per {currency} spent, {rounding}</source>
        <translation>{rate} punten per besteed {currency}, {rounding}</translation>
    </message>
    <message>
        <source>1 point per unit spent, {rounding}</source>
        <translation>1 punt per bestede eenheid, {rounding}</translation>
    </message>
    <message>
        <source>{rate} points per unit spent, {rounding}</source>
        <translation>{rate} punten per bestede eenheid, {rounding}</translation>
    </message>
    <message numerus="yes">
        <source>own rules for %Ln template(s)</source>
        <translation>
            <numerusform>eigen regels voor %Ln sjabloon</numerusform>
            <numerusform>eigen regels voor %Ln sjablonen</numerusform>
        </translation>
    </message>
    <message>
        <source>scan with loyalty: {points} per scan</source>
        <translation>scan met sparen: {points} per scan</translation>
    </message>
    <message>
        <source>{role} · a supervisor&apos;s PIN for every change here</source>
        <translation>{role} · PIN van een supervisor voor elke wijziging hier</translation>
    </message>
    <message>
        <source>redeeming over {points} points</source>
        <translation>meer dan {points} punten inwisselen</translation>
    </message>
    <message>
        <source>over {points} points on one card in an hour</source>
        <translation>meer dan {points} punten op één kaart per uur</translation>
    </message>
    <message>
        <source>setting a balance</source>
        <translation>een saldo instellen</translation>
    </message>
    <message>
        <source>{role} · a supervisor&apos;s PIN for {needs}</source>
        <translation>{role} · PIN van een supervisor voor {needs}</translation>
    </message>
    <message>
        <source>The shift&apos;s totals could not be read: {why}</source>
        <translation>De totalen van de dienst konden niet worden gelezen: {why}</translation>
    </message>
    <message>
        <source>Shift closed at {when}; a new shift started.</source>
        <translation>Dienst afgesloten om {when}; een nieuwe dienst is gestart.</translation>
    </message>
    <message>
        <source>Export operations</source>
        <translation>Bewerkingen exporteren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s)</source>
        <translation>
            <numerusform>%Ln bewerking</numerusform>
            <numerusform>%Ln bewerkingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Till “{desk}” · from {start} to {end}</source>
        <translation>Kassa “{desk}” · van {start} tot {end}</translation>
    </message>
    <message>
        <source>No operations in this shift.</source>
        <translation>Geen bewerkingen in deze dienst.</translation>
    </message>
    <message>
        <source>points issued {points}</source>
        <translation>uitgegeven punten {points}</translation>
    </message>
    <message>
        <source>points redeemed {points}</source>
        <translation>ingewisselde punten {points}</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Dienst afsluiten</translation>
    </message>
    <message>
        <source>Writing operations…</source>
        <translation>Bewerkingen wegschrijven…</translation>
    </message>
    <message>
        <source>Close this shift?</source>
        <translation>Deze dienst afsluiten?</translation>
    </message>
    <message>
        <source>&amp;Close shift</source>
        <translation>Dienst &amp;afsluiten</translation>
    </message>
    <message>
        <source>Start a new shift now</source>
        <translation>Nu een nieuwe dienst starten</translation>
    </message>
    <message>
        <source>Export the shift</source>
        <translation>De dienst exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) not yet confirmed by PassEntry: counted here, and still on the way.</source>
        <translation>
            <numerusform>%Ln bewerking nog niet bevestigd door PassEntry: hier meegeteld, en nog onderweg.</numerusform>
            <numerusform>%Ln bewerkingen nog niet bevestigd door PassEntry: hier meegeteld, en nog onderweg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) written to {path}; the totals to {totals}</source>
        <translation>
            <numerusform>%Ln bewerking geschreven naar {path}; de totalen naar {totals}</numerusform>
            <numerusform>%Ln bewerkingen geschreven naar {path}; de totalen naar {totals}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>Kan {path} niet schrijven: {why}</translation>
    </message>
    <message>
        <source>Writing the shift…</source>
        <translation>De dienst schrijven…</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <source>a loyalty card</source>
        <translation>een spaarkaart</translation>
    </message>
    <message>
        <source>a member card</source>
        <translation>een ledenkaart</translation>
    </message>
    <message>
        <source>a transit pass</source>
        <translation>een vervoersbewijs</translation>
    </message>
    <message>
        <source>an unnamed event</source>
        <translation>een naamloos evenement</translation>
    </message>
    <message>
        <source>{event}, {day}</source>
        <comment>an event&apos;s name and day</comment>
        <translation>{event}, {day}</translation>
    </message>
    <message>
        <source>another kind of pass</source>
        <translation>een ander soort pas</translation>
    </message>
    <message>
        <source>{time} {place} time</source>
        <comment>a time on a city&apos;s clock</comment>
        <translation>{time} (tijd in {place})</translation>
    </message>
    <message>
        <source>Ticket for {event}: that event has ended</source>
        <translation>Ticket voor {event}: dat evenement is afgelopen</translation>
    </message>
    <message>
        <source>Ticket for {event}: not yet, it starts at {time}</source>
        <translation>Ticket voor {event}: nog niet, het begint om {time}</translation>
    </message>
    <message>
        <source>Ticket for {event}: not this door&apos;s event</source>
        <translation>Ticket voor {event}: niet het evenement van deze ingang</translation>
    </message>
    <message>
        <source>Ticket for another event</source>
        <translation>Ticket voor een ander evenement</translation>
    </message>
    <message>
        <source>Not a ticket for this event</source>
        <translation>Geen ticket voor dit evenement</translation>
    </message>
    <message>
        <source>Unknown pass: not a ticket for this venue</source>
        <translation>Onbekende pas: geen ticket voor deze locatie</translation>
    </message>
    <message>
        <source>This pass was cancelled (deactivated)</source>
        <translation>Deze pas is geannuleerd (gedeactiveerd)</translation>
    </message>
    <message>
        <source>Cancelled: this pass was nullified</source>
        <translation>Geannuleerd: deze pas is ongeldig gemaakt</translation>
    </message>
    <message>
        <source>Expired on {day}</source>
        <translation>Verlopen op {day}</translation>
    </message>
    <message>
        <source>{template} is not valid at this door</source>
        <translation>{template} is niet geldig bij deze ingang</translation>
    </message>
    <message>
        <source>this kind of pass is not valid at this door</source>
        <translation>dit soort pas is niet geldig bij deze ingang</translation>
    </message>
    <message>
        <source>Not a ticket: this is {card}</source>
        <translation>Geen ticket: dit is {card}</translation>
    </message>
    <message>
        <source>Not checked in, so not checked out</source>
        <translation>Niet ingecheckt, dus niet uitgecheckt</translation>
    </message>
    <message>
        <source>Checked out; may come back in</source>
        <translation>Uitgecheckt; mag weer naar binnen</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Uitgecheckt</translation>
    </message>
    <message>
        <source>Doors open at {time}</source>
        <translation>Deuren open om {time}</translation>
    </message>
    <message>
        <source>Doors closed at {time}</source>
        <translation>Deuren gesloten om {time}</translation>
    </message>
    <message>
        <source>Already admitted by {reader} at {time}</source>
        <translation>Al toegelaten door {reader} om {time}</translation>
    </message>
    <message>
        <source>Already admitted at {time}</source>
        <translation>Al toegelaten om {time}</translation>
    </message>
    <message>
        <source>Full: {inside} of {capacity} inside</source>
        <translation>Vol: {inside} van {capacity} binnen</translation>
    </message>
    <message>
        <source>The holder removed this pass from their wallet</source>
        <translation>De houder heeft deze pas uit de wallet verwijderd</translation>
    </message>
    <message>
        <source>Admitted, but the pass was removed from the wallet: check ID</source>
        <translation>Toegelaten, maar de pas is uit de wallet verwijderd: controleer ID</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Welkom terug</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>{reason}: ask staff to check this ticket</source>
        <translation>{reason}: vraag personeel dit ticket te controleren</translation>
    </message>
    <message>
        <source>Could not read the code: {why}</source>
        <translation>Kan de code niet lezen: {why}</translation>
    </message>
    <message>
        <source>Check the guest before letting them in</source>
        <translation>Controleer de gast voordat je hem binnenlaat</translation>
    </message>
    <message>
        <source>ask staff to check this ticket</source>
        <translation>vraag personeel dit ticket te controleren</translation>
    </message>
    <message>
        <source>the scanner sent bytes that are not text</source>
        <translation>de scanner stuurde bytes die geen tekst zijn</translation>
    </message>
    <message>
        <source>{count} characters is not a pass code</source>
        <translation>{count} tekens is geen pascode</translation>
    </message>
    <message>
        <source>mostly control characters, not a pass code</source>
        <translation>vooral stuurtekens, geen pascode</translation>
    </message>
    <message>
        <source>nothing was read</source>
        <translation>er is niets gelezen</translation>
    </message>
    <message>
        <source>only a reader prefix was read</source>
        <translation>alleen een lezerprefix is gelezen</translation>
    </message>
    <message>
        <source>ALSO ADMITTED ELSEWHERE</source>
        <comment>in the door&apos;s last scans list</comment>
        <translation>OOK ELDERS TOEGELATEN</translation>
    </message>
    <message>
        <source>Asking the validation service…</source>
        <translation>Validatiedienst vragen…</translation>
    </message>
    <message>
        <source>Passes are still loading ({done}): check the ticket by hand</source>
        <translation>Passen worden nog geladen ({done}): controleer het ticket handmatig</translation>
    </message>
    <message>
        <source>Passes are still loading: check the ticket by hand</source>
        <translation>Passen worden nog geladen: controleer het ticket handmatig</translation>
    </message>
    <message>
        <source>{verdict}. This door&apos;s event is no longer in the events list: choose tonight&apos;s event above</source>
        <translation>{verdict}. Het evenement van deze ingang staat niet meer in de lijst met evenementen: kies hierboven het evenement van vanavond</translation>
    </message>
    <message>
        <source>{verdict} · {points}</source>
        <translation>{verdict} · {points}</translation>
    </message>
    <message>
        <source>Loading passes… {done}</source>
        <translation>Passen laden… {done}</translation>
    </message>
    <message>
        <source>Loading passes…</source>
        <translation>Passen laden…</translation>
    </message>
    <message>
        <source>Until every pass is here, a ticket not found must be checked by hand.</source>
        <translation>Tot alle passen er zijn, moet een niet-gevonden ticket handmatig worden gecontroleerd.</translation>
    </message>
    <message>
        <source>This door&apos;s event is no longer in the events list</source>
        <translation>Het evenement van deze ingang staat niet meer in de lijst met evenementen</translation>
    </message>
    <message>
        <source>Every ticket is denied until tonight&apos;s event is chosen above.</source>
        <translation>Elk ticket wordt geweigerd tot het evenement van vanavond hierboven is gekozen.</translation>
    </message>
    <message>
        <source>Scan a ticket to check it out</source>
        <translation>Scan een ticket om uit te checken</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>toegelaten</translation>
    </message>
    <message>
        <source>readmitted</source>
        <translation>opnieuw toegelaten</translation>
    </message>
    <message>
        <source>removed from wallet</source>
        <translation>uit wallet verwijderd</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>uitgecheckt</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <source>unknown pass</source>
        <translation>onbekende pas</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <source>nullified</source>
        <translation>ongeldig gemaakt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>template not allowed</source>
        <translation>sjabloon niet toegestaan</translation>
    </message>
    <message>
        <source>not a ticket</source>
        <translation>geen ticket</translation>
    </message>
    <message>
        <source>wrong event</source>
        <translation>verkeerd evenement</translation>
    </message>
    <message>
        <source>event ended</source>
        <translation>evenement afgelopen</translation>
    </message>
    <message>
        <source>event not started</source>
        <translation>evenement nog niet begonnen</translation>
    </message>
    <message>
        <source>doors not open</source>
        <translation>deuren nog niet open</translation>
    </message>
    <message>
        <source>doors closed</source>
        <translation>deuren gesloten</translation>
    </message>
    <message>
        <source>already admitted</source>
        <translation>al toegelaten</translation>
    </message>
    <message>
        <source>not inside</source>
        <translation>niet binnen</translation>
    </message>
    <message>
        <source>capacity reached</source>
        <translation>capaciteit bereikt</translation>
    </message>
    <message>
        <source>held</source>
        <translation>in de wacht</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <source>{time} {zone}</source>
        <comment>a time, then its time zone&apos;s abbreviation: 19:42 GMT</comment>
        <translation>{time} {zone}</translation>
    </message>
    <message>
        <source>Scan a ticket</source>
        <translation>Scan een ticket</translation>
    </message>
    <message>
        <source>{verdict}. {name}. {message}</source>
        <translation>{verdict}. {name}. {message}</translation>
    </message>
    <message>
        <source>ADMIT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>TOEGANG</translation>
    </message>
    <message>
        <source>DENY</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>GEWEIGERD</translation>
    </message>
    <message>
        <source>CHECK</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>CONTROLE</translation>
    </message>
    <message>
        <source>EXIT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>UITGANG</translation>
    </message>
    <message>
        <source>HOLD</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>WACHTEN</translation>
    </message>
    <message>
        <source>NOT RECORDED</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>NIET OPGESLAGEN</translation>
    </message>
    <message>
        <source>READY</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>GEREED</translation>
    </message>
    <message>
        <source>LOADING</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>LADEN</translation>
    </message>
    <message>
        <source>NOT LOADED</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>NIET GELADEN</translation>
    </message>
    <message>
        <source>NO EVENT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>GEEN EVENEMENT</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>ONGEDAAN</translation>
    </message>
    <message>
        <source>CHECKING</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>BEZIG</translation>
    </message>
    <message>
        <source>Turned away: {reason}</source>
        <translation>Weggestuurd: {reason}</translation>
    </message>
    <message>
        <source>Let in after the check: {reason}</source>
        <translation>Binnengelaten na controle: {reason}</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Niet geldig</translation>
    </message>
    <message>
        <source>Validation service unavailable ({error})</source>
        <translation>Validatiedienst niet beschikbaar ({error})</translation>
    </message>
    <message>
        <source>{why}: denied, as this door is set up to</source>
        <translation>{why}: geweigerd, zoals deze ingang is ingesteld</translation>
    </message>
    <message>
        <source>{why}: checked offline. {verdict}</source>
        <translation>{why}: offline gecontroleerd. {verdict}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>passdesk cannot open its local database.

{problem}

Check that the data folder exists and can be written, or set PASSDESK_DATA_DIR to another folder.</source>
        <translation>passdesk kan de lokale database niet openen.

{problem}

Controleer of de gegevensmap bestaat en beschrijfbaar is, of stel PASSDESK_DATA_DIR in op een andere map.</translation>
    </message>
    <message>
        <source>The demo sandbox could not start:
{problem}</source>
        <translation>De demo-sandbox kon niet starten:
{problem}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Unlock desk…</source>
        <translation>Werkplek ontgrendelen…</translation>
    </message>
    <message>
        <source>This desk is locked to one pane. A supervisor&apos;s PIN unlocks it.</source>
        <translation>Deze werkplek is vergrendeld op één venster. De PIN van een supervisor ontgrendelt hem.</translation>
    </message>
    <message>
        <source>the {pane}</source>
        <comment>the pane a kiosk desk is locked to</comment>
        <translation>de {pane}</translation>
    </message>
    <message>
        <source>Not unlocked: {problem}</source>
        <translation>Niet ontgrendeld: {problem}</translation>
    </message>
    <message>
        <source>This desk is locked. A supervisor unlocks it with &quot;{unlock}&quot;.</source>
        <translation>Deze werkplek is vergrendeld. Een supervisor ontgrendelt hem met “{unlock}”.</translation>
    </message>
    <message numerus="yes">
        <source>The local data was rescued (%Ln row(s)); the damaged file is kept as {file}. Passes and events are fetched again.</source>
        <translation>
            <numerusform>De lokale gegevens zijn gered (%Ln rij); het beschadigde bestand is bewaard als {file}. Passen en evenementen worden opnieuw opgehaald.</numerusform>
            <numerusform>De lokale gegevens zijn gered (%Ln rijen); het beschadigde bestand is bewaard als {file}. Passen en evenementen worden opnieuw opgehaald.</numerusform>
        </translation>
    </message>
    <message>
        <source>A fresh local store was started; the damaged file is kept as {file}. Passes and events are fetched again.</source>
        <translation>Er is een nieuwe lokale database gestart; het beschadigde bestand is bewaard als {file}. Passen en evenementen worden opnieuw opgehaald.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Show the section names</source>
        <translation>Namen van onderdelen tonen</translation>
    </message>
    <message>
        <source>Show icons only</source>
        <translation>Alleen pictogrammen tonen</translation>
    </message>
    <message>
        <source>{section} ({keys})</source>
        <comment>a section and its shortcut</comment>
        <translation>{section} ({keys})</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Ingang</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passen</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Ontwerper</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Lezers</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <source>passdesk: local data damaged</source>
        <translation>passdesk: lokale gegevens beschadigd</translation>
    </message>
    <message>
        <source>The local data file is damaged</source>
        <translation>Het lokale gegevensbestand is beschadigd</translation>
    </message>
    <message>
        <source>passdesk cannot read its local data file, so it cannot start on it.

Unsent changes and door scans may still be inside. passdesk can move the file aside (it is kept, never deleted), copy what can still be read into a fresh store, and then fetch passes and events again from PassEntry.</source>
        <translation>passdesk kan het lokale gegevensbestand niet lezen en kan er dus niet mee starten.

Niet-verzonden wijzigingen en ingangsscans staan er mogelijk nog in. passdesk kan het bestand opzij zetten (het wordt bewaard, nooit verwijderd), wat nog leesbaar is naar een nieuwe database kopiëren, en daarna passen en evenementen opnieuw ophalen van PassEntry.</translation>
    </message>
    <message>
        <source>File: {path}
SQLite says: {problem}</source>
        <translation>Bestand: {path}
SQLite meldt: {problem}</translation>
    </message>
    <message>
        <source>Rescue what can be read (recommended)</source>
        <translation>Redden wat leesbaar is (aanbevolen)</translation>
    </message>
    <message>
        <source>Start a fresh store (the old file is kept)</source>
        <translation>Nieuwe database starten (het oude bestand wordt bewaard)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Rescuing the local data…</source>
        <translation>Lokale gegevens redden…</translation>
    </message>
    <message>
        <source>This can take a minute for a large store. Please leave passdesk open.</source>
        <translation>Dit kan bij een grote database een minuut duren. Laat passdesk open.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Start a fresh store</source>
        <translation>Nieuwe database starten</translation>
    </message>
    <message>
        <source>Start a fresh store without rescuing?</source>
        <translation>Nieuwe database starten zonder te redden?</translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Unsent changes and scans in the old file are not sent. The file is kept as it is, beside {file}.</source>
        <translation>Niet-verzonden wijzigingen en scans in het oude bestand worden niet verstuurd. Het bestand blijft zoals het is bewaard, naast {file}.</translation>
    </message>
    <message>
        <source>Starting a fresh store…</source>
        <translation>Nieuwe database starten…</translation>
    </message>
    <message>
        <source>A fresh store is ready</source>
        <translation>Een nieuwe database is gereed</translation>
    </message>
    <message>
        <source>The local data was rescued</source>
        <translation>De lokale gegevens zijn gered</translation>
    </message>
    <message>
        <source>Nothing could be rescued</source>
        <translation>Er kon niets worden gered</translation>
    </message>
    <message>
        <source>The rescue did not finish</source>
        <translation>Het redden is niet voltooid</translation>
    </message>
    <message>
        <source>{problem}

The damaged file was not deleted. Quit, free some space or fix the folder&apos;s permissions, and try again; or run &apos;passdesk store rescue&apos; from a terminal.</source>
        <translation>{problem}

Het beschadigde bestand is niet verwijderd. Sluit af, maak ruimte vrij of herstel de rechten van de map, en probeer het opnieuw; of voer &apos;passdesk store rescue&apos; uit in een terminal.</translation>
    </message>
    <message>
        <source>Welcome to passdesk</source>
        <translation>Welkom bij passdesk</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>Nog geen API-sleutel</translation>
    </message>
    <message>
        <source>passdesk has no PassEntry API key for {server}.

Start the demo to try passdesk on a local sandbox with made-up data, or open Settings to enter the key from the PassEntry Dashboard (Developer tools).</source>
        <translation>passdesk heeft geen PassEntry-API-sleutel voor {server}.

Start de demo om passdesk te proberen op een lokale sandbox met verzonnen gegevens, of open Instellingen om de sleutel uit het PassEntry-dashboard (Developer tools) in te voeren.</translation>
    </message>
    <message>
        <source>On a computer without a keychain, set PASSDESK_API_KEY instead.</source>
        <translation>Stel op een computer zonder sleutelhanger in plaats daarvan PASSDESK_API_KEY in.</translation>
    </message>
    <message>
        <source>Start &amp;demo</source>
        <translation>&amp;Demo starten</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>&amp;Instellingen openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Demo sandbox · {address}</source>
        <translation>Demo-sandbox · {address}</translation>
    </message>
    <message>
        <source>Local server · {address}</source>
        <translation>Lokale server · {address}</translation>
    </message>
    <message>
        <source>PassEntry API · {address}</source>
        <translation>PassEntry-API · {address}</translation>
    </message>
    <message>
        <source>Changes made here that PassEntry does not have yet. Click to see them in the Sync pane.</source>
        <translation>Wijzigingen die hier zijn gemaakt en die PassEntry nog niet heeft. Klik om ze te zien in het venster Synchronisatie.</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Schijfruimte</translation>
    </message>
    <message>
        <source>API base URL: {url}</source>
        <translation>API-basis-URL: {url}</translation>
    </message>
    <message>
        <source>Last sync {time}.</source>
        <translation>Laatste synchronisatie {time}.</translation>
    </message>
    <message>
        <source>No sync has finished yet.</source>
        <translation>Er is nog geen synchronisatie voltooid.</translation>
    </message>
    <message>
        <source>The last sync was cancelled.</source>
        <translation>De laatste synchronisatie is geannuleerd.</translation>
    </message>
    <message>
        <source>Last attempt: {problem}</source>
        <translation>Laatste poging: {problem}</translation>
    </message>
    <message>
        <source>Click to open the Sync pane.</source>
        <translation>Klik om het venster Synchronisatie te openen.</translation>
    </message>
</context>
</TS>
