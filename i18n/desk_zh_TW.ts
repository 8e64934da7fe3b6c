<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ActionPanel</name>
    <message>
        <source>Every action below needs a second person: a supervisor approves it before anything changes. The emergency freeze is the exception.</source>
        <translation>以下每項操作都需要第二人把關：經主管核准後才會生效。緊急凍結除外。</translation>
    </message>
    <message>
        <source>Protect the account</source>
        <translation>保護帳戶</translation>
    </message>
    <message>
        <source>Restore access</source>
        <translation>恢復存取</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Emergency &amp;freeze…</source>
        <translation>緊急凍結(&amp;F)…</translation>
    </message>
    <message>
        <source>Emergency freeze (takes effect at once)</source>
        <translation>緊急凍結（立即生效）</translation>
    </message>
    <message>
        <source>Freezes the account at once; a supervisor reviews it within 30 minutes and may reverse it.</source>
        <translation>立即凍結帳戶；主管會在 30 分鐘內覆核，並可能撤銷。</translation>
    </message>
    <message>
        <source>&amp;Cancel my request</source>
        <translation>撤回我的申請(&amp;C)</translation>
    </message>
    <message>
        <source>Requests for this customer</source>
        <translation>此客戶的申請</translation>
    </message>
    <message>
        <source>No security actions requested yet.</source>
        <translation>尚未申請任何安全操作。</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>正在載入客戶…</translation>
    </message>
    <message>
        <source>Request #%1 for this is already waiting for a supervisor.</source>
        <translation>此操作的申請 #%1 已在等待主管核准。</translation>
    </message>
    <message>
        <source>The account is already frozen.</source>
        <translation>此帳戶已遭凍結。</translation>
    </message>
    <message>
        <source>The account is not frozen.</source>
        <translation>此帳戶未凍結。</translation>
    </message>
    <message>
        <source>Two-factor authentication is already off.</source>
        <translation>雙重驗證已關閉。</translation>
    </message>
    <message>
        <source>The customer has no active sessions.</source>
        <translation>此客戶沒有使用中的工作階段。</translation>
    </message>
    <message>
        <source>Withdrawals are not locked.</source>
        <translation>提領目前未鎖定。</translation>
    </message>
    <message>
        <source>Opens the request form; nothing happens until you submit it.</source>
        <translation>開啟申請表單；送出前不會有任何變更。</translation>
    </message>
    <message>
        <source>%1 taken at once; a supervisor will review it.</source>
        <translation>已立即執行「%1」，主管將進行覆核。</translation>
    </message>
    <message>
        <source>%1 requested; waiting for a supervisor.</source>
        <translation>已申請「%1」，正在等待主管核准。</translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>無法載入申請：%1</translation>
    </message>
    <message>
        <source>Select one of your own pending requests.</source>
        <translation>請選擇一筆您本人提出的待核准申請。</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>申請已撤回：%1</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>無法撤回：%1</translation>
    </message>
</context>
<context>
    <name>ActionRequestDialog</name>
    <message>
        <source>Emergency: %1</source>
        <translation>緊急：%1</translation>
    </message>
    <message>
        <source>Emergency: %1 now</source>
        <translation>緊急：立即%1</translation>
    </message>
    <message>
        <source>This takes effect the moment you press the button. Your reason and the action are recorded in the audit log and shown to the supervisors.</source>
        <translation>按下按鈕即刻生效。您填寫的原因與本次操作會記入稽核紀錄，並顯示給主管。</translation>
    </message>
    <message>
        <source>%1 &amp;now</source>
        <translation>立即%1(&amp;N)</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>申請：%1</translation>
    </message>
    <message>
        <source>Nothing changes yet: a supervisor other than you must approve this request. It expires if nobody decides it in time. You can cancel it while it is pending.</source>
        <translation>尚未生效：須由您以外的另一位主管核准此申請。若未在時限內處理，申請將逾期失效。申請待核准期間，您可以撤回。</translation>
    </message>
    <message>
        <source>&amp;Request approval</source>
        <translation>申請核准(&amp;R)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Linked ticket:</source>
        <translation>關聯工單：</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>None — the request is not linked to a ticket</source>
        <translation>無 — 此申請未關聯工單</translation>
    </message>
    <message>
        <source>Lock for (&amp;hours):</source>
        <translation>鎖定時數（小時）(&amp;H)：</translation>
    </message>
    <message>
        <source>Lock withdrawals for how many hours</source>
        <translation>鎖定提領的小時數</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>Rea&amp;son (required; the supervisor and the audit log see it):</source>
        <translation>原因(&amp;S)（必填；主管與稽核紀錄皆可見）：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What you saw and why this action is needed</source>
        <translation>您觀察到的情況，以及為何需要此操作</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be stored.</source>
        <translation>原因中含有無法儲存的字元。</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Requested</source>
        <translation>申請時間</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>審核結果</translation>
    </message>
    <message>
        <source>%1 (emergency)</source>
        <translation>%1（緊急）</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：「%2」</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <source>Recent sign-ins</source>
        <translation>最近登入</translation>
    </message>
    <message>
        <source>No sign-ins in the last 30 days.</source>
        <translation>最近 30 天內沒有登入紀錄。</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>使用中的工作階段</translation>
    </message>
    <message>
        <source>No active sessions.</source>
        <translation>沒有使用中的工作階段。</translation>
    </message>
    <message>
        <source>Deposits and withdrawals</source>
        <translation>入金與提領</translation>
    </message>
    <message>
        <source>No recent deposits or withdrawals.</source>
        <translation>近期沒有入金或提領紀錄。</translation>
    </message>
    <message>
        <source>Address book changes</source>
        <translation>地址簿變更</translation>
    </message>
    <message>
        <source>No address book changes.</source>
        <translation>沒有地址簿變更。</translation>
    </message>
</context>
<context>
    <name>AddressBookModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>幣種</translation>
    </message>
    <message>
        <source>Address (masked)</source>
        <translation>地址（已遮蔽）</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
</context>
<context>
    <name>AnswerTools</name>
    <message>
        <source>Macros… (Ctrl+M)</source>
        <translation>巨集…（Ctrl+M）</translation>
    </message>
    <message>
        <source>Insert a canned reply in the customer's language</source>
        <translation>插入客戶所用語言的預設回覆</translation>
    </message>
    <message>
        <source>Escalate to engineering…</source>
        <translation>升級至工程團隊…</translation>
    </message>
    <message>
        <source>Hand a technical problem to engineering (Ctrl+Shift+E)</source>
        <translation>將技術問題轉交工程團隊（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Reply to all lin&amp;ked…</source>
        <translation>回覆所有關聯工單(&amp;K)…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知識庫</translation>
    </message>
    <message>
        <source>Articles for this ticket (Ctrl+K)</source>
        <translation>此工單的相關文章（Ctrl+K）</translation>
    </message>
    <message>
        <source>Inserted the %1 version of “%2”: it has no %3 version yet.</source>
        <translation>已插入「%2」的%1版本：此巨集尚無%3版本。</translation>
    </message>
    <message>
        <source>Escalated, but these files were refused: %1</source>
        <translation>已升級，但下列檔案遭拒絕：%1</translation>
    </message>
    <message>
        <source>Escalation #%1: %2</source>
        <translation>升級案件 #%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n linked ticket(s)</source>
        <translation>
            <numerusform>%n 張關聯工單</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo accounts: agent1, agent2, secops1, super1, admin1; password desk-demo. The authenticator codes come from the demo TOTP secret %1.</source>
        <translation>示範帳號：agent1、agent2、secops1、super1、admin1；密碼 desk-demo。驗證碼由示範 TOTP 金鑰 %1 產生。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>未預期的錯誤</translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in the log; you can carry on working.</source>
        <translation>發生問題（%1）。詳細資訊已寫入記錄檔，您可以繼續工作。</translation>
    </message>
    <message>
        <source>Starting the demo service…</source>
        <translation>正在啟動示範服務…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>The demo service could not be started: %1</source>
        <translation>無法啟動示範服務：%1</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Requests waiting for a second person, oldest first. Emergencies already taken are on top until reviewed. Select one to see its evidence.</source>
        <translation>等待第二人核准的申請，依時間由舊到新排列。已執行的緊急操作在覆核前會置頂顯示。選取一筆即可檢視其佐證資料。</translation>
    </message>
    <message>
        <source>Open security requests (read-only: supervisors decide them).</source>
        <translation>待核准的安全申請（唯讀：由主管審核）。</translation>
    </message>
    <message>
        <source>Open &amp;requests</source>
        <translation>待核准申請(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing is waiting for a decision.</source>
        <translation>沒有待審核的事項。</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新載入(&amp;L)</translation>
    </message>
    <message>
        <source>Reload open requests</source>
        <translation>重新載入待核准申請</translation>
    </message>
    <message numerus="yes">
        <source>Open requests: %n.</source>
        <translation>
            <numerusform>待核准申請：%n 筆。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>無法載入申請：%1</translation>
    </message>
    <message>
        <source>%1, requested by %2</source>
        <translation>%1，申請人：%2</translation>
    </message>
    <message>
        <source>Emergency action to review</source>
        <translation>待覆核的緊急操作</translation>
    </message>
    <message>
        <source>New security request</source>
        <translation>新的安全申請</translation>
    </message>
    <message>
        <source>New security requests</source>
        <translation>新的安全申請</translation>
    </message>
    <message numerus="yes">
        <source>%n requests are waiting.</source>
        <translation>
            <numerusform>有 %n 筆申請正在等待處理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency review overdue</source>
        <translation>緊急操作覆核逾期</translation>
    </message>
    <message>
        <source>An emergency action is past its review deadline.</source>
        <translation>有一項緊急操作已超過覆核期限。</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>A&amp;ttach files…</source>
        <translation>附加檔案(&amp;T)…</translation>
    </message>
    <message>
        <source>Attach files to this message, or drop them on the composer</source>
        <translation>為這則訊息附加檔案，或將檔案拖放到編輯區</translation>
    </message>
    <message>
        <source>or drop files on the composer</source>
        <translation>或將檔案拖放至編輯區</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>此檔案過大。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>無法讀取此檔案。</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>文字檔</translation>
    </message>
    <message>
        <source>Screen recording</source>
        <translation>螢幕錄影</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>This file is a program or script. The desk does not accept programs, whatever their name.</source>
        <translation>此檔案為程式或指令碼。無論檔名為何，工作台都不接受程式。</translation>
    </message>
    <message>
        <source>This file is an archive or an Office document. Send a PDF or a screenshot instead.</source>
        <translation>此檔案為壓縮檔或 Office 文件。請改為傳送 PDF 或螢幕截圖。</translation>
    </message>
    <message>
        <source>The desk does not accept this type of file. Images, PDFs, text files and short screen recordings are accepted.</source>
        <translation>工作台不接受此類型的檔案。可接受圖片、PDF、文字檔與簡短的螢幕錄影。</translation>
    </message>
    <message>
        <source>This file is damaged, incomplete or too large to open safely.</source>
        <translation>此檔案已損毀、不完整或過大，無法安全開啟。</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>此檔案過大。</translation>
    </message>
    <message>
        <source>Too many files for one message. Send the rest with another message.</source>
        <translation>單則訊息的檔案過多。請以另一則訊息傳送其餘檔案。</translation>
    </message>
    <message>
        <source>A file was already sent or is not yours to send. Remove it and attach it again.</source>
        <translation>有檔案已傳送過，或您無權傳送。請將其移除後重新附加。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Requested</source>
        <translation>已申請</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>已執行</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Execution failed</source>
        <translation>執行失敗</translation>
    </message>
    <message>
        <source>Emergency confirmed</source>
        <translation>緊急操作已確認</translation>
    </message>
    <message>
        <source>Emergency reversed</source>
        <translation>緊急操作已撤銷</translation>
    </message>
    <message>
        <source>Previous state restored</source>
        <translation>已還原先前狀態</translation>
    </message>
    <message>
        <source>Reversal refused by the account system</source>
        <translation>帳戶系統拒絕撤銷</translation>
    </message>
    <message>
        <source>Sign-in ended: a session token was used twice (possible theft)</source>
        <translation>登入已結束：工作階段權杖被使用了兩次（可能遭竊用）</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>覆核逾期</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>已顯示個人資料</translation>
    </message>
    <message>
        <source>Attachment downloaded</source>
        <translation>附件已下載</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>欄位：%1</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>request #%1</source>
        <translation>申請 #%1</translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation>工單 #%1</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>客戶 #%1</translation>
    </message>
    <message>
        <source>Entry #%1, hash %2</source>
        <translation>項目 #%1，雜湊 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>相關對象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail for this customer</source>
        <translation>此客戶的稽核紀錄</translation>
    </message>
    <message>
        <source>Audit trail for this ticket</source>
        <translation>此工單的稽核紀錄</translation>
    </message>
    <message>
        <source>Audit trail for the whole desk</source>
        <translation>整個工作台的稽核紀錄</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚無紀錄。</translation>
    </message>
    <message>
        <source>&amp;Reload and verify</source>
        <translation>重新載入並驗證(&amp;R)</translation>
    </message>
    <message>
        <source>Could not verify the audit chain: %1</source>
        <translation>無法驗證稽核鏈：%1</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>正在驗證稽核鏈…</translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit chain verified: %n entries</source>
        <translation>
            <numerusform>✔ 稽核鏈驗證通過：%n 筆紀錄</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ CHAIN BROKEN at entry #%1 — report this to security at once</source>
        <translation>✖ 稽核鏈在項目 #%1 處斷裂 — 請立即通報資安團隊</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n. Older ones load as you scroll down.</source>
        <translation>
            <numerusform>已顯示 %n 筆紀錄。向下捲動可載入較早的紀錄。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n (all of them).</source>
        <translation>
            <numerusform>已顯示 %n 筆紀錄（全部）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the audit trail: %1</source>
        <translation>無法載入稽核紀錄：%1</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>Change tickets</source>
        <translation>批次變更工單</translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected ticket(s). Each ticket keeps its own version: one that someone else changed since it was loaded is left as it is, and listed.</source>
        <translation>
            <numerusform>變更選取的 %n 張工單。每張工單依各自的版本處理：載入後遭他人變更的工單將維持原狀，並會列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>負責人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>優先順序(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>類別(&amp;C)：</translation>
    </message>
    <message>
        <source>Add &amp;tags:</source>
        <translation>新增標籤(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>移除標籤(&amp;R)：</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>移除標籤</translation>
    </message>
    <message>
        <source>comma-separated, e.g. vip, refund</source>
        <translation>以半形逗號分隔，例如 vip, refund</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>以半形逗號分隔</translation>
    </message>
    <message>
        <source>Also every other ticket of this view that is not loaded yet</source>
        <translation>一併套用至此檢視中尚未載入的其他所有工單</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>套用(&amp;P)</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>不變更</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未指派</translation>
    </message>
</context>
<context>
    <name>BulkResult</name>
    <message>
        <source>someone else changed it after it was loaded</source>
        <translation>載入後已遭他人變更</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>the service refused the change</source>
        <translation>服務拒絕了此變更</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>已變更 %n 張工單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had these values.</source>
        <translation>
            <numerusform>%n 張已是這些值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed.</source>
        <translation>
            <numerusform>%n 張未變更。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the tickets after that were not sent.</source>
        <translation>已取消：其後的工單未送出。</translation>
    </message>
    <message>
        <source>Stopped: %1 The tickets after that were not sent.</source>
        <translation>已停止：%1 其後的工單未送出。</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 另有 %n 張。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkTriage</name>
    <message>
        <source>C&amp;hange selected…</source>
        <translation>變更選取項目(&amp;H)…</translation>
    </message>
    <message>
        <source>Assign, or change status, priority, category or tags (Ctrl+E)</source>
        <translation>指派，或變更狀態、優先順序、類別或標籤（Ctrl+E）</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清除選取</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>已選取 %n 張工單</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing tickets</source>
        <translation>正在變更工單</translation>
    </message>
    <message>
        <source>Changing tickets…</source>
        <translation>正在變更工單…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sent…</source>
        <translation>
            <numerusform>已送出 %n 張工單…</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets changed</source>
        <translation>工單已變更</translation>
    </message>
    <message>
        <source>Not changed:</source>
        <translation>未變更：</translation>
    </message>
</context>
<context>
    <name>CollabBar</name>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>合併至(&amp;G)…</translation>
    </message>
    <message>
        <source>Merge this ticket into another ticket of the same customer</source>
        <translation>將此工單合併至同一客戶的另一張工單</translation>
    </message>
    <message>
        <source>This ticket was merged into #%1: its conversation continues there.</source>
        <translation>此工單已合併至 #%1：對話將在該工單中繼續。</translation>
    </message>
    <message>
        <source>&amp;Open #%1</source>
        <translation>開啟 #%1(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Open the ticket it was merged into</source>
        <translation>開啟合併後的工單(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Re&amp;ply to customer</source>
        <translation>回覆客戶(&amp;P)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>內部備註(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Message (internal note, only agents see it):</source>
        <translation>訊息(&amp;M)（內部備註，僅客服人員可見）：</translation>
    </message>
    <message>
        <source>Write a note for other agents…</source>
        <translation>寫一則備註給其他客服人員…</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>內部備註</translation>
    </message>
    <message>
        <source>&amp;Message (the customer will see it; they write in %1):</source>
        <translation>訊息(&amp;M)（客戶會看到；客戶使用%1）：</translation>
    </message>
    <message>
        <source>&amp;Message (the customer will see it):</source>
        <translation>訊息(&amp;M)（客戶會看到）：</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>撰寫給客戶的回覆…</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>回覆客戶</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter 送出</translation>
    </message>
    <message>
        <source>This ticket was merged into #%1, so nothing more can be sent from here. Your text is kept: copy it into #%1.</source>
        <translation>此工單已合併至 #%1，因此無法再從這裡傳送任何內容。您的文字已保留：請將其複製到 #%1。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>新增備註(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>送出回覆(&amp;S)</translation>
    </message>
    <message>
        <source>The message is too long (%1 characters; at most %2).</source>
        <translation>訊息過長（%1 個字元，上限 %2 個）。</translation>
    </message>
    <message>
        <source>Wait until the files are uploaded, or cancel them.</source>
        <translation>請等待檔案上傳完成，或取消上傳。</translation>
    </message>
    <message>
        <source>Not sent: %1 Your text is kept; send again when ready.</source>
        <translation>未送出：%1 您的內容已保留，準備好後請再次送出。</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConversationFiles</name>
    <message>
        <source>Image not available</source>
        <translation>無法顯示圖片</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>正在載入圖片…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>儲存附件</translation>
    </message>
    <message>
        <source>Save this file from the conversation?

Name: %1
Type: %2 (%3), found from its contents
Size: %4

The desk does not open it. Open it only if you expect it.</source>
        <translation>要儲存對話中的這個檔案嗎？

名稱：%1
類型：%2（%3），依檔案內容判定
大小：%4

工作台不會開啟此檔案。請僅在您預期會收到此檔案時才開啟。</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>儲存(&amp;S)…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在儲存 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The file was not saved: %1</source>
        <translation>檔案未儲存：%1</translation>
    </message>
    <message>
        <source>View image “%1”</source>
        <translation>檢視圖片「%1」</translation>
    </message>
    <message>
        <source>Save “%1”…</source>
        <translation>儲存「%1」…</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>%1 · internal note</source>
        <translation>%1 · 內部備註</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>&amp;Copy message text</source>
        <translation>複製訊息文字(&amp;C)</translation>
    </message>
    <message>
        <source>Open link…</source>
        <translation>開啟連結…</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>&amp;Profile and risk</source>
        <translation>資料與風險(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>活動(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>歷史紀錄(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Security actions</source>
        <translation>安全操作(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Who viewed this</source>
        <translation>檢視紀錄(&amp;W)</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>稽核(&amp;U)</translation>
    </message>
    <message>
        <source>Ticket audit</source>
        <translation>工單稽核</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>客戶詳細資料</translation>
    </message>
    <message>
        <source>ACCOUNT FROZEN</source>
        <translation>帳戶已凍結</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Incident record…</source>
        <translation>事件紀錄(&amp;I)…</translation>
    </message>
    <message>
        <source>The timeline of this account for the security investigation</source>
        <translation>此帳戶的時間軸，供資安調查使用</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>客戶 #%1</translation>
    </message>
    <message>
        <source>Customer #%1 · %2 · %3 · VIP %4</source>
        <translation>客戶 #%1 · %2 · %3 · VIP %4</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>正在載入客戶…</translation>
    </message>
    <message>
        <source>Could not load the customer: %1</source>
        <translation>無法載入客戶：%1</translation>
    </message>
</context>
<context>
    <name>CustomerTicketsModel</name>
    <message>
        <source>Ticket</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>已合併至 #%1</translation>
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
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小時</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>匯出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the figures shown for this period as a CSV file</source>
        <translation>將此期間顯示的統計資料儲存為 CSV 檔案</translation>
    </message>
    <message>
        <source>&amp;Breached now (Enter opens the ticket)</source>
        <translation>目前已逾時(&amp;B)（按 Enter 開啟工單）</translation>
    </message>
    <message>
        <source>Tickets past a due time now</source>
        <translation>目前已超過期限的工單</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>正在載入統計資料…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>更新於 %1</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>無法載入統計資料：%1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Tickets per day</source>
        <translation>每日工單數</translation>
    </message>
    <message>
        <source>Opened %1, solved %2 in the period</source>
        <translation>此期間新建 %1 張，解決 %2 張</translation>
    </message>
    <message>
        <source>Opened by category, per day</source>
        <translation>依類別統計的新建工單（每日）</translation>
    </message>
    <message>
        <source>Opened by category, per week</source>
        <translation>依類別統計的新建工單（每週）</translation>
    </message>
    <message>
        <source>Most tickets: %1</source>
        <translation>工單最多：%1</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次回應</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已達成</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>SLA 達成率</translation>
    </message>
    <message>
        <source>First response %1, resolution %2</source>
        <translation>首次回應 %1，解決 %2</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>Customer satisfaction: %1</source>
        <translation>客戶滿意度：%1</translation>
    </message>
    <message>
        <source>Ratings from 1 to 5 stars: %1</source>
        <translation>1 至 5 星評分：%1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Agent load</source>
        <translation>客服人員工作量</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s): assigned tickets active, waiting for the customer and breached now; solved in the period</source>
        <translation>
            <numerusform>%n 位客服人員：指派工單中處理中、待客戶回覆與目前已逾時的數量；以及此期間已解決的數量</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend alert</source>
        <translation>趨勢警示</translation>
    </message>
    <message>
        <source>desk-statistics-%1.csv</source>
        <translation>desk-statistics-%1.csv</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>匯出統計資料</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <source>Decision</source>
        <translation>審核</translation>
    </message>
    <message>
        <source>Co&amp;mment (required to reject; the requester sees it):</source>
        <translation>意見(&amp;M)（駁回時必填；申請人可見）：</translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation>審核意見</translation>
    </message>
    <message>
        <source>Your request — another supervisor must decide.</source>
        <translation>這是您的申請 — 須由另一位主管審核。</translation>
    </message>
    <message>
        <source>&amp;Keep it (confirm)…</source>
        <translation>維持（確認）(&amp;K)…</translation>
    </message>
    <message>
        <source>Re&amp;verse it…</source>
        <translation>撤銷(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>核准(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>駁回(&amp;R)</translation>
    </message>
    <message>
        <source>The comment is too long.</source>
        <translation>意見過長。</translation>
    </message>
    <message>
        <source>Keep the emergency %1 in place?</source>
        <translation>維持緊急操作「%1」？</translation>
    </message>
    <message>
        <source>The action stays in effect and the review is closed.</source>
        <translation>此操作將持續生效，覆核隨即結案。</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>維持(&amp;K)</translation>
    </message>
    <message>
        <source>Approve and carry out “%1” for customer #%2 now?</source>
        <translation>立即核准並為客戶 #%2 執行「%1」？</translation>
    </message>
    <message>
        <source>&amp;Approve and carry out</source>
        <translation>核准並執行(&amp;A)</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>核准申請</translation>
    </message>
    <message>
        <source>Say why you reject this request: the comment is required.</source>
        <translation>請說明駁回此申請的原因：意見為必填。</translation>
    </message>
    <message>
        <source>Reverse the emergency %1?</source>
        <translation>撤銷緊急操作「%1」？</translation>
    </message>
    <message>
        <source>The account goes back to how it was before the emergency action. Do this only if the action was a mistake.</source>
        <translation>帳戶將還原為緊急操作之前的狀態。僅在該操作屬於誤操作時才執行。</translation>
    </message>
    <message>
        <source>Reverse emergency action</source>
        <translation>撤銷緊急操作</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>撤銷(&amp;V)</translation>
    </message>
    <message>
        <source>Approved, but the account system could not carry it out.</source>
        <translation>已核准，但帳戶系統無法執行。</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <source>This request expired before anyone decided it.</source>
        <translation>此申請在審核前已逾期。</translation>
    </message>
    <message>
        <source>Already decided by %1: %2.</source>
        <translation>已由 %1 審核：%2。</translation>
    </message>
    <message>
        <source>Already decided: %1.</source>
        <translation>已審核：%1。</translation>
    </message>
    <message>
        <source>This request changed since you opened it. Check it again before deciding.</source>
        <translation>您開啟此申請後，內容已有變更。請重新確認後再做決定。</translation>
    </message>
    <message>
        <source>Approving would change nothing: the account is already in that state. Reject it instead.</source>
        <translation>核准不會帶來任何變化：帳戶已處於該狀態。請改為駁回。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The user name, password or code is wrong.</source>
        <translation>使用者名稱、密碼或驗證碼錯誤。</translation>
    </message>
    <message>
        <source>That code has already been used. Wait for the next code in your authenticator app and try again.</source>
        <translation>此驗證碼已使用過。請等待驗證器 App 中的下一組驗證碼後再試一次。</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Wait a few minutes, then try again.</source>
        <translation>登入失敗次數過多。請稍候幾分鐘再試一次。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>此帳號已停用。請洽詢管理員。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>您的工作階段已結束。請重新登入。</translation>
    </message>
    <message>
        <source>Confirm with a fresh code from your authenticator app first.</source>
        <translation>請先以驗證器 App 中的新驗證碼進行確認。</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>您無權執行此操作。</translation>
    </message>
    <message>
        <source>This no longer exists, or you cannot see it.</source>
        <translation>此項目已不存在，或您無權檢視。</translation>
    </message>
    <message>
        <source>Someone else changed this ticket since you opened it. Reload to see their change.</source>
        <translation>您開啟此工單後，其他人已變更了它。請重新載入以查看對方的變更。</translation>
    </message>
    <message>
        <source>The service refused the request as invalid.</source>
        <translation>要求無效，已遭服務拒絕。</translation>
    </message>
    <message>
        <source>This is too long for the service to accept.</source>
        <translation>內容過長，服務無法接受。</translation>
    </message>
    <message>
        <source>This message was already sent with different text. Send it again as a new message.</source>
        <translation>此訊息先前已以不同內容送出。請改以新訊息重新送出。</translation>
    </message>
    <message>
        <source>Someone else has already decided this.</source>
        <translation>已有其他人做出決定。</translation>
    </message>
    <message>
        <source>This request has expired.</source>
        <translation>此申請已逾期。</translation>
    </message>
    <message>
        <source>Another agent replied to the customer meanwhile. Read their reply, then send again if yours is still needed.</source>
        <translation>在此期間，其他客服人員已回覆客戶。請先閱讀對方的回覆；若仍需要您的回覆，請再次送出。</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>工單無法合併至其本身。</translation>
    </message>
    <message>
        <source>Only tickets of the same customer can be merged.</source>
        <translation>僅能合併同一客戶的工單。</translation>
    </message>
    <message>
        <source>That ticket is closed or was merged itself. Choose an open ticket.</source>
        <translation>該工單已關閉，或其本身已被合併。請選擇未關閉的工單。</translation>
    </message>
    <message>
        <source>This ticket was already merged.</source>
        <translation>此工單已合併。</translation>
    </message>
    <message>
        <source>This ticket was merged into another ticket; its conversation continues there.</source>
        <translation>此工單已合併至另一張工單，對話在那裡繼續。</translation>
    </message>
    <message>
        <source>The reply holds a placeholder in braces that the desk does not fill in. Only {customer_name}, {ticket_id} and {agent_name} are filled; correct or remove the others.</source>
        <translation>回覆中含有系統不會填入的大括號預留位置。只有 {customer_name}、{ticket_id} 和 {agent_name} 會被填入；請更正或刪除其他預留位置。</translation>
    </message>
    <message>
        <source>The service could not be reached. Check the server address and your network.</source>
        <translation>無法連線至服務。請檢查伺服器位址與您的網路。</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again.</source>
        <translation>服務回應逾時。請再試一次。</translation>
    </message>
    <message>
        <source>The service's certificate could not be verified, so the connection was not used.</source>
        <translation>無法驗證服務的憑證，因此未使用此連線。</translation>
    </message>
    <message>
        <source>The service is unavailable right now. Try again in a moment.</source>
        <translation>服務目前無法使用。請稍後再試。</translation>
    </message>
    <message>
        <source>The service gave an answer this desk does not understand (it may be a different version).</source>
        <translation>服務傳回了本工作台無法解讀的回應（版本可能不同）。</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>要求過於頻繁。請稍候再試一次。</translation>
    </message>
    <message>
        <source>The server address sends the desk somewhere else, which the desk does not follow. Check the server address (for example https:// rather than http://).</source>
        <translation>此伺服器位址會將工作台重新導向至其他位置，而工作台不會跟隨重新導向。請檢查伺服器位址（例如應使用 https:// 而非 http://）。</translation>
    </message>
    <message>
        <source>The service sent a far larger answer than expected, so the desk did not read it. Try again; if it happens again, tell your administrator.</source>
        <translation>服務傳回的回應遠大於預期，因此工作台未讀取此回應。請再試一次；若再次發生，請通知您的管理員。</translation>
    </message>
    <message>
        <source>This server address is not safe to use: %1</source>
        <translation>此伺服器位址不安全，無法使用：%1</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>系統金鑰圈發生錯誤：%1</translation>
    </message>
    <message>
        <source>The service refused the request (%1).</source>
        <translation>服務拒絕了此要求（%1）。</translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>請檢查：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>請於 %n 秒後再試一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in the log.</source>
        <translation>發生問題（%1）。詳細資訊已寫入記錄檔。</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>Critical: funds at risk or trading halted</source>
        <translation>嚴重：資金面臨風險或交易暫停</translation>
    </message>
    <message>
        <source>High: many customers blocked</source>
        <translation>高：大量客戶受阻</translation>
    </message>
    <message>
        <source>Medium: some customers affected, a workaround exists</source>
        <translation>中：部分客戶受影響，已有替代方案</translation>
    </message>
    <message>
        <source>Low: cosmetic or a single customer</source>
        <translation>低：介面外觀問題或僅涉及單一客戶</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>調查中</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>需補充資訊</translation>
    </message>
    <message>
        <source>Fix in progress</source>
        <translation>修正中</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>已修正</translation>
    </message>
    <message>
        <source>Won't fix</source>
        <translation>不予修正</translation>
    </message>
</context>
<context>
    <name>EscalationForm</name>
    <message>
        <source>Escalate to engineering</source>
        <translation>升級至工程團隊</translation>
    </message>
    <message>
        <source>Escalate ticket #%1 to engineering</source>
        <translation>將工單 #%1 升級至工程團隊</translation>
    </message>
    <message>
        <source>Give engineers the facts they need. Every linked ticket hears about each status change as an internal note. Never paste passwords, keys or recovery phrases.</source>
        <translation>請提供工程師所需的具體資訊。每次狀態變更都會以內部備註的形式通知所有關聯工單。切勿貼上密碼、金鑰或助記詞。</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>嚴重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>Steps to &amp;reproduce:</source>
        <translation>重現步驟(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Tx ids:</source>
        <translation>交易 ID(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Order ids:</source>
        <translation>委託單 ID(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Affected assets:</source>
        <translation>受影響幣種(&amp;A)：</translation>
    </message>
    <message>
        <source>Other &amp;tickets (same problem):</source>
        <translation>其他工單(&amp;T)（相同問題）：</translation>
    </message>
    <message>
        <source>Screenshots and &amp;logs:</source>
        <translation>螢幕截圖與記錄檔(&amp;L)：</translation>
    </message>
    <message>
        <source>What is broken, in one line</source>
        <translation>用一句話描述哪裡出了問題</translation>
    </message>
    <message>
        <source>1. …
2. …
What happened, and what should have happened</source>
        <translation>1. …
2. …
實際發生了什麼，以及預期應有的結果</translation>
    </message>
    <message>
        <source>Separated by spaces or commas</source>
        <translation>以空格或逗號分隔</translation>
    </message>
    <message>
        <source>e.g. USDT, BTC</source>
        <translation>例如：USDT, BTC</translation>
    </message>
    <message>
        <source>e.g. #1042 #1077</source>
        <translation>例如：#1042 #1077</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>要附加的檔案</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>新增檔案(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>PNG or JPEG screenshots, PDF or text logs; at most %1 KB each</source>
        <translation>PNG 或 JPEG 螢幕截圖、PDF 或文字記錄檔；每個檔案上限 %1 KB</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>升級(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Attach screenshots or logs</source>
        <translation>附加螢幕截圖或記錄檔</translation>
    </message>
    <message>
        <source>Screenshots and logs (*.png *.jpg *.jpeg *.pdf *.txt *.log)</source>
        <translation>螢幕截圖與記錄檔 (*.png *.jpg *.jpeg *.pdf *.txt *.log)</translation>
    </message>
    <message>
        <source>At most %1 files.</source>
        <translation>最多 %1 個檔案。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>無法讀取 %1。</translation>
    </message>
    <message>
        <source>%1 is too large (%2 KB; at most %3 KB).</source>
        <translation>%1 過大（%2 KB；上限 %3 KB）。</translation>
    </message>
    <message>
        <source>Other tickets: write ticket numbers, e.g. #1042 #1077.</source>
        <translation>其他工單：請填寫工單編號，例如 #1042 #1077。</translation>
    </message>
    <message>
        <source>Check the field “%1”: it is empty, too long or has too many entries.</source>
        <translation>請檢查欄位「%1」：內容為空、過長或項目過多。</translation>
    </message>
    <message>
        <source>Not escalated: %1 Your text is kept; try again.</source>
        <translation>未升級：%1 您的內容已保留，請再試一次。</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <source>State:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>申請：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>工單：</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>填寫的原因：</translation>
    </message>
    <message>
        <source>Customer now:</source>
        <translation>客戶目前：</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>開啟工單(&amp;O)</translation>
    </message>
    <message>
        <source>Customer's risk signals</source>
        <translation>客戶的風險訊號</translation>
    </message>
    <message>
        <source>No risk signals in the last 30 days.</source>
        <translation>最近 30 天沒有風險訊號。</translation>
    </message>
    <message>
        <source>Ticket &amp;conversation</source>
        <translation>工單對話(&amp;C)</translation>
    </message>
    <message>
        <source>Ticket conversation</source>
        <translation>工單對話</translation>
    </message>
    <message>
        <source>Select a request to see its evidence.</source>
        <translation>選取一筆申請即可檢視其佐證資料。</translation>
    </message>
    <message>
        <source>%1 — customer #%2 %3</source>
        <translation>%1 — 客戶 #%2 %3</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（審核者：%2）</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1，由 %2 提出（%3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>supervisor review due %1 (%2)</source>
        <translation>主管覆核期限 %1（%2）</translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation>%1 逾期（%2）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>No ticket is linked to this request.</source>
        <translation>此申請未關聯工單。</translation>
    </message>
    <message>
        <source>account FROZEN</source>
        <translation>帳戶已凍結</translation>
    </message>
    <message>
        <source>account active</source>
        <translation>帳戶正常</translation>
    </message>
    <message>
        <source>2FA on</source>
        <translation>2FA 已開啟</translation>
    </message>
    <message>
        <source>2FA OFF</source>
        <translation>2FA 已關閉</translation>
    </message>
    <message>
        <source>withdrawals locked until %1</source>
        <translation>提領鎖定至 %1</translation>
    </message>
    <message>
        <source>⚠ account-takeover pattern</source>
        <translation>⚠ 帳戶盜用特徵</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>無法載入：%1</translation>
    </message>
    <message>
        <source>Ticket &amp;conversation (could not load: %1)</source>
        <translation>工單對話(&amp;C)（無法載入：%1）</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>搜尋(&amp;S)：</translation>
    </message>
    <message>
        <source>Subject or #id</source>
        <translation>主旨或 #編號</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>搜尋工單</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜尋</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>優先順序：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>管道：</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <source>Show every ticket of this view again</source>
        <translation>重新顯示此檢視中的所有工單</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <source>Not breached</source>
        <translation>未逾時</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>Identity</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>帳戶安全</translation>
    </message>
    <message>
        <source>Customer ID:</source>
        <translation>客戶 ID：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>國家/地區：</translation>
    </message>
    <message>
        <source>KYC:</source>
        <translation>KYC：</translation>
    </message>
    <message>
        <source>VIP tier:</source>
        <translation>VIP 等級：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>帳戶：</translation>
    </message>
    <message>
        <source>Withdrawals:</source>
        <translation>提領：</translation>
    </message>
    <message>
        <source>2FA:</source>
        <translation>2FA：</translation>
    </message>
    <message>
        <source>Password changed:</source>
        <translation>密碼變更時間：</translation>
    </message>
    <message>
        <source>Active sessions:</source>
        <translation>使用中的工作階段：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>This system cannot keep revealed values out of screen recordings or screen sharing. Make sure you are not sharing your screen.</source>
        <translation>本系統無法防止已顯示的資料出現在螢幕錄影或螢幕分享中。請確認您沒有在分享螢幕。</translation>
    </message>
    <message>
        <source>Level %1 (%2)</source>
        <translation>等級 %1（%2）</translation>
    </message>
    <message>
        <source>FROZEN</source>
        <translation>已凍結</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Locked until %1 (%2)</source>
        <translation>鎖定至 %1（%2）</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>未鎖定</translation>
    </message>
    <message>
        <source>On (last changed %1)</source>
        <translation>已開啟（上次變更：%1）</translation>
    </message>
    <message>
        <source>OFF (last changed %1)</source>
        <translation>已關閉（上次變更：%1）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image: %1</source>
        <translation>圖片：%1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>圖片 %1</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>符合視窗大小(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>儲存(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3 · %4%</source>
        <translation>%1 × %2 像素，%3 · %4%</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>無法顯示此圖片。</translation>
    </message>
    <message>
        <source>Could not load the image: %1</source>
        <translation>無法載入圖片：%1</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Tickets: %1</source>
        <translation>工單：%1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Could not load tickets: %1</source>
        <translation>無法載入工單：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>No tickets here.</source>
        <translation>這裡沒有工單。</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>沒有符合篩選條件的工單。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 張工單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>已載入 %n 張工單；捲動可檢視更多</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident record — customer #%1</source>
        <translation>事件紀錄 — 客戶 #%1</translation>
    </message>
    <message>
        <source>Covering the last (&amp;days):</source>
        <translation>涵蓋範圍（最近天數）(&amp;D)：</translation>
    </message>
    <message>
        <source>Number of days the record covers</source>
        <translation>紀錄涵蓋的天數</translation>
    </message>
    <message>
        <source> d</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>時間軸(&amp;T)</translation>
    </message>
    <message>
        <source>Nothing happened on this account in the period.</source>
        <translation>此期間內此帳戶沒有任何事件。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>匯出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the record as a PDF document (A4)</source>
        <translation>將紀錄儲存為 PDF 文件（A4）</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>匯出 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Save the record as a Markdown text file</source>
        <translation>將紀錄儲存為 Markdown 文字檔</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Incident record — customer #%1 · %2</source>
        <translation>事件紀錄 — 客戶 #%1 · %2</translation>
    </message>
    <message>
        <source>Building the incident record…</source>
        <translation>正在產生事件紀錄…</translation>
    </message>
    <message>
        <source>Some events are left out: the period holds more than one record shows. Choose fewer days.</source>
        <translation>部分事件未收錄：此期間的事件超過單份紀錄可呈現的數量。請選擇較少的天數。</translation>
    </message>
    <message>
        <source>Could not build the incident record: %1</source>
        <translation>無法產生事件紀錄：%1</translation>
    </message>
    <message>
        <source>Export the incident record as PDF</source>
        <translation>將事件紀錄匯出為 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the incident record as Markdown</source>
        <translation>將事件紀錄匯出為 Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 檔案 (*.md)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在儲存 %1…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已儲存至 %1</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>無法儲存檔案：%1</translation>
    </message>
</context>
<context>
    <name>IncidentExport</name>
    <message>
        <source>Incident record — customer #%1</source>
        <translation>事件紀錄 — 客戶 #%1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>產生</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2 產生</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>local time of the desk (%1)</source>
        <translation>工作台當地時間（%1）</translation>
    </message>
    <message>
        <source>Account now</source>
        <translation>帳戶目前狀態</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已凍結</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>雙重驗證</translation>
    </message>
    <message>
        <source>On</source>
        <translation>已開啟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>提領</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>鎖定至 %1</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>未鎖定</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>使用中的工作階段</translation>
    </message>
    <message>
        <source>Account-takeover pattern: several risk signals (new device, password or 2FA change, new withdrawal address, large withdrawal) happened within 24 hours, the latest within 72 hours.</source>
        <translation>帳戶盜用特徵：24 小時內出現多個風險訊號（新裝置、變更密碼或 2FA、新提領地址、大額提領），且最近一個發生在 72 小時內。</translation>
    </message>
    <message>
        <source>The account does not show the account-takeover pattern now.</source>
        <translation>此帳戶目前未呈現帳戶盜用特徵。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Customer data is masked. Messages are shown by their first 200 characters. Revealed values are never part of this record.</source>
        <translation>客戶資料已遮蔽。訊息僅顯示前 200 個字元。已顯示過的資料絕不會納入本紀錄。</translation>
    </message>
    <message>
        <source>The period holds more events than one record shows; choose a shorter one.</source>
        <translation>此期間的事件超過單份紀錄可呈現的數量；請選擇較短的期間。</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s))</source>
        <translation>
            <numerusform>時間軸（%n 個事件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentWording</name>
    <message>
        <source>Risk signal: %1</source>
        <translation>風險訊號：%1</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>客戶訊息</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>回覆客戶</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>內部備註</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>已顯示個人資料</translation>
    </message>
    <message>
        <source>Ticket status changed</source>
        <translation>工單狀態已變更</translation>
    </message>
    <message>
        <source>Emergency action taken: %1</source>
        <translation>已執行緊急操作：%1</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>已申請：%1</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>已核准：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已駁回：%1</translation>
    </message>
    <message>
        <source>Carried out: %1</source>
        <translation>已執行：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>執行失敗：%1</translation>
    </message>
    <message>
        <source>Emergency action confirmed: %1</source>
        <translation>緊急操作已確認：%1</translation>
    </message>
    <message>
        <source>Emergency action reversed: %1</source>
        <translation>緊急操作已撤銷：%1</translation>
    </message>
    <message>
        <source>Account restored: %1</source>
        <translation>帳戶已還原：%1</translation>
    </message>
    <message>
        <source>Request expired: %1</source>
        <translation>申請已逾期：%1</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>申請已撤回：%1</translation>
    </message>
    <message>
        <source>Review overdue: %1</source>
        <translation>覆核逾期：%1</translation>
    </message>
    <message>
        <source>Customer (%1)</source>
        <translation>客戶（%1）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>Part of a cluster of signals within 24 hours</source>
        <translation>屬於 24 小時內集中出現的一組訊號</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>工單 #%1：%2</translation>
    </message>
    <message>
        <source>Field: %1 (the value is not part of this record)</source>
        <translation>欄位：%1（本紀錄不含該值）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 → %3</source>
        <translation>工單 #%1：%2 → %3</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>意見：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>申請 #%1</translation>
    </message>
</context>
<context>
    <name>KbPanel</name>
    <message>
        <source>&amp;Search the knowledge base (any language):</source>
        <translation>搜尋知識庫(&amp;S)（任何語言）：</translation>
    </message>
    <message>
        <source>e.g. withdrawal delayed, 提现, 출금</source>
        <translation>例如：提領延遲、withdrawal delayed、출금</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>搜尋知識庫</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>Article category</source>
        <translation>文章類別</translation>
    </message>
    <message>
        <source>Article categories</source>
        <translation>文章分類</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章內文</translation>
    </message>
    <message>
        <source>Insert &amp;link</source>
        <translation>插入連結(&amp;L)</translation>
    </message>
    <message>
        <source>Insert te&amp;xt</source>
        <translation>插入內文(&amp;X)</translation>
    </message>
    <message>
        <source>Put the article's title and help-centre link into the reply</source>
        <translation>將文章標題與說明中心連結插入回覆</translation>
    </message>
    <message>
        <source>Put the article's whole text into the reply</source>
        <translation>將文章全文插入回覆</translation>
    </message>
    <message>
        <source>Finding articles for this ticket…</source>
        <translation>正在尋找此工單的相關文章…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>No article matches. Try other words, or another language.</source>
        <translation>沒有符合的文章。請嘗試其他關鍵字或其他語言。</translation>
    </message>
    <message>
        <source>Could not load articles: %1</source>
        <translation>無法載入文章：%1</translation>
    </message>
    <message>
        <source>Results for “%1”</source>
        <translation>「%1」的搜尋結果</translation>
    </message>
    <message>
        <source>Suggested for this ticket (%1)</source>
        <translation>此工單的建議文章（%1）</translation>
    </message>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>選取一篇文章即可在此閱讀。</translation>
    </message>
    <message>
        <source>%1 · %2 · reviewed %3 by %4</source>
        <translation>%1 · %2 · %4 於 %3 審閱</translation>
    </message>
    <message>
        <source>No version in %1; this is the %2 one.</source>
        <translation>沒有%1版本；目前顯示的是%2版本。</translation>
    </message>
    <message>
        <source>Stale: not reviewed for a long time. Check that it is still right before you send it.</source>
        <translation>已過時：長時間未審閱。送出前請確認內容仍然正確。</translation>
    </message>
</context>
<context>
    <name>KbResultsModel</name>
    <message>
        <source>Stale: review overdue</source>
        <translation>已過時：審閱逾期</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已審閱</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>已過時</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審閱</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>待客戶回覆</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待核准</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Security agent</source>
        <translation>安全專員</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Deposits &amp; withdrawals</source>
        <translation>入金與提領</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技術問題</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>法遵</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>線上聊天</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>社群媒體</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>我的工單</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>You will have to sign in again next time.</source>
        <translation>下次需要重新登入。</translation>
    </message>
    <message>
        <source>No system keyring was found.</source>
        <translation>找不到系統金鑰圈。</translation>
    </message>
    <message>
        <source>The system keyring is turned off.</source>
        <translation>系統金鑰圈已關閉。</translation>
    </message>
    <message>
        <source>The keyring in use keeps secrets in a file without proper protection.</source>
        <translation>目前使用的金鑰圈會將機密資訊儲存在未妥善保護的檔案中。</translation>
    </message>
    <message>
        <source>The system keyring cannot be used here.</source>
        <translation>此處無法使用系統金鑰圈。</translation>
    </message>
    <message>
        <source>The keyring in use is not recommended for secrets.</source>
        <translation>目前使用的金鑰圈不建議用於儲存機密資訊。</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>尚未開始</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>審核中</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已驗證</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒絕</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>no valid host</source>
        <translation>無有效主機</translation>
    </message>
    <message>
        <source>⚠ Look-alike of %1: this is NOT the exchange's site.</source>
        <translation>⚠ 仿冒 %1：這不是本交易所的網站。</translation>
    </message>
    <message>
        <source>Not a web address (%1:): the desk never opens it.</source>
        <translation>不是網址（%1:）：工作台絕不會開啟此類連結。</translation>
    </message>
    <message>
        <source>⚠ The text before “@” only looks like an address: the link goes to the host shown.</source>
        <translation>⚠ 「@」之前的文字只是看起來像網址：連結實際前往所顯示的主機。</translation>
    </message>
    <message>
        <source>A bare IP address instead of a name.</source>
        <translation>使用的是純 IP 位址，而非網域名稱。</translation>
    </message>
    <message>
        <source>Not encrypted (http).</source>
        <translation>未加密（http）。</translation>
    </message>
    <message>
        <source>No valid host: the desk will not open it.</source>
        <translation>無有效主機：工作台不會開啟此連結。</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>連結至 %1</translation>
    </message>
    <message>
        <source>the exchange's own site</source>
        <translation>本交易所官網</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>連結：%1</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>要開啟連結嗎？</translation>
    </message>
    <message>
        <source>This link is not a web address and cannot be opened.</source>
        <translation>此連結不是網址，無法開啟。</translation>
    </message>
    <message>
        <source>This link comes from a message. Open it in your browser only if you trust the address below.</source>
        <translation>此連結來自一則訊息。請僅在信任下方網址時，才在瀏覽器中開啟。</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>主機：%1</translation>
    </message>
    <message>
        <source>Full address: %1</source>
        <translation>完整網址：%1</translation>
    </message>
    <message>
        <source>This address is not encrypted (http).</source>
        <translation>此網址未加密（http）。</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>在瀏覽器中開啟</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>🔒 The desk is locked</source>
        <translation>🔒 工作台已鎖定</translation>
    </message>
    <message>
        <source>Customer data is hidden while you are away. Your open tabs and unsent text are kept. Enter the current code from your authenticator app to unlock.</source>
        <translation>您離開期間客戶資料已隱藏。已開啟的分頁和未送出的文字會保留。請輸入驗證器 App 中的目前驗證碼以解鎖。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>登入身分：%1（%2）</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>驗證碼(&amp;C)：</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>驗證碼</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 位數字</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>That code is wrong. Enter the current code from your authenticator app.</source>
        <translation>驗證碼錯誤。請輸入驗證器 App 中的目前驗證碼。</translation>
    </message>
</context>
<context>
    <name>LoginsModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>IP (masked)</source>
        <translation>IP（已遮蔽）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>新裝置</translation>
    </message>
</context>
<context>
    <name>MacroEditor</name>
    <message>
        <source>Edit macro</source>
        <translation>編輯巨集</translation>
    </message>
    <message>
        <source>New macro</source>
        <translation>新增巨集</translation>
    </message>
    <message>
        <source>&amp;Name (agents search by it):</source>
        <translation>名稱(&amp;N)（客服人員依此搜尋）：</translation>
    </message>
    <message>
        <source>Set &amp;status:</source>
        <translation>設定狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>Set &amp;category:</source>
        <translation>設定類別(&amp;C)：</translation>
    </message>
    <message>
        <source>Add &amp;tags (comma-separated):</source>
        <translation>新增標籤(&amp;T)（以半形逗號分隔）：</translation>
    </message>
    <message>
        <source>&amp;Knowledge-base article id for {kb_link}:</source>
        <translation>{kb_link} 對應的知識庫文章 ID(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>內文(&amp;X)：</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>維持不變</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Placeholders: %1. English is required; it is used when the customer's language has no text.</source>
        <translation>預留位置：%1。英文版本為必填；客戶的語言沒有對應內文時，將使用英文版本。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Every text needs a title and a body; the name is required; at most 5 tags.</source>
        <translation>每個語言版本都需要標題與內文；名稱為必填；最多 5 個標籤。</translation>
    </message>
    <message>
        <source>Write the English text too: it is what customers get when their language has none.</source>
        <translation>請同時填寫英文內文：客戶的語言沒有對應內文時，客戶會收到英文版本。</translation>
    </message>
    <message>
        <source>Someone else changed this macro since you opened it. Close, reopen it and make your change again (copy your text first).</source>
        <translation>您開啟此巨集後，其他人已變更了它。請關閉後重新開啟，再重新進行變更（請先複製您的內容）。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>MacroManager</name>
    <message>
        <source>Manage macros</source>
        <translation>管理巨集</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>巨集</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message numerus="yes">
        <source>%n macro(s)</source>
        <translation>
            <numerusform>%n 個巨集</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete macro</source>
        <translation>刪除巨集</translation>
    </message>
    <message>
        <source>Delete “%1” for every agent?</source>
        <translation>要為所有客服人員刪除「%1」嗎？</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Loading macros…</source>
        <translation>正在載入巨集…</translation>
    </message>
    <message>
        <source>Insert a macro</source>
        <translation>插入巨集</translation>
    </message>
    <message>
        <source>&amp;Find a macro (type to filter, arrows to choose, Enter to insert):</source>
        <translation>尋找巨集(&amp;F)（輸入文字篩選，方向鍵選擇，按 Enter 插入）：</translation>
    </message>
    <message>
        <source>Find a macro</source>
        <translation>尋找巨集</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>巨集</translation>
    </message>
    <message>
        <source>&amp;Text that will be inserted:</source>
        <translation>將插入的內容(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>There are no macros yet. Supervisors add them in Desk → Manage macros.</source>
        <translation>目前尚無巨集。主管可在「工作台 → 管理巨集」中新增。</translation>
    </message>
    <message>
        <source>Could not load macros: %1</source>
        <translation>無法載入巨集：%1</translation>
    </message>
    <message>
        <source>No %1 version of this macro: the %2 one will be inserted.</source>
        <translation>此巨集沒有%1版本：將插入%2版本。</translation>
    </message>
    <message>
        <source>{customer_name} stays as written here: the service puts the customer's name in the reply it sends them, and agents see the name masked.</source>
        <translation>{customer_name} 在此保持原樣：服務會在寄給客戶的回覆中填入客戶姓名，而客服看到的是遮罩後的姓名。</translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation>狀態 → %1</translation>
    </message>
    <message>
        <source>category → %1</source>
        <translation>類別 → %1</translation>
    </message>
    <message>
        <source>tags + %1</source>
        <translation>標籤 + %1</translation>
    </message>
    <message>
        <source>Changes nothing else on the ticket.</source>
        <translation>不會變更工單的其他內容。</translation>
    </message>
    <message>
        <source>Also sets: %1</source>
        <translation>同時設定：%1</translation>
    </message>
</context>
<context>
    <name>MacroTableModel</name>
    <message>
        <source>Macro</source>
        <translation>巨集</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>最後修改者</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desk — Locked</source>
        <translation>工作台 — 已鎖定</translation>
    </message>
    <message>
        <source>Desk — %1</source>
        <translation>工作台 — %1</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only. %1</source>
        <translation>權杖僅在本次工作階段保存在記憶體中。%1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>已以 %1（%2）身分登入 %3</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>工作台(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>工單(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Manage &amp;macros…</source>
        <translation>管理巨集(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即鎖定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>下一張工單(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>上一張工單(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open selected ticket</source>
        <translation>開啟選取的工單(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>回覆(&amp;R)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>內部備註(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>指派給我(&amp;A)</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>變更狀態(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>關閉分頁(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <source>Next &amp;tab</source>
        <translation>下一個分頁(&amp;T)</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>上一個分頁(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>關於(&amp;A)</translation>
    </message>
    <message>
        <source>○ Connecting…</source>
        <translation>○ 正在連線…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● 即時</translation>
    </message>
    <message>
        <source>◌ Reconnecting…</source>
        <translation>◌ 正在重新連線…</translation>
    </message>
    <message>
        <source>○ Not live</source>
        <translation>○ 未即時連線</translation>
    </message>
    <message>
        <source>Live updates from the service</source>
        <translation>來自服務的即時更新</translation>
    </message>
    <message>
        <source>Desk audit</source>
        <translation>全台稽核</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>儀表板</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>核准（%1）</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Open the selected ticket</source>
        <translation>開啟選取的工單</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter、按兩下</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>送出回覆或備註</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Close a ticket tab</source>
        <translation>關閉工單分頁</translation>
    </message>
    <message>
        <source>Middle-click the tab</source>
        <translation>以滑鼠中鍵按一下分頁</translation>
    </message>
    <message>
        <source>Select several tickets</source>
        <translation>選取多張工單</translation>
    </message>
    <message>
        <source>Shift/Ctrl+click, Shift+arrows, Ctrl+A</source>
        <translation>Shift/Ctrl+按一下、Shift+方向鍵、Ctrl+A</translation>
    </message>
    <message>
        <source>Change the selected tickets</source>
        <translation>變更選取的工單</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>About the desk</source>
        <translation>關於工作台</translation>
    </message>
    <message>
        <source>Desk workstation, version %1</source>
        <translation>工作台，版本 %1</translation>
    </message>
    <message>
        <source>The support and security desks' workstation. Connected to %1.</source>
        <translation>客服與資安團隊的工作台。已連線至 %1。</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>要登出嗎？</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which signing out discards.</source>
        <translation>
            <numerusform>有 %n 張工單含有未送出的內容，登出後這些內容將會捨棄。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>已重新登入。</translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation>要結束嗎？</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which quitting discards.</source>
        <translation>
            <numerusform>有 %n 張工單含有未送出的內容，結束後這些內容將會捨棄。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge #%1 into another ticket</source>
        <translation>將 #%1 合併至其他工單</translation>
    </message>
    <message>
        <source>Choose the ticket of the same customer to keep. The messages, notes, attachments and tags of #%1 “%2” move to it, and #%1 is closed with a link to it. This cannot be undone.</source>
        <translation>請選擇要保留的同一客戶工單。#%1「%2」的訊息、備註、附件與標籤將移至該工單，#%1 則會關閉並附上指向該工單的連結。此操作無法復原。</translation>
    </message>
    <message>
        <source>&amp;Merge into selected</source>
        <translation>合併至選取的工單(&amp;M)</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>未合併：%1</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message numerus="yes">
        <source>[%n attachment(s): %1]</source>
        <translation>
            <numerusform>[%n 個附件：%1]</numerusform>
        </translation>
    </message>
    <message>
        <source>[Longer than shown: %1 characters in all. “Copy message text” (Ctrl+C) copies all of it.]</source>
        <translation>[內容未完整顯示：共 %1 個字元。「複製訊息文字」（Ctrl+C）可複製全部內容。]</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>內部備註</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>Queued: not sent yet</source>
        <translation>佇列中：尚未送出</translation>
    </message>
    <message>
        <source>Not sent: the service refused it</source>
        <translation>未送出：服務拒絕了此訊息</translation>
    </message>
</context>
<context>
    <name>OpenRequestsModel</name>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 — emergency, under review</source>
        <translation>%1 — 緊急，覆核中</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（您）</translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation>覆核：%1</translation>
    </message>
    <message>
        <source>expires: %1</source>
        <translation>逾期：%1</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox</source>
        <translation>寄件匣</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Offline: %n message(s) queued, sent when the service is back</source>
        <translation>
            <numerusform>⚠ 離線：%n 則訊息在佇列中，服務恢復後送出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued message(s) wait for you to sign in again</source>
        <translation>
            <numerusform>%n 則佇列中的訊息正等待您重新登入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n queued message(s)…</source>
        <translation>
            <numerusform>正在送出 %n 則佇列中的訊息…</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are kept in memory only</source>
        <translation>草稿僅保存在記憶體中</translation>
    </message>
    <message>
        <source>Replies and notes you send go to this computer's outbox first and are delivered in order, each exactly once.</source>
        <translation>您送出的回覆與備註會先進入這台電腦的寄件匣，再依序傳送，每則只傳送一次。</translation>
    </message>
    <message>
        <source>Without a safe system keyring, drafts and queued messages are kept in memory only and are lost if the app closes.</source>
        <translation>沒有安全的系統金鑰圈時，草稿與佇列中的訊息僅保存在記憶體中，關閉應用程式後就會遺失。</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>%1 is replying</source>
        <translation>%1 正在回覆</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 正在檢視</translation>
    </message>
</context>
<context>
    <name>PresenceBar</name>
    <message>
        <source>Others on this ticket</source>
        <translation>同時檢視此工單的其他人員</translation>
    </message>
</context>
<context>
    <name>ReplyAllDialog</name>
    <message>
        <source>Reply to all linked tickets</source>
        <translation>回覆所有關聯工單</translation>
    </message>
    <message>
        <source>Escalation #%1 (%2): %3</source>
        <translation>升級案件 #%1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n linked ticket(s) will each get a normal reply.</source>
        <translation>
            <numerusform>%n 張關聯工單將各自收到一則一般回覆。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Macro (each customer gets it in their language):</source>
        <translation>巨集(&amp;M)（每位客戶會收到其語言的版本）：</translation>
    </message>
    <message>
        <source>No macro: send the text below to everyone</source>
        <translation>不使用巨集：將下方內容傳送給所有人</translation>
    </message>
    <message>
        <source>&amp;Reply text:</source>
        <translation>回覆內容(&amp;R)：</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>回覆內容</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>&amp;Send to all</source>
        <translation>全部送出(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n ticket(s).</source>
        <translation>
            <numerusform>已送出至 %n 張工單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent to %n ticket(s): %1 Send again to retry only those.</source>
        <translation>
            <numerusform>有 %n 張工單未送出：%1 再次送出時只會重試這些工單。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 Send again to retry.</source>
        <translation>未送出：%1 請再次送出以重試。</translation>
    </message>
</context>
<context>
    <name>ReplyCollision</name>
    <message>
        <source>Someone else replied</source>
        <translation>其他人已回覆</translation>
    </message>
    <message>
        <source>%1 replied to the customer since you opened this ticket. Send your reply anyway?</source>
        <translation>您開啟此工單後，%1 已回覆客戶。仍要送出您的回覆嗎？</translation>
    </message>
    <message>
        <source>Their reply:</source>
        <translation>對方的回覆：</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>仍要送出(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ReplyWarning</name>
    <message>
        <source>Something that looks like a password (after “%1”).</source>
        <translation>疑似密碼的內容（位於「%1」之後）。</translation>
    </message>
    <message>
        <source>Something that looks like a one-time code (after “%1”).</source>
        <translation>疑似一次性驗證碼的內容（位於「%1」之後）。</translation>
    </message>
    <message>
        <source>A personal-data value revealed earlier in this session: %1.</source>
        <translation>本次工作階段中先前顯示過的個人資料：%1。</translation>
    </message>
    <message>
        <source>A link to %1, which is not one of the exchange's domains.</source>
        <translation>指向 %1 的連結，該網域不屬於本交易所。</translation>
    </message>
    <message>
        <source>Send this reply?</source>
        <translation>要送出此回覆嗎？</translation>
    </message>
    <message>
        <source>This reply to the customer contains something agents must never send:</source>
        <translation>這則給客戶的回覆含有客服人員絕不可傳送的內容：</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>仍要送出(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Reveal %1</source>
        <translation>顯示%1</translation>
    </message>
    <message>
        <source>Revealing the customer's %1 is recorded with your name and reason, and the customer's security team can see it. The value is shown for 30 seconds.</source>
        <translation>顯示客戶的%1會連同您的姓名與原因一併記錄，資安團隊可以看到這筆紀錄。該值會顯示 30 秒。</translation>
    </message>
    <message>
        <source>&amp;Why do you need it? (at least 3 characters)</source>
        <translation>顯示原因(&amp;W)（至少 3 個字元）</translation>
    </message>
    <message>
        <source>Reason for revealing</source>
        <translation>顯示原因</translation>
    </message>
    <message>
        <source>e.g. caller verification for ticket #…</source>
        <translation>例如：核對工單 #… 的來電者身分</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>顯示(&amp;R)</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be stored.</source>
        <translation>原因中含有無法儲存的字元。</translation>
    </message>
</context>
<context>
    <name>RevealableValue</name>
    <message>
        <source>Reveal…</source>
        <translation>顯示…</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>顯示%1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy %1 (cleared from the clipboard in 30 s)</source>
        <translation>複製%1（30 秒後從剪貼簿清除）</translation>
    </message>
    <message numerus="yes">
        <source>hides in %n s</source>
        <translation>
            <numerusform>%n 秒後隱藏</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealsModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>填寫的原因</translation>
    </message>
</context>
<context>
    <name>RiskSignalsModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>訊號</translation>
    </message>
    <message>
        <source>24 h cluster</source>
        <translation>24 小時集中</translation>
    </message>
    <message>
        <source>● clustered</source>
        <translation>● 集中</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細資料</translation>
    </message>
</context>
<context>
    <name>RiskTimeline</name>
    <message>
        <source>Risk signals (last 30 days, oldest first)</source>
        <translation>風險訊號（最近 30 天，由舊到新）</translation>
    </message>
    <message>
        <source>No risk signals in the last 30 days.</source>
        <translation>最近 30 天沒有風險訊號。</translation>
    </message>
    <message numerus="yes">
        <source>Highlighted: %n signals that happened within 24 hours of each other.</source>
        <translation>
            <numerusform>已標示：%n 個在 24 小時內相繼發生的訊號。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message>
        <source>Pending</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>%1 · from %2 · IP %3</source>
        <translation>%1 · 來自 %2 · IP %3</translation>
    </message>
    <message>
        <source>%1 address %2</source>
        <translation>%1 地址 %2</translation>
    </message>
    <message>
        <source>%1 %2 (about %3 US dollars), %4</source>
        <translation>%1 %2（約 %3 美元），%4</translation>
    </message>
    <message>
        <source>Password reset through the email link</source>
        <translation>透過電子郵件連結重設密碼</translation>
    </message>
    <message>
        <source>2FA turned on (authenticator app)</source>
        <translation>已開啟 2FA（驗證器 App）</translation>
    </message>
    <message>
        <source>2FA moved to another device</source>
        <translation>2FA 已轉移至另一台裝置</translation>
    </message>
    <message>
        <source>2FA turned off</source>
        <translation>已關閉 2FA</translation>
    </message>
    <message>
        <source>Authenticator bound to a new device</source>
        <translation>驗證器已綁定新裝置</translation>
    </message>
    <message>
        <source>Email address changed</source>
        <translation>電子郵件地址已變更</translation>
    </message>
    <message>
        <source>2FA reset by the security desk (request #%1)</source>
        <translation>資安團隊已重設 2FA（請求 #%1）</translation>
    </message>
</context>
<context>
    <name>SecurityWording</name>
    <message>
        <source>Freeze account</source>
        <translation>凍結帳戶</translation>
    </message>
    <message>
        <source>Unfreeze account</source>
        <translation>解凍帳戶</translation>
    </message>
    <message>
        <source>Reset 2FA</source>
        <translation>重設 2FA</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>登出所有工作階段</translation>
    </message>
    <message>
        <source>Lock withdrawals</source>
        <translation>鎖定提領</translation>
    </message>
    <message>
        <source>Unlock withdrawals</source>
        <translation>解除提領鎖定</translation>
    </message>
    <message numerus="yes">
        <source>Lock withdrawals (%n h)</source>
        <translation>
            <numerusform>鎖定提領（%n 小時）</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer can no longer sign in, trade, deposit or withdraw until the account is unfrozen. Open orders stay as they are.</source>
        <translation>帳戶解凍前，客戶將無法登入、交易、入金或提領。未成交的委託單維持不變。</translation>
    </message>
    <message>
        <source>The customer can sign in, trade and withdraw again. Do this only once you are sure the person asking is the account owner.</source>
        <translation>客戶將可再次登入、交易與提領。請僅在確定提出要求者為帳戶本人後再執行此操作。</translation>
    </message>
    <message>
        <source>Two-factor authentication is switched off, every session is signed out, and withdrawals are locked for 48 hours. The customer sets up 2FA again at the next sign-in.</source>
        <translation>將關閉雙重驗證、登出所有工作階段，並鎖定提領 48 小時。客戶下次登入時需重新設定 2FA。</translation>
    </message>
    <message>
        <source>Every device signed in to this account is signed out at once. The customer (or an attacker) must sign in again with password and 2FA.</source>
        <translation>登入此帳戶的所有裝置將立即登出。客戶（或攻擊者）必須以密碼與 2FA 重新登入。</translation>
    </message>
    <message numerus="yes">
        <source>No withdrawals can leave this account for the next %n h. Deposits and trading continue.</source>
        <translation>
            <numerusform>接下來 %n 小時內，此帳戶無法提領。入金與交易不受影響。</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawals are possible again at once, to any address in the customer's address book.</source>
        <translation>立即恢復提領，可提領至客戶地址簿中的任一地址。</translation>
    </message>
    <message>
        <source>The account is frozen immediately, before anyone approves it. A supervisor reviews the freeze within 30 minutes and may reverse it. Use this only when funds are at risk right now.</source>
        <translation>帳戶將立即凍結，無須事先核准。主管會在 30 分鐘內覆核此次凍結，並可能撤銷。僅在資金正面臨風險時使用。</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>待核准</translation>
    </message>
    <message>
        <source>Approved and carried out</source>
        <translation>已核准並執行</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>執行失敗</translation>
    </message>
    <message>
        <source>Taken, under review</source>
        <translation>已執行，覆核中</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>Approved, being carried out</source>
        <translation>已核准，執行中</translation>
    </message>
    <message>
        <source>Reversal approved, being carried out</source>
        <translation>撤銷已核准，正在執行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>通訊地址</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>新裝置</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>密碼重設</translation>
    </message>
    <message>
        <source>2FA changed</source>
        <translation>2FA 變更</translation>
    </message>
    <message>
        <source>New withdrawal address</source>
        <translation>新提領地址</translation>
    </message>
    <message>
        <source>Large withdrawal</source>
        <translation>大額提領</translation>
    </message>
    <message>
        <source>Something went wrong on this workstation (%1).</source>
        <translation>此工作站發生問題（%1）。</translation>
    </message>
    <message>
        <source>This request changed since you opened it. Look at it again.</source>
        <translation>您開啟此申請後，內容已有變更。請重新檢視。</translation>
    </message>
    <message>
        <source>This request was already decided.</source>
        <translation>此申請已有決定。</translation>
    </message>
    <message>
        <source>This would change nothing on the account now.</source>
        <translation>這不會對帳戶目前的狀態造成任何變更。</translation>
    </message>
    <message>
        <source>This request expired before anyone decided it.</source>
        <translation>此申請在審核前已逾期。</translation>
    </message>
    <message>
        <source>Your own request must be decided by another supervisor.</source>
        <translation>您本人的申請必須由另一位主管審核。</translation>
    </message>
    <message>
        <source>Only protective actions can be taken as an emergency.</source>
        <translation>只有保護性操作才能以緊急方式執行。</translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code and try again.</source>
        <translation>此驗證碼已使用過。請等待下一組驗證碼後再試一次。</translation>
    </message>
    <message>
        <source>That code is not right. Check your authenticator app.</source>
        <translation>驗證碼不正確。請檢查您的驗證器 App。</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>嘗試次數過多。請稍候幾分鐘再試一次。</translation>
    </message>
    <message>
        <source>The account system could not carry this out.</source>
        <translation>帳戶系統無法執行此操作。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色無權執行此操作。</translation>
    </message>
    <message>
        <source>It no longer exists, or you may not see it.</source>
        <translation>此項目已不存在，或您無權檢視。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>您的工作階段已結束。請重新登入。</translation>
    </message>
    <message>
        <source>The desk service cannot be reached. Try again in a moment.</source>
        <translation>無法連線至工作台服務。請稍後再試。</translation>
    </message>
    <message>
        <source>Someone changed this meanwhile. Look at it again.</source>
        <translation>此項目已由他人變更。請重新檢視。</translation>
    </message>
    <message>
        <source>The service refused the value of %1.</source>
        <translation>服務拒絕了%1的值。</translation>
    </message>
    <message>
        <source>The service refused this (%1).</source>
        <translation>服務拒絕了此操作（%1）。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The system keyring could not be opened.</source>
        <translation>無法開啟系統金鑰圈。</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最後活動</translation>
    </message>
    <message>
        <source>IP (masked)</source>
        <translation>IP（已遮蔽）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The system's language (%1)</source>
        <translation>系統語言（%1）</translation>
    </message>
    <message>
        <source>Dates and numbers:</source>
        <translation>日期與數字：</translation>
    </message>
    <message>
        <source>Dates and numbers</source>
        <translation>日期與數字</translation>
    </message>
</context>
<context>
    <name>ShortcutModel</name>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>快速鍵</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>重新登入</translation>
    </message>
    <message>
        <source>Sign in to the desk</source>
        <translation>登入工作台</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on; your open tickets and unsent text are kept.</source>
        <translation>您的工作階段已結束。請重新登入以繼續；已開啟的工單與未送出的內容都會保留。</translation>
    </message>
    <message>
        <source>Sign in with your desk account and the code from your authenticator app.</source>
        <translation>請使用您的工作台帳號與驗證器 App 中的驗證碼登入。</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only. %1</source>
        <translation>權杖僅在本次工作階段保存在記憶體中。%1</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>驗證碼(&amp;C)：</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 位數字</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>伺服器位址</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>驗證器驗證碼</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation>驗證器 App 中的 6 位數驗證碼</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小時</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已達成</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <source>The resolution clock is paused while the customer has to answer.</source>
        <translation>等待客戶回覆期間，解決時限會暫停計時。</translation>
    </message>
    <message>
        <source>The service target was missed.</source>
        <translation>未達成服務時限目標。</translation>
    </message>
    <message>
        <source>No service target is running.</source>
        <translation>目前沒有進行中的服務時限。</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次回應</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>%1 was due at %2: overdue.</source>
        <translation>%1期限為 %2：已逾期。</translation>
    </message>
    <message>
        <source>%1 due at %2: due soon.</source>
        <translation>%1期限為 %2：即將到期。</translation>
    </message>
    <message>
        <source>%1 due at %2.</source>
        <translation>%1期限為 %2。</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Confirm it's you</source>
        <translation>確認是您本人</translation>
    </message>
    <message>
        <source>🔒 Confirm it's you</source>
        <translation>🔒 確認是您本人</translation>
    </message>
    <message>
        <source>Enter the current code from your authenticator app. What you typed is kept: the step continues by itself once the code is accepted.</source>
        <translation>請輸入驗證器 App 中目前的驗證碼。您已輸入的內容會保留：驗證碼通過後，操作會自動繼續。</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>驗證器驗證碼(&amp;C)：</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>驗證器驗證碼</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 位數字</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>確認(&amp;F)</translation>
    </message>
</context>
<context>
    <name>SystemNotes</name>
    <message>
        <source>a wallet recovery phrase</source>
        <translation>錢包助記詞</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>私鑰</translation>
    </message>
    <message>
        <source>a payment card number</source>
        <translation>支付卡號</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>The customer sent what looks like %1. The desk removed it before storing the message, so no one here can see it. Tell the customer that anyone who saw it can take their funds: they must move their funds to a new wallet with a new recovery phrase now (or cancel the card), and that support will never ask for it.</source>
        <translation>客戶傳送的內容疑似%1。工作台已在儲存訊息前將其移除，這裡沒有任何人能看到它。請告知客戶：任何看到它的人都可以取走其資金，客戶必須立即將資金轉移至使用新助記詞的新錢包（或停用該卡），並且客服絕不會索取這些資訊。</translation>
    </message>
    <message>
        <source>Auto-acknowledgement sent to the customer.</source>
        <translation>已向客戶傳送自動確認。</translation>
    </message>
    <message>
        <source>Escalated to engineering by %1 as #%2 (%3): %4</source>
        <translation>已由 %1 升級至工程團隊，編號 #%2（%3）：%4</translation>
    </message>
    <message>
        <source>Linked by %1 to engineering escalation #%2 (%3): %4. Status: %5</source>
        <translation>已由 %1 連結至工程升級 #%2（%3）：%4。狀態：%5</translation>
    </message>
    <message>
        <source>Engineering escalation #%1 is now: %2. Engineering's note: %3</source>
        <translation>工程升級 #%1 的狀態現為：%2。工程團隊備註：%3</translation>
    </message>
    <message>
        <source>Engineering escalation #%1 is now: %2</source>
        <translation>工程升級 #%1 的狀態現為：%2</translation>
    </message>
</context>
<context>
    <name>TakeoverBanner</name>
    <message>
        <source>⚠ Account-takeover pattern</source>
        <translation>⚠ 帳戶盜用特徵</translation>
    </message>
    <message>
        <source>Several risk signals (new device, password or 2FA change, new withdrawal address, large withdrawal) happened within 24 hours. Verify the caller before changing anything for them.</source>
        <translation>24 小時內出現多個風險訊號（新裝置、變更密碼或 2FA、新提領地址、大額提領）。為來電者進行任何變更前，請先核對其身分。</translation>
    </message>
    <message>
        <source>Emergency &amp;freeze…</source>
        <translation>緊急凍結(&amp;F)…</translation>
    </message>
    <message>
        <source>Emergency freeze (takes effect at once)</source>
        <translation>緊急凍結（立即生效）</translation>
    </message>
</context>
<context>
    <name>TicketControls</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>狀態(&amp;T)：</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>優先順序(&amp;I)：</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>類別(&amp;Y)：</translation>
    </message>
    <message>
        <source>Assign&amp;ee:</source>
        <translation>負責人(&amp;E)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>標籤(&amp;G)：</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>指派給我</translation>
    </message>
    <message>
        <source>Assign this ticket to yourself (Ctrl+Shift+A)</source>
        <translation>將此工單指派給自己（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>以半形逗號分隔</translation>
    </message>
    <message>
        <source>Press Enter to save the tags</source>
        <translation>按 Enter 儲存標籤</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <source>Loading ticket…</source>
        <translation>正在載入工單…</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>負責人：%1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>This customer's account shows the account-takeover pattern right now. Check the security panel before acting on any request.</source>
        <translation>此客戶的帳戶目前呈現帳戶盜用特徵。處理任何要求前，請先查看安全面板。</translation>
    </message>
    <message>
        <source>⚠ Customer exposed a secret: they sent a recovery phrase, private key or card number. The desk removed it before storing the message. Read the internal note: tell the customer to move their funds to a new wallet now.</source>
        <translation>⚠ 客戶外洩了機密資訊：傳送了助記詞、私鑰或卡號。工作台已在儲存訊息前將其移除。請閱讀內部備註：告知客戶立即將資金轉移至新錢包。</translation>
    </message>
    <message>
        <source>Customer rating: %1 (%2 of 5)</source>
        <translation>客戶評分：%1（%2/5）</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>SLA: %1 — %2</source>
        <translation>SLA：%1 — %2</translation>
    </message>
</context>
<context>
    <name>TicketHistoryView</name>
    <message>
        <source>&amp;Find:</source>
        <translation>尋找(&amp;F)：</translation>
    </message>
    <message>
        <source>Subject or #number</source>
        <translation>主旨或 #編號</translation>
    </message>
    <message>
        <source>Find in the customer's tickets</source>
        <translation>在此客戶的工單中尋找</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜尋</translation>
    </message>
    <message>
        <source>The customer's tickets</source>
        <translation>此客戶的工單</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Could not load the tickets: %1</source>
        <translation>無法載入工單：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>No tickets match.</source>
        <translation>沒有符合的工單。</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>沒有工單。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 張工單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>已載入 %n 張工單；捲動可檢視更多</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketTab</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard the unsent message</source>
        <translation>捨棄未送出的訊息(&amp;D)</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>工單 %1</translation>
    </message>
    <message>
        <source>Its messages, notes and files moved to #%1 with the merge.</source>
        <translation>其訊息、備註與檔案已隨合併移至 #%1。</translation>
    </message>
    <message>
        <source>This ticket no longer exists, or you can no longer see it.</source>
        <translation>此工單已不存在，或您已無權檢視。</translation>
    </message>
    <message>
        <source>Could not load this ticket: %1</source>
        <translation>無法載入此工單：%1</translation>
    </message>
    <message>
        <source>Someone else changed this ticket since you last saw it, so your change was not saved. Reload to see their change, then decide again.</source>
        <translation>自您上次檢視後，其他人變更了此工單，因此您的變更未儲存。請重新載入以查看對方的變更，再重新決定。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>A queued message was not sent: %1 It stays in the conversation, marked as not sent: copy it from there, or select it and press Delete to discard it.</source>
        <translation>一則佇列中的訊息未送出：%1 此訊息會保留在對話中並標示為未送出：您可以從中複製，或選取後按 Delete 鍵捨棄。</translation>
    </message>
    <message>
        <source>Discard the unsent message?</source>
        <translation>要捨棄未送出的訊息嗎？</translation>
    </message>
    <message>
        <source>The service refused this message, so it was never sent. Discard it from this computer?</source>
        <translation>服務拒絕了此訊息，因此從未送出。要從這台電腦捨棄它嗎？</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>已合併至 #%1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>Secret exposed: %1</source>
        <translation>機密資訊外洩：%1</translation>
    </message>
</context>
<context>
    <name>TicketTabs</name>
    <message>
        <source>Discard unsent text?</source>
        <translation>要捨棄未送出的內容嗎？</translation>
    </message>
    <message>
        <source>The reply you were writing in %1 has not been sent. Close the tab and discard it?</source>
        <translation>您在 %1 中撰寫的回覆尚未送出。要關閉分頁並捨棄該回覆嗎？</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小時</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>剛剛</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩餘 %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細資料</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>幣種</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Tx hash</source>
        <translation>交易雜湊</translation>
    </message>
    <message>
        <source>Address (masked)</source>
        <translation>地址（已遮蔽）</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>提領</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>入金</translation>
    </message>
</context>
<context>
    <name>WhoViewedTab</name>
    <message>
        <source>Every time someone on the desk revealed this customer's personal data.</source>
        <translation>工作台人員每次檢視此客戶個人資料的紀錄。</translation>
    </message>
    <message>
        <source>Who viewed this</source>
        <translation>檢視紀錄</translation>
    </message>
    <message>
        <source>Nobody has revealed this customer's data.</source>
        <translation>尚無人檢視過此客戶的資料。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <source>Reload who viewed this</source>
        <translation>重新載入檢視紀錄</translation>
    </message>
    <message numerus="yes">
        <source>Reveals recorded: %n.</source>
        <translation>
            <numerusform>已記錄的檢視次數：%n。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>無法載入：%1</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>尚無評分</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 5 from %n rating(s)</source>
        <translation>
            <numerusform>%1/5（共 %n 則評分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals waiting: %1, the oldest for %2</source>
        <translation>待核准：%1 項，最久已等待 %2</translation>
    </message>
    <message>
        <source>Approvals waiting: none</source>
        <translation>待核准：無</translation>
    </message>
    <message>
        <source>Backlog: %1</source>
        <translation>待處理：%1</translation>
    </message>
    <message>
        <source>Breached now: %1</source>
        <translation>目前已逾時：%1</translation>
    </message>
    <message>
        <source>Median first response: %1</source>
        <translation>首次回應中位數：%1</translation>
    </message>
    <message>
        <source>Median resolution: %1</source>
        <translation>解決時間中位數：%1</translation>
    </message>
    <message>
        <source>CSAT: %1</source>
        <translation>CSAT：%1</translation>
    </message>
    <message>
        <source>%1 is rising: %2 tickets in the last hour, usually %3.</source>
        <translation>「%1」類工單正在增加：過去一小時 %2 張，平常為 %3 張。</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <source>Tickets per day (UTC)</source>
        <translation>每日工單數（UTC）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>SLA attainment (tickets opened in the period)</source>
        <translation>SLA 達成率（此期間新建的工單）</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>時限類型</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已達成</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>達成率 %</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次回應</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Breached now</source>
        <translation>目前已逾時</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>回應時間</translation>
    </message>
    <message>
        <source>Median first response (seconds)</source>
        <translation>首次回應中位數（秒）</translation>
    </message>
    <message>
        <source>Median resolution (seconds)</source>
        <translation>解決時間中位數（秒）</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客戶滿意度</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Agent load</source>
        <translation>客服人員工作量</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>待客戶回覆</translation>
    </message>
    <message>
        <source>Solved in period</source>
        <translation>此期間已解決</translation>
    </message>
    <message>
        <source>Backlog now</source>
        <translation>目前待處理</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待核准</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>覆核中</translation>
    </message>
    <message>
        <source>Oldest (seconds)</source>
        <translation>最長等待（秒）</translation>
    </message>
    <message>
        <source>Median age (seconds)</source>
        <translation>等待時間中位數（秒）</translation>
    </message>
    <message>
        <source>Trend alerts</source>
        <translation>趨勢警示</translation>
    </message>
    <message>
        <source>Raised at (UTC)</source>
        <translation>觸發時間（UTC）</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>平常值</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工單</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Upload of %1</source>
        <translation>%1 的上傳進度</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>正在上傳…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the upload of %1</source>
        <translation>取消上傳 %1</translation>
    </message>
    <message>
        <source>%1, %2 — goes with this message</source>
        <translation>%1，%2 — 隨此訊息送出</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>未附加：%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
</TS>
