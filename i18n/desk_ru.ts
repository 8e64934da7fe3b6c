<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ActionPanel</name>
    <message>
        <source>Every action below needs a second person: a supervisor approves it before anything changes. The emergency freeze is the exception.</source>
        <translation>Каждое действие ниже требует участия второго человека: супервайзер одобряет его до того, как что-то изменится. Исключение — экстренная заморозка.</translation>
    </message>
    <message>
        <source>Protect the account</source>
        <translation>Защита аккаунта</translation>
    </message>
    <message>
        <source>Restore access</source>
        <translation>Восстановление доступа</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Emergency &amp;freeze…</source>
        <translation>&amp;Экстренная заморозка…</translation>
    </message>
    <message>
        <source>Emergency freeze (takes effect at once)</source>
        <translation>Экстренная заморозка (действует сразу)</translation>
    </message>
    <message>
        <source>Freezes the account at once; a supervisor reviews it within 30 minutes and may reverse it.</source>
        <translation>Аккаунт замораживается сразу; супервайзер проверит заморозку в течение 30 минут и может её отменить.</translation>
    </message>
    <message>
        <source>&amp;Cancel my request</source>
        <translation>&amp;Отменить мой запрос</translation>
    </message>
    <message>
        <source>Requests for this customer</source>
        <translation>Запросы по этому клиенту</translation>
    </message>
    <message>
        <source>No security actions requested yet.</source>
        <translation>Действия безопасности пока не запрашивались.</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>Загрузка данных клиента…</translation>
    </message>
    <message>
        <source>Request #%1 for this is already waiting for a supervisor.</source>
        <translation>Запрос #%1 на это действие уже ждёт решения супервайзера.</translation>
    </message>
    <message>
        <source>The account is already frozen.</source>
        <translation>Аккаунт уже заморожен.</translation>
    </message>
    <message>
        <source>The account is not frozen.</source>
        <translation>Аккаунт не заморожен.</translation>
    </message>
    <message>
        <source>Two-factor authentication is already off.</source>
        <translation>Двухфакторная аутентификация уже отключена.</translation>
    </message>
    <message>
        <source>The customer has no active sessions.</source>
        <translation>У клиента нет активных сеансов.</translation>
    </message>
    <message>
        <source>Withdrawals are not locked.</source>
        <translation>Вывод средств не заблокирован.</translation>
    </message>
    <message>
        <source>Opens the request form; nothing happens until you submit it.</source>
        <translation>Открывает форму запроса; пока вы её не отправите, ничего не изменится.</translation>
    </message>
    <message>
        <source>%1 taken at once; a supervisor will review it.</source>
        <translation>Выполнено сразу: %1. Супервайзер проверит это действие.</translation>
    </message>
    <message>
        <source>%1 requested; waiting for a supervisor.</source>
        <translation>Запрошено: %1. Ожидает решения супервайзера.</translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>Не удалось загрузить запросы: %1</translation>
    </message>
    <message>
        <source>Select one of your own pending requests.</source>
        <translation>Выберите один из своих ожидающих запросов.</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>Запрос отменён: %1</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>Не удалось отменить: %1</translation>
    </message>
</context>
<context>
    <name>ActionRequestDialog</name>
    <message>
        <source>Emergency: %1</source>
        <translation>Экстренно: %1</translation>
    </message>
    <message>
        <source>Emergency: %1 now</source>
        <translation>Экстренно: %1 сейчас</translation>
    </message>
    <message>
        <source>This takes effect the moment you press the button. Your reason and the action are recorded in the audit log and shown to the supervisors.</source>
        <translation>Действие вступит в силу в момент нажатия кнопки. Причина и само действие записываются в журнал аудита и видны супервайзерам.</translation>
    </message>
    <message>
        <source>%1 &amp;now</source>
        <translation>%1 &amp;сейчас</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Запрос: %1</translation>
    </message>
    <message>
        <source>Nothing changes yet: a supervisor other than you must approve this request. It expires if nobody decides it in time. You can cancel it while it is pending.</source>
        <translation>Пока ничего не меняется: запрос должен одобрить другой супервайзер (не вы). Если решение не примут вовремя, срок запроса истечёт. Пока запрос ожидает решения, его можно отменить.</translation>
    </message>
    <message>
        <source>&amp;Request approval</source>
        <translation>&amp;Запросить одобрение</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Linked ticket:</source>
        <translation>Связанный тикет:</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>None — the request is not linked to a ticket</source>
        <translation>Нет — запрос не привязан к тикету</translation>
    </message>
    <message>
        <source>Lock for (&amp;hours):</source>
        <translation>Срок блокировки, &amp;часов:</translation>
    </message>
    <message>
        <source>Lock withdrawals for how many hours</source>
        <translation>На сколько часов заблокировать вывод средств</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Rea&amp;son (required; the supervisor and the audit log see it):</source>
        <translation>&amp;Причина (обязательно; её увидят супервайзер и журнал аудита):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>What you saw and why this action is needed</source>
        <translation>Что вы обнаружили и почему нужно это действие</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be stored.</source>
        <translation>Причина содержит символы, которые нельзя сохранить.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Автор запроса</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>%1 (emergency)</source>
        <translation>%1 (экстренно)</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <source>Recent sign-ins</source>
        <translation>Недавние входы</translation>
    </message>
    <message>
        <source>No sign-ins in the last 30 days.</source>
        <translation>За последние 30 дней входов не было.</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Активные сеансы</translation>
    </message>
    <message>
        <source>No active sessions.</source>
        <translation>Активных сеансов нет.</translation>
    </message>
    <message>
        <source>Deposits and withdrawals</source>
        <translation>Пополнения и выводы</translation>
    </message>
    <message>
        <source>No recent deposits or withdrawals.</source>
        <translation>Недавних пополнений и выводов нет.</translation>
    </message>
    <message>
        <source>Address book changes</source>
        <translation>Изменения адресной книги</translation>
    </message>
    <message>
        <source>No address book changes.</source>
        <translation>Изменений адресной книги нет.</translation>
    </message>
</context>
<context>
    <name>AddressBookModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Address (masked)</source>
        <translation>Адрес (скрыт)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалён</translation>
    </message>
</context>
<context>
    <name>AnswerTools</name>
    <message>
        <source>Macros… (Ctrl+M)</source>
        <translation>Макросы… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Insert a canned reply in the customer's language</source>
        <translation>Вставить шаблон ответа на языке клиента</translation>
    </message>
    <message>
        <source>Escalate to engineering…</source>
        <translation>Эскалировать инженерам…</translation>
    </message>
    <message>
        <source>Hand a technical problem to engineering (Ctrl+Shift+E)</source>
        <translation>Передать техническую проблему инженерам (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Reply to all lin&amp;ked…</source>
        <translation>Ответить всем с&amp;вязанным…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Articles for this ticket (Ctrl+K)</source>
        <translation>Статьи по этому тикету (Ctrl+K)</translation>
    </message>
    <message>
        <source>Inserted the %1 version of “%2”: it has no %3 version yet.</source>
        <translation>Вставлен вариант «%2» на языке %1: варианта на языке %3 пока нет.</translation>
    </message>
    <message>
        <source>Escalated, but these files were refused: %1</source>
        <translation>Эскалация создана, но эти файлы отклонены: %1</translation>
    </message>
    <message>
        <source>Escalation #%1: %2</source>
        <translation>Эскалация #%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n linked ticket(s)</source>
        <translation>
            <numerusform>%n связанный тикет</numerusform>
            <numerusform>%n связанных тикета</numerusform>
            <numerusform>%n связанных тикетов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo accounts: agent1, agent2, secops1, super1, admin1; password desk-demo. The authenticator codes come from the demo TOTP secret %1.</source>
        <translation>Демо-аккаунты: agent1, agent2, secops1, super1, admin1; пароль desk-demo. Коды аутентификатора генерируются из демо-секрета TOTP %1.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in the log; you can carry on working.</source>
        <translation>Что-то пошло не так (%1). Подробности — в журнале; можно продолжать работу.</translation>
    </message>
    <message>
        <source>Starting the demo service…</source>
        <translation>Запуск демо-сервиса…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>The demo service could not be started: %1</source>
        <translation>Не удалось запустить демо-сервис: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Requests waiting for a second person, oldest first. Emergencies already taken are on top until reviewed. Select one to see its evidence.</source>
        <translation>Запросы, ожидающие второго человека, — сначала старые. Уже выполненные экстренные действия находятся вверху, пока их не проверят. Выберите запрос, чтобы увидеть материалы по нему.</translation>
    </message>
    <message>
        <source>Open security requests (read-only: supervisors decide them).</source>
        <translation>Открытые запросы безопасности (только просмотр: решения принимают супервайзеры).</translation>
    </message>
    <message>
        <source>Open &amp;requests</source>
        <translation>Открытые &amp;запросы</translation>
    </message>
    <message>
        <source>Nothing is waiting for a decision.</source>
        <translation>Нет запросов, ожидающих решения.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <source>Reload open requests</source>
        <translation>Обновить открытые запросы</translation>
    </message>
    <message numerus="yes">
        <source>Open requests: %n.</source>
        <translation>
            <numerusform>Открытых запросов: %n.</numerusform>
            <numerusform>Открытых запросов: %n.</numerusform>
            <numerusform>Открытых запросов: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>Не удалось загрузить запросы: %1</translation>
    </message>
    <message>
        <source>%1, requested by %2</source>
        <translation>%1 — автор запроса: %2</translation>
    </message>
    <message>
        <source>Emergency action to review</source>
        <translation>Экстренное действие ждёт проверки</translation>
    </message>
    <message>
        <source>New security request</source>
        <translation>Новый запрос безопасности</translation>
    </message>
    <message>
        <source>New security requests</source>
        <translation>Новые запросы безопасности</translation>
    </message>
    <message numerus="yes">
        <source>%n requests are waiting.</source>
        <translation>
            <numerusform>%n запрос ожидает решения.</numerusform>
            <numerusform>%n запроса ожидают решения.</numerusform>
            <numerusform>%n запросов ожидают решения.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency review overdue</source>
        <translation>Проверка экстренного действия просрочена</translation>
    </message>
    <message>
        <source>An emergency action is past its review deadline.</source>
        <translation>Срок проверки экстренного действия истёк.</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>A&amp;ttach files…</source>
        <translation>Прикрепить &amp;файлы…</translation>
    </message>
    <message>
        <source>Attach files to this message, or drop them on the composer</source>
        <translation>Прикрепите файлы к этому сообщению или перетащите их в поле ввода</translation>
    </message>
    <message>
        <source>or drop files on the composer</source>
        <translation>или перетащите файлы в поле ввода</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>Файл слишком большой.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Текстовый файл</translation>
    </message>
    <message>
        <source>Screen recording</source>
        <translation>Запись экрана</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>This file is a program or script. The desk does not accept programs, whatever their name.</source>
        <translation>Это программа или скрипт. Desk не принимает программы, как бы ни назывался файл.</translation>
    </message>
    <message>
        <source>This file is an archive or an Office document. Send a PDF or a screenshot instead.</source>
        <translation>Это архив или документ Office. Отправьте вместо него PDF или скриншот.</translation>
    </message>
    <message>
        <source>The desk does not accept this type of file. Images, PDFs, text files and short screen recordings are accepted.</source>
        <translation>Desk не принимает файлы этого типа. Допускаются изображения, PDF, текстовые файлы и короткие записи экрана.</translation>
    </message>
    <message>
        <source>This file is damaged, incomplete or too large to open safely.</source>
        <translation>Файл повреждён, неполон или слишком велик, чтобы безопасно его открыть.</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>Файл слишком большой.</translation>
    </message>
    <message>
        <source>Too many files for one message. Send the rest with another message.</source>
        <translation>Слишком много файлов для одного сообщения. Отправьте остальные в другом сообщении.</translation>
    </message>
    <message>
        <source>A file was already sent or is not yours to send. Remove it and attach it again.</source>
        <translation>Один из файлов уже отправлен или вы не можете его отправить. Удалите его и прикрепите заново.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <source>Execution failed</source>
        <translation>Ошибка выполнения</translation>
    </message>
    <message>
        <source>Emergency confirmed</source>
        <translation>Экстренное действие подтверждено</translation>
    </message>
    <message>
        <source>Emergency reversed</source>
        <translation>Откат экстренного действия</translation>
    </message>
    <message>
        <source>Previous state restored</source>
        <translation>Прежнее состояние восстановлено</translation>
    </message>
    <message>
        <source>Reversal refused by the account system</source>
        <translation>Система аккаунтов отказала в откате</translation>
    </message>
    <message>
        <source>Sign-in ended: a session token was used twice (possible theft)</source>
        <translation>Вход завершён: токен сеанса использован дважды (возможна кража)</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Проверка просрочена</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>Просмотр персональных данных</translation>
    </message>
    <message>
        <source>Attachment downloaded</source>
        <translation>Вложение скачано</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>поле: %1</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>экстренно</translation>
    </message>
    <message>
        <source>request #%1</source>
        <translation>запрос #%1</translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation>тикет #%1</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>клиент #%1</translation>
    </message>
    <message>
        <source>Entry #%1, hash %2</source>
        <translation>Запись #%1, хеш %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail for this customer</source>
        <translation>Журнал аудита по клиенту</translation>
    </message>
    <message>
        <source>Audit trail for this ticket</source>
        <translation>Журнал аудита по тикету</translation>
    </message>
    <message>
        <source>Audit trail for the whole desk</source>
        <translation>Общий журнал аудита</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Записей пока нет.</translation>
    </message>
    <message>
        <source>&amp;Reload and verify</source>
        <translation>&amp;Обновить и проверить</translation>
    </message>
    <message>
        <source>Could not verify the audit chain: %1</source>
        <translation>Не удалось проверить цепочку аудита: %1</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Проверка цепочки аудита…</translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit chain verified: %n entries</source>
        <translation>
            <numerusform>✔ Цепочка аудита проверена: %n запись</numerusform>
            <numerusform>✔ Цепочка аудита проверена: %n записи</numerusform>
            <numerusform>✔ Цепочка аудита проверена: %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ CHAIN BROKEN at entry #%1 — report this to security at once</source>
        <translation>✖ ЦЕПОЧКА НАРУШЕНА на записи #%1 — немедленно сообщите в службу безопасности</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n. Older ones load as you scroll down.</source>
        <translation>
            <numerusform>Показано записей: %n. Более старые подгружаются при прокрутке вниз.</numerusform>
            <numerusform>Показано записей: %n. Более старые подгружаются при прокрутке вниз.</numerusform>
            <numerusform>Показано записей: %n. Более старые подгружаются при прокрутке вниз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n (all of them).</source>
        <translation>
            <numerusform>Показано записей: %n (все).</numerusform>
            <numerusform>Показано записей: %n (все).</numerusform>
            <numerusform>Показано записей: %n (все).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the audit trail: %1</source>
        <translation>Не удалось загрузить журнал аудита: %1</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>Change tickets</source>
        <translation>Изменение тикетов</translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected ticket(s). Each ticket keeps its own version: one that someone else changed since it was loaded is left as it is, and listed.</source>
        <translation>
            <numerusform>Изменить %n выбранный тикет. У каждого тикета своя версия: тикет, который кто-то другой изменил после загрузки, останется без изменений и попадёт в список.</numerusform>
            <numerusform>Изменить %n выбранных тикета. У каждого тикета своя версия: тикет, который кто-то другой изменил после загрузки, останется без изменений и попадёт в список.</numerusform>
            <numerusform>Изменить %n выбранных тикетов. У каждого тикета своя версия: тикет, который кто-то другой изменил после загрузки, останется без изменений и попадёт в список.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Add &amp;tags:</source>
        <translation>&amp;Добавить теги:</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>&amp;Удалить теги:</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Добавить теги</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Удалить теги</translation>
    </message>
    <message>
        <source>comma-separated, e.g. vip, refund</source>
        <translation>через запятую, например: vip, refund</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>Also every other ticket of this view that is not loaded yet</source>
        <translation>А также все остальные тикеты этого представления, которые ещё не загружены</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Приме&amp;нить</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
</context>
<context>
    <name>BulkResult</name>
    <message>
        <source>someone else changed it after it was loaded</source>
        <translation>после загрузки его изменил кто-то другой</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>он больше не существует</translation>
    </message>
    <message>
        <source>the service refused the change</source>
        <translation>сервис отклонил изменение</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>Изменён %n тикет.</numerusform>
            <numerusform>Изменено %n тикета.</numerusform>
            <numerusform>Изменено %n тикетов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had these values.</source>
        <translation>
            <numerusform>%n уже имел эти значения.</numerusform>
            <numerusform>%n уже имели эти значения.</numerusform>
            <numerusform>%n уже имели эти значения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed.</source>
        <translation>
            <numerusform>%n тикет не изменён.</numerusform>
            <numerusform>%n тикета не изменены.</numerusform>
            <numerusform>%n тикетов не изменено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the tickets after that were not sent.</source>
        <translation>Отменено: последующие тикеты не отправлены.</translation>
    </message>
    <message>
        <source>Stopped: %1 The tickets after that were not sent.</source>
        <translation>Остановлено: %1 Последующие тикеты не отправлены.</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkTriage</name>
    <message>
        <source>C&amp;hange selected…</source>
        <translation>Изменить в&amp;ыбранные…</translation>
    </message>
    <message>
        <source>Assign, or change status, priority, category or tags (Ctrl+E)</source>
        <translation>Назначить или изменить статус, приоритет, категорию или теги (Ctrl+E)</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Снять выделение</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>Выбран %n тикет</numerusform>
            <numerusform>Выбрано %n тикета</numerusform>
            <numerusform>Выбрано %n тикетов</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing tickets</source>
        <translation>Изменение тикетов</translation>
    </message>
    <message>
        <source>Changing tickets…</source>
        <translation>Изменение тикетов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sent…</source>
        <translation>
            <numerusform>Отправлен %n тикет…</numerusform>
            <numerusform>Отправлено %n тикета…</numerusform>
            <numerusform>Отправлено %n тикетов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets changed</source>
        <translation>Тикеты изменены</translation>
    </message>
    <message>
        <source>Not changed:</source>
        <translation>Не изменены:</translation>
    </message>
</context>
<context>
    <name>CollabBar</name>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>Объеди&amp;нить с…</translation>
    </message>
    <message>
        <source>Merge this ticket into another ticket of the same customer</source>
        <translation>Объединить этот тикет с другим тикетом того же клиента</translation>
    </message>
    <message>
        <source>This ticket was merged into #%1: its conversation continues there.</source>
        <translation>Этот тикет объединён с #%1: переписка продолжается там.</translation>
    </message>
    <message>
        <source>&amp;Open #%1</source>
        <translation>Откр&amp;ыть #%1</translation>
    </message>
    <message>
        <source>&amp;Open the ticket it was merged into</source>
        <translation>&amp;Открыть тикет, с которым он объединён</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Re&amp;ply to customer</source>
        <translation>&amp;Ответ клиенту</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Внутренняя &amp;заметка</translation>
    </message>
    <message>
        <source>&amp;Message (internal note, only agents see it):</source>
        <translation>Сооб&amp;щение (внутренняя заметка, видна только агентам):</translation>
    </message>
    <message>
        <source>Write a note for other agents…</source>
        <translation>Напишите заметку для других агентов…</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>&amp;Message (the customer will see it; they write in %1):</source>
        <translation>Сооб&amp;щение (его увидит клиент; язык клиента: %1):</translation>
    </message>
    <message>
        <source>&amp;Message (the customer will see it):</source>
        <translation>Сооб&amp;щение (его увидит клиент):</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>Напишите ответ клиенту…</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>Ответ клиенту</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter — отправить</translation>
    </message>
    <message>
        <source>This ticket was merged into #%1, so nothing more can be sent from here. Your text is kept: copy it into #%1.</source>
        <translation>Этот тикет объединён с #%1, поэтому отсюда больше ничего нельзя отправить. Ваш текст сохранён: скопируйте его в #%1.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>До&amp;бавить заметку</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>Отправить отв&amp;ет</translation>
    </message>
    <message>
        <source>The message is too long (%1 characters; at most %2).</source>
        <translation>Сообщение слишком длинное (символов: %1; максимум %2).</translation>
    </message>
    <message>
        <source>Wait until the files are uploaded, or cancel them.</source>
        <translation>Дождитесь окончания загрузки файлов или отмените её.</translation>
    </message>
    <message>
        <source>Not sent: %1 Your text is kept; send again when ready.</source>
        <translation>Не отправлено: %1 Текст сохранён; отправьте снова, когда будете готовы.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ConversationFiles</name>
    <message>
        <source>Image not available</source>
        <translation>Изображение недоступно</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Загрузка изображения…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <source>Save this file from the conversation?

Name: %1
Type: %2 (%3), found from its contents
Size: %4

The desk does not open it. Open it only if you expect it.</source>
        <translation>Сохранить этот файл из переписки?

Имя: %1
Тип: %2 (%3), определён по содержимому
Размер: %4

Desk не открывает этот файл. Открывайте его, только если вы его ожидали.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The file was not saved: %1</source>
        <translation>Файл не сохранён: %1</translation>
    </message>
    <message>
        <source>View image “%1”</source>
        <translation>Просмотреть изображение «%1»</translation>
    </message>
    <message>
        <source>Save “%1”…</source>
        <translation>Сохранить «%1»…</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>агент</translation>
    </message>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
    <message>
        <source>%1 · internal note</source>
        <translation>%1 · внутренняя заметка</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>&amp;Copy message text</source>
        <translation>&amp;Копировать текст сообщения</translation>
    </message>
    <message>
        <source>Open link…</source>
        <translation>Открыть ссылку…</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>&amp;Profile and risk</source>
        <translation>&amp;Профиль и риски</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>&amp;Активность</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>И&amp;стория</translation>
    </message>
    <message>
        <source>&amp;Security actions</source>
        <translation>&amp;Меры безопасности</translation>
    </message>
    <message>
        <source>&amp;Who viewed this</source>
        <translation>&amp;Кто просматривал</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>Ау&amp;дит</translation>
    </message>
    <message>
        <source>Ticket audit</source>
        <translation>Аудит тикета</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Данные клиента</translation>
    </message>
    <message>
        <source>ACCOUNT FROZEN</source>
        <translation>АККАУНТ ЗАМОРОЖЕН</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Пов&amp;торить</translation>
    </message>
    <message>
        <source>&amp;Incident record…</source>
        <translation>Отчёт об &amp;инциденте…</translation>
    </message>
    <message>
        <source>The timeline of this account for the security investigation</source>
        <translation>Хронология событий аккаунта для расследования службы безопасности</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Клиент #%1</translation>
    </message>
    <message>
        <source>Customer #%1 · %2 · %3 · VIP %4</source>
        <translation>Клиент #%1 · %2 · %3 · VIP %4</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>Загрузка данных клиента…</translation>
    </message>
    <message>
        <source>Could not load the customer: %1</source>
        <translation>Не удалось загрузить данные клиента: %1</translation>
    </message>
</context>
<context>
    <name>CustomerTicketsModel</name>
    <message>
        <source>Ticket</source>
        <translation>Тикет</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>Объединён с #%1</translation>
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
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Периоды</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Save the figures shown for this period as a CSV file</source>
        <translation>Сохранить показатели за этот период в файл CSV</translation>
    </message>
    <message>
        <source>&amp;Breached now (Enter opens the ticket)</source>
        <translation>&amp;Нарушен SLA сейчас (Enter — открыть тикет)</translation>
    </message>
    <message>
        <source>Tickets past a due time now</source>
        <translation>Тикеты, у которых срок уже прошёл</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Загрузка показателей…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>Не удалось загрузить показатели: %1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Tickets per day</source>
        <translation>Тикеты по дням</translation>
    </message>
    <message>
        <source>Opened %1, solved %2 in the period</source>
        <translation>За период создано %1, решено %2</translation>
    </message>
    <message>
        <source>Opened by category, per day</source>
        <translation>Созданные по категориям, по дням</translation>
    </message>
    <message>
        <source>Opened by category, per week</source>
        <translation>Созданные по категориям, по неделям</translation>
    </message>
    <message>
        <source>Most tickets: %1</source>
        <translation>Больше всего тикетов: %1</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Соблюдён</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Нарушен</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>Соблюдение SLA</translation>
    </message>
    <message>
        <source>First response %1, resolution %2</source>
        <translation>Первый ответ: %1, решение: %2</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Customer satisfaction: %1</source>
        <translation>Удовлетворённость клиентов: %1</translation>
    </message>
    <message>
        <source>Ratings from 1 to 5 stars: %1</source>
        <translation>Оценки от 1 до 5 звёзд: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Agent load</source>
        <translation>Нагрузка на агентов</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s): assigned tickets active, waiting for the customer and breached now; solved in the period</source>
        <translation>
            <numerusform>%n агент: назначенные тикеты в работе, ожидающие клиента и с нарушением SLA сейчас; решённые за период</numerusform>
            <numerusform>%n агента: назначенные тикеты в работе, ожидающие клиента и с нарушением SLA сейчас; решённые за период</numerusform>
            <numerusform>%n агентов: назначенные тикеты в работе, ожидающие клиента и с нарушением SLA сейчас; решённые за период</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend alert</source>
        <translation>Оповещение о тренде</translation>
    </message>
    <message>
        <source>desk-statistics-%1.csv</source>
        <translation>desk-statistics-%1.csv</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Экспорт статистики</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Co&amp;mment (required to reject; the requester sees it):</source>
        <translation>&amp;Комментарий (обязателен при отклонении; его увидит автор запроса):</translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation>Комментарий к решению</translation>
    </message>
    <message>
        <source>Your request — another supervisor must decide.</source>
        <translation>Это ваш запрос — решение должен принять другой супервайзер.</translation>
    </message>
    <message>
        <source>&amp;Keep it (confirm)…</source>
        <translation>&amp;Оставить в силе…</translation>
    </message>
    <message>
        <source>Re&amp;verse it…</source>
        <translation>Отк&amp;атить…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Одобрить…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Отк&amp;лонить</translation>
    </message>
    <message>
        <source>The comment is too long.</source>
        <translation>Комментарий слишком длинный.</translation>
    </message>
    <message>
        <source>Keep the emergency %1 in place?</source>
        <translation>Оставить в силе экстренное действие «%1»?</translation>
    </message>
    <message>
        <source>The action stays in effect and the review is closed.</source>
        <translation>Действие остаётся в силе, проверка закрывается.</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Оставить в силе</translation>
    </message>
    <message>
        <source>Approve and carry out “%1” for customer #%2 now?</source>
        <translation>Одобрить и сразу выполнить «%1» для клиента #%2?</translation>
    </message>
    <message>
        <source>&amp;Approve and carry out</source>
        <translation>&amp;Одобрить и выполнить</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Одобрение запроса</translation>
    </message>
    <message>
        <source>Say why you reject this request: the comment is required.</source>
        <translation>Укажите, почему вы отклоняете запрос: комментарий обязателен.</translation>
    </message>
    <message>
        <source>Reverse the emergency %1?</source>
        <translation>Откатить экстренное действие «%1»?</translation>
    </message>
    <message>
        <source>The account goes back to how it was before the emergency action. Do this only if the action was a mistake.</source>
        <translation>Аккаунт вернётся в состояние, в котором был до экстренного действия. Делайте это, только если действие было ошибочным.</translation>
    </message>
    <message>
        <source>Reverse emergency action</source>
        <translation>Откат экстренного действия</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>&amp;Откатить</translation>
    </message>
    <message>
        <source>Approved, but the account system could not carry it out.</source>
        <translation>Одобрено, но система аккаунтов не смогла это выполнить.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Готово: %1.</translation>
    </message>
    <message>
        <source>This request expired before anyone decided it.</source>
        <translation>Срок запроса истёк до того, как по нему приняли решение.</translation>
    </message>
    <message>
        <source>Already decided by %1: %2.</source>
        <translation>Решение уже принято (%1): %2.</translation>
    </message>
    <message>
        <source>Already decided: %1.</source>
        <translation>Решение уже принято: %1.</translation>
    </message>
    <message>
        <source>This request changed since you opened it. Check it again before deciding.</source>
        <translation>Запрос изменился с тех пор, как вы его открыли. Проверьте его ещё раз, прежде чем принимать решение.</translation>
    </message>
    <message>
        <source>Approving would change nothing: the account is already in that state. Reject it instead.</source>
        <translation>Одобрение ничего не изменит: аккаунт уже в этом состоянии. Отклоните запрос.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The user name, password or code is wrong.</source>
        <translation>Неверное имя пользователя, пароль или код.</translation>
    </message>
    <message>
        <source>That code has already been used. Wait for the next code in your authenticator app and try again.</source>
        <translation>Этот код уже использован. Дождитесь следующего кода в приложении-аутентификаторе и повторите попытку.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Wait a few minutes, then try again.</source>
        <translation>Слишком много неудачных попыток входа. Подождите несколько минут и повторите попытку.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Эта учётная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Сеанс завершён. Войдите снова.</translation>
    </message>
    <message>
        <source>Confirm with a fresh code from your authenticator app first.</source>
        <translation>Сначала подтвердите действие новым кодом из приложения-аутентификатора.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>У вас нет прав на это действие.</translation>
    </message>
    <message>
        <source>This no longer exists, or you cannot see it.</source>
        <translation>Объект больше не существует или у вас нет к нему доступа.</translation>
    </message>
    <message>
        <source>Someone else changed this ticket since you opened it. Reload to see their change.</source>
        <translation>Кто-то другой изменил этот тикет после того, как вы его открыли. Обновите тикет, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>The service refused the request as invalid.</source>
        <translation>Сервис отклонил запрос как некорректный.</translation>
    </message>
    <message>
        <source>This is too long for the service to accept.</source>
        <translation>Слишком длинное значение — сервис его не примет.</translation>
    </message>
    <message>
        <source>This message was already sent with different text. Send it again as a new message.</source>
        <translation>Это сообщение уже было отправлено с другим текстом. Отправьте его заново как новое сообщение.</translation>
    </message>
    <message>
        <source>Someone else has already decided this.</source>
        <translation>Решение уже принято другим сотрудником.</translation>
    </message>
    <message>
        <source>This request has expired.</source>
        <translation>Срок запроса истёк.</translation>
    </message>
    <message>
        <source>Another agent replied to the customer meanwhile. Read their reply, then send again if yours is still needed.</source>
        <translation>Пока вы писали, клиенту ответил другой агент. Прочитайте этот ответ и отправьте свой снова, если он всё ещё нужен.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>Тикет нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>Only tickets of the same customer can be merged.</source>
        <translation>Объединять можно только тикеты одного клиента.</translation>
    </message>
    <message>
        <source>That ticket is closed or was merged itself. Choose an open ticket.</source>
        <translation>Этот тикет закрыт или сам был объединён с другим. Выберите открытый тикет.</translation>
    </message>
    <message>
        <source>This ticket was already merged.</source>
        <translation>Этот тикет уже объединён.</translation>
    </message>
    <message>
        <source>This ticket was merged into another ticket; its conversation continues there.</source>
        <translation>Этот тикет объединён с другим; переписка продолжается там.</translation>
    </message>
    <message>
        <source>The reply holds a placeholder in braces that the desk does not fill in. Only {customer_name}, {ticket_id} and {agent_name} are filled; correct or remove the others.</source>
        <translation>В ответе есть заполнитель в фигурных скобках, который система не заполняет. Заполняются только {customer_name}, {ticket_id} и {agent_name}; исправьте или удалите остальные.</translation>
    </message>
    <message>
        <source>The service could not be reached. Check the server address and your network.</source>
        <translation>Не удалось подключиться к сервису. Проверьте адрес сервера и сетевое подключение.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again.</source>
        <translation>Сервис не ответил вовремя. Повторите попытку.</translation>
    </message>
    <message>
        <source>The service's certificate could not be verified, so the connection was not used.</source>
        <translation>Не удалось проверить сертификат сервиса, поэтому подключение не использовалось.</translation>
    </message>
    <message>
        <source>The service is unavailable right now. Try again in a moment.</source>
        <translation>Сервис сейчас недоступен. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The service gave an answer this desk does not understand (it may be a different version).</source>
        <translation>Сервис вернул ответ, который это рабочее место не распознаёт (возможно, версии не совпадают).</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Слишком много запросов. Подождите немного и повторите попытку.</translation>
    </message>
    <message>
        <source>The server address sends the desk somewhere else, which the desk does not follow. Check the server address (for example https:// rather than http://).</source>
        <translation>Адрес сервера перенаправляет Desk в другое место, а Desk не следует перенаправлениям. Проверьте адрес сервера (например, https:// вместо http://).</translation>
    </message>
    <message>
        <source>The service sent a far larger answer than expected, so the desk did not read it. Try again; if it happens again, tell your administrator.</source>
        <translation>Сервис прислал ответ намного больше ожидаемого, поэтому Desk не стал его читать. Повторите попытку; если это повторится, сообщите администратору.</translation>
    </message>
    <message>
        <source>This server address is not safe to use: %1</source>
        <translation>Этот адрес сервера небезопасен: %1</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>Ошибка системного хранилища ключей: %1</translation>
    </message>
    <message>
        <source>The service refused the request (%1).</source>
        <translation>Сервис отклонил запрос (%1).</translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>Проверьте поле: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Повторите попытку через %n секунду.</numerusform>
            <numerusform>Повторите попытку через %n секунды.</numerusform>
            <numerusform>Повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in the log.</source>
        <translation>Что-то пошло не так (%1). Подробности — в журнале.</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>Critical: funds at risk or trading halted</source>
        <translation>Критическая: средства под угрозой или торги остановлены</translation>
    </message>
    <message>
        <source>High: many customers blocked</source>
        <translation>Высокая: заблокировано много клиентов</translation>
    </message>
    <message>
        <source>Medium: some customers affected, a workaround exists</source>
        <translation>Средняя: затронута часть клиентов, есть обходное решение</translation>
    </message>
    <message>
        <source>Low: cosmetic or a single customer</source>
        <translation>Низкая: косметическая проблема или один клиент</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Принята</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Расследуется</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>Нужна информация</translation>
    </message>
    <message>
        <source>Fix in progress</source>
        <translation>Исправляется</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Исправлена</translation>
    </message>
    <message>
        <source>Won't fix</source>
        <translation>Исправляться не будет</translation>
    </message>
</context>
<context>
    <name>EscalationForm</name>
    <message>
        <source>Escalate to engineering</source>
        <translation>Эскалация инженерам</translation>
    </message>
    <message>
        <source>Escalate ticket #%1 to engineering</source>
        <translation>Эскалация тикета #%1 инженерам</translation>
    </message>
    <message>
        <source>Give engineers the facts they need. Every linked ticket hears about each status change as an internal note. Never paste passwords, keys or recovery phrases.</source>
        <translation>Дайте инженерам нужные им факты. Каждый связанный тикет получает внутреннюю заметку о каждом изменении статуса. Никогда не вставляйте пароли, ключи или фразы восстановления.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Кратко:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Серьёзность:</translation>
    </message>
    <message>
        <source>Steps to &amp;reproduce:</source>
        <translation>&amp;Шаги воспроизведения:</translation>
    </message>
    <message>
        <source>&amp;Tx ids:</source>
        <translation>&amp;ID транзакций:</translation>
    </message>
    <message>
        <source>&amp;Order ids:</source>
        <translation>ID о&amp;рдеров:</translation>
    </message>
    <message>
        <source>&amp;Affected assets:</source>
        <translation>Затронутые &amp;активы:</translation>
    </message>
    <message>
        <source>Other &amp;tickets (same problem):</source>
        <translation>&amp;Другие тикеты (та же проблема):</translation>
    </message>
    <message>
        <source>Screenshots and &amp;logs:</source>
        <translation>Скриншоты и &amp;логи:</translation>
    </message>
    <message>
        <source>What is broken, in one line</source>
        <translation>Что сломано — одной строкой</translation>
    </message>
    <message>
        <source>1. …
2. …
What happened, and what should have happened</source>
        <translation>1. …
2. …
Что произошло и что должно было произойти</translation>
    </message>
    <message>
        <source>Separated by spaces or commas</source>
        <translation>Через пробел или запятую</translation>
    </message>
    <message>
        <source>e.g. USDT, BTC</source>
        <translation>например: USDT, BTC</translation>
    </message>
    <message>
        <source>e.g. #1042 #1077</source>
        <translation>например: #1042 #1077</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Прикрепляемые файлы</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>PNG or JPEG screenshots, PDF or text logs; at most %1 KB each</source>
        <translation>Скриншоты PNG или JPEG, логи в PDF или текстом; не более %1 КБ каждый</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Эскалировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Attach screenshots or logs</source>
        <translation>Прикрепить скриншоты или логи</translation>
    </message>
    <message>
        <source>Screenshots and logs (*.png *.jpg *.jpeg *.pdf *.txt *.log)</source>
        <translation>Скриншоты и логи (*.png *.jpg *.jpeg *.pdf *.txt *.log)</translation>
    </message>
    <message>
        <source>At most %1 files.</source>
        <translation>Не более %1 файлов.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Не удалось прочитать %1.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 KB; at most %3 KB).</source>
        <translation>%1 слишком большой (%2 КБ; максимум %3 КБ).</translation>
    </message>
    <message>
        <source>Other tickets: write ticket numbers, e.g. #1042 #1077.</source>
        <translation>Другие тикеты: укажите номера тикетов, например #1042 #1077.</translation>
    </message>
    <message>
        <source>Check the field “%1”: it is empty, too long or has too many entries.</source>
        <translation>Проверьте поле «%1»: оно пустое, слишком длинное или содержит слишком много значений.</translation>
    </message>
    <message>
        <source>Not escalated: %1 Your text is kept; try again.</source>
        <translation>Эскалация не выполнена: %1 Текст сохранён; повторите попытку.</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <source>State:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Запрошено:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Тикет:</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>Указанная причина:</translation>
    </message>
    <message>
        <source>Customer now:</source>
        <translation>Клиент сейчас:</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>Открыть тик&amp;ет</translation>
    </message>
    <message>
        <source>Customer's risk signals</source>
        <translation>Сигналы риска клиента</translation>
    </message>
    <message>
        <source>No risk signals in the last 30 days.</source>
        <translation>За последние 30 дней сигналов риска нет.</translation>
    </message>
    <message>
        <source>Ticket &amp;conversation</source>
        <translation>&amp;Переписка по тикету</translation>
    </message>
    <message>
        <source>Ticket conversation</source>
        <translation>Переписка по тикету</translation>
    </message>
    <message>
        <source>Select a request to see its evidence.</source>
        <translation>Выберите запрос, чтобы увидеть материалы по нему.</translation>
    </message>
    <message>
        <source>%1 — customer #%2 %3</source>
        <translation>%1 — клиент #%2 %3</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>supervisor review due %1 (%2)</source>
        <translation>проверка супервайзером до %1 (%2)</translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation>истекает %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No ticket is linked to this request.</source>
        <translation>К запросу не привязан тикет.</translation>
    </message>
    <message>
        <source>account FROZEN</source>
        <translation>аккаунт ЗАМОРОЖЕН</translation>
    </message>
    <message>
        <source>account active</source>
        <translation>аккаунт активен</translation>
    </message>
    <message>
        <source>2FA on</source>
        <translation>2FA включена</translation>
    </message>
    <message>
        <source>2FA OFF</source>
        <translation>2FA ОТКЛЮЧЕНА</translation>
    </message>
    <message>
        <source>withdrawals locked until %1</source>
        <translation>вывод заблокирован до %1</translation>
    </message>
    <message>
        <source>⚠ account-takeover pattern</source>
        <translation>⚠ признаки захвата аккаунта</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Не удалось загрузить: %1</translation>
    </message>
    <message>
        <source>Ticket &amp;conversation (could not load: %1)</source>
        <translation>&amp;Переписка по тикету (не удалось загрузить: %1)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Subject or #id</source>
        <translation>Тема или #ID</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Поиск тикетов</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Show every ticket of this view again</source>
        <translation>Снова показать все тикеты этого представления</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Нарушен</translation>
    </message>
    <message>
        <source>Not breached</source>
        <translation>Не нарушен</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>Identity</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>Безопасность аккаунта</translation>
    </message>
    <message>
        <source>Customer ID:</source>
        <translation>ID клиента:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>KYC:</source>
        <translation>KYC:</translation>
    </message>
    <message>
        <source>VIP tier:</source>
        <translation>Уровень VIP:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Аккаунт:</translation>
    </message>
    <message>
        <source>Withdrawals:</source>
        <translation>Вывод средств:</translation>
    </message>
    <message>
        <source>2FA:</source>
        <translation>2FA:</translation>
    </message>
    <message>
        <source>Password changed:</source>
        <translation>Смена пароля:</translation>
    </message>
    <message>
        <source>Active sessions:</source>
        <translation>Активные сеансы:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>This system cannot keep revealed values out of screen recordings or screen sharing. Make sure you are not sharing your screen.</source>
        <translation>Система не может скрыть показанные значения от записи экрана или демонстрации экрана. Убедитесь, что вы не демонстрируете свой экран.</translation>
    </message>
    <message>
        <source>Level %1 (%2)</source>
        <translation>Уровень %1 (%2)</translation>
    </message>
    <message>
        <source>FROZEN</source>
        <translation>ЗАМОРОЖЕН</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Locked until %1 (%2)</source>
        <translation>Заблокирован до %1 (%2)</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Не заблокирован</translation>
    </message>
    <message>
        <source>On (last changed %1)</source>
        <translation>Включена (изменена %1)</translation>
    </message>
    <message>
        <source>OFF (last changed %1)</source>
        <translation>ОТКЛЮЧЕНА (изменена %1)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
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
        <translation>Изображение: %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Изображение «%1»</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>По &amp;размеру окна</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3 · %4%</source>
        <translation>%1 × %2 пикс., %3 · %4%</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Это изображение невозможно показать.</translation>
    </message>
    <message>
        <source>Could not load the image: %1</source>
        <translation>Не удалось загрузить изображение: %1</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Tickets: %1</source>
        <translation>Тикеты: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Could not load tickets: %1</source>
        <translation>Не удалось загрузить тикеты: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No tickets here.</source>
        <translation>Тикетов нет.</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>Нет тикетов, подходящих под эти фильтры.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n тикет</numerusform>
            <numerusform>%n тикета</numerusform>
            <numerusform>%n тикетов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>Загружен %n тикет; прокрутите, чтобы загрузить ещё</numerusform>
            <numerusform>Загружено %n тикета; прокрутите, чтобы загрузить ещё</numerusform>
            <numerusform>Загружено %n тикетов; прокрутите, чтобы загрузить ещё</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident record — customer #%1</source>
        <translation>Отчёт об инциденте — клиент #%1</translation>
    </message>
    <message>
        <source>Covering the last (&amp;days):</source>
        <translation>Период, &amp;дней:</translation>
    </message>
    <message>
        <source>Number of days the record covers</source>
        <translation>За сколько последних дней составить отчёт</translation>
    </message>
    <message>
        <source> d</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>Nothing happened on this account in the period.</source>
        <translation>За этот период в аккаунте ничего не происходило.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the record as a PDF document (A4)</source>
        <translation>Сохранить отчёт как документ PDF (A4)</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Экспорт в &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save the record as a Markdown text file</source>
        <translation>Сохранить отчёт как текстовый файл Markdown</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Incident record — customer #%1 · %2</source>
        <translation>Отчёт об инциденте — клиент #%1 · %2</translation>
    </message>
    <message>
        <source>Building the incident record…</source>
        <translation>Формирование отчёта об инциденте…</translation>
    </message>
    <message>
        <source>Some events are left out: the period holds more than one record shows. Choose fewer days.</source>
        <translation>Часть событий не вошла: за этот период их больше, чем помещается в один отчёт. Выберите меньше дней.</translation>
    </message>
    <message>
        <source>Could not build the incident record: %1</source>
        <translation>Не удалось сформировать отчёт об инциденте: %1</translation>
    </message>
    <message>
        <source>Export the incident record as PDF</source>
        <translation>Экспорт отчёта об инциденте в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the incident record as Markdown</source>
        <translation>Экспорт отчёта об инциденте в Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Файлы Markdown (*.md)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
</context>
<context>
    <name>IncidentExport</name>
    <message>
        <source>Incident record — customer #%1</source>
        <translation>Отчёт об инциденте — клиент #%1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Сформирован</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, автор: %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>local time of the desk (%1)</source>
        <translation>местное время рабочего места (%1)</translation>
    </message>
    <message>
        <source>Account now</source>
        <translation>Аккаунт сейчас</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Заморожен</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Двухфакторная аутентификация</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Включена</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Вывод средств</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Заблокирован до %1</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Не заблокирован</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Активные сеансы</translation>
    </message>
    <message>
        <source>Account-takeover pattern: several risk signals (new device, password or 2FA change, new withdrawal address, large withdrawal) happened within 24 hours, the latest within 72 hours.</source>
        <translation>Признаки захвата аккаунта: несколько сигналов риска (новое устройство, смена пароля или 2FA, новый адрес вывода, крупный вывод) возникли в пределах 24 часов, последний — не более 72 часов назад.</translation>
    </message>
    <message>
        <source>The account does not show the account-takeover pattern now.</source>
        <translation>Сейчас признаков захвата аккаунта нет.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Customer data is masked. Messages are shown by their first 200 characters. Revealed values are never part of this record.</source>
        <translation>Данные клиента замаскированы. Сообщения приведены по первым 200 символам. Показанные значения никогда не включаются в отчёт.</translation>
    </message>
    <message>
        <source>The period holds more events than one record shows; choose a shorter one.</source>
        <translation>За период событий больше, чем помещается в один отчёт; выберите период короче.</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s))</source>
        <translation>
            <numerusform>Хронология (%n событие)</numerusform>
            <numerusform>Хронология (%n события)</numerusform>
            <numerusform>Хронология (%n событий)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentWording</name>
    <message>
        <source>Risk signal: %1</source>
        <translation>Сигнал риска: %1</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Сообщение клиента</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Ответ клиенту</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>Просмотр персональных данных</translation>
    </message>
    <message>
        <source>Ticket status changed</source>
        <translation>Изменён статус тикета</translation>
    </message>
    <message>
        <source>Emergency action taken: %1</source>
        <translation>Выполнено экстренное действие: %1</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>Запрошено: %1</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Одобрено: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <source>Carried out: %1</source>
        <translation>Выполнено: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Не выполнено: %1</translation>
    </message>
    <message>
        <source>Emergency action confirmed: %1</source>
        <translation>Экстренное действие подтверждено: %1</translation>
    </message>
    <message>
        <source>Emergency action reversed: %1</source>
        <translation>Откат экстренного действия: %1</translation>
    </message>
    <message>
        <source>Account restored: %1</source>
        <translation>Аккаунт восстановлен: %1</translation>
    </message>
    <message>
        <source>Request expired: %1</source>
        <translation>Срок запроса истёк: %1</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>Запрос отменён: %1</translation>
    </message>
    <message>
        <source>Review overdue: %1</source>
        <translation>Проверка просрочена: %1</translation>
    </message>
    <message>
        <source>Customer (%1)</source>
        <translation>Клиент (%1)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Part of a cluster of signals within 24 hours</source>
        <translation>Входит в группу сигналов за 24 часа</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>Тикет #%1: %2</translation>
    </message>
    <message>
        <source>Field: %1 (the value is not part of this record)</source>
        <translation>Поле: %1 (значение в отчёт не включено)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 → %3</source>
        <translation>Тикет #%1: %2 → %3</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Комментарий: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>Запрос #%1</translation>
    </message>
</context>
<context>
    <name>KbPanel</name>
    <message>
        <source>&amp;Search the knowledge base (any language):</source>
        <translation>&amp;Поиск по базе знаний (на любом языке):</translation>
    </message>
    <message>
        <source>e.g. withdrawal delayed, 提现, 출금</source>
        <translation>например: задержка вывода, 提现, 출금</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Поиск по базе знаний</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Article category</source>
        <translation>Категория статьи</translation>
    </message>
    <message>
        <source>Article categories</source>
        <translation>Категории статей</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>Insert &amp;link</source>
        <translation>Вставить &amp;ссылку</translation>
    </message>
    <message>
        <source>Insert te&amp;xt</source>
        <translation>Вставить &amp;текст</translation>
    </message>
    <message>
        <source>Put the article's title and help-centre link into the reply</source>
        <translation>Вставить в ответ заголовок статьи и ссылку на справочный центр</translation>
    </message>
    <message>
        <source>Put the article's whole text into the reply</source>
        <translation>Вставить в ответ весь текст статьи</translation>
    </message>
    <message>
        <source>Finding articles for this ticket…</source>
        <translation>Поиск статей по этому тикету…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>No article matches. Try other words, or another language.</source>
        <translation>Подходящих статей нет. Попробуйте другие слова или другой язык.</translation>
    </message>
    <message>
        <source>Could not load articles: %1</source>
        <translation>Не удалось загрузить статьи: %1</translation>
    </message>
    <message>
        <source>Results for “%1”</source>
        <translation>Результаты по запросу «%1»</translation>
    </message>
    <message>
        <source>Suggested for this ticket (%1)</source>
        <translation>Рекомендовано для этого тикета (%1)</translation>
    </message>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>Выберите статью, чтобы прочитать её здесь.</translation>
    </message>
    <message>
        <source>%1 · %2 · reviewed %3 by %4</source>
        <translation>%1 · %2 · проверена %3 (%4)</translation>
    </message>
    <message>
        <source>No version in %1; this is the %2 one.</source>
        <translation>Версии на языке %1 нет; это версия на языке %2.</translation>
    </message>
    <message>
        <source>Stale: not reviewed for a long time. Check that it is still right before you send it.</source>
        <translation>Устарела: давно не проверялась. Прежде чем отправлять, убедитесь, что она всё ещё верна.</translation>
    </message>
</context>
<context>
    <name>KbResultsModel</name>
    <message>
        <source>Stale: review overdue</source>
        <translation>Устарела: проверка просрочена</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Устарела</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Ожидает ответа клиента</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>На одобрении</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решён</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Security agent</source>
        <translation>Специалист по безопасности</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Супервайзер</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <source>Deposits &amp; withdrawals</source>
        <translation>Пополнения и выводы</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Технические вопросы</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Комплаенс</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Мои тикеты</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Неназначенные</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>You will have to sign in again next time.</source>
        <translation>В следующий раз придётся войти снова.</translation>
    </message>
    <message>
        <source>No system keyring was found.</source>
        <translation>Системное хранилище ключей не найдено.</translation>
    </message>
    <message>
        <source>The system keyring is turned off.</source>
        <translation>Системное хранилище ключей отключено.</translation>
    </message>
    <message>
        <source>The keyring in use keeps secrets in a file without proper protection.</source>
        <translation>Используемое хранилище ключей хранит секреты в файле без надёжной защиты.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used here.</source>
        <translation>Системное хранилище ключей здесь недоступно.</translation>
    </message>
    <message>
        <source>The keyring in use is not recommended for secrets.</source>
        <translation>Используемое хранилище ключей не рекомендуется для секретов.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начата</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>на проверке</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>пройдена</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>no valid host</source>
        <translation>нет допустимого хоста</translation>
    </message>
    <message>
        <source>⚠ Look-alike of %1: this is NOT the exchange's site.</source>
        <translation>⚠ Подделка под %1: это НЕ сайт биржи.</translation>
    </message>
    <message>
        <source>Not a web address (%1:): the desk never opens it.</source>
        <translation>Не веб-адрес (%1:): Desk никогда его не открывает.</translation>
    </message>
    <message>
        <source>⚠ The text before “@” only looks like an address: the link goes to the host shown.</source>
        <translation>⚠ Текст перед «@» лишь похож на адрес: ссылка ведёт на указанный хост.</translation>
    </message>
    <message>
        <source>A bare IP address instead of a name.</source>
        <translation>IP-адрес вместо имени хоста.</translation>
    </message>
    <message>
        <source>Not encrypted (http).</source>
        <translation>Не шифруется (http).</translation>
    </message>
    <message>
        <source>No valid host: the desk will not open it.</source>
        <translation>Нет допустимого хоста: Desk не откроет эту ссылку.</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Ссылка на %1</translation>
    </message>
    <message>
        <source>the exchange's own site</source>
        <translation>собственный сайт биржи</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Ссылка: %1</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Открыть ссылку?</translation>
    </message>
    <message>
        <source>This link is not a web address and cannot be opened.</source>
        <translation>Эта ссылка не является веб-адресом, её нельзя открыть.</translation>
    </message>
    <message>
        <source>This link comes from a message. Open it in your browser only if you trust the address below.</source>
        <translation>Ссылка взята из сообщения. Открывайте её в браузере, только если доверяете адресу ниже.</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Хост: %1</translation>
    </message>
    <message>
        <source>Full address: %1</source>
        <translation>Полный адрес: %1</translation>
    </message>
    <message>
        <source>This address is not encrypted (http).</source>
        <translation>Соединение по этому адресу не шифруется (http).</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Открыть в браузере</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>🔒 The desk is locked</source>
        <translation>🔒 Рабочее место заблокировано</translation>
    </message>
    <message>
        <source>Customer data is hidden while you are away. Your open tabs and unsent text are kept. Enter the current code from your authenticator app to unlock.</source>
        <translation>Пока вас нет, данные клиентов скрыты. Открытые вкладки и неотправленный текст сохраняются. Чтобы разблокировать, введите текущий код из приложения-аутентификатора.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>&amp;Код аутентификатора:</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Код аутентификатора</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 цифр</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Р&amp;азблокировать</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>That code is wrong. Enter the current code from your authenticator app.</source>
        <translation>Неверный код. Введите текущий код из приложения-аутентификатора.</translation>
    </message>
</context>
<context>
    <name>LoginsModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>IP (masked)</source>
        <translation>IP (скрыт)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Новое устройство</translation>
    </message>
</context>
<context>
    <name>MacroEditor</name>
    <message>
        <source>Edit macro</source>
        <translation>Редактирование макроса</translation>
    </message>
    <message>
        <source>New macro</source>
        <translation>Новый макрос</translation>
    </message>
    <message>
        <source>&amp;Name (agents search by it):</source>
        <translation>&amp;Название (по нему ищут агенты):</translation>
    </message>
    <message>
        <source>Set &amp;status:</source>
        <translation>Установить &amp;статус:</translation>
    </message>
    <message>
        <source>Set &amp;category:</source>
        <translation>Установить &amp;категорию:</translation>
    </message>
    <message>
        <source>Add &amp;tags (comma-separated):</source>
        <translation>Добавить &amp;теги (через запятую):</translation>
    </message>
    <message>
        <source>&amp;Knowledge-base article id for {kb_link}:</source>
        <translation>ID статьи &amp;базы знаний для {kb_link}:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Не менять</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Placeholders: %1. English is required; it is used when the customer's language has no text.</source>
        <translation>Подстановки: %1. Английский текст обязателен: он используется, если для языка клиента текста нет.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Every text needs a title and a body; the name is required; at most 5 tags.</source>
        <translation>Для каждого текста нужны заголовок и содержание; название обязательно; не более 5 тегов.</translation>
    </message>
    <message>
        <source>Write the English text too: it is what customers get when their language has none.</source>
        <translation>Напишите и английский текст: его получают клиенты, для языка которых текста нет.</translation>
    </message>
    <message>
        <source>Someone else changed this macro since you opened it. Close, reopen it and make your change again (copy your text first).</source>
        <translation>Кто-то другой изменил этот макрос после того, как вы его открыли. Закройте его, откройте снова и внесите изменения заново (сначала скопируйте свой текст).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>MacroManager</name>
    <message>
        <source>Manage macros</source>
        <translation>Управление макросами</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>Макросы</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>%n macro(s)</source>
        <translation>
            <numerusform>%n макрос</numerusform>
            <numerusform>%n макроса</numerusform>
            <numerusform>%n макросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete macro</source>
        <translation>Удаление макроса</translation>
    </message>
    <message>
        <source>Delete “%1” for every agent?</source>
        <translation>Удалить «%1» для всех агентов?</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Loading macros…</source>
        <translation>Загрузка макросов…</translation>
    </message>
    <message>
        <source>Insert a macro</source>
        <translation>Вставка макроса</translation>
    </message>
    <message>
        <source>&amp;Find a macro (type to filter, arrows to choose, Enter to insert):</source>
        <translation>&amp;Найти макрос (введите текст для фильтра, стрелки — выбор, Enter — вставка):</translation>
    </message>
    <message>
        <source>Find a macro</source>
        <translation>Найти макрос</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>Макросы</translation>
    </message>
    <message>
        <source>&amp;Text that will be inserted:</source>
        <translation>&amp;Текст для вставки:</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>There are no macros yet. Supervisors add them in Desk → Manage macros.</source>
        <translation>Макросов пока нет. Супервайзеры добавляют их в меню Рабочее место → Управление макросами.</translation>
    </message>
    <message>
        <source>Could not load macros: %1</source>
        <translation>Не удалось загрузить макросы: %1</translation>
    </message>
    <message>
        <source>No %1 version of this macro: the %2 one will be inserted.</source>
        <translation>У этого макроса нет версии на языке %1: будет вставлена версия на языке %2.</translation>
    </message>
    <message>
        <source>{customer_name} stays as written here: the service puts the customer's name in the reply it sends them, and agents see the name masked.</source>
        <translation>{customer_name} остаётся здесь как есть: сервис подставит имя клиента в отправленный ему ответ, а агенты видят имя в маскированном виде.</translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation>статус → %1</translation>
    </message>
    <message>
        <source>category → %1</source>
        <translation>категория → %1</translation>
    </message>
    <message>
        <source>tags + %1</source>
        <translation>теги + %1</translation>
    </message>
    <message>
        <source>Changes nothing else on the ticket.</source>
        <translation>Больше ничего в тикете не меняется.</translation>
    </message>
    <message>
        <source>Also sets: %1</source>
        <translation>Также устанавливает: %1</translation>
    </message>
</context>
<context>
    <name>MacroTableModel</name>
    <message>
        <source>Macro</source>
        <translation>Макрос</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Кем изменён</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desk — Locked</source>
        <translation>Desk — заблокировано</translation>
    </message>
    <message>
        <source>Desk — %1</source>
        <translation>Рабочее место — %1</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only. %1</source>
        <translation>Токены хранятся в памяти только на время этого сеанса. %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>Вы вошли как %1 (%2) на %3</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Рабочее место</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Тикет</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ви&amp;д</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Manage &amp;macros…</source>
        <translation>Управление &amp;макросами…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Закрыть программу</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>&amp;Следующий тикет</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>&amp;Предыдущий тикет</translation>
    </message>
    <message>
        <source>&amp;Open selected ticket</source>
        <translation>&amp;Открыть выбранный тикет</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>Отв&amp;етить</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Внутренняя &amp;заметка</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>&amp;Назначить на себя</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Изменить стат&amp;ус</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Закрыть в&amp;кладку</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Next &amp;tab</source>
        <translation>&amp;Следующая вкладка</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>П&amp;редыдущая вкладка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>○ Connecting…</source>
        <translation>○ Подключение…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Онлайн</translation>
    </message>
    <message>
        <source>◌ Reconnecting…</source>
        <translation>◌ Переподключение…</translation>
    </message>
    <message>
        <source>○ Not live</source>
        <translation>○ Не в сети</translation>
    </message>
    <message>
        <source>Live updates from the service</source>
        <translation>Обновления от сервиса в реальном времени</translation>
    </message>
    <message>
        <source>Desk audit</source>
        <translation>Аудит всей службы</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Дашборд</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Согласования (%1)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Согласования</translation>
    </message>
    <message>
        <source>Open the selected ticket</source>
        <translation>Открыть выбранный тикет</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, двойной щелчок</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>Отправить ответ или заметку</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Close a ticket tab</source>
        <translation>Закрыть вкладку тикета</translation>
    </message>
    <message>
        <source>Middle-click the tab</source>
        <translation>Щелчок средней кнопкой по вкладке</translation>
    </message>
    <message>
        <source>Select several tickets</source>
        <translation>Выбрать несколько тикетов</translation>
    </message>
    <message>
        <source>Shift/Ctrl+click, Shift+arrows, Ctrl+A</source>
        <translation>Shift/Ctrl+щелчок, Shift+стрелки, Ctrl+A</translation>
    </message>
    <message>
        <source>Change the selected tickets</source>
        <translation>Изменить выбранные тикеты</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>About the desk</source>
        <translation>О программе Desk</translation>
    </message>
    <message>
        <source>Desk workstation, version %1</source>
        <translation>Рабочее место Desk, версия %1</translation>
    </message>
    <message>
        <source>The support and security desks' workstation. Connected to %1.</source>
        <translation>Рабочее место служб поддержки и безопасности. Подключено к %1.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Выйти из учётной записи?</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which signing out discards.</source>
        <translation>
            <numerusform>В %n тикете есть неотправленный текст; при выходе из учётной записи он будет потерян.</numerusform>
            <numerusform>В %n тикетах есть неотправленный текст; при выходе из учётной записи он будет потерян.</numerusform>
            <numerusform>В %n тикетах есть неотправленный текст; при выходе из учётной записи он будет потерян.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Вход выполнен повторно.</translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation>Закрыть программу?</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which quitting discards.</source>
        <translation>
            <numerusform>В %n тикете есть неотправленный текст; при закрытии программы он будет потерян.</numerusform>
            <numerusform>В %n тикетах есть неотправленный текст; при закрытии программы он будет потерян.</numerusform>
            <numerusform>В %n тикетах есть неотправленный текст; при закрытии программы он будет потерян.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge #%1 into another ticket</source>
        <translation>Объединение #%1 с другим тикетом</translation>
    </message>
    <message>
        <source>Choose the ticket of the same customer to keep. The messages, notes, attachments and tags of #%1 “%2” move to it, and #%1 is closed with a link to it. This cannot be undone.</source>
        <translation>Выберите тикет того же клиента, который останется. Сообщения, заметки, вложения и теги #%1 «%2» будут перенесены в него, а #%1 закроется со ссылкой на него. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>&amp;Merge into selected</source>
        <translation>&amp;Объединить с выбранным</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>Не объединено: %1</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message numerus="yes">
        <source>[%n attachment(s): %1]</source>
        <translation>
            <numerusform>[%n вложение: %1]</numerusform>
            <numerusform>[%n вложения: %1]</numerusform>
            <numerusform>[%n вложений: %1]</numerusform>
        </translation>
    </message>
    <message>
        <source>[Longer than shown: %1 characters in all. “Copy message text” (Ctrl+C) copies all of it.]</source>
        <translation>[Показано не полностью: всего символов — %1. «Копировать текст сообщения» (Ctrl+C) копирует весь текст.]</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Queued: not sent yet</source>
        <translation>В очереди: ещё не отправлено</translation>
    </message>
    <message>
        <source>Not sent: the service refused it</source>
        <translation>Не отправлено: сервис отклонил сообщение</translation>
    </message>
</context>
<context>
    <name>OpenRequestsModel</name>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Автор запроса</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Тикет</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>%1 — emergency, under review</source>
        <translation>%1 — экстренно, на проверке</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation>проверка: %1</translation>
    </message>
    <message>
        <source>expires: %1</source>
        <translation>истекает: %1</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Offline: %n message(s) queued, sent when the service is back</source>
        <translation>
            <numerusform>⚠ Нет связи: %n сообщение в очереди, будет отправлено, когда сервис станет доступен</numerusform>
            <numerusform>⚠ Нет связи: %n сообщения в очереди, будут отправлены, когда сервис станет доступен</numerusform>
            <numerusform>⚠ Нет связи: %n сообщений в очереди, будут отправлены, когда сервис станет доступен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued message(s) wait for you to sign in again</source>
        <translation>
            <numerusform>%n сообщение в очереди ждёт, пока вы снова войдёте</numerusform>
            <numerusform>%n сообщения в очереди ждут, пока вы снова войдёте</numerusform>
            <numerusform>%n сообщений в очереди ждут, пока вы снова войдёте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n queued message(s)…</source>
        <translation>
            <numerusform>Отправка %n сообщения из очереди…</numerusform>
            <numerusform>Отправка %n сообщений из очереди…</numerusform>
            <numerusform>Отправка %n сообщений из очереди…</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are kept in memory only</source>
        <translation>Черновики хранятся только в памяти</translation>
    </message>
    <message>
        <source>Replies and notes you send go to this computer's outbox first and are delivered in order, each exactly once.</source>
        <translation>Отправленные ответы и заметки сначала попадают в исходящие на этом компьютере и доставляются по порядку, каждое ровно один раз.</translation>
    </message>
    <message>
        <source>Without a safe system keyring, drafts and queued messages are kept in memory only and are lost if the app closes.</source>
        <translation>Без надёжного системного хранилища ключей черновики и сообщения в очереди хранятся только в памяти и теряются при закрытии программы.</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>%1 is replying</source>
        <translation>%1 отвечает</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 просматривает</translation>
    </message>
</context>
<context>
    <name>PresenceBar</name>
    <message>
        <source>Others on this ticket</source>
        <translation>Другие сотрудники в этом тикете</translation>
    </message>
</context>
<context>
    <name>ReplyAllDialog</name>
    <message>
        <source>Reply to all linked tickets</source>
        <translation>Ответ всем связанным тикетам</translation>
    </message>
    <message>
        <source>Escalation #%1 (%2): %3</source>
        <translation>Эскалация #%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n linked ticket(s) will each get a normal reply.</source>
        <translation>
            <numerusform>%n связанный тикет получит обычный ответ.</numerusform>
            <numerusform>%n связанных тикета получат по обычному ответу.</numerusform>
            <numerusform>%n связанных тикетов получат по обычному ответу.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Macro (each customer gets it in their language):</source>
        <translation>&amp;Макрос (каждый клиент получит его на своём языке):</translation>
    </message>
    <message>
        <source>No macro: send the text below to everyone</source>
        <translation>Без макроса: отправить всем текст ниже</translation>
    </message>
    <message>
        <source>&amp;Reply text:</source>
        <translation>&amp;Текст ответа:</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Текст ответа</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>&amp;Send to all</source>
        <translation>&amp;Отправить всем</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n ticket(s).</source>
        <translation>
            <numerusform>Отправлено в %n тикет.</numerusform>
            <numerusform>Отправлено в %n тикета.</numerusform>
            <numerusform>Отправлено в %n тикетов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent to %n ticket(s): %1 Send again to retry only those.</source>
        <translation>
            <numerusform>Не отправлено в %n тикет: %1 Отправьте снова, чтобы повторить только для него.</numerusform>
            <numerusform>Не отправлено в %n тикета: %1 Отправьте снова, чтобы повторить только для них.</numerusform>
            <numerusform>Не отправлено в %n тикетов: %1 Отправьте снова, чтобы повторить только для них.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 Send again to retry.</source>
        <translation>Не отправлено: %1 Отправьте снова, чтобы повторить.</translation>
    </message>
</context>
<context>
    <name>ReplyCollision</name>
    <message>
        <source>Someone else replied</source>
        <translation>Кто-то уже ответил</translation>
    </message>
    <message>
        <source>%1 replied to the customer since you opened this ticket. Send your reply anyway?</source>
        <translation>После того как вы открыли этот тикет, клиенту ответил другой сотрудник: %1. Всё равно отправить ваш ответ?</translation>
    </message>
    <message>
        <source>Their reply:</source>
        <translation>Ответ коллеги:</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>Всё равно &amp;отправить</translation>
    </message>
</context>
<context>
    <name>ReplyWarning</name>
    <message>
        <source>Something that looks like a password (after “%1”).</source>
        <translation>Что-то похожее на пароль (после «%1»).</translation>
    </message>
    <message>
        <source>Something that looks like a one-time code (after “%1”).</source>
        <translation>Что-то похожее на одноразовый код (после «%1»).</translation>
    </message>
    <message>
        <source>A personal-data value revealed earlier in this session: %1.</source>
        <translation>Значение персональных данных, показанное ранее в этом сеансе: %1.</translation>
    </message>
    <message>
        <source>A link to %1, which is not one of the exchange's domains.</source>
        <translation>Ссылка на %1 — это не домен биржи.</translation>
    </message>
    <message>
        <source>Send this reply?</source>
        <translation>Отправить этот ответ?</translation>
    </message>
    <message>
        <source>This reply to the customer contains something agents must never send:</source>
        <translation>Этот ответ клиенту содержит то, что агенты никогда не должны отправлять:</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>Всё равно &amp;отправить</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Reveal %1</source>
        <translation>Показать: %1</translation>
    </message>
    <message>
        <source>Revealing the customer's %1 is recorded with your name and reason, and the customer's security team can see it. The value is shown for 30 seconds.</source>
        <translation>Просмотр поля «%1» клиента фиксируется с вашим именем и причиной, и служба безопасности это видит. Значение показывается 30 секунд.</translation>
    </message>
    <message>
        <source>&amp;Why do you need it? (at least 3 characters)</source>
        <translation>&amp;Зачем это нужно? (не менее 3 символов)</translation>
    </message>
    <message>
        <source>Reason for revealing</source>
        <translation>Причина просмотра</translation>
    </message>
    <message>
        <source>e.g. caller verification for ticket #…</source>
        <translation>например, проверка звонящего по тикету #…</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be stored.</source>
        <translation>Причина содержит символы, которые нельзя сохранить.</translation>
    </message>
</context>
<context>
    <name>RevealableValue</name>
    <message>
        <source>Reveal…</source>
        <translation>Показать…</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Показать: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy %1 (cleared from the clipboard in 30 s)</source>
        <translation>Копировать: %1 (удаляется из буфера обмена через 30 с)</translation>
    </message>
    <message numerus="yes">
        <source>hides in %n s</source>
        <translation>
            <numerusform>скроется через %n с</numerusform>
            <numerusform>скроется через %n с</numerusform>
            <numerusform>скроется через %n с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealsModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Указанная причина</translation>
    </message>
</context>
<context>
    <name>RiskSignalsModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Сигнал</translation>
    </message>
    <message>
        <source>24 h cluster</source>
        <translation>Группа за 24 ч</translation>
    </message>
    <message>
        <source>● clustered</source>
        <translation>● в группе</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>RiskTimeline</name>
    <message>
        <source>Risk signals (last 30 days, oldest first)</source>
        <translation>Сигналы риска (за 30 дней, сначала старые)</translation>
    </message>
    <message>
        <source>No risk signals in the last 30 days.</source>
        <translation>За последние 30 дней сигналов риска нет.</translation>
    </message>
    <message numerus="yes">
        <source>Highlighted: %n signals that happened within 24 hours of each other.</source>
        <translation>
            <numerusform>Выделено сигналов: %n — они возникли в пределах 24 часов друг от друга.</numerusform>
            <numerusform>Выделено сигналов: %n — они возникли в пределах 24 часов друг от друга.</numerusform>
            <numerusform>Выделено сигналов: %n — они возникли в пределах 24 часов друг от друга.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message>
        <source>Pending</source>
        <translation>В ожидании</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>В обработке</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>%1 · from %2 · IP %3</source>
        <translation>%1 · из %2 · IP %3</translation>
    </message>
    <message>
        <source>%1 address %2</source>
        <translation>Адрес %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 (about %3 US dollars), %4</source>
        <translation>%1 %2 (около %3 долларов США), %4</translation>
    </message>
    <message>
        <source>Password reset through the email link</source>
        <translation>Сброс пароля по ссылке из письма</translation>
    </message>
    <message>
        <source>2FA turned on (authenticator app)</source>
        <translation>2FA включена (приложение-аутентификатор)</translation>
    </message>
    <message>
        <source>2FA moved to another device</source>
        <translation>2FA перенесена на другое устройство</translation>
    </message>
    <message>
        <source>2FA turned off</source>
        <translation>2FA отключена</translation>
    </message>
    <message>
        <source>Authenticator bound to a new device</source>
        <translation>Аутентификатор привязан к новому устройству</translation>
    </message>
    <message>
        <source>Email address changed</source>
        <translation>Адрес электронной почты изменён</translation>
    </message>
    <message>
        <source>2FA reset by the security desk (request #%1)</source>
        <translation>2FA сброшена службой безопасности (запрос #%1)</translation>
    </message>
</context>
<context>
    <name>SecurityWording</name>
    <message>
        <source>Freeze account</source>
        <translation>Заморозить аккаунт</translation>
    </message>
    <message>
        <source>Unfreeze account</source>
        <translation>Разморозить аккаунт</translation>
    </message>
    <message>
        <source>Reset 2FA</source>
        <translation>Сбросить 2FA</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>Завершить все сеансы</translation>
    </message>
    <message>
        <source>Lock withdrawals</source>
        <translation>Заблокировать вывод</translation>
    </message>
    <message>
        <source>Unlock withdrawals</source>
        <translation>Разблокировать вывод</translation>
    </message>
    <message numerus="yes">
        <source>Lock withdrawals (%n h)</source>
        <translation>
            <numerusform>Заблокировать вывод (%n ч)</numerusform>
            <numerusform>Заблокировать вывод (%n ч)</numerusform>
            <numerusform>Заблокировать вывод (%n ч)</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer can no longer sign in, trade, deposit or withdraw until the account is unfrozen. Open orders stay as they are.</source>
        <translation>Клиент не сможет входить в аккаунт, торговать, пополнять счёт и выводить средства, пока аккаунт не разморозят. Открытые ордера остаются без изменений.</translation>
    </message>
    <message>
        <source>The customer can sign in, trade and withdraw again. Do this only once you are sure the person asking is the account owner.</source>
        <translation>Клиент снова сможет входить, торговать и выводить средства. Делайте это, только если уверены, что обратившийся — владелец аккаунта.</translation>
    </message>
    <message>
        <source>Two-factor authentication is switched off, every session is signed out, and withdrawals are locked for 48 hours. The customer sets up 2FA again at the next sign-in.</source>
        <translation>Двухфакторная аутентификация отключается, все сеансы завершаются, вывод средств блокируется на 48 часов. Клиент заново настроит 2FA при следующем входе.</translation>
    </message>
    <message>
        <source>Every device signed in to this account is signed out at once. The customer (or an attacker) must sign in again with password and 2FA.</source>
        <translation>Все сеансы на всех устройствах сразу завершаются. Клиенту (или злоумышленнику) придётся снова войти с паролем и 2FA.</translation>
    </message>
    <message numerus="yes">
        <source>No withdrawals can leave this account for the next %n h. Deposits and trading continue.</source>
        <translation>
            <numerusform>В течение %n часа вывод средств с этого аккаунта невозможен. Пополнение и торговля доступны.</numerusform>
            <numerusform>В течение %n часов вывод средств с этого аккаунта невозможен. Пополнение и торговля доступны.</numerusform>
            <numerusform>В течение %n часов вывод средств с этого аккаунта невозможен. Пополнение и торговля доступны.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawals are possible again at once, to any address in the customer's address book.</source>
        <translation>Вывод средств сразу снова доступен — на любой адрес из адресной книги клиента.</translation>
    </message>
    <message>
        <source>The account is frozen immediately, before anyone approves it. A supervisor reviews the freeze within 30 minutes and may reverse it. Use this only when funds are at risk right now.</source>
        <translation>Аккаунт замораживается сразу, без предварительного одобрения. Супервайзер проверит заморозку в течение 30 минут и может её отменить. Используйте это, только если средства под угрозой прямо сейчас.</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Ждёт одобрения</translation>
    </message>
    <message>
        <source>Approved and carried out</source>
        <translation>Одобрено и выполнено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка выполнения</translation>
    </message>
    <message>
        <source>Taken, under review</source>
        <translation>Выполнено, на проверке</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Откат выполнен</translation>
    </message>
    <message>
        <source>Approved, being carried out</source>
        <translation>Одобрено, выполняется</translation>
    </message>
    <message>
        <source>Reversal approved, being carried out</source>
        <translation>Отмена одобрена, выполняется</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Новое устройство</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>2FA changed</source>
        <translation>Изменение 2FA</translation>
    </message>
    <message>
        <source>New withdrawal address</source>
        <translation>Новый адрес вывода</translation>
    </message>
    <message>
        <source>Large withdrawal</source>
        <translation>Крупный вывод</translation>
    </message>
    <message>
        <source>Something went wrong on this workstation (%1).</source>
        <translation>Сбой на этом рабочем месте (%1).</translation>
    </message>
    <message>
        <source>This request changed since you opened it. Look at it again.</source>
        <translation>Запрос изменился с тех пор, как вы его открыли. Посмотрите его ещё раз.</translation>
    </message>
    <message>
        <source>This request was already decided.</source>
        <translation>По этому запросу уже принято решение.</translation>
    </message>
    <message>
        <source>This would change nothing on the account now.</source>
        <translation>Сейчас это ничего не изменит в аккаунте.</translation>
    </message>
    <message>
        <source>This request expired before anyone decided it.</source>
        <translation>Срок запроса истёк до того, как по нему приняли решение.</translation>
    </message>
    <message>
        <source>Your own request must be decided by another supervisor.</source>
        <translation>Решение по вашему собственному запросу должен принять другой супервайзер.</translation>
    </message>
    <message>
        <source>Only protective actions can be taken as an emergency.</source>
        <translation>Экстренно можно выполнять только защитные действия.</translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code and try again.</source>
        <translation>Этот код уже использован. Дождитесь следующего кода и повторите попытку.</translation>
    </message>
    <message>
        <source>That code is not right. Check your authenticator app.</source>
        <translation>Неверный код. Проверьте приложение-аутентификатор.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>Слишком много попыток. Подождите несколько минут и повторите попытку.</translation>
    </message>
    <message>
        <source>The account system could not carry this out.</source>
        <translation>Система аккаунтов не смогла это выполнить.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Вашей роли это не разрешено.</translation>
    </message>
    <message>
        <source>It no longer exists, or you may not see it.</source>
        <translation>Объект больше не существует или у вас нет к нему доступа.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Сеанс завершён. Войдите снова.</translation>
    </message>
    <message>
        <source>The desk service cannot be reached. Try again in a moment.</source>
        <translation>Сервис Desk недоступен. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>Someone changed this meanwhile. Look at it again.</source>
        <translation>Кто-то уже изменил эти данные. Посмотрите ещё раз.</translation>
    </message>
    <message>
        <source>The service refused the value of %1.</source>
        <translation>Сервис отклонил значение поля %1.</translation>
    </message>
    <message>
        <source>The service refused this (%1).</source>
        <translation>Сервис отклонил запрос (%1).</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The system keyring could not be opened.</source>
        <translation>Не удалось открыть системное хранилище ключей.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>IP (masked)</source>
        <translation>IP (скрыт)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The system's language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
    <message>
        <source>Dates and numbers:</source>
        <translation>Даты и числа:</translation>
    </message>
    <message>
        <source>Dates and numbers</source>
        <translation>Даты и числа</translation>
    </message>
</context>
<context>
    <name>ShortcutModel</name>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Повторный вход</translation>
    </message>
    <message>
        <source>Sign in to the desk</source>
        <translation>Вход в Desk</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on; your open tickets and unsent text are kept.</source>
        <translation>Сеанс завершён. Войдите снова, чтобы продолжить; открытые тикеты и неотправленный текст сохранены.</translation>
    </message>
    <message>
        <source>Sign in with your desk account and the code from your authenticator app.</source>
        <translation>Войдите с учётной записью Desk и кодом из приложения-аутентификатора.</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only. %1</source>
        <translation>Токены хранятся в памяти только на время этого сеанса. %1</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 цифр</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Код аутентификатора</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation>6-значный код из приложения-аутентификатора</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Закрыть программу</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Нарушен</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Соблюдён</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>The resolution clock is paused while the customer has to answer.</source>
        <translation>Отсчёт времени до решения приостановлен, пока ожидается ответ клиента.</translation>
    </message>
    <message>
        <source>The service target was missed.</source>
        <translation>Срок обслуживания нарушен.</translation>
    </message>
    <message>
        <source>No service target is running.</source>
        <translation>Сроки обслуживания сейчас не отсчитываются.</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>%1 was due at %2: overdue.</source>
        <translation>%1: срок до %2 — просрочено.</translation>
    </message>
    <message>
        <source>%1 due at %2: due soon.</source>
        <translation>%1: срок до %2 — скоро истечёт.</translation>
    </message>
    <message>
        <source>%1 due at %2.</source>
        <translation>%1: срок до %2.</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Confirm it's you</source>
        <translation>Подтвердите, что это вы</translation>
    </message>
    <message>
        <source>🔒 Confirm it's you</source>
        <translation>🔒 Подтвердите, что это вы</translation>
    </message>
    <message>
        <source>Enter the current code from your authenticator app. What you typed is kept: the step continues by itself once the code is accepted.</source>
        <translation>Введите текущий код из приложения-аутентификатора. Введённые данные сохранены: действие продолжится автоматически, как только код будет принят.</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>&amp;Код аутентификатора:</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Код аутентификатора</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 цифр</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>&amp;Подтвердить</translation>
    </message>
</context>
<context>
    <name>SystemNotes</name>
    <message>
        <source>a wallet recovery phrase</source>
        <translation>фразу восстановления кошелька</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>закрытый ключ</translation>
    </message>
    <message>
        <source>a payment card number</source>
        <translation>номер платёжной карты</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>критическая</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>The customer sent what looks like %1. The desk removed it before storing the message, so no one here can see it. Tell the customer that anyone who saw it can take their funds: they must move their funds to a new wallet with a new recovery phrase now (or cancel the card), and that support will never ask for it.</source>
        <translation>Клиент прислал, по всей видимости, %1. Desk удалил это перед сохранением сообщения, поэтому здесь никто не может это увидеть. Скажите клиенту, что любой, кто это видел, может забрать его средства: ему нужно немедленно перевести средства на новый кошелёк с новой фразой восстановления (или заблокировать карту), и что поддержка никогда не просит эти данные.</translation>
    </message>
    <message>
        <source>Auto-acknowledgement sent to the customer.</source>
        <translation>Клиенту отправлено автоматическое подтверждение.</translation>
    </message>
    <message>
        <source>Escalated to engineering by %1 as #%2 (%3): %4</source>
        <translation>%1 эскалировал(а) инженерам как #%2 (%3): %4</translation>
    </message>
    <message>
        <source>Linked by %1 to engineering escalation #%2 (%3): %4. Status: %5</source>
        <translation>%1 связал(а) с инженерной эскалацией #%2 (%3): %4. Статус: %5</translation>
    </message>
    <message>
        <source>Engineering escalation #%1 is now: %2. Engineering's note: %3</source>
        <translation>Инженерная эскалация #%1 теперь в статусе: %2. Заметка инженеров: %3</translation>
    </message>
    <message>
        <source>Engineering escalation #%1 is now: %2</source>
        <translation>Инженерная эскалация #%1 теперь в статусе: %2</translation>
    </message>
</context>
<context>
    <name>TakeoverBanner</name>
    <message>
        <source>⚠ Account-takeover pattern</source>
        <translation>⚠ Признаки захвата аккаунта</translation>
    </message>
    <message>
        <source>Several risk signals (new device, password or 2FA change, new withdrawal address, large withdrawal) happened within 24 hours. Verify the caller before changing anything for them.</source>
        <translation>За 24 часа возникло несколько сигналов риска (новое устройство, смена пароля или 2FA, новый адрес вывода, крупный вывод). Проверьте личность обратившегося, прежде чем что-либо менять по его просьбе.</translation>
    </message>
    <message>
        <source>Emergency &amp;freeze…</source>
        <translation>&amp;Экстренная заморозка…</translation>
    </message>
    <message>
        <source>Emergency freeze (takes effect at once)</source>
        <translation>Экстренная заморозка (действует сразу)</translation>
    </message>
</context>
<context>
    <name>TicketControls</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Кате&amp;гория:</translation>
    </message>
    <message>
        <source>Assign&amp;ee:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Назначить на себя</translation>
    </message>
    <message>
        <source>Assign this ticket to yourself (Ctrl+Shift+A)</source>
        <translation>Назначить этот тикет на себя (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>Press Enter to save the tags</source>
        <translation>Нажмите Enter, чтобы сохранить теги</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <source>Loading ticket…</source>
        <translation>Загрузка тикета…</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>исполнитель: %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>This customer's account shows the account-takeover pattern right now. Check the security panel before acting on any request.</source>
        <translation>Сейчас у аккаунта клиента есть признаки захвата. Прежде чем выполнять любые просьбы, проверьте панель безопасности.</translation>
    </message>
    <message>
        <source>⚠ Customer exposed a secret: they sent a recovery phrase, private key or card number. The desk removed it before storing the message. Read the internal note: tell the customer to move their funds to a new wallet now.</source>
        <translation>⚠ Клиент раскрыл секрет: он прислал фразу восстановления, закрытый ключ или номер карты. Desk удалил его перед сохранением сообщения. Прочитайте внутреннюю заметку: скажите клиенту немедленно перевести средства на новый кошелёк.</translation>
    </message>
    <message>
        <source>Customer rating: %1 (%2 of 5)</source>
        <translation>Оценка клиента: %1 (%2 из 5)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
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
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Subject or #number</source>
        <translation>Тема или #номер</translation>
    </message>
    <message>
        <source>Find in the customer's tickets</source>
        <translation>Поиск по тикетам клиента</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>The customer's tickets</source>
        <translation>Тикеты клиента</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Could not load the tickets: %1</source>
        <translation>Не удалось загрузить тикеты: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No tickets match.</source>
        <translation>Подходящих тикетов нет.</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>Тикетов нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n тикет</numerusform>
            <numerusform>%n тикета</numerusform>
            <numerusform>%n тикетов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>Загружен %n тикет; прокрутите, чтобы загрузить ещё</numerusform>
            <numerusform>Загружено %n тикета; прокрутите, чтобы загрузить ещё</numerusform>
            <numerusform>Загружено %n тикетов; прокрутите, чтобы загрузить ещё</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketTab</name>
    <message>
        <source>&amp;Reload</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <source>&amp;Discard the unsent message</source>
        <translation>&amp;Удалить неотправленное сообщение</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Тикет %1</translation>
    </message>
    <message>
        <source>Its messages, notes and files moved to #%1 with the merge.</source>
        <translation>Его сообщения, заметки и файлы при объединении перенесены в #%1.</translation>
    </message>
    <message>
        <source>This ticket no longer exists, or you can no longer see it.</source>
        <translation>Этот тикет больше не существует или у вас больше нет к нему доступа.</translation>
    </message>
    <message>
        <source>Could not load this ticket: %1</source>
        <translation>Не удалось загрузить тикет: %1</translation>
    </message>
    <message>
        <source>Someone else changed this ticket since you last saw it, so your change was not saved. Reload to see their change, then decide again.</source>
        <translation>Кто-то другой изменил этот тикет после вашего последнего просмотра, поэтому ваше изменение не сохранено. Обновите тикет, чтобы увидеть чужие изменения, и решите заново.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>A queued message was not sent: %1 It stays in the conversation, marked as not sent: copy it from there, or select it and press Delete to discard it.</source>
        <translation>Сообщение из очереди не отправлено: %1 Оно остаётся в переписке с пометкой «не отправлено»: скопируйте его оттуда или выделите и нажмите Delete, чтобы удалить.</translation>
    </message>
    <message>
        <source>Discard the unsent message?</source>
        <translation>Удалить неотправленное сообщение?</translation>
    </message>
    <message>
        <source>The service refused this message, so it was never sent. Discard it from this computer?</source>
        <translation>Сервис отклонил это сообщение, поэтому оно так и не было отправлено. Удалить его с этого компьютера?</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>Объединён с #%1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Secret exposed: %1</source>
        <translation>Раскрыт секрет: %1</translation>
    </message>
</context>
<context>
    <name>TicketTabs</name>
    <message>
        <source>Discard unsent text?</source>
        <translation>Удалить неотправленный текст?</translation>
    </message>
    <message>
        <source>The reply you were writing in %1 has not been sent. Close the tab and discard it?</source>
        <translation>Ответ, который вы писали во вкладке «%1», не отправлен. Закрыть вкладку и удалить его?</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 назад</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tx hash</source>
        <translation>Хеш транзакции</translation>
    </message>
    <message>
        <source>Address (masked)</source>
        <translation>Адрес (скрыт)</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Пополнение</translation>
    </message>
</context>
<context>
    <name>WhoViewedTab</name>
    <message>
        <source>Every time someone on the desk revealed this customer's personal data.</source>
        <translation>Все случаи, когда сотрудники просматривали персональные данные этого клиента.</translation>
    </message>
    <message>
        <source>Who viewed this</source>
        <translation>Кто просматривал</translation>
    </message>
    <message>
        <source>Nobody has revealed this customer's data.</source>
        <translation>Данные этого клиента никто не просматривал.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Reload who viewed this</source>
        <translation>Обновить список просмотров</translation>
    </message>
    <message numerus="yes">
        <source>Reveals recorded: %n.</source>
        <translation>
            <numerusform>Зафиксировано просмотров: %n.</numerusform>
            <numerusform>Зафиксировано просмотров: %n.</numerusform>
            <numerusform>Зафиксировано просмотров: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Не удалось загрузить: %1</translation>
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
        <translation>оценок пока нет</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 5 from %n rating(s)</source>
        <translation>
            <numerusform>%1 из 5 (%n оценка)</numerusform>
            <numerusform>%1 из 5 (%n оценки)</numerusform>
            <numerusform>%1 из 5 (%n оценок)</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals waiting: %1, the oldest for %2</source>
        <translation>Ждут одобрения: %1, самый старый — %2</translation>
    </message>
    <message>
        <source>Approvals waiting: none</source>
        <translation>Ждут одобрения: нет</translation>
    </message>
    <message>
        <source>Backlog: %1</source>
        <translation>Бэклог: %1</translation>
    </message>
    <message>
        <source>Breached now: %1</source>
        <translation>С нарушением SLA сейчас: %1</translation>
    </message>
    <message>
        <source>Median first response: %1</source>
        <translation>Медиана первого ответа: %1</translation>
    </message>
    <message>
        <source>Median resolution: %1</source>
        <translation>Медиана решения: %1</translation>
    </message>
    <message>
        <source>CSAT: %1</source>
        <translation>CSAT: %1</translation>
    </message>
    <message>
        <source>%1 is rising: %2 tickets in the last hour, usually %3.</source>
        <translation>Рост по категории «%1»: за последний час тикетов — %2, обычно %3.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Например: %1</translation>
    </message>
    <message>
        <source>Tickets per day (UTC)</source>
        <translation>Тикеты по дням (UTC)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>SLA attainment (tickets opened in the period)</source>
        <translation>Соблюдение SLA (тикеты, созданные за период)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Соблюдён</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Нарушен</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>Соблюдение, %</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Breached now</source>
        <translation>С нарушением сейчас</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Время ответа</translation>
    </message>
    <message>
        <source>Median first response (seconds)</source>
        <translation>Медиана первого ответа, с</translation>
    </message>
    <message>
        <source>Median resolution (seconds)</source>
        <translation>Медиана решения, с</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Удовлетворённость клиентов</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Agent load</source>
        <translation>Нагрузка на агентов</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Ожидает ответа клиента</translation>
    </message>
    <message>
        <source>Solved in period</source>
        <translation>Решено за период</translation>
    </message>
    <message>
        <source>Backlog now</source>
        <translation>Бэклог сейчас</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Согласования</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Oldest (seconds)</source>
        <translation>Самый старый, с</translation>
    </message>
    <message>
        <source>Median age (seconds)</source>
        <translation>Медианный возраст, с</translation>
    </message>
    <message>
        <source>Trend alerts</source>
        <translation>Оповещения о трендах</translation>
    </message>
    <message>
        <source>Raised at (UTC)</source>
        <translation>Время срабатывания (UTC)</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Обычно</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Тикеты</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Upload of %1</source>
        <translation>Загрузка файла %1</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the upload of %1</source>
        <translation>Отменить загрузку %1</translation>
    </message>
    <message>
        <source>%1, %2 — goes with this message</source>
        <translation>%1, %2 — будет отправлен с этим сообщением</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>Не прикреплено: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Убрать %1</translation>
    </message>
</context>
</TS>
