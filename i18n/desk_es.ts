<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionPanel</name>
    <message>
        <source>Every action below needs a second person: a supervisor approves it before anything changes. The emergency freeze is the exception.</source>
        <translation>Cada acción de abajo requiere una segunda persona: un supervisor la aprueba antes de que cambie nada. La congelación de emergencia es la excepción.</translation>
    </message>
    <message>
        <source>Protect the account</source>
        <translation>Proteger la cuenta</translation>
    </message>
    <message>
        <source>Restore access</source>
        <translation>Restablecer el acceso</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Emergency &amp;freeze…</source>
        <translation>Congelación de &amp;emergencia…</translation>
    </message>
    <message>
        <source>Emergency freeze (takes effect at once)</source>
        <translation>Congelación de emergencia (efecto inmediato)</translation>
    </message>
    <message>
        <source>Freezes the account at once; a supervisor reviews it within 30 minutes and may reverse it.</source>
        <translation>Congela la cuenta de inmediato; un supervisor lo revisa en un plazo de 30 minutos y puede revertirlo.</translation>
    </message>
    <message>
        <source>&amp;Cancel my request</source>
        <translation>&amp;Cancelar mi solicitud</translation>
    </message>
    <message>
        <source>Requests for this customer</source>
        <translation>Solicitudes para este cliente</translation>
    </message>
    <message>
        <source>No security actions requested yet.</source>
        <translation>Todavía no se han solicitado acciones de seguridad.</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>Cargando el cliente…</translation>
    </message>
    <message>
        <source>Request #%1 for this is already waiting for a supervisor.</source>
        <translation>La solicitud #%1 para esta acción ya está a la espera de un supervisor.</translation>
    </message>
    <message>
        <source>The account is already frozen.</source>
        <translation>La cuenta ya está congelada.</translation>
    </message>
    <message>
        <source>The account is not frozen.</source>
        <translation>La cuenta no está congelada.</translation>
    </message>
    <message>
        <source>Two-factor authentication is already off.</source>
        <translation>La verificación en dos pasos (2FA) ya está desactivada.</translation>
    </message>
    <message>
        <source>The customer has no active sessions.</source>
        <translation>El cliente no tiene sesiones activas.</translation>
    </message>
    <message>
        <source>Withdrawals are not locked.</source>
        <translation>Los retiros no están bloqueados.</translation>
    </message>
    <message>
        <source>Opens the request form; nothing happens until you submit it.</source>
        <translation>Abre el formulario de solicitud; no se aplica nada hasta que lo envíe.</translation>
    </message>
    <message>
        <source>%1 taken at once; a supervisor will review it.</source>
        <translation>%1: acción aplicada de inmediato; un supervisor la revisará.</translation>
    </message>
    <message>
        <source>%1 requested; waiting for a supervisor.</source>
        <translation>%1: solicitud enviada; a la espera de un supervisor.</translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>No se pudieron cargar las solicitudes: %1</translation>
    </message>
    <message>
        <source>Select one of your own pending requests.</source>
        <translation>Seleccione una de sus propias solicitudes pendientes.</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>Solicitud cancelada: %1</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>No se pudo cancelar: %1</translation>
    </message>
</context>
<context>
    <name>ActionRequestDialog</name>
    <message>
        <source>Emergency: %1</source>
        <translation>Emergencia: %1</translation>
    </message>
    <message>
        <source>Emergency: %1 now</source>
        <translation>Emergencia: %1 ahora</translation>
    </message>
    <message>
        <source>This takes effect the moment you press the button. Your reason and the action are recorded in the audit log and shown to the supervisors.</source>
        <translation>Esto se aplica en cuanto pulse el botón. Su motivo y la acción quedan guardados en el registro de auditoría y se muestran a los supervisores.</translation>
    </message>
    <message>
        <source>%1 &amp;now</source>
        <translation>%1 &amp;ahora</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Solicitud: %1</translation>
    </message>
    <message>
        <source>Nothing changes yet: a supervisor other than you must approve this request. It expires if nobody decides it in time. You can cancel it while it is pending.</source>
        <translation>Aún no cambia nada: un supervisor que no sea usted debe aprobar esta solicitud. Caduca si nadie la resuelve a tiempo. Puede cancelarla mientras esté pendiente.</translation>
    </message>
    <message>
        <source>&amp;Request approval</source>
        <translation>&amp;Solicitar aprobación</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Linked ticket:</source>
        <translation>Ticket vinculado:</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>None — the request is not linked to a ticket</source>
        <translation>Ninguno — la solicitud no está vinculada a ningún ticket</translation>
    </message>
    <message>
        <source>Lock for (&amp;hours):</source>
        <translation>Bloquear durante (&amp;horas):</translation>
    </message>
    <message>
        <source>Lock withdrawals for how many hours</source>
        <translation>Durante cuántas horas bloquear los retiros</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Rea&amp;son (required; the supervisor and the audit log see it):</source>
        <translation>&amp;Motivo (obligatorio; lo verán el supervisor y el registro de auditoría):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>What you saw and why this action is needed</source>
        <translation>Qué observó y por qué es necesaria esta acción</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be stored.</source>
        <translation>El motivo contiene caracteres que no se pueden guardar.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>%1 (emergency)</source>
        <translation>%1 (emergencia)</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <source>Recent sign-ins</source>
        <translation>Inicios de sesión recientes</translation>
    </message>
    <message>
        <source>No sign-ins in the last 30 days.</source>
        <translation>No hay inicios de sesión en los últimos 30 días.</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sesiones activas</translation>
    </message>
    <message>
        <source>No active sessions.</source>
        <translation>No hay sesiones activas.</translation>
    </message>
    <message>
        <source>Deposits and withdrawals</source>
        <translation>Depósitos y retiros</translation>
    </message>
    <message>
        <source>No recent deposits or withdrawals.</source>
        <translation>No hay depósitos ni retiros recientes.</translation>
    </message>
    <message>
        <source>Address book changes</source>
        <translation>Cambios en la libreta de direcciones</translation>
    </message>
    <message>
        <source>No address book changes.</source>
        <translation>No hay cambios en la libreta de direcciones.</translation>
    </message>
</context>
<context>
    <name>AddressBookModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Address (masked)</source>
        <translation>Dirección (enmascarada)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
</context>
<context>
    <name>AnswerTools</name>
    <message>
        <source>Macros… (Ctrl+M)</source>
        <translation>Macros… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Insert a canned reply in the customer's language</source>
        <translation>Insertar una respuesta predefinida en el idioma del cliente</translation>
    </message>
    <message>
        <source>Escalate to engineering…</source>
        <translation>Escalar a ingeniería…</translation>
    </message>
    <message>
        <source>Hand a technical problem to engineering (Ctrl+Shift+E)</source>
        <translation>Pasar un problema técnico al equipo de ingeniería (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Reply to all lin&amp;ked…</source>
        <translation>Responder a todos los &amp;vinculados…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conocimientos</translation>
    </message>
    <message>
        <source>Articles for this ticket (Ctrl+K)</source>
        <translation>Artículos para este ticket (Ctrl+K)</translation>
    </message>
    <message>
        <source>Inserted the %1 version of “%2”: it has no %3 version yet.</source>
        <translation>Se insertó la versión en %1 de “%2”: aún no tiene versión en %3.</translation>
    </message>
    <message>
        <source>Escalated, but these files were refused: %1</source>
        <translation>Escalado, pero se rechazaron estos archivos: %1</translation>
    </message>
    <message>
        <source>Escalation #%1: %2</source>
        <translation>Escalado #%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n linked ticket(s)</source>
        <translation>
            <numerusform>%n ticket vinculado</numerusform>
            <numerusform>%n tickets vinculados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo accounts: agent1, agent2, secops1, super1, admin1; password desk-demo. The authenticator codes come from the demo TOTP secret %1.</source>
        <translation>Cuentas de demostración: agent1, agent2, secops1, super1, admin1; contraseña desk-demo. Los códigos de autenticación salen del secreto TOTP de demostración %1.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in the log; you can carry on working.</source>
        <translation>Algo salió mal (%1). Los detalles están en el registro; puede seguir trabajando.</translation>
    </message>
    <message>
        <source>Starting the demo service…</source>
        <translation>Iniciando el servicio de demostración…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>The demo service could not be started: %1</source>
        <translation>No se pudo iniciar el servicio de demostración: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Requests waiting for a second person, oldest first. Emergencies already taken are on top until reviewed. Select one to see its evidence.</source>
        <translation>Solicitudes a la espera de una segunda persona, de la más antigua a la más reciente. Las emergencias ya aplicadas aparecen arriba hasta que se revisan. Seleccione una para ver sus pruebas.</translation>
    </message>
    <message>
        <source>Open security requests (read-only: supervisors decide them).</source>
        <translation>Solicitudes de seguridad abiertas (solo lectura: las deciden los supervisores).</translation>
    </message>
    <message>
        <source>Open &amp;requests</source>
        <translation>Solicitudes &amp;abiertas</translation>
    </message>
    <message>
        <source>Nothing is waiting for a decision.</source>
        <translation>No hay nada pendiente de decisión.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Reload open requests</source>
        <translation>Recargar las solicitudes abiertas</translation>
    </message>
    <message numerus="yes">
        <source>Open requests: %n.</source>
        <translation>
            <numerusform>Solicitudes abiertas: %n.</numerusform>
            <numerusform>Solicitudes abiertas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>No se pudieron cargar las solicitudes: %1</translation>
    </message>
    <message>
        <source>%1, requested by %2</source>
        <translation>%1, solicitada por %2</translation>
    </message>
    <message>
        <source>Emergency action to review</source>
        <translation>Acción de emergencia por revisar</translation>
    </message>
    <message>
        <source>New security request</source>
        <translation>Nueva solicitud de seguridad</translation>
    </message>
    <message>
        <source>New security requests</source>
        <translation>Nuevas solicitudes de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>%n requests are waiting.</source>
        <translation>
            <numerusform>%n solicitud está en espera.</numerusform>
            <numerusform>%n solicitudes están en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency review overdue</source>
        <translation>Revisión de emergencia vencida</translation>
    </message>
    <message>
        <source>An emergency action is past its review deadline.</source>
        <translation>Una acción de emergencia ha superado su plazo de revisión.</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>A&amp;ttach files…</source>
        <translation>Adjun&amp;tar archivos…</translation>
    </message>
    <message>
        <source>Attach files to this message, or drop them on the composer</source>
        <translation>Adjunte archivos a este mensaje o arrástrelos al editor</translation>
    </message>
    <message>
        <source>or drop files on the composer</source>
        <translation>o suelte archivos en el área de redacción</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>Este archivo es demasiado grande.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Archivo de texto</translation>
    </message>
    <message>
        <source>Screen recording</source>
        <translation>Grabación de pantalla</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>This file is a program or script. The desk does not accept programs, whatever their name.</source>
        <translation>Este archivo es un programa o un script. Desk no acepta programas, se llamen como se llamen.</translation>
    </message>
    <message>
        <source>This file is an archive or an Office document. Send a PDF or a screenshot instead.</source>
        <translation>Este archivo es un archivo comprimido o un documento de Office. Envíe un PDF o una captura de pantalla en su lugar.</translation>
    </message>
    <message>
        <source>The desk does not accept this type of file. Images, PDFs, text files and short screen recordings are accepted.</source>
        <translation>Desk no acepta este tipo de archivo. Se aceptan imágenes, PDF, archivos de texto y grabaciones de pantalla cortas.</translation>
    </message>
    <message>
        <source>This file is damaged, incomplete or too large to open safely.</source>
        <translation>Este archivo está dañado, incompleto o es demasiado grande para abrirlo de forma segura.</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>Este archivo es demasiado grande.</translation>
    </message>
    <message>
        <source>Too many files for one message. Send the rest with another message.</source>
        <translation>Demasiados archivos para un solo mensaje. Envíe el resto en otro mensaje.</translation>
    </message>
    <message>
        <source>A file was already sent or is not yours to send. Remove it and attach it again.</source>
        <translation>Un archivo ya se envió o no le corresponde enviarlo. Quítelo y vuelva a adjuntarlo.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ejecutada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Execution failed</source>
        <translation>Ejecución fallida</translation>
    </message>
    <message>
        <source>Emergency confirmed</source>
        <translation>Emergencia confirmada</translation>
    </message>
    <message>
        <source>Emergency reversed</source>
        <translation>Emergencia revertida</translation>
    </message>
    <message>
        <source>Previous state restored</source>
        <translation>Estado anterior restaurado</translation>
    </message>
    <message>
        <source>Reversal refused by the account system</source>
        <translation>Reversión rechazada por el sistema de cuentas</translation>
    </message>
    <message>
        <source>Sign-in ended: a session token was used twice (possible theft)</source>
        <translation>Sesión finalizada: un token de sesión se usó dos veces (posible robo)</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Revisión vencida</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>Datos personales revelados</translation>
    </message>
    <message>
        <source>Attachment downloaded</source>
        <translation>Adjunto descargado</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>campo: %1</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>emergencia</translation>
    </message>
    <message>
        <source>request #%1</source>
        <translation>solicitud #%1</translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation>ticket #%1</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>cliente #%1</translation>
    </message>
    <message>
        <source>Entry #%1, hash %2</source>
        <translation>Entrada #%1, hash %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Afecta a</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail for this customer</source>
        <translation>Registro de auditoría de este cliente</translation>
    </message>
    <message>
        <source>Audit trail for this ticket</source>
        <translation>Registro de auditoría de este ticket</translation>
    </message>
    <message>
        <source>Audit trail for the whole desk</source>
        <translation>Registro de auditoría de todo el equipo</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>&amp;Reload and verify</source>
        <translation>&amp;Recargar y verificar</translation>
    </message>
    <message>
        <source>Could not verify the audit chain: %1</source>
        <translation>No se pudo verificar la cadena de auditoría: %1</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Verificando la cadena de auditoría…</translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit chain verified: %n entries</source>
        <translation>
            <numerusform>✔ Cadena de auditoría verificada: %n entrada</numerusform>
            <numerusform>✔ Cadena de auditoría verificada: %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ CHAIN BROKEN at entry #%1 — report this to security at once</source>
        <translation>✖ CADENA ROTA en la entrada #%1 — informe a seguridad de inmediato</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n. Older ones load as you scroll down.</source>
        <translation>
            <numerusform>Entradas mostradas: %n. Las anteriores se cargan al desplazarse hacia abajo.</numerusform>
            <numerusform>Entradas mostradas: %n. Las anteriores se cargan al desplazarse hacia abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n (all of them).</source>
        <translation>
            <numerusform>Entradas mostradas: %n (todas).</numerusform>
            <numerusform>Entradas mostradas: %n (todas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the audit trail: %1</source>
        <translation>No se pudo cargar el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>Change tickets</source>
        <translation>Modificar tickets</translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected ticket(s). Each ticket keeps its own version: one that someone else changed since it was loaded is left as it is, and listed.</source>
        <translation>
            <numerusform>Modificar %n ticket seleccionado. Cada ticket conserva su propia versión: si otra persona lo modificó después de cargarse, se deja como está y se indica en la lista.</numerusform>
            <numerusform>Modificar %n tickets seleccionados. Cada ticket conserva su propia versión: los que otra persona haya modificado después de cargarse se dejan como están y se indican en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Asignado a:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Add &amp;tags:</source>
        <translation>Añadir e&amp;tiquetas:</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>&amp;Quitar etiquetas:</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Añadir etiquetas</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Quitar etiquetas</translation>
    </message>
    <message>
        <source>comma-separated, e.g. vip, refund</source>
        <translation>separadas por comas, p. ej., vip, refund</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separadas por comas</translation>
    </message>
    <message>
        <source>Also every other ticket of this view that is not loaded yet</source>
        <translation>También todos los demás tickets de esta vista que aún no se han cargado</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Apl&amp;icar</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>BulkResult</name>
    <message>
        <source>someone else changed it after it was loaded</source>
        <translation>otra persona lo modificó después de cargarse</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <source>the service refused the change</source>
        <translation>el servicio rechazó el cambio</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>%n ticket modificado.</numerusform>
            <numerusform>%n tickets modificados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had these values.</source>
        <translation>
            <numerusform>%n ya tenía estos valores.</numerusform>
            <numerusform>%n ya tenían estos valores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed.</source>
        <translation>
            <numerusform>%n no se modificó.</numerusform>
            <numerusform>%n no se modificaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the tickets after that were not sent.</source>
        <translation>Cancelado: los tickets siguientes no se enviaron.</translation>
    </message>
    <message>
        <source>Stopped: %1 The tickets after that were not sent.</source>
        <translation>Detenido: %1 Los tickets siguientes no se enviaron.</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkTriage</name>
    <message>
        <source>C&amp;hange selected…</source>
        <translation>Modificar &amp;seleccionados…</translation>
    </message>
    <message>
        <source>Assign, or change status, priority, category or tags (Ctrl+E)</source>
        <translation>Asignar o cambiar estado, prioridad, categoría o etiquetas (Ctrl+E)</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Borrar selección</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>%n ticket seleccionado</numerusform>
            <numerusform>%n tickets seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing tickets</source>
        <translation>Modificando tickets</translation>
    </message>
    <message>
        <source>Changing tickets…</source>
        <translation>Modificando tickets…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sent…</source>
        <translation>
            <numerusform>%n ticket enviado…</numerusform>
            <numerusform>%n tickets enviados…</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets changed</source>
        <translation>Tickets modificados</translation>
    </message>
    <message>
        <source>Not changed:</source>
        <translation>Sin modificar:</translation>
    </message>
</context>
<context>
    <name>CollabBar</name>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>Fusionar &amp;con…</translation>
    </message>
    <message>
        <source>Merge this ticket into another ticket of the same customer</source>
        <translation>Fusionar este ticket con otro ticket del mismo cliente</translation>
    </message>
    <message>
        <source>This ticket was merged into #%1: its conversation continues there.</source>
        <translation>Este ticket se fusionó con el #%1: la conversación continúa allí.</translation>
    </message>
    <message>
        <source>&amp;Open #%1</source>
        <translation>&amp;Abrir #%1</translation>
    </message>
    <message>
        <source>&amp;Open the ticket it was merged into</source>
        <translation>&amp;Abrir el ticket con el que se fusionó</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Re&amp;ply to customer</source>
        <translation>&amp;Responder al cliente</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <source>&amp;Message (internal note, only agents see it):</source>
        <translation>&amp;Mensaje (nota interna, solo la ven los agentes):</translation>
    </message>
    <message>
        <source>Write a note for other agents…</source>
        <translation>Escriba una nota para otros agentes…</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>&amp;Message (the customer will see it; they write in %1):</source>
        <translation>&amp;Mensaje (el cliente lo verá; escribe en %1):</translation>
    </message>
    <message>
        <source>&amp;Message (the customer will see it):</source>
        <translation>&amp;Mensaje (el cliente lo verá):</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>Escriba una respuesta al cliente…</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>Responder al cliente</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter para enviar</translation>
    </message>
    <message>
        <source>This ticket was merged into #%1, so nothing more can be sent from here. Your text is kept: copy it into #%1.</source>
        <translation>Este ticket se fusionó con el #%1, así que ya no se puede enviar nada desde aquí. Su texto se conserva: cópielo en el #%1.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>&amp;Enviar respuesta</translation>
    </message>
    <message>
        <source>The message is too long (%1 characters; at most %2).</source>
        <translation>El mensaje es demasiado largo (%1 caracteres; máximo %2).</translation>
    </message>
    <message>
        <source>Wait until the files are uploaded, or cancel them.</source>
        <translation>Espere a que se suban los archivos o cancélelos.</translation>
    </message>
    <message>
        <source>Not sent: %1 Your text is kept; send again when ready.</source>
        <translation>No enviado: %1 Su texto se conserva; vuelva a enviarlo cuando esté listo.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConversationFiles</name>
    <message>
        <source>Image not available</source>
        <translation>Imagen no disponible</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Cargando imagen…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <source>Save this file from the conversation?

Name: %1
Type: %2 (%3), found from its contents
Size: %4

The desk does not open it. Open it only if you expect it.</source>
        <translation>¿Guardar este archivo de la conversación?

Nombre: %1
Tipo: %2 (%3), según su contenido
Tamaño: %4

Desk no lo abre. Ábralo solo si lo esperaba.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The file was not saved: %1</source>
        <translation>No se guardó el archivo: %1</translation>
    </message>
    <message>
        <source>View image “%1”</source>
        <translation>Ver imagen “%1”</translation>
    </message>
    <message>
        <source>Save “%1”…</source>
        <translation>Guardar “%1”…</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>%1 · internal note</source>
        <translation>%1 · nota interna</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>&amp;Copy message text</source>
        <translation>&amp;Copiar texto del mensaje</translation>
    </message>
    <message>
        <source>Open link…</source>
        <translation>Abrir enlace…</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>&amp;Profile and risk</source>
        <translation>&amp;Perfil y riesgo</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>A&amp;ctividad</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Security actions</source>
        <translation>Acciones de &amp;seguridad</translation>
    </message>
    <message>
        <source>&amp;Who viewed this</source>
        <translation>&amp;Quién lo ha visto</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <source>Ticket audit</source>
        <translation>Auditoría del ticket</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Datos del cliente</translation>
    </message>
    <message>
        <source>ACCOUNT FROZEN</source>
        <translation>CUENTA CONGELADA</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Incident record…</source>
        <translation>Expediente de &amp;incidente…</translation>
    </message>
    <message>
        <source>The timeline of this account for the security investigation</source>
        <translation>La cronología de esta cuenta para la investigación de seguridad</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Cliente #%1</translation>
    </message>
    <message>
        <source>Customer #%1 · %2 · %3 · VIP %4</source>
        <translation>Cliente #%1 · %2 · %3 · VIP %4</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>Cargando cliente…</translation>
    </message>
    <message>
        <source>Could not load the customer: %1</source>
        <translation>No se pudo cargar el cliente: %1</translation>
    </message>
</context>
<context>
    <name>CustomerTicketsModel</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>Fusionado con el #%1</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periodos</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the figures shown for this period as a CSV file</source>
        <translation>Guardar como archivo CSV las cifras mostradas para este periodo</translation>
    </message>
    <message>
        <source>&amp;Breached now (Enter opens the ticket)</source>
        <translation>&amp;Incumplidos ahora (Enter abre el ticket)</translation>
    </message>
    <message>
        <source>Tickets past a due time now</source>
        <translation>Tickets que ya superaron un plazo</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Cargando las cifras…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>No se pudieron cargar las cifras: %1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <source>Tickets per day</source>
        <translation>Tickets por día</translation>
    </message>
    <message>
        <source>Opened %1, solved %2 in the period</source>
        <translation>En el periodo: %1 abiertos, %2 resueltos</translation>
    </message>
    <message>
        <source>Opened by category, per day</source>
        <translation>Abiertos por categoría, por día</translation>
    </message>
    <message>
        <source>Opened by category, per week</source>
        <translation>Abiertos por categoría, por semana</translation>
    </message>
    <message>
        <source>Most tickets: %1</source>
        <translation>Con más tickets: %1</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplidos</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplidos</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>Cumplimiento del SLA</translation>
    </message>
    <message>
        <source>First response %1, resolution %2</source>
        <translation>Primera respuesta %1, resolución %2</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Customer satisfaction: %1</source>
        <translation>Satisfacción del cliente: %1</translation>
    </message>
    <message>
        <source>Ratings from 1 to 5 stars: %1</source>
        <translation>Valoraciones de 1 a 5 estrellas: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Agent load</source>
        <translation>Carga de los agentes</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s): assigned tickets active, waiting for the customer and breached now; solved in the period</source>
        <translation>
            <numerusform>%n agente: tickets asignados activos, en espera del cliente e incumplidos ahora; resueltos en el periodo</numerusform>
            <numerusform>%n agentes: tickets asignados activos, en espera del cliente e incumplidos ahora; resueltos en el periodo</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend alert</source>
        <translation>Alerta de tendencia</translation>
    </message>
    <message>
        <source>desk-statistics-%1.csv</source>
        <translation>desk-estadisticas-%1.csv</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Exportar las estadísticas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Co&amp;mment (required to reject; the requester sees it):</source>
        <translation>C&amp;omentario (obligatorio para rechazar; el solicitante lo verá):</translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation>Comentario de la decisión</translation>
    </message>
    <message>
        <source>Your request — another supervisor must decide.</source>
        <translation>Su solicitud — debe decidirla otro supervisor.</translation>
    </message>
    <message>
        <source>&amp;Keep it (confirm)…</source>
        <translation>&amp;Mantener (confirmar)…</translation>
    </message>
    <message>
        <source>Re&amp;verse it…</source>
        <translation>Re&amp;vertir…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>The comment is too long.</source>
        <translation>El comentario es demasiado largo.</translation>
    </message>
    <message>
        <source>Keep the emergency %1 in place?</source>
        <translation>¿Mantener vigente la acción de emergencia “%1”?</translation>
    </message>
    <message>
        <source>The action stays in effect and the review is closed.</source>
        <translation>La acción sigue vigente y la revisión se cierra.</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Mantener</translation>
    </message>
    <message>
        <source>Approve and carry out “%1” for customer #%2 now?</source>
        <translation>¿Aprobar y ejecutar ahora “%1” para el cliente #%2?</translation>
    </message>
    <message>
        <source>&amp;Approve and carry out</source>
        <translation>&amp;Aprobar y ejecutar</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Aprobar solicitud</translation>
    </message>
    <message>
        <source>Say why you reject this request: the comment is required.</source>
        <translation>Indique por qué rechaza esta solicitud: el comentario es obligatorio.</translation>
    </message>
    <message>
        <source>Reverse the emergency %1?</source>
        <translation>¿Revertir la acción de emergencia “%1”?</translation>
    </message>
    <message>
        <source>The account goes back to how it was before the emergency action. Do this only if the action was a mistake.</source>
        <translation>La cuenta vuelve al estado que tenía antes de la acción de emergencia. Hágalo solo si la acción fue un error.</translation>
    </message>
    <message>
        <source>Reverse emergency action</source>
        <translation>Revertir acción de emergencia</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Approved, but the account system could not carry it out.</source>
        <translation>Aprobada, pero el sistema de cuentas no pudo ejecutarla.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Hecho: %1.</translation>
    </message>
    <message>
        <source>This request expired before anyone decided it.</source>
        <translation>Esta solicitud caducó antes de que nadie la resolviera.</translation>
    </message>
    <message>
        <source>Already decided by %1: %2.</source>
        <translation>Ya decidida por %1: %2.</translation>
    </message>
    <message>
        <source>Already decided: %1.</source>
        <translation>Ya decidida: %1.</translation>
    </message>
    <message>
        <source>This request changed since you opened it. Check it again before deciding.</source>
        <translation>Esta solicitud cambió desde que la abrió. Revísela de nuevo antes de decidir.</translation>
    </message>
    <message>
        <source>Approving would change nothing: the account is already in that state. Reject it instead.</source>
        <translation>Aprobarla no cambiaría nada: la cuenta ya está en ese estado. Recházela.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The user name, password or code is wrong.</source>
        <translation>El nombre de usuario, la contraseña o el código no son correctos.</translation>
    </message>
    <message>
        <source>That code has already been used. Wait for the next code in your authenticator app and try again.</source>
        <translation>Ese código ya se usó. Espere al siguiente código de su aplicación de autenticación e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Wait a few minutes, then try again.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión. Espere unos minutos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Esta cuenta está desactivada. Consulte a un administrador.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Su sesión ha finalizado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Confirm with a fresh code from your authenticator app first.</source>
        <translation>Primero confirme con un código nuevo de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>No tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>This no longer exists, or you cannot see it.</source>
        <translation>Ya no existe o no tiene permiso para verlo.</translation>
    </message>
    <message>
        <source>Someone else changed this ticket since you opened it. Reload to see their change.</source>
        <translation>Otra persona modificó este ticket desde que lo abrió. Recárguelo para ver el cambio.</translation>
    </message>
    <message>
        <source>The service refused the request as invalid.</source>
        <translation>El servicio rechazó la solicitud por no ser válida.</translation>
    </message>
    <message>
        <source>This is too long for the service to accept.</source>
        <translation>Es demasiado largo para que el servicio lo acepte.</translation>
    </message>
    <message>
        <source>This message was already sent with different text. Send it again as a new message.</source>
        <translation>Este mensaje ya se envió con otro texto. Envíelo de nuevo como un mensaje nuevo.</translation>
    </message>
    <message>
        <source>Someone else has already decided this.</source>
        <translation>Otra persona ya tomó una decisión sobre esto.</translation>
    </message>
    <message>
        <source>This request has expired.</source>
        <translation>Esta solicitud ha caducado.</translation>
    </message>
    <message>
        <source>Another agent replied to the customer meanwhile. Read their reply, then send again if yours is still needed.</source>
        <translation>Otro agente respondió al cliente mientras tanto. Lea su respuesta y, si la suya sigue haciendo falta, vuelva a enviarla.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>Un ticket no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <source>Only tickets of the same customer can be merged.</source>
        <translation>Solo se pueden fusionar tickets del mismo cliente.</translation>
    </message>
    <message>
        <source>That ticket is closed or was merged itself. Choose an open ticket.</source>
        <translation>Ese ticket está cerrado o ya se fusionó con otro. Elija un ticket abierto.</translation>
    </message>
    <message>
        <source>This ticket was already merged.</source>
        <translation>Este ticket ya se fusionó.</translation>
    </message>
    <message>
        <source>This ticket was merged into another ticket; its conversation continues there.</source>
        <translation>Este ticket se fusionó con otro; la conversación continúa allí.</translation>
    </message>
    <message>
        <source>The reply holds a placeholder in braces that the desk does not fill in. Only {customer_name}, {ticket_id} and {agent_name} are filled; correct or remove the others.</source>
        <translation>La respuesta contiene un marcador entre llaves que el sistema no rellena. Solo se rellenan {customer_name}, {ticket_id} y {agent_name}; corrija o elimine los demás.</translation>
    </message>
    <message>
        <source>The service could not be reached. Check the server address and your network.</source>
        <translation>No se pudo conectar con el servicio. Compruebe la dirección del servidor y su red.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again.</source>
        <translation>El servicio no respondió a tiempo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The service's certificate could not be verified, so the connection was not used.</source>
        <translation>No se pudo verificar el certificado del servicio, así que no se usó la conexión.</translation>
    </message>
    <message>
        <source>The service is unavailable right now. Try again in a moment.</source>
        <translation>El servicio no está disponible ahora mismo. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The service gave an answer this desk does not understand (it may be a different version).</source>
        <translation>El servicio dio una respuesta que este puesto no entiende (puede que sea de otra versión).</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Demasiadas solicitudes. Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server address sends the desk somewhere else, which the desk does not follow. Check the server address (for example https:// rather than http://).</source>
        <translation>La dirección del servidor redirige a otro sitio, y Desk no sigue redirecciones. Compruebe la dirección del servidor (por ejemplo, https:// en lugar de http://).</translation>
    </message>
    <message>
        <source>The service sent a far larger answer than expected, so the desk did not read it. Try again; if it happens again, tell your administrator.</source>
        <translation>El servicio envió una respuesta mucho más grande de lo esperado, así que Desk no la leyó. Inténtelo de nuevo; si vuelve a ocurrir, avise a su administrador.</translation>
    </message>
    <message>
        <source>This server address is not safe to use: %1</source>
        <translation>No es seguro usar esta dirección de servidor: %1</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>Error del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The service refused the request (%1).</source>
        <translation>El servicio rechazó la solicitud (%1).</translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>Compruebe: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Inténtelo de nuevo en %n segundo.</numerusform>
            <numerusform>Inténtelo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in the log.</source>
        <translation>Algo salió mal (%1). Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>Critical: funds at risk or trading halted</source>
        <translation>Crítica: fondos en riesgo o trading detenido</translation>
    </message>
    <message>
        <source>High: many customers blocked</source>
        <translation>Alta: muchos clientes bloqueados</translation>
    </message>
    <message>
        <source>Medium: some customers affected, a workaround exists</source>
        <translation>Media: algunos clientes afectados; existe una solución alternativa</translation>
    </message>
    <message>
        <source>Low: cosmetic or a single customer</source>
        <translation>Baja: problema estético o un solo cliente</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>En investigación</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>Requiere información</translation>
    </message>
    <message>
        <source>Fix in progress</source>
        <translation>Corrección en curso</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <source>Won't fix</source>
        <translation>No se corregirá</translation>
    </message>
</context>
<context>
    <name>EscalationForm</name>
    <message>
        <source>Escalate to engineering</source>
        <translation>Escalar a ingeniería</translation>
    </message>
    <message>
        <source>Escalate ticket #%1 to engineering</source>
        <translation>Escalar el ticket #%1 a ingeniería</translation>
    </message>
    <message>
        <source>Give engineers the facts they need. Every linked ticket hears about each status change as an internal note. Never paste passwords, keys or recovery phrases.</source>
        <translation>Proporcione a los ingenieros los datos que necesitan. Cada ticket vinculado recibe cada cambio de estado como nota interna. Nunca pegue contraseñas, claves ni frases de recuperación.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>Steps to &amp;reproduce:</source>
        <translation>&amp;Pasos para reproducir:</translation>
    </message>
    <message>
        <source>&amp;Tx ids:</source>
        <translation>ID de &amp;transacciones:</translation>
    </message>
    <message>
        <source>&amp;Order ids:</source>
        <translation>ID de ór&amp;denes:</translation>
    </message>
    <message>
        <source>&amp;Affected assets:</source>
        <translation>Activos &amp;afectados:</translation>
    </message>
    <message>
        <source>Other &amp;tickets (same problem):</source>
        <translation>&amp;Otros tickets (mismo problema):</translation>
    </message>
    <message>
        <source>Screenshots and &amp;logs:</source>
        <translation>&amp;Capturas de pantalla y registros:</translation>
    </message>
    <message>
        <source>What is broken, in one line</source>
        <translation>Qué falla, en una línea</translation>
    </message>
    <message>
        <source>1. …
2. …
What happened, and what should have happened</source>
        <translation>1. …
2. …
Qué ocurrió y qué debería haber ocurrido</translation>
    </message>
    <message>
        <source>Separated by spaces or commas</source>
        <translation>Separados por espacios o comas</translation>
    </message>
    <message>
        <source>e.g. USDT, BTC</source>
        <translation>p. ej., USDT, BTC</translation>
    </message>
    <message>
        <source>e.g. #1042 #1077</source>
        <translation>p. ej., #1042 #1077</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Archivos para adjuntar</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Añadir arc&amp;hivos…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>PNG or JPEG screenshots, PDF or text logs; at most %1 KB each</source>
        <translation>Capturas de pantalla PNG o JPEG, registros en PDF o texto; máximo %1 KB cada uno</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Attach screenshots or logs</source>
        <translation>Adjuntar capturas de pantalla o registros</translation>
    </message>
    <message>
        <source>Screenshots and logs (*.png *.jpg *.jpeg *.pdf *.txt *.log)</source>
        <translation>Capturas de pantalla y registros (*.png *.jpg *.jpeg *.pdf *.txt *.log)</translation>
    </message>
    <message>
        <source>At most %1 files.</source>
        <translation>Máximo %1 archivos.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 KB; at most %3 KB).</source>
        <translation>%1 es demasiado grande (%2 KB; máximo %3 KB).</translation>
    </message>
    <message>
        <source>Other tickets: write ticket numbers, e.g. #1042 #1077.</source>
        <translation>Otros tickets: escriba números de ticket, p. ej., #1042 #1077.</translation>
    </message>
    <message>
        <source>Check the field “%1”: it is empty, too long or has too many entries.</source>
        <translation>Revise el campo “%1”: está vacío, es demasiado largo o tiene demasiadas entradas.</translation>
    </message>
    <message>
        <source>Not escalated: %1 Your text is kept; try again.</source>
        <translation>No escalado: %1 Su texto se conserva; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Solicitada:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Plazo:</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket:</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>Motivo indicado:</translation>
    </message>
    <message>
        <source>Customer now:</source>
        <translation>Cliente ahora:</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>Abrir &amp;ticket</translation>
    </message>
    <message>
        <source>Customer's risk signals</source>
        <translation>Señales de riesgo del cliente</translation>
    </message>
    <message>
        <source>No risk signals in the last 30 days.</source>
        <translation>No hay señales de riesgo en los últimos 30 días.</translation>
    </message>
    <message>
        <source>Ticket &amp;conversation</source>
        <translation>&amp;Conversación del ticket</translation>
    </message>
    <message>
        <source>Ticket conversation</source>
        <translation>Conversación del ticket</translation>
    </message>
    <message>
        <source>Select a request to see its evidence.</source>
        <translation>Seleccione una solicitud para ver sus pruebas.</translation>
    </message>
    <message>
        <source>%1 — customer #%2 %3</source>
        <translation>%1 — cliente #%2 %3</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 por %2 (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>supervisor review due %1 (%2)</source>
        <translation>revisión del supervisor antes del %1 (%2)</translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation>caduca el %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No ticket is linked to this request.</source>
        <translation>No hay ningún ticket vinculado a esta solicitud.</translation>
    </message>
    <message>
        <source>account FROZEN</source>
        <translation>cuenta CONGELADA</translation>
    </message>
    <message>
        <source>account active</source>
        <translation>cuenta activa</translation>
    </message>
    <message>
        <source>2FA on</source>
        <translation>2FA activada</translation>
    </message>
    <message>
        <source>2FA OFF</source>
        <translation>2FA DESACTIVADA</translation>
    </message>
    <message>
        <source>withdrawals locked until %1</source>
        <translation>retiros bloqueados hasta el %1</translation>
    </message>
    <message>
        <source>⚠ account-takeover pattern</source>
        <translation>⚠ patrón de robo de cuenta</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
    <message>
        <source>Ticket &amp;conversation (could not load: %1)</source>
        <translation>&amp;Conversación del ticket (no se pudo cargar: %1)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Subject or #id</source>
        <translation>Asunto o #id</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Buscar tickets</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show every ticket of this view again</source>
        <translation>Volver a mostrar todos los tickets de esta vista</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Not breached</source>
        <translation>Sin incumplir</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>Seguridad de la cuenta</translation>
    </message>
    <message>
        <source>Customer ID:</source>
        <translation>ID de cliente:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>KYC:</source>
        <translation>KYC:</translation>
    </message>
    <message>
        <source>VIP tier:</source>
        <translation>Nivel VIP:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Withdrawals:</source>
        <translation>Retiros:</translation>
    </message>
    <message>
        <source>2FA:</source>
        <translation>2FA:</translation>
    </message>
    <message>
        <source>Password changed:</source>
        <translation>Cambio de contraseña:</translation>
    </message>
    <message>
        <source>Active sessions:</source>
        <translation>Sesiones activas:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>This system cannot keep revealed values out of screen recordings or screen sharing. Make sure you are not sharing your screen.</source>
        <translation>Este sistema no puede impedir que los valores revelados aparezcan en grabaciones de pantalla o al compartir pantalla. Asegúrese de no estar compartiendo su pantalla.</translation>
    </message>
    <message>
        <source>Level %1 (%2)</source>
        <translation>Nivel %1 (%2)</translation>
    </message>
    <message>
        <source>FROZEN</source>
        <translation>CONGELADA</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Locked until %1 (%2)</source>
        <translation>Bloqueados hasta el %1 (%2)</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>No bloqueados</translation>
    </message>
    <message>
        <source>On (last changed %1)</source>
        <translation>Activada (último cambio: %1)</translation>
    </message>
    <message>
        <source>OFF (last changed %1)</source>
        <translation>DESACTIVADA (último cambio: %1)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Imagen %1</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;justar</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3 · %4%</source>
        <translation>%1 × %2 px, %3 · %4 %</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>No se puede mostrar esta imagen.</translation>
    </message>
    <message>
        <source>Could not load the image: %1</source>
        <translation>No se pudo cargar la imagen: %1</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Tickets: %1</source>
        <translation>Tickets: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Could not load tickets: %1</source>
        <translation>No se pudieron cargar los tickets: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No tickets here.</source>
        <translation>No hay tickets aquí.</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>Ningún ticket coincide con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%n ticket cargado; desplácese para ver más</numerusform>
            <numerusform>%n tickets cargados; desplácese para ver más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident record — customer #%1</source>
        <translation>Expediente del incidente — cliente #%1</translation>
    </message>
    <message>
        <source>Covering the last (&amp;days):</source>
        <translation>Abarca los últimos (&amp;días):</translation>
    </message>
    <message>
        <source>Number of days the record covers</source>
        <translation>Número de días que abarca el expediente</translation>
    </message>
    <message>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <source>Nothing happened on this account in the period.</source>
        <translation>No ocurrió nada en esta cuenta durante el periodo.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the record as a PDF document (A4)</source>
        <translation>Guardar el expediente como documento PDF (A4)</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exportar &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save the record as a Markdown text file</source>
        <translation>Guardar el expediente como archivo de texto Markdown</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Incident record — customer #%1 · %2</source>
        <translation>Expediente del incidente — cliente #%1 · %2</translation>
    </message>
    <message>
        <source>Building the incident record…</source>
        <translation>Generando el expediente del incidente…</translation>
    </message>
    <message>
        <source>Some events are left out: the period holds more than one record shows. Choose fewer days.</source>
        <translation>Faltan algunos eventos: el periodo contiene más de los que caben en un expediente. Elija menos días.</translation>
    </message>
    <message>
        <source>Could not build the incident record: %1</source>
        <translation>No se pudo generar el expediente del incidente: %1</translation>
    </message>
    <message>
        <source>Export the incident record as PDF</source>
        <translation>Exportar el expediente del incidente como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the incident record as Markdown</source>
        <translation>Exportar el expediente del incidente como Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
</context>
<context>
    <name>IncidentExport</name>
    <message>
        <source>Incident record — customer #%1</source>
        <translation>Expediente del incidente — cliente #%1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>local time of the desk (%1)</source>
        <translation>hora local del puesto (%1)</translation>
    </message>
    <message>
        <source>Account now</source>
        <translation>Cuenta ahora</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Congelada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Retiros</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqueados hasta el %1</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>No bloqueados</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sesiones activas</translation>
    </message>
    <message>
        <source>Account-takeover pattern: several risk signals (new device, password or 2FA change, new withdrawal address, large withdrawal) happened within 24 hours, the latest within 72 hours.</source>
        <translation>Patrón de robo de cuenta: varias señales de riesgo (nuevo dispositivo, cambio de contraseña o de 2FA, nueva dirección de retiro, retiro elevado) ocurrieron en un plazo de 24 horas, la más reciente en las últimas 72 horas.</translation>
    </message>
    <message>
        <source>The account does not show the account-takeover pattern now.</source>
        <translation>La cuenta no muestra ahora el patrón de robo de cuenta.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Customer data is masked. Messages are shown by their first 200 characters. Revealed values are never part of this record.</source>
        <translation>Los datos del cliente están enmascarados. De los mensajes se muestran los primeros 200 caracteres. Los valores revelados nunca forman parte de este expediente.</translation>
    </message>
    <message>
        <source>The period holds more events than one record shows; choose a shorter one.</source>
        <translation>El periodo contiene más eventos de los que caben en un expediente; elija uno más corto.</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s))</source>
        <translation>
            <numerusform>Cronología (%n evento)</numerusform>
            <numerusform>Cronología (%n eventos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentWording</name>
    <message>
        <source>Risk signal: %1</source>
        <translation>Señal de riesgo: %1</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Mensaje del cliente</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Respuesta al cliente</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>Datos personales revelados</translation>
    </message>
    <message>
        <source>Ticket status changed</source>
        <translation>Estado del ticket cambiado</translation>
    </message>
    <message>
        <source>Emergency action taken: %1</source>
        <translation>Acción de emergencia aplicada: %1</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>Solicitada: %1</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Aprobada: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <source>Carried out: %1</source>
        <translation>Ejecutada: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallida: %1</translation>
    </message>
    <message>
        <source>Emergency action confirmed: %1</source>
        <translation>Acción de emergencia confirmada: %1</translation>
    </message>
    <message>
        <source>Emergency action reversed: %1</source>
        <translation>Acción de emergencia revertida: %1</translation>
    </message>
    <message>
        <source>Account restored: %1</source>
        <translation>Cuenta restaurada: %1</translation>
    </message>
    <message>
        <source>Request expired: %1</source>
        <translation>Solicitud caducada: %1</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>Solicitud cancelada: %1</translation>
    </message>
    <message>
        <source>Review overdue: %1</source>
        <translation>Revisión vencida: %1</translation>
    </message>
    <message>
        <source>Customer (%1)</source>
        <translation>Cliente (%1)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Part of a cluster of signals within 24 hours</source>
        <translation>Forma parte de un grupo de señales en 24 horas</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>Ticket #%1: %2</translation>
    </message>
    <message>
        <source>Field: %1 (the value is not part of this record)</source>
        <translation>Campo: %1 (el valor no forma parte de este expediente)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 → %3</source>
        <translation>Ticket #%1: %2 → %3</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentario: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>Solicitud #%1</translation>
    </message>
</context>
<context>
    <name>KbPanel</name>
    <message>
        <source>&amp;Search the knowledge base (any language):</source>
        <translation>&amp;Buscar en la base de conocimientos (cualquier idioma):</translation>
    </message>
    <message>
        <source>e.g. withdrawal delayed, 提现, 출금</source>
        <translation>p. ej., retiro retrasado, 提现, 출금</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Buscar en la base de conocimientos</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Article category</source>
        <translation>Categoría del artículo</translation>
    </message>
    <message>
        <source>Article categories</source>
        <translation>Categorías de artículos</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texto del artículo</translation>
    </message>
    <message>
        <source>Insert &amp;link</source>
        <translation>Insertar en&amp;lace</translation>
    </message>
    <message>
        <source>Insert te&amp;xt</source>
        <translation>Insertar &amp;texto</translation>
    </message>
    <message>
        <source>Put the article's title and help-centre link into the reply</source>
        <translation>Poner en la respuesta el título del artículo y el enlace al centro de ayuda</translation>
    </message>
    <message>
        <source>Put the article's whole text into the reply</source>
        <translation>Poner en la respuesta el texto completo del artículo</translation>
    </message>
    <message>
        <source>Finding articles for this ticket…</source>
        <translation>Buscando artículos para este ticket…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No article matches. Try other words, or another language.</source>
        <translation>Ningún artículo coincide. Pruebe con otras palabras o con otro idioma.</translation>
    </message>
    <message>
        <source>Could not load articles: %1</source>
        <translation>No se pudieron cargar los artículos: %1</translation>
    </message>
    <message>
        <source>Results for “%1”</source>
        <translation>Resultados para “%1”</translation>
    </message>
    <message>
        <source>Suggested for this ticket (%1)</source>
        <translation>Sugeridos para este ticket (%1)</translation>
    </message>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>Elija un artículo para leerlo aquí.</translation>
    </message>
    <message>
        <source>%1 · %2 · reviewed %3 by %4</source>
        <translation>%1 · %2 · revisado el %3 por %4</translation>
    </message>
    <message>
        <source>No version in %1; this is the %2 one.</source>
        <translation>No hay versión en %1; esta es la versión en %2.</translation>
    </message>
    <message>
        <source>Stale: not reviewed for a long time. Check that it is still right before you send it.</source>
        <translation>Desactualizado: no se revisa desde hace mucho tiempo. Compruebe que sigue siendo correcto antes de enviarlo.</translation>
    </message>
</context>
<context>
    <name>KbResultsModel</name>
    <message>
        <source>Stale: review overdue</source>
        <translation>Desactualizado: revisión vencida</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Desactualizado</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Security agent</source>
        <translation>Agente de seguridad</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>Trading</translation>
    </message>
    <message>
        <source>Deposits &amp; withdrawals</source>
        <translation>Depósitos y retiros</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Mis tickets</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>You will have to sign in again next time.</source>
        <translation>Tendrá que volver a iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <source>No system keyring was found.</source>
        <translation>No se encontró ningún llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keyring is turned off.</source>
        <translation>El llavero del sistema está desactivado.</translation>
    </message>
    <message>
        <source>The keyring in use keeps secrets in a file without proper protection.</source>
        <translation>El llavero en uso guarda los secretos en un archivo sin la protección adecuada.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used here.</source>
        <translation>El llavero del sistema no se puede usar aquí.</translation>
    </message>
    <message>
        <source>The keyring in use is not recommended for secrets.</source>
        <translation>No se recomienda el llavero en uso para guardar secretos.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>no iniciada</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>en revisión</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>no valid host</source>
        <translation>sin host válido</translation>
    </message>
    <message>
        <source>⚠ Look-alike of %1: this is NOT the exchange's site.</source>
        <translation>⚠ Imitación de %1: este NO es el sitio del exchange.</translation>
    </message>
    <message>
        <source>Not a web address (%1:): the desk never opens it.</source>
        <translation>No es una dirección web (%1:): Desk nunca la abre.</translation>
    </message>
    <message>
        <source>⚠ The text before “@” only looks like an address: the link goes to the host shown.</source>
        <translation>⚠ El texto antes de “@” solo parece una dirección: el enlace lleva al host indicado.</translation>
    </message>
    <message>
        <source>A bare IP address instead of a name.</source>
        <translation>Una dirección IP sin más, en lugar de un nombre.</translation>
    </message>
    <message>
        <source>Not encrypted (http).</source>
        <translation>Sin cifrar (http).</translation>
    </message>
    <message>
        <source>No valid host: the desk will not open it.</source>
        <translation>Sin host válido: Desk no lo abrirá.</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Enlace a %1</translation>
    </message>
    <message>
        <source>the exchange's own site</source>
        <translation>el sitio del propio exchange</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>¿Abrir el enlace?</translation>
    </message>
    <message>
        <source>This link is not a web address and cannot be opened.</source>
        <translation>Este enlace no es una dirección web y no se puede abrir.</translation>
    </message>
    <message>
        <source>This link comes from a message. Open it in your browser only if you trust the address below.</source>
        <translation>Este enlace procede de un mensaje. Ábralo en el navegador solo si confía en la dirección que aparece abajo.</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>Full address: %1</source>
        <translation>Dirección completa: %1</translation>
    </message>
    <message>
        <source>This address is not encrypted (http).</source>
        <translation>Esta dirección no está cifrada (http).</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>🔒 The desk is locked</source>
        <translation>🔒 El puesto está bloqueado</translation>
    </message>
    <message>
        <source>Customer data is hidden while you are away. Your open tabs and unsent text are kept. Enter the current code from your authenticator app to unlock.</source>
        <translation>Los datos de los clientes se ocultan mientras no está. Sus pestañas abiertas y el texto sin enviar se conservan. Introduzca el código actual de su aplicación de autenticación para desbloquear.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>&amp;Código de autenticación:</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Código de autenticación</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>That code is wrong. Enter the current code from your authenticator app.</source>
        <translation>El código no es correcto. Introduzca el código actual de su aplicación de autenticación.</translation>
    </message>
</context>
<context>
    <name>LoginsModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>IP (masked)</source>
        <translation>IP (enmascarada)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Nuevo dispositivo</translation>
    </message>
</context>
<context>
    <name>MacroEditor</name>
    <message>
        <source>Edit macro</source>
        <translation>Editar macro</translation>
    </message>
    <message>
        <source>New macro</source>
        <translation>Nueva macro</translation>
    </message>
    <message>
        <source>&amp;Name (agents search by it):</source>
        <translation>&amp;Nombre (los agentes buscan por él):</translation>
    </message>
    <message>
        <source>Set &amp;status:</source>
        <translation>Establecer &amp;estado:</translation>
    </message>
    <message>
        <source>Set &amp;category:</source>
        <translation>Establecer &amp;categoría:</translation>
    </message>
    <message>
        <source>Add &amp;tags (comma-separated):</source>
        <translation>Añadir e&amp;tiquetas (separadas por comas):</translation>
    </message>
    <message>
        <source>&amp;Knowledge-base article id for {kb_link}:</source>
        <translation>ID del artículo de la &amp;base de conocimientos para {kb_link}:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Dejar como está</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Placeholders: %1. English is required; it is used when the customer's language has no text.</source>
        <translation>Marcadores: %1. El inglés es obligatorio; se usa cuando no hay texto en el idioma del cliente.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Every text needs a title and a body; the name is required; at most 5 tags.</source>
        <translation>Cada texto necesita un título y un cuerpo; el nombre es obligatorio; máximo 5 etiquetas.</translation>
    </message>
    <message>
        <source>Write the English text too: it is what customers get when their language has none.</source>
        <translation>Escriba también el texto en inglés: es el que reciben los clientes cuando no hay texto en su idioma.</translation>
    </message>
    <message>
        <source>Someone else changed this macro since you opened it. Close, reopen it and make your change again (copy your text first).</source>
        <translation>Otra persona modificó esta macro desde que la abrió. Ciérrela, vuelva a abrirla y haga de nuevo su cambio (copie antes su texto).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardada: %1</translation>
    </message>
</context>
<context>
    <name>MacroManager</name>
    <message>
        <source>Manage macros</source>
        <translation>Gestionar macros</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>Macros</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n macro(s)</source>
        <translation>
            <numerusform>%n macro</numerusform>
            <numerusform>%n macros</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete macro</source>
        <translation>Eliminar macro</translation>
    </message>
    <message>
        <source>Delete “%1” for every agent?</source>
        <translation>¿Eliminar “%1” para todos los agentes?</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Loading macros…</source>
        <translation>Cargando macros…</translation>
    </message>
    <message>
        <source>Insert a macro</source>
        <translation>Insertar una macro</translation>
    </message>
    <message>
        <source>&amp;Find a macro (type to filter, arrows to choose, Enter to insert):</source>
        <translation>&amp;Buscar una macro (escriba para filtrar, flechas para elegir, Enter para insertar):</translation>
    </message>
    <message>
        <source>Find a macro</source>
        <translation>Buscar una macro</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>Macros</translation>
    </message>
    <message>
        <source>&amp;Text that will be inserted:</source>
        <translation>&amp;Texto que se insertará:</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>There are no macros yet. Supervisors add them in Desk → Manage macros.</source>
        <translation>Todavía no hay macros. Los supervisores las añaden en Escritorio → Gestionar macros.</translation>
    </message>
    <message>
        <source>Could not load macros: %1</source>
        <translation>No se pudieron cargar las macros: %1</translation>
    </message>
    <message>
        <source>No %1 version of this macro: the %2 one will be inserted.</source>
        <translation>Esta macro no tiene versión en %1: se insertará la versión en %2.</translation>
    </message>
    <message>
        <source>{customer_name} stays as written here: the service puts the customer's name in the reply it sends them, and agents see the name masked.</source>
        <translation>{customer_name} se queda tal cual aquí: el servicio pone el nombre del cliente en la respuesta que le envía, y los agentes ven el nombre enmascarado.</translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation>estado → %1</translation>
    </message>
    <message>
        <source>category → %1</source>
        <translation>categoría → %1</translation>
    </message>
    <message>
        <source>tags + %1</source>
        <translation>etiquetas + %1</translation>
    </message>
    <message>
        <source>Changes nothing else on the ticket.</source>
        <translation>No cambia nada más en el ticket.</translation>
    </message>
    <message>
        <source>Also sets: %1</source>
        <translation>También establece: %1</translation>
    </message>
</context>
<context>
    <name>MacroTableModel</name>
    <message>
        <source>Macro</source>
        <translation>Macro</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Último cambio por</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desk — Locked</source>
        <translation>Desk — Bloqueado</translation>
    </message>
    <message>
        <source>Desk — %1</source>
        <translation>Escritorio — %1</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only. %1</source>
        <translation>Los tokens se guardan en memoria solo durante esta sesión. %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>Sesión iniciada como %1 (%2) en %3</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Escritorio</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Manage &amp;macros…</source>
        <translation>Gestionar &amp;macros…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>Ticket &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>Ticket &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Open selected ticket</source>
        <translation>A&amp;brir ticket seleccionado</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>Asignar&amp;me</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Cambiar &amp;estado</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Next &amp;tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>Pestaña a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <source>○ Connecting…</source>
        <translation>○ Conectando…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En vivo</translation>
    </message>
    <message>
        <source>◌ Reconnecting…</source>
        <translation>◌ Reconectando…</translation>
    </message>
    <message>
        <source>○ Not live</source>
        <translation>○ Sin conexión en vivo</translation>
    </message>
    <message>
        <source>Live updates from the service</source>
        <translation>Actualizaciones en vivo del servicio</translation>
    </message>
    <message>
        <source>Desk audit</source>
        <translation>Auditoría del equipo</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Aprobaciones (%1)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Open the selected ticket</source>
        <translation>Abrir el ticket seleccionado</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, doble clic</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>Enviar la respuesta o la nota</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Close a ticket tab</source>
        <translation>Cerrar una pestaña de ticket</translation>
    </message>
    <message>
        <source>Middle-click the tab</source>
        <translation>Clic central en la pestaña</translation>
    </message>
    <message>
        <source>Select several tickets</source>
        <translation>Seleccionar varios tickets</translation>
    </message>
    <message>
        <source>Shift/Ctrl+click, Shift+arrows, Ctrl+A</source>
        <translation>Shift/Ctrl+clic, Shift+flechas, Ctrl+A</translation>
    </message>
    <message>
        <source>Change the selected tickets</source>
        <translation>Modificar los tickets seleccionados</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>About the desk</source>
        <translation>Acerca de Desk</translation>
    </message>
    <message>
        <source>Desk workstation, version %1</source>
        <translation>Puesto de trabajo Desk, versión %1</translation>
    </message>
    <message>
        <source>The support and security desks' workstation. Connected to %1.</source>
        <translation>El puesto de trabajo de los equipos de soporte y seguridad. Conectado a %1.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>¿Cerrar sesión?</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which signing out discards.</source>
        <translation>
            <numerusform>%n ticket tiene texto sin enviar, que se descartará al cerrar sesión.</numerusform>
            <numerusform>%n tickets tienen texto sin enviar, que se descartará al cerrar sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Sesión iniciada de nuevo.</translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation>¿Salir?</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which quitting discards.</source>
        <translation>
            <numerusform>%n ticket tiene texto sin enviar, que se descartará al salir.</numerusform>
            <numerusform>%n tickets tienen texto sin enviar, que se descartará al salir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge #%1 into another ticket</source>
        <translation>Fusionar el #%1 con otro ticket</translation>
    </message>
    <message>
        <source>Choose the ticket of the same customer to keep. The messages, notes, attachments and tags of #%1 “%2” move to it, and #%1 is closed with a link to it. This cannot be undone.</source>
        <translation>Elija el ticket del mismo cliente que se conservará. Los mensajes, notas, adjuntos y etiquetas del #%1 “%2” pasan a ese ticket, y el #%1 se cierra con un enlace a él. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Merge into selected</source>
        <translation>&amp;Fusionar con el seleccionado</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>No fusionado: %1</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message numerus="yes">
        <source>[%n attachment(s): %1]</source>
        <translation>
            <numerusform>[%n adjunto: %1]</numerusform>
            <numerusform>[%n adjuntos: %1]</numerusform>
        </translation>
    </message>
    <message>
        <source>[Longer than shown: %1 characters in all. “Copy message text” (Ctrl+C) copies all of it.]</source>
        <translation>[Más largo de lo que se muestra: %1 caracteres en total. “Copiar texto del mensaje” (Ctrl+C) lo copia completo.]</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Queued: not sent yet</source>
        <translation>En cola: aún no enviado</translation>
    </message>
    <message>
        <source>Not sent: the service refused it</source>
        <translation>No enviado: el servicio lo rechazó</translation>
    </message>
</context>
<context>
    <name>OpenRequestsModel</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>%1 — emergency, under review</source>
        <translation>%1 — emergencia, en revisión</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation>revisión: %1</translation>
    </message>
    <message>
        <source>expires: %1</source>
        <translation>caduca: %1</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Offline: %n message(s) queued, sent when the service is back</source>
        <translation>
            <numerusform>⚠ Sin conexión: %n mensaje en cola; se enviará cuando vuelva el servicio</numerusform>
            <numerusform>⚠ Sin conexión: %n mensajes en cola; se enviarán cuando vuelva el servicio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued message(s) wait for you to sign in again</source>
        <translation>
            <numerusform>%n mensaje en cola espera a que vuelva a iniciar sesión</numerusform>
            <numerusform>%n mensajes en cola esperan a que vuelva a iniciar sesión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n queued message(s)…</source>
        <translation>
            <numerusform>Enviando %n mensaje en cola…</numerusform>
            <numerusform>Enviando %n mensajes en cola…</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are kept in memory only</source>
        <translation>Los borradores solo se guardan en memoria</translation>
    </message>
    <message>
        <source>Replies and notes you send go to this computer's outbox first and are delivered in order, each exactly once.</source>
        <translation>Las respuestas y notas que envía pasan primero por la bandeja de salida de este equipo y se entregan en orden, cada una exactamente una vez.</translation>
    </message>
    <message>
        <source>Without a safe system keyring, drafts and queued messages are kept in memory only and are lost if the app closes.</source>
        <translation>Sin un llavero del sistema seguro, los borradores y los mensajes en cola solo se guardan en memoria y se pierden si se cierra la aplicación.</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>%1 is replying</source>
        <translation>%1 está respondiendo</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 está viendo el ticket</translation>
    </message>
</context>
<context>
    <name>PresenceBar</name>
    <message>
        <source>Others on this ticket</source>
        <translation>Otras personas en este ticket</translation>
    </message>
</context>
<context>
    <name>ReplyAllDialog</name>
    <message>
        <source>Reply to all linked tickets</source>
        <translation>Responder a todos los tickets vinculados</translation>
    </message>
    <message>
        <source>Escalation #%1 (%2): %3</source>
        <translation>Escalado #%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n linked ticket(s) will each get a normal reply.</source>
        <translation>
            <numerusform>%n ticket vinculado recibirá una respuesta normal.</numerusform>
            <numerusform>Cada uno de los %n tickets vinculados recibirá una respuesta normal.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Macro (each customer gets it in their language):</source>
        <translation>&amp;Macro (cada cliente la recibe en su idioma):</translation>
    </message>
    <message>
        <source>No macro: send the text below to everyone</source>
        <translation>Sin macro: enviar a todos el texto de abajo</translation>
    </message>
    <message>
        <source>&amp;Reply text:</source>
        <translation>Texto de la &amp;respuesta:</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>&amp;Send to all</source>
        <translation>&amp;Enviar a todos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n ticket(s).</source>
        <translation>
            <numerusform>Enviado a %n ticket.</numerusform>
            <numerusform>Enviado a %n tickets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent to %n ticket(s): %1 Send again to retry only those.</source>
        <translation>
            <numerusform>No se envió a %n ticket: %1 Vuelva a enviar para reintentar solo ese.</numerusform>
            <numerusform>No se envió a %n tickets: %1 Vuelva a enviar para reintentar solo esos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 Send again to retry.</source>
        <translation>No enviado: %1 Vuelva a enviar para reintentar.</translation>
    </message>
</context>
<context>
    <name>ReplyCollision</name>
    <message>
        <source>Someone else replied</source>
        <translation>Otra persona respondió</translation>
    </message>
    <message>
        <source>%1 replied to the customer since you opened this ticket. Send your reply anyway?</source>
        <translation>%1 respondió al cliente desde que usted abrió este ticket. ¿Enviar su respuesta de todos modos?</translation>
    </message>
    <message>
        <source>Their reply:</source>
        <translation>La otra respuesta:</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>Enviar de &amp;todos modos</translation>
    </message>
</context>
<context>
    <name>ReplyWarning</name>
    <message>
        <source>Something that looks like a password (after “%1”).</source>
        <translation>Algo que parece una contraseña (después de “%1”).</translation>
    </message>
    <message>
        <source>Something that looks like a one-time code (after “%1”).</source>
        <translation>Algo que parece un código de un solo uso (después de “%1”).</translation>
    </message>
    <message>
        <source>A personal-data value revealed earlier in this session: %1.</source>
        <translation>Un dato personal revelado antes en esta sesión: %1.</translation>
    </message>
    <message>
        <source>A link to %1, which is not one of the exchange's domains.</source>
        <translation>Un enlace a %1, que no es uno de los dominios del exchange.</translation>
    </message>
    <message>
        <source>Send this reply?</source>
        <translation>¿Enviar esta respuesta?</translation>
    </message>
    <message>
        <source>This reply to the customer contains something agents must never send:</source>
        <translation>Esta respuesta al cliente contiene algo que los agentes nunca deben enviar:</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>Enviar de &amp;todos modos</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Reveal %1</source>
        <translation>Revelar %1</translation>
    </message>
    <message>
        <source>Revealing the customer's %1 is recorded with your name and reason, and the customer's security team can see it. The value is shown for 30 seconds.</source>
        <translation>Revelar este dato del cliente (%1) queda registrado con su nombre y su motivo, y el equipo de seguridad de este cliente puede verlo. El valor se muestra durante 30 segundos.</translation>
    </message>
    <message>
        <source>&amp;Why do you need it? (at least 3 characters)</source>
        <translation>¿&amp;Por qué lo necesita? (mínimo 3 caracteres)</translation>
    </message>
    <message>
        <source>Reason for revealing</source>
        <translation>Motivo para revelar</translation>
    </message>
    <message>
        <source>e.g. caller verification for ticket #…</source>
        <translation>p. ej., verificación de la persona que llama, ticket #…</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Revelar</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be stored.</source>
        <translation>El motivo contiene caracteres que no se pueden guardar.</translation>
    </message>
</context>
<context>
    <name>RevealableValue</name>
    <message>
        <source>Reveal…</source>
        <translation>Revelar…</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Revelar %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1 (cleared from the clipboard in 30 s)</source>
        <translation>Copiar %1 (se borra del portapapeles en 30 s)</translation>
    </message>
    <message numerus="yes">
        <source>hides in %n s</source>
        <translation>
            <numerusform>se oculta en %n s</numerusform>
            <numerusform>se oculta en %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealsModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motivo indicado</translation>
    </message>
</context>
<context>
    <name>RiskSignalsModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>24 h cluster</source>
        <translation>Grupo 24 h</translation>
    </message>
    <message>
        <source>● clustered</source>
        <translation>● agrupada</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>RiskTimeline</name>
    <message>
        <source>Risk signals (last 30 days, oldest first)</source>
        <translation>Señales de riesgo (últimos 30 días, de la más antigua a la más reciente)</translation>
    </message>
    <message>
        <source>No risk signals in the last 30 days.</source>
        <translation>No hay señales de riesgo en los últimos 30 días.</translation>
    </message>
    <message numerus="yes">
        <source>Highlighted: %n signals that happened within 24 hours of each other.</source>
        <translation>
            <numerusform>Resaltada: %n señal ocurrida a menos de 24 horas de otra.</numerusform>
            <numerusform>Resaltadas: %n señales ocurridas a menos de 24 horas entre sí.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>%1 · from %2 · IP %3</source>
        <translation>%1 · desde %2 · IP %3</translation>
    </message>
    <message>
        <source>%1 address %2</source>
        <translation>Dirección de %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 (about %3 US dollars), %4</source>
        <translation>%1 %2 (unos %3 dólares estadounidenses), %4</translation>
    </message>
    <message>
        <source>Password reset through the email link</source>
        <translation>Contraseña restablecida con el enlace del correo</translation>
    </message>
    <message>
        <source>2FA turned on (authenticator app)</source>
        <translation>2FA activada (app de autenticación)</translation>
    </message>
    <message>
        <source>2FA moved to another device</source>
        <translation>2FA trasladada a otro dispositivo</translation>
    </message>
    <message>
        <source>2FA turned off</source>
        <translation>2FA desactivada</translation>
    </message>
    <message>
        <source>Authenticator bound to a new device</source>
        <translation>Autenticador vinculado a un nuevo dispositivo</translation>
    </message>
    <message>
        <source>Email address changed</source>
        <translation>Correo electrónico cambiado</translation>
    </message>
    <message>
        <source>2FA reset by the security desk (request #%1)</source>
        <translation>2FA restablecida por el equipo de seguridad (solicitud #%1)</translation>
    </message>
</context>
<context>
    <name>SecurityWording</name>
    <message>
        <source>Freeze account</source>
        <translation>Congelar cuenta</translation>
    </message>
    <message>
        <source>Unfreeze account</source>
        <translation>Descongelar cuenta</translation>
    </message>
    <message>
        <source>Reset 2FA</source>
        <translation>Restablecer 2FA</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>Revocar todas las sesiones</translation>
    </message>
    <message>
        <source>Lock withdrawals</source>
        <translation>Bloquear retiros</translation>
    </message>
    <message>
        <source>Unlock withdrawals</source>
        <translation>Desbloquear retiros</translation>
    </message>
    <message numerus="yes">
        <source>Lock withdrawals (%n h)</source>
        <translation>
            <numerusform>Bloquear retiros (%n h)</numerusform>
            <numerusform>Bloquear retiros (%n h)</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer can no longer sign in, trade, deposit or withdraw until the account is unfrozen. Open orders stay as they are.</source>
        <translation>El cliente ya no puede iniciar sesión, operar, depositar ni retirar hasta que se descongele la cuenta. Las órdenes abiertas se mantienen tal como están.</translation>
    </message>
    <message>
        <source>The customer can sign in, trade and withdraw again. Do this only once you are sure the person asking is the account owner.</source>
        <translation>El cliente puede volver a iniciar sesión, operar y retirar. Hágalo solo cuando esté seguro de que quien lo solicita es el titular de la cuenta.</translation>
    </message>
    <message>
        <source>Two-factor authentication is switched off, every session is signed out, and withdrawals are locked for 48 hours. The customer sets up 2FA again at the next sign-in.</source>
        <translation>Se desactiva la verificación en dos pasos, se cierran todas las sesiones y los retiros quedan bloqueados durante 48 horas. El cliente vuelve a configurar la 2FA en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Every device signed in to this account is signed out at once. The customer (or an attacker) must sign in again with password and 2FA.</source>
        <translation>Todos los dispositivos con sesión iniciada en esta cuenta se desconectan de inmediato. El cliente (o un atacante) debe volver a iniciar sesión con contraseña y 2FA.</translation>
    </message>
    <message numerus="yes">
        <source>No withdrawals can leave this account for the next %n h. Deposits and trading continue.</source>
        <translation>
            <numerusform>Ningún retiro podrá salir de esta cuenta durante la próxima %n h. Los depósitos y las operaciones continúan.</numerusform>
            <numerusform>Ningún retiro podrá salir de esta cuenta durante las próximas %n h. Los depósitos y las operaciones continúan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawals are possible again at once, to any address in the customer's address book.</source>
        <translation>Los retiros vuelven a ser posibles de inmediato, a cualquier dirección de la libreta de direcciones del cliente.</translation>
    </message>
    <message>
        <source>The account is frozen immediately, before anyone approves it. A supervisor reviews the freeze within 30 minutes and may reverse it. Use this only when funds are at risk right now.</source>
        <translation>La cuenta se congela inmediatamente, antes de que nadie lo apruebe. Un supervisor revisa la congelación en un plazo de 30 minutos y puede revertirla. Úselo solo cuando haya fondos en riesgo en este momento.</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Approved and carried out</source>
        <translation>Aprobada y ejecutada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Taken, under review</source>
        <translation>Aplicada, en revisión</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Revertida</translation>
    </message>
    <message>
        <source>Approved, being carried out</source>
        <translation>Aprobada, en ejecución</translation>
    </message>
    <message>
        <source>Reversal approved, being carried out</source>
        <translation>Reversión aprobada, en ejecución</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Nuevo dispositivo</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Restablecimiento de contraseña</translation>
    </message>
    <message>
        <source>2FA changed</source>
        <translation>Cambio de 2FA</translation>
    </message>
    <message>
        <source>New withdrawal address</source>
        <translation>Nueva dirección de retiro</translation>
    </message>
    <message>
        <source>Large withdrawal</source>
        <translation>Retiro elevado</translation>
    </message>
    <message>
        <source>Something went wrong on this workstation (%1).</source>
        <translation>Algo salió mal en este puesto (%1).</translation>
    </message>
    <message>
        <source>This request changed since you opened it. Look at it again.</source>
        <translation>Esta solicitud cambió desde que la abrió. Revísela de nuevo.</translation>
    </message>
    <message>
        <source>This request was already decided.</source>
        <translation>Esta solicitud ya se decidió.</translation>
    </message>
    <message>
        <source>This would change nothing on the account now.</source>
        <translation>Esto no cambiaría nada en la cuenta ahora mismo.</translation>
    </message>
    <message>
        <source>This request expired before anyone decided it.</source>
        <translation>Esta solicitud caducó antes de que nadie la resolviera.</translation>
    </message>
    <message>
        <source>Your own request must be decided by another supervisor.</source>
        <translation>Su propia solicitud debe decidirla otro supervisor.</translation>
    </message>
    <message>
        <source>Only protective actions can be taken as an emergency.</source>
        <translation>Solo las acciones de protección pueden aplicarse como emergencia.</translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code and try again.</source>
        <translation>Ese código ya se usó. Espere al siguiente código e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That code is not right. Check your authenticator app.</source>
        <translation>Ese código no es correcto. Revise su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>Demasiados intentos. Espere unos minutos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The account system could not carry this out.</source>
        <translation>El sistema de cuentas no pudo ejecutar esto.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Su rol no permite hacer esto.</translation>
    </message>
    <message>
        <source>It no longer exists, or you may not see it.</source>
        <translation>Ya no existe o no tiene permiso para verlo.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Su sesión ha finalizado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The desk service cannot be reached. Try again in a moment.</source>
        <translation>No se puede conectar con el servicio de Desk. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Someone changed this meanwhile. Look at it again.</source>
        <translation>Alguien lo modificó mientras tanto. Revíselo de nuevo.</translation>
    </message>
    <message>
        <source>The service refused the value of %1.</source>
        <translation>El servicio rechazó el valor de %1.</translation>
    </message>
    <message>
        <source>The service refused this (%1).</source>
        <translation>El servicio rechazó esta operación (%1).</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The system keyring could not be opened.</source>
        <translation>No se pudo abrir el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>IP (masked)</source>
        <translation>IP (enmascarada)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system's language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Dates and numbers:</source>
        <translation>Fechas y números:</translation>
    </message>
    <message>
        <source>Dates and numbers</source>
        <translation>Fechas y números</translation>
    </message>
</context>
<context>
    <name>ShortcutModel</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to the desk</source>
        <translation>Iniciar sesión en Desk</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on; your open tickets and unsent text are kept.</source>
        <translation>Su sesión ha finalizado. Vuelva a iniciar sesión para continuar; se conservan sus tickets abiertos y el texto sin enviar.</translation>
    </message>
    <message>
        <source>Sign in with your desk account and the code from your authenticator app.</source>
        <translation>Inicie sesión con su cuenta de Desk y el código de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only. %1</source>
        <translation>Los tokens se guardan en memoria solo durante esta sesión. %1</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>C&amp;ódigo:</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Código de autenticación</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation>El código de 6 dígitos de su aplicación de autenticación</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>The resolution clock is paused while the customer has to answer.</source>
        <translation>El plazo de resolución está en pausa mientras el cliente tiene que responder.</translation>
    </message>
    <message>
        <source>The service target was missed.</source>
        <translation>Se incumplió el objetivo de servicio.</translation>
    </message>
    <message>
        <source>No service target is running.</source>
        <translation>No hay ningún objetivo de servicio en curso.</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>%1 was due at %2: overdue.</source>
        <translation>%1: plazo hasta %2; vencido.</translation>
    </message>
    <message>
        <source>%1 due at %2: due soon.</source>
        <translation>%1: plazo hasta %2; vence pronto.</translation>
    </message>
    <message>
        <source>%1 due at %2.</source>
        <translation>%1: plazo hasta %2.</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Confirm it's you</source>
        <translation>Confirme su identidad</translation>
    </message>
    <message>
        <source>🔒 Confirm it's you</source>
        <translation>🔒 Confirme su identidad</translation>
    </message>
    <message>
        <source>Enter the current code from your authenticator app. What you typed is kept: the step continues by itself once the code is accepted.</source>
        <translation>Escriba el código actual de su aplicación de autenticación. Lo que había escrito se conserva: el paso continúa automáticamente en cuanto se acepte el código.</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>&amp;Código de autenticación:</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Código de autenticación</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>Con&amp;firmar</translation>
    </message>
</context>
<context>
    <name>SystemNotes</name>
    <message>
        <source>a wallet recovery phrase</source>
        <translation>una frase de recuperación de billetera</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>una clave privada</translation>
    </message>
    <message>
        <source>a payment card number</source>
        <translation>un número de tarjeta de pago</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>The customer sent what looks like %1. The desk removed it before storing the message, so no one here can see it. Tell the customer that anyone who saw it can take their funds: they must move their funds to a new wallet with a new recovery phrase now (or cancel the card), and that support will never ask for it.</source>
        <translation>El cliente envió lo que parece %1. Desk lo eliminó antes de guardar el mensaje, así que nadie aquí puede verlo. Dígale al cliente que cualquiera que lo haya visto puede llevarse sus fondos: debe mover sus fondos ahora a una billetera nueva con una frase de recuperación nueva (o cancelar la tarjeta), y que el soporte nunca se lo pedirá.</translation>
    </message>
    <message>
        <source>Auto-acknowledgement sent to the customer.</source>
        <translation>Acuse de recibo automático enviado al cliente.</translation>
    </message>
    <message>
        <source>Escalated to engineering by %1 as #%2 (%3): %4</source>
        <translation>Escalado a ingeniería por %1 como #%2 (%3): %4</translation>
    </message>
    <message>
        <source>Linked by %1 to engineering escalation #%2 (%3): %4. Status: %5</source>
        <translation>Vinculado por %1 a la escalación a ingeniería #%2 (%3): %4. Estado: %5</translation>
    </message>
    <message>
        <source>Engineering escalation #%1 is now: %2. Engineering's note: %3</source>
        <translation>La escalación a ingeniería #%1 está ahora: %2. Nota de ingeniería: %3</translation>
    </message>
    <message>
        <source>Engineering escalation #%1 is now: %2</source>
        <translation>La escalación a ingeniería #%1 está ahora: %2</translation>
    </message>
</context>
<context>
    <name>TakeoverBanner</name>
    <message>
        <source>⚠ Account-takeover pattern</source>
        <translation>⚠ Patrón de robo de cuenta</translation>
    </message>
    <message>
        <source>Several risk signals (new device, password or 2FA change, new withdrawal address, large withdrawal) happened within 24 hours. Verify the caller before changing anything for them.</source>
        <translation>Varias señales de riesgo (nuevo dispositivo, cambio de contraseña o de 2FA, nueva dirección de retiro, retiro elevado) ocurrieron en un plazo de 24 horas. Verifique la identidad de quien llama antes de cambiar nada a petición suya.</translation>
    </message>
    <message>
        <source>Emergency &amp;freeze…</source>
        <translation>Congelación de &amp;emergencia…</translation>
    </message>
    <message>
        <source>Emergency freeze (takes effect at once)</source>
        <translation>Congelación de emergencia (efecto inmediato)</translation>
    </message>
</context>
<context>
    <name>TicketControls</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Assign&amp;ee:</source>
        <translation>&amp;Asignado a:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Asignarme</translation>
    </message>
    <message>
        <source>Assign this ticket to yourself (Ctrl+Shift+A)</source>
        <translation>Asignarme este ticket (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>separadas, por, comas</translation>
    </message>
    <message>
        <source>Press Enter to save the tags</source>
        <translation>Presione Enter para guardar las etiquetas</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <source>Loading ticket…</source>
        <translation>Cargando ticket…</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>asignado a %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>This customer's account shows the account-takeover pattern right now. Check the security panel before acting on any request.</source>
        <translation>La cuenta de este cliente muestra ahora mismo el patrón de robo de cuenta. Revise el panel de seguridad antes de atender cualquier solicitud.</translation>
    </message>
    <message>
        <source>⚠ Customer exposed a secret: they sent a recovery phrase, private key or card number. The desk removed it before storing the message. Read the internal note: tell the customer to move their funds to a new wallet now.</source>
        <translation>⚠ El cliente expuso un secreto: envió una frase de recuperación, una clave privada o un número de tarjeta. Desk lo eliminó antes de guardar el mensaje. Lea la nota interna: indique al cliente que traslade sus fondos a una billetera nueva de inmediato.</translation>
    </message>
    <message>
        <source>Customer rating: %1 (%2 of 5)</source>
        <translation>Valoración del cliente: %1 (%2 de 5)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>SLA: %1 — %2</source>
        <translation>SLA: %1 — %2</translation>
    </message>
</context>
<context>
    <name>TicketHistoryView</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Subject or #number</source>
        <translation>Asunto o #número</translation>
    </message>
    <message>
        <source>Find in the customer's tickets</source>
        <translation>Buscar en los tickets del cliente</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>The customer's tickets</source>
        <translation>Tickets del cliente</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Could not load the tickets: %1</source>
        <translation>No se pudieron cargar los tickets: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No tickets match.</source>
        <translation>Ningún ticket coincide.</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>No hay tickets.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%n ticket cargado; desplácese para ver más</numerusform>
            <numerusform>%n tickets cargados; desplácese para ver más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketTab</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Discard the unsent message</source>
        <translation>&amp;Descartar el mensaje no enviado</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Its messages, notes and files moved to #%1 with the merge.</source>
        <translation>Sus mensajes, notas y archivos pasaron al #%1 con la fusión.</translation>
    </message>
    <message>
        <source>This ticket no longer exists, or you can no longer see it.</source>
        <translation>Este ticket ya no existe o ya no tiene acceso a él.</translation>
    </message>
    <message>
        <source>Could not load this ticket: %1</source>
        <translation>No se pudo cargar este ticket: %1</translation>
    </message>
    <message>
        <source>Someone else changed this ticket since you last saw it, so your change was not saved. Reload to see their change, then decide again.</source>
        <translation>Otra persona modificó este ticket desde la última vez que lo vio, por lo que su cambio no se guardó. Recargue para ver ese cambio y decida de nuevo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>A queued message was not sent: %1 It stays in the conversation, marked as not sent: copy it from there, or select it and press Delete to discard it.</source>
        <translation>Un mensaje en cola no se envió: %1 Sigue en la conversación, marcado como no enviado: cópielo desde allí, o selecciónelo y pulse Supr para descartarlo.</translation>
    </message>
    <message>
        <source>Discard the unsent message?</source>
        <translation>¿Descartar el mensaje no enviado?</translation>
    </message>
    <message>
        <source>The service refused this message, so it was never sent. Discard it from this computer?</source>
        <translation>El servicio rechazó este mensaje, así que nunca se envió. ¿Descartarlo de este equipo?</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>Fusionado con el #%1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Secret exposed: %1</source>
        <translation>Secreto expuesto: %1</translation>
    </message>
</context>
<context>
    <name>TicketTabs</name>
    <message>
        <source>Discard unsent text?</source>
        <translation>¿Descartar el texto sin enviar?</translation>
    </message>
    <message>
        <source>The reply you were writing in %1 has not been sent. Close the tab and discard it?</source>
        <translation>La respuesta que estaba escribiendo en %1 no se ha enviado. ¿Cerrar la pestaña y descartarla?</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tx hash</source>
        <translation>Hash de la tx</translation>
    </message>
    <message>
        <source>Address (masked)</source>
        <translation>Dirección (enmascarada)</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Retiro</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
</context>
<context>
    <name>WhoViewedTab</name>
    <message>
        <source>Every time someone on the desk revealed this customer's personal data.</source>
        <translation>Cada vez que alguien del equipo reveló datos personales de este cliente.</translation>
    </message>
    <message>
        <source>Who viewed this</source>
        <translation>Quién lo ha visto</translation>
    </message>
    <message>
        <source>Nobody has revealed this customer's data.</source>
        <translation>Nadie ha revelado datos de este cliente.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Reload who viewed this</source>
        <translation>Recargar quién lo ha visto</translation>
    </message>
    <message numerus="yes">
        <source>Reveals recorded: %n.</source>
        <translation>
            <numerusform>Revelaciones registradas: %n.</numerusform>
            <numerusform>Revelaciones registradas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>aún no hay valoraciones</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 5 from %n rating(s)</source>
        <translation>
            <numerusform>%1 de 5 con %n valoración</numerusform>
            <numerusform>%1 de 5 con %n valoraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals waiting: %1, the oldest for %2</source>
        <translation>Aprobaciones en espera: %1; la más antigua, desde hace %2</translation>
    </message>
    <message>
        <source>Approvals waiting: none</source>
        <translation>Aprobaciones en espera: ninguna</translation>
    </message>
    <message>
        <source>Backlog: %1</source>
        <translation>Pendientes: %1</translation>
    </message>
    <message>
        <source>Breached now: %1</source>
        <translation>Incumplidos ahora: %1</translation>
    </message>
    <message>
        <source>Median first response: %1</source>
        <translation>Mediana de primera respuesta: %1</translation>
    </message>
    <message>
        <source>Median resolution: %1</source>
        <translation>Mediana de resolución: %1</translation>
    </message>
    <message>
        <source>CSAT: %1</source>
        <translation>CSAT: %1</translation>
    </message>
    <message>
        <source>%1 is rising: %2 tickets in the last hour, usually %3.</source>
        <translation>%1 está aumentando: %2 tickets en la última hora; lo habitual es %3.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Por ejemplo: %1</translation>
    </message>
    <message>
        <source>Tickets per day (UTC)</source>
        <translation>Tickets por día (UTC)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <source>SLA attainment (tickets opened in the period)</source>
        <translation>Cumplimiento del SLA (tickets abiertos en el periodo)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplidos</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplidos</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>% de cumplimiento</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Breached now</source>
        <translation>Incumplidos ahora</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Tiempos de respuesta</translation>
    </message>
    <message>
        <source>Median first response (seconds)</source>
        <translation>Mediana de primera respuesta (segundos)</translation>
    </message>
    <message>
        <source>Median resolution (seconds)</source>
        <translation>Mediana de resolución (segundos)</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Satisfacción del cliente</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>Agent load</source>
        <translation>Carga de los agentes</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Solved in period</source>
        <translation>Resueltos en el periodo</translation>
    </message>
    <message>
        <source>Backlog now</source>
        <translation>Pendientes ahora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Oldest (seconds)</source>
        <translation>Más antigua (segundos)</translation>
    </message>
    <message>
        <source>Median age (seconds)</source>
        <translation>Antigüedad mediana (segundos)</translation>
    </message>
    <message>
        <source>Trend alerts</source>
        <translation>Alertas de tendencia</translation>
    </message>
    <message>
        <source>Raised at (UTC)</source>
        <translation>Emitida (UTC)</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Habitual</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Upload of %1</source>
        <translation>Subida de %1</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Subiendo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the upload of %1</source>
        <translation>Cancelar la subida de %1</translation>
    </message>
    <message>
        <source>%1, %2 — goes with this message</source>
        <translation>%1, %2 — se enviará con este mensaje</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>No adjuntado: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
</TS>
