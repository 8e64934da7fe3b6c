<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ActionPanel</name>
    <message>
        <source>Every action below needs a second person: a supervisor approves it before anything changes. The emergency freeze is the exception.</source>
        <translation>Aşağıdaki her işlem ikinci bir kişi gerektirir: herhangi bir şey değişmeden önce bir süpervizör onaylar. Acil dondurma bunun istisnasıdır.</translation>
    </message>
    <message>
        <source>Protect the account</source>
        <translation>Hesabı koru</translation>
    </message>
    <message>
        <source>Restore access</source>
        <translation>Erişimi geri ver</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Emergency &amp;freeze…</source>
        <translation>&amp;Acil dondurma…</translation>
    </message>
    <message>
        <source>Emergency freeze (takes effect at once)</source>
        <translation>Acil dondurma (hemen geçerli olur)</translation>
    </message>
    <message>
        <source>Freezes the account at once; a supervisor reviews it within 30 minutes and may reverse it.</source>
        <translation>Hesabı hemen dondurur; bir süpervizör 30 dakika içinde inceler ve geri alabilir.</translation>
    </message>
    <message>
        <source>&amp;Cancel my request</source>
        <translation>İsteğimi geri çe&amp;k</translation>
    </message>
    <message>
        <source>Requests for this customer</source>
        <translation>Bu müşteriye ait istekler</translation>
    </message>
    <message>
        <source>No security actions requested yet.</source>
        <translation>Henüz güvenlik işlemi istenmedi.</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>Müşteri yükleniyor…</translation>
    </message>
    <message>
        <source>Request #%1 for this is already waiting for a supervisor.</source>
        <translation>Bunun için #%1 numaralı istek zaten süpervizör onayı bekliyor.</translation>
    </message>
    <message>
        <source>The account is already frozen.</source>
        <translation>Hesap zaten dondurulmuş.</translation>
    </message>
    <message>
        <source>The account is not frozen.</source>
        <translation>Hesap dondurulmuş değil.</translation>
    </message>
    <message>
        <source>Two-factor authentication is already off.</source>
        <translation>İki adımlı doğrulama zaten kapalı.</translation>
    </message>
    <message>
        <source>The customer has no active sessions.</source>
        <translation>Müşterinin etkin oturumu yok.</translation>
    </message>
    <message>
        <source>Withdrawals are not locked.</source>
        <translation>Para çekme kilitli değil.</translation>
    </message>
    <message>
        <source>Opens the request form; nothing happens until you submit it.</source>
        <translation>İstek formunu açar; siz gönderene kadar hiçbir şey değişmez.</translation>
    </message>
    <message>
        <source>%1 taken at once; a supervisor will review it.</source>
        <translation>Hemen uygulandı: %1. Bir süpervizör inceleyecek.</translation>
    </message>
    <message>
        <source>%1 requested; waiting for a supervisor.</source>
        <translation>İstendi: %1. Süpervizör onayı bekleniyor.</translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>İstekler yüklenemedi: %1</translation>
    </message>
    <message>
        <source>Select one of your own pending requests.</source>
        <translation>Bekleyen kendi isteklerinizden birini seçin.</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>İstek geri çekildi: %1</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>Geri çekilemedi: %1</translation>
    </message>
</context>
<context>
    <name>ActionRequestDialog</name>
    <message>
        <source>Emergency: %1</source>
        <translation>Acil: %1</translation>
    </message>
    <message>
        <source>Emergency: %1 now</source>
        <translation>Acil: hemen %1</translation>
    </message>
    <message>
        <source>This takes effect the moment you press the button. Your reason and the action are recorded in the audit log and shown to the supervisors.</source>
        <translation>Düğmeye bastığınız anda geçerli olur. Gerekçeniz ve işlem denetim kaydına yazılır ve süpervizörlere gösterilir.</translation>
    </message>
    <message>
        <source>%1 &amp;now</source>
        <translation>%1 (&amp;hemen)</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>İstek: %1</translation>
    </message>
    <message>
        <source>Nothing changes yet: a supervisor other than you must approve this request. It expires if nobody decides it in time. You can cancel it while it is pending.</source>
        <translation>Henüz hiçbir şey değişmez: bu isteği sizden başka bir süpervizörün onaylaması gerekir. Zamanında karar verilmezse isteğin süresi dolar. Beklemedeyken isteği geri çekebilirsiniz.</translation>
    </message>
    <message>
        <source>&amp;Request approval</source>
        <translation>&amp;Onay iste</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Müşteri:</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Linked ticket:</source>
        <translation>Bağlı talep:</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>None — the request is not linked to a ticket</source>
        <translation>Yok — istek bir talebe bağlı değil</translation>
    </message>
    <message>
        <source>Lock for (&amp;hours):</source>
        <translation>Kilit süresi (&amp;saat):</translation>
    </message>
    <message>
        <source>Lock withdrawals for how many hours</source>
        <translation>Para çekme kaç saat kilitlensin</translation>
    </message>
    <message>
        <source> h</source>
        <translation> sa</translation>
    </message>
    <message>
        <source>Rea&amp;son (required; the supervisor and the audit log see it):</source>
        <translation>&amp;Gerekçe (zorunlu; süpervizör ve denetim kaydı görür):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <source>What you saw and why this action is needed</source>
        <translation>Ne gördünüz ve bu işlem neden gerekli</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be stored.</source>
        <translation>Gerekçe, kaydedilemeyen karakterler içeriyor.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Requested</source>
        <translation>İstendi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>İsteyen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>%1 (emergency)</source>
        <translation>%1 (acil)</translation>
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
        <translation>Son girişler</translation>
    </message>
    <message>
        <source>No sign-ins in the last 30 days.</source>
        <translation>Son 30 günde giriş yok.</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Etkin oturumlar</translation>
    </message>
    <message>
        <source>No active sessions.</source>
        <translation>Etkin oturum yok.</translation>
    </message>
    <message>
        <source>Deposits and withdrawals</source>
        <translation>Yatırma ve çekme işlemleri</translation>
    </message>
    <message>
        <source>No recent deposits or withdrawals.</source>
        <translation>Yakın zamanda yatırma veya çekme işlemi yok.</translation>
    </message>
    <message>
        <source>Address book changes</source>
        <translation>Adres defteri değişiklikleri</translation>
    </message>
    <message>
        <source>No address book changes.</source>
        <translation>Adres defterinde değişiklik yok.</translation>
    </message>
</context>
<context>
    <name>AddressBookModel</name>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Varlık</translation>
    </message>
    <message>
        <source>Address (masked)</source>
        <translation>Adres (maskeli)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklendi</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Kaldırıldı</translation>
    </message>
</context>
<context>
    <name>AnswerTools</name>
    <message>
        <source>Macros… (Ctrl+M)</source>
        <translation>Makrolar… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Insert a canned reply in the customer's language</source>
        <translation>Müşterinin dilinde hazır yanıt ekle</translation>
    </message>
    <message>
        <source>Escalate to engineering…</source>
        <translation>Mühendisliğe eskale et…</translation>
    </message>
    <message>
        <source>Hand a technical problem to engineering (Ctrl+Shift+E)</source>
        <translation>Teknik bir sorunu mühendislik ekibine aktar (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Reply to all lin&amp;ked…</source>
        <translation>Bağlı taleplerin tümüne yan&amp;ıt…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Bilgi bankası</translation>
    </message>
    <message>
        <source>Articles for this ticket (Ctrl+K)</source>
        <translation>Bu talep için makaleler (Ctrl+K)</translation>
    </message>
    <message>
        <source>Inserted the %1 version of “%2”: it has no %3 version yet.</source>
        <translation>“%2” metninin %1 sürümü eklendi: henüz %3 sürümü yok.</translation>
    </message>
    <message>
        <source>Escalated, but these files were refused: %1</source>
        <translation>Eskale edildi, ancak şu dosyalar reddedildi: %1</translation>
    </message>
    <message>
        <source>Escalation #%1: %2</source>
        <translation>Eskalasyon #%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n linked ticket(s)</source>
        <translation>
            <numerusform>%n bağlı talep</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo accounts: agent1, agent2, secops1, super1, admin1; password desk-demo. The authenticator codes come from the demo TOTP secret %1.</source>
        <translation>Demo hesapları: agent1, agent2, secops1, super1, admin1; parola desk-demo. Doğrulama kodları demo TOTP anahtarı %1 ile üretilir.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Beklenmeyen hata</translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in the log; you can carry on working.</source>
        <translation>Bir sorun oluştu (%1). Ayrıntılar günlükte; çalışmaya devam edebilirsiniz.</translation>
    </message>
    <message>
        <source>Starting the demo service…</source>
        <translation>Demo hizmeti başlatılıyor…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Destek masası</translation>
    </message>
    <message>
        <source>The demo service could not be started: %1</source>
        <translation>Demo hizmeti başlatılamadı: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Requests waiting for a second person, oldest first. Emergencies already taken are on top until reviewed. Select one to see its evidence.</source>
        <translation>İkinci bir kişiyi bekleyen istekler, en eskisi önce. Uygulanmış acil işlemler incelenene kadar en üstte durur. Kanıtlarını görmek için birini seçin.</translation>
    </message>
    <message>
        <source>Open security requests (read-only: supervisors decide them).</source>
        <translation>Açık güvenlik istekleri (salt okunur: kararı süpervizörler verir).</translation>
    </message>
    <message>
        <source>Open &amp;requests</source>
        <translation>Açık &amp;istekler</translation>
    </message>
    <message>
        <source>Nothing is waiting for a decision.</source>
        <translation>Karar bekleyen bir şey yok.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Yeni&amp;le</translation>
    </message>
    <message>
        <source>Reload open requests</source>
        <translation>Açık istekleri yenile</translation>
    </message>
    <message numerus="yes">
        <source>Open requests: %n.</source>
        <translation>
            <numerusform>Açık istekler: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>İstekler yüklenemedi: %1</translation>
    </message>
    <message>
        <source>%1, requested by %2</source>
        <translation>%1, isteyen: %2</translation>
    </message>
    <message>
        <source>Emergency action to review</source>
        <translation>İncelenecek acil işlem</translation>
    </message>
    <message>
        <source>New security request</source>
        <translation>Yeni güvenlik isteği</translation>
    </message>
    <message>
        <source>New security requests</source>
        <translation>Yeni güvenlik istekleri</translation>
    </message>
    <message numerus="yes">
        <source>%n requests are waiting.</source>
        <translation>
            <numerusform>%n istek bekliyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency review overdue</source>
        <translation>Acil inceleme gecikti</translation>
    </message>
    <message>
        <source>An emergency action is past its review deadline.</source>
        <translation>Bir acil işlemin inceleme süresi geçti.</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>A&amp;ttach files…</source>
        <translation>Dos&amp;ya ekle…</translation>
    </message>
    <message>
        <source>Attach files to this message, or drop them on the composer</source>
        <translation>Bu mesaja dosya ekleyin ya da dosyaları yazma alanına bırakın</translation>
    </message>
    <message>
        <source>or drop files on the composer</source>
        <translation>veya dosyaları yazma alanına bırakın</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dosya ekle</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>Bu dosya çok büyük.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Dosya okunamadı.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Image</source>
        <translation>Görsel</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF belgesi</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Metin dosyası</translation>
    </message>
    <message>
        <source>Screen recording</source>
        <translation>Ekran kaydı</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>This file is a program or script. The desk does not accept programs, whatever their name.</source>
        <translation>Bu dosya bir program veya betik. Desk, adı ne olursa olsun program kabul etmez.</translation>
    </message>
    <message>
        <source>This file is an archive or an Office document. Send a PDF or a screenshot instead.</source>
        <translation>Bu dosya bir arşiv veya Office belgesi. Bunun yerine PDF veya ekran görüntüsü gönderin.</translation>
    </message>
    <message>
        <source>The desk does not accept this type of file. Images, PDFs, text files and short screen recordings are accepted.</source>
        <translation>Desk bu dosya türünü kabul etmez. Görseller, PDF'ler, metin dosyaları ve kısa ekran kayıtları kabul edilir.</translation>
    </message>
    <message>
        <source>This file is damaged, incomplete or too large to open safely.</source>
        <translation>Bu dosya hasarlı, eksik veya güvenle açılamayacak kadar büyük.</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>Bu dosya çok büyük.</translation>
    </message>
    <message>
        <source>Too many files for one message. Send the rest with another message.</source>
        <translation>Tek bir mesaj için çok fazla dosya. Kalanları başka bir mesajla gönderin.</translation>
    </message>
    <message>
        <source>A file was already sent or is not yours to send. Remove it and attach it again.</source>
        <translation>Bir dosya zaten gönderilmiş veya onu gönderme yetkiniz yok. Kaldırıp yeniden ekleyin.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Requested</source>
        <translation>İstendi</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Uygulandı</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geri çekildi</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Süresi doldu</translation>
    </message>
    <message>
        <source>Execution failed</source>
        <translation>Uygulama başarısız</translation>
    </message>
    <message>
        <source>Emergency confirmed</source>
        <translation>Acil işlem teyit edildi</translation>
    </message>
    <message>
        <source>Emergency reversed</source>
        <translation>Acil işlem geri alındı</translation>
    </message>
    <message>
        <source>Previous state restored</source>
        <translation>Önceki durum geri yüklendi</translation>
    </message>
    <message>
        <source>Reversal refused by the account system</source>
        <translation>Geri alma hesap sistemi tarafından reddedildi</translation>
    </message>
    <message>
        <source>Sign-in ended: a session token was used twice (possible theft)</source>
        <translation>Oturum sonlandı: bir oturum belirteci iki kez kullanıldı (olası hırsızlık)</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>İnceleme gecikti</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>Kişisel veri görüntülendi</translation>
    </message>
    <message>
        <source>Attachment downloaded</source>
        <translation>Ek indirildi</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>alan: %1</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>acil</translation>
    </message>
    <message>
        <source>request #%1</source>
        <translation>istek #%1</translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation>talep #%1</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>müşteri #%1</translation>
    </message>
    <message>
        <source>Entry #%1, hash %2</source>
        <translation>Kayıt #%1, hash %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>İlgili</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail for this customer</source>
        <translation>Bu müşterinin denetim kaydı</translation>
    </message>
    <message>
        <source>Audit trail for this ticket</source>
        <translation>Bu talebin denetim kaydı</translation>
    </message>
    <message>
        <source>Audit trail for the whole desk</source>
        <translation>Genel denetim kaydı</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Henüz kayıt yok.</translation>
    </message>
    <message>
        <source>&amp;Reload and verify</source>
        <translation>Yenile ve &amp;doğrula</translation>
    </message>
    <message>
        <source>Could not verify the audit chain: %1</source>
        <translation>Denetim zinciri doğrulanamadı: %1</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Denetim zinciri doğrulanıyor…</translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit chain verified: %n entries</source>
        <translation>
            <numerusform>✔ Denetim zinciri doğrulandı: %n kayıt</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ CHAIN BROKEN at entry #%1 — report this to security at once</source>
        <translation>✖ ZİNCİR KIRIK, kayıt #%1 — bunu hemen güvenlik ekibine bildirin</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n. Older ones load as you scroll down.</source>
        <translation>
            <numerusform>Gösterilen kayıt: %n. Aşağı kaydırdıkça daha eskileri yüklenir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n (all of them).</source>
        <translation>
            <numerusform>Gösterilen kayıt: %n (tümü).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the audit trail: %1</source>
        <translation>Denetim kaydı yüklenemedi: %1</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>Change tickets</source>
        <translation>Talepleri değiştir</translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected ticket(s). Each ticket keeps its own version: one that someone else changed since it was loaded is left as it is, and listed.</source>
        <translation>
            <numerusform>Seçili %n talebi değiştir. Her talep kendi sürümünü korur: yüklendikten sonra başka biri tarafından değiştirilen talep olduğu gibi bırakılır ve listelenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Atanan:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Durum:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Ö&amp;ncelik:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>Add &amp;tags:</source>
        <translation>&amp;Etiket ekle:</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>Etiketleri ka&amp;ldır:</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Atanan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Etiket ekle</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Etiketleri kaldır</translation>
    </message>
    <message>
        <source>comma-separated, e.g. vip, refund</source>
        <translation>virgülle ayrılmış, ör. vip, refund</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>virgülle ayrılmış</translation>
    </message>
    <message>
        <source>Also every other ticket of this view that is not loaded yet</source>
        <translation>Bu görünümde henüz yüklenmemiş diğer tüm talepler de</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Uygula</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Değişiklik yok</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ben</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Atanmamış</translation>
    </message>
</context>
<context>
    <name>BulkResult</name>
    <message>
        <source>someone else changed it after it was loaded</source>
        <translation>yüklendikten sonra başka biri değiştirdi</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>artık mevcut değil</translation>
    </message>
    <message>
        <source>the service refused the change</source>
        <translation>hizmet değişikliği reddetti</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>%n talep değiştirildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had these values.</source>
        <translation>
            <numerusform>%n tanesi zaten bu değerlere sahipti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed.</source>
        <translation>
            <numerusform>%n talep değiştirilmedi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the tickets after that were not sent.</source>
        <translation>İptal edildi: sonraki talepler gönderilmedi.</translation>
    </message>
    <message>
        <source>Stopped: %1 The tickets after that were not sent.</source>
        <translation>Durduruldu: %1 Sonraki talepler gönderilmedi.</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ve %n tane daha.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkTriage</name>
    <message>
        <source>C&amp;hange selected…</source>
        <translation>&amp;Seçilenleri değiştir…</translation>
    </message>
    <message>
        <source>Assign, or change status, priority, category or tags (Ctrl+E)</source>
        <translation>Ata veya durumu, önceliği, kategoriyi ya da etiketleri değiştir (Ctrl+E)</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Seçimi temizle</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>%n talep seçildi</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing tickets</source>
        <translation>Talepler değiştiriliyor</translation>
    </message>
    <message>
        <source>Changing tickets…</source>
        <translation>Talepler değiştiriliyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sent…</source>
        <translation>
            <numerusform>%n talep gönderildi…</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets changed</source>
        <translation>Talepler değiştirildi</translation>
    </message>
    <message>
        <source>Not changed:</source>
        <translation>Değiştirilmeyenler:</translation>
    </message>
</context>
<context>
    <name>CollabBar</name>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>&amp;Birleştir…</translation>
    </message>
    <message>
        <source>Merge this ticket into another ticket of the same customer</source>
        <translation>Bu talebi aynı müşterinin başka bir talebiyle birleştir</translation>
    </message>
    <message>
        <source>This ticket was merged into #%1: its conversation continues there.</source>
        <translation>Bu talep #%1 ile birleştirildi: yazışma orada devam ediyor.</translation>
    </message>
    <message>
        <source>&amp;Open #%1</source>
        <translation>#%1 numaralı talebi a&amp;ç</translation>
    </message>
    <message>
        <source>&amp;Open the ticket it was merged into</source>
        <translation>&amp;Birleştirildiği talebi aç</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Re&amp;ply to customer</source>
        <translation>&amp;Müşteriye yanıt</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Dahili &amp;not</translation>
    </message>
    <message>
        <source>&amp;Message (internal note, only agents see it):</source>
        <translation>Me&amp;saj (dahili not, yalnızca temsilciler görür):</translation>
    </message>
    <message>
        <source>Write a note for other agents…</source>
        <translation>Diğer temsilciler için bir not yazın…</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Dahili not</translation>
    </message>
    <message>
        <source>&amp;Message (the customer will see it; they write in %1):</source>
        <translation>Me&amp;saj (müşteri görecek; müşterinin dili: %1):</translation>
    </message>
    <message>
        <source>&amp;Message (the customer will see it):</source>
        <translation>Me&amp;saj (müşteri görecek):</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>Müşteriye bir yanıt yazın…</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>Müşteriye yanıt</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter ile gönderilir</translation>
    </message>
    <message>
        <source>This ticket was merged into #%1, so nothing more can be sent from here. Your text is kept: copy it into #%1.</source>
        <translation>Bu talep #%1 ile birleştirildi; buradan artık bir şey gönderilemez. Metniniz korundu: #%1 talebine kopyalayın.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>N&amp;ot ekle</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>Yanıtı &amp;gönder</translation>
    </message>
    <message>
        <source>The message is too long (%1 characters; at most %2).</source>
        <translation>Mesaj çok uzun (%1 karakter; en fazla %2).</translation>
    </message>
    <message>
        <source>Wait until the files are uploaded, or cancel them.</source>
        <translation>Dosyaların yüklenmesini bekleyin veya yüklemeyi iptal edin.</translation>
    </message>
    <message>
        <source>Not sent: %1 Your text is kept; send again when ready.</source>
        <translation>Gönderilmedi: %1 Metniniz korundu; hazır olduğunuzda yeniden gönderin.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>ConversationFiles</name>
    <message>
        <source>Image not available</source>
        <translation>Görsel kullanılamıyor</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Görsel yükleniyor…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Eki kaydet</translation>
    </message>
    <message>
        <source>Save this file from the conversation?

Name: %1
Type: %2 (%3), found from its contents
Size: %4

The desk does not open it. Open it only if you expect it.</source>
        <translation>Bu dosya yazışmadan kaydedilsin mi?

Ad: %1
Tür: %2 (%3), içeriğinden belirlendi
Boyut: %4

Desk dosyayı açmaz. Yalnızca bekliyorsanız açın.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Kaydet…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Kaydediliyor: %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>The file was not saved: %1</source>
        <translation>Dosya kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>View image “%1”</source>
        <translation>“%1” görselini görüntüle</translation>
    </message>
    <message>
        <source>Save “%1”…</source>
        <translation>“%1” dosyasını kaydet…</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>customer</source>
        <translation>müşteri</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>temsilci</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistem</translation>
    </message>
    <message>
        <source>%1 · internal note</source>
        <translation>%1 · dahili not</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Yazışma</translation>
    </message>
    <message>
        <source>&amp;Copy message text</source>
        <translation>Mesaj metnini &amp;kopyala</translation>
    </message>
    <message>
        <source>Open link…</source>
        <translation>Bağlantıyı aç…</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>&amp;Profile and risk</source>
        <translation>&amp;Profil ve risk</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>&amp;Hareketler</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Geçm&amp;iş</translation>
    </message>
    <message>
        <source>&amp;Security actions</source>
        <translation>Gü&amp;venlik işlemleri</translation>
    </message>
    <message>
        <source>&amp;Who viewed this</source>
        <translation>&amp;Kimler görüntüledi</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>&amp;Denetim</translation>
    </message>
    <message>
        <source>Ticket audit</source>
        <translation>Talep denetimi</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Müşteri bilgileri</translation>
    </message>
    <message>
        <source>ACCOUNT FROZEN</source>
        <translation>HESAP DONDURULDU</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tekrar dene</translation>
    </message>
    <message>
        <source>&amp;Incident record…</source>
        <translation>Olay &amp;raporu…</translation>
    </message>
    <message>
        <source>The timeline of this account for the security investigation</source>
        <translation>Güvenlik soruşturması için bu hesabın zaman çizelgesi</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Müşteri #%1</translation>
    </message>
    <message>
        <source>Customer #%1 · %2 · %3 · VIP %4</source>
        <translation>Müşteri #%1 · %2 · %3 · VIP %4</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>Müşteri yükleniyor…</translation>
    </message>
    <message>
        <source>Could not load the customer: %1</source>
        <translation>Müşteri yüklenemedi: %1</translation>
    </message>
</context>
<context>
    <name>CustomerTicketsModel</name>
    <message>
        <source>Ticket</source>
        <translation>Talep</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Açılış</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>#%1 ile birleştirildi</translation>
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
        <translation>Dö&amp;nem:</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Son 24 saat</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Son 90 gün</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Dönemler</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Yeni&amp;le</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Save the figures shown for this period as a CSV file</source>
        <translation>Bu dönem için gösterilen verileri CSV dosyası olarak kaydet</translation>
    </message>
    <message>
        <source>&amp;Breached now (Enter opens the ticket)</source>
        <translation>Şu anda i&amp;hlal edilen (Enter talebi açar)</translation>
    </message>
    <message>
        <source>Tickets past a due time now</source>
        <translation>Şu anda süresi geçmiş talepler</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Veriler yükleniyor…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Güncellenme: %1</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>Veriler yüklenemedi: %1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Açılan</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Çözülen</translation>
    </message>
    <message>
        <source>Tickets per day</source>
        <translation>Günlük talepler</translation>
    </message>
    <message>
        <source>Opened %1, solved %2 in the period</source>
        <translation>Dönem içinde açılan: %1, çözülen: %2</translation>
    </message>
    <message>
        <source>Opened by category, per day</source>
        <translation>Kategoriye göre açılan, günlük</translation>
    </message>
    <message>
        <source>Opened by category, per week</source>
        <translation>Kategoriye göre açılan, haftalık</translation>
    </message>
    <message>
        <source>Most tickets: %1</source>
        <translation>En çok talep: %1</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>İlk yanıt</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Çözüm</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Karşılandı</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>İhlal edildi</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>SLA karşılama oranı</translation>
    </message>
    <message>
        <source>First response %1, resolution %2</source>
        <translation>İlk yanıt %1, çözüm %2</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Puanlar</translation>
    </message>
    <message>
        <source>Customer satisfaction: %1</source>
        <translation>Müşteri memnuniyeti: %1</translation>
    </message>
    <message>
        <source>Ratings from 1 to 5 stars: %1</source>
        <translation>1 ile 5 yıldız arası puanlar: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Bekleyen</translation>
    </message>
    <message>
        <source>Agent load</source>
        <translation>Temsilci iş yükü</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s): assigned tickets active, waiting for the customer and breached now; solved in the period</source>
        <translation>
            <numerusform>%n temsilci: atanmış talepler — etkin, müşteri yanıtı bekleyen ve şu anda ihlal edilen; dönem içinde çözülen</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend alert</source>
        <translation>Eğilim uyarısı</translation>
    </message>
    <message>
        <source>desk-statistics-%1.csv</source>
        <translation>desk-statistics-%1.csv</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>İstatistikleri dışa aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 kaydedilemedi: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>Co&amp;mment (required to reject; the requester sees it):</source>
        <translation>Yoru&amp;m (reddetmek için zorunlu; isteyen kişi görür):</translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation>Karar yorumu</translation>
    </message>
    <message>
        <source>Your request — another supervisor must decide.</source>
        <translation>Bu sizin isteğiniz — kararı başka bir süpervizör vermeli.</translation>
    </message>
    <message>
        <source>&amp;Keep it (confirm)…</source>
        <translation>&amp;Koru (onayla)…</translation>
    </message>
    <message>
        <source>Re&amp;verse it…</source>
        <translation>Geri &amp;al…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Onayla…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reddet</translation>
    </message>
    <message>
        <source>The comment is too long.</source>
        <translation>Yorum çok uzun.</translation>
    </message>
    <message>
        <source>Keep the emergency %1 in place?</source>
        <translation>“%1” acil işlemi yürürlükte kalsın mı?</translation>
    </message>
    <message>
        <source>The action stays in effect and the review is closed.</source>
        <translation>İşlem yürürlükte kalır ve inceleme kapanır.</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Koru</translation>
    </message>
    <message>
        <source>Approve and carry out “%1” for customer #%2 now?</source>
        <translation>#%2 numaralı müşteri için “%1” onaylanıp hemen uygulansın mı?</translation>
    </message>
    <message>
        <source>&amp;Approve and carry out</source>
        <translation>&amp;Onayla ve uygula</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>İsteği onayla</translation>
    </message>
    <message>
        <source>Say why you reject this request: the comment is required.</source>
        <translation>Bu isteği neden reddettiğinizi yazın: yorum zorunludur.</translation>
    </message>
    <message>
        <source>Reverse the emergency %1?</source>
        <translation>“%1” acil işlemi geri alınsın mı?</translation>
    </message>
    <message>
        <source>The account goes back to how it was before the emergency action. Do this only if the action was a mistake.</source>
        <translation>Hesap, acil işlemden önceki durumuna döner. Bunu yalnızca işlem bir hataysa yapın.</translation>
    </message>
    <message>
        <source>Reverse emergency action</source>
        <translation>Acil işlemi geri al</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>Approved, but the account system could not carry it out.</source>
        <translation>Onaylandı, ancak hesap sistemi bunu uygulayamadı.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Tamamlandı: %1.</translation>
    </message>
    <message>
        <source>This request expired before anyone decided it.</source>
        <translation>Bu isteğin süresi, karar verilmeden doldu.</translation>
    </message>
    <message>
        <source>Already decided by %1: %2.</source>
        <translation>Zaten karar verildi (%1): %2.</translation>
    </message>
    <message>
        <source>Already decided: %1.</source>
        <translation>Zaten karar verildi: %1.</translation>
    </message>
    <message>
        <source>This request changed since you opened it. Check it again before deciding.</source>
        <translation>Bu istek siz açtıktan sonra değişti. Karar vermeden önce yeniden kontrol edin.</translation>
    </message>
    <message>
        <source>Approving would change nothing: the account is already in that state. Reject it instead.</source>
        <translation>Onaylamak hiçbir şeyi değiştirmez: hesap zaten bu durumda. Bunun yerine reddedin.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The user name, password or code is wrong.</source>
        <translation>Kullanıcı adı, şifre veya kod hatalı.</translation>
    </message>
    <message>
        <source>That code has already been used. Wait for the next code in your authenticator app and try again.</source>
        <translation>Bu kod zaten kullanıldı. Doğrulayıcı uygulamanızdaki bir sonraki kodu bekleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Wait a few minutes, then try again.</source>
        <translation>Çok fazla başarısız giriş denemesi. Birkaç dakika bekleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Bu hesap devre dışı. Bir yöneticiye başvurun.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Oturumunuz sona erdi. Yeniden giriş yapın.</translation>
    </message>
    <message>
        <source>Confirm with a fresh code from your authenticator app first.</source>
        <translation>Önce doğrulayıcı uygulamanızdaki yeni bir kodla onaylayın.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Bunu yapma yetkiniz yok.</translation>
    </message>
    <message>
        <source>This no longer exists, or you cannot see it.</source>
        <translation>Artık mevcut değil veya görme yetkiniz yok.</translation>
    </message>
    <message>
        <source>Someone else changed this ticket since you opened it. Reload to see their change.</source>
        <translation>Siz açtıktan sonra bu talebi başka biri değiştirdi. Değişikliği görmek için yenileyin.</translation>
    </message>
    <message>
        <source>The service refused the request as invalid.</source>
        <translation>Hizmet, isteği geçersiz olduğu için reddetti.</translation>
    </message>
    <message>
        <source>This is too long for the service to accept.</source>
        <translation>Bu, hizmetin kabul edemeyeceği kadar uzun.</translation>
    </message>
    <message>
        <source>This message was already sent with different text. Send it again as a new message.</source>
        <translation>Bu mesaj daha önce farklı bir metinle gönderildi. Yeni bir mesaj olarak yeniden gönderin.</translation>
    </message>
    <message>
        <source>Someone else has already decided this.</source>
        <translation>Buna zaten başka biri karar verdi.</translation>
    </message>
    <message>
        <source>This request has expired.</source>
        <translation>Bu isteğin süresi doldu.</translation>
    </message>
    <message>
        <source>Another agent replied to the customer meanwhile. Read their reply, then send again if yours is still needed.</source>
        <translation>Bu arada başka bir temsilci müşteriye yanıt verdi. Onun yanıtını okuyun, sizinki hâlâ gerekiyorsa yeniden gönderin.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>Bir talep kendisiyle birleştirilemez.</translation>
    </message>
    <message>
        <source>Only tickets of the same customer can be merged.</source>
        <translation>Yalnızca aynı müşterinin talepleri birleştirilebilir.</translation>
    </message>
    <message>
        <source>That ticket is closed or was merged itself. Choose an open ticket.</source>
        <translation>Bu talep kapalı veya kendisi birleştirilmiş. Açık bir talep seçin.</translation>
    </message>
    <message>
        <source>This ticket was already merged.</source>
        <translation>Bu talep zaten birleştirildi.</translation>
    </message>
    <message>
        <source>This ticket was merged into another ticket; its conversation continues there.</source>
        <translation>Bu talep başka bir taleple birleştirildi; yazışma orada devam ediyor.</translation>
    </message>
    <message>
        <source>The reply holds a placeholder in braces that the desk does not fill in. Only {customer_name}, {ticket_id} and {agent_name} are filled; correct or remove the others.</source>
        <translation>Yanıtta sistemin doldurmadığı, süslü parantez içinde bir yer tutucu var. Yalnızca {customer_name}, {ticket_id} ve {agent_name} doldurulur; diğerlerini düzeltin veya kaldırın.</translation>
    </message>
    <message>
        <source>The service could not be reached. Check the server address and your network.</source>
        <translation>Hizmete ulaşılamadı. Sunucu adresini ve ağ bağlantınızı kontrol edin.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again.</source>
        <translation>Hizmet zamanında yanıt vermedi. Yeniden deneyin.</translation>
    </message>
    <message>
        <source>The service's certificate could not be verified, so the connection was not used.</source>
        <translation>Hizmetin sertifikası doğrulanamadığı için bağlantı kullanılmadı.</translation>
    </message>
    <message>
        <source>The service is unavailable right now. Try again in a moment.</source>
        <translation>Hizmet şu anda kullanılamıyor. Biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The service gave an answer this desk does not understand (it may be a different version).</source>
        <translation>Hizmet, bu iş istasyonunun anlayamadığı bir yanıt verdi (farklı bir sürüm olabilir).</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Çok fazla istek. Biraz bekleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server address sends the desk somewhere else, which the desk does not follow. Check the server address (for example https:// rather than http://).</source>
        <translation>Sunucu adresi Desk'i başka bir yere yönlendiriyor; Desk yönlendirmeleri izlemez. Sunucu adresini kontrol edin (örneğin http:// yerine https://).</translation>
    </message>
    <message>
        <source>The service sent a far larger answer than expected, so the desk did not read it. Try again; if it happens again, tell your administrator.</source>
        <translation>Hizmet beklenenden çok daha büyük bir yanıt gönderdi, bu yüzden Desk yanıtı okumadı. Yeniden deneyin; tekrarlanırsa yöneticinize bildirin.</translation>
    </message>
    <message>
        <source>This server address is not safe to use: %1</source>
        <translation>Bu sunucu adresini kullanmak güvenli değil: %1</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>Sistem anahtarlığı hata verdi: %1</translation>
    </message>
    <message>
        <source>The service refused the request (%1).</source>
        <translation>Hizmet isteği reddetti (%1).</translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>Kontrol edin: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>%n saniye sonra yeniden deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in the log.</source>
        <translation>Bir sorun oluştu (%1). Ayrıntılar günlükte.</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>Critical: funds at risk or trading halted</source>
        <translation>Kritik: varlıklar risk altında veya alım satım durdu</translation>
    </message>
    <message>
        <source>High: many customers blocked</source>
        <translation>Yüksek: çok sayıda müşteri engellendi</translation>
    </message>
    <message>
        <source>Medium: some customers affected, a workaround exists</source>
        <translation>Orta: bazı müşteriler etkilendi, geçici çözüm var</translation>
    </message>
    <message>
        <source>Low: cosmetic or a single customer</source>
        <translation>Düşük: görsel kusur veya tek bir müşteri</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Alındı</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>İnceleniyor</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>Bilgi gerekiyor</translation>
    </message>
    <message>
        <source>Fix in progress</source>
        <translation>Düzeltme sürüyor</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Düzeltildi</translation>
    </message>
    <message>
        <source>Won't fix</source>
        <translation>Düzeltilmeyecek</translation>
    </message>
</context>
<context>
    <name>EscalationForm</name>
    <message>
        <source>Escalate to engineering</source>
        <translation>Mühendisliğe eskale et</translation>
    </message>
    <message>
        <source>Escalate ticket #%1 to engineering</source>
        <translation>#%1 numaralı talebi mühendisliğe eskale et</translation>
    </message>
    <message>
        <source>Give engineers the facts they need. Every linked ticket hears about each status change as an internal note. Never paste passwords, keys or recovery phrases.</source>
        <translation>Mühendislere ihtiyaç duydukları bilgileri verin. Her durum değişikliği, bağlı tüm taleplere dahili not olarak bildirilir. Asla şifre, anahtar veya kurtarma ifadesi yapıştırmayın.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Özet:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Ö&amp;nem derecesi:</translation>
    </message>
    <message>
        <source>Steps to &amp;reproduce:</source>
        <translation>&amp;Yeniden oluşturma adımları:</translation>
    </message>
    <message>
        <source>&amp;Tx ids:</source>
        <translation>İş&amp;lem ID'leri:</translation>
    </message>
    <message>
        <source>&amp;Order ids:</source>
        <translation>E&amp;mir ID'leri:</translation>
    </message>
    <message>
        <source>&amp;Affected assets:</source>
        <translation>Etkilenen &amp;varlıklar:</translation>
    </message>
    <message>
        <source>Other &amp;tickets (same problem):</source>
        <translation>Diğer &amp;talepler (aynı sorun):</translation>
    </message>
    <message>
        <source>Screenshots and &amp;logs:</source>
        <translation>Ekran görüntüleri ve &amp;günlükler:</translation>
    </message>
    <message>
        <source>What is broken, in one line</source>
        <translation>Tek satırda: ne bozuk</translation>
    </message>
    <message>
        <source>1. …
2. …
What happened, and what should have happened</source>
        <translation>1. …
2. …
Ne oldu ve ne olması gerekiyordu</translation>
    </message>
    <message>
        <source>Separated by spaces or commas</source>
        <translation>Boşluk veya virgülle ayrılmış</translation>
    </message>
    <message>
        <source>e.g. USDT, BTC</source>
        <translation>ör. USDT, BTC</translation>
    </message>
    <message>
        <source>e.g. #1042 #1077</source>
        <translation>ör. #1042 #1077</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Eklenecek dosyalar</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dosya ekle…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>PNG or JPEG screenshots, PDF or text logs; at most %1 KB each</source>
        <translation>PNG veya JPEG ekran görüntüleri, PDF veya metin günlükleri; her biri en fazla %1 KB</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskale et</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Attach screenshots or logs</source>
        <translation>Ekran görüntüsü veya günlük ekle</translation>
    </message>
    <message>
        <source>Screenshots and logs (*.png *.jpg *.jpeg *.pdf *.txt *.log)</source>
        <translation>Ekran görüntüleri ve günlükler (*.png *.jpg *.jpeg *.pdf *.txt *.log)</translation>
    </message>
    <message>
        <source>At most %1 files.</source>
        <translation>En fazla %1 dosya.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 okunamıyor.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 KB; at most %3 KB).</source>
        <translation>%1 çok büyük (%2 KB; en fazla %3 KB).</translation>
    </message>
    <message>
        <source>Other tickets: write ticket numbers, e.g. #1042 #1077.</source>
        <translation>Diğer talepler: talep numaralarını yazın, ör. #1042 #1077.</translation>
    </message>
    <message>
        <source>Check the field “%1”: it is empty, too long or has too many entries.</source>
        <translation>“%1” alanını kontrol edin: boş, çok uzun veya çok fazla giriş içeriyor.</translation>
    </message>
    <message>
        <source>Not escalated: %1 Your text is kept; try again.</source>
        <translation>Eskale edilmedi: %1 Metniniz korundu; yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <source>State:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>İstendi:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Son süre:</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Talep:</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>Belirtilen gerekçe:</translation>
    </message>
    <message>
        <source>Customer now:</source>
        <translation>Müşteri şu an:</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>Tal&amp;ebi aç</translation>
    </message>
    <message>
        <source>Customer's risk signals</source>
        <translation>Müşterinin risk sinyalleri</translation>
    </message>
    <message>
        <source>No risk signals in the last 30 days.</source>
        <translation>Son 30 günde risk sinyali yok.</translation>
    </message>
    <message>
        <source>Ticket &amp;conversation</source>
        <translation>Talep ya&amp;zışması</translation>
    </message>
    <message>
        <source>Ticket conversation</source>
        <translation>Talep yazışması</translation>
    </message>
    <message>
        <source>Select a request to see its evidence.</source>
        <translation>Kanıtlarını görmek için bir istek seçin.</translation>
    </message>
    <message>
        <source>%1 — customer #%2 %3</source>
        <translation>%1 — müşteri #%2 %3</translation>
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
        <translation>yok</translation>
    </message>
    <message>
        <source>supervisor review due %1 (%2)</source>
        <translation>süpervizör incelemesi için son süre: %1 (%2)</translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation>süre sonu: %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>No ticket is linked to this request.</source>
        <translation>Bu isteğe bağlı talep yok.</translation>
    </message>
    <message>
        <source>account FROZEN</source>
        <translation>hesap DONDURULDU</translation>
    </message>
    <message>
        <source>account active</source>
        <translation>hesap etkin</translation>
    </message>
    <message>
        <source>2FA on</source>
        <translation>2FA açık</translation>
    </message>
    <message>
        <source>2FA OFF</source>
        <translation>2FA KAPALI</translation>
    </message>
    <message>
        <source>withdrawals locked until %1</source>
        <translation>para çekme kilitli, bitiş: %1</translation>
    </message>
    <message>
        <source>⚠ account-takeover pattern</source>
        <translation>⚠ hesap ele geçirme belirtisi</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Yüklenemedi: %1</translation>
    </message>
    <message>
        <source>Ticket &amp;conversation (could not load: %1)</source>
        <translation>Talep ya&amp;zışması (yüklenemedi: %1)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Ara:</translation>
    </message>
    <message>
        <source>Subject or #id</source>
        <translation>Konu veya #ID</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Taleplerde ara</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Aramayı temizle</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Öncelik:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filtreleri temizle</translation>
    </message>
    <message>
        <source>Show every ticket of this view again</source>
        <translation>Bu görünümdeki tüm talepleri yeniden göster</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>İhlal edildi</translation>
    </message>
    <message>
        <source>Not breached</source>
        <translation>İhlal edilmedi</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>Identity</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>Hesap güvenliği</translation>
    </message>
    <message>
        <source>Customer ID:</source>
        <translation>Müşteri ID:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Ülke:</translation>
    </message>
    <message>
        <source>KYC:</source>
        <translation>KYC:</translation>
    </message>
    <message>
        <source>VIP tier:</source>
        <translation>VIP seviyesi:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Hesap:</translation>
    </message>
    <message>
        <source>Withdrawals:</source>
        <translation>Para çekme:</translation>
    </message>
    <message>
        <source>2FA:</source>
        <translation>2FA:</translation>
    </message>
    <message>
        <source>Password changed:</source>
        <translation>Şifre değişikliği:</translation>
    </message>
    <message>
        <source>Active sessions:</source>
        <translation>Etkin oturumlar:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>This system cannot keep revealed values out of screen recordings or screen sharing. Make sure you are not sharing your screen.</source>
        <translation>Bu sistem, gösterilen değerleri ekran kaydından veya ekran paylaşımından gizleyemez. Ekranınızı paylaşmadığınızdan emin olun.</translation>
    </message>
    <message>
        <source>Level %1 (%2)</source>
        <translation>Seviye %1 (%2)</translation>
    </message>
    <message>
        <source>FROZEN</source>
        <translation>DONDURULDU</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Locked until %1 (%2)</source>
        <translation>Kilitli, bitiş: %1 (%2)</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Kilitli değil</translation>
    </message>
    <message>
        <source>On (last changed %1)</source>
        <translation>Açık (son değişiklik: %1)</translation>
    </message>
    <message>
        <source>OFF (last changed %1)</source>
        <translation>KAPALI (son değişiklik: %1)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hiçbir zaman</translation>
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
        <translation>Görsel: %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Görsel %1</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uzaklaştır</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Sığdır</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Gerçek boyut</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Kaydet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3 · %4%</source>
        <translation>%1 × %2 piksel, %3 · %%4</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Bu görsel gösterilemiyor.</translation>
    </message>
    <message>
        <source>Could not load the image: %1</source>
        <translation>Görsel yüklenemedi: %1</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Tickets: %1</source>
        <translation>Talepler: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <source>Could not load tickets: %1</source>
        <translation>Talepler yüklenemedi: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>No tickets here.</source>
        <translation>Burada talep yok.</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>Bu filtrelere uyan talep yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n talep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%n talep yüklendi; devamı için kaydırın</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident record — customer #%1</source>
        <translation>Olay raporu — müşteri #%1</translation>
    </message>
    <message>
        <source>Covering the last (&amp;days):</source>
        <translation>Kapsam (son &amp;gün):</translation>
    </message>
    <message>
        <source>Number of days the record covers</source>
        <translation>Raporun kapsadığı gün sayısı</translation>
    </message>
    <message>
        <source> d</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Nothing happened on this account in the period.</source>
        <translation>Bu dönemde bu hesapta hiçbir olay yok.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tekrar dene</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Save the record as a PDF document (A4)</source>
        <translation>Raporu PDF belgesi olarak kaydet (A4)</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Save the record as a Markdown text file</source>
        <translation>Raporu Markdown metin dosyası olarak kaydet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Incident record — customer #%1 · %2</source>
        <translation>Olay raporu — müşteri #%1 · %2</translation>
    </message>
    <message>
        <source>Building the incident record…</source>
        <translation>Olay raporu oluşturuluyor…</translation>
    </message>
    <message>
        <source>Some events are left out: the period holds more than one record shows. Choose fewer days.</source>
        <translation>Bazı olaylar dışarıda kaldı: bu dönemde tek bir raporun gösterebileceğinden fazla olay var. Daha az gün seçin.</translation>
    </message>
    <message>
        <source>Could not build the incident record: %1</source>
        <translation>Olay raporu oluşturulamadı: %1</translation>
    </message>
    <message>
        <source>Export the incident record as PDF</source>
        <translation>Olay raporunu PDF olarak dışa aktar</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>Export the incident record as Markdown</source>
        <translation>Olay raporunu Markdown olarak dışa aktar</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown dosyaları (*.md)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Kaydediliyor: %1…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Dosya kaydedilemedi: %1</translation>
    </message>
</context>
<context>
    <name>IncidentExport</name>
    <message>
        <source>Incident record — customer #%1</source>
        <translation>Olay raporu — müşteri #%1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, oluşturan: %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 ile %2 arası</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Saatler</translation>
    </message>
    <message>
        <source>local time of the desk (%1)</source>
        <translation>iş istasyonunun yerel saati (%1)</translation>
    </message>
    <message>
        <source>Account now</source>
        <translation>Hesap (şu an)</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Dondurulmuş</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>İki adımlı doğrulama</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Para çekme</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Kilitli, bitiş: %1</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Kilitli değil</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Etkin oturumlar</translation>
    </message>
    <message>
        <source>Account-takeover pattern: several risk signals (new device, password or 2FA change, new withdrawal address, large withdrawal) happened within 24 hours, the latest within 72 hours.</source>
        <translation>Hesap ele geçirme belirtisi: birden fazla risk sinyali (yeni cihaz, şifre veya 2FA değişikliği, yeni çekim adresi, büyük tutarlı çekim) 24 saat içinde gerçekleşti; en sonuncusu son 72 saat içinde.</translation>
    </message>
    <message>
        <source>The account does not show the account-takeover pattern now.</source>
        <translation>Hesapta şu anda hesap ele geçirme belirtisi görünmüyor.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Yapan</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Ayrıntı</translation>
    </message>
    <message>
        <source>Customer data is masked. Messages are shown by their first 200 characters. Revealed values are never part of this record.</source>
        <translation>Müşteri verileri maskelidir. Mesajlar ilk 200 karakteriyle gösterilir. Görüntülenen değerler bu rapora hiçbir zaman dahil edilmez.</translation>
    </message>
    <message>
        <source>The period holds more events than one record shows; choose a shorter one.</source>
        <translation>Bu dönemde tek bir raporun gösterebileceğinden fazla olay var; daha kısa bir dönem seçin.</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s))</source>
        <translation>
            <numerusform>Zaman çizelgesi (%n olay)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentWording</name>
    <message>
        <source>Risk signal: %1</source>
        <translation>Risk sinyali: %1</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Müşteri mesajı</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Müşteriye yanıt</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Dahili not</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>Kişisel veri görüntülendi</translation>
    </message>
    <message>
        <source>Ticket status changed</source>
        <translation>Talep durumu değişti</translation>
    </message>
    <message>
        <source>Emergency action taken: %1</source>
        <translation>Acil işlem uygulandı: %1</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>İstendi: %1</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Onaylandı: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Reddedildi: %1</translation>
    </message>
    <message>
        <source>Carried out: %1</source>
        <translation>Uygulandı: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Başarısız: %1</translation>
    </message>
    <message>
        <source>Emergency action confirmed: %1</source>
        <translation>Acil işlem teyit edildi: %1</translation>
    </message>
    <message>
        <source>Emergency action reversed: %1</source>
        <translation>Acil işlem geri alındı: %1</translation>
    </message>
    <message>
        <source>Account restored: %1</source>
        <translation>Hesap geri yüklendi: %1</translation>
    </message>
    <message>
        <source>Request expired: %1</source>
        <translation>İsteğin süresi doldu: %1</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>İstek geri çekildi: %1</translation>
    </message>
    <message>
        <source>Review overdue: %1</source>
        <translation>İnceleme gecikti: %1</translation>
    </message>
    <message>
        <source>Customer (%1)</source>
        <translation>Müşteri (%1)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Part of a cluster of signals within 24 hours</source>
        <translation>24 saat içindeki bir sinyal kümesinin parçası</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>Talep #%1: %2</translation>
    </message>
    <message>
        <source>Field: %1 (the value is not part of this record)</source>
        <translation>Alan: %1 (değer bu rapora dahil değildir)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Gerekçe: %1</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 → %3</source>
        <translation>Talep #%1: %2 → %3</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Yorum: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Sonuç: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Hata: %1</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>İstek #%1</translation>
    </message>
</context>
<context>
    <name>KbPanel</name>
    <message>
        <source>&amp;Search the knowledge base (any language):</source>
        <translation>Bilgi bankasında &amp;ara (herhangi bir dilde):</translation>
    </message>
    <message>
        <source>e.g. withdrawal delayed, 提现, 출금</source>
        <translation>ör. çekim gecikti, 提现, 출금</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Bilgi bankasında ara</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tüm kategoriler</translation>
    </message>
    <message>
        <source>Article category</source>
        <translation>Makale kategorisi</translation>
    </message>
    <message>
        <source>Article categories</source>
        <translation>Makale kategorileri</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Makaleler</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Makale metni</translation>
    </message>
    <message>
        <source>Insert &amp;link</source>
        <translation>&amp;Bağlantı ekle</translation>
    </message>
    <message>
        <source>Insert te&amp;xt</source>
        <translation>&amp;Metin ekle</translation>
    </message>
    <message>
        <source>Put the article's title and help-centre link into the reply</source>
        <translation>Makalenin başlığını ve yardım merkezi bağlantısını yanıta ekle</translation>
    </message>
    <message>
        <source>Put the article's whole text into the reply</source>
        <translation>Makalenin tüm metnini yanıta ekle</translation>
    </message>
    <message>
        <source>Finding articles for this ticket…</source>
        <translation>Bu talep için makaleler bulunuyor…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message>
        <source>No article matches. Try other words, or another language.</source>
        <translation>Eşleşen makale yok. Başka kelimeler veya başka bir dil deneyin.</translation>
    </message>
    <message>
        <source>Could not load articles: %1</source>
        <translation>Makaleler yüklenemedi: %1</translation>
    </message>
    <message>
        <source>Results for “%1”</source>
        <translation>“%1” için sonuçlar</translation>
    </message>
    <message>
        <source>Suggested for this ticket (%1)</source>
        <translation>Bu talep için önerilenler (%1)</translation>
    </message>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>Burada okumak için bir makale seçin.</translation>
    </message>
    <message>
        <source>%1 · %2 · reviewed %3 by %4</source>
        <translation>%1 · %2 · %3 tarihinde gözden geçirildi (%4)</translation>
    </message>
    <message>
        <source>No version in %1; this is the %2 one.</source>
        <translation>%1 sürümü yok; bu, %2 sürümü.</translation>
    </message>
    <message>
        <source>Stale: not reviewed for a long time. Check that it is still right before you send it.</source>
        <translation>Güncel değil: uzun süredir gözden geçirilmedi. Göndermeden önce hâlâ doğru olduğunu kontrol edin.</translation>
    </message>
</context>
<context>
    <name>KbResultsModel</name>
    <message>
        <source>Stale: review overdue</source>
        <translation>Güncel değil: gözden geçirme gecikti</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Gözden geçirildi</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Güncel değil</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Makale</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gözden geçirme</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Müşteri yanıtı bekleniyor</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Onay bekliyor</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Çözüldü</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapatıldı</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Temsilci</translation>
    </message>
    <message>
        <source>Security agent</source>
        <translation>Güvenlik uzmanı</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Süpervizör</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Düşük</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Yüksek</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Acil</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>Alım satım</translation>
    </message>
    <message>
        <source>Deposits &amp; withdrawals</source>
        <translation>Yatırma ve çekme</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Güvenlik</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Uyumluluk</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sosyal medya</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Taleplerim</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Atanmamış</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>You will have to sign in again next time.</source>
        <translation>Bir dahaki sefere yeniden giriş yapmanız gerekecek.</translation>
    </message>
    <message>
        <source>No system keyring was found.</source>
        <translation>Sistem anahtarlığı bulunamadı.</translation>
    </message>
    <message>
        <source>The system keyring is turned off.</source>
        <translation>Sistem anahtarlığı kapalı.</translation>
    </message>
    <message>
        <source>The keyring in use keeps secrets in a file without proper protection.</source>
        <translation>Kullanılan anahtarlık, gizli bilgileri düzgün korunmayan bir dosyada tutuyor.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used here.</source>
        <translation>Sistem anahtarlığı burada kullanılamıyor.</translation>
    </message>
    <message>
        <source>The keyring in use is not recommended for secrets.</source>
        <translation>Kullanılan anahtarlık, gizli bilgiler için önerilmiyor.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>başlanmadı</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>inceleniyor</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>doğrulandı</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>reddedildi</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>no valid host</source>
        <translation>geçerli ana makine yok</translation>
    </message>
    <message>
        <source>⚠ Look-alike of %1: this is NOT the exchange's site.</source>
        <translation>⚠ %1 taklidi: bu, borsanın sitesi DEĞİL.</translation>
    </message>
    <message>
        <source>Not a web address (%1:): the desk never opens it.</source>
        <translation>Web adresi değil (%1:): Desk bunu asla açmaz.</translation>
    </message>
    <message>
        <source>⚠ The text before “@” only looks like an address: the link goes to the host shown.</source>
        <translation>⚠ “@” işaretinden önceki metin yalnızca adrese benziyor: bağlantı gösterilen ana makineye gider.</translation>
    </message>
    <message>
        <source>A bare IP address instead of a name.</source>
        <translation>Ad yerine çıplak bir IP adresi.</translation>
    </message>
    <message>
        <source>Not encrypted (http).</source>
        <translation>Şifrelenmemiş (http).</translation>
    </message>
    <message>
        <source>No valid host: the desk will not open it.</source>
        <translation>Geçerli ana makine yok: Desk bunu açmaz.</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Bağlantı hedefi: %1</translation>
    </message>
    <message>
        <source>the exchange's own site</source>
        <translation>borsanın kendi sitesi</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Bağlantı: %1</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Bağlantı açılsın mı?</translation>
    </message>
    <message>
        <source>This link is not a web address and cannot be opened.</source>
        <translation>Bu bağlantı bir web adresi değil, açılamaz.</translation>
    </message>
    <message>
        <source>This link comes from a message. Open it in your browser only if you trust the address below.</source>
        <translation>Bu bağlantı bir mesajdan geliyor. Yalnızca aşağıdaki adrese güveniyorsanız tarayıcınızda açın.</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Ana makine: %1</translation>
    </message>
    <message>
        <source>Full address: %1</source>
        <translation>Tam adres: %1</translation>
    </message>
    <message>
        <source>This address is not encrypted (http).</source>
        <translation>Bu adres şifrelenmemiş (http).</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Tarayıcıda aç</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>🔒 The desk is locked</source>
        <translation>🔒 İş istasyonu kilitli</translation>
    </message>
    <message>
        <source>Customer data is hidden while you are away. Your open tabs and unsent text are kept. Enter the current code from your authenticator app to unlock.</source>
        <translation>Siz yokken müşteri verileri gizlenir. Açık sekmeleriniz ve gönderilmemiş metinleriniz korunur. Kilidi açmak için doğrulama uygulamanızdaki güncel kodu girin.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Oturum açan: %1 (%2)</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>Doğrulama &amp;kodu:</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Doğrulama kodu</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 hane</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Kilidi &amp;aç</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Oturumu ka&amp;pat</translation>
    </message>
    <message>
        <source>That code is wrong. Enter the current code from your authenticator app.</source>
        <translation>Kod yanlış. Doğrulama uygulamanızdaki güncel kodu girin.</translation>
    </message>
</context>
<context>
    <name>LoginsModel</name>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>IP (masked)</source>
        <translation>IP (maskeli)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Yeni cihaz</translation>
    </message>
</context>
<context>
    <name>MacroEditor</name>
    <message>
        <source>Edit macro</source>
        <translation>Makroyu düzenle</translation>
    </message>
    <message>
        <source>New macro</source>
        <translation>Yeni makro</translation>
    </message>
    <message>
        <source>&amp;Name (agents search by it):</source>
        <translation>&amp;Ad (temsilciler bununla arar):</translation>
    </message>
    <message>
        <source>Set &amp;status:</source>
        <translation>&amp;Durum ata:</translation>
    </message>
    <message>
        <source>Set &amp;category:</source>
        <translation>&amp;Kategori ata:</translation>
    </message>
    <message>
        <source>Add &amp;tags (comma-separated):</source>
        <translation>&amp;Etiket ekle (virgülle ayrılmış):</translation>
    </message>
    <message>
        <source>&amp;Knowledge-base article id for {kb_link}:</source>
        <translation>{kb_link} için &amp;bilgi bankası makale ID'si:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>D&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Baş&amp;lık:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Metin:</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Olduğu gibi bırak</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Placeholders: %1. English is required; it is used when the customer's language has no text.</source>
        <translation>Yer tutucular: %1. İngilizce metin zorunludur; müşterinin dilinde metin yoksa kullanılır.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Ka&amp;ydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Every text needs a title and a body; the name is required; at most 5 tags.</source>
        <translation>Her metnin bir başlığı ve gövdesi olmalı; ad zorunludur; en fazla 5 etiket.</translation>
    </message>
    <message>
        <source>Write the English text too: it is what customers get when their language has none.</source>
        <translation>İngilizce metni de yazın: dilinde metin olmayan müşteriler bunu alır.</translation>
    </message>
    <message>
        <source>Someone else changed this macro since you opened it. Close, reopen it and make your change again (copy your text first).</source>
        <translation>Siz açtıktan sonra bu makroyu başka biri değiştirdi. Kapatın, yeniden açın ve değişikliğinizi tekrar yapın (önce metninizi kopyalayın).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
</context>
<context>
    <name>MacroManager</name>
    <message>
        <source>Manage macros</source>
        <translation>Makroları yönet</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>Makrolar</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Yeni…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message numerus="yes">
        <source>%n macro(s)</source>
        <translation>
            <numerusform>%n makro</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete macro</source>
        <translation>Makroyu sil</translation>
    </message>
    <message>
        <source>Delete “%1” for every agent?</source>
        <translation>“%1” tüm temsilciler için silinsin mi?</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Loading macros…</source>
        <translation>Makrolar yükleniyor…</translation>
    </message>
    <message>
        <source>Insert a macro</source>
        <translation>Makro ekle</translation>
    </message>
    <message>
        <source>&amp;Find a macro (type to filter, arrows to choose, Enter to insert):</source>
        <translation>&amp;Makro bul (filtrelemek için yazın, seçmek için okları, eklemek için Enter'ı kullanın):</translation>
    </message>
    <message>
        <source>Find a macro</source>
        <translation>Makro bul</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>Makrolar</translation>
    </message>
    <message>
        <source>&amp;Text that will be inserted:</source>
        <translation>Eklenecek me&amp;tin:</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>There are no macros yet. Supervisors add them in Desk → Manage macros.</source>
        <translation>Henüz makro yok. Süpervizörler bunları Destek masası → Makroları yönet menüsünden ekler.</translation>
    </message>
    <message>
        <source>Could not load macros: %1</source>
        <translation>Makrolar yüklenemedi: %1</translation>
    </message>
    <message>
        <source>No %1 version of this macro: the %2 one will be inserted.</source>
        <translation>Bu makronun %1 sürümü yok: %2 sürümü eklenecek.</translation>
    </message>
    <message>
        <source>{customer_name} stays as written here: the service puts the customer's name in the reply it sends them, and agents see the name masked.</source>
        <translation>{customer_name} burada yazıldığı gibi kalır: hizmet, müşteriye gönderdiği yanıta müşterinin adını ekler; temsilciler adı maskelenmiş görür.</translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation>durum → %1</translation>
    </message>
    <message>
        <source>category → %1</source>
        <translation>kategori → %1</translation>
    </message>
    <message>
        <source>tags + %1</source>
        <translation>etiketler + %1</translation>
    </message>
    <message>
        <source>Changes nothing else on the ticket.</source>
        <translation>Talepte başka bir şeyi değiştirmez.</translation>
    </message>
    <message>
        <source>Also sets: %1</source>
        <translation>Ayrıca şunları ayarlar: %1</translation>
    </message>
</context>
<context>
    <name>MacroTableModel</name>
    <message>
        <source>Macro</source>
        <translation>Makro</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Son değiştiren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desk — Locked</source>
        <translation>Desk — Kilitli</translation>
    </message>
    <message>
        <source>Desk — %1</source>
        <translation>Destek masası — %1</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only. %1</source>
        <translation>Belirteçler yalnızca bu oturum boyunca bellekte tutulur. %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>Oturum: %1 (%2) — %3</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Destek masası</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Talep</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>Manage &amp;macros…</source>
        <translation>&amp;Makroları yönet…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Şimdi &amp;kilitle</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Oturumu kapat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Uygulamayı kapat</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>&amp;Sonraki talep</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>Önce&amp;ki talep</translation>
    </message>
    <message>
        <source>&amp;Open selected ticket</source>
        <translation>Seçili talebi &amp;aç</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Yanıtla</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Dahili &amp;not</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>&amp;Bana ata</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>&amp;Durumu değiştir</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Sekmeyi ka&amp;pat</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Ara</translation>
    </message>
    <message>
        <source>Next &amp;tab</source>
        <translation>S&amp;onraki sekme</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>Önceki s&amp;ekme</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Hakkında</translation>
    </message>
    <message>
        <source>○ Connecting…</source>
        <translation>○ Bağlanıyor…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Canlı</translation>
    </message>
    <message>
        <source>◌ Reconnecting…</source>
        <translation>◌ Yeniden bağlanıyor…</translation>
    </message>
    <message>
        <source>○ Not live</source>
        <translation>○ Canlı değil</translation>
    </message>
    <message>
        <source>Live updates from the service</source>
        <translation>Hizmetten canlı güncellemeler</translation>
    </message>
    <message>
        <source>Desk audit</source>
        <translation>Masa denetimi</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Gösterge paneli</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Onaylar (%1)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Onaylar</translation>
    </message>
    <message>
        <source>Open the selected ticket</source>
        <translation>Seçili talebi aç</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, çift tıklama</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>Yanıtı veya notu gönder</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Close a ticket tab</source>
        <translation>Talep sekmesini kapat</translation>
    </message>
    <message>
        <source>Middle-click the tab</source>
        <translation>Sekmeye orta tıklama</translation>
    </message>
    <message>
        <source>Select several tickets</source>
        <translation>Birden fazla talep seç</translation>
    </message>
    <message>
        <source>Shift/Ctrl+click, Shift+arrows, Ctrl+A</source>
        <translation>Shift/Ctrl+tıklama, Shift+ok tuşları, Ctrl+A</translation>
    </message>
    <message>
        <source>Change the selected tickets</source>
        <translation>Seçili talepleri değiştir</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>About the desk</source>
        <translation>Desk hakkında</translation>
    </message>
    <message>
        <source>Desk workstation, version %1</source>
        <translation>Desk iş istasyonu, sürüm %1</translation>
    </message>
    <message>
        <source>The support and security desks' workstation. Connected to %1.</source>
        <translation>Destek ve güvenlik ekiplerinin iş istasyonu. Bağlı sunucu: %1.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Oturum kapatılsın mı?</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which signing out discards.</source>
        <translation>
            <numerusform>Gönderilmemiş metin içeren talep sayısı: %n. Oturumu kapatırsanız bu metinler silinir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Yeniden oturum açıldı.</translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation>Uygulama kapatılsın mı?</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which quitting discards.</source>
        <translation>
            <numerusform>Gönderilmemiş metin içeren talep sayısı: %n. Uygulamayı kapatırsanız bu metinler silinir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge #%1 into another ticket</source>
        <translation>#%1 talebini başka bir taleple birleştir</translation>
    </message>
    <message>
        <source>Choose the ticket of the same customer to keep. The messages, notes, attachments and tags of #%1 “%2” move to it, and #%1 is closed with a link to it. This cannot be undone.</source>
        <translation>Aynı müşterinin saklanacak talebini seçin. #%1 “%2” talebinin mesajları, notları, ekleri ve etiketleri bu talebe taşınır; #%1 ise ona bağlantı verilerek kapatılır. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>&amp;Merge into selected</source>
        <translation>&amp;Seçilenle birleştir</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>Birleştirilmedi: %1</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message numerus="yes">
        <source>[%n attachment(s): %1]</source>
        <translation>
            <numerusform>[%n ek: %1]</numerusform>
        </translation>
    </message>
    <message>
        <source>[Longer than shown: %1 characters in all. “Copy message text” (Ctrl+C) copies all of it.]</source>
        <translation>[Gösterilenden uzun: toplam %1 karakter. “Mesaj metnini kopyala” (Ctrl+C) tamamını kopyalar.]</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Dahili not</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Queued: not sent yet</source>
        <translation>Kuyrukta: henüz gönderilmedi</translation>
    </message>
    <message>
        <source>Not sent: the service refused it</source>
        <translation>Gönderilmedi: hizmet reddetti</translation>
    </message>
</context>
<context>
    <name>OpenRequestsModel</name>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>İsteyen</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Geçen süre</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Son süre</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Talep</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <source>%1 — emergency, under review</source>
        <translation>%1 — acil, incelemede</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (siz)</translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation>inceleme: %1</translation>
    </message>
    <message>
        <source>expires: %1</source>
        <translation>süre sonu: %1</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox</source>
        <translation>Giden kutusu</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Offline: %n message(s) queued, sent when the service is back</source>
        <translation>
            <numerusform>⚠ Çevrimdışı: %n mesaj kuyrukta, hizmet geri geldiğinde gönderilecek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued message(s) wait for you to sign in again</source>
        <translation>
            <numerusform>Kuyruktaki %n mesaj, yeniden giriş yapmanızı bekliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n queued message(s)…</source>
        <translation>
            <numerusform>Kuyruktaki %n mesaj gönderiliyor…</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are kept in memory only</source>
        <translation>Taslaklar yalnızca bellekte tutulur</translation>
    </message>
    <message>
        <source>Replies and notes you send go to this computer's outbox first and are delivered in order, each exactly once.</source>
        <translation>Gönderdiğiniz yanıtlar ve notlar önce bu bilgisayarın giden kutusuna gider ve sırayla, her biri tam bir kez teslim edilir.</translation>
    </message>
    <message>
        <source>Without a safe system keyring, drafts and queued messages are kept in memory only and are lost if the app closes.</source>
        <translation>Güvenli bir sistem anahtarlığı olmadan taslaklar ve kuyruktaki mesajlar yalnızca bellekte tutulur ve uygulama kapanırsa kaybolur.</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>%1 is replying</source>
        <translation>%1 yanıt yazıyor</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 görüntülüyor</translation>
    </message>
</context>
<context>
    <name>PresenceBar</name>
    <message>
        <source>Others on this ticket</source>
        <translation>Bu talepteki diğer kişiler</translation>
    </message>
</context>
<context>
    <name>ReplyAllDialog</name>
    <message>
        <source>Reply to all linked tickets</source>
        <translation>Bağlı tüm taleplere yanıt ver</translation>
    </message>
    <message>
        <source>Escalation #%1 (%2): %3</source>
        <translation>Eskalasyon #%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n linked ticket(s) will each get a normal reply.</source>
        <translation>
            <numerusform>Bağlı %n talebin her birine normal bir yanıt gönderilecek.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Macro (each customer gets it in their language):</source>
        <translation>&amp;Makro (her müşteri kendi dilinde alır):</translation>
    </message>
    <message>
        <source>No macro: send the text below to everyone</source>
        <translation>Makro yok: aşağıdaki metni herkese gönder</translation>
    </message>
    <message>
        <source>&amp;Reply text:</source>
        <translation>&amp;Yanıt metni:</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Yanıt metni</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
    <message>
        <source>&amp;Send to all</source>
        <translation>&amp;Tümüne gönder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n ticket(s).</source>
        <translation>
            <numerusform>%n talebe gönderildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent to %n ticket(s): %1 Send again to retry only those.</source>
        <translation>
            <numerusform>%n talebe gönderilemedi: %1 Yalnızca bunları yeniden denemek için tekrar gönderin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 Send again to retry.</source>
        <translation>Gönderilmedi: %1 Yeniden denemek için tekrar gönderin.</translation>
    </message>
</context>
<context>
    <name>ReplyCollision</name>
    <message>
        <source>Someone else replied</source>
        <translation>Başka biri yanıt verdi</translation>
    </message>
    <message>
        <source>%1 replied to the customer since you opened this ticket. Send your reply anyway?</source>
        <translation>Siz bu talebi açtıktan sonra %1 müşteriye yanıt verdi. Yanıtınız yine de gönderilsin mi?</translation>
    </message>
    <message>
        <source>Their reply:</source>
        <translation>Verilen yanıt:</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>Yine de &amp;gönder</translation>
    </message>
</context>
<context>
    <name>ReplyWarning</name>
    <message>
        <source>Something that looks like a password (after “%1”).</source>
        <translation>Şifreye benzeyen bir ifade (“%1” sonrasında).</translation>
    </message>
    <message>
        <source>Something that looks like a one-time code (after “%1”).</source>
        <translation>Tek kullanımlık koda benzeyen bir ifade (“%1” sonrasında).</translation>
    </message>
    <message>
        <source>A personal-data value revealed earlier in this session: %1.</source>
        <translation>Bu oturumda daha önce görüntülenen bir kişisel veri değeri: %1.</translation>
    </message>
    <message>
        <source>A link to %1, which is not one of the exchange's domains.</source>
        <translation>%1 adresine giden bağlantı; bu, borsanın alan adlarından biri değil.</translation>
    </message>
    <message>
        <source>Send this reply?</source>
        <translation>Bu yanıt gönderilsin mi?</translation>
    </message>
    <message>
        <source>This reply to the customer contains something agents must never send:</source>
        <translation>Müşteriye giden bu yanıt, temsilcilerin asla göndermemesi gereken bir şey içeriyor:</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>Yine de &amp;gönder</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Reveal %1</source>
        <translation>Göster: %1</translation>
    </message>
    <message>
        <source>Revealing the customer's %1 is recorded with your name and reason, and the customer's security team can see it. The value is shown for 30 seconds.</source>
        <translation>Müşterinin “%1” alanını görüntülemeniz adınız ve gerekçenizle kaydedilir; güvenlik ekibi bunu görebilir. Değer 30 saniye gösterilir.</translation>
    </message>
    <message>
        <source>&amp;Why do you need it? (at least 3 characters)</source>
        <translation>&amp;Neden gerekli? (en az 3 karakter)</translation>
    </message>
    <message>
        <source>Reason for revealing</source>
        <translation>Görüntüleme gerekçesi</translation>
    </message>
    <message>
        <source>e.g. caller verification for ticket #…</source>
        <translation>ör. arayan kişinin doğrulanması, talep #…</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Göster</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be stored.</source>
        <translation>Gerekçe, kaydedilemeyen karakterler içeriyor.</translation>
    </message>
</context>
<context>
    <name>RevealableValue</name>
    <message>
        <source>Reveal…</source>
        <translation>Göster…</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Göster: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copy %1 (cleared from the clipboard in 30 s)</source>
        <translation>Kopyala: %1 (30 sn sonra panodan silinir)</translation>
    </message>
    <message numerus="yes">
        <source>hides in %n s</source>
        <translation>
            <numerusform>%n sn sonra gizlenir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealsModel</name>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Belirtilen gerekçe</translation>
    </message>
</context>
<context>
    <name>RiskSignalsModel</name>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Sinyal</translation>
    </message>
    <message>
        <source>24 h cluster</source>
        <translation>24 sa kümesi</translation>
    </message>
    <message>
        <source>● clustered</source>
        <translation>● kümede</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Ayrıntı</translation>
    </message>
</context>
<context>
    <name>RiskTimeline</name>
    <message>
        <source>Risk signals (last 30 days, oldest first)</source>
        <translation>Risk sinyalleri (son 30 gün, en eskisi önce)</translation>
    </message>
    <message>
        <source>No risk signals in the last 30 days.</source>
        <translation>Son 30 günde risk sinyali yok.</translation>
    </message>
    <message numerus="yes">
        <source>Highlighted: %n signals that happened within 24 hours of each other.</source>
        <translation>
            <numerusform>Vurgulanan: birbirinden en fazla 24 saat arayla gerçekleşen %n sinyal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message>
        <source>Pending</source>
        <translation>Beklemede</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>İşleniyor</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>%1 · from %2 · IP %3</source>
        <translation>%1 · %2 konumundan · IP %3</translation>
    </message>
    <message>
        <source>%1 address %2</source>
        <translation>%1 adresi %2</translation>
    </message>
    <message>
        <source>%1 %2 (about %3 US dollars), %4</source>
        <translation>%1 %2 (yaklaşık %3 ABD doları), %4</translation>
    </message>
    <message>
        <source>Password reset through the email link</source>
        <translation>Şifre, e-postadaki bağlantıyla sıfırlandı</translation>
    </message>
    <message>
        <source>2FA turned on (authenticator app)</source>
        <translation>2FA açıldı (doğrulama uygulaması)</translation>
    </message>
    <message>
        <source>2FA moved to another device</source>
        <translation>2FA başka bir cihaza taşındı</translation>
    </message>
    <message>
        <source>2FA turned off</source>
        <translation>2FA kapatıldı</translation>
    </message>
    <message>
        <source>Authenticator bound to a new device</source>
        <translation>Doğrulama uygulaması yeni bir cihaza bağlandı</translation>
    </message>
    <message>
        <source>Email address changed</source>
        <translation>E-posta adresi değiştirildi</translation>
    </message>
    <message>
        <source>2FA reset by the security desk (request #%1)</source>
        <translation>2FA güvenlik ekibi tarafından sıfırlandı (talep #%1)</translation>
    </message>
</context>
<context>
    <name>SecurityWording</name>
    <message>
        <source>Freeze account</source>
        <translation>Hesabı dondur</translation>
    </message>
    <message>
        <source>Unfreeze account</source>
        <translation>Hesap dondurmayı kaldır</translation>
    </message>
    <message>
        <source>Reset 2FA</source>
        <translation>2FA'yı sıfırla</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>Tüm oturumları kapat</translation>
    </message>
    <message>
        <source>Lock withdrawals</source>
        <translation>Para çekmeyi kilitle</translation>
    </message>
    <message>
        <source>Unlock withdrawals</source>
        <translation>Para çekme kilidini kaldır</translation>
    </message>
    <message numerus="yes">
        <source>Lock withdrawals (%n h)</source>
        <translation>
            <numerusform>Para çekmeyi kilitle (%n sa)</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer can no longer sign in, trade, deposit or withdraw until the account is unfrozen. Open orders stay as they are.</source>
        <translation>Hesabın dondurulması kaldırılana kadar müşteri giriş yapamaz, alım satım yapamaz, para yatıramaz veya çekemez. Açık emirler olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>The customer can sign in, trade and withdraw again. Do this only once you are sure the person asking is the account owner.</source>
        <translation>Müşteri yeniden giriş yapabilir, alım satım yapabilir ve para çekebilir. Bunu yalnızca talepte bulunan kişinin hesap sahibi olduğundan eminseniz yapın.</translation>
    </message>
    <message>
        <source>Two-factor authentication is switched off, every session is signed out, and withdrawals are locked for 48 hours. The customer sets up 2FA again at the next sign-in.</source>
        <translation>İki adımlı doğrulama kapatılır, tüm oturumlar sonlandırılır ve para çekme 48 saat kilitlenir. Müşteri bir sonraki girişte 2FA'yı yeniden kurar.</translation>
    </message>
    <message>
        <source>Every device signed in to this account is signed out at once. The customer (or an attacker) must sign in again with password and 2FA.</source>
        <translation>Bu hesapta oturumu açık olan tüm cihazların oturumu hemen kapatılır. Müşteri (veya saldırgan) şifre ve 2FA ile yeniden giriş yapmak zorundadır.</translation>
    </message>
    <message numerus="yes">
        <source>No withdrawals can leave this account for the next %n h. Deposits and trading continue.</source>
        <translation>
            <numerusform>Önümüzdeki %n saat boyunca bu hesaptan para çekilemez. Para yatırma ve alım satım devam eder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawals are possible again at once, to any address in the customer's address book.</source>
        <translation>Müşterinin adres defterindeki herhangi bir adrese para çekme hemen yeniden mümkün olur.</translation>
    </message>
    <message>
        <source>The account is frozen immediately, before anyone approves it. A supervisor reviews the freeze within 30 minutes and may reverse it. Use this only when funds are at risk right now.</source>
        <translation>Hesap, kimse onaylamadan hemen dondurulur. Bir süpervizör dondurmayı 30 dakika içinde inceler ve geri alabilir. Bunu yalnızca varlıklar şu anda risk altındaysa kullanın.</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Onay bekliyor</translation>
    </message>
    <message>
        <source>Approved and carried out</source>
        <translation>Onaylandı ve uygulandı</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Süresi doldu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geri çekildi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Taken, under review</source>
        <translation>Uygulandı, incelemede</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Teyit edildi</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Geri alındı</translation>
    </message>
    <message>
        <source>Approved, being carried out</source>
        <translation>Onaylandı, uygulanıyor</translation>
    </message>
    <message>
        <source>Reversal approved, being carried out</source>
        <translation>Geri alma onaylandı, uygulanıyor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Belge numarası</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Posta adresi</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Yeni cihaz</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Şifre sıfırlama</translation>
    </message>
    <message>
        <source>2FA changed</source>
        <translation>2FA değişikliği</translation>
    </message>
    <message>
        <source>New withdrawal address</source>
        <translation>Yeni çekim adresi</translation>
    </message>
    <message>
        <source>Large withdrawal</source>
        <translation>Büyük tutarlı çekim</translation>
    </message>
    <message>
        <source>Something went wrong on this workstation (%1).</source>
        <translation>Bu iş istasyonunda bir sorun oluştu (%1).</translation>
    </message>
    <message>
        <source>This request changed since you opened it. Look at it again.</source>
        <translation>Bu istek siz açtıktan sonra değişti. Yeniden inceleyin.</translation>
    </message>
    <message>
        <source>This request was already decided.</source>
        <translation>Bu istek için zaten karar verildi.</translation>
    </message>
    <message>
        <source>This would change nothing on the account now.</source>
        <translation>Bu, şu anda hesapta hiçbir şeyi değiştirmez.</translation>
    </message>
    <message>
        <source>This request expired before anyone decided it.</source>
        <translation>Bu isteğin süresi, karar verilmeden doldu.</translation>
    </message>
    <message>
        <source>Your own request must be decided by another supervisor.</source>
        <translation>Kendi isteğinize başka bir süpervizör karar vermelidir.</translation>
    </message>
    <message>
        <source>Only protective actions can be taken as an emergency.</source>
        <translation>Acil olarak yalnızca koruyucu işlemler uygulanabilir.</translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code and try again.</source>
        <translation>Bu kod zaten kullanıldı. Bir sonraki kodu bekleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>That code is not right. Check your authenticator app.</source>
        <translation>Kod hatalı. Doğrulayıcı uygulamanızı kontrol edin.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>Çok fazla deneme. Birkaç dakika bekleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The account system could not carry this out.</source>
        <translation>Hesap sistemi bunu uygulayamadı.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Rolünüzün bunu yapma yetkisi yok.</translation>
    </message>
    <message>
        <source>It no longer exists, or you may not see it.</source>
        <translation>Artık mevcut değil veya görme yetkiniz yok.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Oturumunuz sona erdi. Yeniden giriş yapın.</translation>
    </message>
    <message>
        <source>The desk service cannot be reached. Try again in a moment.</source>
        <translation>Desk hizmetine ulaşılamıyor. Biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Someone changed this meanwhile. Look at it again.</source>
        <translation>Bu arada başka biri bunu değiştirdi. Yeniden inceleyin.</translation>
    </message>
    <message>
        <source>The service refused the value of %1.</source>
        <translation>Hizmet şu alanın değerini reddetti: %1.</translation>
    </message>
    <message>
        <source>The service refused this (%1).</source>
        <translation>Hizmet bunu reddetti (%1).</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The system keyring could not be opened.</source>
        <translation>Sistem anahtarlığı açılamadı.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Started</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Son görülme</translation>
    </message>
    <message>
        <source>IP (masked)</source>
        <translation>IP (maskeli)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>The system's language (%1)</source>
        <translation>Sistem dili (%1)</translation>
    </message>
    <message>
        <source>Dates and numbers:</source>
        <translation>Tarihler ve sayılar:</translation>
    </message>
    <message>
        <source>Dates and numbers</source>
        <translation>Tarihler ve sayılar</translation>
    </message>
</context>
<context>
    <name>ShortcutModel</name>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Yeniden giriş yap</translation>
    </message>
    <message>
        <source>Sign in to the desk</source>
        <translation>Desk'e giriş yap</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on; your open tickets and unsent text are kept.</source>
        <translation>Oturumunuz sona erdi. Devam etmek için yeniden giriş yapın; açık talepleriniz ve gönderilmemiş metinleriniz korunur.</translation>
    </message>
    <message>
        <source>Sign in with your desk account and the code from your authenticator app.</source>
        <translation>Desk hesabınız ve doğrulayıcı uygulamanızdaki kodla giriş yapın.</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only. %1</source>
        <translation>Belirteçler yalnızca bu oturum boyunca bellekte tutulur. %1</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Sunucu:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Ş&amp;ifre:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>K&amp;od:</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 hane</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Sunucu adresi</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Şifre</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Doğrulayıcı kodu</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation>Doğrulayıcı uygulamanızdaki 6 haneli kod</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Giriş yapılıyor…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Oturumu kapat</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Uygulamayı kapat</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n dk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n sa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 sa %2 dk</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n gün</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>İhlal edildi</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Karşılandı</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>%1 gecikti</translation>
    </message>
    <message>
        <source>The resolution clock is paused while the customer has to answer.</source>
        <translation>Müşterinin yanıt vermesi beklenirken çözüm süresi sayacı duraklatılır.</translation>
    </message>
    <message>
        <source>The service target was missed.</source>
        <translation>Hizmet süresi hedefi aşıldı.</translation>
    </message>
    <message>
        <source>No service target is running.</source>
        <translation>İşleyen bir hizmet süresi hedefi yok.</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>İlk yanıt</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Çözüm</translation>
    </message>
    <message>
        <source>%1 was due at %2: overdue.</source>
        <translation>%1: son tarih %2 — süre aşıldı.</translation>
    </message>
    <message>
        <source>%1 due at %2: due soon.</source>
        <translation>%1: son tarih %2 — süre dolmak üzere.</translation>
    </message>
    <message>
        <source>%1 due at %2.</source>
        <translation>%1: son tarih %2.</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Confirm it's you</source>
        <translation>Siz olduğunuzu doğrulayın</translation>
    </message>
    <message>
        <source>🔒 Confirm it's you</source>
        <translation>🔒 Siz olduğunuzu doğrulayın</translation>
    </message>
    <message>
        <source>Enter the current code from your authenticator app. What you typed is kept: the step continues by itself once the code is accepted.</source>
        <translation>Doğrulayıcı uygulamanızdaki güncel kodu girin. Yazdıklarınız korunur: kod kabul edilince işlem kendiliğinden devam eder.</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>Doğrulayıcı &amp;kodu:</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Doğrulayıcı kodu</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 hane</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>&amp;Onayla</translation>
    </message>
</context>
<context>
    <name>SystemNotes</name>
    <message>
        <source>a wallet recovery phrase</source>
        <translation>bir cüzdan kurtarma ifadesi</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>bir özel anahtar</translation>
    </message>
    <message>
        <source>a payment card number</source>
        <translation>bir ödeme kartı numarası</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritik</translation>
    </message>
    <message>
        <source>high</source>
        <translation>yüksek</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>orta</translation>
    </message>
    <message>
        <source>low</source>
        <translation>düşük</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ve %2</translation>
    </message>
    <message>
        <source>The customer sent what looks like %1. The desk removed it before storing the message, so no one here can see it. Tell the customer that anyone who saw it can take their funds: they must move their funds to a new wallet with a new recovery phrase now (or cancel the card), and that support will never ask for it.</source>
        <translation>Müşteri %1 gibi görünen bir şey gönderdi. Desk bunu mesajı kaydetmeden önce kaldırdı, bu yüzden burada kimse göremez. Müşteriye, bunu gören herkesin varlıklarını alabileceğini söyleyin: varlıklarını hemen yeni kurtarma ifadesine sahip yeni bir cüzdana taşımalı (veya kartı iptal ettirmeli) ve destek ekibi bunu asla istemez.</translation>
    </message>
    <message>
        <source>Auto-acknowledgement sent to the customer.</source>
        <translation>Müşteriye otomatik alındı bildirimi gönderildi.</translation>
    </message>
    <message>
        <source>Escalated to engineering by %1 as #%2 (%3): %4</source>
        <translation>%1 tarafından mühendisliğe eskale edildi: #%2 (%3): %4</translation>
    </message>
    <message>
        <source>Linked by %1 to engineering escalation #%2 (%3): %4. Status: %5</source>
        <translation>%1 tarafından mühendislik eskalasyonu #%2 (%3) ile bağlandı: %4. Durum: %5</translation>
    </message>
    <message>
        <source>Engineering escalation #%1 is now: %2. Engineering's note: %3</source>
        <translation>Mühendislik eskalasyonu #%1 şu anda: %2. Mühendislik notu: %3</translation>
    </message>
    <message>
        <source>Engineering escalation #%1 is now: %2</source>
        <translation>Mühendislik eskalasyonu #%1 şu anda: %2</translation>
    </message>
</context>
<context>
    <name>TakeoverBanner</name>
    <message>
        <source>⚠ Account-takeover pattern</source>
        <translation>⚠ Hesap ele geçirme belirtisi</translation>
    </message>
    <message>
        <source>Several risk signals (new device, password or 2FA change, new withdrawal address, large withdrawal) happened within 24 hours. Verify the caller before changing anything for them.</source>
        <translation>24 saat içinde birden fazla risk sinyali oluştu (yeni cihaz, şifre veya 2FA değişikliği, yeni çekim adresi, büyük tutarlı çekim). Herhangi bir değişiklik yapmadan önce arayan kişinin kimliğini doğrulayın.</translation>
    </message>
    <message>
        <source>Emergency &amp;freeze…</source>
        <translation>&amp;Acil dondurma…</translation>
    </message>
    <message>
        <source>Emergency freeze (takes effect at once)</source>
        <translation>Acil dondurma (hemen geçerli olur)</translation>
    </message>
</context>
<context>
    <name>TicketControls</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>D&amp;urum:</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>Önce&amp;lik:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>Assign&amp;ee:</source>
        <translation>&amp;Atanan:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Etiketler:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Atanmamış</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Bana ata</translation>
    </message>
    <message>
        <source>Assign this ticket to yourself (Ctrl+Shift+A)</source>
        <translation>Bu talebi kendinize atayın (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>virgülle, ayrılmış</translation>
    </message>
    <message>
        <source>Press Enter to save the tags</source>
        <translation>Etiketleri kaydetmek için Enter'a basın</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <source>Loading ticket…</source>
        <translation>Talep yükleniyor…</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>atanan: %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>atanmamış</translation>
    </message>
    <message>
        <source>This customer's account shows the account-takeover pattern right now. Check the security panel before acting on any request.</source>
        <translation>Bu müşterinin hesabında şu anda hesap ele geçirme belirtisi var. Herhangi bir isteği yerine getirmeden önce güvenlik panelini kontrol edin.</translation>
    </message>
    <message>
        <source>⚠ Customer exposed a secret: they sent a recovery phrase, private key or card number. The desk removed it before storing the message. Read the internal note: tell the customer to move their funds to a new wallet now.</source>
        <translation>⚠ Müşteri gizli bilgi paylaştı: kurtarma ifadesi, özel anahtar veya kart numarası gönderdi. Desk, mesajı kaydetmeden önce bunu kaldırdı. Dahili notu okuyun: müşteriye varlıklarını hemen yeni bir cüzdana taşımasını söyleyin.</translation>
    </message>
    <message>
        <source>Customer rating: %1 (%2 of 5)</source>
        <translation>Müşteri puanı: %1 (5 üzerinden %2)</translation>
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
        <translation>&amp;Bul:</translation>
    </message>
    <message>
        <source>Subject or #number</source>
        <translation>Konu veya #numara</translation>
    </message>
    <message>
        <source>Find in the customer's tickets</source>
        <translation>Müşterinin taleplerinde bul</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Aramayı temizle</translation>
    </message>
    <message>
        <source>The customer's tickets</source>
        <translation>Müşterinin talepleri</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <source>Could not load the tickets: %1</source>
        <translation>Talepler yüklenemedi: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>No tickets match.</source>
        <translation>Eşleşen talep yok.</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>Talep yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n talep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%n talep yüklendi; devamı için kaydırın</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketTab</name>
    <message>
        <source>&amp;Reload</source>
        <translation>Yen&amp;ile</translation>
    </message>
    <message>
        <source>&amp;Discard the unsent message</source>
        <translation>Gönderilmemiş mesajı &amp;sil</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Talep %1</translation>
    </message>
    <message>
        <source>Its messages, notes and files moved to #%1 with the merge.</source>
        <translation>Mesajları, notları ve dosyaları birleştirmeyle #%1 talebine taşındı.</translation>
    </message>
    <message>
        <source>This ticket no longer exists, or you can no longer see it.</source>
        <translation>Bu talep artık mevcut değil veya artık göremiyorsunuz.</translation>
    </message>
    <message>
        <source>Could not load this ticket: %1</source>
        <translation>Bu talep yüklenemedi: %1</translation>
    </message>
    <message>
        <source>Someone else changed this ticket since you last saw it, so your change was not saved. Reload to see their change, then decide again.</source>
        <translation>Son görüntülemenizden sonra bu talebi başka biri değiştirdi; bu yüzden değişikliğiniz kaydedilmedi. Yapılan değişikliği görmek için yenileyin, sonra yeniden karar verin.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>A queued message was not sent: %1 It stays in the conversation, marked as not sent: copy it from there, or select it and press Delete to discard it.</source>
        <translation>Kuyruktaki bir mesaj gönderilmedi: %1 Mesaj, gönderilmedi olarak işaretlenmiş şekilde yazışmada kalır: oradan kopyalayın veya silmek için seçip Delete tuşuna basın.</translation>
    </message>
    <message>
        <source>Discard the unsent message?</source>
        <translation>Gönderilmemiş mesaj silinsin mi?</translation>
    </message>
    <message>
        <source>The service refused this message, so it was never sent. Discard it from this computer?</source>
        <translation>Hizmet bu mesajı reddetti, bu yüzden mesaj hiç gönderilmedi. Bu bilgisayardan silinsin mi?</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Atanan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>#%1 ile birleştirildi</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Atanmamış</translation>
    </message>
    <message>
        <source>Secret exposed: %1</source>
        <translation>Gizli bilgi ifşa edildi: %1</translation>
    </message>
</context>
<context>
    <name>TicketTabs</name>
    <message>
        <source>Discard unsent text?</source>
        <translation>Gönderilmemiş metin silinsin mi?</translation>
    </message>
    <message>
        <source>The reply you were writing in %1 has not been sent. Close the tab and discard it?</source>
        <translation>“%1” sekmesinde yazdığınız yanıt gönderilmedi. Sekme kapatılsın ve yanıt silinsin mi?</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n sn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n dk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n sa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n gün</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>az önce</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 önce</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1 gecikti</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 kaldı</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Yapan</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Ayrıntı</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Varlık</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Tx hash</source>
        <translation>İşlem hash'i</translation>
    </message>
    <message>
        <source>Address (masked)</source>
        <translation>Adres (maskeli)</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Para çekme</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Para yatırma</translation>
    </message>
</context>
<context>
    <name>WhoViewedTab</name>
    <message>
        <source>Every time someone on the desk revealed this customer's personal data.</source>
        <translation>Ekipten birinin bu müşterinin kişisel verilerini görüntülediği her kayıt.</translation>
    </message>
    <message>
        <source>Who viewed this</source>
        <translation>Kimler görüntüledi</translation>
    </message>
    <message>
        <source>Nobody has revealed this customer's data.</source>
        <translation>Bu müşterinin verilerini henüz kimse görüntülemedi.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Yen&amp;ile</translation>
    </message>
    <message>
        <source>Reload who viewed this</source>
        <translation>Görüntüleme kayıtlarını yenile</translation>
    </message>
    <message numerus="yes">
        <source>Reveals recorded: %n.</source>
        <translation>
            <numerusform>Kaydedilen görüntüleme: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Yüklenemedi: %1</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>%1 %</source>
        <translation>%%1</translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>henüz puan yok</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 5 from %n rating(s)</source>
        <translation>
            <numerusform>5 üzerinden %1 (%n puan)</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals waiting: %1, the oldest for %2</source>
        <translation>Onay bekleyen: %1, en eskisi %2 süredir</translation>
    </message>
    <message>
        <source>Approvals waiting: none</source>
        <translation>Onay bekleyen: yok</translation>
    </message>
    <message>
        <source>Backlog: %1</source>
        <translation>Bekleyen talepler: %1</translation>
    </message>
    <message>
        <source>Breached now: %1</source>
        <translation>Şu anda ihlal edilen: %1</translation>
    </message>
    <message>
        <source>Median first response: %1</source>
        <translation>Medyan ilk yanıt: %1</translation>
    </message>
    <message>
        <source>Median resolution: %1</source>
        <translation>Medyan çözüm: %1</translation>
    </message>
    <message>
        <source>CSAT: %1</source>
        <translation>CSAT: %1</translation>
    </message>
    <message>
        <source>%1 is rising: %2 tickets in the last hour, usually %3.</source>
        <translation>%1 kategorisinde artış: son bir saatte %2 talep, normalde %3.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Örneğin: %1</translation>
    </message>
    <message>
        <source>Tickets per day (UTC)</source>
        <translation>Günlük talepler (UTC)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Açılan</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Çözülen</translation>
    </message>
    <message>
        <source>SLA attainment (tickets opened in the period)</source>
        <translation>SLA karşılama oranı (dönem içinde açılan talepler)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Ölçüt</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Karşılandı</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>İhlal edildi</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>Karşılama (%)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>İlk yanıt</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Çözüm</translation>
    </message>
    <message>
        <source>Breached now</source>
        <translation>Şu anda ihlal edilen</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Yanıt süreleri</translation>
    </message>
    <message>
        <source>Median first response (seconds)</source>
        <translation>Medyan ilk yanıt (saniye)</translation>
    </message>
    <message>
        <source>Median resolution (seconds)</source>
        <translation>Medyan çözüm (saniye)</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Müşteri memnuniyeti</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Puan</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Ortalama</translation>
    </message>
    <message>
        <source>Agent load</source>
        <translation>Temsilci iş yükü</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Temsilci</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Müşteri yanıtı bekleniyor</translation>
    </message>
    <message>
        <source>Solved in period</source>
        <translation>Dönem içinde çözülen</translation>
    </message>
    <message>
        <source>Backlog now</source>
        <translation>Şu anda bekleyen talepler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Onaylar</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Bekleyen</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>İncelemede</translation>
    </message>
    <message>
        <source>Oldest (seconds)</source>
        <translation>En eski (saniye)</translation>
    </message>
    <message>
        <source>Median age (seconds)</source>
        <translation>Medyan bekleme süresi (saniye)</translation>
    </message>
    <message>
        <source>Trend alerts</source>
        <translation>Eğilim uyarıları</translation>
    </message>
    <message>
        <source>Raised at (UTC)</source>
        <translation>Oluşma zamanı (UTC)</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Olağan</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Talepler</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Upload of %1</source>
        <translation>Yükleme: %1</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancel the upload of %1</source>
        <translation>Yüklemeyi iptal et: %1</translation>
    </message>
    <message>
        <source>%1, %2 — goes with this message</source>
        <translation>%1, %2 — bu mesajla gönderilecek</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>Eklenmedi: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Kaldır: %1</translation>
    </message>
</context>
</TS>
