<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BulkIssueForm</name>
    <message>
        <source>CSV &amp;file</source>
        <translation>&amp;Fichier CSV</translation>
    </message>
    <message>
        <source>Type a path and press Enter, or Choose… (UTF-8, columns separated by , or ;)</source>
        <translation>Saisissez un chemin et appuyez sur Entrée, ou Choisir… (UTF-8, colonnes séparées par , ou ;)</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation>Ajouter par I&amp;D…</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID, copied from the PassEntry dashboard</source>
        <translation>Modèle absent de la liste ? Ajoutez-le par son ID, copié depuis le tableau de bord PassEntry</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID</source>
        <translation>Modèle absent de la liste ? Ajoutez-le par son ID</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>&amp;Événement</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>The event every pass of the file is a ticket for</source>
        <translation>L&apos;événement dont chaque pass du fichier est un billet</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Pass field</source>
        <translation>Champ du pass</translation>
    </message>
    <message>
        <source>CSV column</source>
        <translation>Colonne CSV</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Choose a CSV file: every row is checked before anything is sent.</source>
        <translation>Choisissez un fichier CSV : chaque ligne est vérifiée avant tout envoi.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Export bad rows…</source>
        <translation>&amp;Exporter les lignes erronées…</translation>
    </message>
</context>
<context>
    <name>DesignerEditorForm</name>
    <message>
        <source>Publish state</source>
        <translation>État de publication</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Shown to you and on the pass</source>
        <translation>Visible par vous et sur le pass</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the pass is for (read by screen readers)</source>
        <translation>À quoi sert le pass (lu par les lecteurs d&apos;écran)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Template type</source>
        <translation>Type de modèle</translation>
    </message>
    <message>
        <source>T&amp;ravel by</source>
        <translation>T&amp;ransport</translation>
    </message>
    <message>
        <source>Transit type</source>
        <translation>Type de transport</translation>
    </message>
    <message>
        <source>What a transit pass is for: plane, bus, train, ferry or other</source>
        <translation>Usage d&apos;un pass de transport : avion, bus, train, ferry ou autre</translation>
    </message>
    <message>
        <source>Default &amp;language</source>
        <translation>&amp;Langue par défaut</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>The language of the labels and default values on the Fields tab; Google phones in a language the template lacks show it. PassEntry advises English.</source>
        <translation>La langue des libellés et valeurs par défaut de l&apos;onglet Champs ; les téléphones Google dans une langue absente du modèle l&apos;affichent. PassEntry conseille l&apos;anglais.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>&amp;Arrière-plan</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Choisir la couleur d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>Choose background colour</source>
        <translation>Choisir la couleur d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Couleur d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Libellés</translation>
    </message>
    <message>
        <source>Choose the label colour</source>
        <translation>Choisir la couleur des libellés</translation>
    </message>
    <message>
        <source>Choose label colour</source>
        <translation>Choisir la couleur des libellés</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Couleur des libellés</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>Choose the text colour</source>
        <translation>Choisir la couleur du texte</translation>
    </message>
    <message>
        <source>Choose text colour</source>
        <translation>Choisir la couleur du texte</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Couleur du texte</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>A PNG or JPEG file of at most 1 MB</source>
        <translation>Un fichier PNG ou JPEG de 1 Mo maximum</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Supprimer le logo</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Bannière</translation>
    </message>
    <message>
        <source>No banner</source>
        <translation>Aucune bannière</translation>
    </message>
    <message>
        <source>A PNG or JPEG strip image of at most 1 MB</source>
        <translation>Une image bandeau PNG ou JPEG de 1 Mo maximum</translation>
    </message>
    <message>
        <source>Choose banner</source>
        <translation>Choisir la bannière</translation>
    </message>
    <message>
        <source>Remove banner</source>
        <translation>Supprimer la bannière</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icône</translation>
    </message>
    <message>
        <source>No icon</source>
        <translation>Aucune icône</translation>
    </message>
    <message>
        <source>Choose icon</source>
        <translation>Choisir l&apos;icône</translation>
    </message>
    <message>
        <source>Remove icon</source>
        <translation>Supprimer l&apos;icône</translation>
    </message>
    <message>
        <source>&amp;Watermark</source>
        <translation>&amp;Filigrane</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Filigrane</translation>
    </message>
    <message>
        <source>PassEntry&apos;s mark on the pass, light or dark</source>
        <translation>La marque PassEntry sur le pass, claire ou foncée</translation>
    </message>
    <message>
        <source>Watermark position</source>
        <translation>Position du filigrane</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Ty&amp;pe</source>
        <translation>Ty&amp;pe</translation>
    </message>
    <message>
        <source>Barcode type</source>
        <translation>Type de code-barres</translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <translation>&amp;Contenu</translation>
    </message>
    <message>
        <source>What the barcode holds</source>
        <translation>Contenu du code-barres</translation>
    </message>
    <message>
        <source>What a scanner reads from each pass&apos;s code</source>
        <translation>Ce qu&apos;un scanner lit dans le code de chaque pass</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>Barcode text</source>
        <translation>Texte du code-barres</translation>
    </message>
    <message>
        <source>What the code holds, e.g. %{passData.memberNumber}</source>
        <translation>Contenu du code, p. ex. %{passData.memberNumber}</translation>
    </message>
    <message>
        <source>&amp;Show the code&apos;s value under it</source>
        <translation>Afficher la valeur &amp;sous le code</translation>
    </message>
    <message>
        <source>Show the value under the code</source>
        <translation>Afficher la valeur sous le code</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Fields by slot group</source>
        <translation>Champs par groupe d&apos;emplacements</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; drag a row by its number (or use Up and Down) to reorder. Sample values only fill the preview: they are not part of the template.</source>
        <translation>Double-cliquez sur une cellule pour la modifier ; faites glisser une ligne par son numéro (ou utilisez Monter et Descendre) pour réordonner. Les valeurs d&apos;exemple ne servent qu&apos;à l&apos;aperçu : elles ne font pas partie du modèle.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>Language of the labels and default values</source>
        <translation>Langue des libellés et valeurs par défaut</translation>
    </message>
    <message>
        <source>The language the table shows and edits; the default language edits the base labels</source>
        <translation>La langue affichée et modifiée dans le tableau ; la langue par défaut modifie les libellés de base</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>Ajouter une langue…</translation>
    </message>
    <message>
        <source>Give the labels and default values in another language (a BCP 47 tag such as de, de-AT or pt-BR)</source>
        <translation>Saisir les libellés et valeurs par défaut dans une autre langue (une balise BCP 47 comme de, de-AT ou pt-BR)</translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation>Supprimer la langue</translation>
    </message>
    <message>
        <source>Remove the chosen language&apos;s labels and default values from every field</source>
        <translation>Supprimer les libellés et valeurs par défaut de la langue choisie dans chaque champ</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Put a new field in the first empty slot of this group</source>
        <translation>Placer un nouveau champ dans le premier emplacement libre de ce groupe</translation>
    </message>
    <message>
        <source>Empty the chosen slot</source>
        <translation>Vider l&apos;emplacement choisi</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the chosen field one slot up (or drag it)</source>
        <translation>Monter le champ choisi d&apos;un emplacement (ou le faire glisser)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the chosen field one slot down (or drag it)</source>
        <translation>Descendre le champ choisi d&apos;un emplacement (ou le faire glisser)</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>Move the chosen field to another group</source>
        <translation>Déplacer le champ choisi vers un autre groupe</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
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
        <translation>Concevez des modèles de pass hors ligne ; les brouillons restent sur cet ordinateur jusqu&apos;à leur publication.</translation>
    </message>
    <message>
        <source>Designer message</source>
        <translation>Message du Designer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Send this template to PassEntry (queued while offline)</source>
        <translation>Envoyer ce modèle à PassEntry (mis en file d&apos;attente hors ligne)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a blank template</source>
        <translation>Commencer un modèle vierge</translation>
    </message>
    <message>
        <source>Open &amp;draft…</source>
        <translation>Ouvrir un &amp;brouillon…</translation>
    </message>
    <message>
        <source>Open a draft saved on this computer</source>
        <translation>Ouvrir un brouillon enregistré sur cet ordinateur</translation>
    </message>
    <message>
        <source>Open &amp;synced template…</source>
        <translation>Ouvrir un modèle &amp;synchronisé…</translation>
    </message>
    <message>
        <source>Start from a template PassEntry already has</source>
        <translation>Partir d&apos;un modèle déjà présent sur PassEntry</translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation>Ajouter par I&amp;D…</translation>
    </message>
    <message>
        <source>Add a template PassEntry has, by its ID, and open it</source>
        <translation>Ajouter un modèle de PassEntry par son ID et l&apos;ouvrir</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer un JSON…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exporter en JSON…</translation>
    </message>
    <message>
        <source>Export P&amp;NGs…</source>
        <translation>Exporter en P&amp;NG…</translation>
    </message>
    <message>
        <source>Save both previews as PNG images</source>
        <translation>Enregistrer les deux aperçus en images PNG</translation>
    </message>
    <message>
        <source>No template is open. Start a new one, open a draft or a synced template, or import a JSON file.</source>
        <translation>Aucun modèle ouvert. Commencez-en un nouveau, ouvrez un brouillon ou un modèle synchronisé, ou importez un fichier JSON.</translation>
    </message>
</context>
<context>
    <name>DesignerPickerForm</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
</context>
<context>
    <name>DesignerPublishForm</name>
    <message>
        <source>Name of the &amp;copy</source>
        <translation>Nom de la &amp;copie</translation>
    </message>
    <message>
        <source>Name of the copy</source>
        <translation>Nom de la copie</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>Avertissements en suspens</translation>
    </message>
</context>
<context>
    <name>DoorForm</name>
    <message>
        <source>Door</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Scan sources</source>
        <translation>Sources de scan</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
    <message>
        <source>&amp;Export scans…</source>
        <translation>&amp;Exporter les scans…</translation>
    </message>
    <message>
        <source>Write every scan in the log to a CSV file for a spreadsheet</source>
        <translation>Écrire chaque scan du journal dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Door &amp;settings…</source>
        <translation>&amp;Paramètres de l&apos;entrée…</translation>
    </message>
    <message>
        <source>Event, doors-open window, capacity, re-entry and more for this door</source>
        <translation>Événement, horaires d&apos;ouverture, jauge, réentrée et plus pour cette porte</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Fill the screen, to read the verdict from two metres (F11)</source>
        <translation>Remplir l&apos;écran pour lire le verdict à deux mètres (F11)</translation>
    </message>
    <message>
        <source>Which event this door admits</source>
        <translation>L&apos;événement auquel cette porte donne accès</translation>
    </message>
    <message>
        <source>Tonight&apos;s event</source>
        <translation>Événement de ce soir</translation>
    </message>
    <message>
        <source>&amp;Use this event</source>
        <translation>&amp;Utiliser cet événement</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>acceptés</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusés</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Trouver un invité</translation>
    </message>
    <message>
        <source>Name or ticket number  (Ctrl+F)</source>
        <translation>Nom ou numéro de billet  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search by name or ticket number</source>
        <translation>Rechercher par nom ou numéro de billet</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Judge the selected guest&apos;s pass as if scanned (Enter in the list)</source>
        <translation>Juger le pass de l&apos;invité sélectionné comme s&apos;il était scanné (touche Entrée dans la liste)</translation>
    </message>
    <message>
        <source>&amp;Undo last admission</source>
        <translation>&amp;Annuler la dernière entrée</translation>
    </message>
    <message>
        <source>Take back this door&apos;s last admission (Ctrl+Z)</source>
        <translation>Annuler la dernière entrée de cette porte (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>Derniers scans</translation>
    </message>
</context>
<context>
    <name>DoorSettingsForm</name>
    <message>
        <source>Event and rules</source>
        <translation>Événement et règles</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>&amp;Nom du poste</translation>
    </message>
    <message>
        <source>Each desk&apos;s scans and &quot;Undo last admission&quot; are its own</source>
        <translation>Les scans et « Annuler la dernière entrée » sont propres à chaque poste</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Sens</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Événement</translation>
    </message>
    <message>
        <source>Doors &amp;open</source>
        <translation>&amp;Ouverture des portes</translation>
    </message>
    <message>
        <source>Doors &amp;close</source>
        <translation>&amp;Fermeture des portes</translation>
    </message>
    <message>
        <source>Tickets &amp;valid from</source>
        <translation>Billets &amp;valables dès</translation>
    </message>
    <message>
        <source> h before the event starts</source>
        <translation> h avant le début de l&apos;événement</translation>
    </message>
    <message>
        <source>Tickets valid from, hours before the event starts</source>
        <translation>Billets valables dès, en heures avant le début de l&apos;événement</translation>
    </message>
    <message>
        <source>Earlier, a ticket is denied as &quot;not yet&quot;. The event&apos;s end always closes it. Doors open / close, when set, decide for this door&apos;s own event</source>
        <translation>Avant, un billet est refusé comme « pas encore ». La fin de l&apos;événement clôt toujours l&apos;accès. L&apos;ouverture / la fermeture des portes, si elles sont définies, s&apos;appliquent à l&apos;événement de cette porte</translation>
    </message>
    <message>
        <source>Admit lo&amp;yalty and member cards (no ticket)</source>
        <translation>Accepter les cartes de fidélité et de &amp;membre (sans billet)</translation>
    </message>
    <message>
        <source>Off: a loyalty card or member card scanned here is denied as &quot;Not a ticket&quot;</source>
        <translation>Désactivé : une carte de fidélité ou de membre scannée ici est refusée comme « Pas un billet »</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Jauge</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <source>Allow &amp;re-entry after an exit scan</source>
        <translation>Autoriser la &amp;réentrée après un scan de sortie</translation>
    </message>
    <message>
        <source>Pass &amp;removed from wallet</source>
        <translation>Pass &amp;retiré du portefeuille</translation>
    </message>
    <message>
        <source>Allowed &amp;templates</source>
        <translation>&amp;Modèles autorisés</translation>
    </message>
    <message>
        <source>None ticked: every template is let in</source>
        <translation>Aucun coché : tous les modèles sont acceptés</translation>
    </message>
    <message>
        <source>Back to &amp;READY after</source>
        <translation>Retour à &amp;PRÊT après</translation>
    </message>
    <message>
        <source>the next scan</source>
        <translation>le scan suivant</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before the verdict goes back to READY</source>
        <translation>Secondes avant que le verdict revienne à PRÊT</translation>
    </message>
    <message>
        <source>How long a verdict stays on the big panel; the next scan always replaces it at once</source>
        <translation>Durée d&apos;affichage d&apos;un verdict sur le grand panneau ; le scan suivant le remplace toujours aussitôt</translation>
    </message>
    <message>
        <source>Points, sound and readers</source>
        <translation>Points, son et lecteurs</translation>
    </message>
    <message>
        <source>Points per &amp;admission</source>
        <translation>Points par &amp;entrée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Points per admission</source>
        <translation>Points par entrée</translation>
    </message>
    <message>
        <source>Scan with loyalty: each admission adds these points to the pass&apos;s balance, when its template has loyalty. Off: no points</source>
        <translation>Scan avec fidélité : chaque entrée ajoute ces points au solde du pass, si son modèle gère la fidélité. Désactivé : aucun point</translation>
    </message>
    <message>
        <source>Pus&amp;h message</source>
        <translation>&amp;Notification push</translation>
    </message>
    <message>
        <source>e.g. Thanks for visiting! {points} points added.</source>
        <translation>ex. Merci de votre visite ! {points} points crédités.</translation>
    </message>
    <message>
        <source>Sent to the pass with the points; {points}, {balance} and {name} are filled in. Empty: no message</source>
        <translation>Envoyée au pass avec les points ; {points}, {balance} et {name} sont remplis. Vide : aucune notification</translation>
    </message>
    <message>
        <source>&amp;Sound for each verdict</source>
        <translation>&amp;Son pour chaque verdict</translation>
    </message>
    <message>
        <source>N&amp;FC reader</source>
        <translation>Lecteur N&amp;FC</translation>
    </message>
    <message>
        <source>Off (e.g. usb or tty:USB0:pn532)</source>
        <translation>Désactivé (ex. usb ou tty:USB0:pn532)</translation>
    </message>
    <message>
        <source>nfcpy device path of an NFC reader for NDEF tags; empty: no NFC reader</source>
        <translation>Chemin de périphérique nfcpy d&apos;un lecteur NFC pour balises NDEF ; vide : aucun lecteur NFC</translation>
    </message>
    <message>
        <source>VTAP serial &amp;port</source>
        <translation>&amp;Port série VTAP</translation>
    </message>
    <message>
        <source>Off (e.g. /dev/ttyACM0 or COM3)</source>
        <translation>Désactivé (ex. /dev/ttyACM0 ou COM3)</translation>
    </message>
    <message>
        <source>Serial port of a VTAP reader in serial mode; it flashes green or red with each verdict. Empty: none</source>
        <translation>Port série d&apos;un lecteur VTAP en mode série ; il clignote en vert ou en rouge à chaque verdict. Vide : aucun</translation>
    </message>
    <message>
        <source>Read QR codes with the ca&amp;mera</source>
        <translation>Lire les codes QR avec la ca&amp;méra</translation>
    </message>
    <message>
        <source>Camera &amp;to use</source>
        <translation>&amp;Caméra à utiliser</translation>
    </message>
    <message>
        <source>Which webcam reads QR codes when several are connected</source>
        <translation>Quelle webcam lit les codes QR quand plusieurs sont branchées</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Caméra à utiliser</translation>
    </message>
    <message>
        <source>If validation does &amp;not answer</source>
        <translation>Si la validation ne &amp;répond pas</translation>
    </message>
    <message>
        <source>Only with external validation (your venue hub checks each scan): what the door does when it cannot be reached or fails</source>
        <translation>Uniquement avec validation externe (le hub de votre lieu vérifie chaque scan) : ce que fait la porte s&apos;il est injoignable ou échoue</translation>
    </message>
    <message>
        <source>&amp;Log scans in PassEntry as</source>
        <translation>&amp;Scans consignés dans PassEntry sous</translation>
    </message>
    <message>
        <source>Log scans in PassEntry as</source>
        <translation>Scans consignés dans PassEntry sous</translation>
    </message>
    <message>
        <source>The PassEntry reader this desk&apos;s scans are logged as. Don&apos;t log: PassEntry does not see them</source>
        <translation>Le lecteur PassEntry sous lequel les scans de ce poste sont consignés. Ne pas consigner : PassEntry ne les voit pas</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>Scanner clavier</translation>
    </message>
    <message>
        <source>Check the scanner…</source>
        <translation>Tester le scanner…</translation>
    </message>
    <message>
        <source>Scan a test code once: passdesk finds how the scanner ends codes and corrects a keyboard layout that does not match this computer&apos;s</source>
        <translation>Scannez un code de test une fois : passdesk détecte comment le scanner termine les codes et corrige une disposition de clavier différente de celle de cet ordinateur</translation>
    </message>
    <message>
        <source>Verdict panel</source>
        <translation>Panneau du verdict</translation>
    </message>
    <message>
        <source>High &amp;contrast: black, white and yellow</source>
        <translation>&amp;Contraste élevé : noir, blanc et jaune</translation>
    </message>
    <message>
        <source>Thick borders and strong colours, easy to tell apart in grey too. Each verdict keeps its own symbol</source>
        <translation>Bordures épaisses et couleurs fortes, faciles à distinguer même en gris. Chaque verdict garde son symbole</translation>
    </message>
    <message>
        <source>Hi&amp;de names at the door: initials only</source>
        <translation>&amp;Masquer les noms à l&apos;entrée : initiales seules</translation>
    </message>
    <message>
        <source>The big panel and the last scans show &quot;T. v. d. B.&quot; for Tom van der Berg. The scan log and exports keep the full name</source>
        <translation>Le grand panneau et les derniers scans affichent « T. v. d. B. » pour Tom van der Berg. Le journal des scans et les exports gardent le nom complet</translation>
    </message>
</context>
<context>
    <name>EditPassForm</name>
    <message>
        <source>&amp;Group tags</source>
        <translation>&amp;Étiquettes de groupe</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. vip, early bird</source>
        <translation>Séparées par des virgules, p. ex. vip, early bird</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>Étiquettes de groupe</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Optional: also send the holder a message</source>
        <translation>Facultatif : envoyer aussi un message au titulaire</translation>
    </message>
    <message>
        <source>Only the values you change are sent to PassEntry.</source>
        <translation>Seules les valeurs modifiées sont envoyées à PassEntry.</translation>
    </message>
</context>
<context>
    <name>EventDialogForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>e.g. Summer Gala</source>
        <translation>ex. Gala d&apos;été</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nom de l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>e.g. Town Hall</source>
        <translation>ex. Hôtel de ville</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Where the event takes place: start and end are wall-clock times there. Type part of a city to search.</source>
        <translation>Lieu de l&apos;événement : le début et la fin sont à l&apos;heure locale de ce lieu. Tapez une partie d&apos;un nom de ville pour chercher.</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Start in your time</source>
        <translation>Début à votre heure</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>End in your time</source>
        <translation>Fin à votre heure</translation>
    </message>
    <message>
        <source>Why OK is disabled</source>
        <translation>Pourquoi OK est désactivé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>EventsForm</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>Événements affichés</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>Create an event; it is sent to PassEntry at once, or when back online</source>
        <translation>Créer un événement ; il est envoyé à PassEntry aussitôt, ou dès le retour en ligne</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected event (or double-click it)</source>
        <translation>Modifier l&apos;événement sélectionné (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <source>What this account&apos;s API offers for events</source>
        <translation>Ce que l&apos;API de ce compte propose pour les événements</translation>
    </message>
    <message>
        <source>Filter by name or venue</source>
        <translation>Filtrer par nom ou lieu</translation>
    </message>
    <message>
        <source>Filter events by name or venue</source>
        <translation>Filtrer les événements par nom ou lieu</translation>
    </message>
    <message>
        <source>Which events: upcoming, past or all</source>
        <translation>Quels événements : à venir, passés ou tous</translation>
    </message>
    <message>
        <source>Upcoming: not over yet (ongoing events too)</source>
        <translation>À venir : pas encore terminés (y compris en cours)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>HubSubscriptionForm</name>
    <message>
        <source>PassEntry can tell this hub, as it happens, about every pass installed in or removed from a wallet, scanned by a PassEntry reader, or created. It signs each event with a secret this hub keeps in the keychain.</source>
        <translation>PassEntry peut informer ce hub, en temps réel, de chaque pass installé dans un portefeuille ou retiré, scanné par un lecteur PassEntry, ou créé. Il signe chaque événement avec un secret que ce hub garde dans le trousseau.</translation>
    </message>
    <message>
        <source>P&amp;ublic address:</source>
        <translation>Adresse &amp;publique :</translation>
    </message>
    <message>
        <source>https://hub.your-venue.example</source>
        <translation>https://hub.votre-lieu.example</translation>
    </message>
    <message>
        <source>Hub public address</source>
        <translation>Adresse publique du hub</translation>
    </message>
    <message>
        <source>&amp;Register with PassEntry</source>
        <translation>&amp;Inscrire auprès de PassEntry</translation>
    </message>
    <message>
        <source>Ask PassEntry to send pass events to this address; the secret that signs them goes to the keychain</source>
        <translation>Demander à PassEntry d&apos;envoyer les événements de pass à cette adresse ; le secret qui les signe va dans le trousseau</translation>
    </message>
    <message>
        <source>The HTTPS address at which PassEntry reaches this hub: the tunnel or reverse proxy in front of it.</source>
        <translation>L&apos;adresse HTTPS par laquelle PassEntry joint ce hub : le tunnel ou le proxy inverse placé devant.</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Abonnement :</translation>
    </message>
    <message>
        <source>PassEntry webhook subscription</source>
        <translation>Abonnement webhook PassEntry</translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stop or resume PassEntry sending events to this hub</source>
        <translation>Suspendre ou reprendre l&apos;envoi d&apos;événements de PassEntry à ce hub</translation>
    </message>
    <message>
        <source>Rotate &amp;secret…</source>
        <translation>Changer le &amp;secret…</translation>
    </message>
    <message>
        <source>Have PassEntry sign its events with a new secret; the hub takes it at once</source>
        <translation>Faire signer par PassEntry ses événements avec un nouveau secret ; le hub l&apos;adopte aussitôt</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <source>Ask PassEntry how the subscription is now</source>
        <translation>Demander à PassEntry l&apos;état actuel de l&apos;abonnement</translation>
    </message>
</context>
<context>
    <name>IssueForm</name>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation>Ajouter par I&amp;D…</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID, copied from the PassEntry dashboard</source>
        <translation>Modèle absent de la liste ? Ajoutez-le par son ID, copié depuis le tableau de bord PassEntry</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID</source>
        <translation>Modèle absent de la liste ? Ajoutez-le par son ID</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>&amp;Événement</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>The event this pass is a ticket for: the Passes list filters by it and that event&apos;s Door admits it</source>
        <translation>L&apos;événement dont ce pass est un billet : la liste des pass est filtrée par celui-ci et l&apos;Entrée de cet événement l&apos;accepte</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>&amp;Ext id</source>
        <translation>ID e&amp;xterne</translation>
    </message>
    <message>
        <source>Made up if empty</source>
        <translation>Généré si vide</translation>
    </message>
    <message>
        <source>Your own reference for the pass (e.g. a ticket or customer number); unique per pass</source>
        <translation>Votre propre référence pour le pass (p. ex. un numéro de billet ou de client) ; unique par pass</translation>
    </message>
    <message>
        <source>&amp;Group tags</source>
        <translation>&amp;Étiquettes de groupe</translation>
    </message>
    <message>
        <source>Optional, separated by commas, e.g. vip, early bird</source>
        <translation>Facultatif, séparées par des virgules, p. ex. vip, early bird</translation>
    </message>
    <message>
        <source>Labels to find and message a group of passes later</source>
        <translation>Étiquettes pour retrouver un groupe de pass et lui envoyer un message plus tard</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>Étiquettes de groupe</translation>
    </message>
    <message>
        <source>Barcode and NFC</source>
        <translation>Code-barres et NFC</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>&amp;Code-barres</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>The code printed on the pass for a scanner to read</source>
        <translation>Le code imprimé sur le pass, lu par un scanner</translation>
    </message>
    <message>
        <source>Barcode &amp;holds</source>
        <translation>&amp;Contenu du code-barres</translation>
    </message>
    <message>
        <source>Barcode holds</source>
        <translation>Contenu du code-barres</translation>
    </message>
    <message>
        <source>What a scanner reads from the barcode</source>
        <translation>Ce qu&apos;un scanner lit dans le code-barres</translation>
    </message>
    <message>
        <source>Barcode &amp;value</source>
        <translation>&amp;Valeur du code-barres</translation>
    </message>
    <message>
        <source>What a scanner reads, e.g. a ticket number</source>
        <translation>Ce qu&apos;un scanner lit, p. ex. un numéro de billet</translation>
    </message>
    <message>
        <source>Barcode value</source>
        <translation>Valeur du code-barres</translation>
    </message>
    <message>
        <source>Show the value as &amp;text under the code</source>
        <translation>Afficher la valeur en &amp;texte sous le code</translation>
    </message>
    <message>
        <source>NFC</source>
        <translation>NFC</translation>
    </message>
    <message>
        <source>Tap at a reader (&amp;NFC)</source>
        <translation>Présenter à un lecteur (&amp;NFC)</translation>
    </message>
    <message>
        <source>PassEntry turns NFC on only for accounts it has approved for NFC</source>
        <translation>PassEntry n&apos;active le NFC que pour les comptes qu&apos;il a approuvés pour le NFC</translation>
    </message>
    <message>
        <source>NFC h&amp;olds</source>
        <translation>C&amp;ontenu NFC</translation>
    </message>
    <message>
        <source>NFC holds</source>
        <translation>Contenu NFC</translation>
    </message>
    <message>
        <source>What a reader gets when the phone is tapped</source>
        <translation>Ce qu&apos;un lecteur reçoit quand le téléphone est présenté</translation>
    </message>
    <message>
        <source>NFC va&amp;lue</source>
        <translation>Va&amp;leur NFC</translation>
    </message>
    <message>
        <source>What a reader gets on a tap</source>
        <translation>Ce qu&apos;un lecteur reçoit lors d&apos;une présentation</translation>
    </message>
    <message>
        <source>NFC value</source>
        <translation>Valeur NFC</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Apple Wallet shows the pass near these places (up to 10; radius 10–1,000 m for event tickets, 10–100 m for other passes).</source>
        <translation>Apple Wallet affiche le pass à proximité de ces lieux (10 maximum ; rayon de 10 à 1 000 m pour les billets d&apos;événement, de 10 à 100 m pour les autres pass).</translation>
    </message>
    <message>
        <source>Beacons</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Apple Wallet shows the pass near these iBeacons (up to 10, major and minor 0–65535).</source>
        <translation>Apple Wallet affiche le pass à proximité de ces iBeacons (10 maximum, major et minor de 0 à 65535).</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Ask &amp;PassEntry for</source>
        <translation>Demander à &amp;PassEntry</translation>
    </message>
    <message>
        <source>Chosen before issuing. The pass file or Google link comes with the created pass, while it is not yet on a phone.</source>
        <translation>À choisir avant l&apos;émission. Le fichier du pass ou le lien Google est fourni avec le pass créé, tant qu&apos;il n&apos;est pas encore sur un téléphone.</translation>
    </message>
    <message>
        <source>The download link</source>
        <translation>Le lien de téléchargement</translation>
    </message>
    <message>
        <source>The download link and the Apple pass file (.pkpass)</source>
        <translation>Le lien de téléchargement et le fichier de pass Apple (.pkpass)</translation>
    </message>
    <message>
        <source>The download link and the Google Wallet link</source>
        <translation>Le lien de téléchargement et le lien Google Wallet</translation>
    </message>
    <message>
        <source>Issue a pass first: its download link shows here once PassEntry has created it.</source>
        <translation>Émettez d&apos;abord un pass : son lien de téléchargement s&apos;affiche ici dès que PassEntry l&apos;a créé.</translation>
    </message>
    <message>
        <source>Download link</source>
        <translation>Lien de téléchargement</translation>
    </message>
    <message>
        <source>&amp;Copy download link</source>
        <translation>&amp;Copier le lien de téléchargement</translation>
    </message>
    <message>
        <source>Save &amp;Apple pass (.pkpass)…</source>
        <translation>Enregistrer le pass &amp;Apple (.pkpass)…</translation>
    </message>
    <message>
        <source>Copy &amp;Google Wallet link</source>
        <translation>Copier le lien &amp;Google Wallet</translation>
    </message>
</context>
<context>
    <name>NotifyForm</name>
    <message>
        <source>What should appear on the pass holders&apos; phones?</source>
        <translation>Que doit-il s&apos;afficher sur les téléphones des titulaires ?</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Each pass holder gets the message on the lock screen, and it stays on the back of the pass as its latest message. A pass shows at most 3 messages a day on the lock screen; after that only the latest message changes. To add a link, write [words](https://…).</source>
        <translation>Chaque titulaire reçoit le message sur l&apos;écran de verrouillage, et il reste au dos du pass comme dernier message. Un pass affiche au plus 3 messages par jour sur l&apos;écran de verrouillage ; au-delà, seul le dernier message change. Pour ajouter un lien, écrivez [mots](https://…).</translation>
    </message>
</context>
<context>
    <name>NullifyForm</name>
    <message>
        <source>What nullifying does</source>
        <translation>Effet de l&apos;invalidation</translation>
    </message>
    <message>
        <source>Type the pass&apos;s number to confirm</source>
        <translation>Saisissez le numéro du pass pour confirmer</translation>
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
        <translation>Lecture des pass…</translation>
    </message>
    <message>
        <source>Passes shown</source>
        <translation>Pass affichés</translation>
    </message>
    <message>
        <source>&amp;Issue pass…</source>
        <translation>É&amp;mettre un pass…</translation>
    </message>
    <message>
        <source>Issue a new pass from a template</source>
        <translation>Émettre un nouveau pass à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>&amp;Bulk issue from CSV…</source>
        <translation>Émission &amp;groupée depuis un CSV…</translation>
    </message>
    <message>
        <source>Issue one pass per row of a CSV file</source>
        <translation>Émettre un pass par ligne d&apos;un fichier CSV</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the passes listed (with the filters and search applied) to a CSV file</source>
        <translation>Enregistrer les pass listés (avec les filtres et la recherche appliqués) dans un fichier CSV</translation>
    </message>
    <message>
        <source>Search names, ticket numbers and ext ids  (Ctrl+F)</source>
        <translation>Rechercher noms, numéros de billet et ID externes  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search passes by name, ticket number or ext id</source>
        <translation>Rechercher des pass par nom, numéro de billet ou ID externe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Créé depuis</translation>
    </message>
    <message>
        <source>Created on or after this day</source>
        <translation>Créé ce jour ou après</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Créé jusqu&apos;au</translation>
    </message>
    <message>
        <source>Created on or before this day</source>
        <translation>Créé ce jour ou avant</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every pass again</source>
        <translation>Afficher de nouveau tous les pass</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Show passes in this status only. Nullified passes are listed only when “Nullified” is picked here.</source>
        <translation>N&apos;afficher que les pass dans cet état. Les pass invalidés ne sont listés que si « Invalidé » est choisi ici.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Show passes added to this wallet only</source>
        <translation>N&apos;afficher que les pass ajoutés à ce portefeuille</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Étiquette de groupe</translation>
    </message>
    <message>
        <source>Show passes with this group tag only</source>
        <translation>N&apos;afficher que les pass avec cette étiquette de groupe</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Show passes of this template only</source>
        <translation>N&apos;afficher que les pass de ce modèle</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Show passes of this event only</source>
        <translation>N&apos;afficher que les pass de cet événement</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
    <message>
        <source>Pass details</source>
        <translation>Détails du pass</translation>
    </message>
    <message>
        <source>Select a pass</source>
        <translation>Sélectionnez un pass</translation>
    </message>
    <message>
        <source>Send a &amp;message…</source>
        <translation>Envoyer un &amp;message…</translation>
    </message>
    <message>
        <source>Send a message to the phones of the selected passes</source>
        <translation>Envoyer un message aux téléphones des pass sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected pass</source>
        <translation>Modifier le pass sélectionné</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Deactivate the selected passes (they no longer admit)</source>
        <translation>Désactiver les pass sélectionnés (ils ne sont plus acceptés)</translation>
    </message>
    <message>
        <source>&amp;Nullify…</source>
        <translation>&amp;Invalider…</translation>
    </message>
    <message>
        <source>Wipe the selected pass for good and free its ext id (cannot be undone)</source>
        <translation>Effacer définitivement le pass sélectionné et libérer son ID externe (irréversible)</translation>
    </message>
</context>
<context>
    <name>ReaderConfigForm</name>
    <message>
        <source>Reader configuration: who checks each scan</source>
        <translation>Configuration du lecteur : qui vérifie chaque scan</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>&amp;PassEntry checks the pass</source>
        <translation>&amp;PassEntry vérifie le pass</translation>
    </message>
    <message>
        <source>Internal validation: PassEntry checks each scan against its own data</source>
        <translation>Validation interne : PassEntry vérifie chaque scan avec ses propres données</translation>
    </message>
    <message>
        <source>Internal validation: PassEntry checks the pass</source>
        <translation>Validation interne : PassEntry vérifie le pass</translation>
    </message>
    <message>
        <source>Our venue &amp;hub checks the pass</source>
        <translation>Le &amp;hub de notre lieu vérifie le pass</translation>
    </message>
    <message>
        <source>External validation: readers send each scan to the hub URL below, which decides</source>
        <translation>Validation externe : les lecteurs envoient chaque scan à l&apos;URL du hub ci-dessous, qui décide</translation>
    </message>
    <message>
        <source>External validation: our venue hub checks the pass</source>
        <translation>Validation externe : le hub de notre lieu vérifie le pass</translation>
    </message>
    <message>
        <source>Hub &amp;URL</source>
        <translation>&amp;URL du hub</translation>
    </message>
    <message>
        <source>https://hub.example.org:8443/validate</source>
        <translation>https://hub.example.org:8443/validate</translation>
    </message>
    <message>
        <source>External validation URL (the venue hub)</source>
        <translation>URL de validation externe (le hub du lieu)</translation>
    </message>
    <message>
        <source>Use this desk&apos;s hu&amp;b</source>
        <translation>Utiliser le hu&amp;b de ce poste</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source>Where the bearer token is set</source>
        <translation>Où le jeton Bearer est défini</translation>
    </message>
    <message>
        <source>NFC private key</source>
        <translation>Clé privée NFC</translation>
    </message>
    <message>
        <source>NFC private key, masked</source>
        <translation>Clé privée NFC, masquée</translation>
    </message>
    <message>
        <source>Replace &amp;key…</source>
        <translation>Remplacer la &amp;clé…</translation>
    </message>
    <message>
        <source>Choose a PEM file with the new private key</source>
        <translation>Choisir un fichier PEM contenant la nouvelle clé privée</translation>
    </message>
    <message>
        <source>Wallet IDs</source>
        <translation>ID Wallet</translation>
    </message>
    <message>
        <source>Apple pass type and Google collector</source>
        <translation>Type de pass Apple et émetteur Google</translation>
    </message>
    <message>
        <source>Why the configuration cannot be saved</source>
        <translation>Pourquoi la configuration ne peut pas être enregistrée</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Oublier les modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save to PassEntry</source>
        <translation>&amp;Enregistrer sur PassEntry</translation>
    </message>
</context>
<context>
    <name>ReaderDashboardSteps</name>
    <message>
        <source>Set it in the PassEntry dashboard</source>
        <translation>À définir dans le tableau de bord PassEntry</translation>
    </message>
    <message>
        <source>1. Open</source>
        <translation>1. Ouvrir</translation>
    </message>
    <message>
        <source>Readers → Reader Configuration → Validation Settings</source>
        <translation>Readers → Reader Configuration → Validation Settings</translation>
    </message>
    <message>
        <source>2. Choose</source>
        <translation>2. Choisir</translation>
    </message>
    <message>
        <source>3. HTTPS URL</source>
        <translation>3. URL HTTPS</translation>
    </message>
    <message>
        <source>The hub URL to paste in the dashboard</source>
        <translation>L&apos;URL du hub à coller dans le tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the hub URL, to paste it in the dashboard</source>
        <translation>Copier l&apos;URL du hub pour la coller dans le tableau de bord</translation>
    </message>
    <message>
        <source>4. Bearer token</source>
        <translation>4. Jeton Bearer</translation>
    </message>
    <message>
        <source>Which bearer token to enter</source>
        <translation>Quel jeton Bearer saisir</translation>
    </message>
    <message>
        <source>Copy hub &amp;token</source>
        <translation>Copier le je&amp;ton du hub</translation>
    </message>
    <message>
        <source>Copy the venue hub&apos;s token from this computer&apos;s keychain without showing it</source>
        <translation>Copier le jeton du hub du lieu depuis le trousseau de cet ordinateur sans l&apos;afficher</translation>
    </message>
    <message>
        <source>5. Save</source>
        <translation>5. Enregistrer</translation>
    </message>
    <message>
        <source>Save there, then press Refresh here to read it back.</source>
        <translation>Enregistrez là-bas, puis appuyez ici sur Actualiser pour le relire.</translation>
    </message>
    <message>
        <source>PassEntry Reader apps log out and use the new settings at their next login.</source>
        <translation>Les applications PassEntry Reader se déconnectent et utilisent les nouveaux paramètres à la prochaine connexion.</translation>
    </message>
    <message>
        <source>What was copied</source>
        <translation>Ce qui a été copié</translation>
    </message>
</context>
<context>
    <name>ReaderDialogForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>e.g. North Gate</source>
        <translation>p. ex. Porte Nord</translation>
    </message>
    <message>
        <source>Reader name</source>
        <translation>Nom du lecteur</translation>
    </message>
    <message>
        <source>Reader &amp;ID</source>
        <translation>&amp;ID du lecteur</translation>
    </message>
    <message>
        <source>e.g. north-gate-1</source>
        <translation>p. ex. porte-nord-1</translation>
    </message>
    <message>
        <source>Reader ID</source>
        <translation>ID du lecteur</translation>
    </message>
    <message>
        <source>What the reader logs in with. Letters, digits, - _ and . only; it cannot be changed later.</source>
        <translation>L&apos;identifiant de connexion du lecteur. Lettres, chiffres, - _ et . uniquement ; non modifiable ensuite.</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Reader type</source>
        <translation>Type de lecteur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Reader password</source>
        <translation>Mot de passe du lecteur</translation>
    </message>
    <message>
        <source>It may</source>
        <translation>Il peut</translation>
    </message>
    <message>
        <source>&amp;Scan passes</source>
        <translation>&amp;Scanner des pass</translation>
    </message>
    <message>
        <source>Read &amp;QR codes and barcodes</source>
        <translation>Lire les codes &amp;QR et codes-barres</translation>
    </message>
    <message>
        <source>&amp;Redeem loyalty</source>
        <translation>&amp;Utiliser des points de fidélité</translation>
    </message>
    <message>
        <source>Read &amp;MIFARE Classic cards</source>
        <translation>Lire les cartes &amp;MIFARE Classic</translation>
    </message>
    <message>
        <source>&amp;Add points</source>
        <translation>Cré&amp;diter des points</translation>
    </message>
    <message>
        <source>Why OK is disabled</source>
        <translation>Pourquoi OK est désactivé</translation>
    </message>
    <message>
        <source>Saved on PassEntry at once: this needs the network.</source>
        <translation>Enregistré immédiatement sur PassEntry : nécessite le réseau.</translation>
    </message>
</context>
<context>
    <name>ReaderTokenForm</name>
    <message>
        <source>Readers send this token to the endpoint with every scan (Authorization: Bearer …), and the endpoint refuses scans without it. Paste the token your endpoint expects, or generate a new one.</source>
        <translation>Les lecteurs envoient ce jeton au point de terminaison à chaque scan (Authorization: Bearer …), et le point de terminaison refuse les scans sans lui. Collez le jeton attendu par votre point de terminaison, ou générez-en un nouveau.</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <source>New validation token</source>
        <translation>Nouveau jeton de validation</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>A new random token (256 bits)</source>
        <translation>Un nouveau jeton aléatoire (256 bits)</translation>
    </message>
    <message>
        <source>The new token, masked</source>
        <translation>Le nouveau jeton, masqué</translation>
    </message>
    <message>
        <source>Once saved it is kept in this computer&apos;s keychain, for this desk&apos;s Door and hub, never in a file or the database.</source>
        <translation>Une fois enregistré, il est conservé dans le trousseau de cet ordinateur, pour l&apos;Entrée et le hub de ce poste, jamais dans un fichier ni dans la base de données.</translation>
    </message>
</context>
<context>
    <name>ReadersForm</name>
    <message>
        <source>Readers</source>
        <translation>Lecteurs</translation>
    </message>
    <message>
        <source>Readers shown</source>
        <translation>Lecteurs affichés</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the readers and the configuration from PassEntry now</source>
        <translation>Relire maintenant les lecteurs et la configuration depuis PassEntry</translation>
    </message>
    <message>
        <source>&amp;New reader…</source>
        <translation>&amp;Nouveau lecteur…</translation>
    </message>
    <message>
        <source>Create a reader on PassEntry (needs the network)</source>
        <translation>Créer un lecteur sur PassEntry (nécessite le réseau)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected reader (or double-click it)</source>
        <translation>Modifier le lecteur sélectionné (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <source>What this account&apos;s API offers for readers</source>
        <translation>Ce que l&apos;API de ce compte propose pour les lecteurs</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Where passdesk finds your PassEntry account.</source>
        <translation>Où passdesk trouve votre compte PassEntry.</translation>
    </message>
    <message>
        <source>PassEntry account</source>
        <translation>Compte PassEntry</translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation>&amp;URL de base de l&apos;API :</translation>
    </message>
    <message>
        <source>The address of the PassEntry API, ending in /api/v1. Plain http:// is allowed only for this computer.</source>
        <translation>L&apos;adresse de l&apos;API PassEntry, terminée par /api/v1. Le http:// simple n&apos;est autorisé que pour cet ordinateur.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API :</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Collez votre clé API</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Supprimer la clé</translation>
    </message>
    <message>
        <source>Delete the key stored in the keychain for this URL</source>
        <translation>Supprimer la clé stockée dans le trousseau pour cette URL</translation>
    </message>
    <message>
        <source>Create a key in the PassEntry Dashboard under Developer tools. Leave this empty to keep the stored key.</source>
        <translation>Créez une clé dans le tableau de bord PassEntry, sous Developer tools. Laissez vide pour conserver la clé stockée.</translation>
    </message>
    <message>
        <source>&amp;Entity ID:</source>
        <translation>&amp;ID d&apos;entité :</translation>
    </message>
    <message>
        <source>e.g. 0d10c850</source>
        <translation>ex. 0d10c850</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>ID d&apos;entité</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Try the URL and key typed above, without saving them</source>
        <translation>Essayer l&apos;URL et la clé saisies ci-dessus, sans les enregistrer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the URL to the settings file and the key to the keychain</source>
        <translation>Enregistrer l&apos;URL dans le fichier de paramètres et la clé dans le trousseau</translation>
    </message>
    <message>
        <source>What each PassEntry route answered</source>
        <translation>Réponse de chaque route PassEntry</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Copy this table as text (no key, no secrets), to paste into a bug report</source>
        <translation>Copier ce tableau en texte (sans clé ni secret) pour le coller dans un rapport de bug</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Hub du lieu</translation>
    </message>
    <message>
        <source>Run the &amp;venue hub on this computer</source>
        <translation>Exécuter le hub du &amp;lieu sur cet ordinateur</translation>
    </message>
    <message>
        <source>Answers the venue&apos;s readers and PassEntry&apos;s webhooks from this desk&apos;s database while passdesk is open. Readers call HTTPS addresses only: put a reverse proxy that terminates TLS in front of this port.</source>
        <translation>Répond aux lecteurs du lieu et aux webhooks de PassEntry depuis la base de données de ce poste tant que passdesk est ouvert. Les lecteurs n&apos;appellent que des adresses HTTPS : placez devant ce port un proxy inverse qui termine le TLS.</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Écouter sur :</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Écouter sur</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Hub port</source>
        <translation>Port du hub</translation>
    </message>
    <message>
        <source>Reader token:</source>
        <translation>Jeton des lecteurs :</translation>
    </message>
    <message>
        <source>Reader token, masked</source>
        <translation>Jeton des lecteurs, masqué</translation>
    </message>
    <message>
        <source>Set t&amp;oken…</source>
        <translation>Définir le &amp;jeton…</translation>
    </message>
    <message>
        <source>Type, paste or generate the token readers send; it is kept in the keychain</source>
        <translation>Saisir, coller ou générer le jeton envoyé par les lecteurs ; il est conservé dans le trousseau</translation>
    </message>
    <message>
        <source>Readers send it with every scan: enter the same token in the PassEntry dashboard (Readers → Reader Configuration → Validation Settings).</source>
        <translation>Les lecteurs l&apos;envoient à chaque scan : saisissez le même jeton dans le tableau de bord PassEntry (Readers → Reader Configuration → Validation Settings).</translation>
    </message>
    <message>
        <source>Venue hub status</source>
        <translation>État du hub du lieu</translation>
    </message>
    <message>
        <source>PassEntry e&amp;vents…</source>
        <translation>É&amp;vénements PassEntry…</translation>
    </message>
    <message>
        <source>Register this hub with PassEntry for pass events, pause them or rotate their secret</source>
        <translation>Inscrire ce hub auprès de PassEntry pour les événements de pass, les suspendre ou changer leur secret</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Save the venue hub settings and start, stop or restart the hub</source>
        <translation>Enregistrer les paramètres du hub du lieu et démarrer, arrêter ou redémarrer le hub</translation>
    </message>
</context>
<context>
    <name>SyncForm</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>passdesk works from its local copy and exchanges changes with PassEntry in the background.</source>
        <translation>passdesk travaille sur sa copie locale et échange les modifications avec PassEntry en arrière-plan.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Dernière synchro :</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Maintenant :</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Fetch what is new on PassEntry and send the waiting changes now</source>
        <translation>Récupérer les nouveautés de PassEntry et envoyer maintenant les modifications en attente</translation>
    </message>
    <message>
        <source>Check &amp;every pass now</source>
        <translation>Vérifier &amp;tous les pass</translation>
    </message>
    <message>
        <source>Sync, and also re-read the status of every pass (slower; passdesk does it by itself every 15 minutes)</source>
        <translation>Synchroniser et relire aussi l&apos;état de chaque pass (plus lent ; passdesk le fait seul toutes les 15 minutes)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Annuler la synchro</translation>
    </message>
    <message>
        <source>Stop the running sync after the current page; what was fetched is kept</source>
        <translation>Arrêter la synchronisation en cours après la page actuelle ; les données récupérées sont conservées</translation>
    </message>
    <message>
        <source>Changes waiting for PassEntry</source>
        <translation>Modifications en attente pour PassEntry</translation>
    </message>
    <message>
        <source>Select a refused or to-be-reviewed change to retry or discard it.</source>
        <translation>Sélectionnez une modification refusée ou à vérifier pour la réessayer ou l&apos;abandonner.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Send the selected changes again</source>
        <translation>Renvoyer les modifications sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>A&amp;bandonner…</translation>
    </message>
    <message>
        <source>Give up on the selected changes: they will not reach PassEntry</source>
        <translation>Abandonner les modifications sélectionnées : elles n&apos;atteindront pas PassEntry</translation>
    </message>
</context>
<context>
    <name>TemplateByIdForm</name>
    <message>
        <source>Add a template by its ID</source>
        <translation>Ajouter un modèle par son ID</translation>
    </message>
    <message>
        <source>PassEntry does not list its templates to apps. Copy the template&apos;s ID from the PassEntry dashboard (or from a pass made with it) and paste it here.</source>
        <translation>PassEntry ne communique pas la liste de ses modèles aux applications. Copiez l&apos;ID du modèle depuis le tableau de bord PassEntry (ou depuis un pass créé avec lui) et collez-le ici.</translation>
    </message>
    <message>
        <source>Template &amp;ID</source>
        <translation>&amp;ID du modèle</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>ID du modèle</translation>
    </message>
    <message>
        <source>e.g. 19cb334f9696e64e10e7759f0</source>
        <translation>p. ex. 19cb334f9696e64e10e7759f0</translation>
    </message>
</context>
<context>
    <name>TillForm</name>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Scan sources</source>
        <translation>Sources de scan</translation>
    </message>
    <message>
        <source>Till &amp;settings…</source>
        <translation>&amp;Paramètres de la caisse…</translation>
    </message>
    <message>
        <source>Earn rates, rewards, messages, scan sources and this till&apos;s name</source>
        <translation>Taux de gain, récompenses, messages, sources de scan et nom de cette caisse</translation>
    </message>
    <message>
        <source>Scan a card, or type a name or customer number (Ctrl+F)</source>
        <translation>Scannez une carte, ou tapez un nom ou un numéro client (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Rechercher un client</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Clients trouvés</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Scan a loyalty card, or search by name or customer number.</source>
        <translation>Scannez une carte de fidélité, ou cherchez par nom ou numéro client.</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Détails du client</translation>
    </message>
    <message>
        <source>Card cancelled</source>
        <translation>Carte annulée</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Balance state</source>
        <translation>État du solde</translation>
    </message>
    <message>
        <source>Balance source</source>
        <translation>Source du solde</translation>
    </message>
    <message>
        <source>Rewards reached</source>
        <translation>Récompenses atteintes</translation>
    </message>
    <message>
        <source>Why this pass cannot be used</source>
        <translation>Pourquoi ce pass est inutilisable</translation>
    </message>
    <message>
        <source>Operations that need review</source>
        <translation>Opérations à vérifier</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>It was not applied: send it to PassEntry again</source>
        <translation>Elle n&apos;a pas été appliquée : la renvoyer à PassEntry</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Drop it: it was applied, or should not be</source>
        <translation>L&apos;abandonner : elle a été appliquée, ou ne doit pas l&apos;être</translation>
    </message>
    <message>
        <source>Last operation</source>
        <translation>Dernière opération</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>Ce client</translation>
    </message>
    <message>
        <source>This customer totals</source>
        <translation>Totaux de ce client</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write this customer&apos;s operations to a CSV file</source>
        <translation>Écrire les opérations de ce client dans un fichier CSV</translation>
    </message>
    <message>
        <source>This shift</source>
        <translation>Ce service</translation>
    </message>
    <message>
        <source>This shift totals</source>
        <translation>Totaux de ce service</translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation>&amp;Clôturer le service…</translation>
    </message>
    <message>
        <source>See this shift&apos;s totals, export them, and start a new shift</source>
        <translation>Voir les totaux de ce service, les exporter et commencer un nouveau service</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Ex&amp;porter…</translation>
    </message>
    <message>
        <source>Write this shift&apos;s operations to a CSV file</source>
        <translation>Écrire les opérations de ce service dans un fichier CSV</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Earn from
purchase</source>
        <translation>Gain sur
achat</translation>
    </message>
    <message>
        <source>F1: points from the amount spent</source>
        <translation>F1 : points selon le montant dépensé</translation>
    </message>
    <message>
        <source>Add
points</source>
        <translation>Créditer
des points</translation>
    </message>
    <message>
        <source>F2: add a number of points</source>
        <translation>F2 : créditer un nombre de points</translation>
    </message>
    <message>
        <source>Redeem
points</source>
        <translation>Utiliser
des points</translation>
    </message>
    <message>
        <source>F3: take points off (never below zero)</source>
        <translation>F3 : retirer des points (jamais sous zéro)</translation>
    </message>
    <message>
        <source>Set
balance</source>
        <translation>Fixer
le solde</translation>
    </message>
    <message>
        <source>F4: set the balance to a value, e.g. 0 to reset</source>
        <translation>F4 : fixer le solde à une valeur, ex. 0 pour le remettre à zéro</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Montant dépensé</translation>
    </message>
    <message>
        <source>What to type</source>
        <translation>Que saisir</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Virgule décimale</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Effacer le dernier chiffre (Retour arrière)</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear the amount (Esc)</source>
        <translation>Effacer le montant (Échap)</translation>
    </message>
    <message>
        <source>Clear amount</source>
        <translation>Effacer le montant</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Make the change (Enter)</source>
        <translation>Appliquer la modification (Entrée)</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>Send a &amp;message to the phone</source>
        <translation>Envoyer un &amp;message au téléphone</translation>
    </message>
    <message>
        <source>Push message</source>
        <translation>Notification push</translation>
    </message>
    <message>
        <source>About the message</source>
        <translation>À propos du message</translation>
    </message>
</context>
<context>
    <name>TillSettingsForm</name>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>&amp;Nom du poste</translation>
    </message>
    <message>
        <source>till</source>
        <translation>caisse</translation>
    </message>
    <message>
        <source>This till&apos;s name in the operation log and in a shift&apos;s list</source>
        <translation>Nom de cette caisse dans le journal des opérations et dans la liste d&apos;un service</translation>
    </message>
    <message>
        <source>&amp;Currency symbol</source>
        <translation>Symbole &amp;monétaire</translation>
    </message>
    <message>
        <source>e.g. £, € or $</source>
        <translation>ex. £, € ou $</translation>
    </message>
    <message>
        <source>Put before amounts spent; may be empty</source>
        <translation>Placé avant les montants dépensés ; peut être vide</translation>
    </message>
    <message>
        <source>Send a &amp;message by default</source>
        <translation>Envoyer un &amp;message par défaut</translation>
    </message>
    <message>
        <source>Whether &quot;Send a message&quot; starts ticked for each operation</source>
        <translation>Si « Envoyer un message » est coché au départ pour chaque opération</translation>
    </message>
    <message>
        <source>S&amp;ound for each operation</source>
        <translation>S&amp;on pour chaque opération</translation>
    </message>
    <message>
        <source>Offline, re&amp;deem up to</source>
        <translation>Hors ligne, &amp;utiliser jusqu&apos;à</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Most points redeemed without a confirmed balance</source>
        <translation>Maximum de points utilisés sans solde confirmé</translation>
    </message>
    <message>
        <source>0: a redemption always needs a balance PassEntry confirmed</source>
        <translation>0 : une utilisation exige toujours un solde confirmé par PassEntry</translation>
    </message>
    <message>
        <source>Offline, or before PassEntry has answered, a redemption goes against the balance the card showed when it was last synced, up to this many points. Above it, a supervisor must approve.</source>
        <translation>Hors ligne, ou avant la réponse de PassEntry, une utilisation se base sur le solde affiché par la carte lors de la dernière synchronisation, jusqu&apos;à ce nombre de points. Au-delà, un superviseur doit approuver.</translation>
    </message>
    <message>
        <source>Scan with loyalty</source>
        <translation>Scan avec fidélité</translation>
    </message>
    <message>
        <source>&amp;Points per scan</source>
        <translation>&amp;Points par scan</translation>
    </message>
    <message>
        <source>Scan messa&amp;ge</source>
        <translation>Messa&amp;ge du scan</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Each scan that finds a customer also adds these points (a negative number takes them). Off: a scan only looks the customer up.</source>
        <translation>Chaque scan qui trouve un client crédite aussi ces points (un nombre négatif les retire). Désactivé : un scan ne fait que rechercher le client.</translation>
    </message>
    <message>
        <source>Scan sources besides the keyboard</source>
        <translation>Sources de scan en plus du clavier</translation>
    </message>
    <message>
        <source>N&amp;FC reader</source>
        <translation>Lecteur N&amp;FC</translation>
    </message>
    <message>
        <source>Off (e.g. usb or tty:USB0:pn532)</source>
        <translation>Désactivé (ex. usb ou tty:USB0:pn532)</translation>
    </message>
    <message>
        <source>nfcpy device path of an NFC reader for NDEF tags; empty: no NFC reader</source>
        <translation>Chemin de périphérique nfcpy d&apos;un lecteur NFC pour balises NDEF ; vide : aucun lecteur NFC</translation>
    </message>
    <message>
        <source>VTAP serial p&amp;ort</source>
        <translation>P&amp;ort série VTAP</translation>
    </message>
    <message>
        <source>Off (e.g. /dev/ttyACM0 or COM3)</source>
        <translation>Désactivé (ex. /dev/ttyACM0 ou COM3)</translation>
    </message>
    <message>
        <source>Serial port of a VTAP reader in serial mode. Empty: none</source>
        <translation>Port série d&apos;un lecteur VTAP en mode série. Vide : aucun</translation>
    </message>
    <message>
        <source>Read QR codes with the ca&amp;mera</source>
        <translation>Lire les codes QR avec la ca&amp;méra</translation>
    </message>
    <message>
        <source>Camera &amp;to use</source>
        <translation>&amp;Caméra à utiliser</translation>
    </message>
    <message>
        <source>Which webcam reads QR codes when several are connected</source>
        <translation>Quelle webcam lit les codes QR quand plusieurs sont branchées</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Caméra à utiliser</translation>
    </message>
    <message>
        <source>PassEntry&apos;s dashboard</source>
        <translation>Tableau de bord PassEntry</translation>
    </message>
    <message>
        <source>&amp;Log scans in PassEntry as</source>
        <translation>&amp;Scans consignés dans PassEntry sous</translation>
    </message>
    <message>
        <source>Log scans in PassEntry as</source>
        <translation>Scans consignés dans PassEntry sous</translation>
    </message>
    <message>
        <source>The PassEntry reader this till&apos;s scans are logged as. Don&apos;t log: PassEntry does not see them</source>
        <translation>Le lecteur PassEntry sous lequel les scans de cette caisse sont consignés. Ne pas consigner : PassEntry ne les voit pas</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>Scanner clavier</translation>
    </message>
    <message>
        <source>Check the scanner…</source>
        <translation>Tester le scanner…</translation>
    </message>
    <message>
        <source>Scan a test code once: passdesk finds how the scanner ends codes and corrects a keyboard layout that does not match this computer&apos;s</source>
        <translation>Scannez un code de test une fois : passdesk détecte comment le scanner termine les codes et corrige une disposition de clavier différente de celle de cet ordinateur</translation>
    </message>
    <message>
        <source>Earning and rewards</source>
        <translation>Gains et récompenses</translation>
    </message>
    <message>
        <source>&amp;Rules for</source>
        <translation>&amp;Règles pour</translation>
    </message>
    <message>
        <source>Template the rules are for</source>
        <translation>Modèle concerné par les règles</translation>
    </message>
    <message>
        <source>Use the &amp;general rules</source>
        <translation>Utiliser les règles &amp;générales</translation>
    </message>
    <message>
        <source>Forget this template&apos;s own rules: it earns and rewards as &quot;All other templates&quot;</source>
        <translation>Oublier les règles propres à ce modèle : il gagne et récompense comme « Tous les autres modèles »</translation>
    </message>
    <message>
        <source>Points per currency &amp;unit</source>
        <translation>Points par &amp;unité monétaire</translation>
    </message>
    <message>
        <source>Points for each 1 spent, from 0 to 1,000,000; e.g. 0.1 gives a point for each 10 spent</source>
        <translation>Points pour chaque 1 dépensé, de 0 à 1 000 000 ; ex. 0,1 donne un point tous les 10 dépensés</translation>
    </message>
    <message>
        <source>Roun&amp;d points</source>
        <translation>&amp;Arrondir les points</translation>
    </message>
    <message>
        <source>Re&amp;wards</source>
        <translation>Réc&amp;ompenses</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Récompenses</translation>
    </message>
    <message>
        <source>Points needed</source>
        <translation>Points requis</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Récompense</translation>
    </message>
    <message>
        <source>&amp;Add reward</source>
        <translation>&amp;Ajouter une récompense</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>&amp;Earn</source>
        <translation>&amp;Gain</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Crédit</translation>
    </message>
    <message>
        <source>Re&amp;deem</source>
        <translation>&amp;Utilisation</translation>
    </message>
    <message>
        <source>Set &amp;balance</source>
        <translation>Fixer le &amp;solde</translation>
    </message>
    <message>
        <source>Reward &amp;reached</source>
        <translation>&amp;Récompense atteinte</translation>
    </message>
    <message>
        <source>Sent instead of the action&apos;s message when an operation reaches a reward</source>
        <translation>Envoyé à la place du message de l&apos;action quand une opération atteint une récompense</translation>
    </message>
    <message>
        <source>Example message</source>
        <translation>Exemple de message</translation>
    </message>
    <message>
        <source>Restore de&amp;faults</source>
        <translation>&amp;Rétablir par défaut</translation>
    </message>
    <message>
        <source>Put back the messages passdesk came with</source>
        <translation>Remettre les messages d&apos;origine de passdesk</translation>
    </message>
    <message>
        <source>Why Save is not available</source>
        <translation>Pourquoi Enregistrer n&apos;est pas disponible</translation>
    </message>
</context>
<context>
    <name>TillShiftForm</name>
    <message>
        <source>Shift start and end</source>
        <translation>Début et fin du service</translation>
    </message>
    <message>
        <source>Shift totals</source>
        <translation>Totaux du service</translation>
    </message>
    <message>
        <source>Totals by kind of operation</source>
        <translation>Totaux par type d&apos;opération</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Points crédités</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Points utilisés</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Closing the shift starts a new one now: the till&apos;s shift list and totals start again from zero. Nothing is deleted; every operation stays in the customers&apos; lists.</source>
        <translation>Clôturer le service en ouvre un nouveau dès maintenant : la liste et les totaux du service de la caisse repartent de zéro. Rien n&apos;est supprimé ; chaque opération reste dans la liste de son client.</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Write the shift&apos;s operations and, in a second file, its totals, for a spreadsheet</source>
        <translation>Écrire les opérations du service et, dans un second fichier, ses totaux, pour un tableur</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation>Impossible d&apos;écrire {path} : {problem}</translation>
    </message>
    <message>
        <source>{rows} written to {path}</source>
        <translation>Exporté dans {path} : {rows}</translation>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PNG, JPG or WebP images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images PNG, JPG ou WebP (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>PassEntry cannot be reached, so your images there cannot be listed or uploaded now; try again when the connection is back. The Designer still works offline: a file on this computer shows in the preview (Choose…).</source>
        <translation>PassEntry est injoignable : vos images n&apos;y peuvent pas être listées ni envoyées pour l&apos;instant ; réessayez quand la connexion sera rétablie. Le Designer fonctionne toujours hors ligne : un fichier de cet ordinateur s&apos;affiche dans l&apos;aperçu (Choisir…).</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>En bas à droite</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>En bas à gauche</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>En haut à droite</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>En haut à gauche</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>bannière</translation>
    </message>
    <message>
        <source>thumbnail</source>
        <translation>miniature</translation>
    </message>
    <message>
        <source>PassEntry did not take it: {problem}</source>
        <translation>PassEntry ne l&apos;a pas accepté : {problem}</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Une erreur s&apos;est produite : {problem}</translation>
    </message>
    <message>
        <source>No copy
on this computer</source>
        <translation>Aucune copie
sur cet ordinateur</translation>
    </message>
    <message>
        <source>Your {kind} images on PassEntry</source>
        <translation>Vos images {kind} sur PassEntry</translation>
    </message>
    <message>
        <source>Your {kind} images</source>
        <translation>Vos images {kind}</translation>
    </message>
    <message>
        <source>Watermark on this banner:</source>
        <translation>Filigrane sur cette bannière :</translation>
    </message>
    <message>
        <source>Watermark colour</source>
        <translation>Couleur du filigrane</translation>
    </message>
    <message>
        <source>Watermark position</source>
        <translation>Position du filigrane</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>Send a PNG, JPG or WebP file to PassEntry as a {kind}</source>
        <translation>Envoyer un fichier PNG, JPG ou WebP à PassEntry comme {kind}</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Use this image</source>
        <translation>Utiliser cette image</translation>
    </message>
    <message>
        <source>Reading your images from PassEntry…</source>
        <translation>Lecture de vos images depuis PassEntry…</translation>
    </message>
    <message>
        <source>No {kind} images on PassEntry yet: upload one.</source>
        <translation>Aucune image {kind} sur PassEntry pour l&apos;instant : envoyez-en une.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>{width} x {height} px · {status}</source>
        <translation>{width} x {height} px · {status}</translation>
    </message>
    <message>
        <source>PassEntry is still processing this image</source>
        <translation>PassEntry traite encore cette image</translation>
    </message>
    <message>
        <source>Upload a {kind}</source>
        <translation>Envoyer : {kind}</translation>
    </message>
    <message>
        <source>Uploading {file}…</source>
        <translation>Envoi de {file}…</translation>
    </message>
    <message>
        <source>Processing… PassEntry is preparing the image; it can be used once it is ready.</source>
        <translation>Traitement… PassEntry prépare l&apos;image ; elle sera utilisable une fois prête.</translation>
    </message>
    <message>
        <source>{advice} {processing}</source>
        <translation>{advice} {processing}</translation>
    </message>
    <message>
        <source>{name} is ready: Use this image puts it on the pass.</source>
        <translation>{name} est prête : « Utiliser cette image » la place sur le pass.</translation>
    </message>
    <message>
        <source>The image is ready: Use this image puts it on the pass.</source>
        <translation>L&apos;image est prête : « Utiliser cette image » la place sur le pass.</translation>
    </message>
    <message>
        <source>PassEntry is still processing the image; look again later (Refresh).</source>
        <translation>PassEntry traite encore l&apos;image ; revenez plus tard (Actualiser).</translation>
    </message>
    <message>
        <source>PassEntry could not process {name} ({status}); upload another file.</source>
        <translation>PassEntry n&apos;a pas pu traiter {name} ({status}) ; envoyez un autre fichier.</translation>
    </message>
    <message>
        <source>PassEntry could not process the image ({status}); upload another file.</source>
        <translation>PassEntry n&apos;a pas pu traiter l&apos;image ({status}) ; envoyez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>designer</name>
    <message>
        <source>a colour is text such as &quot;#1A2B3C&quot;, not {kind}</source>
        <translation>une couleur est un texte comme « #1A2B3C », pas {kind}</translation>
    </message>
    <message>
        <source>{value} is not a colour: each of r, g, b must be 0 to 255</source>
        <translation>{value} n&apos;est pas une couleur : r, g et b doivent chacun être entre 0 et 255</translation>
    </message>
    <message>
        <source>{value} is not a colour; write #RGB, #RRGGBB or rgb(r, g, b)</source>
        <translation>{value} n&apos;est pas une couleur ; écrivez #RGB, #RRGGBB ou rgb(r, g, b)</translation>
    </message>
    <message>
        <source>colour component {value} is outside 0 to 255</source>
        <translation>la composante de couleur {value} est hors de la plage 0 à 255</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>bannière</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>icône</translation>
    </message>
    <message>
        <source>thumbnail</source>
        <translation>vignette</translation>
    </message>
    <message>
        <source>{width} x {height} px</source>
        <translation>{width} x {height} px</translation>
    </message>
    <message>
        <source>Only Apple shows a thumbnail, and only on generic passes.</source>
        <translation>Seul Apple affiche une vignette, et uniquement sur les pass génériques.</translation>
    </message>
    <message>
        <source>Apple shows no banner on a generic pass; Google does.</source>
        <translation>Apple n&apos;affiche pas de bannière sur un pass générique ; Google, si.</translation>
    </message>
    <message>
        <source>PassEntry documents no size for the {what}.</source>
        <translation>PassEntry n&apos;indique aucune taille pour cette image ({what}).</translation>
    </message>
    <message>
        <source>PassEntry&apos;s {what} size is {size} (1125 x 294 on an Apple event ticket).</source>
        <translation>Taille PassEntry pour cette image ({what}) : {size} (1125 x 294 sur un billet d&apos;événement Apple).</translation>
    </message>
    <message>
        <source>PassEntry&apos;s {what} size is {size}.</source>
        <translation>Taille PassEntry pour cette image ({what}) : {size}.</translation>
    </message>
    <message>
        <source>This {what} has no size; it cannot be shown.</source>
        <translation>Cette image ({what}) n&apos;a pas de taille ; elle ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>Smaller than {size} (PassEntry&apos;s {what} size): it may look blurred on a phone.</source>
        <translation>Plus petite que {size} (taille PassEntry pour : {what}) : elle risque d&apos;être floue sur un téléphone.</translation>
    </message>
    <message>
        <source>Not the {what}&apos;s shape ({width}:{height}); it will be cropped or squeezed.</source>
        <translation>Proportions différentes de celles attendues ({what}, {width}:{height}) ; l&apos;image sera recadrée ou déformée.</translation>
    </message>
    <message>
        <source>Thumbnails are shown about square; this one will be cropped.</source>
        <translation>Les vignettes s&apos;affichent à peu près carrées ; celle-ci sera recadrée.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <comment>two sentences one after the other</comment>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>background colour</source>
        <translation>couleur d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>text colour</source>
        <translation>couleur du texte</translation>
    </message>
    <message>
        <source>label colour</source>
        <translation>couleur des libellés</translation>
    </message>
    <message>
        <source>generic</source>
        <translation>générique</translation>
    </message>
    <message>
        <source>loyalty card</source>
        <translation>carte de fidélité</translation>
    </message>
    <message>
        <source>event ticket</source>
        <translation>billet d&apos;événement</translation>
    </message>
    <message>
        <source>transit</source>
        <translation>transport</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Transit type</source>
        <translation>Type de transport</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Couleur d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Couleur des libellés</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Couleur du texte</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Bannière</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icône</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Filigrane</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <comment>a list&apos;s comma</comment>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>a generic template</source>
        <translation>un modèle générique</translation>
    </message>
    <message>
        <source>a loyalty card template</source>
        <translation>un modèle de carte de fidélité</translation>
    </message>
    <message>
        <source>an event ticket template</source>
        <translation>un modèle de billet d&apos;événement</translation>
    </message>
    <message>
        <source>a transit template</source>
        <translation>un modèle de transport</translation>
    </message>
    <message>
        <source>a {type} template</source>
        <translation>un modèle {type}</translation>
    </message>
    <message>
        <source>Header field {number}</source>
        <translation>Champ d&apos;en-tête {number}</translation>
    </message>
    <message>
        <source>Central field {number}</source>
        <translation>Champ central {number}</translation>
    </message>
    <message>
        <source>Details field {number}</source>
        <translation>Champ de détails {number}</translation>
    </message>
    <message>
        <source>Back field {number}</source>
        <translation>Champ du verso {number}</translation>
    </message>
    <message>
        <source>{group} field {number}</source>
        <translation>Champ {group} {number}</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>Champs d&apos;en-tête</translation>
    </message>
    <message>
        <source>Central fields</source>
        <translation>Champs centraux</translation>
    </message>
    <message>
        <source>Details fields</source>
        <translation>Champs de détails</translation>
    </message>
    <message>
        <source>Back fields</source>
        <translation>Champs du verso</translation>
    </message>
    <message>
        <source>at least one header field</source>
        <translation>au moins un champ d&apos;en-tête</translation>
    </message>
    <message>
        <source>at least one central field</source>
        <translation>au moins un champ central</translation>
    </message>
    <message>
        <source>at least one details field</source>
        <translation>au moins un champ de détails</translation>
    </message>
    <message>
        <source>at least one back field</source>
        <translation>au moins un champ du verso</translation>
    </message>
    <message>
        <source>the template has no name</source>
        <translation>le modèle n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>no template type; the known types are {known}</source>
        <translation>aucun type de modèle ; les types connus sont {known}</translation>
    </message>
    <message>
        <source>template type {type} is not one passdesk knows ({known}); the previews may not match</source>
        <translation>le type de modèle {type} est inconnu de passdesk ({known}) ; les aperçus peuvent ne pas correspondre</translation>
    </message>
    <message>
        <source>no transit type; a transit template needs one of {known}</source>
        <translation>aucun type de transport ; un modèle de transport nécessite l&apos;un de ces types : {known}</translation>
    </message>
    <message>
        <source>transit type {type}; a transit template needs one of {known}</source>
        <translation>type de transport {type} ; un modèle de transport nécessite l&apos;un de ces types : {known}</translation>
    </message>
    <message>
        <source>the {what} is {value}, not a colour; write #RGB, #RRGGBB or rgb(r, g, b)</source>
        <translation>la {what} vaut {value}, ce n&apos;est pas une couleur ; écrivez #RGB, #RRGGBB ou rgb(r, g, b)</translation>
    </message>
    <message>
        <source>the {what} {problem}</source>
        <comment>{problem}: &apos;#12&apos; is not a colour…</comment>
        <translation>la {what} : {problem}</translation>
    </message>
    <message>
        <source>text colour {colour} on background {background} has contrast {ratio}:1; WCAG asks for at least {minimum}:1</source>
        <translation>la couleur du texte {colour} sur l&apos;arrière-plan {background} a un contraste de {ratio}:1 ; les WCAG demandent au moins {minimum}:1</translation>
    </message>
    <message>
        <source>label colour {colour} on background {background} has contrast {ratio}:1; WCAG asks for at least {minimum}:1</source>
        <translation>la couleur des libellés {colour} sur l&apos;arrière-plan {background} a un contraste de {ratio}:1 ; les WCAG demandent au moins {minimum}:1</translation>
    </message>
    <message>
        <source>the {what} {value} is not an https URL or a PNG or JPEG image</source>
        <translation>{what} : {value} n&apos;est ni une URL https ni une image PNG ou JPEG</translation>
    </message>
    <message>
        <source>Google shows the logo in a circle: a wide logo is cut; use a square logo</source>
        <translation>Google affiche le logo dans un cercle : un logo large est coupé ; utilisez un logo carré</translation>
    </message>
    <message>
        <source>the watermark is light or dark, at a corner of the pass</source>
        <translation>le filigrane est clair ou foncé, dans un coin du pass</translation>
    </message>
    <message>
        <source>barcode type {type} is not one of {known}</source>
        <translation>le type de code-barres {type} ne fait pas partie de {known}</translation>
    </message>
    <message>
        <source>the barcode holds {source}; it can hold the pass id (uuid), the External ID (extId) or your own text (custom)</source>
        <translation>le code-barres contient {source} ; il peut contenir l&apos;ID du pass (uuid), l&apos;ID externe (extId) ou votre propre texte (custom)</translation>
    </message>
    <message>
        <source>the barcode holds your own text, but the text is empty</source>
        <translation>le code-barres contient votre propre texte, mais ce texte est vide</translation>
    </message>
    <message>
        <source>the barcode is {value}, not a barcode object</source>
        <translation>le code-barres vaut {value}, ce n&apos;est pas un objet code-barres</translation>
    </message>
    <message>
        <source>it has a label but no field id; passes cannot fill it</source>
        <translation>il a un libellé mais pas d&apos;ID de champ ; les pass ne peuvent pas le remplir</translation>
    </message>
    <message>
        <source>it has a default value but no field id; passes cannot fill it</source>
        <translation>il a une valeur par défaut mais pas d&apos;ID de champ ; les pass ne peuvent pas le remplir</translation>
    </message>
    <message>
        <source>field id {id} should use only letters, digits and _ and not start with a digit</source>
        <translation>l&apos;ID de champ {id} ne doit contenir que des lettres, des chiffres et _ et ne pas commencer par un chiffre</translation>
    </message>
    <message>
        <source>field id {id} is used more than once (also {others})</source>
        <translation>l&apos;ID de champ {id} est utilisé plusieurs fois (aussi {others})</translation>
    </message>
    <message>
        <source>{type} needs {fields}</source>
        <comment>a generic template needs at least one central field</comment>
        <translation>{type} nécessite {fields}</translation>
    </message>
    <message>
        <source>a transit pass shows two central fields, where from and where to; add the second</source>
        <translation>un pass de transport affiche deux champs centraux, départ et arrivée ; ajoutez le second</translation>
    </message>
    <message>
        <source>one central field</source>
        <translation>un champ central</translation>
    </message>
    <message numerus="yes">
        <source>%n central field(s)</source>
        <translation>
            <numerusform>%n champ central</numerusform>
            <numerusform>%n champs centraux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s)</source>
        <translation>
            <numerusform>%n champ d&apos;en-tête</numerusform>
            <numerusform>%n champs d&apos;en-tête</numerusform>
        </translation>
    </message>
    <message>
        <source>{wallet} shows {what} on {type}: this one is not drawn</source>
        <translation>{wallet} affiche {what} sur {type} : celui-ci n&apos;est pas dessiné</translation>
    </message>
    <message>
        <source>a template is a JSON object, not {kind}</source>
        <translation>un modèle est un objet JSON, pas {kind}</translation>
    </message>
    <message>
        <source>this is a list of templates (&quot;data&quot; is a list), not one template</source>
        <translation>ceci est une liste de modèles (« data » est une liste), pas un modèle</translation>
    </message>
    <message>
        <source>&quot;data&quot; is {kind}, not a template resource</source>
        <translation>« data » est {kind}, pas une ressource de modèle</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>&quot;data.attributes&quot; is missing</comment>
        <translation>manquant</translation>
    </message>
    <message>
        <source>&quot;data.attributes&quot; is {kind}; a template resource keeps its fields there</source>
        <translation>« data.attributes » est {kind} ; une ressource de modèle y garde ses champs</translation>
    </message>
    <message>
        <source>&quot;attributes&quot; is {kind}, not an object of template fields</source>
        <translation>« attributes » est {kind}, pas un objet de champs de modèle</translation>
    </message>
    <message>
        <source>&quot;passTemplate&quot; is {kind}, not an object of template fields</source>
        <translation>« passTemplate » est {kind}, pas un objet de champs de modèle</translation>
    </message>
    <message>
        <source>the text is empty; a template is a JSON object</source>
        <translation>le texte est vide ; un modèle est un objet JSON</translation>
    </message>
    <message>
        <source>line {line}: {problem} (column {column})</source>
        <comment>{problem}: the JSON reader&apos;s English words</comment>
        <translation>ligne {line} : {problem} (colonne {column})</translation>
    </message>
    <message>
        <source>{slot} is empty; give the field an id first</source>
        <translation>{slot} est vide ; donnez d&apos;abord un ID au champ</translation>
    </message>
    <message>
        <source>{group} has no empty slot; remove or move a field first</source>
        <translation>{group} n&apos;a pas d&apos;emplacement libre ; supprimez ou déplacez d&apos;abord un champ</translation>
    </message>
    <message>
        <source>{slot} is empty; there is no field to move</source>
        <translation>{slot} est vide ; il n&apos;y a aucun champ à déplacer</translation>
    </message>
    <message>
        <source>this is a {type} resource, not a pass template</source>
        <translation>ceci est une ressource {type}, pas un modèle de pass</translation>
    </message>
    <message numerus="yes">
        <source>{wallet}: the value {text} will be cut off; about {fit} of %n characters fit</source>
        <translation>
            <numerusform>{wallet} : la valeur {text} sera tronquée ; place pour environ {fit} sur %n caractère</numerusform>
            <numerusform>{wallet} : la valeur {text} sera tronquée ; place pour environ {fit} sur %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{wallet}: the label {text} will be cut off; about {fit} of %n characters fit</source>
        <translation>
            <numerusform>{wallet} : le libellé {text} sera tronqué ; place pour environ {fit} sur %n caractère</numerusform>
            <numerusform>{wallet} : le libellé {text} sera tronqué ; place pour environ {fit} sur %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>a number</source>
        <comment>what a JSON value is</comment>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>what a JSON value is</comment>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>what a JSON value is</comment>
        <translation>une liste</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>Anglais (Royaume-Uni)</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>Anglais (États-Unis)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugais (Brésil)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Suédois</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danois</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norvégien</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnois</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Islandais</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tchèque</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grec</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hébreu</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coréen</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinois (simplifié)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinois (traditionnel)</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Irlandais</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Gallois</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation>Allemand (Autriche)</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>Allemand (Suisse)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Français (Canada)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Espagnol (Mexique)</translation>
    </message>
    <message>
        <source>English (UK, {tag})</source>
        <translation>Anglais (Royaume-Uni, {tag})</translation>
    </message>
    <message>
        <source>English (US, {tag})</source>
        <translation>Anglais (États-Unis, {tag})</translation>
    </message>
    <message>
        <source>Portuguese (Brazil, {tag})</source>
        <translation>Portugais (Brésil, {tag})</translation>
    </message>
    <message>
        <source>Chinese (Simplified, {tag})</source>
        <translation>Chinois (simplifié, {tag})</translation>
    </message>
    <message>
        <source>Chinese (Traditional, {tag})</source>
        <translation>Chinois (traditionnel, {tag})</translation>
    </message>
    <message>
        <source>German (Austria, {tag})</source>
        <translation>Allemand (Autriche, {tag})</translation>
    </message>
    <message>
        <source>German (Switzerland, {tag})</source>
        <translation>Allemand (Suisse, {tag})</translation>
    </message>
    <message>
        <source>French (Canada, {tag})</source>
        <translation>Français (Canada, {tag})</translation>
    </message>
    <message>
        <source>Spanish (Mexico, {tag})</source>
        <translation>Espagnol (Mexique, {tag})</translation>
    </message>
    <message>
        <source>{tag} is not a language tag such as de, de-AT or pt-BR</source>
        <translation>{tag} n&apos;est pas une balise de langue comme de, de-AT ou pt-BR</translation>
    </message>
    <message>
        <source>{tag} is not a language tag such as de, de-AT, pt-BR or zh-Hant</source>
        <translation>{tag} n&apos;est pas une balise de langue comme de, de-AT, pt-BR ou zh-Hant</translation>
    </message>
    <message>
        <source>An empty tag is not a language; type one such as de or pt-BR</source>
        <translation>Une balise vide n&apos;est pas une langue ; saisissez-en une comme de ou pt-BR</translation>
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
        <translation>la langue par défaut est {language} ; PassEntry conseille l&apos;anglais, langue de repli des iPhone</translation>
    </message>
    <message>
        <source>it has a {language} translation, but {name} is the default language: the translation replaces the base text; keep one</source>
        <translation>il a une traduction en {language}, mais {name} est la langue par défaut : la traduction remplace le texte de base ; n&apos;en gardez qu&apos;un</translation>
    </message>
    <message>
        <source>phones in {name} show the {shown} one</source>
        <translation>les téléphones en {name} affichent la version {shown}</translation>
    </message>
    <message>
        <source>iPhones in {name} show the {apple} one, Android phones the {google} one</source>
        <translation>les iPhone en {name} affichent la version {apple}, les téléphones Android la version {google}</translation>
    </message>
    <message>
        <source>no {language} label or default value: {instead}</source>
        <translation>aucun libellé ni valeur par défaut en {language} : {instead}</translation>
    </message>
    <message>
        <source>no {language} label: {instead}</source>
        <translation>aucun libellé en {language} : {instead}</translation>
    </message>
    <message>
        <source>no {language} default value: {instead}</source>
        <translation>aucune valeur par défaut en {language} : {instead}</translation>
    </message>
    <message>
        <source>{type} codes cannot be drawn here; the value is shown as text.</source>
        <translation>Les codes {type} ne peuvent pas être dessinés ici ; la valeur est affichée en texte.</translation>
    </message>
    <message>
        <source>This {type} code cannot be drawn ({reason}); the value is shown as text.</source>
        <translation>Ce code {type} ne peut pas être dessiné ({reason}) ; la valeur est affichée en texte.</translation>
    </message>
    <message>
        <source>Image · {what}</source>
        <comment>a preview placeholder</comment>
        <translation>Image · {what}</translation>
    </message>
    <message>
        <source>logo</source>
        <comment>a preview placeholder</comment>
        <translation>logo</translation>
    </message>
    <message>
        <source>{type} codes are not drawn here</source>
        <translation>Les codes {type} ne sont pas dessinés ici</translation>
    </message>
    <message>
        <source>cannot be drawn</source>
        <comment>a barcode in the preview</comment>
        <translation>dessin impossible</translation>
    </message>
    <message>
        <source>web image</source>
        <comment>a preview placeholder</comment>
        <translation>image web</translation>
    </message>
    <message>
        <source>not an image</source>
        <comment>a preview placeholder</comment>
        <translation>pas une image</translation>
    </message>
    <message>
        <source>broken image</source>
        <comment>a preview placeholder</comment>
        <translation>image endommagée</translation>
    </message>
    <message>
        <source>image too large</source>
        <comment>a preview placeholder</comment>
        <translation>image trop grande</translation>
    </message>
    <message>
        <source>cannot write the preview to {file}: the PNG could not be written (is the disk full?)</source>
        <translation>impossible d&apos;écrire l&apos;aperçu dans {file} : le PNG n&apos;a pas pu être écrit (disque plein ?)</translation>
    </message>
    <message>
        <source>On PassEntry…</source>
        <translation>Sur PassEntry…</translation>
    </message>
    <message>
        <source>Banner from PassEntry&apos;s images</source>
        <translation>Bannière parmi les images PassEntry</translation>
    </message>
    <message>
        <source>Logo from PassEntry&apos;s images</source>
        <translation>Logo parmi les images PassEntry</translation>
    </message>
    <message>
        <source>Upload a {what} to PassEntry, or pick one of your account&apos;s images; the template then uses its web address.</source>
        <translation>Téléversez une image ({what}) sur PassEntry, ou choisissez-en une parmi les images de votre compte ; le modèle utilise alors son adresse web.</translation>
    </message>
    <message>
        <source>Image on PassEntry, {width} x {height} px</source>
        <translation>Image sur PassEntry, {width} x {height} px</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Carte de fidélité</translation>
    </message>
    <message>
        <source>Event ticket</source>
        <translation>Billet d&apos;événement</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Avion</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Foncé</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>En haut à gauche</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>En haut à droite</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>En bas à gauche</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>En bas à droite</translation>
    </message>
    <message>
        <source>The pass ID</source>
        <translation>L&apos;ID du pass</translation>
    </message>
    <message>
        <source>The External ID</source>
        <translation>L&apos;ID externe</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Votre propre texte</translation>
    </message>
    <message>
        <source>Changed since it was published: the changes are kept here as a draft; PassEntry still has the published version.</source>
        <translation>Modifié depuis la publication : les modifications sont gardées ici en brouillon ; PassEntry a toujours la version publiée.</translation>
    </message>
    <message>
        <source>Opened from PassEntry, unchanged.</source>
        <translation>Ouvert depuis PassEntry, inchangé.</translation>
    </message>
    <message>
        <source>Draft, saved on this computer; not published.</source>
        <translation>Brouillon, enregistré sur cet ordinateur ; non publié.</translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation>Modèle sans titre</translation>
    </message>
    <message>
        <source>• Changes not published to PassEntry yet</source>
        <translation>• Modifications pas encore publiées sur PassEntry</translation>
    </message>
    <message>
        <source>On PassEntry as shown</source>
        <translation>Sur PassEntry tel qu&apos;affiché</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved as a draft on this computer</source>
        <translation>Enregistré en brouillon sur cet ordinateur</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no template type</comment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>edit {key}</source>
        <comment>an undo step; {key}: its JSON name</comment>
        <translation>modification de {key}</translation>
    </message>
    <message>
        <source>template type</source>
        <comment>an undo step</comment>
        <translation>type de modèle</translation>
    </message>
    <message>
        <source>transit type</source>
        <comment>an undo step</comment>
        <translation>type de transport</translation>
    </message>
    <message>
        <source>watermark</source>
        <comment>an undo step</comment>
        <translation>filigrane</translation>
    </message>
    <message>
        <source>edit {key} colour</source>
        <comment>an undo step; {key}: its JSON name</comment>
        <translation>modification de la couleur {key}</translation>
    </message>
    <message>
        <source>remove {key}</source>
        <comment>an undo step; {key}: logo, banner…</comment>
        <translation>suppression de {key}</translation>
    </message>
    <message>
        <source>choose {key}</source>
        <comment>an undo step; {key}: logo, banner…</comment>
        <translation>choix de {key}</translation>
    </message>
    <message>
        <source>barcode</source>
        <comment>an undo step</comment>
        <translation>code-barres</translation>
    </message>
    <message>
        <source>barcode text</source>
        <comment>an undo step</comment>
        <translation>texte du code-barres</translation>
    </message>
    <message>
        <source>To Header</source>
        <translation>Vers En-tête</translation>
    </message>
    <message>
        <source>To Central</source>
        <translation>Vers Central</translation>
    </message>
    <message>
        <source>To Details</source>
        <translation>Vers Détails</translation>
    </message>
    <message>
        <source>To Back</source>
        <translation>Vers Verso</translation>
    </message>
    <message>
        <source>The {group} group has no empty slot; remove or move a field first.</source>
        <translation>Le groupe {group} n&apos;a pas d&apos;emplacement libre ; supprimez ou déplacez d&apos;abord un champ.</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>{language} · default</source>
        <translation>{language} · par défaut</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <source>Language of the labels and default values
(pick one, or type a tag such as de-AT or pt-BR):</source>
        <translation>Langue des libellés et valeurs par défaut
(choisissez-en une ou saisissez une balise comme de-AT ou pt-BR) :</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>adds a language</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>{reason}. No language was added.</source>
        <translation>{reason}. Aucune langue n&apos;a été ajoutée.</translation>
    </message>
    <message>
        <source>{language} is the default language already: its labels are the base ones.</source>
        <translation>{language} est déjà la langue par défaut : ses libellés sont ceux de base.</translation>
    </message>
    <message>
        <source>add {language}</source>
        <comment>an undo step</comment>
        <translation>ajout de {language}</translation>
    </message>
    <message>
        <source>remove {language}</source>
        <comment>an undo step</comment>
        <translation>suppression de {language}</translation>
    </message>
    <message>
        <source>sample value of {field}</source>
        <comment>an undo step</comment>
        <translation>valeur d&apos;exemple de {field}</translation>
    </message>
    <message>
        <source>field id of {where}</source>
        <comment>an undo step</comment>
        <translation>ID de champ de {where}</translation>
    </message>
    <message>
        <source>{language} label of {where}</source>
        <comment>an undo step</comment>
        <translation>libellé {language} de {where}</translation>
    </message>
    <message>
        <source>{language} default of {where}</source>
        <comment>an undo step</comment>
        <translation>valeur par défaut {language} de {where}</translation>
    </message>
    <message>
        <source>label of {where}</source>
        <comment>an undo step</comment>
        <translation>libellé de {where}</translation>
    </message>
    <message>
        <source>default of {where}</source>
        <comment>an undo step</comment>
        <translation>valeur par défaut de {where}</translation>
    </message>
    <message>
        <source>Field {number}</source>
        <comment>a new field&apos;s label</comment>
        <translation>Champ {number}</translation>
    </message>
    <message>
        <source>add {field}</source>
        <comment>an undo step</comment>
        <translation>ajout de {field}</translation>
    </message>
    <message>
        <source>remove {field}</source>
        <comment>an undo step</comment>
        <translation>suppression de {field}</translation>
    </message>
    <message>
        <source>reorder fields</source>
        <comment>an undo step</comment>
        <translation>réorganisation des champs</translation>
    </message>
    <message>
        <source>move {field} to {group}</source>
        <comment>an undo step</comment>
        <translation>déplacement de {field} vers {group}</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s logo size is 480 x 150 px: Apple shows it up to 160 x 50 points beside the template name; Google shows it in a circle, so keep the mark in the middle.</source>
        <translation>PNG ou JPEG, 1 Mo maximum. Taille du logo PassEntry : 480 x 150 px ; Apple l&apos;affiche jusqu&apos;à 160 x 50 points à côté du nom du modèle ; Google l&apos;affiche dans un cercle, gardez donc le motif au centre.</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s banner size is 1125 x 432 px (1125 x 294 on an Apple event ticket).</source>
        <translation>PNG ou JPEG, 1 Mo maximum. Taille de la bannière PassEntry : 1125 x 432 px (1125 x 294 sur un billet d&apos;événement Apple).</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s icon size is 660 x 660 px: the phone shows it beside notifications.</source>
        <translation>PNG ou JPEG, 1 Mo maximum. Taille de l&apos;icône PassEntry : 660 x 660 px ; le téléphone l&apos;affiche à côté des notifications.</translation>
    </message>
    <message>
        <source>A web image (not shown offline)</source>
        <translation>Une image web (non affichée hors ligne)</translation>
    </message>
    <message>
        <source>{kind}, {width} x {height} px, {size}, aspect {ratio}:1</source>
        <translation>{kind}, {width} x {height} px, {size}, proportions {ratio}:1</translation>
    </message>
    <message>
        <source>{kind}, {width} x {height} px, {size}</source>
        <translation>{kind}, {width} x {height} px, {size}</translation>
    </message>
    <message>
        <source>{kb} KB</source>
        <translation>{kb} Ko</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Less than {height} px high (PassEntry&apos;s logo is {width} x {height} px): it may look blurred on a phone.</source>
        <translation>Moins de {height} px de haut (le logo PassEntry fait {width} x {height} px) : il risque d&apos;être flou sur un téléphone.</translation>
    </message>
    <message>
        <source>Banners are {width} x {height} px (1125 x 294 on an Apple event ticket); this one will be cropped.</source>
        <translation>Les bannières font {width} x {height} px (1125 x 294 sur un billet d&apos;événement Apple) ; celle-ci sera recadrée.</translation>
    </message>
    <message>
        <source>Icons are square ({width} x {height} px); this one will be cropped or squeezed.</source>
        <translation>Les icônes sont carrées ({width} x {height} px) ; celle-ci sera recadrée ou déformée.</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be used; this file is {kind}.</source>
        <translation>Seules les images PNG et JPEG sont acceptées ; ce fichier est au format {kind}.</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be used.</source>
        <translation>Seules les images PNG et JPEG sont acceptées.</translation>
    </message>
    <message>
        <source>The image cannot be read: {reason}.</source>
        <translation>L&apos;image est illisible : {reason}.</translation>
    </message>
    <message>
        <source>{file} is {mb} MB; an image may be at most 1 MB. Save it smaller or as JPEG.</source>
        <translation>{file} fait {mb} Mo ; une image peut faire au plus 1 Mo. Enregistrez-la plus petite ou en JPEG.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} est illisible : {reason}.</translation>
    </message>
    <message>
        <source>{reason}. The default language stays {tag}.</source>
        <translation>{reason}. La langue par défaut reste {tag}.</translation>
    </message>
    <message>
        <source>Google shows the default language ({tag})</source>
        <translation>Google affiche la langue par défaut ({tag})</translation>
    </message>
    <message>
        <source>Apple shows {language}</source>
        <translation>Apple affiche {language}</translation>
    </message>
    <message>
        <source>Apple shows {languages} and {last}</source>
        <translation>Apple affiche {languages} et {last}</translation>
    </message>
    <message>
        <source>Where {language} is missing, {shown}</source>
        <comment>{shown}: Apple shows … / Google shows …</comment>
        <translation>Là où {language} manque : {shown}</translation>
    </message>
    <message>
        <source>Template JSON ({patterns});;All files ({all})</source>
        <translation>JSON de modèle ({patterns});;Tous les fichiers ({all})</translation>
    </message>
    <message>
        <source>This template was in PassEntry&apos;s old layout; it is shown in the current one (header, central, details and back fields). Publishing sends the current layout.</source>
        <translation>Ce modèle utilisait l&apos;ancienne disposition de PassEntry ; il est affiché dans la disposition actuelle (champs d&apos;en-tête, centraux, de détails et du verso). La publication envoie la disposition actuelle.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo {step} (Ctrl+Z)</source>
        <translation>Annuler : {step} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>Rétablir : {step}</translation>
    </message>
    <message>
        <source>The drafts</source>
        <translation>Les brouillons</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <source>No drafts yet: a template you edit here is saved as a draft.</source>
        <translation>Aucun brouillon pour l&apos;instant : un modèle modifié ici est enregistré en brouillon.</translation>
    </message>
    <message>
        <source>The draft</source>
        <translation>Le brouillon</translation>
    </message>
    <message>
        <source>The draft {name} cannot be opened: {reason}</source>
        <translation>Impossible d&apos;ouvrir le brouillon {name} : {reason}</translation>
    </message>
    <message>
        <source>The synced templates</source>
        <translation>Les modèles synchronisés</translation>
    </message>
    <message>
        <source>Open a synced template</source>
        <translation>Ouvrir un modèle synchronisé</translation>
    </message>
    <message>
        <source>No templates here yet: sync with PassEntry (templates come with their passes), or add one by its ID with Add by ID.</source>
        <translation>Aucun modèle ici pour l&apos;instant : synchronisez avec PassEntry (les modèles arrivent avec leurs pass) ou ajoutez-en un par son ID avec Ajouter par ID.</translation>
    </message>
    <message>
        <source>The template</source>
        <translation>Le modèle</translation>
    </message>
    <message>
        <source>Template {id} is not in the local store.</source>
        <translation>Le modèle {id} n&apos;est pas dans la base locale.</translation>
    </message>
    <message>
        <source>Template {id} cannot be opened: {reason}</source>
        <translation>Impossible d&apos;ouvrir le modèle {id} : {reason}</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>{file} is not a pass template: {reason}</source>
        <translation>{file} n&apos;est pas un modèle de pass : {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} est illisible : {reason}</translation>
    </message>
    <message>
        <source>Imported {file}. {converted}</source>
        <translation>{file} importé. {converted}</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>{file} importé.</translation>
    </message>
    <message>
        <source>{what} could not be read from the local store: {reason}</source>
        <translation>Lecture impossible depuis la base locale ({what}) : {reason}</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <source>The template was not exported: {reason}</source>
        <translation>Le modèle n&apos;a pas été exporté : {reason}</translation>
    </message>
    <message>
        <source>Exported the template to {path}.</source>
        <translation>Modèle exporté vers {path}.</translation>
    </message>
    <message>
        <source>Export the previews to a folder</source>
        <translation>Exporter les aperçus dans un dossier</translation>
    </message>
    <message>
        <source>The previews were not exported: {reason}</source>
        <translation>Les aperçus n&apos;ont pas été exportés : {reason}</translation>
    </message>
    <message>
        <source>Exported {first} and {second} to {folder}.</source>
        <translation>{first} et {second} exportés vers {folder}.</translation>
    </message>
    <message>
        <source>Exported {files} to {folder}.</source>
        <translation>{files} exportés vers {folder}.</translation>
    </message>
    <message>
        <source>The published version waits in the outbox unchanged; your new changes are saved as a new draft.</source>
        <translation>La version publiée attend inchangée dans la boîte d&apos;envoi ; vos nouvelles modifications sont enregistrées dans un nouveau brouillon.</translation>
    </message>
    <message>
        <source>The draft {name} was not saved: {reason}</source>
        <translation>Le brouillon {name} n&apos;a pas été enregistré : {reason}</translation>
    </message>
    <message>
        <source>Not published: fix the errors first. {place}: {message}.</source>
        <translation>Non publié : corrigez d&apos;abord les erreurs. {place} : {message}.</translation>
    </message>
    <message>
        <source>The templates</source>
        <translation>Les modèles</translation>
    </message>
    <message>
        <source>Not published: a manager&apos;s PIN was not given.</source>
        <translation>Non publié : le PIN d&apos;un responsable n&apos;a pas été saisi.</translation>
    </message>
    <message>
        <source>Not published: {reason}</source>
        <translation>Non publié : {reason}</translation>
    </message>
    <message>
        <source>Queued for publishing, but not in the audit trail (the store refused the entry): tell a manager.</source>
        <translation>En file d&apos;attente de publication, mais absent du journal d&apos;audit (la base locale a refusé l&apos;entrée) : prévenez un responsable.</translation>
    </message>
    <message numerus="yes">
        <source>{used} of %Ln slot(s) used</source>
        <translation>
            <numerusform>Emplacements utilisés : {used} sur %Ln</numerusform>
            <numerusform>Emplacements utilisés : {used} sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not published: fix the errors first. {place}: {message} (and %Ln more).</source>
        <translation>
            <numerusform>Non publié : corrigez d&apos;abord les erreurs. {place} : {message} (et %Ln autre).</numerusform>
            <numerusform>Non publié : corrigez d&apos;abord les erreurs. {place} : {message} (et %Ln autres).</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy was not published: {reason}</source>
        <translation>La copie n&apos;a pas été publiée : {reason}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>en traitement</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>What a phone set to this language shows. Apple falls back to English, then the first language alphabetically; Google to the template&apos;s default language. Pick one or type a tag such as de-AT.</source>
        <translation>Ce qu&apos;affiche un téléphone réglé dans cette langue. Apple se replie sur l&apos;anglais, puis sur la première langue par ordre alphabétique ; Google sur la langue par défaut du modèle. Choisissez-en une ou saisissez une balise comme de-AT.</translation>
    </message>
    <message>
        <source>Phone language of the previews</source>
        <translation>Langue du téléphone pour les aperçus</translation>
    </message>
    <message>
        <source>Phone &amp;language</source>
        <translation>&amp;Langue du téléphone</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>{note}. The template has no {language} labels for some fields; each wallet falls back in its own way.</source>
        <translation>{note}. Le modèle n&apos;a pas de libellés en {language} pour certains champs ; chaque portefeuille se replie à sa manière.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>Error · {place}: {message}</source>
        <translation>Erreur · {place} : {message}</translation>
    </message>
    <message>
        <source>Warning · {place}: {message}</source>
        <translation>Avertissement · {place} : {message}</translation>
    </message>
    <message>
        <source>Publishing it would make a second template with that name. You can publish a copy as a new template under a new name.</source>
        <translation>La publication créerait un second modèle portant ce nom. Vous pouvez publier une copie comme nouveau modèle sous un autre nom.</translation>
    </message>
    <message>
        <source>Only what you changed is sent; passes made with the template show the changes. Or publish a copy as a new template under a new name.</source>
        <translation>Seules vos modifications sont envoyées ; les pass créés avec le modèle affichent les modifications. Vous pouvez aussi publier une copie comme nouveau modèle sous un autre nom.</translation>
    </message>
    <message>
        <source>It is sent now if the connection is up, otherwise as soon as it is.</source>
        <translation>Il est envoyé maintenant si la connexion est active, sinon dès qu&apos;elle le sera.</translation>
    </message>
    <message>
        <source>It was published from this design already.</source>
        <translation>Il a déjà été publié à partir de cette conception.</translation>
    </message>
    <message>
        <source>It was opened from a template PassEntry has.</source>
        <translation>Il a été ouvert depuis un modèle existant sur PassEntry.</translation>
    </message>
    <message>
        <source>It has the name of a template that is on PassEntry (or queued to be).</source>
        <translation>Il porte le nom d&apos;un modèle présent sur PassEntry (ou en attente de l&apos;être).</translation>
    </message>
    <message>
        <source>It is there.</source>
        <translation>Il y est.</translation>
    </message>
    <message>
        <source>“{name}” is queued to be published from this design already.</source>
        <translation>« {name} » est déjà en attente de publication à partir de cette conception.</translation>
    </message>
    <message>
        <source>“{name}” was published from this design already.</source>
        <translation>« {name} » a déjà été publié à partir de cette conception.</translation>
    </message>
    <message>
        <source>“{name}” was opened from a template PassEntry has.</source>
        <translation>« {name} » a été ouvert depuis un modèle existant sur PassEntry.</translation>
    </message>
    <message>
        <source>“{name}” has the name of a template that is on PassEntry (or queued to be).</source>
        <translation>« {name} » porte le nom d&apos;un modèle présent sur PassEntry (ou en attente de l&apos;être).</translation>
    </message>
    <message>
        <source>“{name}” is there.</source>
        <translation>« {name} » y est.</translation>
    </message>
    <message>
        <source>Publish template</source>
        <translation>Publier le modèle</translation>
    </message>
    <message>
        <source>Update on PassEntry</source>
        <translation>Mettre à jour sur PassEntry</translation>
    </message>
    <message>
        <source>Publish a copy</source>
        <translation>Publier une copie</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Update “{name}” on PassEntry?</source>
        <translation>Mettre à jour « {name} » sur PassEntry ?</translation>
    </message>
    <message>
        <source>{why} {then}</source>
        <comment>two sentences</comment>
        <translation>{why} {then}</translation>
    </message>
    <message>
        <source>Publish “{name}”?</source>
        <translation>Publier « {name} » ?</translation>
    </message>
    <message>
        <source>It goes to PassEntry as a new template.</source>
        <translation>Il est envoyé à PassEntry comme nouveau modèle.</translation>
    </message>
    <message>
        <source>“{name}” is already on PassEntry</source>
        <translation>« {name} » est déjà sur PassEntry</translation>
    </message>
    <message>
        <source>The checks found nothing to warn about.</source>
        <translation>Les vérifications n&apos;ont rien relevé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open warning(s) (it can be published anyway):</source>
        <translation>
            <numerusform>%Ln avertissement en suspens (publication possible malgré tout) :</numerusform>
            <numerusform>%Ln avertissements en suspens (publication possible malgré tout) :</numerusform>
        </translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place} : {message}</translation>
    </message>
    <message>
        <source>The copy needs a name.</source>
        <translation>La copie doit avoir un nom.</translation>
    </message>
    <message>
        <source>“{name}” is taken by a template on PassEntry (or queued); choose another name.</source>
        <translation>« {name} » est déjà pris par un modèle sur PassEntry (ou en attente) ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The copy is published as a new template.</source>
        <translation>La copie est publiée comme nouveau modèle.</translation>
    </message>
    <message>
        <source>Queued for publishing: it is sent to PassEntry when the connection is up.</source>
        <translation>En file d&apos;attente de publication : il sera envoyé à PassEntry dès que la connexion sera active.</translation>
    </message>
    <message>
        <source>Processing at PassEntry…: PassEntry took the template and is preparing it; this takes a few moments.</source>
        <translation>Traitement chez PassEntry… : PassEntry a reçu le modèle et le prépare ; cela prend quelques instants.</translation>
    </message>
    <message>
        <source>Published to PassEntry.</source>
        <translation>Publié sur PassEntry.</translation>
    </message>
    <message>
        <source>Publishing failed: {reason}</source>
        <translation>Échec de la publication : {reason}</translation>
    </message>
    <message>
        <source>Publishing failed.</source>
        <translation>Échec de la publication.</translation>
    </message>
    <message>
        <source>Publish state: {state}</source>
        <translation>État de publication : {state}</translation>
    </message>
    <message>
        <source>PNG or JPEG images ({patterns})</source>
        <translation>Images PNG ou JPEG ({patterns})</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Choisir la couleur d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>Choose the label colour</source>
        <translation>Choisir la couleur des libellés</translation>
    </message>
    <message>
        <source>Choose the text colour</source>
        <translation>Choisir la couleur du texte</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>No banner</source>
        <translation>Aucune bannière</translation>
    </message>
    <message>
        <source>No icon</source>
        <translation>Aucune icône</translation>
    </message>
    <message>
        <source>{value} is not a colour; write #RGB, #RRGGBB or rgb(r, g, b). The last good colour is kept.</source>
        <translation>{value} n&apos;est pas une couleur ; écrivez #RGB, #RRGGBB ou rgb(r, g, b). La dernière couleur valide est conservée.</translation>
    </message>
    <message>
        <source>An empty value is not a colour; write #RGB, #RRGGBB or rgb(r, g, b). The last good colour is kept.</source>
        <translation>Une valeur vide n&apos;est pas une couleur ; écrivez #RGB, #RRGGBB ou rgb(r, g, b). La dernière couleur valide est conservée.</translation>
    </message>
    <message>
        <source>The {what} in the template cannot be read</source>
        <translation>L&apos;image du modèle ({what}) est illisible</translation>
    </message>
    <message>
        <source>Choose the {what}</source>
        <translation>Choisir l&apos;image ({what})</translation>
    </message>
    <message>
        <source>Field id</source>
        <translation>ID du champ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Valeur d&apos;exemple</translation>
    </message>
    <message>
        <source>Drag a row by its number to reorder</source>
        <translation>Faites glisser une ligne par son numéro pour réordonner</translation>
    </message>
    <message>
        <source>Fields of the group</source>
        <translation>Champs du groupe</translation>
    </message>
    <message>
        <source>Label ({language})</source>
        <translation>Libellé ({language})</translation>
    </message>
    <message>
        <source>Default ({language})</source>
        <translation>Par défaut ({language})</translation>
    </message>
    <message>
        <source>{slot}: drag to reorder</source>
        <translation>{slot} : faire glisser pour réordonner</translation>
    </message>
    <message>
        <source>In the default language: {text}</source>
        <translation>Dans la langue par défaut : {text}</translation>
    </message>
    <message>
        <source>An empty slot: type a field id to use it</source>
        <translation>Un emplacement libre : saisissez un ID de champ pour l&apos;utiliser</translation>
    </message>
    <message>
        <source>Edited in the default language</source>
        <translation>Modifié dans la langue par défaut</translation>
    </message>
    <message>
        <source>Give the field an id first</source>
        <translation>Donnez d&apos;abord un ID au champ</translation>
    </message>
    <message>
        <source>Your organisation requires a watermark on banners: pick its colour and position, then upload again.</source>
        <translation>Votre organisation exige un filigrane sur les bannières : choisissez sa couleur et sa position, puis téléversez de nouveau.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; an image may be at most {most} MB.</source>
        <translation>{file} fait {size} Mo ; une image peut faire au plus {most} Mo.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>{file} is not a picture PassEntry can take: use a PNG, JPG or WebP image.</source>
        <translation>{file} n&apos;est pas une image acceptée par PassEntry : utilisez une image PNG, JPG ou WebP.</translation>
    </message>
    <message>
        <source>{file} is cut short or damaged: save it again and retry.</source>
        <translation>{file} est tronqué ou endommagé : enregistrez-le de nouveau et réessayez.</translation>
    </message>
    <message>
        <source>{file} is a {kind} image; PassEntry takes PNG, JPG or WebP only. Save it as PNG and try again.</source>
        <translation>{file} est une image {kind} ; PassEntry n&apos;accepte que PNG, JPG ou WebP. Enregistrez-la en PNG et réessayez.</translation>
    </message>
    <message>
        <source>Processing at PassEntry… (template {id})</source>
        <translation>Traitement chez PassEntry… (modèle {id})</translation>
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
        <translation>PassEntry ne conserve aucune image de type {type} (seulement bannières, logos et vignettes).</translation>
    </message>
    <message>
        <source>Creating templates through the API is a closed beta at PassEntry; ask PassEntry to enable it. Your draft is kept.</source>
        <translation>La création de modèles par l&apos;API est une bêta fermée chez PassEntry ; demandez à PassEntry de l&apos;activer. Votre brouillon est conservé.</translation>
    </message>
    <message>
        <source>{name} was published from this draft already; publish a copy under a new name instead.</source>
        <translation>{name} a déjà été publié à partir de ce brouillon ; publiez plutôt une copie sous un autre nom.</translation>
    </message>
    <message>
        <source>{name} was opened from a template PassEntry has; publish a copy under a new name instead.</source>
        <translation>{name} a été ouvert depuis un modèle existant sur PassEntry ; publiez plutôt une copie sous un autre nom.</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name} (copie {number})</translation>
    </message>
    <message>
        <source>{name} has the name of a template PassEntry has (or will have); publish a copy under a new name instead.</source>
        <translation>{name} porte le nom d&apos;un modèle que PassEntry a (ou aura) ; publiez plutôt une copie sous un autre nom.</translation>
    </message>
    <message>
        <source>{name} is on PassEntry; publish a copy under a new name instead.</source>
        <translation>{name} est sur PassEntry ; publiez plutôt une copie sous un autre nom.</translation>
    </message>
    <message>
        <source>No template draft {id} on this computer.</source>
        <translation>Aucun brouillon de modèle {id} sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The draft {name} is already queued for publishing.</source>
        <translation>Le brouillon {name} est déjà en file d&apos;attente de publication.</translation>
    </message>
    <message>
        <source>Type the template&apos;s ID (from the PassEntry dashboard).</source>
        <translation>Saisissez l&apos;ID du modèle (depuis le tableau de bord PassEntry).</translation>
    </message>
    <message>
        <source>PassEntry has no template with the ID {id}; check the ID in the PassEntry dashboard.</source>
        <translation>PassEntry n&apos;a aucun modèle avec l&apos;ID {id} ; vérifiez l&apos;ID dans le tableau de bord PassEntry.</translation>
    </message>
    <message>
        <source>PassEntry cannot be reached now; the template {id} is read at the next sync.</source>
        <translation>PassEntry est injoignable pour l&apos;instant ; le modèle {id} sera lu à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>A copy needs a name.</source>
        <translation>Une copie doit avoir un nom.</translation>
    </message>
    <message>
        <source>The copy&apos;s document is not named {name}.</source>
        <translation>Le document de la copie ne s&apos;appelle pas {name}.</translation>
    </message>
    <message>
        <source>A draft {id} exists already; a copy is a new draft.</source>
        <translation>Un brouillon {id} existe déjà ; une copie est un nouveau brouillon.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>The draft is not valid JSON (line {line}, column {column}: {problem}); fix it in the designer.</source>
        <translation>Le brouillon n&apos;est pas un JSON valide (ligne {line}, colonne {column} : {problem}) ; corrigez-le dans le Designer.</translation>
    </message>
    <message>
        <source>The draft is not a template: its JSON is not an object.</source>
        <translation>Le brouillon n&apos;est pas un modèle : son JSON n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The draft is not one template: its &quot;data&quot; is not an object.</source>
        <translation>Le brouillon n&apos;est pas un modèle unique : son « data » n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The draft is not a template: its attributes are not an object.</source>
        <translation>Le brouillon n&apos;est pas un modèle : ses attributs ne sont pas un objet.</translation>
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
        <translation>présents sur la jauge</translation>
    </message>
    <message>
        <source>inside</source>
        <comment>people inside now</comment>
        <translation>présents</translation>
    </message>
    <message>
        <source>Pick tonight&apos;s event in the list first.</source>
        <translation>Choisissez d&apos;abord l&apos;événement de ce soir dans la liste.</translation>
    </message>
    <message>
        <source>no event chosen yet</source>
        <translation>aucun événement choisi</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>tout événement</translation>
    </message>
    <message>
        <source>event missing</source>
        <translation>événement introuvable</translation>
    </message>
    <message>
        <source>event not loaded yet</source>
        <translation>événement pas encore chargé</translation>
    </message>
    <message>
        <source>This door admits “event {id}…”, which is no longer in the events list: every ticket is denied. Choose tonight&apos;s event here or in Door settings.</source>
        <translation>Cette porte accepte « événement {id}… », qui n&apos;est plus dans la liste des événements : tous les billets sont refusés. Choisissez l&apos;événement de ce soir ici ou dans Paramètres de l&apos;entrée.</translation>
    </message>
    <message>
        <source>Which event does this door admit? Choose tonight&apos;s event, or “Any event” to let in tickets of every event on now.</source>
        <translation>Quel événement cette porte accepte-t-elle ? Choisissez l&apos;événement de ce soir, ou « Tout événement » pour accepter les billets de tous les événements en cours.</translation>
    </message>
    <message>
        <source>Desk “{desk}”</source>
        <translation>Poste « {desk} »</translation>
    </message>
    <message>
        <source>exit</source>
        <comment>the door&apos;s direction</comment>
        <translation>sortie</translation>
    </message>
    <message>
        <source>entry</source>
        <comment>the door&apos;s direction</comment>
        <translation>entrée</translation>
    </message>
    <message>
        <source>doors {opening} to {closing}</source>
        <translation>portes de {opening} à {closing}</translation>
    </message>
    <message>
        <source>loyalty and member cards let in</source>
        <translation>cartes de fidélité et de membre acceptées</translation>
    </message>
    <message>
        <source>capacity {capacity}</source>
        <translation>jauge {capacity}</translation>
    </message>
    <message>
        <source>re-entry allowed</source>
        <translation>réentrée autorisée</translation>
    </message>
    <message>
        <source>validated by {url} (if it does not answer: {fallback})</source>
        <translation>validé par {url} (sans réponse : {fallback})</translation>
    </message>
    <message>
        <source>points left to the validation service</source>
        <translation>points laissés au service de validation</translation>
    </message>
    <message>
        <source>{points} per admission</source>
        <translation>{points} par entrée</translation>
    </message>
    <message>
        <source>loyalty cards are not let in here</source>
        <translation>les cartes de fidélité ne sont pas acceptées ici</translation>
    </message>
    <message>
        <source>stopped, see Sync</source>
        <comment>loading passes</comment>
        <translation>arrêté, voir Synchronisation</translation>
    </message>
    <message>
        <source>linking tickets to their events</source>
        <comment>loading passes</comment>
        <translation>liaison des billets à leurs événements</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>how far the passes have loaded</comment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Leave &amp;full screen</source>
        <translation>&amp;Quitter le plein écran</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>per minute
at this door</source>
        <translation>par minute
à cette porte</translation>
    </message>
    <message>
        <source>inside
the venue</source>
        <translation>présents
dans le lieu</translation>
    </message>
    <message>
        <source>This door&apos;s pace and the venue&apos;s head count</source>
        <translation>Le rythme de cette porte et le nombre de présents dans le lieu</translation>
    </message>
    <message>
        <source>inside the venue
of its capacity</source>
        <translation>présents dans le lieu
sur sa jauge</translation>
    </message>
    <message>
        <source>This door: {rate} admissions a minute over the last 5 minutes. Inside: {inside}.</source>
        <translation>Cette porte : {rate} entrées par minute sur les 5 dernières minutes. Présents : {inside}.</translation>
    </message>
    <message>
        <source>These figures could not be read again: they may be out of date.</source>
        <translation>Ces chiffres n&apos;ont pas pu être relus : ils sont peut-être périmés.</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <comment>a column: the time zone&apos;s abbreviation</comment>
        <translation>Heure ({zone})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: the holder&apos;s name</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Verdict</source>
        <comment>a column</comment>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>a column</comment>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Another door admitted this pass too while the desks could not see each other. Insights lists each such pass with its times and doors.</source>
        <translation>Une autre porte a aussi accepté ce pass pendant que les postes ne se voyaient pas. Statistiques liste chaque pass concerné avec ses heures et ses portes.</translation>
    </message>
    <message>
        <source>UNDONE · {reason}</source>
        <translation>ANNULÉ · {reason}</translation>
    </message>
    <message>
        <source>{conflict} · {reason}</source>
        <translation>{conflict} · {reason}</translation>
    </message>
    <message>
        <source>Undone: {reason}</source>
        <translation>Annulé : {reason}</translation>
    </message>
    <message>
        <source>Template is</source>
        <comment>a hold rule: when</comment>
        <translation>Le modèle est</translation>
    </message>
    <message>
        <source>Pass field has value</source>
        <comment>a hold rule: when</comment>
        <translation>Le champ du pass a la valeur</translation>
    </message>
    <message>
        <source>Pass flagged with tag</source>
        <comment>a hold rule: when</comment>
        <translation>Le pass porte l&apos;étiquette</translation>
    </message>
    <message>
        <source>Pick a template</source>
        <translation>Choisissez un modèle</translation>
    </message>
    <message>
        <source>Field id, e.g. ticketType</source>
        <translation>ID du champ, ex. ticketType</translation>
    </message>
    <message>
        <source>Group tag, e.g. attention</source>
        <translation>Étiquette de groupe, ex. attention</translation>
    </message>
    <message>
        <source>Template “{template}” → {reason}</source>
        <translation>Modèle « {template} » → {reason}</translation>
    </message>
    <message>
        <source>Field {field} is “{value}” → {reason}</source>
        <translation>Champ {field} = « {value} » → {reason}</translation>
    </message>
    <message>
        <source>Flagged “{tag}” → {reason}</source>
        <translation>Étiquette « {tag} » → {reason}</translation>
    </message>
    <message>
        <source>A held ticket shows an amber HOLD with what to check. Staff let the guest in (Enter) or turn them away (Esc); the scan log keeps the decision. A reader through the venue hub cannot ask: it answers “ask staff” instead.</source>
        <translation>Un billet mis en attente affiche EN ATTENTE en orange, avec ce qu&apos;il faut vérifier. Le personnel fait entrer l&apos;invité (Entrée) ou le refuse (Échap) ; le journal des scans garde la décision. Un lecteur passant par le hub du lieu ne peut pas demander : il répond « demander au personnel » à la place.</translation>
    </message>
    <message>
        <source>Hold when</source>
        <translation>En attente si</translation>
    </message>
    <message>
        <source>Which</source>
        <comment>a hold rule</comment>
        <translation>Lequel</translation>
    </message>
    <message>
        <source>Value, e.g. Student</source>
        <translation>Valeur, ex. Étudiant</translation>
    </message>
    <message>
        <source>Field value</source>
        <translation>Valeur du champ</translation>
    </message>
    <message>
        <source>Tell staff, e.g. Check photo ID</source>
        <translation>Consigne, ex. Vérifier la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>What staff must check</source>
        <translation>Ce que le personnel doit vérifier</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <source>Hold rules</source>
        <translation>Règles d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Supprimer la règle</translation>
    </message>
    <message>
        <source>Waiting holds</source>
        <translation>Invités en attente</translation>
    </message>
    <message>
        <source>Not let in yet. Pick one to decide it.</source>
        <translation>Pas encore entrés. Choisissez-en un pour décider.</translation>
    </message>
    <message>
        <source>Holds waiting for a decision</source>
        <translation>Mises en attente à décider</translation>
    </message>
    <message>
        <source>Let in</source>
        <comment>a held guest</comment>
        <translation>Faire entrer</translation>
    </message>
    <message>
        <source>Turn away</source>
        <comment>a held guest</comment>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Held at {time} · Not let in yet: Enter lets in, Esc turns away</source>
        <translation>En attente depuis {time} · Pas encore entré : Entrée fait entrer, Échap refuse</translation>
    </message>
    <message>
        <source>{time}  {name} — {reason}</source>
        <comment>a waiting hold</comment>
        <translation>{time}  {name} — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Waiting holds (%Ln)</source>
        <translation>
            <numerusform>Invité en attente (%Ln)</numerusform>
            <numerusform>Invités en attente (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved — {what}. Decide again: the guest still waits</source>
        <translation>Non enregistré — {what}. Décidez à nouveau : l&apos;invité attend toujours</translation>
    </message>
    <message>
        <source>That hold was decided already</source>
        <translation>Cette mise en attente a déjà été décidée</translation>
    </message>
    <message>
        <source>{reason} · turned away by {desk}</source>
        <translation>{reason} · refusé par {desk}</translation>
    </message>
    <message>
        <source>{reason} · let in by {desk}</source>
        <translation>{reason} · entré via {desk}</translation>
    </message>
    <message>
        <source>{verdict} · {reason} · let in by {desk}</source>
        <translation>{verdict} · {reason} · entré via {desk}</translation>
    </message>
    <message>
        <source>Last in: {name}</source>
        <translation>Dernier entré : {name}</translation>
    </message>
    <message>
        <source>{time} · {value} · {source} · {what}</source>
        <comment>a scan not recorded</comment>
        <translation>{time} · {value} · {source} · {what}</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Espace disque</translation>
    </message>
    <message>
        <source>Scans not recorded</source>
        <translation>Scans non enregistrés</translation>
    </message>
    <message>
        <source>Scans the database refused: open the list to scan them again.</source>
        <translation>Scans refusés par la base de données : ouvrez la liste pour les scanner à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s) not recorded — show</source>
        <translation>
            <numerusform>%Ln scan non enregistré — afficher</numerusform>
            <numerusform>%Ln scans non enregistrés — afficher</numerusform>
        </translation>
    </message>
    <message>
        <source>These scans were not recorded. Once the cause is fixed, scan each again (or find it with Find guest): it leaves this list when it is recorded.</source>
        <translation>Ces scans n&apos;ont pas été enregistrés. Une fois la cause corrigée, scannez-les à nouveau (ou trouvez-les avec Rechercher un invité) : chacun quitte cette liste une fois enregistré.</translation>
    </message>
    <message>
        <source>Type a name or ticket number.</source>
        <translation>Tapez un nom ou un numéro de billet.</translation>
    </message>
    <message>
        <source>No pass matches.</source>
        <translation>Aucun pass ne correspond.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found (the first %Ln): pick one, then Admit (Enter)</source>
        <translation>
            <numerusform>%Ln trouvé (le premier %Ln) : choisissez-en un, puis Accepter (Entrée)</numerusform>
            <numerusform>%Ln trouvés (les %Ln premiers) : choisissez-en un, puis Accepter (Entrée)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found: pick one, then Admit (Enter)</source>
        <translation>
            <numerusform>%Ln trouvé : choisissez-le, puis Accepter (Entrée)</numerusform>
            <numerusform>%Ln trouvés : choisissez-en un, puis Accepter (Entrée)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not admitted: admitting by hand needs a supervisor&apos;s PIN.</source>
        <translation>Non accepté : une entrée manuelle exige le PIN d&apos;un superviseur.</translation>
    </message>
    <message>
        <source>In use, but not saved: {error}</source>
        <translation>Utilisé, mais non enregistré : {error}</translation>
    </message>
    <message>
        <source>Export scans</source>
        <translation>Exporter les scans</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>a pass picked by hand</source>
        <translation>un pass choisi à la main</translation>
    </message>
    <message>
        <source>Search guests with a supervisor&apos;s PIN…</source>
        <translation>Rechercher des invités avec le PIN d&apos;un superviseur…</translation>
    </message>
    <message>
        <source>to admit a guest by hand</source>
        <translation>pour accepter un invité à la main</translation>
    </message>
    <message>
        <source>Entry: let people in</source>
        <translation>Entrée : faire entrer les gens</translation>
    </message>
    <message>
        <source>Exit: check people out</source>
        <translation>Sortie : enregistrer les sorties</translation>
    </message>
    <message>
        <source>Admit</source>
        <comment>a pass removed from the wallet</comment>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Admit, but ask to check ID</source>
        <translation>Accepter, mais vérifier l&apos;identité</translation>
    </message>
    <message>
        <source>Deny</source>
        <comment>a pass removed from the wallet</comment>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>{time} {place} time</source>
        <comment>a time on a city&apos;s clock</comment>
        <translation>{time} heure de {place}</translation>
    </message>
    <message>
        <source>{time} ({desk_time} here)</source>
        <comment>here: at this desk</comment>
        <translation>{time} ({desk_time} ici)</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>an event&apos;s day and time</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Unnamed event</source>
        <translation>Événement sans nom</translation>
    </message>
    <message>
        <source>{event} · {when}</source>
        <comment>an event&apos;s name and start</comment>
        <translation>{event} · {when}</translation>
    </message>
    <message>
        <source>Choose tonight&apos;s event…</source>
        <translation>Choisir l&apos;événement de ce soir…</translation>
    </message>
    <message>
        <source>Any event: tickets of every event on now</source>
        <translation>Tout événement : billets de tous les événements en cours</translation>
    </message>
    <message>
        <source>Missing event: no longer in the events list</source>
        <translation>Événement introuvable : plus dans la liste des événements</translation>
    </message>
    <message>
        <source>Door settings</source>
        <translation>Paramètres de l&apos;entrée</translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <comment>a settings tab</comment>
        <translation>&amp;Attentes</translation>
    </message>
    <message>
        <source>Times on this desk&apos;s clock ({zone}).</source>
        <translation>Heures de l&apos;horloge de ce poste ({zone}).</translation>
    </message>
    <message>
        <source>Times in {place} time, the event&apos;s clock.</source>
        <translation>Heures de {place}, l&apos;horloge de l&apos;événement.</translation>
    </message>
    <message>
        <source>{clock} Here: open {opening}, close {closing}.</source>
        <translation>{clock} Ici : ouverture {opening}, fermeture {closing}.</translation>
    </message>
    <message>
        <source>{clock} Here: open {opening}.</source>
        <translation>{clock} Ici : ouverture {opening}.</translation>
    </message>
    <message>
        <source>{clock} Here: close {closing}.</source>
        <translation>{clock} Ici : fermeture {closing}.</translation>
    </message>
    <message>
        <source>Check the pass here, from the local copy</source>
        <translation>Vérifier le pass ici, depuis la copie locale</translation>
    </message>
    <message>
        <source>Deny entry</source>
        <translation>Refuser l&apos;entrée</translation>
    </message>
    <message>
        <source>Not undone: undoing an admission needs a supervisor&apos;s PIN.</source>
        <translation>Non annulé : annuler une entrée exige le PIN d&apos;un superviseur.</translation>
    </message>
    <message>
        <source>Not undone — {what}. The admission stands.</source>
        <translation>Non annulé — {what}. L&apos;entrée est maintenue.</translation>
    </message>
    <message>
        <source>No admission to undo at this desk.</source>
        <translation>Aucune entrée à annuler sur ce poste.</translation>
    </message>
    <message>
        <source>Undone: {name}</source>
        <translation>Annulé : {name}</translation>
    </message>
    <message>
        <source>Admission at {time} taken back</source>
        <translation>Entrée de {time} annulée</translation>
    </message>
    <message>
        <source>The pass can be scanned again.</source>
        <translation>Le pass peut être scanné à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln point(s)</source>
        <translation>
            <numerusform>+%Ln point</numerusform>
            <numerusform>+%Ln points</numerusform>
        </translation>
    </message>
    <message>
        <source>+{points} points</source>
        <comment>decimal points, e.g. +0.05</comment>
        <translation>+{points} points</translation>
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
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Tab</source>
        <comment>the keyboard key</comment>
        <translation>Tab</translation>
    </message>
    <message>
        <source>nothing (a short pause)</source>
        <comment>how a scanner ends a code: no key after it</comment>
        <translation>rien (une courte pause)</translation>
    </message>
    <message>
        <source>US</source>
        <comment>a keyboard layout</comment>
        <translation>américain</translation>
    </message>
    <message>
        <source>UK</source>
        <comment>a keyboard layout</comment>
        <translation>britannique</translation>
    </message>
    <message>
        <source>German</source>
        <comment>a keyboard layout</comment>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Swiss German</source>
        <comment>a keyboard layout</comment>
        <translation>suisse allemand</translation>
    </message>
    <message>
        <source>French</source>
        <comment>a keyboard layout</comment>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>a keyboard layout</comment>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Nordic (Swedish/Finnish)</source>
        <comment>a keyboard layout</comment>
        <translation>nordique (suédois/finnois)</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <comment>a keyboard layout</comment>
        <translation>norvégien</translation>
    </message>
    <message>
        <source>Danish</source>
        <comment>a keyboard layout</comment>
        <translation>danois</translation>
    </message>
    <message>
        <source>That was not the test code, or the scanner changed it in a way passdesk does not know. Scan the code on this screen again.</source>
        <translation>Ce n&apos;était pas le code de test, ou le scanner l&apos;a modifié d&apos;une façon que passdesk ne connaît pas. Scannez de nouveau le code affiché à l&apos;écran.</translation>
    </message>
    <message>
        <source>is set to the same keyboard layout as this computer: passdesk will take the extra characters off</source>
        <comment>after “Your scanner”</comment>
        <translation>est réglé sur la même disposition de clavier que cet ordinateur : passdesk retirera les caractères en trop</translation>
    </message>
    <message>
        <source>Nothing came from the scanner. Scan the test code again.</source>
        <translation>Rien n&apos;est venu du scanner. Scannez de nouveau le code de test.</translation>
    </message>
    <message>
        <source>ends codes with {ending}</source>
        <comment>after “Your scanner”</comment>
        <translation>termine les codes par {ending}</translation>
    </message>
    <message>
        <source>is set to the same keyboard layout as this computer</source>
        <comment>after “Your scanner”</comment>
        <translation>est réglé sur la même disposition de clavier que cet ordinateur</translation>
    </message>
    <message>
        <source>Your scanner {habits}, and {setting}.</source>
        <translation>Votre scanner {habits} et {setting}.</translation>
    </message>
    <message>
        <source>{list}, {next}</source>
        <comment>a list: the items so far, then one more</comment>
        <translation>{list}, {next}</translation>
    </message>
    <message>
        <source>types about {ms} ms per key</source>
        <comment>after “Your scanner”</comment>
        <translation>tape environ {ms} ms par touche</translation>
    </message>
    <message>
        <source>puts “{prefix}” before each code</source>
        <comment>after “Your scanner”</comment>
        <translation>met « {prefix} » avant chaque code</translation>
    </message>
    <message>
        <source>adds “{suffix}” after each code</source>
        <comment>after “Your scanner”</comment>
        <translation>ajoute « {suffix} » après chaque code</translation>
    </message>
    <message>
        <source>is set to a US keyboard while this computer uses {layout}: passdesk will correct it and take the extra characters off</source>
        <comment>after “Your scanner”</comment>
        <translation>est réglé sur un clavier US alors que cet ordinateur utilise un clavier {layout} : passdesk corrigera et retirera les caractères en trop</translation>
    </message>
    <message>
        <source>is set to a US keyboard while this computer uses {layout}: passdesk will correct it</source>
        <comment>after “Your scanner”</comment>
        <translation>est réglé sur un clavier US alors que cet ordinateur utilise un clavier {layout} : passdesk corrigera</translation>
    </message>
    <message>
        <source>Writing scans…</source>
        <translation>Écriture des scans…</translation>
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
            <numerusform>Annulé : {name} (%Ln point repris)</numerusform>
            <numerusform>Annulé : {name} (%Ln points repris)</numerusform>
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
        <translation>choisi à la main</translation>
    </message>
    <message>
        <source>NFC reader</source>
        <comment>where a scan came from</comment>
        <translation>lecteur NFC</translation>
    </message>
    <message>
        <source>VTAP reader</source>
        <comment>where a scan came from</comment>
        <translation>lecteur VTAP</translation>
    </message>
    <message>
        <source>camera</source>
        <comment>where a scan came from</comment>
        <translation>caméra</translation>
    </message>
    <message>
        <source>offline check</source>
        <comment>when the validation service fails</comment>
        <translation>vérification hors ligne</translation>
    </message>
    <message>
        <source>deny</source>
        <comment>when the validation service fails</comment>
        <translation>refuser</translation>
    </message>
    <message>
        <source>System default camera</source>
        <translation>Caméra par défaut du système</translation>
    </message>
    <message>
        <source>{camera} (default)</source>
        <translation>{camera} (par défaut)</translation>
    </message>
    <message>
        <source>{camera} (not connected)</source>
        <translation>{camera} (non connectée)</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
    <message>
        <source>Camera paused while the door is not shown.</source>
        <translation>Caméra en pause tant que l&apos;entrée n&apos;est pas affichée.</translation>
    </message>
    <message>
        <source>The camera is not available.</source>
        <translation>La caméra n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Live camera picture</source>
        <translation>Image de la caméra en direct</translation>
    </message>
    <message>
        <source>passdesk scanner check</source>
        <translation>Test du scanner passdesk</translation>
    </message>
    <message>
        <source>In passdesk, open the Door&apos;s or the Till&apos;s settings and press “Check the scanner…”. Then scan one of these codes once. passdesk says what it found and corrects the scanner&apos;s keyboard layout by itself.</source>
        <translation>Dans passdesk, ouvrez les paramètres de l&apos;Entrée ou de la Caisse et cliquez sur « Tester le scanner… ». Scannez ensuite une fois l&apos;un de ces codes. passdesk indique ce qu&apos;il a trouvé et corrige lui-même la disposition de clavier du scanner.</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Impossible d&apos;écrire {path}</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <source>The code holds: {value}</source>
        <translation>Le code contient : {value}</translation>
    </message>
    <message>
        <source>Don&apos;t log</source>
        <translation>Ne pas consigner</translation>
    </message>
    <message>
        <source>Each scan made here is then sent to PassEntry as a scan of this reader, so PassEntry&apos;s dashboard shows the whole night: this desk&apos;s scans with everyone else&apos;s. Points are never sent twice.</source>
        <translation>Chaque scan fait ici est alors envoyé à PassEntry comme un scan de ce lecteur : le tableau de bord PassEntry montre toute la soirée, les scans de ce poste avec ceux des autres. Les points ne sont jamais envoyés deux fois.</translation>
    </message>
    <message>
        <source>No PassEntry reader is known on this desk yet: create one in the Readers pane, or sync after a scan at one of PassEntry&apos;s readers, then choose it here.</source>
        <translation>Aucun lecteur PassEntry n&apos;est encore connu sur ce poste : créez-en un dans le volet Lecteurs, ou synchronisez après un scan sur un lecteur PassEntry, puis choisissez-le ici.</translation>
    </message>
    <message>
        <source>{hint} {no_readers}</source>
        <comment>two sentences</comment>
        <translation>{hint} {no_readers}</translation>
    </message>
    <message>
        <source>Reader id {id}</source>
        <translation>Lecteur n° {id}</translation>
    </message>
    <message>
        <source>{id} (not in the readers list)</source>
        <translation>{id} (absent de la liste des lecteurs)</translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>a loyalty card&apos;s balance</comment>
        <translation>{points} points</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>Échec de la recherche : {error}</translation>
    </message>
    <message>
        <source>Scan one of these codes once, with the scanner you use here.</source>
        <translation>Scannez une fois l&apos;un de ces codes, avec le scanner utilisé ici.</translation>
    </message>
    <message>
        <source>Waiting for a scan…</source>
        <translation>En attente d&apos;un scan…</translation>
    </message>
    <message>
        <source>Save a printable test sheet (PDF)…</source>
        <translation>Enregistrer une feuille de test imprimable (PDF)…</translation>
    </message>
    <message>
        <source>Check the scanner</source>
        <translation>Tester le scanner</translation>
    </message>
    <message>
        <source>{found} The Door and the Till read it this way from now on.</source>
        <translation>{found} L&apos;Entrée et la Caisse le liront ainsi désormais.</translation>
    </message>
    <message>
        <source>{found} It is not kept for next time: {error}</source>
        <translation>{found} Ce n&apos;est pas conservé pour la prochaine fois : {error}</translation>
    </message>
    <message>
        <source>Save a printable test sheet (PDF)</source>
        <translation>Enregistrer une feuille de test imprimable (PDF)</translation>
    </message>
    <message>
        <source>The test sheet was not saved: {error}. Choose another folder.</source>
        <translation>La feuille de test n&apos;a pas été enregistrée : {error}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Test sheet saved as {path}. Print it, then scan a code on it.</source>
        <translation>Feuille de test enregistrée sous {path}. Imprimez-la, puis scannez un de ses codes.</translation>
    </message>
    <message>
        <source>Sound is on, but this computer has no sound output: verdicts are silent. Plug in speakers or headphones, or turn sound off in the settings.</source>
        <translation>Le son est activé, mais cet ordinateur n&apos;a pas de sortie audio : les verdicts sont muets. Branchez des haut-parleurs ou un casque, ou désactivez le son dans les paramètres.</translation>
    </message>
    <message>
        <source>Sound is on, but the verdict sounds cannot be played on this computer&apos;s sound output: verdicts are silent.</source>
        <translation>Le son est activé, mais les sons des verdicts ne peuvent pas être joués sur la sortie audio de cet ordinateur : les verdicts sont muets.</translation>
    </message>
    <message>
        <source>Sound problem</source>
        <translation>Problème de son</translation>
    </message>
    <message>
        <source>off</source>
        <comment>a scan source</comment>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>paused while the door is not shown</source>
        <comment>a scan source</comment>
        <translation>en pause tant que l&apos;entrée n&apos;est pas affichée</translation>
    </message>
    <message>
        <source>{source}: {state}</source>
        <comment>a scan source and its state</comment>
        <translation>{source} : {state}</translation>
    </message>
    <message>
        <source>Camera</source>
        <comment>a scan source</comment>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>starting…</source>
        <comment>a scan source</comment>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>a scan source</comment>
        <translation>prêt</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a scan source</comment>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>unavailable</source>
        <comment>a scan source</comment>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a barcode scanner or NFC reader.</source>
        <translation>Aucune caméra trouvée. Branchez une webcam, ou utilisez un scanner de codes-barres ou un lecteur NFC.</translation>
    </message>
    <message>
        <source>Camera {camera} is not connected. Plug it in or pick another camera.</source>
        <translation>La caméra {camera} n&apos;est pas connectée. Branchez-la ou choisissez une autre caméra.</translation>
    </message>
    <message>
        <source>The camera stopped working.</source>
        <translation>La caméra a cessé de fonctionner.</translation>
    </message>
    <message>
        <source>Opening NFC reader at {path}</source>
        <translation>Ouverture du lecteur NFC sur {path}</translation>
    </message>
    <message>
        <source>NFC reader ready at {path}</source>
        <translation>Lecteur NFC prêt sur {path}</translation>
    </message>
    <message>
        <source>Lost the NFC reader at {path} — check the cable; retrying</source>
        <translation>Lecteur NFC perdu sur {path} — vérifiez le câble ; nouvelle tentative</translation>
    </message>
    <message>
        <source>Cannot open the NFC reader at {path}: the USB library libusb-1.0 is missing — install it (e.g. &apos;apt install libusb-1.0-0&apos;); retrying</source>
        <translation>Impossible d&apos;ouvrir le lecteur NFC sur {path} : la bibliothèque USB libusb-1.0 est absente — installez-la (ex. &apos;apt install libusb-1.0-0&apos;) ; nouvelle tentative</translation>
    </message>
    <message>
        <source>No permission to open the NFC reader at {path} — on Linux give the user access to the USB device (udev rule) or the serial port (dialout group)</source>
        <translation>Pas d&apos;autorisation pour ouvrir le lecteur NFC sur {path} — sous Linux, donnez à l&apos;utilisateur l&apos;accès au périphérique USB (règle udev) ou au port série (groupe dialout)</translation>
    </message>
    <message>
        <source>The NFC reader at {path} is in use by another program (on Linux the kernel&apos;s pn533 driver may hold it: blacklist it) — close it; retrying</source>
        <translation>Le lecteur NFC sur {path} est utilisé par un autre programme (sous Linux, le pilote pn533 du noyau peut le bloquer : mettez-le en liste noire) — fermez-le ; nouvelle tentative</translation>
    </message>
    <message>
        <source>No NFC reader found at {path} — plug it in; on Linux the user may need access to the USB device (udev rule); retrying</source>
        <translation>Aucun lecteur NFC trouvé sur {path} — branchez-le ; sous Linux, l&apos;utilisateur peut avoir besoin d&apos;accéder au périphérique USB (règle udev) ; nouvelle tentative</translation>
    </message>
    <message>
        <source>Cannot open the NFC reader at {path}: {error} — retrying</source>
        <translation>Impossible d&apos;ouvrir le lecteur NFC sur {path} : {error} — nouvelle tentative</translation>
    </message>
    <message>
        <source>Opening VTAP reader at {port}</source>
        <translation>Ouverture du lecteur VTAP sur {port}</translation>
    </message>
    <message>
        <source>VTAP reader ready at {port}</source>
        <translation>Lecteur VTAP prêt sur {port}</translation>
    </message>
    <message>
        <source>Lost the VTAP reader at {port} — check its USB cable; retrying</source>
        <translation>Lecteur VTAP perdu sur {port} — vérifiez son câble USB ; nouvelle tentative</translation>
    </message>
    <message>
        <source>No permission to open the VTAP reader at {port} — on Linux add the user to the &apos;dialout&apos; group (then log in again); retrying</source>
        <translation>Pas d&apos;autorisation pour ouvrir le lecteur VTAP sur {port} — sous Linux, ajoutez l&apos;utilisateur au groupe &apos;dialout&apos; (puis reconnectez-vous) ; nouvelle tentative</translation>
    </message>
    <message>
        <source>The VTAP reader at {port} is in use by another program — close it; retrying</source>
        <translation>Le lecteur VTAP sur {port} est utilisé par un autre programme — fermez-le ; nouvelle tentative</translation>
    </message>
    <message>
        <source>No VTAP reader found at {port} — plug it in (it appears as a USB serial port such as /dev/ttyACM0 or COM3); retrying</source>
        <translation>Aucun lecteur VTAP trouvé sur {port} — branchez-le (il apparaît comme un port série USB, ex. /dev/ttyACM0 ou COM3) ; nouvelle tentative</translation>
    </message>
    <message>
        <source>Cannot open the VTAP reader at {port}: {error} — retrying</source>
        <translation>Impossible d&apos;ouvrir le lecteur VTAP sur {port} : {error} — nouvelle tentative</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>{name} is not an IANA time zone (e.g. Europe/London)</source>
        <translation>{name} n&apos;est pas un fuseau horaire IANA (ex. Europe/Paris)</translation>
    </message>
    <message>
        <source>{time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation>{time} le {day} n&apos;existe pas dans {zone} : les horloges sautent de {before} à {after}. Choisissez une heure hors de cet intervalle.</translation>
    </message>
    <message>
        <source>{time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation>{time} existe deux fois le {day} dans {zone} (les horloges reculent) ; la première ({offset}) est utilisée.</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Type a city, e.g. London</source>
        <translation>Tapez une ville, ex. Paris</translation>
    </message>
    <message>
        <source>Enter the event&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;événement.</translation>
    </message>
    <message>
        <source>Enter the venue.</source>
        <translation>Saisissez le lieu.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list (type part of a city, e.g. London).</source>
        <translation>Choisissez un fuseau horaire dans la liste (tapez une partie d&apos;un nom de ville, ex. Paris).</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation>L&apos;événement doit se terminer après son début.</translation>
    </message>
    <message>
        <source>Not a time in {zone}: see below.</source>
        <translation>Heure inexistante dans {zone} : voir ci-dessous.</translation>
    </message>
    <message>
        <source>{when} in {zone} ({offset})</source>
        <translation>{when} dans {zone} ({offset})</translation>
    </message>
    <message>
        <source>{there}
= the same in your time ({zone})</source>
        <translation>{there}
= la même à votre heure ({zone})</translation>
    </message>
    <message>
        <source>{there}
= {here} in your time ({zone})</source>
        <translation>{there}
= {here} à votre heure ({zone})</translation>
    </message>
    <message>
        <source>The start time {time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation>L&apos;heure de début {time} le {day} n&apos;existe pas dans {zone} : les horloges sautent de {before} à {after}. Choisissez une heure hors de cet intervalle.</translation>
    </message>
    <message>
        <source>The end time {time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation>L&apos;heure de fin {time} le {day} n&apos;existe pas dans {zone} : les horloges sautent de {before} à {after}. Choisissez une heure hors de cet intervalle.</translation>
    </message>
    <message>
        <source>The start time {time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation>L&apos;heure de début {time} existe deux fois le {day} dans {zone} (les horloges reculent) ; la première ({offset}) est utilisée.</translation>
    </message>
    <message>
        <source>The end time {time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation>L&apos;heure de fin {time} existe deux fois le {day} dans {zone} (les horloges reculent) ; la première ({offset}) est utilisée.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifié</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>{when} UTC</source>
        <translation>{when} UTC</translation>
    </message>
    <message>
        <source>{when} in your time ({zone}, {offset})</source>
        <translation>{when} à votre heure ({zone}, {offset})</translation>
    </message>
    <message>
        <source>{status} · refused</source>
        <translation>{status} · refusé</translation>
    </message>
    <message>
        <source>{status} · pending</source>
        <translation>{status} · en attente</translation>
    </message>
    <message>
        <source>A change to this event was refused by PassEntry or needs a decision: see the Sync pane.</source>
        <translation>Une modification de cet événement a été refusée par PassEntry ou demande une décision : voir le volet Synchronisation.</translation>
    </message>
    <message>
        <source>Pending: changes made here are not sent to PassEntry yet.</source>
        <translation>En attente : les modifications faites ici ne sont pas encore envoyées à PassEntry.</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>This PassEntry account has no events list; events below come from the passes&apos; event details and cannot be edited here.</source>
        <translation>Ce compte PassEntry n&apos;a pas de liste d&apos;événements ; les événements ci-dessous proviennent des détails d&apos;événement des pass et ne peuvent pas être modifiés ici.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API has no events list for this account, so events cannot be created or edited here. Change them where the passes are made.</source>
        <translation>L&apos;API PassEntry n&apos;a pas de liste d&apos;événements pour ce compte : les événements ne peuvent pas être créés ni modifiés ici. Modifiez-les là où les pass sont créés.</translation>
    </message>
    <message>
        <source>This event comes from its passes&apos; event details: it cannot be edited here.</source>
        <translation>Cet événement provient des détails d&apos;événement de ses pass : il ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>Create an event; it is sent to PassEntry at once, or when back online</source>
        <translation>Créer un événement ; il est envoyé à PassEntry aussitôt, ou dès le retour en ligne</translation>
    </message>
    <message>
        <source>Start and end are shown in each event&apos;s own time zone; point at a time to see it in yours ({zone}). Double-click an event to edit it.</source>
        <translation>Le début et la fin sont affichés dans le fuseau horaire de chaque événement ; pointez une heure pour la voir dans le vôtre ({zone}). Double-cliquez sur un événement pour le modifier.</translation>
    </message>
    <message>
        <source>Start and end are shown in each event&apos;s own time zone; point at a time to see it in yours ({zone}).</source>
        <translation>Le début et la fin sont affichés dans le fuseau horaire de chaque événement ; pointez une heure pour la voir dans le vôtre ({zone}).</translation>
    </message>
    <message>
        <source>The events could not be read from the local store: {reason}</source>
        <translation>Les événements n&apos;ont pas pu être lus depuis la base locale : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln upcoming event(s)</source>
        <translation>
            <numerusform>%Ln événement à venir</numerusform>
            <numerusform>%Ln événements à venir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past event(s)</source>
        <translation>
            <numerusform>%Ln événement passé</numerusform>
            <numerusform>%Ln événements passés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{events} · %Ln with changes not sent to PassEntry yet</source>
        <translation>
            <numerusform>{events} · %Ln avec des modifications pas encore envoyées à PassEntry</numerusform>
            <numerusform>{events} · %Ln avec des modifications pas encore envoyées à PassEntry</numerusform>
        </translation>
    </message>
    <message>
        <source>{events} (filtered)</source>
        <translation>{events} (filtrés)</translation>
    </message>
    <message>
        <source>Change the selected event (or double-click it)</source>
        <translation>Modifier l&apos;événement sélectionné (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <source>“{name}” was saved here. It is sent to PassEntry at once, or when back online.</source>
        <translation>« {name} » a été enregistré ici. Il est envoyé à PassEntry aussitôt, ou dès le retour en ligne.</translation>
    </message>
    <message>
        <source>Nothing changed in “{name}”.</source>
        <translation>Rien n&apos;a changé dans « {name} ».</translation>
    </message>
    <message>
        <source>The changes to “{name}” were saved here. They are sent to PassEntry at once, or when back online.</source>
        <translation>Les modifications de « {name} » ont été enregistrées ici. Elles sont envoyées à PassEntry aussitôt, ou dès le retour en ligne.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>This event comes from its tickets (their event details on PassEntry); it cannot be changed here.</source>
        <translation>Cet événement provient de ses billets (leurs détails d&apos;événement sur PassEntry) ; il ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>No event {event_id} in the local store.</source>
        <translation>Aucun événement {event_id} dans la base locale.</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>rate now</source>
        <comment>a figure&apos;s caption</comment>
        <translation>rythme actuel</translation>
    </message>
    <message>
        <source>peak per 5 min</source>
        <comment>a figure&apos;s caption</comment>
        <translation>pic sur 5 min</translation>
    </message>
    <message>
        <source>admitted</source>
        <comment>a figure&apos;s caption</comment>
        <translation>acceptés</translation>
    </message>
    <message>
        <source>re-entries</source>
        <comment>a figure&apos;s caption</comment>
        <translation>réentrées</translation>
    </message>
    <message>
        <source>exits</source>
        <comment>a figure&apos;s caption</comment>
        <translation>sorties</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>a figure&apos;s caption</comment>
        <translation>refusés</translation>
    </message>
    <message>
        <source>no-shows</source>
        <comment>a figure&apos;s caption</comment>
        <translation>absents</translation>
    </message>
    <message>
        <source>offline conflicts</source>
        <comment>a figure&apos;s caption</comment>
        <translation>conflits hors ligne</translation>
    </message>
    <message>
        <source>Admissions per 5 minutes, by door (dotted: still counting)</source>
        <translation>Entrées par tranche de 5 minutes, par porte (pointillés : décompte en cours)</translation>
    </message>
    <message>
        <source>Admissions per 5 minutes, by door</source>
        <translation>Entrées par tranche de 5 minutes, par porte</translation>
    </message>
    <message>
        <source>No admission yet: a line for each door from its first.</source>
        <translation>Aucune entrée pour l&apos;instant : une courbe par porte dès sa première.</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Denied, by reason</source>
        <translation>Refus, par motif</translation>
    </message>
    <message>
        <source>Doors: last scan</source>
        <translation>Portes : dernier scan</translation>
    </message>
    <message>
        <source>No one was turned away.</source>
        <translation>Personne n&apos;a été refusé.</translation>
    </message>
    <message>
        <source>No scan yet: each door shows here from its first scan.</source>
        <translation>Aucun scan pour l&apos;instant : chaque porte apparaît ici dès son premier scan.</translation>
    </message>
    <message>
        <source>every door, last 5 min</source>
        <translation>toutes portes, 5 dernières min</translation>
    </message>
    <message>
        <source>from {when}</source>
        <translation>depuis {when}</translation>
    </message>
    <message>
        <source>no admission yet</source>
        <translation>aucune entrée</translation>
    </message>
    <message>
        <source>back in after an exit</source>
        <translation>retour après une sortie</translation>
    </message>
    <message>
        <source>for an event only</source>
        <translation>pour un événement seulement</translation>
    </message>
    <message>
        <source>click to list them</source>
        <translation>cliquer pour les lister</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no offline conflicts</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>per 5 min</source>
        <comment>an axis title</comment>
        <translation>par 5 min</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>inside of {capacity}
{percent} full</source>
        <translation>présents sur {capacity}
rempli à {percent}</translation>
    </message>
    <message>
        <source>inside
no capacity set</source>
        <translation>présents
aucune jauge définie</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Let in at</source>
        <translation>Entré à</translation>
    </message>
    <message>
        <source>Admissions and exits</source>
        <translation>Entrées et sorties</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>{when} in at {door}</source>
        <translation>{when} entrée par {door}</translation>
    </message>
    <message>
        <source>{when} out at {door}</source>
        <translation>{when} sortie par {door}</translation>
    </message>
    <message>
        <source>A pass let in twice while desks or readers could not see each other (offline, or a split network). Check these tickets with their holders.</source>
        <translation>Un pass accepté deux fois alors que des postes ou des lecteurs ne se voyaient pas (hors ligne, ou réseau coupé en deux). Vérifiez ces billets avec leurs titulaires.</translation>
    </message>
    <message>
        <source>No pass was let in twice.</source>
        <translation>Aucun pass n&apos;a été accepté deux fois.</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Rate now</source>
        <translation>Rythme actuel</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Dernier scan</translation>
    </message>
    <message>
        <source>Quiet for</source>
        <translation>Inactif depuis</translation>
    </message>
    <message>
        <source>no scan yet</source>
        <translation>aucun scan</translation>
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
            <numerusform>%Ln annulée</numerusform>
            <numerusform>%Ln annulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held, waiting</source>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln ticket(s)</source>
        <translation>
            <numerusform>sur %Ln billet</numerusform>
            <numerusform>sur %Ln billets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln inside (no capacity set for this desk&apos;s event)</source>
        <translation>
            <numerusform>%Ln présent (aucune jauge définie pour l&apos;événement de ce poste)</numerusform>
            <numerusform>%Ln présents (aucune jauge définie pour l&apos;événement de ce poste)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln inside of {capacity}</source>
        <translation>
            <numerusform>%Ln présent sur {capacity}</numerusform>
            <numerusform>%Ln présents sur {capacity}</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} / min</source>
        <comment>admissions per minute, short</comment>
        <translation>{rate} / min</translation>
    </message>
    <message>
        <source>{quiet}: silent</source>
        <translation>{quiet} : silencieux</translation>
    </message>
    <message>
        <source>{caption}: {number} ({detail})</source>
        <comment>a figure&apos;s tooltip</comment>
        <translation>{caption} : {number} ({detail})</translation>
    </message>
    <message>
        <source>{caption}: {number}</source>
        <comment>a figure&apos;s tooltip</comment>
        <translation>{caption} : {number}</translation>
    </message>
    <message>
        <source>{figure}. {meaning}</source>
        <comment>a figure&apos;s tooltip</comment>
        <translation>{figure}. {meaning}</translation>
    </message>
    <message>
        <source>The loyalty figures could not be read ({why}). Those below may be out of date; trying again every 15 seconds.</source>
        <translation>Les chiffres de fidélité n&apos;ont pas pu être lus ({why}). Ceux ci-dessous sont peut-être périmés ; nouvel essai toutes les 15 secondes.</translation>
    </message>
    <message>
        <source>The loyalty figures could not be read ({why}).</source>
        <translation>Les chiffres de fidélité n&apos;ont pas pu être lus ({why}).</translation>
    </message>
    <message>
        <source>points issued</source>
        <comment>a figure&apos;s caption</comment>
        <translation>points crédités</translation>
    </message>
    <message>
        <source>added to cards</source>
        <translation>ajoutés aux cartes</translation>
    </message>
    <message>
        <source>Points added to cards in the period (refused or discarded changes left out).</source>
        <translation>Points ajoutés aux cartes sur la période (hors modifications refusées ou ignorées).</translation>
    </message>
    <message>
        <source>points redeemed</source>
        <comment>a figure&apos;s caption</comment>
        <translation>points utilisés</translation>
    </message>
    <message>
        <source>taken off cards</source>
        <translation>retirés des cartes</translation>
    </message>
    <message>
        <source>Points taken off cards in the period (refused or discarded changes left out).</source>
        <translation>Points retirés des cartes sur la période (hors modifications refusées ou ignorées).</translation>
    </message>
    <message>
        <source>active cardholders</source>
        <comment>a figure&apos;s caption</comment>
        <translation>titulaires de carte actifs</translation>
    </message>
    <message>
        <source>cards used</source>
        <translation>cartes utilisées</translation>
    </message>
    <message>
        <source>Cards with at least one operation in the period.</source>
        <translation>Cartes avec au moins une opération sur la période.</translation>
    </message>
    <message>
        <source>rewards reached</source>
        <comment>a figure&apos;s caption</comment>
        <translation>récompenses atteintes</translation>
    </message>
    <message>
        <source>cards past a reward</source>
        <translation>cartes ayant passé une récompense</translation>
    </message>
    <message>
        <source>Cards whose balance went past one of their template&apos;s rewards in the period (the Till&apos;s Earning and rewards); each card counts once.</source>
        <translation>Cartes dont le solde a dépassé une des récompenses de leur modèle sur la période (Gains et récompenses de la Caisse) ; chaque carte compte une fois.</translation>
    </message>
    <message>
        <source>changes waiting</source>
        <comment>a figure&apos;s caption</comment>
        <translation>modifications en attente</translation>
    </message>
    <message>
        <source>for PassEntry</source>
        <translation>pour PassEntry</translation>
    </message>
    <message>
        <source>Changes queued and not yet confirmed by PassEntry, whenever they were made.</source>
        <translation>Modifications en file d&apos;attente non encore confirmées par PassEntry, quelle que soit leur date.</translation>
    </message>
    <message>
        <source>under review</source>
        <comment>a figure&apos;s caption</comment>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>for a person</source>
        <translation>par une personne</translation>
    </message>
    <message>
        <source>Changes whose outcome could not be told: a person must decide (the Till&apos;s review list).</source>
        <translation>Modifications au résultat incertain : une personne doit décider (liste à vérifier de la Caisse).</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(aucun poste)</translation>
    </message>
    <message>
        <source>{part}
{start}–{end} h</source>
        <comment>a part of the day and its hours</comment>
        <translation>{part}
{start}–{end} h</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Crédités</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Utilisés</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per week (from Monday)</source>
        <translation>par semaine (dès le lundi)</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>points</source>
        <comment>an axis title</comment>
        <translation>points</translation>
    </message>
    <message>
        <source>Issued ({points})</source>
        <translation>Crédités ({points})</translation>
    </message>
    <message>
        <source>Redeemed ({points})</source>
        <translation>Utilisés ({points})</translation>
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
        <translation>semaines, {start} – {end}</translation>
    </message>
    <message>
        <source>{day} {year}</source>
        <comment>a day and month, then the year</comment>
        <translation>{day} {year}</translation>
    </message>
    <message>
        <source>Points issued and redeemed</source>
        <translation>Points crédités et utilisés</translation>
    </message>
    <message>
        <source>Operations per desk and part of the day</source>
        <translation>Opérations par poste et moment de la journée</translation>
    </message>
    <message>
        <source>No loyalty operation in this period.</source>
        <translation>Aucune opération de fidélité sur cette période.</translation>
    </message>
    <message>
        <source>Points issued and redeemed {span}</source>
        <translation>Points crédités et utilisés {span}</translation>
    </message>
    <message numerus="yes">
        <source>{desk}, {part}: %Ln operation(s), {issued} points issued, {redeemed} redeemed</source>
        <translation>
            <numerusform>{desk}, {part} : %Ln opération, {issued} points crédités, {redeemed} utilisés</numerusform>
            <numerusform>{desk}, {part} : %Ln opérations, {issued} points crédités, {redeemed} utilisés</numerusform>
        </translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Figures for</source>
        <translation>Chiffres pour</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save figures as &amp;CSV…</source>
        <translation>Enregistrer les chiffres en &amp;CSV…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fréquentation</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Aujourd&apos;hui, {day}</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>Conflits ({count})</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Mis à jour {when}</translation>
    </message>
    <message>
        <source>{why} The figures below are from {when} and may be out of date; trying again every 15 seconds.</source>
        <translation>{why} Les chiffres ci-dessous datent de {when} et sont peut-être périmés ; nouvel essai toutes les 15 secondes.</translation>
    </message>
    <message>
        <source>Out of date: from {when}</source>
        <translation>Périmé : date de {when}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The report was not saved: could not write {path} ({why}).</source>
        <translation>Le rapport n&apos;a pas été enregistré : impossible d&apos;écrire {path} ({why}).</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Rapport enregistré : {path}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) were let in twice; the Conflicts tab lists the first {listed}.</source>
        <translation>
            <numerusform>%Ln pass a été accepté deux fois ; l&apos;onglet Conflits liste les {listed} premiers.</numerusform>
            <numerusform>%Ln pass ont été acceptés deux fois ; l&apos;onglet Conflits liste les {listed} premiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the figures as CSV (one file per chart)</source>
        <translation>Enregistrer les chiffres en CSV (un fichier par graphique)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln CSV file(s) saved in {folder}: {files}</source>
        <translation>
            <numerusform>%Ln fichier CSV enregistré dans {folder} : {files}</numerusform>
            <numerusform>%Ln fichiers CSV enregistrés dans {folder} : {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures were not saved: could not write beside {path} ({why}).</source>
        <translation>Les chiffres n&apos;ont pas été enregistrés : impossible d&apos;écrire à côté de {path} ({why}).</translation>
    </message>
    <message>
        <source>That event is no longer in the events list. Pick another, or Today.</source>
        <translation>Cet événement n&apos;est plus dans la liste des événements. Choisissez-en un autre, ou Aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The figures could not be read ({why}).</source>
        <translation>Les chiffres n&apos;ont pas pu être lus ({why}).</translation>
    </message>
    <message>
        <source>{reader} (PassEntry reader)</source>
        <translation>{reader} (lecteur PassEntry)</translation>
    </message>
    <message>
        <source>Unnamed desk</source>
        <translation>Poste sans nom</translation>
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
        <translation>envoyez soit une modification du solde, soit un remplacement, pas les deux</translation>
    </message>
    <message>
        <source>a balance change or an override is required</source>
        <translation>une modification du solde ou un remplacement est requis</translation>
    </message>
    <message>
        <source>the balance must be a whole number</source>
        <translation>le solde doit être un nombre entier</translation>
    </message>
    <message>
        <source>the balance cannot be set below zero</source>
        <translation>le solde ne peut pas être inférieur à zéro</translation>
    </message>
    <message>
        <source>This card was cancelled: no points can be added or redeemed.</source>
        <translation>Cette carte a été annulée : aucun point ne peut être crédité ni utilisé.</translation>
    </message>
    <message>
        <source>That is more points than a pass can hold.</source>
        <translation>C&apos;est plus de points qu&apos;un pass ne peut en contenir.</translation>
    </message>
    <message>
        <source>The number of points cannot be negative.</source>
        <translation>Le nombre de points ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Type a number of points above zero.</source>
        <translation>Saisissez un nombre de points supérieur à zéro.</translation>
    </message>
    <message>
        <source>Points cannot be redeemed yet: the balance is not known.</source>
        <translation>Impossible d&apos;utiliser des points pour l&apos;instant : le solde est inconnu.</translation>
    </message>
    <message>
        <source>The same change was made to this pass a moment ago, so it was not made again. Do it once more if it is meant.</source>
        <translation>La même modification a été faite sur ce pass il y a un instant ; elle n&apos;a donc pas été refaite. Recommencez si c&apos;est voulu.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Type the amount spent.</source>
        <translation>Saisissez le montant dépensé.</translation>
    </message>
    <message>
        <source>Type the number of points.</source>
        <translation>Saisissez le nombre de points.</translation>
    </message>
    <message>
        <source>The amount spent cannot be negative.</source>
        <translation>Le montant dépensé ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Points are whole numbers.</source>
        <translation>Les points sont des nombres entiers.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal place(s).</source>
        <translation>
            <numerusform>Au plus %n décimale.</numerusform>
            <numerusform>Au plus %n décimales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An amount has at most %n decimal place(s).</source>
        <translation>
            <numerusform>Un montant a au plus %n décimale.</numerusform>
            <numerusform>Un montant a au plus %n décimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>An amount above {most} is not a purchase.</source>
        <translation>Un montant supérieur à {most} n&apos;est pas un achat.</translation>
    </message>
    <message>
        <source>Thank you for your order. You&apos;ve earned {points} points!</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Merci pour votre commande. Vous avez gagné {points} points !</translation>
    </message>
    <message>
        <source>You&apos;ve received {points} points. Your balance is {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Vous avez reçu {points} points. Votre solde est de {balance}.</translation>
    </message>
    <message>
        <source>You&apos;ve used {points} points. Your balance is {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Vous avez utilisé {points} points. Votre solde est de {balance}.</translation>
    </message>
    <message>
        <source>Your balance is now {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Votre solde est maintenant de {balance}.</translation>
    </message>
    <message>
        <source>Congratulations! {reward}</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Félicitations ! {reward}</translation>
    </message>
    <message>
        <source>This pass cannot collect points: the {template} template has no loyalty balance.</source>
        <translation>Ce pass ne peut pas cumuler de points : le modèle {template} n&apos;a pas de solde de fidélité.</translation>
    </message>
    <message>
        <source>This pass cannot collect points: its template has no loyalty balance.</source>
        <translation>Ce pass ne peut pas cumuler de points : son modèle n&apos;a pas de solde de fidélité.</translation>
    </message>
    <message>
        <source>Not enough points: the balance is {balance}.</source>
        <translation>Points insuffisants : le solde est de {balance}.</translation>
    </message>
    <message>
        <source>Not enough points: the balance is {balance} (from the last sync, not confirmed).</source>
        <translation>Points insuffisants : le solde est de {balance} (dernière synchronisation, non confirmé).</translation>
    </message>
    <message>
        <source>More than {points} points without a balance confirmed by PassEntry: a supervisor must approve.</source>
        <translation>Plus de {points} points sans solde confirmé par PassEntry : un superviseur doit approuver.</translation>
    </message>
    <message>
        <source>That amount earns no points at this rate.</source>
        <translation>Ce montant ne rapporte aucun point à ce taux.</translation>
    </message>
    <message>
        <source>No pass {pass_id} in the local store; sync first.</source>
        <translation>Aucun pass {pass_id} dans la base locale ; synchronisez d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>passes</name>
    <message>
        <source>Ext id</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>Étiquettes de groupe</translation>
    </message>
    <message>
        <source>QR code value</source>
        <translation>Valeur du code QR</translation>
    </message>
    <message>
        <source>Location latitude</source>
        <translation>Latitude du lieu</translation>
    </message>
    <message>
        <source>Location longitude</source>
        <translation>Longitude du lieu</translation>
    </message>
    <message>
        <source>Location radius (m)</source>
        <translation>Rayon du lieu (m)</translation>
    </message>
    <message>
        <source>a quote opened on this line is never closed; the next line is read as its own row</source>
        <translation>un guillemet ouvert sur cette ligne n&apos;est jamais fermé ; la ligne suivante est lue comme une ligne distincte</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {byte} cannot be read). Save it as “CSV UTF-8” and try again.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 (l&apos;octet {byte} est illisible). Enregistrez-le au format « CSV UTF-8 » et réessayez.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: {reason}</source>
        <translation>La ligne {line} ne peut pas être lue comme CSV : {reason}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}.</source>
        <translation>Ligne {line} : {problem}.</translation>
    </message>
    <message>
        <source>{what} {value} is not a number</source>
        <translation>{what} : {value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>a location needs both latitude and longitude</source>
        <translation>un lieu nécessite à la fois une latitude et une longitude</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>rayon</translation>
    </message>
    <message numerus="yes">
        <source>{what} {value} is also on line(s) {lines} and {more} more</source>
        <translation>
            <numerusform>{what} {value} figure aussi aux lignes {lines} et {more} autres</numerusform>
            <numerusform>{what} {value} figure aussi aux lignes {lines} et {more} autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} {value} is also on line(s) {lines}</source>
        <translation>
            <numerusform>{what} {value} figure aussi à la ligne {lines}</numerusform>
            <numerusform>{what} {value} figure aussi aux lignes {lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>{cells} cells but the header names {columns} columns</source>
        <translation>{cells} cellules, mais l&apos;en-tête nomme {columns} colonnes</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} est vide</translation>
    </message>
    <message>
        <source>{field} is {length} characters (at most {most})</source>
        <translation>{field} fait {length} caractères ({most} maximum)</translation>
    </message>
    <message>
        <source>ext id is empty</source>
        <translation>l&apos;ID externe est vide</translation>
    </message>
    <message>
        <source>ext id</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>ext id {value} is already on a pass (issued before?)</source>
        <translation>l&apos;ID externe {value} figure déjà sur un pass (déjà émis ?)</translation>
    </message>
    <message>
        <source>group tag is {length} characters (at most {most})</source>
        <translation>l&apos;étiquette de groupe fait {length} caractères ({most} maximum)</translation>
    </message>
    <message>
        <source>QR value is {length} characters (at most {most})</source>
        <translation>la valeur QR fait {length} caractères ({most} maximum)</translation>
    </message>
    <message>
        <source>QR value</source>
        <translation>valeur QR</translation>
    </message>
    <message>
        <source>QR value {value} is already on a pass</source>
        <translation>la valeur QR {value} figure déjà sur un pass</translation>
    </message>
    <message>
        <source>the rows have locations, which a batch file cannot carry</source>
        <translation>les lignes contiennent des lieux, ce qu&apos;un fichier de lot ne peut pas transporter</translation>
    </message>
    <message>
        <source>the passes are linked to an event on this desk, which a batch cannot do</source>
        <translation>les pass sont liés à un événement sur ce poste, ce qu&apos;un lot ne peut pas faire</translation>
    </message>
    <message>
        <source>the rows carry a message, which a batch file cannot carry</source>
        <translation>les lignes contiennent un message, ce qu&apos;un fichier de lot ne peut pas transporter</translation>
    </message>
    <message>
        <source>at most {most} locations per pass ({given} given)</source>
        <translation>{most} lieux maximum par pass ({given} indiqués)</translation>
    </message>
    <message>
        <source>location {n}: {problem}</source>
        <translation>lieu {n} : {problem}</translation>
    </message>
    <message>
        <source>latitude must be between -90 and 90</source>
        <translation>la latitude doit être comprise entre -90 et 90</translation>
    </message>
    <message>
        <source>longitude must be between -180 and 180</source>
        <translation>la longitude doit être comprise entre -180 et 180</translation>
    </message>
    <message>
        <source>radius must be {low}-{high} metres</source>
        <translation>le rayon doit être de {low} à {high} mètres</translation>
    </message>
    <message>
        <source>at most {most} beacons per pass ({given} given)</source>
        <translation>{most} balises maximum par pass ({given} indiquées)</translation>
    </message>
    <message>
        <source>beacon {n}: proximity UUID must look like E2C56DB5-DFFB-48D2-B060-D0F5A71096E0</source>
        <translation>balise {n} : l&apos;UUID de proximité doit ressembler à E2C56DB5-DFFB-48D2-B060-D0F5A71096E0</translation>
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
        <translation>balise {n} : {label} doit être un nombre entier de 0 à {most}</translation>
    </message>
    <message>
        <source>the Apple pass sent is not valid base64</source>
        <translation>le pass Apple envoyé n&apos;est pas en base64 valide</translation>
    </message>
    <message>
        <source>the Apple pass sent is not a .pkpass file</source>
        <translation>le pass Apple envoyé n&apos;est pas un fichier .pkpass</translation>
    </message>
    <message>
        <source>Each row names a pass in a {pass_id} column (its pass ID or ext id) and gives only what changes: {passfield} columns, {group_tags}, {pass_action} ({deactivate} or {reactivate}). Columns left out stay as they are.</source>
        <translation>Chaque ligne désigne un pass dans une colonne {pass_id} (son ID de pass ou son ID externe) et ne donne que ce qui change : colonnes {passfield}, {group_tags}, {pass_action} ({deactivate} ou {reactivate}). Les colonnes absentes restent inchangées.</translation>
    </message>
    <message>
        <source>Update passes from a CSV file</source>
        <translation>Mettre à jour des pass depuis un fichier CSV</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>A CSV file with a {pass_id} column</source>
        <translation>Un fichier CSV avec une colonne {pass_id}</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>CSV &amp;file</source>
        <translation>&amp;Fichier CSV</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Optional, e.g. Upgrade to Gold</source>
        <translation>Facultatif, p. ex. Passage au niveau Or</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Run at</source>
        <translation>Exécuter le</translation>
    </message>
    <message>
        <source>&amp;Run at</source>
        <translation>&amp;Exécuter le</translation>
    </message>
    <message>
        <source>%v of %m rows processed</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation>%v sur %m lignes traitées</translation>
    </message>
    <message>
        <source>&amp;Update passes</source>
        <translation>&amp;Mettre à jour les pass</translation>
    </message>
    <message>
        <source>Save e&amp;rrors CSV…</source>
        <translation>Enregistrer le CSV des e&amp;rreurs…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is no file at {path}. Check the path or use Choose….</source>
        <translation>Aucun fichier à l&apos;emplacement {path}. Vérifiez le chemin ou utilisez Choisir….</translation>
    </message>
    <message>
        <source>Sending the file to PassEntry…</source>
        <translation>Envoi du fichier à PassEntry…</translation>
    </message>
    <message>
        <source>{status}…</source>
        <translation>{status}…</translation>
    </message>
    <message>
        <source>Scheduled for {when}: Passes → Batches… shows it, and can cancel it until then.</source>
        <translation>Planifié pour {when} : Pass → Lots… l&apos;affiche et permet de l&apos;annuler d&apos;ici là.</translation>
    </message>
    <message>
        <source>{status}: {progress} passes updated; the changes arrive here with the next sync.</source>
        <translation>{status} : {progress} pass mis à jour ; les modifications arrivent ici à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>{status}. Save the errors CSV to see which rows were refused and why.</source>
        <translation>{status}. Enregistrez le CSV des erreurs pour voir quelles lignes ont été refusées et pourquoi.</translation>
    </message>
    <message>
        <source>{status}.</source>
        <translation>{status}.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Non envoyé : {reason}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Scheduled / done</source>
        <translation>Planifié / terminé</translation>
    </message>
    <message>
        <source>No API key: set it in Settings → PassEntry account first.</source>
        <translation>Aucune clé API : définissez-la d&apos;abord dans Paramètres → Compte PassEntry.</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Enregistrer le CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Fetching the file…</source>
        <translation>Récupération du fichier…</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} enregistré.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Batches run on PassEntry: issuing many passes, updating them from a file, and messages to many passes. Newest first.</source>
        <translation>Lots exécutés sur PassEntry : émission de nombreux pass, mise à jour depuis un fichier et messages à de nombreux pass. Les plus récents en premier.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Cancel batch</source>
        <translation>A&amp;nnuler le lot</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>Save &amp;results CSV…</source>
        <translation>Enregistrer le CSV des &amp;résultats…</translation>
    </message>
    <message>
        <source>Save &amp;errors CSV…</source>
        <translation>Enregistrer le CSV des &amp;erreurs…</translation>
    </message>
    <message>
        <source>Reading the batches from PassEntry…</source>
        <translation>Lecture des lots depuis PassEntry…</translation>
    </message>
    <message>
        <source>The batches could not be read: {reason}</source>
        <translation>Impossible de lire les lots : {reason}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>No batches yet.</source>
        <translation>Aucun lot pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es).</source>
        <translation>
            <numerusform>%Ln lot.</numerusform>
            <numerusform>%Ln lots.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled: it will not run.</source>
        <translation>Annulé : il ne sera pas exécuté.</translation>
    </message>
    <message>
        <source>Sending now…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Sent now.</source>
        <translation>Envoyé.</translation>
    </message>
    <message>
        <source>Ba&amp;tches</source>
        <translation>Lo&amp;ts</translation>
    </message>
    <message>
        <source>Batches run on PassEntry: a message to many passes, updating passes from a CSV file, and the list of batches</source>
        <translation>Lots exécutés sur PassEntry : un message à de nombreux pass, la mise à jour de pass depuis un fichier CSV et la liste des lots</translation>
    </message>
    <message>
        <source>&amp;Notify many…</source>
        <translation>&amp;Notifier en masse…</translation>
    </message>
    <message>
        <source>&amp;Update from CSV…</source>
        <translation>&amp;Mettre à jour depuis un CSV…</translation>
    </message>
    <message>
        <source>&amp;Batches…</source>
        <translation>&amp;Lots…</translation>
    </message>
    <message>
        <source>How: one by one, through the outbox (sent with the next sync).</source>
        <translation>Mode : un par un, via la boîte d&apos;envoi (envoyés à la prochaine synchronisation).</translation>
    </message>
    <message>
        <source>How: as one batch on PassEntry; its progress shows here to the end.</source>
        <translation>Mode : en un seul lot sur PassEntry ; sa progression s&apos;affiche ici jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>{how} {reason}</source>
        <translation>{how} {reason}</translation>
    </message>
    <message>
        <source>How: asking PassEntry whether this account has batches…</source>
        <translation>Mode : vérification auprès de PassEntry que ce compte dispose des lots…</translation>
    </message>
    <message>
        <source>PassEntry could not be asked ({reason}); passes are issued one by one.</source>
        <translation>Impossible d&apos;interroger PassEntry ({reason}) ; les pass sont émis un par un.</translation>
    </message>
    <message>
        <source>{how} Not as a batch: {reason}.</source>
        <translation>{how} Pas en lot : {reason}.</translation>
    </message>
    <message>
        <source>%v of %m issued</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation>%v sur %m émis</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Arrêter le &amp;suivi</translation>
    </message>
    <message>
        <source>{status}: {progress}</source>
        <translation>{status} : {progress}</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>a batch just sent</comment>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>No longer watching: the batch goes on on PassEntry ({progress}). Passes → Batches… shows how far it got.</source>
        <translation>Suivi arrêté : le lot continue sur PassEntry ({progress}). Pass → Lots… indique où il en est.</translation>
    </message>
    <message>
        <source>{status}: {progress} processed on PassEntry; the passes arrive here with the next sync. Some rows were refused: save the errors CSV to see why.</source>
        <translation>{status} : {progress} traités sur PassEntry ; les pass arrivent ici à la prochaine synchronisation. Certaines lignes ont été refusées : enregistrez le CSV des erreurs pour savoir pourquoi.</translation>
    </message>
    <message>
        <source>{status}: {progress} processed on PassEntry; the passes arrive here with the next sync.</source>
        <translation>{status} : {progress} traités sur PassEntry ; les pass arrivent ici à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>{status}: PassEntry issued none of these passes. Save the errors CSV to see why.</source>
        <translation>{status} : PassEntry n&apos;a émis aucun de ces pass. Enregistrez le CSV des erreurs pour savoir pourquoi.</translation>
    </message>
    <message>
        <source>{status}: PassEntry issued none of these passes.</source>
        <translation>{status} : PassEntry n&apos;a émis aucun de ces pass.</translation>
    </message>
    <message>
        <source>line in your file</source>
        <comment>a CSV column&apos;s header</comment>
        <translation>ligne de votre fichier</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(non utilisée)</translation>
    </message>
    <message>
        <source>Issue passes from a CSV file</source>
        <translation>Émettre des pass depuis un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Issue passes</source>
        <translation>É&amp;mettre les pass</translation>
    </message>
    <message>
        <source>No templates yet: sync first, or add one by its ID</source>
        <translation>Aucun modèle pour l&apos;instant : synchronisez d&apos;abord ou ajoutez-en un par son ID</translation>
    </message>
    <message>
        <source>No templates yet: sync first</source>
        <translation>Aucun modèle pour l&apos;instant : synchronisez d&apos;abord</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Column for {target}</source>
        <translation>Colonne pour {target}</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): {good} ready to issue, {bad} with problems (listed below; they are not issued).</source>
        <translation>
            <numerusform>%Ln ligne : {good} prête à émettre, {bad} avec des problèmes (listées ci-dessous ; elles ne sont pas émises).</numerusform>
            <numerusform>%Ln lignes : {good} prêtes à émettre, {bad} avec des problèmes (listées ci-dessous ; elles ne sont pas émises).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): {good} ready to issue.</source>
        <translation>
            <numerusform>%Ln ligne : {good} prête à émettre.</numerusform>
            <numerusform>%Ln lignes : {good} prêtes à émettre.</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} With no QR column, each pass&apos;s QR code is its ext id.</source>
        <translation>{summary} Sans colonne QR, le code QR de chaque pass est son ID externe.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the problems of one CSV row</comment>
        <translation> ; </translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Issue %Ln pass(es)</source>
        <translation>
            <numerusform>É&amp;mettre %Ln pass</numerusform>
            <numerusform>É&amp;mettre %Ln pass</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bad rows</source>
        <translation>Exporter les lignes erronées</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln bad row(s) to {path}.</source>
        <translation>
            <numerusform>%Ln ligne erronée écrite dans {path}.</numerusform>
            <numerusform>%Ln lignes erronées écrites dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m queued</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation>%v sur %m en file d&apos;attente</translation>
    </message>
    <message>
        <source>Queuing passes…</source>
        <translation>Mise en file d&apos;attente des pass…</translation>
    </message>
    <message>
        <source>Stopping after this look…</source>
        <translation>Arrêt après cette vérification…</translation>
    </message>
    <message>
        <source>Stopping after this chunk…</source>
        <translation>Arrêt après ce bloc…</translation>
    </message>
    <message numerus="yes">
        <source> %Ln were queued before.</source>
        <comment>after a sentence: mind the space in front</comment>
        <translation>
            <numerusform> %Ln était déjà en file d&apos;attente.</numerusform>
            <numerusform> %Ln étaient déjà en file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln pass(es) queued.{before} Issue again to queue the rest; rows already queued are skipped.</source>
        <translation>
            <numerusform>Arrêté : %Ln pass mis en file d&apos;attente.{before} Émettez de nouveau pour mettre le reste en file ; les lignes déjà en file sont ignorées.</numerusform>
            <numerusform>Arrêté : %Ln pass mis en file d&apos;attente.{before} Émettez de nouveau pour mettre le reste en file ; les lignes déjà en file sont ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) queued; they reach PassEntry with the next sync.{before} To issue this file again, choose it again.</source>
        <translation>
            <numerusform>%Ln pass mis en file d&apos;attente ; il atteindra PassEntry à la prochaine synchronisation.{before} Pour émettre de nouveau ce fichier, choisissez-le de nouveau.</numerusform>
            <numerusform>%Ln pass mis en file d&apos;attente ; ils atteindront PassEntry à la prochaine synchronisation.{before} Pour émettre de nouveau ce fichier, choisissez-le de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a day, then a time of day</comment>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <source>Deactivate {name}?</source>
        <translation>Désactiver {name} ?</translation>
    </message>
    <message>
        <source>Deactivate this pass?</source>
        <translation>Désactiver ce pass ?</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %Ln pass(es)?</source>
        <translation>
            <numerusform>Désactiver %Ln pass ?</numerusform>
            <numerusform>Désactiver %Ln pass ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} et %Ln autre</numerusform>
            <numerusform>{names} et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already deactivated: %Ln of the {selected} selected. They stay as they are.</source>
        <translation>
            <numerusform>Déjà désactivé : %Ln sur les {selected} sélectionnés. Il reste tel quel.</numerusform>
            <numerusform>Déjà désactivés : %Ln sur les {selected} sélectionnés. Ils restent tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>A deactivated pass stays in the wallet, shown as expired, and no longer scans as valid. It can be reactivated later.</source>
        <translation>Un pass désactivé reste dans le portefeuille, affiché comme expiré, et n&apos;est plus valide au scan. Il peut être réactivé plus tard.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a window title</comment>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a button</comment>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Already deactivated</source>
        <translation>Déjà désactivé</translation>
    </message>
    <message>
        <source>The selected pass is already deactivated.</source>
        <translation>Le pass sélectionné est déjà désactivé.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln selected passes are already deactivated.</source>
        <translation>
            <numerusform>Le pass sélectionné (%Ln) est déjà désactivé.</numerusform>
            <numerusform>Les %Ln pass sélectionnés sont déjà désactivés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deactivated</source>
        <translation>Non désactivé</translation>
    </message>
    <message>
        <source>Nothing was deactivated: {reason}</source>
        <translation>Rien n&apos;a été désactivé : {reason}</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <comment>a window title</comment>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Reactivate the pass of {name}?</source>
        <translation>Réactiver le pass de {name} ?</translation>
    </message>
    <message>
        <source>Reactivate this pass?</source>
        <translation>Réactiver ce pass ?</translation>
    </message>
    <message>
        <source>It scans as valid again, and it can be changed and sent messages. On an iPhone it stays among the expired passes until its holder shows it again.</source>
        <translation>Il est de nouveau valide au scan, et peut être modifié et recevoir des messages. Sur un iPhone, il reste parmi les pass expirés jusqu&apos;à ce que son titulaire l&apos;affiche de nouveau.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <comment>a button</comment>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Not reactivated</source>
        <translation>Non réactivé</translation>
    </message>
    <message>
        <source>The pass was not reactivated: {reason}</source>
        <translation>Le pass n&apos;a pas été réactivé : {reason}</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Bannière</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Vignette</translation>
    </message>
    <message>
        <source>Choose this pass&apos;s banner</source>
        <translation>Choisir la bannière de ce pass</translation>
    </message>
    <message>
        <source>Use the template&apos;s banner again</source>
        <translation>Reprendre la bannière du modèle</translation>
    </message>
    <message>
        <source>The template&apos;s banner</source>
        <translation>La bannière du modèle</translation>
    </message>
    <message>
        <source>Choose this pass&apos;s logo</source>
        <translation>Choisir le logo de ce pass</translation>
    </message>
    <message>
        <source>Use the template&apos;s logo again</source>
        <translation>Reprendre le logo du modèle</translation>
    </message>
    <message>
        <source>The template&apos;s logo</source>
        <translation>Le logo du modèle</translation>
    </message>
    <message>
        <source>Choose this pass&apos;s thumbnail</source>
        <translation>Choisir la vignette de ce pass</translation>
    </message>
    <message>
        <source>Use the template&apos;s thumbnail again</source>
        <translation>Reprendre la vignette du modèle</translation>
    </message>
    <message>
        <source>The template&apos;s thumbnail</source>
        <translation>La vignette du modèle</translation>
    </message>
    <message>
        <source>Design for this pass</source>
        <translation>Design de ce pass</translation>
    </message>
    <message>
        <source>Use one of your images on PassEntry instead of the template&apos;s, for this pass only. PassEntry must have enabled per-pass designs for your organisation.</source>
        <translation>Utiliser l&apos;une de vos images sur PassEntry au lieu de celle du modèle, pour ce pass uniquement. PassEntry doit avoir activé les designs par pass pour votre organisation.</translation>
    </message>
    <message>
        <source>Connect to PassEntry (Settings) to use your images on a pass.</source>
        <translation>Connectez-vous à PassEntry (Paramètres) pour utiliser vos images sur un pass.</translation>
    </message>
    <message>
        <source>The template&apos;s value per language — {values}. A value typed here is this pass&apos;s in every language.</source>
        <translation>La valeur du modèle par langue — {values}. Une valeur saisie ici s&apos;applique à ce pass dans toutes les langues.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Use the template&apos;s</source>
        <comment>a button: use the template&apos;s image</comment>
        <translation>Celle du modèle</translation>
    </message>
    <message>
        <source>Send it with the template&apos;s design</source>
        <translation>L&apos;envoyer avec le design du modèle</translation>
    </message>
    <message>
        <source>An image</source>
        <translation>Une image</translation>
    </message>
    <message>
        <source>{image}, {width} x {height} px</source>
        <translation>{image}, {width} x {height} px</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <source>Aztec code</source>
        <translation>Code Aztec</translation>
    </message>
    <message>
        <source>PDF417 code</source>
        <translation>Code PDF417</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>Créé : {when}</translation>
    </message>
    <message>
        <source>Added to a wallet: {when}</source>
        <translation>Ajouté à un portefeuille : {when}</translation>
    </message>
    <message>
        <source>Removed from the wallet: {when}</source>
        <translation>Retiré du portefeuille : {when}</translation>
    </message>
    <message>
        <source>Deactivated: {when}</source>
        <translation>Désactivé : {when}</translation>
    </message>
    <message>
        <source>Nullified: {when}</source>
        <translation>Invalidé : {when}</translation>
    </message>
    <message>
        <source>Expires: {when}</source>
        <translation>Expire : {when}</translation>
    </message>
    <message>
        <source>Expired: {when}</source>
        <translation>Expiré : {when}</translation>
    </message>
    <message>
        <source>Nullified on {when}. In the wallet it shows grey as “Deactivated” and its data was wiped. Its ext id {ext_id} is free for a new pass. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Invalidé le {when}. Dans le portefeuille, il apparaît en gris comme « Désactivé » et ses données ont été effacées. Son ID externe {ext_id} est libre pour un nouveau pass. PassEntry répond « introuvable » pour ce pass : il ne peut plus être modifié, recevoir de message ni être scanné.</translation>
    </message>
    <message>
        <source>Nullified on {when}. In the wallet it shows grey as “Deactivated” and its data was wiped. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Invalidé le {when}. Dans le portefeuille, il apparaît en gris comme « Désactivé » et ses données ont été effacées. PassEntry répond « introuvable » pour ce pass : il ne peut plus être modifié, recevoir de message ni être scanné.</translation>
    </message>
    <message>
        <source>Nullified. In the wallet it shows grey as “Deactivated” and its data was wiped. Its ext id {ext_id} is free for a new pass. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Invalidé. Dans le portefeuille, il apparaît en gris comme « Désactivé » et ses données ont été effacées. Son ID externe {ext_id} est libre pour un nouveau pass. PassEntry répond « introuvable » pour ce pass : il ne peut plus être modifié, recevoir de message ni être scanné.</translation>
    </message>
    <message>
        <source>Nullified. In the wallet it shows grey as “Deactivated” and its data was wiped. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Invalidé. Dans le portefeuille, il apparaît en gris comme « Désactivé » et ses données ont été effacées. PassEntry répond « introuvable » pour ce pass : il ne peut plus être modifié, recevoir de message ni être scanné.</translation>
    </message>
    <message>
        <source>The pass could not be read: {reason}</source>
        <translation>Impossible de lire le pass : {reason}</translation>
    </message>
    <message>
        <source>Select a pass to see its details.</source>
        <translation>Sélectionnez un pass pour voir ses détails.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Latest message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Pass id</source>
        <translation>ID du pass</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a pass&apos;s status</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>no template</source>
        <translation>aucun modèle</translation>
    </message>
    <message numerus="yes">
        <source>group(s) {tags}</source>
        <translation>
            <numerusform>groupe {tags}</numerusform>
            <numerusform>groupes {tags}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln modification en attente d&apos;envoi</numerusform>
            <numerusform>%Ln modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Made here; PassEntry has not confirmed them yet. The Sync pane lists them.</source>
        <translation>Faites ici ; PassEntry ne les a pas encore confirmées. Le volet Synchronisation les liste.</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>NFC value</source>
        <translation>Valeur NFC</translation>
    </message>
    <message>
        <source>Add to wallet</source>
        <translation>Ajouter au portefeuille</translation>
    </message>
    <message>
        <source>The customer scans this with their phone to add the pass.</source>
        <translation>Le client scanne ceci avec son téléphone pour ajouter le pass.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the download page in the browser</source>
        <translation>Ouvrir la page de téléchargement dans le navigateur</translation>
    </message>
    <message>
        <source>Locations ({count})</source>
        <translation>Lieux ({count})</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>{name}: {where} · {radius} m</source>
        <translation>{name} : {where} · {radius} m</translation>
    </message>
    <message>
        <source>{name}: {where}</source>
        <translation>{name} : {where}</translation>
    </message>
    <message>
        <source>Beacons ({count})</source>
        <translation>Balises ({count})</translation>
    </message>
    <message>
        <source>Beacon</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Edit pass</source>
        <translation>Modifier le pass</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Pass not found</source>
        <translation>Pass introuvable</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>This pass is not in the local store any more.</source>
        <translation>Ce pass n&apos;est plus dans la base locale.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: lock screens show about {shown} and cut the rest.</source>
        <translation>
            <numerusform>%Ln caractère : les écrans de verrouillage en affichent environ {shown} et coupent le reste.</numerusform>
            <numerusform>%Ln caractères : les écrans de verrouillage en affichent environ {shown} et coupent le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change goes to PassEntry with the template&apos;s design.</source>
        <translation>La modification part vers PassEntry avec le design du modèle.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Check the disk, then try again.</source>
        <translation>Non enregistré : {reason}. Vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>No event (not a ticket)</source>
        <translation>Aucun événement (pas un billet)</translation>
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
        <translation>Code 128 (une ligne de barres)</translation>
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
        <translation>Aucun code-barres</translation>
    </message>
    <message>
        <source>The ext id</source>
        <translation>L&apos;ID externe</translation>
    </message>
    <message>
        <source>The pass id</source>
        <translation>L&apos;ID du pass</translation>
    </message>
    <message>
        <source>A value you type</source>
        <translation>Une valeur saisie</translation>
    </message>
    <message>
        <source>Without a barcode the pass cannot be scanned at a door or a till: only NFC or a search by name finds it.</source>
        <translation>Sans code-barres, le pass ne peut pas être scanné à une porte ni à une caisse : seul le NFC ou une recherche par nom le retrouve.</translation>
    </message>
    <message>
        <source>The pass id is known once PassEntry has created the pass; until then the Passes list shows the ext id as its number.</source>
        <translation>L&apos;ID du pass est connu une fois que PassEntry a créé le pass ; d&apos;ici là, la liste des pass affiche l&apos;ID externe comme numéro.</translation>
    </message>
    <message>
        <source>Each pass needs its own value: a door tells passes apart by it.</source>
        <translation>Chaque pass a besoin de sa propre valeur : une porte distingue les pass grâce à elle.</translation>
    </message>
    <message>
        <source>Issue a pass</source>
        <translation>Émettre un pass</translation>
    </message>
    <message>
        <source>&amp;Issue pass</source>
        <translation>É&amp;mettre le pass</translation>
    </message>
    <message>
        <source>Reading templates…</source>
        <translation>Lecture des modèles…</translation>
    </message>
    <message>
        <source>Field id {id}; empty: {default}</source>
        <translation>ID du champ {id} ; si vide : {default}</translation>
    </message>
    <message>
        <source>Field id {id}</source>
        <translation>ID du champ {id}</translation>
    </message>
    <message>
        <source>pick a template</source>
        <translation>choisissez un modèle</translation>
    </message>
    <message>
        <source>type the barcode value (or let the barcode hold the ext id)</source>
        <translation>saisissez la valeur du code-barres (ou laissez le code-barres contenir l&apos;ID externe)</translation>
    </message>
    <message>
        <source>type the NFC value (or let NFC hold the pass id)</source>
        <translation>saisissez la valeur NFC (ou laissez le NFC contenir l&apos;ID du pass)</translation>
    </message>
    <message numerus="yes">
        <source>Cannot issue yet: {problem} (and %Ln more)</source>
        <translation>
            <numerusform>Émission impossible pour l&apos;instant : {problem} (et %Ln autre)</numerusform>
            <numerusform>Émission impossible pour l&apos;instant : {problem} (et %Ln autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot issue yet: {problem}</source>
        <translation>Émission impossible pour l&apos;instant : {problem}</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Émission…</translation>
    </message>
    <message>
        <source>Pass for {who} queued (ext id {ext_id}, {event}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pass pour {who} mis en file d&apos;attente (ID externe {ext_id}, {event}) ; il atteindra PassEntry à la prochaine synchronisation. Voir Remise pour son lien. Le formulaire est vidé pour le pass suivant.</translation>
    </message>
    <message>
        <source>Pass for {who} queued (ext id {ext_id}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pass pour {who} mis en file d&apos;attente (ID externe {ext_id}) ; il atteindra PassEntry à la prochaine synchronisation. Voir Remise pour son lien. Le formulaire est vidé pour le pass suivant.</translation>
    </message>
    <message>
        <source>Pass queued (ext id {ext_id}, {event}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pass mis en file d&apos;attente (ID externe {ext_id}, {event}) ; il atteindra PassEntry à la prochaine synchronisation. Voir Remise pour son lien. Le formulaire est vidé pour le pass suivant.</translation>
    </message>
    <message>
        <source>Pass queued (ext id {ext_id}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pass mis en file d&apos;attente (ID externe {ext_id}) ; il atteindra PassEntry à la prochaine synchronisation. Voir Remise pour son lien. Le formulaire est vidé pour le pass suivant.</translation>
    </message>
    <message>
        <source>Pass {ext_id} is not on PassEntry yet: per-pass designs are not enabled for your organisation (see Design for this pass).</source>
        <translation>Le pass {ext_id} n&apos;est pas encore sur PassEntry : les designs par pass ne sont pas activés pour votre organisation (voir Design de ce pass).</translation>
    </message>
    <message>
        <source>Sending the pass with the template&apos;s design…</source>
        <translation>Envoi du pass avec le design du modèle…</translation>
    </message>
    <message>
        <source>The pass goes to PassEntry with the template&apos;s design; its link shows under Delivery once it is created.</source>
        <translation>Le pass part vers PassEntry avec le design du modèle ; son lien s&apos;affiche sous Remise une fois créé.</translation>
    </message>
    <message>
        <source>Pass {ext_id} is on PassEntry. Send its holder this download link; it adds the pass to Apple or Google Wallet.</source>
        <translation>Le pass {ext_id} est sur PassEntry. Envoyez ce lien de téléchargement à son titulaire ; il ajoute le pass à Apple Wallet ou Google Wallet.</translation>
    </message>
    <message>
        <source>Pass {ext_id} is waiting to reach PassEntry; its download link shows here once it has been created.</source>
        <translation>Le pass {ext_id} attend d&apos;atteindre PassEntry ; son lien de téléchargement s&apos;affichera ici une fois créé.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save Apple pass</source>
        <translation>Enregistrer le pass Apple</translation>
    </message>
    <message>
        <source>Apple Wallet pass (*.pkpass)</source>
        <translation>Pass Apple Wallet (*.pkpass)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Impossible d&apos;enregistrer {path} : {reason}</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>{count} of at most {most}</source>
        <translation>{count} sur {most} maximum</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>&amp;Add location</source>
        <translation>&amp;Ajouter un lieu</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>location {n}: latitude {value} is not a number</source>
        <translation>lieu {n} : la latitude {value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>location {n}: longitude {value} is not a number</source>
        <translation>lieu {n} : la longitude {value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Radius (m)</source>
        <translation>Rayon (m)</translation>
    </message>
    <message>
        <source>location {n}: radius (m) {value} is not a number</source>
        <translation>lieu {n} : le rayon (m) {value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Relevant text</source>
        <translation>Texte associé</translation>
    </message>
    <message>
        <source>location {n}: relevant text {value} is not text</source>
        <translation>lieu {n} : le texte associé {value} n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>Beacons</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>&amp;Add beacon</source>
        <translation>&amp;Ajouter une balise</translation>
    </message>
    <message>
        <source>Proximity UUID</source>
        <translation>UUID de proximité</translation>
    </message>
    <message>
        <source>beacon {n}: proximity UUID {value} is not text</source>
        <translation>balise {n} : l&apos;UUID de proximité {value} n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>beacon {n}: major {value} is not a whole number</source>
        <translation>balise {n} : major {value} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>beacon {n}: minor {value} is not a whole number</source>
        <translation>balise {n} : minor {value} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>beacon {n}: relevant text {value} is not text</source>
        <translation>balise {n} : le texte associé {value} n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Étiquette de groupe</translation>
    </message>
    <message>
        <source>Type a number in the search to find its pass</source>
        <translation>Saisissez un numéro dans la recherche pour trouver son pass</translation>
    </message>
    <message>
        <source>Pick an event in the filters to see its passes</source>
        <translation>Choisissez un événement dans les filtres pour voir ses pass</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Nullified</source>
        <translation>Invalidé</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>{event}
Starts {when}</source>
        <translation>{event}
Début : {when}</translation>
    </message>
    <message>
        <source>This pass is {status}, not on a phone: the message is kept on the pass but no one sees it now.</source>
        <translation>Ce pass est {status}, pas sur un téléphone : le message est conservé sur le pass, mais personne ne le voit pour l&apos;instant.</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>non actif</translation>
    </message>
    <message numerus="yes">
        <source>Not active (not on a phone): %Ln of the {total} selected passes. Messages reach only active passes.</source>
        <translation>
            <numerusform>Non actif (pas sur un téléphone) : %Ln des {total} pass sélectionnés. Les messages n&apos;atteignent que les pass actifs.</numerusform>
            <numerusform>Non actifs (pas sur un téléphone) : %Ln des {total} pass sélectionnés. Les messages n&apos;atteignent que les pass actifs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>The passes could not be read: {reason}</source>
        <translation>Impossible de lire les pass : {reason}</translation>
    </message>
    <message>
        <source>Message to {name}</source>
        <translation>Message à {name}</translation>
    </message>
    <message>
        <source>Message to this pass</source>
        <translation>Message à ce pass</translation>
    </message>
    <message numerus="yes">
        <source>Message to %Ln pass(es)</source>
        <translation>
            <numerusform>Message à %Ln pass</numerusform>
            <numerusform>Message à %Ln pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected pass(es) not in the local store any more: they will not get it.</source>
        <translation>
            <numerusform>%Ln pass sélectionné n&apos;est plus dans la base locale : il ne le recevra pas.</numerusform>
            <numerusform>%Ln pass sélectionnés ne sont plus dans la base locale : ils ne le recevront pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected pass(es) nullified: they will not get it.</source>
        <translation>
            <numerusform>%Ln pass sélectionné est invalidé : il ne le recevra pas.</numerusform>
            <numerusform>%Ln pass sélectionnés sont invalidés : ils ne le recevront pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %Ln pass(es)</source>
        <translation>
            <numerusform>Envoyer à %Ln pass</numerusform>
            <numerusform>Envoyer à %Ln pass</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Notify many</source>
        <translation>Notifier en masse</translation>
    </message>
    <message>
        <source>Every pass with the group tag</source>
        <translation>Tous les pass avec l&apos;étiquette de groupe</translation>
    </message>
    <message>
        <source>To</source>
        <comment>who gets a message</comment>
        <translation>À</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>What the lock screen shows, e.g. Doors open at 19:00. {field} puts in a pass&apos;s own value.</source>
        <translation>Ce qu&apos;affiche l&apos;écran de verrouillage, p. ex. Ouverture des portes à 19:00. {field} insère la valeur propre à chaque pass.</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>Schedule &amp;at</source>
        <translation>Planifier &amp;à</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Heure planifiée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>&amp;Cancel scheduled batch</source>
        <translation>&amp;Annuler le lot planifié</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected pass(es) ({unsent} not sent to PassEntry yet are left out)</source>
        <translation>
            <numerusform>%Ln pass sélectionné (sauf {unsent} pas encore envoyés à PassEntry)</numerusform>
            <numerusform>%Ln pass sélectionnés (sauf {unsent} pas encore envoyés à PassEntry)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected pass(es)</source>
        <translation>
            <numerusform>Le pass sélectionné (%Ln)</numerusform>
            <numerusform>Les %Ln pass sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>{length} / {most} characters: lock screens cut the rest</source>
        <translation>{length} / {most} caractères : les écrans de verrouillage coupent le reste</translation>
    </message>
    <message>
        <source>{length} / {most} characters</source>
        <translation>{length} / {most} caractères</translation>
    </message>
    <message numerus="yes">
        <source>PassEntry takes at most {most} passes per message batch: this goes as %Ln batch(es).</source>
        <translation>
            <numerusform>PassEntry accepte au plus {most} pass par lot de messages : l&apos;envoi se fera en %Ln lot.</numerusform>
            <numerusform>PassEntry accepte au plus {most} pass par lot de messages : l&apos;envoi se fera en %Ln lots.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <source>Message {when}</source>
        <comment>a batch&apos;s name</comment>
        <translation>Message {when}</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled: %Ln batch(es) for {when}. You can cancel it until then.</source>
        <translation>
            <numerusform>Planifié : %Ln lot pour {when}. Vous pouvez l&apos;annuler d&apos;ici là.</numerusform>
            <numerusform>Planifié : %Ln lots pour {when}. Vous pouvez l&apos;annuler d&apos;ici là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent: %Ln batch(es) to {whom}.</source>
        <translation>
            <numerusform>Envoyé : %Ln lot à {whom}.</numerusform>
            <numerusform>Envoyé : %Ln lots à {whom}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{batch}: {status}</source>
        <translation>{batch} : {status}</translation>
    </message>
    <message>
        <source>Cancelled: the message will not be sent.</source>
        <translation>Annulé : le message ne sera pas envoyé.</translation>
    </message>
    <message>
        <source>Not cancelled: {reason}</source>
        <translation>Non annulé : {reason}</translation>
    </message>
    <message>
        <source>NULLIFY</source>
        <translation>INVALIDER</translation>
    </message>
    <message>
        <source>Its ext id &lt;b&gt;{ext_id}&lt;/b&gt; is freed: a new pass may be issued with it.</source>
        <translation>Son ID externe &lt;b&gt;{ext_id}&lt;/b&gt; est libéré : un nouveau pass peut être émis avec celui-ci.</translation>
    </message>
    <message>
        <source>On the phone the pass turns grey and says “Deactivated”; its name, fields, barcode and NFC are wiped from it.</source>
        <translation>Sur le téléphone, le pass devient gris et indique « Désactivé » ; son nom, ses champs, son code-barres et son NFC en sont effacés.</translation>
    </message>
    <message>
        <source>PassEntry answers “not found” for this pass from then on: it can no longer be changed, sent a message, given points or scanned in.</source>
        <translation>PassEntry répond désormais « introuvable » pour ce pass : il ne peut plus être modifié, recevoir de message, recevoir de points ni être scanné.</translation>
    </message>
    <message>
        <source>Here it leaves the Passes list; pick the status “Nullified” to see it again. It still counts as an issued pass on your PassEntry bill.</source>
        <translation>Ici, il quitte la liste des pass ; choisissez l&apos;état « Invalidé » pour le revoir. Il compte toujours comme pass émis sur votre facture PassEntry.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; A nullified pass can never be made active again.&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;To stop it scanning for a while, deactivate it instead: that can be undone.</source>
        <translation>&lt;b&gt;Action irréversible.&lt;/b&gt; Un pass invalidé ne peut jamais redevenir actif.&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;Pour l&apos;empêcher d&apos;être scanné temporairement, désactivez-le plutôt : c&apos;est réversible.</translation>
    </message>
    <message>
        <source>Nullify pass</source>
        <translation>Invalider le pass</translation>
    </message>
    <message>
        <source>Nullify the pass of {name}?</source>
        <translation>Invalider le pass de {name} ?</translation>
    </message>
    <message>
        <source>Nullify this pass?</source>
        <translation>Invalider ce pass ?</translation>
    </message>
    <message>
        <source>number {number}</source>
        <translation>numéro {number}</translation>
    </message>
    <message>
        <source>To confirm, type the word &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation>Pour confirmer, saisissez le mot &lt;b&gt;{word}&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>To confirm, type the pass&apos;s number &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation>Pour confirmer, saisissez le numéro du pass &lt;b&gt;{word}&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>Nullify this pass</source>
        <translation>Invalider ce pass</translation>
    </message>
    <message>
        <source>Nullifying…</source>
        <translation>Invalidation…</translation>
    </message>
    <message>
        <source>Not nullified: {reason}</source>
        <translation>Non invalidé : {reason}</translation>
    </message>
    <message>
        <source>This pass was nullified: PassEntry no longer knows it, so it cannot be changed any more.</source>
        <translation>Ce pass a été invalidé : PassEntry ne le connaît plus, il ne peut donc plus être modifié.</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no date filter: any day</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>Tous les appareils</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>Any template</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Reading passes…</source>
        <translation>Lecture des pass…</translation>
    </message>
    <message>
        <source>Cannot read passes ({reason}); trying again…</source>
        <translation>Impossible de lire les pass ({reason}) ; nouvelle tentative…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Tri…</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln match(es) — type more to narrow</source>
        <translation>
            <numerusform>%Ln premier résultat — précisez la recherche pour affiner</numerusform>
            <numerusform>%Ln premiers résultats — précisez la recherche pour affiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of the first %Ln match(es) — type more to narrow</source>
        <translation>
            <numerusform>{shown} sur le %Ln premier résultat — précisez la recherche pour affiner</numerusform>
            <numerusform>{shown} sur les %Ln premiers résultats — précisez la recherche pour affiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ pass(es), counting…</source>
        <translation>
            <numerusform>%Ln+ pass, comptage…</numerusform>
            <numerusform>%Ln+ pass, comptage…</numerusform>
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
        <translation>&amp;Réactiver…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Make this pass active again: it scans as valid again</source>
        <translation>Rendre ce pass de nouveau actif : il redevient valide au scan</translation>
    </message>
    <message>
        <source>Deactivate the selected passes (they no longer admit)</source>
        <translation>Désactiver les pass sélectionnés (ils ne sont plus acceptés)</translation>
    </message>
    <message>
        <source>Wipe the selected pass for good and free its ext id (cannot be undone)</source>
        <translation>Effacer définitivement le pass sélectionné et libérer son ID externe (irréversible)</translation>
    </message>
    <message>
        <source>Select a pass</source>
        <translation>Sélectionnez un pass</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) selected</source>
        <translation>
            <numerusform>%Ln pass sélectionné</numerusform>
            <numerusform>%Ln pass sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Export passes</source>
        <translation>Exporter les pass</translation>
    </message>
    <message>
        <source>an ext id cannot contain spaces</source>
        <translation>un ID externe ne peut pas contenir d&apos;espaces</translation>
    </message>
    <message>
        <source>a custom barcode needs a value</source>
        <translation>un code-barres personnalisé nécessite une valeur</translation>
    </message>
    <message>
        <source>a custom NFC message needs a value</source>
        <translation>un message NFC personnalisé nécessite une valeur</translation>
    </message>
    <message>
        <source>a pass template is required</source>
        <translation>un modèle de pass est requis</translation>
    </message>
    <message>
        <source>the ext id is {length} characters (at most {most})</source>
        <translation>l&apos;ID externe fait {length} caractères ({most} au maximum)</translation>
    </message>
    <message>
        <source>unknown barcode type {type}</source>
        <translation>type de code-barres inconnu : {type}</translation>
    </message>
    <message>
        <source>unknown barcode source {source}</source>
        <translation>source de code-barres inconnue : {source}</translation>
    </message>
    <message>
        <source>unknown NFC source {source}</source>
        <translation>source NFC inconnue : {source}</translation>
    </message>
    <message>
        <source>Writing passes…</source>
        <translation>Écriture des pass…</translation>
    </message>
    <message>
        <source>Add template by ID</source>
        <translation>Ajouter un modèle par ID</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Asking PassEntry for template {id}…</source>
        <translation>Demande du modèle {id} à PassEntry…</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>« {name} » ajouté.</translation>
    </message>
    <message>
        <source>The template could not be read: {reason}</source>
        <translation>Impossible de lire le modèle : {reason}</translation>
    </message>
    <message>
        <source>Issue passes</source>
        <comment>a kind of batch</comment>
        <translation>Émission de pass</translation>
    </message>
    <message>
        <source>Update passes</source>
        <comment>a kind of batch</comment>
        <translation>Mise à jour de pass</translation>
    </message>
    <message>
        <source>Message to passes</source>
        <comment>a kind of batch</comment>
        <translation>Message aux pass</translation>
    </message>
    <message>
        <source>Working</source>
        <comment>a batch&apos;s status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Being checked</source>
        <comment>a batch&apos;s status</comment>
        <translation>En vérification</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>a batch&apos;s status</comment>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>a batch&apos;s status</comment>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a batch&apos;s status</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done, with errors</source>
        <comment>a batch&apos;s status</comment>
        <translation>Terminé avec erreurs</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a batch&apos;s status</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a batch&apos;s status</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>working</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>being checked</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>en vérification</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>planifié</translation>
    </message>
    <message>
        <source>sending</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>done</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>terminé</translation>
    </message>
    <message>
        <source>done, with errors</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>terminé avec erreurs</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>en échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>annulé</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer batches.</source>
        <translation>Ce compte PassEntry ne propose pas les lots.</translation>
    </message>
    <message>
        <source>Passes are issued one by one: {reason}.</source>
        <translation>Les pass sont émis un par un : {reason}.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>a batch&apos;s status</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>done {when}</source>
        <comment>a batch ended at a time</comment>
        <translation>terminé {when}</translation>
    </message>
    <message>
        <source>There are no rows to issue.</source>
        <translation>Aucune ligne à émettre.</translation>
    </message>
    <message>
        <source>Row {row} has no ext id: a batch needs one on every row.</source>
        <translation>La ligne {row} n&apos;a pas d&apos;ID externe : un lot en exige un sur chaque ligne.</translation>
    </message>
    <message>
        <source>These rows cannot go up as a batch: {reason}.</source>
        <translation>Ces lignes ne peuvent pas être envoyées en lot : {reason}.</translation>
    </message>
    <message>
        <source>every pass tagged “{tag}”</source>
        <translation>tous les pass avec l&apos;étiquette « {tag} »</translation>
    </message>
    <message>
        <source>Schedule the message at least an hour from now, or send it now.</source>
        <translation>Planifiez le message au moins une heure à l&apos;avance, ou envoyez-le maintenant.</translation>
    </message>
    <message>
        <source>A message can be scheduled at most a year ahead.</source>
        <translation>Un message peut être planifié au plus un an à l&apos;avance.</translation>
    </message>
    <message>
        <source>No passes to message.</source>
        <translation>Aucun pass à qui envoyer le message.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Rédigez d&apos;abord le message.</translation>
    </message>
    <message>
        <source>This batch is {state}: only a scheduled message can be sent now.</source>
        <translation>Ce lot est {state} : seul un message planifié peut être envoyé maintenant.</translation>
    </message>
    <message>
        <source>This batch is {state}: only a scheduled batch can be cancelled.</source>
        <translation>Ce lot est {state} : seul un lot planifié peut être annulé.</translation>
    </message>
    <message>
        <source>The file needs a pass_id column (each row&apos;s pass ID or ext id).</source>
        <translation>Le fichier nécessite une colonne pass_id (l&apos;ID de pass ou l&apos;ID externe de chaque ligne).</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>Le fichier n&apos;a aucune ligne.</translation>
    </message>
    <message>
        <source>row {row} has no ext id: it could be queued twice</source>
        <translation>la ligne {row} n&apos;a pas d&apos;ID externe : elle pourrait être mise en file deux fois</translation>
    </message>
    <message>
        <source>ext id {ext_id} is given twice</source>
        <translation>l&apos;ID externe {ext_id} figure deux fois</translation>
    </message>
    <message>
        <source>row {row}: {problems}</source>
        <translation>ligne {row} : {problems}</translation>
    </message>
    <message>
        <source>This pass was nullified: it can no longer be changed or messaged.</source>
        <translation>Ce pass a été invalidé : il ne peut plus être modifié ni recevoir de message.</translation>
    </message>
    <message>
        <source>Per-pass designs are not enabled for your organisation — ask PassEntry to enable them. The pass is kept on this computer: send it with the template&apos;s design, or keep it until they are enabled.</source>
        <translation>Les designs par pass ne sont pas activés pour votre organisation — demandez à PassEntry de les activer. Le pass est conservé sur cet ordinateur : envoyez-le avec le design du modèle ou gardez-le jusqu&apos;à leur activation.</translation>
    </message>
    <message>
        <source>{list}; {next}</source>
        <comment>problems, one after another: those so far, then one more</comment>
        <translation>{list} ; {next}</translation>
    </message>
    <message>
        <source>unknown pass source {source} (apple or google)</source>
        <translation>source de pass inconnue {source} (apple ou google)</translation>
    </message>
    <message>
        <source>A pass with ext id {ext_id} exists already.</source>
        <translation>Un pass avec l&apos;ID externe {ext_id} existe déjà.</translation>
    </message>
    <message>
        <source>The QR value {value} is already on the pass of {who}.</source>
        <translation>La valeur QR {value} figure déjà sur le pass de {who}.</translation>
    </message>
    <message>
        <source>The QR value {value} is already on another pass.</source>
        <translation>La valeur QR {value} figure déjà sur un autre pass.</translation>
    </message>
    <message>
        <source>The event picked for this pass no longer exists; pick it again.</source>
        <translation>L&apos;événement choisi pour ce pass n&apos;existe plus ; choisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>A notification needs a message.</source>
        <translation>Une notification nécessite un message.</translation>
    </message>
    <message>
        <source>This pass is nullified already.</source>
        <translation>Ce pass est déjà invalidé.</translation>
    </message>
    <message>
        <source>Only a deactivated pass can be reactivated.</source>
        <translation>Seul un pass désactivé peut être réactivé.</translation>
    </message>
    <message>
        <source>No pass {pass_id} in the local store; sync first.</source>
        <translation>Aucun pass {pass_id} dans la base locale ; synchronisez d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>readers</name>
    <message>
        <source>Saving logs PassEntry Reader apps out; they use the new settings at their next login. VTAP readers are updated automatically.</source>
        <translation>L&apos;enregistrement déconnecte les applications PassEntry Reader ; elles utilisent les nouveaux paramètres à leur prochaine connexion. Les lecteurs VTAP sont mis à jour automatiquement.</translation>
    </message>
    <message>
        <source>Set in the PassEntry dashboard: the venue hub&apos;s token (Settings → Venue hub)</source>
        <translation>Défini dans le tableau de bord PassEntry : le jeton du hub du lieu (Paramètres → Hub du lieu)</translation>
    </message>
    <message>
        <source>The API neither shows nor takes the token readers send. Enter the venue hub&apos;s token in the dashboard: readers send it, the hub checks it.</source>
        <translation>L&apos;API n&apos;affiche ni n&apos;accepte le jeton envoyé par les lecteurs. Saisissez le jeton du hub du lieu dans le tableau de bord : les lecteurs l&apos;envoient, le hub le vérifie.</translation>
    </message>
    <message>
        <source>{file} is too large to be a private key file.</source>
        <translation>{file} est trop volumineux pour être un fichier de clé privée.</translation>
    </message>
    <message>
        <source>{file} could not be read as a PEM file ({error}).</source>
        <translation>{file} n&apos;a pas pu être lu comme fichier PEM ({error}).</translation>
    </message>
    <message>
        <source>{file} holds no PEM private key (-----BEGIN … PRIVATE KEY-----).</source>
        <translation>{file} ne contient aucune clé privée PEM (-----BEGIN … PRIVATE KEY-----).</translation>
    </message>
    <message>
        <source>The hub URL is not a valid URL.</source>
        <translation>L&apos;URL du hub n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The hub URL must start with https:// (readers send scans only over HTTPS).</source>
        <translation>L&apos;URL du hub doit commencer par https:// (les lecteurs n&apos;envoient les scans qu&apos;en HTTPS).</translation>
    </message>
    <message>
        <source>Choose the new NFC private key</source>
        <translation>Choisir la nouvelle clé privée NFC</translation>
    </message>
    <message>
        <source>PEM key files (*.pem *.key);;All files (*)</source>
        <translation>Fichiers de clé PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not read from PassEntry yet.</source>
        <translation>Pas encore lu depuis PassEntry.</translation>
    </message>
    <message>
        <source>Apple {apple} · Google {google}, key v{version}</source>
        <translation>Apple {apple} · Google {google}, clé v{version}</translation>
    </message>
    <message>
        <source>Apple {apple} · Google {google}</source>
        <translation>Apple {apple} · Google {google}</translation>
    </message>
    <message>
        <source>Apple pass type ID: {apple}
Google collector ID: {google}
Google key version: {version}</source>
        <translation>ID de type de pass Apple : {apple}
ID d&apos;émetteur Google : {google}
Version de clé Google : {version}</translation>
    </message>
    <message>
        <source>{mask}  (new, not saved yet)</source>
        <translation>{mask}  (nouvelle, pas encore enregistrée)</translation>
    </message>
    <message>
        <source>none set</source>
        <comment>NFC key</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>not known here (read from PassEntry when online)</source>
        <translation>inconnue ici (lue depuis PassEntry en ligne)</translation>
    </message>
    <message>
        <source>Enter the hub URL, or press “Use this desk&apos;s hub”.</source>
        <translation>Saisissez l&apos;URL du hub ou appuyez sur « Utiliser le hub de ce poste ».</translation>
    </message>
    <message>
        <source>Saving needs a connection to PassEntry.</source>
        <translation>L&apos;enregistrement nécessite une connexion à PassEntry.</translation>
    </message>
    <message>
        <source>Saving the reader configuration on PassEntry…</source>
        <translation>Enregistrement de la configuration des lecteurs sur PassEntry…</translation>
    </message>
    <message>
        <source>Saving the reader configuration</source>
        <translation>Enregistrement de la configuration des lecteurs</translation>
    </message>
    <message>
        <source>Readers → Reader Configuration → Validation Settings</source>
        <translation>Readers → Reader Configuration → Validation Settings</translation>
    </message>
    <message>
        <source>Validation type: Third-Party (our venue hub checks the pass)</source>
        <translation>Type de validation : Third-Party (le hub de notre lieu vérifie le pass)</translation>
    </message>
    <message>
        <source>Validation type: PassEntry (PassEntry checks the pass)</source>
        <translation>Type de validation : PassEntry (PassEntry vérifie le pass)</translation>
    </message>
    <message>
        <source>The venue hub&apos;s token (Settings → Venue hub)</source>
        <translation>Le jeton du hub du lieu (Paramètres → Hub du lieu)</translation>
    </message>
    <message>
        <source>First set the hub&apos;s token: Settings → Venue hub</source>
        <translation>Définissez d&apos;abord le jeton du hub : Paramètres → Hub du lieu</translation>
    </message>
    <message>
        <source>Readers send this token with every scan; the venue hub checks it.</source>
        <translation>Les lecteurs envoient ce jeton à chaque scan ; le hub du lieu le vérifie.</translation>
    </message>
    <message>
        <source>5. Save</source>
        <translation>5. Enregistrer</translation>
    </message>
    <message>
        <source>3. Save</source>
        <translation>3. Enregistrer</translation>
    </message>
    <message>
        <source>The hub URL is on the clipboard.</source>
        <translation>L&apos;URL du hub est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The hub token is on the clipboard (it is not shown here).</source>
        <translation>Le jeton du hub est dans le presse-papiers (il n&apos;est pas affiché ici).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reader ID</source>
        <translation>ID du lecteur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>PassEntry app</source>
        <translation>Application PassEntry</translation>
    </message>
    <message>
        <source>PassEntry Reader app</source>
        <translation>Application PassEntry Reader</translation>
    </message>
    <message>
        <source>VTAP reader</source>
        <translation>Lecteur VTAP</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>scan</translation>
    </message>
    <message>
        <source>scans passes</source>
        <translation>scanne des pass</translation>
    </message>
    <message>
        <source>redeem</source>
        <translation>utilisation</translation>
    </message>
    <message>
        <source>redeems loyalty</source>
        <translation>utilise des points de fidélité</translation>
    </message>
    <message>
        <source>add points</source>
        <translation>crédit de points</translation>
    </message>
    <message>
        <source>adds loyalty points</source>
        <translation>crédite des points de fidélité</translation>
    </message>
    <message>
        <source>reads QR codes and barcodes</source>
        <translation>lit les codes QR et les codes-barres</translation>
    </message>
    <message>
        <source>reads MIFARE Classic NFC cards</source>
        <translation>lit les cartes NFC MIFARE Classic</translation>
    </message>
    <message>
        <source>reads NDEF tags</source>
        <translation>lit les tags NDEF</translation>
    </message>
    <message>
        <source>Created by this desk.</source>
        <translation>Créé par ce poste.</translation>
    </message>
    <message>
        <source>Seen in scans only: PassEntry&apos;s API does not show its details.</source>
        <translation>Vu uniquement dans les scans : l&apos;API de PassEntry n&apos;affiche pas ses détails.</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>nothing enabled</comment>
        <translation>rien</translation>
    </message>
    <message>
        <source>never</source>
        <comment>last seen</comment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <comment>last seen</comment>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>last seen</comment>
        <translation>hier</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Last seen {day}, {clock} (your time)</source>
        <translation>Dernière activité : {day} à {clock} (votre heure)</translation>
    </message>
    <message>
        <source>Nothing is enabled.</source>
        <translation>Rien n&apos;est activé.</translation>
    </message>
    <message>
        <source>This reader {abilities}.</source>
        <comment>abilities: a list such as &apos;scans passes, redeems loyalty&apos;</comment>
        <translation>Ce lecteur {abilities}.</translation>
    </message>
    <message>
        <source>Not logged in: the reader app asks for its ID and password at the device.</source>
        <translation>Non connecté : l&apos;application du lecteur demande son ID et son mot de passe sur l&apos;appareil.</translation>
    </message>
    <message>
        <source>&amp;Save to PassEntry</source>
        <translation>&amp;Enregistrer sur PassEntry</translation>
    </message>
    <message>
        <source>&amp;Show dashboard steps</source>
        <translation>&amp;Afficher les étapes du tableau de bord</translation>
    </message>
    <message>
        <source>The readers could not be read from the local store: {error}</source>
        <translation>Impossible de lire les lecteurs depuis la base locale : {error}</translation>
    </message>
    <message>
        <source>No API key: set it in Settings to manage readers.</source>
        <translation>Aucune clé API : définissez-la dans Paramètres pour gérer les lecteurs.</translation>
    </message>
    <message>
        <source>{reason} {hint}</source>
        <translation>{reason} {hint}</translation>
    </message>
    <message>
        <source>PassEntry could not be reached: the list shows the readers as of the last sync. {needs_network}</source>
        <translation>PassEntry est injoignable : la liste affiche les lecteurs tels qu&apos;à la dernière synchronisation. {needs_network}</translation>
    </message>
    <message>
        <source>Reading the readers</source>
        <translation>Lecture des lecteurs</translation>
    </message>
    <message>
        <source>Create a reader on PassEntry (needs the network)</source>
        <translation>Créer un lecteur sur PassEntry (nécessite le réseau)</translation>
    </message>
    <message>
        <source>Change the selected reader (or double-click it)</source>
        <translation>Modifier le lecteur sélectionné (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <source>Creating “{name}”</source>
        <translation>Création de « {name} »</translation>
    </message>
    <message>
        <source>“{name}” was created on PassEntry. Log the reader in with its ID and password.</source>
        <translation>« {name} » a été créé sur PassEntry. Connectez le lecteur avec son ID et son mot de passe.</translation>
    </message>
    <message>
        <source>Nothing changed in “{name}”.</source>
        <translation>Aucune modification dans « {name} ».</translation>
    </message>
    <message>
        <source>Changing “{name}”</source>
        <translation>Modification de « {name} »</translation>
    </message>
    <message>
        <source>The changes to “{name}” were saved on PassEntry.</source>
        <translation>Les modifications de « {name} » ont été enregistrées sur PassEntry.</translation>
    </message>
    <message>
        <source>{doing} on PassEntry…</source>
        <translation>{doing} sur PassEntry…</translation>
    </message>
    <message>
        <source>Edit reader “{name}”</source>
        <translation>Modifier le lecteur « {name} »</translation>
    </message>
    <message>
        <source>New reader</source>
        <translation>Nouveau lecteur</translation>
    </message>
    <message>
        <source>Created on PassEntry at once, under your entity {entity}: this needs the network.</source>
        <translation>Créé immédiatement sur PassEntry, sous votre entité {entity} : nécessite le réseau.</translation>
    </message>
    <message>
        <source>The reader logs in with its ID and this password. PassEntry never shows it again.</source>
        <translation>Le lecteur se connecte avec son ID et ce mot de passe. PassEntry ne l&apos;affiche plus jamais.</translation>
    </message>
    <message>
        <source>The ID of an existing reader cannot be changed.</source>
        <translation>L&apos;ID d&apos;un lecteur existant ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>password</comment>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Leave empty to keep the password; PassEntry never shows one.</source>
        <translation>Laissez vide pour garder le mot de passe ; PassEntry n&apos;en affiche jamais.</translation>
    </message>
    <message>
        <source>Enter the reader&apos;s name.</source>
        <translation>Saisissez le nom du lecteur.</translation>
    </message>
    <message>
        <source>Enter an ID for the reader.</source>
        <translation>Saisissez un ID pour le lecteur.</translation>
    </message>
    <message>
        <source>The ID may hold letters, digits, - _ and . only (up to 64).</source>
        <translation>L&apos;ID ne peut contenir que des lettres, des chiffres, - _ et . (64 au maximum).</translation>
    </message>
    <message>
        <source>A reader with the ID “{id}” exists already.</source>
        <translation>Un lecteur avec l&apos;ID « {id} » existe déjà.</translation>
    </message>
    <message>
        <source>Enter a password for the reader.</source>
        <translation>Saisissez un mot de passe pour le lecteur.</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>last seen, short</comment>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>last seen, short</comment>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>last seen</comment>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The password starts or ends with a space: was that meant?</source>
        <translation>Le mot de passe commence ou finit par une espace : est-ce voulu ?</translation>
    </message>
    <message>
        <source>Changes to readers and to the configuration are made on PassEntry at once, so they need the network.</source>
        <translation>Les modifications des lecteurs et de la configuration sont faites immédiatement sur PassEntry : elles nécessitent donc le réseau.</translation>
    </message>
    <message>
        <source>Changes to readers and to the configuration are made on PassEntry at once, so they need the network. Passwords are never shown or kept; the NFC key shows only its last characters.</source>
        <translation>Les modifications des lecteurs et de la configuration sont faites immédiatement sur PassEntry : elles nécessitent donc le réseau. Les mots de passe ne sont jamais affichés ni conservés ; la clé NFC n&apos;affiche que ses derniers caractères.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not list or edit readers; these are the readers this desk created or has seen scanning. Edit others in the PassEntry dashboard.</source>
        <translation>L&apos;API de PassEntry ne liste ni ne modifie les lecteurs ; voici les lecteurs que ce poste a créés ou vus scanner. Modifiez les autres dans le tableau de bord PassEntry.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not edit readers on this account: change this reader in the PassEntry dashboard (Readers).</source>
        <translation>L&apos;API de PassEntry ne modifie pas les lecteurs de ce compte : modifiez ce lecteur dans le tableau de bord PassEntry (Readers).</translation>
    </message>
    <message>
        <source>Enter your entity ID in Settings → PassEntry account (it is in the PassEntry dashboard, on your entity&apos;s page) to create readers and read the reader configuration.</source>
        <translation>Saisissez votre ID d&apos;entité dans Paramètres → Compte PassEntry (il figure dans le tableau de bord PassEntry, sur la page de votre entité) pour créer des lecteurs et lire la configuration des lecteurs.</translation>
    </message>
    <message>
        <source>Needs your entity ID: Settings → PassEntry account → Entity ID.</source>
        <translation>Nécessite votre ID d&apos;entité : Paramètres → Compte PassEntry → ID d&apos;entité.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not change the reader configuration on this account: set it in the PassEntry dashboard as shown below.</source>
        <translation>L&apos;API de PassEntry ne modifie pas la configuration des lecteurs de ce compte : définissez-la dans le tableau de bord PassEntry comme indiqué ci-dessous.</translation>
    </message>
    <message>
        <source>{what} did not happen: PassEntry could not be reached ({reason}). This needs the network; nothing was kept here. Try again when online.</source>
        <translation>{what} : impossible, PassEntry est injoignable ({reason}). Cela nécessite le réseau ; rien n&apos;a été conservé ici. Réessayez une fois en ligne.</translation>
    </message>
    <message>
        <source>{what} was refused by PassEntry: {reason} {hint}</source>
        <translation>{what} — refus de PassEntry : {reason} {hint}</translation>
    </message>
    <message>
        <source>{what} failed: {error}. This is a bug in passdesk.</source>
        <translation>{what} : échec ({error}). Il s&apos;agit d&apos;un bug de passdesk.</translation>
    </message>
    <message>
        <source>Saved: readers send every scan to {url}. PassEntry Reader apps log in again to use it.</source>
        <translation>Enregistré : les lecteurs envoient chaque scan à {url}. Les applications PassEntry Reader se reconnectent pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Saved: readers send every scan to the hub. PassEntry Reader apps log in again to use it.</source>
        <translation>Enregistré : les lecteurs envoient chaque scan au hub. Les applications PassEntry Reader se reconnectent pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Saved: PassEntry checks every scan itself. PassEntry Reader apps log in again to use it.</source>
        <translation>Enregistré : PassEntry vérifie lui-même chaque scan. Les applications PassEntry Reader se reconnectent pour l&apos;utiliser.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s) created here or seen scanning</source>
        <translation>
            <numerusform>%Ln lecteur créé ici ou vu en train de scanner</numerusform>
            <numerusform>%Ln lecteurs créés ici ou vus en train de scanner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s) · {logged_in} logged in</source>
        <translation>
            <numerusform>%Ln lecteur · {logged_in} connecté(s)</numerusform>
            <numerusform>%Ln lecteurs · {logged_in} connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your entity ID in Settings → PassEntry account (the PassEntry dashboard shows it): readers and the reader configuration belong to an entity, and this account&apos;s API does not list entities.</source>
        <translation>Saisissez votre ID d&apos;entité dans Paramètres → Compte PassEntry (le tableau de bord PassEntry l&apos;affiche) : les lecteurs et leur configuration appartiennent à une entité, et l&apos;API de ce compte ne liste pas les entités.</translation>
    </message>
    <message>
        <source>Set it in the PassEntry dashboard: {path}: external (third-party), URL {url}, and the same token.</source>
        <translation>À définir dans le tableau de bord PassEntry : {path} : externe (third-party), URL {url}, et le même jeton.</translation>
    </message>
    <message>
        <source>Set it in the PassEntry dashboard: {path}: {kind}.</source>
        <translation>À définir dans le tableau de bord PassEntry : {path} : {kind}.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>{title} · generated {when}</source>
        <translation>{title} · généré {when}</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {why}</source>
        <translation>Impossible d&apos;écrire le rapport dans {path} : {why}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
    </message>
    <message>
        <source>{number}%</source>
        <comment>a percentage</comment>
        <translation>{number} %</translation>
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
        <translation>{scope} · chiffres au {when} · généré {generated}</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En bref</translation>
    </message>
    <message>
        <source>Admissions every 5 minutes, per door</source>
        <translation>Entrées toutes les 5 minutes, par porte</translation>
    </message>
    <message>
        <source>No admissions in this period.</source>
        <translation>Aucune entrée sur cette période.</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Offline conflicts ({count})</source>
        <translation>Conflits hors ligne ({count})</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <source>Event {event}</source>
        <translation>Événement {event}</translation>
    </message>
    <message>
        <source>Every event on {day}</source>
        <translation>Tous les événements du {day}</translation>
    </message>
    <message>
        <source>Every event of the day</source>
        <translation>Tous les événements du jour</translation>
    </message>
    <message>
        <source>Inside now, {share} of capacity</source>
        <translation>Présents, {share} de la jauge</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Busiest 5 minutes</source>
        <translation>5 minutes les plus chargées</translation>
    </message>
    <message>
        <source>Busiest 5 minutes, {start}–{end}</source>
        <translation>5 minutes les plus chargées, {start}–{end}</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Re-entries</source>
        <translation>Réentrées</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Holds waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Admissions a minute now</source>
        <translation>Entrées par minute actuellement</translation>
    </message>
    <message>
        <source>Offline conflicts</source>
        <translation>Conflits hors ligne</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Jauge</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Passes admitted</source>
        <translation>Pass acceptés</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>No door has scanned.</source>
        <translation>Aucune porte n&apos;a scanné.</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Peak / 5 min</source>
        <translation>Pic / 5 min</translation>
    </message>
    <message>
        <source>Now / min</source>
        <translation>Actuel / min</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Dernier scan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>never</source>
        <comment>a door&apos;s last scan</comment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>no scans</source>
        <comment>a door&apos;s status</comment>
        <translation>aucun scan</translation>
    </message>
    <message>
        <source>scanning</source>
        <comment>a door&apos;s status</comment>
        <translation>en activité</translation>
    </message>
    <message>
        <source>silent for {minutes} min</source>
        <comment>a door&apos;s status</comment>
        <translation>inactive depuis {minutes} min</translation>
    </message>
    <message>
        <source>silent for {hours} h {minutes} min</source>
        <comment>a door&apos;s status</comment>
        <translation>inactive depuis {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>No one was turned away.</source>
        <translation>Personne n&apos;a été refusé.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>No pass was let in twice while desks could not see each other.</source>
        <translation>Aucun pass n&apos;a été accepté deux fois pendant que les postes ne se voyaient pas.</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <source>{time} in at {door}</source>
        <translation>{time} entrée par {door}</translation>
    </message>
    <message>
        <source>{time} out at {door}</source>
        <translation>{time} sortie par {door}</translation>
    </message>
    <message>
        <source>event {event}</source>
        <translation>événement {event}</translation>
    </message>
    <message>
        <source>Each pass here was let in more often than it left: desks or readers that could not see each other each admitted it.</source>
        <translation>Chaque pass listé ici est entré plus souvent qu&apos;il n&apos;est sorti : des postes ou lecteurs qui ne se voyaient pas l&apos;ont chacun accepté.</translation>
    </message>
    <message>
        <source>{note} The first {listed} of {count} are listed.</source>
        <translation>{note} Les {listed} premiers sur {count} sont listés.</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Scans (in / out, time and door)</source>
        <translation>Scans (entrée / sortie, heure et porte)</translation>
    </message>
    <message>
        <source>night</source>
        <comment>a part of the day</comment>
        <translation>nuit</translation>
    </message>
    <message>
        <source>morning</source>
        <comment>a part of the day</comment>
        <translation>matin</translation>
    </message>
    <message>
        <source>afternoon</source>
        <comment>a part of the day</comment>
        <translation>après-midi</translation>
    </message>
    <message>
        <source>evening</source>
        <comment>a part of the day</comment>
        <translation>soir</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Points crédités</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Points utilisés</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Active cardholders</source>
        <translation>Titulaires de carte actifs</translation>
    </message>
    <message>
        <source>Rewards reached</source>
        <translation>Récompenses atteintes</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>No loyalty operation in this period.</source>
        <translation>Aucune opération de fidélité sur cette période.</translation>
    </message>
    <message>
        <source>whole day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(aucun poste)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>Moment de la journée</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Crédités</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Utilisés</translation>
    </message>
    <message>
        <source>No scans in this period.</source>
        <translation>Aucun scan sur cette période.</translation>
    </message>
    <message>
        <source>5-minute steps ({zone}); admissions per step</source>
        <translation>Tranches de 5 minutes ({zone}) ; entrées par tranche</translation>
    </message>
    <message>
        <source>5-minute steps; admissions per step</source>
        <translation>Tranches de 5 minutes ; entrées par tranche</translation>
    </message>
    <message>
        <source>There is no event {event} in the local database. Its id is in the Events pane; a sync brings new events.</source>
        <translation>Il n&apos;y a pas d&apos;événement {event} dans la base de données locale. Son ID figure dans le volet Événements ; une synchronisation apporte les nouveaux événements.</translation>
    </message>
    <message>
        <source>Cannot read the scans: {why}</source>
        <translation>Impossible de lire les scans : {why}</translation>
    </message>
    <message>
        <source>The report of {title} is written to {path}</source>
        <translation>Le rapport de {title} est écrit dans {path}</translation>
    </message>
    <message numerus="yes">
        <source>Its figures are in %n CSV file(s) in {path}</source>
        <translation>
            <numerusform>Ses chiffres sont dans %n fichier CSV dans {path}</numerusform>
            <numerusform>Ses chiffres sont dans %n fichiers CSV dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the CSV files to {path}: {why}</source>
        <translation>Impossible d&apos;écrire les fichiers CSV dans {path} : {why}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <comment>a long date</comment>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>--tz {zone}: not a time zone; give one such as Europe/London.</source>
        <translation>--tz {zone} : pas un fuseau horaire ; indiquez-en un comme Europe/Paris.</translation>
    </message>
    <message>
        <source>--day {day}: give the day as YYYY-MM-DD, e.g. 2026-12-07.</source>
        <translation>--day {day} : indiquez le jour au format AAAA-MM-JJ, ex. 2026-12-07.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>A PIN is {shortest} to {longest} digits.</source>
        <translation>Un PIN compte de {shortest} à {longest} chiffres.</translation>
    </message>
    <message>
        <source>Type a PIN: {shortest} to {longest} digits.</source>
        <translation>Saisissez un PIN : {shortest} à {longest} chiffres.</translation>
    </message>
    <message>
        <source>{rule} Use only the digits 0 to 9, no spaces or signs.</source>
        <translation>{rule} Utilisez uniquement les chiffres 0 à 9, sans espace ni signe.</translation>
    </message>
    <message>
        <source>{rule} This one has {count}.</source>
        <translation>{rule} Celui-ci en compte {count}.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de PIN erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de PIN erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de PIN erronés. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de PIN erronés. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Door staff</source>
        <translation>Agent d&apos;accueil</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Scan passes at the Door and see the verdict</source>
        <translation>Scanner les pass à l&apos;Entrée et voir le verdict</translation>
    </message>
    <message>
        <source>Search guests at the Door</source>
        <translation>Rechercher des invités à l&apos;Entrée</translation>
    </message>
    <message>
        <source>See guests&apos; names at the Door</source>
        <translation>Voir le nom des invités à l&apos;Entrée</translation>
    </message>
    <message>
        <source>Admit a guest by hand</source>
        <translation>Accepter un invité à la main</translation>
    </message>
    <message>
        <source>Undo an admission</source>
        <translation>Annuler une entrée</translation>
    </message>
    <message>
        <source>Let in or turn away a held guest</source>
        <translation>Faire entrer ou refuser un invité en attente</translation>
    </message>
    <message>
        <source>Add or redeem points at the Till, within the limits</source>
        <translation>Créditer ou utiliser des points à la Caisse, dans les limites</translation>
    </message>
    <message>
        <source>Redeem more than the largest redemption</source>
        <translation>Utiliser plus que la plus grosse utilisation autorisée</translation>
    </message>
    <message>
        <source>Change a card by more than the hourly limit</source>
        <translation>Modifier une carte au-delà de la limite horaire</translation>
    </message>
    <message>
        <source>Set a card&apos;s balance</source>
        <translation>Fixer le solde d&apos;une carte</translation>
    </message>
    <message>
        <source>Change this desk&apos;s settings</source>
        <translation>Modifier les paramètres de ce poste</translation>
    </message>
    <message>
        <source>Discard a change under review</source>
        <translation>Ignorer une modification à vérifier</translation>
    </message>
    <message>
        <source>See the audit trail</source>
        <translation>Voir le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Unlock a kiosk desk</source>
        <translation>Déverrouiller un poste en mode kiosque</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <source>Change the API key</source>
        <translation>Modifier la clé API</translation>
    </message>
    <message>
        <source>Manage Readers</source>
        <translation>Gérer les lecteurs</translation>
    </message>
    <message>
        <source>Manage the venue hub</source>
        <translation>Gérer le hub du lieu</translation>
    </message>
    <message>
        <source>Publish from the Designer</source>
        <translation>Publier depuis le Designer</translation>
    </message>
    <message>
        <source>Manage roles and PINs</source>
        <translation>Gérer les rôles et les PIN</translation>
    </message>
    <message>
        <source>This desk&apos;s role, kiosk lock or PIN window</source>
        <translation>Rôle de ce poste, verrouillage kiosque ou délai du PIN</translation>
    </message>
    <message>
        <source>First manager PIN set: roles on</source>
        <translation>Premier PIN de responsable défini : rôles activés</translation>
    </message>
    <message>
        <source>A person given a PIN</source>
        <translation>PIN attribué à une personne</translation>
    </message>
    <message>
        <source>A PIN reset</source>
        <translation>PIN réinitialisé</translation>
    </message>
    <message>
        <source>A person&apos;s role changed</source>
        <translation>Rôle d&apos;une personne modifié</translation>
    </message>
    <message>
        <source>A person removed</source>
        <translation>Personne supprimée</translation>
    </message>
    <message>
        <source>A person changed their own PIN</source>
        <translation>Une personne a modifié son propre PIN</translation>
    </message>
    <message>
        <source>The venue&apos;s rules for roles</source>
        <translation>Règles du lieu pour les rôles</translation>
    </message>
    <message>
        <source>Manager PIN recovered with the keychain&apos;s code</source>
        <translation>PIN de responsable récupéré avec le code du trousseau</translation>
    </message>
    <message>
        <source>The PIN could not be checked: the database did not answer. Try again.</source>
        <translation>Le PIN n&apos;a pas pu être vérifié : la base de données n&apos;a pas répondu. Réessayez.</translation>
    </message>
    <message>
        <source>This desk may not do this on its own. It needs a manager&apos;s PIN, for this action only.</source>
        <translation>Ce poste ne peut pas faire cela seul. Il faut le PIN d&apos;un responsable, pour cette action uniquement.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tr(y|ies) left before a lockout.</source>
        <translation>
            <numerusform>PIN erroné. Encore %n essai avant le blocage.</numerusform>
            <numerusform>PIN erroné. Encore %n essais avant le blocage.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one called {name} has a PIN here.</source>
        <translation>Personne du nom de {name} n&apos;a de PIN ici.</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>This desk may not do this on its own. It needs a supervisor&apos;s or a manager&apos;s PIN, for this action only.</source>
        <translation>Ce poste ne peut pas faire cela seul. Il faut le PIN d&apos;un superviseur ou d&apos;un responsable, pour cette action uniquement.</translation>
    </message>
    <message>
        <source>No one here has a manager&apos;s PIN yet. A manager adds people under Staff, People and PINs.</source>
        <translation>Personne ici n&apos;a encore de PIN de responsable. Un responsable ajoute des personnes sous Personnel, Personnes et PIN.</translation>
    </message>
    <message>
        <source>No one here has a supervisor&apos;s or a manager&apos;s PIN yet. A manager adds people under Staff, People and PINs.</source>
        <translation>Personne ici n&apos;a encore de PIN de superviseur ou de responsable. Un responsable ajoute des personnes sous Personnel, Personnes et PIN.</translation>
    </message>
    <message>
        <source>{role}&apos;s PIN</source>
        <comment>the step-up dialog&apos;s title</comment>
        <translation>PIN : {role}</translation>
    </message>
    <message>
        <source>{action}: {detail}</source>
        <translation>{action} : {detail}</translation>
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
        <translation>Qui</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>Saisissez le PIN.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Port {port} is in use by another program. Choose another port, or stop that program (another passdesk, or “passdesk hub”).</source>
        <translation>Le port {port} est utilisé par un autre programme. Choisissez un autre port, ou arrêtez ce programme (un autre passdesk, ou « passdesk hub »).</translation>
    </message>
    <message>
        <source>Port {port} may only be used by an administrator on this computer. Choose a port from 1024 up.</source>
        <translation>Le port {port} ne peut être utilisé que par un administrateur sur cet ordinateur. Choisissez un port à partir de 1024.</translation>
    </message>
    <message>
        <source>This computer has no network address {host}. Choose another “Listen on”.</source>
        <translation>Cet ordinateur n&apos;a pas d&apos;adresse réseau {host}. Choisissez une autre valeur pour « Écouter sur ».</translation>
    </message>
    <message>
        <source>The venue hub could not listen on {host}:{port}: {problem}.</source>
        <translation>Le hub du lieu n&apos;a pas pu écouter sur {host}:{port} : {problem}.</translation>
    </message>
    <message>
        <source>The venue hub did not start: {kind}: {problem}. This is a bug in passdesk; please report it.</source>
        <translation>Le hub du lieu n&apos;a pas démarré : {kind} : {problem}. C&apos;est un bug de passdesk ; merci de le signaler.</translation>
    </message>
    <message>
        <source>The venue hub cannot start: {problem}</source>
        <translation>Le hub du lieu ne peut pas démarrer : {problem}</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Cet ordinateur uniquement (127.0.0.1)</translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation>Toutes les interfaces réseau (0.0.0.0)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>{problem}. The venue hub was left as it was.</source>
        <translation>{problem}. Le hub du lieu est resté inchangé.</translation>
    </message>
    <message>
        <source>Set the hub token</source>
        <translation>Définir le jeton du hub</translation>
    </message>
    <message>
        <source>Only {address}</source>
        <translation>Uniquement {address}</translation>
    </message>
    <message>
        <source>Running at {url} (all network interfaces)
Readers: point them at {readers}</source>
        <translation>Actif sur {url} (toutes les interfaces réseau)
Lecteurs : dirigez-les vers {readers}</translation>
    </message>
    <message>
        <source>Running at {url}
Readers: point them at {readers}</source>
        <translation>Actif sur {url}
Lecteurs : dirigez-les vers {readers}</translation>
    </message>
    <message>
        <source>{status}
No token is set, so every reader is refused: set one with “{button}”.</source>
        <translation>{status}
Aucun jeton défini : tous les lecteurs sont refusés. Définissez-en un avec « {button} ».</translation>
    </message>
    <message>
        <source>Starting the venue hub…</source>
        <translation>Démarrage du hub du lieu…</translation>
    </message>
    <message>
        <source>Stopping the venue hub…</source>
        <translation>Arrêt du hub du lieu…</translation>
    </message>
    <message>
        <source>{token}, from the environment variable {variable}</source>
        <translation>{token}, depuis la variable d&apos;environnement {variable}</translation>
    </message>
    <message>
        <source>{token}, in the keychain</source>
        <translation>{token}, dans le trousseau</translation>
    </message>
    <message>
        <source>Not set: the hub refuses every reader until a token is set.</source>
        <translation>Non défini : le hub refuse tous les lecteurs tant qu&apos;aucun jeton n&apos;est défini.</translation>
    </message>
    <message>
        <source>Not set. No keychain on this system: set {variable} before starting.</source>
        <translation>Non défini. Pas de trousseau sur ce système : définissez {variable} avant le démarrage.</translation>
    </message>
    <message>
        <source>Not registered: PassEntry sends this hub nothing. Type the hub&apos;s public address and click “Register with PassEntry”.</source>
        <translation>Non inscrit : PassEntry n&apos;envoie rien à ce hub. Saisissez l&apos;adresse publique du hub et cliquez sur « Inscrire auprès de PassEntry ».</translation>
    </message>
    <message>
        <source>Set the PassEntry API key above first: registering the hub needs it.</source>
        <translation>Définissez d&apos;abord la clé API PassEntry ci-dessus : l&apos;inscription du hub en a besoin.</translation>
    </message>
    <message>
        <source>Give PassEntry&apos;s events a new secret?</source>
        <translation>Donner un nouveau secret aux événements PassEntry ?</translation>
    </message>
    <message>
        <source>PassEntry signs every event it sends this hub with a secret, so the hub can tell them from forgeries. Rotating replaces it at once: PassEntry stops using the old secret, this hub takes the new one straight away and keeps it in the keychain, and events already on their way are still accepted.

Do this if the secret may have been seen by someone else. A hub started with “passdesk hub” on this computer picks the new secret up from the keychain; a hub on another computer cannot, so rotate on that computer instead.</source>
        <translation>PassEntry signe chaque événement envoyé à ce hub avec un secret, pour que le hub puisse les distinguer de faux. Le changer le remplace aussitôt : PassEntry cesse d&apos;utiliser l&apos;ancien secret, ce hub adopte immédiatement le nouveau et le garde dans le trousseau, et les événements déjà en route sont toujours acceptés.

Faites-le si le secret a pu être vu par quelqu&apos;un d&apos;autre. Un hub lancé avec « passdesk hub » sur cet ordinateur récupère le nouveau secret dans le trousseau ; un hub sur un autre ordinateur ne le peut pas : changez alors le secret sur cet ordinateur-là.</translation>
    </message>
    <message>
        <source>PassEntry events: delivered to {host}</source>
        <translation>Événements PassEntry : livrés à {host}</translation>
    </message>
    <message>
        <source>PassEntry events: paused ({host})</source>
        <translation>Événements PassEntry : en pause ({host})</translation>
    </message>
    <message>
        <source>PassEntry events: registered for {host}</source>
        <translation>Événements PassEntry : inscrit pour {host}</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}: {error}
This is a bug in passdesk; please report it.</source>
        <translation>Erreur inattendue : {kind} : {error}
C&apos;est un bug de passdesk ; merci de le signaler.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Changer le secret</translation>
    </message>
    <message>
        <source>Asking PassEntry about this hub&apos;s subscription…</source>
        <translation>Interrogation de PassEntry sur l&apos;abonnement de ce hub…</translation>
    </message>
    <message>
        <source>Registering this hub with PassEntry…</source>
        <translation>Inscription de ce hub auprès de PassEntry…</translation>
    </message>
    <message>
        <source>Asking PassEntry to send events again…</source>
        <translation>Demande à PassEntry de reprendre l&apos;envoi des événements…</translation>
    </message>
    <message>
        <source>Asking PassEntry to pause its events…</source>
        <translation>Demande à PassEntry de suspendre ses événements…</translation>
    </message>
    <message>
        <source>Rotating the secret: PassEntry, then the keychain and the hub…</source>
        <translation>Changement du secret : PassEntry, puis le trousseau et le hub…</translation>
    </message>
    <message>
        <source>The PassEntry address in Settings cannot be used: {problem}</source>
        <translation>L&apos;adresse PassEntry des Paramètres est inutilisable : {problem}</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>PassEntry events for the venue hub</source>
        <translation>Événements PassEntry pour le hub du lieu</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n character(s).</source>
        <translation>
            <numerusform>Trop court : au moins %n caractère.</numerusform>
            <numerusform>Trop court : au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>New token: {token}</source>
        <translation>Nouveau jeton : {token}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Readers and their configuration belong to an entity. Its ID is in the PassEntry dashboard, on your entity&apos;s page. Optional when this server lists your entities.</source>
        <translation>Les lecteurs et leur configuration appartiennent à une entité. Son ID figure dans le tableau de bord PassEntry, sur la page de votre entité. Facultatif si ce serveur liste vos entités.</translation>
    </message>
    <message>
        <source>Check the API key above (PassEntry Dashboard → Developer tools).</source>
        <translation>Vérifiez la clé API ci-dessus (tableau de bord PassEntry → Developer tools).</translation>
    </message>
    <message>
        <source>The URL and the entity ID are saved in {path}. The key is kept in the system keychain, one per server URL, never in a file.</source>
        <translation>L&apos;URL et l&apos;ID d&apos;entité sont enregistrés dans {path}. La clé est conservée dans le trousseau du système, une par URL de serveur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Staff roles and PINs</source>
        <translation>Rôles et PIN du personnel</translation>
    </message>
    <message>
        <source>Every desk may do everything until the first manager PIN is set.</source>
        <translation>Chaque poste peut tout faire tant que le premier PIN de responsable n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>Staff and PINs…</source>
        <translation>Personnel et PIN…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>passdesk speaks the chosen language from its next start.</source>
        <translation>passdesk utilisera la langue choisie dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>The language was not saved: {problem}</source>
        <translation>La langue n&apos;a pas été enregistrée : {problem}</translation>
    </message>
    <message>
        <source>passdesk speaks the system&apos;s language from its next start.</source>
        <translation>passdesk utilisera la langue du système dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>passdesk speaks {language} from its next start.</source>
        <translation>passdesk utilisera la langue {language} dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>No API key to test with for {server}.
Type the key above.</source>
        <translation>Aucune clé API pour tester {server}.
Saisissez la clé ci-dessus.</translation>
    </message>
    <message>
        <source>Nothing was saved.
{problem}</source>
        <translation>Rien n&apos;a été enregistré.
{problem}</translation>
    </message>
    <message>
        <source>{problem}. The key was stored in the keychain.</source>
        <translation>{problem}. La clé a été stockée dans le trousseau.</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>Removed the stored key for {server}.</source>
        <translation>Clé stockée pour {server} supprimée.</translation>
    </message>
    <message>
        <source>Copied: paste it into your bug report.</source>
        <translation>Copié : collez-le dans votre rapport de bug.</translation>
    </message>
    <message>
        <source>“Copy report” copies this table as text, without the key, for a bug report.</source>
        <translation>« Copier le rapport » copie ce tableau en texte, sans la clé, pour un rapport de bug.</translation>
    </message>
    <message>
        <source>Saved. passdesk stays on the demo sandbox until a key for {server} is stored.</source>
        <translation>Enregistré. passdesk reste sur le bac à sable de démo tant qu&apos;aucune clé pour {server} n&apos;est stockée.</translation>
    </message>
    <message>
        <source>Saved. passdesk now talks to {server}.</source>
        <translation>Enregistré. passdesk communique désormais avec {server}.</translation>
    </message>
    <message>
        <source>Saved. Restart passdesk to work with {server}: this window keeps the demo&apos;s data, and none of it is sent there.</source>
        <translation>Enregistré. Redémarrez passdesk pour travailler avec {server} : cette fenêtre garde les données de démo, et rien n&apos;y est envoyé.</translation>
    </message>
    <message>
        <source>{variable} is set, so its key is used instead of the stored one.</source>
        <translation>{variable} est définie : sa clé est utilisée à la place de la clé stockée.</translation>
    </message>
    <message>
        <source>No API key is stored for it yet.</source>
        <translation>Aucune clé API n&apos;est encore stockée pour ce serveur.</translation>
    </message>
    <message>
        <source>Using the key from the environment variable {variable} (for every server).</source>
        <translation>Utilisation de la clé de la variable d&apos;environnement {variable} (pour tous les serveurs).</translation>
    </message>
    <message>
        <source>A key for this server is stored in the keychain.</source>
        <translation>Une clé pour ce serveur est stockée dans le trousseau.</translation>
    </message>
    <message>
        <source>No key is stored for this server yet.</source>
        <translation>Aucune clé n&apos;est encore stockée pour ce serveur.</translation>
    </message>
    <message>
        <source>No keychain on this system: set {variable} before starting passdesk.</source>
        <translation>Pas de trousseau sur ce système : définissez {variable} avant de lancer passdesk.</translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one</source>
        <translation>Saisissez une nouvelle clé pour remplacer la clé stockée</translation>
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
            <numerusform>%Ln entité</numerusform>
            <numerusform>%Ln entités</numerusform>
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
            <numerusform>%Ln abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lot</numerusform>
            <numerusform>%Ln lots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln modèle</numerusform>
            <numerusform>%Ln modèles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s)</source>
        <translation>
            <numerusform>%Ln lecteur</numerusform>
            <numerusform>%Ln lecteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Collez votre clé API</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; passdesk is talking to the embedded demo sandbox at {server}, with made-up data. Saving a real API key below stores it in the system keychain and switches passdesk to that server; the next start without &lt;code&gt;--demo&lt;/code&gt; uses it too.</source>
        <translation>&lt;b&gt;Mode démo.&lt;/b&gt; passdesk communique avec le bac à sable de démo intégré sur {server}, avec des données fictives. Enregistrer ci-dessous une vraie clé API la stocke dans le trousseau du système et bascule passdesk sur ce serveur ; le prochain démarrage sans &lt;code&gt;--demo&lt;/code&gt; l&apos;utilise aussi.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>{connected}.
{routes}.</source>
        <translation>{connected}.
{routes}.</translation>
    </message>
    <message>
        <source>{route} (older API)</source>
        <translation>{route} (ancienne API)</translation>
    </message>
    <message>
        <source>{route} (sandbox only)</source>
        <translation>{route} (bac à sable uniquement)</translation>
    </message>
    <message>
        <source>OK · {detail}</source>
        <translation>OK · {detail}</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}. Using defaults.</source>
        <translation>Impossible de lire {path} : {reason}. Les paramètres par défaut sont utilisés.</translation>
    </message>
    <message>
        <source>The settings file was damaged ({reason}); using defaults. It was kept as {name}.</source>
        <translation>Le fichier des paramètres était endommagé ({reason}) ; les paramètres par défaut sont utilisés. Il a été conservé sous le nom {name}.</translation>
    </message>
    <message>
        <source>Could not save settings to {path}: {reason}</source>
        <translation>Impossible d&apos;enregistrer les paramètres dans {path} : {reason}</translation>
    </message>
    <message>
        <source>The settings file was damaged ({reason}); using defaults.</source>
        <translation>Le fichier des paramètres était endommagé ({reason}) ; les paramètres par défaut sont utilisés.</translation>
    </message>
    <message>
        <source>installed</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>installés</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>retirés</translation>
    </message>
    <message>
        <source>scanned</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>scannés</translation>
    </message>
    <message>
        <source>created</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>créés</translation>
    </message>
    <message>
        <source>PassEntry sent no secret; deliveries will be refused until a rotation.</source>
        <translation>PassEntry n&apos;a envoyé aucun secret ; les envois seront refusés jusqu&apos;à un changement de secret.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s answer was lost on the way and it still signs with the same secret: nothing changed. Rotate again to get a new one.</source>
        <translation>La réponse de PassEntry s&apos;est perdue en route et il signe toujours avec le même secret : rien n&apos;a changé. Changez de nouveau le secret pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <source>This hub has no secret for it: use “Rotate secret…”</source>
        <translation>Ce hub n&apos;a pas de secret pour cet abonnement : utilisez « Changer le secret… »</translation>
    </message>
    <message>
        <source>Type the hub&apos;s public address first, e.g. https://hub.your-venue.example</source>
        <translation>Saisissez d&apos;abord l&apos;adresse publique du hub, p. ex. https://hub.votre-lieu.example</translation>
    </message>
    <message>
        <source>PassEntry signs with a secret this hub did not have (rotated elsewhere?); the hub uses it now.</source>
        <translation>PassEntry signe avec un secret que ce hub n&apos;avait pas (changé ailleurs ?) ; le hub l&apos;utilise désormais.</translation>
    </message>
    <message>
        <source>PassEntry allows 10 webhook subscriptions for the organisation, and all 10 are in use. Delete one in the PassEntry dashboard, then register again.</source>
        <translation>PassEntry autorise 10 abonnements webhook par organisation, et les 10 sont utilisés. Supprimez-en un dans le tableau de bord PassEntry, puis inscrivez-vous de nouveau.</translation>
    </message>
    <message>
        <source>PassEntry accepts HTTPS addresses only. Use the https:// address of the tunnel or proxy in front of this hub.</source>
        <translation>PassEntry n&apos;accepte que les adresses HTTPS. Utilisez l&apos;adresse https:// du tunnel ou du proxy placé devant ce hub.</translation>
    </message>
    <message>
        <source>This hub is not registered with PassEntry yet: type its public address and click “Register with PassEntry”.</source>
        <translation>Ce hub n&apos;est pas encore inscrit auprès de PassEntry : saisissez son adresse publique et cliquez sur « Inscrire auprès de PassEntry ».</translation>
    </message>
    <message>
        <source>No keychain is available on this system to keep the webhook secret, so nothing was changed.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système pour conserver le secret du webhook : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The keychain refused to keep the new secret: the hub uses it until it stops. Rotate the secret again once the keychain works.</source>
        <translation>Le trousseau a refusé de conserver le nouveau secret : le hub l&apos;utilise jusqu&apos;à son arrêt. Changez de nouveau le secret une fois le trousseau opérationnel.</translation>
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
        <translation>Ce compte PassEntry ne propose pas les abonnements webhook (PassEntry a répondu « introuvable »). Le hub répond toujours aux lecteurs ; demandez à PassEntry d&apos;activer les webhooks.</translation>
    </message>
    <message>
        <source>PassEntry did not accept the API key. Check it at the top of Settings.</source>
        <translation>PassEntry n&apos;a pas accepté la clé API. Vérifiez-la en haut des Paramètres.</translation>
    </message>
    <message>
        <source>PassEntry refused the subscription: {reason}.</source>
        <translation>PassEntry a refusé l&apos;abonnement : {reason}.</translation>
    </message>
    <message>
        <source>Delivering to {url}</source>
        <translation>Envoi vers {url}</translation>
    </message>
    <message>
        <source>Paused: PassEntry sends nothing to {url} until you enable it</source>
        <translation>En pause : PassEntry n&apos;envoie rien à {url} tant que vous ne l&apos;activez pas</translation>
    </message>
    <message>
        <source>Passes {events}, for the entity “{name}”</source>
        <translation>Pass {events}, pour l&apos;entité « {name} »</translation>
    </message>
    <message>
        <source>Secret {mask}, in the keychain</source>
        <translation>Secret {mask}, dans le trousseau</translation>
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
        <translation>{list} et {last}</translation>
    </message>
    <message>
        <source>{list}, {next}</source>
        <comment>a list: the items so far, then one more (not the last)</comment>
        <translation>{list}, {next}</translation>
    </message>
    <message>
        <source>PassEntry sends events to HTTPS addresses only; “{address}” is not one. Use the https:// address of the tunnel or proxy in front of this hub.</source>
        <translation>PassEntry n&apos;envoie des événements qu&apos;à des adresses HTTPS ; « {address} » n&apos;en est pas une. Utilisez l&apos;adresse https:// du tunnel ou du proxy placé devant ce hub.</translation>
    </message>
    <message>
        <source>PassEntry already sent events to this address; this desk now shows that subscription.</source>
        <translation>PassEntry envoyait déjà des événements à cette adresse ; ce poste affiche maintenant cet abonnement.</translation>
    </message>
    <message>
        <source>PassEntry already sent events to this address; this desk now shows that subscription. Use “Rotate secret…” to give this hub its secret.</source>
        <translation>PassEntry envoyait déjà des événements à cette adresse ; ce poste affiche maintenant cet abonnement. Utilisez « Changer le secret… » pour donner son secret à ce hub.</translation>
    </message>
    <message>
        <source>PassEntry no longer has this subscription (it was deleted, perhaps in the dashboard). Register the hub again.</source>
        <translation>PassEntry n&apos;a plus cet abonnement (il a été supprimé, peut-être dans le tableau de bord). Inscrivez de nouveau le hub.</translation>
    </message>
    <message>
        <source>The hub&apos;s webhook secret comes from the environment variable {variable}, so a new one could not take its place. Change it where that variable is set.</source>
        <translation>Le secret webhook du hub vient de la variable d&apos;environnement {variable} : un nouveau secret ne pouvait pas le remplacer. Modifiez-le là où cette variable est définie.</translation>
    </message>
    <message>
        <source>Passes {events}, for one entity</source>
        <translation>Pass {events}, pour une entité</translation>
    </message>
    <message>
        <source>PassEntry could not be reached ({problem}). Nothing was changed here; try again when online.</source>
        <translation>PassEntry est injoignable ({problem}). Rien n&apos;a été modifié ici ; réessayez une fois en ligne.</translation>
    </message>
    <message>
        <source>Passes {events}, for the whole organisation “{name}”</source>
        <translation>Pass {events}, pour toute l&apos;organisation « {name} »</translation>
    </message>
    <message>
        <source>Passes {events}, for the whole organisation</source>
        <translation>Pass {events}, pour toute l&apos;organisation</translation>
    </message>
    <message>
        <source>PassEntry already has a subscription for {url}, but this API key cannot see it. Choose another address.</source>
        <translation>PassEntry a déjà un abonnement pour {url}, mais cette clé API ne peut pas le voir. Choisissez une autre adresse.</translation>
    </message>
    <message>
        <source>PassEntry did not do it: {problem}. {hint}</source>
        <translation>PassEntry ne l&apos;a pas fait : {problem}. {hint}</translation>
    </message>
    <message>
        <source>PassEntry did not do it: {problem}.</source>
        <translation>PassEntry ne l&apos;a pas fait : {problem}.</translation>
    </message>
    <message>
        <source>not offered on this account</source>
        <translation>non proposé sur ce compte</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>failed with {status}: {detail}</source>
        <translation>échec, statut {status} : {detail}</translation>
    </message>
    <message>
        <source>failed with {status}</source>
        <translation>échec, statut {status}</translation>
    </message>
    <message>
        <source>failed: {detail}</source>
        <translation>échec : {detail}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>PIN step-up: {allowed}</source>
        <translation>PIN du superviseur : {allowed}</translation>
    </message>
    <message>
        <source>PIN step-up</source>
        <translation>PIN du superviseur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Autorisé par</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>The audit trail was tampered with:</source>
        <translation>Le journal d&apos;audit a été falsifié :</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Desk, person, subject or value</source>
        <translation>Poste, personne, objet ou valeur</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>From</source>
        <comment>from a day</comment>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <comment>up to a day</comment>
        <translation>Au</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Audit trail check</source>
        <translation>Vérification du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Vérification du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no first or last day</comment>
        <translation>Tous</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries shown, newest first (the newest {shown}; the export has them all)</source>
        <translation>
            <numerusform>%Ln entrée affichée, la plus récente en premier (les {shown} plus récentes ; l&apos;export les contient toutes)</numerusform>
            <numerusform>%Ln entrées affichées, les plus récentes en premier (les {shown} plus récentes ; l&apos;export les contient toutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the audit trail: {reason}. Nothing is known about it until it can be read: try Refresh.</source>
        <translation>Impossible de lire le journal d&apos;audit : {reason}. Rien n&apos;en est connu tant qu&apos;il ne peut pas être lu : essayez Actualiser.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Could not read the audit trail: {reason}</source>
        <translation>Impossible de lire le journal d&apos;audit : {reason}</translation>
    </message>
    <message>
        <source>PIN step-ups</source>
        <translation>PIN du superviseur</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>What can I do?</source>
        <translation>Que puis-je faire ?</translation>
    </message>
    <message>
        <source>People and PINs</source>
        <translation>Personnes et PIN</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Turn roles on</source>
        <translation>Activer les rôles</translation>
    </message>
    <message>
        <source>Roles are off: every desk may do everything, as a shop run by one person wants. To give door and counter staff only their part, set the first manager PIN. You become the first manager; then add supervisors and managers here.</source>
        <translation>Les rôles sont désactivés : chaque poste peut tout faire, comme il convient à une boutique tenue par une seule personne. Pour ne donner aux agents d&apos;accueil et aux caissiers que leur part, définissez le premier PIN de responsable. Vous devenez le premier responsable ; ajoutez ensuite ici superviseurs et responsables.</translation>
    </message>
    <message>
        <source>Set the first manager PIN…</source>
        <translation>Définir le premier PIN de responsable…</translation>
    </message>
    <message>
        <source>People with a PIN</source>
        <translation>Personnes avec un PIN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entr(y|ies)</source>
        <translation>
            <numerusform>%Ln entrée du journal d&apos;audit</numerusform>
            <numerusform>%Ln entrées du journal d&apos;audit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is whole: %Ln entr(y|ies), each checked.</source>
        <translation>
            <numerusform>Le journal d&apos;audit est intact : %Ln entrée, vérifiée.</numerusform>
            <numerusform>Le journal d&apos;audit est intact : %Ln entrées, toutes vérifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>more breaks of the audit trail</comment>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y|ies) shown, newest first</source>
        <translation>
            <numerusform>%Ln entrée affichée, la plus récente en premier</numerusform>
            <numerusform>%Ln entrées affichées, les plus récentes en premier</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing audit entries…</source>
        <translation>Écriture des entrées du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Réinitialiser le PIN…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Changer le rôle…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation>Changer mon PIN…</translation>
    </message>
    <message>
        <source>The venue&apos;s rules</source>
        <translation>Règles du lieu</translation>
    </message>
    <message>
        <source>Door staff may search guests and admit them by name (the admission itself still needs a supervisor&apos;s PIN)</source>
        <translation>Les agents d&apos;accueil peuvent rechercher des invités et les accepter par leur nom (l&apos;entrée elle-même exige toujours le PIN d&apos;un superviseur)</translation>
    </message>
    <message>
        <source>Door staff see guests&apos; names</source>
        <translation>Les agents d&apos;accueil voient le nom des invités</translation>
    </message>
    <message>
        <source>Largest redemption by counter staff</source>
        <translation>Utilisation maximale par un caissier</translation>
    </message>
    <message>
        <source>Most points changed on one card per hour</source>
        <translation>Maximum de points modifiés sur une carte par heure</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>Enregistrer les règles</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> points</source>
        <comment>after a number in a spin box; keep the leading space</comment>
        <translation> points</translation>
    </message>
    <message>
        <source>The staff list could not be read: {error}</source>
        <translation>La liste du personnel n&apos;a pas pu être lue : {error}</translation>
    </message>
    <message>
        <source>Locked out until {when}</source>
        <translation>Bloqué jusqu&apos;à {when}</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a PIN is set</comment>
        <translation>Défini</translation>
    </message>
    <message>
        <source>Not changed: that needs a manager&apos;s PIN.</source>
        <translation>Non modifié : cela exige le PIN d&apos;un responsable.</translation>
    </message>
    <message>
        <source>This computer has no keychain, where passdesk keeps the code that recovers a forgotten manager PIN. Set the first manager PIN on a desk with a keychain.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau, où passdesk conserve le code qui récupère un PIN de responsable oublié. Définissez le premier PIN de responsable sur un poste doté d&apos;un trousseau.</translation>
    </message>
    <message>
        <source>Roles are on. {name} is the first manager.</source>
        <translation>Les rôles sont activés. {name} est le premier responsable.</translation>
    </message>
    <message>
        <source>The first manager PIN</source>
        <translation>Le premier PIN de responsable</translation>
    </message>
    <message>
        <source>You become the venue&apos;s first manager. Your PIN allows everything a role may not do. If it is ever forgotten, `passdesk roles recover` on this computer sets a new one (it needs this computer&apos;s keychain). Choose what this desk does once roles are on: a shop&apos;s counter runs as Counter staff.</source>
        <translation>Vous devenez le premier responsable du lieu. Votre PIN autorise tout ce qu&apos;un rôle ne peut pas faire. S&apos;il est un jour oublié, `passdesk roles recover` sur cet ordinateur en définit un nouveau (cela exige le trousseau de cet ordinateur). Choisissez ce que fait ce poste une fois les rôles activés : le comptoir d&apos;une boutique fonctionne en Caissier.</translation>
    </message>
    <message>
        <source>This desk runs as</source>
        <translation>Ce poste fonctionne en</translation>
    </message>
    <message>
        <source>Roles are on, but this desk&apos;s role was not saved: {problem}</source>
        <translation>Les rôles sont activés, mais le rôle de ce poste n&apos;a pas été enregistré : {problem}</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>ajouter une personne</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Their PIN is theirs: they type it themselves here, twice.</source>
        <translation>Son PIN lui appartient : la personne le saisit elle-même ici, deux fois.</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add a person</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>a new PIN for {name}</source>
        <translation>un nouveau PIN pour {name}</translation>
    </message>
    <message>
        <source>{name} has a new PIN.</source>
        <translation>{name} a un nouveau PIN.</translation>
    </message>
    <message>
        <source>Reset a PIN</source>
        <translation>Réinitialiser un PIN</translation>
    </message>
    <message>
        <source>A forgotten PIN is replaced, and a lockout ends.</source>
        <translation>Un PIN oublié est remplacé, et un blocage prend fin.</translation>
    </message>
    <message>
        <source>Reset</source>
        <comment>button: reset a PIN</comment>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>{name}&apos;s role</source>
        <translation>Rôle de {name}</translation>
    </message>
    <message>
        <source>{name} becomes {role}</source>
        <translation>{name} devient {role}</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} est désormais {role}.</translation>
    </message>
    <message>
        <source>Remove {name}? Their PIN stops working at every desk.</source>
        <translation>Supprimer {name} ? Son PIN cessera de fonctionner sur tous les postes.</translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation>supprimer {name}</translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation>{name} a été supprimé.</translation>
    </message>
    <message>
        <source>{name}&apos;s PIN was changed.</source>
        <translation>Le PIN de {name} a été modifié.</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Changer mon PIN</translation>
    </message>
    <message>
        <source>Type your PIN now, then the new one twice.</source>
        <translation>Saisissez votre PIN actuel, puis le nouveau deux fois.</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>button: change my PIN</comment>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>the venue&apos;s rules</source>
        <translation>les règles du lieu</translation>
    </message>
    <message>
        <source>The venue&apos;s rules were saved: every desk uses them now.</source>
        <translation>Les règles du lieu ont été enregistrées : tous les postes les utilisent désormais.</translation>
    </message>
    <message>
        <source>Not saved: the database did not answer ({error}).</source>
        <translation>Non enregistré : la base de données n&apos;a pas répondu ({error}).</translation>
    </message>
    <message>
        <source>{name} can now give a door staff&apos;s PIN.</source>
        <translation>{name} peut désormais attribuer un PIN d&apos;agent d&apos;accueil.</translation>
    </message>
    <message>
        <source>{name} can now give a counter staff&apos;s PIN.</source>
        <translation>{name} peut désormais attribuer un PIN de caissier.</translation>
    </message>
    <message>
        <source>{name} can now give a supervisor&apos;s PIN.</source>
        <translation>{name} peut désormais attribuer un PIN de superviseur.</translation>
    </message>
    <message>
        <source>{name} can now give a manager&apos;s PIN.</source>
        <translation>{name} peut désormais attribuer un PIN de responsable.</translation>
    </message>
    <message>
        <source>As the staff know them</source>
        <translation>Tel que le personnel le connaît</translation>
    </message>
    <message>
        <source>The PIN now</source>
        <translation>Le PIN actuel</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN actuel</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Le même PIN encore</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nouveau PIN encore</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>The two new PINs differ. Type the same PIN twice.</source>
        <translation>Les deux nouveaux PIN diffèrent. Saisissez deux fois le même PIN.</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Non verrouillé</translation>
    </message>
    <message>
        <source>Locked to the Door</source>
        <translation>Verrouillé sur l&apos;Entrée</translation>
    </message>
    <message>
        <source>Locked to the Till</source>
        <translation>Verrouillé sur la Caisse</translation>
    </message>
    <message>
        <source>What</source>
        <comment>what may be done</comment>
        <translation>Action</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>Fonctionne en</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosque</translation>
    </message>
    <message>
        <source>A PIN allows</source>
        <translation>Un PIN autorise</translation>
    </message>
    <message>
        <source>Save this desk</source>
        <translation>Enregistrer ce poste</translation>
    </message>
    <message>
        <source>This desk runs as {role}.</source>
        <translation>Ce poste fonctionne en {role}.</translation>
    </message>
    <message>
        <source>What its role may not do asks for a supervisor&apos;s or a manager&apos;s PIN, for that action only. Every such PIN is written in the audit trail.</source>
        <translation>Ce que son rôle ne peut pas faire demande le PIN d&apos;un superviseur ou d&apos;un responsable, pour cette action uniquement. Chacun de ces PIN est inscrit dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Roles are off: everyone at this desk may do everything.</source>
        <translation>Les rôles sont désactivés : tout le monde peut tout faire sur ce poste.</translation>
    </message>
    <message>
        <source>A manager turns roles on by setting the first manager PIN under People and PINs. The table shows what each role may do once they are on.</source>
        <translation>Un responsable active les rôles en définissant le premier PIN de responsable sous Personnes et PIN. Le tableau montre ce que chaque rôle peut faire une fois les rôles activés.</translation>
    </message>
    <message>
        <source>{role} (this desk)</source>
        <translation>{role} (ce poste)</translation>
    </message>
    <message>
        <source>Not saved: a kiosk needs roles on, or anyone could unlock it. Set the first manager PIN under People and PINs first.</source>
        <translation>Non enregistré : un mode kiosque exige des rôles activés, sinon n&apos;importe qui pourrait le déverrouiller. Définissez d&apos;abord le premier PIN de responsable sous Personnes et PIN.</translation>
    </message>
    <message>
        <source>this desk&apos;s role</source>
        <translation>le rôle de ce poste</translation>
    </message>
    <message>
        <source>this desk&apos;s kiosk lock</source>
        <translation>le verrouillage kiosque de ce poste</translation>
    </message>
    <message>
        <source>Not saved: no PIN was given.</source>
        <translation>Non enregistré : aucun PIN n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Non enregistré : {problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>For that one action only</source>
        <translation>Pour cette seule action</translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>Pendant %n minute</numerusform>
            <numerusform>Pendant %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>disk full</source>
        <translation>disque plein</translation>
    </message>
    <message>
        <source>database locked</source>
        <translation>base de données verrouillée</translation>
    </message>
    <message>
        <source>database damaged</source>
        <translation>base de données endommagée</translation>
    </message>
    <message>
        <source>database read-only</source>
        <translation>base de données en lecture seule</translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation>erreur d&apos;E/S</translation>
    </message>
    <message>
        <source>storage error</source>
        <translation>erreur de stockage</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the database is busy (another program holds it)</source>
        <translation>la base de données est occupée (un autre programme la bloque)</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>le fichier de base de données est endommagé</translation>
    </message>
    <message>
        <source>the database cannot be written (read-only)</source>
        <translation>la base de données ne peut pas être écrite (lecture seule)</translation>
    </message>
    <message>
        <source>the disk could not be written (I/O error)</source>
        <translation>le disque n&apos;a pas pu être écrit (erreur d&apos;E/S)</translation>
    </message>
    <message>
        <source>it could not be saved</source>
        <translation>l&apos;enregistrement a échoué</translation>
    </message>
    <message>
        <source>Do not admit; scan again in a moment. If it stays, call a supervisor.</source>
        <translation>Ne pas faire entrer ; scannez à nouveau dans un instant. Si cela persiste, appelez un superviseur.</translation>
    </message>
    <message>
        <source>Do not admit; call a supervisor.</source>
        <translation>Ne pas faire entrer ; appelez un superviseur.</translation>
    </message>
    <message>
        <source>Not recorded — {what}. {todo}</source>
        <translation>Non enregistré — {what}. {todo}</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Call a supervisor.</source>
        <translation>Appelez un superviseur.</translation>
    </message>
    <message>
        <source>Not saved — {what}. No points were changed. {todo}</source>
        <translation>Non enregistré — {what}. Aucun point n&apos;a été modifié. {todo}</translation>
    </message>
    <message>
        <source>Low disk space: {size} free</source>
        <translation>Espace disque faible : {size} libres</translation>
    </message>
    <message>
        <source>Low disk space: {size} free for the local store. Free some space now: when the disk is full, scans are not recorded.</source>
        <translation>Espace disque faible : {size} libres pour la base locale. Libérez de l&apos;espace maintenant : quand le disque est plein, les scans ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} Go</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>Cannot open the database at {url}: {problem}</source>
        <translation>Impossible d&apos;ouvrir la base de données sur {url} : {problem}</translation>
    </message>
    <message>
        <source>unsent changes</source>
        <translation>modifications non envoyées</translation>
    </message>
    <message>
        <source>door scans</source>
        <translation>scans de porte</translation>
    </message>
    <message>
        <source>loyalty operations</source>
        <translation>opérations de fidélité</translation>
    </message>
    <message>
        <source>template drafts</source>
        <translation>brouillons de modèles</translation>
    </message>
    <message>
        <source>sync marks</source>
        <translation>repères de synchronisation</translation>
    </message>
    <message>
        <source>hub deliveries</source>
        <translation>livraisons du hub</translation>
    </message>
    <message>
        <source>readers</source>
        <translation>lecteurs</translation>
    </message>
    <message>
        <source>reader settings</source>
        <translation>paramètres des lecteurs</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>comptes</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>modèles</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>pass</translation>
    </message>
    <message numerus="yes">
        <source>{table}: could not be read (%Ln row(s))</source>
        <translation>
            <numerusform>{table} : illisible (%Ln ligne)</numerusform>
            <numerusform>{table} : illisible (%Ln lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>{table}: could not be read</source>
        <translation>{table} : illisible</translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, some lost</source>
        <translation>{table} : {rescued} récupérées, certaines perdues</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rescued into a fresh store:</source>
        <translation>
            <numerusform>%Ln ligne récupérée dans une nouvelle base :</numerusform>
            <numerusform>%Ln lignes récupérées dans une nouvelle base :</numerusform>
        </translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, {lost} lost</source>
        <translation>{table} : {rescued} récupérées, {lost} perdues</translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, none lost</source>
        <translation>{table} : {rescued} récupérées, aucune perdue</translation>
    </message>
    <message>
        <source>{line} (they come back with the sync)</source>
        <translation>{line} (elles reviennent avec la synchronisation)</translation>
    </message>
    <message>
        <source>The damaged file was kept as {path}.</source>
        <translation>Le fichier endommagé a été conservé sous {path}.</translation>
    </message>
    <message>
        <source>A fresh store was started; nothing was copied from the old one.</source>
        <translation>Une nouvelle base a été créée ; rien n&apos;a été copié depuis l&apos;ancienne.</translation>
    </message>
    <message>
        <source>Passes and events come back with the next sync.</source>
        <translation>Les pass et les événements reviennent avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Nothing could be read from it: {problem}</source>
        <translation>Rien n&apos;a pu y être lu : {problem}</translation>
    </message>
    <message>
        <source>  {table}</source>
        <comment>a line of the list; keep the two spaces</comment>
        <translation>  {table}</translation>
    </message>
    <message>
        <source>A full sync now brings passes and events back from PassEntry.</source>
        <translation>Une synchronisation complète rapporte maintenant les pass et les événements depuis PassEntry.</translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation>Il n&apos;y a pas de fichier de base de données dans {path}.</translation>
    </message>
    <message>
        <source>Could not move the damaged file aside: {problem}</source>
        <translation>Impossible de mettre de côté le fichier endommagé : {problem}</translation>
    </message>
    <message>
        <source>Could not copy the damaged file to read it: {problem}</source>
        <translation>Impossible de copier le fichier endommagé pour le lire : {problem}</translation>
    </message>
    <message>
        <source>Could not create a fresh store at {path}: {problem}</source>
        <translation>Impossible de créer une nouvelle base dans {path} : {problem}</translation>
    </message>
    <message>
        <source>The fresh store did not open: {problem}</source>
        <translation>La nouvelle base ne s&apos;est pas ouverte : {problem}</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The server&apos;s answer to send-now has no &apos;success&apos;</source>
        <translation>La réponse du serveur à l&apos;envoi immédiat ne contient pas de « success »</translation>
    </message>
    <message>
        <source>The batch file link is not a URL: {url}</source>
        <translation>Le lien du fichier de lot n&apos;est pas une URL : {url}</translation>
    </message>
    <message>
        <source>The batch file link is not an https:// address</source>
        <translation>Le lien du fichier de lot n&apos;est pas une adresse https://</translation>
    </message>
    <message>
        <source>Could not fetch the batch file from {host}</source>
        <translation>Impossible de récupérer le fichier de lot depuis {host}</translation>
    </message>
    <message>
        <source>The batch file could not be fetched (HTTP {status})</source>
        <translation>Impossible de récupérer le fichier de lot (HTTP {status})</translation>
    </message>
    <message>
        <source>the passes list answered</source>
        <translation>la liste des pass a répondu</translation>
    </message>
    <message>
        <source>Connected to {host} in {ms} ms: {seen}</source>
        <translation>Connecté à {host} en {ms} ms : {seen}</translation>
    </message>
    <message>
        <source>Check the API key in Settings (PassEntry Dashboard -&gt; Developer tools).</source>
        <translation>Vérifiez la clé API dans Paramètres (PassEntry Dashboard -&gt; Developer tools).</translation>
    </message>
    <message>
        <source>This API key may not do that; ask the account owner for access.</source>
        <translation>Cette clé API n&apos;a pas ce droit ; demandez l&apos;accès au propriétaire du compte.</translation>
    </message>
    <message>
        <source>It may have been deleted, or belongs to another entity.</source>
        <translation>Il a peut-être été supprimé, ou appartient à une autre entité.</translation>
    </message>
    <message>
        <source>The PassEntry API of this account does not have it; the rest keeps working.</source>
        <translation>L&apos;API PassEntry de ce compte ne le propose pas ; le reste continue de fonctionner.</translation>
    </message>
    <message>
        <source>PassEntry is still working on it; look again in a few minutes.</source>
        <translation>PassEntry y travaille encore ; regardez de nouveau dans quelques minutes.</translation>
    </message>
    <message>
        <source>Check the template&apos;s images and fields, then publish again.</source>
        <translation>Vérifiez les images et les champs du modèle, puis publiez de nouveau.</translation>
    </message>
    <message>
        <source>The request was refused as sent; the message above says what to change.</source>
        <translation>La requête a été refusée telle qu&apos;envoyée ; le message ci-dessus indique quoi changer.</translation>
    </message>
    <message>
        <source>PassEntry asks us to slow down; the change will be retried later.</source>
        <translation>PassEntry nous demande de ralentir ; la modification sera réessayée plus tard.</translation>
    </message>
    <message>
        <source>PassEntry had a problem; try again in a few minutes.</source>
        <translation>PassEntry a rencontré un problème ; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Check the network connection; work continues offline.</source>
        <translation>Vérifiez la connexion réseau ; le travail continue hors ligne.</translation>
    </message>
    <message>
        <source>Is the API base URL right? It should end in /api/v1.</source>
        <translation>L&apos;URL de base de l&apos;API est-elle correcte ? Elle doit se terminer par /api/v1.</translation>
    </message>
    <message>
        <source>Use an https:// URL; plain http is only allowed for this computer (loopback).</source>
        <translation>Utilisez une URL https:// ; le http simple n&apos;est autorisé que pour cet ordinateur (loopback).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not one record: {problem}</source>
        <translation>La réponse du serveur n&apos;est pas un enregistrement unique : {problem}</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer {what}</source>
        <translation>Ce compte PassEntry ne propose pas : {what}</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a PassEntry document: {problem}.</source>
        <translation>La réponse du serveur n&apos;est pas un document PassEntry : {problem}.</translation>
    </message>
    <message>
        <source>The server sent a page link to another host ({host}); not followed.</source>
        <translation>Le serveur a envoyé un lien de page vers un autre hôte ({host}) ; lien non suivi.</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} with a body that is not valid JSON ({kind}, {size} bytes)</source>
        <translation>{host} a répondu HTTP {status} avec un contenu qui n&apos;est pas du JSON valide ({kind}, {size} octets)</translation>
    </message>
    <message>
        <source>Could not connect to {host}</source>
        <translation>Impossible de se connecter à {host}</translation>
    </message>
    <message>
        <source>No answer from {host} in time</source>
        <translation>Pas de réponse de {host} à temps</translation>
    </message>
    <message>
        <source>The connection to {host} dropped before an answer arrived</source>
        <translation>La connexion à {host} a été coupée avant l&apos;arrivée d&apos;une réponse</translation>
    </message>
    <message>
        <source>Network problem talking to {host} ({error})</source>
        <translation>Problème réseau en communiquant avec {host} ({error})</translation>
    </message>
    <message>
        <source>{problem}; the change may or may not have been applied</source>
        <translation>{problem} ; la modification a pu être appliquée ou non</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>La clé API n&apos;a pas été acceptée</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that</source>
        <translation>Cette clé API n&apos;est pas autorisée à faire cela</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>PassEntry refused the request</source>
        <translation>PassEntry a refusé la requête</translation>
    </message>
    <message>
        <source>Too many requests to {host}</source>
        <translation>Trop de requêtes vers {host}</translation>
    </message>
    <message>
        <source>Too many requests to {host}; it asks to wait {seconds} s</source>
        <translation>Trop de requêtes vers {host} ; il demande d&apos;attendre {seconds} s</translation>
    </message>
    <message>
        <source>{host} had a server error (HTTP {status})</source>
        <translation>{host} a rencontré une erreur serveur (HTTP {status})</translation>
    </message>
    <message>
        <source>The request was refused (HTTP {status})</source>
        <translation>La requête a été refusée (HTTP {status})</translation>
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
        <translation>{problem} : {detail}</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list: {problem}</source>
        <translation>La réponse du serveur n&apos;est pas une liste : {problem}</translation>
    </message>
    <message>
        <source>the passes list</source>
        <translation>la liste des pass</translation>
    </message>
    <message>
        <source>issuing passes</source>
        <translation>l&apos;émission de pass</translation>
    </message>
    <message>
        <source>a pass</source>
        <translation>un pass</translation>
    </message>
    <message>
        <source>pass changes</source>
        <translation>les modifications de pass</translation>
    </message>
    <message>
        <source>messages to a pass</source>
        <translation>les messages à un pass</translation>
    </message>
    <message>
        <source>nullifying passes</source>
        <translation>l&apos;invalidation de pass</translation>
    </message>
    <message>
        <source>loyalty balances</source>
        <translation>les soldes de fidélité</translation>
    </message>
    <message>
        <source>loyalty changes</source>
        <translation>les modifications de fidélité</translation>
    </message>
    <message>
        <source>pass templates</source>
        <translation>les modèles de pass</translation>
    </message>
    <message>
        <source>pass templates (older route)</source>
        <translation>les modèles de pass (ancienne route)</translation>
    </message>
    <message>
        <source>creating pass templates</source>
        <translation>la création de modèles de pass</translation>
    </message>
    <message>
        <source>changing pass templates</source>
        <translation>la modification de modèles de pass</translation>
    </message>
    <message>
        <source>a list of pass templates</source>
        <translation>une liste de modèles de pass</translation>
    </message>
    <message>
        <source>adding readers</source>
        <translation>l&apos;ajout de lecteurs</translation>
    </message>
    <message>
        <source>the reader configuration</source>
        <translation>la configuration des lecteurs</translation>
    </message>
    <message>
        <source>changing the reader configuration by API (set it in the PassEntry dashboard: Readers -&gt; Reader Configuration)</source>
        <translation>la modification de la configuration des lecteurs par l&apos;API (définissez-la dans le tableau de bord PassEntry : Readers -&gt; Reader Configuration)</translation>
    </message>
    <message>
        <source>the scans list</source>
        <translation>la liste des scans</translation>
    </message>
    <message>
        <source>a scan</source>
        <translation>un scan</translation>
    </message>
    <message>
        <source>checking scans</source>
        <translation>la vérification des scans</translation>
    </message>
    <message>
        <source>logging scans</source>
        <translation>l&apos;enregistrement des scans</translation>
    </message>
    <message>
        <source>the webhook subscriptions list</source>
        <translation>la liste des abonnements webhook</translation>
    </message>
    <message>
        <source>adding webhook subscriptions</source>
        <translation>l&apos;ajout d&apos;abonnements webhook</translation>
    </message>
    <message>
        <source>a webhook subscription</source>
        <translation>un abonnement webhook</translation>
    </message>
    <message>
        <source>changing webhook subscriptions</source>
        <translation>la modification des abonnements webhook</translation>
    </message>
    <message>
        <source>new webhook secrets</source>
        <translation>les nouveaux secrets webhook</translation>
    </message>
    <message>
        <source>batch pass creation</source>
        <translation>la création de pass par lot</translation>
    </message>
    <message>
        <source>batch pass updates</source>
        <translation>la mise à jour de pass par lot</translation>
    </message>
    <message>
        <source>wallet messaging</source>
        <translation>les messages wallet</translation>
    </message>
    <message>
        <source>the batches list</source>
        <translation>la liste des lots</translation>
    </message>
    <message>
        <source>a batch</source>
        <translation>un lot</translation>
    </message>
    <message>
        <source>cancelling batches</source>
        <translation>l&apos;annulation de lots</translation>
    </message>
    <message>
        <source>sending batches now</source>
        <translation>l&apos;envoi immédiat de lots</translation>
    </message>
    <message>
        <source>uploading images</source>
        <translation>le téléversement d&apos;images</translation>
    </message>
    <message>
        <source>the image list</source>
        <translation>la liste des images</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>the entities list</source>
        <translation>la liste des entités</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>les entités</translation>
    </message>
    <message>
        <source>the events list</source>
        <translation>la liste des événements</translation>
    </message>
    <message>
        <source>events</source>
        <translation>les événements</translation>
    </message>
    <message>
        <source>creating events</source>
        <translation>la création d&apos;événements</translation>
    </message>
    <message>
        <source>changing events</source>
        <translation>la modification d&apos;événements</translation>
    </message>
    <message>
        <source>the readers list</source>
        <translation>la liste des lecteurs</translation>
    </message>
    <message>
        <source>showing a reader</source>
        <translation>l&apos;affichage d&apos;un lecteur</translation>
    </message>
    <message>
        <source>changing readers</source>
        <translation>la modification des lecteurs</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no {name} object</source>
        <translation>La réponse du serveur ne contient pas d&apos;objet {name}</translation>
    </message>
    <message>
        <source>PassEntry could not process the template {template}</source>
        <translation>PassEntry n&apos;a pas pu traiter le modèle {template}</translation>
    </message>
    <message>
        <source>The template {template} was still being processed after {seconds} s</source>
        <translation>Le modèle {template} était encore en traitement après {seconds} s</translation>
    </message>
    <message>
        <source>Not a valid URL: {url} ({problem})</source>
        <translation>URL non valide : {url} ({problem})</translation>
    </message>
    <message>
        <source>Not an http(s) URL: {url}</source>
        <translation>Pas une URL http(s) : {url}</translation>
    </message>
    <message>
        <source>Refusing plain http to {host}: the API key would travel unencrypted.</source>
        <translation>http simple refusé vers {host} : la clé API circulerait sans chiffrement.</translation>
    </message>
    <message>
        <source>The validation service at {host} did not answer in time</source>
        <translation>Le service de validation sur {host} n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Could not reach the validation service at {host}</source>
        <translation>Impossible de joindre le service de validation sur {host}</translation>
    </message>
    <message>
        <source>The validation service refused the token</source>
        <translation>Le service de validation a refusé le jeton</translation>
    </message>
    <message>
        <source>The validation service answered HTTP {status}</source>
        <translation>Le service de validation a répondu HTTP {status}</translation>
    </message>
    <message>
        <source>The validation service&apos;s answer is not a validationResponse ({problem})</source>
        <translation>La réponse du service de validation n&apos;est pas une validationResponse ({problem})</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a webhook subscription</source>
        <translation>La réponse du serveur n&apos;est pas un abonnement webhook</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Issue pass</source>
        <translation>Émettre un pass</translation>
    </message>
    <message>
        <source>Edit pass</source>
        <translation>Modifier le pass</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Nullify pass</source>
        <translation>Invalider le pass</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Créer un événement</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message numerus="yes">
        <source>Loyalty {signed} point(s)</source>
        <comment>signed: +10 or -5</comment>
        <translation>
            <numerusform>Fidélité {signed} point</numerusform>
            <numerusform>Fidélité {signed} points</numerusform>
        </translation>
    </message>
    <message>
        <source>Loyalty balance set to {balance}</source>
        <translation>Solde de fidélité fixé à {balance}</translation>
    </message>
    <message>
        <source>Log scan in PassEntry (denied)</source>
        <translation>Enregistrer le scan dans PassEntry (refusé)</translation>
    </message>
    <message>
        <source>Log scan in PassEntry (successful)</source>
        <translation>Enregistrer le scan dans PassEntry (réussi)</translation>
    </message>
    <message>
        <source>Deactivate pass</source>
        <translation>Désactiver le pass</translation>
    </message>
    <message>
        <source>Edit pass and notify</source>
        <translation>Modifier le pass et notifier</translation>
    </message>
    <message>
        <source>reader</source>
        <comment>noun in a sentence: this reader</comment>
        <translation>ce lecteur</translation>
    </message>
    <message>
        <source>event</source>
        <comment>noun in a sentence: this event</comment>
        <translation>cet événement</translation>
    </message>
    <message>
        <source>pass</source>
        <comment>noun in a sentence: this pass</comment>
        <translation>ce pass</translation>
    </message>
    <message>
        <source>the scan of {value} as reader {reader}</source>
        <translation>le scan de {value} en tant que lecteur {reader}</translation>
    </message>
    <message>
        <source>{name} (event {id})</source>
        <translation>{name} (événement {id})</translation>
    </message>
    <message>
        <source>{name} (pass {id})</source>
        <translation>{name} (pass {id})</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no id</comment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>event {id}</source>
        <translation>événement {id}</translation>
    </message>
    <message>
        <source>pass {id}</source>
        <translation>pass {id}</translation>
    </message>
    <message>
        <source>Waiting: offline</source>
        <translation>En attente : hors ligne</translation>
    </message>
    <message>
        <source>When PassEntry answers</source>
        <translation>Quand PassEntry répondra</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>When you retry</source>
        <translation>Quand vous réessayerez</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>next try: this moment</comment>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Dès que possible</translation>
    </message>
    <message>
        <source>{value} at {reader}</source>
        <comment>a scan at a reader</comment>
        <translation>{value} sur {reader}</translation>
    </message>
    <message>
        <source>Scanned value {value}, logged as reader {reader}</source>
        <translation>Valeur scannée {value}, enregistrée en tant que lecteur {reader}</translation>
    </message>
    <message>
        <source>Event {id}</source>
        <translation>Événement {id}</translation>
    </message>
    <message>
        <source>Pass {id}</source>
        <translation>Pass {id}</translation>
    </message>
    <message>
        <source>Waits for an earlier change to this {target} that needs you: retry or discard that one first.</source>
        <translation>Attend une modification antérieure de {target} qui nécessite votre intervention : réessayez ou abandonnez d&apos;abord celle-ci.</translation>
    </message>
    <message>
        <source>Made at {made}
Message: {message}</source>
        <translation>Faite le {made}
Message : {message}</translation>
    </message>
    <message>
        <source>Made at {made}</source>
        <translation>Faite le {made}</translation>
    </message>
    <message>
        <source>Sync requested…</source>
        <translation>Synchronisation demandée…</translation>
    </message>
    <message>
        <source>Sync with a status check of every pass requested…</source>
        <translation>Synchronisation avec vérification de l&apos;état de chaque pass demandée…</translation>
    </message>
    <message>
        <source>Offline: passdesk will sync when PassEntry answers again. Changes made here are kept until then.</source>
        <translation>Hors ligne : passdesk se synchronisera quand PassEntry répondra de nouveau. Les modifications faites ici sont conservées d&apos;ici là.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was fetched is kept; the next sync carries on from there.</source>
        <translation>Synchronisation annulée. Les données récupérées sont conservées ; la prochaine synchronisation reprend à partir de là.</translation>
    </message>
    <message>
        <source>The last sync attempt did not finish: {problem}</source>
        <translation>La dernière tentative de synchronisation n&apos;a pas abouti : {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Idle. passdesk syncs by itself every %Ln minute(s).</source>
        <translation>
            <numerusform>En veille. passdesk se synchronise seul toutes les %Ln minute.</numerusform>
            <numerusform>En veille. passdesk se synchronise seul toutes les %Ln minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after this page… ({doing})</source>
        <translation>Annulation après cette page… ({doing})</translation>
    </message>
    <message>
        <source>Cannot read the outbox: {error}</source>
        <translation>Impossible de lire la boîte d&apos;envoi : {error}</translation>
    </message>
    <message>
        <source>Not discarded: a supervisor&apos;s PIN was not given.</source>
        <translation>Non abandonné : le PIN d&apos;un superviseur n&apos;a pas été saisi.</translation>
    </message>
    <message>
        <source>That did not work: {error}. The list below is up to date again.</source>
        <translation>Échec : {error}. La liste ci-dessous est de nouveau à jour.</translation>
    </message>
    <message>
        <source>Discard “{change}” for {target}</source>
        <translation>Abandonner « {change} » pour {target}</translation>
    </message>
    <message>
        <source>{change} for {target}</source>
        <translation>{change} pour {target}</translation>
    </message>
    <message>
        <source>Needs review: {what}.
{why}</source>
        <translation>À vérifier : {what}.
{why}</translation>
    </message>
    <message>
        <source>passdesk cannot tell whether it was applied.</source>
        <translation>passdesk ne peut pas savoir si elle a été appliquée.</translation>
    </message>
    <message>
        <source>Refused by PassEntry: {what}.
{why}</source>
        <translation>Refusé par PassEntry : {what}.
{why}</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Aucune raison indiquée.</translation>
    </message>
    <message>
        <source>Held back: {what}.
It goes once the earlier change to this {target} that needs you is retried or discarded.</source>
        <translation>Retenu : {what}.
Part dès que la modification antérieure de {target} qui nécessite votre intervention est réessayée ou abandonnée.</translation>
    </message>
    <message>
        <source>Waiting: {what}.
Last try: {why}. Next try: {next}.</source>
        <translation>En attente : {what}.
Dernier essai : {why}. Prochain essai : {next}.</translation>
    </message>
    <message>
        <source>Waiting changes are sent by themselves: nothing for you to do.</source>
        <translation>Les modifications en attente sont envoyées automatiquement : vous n&apos;avez rien à faire.</translation>
    </message>
    <message>
        <source>Select a refused or to-be-reviewed change to retry or discard it.</source>
        <translation>Sélectionnez une modification refusée ou à vérifier pour la réessayer ou l&apos;abandonner.</translation>
    </message>
    <message>
        <source>Retry if PassEntry does not have it; Discard if it does, or if it should not be made.</source>
        <translation>Réessayer si PassEntry ne l&apos;a pas ; Abandonner s&apos;il l&apos;a, ou si elle ne doit pas être faite.</translation>
    </message>
    <message>
        <source>Retry sends it again unchanged; Discard drops it so later changes can go.</source>
        <translation>Réessayer la renvoie telle quelle ; Abandonner la supprime pour laisser passer les modifications suivantes.</translation>
    </message>
    <message>
        <source>Discard “{change}” for {target}?</source>
        <translation>Abandonner « {change} » pour {target} ?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)</source>
        <translation>
            <numerusform>Abandonner %n modification</numerusform>
            <numerusform>Abandonner %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)?</source>
        <translation>
            <numerusform>Abandonner %n modification ?</numerusform>
            <numerusform>Abandonner %n modifications ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <comment>button</comment>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>A discarded change will not reach PassEntry: it stays on this computer only, marked as discarded. Later changes to the same pass or event are sent as usual. This cannot be undone.</source>
        <translation>Une modification abandonnée n&apos;atteindra pas PassEntry : elle reste uniquement sur cet ordinateur, marquée comme abandonnée. Les modifications suivantes du même pass ou événement sont envoyées normalement. Action irréversible.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Key refused</source>
        <translation>Clé refusée</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Aucune clé API</translation>
    </message>
    <message>
        <source>Other server&apos;s data</source>
        <translation>Données d&apos;un autre serveur</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Lecteurs</translation>
    </message>
    <message>
        <source>Passes (first full download)</source>
        <translation>Pass (premier téléchargement complet)</translation>
    </message>
    <message>
        <source>New passes</source>
        <translation>Nouveaux pass</translation>
    </message>
    <message>
        <source>Status of every pass</source>
        <translation>État de chaque pass</translation>
    </message>
    <message>
        <source>Which passes belong to which event</source>
        <translation>Quels pass appartiennent à quel événement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln modification en attente d&apos;envoi</numerusform>
            <numerusform>%Ln modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to retry or discard</source>
        <translation>
            <numerusform>%Ln modification à réessayer ou abandonner</numerusform>
            <numerusform>%Ln modifications à réessayer ou abandonner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <comment>status bar: changes not sent yet</comment>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to check</source>
        <comment>status bar: changes refused, for a person to retry or discard</comment>
        <translation>
            <numerusform>%Ln à vérifier</numerusform>
            <numerusform>%Ln à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>PassEntry answers. Changes made here are sent as they are made.</source>
        <translation>PassEntry répond. Les modifications faites ici sont envoyées au fur et à mesure.</translation>
    </message>
    <message>
        <source>PassEntry cannot be reached.</source>
        <translation>PassEntry est injoignable.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) fetched ({new} new)</source>
        <translation>
            <numerusform>%Ln pass récupéré ({new} nouveaux)</numerusform>
            <numerusform>%Ln pass récupérés ({new} nouveaux)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{fetched}; %Ln status(es) checked, none changed</source>
        <translation>
            <numerusform>{fetched} ; %Ln état vérifié, aucun changement</numerusform>
            <numerusform>{fetched} ; %Ln états vérifiés, aucun changement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{fetched}; %Ln status change(s)</source>
        <translation>
            <numerusform>{fetched} ; %Ln changement d&apos;état</numerusform>
            <numerusform>{fetched} ; %Ln changements d&apos;état</numerusform>
        </translation>
    </message>
    <message>
        <source>{why}
Changes made here are kept and sent when the connection is back.</source>
        <translation>{why}
Les modifications faites ici sont conservées et envoyées au retour de la connexion.</translation>
    </message>
    <message>
        <source>PassEntry did not accept the API key.</source>
        <translation>PassEntry n&apos;a pas accepté la clé API.</translation>
    </message>
    <message>
        <source>{why}
Enter a valid key in Settings. Changes made here wait until then.</source>
        <translation>{why}
Saisissez une clé valide dans Paramètres. Les modifications faites ici attendent jusque-là.</translation>
    </message>
    <message>
        <source>No API key for this server. Add one in Settings, or set PASSDESK_API_KEY before starting passdesk.</source>
        <translation>Aucune clé API pour ce serveur. Ajoutez-en une dans Paramètres, ou définissez PASSDESK_API_KEY avant de lancer passdesk.</translation>
    </message>
    <message>
        <source>The local data belongs to another server; nothing is sent.</source>
        <translation>Les données locales appartiennent à un autre serveur ; rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>sync progress: items done of all</comment>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>{done} so far</source>
        <comment>sync progress: items done, total unknown</comment>
        <translation>{done} pour l&apos;instant</translation>
    </message>
    <message>
        <source>{phase}: {counted} · {rate} per second</source>
        <translation>{phase} : {counted} · {rate} par seconde</translation>
    </message>
    <message>
        <source>{phase}: {counted}</source>
        <translation>{phase} : {counted}</translation>
    </message>
    <message>
        <source>No new passes</source>
        <translation>Aucun nouveau pass</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisé.</translation>
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
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Syncing… {percent}%</source>
        <translation>Synchronisation… {percent} %</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Synchronisé {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Nothing waiting: every change made here has reached PassEntry.</source>
        <translation>Rien en attente : chaque modification faite ici a atteint PassEntry.</translation>
    </message>
    <message>
        <source>{waiting}; {needing}.</source>
        <translation>{waiting} ; {needing}.</translation>
    </message>
    <message>
        <source>{what}.</source>
        <translation>{what}.</translation>
    </message>
    <message numerus="yes">
        <source>{fetched}; %Ln status(es) checked, {changed} changed</source>
        <translation>
            <numerusform>{fetched} ; %Ln état vérifié, {changed} modifié(s)</numerusform>
            <numerusform>{fetched} ; %Ln états vérifiés, {changed} modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>entities</source>
        <comment>what an account may not offer</comment>
        <translation>les entités</translation>
    </message>
    <message>
        <source>events</source>
        <comment>what an account may not offer</comment>
        <translation>les événements</translation>
    </message>
    <message>
        <source>readers</source>
        <comment>what an account may not offer</comment>
        <translation>les lecteurs</translation>
    </message>
    <message>
        <source>template list</source>
        <comment>what an account may not offer</comment>
        <translation>la liste des modèles</translation>
    </message>
    <message>
        <source>reader configuration change</source>
        <comment>what an account may not offer</comment>
        <translation>la modification de la configuration des lecteurs</translation>
    </message>
    <message>
        <source>scans list</source>
        <comment>what an account may not offer</comment>
        <translation>la liste des scans</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer {what}.</source>
        <translation>Ce compte PassEntry ne propose pas {what}.</translation>
    </message>
    <message>
        <source>(nothing on its standard error)</source>
        <translation>(rien sur sa sortie d&apos;erreur standard)</translation>
    </message>
    <message>
        <source>{kind}: {message}</source>
        <comment>an error: its kind (a program&apos;s name, not translated), then its message</comment>
        <translation>{kind} : {message}</translation>
    </message>
    <message>
        <source>The pull&apos;s process ended with exit code {code} before it finished. Its last words:
{tail}</source>
        <translation>Le processus de récupération s&apos;est terminé avec le code de sortie {code} avant la fin. Ses derniers messages :
{tail}</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer the scans list: scans made by PassEntry&apos;s readers are not counted at the Door.</source>
        <translation>Ce compte PassEntry ne propose pas la liste des scans : les scans faits par les lecteurs PassEntry ne sont pas comptés à l&apos;Entrée.</translation>
    </message>
    <message>
        <source>No API key for this server.</source>
        <translation>Aucune clé API pour ce serveur.</translation>
    </message>
    <message>
        <source>The local data belongs to {bound}; nothing is sent to {server}. Restart passdesk to open that server&apos;s own local data.</source>
        <translation>Les données locales appartiennent à {bound} ; rien n&apos;est envoyé à {server}. Redémarrez passdesk pour ouvrir les données locales de ce serveur.</translation>
    </message>
</context>
<context>
    <name>till</name>
    <message>
        <source>Set {name}&apos;s balance from {before} to {after}?</source>
        <translation>Fixer le solde de {name} de {before} à {after} ?</translation>
    </message>
    <message>
        <source>Set this customer&apos;s balance from {before} to {after}?</source>
        <translation>Fixer le solde de ce client de {before} à {after} ?</translation>
    </message>
    <message>
        <source>Set balance</source>
        <translation>Fixer le solde</translation>
    </message>
    <message>
        <source>Set balance</source>
        <comment>the button that confirms</comment>
        <translation>Fixer le solde</translation>
    </message>
    <message>
        <source>This replaces the balance, whatever it is on PassEntry when the change arrives.</source>
        <translation>Ceci remplace le solde, quel qu&apos;il soit sur PassEntry à l&apos;arrivée de la modification.</translation>
    </message>
    <message>
        <source>A supervisor must approve</source>
        <translation>Un superviseur doit approuver</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>ce client</translation>
    </message>
    <message>
        <source>Redeem {points} points for {name}? A supervisor must approve this.</source>
        <translation>Utiliser {points} points pour {name} ? Un superviseur doit approuver.</translation>
    </message>
    <message>
        <source>The card showed {balance} points when it was last synced at {when}; PassEntry has not confirmed that balance.</source>
        <translation>La carte affichait {balance} points lors de sa dernière synchronisation, le {when} ; PassEntry n&apos;a pas confirmé ce solde.</translation>
    </message>
    <message>
        <source>The card showed {balance} points when it was last synced; PassEntry has not confirmed that balance.</source>
        <translation>La carte affichait {balance} points lors de sa dernière synchronisation ; PassEntry n&apos;a pas confirmé ce solde.</translation>
    </message>
    <message>
        <source>{limit} {shown}</source>
        <translation>{limit} {shown}</translation>
    </message>
    <message>
        <source>Supervisor approves</source>
        <translation>Approbation du superviseur</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <source>Scan a loyalty card, or search by name or customer number.</source>
        <translation>Scannez une carte de fidélité, ou cherchez par nom ou numéro client.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>no template</source>
        <translation>aucun modèle</translation>
    </message>
    <message>
        <source>{why} Scan the customer&apos;s loyalty card instead.</source>
        <translation>{why} Scannez plutôt la carte de fidélité du client.</translation>
    </message>
    <message>
        <source>Reward: {rewards}</source>
        <translation>Récompense : {rewards}</translation>
    </message>
    <message>
        <source>active</source>
        <comment>a pass&apos;s status</comment>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <comment>a pass&apos;s status</comment>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>nullified</source>
        <comment>a pass&apos;s status</comment>
        <translation>invalidé</translation>
    </message>
    <message>
        <source>voided</source>
        <comment>a pass&apos;s status</comment>
        <translation>invalidé</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>a pass&apos;s status</comment>
        <translation>expiré</translation>
    </message>
    <message>
        <source>points</source>
        <comment>beside the balance: the unit</comment>
        <translation>points</translation>
    </message>
    <message>
        <source>last synced {when}, not confirmed</source>
        <translation>synchronisé le {when}, non confirmé</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <source>Not confirmed by PassEntry: the card showed {balance} when it was last synced. Redeem up to {limit} points; more needs a supervisor</source>
        <translation>Non confirmé par PassEntry : la carte affichait {balance} lors de sa dernière synchronisation. Utilisation possible jusqu&apos;à {limit} points ; au-delà, un superviseur est requis</translation>
    </message>
    <message>
        <source>Not confirmed by PassEntry: the card showed {balance} when it was last synced</source>
        <translation>Non confirmé par PassEntry : la carte affichait {balance} lors de sa dernière synchronisation</translation>
    </message>
    <message>
        <source>PassEntry&apos;s balance is not known here yet</source>
        <translation>Le solde PassEntry n&apos;est pas encore connu ici</translation>
    </message>
    <message>
        <source>PassEntry confirmed {balance} at {when}</source>
        <translation>PassEntry a confirmé {balance} le {when}</translation>
    </message>
    <message>
        <source>PassEntry confirmed {balance}</source>
        <translation>PassEntry a confirmé {balance}</translation>
    </message>
    <message>
        <source>{note}; the balance above includes this till&apos;s changes still on their way</source>
        <translation>{note} ; le solde ci-dessus inclut les modifications de cette caisse encore en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>{note} · reading the balance from PassEntry…</source>
        <translation>{note} · lecture du solde depuis PassEntry…</translation>
    </message>
    <message>
        <source>{note} · could not read it now ({why})</source>
        <translation>{note} · lecture impossible pour l&apos;instant ({why})</translation>
    </message>
    <message>
        <source>Set the balance from {before} to {after}</source>
        <translation>Fixer le solde de {before} à {after}</translation>
    </message>
    <message>
        <source>{sign}{points} points → balance {after}</source>
        <translation>{sign}{points} points → solde {after}</translation>
    </message>
    <message>
        <source>{sign}{points} points (balance not known here)</source>
        <translation>{sign}{points} points (solde inconnu ici)</translation>
    </message>
    <message>
        <source>{spent} spent: {change}</source>
        <translation>{spent} dépensés : {change}</translation>
    </message>
    <message>
        <source>Reaches a reward: {reward}</source>
        <translation>Atteint une récompense : {reward}</translation>
    </message>
    <message>
        <source>A supervisor must approve: the balance is not confirmed.</source>
        <translation>Un superviseur doit approuver : le solde n&apos;est pas confirmé.</translation>
    </message>
    <message>
        <source>Balance set to {balance} and a message for {name}: saved here, on its way to PassEntry.</source>
        <translation>Solde fixé à {balance} et message pour {name} : enregistrés ici, en cours d&apos;envoi à PassEntry.</translation>
    </message>
    <message>
        <source>Balance set to {balance} for {name}: saved here, on its way to PassEntry.</source>
        <translation>Solde fixé à {balance} pour {name} : enregistré ici, en cours d&apos;envoi à PassEntry.</translation>
    </message>
    <message>
        <source>{change} points and a message for {name}: saved here, on its way to PassEntry.</source>
        <translation>{change} points et un message pour {name} : enregistrés ici, en cours d&apos;envoi à PassEntry.</translation>
    </message>
    <message>
        <source>{change} points for {name}: saved here, on its way to PassEntry.</source>
        <translation>{change} points pour {name} : enregistrés ici, en cours d&apos;envoi à PassEntry.</translation>
    </message>
    <message>
        <source>set the balance to {balance}</source>
        <translation>fixer le solde à {balance}</translation>
    </message>
    <message>
        <source>{change} points</source>
        <translation>{change} points</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
    <message>
        <source>Since {when}</source>
        <translation>Depuis {when}</translation>
    </message>
    <message>
        <source>no operations yet</source>
        <translation>aucune opération</translation>
    </message>
    <message>
        <source>issued {points}</source>
        <translation>crédités {points}</translation>
    </message>
    <message>
        <source>redeemed {points}</source>
        <translation>utilisés {points}</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Sent to the customer&apos;s phone as a message.
Filled in for you:  {fields}</source>
        <translation>Envoyé sous forme de message au téléphone du client.
Remplis pour vous :  {fields}</translation>
    </message>
    <message>
        <source>Alex</source>
        <comment>a sample first name in an example</comment>
        <translation>Alex</translation>
    </message>
    <message>
        <source>A free coffee</source>
        <comment>a sample reward</comment>
        <translation>Un café offert</translation>
    </message>
    <message>
        <source>Example ({which}): {text}</source>
        <translation>Exemple ({which}) : {text}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message numerus="yes">
        <source>{count} of %Ln characters</source>
        <translation>
            <numerusform>{count} sur %Ln caractère</numerusform>
            <numerusform>{count} sur %Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Reward reached</source>
        <translation>Récompense atteinte</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Montant dépensé</translation>
    </message>
    <message>
        <source>Points to add</source>
        <translation>Points à créditer</translation>
    </message>
    <message>
        <source>Points to redeem</source>
        <translation>Points à utiliser</translation>
    </message>
    <message>
        <source>New balance</source>
        <translation>Nouveau solde</translation>
    </message>
    <message>
        <source>{amount} ({currency})</source>
        <translation>{amount} ({currency})</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>This pass is {status}: PassEntry delivers messages only to active passes, so this one will not reach the customer.</source>
        <translation>Ce pass est {status} : PassEntry ne livre les messages qu&apos;aux pass actifs, celui-ci n&apos;atteindra donc pas le client.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: a lock screen shows about {most}.</source>
        <translation>
            <numerusform>%Ln caractère : un écran verrouillé en affiche environ {most}.</numerusform>
            <numerusform>%Ln caractères : un écran verrouillé en affiche environ {most}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not redeemed: {why} Apply again to ask.</source>
        <translation>Non utilisé : {why} Appliquez à nouveau pour demander.</translation>
    </message>
    <message>
        <source>{why} (Apply again to make it.)</source>
        <translation>{why} (Appliquez à nouveau pour l&apos;effectuer.)</translation>
    </message>
    <message>
        <source>{change}, against a balance PassEntry has not confirmed</source>
        <translation>{change}, sur un solde que PassEntry n&apos;a pas confirmé</translation>
    </message>
    <message>
        <source>Not redeemed: {why}</source>
        <translation>Non utilisé : {why}</translation>
    </message>
    <message>
        <source>Not redeemed: a supervisor did not approve it.</source>
        <translation>Non utilisé : un superviseur ne l&apos;a pas approuvé.</translation>
    </message>
    <message>
        <source>Scan points not applied: {why}</source>
        <translation>Points du scan non appliqués : {why}</translation>
    </message>
    <message>
        <source>Scan points: {change}</source>
        <translation>Points du scan : {change}</translation>
    </message>
    <message>
        <source>Scanned again: the points for this scan were already given.</source>
        <translation>Scanné à nouveau : les points de ce scan ont déjà été attribués.</translation>
    </message>
    <message>
        <source>Not changed: {why}</source>
        <translation>Non modifié : {why}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) not yet confirmed by PassEntry</source>
        <translation>
            <numerusform>%Ln opération pas encore confirmée par PassEntry</numerusform>
            <numerusform>%Ln opérations pas encore confirmées par PassEntry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln balance(s) set</source>
        <translation>
            <numerusform>%Ln solde fixé</numerusform>
            <numerusform>%Ln soldes fixés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not yet confirmed</source>
        <translation>
            <numerusform>%Ln pas encore confirmée</numerusform>
            <numerusform>%Ln pas encore confirmées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: lock screens cut a message after about {most}, so the end may not be seen.</source>
        <translation>
            <numerusform>%Ln caractère : les écrans verrouillés coupent un message après environ {most}, la fin risque de ne pas être vue.</numerusform>
            <numerusform>%Ln caractères : les écrans verrouillés coupent un message après environ {most}, la fin risque de ne pas être vue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set {name}&apos;s balance from {before} to {after}</source>
        <translation>Fixer le solde de {name} de {before} à {after}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Crédités</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Utilisés</translation>
    </message>
    <message>
        <source>Balance set</source>
        <translation>Solde fixé</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Admission undone</source>
        <translation>Entrée annulée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>{what} · spent {spent}</source>
        <translation>{what} · dépensé {spent}</translation>
    </message>
    <message>
        <source>Message: {message}</source>
        <translation>Message : {message}</translation>
    </message>
    <message>
        <source>The local store could not be read: {why}</source>
        <translation>La base locale n&apos;a pas pu être lue : {why}</translation>
    </message>
    <message>
        <source>No pass {value} in the local store. If it is new, wait for the next sync.</source>
        <translation>Aucun pass {value} dans la base locale. S&apos;il est nouveau, attendez la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>a supervisor&apos;s PIN was not given.</source>
        <translation>le PIN d&apos;un superviseur n&apos;a pas été saisi.</translation>
    </message>
    <message>
        <source>Redeem {points} points for {name}</source>
        <translation>Utiliser {points} points pour {name}</translation>
    </message>
    <message>
        <source>Add {points} points for {name}</source>
        <translation>Créditer {points} points à {name}</translation>
    </message>
    <message>
        <source>{change} ({points} points changed on this card in the last hour)</source>
        <translation>{change} ({points} points modifiés sur cette carte au cours de la dernière heure)</translation>
    </message>
    <message>
        <source>{result} It is not in the audit trail (the store refused the entry): tell a manager.</source>
        <translation>{result} Ce n&apos;est pas dans le journal d&apos;audit (la base a refusé l&apos;entrée) : prévenez un responsable.</translation>
    </message>
    <message numerus="yes">
        <source>A change needs review (%Ln more after it): {change}. {error}</source>
        <translation>
            <numerusform>Une modification est à vérifier (%Ln autre après elle) : {change}. {error}</numerusform>
            <numerusform>Une modification est à vérifier (%Ln autres après elle) : {change}. {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>A change needs review: {change}. {error}</source>
        <translation>Une modification est à vérifier : {change}. {error}</translation>
    </message>
    <message numerus="yes">
        <source>A change was refused (%Ln more after it): {change}. {error}</source>
        <translation>
            <numerusform>Une modification a été refusée (%Ln autre après elle) : {change}. {error}</numerusform>
            <numerusform>Une modification a été refusée (%Ln autres après elle) : {change}. {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>A change was refused: {change}. {error}</source>
        <translation>Une modification a été refusée : {change}. {error}</translation>
    </message>
    <message>
        <source>Discard “{change}” for {name}</source>
        <translation>Ignorer « {change} » pour {name}</translation>
    </message>
    <message>
        <source>Not discarded: {why}</source>
        <translation>Non ignoré : {why}</translation>
    </message>
    <message>
        <source>Type the points per currency unit (0: spending earns none).</source>
        <translation>Saisissez les points par unité monétaire (0 : les dépenses ne rapportent rien).</translation>
    </message>
    <message>
        <source>{typed} is not a number of points per currency unit.</source>
        <translation>{typed} n&apos;est pas un nombre de points par unité monétaire.</translation>
    </message>
    <message>
        <source>Points per currency unit cannot be negative.</source>
        <translation>Les points par unité monétaire ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>Points per currency unit can be at most {most}.</source>
        <translation>Les points par unité monétaire ne peuvent pas dépasser {most}.</translation>
    </message>
    <message>
        <source>Reward {number}: type what the customer gets.</source>
        <translation>Récompense {number} : saisissez ce que reçoit le client.</translation>
    </message>
    <message>
        <source>Reward {number}: {why}</source>
        <translation>Récompense {number} : {why}</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Inférieur</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Plus proche</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Supérieur</translation>
    </message>
    <message>
        <source>All other templates</source>
        <translation>Tous les autres modèles</translation>
    </message>
    <message>
        <source>{template} (not synced)</source>
        <translation>{template} (non synchronisé)</translation>
    </message>
    <message>
        <source>Used by every loyalty template without rules of its own.</source>
        <translation>Utilisé par tout modèle de fidélité sans règles propres.</translation>
    </message>
    <message>
        <source>This template has rules of its own.</source>
        <translation>Ce modèle a ses propres règles.</translation>
    </message>
    <message>
        <source>This template uses the general rules until you change something here.</source>
        <translation>Ce modèle utilise les règles générales tant que vous ne modifiez rien ici.</translation>
    </message>
    <message numerus="yes">
        <source>{about} Its balance shows %n decimal place(s): type points as the pass shows them.</source>
        <translation>
            <numerusform>{about} Son solde affiche %n décimale : saisissez les points comme le pass les affiche.</numerusform>
            <numerusform>{about} Son solde affiche %n décimales : saisissez les points comme le pass les affiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reward is reached when the balance gets to its points; the customer is sent the reward message (Messages tab).</source>
        <translation>Une récompense est atteinte quand le solde arrive à ses points ; le client reçoit le message de récompense (onglet Messages).</translation>
    </message>
    <message>
        <source>{help} Points here are whole units of the balance: for a template with decimals, {whole} is {shown}.</source>
        <translation>{help} Les points sont ici des unités entières du solde : pour un modèle avec décimales, {whole} vaut {shown}.</translation>
    </message>
    <message>
        <source>Rules for {template} (Earning and rewards): {why}</source>
        <translation>Règles pour {template} (Gains et récompenses) : {why}</translation>
    </message>
    <message>
        <source>Spending {spent} earns {points} points.</source>
        <translation>Dépenser {spent} rapporte {points} points.</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>points per scan: none</comment>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>No pass matches.</source>
        <translation>Aucun pass ne correspond.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found: pick one (Enter takes the first)</source>
        <translation>
            <numerusform>%Ln trouvé : choisissez-le (Entrée prend le premier)</numerusform>
            <numerusform>%Ln trouvés : choisissez-en un (Entrée prend le premier)</numerusform>
        </translation>
    </message>
    <message>
        <source>Till settings</source>
        <translation>Paramètres de la caisse</translation>
    </message>
    <message>
        <source>Points per scan</source>
        <translation>Points par scan</translation>
    </message>
    <message>
        <source>Off, or the points each scan adds (negative: takes)</source>
        <translation>Désactivé, ou les points crédités à chaque scan (négatif : retirés)</translation>
    </message>
    <message>
        <source>the Till&apos;s settings</source>
        <translation>les paramètres de la Caisse</translation>
    </message>
    <message>
        <source>Settings not opened: {why}</source>
        <translation>Paramètres non ouverts : {why}</translation>
    </message>
    <message>
        <source>In use, but not saved: {why}</source>
        <translation>Utilisé, mais non enregistré : {why}</translation>
    </message>
    <message>
        <source>Till “{desk}”</source>
        <translation>Caisse « {desk} »</translation>
    </message>
    <message numerus="yes">
        <source>{problem} And %Ln more.</source>
        <translation>
            <numerusform>{problem} Et %Ln autre.</numerusform>
            <numerusform>{problem} Et %Ln autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>rounded down</source>
        <translation>arrondi à l&apos;inférieur</translation>
    </message>
    <message>
        <source>rounded nearest</source>
        <translation>arrondi au plus proche</translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation>arrondi au supérieur</translation>
    </message>
    <message>
        <source>1 point per {currency} spent, {rounding}</source>
        <translation>1 point par {currency} dépensé, {rounding}</translation>
    </message>
    <message>
        <source>{rate} points per {currency} spent, {rounding}</source>
        <translation>{rate} points par {currency} dépensé, {rounding}</translation>
    </message>
    <message>
        <source>1 point per unit spent, {rounding}</source>
        <translation>1 point par unité dépensée, {rounding}</translation>
    </message>
    <message>
        <source>{rate} points per unit spent, {rounding}</source>
        <translation>{rate} points par unité dépensée, {rounding}</translation>
    </message>
    <message numerus="yes">
        <source>own rules for %Ln template(s)</source>
        <translation>
            <numerusform>règles propres pour %Ln modèle</numerusform>
            <numerusform>règles propres pour %Ln modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>scan with loyalty: {points} per scan</source>
        <translation>scan avec fidélité : {points} par scan</translation>
    </message>
    <message>
        <source>{role} · a supervisor&apos;s PIN for every change here</source>
        <translation>{role} · PIN du superviseur pour chaque modification ici</translation>
    </message>
    <message>
        <source>redeeming over {points} points</source>
        <translation>utilisation de plus de {points} points</translation>
    </message>
    <message>
        <source>over {points} points on one card in an hour</source>
        <translation>plus de {points} points sur une carte en une heure</translation>
    </message>
    <message>
        <source>setting a balance</source>
        <translation>fixation d&apos;un solde</translation>
    </message>
    <message>
        <source>{role} · a supervisor&apos;s PIN for {needs}</source>
        <translation>{role} · PIN du superviseur pour {needs}</translation>
    </message>
    <message>
        <source>The shift&apos;s totals could not be read: {why}</source>
        <translation>Les totaux du service n&apos;ont pas pu être lus : {why}</translation>
    </message>
    <message>
        <source>Shift closed at {when}; a new shift started.</source>
        <translation>Service clôturé à {when} ; un nouveau service a commencé.</translation>
    </message>
    <message>
        <source>Export operations</source>
        <translation>Exporter les opérations</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s)</source>
        <translation>
            <numerusform>%Ln opération</numerusform>
            <numerusform>%Ln opérations</numerusform>
        </translation>
    </message>
    <message>
        <source>Till “{desk}” · from {start} to {end}</source>
        <translation>Caisse « {desk} » · du {start} au {end}</translation>
    </message>
    <message>
        <source>No operations in this shift.</source>
        <translation>Aucune opération dans ce service.</translation>
    </message>
    <message>
        <source>points issued {points}</source>
        <translation>points crédités {points}</translation>
    </message>
    <message>
        <source>points redeemed {points}</source>
        <translation>points utilisés {points}</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Clôturer le service</translation>
    </message>
    <message>
        <source>Writing operations…</source>
        <translation>Écriture des opérations…</translation>
    </message>
    <message>
        <source>Close this shift?</source>
        <translation>Clôturer ce service ?</translation>
    </message>
    <message>
        <source>&amp;Close shift</source>
        <translation>&amp;Clôturer le service</translation>
    </message>
    <message>
        <source>Start a new shift now</source>
        <translation>Commencer un nouveau service maintenant</translation>
    </message>
    <message>
        <source>Export the shift</source>
        <translation>Exporter le service</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) not yet confirmed by PassEntry: counted here, and still on the way.</source>
        <translation>
            <numerusform>%Ln opération pas encore confirmée par PassEntry : comptée ici, et encore en cours d&apos;envoi.</numerusform>
            <numerusform>%Ln opérations pas encore confirmées par PassEntry : comptées ici, et encore en cours d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) written to {path}; the totals to {totals}</source>
        <translation>
            <numerusform>%Ln opération écrite dans {path} ; les totaux dans {totals}</numerusform>
            <numerusform>%Ln opérations écrites dans {path} ; les totaux dans {totals}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>Impossible d&apos;écrire {path} : {why}</translation>
    </message>
    <message>
        <source>Writing the shift…</source>
        <translation>Écriture du service…</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <source>a loyalty card</source>
        <translation>une carte de fidélité</translation>
    </message>
    <message>
        <source>a member card</source>
        <translation>une carte de membre</translation>
    </message>
    <message>
        <source>a transit pass</source>
        <translation>un titre de transport</translation>
    </message>
    <message>
        <source>an unnamed event</source>
        <translation>un événement sans nom</translation>
    </message>
    <message>
        <source>{event}, {day}</source>
        <comment>an event&apos;s name and day</comment>
        <translation>{event}, {day}</translation>
    </message>
    <message>
        <source>another kind of pass</source>
        <translation>un autre type de pass</translation>
    </message>
    <message>
        <source>{time} {place} time</source>
        <comment>a time on a city&apos;s clock</comment>
        <translation>{time} heure de {place}</translation>
    </message>
    <message>
        <source>Ticket for {event}: that event has ended</source>
        <translation>Billet pour {event} : cet événement est terminé</translation>
    </message>
    <message>
        <source>Ticket for {event}: not yet, it starts at {time}</source>
        <translation>Billet pour {event} : pas encore, il commence à {time}</translation>
    </message>
    <message>
        <source>Ticket for {event}: not this door&apos;s event</source>
        <translation>Billet pour {event} : pas l&apos;événement de cette porte</translation>
    </message>
    <message>
        <source>Ticket for another event</source>
        <translation>Billet pour un autre événement</translation>
    </message>
    <message>
        <source>Not a ticket for this event</source>
        <translation>Pas un billet pour cet événement</translation>
    </message>
    <message>
        <source>Unknown pass: not a ticket for this venue</source>
        <translation>Pass inconnu : pas un billet pour ce lieu</translation>
    </message>
    <message>
        <source>This pass was cancelled (deactivated)</source>
        <translation>Ce pass a été annulé (désactivé)</translation>
    </message>
    <message>
        <source>Cancelled: this pass was nullified</source>
        <translation>Annulé : ce pass a été invalidé définitivement</translation>
    </message>
    <message>
        <source>Expired on {day}</source>
        <translation>Expiré le {day}</translation>
    </message>
    <message>
        <source>{template} is not valid at this door</source>
        <translation>{template} n&apos;est pas valable à cette porte</translation>
    </message>
    <message>
        <source>this kind of pass is not valid at this door</source>
        <translation>ce type de pass n&apos;est pas valable à cette porte</translation>
    </message>
    <message>
        <source>Not a ticket: this is {card}</source>
        <translation>Pas un billet : c&apos;est {card}</translation>
    </message>
    <message>
        <source>Not checked in, so not checked out</source>
        <translation>Pas entré, donc pas de sortie</translation>
    </message>
    <message>
        <source>Checked out; may come back in</source>
        <translation>Sorti ; peut revenir</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>Doors open at {time}</source>
        <translation>Ouverture des portes à {time}</translation>
    </message>
    <message>
        <source>Doors closed at {time}</source>
        <translation>Portes fermées à {time}</translation>
    </message>
    <message>
        <source>Already admitted by {reader} at {time}</source>
        <translation>Déjà accepté par {reader} à {time}</translation>
    </message>
    <message>
        <source>Already admitted at {time}</source>
        <translation>Déjà accepté à {time}</translation>
    </message>
    <message>
        <source>Full: {inside} of {capacity} inside</source>
        <translation>Complet : {inside} présents sur {capacity}</translation>
    </message>
    <message>
        <source>The holder removed this pass from their wallet</source>
        <translation>Le titulaire a retiré ce pass de son portefeuille</translation>
    </message>
    <message>
        <source>Admitted, but the pass was removed from the wallet: check ID</source>
        <translation>Accepté, mais le pass a été retiré du portefeuille : vérifier l&apos;identité</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Bon retour</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>{reason}: ask staff to check this ticket</source>
        <translation>{reason} : demander au personnel de vérifier ce billet</translation>
    </message>
    <message>
        <source>Could not read the code: {why}</source>
        <translation>Impossible de lire le code : {why}</translation>
    </message>
    <message>
        <source>Check the guest before letting them in</source>
        <translation>Vérifier l&apos;invité avant de le faire entrer</translation>
    </message>
    <message>
        <source>ask staff to check this ticket</source>
        <translation>demander au personnel de vérifier ce billet</translation>
    </message>
    <message>
        <source>the scanner sent bytes that are not text</source>
        <translation>le scanner a envoyé des octets qui ne sont pas du texte</translation>
    </message>
    <message>
        <source>{count} characters is not a pass code</source>
        <translation>{count} caractères, ce n&apos;est pas un code de pass</translation>
    </message>
    <message>
        <source>mostly control characters, not a pass code</source>
        <translation>surtout des caractères de contrôle, pas un code de pass</translation>
    </message>
    <message>
        <source>nothing was read</source>
        <translation>rien n&apos;a été lu</translation>
    </message>
    <message>
        <source>only a reader prefix was read</source>
        <translation>seul un préfixe de lecteur a été lu</translation>
    </message>
    <message>
        <source>ALSO ADMITTED ELSEWHERE</source>
        <comment>in the door&apos;s last scans list</comment>
        <translation>AUSSI ACCEPTÉ AILLEURS</translation>
    </message>
    <message>
        <source>Asking the validation service…</source>
        <translation>Interrogation du service de validation…</translation>
    </message>
    <message>
        <source>Passes are still loading ({done}): check the ticket by hand</source>
        <translation>Les pass sont encore en chargement ({done}) : vérifiez le billet à la main</translation>
    </message>
    <message>
        <source>Passes are still loading: check the ticket by hand</source>
        <translation>Les pass sont encore en chargement : vérifiez le billet à la main</translation>
    </message>
    <message>
        <source>{verdict}. This door&apos;s event is no longer in the events list: choose tonight&apos;s event above</source>
        <translation>{verdict}. L&apos;événement de cette porte n&apos;est plus dans la liste des événements : choisissez l&apos;événement de ce soir ci-dessus</translation>
    </message>
    <message>
        <source>{verdict} · {points}</source>
        <translation>{verdict} · {points}</translation>
    </message>
    <message>
        <source>Loading passes… {done}</source>
        <translation>Chargement des pass… {done}</translation>
    </message>
    <message>
        <source>Loading passes…</source>
        <translation>Chargement des pass…</translation>
    </message>
    <message>
        <source>Until every pass is here, a ticket not found must be checked by hand.</source>
        <translation>Tant que tous les pass ne sont pas là, un billet introuvable doit être vérifié à la main.</translation>
    </message>
    <message>
        <source>This door&apos;s event is no longer in the events list</source>
        <translation>L&apos;événement de cette porte n&apos;est plus dans la liste des événements</translation>
    </message>
    <message>
        <source>Every ticket is denied until tonight&apos;s event is chosen above.</source>
        <translation>Tous les billets sont refusés tant que l&apos;événement de ce soir n&apos;est pas choisi ci-dessus.</translation>
    </message>
    <message>
        <source>Scan a ticket to check it out</source>
        <translation>Scannez un billet pour enregistrer la sortie</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>readmitted</source>
        <translation>réentrée</translation>
    </message>
    <message>
        <source>removed from wallet</source>
        <translation>retiré du portefeuille</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>sorti</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>unknown pass</source>
        <translation>pass inconnu</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>nullified</source>
        <translation>invalidé</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>template not allowed</source>
        <translation>modèle non autorisé</translation>
    </message>
    <message>
        <source>not a ticket</source>
        <translation>pas un billet</translation>
    </message>
    <message>
        <source>wrong event</source>
        <translation>mauvais événement</translation>
    </message>
    <message>
        <source>event ended</source>
        <translation>événement terminé</translation>
    </message>
    <message>
        <source>event not started</source>
        <translation>événement pas commencé</translation>
    </message>
    <message>
        <source>doors not open</source>
        <translation>portes pas ouvertes</translation>
    </message>
    <message>
        <source>doors closed</source>
        <translation>portes fermées</translation>
    </message>
    <message>
        <source>already admitted</source>
        <translation>déjà accepté</translation>
    </message>
    <message>
        <source>not inside</source>
        <translation>pas entré</translation>
    </message>
    <message>
        <source>capacity reached</source>
        <translation>jauge atteinte</translation>
    </message>
    <message>
        <source>held</source>
        <translation>mis en attente</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>{time} {zone}</source>
        <comment>a time, then its time zone&apos;s abbreviation: 19:42 GMT</comment>
        <translation>{time} {zone}</translation>
    </message>
    <message>
        <source>Scan a ticket</source>
        <translation>Scannez un billet</translation>
    </message>
    <message>
        <source>{verdict}. {name}. {message}</source>
        <translation>{verdict}. {name}. {message}</translation>
    </message>
    <message>
        <source>ADMIT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>ACCEPTÉ</translation>
    </message>
    <message>
        <source>DENY</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>REFUSÉ</translation>
    </message>
    <message>
        <source>CHECK</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>VÉRIFIER</translation>
    </message>
    <message>
        <source>EXIT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>HOLD</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>EN ATTENTE</translation>
    </message>
    <message>
        <source>NOT RECORDED</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>NON ENREGISTRÉ</translation>
    </message>
    <message>
        <source>READY</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>PRÊT</translation>
    </message>
    <message>
        <source>LOADING</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>CHARGEMENT</translation>
    </message>
    <message>
        <source>NOT LOADED</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>NON CHARGÉ</translation>
    </message>
    <message>
        <source>NO EVENT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>SANS ÉVÉNEMENT</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <source>CHECKING</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>VÉRIFICATION</translation>
    </message>
    <message>
        <source>Turned away: {reason}</source>
        <translation>Refusé : {reason}</translation>
    </message>
    <message>
        <source>Let in after the check: {reason}</source>
        <translation>Entré après vérification : {reason}</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Non valable</translation>
    </message>
    <message>
        <source>Validation service unavailable ({error})</source>
        <translation>Service de validation indisponible ({error})</translation>
    </message>
    <message>
        <source>{why}: denied, as this door is set up to</source>
        <translation>{why} : refusé, selon le réglage de cette porte</translation>
    </message>
    <message>
        <source>{why}: checked offline. {verdict}</source>
        <translation>{why} : vérifié hors ligne. {verdict}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>passdesk cannot open its local database.

{problem}

Check that the data folder exists and can be written, or set PASSDESK_DATA_DIR to another folder.</source>
        <translation>passdesk ne peut pas ouvrir sa base de données locale.

{problem}

Vérifiez que le dossier de données existe et est accessible en écriture, ou définissez PASSDESK_DATA_DIR sur un autre dossier.</translation>
    </message>
    <message>
        <source>The demo sandbox could not start:
{problem}</source>
        <translation>Le bac à sable de démo n&apos;a pas pu démarrer :
{problem}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Unlock desk…</source>
        <translation>Déverrouiller le poste…</translation>
    </message>
    <message>
        <source>This desk is locked to one pane. A supervisor&apos;s PIN unlocks it.</source>
        <translation>Ce poste est verrouillé sur un volet. Le PIN d&apos;un superviseur le déverrouille.</translation>
    </message>
    <message>
        <source>the {pane}</source>
        <comment>the pane a kiosk desk is locked to</comment>
        <translation>volet {pane}</translation>
    </message>
    <message>
        <source>Not unlocked: {problem}</source>
        <translation>Non déverrouillé : {problem}</translation>
    </message>
    <message>
        <source>This desk is locked. A supervisor unlocks it with &quot;{unlock}&quot;.</source>
        <translation>Ce poste est verrouillé. Un superviseur le déverrouille avec « {unlock} ».</translation>
    </message>
    <message numerus="yes">
        <source>The local data was rescued (%Ln row(s)); the damaged file is kept as {file}. Passes and events are fetched again.</source>
        <translation>
            <numerusform>Les données locales ont été récupérées (%Ln ligne) ; le fichier endommagé est conservé sous {file}. Les pass et les événements sont à nouveau récupérés.</numerusform>
            <numerusform>Les données locales ont été récupérées (%Ln lignes) ; le fichier endommagé est conservé sous {file}. Les pass et les événements sont à nouveau récupérés.</numerusform>
        </translation>
    </message>
    <message>
        <source>A fresh local store was started; the damaged file is kept as {file}. Passes and events are fetched again.</source>
        <translation>Une nouvelle base locale a été créée ; le fichier endommagé est conservé sous {file}. Les pass et les événements sont à nouveau récupérés.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Show the section names</source>
        <translation>Afficher le nom des sections</translation>
    </message>
    <message>
        <source>Show icons only</source>
        <translation>Afficher les icônes seules</translation>
    </message>
    <message>
        <source>{section} ({keys})</source>
        <comment>a section and its shortcut</comment>
        <translation>{section} ({keys})</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
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
        <translation>Lecteurs</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>passdesk: local data damaged</source>
        <translation>passdesk : données locales endommagées</translation>
    </message>
    <message>
        <source>The local data file is damaged</source>
        <translation>Le fichier de données locales est endommagé</translation>
    </message>
    <message>
        <source>passdesk cannot read its local data file, so it cannot start on it.

Unsent changes and door scans may still be inside. passdesk can move the file aside (it is kept, never deleted), copy what can still be read into a fresh store, and then fetch passes and events again from PassEntry.</source>
        <translation>passdesk ne peut pas lire son fichier de données locales et ne peut donc pas démarrer dessus.

Des modifications non envoyées et des scans de porte peuvent s&apos;y trouver encore. passdesk peut mettre le fichier de côté (il est conservé, jamais supprimé), copier ce qui est encore lisible dans une nouvelle base, puis récupérer à nouveau les pass et les événements depuis PassEntry.</translation>
    </message>
    <message>
        <source>File: {path}
SQLite says: {problem}</source>
        <translation>Fichier : {path}
SQLite indique : {problem}</translation>
    </message>
    <message>
        <source>Rescue what can be read (recommended)</source>
        <translation>Récupérer ce qui est lisible (recommandé)</translation>
    </message>
    <message>
        <source>Start a fresh store (the old file is kept)</source>
        <translation>Créer une nouvelle base (l&apos;ancien fichier est conservé)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Rescuing the local data…</source>
        <translation>Récupération des données locales…</translation>
    </message>
    <message>
        <source>This can take a minute for a large store. Please leave passdesk open.</source>
        <translation>Cela peut prendre une minute pour une grosse base. Merci de laisser passdesk ouvert.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Start a fresh store</source>
        <translation>Créer une nouvelle base</translation>
    </message>
    <message>
        <source>Start a fresh store without rescuing?</source>
        <translation>Créer une nouvelle base sans récupération ?</translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation>Repartir de zéro</translation>
    </message>
    <message>
        <source>Unsent changes and scans in the old file are not sent. The file is kept as it is, beside {file}.</source>
        <translation>Les modifications et scans non envoyés de l&apos;ancien fichier ne seront pas envoyés. Le fichier est conservé tel quel, à côté de {file}.</translation>
    </message>
    <message>
        <source>Starting a fresh store…</source>
        <translation>Création d&apos;une nouvelle base…</translation>
    </message>
    <message>
        <source>A fresh store is ready</source>
        <translation>Une nouvelle base est prête</translation>
    </message>
    <message>
        <source>The local data was rescued</source>
        <translation>Les données locales ont été récupérées</translation>
    </message>
    <message>
        <source>Nothing could be rescued</source>
        <translation>Rien n&apos;a pu être récupéré</translation>
    </message>
    <message>
        <source>The rescue did not finish</source>
        <translation>La récupération n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>{problem}

The damaged file was not deleted. Quit, free some space or fix the folder&apos;s permissions, and try again; or run &apos;passdesk store rescue&apos; from a terminal.</source>
        <translation>{problem}

Le fichier endommagé n&apos;a pas été supprimé. Quittez, libérez de l&apos;espace ou corrigez les droits du dossier, puis réessayez ; ou lancez &apos;passdesk store rescue&apos; depuis un terminal.</translation>
    </message>
    <message>
        <source>Welcome to passdesk</source>
        <translation>Bienvenue dans passdesk</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>Aucune clé API</translation>
    </message>
    <message>
        <source>passdesk has no PassEntry API key for {server}.

Start the demo to try passdesk on a local sandbox with made-up data, or open Settings to enter the key from the PassEntry Dashboard (Developer tools).</source>
        <translation>passdesk n&apos;a pas de clé API PassEntry pour {server}.

Lancez la démo pour essayer passdesk sur un bac à sable local avec des données fictives, ou ouvrez les Paramètres pour saisir la clé du tableau de bord PassEntry (Developer tools).</translation>
    </message>
    <message>
        <source>On a computer without a keychain, set PASSDESK_API_KEY instead.</source>
        <translation>Sur un ordinateur sans trousseau, définissez plutôt PASSDESK_API_KEY.</translation>
    </message>
    <message>
        <source>Start &amp;demo</source>
        <translation>Lancer la &amp;démo</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Ouvrir les &amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Demo sandbox · {address}</source>
        <translation>Bac à sable de démo · {address}</translation>
    </message>
    <message>
        <source>Local server · {address}</source>
        <translation>Serveur local · {address}</translation>
    </message>
    <message>
        <source>PassEntry API · {address}</source>
        <translation>API PassEntry · {address}</translation>
    </message>
    <message>
        <source>Changes made here that PassEntry does not have yet. Click to see them in the Sync pane.</source>
        <translation>Modifications faites ici que PassEntry n&apos;a pas encore. Cliquez pour les voir dans le volet Synchronisation.</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Espace disque</translation>
    </message>
    <message>
        <source>API base URL: {url}</source>
        <translation>URL de base de l&apos;API : {url}</translation>
    </message>
    <message>
        <source>Last sync {time}.</source>
        <translation>Dernière synchronisation {time}.</translation>
    </message>
    <message>
        <source>No sync has finished yet.</source>
        <translation>Aucune synchronisation n&apos;est encore terminée.</translation>
    </message>
    <message>
        <source>The last sync was cancelled.</source>
        <translation>La dernière synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>Last attempt: {problem}</source>
        <translation>Dernière tentative : {problem}</translation>
    </message>
    <message>
        <source>Click to open the Sync pane.</source>
        <translation>Cliquez pour ouvrir le volet Synchronisation.</translation>
    </message>
</context>
</TS>
