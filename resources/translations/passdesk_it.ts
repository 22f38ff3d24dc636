<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>BulkIssueForm</name>
    <message>
        <source>CSV &amp;file</source>
        <translation>&amp;File CSV</translation>
    </message>
    <message>
        <source>Type a path and press Enter, or Choose… (UTF-8, columns separated by , or ;)</source>
        <translation>Digita un percorso e premi Invio, oppure Scegli… (UTF-8, colonne separate da , o ;)</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>File CSV</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Sc&amp;egli…</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modello</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation>Aggiungi per I&amp;D…</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID, copied from the PassEntry dashboard</source>
        <translation>Il modello non è in elenco? Aggiungilo con il suo ID, copiato dalla dashboard di PassEntry</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID</source>
        <translation>Il modello non è in elenco? Aggiungilo con il suo ID</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>E&amp;vento</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>The event every pass of the file is a ticket for</source>
        <translation>L&apos;evento per cui ogni pass del file è un biglietto</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Pass field</source>
        <translation>Campo del pass</translation>
    </message>
    <message>
        <source>CSV column</source>
        <translation>Colonna CSV</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Choose a CSV file: every row is checked before anything is sent.</source>
        <translation>Scegli un file CSV: ogni riga viene verificata prima di inviare qualsiasi cosa.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>&amp;Export bad rows…</source>
        <translation>&amp;Esporta righe errate…</translation>
    </message>
</context>
<context>
    <name>DesignerEditorForm</name>
    <message>
        <source>Publish state</source>
        <translation>Stato di pubblicazione</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nome del modello</translation>
    </message>
    <message>
        <source>Shown to you and on the pass</source>
        <translation>Visibile a te e sul pass</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrizione</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>What the pass is for (read by screen readers)</source>
        <translation>A cosa serve il pass (letto dagli screen reader)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Template type</source>
        <translation>Tipo di modello</translation>
    </message>
    <message>
        <source>T&amp;ravel by</source>
        <translation>&amp;Mezzo</translation>
    </message>
    <message>
        <source>Transit type</source>
        <translation>Tipo di trasporto</translation>
    </message>
    <message>
        <source>What a transit pass is for: plane, bus, train, ferry or other</source>
        <translation>A cosa serve un pass di trasporto: aereo, autobus, treno, traghetto o altro</translation>
    </message>
    <message>
        <source>Default &amp;language</source>
        <translation>&amp;Lingua predefinita</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Lingua predefinita</translation>
    </message>
    <message>
        <source>The language of the labels and default values on the Fields tab; Google phones in a language the template lacks show it. PassEntry advises English.</source>
        <translation>La lingua delle etichette e dei valori predefiniti nella scheda Campi; i telefoni Google in una lingua che il modello non ha mostrano questa. PassEntry consiglia l&apos;inglese.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colori</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>&amp;Sfondo</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Scegli il colore di sfondo</translation>
    </message>
    <message>
        <source>Choose background colour</source>
        <translation>Scegli colore di sfondo</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Colore di sfondo</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Etichette</translation>
    </message>
    <message>
        <source>Choose the label colour</source>
        <translation>Scegli il colore delle etichette</translation>
    </message>
    <message>
        <source>Choose label colour</source>
        <translation>Scegli colore etichette</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Colore delle etichette</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;sto</translation>
    </message>
    <message>
        <source>Choose the text colour</source>
        <translation>Scegli il colore del testo</translation>
    </message>
    <message>
        <source>Choose text colour</source>
        <translation>Scegli colore del testo</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Colore del testo</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Immagini</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>A PNG or JPEG file of at most 1 MB</source>
        <translation>Un file PNG o JPEG di al massimo 1 MB</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Scegli logo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Rimuovi logo</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>No banner</source>
        <translation>Nessun banner</translation>
    </message>
    <message>
        <source>A PNG or JPEG strip image of at most 1 MB</source>
        <translation>Un&apos;immagine a striscia PNG o JPEG di al massimo 1 MB</translation>
    </message>
    <message>
        <source>Choose banner</source>
        <translation>Scegli banner</translation>
    </message>
    <message>
        <source>Remove banner</source>
        <translation>Rimuovi banner</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icona</translation>
    </message>
    <message>
        <source>No icon</source>
        <translation>Nessuna icona</translation>
    </message>
    <message>
        <source>Choose icon</source>
        <translation>Scegli icona</translation>
    </message>
    <message>
        <source>Remove icon</source>
        <translation>Rimuovi icona</translation>
    </message>
    <message>
        <source>&amp;Watermark</source>
        <translation>&amp;Filigrana</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Filigrana</translation>
    </message>
    <message>
        <source>PassEntry&apos;s mark on the pass, light or dark</source>
        <translation>Il marchio di PassEntry sul pass, chiaro o scuro</translation>
    </message>
    <message>
        <source>Watermark position</source>
        <translation>Posizione della filigrana</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Codice a barre</translation>
    </message>
    <message>
        <source>Ty&amp;pe</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <source>Barcode type</source>
        <translation>Tipo di codice a barre</translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <translation>&amp;Contenuto</translation>
    </message>
    <message>
        <source>What the barcode holds</source>
        <translation>Cosa contiene il codice a barre</translation>
    </message>
    <message>
        <source>What a scanner reads from each pass&apos;s code</source>
        <translation>Cosa legge uno scanner dal codice di ogni pass</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Testo</translation>
    </message>
    <message>
        <source>Barcode text</source>
        <translation>Testo del codice a barre</translation>
    </message>
    <message>
        <source>What the code holds, e.g. %{passData.memberNumber}</source>
        <translation>Cosa contiene il codice, ad es. %{passData.memberNumber}</translation>
    </message>
    <message>
        <source>&amp;Show the code&apos;s value under it</source>
        <translation>&amp;Mostra il valore del codice sotto di esso</translation>
    </message>
    <message>
        <source>Show the value under the code</source>
        <translation>Mostra il valore sotto il codice</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campi</translation>
    </message>
    <message>
        <source>Fields by slot group</source>
        <translation>Campi per gruppo di posizioni</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; drag a row by its number (or use Up and Down) to reorder. Sample values only fill the preview: they are not part of the template.</source>
        <translation>Fai doppio clic su una cella per modificarla; trascina una riga dal suo numero (o usa Su e Giù) per riordinare. I valori di esempio servono solo per l&apos;anteprima: non fanno parte del modello.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lin&amp;gua</translation>
    </message>
    <message>
        <source>Language of the labels and default values</source>
        <translation>Lingua delle etichette e dei valori predefiniti</translation>
    </message>
    <message>
        <source>The language the table shows and edits; the default language edits the base labels</source>
        <translation>La lingua che la tabella mostra e modifica; la lingua predefinita modifica le etichette di base</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>Aggiungi lingua…</translation>
    </message>
    <message>
        <source>Give the labels and default values in another language (a BCP 47 tag such as de, de-AT or pt-BR)</source>
        <translation>Inserisci le etichette e i valori predefiniti in un&apos;altra lingua (un tag BCP 47 come de, de-AT o pt-BR)</translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation>Rimuovi lingua</translation>
    </message>
    <message>
        <source>Remove the chosen language&apos;s labels and default values from every field</source>
        <translation>Rimuovi da ogni campo le etichette e i valori predefiniti della lingua scelta</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Aggiungi campo</translation>
    </message>
    <message>
        <source>Put a new field in the first empty slot of this group</source>
        <translation>Inserisci un nuovo campo nella prima posizione libera di questo gruppo</translation>
    </message>
    <message>
        <source>Empty the chosen slot</source>
        <translation>Svuota la posizione scelta</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Move the chosen field one slot up (or drag it)</source>
        <translation>Sposta il campo scelto di una posizione in su (o trascinalo)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Giù</translation>
    </message>
    <message>
        <source>Move the chosen field one slot down (or drag it)</source>
        <translation>Sposta il campo scelto di una posizione in giù (o trascinalo)</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Sposta in</translation>
    </message>
    <message>
        <source>Move the chosen field to another group</source>
        <translation>Sposta il campo scelto in un altro gruppo</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controlli</translation>
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
        <translation>Progetta i modelli di pass offline; le bozze restano su questo computer finché non le pubblichi.</translation>
    </message>
    <message>
        <source>Designer message</source>
        <translation>Messaggio del Designer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Pubblica…</translation>
    </message>
    <message>
        <source>Send this template to PassEntry (queued while offline)</source>
        <translation>Invia questo modello a PassEntry (in coda se sei offline)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <source>Start a blank template</source>
        <translation>Inizia un modello vuoto</translation>
    </message>
    <message>
        <source>Open &amp;draft…</source>
        <translation>Apri &amp;bozza…</translation>
    </message>
    <message>
        <source>Open a draft saved on this computer</source>
        <translation>Apri una bozza salvata su questo computer</translation>
    </message>
    <message>
        <source>Open &amp;synced template…</source>
        <translation>Apri modello &amp;sincronizzato…</translation>
    </message>
    <message>
        <source>Start from a template PassEntry already has</source>
        <translation>Parti da un modello che PassEntry ha già</translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation>Aggiungi per I&amp;D…</translation>
    </message>
    <message>
        <source>Add a template PassEntry has, by its ID, and open it</source>
        <translation>Aggiungi un modello di PassEntry tramite il suo ID e aprilo</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importa JSON…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Esporta JSON…</translation>
    </message>
    <message>
        <source>Export P&amp;NGs…</source>
        <translation>Esporta P&amp;NG…</translation>
    </message>
    <message>
        <source>Save both previews as PNG images</source>
        <translation>Salva entrambe le anteprime come immagini PNG</translation>
    </message>
    <message>
        <source>No template is open. Start a new one, open a draft or a synced template, or import a JSON file.</source>
        <translation>Nessun modello aperto. Creane uno nuovo, apri una bozza o un modello sincronizzato, oppure importa un file JSON.</translation>
    </message>
</context>
<context>
    <name>DesignerPickerForm</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtra per nome</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
</context>
<context>
    <name>DesignerPublishForm</name>
    <message>
        <source>Name of the &amp;copy</source>
        <translation>Nome della &amp;copia</translation>
    </message>
    <message>
        <source>Name of the copy</source>
        <translation>Nome della copia</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>Avvisi aperti</translation>
    </message>
</context>
<context>
    <name>DoorForm</name>
    <message>
        <source>Door</source>
        <translation>Ingresso</translation>
    </message>
    <message>
        <source>Scan sources</source>
        <translation>Sorgenti di scansione</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Esito esportazione</translation>
    </message>
    <message>
        <source>&amp;Export scans…</source>
        <translation>&amp;Esporta scansioni…</translation>
    </message>
    <message>
        <source>Write every scan in the log to a CSV file for a spreadsheet</source>
        <translation>Scrivi tutte le scansioni del registro in un file CSV per un foglio di calcolo</translation>
    </message>
    <message>
        <source>Door &amp;settings…</source>
        <translation>&amp;Impostazioni ingresso…</translation>
    </message>
    <message>
        <source>Event, doors-open window, capacity, re-entry and more for this door</source>
        <translation>Evento, orari di apertura, capienza, rientro e altro per questo ingresso</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Schermo intero</translation>
    </message>
    <message>
        <source>Fill the screen, to read the verdict from two metres (F11)</source>
        <translation>Riempi lo schermo per leggere l&apos;esito da due metri (F11)</translation>
    </message>
    <message>
        <source>Which event this door admits</source>
        <translation>L&apos;evento a cui dà accesso questo ingresso</translation>
    </message>
    <message>
        <source>Tonight&apos;s event</source>
        <translation>Evento di stasera</translation>
    </message>
    <message>
        <source>&amp;Use this event</source>
        <translation>&amp;Usa questo evento</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>ammessi</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>respinti</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Trova un ospite</translation>
    </message>
    <message>
        <source>Name or ticket number  (Ctrl+F)</source>
        <translation>Nome o numero del biglietto  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search by name or ticket number</source>
        <translation>Cerca per nome o numero del biglietto</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati ricerca</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>&amp;Ammetti</translation>
    </message>
    <message>
        <source>Judge the selected guest&apos;s pass as if scanned (Enter in the list)</source>
        <translation>Valuta il pass dell&apos;ospite selezionato come se fosse stato scansionato (Invio nell&apos;elenco)</translation>
    </message>
    <message>
        <source>&amp;Undo last admission</source>
        <translation>A&amp;nnulla ultimo ingresso</translation>
    </message>
    <message>
        <source>Take back this door&apos;s last admission (Ctrl+Z)</source>
        <translation>Annulla l&apos;ultimo ingresso registrato da questo ingresso (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>Ultime scansioni</translation>
    </message>
</context>
<context>
    <name>DoorSettingsForm</name>
    <message>
        <source>Event and rules</source>
        <translation>Evento e regole</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>&amp;Nome postazione</translation>
    </message>
    <message>
        <source>Each desk&apos;s scans and &quot;Undo last admission&quot; are its own</source>
        <translation>Ogni postazione ha le proprie scansioni e il proprio «Annulla ultimo ingresso»</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Direzione</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Evento</translation>
    </message>
    <message>
        <source>Doors &amp;open</source>
        <translation>Apertura &amp;porte</translation>
    </message>
    <message>
        <source>Doors &amp;close</source>
        <translation>&amp;Chiusura porte</translation>
    </message>
    <message>
        <source>Tickets &amp;valid from</source>
        <translation>Biglietti &amp;validi da</translation>
    </message>
    <message>
        <source> h before the event starts</source>
        <translation> h prima dell&apos;inizio dell&apos;evento</translation>
    </message>
    <message>
        <source>Tickets valid from, hours before the event starts</source>
        <translation>Biglietti validi da, ore prima dell&apos;inizio dell&apos;evento</translation>
    </message>
    <message>
        <source>Earlier, a ticket is denied as &quot;not yet&quot;. The event&apos;s end always closes it. Doors open / close, when set, decide for this door&apos;s own event</source>
        <translation>Prima di allora un biglietto è respinto come «non ancora». La fine dell&apos;evento lo chiude sempre. Apertura / chiusura porte, se impostate, valgono per l&apos;evento di questo ingresso</translation>
    </message>
    <message>
        <source>Admit lo&amp;yalty and member cards (no ticket)</source>
        <translation>Ammetti carte fedeltà e tessere &amp;socio (senza biglietto)</translation>
    </message>
    <message>
        <source>Off: a loyalty card or member card scanned here is denied as &quot;Not a ticket&quot;</source>
        <translation>Disattivato: una carta fedeltà o una tessera socio scansionata qui è respinta come «Non è un biglietto»</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capienza</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <source> people</source>
        <translation> persone</translation>
    </message>
    <message>
        <source>Allow &amp;re-entry after an exit scan</source>
        <translation>Consenti il &amp;rientro dopo una scansione in uscita</translation>
    </message>
    <message>
        <source>Pass &amp;removed from wallet</source>
        <translation>Pass &amp;rimosso dal wallet</translation>
    </message>
    <message>
        <source>Allowed &amp;templates</source>
        <translation>&amp;Modelli ammessi</translation>
    </message>
    <message>
        <source>None ticked: every template is let in</source>
        <translation>Nessuno selezionato: tutti i modelli sono ammessi</translation>
    </message>
    <message>
        <source>Back to &amp;READY after</source>
        <translation>Torna a &amp;PRONTO dopo</translation>
    </message>
    <message>
        <source>the next scan</source>
        <translation>la scansione successiva</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before the verdict goes back to READY</source>
        <translation>Secondi prima che l&apos;esito torni a PRONTO</translation>
    </message>
    <message>
        <source>How long a verdict stays on the big panel; the next scan always replaces it at once</source>
        <translation>Quanto resta l&apos;esito sul pannello grande; la scansione successiva lo sostituisce sempre subito</translation>
    </message>
    <message>
        <source>Points, sound and readers</source>
        <translation>Punti, suoni e lettori</translation>
    </message>
    <message>
        <source>Points per &amp;admission</source>
        <translation>Punti per &amp;ingresso</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Points per admission</source>
        <translation>Punti per ingresso</translation>
    </message>
    <message>
        <source>Scan with loyalty: each admission adds these points to the pass&apos;s balance, when its template has loyalty. Off: no points</source>
        <translation>Scansione con fedeltà: ogni ingresso aggiunge questi punti al saldo del pass, se il suo modello prevede la fedeltà. Nessuno: non si assegnano punti</translation>
    </message>
    <message>
        <source>Pus&amp;h message</source>
        <translation>Notifica pus&amp;h</translation>
    </message>
    <message>
        <source>e.g. Thanks for visiting! {points} points added.</source>
        <translation>es. Grazie della visita! {points} punti accreditati.</translation>
    </message>
    <message>
        <source>Sent to the pass with the points; {points}, {balance} and {name} are filled in. Empty: no message</source>
        <translation>Inviata al pass con i punti; {points}, {balance} e {name} vengono compilati. Vuoto: nessuna notifica</translation>
    </message>
    <message>
        <source>&amp;Sound for each verdict</source>
        <translation>&amp;Suono per ogni esito</translation>
    </message>
    <message>
        <source>N&amp;FC reader</source>
        <translation>Lettore N&amp;FC</translation>
    </message>
    <message>
        <source>Off (e.g. usb or tty:USB0:pn532)</source>
        <translation>Disattivato (es. usb o tty:USB0:pn532)</translation>
    </message>
    <message>
        <source>nfcpy device path of an NFC reader for NDEF tags; empty: no NFC reader</source>
        <translation>Percorso del dispositivo nfcpy di un lettore NFC per tag NDEF; vuoto: nessun lettore NFC</translation>
    </message>
    <message>
        <source>VTAP serial &amp;port</source>
        <translation>P&amp;orta seriale VTAP</translation>
    </message>
    <message>
        <source>Off (e.g. /dev/ttyACM0 or COM3)</source>
        <translation>Disattivata (es. /dev/ttyACM0 o COM3)</translation>
    </message>
    <message>
        <source>Serial port of a VTAP reader in serial mode; it flashes green or red with each verdict. Empty: none</source>
        <translation>Porta seriale di un lettore VTAP in modalità seriale; lampeggia in verde o in rosso a ogni esito. Vuoto: nessuna</translation>
    </message>
    <message>
        <source>Read QR codes with the ca&amp;mera</source>
        <translation>Leggi i codici QR con la &amp;videocamera</translation>
    </message>
    <message>
        <source>Camera &amp;to use</source>
        <translation>Videocamera da &amp;usare</translation>
    </message>
    <message>
        <source>Which webcam reads QR codes when several are connected</source>
        <translation>Quale webcam legge i codici QR quando ne sono collegate più di una</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Videocamera da usare</translation>
    </message>
    <message>
        <source>If validation does &amp;not answer</source>
        <translation>Se la convalida &amp;non risponde</translation>
    </message>
    <message>
        <source>Only with external validation (your venue hub checks each scan): what the door does when it cannot be reached or fails</source>
        <translation>Solo con convalida esterna (l&apos;hub della sede controlla ogni scansione): cosa fa l&apos;ingresso quando l&apos;hub non è raggiungibile o dà errore</translation>
    </message>
    <message>
        <source>&amp;Log scans in PassEntry as</source>
        <translation>&amp;Registra in PassEntry come</translation>
    </message>
    <message>
        <source>Log scans in PassEntry as</source>
        <translation>Registra in PassEntry come</translation>
    </message>
    <message>
        <source>The PassEntry reader this desk&apos;s scans are logged as. Don&apos;t log: PassEntry does not see them</source>
        <translation>Il lettore PassEntry a cui sono attribuite le scansioni di questa postazione. Non registrare: PassEntry non le vede</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>Scanner a tastiera</translation>
    </message>
    <message>
        <source>Check the scanner…</source>
        <translation>Verifica lo scanner…</translation>
    </message>
    <message>
        <source>Scan a test code once: passdesk finds how the scanner ends codes and corrects a keyboard layout that does not match this computer&apos;s</source>
        <translation>Scansiona una volta un codice di prova: passdesk rileva come lo scanner termina i codici e corregge un layout di tastiera diverso da quello di questo computer</translation>
    </message>
    <message>
        <source>Verdict panel</source>
        <translation>Pannello dell&apos;esito</translation>
    </message>
    <message>
        <source>High &amp;contrast: black, white and yellow</source>
        <translation>&amp;Contrasto elevato: nero, bianco e giallo</translation>
    </message>
    <message>
        <source>Thick borders and strong colours, easy to tell apart in grey too. Each verdict keeps its own symbol</source>
        <translation>Bordi spessi e colori decisi, facili da distinguere anche in scala di grigi. Ogni esito mantiene il proprio simbolo</translation>
    </message>
    <message>
        <source>Hi&amp;de names at the door: initials only</source>
        <translation>Nascon&amp;di i nomi all&apos;ingresso: solo iniziali</translation>
    </message>
    <message>
        <source>The big panel and the last scans show &quot;T. v. d. B.&quot; for Tom van der Berg. The scan log and exports keep the full name</source>
        <translation>Il pannello grande e le ultime scansioni mostrano «T. v. d. B.» per Tom van der Berg. Il registro delle scansioni e le esportazioni mantengono il nome completo</translation>
    </message>
</context>
<context>
    <name>EditPassForm</name>
    <message>
        <source>&amp;Group tags</source>
        <translation>&amp;Tag di gruppo</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. vip, early bird</source>
        <translation>Separati da virgole, ad es. vip, early bird</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>Tag di gruppo</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Messaggio</translation>
    </message>
    <message>
        <source>Optional: also send the holder a message</source>
        <translation>Facoltativo: invia anche un messaggio al titolare</translation>
    </message>
    <message>
        <source>Only the values you change are sent to PassEntry.</source>
        <translation>A PassEntry vengono inviati solo i valori che modifichi.</translation>
    </message>
</context>
<context>
    <name>EventDialogForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>e.g. Summer Gala</source>
        <translation>es. Gala d&apos;estate</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nome dell&apos;evento</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <source>e.g. Town Hall</source>
        <translation>es. Municipio</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso orario</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Where the event takes place: start and end are wall-clock times there. Type part of a city to search.</source>
        <translation>Dove si svolge l&apos;evento: inizio e fine sono nell&apos;ora locale di quel luogo. Digita parte del nome di una città per cercare.</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Inizio</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Start in your time</source>
        <translation>Inizio nel tuo orario</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>End in your time</source>
        <translation>Fine nel tuo orario</translation>
    </message>
    <message>
        <source>Why OK is disabled</source>
        <translation>Perché OK è disattivato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>EventsForm</name>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>Eventi visualizzati</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuovo evento…</translation>
    </message>
    <message>
        <source>Create an event; it is sent to PassEntry at once, or when back online</source>
        <translation>Crea un evento; viene inviato a PassEntry subito o appena torni online</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Change the selected event (or double-click it)</source>
        <translation>Modifica l&apos;evento selezionato (o fai doppio clic su di esso)</translation>
    </message>
    <message>
        <source>What this account&apos;s API offers for events</source>
        <translation>Cosa offre l&apos;API di questo account per gli eventi</translation>
    </message>
    <message>
        <source>Filter by name or venue</source>
        <translation>Filtra per nome o sede</translation>
    </message>
    <message>
        <source>Filter events by name or venue</source>
        <translation>Filtra gli eventi per nome o sede</translation>
    </message>
    <message>
        <source>Which events: upcoming, past or all</source>
        <translation>Quali eventi: prossimi, passati o tutti</translation>
    </message>
    <message>
        <source>Upcoming: not over yet (ongoing events too)</source>
        <translation>Prossimi: non ancora terminati (anche quelli in corso)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
</context>
<context>
    <name>HubSubscriptionForm</name>
    <message>
        <source>PassEntry can tell this hub, as it happens, about every pass installed in or removed from a wallet, scanned by a PassEntry reader, or created. It signs each event with a secret this hub keeps in the keychain.</source>
        <translation>PassEntry può informare questo hub, in tempo reale, di ogni pass installato in un wallet o rimosso, scansionato da un lettore PassEntry o creato. Firma ogni evento con un segreto che questo hub conserva nel portachiavi.</translation>
    </message>
    <message>
        <source>P&amp;ublic address:</source>
        <translation>Indirizzo p&amp;ubblico:</translation>
    </message>
    <message>
        <source>https://hub.your-venue.example</source>
        <translation>https://hub.tua-sede.example</translation>
    </message>
    <message>
        <source>Hub public address</source>
        <translation>Indirizzo pubblico dell&apos;hub</translation>
    </message>
    <message>
        <source>&amp;Register with PassEntry</source>
        <translation>&amp;Registra su PassEntry</translation>
    </message>
    <message>
        <source>Ask PassEntry to send pass events to this address; the secret that signs them goes to the keychain</source>
        <translation>Chiedi a PassEntry di inviare gli eventi dei pass a questo indirizzo; il segreto che li firma viene salvato nel portachiavi</translation>
    </message>
    <message>
        <source>The HTTPS address at which PassEntry reaches this hub: the tunnel or reverse proxy in front of it.</source>
        <translation>L&apos;indirizzo HTTPS a cui PassEntry raggiunge questo hub: il tunnel o il reverse proxy che lo precede.</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Sottoscrizione:</translation>
    </message>
    <message>
        <source>PassEntry webhook subscription</source>
        <translation>Sottoscrizione webhook di PassEntry</translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation>&amp;Sospendi</translation>
    </message>
    <message>
        <source>Stop or resume PassEntry sending events to this hub</source>
        <translation>Sospendi o riprendi l&apos;invio di eventi da PassEntry a questo hub</translation>
    </message>
    <message>
        <source>Rotate &amp;secret…</source>
        <translation>Rinnova il &amp;segreto…</translation>
    </message>
    <message>
        <source>Have PassEntry sign its events with a new secret; the hub takes it at once</source>
        <translation>Fai firmare a PassEntry i suoi eventi con un nuovo segreto; l&apos;hub lo adotta subito</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>&amp;Verifica di nuovo</translation>
    </message>
    <message>
        <source>Ask PassEntry how the subscription is now</source>
        <translation>Chiedi a PassEntry lo stato attuale della sottoscrizione</translation>
    </message>
</context>
<context>
    <name>IssueForm</name>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modello</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation>Aggiungi per I&amp;D…</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID, copied from the PassEntry dashboard</source>
        <translation>Il modello non è in elenco? Aggiungilo con il suo ID, copiato dalla dashboard di PassEntry</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID</source>
        <translation>Il modello non è in elenco? Aggiungilo con il suo ID</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>E&amp;vento</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>The event this pass is a ticket for: the Passes list filters by it and that event&apos;s Door admits it</source>
        <translation>L&apos;evento per cui questo pass è un biglietto: l&apos;elenco Pass filtra in base a esso e l&apos;Ingresso di quell&apos;evento lo ammette</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identità</translation>
    </message>
    <message>
        <source>&amp;Ext id</source>
        <translation>ID &amp;esterno</translation>
    </message>
    <message>
        <source>Made up if empty</source>
        <translation>Generato se vuoto</translation>
    </message>
    <message>
        <source>Your own reference for the pass (e.g. a ticket or customer number); unique per pass</source>
        <translation>Il tuo riferimento per il pass (ad es. un numero di biglietto o di cliente); unico per ogni pass</translation>
    </message>
    <message>
        <source>&amp;Group tags</source>
        <translation>&amp;Tag di gruppo</translation>
    </message>
    <message>
        <source>Optional, separated by commas, e.g. vip, early bird</source>
        <translation>Facoltativi, separati da virgole, ad es. vip, early bird</translation>
    </message>
    <message>
        <source>Labels to find and message a group of passes later</source>
        <translation>Etichette per trovare un gruppo di pass e inviargli messaggi in seguito</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>Tag di gruppo</translation>
    </message>
    <message>
        <source>Barcode and NFC</source>
        <translation>Codice a barre e NFC</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>Codice a &amp;barre</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Codice a barre</translation>
    </message>
    <message>
        <source>The code printed on the pass for a scanner to read</source>
        <translation>Il codice stampato sul pass, da leggere con uno scanner</translation>
    </message>
    <message>
        <source>Barcode &amp;holds</source>
        <translation>Contenuto del co&amp;dice</translation>
    </message>
    <message>
        <source>Barcode holds</source>
        <translation>Contenuto del codice a barre</translation>
    </message>
    <message>
        <source>What a scanner reads from the barcode</source>
        <translation>Cosa legge uno scanner dal codice a barre</translation>
    </message>
    <message>
        <source>Barcode &amp;value</source>
        <translation>&amp;Valore del codice</translation>
    </message>
    <message>
        <source>What a scanner reads, e.g. a ticket number</source>
        <translation>Cosa legge uno scanner, ad es. un numero di biglietto</translation>
    </message>
    <message>
        <source>Barcode value</source>
        <translation>Valore del codice a barre</translation>
    </message>
    <message>
        <source>Show the value as &amp;text under the code</source>
        <translation>Mostra il valore come &amp;testo sotto il codice</translation>
    </message>
    <message>
        <source>NFC</source>
        <translation>NFC</translation>
    </message>
    <message>
        <source>Tap at a reader (&amp;NFC)</source>
        <translation>Tocco su un lettore (&amp;NFC)</translation>
    </message>
    <message>
        <source>PassEntry turns NFC on only for accounts it has approved for NFC</source>
        <translation>PassEntry attiva l&apos;NFC solo per gli account che ha approvato per l&apos;NFC</translation>
    </message>
    <message>
        <source>NFC h&amp;olds</source>
        <translation>C&amp;ontenuto NFC</translation>
    </message>
    <message>
        <source>NFC holds</source>
        <translation>Contenuto NFC</translation>
    </message>
    <message>
        <source>What a reader gets when the phone is tapped</source>
        <translation>Cosa riceve un lettore quando si avvicina il telefono</translation>
    </message>
    <message>
        <source>NFC va&amp;lue</source>
        <translation>Va&amp;lore NFC</translation>
    </message>
    <message>
        <source>What a reader gets on a tap</source>
        <translation>Cosa riceve un lettore a ogni tocco</translation>
    </message>
    <message>
        <source>NFC value</source>
        <translation>Valore NFC</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Posizioni</translation>
    </message>
    <message>
        <source>Apple Wallet shows the pass near these places (up to 10; radius 10–1,000 m for event tickets, 10–100 m for other passes).</source>
        <translation>Apple Wallet mostra il pass vicino a questi luoghi (fino a 10; raggio 10–1.000 m per i biglietti di eventi, 10–100 m per gli altri pass).</translation>
    </message>
    <message>
        <source>Beacons</source>
        <translation>Beacon</translation>
    </message>
    <message>
        <source>Apple Wallet shows the pass near these iBeacons (up to 10, major and minor 0–65535).</source>
        <translation>Apple Wallet mostra il pass vicino a questi iBeacon (fino a 10, major e minor 0–65535).</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>Ask &amp;PassEntry for</source>
        <translation>Chiedi a &amp;PassEntry</translation>
    </message>
    <message>
        <source>Chosen before issuing. The pass file or Google link comes with the created pass, while it is not yet on a phone.</source>
        <translation>Da scegliere prima dell&apos;emissione. Il file del pass o il link Google arriva con il pass creato, finché non è ancora su un telefono.</translation>
    </message>
    <message>
        <source>The download link</source>
        <translation>Il link di download</translation>
    </message>
    <message>
        <source>The download link and the Apple pass file (.pkpass)</source>
        <translation>Il link di download e il file del pass Apple (.pkpass)</translation>
    </message>
    <message>
        <source>The download link and the Google Wallet link</source>
        <translation>Il link di download e il link Google Wallet</translation>
    </message>
    <message>
        <source>Issue a pass first: its download link shows here once PassEntry has created it.</source>
        <translation>Prima emetti un pass: il suo link di download compare qui quando PassEntry lo ha creato.</translation>
    </message>
    <message>
        <source>Download link</source>
        <translation>Link di download</translation>
    </message>
    <message>
        <source>&amp;Copy download link</source>
        <translation>&amp;Copia link di download</translation>
    </message>
    <message>
        <source>Save &amp;Apple pass (.pkpass)…</source>
        <translation>Salva pass &amp;Apple (.pkpass)…</translation>
    </message>
    <message>
        <source>Copy &amp;Google Wallet link</source>
        <translation>Copia link &amp;Google Wallet</translation>
    </message>
</context>
<context>
    <name>NotifyForm</name>
    <message>
        <source>What should appear on the pass holders&apos; phones?</source>
        <translation>Cosa deve comparire sui telefoni dei titolari?</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Each pass holder gets the message on the lock screen, and it stays on the back of the pass as its latest message. A pass shows at most 3 messages a day on the lock screen; after that only the latest message changes. To add a link, write [words](https://…).</source>
        <translation>Ogni titolare riceve il messaggio sulla schermata di blocco, e il messaggio resta sul retro del pass come ultimo messaggio. Un pass mostra al massimo 3 messaggi al giorno sulla schermata di blocco; oltre, cambia solo l&apos;ultimo messaggio. Per aggiungere un link, scrivi [parole](https://…).</translation>
    </message>
</context>
<context>
    <name>NullifyForm</name>
    <message>
        <source>What nullifying does</source>
        <translation>Cosa comporta l&apos;invalidazione</translation>
    </message>
    <message>
        <source>Type the pass&apos;s number to confirm</source>
        <translation>Digita il numero del pass per confermare</translation>
    </message>
</context>
<context>
    <name>PassesForm</name>
    <message>
        <source>Passes</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Reading passes…</source>
        <translation>Lettura dei pass…</translation>
    </message>
    <message>
        <source>Passes shown</source>
        <translation>Pass visualizzati</translation>
    </message>
    <message>
        <source>&amp;Issue pass…</source>
        <translation>&amp;Emetti pass…</translation>
    </message>
    <message>
        <source>Issue a new pass from a template</source>
        <translation>Emetti un nuovo pass da un modello</translation>
    </message>
    <message>
        <source>&amp;Bulk issue from CSV…</source>
        <translation>Emissione in &amp;blocco da CSV…</translation>
    </message>
    <message>
        <source>Issue one pass per row of a CSV file</source>
        <translation>Emetti un pass per ogni riga di un file CSV</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Esp&amp;orta…</translation>
    </message>
    <message>
        <source>Write the passes listed (with the filters and search applied) to a CSV file</source>
        <translation>Scrivi in un file CSV i pass elencati (con filtri e ricerca applicati)</translation>
    </message>
    <message>
        <source>Search names, ticket numbers and ext ids  (Ctrl+F)</source>
        <translation>Cerca nomi, numeri di biglietto e ID esterni  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search passes by name, ticket number or ext id</source>
        <translation>Cerca pass per nome, numero di biglietto o ID esterno</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creato dal</translation>
    </message>
    <message>
        <source>Created on or after this day</source>
        <translation>Creato in questo giorno o dopo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Creato fino al</translation>
    </message>
    <message>
        <source>Created on or before this day</source>
        <translation>Creato in questo giorno o prima</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Azzera filtri</translation>
    </message>
    <message>
        <source>Show every pass again</source>
        <translation>Mostra di nuovo tutti i pass</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Show passes in this status only. Nullified passes are listed only when “Nullified” is picked here.</source>
        <translation>Mostra solo i pass in questo stato. I pass invalidati compaiono solo se qui scegli «Invalidato».</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Show passes added to this wallet only</source>
        <translation>Mostra solo i pass aggiunti a questo wallet</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Tag di gruppo</translation>
    </message>
    <message>
        <source>Show passes with this group tag only</source>
        <translation>Mostra solo i pass con questo tag di gruppo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Show passes of this template only</source>
        <translation>Mostra solo i pass di questo modello</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Show passes of this event only</source>
        <translation>Mostra solo i pass di questo evento</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Esito dell&apos;esportazione</translation>
    </message>
    <message>
        <source>Pass details</source>
        <translation>Dettagli del pass</translation>
    </message>
    <message>
        <source>Select a pass</source>
        <translation>Seleziona un pass</translation>
    </message>
    <message>
        <source>Send a &amp;message…</source>
        <translation>Invia un &amp;messaggio…</translation>
    </message>
    <message>
        <source>Send a message to the phones of the selected passes</source>
        <translation>Invia un messaggio ai telefoni dei pass selezionati</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Change the selected pass</source>
        <translation>Modifica il pass selezionato</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Disattiva…</translation>
    </message>
    <message>
        <source>Deactivate the selected passes (they no longer admit)</source>
        <translation>Disattiva i pass selezionati (non danno più ingresso)</translation>
    </message>
    <message>
        <source>&amp;Nullify…</source>
        <translation>&amp;Invalida pass…</translation>
    </message>
    <message>
        <source>Wipe the selected pass for good and free its ext id (cannot be undone)</source>
        <translation>Cancella per sempre il pass selezionato e libera il suo ID esterno (irreversibile)</translation>
    </message>
</context>
<context>
    <name>ReaderConfigForm</name>
    <message>
        <source>Reader configuration: who checks each scan</source>
        <translation>Configurazione dei lettori: chi verifica ogni scansione</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Convalida</translation>
    </message>
    <message>
        <source>&amp;PassEntry checks the pass</source>
        <translation>&amp;PassEntry verifica il pass</translation>
    </message>
    <message>
        <source>Internal validation: PassEntry checks each scan against its own data</source>
        <translation>Convalida interna: PassEntry verifica ogni scansione con i propri dati</translation>
    </message>
    <message>
        <source>Internal validation: PassEntry checks the pass</source>
        <translation>Convalida interna: PassEntry verifica il pass</translation>
    </message>
    <message>
        <source>Our venue &amp;hub checks the pass</source>
        <translation>L&apos;&amp;hub della nostra sede verifica il pass</translation>
    </message>
    <message>
        <source>External validation: readers send each scan to the hub URL below, which decides</source>
        <translation>Convalida esterna: i lettori inviano ogni scansione all&apos;URL dell&apos;hub qui sotto, che decide</translation>
    </message>
    <message>
        <source>External validation: our venue hub checks the pass</source>
        <translation>Convalida esterna: l&apos;hub della nostra sede verifica il pass</translation>
    </message>
    <message>
        <source>Hub &amp;URL</source>
        <translation>&amp;URL dell&apos;hub</translation>
    </message>
    <message>
        <source>https://hub.example.org:8443/validate</source>
        <translation>https://hub.example.org:8443/validate</translation>
    </message>
    <message>
        <source>External validation URL (the venue hub)</source>
        <translation>URL di convalida esterna (l&apos;hub della sede)</translation>
    </message>
    <message>
        <source>Use this desk&apos;s hu&amp;b</source>
        <translation>Usa l&apos;hu&amp;b di questa postazione</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token bearer</translation>
    </message>
    <message>
        <source>Where the bearer token is set</source>
        <translation>Dove è impostato il token bearer</translation>
    </message>
    <message>
        <source>NFC private key</source>
        <translation>Chiave privata NFC</translation>
    </message>
    <message>
        <source>NFC private key, masked</source>
        <translation>Chiave privata NFC, nascosta</translation>
    </message>
    <message>
        <source>Replace &amp;key…</source>
        <translation>Sostituisci &amp;chiave…</translation>
    </message>
    <message>
        <source>Choose a PEM file with the new private key</source>
        <translation>Scegli un file PEM con la nuova chiave privata</translation>
    </message>
    <message>
        <source>Wallet IDs</source>
        <translation>ID dei wallet</translation>
    </message>
    <message>
        <source>Apple pass type and Google collector</source>
        <translation>Tipo di pass Apple e collector Google</translation>
    </message>
    <message>
        <source>Why the configuration cannot be saved</source>
        <translation>Perché la configurazione non può essere salvata</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ripr&amp;istina</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Scarta le modifiche non ancora salvate</translation>
    </message>
    <message>
        <source>&amp;Save to PassEntry</source>
        <translation>&amp;Salva su PassEntry</translation>
    </message>
</context>
<context>
    <name>ReaderDashboardSteps</name>
    <message>
        <source>Set it in the PassEntry dashboard</source>
        <translation>Impostalo nella dashboard di PassEntry</translation>
    </message>
    <message>
        <source>1. Open</source>
        <translation>1. Apri</translation>
    </message>
    <message>
        <source>Readers → Reader Configuration → Validation Settings</source>
        <translation>Readers → Reader Configuration → Validation Settings</translation>
    </message>
    <message>
        <source>2. Choose</source>
        <translation>2. Scegli</translation>
    </message>
    <message>
        <source>3. HTTPS URL</source>
        <translation>3. URL HTTPS</translation>
    </message>
    <message>
        <source>The hub URL to paste in the dashboard</source>
        <translation>L&apos;URL dell&apos;hub da incollare nella dashboard</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copy the hub URL, to paste it in the dashboard</source>
        <translation>Copia l&apos;URL dell&apos;hub per incollarlo nella dashboard</translation>
    </message>
    <message>
        <source>4. Bearer token</source>
        <translation>4. Token bearer</translation>
    </message>
    <message>
        <source>Which bearer token to enter</source>
        <translation>Quale token bearer inserire</translation>
    </message>
    <message>
        <source>Copy hub &amp;token</source>
        <translation>Copia &amp;token dell&apos;hub</translation>
    </message>
    <message>
        <source>Copy the venue hub&apos;s token from this computer&apos;s keychain without showing it</source>
        <translation>Copia il token dell&apos;hub della sede dal portachiavi di questo computer senza mostrarlo</translation>
    </message>
    <message>
        <source>5. Save</source>
        <translation>5. Salva</translation>
    </message>
    <message>
        <source>Save there, then press Refresh here to read it back.</source>
        <translation>Salva lì, poi premi Aggiorna qui per rileggerla.</translation>
    </message>
    <message>
        <source>PassEntry Reader apps log out and use the new settings at their next login.</source>
        <translation>Le app PassEntry Reader si disconnettono e usano le nuove impostazioni al prossimo accesso.</translation>
    </message>
    <message>
        <source>What was copied</source>
        <translation>Cosa è stato copiato</translation>
    </message>
</context>
<context>
    <name>ReaderDialogForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>e.g. North Gate</source>
        <translation>ad es. Cancello Nord</translation>
    </message>
    <message>
        <source>Reader name</source>
        <translation>Nome del lettore</translation>
    </message>
    <message>
        <source>Reader &amp;ID</source>
        <translation>&amp;ID del lettore</translation>
    </message>
    <message>
        <source>e.g. north-gate-1</source>
        <translation>ad es. north-gate-1</translation>
    </message>
    <message>
        <source>Reader ID</source>
        <translation>ID del lettore</translation>
    </message>
    <message>
        <source>What the reader logs in with. Letters, digits, - _ and . only; it cannot be changed later.</source>
        <translation>Con cosa il lettore accede. Solo lettere, cifre, - _ e .; non può essere modificato in seguito.</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Reader type</source>
        <translation>Tipo di lettore</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Reader password</source>
        <translation>Password del lettore</translation>
    </message>
    <message>
        <source>It may</source>
        <translation>Può</translation>
    </message>
    <message>
        <source>&amp;Scan passes</source>
        <translation>&amp;Scansionare pass</translation>
    </message>
    <message>
        <source>Read &amp;QR codes and barcodes</source>
        <translation>Leggere codici &amp;QR e codici a barre</translation>
    </message>
    <message>
        <source>&amp;Redeem loyalty</source>
        <translation>&amp;Riscattare punti</translation>
    </message>
    <message>
        <source>Read &amp;MIFARE Classic cards</source>
        <translation>Leggere schede &amp;MIFARE Classic</translation>
    </message>
    <message>
        <source>&amp;Add points</source>
        <translation>&amp;Accreditare punti</translation>
    </message>
    <message>
        <source>Why OK is disabled</source>
        <translation>Perché OK è disattivato</translation>
    </message>
    <message>
        <source>Saved on PassEntry at once: this needs the network.</source>
        <translation>Salvato subito su PassEntry: serve la rete.</translation>
    </message>
</context>
<context>
    <name>ReaderTokenForm</name>
    <message>
        <source>Readers send this token to the endpoint with every scan (Authorization: Bearer …), and the endpoint refuses scans without it. Paste the token your endpoint expects, or generate a new one.</source>
        <translation>I lettori inviano questo token all&apos;endpoint con ogni scansione (Authorization: Bearer …) e l&apos;endpoint rifiuta le scansioni senza token. Incolla il token che il tuo endpoint si aspetta, o generane uno nuovo.</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nuovo token</translation>
    </message>
    <message>
        <source>New validation token</source>
        <translation>Nuovo token di convalida</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Genera</translation>
    </message>
    <message>
        <source>A new random token (256 bits)</source>
        <translation>Un nuovo token casuale (256 bit)</translation>
    </message>
    <message>
        <source>The new token, masked</source>
        <translation>Il nuovo token, nascosto</translation>
    </message>
    <message>
        <source>Once saved it is kept in this computer&apos;s keychain, for this desk&apos;s Door and hub, never in a file or the database.</source>
        <translation>Una volta salvato, viene conservato nel portachiavi di questo computer, per l&apos;Ingresso e l&apos;hub di questa postazione, mai in un file o nel database.</translation>
    </message>
</context>
<context>
    <name>ReadersForm</name>
    <message>
        <source>Readers</source>
        <translation>Lettori</translation>
    </message>
    <message>
        <source>Readers shown</source>
        <translation>Lettori visualizzati</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Read the readers and the configuration from PassEntry now</source>
        <translation>Leggi ora i lettori e la configurazione da PassEntry</translation>
    </message>
    <message>
        <source>&amp;New reader…</source>
        <translation>&amp;Nuovo lettore…</translation>
    </message>
    <message>
        <source>Create a reader on PassEntry (needs the network)</source>
        <translation>Crea un lettore su PassEntry (serve la rete)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Change the selected reader (or double-click it)</source>
        <translation>Modifica il lettore selezionato (o fai doppio clic)</translation>
    </message>
    <message>
        <source>What this account&apos;s API offers for readers</source>
        <translation>Cosa offre l&apos;API di questo account per i lettori</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Where passdesk finds your PassEntry account.</source>
        <translation>Dove passdesk trova il tuo account PassEntry.</translation>
    </message>
    <message>
        <source>PassEntry account</source>
        <translation>Account PassEntry</translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation>&amp;URL base dell&apos;API:</translation>
    </message>
    <message>
        <source>The address of the PassEntry API, ending in /api/v1. Plain http:// is allowed only for this computer.</source>
        <translation>L&apos;indirizzo dell&apos;API di PassEntry, che termina con /api/v1. Il semplice http:// è consentito solo per questo computer.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chiave API:</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Incolla la tua chiave API</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Rimuovi chiave</translation>
    </message>
    <message>
        <source>Delete the key stored in the keychain for this URL</source>
        <translation>Elimina la chiave salvata nel portachiavi per questo URL</translation>
    </message>
    <message>
        <source>Create a key in the PassEntry Dashboard under Developer tools. Leave this empty to keep the stored key.</source>
        <translation>Crea una chiave nella Dashboard di PassEntry, in Developer tools. Lascia vuoto per mantenere la chiave salvata.</translation>
    </message>
    <message>
        <source>&amp;Entity ID:</source>
        <translation>&amp;ID entità:</translation>
    </message>
    <message>
        <source>e.g. 0d10c850</source>
        <translation>es. 0d10c850</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>ID entità</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Prova connessione</translation>
    </message>
    <message>
        <source>Try the URL and key typed above, without saving them</source>
        <translation>Prova l&apos;URL e la chiave inseriti sopra, senza salvarli</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save the URL to the settings file and the key to the keychain</source>
        <translation>Salva l&apos;URL nel file delle impostazioni e la chiave nel portachiavi</translation>
    </message>
    <message>
        <source>What each PassEntry route answered</source>
        <translation>Cosa ha risposto ogni percorso di PassEntry</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>C&amp;opia rapporto</translation>
    </message>
    <message>
        <source>Copy this table as text (no key, no secrets), to paste into a bug report</source>
        <translation>Copia questa tabella come testo (senza chiave né segreti) da incollare in una segnalazione di bug</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Hub della sede</translation>
    </message>
    <message>
        <source>Run the &amp;venue hub on this computer</source>
        <translation>Esegui l&apos;&amp;hub della sede su questo computer</translation>
    </message>
    <message>
        <source>Answers the venue&apos;s readers and PassEntry&apos;s webhooks from this desk&apos;s database while passdesk is open. Readers call HTTPS addresses only: put a reverse proxy that terminates TLS in front of this port.</source>
        <translation>Risponde ai lettori della sede e ai webhook di PassEntry dal database di questa postazione mentre passdesk è aperto. I lettori chiamano solo indirizzi HTTPS: metti davanti a questa porta un reverse proxy che termini il TLS.</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>In &amp;ascolto su:</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>In ascolto su</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Hub port</source>
        <translation>Porta dell&apos;hub</translation>
    </message>
    <message>
        <source>Reader token:</source>
        <translation>Token dei lettori:</translation>
    </message>
    <message>
        <source>Reader token, masked</source>
        <translation>Token dei lettori, nascosto</translation>
    </message>
    <message>
        <source>Set t&amp;oken…</source>
        <translation>Imposta t&amp;oken…</translation>
    </message>
    <message>
        <source>Type, paste or generate the token readers send; it is kept in the keychain</source>
        <translation>Digita, incolla o genera il token inviato dai lettori; viene conservato nel portachiavi</translation>
    </message>
    <message>
        <source>Readers send it with every scan: enter the same token in the PassEntry dashboard (Readers → Reader Configuration → Validation Settings).</source>
        <translation>I lettori lo inviano a ogni scansione: inserisci lo stesso token nella dashboard di PassEntry (Readers → Reader Configuration → Validation Settings).</translation>
    </message>
    <message>
        <source>Venue hub status</source>
        <translation>Stato dell&apos;hub della sede</translation>
    </message>
    <message>
        <source>PassEntry e&amp;vents…</source>
        <translation>E&amp;venti PassEntry…</translation>
    </message>
    <message>
        <source>Register this hub with PassEntry for pass events, pause them or rotate their secret</source>
        <translation>Registra questo hub su PassEntry per gli eventi dei pass, sospendili o rinnova il loro segreto</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;pplica</translation>
    </message>
    <message>
        <source>Save the venue hub settings and start, stop or restart the hub</source>
        <translation>Salva le impostazioni dell&apos;hub della sede e avvia, arresta o riavvia l&apos;hub</translation>
    </message>
</context>
<context>
    <name>SyncForm</name>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>passdesk works from its local copy and exchanges changes with PassEntry in the background.</source>
        <translation>passdesk lavora sulla sua copia locale e scambia le modifiche con PassEntry in background.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connessione:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Ultima sincronizzazione:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ora:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizza &amp;ora</translation>
    </message>
    <message>
        <source>Fetch what is new on PassEntry and send the waiting changes now</source>
        <translation>Scarica subito le novità da PassEntry e invia le modifiche in attesa</translation>
    </message>
    <message>
        <source>Check &amp;every pass now</source>
        <translation>Verifica &amp;tutti i pass ora</translation>
    </message>
    <message>
        <source>Sync, and also re-read the status of every pass (slower; passdesk does it by itself every 15 minutes)</source>
        <translation>Sincronizza e rileggi anche lo stato di ogni pass (più lento; passdesk lo fa da solo ogni 15 minuti)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Interrompi</translation>
    </message>
    <message>
        <source>Stop the running sync after the current page; what was fetched is kept</source>
        <translation>Ferma la sincronizzazione in corso dopo la pagina attuale; i dati già scaricati restano</translation>
    </message>
    <message>
        <source>Changes waiting for PassEntry</source>
        <translation>Modifiche in attesa per PassEntry</translation>
    </message>
    <message>
        <source>Select a refused or to-be-reviewed change to retry or discard it.</source>
        <translation>Seleziona una modifica rifiutata o da verificare per riprovarla o scartarla.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Send the selected changes again</source>
        <translation>Invia di nuovo le modifiche selezionate</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Scarta…</translation>
    </message>
    <message>
        <source>Give up on the selected changes: they will not reach PassEntry</source>
        <translation>Rinuncia alle modifiche selezionate: non arriveranno a PassEntry</translation>
    </message>
</context>
<context>
    <name>TemplateByIdForm</name>
    <message>
        <source>Add a template by its ID</source>
        <translation>Aggiungi un modello tramite il suo ID</translation>
    </message>
    <message>
        <source>PassEntry does not list its templates to apps. Copy the template&apos;s ID from the PassEntry dashboard (or from a pass made with it) and paste it here.</source>
        <translation>PassEntry non elenca i suoi modelli alle app. Copia l&apos;ID del modello dalla dashboard di PassEntry (o da un pass creato con esso) e incollalo qui.</translation>
    </message>
    <message>
        <source>Template &amp;ID</source>
        <translation>&amp;ID del modello</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>ID del modello</translation>
    </message>
    <message>
        <source>e.g. 19cb334f9696e64e10e7759f0</source>
        <translation>ad es. 19cb334f9696e64e10e7759f0</translation>
    </message>
</context>
<context>
    <name>TillForm</name>
    <message>
        <source>Till</source>
        <translation>Cassa</translation>
    </message>
    <message>
        <source>Scan sources</source>
        <translation>Sorgenti di scansione</translation>
    </message>
    <message>
        <source>Till &amp;settings…</source>
        <translation>&amp;Impostazioni cassa…</translation>
    </message>
    <message>
        <source>Earn rates, rewards, messages, scan sources and this till&apos;s name</source>
        <translation>Punti per spesa, premi, messaggi, sorgenti di scansione e nome di questa cassa</translation>
    </message>
    <message>
        <source>Scan a card, or type a name or customer number (Ctrl+F)</source>
        <translation>Scansiona una carta o digita un nome o un numero cliente (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Trova un cliente</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Clienti trovati</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Nessun cliente</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nome del cliente</translation>
    </message>
    <message>
        <source>Scan a loyalty card, or search by name or customer number.</source>
        <translation>Scansiona una carta fedeltà o cerca per nome o numero cliente.</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Dati del cliente</translation>
    </message>
    <message>
        <source>Card cancelled</source>
        <translation>Carta annullata</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Balance state</source>
        <translation>Stato del saldo</translation>
    </message>
    <message>
        <source>Balance source</source>
        <translation>Origine del saldo</translation>
    </message>
    <message>
        <source>Rewards reached</source>
        <translation>Premi raggiunti</translation>
    </message>
    <message>
        <source>Why this pass cannot be used</source>
        <translation>Perché questo pass non può essere usato</translation>
    </message>
    <message>
        <source>Operations that need review</source>
        <translation>Operazioni da verificare</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Reinvia</translation>
    </message>
    <message>
        <source>It was not applied: send it to PassEntry again</source>
        <translation>Non è stata applicata: inviala di nuovo a PassEntry</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <source>Drop it: it was applied, or should not be</source>
        <translation>Eliminala: è stata applicata o non deve esserlo</translation>
    </message>
    <message>
        <source>Last operation</source>
        <translation>Ultima operazione</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>Questo cliente</translation>
    </message>
    <message>
        <source>This customer totals</source>
        <translation>Totali di questo cliente</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <source>Write this customer&apos;s operations to a CSV file</source>
        <translation>Scrivi le operazioni di questo cliente in un file CSV</translation>
    </message>
    <message>
        <source>This shift</source>
        <translation>Questo turno</translation>
    </message>
    <message>
        <source>This shift totals</source>
        <translation>Totali di questo turno</translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation>&amp;Chiudi turno…</translation>
    </message>
    <message>
        <source>See this shift&apos;s totals, export them, and start a new shift</source>
        <translation>Visualizza i totali di questo turno, esportali e inizia un nuovo turno</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Es&amp;porta…</translation>
    </message>
    <message>
        <source>Write this shift&apos;s operations to a CSV file</source>
        <translation>Scrivi le operazioni di questo turno in un file CSV</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Earn from
purchase</source>
        <translation>Punti da
acquisto</translation>
    </message>
    <message>
        <source>F1: points from the amount spent</source>
        <translation>F1: punti in base all&apos;importo speso</translation>
    </message>
    <message>
        <source>Add
points</source>
        <translation>Accredita
punti</translation>
    </message>
    <message>
        <source>F2: add a number of points</source>
        <translation>F2: accredita un numero di punti</translation>
    </message>
    <message>
        <source>Redeem
points</source>
        <translation>Riscatta
punti</translation>
    </message>
    <message>
        <source>F3: take points off (never below zero)</source>
        <translation>F3: scala punti (mai sotto zero)</translation>
    </message>
    <message>
        <source>Set
balance</source>
        <translation>Imposta
saldo</translation>
    </message>
    <message>
        <source>F4: set the balance to a value, e.g. 0 to reset</source>
        <translation>F4: imposta il saldo a un valore, es. 0 per azzerarlo</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Importo speso</translation>
    </message>
    <message>
        <source>What to type</source>
        <translation>Cosa digitare</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Separatore decimale</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Cancella l&apos;ultima cifra (Backspace)</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Cancella ultima cifra</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear the amount (Esc)</source>
        <translation>Azzera l&apos;importo (Esc)</translation>
    </message>
    <message>
        <source>Clear amount</source>
        <translation>Azzera importo</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Applica</translation>
    </message>
    <message>
        <source>Make the change (Enter)</source>
        <translation>Esegui la modifica (Invio)</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Cosa succederà</translation>
    </message>
    <message>
        <source>Send a &amp;message to the phone</source>
        <translation>Invia un &amp;messaggio al telefono</translation>
    </message>
    <message>
        <source>Push message</source>
        <translation>Notifica push</translation>
    </message>
    <message>
        <source>About the message</source>
        <translation>Informazioni sul messaggio</translation>
    </message>
</context>
<context>
    <name>TillSettingsForm</name>
    <message>
        <source>Till</source>
        <translation>Cassa</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>&amp;Nome postazione</translation>
    </message>
    <message>
        <source>till</source>
        <translation>cassa</translation>
    </message>
    <message>
        <source>This till&apos;s name in the operation log and in a shift&apos;s list</source>
        <translation>Il nome di questa cassa nel registro delle operazioni e nell&apos;elenco di un turno</translation>
    </message>
    <message>
        <source>&amp;Currency symbol</source>
        <translation>Simbolo &amp;valuta</translation>
    </message>
    <message>
        <source>e.g. £, € or $</source>
        <translation>es. €, £ o $</translation>
    </message>
    <message>
        <source>Put before amounts spent; may be empty</source>
        <translation>Anteposto agli importi spesi; può essere vuoto</translation>
    </message>
    <message>
        <source>Send a &amp;message by default</source>
        <translation>Invia un &amp;messaggio (predefinito)</translation>
    </message>
    <message>
        <source>Whether &quot;Send a message&quot; starts ticked for each operation</source>
        <translation>Se «Invia un messaggio al telefono» è già selezionato per ogni operazione</translation>
    </message>
    <message>
        <source>S&amp;ound for each operation</source>
        <translation>S&amp;uono per ogni operazione</translation>
    </message>
    <message>
        <source>Offline, re&amp;deem up to</source>
        <translation>Offline, &amp;riscatta fino a</translation>
    </message>
    <message>
        <source> points</source>
        <translation> punti</translation>
    </message>
    <message>
        <source>Most points redeemed without a confirmed balance</source>
        <translation>Massimo di punti riscattabili senza un saldo confermato</translation>
    </message>
    <message>
        <source>0: a redemption always needs a balance PassEntry confirmed</source>
        <translation>0: un riscatto richiede sempre un saldo confermato da PassEntry</translation>
    </message>
    <message>
        <source>Offline, or before PassEntry has answered, a redemption goes against the balance the card showed when it was last synced, up to this many points. Above it, a supervisor must approve.</source>
        <translation>Offline, o prima che PassEntry abbia risposto, un riscatto si basa sul saldo mostrato dalla carta all&apos;ultima sincronizzazione, fino a questo numero di punti. Oltre, deve approvarlo un supervisore.</translation>
    </message>
    <message>
        <source>Scan with loyalty</source>
        <translation>Scansione con fedeltà</translation>
    </message>
    <message>
        <source>&amp;Points per scan</source>
        <translation>&amp;Punti per scansione</translation>
    </message>
    <message>
        <source>Scan messa&amp;ge</source>
        <translation>Messa&amp;ggio di scansione</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facoltativo</translation>
    </message>
    <message>
        <source>Each scan that finds a customer also adds these points (a negative number takes them). Off: a scan only looks the customer up.</source>
        <translation>Ogni scansione che trova un cliente aggiunge anche questi punti (un numero negativo li scala). Nessuno: la scansione cerca solo il cliente.</translation>
    </message>
    <message>
        <source>Scan sources besides the keyboard</source>
        <translation>Sorgenti di scansione oltre alla tastiera</translation>
    </message>
    <message>
        <source>N&amp;FC reader</source>
        <translation>Lettore N&amp;FC</translation>
    </message>
    <message>
        <source>Off (e.g. usb or tty:USB0:pn532)</source>
        <translation>Disattivato (es. usb o tty:USB0:pn532)</translation>
    </message>
    <message>
        <source>nfcpy device path of an NFC reader for NDEF tags; empty: no NFC reader</source>
        <translation>Percorso del dispositivo nfcpy di un lettore NFC per tag NDEF; vuoto: nessun lettore NFC</translation>
    </message>
    <message>
        <source>VTAP serial p&amp;ort</source>
        <translation>P&amp;orta seriale VTAP</translation>
    </message>
    <message>
        <source>Off (e.g. /dev/ttyACM0 or COM3)</source>
        <translation>Disattivata (es. /dev/ttyACM0 o COM3)</translation>
    </message>
    <message>
        <source>Serial port of a VTAP reader in serial mode. Empty: none</source>
        <translation>Porta seriale di un lettore VTAP in modalità seriale. Vuoto: nessuna</translation>
    </message>
    <message>
        <source>Read QR codes with the ca&amp;mera</source>
        <translation>Leggi i codici QR con la &amp;videocamera</translation>
    </message>
    <message>
        <source>Camera &amp;to use</source>
        <translation>Videocamera da &amp;usare</translation>
    </message>
    <message>
        <source>Which webcam reads QR codes when several are connected</source>
        <translation>Quale webcam legge i codici QR quando ne sono collegate più di una</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Videocamera da usare</translation>
    </message>
    <message>
        <source>PassEntry&apos;s dashboard</source>
        <translation>Dashboard di PassEntry</translation>
    </message>
    <message>
        <source>&amp;Log scans in PassEntry as</source>
        <translation>&amp;Registra in PassEntry come</translation>
    </message>
    <message>
        <source>Log scans in PassEntry as</source>
        <translation>Registra in PassEntry come</translation>
    </message>
    <message>
        <source>The PassEntry reader this till&apos;s scans are logged as. Don&apos;t log: PassEntry does not see them</source>
        <translation>Il lettore PassEntry a cui sono attribuite le scansioni di questa cassa. Non registrare: PassEntry non le vede</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>Scanner a tastiera</translation>
    </message>
    <message>
        <source>Check the scanner…</source>
        <translation>Verifica lo scanner…</translation>
    </message>
    <message>
        <source>Scan a test code once: passdesk finds how the scanner ends codes and corrects a keyboard layout that does not match this computer&apos;s</source>
        <translation>Scansiona una volta un codice di prova: passdesk rileva come lo scanner termina i codici e corregge un layout di tastiera diverso da quello di questo computer</translation>
    </message>
    <message>
        <source>Earning and rewards</source>
        <translation>Accumulo e premi</translation>
    </message>
    <message>
        <source>&amp;Rules for</source>
        <translation>&amp;Regole per</translation>
    </message>
    <message>
        <source>Template the rules are for</source>
        <translation>Modello a cui si applicano le regole</translation>
    </message>
    <message>
        <source>Use the &amp;general rules</source>
        <translation>Usa le regole &amp;generali</translation>
    </message>
    <message>
        <source>Forget this template&apos;s own rules: it earns and rewards as &quot;All other templates&quot;</source>
        <translation>Elimina le regole proprie di questo modello: accumula punti e premi come «Tutti gli altri modelli»</translation>
    </message>
    <message>
        <source>Points per currency &amp;unit</source>
        <translation>Punti per &amp;unità di valuta</translation>
    </message>
    <message>
        <source>Points for each 1 spent, from 0 to 1,000,000; e.g. 0.1 gives a point for each 10 spent</source>
        <translation>Punti per ogni 1 speso, da 0 a 1.000.000; es. 0,1 dà un punto ogni 10 spesi</translation>
    </message>
    <message>
        <source>Roun&amp;d points</source>
        <translation>Arrotonda i pun&amp;ti</translation>
    </message>
    <message>
        <source>Re&amp;wards</source>
        <translation>&amp;Premi</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Premi</translation>
    </message>
    <message>
        <source>Points needed</source>
        <translation>Punti necessari</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>&amp;Add reward</source>
        <translation>&amp;Aggiungi premio</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>R&amp;imuovi</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>&amp;Earn</source>
        <translation>A&amp;ccumulo</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Accre&amp;dito</translation>
    </message>
    <message>
        <source>Re&amp;deem</source>
        <translation>&amp;Riscatto</translation>
    </message>
    <message>
        <source>Set &amp;balance</source>
        <translation>Imposta &amp;saldo</translation>
    </message>
    <message>
        <source>Reward &amp;reached</source>
        <translation>Premio ra&amp;ggiunto</translation>
    </message>
    <message>
        <source>Sent instead of the action&apos;s message when an operation reaches a reward</source>
        <translation>Inviato al posto del messaggio dell&apos;azione quando un&apos;operazione raggiunge un premio</translation>
    </message>
    <message>
        <source>Example message</source>
        <translation>Messaggio di esempio</translation>
    </message>
    <message>
        <source>Restore de&amp;faults</source>
        <translation>Ripristina pre&amp;definiti</translation>
    </message>
    <message>
        <source>Put back the messages passdesk came with</source>
        <translation>Ripristina i messaggi originali di passdesk</translation>
    </message>
    <message>
        <source>Why Save is not available</source>
        <translation>Perché Salva non è disponibile</translation>
    </message>
</context>
<context>
    <name>TillShiftForm</name>
    <message>
        <source>Shift start and end</source>
        <translation>Inizio e fine del turno</translation>
    </message>
    <message>
        <source>Shift totals</source>
        <translation>Totali del turno</translation>
    </message>
    <message>
        <source>Totals by kind of operation</source>
        <translation>Totali per tipo di operazione</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Punti assegnati</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Punti riscattati</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Speso</translation>
    </message>
    <message>
        <source>Closing the shift starts a new one now: the till&apos;s shift list and totals start again from zero. Nothing is deleted; every operation stays in the customers&apos; lists.</source>
        <translation>Chiudendo il turno ne inizia subito uno nuovo: l&apos;elenco e i totali del turno della cassa ripartono da zero. Non viene eliminato nulla; ogni operazione resta negli elenchi dei clienti.</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Esito esportazione</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Esporta rapporto…</translation>
    </message>
    <message>
        <source>Write the shift&apos;s operations and, in a second file, its totals, for a spreadsheet</source>
        <translation>Scrivi le operazioni del turno e, in un secondo file, i totali, per un foglio di calcolo</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation>Impossibile scrivere {path}: {problem}</translation>
    </message>
    <message>
        <source>{rows} written to {path}</source>
        <translation>Scritto in {path}: {rows}</translation>
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
        <translation>Salva</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>PNG, JPG or WebP images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Immagini PNG, JPG o WebP (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>PassEntry cannot be reached, so your images there cannot be listed or uploaded now; try again when the connection is back. The Designer still works offline: a file on this computer shows in the preview (Choose…).</source>
        <translation>PassEntry non è raggiungibile, quindi le tue immagini lì non possono essere elencate né caricate ora; riprova quando la connessione torna. Il Designer funziona anche offline: un file su questo computer appare nell&apos;anteprima (Scegli…).</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>In basso a destra</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>In basso a sinistra</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>In alto a destra</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>In alto a sinistra</translation>
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
        <translation>miniatura</translation>
    </message>
    <message>
        <source>PassEntry did not take it: {problem}</source>
        <translation>PassEntry non l&apos;ha accettato: {problem}</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Si è verificato un problema: {problem}</translation>
    </message>
    <message>
        <source>No copy
on this computer</source>
        <translation>Nessuna copia
su questo computer</translation>
    </message>
    <message>
        <source>Your {kind} images on PassEntry</source>
        <translation>Le tue immagini {kind} su PassEntry</translation>
    </message>
    <message>
        <source>Your {kind} images</source>
        <translation>Le tue immagini {kind}</translation>
    </message>
    <message>
        <source>Watermark on this banner:</source>
        <translation>Filigrana su questo banner:</translation>
    </message>
    <message>
        <source>Watermark colour</source>
        <translation>Colore della filigrana</translation>
    </message>
    <message>
        <source>Watermark position</source>
        <translation>Posizione della filigrana</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Carica…</translation>
    </message>
    <message>
        <source>Send a PNG, JPG or WebP file to PassEntry as a {kind}</source>
        <translation>Invia a PassEntry un file PNG, JPG o WebP come {kind}</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Use this image</source>
        <translation>Usa questa immagine</translation>
    </message>
    <message>
        <source>Reading your images from PassEntry…</source>
        <translation>Lettura delle tue immagini da PassEntry…</translation>
    </message>
    <message>
        <source>No {kind} images on PassEntry yet: upload one.</source>
        <translation>Ancora nessuna immagine {kind} su PassEntry: caricane una.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>{width} x {height} px · {status}</source>
        <translation>{width} x {height} px · {status}</translation>
    </message>
    <message>
        <source>PassEntry is still processing this image</source>
        <translation>PassEntry sta ancora elaborando questa immagine</translation>
    </message>
    <message>
        <source>Upload a {kind}</source>
        <translation>Carica {kind}</translation>
    </message>
    <message>
        <source>Uploading {file}…</source>
        <translation>Caricamento di {file}…</translation>
    </message>
    <message>
        <source>Processing… PassEntry is preparing the image; it can be used once it is ready.</source>
        <translation>Elaborazione… PassEntry sta preparando l&apos;immagine; potrà essere usata quando sarà pronta.</translation>
    </message>
    <message>
        <source>{advice} {processing}</source>
        <translation>{advice} {processing}</translation>
    </message>
    <message>
        <source>{name} is ready: Use this image puts it on the pass.</source>
        <translation>Pronta: {name}. «Usa questa immagine» la applica al pass.</translation>
    </message>
    <message>
        <source>The image is ready: Use this image puts it on the pass.</source>
        <translation>L&apos;immagine è pronta: «Usa questa immagine» la applica al pass.</translation>
    </message>
    <message>
        <source>PassEntry is still processing the image; look again later (Refresh).</source>
        <translation>PassEntry sta ancora elaborando l&apos;immagine; ricontrolla più tardi (Aggiorna).</translation>
    </message>
    <message>
        <source>PassEntry could not process {name} ({status}); upload another file.</source>
        <translation>PassEntry non è riuscito a elaborare {name} ({status}); carica un altro file.</translation>
    </message>
    <message>
        <source>PassEntry could not process the image ({status}); upload another file.</source>
        <translation>PassEntry non è riuscito a elaborare l&apos;immagine ({status}); carica un altro file.</translation>
    </message>
</context>
<context>
    <name>designer</name>
    <message>
        <source>a colour is text such as &quot;#1A2B3C&quot;, not {kind}</source>
        <translation>un colore è un testo come &quot;#1A2B3C&quot;, non {kind}</translation>
    </message>
    <message>
        <source>{value} is not a colour: each of r, g, b must be 0 to 255</source>
        <translation>{value} non è un colore: r, g e b devono essere tra 0 e 255</translation>
    </message>
    <message>
        <source>{value} is not a colour; write #RGB, #RRGGBB or rgb(r, g, b)</source>
        <translation>{value} non è un colore; scrivi #RGB, #RRGGBB o rgb(r, g, b)</translation>
    </message>
    <message>
        <source>colour component {value} is outside 0 to 255</source>
        <translation>la componente di colore {value} non è tra 0 e 255</translation>
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
        <translation>icona</translation>
    </message>
    <message>
        <source>thumbnail</source>
        <translation>miniatura</translation>
    </message>
    <message>
        <source>{width} x {height} px</source>
        <translation>{width} x {height} px</translation>
    </message>
    <message>
        <source>Only Apple shows a thumbnail, and only on generic passes.</source>
        <translation>Solo Apple mostra una miniatura, e solo sui pass generici.</translation>
    </message>
    <message>
        <source>Apple shows no banner on a generic pass; Google does.</source>
        <translation>Apple non mostra banner su un pass generico; Google sì.</translation>
    </message>
    <message>
        <source>PassEntry documents no size for the {what}.</source>
        <translation>PassEntry non indica una dimensione per questa immagine ({what}).</translation>
    </message>
    <message>
        <source>PassEntry&apos;s {what} size is {size} (1125 x 294 on an Apple event ticket).</source>
        <translation>Dimensione PassEntry per questa immagine ({what}): {size} (1125 x 294 su un biglietto per eventi Apple).</translation>
    </message>
    <message>
        <source>PassEntry&apos;s {what} size is {size}.</source>
        <translation>Dimensione PassEntry per questa immagine ({what}): {size}.</translation>
    </message>
    <message>
        <source>This {what} has no size; it cannot be shown.</source>
        <translation>Questa immagine ({what}) non ha dimensioni; non può essere mostrata.</translation>
    </message>
    <message>
        <source>Smaller than {size} (PassEntry&apos;s {what} size): it may look blurred on a phone.</source>
        <translation>Più piccola di {size} (dimensione PassEntry per: {what}): sul telefono può apparire sfocata.</translation>
    </message>
    <message>
        <source>Not the {what}&apos;s shape ({width}:{height}); it will be cropped or squeezed.</source>
        <translation>Proporzioni diverse da quelle previste ({what}, {width}:{height}); verrà ritagliata o deformata.</translation>
    </message>
    <message>
        <source>Thumbnails are shown about square; this one will be cropped.</source>
        <translation>Le miniature sono mostrate quasi quadrate; questa verrà ritagliata.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <comment>two sentences one after the other</comment>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>background colour</source>
        <translation>colore di sfondo</translation>
    </message>
    <message>
        <source>text colour</source>
        <translation>colore del testo</translation>
    </message>
    <message>
        <source>label colour</source>
        <translation>colore delle etichette</translation>
    </message>
    <message>
        <source>generic</source>
        <translation>generico</translation>
    </message>
    <message>
        <source>loyalty card</source>
        <translation>carta fedeltà</translation>
    </message>
    <message>
        <source>event ticket</source>
        <translation>biglietto per eventi</translation>
    </message>
    <message>
        <source>transit</source>
        <translation>trasporti</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Intestazione</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Centrale</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retro</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Codice QR</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Transit type</source>
        <translation>Tipo di trasporto</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Colore di sfondo</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Colore delle etichette</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Colore del testo</translation>
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
        <translation>Icona</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Filigrana</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Lingua predefinita</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Codice a barre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <comment>a list&apos;s comma</comment>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>a generic template</source>
        <translation>un modello generico</translation>
    </message>
    <message>
        <source>a loyalty card template</source>
        <translation>un modello di carta fedeltà</translation>
    </message>
    <message>
        <source>an event ticket template</source>
        <translation>un modello di biglietto per eventi</translation>
    </message>
    <message>
        <source>a transit template</source>
        <translation>un modello per trasporti</translation>
    </message>
    <message>
        <source>a {type} template</source>
        <translation>un modello {type}</translation>
    </message>
    <message>
        <source>Header field {number}</source>
        <translation>Campo di intestazione {number}</translation>
    </message>
    <message>
        <source>Central field {number}</source>
        <translation>Campo centrale {number}</translation>
    </message>
    <message>
        <source>Details field {number}</source>
        <translation>Campo dei dettagli {number}</translation>
    </message>
    <message>
        <source>Back field {number}</source>
        <translation>Campo del retro {number}</translation>
    </message>
    <message>
        <source>{group} field {number}</source>
        <translation>{group}: campo {number}</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>Campi di intestazione</translation>
    </message>
    <message>
        <source>Central fields</source>
        <translation>Campi centrali</translation>
    </message>
    <message>
        <source>Details fields</source>
        <translation>Campi dei dettagli</translation>
    </message>
    <message>
        <source>Back fields</source>
        <translation>Campi del retro</translation>
    </message>
    <message>
        <source>at least one header field</source>
        <translation>almeno un campo di intestazione</translation>
    </message>
    <message>
        <source>at least one central field</source>
        <translation>almeno un campo centrale</translation>
    </message>
    <message>
        <source>at least one details field</source>
        <translation>almeno un campo dei dettagli</translation>
    </message>
    <message>
        <source>at least one back field</source>
        <translation>almeno un campo del retro</translation>
    </message>
    <message>
        <source>the template has no name</source>
        <translation>il modello non ha un nome</translation>
    </message>
    <message>
        <source>no template type; the known types are {known}</source>
        <translation>nessun tipo di modello; i tipi noti sono {known}</translation>
    </message>
    <message>
        <source>template type {type} is not one passdesk knows ({known}); the previews may not match</source>
        <translation>il tipo di modello {type} non è tra quelli noti a passdesk ({known}); le anteprime potrebbero non corrispondere</translation>
    </message>
    <message>
        <source>no transit type; a transit template needs one of {known}</source>
        <translation>nessun tipo di trasporto; un modello per trasporti richiede uno tra {known}</translation>
    </message>
    <message>
        <source>transit type {type}; a transit template needs one of {known}</source>
        <translation>tipo di trasporto {type}; un modello per trasporti richiede uno tra {known}</translation>
    </message>
    <message>
        <source>the {what} is {value}, not a colour; write #RGB, #RRGGBB or rgb(r, g, b)</source>
        <translation>il {what} è {value}, non un colore; scrivi #RGB, #RRGGBB o rgb(r, g, b)</translation>
    </message>
    <message>
        <source>the {what} {problem}</source>
        <comment>{problem}: &apos;#12&apos; is not a colour…</comment>
        <translation>il {what}: {problem}</translation>
    </message>
    <message>
        <source>text colour {colour} on background {background} has contrast {ratio}:1; WCAG asks for at least {minimum}:1</source>
        <translation>il colore del testo {colour} sullo sfondo {background} ha un contrasto di {ratio}:1; le WCAG chiedono almeno {minimum}:1</translation>
    </message>
    <message>
        <source>label colour {colour} on background {background} has contrast {ratio}:1; WCAG asks for at least {minimum}:1</source>
        <translation>il colore delle etichette {colour} sullo sfondo {background} ha un contrasto di {ratio}:1; le WCAG chiedono almeno {minimum}:1</translation>
    </message>
    <message>
        <source>the {what} {value} is not an https URL or a PNG or JPEG image</source>
        <translation>{what}: {value} non è un URL https né un&apos;immagine PNG o JPEG</translation>
    </message>
    <message>
        <source>Google shows the logo in a circle: a wide logo is cut; use a square logo</source>
        <translation>Google mostra il logo in un cerchio: un logo largo viene tagliato; usa un logo quadrato</translation>
    </message>
    <message>
        <source>the watermark is light or dark, at a corner of the pass</source>
        <translation>la filigrana è chiara o scura, in un angolo del pass</translation>
    </message>
    <message>
        <source>barcode type {type} is not one of {known}</source>
        <translation>il tipo di codice a barre {type} non è tra {known}</translation>
    </message>
    <message>
        <source>the barcode holds {source}; it can hold the pass id (uuid), the External ID (extId) or your own text (custom)</source>
        <translation>il codice a barre contiene {source}; può contenere l&apos;ID del pass (uuid), l&apos;ID esterno (extId) o un tuo testo (custom)</translation>
    </message>
    <message>
        <source>the barcode holds your own text, but the text is empty</source>
        <translation>il codice a barre contiene un tuo testo, ma il testo è vuoto</translation>
    </message>
    <message>
        <source>the barcode is {value}, not a barcode object</source>
        <translation>il codice a barre è {value}, non un oggetto codice a barre</translation>
    </message>
    <message>
        <source>it has a label but no field id; passes cannot fill it</source>
        <translation>ha un&apos;etichetta ma nessun ID di campo; i pass non possono compilarlo</translation>
    </message>
    <message>
        <source>it has a default value but no field id; passes cannot fill it</source>
        <translation>ha un valore predefinito ma nessun ID di campo; i pass non possono compilarlo</translation>
    </message>
    <message>
        <source>field id {id} should use only letters, digits and _ and not start with a digit</source>
        <translation>l&apos;ID di campo {id} deve usare solo lettere, cifre e _ e non iniziare con una cifra</translation>
    </message>
    <message>
        <source>field id {id} is used more than once (also {others})</source>
        <translation>l&apos;ID di campo {id} è usato più di una volta (anche {others})</translation>
    </message>
    <message>
        <source>{type} needs {fields}</source>
        <comment>a generic template needs at least one central field</comment>
        <translation>{type} richiede {fields}</translation>
    </message>
    <message>
        <source>a transit pass shows two central fields, where from and where to; add the second</source>
        <translation>un pass di trasporto mostra due campi centrali, partenza e destinazione; aggiungi il secondo</translation>
    </message>
    <message>
        <source>one central field</source>
        <translation>un solo campo centrale</translation>
    </message>
    <message numerus="yes">
        <source>%n central field(s)</source>
        <translation>
            <numerusform>%n campo centrale</numerusform>
            <numerusform>%n campi centrali</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s)</source>
        <translation>
            <numerusform>%n campo di intestazione</numerusform>
            <numerusform>%n campi di intestazione</numerusform>
        </translation>
    </message>
    <message>
        <source>{wallet} shows {what} on {type}: this one is not drawn</source>
        <translation>{wallet} mostra {what} nei pass di tipo {type}: questo non viene disegnato</translation>
    </message>
    <message>
        <source>a template is a JSON object, not {kind}</source>
        <translation>un modello è un oggetto JSON, non {kind}</translation>
    </message>
    <message>
        <source>this is a list of templates (&quot;data&quot; is a list), not one template</source>
        <translation>questo è un elenco di modelli (&quot;data&quot; è un elenco), non un singolo modello</translation>
    </message>
    <message>
        <source>&quot;data&quot; is {kind}, not a template resource</source>
        <translation>&quot;data&quot; è {kind}, non una risorsa modello</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>&quot;data.attributes&quot; is missing</comment>
        <translation>mancante</translation>
    </message>
    <message>
        <source>&quot;data.attributes&quot; is {kind}; a template resource keeps its fields there</source>
        <translation>&quot;data.attributes&quot; è {kind}; una risorsa modello vi conserva i suoi campi</translation>
    </message>
    <message>
        <source>&quot;attributes&quot; is {kind}, not an object of template fields</source>
        <translation>&quot;attributes&quot; è {kind}, non un oggetto di campi del modello</translation>
    </message>
    <message>
        <source>&quot;passTemplate&quot; is {kind}, not an object of template fields</source>
        <translation>&quot;passTemplate&quot; è {kind}, non un oggetto di campi del modello</translation>
    </message>
    <message>
        <source>the text is empty; a template is a JSON object</source>
        <translation>il testo è vuoto; un modello è un oggetto JSON</translation>
    </message>
    <message>
        <source>line {line}: {problem} (column {column})</source>
        <comment>{problem}: the JSON reader&apos;s English words</comment>
        <translation>riga {line}: {problem} (colonna {column})</translation>
    </message>
    <message>
        <source>{slot} is empty; give the field an id first</source>
        <translation>{slot} è vuoto; prima assegna un ID al campo</translation>
    </message>
    <message>
        <source>{group} has no empty slot; remove or move a field first</source>
        <translation>{group} non ha posizioni libere; prima rimuovi o sposta un campo</translation>
    </message>
    <message>
        <source>{slot} is empty; there is no field to move</source>
        <translation>{slot} è vuoto; non c&apos;è alcun campo da spostare</translation>
    </message>
    <message>
        <source>this is a {type} resource, not a pass template</source>
        <translation>questa è una risorsa {type}, non un modello di pass</translation>
    </message>
    <message numerus="yes">
        <source>{wallet}: the value {text} will be cut off; about {fit} of %n characters fit</source>
        <translation>
            <numerusform>{wallet}: il valore {text} verrà tagliato; ci stanno circa {fit} di %n carattere</numerusform>
            <numerusform>{wallet}: il valore {text} verrà tagliato; ci stanno circa {fit} di %n caratteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{wallet}: the label {text} will be cut off; about {fit} of %n characters fit</source>
        <translation>
            <numerusform>{wallet}: l&apos;etichetta {text} verrà tagliata; ci stanno circa {fit} di %n carattere</numerusform>
            <numerusform>{wallet}: l&apos;etichetta {text} verrà tagliata; ci stanno circa {fit} di %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>a number</source>
        <comment>what a JSON value is</comment>
        <translation>un numero</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>what a JSON value is</comment>
        <translation>una stringa</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>what a JSON value is</comment>
        <translation>un elenco</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>Inglese (Regno Unito)</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>Inglese (Stati Uniti)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spagnolo</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Olandese</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portoghese</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portoghese (Brasile)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svedese</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danese</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norvegese</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finlandese</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Islandese</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polacco</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Ceco</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Greco</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraino</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabo</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Ebraico</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Giapponese</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Cinese (semplificato)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Cinese (tradizionale)</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Irlandese</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Gallese</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Cinese</translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation>Tedesco (Austria)</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>Tedesco (Svizzera)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Francese (Canada)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Spagnolo (Messico)</translation>
    </message>
    <message>
        <source>English (UK, {tag})</source>
        <translation>Inglese (Regno Unito, {tag})</translation>
    </message>
    <message>
        <source>English (US, {tag})</source>
        <translation>Inglese (Stati Uniti, {tag})</translation>
    </message>
    <message>
        <source>Portuguese (Brazil, {tag})</source>
        <translation>Portoghese (Brasile, {tag})</translation>
    </message>
    <message>
        <source>Chinese (Simplified, {tag})</source>
        <translation>Cinese (semplificato, {tag})</translation>
    </message>
    <message>
        <source>Chinese (Traditional, {tag})</source>
        <translation>Cinese (tradizionale, {tag})</translation>
    </message>
    <message>
        <source>German (Austria, {tag})</source>
        <translation>Tedesco (Austria, {tag})</translation>
    </message>
    <message>
        <source>German (Switzerland, {tag})</source>
        <translation>Tedesco (Svizzera, {tag})</translation>
    </message>
    <message>
        <source>French (Canada, {tag})</source>
        <translation>Francese (Canada, {tag})</translation>
    </message>
    <message>
        <source>Spanish (Mexico, {tag})</source>
        <translation>Spagnolo (Messico, {tag})</translation>
    </message>
    <message>
        <source>{tag} is not a language tag such as de, de-AT or pt-BR</source>
        <translation>{tag} non è un tag di lingua come de, de-AT o pt-BR</translation>
    </message>
    <message>
        <source>{tag} is not a language tag such as de, de-AT, pt-BR or zh-Hant</source>
        <translation>{tag} non è un tag di lingua come de, de-AT, pt-BR o zh-Hant</translation>
    </message>
    <message>
        <source>An empty tag is not a language; type one such as de or pt-BR</source>
        <translation>Un tag vuoto non è una lingua; digitane uno come de o pt-BR</translation>
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
        <translation>la lingua predefinita è {language}; PassEntry consiglia l&apos;inglese, la lingua di riserva degli iPhone</translation>
    </message>
    <message>
        <source>it has a {language} translation, but {name} is the default language: the translation replaces the base text; keep one</source>
        <translation>ha una traduzione in {language}, ma {name} è la lingua predefinita: la traduzione sostituisce il testo di base; tienine una sola</translation>
    </message>
    <message>
        <source>phones in {name} show the {shown} one</source>
        <translation>i telefoni in {name} mostrano la versione in {shown}</translation>
    </message>
    <message>
        <source>iPhones in {name} show the {apple} one, Android phones the {google} one</source>
        <translation>gli iPhone in {name} mostrano la versione in {apple}, i telefoni Android quella in {google}</translation>
    </message>
    <message>
        <source>no {language} label or default value: {instead}</source>
        <translation>nessuna etichetta o valore predefinito in {language}: {instead}</translation>
    </message>
    <message>
        <source>no {language} label: {instead}</source>
        <translation>nessuna etichetta in {language}: {instead}</translation>
    </message>
    <message>
        <source>no {language} default value: {instead}</source>
        <translation>nessun valore predefinito in {language}: {instead}</translation>
    </message>
    <message>
        <source>{type} codes cannot be drawn here; the value is shown as text.</source>
        <translation>I codici {type} non possono essere disegnati qui; il valore è mostrato come testo.</translation>
    </message>
    <message>
        <source>This {type} code cannot be drawn ({reason}); the value is shown as text.</source>
        <translation>Questo codice {type} non può essere disegnato ({reason}); il valore è mostrato come testo.</translation>
    </message>
    <message>
        <source>Image · {what}</source>
        <comment>a preview placeholder</comment>
        <translation>Immagine · {what}</translation>
    </message>
    <message>
        <source>logo</source>
        <comment>a preview placeholder</comment>
        <translation>logo</translation>
    </message>
    <message>
        <source>{type} codes are not drawn here</source>
        <translation>I codici {type} non vengono disegnati qui</translation>
    </message>
    <message>
        <source>cannot be drawn</source>
        <comment>a barcode in the preview</comment>
        <translation>non disegnabile</translation>
    </message>
    <message>
        <source>web image</source>
        <comment>a preview placeholder</comment>
        <translation>immagine web</translation>
    </message>
    <message>
        <source>not an image</source>
        <comment>a preview placeholder</comment>
        <translation>non è un&apos;immagine</translation>
    </message>
    <message>
        <source>broken image</source>
        <comment>a preview placeholder</comment>
        <translation>immagine danneggiata</translation>
    </message>
    <message>
        <source>image too large</source>
        <comment>a preview placeholder</comment>
        <translation>immagine troppo grande</translation>
    </message>
    <message>
        <source>cannot write the preview to {file}: the PNG could not be written (is the disk full?)</source>
        <translation>impossibile scrivere l&apos;anteprima in {file}: il PNG non è stato scritto (il disco è pieno?)</translation>
    </message>
    <message>
        <source>On PassEntry…</source>
        <translation>Su PassEntry…</translation>
    </message>
    <message>
        <source>Banner from PassEntry&apos;s images</source>
        <translation>Banner dalle immagini di PassEntry</translation>
    </message>
    <message>
        <source>Logo from PassEntry&apos;s images</source>
        <translation>Logo dalle immagini di PassEntry</translation>
    </message>
    <message>
        <source>Upload a {what} to PassEntry, or pick one of your account&apos;s images; the template then uses its web address.</source>
        <translation>Carica un&apos;immagine ({what}) su PassEntry o scegline una del tuo account; il modello userà poi il suo indirizzo web.</translation>
    </message>
    <message>
        <source>Image on PassEntry, {width} x {height} px</source>
        <translation>Immagine su PassEntry, {width} x {height} px</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Generico</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Carta fedeltà</translation>
    </message>
    <message>
        <source>Event ticket</source>
        <translation>Biglietto per eventi</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Trasporti</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Aereo</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Autobus</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Treno</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Traghetto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiara</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scura</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>In alto a sinistra</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>In alto a destra</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>In basso a sinistra</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>In basso a destra</translation>
    </message>
    <message>
        <source>The pass ID</source>
        <translation>L&apos;ID del pass</translation>
    </message>
    <message>
        <source>The External ID</source>
        <translation>L&apos;ID esterno</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Un tuo testo</translation>
    </message>
    <message>
        <source>Changed since it was published: the changes are kept here as a draft; PassEntry still has the published version.</source>
        <translation>Modificato dopo la pubblicazione: le modifiche sono conservate qui come bozza; PassEntry ha ancora la versione pubblicata.</translation>
    </message>
    <message>
        <source>Opened from PassEntry, unchanged.</source>
        <translation>Aperto da PassEntry, non modificato.</translation>
    </message>
    <message>
        <source>Draft, saved on this computer; not published.</source>
        <translation>Bozza, salvata su questo computer; non pubblicata.</translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation>Modello senza titolo</translation>
    </message>
    <message>
        <source>• Changes not published to PassEntry yet</source>
        <translation>• Modifiche non ancora pubblicate su PassEntry</translation>
    </message>
    <message>
        <source>On PassEntry as shown</source>
        <translation>Su PassEntry come mostrato</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Saved as a draft on this computer</source>
        <translation>Salvato come bozza su questo computer</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no template type</comment>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>edit {key}</source>
        <comment>an undo step; {key}: its JSON name</comment>
        <translation>modifica {key}</translation>
    </message>
    <message>
        <source>template type</source>
        <comment>an undo step</comment>
        <translation>tipo di modello</translation>
    </message>
    <message>
        <source>transit type</source>
        <comment>an undo step</comment>
        <translation>tipo di trasporto</translation>
    </message>
    <message>
        <source>watermark</source>
        <comment>an undo step</comment>
        <translation>filigrana</translation>
    </message>
    <message>
        <source>edit {key} colour</source>
        <comment>an undo step; {key}: its JSON name</comment>
        <translation>modifica colore {key}</translation>
    </message>
    <message>
        <source>remove {key}</source>
        <comment>an undo step; {key}: logo, banner…</comment>
        <translation>rimuovi {key}</translation>
    </message>
    <message>
        <source>choose {key}</source>
        <comment>an undo step; {key}: logo, banner…</comment>
        <translation>scegli {key}</translation>
    </message>
    <message>
        <source>barcode</source>
        <comment>an undo step</comment>
        <translation>codice a barre</translation>
    </message>
    <message>
        <source>barcode text</source>
        <comment>an undo step</comment>
        <translation>testo del codice a barre</translation>
    </message>
    <message>
        <source>To Header</source>
        <translation>In Intestazione</translation>
    </message>
    <message>
        <source>To Central</source>
        <translation>In Centrale</translation>
    </message>
    <message>
        <source>To Details</source>
        <translation>In Dettagli</translation>
    </message>
    <message>
        <source>To Back</source>
        <translation>In Retro</translation>
    </message>
    <message>
        <source>The {group} group has no empty slot; remove or move a field first.</source>
        <translation>Il gruppo {group} non ha posizioni libere; prima rimuovi o sposta un campo.</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>{language} · default</source>
        <translation>{language} · predefinita</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Aggiungi una lingua</translation>
    </message>
    <message>
        <source>Language of the labels and default values
(pick one, or type a tag such as de-AT or pt-BR):</source>
        <translation>Lingua delle etichette e dei valori predefiniti
(scegline una o digita un tag come de-AT o pt-BR):</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>adds a language</comment>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>{reason}. No language was added.</source>
        <translation>{reason}. Nessuna lingua aggiunta.</translation>
    </message>
    <message>
        <source>{language} is the default language already: its labels are the base ones.</source>
        <translation>{language} è già la lingua predefinita: le sue etichette sono quelle di base.</translation>
    </message>
    <message>
        <source>add {language}</source>
        <comment>an undo step</comment>
        <translation>aggiungi {language}</translation>
    </message>
    <message>
        <source>remove {language}</source>
        <comment>an undo step</comment>
        <translation>rimuovi {language}</translation>
    </message>
    <message>
        <source>sample value of {field}</source>
        <comment>an undo step</comment>
        <translation>valore di esempio di {field}</translation>
    </message>
    <message>
        <source>field id of {where}</source>
        <comment>an undo step</comment>
        <translation>ID di campo di {where}</translation>
    </message>
    <message>
        <source>{language} label of {where}</source>
        <comment>an undo step</comment>
        <translation>etichetta {language} di {where}</translation>
    </message>
    <message>
        <source>{language} default of {where}</source>
        <comment>an undo step</comment>
        <translation>predefinito {language} di {where}</translation>
    </message>
    <message>
        <source>label of {where}</source>
        <comment>an undo step</comment>
        <translation>etichetta di {where}</translation>
    </message>
    <message>
        <source>default of {where}</source>
        <comment>an undo step</comment>
        <translation>predefinito di {where}</translation>
    </message>
    <message>
        <source>Field {number}</source>
        <comment>a new field&apos;s label</comment>
        <translation>Campo {number}</translation>
    </message>
    <message>
        <source>add {field}</source>
        <comment>an undo step</comment>
        <translation>aggiungi {field}</translation>
    </message>
    <message>
        <source>remove {field}</source>
        <comment>an undo step</comment>
        <translation>rimuovi {field}</translation>
    </message>
    <message>
        <source>reorder fields</source>
        <comment>an undo step</comment>
        <translation>riordina campi</translation>
    </message>
    <message>
        <source>move {field} to {group}</source>
        <comment>an undo step</comment>
        <translation>sposta {field} in {group}</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s logo size is 480 x 150 px: Apple shows it up to 160 x 50 points beside the template name; Google shows it in a circle, so keep the mark in the middle.</source>
        <translation>PNG o JPEG, al massimo 1 MB. La dimensione PassEntry del logo è 480 x 150 px: Apple lo mostra fino a 160 x 50 punti accanto al nome del modello; Google lo mostra in un cerchio, quindi tieni il marchio al centro.</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s banner size is 1125 x 432 px (1125 x 294 on an Apple event ticket).</source>
        <translation>PNG o JPEG, al massimo 1 MB. La dimensione PassEntry del banner è 1125 x 432 px (1125 x 294 su un biglietto per eventi Apple).</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s icon size is 660 x 660 px: the phone shows it beside notifications.</source>
        <translation>PNG o JPEG, al massimo 1 MB. La dimensione PassEntry dell&apos;icona è 660 x 660 px: il telefono la mostra accanto alle notifiche.</translation>
    </message>
    <message>
        <source>A web image (not shown offline)</source>
        <translation>Un&apos;immagine web (non visibile offline)</translation>
    </message>
    <message>
        <source>{kind}, {width} x {height} px, {size}, aspect {ratio}:1</source>
        <translation>{kind}, {width} x {height} px, {size}, proporzioni {ratio}:1</translation>
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
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Less than {height} px high (PassEntry&apos;s logo is {width} x {height} px): it may look blurred on a phone.</source>
        <translation>Alta meno di {height} px (il logo PassEntry è {width} x {height} px): sul telefono può apparire sfocato.</translation>
    </message>
    <message>
        <source>Banners are {width} x {height} px (1125 x 294 on an Apple event ticket); this one will be cropped.</source>
        <translation>I banner sono {width} x {height} px (1125 x 294 su un biglietto per eventi Apple); questo verrà ritagliato.</translation>
    </message>
    <message>
        <source>Icons are square ({width} x {height} px); this one will be cropped or squeezed.</source>
        <translation>Le icone sono quadrate ({width} x {height} px); questa verrà ritagliata o deformata.</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be used; this file is {kind}.</source>
        <translation>Si possono usare solo immagini PNG e JPEG; questo file è {kind}.</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be used.</source>
        <translation>Si possono usare solo immagini PNG e JPEG.</translation>
    </message>
    <message>
        <source>The image cannot be read: {reason}.</source>
        <translation>Impossibile leggere l&apos;immagine: {reason}.</translation>
    </message>
    <message>
        <source>{file} is {mb} MB; an image may be at most 1 MB. Save it smaller or as JPEG.</source>
        <translation>{file} pesa {mb} MB; un&apos;immagine può pesare al massimo 1 MB. Salvala più piccola o come JPEG.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>Impossibile leggere {file}: {reason}.</translation>
    </message>
    <message>
        <source>{reason}. The default language stays {tag}.</source>
        <translation>{reason}. La lingua predefinita resta {tag}.</translation>
    </message>
    <message>
        <source>Google shows the default language ({tag})</source>
        <translation>Google mostra la lingua predefinita ({tag})</translation>
    </message>
    <message>
        <source>Apple shows {language}</source>
        <translation>Apple mostra {language}</translation>
    </message>
    <message>
        <source>Apple shows {languages} and {last}</source>
        <translation>Apple mostra {languages} e {last}</translation>
    </message>
    <message>
        <source>Where {language} is missing, {shown}</source>
        <comment>{shown}: Apple shows … / Google shows …</comment>
        <translation>Dove manca {language}, {shown}</translation>
    </message>
    <message>
        <source>Template JSON ({patterns});;All files ({all})</source>
        <translation>JSON del modello ({patterns});;Tutti i file ({all})</translation>
    </message>
    <message>
        <source>This template was in PassEntry&apos;s old layout; it is shown in the current one (header, central, details and back fields). Publishing sends the current layout.</source>
        <translation>Questo modello era nel vecchio layout di PassEntry; viene mostrato in quello attuale (campi di intestazione, centrali, dei dettagli e del retro). La pubblicazione invia il layout attuale.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Undo {step} (Ctrl+Z)</source>
        <translation>Annulla {step} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>Ripeti {step}</translation>
    </message>
    <message>
        <source>The drafts</source>
        <translation>Le bozze</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>Apri una bozza</translation>
    </message>
    <message>
        <source>No drafts yet: a template you edit here is saved as a draft.</source>
        <translation>Ancora nessuna bozza: un modello che modifichi qui viene salvato come bozza.</translation>
    </message>
    <message>
        <source>The draft</source>
        <translation>La bozza</translation>
    </message>
    <message>
        <source>The draft {name} cannot be opened: {reason}</source>
        <translation>Impossibile aprire la bozza {name}: {reason}</translation>
    </message>
    <message>
        <source>The synced templates</source>
        <translation>I modelli sincronizzati</translation>
    </message>
    <message>
        <source>Open a synced template</source>
        <translation>Apri un modello sincronizzato</translation>
    </message>
    <message>
        <source>No templates here yet: sync with PassEntry (templates come with their passes), or add one by its ID with Add by ID.</source>
        <translation>Ancora nessun modello: sincronizza con PassEntry (i modelli arrivano con i loro pass) o aggiungine uno tramite ID con Aggiungi per ID.</translation>
    </message>
    <message>
        <source>The template</source>
        <translation>Il modello</translation>
    </message>
    <message>
        <source>Template {id} is not in the local store.</source>
        <translation>Il modello {id} non è nel database locale.</translation>
    </message>
    <message>
        <source>Template {id} cannot be opened: {reason}</source>
        <translation>Impossibile aprire il modello {id}: {reason}</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Importa un modello</translation>
    </message>
    <message>
        <source>{file} is not a pass template: {reason}</source>
        <translation>{file} non è un modello di pass: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>Impossibile leggere {file}: {reason}</translation>
    </message>
    <message>
        <source>Imported {file}. {converted}</source>
        <translation>Importato {file}. {converted}</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>Importato {file}.</translation>
    </message>
    <message>
        <source>{what} could not be read from the local store: {reason}</source>
        <translation>{what}: lettura dal database locale non riuscita ({reason})</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Esporta il modello</translation>
    </message>
    <message>
        <source>The template was not exported: {reason}</source>
        <translation>Il modello non è stato esportato: {reason}</translation>
    </message>
    <message>
        <source>Exported the template to {path}.</source>
        <translation>Modello esportato in {path}.</translation>
    </message>
    <message>
        <source>Export the previews to a folder</source>
        <translation>Esporta le anteprime in una cartella</translation>
    </message>
    <message>
        <source>The previews were not exported: {reason}</source>
        <translation>Le anteprime non sono state esportate: {reason}</translation>
    </message>
    <message>
        <source>Exported {first} and {second} to {folder}.</source>
        <translation>Esportati {first} e {second} in {folder}.</translation>
    </message>
    <message>
        <source>Exported {files} to {folder}.</source>
        <translation>Esportati {files} in {folder}.</translation>
    </message>
    <message>
        <source>The published version waits in the outbox unchanged; your new changes are saved as a new draft.</source>
        <translation>La versione pubblicata attende invariata nella posta in uscita; le tue nuove modifiche sono salvate come nuova bozza.</translation>
    </message>
    <message>
        <source>The draft {name} was not saved: {reason}</source>
        <translation>La bozza {name} non è stata salvata: {reason}</translation>
    </message>
    <message>
        <source>Not published: fix the errors first. {place}: {message}.</source>
        <translation>Non pubblicato: prima correggi gli errori. {place}: {message}.</translation>
    </message>
    <message>
        <source>The templates</source>
        <translation>I modelli</translation>
    </message>
    <message>
        <source>Not published: a manager&apos;s PIN was not given.</source>
        <translation>Non pubblicato: non è stato inserito il PIN di un responsabile.</translation>
    </message>
    <message>
        <source>Not published: {reason}</source>
        <translation>Non pubblicato: {reason}</translation>
    </message>
    <message>
        <source>Queued for publishing, but not in the audit trail (the store refused the entry): tell a manager.</source>
        <translation>In coda per la pubblicazione, ma non nel registro di controllo (il database ha rifiutato la voce): avvisa un responsabile.</translation>
    </message>
    <message numerus="yes">
        <source>{used} of %Ln slot(s) used</source>
        <translation>
            <numerusform>{used} di %Ln posizione usata</numerusform>
            <numerusform>{used} di %Ln posizioni usate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not published: fix the errors first. {place}: {message} (and %Ln more).</source>
        <translation>
            <numerusform>Non pubblicato: prima correggi gli errori. {place}: {message} (e altro %Ln).</numerusform>
            <numerusform>Non pubblicato: prima correggi gli errori. {place}: {message} (e altri %Ln).</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy was not published: {reason}</source>
        <translation>La copia non è stata pubblicata: {reason}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in coda</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>in elaborazione</translation>
    </message>
    <message>
        <source>published</source>
        <translation>pubblicato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>What a phone set to this language shows. Apple falls back to English, then the first language alphabetically; Google to the template&apos;s default language. Pick one or type a tag such as de-AT.</source>
        <translation>Cosa mostra un telefono impostato in questa lingua. Apple ripiega sull&apos;inglese, poi sulla prima lingua in ordine alfabetico; Google sulla lingua predefinita del modello. Scegline una o digita un tag come de-AT.</translation>
    </message>
    <message>
        <source>Phone language of the previews</source>
        <translation>Lingua del telefono per le anteprime</translation>
    </message>
    <message>
        <source>Phone &amp;language</source>
        <translation>&amp;Lingua del telefono</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>{note}. The template has no {language} labels for some fields; each wallet falls back in its own way.</source>
        <translation>{note}. Il modello non ha etichette in {language} per alcuni campi; ogni wallet ripiega a modo suo.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nessun problema trovato.</translation>
    </message>
    <message>
        <source>Error · {place}: {message}</source>
        <translation>Errore · {place}: {message}</translation>
    </message>
    <message>
        <source>Warning · {place}: {message}</source>
        <translation>Avviso · {place}: {message}</translation>
    </message>
    <message>
        <source>Publishing it would make a second template with that name. You can publish a copy as a new template under a new name.</source>
        <translation>Pubblicarlo creerebbe un secondo modello con quel nome. Puoi pubblicarne una copia come nuovo modello con un nuovo nome.</translation>
    </message>
    <message>
        <source>Only what you changed is sent; passes made with the template show the changes. Or publish a copy as a new template under a new name.</source>
        <translation>Viene inviato solo ciò che hai modificato; i pass creati con il modello mostrano le modifiche. Oppure pubblica una copia come nuovo modello con un nuovo nome.</translation>
    </message>
    <message>
        <source>It is sent now if the connection is up, otherwise as soon as it is.</source>
        <translation>Viene inviato subito se la connessione è attiva, altrimenti appena lo sarà.</translation>
    </message>
    <message>
        <source>It was published from this design already.</source>
        <translation>È già stato pubblicato da questo progetto.</translation>
    </message>
    <message>
        <source>It was opened from a template PassEntry has.</source>
        <translation>È stato aperto da un modello presente su PassEntry.</translation>
    </message>
    <message>
        <source>It has the name of a template that is on PassEntry (or queued to be).</source>
        <translation>Ha il nome di un modello presente su PassEntry (o in coda per esserlo).</translation>
    </message>
    <message>
        <source>It is there.</source>
        <translation>È già lì.</translation>
    </message>
    <message>
        <source>“{name}” is queued to be published from this design already.</source>
        <translation>«{name}» è già in coda per la pubblicazione da questo progetto.</translation>
    </message>
    <message>
        <source>“{name}” was published from this design already.</source>
        <translation>«{name}» è già stato pubblicato da questo progetto.</translation>
    </message>
    <message>
        <source>“{name}” was opened from a template PassEntry has.</source>
        <translation>«{name}» è stato aperto da un modello presente su PassEntry.</translation>
    </message>
    <message>
        <source>“{name}” has the name of a template that is on PassEntry (or queued to be).</source>
        <translation>«{name}» ha il nome di un modello presente su PassEntry (o in coda per esserlo).</translation>
    </message>
    <message>
        <source>“{name}” is there.</source>
        <translation>«{name}» è già lì.</translation>
    </message>
    <message>
        <source>Publish template</source>
        <translation>Pubblica modello</translation>
    </message>
    <message>
        <source>Update on PassEntry</source>
        <translation>Aggiorna su PassEntry</translation>
    </message>
    <message>
        <source>Publish a copy</source>
        <translation>Pubblica una copia</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <source>Update “{name}” on PassEntry?</source>
        <translation>Aggiornare «{name}» su PassEntry?</translation>
    </message>
    <message>
        <source>{why} {then}</source>
        <comment>two sentences</comment>
        <translation>{why} {then}</translation>
    </message>
    <message>
        <source>Publish “{name}”?</source>
        <translation>Pubblicare «{name}»?</translation>
    </message>
    <message>
        <source>It goes to PassEntry as a new template.</source>
        <translation>Va su PassEntry come nuovo modello.</translation>
    </message>
    <message>
        <source>“{name}” is already on PassEntry</source>
        <translation>«{name}» è già su PassEntry</translation>
    </message>
    <message>
        <source>The checks found nothing to warn about.</source>
        <translation>I controlli non hanno trovato nulla da segnalare.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open warning(s) (it can be published anyway):</source>
        <translation>
            <numerusform>%Ln avviso aperto (si può pubblicare comunque):</numerusform>
            <numerusform>%Ln avvisi aperti (si può pubblicare comunque):</numerusform>
        </translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <source>The copy needs a name.</source>
        <translation>La copia deve avere un nome.</translation>
    </message>
    <message>
        <source>“{name}” is taken by a template on PassEntry (or queued); choose another name.</source>
        <translation>«{name}» è già usato da un modello su PassEntry (o in coda); scegli un altro nome.</translation>
    </message>
    <message>
        <source>The copy is published as a new template.</source>
        <translation>La copia viene pubblicata come nuovo modello.</translation>
    </message>
    <message>
        <source>Queued for publishing: it is sent to PassEntry when the connection is up.</source>
        <translation>In coda per la pubblicazione: viene inviato a PassEntry quando la connessione è attiva.</translation>
    </message>
    <message>
        <source>Processing at PassEntry…: PassEntry took the template and is preparing it; this takes a few moments.</source>
        <translation>In elaborazione su PassEntry…: PassEntry ha ricevuto il modello e lo sta preparando; ci vuole qualche istante.</translation>
    </message>
    <message>
        <source>Published to PassEntry.</source>
        <translation>Pubblicato su PassEntry.</translation>
    </message>
    <message>
        <source>Publishing failed: {reason}</source>
        <translation>Pubblicazione non riuscita: {reason}</translation>
    </message>
    <message>
        <source>Publishing failed.</source>
        <translation>Pubblicazione non riuscita.</translation>
    </message>
    <message>
        <source>Publish state: {state}</source>
        <translation>Stato di pubblicazione: {state}</translation>
    </message>
    <message>
        <source>PNG or JPEG images ({patterns})</source>
        <translation>Immagini PNG o JPEG ({patterns})</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Scegli il colore di sfondo</translation>
    </message>
    <message>
        <source>Choose the label colour</source>
        <translation>Scegli il colore delle etichette</translation>
    </message>
    <message>
        <source>Choose the text colour</source>
        <translation>Scegli il colore del testo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message>
        <source>No banner</source>
        <translation>Nessun banner</translation>
    </message>
    <message>
        <source>No icon</source>
        <translation>Nessuna icona</translation>
    </message>
    <message>
        <source>{value} is not a colour; write #RGB, #RRGGBB or rgb(r, g, b). The last good colour is kept.</source>
        <translation>{value} non è un colore; scrivi #RGB, #RRGGBB o rgb(r, g, b). Resta l&apos;ultimo colore valido.</translation>
    </message>
    <message>
        <source>An empty value is not a colour; write #RGB, #RRGGBB or rgb(r, g, b). The last good colour is kept.</source>
        <translation>Un valore vuoto non è un colore; scrivi #RGB, #RRGGBB o rgb(r, g, b). Resta l&apos;ultimo colore valido.</translation>
    </message>
    <message>
        <source>The {what} in the template cannot be read</source>
        <translation>Impossibile leggere l&apos;immagine del modello ({what})</translation>
    </message>
    <message>
        <source>Choose the {what}</source>
        <translation>Scegli l&apos;immagine ({what})</translation>
    </message>
    <message>
        <source>Field id</source>
        <translation>ID di campo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Valore di esempio</translation>
    </message>
    <message>
        <source>Drag a row by its number to reorder</source>
        <translation>Trascina una riga dal suo numero per riordinare</translation>
    </message>
    <message>
        <source>Fields of the group</source>
        <translation>Campi del gruppo</translation>
    </message>
    <message>
        <source>Label ({language})</source>
        <translation>Etichetta ({language})</translation>
    </message>
    <message>
        <source>Default ({language})</source>
        <translation>Predefinito ({language})</translation>
    </message>
    <message>
        <source>{slot}: drag to reorder</source>
        <translation>{slot}: trascina per riordinare</translation>
    </message>
    <message>
        <source>In the default language: {text}</source>
        <translation>Nella lingua predefinita: {text}</translation>
    </message>
    <message>
        <source>An empty slot: type a field id to use it</source>
        <translation>Una posizione libera: digita un ID di campo per usarla</translation>
    </message>
    <message>
        <source>Edited in the default language</source>
        <translation>Modificato nella lingua predefinita</translation>
    </message>
    <message>
        <source>Give the field an id first</source>
        <translation>Prima assegna un ID al campo</translation>
    </message>
    <message>
        <source>Your organisation requires a watermark on banners: pick its colour and position, then upload again.</source>
        <translation>La tua organizzazione richiede una filigrana sui banner: scegline colore e posizione, poi carica di nuovo.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; an image may be at most {most} MB.</source>
        <translation>{file} pesa {size} MB; un&apos;immagine può pesare al massimo {most} MB.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Il file</translation>
    </message>
    <message>
        <source>{file} is not a picture PassEntry can take: use a PNG, JPG or WebP image.</source>
        <translation>{file} non è un&apos;immagine accettata da PassEntry: usa un&apos;immagine PNG, JPG o WebP.</translation>
    </message>
    <message>
        <source>{file} is cut short or damaged: save it again and retry.</source>
        <translation>{file} è incompleto o danneggiato: salvalo di nuovo e riprova.</translation>
    </message>
    <message>
        <source>{file} is a {kind} image; PassEntry takes PNG, JPG or WebP only. Save it as PNG and try again.</source>
        <translation>{file} è un&apos;immagine {kind}; PassEntry accetta solo PNG, JPG o WebP. Salvala come PNG e riprova.</translation>
    </message>
    <message>
        <source>Processing at PassEntry… (template {id})</source>
        <translation>In elaborazione su PassEntry… (modello {id})</translation>
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
        <translation>PassEntry non conserva immagini di tipo {type} (solo banner, loghi e miniature).</translation>
    </message>
    <message>
        <source>Creating templates through the API is a closed beta at PassEntry; ask PassEntry to enable it. Your draft is kept.</source>
        <translation>La creazione di modelli tramite API è una beta chiusa di PassEntry; chiedi a PassEntry di attivarla. La tua bozza è conservata.</translation>
    </message>
    <message>
        <source>{name} was published from this draft already; publish a copy under a new name instead.</source>
        <translation>{name} è già stato pubblicato da questa bozza; pubblica invece una copia con un nuovo nome.</translation>
    </message>
    <message>
        <source>{name} was opened from a template PassEntry has; publish a copy under a new name instead.</source>
        <translation>{name} è stato aperto da un modello presente su PassEntry; pubblica invece una copia con un nuovo nome.</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name} (copia {number})</translation>
    </message>
    <message>
        <source>{name} has the name of a template PassEntry has (or will have); publish a copy under a new name instead.</source>
        <translation>{name} ha il nome di un modello che PassEntry ha (o avrà); pubblica invece una copia con un nuovo nome.</translation>
    </message>
    <message>
        <source>{name} is on PassEntry; publish a copy under a new name instead.</source>
        <translation>{name} è su PassEntry; pubblica invece una copia con un nuovo nome.</translation>
    </message>
    <message>
        <source>No template draft {id} on this computer.</source>
        <translation>Nessuna bozza di modello {id} su questo computer.</translation>
    </message>
    <message>
        <source>The draft {name} is already queued for publishing.</source>
        <translation>La bozza {name} è già in coda per la pubblicazione.</translation>
    </message>
    <message>
        <source>Type the template&apos;s ID (from the PassEntry dashboard).</source>
        <translation>Digita l&apos;ID del modello (dalla dashboard di PassEntry).</translation>
    </message>
    <message>
        <source>PassEntry has no template with the ID {id}; check the ID in the PassEntry dashboard.</source>
        <translation>PassEntry non ha alcun modello con ID {id}; controlla l&apos;ID nella dashboard di PassEntry.</translation>
    </message>
    <message>
        <source>PassEntry cannot be reached now; the template {id} is read at the next sync.</source>
        <translation>PassEntry non è raggiungibile ora; il modello {id} verrà letto alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>A copy needs a name.</source>
        <translation>Una copia deve avere un nome.</translation>
    </message>
    <message>
        <source>The copy&apos;s document is not named {name}.</source>
        <translation>Il documento della copia non si chiama {name}.</translation>
    </message>
    <message>
        <source>A draft {id} exists already; a copy is a new draft.</source>
        <translation>Esiste già una bozza {id}; una copia è una nuova bozza.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>The draft is not valid JSON (line {line}, column {column}: {problem}); fix it in the designer.</source>
        <translation>La bozza non è un JSON valido (riga {line}, colonna {column}: {problem}); correggila nel Designer.</translation>
    </message>
    <message>
        <source>The draft is not a template: its JSON is not an object.</source>
        <translation>La bozza non è un modello: il suo JSON non è un oggetto.</translation>
    </message>
    <message>
        <source>The draft is not one template: its &quot;data&quot; is not an object.</source>
        <translation>La bozza non è un singolo modello: il suo &quot;data&quot; non è un oggetto.</translation>
    </message>
    <message>
        <source>The draft is not a template: its attributes are not an object.</source>
        <translation>La bozza non è un modello: i suoi attributi non sono un oggetto.</translation>
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
        <translation>presenti su capienza</translation>
    </message>
    <message>
        <source>inside</source>
        <comment>people inside now</comment>
        <translation>presenti</translation>
    </message>
    <message>
        <source>Pick tonight&apos;s event in the list first.</source>
        <translation>Scegli prima l&apos;evento di stasera nell&apos;elenco.</translation>
    </message>
    <message>
        <source>no event chosen yet</source>
        <translation>nessun evento scelto</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>qualsiasi evento</translation>
    </message>
    <message>
        <source>event missing</source>
        <translation>evento mancante</translation>
    </message>
    <message>
        <source>event not loaded yet</source>
        <translation>evento non ancora caricato</translation>
    </message>
    <message>
        <source>This door admits “event {id}…”, which is no longer in the events list: every ticket is denied. Choose tonight&apos;s event here or in Door settings.</source>
        <translation>Questo ingresso ammette «evento {id}…», che non è più nell&apos;elenco degli eventi: ogni biglietto viene respinto. Scegli l&apos;evento di stasera qui o in Impostazioni ingresso.</translation>
    </message>
    <message>
        <source>Which event does this door admit? Choose tonight&apos;s event, or “Any event” to let in tickets of every event on now.</source>
        <translation>Quale evento ammette questo ingresso? Scegli l&apos;evento di stasera, o «Qualsiasi evento» per far entrare i biglietti di tutti gli eventi in corso.</translation>
    </message>
    <message>
        <source>Desk “{desk}”</source>
        <translation>Postazione «{desk}»</translation>
    </message>
    <message>
        <source>exit</source>
        <comment>the door&apos;s direction</comment>
        <translation>uscita</translation>
    </message>
    <message>
        <source>entry</source>
        <comment>the door&apos;s direction</comment>
        <translation>entrata</translation>
    </message>
    <message>
        <source>doors {opening} to {closing}</source>
        <translation>porte da {opening} a {closing}</translation>
    </message>
    <message>
        <source>loyalty and member cards let in</source>
        <translation>carte fedeltà e tessere socio ammesse</translation>
    </message>
    <message>
        <source>capacity {capacity}</source>
        <translation>capienza {capacity}</translation>
    </message>
    <message>
        <source>re-entry allowed</source>
        <translation>rientro consentito</translation>
    </message>
    <message>
        <source>validated by {url} (if it does not answer: {fallback})</source>
        <translation>convalida da {url} (se non risponde: {fallback})</translation>
    </message>
    <message>
        <source>points left to the validation service</source>
        <translation>punti gestiti dal servizio di convalida</translation>
    </message>
    <message>
        <source>{points} per admission</source>
        <translation>{points} per ingresso</translation>
    </message>
    <message>
        <source>loyalty cards are not let in here</source>
        <translation>le carte fedeltà non sono ammesse qui</translation>
    </message>
    <message>
        <source>stopped, see Sync</source>
        <comment>loading passes</comment>
        <translation>interrotto, vedi Sincronizzazione</translation>
    </message>
    <message>
        <source>linking tickets to their events</source>
        <comment>loading passes</comment>
        <translation>collegamento dei biglietti ai loro eventi</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>how far the passes have loaded</comment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Leave &amp;full screen</source>
        <translation>Esci da &amp;schermo intero</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Schermo intero</translation>
    </message>
    <message>
        <source>per minute
at this door</source>
        <translation>al minuto
a questo ingresso</translation>
    </message>
    <message>
        <source>inside
the venue</source>
        <translation>presenti
nella sede</translation>
    </message>
    <message>
        <source>This door&apos;s pace and the venue&apos;s head count</source>
        <translation>Ritmo di questo ingresso e numero di presenti nella sede</translation>
    </message>
    <message>
        <source>inside the venue
of its capacity</source>
        <translation>presenti nella sede
sulla capienza</translation>
    </message>
    <message>
        <source>This door: {rate} admissions a minute over the last 5 minutes. Inside: {inside}.</source>
        <translation>Questo ingresso: {rate} ingressi al minuto negli ultimi 5 minuti. Presenti: {inside}.</translation>
    </message>
    <message>
        <source>These figures could not be read again: they may be out of date.</source>
        <translation>Impossibile rileggere questi dati: potrebbero non essere aggiornati.</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <comment>a column: the time zone&apos;s abbreviation</comment>
        <translation>Ora ({zone})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: the holder&apos;s name</comment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Verdict</source>
        <comment>a column</comment>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>a column</comment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Another door admitted this pass too while the desks could not see each other. Insights lists each such pass with its times and doors.</source>
        <translation>Anche un altro ingresso ha ammesso questo pass mentre le postazioni non potevano comunicare tra loro. Statistiche elenca ciascuno di questi pass con orari e ingressi.</translation>
    </message>
    <message>
        <source>UNDONE · {reason}</source>
        <translation>ANNULLATO · {reason}</translation>
    </message>
    <message>
        <source>{conflict} · {reason}</source>
        <translation>{conflict} · {reason}</translation>
    </message>
    <message>
        <source>Undone: {reason}</source>
        <translation>Annullato: {reason}</translation>
    </message>
    <message>
        <source>Template is</source>
        <comment>a hold rule: when</comment>
        <translation>Il modello è</translation>
    </message>
    <message>
        <source>Pass field has value</source>
        <comment>a hold rule: when</comment>
        <translation>Il campo del pass ha il valore</translation>
    </message>
    <message>
        <source>Pass flagged with tag</source>
        <comment>a hold rule: when</comment>
        <translation>Pass contrassegnato con il tag</translation>
    </message>
    <message>
        <source>Pick a template</source>
        <translation>Scegli un modello</translation>
    </message>
    <message>
        <source>Field id, e.g. ticketType</source>
        <translation>ID del campo, es. ticketType</translation>
    </message>
    <message>
        <source>Group tag, e.g. attention</source>
        <translation>Tag di gruppo, es. attenzione</translation>
    </message>
    <message>
        <source>Template “{template}” → {reason}</source>
        <translation>Modello «{template}» → {reason}</translation>
    </message>
    <message>
        <source>Field {field} is “{value}” → {reason}</source>
        <translation>Il campo {field} è «{value}» → {reason}</translation>
    </message>
    <message>
        <source>Flagged “{tag}” → {reason}</source>
        <translation>Contrassegnato «{tag}» → {reason}</translation>
    </message>
    <message>
        <source>A held ticket shows an amber HOLD with what to check. Staff let the guest in (Enter) or turn them away (Esc); the scan log keeps the decision. A reader through the venue hub cannot ask: it answers “ask staff” instead.</source>
        <translation>Un biglietto messo in attesa mostra ATTESA in giallo ambra con cosa controllare. Il personale fa entrare l&apos;ospite (Invio) o lo respinge (Esc); il registro delle scansioni conserva la decisione. Un lettore collegato tramite l&apos;hub della sede non può chiedere: risponde invece «chiedi al personale».</translation>
    </message>
    <message>
        <source>Hold when</source>
        <translation>Metti in attesa se</translation>
    </message>
    <message>
        <source>Which</source>
        <comment>a hold rule</comment>
        <translation>Quale</translation>
    </message>
    <message>
        <source>Value, e.g. Student</source>
        <translation>Valore, es. Studente</translation>
    </message>
    <message>
        <source>Field value</source>
        <translation>Valore del campo</translation>
    </message>
    <message>
        <source>Tell staff, e.g. Check photo ID</source>
        <translation>Avviso per il personale, es. Controlla documento con foto</translation>
    </message>
    <message>
        <source>What staff must check</source>
        <translation>Cosa deve controllare il personale</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Aggiungi regola</translation>
    </message>
    <message>
        <source>Hold rules</source>
        <translation>Regole di attesa</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Rimuovi regola</translation>
    </message>
    <message>
        <source>Waiting holds</source>
        <translation>Ospiti in attesa</translation>
    </message>
    <message>
        <source>Not let in yet. Pick one to decide it.</source>
        <translation>Non ancora entrati. Selezionane uno per decidere.</translation>
    </message>
    <message>
        <source>Holds waiting for a decision</source>
        <translation>Ospiti in attesa di una decisione</translation>
    </message>
    <message>
        <source>Let in</source>
        <comment>a held guest</comment>
        <translation>Fai entrare</translation>
    </message>
    <message>
        <source>Turn away</source>
        <comment>a held guest</comment>
        <translation>Respingi</translation>
    </message>
    <message>
        <source>Held at {time} · Not let in yet: Enter lets in, Esc turns away</source>
        <translation>In attesa dalle {time} · Non ancora entrato: Invio fa entrare, Esc respinge</translation>
    </message>
    <message>
        <source>{time}  {name} — {reason}</source>
        <comment>a waiting hold</comment>
        <translation>{time}  {name} — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Waiting holds (%Ln)</source>
        <translation>
            <numerusform>Ospite in attesa (%Ln)</numerusform>
            <numerusform>Ospiti in attesa (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved — {what}. Decide again: the guest still waits</source>
        <translation>Non salvato — {what}. Decidi di nuovo: l&apos;ospite è ancora in attesa</translation>
    </message>
    <message>
        <source>That hold was decided already</source>
        <translation>Decisione già presa</translation>
    </message>
    <message>
        <source>{reason} · turned away by {desk}</source>
        <translation>{reason} · respinto da {desk}</translation>
    </message>
    <message>
        <source>{reason} · let in by {desk}</source>
        <translation>{reason} · fatto entrare da {desk}</translation>
    </message>
    <message>
        <source>{verdict} · {reason} · let in by {desk}</source>
        <translation>{verdict} · {reason} · fatto entrare da {desk}</translation>
    </message>
    <message>
        <source>Last in: {name}</source>
        <translation>Ultimo entrato: {name}</translation>
    </message>
    <message>
        <source>{time} · {value} · {source} · {what}</source>
        <comment>a scan not recorded</comment>
        <translation>{time} · {value} · {source} · {what}</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Spazio su disco</translation>
    </message>
    <message>
        <source>Scans not recorded</source>
        <translation>Scansioni non registrate</translation>
    </message>
    <message>
        <source>Scans the database refused: open the list to scan them again.</source>
        <translation>Scansioni rifiutate dal database: apri l&apos;elenco per ripeterle.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s) not recorded — show</source>
        <translation>
            <numerusform>%Ln scansione non registrata — mostra</numerusform>
            <numerusform>%Ln scansioni non registrate — mostra</numerusform>
        </translation>
    </message>
    <message>
        <source>These scans were not recorded. Once the cause is fixed, scan each again (or find it with Find guest): it leaves this list when it is recorded.</source>
        <translation>Queste scansioni non sono state registrate. Risolta la causa, ripeti ciascuna scansione (o trova il pass con Trova un ospite): esce dall&apos;elenco quando viene registrata.</translation>
    </message>
    <message>
        <source>Type a name or ticket number.</source>
        <translation>Digita un nome o un numero di biglietto.</translation>
    </message>
    <message>
        <source>No pass matches.</source>
        <translation>Nessun pass corrispondente.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found (the first %Ln): pick one, then Admit (Enter)</source>
        <translation>
            <numerusform>%Ln trovato (il primo %Ln): sceglilo, poi Ammetti (Invio)</numerusform>
            <numerusform>%Ln trovati (i primi %Ln): scegline uno, poi Ammetti (Invio)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found: pick one, then Admit (Enter)</source>
        <translation>
            <numerusform>%Ln trovato: sceglilo, poi Ammetti (Invio)</numerusform>
            <numerusform>%Ln trovati: scegline uno, poi Ammetti (Invio)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not admitted: admitting by hand needs a supervisor&apos;s PIN.</source>
        <translation>Non ammesso: l&apos;ammissione manuale richiede il PIN del supervisore.</translation>
    </message>
    <message>
        <source>In use, but not saved: {error}</source>
        <translation>In uso, ma non salvato: {error}</translation>
    </message>
    <message>
        <source>Export scans</source>
        <translation>Esporta scansioni</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n modello</numerusform>
            <numerusform>%n modelli</numerusform>
        </translation>
    </message>
    <message>
        <source>a pass picked by hand</source>
        <translation>un pass scelto manualmente</translation>
    </message>
    <message>
        <source>Search guests with a supervisor&apos;s PIN…</source>
        <translation>Cerca ospiti con il PIN del supervisore…</translation>
    </message>
    <message>
        <source>to admit a guest by hand</source>
        <translation>per ammettere manualmente un ospite</translation>
    </message>
    <message>
        <source>Entry: let people in</source>
        <translation>Entrata: fai entrare le persone</translation>
    </message>
    <message>
        <source>Exit: check people out</source>
        <translation>Uscita: registra le uscite</translation>
    </message>
    <message>
        <source>Admit</source>
        <comment>a pass removed from the wallet</comment>
        <translation>Ammetti</translation>
    </message>
    <message>
        <source>Admit, but ask to check ID</source>
        <translation>Ammetti, ma controlla il documento</translation>
    </message>
    <message>
        <source>Deny</source>
        <comment>a pass removed from the wallet</comment>
        <translation>Respingi</translation>
    </message>
    <message>
        <source>{time} {place} time</source>
        <comment>a time on a city&apos;s clock</comment>
        <translation>{time} ora di {place}</translation>
    </message>
    <message>
        <source>{time} ({desk_time} here)</source>
        <comment>here: at this desk</comment>
        <translation>{time} ({desk_time} qui)</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>an event&apos;s day and time</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Unnamed event</source>
        <translation>Evento senza nome</translation>
    </message>
    <message>
        <source>{event} · {when}</source>
        <comment>an event&apos;s name and start</comment>
        <translation>{event} · {when}</translation>
    </message>
    <message>
        <source>Choose tonight&apos;s event…</source>
        <translation>Scegli l&apos;evento di stasera…</translation>
    </message>
    <message>
        <source>Any event: tickets of every event on now</source>
        <translation>Qualsiasi evento: biglietti di tutti gli eventi in corso</translation>
    </message>
    <message>
        <source>Missing event: no longer in the events list</source>
        <translation>Evento mancante: non più nell&apos;elenco degli eventi</translation>
    </message>
    <message>
        <source>Door settings</source>
        <translation>Impostazioni ingresso</translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <comment>a settings tab</comment>
        <translation>&amp;Attese</translation>
    </message>
    <message>
        <source>Times on this desk&apos;s clock ({zone}).</source>
        <translation>Orari secondo l&apos;orologio di questa postazione ({zone}).</translation>
    </message>
    <message>
        <source>Times in {place} time, the event&apos;s clock.</source>
        <translation>Orari nell&apos;ora di {place}, l&apos;orologio dell&apos;evento.</translation>
    </message>
    <message>
        <source>{clock} Here: open {opening}, close {closing}.</source>
        <translation>{clock} Qui: apertura {opening}, chiusura {closing}.</translation>
    </message>
    <message>
        <source>{clock} Here: open {opening}.</source>
        <translation>{clock} Qui: apertura {opening}.</translation>
    </message>
    <message>
        <source>{clock} Here: close {closing}.</source>
        <translation>{clock} Qui: chiusura {closing}.</translation>
    </message>
    <message>
        <source>Check the pass here, from the local copy</source>
        <translation>Controlla il pass qui, dalla copia locale</translation>
    </message>
    <message>
        <source>Deny entry</source>
        <translation>Respingi l&apos;ingresso</translation>
    </message>
    <message>
        <source>Not undone: undoing an admission needs a supervisor&apos;s PIN.</source>
        <translation>Non annullato: annullare un ingresso richiede il PIN del supervisore.</translation>
    </message>
    <message>
        <source>Not undone — {what}. The admission stands.</source>
        <translation>Non annullato — {what}. L&apos;ingresso resta valido.</translation>
    </message>
    <message>
        <source>No admission to undo at this desk.</source>
        <translation>Nessun ingresso da annullare in questa postazione.</translation>
    </message>
    <message>
        <source>Undone: {name}</source>
        <translation>Annullato: {name}</translation>
    </message>
    <message>
        <source>Admission at {time} taken back</source>
        <translation>Ingresso delle {time} annullato</translation>
    </message>
    <message>
        <source>The pass can be scanned again.</source>
        <translation>Il pass può essere scansionato di nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln point(s)</source>
        <translation>
            <numerusform>+%Ln punto</numerusform>
            <numerusform>+%Ln punti</numerusform>
        </translation>
    </message>
    <message>
        <source>+{points} points</source>
        <comment>decimal points, e.g. +0.05</comment>
        <translation>+{points} punti</translation>
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
        <translation>Invio</translation>
    </message>
    <message>
        <source>Tab</source>
        <comment>the keyboard key</comment>
        <translation>Tab</translation>
    </message>
    <message>
        <source>nothing (a short pause)</source>
        <comment>how a scanner ends a code: no key after it</comment>
        <translation>una breve pausa (nessun tasto)</translation>
    </message>
    <message>
        <source>US</source>
        <comment>a keyboard layout</comment>
        <translation>Stati Uniti</translation>
    </message>
    <message>
        <source>UK</source>
        <comment>a keyboard layout</comment>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <source>German</source>
        <comment>a keyboard layout</comment>
        <translation>Tedesco</translation>
    </message>
    <message>
        <source>Swiss German</source>
        <comment>a keyboard layout</comment>
        <translation>Svizzero tedesco</translation>
    </message>
    <message>
        <source>French</source>
        <comment>a keyboard layout</comment>
        <translation>Francese</translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>a keyboard layout</comment>
        <translation>Spagnolo</translation>
    </message>
    <message>
        <source>Nordic (Swedish/Finnish)</source>
        <comment>a keyboard layout</comment>
        <translation>Nordico (svedese/finlandese)</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <comment>a keyboard layout</comment>
        <translation>Norvegese</translation>
    </message>
    <message>
        <source>Danish</source>
        <comment>a keyboard layout</comment>
        <translation>Danese</translation>
    </message>
    <message>
        <source>That was not the test code, or the scanner changed it in a way passdesk does not know. Scan the code on this screen again.</source>
        <translation>Non era il codice di prova, oppure lo scanner l&apos;ha modificato in un modo che passdesk non conosce. Scansiona di nuovo il codice su questa schermata.</translation>
    </message>
    <message>
        <source>is set to the same keyboard layout as this computer: passdesk will take the extra characters off</source>
        <comment>after “Your scanner”</comment>
        <translation>è impostato sullo stesso layout di tastiera di questo computer: passdesk toglierà i caratteri in più</translation>
    </message>
    <message>
        <source>Nothing came from the scanner. Scan the test code again.</source>
        <translation>Dallo scanner non è arrivato nulla. Scansiona di nuovo il codice di prova.</translation>
    </message>
    <message>
        <source>ends codes with {ending}</source>
        <comment>after “Your scanner”</comment>
        <translation>termina i codici con {ending}</translation>
    </message>
    <message>
        <source>is set to the same keyboard layout as this computer</source>
        <comment>after “Your scanner”</comment>
        <translation>è impostato sullo stesso layout di tastiera di questo computer</translation>
    </message>
    <message>
        <source>Your scanner {habits}, and {setting}.</source>
        <translation>Il tuo scanner {habits} ed {setting}.</translation>
    </message>
    <message>
        <source>{list}, {next}</source>
        <comment>a list: the items so far, then one more</comment>
        <translation>{list}, {next}</translation>
    </message>
    <message>
        <source>types about {ms} ms per key</source>
        <comment>after “Your scanner”</comment>
        <translation>digita circa {ms} ms per tasto</translation>
    </message>
    <message>
        <source>puts “{prefix}” before each code</source>
        <comment>after “Your scanner”</comment>
        <translation>mette «{prefix}» prima di ogni codice</translation>
    </message>
    <message>
        <source>adds “{suffix}” after each code</source>
        <comment>after “Your scanner”</comment>
        <translation>aggiunge «{suffix}» dopo ogni codice</translation>
    </message>
    <message>
        <source>is set to a US keyboard while this computer uses {layout}: passdesk will correct it and take the extra characters off</source>
        <comment>after “Your scanner”</comment>
        <translation>è impostato su una tastiera USA mentre questo computer usa il layout {layout}: passdesk lo correggerà e toglierà i caratteri in più</translation>
    </message>
    <message>
        <source>is set to a US keyboard while this computer uses {layout}: passdesk will correct it</source>
        <comment>after “Your scanner”</comment>
        <translation>è impostato su una tastiera USA mentre questo computer usa il layout {layout}: passdesk lo correggerà</translation>
    </message>
    <message>
        <source>Writing scans…</source>
        <translation>Scrittura delle scansioni…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s)</source>
        <comment>rows of the scan log</comment>
        <translation>
            <numerusform>%Ln scansione</numerusform>
            <numerusform>%Ln scansioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: {name} (%Ln point(s) taken back)</source>
        <translation>
            <numerusform>Annullato: {name} (%Ln punto stornato)</numerusform>
            <numerusform>Annullato: {name} (%Ln punti stornati)</numerusform>
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
        <translation>scelto manualmente</translation>
    </message>
    <message>
        <source>NFC reader</source>
        <comment>where a scan came from</comment>
        <translation>lettore NFC</translation>
    </message>
    <message>
        <source>VTAP reader</source>
        <comment>where a scan came from</comment>
        <translation>lettore VTAP</translation>
    </message>
    <message>
        <source>camera</source>
        <comment>where a scan came from</comment>
        <translation>videocamera</translation>
    </message>
    <message>
        <source>offline check</source>
        <comment>when the validation service fails</comment>
        <translation>verifica offline</translation>
    </message>
    <message>
        <source>deny</source>
        <comment>when the validation service fails</comment>
        <translation>respingi</translation>
    </message>
    <message>
        <source>System default camera</source>
        <translation>Videocamera predefinita</translation>
    </message>
    <message>
        <source>{camera} (default)</source>
        <translation>{camera} (predefinita)</translation>
    </message>
    <message>
        <source>{camera} (not connected)</source>
        <translation>{camera} (non collegata)</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Anteprima videocamera</translation>
    </message>
    <message>
        <source>Camera paused while the door is not shown.</source>
        <translation>Videocamera in pausa mentre l&apos;Ingresso non è visualizzato.</translation>
    </message>
    <message>
        <source>The camera is not available.</source>
        <translation>La videocamera non è disponibile.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Avvio della videocamera…</translation>
    </message>
    <message>
        <source>Live camera picture</source>
        <translation>Videocamera in diretta</translation>
    </message>
    <message>
        <source>passdesk scanner check</source>
        <translation>Verifica scanner passdesk</translation>
    </message>
    <message>
        <source>In passdesk, open the Door&apos;s or the Till&apos;s settings and press “Check the scanner…”. Then scan one of these codes once. passdesk says what it found and corrects the scanner&apos;s keyboard layout by itself.</source>
        <translation>In passdesk, apri le impostazioni di Ingresso o di Cassa e premi «Verifica lo scanner…». Poi scansiona una volta uno di questi codici. passdesk indica cosa ha rilevato e corregge da solo il layout di tastiera dello scanner.</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Impossibile scrivere {path}</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Codice QR</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <source>The code holds: {value}</source>
        <translation>Il codice contiene: {value}</translation>
    </message>
    <message>
        <source>Don&apos;t log</source>
        <translation>Non registrare</translation>
    </message>
    <message>
        <source>Each scan made here is then sent to PassEntry as a scan of this reader, so PassEntry&apos;s dashboard shows the whole night: this desk&apos;s scans with everyone else&apos;s. Points are never sent twice.</source>
        <translation>Ogni scansione fatta qui viene poi inviata a PassEntry come scansione di questo lettore, così la dashboard di PassEntry mostra tutta la serata: le scansioni di questa postazione insieme a quelle di tutti gli altri. I punti non vengono mai inviati due volte.</translation>
    </message>
    <message>
        <source>No PassEntry reader is known on this desk yet: create one in the Readers pane, or sync after a scan at one of PassEntry&apos;s readers, then choose it here.</source>
        <translation>Questa postazione non conosce ancora nessun lettore PassEntry: creane uno nella sezione Lettori, o sincronizza dopo una scansione su uno dei lettori PassEntry, poi sceglilo qui.</translation>
    </message>
    <message>
        <source>{hint} {no_readers}</source>
        <comment>two sentences</comment>
        <translation>{hint} {no_readers}</translation>
    </message>
    <message>
        <source>Reader id {id}</source>
        <translation>ID lettore {id}</translation>
    </message>
    <message>
        <source>{id} (not in the readers list)</source>
        <translation>{id} (non nell&apos;elenco dei lettori)</translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>a loyalty card&apos;s balance</comment>
        <translation>{points} punti</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>Ricerca non riuscita: {error}</translation>
    </message>
    <message>
        <source>Scan one of these codes once, with the scanner you use here.</source>
        <translation>Scansiona una volta uno di questi codici con lo scanner che usi qui.</translation>
    </message>
    <message>
        <source>Waiting for a scan…</source>
        <translation>In attesa di una scansione…</translation>
    </message>
    <message>
        <source>Save a printable test sheet (PDF)…</source>
        <translation>Salva un foglio di prova stampabile (PDF)…</translation>
    </message>
    <message>
        <source>Check the scanner</source>
        <translation>Verifica lo scanner</translation>
    </message>
    <message>
        <source>{found} The Door and the Till read it this way from now on.</source>
        <translation>{found} D&apos;ora in poi Ingresso e Cassa lo leggono così.</translation>
    </message>
    <message>
        <source>{found} It is not kept for next time: {error}</source>
        <translation>{found} Non viene conservato per la prossima volta: {error}</translation>
    </message>
    <message>
        <source>Save a printable test sheet (PDF)</source>
        <translation>Salva un foglio di prova stampabile (PDF)</translation>
    </message>
    <message>
        <source>The test sheet was not saved: {error}. Choose another folder.</source>
        <translation>Il foglio di prova non è stato salvato: {error}. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>Test sheet saved as {path}. Print it, then scan a code on it.</source>
        <translation>Foglio di prova salvato come {path}. Stampalo, poi scansiona uno dei suoi codici.</translation>
    </message>
    <message>
        <source>Sound is on, but this computer has no sound output: verdicts are silent. Plug in speakers or headphones, or turn sound off in the settings.</source>
        <translation>L&apos;audio è attivo, ma questo computer non ha un&apos;uscita audio: gli esiti sono muti. Collega altoparlanti o cuffie, o disattiva l&apos;audio nelle impostazioni.</translation>
    </message>
    <message>
        <source>Sound is on, but the verdict sounds cannot be played on this computer&apos;s sound output: verdicts are silent.</source>
        <translation>L&apos;audio è attivo, ma i suoni degli esiti non possono essere riprodotti sull&apos;uscita audio di questo computer: gli esiti sono muti.</translation>
    </message>
    <message>
        <source>Sound problem</source>
        <translation>Problema audio</translation>
    </message>
    <message>
        <source>off</source>
        <comment>a scan source</comment>
        <translation>non in uso</translation>
    </message>
    <message>
        <source>paused while the door is not shown</source>
        <comment>a scan source</comment>
        <translation>in pausa mentre l&apos;Ingresso non è visualizzato</translation>
    </message>
    <message>
        <source>{source}: {state}</source>
        <comment>a scan source and its state</comment>
        <translation>{source}: {state}</translation>
    </message>
    <message>
        <source>Camera</source>
        <comment>a scan source</comment>
        <translation>Videocamera</translation>
    </message>
    <message>
        <source>starting…</source>
        <comment>a scan source</comment>
        <translation>avvio in corso…</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>a scan source</comment>
        <translation>in funzione</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a scan source</comment>
        <translation>non in funzione</translation>
    </message>
    <message>
        <source>unavailable</source>
        <comment>a scan source</comment>
        <translation>non disponibile</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a barcode scanner or NFC reader.</source>
        <translation>Nessuna videocamera trovata. Collega una webcam, o usa uno scanner di codici a barre o un lettore NFC.</translation>
    </message>
    <message>
        <source>Camera {camera} is not connected. Plug it in or pick another camera.</source>
        <translation>La videocamera {camera} non è collegata. Collegala o scegli un&apos;altra videocamera.</translation>
    </message>
    <message>
        <source>The camera stopped working.</source>
        <translation>La videocamera ha smesso di funzionare.</translation>
    </message>
    <message>
        <source>Opening NFC reader at {path}</source>
        <translation>Apertura del lettore NFC su {path}</translation>
    </message>
    <message>
        <source>NFC reader ready at {path}</source>
        <translation>Lettore NFC pronto su {path}</translation>
    </message>
    <message>
        <source>Lost the NFC reader at {path} — check the cable; retrying</source>
        <translation>Connessione persa con il lettore NFC su {path} — controlla il cavo; nuovo tentativo</translation>
    </message>
    <message>
        <source>Cannot open the NFC reader at {path}: the USB library libusb-1.0 is missing — install it (e.g. &apos;apt install libusb-1.0-0&apos;); retrying</source>
        <translation>Impossibile aprire il lettore NFC su {path}: manca la libreria USB libusb-1.0 — installala (es. &apos;apt install libusb-1.0-0&apos;); nuovo tentativo</translation>
    </message>
    <message>
        <source>No permission to open the NFC reader at {path} — on Linux give the user access to the USB device (udev rule) or the serial port (dialout group)</source>
        <translation>Nessun permesso per aprire il lettore NFC su {path} — su Linux concedi all&apos;utente l&apos;accesso al dispositivo USB (regola udev) o alla porta seriale (gruppo dialout)</translation>
    </message>
    <message>
        <source>The NFC reader at {path} is in use by another program (on Linux the kernel&apos;s pn533 driver may hold it: blacklist it) — close it; retrying</source>
        <translation>Il lettore NFC su {path} è in uso da parte di un altro programma (su Linux potrebbe occuparlo il driver pn533 del kernel: mettilo in blacklist) — chiudilo; nuovo tentativo</translation>
    </message>
    <message>
        <source>No NFC reader found at {path} — plug it in; on Linux the user may need access to the USB device (udev rule); retrying</source>
        <translation>Nessun lettore NFC trovato su {path} — collegalo; su Linux l&apos;utente potrebbe aver bisogno dell&apos;accesso al dispositivo USB (regola udev); nuovo tentativo</translation>
    </message>
    <message>
        <source>Cannot open the NFC reader at {path}: {error} — retrying</source>
        <translation>Impossibile aprire il lettore NFC su {path}: {error} — nuovo tentativo</translation>
    </message>
    <message>
        <source>Opening VTAP reader at {port}</source>
        <translation>Apertura del lettore VTAP su {port}</translation>
    </message>
    <message>
        <source>VTAP reader ready at {port}</source>
        <translation>Lettore VTAP pronto su {port}</translation>
    </message>
    <message>
        <source>Lost the VTAP reader at {port} — check its USB cable; retrying</source>
        <translation>Connessione persa con il lettore VTAP su {port} — controlla il cavo USB; nuovo tentativo</translation>
    </message>
    <message>
        <source>No permission to open the VTAP reader at {port} — on Linux add the user to the &apos;dialout&apos; group (then log in again); retrying</source>
        <translation>Nessun permesso per aprire il lettore VTAP su {port} — su Linux aggiungi l&apos;utente al gruppo &apos;dialout&apos; (poi accedi di nuovo); nuovo tentativo</translation>
    </message>
    <message>
        <source>The VTAP reader at {port} is in use by another program — close it; retrying</source>
        <translation>Il lettore VTAP su {port} è in uso da parte di un altro programma — chiudilo; nuovo tentativo</translation>
    </message>
    <message>
        <source>No VTAP reader found at {port} — plug it in (it appears as a USB serial port such as /dev/ttyACM0 or COM3); retrying</source>
        <translation>Nessun lettore VTAP trovato su {port} — collegalo (appare come porta seriale USB, ad es. /dev/ttyACM0 o COM3); nuovo tentativo</translation>
    </message>
    <message>
        <source>Cannot open the VTAP reader at {port}: {error} — retrying</source>
        <translation>Impossibile aprire il lettore VTAP su {port}: {error} — nuovo tentativo</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>{name} is not an IANA time zone (e.g. Europe/London)</source>
        <translation>{name} non è un fuso orario IANA (es. Europe/Rome)</translation>
    </message>
    <message>
        <source>{time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation>L&apos;orario {time} del giorno {day} non esiste in {zone}: gli orologi passano dalle {before} alle {after}. Scegli un orario fuori da quell&apos;intervallo.</translation>
    </message>
    <message>
        <source>{time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation>L&apos;orario {time} del giorno {day} si ripete due volte in {zone} (gli orologi tornano indietro); viene usato il primo ({offset}).</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifica evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <source>Type a city, e.g. London</source>
        <translation>Digita una città, es. London</translation>
    </message>
    <message>
        <source>Enter the event&apos;s name.</source>
        <translation>Inserisci il nome dell&apos;evento.</translation>
    </message>
    <message>
        <source>Enter the venue.</source>
        <translation>Inserisci la sede.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list (type part of a city, e.g. London).</source>
        <translation>Scegli un fuso orario dall&apos;elenco (digita parte del nome di una città, es. London).</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation>L&apos;evento deve terminare dopo l&apos;inizio.</translation>
    </message>
    <message>
        <source>Not a time in {zone}: see below.</source>
        <translation>Orario inesistente in {zone}: vedi sotto.</translation>
    </message>
    <message>
        <source>{when} in {zone} ({offset})</source>
        <translation>{when} in {zone} ({offset})</translation>
    </message>
    <message>
        <source>{there}
= the same in your time ({zone})</source>
        <translation>{there}
= stesso orario nel tuo fuso ({zone})</translation>
    </message>
    <message>
        <source>{there}
= {here} in your time ({zone})</source>
        <translation>{there}
= {here} nel tuo orario ({zone})</translation>
    </message>
    <message>
        <source>The start time {time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation>L&apos;orario di inizio {time} del giorno {day} non esiste in {zone}: gli orologi passano dalle {before} alle {after}. Scegli un orario fuori da quell&apos;intervallo.</translation>
    </message>
    <message>
        <source>The end time {time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation>L&apos;orario di fine {time} del giorno {day} non esiste in {zone}: gli orologi passano dalle {before} alle {after}. Scegli un orario fuori da quell&apos;intervallo.</translation>
    </message>
    <message>
        <source>The start time {time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation>L&apos;orario di inizio {time} del giorno {day} si ripete due volte in {zone} (gli orologi tornano indietro); viene usato il primo ({offset}).</translation>
    </message>
    <message>
        <source>The end time {time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation>L&apos;orario di fine {time} del giorno {day} si ripete due volte in {zone} (gli orologi tornano indietro); viene usato il primo ({offset}).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>in sospeso</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programmato</translation>
    </message>
    <message>
        <source>published</source>
        <translation>pubblicato</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminato</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>prossimo</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviato</translation>
    </message>
    <message>
        <source>{when} UTC</source>
        <translation>{when} UTC</translation>
    </message>
    <message>
        <source>{when} in your time ({zone}, {offset})</source>
        <translation>{when} nel tuo orario ({zone}, {offset})</translation>
    </message>
    <message>
        <source>{status} · refused</source>
        <translation>{status} · rifiutato</translation>
    </message>
    <message>
        <source>{status} · pending</source>
        <translation>{status} · in sospeso</translation>
    </message>
    <message>
        <source>A change to this event was refused by PassEntry or needs a decision: see the Sync pane.</source>
        <translation>Una modifica a questo evento è stata rifiutata da PassEntry o richiede una decisione: vedi la sezione Sincronizzazione.</translation>
    </message>
    <message>
        <source>Pending: changes made here are not sent to PassEntry yet.</source>
        <translation>In sospeso: le modifiche fatte qui non sono ancora state inviate a PassEntry.</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Prossimi</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passati</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>This PassEntry account has no events list; events below come from the passes&apos; event details and cannot be edited here.</source>
        <translation>Questo account PassEntry non ha un elenco di eventi; gli eventi qui sotto provengono dai dettagli evento dei pass e non possono essere modificati qui.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API has no events list for this account, so events cannot be created or edited here. Change them where the passes are made.</source>
        <translation>L&apos;API di PassEntry non ha un elenco di eventi per questo account, quindi qui non è possibile creare o modificare eventi. Modificali dove vengono creati i pass.</translation>
    </message>
    <message>
        <source>This event comes from its passes&apos; event details: it cannot be edited here.</source>
        <translation>Questo evento proviene dai dettagli evento dei suoi pass: non può essere modificato qui.</translation>
    </message>
    <message>
        <source>Create an event; it is sent to PassEntry at once, or when back online</source>
        <translation>Crea un evento; viene inviato a PassEntry subito o appena torni online</translation>
    </message>
    <message>
        <source>Start and end are shown in each event&apos;s own time zone; point at a time to see it in yours ({zone}). Double-click an event to edit it.</source>
        <translation>Inizio e fine sono mostrati nel fuso orario di ciascun evento; passa il puntatore su un orario per vederlo nel tuo ({zone}). Fai doppio clic su un evento per modificarlo.</translation>
    </message>
    <message>
        <source>Start and end are shown in each event&apos;s own time zone; point at a time to see it in yours ({zone}).</source>
        <translation>Inizio e fine sono mostrati nel fuso orario di ciascun evento; passa il puntatore su un orario per vederlo nel tuo ({zone}).</translation>
    </message>
    <message>
        <source>The events could not be read from the local store: {reason}</source>
        <translation>Impossibile leggere gli eventi dal database locale: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln upcoming event(s)</source>
        <translation>
            <numerusform>%Ln prossimo evento</numerusform>
            <numerusform>%Ln prossimi eventi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past event(s)</source>
        <translation>
            <numerusform>%Ln evento passato</numerusform>
            <numerusform>%Ln eventi passati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{events} · %Ln with changes not sent to PassEntry yet</source>
        <translation>
            <numerusform>{events} · %Ln con modifiche non ancora inviate a PassEntry</numerusform>
            <numerusform>{events} · %Ln con modifiche non ancora inviate a PassEntry</numerusform>
        </translation>
    </message>
    <message>
        <source>{events} (filtered)</source>
        <translation>{events} (filtrati)</translation>
    </message>
    <message>
        <source>Change the selected event (or double-click it)</source>
        <translation>Modifica l&apos;evento selezionato (o fai doppio clic su di esso)</translation>
    </message>
    <message>
        <source>“{name}” was saved here. It is sent to PassEntry at once, or when back online.</source>
        <translation>«{name}» è stato salvato qui. Viene inviato a PassEntry subito o appena torni online.</translation>
    </message>
    <message>
        <source>Nothing changed in “{name}”.</source>
        <translation>Nessuna modifica a «{name}».</translation>
    </message>
    <message>
        <source>The changes to “{name}” were saved here. They are sent to PassEntry at once, or when back online.</source>
        <translation>Le modifiche a «{name}» sono state salvate qui. Vengono inviate a PassEntry subito o appena torni online.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
    <message>
        <source>This event comes from its tickets (their event details on PassEntry); it cannot be changed here.</source>
        <translation>Questo evento proviene dai suoi biglietti (i loro dettagli evento su PassEntry); non può essere modificato qui.</translation>
    </message>
    <message>
        <source>No event {event_id} in the local store.</source>
        <translation>Nessun evento {event_id} nel database locale.</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>rate now</source>
        <comment>a figure&apos;s caption</comment>
        <translation>ritmo attuale</translation>
    </message>
    <message>
        <source>peak per 5 min</source>
        <comment>a figure&apos;s caption</comment>
        <translation>picco per 5 min</translation>
    </message>
    <message>
        <source>admitted</source>
        <comment>a figure&apos;s caption</comment>
        <translation>ammessi</translation>
    </message>
    <message>
        <source>re-entries</source>
        <comment>a figure&apos;s caption</comment>
        <translation>rientri</translation>
    </message>
    <message>
        <source>exits</source>
        <comment>a figure&apos;s caption</comment>
        <translation>uscite</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>a figure&apos;s caption</comment>
        <translation>respinti</translation>
    </message>
    <message>
        <source>no-shows</source>
        <comment>a figure&apos;s caption</comment>
        <translation>assenti</translation>
    </message>
    <message>
        <source>offline conflicts</source>
        <comment>a figure&apos;s caption</comment>
        <translation>conflitti offline</translation>
    </message>
    <message>
        <source>Admissions per 5 minutes, by door (dotted: still counting)</source>
        <translation>Ammessi ogni 5 minuti, per ingresso (tratteggiato: conteggio in corso)</translation>
    </message>
    <message>
        <source>Admissions per 5 minutes, by door</source>
        <translation>Ammessi ogni 5 minuti, per ingresso</translation>
    </message>
    <message>
        <source>No admission yet: a line for each door from its first.</source>
        <translation>Ancora nessun ammesso: ogni ingresso ha una linea dal suo primo ammesso.</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Presenti ora</translation>
    </message>
    <message>
        <source>Denied, by reason</source>
        <translation>Respinti, per motivo</translation>
    </message>
    <message>
        <source>Doors: last scan</source>
        <translation>Ingressi: ultima scansione</translation>
    </message>
    <message>
        <source>No one was turned away.</source>
        <translation>Nessuno è stato respinto.</translation>
    </message>
    <message>
        <source>No scan yet: each door shows here from its first scan.</source>
        <translation>Ancora nessuna scansione: ogni ingresso compare qui dalla sua prima scansione.</translation>
    </message>
    <message>
        <source>every door, last 5 min</source>
        <translation>tutti gli ingressi, ultimi 5 min</translation>
    </message>
    <message>
        <source>from {when}</source>
        <translation>da {when}</translation>
    </message>
    <message>
        <source>no admission yet</source>
        <translation>ancora nessun ammesso</translation>
    </message>
    <message>
        <source>back in after an exit</source>
        <translation>rientrati dopo un&apos;uscita</translation>
    </message>
    <message>
        <source>for an event only</source>
        <translation>solo per un evento</translation>
    </message>
    <message>
        <source>click to list them</source>
        <translation>fai clic per elencarli</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no offline conflicts</comment>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>per 5 min</source>
        <comment>an axis title</comment>
        <translation>ogni 5 min</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Respinti</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>inside of {capacity}
{percent} full</source>
        <translation>presenti su {capacity}
occupazione {percent}</translation>
    </message>
    <message>
        <source>inside
no capacity set</source>
        <translation>presenti
nessuna capienza impostata</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <source>Let in at</source>
        <translation>Entrato alle</translation>
    </message>
    <message>
        <source>Admissions and exits</source>
        <translation>Ingressi e uscite</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>{when} in at {door}</source>
        <translation>{when} entrato da {door}</translation>
    </message>
    <message>
        <source>{when} out at {door}</source>
        <translation>{when} uscito da {door}</translation>
    </message>
    <message>
        <source>A pass let in twice while desks or readers could not see each other (offline, or a split network). Check these tickets with their holders.</source>
        <translation>Un pass ammesso due volte mentre postazioni o lettori non potevano comunicare tra loro (offline o rete divisa). Verifica questi biglietti con i titolari.</translation>
    </message>
    <message>
        <source>No pass was let in twice.</source>
        <translation>Nessun pass è stato ammesso due volte.</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Ingresso</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ammessi</translation>
    </message>
    <message>
        <source>Rate now</source>
        <translation>Ritmo attuale</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Ultima scansione</translation>
    </message>
    <message>
        <source>Quiet for</source>
        <translation>Inattivo da</translation>
    </message>
    <message>
        <source>no scan yet</source>
        <translation>ancora nessuna scansione</translation>
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
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undone</source>
        <translation>
            <numerusform>%Ln annullato</numerusform>
            <numerusform>%Ln annullati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held, waiting</source>
        <translation>
            <numerusform>%Ln in attesa</numerusform>
            <numerusform>%Ln in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln ticket(s)</source>
        <translation>
            <numerusform>su %Ln biglietto</numerusform>
            <numerusform>su %Ln biglietti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln inside (no capacity set for this desk&apos;s event)</source>
        <translation>
            <numerusform>%Ln presente (nessuna capienza impostata per l&apos;evento di questa postazione)</numerusform>
            <numerusform>%Ln presenti (nessuna capienza impostata per l&apos;evento di questa postazione)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln inside of {capacity}</source>
        <translation>
            <numerusform>%Ln presente su {capacity}</numerusform>
            <numerusform>%Ln presenti su {capacity}</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} / min</source>
        <comment>admissions per minute, short</comment>
        <translation>{rate} / min</translation>
    </message>
    <message>
        <source>{quiet}: silent</source>
        <translation>{quiet}: inattivo</translation>
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
        <translation>Impossibile leggere i dati fedeltà ({why}). Quelli qui sotto potrebbero non essere aggiornati; nuovo tentativo ogni 15 secondi.</translation>
    </message>
    <message>
        <source>The loyalty figures could not be read ({why}).</source>
        <translation>Impossibile leggere i dati fedeltà ({why}).</translation>
    </message>
    <message>
        <source>points issued</source>
        <comment>a figure&apos;s caption</comment>
        <translation>punti assegnati</translation>
    </message>
    <message>
        <source>added to cards</source>
        <translation>accreditati sulle carte</translation>
    </message>
    <message>
        <source>Points added to cards in the period (refused or discarded changes left out).</source>
        <translation>Punti accreditati sulle carte nel periodo (escluse le modifiche rifiutate o scartate).</translation>
    </message>
    <message>
        <source>points redeemed</source>
        <comment>a figure&apos;s caption</comment>
        <translation>punti riscattati</translation>
    </message>
    <message>
        <source>taken off cards</source>
        <translation>scalati dalle carte</translation>
    </message>
    <message>
        <source>Points taken off cards in the period (refused or discarded changes left out).</source>
        <translation>Punti scalati dalle carte nel periodo (escluse le modifiche rifiutate o scartate).</translation>
    </message>
    <message>
        <source>active cardholders</source>
        <comment>a figure&apos;s caption</comment>
        <translation>titolari di carta attivi</translation>
    </message>
    <message>
        <source>cards used</source>
        <translation>carte usate</translation>
    </message>
    <message>
        <source>Cards with at least one operation in the period.</source>
        <translation>Carte con almeno un&apos;operazione nel periodo.</translation>
    </message>
    <message>
        <source>rewards reached</source>
        <comment>a figure&apos;s caption</comment>
        <translation>premi raggiunti</translation>
    </message>
    <message>
        <source>cards past a reward</source>
        <translation>carte oltre un premio</translation>
    </message>
    <message>
        <source>Cards whose balance went past one of their template&apos;s rewards in the period (the Till&apos;s Earning and rewards); each card counts once.</source>
        <translation>Carte il cui saldo ha superato uno dei premi del loro modello nel periodo (Accumulo e premi della Cassa); ogni carta conta una volta.</translation>
    </message>
    <message>
        <source>changes waiting</source>
        <comment>a figure&apos;s caption</comment>
        <translation>modifiche in attesa</translation>
    </message>
    <message>
        <source>for PassEntry</source>
        <translation>per PassEntry</translation>
    </message>
    <message>
        <source>Changes queued and not yet confirmed by PassEntry, whenever they were made.</source>
        <translation>Modifiche in coda e non ancora confermate da PassEntry, indipendentemente da quando sono state fatte.</translation>
    </message>
    <message>
        <source>under review</source>
        <comment>a figure&apos;s caption</comment>
        <translation>da verificare</translation>
    </message>
    <message>
        <source>for a person</source>
        <translation>da una persona</translation>
    </message>
    <message>
        <source>Changes whose outcome could not be told: a person must decide (the Till&apos;s review list).</source>
        <translation>Modifiche dall&apos;esito incerto: deve decidere una persona (elenco da verificare della Cassa).</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Notte</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mattina</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Pomeriggio</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Sera</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(nessuna postazione)</translation>
    </message>
    <message>
        <source>{part}
{start}–{end} h</source>
        <comment>a part of the day and its hours</comment>
        <translation>{part}
ore {start}–{end}</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operazioni</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Assegnati</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Riscattati</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>al giorno</translation>
    </message>
    <message>
        <source>per week (from Monday)</source>
        <translation>a settimana (da lunedì)</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>al mese</translation>
    </message>
    <message>
        <source>points</source>
        <comment>an axis title</comment>
        <translation>punti</translation>
    </message>
    <message>
        <source>Issued ({points})</source>
        <translation>Assegnati ({points})</translation>
    </message>
    <message>
        <source>Redeemed ({points})</source>
        <translation>Riscattati ({points})</translation>
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
        <translation>settimane, {start} – {end}</translation>
    </message>
    <message>
        <source>{day} {year}</source>
        <comment>a day and month, then the year</comment>
        <translation>{day} {year}</translation>
    </message>
    <message>
        <source>Points issued and redeemed</source>
        <translation>Punti assegnati e riscattati</translation>
    </message>
    <message>
        <source>Operations per desk and part of the day</source>
        <translation>Operazioni per postazione e fascia oraria</translation>
    </message>
    <message>
        <source>No loyalty operation in this period.</source>
        <translation>Nessuna operazione fedeltà in questo periodo.</translation>
    </message>
    <message>
        <source>Points issued and redeemed {span}</source>
        <translation>Punti assegnati e riscattati {span}</translation>
    </message>
    <message numerus="yes">
        <source>{desk}, {part}: %Ln operation(s), {issued} points issued, {redeemed} redeemed</source>
        <translation>
            <numerusform>{desk}, {part}: %Ln operazione, {issued} punti assegnati, {redeemed} riscattati</numerusform>
            <numerusform>{desk}, {part}: %Ln operazioni, {issued} punti assegnati, {redeemed} riscattati</numerusform>
        </translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <source>Figures for</source>
        <translation>Dati per</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Salva &amp;PDF…</translation>
    </message>
    <message>
        <source>Save figures as &amp;CSV…</source>
        <translation>Salva i dati come &amp;CSV…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Affluenza</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fedeltà</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Oggi, {day}</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>Conflitti ({count})</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Aggiornamento: {when}</translation>
    </message>
    <message>
        <source>{why} The figures below are from {when} and may be out of date; trying again every 15 seconds.</source>
        <translation>{why} I dati qui sotto risalgono a {when} e potrebbero non essere aggiornati; nuovo tentativo ogni 15 secondi.</translation>
    </message>
    <message>
        <source>Out of date: from {when}</source>
        <translation>Non aggiornati: dati di {when}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Salva il rapporto come PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>File PDF (*.pdf);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The report was not saved: could not write {path} ({why}).</source>
        <translation>Il rapporto non è stato salvato: impossibile scrivere {path} ({why}).</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Rapporto salvato: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) were let in twice; the Conflicts tab lists the first {listed}.</source>
        <translation>
            <numerusform>%Ln pass è stato ammesso due volte; la scheda Conflitti elenca i primi {listed}.</numerusform>
            <numerusform>%Ln pass sono stati ammessi due volte; la scheda Conflitti elenca i primi {listed}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the figures as CSV (one file per chart)</source>
        <translation>Salva i dati come CSV (un file per grafico)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln CSV file(s) saved in {folder}: {files}</source>
        <translation>
            <numerusform>%Ln file CSV salvato in {folder}: {files}</numerusform>
            <numerusform>%Ln file CSV salvati in {folder}: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures were not saved: could not write beside {path} ({why}).</source>
        <translation>I dati non sono stati salvati: impossibile scrivere accanto a {path} ({why}).</translation>
    </message>
    <message>
        <source>That event is no longer in the events list. Pick another, or Today.</source>
        <translation>Quell&apos;evento non è più nell&apos;elenco degli eventi. Scegline un altro, o Oggi.</translation>
    </message>
    <message>
        <source>The figures could not be read ({why}).</source>
        <translation>Impossibile leggere i dati ({why}).</translation>
    </message>
    <message>
        <source>{reader} (PassEntry reader)</source>
        <translation>{reader} (lettore PassEntry)</translation>
    </message>
    <message>
        <source>Unnamed desk</source>
        <translation>Postazione senza nome</translation>
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
        <translation>invia una variazione del saldo o una sovrascrittura, non entrambe</translation>
    </message>
    <message>
        <source>a balance change or an override is required</source>
        <translation>è richiesta una variazione del saldo o una sovrascrittura</translation>
    </message>
    <message>
        <source>the balance must be a whole number</source>
        <translation>il saldo deve essere un numero intero</translation>
    </message>
    <message>
        <source>the balance cannot be set below zero</source>
        <translation>il saldo non può essere impostato sotto zero</translation>
    </message>
    <message>
        <source>This card was cancelled: no points can be added or redeemed.</source>
        <translation>Questa carta è stata annullata: non è possibile accreditare né riscattare punti.</translation>
    </message>
    <message>
        <source>That is more points than a pass can hold.</source>
        <translation>Sono più punti di quanti un pass possa contenerne.</translation>
    </message>
    <message>
        <source>The number of points cannot be negative.</source>
        <translation>Il numero di punti non può essere negativo.</translation>
    </message>
    <message>
        <source>Type a number of points above zero.</source>
        <translation>Digita un numero di punti maggiore di zero.</translation>
    </message>
    <message>
        <source>Points cannot be redeemed yet: the balance is not known.</source>
        <translation>Non è ancora possibile riscattare punti: il saldo non è noto.</translation>
    </message>
    <message>
        <source>The same change was made to this pass a moment ago, so it was not made again. Do it once more if it is meant.</source>
        <translation>La stessa modifica è stata fatta a questo pass poco fa, quindi non è stata ripetuta. Ripetila se è voluta.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} non è un numero.</translation>
    </message>
    <message>
        <source>Type the amount spent.</source>
        <translation>Digita l&apos;importo speso.</translation>
    </message>
    <message>
        <source>Type the number of points.</source>
        <translation>Digita il numero di punti.</translation>
    </message>
    <message>
        <source>The amount spent cannot be negative.</source>
        <translation>L&apos;importo speso non può essere negativo.</translation>
    </message>
    <message>
        <source>Points are whole numbers.</source>
        <translation>I punti sono numeri interi.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal place(s).</source>
        <translation>
            <numerusform>Al massimo %n cifra decimale.</numerusform>
            <numerusform>Al massimo %n cifre decimali.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An amount has at most %n decimal place(s).</source>
        <translation>
            <numerusform>Un importo ha al massimo %n cifra decimale.</numerusform>
            <numerusform>Un importo ha al massimo %n cifre decimali.</numerusform>
        </translation>
    </message>
    <message>
        <source>An amount above {most} is not a purchase.</source>
        <translation>Un importo superiore a {most} non è un acquisto.</translation>
    </message>
    <message>
        <source>Thank you for your order. You&apos;ve earned {points} points!</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Grazie per il tuo ordine. Hai guadagnato {points} punti!</translation>
    </message>
    <message>
        <source>You&apos;ve received {points} points. Your balance is {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Hai ricevuto {points} punti. Il tuo saldo è {balance}.</translation>
    </message>
    <message>
        <source>You&apos;ve used {points} points. Your balance is {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Hai usato {points} punti. Il tuo saldo è {balance}.</translation>
    </message>
    <message>
        <source>Your balance is now {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Il tuo saldo ora è {balance}.</translation>
    </message>
    <message>
        <source>Congratulations! {reward}</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Congratulazioni! {reward}</translation>
    </message>
    <message>
        <source>This pass cannot collect points: the {template} template has no loyalty balance.</source>
        <translation>Questo pass non può accumulare punti: il modello {template} non ha un saldo fedeltà.</translation>
    </message>
    <message>
        <source>This pass cannot collect points: its template has no loyalty balance.</source>
        <translation>Questo pass non può accumulare punti: il suo modello non ha un saldo fedeltà.</translation>
    </message>
    <message>
        <source>Not enough points: the balance is {balance}.</source>
        <translation>Punti insufficienti: il saldo è {balance}.</translation>
    </message>
    <message>
        <source>Not enough points: the balance is {balance} (from the last sync, not confirmed).</source>
        <translation>Punti insufficienti: il saldo è {balance} (dall&apos;ultima sincronizzazione, non confermato).</translation>
    </message>
    <message>
        <source>More than {points} points without a balance confirmed by PassEntry: a supervisor must approve.</source>
        <translation>Più di {points} punti senza un saldo confermato da PassEntry: deve approvare un supervisore.</translation>
    </message>
    <message>
        <source>That amount earns no points at this rate.</source>
        <translation>Con questo tasso l&apos;importo non fa guadagnare punti.</translation>
    </message>
    <message>
        <source>No pass {pass_id} in the local store; sync first.</source>
        <translation>Nessun pass {pass_id} nel database locale; sincronizza prima.</translation>
    </message>
</context>
<context>
    <name>passes</name>
    <message>
        <source>Ext id</source>
        <translation>ID esterno</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>Tag di gruppo</translation>
    </message>
    <message>
        <source>QR code value</source>
        <translation>Valore del codice QR</translation>
    </message>
    <message>
        <source>Location latitude</source>
        <translation>Latitudine della posizione</translation>
    </message>
    <message>
        <source>Location longitude</source>
        <translation>Longitudine della posizione</translation>
    </message>
    <message>
        <source>Location radius (m)</source>
        <translation>Raggio della posizione (m)</translation>
    </message>
    <message>
        <source>a quote opened on this line is never closed; the next line is read as its own row</source>
        <translation>le virgolette aperte su questa riga non vengono mai chiuse; la riga successiva viene letta come riga a sé</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {byte} cannot be read). Save it as “CSV UTF-8” and try again.</source>
        <translation>Il file non è testo UTF-8 (il byte {byte} non è leggibile). Salvalo come «CSV UTF-8» e riprova.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: {reason}</source>
        <translation>La riga {line} non può essere letta come CSV: {reason}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}.</source>
        <translation>Riga {line}: {problem}.</translation>
    </message>
    <message>
        <source>{what} {value} is not a number</source>
        <translation>{what} {value} non è un numero</translation>
    </message>
    <message>
        <source>a location needs both latitude and longitude</source>
        <translation>una posizione richiede sia latitudine sia longitudine</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitudine</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitudine</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>raggio</translation>
    </message>
    <message numerus="yes">
        <source>{what} {value} is also on line(s) {lines} and {more} more</source>
        <translation>
            <numerusform>{what} {value} è anche alla riga {lines} e in altre {more}</numerusform>
            <numerusform>{what} {value} è anche alle righe {lines} e in altre {more}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} {value} is also on line(s) {lines}</source>
        <translation>
            <numerusform>{what} {value} è anche alla riga {lines}</numerusform>
            <numerusform>{what} {value} è anche alle righe {lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>{cells} cells but the header names {columns} columns</source>
        <translation>{cells} celle, ma l&apos;intestazione indica {columns} colonne</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} è vuoto</translation>
    </message>
    <message>
        <source>{field} is {length} characters (at most {most})</source>
        <translation>{field} ha {length} caratteri (al massimo {most})</translation>
    </message>
    <message>
        <source>ext id is empty</source>
        <translation>l&apos;ID esterno è vuoto</translation>
    </message>
    <message>
        <source>ext id</source>
        <translation>ID esterno</translation>
    </message>
    <message>
        <source>ext id {value} is already on a pass (issued before?)</source>
        <translation>l&apos;ID esterno {value} è già su un pass (emesso in precedenza?)</translation>
    </message>
    <message>
        <source>group tag is {length} characters (at most {most})</source>
        <translation>il tag di gruppo ha {length} caratteri (al massimo {most})</translation>
    </message>
    <message>
        <source>QR value is {length} characters (at most {most})</source>
        <translation>il valore QR ha {length} caratteri (al massimo {most})</translation>
    </message>
    <message>
        <source>QR value</source>
        <translation>valore QR</translation>
    </message>
    <message>
        <source>QR value {value} is already on a pass</source>
        <translation>il valore QR {value} è già su un pass</translation>
    </message>
    <message>
        <source>the rows have locations, which a batch file cannot carry</source>
        <translation>le righe hanno posizioni, che un file di lotto non può contenere</translation>
    </message>
    <message>
        <source>the passes are linked to an event on this desk, which a batch cannot do</source>
        <translation>i pass sono collegati a un evento su questa postazione, cosa che un lotto non può fare</translation>
    </message>
    <message>
        <source>the rows carry a message, which a batch file cannot carry</source>
        <translation>le righe contengono un messaggio, che un file di lotto non può contenere</translation>
    </message>
    <message>
        <source>at most {most} locations per pass ({given} given)</source>
        <translation>al massimo {most} posizioni per pass ({given} indicate)</translation>
    </message>
    <message>
        <source>location {n}: {problem}</source>
        <translation>posizione {n}: {problem}</translation>
    </message>
    <message>
        <source>latitude must be between -90 and 90</source>
        <translation>la latitudine deve essere tra -90 e 90</translation>
    </message>
    <message>
        <source>longitude must be between -180 and 180</source>
        <translation>la longitudine deve essere tra -180 e 180</translation>
    </message>
    <message>
        <source>radius must be {low}-{high} metres</source>
        <translation>il raggio deve essere di {low}-{high} metri</translation>
    </message>
    <message>
        <source>at most {most} beacons per pass ({given} given)</source>
        <translation>al massimo {most} beacon per pass ({given} indicati)</translation>
    </message>
    <message>
        <source>beacon {n}: proximity UUID must look like E2C56DB5-DFFB-48D2-B060-D0F5A71096E0</source>
        <translation>beacon {n}: l&apos;UUID di prossimità deve avere la forma E2C56DB5-DFFB-48D2-B060-D0F5A71096E0</translation>
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
        <translation>beacon {n}: {label} deve essere un numero intero 0-{most}</translation>
    </message>
    <message>
        <source>the Apple pass sent is not valid base64</source>
        <translation>il pass Apple inviato non è base64 valido</translation>
    </message>
    <message>
        <source>the Apple pass sent is not a .pkpass file</source>
        <translation>il pass Apple inviato non è un file .pkpass</translation>
    </message>
    <message>
        <source>Each row names a pass in a {pass_id} column (its pass ID or ext id) and gives only what changes: {passfield} columns, {group_tags}, {pass_action} ({deactivate} or {reactivate}). Columns left out stay as they are.</source>
        <translation>Ogni riga indica un pass in una colonna {pass_id} (il suo ID pass o ID esterno) e fornisce solo ciò che cambia: colonne {passfield}, {group_tags}, {pass_action} ({deactivate} o {reactivate}). Le colonne omesse restano invariate.</translation>
    </message>
    <message>
        <source>Update passes from a CSV file</source>
        <translation>Aggiorna pass da un file CSV</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>File CSV</translation>
    </message>
    <message>
        <source>A CSV file with a {pass_id} column</source>
        <translation>Un file CSV con una colonna {pass_id}</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Sc&amp;egli…</translation>
    </message>
    <message>
        <source>CSV &amp;file</source>
        <translation>&amp;File CSV</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modello</translation>
    </message>
    <message>
        <source>Optional, e.g. Upgrade to Gold</source>
        <translation>Facoltativo, ad es. Passaggio a Gold</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Run at</source>
        <translation>Esegui alle</translation>
    </message>
    <message>
        <source>&amp;Run at</source>
        <translation>&amp;Esegui alle</translation>
    </message>
    <message>
        <source>%v of %m rows processed</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation>%v di %m righe elaborate</translation>
    </message>
    <message>
        <source>&amp;Update passes</source>
        <translation>&amp;Aggiorna pass</translation>
    </message>
    <message>
        <source>Save e&amp;rrors CSV…</source>
        <translation>Salva CSV e&amp;rrori…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Scegli un file CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>There is no file at {path}. Check the path or use Choose….</source>
        <translation>Non c&apos;è alcun file in {path}. Controlla il percorso o usa Scegli….</translation>
    </message>
    <message>
        <source>Sending the file to PassEntry…</source>
        <translation>Invio del file a PassEntry…</translation>
    </message>
    <message>
        <source>{status}…</source>
        <translation>{status}…</translation>
    </message>
    <message>
        <source>Scheduled for {when}: Passes → Batches… shows it, and can cancel it until then.</source>
        <translation>Programmato per {when}: Pass → Lotti… lo mostra e permette di annullarlo fino ad allora.</translation>
    </message>
    <message>
        <source>{status}: {progress} passes updated; the changes arrive here with the next sync.</source>
        <translation>{status}: {progress} pass aggiornati; le modifiche arrivano qui con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>{status}. Save the errors CSV to see which rows were refused and why.</source>
        <translation>{status}. Salva il CSV degli errori per vedere quali righe sono state rifiutate e perché.</translation>
    </message>
    <message>
        <source>{status}.</source>
        <translation>{status}.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Non inviato: {reason}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Scheduled / done</source>
        <translation>Programmato / completato</translation>
    </message>
    <message>
        <source>No API key: set it in Settings → PassEntry account first.</source>
        <translation>Nessuna chiave API: impostala prima in Impostazioni → Account PassEntry.</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Salva CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Fetching the file…</source>
        <translation>Download del file…</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Salvato {path}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotti</translation>
    </message>
    <message>
        <source>Batches run on PassEntry: issuing many passes, updating them from a file, and messages to many passes. Newest first.</source>
        <translation>Lotti eseguiti su PassEntry: emissione di molti pass, loro aggiornamento da file e messaggi a molti pass. Dal più recente.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Cancel batch</source>
        <translation>Annulla &amp;lotto</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Invia ora</translation>
    </message>
    <message>
        <source>Save &amp;results CSV…</source>
        <translation>Salva CSV dei &amp;risultati…</translation>
    </message>
    <message>
        <source>Save &amp;errors CSV…</source>
        <translation>Salva CSV degli &amp;errori…</translation>
    </message>
    <message>
        <source>Reading the batches from PassEntry…</source>
        <translation>Lettura dei lotti da PassEntry…</translation>
    </message>
    <message>
        <source>The batches could not be read: {reason}</source>
        <translation>Impossibile leggere i lotti: {reason}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>No batches yet.</source>
        <translation>Ancora nessun lotto.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es).</source>
        <translation>
            <numerusform>%Ln lotto.</numerusform>
            <numerusform>%Ln lotti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Cancelled: it will not run.</source>
        <translation>Annullato: non verrà eseguito.</translation>
    </message>
    <message>
        <source>Sending now…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Sent now.</source>
        <translation>Inviato ora.</translation>
    </message>
    <message>
        <source>Ba&amp;tches</source>
        <translation>Lo&amp;tti</translation>
    </message>
    <message>
        <source>Batches run on PassEntry: a message to many passes, updating passes from a CSV file, and the list of batches</source>
        <translation>Lotti eseguiti su PassEntry: un messaggio a molti pass, l&apos;aggiornamento dei pass da un file CSV e l&apos;elenco dei lotti</translation>
    </message>
    <message>
        <source>&amp;Notify many…</source>
        <translation>&amp;Notifica multipla…</translation>
    </message>
    <message>
        <source>&amp;Update from CSV…</source>
        <translation>&amp;Aggiorna da CSV…</translation>
    </message>
    <message>
        <source>&amp;Batches…</source>
        <translation>&amp;Lotti…</translation>
    </message>
    <message>
        <source>How: one by one, through the outbox (sent with the next sync).</source>
        <translation>Modalità: uno alla volta, tramite la posta in uscita (inviati con la prossima sincronizzazione).</translation>
    </message>
    <message>
        <source>How: as one batch on PassEntry; its progress shows here to the end.</source>
        <translation>Modalità: come un unico lotto su PassEntry; l&apos;avanzamento è mostrato qui fino alla fine.</translation>
    </message>
    <message>
        <source>{how} {reason}</source>
        <translation>{how} {reason}</translation>
    </message>
    <message>
        <source>How: asking PassEntry whether this account has batches…</source>
        <translation>Modalità: verifica con PassEntry se questo account offre i lotti…</translation>
    </message>
    <message>
        <source>PassEntry could not be asked ({reason}); passes are issued one by one.</source>
        <translation>Impossibile interrogare PassEntry ({reason}); i pass vengono emessi uno alla volta.</translation>
    </message>
    <message>
        <source>{how} Not as a batch: {reason}.</source>
        <translation>{how} Non come lotto: {reason}.</translation>
    </message>
    <message>
        <source>%v of %m issued</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation>%v di %m emessi</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Smetti di &amp;seguire</translation>
    </message>
    <message>
        <source>{status}: {progress}</source>
        <translation>{status}: {progress}</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>a batch just sent</comment>
        <translation>avvio</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>No longer watching: the batch goes on on PassEntry ({progress}). Passes → Batches… shows how far it got.</source>
        <translation>Non più seguito: il lotto prosegue su PassEntry ({progress}). Pass → Lotti… mostra a che punto è arrivato.</translation>
    </message>
    <message>
        <source>{status}: {progress} processed on PassEntry; the passes arrive here with the next sync. Some rows were refused: save the errors CSV to see why.</source>
        <translation>{status}: {progress} elaborati su PassEntry; i pass arrivano qui con la prossima sincronizzazione. Alcune righe sono state rifiutate: salva il CSV degli errori per vedere perché.</translation>
    </message>
    <message>
        <source>{status}: {progress} processed on PassEntry; the passes arrive here with the next sync.</source>
        <translation>{status}: {progress} elaborati su PassEntry; i pass arrivano qui con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>{status}: PassEntry issued none of these passes. Save the errors CSV to see why.</source>
        <translation>{status}: PassEntry non ha emesso nessuno di questi pass. Salva il CSV degli errori per vedere perché.</translation>
    </message>
    <message>
        <source>{status}: PassEntry issued none of these passes.</source>
        <translation>{status}: PassEntry non ha emesso nessuno di questi pass.</translation>
    </message>
    <message>
        <source>line in your file</source>
        <comment>a CSV column&apos;s header</comment>
        <translation>riga nel tuo file</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(non usata)</translation>
    </message>
    <message>
        <source>Issue passes from a CSV file</source>
        <translation>Emetti pass da un file CSV</translation>
    </message>
    <message>
        <source>&amp;Issue passes</source>
        <translation>&amp;Emetti pass</translation>
    </message>
    <message>
        <source>No templates yet: sync first, or add one by its ID</source>
        <translation>Ancora nessun modello: prima sincronizza o aggiungine uno tramite ID</translation>
    </message>
    <message>
        <source>No templates yet: sync first</source>
        <translation>Ancora nessun modello: prima sincronizza</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <source>Column for {target}</source>
        <translation>Colonna per {target}</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Colonna {number}</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Verifica di ogni riga…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): {good} ready to issue, {bad} with problems (listed below; they are not issued).</source>
        <translation>
            <numerusform>%Ln riga: {good} pronte per l&apos;emissione, {bad} con problemi (elencate sotto; non vengono emesse).</numerusform>
            <numerusform>%Ln righe: {good} pronte per l&apos;emissione, {bad} con problemi (elencate sotto; non vengono emesse).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): {good} ready to issue.</source>
        <translation>
            <numerusform>%Ln riga: {good} pronte per l&apos;emissione.</numerusform>
            <numerusform>%Ln righe: {good} pronte per l&apos;emissione.</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} With no QR column, each pass&apos;s QR code is its ext id.</source>
        <translation>{summary} Senza colonna QR, il codice QR di ogni pass è il suo ID esterno.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the problems of one CSV row</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emessi</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Issue %Ln pass(es)</source>
        <translation>
            <numerusform>&amp;Emetti %Ln pass</numerusform>
            <numerusform>&amp;Emetti %Ln pass</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bad rows</source>
        <translation>Esporta righe errate</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln bad row(s) to {path}.</source>
        <translation>
            <numerusform>%Ln riga errata scritta in {path}.</numerusform>
            <numerusform>%Ln righe errate scritte in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m queued</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation>%v di %m in coda</translation>
    </message>
    <message>
        <source>Queuing passes…</source>
        <translation>Messa in coda dei pass…</translation>
    </message>
    <message>
        <source>Stopping after this look…</source>
        <translation>Interruzione dopo questo lotto…</translation>
    </message>
    <message>
        <source>Stopping after this chunk…</source>
        <translation>Interruzione dopo questo blocco…</translation>
    </message>
    <message numerus="yes">
        <source> %Ln were queued before.</source>
        <comment>after a sentence: mind the space in front</comment>
        <translation>
            <numerusform> %Ln era già in coda.</numerusform>
            <numerusform> %Ln erano già in coda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln pass(es) queued.{before} Issue again to queue the rest; rows already queued are skipped.</source>
        <translation>
            <numerusform>Interrotto: %Ln pass in coda.{before} Emetti di nuovo per mettere in coda il resto; le righe già in coda vengono saltate.</numerusform>
            <numerusform>Interrotto: %Ln pass in coda.{before} Emetti di nuovo per mettere in coda il resto; le righe già in coda vengono saltate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) queued; they reach PassEntry with the next sync.{before} To issue this file again, choose it again.</source>
        <translation>
            <numerusform>%Ln pass in coda; arriva a PassEntry con la prossima sincronizzazione.{before} Per emettere di nuovo questo file, sceglilo di nuovo.</numerusform>
            <numerusform>%Ln pass in coda; arrivano a PassEntry con la prossima sincronizzazione.{before} Per emettere di nuovo questo file, sceglilo di nuovo.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a day, then a time of day</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Deactivate {name}?</source>
        <translation>Disattivare {name}?</translation>
    </message>
    <message>
        <source>Deactivate this pass?</source>
        <translation>Disattivare questo pass?</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %Ln pass(es)?</source>
        <translation>
            <numerusform>Disattivare %Ln pass?</numerusform>
            <numerusform>Disattivare %Ln pass?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} e %Ln altro</numerusform>
            <numerusform>{names} e altri %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already deactivated: %Ln of the {selected} selected. They stay as they are.</source>
        <translation>
            <numerusform>Già disattivato: %Ln dei {selected} selezionati. Resta com&apos;è.</numerusform>
            <numerusform>Già disattivati: %Ln dei {selected} selezionati. Restano come sono.</numerusform>
        </translation>
    </message>
    <message>
        <source>A deactivated pass stays in the wallet, shown as expired, and no longer scans as valid. It can be reactivated later.</source>
        <translation>Un pass disattivato resta nel wallet, mostrato come scaduto, e non risulta più valido alla scansione. Può essere riattivato in seguito.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a window title</comment>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a button</comment>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Already deactivated</source>
        <translation>Già disattivato</translation>
    </message>
    <message>
        <source>The selected pass is already deactivated.</source>
        <translation>Il pass selezionato è già disattivato.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln selected passes are already deactivated.</source>
        <translation>
            <numerusform>Il pass selezionato è già disattivato.</numerusform>
            <numerusform>Tutti i %Ln pass selezionati sono già disattivati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deactivated</source>
        <translation>Non disattivato</translation>
    </message>
    <message>
        <source>Nothing was deactivated: {reason}</source>
        <translation>Nessun pass disattivato: {reason}</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <comment>a window title</comment>
        <translation>Riattiva</translation>
    </message>
    <message>
        <source>Reactivate the pass of {name}?</source>
        <translation>Riattivare il pass di {name}?</translation>
    </message>
    <message>
        <source>Reactivate this pass?</source>
        <translation>Riattivare questo pass?</translation>
    </message>
    <message>
        <source>It scans as valid again, and it can be changed and sent messages. On an iPhone it stays among the expired passes until its holder shows it again.</source>
        <translation>Torna valido alla scansione e può essere modificato e ricevere messaggi. Su un iPhone resta tra i pass scaduti finché il titolare non lo apre di nuovo.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <comment>a button</comment>
        <translation>Riattiva</translation>
    </message>
    <message>
        <source>Not reactivated</source>
        <translation>Non riattivato</translation>
    </message>
    <message>
        <source>The pass was not reactivated: {reason}</source>
        <translation>Il pass non è stato riattivato: {reason}</translation>
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
        <translation>Miniatura</translation>
    </message>
    <message>
        <source>Choose this pass&apos;s banner</source>
        <translation>Scegli il banner di questo pass</translation>
    </message>
    <message>
        <source>Use the template&apos;s banner again</source>
        <translation>Usa di nuovo il banner del modello</translation>
    </message>
    <message>
        <source>The template&apos;s banner</source>
        <translation>Il banner del modello</translation>
    </message>
    <message>
        <source>Choose this pass&apos;s logo</source>
        <translation>Scegli il logo di questo pass</translation>
    </message>
    <message>
        <source>Use the template&apos;s logo again</source>
        <translation>Usa di nuovo il logo del modello</translation>
    </message>
    <message>
        <source>The template&apos;s logo</source>
        <translation>Il logo del modello</translation>
    </message>
    <message>
        <source>Choose this pass&apos;s thumbnail</source>
        <translation>Scegli la miniatura di questo pass</translation>
    </message>
    <message>
        <source>Use the template&apos;s thumbnail again</source>
        <translation>Usa di nuovo la miniatura del modello</translation>
    </message>
    <message>
        <source>The template&apos;s thumbnail</source>
        <translation>La miniatura del modello</translation>
    </message>
    <message>
        <source>Design for this pass</source>
        <translation>Design per questo pass</translation>
    </message>
    <message>
        <source>Use one of your images on PassEntry instead of the template&apos;s, for this pass only. PassEntry must have enabled per-pass designs for your organisation.</source>
        <translation>Usa una delle tue immagini su PassEntry al posto di quella del modello, solo per questo pass. PassEntry deve aver attivato i design per singolo pass per la tua organizzazione.</translation>
    </message>
    <message>
        <source>Connect to PassEntry (Settings) to use your images on a pass.</source>
        <translation>Collegati a PassEntry (Impostazioni) per usare le tue immagini su un pass.</translation>
    </message>
    <message>
        <source>The template&apos;s value per language — {values}. A value typed here is this pass&apos;s in every language.</source>
        <translation>Il valore del modello per lingua — {values}. Un valore digitato qui vale per questo pass in tutte le lingue.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Use the template&apos;s</source>
        <comment>a button: use the template&apos;s image</comment>
        <translation>Usa quella del modello</translation>
    </message>
    <message>
        <source>Send it with the template&apos;s design</source>
        <translation>Invialo con il design del modello</translation>
    </message>
    <message>
        <source>An image</source>
        <translation>Un&apos;immagine</translation>
    </message>
    <message>
        <source>{image}, {width} x {height} px</source>
        <translation>{image}, {width} x {height} px</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Codice QR</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <source>Aztec code</source>
        <translation>Codice Aztec</translation>
    </message>
    <message>
        <source>PDF417 code</source>
        <translation>Codice PDF417</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>Creato: {when}</translation>
    </message>
    <message>
        <source>Added to a wallet: {when}</source>
        <translation>Aggiunto a un wallet: {when}</translation>
    </message>
    <message>
        <source>Removed from the wallet: {when}</source>
        <translation>Rimosso dal wallet: {when}</translation>
    </message>
    <message>
        <source>Deactivated: {when}</source>
        <translation>Disattivato: {when}</translation>
    </message>
    <message>
        <source>Nullified: {when}</source>
        <translation>Invalidato: {when}</translation>
    </message>
    <message>
        <source>Expires: {when}</source>
        <translation>Scade: {when}</translation>
    </message>
    <message>
        <source>Expired: {when}</source>
        <translation>Scaduto: {when}</translation>
    </message>
    <message>
        <source>Nullified on {when}. In the wallet it shows grey as “Deactivated” and its data was wiped. Its ext id {ext_id} is free for a new pass. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Invalidato il {when}. Nel wallet appare in grigio come «Disattivato» e i suoi dati sono stati cancellati. Il suo ID esterno {ext_id} è libero per un nuovo pass. PassEntry risponde «non trovato» per questo pass, quindi non può più essere modificato, ricevere messaggi o essere scansionato.</translation>
    </message>
    <message>
        <source>Nullified on {when}. In the wallet it shows grey as “Deactivated” and its data was wiped. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Invalidato il {when}. Nel wallet appare in grigio come «Disattivato» e i suoi dati sono stati cancellati. PassEntry risponde «non trovato» per questo pass, quindi non può più essere modificato, ricevere messaggi o essere scansionato.</translation>
    </message>
    <message>
        <source>Nullified. In the wallet it shows grey as “Deactivated” and its data was wiped. Its ext id {ext_id} is free for a new pass. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Invalidato. Nel wallet appare in grigio come «Disattivato» e i suoi dati sono stati cancellati. Il suo ID esterno {ext_id} è libero per un nuovo pass. PassEntry risponde «non trovato» per questo pass, quindi non può più essere modificato, ricevere messaggi o essere scansionato.</translation>
    </message>
    <message>
        <source>Nullified. In the wallet it shows grey as “Deactivated” and its data was wiped. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Invalidato. Nel wallet appare in grigio come «Disattivato» e i suoi dati sono stati cancellati. PassEntry risponde «non trovato» per questo pass, quindi non può più essere modificato, ricevere messaggi o essere scansionato.</translation>
    </message>
    <message>
        <source>The pass could not be read: {reason}</source>
        <translation>Impossibile leggere il pass: {reason}</translation>
    </message>
    <message>
        <source>Select a pass to see its details.</source>
        <translation>Seleziona un pass per vederne i dettagli.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Latest message</source>
        <translation>Ultimo messaggio</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificativi</translation>
    </message>
    <message>
        <source>Pass id</source>
        <translation>ID del pass</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a pass&apos;s status</comment>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>no template</source>
        <translation>nessun modello</translation>
    </message>
    <message numerus="yes">
        <source>group(s) {tags}</source>
        <translation>
            <numerusform>gruppo {tags}</numerusform>
            <numerusform>gruppi {tags}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln modifica in attesa di invio</numerusform>
            <numerusform>%Ln modifiche in attesa di invio</numerusform>
        </translation>
    </message>
    <message>
        <source>Made here; PassEntry has not confirmed them yet. The Sync pane lists them.</source>
        <translation>Fatte qui; PassEntry non le ha ancora confermate. Il riquadro Sincronizzazione le elenca.</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Scansione</translation>
    </message>
    <message>
        <source>NFC value</source>
        <translation>Valore NFC</translation>
    </message>
    <message>
        <source>Add to wallet</source>
        <translation>Aggiungi al wallet</translation>
    </message>
    <message>
        <source>The customer scans this with their phone to add the pass.</source>
        <translation>Il cliente lo scansiona con il telefono per aggiungere il pass.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copia link</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Open the download page in the browser</source>
        <translation>Apri la pagina di download nel browser</translation>
    </message>
    <message>
        <source>Locations ({count})</source>
        <translation>Posizioni ({count})</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Posizione</translation>
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
        <translation>Beacon ({count})</translation>
    </message>
    <message>
        <source>Beacon</source>
        <translation>Beacon</translation>
    </message>
    <message>
        <source>Edit pass</source>
        <translation>Modifica pass</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifica {name}</translation>
    </message>
    <message>
        <source>Pass not found</source>
        <translation>Pass non trovato</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>This pass is not in the local store any more.</source>
        <translation>Questo pass non è più nel database locale.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: lock screens show about {shown} and cut the rest.</source>
        <translation>
            <numerusform>%Ln carattere: le schermate di blocco ne mostrano circa {shown} e tagliano il resto.</numerusform>
            <numerusform>%Ln caratteri: le schermate di blocco ne mostrano circa {shown} e tagliano il resto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change goes to PassEntry with the template&apos;s design.</source>
        <translation>La modifica va a PassEntry con il design del modello.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Check the disk, then try again.</source>
        <translation>Non salvato: {reason}. Controlla il disco, poi riprova.</translation>
    </message>
    <message>
        <source>No event (not a ticket)</source>
        <translation>Nessun evento (non è un biglietto)</translation>
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
        <translation>Code 128 (una riga di barre)</translation>
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
        <translation>Nessun codice a barre</translation>
    </message>
    <message>
        <source>The ext id</source>
        <translation>L&apos;ID esterno</translation>
    </message>
    <message>
        <source>The pass id</source>
        <translation>L&apos;ID del pass</translation>
    </message>
    <message>
        <source>A value you type</source>
        <translation>Un valore che digiti</translation>
    </message>
    <message>
        <source>Without a barcode the pass cannot be scanned at a door or a till: only NFC or a search by name finds it.</source>
        <translation>Senza codice a barre il pass non può essere scansionato a un ingresso o a una cassa: lo trovano solo l&apos;NFC o una ricerca per nome.</translation>
    </message>
    <message>
        <source>The pass id is known once PassEntry has created the pass; until then the Passes list shows the ext id as its number.</source>
        <translation>L&apos;ID del pass è noto quando PassEntry ha creato il pass; fino ad allora l&apos;elenco Pass mostra l&apos;ID esterno come numero.</translation>
    </message>
    <message>
        <source>Each pass needs its own value: a door tells passes apart by it.</source>
        <translation>Ogni pass richiede un valore proprio: un ingresso distingue i pass in base a esso.</translation>
    </message>
    <message>
        <source>Issue a pass</source>
        <translation>Emetti un pass</translation>
    </message>
    <message>
        <source>&amp;Issue pass</source>
        <translation>&amp;Emetti pass</translation>
    </message>
    <message>
        <source>Reading templates…</source>
        <translation>Lettura dei modelli…</translation>
    </message>
    <message>
        <source>Field id {id}; empty: {default}</source>
        <translation>ID di campo {id}; se vuoto: {default}</translation>
    </message>
    <message>
        <source>Field id {id}</source>
        <translation>ID di campo {id}</translation>
    </message>
    <message>
        <source>pick a template</source>
        <translation>scegli un modello</translation>
    </message>
    <message>
        <source>type the barcode value (or let the barcode hold the ext id)</source>
        <translation>digita il valore del codice a barre (o fai contenere al codice a barre l&apos;ID esterno)</translation>
    </message>
    <message>
        <source>type the NFC value (or let NFC hold the pass id)</source>
        <translation>digita il valore NFC (o fai contenere all&apos;NFC l&apos;ID del pass)</translation>
    </message>
    <message numerus="yes">
        <source>Cannot issue yet: {problem} (and %Ln more)</source>
        <translation>
            <numerusform>Impossibile emettere ora: {problem} (e %Ln altro)</numerusform>
            <numerusform>Impossibile emettere ora: {problem} (e altri %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot issue yet: {problem}</source>
        <translation>Impossibile emettere ora: {problem}</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Emissione…</translation>
    </message>
    <message>
        <source>Pass for {who} queued (ext id {ext_id}, {event}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pass per {who} in coda (ID esterno {ext_id}, {event}); arriva a PassEntry con la prossima sincronizzazione. Vedi Consegna per il link. Il modulo è svuotato per il pass successivo.</translation>
    </message>
    <message>
        <source>Pass for {who} queued (ext id {ext_id}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pass per {who} in coda (ID esterno {ext_id}); arriva a PassEntry con la prossima sincronizzazione. Vedi Consegna per il link. Il modulo è svuotato per il pass successivo.</translation>
    </message>
    <message>
        <source>Pass queued (ext id {ext_id}, {event}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pass in coda (ID esterno {ext_id}, {event}); arriva a PassEntry con la prossima sincronizzazione. Vedi Consegna per il link. Il modulo è svuotato per il pass successivo.</translation>
    </message>
    <message>
        <source>Pass queued (ext id {ext_id}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pass in coda (ID esterno {ext_id}); arriva a PassEntry con la prossima sincronizzazione. Vedi Consegna per il link. Il modulo è svuotato per il pass successivo.</translation>
    </message>
    <message>
        <source>Pass {ext_id} is not on PassEntry yet: per-pass designs are not enabled for your organisation (see Design for this pass).</source>
        <translation>Il pass {ext_id} non è ancora su PassEntry: i design per singolo pass non sono attivi per la tua organizzazione (vedi Design per questo pass).</translation>
    </message>
    <message>
        <source>Sending the pass with the template&apos;s design…</source>
        <translation>Invio del pass con il design del modello…</translation>
    </message>
    <message>
        <source>The pass goes to PassEntry with the template&apos;s design; its link shows under Delivery once it is created.</source>
        <translation>Il pass va a PassEntry con il design del modello; il suo link compare sotto Consegna quando è stato creato.</translation>
    </message>
    <message>
        <source>Pass {ext_id} is on PassEntry. Send its holder this download link; it adds the pass to Apple or Google Wallet.</source>
        <translation>Il pass {ext_id} è su PassEntry. Invia al titolare questo link di download; aggiunge il pass ad Apple Wallet o Google Wallet.</translation>
    </message>
    <message>
        <source>Pass {ext_id} is waiting to reach PassEntry; its download link shows here once it has been created.</source>
        <translation>Il pass {ext_id} è in attesa di arrivare a PassEntry; il suo link di download compare qui quando è stato creato.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiato negli appunti.</translation>
    </message>
    <message>
        <source>Save Apple pass</source>
        <translation>Salva pass Apple</translation>
    </message>
    <message>
        <source>Apple Wallet pass (*.pkpass)</source>
        <translation>Pass Apple Wallet (*.pkpass)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Impossibile salvare {path}: {reason}</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Aggiungi riga</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>{count} of at most {most}</source>
        <translation>{count} di al massimo {most}</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Posizioni</translation>
    </message>
    <message>
        <source>&amp;Add location</source>
        <translation>&amp;Aggiungi posizione</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <source>location {n}: latitude {value} is not a number</source>
        <translation>posizione {n}: la latitudine {value} non è un numero</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <source>location {n}: longitude {value} is not a number</source>
        <translation>posizione {n}: la longitudine {value} non è un numero</translation>
    </message>
    <message>
        <source>Radius (m)</source>
        <translation>Raggio (m)</translation>
    </message>
    <message>
        <source>location {n}: radius (m) {value} is not a number</source>
        <translation>posizione {n}: il raggio (m) {value} non è un numero</translation>
    </message>
    <message>
        <source>Relevant text</source>
        <translation>Testo pertinente</translation>
    </message>
    <message>
        <source>location {n}: relevant text {value} is not text</source>
        <translation>posizione {n}: il testo pertinente {value} non è testo</translation>
    </message>
    <message>
        <source>Beacons</source>
        <translation>Beacon</translation>
    </message>
    <message>
        <source>&amp;Add beacon</source>
        <translation>&amp;Aggiungi beacon</translation>
    </message>
    <message>
        <source>Proximity UUID</source>
        <translation>UUID di prossimità</translation>
    </message>
    <message>
        <source>beacon {n}: proximity UUID {value} is not text</source>
        <translation>beacon {n}: l&apos;UUID di prossimità {value} non è testo</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>beacon {n}: major {value} is not a whole number</source>
        <translation>beacon {n}: major {value} non è un numero intero</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>beacon {n}: minor {value} is not a whole number</source>
        <translation>beacon {n}: minor {value} non è un numero intero</translation>
    </message>
    <message>
        <source>beacon {n}: relevant text {value} is not text</source>
        <translation>beacon {n}: il testo pertinente {value} non è testo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Tag di gruppo</translation>
    </message>
    <message>
        <source>Type a number in the search to find its pass</source>
        <translation>Digita un numero nella ricerca per trovare il suo pass</translation>
    </message>
    <message>
        <source>Pick an event in the filters to see its passes</source>
        <translation>Scegli un evento nei filtri per vederne i pass</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Rimosso</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Nullified</source>
        <translation>Invalidato</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>{event}
Starts {when}</source>
        <translation>{event}
Inizia {when}</translation>
    </message>
    <message>
        <source>This pass is {status}, not on a phone: the message is kept on the pass but no one sees it now.</source>
        <translation>Stato di questo pass: {status}; non è su un telefono: il messaggio resta sul pass ma ora nessuno lo vede.</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>non attivo</translation>
    </message>
    <message numerus="yes">
        <source>Not active (not on a phone): %Ln of the {total} selected passes. Messages reach only active passes.</source>
        <translation>
            <numerusform>Non attivo (non su un telefono): %Ln dei {total} pass selezionati. I messaggi raggiungono solo i pass attivi.</numerusform>
            <numerusform>Non attivi (non su un telefono): %Ln dei {total} pass selezionati. I messaggi raggiungono solo i pass attivi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Invia un messaggio</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>The passes could not be read: {reason}</source>
        <translation>Impossibile leggere i pass: {reason}</translation>
    </message>
    <message>
        <source>Message to {name}</source>
        <translation>Messaggio a {name}</translation>
    </message>
    <message>
        <source>Message to this pass</source>
        <translation>Messaggio a questo pass</translation>
    </message>
    <message numerus="yes">
        <source>Message to %Ln pass(es)</source>
        <translation>
            <numerusform>Messaggio a %Ln pass</numerusform>
            <numerusform>Messaggio a %Ln pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected pass(es) not in the local store any more: they will not get it.</source>
        <translation>
            <numerusform>%Ln pass selezionato non è più nel database locale: non lo riceverà.</numerusform>
            <numerusform>%Ln pass selezionati non sono più nel database locale: non lo riceveranno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected pass(es) nullified: they will not get it.</source>
        <translation>
            <numerusform>%Ln pass selezionato è invalidato: non lo riceverà.</numerusform>
            <numerusform>%Ln pass selezionati sono invalidati: non lo riceveranno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %Ln pass(es)</source>
        <translation>
            <numerusform>Invia a %Ln pass</numerusform>
            <numerusform>Invia a %Ln pass</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Notify many</source>
        <translation>Notifica multipla</translation>
    </message>
    <message>
        <source>Every pass with the group tag</source>
        <translation>Ogni pass con il tag di gruppo</translation>
    </message>
    <message>
        <source>To</source>
        <comment>who gets a message</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>What the lock screen shows, e.g. Doors open at 19:00. {field} puts in a pass&apos;s own value.</source>
        <translation>Cosa mostra la schermata di blocco, ad es. Apertura porte alle 19:00. {field} inserisce il valore proprio di un pass.</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Messaggio</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Invia &amp;ora</translation>
    </message>
    <message>
        <source>Schedule &amp;at</source>
        <translation>Programma &amp;alle</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Ora programmata</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>&amp;Cancel scheduled batch</source>
        <translation>&amp;Annulla lotto programmato</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected pass(es) ({unsent} not sent to PassEntry yet are left out)</source>
        <translation>
            <numerusform>Il pass selezionato (%Ln; esclusi {unsent} non ancora inviati a PassEntry)</numerusform>
            <numerusform>I %Ln pass selezionati (esclusi {unsent} non ancora inviati a PassEntry)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected pass(es)</source>
        <translation>
            <numerusform>Il pass selezionato (%Ln)</numerusform>
            <numerusform>I %Ln pass selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>{length} / {most} characters: lock screens cut the rest</source>
        <translation>{length} / {most} caratteri: le schermate di blocco tagliano il resto</translation>
    </message>
    <message>
        <source>{length} / {most} characters</source>
        <translation>{length} / {most} caratteri</translation>
    </message>
    <message numerus="yes">
        <source>PassEntry takes at most {most} passes per message batch: this goes as %Ln batch(es).</source>
        <translation>
            <numerusform>PassEntry accetta al massimo {most} pass per lotto di messaggi: questo parte come %Ln lotto.</numerusform>
            <numerusform>PassEntry accetta al massimo {most} pass per lotto di messaggi: questo parte come %Ln lotti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Invia ora</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Programmazione…</translation>
    </message>
    <message>
        <source>Message {when}</source>
        <comment>a batch&apos;s name</comment>
        <translation>Messaggio {when}</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled: %Ln batch(es) for {when}. You can cancel it until then.</source>
        <translation>
            <numerusform>Programmato: %Ln lotto per {when}. Puoi annullarlo fino ad allora.</numerusform>
            <numerusform>Programmati: %Ln lotti per {when}. Puoi annullarli fino ad allora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent: %Ln batch(es) to {whom}.</source>
        <translation>
            <numerusform>Inviato: %Ln lotto a {whom}.</numerusform>
            <numerusform>Inviati: %Ln lotti a {whom}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{batch}: {status}</source>
        <translation>{batch}: {status}</translation>
    </message>
    <message>
        <source>Cancelled: the message will not be sent.</source>
        <translation>Annullato: il messaggio non verrà inviato.</translation>
    </message>
    <message>
        <source>Not cancelled: {reason}</source>
        <translation>Non annullato: {reason}</translation>
    </message>
    <message>
        <source>NULLIFY</source>
        <translation>INVALIDA</translation>
    </message>
    <message>
        <source>Its ext id &lt;b&gt;{ext_id}&lt;/b&gt; is freed: a new pass may be issued with it.</source>
        <translation>Il suo ID esterno &lt;b&gt;{ext_id}&lt;/b&gt; viene liberato: si può emettere un nuovo pass con esso.</translation>
    </message>
    <message>
        <source>On the phone the pass turns grey and says “Deactivated”; its name, fields, barcode and NFC are wiped from it.</source>
        <translation>Sul telefono il pass diventa grigio e riporta «Disattivato»; nome, campi, codice a barre e NFC vengono cancellati.</translation>
    </message>
    <message>
        <source>PassEntry answers “not found” for this pass from then on: it can no longer be changed, sent a message, given points or scanned in.</source>
        <translation>Da quel momento PassEntry risponde «non trovato» per questo pass: non può più essere modificato, ricevere messaggi o punti, né essere scansionato.</translation>
    </message>
    <message>
        <source>Here it leaves the Passes list; pick the status “Nullified” to see it again. It still counts as an issued pass on your PassEntry bill.</source>
        <translation>Qui esce dall&apos;elenco Pass; scegli lo stato «Invalidato» per vederlo di nuovo. Conta comunque come pass emesso nella tua fattura PassEntry.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; A nullified pass can never be made active again.&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;To stop it scanning for a while, deactivate it instead: that can be undone.</source>
        <translation>&lt;b&gt;L&apos;operazione è irreversibile.&lt;/b&gt; Un pass invalidato non può mai tornare attivo.&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;Per bloccarne la scansione per un po&apos;, disattivalo: si può invalidare.</translation>
    </message>
    <message>
        <source>Nullify pass</source>
        <translation>Invalida pass</translation>
    </message>
    <message>
        <source>Nullify the pass of {name}?</source>
        <translation>Invalidare il pass di {name}?</translation>
    </message>
    <message>
        <source>Nullify this pass?</source>
        <translation>Invalidare questo pass?</translation>
    </message>
    <message>
        <source>number {number}</source>
        <translation>numero {number}</translation>
    </message>
    <message>
        <source>To confirm, type the word &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation>Per confermare, digita la parola &lt;b&gt;{word}&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>To confirm, type the pass&apos;s number &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation>Per confermare, digita il numero del pass &lt;b&gt;{word}&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Nullify this pass</source>
        <translation>Invalida questo pass</translation>
    </message>
    <message>
        <source>Nullifying…</source>
        <translation>Invalidazione…</translation>
    </message>
    <message>
        <source>Not nullified: {reason}</source>
        <translation>Non invalidato: {reason}</translation>
    </message>
    <message>
        <source>This pass was nullified: PassEntry no longer knows it, so it cannot be changed any more.</source>
        <translation>Questo pass è stato invalidato: PassEntry non lo conosce più, quindi non può più essere modificato.</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no date filter: any day</comment>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>Qualsiasi dispositivo</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Qualsiasi gruppo</translation>
    </message>
    <message>
        <source>Any template</source>
        <translation>Qualsiasi modello</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>Qualsiasi evento</translation>
    </message>
    <message>
        <source>Reading passes…</source>
        <translation>Lettura dei pass…</translation>
    </message>
    <message>
        <source>Cannot read passes ({reason}); trying again…</source>
        <translation>Impossibile leggere i pass ({reason}); nuovo tentativo…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Ordinamento…</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln match(es) — type more to narrow</source>
        <translation>
            <numerusform>Prima %Ln corrispondenza — digita altro per restringere</numerusform>
            <numerusform>Prime %Ln corrispondenze — digita altro per restringere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of the first %Ln match(es) — type more to narrow</source>
        <translation>
            <numerusform>{shown} della prima %Ln corrispondenza — digita altro per restringere</numerusform>
            <numerusform>{shown} delle prime %Ln corrispondenze — digita altro per restringere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ pass(es), counting…</source>
        <translation>
            <numerusform>%Ln+ pass, conteggio…</numerusform>
            <numerusform>%Ln+ pass, conteggio…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es)</source>
        <translation>
            <numerusform>%Ln pass</numerusform>
            <numerusform>%Ln pass</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation>&amp;Riattiva…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Disattiva…</translation>
    </message>
    <message>
        <source>Make this pass active again: it scans as valid again</source>
        <translation>Rendi di nuovo attivo questo pass: torna valido alla scansione</translation>
    </message>
    <message>
        <source>Deactivate the selected passes (they no longer admit)</source>
        <translation>Disattiva i pass selezionati (non danno più ingresso)</translation>
    </message>
    <message>
        <source>Wipe the selected pass for good and free its ext id (cannot be undone)</source>
        <translation>Cancella per sempre il pass selezionato e libera il suo ID esterno (irreversibile)</translation>
    </message>
    <message>
        <source>Select a pass</source>
        <translation>Seleziona un pass</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) selected</source>
        <translation>
            <numerusform>%Ln pass selezionato</numerusform>
            <numerusform>%Ln pass selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>Export passes</source>
        <translation>Esporta pass</translation>
    </message>
    <message>
        <source>an ext id cannot contain spaces</source>
        <translation>un ID esterno non può contenere spazi</translation>
    </message>
    <message>
        <source>a custom barcode needs a value</source>
        <translation>un codice a barre personalizzato richiede un valore</translation>
    </message>
    <message>
        <source>a custom NFC message needs a value</source>
        <translation>un messaggio NFC personalizzato richiede un valore</translation>
    </message>
    <message>
        <source>a pass template is required</source>
        <translation>serve un modello di pass</translation>
    </message>
    <message>
        <source>the ext id is {length} characters (at most {most})</source>
        <translation>l&apos;ID esterno ha {length} caratteri (al massimo {most})</translation>
    </message>
    <message>
        <source>unknown barcode type {type}</source>
        <translation>tipo di codice a barre sconosciuto {type}</translation>
    </message>
    <message>
        <source>unknown barcode source {source}</source>
        <translation>origine del codice a barre sconosciuta {source}</translation>
    </message>
    <message>
        <source>unknown NFC source {source}</source>
        <translation>origine NFC sconosciuta {source}</translation>
    </message>
    <message>
        <source>Writing passes…</source>
        <translation>Scrittura dei pass…</translation>
    </message>
    <message>
        <source>Add template by ID</source>
        <translation>Aggiungi modello tramite ID</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Asking PassEntry for template {id}…</source>
        <translation>Richiesta a PassEntry del modello {id}…</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>Aggiunto «{name}».</translation>
    </message>
    <message>
        <source>The template could not be read: {reason}</source>
        <translation>Impossibile leggere il modello: {reason}</translation>
    </message>
    <message>
        <source>Issue passes</source>
        <comment>a kind of batch</comment>
        <translation>Emissione pass</translation>
    </message>
    <message>
        <source>Update passes</source>
        <comment>a kind of batch</comment>
        <translation>Aggiornamento pass</translation>
    </message>
    <message>
        <source>Message to passes</source>
        <comment>a kind of batch</comment>
        <translation>Messaggio ai pass</translation>
    </message>
    <message>
        <source>Working</source>
        <comment>a batch&apos;s status</comment>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Being checked</source>
        <comment>a batch&apos;s status</comment>
        <translation>In verifica</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>a batch&apos;s status</comment>
        <translation>Programmato</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>a batch&apos;s status</comment>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a batch&apos;s status</comment>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Done, with errors</source>
        <comment>a batch&apos;s status</comment>
        <translation>Completato con errori</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a batch&apos;s status</comment>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a batch&apos;s status</comment>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>working</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>in corso</translation>
    </message>
    <message>
        <source>being checked</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>in verifica</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>programmato</translation>
    </message>
    <message>
        <source>sending</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>in invio</translation>
    </message>
    <message>
        <source>done</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>completato</translation>
    </message>
    <message>
        <source>done, with errors</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>completato con errori</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>annullato</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer batches.</source>
        <translation>Questo account PassEntry non offre i lotti.</translation>
    </message>
    <message>
        <source>Passes are issued one by one: {reason}.</source>
        <translation>I pass vengono emessi uno alla volta: {reason}.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>a batch&apos;s status</comment>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>done {when}</source>
        <comment>a batch ended at a time</comment>
        <translation>completato {when}</translation>
    </message>
    <message>
        <source>There are no rows to issue.</source>
        <translation>Non ci sono righe da emettere.</translation>
    </message>
    <message>
        <source>Row {row} has no ext id: a batch needs one on every row.</source>
        <translation>La riga {row} non ha un ID esterno: un lotto ne richiede uno in ogni riga.</translation>
    </message>
    <message>
        <source>These rows cannot go up as a batch: {reason}.</source>
        <translation>Queste righe non possono essere inviate come lotto: {reason}.</translation>
    </message>
    <message>
        <source>every pass tagged “{tag}”</source>
        <translation>ogni pass con il tag «{tag}»</translation>
    </message>
    <message>
        <source>Schedule the message at least an hour from now, or send it now.</source>
        <translation>Programma il messaggio almeno tra un&apos;ora, oppure invialo ora.</translation>
    </message>
    <message>
        <source>A message can be scheduled at most a year ahead.</source>
        <translation>Un messaggio può essere programmato al massimo con un anno di anticipo.</translation>
    </message>
    <message>
        <source>No passes to message.</source>
        <translation>Nessun pass a cui inviare messaggi.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Prima scrivi il messaggio.</translation>
    </message>
    <message>
        <source>This batch is {state}: only a scheduled message can be sent now.</source>
        <translation>Questo lotto è {state}: solo un messaggio programmato può essere inviato ora.</translation>
    </message>
    <message>
        <source>This batch is {state}: only a scheduled batch can be cancelled.</source>
        <translation>Questo lotto è {state}: solo un lotto programmato può essere annullato.</translation>
    </message>
    <message>
        <source>The file needs a pass_id column (each row&apos;s pass ID or ext id).</source>
        <translation>Il file richiede una colonna pass_id (l&apos;ID pass o l&apos;ID esterno di ogni riga).</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>Il file non ha righe.</translation>
    </message>
    <message>
        <source>row {row} has no ext id: it could be queued twice</source>
        <translation>la riga {row} non ha un ID esterno: potrebbe essere messa in coda due volte</translation>
    </message>
    <message>
        <source>ext id {ext_id} is given twice</source>
        <translation>l&apos;ID esterno {ext_id} compare due volte</translation>
    </message>
    <message>
        <source>row {row}: {problems}</source>
        <translation>riga {row}: {problems}</translation>
    </message>
    <message>
        <source>This pass was nullified: it can no longer be changed or messaged.</source>
        <translation>Questo pass è stato invalidato: non può più essere modificato né ricevere messaggi.</translation>
    </message>
    <message>
        <source>Per-pass designs are not enabled for your organisation — ask PassEntry to enable them. The pass is kept on this computer: send it with the template&apos;s design, or keep it until they are enabled.</source>
        <translation>I design per singolo pass non sono attivi per la tua organizzazione — chiedi a PassEntry di attivarli. Il pass resta su questo computer: invialo con il design del modello, o tienilo finché non saranno attivi.</translation>
    </message>
    <message>
        <source>{list}; {next}</source>
        <comment>problems, one after another: those so far, then one more</comment>
        <translation>{list}; {next}</translation>
    </message>
    <message>
        <source>unknown pass source {source} (apple or google)</source>
        <translation>origine del pass sconosciuta {source} (apple o google)</translation>
    </message>
    <message>
        <source>A pass with ext id {ext_id} exists already.</source>
        <translation>Esiste già un pass con ID esterno {ext_id}.</translation>
    </message>
    <message>
        <source>The QR value {value} is already on the pass of {who}.</source>
        <translation>Il valore QR {value} è già sul pass di {who}.</translation>
    </message>
    <message>
        <source>The QR value {value} is already on another pass.</source>
        <translation>Il valore QR {value} è già su un altro pass.</translation>
    </message>
    <message>
        <source>The event picked for this pass no longer exists; pick it again.</source>
        <translation>L&apos;evento scelto per questo pass non esiste più; sceglilo di nuovo.</translation>
    </message>
    <message>
        <source>A notification needs a message.</source>
        <translation>Una notifica richiede un messaggio.</translation>
    </message>
    <message>
        <source>This pass is nullified already.</source>
        <translation>Questo pass è già invalidato.</translation>
    </message>
    <message>
        <source>Only a deactivated pass can be reactivated.</source>
        <translation>Solo un pass disattivato può essere riattivato.</translation>
    </message>
    <message>
        <source>No pass {pass_id} in the local store; sync first.</source>
        <translation>Nessun pass {pass_id} nel database locale; prima sincronizza.</translation>
    </message>
</context>
<context>
    <name>readers</name>
    <message>
        <source>Saving logs PassEntry Reader apps out; they use the new settings at their next login. VTAP readers are updated automatically.</source>
        <translation>Il salvataggio disconnette le app PassEntry Reader; useranno le nuove impostazioni al prossimo accesso. I lettori VTAP vengono aggiornati automaticamente.</translation>
    </message>
    <message>
        <source>Set in the PassEntry dashboard: the venue hub&apos;s token (Settings → Venue hub)</source>
        <translation>Impostato nella dashboard di PassEntry: il token dell&apos;hub della sede (Impostazioni → Hub della sede)</translation>
    </message>
    <message>
        <source>The API neither shows nor takes the token readers send. Enter the venue hub&apos;s token in the dashboard: readers send it, the hub checks it.</source>
        <translation>L&apos;API non mostra né accetta il token che i lettori inviano. Inserisci il token dell&apos;hub della sede nella dashboard: i lettori lo inviano, l&apos;hub lo verifica.</translation>
    </message>
    <message>
        <source>{file} is too large to be a private key file.</source>
        <translation>{file} è troppo grande per essere un file di chiave privata.</translation>
    </message>
    <message>
        <source>{file} could not be read as a PEM file ({error}).</source>
        <translation>Impossibile leggere {file} come file PEM ({error}).</translation>
    </message>
    <message>
        <source>{file} holds no PEM private key (-----BEGIN … PRIVATE KEY-----).</source>
        <translation>{file} non contiene alcuna chiave privata PEM (-----BEGIN … PRIVATE KEY-----).</translation>
    </message>
    <message>
        <source>The hub URL is not a valid URL.</source>
        <translation>L&apos;URL dell&apos;hub non è un URL valido.</translation>
    </message>
    <message>
        <source>The hub URL must start with https:// (readers send scans only over HTTPS).</source>
        <translation>L&apos;URL dell&apos;hub deve iniziare con https:// (i lettori inviano le scansioni solo tramite HTTPS).</translation>
    </message>
    <message>
        <source>Choose the new NFC private key</source>
        <translation>Scegli la nuova chiave privata NFC</translation>
    </message>
    <message>
        <source>PEM key files (*.pem *.key);;All files (*)</source>
        <translation>File di chiave PEM (*.pem *.key);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Not read from PassEntry yet.</source>
        <translation>Non ancora letto da PassEntry.</translation>
    </message>
    <message>
        <source>Apple {apple} · Google {google}, key v{version}</source>
        <translation>Apple {apple} · Google {google}, chiave v{version}</translation>
    </message>
    <message>
        <source>Apple {apple} · Google {google}</source>
        <translation>Apple {apple} · Google {google}</translation>
    </message>
    <message>
        <source>Apple pass type ID: {apple}
Google collector ID: {google}
Google key version: {version}</source>
        <translation>ID tipo di pass Apple: {apple}
ID collector Google: {google}
Versione chiave Google: {version}</translation>
    </message>
    <message>
        <source>{mask}  (new, not saved yet)</source>
        <translation>{mask}  (nuova, non ancora salvata)</translation>
    </message>
    <message>
        <source>none set</source>
        <comment>NFC key</comment>
        <translation>nessuna impostata</translation>
    </message>
    <message>
        <source>not known here (read from PassEntry when online)</source>
        <translation>non nota qui (letta da PassEntry quando online)</translation>
    </message>
    <message>
        <source>Enter the hub URL, or press “Use this desk&apos;s hub”.</source>
        <translation>Inserisci l&apos;URL dell&apos;hub o premi «Usa l&apos;hub di questa postazione».</translation>
    </message>
    <message>
        <source>Saving needs a connection to PassEntry.</source>
        <translation>Per salvare serve una connessione a PassEntry.</translation>
    </message>
    <message>
        <source>Saving the reader configuration on PassEntry…</source>
        <translation>Salvataggio della configurazione dei lettori su PassEntry…</translation>
    </message>
    <message>
        <source>Saving the reader configuration</source>
        <translation>Salvataggio della configurazione dei lettori</translation>
    </message>
    <message>
        <source>Readers → Reader Configuration → Validation Settings</source>
        <translation>Readers → Reader Configuration → Validation Settings</translation>
    </message>
    <message>
        <source>Validation type: Third-Party (our venue hub checks the pass)</source>
        <translation>Tipo di convalida: Third-Party (l&apos;hub della nostra sede verifica il pass)</translation>
    </message>
    <message>
        <source>Validation type: PassEntry (PassEntry checks the pass)</source>
        <translation>Tipo di convalida: PassEntry (PassEntry verifica il pass)</translation>
    </message>
    <message>
        <source>The venue hub&apos;s token (Settings → Venue hub)</source>
        <translation>Il token dell&apos;hub della sede (Impostazioni → Hub della sede)</translation>
    </message>
    <message>
        <source>First set the hub&apos;s token: Settings → Venue hub</source>
        <translation>Prima imposta il token dell&apos;hub: Impostazioni → Hub della sede</translation>
    </message>
    <message>
        <source>Readers send this token with every scan; the venue hub checks it.</source>
        <translation>I lettori inviano questo token con ogni scansione; l&apos;hub della sede lo verifica.</translation>
    </message>
    <message>
        <source>5. Save</source>
        <translation>5. Salva</translation>
    </message>
    <message>
        <source>3. Save</source>
        <translation>3. Salva</translation>
    </message>
    <message>
        <source>The hub URL is on the clipboard.</source>
        <translation>L&apos;URL dell&apos;hub è negli appunti.</translation>
    </message>
    <message>
        <source>The hub token is on the clipboard (it is not shown here).</source>
        <translation>Il token dell&apos;hub è negli appunti (non viene mostrato qui).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Reader ID</source>
        <translation>ID del lettore</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Abilitato</translation>
    </message>
    <message>
        <source>PassEntry app</source>
        <translation>App PassEntry</translation>
    </message>
    <message>
        <source>PassEntry Reader app</source>
        <translation>App PassEntry Reader</translation>
    </message>
    <message>
        <source>VTAP reader</source>
        <translation>Lettore VTAP</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>scansione</translation>
    </message>
    <message>
        <source>scans passes</source>
        <translation>scansiona pass</translation>
    </message>
    <message>
        <source>redeem</source>
        <translation>riscatto</translation>
    </message>
    <message>
        <source>redeems loyalty</source>
        <translation>riscatta punti fedeltà</translation>
    </message>
    <message>
        <source>add points</source>
        <translation>accredito punti</translation>
    </message>
    <message>
        <source>adds loyalty points</source>
        <translation>accredita punti fedeltà</translation>
    </message>
    <message>
        <source>reads QR codes and barcodes</source>
        <translation>legge codici QR e codici a barre</translation>
    </message>
    <message>
        <source>reads MIFARE Classic NFC cards</source>
        <translation>legge schede NFC MIFARE Classic</translation>
    </message>
    <message>
        <source>reads NDEF tags</source>
        <translation>legge tag NDEF</translation>
    </message>
    <message>
        <source>Created by this desk.</source>
        <translation>Creato da questa postazione.</translation>
    </message>
    <message>
        <source>Seen in scans only: PassEntry&apos;s API does not show its details.</source>
        <translation>Visto solo nelle scansioni: l&apos;API di PassEntry non ne mostra i dettagli.</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>nothing enabled</comment>
        <translation>niente</translation>
    </message>
    <message>
        <source>never</source>
        <comment>last seen</comment>
        <translation>mai</translation>
    </message>
    <message>
        <source>just now</source>
        <comment>last seen</comment>
        <translation>adesso</translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>last seen</comment>
        <translation>ieri</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Last seen {day}, {clock} (your time)</source>
        <translation>Ultimo contatto {day}, {clock} (ora locale)</translation>
    </message>
    <message>
        <source>Nothing is enabled.</source>
        <translation>Niente è abilitato.</translation>
    </message>
    <message>
        <source>This reader {abilities}.</source>
        <comment>abilities: a list such as &apos;scans passes, redeems loyalty&apos;</comment>
        <translation>Questo lettore {abilities}.</translation>
    </message>
    <message>
        <source>Not logged in: the reader app asks for its ID and password at the device.</source>
        <translation>Non connesso: l&apos;app del lettore chiede ID e password sul dispositivo.</translation>
    </message>
    <message>
        <source>&amp;Save to PassEntry</source>
        <translation>&amp;Salva su PassEntry</translation>
    </message>
    <message>
        <source>&amp;Show dashboard steps</source>
        <translation>&amp;Mostra passaggi nella dashboard</translation>
    </message>
    <message>
        <source>The readers could not be read from the local store: {error}</source>
        <translation>Impossibile leggere i lettori dal database locale: {error}</translation>
    </message>
    <message>
        <source>No API key: set it in Settings to manage readers.</source>
        <translation>Nessuna chiave API: impostala in Impostazioni per gestire i lettori.</translation>
    </message>
    <message>
        <source>{reason} {hint}</source>
        <translation>{reason} {hint}</translation>
    </message>
    <message>
        <source>PassEntry could not be reached: the list shows the readers as of the last sync. {needs_network}</source>
        <translation>PassEntry non è raggiungibile: l&apos;elenco mostra i lettori com&apos;erano all&apos;ultima sincronizzazione. {needs_network}</translation>
    </message>
    <message>
        <source>Reading the readers</source>
        <translation>Lettura dei lettori</translation>
    </message>
    <message>
        <source>Create a reader on PassEntry (needs the network)</source>
        <translation>Crea un lettore su PassEntry (serve la rete)</translation>
    </message>
    <message>
        <source>Change the selected reader (or double-click it)</source>
        <translation>Modifica il lettore selezionato (o fai doppio clic)</translation>
    </message>
    <message>
        <source>Creating “{name}”</source>
        <translation>Creazione di «{name}»</translation>
    </message>
    <message>
        <source>“{name}” was created on PassEntry. Log the reader in with its ID and password.</source>
        <translation>«{name}» è stato creato su PassEntry. Fai accedere il lettore con il suo ID e la sua password.</translation>
    </message>
    <message>
        <source>Nothing changed in “{name}”.</source>
        <translation>Nessuna modifica a «{name}».</translation>
    </message>
    <message>
        <source>Changing “{name}”</source>
        <translation>Modifica di «{name}»</translation>
    </message>
    <message>
        <source>The changes to “{name}” were saved on PassEntry.</source>
        <translation>Le modifiche a «{name}» sono state salvate su PassEntry.</translation>
    </message>
    <message>
        <source>{doing} on PassEntry…</source>
        <translation>{doing} su PassEntry…</translation>
    </message>
    <message>
        <source>Edit reader “{name}”</source>
        <translation>Modifica lettore «{name}»</translation>
    </message>
    <message>
        <source>New reader</source>
        <translation>Nuovo lettore</translation>
    </message>
    <message>
        <source>Created on PassEntry at once, under your entity {entity}: this needs the network.</source>
        <translation>Creato subito su PassEntry, sotto la tua entità {entity}: serve la rete.</translation>
    </message>
    <message>
        <source>The reader logs in with its ID and this password. PassEntry never shows it again.</source>
        <translation>Il lettore accede con il suo ID e questa password. PassEntry non la mostra mai più.</translation>
    </message>
    <message>
        <source>The ID of an existing reader cannot be changed.</source>
        <translation>L&apos;ID di un lettore esistente non può essere modificato.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>password</comment>
        <translation>invariata</translation>
    </message>
    <message>
        <source>Leave empty to keep the password; PassEntry never shows one.</source>
        <translation>Lascia vuoto per mantenere la password; PassEntry non ne mostra mai nessuna.</translation>
    </message>
    <message>
        <source>Enter the reader&apos;s name.</source>
        <translation>Inserisci il nome del lettore.</translation>
    </message>
    <message>
        <source>Enter an ID for the reader.</source>
        <translation>Inserisci un ID per il lettore.</translation>
    </message>
    <message>
        <source>The ID may hold letters, digits, - _ and . only (up to 64).</source>
        <translation>L&apos;ID può contenere solo lettere, cifre, - _ e . (fino a 64).</translation>
    </message>
    <message>
        <source>A reader with the ID “{id}” exists already.</source>
        <translation>Esiste già un lettore con ID «{id}».</translation>
    </message>
    <message>
        <source>Enter a password for the reader.</source>
        <translation>Inserisci una password per il lettore.</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>last seen, short</comment>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>last seen, short</comment>
        <translation>
            <numerusform>%n h fa</numerusform>
            <numerusform>%n h fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>last seen</comment>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <source>The password starts or ends with a space: was that meant?</source>
        <translation>La password inizia o finisce con uno spazio: è voluto?</translation>
    </message>
    <message>
        <source>Changes to readers and to the configuration are made on PassEntry at once, so they need the network.</source>
        <translation>Le modifiche ai lettori e alla configurazione vengono fatte subito su PassEntry, quindi serve la rete.</translation>
    </message>
    <message>
        <source>Changes to readers and to the configuration are made on PassEntry at once, so they need the network. Passwords are never shown or kept; the NFC key shows only its last characters.</source>
        <translation>Le modifiche ai lettori e alla configurazione vengono fatte subito su PassEntry, quindi serve la rete. Le password non vengono mai mostrate né conservate; della chiave NFC si vedono solo gli ultimi caratteri.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not list or edit readers; these are the readers this desk created or has seen scanning. Edit others in the PassEntry dashboard.</source>
        <translation>L&apos;API di PassEntry non elenca né modifica i lettori; questi sono i lettori che questa postazione ha creato o ha visto scansionare. Modifica gli altri nella dashboard di PassEntry.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not edit readers on this account: change this reader in the PassEntry dashboard (Readers).</source>
        <translation>L&apos;API di PassEntry non modifica i lettori di questo account: modifica questo lettore nella dashboard di PassEntry (Readers).</translation>
    </message>
    <message>
        <source>Enter your entity ID in Settings → PassEntry account (it is in the PassEntry dashboard, on your entity&apos;s page) to create readers and read the reader configuration.</source>
        <translation>Inserisci l&apos;ID della tua entità in Impostazioni → Account PassEntry (si trova nella dashboard di PassEntry, nella pagina della tua entità) per creare lettori e leggere la configurazione dei lettori.</translation>
    </message>
    <message>
        <source>Needs your entity ID: Settings → PassEntry account → Entity ID.</source>
        <translation>Serve l&apos;ID della tua entità: Impostazioni → Account PassEntry → ID entità.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not change the reader configuration on this account: set it in the PassEntry dashboard as shown below.</source>
        <translation>L&apos;API di PassEntry non modifica la configurazione dei lettori di questo account: impostala nella dashboard di PassEntry come mostrato sotto.</translation>
    </message>
    <message>
        <source>{what} did not happen: PassEntry could not be reached ({reason}). This needs the network; nothing was kept here. Try again when online.</source>
        <translation>{what}: operazione non eseguita, PassEntry non è raggiungibile ({reason}). Serve la rete; qui non è stato conservato nulla. Riprova quando sei online.</translation>
    </message>
    <message>
        <source>{what} was refused by PassEntry: {reason} {hint}</source>
        <translation>{what}: PassEntry ha rifiutato l&apos;operazione: {reason} {hint}</translation>
    </message>
    <message>
        <source>{what} failed: {error}. This is a bug in passdesk.</source>
        <translation>{what}: operazione non riuscita: {error}. È un bug di passdesk.</translation>
    </message>
    <message>
        <source>Saved: readers send every scan to {url}. PassEntry Reader apps log in again to use it.</source>
        <translation>Salvato: i lettori inviano ogni scansione a {url}. Le app PassEntry Reader devono accedere di nuovo per usarlo.</translation>
    </message>
    <message>
        <source>Saved: readers send every scan to the hub. PassEntry Reader apps log in again to use it.</source>
        <translation>Salvato: i lettori inviano ogni scansione all&apos;hub. Le app PassEntry Reader devono accedere di nuovo per usarlo.</translation>
    </message>
    <message>
        <source>Saved: PassEntry checks every scan itself. PassEntry Reader apps log in again to use it.</source>
        <translation>Salvato: PassEntry verifica ogni scansione da sé. Le app PassEntry Reader devono accedere di nuovo per usarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s) created here or seen scanning</source>
        <translation>
            <numerusform>%Ln lettore creato qui o visto scansionare</numerusform>
            <numerusform>%Ln lettori creati qui o visti scansionare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s) · {logged_in} logged in</source>
        <translation>
            <numerusform>%Ln lettore · {logged_in} connessi</numerusform>
            <numerusform>%Ln lettori · {logged_in} connessi</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your entity ID in Settings → PassEntry account (the PassEntry dashboard shows it): readers and the reader configuration belong to an entity, and this account&apos;s API does not list entities.</source>
        <translation>Inserisci l&apos;ID della tua entità in Impostazioni → Account PassEntry (lo mostra la dashboard di PassEntry): i lettori e la loro configurazione appartengono a un&apos;entità, e l&apos;API di questo account non elenca le entità.</translation>
    </message>
    <message>
        <source>Set it in the PassEntry dashboard: {path}: external (third-party), URL {url}, and the same token.</source>
        <translation>Impostalo nella dashboard di PassEntry: {path}: esterna (third-party), URL {url} e lo stesso token.</translation>
    </message>
    <message>
        <source>Set it in the PassEntry dashboard: {path}: {kind}.</source>
        <translation>Impostalo nella dashboard di PassEntry: {path}: {kind}.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>{title} · generated {when}</source>
        <translation>{title} · generato {when}</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {why}</source>
        <translation>Impossibile scrivere il rapporto in {path}: {why}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>pagina {page} di {pages}</translation>
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
        <translation>{scope} · dati aggiornati a {when} · generato {generated}</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>In sintesi</translation>
    </message>
    <message>
        <source>Admissions every 5 minutes, per door</source>
        <translation>Ammessi ogni 5 minuti, per ingresso</translation>
    </message>
    <message>
        <source>No admissions in this period.</source>
        <translation>Nessun ingresso in questo periodo.</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Ingressi</translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation>Respinti</translation>
    </message>
    <message>
        <source>Offline conflicts ({count})</source>
        <translation>Conflitti offline ({count})</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fedeltà</translation>
    </message>
    <message>
        <source>Event {event}</source>
        <translation>Evento {event}</translation>
    </message>
    <message>
        <source>Every event on {day}</source>
        <translation>Tutti gli eventi del giorno {day}</translation>
    </message>
    <message>
        <source>Every event of the day</source>
        <translation>Tutti gli eventi del giorno</translation>
    </message>
    <message>
        <source>Inside now, {share} of capacity</source>
        <translation>Presenti ora, {share} della capienza</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Presenti ora</translation>
    </message>
    <message>
        <source>Busiest 5 minutes</source>
        <translation>5 minuti di punta</translation>
    </message>
    <message>
        <source>Busiest 5 minutes, {start}–{end}</source>
        <translation>5 minuti di punta, {start}–{end}</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ammessi</translation>
    </message>
    <message>
        <source>Re-entries</source>
        <translation>Rientri</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Uscite</translation>
    </message>
    <message>
        <source>Holds waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annullati</translation>
    </message>
    <message>
        <source>Admissions a minute now</source>
        <translation>Ingressi al minuto ora</translation>
    </message>
    <message>
        <source>Offline conflicts</source>
        <translation>Conflitti offline</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capienza</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Biglietti</translation>
    </message>
    <message>
        <source>Passes admitted</source>
        <translation>Pass ammessi</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Assenti</translation>
    </message>
    <message>
        <source>No door has scanned.</source>
        <translation>Nessun ingresso ha scansionato.</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Ingresso</translation>
    </message>
    <message>
        <source>Peak / 5 min</source>
        <translation>Picco / 5 min</translation>
    </message>
    <message>
        <source>Now / min</source>
        <translation>Ora / min</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Ultima scansione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>never</source>
        <comment>a door&apos;s last scan</comment>
        <translation>mai</translation>
    </message>
    <message>
        <source>no scans</source>
        <comment>a door&apos;s status</comment>
        <translation>nessuna scansione</translation>
    </message>
    <message>
        <source>scanning</source>
        <comment>a door&apos;s status</comment>
        <translation>attivo</translation>
    </message>
    <message>
        <source>silent for {minutes} min</source>
        <comment>a door&apos;s status</comment>
        <translation>inattivo da {minutes} min</translation>
    </message>
    <message>
        <source>silent for {hours} h {minutes} min</source>
        <comment>a door&apos;s status</comment>
        <translation>inattivo da {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>No one was turned away.</source>
        <translation>Nessuno è stato respinto.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scansioni</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>No pass was let in twice while desks could not see each other.</source>
        <translation>Nessun pass è stato ammesso due volte mentre le postazioni non potevano comunicare tra loro.</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Tutti i motivi</translation>
    </message>
    <message>
        <source>{time} in at {door}</source>
        <translation>{time} entrato da {door}</translation>
    </message>
    <message>
        <source>{time} out at {door}</source>
        <translation>{time} uscito da {door}</translation>
    </message>
    <message>
        <source>event {event}</source>
        <translation>evento {event}</translation>
    </message>
    <message>
        <source>Each pass here was let in more often than it left: desks or readers that could not see each other each admitted it.</source>
        <translation>Ogni pass qui elencato è entrato più volte di quante sia uscito: postazioni o lettori che non potevano comunicare tra loro lo hanno ammesso ciascuno.</translation>
    </message>
    <message>
        <source>{note} The first {listed} of {count} are listed.</source>
        <translation>{note} Sono elencati i primi {listed} di {count}.</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <source>Scans (in / out, time and door)</source>
        <translation>Scansioni (entrata / uscita, ora e ingresso)</translation>
    </message>
    <message>
        <source>night</source>
        <comment>a part of the day</comment>
        <translation>notte</translation>
    </message>
    <message>
        <source>morning</source>
        <comment>a part of the day</comment>
        <translation>mattina</translation>
    </message>
    <message>
        <source>afternoon</source>
        <comment>a part of the day</comment>
        <translation>pomeriggio</translation>
    </message>
    <message>
        <source>evening</source>
        <comment>a part of the day</comment>
        <translation>sera</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Punti assegnati</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Punti riscattati</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operazioni</translation>
    </message>
    <message>
        <source>Active cardholders</source>
        <translation>Titolari di carta attivi</translation>
    </message>
    <message>
        <source>Rewards reached</source>
        <translation>Premi raggiunti</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Modifiche in attesa</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <source>No loyalty operation in this period.</source>
        <translation>Nessuna operazione fedeltà in questo periodo.</translation>
    </message>
    <message>
        <source>whole day</source>
        <translation>giornata intera</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(nessuna postazione)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>Fascia oraria</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Assegnati</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Riscattati</translation>
    </message>
    <message>
        <source>No scans in this period.</source>
        <translation>Nessuna scansione in questo periodo.</translation>
    </message>
    <message>
        <source>5-minute steps ({zone}); admissions per step</source>
        <translation>Intervalli di 5 minuti ({zone}); ammessi per intervallo</translation>
    </message>
    <message>
        <source>5-minute steps; admissions per step</source>
        <translation>Intervalli di 5 minuti; ammessi per intervallo</translation>
    </message>
    <message>
        <source>There is no event {event} in the local database. Its id is in the Events pane; a sync brings new events.</source>
        <translation>Non c&apos;è nessun evento {event} nel database locale. Il suo ID è nella sezione Eventi; una sincronizzazione porta i nuovi eventi.</translation>
    </message>
    <message>
        <source>Cannot read the scans: {why}</source>
        <translation>Impossibile leggere le scansioni: {why}</translation>
    </message>
    <message>
        <source>The report of {title} is written to {path}</source>
        <translation>Il rapporto di {title} è stato scritto in {path}</translation>
    </message>
    <message numerus="yes">
        <source>Its figures are in %n CSV file(s) in {path}</source>
        <translation>
            <numerusform>I suoi dati sono in %n file CSV in {path}</numerusform>
            <numerusform>I suoi dati sono in %n file CSV in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the CSV files to {path}: {why}</source>
        <translation>Impossibile scrivere i file CSV in {path}: {why}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <comment>a long date</comment>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>--tz {zone}: not a time zone; give one such as Europe/London.</source>
        <translation>--tz {zone}: non è un fuso orario; indicane uno come Europe/Rome.</translation>
    </message>
    <message>
        <source>--day {day}: give the day as YYYY-MM-DD, e.g. 2026-12-07.</source>
        <translation>--day {day}: indica il giorno nel formato AAAA-MM-GG, es. 2026-12-07.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>A PIN is {shortest} to {longest} digits.</source>
        <translation>Un PIN ha da {shortest} a {longest} cifre.</translation>
    </message>
    <message>
        <source>Type a PIN: {shortest} to {longest} digits.</source>
        <translation>Digita un PIN: da {shortest} a {longest} cifre.</translation>
    </message>
    <message>
        <source>{rule} Use only the digits 0 to 9, no spaces or signs.</source>
        <translation>{rule} Usa solo le cifre da 0 a 9, senza spazi né simboli.</translation>
    </message>
    <message>
        <source>{rule} This one has {count}.</source>
        <translation>{rule} Questo ne ha {count}.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Troppi PIN errati. Riprova tra %n secondo.</numerusform>
            <numerusform>Troppi PIN errati. Riprova tra %n secondi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Troppi PIN errati. Riprova tra %n minuto.</numerusform>
            <numerusform>Troppi PIN errati. Riprova tra %n minuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Door staff</source>
        <translation>Addetto all&apos;ingresso</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>Cassiere</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisore</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Scan passes at the Door and see the verdict</source>
        <translation>Scansionare i pass all&apos;Ingresso e vedere l&apos;esito</translation>
    </message>
    <message>
        <source>Search guests at the Door</source>
        <translation>Cercare ospiti all&apos;Ingresso</translation>
    </message>
    <message>
        <source>See guests&apos; names at the Door</source>
        <translation>Vedere i nomi degli ospiti all&apos;Ingresso</translation>
    </message>
    <message>
        <source>Admit a guest by hand</source>
        <translation>Ammettere manualmente un ospite</translation>
    </message>
    <message>
        <source>Undo an admission</source>
        <translation>Annullare un ingresso</translation>
    </message>
    <message>
        <source>Let in or turn away a held guest</source>
        <translation>Far entrare o respingere un ospite in attesa</translation>
    </message>
    <message>
        <source>Add or redeem points at the Till, within the limits</source>
        <translation>Accreditare o riscattare punti alla Cassa, entro i limiti</translation>
    </message>
    <message>
        <source>Redeem more than the largest redemption</source>
        <translation>Riscattare più del riscatto massimo</translation>
    </message>
    <message>
        <source>Change a card by more than the hourly limit</source>
        <translation>Modificare una carta oltre il limite orario</translation>
    </message>
    <message>
        <source>Set a card&apos;s balance</source>
        <translation>Impostare il saldo di una carta</translation>
    </message>
    <message>
        <source>Change this desk&apos;s settings</source>
        <translation>Modificare le impostazioni di questa postazione</translation>
    </message>
    <message>
        <source>Discard a change under review</source>
        <translation>Scartare una modifica da verificare</translation>
    </message>
    <message>
        <source>See the audit trail</source>
        <translation>Vedere il registro di controllo</translation>
    </message>
    <message>
        <source>Unlock a kiosk desk</source>
        <translation>Sbloccare una postazione in modalità chiosco</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Aprire Impostazioni</translation>
    </message>
    <message>
        <source>Change the API key</source>
        <translation>Modificare la chiave API</translation>
    </message>
    <message>
        <source>Manage Readers</source>
        <translation>Gestire Lettori</translation>
    </message>
    <message>
        <source>Manage the venue hub</source>
        <translation>Gestire l&apos;hub della sede</translation>
    </message>
    <message>
        <source>Publish from the Designer</source>
        <translation>Pubblicare dal Designer</translation>
    </message>
    <message>
        <source>Manage roles and PINs</source>
        <translation>Gestire ruoli e PIN</translation>
    </message>
    <message>
        <source>This desk&apos;s role, kiosk lock or PIN window</source>
        <translation>Ruolo, modalità chiosco o durata del PIN di questa postazione</translation>
    </message>
    <message>
        <source>First manager PIN set: roles on</source>
        <translation>Primo PIN del responsabile impostato: ruoli attivi</translation>
    </message>
    <message>
        <source>A person given a PIN</source>
        <translation>PIN assegnato a una persona</translation>
    </message>
    <message>
        <source>A PIN reset</source>
        <translation>PIN reimpostato</translation>
    </message>
    <message>
        <source>A person&apos;s role changed</source>
        <translation>Ruolo di una persona modificato</translation>
    </message>
    <message>
        <source>A person removed</source>
        <translation>Persona rimossa</translation>
    </message>
    <message>
        <source>A person changed their own PIN</source>
        <translation>Una persona ha cambiato il proprio PIN</translation>
    </message>
    <message>
        <source>The venue&apos;s rules for roles</source>
        <translation>Regole della sede per i ruoli</translation>
    </message>
    <message>
        <source>Manager PIN recovered with the keychain&apos;s code</source>
        <translation>PIN del responsabile recuperato con il codice del portachiavi</translation>
    </message>
    <message>
        <source>The PIN could not be checked: the database did not answer. Try again.</source>
        <translation>Impossibile verificare il PIN: il database non ha risposto. Riprova.</translation>
    </message>
    <message>
        <source>This desk may not do this on its own. It needs a manager&apos;s PIN, for this action only.</source>
        <translation>Questa postazione non può farlo da sola. Serve il PIN di un responsabile, solo per questa azione.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tr(y|ies) left before a lockout.</source>
        <translation>
            <numerusform>PIN errato. Resta %n tentativo prima del blocco.</numerusform>
            <numerusform>PIN errato. Restano %n tentativi prima del blocco.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one called {name} has a PIN here.</source>
        <translation>Nessuno di nome {name} ha un PIN qui.</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>This desk may not do this on its own. It needs a supervisor&apos;s or a manager&apos;s PIN, for this action only.</source>
        <translation>Questa postazione non può farlo da sola. Serve il PIN di un supervisore o di un responsabile, solo per questa azione.</translation>
    </message>
    <message>
        <source>No one here has a manager&apos;s PIN yet. A manager adds people under Staff, People and PINs.</source>
        <translation>Qui nessuno ha ancora un PIN da responsabile. Un responsabile aggiunge le persone in Personale, Persone e PIN.</translation>
    </message>
    <message>
        <source>No one here has a supervisor&apos;s or a manager&apos;s PIN yet. A manager adds people under Staff, People and PINs.</source>
        <translation>Qui nessuno ha ancora un PIN da supervisore o da responsabile. Un responsabile aggiunge le persone in Personale, Persone e PIN.</translation>
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
        <translation>Chi</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Consenti</translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>Digita il PIN.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Port {port} is in use by another program. Choose another port, or stop that program (another passdesk, or “passdesk hub”).</source>
        <translation>La porta {port} è in uso da parte di un altro programma. Scegli un&apos;altra porta o chiudi quel programma (un altro passdesk o «passdesk hub»).</translation>
    </message>
    <message>
        <source>Port {port} may only be used by an administrator on this computer. Choose a port from 1024 up.</source>
        <translation>La porta {port} può essere usata solo da un amministratore su questo computer. Scegli una porta da 1024 in su.</translation>
    </message>
    <message>
        <source>This computer has no network address {host}. Choose another “Listen on”.</source>
        <translation>Questo computer non ha l&apos;indirizzo di rete {host}. Scegli un altro valore per «In ascolto su».</translation>
    </message>
    <message>
        <source>The venue hub could not listen on {host}:{port}: {problem}.</source>
        <translation>L&apos;hub della sede non è riuscito a mettersi in ascolto su {host}:{port}: {problem}.</translation>
    </message>
    <message>
        <source>The venue hub did not start: {kind}: {problem}. This is a bug in passdesk; please report it.</source>
        <translation>L&apos;hub della sede non si è avviato: {kind}: {problem}. È un bug di passdesk; segnalalo.</translation>
    </message>
    <message>
        <source>The venue hub cannot start: {problem}</source>
        <translation>L&apos;hub della sede non può avviarsi: {problem}</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Solo questo computer (127.0.0.1)</translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation>Tutte le interfacce di rete (0.0.0.0)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrestato.</translation>
    </message>
    <message>
        <source>{problem}. The venue hub was left as it was.</source>
        <translation>{problem}. L&apos;hub della sede è rimasto com&apos;era.</translation>
    </message>
    <message>
        <source>Set the hub token</source>
        <translation>Imposta il token dell&apos;hub</translation>
    </message>
    <message>
        <source>Only {address}</source>
        <translation>Solo {address}</translation>
    </message>
    <message>
        <source>Running at {url} (all network interfaces)
Readers: point them at {readers}</source>
        <translation>In esecuzione su {url} (tutte le interfacce di rete)
Lettori: configurali su {readers}</translation>
    </message>
    <message>
        <source>Running at {url}
Readers: point them at {readers}</source>
        <translation>In esecuzione su {url}
Lettori: configurali su {readers}</translation>
    </message>
    <message>
        <source>{status}
No token is set, so every reader is refused: set one with “{button}”.</source>
        <translation>{status}
Nessun token impostato, quindi ogni lettore viene rifiutato: impostane uno con «{button}».</translation>
    </message>
    <message>
        <source>Starting the venue hub…</source>
        <translation>Avvio dell&apos;hub della sede…</translation>
    </message>
    <message>
        <source>Stopping the venue hub…</source>
        <translation>Arresto dell&apos;hub della sede…</translation>
    </message>
    <message>
        <source>{token}, from the environment variable {variable}</source>
        <translation>{token}, dalla variabile d&apos;ambiente {variable}</translation>
    </message>
    <message>
        <source>{token}, in the keychain</source>
        <translation>{token}, nel portachiavi</translation>
    </message>
    <message>
        <source>Not set: the hub refuses every reader until a token is set.</source>
        <translation>Non impostato: l&apos;hub rifiuta ogni lettore finché non viene impostato un token.</translation>
    </message>
    <message>
        <source>Not set. No keychain on this system: set {variable} before starting.</source>
        <translation>Non impostato. Nessun portachiavi su questo sistema: imposta {variable} prima dell&apos;avvio.</translation>
    </message>
    <message>
        <source>Not registered: PassEntry sends this hub nothing. Type the hub&apos;s public address and click “Register with PassEntry”.</source>
        <translation>Non registrato: PassEntry non invia nulla a questo hub. Digita l&apos;indirizzo pubblico dell&apos;hub e fai clic su «Registra su PassEntry».</translation>
    </message>
    <message>
        <source>Set the PassEntry API key above first: registering the hub needs it.</source>
        <translation>Imposta prima la chiave API di PassEntry qui sopra: serve per registrare l&apos;hub.</translation>
    </message>
    <message>
        <source>Give PassEntry&apos;s events a new secret?</source>
        <translation>Assegnare un nuovo segreto agli eventi di PassEntry?</translation>
    </message>
    <message>
        <source>PassEntry signs every event it sends this hub with a secret, so the hub can tell them from forgeries. Rotating replaces it at once: PassEntry stops using the old secret, this hub takes the new one straight away and keeps it in the keychain, and events already on their way are still accepted.

Do this if the secret may have been seen by someone else. A hub started with “passdesk hub” on this computer picks the new secret up from the keychain; a hub on another computer cannot, so rotate on that computer instead.</source>
        <translation>PassEntry firma ogni evento che invia a questo hub con un segreto, così l&apos;hub può distinguerli dai falsi. Il rinnovo lo sostituisce subito: PassEntry smette di usare il vecchio segreto, questo hub adotta immediatamente quello nuovo e lo conserva nel portachiavi, e gli eventi già in arrivo vengono comunque accettati.

Fallo se il segreto potrebbe essere stato visto da qualcun altro. Un hub avviato con «passdesk hub» su questo computer prende il nuovo segreto dal portachiavi; un hub su un altro computer non può farlo, quindi in quel caso esegui il rinnovo su quel computer.</translation>
    </message>
    <message>
        <source>PassEntry events: delivered to {host}</source>
        <translation>Eventi PassEntry: consegnati a {host}</translation>
    </message>
    <message>
        <source>PassEntry events: paused ({host})</source>
        <translation>Eventi PassEntry: sospesi ({host})</translation>
    </message>
    <message>
        <source>PassEntry events: registered for {host}</source>
        <translation>Eventi PassEntry: registrati per {host}</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}: {error}
This is a bug in passdesk; please report it.</source>
        <translation>Errore imprevisto: {kind}: {error}
È un bug di passdesk; segnalalo.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Rinnova il segreto</translation>
    </message>
    <message>
        <source>Asking PassEntry about this hub&apos;s subscription…</source>
        <translation>Richiesta a PassEntry dello stato della sottoscrizione di questo hub…</translation>
    </message>
    <message>
        <source>Registering this hub with PassEntry…</source>
        <translation>Registrazione di questo hub su PassEntry…</translation>
    </message>
    <message>
        <source>Asking PassEntry to send events again…</source>
        <translation>Richiesta a PassEntry di riprendere l&apos;invio degli eventi…</translation>
    </message>
    <message>
        <source>Asking PassEntry to pause its events…</source>
        <translation>Richiesta a PassEntry di sospendere gli eventi…</translation>
    </message>
    <message>
        <source>Rotating the secret: PassEntry, then the keychain and the hub…</source>
        <translation>Rinnovo del segreto: PassEntry, poi il portachiavi e l&apos;hub…</translation>
    </message>
    <message>
        <source>The PassEntry address in Settings cannot be used: {problem}</source>
        <translation>L&apos;indirizzo di PassEntry nelle Impostazioni non può essere usato: {problem}</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Attiva</translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation>&amp;Sospendi</translation>
    </message>
    <message>
        <source>PassEntry events for the venue hub</source>
        <translation>Eventi PassEntry per l&apos;hub della sede</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n character(s).</source>
        <translation>
            <numerusform>Troppo corto: almeno %n carattere.</numerusform>
            <numerusform>Troppo corto: almeno %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>New token: {token}</source>
        <translation>Nuovo token: {token}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Prova in corso…</translation>
    </message>
    <message>
        <source>Readers and their configuration belong to an entity. Its ID is in the PassEntry dashboard, on your entity&apos;s page. Optional when this server lists your entities.</source>
        <translation>I lettori e la loro configurazione appartengono a un&apos;entità. Il suo ID si trova nella dashboard di PassEntry, nella pagina della tua entità. Facoltativo se questo server elenca le tue entità.</translation>
    </message>
    <message>
        <source>Check the API key above (PassEntry Dashboard → Developer tools).</source>
        <translation>Controlla la chiave API qui sopra (Dashboard di PassEntry → Developer tools).</translation>
    </message>
    <message>
        <source>The URL and the entity ID are saved in {path}. The key is kept in the system keychain, one per server URL, never in a file.</source>
        <translation>L&apos;URL e l&apos;ID entità sono salvati in {path}. La chiave è conservata nel portachiavi di sistema, una per URL del server, mai in un file.</translation>
    </message>
    <message>
        <source>Staff roles and PINs</source>
        <translation>Ruoli e PIN del personale</translation>
    </message>
    <message>
        <source>Every desk may do everything until the first manager PIN is set.</source>
        <translation>Ogni postazione può fare tutto finché non viene impostato il primo PIN del responsabile.</translation>
    </message>
    <message>
        <source>Staff and PINs…</source>
        <translation>Personale e PIN…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>passdesk speaks the chosen language from its next start.</source>
        <translation>passdesk usa la lingua scelta dal prossimo avvio.</translation>
    </message>
    <message>
        <source>The language was not saved: {problem}</source>
        <translation>La lingua non è stata salvata: {problem}</translation>
    </message>
    <message>
        <source>passdesk speaks the system&apos;s language from its next start.</source>
        <translation>passdesk usa la lingua di sistema dal prossimo avvio.</translation>
    </message>
    <message>
        <source>passdesk speaks {language} from its next start.</source>
        <translation>passdesk usa la lingua {language} dal prossimo avvio.</translation>
    </message>
    <message>
        <source>No API key to test with for {server}.
Type the key above.</source>
        <translation>Nessuna chiave API con cui provare {server}.
Digita la chiave qui sopra.</translation>
    </message>
    <message>
        <source>Nothing was saved.
{problem}</source>
        <translation>Non è stato salvato nulla.
{problem}</translation>
    </message>
    <message>
        <source>{problem}. The key was stored in the keychain.</source>
        <translation>{problem}. La chiave è stata salvata nel portachiavi.</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>Removed the stored key for {server}.</source>
        <translation>Chiave salvata per {server} rimossa.</translation>
    </message>
    <message>
        <source>Copied: paste it into your bug report.</source>
        <translation>Copiato: incollalo nella tua segnalazione di bug.</translation>
    </message>
    <message>
        <source>“Copy report” copies this table as text, without the key, for a bug report.</source>
        <translation>«Copia rapporto» copia questa tabella come testo, senza la chiave, per una segnalazione di bug.</translation>
    </message>
    <message>
        <source>Saved. passdesk stays on the demo sandbox until a key for {server} is stored.</source>
        <translation>Salvato. passdesk resta sulla sandbox demo finché non viene salvata una chiave per {server}.</translation>
    </message>
    <message>
        <source>Saved. passdesk now talks to {server}.</source>
        <translation>Salvato. passdesk ora comunica con {server}.</translation>
    </message>
    <message>
        <source>Saved. Restart passdesk to work with {server}: this window keeps the demo&apos;s data, and none of it is sent there.</source>
        <translation>Salvato. Riavvia passdesk per lavorare con {server}: questa finestra mantiene i dati della demo e nessuno di essi viene inviato lì.</translation>
    </message>
    <message>
        <source>{variable} is set, so its key is used instead of the stored one.</source>
        <translation>{variable} è impostata, quindi viene usata la sua chiave al posto di quella salvata.</translation>
    </message>
    <message>
        <source>No API key is stored for it yet.</source>
        <translation>Non è ancora salvata nessuna chiave API per questo server.</translation>
    </message>
    <message>
        <source>Using the key from the environment variable {variable} (for every server).</source>
        <translation>Viene usata la chiave della variabile d&apos;ambiente {variable} (per ogni server).</translation>
    </message>
    <message>
        <source>A key for this server is stored in the keychain.</source>
        <translation>Nel portachiavi è salvata una chiave per questo server.</translation>
    </message>
    <message>
        <source>No key is stored for this server yet.</source>
        <translation>Non è ancora salvata nessuna chiave per questo server.</translation>
    </message>
    <message>
        <source>No keychain on this system: set {variable} before starting passdesk.</source>
        <translation>Nessun portachiavi su questo sistema: imposta {variable} prima di avviare passdesk.</translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one</source>
        <translation>Digita una nuova chiave per sostituire quella salvata</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es)</source>
        <translation>
            <numerusform>%Ln pass</numerusform>
            <numerusform>%Ln pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y|ies)</source>
        <translation>
            <numerusform>%Ln entità</numerusform>
            <numerusform>%Ln entità</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s)</source>
        <translation>
            <numerusform>%Ln scansione</numerusform>
            <numerusform>%Ln scansioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln sottoscrizione</numerusform>
            <numerusform>%Ln sottoscrizioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lotto</numerusform>
            <numerusform>%Ln lotti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln immagine</numerusform>
            <numerusform>%Ln immagini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln modello</numerusform>
            <numerusform>%Ln modelli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s)</source>
        <translation>
            <numerusform>%Ln lettore</numerusform>
            <numerusform>%Ln lettori</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Incolla la tua chiave API</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; passdesk is talking to the embedded demo sandbox at {server}, with made-up data. Saving a real API key below stores it in the system keychain and switches passdesk to that server; the next start without &lt;code&gt;--demo&lt;/code&gt; uses it too.</source>
        <translation>&lt;b&gt;Modalità demo.&lt;/b&gt; passdesk comunica con la sandbox demo integrata su {server}, con dati fittizi. Se salvi qui sotto una chiave API reale, viene conservata nel portachiavi di sistema e passdesk passa a quel server; anche il prossimo avvio senza &lt;code&gt;--demo&lt;/code&gt; la usa.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Cos&apos;è</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>{connected}.
{routes}.</source>
        <translation>{connected}.
{routes}.</translation>
    </message>
    <message>
        <source>{route} (older API)</source>
        <translation>{route} (API precedente)</translation>
    </message>
    <message>
        <source>{route} (sandbox only)</source>
        <translation>{route} (solo sandbox)</translation>
    </message>
    <message>
        <source>OK · {detail}</source>
        <translation>OK · {detail}</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}. Using defaults.</source>
        <translation>Impossibile leggere {path}: {reason}. Si usano le impostazioni predefinite.</translation>
    </message>
    <message>
        <source>The settings file was damaged ({reason}); using defaults. It was kept as {name}.</source>
        <translation>Il file delle impostazioni era danneggiato ({reason}); si usano le impostazioni predefinite. È stato conservato come {name}.</translation>
    </message>
    <message>
        <source>Could not save settings to {path}: {reason}</source>
        <translation>Impossibile salvare le impostazioni in {path}: {reason}</translation>
    </message>
    <message>
        <source>The settings file was damaged ({reason}); using defaults.</source>
        <translation>Il file delle impostazioni era danneggiato ({reason}); si usano le impostazioni predefinite.</translation>
    </message>
    <message>
        <source>installed</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>installati</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>rimossi</translation>
    </message>
    <message>
        <source>scanned</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>scansionati</translation>
    </message>
    <message>
        <source>created</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>creati</translation>
    </message>
    <message>
        <source>PassEntry sent no secret; deliveries will be refused until a rotation.</source>
        <translation>PassEntry non ha inviato alcun segreto; le consegne saranno rifiutate fino a un rinnovo.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s answer was lost on the way and it still signs with the same secret: nothing changed. Rotate again to get a new one.</source>
        <translation>La risposta di PassEntry si è persa per strada e PassEntry firma ancora con lo stesso segreto: non è cambiato nulla. Rinnovalo di nuovo per ottenerne uno nuovo.</translation>
    </message>
    <message>
        <source>This hub has no secret for it: use “Rotate secret…”</source>
        <translation>Questo hub non ha il segreto: usa «Rinnova il segreto…»</translation>
    </message>
    <message>
        <source>Type the hub&apos;s public address first, e.g. https://hub.your-venue.example</source>
        <translation>Digita prima l&apos;indirizzo pubblico dell&apos;hub, ad es. https://hub.your-venue.example</translation>
    </message>
    <message>
        <source>PassEntry signs with a secret this hub did not have (rotated elsewhere?); the hub uses it now.</source>
        <translation>PassEntry firma con un segreto che questo hub non aveva (rinnovato altrove?); ora l&apos;hub lo usa.</translation>
    </message>
    <message>
        <source>PassEntry allows 10 webhook subscriptions for the organisation, and all 10 are in use. Delete one in the PassEntry dashboard, then register again.</source>
        <translation>PassEntry consente 10 sottoscrizioni webhook per organizzazione e sono tutte e 10 in uso. Eliminane una nella dashboard di PassEntry, poi registra di nuovo.</translation>
    </message>
    <message>
        <source>PassEntry accepts HTTPS addresses only. Use the https:// address of the tunnel or proxy in front of this hub.</source>
        <translation>PassEntry accetta solo indirizzi HTTPS. Usa l&apos;indirizzo https:// del tunnel o del proxy che precede questo hub.</translation>
    </message>
    <message>
        <source>This hub is not registered with PassEntry yet: type its public address and click “Register with PassEntry”.</source>
        <translation>Questo hub non è ancora registrato su PassEntry: digita il suo indirizzo pubblico e fai clic su «Registra su PassEntry».</translation>
    </message>
    <message>
        <source>No keychain is available on this system to keep the webhook secret, so nothing was changed.</source>
        <translation>Su questo sistema non c&apos;è un portachiavi in cui conservare il segreto del webhook, quindi non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>The keychain refused to keep the new secret: the hub uses it until it stops. Rotate the secret again once the keychain works.</source>
        <translation>Il portachiavi ha rifiutato di conservare il nuovo segreto: l&apos;hub lo usa finché non si arresta. Rinnova di nuovo il segreto quando il portachiavi funziona.</translation>
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
        <translation>Questo account PassEntry non offre sottoscrizioni webhook (PassEntry ha risposto «non trovato»). L&apos;hub continua a rispondere ai lettori; chiedi a PassEntry di attivare i webhook.</translation>
    </message>
    <message>
        <source>PassEntry did not accept the API key. Check it at the top of Settings.</source>
        <translation>PassEntry non ha accettato la chiave API. Controllala in cima alle Impostazioni.</translation>
    </message>
    <message>
        <source>PassEntry refused the subscription: {reason}.</source>
        <translation>PassEntry ha rifiutato la sottoscrizione: {reason}.</translation>
    </message>
    <message>
        <source>Delivering to {url}</source>
        <translation>Consegna a {url}</translation>
    </message>
    <message>
        <source>Paused: PassEntry sends nothing to {url} until you enable it</source>
        <translation>In pausa: PassEntry non invia nulla a {url} finché non la attivi</translation>
    </message>
    <message>
        <source>Passes {events}, for the entity “{name}”</source>
        <translation>Pass {events}, per l&apos;entità «{name}»</translation>
    </message>
    <message>
        <source>Secret {mask}, in the keychain</source>
        <translation>Segreto {mask}, nel portachiavi</translation>
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
        <translation>{list} e {last}</translation>
    </message>
    <message>
        <source>{list}, {next}</source>
        <comment>a list: the items so far, then one more (not the last)</comment>
        <translation>{list}, {next}</translation>
    </message>
    <message>
        <source>PassEntry sends events to HTTPS addresses only; “{address}” is not one. Use the https:// address of the tunnel or proxy in front of this hub.</source>
        <translation>PassEntry invia eventi solo a indirizzi HTTPS; «{address}» non lo è. Usa l&apos;indirizzo https:// del tunnel o del proxy che precede questo hub.</translation>
    </message>
    <message>
        <source>PassEntry already sent events to this address; this desk now shows that subscription.</source>
        <translation>PassEntry inviava già eventi a questo indirizzo; ora questa postazione mostra quella sottoscrizione.</translation>
    </message>
    <message>
        <source>PassEntry already sent events to this address; this desk now shows that subscription. Use “Rotate secret…” to give this hub its secret.</source>
        <translation>PassEntry inviava già eventi a questo indirizzo; ora questa postazione mostra quella sottoscrizione. Usa «Rinnova il segreto…» per dare a questo hub il suo segreto.</translation>
    </message>
    <message>
        <source>PassEntry no longer has this subscription (it was deleted, perhaps in the dashboard). Register the hub again.</source>
        <translation>PassEntry non ha più questa sottoscrizione (è stata eliminata, forse nella dashboard). Registra di nuovo l&apos;hub.</translation>
    </message>
    <message>
        <source>The hub&apos;s webhook secret comes from the environment variable {variable}, so a new one could not take its place. Change it where that variable is set.</source>
        <translation>Il segreto webhook dell&apos;hub viene dalla variabile d&apos;ambiente {variable}, quindi non è stato possibile sostituirlo con uno nuovo. Cambialo dove è impostata quella variabile.</translation>
    </message>
    <message>
        <source>Passes {events}, for one entity</source>
        <translation>Pass {events}, per una sola entità</translation>
    </message>
    <message>
        <source>PassEntry could not be reached ({problem}). Nothing was changed here; try again when online.</source>
        <translation>Impossibile raggiungere PassEntry ({problem}). Qui non è stato cambiato nulla; riprova quando sei online.</translation>
    </message>
    <message>
        <source>Passes {events}, for the whole organisation “{name}”</source>
        <translation>Pass {events}, per l&apos;intera organizzazione «{name}»</translation>
    </message>
    <message>
        <source>Passes {events}, for the whole organisation</source>
        <translation>Pass {events}, per l&apos;intera organizzazione</translation>
    </message>
    <message>
        <source>PassEntry already has a subscription for {url}, but this API key cannot see it. Choose another address.</source>
        <translation>PassEntry ha già una sottoscrizione per {url}, ma questa chiave API non può vederla. Scegli un altro indirizzo.</translation>
    </message>
    <message>
        <source>PassEntry did not do it: {problem}. {hint}</source>
        <translation>PassEntry non l&apos;ha fatto: {problem}. {hint}</translation>
    </message>
    <message>
        <source>PassEntry did not do it: {problem}.</source>
        <translation>PassEntry non l&apos;ha fatto: {problem}.</translation>
    </message>
    <message>
        <source>not offered on this account</source>
        <translation>non disponibile per questo account</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltato</translation>
    </message>
    <message>
        <source>failed with {status}: {detail}</source>
        <translation>non riuscito con {status}: {detail}</translation>
    </message>
    <message>
        <source>failed with {status}</source>
        <translation>non riuscito con {status}</translation>
    </message>
    <message>
        <source>failed: {detail}</source>
        <translation>non riuscito: {detail}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>PIN step-up: {allowed}</source>
        <translation>PIN del supervisore: {allowed}</translation>
    </message>
    <message>
        <source>PIN step-up</source>
        <translation>PIN del supervisore</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Autorizzato da</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>The audit trail was tampered with:</source>
        <translation>Il registro di controllo è stato manomesso:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tutte le azioni</translation>
    </message>
    <message>
        <source>Desk, person, subject or value</source>
        <translation>Postazione, persona, oggetto o valore</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>From</source>
        <comment>from a day</comment>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <comment>up to a day</comment>
        <translation>Al</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Audit trail check</source>
        <translation>Verifica del registro di controllo</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Voci del registro</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Verifica del registro di controllo…</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no first or last day</comment>
        <translation>Qualsiasi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries shown, newest first (the newest {shown}; the export has them all)</source>
        <translation>
            <numerusform>%Ln voce mostrata, dalla più recente (le {shown} più recenti; l&apos;esportazione le contiene tutte)</numerusform>
            <numerusform>%Ln voci mostrate, dalla più recente (le {shown} più recenti; l&apos;esportazione le contiene tutte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the audit trail: {reason}. Nothing is known about it until it can be read: try Refresh.</source>
        <translation>Impossibile leggere il registro di controllo: {reason}. Non se ne sa nulla finché non può essere letto: prova Aggiorna.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Esporta il registro di controllo</translation>
    </message>
    <message>
        <source>Could not read the audit trail: {reason}</source>
        <translation>Impossibile leggere il registro di controllo: {reason}</translation>
    </message>
    <message>
        <source>PIN step-ups</source>
        <translation>Usi del PIN del supervisore</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>What can I do?</source>
        <translation>Cosa posso fare?</translation>
    </message>
    <message>
        <source>People and PINs</source>
        <translation>Persone e PIN</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro di controllo</translation>
    </message>
    <message>
        <source>Turn roles on</source>
        <translation>Attiva i ruoli</translation>
    </message>
    <message>
        <source>Roles are off: every desk may do everything, as a shop run by one person wants. To give door and counter staff only their part, set the first manager PIN. You become the first manager; then add supervisors and managers here.</source>
        <translation>I ruoli sono disattivati: ogni postazione può fare tutto, come conviene a un negozio gestito da una sola persona. Per dare agli addetti all&apos;ingresso e ai cassieri solo la loro parte, imposta il primo PIN del responsabile. Diventi il primo responsabile; poi aggiungi qui supervisori e responsabili.</translation>
    </message>
    <message>
        <source>Set the first manager PIN…</source>
        <translation>Imposta il primo PIN del responsabile…</translation>
    </message>
    <message>
        <source>People with a PIN</source>
        <translation>Persone con un PIN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Aggiungi una persona…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entr(y|ies)</source>
        <translation>
            <numerusform>%Ln voce del registro</numerusform>
            <numerusform>%Ln voci del registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is whole: %Ln entr(y|ies), each checked.</source>
        <translation>
            <numerusform>Il registro di controllo è integro: %Ln voce, verificata.</numerusform>
            <numerusform>Il registro di controllo è integro: %Ln voci, tutte verificate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>more breaks of the audit trail</comment>
        <translation>
            <numerusform>e %Ln altra</numerusform>
            <numerusform>e altre %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y|ies) shown, newest first</source>
        <translation>
            <numerusform>%Ln voce mostrata, dalla più recente</numerusform>
            <numerusform>%Ln voci mostrate, dalla più recente</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing audit entries…</source>
        <translation>Scrittura delle voci del registro…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Reimposta PIN…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Cambia ruolo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation>Cambia il mio PIN…</translation>
    </message>
    <message>
        <source>The venue&apos;s rules</source>
        <translation>Regole della sede</translation>
    </message>
    <message>
        <source>Door staff may search guests and admit them by name (the admission itself still needs a supervisor&apos;s PIN)</source>
        <translation>Gli addetti all&apos;ingresso possono cercare gli ospiti e ammetterli per nome (l&apos;ammissione richiede comunque il PIN del supervisore)</translation>
    </message>
    <message>
        <source>Door staff see guests&apos; names</source>
        <translation>Gli addetti all&apos;ingresso vedono i nomi degli ospiti</translation>
    </message>
    <message>
        <source>Largest redemption by counter staff</source>
        <translation>Riscatto massimo dei cassieri</translation>
    </message>
    <message>
        <source>Most points changed on one card per hour</source>
        <translation>Massimo di punti modificati su una carta all&apos;ora</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>Salva le regole</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <source> points</source>
        <comment>after a number in a spin box; keep the leading space</comment>
        <translation> punti</translation>
    </message>
    <message>
        <source>The staff list could not be read: {error}</source>
        <translation>Impossibile leggere l&apos;elenco del personale: {error}</translation>
    </message>
    <message>
        <source>Locked out until {when}</source>
        <translation>Bloccato fino a {when}</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a PIN is set</comment>
        <translation>Impostato</translation>
    </message>
    <message>
        <source>Not changed: that needs a manager&apos;s PIN.</source>
        <translation>Non modificato: serve il PIN di un responsabile.</translation>
    </message>
    <message>
        <source>This computer has no keychain, where passdesk keeps the code that recovers a forgotten manager PIN. Set the first manager PIN on a desk with a keychain.</source>
        <translation>Questo computer non ha un portachiavi, dove passdesk conserva il codice che recupera un PIN del responsabile dimenticato. Imposta il primo PIN del responsabile su una postazione con portachiavi.</translation>
    </message>
    <message>
        <source>Roles are on. {name} is the first manager.</source>
        <translation>I ruoli sono attivi. {name} è il primo responsabile.</translation>
    </message>
    <message>
        <source>The first manager PIN</source>
        <translation>Il primo PIN del responsabile</translation>
    </message>
    <message>
        <source>You become the venue&apos;s first manager. Your PIN allows everything a role may not do. If it is ever forgotten, `passdesk roles recover` on this computer sets a new one (it needs this computer&apos;s keychain). Choose what this desk does once roles are on: a shop&apos;s counter runs as Counter staff.</source>
        <translation>Diventi il primo responsabile della sede. Il tuo PIN consente tutto ciò che un ruolo non può fare. Se mai venisse dimenticato, `passdesk roles recover` su questo computer ne imposta uno nuovo (serve il portachiavi di questo computer). Scegli cosa fa questa postazione una volta attivati i ruoli: la cassa di un negozio funziona come Cassiere.</translation>
    </message>
    <message>
        <source>This desk runs as</source>
        <translation>Questa postazione funziona come</translation>
    </message>
    <message>
        <source>Roles are on, but this desk&apos;s role was not saved: {problem}</source>
        <translation>I ruoli sono attivi, ma il ruolo di questa postazione non è stato salvato: {problem}</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>aggiungere una persona</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Aggiungi una persona</translation>
    </message>
    <message>
        <source>Their PIN is theirs: they type it themselves here, twice.</source>
        <translation>Il PIN è personale: la persona lo digita qui da sé, due volte.</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add a person</comment>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>a new PIN for {name}</source>
        <translation>un nuovo PIN per {name}</translation>
    </message>
    <message>
        <source>{name} has a new PIN.</source>
        <translation>{name} ha un nuovo PIN.</translation>
    </message>
    <message>
        <source>Reset a PIN</source>
        <translation>Reimposta un PIN</translation>
    </message>
    <message>
        <source>A forgotten PIN is replaced, and a lockout ends.</source>
        <translation>Un PIN dimenticato viene sostituito e un eventuale blocco termina.</translation>
    </message>
    <message>
        <source>Reset</source>
        <comment>button: reset a PIN</comment>
        <translation>Reimposta</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambia ruolo</translation>
    </message>
    <message>
        <source>{name}&apos;s role</source>
        <translation>Ruolo di {name}</translation>
    </message>
    <message>
        <source>{name} becomes {role}</source>
        <translation>{name} diventa {role}</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} ora è {role}.</translation>
    </message>
    <message>
        <source>Remove {name}? Their PIN stops working at every desk.</source>
        <translation>Rimuovere {name}? Il suo PIN smetterà di funzionare in ogni postazione.</translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation>rimuovere {name}</translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation>{name} non fa più parte del personale.</translation>
    </message>
    <message>
        <source>{name}&apos;s PIN was changed.</source>
        <translation>Il PIN di {name} è stato cambiato.</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Cambia il mio PIN</translation>
    </message>
    <message>
        <source>Type your PIN now, then the new one twice.</source>
        <translation>Digita il tuo PIN attuale, poi quello nuovo due volte.</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>button: change my PIN</comment>
        <translation>Cambia</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nessuna modifica.</translation>
    </message>
    <message>
        <source>the venue&apos;s rules</source>
        <translation>le regole della sede</translation>
    </message>
    <message>
        <source>The venue&apos;s rules were saved: every desk uses them now.</source>
        <translation>Le regole della sede sono state salvate: ora ogni postazione le usa.</translation>
    </message>
    <message>
        <source>Not saved: the database did not answer ({error}).</source>
        <translation>Non salvato: il database non ha risposto ({error}).</translation>
    </message>
    <message>
        <source>{name} can now give a door staff&apos;s PIN.</source>
        <translation>{name} ora può inserire un PIN da addetto all&apos;ingresso.</translation>
    </message>
    <message>
        <source>{name} can now give a counter staff&apos;s PIN.</source>
        <translation>{name} ora può inserire un PIN da cassiere.</translation>
    </message>
    <message>
        <source>{name} can now give a supervisor&apos;s PIN.</source>
        <translation>{name} ora può inserire un PIN da supervisore.</translation>
    </message>
    <message>
        <source>{name} can now give a manager&apos;s PIN.</source>
        <translation>{name} ora può inserire un PIN da responsabile.</translation>
    </message>
    <message>
        <source>As the staff know them</source>
        <translation>Come lo conosce il personale</translation>
    </message>
    <message>
        <source>The PIN now</source>
        <translation>Il PIN attuale</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN attuale</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Ripeti lo stesso PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nuovo PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Ripeti il nuovo PIN</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Digita il nome della persona.</translation>
    </message>
    <message>
        <source>The two new PINs differ. Type the same PIN twice.</source>
        <translation>I due nuovi PIN sono diversi. Digita lo stesso PIN due volte.</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Nessun blocco</translation>
    </message>
    <message>
        <source>Locked to the Door</source>
        <translation>Bloccata su Ingresso</translation>
    </message>
    <message>
        <source>Locked to the Till</source>
        <translation>Bloccata su Cassa</translation>
    </message>
    <message>
        <source>What</source>
        <comment>what may be done</comment>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Questa postazione</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>Funziona come</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Chiosco</translation>
    </message>
    <message>
        <source>A PIN allows</source>
        <translation>Un PIN consente</translation>
    </message>
    <message>
        <source>Save this desk</source>
        <translation>Salva postazione</translation>
    </message>
    <message>
        <source>This desk runs as {role}.</source>
        <translation>Questa postazione funziona come {role}.</translation>
    </message>
    <message>
        <source>What its role may not do asks for a supervisor&apos;s or a manager&apos;s PIN, for that action only. Every such PIN is written in the audit trail.</source>
        <translation>Ciò che il suo ruolo non può fare richiede il PIN di un supervisore o di un responsabile, solo per quell&apos;azione. Ogni PIN di questo tipo viene scritto nel registro di controllo.</translation>
    </message>
    <message>
        <source>Roles are off: everyone at this desk may do everything.</source>
        <translation>I ruoli sono disattivati: chiunque a questa postazione può fare tutto.</translation>
    </message>
    <message>
        <source>A manager turns roles on by setting the first manager PIN under People and PINs. The table shows what each role may do once they are on.</source>
        <translation>Un responsabile attiva i ruoli impostando il primo PIN del responsabile in Persone e PIN. La tabella mostra cosa può fare ogni ruolo una volta attivati.</translation>
    </message>
    <message>
        <source>{role} (this desk)</source>
        <translation>{role} (questa postazione)</translation>
    </message>
    <message>
        <source>Not saved: a kiosk needs roles on, or anyone could unlock it. Set the first manager PIN under People and PINs first.</source>
        <translation>Non salvato: la modalità chiosco richiede i ruoli attivi, altrimenti chiunque potrebbe sbloccarla. Imposta prima il primo PIN del responsabile in Persone e PIN.</translation>
    </message>
    <message>
        <source>this desk&apos;s role</source>
        <translation>il ruolo di questa postazione</translation>
    </message>
    <message>
        <source>this desk&apos;s kiosk lock</source>
        <translation>la modalità chiosco di questa postazione</translation>
    </message>
    <message>
        <source>Not saved: no PIN was given.</source>
        <translation>Non salvato: nessun PIN inserito.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Non salvato: {problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>For that one action only</source>
        <translation>Solo per quell&apos;azione</translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>Per %n minuto</numerusform>
            <numerusform>Per %n minuti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>disk full</source>
        <translation>disco pieno</translation>
    </message>
    <message>
        <source>database locked</source>
        <translation>database bloccato</translation>
    </message>
    <message>
        <source>database damaged</source>
        <translation>database danneggiato</translation>
    </message>
    <message>
        <source>database read-only</source>
        <translation>database di sola lettura</translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation>errore di I/O</translation>
    </message>
    <message>
        <source>storage error</source>
        <translation>errore di archiviazione</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>the database is busy (another program holds it)</source>
        <translation>il database è occupato (lo sta usando un altro programma)</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>il file del database è danneggiato</translation>
    </message>
    <message>
        <source>the database cannot be written (read-only)</source>
        <translation>impossibile scrivere nel database (sola lettura)</translation>
    </message>
    <message>
        <source>the disk could not be written (I/O error)</source>
        <translation>impossibile scrivere sul disco (errore di I/O)</translation>
    </message>
    <message>
        <source>it could not be saved</source>
        <translation>non è stato possibile salvare</translation>
    </message>
    <message>
        <source>Do not admit; scan again in a moment. If it stays, call a supervisor.</source>
        <translation>Non ammettere; scansiona di nuovo tra poco. Se il problema persiste, chiama un supervisore.</translation>
    </message>
    <message>
        <source>Do not admit; call a supervisor.</source>
        <translation>Non ammettere; chiama un supervisore.</translation>
    </message>
    <message>
        <source>Not recorded — {what}. {todo}</source>
        <translation>Non registrato — {what}. {todo}</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Riprova tra poco.</translation>
    </message>
    <message>
        <source>Call a supervisor.</source>
        <translation>Chiama un supervisore.</translation>
    </message>
    <message>
        <source>Not saved — {what}. No points were changed. {todo}</source>
        <translation>Non salvato — {what}. Nessun punto è stato modificato. {todo}</translation>
    </message>
    <message>
        <source>Low disk space: {size} free</source>
        <translation>Spazio su disco ridotto: {size} liberi</translation>
    </message>
    <message>
        <source>Low disk space: {size} free for the local store. Free some space now: when the disk is full, scans are not recorded.</source>
        <translation>Spazio su disco ridotto: {size} liberi per il database locale. Libera subito spazio: quando il disco è pieno, le scansioni non vengono registrate.</translation>
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
        <translation>Impossibile aprire il database su {url}: {problem}</translation>
    </message>
    <message>
        <source>unsent changes</source>
        <translation>modifiche non inviate</translation>
    </message>
    <message>
        <source>door scans</source>
        <translation>scansioni all&apos;ingresso</translation>
    </message>
    <message>
        <source>loyalty operations</source>
        <translation>operazioni fedeltà</translation>
    </message>
    <message>
        <source>template drafts</source>
        <translation>bozze di modelli</translation>
    </message>
    <message>
        <source>sync marks</source>
        <translation>indicatori di sincronizzazione</translation>
    </message>
    <message>
        <source>hub deliveries</source>
        <translation>consegne all&apos;hub</translation>
    </message>
    <message>
        <source>readers</source>
        <translation>lettori</translation>
    </message>
    <message>
        <source>reader settings</source>
        <translation>impostazioni dei lettori</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>account</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventi</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>modelli</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>pass</translation>
    </message>
    <message numerus="yes">
        <source>{table}: could not be read (%Ln row(s))</source>
        <translation>
            <numerusform>{table}: lettura non riuscita (%Ln riga)</numerusform>
            <numerusform>{table}: lettura non riuscita (%Ln righe)</numerusform>
        </translation>
    </message>
    <message>
        <source>{table}: could not be read</source>
        <translation>{table}: lettura non riuscita</translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, some lost</source>
        <translation>{table}: {rescued} recuperate, alcune perse</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rescued into a fresh store:</source>
        <translation>
            <numerusform>%Ln riga recuperata in un nuovo database:</numerusform>
            <numerusform>%Ln righe recuperate in un nuovo database:</numerusform>
        </translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, {lost} lost</source>
        <translation>{table}: {rescued} recuperate, {lost} perse</translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, none lost</source>
        <translation>{table}: {rescued} recuperate, nessuna persa</translation>
    </message>
    <message>
        <source>{line} (they come back with the sync)</source>
        <translation>{line} (tornano con la sincronizzazione)</translation>
    </message>
    <message>
        <source>The damaged file was kept as {path}.</source>
        <translation>Il file danneggiato è stato conservato come {path}.</translation>
    </message>
    <message>
        <source>A fresh store was started; nothing was copied from the old one.</source>
        <translation>È stato creato un nuovo database; dal vecchio non è stato copiato nulla.</translation>
    </message>
    <message>
        <source>Passes and events come back with the next sync.</source>
        <translation>Pass ed eventi tornano con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Nothing could be read from it: {problem}</source>
        <translation>Non è stato possibile leggerne nulla: {problem}</translation>
    </message>
    <message>
        <source>  {table}</source>
        <comment>a line of the list; keep the two spaces</comment>
        <translation>  {table}</translation>
    </message>
    <message>
        <source>A full sync now brings passes and events back from PassEntry.</source>
        <translation>Una sincronizzazione completa riporta ora pass ed eventi da PassEntry.</translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation>Non esiste un file di database in {path}.</translation>
    </message>
    <message>
        <source>Could not move the damaged file aside: {problem}</source>
        <translation>Impossibile spostare il file danneggiato: {problem}</translation>
    </message>
    <message>
        <source>Could not copy the damaged file to read it: {problem}</source>
        <translation>Impossibile copiare il file danneggiato per leggerlo: {problem}</translation>
    </message>
    <message>
        <source>Could not create a fresh store at {path}: {problem}</source>
        <translation>Impossibile creare un nuovo database in {path}: {problem}</translation>
    </message>
    <message>
        <source>The fresh store did not open: {problem}</source>
        <translation>Il nuovo database non si è aperto: {problem}</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The server&apos;s answer to send-now has no &apos;success&apos;</source>
        <translation>La risposta del server all&apos;invio immediato non contiene &apos;success&apos;</translation>
    </message>
    <message>
        <source>The batch file link is not a URL: {url}</source>
        <translation>Il link del file del lotto non è un URL: {url}</translation>
    </message>
    <message>
        <source>The batch file link is not an https:// address</source>
        <translation>Il link del file del lotto non è un indirizzo https://</translation>
    </message>
    <message>
        <source>Could not fetch the batch file from {host}</source>
        <translation>Impossibile scaricare il file del lotto da {host}</translation>
    </message>
    <message>
        <source>The batch file could not be fetched (HTTP {status})</source>
        <translation>Impossibile scaricare il file del lotto (HTTP {status})</translation>
    </message>
    <message>
        <source>the passes list answered</source>
        <translation>l&apos;elenco dei pass ha risposto</translation>
    </message>
    <message>
        <source>Connected to {host} in {ms} ms: {seen}</source>
        <translation>Connesso a {host} in {ms} ms: {seen}</translation>
    </message>
    <message>
        <source>Check the API key in Settings (PassEntry Dashboard -&gt; Developer tools).</source>
        <translation>Controlla la chiave API in Impostazioni (PassEntry Dashboard -&gt; Developer tools).</translation>
    </message>
    <message>
        <source>This API key may not do that; ask the account owner for access.</source>
        <translation>Questa chiave API non può farlo; chiedi l&apos;accesso al titolare dell&apos;account.</translation>
    </message>
    <message>
        <source>It may have been deleted, or belongs to another entity.</source>
        <translation>Potrebbe essere stato eliminato, o appartiene a un&apos;altra entità.</translation>
    </message>
    <message>
        <source>The PassEntry API of this account does not have it; the rest keeps working.</source>
        <translation>L&apos;API PassEntry di questo account non lo prevede; il resto continua a funzionare.</translation>
    </message>
    <message>
        <source>PassEntry is still working on it; look again in a few minutes.</source>
        <translation>PassEntry ci sta ancora lavorando; ricontrolla tra qualche minuto.</translation>
    </message>
    <message>
        <source>Check the template&apos;s images and fields, then publish again.</source>
        <translation>Controlla le immagini e i campi del modello, poi pubblica di nuovo.</translation>
    </message>
    <message>
        <source>The request was refused as sent; the message above says what to change.</source>
        <translation>La richiesta è stata rifiutata così com&apos;era; il messaggio sopra indica cosa cambiare.</translation>
    </message>
    <message>
        <source>PassEntry asks us to slow down; the change will be retried later.</source>
        <translation>PassEntry chiede di rallentare; la modifica verrà ritentata più tardi.</translation>
    </message>
    <message>
        <source>PassEntry had a problem; try again in a few minutes.</source>
        <translation>PassEntry ha avuto un problema; riprova tra qualche minuto.</translation>
    </message>
    <message>
        <source>Check the network connection; work continues offline.</source>
        <translation>Controlla la connessione di rete; il lavoro continua offline.</translation>
    </message>
    <message>
        <source>Is the API base URL right? It should end in /api/v1.</source>
        <translation>L&apos;URL di base dell&apos;API è corretto? Dovrebbe terminare con /api/v1.</translation>
    </message>
    <message>
        <source>Use an https:// URL; plain http is only allowed for this computer (loopback).</source>
        <translation>Usa un URL https://; l&apos;http semplice è consentito solo per questo computer (loopback).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not one record: {problem}</source>
        <translation>La risposta del server non è un singolo record: {problem}</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer {what}</source>
        <translation>Questo account PassEntry non offre {what}</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a PassEntry document: {problem}.</source>
        <translation>La risposta del server non è un documento PassEntry: {problem}.</translation>
    </message>
    <message>
        <source>The server sent a page link to another host ({host}); not followed.</source>
        <translation>Il server ha inviato un link di pagina verso un altro host ({host}); non seguito.</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} with a body that is not valid JSON ({kind}, {size} bytes)</source>
        <translation>{host} ha risposto HTTP {status} con un contenuto che non è JSON valido ({kind}, {size} byte)</translation>
    </message>
    <message>
        <source>Could not connect to {host}</source>
        <translation>Impossibile connettersi a {host}</translation>
    </message>
    <message>
        <source>No answer from {host} in time</source>
        <translation>Nessuna risposta da {host} in tempo</translation>
    </message>
    <message>
        <source>The connection to {host} dropped before an answer arrived</source>
        <translation>La connessione con {host} si è interrotta prima della risposta</translation>
    </message>
    <message>
        <source>Network problem talking to {host} ({error})</source>
        <translation>Problema di rete con {host} ({error})</translation>
    </message>
    <message>
        <source>{problem}; the change may or may not have been applied</source>
        <translation>{problem}; la modifica potrebbe essere stata applicata o no</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>La chiave API non è stata accettata</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that</source>
        <translation>Questa chiave API non è autorizzata a farlo</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>PassEntry refused the request</source>
        <translation>PassEntry ha rifiutato la richiesta</translation>
    </message>
    <message>
        <source>Too many requests to {host}</source>
        <translation>Troppe richieste a {host}</translation>
    </message>
    <message>
        <source>Too many requests to {host}; it asks to wait {seconds} s</source>
        <translation>Troppe richieste a {host}; chiede di attendere {seconds} s</translation>
    </message>
    <message>
        <source>{host} had a server error (HTTP {status})</source>
        <translation>{host} ha avuto un errore del server (HTTP {status})</translation>
    </message>
    <message>
        <source>The request was refused (HTTP {status})</source>
        <translation>La richiesta è stata rifiutata (HTTP {status})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es)</source>
        <translation>
            <numerusform>%Ln pass</numerusform>
            <numerusform>%Ln pass</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}: {detail}</source>
        <comment>an error, then the server&apos;s own words</comment>
        <translation>{problem}: {detail}</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list: {problem}</source>
        <translation>La risposta del server non è un elenco: {problem}</translation>
    </message>
    <message>
        <source>the passes list</source>
        <translation>l&apos;elenco dei pass</translation>
    </message>
    <message>
        <source>issuing passes</source>
        <translation>l&apos;emissione di pass</translation>
    </message>
    <message>
        <source>a pass</source>
        <translation>un pass</translation>
    </message>
    <message>
        <source>pass changes</source>
        <translation>le modifiche ai pass</translation>
    </message>
    <message>
        <source>messages to a pass</source>
        <translation>i messaggi a un pass</translation>
    </message>
    <message>
        <source>nullifying passes</source>
        <translation>l&apos;invalidazione di pass</translation>
    </message>
    <message>
        <source>loyalty balances</source>
        <translation>i saldi fedeltà</translation>
    </message>
    <message>
        <source>loyalty changes</source>
        <translation>le modifiche fedeltà</translation>
    </message>
    <message>
        <source>pass templates</source>
        <translation>i modelli di pass</translation>
    </message>
    <message>
        <source>pass templates (older route)</source>
        <translation>i modelli di pass (percorso precedente)</translation>
    </message>
    <message>
        <source>creating pass templates</source>
        <translation>la creazione di modelli di pass</translation>
    </message>
    <message>
        <source>changing pass templates</source>
        <translation>la modifica di modelli di pass</translation>
    </message>
    <message>
        <source>a list of pass templates</source>
        <translation>un elenco di modelli di pass</translation>
    </message>
    <message>
        <source>adding readers</source>
        <translation>l&apos;aggiunta di lettori</translation>
    </message>
    <message>
        <source>the reader configuration</source>
        <translation>la configurazione dei lettori</translation>
    </message>
    <message>
        <source>changing the reader configuration by API (set it in the PassEntry dashboard: Readers -&gt; Reader Configuration)</source>
        <translation>la modifica della configurazione dei lettori tramite API (impostala nella dashboard di PassEntry: Readers -&gt; Reader Configuration)</translation>
    </message>
    <message>
        <source>the scans list</source>
        <translation>l&apos;elenco delle scansioni</translation>
    </message>
    <message>
        <source>a scan</source>
        <translation>una scansione</translation>
    </message>
    <message>
        <source>checking scans</source>
        <translation>la verifica delle scansioni</translation>
    </message>
    <message>
        <source>logging scans</source>
        <translation>la registrazione delle scansioni</translation>
    </message>
    <message>
        <source>the webhook subscriptions list</source>
        <translation>l&apos;elenco delle sottoscrizioni webhook</translation>
    </message>
    <message>
        <source>adding webhook subscriptions</source>
        <translation>l&apos;aggiunta di sottoscrizioni webhook</translation>
    </message>
    <message>
        <source>a webhook subscription</source>
        <translation>una sottoscrizione webhook</translation>
    </message>
    <message>
        <source>changing webhook subscriptions</source>
        <translation>la modifica delle sottoscrizioni webhook</translation>
    </message>
    <message>
        <source>new webhook secrets</source>
        <translation>nuovi segreti webhook</translation>
    </message>
    <message>
        <source>batch pass creation</source>
        <translation>la creazione di pass in lotto</translation>
    </message>
    <message>
        <source>batch pass updates</source>
        <translation>l&apos;aggiornamento di pass in lotto</translation>
    </message>
    <message>
        <source>wallet messaging</source>
        <translation>i messaggi ai wallet</translation>
    </message>
    <message>
        <source>the batches list</source>
        <translation>l&apos;elenco dei lotti</translation>
    </message>
    <message>
        <source>a batch</source>
        <translation>un lotto</translation>
    </message>
    <message>
        <source>cancelling batches</source>
        <translation>l&apos;annullamento di lotti</translation>
    </message>
    <message>
        <source>sending batches now</source>
        <translation>l&apos;invio immediato di lotti</translation>
    </message>
    <message>
        <source>uploading images</source>
        <translation>il caricamento di immagini</translation>
    </message>
    <message>
        <source>the image list</source>
        <translation>l&apos;elenco delle immagini</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>un&apos;immagine</translation>
    </message>
    <message>
        <source>the entities list</source>
        <translation>l&apos;elenco delle entità</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>le entità</translation>
    </message>
    <message>
        <source>the events list</source>
        <translation>l&apos;elenco degli eventi</translation>
    </message>
    <message>
        <source>events</source>
        <translation>gli eventi</translation>
    </message>
    <message>
        <source>creating events</source>
        <translation>la creazione di eventi</translation>
    </message>
    <message>
        <source>changing events</source>
        <translation>la modifica di eventi</translation>
    </message>
    <message>
        <source>the readers list</source>
        <translation>l&apos;elenco dei lettori</translation>
    </message>
    <message>
        <source>showing a reader</source>
        <translation>la visualizzazione di un lettore</translation>
    </message>
    <message>
        <source>changing readers</source>
        <translation>la modifica dei lettori</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no {name} object</source>
        <translation>La risposta del server non contiene alcun oggetto {name}</translation>
    </message>
    <message>
        <source>PassEntry could not process the template {template}</source>
        <translation>PassEntry non è riuscito a elaborare il modello {template}</translation>
    </message>
    <message>
        <source>The template {template} was still being processed after {seconds} s</source>
        <translation>Il modello {template} era ancora in elaborazione dopo {seconds} s</translation>
    </message>
    <message>
        <source>Not a valid URL: {url} ({problem})</source>
        <translation>URL non valido: {url} ({problem})</translation>
    </message>
    <message>
        <source>Not an http(s) URL: {url}</source>
        <translation>Non è un URL http(s): {url}</translation>
    </message>
    <message>
        <source>Refusing plain http to {host}: the API key would travel unencrypted.</source>
        <translation>Rifiuto dell&apos;http semplice verso {host}: la chiave API viaggerebbe non cifrata.</translation>
    </message>
    <message>
        <source>The validation service at {host} did not answer in time</source>
        <translation>Il servizio di convalida su {host} non ha risposto in tempo</translation>
    </message>
    <message>
        <source>Could not reach the validation service at {host}</source>
        <translation>Impossibile raggiungere il servizio di convalida su {host}</translation>
    </message>
    <message>
        <source>The validation service refused the token</source>
        <translation>Il servizio di convalida ha rifiutato il token</translation>
    </message>
    <message>
        <source>The validation service answered HTTP {status}</source>
        <translation>Il servizio di convalida ha risposto HTTP {status}</translation>
    </message>
    <message>
        <source>The validation service&apos;s answer is not a validationResponse ({problem})</source>
        <translation>La risposta del servizio di convalida non è una validationResponse ({problem})</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a webhook subscription</source>
        <translation>La risposta del server non è una sottoscrizione webhook</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnata</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Scartata</translation>
    </message>
    <message>
        <source>Issue pass</source>
        <translation>Emetti pass</translation>
    </message>
    <message>
        <source>Edit pass</source>
        <translation>Modifica pass</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notifica</translation>
    </message>
    <message>
        <source>Nullify pass</source>
        <translation>Invalida pass</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Crea evento</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifica evento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Prossimo tentativo</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Ultimo messaggio</translation>
    </message>
    <message numerus="yes">
        <source>Loyalty {signed} point(s)</source>
        <comment>signed: +10 or -5</comment>
        <translation>
            <numerusform>Fedeltà {signed} punto</numerusform>
            <numerusform>Fedeltà {signed} punti</numerusform>
        </translation>
    </message>
    <message>
        <source>Loyalty balance set to {balance}</source>
        <translation>Saldo fedeltà impostato a {balance}</translation>
    </message>
    <message>
        <source>Log scan in PassEntry (denied)</source>
        <translation>Registra scansione in PassEntry (respinta)</translation>
    </message>
    <message>
        <source>Log scan in PassEntry (successful)</source>
        <translation>Registra scansione in PassEntry (riuscita)</translation>
    </message>
    <message>
        <source>Deactivate pass</source>
        <translation>Disattiva pass</translation>
    </message>
    <message>
        <source>Edit pass and notify</source>
        <translation>Modifica pass e notifica</translation>
    </message>
    <message>
        <source>reader</source>
        <comment>noun in a sentence: this reader</comment>
        <translation>lettore</translation>
    </message>
    <message>
        <source>event</source>
        <comment>noun in a sentence: this event</comment>
        <translation>evento</translation>
    </message>
    <message>
        <source>pass</source>
        <comment>noun in a sentence: this pass</comment>
        <translation>pass</translation>
    </message>
    <message>
        <source>the scan of {value} as reader {reader}</source>
        <translation>la scansione di {value} come lettore {reader}</translation>
    </message>
    <message>
        <source>{name} (event {id})</source>
        <translation>{name} (evento {id})</translation>
    </message>
    <message>
        <source>{name} (pass {id})</source>
        <translation>{name} (pass {id})</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no id</comment>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>event {id}</source>
        <translation>evento {id}</translation>
    </message>
    <message>
        <source>pass {id}</source>
        <translation>pass {id}</translation>
    </message>
    <message>
        <source>Waiting: offline</source>
        <translation>In attesa: offline</translation>
    </message>
    <message>
        <source>When PassEntry answers</source>
        <translation>Quando PassEntry risponde</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Trattenuta</translation>
    </message>
    <message>
        <source>When you retry</source>
        <translation>Quando riprovi</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>next try: this moment</comment>
        <translation>Ora</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Appena possibile</translation>
    </message>
    <message>
        <source>{value} at {reader}</source>
        <comment>a scan at a reader</comment>
        <translation>{value} su {reader}</translation>
    </message>
    <message>
        <source>Scanned value {value}, logged as reader {reader}</source>
        <translation>Valore scansionato {value}, registrato come lettore {reader}</translation>
    </message>
    <message>
        <source>Event {id}</source>
        <translation>Evento {id}</translation>
    </message>
    <message>
        <source>Pass {id}</source>
        <translation>Pass {id}</translation>
    </message>
    <message>
        <source>Waits for an earlier change to this {target} that needs you: retry or discard that one first.</source>
        <translation>Attende una modifica precedente a questo {target} che richiede il tuo intervento: prima riprova o scarta quella.</translation>
    </message>
    <message>
        <source>Made at {made}
Message: {message}</source>
        <translation>Creata alle {made}
Messaggio: {message}</translation>
    </message>
    <message>
        <source>Made at {made}</source>
        <translation>Creata alle {made}</translation>
    </message>
    <message>
        <source>Sync requested…</source>
        <translation>Sincronizzazione richiesta…</translation>
    </message>
    <message>
        <source>Sync with a status check of every pass requested…</source>
        <translation>Sincronizzazione con verifica dello stato di ogni pass richiesta…</translation>
    </message>
    <message>
        <source>Offline: passdesk will sync when PassEntry answers again. Changes made here are kept until then.</source>
        <translation>Offline: passdesk sincronizzerà quando PassEntry risponderà di nuovo. Le modifiche fatte qui vengono conservate fino ad allora.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was fetched is kept; the next sync carries on from there.</source>
        <translation>Sincronizzazione interrotta. I dati scaricati restano; la prossima sincronizzazione riprende da lì.</translation>
    </message>
    <message>
        <source>The last sync attempt did not finish: {problem}</source>
        <translation>L&apos;ultimo tentativo di sincronizzazione non è terminato: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Idle. passdesk syncs by itself every %Ln minute(s).</source>
        <translation>
            <numerusform>Inattivo. passdesk sincronizza da solo ogni minuto.</numerusform>
            <numerusform>Inattivo. passdesk sincronizza da solo ogni %Ln minuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after this page… ({doing})</source>
        <translation>Interruzione dopo questa pagina… ({doing})</translation>
    </message>
    <message>
        <source>Cannot read the outbox: {error}</source>
        <translation>Impossibile leggere la posta in uscita: {error}</translation>
    </message>
    <message>
        <source>Not discarded: a supervisor&apos;s PIN was not given.</source>
        <translation>Non scartata: non è stato inserito il PIN di un supervisore.</translation>
    </message>
    <message>
        <source>That did not work: {error}. The list below is up to date again.</source>
        <translation>Non ha funzionato: {error}. L&apos;elenco sotto è di nuovo aggiornato.</translation>
    </message>
    <message>
        <source>Discard “{change}” for {target}</source>
        <translation>Scarta «{change}» per {target}</translation>
    </message>
    <message>
        <source>{change} for {target}</source>
        <translation>{change} per {target}</translation>
    </message>
    <message>
        <source>Needs review: {what}.
{why}</source>
        <translation>Da verificare: {what}.
{why}</translation>
    </message>
    <message>
        <source>passdesk cannot tell whether it was applied.</source>
        <translation>passdesk non sa se è stata applicata.</translation>
    </message>
    <message>
        <source>Refused by PassEntry: {what}.
{why}</source>
        <translation>Rifiutata da PassEntry: {what}.
{why}</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Nessun motivo indicato.</translation>
    </message>
    <message>
        <source>Held back: {what}.
It goes once the earlier change to this {target} that needs you is retried or discarded.</source>
        <translation>Trattenuta: {what}.
Parte quando la modifica precedente a questo {target} che richiede il tuo intervento viene ritentata o scartata.</translation>
    </message>
    <message>
        <source>Waiting: {what}.
Last try: {why}. Next try: {next}.</source>
        <translation>In attesa: {what}.
Ultimo tentativo: {why}. Prossimo tentativo: {next}.</translation>
    </message>
    <message>
        <source>Waiting changes are sent by themselves: nothing for you to do.</source>
        <translation>Le modifiche in attesa vengono inviate da sole: non devi fare nulla.</translation>
    </message>
    <message>
        <source>Select a refused or to-be-reviewed change to retry or discard it.</source>
        <translation>Seleziona una modifica rifiutata o da verificare per riprovarla o scartarla.</translation>
    </message>
    <message>
        <source>Retry if PassEntry does not have it; Discard if it does, or if it should not be made.</source>
        <translation>Riprova se PassEntry non l&apos;ha ricevuta; Scarta se l&apos;ha già, o se non va fatta.</translation>
    </message>
    <message>
        <source>Retry sends it again unchanged; Discard drops it so later changes can go.</source>
        <translation>Riprova la invia di nuovo invariata; Scarta la elimina così le modifiche successive possono partire.</translation>
    </message>
    <message>
        <source>Discard “{change}” for {target}?</source>
        <translation>Scartare «{change}» per {target}?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Scarta modifiche</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)</source>
        <translation>
            <numerusform>Scarta %n modifica</numerusform>
            <numerusform>Scarta %n modifiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)?</source>
        <translation>
            <numerusform>Scartare %n modifica?</numerusform>
            <numerusform>Scartare %n modifiche?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <comment>button</comment>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>A discarded change will not reach PassEntry: it stays on this computer only, marked as discarded. Later changes to the same pass or event are sent as usual. This cannot be undone.</source>
        <translation>Una modifica scartata non arriverà a PassEntry: resta solo su questo computer, contrassegnata come scartata. Le modifiche successive allo stesso pass o evento vengono inviate come al solito. L&apos;operazione è irreversibile.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica…</translation>
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
        <translation>Chiave rifiutata</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Nessuna chiave API</translation>
    </message>
    <message>
        <source>Other server&apos;s data</source>
        <translation>Dati di un altro server</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entità</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Lettori</translation>
    </message>
    <message>
        <source>Passes (first full download)</source>
        <translation>Pass (primo download completo)</translation>
    </message>
    <message>
        <source>New passes</source>
        <translation>Nuovi pass</translation>
    </message>
    <message>
        <source>Status of every pass</source>
        <translation>Stato di ogni pass</translation>
    </message>
    <message>
        <source>Which passes belong to which event</source>
        <translation>Quali pass appartengono a quale evento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln modifica in attesa di invio</numerusform>
            <numerusform>%Ln modifiche in attesa di invio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to retry or discard</source>
        <translation>
            <numerusform>%Ln modifica da riprovare o scartare</numerusform>
            <numerusform>%Ln modifiche da riprovare o scartare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <comment>status bar: changes not sent yet</comment>
        <translation>
            <numerusform>%Ln in attesa</numerusform>
            <numerusform>%Ln in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to check</source>
        <comment>status bar: changes refused, for a person to retry or discard</comment>
        <translation>
            <numerusform>%Ln da verificare</numerusform>
            <numerusform>%Ln da verificare</numerusform>
        </translation>
    </message>
    <message>
        <source>PassEntry answers. Changes made here are sent as they are made.</source>
        <translation>PassEntry risponde. Le modifiche fatte qui vengono inviate subito.</translation>
    </message>
    <message>
        <source>PassEntry cannot be reached.</source>
        <translation>PassEntry non è raggiungibile.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) fetched ({new} new)</source>
        <translation>
            <numerusform>%Ln pass scaricato ({new} nuovi)</numerusform>
            <numerusform>%Ln pass scaricati ({new} nuovi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{fetched}; %Ln status(es) checked, none changed</source>
        <translation>
            <numerusform>{fetched}; %Ln stato verificato, nessuno cambiato</numerusform>
            <numerusform>{fetched}; %Ln stati verificati, nessuno cambiato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{fetched}; %Ln status change(s)</source>
        <translation>
            <numerusform>{fetched}; %Ln cambio di stato</numerusform>
            <numerusform>{fetched}; %Ln cambi di stato</numerusform>
        </translation>
    </message>
    <message>
        <source>{why}
Changes made here are kept and sent when the connection is back.</source>
        <translation>{why}
Le modifiche fatte qui vengono conservate e inviate quando torna la connessione.</translation>
    </message>
    <message>
        <source>PassEntry did not accept the API key.</source>
        <translation>PassEntry non ha accettato la chiave API.</translation>
    </message>
    <message>
        <source>{why}
Enter a valid key in Settings. Changes made here wait until then.</source>
        <translation>{why}
Inserisci una chiave valida in Impostazioni. Fino ad allora le modifiche fatte qui restano in attesa.</translation>
    </message>
    <message>
        <source>No API key for this server. Add one in Settings, or set PASSDESK_API_KEY before starting passdesk.</source>
        <translation>Nessuna chiave API per questo server. Aggiungine una in Impostazioni, o imposta PASSDESK_API_KEY prima di avviare passdesk.</translation>
    </message>
    <message>
        <source>The local data belongs to another server; nothing is sent.</source>
        <translation>I dati locali appartengono a un altro server; non viene inviato nulla.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verifica della connessione…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>sync progress: items done of all</comment>
        <translation>{done} di {total}</translation>
    </message>
    <message>
        <source>{done} so far</source>
        <comment>sync progress: items done, total unknown</comment>
        <translation>{done} finora</translation>
    </message>
    <message>
        <source>{phase}: {counted} · {rate} per second</source>
        <translation>{phase}: {counted} · {rate} al secondo</translation>
    </message>
    <message>
        <source>{phase}: {counted}</source>
        <translation>{phase}: {counted}</translation>
    </message>
    <message>
        <source>No new passes</source>
        <translation>Nessun nuovo pass</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Non ancora sincronizzato.</translation>
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
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>Syncing… {percent}%</source>
        <translation>Sincronizzazione… {percent}%</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Sincronizzato {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message>
        <source>Nothing waiting: every change made here has reached PassEntry.</source>
        <translation>Niente in attesa: ogni modifica fatta qui è arrivata a PassEntry.</translation>
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
            <numerusform>{fetched}; %Ln stato verificato, {changed} cambiati</numerusform>
            <numerusform>{fetched}; %Ln stati verificati, {changed} cambiati</numerusform>
        </translation>
    </message>
    <message>
        <source>entities</source>
        <comment>what an account may not offer</comment>
        <translation>le entità</translation>
    </message>
    <message>
        <source>events</source>
        <comment>what an account may not offer</comment>
        <translation>gli eventi</translation>
    </message>
    <message>
        <source>readers</source>
        <comment>what an account may not offer</comment>
        <translation>i lettori</translation>
    </message>
    <message>
        <source>template list</source>
        <comment>what an account may not offer</comment>
        <translation>l&apos;elenco dei modelli</translation>
    </message>
    <message>
        <source>reader configuration change</source>
        <comment>what an account may not offer</comment>
        <translation>la modifica della configurazione dei lettori</translation>
    </message>
    <message>
        <source>scans list</source>
        <comment>what an account may not offer</comment>
        <translation>l&apos;elenco delle scansioni</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer {what}.</source>
        <translation>Questo account PassEntry non offre {what}.</translation>
    </message>
    <message>
        <source>(nothing on its standard error)</source>
        <translation>(nulla sul suo standard error)</translation>
    </message>
    <message>
        <source>{kind}: {message}</source>
        <comment>an error: its kind (a program&apos;s name, not translated), then its message</comment>
        <translation>{kind}: {message}</translation>
    </message>
    <message>
        <source>The pull&apos;s process ended with exit code {code} before it finished. Its last words:
{tail}</source>
        <translation>Il processo di scaricamento è terminato con il codice di uscita {code} prima di finire. Le sue ultime righe:
{tail}</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer the scans list: scans made by PassEntry&apos;s readers are not counted at the Door.</source>
        <translation>Questo account PassEntry non offre l&apos;elenco delle scansioni: le scansioni dei lettori PassEntry non vengono conteggiate all&apos;Ingresso.</translation>
    </message>
    <message>
        <source>No API key for this server.</source>
        <translation>Nessuna chiave API per questo server.</translation>
    </message>
    <message>
        <source>The local data belongs to {bound}; nothing is sent to {server}. Restart passdesk to open that server&apos;s own local data.</source>
        <translation>I dati locali appartengono a {bound}; non viene inviato nulla a {server}. Riavvia passdesk per aprire i dati locali di quel server.</translation>
    </message>
</context>
<context>
    <name>till</name>
    <message>
        <source>Set {name}&apos;s balance from {before} to {after}?</source>
        <translation>Impostare il saldo di {name} da {before} a {after}?</translation>
    </message>
    <message>
        <source>Set this customer&apos;s balance from {before} to {after}?</source>
        <translation>Impostare il saldo di questo cliente da {before} a {after}?</translation>
    </message>
    <message>
        <source>Set balance</source>
        <translation>Imposta saldo</translation>
    </message>
    <message>
        <source>Set balance</source>
        <comment>the button that confirms</comment>
        <translation>Imposta saldo</translation>
    </message>
    <message>
        <source>This replaces the balance, whatever it is on PassEntry when the change arrives.</source>
        <translation>Sostituisce il saldo, qualunque sia su PassEntry quando arriva la modifica.</translation>
    </message>
    <message>
        <source>A supervisor must approve</source>
        <translation>Serve l&apos;approvazione di un supervisore</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>questo cliente</translation>
    </message>
    <message>
        <source>Redeem {points} points for {name}? A supervisor must approve this.</source>
        <translation>Riscattare {points} punti per {name}? Serve l&apos;approvazione di un supervisore.</translation>
    </message>
    <message>
        <source>The card showed {balance} points when it was last synced at {when}; PassEntry has not confirmed that balance.</source>
        <translation>La carta mostrava {balance} punti all&apos;ultima sincronizzazione ({when}); PassEntry non ha confermato quel saldo.</translation>
    </message>
    <message>
        <source>The card showed {balance} points when it was last synced; PassEntry has not confirmed that balance.</source>
        <translation>La carta mostrava {balance} punti all&apos;ultima sincronizzazione; PassEntry non ha confermato quel saldo.</translation>
    </message>
    <message>
        <source>{limit} {shown}</source>
        <translation>{limit} {shown}</translation>
    </message>
    <message>
        <source>Supervisor approves</source>
        <translation>Approvazione supervisore</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Nessun cliente</translation>
    </message>
    <message>
        <source>Scan a loyalty card, or search by name or customer number.</source>
        <translation>Scansiona una carta fedeltà o cerca per nome o numero cliente.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>no template</source>
        <translation>nessun modello</translation>
    </message>
    <message>
        <source>{why} Scan the customer&apos;s loyalty card instead.</source>
        <translation>{why} Scansiona invece la carta fedeltà del cliente.</translation>
    </message>
    <message>
        <source>Reward: {rewards}</source>
        <translation>Premio: {rewards}</translation>
    </message>
    <message>
        <source>active</source>
        <comment>a pass&apos;s status</comment>
        <translation>attivo</translation>
    </message>
    <message>
        <source>deactivated</source>
        <comment>a pass&apos;s status</comment>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>nullified</source>
        <comment>a pass&apos;s status</comment>
        <translation>invalidato</translation>
    </message>
    <message>
        <source>voided</source>
        <comment>a pass&apos;s status</comment>
        <translation>invalidato</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>a pass&apos;s status</comment>
        <translation>scaduto</translation>
    </message>
    <message>
        <source>points</source>
        <comment>beside the balance: the unit</comment>
        <translation>punti</translation>
    </message>
    <message>
        <source>last synced {when}, not confirmed</source>
        <translation>ultima sincronizzazione {when}, non confermato</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>non confermato</translation>
    </message>
    <message>
        <source>Not confirmed by PassEntry: the card showed {balance} when it was last synced. Redeem up to {limit} points; more needs a supervisor</source>
        <translation>Non confermato da PassEntry: la carta mostrava {balance} all&apos;ultima sincronizzazione. Riscatta fino a {limit} punti; oltre serve un supervisore</translation>
    </message>
    <message>
        <source>Not confirmed by PassEntry: the card showed {balance} when it was last synced</source>
        <translation>Non confermato da PassEntry: la carta mostrava {balance} all&apos;ultima sincronizzazione</translation>
    </message>
    <message>
        <source>PassEntry&apos;s balance is not known here yet</source>
        <translation>Il saldo di PassEntry non è ancora noto qui</translation>
    </message>
    <message>
        <source>PassEntry confirmed {balance} at {when}</source>
        <translation>PassEntry ha confermato {balance} ({when})</translation>
    </message>
    <message>
        <source>PassEntry confirmed {balance}</source>
        <translation>PassEntry ha confermato {balance}</translation>
    </message>
    <message>
        <source>{note}; the balance above includes this till&apos;s changes still on their way</source>
        <translation>{note}; il saldo qui sopra include le modifiche di questa cassa ancora in corso di invio</translation>
    </message>
    <message>
        <source>{note} · reading the balance from PassEntry…</source>
        <translation>{note} · lettura del saldo da PassEntry…</translation>
    </message>
    <message>
        <source>{note} · could not read it now ({why})</source>
        <translation>{note} · impossibile leggerlo ora ({why})</translation>
    </message>
    <message>
        <source>Set the balance from {before} to {after}</source>
        <translation>Imposta il saldo da {before} a {after}</translation>
    </message>
    <message>
        <source>{sign}{points} points → balance {after}</source>
        <translation>{sign}{points} punti → saldo {after}</translation>
    </message>
    <message>
        <source>{sign}{points} points (balance not known here)</source>
        <translation>{sign}{points} punti (saldo non noto qui)</translation>
    </message>
    <message>
        <source>{spent} spent: {change}</source>
        <translation>{spent} spesi: {change}</translation>
    </message>
    <message>
        <source>Reaches a reward: {reward}</source>
        <translation>Raggiunge un premio: {reward}</translation>
    </message>
    <message>
        <source>A supervisor must approve: the balance is not confirmed.</source>
        <translation>Serve l&apos;approvazione di un supervisore: il saldo non è confermato.</translation>
    </message>
    <message>
        <source>Balance set to {balance} and a message for {name}: saved here, on its way to PassEntry.</source>
        <translation>Saldo impostato a {balance} e messaggio per {name}: salvati qui, in corso di invio a PassEntry.</translation>
    </message>
    <message>
        <source>Balance set to {balance} for {name}: saved here, on its way to PassEntry.</source>
        <translation>Saldo impostato a {balance} per {name}: salvato qui, in corso di invio a PassEntry.</translation>
    </message>
    <message>
        <source>{change} points and a message for {name}: saved here, on its way to PassEntry.</source>
        <translation>{change} punti e messaggio per {name}: salvati qui, in corso di invio a PassEntry.</translation>
    </message>
    <message>
        <source>{change} points for {name}: saved here, on its way to PassEntry.</source>
        <translation>{change} punti per {name}: salvati qui, in corso di invio a PassEntry.</translation>
    </message>
    <message>
        <source>set the balance to {balance}</source>
        <translation>imposta il saldo a {balance}</translation>
    </message>
    <message>
        <source>{change} points</source>
        <translation>{change} punti</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Esito esportazione</translation>
    </message>
    <message>
        <source>Since {when}</source>
        <translation>Da {when}</translation>
    </message>
    <message>
        <source>no operations yet</source>
        <translation>ancora nessuna operazione</translation>
    </message>
    <message>
        <source>issued {points}</source>
        <translation>assegnati {points}</translation>
    </message>
    <message>
        <source>redeemed {points}</source>
        <translation>riscattati {points}</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>Accumulo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Accredito</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Riscatto</translation>
    </message>
    <message>
        <source>Sent to the customer&apos;s phone as a message.
Filled in for you:  {fields}</source>
        <translation>Inviato al telefono del cliente come messaggio.
Compilati automaticamente:  {fields}</translation>
    </message>
    <message>
        <source>Alex</source>
        <comment>a sample first name in an example</comment>
        <translation>Alex</translation>
    </message>
    <message>
        <source>A free coffee</source>
        <comment>a sample reward</comment>
        <translation>Un caffè gratis</translation>
    </message>
    <message>
        <source>Example ({which}): {text}</source>
        <translation>Esempio ({which}): {text}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message numerus="yes">
        <source>{count} of %Ln characters</source>
        <translation>
            <numerusform>{count} di %Ln carattere</numerusform>
            <numerusform>{count} di %Ln caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>Reward reached</source>
        <translation>Premio raggiunto</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Importo speso</translation>
    </message>
    <message>
        <source>Points to add</source>
        <translation>Punti da accreditare</translation>
    </message>
    <message>
        <source>Points to redeem</source>
        <translation>Punti da riscattare</translation>
    </message>
    <message>
        <source>New balance</source>
        <translation>Nuovo saldo</translation>
    </message>
    <message>
        <source>{amount} ({currency})</source>
        <translation>{amount} ({currency})</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>non attivo</translation>
    </message>
    <message>
        <source>This pass is {status}: PassEntry delivers messages only to active passes, so this one will not reach the customer.</source>
        <translation>Questo pass è {status}: PassEntry recapita i messaggi solo ai pass attivi, quindi questo non raggiungerà il cliente.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: a lock screen shows about {most}.</source>
        <translation>
            <numerusform>%Ln carattere: una schermata di blocco ne mostra circa {most}.</numerusform>
            <numerusform>%Ln caratteri: una schermata di blocco ne mostra circa {most}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not redeemed: {why} Apply again to ask.</source>
        <translation>Non riscattato: {why} Premi di nuovo Applica per chiedere.</translation>
    </message>
    <message>
        <source>{why} (Apply again to make it.)</source>
        <translation>{why} (Premi di nuovo Applica per eseguirla.)</translation>
    </message>
    <message>
        <source>{change}, against a balance PassEntry has not confirmed</source>
        <translation>{change}, su un saldo non confermato da PassEntry</translation>
    </message>
    <message>
        <source>Not redeemed: {why}</source>
        <translation>Non riscattato: {why}</translation>
    </message>
    <message>
        <source>Not redeemed: a supervisor did not approve it.</source>
        <translation>Non riscattato: un supervisore non l&apos;ha approvato.</translation>
    </message>
    <message>
        <source>Scan points not applied: {why}</source>
        <translation>Punti di scansione non applicati: {why}</translation>
    </message>
    <message>
        <source>Scan points: {change}</source>
        <translation>Punti di scansione: {change}</translation>
    </message>
    <message>
        <source>Scanned again: the points for this scan were already given.</source>
        <translation>Scansionato di nuovo: i punti per questa scansione sono già stati assegnati.</translation>
    </message>
    <message>
        <source>Not changed: {why}</source>
        <translation>Non modificato: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) not yet confirmed by PassEntry</source>
        <translation>
            <numerusform>%Ln operazione non ancora confermata da PassEntry</numerusform>
            <numerusform>%Ln operazioni non ancora confermate da PassEntry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln in sospeso</numerusform>
            <numerusform>%Ln in sospeso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln balance(s) set</source>
        <translation>
            <numerusform>%Ln saldo impostato</numerusform>
            <numerusform>%Ln saldi impostati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not yet confirmed</source>
        <translation>
            <numerusform>%Ln non ancora confermata</numerusform>
            <numerusform>%Ln non ancora confermate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: lock screens cut a message after about {most}, so the end may not be seen.</source>
        <translation>
            <numerusform>%Ln carattere: le schermate di blocco tagliano un messaggio dopo circa {most}, quindi la fine potrebbe non vedersi.</numerusform>
            <numerusform>%Ln caratteri: le schermate di blocco tagliano un messaggio dopo circa {most}, quindi la fine potrebbe non vedersi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set {name}&apos;s balance from {before} to {after}</source>
        <translation>Imposta il saldo di {name} da {before} a {after}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Accumulati</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Accreditati</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Riscattati</translation>
    </message>
    <message>
        <source>Balance set</source>
        <translation>Saldo impostato</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scansione</translation>
    </message>
    <message>
        <source>Admission undone</source>
        <translation>Ingresso annullato</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confermata</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Scartata</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificata</translation>
    </message>
    <message>
        <source>{what} · spent {spent}</source>
        <translation>{what} · spesi {spent}</translation>
    </message>
    <message>
        <source>Message: {message}</source>
        <translation>Messaggio: {message}</translation>
    </message>
    <message>
        <source>The local store could not be read: {why}</source>
        <translation>Impossibile leggere il database locale: {why}</translation>
    </message>
    <message>
        <source>No pass {value} in the local store. If it is new, wait for the next sync.</source>
        <translation>Nessun pass {value} nel database locale. Se è nuovo, attendi la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>a supervisor&apos;s PIN was not given.</source>
        <translation>il PIN del supervisore non è stato inserito.</translation>
    </message>
    <message>
        <source>Redeem {points} points for {name}</source>
        <translation>Riscatta {points} punti per {name}</translation>
    </message>
    <message>
        <source>Add {points} points for {name}</source>
        <translation>Accredita {points} punti a {name}</translation>
    </message>
    <message>
        <source>{change} ({points} points changed on this card in the last hour)</source>
        <translation>{change} ({points} punti modificati su questa carta nell&apos;ultima ora)</translation>
    </message>
    <message>
        <source>{result} It is not in the audit trail (the store refused the entry): tell a manager.</source>
        <translation>{result} Non è nel registro di controllo (il database ha rifiutato la voce): avvisa un responsabile.</translation>
    </message>
    <message numerus="yes">
        <source>A change needs review (%Ln more after it): {change}. {error}</source>
        <translation>
            <numerusform>Una modifica va verificata (%Ln altra dopo di essa): {change}. {error}</numerusform>
            <numerusform>Una modifica va verificata (altre %Ln dopo di essa): {change}. {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>A change needs review: {change}. {error}</source>
        <translation>Una modifica va verificata: {change}. {error}</translation>
    </message>
    <message numerus="yes">
        <source>A change was refused (%Ln more after it): {change}. {error}</source>
        <translation>
            <numerusform>Una modifica è stata rifiutata (%Ln altra dopo di essa): {change}. {error}</numerusform>
            <numerusform>Una modifica è stata rifiutata (altre %Ln dopo di essa): {change}. {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>A change was refused: {change}. {error}</source>
        <translation>Una modifica è stata rifiutata: {change}. {error}</translation>
    </message>
    <message>
        <source>Discard “{change}” for {name}</source>
        <translation>Scarta «{change}» per {name}</translation>
    </message>
    <message>
        <source>Not discarded: {why}</source>
        <translation>Non scartata: {why}</translation>
    </message>
    <message>
        <source>Type the points per currency unit (0: spending earns none).</source>
        <translation>Digita i punti per unità di valuta (0: la spesa non dà punti).</translation>
    </message>
    <message>
        <source>{typed} is not a number of points per currency unit.</source>
        <translation>{typed} non è un numero di punti per unità di valuta.</translation>
    </message>
    <message>
        <source>Points per currency unit cannot be negative.</source>
        <translation>I punti per unità di valuta non possono essere negativi.</translation>
    </message>
    <message>
        <source>Points per currency unit can be at most {most}.</source>
        <translation>I punti per unità di valuta possono essere al massimo {most}.</translation>
    </message>
    <message>
        <source>Reward {number}: type what the customer gets.</source>
        <translation>Premio {number}: digita cosa riceve il cliente.</translation>
    </message>
    <message>
        <source>Reward {number}: {why}</source>
        <translation>Premio {number}: {why}</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Per difetto</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Al più vicino</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Per eccesso</translation>
    </message>
    <message>
        <source>All other templates</source>
        <translation>Tutti gli altri modelli</translation>
    </message>
    <message>
        <source>{template} (not synced)</source>
        <translation>{template} (non sincronizzato)</translation>
    </message>
    <message>
        <source>Used by every loyalty template without rules of its own.</source>
        <translation>Usate da ogni modello fedeltà senza regole proprie.</translation>
    </message>
    <message>
        <source>This template has rules of its own.</source>
        <translation>Questo modello ha regole proprie.</translation>
    </message>
    <message>
        <source>This template uses the general rules until you change something here.</source>
        <translation>Questo modello usa le regole generali finché non modifichi qualcosa qui.</translation>
    </message>
    <message numerus="yes">
        <source>{about} Its balance shows %n decimal place(s): type points as the pass shows them.</source>
        <translation>
            <numerusform>{about} Il suo saldo mostra %n cifra decimale: digita i punti come li mostra il pass.</numerusform>
            <numerusform>{about} Il suo saldo mostra %n cifre decimali: digita i punti come li mostra il pass.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reward is reached when the balance gets to its points; the customer is sent the reward message (Messages tab).</source>
        <translation>Un premio è raggiunto quando il saldo arriva ai suoi punti; il cliente riceve il messaggio del premio (scheda Messaggi).</translation>
    </message>
    <message>
        <source>{help} Points here are whole units of the balance: for a template with decimals, {whole} is {shown}.</source>
        <translation>{help} Qui i punti sono unità intere del saldo: per un modello con decimali, {whole} corrisponde a {shown}.</translation>
    </message>
    <message>
        <source>Rules for {template} (Earning and rewards): {why}</source>
        <translation>Regole per {template} (Accumulo e premi): {why}</translation>
    </message>
    <message>
        <source>Spending {spent} earns {points} points.</source>
        <translation>Spendendo {spent} si guadagnano {points} punti.</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>points per scan: none</comment>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>No pass matches.</source>
        <translation>Nessun pass corrispondente.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found: pick one (Enter takes the first)</source>
        <translation>
            <numerusform>%Ln trovato: sceglilo (Invio prende il primo)</numerusform>
            <numerusform>%Ln trovati: scegline uno (Invio prende il primo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Till settings</source>
        <translation>Impostazioni cassa</translation>
    </message>
    <message>
        <source>Points per scan</source>
        <translation>Punti per scansione</translation>
    </message>
    <message>
        <source>Off, or the points each scan adds (negative: takes)</source>
        <translation>Nessuno, o i punti che ogni scansione aggiunge (negativo: li scala)</translation>
    </message>
    <message>
        <source>the Till&apos;s settings</source>
        <translation>le impostazioni della Cassa</translation>
    </message>
    <message>
        <source>Settings not opened: {why}</source>
        <translation>Impostazioni non aperte: {why}</translation>
    </message>
    <message>
        <source>In use, but not saved: {why}</source>
        <translation>In uso, ma non salvate: {why}</translation>
    </message>
    <message>
        <source>Till “{desk}”</source>
        <translation>Cassa «{desk}»</translation>
    </message>
    <message numerus="yes">
        <source>{problem} And %Ln more.</source>
        <translation>
            <numerusform>{problem} E %Ln altro.</numerusform>
            <numerusform>{problem} E altri %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>rounded down</source>
        <translation>arrotondati per difetto</translation>
    </message>
    <message>
        <source>rounded nearest</source>
        <translation>arrotondati al più vicino</translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation>arrotondati per eccesso</translation>
    </message>
    <message>
        <source>1 point per {currency} spent, {rounding}</source>
        <translation>1 punto per ogni {currency} speso, {rounding}</translation>
    </message>
    <message>
        <source>{rate} points per {currency} spent, {rounding}</source>
        <translation>{rate} punti per ogni {currency} speso, {rounding}</translation>
    </message>
    <message>
        <source>1 point per unit spent, {rounding}</source>
        <translation>1 punto per unità spesa, {rounding}</translation>
    </message>
    <message>
        <source>{rate} points per unit spent, {rounding}</source>
        <translation>{rate} punti per unità spesa, {rounding}</translation>
    </message>
    <message numerus="yes">
        <source>own rules for %Ln template(s)</source>
        <translation>
            <numerusform>regole proprie per %Ln modello</numerusform>
            <numerusform>regole proprie per %Ln modelli</numerusform>
        </translation>
    </message>
    <message>
        <source>scan with loyalty: {points} per scan</source>
        <translation>scansione con fedeltà: {points} per scansione</translation>
    </message>
    <message>
        <source>{role} · a supervisor&apos;s PIN for every change here</source>
        <translation>{role} · PIN del supervisore per ogni modifica qui</translation>
    </message>
    <message>
        <source>redeeming over {points} points</source>
        <translation>riscatti oltre {points} punti</translation>
    </message>
    <message>
        <source>over {points} points on one card in an hour</source>
        <translation>oltre {points} punti su una carta in un&apos;ora</translation>
    </message>
    <message>
        <source>setting a balance</source>
        <translation>impostazione di un saldo</translation>
    </message>
    <message>
        <source>{role} · a supervisor&apos;s PIN for {needs}</source>
        <translation>{role} · PIN del supervisore per {needs}</translation>
    </message>
    <message>
        <source>The shift&apos;s totals could not be read: {why}</source>
        <translation>Impossibile leggere i totali del turno: {why}</translation>
    </message>
    <message>
        <source>Shift closed at {when}; a new shift started.</source>
        <translation>Turno chiuso ({when}); è iniziato un nuovo turno.</translation>
    </message>
    <message>
        <source>Export operations</source>
        <translation>Esporta operazioni</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s)</source>
        <translation>
            <numerusform>%Ln operazione</numerusform>
            <numerusform>%Ln operazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Till “{desk}” · from {start} to {end}</source>
        <translation>Cassa «{desk}» · da {start} a {end}</translation>
    </message>
    <message>
        <source>No operations in this shift.</source>
        <translation>Nessuna operazione in questo turno.</translation>
    </message>
    <message>
        <source>points issued {points}</source>
        <translation>punti assegnati {points}</translation>
    </message>
    <message>
        <source>points redeemed {points}</source>
        <translation>punti riscattati {points}</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Chiudi turno</translation>
    </message>
    <message>
        <source>Writing operations…</source>
        <translation>Scrittura delle operazioni…</translation>
    </message>
    <message>
        <source>Close this shift?</source>
        <translation>Chiudere questo turno?</translation>
    </message>
    <message>
        <source>&amp;Close shift</source>
        <translation>&amp;Chiudi turno</translation>
    </message>
    <message>
        <source>Start a new shift now</source>
        <translation>Inizia ora un nuovo turno</translation>
    </message>
    <message>
        <source>Export the shift</source>
        <translation>Esporta il turno</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) not yet confirmed by PassEntry: counted here, and still on the way.</source>
        <translation>
            <numerusform>%Ln operazione non ancora confermata da PassEntry: conteggiata qui e ancora in corso di invio.</numerusform>
            <numerusform>%Ln operazioni non ancora confermate da PassEntry: conteggiate qui e ancora in corso di invio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) written to {path}; the totals to {totals}</source>
        <translation>
            <numerusform>%Ln operazione scritta in {path}; i totali in {totals}</numerusform>
            <numerusform>%Ln operazioni scritte in {path}; i totali in {totals}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>Impossibile scrivere {path}: {why}</translation>
    </message>
    <message>
        <source>Writing the shift…</source>
        <translation>Scrittura del turno…</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <source>a loyalty card</source>
        <translation>una carta fedeltà</translation>
    </message>
    <message>
        <source>a member card</source>
        <translation>una tessera socio</translation>
    </message>
    <message>
        <source>a transit pass</source>
        <translation>un abbonamento ai trasporti</translation>
    </message>
    <message>
        <source>an unnamed event</source>
        <translation>un evento senza nome</translation>
    </message>
    <message>
        <source>{event}, {day}</source>
        <comment>an event&apos;s name and day</comment>
        <translation>{event}, {day}</translation>
    </message>
    <message>
        <source>another kind of pass</source>
        <translation>un altro tipo di pass</translation>
    </message>
    <message>
        <source>{time} {place} time</source>
        <comment>a time on a city&apos;s clock</comment>
        <translation>{time} ora di {place}</translation>
    </message>
    <message>
        <source>Ticket for {event}: that event has ended</source>
        <translation>Biglietto per {event}: l&apos;evento è terminato</translation>
    </message>
    <message>
        <source>Ticket for {event}: not yet, it starts at {time}</source>
        <translation>Biglietto per {event}: non ancora, inizia alle {time}</translation>
    </message>
    <message>
        <source>Ticket for {event}: not this door&apos;s event</source>
        <translation>Biglietto per {event}: non è l&apos;evento di questo ingresso</translation>
    </message>
    <message>
        <source>Ticket for another event</source>
        <translation>Biglietto per un altro evento</translation>
    </message>
    <message>
        <source>Not a ticket for this event</source>
        <translation>Non è un biglietto per questo evento</translation>
    </message>
    <message>
        <source>Unknown pass: not a ticket for this venue</source>
        <translation>Pass sconosciuto: non è un biglietto per questa sede</translation>
    </message>
    <message>
        <source>This pass was cancelled (deactivated)</source>
        <translation>Questo pass è stato revocato (disattivato)</translation>
    </message>
    <message>
        <source>Cancelled: this pass was nullified</source>
        <translation>Revocato: questo pass è stato invalidato</translation>
    </message>
    <message>
        <source>Expired on {day}</source>
        <translation>Scaduto il {day}</translation>
    </message>
    <message>
        <source>{template} is not valid at this door</source>
        <translation>{template} non è valido a questo ingresso</translation>
    </message>
    <message>
        <source>this kind of pass is not valid at this door</source>
        <translation>questo tipo di pass non è valido a questo ingresso</translation>
    </message>
    <message>
        <source>Not a ticket: this is {card}</source>
        <translation>Non è un biglietto: è {card}</translation>
    </message>
    <message>
        <source>Not checked in, so not checked out</source>
        <translation>Non entrato, quindi uscita non registrata</translation>
    </message>
    <message>
        <source>Checked out; may come back in</source>
        <translation>Uscita registrata; può rientrare</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Uscita registrata</translation>
    </message>
    <message>
        <source>Doors open at {time}</source>
        <translation>Apertura porte alle {time}</translation>
    </message>
    <message>
        <source>Doors closed at {time}</source>
        <translation>Porte chiuse alle {time}</translation>
    </message>
    <message>
        <source>Already admitted by {reader} at {time}</source>
        <translation>Già ammesso da {reader} alle {time}</translation>
    </message>
    <message>
        <source>Already admitted at {time}</source>
        <translation>Già ammesso alle {time}</translation>
    </message>
    <message>
        <source>Full: {inside} of {capacity} inside</source>
        <translation>Completo: {inside} presenti su {capacity}</translation>
    </message>
    <message>
        <source>The holder removed this pass from their wallet</source>
        <translation>Il titolare ha rimosso questo pass dal wallet</translation>
    </message>
    <message>
        <source>Admitted, but the pass was removed from the wallet: check ID</source>
        <translation>Ammesso, ma il pass è stato rimosso dal wallet: controlla il documento</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Bentornato</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <source>{reason}: ask staff to check this ticket</source>
        <translation>{reason}: chiedi al personale di controllare questo biglietto</translation>
    </message>
    <message>
        <source>Could not read the code: {why}</source>
        <translation>Impossibile leggere il codice: {why}</translation>
    </message>
    <message>
        <source>Check the guest before letting them in</source>
        <translation>Controlla l&apos;ospite prima di farlo entrare</translation>
    </message>
    <message>
        <source>ask staff to check this ticket</source>
        <translation>chiedi al personale di controllare questo biglietto</translation>
    </message>
    <message>
        <source>the scanner sent bytes that are not text</source>
        <translation>lo scanner ha inviato byte che non sono testo</translation>
    </message>
    <message>
        <source>{count} characters is not a pass code</source>
        <translation>{count} caratteri non formano un codice pass</translation>
    </message>
    <message>
        <source>mostly control characters, not a pass code</source>
        <translation>quasi solo caratteri di controllo, non un codice pass</translation>
    </message>
    <message>
        <source>nothing was read</source>
        <translation>non è stato letto nulla</translation>
    </message>
    <message>
        <source>only a reader prefix was read</source>
        <translation>è stato letto solo un prefisso del lettore</translation>
    </message>
    <message>
        <source>ALSO ADMITTED ELSEWHERE</source>
        <comment>in the door&apos;s last scans list</comment>
        <translation>AMMESSO ANCHE ALTROVE</translation>
    </message>
    <message>
        <source>Asking the validation service…</source>
        <translation>Richiesta al servizio di convalida…</translation>
    </message>
    <message>
        <source>Passes are still loading ({done}): check the ticket by hand</source>
        <translation>Pass ancora in caricamento ({done}): controlla il biglietto manualmente</translation>
    </message>
    <message>
        <source>Passes are still loading: check the ticket by hand</source>
        <translation>Pass ancora in caricamento: controlla il biglietto manualmente</translation>
    </message>
    <message>
        <source>{verdict}. This door&apos;s event is no longer in the events list: choose tonight&apos;s event above</source>
        <translation>{verdict}. L&apos;evento di questo ingresso non è più nell&apos;elenco degli eventi: scegli l&apos;evento di stasera qui sopra</translation>
    </message>
    <message>
        <source>{verdict} · {points}</source>
        <translation>{verdict} · {points}</translation>
    </message>
    <message>
        <source>Loading passes… {done}</source>
        <translation>Caricamento pass… {done}</translation>
    </message>
    <message>
        <source>Loading passes…</source>
        <translation>Caricamento pass…</translation>
    </message>
    <message>
        <source>Until every pass is here, a ticket not found must be checked by hand.</source>
        <translation>Finché non sono arrivati tutti i pass, un biglietto non trovato va controllato manualmente.</translation>
    </message>
    <message>
        <source>This door&apos;s event is no longer in the events list</source>
        <translation>L&apos;evento di questo ingresso non è più nell&apos;elenco degli eventi</translation>
    </message>
    <message>
        <source>Every ticket is denied until tonight&apos;s event is chosen above.</source>
        <translation>Ogni biglietto viene respinto finché non scegli qui sopra l&apos;evento di stasera.</translation>
    </message>
    <message>
        <source>Scan a ticket to check it out</source>
        <translation>Scansiona un biglietto per registrarne l&apos;uscita</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>ammesso</translation>
    </message>
    <message>
        <source>readmitted</source>
        <translation>riammesso</translation>
    </message>
    <message>
        <source>removed from wallet</source>
        <translation>rimosso dal wallet</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>uscito</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illeggibile</translation>
    </message>
    <message>
        <source>unknown pass</source>
        <translation>pass sconosciuto</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>nullified</source>
        <translation>invalidato</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>rimosso</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <source>template not allowed</source>
        <translation>modello non consentito</translation>
    </message>
    <message>
        <source>not a ticket</source>
        <translation>non è un biglietto</translation>
    </message>
    <message>
        <source>wrong event</source>
        <translation>evento errato</translation>
    </message>
    <message>
        <source>event ended</source>
        <translation>evento terminato</translation>
    </message>
    <message>
        <source>event not started</source>
        <translation>evento non iniziato</translation>
    </message>
    <message>
        <source>doors not open</source>
        <translation>porte non ancora aperte</translation>
    </message>
    <message>
        <source>doors closed</source>
        <translation>porte chiuse</translation>
    </message>
    <message>
        <source>already admitted</source>
        <translation>già ammesso</translation>
    </message>
    <message>
        <source>not inside</source>
        <translation>non presente</translation>
    </message>
    <message>
        <source>capacity reached</source>
        <translation>capienza raggiunta</translation>
    </message>
    <message>
        <source>held</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>{time} {zone}</source>
        <comment>a time, then its time zone&apos;s abbreviation: 19:42 GMT</comment>
        <translation>{time} {zone}</translation>
    </message>
    <message>
        <source>Scan a ticket</source>
        <translation>Scansiona un biglietto</translation>
    </message>
    <message>
        <source>{verdict}. {name}. {message}</source>
        <translation>{verdict}. {name}. {message}</translation>
    </message>
    <message>
        <source>ADMIT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>AMMESSO</translation>
    </message>
    <message>
        <source>DENY</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>RESPINTO</translation>
    </message>
    <message>
        <source>CHECK</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>CONTROLLA</translation>
    </message>
    <message>
        <source>EXIT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>USCITA</translation>
    </message>
    <message>
        <source>HOLD</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>ATTESA</translation>
    </message>
    <message>
        <source>NOT RECORDED</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>NON REGISTRATO</translation>
    </message>
    <message>
        <source>READY</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>PRONTO</translation>
    </message>
    <message>
        <source>LOADING</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>CARICAMENTO</translation>
    </message>
    <message>
        <source>NOT LOADED</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>NON CARICATO</translation>
    </message>
    <message>
        <source>NO EVENT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>NESSUN EVENTO</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>ANNULLATO</translation>
    </message>
    <message>
        <source>CHECKING</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>IN VERIFICA</translation>
    </message>
    <message>
        <source>Turned away: {reason}</source>
        <translation>Respinto: {reason}</translation>
    </message>
    <message>
        <source>Let in after the check: {reason}</source>
        <translation>Fatto entrare dopo il controllo: {reason}</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Non valido</translation>
    </message>
    <message>
        <source>Validation service unavailable ({error})</source>
        <translation>Servizio di convalida non disponibile ({error})</translation>
    </message>
    <message>
        <source>{why}: denied, as this door is set up to</source>
        <translation>{why}: respinto, come previsto dalle impostazioni di questo ingresso</translation>
    </message>
    <message>
        <source>{why}: checked offline. {verdict}</source>
        <translation>{why}: verificato offline. {verdict}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>passdesk cannot open its local database.

{problem}

Check that the data folder exists and can be written, or set PASSDESK_DATA_DIR to another folder.</source>
        <translation>passdesk non riesce ad aprire il suo database locale.

{problem}

Verifica che la cartella dei dati esista e sia scrivibile, oppure imposta PASSDESK_DATA_DIR su un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>The demo sandbox could not start:
{problem}</source>
        <translation>Impossibile avviare la sandbox demo:
{problem}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Unlock desk…</source>
        <translation>Sblocca postazione…</translation>
    </message>
    <message>
        <source>This desk is locked to one pane. A supervisor&apos;s PIN unlocks it.</source>
        <translation>Questa postazione è bloccata su una sezione. Il PIN del supervisore la sblocca.</translation>
    </message>
    <message>
        <source>the {pane}</source>
        <comment>the pane a kiosk desk is locked to</comment>
        <translation>sezione {pane}</translation>
    </message>
    <message>
        <source>Not unlocked: {problem}</source>
        <translation>Non sbloccata: {problem}</translation>
    </message>
    <message>
        <source>This desk is locked. A supervisor unlocks it with &quot;{unlock}&quot;.</source>
        <translation>Questa postazione è bloccata. Un supervisore la sblocca con «{unlock}».</translation>
    </message>
    <message numerus="yes">
        <source>The local data was rescued (%Ln row(s)); the damaged file is kept as {file}. Passes and events are fetched again.</source>
        <translation>
            <numerusform>I dati locali sono stati recuperati (%Ln riga); il file danneggiato è conservato come {file}. Pass ed eventi vengono scaricati di nuovo.</numerusform>
            <numerusform>I dati locali sono stati recuperati (%Ln righe); il file danneggiato è conservato come {file}. Pass ed eventi vengono scaricati di nuovo.</numerusform>
        </translation>
    </message>
    <message>
        <source>A fresh local store was started; the damaged file is kept as {file}. Passes and events are fetched again.</source>
        <translation>È stato creato un nuovo database locale; il file danneggiato è conservato come {file}. Pass ed eventi vengono scaricati di nuovo.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>Show the section names</source>
        <translation>Mostra i nomi delle sezioni</translation>
    </message>
    <message>
        <source>Show icons only</source>
        <translation>Mostra solo le icone</translation>
    </message>
    <message>
        <source>{section} ({keys})</source>
        <comment>a section and its shortcut</comment>
        <translation>{section} ({keys})</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Ingresso</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Cassa</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Designer</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Lettori</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <source>passdesk: local data damaged</source>
        <translation>passdesk: dati locali danneggiati</translation>
    </message>
    <message>
        <source>The local data file is damaged</source>
        <translation>Il file dei dati locali è danneggiato</translation>
    </message>
    <message>
        <source>passdesk cannot read its local data file, so it cannot start on it.

Unsent changes and door scans may still be inside. passdesk can move the file aside (it is kept, never deleted), copy what can still be read into a fresh store, and then fetch passes and events again from PassEntry.</source>
        <translation>passdesk non riesce a leggere il suo file dei dati locali, quindi non può avviarsi.

All&apos;interno potrebbero esserci ancora modifiche non inviate e scansioni all&apos;ingresso. passdesk può spostare il file da parte (viene conservato, mai eliminato), copiare ciò che è ancora leggibile in un nuovo database e poi scaricare di nuovo pass ed eventi da PassEntry.</translation>
    </message>
    <message>
        <source>File: {path}
SQLite says: {problem}</source>
        <translation>File: {path}
Messaggio di SQLite: {problem}</translation>
    </message>
    <message>
        <source>Rescue what can be read (recommended)</source>
        <translation>Recupera ciò che è leggibile (consigliato)</translation>
    </message>
    <message>
        <source>Start a fresh store (the old file is kept)</source>
        <translation>Crea un nuovo database (il vecchio file viene conservato)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Rescuing the local data…</source>
        <translation>Recupero dei dati locali…</translation>
    </message>
    <message>
        <source>This can take a minute for a large store. Please leave passdesk open.</source>
        <translation>Con un database grande può richiedere un minuto. Lascia passdesk aperto.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Start a fresh store</source>
        <translation>Crea un nuovo database</translation>
    </message>
    <message>
        <source>Start a fresh store without rescuing?</source>
        <translation>Creare un nuovo database senza recupero?</translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <source>Unsent changes and scans in the old file are not sent. The file is kept as it is, beside {file}.</source>
        <translation>Le modifiche e le scansioni non inviate nel vecchio file non verranno inviate. Il file viene conservato così com&apos;è, accanto a {file}.</translation>
    </message>
    <message>
        <source>Starting a fresh store…</source>
        <translation>Creazione di un nuovo database…</translation>
    </message>
    <message>
        <source>A fresh store is ready</source>
        <translation>Il nuovo database è pronto</translation>
    </message>
    <message>
        <source>The local data was rescued</source>
        <translation>I dati locali sono stati recuperati</translation>
    </message>
    <message>
        <source>Nothing could be rescued</source>
        <translation>Non è stato possibile recuperare nulla</translation>
    </message>
    <message>
        <source>The rescue did not finish</source>
        <translation>Il recupero non è stato completato</translation>
    </message>
    <message>
        <source>{problem}

The damaged file was not deleted. Quit, free some space or fix the folder&apos;s permissions, and try again; or run &apos;passdesk store rescue&apos; from a terminal.</source>
        <translation>{problem}

Il file danneggiato non è stato eliminato. Esci, libera spazio o correggi i permessi della cartella e riprova; oppure esegui &apos;passdesk store rescue&apos; da un terminale.</translation>
    </message>
    <message>
        <source>Welcome to passdesk</source>
        <translation>Benvenuto in passdesk</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>Ancora nessuna chiave API</translation>
    </message>
    <message>
        <source>passdesk has no PassEntry API key for {server}.

Start the demo to try passdesk on a local sandbox with made-up data, or open Settings to enter the key from the PassEntry Dashboard (Developer tools).</source>
        <translation>passdesk non ha una chiave API di PassEntry per {server}.

Avvia la demo per provare passdesk su una sandbox locale con dati fittizi, oppure apri Impostazioni per inserire la chiave dalla Dashboard di PassEntry (Developer tools).</translation>
    </message>
    <message>
        <source>On a computer without a keychain, set PASSDESK_API_KEY instead.</source>
        <translation>Su un computer senza portachiavi, imposta invece PASSDESK_API_KEY.</translation>
    </message>
    <message>
        <source>Start &amp;demo</source>
        <translation>Avvia &amp;demo</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Apri &amp;Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Demo sandbox · {address}</source>
        <translation>Sandbox demo · {address}</translation>
    </message>
    <message>
        <source>Local server · {address}</source>
        <translation>Server locale · {address}</translation>
    </message>
    <message>
        <source>PassEntry API · {address}</source>
        <translation>API PassEntry · {address}</translation>
    </message>
    <message>
        <source>Changes made here that PassEntry does not have yet. Click to see them in the Sync pane.</source>
        <translation>Modifiche fatte qui che PassEntry non ha ancora. Fai clic per vederle nella sezione Sincronizzazione.</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Spazio su disco</translation>
    </message>
    <message>
        <source>API base URL: {url}</source>
        <translation>URL base dell&apos;API: {url}</translation>
    </message>
    <message>
        <source>Last sync {time}.</source>
        <translation>Ultima sincronizzazione: {time}.</translation>
    </message>
    <message>
        <source>No sync has finished yet.</source>
        <translation>Nessuna sincronizzazione ancora completata.</translation>
    </message>
    <message>
        <source>The last sync was cancelled.</source>
        <translation>L&apos;ultima sincronizzazione è stata annullata.</translation>
    </message>
    <message>
        <source>Last attempt: {problem}</source>
        <translation>Ultimo tentativo: {problem}</translation>
    </message>
    <message>
        <source>Click to open the Sync pane.</source>
        <translation>Fai clic per aprire la sezione Sincronizzazione.</translation>
    </message>
</context>
</TS>
