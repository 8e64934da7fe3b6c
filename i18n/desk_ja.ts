<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ActionPanel</name>
    <message>
        <source>Every action below needs a second person: a supervisor approves it before anything changes. The emergency freeze is the exception.</source>
        <translation>以下の措置はすべて2人目の確認が必要です。責任者が承認するまで何も変更されません。緊急凍結のみ例外です。</translation>
    </message>
    <message>
        <source>Protect the account</source>
        <translation>アカウント保護</translation>
    </message>
    <message>
        <source>Restore access</source>
        <translation>アクセス回復</translation>
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
        <translation>緊急凍結（即時実行）</translation>
    </message>
    <message>
        <source>Freezes the account at once; a supervisor reviews it within 30 minutes and may reverse it.</source>
        <translation>アカウントを即時凍結します。責任者が30分以内に確認し、取り消す場合があります。</translation>
    </message>
    <message>
        <source>&amp;Cancel my request</source>
        <translation>自分の申請をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Requests for this customer</source>
        <translation>この顧客に関する申請</translation>
    </message>
    <message>
        <source>No security actions requested yet.</source>
        <translation>申請されたセキュリティ措置はありません。</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>顧客情報を読み込み中…</translation>
    </message>
    <message>
        <source>Request #%1 for this is already waiting for a supervisor.</source>
        <translation>この措置の申請（#%1）はすでに責任者の承認待ちです。</translation>
    </message>
    <message>
        <source>The account is already frozen.</source>
        <translation>アカウントはすでに凍結されています。</translation>
    </message>
    <message>
        <source>The account is not frozen.</source>
        <translation>アカウントは凍結されていません。</translation>
    </message>
    <message>
        <source>Two-factor authentication is already off.</source>
        <translation>二段階認証（2FA）はすでに無効です。</translation>
    </message>
    <message>
        <source>The customer has no active sessions.</source>
        <translation>この顧客に有効なセッションはありません。</translation>
    </message>
    <message>
        <source>Withdrawals are not locked.</source>
        <translation>出金は停止されていません。</translation>
    </message>
    <message>
        <source>Opens the request form; nothing happens until you submit it.</source>
        <translation>申請フォームを開きます。送信するまで何も変更されません。</translation>
    </message>
    <message>
        <source>%1 taken at once; a supervisor will review it.</source>
        <translation>%1を即時実行しました。責任者が確認します。</translation>
    </message>
    <message>
        <source>%1 requested; waiting for a supervisor.</source>
        <translation>%1を申請しました。責任者の承認待ちです。</translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>申請を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Select one of your own pending requests.</source>
        <translation>自分が出した承認待ちの申請を選択してください。</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>申請をキャンセルしました: %1</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>キャンセルできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ActionRequestDialog</name>
    <message>
        <source>Emergency: %1</source>
        <translation>緊急: %1</translation>
    </message>
    <message>
        <source>Emergency: %1 now</source>
        <translation>緊急: 今すぐ%1</translation>
    </message>
    <message>
        <source>This takes effect the moment you press the button. Your reason and the action are recorded in the audit log and shown to the supervisors.</source>
        <translation>ボタンを押した時点で実行されます。理由と措置は監査ログに記録され、責任者に表示されます。</translation>
    </message>
    <message>
        <source>%1 &amp;now</source>
        <translation>今すぐ%1(&amp;N)</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>申請: %1</translation>
    </message>
    <message>
        <source>Nothing changes yet: a supervisor other than you must approve this request. It expires if nobody decides it in time. You can cancel it while it is pending.</source>
        <translation>まだ何も変更されません。あなた以外の責任者がこの申請を承認する必要があります。期限内に判断されない場合、申請は失効します。承認待ちの間はキャンセルできます。</translation>
    </message>
    <message>
        <source>&amp;Request approval</source>
        <translation>承認を申請(&amp;R)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>顧客:</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Linked ticket:</source>
        <translation>関連チケット:</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>None — the request is not linked to a ticket</source>
        <translation>なし — チケットに関連付けられていない申請</translation>
    </message>
    <message>
        <source>Lock for (&amp;hours):</source>
        <translation>停止時間(&amp;H):</translation>
    </message>
    <message>
        <source>Lock withdrawals for how many hours</source>
        <translation>出金を停止する時間数</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>Rea&amp;son (required; the supervisor and the audit log see it):</source>
        <translation>理由(&amp;S)（必須。責任者と監査ログに表示されます）:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>What you saw and why this action is needed</source>
        <translation>確認した内容と、この措置が必要な理由</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be stored.</source>
        <translation>理由に保存できない文字が含まれています。</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Requested</source>
        <translation>申請日時</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措置</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>%1 (emergency)</source>
        <translation>%1（緊急）</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1:「%2」</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <source>Recent sign-ins</source>
        <translation>最近のログイン</translation>
    </message>
    <message>
        <source>No sign-ins in the last 30 days.</source>
        <translation>過去30日間にログインはありません。</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>有効なセッション</translation>
    </message>
    <message>
        <source>No active sessions.</source>
        <translation>有効なセッションはありません。</translation>
    </message>
    <message>
        <source>Deposits and withdrawals</source>
        <translation>入出金</translation>
    </message>
    <message>
        <source>No recent deposits or withdrawals.</source>
        <translation>最近の入出金はありません。</translation>
    </message>
    <message>
        <source>Address book changes</source>
        <translation>アドレス帳の変更</translation>
    </message>
    <message>
        <source>No address book changes.</source>
        <translation>アドレス帳の変更はありません。</translation>
    </message>
</context>
<context>
    <name>AddressBookModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Address (masked)</source>
        <translation>アドレス（マスク済み）</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>AnswerTools</name>
    <message>
        <source>Macros… (Ctrl+M)</source>
        <translation>マクロ…（Ctrl+M）</translation>
    </message>
    <message>
        <source>Insert a canned reply in the customer's language</source>
        <translation>顧客の言語で定型返信を挿入</translation>
    </message>
    <message>
        <source>Escalate to engineering…</source>
        <translation>開発チームにエスカレーション…</translation>
    </message>
    <message>
        <source>Hand a technical problem to engineering (Ctrl+Shift+E)</source>
        <translation>技術的な問題を開発チームに引き継ぐ（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Reply to all lin&amp;ked…</source>
        <translation>関連チケットすべてに返信(&amp;K)…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>ナレッジベース</translation>
    </message>
    <message>
        <source>Articles for this ticket (Ctrl+K)</source>
        <translation>このチケットに関連する記事（Ctrl+K）</translation>
    </message>
    <message>
        <source>Inserted the %1 version of “%2”: it has no %3 version yet.</source>
        <translation>「%2」の%1版を挿入しました。%3版はまだありません。</translation>
    </message>
    <message>
        <source>Escalated, but these files were refused: %1</source>
        <translation>エスカレーションしましたが、次のファイルは拒否されました: %1</translation>
    </message>
    <message>
        <source>Escalation #%1: %2</source>
        <translation>エスカレーション #%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n linked ticket(s)</source>
        <translation>
            <numerusform>%n件の関連チケット</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo accounts: agent1, agent2, secops1, super1, admin1; password desk-demo. The authenticator codes come from the demo TOTP secret %1.</source>
        <translation>デモアカウント：agent1、agent2、secops1、super1、admin1、パスワード desk-demo。認証コードはデモ用 TOTP シークレット %1 から生成されます。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in the log; you can carry on working.</source>
        <translation>問題が発生しました（%1）。詳細はログに記録されています。作業はそのまま続けられます。</translation>
    </message>
    <message>
        <source>Starting the demo service…</source>
        <translation>デモサービスを起動中…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>デスク</translation>
    </message>
    <message>
        <source>The demo service could not be started: %1</source>
        <translation>デモサービスを起動できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Requests waiting for a second person, oldest first. Emergencies already taken are on top until reviewed. Select one to see its evidence.</source>
        <translation>2人目の確認を待っている申請です（古い順）。実行済みの緊急措置は確認されるまで先頭に表示されます。選択すると根拠が表示されます。</translation>
    </message>
    <message>
        <source>Open security requests (read-only: supervisors decide them).</source>
        <translation>未処理のセキュリティ申請（閲覧のみ。判断は責任者が行います）。</translation>
    </message>
    <message>
        <source>Open &amp;requests</source>
        <translation>未処理の申請(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing is waiting for a decision.</source>
        <translation>判断待ちの申請はありません。</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Reload open requests</source>
        <translation>未処理の申請を再読み込み</translation>
    </message>
    <message numerus="yes">
        <source>Open requests: %n.</source>
        <translation>
            <numerusform>未処理の申請: %n件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>申請を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1, requested by %2</source>
        <translation>%1、申請者: %2</translation>
    </message>
    <message>
        <source>Emergency action to review</source>
        <translation>確認が必要な緊急措置</translation>
    </message>
    <message>
        <source>New security request</source>
        <translation>新しいセキュリティ申請</translation>
    </message>
    <message>
        <source>New security requests</source>
        <translation>新しいセキュリティ申請</translation>
    </message>
    <message numerus="yes">
        <source>%n requests are waiting.</source>
        <translation>
            <numerusform>%n件の申請が待機中です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency review overdue</source>
        <translation>緊急措置の確認期限超過</translation>
    </message>
    <message>
        <source>An emergency action is past its review deadline.</source>
        <translation>緊急措置の確認期限を過ぎています。</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>A&amp;ttach files…</source>
        <translation>ファイルを添付(&amp;T)…</translation>
    </message>
    <message>
        <source>Attach files to this message, or drop them on the composer</source>
        <translation>このメッセージにファイルを添付するか、入力欄にドロップしてください</translation>
    </message>
    <message>
        <source>or drop files on the composer</source>
        <translation>または入力欄にファイルをドロップ</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>ファイルが大きすぎます。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>ファイルを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF文書</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>テキストファイル</translation>
    </message>
    <message>
        <source>Screen recording</source>
        <translation>画面録画</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2、%3</translation>
    </message>
    <message>
        <source>This file is a program or script. The desk does not accept programs, whatever their name.</source>
        <translation>このファイルはプログラムまたはスクリプトです。デスクでは、ファイル名にかかわらずプログラムは受け付けません。</translation>
    </message>
    <message>
        <source>This file is an archive or an Office document. Send a PDF or a screenshot instead.</source>
        <translation>このファイルは圧縮ファイルまたはOffice文書です。代わりにPDFかスクリーンショットを送ってください。</translation>
    </message>
    <message>
        <source>The desk does not accept this type of file. Images, PDFs, text files and short screen recordings are accepted.</source>
        <translation>この種類のファイルはデスクでは受け付けていません。受け付けるのは画像、PDF、テキストファイル、短い画面録画です。</translation>
    </message>
    <message>
        <source>This file is damaged, incomplete or too large to open safely.</source>
        <translation>このファイルは破損しているか、不完全か、大きすぎるため、安全に開けません。</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>ファイルが大きすぎます。</translation>
    </message>
    <message>
        <source>Too many files for one message. Send the rest with another message.</source>
        <translation>1通のメッセージに添付できるファイル数を超えています。残りは別のメッセージで送ってください。</translation>
    </message>
    <message>
        <source>A file was already sent or is not yours to send. Remove it and attach it again.</source>
        <translation>すでに送信済みのファイル、または送信権限のないファイルがあります。削除してから添付し直してください。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Requested</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Execution failed</source>
        <translation>実行失敗</translation>
    </message>
    <message>
        <source>Emergency confirmed</source>
        <translation>緊急措置の確定</translation>
    </message>
    <message>
        <source>Emergency reversed</source>
        <translation>緊急措置の取消</translation>
    </message>
    <message>
        <source>Previous state restored</source>
        <translation>以前の状態に復元</translation>
    </message>
    <message>
        <source>Reversal refused by the account system</source>
        <translation>アカウントシステムが取消を拒否</translation>
    </message>
    <message>
        <source>Sign-in ended: a session token was used twice (possible theft)</source>
        <translation>サインイン終了：セッショントークンが二重に使用されました（盗用の可能性）</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>確認期限超過</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>個人情報のマスク解除</translation>
    </message>
    <message>
        <source>Attachment downloaded</source>
        <translation>添付ファイルのダウンロード</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>項目: %1</translation>
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
        <translation>チケット #%1</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>顧客 #%1</translation>
    </message>
    <message>
        <source>Entry #%1, hash %2</source>
        <translation>記録 #%1、ハッシュ %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail for this customer</source>
        <translation>この顧客の監査証跡</translation>
    </message>
    <message>
        <source>Audit trail for this ticket</source>
        <translation>このチケットの監査証跡</translation>
    </message>
    <message>
        <source>Audit trail for the whole desk</source>
        <translation>デスク全体の監査証跡</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>記録はまだありません。</translation>
    </message>
    <message>
        <source>&amp;Reload and verify</source>
        <translation>再読み込みして検証(&amp;R)</translation>
    </message>
    <message>
        <source>Could not verify the audit chain: %1</source>
        <translation>監査チェーンを検証できませんでした: %1</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>監査チェーンを検証中…</translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit chain verified: %n entries</source>
        <translation>
            <numerusform>✔ 監査チェーン検証済み: %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ CHAIN BROKEN at entry #%1 — report this to security at once</source>
        <translation>✖ 記録 #%1 でチェーンが破損 — 直ちにセキュリティ担当に報告してください</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n. Older ones load as you scroll down.</source>
        <translation>
            <numerusform>表示中の記録: %n件。下にスクロールすると古い記録を読み込みます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n (all of them).</source>
        <translation>
            <numerusform>表示中の記録: %n件（すべて）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the audit trail: %1</source>
        <translation>監査証跡を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>Change tickets</source>
        <translation>チケットの一括変更</translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected ticket(s). Each ticket keeps its own version: one that someone else changed since it was loaded is left as it is, and listed.</source>
        <translation>
            <numerusform>選択した%n件のチケットを変更します。チケットごとにバージョンが管理されるため、読み込み後に他の人が変更したチケットは変更せず、一覧に表示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>担当者(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ステータス(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>優先度(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>カテゴリ(&amp;C):</translation>
    </message>
    <message>
        <source>Add &amp;tags:</source>
        <translation>タグを追加(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>タグを削除(&amp;R):</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>タグを削除</translation>
    </message>
    <message>
        <source>comma-separated, e.g. vip, refund</source>
        <translation>カンマ区切り。例: vip, refund</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <source>Also every other ticket of this view that is not loaded yet</source>
        <translation>このビューでまだ読み込まれていない他のチケットもすべて対象にする</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>適用(&amp;P)</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>変更しない</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
</context>
<context>
    <name>BulkResult</name>
    <message>
        <source>someone else changed it after it was loaded</source>
        <translation>読み込み後に他の人が変更しました</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>すでに存在しません</translation>
    </message>
    <message>
        <source>the service refused the change</source>
        <translation>サービスが変更を拒否しました</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>%n件のチケットを変更しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had these values.</source>
        <translation>
            <numerusform>%n 件はすでにこの値でした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed.</source>
        <translation>
            <numerusform>%n件は変更されませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the tickets after that were not sent.</source>
        <translation>キャンセルしました: それ以降のチケットは送信されていません。</translation>
    </message>
    <message>
        <source>Stopped: %1 The tickets after that were not sent.</source>
        <translation>中断しました: %1 それ以降のチケットは送信されていません。</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…ほか%n件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkTriage</name>
    <message>
        <source>C&amp;hange selected…</source>
        <translation>選択項目を変更(&amp;H)…</translation>
    </message>
    <message>
        <source>Assign, or change status, priority, category or tags (Ctrl+E)</source>
        <translation>割り当て、またはステータス・優先度・カテゴリ・タグを変更（Ctrl+E）</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>選択を解除</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>%n件のチケットを選択中</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing tickets</source>
        <translation>チケットを変更中</translation>
    </message>
    <message>
        <source>Changing tickets…</source>
        <translation>チケットを変更中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sent…</source>
        <translation>
            <numerusform>%n件のチケットを送信済み…</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets changed</source>
        <translation>チケットの変更完了</translation>
    </message>
    <message>
        <source>Not changed:</source>
        <translation>変更されなかったチケット:</translation>
    </message>
</context>
<context>
    <name>CollabBar</name>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>別のチケットに統合(&amp;G)…</translation>
    </message>
    <message>
        <source>Merge this ticket into another ticket of the same customer</source>
        <translation>このチケットを同じ顧客の別のチケットに統合</translation>
    </message>
    <message>
        <source>This ticket was merged into #%1: its conversation continues there.</source>
        <translation>このチケットは #%1 に統合されました。会話はそちらで続きます。</translation>
    </message>
    <message>
        <source>&amp;Open #%1</source>
        <translation>#%1 を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Open the ticket it was merged into</source>
        <translation>統合先のチケットを開く(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Re&amp;ply to customer</source>
        <translation>顧客に返信(&amp;P)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>社内メモ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Message (internal note, only agents see it):</source>
        <translation>メッセージ(&amp;M)（社内メモ。オペレーターのみ閲覧可）:</translation>
    </message>
    <message>
        <source>Write a note for other agents…</source>
        <translation>他のオペレーター向けのメモを入力…</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <source>&amp;Message (the customer will see it; they write in %1):</source>
        <translation>メッセージ(&amp;M)（顧客に表示されます。顧客の言語: %1）:</translation>
    </message>
    <message>
        <source>&amp;Message (the customer will see it):</source>
        <translation>メッセージ(&amp;M)（顧客に表示されます）:</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>顧客への返信を入力…</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>顧客に返信</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enterで送信</translation>
    </message>
    <message>
        <source>This ticket was merged into #%1, so nothing more can be sent from here. Your text is kept: copy it into #%1.</source>
        <translation>このチケットは #%1 に統合されたため、ここからは送信できません。入力中のテキストは保持されています。#%1 にコピーしてください。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>メモを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>返信を送信(&amp;S)</translation>
    </message>
    <message>
        <source>The message is too long (%1 characters; at most %2).</source>
        <translation>メッセージが長すぎます（%1文字。上限は%2文字）。</translation>
    </message>
    <message>
        <source>Wait until the files are uploaded, or cancel them.</source>
        <translation>ファイルのアップロードが完了するまで待つか、アップロードをキャンセルしてください。</translation>
    </message>
    <message>
        <source>Not sent: %1 Your text is kept; send again when ready.</source>
        <translation>送信されませんでした: %1 入力内容は保持されています。準備ができたら再送信してください。</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ConversationFiles</name>
    <message>
        <source>Image not available</source>
        <translation>画像を表示できません</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>画像を読み込み中…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>添付ファイルを保存</translation>
    </message>
    <message>
        <source>Save this file from the conversation?

Name: %1
Type: %2 (%3), found from its contents
Size: %4

The desk does not open it. Open it only if you expect it.</source>
        <translation>会話内のこのファイルを保存しますか？

名前: %1
種類: %2（%3）、内容から判定
サイズ: %4

デスクではこのファイルを開きません。心当たりのあるファイルの場合にのみ開いてください。</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1を保存中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The file was not saved: %1</source>
        <translation>ファイルを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>View image “%1”</source>
        <translation>画像「%1」を表示</translation>
    </message>
    <message>
        <source>Save “%1”…</source>
        <translation>「%1」を保存…</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>system</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>%1 · internal note</source>
        <translation>%1 · 社内メモ</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>&amp;Copy message text</source>
        <translation>メッセージをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Open link…</source>
        <translation>リンクを開く…</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>&amp;Profile and risk</source>
        <translation>プロフィールとリスク(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>アクティビティ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Security actions</source>
        <translation>セキュリティ措置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Who viewed this</source>
        <translation>閲覧履歴(&amp;W)</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>監査(&amp;U)</translation>
    </message>
    <message>
        <source>Ticket audit</source>
        <translation>チケット監査</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>顧客情報</translation>
    </message>
    <message>
        <source>ACCOUNT FROZEN</source>
        <translation>アカウント凍結中</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Incident record…</source>
        <translation>インシデント記録(&amp;I)…</translation>
    </message>
    <message>
        <source>The timeline of this account for the security investigation</source>
        <translation>セキュリティ調査用の、このアカウントのタイムライン</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>顧客 #%1</translation>
    </message>
    <message>
        <source>Customer #%1 · %2 · %3 · VIP %4</source>
        <translation>顧客 #%1 · %2 · %3 · VIP %4</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>顧客情報を読み込み中…</translation>
    </message>
    <message>
        <source>Could not load the customer: %1</source>
        <translation>顧客情報を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>CustomerTicketsModel</name>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>#%1 に統合済み</translation>
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
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去24時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去7日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去30日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去90日間</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSVにエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the figures shown for this period as a CSV file</source>
        <translation>この期間に表示されている数値をCSVファイルとして保存</translation>
    </message>
    <message>
        <source>&amp;Breached now (Enter opens the ticket)</source>
        <translation>現在の期限超過(&amp;B)（Enterキーでチケットを開く）</translation>
    </message>
    <message>
        <source>Tickets past a due time now</source>
        <translation>現在期限を過ぎているチケット</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>数値を読み込み中…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>%1に更新</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>数値を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Tickets per day</source>
        <translation>日別チケット数</translation>
    </message>
    <message>
        <source>Opened %1, solved %2 in the period</source>
        <translation>期間内の受付 %1件、解決 %2件</translation>
    </message>
    <message>
        <source>Opened by category, per day</source>
        <translation>カテゴリ別の受付数（日別）</translation>
    </message>
    <message>
        <source>Opened by category, per week</source>
        <translation>カテゴリ別の受付数（週別）</translation>
    </message>
    <message>
        <source>Most tickets: %1</source>
        <translation>最多カテゴリ: %1</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>初回応答</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>SLA達成率</translation>
    </message>
    <message>
        <source>First response %1, resolution %2</source>
        <translation>初回応答 %1、解決 %2</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Customer satisfaction: %1</source>
        <translation>顧客満足度: %1</translation>
    </message>
    <message>
        <source>Ratings from 1 to 5 stars: %1</source>
        <translation>評価（星1～5）: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>返信待ち</translation>
    </message>
    <message>
        <source>Agent load</source>
        <translation>オペレーター別の担当状況</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s): assigned tickets active, waiting for the customer and breached now; solved in the period</source>
        <translation>
            <numerusform>オペレーター%n人: 担当チケットのうち対応中・顧客の返信待ち・現在の期限超過の件数と、期間内の解決件数</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend alert</source>
        <translation>トレンドアラート</translation>
    </message>
    <message>
        <source>desk-statistics-%1.csv</source>
        <translation>desk-statistics-%1.csv</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>統計をエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1を保存しました</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Co&amp;mment (required to reject; the requester sees it):</source>
        <translation>コメント(&amp;M)（却下時は必須。申請者に表示されます）:</translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation>判断コメント</translation>
    </message>
    <message>
        <source>Your request — another supervisor must decide.</source>
        <translation>自分の申請です — 別の責任者の判断が必要です。</translation>
    </message>
    <message>
        <source>&amp;Keep it (confirm)…</source>
        <translation>維持（確定）(&amp;K)…</translation>
    </message>
    <message>
        <source>Re&amp;verse it…</source>
        <translation>取消(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>承認(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>却下(&amp;R)</translation>
    </message>
    <message>
        <source>The comment is too long.</source>
        <translation>コメントが長すぎます。</translation>
    </message>
    <message>
        <source>Keep the emergency %1 in place?</source>
        <translation>緊急措置「%1」を維持しますか？</translation>
    </message>
    <message>
        <source>The action stays in effect and the review is closed.</source>
        <translation>措置は引き続き有効となり、確認は完了します。</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>維持(&amp;K)</translation>
    </message>
    <message>
        <source>Approve and carry out “%1” for customer #%2 now?</source>
        <translation>顧客 #%2 に対する「%1」を承認し、今すぐ実行しますか？</translation>
    </message>
    <message>
        <source>&amp;Approve and carry out</source>
        <translation>承認して実行(&amp;A)</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>申請を承認</translation>
    </message>
    <message>
        <source>Say why you reject this request: the comment is required.</source>
        <translation>却下する理由を入力してください。コメントは必須です。</translation>
    </message>
    <message>
        <source>Reverse the emergency %1?</source>
        <translation>緊急措置「%1」を取り消しますか？</translation>
    </message>
    <message>
        <source>The account goes back to how it was before the emergency action. Do this only if the action was a mistake.</source>
        <translation>アカウントは緊急措置の前の状態に戻ります。措置が誤りだった場合にのみ実行してください。</translation>
    </message>
    <message>
        <source>Reverse emergency action</source>
        <translation>緊急措置の取消</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>取消(&amp;V)</translation>
    </message>
    <message>
        <source>Approved, but the account system could not carry it out.</source>
        <translation>承認されましたが、アカウントシステムで実行できませんでした。</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>完了: %1。</translation>
    </message>
    <message>
        <source>This request expired before anyone decided it.</source>
        <translation>判断される前にこの申請は期限切れになりました。</translation>
    </message>
    <message>
        <source>Already decided by %1: %2.</source>
        <translation>すでに %1 が判断済みです: %2。</translation>
    </message>
    <message>
        <source>Already decided: %1.</source>
        <translation>判断済み: %1。</translation>
    </message>
    <message>
        <source>This request changed since you opened it. Check it again before deciding.</source>
        <translation>開いた後にこの申請が変更されました。判断する前に再確認してください。</translation>
    </message>
    <message>
        <source>Approving would change nothing: the account is already in that state. Reject it instead.</source>
        <translation>承認しても何も変わりません。アカウントはすでにその状態です。代わりに却下してください。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The user name, password or code is wrong.</source>
        <translation>ユーザー名、パスワード、またはコードが正しくありません。</translation>
    </message>
    <message>
        <source>That code has already been used. Wait for the next code in your authenticator app and try again.</source>
        <translation>このコードはすでに使用されています。認証アプリに次のコードが表示されてから再試行してください。</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Wait a few minutes, then try again.</source>
        <translation>ログインの失敗回数が多すぎます。数分待ってから再試行してください。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>このアカウントは無効になっています。管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>セッションが終了しました。再度ログインしてください。</translation>
    </message>
    <message>
        <source>Confirm with a fresh code from your authenticator app first.</source>
        <translation>先に認証アプリの新しいコードで再認証してください。</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>この操作を行う権限がありません。</translation>
    </message>
    <message>
        <source>This no longer exists, or you cannot see it.</source>
        <translation>存在しないか、閲覧権限がありません。</translation>
    </message>
    <message>
        <source>Someone else changed this ticket since you opened it. Reload to see their change.</source>
        <translation>開いた後に他の人がこのチケットを変更しました。再読み込みして変更内容を確認してください。</translation>
    </message>
    <message>
        <source>The service refused the request as invalid.</source>
        <translation>リクエストが無効なため、サービスに拒否されました。</translation>
    </message>
    <message>
        <source>This is too long for the service to accept.</source>
        <translation>長すぎるため、サービスで受け付けられません。</translation>
    </message>
    <message>
        <source>This message was already sent with different text. Send it again as a new message.</source>
        <translation>このメッセージは別の内容ですでに送信されています。新しいメッセージとして送信し直してください。</translation>
    </message>
    <message>
        <source>Someone else has already decided this.</source>
        <translation>すでに他の人が判断しました。</translation>
    </message>
    <message>
        <source>This request has expired.</source>
        <translation>この申請は期限切れです。</translation>
    </message>
    <message>
        <source>Another agent replied to the customer meanwhile. Read their reply, then send again if yours is still needed.</source>
        <translation>この間に別のオペレーターが顧客に返信しました。その返信を確認し、まだ必要であれば再送信してください。</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>チケットをそれ自体に統合することはできません。</translation>
    </message>
    <message>
        <source>Only tickets of the same customer can be merged.</source>
        <translation>統合できるのは同じ顧客のチケットのみです。</translation>
    </message>
    <message>
        <source>That ticket is closed or was merged itself. Choose an open ticket.</source>
        <translation>そのチケットは終了済みか、それ自体がすでに統合されています。終了していないチケットを選択してください。</translation>
    </message>
    <message>
        <source>This ticket was already merged.</source>
        <translation>このチケットはすでに統合されています。</translation>
    </message>
    <message>
        <source>This ticket was merged into another ticket; its conversation continues there.</source>
        <translation>このチケットは別のチケットに統合されました。やり取りはそちらで続きます。</translation>
    </message>
    <message>
        <source>The reply holds a placeholder in braces that the desk does not fill in. Only {customer_name}, {ticket_id} and {agent_name} are filled; correct or remove the others.</source>
        <translation>返信に、システムが置き換えない波かっこ付きのプレースホルダーがあります。置き換えられるのは {customer_name}、{ticket_id}、{agent_name} のみです。その他は修正するか削除してください。</translation>
    </message>
    <message>
        <source>The service could not be reached. Check the server address and your network.</source>
        <translation>サービスに接続できませんでした。サーバーアドレスとネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again.</source>
        <translation>サービスが時間内に応答しませんでした。再試行してください。</translation>
    </message>
    <message>
        <source>The service's certificate could not be verified, so the connection was not used.</source>
        <translation>サービスの証明書を検証できなかったため、接続を使用しませんでした。</translation>
    </message>
    <message>
        <source>The service is unavailable right now. Try again in a moment.</source>
        <translation>現在サービスを利用できません。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The service gave an answer this desk does not understand (it may be a different version).</source>
        <translation>このデスクで解釈できない応答がサービスから返されました（バージョンが異なる可能性があります）。</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>リクエストが多すぎます。しばらく待ってから再試行してください。</translation>
    </message>
    <message>
        <source>The server address sends the desk somewhere else, which the desk does not follow. Check the server address (for example https:// rather than http://).</source>
        <translation>サーバーアドレスから別の場所へリダイレクトされますが、デスクはリダイレクトに従いません。サーバーアドレスを確認してください（例: http:// ではなく https://）。</translation>
    </message>
    <message>
        <source>The service sent a far larger answer than expected, so the desk did not read it. Try again; if it happens again, tell your administrator.</source>
        <translation>サービスから想定よりはるかに大きな応答が返されたため、デスクは読み込みませんでした。再試行し、再び発生する場合は管理者に連絡してください。</translation>
    </message>
    <message>
        <source>This server address is not safe to use: %1</source>
        <translation>このサーバーアドレスは安全ではないため使用できません: %1</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>システムのキーリングでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>The service refused the request (%1).</source>
        <translation>サービスにリクエストを拒否されました（%1）。</translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>確認箇所: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>%n秒後に再試行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in the log.</source>
        <translation>問題が発生しました（%1）。詳細はログに記録されています。</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>Critical: funds at risk or trading halted</source>
        <translation>重大: 資産が危険、または取引停止</translation>
    </message>
    <message>
        <source>High: many customers blocked</source>
        <translation>高: 多数の顧客が利用不可</translation>
    </message>
    <message>
        <source>Medium: some customers affected, a workaround exists</source>
        <translation>中: 一部の顧客に影響、回避策あり</translation>
    </message>
    <message>
        <source>Low: cosmetic or a single customer</source>
        <translation>低: 表示上の問題、または1人の顧客のみ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>調査中</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>追加情報が必要</translation>
    </message>
    <message>
        <source>Fix in progress</source>
        <translation>修正中</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <source>Won't fix</source>
        <translation>修正予定なし</translation>
    </message>
</context>
<context>
    <name>EscalationForm</name>
    <message>
        <source>Escalate to engineering</source>
        <translation>開発チームにエスカレーション</translation>
    </message>
    <message>
        <source>Escalate ticket #%1 to engineering</source>
        <translation>チケット #%1 を開発チームにエスカレーション</translation>
    </message>
    <message>
        <source>Give engineers the facts they need. Every linked ticket hears about each status change as an internal note. Never paste passwords, keys or recovery phrases.</source>
        <translation>開発チームが必要とする事実を伝えてください。ステータスが変わるたびに、関連するすべてのチケットに社内メモとして通知されます。パスワード、キー、リカバリーフレーズは絶対に貼り付けないでください。</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>概要(&amp;S):</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>重大度(&amp;V):</translation>
    </message>
    <message>
        <source>Steps to &amp;reproduce:</source>
        <translation>再現手順(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Tx ids:</source>
        <translation>Tx ID(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Order ids:</source>
        <translation>注文ID(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Affected assets:</source>
        <translation>対象通貨(&amp;A):</translation>
    </message>
    <message>
        <source>Other &amp;tickets (same problem):</source>
        <translation>その他のチケット(&amp;T)（同じ問題）:</translation>
    </message>
    <message>
        <source>Screenshots and &amp;logs:</source>
        <translation>スクリーンショットとログ(&amp;L):</translation>
    </message>
    <message>
        <source>What is broken, in one line</source>
        <translation>何が問題か、1行で</translation>
    </message>
    <message>
        <source>1. …
2. …
What happened, and what should have happened</source>
        <translation>1. …
2. …
実際に起きたことと、本来あるべき動作</translation>
    </message>
    <message>
        <source>Separated by spaces or commas</source>
        <translation>スペースまたはカンマ区切り</translation>
    </message>
    <message>
        <source>e.g. USDT, BTC</source>
        <translation>例: USDT, BTC</translation>
    </message>
    <message>
        <source>e.g. #1042 #1077</source>
        <translation>例: #1042 #1077</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>添付するファイル</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>ファイルを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>PNG or JPEG screenshots, PDF or text logs; at most %1 KB each</source>
        <translation>PNGまたはJPEGのスクリーンショット、PDFまたはテキストのログ。各ファイル最大%1 KB</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>エスカレーション(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Attach screenshots or logs</source>
        <translation>スクリーンショットまたはログを添付</translation>
    </message>
    <message>
        <source>Screenshots and logs (*.png *.jpg *.jpeg *.pdf *.txt *.log)</source>
        <translation>スクリーンショットとログ (*.png *.jpg *.jpeg *.pdf *.txt *.log)</translation>
    </message>
    <message>
        <source>At most %1 files.</source>
        <translation>ファイルは最大%1個までです。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1を読み込めません。</translation>
    </message>
    <message>
        <source>%1 is too large (%2 KB; at most %3 KB).</source>
        <translation>%1は大きすぎます（%2 KB。上限は%3 KB）。</translation>
    </message>
    <message>
        <source>Other tickets: write ticket numbers, e.g. #1042 #1077.</source>
        <translation>その他のチケット: チケット番号を入力してください（例: #1042 #1077）。</translation>
    </message>
    <message>
        <source>Check the field “%1”: it is empty, too long or has too many entries.</source>
        <translation>「%1」欄を確認してください。空欄か、長すぎるか、項目が多すぎます。</translation>
    </message>
    <message>
        <source>Not escalated: %1 Your text is kept; try again.</source>
        <translation>エスカレーションされませんでした: %1 入力内容は保持されています。再試行してください。</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>申請:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>期限:</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>チケット:</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>申請理由:</translation>
    </message>
    <message>
        <source>Customer now:</source>
        <translation>現在の顧客状態:</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>チケットを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Customer's risk signals</source>
        <translation>顧客のリスクシグナル</translation>
    </message>
    <message>
        <source>No risk signals in the last 30 days.</source>
        <translation>過去30日間にリスクシグナルはありません。</translation>
    </message>
    <message>
        <source>Ticket &amp;conversation</source>
        <translation>チケットの会話(&amp;C)</translation>
    </message>
    <message>
        <source>Ticket conversation</source>
        <translation>チケットの会話</translation>
    </message>
    <message>
        <source>Select a request to see its evidence.</source>
        <translation>申請を選択すると根拠が表示されます。</translation>
    </message>
    <message>
        <source>%1 — customer #%2 %3</source>
        <translation>%1 — 顧客 #%2 %3</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1、%2（%3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>supervisor review due %1 (%2)</source>
        <translation>責任者の確認期限 %1（%2）</translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation>期限 %1（%2）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No ticket is linked to this request.</source>
        <translation>この申請に関連付けられたチケットはありません。</translation>
    </message>
    <message>
        <source>account FROZEN</source>
        <translation>アカウント凍結中</translation>
    </message>
    <message>
        <source>account active</source>
        <translation>アカウント有効</translation>
    </message>
    <message>
        <source>2FA on</source>
        <translation>2FA有効</translation>
    </message>
    <message>
        <source>2FA OFF</source>
        <translation>2FA無効</translation>
    </message>
    <message>
        <source>withdrawals locked until %1</source>
        <translation>%1まで出金停止</translation>
    </message>
    <message>
        <source>⚠ account-takeover pattern</source>
        <translation>⚠ アカウント乗っ取りの兆候</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Ticket &amp;conversation (could not load: %1)</source>
        <translation>チケットの会話(&amp;C)（読み込み失敗: %1）</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Subject or #id</source>
        <translation>件名または#ID</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>チケットを検索</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>優先度:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>カテゴリ:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>チャネル:</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Show every ticket of this view again</source>
        <translation>このビューのチケットをすべて再表示</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>Not breached</source>
        <translation>期限内</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>Identity</source>
        <translation>本人情報</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>アカウントセキュリティ</translation>
    </message>
    <message>
        <source>Customer ID:</source>
        <translation>顧客ID:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国:</translation>
    </message>
    <message>
        <source>KYC:</source>
        <translation>KYC:</translation>
    </message>
    <message>
        <source>VIP tier:</source>
        <translation>VIPランク:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <source>Withdrawals:</source>
        <translation>出金:</translation>
    </message>
    <message>
        <source>2FA:</source>
        <translation>2FA:</translation>
    </message>
    <message>
        <source>Password changed:</source>
        <translation>パスワード変更:</translation>
    </message>
    <message>
        <source>Active sessions:</source>
        <translation>有効なセッション:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>This system cannot keep revealed values out of screen recordings or screen sharing. Make sure you are not sharing your screen.</source>
        <translation>マスク解除した値が画面録画や画面共有に映り込むのを防ぐことはできません。画面を共有していないことを確認してください。</translation>
    </message>
    <message>
        <source>Level %1 (%2)</source>
        <translation>レベル %1（%2）</translation>
    </message>
    <message>
        <source>FROZEN</source>
        <translation>凍結中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Locked until %1 (%2)</source>
        <translation>%1まで停止（%2）</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>停止なし</translation>
    </message>
    <message>
        <source>On (last changed %1)</source>
        <translation>有効（最終変更 %1）</translation>
    </message>
    <message>
        <source>OFF (last changed %1)</source>
        <translation>無効（最終変更 %1）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image: %1</source>
        <translation>画像: %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>画像 %1</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3 · %4%</source>
        <translation>%1 × %2 px、%3 · %4%</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>この画像は表示できません。</translation>
    </message>
    <message>
        <source>Could not load the image: %1</source>
        <translation>画像を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Tickets: %1</source>
        <translation>チケット: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Could not load tickets: %1</source>
        <translation>チケットを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No tickets here.</source>
        <translation>チケットはありません。</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>条件に一致するチケットはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n件のチケット</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%n件のチケットを読み込み済み。スクロールで続きを表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident record — customer #%1</source>
        <translation>インシデント記録 — 顧客 #%1</translation>
    </message>
    <message>
        <source>Covering the last (&amp;days):</source>
        <translation>対象期間(&amp;D):</translation>
    </message>
    <message>
        <source>Number of days the record covers</source>
        <translation>記録の対象日数</translation>
    </message>
    <message>
        <source> d</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>タイムライン(&amp;T)</translation>
    </message>
    <message>
        <source>Nothing happened on this account in the period.</source>
        <translation>この期間、このアカウントでのイベントはありません。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDFにエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the record as a PDF document (A4)</source>
        <translation>記録をPDF文書（A4）として保存</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Markdownにエクスポート(&amp;M)…</translation>
    </message>
    <message>
        <source>Save the record as a Markdown text file</source>
        <translation>記録をMarkdownテキストファイルとして保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Incident record — customer #%1 · %2</source>
        <translation>インシデント記録 — 顧客 #%1 · %2</translation>
    </message>
    <message>
        <source>Building the incident record…</source>
        <translation>インシデント記録を作成中…</translation>
    </message>
    <message>
        <source>Some events are left out: the period holds more than one record shows. Choose fewer days.</source>
        <translation>一部のイベントが省略されています。期間内のイベントが1件の記録に収まりません。日数を減らしてください。</translation>
    </message>
    <message>
        <source>Could not build the incident record: %1</source>
        <translation>インシデント記録を作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Export the incident record as PDF</source>
        <translation>インシデント記録をPDFにエクスポート</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the incident record as Markdown</source>
        <translation>インシデント記録をMarkdownにエクスポート</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdownファイル (*.md)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1を保存中…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1に保存しました</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>ファイルを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>IncidentExport</name>
    <message>
        <source>Incident record — customer #%1</source>
        <translation>インシデント記録 — 顧客 #%1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（作成者: %2）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>local time of the desk (%1)</source>
        <translation>デスクの現地時刻（%1）</translation>
    </message>
    <message>
        <source>Account now</source>
        <translation>現在のアカウント</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>凍結中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>二段階認証（2FA）</translation>
    </message>
    <message>
        <source>On</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>出金</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>%1まで停止</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>停止なし</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>有効なセッション</translation>
    </message>
    <message>
        <source>Account-takeover pattern: several risk signals (new device, password or 2FA change, new withdrawal address, large withdrawal) happened within 24 hours, the latest within 72 hours.</source>
        <translation>アカウント乗っ取りの兆候: 複数のリスクシグナル（新しいデバイス、パスワードまたは2FAの変更、新しい出金先アドレス、高額出金）が24時間以内に発生し、最新のものは72時間以内です。</translation>
    </message>
    <message>
        <source>The account does not show the account-takeover pattern now.</source>
        <translation>現在、このアカウントにアカウント乗っ取りの兆候は見られません。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Customer data is masked. Messages are shown by their first 200 characters. Revealed values are never part of this record.</source>
        <translation>顧客データはマスクされています。メッセージは先頭200文字のみ表示されます。マスク解除した値がこの記録に含まれることはありません。</translation>
    </message>
    <message>
        <source>The period holds more events than one record shows; choose a shorter one.</source>
        <translation>期間内のイベントが1件の記録に収まりません。期間を短くしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s))</source>
        <translation>
            <numerusform>タイムライン（%n件のイベント）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentWording</name>
    <message>
        <source>Risk signal: %1</source>
        <translation>リスクシグナル: %1</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>顧客のメッセージ</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>顧客への返信</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>個人情報のマスク解除</translation>
    </message>
    <message>
        <source>Ticket status changed</source>
        <translation>チケットのステータス変更</translation>
    </message>
    <message>
        <source>Emergency action taken: %1</source>
        <translation>緊急措置を実行: %1</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>申請: %1</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>承認: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>却下: %1</translation>
    </message>
    <message>
        <source>Carried out: %1</source>
        <translation>実行完了: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Emergency action confirmed: %1</source>
        <translation>緊急措置を確定: %1</translation>
    </message>
    <message>
        <source>Emergency action reversed: %1</source>
        <translation>緊急措置を取消: %1</translation>
    </message>
    <message>
        <source>Account restored: %1</source>
        <translation>アカウントを復元: %1</translation>
    </message>
    <message>
        <source>Request expired: %1</source>
        <translation>申請の期限切れ: %1</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>申請のキャンセル: %1</translation>
    </message>
    <message>
        <source>Review overdue: %1</source>
        <translation>確認期限超過: %1</translation>
    </message>
    <message>
        <source>Customer (%1)</source>
        <translation>顧客（%1）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Part of a cluster of signals within 24 hours</source>
        <translation>24時間以内に集中したシグナルの一つ</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>チケット #%1: %2</translation>
    </message>
    <message>
        <source>Field: %1 (the value is not part of this record)</source>
        <translation>項目: %1（値はこの記録に含まれません）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 → %3</source>
        <translation>チケット #%1: %2 → %3</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>コメント: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
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
        <translation>ナレッジベースを検索(&amp;S)（言語不問）:</translation>
    </message>
    <message>
        <source>e.g. withdrawal delayed, 提现, 출금</source>
        <translation>例: 出金 遅延, withdrawal delayed, 출금</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>ナレッジベースを検索</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <source>Article category</source>
        <translation>記事のカテゴリ</translation>
    </message>
    <message>
        <source>Article categories</source>
        <translation>記事カテゴリ</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>記事の本文</translation>
    </message>
    <message>
        <source>Insert &amp;link</source>
        <translation>リンクを挿入(&amp;L)</translation>
    </message>
    <message>
        <source>Insert te&amp;xt</source>
        <translation>本文を挿入(&amp;X)</translation>
    </message>
    <message>
        <source>Put the article's title and help-centre link into the reply</source>
        <translation>記事のタイトルとヘルプセンターのリンクを返信に挿入</translation>
    </message>
    <message>
        <source>Put the article's whole text into the reply</source>
        <translation>記事の本文全体を返信に挿入</translation>
    </message>
    <message>
        <source>Finding articles for this ticket…</source>
        <translation>このチケットに関連する記事を検索中…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>No article matches. Try other words, or another language.</source>
        <translation>一致する記事はありません。別の語句や別の言語で検索してください。</translation>
    </message>
    <message>
        <source>Could not load articles: %1</source>
        <translation>記事を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Results for “%1”</source>
        <translation>「%1」の検索結果</translation>
    </message>
    <message>
        <source>Suggested for this ticket (%1)</source>
        <translation>このチケットへのおすすめ（%1）</translation>
    </message>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>記事を選択すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>%1 · %2 · reviewed %3 by %4</source>
        <translation>%1 · %2 · %3に%4がレビュー</translation>
    </message>
    <message>
        <source>No version in %1; this is the %2 one.</source>
        <translation>%1版がないため、%2版を表示しています。</translation>
    </message>
    <message>
        <source>Stale: not reviewed for a long time. Check that it is still right before you send it.</source>
        <translation>要見直し: 長期間レビューされていません。送信する前に、内容が現在も正しいか確認してください。</translation>
    </message>
</context>
<context>
    <name>KbResultsModel</name>
    <message>
        <source>Stale: review overdue</source>
        <translation>要見直し: レビュー期限超過</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>レビュー済み</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>要見直し</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>顧客の返信待ち</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Security agent</source>
        <translation>セキュリティ担当</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>通常</translation>
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
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>Deposits &amp; withdrawals</source>
        <translation>入出金</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技術</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>コンプライアンス</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>SNS</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>自分のチケット</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>You will have to sign in again next time.</source>
        <translation>次回は再度ログインする必要があります。</translation>
    </message>
    <message>
        <source>No system keyring was found.</source>
        <translation>システムのキーリングが見つかりませんでした。</translation>
    </message>
    <message>
        <source>The system keyring is turned off.</source>
        <translation>システムのキーリングが無効になっています。</translation>
    </message>
    <message>
        <source>The keyring in use keeps secrets in a file without proper protection.</source>
        <translation>使用中のキーリングは、機密情報を適切に保護されていないファイルに保存します。</translation>
    </message>
    <message>
        <source>The system keyring cannot be used here.</source>
        <translation>この環境ではシステムのキーリングを使用できません。</translation>
    </message>
    <message>
        <source>The keyring in use is not recommended for secrets.</source>
        <translation>使用中のキーリングは機密情報の保存には推奨されません。</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>認証済み</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>no valid host</source>
        <translation>有効なホストなし</translation>
    </message>
    <message>
        <source>⚠ Look-alike of %1: this is NOT the exchange's site.</source>
        <translation>⚠ %1 に似せたアドレス: 取引所のサイトではありません。</translation>
    </message>
    <message>
        <source>Not a web address (%1:): the desk never opens it.</source>
        <translation>Webアドレスではありません（%1:）。デスクでは開きません。</translation>
    </message>
    <message>
        <source>⚠ The text before “@” only looks like an address: the link goes to the host shown.</source>
        <translation>⚠ 「@」より前の部分はアドレスのように見えるだけです。リンク先は表示されているホストです。</translation>
    </message>
    <message>
        <source>A bare IP address instead of a name.</source>
        <translation>ドメイン名ではなくIPアドレスが直接使われています。</translation>
    </message>
    <message>
        <source>Not encrypted (http).</source>
        <translation>暗号化されていません（http）。</translation>
    </message>
    <message>
        <source>No valid host: the desk will not open it.</source>
        <translation>有効なホストがないため、デスクでは開きません。</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>%1 へのリンク</translation>
    </message>
    <message>
        <source>the exchange's own site</source>
        <translation>取引所の公式サイト</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>リンク: %1</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>リンクを開きますか？</translation>
    </message>
    <message>
        <source>This link is not a web address and cannot be opened.</source>
        <translation>このリンクはWebアドレスではないため開けません。</translation>
    </message>
    <message>
        <source>This link comes from a message. Open it in your browser only if you trust the address below.</source>
        <translation>このリンクはメッセージに含まれていたものです。下記のアドレスが信頼できる場合にのみ、ブラウザーで開いてください。</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>ホスト: %1</translation>
    </message>
    <message>
        <source>Full address: %1</source>
        <translation>完全なアドレス: %1</translation>
    </message>
    <message>
        <source>This address is not encrypted (http).</source>
        <translation>このアドレスは暗号化されていません（http）。</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>ブラウザーで開く</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>🔒 The desk is locked</source>
        <translation>🔒 ワークステーションはロックされています</translation>
    </message>
    <message>
        <source>Customer data is hidden while you are away. Your open tabs and unsent text are kept. Enter the current code from your authenticator app to unlock.</source>
        <translation>離席中は顧客データが非表示になります。開いているタブと未送信のテキストは保持されます。ロックを解除するには認証アプリの現在のコードを入力してください。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>ログイン中：%1（%2）</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>認証コード(&amp;C)：</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>認証コード</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 桁の数字</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <source>That code is wrong. Enter the current code from your authenticator app.</source>
        <translation>コードが正しくありません。認証アプリの現在のコードを入力してください。</translation>
    </message>
</context>
<context>
    <name>LoginsModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>IP (masked)</source>
        <translation>IP（マスク済み）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>新しいデバイス</translation>
    </message>
</context>
<context>
    <name>MacroEditor</name>
    <message>
        <source>Edit macro</source>
        <translation>マクロを編集</translation>
    </message>
    <message>
        <source>New macro</source>
        <translation>新しいマクロ</translation>
    </message>
    <message>
        <source>&amp;Name (agents search by it):</source>
        <translation>名前(&amp;N)（オペレーターが検索に使用）:</translation>
    </message>
    <message>
        <source>Set &amp;status:</source>
        <translation>ステータスを設定(&amp;S):</translation>
    </message>
    <message>
        <source>Set &amp;category:</source>
        <translation>カテゴリを設定(&amp;C):</translation>
    </message>
    <message>
        <source>Add &amp;tags (comma-separated):</source>
        <translation>タグを追加(&amp;T)（カンマ区切り）:</translation>
    </message>
    <message>
        <source>&amp;Knowledge-base article id for {kb_link}:</source>
        <translation>{kb_link} に使うナレッジベース記事ID(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>本文(&amp;X):</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>変更しない</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Placeholders: %1. English is required; it is used when the customer's language has no text.</source>
        <translation>プレースホルダー: %1。英語は必須です。顧客の言語のテキストがない場合に使用されます。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Every text needs a title and a body; the name is required; at most 5 tags.</source>
        <translation>すべてのテキストにタイトルと本文が必要です。名前は必須で、タグは最大5個です。</translation>
    </message>
    <message>
        <source>Write the English text too: it is what customers get when their language has none.</source>
        <translation>英語のテキストも入力してください。顧客の言語のテキストがない場合は英語版が送られます。</translation>
    </message>
    <message>
        <source>Someone else changed this macro since you opened it. Close, reopen it and make your change again (copy your text first).</source>
        <translation>開いた後に他の人がこのマクロを変更しました。閉じてから開き直し、もう一度変更してください（先に入力したテキストをコピーしておいてください）。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>MacroManager</name>
    <message>
        <source>Manage macros</source>
        <translation>マクロの管理</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>マクロ</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>%n macro(s)</source>
        <translation>
            <numerusform>%n件のマクロ</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete macro</source>
        <translation>マクロを削除</translation>
    </message>
    <message>
        <source>Delete “%1” for every agent?</source>
        <translation>「%1」をすべてのオペレーターから削除しますか？</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Loading macros…</source>
        <translation>マクロを読み込み中…</translation>
    </message>
    <message>
        <source>Insert a macro</source>
        <translation>マクロを挿入</translation>
    </message>
    <message>
        <source>&amp;Find a macro (type to filter, arrows to choose, Enter to insert):</source>
        <translation>マクロを検索(&amp;F)（入力で絞り込み、矢印キーで選択、Enterで挿入）:</translation>
    </message>
    <message>
        <source>Find a macro</source>
        <translation>マクロを検索</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>マクロ</translation>
    </message>
    <message>
        <source>&amp;Text that will be inserted:</source>
        <translation>挿入されるテキスト(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>挿入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>There are no macros yet. Supervisors add them in Desk → Manage macros.</source>
        <translation>マクロはまだありません。責任者が「デスク → マクロの管理」で追加します。</translation>
    </message>
    <message>
        <source>Could not load macros: %1</source>
        <translation>マクロを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No %1 version of this macro: the %2 one will be inserted.</source>
        <translation>このマクロには%1版がないため、%2版が挿入されます。</translation>
    </message>
    <message>
        <source>{customer_name} stays as written here: the service puts the customer's name in the reply it sends them, and agents see the name masked.</source>
        <translation>{customer_name} はここではそのまま表示されます。お客様に送る返信にはサービスがお客様の名前を入れ、エージェントにはマスクされた名前が表示されます。</translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation>ステータス → %1</translation>
    </message>
    <message>
        <source>category → %1</source>
        <translation>カテゴリ → %1</translation>
    </message>
    <message>
        <source>tags + %1</source>
        <translation>タグ + %1</translation>
    </message>
    <message>
        <source>Changes nothing else on the ticket.</source>
        <translation>チケットのその他の項目は変更しません。</translation>
    </message>
    <message>
        <source>Also sets: %1</source>
        <translation>同時に設定: %1</translation>
    </message>
</context>
<context>
    <name>MacroTableModel</name>
    <message>
        <source>Macro</source>
        <translation>マクロ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>最終更新者</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desk — Locked</source>
        <translation>ワークステーション — ロック中</translation>
    </message>
    <message>
        <source>Desk — %1</source>
        <translation>デスク — %1</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only. %1</source>
        <translation>トークンはこのセッション中のみメモリに保持されます。%1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>%3 に %1（%2）としてログイン中</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>デスク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>チケット(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Manage &amp;macros…</source>
        <translation>マクロの管理(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>今すぐロック(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>次のチケット(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>前のチケット(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open selected ticket</source>
        <translation>選択したチケットを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>返信(&amp;R)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>社内メモ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>自分に割り当て(&amp;A)</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>ステータスを変更(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>タブを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>Next &amp;tab</source>
        <translation>次のタブ(&amp;T)</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>前のタブ(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>○ Connecting…</source>
        <translation>○ 接続中…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● ライブ</translation>
    </message>
    <message>
        <source>◌ Reconnecting…</source>
        <translation>◌ 再接続中…</translation>
    </message>
    <message>
        <source>○ Not live</source>
        <translation>○ 未接続</translation>
    </message>
    <message>
        <source>Live updates from the service</source>
        <translation>サービスからのライブ更新</translation>
    </message>
    <message>
        <source>Desk audit</source>
        <translation>全体監査</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>承認（%1）</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Open the selected ticket</source>
        <translation>選択したチケットを開く</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter、ダブルクリック</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>返信またはメモを送信</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Close a ticket tab</source>
        <translation>チケットのタブを閉じる</translation>
    </message>
    <message>
        <source>Middle-click the tab</source>
        <translation>タブを中クリック</translation>
    </message>
    <message>
        <source>Select several tickets</source>
        <translation>複数のチケットを選択</translation>
    </message>
    <message>
        <source>Shift/Ctrl+click, Shift+arrows, Ctrl+A</source>
        <translation>Shift/Ctrl+クリック、Shift+矢印キー、Ctrl+A</translation>
    </message>
    <message>
        <source>Change the selected tickets</source>
        <translation>選択したチケットを変更</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>About the desk</source>
        <translation>デスクについて</translation>
    </message>
    <message>
        <source>Desk workstation, version %1</source>
        <translation>デスク ワークステーション、バージョン %1</translation>
    </message>
    <message>
        <source>The support and security desks' workstation. Connected to %1.</source>
        <translation>サポートデスクおよびセキュリティデスク用のワークステーションです。接続先: %1。</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>ログアウトしますか？</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which signing out discards.</source>
        <translation>
            <numerusform>%n件のチケットに未送信のテキストがあります。ログアウトすると破棄されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>再ログインしました。</translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation>終了しますか？</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which quitting discards.</source>
        <translation>
            <numerusform>%n件のチケットに未送信のテキストがあります。終了すると破棄されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge #%1 into another ticket</source>
        <translation>#%1 を別のチケットに統合</translation>
    </message>
    <message>
        <source>Choose the ticket of the same customer to keep. The messages, notes, attachments and tags of #%1 “%2” move to it, and #%1 is closed with a link to it. This cannot be undone.</source>
        <translation>残す方の、同じ顧客のチケットを選択してください。#%1「%2」のメッセージ、メモ、添付ファイル、タグはそのチケットに移され、#%1 はそのチケットへのリンク付きで終了します。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>&amp;Merge into selected</source>
        <translation>選択したチケットに統合(&amp;M)</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>統合されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message numerus="yes">
        <source>[%n attachment(s): %1]</source>
        <translation>
            <numerusform>[添付ファイル%n件: %1]</numerusform>
        </translation>
    </message>
    <message>
        <source>[Longer than shown: %1 characters in all. “Copy message text” (Ctrl+C) copies all of it.]</source>
        <translation>[表示されているより長いメッセージです（全%1文字）。「メッセージをコピー」（Ctrl+C）で全文をコピーできます。]</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Queued: not sent yet</source>
        <translation>送信待ち: まだ送信されていません</translation>
    </message>
    <message>
        <source>Not sent: the service refused it</source>
        <translation>送信されませんでした: サービスに拒否されました</translation>
    </message>
</context>
<context>
    <name>OpenRequestsModel</name>
    <message>
        <source>Action</source>
        <translation>措置</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>%1 — emergency, under review</source>
        <translation>%1 — 緊急、確認中</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（自分）</translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation>確認: %1</translation>
    </message>
    <message>
        <source>expires: %1</source>
        <translation>期限: %1</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox</source>
        <translation>送信トレイ</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Offline: %n message(s) queued, sent when the service is back</source>
        <translation>
            <numerusform>⚠ オフライン: %n件のメッセージが送信待ちです。サービスの復旧後に送信されます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued message(s) wait for you to sign in again</source>
        <translation>
            <numerusform>送信待ちのメッセージ%n件が再ログインを待っています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n queued message(s)…</source>
        <translation>
            <numerusform>送信待ちのメッセージ%n件を送信中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are kept in memory only</source>
        <translation>下書きはメモリにのみ保持されます</translation>
    </message>
    <message>
        <source>Replies and notes you send go to this computer's outbox first and are delivered in order, each exactly once.</source>
        <translation>送信した返信とメモは、まずこのコンピューターの送信トレイに入り、順番どおりに1回ずつ確実に配信されます。</translation>
    </message>
    <message>
        <source>Without a safe system keyring, drafts and queued messages are kept in memory only and are lost if the app closes.</source>
        <translation>安全なシステムのキーリングがない場合、下書きと送信待ちのメッセージはメモリにのみ保持され、アプリを閉じると失われます。</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>%1 is replying</source>
        <translation>%1 が返信中</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 が閲覧中</translation>
    </message>
</context>
<context>
    <name>PresenceBar</name>
    <message>
        <source>Others on this ticket</source>
        <translation>このチケットを開いている他のユーザー</translation>
    </message>
</context>
<context>
    <name>ReplyAllDialog</name>
    <message>
        <source>Reply to all linked tickets</source>
        <translation>関連するすべてのチケットに返信</translation>
    </message>
    <message>
        <source>Escalation #%1 (%2): %3</source>
        <translation>エスカレーション #%1（%2）: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n linked ticket(s) will each get a normal reply.</source>
        <translation>
            <numerusform>%n件の関連チケットそれぞれに通常の返信が送信されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Macro (each customer gets it in their language):</source>
        <translation>マクロ(&amp;M)（各顧客の言語で送信されます）:</translation>
    </message>
    <message>
        <source>No macro: send the text below to everyone</source>
        <translation>マクロなし: 以下のテキストを全員に送信</translation>
    </message>
    <message>
        <source>&amp;Reply text:</source>
        <translation>返信内容(&amp;R):</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>返信内容</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>&amp;Send to all</source>
        <translation>全員に送信(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n ticket(s).</source>
        <translation>
            <numerusform>%n件のチケットに送信しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent to %n ticket(s): %1 Send again to retry only those.</source>
        <translation>
            <numerusform>%n件のチケットに送信できませんでした: %1 再送信すると、それらのチケットのみ再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 Send again to retry.</source>
        <translation>送信されませんでした: %1 再送信して再試行してください。</translation>
    </message>
</context>
<context>
    <name>ReplyCollision</name>
    <message>
        <source>Someone else replied</source>
        <translation>他の人が返信しました</translation>
    </message>
    <message>
        <source>%1 replied to the customer since you opened this ticket. Send your reply anyway?</source>
        <translation>このチケットを開いた後に %1 が顧客に返信しました。それでも返信を送信しますか？</translation>
    </message>
    <message>
        <source>Their reply:</source>
        <translation>相手の返信:</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>このまま送信(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ReplyWarning</name>
    <message>
        <source>Something that looks like a password (after “%1”).</source>
        <translation>パスワードと思われる内容（「%1」の後）。</translation>
    </message>
    <message>
        <source>Something that looks like a one-time code (after “%1”).</source>
        <translation>ワンタイムコードと思われる内容（「%1」の後）。</translation>
    </message>
    <message>
        <source>A personal-data value revealed earlier in this session: %1.</source>
        <translation>このセッションで先にマスク解除した個人情報の値: %1。</translation>
    </message>
    <message>
        <source>A link to %1, which is not one of the exchange's domains.</source>
        <translation>取引所のドメインではない %1 へのリンク。</translation>
    </message>
    <message>
        <source>Send this reply?</source>
        <translation>この返信を送信しますか？</translation>
    </message>
    <message>
        <source>This reply to the customer contains something agents must never send:</source>
        <translation>この顧客への返信には、オペレーターが絶対に送信してはならない内容が含まれています:</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>このまま送信(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Reveal %1</source>
        <translation>%1のマスク解除</translation>
    </message>
    <message>
        <source>Revealing the customer's %1 is recorded with your name and reason, and the customer's security team can see it. The value is shown for 30 seconds.</source>
        <translation>顧客の%1のマスク解除は、あなたの名前と理由とともに記録され、セキュリティチームが確認できます。値は30秒間表示されます。</translation>
    </message>
    <message>
        <source>&amp;Why do you need it? (at least 3 characters)</source>
        <translation>マスク解除の理由(&amp;W)（3文字以上）</translation>
    </message>
    <message>
        <source>Reason for revealing</source>
        <translation>マスク解除の理由</translation>
    </message>
    <message>
        <source>e.g. caller verification for ticket #…</source>
        <translation>例: チケット #… の発信者の本人確認</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>マスク解除(&amp;R)</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be stored.</source>
        <translation>理由に保存できない文字が含まれています。</translation>
    </message>
</context>
<context>
    <name>RevealableValue</name>
    <message>
        <source>Reveal…</source>
        <translation>マスク解除…</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>%1のマスク解除</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy %1 (cleared from the clipboard in 30 s)</source>
        <translation>%1をコピー（30秒後にクリップボードから消去）</translation>
    </message>
    <message numerus="yes">
        <source>hides in %n s</source>
        <translation>
            <numerusform>%n秒後に非表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealsModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>RiskSignalsModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>シグナル</translation>
    </message>
    <message>
        <source>24 h cluster</source>
        <translation>24時間集中</translation>
    </message>
    <message>
        <source>● clustered</source>
        <translation>● 集中</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>RiskTimeline</name>
    <message>
        <source>Risk signals (last 30 days, oldest first)</source>
        <translation>リスクシグナル（過去30日間、古い順）</translation>
    </message>
    <message>
        <source>No risk signals in the last 30 days.</source>
        <translation>過去30日間にリスクシグナルはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Highlighted: %n signals that happened within 24 hours of each other.</source>
        <translation>
            <numerusform>強調表示: 互いに24時間以内に発生した%n件のシグナル。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>%1 · from %2 · IP %3</source>
        <translation>%1 · %2 から · IP %3</translation>
    </message>
    <message>
        <source>%1 address %2</source>
        <translation>%1 アドレス %2</translation>
    </message>
    <message>
        <source>%1 %2 (about %3 US dollars), %4</source>
        <translation>%1 %2（約 %3 米ドル）、%4</translation>
    </message>
    <message>
        <source>Password reset through the email link</source>
        <translation>メールのリンクからパスワードを再設定</translation>
    </message>
    <message>
        <source>2FA turned on (authenticator app)</source>
        <translation>2FA を有効化（認証アプリ）</translation>
    </message>
    <message>
        <source>2FA moved to another device</source>
        <translation>2FA を別の端末に移行</translation>
    </message>
    <message>
        <source>2FA turned off</source>
        <translation>2FA を無効化</translation>
    </message>
    <message>
        <source>Authenticator bound to a new device</source>
        <translation>認証アプリを新しい端末に紐付け</translation>
    </message>
    <message>
        <source>Email address changed</source>
        <translation>メールアドレスを変更</translation>
    </message>
    <message>
        <source>2FA reset by the security desk (request #%1)</source>
        <translation>セキュリティ担当が 2FA をリセット（リクエスト #%1）</translation>
    </message>
</context>
<context>
    <name>SecurityWording</name>
    <message>
        <source>Freeze account</source>
        <translation>アカウント凍結</translation>
    </message>
    <message>
        <source>Unfreeze account</source>
        <translation>アカウント凍結解除</translation>
    </message>
    <message>
        <source>Reset 2FA</source>
        <translation>2FAリセット</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>全セッション終了</translation>
    </message>
    <message>
        <source>Lock withdrawals</source>
        <translation>出金停止</translation>
    </message>
    <message>
        <source>Unlock withdrawals</source>
        <translation>出金停止解除</translation>
    </message>
    <message numerus="yes">
        <source>Lock withdrawals (%n h)</source>
        <translation>
            <numerusform>出金停止（%n時間）</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer can no longer sign in, trade, deposit or withdraw until the account is unfrozen. Open orders stay as they are.</source>
        <translation>凍結が解除されるまで、顧客はログイン、取引、入金、出金ができなくなります。未約定の注文はそのまま残ります。</translation>
    </message>
    <message>
        <source>The customer can sign in, trade and withdraw again. Do this only once you are sure the person asking is the account owner.</source>
        <translation>顧客は再びログイン、取引、出金ができるようになります。申請者がアカウント所有者本人であることを確実に確認できた場合にのみ実行してください。</translation>
    </message>
    <message>
        <source>Two-factor authentication is switched off, every session is signed out, and withdrawals are locked for 48 hours. The customer sets up 2FA again at the next sign-in.</source>
        <translation>二段階認証（2FA）が無効になり、すべてのセッションがログアウトされ、出金が48時間停止されます。顧客は次回ログイン時に2FAを再設定します。</translation>
    </message>
    <message>
        <source>Every device signed in to this account is signed out at once. The customer (or an attacker) must sign in again with password and 2FA.</source>
        <translation>このアカウントにログインしているすべてのデバイスが即時ログアウトされます。顧客（または攻撃者）はパスワードと2FAで再ログインする必要があります。</translation>
    </message>
    <message numerus="yes">
        <source>No withdrawals can leave this account for the next %n h. Deposits and trading continue.</source>
        <translation>
            <numerusform>今後%n時間、このアカウントからの出金はできません。入金と取引は引き続き可能です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawals are possible again at once, to any address in the customer's address book.</source>
        <translation>顧客のアドレス帳にあるすべてのアドレスへの出金が即時に再開されます。</translation>
    </message>
    <message>
        <source>The account is frozen immediately, before anyone approves it. A supervisor reviews the freeze within 30 minutes and may reverse it. Use this only when funds are at risk right now.</source>
        <translation>承認を待たずにアカウントを即時凍結します。責任者が30分以内に凍結を確認し、取り消す場合があります。資産が今まさに危険にさらされている場合にのみ使用してください。</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Approved and carried out</source>
        <translation>承認・実行済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Taken, under review</source>
        <translation>実行済み・確認中</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>取消済み</translation>
    </message>
    <message>
        <source>Approved, being carried out</source>
        <translation>承認済み・実行中</translation>
    </message>
    <message>
        <source>Reversal approved, being carried out</source>
        <translation>取り消しが承認され、実行中です</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>本人確認書類番号</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>新しいデバイス</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>パスワードリセット</translation>
    </message>
    <message>
        <source>2FA changed</source>
        <translation>2FA変更</translation>
    </message>
    <message>
        <source>New withdrawal address</source>
        <translation>新しい出金先アドレス</translation>
    </message>
    <message>
        <source>Large withdrawal</source>
        <translation>高額出金</translation>
    </message>
    <message>
        <source>Something went wrong on this workstation (%1).</source>
        <translation>このワークステーションで問題が発生しました（%1）。</translation>
    </message>
    <message>
        <source>This request changed since you opened it. Look at it again.</source>
        <translation>開いた後にこの申請が変更されました。もう一度確認してください。</translation>
    </message>
    <message>
        <source>This request was already decided.</source>
        <translation>この申請はすでに判断済みです。</translation>
    </message>
    <message>
        <source>This would change nothing on the account now.</source>
        <translation>現在のアカウントには何の変更も生じません。</translation>
    </message>
    <message>
        <source>This request expired before anyone decided it.</source>
        <translation>判断される前にこの申請は期限切れになりました。</translation>
    </message>
    <message>
        <source>Your own request must be decided by another supervisor.</source>
        <translation>自分の申請は別の責任者が判断する必要があります。</translation>
    </message>
    <message>
        <source>Only protective actions can be taken as an emergency.</source>
        <translation>緊急措置として実行できるのは保護措置のみです。</translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code and try again.</source>
        <translation>このコードはすでに使用されています。次のコードを待ってから再試行してください。</translation>
    </message>
    <message>
        <source>That code is not right. Check your authenticator app.</source>
        <translation>コードが正しくありません。認証アプリを確認してください。</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>試行回数が多すぎます。数分待ってから再試行してください。</translation>
    </message>
    <message>
        <source>The account system could not carry this out.</source>
        <translation>アカウントシステムで実行できませんでした。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>あなたのロールではこの操作はできません。</translation>
    </message>
    <message>
        <source>It no longer exists, or you may not see it.</source>
        <translation>存在しないか、閲覧権限がありません。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>セッションが終了しました。再度ログインしてください。</translation>
    </message>
    <message>
        <source>The desk service cannot be reached. Try again in a moment.</source>
        <translation>デスクサービスに接続できません。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>Someone changed this meanwhile. Look at it again.</source>
        <translation>この間に他の人が変更しました。もう一度確認してください。</translation>
    </message>
    <message>
        <source>The service refused the value of %1.</source>
        <translation>サービスが%1の値を拒否しました。</translation>
    </message>
    <message>
        <source>The service refused this (%1).</source>
        <translation>サービスに拒否されました（%1）。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The system keyring could not be opened.</source>
        <translation>システムのキーリングを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終アクセス</translation>
    </message>
    <message>
        <source>IP (masked)</source>
        <translation>IP（マスク済み）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
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
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The system's language (%1)</source>
        <translation>システムの言語（%1）</translation>
    </message>
    <message>
        <source>Dates and numbers:</source>
        <translation>日付と数値:</translation>
    </message>
    <message>
        <source>Dates and numbers</source>
        <translation>日付と数値</translation>
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
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>再ログイン</translation>
    </message>
    <message>
        <source>Sign in to the desk</source>
        <translation>デスクにログイン</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on; your open tickets and unsent text are kept.</source>
        <translation>セッションが終了しました。続けるには再度ログインしてください。開いているチケットと未送信のテキストは保持されます。</translation>
    </message>
    <message>
        <source>Sign in with your desk account and the code from your authenticator app.</source>
        <translation>デスクアカウントと認証アプリのコードでログインしてください。</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only. %1</source>
        <translation>トークンはこのセッション中のみメモリに保持されます。%1</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6桁</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーアドレス</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>認証コード</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation>認証アプリの6桁のコード</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>ログイン中…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>%1超過</translation>
    </message>
    <message>
        <source>The resolution clock is paused while the customer has to answer.</source>
        <translation>顧客の返信を待っている間、解決までの時間計測は一時停止されます。</translation>
    </message>
    <message>
        <source>The service target was missed.</source>
        <translation>サービス目標時間を超過しました。</translation>
    </message>
    <message>
        <source>No service target is running.</source>
        <translation>進行中のサービス目標時間はありません。</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>初回応答</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>%1 was due at %2: overdue.</source>
        <translation>%1の期限は%2でした。期限を過ぎています。</translation>
    </message>
    <message>
        <source>%1 due at %2: due soon.</source>
        <translation>%1の期限は%2です。まもなく期限です。</translation>
    </message>
    <message>
        <source>%1 due at %2.</source>
        <translation>%1の期限は%2です。</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Confirm it's you</source>
        <translation>再認証</translation>
    </message>
    <message>
        <source>🔒 Confirm it's you</source>
        <translation>🔒 再認証</translation>
    </message>
    <message>
        <source>Enter the current code from your authenticator app. What you typed is kept: the step continues by itself once the code is accepted.</source>
        <translation>認証アプリに表示されている現在のコードを入力してください。入力内容は保持され、コードが承認されると処理が自動的に続行されます。</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>認証コード(&amp;C):</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>認証コード</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6桁</translation>
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
        <translation>ウォレットのリカバリーフレーズ</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <source>a payment card number</source>
        <translation>決済カード番号</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>重大</translation>
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
        <translation>%1と%2</translation>
    </message>
    <message>
        <source>The customer sent what looks like %1. The desk removed it before storing the message, so no one here can see it. Tell the customer that anyone who saw it can take their funds: they must move their funds to a new wallet with a new recovery phrase now (or cancel the card), and that support will never ask for it.</source>
        <translation>顧客が%1と思われる内容を送信しました。デスクはメッセージを保存する前にこれを削除したため、ここでは誰も見ることができません。これを見た人は誰でも資産を持ち出せるため、今すぐ新しいリカバリーフレーズの新しいウォレットに資産を移す（またはカードを停止する）必要があること、そしてサポートがこれを尋ねることは決してないことを顧客に伝えてください。</translation>
    </message>
    <message>
        <source>Auto-acknowledgement sent to the customer.</source>
        <translation>顧客に自動受付確認を送信しました。</translation>
    </message>
    <message>
        <source>Escalated to engineering by %1 as #%2 (%3): %4</source>
        <translation>%1 が開発チームにエスカレーションしました: #%2（%3）: %4</translation>
    </message>
    <message>
        <source>Linked by %1 to engineering escalation #%2 (%3): %4. Status: %5</source>
        <translation>%1 が開発チームのエスカレーション #%2（%3）にリンクしました: %4。ステータス: %5</translation>
    </message>
    <message>
        <source>Engineering escalation #%1 is now: %2. Engineering's note: %3</source>
        <translation>開発チームのエスカレーション #%1 の現在のステータス: %2。開発チームのメモ: %3</translation>
    </message>
    <message>
        <source>Engineering escalation #%1 is now: %2</source>
        <translation>開発チームのエスカレーション #%1 の現在のステータス: %2</translation>
    </message>
</context>
<context>
    <name>TakeoverBanner</name>
    <message>
        <source>⚠ Account-takeover pattern</source>
        <translation>⚠ アカウント乗っ取りの兆候</translation>
    </message>
    <message>
        <source>Several risk signals (new device, password or 2FA change, new withdrawal address, large withdrawal) happened within 24 hours. Verify the caller before changing anything for them.</source>
        <translation>複数のリスクシグナル（新しいデバイス、パスワードまたは2FAの変更、新しい出金先アドレス、高額出金）が24時間以内に発生しています。何かを変更する前に、問い合わせ者の本人確認を行ってください。</translation>
    </message>
    <message>
        <source>Emergency &amp;freeze…</source>
        <translation>緊急凍結(&amp;F)…</translation>
    </message>
    <message>
        <source>Emergency freeze (takes effect at once)</source>
        <translation>緊急凍結（即時実行）</translation>
    </message>
</context>
<context>
    <name>TicketControls</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ステータス(&amp;T):</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>優先度(&amp;I):</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>カテゴリ(&amp;Y):</translation>
    </message>
    <message>
        <source>Assign&amp;ee:</source>
        <translation>担当者(&amp;E):</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>タグ(&amp;G):</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>自分に割り当て</translation>
    </message>
    <message>
        <source>Assign this ticket to yourself (Ctrl+Shift+A)</source>
        <translation>このチケットを自分に割り当て（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>タグ1, タグ2</translation>
    </message>
    <message>
        <source>Press Enter to save the tags</source>
        <translation>Enterキーでタグを保存</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <source>Loading ticket…</source>
        <translation>チケットを読み込み中…</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>担当: %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>This customer's account shows the account-takeover pattern right now. Check the security panel before acting on any request.</source>
        <translation>この顧客のアカウントに現在アカウント乗っ取りの兆候が見られます。申請に対応する前にセキュリティパネルを確認してください。</translation>
    </message>
    <message>
        <source>⚠ Customer exposed a secret: they sent a recovery phrase, private key or card number. The desk removed it before storing the message. Read the internal note: tell the customer to move their funds to a new wallet now.</source>
        <translation>⚠ 顧客が機密情報を送信: リカバリーフレーズ、秘密鍵、またはカード番号が送られました。デスクはメッセージを保存する前にこれを削除しました。社内メモを確認し、直ちに資産を新しいウォレットに移すよう顧客に伝えてください。</translation>
    </message>
    <message>
        <source>Customer rating: %1 (%2 of 5)</source>
        <translation>顧客の評価: %1（5点中%2点）</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
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
        <translation>検索(&amp;F):</translation>
    </message>
    <message>
        <source>Subject or #number</source>
        <translation>件名または#番号</translation>
    </message>
    <message>
        <source>Find in the customer's tickets</source>
        <translation>顧客のチケットを検索</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <source>The customer's tickets</source>
        <translation>顧客のチケット</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Could not load the tickets: %1</source>
        <translation>チケットを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No tickets match.</source>
        <translation>一致するチケットはありません。</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>チケットはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n件のチケット</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%n件のチケットを読み込み済み。スクロールで続きを表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketTab</name>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard the unsent message</source>
        <translation>未送信のメッセージを破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>チケット %1</translation>
    </message>
    <message>
        <source>Its messages, notes and files moved to #%1 with the merge.</source>
        <translation>このチケットのメッセージ、メモ、ファイルは統合により #%1 に移動しました。</translation>
    </message>
    <message>
        <source>This ticket no longer exists, or you can no longer see it.</source>
        <translation>このチケットは存在しないか、閲覧権限がなくなりました。</translation>
    </message>
    <message>
        <source>Could not load this ticket: %1</source>
        <translation>このチケットを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Someone else changed this ticket since you last saw it, so your change was not saved. Reload to see their change, then decide again.</source>
        <translation>前回確認した後に他の人がこのチケットを変更したため、変更は保存されませんでした。再読み込みして相手の変更を確認してから、改めて判断してください。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <source>A queued message was not sent: %1 It stays in the conversation, marked as not sent: copy it from there, or select it and press Delete to discard it.</source>
        <translation>送信待ちのメッセージが送信されませんでした: %1 このメッセージは未送信として会話に残ります。そこからコピーするか、選択してDeleteキーを押すと破棄できます。</translation>
    </message>
    <message>
        <source>Discard the unsent message?</source>
        <translation>未送信のメッセージを破棄しますか？</translation>
    </message>
    <message>
        <source>The service refused this message, so it was never sent. Discard it from this computer?</source>
        <translation>サービスに拒否されたため、このメッセージは送信されていません。このコンピューターから破棄しますか？</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>#%1 に統合済み</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Secret exposed: %1</source>
        <translation>機密情報の露出: %1</translation>
    </message>
</context>
<context>
    <name>TicketTabs</name>
    <message>
        <source>Discard unsent text?</source>
        <translation>未送信のテキストを破棄しますか？</translation>
    </message>
    <message>
        <source>The reply you were writing in %1 has not been sent. Close the tab and discard it?</source>
        <translation>%1で作成中の返信は送信されていません。タブを閉じて破棄しますか？</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1超過</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り%1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Tx hash</source>
        <translation>Txハッシュ</translation>
    </message>
    <message>
        <source>Address (masked)</source>
        <translation>アドレス（マスク済み）</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>出金</translation>
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
        <translation>デスクの担当者がこの顧客の個人情報をマスク解除したすべての記録です。</translation>
    </message>
    <message>
        <source>Who viewed this</source>
        <translation>閲覧履歴</translation>
    </message>
    <message>
        <source>Nobody has revealed this customer's data.</source>
        <translation>この顧客のデータをマスク解除した人はいません。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Reload who viewed this</source>
        <translation>閲覧履歴を再読み込み</translation>
    </message>
    <message numerus="yes">
        <source>Reveals recorded: %n.</source>
        <translation>
            <numerusform>閲覧記録: %n件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>読み込めませんでした: %1</translation>
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
        <translation>まだ評価はありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 5 from %n rating(s)</source>
        <translation>
            <numerusform>5点中%1点（評価%n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals waiting: %1, the oldest for %2</source>
        <translation>承認待ち: %1件、最も古いものは%2経過</translation>
    </message>
    <message>
        <source>Approvals waiting: none</source>
        <translation>承認待ち: なし</translation>
    </message>
    <message>
        <source>Backlog: %1</source>
        <translation>未処理: %1件</translation>
    </message>
    <message>
        <source>Breached now: %1</source>
        <translation>現在の期限超過: %1件</translation>
    </message>
    <message>
        <source>Median first response: %1</source>
        <translation>初回応答の中央値: %1</translation>
    </message>
    <message>
        <source>Median resolution: %1</source>
        <translation>解決時間の中央値: %1</translation>
    </message>
    <message>
        <source>CSAT: %1</source>
        <translation>CSAT: %1</translation>
    </message>
    <message>
        <source>%1 is rising: %2 tickets in the last hour, usually %3.</source>
        <translation>%1が増加中: 直近1時間で%2件（通常は%3件）。</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <source>Tickets per day (UTC)</source>
        <translation>日別チケット数（UTC）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>SLA attainment (tickets opened in the period)</source>
        <translation>SLA達成率（期間内に受け付けたチケット）</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>達成率（%）</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>初回応答</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Breached now</source>
        <translation>現在の期限超過</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>応答時間</translation>
    </message>
    <message>
        <source>Median first response (seconds)</source>
        <translation>初回応答の中央値（秒）</translation>
    </message>
    <message>
        <source>Median resolution (seconds)</source>
        <translation>解決時間の中央値（秒）</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>顧客満足度</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Agent load</source>
        <translation>オペレーター別の担当状況</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>顧客の返信待ち</translation>
    </message>
    <message>
        <source>Solved in period</source>
        <translation>期間内の解決</translation>
    </message>
    <message>
        <source>Backlog now</source>
        <translation>現在の未処理</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Oldest (seconds)</source>
        <translation>最長待ち時間（秒）</translation>
    </message>
    <message>
        <source>Median age (seconds)</source>
        <translation>経過時間の中央値（秒）</translation>
    </message>
    <message>
        <source>Trend alerts</source>
        <translation>トレンドアラート</translation>
    </message>
    <message>
        <source>Raised at (UTC)</source>
        <translation>発生日時（UTC）</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>通常</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>チケット</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Upload of %1</source>
        <translation>%1のアップロード</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>アップロード中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the upload of %1</source>
        <translation>%1のアップロードをキャンセル</translation>
    </message>
    <message>
        <source>%1, %2 — goes with this message</source>
        <translation>%1、%2 — このメッセージと一緒に送信</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>添付されませんでした: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1を削除</translation>
    </message>
</context>
</TS>
