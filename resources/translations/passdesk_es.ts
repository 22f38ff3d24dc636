<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BulkIssueForm</name>
    <message>
        <source>CSV &amp;file</source>
        <translation>&amp;Archivo CSV</translation>
    </message>
    <message>
        <source>Type a path and press Enter, or Choose… (UTF-8, columns separated by , or ;)</source>
        <translation>Escribe una ruta y pulsa Enter, o Elegir… (UTF-8, columnas separadas por , o ;)</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation>Añadir por I&amp;D…</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID, copied from the PassEntry dashboard</source>
        <translation>¿No aparece la plantilla? Añádela por su ID, copiado del panel de PassEntry</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID</source>
        <translation>¿No aparece la plantilla? Añádela por su ID</translation>
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
        <translation>El evento del que cada pase del archivo es entrada</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Pass field</source>
        <translation>Campo del pase</translation>
    </message>
    <message>
        <source>CSV column</source>
        <translation>Columna CSV</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Choose a CSV file: every row is checked before anything is sent.</source>
        <translation>Elige un archivo CSV: se comprueba cada fila antes de enviar nada.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Export bad rows…</source>
        <translation>&amp;Exportar filas erróneas…</translation>
    </message>
</context>
<context>
    <name>DesignerEditorForm</name>
    <message>
        <source>Publish state</source>
        <translation>Estado de publicación</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Shown to you and on the pass</source>
        <translation>Lo ves tú y aparece en el pase</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What the pass is for (read by screen readers)</source>
        <translation>Para qué sirve el pase (lo leen los lectores de pantalla)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Template type</source>
        <translation>Tipo de plantilla</translation>
    </message>
    <message>
        <source>T&amp;ravel by</source>
        <translation>&amp;Viaje en</translation>
    </message>
    <message>
        <source>Transit type</source>
        <translation>Tipo de transporte</translation>
    </message>
    <message>
        <source>What a transit pass is for: plane, bus, train, ferry or other</source>
        <translation>Para qué sirve un pase de transporte: avión, autobús, tren, ferri u otro</translation>
    </message>
    <message>
        <source>Default &amp;language</source>
        <translation>&amp;Idioma predeterminado</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <source>The language of the labels and default values on the Fields tab; Google phones in a language the template lacks show it. PassEntry advises English.</source>
        <translation>El idioma de las etiquetas y valores predeterminados de la pestaña Campos; los teléfonos Google en un idioma que falte en la plantilla muestran este. PassEntry recomienda el inglés.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>&amp;Fondo</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Elige el color de fondo</translation>
    </message>
    <message>
        <source>Choose background colour</source>
        <translation>Elegir color de fondo</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Color de fondo</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Choose the label colour</source>
        <translation>Elige el color de las etiquetas</translation>
    </message>
    <message>
        <source>Choose label colour</source>
        <translation>Elegir color de etiquetas</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Color de etiquetas</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>Choose the text colour</source>
        <translation>Elige el color del texto</translation>
    </message>
    <message>
        <source>Choose text colour</source>
        <translation>Elegir color de texto</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Color de texto</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>A PNG or JPEG file of at most 1 MB</source>
        <translation>Un archivo PNG o JPEG de 1 MB como máximo</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Elegir logotipo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Quitar logotipo</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>No banner</source>
        <translation>Sin banner</translation>
    </message>
    <message>
        <source>A PNG or JPEG strip image of at most 1 MB</source>
        <translation>Una imagen de franja PNG o JPEG de 1 MB como máximo</translation>
    </message>
    <message>
        <source>Choose banner</source>
        <translation>Elegir banner</translation>
    </message>
    <message>
        <source>Remove banner</source>
        <translation>Quitar banner</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <source>No icon</source>
        <translation>Sin icono</translation>
    </message>
    <message>
        <source>Choose icon</source>
        <translation>Elegir icono</translation>
    </message>
    <message>
        <source>Remove icon</source>
        <translation>Quitar icono</translation>
    </message>
    <message>
        <source>&amp;Watermark</source>
        <translation>&amp;Marca de agua</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Marca de agua</translation>
    </message>
    <message>
        <source>PassEntry&apos;s mark on the pass, light or dark</source>
        <translation>La marca de PassEntry en el pase, clara u oscura</translation>
    </message>
    <message>
        <source>Watermark position</source>
        <translation>Posición de la marca de agua</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Ty&amp;pe</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <source>Barcode type</source>
        <translation>Tipo de código de barras</translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <translation>&amp;Contiene</translation>
    </message>
    <message>
        <source>What the barcode holds</source>
        <translation>Qué contiene el código de barras</translation>
    </message>
    <message>
        <source>What a scanner reads from each pass&apos;s code</source>
        <translation>Qué lee un escáner del código de cada pase</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>Barcode text</source>
        <translation>Texto del código de barras</translation>
    </message>
    <message>
        <source>What the code holds, e.g. %{passData.memberNumber}</source>
        <translation>Lo que contiene el código, p. ej. %{passData.memberNumber}</translation>
    </message>
    <message>
        <source>&amp;Show the code&apos;s value under it</source>
        <translation>&amp;Mostrar el valor del código debajo</translation>
    </message>
    <message>
        <source>Show the value under the code</source>
        <translation>Mostrar el valor debajo del código</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Fields by slot group</source>
        <translation>Campos por grupo de posiciones</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; drag a row by its number (or use Up and Down) to reorder. Sample values only fill the preview: they are not part of the template.</source>
        <translation>Haz doble clic en una celda para editarla; arrastra una fila por su número (o usa Subir y Bajar) para reordenar. Los valores de ejemplo solo rellenan la vista previa: no forman parte de la plantilla.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>Language of the labels and default values</source>
        <translation>Idioma de las etiquetas y valores predeterminados</translation>
    </message>
    <message>
        <source>The language the table shows and edits; the default language edits the base labels</source>
        <translation>El idioma que muestra y edita la tabla; el idioma predeterminado edita las etiquetas base</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>Añadir idioma…</translation>
    </message>
    <message>
        <source>Give the labels and default values in another language (a BCP 47 tag such as de, de-AT or pt-BR)</source>
        <translation>Indica las etiquetas y valores predeterminados en otro idioma (una etiqueta BCP 47 como de, de-AT o pt-BR)</translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation>Quitar idioma</translation>
    </message>
    <message>
        <source>Remove the chosen language&apos;s labels and default values from every field</source>
        <translation>Quita de todos los campos las etiquetas y valores predeterminados del idioma elegido</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <source>Put a new field in the first empty slot of this group</source>
        <translation>Pon un campo nuevo en la primera posición libre de este grupo</translation>
    </message>
    <message>
        <source>Empty the chosen slot</source>
        <translation>Vacía la posición elegida</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the chosen field one slot up (or drag it)</source>
        <translation>Sube el campo elegido una posición (o arrástralo)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the chosen field one slot down (or drag it)</source>
        <translation>Baja el campo elegido una posición (o arrástralo)</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <source>Move the chosen field to another group</source>
        <translation>Mueve el campo elegido a otro grupo</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
</context>
<context>
    <name>DesignerForm</name>
    <message>
        <source>Designer</source>
        <translation>Diseñador</translation>
    </message>
    <message>
        <source>Design pass templates offline; drafts are kept on this computer until you publish them.</source>
        <translation>Diseña plantillas de pases sin conexión; los borradores se guardan en este ordenador hasta que los publiques.</translation>
    </message>
    <message>
        <source>Designer message</source>
        <translation>Mensaje del Diseñador</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>Send this template to PassEntry (queued while offline)</source>
        <translation>Envía esta plantilla a PassEntry (en cola si no hay conexión)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>Start a blank template</source>
        <translation>Empieza una plantilla en blanco</translation>
    </message>
    <message>
        <source>Open &amp;draft…</source>
        <translation>Abrir &amp;borrador…</translation>
    </message>
    <message>
        <source>Open a draft saved on this computer</source>
        <translation>Abre un borrador guardado en este ordenador</translation>
    </message>
    <message>
        <source>Open &amp;synced template…</source>
        <translation>Abrir plantilla &amp;sincronizada…</translation>
    </message>
    <message>
        <source>Start from a template PassEntry already has</source>
        <translation>Parte de una plantilla que ya tiene PassEntry</translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation>Añadir por I&amp;D…</translation>
    </message>
    <message>
        <source>Add a template PassEntry has, by its ID, and open it</source>
        <translation>Añade una plantilla de PassEntry por su ID y ábrela</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importar JSON…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exportar JSON…</translation>
    </message>
    <message>
        <source>Export P&amp;NGs…</source>
        <translation>Exportar P&amp;NG…</translation>
    </message>
    <message>
        <source>Save both previews as PNG images</source>
        <translation>Guarda ambas vistas previas como imágenes PNG</translation>
    </message>
    <message>
        <source>No template is open. Start a new one, open a draft or a synced template, or import a JSON file.</source>
        <translation>No hay ninguna plantilla abierta. Empieza una nueva, abre un borrador o una plantilla sincronizada, o importa un archivo JSON.</translation>
    </message>
</context>
<context>
    <name>DesignerPickerForm</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
</context>
<context>
    <name>DesignerPublishForm</name>
    <message>
        <source>Name of the &amp;copy</source>
        <translation>Nombre de la &amp;copia</translation>
    </message>
    <message>
        <source>Name of the copy</source>
        <translation>Nombre de la copia</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>Avisos pendientes</translation>
    </message>
</context>
<context>
    <name>DoorForm</name>
    <message>
        <source>Door</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Scan sources</source>
        <translation>Fuentes de escaneo</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export scans…</source>
        <translation>&amp;Exportar escaneos…</translation>
    </message>
    <message>
        <source>Write every scan in the log to a CSV file for a spreadsheet</source>
        <translation>Guarda todos los escaneos del registro en un archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Door &amp;settings…</source>
        <translation>&amp;Ajustes del acceso…</translation>
    </message>
    <message>
        <source>Event, doors-open window, capacity, re-entry and more for this door</source>
        <translation>Evento, horario de apertura, aforo, reingreso y más para esta puerta</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Fill the screen, to read the verdict from two metres (F11)</source>
        <translation>Ocupa toda la pantalla para leer el veredicto a dos metros (F11)</translation>
    </message>
    <message>
        <source>Which event this door admits</source>
        <translation>Evento al que da acceso esta puerta</translation>
    </message>
    <message>
        <source>Tonight&apos;s event</source>
        <translation>Evento de esta noche</translation>
    </message>
    <message>
        <source>&amp;Use this event</source>
        <translation>&amp;Usar este evento</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>admitidos</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denegados</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Buscar un invitado</translation>
    </message>
    <message>
        <source>Name or ticket number  (Ctrl+F)</source>
        <translation>Nombre o número de entrada  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search by name or ticket number</source>
        <translation>Buscar por nombre o número de entrada</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>&amp;Dejar pasar</translation>
    </message>
    <message>
        <source>Judge the selected guest&apos;s pass as if scanned (Enter in the list)</source>
        <translation>Evalúa el pase del invitado seleccionado como si se hubiera escaneado (Enter en la lista)</translation>
    </message>
    <message>
        <source>&amp;Undo last admission</source>
        <translation>&amp;Deshacer último acceso</translation>
    </message>
    <message>
        <source>Take back this door&apos;s last admission (Ctrl+Z)</source>
        <translation>Revierte el último acceso de esta puerta (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>Últimos escaneos</translation>
    </message>
</context>
<context>
    <name>DoorSettingsForm</name>
    <message>
        <source>Event and rules</source>
        <translation>Evento y reglas</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>&amp;Nombre del puesto</translation>
    </message>
    <message>
        <source>Each desk&apos;s scans and &quot;Undo last admission&quot; are its own</source>
        <translation>Cada puesto tiene sus propios escaneos y su propio «Deshacer último acceso»</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Sentido</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Evento</translation>
    </message>
    <message>
        <source>Doors &amp;open</source>
        <translation>&amp;Apertura de puertas</translation>
    </message>
    <message>
        <source>Doors &amp;close</source>
        <translation>&amp;Cierre de puertas</translation>
    </message>
    <message>
        <source>Tickets &amp;valid from</source>
        <translation>Entradas &amp;válidas desde</translation>
    </message>
    <message>
        <source> h before the event starts</source>
        <translation> h antes del inicio del evento</translation>
    </message>
    <message>
        <source>Tickets valid from, hours before the event starts</source>
        <translation>Entradas válidas desde, horas antes del inicio del evento</translation>
    </message>
    <message>
        <source>Earlier, a ticket is denied as &quot;not yet&quot;. The event&apos;s end always closes it. Doors open / close, when set, decide for this door&apos;s own event</source>
        <translation>Antes de eso, la entrada se deniega como «aún no». El fin del evento siempre la cierra. La apertura y el cierre de puertas, si se definen, deciden para el evento de esta puerta</translation>
    </message>
    <message>
        <source>Admit lo&amp;yalty and member cards (no ticket)</source>
        <translation>Dejar pasar tarjetas de &amp;fidelidad y de socio (sin entrada)</translation>
    </message>
    <message>
        <source>Off: a loyalty card or member card scanned here is denied as &quot;Not a ticket&quot;</source>
        <translation>Desactivado: una tarjeta de fidelidad o de socio escaneada aquí se deniega como «No es una entrada»</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Aforo</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personas</translation>
    </message>
    <message>
        <source>Allow &amp;re-entry after an exit scan</source>
        <translation>Permitir &amp;reingreso tras un escaneo de salida</translation>
    </message>
    <message>
        <source>Pass &amp;removed from wallet</source>
        <translation>Pase &amp;eliminado de la cartera</translation>
    </message>
    <message>
        <source>Allowed &amp;templates</source>
        <translation>&amp;Plantillas permitidas</translation>
    </message>
    <message>
        <source>None ticked: every template is let in</source>
        <translation>Ninguna marcada: se aceptan todas las plantillas</translation>
    </message>
    <message>
        <source>Back to &amp;READY after</source>
        <translation>Volver a &amp;LISTO tras</translation>
    </message>
    <message>
        <source>the next scan</source>
        <translation>el siguiente escaneo</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before the verdict goes back to READY</source>
        <translation>Segundos hasta que el veredicto vuelve a LISTO</translation>
    </message>
    <message>
        <source>How long a verdict stays on the big panel; the next scan always replaces it at once</source>
        <translation>Cuánto tiempo se mantiene un veredicto en el panel grande; el siguiente escaneo siempre lo sustituye al instante</translation>
    </message>
    <message>
        <source>Points, sound and readers</source>
        <translation>Puntos, sonido y lectores</translation>
    </message>
    <message>
        <source>Points per &amp;admission</source>
        <translation>Puntos por &amp;acceso</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Points per admission</source>
        <translation>Puntos por acceso</translation>
    </message>
    <message>
        <source>Scan with loyalty: each admission adds these points to the pass&apos;s balance, when its template has loyalty. Off: no points</source>
        <translation>Escaneo con fidelidad: cada acceso suma estos puntos al saldo del pase, si su plantilla tiene fidelidad. Desactivado: sin puntos</translation>
    </message>
    <message>
        <source>Pus&amp;h message</source>
        <translation>&amp;Notificación push</translation>
    </message>
    <message>
        <source>e.g. Thanks for visiting! {points} points added.</source>
        <translation>p. ej., ¡Gracias por tu visita! Se han sumado {points} puntos.</translation>
    </message>
    <message>
        <source>Sent to the pass with the points; {points}, {balance} and {name} are filled in. Empty: no message</source>
        <translation>Se envía al pase con los puntos; se rellenan {points}, {balance} y {name}. Vacío: sin mensaje</translation>
    </message>
    <message>
        <source>&amp;Sound for each verdict</source>
        <translation>&amp;Sonido para cada veredicto</translation>
    </message>
    <message>
        <source>N&amp;FC reader</source>
        <translation>Lector N&amp;FC</translation>
    </message>
    <message>
        <source>Off (e.g. usb or tty:USB0:pn532)</source>
        <translation>Desactivado (p. ej., usb o tty:USB0:pn532)</translation>
    </message>
    <message>
        <source>nfcpy device path of an NFC reader for NDEF tags; empty: no NFC reader</source>
        <translation>Ruta de dispositivo nfcpy de un lector NFC para etiquetas NDEF; vacío: sin lector NFC</translation>
    </message>
    <message>
        <source>VTAP serial &amp;port</source>
        <translation>&amp;Puerto serie VTAP</translation>
    </message>
    <message>
        <source>Off (e.g. /dev/ttyACM0 or COM3)</source>
        <translation>Desactivado (p. ej., /dev/ttyACM0 o COM3)</translation>
    </message>
    <message>
        <source>Serial port of a VTAP reader in serial mode; it flashes green or red with each verdict. Empty: none</source>
        <translation>Puerto serie de un lector VTAP en modo serie; parpadea en verde o rojo con cada veredicto. Vacío: ninguno</translation>
    </message>
    <message>
        <source>Read QR codes with the ca&amp;mera</source>
        <translation>Leer códigos QR con la cá&amp;mara</translation>
    </message>
    <message>
        <source>Camera &amp;to use</source>
        <translation>&amp;Cámara a usar</translation>
    </message>
    <message>
        <source>Which webcam reads QR codes when several are connected</source>
        <translation>Qué cámara web lee los códigos QR si hay varias conectadas</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Cámara a usar</translation>
    </message>
    <message>
        <source>If validation does &amp;not answer</source>
        <translation>Si la validación &amp;no responde</translation>
    </message>
    <message>
        <source>Only with external validation (your venue hub checks each scan): what the door does when it cannot be reached or fails</source>
        <translation>Solo con validación externa (el hub de tu recinto comprueba cada escaneo): qué hace la puerta si no se puede contactar con él o falla</translation>
    </message>
    <message>
        <source>&amp;Log scans in PassEntry as</source>
        <translation>&amp;Registrar escaneos en PassEntry como</translation>
    </message>
    <message>
        <source>Log scans in PassEntry as</source>
        <translation>Registrar escaneos en PassEntry como</translation>
    </message>
    <message>
        <source>The PassEntry reader this desk&apos;s scans are logged as. Don&apos;t log: PassEntry does not see them</source>
        <translation>El lector de PassEntry con el que se registran los escaneos de este puesto. No registrar: PassEntry no los ve</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>Escáner de teclado</translation>
    </message>
    <message>
        <source>Check the scanner…</source>
        <translation>Comprobar el escáner…</translation>
    </message>
    <message>
        <source>Scan a test code once: passdesk finds how the scanner ends codes and corrects a keyboard layout that does not match this computer&apos;s</source>
        <translation>Escanea una vez un código de prueba: passdesk detecta cómo termina el escáner los códigos y corrige una distribución de teclado que no coincida con la de este ordenador</translation>
    </message>
    <message>
        <source>Verdict panel</source>
        <translation>Panel de veredicto</translation>
    </message>
    <message>
        <source>High &amp;contrast: black, white and yellow</source>
        <translation>Alto &amp;contraste: negro, blanco y amarillo</translation>
    </message>
    <message>
        <source>Thick borders and strong colours, easy to tell apart in grey too. Each verdict keeps its own symbol</source>
        <translation>Bordes gruesos y colores intensos, fáciles de distinguir también en gris. Cada veredicto mantiene su propio símbolo</translation>
    </message>
    <message>
        <source>Hi&amp;de names at the door: initials only</source>
        <translation>&amp;Ocultar nombres en el acceso: solo iniciales</translation>
    </message>
    <message>
        <source>The big panel and the last scans show &quot;T. v. d. B.&quot; for Tom van der Berg. The scan log and exports keep the full name</source>
        <translation>El panel grande y los últimos escaneos muestran «T. v. d. B.» para Tom van der Berg. El registro de escaneos y las exportaciones conservan el nombre completo</translation>
    </message>
</context>
<context>
    <name>EditPassForm</name>
    <message>
        <source>&amp;Group tags</source>
        <translation>&amp;Etiquetas de grupo</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. vip, early bird</source>
        <translation>Separadas por comas, p. ej. vip, preventa</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>Etiquetas de grupo</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>Optional: also send the holder a message</source>
        <translation>Opcional: envía también un mensaje al titular</translation>
    </message>
    <message>
        <source>Only the values you change are sent to PassEntry.</source>
        <translation>Solo se envían a PassEntry los valores que cambies.</translation>
    </message>
</context>
<context>
    <name>EventDialogForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>e.g. Summer Gala</source>
        <translation>p. ej., Gala de verano</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Recinto</translation>
    </message>
    <message>
        <source>e.g. Town Hall</source>
        <translation>p. ej., Ayuntamiento</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Recinto</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Where the event takes place: start and end are wall-clock times there. Type part of a city to search.</source>
        <translation>Dónde se celebra el evento: el inicio y el fin son horas locales de allí. Escribe parte del nombre de una ciudad para buscar.</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Start in your time</source>
        <translation>Inicio en tu hora</translation>
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
        <translation>Fin en tu hora</translation>
    </message>
    <message>
        <source>Why OK is disabled</source>
        <translation>Por qué Aceptar está desactivado</translation>
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
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>Eventos mostrados</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>Create an event; it is sent to PassEntry at once, or when back online</source>
        <translation>Crea un evento; se envía a PassEntry al momento o cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the selected event (or double-click it)</source>
        <translation>Modifica el evento seleccionado (o haz doble clic en él)</translation>
    </message>
    <message>
        <source>What this account&apos;s API offers for events</source>
        <translation>Lo que ofrece la API de esta cuenta para eventos</translation>
    </message>
    <message>
        <source>Filter by name or venue</source>
        <translation>Filtrar por nombre o recinto</translation>
    </message>
    <message>
        <source>Filter events by name or venue</source>
        <translation>Filtrar eventos por nombre o recinto</translation>
    </message>
    <message>
        <source>Which events: upcoming, past or all</source>
        <translation>Qué eventos: próximos, pasados o todos</translation>
    </message>
    <message>
        <source>Upcoming: not over yet (ongoing events too)</source>
        <translation>Próximos: aún no terminados (también los que están en curso)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>HubSubscriptionForm</name>
    <message>
        <source>PassEntry can tell this hub, as it happens, about every pass installed in or removed from a wallet, scanned by a PassEntry reader, or created. It signs each event with a secret this hub keeps in the keychain.</source>
        <translation>PassEntry puede avisar a este hub, en el momento, de cada pase instalado en una cartera o eliminado de ella, escaneado por un lector de PassEntry o creado. Firma cada evento con un secreto que este hub guarda en el llavero.</translation>
    </message>
    <message>
        <source>P&amp;ublic address:</source>
        <translation>Dirección &amp;pública:</translation>
    </message>
    <message>
        <source>https://hub.your-venue.example</source>
        <translation>https://hub.tu-recinto.example</translation>
    </message>
    <message>
        <source>Hub public address</source>
        <translation>Dirección pública del hub</translation>
    </message>
    <message>
        <source>&amp;Register with PassEntry</source>
        <translation>&amp;Registrar en PassEntry</translation>
    </message>
    <message>
        <source>Ask PassEntry to send pass events to this address; the secret that signs them goes to the keychain</source>
        <translation>Pide a PassEntry que envíe los eventos de pases a esta dirección; el secreto que los firma se guarda en el llavero</translation>
    </message>
    <message>
        <source>The HTTPS address at which PassEntry reaches this hub: the tunnel or reverse proxy in front of it.</source>
        <translation>La dirección HTTPS por la que PassEntry llega a este hub: el túnel o proxy inverso que tiene delante.</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Suscripción:</translation>
    </message>
    <message>
        <source>PassEntry webhook subscription</source>
        <translation>Suscripción al webhook de PassEntry</translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Stop or resume PassEntry sending events to this hub</source>
        <translation>Detiene o reanuda el envío de eventos de PassEntry a este hub</translation>
    </message>
    <message>
        <source>Rotate &amp;secret…</source>
        <translation>Renovar &amp;secreto…</translation>
    </message>
    <message>
        <source>Have PassEntry sign its events with a new secret; the hub takes it at once</source>
        <translation>Hace que PassEntry firme sus eventos con un secreto nuevo; el hub lo adopta al momento</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>Ask PassEntry how the subscription is now</source>
        <translation>Consulta a PassEntry el estado actual de la suscripción</translation>
    </message>
</context>
<context>
    <name>IssueForm</name>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Add by I&amp;D…</source>
        <translation>Añadir por I&amp;D…</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID, copied from the PassEntry dashboard</source>
        <translation>¿No aparece la plantilla? Añádela por su ID, copiado del panel de PassEntry</translation>
    </message>
    <message>
        <source>Template not listed? Add it by its ID</source>
        <translation>¿No aparece la plantilla? Añádela por su ID</translation>
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
        <translation>El evento del que este pase es entrada: la lista de Pases filtra por él y el Acceso de ese evento lo deja pasar</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pase</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>&amp;Ext id</source>
        <translation>ID &amp;externo</translation>
    </message>
    <message>
        <source>Made up if empty</source>
        <translation>Se genera si está vacío</translation>
    </message>
    <message>
        <source>Your own reference for the pass (e.g. a ticket or customer number); unique per pass</source>
        <translation>Tu propia referencia del pase (p. ej. un número de entrada o de cliente); única por pase</translation>
    </message>
    <message>
        <source>&amp;Group tags</source>
        <translation>&amp;Etiquetas de grupo</translation>
    </message>
    <message>
        <source>Optional, separated by commas, e.g. vip, early bird</source>
        <translation>Opcional, separadas por comas, p. ej. vip, preventa</translation>
    </message>
    <message>
        <source>Labels to find and message a group of passes later</source>
        <translation>Etiquetas para encontrar un grupo de pases y enviarle mensajes más tarde</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>Etiquetas de grupo</translation>
    </message>
    <message>
        <source>Barcode and NFC</source>
        <translation>Código de barras y NFC</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>Código de &amp;barras</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>The code printed on the pass for a scanner to read</source>
        <translation>El código impreso en el pase para que lo lea un escáner</translation>
    </message>
    <message>
        <source>Barcode &amp;holds</source>
        <translation>El código de barras &amp;contiene</translation>
    </message>
    <message>
        <source>Barcode holds</source>
        <translation>Contenido del código de barras</translation>
    </message>
    <message>
        <source>What a scanner reads from the barcode</source>
        <translation>Qué lee un escáner del código de barras</translation>
    </message>
    <message>
        <source>Barcode &amp;value</source>
        <translation>&amp;Valor del código de barras</translation>
    </message>
    <message>
        <source>What a scanner reads, e.g. a ticket number</source>
        <translation>Lo que lee un escáner, p. ej. un número de entrada</translation>
    </message>
    <message>
        <source>Barcode value</source>
        <translation>Valor del código de barras</translation>
    </message>
    <message>
        <source>Show the value as &amp;text under the code</source>
        <translation>Mostrar el valor como &amp;texto debajo del código</translation>
    </message>
    <message>
        <source>NFC</source>
        <translation>NFC</translation>
    </message>
    <message>
        <source>Tap at a reader (&amp;NFC)</source>
        <translation>Acercar a un lector (&amp;NFC)</translation>
    </message>
    <message>
        <source>PassEntry turns NFC on only for accounts it has approved for NFC</source>
        <translation>PassEntry solo activa NFC en las cuentas que ha aprobado para NFC</translation>
    </message>
    <message>
        <source>NFC h&amp;olds</source>
        <translation>El NFC c&amp;ontiene</translation>
    </message>
    <message>
        <source>NFC holds</source>
        <translation>Contenido NFC</translation>
    </message>
    <message>
        <source>What a reader gets when the phone is tapped</source>
        <translation>Lo que recibe un lector al acercar el teléfono</translation>
    </message>
    <message>
        <source>NFC va&amp;lue</source>
        <translation>Va&amp;lor NFC</translation>
    </message>
    <message>
        <source>What a reader gets on a tap</source>
        <translation>Lo que recibe un lector al acercar el teléfono</translation>
    </message>
    <message>
        <source>NFC value</source>
        <translation>Valor NFC</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Ubicaciones</translation>
    </message>
    <message>
        <source>Apple Wallet shows the pass near these places (up to 10; radius 10–1,000 m for event tickets, 10–100 m for other passes).</source>
        <translation>Apple Wallet muestra el pase cerca de estos lugares (hasta 10; radio de 10–1000 m para entradas de eventos, 10–100 m para otros pases).</translation>
    </message>
    <message>
        <source>Beacons</source>
        <translation>Balizas</translation>
    </message>
    <message>
        <source>Apple Wallet shows the pass near these iBeacons (up to 10, major and minor 0–65535).</source>
        <translation>Apple Wallet muestra el pase cerca de estos iBeacons (hasta 10, major y minor 0–65535).</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Ask &amp;PassEntry for</source>
        <translation>Pedir a &amp;PassEntry</translation>
    </message>
    <message>
        <source>Chosen before issuing. The pass file or Google link comes with the created pass, while it is not yet on a phone.</source>
        <translation>Se elige antes de emitir. El archivo del pase o el enlace de Google llega con el pase creado, mientras aún no está en un teléfono.</translation>
    </message>
    <message>
        <source>The download link</source>
        <translation>El enlace de descarga</translation>
    </message>
    <message>
        <source>The download link and the Apple pass file (.pkpass)</source>
        <translation>El enlace de descarga y el archivo de pase de Apple (.pkpass)</translation>
    </message>
    <message>
        <source>The download link and the Google Wallet link</source>
        <translation>El enlace de descarga y el enlace de Google Wallet</translation>
    </message>
    <message>
        <source>Issue a pass first: its download link shows here once PassEntry has created it.</source>
        <translation>Emite primero un pase: su enlace de descarga aparece aquí cuando PassEntry lo haya creado.</translation>
    </message>
    <message>
        <source>Download link</source>
        <translation>Enlace de descarga</translation>
    </message>
    <message>
        <source>&amp;Copy download link</source>
        <translation>&amp;Copiar enlace de descarga</translation>
    </message>
    <message>
        <source>Save &amp;Apple pass (.pkpass)…</source>
        <translation>Guardar pase de &amp;Apple (.pkpass)…</translation>
    </message>
    <message>
        <source>Copy &amp;Google Wallet link</source>
        <translation>Copiar enlace de &amp;Google Wallet</translation>
    </message>
</context>
<context>
    <name>NotifyForm</name>
    <message>
        <source>What should appear on the pass holders&apos; phones?</source>
        <translation>¿Qué debe aparecer en los teléfonos de los titulares?</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Each pass holder gets the message on the lock screen, and it stays on the back of the pass as its latest message. A pass shows at most 3 messages a day on the lock screen; after that only the latest message changes. To add a link, write [words](https://…).</source>
        <translation>Cada titular recibe el mensaje en la pantalla de bloqueo, y queda en el reverso del pase como su último mensaje. Un pase muestra como máximo 3 mensajes al día en la pantalla de bloqueo; después solo cambia el último mensaje. Para añadir un enlace, escribe [palabras](https://…).</translation>
    </message>
</context>
<context>
    <name>NullifyForm</name>
    <message>
        <source>What nullifying does</source>
        <translation>Qué hace anular</translation>
    </message>
    <message>
        <source>Type the pass&apos;s number to confirm</source>
        <translation>Escribe el número del pase para confirmar</translation>
    </message>
</context>
<context>
    <name>PassesForm</name>
    <message>
        <source>Passes</source>
        <translation>Pases</translation>
    </message>
    <message>
        <source>Reading passes…</source>
        <translation>Leyendo pases…</translation>
    </message>
    <message>
        <source>Passes shown</source>
        <translation>Pases mostrados</translation>
    </message>
    <message>
        <source>&amp;Issue pass…</source>
        <translation>&amp;Emitir pase…</translation>
    </message>
    <message>
        <source>Issue a new pass from a template</source>
        <translation>Emite un pase nuevo a partir de una plantilla</translation>
    </message>
    <message>
        <source>&amp;Bulk issue from CSV…</source>
        <translation>Emisión &amp;masiva desde CSV…</translation>
    </message>
    <message>
        <source>Issue one pass per row of a CSV file</source>
        <translation>Emite un pase por cada fila de un archivo CSV</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Write the passes listed (with the filters and search applied) to a CSV file</source>
        <translation>Guarda los pases de la lista (con los filtros y la búsqueda aplicados) en un archivo CSV</translation>
    </message>
    <message>
        <source>Search names, ticket numbers and ext ids  (Ctrl+F)</source>
        <translation>Buscar nombres, números de entrada e ID externos  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search passes by name, ticket number or ext id</source>
        <translation>Busca pases por nombre, número de entrada o ID externo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creado desde</translation>
    </message>
    <message>
        <source>Created on or after this day</source>
        <translation>Creado este día o después</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Creado hasta</translation>
    </message>
    <message>
        <source>Created on or before this day</source>
        <translation>Creado este día o antes</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Show every pass again</source>
        <translation>Vuelve a mostrar todos los pases</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show passes in this status only. Nullified passes are listed only when “Nullified” is picked here.</source>
        <translation>Muestra solo los pases en este estado. Los pases anulados solo aparecen si aquí se elige «Anulado».</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Show passes added to this wallet only</source>
        <translation>Muestra solo los pases añadidos a este wallet</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Etiqueta de grupo</translation>
    </message>
    <message>
        <source>Show passes with this group tag only</source>
        <translation>Muestra solo los pases con esta etiqueta de grupo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Show passes of this template only</source>
        <translation>Muestra solo los pases de esta plantilla</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Show passes of this event only</source>
        <translation>Muestra solo los pases de este evento</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>Pass details</source>
        <translation>Detalles del pase</translation>
    </message>
    <message>
        <source>Select a pass</source>
        <translation>Selecciona un pase</translation>
    </message>
    <message>
        <source>Send a &amp;message…</source>
        <translation>Enviar un &amp;mensaje…</translation>
    </message>
    <message>
        <source>Send a message to the phones of the selected passes</source>
        <translation>Envía un mensaje a los teléfonos de los pases seleccionados</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the selected pass</source>
        <translation>Cambia el pase seleccionado</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>Deactivate the selected passes (they no longer admit)</source>
        <translation>Desactiva los pases seleccionados (ya no dan acceso)</translation>
    </message>
    <message>
        <source>&amp;Nullify…</source>
        <translation>A&amp;nular…</translation>
    </message>
    <message>
        <source>Wipe the selected pass for good and free its ext id (cannot be undone)</source>
        <translation>Borra el pase seleccionado para siempre y libera su ID externo (no se puede deshacer)</translation>
    </message>
</context>
<context>
    <name>ReaderConfigForm</name>
    <message>
        <source>Reader configuration: who checks each scan</source>
        <translation>Configuración de lectores: quién comprueba cada escaneo</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>&amp;PassEntry checks the pass</source>
        <translation>&amp;PassEntry comprueba el pase</translation>
    </message>
    <message>
        <source>Internal validation: PassEntry checks each scan against its own data</source>
        <translation>Validación interna: PassEntry comprueba cada escaneo con sus propios datos</translation>
    </message>
    <message>
        <source>Internal validation: PassEntry checks the pass</source>
        <translation>Validación interna: PassEntry comprueba el pase</translation>
    </message>
    <message>
        <source>Our venue &amp;hub checks the pass</source>
        <translation>El &amp;hub de nuestro recinto comprueba el pase</translation>
    </message>
    <message>
        <source>External validation: readers send each scan to the hub URL below, which decides</source>
        <translation>Validación externa: los lectores envían cada escaneo a la URL del hub de abajo, que decide</translation>
    </message>
    <message>
        <source>External validation: our venue hub checks the pass</source>
        <translation>Validación externa: el hub de nuestro recinto comprueba el pase</translation>
    </message>
    <message>
        <source>Hub &amp;URL</source>
        <translation>&amp;URL del hub</translation>
    </message>
    <message>
        <source>https://hub.example.org:8443/validate</source>
        <translation>https://hub.example.org:8443/validate</translation>
    </message>
    <message>
        <source>External validation URL (the venue hub)</source>
        <translation>URL de validación externa (el hub del recinto)</translation>
    </message>
    <message>
        <source>Use this desk&apos;s hu&amp;b</source>
        <translation>Usar el hu&amp;b de este puesto</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token de portador</translation>
    </message>
    <message>
        <source>Where the bearer token is set</source>
        <translation>Dónde se define el token de portador</translation>
    </message>
    <message>
        <source>NFC private key</source>
        <translation>Clave privada NFC</translation>
    </message>
    <message>
        <source>NFC private key, masked</source>
        <translation>Clave privada NFC, oculta</translation>
    </message>
    <message>
        <source>Replace &amp;key…</source>
        <translation>Sustituir &amp;clave…</translation>
    </message>
    <message>
        <source>Choose a PEM file with the new private key</source>
        <translation>Elige un archivo PEM con la nueva clave privada</translation>
    </message>
    <message>
        <source>Wallet IDs</source>
        <translation>ID de wallet</translation>
    </message>
    <message>
        <source>Apple pass type and Google collector</source>
        <translation>Tipo de pase de Apple y emisor de Google</translation>
    </message>
    <message>
        <source>Why the configuration cannot be saved</source>
        <translation>Por qué no se puede guardar la configuración</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Descarta los cambios aún no guardados</translation>
    </message>
    <message>
        <source>&amp;Save to PassEntry</source>
        <translation>&amp;Guardar en PassEntry</translation>
    </message>
</context>
<context>
    <name>ReaderDashboardSteps</name>
    <message>
        <source>Set it in the PassEntry dashboard</source>
        <translation>Defínelo en el panel de PassEntry</translation>
    </message>
    <message>
        <source>1. Open</source>
        <translation>1. Abre</translation>
    </message>
    <message>
        <source>Readers → Reader Configuration → Validation Settings</source>
        <translation>Readers → Reader Configuration → Validation Settings</translation>
    </message>
    <message>
        <source>2. Choose</source>
        <translation>2. Elige</translation>
    </message>
    <message>
        <source>3. HTTPS URL</source>
        <translation>3. URL HTTPS</translation>
    </message>
    <message>
        <source>The hub URL to paste in the dashboard</source>
        <translation>La URL del hub que hay que pegar en el panel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the hub URL, to paste it in the dashboard</source>
        <translation>Copia la URL del hub para pegarla en el panel</translation>
    </message>
    <message>
        <source>4. Bearer token</source>
        <translation>4. Token de portador</translation>
    </message>
    <message>
        <source>Which bearer token to enter</source>
        <translation>Qué token de portador introducir</translation>
    </message>
    <message>
        <source>Copy hub &amp;token</source>
        <translation>Copiar &amp;token del hub</translation>
    </message>
    <message>
        <source>Copy the venue hub&apos;s token from this computer&apos;s keychain without showing it</source>
        <translation>Copia el token del hub del recinto desde el llavero de este ordenador sin mostrarlo</translation>
    </message>
    <message>
        <source>5. Save</source>
        <translation>5. Guarda</translation>
    </message>
    <message>
        <source>Save there, then press Refresh here to read it back.</source>
        <translation>Guarda allí y luego pulsa Actualizar aquí para volver a leerlo.</translation>
    </message>
    <message>
        <source>PassEntry Reader apps log out and use the new settings at their next login.</source>
        <translation>Las apps PassEntry Reader cierran sesión y usan los nuevos ajustes en su siguiente inicio de sesión.</translation>
    </message>
    <message>
        <source>What was copied</source>
        <translation>Qué se ha copiado</translation>
    </message>
</context>
<context>
    <name>ReaderDialogForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>e.g. North Gate</source>
        <translation>p. ej. Puerta Norte</translation>
    </message>
    <message>
        <source>Reader name</source>
        <translation>Nombre del lector</translation>
    </message>
    <message>
        <source>Reader &amp;ID</source>
        <translation>&amp;ID del lector</translation>
    </message>
    <message>
        <source>e.g. north-gate-1</source>
        <translation>p. ej. puerta-norte-1</translation>
    </message>
    <message>
        <source>Reader ID</source>
        <translation>ID del lector</translation>
    </message>
    <message>
        <source>What the reader logs in with. Letters, digits, - _ and . only; it cannot be changed later.</source>
        <translation>Con lo que inicia sesión el lector. Solo letras, dígitos, - _ y .; no se puede cambiar después.</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Reader type</source>
        <translation>Tipo de lector</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Reader password</source>
        <translation>Contraseña del lector</translation>
    </message>
    <message>
        <source>It may</source>
        <translation>Puede</translation>
    </message>
    <message>
        <source>&amp;Scan passes</source>
        <translation>&amp;Escanear pases</translation>
    </message>
    <message>
        <source>Read &amp;QR codes and barcodes</source>
        <translation>Leer códigos &amp;QR y de barras</translation>
    </message>
    <message>
        <source>&amp;Redeem loyalty</source>
        <translation>&amp;Canjear fidelidad</translation>
    </message>
    <message>
        <source>Read &amp;MIFARE Classic cards</source>
        <translation>Leer tarjetas &amp;MIFARE Classic</translation>
    </message>
    <message>
        <source>&amp;Add points</source>
        <translation>&amp;Sumar puntos</translation>
    </message>
    <message>
        <source>Why OK is disabled</source>
        <translation>Por qué Aceptar está desactivado</translation>
    </message>
    <message>
        <source>Saved on PassEntry at once: this needs the network.</source>
        <translation>Se guarda en PassEntry al momento: necesita la red.</translation>
    </message>
</context>
<context>
    <name>ReaderTokenForm</name>
    <message>
        <source>Readers send this token to the endpoint with every scan (Authorization: Bearer …), and the endpoint refuses scans without it. Paste the token your endpoint expects, or generate a new one.</source>
        <translation>Los lectores envían este token al endpoint con cada escaneo (Authorization: Bearer …), y el endpoint rechaza los escaneos sin él. Pega el token que espera tu endpoint o genera uno nuevo.</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Token nuevo</translation>
    </message>
    <message>
        <source>New validation token</source>
        <translation>Token de validación nuevo</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>A new random token (256 bits)</source>
        <translation>Un token aleatorio nuevo (256 bits)</translation>
    </message>
    <message>
        <source>The new token, masked</source>
        <translation>El token nuevo, oculto</translation>
    </message>
    <message>
        <source>Once saved it is kept in this computer&apos;s keychain, for this desk&apos;s Door and hub, never in a file or the database.</source>
        <translation>Una vez guardado, se conserva en el llavero de este ordenador, para el Acceso y el hub de este puesto, nunca en un archivo ni en la base de datos.</translation>
    </message>
</context>
<context>
    <name>ReadersForm</name>
    <message>
        <source>Readers</source>
        <translation>Lectores</translation>
    </message>
    <message>
        <source>Readers shown</source>
        <translation>Lectores mostrados</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the readers and the configuration from PassEntry now</source>
        <translation>Lee ahora los lectores y la configuración de PassEntry</translation>
    </message>
    <message>
        <source>&amp;New reader…</source>
        <translation>&amp;Nuevo lector…</translation>
    </message>
    <message>
        <source>Create a reader on PassEntry (needs the network)</source>
        <translation>Crea un lector en PassEntry (necesita la red)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the selected reader (or double-click it)</source>
        <translation>Cambia el lector seleccionado (o haz doble clic en él)</translation>
    </message>
    <message>
        <source>What this account&apos;s API offers for readers</source>
        <translation>Lo que ofrece la API de esta cuenta para lectores</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Where passdesk finds your PassEntry account.</source>
        <translation>Dónde encuentra passdesk tu cuenta de PassEntry.</translation>
    </message>
    <message>
        <source>PassEntry account</source>
        <translation>Cuenta de PassEntry</translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation>&amp;URL base de la API:</translation>
    </message>
    <message>
        <source>The address of the PassEntry API, ending in /api/v1. Plain http:// is allowed only for this computer.</source>
        <translation>La dirección de la API de PassEntry, terminada en /api/v1. Solo se permite http:// sin cifrar para este ordenador.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Pega tu clave de API</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Quitar clave</translation>
    </message>
    <message>
        <source>Delete the key stored in the keychain for this URL</source>
        <translation>Elimina la clave guardada en el llavero para esta URL</translation>
    </message>
    <message>
        <source>Create a key in the PassEntry Dashboard under Developer tools. Leave this empty to keep the stored key.</source>
        <translation>Crea una clave en el Dashboard de PassEntry, en Developer tools. Déjalo vacío para conservar la clave guardada.</translation>
    </message>
    <message>
        <source>&amp;Entity ID:</source>
        <translation>ID de &amp;entidad:</translation>
    </message>
    <message>
        <source>e.g. 0d10c850</source>
        <translation>p. ej., 0d10c850</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>ID de entidad</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Try the URL and key typed above, without saving them</source>
        <translation>Prueba la URL y la clave escritas arriba, sin guardarlas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the URL to the settings file and the key to the keychain</source>
        <translation>Guarda la URL en el archivo de ajustes y la clave en el llavero</translation>
    </message>
    <message>
        <source>What each PassEntry route answered</source>
        <translation>Qué respondió cada ruta de PassEntry</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <source>Copy this table as text (no key, no secrets), to paste into a bug report</source>
        <translation>Copia esta tabla como texto (sin clave ni secretos) para pegarla en un informe de errores</translation>
    </message>
    <message>
        <source>Venue hub</source>
        <translation>Hub del recinto</translation>
    </message>
    <message>
        <source>Run the &amp;venue hub on this computer</source>
        <translation>Ejecutar el &amp;hub del recinto en este ordenador</translation>
    </message>
    <message>
        <source>Answers the venue&apos;s readers and PassEntry&apos;s webhooks from this desk&apos;s database while passdesk is open. Readers call HTTPS addresses only: put a reverse proxy that terminates TLS in front of this port.</source>
        <translation>Responde a los lectores del recinto y a los webhooks de PassEntry desde la base de datos de este puesto mientras passdesk está abierto. Los lectores solo llaman a direcciones HTTPS: pon delante de este puerto un proxy inverso que termine TLS.</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Escuchar en:</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Escuchar en</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Hub port</source>
        <translation>Puerto del hub</translation>
    </message>
    <message>
        <source>Reader token:</source>
        <translation>Token de lectores:</translation>
    </message>
    <message>
        <source>Reader token, masked</source>
        <translation>Token de lectores, oculto</translation>
    </message>
    <message>
        <source>Set t&amp;oken…</source>
        <translation>Definir &amp;token…</translation>
    </message>
    <message>
        <source>Type, paste or generate the token readers send; it is kept in the keychain</source>
        <translation>Escribe, pega o genera el token que envían los lectores; se guarda en el llavero</translation>
    </message>
    <message>
        <source>Readers send it with every scan: enter the same token in the PassEntry dashboard (Readers → Reader Configuration → Validation Settings).</source>
        <translation>Los lectores lo envían con cada escaneo: introduce el mismo token en el panel de PassEntry (Readers → Reader Configuration → Validation Settings).</translation>
    </message>
    <message>
        <source>Venue hub status</source>
        <translation>Estado del hub del recinto</translation>
    </message>
    <message>
        <source>PassEntry e&amp;vents…</source>
        <translation>E&amp;ventos de PassEntry…</translation>
    </message>
    <message>
        <source>Register this hub with PassEntry for pass events, pause them or rotate their secret</source>
        <translation>Registra este hub en PassEntry para recibir eventos de pases, pausarlos o renovar su secreto</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Save the venue hub settings and start, stop or restart the hub</source>
        <translation>Guarda los ajustes del hub del recinto e inicia, detiene o reinicia el hub</translation>
    </message>
</context>
<context>
    <name>SyncForm</name>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>passdesk works from its local copy and exchanges changes with PassEntry in the background.</source>
        <translation>passdesk trabaja con su copia local e intercambia cambios con PassEntry en segundo plano.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Última sincronización:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Fetch what is new on PassEntry and send the waiting changes now</source>
        <translation>Descarga ahora lo nuevo de PassEntry y envía los cambios pendientes</translation>
    </message>
    <message>
        <source>Check &amp;every pass now</source>
        <translation>Comprobar &amp;todos los pases ahora</translation>
    </message>
    <message>
        <source>Sync, and also re-read the status of every pass (slower; passdesk does it by itself every 15 minutes)</source>
        <translation>Sincroniza y además vuelve a leer el estado de todos los pases (más lento; passdesk lo hace solo cada 15 minutos)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancelar sincronización</translation>
    </message>
    <message>
        <source>Stop the running sync after the current page; what was fetched is kept</source>
        <translation>Detiene la sincronización en curso tras la página actual; lo descargado se conserva</translation>
    </message>
    <message>
        <source>Changes waiting for PassEntry</source>
        <translation>Cambios pendientes para PassEntry</translation>
    </message>
    <message>
        <source>Select a refused or to-be-reviewed change to retry or discard it.</source>
        <translation>Selecciona un cambio rechazado o por revisar para reintentarlo o descartarlo.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Send the selected changes again</source>
        <translation>Vuelve a enviar los cambios seleccionados</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Give up on the selected changes: they will not reach PassEntry</source>
        <translation>Renuncia a los cambios seleccionados: no llegarán a PassEntry</translation>
    </message>
</context>
<context>
    <name>TemplateByIdForm</name>
    <message>
        <source>Add a template by its ID</source>
        <translation>Añadir una plantilla por su ID</translation>
    </message>
    <message>
        <source>PassEntry does not list its templates to apps. Copy the template&apos;s ID from the PassEntry dashboard (or from a pass made with it) and paste it here.</source>
        <translation>PassEntry no muestra sus plantillas a las apps. Copia el ID de la plantilla desde el panel de PassEntry (o desde un pase hecho con ella) y pégalo aquí.</translation>
    </message>
    <message>
        <source>Template &amp;ID</source>
        <translation>&amp;ID de la plantilla</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>ID de la plantilla</translation>
    </message>
    <message>
        <source>e.g. 19cb334f9696e64e10e7759f0</source>
        <translation>p. ej. 19cb334f9696e64e10e7759f0</translation>
    </message>
</context>
<context>
    <name>TillForm</name>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Scan sources</source>
        <translation>Fuentes de escaneo</translation>
    </message>
    <message>
        <source>Till &amp;settings…</source>
        <translation>&amp;Ajustes de caja…</translation>
    </message>
    <message>
        <source>Earn rates, rewards, messages, scan sources and this till&apos;s name</source>
        <translation>Tasas de acumulación, recompensas, mensajes, fuentes de escaneo y nombre de esta caja</translation>
    </message>
    <message>
        <source>Scan a card, or type a name or customer number (Ctrl+F)</source>
        <translation>Escanea una tarjeta o escribe un nombre o número de cliente (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Aún no hay cliente</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Scan a loyalty card, or search by name or customer number.</source>
        <translation>Escanea una tarjeta de fidelidad o busca por nombre o número de cliente.</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Datos del cliente</translation>
    </message>
    <message>
        <source>Card cancelled</source>
        <translation>Tarjeta cancelada</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Balance state</source>
        <translation>Estado del saldo</translation>
    </message>
    <message>
        <source>Balance source</source>
        <translation>Origen del saldo</translation>
    </message>
    <message>
        <source>Rewards reached</source>
        <translation>Recompensas alcanzadas</translation>
    </message>
    <message>
        <source>Why this pass cannot be used</source>
        <translation>Por qué no se puede usar este pase</translation>
    </message>
    <message>
        <source>Operations that need review</source>
        <translation>Operaciones que requieren revisión</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>It was not applied: send it to PassEntry again</source>
        <translation>No se aplicó: envíala de nuevo a PassEntry</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Drop it: it was applied, or should not be</source>
        <translation>Descártala: ya se aplicó o no debe aplicarse</translation>
    </message>
    <message>
        <source>Last operation</source>
        <translation>Última operación</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>Este cliente</translation>
    </message>
    <message>
        <source>This customer totals</source>
        <translation>Totales de este cliente</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Write this customer&apos;s operations to a CSV file</source>
        <translation>Guarda las operaciones de este cliente en un archivo CSV</translation>
    </message>
    <message>
        <source>This shift</source>
        <translation>Este turno</translation>
    </message>
    <message>
        <source>This shift totals</source>
        <translation>Totales de este turno</translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation>&amp;Cerrar turno…</translation>
    </message>
    <message>
        <source>See this shift&apos;s totals, export them, and start a new shift</source>
        <translation>Consulta los totales de este turno, expórtalos y empieza un turno nuevo</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Ex&amp;portar…</translation>
    </message>
    <message>
        <source>Write this shift&apos;s operations to a CSV file</source>
        <translation>Guarda las operaciones de este turno en un archivo CSV</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Earn from
purchase</source>
        <translation>Sumar por
compra</translation>
    </message>
    <message>
        <source>F1: points from the amount spent</source>
        <translation>F1: puntos según el importe gastado</translation>
    </message>
    <message>
        <source>Add
points</source>
        <translation>Sumar
puntos</translation>
    </message>
    <message>
        <source>F2: add a number of points</source>
        <translation>F2: suma una cantidad de puntos</translation>
    </message>
    <message>
        <source>Redeem
points</source>
        <translation>Canjear
puntos</translation>
    </message>
    <message>
        <source>F3: take points off (never below zero)</source>
        <translation>F3: resta puntos (nunca por debajo de cero)</translation>
    </message>
    <message>
        <source>Set
balance</source>
        <translation>Fijar
saldo</translation>
    </message>
    <message>
        <source>F4: set the balance to a value, e.g. 0 to reset</source>
        <translation>F4: fija el saldo en un valor, p. ej., 0 para ponerlo a cero</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Importe gastado</translation>
    </message>
    <message>
        <source>What to type</source>
        <translation>Qué escribir</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Borra el último dígito (Retroceso)</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Borrar último dígito</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear the amount (Esc)</source>
        <translation>Borra el importe (Esc)</translation>
    </message>
    <message>
        <source>Clear amount</source>
        <translation>Borrar importe</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Make the change (Enter)</source>
        <translation>Aplica el cambio (Enter)</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Qué va a pasar</translation>
    </message>
    <message>
        <source>Send a &amp;message to the phone</source>
        <translation>Enviar un &amp;mensaje al teléfono</translation>
    </message>
    <message>
        <source>Push message</source>
        <translation>Notificación push</translation>
    </message>
    <message>
        <source>About the message</source>
        <translation>Sobre el mensaje</translation>
    </message>
</context>
<context>
    <name>TillSettingsForm</name>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>&amp;Nombre del puesto</translation>
    </message>
    <message>
        <source>till</source>
        <translation>caja</translation>
    </message>
    <message>
        <source>This till&apos;s name in the operation log and in a shift&apos;s list</source>
        <translation>Nombre de esta caja en el registro de operaciones y en la lista de un turno</translation>
    </message>
    <message>
        <source>&amp;Currency symbol</source>
        <translation>Símbolo de &amp;moneda</translation>
    </message>
    <message>
        <source>e.g. £, € or $</source>
        <translation>p. ej., £, € o $</translation>
    </message>
    <message>
        <source>Put before amounts spent; may be empty</source>
        <translation>Se pone delante de los importes gastados; puede quedar vacío</translation>
    </message>
    <message>
        <source>Send a &amp;message by default</source>
        <translation>Enviar un &amp;mensaje por defecto</translation>
    </message>
    <message>
        <source>Whether &quot;Send a message&quot; starts ticked for each operation</source>
        <translation>Si «Enviar un mensaje» aparece ya marcado en cada operación</translation>
    </message>
    <message>
        <source>S&amp;ound for each operation</source>
        <translation>&amp;Sonido para cada operación</translation>
    </message>
    <message>
        <source>Offline, re&amp;deem up to</source>
        <translation>Sin conexión, &amp;canjear hasta</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source>Most points redeemed without a confirmed balance</source>
        <translation>Máximo de puntos canjeados sin saldo confirmado</translation>
    </message>
    <message>
        <source>0: a redemption always needs a balance PassEntry confirmed</source>
        <translation>0: un canje siempre necesita un saldo confirmado por PassEntry</translation>
    </message>
    <message>
        <source>Offline, or before PassEntry has answered, a redemption goes against the balance the card showed when it was last synced, up to this many points. Above it, a supervisor must approve.</source>
        <translation>Sin conexión, o antes de que PassEntry responda, un canje se descuenta del saldo que mostraba la tarjeta en la última sincronización, hasta este número de puntos. Por encima, debe aprobarlo un supervisor.</translation>
    </message>
    <message>
        <source>Scan with loyalty</source>
        <translation>Escaneo con fidelidad</translation>
    </message>
    <message>
        <source>&amp;Points per scan</source>
        <translation>&amp;Puntos por escaneo</translation>
    </message>
    <message>
        <source>Scan messa&amp;ge</source>
        <translation>&amp;Mensaje del escaneo</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Each scan that finds a customer also adds these points (a negative number takes them). Off: a scan only looks the customer up.</source>
        <translation>Cada escaneo que encuentra a un cliente también suma estos puntos (un número negativo los resta). Desactivado: el escaneo solo busca al cliente.</translation>
    </message>
    <message>
        <source>Scan sources besides the keyboard</source>
        <translation>Fuentes de escaneo además del teclado</translation>
    </message>
    <message>
        <source>N&amp;FC reader</source>
        <translation>Lector N&amp;FC</translation>
    </message>
    <message>
        <source>Off (e.g. usb or tty:USB0:pn532)</source>
        <translation>Desactivado (p. ej., usb o tty:USB0:pn532)</translation>
    </message>
    <message>
        <source>nfcpy device path of an NFC reader for NDEF tags; empty: no NFC reader</source>
        <translation>Ruta de dispositivo nfcpy de un lector NFC para etiquetas NDEF; vacío: sin lector NFC</translation>
    </message>
    <message>
        <source>VTAP serial p&amp;ort</source>
        <translation>&amp;Puerto serie VTAP</translation>
    </message>
    <message>
        <source>Off (e.g. /dev/ttyACM0 or COM3)</source>
        <translation>Desactivado (p. ej., /dev/ttyACM0 o COM3)</translation>
    </message>
    <message>
        <source>Serial port of a VTAP reader in serial mode. Empty: none</source>
        <translation>Puerto serie de un lector VTAP en modo serie. Vacío: ninguno</translation>
    </message>
    <message>
        <source>Read QR codes with the ca&amp;mera</source>
        <translation>Leer códigos QR con la cá&amp;mara</translation>
    </message>
    <message>
        <source>Camera &amp;to use</source>
        <translation>&amp;Cámara a usar</translation>
    </message>
    <message>
        <source>Which webcam reads QR codes when several are connected</source>
        <translation>Qué cámara web lee los códigos QR si hay varias conectadas</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Cámara a usar</translation>
    </message>
    <message>
        <source>PassEntry&apos;s dashboard</source>
        <translation>Panel de PassEntry</translation>
    </message>
    <message>
        <source>&amp;Log scans in PassEntry as</source>
        <translation>&amp;Registrar escaneos en PassEntry como</translation>
    </message>
    <message>
        <source>Log scans in PassEntry as</source>
        <translation>Registrar escaneos en PassEntry como</translation>
    </message>
    <message>
        <source>The PassEntry reader this till&apos;s scans are logged as. Don&apos;t log: PassEntry does not see them</source>
        <translation>El lector de PassEntry con el que se registran los escaneos de esta caja. No registrar: PassEntry no los ve</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>Escáner de teclado</translation>
    </message>
    <message>
        <source>Check the scanner…</source>
        <translation>Comprobar el escáner…</translation>
    </message>
    <message>
        <source>Scan a test code once: passdesk finds how the scanner ends codes and corrects a keyboard layout that does not match this computer&apos;s</source>
        <translation>Escanea una vez un código de prueba: passdesk detecta cómo termina el escáner los códigos y corrige una distribución de teclado que no coincida con la de este ordenador</translation>
    </message>
    <message>
        <source>Earning and rewards</source>
        <translation>Acumulación y recompensas</translation>
    </message>
    <message>
        <source>&amp;Rules for</source>
        <translation>&amp;Reglas para</translation>
    </message>
    <message>
        <source>Template the rules are for</source>
        <translation>Plantilla a la que se aplican las reglas</translation>
    </message>
    <message>
        <source>Use the &amp;general rules</source>
        <translation>Usar las reglas &amp;generales</translation>
    </message>
    <message>
        <source>Forget this template&apos;s own rules: it earns and rewards as &quot;All other templates&quot;</source>
        <translation>Olvida las reglas propias de esta plantilla: acumula y recompensa como «Todas las demás plantillas»</translation>
    </message>
    <message>
        <source>Points per currency &amp;unit</source>
        <translation>Puntos por &amp;unidad de moneda</translation>
    </message>
    <message>
        <source>Points for each 1 spent, from 0 to 1,000,000; e.g. 0.1 gives a point for each 10 spent</source>
        <translation>Puntos por cada 1 gastado, de 0 a 1.000.000; p. ej., 0,1 da un punto por cada 10 gastados</translation>
    </message>
    <message>
        <source>Roun&amp;d points</source>
        <translation>&amp;Redondear puntos</translation>
    </message>
    <message>
        <source>Re&amp;wards</source>
        <translation>Re&amp;compensas</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Points needed</source>
        <translation>Puntos necesarios</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <source>&amp;Add reward</source>
        <translation>&amp;Añadir recompensa</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>&amp;Earn</source>
        <translation>&amp;Acumular</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Sumar</translation>
    </message>
    <message>
        <source>Re&amp;deem</source>
        <translation>&amp;Canjear</translation>
    </message>
    <message>
        <source>Set &amp;balance</source>
        <translation>Fijar &amp;saldo</translation>
    </message>
    <message>
        <source>Reward &amp;reached</source>
        <translation>&amp;Recompensa alcanzada</translation>
    </message>
    <message>
        <source>Sent instead of the action&apos;s message when an operation reaches a reward</source>
        <translation>Se envía en lugar del mensaje de la acción cuando una operación alcanza una recompensa</translation>
    </message>
    <message>
        <source>Example message</source>
        <translation>Mensaje de ejemplo</translation>
    </message>
    <message>
        <source>Restore de&amp;faults</source>
        <translation>Restaurar &amp;predeterminados</translation>
    </message>
    <message>
        <source>Put back the messages passdesk came with</source>
        <translation>Recupera los mensajes originales de passdesk</translation>
    </message>
    <message>
        <source>Why Save is not available</source>
        <translation>Por qué Guardar no está disponible</translation>
    </message>
</context>
<context>
    <name>TillShiftForm</name>
    <message>
        <source>Shift start and end</source>
        <translation>Inicio y fin del turno</translation>
    </message>
    <message>
        <source>Shift totals</source>
        <translation>Totales del turno</translation>
    </message>
    <message>
        <source>Totals by kind of operation</source>
        <translation>Totales por tipo de operación</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Puntos otorgados</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Puntos canjeados</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Closing the shift starts a new one now: the till&apos;s shift list and totals start again from zero. Nothing is deleted; every operation stays in the customers&apos; lists.</source>
        <translation>Al cerrar el turno empieza uno nuevo: la lista del turno y los totales de la caja vuelven a empezar desde cero. No se borra nada; cada operación sigue en la lista de su cliente.</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Write the shift&apos;s operations and, in a second file, its totals, for a spreadsheet</source>
        <translation>Guarda las operaciones del turno y, en un segundo archivo, sus totales, para una hoja de cálculo</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation>No se pudo escribir {path}: {problem}</translation>
    </message>
    <message>
        <source>{rows} written to {path}</source>
        <translation>Guardado en {path}: {rows}</translation>
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
        <translation>Guardar</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>PNG, JPG or WebP images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Imágenes PNG, JPG o WebP (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>PassEntry cannot be reached, so your images there cannot be listed or uploaded now; try again when the connection is back. The Designer still works offline: a file on this computer shows in the preview (Choose…).</source>
        <translation>No se puede conectar con PassEntry, así que ahora no se pueden listar ni subir tus imágenes de allí; inténtalo de nuevo cuando vuelva la conexión. El Diseñador sigue funcionando sin conexión: un archivo de este ordenador se muestra en la vista previa (Elegir…).</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Abajo a la derecha</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Abajo a la izquierda</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Arriba a la derecha</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Arriba a la izquierda</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logotipo</translation>
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
        <translation>PassEntry no lo aceptó: {problem}</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Algo ha fallado: {problem}</translation>
    </message>
    <message>
        <source>No copy
on this computer</source>
        <translation>Sin copia
en este ordenador</translation>
    </message>
    <message>
        <source>Your {kind} images on PassEntry</source>
        <translation>Tus imágenes de tipo {kind} en PassEntry</translation>
    </message>
    <message>
        <source>Your {kind} images</source>
        <translation>Tus imágenes de tipo {kind}</translation>
    </message>
    <message>
        <source>Watermark on this banner:</source>
        <translation>Marca de agua en este banner:</translation>
    </message>
    <message>
        <source>Watermark colour</source>
        <translation>Color de la marca de agua</translation>
    </message>
    <message>
        <source>Watermark position</source>
        <translation>Posición de la marca de agua</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Subir…</translation>
    </message>
    <message>
        <source>Send a PNG, JPG or WebP file to PassEntry as a {kind}</source>
        <translation>Envía un archivo PNG, JPG o WebP a PassEntry como {kind}</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Use this image</source>
        <translation>Usar esta imagen</translation>
    </message>
    <message>
        <source>Reading your images from PassEntry…</source>
        <translation>Leyendo tus imágenes de PassEntry…</translation>
    </message>
    <message>
        <source>No {kind} images on PassEntry yet: upload one.</source>
        <translation>Aún no hay imágenes de tipo {kind} en PassEntry: sube una.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>{width} x {height} px · {status}</source>
        <translation>{width} x {height} px · {status}</translation>
    </message>
    <message>
        <source>PassEntry is still processing this image</source>
        <translation>PassEntry aún está procesando esta imagen</translation>
    </message>
    <message>
        <source>Upload a {kind}</source>
        <translation>Subir imagen: {kind}</translation>
    </message>
    <message>
        <source>Uploading {file}…</source>
        <translation>Subiendo {file}…</translation>
    </message>
    <message>
        <source>Processing… PassEntry is preparing the image; it can be used once it is ready.</source>
        <translation>Procesando… PassEntry está preparando la imagen; podrás usarla cuando esté lista.</translation>
    </message>
    <message>
        <source>{advice} {processing}</source>
        <translation>{advice} {processing}</translation>
    </message>
    <message>
        <source>{name} is ready: Use this image puts it on the pass.</source>
        <translation>{name} está lista: «Usar esta imagen» la pone en el pase.</translation>
    </message>
    <message>
        <source>The image is ready: Use this image puts it on the pass.</source>
        <translation>La imagen está lista: «Usar esta imagen» la pone en el pase.</translation>
    </message>
    <message>
        <source>PassEntry is still processing the image; look again later (Refresh).</source>
        <translation>PassEntry aún está procesando la imagen; vuelve a mirar más tarde (Actualizar).</translation>
    </message>
    <message>
        <source>PassEntry could not process {name} ({status}); upload another file.</source>
        <translation>PassEntry no pudo procesar {name} ({status}); sube otro archivo.</translation>
    </message>
    <message>
        <source>PassEntry could not process the image ({status}); upload another file.</source>
        <translation>PassEntry no pudo procesar la imagen ({status}); sube otro archivo.</translation>
    </message>
</context>
<context>
    <name>designer</name>
    <message>
        <source>a colour is text such as &quot;#1A2B3C&quot;, not {kind}</source>
        <translation>un color es un texto como &quot;#1A2B3C&quot;, no {kind}</translation>
    </message>
    <message>
        <source>{value} is not a colour: each of r, g, b must be 0 to 255</source>
        <translation>{value} no es un color: r, g y b deben estar entre 0 y 255</translation>
    </message>
    <message>
        <source>{value} is not a colour; write #RGB, #RRGGBB or rgb(r, g, b)</source>
        <translation>{value} no es un color; escribe #RGB, #RRGGBB o rgb(r, g, b)</translation>
    </message>
    <message>
        <source>colour component {value} is outside 0 to 255</source>
        <translation>el componente de color {value} está fuera del rango 0 a 255</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>banner</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logotipo</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>icono</translation>
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
        <translation>Solo Apple muestra una miniatura, y solo en pases genéricos.</translation>
    </message>
    <message>
        <source>Apple shows no banner on a generic pass; Google does.</source>
        <translation>Apple no muestra banner en un pase genérico; Google sí.</translation>
    </message>
    <message>
        <source>PassEntry documents no size for the {what}.</source>
        <translation>PassEntry no indica ningún tamaño de {what}.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s {what} size is {size} (1125 x 294 on an Apple event ticket).</source>
        <translation>El tamaño de {what} de PassEntry es {size} (1125 x 294 en una entrada de evento de Apple).</translation>
    </message>
    <message>
        <source>PassEntry&apos;s {what} size is {size}.</source>
        <translation>El tamaño de {what} de PassEntry es {size}.</translation>
    </message>
    <message>
        <source>This {what} has no size; it cannot be shown.</source>
        <translation>Esta imagen ({what}) no tiene tamaño; no se puede mostrar.</translation>
    </message>
    <message>
        <source>Smaller than {size} (PassEntry&apos;s {what} size): it may look blurred on a phone.</source>
        <translation>Más pequeño que {size} (el tamaño de {what} de PassEntry): puede verse borroso en un teléfono.</translation>
    </message>
    <message>
        <source>Not the {what}&apos;s shape ({width}:{height}); it will be cropped or squeezed.</source>
        <translation>No tiene la proporción de {what} ({width}:{height}); se recortará o deformará.</translation>
    </message>
    <message>
        <source>Thumbnails are shown about square; this one will be cropped.</source>
        <translation>Las miniaturas se muestran casi cuadradas; esta se recortará.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <comment>two sentences one after the other</comment>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>background colour</source>
        <translation>color de fondo</translation>
    </message>
    <message>
        <source>text colour</source>
        <translation>color de texto</translation>
    </message>
    <message>
        <source>label colour</source>
        <translation>color de etiquetas</translation>
    </message>
    <message>
        <source>generic</source>
        <translation>genérico</translation>
    </message>
    <message>
        <source>loyalty card</source>
        <translation>tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>event ticket</source>
        <translation>entrada de evento</translation>
    </message>
    <message>
        <source>transit</source>
        <translation>transporte</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Reverso</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Transit type</source>
        <translation>Tipo de transporte</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Color de fondo</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Color de etiquetas</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Color de texto</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Marca de agua</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <comment>a list&apos;s comma</comment>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>a generic template</source>
        <translation>una plantilla genérica</translation>
    </message>
    <message>
        <source>a loyalty card template</source>
        <translation>una plantilla de tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>an event ticket template</source>
        <translation>una plantilla de entrada de evento</translation>
    </message>
    <message>
        <source>a transit template</source>
        <translation>una plantilla de transporte</translation>
    </message>
    <message>
        <source>a {type} template</source>
        <translation>una plantilla de {type}</translation>
    </message>
    <message>
        <source>Header field {number}</source>
        <translation>Campo de cabecera {number}</translation>
    </message>
    <message>
        <source>Central field {number}</source>
        <translation>Campo central {number}</translation>
    </message>
    <message>
        <source>Details field {number}</source>
        <translation>Campo de detalles {number}</translation>
    </message>
    <message>
        <source>Back field {number}</source>
        <translation>Campo del reverso {number}</translation>
    </message>
    <message>
        <source>{group} field {number}</source>
        <translation>Campo de {group} {number}</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>Campos de cabecera</translation>
    </message>
    <message>
        <source>Central fields</source>
        <translation>Campos centrales</translation>
    </message>
    <message>
        <source>Details fields</source>
        <translation>Campos de detalles</translation>
    </message>
    <message>
        <source>Back fields</source>
        <translation>Campos del reverso</translation>
    </message>
    <message>
        <source>at least one header field</source>
        <translation>al menos un campo de cabecera</translation>
    </message>
    <message>
        <source>at least one central field</source>
        <translation>al menos un campo central</translation>
    </message>
    <message>
        <source>at least one details field</source>
        <translation>al menos un campo de detalles</translation>
    </message>
    <message>
        <source>at least one back field</source>
        <translation>al menos un campo del reverso</translation>
    </message>
    <message>
        <source>the template has no name</source>
        <translation>la plantilla no tiene nombre</translation>
    </message>
    <message>
        <source>no template type; the known types are {known}</source>
        <translation>sin tipo de plantilla; los tipos conocidos son {known}</translation>
    </message>
    <message>
        <source>template type {type} is not one passdesk knows ({known}); the previews may not match</source>
        <translation>passdesk no conoce el tipo de plantilla {type} ({known}); las vistas previas pueden no coincidir</translation>
    </message>
    <message>
        <source>no transit type; a transit template needs one of {known}</source>
        <translation>sin tipo de transporte; una plantilla de transporte necesita uno de {known}</translation>
    </message>
    <message>
        <source>transit type {type}; a transit template needs one of {known}</source>
        <translation>tipo de transporte {type}; una plantilla de transporte necesita uno de {known}</translation>
    </message>
    <message>
        <source>the {what} is {value}, not a colour; write #RGB, #RRGGBB or rgb(r, g, b)</source>
        <translation>el {what} es {value}, no un color; escribe #RGB, #RRGGBB o rgb(r, g, b)</translation>
    </message>
    <message>
        <source>the {what} {problem}</source>
        <comment>{problem}: &apos;#12&apos; is not a colour…</comment>
        <translation>el {what}: {problem}</translation>
    </message>
    <message>
        <source>text colour {colour} on background {background} has contrast {ratio}:1; WCAG asks for at least {minimum}:1</source>
        <translation>el color de texto {colour} sobre el fondo {background} tiene un contraste de {ratio}:1; WCAG pide al menos {minimum}:1</translation>
    </message>
    <message>
        <source>label colour {colour} on background {background} has contrast {ratio}:1; WCAG asks for at least {minimum}:1</source>
        <translation>el color de etiquetas {colour} sobre el fondo {background} tiene un contraste de {ratio}:1; WCAG pide al menos {minimum}:1</translation>
    </message>
    <message>
        <source>the {what} {value} is not an https URL or a PNG or JPEG image</source>
        <translation>el {what} {value} no es una URL https ni una imagen PNG o JPEG</translation>
    </message>
    <message>
        <source>Google shows the logo in a circle: a wide logo is cut; use a square logo</source>
        <translation>Google muestra el logotipo en un círculo: un logotipo ancho se corta; usa un logotipo cuadrado</translation>
    </message>
    <message>
        <source>the watermark is light or dark, at a corner of the pass</source>
        <translation>la marca de agua es clara u oscura, en una esquina del pase</translation>
    </message>
    <message>
        <source>barcode type {type} is not one of {known}</source>
        <translation>el tipo de código de barras {type} no es uno de {known}</translation>
    </message>
    <message>
        <source>the barcode holds {source}; it can hold the pass id (uuid), the External ID (extId) or your own text (custom)</source>
        <translation>el código de barras contiene {source}; puede contener el ID del pase (uuid), el ID externo (extId) o tu propio texto (custom)</translation>
    </message>
    <message>
        <source>the barcode holds your own text, but the text is empty</source>
        <translation>el código de barras contiene tu propio texto, pero el texto está vacío</translation>
    </message>
    <message>
        <source>the barcode is {value}, not a barcode object</source>
        <translation>el código de barras es {value}, no un objeto de código de barras</translation>
    </message>
    <message>
        <source>it has a label but no field id; passes cannot fill it</source>
        <translation>tiene etiqueta pero no ID de campo; los pases no pueden rellenarlo</translation>
    </message>
    <message>
        <source>it has a default value but no field id; passes cannot fill it</source>
        <translation>tiene valor predeterminado pero no ID de campo; los pases no pueden rellenarlo</translation>
    </message>
    <message>
        <source>field id {id} should use only letters, digits and _ and not start with a digit</source>
        <translation>el ID de campo {id} solo debe usar letras, dígitos y _ y no empezar por un dígito</translation>
    </message>
    <message>
        <source>field id {id} is used more than once (also {others})</source>
        <translation>el ID de campo {id} se usa más de una vez (también {others})</translation>
    </message>
    <message>
        <source>{type} needs {fields}</source>
        <comment>a generic template needs at least one central field</comment>
        <translation>{type} necesita {fields}</translation>
    </message>
    <message>
        <source>a transit pass shows two central fields, where from and where to; add the second</source>
        <translation>un pase de transporte muestra dos campos centrales, origen y destino; añade el segundo</translation>
    </message>
    <message>
        <source>one central field</source>
        <translation>un campo central</translation>
    </message>
    <message numerus="yes">
        <source>%n central field(s)</source>
        <translation>
            <numerusform>%n campo central</numerusform>
            <numerusform>%n campos centrales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s)</source>
        <translation>
            <numerusform>%n campo de cabecera</numerusform>
            <numerusform>%n campos de cabecera</numerusform>
        </translation>
    </message>
    <message>
        <source>{wallet} shows {what} on {type}: this one is not drawn</source>
        <translation>{wallet} muestra {what} en {type}: este no se dibuja</translation>
    </message>
    <message>
        <source>a template is a JSON object, not {kind}</source>
        <translation>una plantilla es un objeto JSON, no {kind}</translation>
    </message>
    <message>
        <source>this is a list of templates (&quot;data&quot; is a list), not one template</source>
        <translation>esto es una lista de plantillas (&quot;data&quot; es una lista), no una plantilla</translation>
    </message>
    <message>
        <source>&quot;data&quot; is {kind}, not a template resource</source>
        <translation>&quot;data&quot; es {kind}, no un recurso de plantilla</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>&quot;data.attributes&quot; is missing</comment>
        <translation>falta</translation>
    </message>
    <message>
        <source>&quot;data.attributes&quot; is {kind}; a template resource keeps its fields there</source>
        <translation>&quot;data.attributes&quot; es {kind}; un recurso de plantilla guarda ahí sus campos</translation>
    </message>
    <message>
        <source>&quot;attributes&quot; is {kind}, not an object of template fields</source>
        <translation>&quot;attributes&quot; es {kind}, no un objeto de campos de plantilla</translation>
    </message>
    <message>
        <source>&quot;passTemplate&quot; is {kind}, not an object of template fields</source>
        <translation>&quot;passTemplate&quot; es {kind}, no un objeto de campos de plantilla</translation>
    </message>
    <message>
        <source>the text is empty; a template is a JSON object</source>
        <translation>el texto está vacío; una plantilla es un objeto JSON</translation>
    </message>
    <message>
        <source>line {line}: {problem} (column {column})</source>
        <comment>{problem}: the JSON reader&apos;s English words</comment>
        <translation>línea {line}: {problem} (columna {column})</translation>
    </message>
    <message>
        <source>{slot} is empty; give the field an id first</source>
        <translation>{slot} está vacío; primero dale un ID al campo</translation>
    </message>
    <message>
        <source>{group} has no empty slot; remove or move a field first</source>
        <translation>{group} no tiene ninguna posición libre; primero quita o mueve un campo</translation>
    </message>
    <message>
        <source>{slot} is empty; there is no field to move</source>
        <translation>{slot} está vacío; no hay ningún campo que mover</translation>
    </message>
    <message>
        <source>this is a {type} resource, not a pass template</source>
        <translation>esto es un recurso {type}, no una plantilla de pase</translation>
    </message>
    <message numerus="yes">
        <source>{wallet}: the value {text} will be cut off; about {fit} of %n characters fit</source>
        <translation>
            <numerusform>{wallet}: el valor {text} se cortará; caben unos {fit} de %n carácter</numerusform>
            <numerusform>{wallet}: el valor {text} se cortará; caben unos {fit} de %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{wallet}: the label {text} will be cut off; about {fit} of %n characters fit</source>
        <translation>
            <numerusform>{wallet}: la etiqueta {text} se cortará; caben unos {fit} de %n carácter</numerusform>
            <numerusform>{wallet}: la etiqueta {text} se cortará; caben unos {fit} de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>a number</source>
        <comment>what a JSON value is</comment>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>what a JSON value is</comment>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>what a JSON value is</comment>
        <translation>una lista</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>Inglés (Reino Unido)</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>Inglés (EE. UU.)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugués (Brasil)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danés</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Noruego</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finés</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Islandés</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Checo</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chino (simplificado)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chino (tradicional)</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Irlandés</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Galés</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation>Alemán (Austria)</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>Alemán (Suiza)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Francés (Canadá)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Español (México)</translation>
    </message>
    <message>
        <source>English (UK, {tag})</source>
        <translation>Inglés (Reino Unido, {tag})</translation>
    </message>
    <message>
        <source>English (US, {tag})</source>
        <translation>Inglés (EE. UU., {tag})</translation>
    </message>
    <message>
        <source>Portuguese (Brazil, {tag})</source>
        <translation>Portugués (Brasil, {tag})</translation>
    </message>
    <message>
        <source>Chinese (Simplified, {tag})</source>
        <translation>Chino (simplificado, {tag})</translation>
    </message>
    <message>
        <source>Chinese (Traditional, {tag})</source>
        <translation>Chino (tradicional, {tag})</translation>
    </message>
    <message>
        <source>German (Austria, {tag})</source>
        <translation>Alemán (Austria, {tag})</translation>
    </message>
    <message>
        <source>German (Switzerland, {tag})</source>
        <translation>Alemán (Suiza, {tag})</translation>
    </message>
    <message>
        <source>French (Canada, {tag})</source>
        <translation>Francés (Canadá, {tag})</translation>
    </message>
    <message>
        <source>Spanish (Mexico, {tag})</source>
        <translation>Español (México, {tag})</translation>
    </message>
    <message>
        <source>{tag} is not a language tag such as de, de-AT or pt-BR</source>
        <translation>{tag} no es una etiqueta de idioma como de, de-AT o pt-BR</translation>
    </message>
    <message>
        <source>{tag} is not a language tag such as de, de-AT, pt-BR or zh-Hant</source>
        <translation>{tag} no es una etiqueta de idioma como de, de-AT, pt-BR o zh-Hant</translation>
    </message>
    <message>
        <source>An empty tag is not a language; type one such as de or pt-BR</source>
        <translation>Una etiqueta vacía no es un idioma; escribe una como de o pt-BR</translation>
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
        <translation>el idioma predeterminado es {language}; PassEntry recomienda el inglés, que es el que usan los iPhone por defecto</translation>
    </message>
    <message>
        <source>it has a {language} translation, but {name} is the default language: the translation replaces the base text; keep one</source>
        <translation>tiene una traducción al {language}, pero {name} es el idioma predeterminado: la traducción sustituye al texto base; conserva solo uno</translation>
    </message>
    <message>
        <source>phones in {name} show the {shown} one</source>
        <translation>los teléfonos en {name} muestran el {shown}</translation>
    </message>
    <message>
        <source>iPhones in {name} show the {apple} one, Android phones the {google} one</source>
        <translation>los iPhone en {name} muestran el {apple}, los teléfonos Android el {google}</translation>
    </message>
    <message>
        <source>no {language} label or default value: {instead}</source>
        <translation>sin etiqueta ni valor predeterminado en {language}: {instead}</translation>
    </message>
    <message>
        <source>no {language} label: {instead}</source>
        <translation>sin etiqueta en {language}: {instead}</translation>
    </message>
    <message>
        <source>no {language} default value: {instead}</source>
        <translation>sin valor predeterminado en {language}: {instead}</translation>
    </message>
    <message>
        <source>{type} codes cannot be drawn here; the value is shown as text.</source>
        <translation>Los códigos {type} no se pueden dibujar aquí; el valor se muestra como texto.</translation>
    </message>
    <message>
        <source>This {type} code cannot be drawn ({reason}); the value is shown as text.</source>
        <translation>Este código {type} no se puede dibujar ({reason}); el valor se muestra como texto.</translation>
    </message>
    <message>
        <source>Image · {what}</source>
        <comment>a preview placeholder</comment>
        <translation>Imagen · {what}</translation>
    </message>
    <message>
        <source>logo</source>
        <comment>a preview placeholder</comment>
        <translation>logotipo</translation>
    </message>
    <message>
        <source>{type} codes are not drawn here</source>
        <translation>Los códigos {type} no se dibujan aquí</translation>
    </message>
    <message>
        <source>cannot be drawn</source>
        <comment>a barcode in the preview</comment>
        <translation>no se puede dibujar</translation>
    </message>
    <message>
        <source>web image</source>
        <comment>a preview placeholder</comment>
        <translation>imagen web</translation>
    </message>
    <message>
        <source>not an image</source>
        <comment>a preview placeholder</comment>
        <translation>no es una imagen</translation>
    </message>
    <message>
        <source>broken image</source>
        <comment>a preview placeholder</comment>
        <translation>imagen dañada</translation>
    </message>
    <message>
        <source>image too large</source>
        <comment>a preview placeholder</comment>
        <translation>imagen demasiado grande</translation>
    </message>
    <message>
        <source>cannot write the preview to {file}: the PNG could not be written (is the disk full?)</source>
        <translation>no se puede guardar la vista previa en {file}: no se pudo escribir el PNG (¿está lleno el disco?)</translation>
    </message>
    <message>
        <source>On PassEntry…</source>
        <translation>En PassEntry…</translation>
    </message>
    <message>
        <source>Banner from PassEntry&apos;s images</source>
        <translation>Banner de las imágenes de PassEntry</translation>
    </message>
    <message>
        <source>Logo from PassEntry&apos;s images</source>
        <translation>Logotipo de las imágenes de PassEntry</translation>
    </message>
    <message>
        <source>Upload a {what} to PassEntry, or pick one of your account&apos;s images; the template then uses its web address.</source>
        <translation>Sube una imagen de {what} a PassEntry o elige una de las imágenes de tu cuenta; la plantilla usará entonces su dirección web.</translation>
    </message>
    <message>
        <source>Image on PassEntry, {width} x {height} px</source>
        <translation>Imagen en PassEntry, {width} x {height} px</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Genérico</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>Event ticket</source>
        <translation>Entrada de evento</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Avión</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Autobús</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferri</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clara</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscura</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Arriba a la izquierda</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Arriba a la derecha</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Abajo a la izquierda</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Abajo a la derecha</translation>
    </message>
    <message>
        <source>The pass ID</source>
        <translation>El ID del pase</translation>
    </message>
    <message>
        <source>The External ID</source>
        <translation>El ID externo</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Tu propio texto</translation>
    </message>
    <message>
        <source>Changed since it was published: the changes are kept here as a draft; PassEntry still has the published version.</source>
        <translation>Cambiada desde su publicación: los cambios se guardan aquí como borrador; PassEntry sigue teniendo la versión publicada.</translation>
    </message>
    <message>
        <source>Opened from PassEntry, unchanged.</source>
        <translation>Abierta desde PassEntry, sin cambios.</translation>
    </message>
    <message>
        <source>Draft, saved on this computer; not published.</source>
        <translation>Borrador guardado en este ordenador; sin publicar.</translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation>Plantilla sin título</translation>
    </message>
    <message>
        <source>• Changes not published to PassEntry yet</source>
        <translation>• Cambios aún no publicados en PassEntry</translation>
    </message>
    <message>
        <source>On PassEntry as shown</source>
        <translation>En PassEntry tal como se muestra</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved as a draft on this computer</source>
        <translation>Guardada como borrador en este ordenador</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no template type</comment>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>edit {key}</source>
        <comment>an undo step; {key}: its JSON name</comment>
        <translation>editar {key}</translation>
    </message>
    <message>
        <source>template type</source>
        <comment>an undo step</comment>
        <translation>tipo de plantilla</translation>
    </message>
    <message>
        <source>transit type</source>
        <comment>an undo step</comment>
        <translation>tipo de transporte</translation>
    </message>
    <message>
        <source>watermark</source>
        <comment>an undo step</comment>
        <translation>marca de agua</translation>
    </message>
    <message>
        <source>edit {key} colour</source>
        <comment>an undo step; {key}: its JSON name</comment>
        <translation>editar color {key}</translation>
    </message>
    <message>
        <source>remove {key}</source>
        <comment>an undo step; {key}: logo, banner…</comment>
        <translation>quitar {key}</translation>
    </message>
    <message>
        <source>choose {key}</source>
        <comment>an undo step; {key}: logo, banner…</comment>
        <translation>elegir {key}</translation>
    </message>
    <message>
        <source>barcode</source>
        <comment>an undo step</comment>
        <translation>código de barras</translation>
    </message>
    <message>
        <source>barcode text</source>
        <comment>an undo step</comment>
        <translation>texto del código de barras</translation>
    </message>
    <message>
        <source>To Header</source>
        <translation>A Cabecera</translation>
    </message>
    <message>
        <source>To Central</source>
        <translation>A Central</translation>
    </message>
    <message>
        <source>To Details</source>
        <translation>A Detalles</translation>
    </message>
    <message>
        <source>To Back</source>
        <translation>A Reverso</translation>
    </message>
    <message>
        <source>The {group} group has no empty slot; remove or move a field first.</source>
        <translation>El grupo {group} no tiene ninguna posición libre; primero quita o mueve un campo.</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>{language} · default</source>
        <translation>{language} · predeterminado</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Añadir un idioma</translation>
    </message>
    <message>
        <source>Language of the labels and default values
(pick one, or type a tag such as de-AT or pt-BR):</source>
        <translation>Idioma de las etiquetas y valores predeterminados
(elige uno o escribe una etiqueta como de-AT o pt-BR):</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>adds a language</comment>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>{reason}. No language was added.</source>
        <translation>{reason}. No se ha añadido ningún idioma.</translation>
    </message>
    <message>
        <source>{language} is the default language already: its labels are the base ones.</source>
        <translation>{language} ya es el idioma predeterminado: sus etiquetas son las base.</translation>
    </message>
    <message>
        <source>add {language}</source>
        <comment>an undo step</comment>
        <translation>añadir {language}</translation>
    </message>
    <message>
        <source>remove {language}</source>
        <comment>an undo step</comment>
        <translation>quitar {language}</translation>
    </message>
    <message>
        <source>sample value of {field}</source>
        <comment>an undo step</comment>
        <translation>valor de ejemplo de {field}</translation>
    </message>
    <message>
        <source>field id of {where}</source>
        <comment>an undo step</comment>
        <translation>ID de campo de {where}</translation>
    </message>
    <message>
        <source>{language} label of {where}</source>
        <comment>an undo step</comment>
        <translation>etiqueta en {language} de {where}</translation>
    </message>
    <message>
        <source>{language} default of {where}</source>
        <comment>an undo step</comment>
        <translation>predeterminado en {language} de {where}</translation>
    </message>
    <message>
        <source>label of {where}</source>
        <comment>an undo step</comment>
        <translation>etiqueta de {where}</translation>
    </message>
    <message>
        <source>default of {where}</source>
        <comment>an undo step</comment>
        <translation>predeterminado de {where}</translation>
    </message>
    <message>
        <source>Field {number}</source>
        <comment>a new field&apos;s label</comment>
        <translation>Campo {number}</translation>
    </message>
    <message>
        <source>add {field}</source>
        <comment>an undo step</comment>
        <translation>añadir {field}</translation>
    </message>
    <message>
        <source>remove {field}</source>
        <comment>an undo step</comment>
        <translation>quitar {field}</translation>
    </message>
    <message>
        <source>reorder fields</source>
        <comment>an undo step</comment>
        <translation>reordenar campos</translation>
    </message>
    <message>
        <source>move {field} to {group}</source>
        <comment>an undo step</comment>
        <translation>mover {field} a {group}</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s logo size is 480 x 150 px: Apple shows it up to 160 x 50 points beside the template name; Google shows it in a circle, so keep the mark in the middle.</source>
        <translation>PNG o JPEG, 1 MB como máximo. El tamaño de logotipo de PassEntry es 480 x 150 px: Apple lo muestra hasta 160 x 50 puntos junto al nombre de la plantilla; Google lo muestra en un círculo, así que mantén el motivo en el centro.</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s banner size is 1125 x 432 px (1125 x 294 on an Apple event ticket).</source>
        <translation>PNG o JPEG, 1 MB como máximo. El tamaño de banner de PassEntry es 1125 x 432 px (1125 x 294 en una entrada de evento de Apple).</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. PassEntry&apos;s icon size is 660 x 660 px: the phone shows it beside notifications.</source>
        <translation>PNG o JPEG, 1 MB como máximo. El tamaño de icono de PassEntry es 660 x 660 px: el teléfono lo muestra junto a las notificaciones.</translation>
    </message>
    <message>
        <source>A web image (not shown offline)</source>
        <translation>Una imagen web (no se muestra sin conexión)</translation>
    </message>
    <message>
        <source>{kind}, {width} x {height} px, {size}, aspect {ratio}:1</source>
        <translation>{kind}, {width} x {height} px, {size}, proporción {ratio}:1</translation>
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
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Less than {height} px high (PassEntry&apos;s logo is {width} x {height} px): it may look blurred on a phone.</source>
        <translation>Mide menos de {height} px de alto (el logotipo de PassEntry es de {width} x {height} px): puede verse borroso en un teléfono.</translation>
    </message>
    <message>
        <source>Banners are {width} x {height} px (1125 x 294 on an Apple event ticket); this one will be cropped.</source>
        <translation>Los banners son de {width} x {height} px (1125 x 294 en una entrada de evento de Apple); este se recortará.</translation>
    </message>
    <message>
        <source>Icons are square ({width} x {height} px); this one will be cropped or squeezed.</source>
        <translation>Los iconos son cuadrados ({width} x {height} px); este se recortará o deformará.</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be used; this file is {kind}.</source>
        <translation>Solo se pueden usar imágenes PNG y JPEG; este archivo es {kind}.</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be used.</source>
        <translation>Solo se pueden usar imágenes PNG y JPEG.</translation>
    </message>
    <message>
        <source>The image cannot be read: {reason}.</source>
        <translation>No se puede leer la imagen: {reason}.</translation>
    </message>
    <message>
        <source>{file} is {mb} MB; an image may be at most 1 MB. Save it smaller or as JPEG.</source>
        <translation>{file} ocupa {mb} MB; una imagen puede ocupar 1 MB como máximo. Guárdala más pequeña o como JPEG.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>No se puede leer {file}: {reason}.</translation>
    </message>
    <message>
        <source>{reason}. The default language stays {tag}.</source>
        <translation>{reason}. El idioma predeterminado sigue siendo {tag}.</translation>
    </message>
    <message>
        <source>Google shows the default language ({tag})</source>
        <translation>Google muestra el idioma predeterminado ({tag})</translation>
    </message>
    <message>
        <source>Apple shows {language}</source>
        <translation>Apple muestra {language}</translation>
    </message>
    <message>
        <source>Apple shows {languages} and {last}</source>
        <translation>Apple muestra {languages} y {last}</translation>
    </message>
    <message>
        <source>Where {language} is missing, {shown}</source>
        <comment>{shown}: Apple shows … / Google shows …</comment>
        <translation>Donde falta {language}, {shown}</translation>
    </message>
    <message>
        <source>Template JSON ({patterns});;All files ({all})</source>
        <translation>Plantilla JSON ({patterns});;Todos los archivos ({all})</translation>
    </message>
    <message>
        <source>This template was in PassEntry&apos;s old layout; it is shown in the current one (header, central, details and back fields). Publishing sends the current layout.</source>
        <translation>Esta plantilla tenía el diseño antiguo de PassEntry; se muestra con el actual (campos de cabecera, centrales, de detalles y del reverso). Al publicar se envía el diseño actual.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo {step} (Ctrl+Z)</source>
        <translation>Deshacer {step} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>Rehacer {step}</translation>
    </message>
    <message>
        <source>The drafts</source>
        <translation>Los borradores</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>Abrir un borrador</translation>
    </message>
    <message>
        <source>No drafts yet: a template you edit here is saved as a draft.</source>
        <translation>Aún no hay borradores: la plantilla que edites aquí se guarda como borrador.</translation>
    </message>
    <message>
        <source>The draft</source>
        <translation>El borrador</translation>
    </message>
    <message>
        <source>The draft {name} cannot be opened: {reason}</source>
        <translation>No se puede abrir el borrador {name}: {reason}</translation>
    </message>
    <message>
        <source>The synced templates</source>
        <translation>Las plantillas sincronizadas</translation>
    </message>
    <message>
        <source>Open a synced template</source>
        <translation>Abrir una plantilla sincronizada</translation>
    </message>
    <message>
        <source>No templates here yet: sync with PassEntry (templates come with their passes), or add one by its ID with Add by ID.</source>
        <translation>Aún no hay plantillas: sincroniza con PassEntry (las plantillas llegan con sus pases) o añade una por su ID con Añadir por ID.</translation>
    </message>
    <message>
        <source>The template</source>
        <translation>La plantilla</translation>
    </message>
    <message>
        <source>Template {id} is not in the local store.</source>
        <translation>La plantilla {id} no está en la base de datos local.</translation>
    </message>
    <message>
        <source>Template {id} cannot be opened: {reason}</source>
        <translation>No se puede abrir la plantilla {id}: {reason}</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Importar una plantilla</translation>
    </message>
    <message>
        <source>{file} is not a pass template: {reason}</source>
        <translation>{file} no es una plantilla de pase: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>No se puede leer {file}: {reason}</translation>
    </message>
    <message>
        <source>Imported {file}. {converted}</source>
        <translation>{file} importado. {converted}</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>{file} importado.</translation>
    </message>
    <message>
        <source>{what} could not be read from the local store: {reason}</source>
        <translation>No se pudo leer {what} de la base de datos local: {reason}</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Exportar la plantilla</translation>
    </message>
    <message>
        <source>The template was not exported: {reason}</source>
        <translation>No se ha exportado la plantilla: {reason}</translation>
    </message>
    <message>
        <source>Exported the template to {path}.</source>
        <translation>Plantilla exportada a {path}.</translation>
    </message>
    <message>
        <source>Export the previews to a folder</source>
        <translation>Exportar las vistas previas a una carpeta</translation>
    </message>
    <message>
        <source>The previews were not exported: {reason}</source>
        <translation>No se han exportado las vistas previas: {reason}</translation>
    </message>
    <message>
        <source>Exported {first} and {second} to {folder}.</source>
        <translation>{first} y {second} exportados a {folder}.</translation>
    </message>
    <message>
        <source>Exported {files} to {folder}.</source>
        <translation>{files} exportados a {folder}.</translation>
    </message>
    <message>
        <source>The published version waits in the outbox unchanged; your new changes are saved as a new draft.</source>
        <translation>La versión publicada espera sin cambios en la bandeja de salida; tus nuevos cambios se guardan como un borrador nuevo.</translation>
    </message>
    <message>
        <source>The draft {name} was not saved: {reason}</source>
        <translation>No se ha guardado el borrador {name}: {reason}</translation>
    </message>
    <message>
        <source>Not published: fix the errors first. {place}: {message}.</source>
        <translation>Sin publicar: corrige antes los errores. {place}: {message}.</translation>
    </message>
    <message>
        <source>The templates</source>
        <translation>Las plantillas</translation>
    </message>
    <message>
        <source>Not published: a manager&apos;s PIN was not given.</source>
        <translation>Sin publicar: no se ha introducido el PIN de un responsable.</translation>
    </message>
    <message>
        <source>Not published: {reason}</source>
        <translation>Sin publicar: {reason}</translation>
    </message>
    <message>
        <source>Queued for publishing, but not in the audit trail (the store refused the entry): tell a manager.</source>
        <translation>En cola para publicar, pero no está en el registro de auditoría (la base de datos local rechazó la entrada): avisa a un responsable.</translation>
    </message>
    <message numerus="yes">
        <source>{used} of %Ln slot(s) used</source>
        <translation>
            <numerusform>{used} de %Ln posición en uso</numerusform>
            <numerusform>{used} de %Ln posiciones en uso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not published: fix the errors first. {place}: {message} (and %Ln more).</source>
        <translation>
            <numerusform>Sin publicar: corrige antes los errores. {place}: {message} (y %Ln más).</numerusform>
            <numerusform>Sin publicar: corrige antes los errores. {place}: {message} (y %Ln más).</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy was not published: {reason}</source>
        <translation>No se ha publicado la copia: {reason}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>procesando</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>What a phone set to this language shows. Apple falls back to English, then the first language alphabetically; Google to the template&apos;s default language. Pick one or type a tag such as de-AT.</source>
        <translation>Lo que muestra un teléfono configurado en este idioma. Apple recurre al inglés y luego al primer idioma por orden alfabético; Google, al idioma predeterminado de la plantilla. Elige uno o escribe una etiqueta como de-AT.</translation>
    </message>
    <message>
        <source>Phone language of the previews</source>
        <translation>Idioma del teléfono de las vistas previas</translation>
    </message>
    <message>
        <source>Phone &amp;language</source>
        <translation>&amp;Idioma del teléfono</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>{note}. The template has no {language} labels for some fields; each wallet falls back in its own way.</source>
        <translation>{note}. La plantilla no tiene etiquetas en {language} para algunos campos; cada wallet lo resuelve a su manera.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se han encontrado problemas.</translation>
    </message>
    <message>
        <source>Error · {place}: {message}</source>
        <translation>Error · {place}: {message}</translation>
    </message>
    <message>
        <source>Warning · {place}: {message}</source>
        <translation>Aviso · {place}: {message}</translation>
    </message>
    <message>
        <source>Publishing it would make a second template with that name. You can publish a copy as a new template under a new name.</source>
        <translation>Publicarla crearía una segunda plantilla con ese nombre. Puedes publicar una copia como plantilla nueva con otro nombre.</translation>
    </message>
    <message>
        <source>Only what you changed is sent; passes made with the template show the changes. Or publish a copy as a new template under a new name.</source>
        <translation>Solo se envía lo que has cambiado; los pases hechos con la plantilla muestran los cambios. O publica una copia como plantilla nueva con otro nombre.</translation>
    </message>
    <message>
        <source>It is sent now if the connection is up, otherwise as soon as it is.</source>
        <translation>Se envía ahora si hay conexión; si no, en cuanto la haya.</translation>
    </message>
    <message>
        <source>It was published from this design already.</source>
        <translation>Ya se publicó desde este diseño.</translation>
    </message>
    <message>
        <source>It was opened from a template PassEntry has.</source>
        <translation>Se abrió desde una plantilla que tiene PassEntry.</translation>
    </message>
    <message>
        <source>It has the name of a template that is on PassEntry (or queued to be).</source>
        <translation>Tiene el nombre de una plantilla que está en PassEntry (o en cola para estarlo).</translation>
    </message>
    <message>
        <source>It is there.</source>
        <translation>Ya está allí.</translation>
    </message>
    <message>
        <source>“{name}” is queued to be published from this design already.</source>
        <translation>«{name}» ya está en cola para publicarse desde este diseño.</translation>
    </message>
    <message>
        <source>“{name}” was published from this design already.</source>
        <translation>«{name}» ya se publicó desde este diseño.</translation>
    </message>
    <message>
        <source>“{name}” was opened from a template PassEntry has.</source>
        <translation>«{name}» se abrió desde una plantilla que tiene PassEntry.</translation>
    </message>
    <message>
        <source>“{name}” has the name of a template that is on PassEntry (or queued to be).</source>
        <translation>«{name}» tiene el nombre de una plantilla que está en PassEntry (o en cola para estarlo).</translation>
    </message>
    <message>
        <source>“{name}” is there.</source>
        <translation>«{name}» ya está allí.</translation>
    </message>
    <message>
        <source>Publish template</source>
        <translation>Publicar plantilla</translation>
    </message>
    <message>
        <source>Update on PassEntry</source>
        <translation>Actualizar en PassEntry</translation>
    </message>
    <message>
        <source>Publish a copy</source>
        <translation>Publicar una copia</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Update “{name}” on PassEntry?</source>
        <translation>¿Actualizar «{name}» en PassEntry?</translation>
    </message>
    <message>
        <source>{why} {then}</source>
        <comment>two sentences</comment>
        <translation>{why} {then}</translation>
    </message>
    <message>
        <source>Publish “{name}”?</source>
        <translation>¿Publicar «{name}»?</translation>
    </message>
    <message>
        <source>It goes to PassEntry as a new template.</source>
        <translation>Va a PassEntry como plantilla nueva.</translation>
    </message>
    <message>
        <source>“{name}” is already on PassEntry</source>
        <translation>«{name}» ya está en PassEntry</translation>
    </message>
    <message>
        <source>The checks found nothing to warn about.</source>
        <translation>Las comprobaciones no han encontrado nada que avisar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open warning(s) (it can be published anyway):</source>
        <translation>
            <numerusform>%Ln aviso pendiente (se puede publicar igualmente):</numerusform>
            <numerusform>%Ln avisos pendientes (se puede publicar igualmente):</numerusform>
        </translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <source>The copy needs a name.</source>
        <translation>La copia necesita un nombre.</translation>
    </message>
    <message>
        <source>“{name}” is taken by a template on PassEntry (or queued); choose another name.</source>
        <translation>«{name}» ya lo usa una plantilla de PassEntry (o en cola); elige otro nombre.</translation>
    </message>
    <message>
        <source>The copy is published as a new template.</source>
        <translation>La copia se publica como plantilla nueva.</translation>
    </message>
    <message>
        <source>Queued for publishing: it is sent to PassEntry when the connection is up.</source>
        <translation>En cola para publicar: se envía a PassEntry cuando haya conexión.</translation>
    </message>
    <message>
        <source>Processing at PassEntry…: PassEntry took the template and is preparing it; this takes a few moments.</source>
        <translation>Procesando en PassEntry…: PassEntry ha recibido la plantilla y la está preparando; tarda unos momentos.</translation>
    </message>
    <message>
        <source>Published to PassEntry.</source>
        <translation>Publicada en PassEntry.</translation>
    </message>
    <message>
        <source>Publishing failed: {reason}</source>
        <translation>Error al publicar: {reason}</translation>
    </message>
    <message>
        <source>Publishing failed.</source>
        <translation>Error al publicar.</translation>
    </message>
    <message>
        <source>Publish state: {state}</source>
        <translation>Estado de publicación: {state}</translation>
    </message>
    <message>
        <source>PNG or JPEG images ({patterns})</source>
        <translation>Imágenes PNG o JPEG ({patterns})</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Elige el color de fondo</translation>
    </message>
    <message>
        <source>Choose the label colour</source>
        <translation>Elige el color de las etiquetas</translation>
    </message>
    <message>
        <source>Choose the text colour</source>
        <translation>Elige el color del texto</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>No banner</source>
        <translation>Sin banner</translation>
    </message>
    <message>
        <source>No icon</source>
        <translation>Sin icono</translation>
    </message>
    <message>
        <source>{value} is not a colour; write #RGB, #RRGGBB or rgb(r, g, b). The last good colour is kept.</source>
        <translation>{value} no es un color; escribe #RGB, #RRGGBB o rgb(r, g, b). Se mantiene el último color válido.</translation>
    </message>
    <message>
        <source>An empty value is not a colour; write #RGB, #RRGGBB or rgb(r, g, b). The last good colour is kept.</source>
        <translation>Un valor vacío no es un color; escribe #RGB, #RRGGBB o rgb(r, g, b). Se mantiene el último color válido.</translation>
    </message>
    <message>
        <source>The {what} in the template cannot be read</source>
        <translation>No se puede leer la imagen de {what} de la plantilla</translation>
    </message>
    <message>
        <source>Choose the {what}</source>
        <translation>Elegir {what}</translation>
    </message>
    <message>
        <source>Field id</source>
        <translation>ID de campo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Valor de ejemplo</translation>
    </message>
    <message>
        <source>Drag a row by its number to reorder</source>
        <translation>Arrastra una fila por su número para reordenar</translation>
    </message>
    <message>
        <source>Fields of the group</source>
        <translation>Campos del grupo</translation>
    </message>
    <message>
        <source>Label ({language})</source>
        <translation>Etiqueta ({language})</translation>
    </message>
    <message>
        <source>Default ({language})</source>
        <translation>Predeterminado ({language})</translation>
    </message>
    <message>
        <source>{slot}: drag to reorder</source>
        <translation>{slot}: arrastra para reordenar</translation>
    </message>
    <message>
        <source>In the default language: {text}</source>
        <translation>En el idioma predeterminado: {text}</translation>
    </message>
    <message>
        <source>An empty slot: type a field id to use it</source>
        <translation>Una posición libre: escribe un ID de campo para usarla</translation>
    </message>
    <message>
        <source>Edited in the default language</source>
        <translation>Se edita en el idioma predeterminado</translation>
    </message>
    <message>
        <source>Give the field an id first</source>
        <translation>Primero dale un ID al campo</translation>
    </message>
    <message>
        <source>Your organisation requires a watermark on banners: pick its colour and position, then upload again.</source>
        <translation>Tu organización exige una marca de agua en los banners: elige su color y posición y vuelve a subirlo.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; an image may be at most {most} MB.</source>
        <translation>{file} ocupa {size} MB; una imagen puede ocupar {most} MB como máximo.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>{file} is not a picture PassEntry can take: use a PNG, JPG or WebP image.</source>
        <translation>{file} no es una imagen que acepte PassEntry: usa una imagen PNG, JPG o WebP.</translation>
    </message>
    <message>
        <source>{file} is cut short or damaged: save it again and retry.</source>
        <translation>{file} está incompleto o dañado: vuelve a guardarlo e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>{file} is a {kind} image; PassEntry takes PNG, JPG or WebP only. Save it as PNG and try again.</source>
        <translation>{file} es una imagen {kind}; PassEntry solo acepta PNG, JPG o WebP. Guárdala como PNG e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Processing at PassEntry… (template {id})</source>
        <translation>Procesando en PassEntry… (plantilla {id})</translation>
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
        <translation>PassEntry no guarda imágenes de tipo {type} (solo banners, logotipos y miniaturas).</translation>
    </message>
    <message>
        <source>Creating templates through the API is a closed beta at PassEntry; ask PassEntry to enable it. Your draft is kept.</source>
        <translation>Crear plantillas mediante la API es una beta cerrada en PassEntry; pide a PassEntry que lo active. Tu borrador se conserva.</translation>
    </message>
    <message>
        <source>{name} was published from this draft already; publish a copy under a new name instead.</source>
        <translation>{name} ya se publicó desde este borrador; publica en su lugar una copia con otro nombre.</translation>
    </message>
    <message>
        <source>{name} was opened from a template PassEntry has; publish a copy under a new name instead.</source>
        <translation>{name} se abrió desde una plantilla que tiene PassEntry; publica en su lugar una copia con otro nombre.</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name} (copia {number})</translation>
    </message>
    <message>
        <source>{name} has the name of a template PassEntry has (or will have); publish a copy under a new name instead.</source>
        <translation>{name} tiene el nombre de una plantilla que PassEntry tiene (o tendrá); publica en su lugar una copia con otro nombre.</translation>
    </message>
    <message>
        <source>{name} is on PassEntry; publish a copy under a new name instead.</source>
        <translation>{name} está en PassEntry; publica en su lugar una copia con otro nombre.</translation>
    </message>
    <message>
        <source>No template draft {id} on this computer.</source>
        <translation>No hay ningún borrador de plantilla {id} en este ordenador.</translation>
    </message>
    <message>
        <source>The draft {name} is already queued for publishing.</source>
        <translation>El borrador {name} ya está en cola para publicarse.</translation>
    </message>
    <message>
        <source>Type the template&apos;s ID (from the PassEntry dashboard).</source>
        <translation>Escribe el ID de la plantilla (del panel de PassEntry).</translation>
    </message>
    <message>
        <source>PassEntry has no template with the ID {id}; check the ID in the PassEntry dashboard.</source>
        <translation>PassEntry no tiene ninguna plantilla con el ID {id}; comprueba el ID en el panel de PassEntry.</translation>
    </message>
    <message>
        <source>PassEntry cannot be reached now; the template {id} is read at the next sync.</source>
        <translation>No se puede contactar con PassEntry ahora; la plantilla {id} se leerá en la próxima sincronización.</translation>
    </message>
    <message>
        <source>A copy needs a name.</source>
        <translation>Una copia necesita un nombre.</translation>
    </message>
    <message>
        <source>The copy&apos;s document is not named {name}.</source>
        <translation>El documento de la copia no se llama {name}.</translation>
    </message>
    <message>
        <source>A draft {id} exists already; a copy is a new draft.</source>
        <translation>Ya existe un borrador {id}; una copia es un borrador nuevo.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>The draft is not valid JSON (line {line}, column {column}: {problem}); fix it in the designer.</source>
        <translation>El borrador no es JSON válido (línea {line}, columna {column}: {problem}); corrígelo en el Diseñador.</translation>
    </message>
    <message>
        <source>The draft is not a template: its JSON is not an object.</source>
        <translation>El borrador no es una plantilla: su JSON no es un objeto.</translation>
    </message>
    <message>
        <source>The draft is not one template: its &quot;data&quot; is not an object.</source>
        <translation>El borrador no es una sola plantilla: su &quot;data&quot; no es un objeto.</translation>
    </message>
    <message>
        <source>The draft is not a template: its attributes are not an object.</source>
        <translation>El borrador no es una plantilla: sus atributos no son un objeto.</translation>
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
        <translation>dentro / aforo</translation>
    </message>
    <message>
        <source>inside</source>
        <comment>people inside now</comment>
        <translation>dentro</translation>
    </message>
    <message>
        <source>Pick tonight&apos;s event in the list first.</source>
        <translation>Elige primero el evento de esta noche en la lista.</translation>
    </message>
    <message>
        <source>no event chosen yet</source>
        <translation>aún no se ha elegido evento</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>cualquier evento</translation>
    </message>
    <message>
        <source>event missing</source>
        <translation>evento no encontrado</translation>
    </message>
    <message>
        <source>event not loaded yet</source>
        <translation>evento aún no cargado</translation>
    </message>
    <message>
        <source>This door admits “event {id}…”, which is no longer in the events list: every ticket is denied. Choose tonight&apos;s event here or in Door settings.</source>
        <translation>Esta puerta da acceso a «evento {id}…», que ya no está en la lista de eventos: se deniegan todas las entradas. Elige el evento de esta noche aquí o en Ajustes del acceso.</translation>
    </message>
    <message>
        <source>Which event does this door admit? Choose tonight&apos;s event, or “Any event” to let in tickets of every event on now.</source>
        <translation>¿A qué evento da acceso esta puerta? Elige el evento de esta noche o «Cualquier evento» para dejar pasar entradas de todos los eventos en curso.</translation>
    </message>
    <message>
        <source>Desk “{desk}”</source>
        <translation>Puesto «{desk}»</translation>
    </message>
    <message>
        <source>exit</source>
        <comment>the door&apos;s direction</comment>
        <translation>salida</translation>
    </message>
    <message>
        <source>entry</source>
        <comment>the door&apos;s direction</comment>
        <translation>entrada</translation>
    </message>
    <message>
        <source>doors {opening} to {closing}</source>
        <translation>puertas de {opening} a {closing}</translation>
    </message>
    <message>
        <source>loyalty and member cards let in</source>
        <translation>se aceptan tarjetas de fidelidad y de socio</translation>
    </message>
    <message>
        <source>capacity {capacity}</source>
        <translation>aforo {capacity}</translation>
    </message>
    <message>
        <source>re-entry allowed</source>
        <translation>reingreso permitido</translation>
    </message>
    <message>
        <source>validated by {url} (if it does not answer: {fallback})</source>
        <translation>validado por {url} (si no responde: {fallback})</translation>
    </message>
    <message>
        <source>points left to the validation service</source>
        <translation>puntos a cargo del servicio de validación</translation>
    </message>
    <message>
        <source>{points} per admission</source>
        <translation>{points} por acceso</translation>
    </message>
    <message>
        <source>loyalty cards are not let in here</source>
        <translation>aquí no se aceptan tarjetas de fidelidad</translation>
    </message>
    <message>
        <source>stopped, see Sync</source>
        <comment>loading passes</comment>
        <translation>detenido, ver Sincronización</translation>
    </message>
    <message>
        <source>linking tickets to their events</source>
        <comment>loading passes</comment>
        <translation>vinculando entradas con sus eventos</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>how far the passes have loaded</comment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Leave &amp;full screen</source>
        <translation>&amp;Salir de pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>per minute
at this door</source>
        <translation>por minuto
en esta puerta</translation>
    </message>
    <message>
        <source>inside
the venue</source>
        <translation>dentro
del recinto</translation>
    </message>
    <message>
        <source>This door&apos;s pace and the venue&apos;s head count</source>
        <translation>Ritmo de esta puerta y recuento de personas en el recinto</translation>
    </message>
    <message>
        <source>inside the venue
of its capacity</source>
        <translation>dentro del recinto
sobre su aforo</translation>
    </message>
    <message>
        <source>This door: {rate} admissions a minute over the last 5 minutes. Inside: {inside}.</source>
        <translation>Esta puerta: {rate} accesos por minuto en los últimos 5 minutos. Dentro: {inside}.</translation>
    </message>
    <message>
        <source>These figures could not be read again: they may be out of date.</source>
        <translation>No se pudieron volver a leer estas cifras: puede que no estén actualizadas.</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <comment>a column: the time zone&apos;s abbreviation</comment>
        <translation>Hora ({zone})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: the holder&apos;s name</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Verdict</source>
        <comment>a column</comment>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>a column</comment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Another door admitted this pass too while the desks could not see each other. Insights lists each such pass with its times and doors.</source>
        <translation>Otra puerta también dejó pasar este pase mientras los puestos no podían verse entre sí. Estadísticas muestra cada uno de esos pases con sus horas y puertas.</translation>
    </message>
    <message>
        <source>UNDONE · {reason}</source>
        <translation>DESHECHO · {reason}</translation>
    </message>
    <message>
        <source>{conflict} · {reason}</source>
        <translation>{conflict} · {reason}</translation>
    </message>
    <message>
        <source>Undone: {reason}</source>
        <translation>Deshecho: {reason}</translation>
    </message>
    <message>
        <source>Template is</source>
        <comment>a hold rule: when</comment>
        <translation>La plantilla es</translation>
    </message>
    <message>
        <source>Pass field has value</source>
        <comment>a hold rule: when</comment>
        <translation>Un campo del pase tiene el valor</translation>
    </message>
    <message>
        <source>Pass flagged with tag</source>
        <comment>a hold rule: when</comment>
        <translation>Pase marcado con la etiqueta</translation>
    </message>
    <message>
        <source>Pick a template</source>
        <translation>Elige una plantilla</translation>
    </message>
    <message>
        <source>Field id, e.g. ticketType</source>
        <translation>ID del campo, p. ej., ticketType</translation>
    </message>
    <message>
        <source>Group tag, e.g. attention</source>
        <translation>Etiqueta de grupo, p. ej., atención</translation>
    </message>
    <message>
        <source>Template “{template}” → {reason}</source>
        <translation>Plantilla «{template}» → {reason}</translation>
    </message>
    <message>
        <source>Field {field} is “{value}” → {reason}</source>
        <translation>El campo {field} es «{value}» → {reason}</translation>
    </message>
    <message>
        <source>Flagged “{tag}” → {reason}</source>
        <translation>Marcado «{tag}» → {reason}</translation>
    </message>
    <message>
        <source>A held ticket shows an amber HOLD with what to check. Staff let the guest in (Enter) or turn them away (Esc); the scan log keeps the decision. A reader through the venue hub cannot ask: it answers “ask staff” instead.</source>
        <translation>Una entrada retenida muestra ESPERA en ámbar con lo que hay que comprobar. El personal deja pasar al invitado (Enter) o lo rechaza (Esc); el registro de escaneos guarda la decisión. Un lector conectado al hub del recinto no puede preguntar: responde «pide al personal que revise» en su lugar.</translation>
    </message>
    <message>
        <source>Hold when</source>
        <translation>Retener si</translation>
    </message>
    <message>
        <source>Which</source>
        <comment>a hold rule</comment>
        <translation>Cuál</translation>
    </message>
    <message>
        <source>Value, e.g. Student</source>
        <translation>Valor, p. ej., Estudiante</translation>
    </message>
    <message>
        <source>Field value</source>
        <translation>Valor del campo</translation>
    </message>
    <message>
        <source>Tell staff, e.g. Check photo ID</source>
        <translation>Aviso al personal, p. ej., Comprobar documento con foto</translation>
    </message>
    <message>
        <source>What staff must check</source>
        <translation>Qué debe comprobar el personal</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Añadir regla</translation>
    </message>
    <message>
        <source>Hold rules</source>
        <translation>Reglas de espera</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Quitar regla</translation>
    </message>
    <message>
        <source>Waiting holds</source>
        <translation>Esperas pendientes</translation>
    </message>
    <message>
        <source>Not let in yet. Pick one to decide it.</source>
        <translation>Aún sin pasar. Elige una para decidir.</translation>
    </message>
    <message>
        <source>Holds waiting for a decision</source>
        <translation>Esperas pendientes de decisión</translation>
    </message>
    <message>
        <source>Let in</source>
        <comment>a held guest</comment>
        <translation>Dejar pasar</translation>
    </message>
    <message>
        <source>Turn away</source>
        <comment>a held guest</comment>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Held at {time} · Not let in yet: Enter lets in, Esc turns away</source>
        <translation>En espera desde las {time} · Aún sin pasar: Enter deja pasar, Esc rechaza</translation>
    </message>
    <message>
        <source>{time}  {name} — {reason}</source>
        <comment>a waiting hold</comment>
        <translation>{time}  {name} — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Waiting holds (%Ln)</source>
        <translation>
            <numerusform>Espera pendiente (%Ln)</numerusform>
            <numerusform>Esperas pendientes (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved — {what}. Decide again: the guest still waits</source>
        <translation>No guardado — {what}. Vuelve a decidir: el invitado sigue esperando</translation>
    </message>
    <message>
        <source>That hold was decided already</source>
        <translation>Esa espera ya se decidió</translation>
    </message>
    <message>
        <source>{reason} · turned away by {desk}</source>
        <translation>{reason} · rechazado en {desk}</translation>
    </message>
    <message>
        <source>{reason} · let in by {desk}</source>
        <translation>{reason} · dejado pasar en {desk}</translation>
    </message>
    <message>
        <source>{verdict} · {reason} · let in by {desk}</source>
        <translation>{verdict} · {reason} · dejado pasar en {desk}</translation>
    </message>
    <message>
        <source>Last in: {name}</source>
        <translation>Último en entrar: {name}</translation>
    </message>
    <message>
        <source>{time} · {value} · {source} · {what}</source>
        <comment>a scan not recorded</comment>
        <translation>{time} · {value} · {source} · {what}</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Espacio en disco</translation>
    </message>
    <message>
        <source>Scans not recorded</source>
        <translation>Escaneos no registrados</translation>
    </message>
    <message>
        <source>Scans the database refused: open the list to scan them again.</source>
        <translation>Escaneos que la base de datos rechazó: abre la lista para volver a escanearlos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s) not recorded — show</source>
        <translation>
            <numerusform>%Ln escaneo no registrado — ver</numerusform>
            <numerusform>%Ln escaneos no registrados — ver</numerusform>
        </translation>
    </message>
    <message>
        <source>These scans were not recorded. Once the cause is fixed, scan each again (or find it with Find guest): it leaves this list when it is recorded.</source>
        <translation>Estos escaneos no se registraron. Cuando se resuelva la causa, vuelve a escanear cada uno (o búscalo con Buscar un invitado): sale de esta lista cuando queda registrado.</translation>
    </message>
    <message>
        <source>Type a name or ticket number.</source>
        <translation>Escribe un nombre o número de entrada.</translation>
    </message>
    <message>
        <source>No pass matches.</source>
        <translation>Ningún pase coincide.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found (the first %Ln): pick one, then Admit (Enter)</source>
        <translation>
            <numerusform>%Ln encontrado (los primeros %Ln): elige uno y luego Dejar pasar (Enter)</numerusform>
            <numerusform>%Ln encontrados (los primeros %Ln): elige uno y luego Dejar pasar (Enter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found: pick one, then Admit (Enter)</source>
        <translation>
            <numerusform>%Ln encontrado: elígelo y luego Dejar pasar (Enter)</numerusform>
            <numerusform>%Ln encontrados: elige uno y luego Dejar pasar (Enter)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not admitted: admitting by hand needs a supervisor&apos;s PIN.</source>
        <translation>No se dejó pasar: dejar pasar a mano requiere el PIN del supervisor.</translation>
    </message>
    <message>
        <source>In use, but not saved: {error}</source>
        <translation>En uso, pero no guardado: {error}</translation>
    </message>
    <message>
        <source>Export scans</source>
        <translation>Exportar escaneos</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n plantilla</numerusform>
            <numerusform>%n plantillas</numerusform>
        </translation>
    </message>
    <message>
        <source>a pass picked by hand</source>
        <translation>un pase elegido a mano</translation>
    </message>
    <message>
        <source>Search guests with a supervisor&apos;s PIN…</source>
        <translation>Buscar invitados con el PIN del supervisor…</translation>
    </message>
    <message>
        <source>to admit a guest by hand</source>
        <translation>para dejar pasar a un invitado a mano</translation>
    </message>
    <message>
        <source>Entry: let people in</source>
        <translation>Entrada: dejar pasar a la gente</translation>
    </message>
    <message>
        <source>Exit: check people out</source>
        <translation>Salida: registrar la salida de la gente</translation>
    </message>
    <message>
        <source>Admit</source>
        <comment>a pass removed from the wallet</comment>
        <translation>Dejar pasar</translation>
    </message>
    <message>
        <source>Admit, but ask to check ID</source>
        <translation>Dejar pasar, pero pedir documento</translation>
    </message>
    <message>
        <source>Deny</source>
        <comment>a pass removed from the wallet</comment>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>{time} {place} time</source>
        <comment>a time on a city&apos;s clock</comment>
        <translation>{time}, hora de {place}</translation>
    </message>
    <message>
        <source>{time} ({desk_time} here)</source>
        <comment>here: at this desk</comment>
        <translation>{time} ({desk_time} aquí)</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>an event&apos;s day and time</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Unnamed event</source>
        <translation>Evento sin nombre</translation>
    </message>
    <message>
        <source>{event} · {when}</source>
        <comment>an event&apos;s name and start</comment>
        <translation>{event} · {when}</translation>
    </message>
    <message>
        <source>Choose tonight&apos;s event…</source>
        <translation>Elegir el evento de esta noche…</translation>
    </message>
    <message>
        <source>Any event: tickets of every event on now</source>
        <translation>Cualquier evento: entradas de todos los eventos en curso</translation>
    </message>
    <message>
        <source>Missing event: no longer in the events list</source>
        <translation>Evento no encontrado: ya no está en la lista de eventos</translation>
    </message>
    <message>
        <source>Door settings</source>
        <translation>Ajustes del acceso</translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <comment>a settings tab</comment>
        <translation>&amp;Esperas</translation>
    </message>
    <message>
        <source>Times on this desk&apos;s clock ({zone}).</source>
        <translation>Horas según el reloj de este puesto ({zone}).</translation>
    </message>
    <message>
        <source>Times in {place} time, the event&apos;s clock.</source>
        <translation>Horas en hora de {place}, el reloj del evento.</translation>
    </message>
    <message>
        <source>{clock} Here: open {opening}, close {closing}.</source>
        <translation>{clock} Aquí: apertura {opening}, cierre {closing}.</translation>
    </message>
    <message>
        <source>{clock} Here: open {opening}.</source>
        <translation>{clock} Aquí: apertura {opening}.</translation>
    </message>
    <message>
        <source>{clock} Here: close {closing}.</source>
        <translation>{clock} Aquí: cierre {closing}.</translation>
    </message>
    <message>
        <source>Check the pass here, from the local copy</source>
        <translation>Comprobar el pase aquí, con la copia local</translation>
    </message>
    <message>
        <source>Deny entry</source>
        <translation>Denegar el acceso</translation>
    </message>
    <message>
        <source>Not undone: undoing an admission needs a supervisor&apos;s PIN.</source>
        <translation>No se ha deshecho: deshacer un acceso requiere el PIN del supervisor.</translation>
    </message>
    <message>
        <source>Not undone — {what}. The admission stands.</source>
        <translation>No se ha deshecho — {what}. El acceso se mantiene.</translation>
    </message>
    <message>
        <source>No admission to undo at this desk.</source>
        <translation>No hay ningún acceso que deshacer en este puesto.</translation>
    </message>
    <message>
        <source>Undone: {name}</source>
        <translation>Deshecho: {name}</translation>
    </message>
    <message>
        <source>Admission at {time} taken back</source>
        <translation>Acceso de las {time} revertido</translation>
    </message>
    <message>
        <source>The pass can be scanned again.</source>
        <translation>El pase se puede volver a escanear.</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln point(s)</source>
        <translation>
            <numerusform>+%Ln punto</numerusform>
            <numerusform>+%Ln puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>+{points} points</source>
        <comment>decimal points, e.g. +0.05</comment>
        <translation>+{points} puntos</translation>
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
        <translation>una breve pausa (sin tecla)</translation>
    </message>
    <message>
        <source>US</source>
        <comment>a keyboard layout</comment>
        <translation>EE. UU.</translation>
    </message>
    <message>
        <source>UK</source>
        <comment>a keyboard layout</comment>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>German</source>
        <comment>a keyboard layout</comment>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Swiss German</source>
        <comment>a keyboard layout</comment>
        <translation>Alemán (Suiza)</translation>
    </message>
    <message>
        <source>French</source>
        <comment>a keyboard layout</comment>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>a keyboard layout</comment>
        <translation>Español</translation>
    </message>
    <message>
        <source>Nordic (Swedish/Finnish)</source>
        <comment>a keyboard layout</comment>
        <translation>Nórdico (sueco/finlandés)</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <comment>a keyboard layout</comment>
        <translation>Noruego</translation>
    </message>
    <message>
        <source>Danish</source>
        <comment>a keyboard layout</comment>
        <translation>Danés</translation>
    </message>
    <message>
        <source>That was not the test code, or the scanner changed it in a way passdesk does not know. Scan the code on this screen again.</source>
        <translation>Ese no era el código de prueba, o el escáner lo cambió de una forma que passdesk no conoce. Vuelve a escanear el código de esta pantalla.</translation>
    </message>
    <message>
        <source>is set to the same keyboard layout as this computer: passdesk will take the extra characters off</source>
        <comment>after “Your scanner”</comment>
        <translation>está configurado con la misma distribución de teclado que este ordenador: passdesk quitará los caracteres sobrantes</translation>
    </message>
    <message>
        <source>Nothing came from the scanner. Scan the test code again.</source>
        <translation>No llegó nada del escáner. Vuelve a escanear el código de prueba.</translation>
    </message>
    <message>
        <source>ends codes with {ending}</source>
        <comment>after “Your scanner”</comment>
        <translation>termina los códigos con {ending}</translation>
    </message>
    <message>
        <source>is set to the same keyboard layout as this computer</source>
        <comment>after “Your scanner”</comment>
        <translation>está configurado con la misma distribución de teclado que este ordenador</translation>
    </message>
    <message>
        <source>Your scanner {habits}, and {setting}.</source>
        <translation>Tu escáner {habits} y {setting}.</translation>
    </message>
    <message>
        <source>{list}, {next}</source>
        <comment>a list: the items so far, then one more</comment>
        <translation>{list}, {next}</translation>
    </message>
    <message>
        <source>types about {ms} ms per key</source>
        <comment>after “Your scanner”</comment>
        <translation>tarda unos {ms} ms por tecla</translation>
    </message>
    <message>
        <source>puts “{prefix}” before each code</source>
        <comment>after “Your scanner”</comment>
        <translation>pone «{prefix}» delante de cada código</translation>
    </message>
    <message>
        <source>adds “{suffix}” after each code</source>
        <comment>after “Your scanner”</comment>
        <translation>añade «{suffix}» detrás de cada código</translation>
    </message>
    <message>
        <source>is set to a US keyboard while this computer uses {layout}: passdesk will correct it and take the extra characters off</source>
        <comment>after “Your scanner”</comment>
        <translation>está configurado con un teclado de EE. UU., pero este ordenador usa la distribución {layout}: passdesk lo corregirá y quitará los caracteres sobrantes</translation>
    </message>
    <message>
        <source>is set to a US keyboard while this computer uses {layout}: passdesk will correct it</source>
        <comment>after “Your scanner”</comment>
        <translation>está configurado con un teclado de EE. UU., pero este ordenador usa la distribución {layout}: passdesk lo corregirá</translation>
    </message>
    <message>
        <source>Writing scans…</source>
        <translation>Guardando escaneos…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s)</source>
        <comment>rows of the scan log</comment>
        <translation>
            <numerusform>%Ln escaneo</numerusform>
            <numerusform>%Ln escaneos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: {name} (%Ln point(s) taken back)</source>
        <translation>
            <numerusform>Deshecho: {name} (%Ln punto retirado)</numerusform>
            <numerusform>Deshecho: {name} (%Ln puntos retirados)</numerusform>
        </translation>
    </message>
    <message>
        <source>scanner</source>
        <comment>where a scan came from</comment>
        <translation>escáner</translation>
    </message>
    <message>
        <source>picked by hand</source>
        <comment>where a scan came from</comment>
        <translation>elegido a mano</translation>
    </message>
    <message>
        <source>NFC reader</source>
        <comment>where a scan came from</comment>
        <translation>lector NFC</translation>
    </message>
    <message>
        <source>VTAP reader</source>
        <comment>where a scan came from</comment>
        <translation>lector VTAP</translation>
    </message>
    <message>
        <source>camera</source>
        <comment>where a scan came from</comment>
        <translation>cámara</translation>
    </message>
    <message>
        <source>offline check</source>
        <comment>when the validation service fails</comment>
        <translation>comprobación sin conexión</translation>
    </message>
    <message>
        <source>deny</source>
        <comment>when the validation service fails</comment>
        <translation>denegar</translation>
    </message>
    <message>
        <source>System default camera</source>
        <translation>Cámara predeterminada del sistema</translation>
    </message>
    <message>
        <source>{camera} (default)</source>
        <translation>{camera} (predeterminada)</translation>
    </message>
    <message>
        <source>{camera} (not connected)</source>
        <translation>{camera} (no conectada)</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Vista previa de la cámara</translation>
    </message>
    <message>
        <source>Camera paused while the door is not shown.</source>
        <translation>Cámara en pausa mientras no se muestra el acceso.</translation>
    </message>
    <message>
        <source>The camera is not available.</source>
        <translation>La cámara no está disponible.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <source>Live camera picture</source>
        <translation>Imagen en directo de la cámara</translation>
    </message>
    <message>
        <source>passdesk scanner check</source>
        <translation>Comprobación del escáner de passdesk</translation>
    </message>
    <message>
        <source>In passdesk, open the Door&apos;s or the Till&apos;s settings and press “Check the scanner…”. Then scan one of these codes once. passdesk says what it found and corrects the scanner&apos;s keyboard layout by itself.</source>
        <translation>En passdesk, abre los ajustes de Acceso o de Caja y pulsa «Comprobar el escáner…». Luego escanea una vez uno de estos códigos. passdesk indica lo que ha encontrado y corrige por sí solo la distribución de teclado del escáner.</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>No se pudo escribir {path}</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Código 128</translation>
    </message>
    <message>
        <source>The code holds: {value}</source>
        <translation>El código contiene: {value}</translation>
    </message>
    <message>
        <source>Don&apos;t log</source>
        <translation>No registrar</translation>
    </message>
    <message>
        <source>Each scan made here is then sent to PassEntry as a scan of this reader, so PassEntry&apos;s dashboard shows the whole night: this desk&apos;s scans with everyone else&apos;s. Points are never sent twice.</source>
        <translation>Cada escaneo hecho aquí se envía a PassEntry como escaneo de este lector, así el panel de PassEntry muestra toda la noche: los escaneos de este puesto junto con los de los demás. Los puntos nunca se envían dos veces.</translation>
    </message>
    <message>
        <source>No PassEntry reader is known on this desk yet: create one in the Readers pane, or sync after a scan at one of PassEntry&apos;s readers, then choose it here.</source>
        <translation>Este puesto aún no conoce ningún lector de PassEntry: crea uno en el panel Lectores o sincroniza después de un escaneo en un lector de PassEntry, y luego elígelo aquí.</translation>
    </message>
    <message>
        <source>{hint} {no_readers}</source>
        <comment>two sentences</comment>
        <translation>{hint} {no_readers}</translation>
    </message>
    <message>
        <source>Reader id {id}</source>
        <translation>ID de lector {id}</translation>
    </message>
    <message>
        <source>{id} (not in the readers list)</source>
        <translation>{id} (no está en la lista de lectores)</translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>a loyalty card&apos;s balance</comment>
        <translation>{points} puntos</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>La búsqueda falló: {error}</translation>
    </message>
    <message>
        <source>Scan one of these codes once, with the scanner you use here.</source>
        <translation>Escanea una vez uno de estos códigos con el escáner que usas aquí.</translation>
    </message>
    <message>
        <source>Waiting for a scan…</source>
        <translation>Esperando un escaneo…</translation>
    </message>
    <message>
        <source>Save a printable test sheet (PDF)…</source>
        <translation>Guardar una hoja de prueba imprimible (PDF)…</translation>
    </message>
    <message>
        <source>Check the scanner</source>
        <translation>Comprobar el escáner</translation>
    </message>
    <message>
        <source>{found} The Door and the Till read it this way from now on.</source>
        <translation>{found} A partir de ahora, Acceso y Caja lo leen así.</translation>
    </message>
    <message>
        <source>{found} It is not kept for next time: {error}</source>
        <translation>{found} No se guarda para la próxima vez: {error}</translation>
    </message>
    <message>
        <source>Save a printable test sheet (PDF)</source>
        <translation>Guardar una hoja de prueba imprimible (PDF)</translation>
    </message>
    <message>
        <source>The test sheet was not saved: {error}. Choose another folder.</source>
        <translation>No se guardó la hoja de prueba: {error}. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>Test sheet saved as {path}. Print it, then scan a code on it.</source>
        <translation>Hoja de prueba guardada como {path}. Imprímela y escanea uno de sus códigos.</translation>
    </message>
    <message>
        <source>Sound is on, but this computer has no sound output: verdicts are silent. Plug in speakers or headphones, or turn sound off in the settings.</source>
        <translation>El sonido está activado, pero este ordenador no tiene salida de audio: los veredictos no suenan. Conecta altavoces o auriculares, o desactiva el sonido en los ajustes.</translation>
    </message>
    <message>
        <source>Sound is on, but the verdict sounds cannot be played on this computer&apos;s sound output: verdicts are silent.</source>
        <translation>El sonido está activado, pero los sonidos de veredicto no se pueden reproducir en la salida de audio de este ordenador: los veredictos no suenan.</translation>
    </message>
    <message>
        <source>Sound problem</source>
        <translation>Problema de sonido</translation>
    </message>
    <message>
        <source>off</source>
        <comment>a scan source</comment>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>paused while the door is not shown</source>
        <comment>a scan source</comment>
        <translation>en pausa mientras no se muestra el acceso</translation>
    </message>
    <message>
        <source>{source}: {state}</source>
        <comment>a scan source and its state</comment>
        <translation>{source}: {state}</translation>
    </message>
    <message>
        <source>Camera</source>
        <comment>a scan source</comment>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>starting…</source>
        <comment>a scan source</comment>
        <translation>iniciando…</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>a scan source</comment>
        <translation>listo</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a scan source</comment>
        <translation>detenido</translation>
    </message>
    <message>
        <source>unavailable</source>
        <comment>a scan source</comment>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a barcode scanner or NFC reader.</source>
        <translation>No se encontró ninguna cámara. Conecta una cámara web o usa un escáner de códigos de barras o un lector NFC.</translation>
    </message>
    <message>
        <source>Camera {camera} is not connected. Plug it in or pick another camera.</source>
        <translation>La cámara {camera} no está conectada. Conéctala o elige otra cámara.</translation>
    </message>
    <message>
        <source>The camera stopped working.</source>
        <translation>La cámara dejó de funcionar.</translation>
    </message>
    <message>
        <source>Opening NFC reader at {path}</source>
        <translation>Abriendo el lector NFC en {path}</translation>
    </message>
    <message>
        <source>NFC reader ready at {path}</source>
        <translation>Lector NFC listo en {path}</translation>
    </message>
    <message>
        <source>Lost the NFC reader at {path} — check the cable; retrying</source>
        <translation>Se perdió el lector NFC en {path} — revisa el cable; reintentando</translation>
    </message>
    <message>
        <source>Cannot open the NFC reader at {path}: the USB library libusb-1.0 is missing — install it (e.g. &apos;apt install libusb-1.0-0&apos;); retrying</source>
        <translation>No se puede abrir el lector NFC en {path}: falta la biblioteca USB libusb-1.0 — instálala (p. ej., &apos;apt install libusb-1.0-0&apos;); reintentando</translation>
    </message>
    <message>
        <source>No permission to open the NFC reader at {path} — on Linux give the user access to the USB device (udev rule) or the serial port (dialout group)</source>
        <translation>Sin permiso para abrir el lector NFC en {path} — en Linux, da al usuario acceso al dispositivo USB (regla udev) o al puerto serie (grupo dialout)</translation>
    </message>
    <message>
        <source>The NFC reader at {path} is in use by another program (on Linux the kernel&apos;s pn533 driver may hold it: blacklist it) — close it; retrying</source>
        <translation>Otro programa está usando el lector NFC en {path} (en Linux puede tenerlo el controlador pn533 del kernel: ponlo en la lista negra) — ciérralo; reintentando</translation>
    </message>
    <message>
        <source>No NFC reader found at {path} — plug it in; on Linux the user may need access to the USB device (udev rule); retrying</source>
        <translation>No se encontró ningún lector NFC en {path} — conéctalo; en Linux, el usuario puede necesitar acceso al dispositivo USB (regla udev); reintentando</translation>
    </message>
    <message>
        <source>Cannot open the NFC reader at {path}: {error} — retrying</source>
        <translation>No se puede abrir el lector NFC en {path}: {error} — reintentando</translation>
    </message>
    <message>
        <source>Opening VTAP reader at {port}</source>
        <translation>Abriendo el lector VTAP en {port}</translation>
    </message>
    <message>
        <source>VTAP reader ready at {port}</source>
        <translation>Lector VTAP listo en {port}</translation>
    </message>
    <message>
        <source>Lost the VTAP reader at {port} — check its USB cable; retrying</source>
        <translation>Se perdió el lector VTAP en {port} — revisa su cable USB; reintentando</translation>
    </message>
    <message>
        <source>No permission to open the VTAP reader at {port} — on Linux add the user to the &apos;dialout&apos; group (then log in again); retrying</source>
        <translation>Sin permiso para abrir el lector VTAP en {port} — en Linux, añade el usuario al grupo &apos;dialout&apos; (y vuelve a iniciar sesión); reintentando</translation>
    </message>
    <message>
        <source>The VTAP reader at {port} is in use by another program — close it; retrying</source>
        <translation>Otro programa está usando el lector VTAP en {port} — ciérralo; reintentando</translation>
    </message>
    <message>
        <source>No VTAP reader found at {port} — plug it in (it appears as a USB serial port such as /dev/ttyACM0 or COM3); retrying</source>
        <translation>No se encontró ningún lector VTAP en {port} — conéctalo (aparece como un puerto serie USB, p. ej., /dev/ttyACM0 o COM3); reintentando</translation>
    </message>
    <message>
        <source>Cannot open the VTAP reader at {port}: {error} — retrying</source>
        <translation>No se puede abrir el lector VTAP en {port}: {error} — reintentando</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>{name} is not an IANA time zone (e.g. Europe/London)</source>
        <translation>{name} no es una zona horaria IANA (p. ej., Europe/Madrid)</translation>
    </message>
    <message>
        <source>{time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation>Las {time} del {day} no existen en {zone}: los relojes saltan de {before} a {after}. Elige una hora fuera de ese intervalo.</translation>
    </message>
    <message>
        <source>{time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation>Las {time} del {day} se repiten en {zone} (los relojes se atrasan); se usa la primera ({offset}).</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Type a city, e.g. London</source>
        <translation>Escribe una ciudad, p. ej., Madrid</translation>
    </message>
    <message>
        <source>Enter the event&apos;s name.</source>
        <translation>Introduce el nombre del evento.</translation>
    </message>
    <message>
        <source>Enter the venue.</source>
        <translation>Introduce el recinto.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list (type part of a city, e.g. London).</source>
        <translation>Elige una zona horaria de la lista (escribe parte de una ciudad, p. ej., Madrid).</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation>El evento debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>Not a time in {zone}: see below.</source>
        <translation>No es una hora válida en {zone}: mira abajo.</translation>
    </message>
    <message>
        <source>{when} in {zone} ({offset})</source>
        <translation>{when} en {zone} ({offset})</translation>
    </message>
    <message>
        <source>{there}
= the same in your time ({zone})</source>
        <translation>{there}
= lo mismo en tu hora ({zone})</translation>
    </message>
    <message>
        <source>{there}
= {here} in your time ({zone})</source>
        <translation>{there}
= {here} en tu hora ({zone})</translation>
    </message>
    <message>
        <source>The start time {time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation>La hora de inicio {time} del {day} no existe en {zone}: los relojes saltan de {before} a {after}. Elige una hora fuera de ese intervalo.</translation>
    </message>
    <message>
        <source>The end time {time} on {day} does not exist in {zone}: the clocks jump from {before} to {after}. Pick a time outside that gap.</source>
        <translation>La hora de fin {time} del {day} no existe en {zone}: los relojes saltan de {before} a {after}. Elige una hora fuera de ese intervalo.</translation>
    </message>
    <message>
        <source>The start time {time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation>La hora de inicio {time} se repite el {day} en {zone} (los relojes se atrasan); se usa la primera ({offset}).</translation>
    </message>
    <message>
        <source>The end time {time} happens twice on {day} in {zone} (the clocks go back); the first one ({offset}) is used.</source>
        <translation>La hora de fin {time} se repite el {day} en {zone} (los relojes se atrasan); se usa la primera ({offset}).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Recinto</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pases</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programado</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próximo</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>{when} UTC</source>
        <translation>{when} UTC</translation>
    </message>
    <message>
        <source>{when} in your time ({zone}, {offset})</source>
        <translation>{when} en tu hora ({zone}, {offset})</translation>
    </message>
    <message>
        <source>{status} · refused</source>
        <translation>{status} · rechazado</translation>
    </message>
    <message>
        <source>{status} · pending</source>
        <translation>{status} · pendiente</translation>
    </message>
    <message>
        <source>A change to this event was refused by PassEntry or needs a decision: see the Sync pane.</source>
        <translation>PassEntry rechazó un cambio de este evento o hace falta una decisión: consulta el panel Sincronización.</translation>
    </message>
    <message>
        <source>Pending: changes made here are not sent to PassEntry yet.</source>
        <translation>Pendiente: los cambios hechos aquí aún no se han enviado a PassEntry.</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasados</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>This PassEntry account has no events list; events below come from the passes&apos; event details and cannot be edited here.</source>
        <translation>Esta cuenta de PassEntry no tiene lista de eventos; los eventos de abajo provienen de los datos de evento de los pases y no se pueden editar aquí.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API has no events list for this account, so events cannot be created or edited here. Change them where the passes are made.</source>
        <translation>La API de PassEntry no tiene lista de eventos para esta cuenta, así que aquí no se pueden crear ni editar eventos. Cámbialos donde se crean los pases.</translation>
    </message>
    <message>
        <source>This event comes from its passes&apos; event details: it cannot be edited here.</source>
        <translation>Este evento proviene de los datos de evento de sus pases: no se puede editar aquí.</translation>
    </message>
    <message>
        <source>Create an event; it is sent to PassEntry at once, or when back online</source>
        <translation>Crea un evento; se envía a PassEntry al momento o cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Start and end are shown in each event&apos;s own time zone; point at a time to see it in yours ({zone}). Double-click an event to edit it.</source>
        <translation>El inicio y el fin se muestran en la zona horaria de cada evento; señala una hora para verla en la tuya ({zone}). Haz doble clic en un evento para editarlo.</translation>
    </message>
    <message>
        <source>Start and end are shown in each event&apos;s own time zone; point at a time to see it in yours ({zone}).</source>
        <translation>El inicio y el fin se muestran en la zona horaria de cada evento; señala una hora para verla en la tuya ({zone}).</translation>
    </message>
    <message>
        <source>The events could not be read from the local store: {reason}</source>
        <translation>No se pudieron leer los eventos de la base de datos local: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln upcoming event(s)</source>
        <translation>
            <numerusform>%Ln evento próximo</numerusform>
            <numerusform>%Ln eventos próximos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past event(s)</source>
        <translation>
            <numerusform>%Ln evento pasado</numerusform>
            <numerusform>%Ln eventos pasados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{events} · %Ln with changes not sent to PassEntry yet</source>
        <translation>
            <numerusform>{events} · %Ln con cambios aún no enviados a PassEntry</numerusform>
            <numerusform>{events} · %Ln con cambios aún no enviados a PassEntry</numerusform>
        </translation>
    </message>
    <message>
        <source>{events} (filtered)</source>
        <translation>{events} (filtrados)</translation>
    </message>
    <message>
        <source>Change the selected event (or double-click it)</source>
        <translation>Modifica el evento seleccionado (o haz doble clic en él)</translation>
    </message>
    <message>
        <source>“{name}” was saved here. It is sent to PassEntry at once, or when back online.</source>
        <translation>«{name}» se ha guardado aquí. Se envía a PassEntry al momento o cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Nothing changed in “{name}”.</source>
        <translation>No ha cambiado nada en «{name}».</translation>
    </message>
    <message>
        <source>The changes to “{name}” were saved here. They are sent to PassEntry at once, or when back online.</source>
        <translation>Los cambios de «{name}» se han guardado aquí. Se envían a PassEntry al momento o cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>This event comes from its tickets (their event details on PassEntry); it cannot be changed here.</source>
        <translation>Este evento proviene de sus entradas (sus datos de evento en PassEntry); no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>No event {event_id} in the local store.</source>
        <translation>No hay ningún evento {event_id} en la base de datos local.</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>rate now</source>
        <comment>a figure&apos;s caption</comment>
        <translation>ritmo actual</translation>
    </message>
    <message>
        <source>peak per 5 min</source>
        <comment>a figure&apos;s caption</comment>
        <translation>pico por 5 min</translation>
    </message>
    <message>
        <source>admitted</source>
        <comment>a figure&apos;s caption</comment>
        <translation>admitidos</translation>
    </message>
    <message>
        <source>re-entries</source>
        <comment>a figure&apos;s caption</comment>
        <translation>reingresos</translation>
    </message>
    <message>
        <source>exits</source>
        <comment>a figure&apos;s caption</comment>
        <translation>salidas</translation>
    </message>
    <message>
        <source>denied</source>
        <comment>a figure&apos;s caption</comment>
        <translation>denegados</translation>
    </message>
    <message>
        <source>no-shows</source>
        <comment>a figure&apos;s caption</comment>
        <translation>no presentados</translation>
    </message>
    <message>
        <source>offline conflicts</source>
        <comment>a figure&apos;s caption</comment>
        <translation>conflictos sin conexión</translation>
    </message>
    <message>
        <source>Admissions per 5 minutes, by door (dotted: still counting)</source>
        <translation>Accesos cada 5 minutos, por puerta (punteado: aún contando)</translation>
    </message>
    <message>
        <source>Admissions per 5 minutes, by door</source>
        <translation>Accesos cada 5 minutos, por puerta</translation>
    </message>
    <message>
        <source>No admission yet: a line for each door from its first.</source>
        <translation>Aún no hay accesos: una línea por puerta desde su primer acceso.</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Dentro ahora</translation>
    </message>
    <message>
        <source>Denied, by reason</source>
        <translation>Denegados, por motivo</translation>
    </message>
    <message>
        <source>Doors: last scan</source>
        <translation>Puertas: último escaneo</translation>
    </message>
    <message>
        <source>No one was turned away.</source>
        <translation>No se rechazó a nadie.</translation>
    </message>
    <message>
        <source>No scan yet: each door shows here from its first scan.</source>
        <translation>Aún no hay escaneos: cada puerta aparece aquí desde su primer escaneo.</translation>
    </message>
    <message>
        <source>every door, last 5 min</source>
        <translation>todas las puertas, últimos 5 min</translation>
    </message>
    <message>
        <source>from {when}</source>
        <translation>desde {when}</translation>
    </message>
    <message>
        <source>no admission yet</source>
        <translation>aún sin accesos</translation>
    </message>
    <message>
        <source>back in after an exit</source>
        <translation>volvieron a entrar tras salir</translation>
    </message>
    <message>
        <source>for an event only</source>
        <translation>solo para un evento</translation>
    </message>
    <message>
        <source>click to list them</source>
        <translation>haz clic para verlos</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no offline conflicts</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>per 5 min</source>
        <comment>an axis title</comment>
        <translation>por 5 min</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegados</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>inside of {capacity}
{percent} full</source>
        <translation>dentro, aforo {capacity}
{percent} lleno</translation>
    </message>
    <message>
        <source>inside
no capacity set</source>
        <translation>dentro
sin aforo definido</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Let in at</source>
        <translation>Hora de acceso</translation>
    </message>
    <message>
        <source>Admissions and exits</source>
        <translation>Accesos y salidas</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pase</translation>
    </message>
    <message>
        <source>{when} in at {door}</source>
        <translation>{when} entró por {door}</translation>
    </message>
    <message>
        <source>{when} out at {door}</source>
        <translation>{when} salió por {door}</translation>
    </message>
    <message>
        <source>A pass let in twice while desks or readers could not see each other (offline, or a split network). Check these tickets with their holders.</source>
        <translation>Un pase al que se dejó pasar dos veces mientras los puestos o lectores no podían verse entre sí (sin conexión o con la red dividida). Revisa estas entradas con sus titulares.</translation>
    </message>
    <message>
        <source>No pass was let in twice.</source>
        <translation>Ningún pase entró dos veces.</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitidos</translation>
    </message>
    <message>
        <source>Rate now</source>
        <translation>Ritmo actual</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Último escaneo</translation>
    </message>
    <message>
        <source>Quiet for</source>
        <translation>Sin actividad desde hace</translation>
    </message>
    <message>
        <source>no scan yet</source>
        <translation>aún sin escaneos</translation>
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
            <numerusform>%Ln deshecho</numerusform>
            <numerusform>%Ln deshechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held, waiting</source>
        <translation>
            <numerusform>%Ln en espera</numerusform>
            <numerusform>%Ln en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln ticket(s)</source>
        <translation>
            <numerusform>de %Ln entrada</numerusform>
            <numerusform>de %Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln inside (no capacity set for this desk&apos;s event)</source>
        <translation>
            <numerusform>%Ln dentro (sin aforo definido para el evento de este puesto)</numerusform>
            <numerusform>%Ln dentro (sin aforo definido para el evento de este puesto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln inside of {capacity}</source>
        <translation>
            <numerusform>%Ln de {capacity} dentro</numerusform>
            <numerusform>%Ln de {capacity} dentro</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} / min</source>
        <comment>admissions per minute, short</comment>
        <translation>{rate} / min</translation>
    </message>
    <message>
        <source>{quiet}: silent</source>
        <translation>{quiet}: sin actividad</translation>
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
        <translation>No se pudieron leer las cifras de fidelidad ({why}). Puede que las de abajo no estén actualizadas; se reintenta cada 15 segundos.</translation>
    </message>
    <message>
        <source>The loyalty figures could not be read ({why}).</source>
        <translation>No se pudieron leer las cifras de fidelidad ({why}).</translation>
    </message>
    <message>
        <source>points issued</source>
        <comment>a figure&apos;s caption</comment>
        <translation>puntos otorgados</translation>
    </message>
    <message>
        <source>added to cards</source>
        <translation>sumados a tarjetas</translation>
    </message>
    <message>
        <source>Points added to cards in the period (refused or discarded changes left out).</source>
        <translation>Puntos sumados a las tarjetas en el periodo (sin contar cambios rechazados o descartados).</translation>
    </message>
    <message>
        <source>points redeemed</source>
        <comment>a figure&apos;s caption</comment>
        <translation>puntos canjeados</translation>
    </message>
    <message>
        <source>taken off cards</source>
        <translation>restados de tarjetas</translation>
    </message>
    <message>
        <source>Points taken off cards in the period (refused or discarded changes left out).</source>
        <translation>Puntos restados de las tarjetas en el periodo (sin contar cambios rechazados o descartados).</translation>
    </message>
    <message>
        <source>active cardholders</source>
        <comment>a figure&apos;s caption</comment>
        <translation>titulares de tarjeta activos</translation>
    </message>
    <message>
        <source>cards used</source>
        <translation>tarjetas usadas</translation>
    </message>
    <message>
        <source>Cards with at least one operation in the period.</source>
        <translation>Tarjetas con al menos una operación en el periodo.</translation>
    </message>
    <message>
        <source>rewards reached</source>
        <comment>a figure&apos;s caption</comment>
        <translation>recompensas alcanzadas</translation>
    </message>
    <message>
        <source>cards past a reward</source>
        <translation>tarjetas que superaron una recompensa</translation>
    </message>
    <message>
        <source>Cards whose balance went past one of their template&apos;s rewards in the period (the Till&apos;s Earning and rewards); each card counts once.</source>
        <translation>Tarjetas cuyo saldo superó una de las recompensas de su plantilla en el periodo (Acumulación y recompensas de Caja); cada tarjeta cuenta una vez.</translation>
    </message>
    <message>
        <source>changes waiting</source>
        <comment>a figure&apos;s caption</comment>
        <translation>cambios pendientes</translation>
    </message>
    <message>
        <source>for PassEntry</source>
        <translation>para PassEntry</translation>
    </message>
    <message>
        <source>Changes queued and not yet confirmed by PassEntry, whenever they were made.</source>
        <translation>Cambios en cola aún no confirmados por PassEntry, sin importar cuándo se hicieron.</translation>
    </message>
    <message>
        <source>under review</source>
        <comment>a figure&apos;s caption</comment>
        <translation>en revisión</translation>
    </message>
    <message>
        <source>for a person</source>
        <translation>para una persona</translation>
    </message>
    <message>
        <source>Changes whose outcome could not be told: a person must decide (the Till&apos;s review list).</source>
        <translation>Cambios cuyo resultado no se pudo determinar: debe decidir una persona (lista de revisión de Caja).</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Madrugada</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(sin puesto)</translation>
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
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Otorgados</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Canjeados</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>per week (from Monday)</source>
        <translation>por semana (desde el lunes)</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>points</source>
        <comment>an axis title</comment>
        <translation>puntos</translation>
    </message>
    <message>
        <source>Issued ({points})</source>
        <translation>Otorgados ({points})</translation>
    </message>
    <message>
        <source>Redeemed ({points})</source>
        <translation>Canjeados ({points})</translation>
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
        <translation>semanas, {start} – {end}</translation>
    </message>
    <message>
        <source>{day} {year}</source>
        <comment>a day and month, then the year</comment>
        <translation>{day} {year}</translation>
    </message>
    <message>
        <source>Points issued and redeemed</source>
        <translation>Puntos otorgados y canjeados</translation>
    </message>
    <message>
        <source>Operations per desk and part of the day</source>
        <translation>Operaciones por puesto y franja del día</translation>
    </message>
    <message>
        <source>No loyalty operation in this period.</source>
        <translation>No hay operaciones de fidelidad en este periodo.</translation>
    </message>
    <message>
        <source>Points issued and redeemed {span}</source>
        <translation>Puntos otorgados y canjeados {span}</translation>
    </message>
    <message numerus="yes">
        <source>{desk}, {part}: %Ln operation(s), {issued} points issued, {redeemed} redeemed</source>
        <translation>
            <numerusform>{desk}, {part}: %Ln operación, {issued} puntos otorgados, {redeemed} canjeados</numerusform>
            <numerusform>{desk}, {part}: %Ln operaciones, {issued} puntos otorgados, {redeemed} canjeados</numerusform>
        </translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Figures for</source>
        <translation>Cifras de</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>Save figures as &amp;CSV…</source>
        <translation>Guardar cifras como &amp;CSV…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fidelidad</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Hoy, {day}</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>Conflictos ({count})</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Actualizado: {when}</translation>
    </message>
    <message>
        <source>{why} The figures below are from {when} and may be out of date; trying again every 15 seconds.</source>
        <translation>{why} Las cifras de abajo son de {when} y puede que no estén actualizadas; se reintenta cada 15 segundos.</translation>
    </message>
    <message>
        <source>Out of date: from {when}</source>
        <translation>Desactualizado: de {when}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Archivos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The report was not saved: could not write {path} ({why}).</source>
        <translation>No se guardó el informe: no se pudo escribir {path} ({why}).</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Informe guardado: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) were let in twice; the Conflicts tab lists the first {listed}.</source>
        <translation>
            <numerusform>%Ln pase entró dos veces; la pestaña Conflictos muestra los primeros {listed}.</numerusform>
            <numerusform>%Ln pases entraron dos veces; la pestaña Conflictos muestra los primeros {listed}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the figures as CSV (one file per chart)</source>
        <translation>Guardar las cifras como CSV (un archivo por gráfico)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln CSV file(s) saved in {folder}: {files}</source>
        <translation>
            <numerusform>%Ln archivo CSV guardado en {folder}: {files}</numerusform>
            <numerusform>%Ln archivos CSV guardados en {folder}: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures were not saved: could not write beside {path} ({why}).</source>
        <translation>No se guardaron las cifras: no se pudo escribir junto a {path} ({why}).</translation>
    </message>
    <message>
        <source>That event is no longer in the events list. Pick another, or Today.</source>
        <translation>Ese evento ya no está en la lista de eventos. Elige otro, o Hoy.</translation>
    </message>
    <message>
        <source>The figures could not be read ({why}).</source>
        <translation>No se pudieron leer las cifras ({why}).</translation>
    </message>
    <message>
        <source>{reader} (PassEntry reader)</source>
        <translation>{reader} (lector de PassEntry)</translation>
    </message>
    <message>
        <source>Unnamed desk</source>
        <translation>Puesto sin nombre</translation>
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
        <translation>envía un cambio de saldo o un valor fijo, no ambos</translation>
    </message>
    <message>
        <source>a balance change or an override is required</source>
        <translation>se necesita un cambio de saldo o un valor fijo</translation>
    </message>
    <message>
        <source>the balance must be a whole number</source>
        <translation>el saldo debe ser un número entero</translation>
    </message>
    <message>
        <source>the balance cannot be set below zero</source>
        <translation>el saldo no puede ser inferior a cero</translation>
    </message>
    <message>
        <source>This card was cancelled: no points can be added or redeemed.</source>
        <translation>Esta tarjeta está cancelada: no se pueden sumar ni canjear puntos.</translation>
    </message>
    <message>
        <source>That is more points than a pass can hold.</source>
        <translation>Son más puntos de los que puede tener un pase.</translation>
    </message>
    <message>
        <source>The number of points cannot be negative.</source>
        <translation>El número de puntos no puede ser negativo.</translation>
    </message>
    <message>
        <source>Type a number of points above zero.</source>
        <translation>Escribe un número de puntos mayor que cero.</translation>
    </message>
    <message>
        <source>Points cannot be redeemed yet: the balance is not known.</source>
        <translation>Aún no se pueden canjear puntos: no se conoce el saldo.</translation>
    </message>
    <message>
        <source>The same change was made to this pass a moment ago, so it was not made again. Do it once more if it is meant.</source>
        <translation>Se hizo el mismo cambio en este pase hace un momento, así que no se ha repetido. Hazlo otra vez si es intencionado.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} no es un número.</translation>
    </message>
    <message>
        <source>Type the amount spent.</source>
        <translation>Escribe el importe gastado.</translation>
    </message>
    <message>
        <source>Type the number of points.</source>
        <translation>Escribe el número de puntos.</translation>
    </message>
    <message>
        <source>The amount spent cannot be negative.</source>
        <translation>El importe gastado no puede ser negativo.</translation>
    </message>
    <message>
        <source>Points are whole numbers.</source>
        <translation>Los puntos son números enteros.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal place(s).</source>
        <translation>
            <numerusform>Como máximo %n decimal.</numerusform>
            <numerusform>Como máximo %n decimales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An amount has at most %n decimal place(s).</source>
        <translation>
            <numerusform>Un importe tiene como máximo %n decimal.</numerusform>
            <numerusform>Un importe tiene como máximo %n decimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>An amount above {most} is not a purchase.</source>
        <translation>Un importe superior a {most} no es una compra.</translation>
    </message>
    <message>
        <source>Thank you for your order. You&apos;ve earned {points} points!</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Gracias por tu compra. ¡Has ganado {points} puntos!</translation>
    </message>
    <message>
        <source>You&apos;ve received {points} points. Your balance is {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Has recibido {points} puntos. Tu saldo es {balance}.</translation>
    </message>
    <message>
        <source>You&apos;ve used {points} points. Your balance is {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Has usado {points} puntos. Tu saldo es {balance}.</translation>
    </message>
    <message>
        <source>Your balance is now {balance}.</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>Tu saldo ahora es {balance}.</translation>
    </message>
    <message>
        <source>Congratulations! {reward}</source>
        <comment>a push message: keep the {placeholders}</comment>
        <translation>¡Enhorabuena! {reward}</translation>
    </message>
    <message>
        <source>This pass cannot collect points: the {template} template has no loyalty balance.</source>
        <translation>Este pase no puede acumular puntos: la plantilla {template} no tiene saldo de fidelidad.</translation>
    </message>
    <message>
        <source>This pass cannot collect points: its template has no loyalty balance.</source>
        <translation>Este pase no puede acumular puntos: su plantilla no tiene saldo de fidelidad.</translation>
    </message>
    <message>
        <source>Not enough points: the balance is {balance}.</source>
        <translation>No hay puntos suficientes: el saldo es {balance}.</translation>
    </message>
    <message>
        <source>Not enough points: the balance is {balance} (from the last sync, not confirmed).</source>
        <translation>No hay puntos suficientes: el saldo es {balance} (de la última sincronización, sin confirmar).</translation>
    </message>
    <message>
        <source>More than {points} points without a balance confirmed by PassEntry: a supervisor must approve.</source>
        <translation>Más de {points} puntos sin un saldo confirmado por PassEntry: debe aprobarlo un supervisor.</translation>
    </message>
    <message>
        <source>That amount earns no points at this rate.</source>
        <translation>Ese importe no suma puntos con esta tasa.</translation>
    </message>
    <message>
        <source>No pass {pass_id} in the local store; sync first.</source>
        <translation>No hay ningún pase {pass_id} en la base de datos local; sincroniza primero.</translation>
    </message>
</context>
<context>
    <name>passes</name>
    <message>
        <source>Ext id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>Group tags</source>
        <translation>Etiquetas de grupo</translation>
    </message>
    <message>
        <source>QR code value</source>
        <translation>Valor del código QR</translation>
    </message>
    <message>
        <source>Location latitude</source>
        <translation>Latitud de la ubicación</translation>
    </message>
    <message>
        <source>Location longitude</source>
        <translation>Longitud de la ubicación</translation>
    </message>
    <message>
        <source>Location radius (m)</source>
        <translation>Radio de la ubicación (m)</translation>
    </message>
    <message>
        <source>a quote opened on this line is never closed; the next line is read as its own row</source>
        <translation>unas comillas abiertas en esta línea nunca se cierran; la línea siguiente se lee como otra fila</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {byte} cannot be read). Save it as “CSV UTF-8” and try again.</source>
        <translation>El archivo no es texto UTF-8 (no se puede leer el byte {byte}). Guárdalo como «CSV UTF-8» e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: {reason}</source>
        <translation>La línea {line} no se puede leer como CSV: {reason}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}.</source>
        <translation>Línea {line}: {problem}.</translation>
    </message>
    <message>
        <source>{what} {value} is not a number</source>
        <translation>{what} {value} no es un número</translation>
    </message>
    <message>
        <source>a location needs both latitude and longitude</source>
        <translation>una ubicación necesita latitud y longitud</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitud</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitud</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>radio</translation>
    </message>
    <message numerus="yes">
        <source>{what} {value} is also on line(s) {lines} and {more} more</source>
        <translation>
            <numerusform>{what} {value} también está en la línea {lines} y {more} más</numerusform>
            <numerusform>{what} {value} también está en las líneas {lines} y {more} más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} {value} is also on line(s) {lines}</source>
        <translation>
            <numerusform>{what} {value} también está en la línea {lines}</numerusform>
            <numerusform>{what} {value} también está en las líneas {lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>{cells} cells but the header names {columns} columns</source>
        <translation>{cells} celdas, pero la cabecera nombra {columns} columnas</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} está vacío</translation>
    </message>
    <message>
        <source>{field} is {length} characters (at most {most})</source>
        <translation>{field} tiene {length} caracteres (máximo {most})</translation>
    </message>
    <message>
        <source>ext id is empty</source>
        <translation>el ID externo está vacío</translation>
    </message>
    <message>
        <source>ext id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>ext id {value} is already on a pass (issued before?)</source>
        <translation>el ID externo {value} ya está en un pase (¿emitido antes?)</translation>
    </message>
    <message>
        <source>group tag is {length} characters (at most {most})</source>
        <translation>la etiqueta de grupo tiene {length} caracteres (máximo {most})</translation>
    </message>
    <message>
        <source>QR value is {length} characters (at most {most})</source>
        <translation>el valor QR tiene {length} caracteres (máximo {most})</translation>
    </message>
    <message>
        <source>QR value</source>
        <translation>valor QR</translation>
    </message>
    <message>
        <source>QR value {value} is already on a pass</source>
        <translation>el valor QR {value} ya está en un pase</translation>
    </message>
    <message>
        <source>the rows have locations, which a batch file cannot carry</source>
        <translation>las filas tienen ubicaciones, que un archivo de lote no admite</translation>
    </message>
    <message>
        <source>the passes are linked to an event on this desk, which a batch cannot do</source>
        <translation>los pases están vinculados a un evento de este puesto, algo que un lote no puede hacer</translation>
    </message>
    <message>
        <source>the rows carry a message, which a batch file cannot carry</source>
        <translation>las filas llevan un mensaje, que un archivo de lote no admite</translation>
    </message>
    <message>
        <source>at most {most} locations per pass ({given} given)</source>
        <translation>como máximo {most} ubicaciones por pase (hay {given})</translation>
    </message>
    <message>
        <source>location {n}: {problem}</source>
        <translation>ubicación {n}: {problem}</translation>
    </message>
    <message>
        <source>latitude must be between -90 and 90</source>
        <translation>la latitud debe estar entre -90 y 90</translation>
    </message>
    <message>
        <source>longitude must be between -180 and 180</source>
        <translation>la longitud debe estar entre -180 y 180</translation>
    </message>
    <message>
        <source>radius must be {low}-{high} metres</source>
        <translation>el radio debe ser de {low}-{high} metros</translation>
    </message>
    <message>
        <source>at most {most} beacons per pass ({given} given)</source>
        <translation>como máximo {most} balizas por pase (hay {given})</translation>
    </message>
    <message>
        <source>beacon {n}: proximity UUID must look like E2C56DB5-DFFB-48D2-B060-D0F5A71096E0</source>
        <translation>baliza {n}: el UUID de proximidad debe tener la forma E2C56DB5-DFFB-48D2-B060-D0F5A71096E0</translation>
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
        <translation>baliza {n}: {label} debe ser un número entero entre 0 y {most}</translation>
    </message>
    <message>
        <source>the Apple pass sent is not valid base64</source>
        <translation>el pase de Apple enviado no es base64 válido</translation>
    </message>
    <message>
        <source>the Apple pass sent is not a .pkpass file</source>
        <translation>el pase de Apple enviado no es un archivo .pkpass</translation>
    </message>
    <message>
        <source>Each row names a pass in a {pass_id} column (its pass ID or ext id) and gives only what changes: {passfield} columns, {group_tags}, {pass_action} ({deactivate} or {reactivate}). Columns left out stay as they are.</source>
        <translation>Cada fila indica un pase en una columna {pass_id} (su ID de pase o ID externo) y da solo lo que cambia: columnas {passfield}, {group_tags}, {pass_action} ({deactivate} o {reactivate}). Las columnas omitidas quedan como están.</translation>
    </message>
    <message>
        <source>Update passes from a CSV file</source>
        <translation>Actualizar pases desde un archivo CSV</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>A CSV file with a {pass_id} column</source>
        <translation>Un archivo CSV con una columna {pass_id}</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>CSV &amp;file</source>
        <translation>&amp;Archivo CSV</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>Optional, e.g. Upgrade to Gold</source>
        <translation>Opcional, p. ej. Subida a Oro</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Run at</source>
        <translation>Ejecutar el</translation>
    </message>
    <message>
        <source>&amp;Run at</source>
        <translation>&amp;Ejecutar el</translation>
    </message>
    <message>
        <source>%v of %m rows processed</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation>%v de %m filas procesadas</translation>
    </message>
    <message>
        <source>&amp;Update passes</source>
        <translation>&amp;Actualizar pases</translation>
    </message>
    <message>
        <source>Save e&amp;rrors CSV…</source>
        <translation>Guardar CSV de e&amp;rrores…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Elige un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>There is no file at {path}. Check the path or use Choose….</source>
        <translation>No hay ningún archivo en {path}. Comprueba la ruta o usa Elegir….</translation>
    </message>
    <message>
        <source>Sending the file to PassEntry…</source>
        <translation>Enviando el archivo a PassEntry…</translation>
    </message>
    <message>
        <source>{status}…</source>
        <translation>{status}…</translation>
    </message>
    <message>
        <source>Scheduled for {when}: Passes → Batches… shows it, and can cancel it until then.</source>
        <translation>Programado para {when}: Pases → Lotes… lo muestra y permite cancelarlo hasta entonces.</translation>
    </message>
    <message>
        <source>{status}: {progress} passes updated; the changes arrive here with the next sync.</source>
        <translation>{status}: {progress} pases actualizados; los cambios llegan aquí con la próxima sincronización.</translation>
    </message>
    <message>
        <source>{status}. Save the errors CSV to see which rows were refused and why.</source>
        <translation>{status}. Guarda el CSV de errores para ver qué filas se rechazaron y por qué.</translation>
    </message>
    <message>
        <source>{status}.</source>
        <translation>{status}.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Sin enviar: {reason}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Scheduled / done</source>
        <translation>Programado / hecho</translation>
    </message>
    <message>
        <source>No API key: set it in Settings → PassEntry account first.</source>
        <translation>No hay clave de API: configúrala primero en Ajustes → Cuenta de PassEntry.</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Guardar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Fetching the file…</source>
        <translation>Descargando el archivo…</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} guardado.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Sin guardar: {reason}</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Batches run on PassEntry: issuing many passes, updating them from a file, and messages to many passes. Newest first.</source>
        <translation>Lotes ejecutados en PassEntry: emisión de muchos pases, actualización desde un archivo y mensajes a muchos pases. Los más recientes primero.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Cancel batch</source>
        <translation>&amp;Cancelar lote</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>Save &amp;results CSV…</source>
        <translation>Guardar CSV de &amp;resultados…</translation>
    </message>
    <message>
        <source>Save &amp;errors CSV…</source>
        <translation>Guardar CSV de &amp;errores…</translation>
    </message>
    <message>
        <source>Reading the batches from PassEntry…</source>
        <translation>Leyendo los lotes de PassEntry…</translation>
    </message>
    <message>
        <source>The batches could not be read: {reason}</source>
        <translation>No se han podido leer los lotes: {reason}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>No batches yet.</source>
        <translation>Aún no hay lotes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es).</source>
        <translation>
            <numerusform>%Ln lote.</numerusform>
            <numerusform>%Ln lotes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelled: it will not run.</source>
        <translation>Cancelado: no se ejecutará.</translation>
    </message>
    <message>
        <source>Sending now…</source>
        <translation>Enviando ahora…</translation>
    </message>
    <message>
        <source>Sent now.</source>
        <translation>Enviado.</translation>
    </message>
    <message>
        <source>Ba&amp;tches</source>
        <translation>Lo&amp;tes</translation>
    </message>
    <message>
        <source>Batches run on PassEntry: a message to many passes, updating passes from a CSV file, and the list of batches</source>
        <translation>Lotes ejecutados en PassEntry: un mensaje a muchos pases, actualizar pases desde un archivo CSV y la lista de lotes</translation>
    </message>
    <message>
        <source>&amp;Notify many…</source>
        <translation>&amp;Notificar a muchos…</translation>
    </message>
    <message>
        <source>&amp;Update from CSV…</source>
        <translation>Act&amp;ualizar desde CSV…</translation>
    </message>
    <message>
        <source>&amp;Batches…</source>
        <translation>&amp;Lotes…</translation>
    </message>
    <message>
        <source>How: one by one, through the outbox (sent with the next sync).</source>
        <translation>Cómo: uno a uno, a través de la bandeja de salida (se envían con la próxima sincronización).</translation>
    </message>
    <message>
        <source>How: as one batch on PassEntry; its progress shows here to the end.</source>
        <translation>Cómo: como un lote en PassEntry; su progreso se muestra aquí hasta el final.</translation>
    </message>
    <message>
        <source>{how} {reason}</source>
        <translation>{how} {reason}</translation>
    </message>
    <message>
        <source>How: asking PassEntry whether this account has batches…</source>
        <translation>Cómo: preguntando a PassEntry si esta cuenta tiene lotes…</translation>
    </message>
    <message>
        <source>PassEntry could not be asked ({reason}); passes are issued one by one.</source>
        <translation>No se ha podido preguntar a PassEntry ({reason}); los pases se emiten uno a uno.</translation>
    </message>
    <message>
        <source>{how} Not as a batch: {reason}.</source>
        <translation>{how} No como lote: {reason}.</translation>
    </message>
    <message>
        <source>%v of %m issued</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation>%v de %m emitidos</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Dejar de &amp;seguir</translation>
    </message>
    <message>
        <source>{status}: {progress}</source>
        <translation>{status}: {progress}</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>a batch just sent</comment>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>No longer watching: the batch goes on on PassEntry ({progress}). Passes → Batches… shows how far it got.</source>
        <translation>Ya no se sigue: el lote continúa en PassEntry ({progress}). Pases → Lotes… muestra hasta dónde llegó.</translation>
    </message>
    <message>
        <source>{status}: {progress} processed on PassEntry; the passes arrive here with the next sync. Some rows were refused: save the errors CSV to see why.</source>
        <translation>{status}: {progress} procesados en PassEntry; los pases llegan aquí con la próxima sincronización. Se rechazaron algunas filas: guarda el CSV de errores para ver por qué.</translation>
    </message>
    <message>
        <source>{status}: {progress} processed on PassEntry; the passes arrive here with the next sync.</source>
        <translation>{status}: {progress} procesados en PassEntry; los pases llegan aquí con la próxima sincronización.</translation>
    </message>
    <message>
        <source>{status}: PassEntry issued none of these passes. Save the errors CSV to see why.</source>
        <translation>{status}: PassEntry no ha emitido ninguno de estos pases. Guarda el CSV de errores para ver por qué.</translation>
    </message>
    <message>
        <source>{status}: PassEntry issued none of these passes.</source>
        <translation>{status}: PassEntry no ha emitido ninguno de estos pases.</translation>
    </message>
    <message>
        <source>line in your file</source>
        <comment>a CSV column&apos;s header</comment>
        <translation>línea de tu archivo</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(sin usar)</translation>
    </message>
    <message>
        <source>Issue passes from a CSV file</source>
        <translation>Emitir pases desde un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Issue passes</source>
        <translation>&amp;Emitir pases</translation>
    </message>
    <message>
        <source>No templates yet: sync first, or add one by its ID</source>
        <translation>Aún no hay plantillas: sincroniza primero o añade una por su ID</translation>
    </message>
    <message>
        <source>No templates yet: sync first</source>
        <translation>Aún no hay plantillas: sincroniza primero</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Column for {target}</source>
        <translation>Columna para {target}</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Columna {number}</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Comprobando todas las filas…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): {good} ready to issue, {bad} with problems (listed below; they are not issued).</source>
        <translation>
            <numerusform>%Ln fila: {good} lista para emitir, {bad} con problemas (abajo; no se emite).</numerusform>
            <numerusform>%Ln filas: {good} listas para emitir, {bad} con problemas (en la lista de abajo; no se emiten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): {good} ready to issue.</source>
        <translation>
            <numerusform>%Ln fila: {good} lista para emitir.</numerusform>
            <numerusform>%Ln filas: {good} listas para emitir.</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} With no QR column, each pass&apos;s QR code is its ext id.</source>
        <translation>{summary} Sin columna QR, el código QR de cada pase es su ID externo.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the problems of one CSV row</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitidos</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Issue %Ln pass(es)</source>
        <translation>
            <numerusform>&amp;Emitir %Ln pase</numerusform>
            <numerusform>&amp;Emitir %Ln pases</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bad rows</source>
        <translation>Exportar filas erróneas</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln bad row(s) to {path}.</source>
        <translation>
            <numerusform>%Ln fila errónea guardada en {path}.</numerusform>
            <numerusform>%Ln filas erróneas guardadas en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m queued</source>
        <comment>a progress bar: %v done of %m</comment>
        <translation>%v de %m en cola</translation>
    </message>
    <message>
        <source>Queuing passes…</source>
        <translation>Poniendo pases en cola…</translation>
    </message>
    <message>
        <source>Stopping after this look…</source>
        <translation>Deteniendo tras esta vuelta…</translation>
    </message>
    <message>
        <source>Stopping after this chunk…</source>
        <translation>Deteniendo tras este bloque…</translation>
    </message>
    <message numerus="yes">
        <source> %Ln were queued before.</source>
        <comment>after a sentence: mind the space in front</comment>
        <translation>
            <numerusform> %Ln ya estaba en cola antes.</numerusform>
            <numerusform> %Ln ya estaban en cola antes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln pass(es) queued.{before} Issue again to queue the rest; rows already queued are skipped.</source>
        <translation>
            <numerusform>Detenido: %Ln pase en cola.{before} Vuelve a emitir para poner el resto en cola; las filas ya en cola se omiten.</numerusform>
            <numerusform>Detenido: %Ln pases en cola.{before} Vuelve a emitir para poner el resto en cola; las filas ya en cola se omiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) queued; they reach PassEntry with the next sync.{before} To issue this file again, choose it again.</source>
        <translation>
            <numerusform>%Ln pase en cola; llega a PassEntry con la próxima sincronización.{before} Para volver a emitir este archivo, elígelo de nuevo.</numerusform>
            <numerusform>%Ln pases en cola; llegan a PassEntry con la próxima sincronización.{before} Para volver a emitir este archivo, elígelo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a day, then a time of day</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Deactivate {name}?</source>
        <translation>¿Desactivar {name}?</translation>
    </message>
    <message>
        <source>Deactivate this pass?</source>
        <translation>¿Desactivar este pase?</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %Ln pass(es)?</source>
        <translation>
            <numerusform>¿Desactivar %Ln pase?</numerusform>
            <numerusform>¿Desactivar %Ln pases?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} y %Ln más</numerusform>
            <numerusform>{names} y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already deactivated: %Ln of the {selected} selected. They stay as they are.</source>
        <translation>
            <numerusform>Ya desactivados: %Ln de los {selected} seleccionados. Se quedan como están.</numerusform>
            <numerusform>Ya desactivados: %Ln de los {selected} seleccionados. Se quedan como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>A deactivated pass stays in the wallet, shown as expired, and no longer scans as valid. It can be reactivated later.</source>
        <translation>Un pase desactivado sigue en el wallet, marcado como caducado, y ya no es válido al escanearlo. Se puede reactivar más tarde.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a window title</comment>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a button</comment>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Already deactivated</source>
        <translation>Ya desactivado</translation>
    </message>
    <message>
        <source>The selected pass is already deactivated.</source>
        <translation>El pase seleccionado ya está desactivado.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln selected passes are already deactivated.</source>
        <translation>
            <numerusform>El pase seleccionado ya está desactivado.</numerusform>
            <numerusform>Los %Ln pases seleccionados ya están desactivados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deactivated</source>
        <translation>Sin desactivar</translation>
    </message>
    <message>
        <source>Nothing was deactivated: {reason}</source>
        <translation>No se ha desactivado nada: {reason}</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <comment>a window title</comment>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Reactivate the pass of {name}?</source>
        <translation>¿Reactivar el pase de {name}?</translation>
    </message>
    <message>
        <source>Reactivate this pass?</source>
        <translation>¿Reactivar este pase?</translation>
    </message>
    <message>
        <source>It scans as valid again, and it can be changed and sent messages. On an iPhone it stays among the expired passes until its holder shows it again.</source>
        <translation>Vuelve a ser válido al escanearlo, y se puede modificar y recibir mensajes. En un iPhone sigue entre los pases caducados hasta que su titular lo vuelva a mostrar.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <comment>a button</comment>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Not reactivated</source>
        <translation>Sin reactivar</translation>
    </message>
    <message>
        <source>The pass was not reactivated: {reason}</source>
        <translation>No se ha reactivado el pase: {reason}</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniatura</translation>
    </message>
    <message>
        <source>Choose this pass&apos;s banner</source>
        <translation>Elige el banner de este pase</translation>
    </message>
    <message>
        <source>Use the template&apos;s banner again</source>
        <translation>Volver a usar el banner de la plantilla</translation>
    </message>
    <message>
        <source>The template&apos;s banner</source>
        <translation>El banner de la plantilla</translation>
    </message>
    <message>
        <source>Choose this pass&apos;s logo</source>
        <translation>Elige el logotipo de este pase</translation>
    </message>
    <message>
        <source>Use the template&apos;s logo again</source>
        <translation>Volver a usar el logotipo de la plantilla</translation>
    </message>
    <message>
        <source>The template&apos;s logo</source>
        <translation>El logotipo de la plantilla</translation>
    </message>
    <message>
        <source>Choose this pass&apos;s thumbnail</source>
        <translation>Elige la miniatura de este pase</translation>
    </message>
    <message>
        <source>Use the template&apos;s thumbnail again</source>
        <translation>Volver a usar la miniatura de la plantilla</translation>
    </message>
    <message>
        <source>The template&apos;s thumbnail</source>
        <translation>La miniatura de la plantilla</translation>
    </message>
    <message>
        <source>Design for this pass</source>
        <translation>Diseño de este pase</translation>
    </message>
    <message>
        <source>Use one of your images on PassEntry instead of the template&apos;s, for this pass only. PassEntry must have enabled per-pass designs for your organisation.</source>
        <translation>Usa una de tus imágenes de PassEntry en lugar de la de la plantilla, solo para este pase. PassEntry debe haber activado los diseños por pase para tu organización.</translation>
    </message>
    <message>
        <source>Connect to PassEntry (Settings) to use your images on a pass.</source>
        <translation>Conéctate a PassEntry (Ajustes) para usar tus imágenes en un pase.</translation>
    </message>
    <message>
        <source>The template&apos;s value per language — {values}. A value typed here is this pass&apos;s in every language.</source>
        <translation>El valor de la plantilla por idioma — {values}. Un valor escrito aquí es el de este pase en todos los idiomas.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Use the template&apos;s</source>
        <comment>a button: use the template&apos;s image</comment>
        <translation>Usar el de la plantilla</translation>
    </message>
    <message>
        <source>Send it with the template&apos;s design</source>
        <translation>Enviarlo con el diseño de la plantilla</translation>
    </message>
    <message>
        <source>An image</source>
        <translation>Una imagen</translation>
    </message>
    <message>
        <source>{image}, {width} x {height} px</source>
        <translation>{image}, {width} x {height} px</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <source>Aztec code</source>
        <translation>Código Aztec</translation>
    </message>
    <message>
        <source>PDF417 code</source>
        <translation>Código PDF417</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>Creado: {when}</translation>
    </message>
    <message>
        <source>Added to a wallet: {when}</source>
        <translation>Añadido a un wallet: {when}</translation>
    </message>
    <message>
        <source>Removed from the wallet: {when}</source>
        <translation>Quitado del wallet: {when}</translation>
    </message>
    <message>
        <source>Deactivated: {when}</source>
        <translation>Desactivado: {when}</translation>
    </message>
    <message>
        <source>Nullified: {when}</source>
        <translation>Anulado: {when}</translation>
    </message>
    <message>
        <source>Expires: {when}</source>
        <translation>Caduca: {when}</translation>
    </message>
    <message>
        <source>Expired: {when}</source>
        <translation>Caducado: {when}</translation>
    </message>
    <message>
        <source>Nullified on {when}. In the wallet it shows grey as “Deactivated” and its data was wiped. Its ext id {ext_id} is free for a new pass. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Anulado el {when}. En el wallet aparece en gris como «Desactivado» y sus datos se han borrado. Su ID externo {ext_id} queda libre para un pase nuevo. PassEntry responde «no encontrado» para él, así que ya no se puede modificar, enviarle mensajes ni escanearlo.</translation>
    </message>
    <message>
        <source>Nullified on {when}. In the wallet it shows grey as “Deactivated” and its data was wiped. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Anulado el {when}. En el wallet aparece en gris como «Desactivado» y sus datos se han borrado. PassEntry responde «no encontrado» para él, así que ya no se puede modificar, enviarle mensajes ni escanearlo.</translation>
    </message>
    <message>
        <source>Nullified. In the wallet it shows grey as “Deactivated” and its data was wiped. Its ext id {ext_id} is free for a new pass. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Anulado. En el wallet aparece en gris como «Desactivado» y sus datos se han borrado. Su ID externo {ext_id} queda libre para un pase nuevo. PassEntry responde «no encontrado» para él, así que ya no se puede modificar, enviarle mensajes ni escanearlo.</translation>
    </message>
    <message>
        <source>Nullified. In the wallet it shows grey as “Deactivated” and its data was wiped. PassEntry answers “not found” for it, so it cannot be changed, sent a message or scanned in any more.</source>
        <translation>Anulado. En el wallet aparece en gris como «Desactivado» y sus datos se han borrado. PassEntry responde «no encontrado» para él, así que ya no se puede modificar, enviarle mensajes ni escanearlo.</translation>
    </message>
    <message>
        <source>The pass could not be read: {reason}</source>
        <translation>No se ha podido leer el pase: {reason}</translation>
    </message>
    <message>
        <source>Select a pass to see its details.</source>
        <translation>Selecciona un pase para ver sus detalles.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Latest message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>Pass id</source>
        <translation>ID del pase</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a pass&apos;s status</comment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>no template</source>
        <translation>sin plantilla</translation>
    </message>
    <message numerus="yes">
        <source>group(s) {tags}</source>
        <translation>
            <numerusform>grupo {tags}</numerusform>
            <numerusform>grupos {tags}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln cambio pendiente de envío</numerusform>
            <numerusform>%Ln cambios pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>Made here; PassEntry has not confirmed them yet. The Sync pane lists them.</source>
        <translation>Hechos aquí; PassEntry aún no los ha confirmado. El panel Sincronización los muestra.</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Escaneo</translation>
    </message>
    <message>
        <source>NFC value</source>
        <translation>Valor NFC</translation>
    </message>
    <message>
        <source>Add to wallet</source>
        <translation>Añadir al wallet</translation>
    </message>
    <message>
        <source>The customer scans this with their phone to add the pass.</source>
        <translation>El cliente lo escanea con su teléfono para añadir el pase.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the download page in the browser</source>
        <translation>Abre la página de descarga en el navegador</translation>
    </message>
    <message>
        <source>Locations ({count})</source>
        <translation>Ubicaciones ({count})</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
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
        <translation>Balizas ({count})</translation>
    </message>
    <message>
        <source>Beacon</source>
        <translation>Baliza</translation>
    </message>
    <message>
        <source>Edit pass</source>
        <translation>Editar pase</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Pass not found</source>
        <translation>Pase no encontrado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>This pass is not in the local store any more.</source>
        <translation>Este pase ya no está en la base de datos local.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: lock screens show about {shown} and cut the rest.</source>
        <translation>
            <numerusform>%Ln carácter: las pantallas de bloqueo muestran unos {shown} y cortan el resto.</numerusform>
            <numerusform>%Ln caracteres: las pantallas de bloqueo muestran unos {shown} y cortan el resto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change goes to PassEntry with the template&apos;s design.</source>
        <translation>El cambio va a PassEntry con el diseño de la plantilla.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Check the disk, then try again.</source>
        <translation>Sin guardar: {reason}. Revisa el disco e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>No event (not a ticket)</source>
        <translation>Sin evento (no es una entrada)</translation>
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
        <translation>Code 128 (una línea de barras)</translation>
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
        <translation>Sin código de barras</translation>
    </message>
    <message>
        <source>The ext id</source>
        <translation>El ID externo</translation>
    </message>
    <message>
        <source>The pass id</source>
        <translation>El ID del pase</translation>
    </message>
    <message>
        <source>A value you type</source>
        <translation>Un valor que escribes tú</translation>
    </message>
    <message>
        <source>Without a barcode the pass cannot be scanned at a door or a till: only NFC or a search by name finds it.</source>
        <translation>Sin código de barras, el pase no se puede escanear en una puerta ni en una caja: solo lo encuentra NFC o una búsqueda por nombre.</translation>
    </message>
    <message>
        <source>The pass id is known once PassEntry has created the pass; until then the Passes list shows the ext id as its number.</source>
        <translation>El ID del pase se conoce cuando PassEntry ha creado el pase; hasta entonces la lista de Pases muestra el ID externo como su número.</translation>
    </message>
    <message>
        <source>Each pass needs its own value: a door tells passes apart by it.</source>
        <translation>Cada pase necesita su propio valor: una puerta distingue los pases por él.</translation>
    </message>
    <message>
        <source>Issue a pass</source>
        <translation>Emitir un pase</translation>
    </message>
    <message>
        <source>&amp;Issue pass</source>
        <translation>&amp;Emitir pase</translation>
    </message>
    <message>
        <source>Reading templates…</source>
        <translation>Leyendo plantillas…</translation>
    </message>
    <message>
        <source>Field id {id}; empty: {default}</source>
        <translation>ID de campo {id}; vacío: {default}</translation>
    </message>
    <message>
        <source>Field id {id}</source>
        <translation>ID de campo {id}</translation>
    </message>
    <message>
        <source>pick a template</source>
        <translation>elige una plantilla</translation>
    </message>
    <message>
        <source>type the barcode value (or let the barcode hold the ext id)</source>
        <translation>escribe el valor del código de barras (o deja que contenga el ID externo)</translation>
    </message>
    <message>
        <source>type the NFC value (or let NFC hold the pass id)</source>
        <translation>escribe el valor NFC (o deja que NFC contenga el ID del pase)</translation>
    </message>
    <message numerus="yes">
        <source>Cannot issue yet: {problem} (and %Ln more)</source>
        <translation>
            <numerusform>Aún no se puede emitir: {problem} (y %Ln más)</numerusform>
            <numerusform>Aún no se puede emitir: {problem} (y %Ln más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot issue yet: {problem}</source>
        <translation>Aún no se puede emitir: {problem}</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Emitiendo…</translation>
    </message>
    <message>
        <source>Pass for {who} queued (ext id {ext_id}, {event}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pase para {who} en cola (ID externo {ext_id}, {event}); llega a PassEntry con la próxima sincronización. Consulta Entrega para ver su enlace. El formulario se vacía para el siguiente pase.</translation>
    </message>
    <message>
        <source>Pass for {who} queued (ext id {ext_id}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pase para {who} en cola (ID externo {ext_id}); llega a PassEntry con la próxima sincronización. Consulta Entrega para ver su enlace. El formulario se vacía para el siguiente pase.</translation>
    </message>
    <message>
        <source>Pass queued (ext id {ext_id}, {event}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pase en cola (ID externo {ext_id}, {event}); llega a PassEntry con la próxima sincronización. Consulta Entrega para ver su enlace. El formulario se vacía para el siguiente pase.</translation>
    </message>
    <message>
        <source>Pass queued (ext id {ext_id}); it reaches PassEntry with the next sync. See Delivery for its link. The form is cleared for the next pass.</source>
        <translation>Pase en cola (ID externo {ext_id}); llega a PassEntry con la próxima sincronización. Consulta Entrega para ver su enlace. El formulario se vacía para el siguiente pase.</translation>
    </message>
    <message>
        <source>Pass {ext_id} is not on PassEntry yet: per-pass designs are not enabled for your organisation (see Design for this pass).</source>
        <translation>El pase {ext_id} aún no está en PassEntry: los diseños por pase no están activados para tu organización (consulta Diseño de este pase).</translation>
    </message>
    <message>
        <source>Sending the pass with the template&apos;s design…</source>
        <translation>Enviando el pase con el diseño de la plantilla…</translation>
    </message>
    <message>
        <source>The pass goes to PassEntry with the template&apos;s design; its link shows under Delivery once it is created.</source>
        <translation>El pase va a PassEntry con el diseño de la plantilla; su enlace aparece en Entrega cuando se haya creado.</translation>
    </message>
    <message>
        <source>Pass {ext_id} is on PassEntry. Send its holder this download link; it adds the pass to Apple or Google Wallet.</source>
        <translation>El pase {ext_id} está en PassEntry. Envía a su titular este enlace de descarga; añade el pase a Apple Wallet o Google Wallet.</translation>
    </message>
    <message>
        <source>Pass {ext_id} is waiting to reach PassEntry; its download link shows here once it has been created.</source>
        <translation>El pase {ext_id} está pendiente de llegar a PassEntry; su enlace de descarga aparece aquí cuando se haya creado.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Save Apple pass</source>
        <translation>Guardar pase de Apple</translation>
    </message>
    <message>
        <source>Apple Wallet pass (*.pkpass)</source>
        <translation>Pase de Apple Wallet (*.pkpass)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>No se ha podido guardar {path}: {reason}</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Añadir fila</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>{count} of at most {most}</source>
        <translation>{count} de {most} como máximo</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Ubicaciones</translation>
    </message>
    <message>
        <source>&amp;Add location</source>
        <translation>&amp;Añadir ubicación</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>location {n}: latitude {value} is not a number</source>
        <translation>ubicación {n}: la latitud {value} no es un número</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>location {n}: longitude {value} is not a number</source>
        <translation>ubicación {n}: la longitud {value} no es un número</translation>
    </message>
    <message>
        <source>Radius (m)</source>
        <translation>Radio (m)</translation>
    </message>
    <message>
        <source>location {n}: radius (m) {value} is not a number</source>
        <translation>ubicación {n}: el radio (m) {value} no es un número</translation>
    </message>
    <message>
        <source>Relevant text</source>
        <translation>Texto relevante</translation>
    </message>
    <message>
        <source>location {n}: relevant text {value} is not text</source>
        <translation>ubicación {n}: el texto relevante {value} no es texto</translation>
    </message>
    <message>
        <source>Beacons</source>
        <translation>Balizas</translation>
    </message>
    <message>
        <source>&amp;Add beacon</source>
        <translation>&amp;Añadir baliza</translation>
    </message>
    <message>
        <source>Proximity UUID</source>
        <translation>UUID de proximidad</translation>
    </message>
    <message>
        <source>beacon {n}: proximity UUID {value} is not text</source>
        <translation>baliza {n}: el UUID de proximidad {value} no es texto</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>beacon {n}: major {value} is not a whole number</source>
        <translation>baliza {n}: major {value} no es un número entero</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>beacon {n}: minor {value} is not a whole number</source>
        <translation>baliza {n}: minor {value} no es un número entero</translation>
    </message>
    <message>
        <source>beacon {n}: relevant text {value} is not text</source>
        <translation>baliza {n}: el texto relevante {value} no es texto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Etiqueta de grupo</translation>
    </message>
    <message>
        <source>Type a number in the search to find its pass</source>
        <translation>Escribe un número en la búsqueda para encontrar su pase</translation>
    </message>
    <message>
        <source>Pick an event in the filters to see its passes</source>
        <translation>Elige un evento en los filtros para ver sus pases</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Nullified</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>{event}
Starts {when}</source>
        <translation>{event}
Empieza {when}</translation>
    </message>
    <message>
        <source>This pass is {status}, not on a phone: the message is kept on the pass but no one sees it now.</source>
        <translation>Este pase está {status}, no está en un teléfono: el mensaje se guarda en el pase, pero ahora nadie lo ve.</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>inactivo</translation>
    </message>
    <message numerus="yes">
        <source>Not active (not on a phone): %Ln of the {total} selected passes. Messages reach only active passes.</source>
        <translation>
            <numerusform>Inactivos (no están en un teléfono): %Ln de los {total} pases seleccionados. Los mensajes solo llegan a los pases activos.</numerusform>
            <numerusform>Inactivos (no están en un teléfono): %Ln de los {total} pases seleccionados. Los mensajes solo llegan a los pases activos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Enviar un mensaje</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>The passes could not be read: {reason}</source>
        <translation>No se han podido leer los pases: {reason}</translation>
    </message>
    <message>
        <source>Message to {name}</source>
        <translation>Mensaje para {name}</translation>
    </message>
    <message>
        <source>Message to this pass</source>
        <translation>Mensaje para este pase</translation>
    </message>
    <message numerus="yes">
        <source>Message to %Ln pass(es)</source>
        <translation>
            <numerusform>Mensaje para %Ln pase</numerusform>
            <numerusform>Mensaje para %Ln pases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected pass(es) not in the local store any more: they will not get it.</source>
        <translation>
            <numerusform>%Ln pase seleccionado ya no está en la base de datos local: no lo recibirá.</numerusform>
            <numerusform>%Ln pases seleccionados ya no están en la base de datos local: no lo recibirán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected pass(es) nullified: they will not get it.</source>
        <translation>
            <numerusform>%Ln pase seleccionado está anulado: no lo recibirá.</numerusform>
            <numerusform>%Ln pases seleccionados están anulados: no lo recibirán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %Ln pass(es)</source>
        <translation>
            <numerusform>Enviar a %Ln pase</numerusform>
            <numerusform>Enviar a %Ln pases</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Notify many</source>
        <translation>Notificar a muchos</translation>
    </message>
    <message>
        <source>Every pass with the group tag</source>
        <translation>Todos los pases con la etiqueta de grupo</translation>
    </message>
    <message>
        <source>To</source>
        <comment>who gets a message</comment>
        <translation>Para</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>What the lock screen shows, e.g. Doors open at 19:00. {field} puts in a pass&apos;s own value.</source>
        <translation>Lo que muestra la pantalla de bloqueo, p. ej. Puertas abiertas a las 19:00. {field} inserta el valor propio de cada pase.</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Enviar &amp;ahora</translation>
    </message>
    <message>
        <source>Schedule &amp;at</source>
        <translation>&amp;Programar para</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Hora programada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pases</translation>
    </message>
    <message>
        <source>&amp;Cancel scheduled batch</source>
        <translation>&amp;Cancelar lote programado</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected pass(es) ({unsent} not sent to PassEntry yet are left out)</source>
        <translation>
            <numerusform>El pase seleccionado (se omiten {unsent} aún no enviados a PassEntry)</numerusform>
            <numerusform>Los %Ln pases seleccionados (se omiten {unsent} aún no enviados a PassEntry)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected pass(es)</source>
        <translation>
            <numerusform>El pase seleccionado</numerusform>
            <numerusform>Los %Ln pases seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>{length} / {most} characters: lock screens cut the rest</source>
        <translation>{length} / {most} caracteres: las pantallas de bloqueo cortan el resto</translation>
    </message>
    <message>
        <source>{length} / {most} characters</source>
        <translation>{length} / {most} caracteres</translation>
    </message>
    <message numerus="yes">
        <source>PassEntry takes at most {most} passes per message batch: this goes as %Ln batch(es).</source>
        <translation>
            <numerusform>PassEntry acepta como máximo {most} pases por lote de mensajes: esto va en %Ln lote.</numerusform>
            <numerusform>PassEntry acepta como máximo {most} pases por lote de mensajes: esto va en %Ln lotes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Programando…</translation>
    </message>
    <message>
        <source>Message {when}</source>
        <comment>a batch&apos;s name</comment>
        <translation>Mensaje {when}</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled: %Ln batch(es) for {when}. You can cancel it until then.</source>
        <translation>
            <numerusform>Programado: %Ln lote para {when}. Puedes cancelarlo hasta entonces.</numerusform>
            <numerusform>Programado: %Ln lotes para {when}. Puedes cancelarlo hasta entonces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent: %Ln batch(es) to {whom}.</source>
        <translation>
            <numerusform>Enviado: %Ln lote a {whom}.</numerusform>
            <numerusform>Enviados: %Ln lotes a {whom}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{batch}: {status}</source>
        <translation>{batch}: {status}</translation>
    </message>
    <message>
        <source>Cancelled: the message will not be sent.</source>
        <translation>Cancelado: el mensaje no se enviará.</translation>
    </message>
    <message>
        <source>Not cancelled: {reason}</source>
        <translation>Sin cancelar: {reason}</translation>
    </message>
    <message>
        <source>NULLIFY</source>
        <translation>ANULAR</translation>
    </message>
    <message>
        <source>Its ext id &lt;b&gt;{ext_id}&lt;/b&gt; is freed: a new pass may be issued with it.</source>
        <translation>Su ID externo &lt;b&gt;{ext_id}&lt;/b&gt; queda libre: se puede emitir un pase nuevo con él.</translation>
    </message>
    <message>
        <source>On the phone the pass turns grey and says “Deactivated”; its name, fields, barcode and NFC are wiped from it.</source>
        <translation>En el teléfono el pase se vuelve gris y pone «Desactivado»; se borran su nombre, campos, código de barras y NFC.</translation>
    </message>
    <message>
        <source>PassEntry answers “not found” for this pass from then on: it can no longer be changed, sent a message, given points or scanned in.</source>
        <translation>Desde entonces PassEntry responde «no encontrado» para este pase: ya no se puede modificar, enviarle mensajes, darle puntos ni escanearlo.</translation>
    </message>
    <message>
        <source>Here it leaves the Passes list; pick the status “Nullified” to see it again. It still counts as an issued pass on your PassEntry bill.</source>
        <translation>Aquí desaparece de la lista de Pases; elige el estado «Anulado» para volver a verlo. Sigue contando como pase emitido en tu factura de PassEntry.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; A nullified pass can never be made active again.&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;To stop it scanning for a while, deactivate it instead: that can be undone.</source>
        <translation>&lt;b&gt;No se puede deshacer.&lt;/b&gt; Un pase anulado nunca puede volver a activarse.&lt;ul style=&apos;margin-left: -20px&apos;&gt;{items}&lt;/ul&gt;Para que deje de escanearse durante un tiempo, desactívalo en su lugar: eso sí se puede deshacer.</translation>
    </message>
    <message>
        <source>Nullify pass</source>
        <translation>Anular pase</translation>
    </message>
    <message>
        <source>Nullify the pass of {name}?</source>
        <translation>¿Anular el pase de {name}?</translation>
    </message>
    <message>
        <source>Nullify this pass?</source>
        <translation>¿Anular este pase?</translation>
    </message>
    <message>
        <source>number {number}</source>
        <translation>número {number}</translation>
    </message>
    <message>
        <source>To confirm, type the word &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation>Para confirmar, escribe la palabra &lt;b&gt;{word}&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>To confirm, type the pass&apos;s number &lt;b&gt;{word}&lt;/b&gt;:</source>
        <translation>Para confirmar, escribe el número del pase &lt;b&gt;{word}&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Nullify this pass</source>
        <translation>Anular este pase</translation>
    </message>
    <message>
        <source>Nullifying…</source>
        <translation>Anulando…</translation>
    </message>
    <message>
        <source>Not nullified: {reason}</source>
        <translation>Sin anular: {reason}</translation>
    </message>
    <message>
        <source>This pass was nullified: PassEntry no longer knows it, so it cannot be changed any more.</source>
        <translation>Este pase se ha anulado: PassEntry ya no lo conoce, así que ya no se puede modificar.</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no date filter: any day</comment>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>Cualquier dispositivo</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Cualquier grupo</translation>
    </message>
    <message>
        <source>Any template</source>
        <translation>Cualquier plantilla</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>Cualquier evento</translation>
    </message>
    <message>
        <source>Reading passes…</source>
        <translation>Leyendo pases…</translation>
    </message>
    <message>
        <source>Cannot read passes ({reason}); trying again…</source>
        <translation>No se pueden leer los pases ({reason}); reintentando…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Ordenando…</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln match(es) — type more to narrow</source>
        <translation>
            <numerusform>Primera coincidencia — escribe más para acotar</numerusform>
            <numerusform>Primeras %Ln coincidencias — escribe más para acotar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of the first %Ln match(es) — type more to narrow</source>
        <translation>
            <numerusform>{shown} de la primera coincidencia — escribe más para acotar</numerusform>
            <numerusform>{shown} de las primeras %Ln coincidencias — escribe más para acotar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ pass(es), counting…</source>
        <translation>
            <numerusform>%Ln+ pase, contando…</numerusform>
            <numerusform>%Ln+ pases, contando…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es)</source>
        <translation>
            <numerusform>%Ln pase</numerusform>
            <numerusform>%Ln pases</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation>&amp;Reactivar…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>Make this pass active again: it scans as valid again</source>
        <translation>Vuelve a activar este pase: vuelve a ser válido al escanearlo</translation>
    </message>
    <message>
        <source>Deactivate the selected passes (they no longer admit)</source>
        <translation>Desactiva los pases seleccionados (ya no dan acceso)</translation>
    </message>
    <message>
        <source>Wipe the selected pass for good and free its ext id (cannot be undone)</source>
        <translation>Borra el pase seleccionado para siempre y libera su ID externo (no se puede deshacer)</translation>
    </message>
    <message>
        <source>Select a pass</source>
        <translation>Selecciona un pase</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) selected</source>
        <translation>
            <numerusform>%Ln pase seleccionado</numerusform>
            <numerusform>%Ln pases seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Export passes</source>
        <translation>Exportar pases</translation>
    </message>
    <message>
        <source>an ext id cannot contain spaces</source>
        <translation>un ID externo no puede contener espacios</translation>
    </message>
    <message>
        <source>a custom barcode needs a value</source>
        <translation>un código de barras personalizado necesita un valor</translation>
    </message>
    <message>
        <source>a custom NFC message needs a value</source>
        <translation>un mensaje NFC personalizado necesita un valor</translation>
    </message>
    <message>
        <source>a pass template is required</source>
        <translation>se requiere una plantilla de pase</translation>
    </message>
    <message>
        <source>the ext id is {length} characters (at most {most})</source>
        <translation>el ID externo tiene {length} caracteres (máximo {most})</translation>
    </message>
    <message>
        <source>unknown barcode type {type}</source>
        <translation>tipo de código de barras desconocido {type}</translation>
    </message>
    <message>
        <source>unknown barcode source {source}</source>
        <translation>origen de código de barras desconocido {source}</translation>
    </message>
    <message>
        <source>unknown NFC source {source}</source>
        <translation>origen NFC desconocido {source}</translation>
    </message>
    <message>
        <source>Writing passes…</source>
        <translation>Guardando pases…</translation>
    </message>
    <message>
        <source>Add template by ID</source>
        <translation>Añadir plantilla por ID</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Asking PassEntry for template {id}…</source>
        <translation>Pidiendo a PassEntry la plantilla {id}…</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>«{name}» añadida.</translation>
    </message>
    <message>
        <source>The template could not be read: {reason}</source>
        <translation>No se ha podido leer la plantilla: {reason}</translation>
    </message>
    <message>
        <source>Issue passes</source>
        <comment>a kind of batch</comment>
        <translation>Emitir pases</translation>
    </message>
    <message>
        <source>Update passes</source>
        <comment>a kind of batch</comment>
        <translation>Actualizar pases</translation>
    </message>
    <message>
        <source>Message to passes</source>
        <comment>a kind of batch</comment>
        <translation>Mensaje a pases</translation>
    </message>
    <message>
        <source>Working</source>
        <comment>a batch&apos;s status</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Being checked</source>
        <comment>a batch&apos;s status</comment>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>a batch&apos;s status</comment>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>a batch&apos;s status</comment>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a batch&apos;s status</comment>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Done, with errors</source>
        <comment>a batch&apos;s status</comment>
        <translation>Hecho, con errores</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a batch&apos;s status</comment>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a batch&apos;s status</comment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>working</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>en curso</translation>
    </message>
    <message>
        <source>being checked</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>en revisión</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>programado</translation>
    </message>
    <message>
        <source>sending</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>enviándose</translation>
    </message>
    <message>
        <source>done</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>hecho</translation>
    </message>
    <message>
        <source>done, with errors</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>hecho, con errores</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>fallido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer batches.</source>
        <translation>Esta cuenta de PassEntry no ofrece lotes.</translation>
    </message>
    <message>
        <source>Passes are issued one by one: {reason}.</source>
        <translation>Los pases se emiten uno a uno: {reason}.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>a batch&apos;s status</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a batch&apos;s state in a sentence</comment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>done {when}</source>
        <comment>a batch ended at a time</comment>
        <translation>hecho {when}</translation>
    </message>
    <message>
        <source>There are no rows to issue.</source>
        <translation>No hay filas que emitir.</translation>
    </message>
    <message>
        <source>Row {row} has no ext id: a batch needs one on every row.</source>
        <translation>La fila {row} no tiene ID externo: un lote necesita uno en cada fila.</translation>
    </message>
    <message>
        <source>These rows cannot go up as a batch: {reason}.</source>
        <translation>Estas filas no pueden subirse como lote: {reason}.</translation>
    </message>
    <message>
        <source>every pass tagged “{tag}”</source>
        <translation>todos los pases con la etiqueta «{tag}»</translation>
    </message>
    <message>
        <source>Schedule the message at least an hour from now, or send it now.</source>
        <translation>Programa el mensaje al menos una hora después de ahora, o envíalo ya.</translation>
    </message>
    <message>
        <source>A message can be scheduled at most a year ahead.</source>
        <translation>Un mensaje se puede programar como máximo con un año de antelación.</translation>
    </message>
    <message>
        <source>No passes to message.</source>
        <translation>No hay pases a los que enviar mensajes.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Escribe primero el mensaje.</translation>
    </message>
    <message>
        <source>This batch is {state}: only a scheduled message can be sent now.</source>
        <translation>Este lote está {state}: solo se puede enviar ahora un mensaje programado.</translation>
    </message>
    <message>
        <source>This batch is {state}: only a scheduled batch can be cancelled.</source>
        <translation>Este lote está {state}: solo se puede cancelar un lote programado.</translation>
    </message>
    <message>
        <source>The file needs a pass_id column (each row&apos;s pass ID or ext id).</source>
        <translation>El archivo necesita una columna pass_id (el ID de pase o el ID externo de cada fila).</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>El archivo no tiene filas.</translation>
    </message>
    <message>
        <source>row {row} has no ext id: it could be queued twice</source>
        <translation>la fila {row} no tiene ID externo: podría ponerse en cola dos veces</translation>
    </message>
    <message>
        <source>ext id {ext_id} is given twice</source>
        <translation>el ID externo {ext_id} aparece dos veces</translation>
    </message>
    <message>
        <source>row {row}: {problems}</source>
        <translation>fila {row}: {problems}</translation>
    </message>
    <message>
        <source>This pass was nullified: it can no longer be changed or messaged.</source>
        <translation>Este pase se ha anulado: ya no se puede modificar ni enviarle mensajes.</translation>
    </message>
    <message>
        <source>Per-pass designs are not enabled for your organisation — ask PassEntry to enable them. The pass is kept on this computer: send it with the template&apos;s design, or keep it until they are enabled.</source>
        <translation>Los diseños por pase no están activados para tu organización: pide a PassEntry que los active. El pase se conserva en este ordenador: envíalo con el diseño de la plantilla o guárdalo hasta que se activen.</translation>
    </message>
    <message>
        <source>{list}; {next}</source>
        <comment>problems, one after another: those so far, then one more</comment>
        <translation>{list}; {next}</translation>
    </message>
    <message>
        <source>unknown pass source {source} (apple or google)</source>
        <translation>origen de pase desconocido {source} (apple o google)</translation>
    </message>
    <message>
        <source>A pass with ext id {ext_id} exists already.</source>
        <translation>Ya existe un pase con el ID externo {ext_id}.</translation>
    </message>
    <message>
        <source>The QR value {value} is already on the pass of {who}.</source>
        <translation>El valor QR {value} ya está en el pase de {who}.</translation>
    </message>
    <message>
        <source>The QR value {value} is already on another pass.</source>
        <translation>El valor QR {value} ya está en otro pase.</translation>
    </message>
    <message>
        <source>The event picked for this pass no longer exists; pick it again.</source>
        <translation>El evento elegido para este pase ya no existe; vuelve a elegirlo.</translation>
    </message>
    <message>
        <source>A notification needs a message.</source>
        <translation>Una notificación necesita un mensaje.</translation>
    </message>
    <message>
        <source>This pass is nullified already.</source>
        <translation>Este pase ya está anulado.</translation>
    </message>
    <message>
        <source>Only a deactivated pass can be reactivated.</source>
        <translation>Solo se puede reactivar un pase desactivado.</translation>
    </message>
    <message>
        <source>No pass {pass_id} in the local store; sync first.</source>
        <translation>No existe el pase {pass_id} en la base de datos local; sincroniza primero.</translation>
    </message>
</context>
<context>
    <name>readers</name>
    <message>
        <source>Saving logs PassEntry Reader apps out; they use the new settings at their next login. VTAP readers are updated automatically.</source>
        <translation>Al guardar, las apps PassEntry Reader cierran sesión; usan los nuevos ajustes en su siguiente inicio de sesión. Los lectores VTAP se actualizan automáticamente.</translation>
    </message>
    <message>
        <source>Set in the PassEntry dashboard: the venue hub&apos;s token (Settings → Venue hub)</source>
        <translation>Se define en el panel de PassEntry: el token del hub del recinto (Ajustes → Hub del recinto)</translation>
    </message>
    <message>
        <source>The API neither shows nor takes the token readers send. Enter the venue hub&apos;s token in the dashboard: readers send it, the hub checks it.</source>
        <translation>La API no muestra ni acepta el token que envían los lectores. Introduce el token del hub del recinto en el panel: los lectores lo envían y el hub lo comprueba.</translation>
    </message>
    <message>
        <source>{file} is too large to be a private key file.</source>
        <translation>{file} es demasiado grande para ser un archivo de clave privada.</translation>
    </message>
    <message>
        <source>{file} could not be read as a PEM file ({error}).</source>
        <translation>No se ha podido leer {file} como archivo PEM ({error}).</translation>
    </message>
    <message>
        <source>{file} holds no PEM private key (-----BEGIN … PRIVATE KEY-----).</source>
        <translation>{file} no contiene ninguna clave privada PEM (-----BEGIN … PRIVATE KEY-----).</translation>
    </message>
    <message>
        <source>The hub URL is not a valid URL.</source>
        <translation>La URL del hub no es una URL válida.</translation>
    </message>
    <message>
        <source>The hub URL must start with https:// (readers send scans only over HTTPS).</source>
        <translation>La URL del hub debe empezar por https:// (los lectores solo envían escaneos por HTTPS).</translation>
    </message>
    <message>
        <source>Choose the new NFC private key</source>
        <translation>Elige la nueva clave privada NFC</translation>
    </message>
    <message>
        <source>PEM key files (*.pem *.key);;All files (*)</source>
        <translation>Archivos de clave PEM (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not read from PassEntry yet.</source>
        <translation>Aún no se ha leído de PassEntry.</translation>
    </message>
    <message>
        <source>Apple {apple} · Google {google}, key v{version}</source>
        <translation>Apple {apple} · Google {google}, clave v{version}</translation>
    </message>
    <message>
        <source>Apple {apple} · Google {google}</source>
        <translation>Apple {apple} · Google {google}</translation>
    </message>
    <message>
        <source>Apple pass type ID: {apple}
Google collector ID: {google}
Google key version: {version}</source>
        <translation>ID de tipo de pase de Apple: {apple}
ID de emisor de Google: {google}
Versión de clave de Google: {version}</translation>
    </message>
    <message>
        <source>{mask}  (new, not saved yet)</source>
        <translation>{mask}  (nueva, aún sin guardar)</translation>
    </message>
    <message>
        <source>none set</source>
        <comment>NFC key</comment>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>not known here (read from PassEntry when online)</source>
        <translation>no se conoce aquí (se lee de PassEntry con conexión)</translation>
    </message>
    <message>
        <source>Enter the hub URL, or press “Use this desk&apos;s hub”.</source>
        <translation>Introduce la URL del hub o pulsa «Usar el hub de este puesto».</translation>
    </message>
    <message>
        <source>Saving needs a connection to PassEntry.</source>
        <translation>Para guardar hace falta conexión con PassEntry.</translation>
    </message>
    <message>
        <source>Saving the reader configuration on PassEntry…</source>
        <translation>Guardando la configuración de lectores en PassEntry…</translation>
    </message>
    <message>
        <source>Saving the reader configuration</source>
        <translation>Guardando la configuración de lectores</translation>
    </message>
    <message>
        <source>Readers → Reader Configuration → Validation Settings</source>
        <translation>Readers → Reader Configuration → Validation Settings</translation>
    </message>
    <message>
        <source>Validation type: Third-Party (our venue hub checks the pass)</source>
        <translation>Tipo de validación: Third-Party (el hub de nuestro recinto comprueba el pase)</translation>
    </message>
    <message>
        <source>Validation type: PassEntry (PassEntry checks the pass)</source>
        <translation>Tipo de validación: PassEntry (PassEntry comprueba el pase)</translation>
    </message>
    <message>
        <source>The venue hub&apos;s token (Settings → Venue hub)</source>
        <translation>El token del hub del recinto (Ajustes → Hub del recinto)</translation>
    </message>
    <message>
        <source>First set the hub&apos;s token: Settings → Venue hub</source>
        <translation>Primero define el token del hub: Ajustes → Hub del recinto</translation>
    </message>
    <message>
        <source>Readers send this token with every scan; the venue hub checks it.</source>
        <translation>Los lectores envían este token con cada escaneo; el hub del recinto lo comprueba.</translation>
    </message>
    <message>
        <source>5. Save</source>
        <translation>5. Guarda</translation>
    </message>
    <message>
        <source>3. Save</source>
        <translation>3. Guarda</translation>
    </message>
    <message>
        <source>The hub URL is on the clipboard.</source>
        <translation>La URL del hub está en el portapapeles.</translation>
    </message>
    <message>
        <source>The hub token is on the clipboard (it is not shown here).</source>
        <translation>El token del hub está en el portapapeles (no se muestra aquí).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reader ID</source>
        <translation>ID del lector</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Con sesión</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>PassEntry app</source>
        <translation>App de PassEntry</translation>
    </message>
    <message>
        <source>PassEntry Reader app</source>
        <translation>App PassEntry Reader</translation>
    </message>
    <message>
        <source>VTAP reader</source>
        <translation>Lector VTAP</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>escanear</translation>
    </message>
    <message>
        <source>scans passes</source>
        <translation>escanea pases</translation>
    </message>
    <message>
        <source>redeem</source>
        <translation>canjear</translation>
    </message>
    <message>
        <source>redeems loyalty</source>
        <translation>canjea fidelidad</translation>
    </message>
    <message>
        <source>add points</source>
        <translation>sumar puntos</translation>
    </message>
    <message>
        <source>adds loyalty points</source>
        <translation>suma puntos de fidelidad</translation>
    </message>
    <message>
        <source>reads QR codes and barcodes</source>
        <translation>lee códigos QR y de barras</translation>
    </message>
    <message>
        <source>reads MIFARE Classic NFC cards</source>
        <translation>lee tarjetas NFC MIFARE Classic</translation>
    </message>
    <message>
        <source>reads NDEF tags</source>
        <translation>lee etiquetas NDEF</translation>
    </message>
    <message>
        <source>Created by this desk.</source>
        <translation>Creado por este puesto.</translation>
    </message>
    <message>
        <source>Seen in scans only: PassEntry&apos;s API does not show its details.</source>
        <translation>Solo visto en escaneos: la API de PassEntry no muestra sus detalles.</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>nothing enabled</comment>
        <translation>nada</translation>
    </message>
    <message>
        <source>never</source>
        <comment>last seen</comment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <comment>last seen</comment>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>last seen</comment>
        <translation>ayer</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Last seen {day}, {clock} (your time)</source>
        <translation>Visto por última vez {day}, {clock} (tu hora)</translation>
    </message>
    <message>
        <source>Nothing is enabled.</source>
        <translation>No hay nada activado.</translation>
    </message>
    <message>
        <source>This reader {abilities}.</source>
        <comment>abilities: a list such as &apos;scans passes, redeems loyalty&apos;</comment>
        <translation>Este lector {abilities}.</translation>
    </message>
    <message>
        <source>Not logged in: the reader app asks for its ID and password at the device.</source>
        <translation>Sin sesión: la app del lector pide su ID y contraseña en el dispositivo.</translation>
    </message>
    <message>
        <source>&amp;Save to PassEntry</source>
        <translation>&amp;Guardar en PassEntry</translation>
    </message>
    <message>
        <source>&amp;Show dashboard steps</source>
        <translation>&amp;Mostrar pasos del panel</translation>
    </message>
    <message>
        <source>The readers could not be read from the local store: {error}</source>
        <translation>No se han podido leer los lectores de la base de datos local: {error}</translation>
    </message>
    <message>
        <source>No API key: set it in Settings to manage readers.</source>
        <translation>No hay clave de API: configúrala en Ajustes para gestionar lectores.</translation>
    </message>
    <message>
        <source>{reason} {hint}</source>
        <translation>{reason} {hint}</translation>
    </message>
    <message>
        <source>PassEntry could not be reached: the list shows the readers as of the last sync. {needs_network}</source>
        <translation>No se ha podido contactar con PassEntry: la lista muestra los lectores de la última sincronización. {needs_network}</translation>
    </message>
    <message>
        <source>Reading the readers</source>
        <translation>Leyendo los lectores</translation>
    </message>
    <message>
        <source>Create a reader on PassEntry (needs the network)</source>
        <translation>Crea un lector en PassEntry (necesita la red)</translation>
    </message>
    <message>
        <source>Change the selected reader (or double-click it)</source>
        <translation>Cambia el lector seleccionado (o haz doble clic en él)</translation>
    </message>
    <message>
        <source>Creating “{name}”</source>
        <translation>Creando «{name}»</translation>
    </message>
    <message>
        <source>“{name}” was created on PassEntry. Log the reader in with its ID and password.</source>
        <translation>«{name}» se ha creado en PassEntry. Inicia sesión en el lector con su ID y contraseña.</translation>
    </message>
    <message>
        <source>Nothing changed in “{name}”.</source>
        <translation>No ha cambiado nada en «{name}».</translation>
    </message>
    <message>
        <source>Changing “{name}”</source>
        <translation>Cambiando «{name}»</translation>
    </message>
    <message>
        <source>The changes to “{name}” were saved on PassEntry.</source>
        <translation>Los cambios de «{name}» se han guardado en PassEntry.</translation>
    </message>
    <message>
        <source>{doing} on PassEntry…</source>
        <translation>{doing} en PassEntry…</translation>
    </message>
    <message>
        <source>Edit reader “{name}”</source>
        <translation>Editar lector «{name}»</translation>
    </message>
    <message>
        <source>New reader</source>
        <translation>Nuevo lector</translation>
    </message>
    <message>
        <source>Created on PassEntry at once, under your entity {entity}: this needs the network.</source>
        <translation>Se crea en PassEntry al momento, en tu entidad {entity}: necesita la red.</translation>
    </message>
    <message>
        <source>The reader logs in with its ID and this password. PassEntry never shows it again.</source>
        <translation>El lector inicia sesión con su ID y esta contraseña. PassEntry no vuelve a mostrarla nunca.</translation>
    </message>
    <message>
        <source>The ID of an existing reader cannot be changed.</source>
        <translation>No se puede cambiar el ID de un lector existente.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>password</comment>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Leave empty to keep the password; PassEntry never shows one.</source>
        <translation>Déjalo vacío para mantener la contraseña; PassEntry nunca la muestra.</translation>
    </message>
    <message>
        <source>Enter the reader&apos;s name.</source>
        <translation>Introduce el nombre del lector.</translation>
    </message>
    <message>
        <source>Enter an ID for the reader.</source>
        <translation>Introduce un ID para el lector.</translation>
    </message>
    <message>
        <source>The ID may hold letters, digits, - _ and . only (up to 64).</source>
        <translation>El ID solo puede contener letras, dígitos, - _ y . (hasta 64).</translation>
    </message>
    <message>
        <source>A reader with the ID “{id}” exists already.</source>
        <translation>Ya existe un lector con el ID «{id}».</translation>
    </message>
    <message>
        <source>Enter a password for the reader.</source>
        <translation>Introduce una contraseña para el lector.</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>last seen, short</comment>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>last seen, short</comment>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>last seen</comment>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The password starts or ends with a space: was that meant?</source>
        <translation>La contraseña empieza o termina con un espacio: ¿es intencionado?</translation>
    </message>
    <message>
        <source>Changes to readers and to the configuration are made on PassEntry at once, so they need the network.</source>
        <translation>Los cambios en los lectores y en la configuración se hacen en PassEntry al momento, así que necesitan la red.</translation>
    </message>
    <message>
        <source>Changes to readers and to the configuration are made on PassEntry at once, so they need the network. Passwords are never shown or kept; the NFC key shows only its last characters.</source>
        <translation>Los cambios en los lectores y en la configuración se hacen en PassEntry al momento, así que necesitan la red. Las contraseñas nunca se muestran ni se guardan; de la clave NFC solo se ven sus últimos caracteres.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not list or edit readers; these are the readers this desk created or has seen scanning. Edit others in the PassEntry dashboard.</source>
        <translation>La API de PassEntry no lista ni edita lectores; estos son los lectores que este puesto ha creado o ha visto escanear. Edita los demás en el panel de PassEntry.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not edit readers on this account: change this reader in the PassEntry dashboard (Readers).</source>
        <translation>La API de PassEntry no edita lectores en esta cuenta: cambia este lector en el panel de PassEntry (Readers).</translation>
    </message>
    <message>
        <source>Enter your entity ID in Settings → PassEntry account (it is in the PassEntry dashboard, on your entity&apos;s page) to create readers and read the reader configuration.</source>
        <translation>Introduce tu ID de entidad en Ajustes → Cuenta de PassEntry (está en el panel de PassEntry, en la página de tu entidad) para crear lectores y leer la configuración de lectores.</translation>
    </message>
    <message>
        <source>Needs your entity ID: Settings → PassEntry account → Entity ID.</source>
        <translation>Necesita tu ID de entidad: Ajustes → Cuenta de PassEntry → ID de entidad.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s API does not change the reader configuration on this account: set it in the PassEntry dashboard as shown below.</source>
        <translation>La API de PassEntry no cambia la configuración de lectores en esta cuenta: defínela en el panel de PassEntry como se indica abajo.</translation>
    </message>
    <message>
        <source>{what} did not happen: PassEntry could not be reached ({reason}). This needs the network; nothing was kept here. Try again when online.</source>
        <translation>{what} no se ha realizado: no se ha podido contactar con PassEntry ({reason}). Necesita la red; aquí no se ha guardado nada. Inténtalo de nuevo cuando haya conexión.</translation>
    </message>
    <message>
        <source>{what} was refused by PassEntry: {reason} {hint}</source>
        <translation>PassEntry ha rechazado {what}: {reason} {hint}</translation>
    </message>
    <message>
        <source>{what} failed: {error}. This is a bug in passdesk.</source>
        <translation>{what} ha fallado: {error}. Es un error de passdesk.</translation>
    </message>
    <message>
        <source>Saved: readers send every scan to {url}. PassEntry Reader apps log in again to use it.</source>
        <translation>Guardado: los lectores envían cada escaneo a {url}. Las apps PassEntry Reader vuelven a iniciar sesión para usarlo.</translation>
    </message>
    <message>
        <source>Saved: readers send every scan to the hub. PassEntry Reader apps log in again to use it.</source>
        <translation>Guardado: los lectores envían cada escaneo al hub. Las apps PassEntry Reader vuelven a iniciar sesión para usarlo.</translation>
    </message>
    <message>
        <source>Saved: PassEntry checks every scan itself. PassEntry Reader apps log in again to use it.</source>
        <translation>Guardado: PassEntry comprueba cada escaneo. Las apps PassEntry Reader vuelven a iniciar sesión para usarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s) created here or seen scanning</source>
        <translation>
            <numerusform>%Ln lector creado aquí o visto escaneando</numerusform>
            <numerusform>%Ln lectores creados aquí o vistos escaneando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s) · {logged_in} logged in</source>
        <translation>
            <numerusform>%Ln lector · {logged_in} con sesión</numerusform>
            <numerusform>%Ln lectores · {logged_in} con sesión</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your entity ID in Settings → PassEntry account (the PassEntry dashboard shows it): readers and the reader configuration belong to an entity, and this account&apos;s API does not list entities.</source>
        <translation>Introduce tu ID de entidad en Ajustes → Cuenta de PassEntry (el panel de PassEntry lo muestra): los lectores y la configuración de lectores pertenecen a una entidad, y la API de esta cuenta no lista entidades.</translation>
    </message>
    <message>
        <source>Set it in the PassEntry dashboard: {path}: external (third-party), URL {url}, and the same token.</source>
        <translation>Defínelo en el panel de PassEntry: {path}: externa (third-party), URL {url} y el mismo token.</translation>
    </message>
    <message>
        <source>Set it in the PassEntry dashboard: {path}: {kind}.</source>
        <translation>Defínelo en el panel de PassEntry: {path}: {kind}.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>{title} · generated {when}</source>
        <translation>{title} · generado {when}</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {why}</source>
        <translation>No se pudo escribir el informe en {path}: {why}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>página {page} de {pages}</translation>
    </message>
    <message>
        <source>{number}%</source>
        <comment>a percentage</comment>
        <translation>{number} %</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <comment>a date</comment>
        <translation>{weekday} {day} de {month} de {year}</translation>
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
        <translation>{scope} · cifras a {when} · generado {generated}</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Admissions every 5 minutes, per door</source>
        <translation>Accesos cada 5 minutos, por puerta</translation>
    </message>
    <message>
        <source>No admissions in this period.</source>
        <translation>No hay accesos en este periodo.</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Offline conflicts ({count})</source>
        <translation>Conflictos sin conexión ({count})</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fidelidad</translation>
    </message>
    <message>
        <source>Event {event}</source>
        <translation>Evento {event}</translation>
    </message>
    <message>
        <source>Every event on {day}</source>
        <translation>Todos los eventos del {day}</translation>
    </message>
    <message>
        <source>Every event of the day</source>
        <translation>Todos los eventos del día</translation>
    </message>
    <message>
        <source>Inside now, {share} of capacity</source>
        <translation>Dentro ahora, {share} del aforo</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Dentro ahora</translation>
    </message>
    <message>
        <source>Busiest 5 minutes</source>
        <translation>5 minutos de más afluencia</translation>
    </message>
    <message>
        <source>Busiest 5 minutes, {start}–{end}</source>
        <translation>5 minutos de más afluencia, {start}–{end}</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitidos</translation>
    </message>
    <message>
        <source>Re-entries</source>
        <translation>Reingresos</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Holds waiting</source>
        <translation>Esperas pendientes</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshechos</translation>
    </message>
    <message>
        <source>Admissions a minute now</source>
        <translation>Accesos por minuto ahora</translation>
    </message>
    <message>
        <source>Offline conflicts</source>
        <translation>Conflictos sin conexión</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Aforo</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Passes admitted</source>
        <translation>Pases admitidos</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No presentados</translation>
    </message>
    <message>
        <source>No door has scanned.</source>
        <translation>Ninguna puerta ha escaneado.</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>Peak / 5 min</source>
        <translation>Pico / 5 min</translation>
    </message>
    <message>
        <source>Now / min</source>
        <translation>Ahora / min</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Último escaneo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>never</source>
        <comment>a door&apos;s last scan</comment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>no scans</source>
        <comment>a door&apos;s status</comment>
        <translation>sin escaneos</translation>
    </message>
    <message>
        <source>scanning</source>
        <comment>a door&apos;s status</comment>
        <translation>escaneando</translation>
    </message>
    <message>
        <source>silent for {minutes} min</source>
        <comment>a door&apos;s status</comment>
        <translation>sin actividad desde hace {minutes} min</translation>
    </message>
    <message>
        <source>silent for {hours} h {minutes} min</source>
        <comment>a door&apos;s status</comment>
        <translation>sin actividad desde hace {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>No one was turned away.</source>
        <translation>No se rechazó a nadie.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Escaneos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>No pass was let in twice while desks could not see each other.</source>
        <translation>Ningún pase entró dos veces mientras los puestos no podían verse entre sí.</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Todos los motivos</translation>
    </message>
    <message>
        <source>{time} in at {door}</source>
        <translation>{time} entró por {door}</translation>
    </message>
    <message>
        <source>{time} out at {door}</source>
        <translation>{time} salió por {door}</translation>
    </message>
    <message>
        <source>event {event}</source>
        <translation>evento {event}</translation>
    </message>
    <message>
        <source>Each pass here was let in more often than it left: desks or readers that could not see each other each admitted it.</source>
        <translation>Cada pase de esta lista entró más veces de las que salió: puestos o lectores que no podían verse entre sí lo dejaron pasar cada uno.</translation>
    </message>
    <message>
        <source>{note} The first {listed} of {count} are listed.</source>
        <translation>{note} Se muestran los primeros {listed} de {count}.</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pase</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Scans (in / out, time and door)</source>
        <translation>Escaneos (entrada / salida, hora y puerta)</translation>
    </message>
    <message>
        <source>night</source>
        <comment>a part of the day</comment>
        <translation>madrugada</translation>
    </message>
    <message>
        <source>morning</source>
        <comment>a part of the day</comment>
        <translation>mañana</translation>
    </message>
    <message>
        <source>afternoon</source>
        <comment>a part of the day</comment>
        <translation>tarde</translation>
    </message>
    <message>
        <source>evening</source>
        <comment>a part of the day</comment>
        <translation>noche</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Puntos otorgados</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Puntos canjeados</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Active cardholders</source>
        <translation>Titulares de tarjeta activos</translation>
    </message>
    <message>
        <source>Rewards reached</source>
        <translation>Recompensas alcanzadas</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>No loyalty operation in this period.</source>
        <translation>No hay operaciones de fidelidad en este periodo.</translation>
    </message>
    <message>
        <source>whole day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(sin puesto)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>Franja del día</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Otorgados</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Canjeados</translation>
    </message>
    <message>
        <source>No scans in this period.</source>
        <translation>No hay escaneos en este periodo.</translation>
    </message>
    <message>
        <source>5-minute steps ({zone}); admissions per step</source>
        <translation>Intervalos de 5 minutos ({zone}); accesos por intervalo</translation>
    </message>
    <message>
        <source>5-minute steps; admissions per step</source>
        <translation>Intervalos de 5 minutos; accesos por intervalo</translation>
    </message>
    <message>
        <source>There is no event {event} in the local database. Its id is in the Events pane; a sync brings new events.</source>
        <translation>No hay ningún evento {event} en la base de datos local. Su ID está en el panel Eventos; una sincronización trae los eventos nuevos.</translation>
    </message>
    <message>
        <source>Cannot read the scans: {why}</source>
        <translation>No se pueden leer los escaneos: {why}</translation>
    </message>
    <message>
        <source>The report of {title} is written to {path}</source>
        <translation>El informe de {title} se ha guardado en {path}</translation>
    </message>
    <message numerus="yes">
        <source>Its figures are in %n CSV file(s) in {path}</source>
        <translation>
            <numerusform>Sus cifras están en %n archivo CSV en {path}</numerusform>
            <numerusform>Sus cifras están en %n archivos CSV en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the CSV files to {path}: {why}</source>
        <translation>No se pudieron escribir los archivos CSV en {path}: {why}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <comment>a long date</comment>
        <translation>{weekday} {day} de {month} de {year}</translation>
    </message>
    <message>
        <source>--tz {zone}: not a time zone; give one such as Europe/London.</source>
        <translation>--tz {zone}: no es una zona horaria; indica una como Europe/Madrid.</translation>
    </message>
    <message>
        <source>--day {day}: give the day as YYYY-MM-DD, e.g. 2026-12-07.</source>
        <translation>--day {day}: indica el día como AAAA-MM-DD, p. ej., 2026-12-07.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>A PIN is {shortest} to {longest} digits.</source>
        <translation>Un PIN tiene de {shortest} a {longest} dígitos.</translation>
    </message>
    <message>
        <source>Type a PIN: {shortest} to {longest} digits.</source>
        <translation>Escribe un PIN: de {shortest} a {longest} dígitos.</translation>
    </message>
    <message>
        <source>{rule} Use only the digits 0 to 9, no spaces or signs.</source>
        <translation>{rule} Usa solo los dígitos del 0 al 9, sin espacios ni signos.</translation>
    </message>
    <message>
        <source>{rule} This one has {count}.</source>
        <translation>{rule} Este tiene {count}.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelve a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelve a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelve a intentarlo dentro de %n minuto.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelve a intentarlo dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Door staff</source>
        <translation>Personal de acceso</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Scan passes at the Door and see the verdict</source>
        <translation>Escanear pases en Acceso y ver el veredicto</translation>
    </message>
    <message>
        <source>Search guests at the Door</source>
        <translation>Buscar invitados en Acceso</translation>
    </message>
    <message>
        <source>See guests&apos; names at the Door</source>
        <translation>Ver los nombres de los invitados en Acceso</translation>
    </message>
    <message>
        <source>Admit a guest by hand</source>
        <translation>Dejar pasar a un invitado a mano</translation>
    </message>
    <message>
        <source>Undo an admission</source>
        <translation>Deshacer un acceso</translation>
    </message>
    <message>
        <source>Let in or turn away a held guest</source>
        <translation>Dejar pasar o rechazar a un invitado en espera</translation>
    </message>
    <message>
        <source>Add or redeem points at the Till, within the limits</source>
        <translation>Sumar o canjear puntos en Caja, dentro de los límites</translation>
    </message>
    <message>
        <source>Redeem more than the largest redemption</source>
        <translation>Canjear más que el canje máximo</translation>
    </message>
    <message>
        <source>Change a card by more than the hourly limit</source>
        <translation>Cambiar una tarjeta por encima del límite por hora</translation>
    </message>
    <message>
        <source>Set a card&apos;s balance</source>
        <translation>Fijar el saldo de una tarjeta</translation>
    </message>
    <message>
        <source>Change this desk&apos;s settings</source>
        <translation>Cambiar los ajustes de este puesto</translation>
    </message>
    <message>
        <source>Discard a change under review</source>
        <translation>Descartar un cambio en revisión</translation>
    </message>
    <message>
        <source>See the audit trail</source>
        <translation>Ver el registro de auditoría</translation>
    </message>
    <message>
        <source>Unlock a kiosk desk</source>
        <translation>Desbloquear un puesto en modo quiosco</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <source>Change the API key</source>
        <translation>Cambiar la clave de API</translation>
    </message>
    <message>
        <source>Manage Readers</source>
        <translation>Gestionar Lectores</translation>
    </message>
    <message>
        <source>Manage the venue hub</source>
        <translation>Gestionar el hub del recinto</translation>
    </message>
    <message>
        <source>Publish from the Designer</source>
        <translation>Publicar desde el Diseñador</translation>
    </message>
    <message>
        <source>Manage roles and PINs</source>
        <translation>Gestionar roles y PIN</translation>
    </message>
    <message>
        <source>This desk&apos;s role, kiosk lock or PIN window</source>
        <translation>Rol de este puesto, modo quiosco o ventana de PIN</translation>
    </message>
    <message>
        <source>First manager PIN set: roles on</source>
        <translation>Primer PIN de responsable definido: roles activados</translation>
    </message>
    <message>
        <source>A person given a PIN</source>
        <translation>Se asignó un PIN a una persona</translation>
    </message>
    <message>
        <source>A PIN reset</source>
        <translation>Se restableció un PIN</translation>
    </message>
    <message>
        <source>A person&apos;s role changed</source>
        <translation>Se cambió el rol de una persona</translation>
    </message>
    <message>
        <source>A person removed</source>
        <translation>Se eliminó a una persona</translation>
    </message>
    <message>
        <source>A person changed their own PIN</source>
        <translation>Una persona cambió su propio PIN</translation>
    </message>
    <message>
        <source>The venue&apos;s rules for roles</source>
        <translation>Las reglas de roles del recinto</translation>
    </message>
    <message>
        <source>Manager PIN recovered with the keychain&apos;s code</source>
        <translation>PIN de responsable recuperado con el código del llavero</translation>
    </message>
    <message>
        <source>The PIN could not be checked: the database did not answer. Try again.</source>
        <translation>No se pudo comprobar el PIN: la base de datos no respondió. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This desk may not do this on its own. It needs a manager&apos;s PIN, for this action only.</source>
        <translation>Este puesto no puede hacer esto por sí solo. Necesita el PIN de un responsable, solo para esta acción.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tr(y|ies) left before a lockout.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento antes del bloqueo.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos antes del bloqueo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one called {name} has a PIN here.</source>
        <translation>Nadie llamado {name} tiene un PIN aquí.</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>This desk may not do this on its own. It needs a supervisor&apos;s or a manager&apos;s PIN, for this action only.</source>
        <translation>Este puesto no puede hacer esto por sí solo. Necesita el PIN de un supervisor o de un responsable, solo para esta acción.</translation>
    </message>
    <message>
        <source>No one here has a manager&apos;s PIN yet. A manager adds people under Staff, People and PINs.</source>
        <translation>Aquí nadie tiene aún un PIN de responsable. Un responsable añade personas en Personal, Personas y PIN.</translation>
    </message>
    <message>
        <source>No one here has a supervisor&apos;s or a manager&apos;s PIN yet. A manager adds people under Staff, People and PINs.</source>
        <translation>Aquí nadie tiene aún un PIN de supervisor ni de responsable. Un responsable añade personas en Personal, Personas y PIN.</translation>
    </message>
    <message>
        <source>{role}&apos;s PIN</source>
        <comment>the step-up dialog&apos;s title</comment>
        <translation>PIN de {role}</translation>
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
        <translation>Quién</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>Escribe el PIN.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Port {port} is in use by another program. Choose another port, or stop that program (another passdesk, or “passdesk hub”).</source>
        <translation>El puerto {port} lo está usando otro programa. Elige otro puerto o detén ese programa (otro passdesk o «passdesk hub»).</translation>
    </message>
    <message>
        <source>Port {port} may only be used by an administrator on this computer. Choose a port from 1024 up.</source>
        <translation>En este ordenador, el puerto {port} solo lo puede usar un administrador. Elige un puerto a partir del 1024.</translation>
    </message>
    <message>
        <source>This computer has no network address {host}. Choose another “Listen on”.</source>
        <translation>Este ordenador no tiene la dirección de red {host}. Elige otro valor en «Escuchar en».</translation>
    </message>
    <message>
        <source>The venue hub could not listen on {host}:{port}: {problem}.</source>
        <translation>El hub del recinto no pudo escuchar en {host}:{port}: {problem}.</translation>
    </message>
    <message>
        <source>The venue hub did not start: {kind}: {problem}. This is a bug in passdesk; please report it.</source>
        <translation>El hub del recinto no se inició: {kind}: {problem}. Es un error de passdesk; infórmanos de él, por favor.</translation>
    </message>
    <message>
        <source>The venue hub cannot start: {problem}</source>
        <translation>El hub del recinto no puede iniciarse: {problem}</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Solo este ordenador (127.0.0.1)</translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation>Todas las interfaces de red (0.0.0.0)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>{problem}. The venue hub was left as it was.</source>
        <translation>{problem}. El hub del recinto se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Set the hub token</source>
        <translation>Definir el token del hub</translation>
    </message>
    <message>
        <source>Only {address}</source>
        <translation>Solo {address}</translation>
    </message>
    <message>
        <source>Running at {url} (all network interfaces)
Readers: point them at {readers}</source>
        <translation>En ejecución en {url} (todas las interfaces de red)
Lectores: apúntalos a {readers}</translation>
    </message>
    <message>
        <source>Running at {url}
Readers: point them at {readers}</source>
        <translation>En ejecución en {url}
Lectores: apúntalos a {readers}</translation>
    </message>
    <message>
        <source>{status}
No token is set, so every reader is refused: set one with “{button}”.</source>
        <translation>{status}
No hay token definido, así que se rechazan todos los lectores: define uno con «{button}».</translation>
    </message>
    <message>
        <source>Starting the venue hub…</source>
        <translation>Iniciando el hub del recinto…</translation>
    </message>
    <message>
        <source>Stopping the venue hub…</source>
        <translation>Deteniendo el hub del recinto…</translation>
    </message>
    <message>
        <source>{token}, from the environment variable {variable}</source>
        <translation>{token}, de la variable de entorno {variable}</translation>
    </message>
    <message>
        <source>{token}, in the keychain</source>
        <translation>{token}, en el llavero</translation>
    </message>
    <message>
        <source>Not set: the hub refuses every reader until a token is set.</source>
        <translation>Sin definir: el hub rechaza todos los lectores hasta que se defina un token.</translation>
    </message>
    <message>
        <source>Not set. No keychain on this system: set {variable} before starting.</source>
        <translation>Sin definir. No hay llavero en este sistema: define {variable} antes de iniciar.</translation>
    </message>
    <message>
        <source>Not registered: PassEntry sends this hub nothing. Type the hub&apos;s public address and click “Register with PassEntry”.</source>
        <translation>Sin registrar: PassEntry no envía nada a este hub. Escribe la dirección pública del hub y haz clic en «Registrar en PassEntry».</translation>
    </message>
    <message>
        <source>Set the PassEntry API key above first: registering the hub needs it.</source>
        <translation>Define primero arriba la clave de API de PassEntry: el registro del hub la necesita.</translation>
    </message>
    <message>
        <source>Give PassEntry&apos;s events a new secret?</source>
        <translation>¿Dar un secreto nuevo a los eventos de PassEntry?</translation>
    </message>
    <message>
        <source>PassEntry signs every event it sends this hub with a secret, so the hub can tell them from forgeries. Rotating replaces it at once: PassEntry stops using the old secret, this hub takes the new one straight away and keeps it in the keychain, and events already on their way are still accepted.

Do this if the secret may have been seen by someone else. A hub started with “passdesk hub” on this computer picks the new secret up from the keychain; a hub on another computer cannot, so rotate on that computer instead.</source>
        <translation>PassEntry firma cada evento que envía a este hub con un secreto, para que el hub pueda distinguirlos de falsificaciones. Al renovarlo se sustituye al momento: PassEntry deja de usar el secreto antiguo, este hub adopta el nuevo enseguida y lo guarda en el llavero, y los eventos que ya están en camino se siguen aceptando.

Hazlo si alguien más ha podido ver el secreto. Un hub iniciado con «passdesk hub» en este ordenador toma el secreto nuevo del llavero; un hub en otro ordenador no puede, así que en ese caso renuévalo en aquel ordenador.</translation>
    </message>
    <message>
        <source>PassEntry events: delivered to {host}</source>
        <translation>Eventos de PassEntry: se entregan a {host}</translation>
    </message>
    <message>
        <source>PassEntry events: paused ({host})</source>
        <translation>Eventos de PassEntry: en pausa ({host})</translation>
    </message>
    <message>
        <source>PassEntry events: registered for {host}</source>
        <translation>Eventos de PassEntry: registrados para {host}</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}: {error}
This is a bug in passdesk; please report it.</source>
        <translation>Error inesperado: {kind}: {error}
Es un error de passdesk; infórmanos de él, por favor.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Renovar secreto</translation>
    </message>
    <message>
        <source>Asking PassEntry about this hub&apos;s subscription…</source>
        <translation>Consultando a PassEntry la suscripción de este hub…</translation>
    </message>
    <message>
        <source>Registering this hub with PassEntry…</source>
        <translation>Registrando este hub en PassEntry…</translation>
    </message>
    <message>
        <source>Asking PassEntry to send events again…</source>
        <translation>Pidiendo a PassEntry que vuelva a enviar eventos…</translation>
    </message>
    <message>
        <source>Asking PassEntry to pause its events…</source>
        <translation>Pidiendo a PassEntry que pause sus eventos…</translation>
    </message>
    <message>
        <source>Rotating the secret: PassEntry, then the keychain and the hub…</source>
        <translation>Renovando el secreto: PassEntry, luego el llavero y el hub…</translation>
    </message>
    <message>
        <source>The PassEntry address in Settings cannot be used: {problem}</source>
        <translation>No se puede usar la dirección de PassEntry de Ajustes: {problem}</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>PassEntry events for the venue hub</source>
        <translation>Eventos de PassEntry para el hub del recinto</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n character(s).</source>
        <translation>
            <numerusform>Demasiado corto: al menos %n carácter.</numerusform>
            <numerusform>Demasiado corto: al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>New token: {token}</source>
        <translation>Nuevo token: {token}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Readers and their configuration belong to an entity. Its ID is in the PassEntry dashboard, on your entity&apos;s page. Optional when this server lists your entities.</source>
        <translation>Los lectores y su configuración pertenecen a una entidad. Su ID está en el panel de PassEntry, en la página de tu entidad. Opcional si este servidor muestra tus entidades.</translation>
    </message>
    <message>
        <source>Check the API key above (PassEntry Dashboard → Developer tools).</source>
        <translation>Comprueba la clave de API de arriba (Dashboard de PassEntry → Developer tools).</translation>
    </message>
    <message>
        <source>The URL and the entity ID are saved in {path}. The key is kept in the system keychain, one per server URL, never in a file.</source>
        <translation>La URL y el ID de entidad se guardan en {path}. La clave se guarda en el llavero del sistema, una por URL de servidor, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Staff roles and PINs</source>
        <translation>Roles y PIN del personal</translation>
    </message>
    <message>
        <source>Every desk may do everything until the first manager PIN is set.</source>
        <translation>Todos los puestos pueden hacerlo todo hasta que se define el primer PIN de responsable.</translation>
    </message>
    <message>
        <source>Staff and PINs…</source>
        <translation>Personal y PIN…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>passdesk speaks the chosen language from its next start.</source>
        <translation>passdesk usará el idioma elegido a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>The language was not saved: {problem}</source>
        <translation>No se guardó el idioma: {problem}</translation>
    </message>
    <message>
        <source>passdesk speaks the system&apos;s language from its next start.</source>
        <translation>passdesk usará el idioma del sistema a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>passdesk speaks {language} from its next start.</source>
        <translation>passdesk usará {language} a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>No API key to test with for {server}.
Type the key above.</source>
        <translation>No hay clave de API para probar con {server}.
Escribe la clave arriba.</translation>
    </message>
    <message>
        <source>Nothing was saved.
{problem}</source>
        <translation>No se guardó nada.
{problem}</translation>
    </message>
    <message>
        <source>{problem}. The key was stored in the keychain.</source>
        <translation>{problem}. La clave se guardó en el llavero.</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>Removed the stored key for {server}.</source>
        <translation>Se eliminó la clave guardada para {server}.</translation>
    </message>
    <message>
        <source>Copied: paste it into your bug report.</source>
        <translation>Copiado: pégalo en tu informe de errores.</translation>
    </message>
    <message>
        <source>“Copy report” copies this table as text, without the key, for a bug report.</source>
        <translation>«Copiar informe» copia esta tabla como texto, sin la clave, para un informe de errores.</translation>
    </message>
    <message>
        <source>Saved. passdesk stays on the demo sandbox until a key for {server} is stored.</source>
        <translation>Guardado. passdesk sigue en el entorno de pruebas de demostración hasta que se guarde una clave para {server}.</translation>
    </message>
    <message>
        <source>Saved. passdesk now talks to {server}.</source>
        <translation>Guardado. passdesk ahora se comunica con {server}.</translation>
    </message>
    <message>
        <source>Saved. Restart passdesk to work with {server}: this window keeps the demo&apos;s data, and none of it is sent there.</source>
        <translation>Guardado. Reinicia passdesk para trabajar con {server}: esta ventana conserva los datos de la demostración y no se envía ninguno allí.</translation>
    </message>
    <message>
        <source>{variable} is set, so its key is used instead of the stored one.</source>
        <translation>{variable} está definida, así que se usa su clave en lugar de la guardada.</translation>
    </message>
    <message>
        <source>No API key is stored for it yet.</source>
        <translation>Aún no hay ninguna clave de API guardada para él.</translation>
    </message>
    <message>
        <source>Using the key from the environment variable {variable} (for every server).</source>
        <translation>Usando la clave de la variable de entorno {variable} (para todos los servidores).</translation>
    </message>
    <message>
        <source>A key for this server is stored in the keychain.</source>
        <translation>Hay una clave para este servidor guardada en el llavero.</translation>
    </message>
    <message>
        <source>No key is stored for this server yet.</source>
        <translation>Aún no hay ninguna clave guardada para este servidor.</translation>
    </message>
    <message>
        <source>No keychain on this system: set {variable} before starting passdesk.</source>
        <translation>No hay llavero en este sistema: define {variable} antes de iniciar passdesk.</translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one</source>
        <translation>Escribe una clave nueva para sustituir la guardada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es)</source>
        <translation>
            <numerusform>%Ln pase</numerusform>
            <numerusform>%Ln pases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entit(y|ies)</source>
        <translation>
            <numerusform>%Ln entidad</numerusform>
            <numerusform>%Ln entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scan(s)</source>
        <translation>
            <numerusform>%Ln escaneo</numerusform>
            <numerusform>%Ln escaneos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln suscripción</numerusform>
            <numerusform>%Ln suscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lote</numerusform>
            <numerusform>%Ln lotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln imagen</numerusform>
            <numerusform>%Ln imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln plantilla</numerusform>
            <numerusform>%Ln plantillas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reader(s)</source>
        <translation>
            <numerusform>%Ln lector</numerusform>
            <numerusform>%Ln lectores</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Pega tu clave de API</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; passdesk is talking to the embedded demo sandbox at {server}, with made-up data. Saving a real API key below stores it in the system keychain and switches passdesk to that server; the next start without &lt;code&gt;--demo&lt;/code&gt; uses it too.</source>
        <translation>&lt;b&gt;Modo de demostración.&lt;/b&gt; passdesk se está comunicando con el entorno de pruebas de demostración integrado en {server}, con datos inventados. Si guardas abajo una clave de API real, se almacena en el llavero del sistema y passdesk cambia a ese servidor; el próximo inicio sin &lt;code&gt;--demo&lt;/code&gt; también la usa.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>{connected}.
{routes}.</source>
        <translation>{connected}.
{routes}.</translation>
    </message>
    <message>
        <source>{route} (older API)</source>
        <translation>{route} (API antigua)</translation>
    </message>
    <message>
        <source>{route} (sandbox only)</source>
        <translation>{route} (solo entorno de pruebas)</translation>
    </message>
    <message>
        <source>OK · {detail}</source>
        <translation>OK · {detail}</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}. Using defaults.</source>
        <translation>No se pudo leer {path}: {reason}. Se usan los ajustes predeterminados.</translation>
    </message>
    <message>
        <source>The settings file was damaged ({reason}); using defaults. It was kept as {name}.</source>
        <translation>El archivo de ajustes estaba dañado ({reason}); se usan los ajustes predeterminados. Se guardó como {name}.</translation>
    </message>
    <message>
        <source>Could not save settings to {path}: {reason}</source>
        <translation>No se pudieron guardar los ajustes en {path}: {reason}</translation>
    </message>
    <message>
        <source>The settings file was damaged ({reason}); using defaults.</source>
        <translation>El archivo de ajustes estaba dañado ({reason}); se usan los ajustes predeterminados.</translation>
    </message>
    <message>
        <source>installed</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>instalados</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>eliminados</translation>
    </message>
    <message>
        <source>scanned</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>escaneados</translation>
    </message>
    <message>
        <source>created</source>
        <comment>after “Passes”: what happened to them</comment>
        <translation>creados</translation>
    </message>
    <message>
        <source>PassEntry sent no secret; deliveries will be refused until a rotation.</source>
        <translation>PassEntry no ha enviado ningún secreto; las entregas se rechazarán hasta que se renueve.</translation>
    </message>
    <message>
        <source>PassEntry&apos;s answer was lost on the way and it still signs with the same secret: nothing changed. Rotate again to get a new one.</source>
        <translation>La respuesta de PassEntry se perdió por el camino y sigue firmando con el mismo secreto: no ha cambiado nada. Vuelve a renovarlo para obtener uno nuevo.</translation>
    </message>
    <message>
        <source>This hub has no secret for it: use “Rotate secret…”</source>
        <translation>Este hub no tiene el secreto de esta suscripción: usa «Renovar secreto…»</translation>
    </message>
    <message>
        <source>Type the hub&apos;s public address first, e.g. https://hub.your-venue.example</source>
        <translation>Escribe primero la dirección pública del hub, p. ej. https://hub.your-venue.example</translation>
    </message>
    <message>
        <source>PassEntry signs with a secret this hub did not have (rotated elsewhere?); the hub uses it now.</source>
        <translation>PassEntry firma con un secreto que este hub no tenía (¿se renovó en otro sitio?); ahora el hub lo usa.</translation>
    </message>
    <message>
        <source>PassEntry allows 10 webhook subscriptions for the organisation, and all 10 are in use. Delete one in the PassEntry dashboard, then register again.</source>
        <translation>PassEntry permite 10 suscripciones a webhooks por organización y las 10 están en uso. Elimina una en el panel de PassEntry y vuelve a registrar el hub.</translation>
    </message>
    <message>
        <source>PassEntry accepts HTTPS addresses only. Use the https:// address of the tunnel or proxy in front of this hub.</source>
        <translation>PassEntry solo acepta direcciones HTTPS. Usa la dirección https:// del túnel o proxy que hay delante de este hub.</translation>
    </message>
    <message>
        <source>This hub is not registered with PassEntry yet: type its public address and click “Register with PassEntry”.</source>
        <translation>Este hub aún no está registrado en PassEntry: escribe su dirección pública y haz clic en «Registrar en PassEntry».</translation>
    </message>
    <message>
        <source>No keychain is available on this system to keep the webhook secret, so nothing was changed.</source>
        <translation>No hay ningún llavero disponible en este sistema para guardar el secreto del webhook, así que no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The keychain refused to keep the new secret: the hub uses it until it stops. Rotate the secret again once the keychain works.</source>
        <translation>El llavero no pudo guardar el nuevo secreto: el hub lo usará hasta que se detenga. Vuelve a renovar el secreto cuando el llavero funcione.</translation>
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
        <translation>Esta cuenta de PassEntry no ofrece suscripciones a webhooks (PassEntry respondió «no encontrado»). El hub sigue respondiendo a los lectores; pide a PassEntry que active los webhooks.</translation>
    </message>
    <message>
        <source>PassEntry did not accept the API key. Check it at the top of Settings.</source>
        <translation>PassEntry no aceptó la clave de API. Compruébala en la parte superior de Ajustes.</translation>
    </message>
    <message>
        <source>PassEntry refused the subscription: {reason}.</source>
        <translation>PassEntry rechazó la suscripción: {reason}.</translation>
    </message>
    <message>
        <source>Delivering to {url}</source>
        <translation>Enviando a {url}</translation>
    </message>
    <message>
        <source>Paused: PassEntry sends nothing to {url} until you enable it</source>
        <translation>En pausa: PassEntry no envía nada a {url} hasta que lo actives</translation>
    </message>
    <message>
        <source>Passes {events}, for the entity “{name}”</source>
        <translation>Pases {events}, para la entidad «{name}»</translation>
    </message>
    <message>
        <source>Secret {mask}, in the keychain</source>
        <translation>Secreto {mask}, en el llavero</translation>
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
        <translation>{list} y {last}</translation>
    </message>
    <message>
        <source>{list}, {next}</source>
        <comment>a list: the items so far, then one more (not the last)</comment>
        <translation>{list}, {next}</translation>
    </message>
    <message>
        <source>PassEntry sends events to HTTPS addresses only; “{address}” is not one. Use the https:// address of the tunnel or proxy in front of this hub.</source>
        <translation>PassEntry solo envía eventos a direcciones HTTPS; «{address}» no lo es. Usa la dirección https:// del túnel o proxy que hay delante de este hub.</translation>
    </message>
    <message>
        <source>PassEntry already sent events to this address; this desk now shows that subscription.</source>
        <translation>PassEntry ya enviaba eventos a esta dirección; este puesto muestra ahora esa suscripción.</translation>
    </message>
    <message>
        <source>PassEntry already sent events to this address; this desk now shows that subscription. Use “Rotate secret…” to give this hub its secret.</source>
        <translation>PassEntry ya enviaba eventos a esta dirección; este puesto muestra ahora esa suscripción. Usa «Renovar secreto…» para dar a este hub su secreto.</translation>
    </message>
    <message>
        <source>PassEntry no longer has this subscription (it was deleted, perhaps in the dashboard). Register the hub again.</source>
        <translation>PassEntry ya no tiene esta suscripción (se eliminó, quizá en el panel). Vuelve a registrar el hub.</translation>
    </message>
    <message>
        <source>The hub&apos;s webhook secret comes from the environment variable {variable}, so a new one could not take its place. Change it where that variable is set.</source>
        <translation>El secreto del webhook del hub viene de la variable de entorno {variable}, así que no se pudo sustituir por uno nuevo. Cámbialo donde se define esa variable.</translation>
    </message>
    <message>
        <source>Passes {events}, for one entity</source>
        <translation>Pases {events}, para una entidad</translation>
    </message>
    <message>
        <source>PassEntry could not be reached ({problem}). Nothing was changed here; try again when online.</source>
        <translation>No se pudo contactar con PassEntry ({problem}). No se ha cambiado nada aquí; vuelve a intentarlo cuando estés en línea.</translation>
    </message>
    <message>
        <source>Passes {events}, for the whole organisation “{name}”</source>
        <translation>Pases {events}, para toda la organización «{name}»</translation>
    </message>
    <message>
        <source>Passes {events}, for the whole organisation</source>
        <translation>Pases {events}, para toda la organización</translation>
    </message>
    <message>
        <source>PassEntry already has a subscription for {url}, but this API key cannot see it. Choose another address.</source>
        <translation>PassEntry ya tiene una suscripción para {url}, pero esta clave de API no puede verla. Elige otra dirección.</translation>
    </message>
    <message>
        <source>PassEntry did not do it: {problem}. {hint}</source>
        <translation>PassEntry no lo ha hecho: {problem}. {hint}</translation>
    </message>
    <message>
        <source>PassEntry did not do it: {problem}.</source>
        <translation>PassEntry no lo ha hecho: {problem}.</translation>
    </message>
    <message>
        <source>not offered on this account</source>
        <translation>no disponible en esta cuenta</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>failed with {status}: {detail}</source>
        <translation>falló con {status}: {detail}</translation>
    </message>
    <message>
        <source>failed with {status}</source>
        <translation>falló con {status}</translation>
    </message>
    <message>
        <source>failed: {detail}</source>
        <translation>falló: {detail}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>PIN step-up: {allowed}</source>
        <translation>PIN del supervisor: {allowed}</translation>
    </message>
    <message>
        <source>PIN step-up</source>
        <translation>PIN del supervisor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Autorizado por</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Afectado</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>The audit trail was tampered with:</source>
        <translation>El registro de auditoría ha sido manipulado:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Desk, person, subject or value</source>
        <translation>Puesto, persona, afectado o valor</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>From</source>
        <comment>from a day</comment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <comment>up to a day</comment>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Audit trail check</source>
        <translation>Comprobación del registro de auditoría</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Anotaciones de auditoría</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Comprobando el registro de auditoría…</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no first or last day</comment>
        <translation>Cualquiera</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries shown, newest first (the newest {shown}; the export has them all)</source>
        <translation>
            <numerusform>%Ln anotaciones, las más recientes primero (se muestran las {shown} más recientes; la exportación las incluye todas)</numerusform>
            <numerusform>%Ln anotaciones, las más recientes primero (se muestran las {shown} más recientes; la exportación las incluye todas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the audit trail: {reason}. Nothing is known about it until it can be read: try Refresh.</source>
        <translation>No se pudo leer el registro de auditoría: {reason}. No se sabe nada de él hasta que se pueda leer: prueba con Actualizar.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>Could not read the audit trail: {reason}</source>
        <translation>No se pudo leer el registro de auditoría: {reason}</translation>
    </message>
    <message>
        <source>PIN step-ups</source>
        <translation>Usos del PIN del supervisor</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>What can I do?</source>
        <translation>¿Qué puedo hacer?</translation>
    </message>
    <message>
        <source>People and PINs</source>
        <translation>Personas y PIN</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Turn roles on</source>
        <translation>Activar roles</translation>
    </message>
    <message>
        <source>Roles are off: every desk may do everything, as a shop run by one person wants. To give door and counter staff only their part, set the first manager PIN. You become the first manager; then add supervisors and managers here.</source>
        <translation>Los roles están desactivados: todos los puestos pueden hacerlo todo, como conviene a una tienda atendida por una sola persona. Para dar al personal de acceso y a los cajeros solo su parte, define el primer PIN de responsable. Te conviertes en el primer responsable; después añade aquí supervisores y responsables.</translation>
    </message>
    <message>
        <source>Set the first manager PIN…</source>
        <translation>Definir el primer PIN de responsable…</translation>
    </message>
    <message>
        <source>People with a PIN</source>
        <translation>Personas con PIN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Añadir una persona…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entr(y|ies)</source>
        <translation>
            <numerusform>%Ln anotación de auditoría</numerusform>
            <numerusform>%Ln anotaciones de auditoría</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is whole: %Ln entr(y|ies), each checked.</source>
        <translation>
            <numerusform>El registro de auditoría está completo: %Ln anotación, comprobada.</numerusform>
            <numerusform>El registro de auditoría está completo: %Ln anotaciones, todas comprobadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>more breaks of the audit trail</comment>
        <translation>
            <numerusform>y %Ln más</numerusform>
            <numerusform>y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y|ies) shown, newest first</source>
        <translation>
            <numerusform>%Ln anotación mostrada, la más reciente primero</numerusform>
            <numerusform>%Ln anotaciones mostradas, las más recientes primero</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing audit entries…</source>
        <translation>Guardando anotaciones de auditoría…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Restablecer PIN…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Cambiar rol…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation>Cambiar mi PIN…</translation>
    </message>
    <message>
        <source>The venue&apos;s rules</source>
        <translation>Las reglas del recinto</translation>
    </message>
    <message>
        <source>Door staff may search guests and admit them by name (the admission itself still needs a supervisor&apos;s PIN)</source>
        <translation>El personal de acceso puede buscar invitados y dejarlos pasar por su nombre (el acceso en sí sigue necesitando el PIN del supervisor)</translation>
    </message>
    <message>
        <source>Door staff see guests&apos; names</source>
        <translation>El personal de acceso ve los nombres de los invitados</translation>
    </message>
    <message>
        <source>Largest redemption by counter staff</source>
        <translation>Canje máximo de los cajeros</translation>
    </message>
    <message>
        <source>Most points changed on one card per hour</source>
        <translation>Máximo de puntos cambiados en una tarjeta por hora</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>Guardar las reglas</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> points</source>
        <comment>after a number in a spin box; keep the leading space</comment>
        <translation> puntos</translation>
    </message>
    <message>
        <source>The staff list could not be read: {error}</source>
        <translation>No se pudo leer la lista del personal: {error}</translation>
    </message>
    <message>
        <source>Locked out until {when}</source>
        <translation>Bloqueado hasta {when}</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a PIN is set</comment>
        <translation>Definido</translation>
    </message>
    <message>
        <source>Not changed: that needs a manager&apos;s PIN.</source>
        <translation>Sin cambios: eso requiere el PIN de un responsable.</translation>
    </message>
    <message>
        <source>This computer has no keychain, where passdesk keeps the code that recovers a forgotten manager PIN. Set the first manager PIN on a desk with a keychain.</source>
        <translation>Este ordenador no tiene llavero, donde passdesk guarda el código que recupera un PIN de responsable olvidado. Define el primer PIN de responsable en un puesto con llavero.</translation>
    </message>
    <message>
        <source>Roles are on. {name} is the first manager.</source>
        <translation>Los roles están activados. {name} es el primer responsable.</translation>
    </message>
    <message>
        <source>The first manager PIN</source>
        <translation>El primer PIN de responsable</translation>
    </message>
    <message>
        <source>You become the venue&apos;s first manager. Your PIN allows everything a role may not do. If it is ever forgotten, `passdesk roles recover` on this computer sets a new one (it needs this computer&apos;s keychain). Choose what this desk does once roles are on: a shop&apos;s counter runs as Counter staff.</source>
        <translation>Te conviertes en el primer responsable del recinto. Tu PIN permite todo lo que un rol no puede hacer. Si alguna vez se olvida, `passdesk roles recover` en este ordenador define uno nuevo (necesita el llavero de este ordenador). Elige qué hace este puesto una vez activados los roles: el mostrador de una tienda funciona como Cajero.</translation>
    </message>
    <message>
        <source>This desk runs as</source>
        <translation>Este puesto funciona como</translation>
    </message>
    <message>
        <source>Roles are on, but this desk&apos;s role was not saved: {problem}</source>
        <translation>Los roles están activados, pero no se guardó el rol de este puesto: {problem}</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>añadir una persona</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Their PIN is theirs: they type it themselves here, twice.</source>
        <translation>Su PIN es solo suyo: lo escribe la propia persona aquí, dos veces.</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add a person</comment>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>a new PIN for {name}</source>
        <translation>un PIN nuevo para {name}</translation>
    </message>
    <message>
        <source>{name} has a new PIN.</source>
        <translation>{name} tiene un PIN nuevo.</translation>
    </message>
    <message>
        <source>Reset a PIN</source>
        <translation>Restablecer un PIN</translation>
    </message>
    <message>
        <source>A forgotten PIN is replaced, and a lockout ends.</source>
        <translation>Se sustituye un PIN olvidado y termina un bloqueo.</translation>
    </message>
    <message>
        <source>Reset</source>
        <comment>button: reset a PIN</comment>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>{name}&apos;s role</source>
        <translation>Rol de {name}</translation>
    </message>
    <message>
        <source>{name} becomes {role}</source>
        <translation>{name} pasa a ser {role}</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} ahora es {role}.</translation>
    </message>
    <message>
        <source>Remove {name}? Their PIN stops working at every desk.</source>
        <translation>¿Eliminar a {name}? Su PIN deja de funcionar en todos los puestos.</translation>
    </message>
    <message>
        <source>remove {name}</source>
        <translation>eliminar a {name}</translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation>Se eliminó a {name}.</translation>
    </message>
    <message>
        <source>{name}&apos;s PIN was changed.</source>
        <translation>Se cambió el PIN de {name}.</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Cambiar mi PIN</translation>
    </message>
    <message>
        <source>Type your PIN now, then the new one twice.</source>
        <translation>Escribe ahora tu PIN y luego el nuevo dos veces.</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>button: change my PIN</comment>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>the venue&apos;s rules</source>
        <translation>las reglas del recinto</translation>
    </message>
    <message>
        <source>The venue&apos;s rules were saved: every desk uses them now.</source>
        <translation>Se guardaron las reglas del recinto: ahora las usan todos los puestos.</translation>
    </message>
    <message>
        <source>Not saved: the database did not answer ({error}).</source>
        <translation>No guardado: la base de datos no respondió ({error}).</translation>
    </message>
    <message>
        <source>{name} can now give a door staff&apos;s PIN.</source>
        <translation>{name} ahora puede asignar un PIN de personal de acceso.</translation>
    </message>
    <message>
        <source>{name} can now give a counter staff&apos;s PIN.</source>
        <translation>{name} ahora puede asignar un PIN de cajero.</translation>
    </message>
    <message>
        <source>{name} can now give a supervisor&apos;s PIN.</source>
        <translation>{name} ahora puede asignar un PIN de supervisor.</translation>
    </message>
    <message>
        <source>{name} can now give a manager&apos;s PIN.</source>
        <translation>{name} ahora puede asignar un PIN de responsable.</translation>
    </message>
    <message>
        <source>As the staff know them</source>
        <translation>Como lo conoce el personal</translation>
    </message>
    <message>
        <source>The PIN now</source>
        <translation>El PIN actual</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>El mismo PIN otra vez</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Repite el PIN nuevo</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Escribe el nombre de la persona.</translation>
    </message>
    <message>
        <source>The two new PINs differ. Type the same PIN twice.</source>
        <translation>Los dos PIN nuevos no coinciden. Escribe el mismo PIN dos veces.</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Sin bloquear</translation>
    </message>
    <message>
        <source>Locked to the Door</source>
        <translation>Bloqueado en Acceso</translation>
    </message>
    <message>
        <source>Locked to the Till</source>
        <translation>Bloqueado en Caja</translation>
    </message>
    <message>
        <source>What</source>
        <comment>what may be done</comment>
        <translation>Qué</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Este puesto</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>Funciona como</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>A PIN allows</source>
        <translation>Un PIN permite</translation>
    </message>
    <message>
        <source>Save this desk</source>
        <translation>Guardar este puesto</translation>
    </message>
    <message>
        <source>This desk runs as {role}.</source>
        <translation>Este puesto funciona como {role}.</translation>
    </message>
    <message>
        <source>What its role may not do asks for a supervisor&apos;s or a manager&apos;s PIN, for that action only. Every such PIN is written in the audit trail.</source>
        <translation>Lo que su rol no puede hacer pide el PIN de un supervisor o de un responsable, solo para esa acción. Cada uno de esos PIN queda anotado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Roles are off: everyone at this desk may do everything.</source>
        <translation>Los roles están desactivados: todos en este puesto pueden hacerlo todo.</translation>
    </message>
    <message>
        <source>A manager turns roles on by setting the first manager PIN under People and PINs. The table shows what each role may do once they are on.</source>
        <translation>Un responsable activa los roles definiendo el primer PIN de responsable en Personas y PIN. La tabla muestra lo que puede hacer cada rol una vez activados.</translation>
    </message>
    <message>
        <source>{role} (this desk)</source>
        <translation>{role} (este puesto)</translation>
    </message>
    <message>
        <source>Not saved: a kiosk needs roles on, or anyone could unlock it. Set the first manager PIN under People and PINs first.</source>
        <translation>No guardado: el modo quiosco necesita los roles activados, o cualquiera podría desbloquearlo. Define antes el primer PIN de responsable en Personas y PIN.</translation>
    </message>
    <message>
        <source>this desk&apos;s role</source>
        <translation>el rol de este puesto</translation>
    </message>
    <message>
        <source>this desk&apos;s kiosk lock</source>
        <translation>el modo quiosco de este puesto</translation>
    </message>
    <message>
        <source>Not saved: no PIN was given.</source>
        <translation>No guardado: no se indicó ningún PIN.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>No guardado: {problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>For that one action only</source>
        <translation>Solo para esa acción</translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>Durante %n minuto</numerusform>
            <numerusform>Durante %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>disk full</source>
        <translation>disco lleno</translation>
    </message>
    <message>
        <source>database locked</source>
        <translation>base de datos bloqueada</translation>
    </message>
    <message>
        <source>database damaged</source>
        <translation>base de datos dañada</translation>
    </message>
    <message>
        <source>database read-only</source>
        <translation>base de datos de solo lectura</translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation>error de E/S</translation>
    </message>
    <message>
        <source>storage error</source>
        <translation>error de almacenamiento</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the database is busy (another program holds it)</source>
        <translation>la base de datos está ocupada (otro programa la está usando)</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>el archivo de la base de datos está dañado</translation>
    </message>
    <message>
        <source>the database cannot be written (read-only)</source>
        <translation>no se puede escribir en la base de datos (solo lectura)</translation>
    </message>
    <message>
        <source>the disk could not be written (I/O error)</source>
        <translation>no se pudo escribir en el disco (error de E/S)</translation>
    </message>
    <message>
        <source>it could not be saved</source>
        <translation>no se pudo guardar</translation>
    </message>
    <message>
        <source>Do not admit; scan again in a moment. If it stays, call a supervisor.</source>
        <translation>No dejes pasar; vuelve a escanear en un momento. Si sigue así, llama a un supervisor.</translation>
    </message>
    <message>
        <source>Do not admit; call a supervisor.</source>
        <translation>No dejes pasar; llama a un supervisor.</translation>
    </message>
    <message>
        <source>Not recorded — {what}. {todo}</source>
        <translation>No registrado — {what}. {todo}</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Call a supervisor.</source>
        <translation>Llama a un supervisor.</translation>
    </message>
    <message>
        <source>Not saved — {what}. No points were changed. {todo}</source>
        <translation>No guardado — {what}. No se cambió ningún punto. {todo}</translation>
    </message>
    <message>
        <source>Low disk space: {size} free</source>
        <translation>Poco espacio en disco: {size} libres</translation>
    </message>
    <message>
        <source>Low disk space: {size} free for the local store. Free some space now: when the disk is full, scans are not recorded.</source>
        <translation>Poco espacio en disco: {size} libres para la base de datos local. Libera espacio ahora: cuando el disco se llena, los escaneos no se registran.</translation>
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
        <translation>No se puede abrir la base de datos en {url}: {problem}</translation>
    </message>
    <message>
        <source>unsent changes</source>
        <translation>cambios sin enviar</translation>
    </message>
    <message>
        <source>door scans</source>
        <translation>escaneos de acceso</translation>
    </message>
    <message>
        <source>loyalty operations</source>
        <translation>operaciones de fidelidad</translation>
    </message>
    <message>
        <source>template drafts</source>
        <translation>borradores de plantillas</translation>
    </message>
    <message>
        <source>sync marks</source>
        <translation>marcas de sincronización</translation>
    </message>
    <message>
        <source>hub deliveries</source>
        <translation>entregas del hub</translation>
    </message>
    <message>
        <source>readers</source>
        <translation>lectores</translation>
    </message>
    <message>
        <source>reader settings</source>
        <translation>ajustes de lectores</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>cuentas</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>plantillas</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>pases</translation>
    </message>
    <message numerus="yes">
        <source>{table}: could not be read (%Ln row(s))</source>
        <translation>
            <numerusform>{table}: no se pudo leer (%Ln fila)</numerusform>
            <numerusform>{table}: no se pudo leer (%Ln filas)</numerusform>
        </translation>
    </message>
    <message>
        <source>{table}: could not be read</source>
        <translation>{table}: no se pudo leer</translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, some lost</source>
        <translation>{table}: {rescued} rescatadas, algunas perdidas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rescued into a fresh store:</source>
        <translation>
            <numerusform>%Ln fila rescatada en una base de datos local nueva:</numerusform>
            <numerusform>%Ln filas rescatadas en una base de datos local nueva:</numerusform>
        </translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, {lost} lost</source>
        <translation>{table}: {rescued} rescatadas, {lost} perdidas</translation>
    </message>
    <message>
        <source>{table}: {rescued} rescued, none lost</source>
        <translation>{table}: {rescued} rescatadas, ninguna perdida</translation>
    </message>
    <message>
        <source>{line} (they come back with the sync)</source>
        <translation>{line} (se recuperan con la sincronización)</translation>
    </message>
    <message>
        <source>The damaged file was kept as {path}.</source>
        <translation>El archivo dañado se conservó como {path}.</translation>
    </message>
    <message>
        <source>A fresh store was started; nothing was copied from the old one.</source>
        <translation>Se inició una base de datos local nueva; no se copió nada de la anterior.</translation>
    </message>
    <message>
        <source>Passes and events come back with the next sync.</source>
        <translation>Los pases y eventos se recuperan con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Nothing could be read from it: {problem}</source>
        <translation>No se pudo leer nada de él: {problem}</translation>
    </message>
    <message>
        <source>  {table}</source>
        <comment>a line of the list; keep the two spaces</comment>
        <translation>  {table}</translation>
    </message>
    <message>
        <source>A full sync now brings passes and events back from PassEntry.</source>
        <translation>Una sincronización completa recupera ahora los pases y eventos de PassEntry.</translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation>No hay ningún archivo de base de datos en {path}.</translation>
    </message>
    <message>
        <source>Could not move the damaged file aside: {problem}</source>
        <translation>No se pudo apartar el archivo dañado: {problem}</translation>
    </message>
    <message>
        <source>Could not copy the damaged file to read it: {problem}</source>
        <translation>No se pudo copiar el archivo dañado para leerlo: {problem}</translation>
    </message>
    <message>
        <source>Could not create a fresh store at {path}: {problem}</source>
        <translation>No se pudo crear una base de datos local nueva en {path}: {problem}</translation>
    </message>
    <message>
        <source>The fresh store did not open: {problem}</source>
        <translation>La base de datos local nueva no se abrió: {problem}</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The server&apos;s answer to send-now has no &apos;success&apos;</source>
        <translation>La respuesta del servidor a enviar ahora no tiene &apos;success&apos;</translation>
    </message>
    <message>
        <source>The batch file link is not a URL: {url}</source>
        <translation>El enlace al archivo del lote no es una URL: {url}</translation>
    </message>
    <message>
        <source>The batch file link is not an https:// address</source>
        <translation>El enlace al archivo del lote no es una dirección https://</translation>
    </message>
    <message>
        <source>Could not fetch the batch file from {host}</source>
        <translation>No se ha podido descargar el archivo del lote de {host}</translation>
    </message>
    <message>
        <source>The batch file could not be fetched (HTTP {status})</source>
        <translation>No se ha podido descargar el archivo del lote (HTTP {status})</translation>
    </message>
    <message>
        <source>the passes list answered</source>
        <translation>la lista de pases respondió</translation>
    </message>
    <message>
        <source>Connected to {host} in {ms} ms: {seen}</source>
        <translation>Conectado a {host} en {ms} ms: {seen}</translation>
    </message>
    <message>
        <source>Check the API key in Settings (PassEntry Dashboard -&gt; Developer tools).</source>
        <translation>Comprueba la clave de API en Ajustes (PassEntry Dashboard -&gt; Developer tools).</translation>
    </message>
    <message>
        <source>This API key may not do that; ask the account owner for access.</source>
        <translation>Esta clave de API no tiene permiso para eso; pide acceso al propietario de la cuenta.</translation>
    </message>
    <message>
        <source>It may have been deleted, or belongs to another entity.</source>
        <translation>Puede que se haya eliminado o que pertenezca a otra entidad.</translation>
    </message>
    <message>
        <source>The PassEntry API of this account does not have it; the rest keeps working.</source>
        <translation>La API de PassEntry de esta cuenta no lo tiene; el resto sigue funcionando.</translation>
    </message>
    <message>
        <source>PassEntry is still working on it; look again in a few minutes.</source>
        <translation>PassEntry aún está trabajando en ello; vuelve a mirar en unos minutos.</translation>
    </message>
    <message>
        <source>Check the template&apos;s images and fields, then publish again.</source>
        <translation>Revisa las imágenes y los campos de la plantilla y vuelve a publicar.</translation>
    </message>
    <message>
        <source>The request was refused as sent; the message above says what to change.</source>
        <translation>La solicitud se rechazó tal como se envió; el mensaje de arriba indica qué cambiar.</translation>
    </message>
    <message>
        <source>PassEntry asks us to slow down; the change will be retried later.</source>
        <translation>PassEntry pide que vayamos más despacio; el cambio se reintentará más tarde.</translation>
    </message>
    <message>
        <source>PassEntry had a problem; try again in a few minutes.</source>
        <translation>PassEntry ha tenido un problema; inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>Check the network connection; work continues offline.</source>
        <translation>Comprueba la conexión de red; el trabajo sigue sin conexión.</translation>
    </message>
    <message>
        <source>Is the API base URL right? It should end in /api/v1.</source>
        <translation>¿Es correcta la URL base de la API? Debe terminar en /api/v1.</translation>
    </message>
    <message>
        <source>Use an https:// URL; plain http is only allowed for this computer (loopback).</source>
        <translation>Usa una URL https://; http sin cifrar solo se permite para este ordenador (loopback).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not one record: {problem}</source>
        <translation>La respuesta del servidor no es un solo registro: {problem}</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer {what}</source>
        <translation>Esta cuenta de PassEntry no ofrece {what}</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a PassEntry document: {problem}.</source>
        <translation>La respuesta del servidor no es un documento de PassEntry: {problem}.</translation>
    </message>
    <message>
        <source>The server sent a page link to another host ({host}); not followed.</source>
        <translation>El servidor envió un enlace de página a otro host ({host}); no se ha seguido.</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} with a body that is not valid JSON ({kind}, {size} bytes)</source>
        <translation>{host} respondió HTTP {status} con un cuerpo que no es JSON válido ({kind}, {size} bytes)</translation>
    </message>
    <message>
        <source>Could not connect to {host}</source>
        <translation>No se ha podido conectar con {host}</translation>
    </message>
    <message>
        <source>No answer from {host} in time</source>
        <translation>{host} no ha respondido a tiempo</translation>
    </message>
    <message>
        <source>The connection to {host} dropped before an answer arrived</source>
        <translation>La conexión con {host} se cortó antes de recibir respuesta</translation>
    </message>
    <message>
        <source>Network problem talking to {host} ({error})</source>
        <translation>Problema de red al comunicarse con {host} ({error})</translation>
    </message>
    <message>
        <source>{problem}; the change may or may not have been applied</source>
        <translation>{problem}; puede que el cambio se haya aplicado o no</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>No se ha aceptado la clave de API</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that</source>
        <translation>Esta clave de API no tiene permiso para eso</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>PassEntry refused the request</source>
        <translation>PassEntry ha rechazado la solicitud</translation>
    </message>
    <message>
        <source>Too many requests to {host}</source>
        <translation>Demasiadas solicitudes a {host}</translation>
    </message>
    <message>
        <source>Too many requests to {host}; it asks to wait {seconds} s</source>
        <translation>Demasiadas solicitudes a {host}; pide esperar {seconds} s</translation>
    </message>
    <message>
        <source>{host} had a server error (HTTP {status})</source>
        <translation>{host} ha tenido un error del servidor (HTTP {status})</translation>
    </message>
    <message>
        <source>The request was refused (HTTP {status})</source>
        <translation>Se ha rechazado la solicitud (HTTP {status})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es)</source>
        <translation>
            <numerusform>%Ln pase</numerusform>
            <numerusform>%Ln pases</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}: {detail}</source>
        <comment>an error, then the server&apos;s own words</comment>
        <translation>{problem}: {detail}</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list: {problem}</source>
        <translation>La respuesta del servidor no es una lista: {problem}</translation>
    </message>
    <message>
        <source>the passes list</source>
        <translation>la lista de pases</translation>
    </message>
    <message>
        <source>issuing passes</source>
        <translation>emitir pases</translation>
    </message>
    <message>
        <source>a pass</source>
        <translation>un pase</translation>
    </message>
    <message>
        <source>pass changes</source>
        <translation>cambios de pases</translation>
    </message>
    <message>
        <source>messages to a pass</source>
        <translation>mensajes a un pase</translation>
    </message>
    <message>
        <source>nullifying passes</source>
        <translation>anular pases</translation>
    </message>
    <message>
        <source>loyalty balances</source>
        <translation>saldos de fidelidad</translation>
    </message>
    <message>
        <source>loyalty changes</source>
        <translation>cambios de fidelidad</translation>
    </message>
    <message>
        <source>pass templates</source>
        <translation>plantillas de pases</translation>
    </message>
    <message>
        <source>pass templates (older route)</source>
        <translation>plantillas de pases (ruta antigua)</translation>
    </message>
    <message>
        <source>creating pass templates</source>
        <translation>crear plantillas de pases</translation>
    </message>
    <message>
        <source>changing pass templates</source>
        <translation>cambiar plantillas de pases</translation>
    </message>
    <message>
        <source>a list of pass templates</source>
        <translation>una lista de plantillas de pases</translation>
    </message>
    <message>
        <source>adding readers</source>
        <translation>añadir lectores</translation>
    </message>
    <message>
        <source>the reader configuration</source>
        <translation>la configuración de lectores</translation>
    </message>
    <message>
        <source>changing the reader configuration by API (set it in the PassEntry dashboard: Readers -&gt; Reader Configuration)</source>
        <translation>cambiar la configuración de lectores por API (defínela en el panel de PassEntry: Readers -&gt; Reader Configuration)</translation>
    </message>
    <message>
        <source>the scans list</source>
        <translation>la lista de escaneos</translation>
    </message>
    <message>
        <source>a scan</source>
        <translation>un escaneo</translation>
    </message>
    <message>
        <source>checking scans</source>
        <translation>comprobar escaneos</translation>
    </message>
    <message>
        <source>logging scans</source>
        <translation>registrar escaneos</translation>
    </message>
    <message>
        <source>the webhook subscriptions list</source>
        <translation>la lista de suscripciones de webhook</translation>
    </message>
    <message>
        <source>adding webhook subscriptions</source>
        <translation>añadir suscripciones de webhook</translation>
    </message>
    <message>
        <source>a webhook subscription</source>
        <translation>una suscripción de webhook</translation>
    </message>
    <message>
        <source>changing webhook subscriptions</source>
        <translation>cambiar suscripciones de webhook</translation>
    </message>
    <message>
        <source>new webhook secrets</source>
        <translation>nuevos secretos de webhook</translation>
    </message>
    <message>
        <source>batch pass creation</source>
        <translation>creación de pases por lotes</translation>
    </message>
    <message>
        <source>batch pass updates</source>
        <translation>actualización de pases por lotes</translation>
    </message>
    <message>
        <source>wallet messaging</source>
        <translation>mensajes al wallet</translation>
    </message>
    <message>
        <source>the batches list</source>
        <translation>la lista de lotes</translation>
    </message>
    <message>
        <source>a batch</source>
        <translation>un lote</translation>
    </message>
    <message>
        <source>cancelling batches</source>
        <translation>cancelar lotes</translation>
    </message>
    <message>
        <source>sending batches now</source>
        <translation>enviar lotes ahora</translation>
    </message>
    <message>
        <source>uploading images</source>
        <translation>subir imágenes</translation>
    </message>
    <message>
        <source>the image list</source>
        <translation>la lista de imágenes</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>the entities list</source>
        <translation>la lista de entidades</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>entidades</translation>
    </message>
    <message>
        <source>the events list</source>
        <translation>la lista de eventos</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>creating events</source>
        <translation>crear eventos</translation>
    </message>
    <message>
        <source>changing events</source>
        <translation>cambiar eventos</translation>
    </message>
    <message>
        <source>the readers list</source>
        <translation>la lista de lectores</translation>
    </message>
    <message>
        <source>showing a reader</source>
        <translation>mostrar un lector</translation>
    </message>
    <message>
        <source>changing readers</source>
        <translation>cambiar lectores</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no {name} object</source>
        <translation>La respuesta del servidor no tiene ningún objeto {name}</translation>
    </message>
    <message>
        <source>PassEntry could not process the template {template}</source>
        <translation>PassEntry no ha podido procesar la plantilla {template}</translation>
    </message>
    <message>
        <source>The template {template} was still being processed after {seconds} s</source>
        <translation>La plantilla {template} seguía procesándose después de {seconds} s</translation>
    </message>
    <message>
        <source>Not a valid URL: {url} ({problem})</source>
        <translation>URL no válida: {url} ({problem})</translation>
    </message>
    <message>
        <source>Not an http(s) URL: {url}</source>
        <translation>No es una URL http(s): {url}</translation>
    </message>
    <message>
        <source>Refusing plain http to {host}: the API key would travel unencrypted.</source>
        <translation>Se rechaza http sin cifrar a {host}: la clave de API viajaría sin cifrar.</translation>
    </message>
    <message>
        <source>The validation service at {host} did not answer in time</source>
        <translation>El servicio de validación de {host} no ha respondido a tiempo</translation>
    </message>
    <message>
        <source>Could not reach the validation service at {host}</source>
        <translation>No se ha podido contactar con el servicio de validación de {host}</translation>
    </message>
    <message>
        <source>The validation service refused the token</source>
        <translation>El servicio de validación ha rechazado el token</translation>
    </message>
    <message>
        <source>The validation service answered HTTP {status}</source>
        <translation>El servicio de validación ha respondido HTTP {status}</translation>
    </message>
    <message>
        <source>The validation service&apos;s answer is not a validationResponse ({problem})</source>
        <translation>La respuesta del servicio de validación no es un validationResponse ({problem})</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a webhook subscription</source>
        <translation>La respuesta del servidor no es una suscripción de webhook</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Issue pass</source>
        <translation>Emitir pase</translation>
    </message>
    <message>
        <source>Edit pass</source>
        <translation>Editar pase</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Nullify pass</source>
        <translation>Anular pase</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Crear evento</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message numerus="yes">
        <source>Loyalty {signed} point(s)</source>
        <comment>signed: +10 or -5</comment>
        <translation>
            <numerusform>Fidelidad {signed} punto</numerusform>
            <numerusform>Fidelidad {signed} puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Loyalty balance set to {balance}</source>
        <translation>Saldo de fidelidad fijado en {balance}</translation>
    </message>
    <message>
        <source>Log scan in PassEntry (denied)</source>
        <translation>Registrar escaneo en PassEntry (denegado)</translation>
    </message>
    <message>
        <source>Log scan in PassEntry (successful)</source>
        <translation>Registrar escaneo en PassEntry (correcto)</translation>
    </message>
    <message>
        <source>Deactivate pass</source>
        <translation>Desactivar pase</translation>
    </message>
    <message>
        <source>Edit pass and notify</source>
        <translation>Editar pase y notificar</translation>
    </message>
    <message>
        <source>reader</source>
        <comment>noun in a sentence: this reader</comment>
        <translation>lector</translation>
    </message>
    <message>
        <source>event</source>
        <comment>noun in a sentence: this event</comment>
        <translation>evento</translation>
    </message>
    <message>
        <source>pass</source>
        <comment>noun in a sentence: this pass</comment>
        <translation>pase</translation>
    </message>
    <message>
        <source>the scan of {value} as reader {reader}</source>
        <translation>el escaneo de {value} como lector {reader}</translation>
    </message>
    <message>
        <source>{name} (event {id})</source>
        <translation>{name} (evento {id})</translation>
    </message>
    <message>
        <source>{name} (pass {id})</source>
        <translation>{name} (pase {id})</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no id</comment>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>event {id}</source>
        <translation>evento {id}</translation>
    </message>
    <message>
        <source>pass {id}</source>
        <translation>pase {id}</translation>
    </message>
    <message>
        <source>Waiting: offline</source>
        <translation>En espera: sin conexión</translation>
    </message>
    <message>
        <source>When PassEntry answers</source>
        <translation>Cuando PassEntry responda</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>When you retry</source>
        <translation>Cuando lo reintentes</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>next try: this moment</comment>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Lo antes posible</translation>
    </message>
    <message>
        <source>{value} at {reader}</source>
        <comment>a scan at a reader</comment>
        <translation>{value} en {reader}</translation>
    </message>
    <message>
        <source>Scanned value {value}, logged as reader {reader}</source>
        <translation>Valor escaneado {value}, registrado como lector {reader}</translation>
    </message>
    <message>
        <source>Event {id}</source>
        <translation>Evento {id}</translation>
    </message>
    <message>
        <source>Pass {id}</source>
        <translation>Pase {id}</translation>
    </message>
    <message>
        <source>Waits for an earlier change to this {target} that needs you: retry or discard that one first.</source>
        <translation>Espera a un cambio anterior en este {target} que requiere tu atención: reintenta o descarta antes ese.</translation>
    </message>
    <message>
        <source>Made at {made}
Message: {message}</source>
        <translation>Hecho el {made}
Mensaje: {message}</translation>
    </message>
    <message>
        <source>Made at {made}</source>
        <translation>Hecho el {made}</translation>
    </message>
    <message>
        <source>Sync requested…</source>
        <translation>Sincronización solicitada…</translation>
    </message>
    <message>
        <source>Sync with a status check of every pass requested…</source>
        <translation>Sincronización con comprobación del estado de todos los pases solicitada…</translation>
    </message>
    <message>
        <source>Offline: passdesk will sync when PassEntry answers again. Changes made here are kept until then.</source>
        <translation>Sin conexión: passdesk sincronizará cuando PassEntry vuelva a responder. Los cambios hechos aquí se conservan hasta entonces.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was fetched is kept; the next sync carries on from there.</source>
        <translation>Sincronización cancelada. Lo descargado se conserva; la próxima sincronización sigue desde ahí.</translation>
    </message>
    <message>
        <source>The last sync attempt did not finish: {problem}</source>
        <translation>El último intento de sincronización no terminó: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Idle. passdesk syncs by itself every %Ln minute(s).</source>
        <translation>
            <numerusform>Inactivo. passdesk se sincroniza solo cada %Ln minuto.</numerusform>
            <numerusform>Inactivo. passdesk se sincroniza solo cada %Ln minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after this page… ({doing})</source>
        <translation>Cancelando tras esta página… ({doing})</translation>
    </message>
    <message>
        <source>Cannot read the outbox: {error}</source>
        <translation>No se puede leer la bandeja de salida: {error}</translation>
    </message>
    <message>
        <source>Not discarded: a supervisor&apos;s PIN was not given.</source>
        <translation>Sin descartar: no se ha introducido el PIN del supervisor.</translation>
    </message>
    <message>
        <source>That did not work: {error}. The list below is up to date again.</source>
        <translation>No ha funcionado: {error}. La lista de abajo vuelve a estar al día.</translation>
    </message>
    <message>
        <source>Discard “{change}” for {target}</source>
        <translation>Descartar «{change}» para {target}</translation>
    </message>
    <message>
        <source>{change} for {target}</source>
        <translation>{change} para {target}</translation>
    </message>
    <message>
        <source>Needs review: {what}.
{why}</source>
        <translation>Por revisar: {what}.
{why}</translation>
    </message>
    <message>
        <source>passdesk cannot tell whether it was applied.</source>
        <translation>passdesk no puede saber si se aplicó.</translation>
    </message>
    <message>
        <source>Refused by PassEntry: {what}.
{why}</source>
        <translation>Rechazado por PassEntry: {what}.
{why}</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>No se ha indicado ningún motivo.</translation>
    </message>
    <message>
        <source>Held back: {what}.
It goes once the earlier change to this {target} that needs you is retried or discarded.</source>
        <translation>Retenido: {what}.
Se envía cuando se reintente o descarte el cambio anterior en este {target} que requiere tu atención.</translation>
    </message>
    <message>
        <source>Waiting: {what}.
Last try: {why}. Next try: {next}.</source>
        <translation>En espera: {what}.
Último intento: {why}. Próximo intento: {next}.</translation>
    </message>
    <message>
        <source>Waiting changes are sent by themselves: nothing for you to do.</source>
        <translation>Los cambios en espera se envían solos: no tienes que hacer nada.</translation>
    </message>
    <message>
        <source>Select a refused or to-be-reviewed change to retry or discard it.</source>
        <translation>Selecciona un cambio rechazado o por revisar para reintentarlo o descartarlo.</translation>
    </message>
    <message>
        <source>Retry if PassEntry does not have it; Discard if it does, or if it should not be made.</source>
        <translation>Reintentar si PassEntry no lo tiene; Descartar si lo tiene o si no debe hacerse.</translation>
    </message>
    <message>
        <source>Retry sends it again unchanged; Discard drops it so later changes can go.</source>
        <translation>Reintentar lo vuelve a enviar sin cambios; Descartar lo elimina para que puedan enviarse los cambios posteriores.</translation>
    </message>
    <message>
        <source>Discard “{change}” for {target}?</source>
        <translation>¿Descartar «{change}» para {target}?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)</source>
        <translation>
            <numerusform>Descartar %n cambio</numerusform>
            <numerusform>Descartar %n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)?</source>
        <translation>
            <numerusform>¿Descartar %n cambio?</numerusform>
            <numerusform>¿Descartar %n cambios?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <comment>button</comment>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>A discarded change will not reach PassEntry: it stays on this computer only, marked as discarded. Later changes to the same pass or event are sent as usual. This cannot be undone.</source>
        <translation>Un cambio descartado no llegará a PassEntry: se queda solo en este ordenador, marcado como descartado. Los cambios posteriores en el mismo pase o evento se envían con normalidad. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Key refused</source>
        <translation>Clave rechazada</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Sin clave de API</translation>
    </message>
    <message>
        <source>Other server&apos;s data</source>
        <translation>Datos de otro servidor</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Lectores</translation>
    </message>
    <message>
        <source>Passes (first full download)</source>
        <translation>Pases (primera descarga completa)</translation>
    </message>
    <message>
        <source>New passes</source>
        <translation>Pases nuevos</translation>
    </message>
    <message>
        <source>Status of every pass</source>
        <translation>Estado de todos los pases</translation>
    </message>
    <message>
        <source>Which passes belong to which event</source>
        <translation>Qué pases pertenecen a qué evento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln cambio pendiente de envío</numerusform>
            <numerusform>%Ln cambios pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to retry or discard</source>
        <translation>
            <numerusform>%Ln cambio por reintentar o descartar</numerusform>
            <numerusform>%Ln cambios por reintentar o descartar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <comment>status bar: changes not sent yet</comment>
        <translation>
            <numerusform>%Ln pendiente</numerusform>
            <numerusform>%Ln pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to check</source>
        <comment>status bar: changes refused, for a person to retry or discard</comment>
        <translation>
            <numerusform>%Ln por revisar</numerusform>
            <numerusform>%Ln por revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>PassEntry answers. Changes made here are sent as they are made.</source>
        <translation>PassEntry responde. Los cambios hechos aquí se envían al momento.</translation>
    </message>
    <message>
        <source>PassEntry cannot be reached.</source>
        <translation>No se puede contactar con PassEntry.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) fetched ({new} new)</source>
        <translation>
            <numerusform>%Ln pase descargado ({new} nuevos)</numerusform>
            <numerusform>%Ln pases descargados ({new} nuevos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{fetched}; %Ln status(es) checked, none changed</source>
        <translation>
            <numerusform>{fetched}; %Ln estado comprobado, sin cambios</numerusform>
            <numerusform>{fetched}; %Ln estados comprobados, sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{fetched}; %Ln status change(s)</source>
        <translation>
            <numerusform>{fetched}; %Ln cambio de estado</numerusform>
            <numerusform>{fetched}; %Ln cambios de estado</numerusform>
        </translation>
    </message>
    <message>
        <source>{why}
Changes made here are kept and sent when the connection is back.</source>
        <translation>{why}
Los cambios hechos aquí se conservan y se envían cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>PassEntry did not accept the API key.</source>
        <translation>PassEntry no ha aceptado la clave de API.</translation>
    </message>
    <message>
        <source>{why}
Enter a valid key in Settings. Changes made here wait until then.</source>
        <translation>{why}
Introduce una clave válida en Ajustes. Los cambios hechos aquí esperan hasta entonces.</translation>
    </message>
    <message>
        <source>No API key for this server. Add one in Settings, or set PASSDESK_API_KEY before starting passdesk.</source>
        <translation>No hay clave de API para este servidor. Añade una en Ajustes o define PASSDESK_API_KEY antes de iniciar passdesk.</translation>
    </message>
    <message>
        <source>The local data belongs to another server; nothing is sent.</source>
        <translation>Los datos locales pertenecen a otro servidor; no se envía nada.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Comprobando la conexión…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>sync progress: items done of all</comment>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>{done} so far</source>
        <comment>sync progress: items done, total unknown</comment>
        <translation>{done} hasta ahora</translation>
    </message>
    <message>
        <source>{phase}: {counted} · {rate} per second</source>
        <translation>{phase}: {counted} · {rate} por segundo</translation>
    </message>
    <message>
        <source>{phase}: {counted}</source>
        <translation>{phase}: {counted}</translation>
    </message>
    <message>
        <source>No new passes</source>
        <translation>No hay pases nuevos</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Aún sin sincronizar.</translation>
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
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Syncing… {percent}%</source>
        <translation>Sincronizando… {percent}%</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Sincronizado {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Nothing waiting: every change made here has reached PassEntry.</source>
        <translation>Nada pendiente: todos los cambios hechos aquí han llegado a PassEntry.</translation>
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
            <numerusform>{fetched}; %Ln estado comprobado, {changed} cambiados</numerusform>
            <numerusform>{fetched}; %Ln estados comprobados, {changed} cambiados</numerusform>
        </translation>
    </message>
    <message>
        <source>entities</source>
        <comment>what an account may not offer</comment>
        <translation>entidades</translation>
    </message>
    <message>
        <source>events</source>
        <comment>what an account may not offer</comment>
        <translation>eventos</translation>
    </message>
    <message>
        <source>readers</source>
        <comment>what an account may not offer</comment>
        <translation>lectores</translation>
    </message>
    <message>
        <source>template list</source>
        <comment>what an account may not offer</comment>
        <translation>la lista de plantillas</translation>
    </message>
    <message>
        <source>reader configuration change</source>
        <comment>what an account may not offer</comment>
        <translation>el cambio de configuración de lectores</translation>
    </message>
    <message>
        <source>scans list</source>
        <comment>what an account may not offer</comment>
        <translation>la lista de escaneos</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer {what}.</source>
        <translation>Esta cuenta de PassEntry no ofrece {what}.</translation>
    </message>
    <message>
        <source>(nothing on its standard error)</source>
        <translation>(nada en su salida de error estándar)</translation>
    </message>
    <message>
        <source>{kind}: {message}</source>
        <comment>an error: its kind (a program&apos;s name, not translated), then its message</comment>
        <translation>{kind}: {message}</translation>
    </message>
    <message>
        <source>The pull&apos;s process ended with exit code {code} before it finished. Its last words:
{tail}</source>
        <translation>El proceso de descarga terminó con el código de salida {code} antes de acabar. Sus últimas líneas:
{tail}</translation>
    </message>
    <message>
        <source>This PassEntry account does not offer the scans list: scans made by PassEntry&apos;s readers are not counted at the Door.</source>
        <translation>Esta cuenta de PassEntry no ofrece la lista de escaneos: los escaneos de los lectores de PassEntry no se cuentan en Acceso.</translation>
    </message>
    <message>
        <source>No API key for this server.</source>
        <translation>No hay clave de API para este servidor.</translation>
    </message>
    <message>
        <source>The local data belongs to {bound}; nothing is sent to {server}. Restart passdesk to open that server&apos;s own local data.</source>
        <translation>Los datos locales pertenecen a {bound}; no se envía nada a {server}. Reinicia passdesk para abrir los datos locales propios de ese servidor.</translation>
    </message>
</context>
<context>
    <name>till</name>
    <message>
        <source>Set {name}&apos;s balance from {before} to {after}?</source>
        <translation>¿Fijar el saldo de {name} de {before} a {after}?</translation>
    </message>
    <message>
        <source>Set this customer&apos;s balance from {before} to {after}?</source>
        <translation>¿Fijar el saldo de este cliente de {before} a {after}?</translation>
    </message>
    <message>
        <source>Set balance</source>
        <translation>Fijar saldo</translation>
    </message>
    <message>
        <source>Set balance</source>
        <comment>the button that confirms</comment>
        <translation>Fijar saldo</translation>
    </message>
    <message>
        <source>This replaces the balance, whatever it is on PassEntry when the change arrives.</source>
        <translation>Esto sustituye el saldo, sea cual sea en PassEntry cuando llegue el cambio.</translation>
    </message>
    <message>
        <source>A supervisor must approve</source>
        <translation>Debe aprobarlo un supervisor</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>este cliente</translation>
    </message>
    <message>
        <source>Redeem {points} points for {name}? A supervisor must approve this.</source>
        <translation>¿Canjear {points} puntos para {name}? Debe aprobarlo un supervisor.</translation>
    </message>
    <message>
        <source>The card showed {balance} points when it was last synced at {when}; PassEntry has not confirmed that balance.</source>
        <translation>La tarjeta mostraba {balance} puntos en la última sincronización ({when}); PassEntry no ha confirmado ese saldo.</translation>
    </message>
    <message>
        <source>The card showed {balance} points when it was last synced; PassEntry has not confirmed that balance.</source>
        <translation>La tarjeta mostraba {balance} puntos en la última sincronización; PassEntry no ha confirmado ese saldo.</translation>
    </message>
    <message>
        <source>{limit} {shown}</source>
        <translation>{limit} {shown}</translation>
    </message>
    <message>
        <source>Supervisor approves</source>
        <translation>Aprobación del supervisor</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Aún no hay cliente</translation>
    </message>
    <message>
        <source>Scan a loyalty card, or search by name or customer number.</source>
        <translation>Escanea una tarjeta de fidelidad o busca por nombre o número de cliente.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>no template</source>
        <translation>sin plantilla</translation>
    </message>
    <message>
        <source>{why} Scan the customer&apos;s loyalty card instead.</source>
        <translation>{why} Escanea en su lugar la tarjeta de fidelidad del cliente.</translation>
    </message>
    <message>
        <source>Reward: {rewards}</source>
        <translation>Recompensa: {rewards}</translation>
    </message>
    <message>
        <source>active</source>
        <comment>a pass&apos;s status</comment>
        <translation>activo</translation>
    </message>
    <message>
        <source>deactivated</source>
        <comment>a pass&apos;s status</comment>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>nullified</source>
        <comment>a pass&apos;s status</comment>
        <translation>anulado</translation>
    </message>
    <message>
        <source>voided</source>
        <comment>a pass&apos;s status</comment>
        <translation>invalidado</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>a pass&apos;s status</comment>
        <translation>caducado</translation>
    </message>
    <message>
        <source>points</source>
        <comment>beside the balance: the unit</comment>
        <translation>puntos</translation>
    </message>
    <message>
        <source>last synced {when}, not confirmed</source>
        <translation>última sincronización {when}, sin confirmar</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>sin confirmar</translation>
    </message>
    <message>
        <source>Not confirmed by PassEntry: the card showed {balance} when it was last synced. Redeem up to {limit} points; more needs a supervisor</source>
        <translation>Sin confirmar por PassEntry: la tarjeta mostraba {balance} en la última sincronización. Canjea hasta {limit} puntos; para más hace falta un supervisor</translation>
    </message>
    <message>
        <source>Not confirmed by PassEntry: the card showed {balance} when it was last synced</source>
        <translation>Sin confirmar por PassEntry: la tarjeta mostraba {balance} en la última sincronización</translation>
    </message>
    <message>
        <source>PassEntry&apos;s balance is not known here yet</source>
        <translation>Aquí aún no se conoce el saldo de PassEntry</translation>
    </message>
    <message>
        <source>PassEntry confirmed {balance} at {when}</source>
        <translation>PassEntry confirmó {balance} ({when})</translation>
    </message>
    <message>
        <source>PassEntry confirmed {balance}</source>
        <translation>PassEntry confirmó {balance}</translation>
    </message>
    <message>
        <source>{note}; the balance above includes this till&apos;s changes still on their way</source>
        <translation>{note}; el saldo de arriba incluye cambios de esta caja que aún están en camino</translation>
    </message>
    <message>
        <source>{note} · reading the balance from PassEntry…</source>
        <translation>{note} · leyendo el saldo de PassEntry…</translation>
    </message>
    <message>
        <source>{note} · could not read it now ({why})</source>
        <translation>{note} · no se pudo leer ahora ({why})</translation>
    </message>
    <message>
        <source>Set the balance from {before} to {after}</source>
        <translation>Fijar el saldo de {before} a {after}</translation>
    </message>
    <message>
        <source>{sign}{points} points → balance {after}</source>
        <translation>{sign}{points} puntos → saldo {after}</translation>
    </message>
    <message>
        <source>{sign}{points} points (balance not known here)</source>
        <translation>{sign}{points} puntos (saldo desconocido aquí)</translation>
    </message>
    <message>
        <source>{spent} spent: {change}</source>
        <translation>Gasto de {spent}: {change}</translation>
    </message>
    <message>
        <source>Reaches a reward: {reward}</source>
        <translation>Alcanza una recompensa: {reward}</translation>
    </message>
    <message>
        <source>A supervisor must approve: the balance is not confirmed.</source>
        <translation>Debe aprobarlo un supervisor: el saldo no está confirmado.</translation>
    </message>
    <message>
        <source>Balance set to {balance} and a message for {name}: saved here, on its way to PassEntry.</source>
        <translation>Saldo fijado en {balance} y mensaje para {name}: guardado aquí, de camino a PassEntry.</translation>
    </message>
    <message>
        <source>Balance set to {balance} for {name}: saved here, on its way to PassEntry.</source>
        <translation>Saldo fijado en {balance} para {name}: guardado aquí, de camino a PassEntry.</translation>
    </message>
    <message>
        <source>{change} points and a message for {name}: saved here, on its way to PassEntry.</source>
        <translation>{change} puntos y mensaje para {name}: guardado aquí, de camino a PassEntry.</translation>
    </message>
    <message>
        <source>{change} points for {name}: saved here, on its way to PassEntry.</source>
        <translation>{change} puntos para {name}: guardado aquí, de camino a PassEntry.</translation>
    </message>
    <message>
        <source>set the balance to {balance}</source>
        <translation>fijar el saldo en {balance}</translation>
    </message>
    <message>
        <source>{change} points</source>
        <translation>{change} puntos</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>Since {when}</source>
        <translation>Desde {when}</translation>
    </message>
    <message>
        <source>no operations yet</source>
        <translation>aún no hay operaciones</translation>
    </message>
    <message>
        <source>issued {points}</source>
        <translation>otorgados {points}</translation>
    </message>
    <message>
        <source>redeemed {points}</source>
        <translation>canjeados {points}</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>Acumular</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Sumar</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Canjear</translation>
    </message>
    <message>
        <source>Sent to the customer&apos;s phone as a message.
Filled in for you:  {fields}</source>
        <translation>Se envía al teléfono del cliente como mensaje.
Se rellenan por ti:  {fields}</translation>
    </message>
    <message>
        <source>Alex</source>
        <comment>a sample first name in an example</comment>
        <translation>Alex</translation>
    </message>
    <message>
        <source>A free coffee</source>
        <comment>a sample reward</comment>
        <translation>Un café gratis</translation>
    </message>
    <message>
        <source>Example ({which}): {text}</source>
        <translation>Ejemplo ({which}): {text}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message numerus="yes">
        <source>{count} of %Ln characters</source>
        <translation>
            <numerusform>{count} de %Ln carácter</numerusform>
            <numerusform>{count} de %Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Reward reached</source>
        <translation>Recompensa alcanzada</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Importe gastado</translation>
    </message>
    <message>
        <source>Points to add</source>
        <translation>Puntos a sumar</translation>
    </message>
    <message>
        <source>Points to redeem</source>
        <translation>Puntos a canjear</translation>
    </message>
    <message>
        <source>New balance</source>
        <translation>Nuevo saldo</translation>
    </message>
    <message>
        <source>{amount} ({currency})</source>
        <translation>{amount} ({currency})</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>This pass is {status}: PassEntry delivers messages only to active passes, so this one will not reach the customer.</source>
        <translation>Este pase está {status}: PassEntry solo entrega mensajes a pases activos, así que este no llegará al cliente.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: a lock screen shows about {most}.</source>
        <translation>
            <numerusform>%Ln carácter: una pantalla de bloqueo muestra unos {most}.</numerusform>
            <numerusform>%Ln caracteres: una pantalla de bloqueo muestra unos {most}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not redeemed: {why} Apply again to ask.</source>
        <translation>No canjeado: {why} Vuelve a pulsar Aplicar para solicitarlo.</translation>
    </message>
    <message>
        <source>{why} (Apply again to make it.)</source>
        <translation>{why} (Vuelve a pulsar Aplicar para hacerlo.)</translation>
    </message>
    <message>
        <source>{change}, against a balance PassEntry has not confirmed</source>
        <translation>{change}, sobre un saldo que PassEntry no ha confirmado</translation>
    </message>
    <message>
        <source>Not redeemed: {why}</source>
        <translation>No canjeado: {why}</translation>
    </message>
    <message>
        <source>Not redeemed: a supervisor did not approve it.</source>
        <translation>No canjeado: un supervisor no lo aprobó.</translation>
    </message>
    <message>
        <source>Scan points not applied: {why}</source>
        <translation>Puntos del escaneo no aplicados: {why}</translation>
    </message>
    <message>
        <source>Scan points: {change}</source>
        <translation>Puntos del escaneo: {change}</translation>
    </message>
    <message>
        <source>Scanned again: the points for this scan were already given.</source>
        <translation>Escaneado de nuevo: los puntos de este escaneo ya se otorgaron.</translation>
    </message>
    <message>
        <source>Not changed: {why}</source>
        <translation>Sin cambios: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) not yet confirmed by PassEntry</source>
        <translation>
            <numerusform>%Ln operación aún no confirmada por PassEntry</numerusform>
            <numerusform>%Ln operaciones aún no confirmadas por PassEntry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln pendiente</numerusform>
            <numerusform>%Ln pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln balance(s) set</source>
        <translation>
            <numerusform>%Ln saldo fijado</numerusform>
            <numerusform>%Ln saldos fijados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not yet confirmed</source>
        <translation>
            <numerusform>%Ln sin confirmar</numerusform>
            <numerusform>%Ln sin confirmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters: lock screens cut a message after about {most}, so the end may not be seen.</source>
        <translation>
            <numerusform>%Ln carácter: las pantallas de bloqueo cortan un mensaje tras unos {most}, así que puede que no se vea el final.</numerusform>
            <numerusform>%Ln caracteres: las pantallas de bloqueo cortan un mensaje tras unos {most}, así que puede que no se vea el final.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set {name}&apos;s balance from {before} to {after}</source>
        <translation>Fijar el saldo de {name} de {before} a {after}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Sumado</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Canjeado</translation>
    </message>
    <message>
        <source>Balance set</source>
        <translation>Saldo fijado</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Escaneo</translation>
    </message>
    <message>
        <source>Admission undone</source>
        <translation>Acceso deshecho</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requiere revisión</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>{what} · spent {spent}</source>
        <translation>{what} · gastado {spent}</translation>
    </message>
    <message>
        <source>Message: {message}</source>
        <translation>Mensaje: {message}</translation>
    </message>
    <message>
        <source>The local store could not be read: {why}</source>
        <translation>No se pudo leer la base de datos local: {why}</translation>
    </message>
    <message>
        <source>No pass {value} in the local store. If it is new, wait for the next sync.</source>
        <translation>No hay ningún pase {value} en la base de datos local. Si es nuevo, espera a la próxima sincronización.</translation>
    </message>
    <message>
        <source>a supervisor&apos;s PIN was not given.</source>
        <translation>no se indicó el PIN del supervisor.</translation>
    </message>
    <message>
        <source>Redeem {points} points for {name}</source>
        <translation>Canjear {points} puntos para {name}</translation>
    </message>
    <message>
        <source>Add {points} points for {name}</source>
        <translation>Sumar {points} puntos para {name}</translation>
    </message>
    <message>
        <source>{change} ({points} points changed on this card in the last hour)</source>
        <translation>{change} ({points} puntos cambiados en esta tarjeta en la última hora)</translation>
    </message>
    <message>
        <source>{result} It is not in the audit trail (the store refused the entry): tell a manager.</source>
        <translation>{result} No está en el registro de auditoría (la base de datos rechazó la anotación): avisa a un responsable.</translation>
    </message>
    <message numerus="yes">
        <source>A change needs review (%Ln more after it): {change}. {error}</source>
        <translation>
            <numerusform>Un cambio requiere revisión (%Ln más después): {change}. {error}</numerusform>
            <numerusform>Un cambio requiere revisión (%Ln más después): {change}. {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>A change needs review: {change}. {error}</source>
        <translation>Un cambio requiere revisión: {change}. {error}</translation>
    </message>
    <message numerus="yes">
        <source>A change was refused (%Ln more after it): {change}. {error}</source>
        <translation>
            <numerusform>Se rechazó un cambio (%Ln más después): {change}. {error}</numerusform>
            <numerusform>Se rechazó un cambio (%Ln más después): {change}. {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>A change was refused: {change}. {error}</source>
        <translation>Se rechazó un cambio: {change}. {error}</translation>
    </message>
    <message>
        <source>Discard “{change}” for {name}</source>
        <translation>Descartar «{change}» para {name}</translation>
    </message>
    <message>
        <source>Not discarded: {why}</source>
        <translation>No descartado: {why}</translation>
    </message>
    <message>
        <source>Type the points per currency unit (0: spending earns none).</source>
        <translation>Escribe los puntos por unidad de moneda (0: el gasto no suma puntos).</translation>
    </message>
    <message>
        <source>{typed} is not a number of points per currency unit.</source>
        <translation>{typed} no es un número de puntos por unidad de moneda.</translation>
    </message>
    <message>
        <source>Points per currency unit cannot be negative.</source>
        <translation>Los puntos por unidad de moneda no pueden ser negativos.</translation>
    </message>
    <message>
        <source>Points per currency unit can be at most {most}.</source>
        <translation>Los puntos por unidad de moneda pueden ser como máximo {most}.</translation>
    </message>
    <message>
        <source>Reward {number}: type what the customer gets.</source>
        <translation>Recompensa {number}: escribe lo que recibe el cliente.</translation>
    </message>
    <message>
        <source>Reward {number}: {why}</source>
        <translation>Recompensa {number}: {why}</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Hacia abajo</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Al más cercano</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hacia arriba</translation>
    </message>
    <message>
        <source>All other templates</source>
        <translation>Todas las demás plantillas</translation>
    </message>
    <message>
        <source>{template} (not synced)</source>
        <translation>{template} (sin sincronizar)</translation>
    </message>
    <message>
        <source>Used by every loyalty template without rules of its own.</source>
        <translation>La usan todas las plantillas de fidelidad sin reglas propias.</translation>
    </message>
    <message>
        <source>This template has rules of its own.</source>
        <translation>Esta plantilla tiene reglas propias.</translation>
    </message>
    <message>
        <source>This template uses the general rules until you change something here.</source>
        <translation>Esta plantilla usa las reglas generales hasta que cambies algo aquí.</translation>
    </message>
    <message numerus="yes">
        <source>{about} Its balance shows %n decimal place(s): type points as the pass shows them.</source>
        <translation>
            <numerusform>{about} Su saldo muestra %n decimal: escribe los puntos como los muestra el pase.</numerusform>
            <numerusform>{about} Su saldo muestra %n decimales: escribe los puntos como los muestra el pase.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reward is reached when the balance gets to its points; the customer is sent the reward message (Messages tab).</source>
        <translation>Se alcanza una recompensa cuando el saldo llega a sus puntos; se envía al cliente el mensaje de recompensa (pestaña Mensajes).</translation>
    </message>
    <message>
        <source>{help} Points here are whole units of the balance: for a template with decimals, {whole} is {shown}.</source>
        <translation>{help} Aquí los puntos son unidades enteras del saldo: para una plantilla con decimales, {whole} es {shown}.</translation>
    </message>
    <message>
        <source>Rules for {template} (Earning and rewards): {why}</source>
        <translation>Reglas para {template} (Acumulación y recompensas): {why}</translation>
    </message>
    <message>
        <source>Spending {spent} earns {points} points.</source>
        <translation>Un gasto de {spent} suma {points} puntos.</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>points per scan: none</comment>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>No pass matches.</source>
        <translation>Ningún pase coincide.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found: pick one (Enter takes the first)</source>
        <translation>
            <numerusform>%Ln encontrado: elígelo (Enter toma el primero)</numerusform>
            <numerusform>%Ln encontrados: elige uno (Enter toma el primero)</numerusform>
        </translation>
    </message>
    <message>
        <source>Till settings</source>
        <translation>Ajustes de caja</translation>
    </message>
    <message>
        <source>Points per scan</source>
        <translation>Puntos por escaneo</translation>
    </message>
    <message>
        <source>Off, or the points each scan adds (negative: takes)</source>
        <translation>Desactivado, o los puntos que suma cada escaneo (negativo: resta)</translation>
    </message>
    <message>
        <source>the Till&apos;s settings</source>
        <translation>los ajustes de Caja</translation>
    </message>
    <message>
        <source>Settings not opened: {why}</source>
        <translation>Ajustes no abiertos: {why}</translation>
    </message>
    <message>
        <source>In use, but not saved: {why}</source>
        <translation>En uso, pero no guardado: {why}</translation>
    </message>
    <message>
        <source>Till “{desk}”</source>
        <translation>Caja «{desk}»</translation>
    </message>
    <message numerus="yes">
        <source>{problem} And %Ln more.</source>
        <translation>
            <numerusform>{problem} Y %Ln más.</numerusform>
            <numerusform>{problem} Y %Ln más.</numerusform>
        </translation>
    </message>
    <message>
        <source>rounded down</source>
        <translation>redondeo hacia abajo</translation>
    </message>
    <message>
        <source>rounded nearest</source>
        <translation>redondeo al más cercano</translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation>redondeo hacia arriba</translation>
    </message>
    <message>
        <source>1 point per {currency} spent, {rounding}</source>
        <translation>1 punto por cada {currency} gastado, {rounding}</translation>
    </message>
    <message>
        <source>{rate} points per {currency} spent, {rounding}</source>
        <translation>{rate} puntos por cada {currency} gastado, {rounding}</translation>
    </message>
    <message>
        <source>1 point per unit spent, {rounding}</source>
        <translation>1 punto por unidad gastada, {rounding}</translation>
    </message>
    <message>
        <source>{rate} points per unit spent, {rounding}</source>
        <translation>{rate} puntos por unidad gastada, {rounding}</translation>
    </message>
    <message numerus="yes">
        <source>own rules for %Ln template(s)</source>
        <translation>
            <numerusform>reglas propias para %Ln plantilla</numerusform>
            <numerusform>reglas propias para %Ln plantillas</numerusform>
        </translation>
    </message>
    <message>
        <source>scan with loyalty: {points} per scan</source>
        <translation>escaneo con fidelidad: {points} por escaneo</translation>
    </message>
    <message>
        <source>{role} · a supervisor&apos;s PIN for every change here</source>
        <translation>{role} · PIN del supervisor para cada cambio aquí</translation>
    </message>
    <message>
        <source>redeeming over {points} points</source>
        <translation>canjear más de {points} puntos</translation>
    </message>
    <message>
        <source>over {points} points on one card in an hour</source>
        <translation>más de {points} puntos en una tarjeta en una hora</translation>
    </message>
    <message>
        <source>setting a balance</source>
        <translation>fijar un saldo</translation>
    </message>
    <message>
        <source>{role} · a supervisor&apos;s PIN for {needs}</source>
        <translation>{role} · PIN del supervisor para {needs}</translation>
    </message>
    <message>
        <source>The shift&apos;s totals could not be read: {why}</source>
        <translation>No se pudieron leer los totales del turno: {why}</translation>
    </message>
    <message>
        <source>Shift closed at {when}; a new shift started.</source>
        <translation>Turno cerrado ({when}); se ha iniciado un turno nuevo.</translation>
    </message>
    <message>
        <source>Export operations</source>
        <translation>Exportar operaciones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s)</source>
        <translation>
            <numerusform>%Ln operación</numerusform>
            <numerusform>%Ln operaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Till “{desk}” · from {start} to {end}</source>
        <translation>Caja «{desk}» · de {start} a {end}</translation>
    </message>
    <message>
        <source>No operations in this shift.</source>
        <translation>No hay operaciones en este turno.</translation>
    </message>
    <message>
        <source>points issued {points}</source>
        <translation>puntos otorgados {points}</translation>
    </message>
    <message>
        <source>points redeemed {points}</source>
        <translation>puntos canjeados {points}</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Cerrar turno</translation>
    </message>
    <message>
        <source>Writing operations…</source>
        <translation>Guardando operaciones…</translation>
    </message>
    <message>
        <source>Close this shift?</source>
        <translation>¿Cerrar este turno?</translation>
    </message>
    <message>
        <source>&amp;Close shift</source>
        <translation>&amp;Cerrar turno</translation>
    </message>
    <message>
        <source>Start a new shift now</source>
        <translation>Empezar un turno nuevo ahora</translation>
    </message>
    <message>
        <source>Export the shift</source>
        <translation>Exportar el turno</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) not yet confirmed by PassEntry: counted here, and still on the way.</source>
        <translation>
            <numerusform>%Ln operación aún no confirmada por PassEntry: se cuenta aquí y sigue en camino.</numerusform>
            <numerusform>%Ln operaciones aún no confirmadas por PassEntry: se cuentan aquí y siguen en camino.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln operation(s) written to {path}; the totals to {totals}</source>
        <translation>
            <numerusform>%Ln operación guardada en {path}; los totales, en {totals}</numerusform>
            <numerusform>%Ln operaciones guardadas en {path}; los totales, en {totals}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>No se pudo escribir {path}: {why}</translation>
    </message>
    <message>
        <source>Writing the shift…</source>
        <translation>Guardando el turno…</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <source>a loyalty card</source>
        <translation>una tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>a member card</source>
        <translation>una tarjeta de socio</translation>
    </message>
    <message>
        <source>a transit pass</source>
        <translation>un abono de transporte</translation>
    </message>
    <message>
        <source>an unnamed event</source>
        <translation>un evento sin nombre</translation>
    </message>
    <message>
        <source>{event}, {day}</source>
        <comment>an event&apos;s name and day</comment>
        <translation>{event}, {day}</translation>
    </message>
    <message>
        <source>another kind of pass</source>
        <translation>otro tipo de pase</translation>
    </message>
    <message>
        <source>{time} {place} time</source>
        <comment>a time on a city&apos;s clock</comment>
        <translation>{time}, hora de {place}</translation>
    </message>
    <message>
        <source>Ticket for {event}: that event has ended</source>
        <translation>Entrada para {event}: ese evento ha terminado</translation>
    </message>
    <message>
        <source>Ticket for {event}: not yet, it starts at {time}</source>
        <translation>Entrada para {event}: aún no, empieza a las {time}</translation>
    </message>
    <message>
        <source>Ticket for {event}: not this door&apos;s event</source>
        <translation>Entrada para {event}: no es el evento de esta puerta</translation>
    </message>
    <message>
        <source>Ticket for another event</source>
        <translation>Entrada para otro evento</translation>
    </message>
    <message>
        <source>Not a ticket for this event</source>
        <translation>No es una entrada para este evento</translation>
    </message>
    <message>
        <source>Unknown pass: not a ticket for this venue</source>
        <translation>Pase desconocido: no es una entrada de este recinto</translation>
    </message>
    <message>
        <source>This pass was cancelled (deactivated)</source>
        <translation>Este pase se canceló (desactivado)</translation>
    </message>
    <message>
        <source>Cancelled: this pass was nullified</source>
        <translation>Cancelado: este pase se anuló</translation>
    </message>
    <message>
        <source>Expired on {day}</source>
        <translation>Caducó el {day}</translation>
    </message>
    <message>
        <source>{template} is not valid at this door</source>
        <translation>{template} no es válido en esta puerta</translation>
    </message>
    <message>
        <source>this kind of pass is not valid at this door</source>
        <translation>este tipo de pase no es válido en esta puerta</translation>
    </message>
    <message>
        <source>Not a ticket: this is {card}</source>
        <translation>No es una entrada: es {card}</translation>
    </message>
    <message>
        <source>Not checked in, so not checked out</source>
        <translation>No ha entrado, así que no puede salir</translation>
    </message>
    <message>
        <source>Checked out; may come back in</source>
        <translation>Ha salido; puede volver a entrar</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Ha salido</translation>
    </message>
    <message>
        <source>Doors open at {time}</source>
        <translation>Las puertas abren a las {time}</translation>
    </message>
    <message>
        <source>Doors closed at {time}</source>
        <translation>Las puertas cerraron a las {time}</translation>
    </message>
    <message>
        <source>Already admitted by {reader} at {time}</source>
        <translation>Ya entró por {reader} a las {time}</translation>
    </message>
    <message>
        <source>Already admitted at {time}</source>
        <translation>Ya entró a las {time}</translation>
    </message>
    <message>
        <source>Full: {inside} of {capacity} inside</source>
        <translation>Completo: {inside} de {capacity} dentro</translation>
    </message>
    <message>
        <source>The holder removed this pass from their wallet</source>
        <translation>El titular eliminó este pase de su cartera</translation>
    </message>
    <message>
        <source>Admitted, but the pass was removed from the wallet: check ID</source>
        <translation>Acceso permitido, pero el pase se eliminó de la cartera: comprueba el documento</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Bienvenido de nuevo</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <source>{reason}: ask staff to check this ticket</source>
        <translation>{reason}: pide al personal que revise esta entrada</translation>
    </message>
    <message>
        <source>Could not read the code: {why}</source>
        <translation>No se pudo leer el código: {why}</translation>
    </message>
    <message>
        <source>Check the guest before letting them in</source>
        <translation>Revisa al invitado antes de dejarlo pasar</translation>
    </message>
    <message>
        <source>ask staff to check this ticket</source>
        <translation>pide al personal que revise esta entrada</translation>
    </message>
    <message>
        <source>the scanner sent bytes that are not text</source>
        <translation>el escáner envió bytes que no son texto</translation>
    </message>
    <message>
        <source>{count} characters is not a pass code</source>
        <translation>{count} caracteres no son un código de pase</translation>
    </message>
    <message>
        <source>mostly control characters, not a pass code</source>
        <translation>casi todo caracteres de control, no es un código de pase</translation>
    </message>
    <message>
        <source>nothing was read</source>
        <translation>no se leyó nada</translation>
    </message>
    <message>
        <source>only a reader prefix was read</source>
        <translation>solo se leyó un prefijo del lector</translation>
    </message>
    <message>
        <source>ALSO ADMITTED ELSEWHERE</source>
        <comment>in the door&apos;s last scans list</comment>
        <translation>TAMBIÉN ENTRÓ POR OTRA PUERTA</translation>
    </message>
    <message>
        <source>Asking the validation service…</source>
        <translation>Consultando al servicio de validación…</translation>
    </message>
    <message>
        <source>Passes are still loading ({done}): check the ticket by hand</source>
        <translation>Los pases aún se están cargando ({done}): comprueba la entrada a mano</translation>
    </message>
    <message>
        <source>Passes are still loading: check the ticket by hand</source>
        <translation>Los pases aún se están cargando: comprueba la entrada a mano</translation>
    </message>
    <message>
        <source>{verdict}. This door&apos;s event is no longer in the events list: choose tonight&apos;s event above</source>
        <translation>{verdict}. El evento de esta puerta ya no está en la lista de eventos: elige arriba el evento de esta noche</translation>
    </message>
    <message>
        <source>{verdict} · {points}</source>
        <translation>{verdict} · {points}</translation>
    </message>
    <message>
        <source>Loading passes… {done}</source>
        <translation>Cargando pases… {done}</translation>
    </message>
    <message>
        <source>Loading passes…</source>
        <translation>Cargando pases…</translation>
    </message>
    <message>
        <source>Until every pass is here, a ticket not found must be checked by hand.</source>
        <translation>Hasta que estén todos los pases, una entrada no encontrada se debe comprobar a mano.</translation>
    </message>
    <message>
        <source>This door&apos;s event is no longer in the events list</source>
        <translation>El evento de esta puerta ya no está en la lista de eventos</translation>
    </message>
    <message>
        <source>Every ticket is denied until tonight&apos;s event is chosen above.</source>
        <translation>Se deniegan todas las entradas hasta que se elija arriba el evento de esta noche.</translation>
    </message>
    <message>
        <source>Scan a ticket to check it out</source>
        <translation>Escanea una entrada para registrar la salida</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>admitido</translation>
    </message>
    <message>
        <source>readmitted</source>
        <translation>readmitido</translation>
    </message>
    <message>
        <source>removed from wallet</source>
        <translation>eliminado de la cartera</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>unknown pass</source>
        <translation>pase desconocido</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>nullified</source>
        <translation>anulado</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>template not allowed</source>
        <translation>plantilla no permitida</translation>
    </message>
    <message>
        <source>not a ticket</source>
        <translation>no es una entrada</translation>
    </message>
    <message>
        <source>wrong event</source>
        <translation>otro evento</translation>
    </message>
    <message>
        <source>event ended</source>
        <translation>evento terminado</translation>
    </message>
    <message>
        <source>event not started</source>
        <translation>evento sin empezar</translation>
    </message>
    <message>
        <source>doors not open</source>
        <translation>puertas sin abrir</translation>
    </message>
    <message>
        <source>doors closed</source>
        <translation>puertas cerradas</translation>
    </message>
    <message>
        <source>already admitted</source>
        <translation>ya admitido</translation>
    </message>
    <message>
        <source>not inside</source>
        <translation>no está dentro</translation>
    </message>
    <message>
        <source>capacity reached</source>
        <translation>aforo completo</translation>
    </message>
    <message>
        <source>held</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>{time} {zone}</source>
        <comment>a time, then its time zone&apos;s abbreviation: 19:42 GMT</comment>
        <translation>{time} {zone}</translation>
    </message>
    <message>
        <source>Scan a ticket</source>
        <translation>Escanea una entrada</translation>
    </message>
    <message>
        <source>{verdict}. {name}. {message}</source>
        <translation>{verdict}. {name}. {message}</translation>
    </message>
    <message>
        <source>ADMIT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>ACCESO</translation>
    </message>
    <message>
        <source>DENY</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>DENEGADO</translation>
    </message>
    <message>
        <source>CHECK</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>REVISAR</translation>
    </message>
    <message>
        <source>EXIT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>HOLD</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>ESPERA</translation>
    </message>
    <message>
        <source>NOT RECORDED</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>NO REGISTRADO</translation>
    </message>
    <message>
        <source>READY</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>LISTO</translation>
    </message>
    <message>
        <source>LOADING</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>CARGANDO</translation>
    </message>
    <message>
        <source>NOT LOADED</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>NO CARGADO</translation>
    </message>
    <message>
        <source>NO EVENT</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>SIN EVENTO</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>DESHECHO</translation>
    </message>
    <message>
        <source>CHECKING</source>
        <comment>door verdict: one or two short words read from 2 m away</comment>
        <translation>VERIFICANDO</translation>
    </message>
    <message>
        <source>Turned away: {reason}</source>
        <translation>Rechazado: {reason}</translation>
    </message>
    <message>
        <source>Let in after the check: {reason}</source>
        <translation>Pasó tras la revisión: {reason}</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>Validation service unavailable ({error})</source>
        <translation>Servicio de validación no disponible ({error})</translation>
    </message>
    <message>
        <source>{why}: denied, as this door is set up to</source>
        <translation>{why}: denegado, según la configuración de esta puerta</translation>
    </message>
    <message>
        <source>{why}: checked offline. {verdict}</source>
        <translation>{why}: comprobado sin conexión. {verdict}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>passdesk cannot open its local database.

{problem}

Check that the data folder exists and can be written, or set PASSDESK_DATA_DIR to another folder.</source>
        <translation>passdesk no puede abrir su base de datos local.

{problem}

Comprueba que la carpeta de datos existe y se puede escribir en ella, o define PASSDESK_DATA_DIR con otra carpeta.</translation>
    </message>
    <message>
        <source>The demo sandbox could not start:
{problem}</source>
        <translation>No se pudo iniciar el entorno de pruebas de demostración:
{problem}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Unlock desk…</source>
        <translation>Desbloquear puesto…</translation>
    </message>
    <message>
        <source>This desk is locked to one pane. A supervisor&apos;s PIN unlocks it.</source>
        <translation>Este puesto está bloqueado en un panel. El PIN de un supervisor lo desbloquea.</translation>
    </message>
    <message>
        <source>the {pane}</source>
        <comment>the pane a kiosk desk is locked to</comment>
        <translation>el panel {pane}</translation>
    </message>
    <message>
        <source>Not unlocked: {problem}</source>
        <translation>No desbloqueado: {problem}</translation>
    </message>
    <message>
        <source>This desk is locked. A supervisor unlocks it with &quot;{unlock}&quot;.</source>
        <translation>Este puesto está bloqueado. Un supervisor lo desbloquea con «{unlock}».</translation>
    </message>
    <message numerus="yes">
        <source>The local data was rescued (%Ln row(s)); the damaged file is kept as {file}. Passes and events are fetched again.</source>
        <translation>
            <numerusform>Se rescataron los datos locales (%Ln fila); el archivo dañado se conserva como {file}. Los pases y eventos se vuelven a descargar.</numerusform>
            <numerusform>Se rescataron los datos locales (%Ln filas); el archivo dañado se conserva como {file}. Los pases y eventos se vuelven a descargar.</numerusform>
        </translation>
    </message>
    <message>
        <source>A fresh local store was started; the damaged file is kept as {file}. Passes and events are fetched again.</source>
        <translation>Se inició una base de datos local nueva; el archivo dañado se conserva como {file}. Los pases y eventos se vuelven a descargar.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Show the section names</source>
        <translation>Mostrar los nombres de las secciones</translation>
    </message>
    <message>
        <source>Show icons only</source>
        <translation>Mostrar solo iconos</translation>
    </message>
    <message>
        <source>{section} ({keys})</source>
        <comment>a section and its shortcut</comment>
        <translation>{section} ({keys})</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pases</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Diseñador</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Lectores</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>passdesk: local data damaged</source>
        <translation>passdesk: datos locales dañados</translation>
    </message>
    <message>
        <source>The local data file is damaged</source>
        <translation>El archivo de datos locales está dañado</translation>
    </message>
    <message>
        <source>passdesk cannot read its local data file, so it cannot start on it.

Unsent changes and door scans may still be inside. passdesk can move the file aside (it is kept, never deleted), copy what can still be read into a fresh store, and then fetch passes and events again from PassEntry.</source>
        <translation>passdesk no puede leer su archivo de datos locales, así que no puede iniciarse con él.

Puede que aún contenga cambios sin enviar y escaneos de acceso. passdesk puede apartar el archivo (se conserva, nunca se borra), copiar lo que aún se pueda leer en una base de datos local nueva y luego volver a descargar los pases y eventos de PassEntry.</translation>
    </message>
    <message>
        <source>File: {path}
SQLite says: {problem}</source>
        <translation>Archivo: {path}
SQLite dice: {problem}</translation>
    </message>
    <message>
        <source>Rescue what can be read (recommended)</source>
        <translation>Rescatar lo que se pueda leer (recomendado)</translation>
    </message>
    <message>
        <source>Start a fresh store (the old file is kept)</source>
        <translation>Empezar con una base de datos local nueva (se conserva el archivo antiguo)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Rescuing the local data…</source>
        <translation>Rescatando los datos locales…</translation>
    </message>
    <message>
        <source>This can take a minute for a large store. Please leave passdesk open.</source>
        <translation>Esto puede tardar un minuto si la base de datos es grande. Deja passdesk abierto, por favor.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Start a fresh store</source>
        <translation>Empezar con una base de datos nueva</translation>
    </message>
    <message>
        <source>Start a fresh store without rescuing?</source>
        <translation>¿Empezar con una base de datos nueva sin rescatar?</translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation>Empezar de cero</translation>
    </message>
    <message>
        <source>Unsent changes and scans in the old file are not sent. The file is kept as it is, beside {file}.</source>
        <translation>Los cambios y escaneos sin enviar del archivo antiguo no se envían. El archivo se conserva tal cual, junto a {file}.</translation>
    </message>
    <message>
        <source>Starting a fresh store…</source>
        <translation>Iniciando una base de datos local nueva…</translation>
    </message>
    <message>
        <source>A fresh store is ready</source>
        <translation>La base de datos local nueva está lista</translation>
    </message>
    <message>
        <source>The local data was rescued</source>
        <translation>Se rescataron los datos locales</translation>
    </message>
    <message>
        <source>Nothing could be rescued</source>
        <translation>No se pudo rescatar nada</translation>
    </message>
    <message>
        <source>The rescue did not finish</source>
        <translation>El rescate no terminó</translation>
    </message>
    <message>
        <source>{problem}

The damaged file was not deleted. Quit, free some space or fix the folder&apos;s permissions, and try again; or run &apos;passdesk store rescue&apos; from a terminal.</source>
        <translation>{problem}

El archivo dañado no se ha borrado. Sal, libera espacio o corrige los permisos de la carpeta y vuelve a intentarlo; o ejecuta &apos;passdesk store rescue&apos; desde un terminal.</translation>
    </message>
    <message>
        <source>Welcome to passdesk</source>
        <translation>Te damos la bienvenida a passdesk</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>Aún no hay clave de API</translation>
    </message>
    <message>
        <source>passdesk has no PassEntry API key for {server}.

Start the demo to try passdesk on a local sandbox with made-up data, or open Settings to enter the key from the PassEntry Dashboard (Developer tools).</source>
        <translation>passdesk no tiene clave de API de PassEntry para {server}.

Inicia la demostración para probar passdesk en un entorno de pruebas local con datos inventados, o abre Ajustes para introducir la clave del Dashboard de PassEntry (Developer tools).</translation>
    </message>
    <message>
        <source>On a computer without a keychain, set PASSDESK_API_KEY instead.</source>
        <translation>En un ordenador sin llavero, define PASSDESK_API_KEY en su lugar.</translation>
    </message>
    <message>
        <source>Start &amp;demo</source>
        <translation>Iniciar &amp;demostración</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Abrir &amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Demo sandbox · {address}</source>
        <translation>Entorno de pruebas (demo) · {address}</translation>
    </message>
    <message>
        <source>Local server · {address}</source>
        <translation>Servidor local · {address}</translation>
    </message>
    <message>
        <source>PassEntry API · {address}</source>
        <translation>API de PassEntry · {address}</translation>
    </message>
    <message>
        <source>Changes made here that PassEntry does not have yet. Click to see them in the Sync pane.</source>
        <translation>Cambios hechos aquí que PassEntry aún no tiene. Haz clic para verlos en el panel Sincronización.</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Espacio en disco</translation>
    </message>
    <message>
        <source>API base URL: {url}</source>
        <translation>URL base de la API: {url}</translation>
    </message>
    <message>
        <source>Last sync {time}.</source>
        <translation>Última sincronización: {time}.</translation>
    </message>
    <message>
        <source>No sync has finished yet.</source>
        <translation>Aún no ha terminado ninguna sincronización.</translation>
    </message>
    <message>
        <source>The last sync was cancelled.</source>
        <translation>La última sincronización se canceló.</translation>
    </message>
    <message>
        <source>Last attempt: {problem}</source>
        <translation>Último intento: {problem}</translation>
    </message>
    <message>
        <source>Click to open the Sync pane.</source>
        <translation>Haz clic para abrir el panel Sincronización.</translation>
    </message>
</context>
</TS>
