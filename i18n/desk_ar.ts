<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActionPanel</name>
    <message>
        <source>Every action below needs a second person: a supervisor approves it before anything changes. The emergency freeze is the exception.</source>
        <translation>كل إجراء أدناه يتطلب شخصًا ثانيًا: يوافق عليه مشرف قبل أن يتغير أي شيء. التجميد الطارئ هو الاستثناء.</translation>
    </message>
    <message>
        <source>Protect the account</source>
        <translation>حماية الحساب</translation>
    </message>
    <message>
        <source>Restore access</source>
        <translation>استعادة الوصول</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Emergency &amp;freeze…</source>
        <translation>&amp;تجميد طارئ…</translation>
    </message>
    <message>
        <source>Emergency freeze (takes effect at once)</source>
        <translation>تجميد طارئ (يسري فورًا)</translation>
    </message>
    <message>
        <source>Freezes the account at once; a supervisor reviews it within 30 minutes and may reverse it.</source>
        <translation>يجمّد الحساب فورًا؛ ويراجعه مشرف خلال 30 دقيقة وقد يتراجع عنه.</translation>
    </message>
    <message>
        <source>&amp;Cancel my request</source>
        <translation>&amp;إلغاء طلبي</translation>
    </message>
    <message>
        <source>Requests for this customer</source>
        <translation>طلبات هذا العميل</translation>
    </message>
    <message>
        <source>No security actions requested yet.</source>
        <translation>لم يُطلب أي إجراء أمني بعد.</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>جارٍ تحميل العميل…</translation>
    </message>
    <message>
        <source>Request #%1 for this is already waiting for a supervisor.</source>
        <translation>الطلب #%1 لهذا الإجراء بانتظار مشرف بالفعل.</translation>
    </message>
    <message>
        <source>The account is already frozen.</source>
        <translation>الحساب مجمّد بالفعل.</translation>
    </message>
    <message>
        <source>The account is not frozen.</source>
        <translation>الحساب غير مجمّد.</translation>
    </message>
    <message>
        <source>Two-factor authentication is already off.</source>
        <translation>المصادقة الثنائية (2FA) معطّلة بالفعل.</translation>
    </message>
    <message>
        <source>The customer has no active sessions.</source>
        <translation>ليست لدى العميل جلسات نشطة.</translation>
    </message>
    <message>
        <source>Withdrawals are not locked.</source>
        <translation>السحب غير مقفل.</translation>
    </message>
    <message>
        <source>Opens the request form; nothing happens until you submit it.</source>
        <translation>يفتح نموذج الطلب؛ لا يحدث شيء حتى ترسله.</translation>
    </message>
    <message>
        <source>%1 taken at once; a supervisor will review it.</source>
        <translation>%1: نُفّذ فورًا؛ وسيراجعه مشرف.</translation>
    </message>
    <message>
        <source>%1 requested; waiting for a supervisor.</source>
        <translation>%1: أُرسل الطلب؛ بانتظار مشرف.</translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>تعذّر تحميل الطلبات: %1</translation>
    </message>
    <message>
        <source>Select one of your own pending requests.</source>
        <translation>اختر أحد طلباتك المعلّقة.</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>أُلغي الطلب: %1</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>تعذّر الإلغاء: %1</translation>
    </message>
</context>
<context>
    <name>ActionRequestDialog</name>
    <message>
        <source>Emergency: %1</source>
        <translation>طارئ: %1</translation>
    </message>
    <message>
        <source>Emergency: %1 now</source>
        <translation>طارئ: %1 الآن</translation>
    </message>
    <message>
        <source>This takes effect the moment you press the button. Your reason and the action are recorded in the audit log and shown to the supervisors.</source>
        <translation>يسري هذا لحظة الضغط على الزر. يُسجَّل السبب والإجراء في سجل التدقيق ويظهران للمشرفين.</translation>
    </message>
    <message>
        <source>%1 &amp;now</source>
        <translation>%1 &amp;الآن</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>طلب: %1</translation>
    </message>
    <message>
        <source>Nothing changes yet: a supervisor other than you must approve this request. It expires if nobody decides it in time. You can cancel it while it is pending.</source>
        <translation>لن يتغير شيء بعد: يجب أن يوافق على هذا الطلب مشرف غيرك. تنتهي صلاحيته إذا لم يبتّ فيه أحد في الوقت المحدد. يمكنك إلغاؤه ما دام معلّقًا.</translation>
    </message>
    <message>
        <source>&amp;Request approval</source>
        <translation>&amp;طلب الموافقة</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>العميل:</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Linked ticket:</source>
        <translation>التذكرة المرتبطة:</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>None — the request is not linked to a ticket</source>
        <translation>لا شيء — الطلب غير مرتبط بتذكرة</translation>
    </message>
    <message>
        <source>Lock for (&amp;hours):</source>
        <translation>مدة القفل (&amp;بالساعات):</translation>
    </message>
    <message>
        <source>Lock withdrawals for how many hours</source>
        <translation>عدد ساعات قفل السحب</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <source>Rea&amp;son (required; the supervisor and the audit log see it):</source>
        <translation>ال&amp;سبب (إلزامي؛ يراه المشرف ويُسجَّل في سجل التدقيق):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>What you saw and why this action is needed</source>
        <translation>ما الذي لاحظته ولماذا يلزم هذا الإجراء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be stored.</source>
        <translation>يحتوي السبب على أحرف لا يمكن حفظها.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Requested</source>
        <translation>وقت الطلب</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>مقدّم الطلب</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>%1 (emergency)</source>
        <translation>%1 (طارئ)</translation>
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
        <translation>عمليات تسجيل الدخول الأخيرة</translation>
    </message>
    <message>
        <source>No sign-ins in the last 30 days.</source>
        <translation>لا توجد عمليات تسجيل دخول خلال آخر 30 يومًا.</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>الجلسات النشطة</translation>
    </message>
    <message>
        <source>No active sessions.</source>
        <translation>لا توجد جلسات نشطة.</translation>
    </message>
    <message>
        <source>Deposits and withdrawals</source>
        <translation>عمليات الإيداع والسحب</translation>
    </message>
    <message>
        <source>No recent deposits or withdrawals.</source>
        <translation>لا توجد عمليات إيداع أو سحب حديثة.</translation>
    </message>
    <message>
        <source>Address book changes</source>
        <translation>تغييرات دفتر العناوين</translation>
    </message>
    <message>
        <source>No address book changes.</source>
        <translation>لا توجد تغييرات في دفتر العناوين.</translation>
    </message>
</context>
<context>
    <name>AddressBookModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Address (masked)</source>
        <translation>العنوان (مخفي)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>AnswerTools</name>
    <message>
        <source>Macros… (Ctrl+M)</source>
        <translation>وحدات الماكرو… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Insert a canned reply in the customer's language</source>
        <translation>إدراج رد جاهز بلغة العميل</translation>
    </message>
    <message>
        <source>Escalate to engineering…</source>
        <translation>التصعيد إلى فريق الهندسة…</translation>
    </message>
    <message>
        <source>Hand a technical problem to engineering (Ctrl+Shift+E)</source>
        <translation>إحالة مشكلة تقنية إلى فريق الهندسة (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Reply to all lin&amp;ked…</source>
        <translation>الرد على كل التذاكر ال&amp;مرتبطة…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>قاعدة المعرفة</translation>
    </message>
    <message>
        <source>Articles for this ticket (Ctrl+K)</source>
        <translation>مقالات لهذه التذكرة (Ctrl+K)</translation>
    </message>
    <message>
        <source>Inserted the %1 version of “%2”: it has no %3 version yet.</source>
        <translation>أُدرجت النسخة بلغة %1 من «%2»: لا توجد لها نسخة بلغة %3 بعد.</translation>
    </message>
    <message>
        <source>Escalated, but these files were refused: %1</source>
        <translation>تم التصعيد، لكن رُفضت هذه الملفات: %1</translation>
    </message>
    <message>
        <source>Escalation #%1: %2</source>
        <translation>التصعيد #%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n linked ticket(s)</source>
        <translation>
            <numerusform>%n تذكرة مرتبطة</numerusform>
            <numerusform>%n تذكرة مرتبطة</numerusform>
            <numerusform>%n تذكرتان مرتبطتان</numerusform>
            <numerusform>%n تذاكر مرتبطة</numerusform>
            <numerusform>%n تذكرة مرتبطة</numerusform>
            <numerusform>%n تذكرة مرتبطة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo accounts: agent1, agent2, secops1, super1, admin1; password desk-demo. The authenticator codes come from the demo TOTP secret %1.</source>
        <translation>حسابات العرض التجريبي: agent1 وagent2 وsecops1 وsuper1 وadmin1؛ كلمة المرور desk-demo. تُولَّد رموز المصادقة من مفتاح TOTP التجريبي %1.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in the log; you can carry on working.</source>
        <translation>حدث خطأ ما (%1). التفاصيل موجودة في السجل؛ يمكنك متابعة العمل.</translation>
    </message>
    <message>
        <source>Starting the demo service…</source>
        <translation>جارٍ تشغيل الخدمة التجريبية…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>The demo service could not be started: %1</source>
        <translation>تعذّر تشغيل الخدمة التجريبية: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Requests waiting for a second person, oldest first. Emergencies already taken are on top until reviewed. Select one to see its evidence.</source>
        <translation>طلبات بانتظار شخص ثانٍ، الأقدم أولًا. تظهر الإجراءات الطارئة المنفّذة في الأعلى حتى تتم مراجعتها. اختر طلبًا لعرض أدلته.</translation>
    </message>
    <message>
        <source>Open security requests (read-only: supervisors decide them).</source>
        <translation>طلبات الأمان المفتوحة (للقراءة فقط: يبتّ فيها المشرفون).</translation>
    </message>
    <message>
        <source>Open &amp;requests</source>
        <translation>الطلبات ال&amp;مفتوحة</translation>
    </message>
    <message>
        <source>Nothing is waiting for a decision.</source>
        <translation>لا شيء بانتظار قرار.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>إعادة ال&amp;تحميل</translation>
    </message>
    <message>
        <source>Reload open requests</source>
        <translation>إعادة تحميل الطلبات المفتوحة</translation>
    </message>
    <message numerus="yes">
        <source>Open requests: %n.</source>
        <translation>
            <numerusform>الطلبات المفتوحة: %n.</numerusform>
            <numerusform>الطلبات المفتوحة: %n.</numerusform>
            <numerusform>الطلبات المفتوحة: %n.</numerusform>
            <numerusform>الطلبات المفتوحة: %n.</numerusform>
            <numerusform>الطلبات المفتوحة: %n.</numerusform>
            <numerusform>الطلبات المفتوحة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>تعذّر تحميل الطلبات: %1</translation>
    </message>
    <message>
        <source>%1, requested by %2</source>
        <translation>%1، طلبه %2</translation>
    </message>
    <message>
        <source>Emergency action to review</source>
        <translation>إجراء طارئ بحاجة إلى مراجعة</translation>
    </message>
    <message>
        <source>New security request</source>
        <translation>طلب أمان جديد</translation>
    </message>
    <message>
        <source>New security requests</source>
        <translation>طلبات أمان جديدة</translation>
    </message>
    <message numerus="yes">
        <source>%n requests are waiting.</source>
        <translation>
            <numerusform>%n طلب في الانتظار.</numerusform>
            <numerusform>%n طلب في الانتظار.</numerusform>
            <numerusform>%n طلبان في الانتظار.</numerusform>
            <numerusform>%n طلبات في الانتظار.</numerusform>
            <numerusform>%n طلبًا في الانتظار.</numerusform>
            <numerusform>%n طلب في الانتظار.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency review overdue</source>
        <translation>تأخرت مراجعة إجراء طارئ</translation>
    </message>
    <message>
        <source>An emergency action is past its review deadline.</source>
        <translation>تجاوز إجراء طارئ الموعد النهائي لمراجعته.</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>A&amp;ttach files…</source>
        <translation>إ&amp;رفاق ملفات…</translation>
    </message>
    <message>
        <source>Attach files to this message, or drop them on the composer</source>
        <translation>أرفق ملفات بهذه الرسالة، أو أفلتها في محرر الرسالة</translation>
    </message>
    <message>
        <source>or drop files on the composer</source>
        <translation>أو أفلِت الملفات في مربع كتابة الرسالة</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>هذا الملف كبير جدًا.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>تعذّرت قراءة الملف.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>ملف نصي</translation>
    </message>
    <message>
        <source>Screen recording</source>
        <translation>تسجيل شاشة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2، %3</translation>
    </message>
    <message>
        <source>This file is a program or script. The desk does not accept programs, whatever their name.</source>
        <translation>هذا الملف برنامج أو سكربت. لا تقبل محطة العمل البرامج أيًّا كان اسمها.</translation>
    </message>
    <message>
        <source>This file is an archive or an Office document. Send a PDF or a screenshot instead.</source>
        <translation>هذا الملف أرشيف مضغوط أو مستند Office. أرسل ملف PDF أو لقطة شاشة بدلًا منه.</translation>
    </message>
    <message>
        <source>The desk does not accept this type of file. Images, PDFs, text files and short screen recordings are accepted.</source>
        <translation>لا تقبل محطة العمل هذا النوع من الملفات. الملفات المقبولة: الصور وملفات PDF والملفات النصية وتسجيلات الشاشة القصيرة.</translation>
    </message>
    <message>
        <source>This file is damaged, incomplete or too large to open safely.</source>
        <translation>هذا الملف تالف أو غير مكتمل أو أكبر من أن يُفتح بأمان.</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>هذا الملف كبير جدًا.</translation>
    </message>
    <message>
        <source>Too many files for one message. Send the rest with another message.</source>
        <translation>ملفات كثيرة جدًا لرسالة واحدة. أرسل الباقي في رسالة أخرى.</translation>
    </message>
    <message>
        <source>A file was already sent or is not yours to send. Remove it and attach it again.</source>
        <translation>أحد الملفات أُرسل بالفعل أو لا يحق لك إرساله. أزِله وأرفقه مجددًا.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Requested</source>
        <translation>تقديم طلب</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>تنفيذ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Execution failed</source>
        <translation>فشل التنفيذ</translation>
    </message>
    <message>
        <source>Emergency confirmed</source>
        <translation>تأكيد إجراء طارئ</translation>
    </message>
    <message>
        <source>Emergency reversed</source>
        <translation>التراجع عن إجراء طارئ</translation>
    </message>
    <message>
        <source>Previous state restored</source>
        <translation>استعادة الحالة السابقة</translation>
    </message>
    <message>
        <source>Reversal refused by the account system</source>
        <translation>رفض نظام الحسابات للتراجع</translation>
    </message>
    <message>
        <source>Sign-in ended: a session token was used twice (possible theft)</source>
        <translation>انتهى تسجيل الدخول: استُخدم رمز الجلسة مرتين (احتمال سرقة)</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>تأخر المراجعة</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>كشف بيانات شخصية</translation>
    </message>
    <message>
        <source>Attachment downloaded</source>
        <translation>تم تنزيل مرفق</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>الحقل: %1</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>طارئ</translation>
    </message>
    <message>
        <source>request #%1</source>
        <translation>الطلب #%1</translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation>التذكرة #%1</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>العميل #%1</translation>
    </message>
    <message>
        <source>Entry #%1, hash %2</source>
        <translation>القيد #%1، التجزئة %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>يخص</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail for this customer</source>
        <translation>سجل التدقيق لهذا العميل</translation>
    </message>
    <message>
        <source>Audit trail for this ticket</source>
        <translation>سجل التدقيق لهذه التذكرة</translation>
    </message>
    <message>
        <source>Audit trail for the whole desk</source>
        <translation>سجل التدقيق للفريق بأكمله</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>لم يُسجَّل شيء بعد.</translation>
    </message>
    <message>
        <source>&amp;Reload and verify</source>
        <translation>إعادة ال&amp;تحميل والتحقق</translation>
    </message>
    <message>
        <source>Could not verify the audit chain: %1</source>
        <translation>تعذّر التحقق من سلسلة التدقيق: %1</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>جارٍ التحقق من سلسلة التدقيق…</translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit chain verified: %n entries</source>
        <translation>
            <numerusform>✔ تم التحقق من سلسلة التدقيق: %n قيد</numerusform>
            <numerusform>✔ تم التحقق من سلسلة التدقيق: %n قيد</numerusform>
            <numerusform>✔ تم التحقق من سلسلة التدقيق: %n قيدان</numerusform>
            <numerusform>✔ تم التحقق من سلسلة التدقيق: %n قيود</numerusform>
            <numerusform>✔ تم التحقق من سلسلة التدقيق: %n قيدًا</numerusform>
            <numerusform>✔ تم التحقق من سلسلة التدقيق: %n قيد</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ CHAIN BROKEN at entry #%1 — report this to security at once</source>
        <translation>✖ السلسلة مكسورة عند القيد #%1 — أبلغ فريق الأمان فورًا</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n. Older ones load as you scroll down.</source>
        <translation>
            <numerusform>القيود المعروضة: %n. تُحمَّل القيود الأقدم عند التمرير للأسفل.</numerusform>
            <numerusform>القيود المعروضة: %n. تُحمَّل القيود الأقدم عند التمرير للأسفل.</numerusform>
            <numerusform>القيود المعروضة: %n. تُحمَّل القيود الأقدم عند التمرير للأسفل.</numerusform>
            <numerusform>القيود المعروضة: %n. تُحمَّل القيود الأقدم عند التمرير للأسفل.</numerusform>
            <numerusform>القيود المعروضة: %n. تُحمَّل القيود الأقدم عند التمرير للأسفل.</numerusform>
            <numerusform>القيود المعروضة: %n. تُحمَّل القيود الأقدم عند التمرير للأسفل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n (all of them).</source>
        <translation>
            <numerusform>القيود المعروضة: %n (جميعها).</numerusform>
            <numerusform>القيود المعروضة: %n (جميعها).</numerusform>
            <numerusform>القيود المعروضة: %n (جميعها).</numerusform>
            <numerusform>القيود المعروضة: %n (جميعها).</numerusform>
            <numerusform>القيود المعروضة: %n (جميعها).</numerusform>
            <numerusform>القيود المعروضة: %n (جميعها).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the audit trail: %1</source>
        <translation>تعذّر تحميل سجل التدقيق: %1</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>Change tickets</source>
        <translation>تغيير التذاكر</translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected ticket(s). Each ticket keeps its own version: one that someone else changed since it was loaded is left as it is, and listed.</source>
        <translation>
            <numerusform>تغيير %n تذكرة محددة. لكل تذكرة نسختها الخاصة: التذكرة التي غيّرها شخص آخر منذ تحميلها تُترك كما هي وتُدرج في القائمة.</numerusform>
            <numerusform>تغيير %n تذكرة محددة. لكل تذكرة نسختها الخاصة: إذا غيّرها شخص آخر منذ تحميلها تُترك كما هي وتُدرج في القائمة.</numerusform>
            <numerusform>تغيير %n تذكرتين محددتين. لكل تذكرة نسختها الخاصة: التذكرة التي غيّرها شخص آخر منذ تحميلها تُترك كما هي وتُدرج في القائمة.</numerusform>
            <numerusform>تغيير %n تذاكر محددة. لكل تذكرة نسختها الخاصة: التذكرة التي غيّرها شخص آخر منذ تحميلها تُترك كما هي وتُدرج في القائمة.</numerusform>
            <numerusform>تغيير %n تذكرة محددة. لكل تذكرة نسختها الخاصة: التذكرة التي غيّرها شخص آخر منذ تحميلها تُترك كما هي وتُدرج في القائمة.</numerusform>
            <numerusform>تغيير %n تذكرة محددة. لكل تذكرة نسختها الخاصة: التذكرة التي غيّرها شخص آخر منذ تحميلها تُترك كما هي وتُدرج في القائمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>ال&amp;مسؤول:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>الأ&amp;ولوية:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <source>Add &amp;tags:</source>
        <translation>إضافة و&amp;سوم:</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>إ&amp;زالة وسوم:</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>إضافة وسوم</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>إزالة وسوم</translation>
    </message>
    <message>
        <source>comma-separated, e.g. vip, refund</source>
        <translation>مفصولة بفواصل، مثلًا: vip, refund</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Also every other ticket of this view that is not loaded yet</source>
        <translation>وأيضًا كل تذاكر هذا العرض الأخرى التي لم تُحمَّل بعد</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>بلا تغيير</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
</context>
<context>
    <name>BulkResult</name>
    <message>
        <source>someone else changed it after it was loaded</source>
        <translation>غيّرها شخص آخر بعد تحميلها</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>لم تعد موجودة</translation>
    </message>
    <message>
        <source>the service refused the change</source>
        <translation>رفضت الخدمة التغيير</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>تم تغيير %n تذكرة.</numerusform>
            <numerusform>تم تغيير %n تذكرة.</numerusform>
            <numerusform>تم تغيير %n تذكرتين.</numerusform>
            <numerusform>تم تغيير %n تذاكر.</numerusform>
            <numerusform>تم تغيير %n تذكرة.</numerusform>
            <numerusform>تم تغيير %n تذكرة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had these values.</source>
        <translation>
            <numerusform>لم يكن أيٌّ منها بحاجة إلى تغيير.</numerusform>
            <numerusform>واحدة كانت لها هذه القيم بالفعل.</numerusform>
            <numerusform>اثنتان كانت لهما هذه القيم بالفعل.</numerusform>
            <numerusform>%n كانت لها هذه القيم بالفعل.</numerusform>
            <numerusform>%n كانت لها هذه القيم بالفعل.</numerusform>
            <numerusform>%n كانت لها هذه القيم بالفعل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed.</source>
        <translation>
            <numerusform>لم تتغير %n تذكرة.</numerusform>
            <numerusform>لم تتغير %n تذكرة.</numerusform>
            <numerusform>لم تتغير %n تذكرتان.</numerusform>
            <numerusform>لم تتغير %n تذاكر.</numerusform>
            <numerusform>لم تتغير %n تذكرة.</numerusform>
            <numerusform>لم تتغير %n تذكرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the tickets after that were not sent.</source>
        <translation>أُلغي: لم تُرسَل التذاكر التالية.</translation>
    </message>
    <message>
        <source>Stopped: %1 The tickets after that were not sent.</source>
        <translation>توقّف: %1 لم تُرسَل التذاكر التالية.</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… و%n أخرى.</numerusform>
            <numerusform>… و%n أخرى.</numerusform>
            <numerusform>… و%n أخريان.</numerusform>
            <numerusform>… و%n أخرى.</numerusform>
            <numerusform>… و%n أخرى.</numerusform>
            <numerusform>… و%n أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkTriage</name>
    <message>
        <source>C&amp;hange selected…</source>
        <translation>&amp;تغيير المحددة…</translation>
    </message>
    <message>
        <source>Assign, or change status, priority, category or tags (Ctrl+E)</source>
        <translation>الإسناد أو تغيير الحالة أو الأولوية أو الفئة أو الوسوم (Ctrl+E)</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>مسح التحديد</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>%n تذكرة محددة</numerusform>
            <numerusform>%n تذكرة محددة</numerusform>
            <numerusform>%n تذكرتان محددتان</numerusform>
            <numerusform>%n تذاكر محددة</numerusform>
            <numerusform>%n تذكرة محددة</numerusform>
            <numerusform>%n تذكرة محددة</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing tickets</source>
        <translation>جارٍ تغيير التذاكر</translation>
    </message>
    <message>
        <source>Changing tickets…</source>
        <translation>جارٍ تغيير التذاكر…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sent…</source>
        <translation>
            <numerusform>أُرسلت %n تذكرة…</numerusform>
            <numerusform>أُرسلت %n تذكرة…</numerusform>
            <numerusform>أُرسلت %n تذكرتان…</numerusform>
            <numerusform>أُرسلت %n تذاكر…</numerusform>
            <numerusform>أُرسلت %n تذكرة…</numerusform>
            <numerusform>أُرسلت %n تذكرة…</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets changed</source>
        <translation>تم تغيير التذاكر</translation>
    </message>
    <message>
        <source>Not changed:</source>
        <translation>لم تتغير:</translation>
    </message>
</context>
<context>
    <name>CollabBar</name>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>&amp;دمج في…</translation>
    </message>
    <message>
        <source>Merge this ticket into another ticket of the same customer</source>
        <translation>دمج هذه التذكرة في تذكرة أخرى للعميل نفسه</translation>
    </message>
    <message>
        <source>This ticket was merged into #%1: its conversation continues there.</source>
        <translation>دُمجت هذه التذكرة في #%1: تستمر محادثتها هناك.</translation>
    </message>
    <message>
        <source>&amp;Open #%1</source>
        <translation>&amp;فتح #%1</translation>
    </message>
    <message>
        <source>&amp;Open the ticket it was merged into</source>
        <translation>&amp;فتح التذكرة التي دُمجت فيها</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Re&amp;ply to customer</source>
        <translation>&amp;رد على العميل</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;ملاحظة داخلية</translation>
    </message>
    <message>
        <source>&amp;Message (internal note, only agents see it):</source>
        <translation>&amp;نص الرسالة (ملاحظة داخلية، يراها الوكلاء فقط):</translation>
    </message>
    <message>
        <source>Write a note for other agents…</source>
        <translation>اكتب ملاحظة للوكلاء الآخرين…</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <source>&amp;Message (the customer will see it; they write in %1):</source>
        <translation>&amp;نص الرسالة (سيراها العميل؛ يكتب بلغة %1):</translation>
    </message>
    <message>
        <source>&amp;Message (the customer will see it):</source>
        <translation>&amp;نص الرسالة (سيراها العميل):</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>اكتب ردًا على العميل…</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>الرد على العميل</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter للإرسال</translation>
    </message>
    <message>
        <source>This ticket was merged into #%1, so nothing more can be sent from here. Your text is kept: copy it into #%1.</source>
        <translation>دُمجت هذه التذكرة في #%1، لذا لا يمكن إرسال أي شيء آخر من هنا. نصّك محفوظ: انسخه إلى #%1.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>إ&amp;ضافة ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>إر&amp;سال الرد</translation>
    </message>
    <message>
        <source>The message is too long (%1 characters; at most %2).</source>
        <translation>الرسالة طويلة جدًا (%1 حرف؛ الحد الأقصى %2).</translation>
    </message>
    <message>
        <source>Wait until the files are uploaded, or cancel them.</source>
        <translation>انتظر حتى يكتمل رفع الملفات، أو ألغِها.</translation>
    </message>
    <message>
        <source>Not sent: %1 Your text is kept; send again when ready.</source>
        <translation>لم تُرسل: %1 نصك محفوظ؛ أعد الإرسال عندما تكون جاهزًا.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ConversationFiles</name>
    <message>
        <source>Image not available</source>
        <translation>الصورة غير متاحة</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>جارٍ تحميل الصورة…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>حفظ المرفق</translation>
    </message>
    <message>
        <source>Save this file from the conversation?

Name: %1
Type: %2 (%3), found from its contents
Size: %4

The desk does not open it. Open it only if you expect it.</source>
        <translation>هل تريد حفظ هذا الملف من المحادثة؟

الاسم: %1
النوع: %2 (%3)، بحسب محتواه
الحجم: %4

لا تفتحه محطة العمل. لا تفتحه إلا إذا كنت تتوقعه.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;حفظ…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>جارٍ حفظ %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The file was not saved: %1</source>
        <translation>لم يُحفظ الملف: %1</translation>
    </message>
    <message>
        <source>View image “%1”</source>
        <translation>عرض الصورة «%1»</translation>
    </message>
    <message>
        <source>Save “%1”…</source>
        <translation>حفظ «%1»…</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>الوكيل</translation>
    </message>
    <message>
        <source>system</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>%1 · internal note</source>
        <translation>%1 · ملاحظة داخلية</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>&amp;Copy message text</source>
        <translation>&amp;نسخ نص الرسالة</translation>
    </message>
    <message>
        <source>Open link…</source>
        <translation>فتح الرابط…</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>&amp;Profile and risk</source>
        <translation>ال&amp;ملف والمخاطر</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>ال&amp;نشاط</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;سجل التذاكر</translation>
    </message>
    <message>
        <source>&amp;Security actions</source>
        <translation>&amp;إجراءات الأمان</translation>
    </message>
    <message>
        <source>&amp;Who viewed this</source>
        <translation>من &amp;اطّلع على البيانات</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>ال&amp;تدقيق</translation>
    </message>
    <message>
        <source>Ticket audit</source>
        <translation>تدقيق التذكرة</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>بيانات العميل</translation>
    </message>
    <message>
        <source>ACCOUNT FROZEN</source>
        <translation>الحساب مجمّد</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة المحا&amp;ولة</translation>
    </message>
    <message>
        <source>&amp;Incident record…</source>
        <translation>سجل ال&amp;حادثة…</translation>
    </message>
    <message>
        <source>The timeline of this account for the security investigation</source>
        <translation>الخط الزمني لهذا الحساب لأغراض التحقيق الأمني</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>العميل #%1</translation>
    </message>
    <message>
        <source>Customer #%1 · %2 · %3 · VIP %4</source>
        <translation>العميل #%1 · %2 · %3 · VIP %4</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>جارٍ تحميل العميل…</translation>
    </message>
    <message>
        <source>Could not load the customer: %1</source>
        <translation>تعذّر تحميل العميل: %1</translation>
    </message>
</context>
<context>
    <name>CustomerTicketsModel</name>
    <message>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>مدمجة في #%1</translation>
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
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>آخر 24 ساعة</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>آخر 90 يومًا</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>الفترات</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <source>Save the figures shown for this period as a CSV file</source>
        <translation>حفظ الأرقام المعروضة لهذه الفترة كملف CSV</translation>
    </message>
    <message>
        <source>&amp;Breached now (Enter opens the ticket)</source>
        <translation>ال&amp;متجاوزة حاليًا (Enter يفتح التذكرة)</translation>
    </message>
    <message>
        <source>Tickets past a due time now</source>
        <translation>تذاكر تجاوزت موعدًا نهائيًا حاليًا</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>جارٍ تحميل الأرقام…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>آخر تحديث: %1</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>تعذّر تحميل الأرقام: %1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>المفتوحة</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>المحلولة</translation>
    </message>
    <message>
        <source>Tickets per day</source>
        <translation>التذاكر يوميًا</translation>
    </message>
    <message>
        <source>Opened %1, solved %2 in the period</source>
        <translation>خلال الفترة: فُتحت %1 وحُلّت %2</translation>
    </message>
    <message>
        <source>Opened by category, per day</source>
        <translation>المفتوحة حسب الفئة، يوميًا</translation>
    </message>
    <message>
        <source>Opened by category, per week</source>
        <translation>المفتوحة حسب الفئة، أسبوعيًا</translation>
    </message>
    <message>
        <source>Most tickets: %1</source>
        <translation>الأكثر تذاكر: %1</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>الرد الأول</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>ضمن المهلة</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>تجاوزت المهلة</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>الالتزام بـ SLA</translation>
    </message>
    <message>
        <source>First response %1, resolution %2</source>
        <translation>الرد الأول %1، الحل %2</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Customer satisfaction: %1</source>
        <translation>رضا العملاء: %1</translation>
    </message>
    <message>
        <source>Ratings from 1 to 5 stars: %1</source>
        <translation>التقييمات من 1 إلى 5 نجوم: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>النشطة</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Agent load</source>
        <translation>عبء عمل الوكلاء</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s): assigned tickets active, waiting for the customer and breached now; solved in the period</source>
        <translation>
            <numerusform>%n وكيل: التذاكر المُسندة النشطة، وبانتظار العميل، والمتجاوزة حاليًا؛ والمحلولة خلال الفترة</numerusform>
            <numerusform>%n وكيل: التذاكر المُسندة النشطة، وبانتظار العميل، والمتجاوزة حاليًا؛ والمحلولة خلال الفترة</numerusform>
            <numerusform>%n وكيلان: التذاكر المُسندة النشطة، وبانتظار العميل، والمتجاوزة حاليًا؛ والمحلولة خلال الفترة</numerusform>
            <numerusform>%n وكلاء: التذاكر المُسندة النشطة، وبانتظار العميل، والمتجاوزة حاليًا؛ والمحلولة خلال الفترة</numerusform>
            <numerusform>%n وكيلًا: التذاكر المُسندة النشطة، وبانتظار العميل، والمتجاوزة حاليًا؛ والمحلولة خلال الفترة</numerusform>
            <numerusform>%n وكيل: التذاكر المُسندة النشطة، وبانتظار العميل، والمتجاوزة حاليًا؛ والمحلولة خلال الفترة</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend alert</source>
        <translation>تنبيه اتجاه</translation>
    </message>
    <message>
        <source>desk-statistics-%1.csv</source>
        <translation>desk-statistics-%1.csv</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>تصدير الإحصاءات</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>تعذّر حفظ %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>تم حفظ %1</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Co&amp;mment (required to reject; the requester sees it):</source>
        <translation>ال&amp;تعليق (إلزامي عند الرفض؛ يراه مقدّم الطلب):</translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation>تعليق القرار</translation>
    </message>
    <message>
        <source>Your request — another supervisor must decide.</source>
        <translation>طلبك — يجب أن يبتّ فيه مشرف آخر.</translation>
    </message>
    <message>
        <source>&amp;Keep it (confirm)…</source>
        <translation>إ&amp;بقاء (تأكيد)…</translation>
    </message>
    <message>
        <source>Re&amp;verse it…</source>
        <translation>ترا&amp;جع…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;موافقة…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>The comment is too long.</source>
        <translation>التعليق طويل جدًا.</translation>
    </message>
    <message>
        <source>Keep the emergency %1 in place?</source>
        <translation>هل تريد إبقاء الإجراء الطارئ «%1» ساريًا؟</translation>
    </message>
    <message>
        <source>The action stays in effect and the review is closed.</source>
        <translation>يبقى الإجراء ساريًا وتُغلق المراجعة.</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>إ&amp;بقاء</translation>
    </message>
    <message>
        <source>Approve and carry out “%1” for customer #%2 now?</source>
        <translation>هل تريد الموافقة على «%1» للعميل #%2 وتنفيذه الآن؟</translation>
    </message>
    <message>
        <source>&amp;Approve and carry out</source>
        <translation>&amp;موافقة وتنفيذ</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>الموافقة على الطلب</translation>
    </message>
    <message>
        <source>Say why you reject this request: the comment is required.</source>
        <translation>اذكر سبب رفضك لهذا الطلب: التعليق إلزامي.</translation>
    </message>
    <message>
        <source>Reverse the emergency %1?</source>
        <translation>هل تريد التراجع عن الإجراء الطارئ «%1»؟</translation>
    </message>
    <message>
        <source>The account goes back to how it was before the emergency action. Do this only if the action was a mistake.</source>
        <translation>يعود الحساب إلى ما كان عليه قبل الإجراء الطارئ. لا تفعل ذلك إلا إذا كان الإجراء خطأً.</translation>
    </message>
    <message>
        <source>Reverse emergency action</source>
        <translation>التراجع عن الإجراء الطارئ</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>Approved, but the account system could not carry it out.</source>
        <translation>تمت الموافقة، لكن تعذّر على نظام الحسابات تنفيذه.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>تم: %1.</translation>
    </message>
    <message>
        <source>This request expired before anyone decided it.</source>
        <translation>انتهت صلاحية هذا الطلب قبل أن يبتّ فيه أحد.</translation>
    </message>
    <message>
        <source>Already decided by %1: %2.</source>
        <translation>سبق أن بتّ فيه %1: %2.</translation>
    </message>
    <message>
        <source>Already decided: %1.</source>
        <translation>سبق البتّ فيه: %1.</translation>
    </message>
    <message>
        <source>This request changed since you opened it. Check it again before deciding.</source>
        <translation>تغيّر هذا الطلب منذ أن فتحته. راجعه مجددًا قبل اتخاذ القرار.</translation>
    </message>
    <message>
        <source>Approving would change nothing: the account is already in that state. Reject it instead.</source>
        <translation>لن تغيّر الموافقة شيئًا: الحساب في تلك الحالة بالفعل. ارفض الطلب بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The user name, password or code is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور أو الرمز غير صحيح.</translation>
    </message>
    <message>
        <source>That code has already been used. Wait for the next code in your authenticator app and try again.</source>
        <translation>سبق استخدام هذا الرمز. انتظر الرمز التالي في تطبيق المصادقة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Wait a few minutes, then try again.</source>
        <translation>محاولات تسجيل دخول فاشلة كثيرة جدًا. انتظر بضع دقائق ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>هذا الحساب معطّل. راجع مسؤول النظام.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>انتهت جلستك. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Confirm with a fresh code from your authenticator app first.</source>
        <translation>أكّد أولًا برمز جديد من تطبيق المصادقة.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>غير مسموح لك بتنفيذ هذا الإجراء.</translation>
    </message>
    <message>
        <source>This no longer exists, or you cannot see it.</source>
        <translation>لم يعد موجودًا، أو لا يمكنك الاطلاع عليه.</translation>
    </message>
    <message>
        <source>Someone else changed this ticket since you opened it. Reload to see their change.</source>
        <translation>غيّر شخص آخر هذه التذكرة منذ أن فتحتها. أعد التحميل لرؤية تغييره.</translation>
    </message>
    <message>
        <source>The service refused the request as invalid.</source>
        <translation>رفضت الخدمة الطلب لأنه غير صالح.</translation>
    </message>
    <message>
        <source>This is too long for the service to accept.</source>
        <translation>هذا أطول مما تقبله الخدمة.</translation>
    </message>
    <message>
        <source>This message was already sent with different text. Send it again as a new message.</source>
        <translation>سبق إرسال هذه الرسالة بنص مختلف. أرسلها مجددًا كرسالة جديدة.</translation>
    </message>
    <message>
        <source>Someone else has already decided this.</source>
        <translation>سبق أن بتّ شخص آخر في هذا الأمر.</translation>
    </message>
    <message>
        <source>This request has expired.</source>
        <translation>انتهت صلاحية هذا الطلب.</translation>
    </message>
    <message>
        <source>Another agent replied to the customer meanwhile. Read their reply, then send again if yours is still needed.</source>
        <translation>ردّ وكيل آخر على العميل في الأثناء. اقرأ ردّه، ثم أعد الإرسال إذا كان ردّك لا يزال ضروريًا.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>لا يمكن دمج تذكرة في نفسها.</translation>
    </message>
    <message>
        <source>Only tickets of the same customer can be merged.</source>
        <translation>لا يمكن دمج إلا تذاكر العميل نفسه.</translation>
    </message>
    <message>
        <source>That ticket is closed or was merged itself. Choose an open ticket.</source>
        <translation>تلك التذكرة مغلقة أو دُمجت هي نفسها. اختر تذكرة مفتوحة.</translation>
    </message>
    <message>
        <source>This ticket was already merged.</source>
        <translation>سبق دمج هذه التذكرة.</translation>
    </message>
    <message>
        <source>This ticket was merged into another ticket; its conversation continues there.</source>
        <translation>دُمجت هذه التذكرة في تذكرة أخرى؛ وتستمر المحادثة هناك.</translation>
    </message>
    <message>
        <source>The reply holds a placeholder in braces that the desk does not fill in. Only {customer_name}, {ticket_id} and {agent_name} are filled; correct or remove the others.</source>
        <translation>يحتوي الرد على عنصر نائب بين أقواس معقوصة لا يملؤه النظام. لا يُملأ إلا {customer_name} و{ticket_id} و{agent_name}؛ صحّح العناصر الأخرى أو احذفها.</translation>
    </message>
    <message>
        <source>The service could not be reached. Check the server address and your network.</source>
        <translation>تعذّر الوصول إلى الخدمة. تحقق من عنوان الخادم ومن اتصالك بالشبكة.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again.</source>
        <translation>لم تستجب الخدمة في الوقت المحدد. حاول مجددًا.</translation>
    </message>
    <message>
        <source>The service's certificate could not be verified, so the connection was not used.</source>
        <translation>تعذّر التحقق من شهادة الخدمة، لذا لم يُستخدم الاتصال.</translation>
    </message>
    <message>
        <source>The service is unavailable right now. Try again in a moment.</source>
        <translation>الخدمة غير متاحة حاليًا. حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <source>The service gave an answer this desk does not understand (it may be a different version).</source>
        <translation>أرسلت الخدمة ردًا لا تفهمه محطة العمل هذه (ربما لاختلاف الإصدار).</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>طلبات كثيرة جدًا. انتظر قليلًا ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The server address sends the desk somewhere else, which the desk does not follow. Check the server address (for example https:// rather than http://).</source>
        <translation>عنوان الخادم يعيد توجيه محطة العمل إلى مكان آخر، ولا تتبع محطة العمل إعادة التوجيه. تحقق من عنوان الخادم (مثلًا https:// بدلًا من http://).</translation>
    </message>
    <message>
        <source>The service sent a far larger answer than expected, so the desk did not read it. Try again; if it happens again, tell your administrator.</source>
        <translation>أرسلت الخدمة ردًا أكبر بكثير من المتوقع، لذا لم تقرأه محطة العمل. حاول مجددًا؛ وإذا تكرر ذلك، فأبلغ مسؤول النظام.</translation>
    </message>
    <message>
        <source>This server address is not safe to use: %1</source>
        <translation>عنوان الخادم هذا غير آمن للاستخدام: %1</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>حدث خطأ في سلسلة مفاتيح النظام: %1</translation>
    </message>
    <message>
        <source>The service refused the request (%1).</source>
        <translation>رفضت الخدمة الطلب (%1).</translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>تحقّق من: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>حاول مجددًا بعد %n ثانية.</numerusform>
            <numerusform>حاول مجددًا بعد %n ثانية.</numerusform>
            <numerusform>حاول مجددًا بعد %n ثانيتين.</numerusform>
            <numerusform>حاول مجددًا بعد %n ثوانٍ.</numerusform>
            <numerusform>حاول مجددًا بعد %n ثانية.</numerusform>
            <numerusform>حاول مجددًا بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in the log.</source>
        <translation>حدث خطأ ما (%1). التفاصيل موجودة في السجل.</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>Critical: funds at risk or trading halted</source>
        <translation>حرجة: أموال معرّضة للخطر أو توقف التداول</translation>
    </message>
    <message>
        <source>High: many customers blocked</source>
        <translation>مرتفعة: عدد كبير من العملاء متعطلون</translation>
    </message>
    <message>
        <source>Medium: some customers affected, a workaround exists</source>
        <translation>متوسطة: بعض العملاء متأثرون، ويوجد حل بديل</translation>
    </message>
    <message>
        <source>Low: cosmetic or a single customer</source>
        <translation>منخفضة: مشكلة شكلية أو عميل واحد فقط</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>تم الاستلام</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>قيد التحقيق</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>بحاجة إلى معلومات</translation>
    </message>
    <message>
        <source>Fix in progress</source>
        <translation>الإصلاح جارٍ</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>تم الإصلاح</translation>
    </message>
    <message>
        <source>Won't fix</source>
        <translation>لن يُصلَح</translation>
    </message>
</context>
<context>
    <name>EscalationForm</name>
    <message>
        <source>Escalate to engineering</source>
        <translation>التصعيد إلى فريق الهندسة</translation>
    </message>
    <message>
        <source>Escalate ticket #%1 to engineering</source>
        <translation>تصعيد التذكرة #%1 إلى فريق الهندسة</translation>
    </message>
    <message>
        <source>Give engineers the facts they need. Every linked ticket hears about each status change as an internal note. Never paste passwords, keys or recovery phrases.</source>
        <translation>زوّد المهندسين بالحقائق التي يحتاجونها. تتلقى كل تذكرة مرتبطة كل تغيير في الحالة كملاحظة داخلية. لا تلصق أبدًا كلمات مرور أو مفاتيح أو عبارات استرداد.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>ال&amp;ملخص:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;درجة الخطورة:</translation>
    </message>
    <message>
        <source>Steps to &amp;reproduce:</source>
        <translation>&amp;خطوات إعادة حدوث المشكلة:</translation>
    </message>
    <message>
        <source>&amp;Tx ids:</source>
        <translation>م&amp;عرّفات المعاملات:</translation>
    </message>
    <message>
        <source>&amp;Order ids:</source>
        <translation>معرّفات الأ&amp;وامر:</translation>
    </message>
    <message>
        <source>&amp;Affected assets:</source>
        <translation>الأ&amp;صول المتأثرة:</translation>
    </message>
    <message>
        <source>Other &amp;tickets (same problem):</source>
        <translation>تذاكر &amp;أخرى (المشكلة نفسها):</translation>
    </message>
    <message>
        <source>Screenshots and &amp;logs:</source>
        <translation>&amp;لقطات الشاشة والسجلات:</translation>
    </message>
    <message>
        <source>What is broken, in one line</source>
        <translation>ما الذي لا يعمل، في سطر واحد</translation>
    </message>
    <message>
        <source>1. …
2. …
What happened, and what should have happened</source>
        <translation>1. …
2. …
ما الذي حدث، وما الذي كان يجب أن يحدث</translation>
    </message>
    <message>
        <source>Separated by spaces or commas</source>
        <translation>مفصولة بمسافات أو فواصل</translation>
    </message>
    <message>
        <source>e.g. USDT, BTC</source>
        <translation>مثلًا: USDT، BTC</translation>
    </message>
    <message>
        <source>e.g. #1042 #1077</source>
        <translation>مثلًا: #1042 #1077</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>الملفات المراد إرفاقها</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;إضافة ملفات…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>PNG or JPEG screenshots, PDF or text logs; at most %1 KB each</source>
        <translation>لقطات شاشة PNG أو JPEG، وسجلات PDF أو نصية؛ بحد أقصى %1 KB لكل ملف</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;تصعيد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Attach screenshots or logs</source>
        <translation>إرفاق لقطات شاشة أو سجلات</translation>
    </message>
    <message>
        <source>Screenshots and logs (*.png *.jpg *.jpeg *.pdf *.txt *.log)</source>
        <translation>لقطات الشاشة والسجلات (*.png *.jpg *.jpeg *.pdf *.txt *.log)</translation>
    </message>
    <message>
        <source>At most %1 files.</source>
        <translation>الحد الأقصى لعدد الملفات: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تتعذّر قراءة %1.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 KB; at most %3 KB).</source>
        <translation>%1 كبير جدًا (%2 KB؛ الحد الأقصى %3 KB).</translation>
    </message>
    <message>
        <source>Other tickets: write ticket numbers, e.g. #1042 #1077.</source>
        <translation>تذاكر أخرى: اكتب أرقام التذاكر، مثلًا: #1042 #1077.</translation>
    </message>
    <message>
        <source>Check the field “%1”: it is empty, too long or has too many entries.</source>
        <translation>تحقق من الحقل «%1»: إنه فارغ أو طويل جدًا أو يحتوي على إدخالات كثيرة جدًا.</translation>
    </message>
    <message>
        <source>Not escalated: %1 Your text is kept; try again.</source>
        <translation>لم يتم التصعيد: %1 نصك محفوظ؛ حاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <source>State:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>وقت الطلب:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>الموعد النهائي:</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>التذكرة:</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>السبب المذكور:</translation>
    </message>
    <message>
        <source>Customer now:</source>
        <translation>العميل حاليًا:</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>&amp;فتح التذكرة</translation>
    </message>
    <message>
        <source>Customer's risk signals</source>
        <translation>إشارات الخطر لدى العميل</translation>
    </message>
    <message>
        <source>No risk signals in the last 30 days.</source>
        <translation>لا توجد إشارات خطر خلال آخر 30 يومًا.</translation>
    </message>
    <message>
        <source>Ticket &amp;conversation</source>
        <translation>م&amp;حادثة التذكرة</translation>
    </message>
    <message>
        <source>Ticket conversation</source>
        <translation>محادثة التذكرة</translation>
    </message>
    <message>
        <source>Select a request to see its evidence.</source>
        <translation>اختر طلبًا لعرض أدلته.</translation>
    </message>
    <message>
        <source>%1 — customer #%2 %3</source>
        <translation>%1 — العميل #%2 %3</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 بواسطة %2</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 بواسطة %2 (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>supervisor review due %1 (%2)</source>
        <translation>موعد مراجعة المشرف %1 (%2)</translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation>تنتهي الصلاحية %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>No ticket is linked to this request.</source>
        <translation>لا توجد تذكرة مرتبطة بهذا الطلب.</translation>
    </message>
    <message>
        <source>account FROZEN</source>
        <translation>الحساب مجمّد</translation>
    </message>
    <message>
        <source>account active</source>
        <translation>الحساب نشط</translation>
    </message>
    <message>
        <source>2FA on</source>
        <translation>2FA مفعّلة</translation>
    </message>
    <message>
        <source>2FA OFF</source>
        <translation>2FA معطّلة</translation>
    </message>
    <message>
        <source>withdrawals locked until %1</source>
        <translation>السحب مقفل حتى %1</translation>
    </message>
    <message>
        <source>⚠ account-takeover pattern</source>
        <translation>⚠ نمط الاستيلاء على الحساب</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>تعذّر التحميل: %1</translation>
    </message>
    <message>
        <source>Ticket &amp;conversation (could not load: %1)</source>
        <translation>م&amp;حادثة التذكرة (تعذّر التحميل: %1)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Subject or #id</source>
        <translation>الموضوع أو #المعرّف</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>البحث في التذاكر</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>الأولوية:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>القناة:</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Show every ticket of this view again</source>
        <translation>إظهار كل تذاكر هذا العرض مجددًا</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>تم تجاوزه</translation>
    </message>
    <message>
        <source>Not breached</source>
        <translation>لم يتم تجاوزه</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>أمان الحساب</translation>
    </message>
    <message>
        <source>Customer ID:</source>
        <translation>معرّف العميل:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>الدولة:</translation>
    </message>
    <message>
        <source>KYC:</source>
        <translation>KYC:</translation>
    </message>
    <message>
        <source>VIP tier:</source>
        <translation>مستوى VIP:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <source>Withdrawals:</source>
        <translation>السحب:</translation>
    </message>
    <message>
        <source>2FA:</source>
        <translation>2FA:</translation>
    </message>
    <message>
        <source>Password changed:</source>
        <translation>تغيير كلمة المرور:</translation>
    </message>
    <message>
        <source>Active sessions:</source>
        <translation>الجلسات النشطة:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>This system cannot keep revealed values out of screen recordings or screen sharing. Make sure you are not sharing your screen.</source>
        <translation>لا يستطيع هذا النظام منع ظهور القيم المكشوفة في تسجيلات الشاشة أو عند مشاركة الشاشة. تأكد من أنك لا تشارك شاشتك.</translation>
    </message>
    <message>
        <source>Level %1 (%2)</source>
        <translation>المستوى %1 (%2)</translation>
    </message>
    <message>
        <source>FROZEN</source>
        <translation>مجمّد</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Locked until %1 (%2)</source>
        <translation>مقفل حتى %1 (%2)</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>غير مقفل</translation>
    </message>
    <message>
        <source>On (last changed %1)</source>
        <translation>مفعّلة (آخر تغيير %1)</translation>
    </message>
    <message>
        <source>OFF (last changed %1)</source>
        <translation>معطّلة (آخر تغيير %1)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image: %1</source>
        <translation>صورة: %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>الصورة %1</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;ملاءمة</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>الحجم ال&amp;فعلي</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;حفظ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3 · %4%</source>
        <translation>%1 × %2 بكسل، %3 · %4%</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>لا يمكن عرض هذه الصورة.</translation>
    </message>
    <message>
        <source>Could not load the image: %1</source>
        <translation>تعذّر تحميل الصورة: %1</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Tickets: %1</source>
        <translation>التذاكر: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Could not load tickets: %1</source>
        <translation>تعذّر تحميل التذاكر: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>No tickets here.</source>
        <translation>لا توجد تذاكر هنا.</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>لا توجد تذاكر تطابق عوامل التصفية هذه.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n تذكرة</numerusform>
            <numerusform>%n تذكرة</numerusform>
            <numerusform>%n تذكرتان</numerusform>
            <numerusform>%n تذاكر</numerusform>
            <numerusform>%n تذكرة</numerusform>
            <numerusform>%n تذكرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>تم تحميل %n تذكرة؛ مرّر لعرض المزيد</numerusform>
            <numerusform>تم تحميل %n تذكرة؛ مرّر لعرض المزيد</numerusform>
            <numerusform>تم تحميل %n تذكرتين؛ مرّر لعرض المزيد</numerusform>
            <numerusform>تم تحميل %n تذاكر؛ مرّر لعرض المزيد</numerusform>
            <numerusform>تم تحميل %n تذكرة؛ مرّر لعرض المزيد</numerusform>
            <numerusform>تم تحميل %n تذكرة؛ مرّر لعرض المزيد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident record — customer #%1</source>
        <translation>سجل الحادثة — العميل #%1</translation>
    </message>
    <message>
        <source>Covering the last (&amp;days):</source>
        <translation>يشمل آخر (&amp;أيام):</translation>
    </message>
    <message>
        <source>Number of days the record covers</source>
        <translation>عدد الأيام التي يشملها السجل</translation>
    </message>
    <message>
        <source> d</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>ال&amp;خط الزمني</translation>
    </message>
    <message>
        <source>Nothing happened on this account in the period.</source>
        <translation>لم يحدث شيء على هذا الحساب خلال هذه الفترة.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة المحا&amp;ولة</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the record as a PDF document (A4)</source>
        <translation>حفظ السجل كمستند PDF (A4)</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>تصدير &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save the record as a Markdown text file</source>
        <translation>حفظ السجل كملف نصي بتنسيق Markdown</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Incident record — customer #%1 · %2</source>
        <translation>سجل الحادثة — العميل #%1 · %2</translation>
    </message>
    <message>
        <source>Building the incident record…</source>
        <translation>جارٍ إنشاء سجل الحادثة…</translation>
    </message>
    <message>
        <source>Some events are left out: the period holds more than one record shows. Choose fewer days.</source>
        <translation>بعض الأحداث مستبعدة: تتضمن الفترة أكثر مما يتسع له سجل واحد. اختر عددًا أقل من الأيام.</translation>
    </message>
    <message>
        <source>Could not build the incident record: %1</source>
        <translation>تعذّر إنشاء سجل الحادثة: %1</translation>
    </message>
    <message>
        <source>Export the incident record as PDF</source>
        <translation>تصدير سجل الحادثة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the incident record as Markdown</source>
        <translation>تصدير سجل الحادثة بصيغة Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>ملفات Markdown (*.md)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>جارٍ حفظ %1…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>تم الحفظ في %1</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>تعذّر حفظ الملف: %1</translation>
    </message>
</context>
<context>
    <name>IncidentExport</name>
    <message>
        <source>Incident record — customer #%1</source>
        <translation>سجل الحادثة — العميل #%1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 بواسطة %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>الأوقات</translation>
    </message>
    <message>
        <source>local time of the desk (%1)</source>
        <translation>بالتوقيت المحلي لمحطة العمل (%1)</translation>
    </message>
    <message>
        <source>Account now</source>
        <translation>الحساب حاليًا</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>مجمّد</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>المصادقة الثنائية</translation>
    </message>
    <message>
        <source>On</source>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>معطّلة</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>السحب</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>مقفل حتى %1</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>غير مقفل</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>الجلسات النشطة</translation>
    </message>
    <message>
        <source>Account-takeover pattern: several risk signals (new device, password or 2FA change, new withdrawal address, large withdrawal) happened within 24 hours, the latest within 72 hours.</source>
        <translation>نمط الاستيلاء على الحساب: وقعت عدة إشارات خطر (جهاز جديد، تغيير كلمة المرور أو 2FA، عنوان سحب جديد، سحب كبير) خلال 24 ساعة، آخرها خلال الـ72 ساعة الماضية.</translation>
    </message>
    <message>
        <source>The account does not show the account-takeover pattern now.</source>
        <translation>لا يُظهر الحساب حاليًا نمط الاستيلاء على الحساب.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>المنفّذ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Customer data is masked. Messages are shown by their first 200 characters. Revealed values are never part of this record.</source>
        <translation>بيانات العميل مخفية. تُعرض الرسائل بأول 200 حرف منها. القيم المكشوفة لا تُدرج في هذا السجل أبدًا.</translation>
    </message>
    <message>
        <source>The period holds more events than one record shows; choose a shorter one.</source>
        <translation>تتضمن الفترة أحداثًا أكثر مما يتسع له سجل واحد؛ اختر فترة أقصر.</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s))</source>
        <translation>
            <numerusform>الخط الزمني (%n حدث)</numerusform>
            <numerusform>الخط الزمني (%n حدث)</numerusform>
            <numerusform>الخط الزمني (%n حدثان)</numerusform>
            <numerusform>الخط الزمني (%n أحداث)</numerusform>
            <numerusform>الخط الزمني (%n حدثًا)</numerusform>
            <numerusform>الخط الزمني (%n حدث)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentWording</name>
    <message>
        <source>Risk signal: %1</source>
        <translation>إشارة خطر: %1</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>رسالة العميل</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>الرد على العميل</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>كشف بيانات شخصية</translation>
    </message>
    <message>
        <source>Ticket status changed</source>
        <translation>تغيير حالة التذكرة</translation>
    </message>
    <message>
        <source>Emergency action taken: %1</source>
        <translation>تنفيذ إجراء طارئ: %1</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>تقديم طلب: %1</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>موافقة: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>رفض: %1</translation>
    </message>
    <message>
        <source>Carried out: %1</source>
        <translation>تنفيذ: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>فشل: %1</translation>
    </message>
    <message>
        <source>Emergency action confirmed: %1</source>
        <translation>تأكيد إجراء طارئ: %1</translation>
    </message>
    <message>
        <source>Emergency action reversed: %1</source>
        <translation>التراجع عن إجراء طارئ: %1</translation>
    </message>
    <message>
        <source>Account restored: %1</source>
        <translation>استعادة الحساب: %1</translation>
    </message>
    <message>
        <source>Request expired: %1</source>
        <translation>انتهاء صلاحية الطلب: %1</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>إلغاء الطلب: %1</translation>
    </message>
    <message>
        <source>Review overdue: %1</source>
        <translation>تأخر المراجعة: %1</translation>
    </message>
    <message>
        <source>Customer (%1)</source>
        <translation>العميل (%1)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Part of a cluster of signals within 24 hours</source>
        <translation>جزء من مجموعة إشارات خلال 24 ساعة</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>التذكرة #%1: %2</translation>
    </message>
    <message>
        <source>Field: %1 (the value is not part of this record)</source>
        <translation>الحقل: %1 (القيمة غير مُدرجة في هذا السجل)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 → %3</source>
        <translation>التذكرة #%1: %2 ← %3</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>التعليق: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>النتيجة: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>الطلب #%1</translation>
    </message>
</context>
<context>
    <name>KbPanel</name>
    <message>
        <source>&amp;Search the knowledge base (any language):</source>
        <translation>&amp;بحث في قاعدة المعرفة (بأي لغة):</translation>
    </message>
    <message>
        <source>e.g. withdrawal delayed, 提现, 출금</source>
        <translation>مثلًا: تأخر السحب، 提现، 출금</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>البحث في قاعدة المعرفة</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>Article category</source>
        <translation>فئة المقالة</translation>
    </message>
    <message>
        <source>Article categories</source>
        <translation>فئات المقالات</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>نص المقالة</translation>
    </message>
    <message>
        <source>Insert &amp;link</source>
        <translation>إدراج &amp;رابط</translation>
    </message>
    <message>
        <source>Insert te&amp;xt</source>
        <translation>إدراج &amp;نص</translation>
    </message>
    <message>
        <source>Put the article's title and help-centre link into the reply</source>
        <translation>وضع عنوان المقالة ورابط مركز المساعدة في الرد</translation>
    </message>
    <message>
        <source>Put the article's whole text into the reply</source>
        <translation>وضع النص الكامل للمقالة في الرد</translation>
    </message>
    <message>
        <source>Finding articles for this ticket…</source>
        <translation>جارٍ البحث عن مقالات لهذه التذكرة…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>No article matches. Try other words, or another language.</source>
        <translation>لا توجد مقالة مطابقة. جرّب كلمات أخرى أو لغة أخرى.</translation>
    </message>
    <message>
        <source>Could not load articles: %1</source>
        <translation>تعذّر تحميل المقالات: %1</translation>
    </message>
    <message>
        <source>Results for “%1”</source>
        <translation>نتائج «%1»</translation>
    </message>
    <message>
        <source>Suggested for this ticket (%1)</source>
        <translation>مقترحة لهذه التذكرة (%1)</translation>
    </message>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>اختر مقالة لقراءتها هنا.</translation>
    </message>
    <message>
        <source>%1 · %2 · reviewed %3 by %4</source>
        <translation>%1 · %2 · راجعها %4 في %3</translation>
    </message>
    <message>
        <source>No version in %1; this is the %2 one.</source>
        <translation>لا توجد نسخة بلغة %1؛ هذه هي النسخة بلغة %2.</translation>
    </message>
    <message>
        <source>Stale: not reviewed for a long time. Check that it is still right before you send it.</source>
        <translation>قديمة: لم تُراجَع منذ مدة طويلة. تحقق من أنها لا تزال صحيحة قبل إرسالها.</translation>
    </message>
</context>
<context>
    <name>KbResultsModel</name>
    <message>
        <source>Stale: review overdue</source>
        <translation>قديمة: تأخرت المراجعة</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت المراجعة</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>قديمة</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>بانتظار العميل</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>بانتظار الموافقة</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>وكيل دعم</translation>
    </message>
    <message>
        <source>Security agent</source>
        <translation>مختص أمان</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>التداول</translation>
    </message>
    <message>
        <source>Deposits &amp; withdrawals</source>
        <translation>الإيداع والسحب</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>المسائل التقنية</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>الامتثال</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>تذاكري</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>You will have to sign in again next time.</source>
        <translation>سيتعين عليك تسجيل الدخول مجددًا في المرة القادمة.</translation>
    </message>
    <message>
        <source>No system keyring was found.</source>
        <translation>لم يُعثر على سلسلة مفاتيح للنظام.</translation>
    </message>
    <message>
        <source>The system keyring is turned off.</source>
        <translation>سلسلة مفاتيح النظام معطّلة.</translation>
    </message>
    <message>
        <source>The keyring in use keeps secrets in a file without proper protection.</source>
        <translation>سلسلة المفاتيح المستخدمة تحفظ الأسرار في ملف دون حماية كافية.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used here.</source>
        <translation>لا يمكن استخدام سلسلة مفاتيح النظام هنا.</translation>
    </message>
    <message>
        <source>The keyring in use is not recommended for secrets.</source>
        <translation>سلسلة المفاتيح المستخدمة غير موصى بها لحفظ الأسرار.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>موثّق</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>no valid host</source>
        <translation>لا يوجد مضيف صالح</translation>
    </message>
    <message>
        <source>⚠ Look-alike of %1: this is NOT the exchange's site.</source>
        <translation>⚠ موقع مشابه لـ %1: هذا ليس موقع منصة التداول.</translation>
    </message>
    <message>
        <source>Not a web address (%1:): the desk never opens it.</source>
        <translation>ليس عنوان ويب (%1:): لا تفتحه محطة العمل أبدًا.</translation>
    </message>
    <message>
        <source>⚠ The text before “@” only looks like an address: the link goes to the host shown.</source>
        <translation>⚠ النص قبل «@» يشبه العنوان فقط: الرابط يؤدي إلى المضيف المعروض.</translation>
    </message>
    <message>
        <source>A bare IP address instead of a name.</source>
        <translation>عنوان IP مجرد بدلًا من اسم.</translation>
    </message>
    <message>
        <source>Not encrypted (http).</source>
        <translation>غير مشفّر (http).</translation>
    </message>
    <message>
        <source>No valid host: the desk will not open it.</source>
        <translation>لا يوجد مضيف صالح: لن تفتحه محطة العمل.</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>رابط إلى %1</translation>
    </message>
    <message>
        <source>the exchange's own site</source>
        <translation>موقع منصة التداول نفسها</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>الرابط: %1</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>هل تريد فتح الرابط؟</translation>
    </message>
    <message>
        <source>This link is not a web address and cannot be opened.</source>
        <translation>هذا الرابط ليس عنوان ويب ولا يمكن فتحه.</translation>
    </message>
    <message>
        <source>This link comes from a message. Open it in your browser only if you trust the address below.</source>
        <translation>مصدر هذا الرابط رسالة. لا تفتحه في المتصفح إلا إذا كنت تثق بالعنوان أدناه.</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>المضيف: %1</translation>
    </message>
    <message>
        <source>Full address: %1</source>
        <translation>العنوان الكامل: %1</translation>
    </message>
    <message>
        <source>This address is not encrypted (http).</source>
        <translation>هذا العنوان غير مشفّر (http).</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>فتح في المتصفح</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>🔒 The desk is locked</source>
        <translation>🔒 محطة العمل مقفلة</translation>
    </message>
    <message>
        <source>Customer data is hidden while you are away. Your open tabs and unsent text are kept. Enter the current code from your authenticator app to unlock.</source>
        <translation>تُخفى بيانات العملاء أثناء غيابك. تبقى علاماتك المفتوحة والنصوص غير المرسلة كما هي. أدخل الرمز الحالي من تطبيق المصادقة لإلغاء القفل.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>تم تسجيل الدخول باسم %1 (%2)</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>&amp;رمز المصادقة:</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>رمز المصادقة</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 أرقام</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>إلغاء ال&amp;قفل</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>That code is wrong. Enter the current code from your authenticator app.</source>
        <translation>الرمز غير صحيح. أدخل الرمز الحالي من تطبيق المصادقة.</translation>
    </message>
</context>
<context>
    <name>LoginsModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>IP (masked)</source>
        <translation>IP (مخفي)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>جهاز جديد</translation>
    </message>
</context>
<context>
    <name>MacroEditor</name>
    <message>
        <source>Edit macro</source>
        <translation>تحرير الماكرو</translation>
    </message>
    <message>
        <source>New macro</source>
        <translation>ماكرو جديد</translation>
    </message>
    <message>
        <source>&amp;Name (agents search by it):</source>
        <translation>الا&amp;سم (يبحث به الوكلاء):</translation>
    </message>
    <message>
        <source>Set &amp;status:</source>
        <translation>تعيين ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Set &amp;category:</source>
        <translation>تعيين ال&amp;فئة:</translation>
    </message>
    <message>
        <source>Add &amp;tags (comma-separated):</source>
        <translation>إضافة و&amp;سوم (مفصولة بفواصل):</translation>
    </message>
    <message>
        <source>&amp;Knowledge-base article id for {kb_link}:</source>
        <translation>معرّف مقالة &amp;قاعدة المعرفة لـ {kb_link}:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>إبقاء كما هو</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Placeholders: %1. English is required; it is used when the customer's language has no text.</source>
        <translation>العناصر النائبة: %1. الإنجليزية إلزامية؛ وتُستخدم عندما لا يوجد نص بلغة العميل.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Every text needs a title and a body; the name is required; at most 5 tags.</source>
        <translation>يحتاج كل نص إلى عنوان ومتن؛ الاسم إلزامي؛ 5 وسوم كحد أقصى.</translation>
    </message>
    <message>
        <source>Write the English text too: it is what customers get when their language has none.</source>
        <translation>اكتب النص الإنجليزي أيضًا: فهو ما يتلقاه العملاء عندما لا يوجد نص بلغتهم.</translation>
    </message>
    <message>
        <source>Someone else changed this macro since you opened it. Close, reopen it and make your change again (copy your text first).</source>
        <translation>غيّر شخص آخر هذا الماكرو منذ أن فتحته. أغلقه وأعد فتحه ثم أجرِ تغييرك مجددًا (انسخ نصك أولًا).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>MacroManager</name>
    <message>
        <source>Manage macros</source>
        <translation>إدارة وحدات الماكرو</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>وحدات الماكرو</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <source>%n macro(s)</source>
        <translation>
            <numerusform>%n ماكرو</numerusform>
            <numerusform>%n ماكرو</numerusform>
            <numerusform>%n ماكرو</numerusform>
            <numerusform>%n ماكرو</numerusform>
            <numerusform>%n ماكرو</numerusform>
            <numerusform>%n ماكرو</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete macro</source>
        <translation>حذف الماكرو</translation>
    </message>
    <message>
        <source>Delete “%1” for every agent?</source>
        <translation>هل تريد حذف «%1» لجميع الوكلاء؟</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Loading macros…</source>
        <translation>جارٍ تحميل وحدات الماكرو…</translation>
    </message>
    <message>
        <source>Insert a macro</source>
        <translation>إدراج ماكرو</translation>
    </message>
    <message>
        <source>&amp;Find a macro (type to filter, arrows to choose, Enter to insert):</source>
        <translation>&amp;بحث عن ماكرو (اكتب للتصفية، والأسهم للاختيار، وEnter للإدراج):</translation>
    </message>
    <message>
        <source>Find a macro</source>
        <translation>البحث عن ماكرو</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>وحدات الماكرو</translation>
    </message>
    <message>
        <source>&amp;Text that will be inserted:</source>
        <translation>ال&amp;نص الذي سيُدرج:</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;إدراج</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>There are no macros yet. Supervisors add them in Desk → Manage macros.</source>
        <translation>لا توجد وحدات ماكرو بعد. يضيفها المشرفون من المكتب ← إدارة وحدات الماكرو.</translation>
    </message>
    <message>
        <source>Could not load macros: %1</source>
        <translation>تعذّر تحميل وحدات الماكرو: %1</translation>
    </message>
    <message>
        <source>No %1 version of this macro: the %2 one will be inserted.</source>
        <translation>لا توجد نسخة بلغة %1 من هذا الماكرو: ستُدرج النسخة بلغة %2.</translation>
    </message>
    <message>
        <source>{customer_name} stays as written here: the service puts the customer's name in the reply it sends them, and agents see the name masked.</source>
        <translation>يبقى {customer_name} هنا كما هو مكتوب: تضع الخدمة اسم العميل في الرد المرسل إليه، ويرى الوكلاء الاسم مخفيًا.</translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation>الحالة ← %1</translation>
    </message>
    <message>
        <source>category → %1</source>
        <translation>الفئة ← %1</translation>
    </message>
    <message>
        <source>tags + %1</source>
        <translation>الوسوم + %1</translation>
    </message>
    <message>
        <source>Changes nothing else on the ticket.</source>
        <translation>لا يغيّر شيئًا آخر في التذكرة.</translation>
    </message>
    <message>
        <source>Also sets: %1</source>
        <translation>يعيّن أيضًا: %1</translation>
    </message>
</context>
<context>
    <name>MacroTableModel</name>
    <message>
        <source>Macro</source>
        <translation>الماكرو</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>آخر تغيير بواسطة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desk — Locked</source>
        <translation>Desk — مقفل</translation>
    </message>
    <message>
        <source>Desk — %1</source>
        <translation>المكتب — %1</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only. %1</source>
        <translation>تُحفظ الرموز المميزة في الذاكرة لهذه الجلسة فقط. %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>تم تسجيل الدخول باسم %1 (%2) على %3</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;المكتب</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>ال&amp;تذكرة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Manage &amp;macros…</source>
        <translation>إدارة وحدات ال&amp;ماكرو…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;قفل الآن</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>التذكرة ال&amp;تالية</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>التذكرة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Open selected ticket</source>
        <translation>&amp;فتح التذكرة المحددة</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;رد</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;ملاحظة داخلية</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>&amp;إسناد إليّ</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>تغيير ال&amp;حالة</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>إ&amp;غلاق علامة التبويب</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Next &amp;tab</source>
        <translation>علامة التبويب ال&amp;تالية</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>علامة التبويب ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;حول</translation>
    </message>
    <message>
        <source>○ Connecting…</source>
        <translation>○ جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● تحديث مباشر</translation>
    </message>
    <message>
        <source>◌ Reconnecting…</source>
        <translation>◌ جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>○ Not live</source>
        <translation>○ التحديث المباشر متوقف</translation>
    </message>
    <message>
        <source>Live updates from the service</source>
        <translation>تحديثات مباشرة من الخدمة</translation>
    </message>
    <message>
        <source>Desk audit</source>
        <translation>تدقيق الفريق</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>الموافقات (%1)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Open the selected ticket</source>
        <translation>فتح التذكرة المحددة</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter، نقر مزدوج</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>إرسال الرد أو الملاحظة</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Close a ticket tab</source>
        <translation>إغلاق علامة تبويب تذكرة</translation>
    </message>
    <message>
        <source>Middle-click the tab</source>
        <translation>النقر بالزر الأوسط على علامة التبويب</translation>
    </message>
    <message>
        <source>Select several tickets</source>
        <translation>تحديد عدة تذاكر</translation>
    </message>
    <message>
        <source>Shift/Ctrl+click, Shift+arrows, Ctrl+A</source>
        <translation>Shift/Ctrl+نقر، Shift+الأسهم، Ctrl+A</translation>
    </message>
    <message>
        <source>Change the selected tickets</source>
        <translation>تغيير التذاكر المحددة</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>About the desk</source>
        <translation>حول Desk</translation>
    </message>
    <message>
        <source>Desk workstation, version %1</source>
        <translation>محطة عمل Desk، الإصدار %1</translation>
    </message>
    <message>
        <source>The support and security desks' workstation. Connected to %1.</source>
        <translation>محطة العمل لفرق الدعم والأمان. متصلة بـ %1.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>هل تريد تسجيل الخروج؟</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which signing out discards.</source>
        <translation>
            <numerusform>يوجد نص غير مُرسل في %n تذكرة، وسيُفقد عند تسجيل الخروج.</numerusform>
            <numerusform>يوجد نص غير مُرسل في %n تذكرة، وسيُفقد عند تسجيل الخروج.</numerusform>
            <numerusform>يوجد نص غير مُرسل في %n تذكرتين، وسيُفقد عند تسجيل الخروج.</numerusform>
            <numerusform>يوجد نص غير مُرسل في %n تذاكر، وسيُفقد عند تسجيل الخروج.</numerusform>
            <numerusform>يوجد نص غير مُرسل في %n تذكرة، وسيُفقد عند تسجيل الخروج.</numerusform>
            <numerusform>يوجد نص غير مُرسل في %n تذكرة، وسيُفقد عند تسجيل الخروج.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>تم تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation>هل تريد الإنهاء؟</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which quitting discards.</source>
        <translation>
            <numerusform>يوجد نص غير مُرسل في %n تذكرة، وسيُفقد عند الإنهاء.</numerusform>
            <numerusform>يوجد نص غير مُرسل في %n تذكرة، وسيُفقد عند الإنهاء.</numerusform>
            <numerusform>يوجد نص غير مُرسل في %n تذكرتين، وسيُفقد عند الإنهاء.</numerusform>
            <numerusform>يوجد نص غير مُرسل في %n تذاكر، وسيُفقد عند الإنهاء.</numerusform>
            <numerusform>يوجد نص غير مُرسل في %n تذكرة، وسيُفقد عند الإنهاء.</numerusform>
            <numerusform>يوجد نص غير مُرسل في %n تذكرة، وسيُفقد عند الإنهاء.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge #%1 into another ticket</source>
        <translation>دمج #%1 في تذكرة أخرى</translation>
    </message>
    <message>
        <source>Choose the ticket of the same customer to keep. The messages, notes, attachments and tags of #%1 “%2” move to it, and #%1 is closed with a link to it. This cannot be undone.</source>
        <translation>اختر تذكرة العميل نفسه التي سيُحتفظ بها. تُنقل رسائل #%1 «%2» وملاحظاتها ومرفقاتها ووسومها إليها، وتُغلق #%1 مع رابط إليها. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>&amp;Merge into selected</source>
        <translation>&amp;دمج في المحددة</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>لم يتم الدمج: %1</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message numerus="yes">
        <source>[%n attachment(s): %1]</source>
        <translation>
            <numerusform>[%n مرفق: %1]</numerusform>
            <numerusform>[%n مرفق: %1]</numerusform>
            <numerusform>[%n مرفقان: %1]</numerusform>
            <numerusform>[%n مرفقات: %1]</numerusform>
            <numerusform>[%n مرفقًا: %1]</numerusform>
            <numerusform>[%n مرفق: %1]</numerusform>
        </translation>
    </message>
    <message>
        <source>[Longer than shown: %1 characters in all. “Copy message text” (Ctrl+C) copies all of it.]</source>
        <translation>[أطول مما يُعرض: إجمالي الأحرف %1. يؤدي «نسخ نص الرسالة» (Ctrl+C) إلى نسخه كاملًا.]</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Queued: not sent yet</source>
        <translation>في قائمة الانتظار: لم تُرسل بعد</translation>
    </message>
    <message>
        <source>Not sent: the service refused it</source>
        <translation>لم تُرسل: رفضتها الخدمة</translation>
    </message>
</context>
<context>
    <name>OpenRequestsModel</name>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>مقدّم الطلب</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>عمر الطلب</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>%1 — emergency, under review</source>
        <translation>%1 — طارئ، قيد المراجعة</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (أنت)</translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation>المراجعة: %1</translation>
    </message>
    <message>
        <source>expires: %1</source>
        <translation>تنتهي الصلاحية: %1</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Offline: %n message(s) queued, sent when the service is back</source>
        <translation>
            <numerusform>⚠ غير متصل: %n رسالة في قائمة الانتظار، تُرسل عند عودة الخدمة</numerusform>
            <numerusform>⚠ غير متصل: %n رسالة في قائمة الانتظار، تُرسل عند عودة الخدمة</numerusform>
            <numerusform>⚠ غير متصل: %n رسالتان في قائمة الانتظار، تُرسلان عند عودة الخدمة</numerusform>
            <numerusform>⚠ غير متصل: %n رسائل في قائمة الانتظار، تُرسل عند عودة الخدمة</numerusform>
            <numerusform>⚠ غير متصل: %n رسالة في قائمة الانتظار، تُرسل عند عودة الخدمة</numerusform>
            <numerusform>⚠ غير متصل: %n رسالة في قائمة الانتظار، تُرسل عند عودة الخدمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued message(s) wait for you to sign in again</source>
        <translation>
            <numerusform>%n رسالة في قائمة الانتظار تنتظر تسجيل دخولك مجددًا</numerusform>
            <numerusform>%n رسالة في قائمة الانتظار تنتظر تسجيل دخولك مجددًا</numerusform>
            <numerusform>%n رسالتان في قائمة الانتظار تنتظران تسجيل دخولك مجددًا</numerusform>
            <numerusform>%n رسائل في قائمة الانتظار تنتظر تسجيل دخولك مجددًا</numerusform>
            <numerusform>%n رسالة في قائمة الانتظار تنتظر تسجيل دخولك مجددًا</numerusform>
            <numerusform>%n رسالة في قائمة الانتظار تنتظر تسجيل دخولك مجددًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n queued message(s)…</source>
        <translation>
            <numerusform>جارٍ إرسال %n رسالة من قائمة الانتظار…</numerusform>
            <numerusform>جارٍ إرسال %n رسالة من قائمة الانتظار…</numerusform>
            <numerusform>جارٍ إرسال %n رسالتين من قائمة الانتظار…</numerusform>
            <numerusform>جارٍ إرسال %n رسائل من قائمة الانتظار…</numerusform>
            <numerusform>جارٍ إرسال %n رسالة من قائمة الانتظار…</numerusform>
            <numerusform>جارٍ إرسال %n رسالة من قائمة الانتظار…</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are kept in memory only</source>
        <translation>تُحفظ المسودات في الذاكرة فقط</translation>
    </message>
    <message>
        <source>Replies and notes you send go to this computer's outbox first and are delivered in order, each exactly once.</source>
        <translation>تنتقل الردود والملاحظات التي ترسلها أولًا إلى صندوق الصادر على هذا الكمبيوتر، وتُسلَّم بالترتيب، كلٌّ منها مرة واحدة بالضبط.</translation>
    </message>
    <message>
        <source>Without a safe system keyring, drafts and queued messages are kept in memory only and are lost if the app closes.</source>
        <translation>بدون سلسلة مفاتيح نظام آمنة، تُحفظ المسودات والرسائل المنتظرة في الذاكرة فقط وتُفقد إذا أُغلق التطبيق.</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>%1 is replying</source>
        <translation>%1 يكتب ردًا</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 يطّلع على التذكرة</translation>
    </message>
</context>
<context>
    <name>PresenceBar</name>
    <message>
        <source>Others on this ticket</source>
        <translation>آخرون على هذه التذكرة</translation>
    </message>
</context>
<context>
    <name>ReplyAllDialog</name>
    <message>
        <source>Reply to all linked tickets</source>
        <translation>الرد على كل التذاكر المرتبطة</translation>
    </message>
    <message>
        <source>Escalation #%1 (%2): %3</source>
        <translation>التصعيد #%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n linked ticket(s) will each get a normal reply.</source>
        <translation>
            <numerusform>ستتلقى %n تذكرة مرتبطة ردًا عاديًا.</numerusform>
            <numerusform>ستتلقى %n تذكرة مرتبطة ردًا عاديًا.</numerusform>
            <numerusform>ستتلقى كلٌّ من %n تذكرتين مرتبطتين ردًا عاديًا.</numerusform>
            <numerusform>ستتلقى كلٌّ من %n تذاكر مرتبطة ردًا عاديًا.</numerusform>
            <numerusform>ستتلقى كلٌّ من %n تذكرة مرتبطة ردًا عاديًا.</numerusform>
            <numerusform>ستتلقى كلٌّ من %n تذكرة مرتبطة ردًا عاديًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Macro (each customer gets it in their language):</source>
        <translation>ال&amp;ماكرو (يتلقاه كل عميل بلغته):</translation>
    </message>
    <message>
        <source>No macro: send the text below to everyone</source>
        <translation>بدون ماكرو: إرسال النص أدناه إلى الجميع</translation>
    </message>
    <message>
        <source>&amp;Reply text:</source>
        <translation>&amp;نص الرد:</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>نص الرد</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>&amp;Send to all</source>
        <translation>إ&amp;رسال إلى الكل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n ticket(s).</source>
        <translation>
            <numerusform>أُرسل إلى %n تذكرة.</numerusform>
            <numerusform>أُرسل إلى %n تذكرة.</numerusform>
            <numerusform>أُرسل إلى %n تذكرتين.</numerusform>
            <numerusform>أُرسل إلى %n تذاكر.</numerusform>
            <numerusform>أُرسل إلى %n تذكرة.</numerusform>
            <numerusform>أُرسل إلى %n تذكرة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent to %n ticket(s): %1 Send again to retry only those.</source>
        <translation>
            <numerusform>لم يُرسل إلى %n تذكرة: %1 أعد الإرسال لإعادة المحاولة لها فقط.</numerusform>
            <numerusform>لم يُرسل إلى %n تذكرة: %1 أعد الإرسال لإعادة المحاولة لها فقط.</numerusform>
            <numerusform>لم يُرسل إلى %n تذكرتين: %1 أعد الإرسال لإعادة المحاولة لهما فقط.</numerusform>
            <numerusform>لم يُرسل إلى %n تذاكر: %1 أعد الإرسال لإعادة المحاولة لها فقط.</numerusform>
            <numerusform>لم يُرسل إلى %n تذكرة: %1 أعد الإرسال لإعادة المحاولة لها فقط.</numerusform>
            <numerusform>لم يُرسل إلى %n تذكرة: %1 أعد الإرسال لإعادة المحاولة لها فقط.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 Send again to retry.</source>
        <translation>لم يُرسل: %1 أعد الإرسال لإعادة المحاولة.</translation>
    </message>
</context>
<context>
    <name>ReplyCollision</name>
    <message>
        <source>Someone else replied</source>
        <translation>ردّ شخص آخر</translation>
    </message>
    <message>
        <source>%1 replied to the customer since you opened this ticket. Send your reply anyway?</source>
        <translation>ردّ %1 على العميل منذ أن فتحت هذه التذكرة. هل تريد إرسال ردك على أي حال؟</translation>
    </message>
    <message>
        <source>Their reply:</source>
        <translation>الرد الآخر:</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>إرسال على &amp;أي حال</translation>
    </message>
</context>
<context>
    <name>ReplyWarning</name>
    <message>
        <source>Something that looks like a password (after “%1”).</source>
        <translation>شيء يشبه كلمة مرور (بعد «%1»).</translation>
    </message>
    <message>
        <source>Something that looks like a one-time code (after “%1”).</source>
        <translation>شيء يشبه رمزًا لمرة واحدة (بعد «%1»).</translation>
    </message>
    <message>
        <source>A personal-data value revealed earlier in this session: %1.</source>
        <translation>قيمة بيانات شخصية كُشفت سابقًا في هذه الجلسة: %1.</translation>
    </message>
    <message>
        <source>A link to %1, which is not one of the exchange's domains.</source>
        <translation>رابط إلى %1، وهو ليس من نطاقات منصة التداول.</translation>
    </message>
    <message>
        <source>Send this reply?</source>
        <translation>هل تريد إرسال هذا الرد؟</translation>
    </message>
    <message>
        <source>This reply to the customer contains something agents must never send:</source>
        <translation>يحتوي هذا الرد على العميل على شيء يجب ألا يرسله الوكلاء أبدًا:</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>إرسال على &amp;أي حال</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Reveal %1</source>
        <translation>كشف %1</translation>
    </message>
    <message>
        <source>Revealing the customer's %1 is recorded with your name and reason, and the customer's security team can see it. The value is shown for 30 seconds.</source>
        <translation>يُسجَّل كشف %1 الخاص بالعميل مع اسمك والسبب، ويمكن لفريق أمان العميل الاطلاع على ذلك. تُعرض القيمة لمدة 30 ثانية.</translation>
    </message>
    <message>
        <source>&amp;Why do you need it? (at least 3 characters)</source>
        <translation>&amp;لماذا تحتاج إليها؟ (3 أحرف على الأقل)</translation>
    </message>
    <message>
        <source>Reason for revealing</source>
        <translation>سبب الكشف</translation>
    </message>
    <message>
        <source>e.g. caller verification for ticket #…</source>
        <translation>مثال: التحقق من هوية المتصل للتذكرة #…</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;كشف</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be stored.</source>
        <translation>يحتوي السبب على أحرف لا يمكن حفظها.</translation>
    </message>
</context>
<context>
    <name>RevealableValue</name>
    <message>
        <source>Reveal…</source>
        <translation>كشف…</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>كشف %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy %1 (cleared from the clipboard in 30 s)</source>
        <translation>نسخ %1 (يُمسح من الحافظة خلال 30 ثانية)</translation>
    </message>
    <message numerus="yes">
        <source>hides in %n s</source>
        <translation>
            <numerusform>يختفي خلال %n ثانية</numerusform>
            <numerusform>يختفي خلال %n ثانية</numerusform>
            <numerusform>يختفي خلال %n ثانيتين</numerusform>
            <numerusform>يختفي خلال %n ثوانٍ</numerusform>
            <numerusform>يختفي خلال %n ثانية</numerusform>
            <numerusform>يختفي خلال %n ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealsModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>السبب المذكور</translation>
    </message>
</context>
<context>
    <name>RiskSignalsModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>الإشارة</translation>
    </message>
    <message>
        <source>24 h cluster</source>
        <translation>تجمّع 24 ساعة</translation>
    </message>
    <message>
        <source>● clustered</source>
        <translation>● ضمن تجمّع</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>RiskTimeline</name>
    <message>
        <source>Risk signals (last 30 days, oldest first)</source>
        <translation>إشارات الخطر (آخر 30 يومًا، الأقدم أولًا)</translation>
    </message>
    <message>
        <source>No risk signals in the last 30 days.</source>
        <translation>لا توجد إشارات خطر خلال آخر 30 يومًا.</translation>
    </message>
    <message numerus="yes">
        <source>Highlighted: %n signals that happened within 24 hours of each other.</source>
        <translation>
            <numerusform>تم تمييز %n إشارة وقعت خلال 24 ساعة من بعضها.</numerusform>
            <numerusform>تم تمييز %n إشارة وقعت خلال 24 ساعة من إشارة أخرى.</numerusform>
            <numerusform>تم تمييز %n إشارتين وقعتا خلال 24 ساعة من بعضهما.</numerusform>
            <numerusform>تم تمييز %n إشارات وقعت خلال 24 ساعة من بعضها.</numerusform>
            <numerusform>تم تمييز %n إشارة وقعت خلال 24 ساعة من بعضها.</numerusform>
            <numerusform>تم تمييز %n إشارة وقعت خلال 24 ساعة من بعضها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>%1 · from %2 · IP %3</source>
        <translation>%1 · من %2 · عنوان IP %3</translation>
    </message>
    <message>
        <source>%1 address %2</source>
        <translation>عنوان %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 (about %3 US dollars), %4</source>
        <translation>%1 %2 (نحو %3 دولار أمريكي)، %4</translation>
    </message>
    <message>
        <source>Password reset through the email link</source>
        <translation>إعادة تعيين كلمة المرور عبر رابط البريد الإلكتروني</translation>
    </message>
    <message>
        <source>2FA turned on (authenticator app)</source>
        <translation>تفعيل المصادقة الثنائية (تطبيق المصادقة)</translation>
    </message>
    <message>
        <source>2FA moved to another device</source>
        <translation>نقل المصادقة الثنائية إلى جهاز آخر</translation>
    </message>
    <message>
        <source>2FA turned off</source>
        <translation>إيقاف المصادقة الثنائية</translation>
    </message>
    <message>
        <source>Authenticator bound to a new device</source>
        <translation>ربط تطبيق المصادقة بجهاز جديد</translation>
    </message>
    <message>
        <source>Email address changed</source>
        <translation>تغيير عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>2FA reset by the security desk (request #%1)</source>
        <translation>أعاد فريق الأمان تعيين المصادقة الثنائية (الطلب #%1)</translation>
    </message>
</context>
<context>
    <name>SecurityWording</name>
    <message>
        <source>Freeze account</source>
        <translation>تجميد الحساب</translation>
    </message>
    <message>
        <source>Unfreeze account</source>
        <translation>إلغاء تجميد الحساب</translation>
    </message>
    <message>
        <source>Reset 2FA</source>
        <translation>إعادة تعيين 2FA</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>إنهاء جميع الجلسات</translation>
    </message>
    <message>
        <source>Lock withdrawals</source>
        <translation>قفل السحب</translation>
    </message>
    <message>
        <source>Unlock withdrawals</source>
        <translation>إلغاء قفل السحب</translation>
    </message>
    <message numerus="yes">
        <source>Lock withdrawals (%n h)</source>
        <translation>
            <numerusform>قفل السحب (%n ساعة)</numerusform>
            <numerusform>قفل السحب (%n ساعة)</numerusform>
            <numerusform>قفل السحب (%n ساعتان)</numerusform>
            <numerusform>قفل السحب (%n ساعات)</numerusform>
            <numerusform>قفل السحب (%n ساعة)</numerusform>
            <numerusform>قفل السحب (%n ساعة)</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer can no longer sign in, trade, deposit or withdraw until the account is unfrozen. Open orders stay as they are.</source>
        <translation>لن يتمكن العميل من تسجيل الدخول أو التداول أو الإيداع أو السحب حتى يُلغى تجميد الحساب. تبقى الأوامر المفتوحة كما هي.</translation>
    </message>
    <message>
        <source>The customer can sign in, trade and withdraw again. Do this only once you are sure the person asking is the account owner.</source>
        <translation>يستطيع العميل مجددًا تسجيل الدخول والتداول والسحب. لا تفعل ذلك إلا بعد التأكد من أن مقدّم الطلب هو صاحب الحساب.</translation>
    </message>
    <message>
        <source>Two-factor authentication is switched off, every session is signed out, and withdrawals are locked for 48 hours. The customer sets up 2FA again at the next sign-in.</source>
        <translation>تُعطَّل المصادقة الثنائية (2FA)، ويُسجَّل الخروج من كل الجلسات، ويُقفل السحب لمدة 48 ساعة. يُعيد العميل إعداد 2FA عند تسجيل الدخول التالي.</translation>
    </message>
    <message>
        <source>Every device signed in to this account is signed out at once. The customer (or an attacker) must sign in again with password and 2FA.</source>
        <translation>يُسجَّل الخروج فورًا من كل جهاز مسجّل الدخول إلى هذا الحساب. يجب على العميل (أو المهاجم) تسجيل الدخول مجددًا بكلمة المرور و2FA.</translation>
    </message>
    <message numerus="yes">
        <source>No withdrawals can leave this account for the next %n h. Deposits and trading continue.</source>
        <translation>
            <numerusform>لا يمكن إجراء أي سحب من هذا الحساب لمدة %n ساعة. يستمر الإيداع والتداول.</numerusform>
            <numerusform>لا يمكن إجراء أي سحب من هذا الحساب لمدة %n ساعة. يستمر الإيداع والتداول.</numerusform>
            <numerusform>لا يمكن إجراء أي سحب من هذا الحساب لمدة %n ساعتين. يستمر الإيداع والتداول.</numerusform>
            <numerusform>لا يمكن إجراء أي سحب من هذا الحساب لمدة %n ساعات. يستمر الإيداع والتداول.</numerusform>
            <numerusform>لا يمكن إجراء أي سحب من هذا الحساب لمدة %n ساعة. يستمر الإيداع والتداول.</numerusform>
            <numerusform>لا يمكن إجراء أي سحب من هذا الحساب لمدة %n ساعة. يستمر الإيداع والتداول.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawals are possible again at once, to any address in the customer's address book.</source>
        <translation>يصبح السحب ممكنًا مجددًا على الفور، إلى أي عنوان في دفتر عناوين العميل.</translation>
    </message>
    <message>
        <source>The account is frozen immediately, before anyone approves it. A supervisor reviews the freeze within 30 minutes and may reverse it. Use this only when funds are at risk right now.</source>
        <translation>يُجمَّد الحساب فورًا، قبل أن يوافق عليه أحد. يراجع مشرف التجميد خلال 30 دقيقة وقد يتراجع عنه. لا تستخدم هذا إلا عندما تكون الأموال معرّضة للخطر الآن.</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>بانتظار الموافقة</translation>
    </message>
    <message>
        <source>Approved and carried out</source>
        <translation>تمت الموافقة والتنفيذ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Taken, under review</source>
        <translation>منفّذ، قيد المراجعة</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>تم التراجع عنه</translation>
    </message>
    <message>
        <source>Approved, being carried out</source>
        <translation>تمت الموافقة، قيد التنفيذ</translation>
    </message>
    <message>
        <source>Reversal approved, being carried out</source>
        <translation>تمت الموافقة على التراجع، وجارٍ تنفيذه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>جهاز جديد</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>2FA changed</source>
        <translation>تغيير 2FA</translation>
    </message>
    <message>
        <source>New withdrawal address</source>
        <translation>عنوان سحب جديد</translation>
    </message>
    <message>
        <source>Large withdrawal</source>
        <translation>سحب كبير</translation>
    </message>
    <message>
        <source>Something went wrong on this workstation (%1).</source>
        <translation>حدث خطأ ما في محطة العمل هذه (%1).</translation>
    </message>
    <message>
        <source>This request changed since you opened it. Look at it again.</source>
        <translation>تغيّر هذا الطلب منذ أن فتحته. راجعه مجددًا.</translation>
    </message>
    <message>
        <source>This request was already decided.</source>
        <translation>سبق البتّ في هذا الطلب.</translation>
    </message>
    <message>
        <source>This would change nothing on the account now.</source>
        <translation>لن يغيّر هذا شيئًا في الحساب حاليًا.</translation>
    </message>
    <message>
        <source>This request expired before anyone decided it.</source>
        <translation>انتهت صلاحية هذا الطلب قبل أن يبتّ فيه أحد.</translation>
    </message>
    <message>
        <source>Your own request must be decided by another supervisor.</source>
        <translation>يجب أن يبتّ مشرف آخر في طلبك.</translation>
    </message>
    <message>
        <source>Only protective actions can be taken as an emergency.</source>
        <translation>لا يمكن تنفيذ سوى الإجراءات الوقائية كإجراء طارئ.</translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code and try again.</source>
        <translation>سبق استخدام هذا الرمز. انتظر الرمز التالي وحاول مجددًا.</translation>
    </message>
    <message>
        <source>That code is not right. Check your authenticator app.</source>
        <translation>هذا الرمز غير صحيح. تحقق من تطبيق المصادقة.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>محاولات كثيرة جدًا. انتظر بضع دقائق وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The account system could not carry this out.</source>
        <translation>تعذّر على نظام الحسابات تنفيذ ذلك.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>لا يسمح دورك بذلك.</translation>
    </message>
    <message>
        <source>It no longer exists, or you may not see it.</source>
        <translation>لم يعد موجودًا، أو لا يُسمح لك بالاطلاع عليه.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>انتهت جلستك. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>The desk service cannot be reached. Try again in a moment.</source>
        <translation>تعذّر الوصول إلى خدمة Desk. حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <source>Someone changed this meanwhile. Look at it again.</source>
        <translation>غيّر شخص آخر هذا في الأثناء. راجعه مجددًا.</translation>
    </message>
    <message>
        <source>The service refused the value of %1.</source>
        <translation>رفضت الخدمة قيمة %1.</translation>
    </message>
    <message>
        <source>The service refused this (%1).</source>
        <translation>رفضت الخدمة هذا الطلب (%1).</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The system keyring could not be opened.</source>
        <translation>تعذّر فتح سلسلة مفاتيح النظام.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <source>IP (masked)</source>
        <translation>IP (مخفي)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The system's language (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <source>Dates and numbers:</source>
        <translation>التواريخ والأرقام:</translation>
    </message>
    <message>
        <source>Dates and numbers</source>
        <translation>التواريخ والأرقام</translation>
    </message>
</context>
<context>
    <name>ShortcutModel</name>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>إعادة تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign in to the desk</source>
        <translation>تسجيل الدخول إلى Desk</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on; your open tickets and unsent text are kept.</source>
        <translation>انتهت جلستك. سجّل الدخول مجددًا للمتابعة؛ تبقى تذاكرك المفتوحة ونصوصك غير المرسلة محفوظة.</translation>
    </message>
    <message>
        <source>Sign in with your desk account and the code from your authenticator app.</source>
        <translation>سجّل الدخول بحساب Desk الخاص بك والرمز من تطبيق المصادقة.</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only. %1</source>
        <translation>تُحفظ الرموز المميزة في الذاكرة لهذه الجلسة فقط. %1</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 أرقام</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>رمز المصادقة</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation>الرمز المكوّن من 6 أرقام من تطبيق المصادقة</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعتان</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعة و%2 دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>تم تجاوزه</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>تم الالتزام به</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>متأخر بمقدار %1</translation>
    </message>
    <message>
        <source>The resolution clock is paused while the customer has to answer.</source>
        <translation>مهلة الحل متوقفة مؤقتًا ما دام الرد مطلوبًا من العميل.</translation>
    </message>
    <message>
        <source>The service target was missed.</source>
        <translation>تم تجاوز مهلة الخدمة.</translation>
    </message>
    <message>
        <source>No service target is running.</source>
        <translation>لا توجد مهلة خدمة سارية.</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>الرد الأول</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>%1 was due at %2: overdue.</source>
        <translation>%1: كان الموعد النهائي %2، وقد تأخر.</translation>
    </message>
    <message>
        <source>%1 due at %2: due soon.</source>
        <translation>%1: الموعد النهائي %2، وهو قريب.</translation>
    </message>
    <message>
        <source>%1 due at %2.</source>
        <translation>%1: الموعد النهائي %2.</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Confirm it's you</source>
        <translation>أكّد هويتك</translation>
    </message>
    <message>
        <source>🔒 Confirm it's you</source>
        <translation>🔒 أكّد هويتك</translation>
    </message>
    <message>
        <source>Enter the current code from your authenticator app. What you typed is kept: the step continues by itself once the code is accepted.</source>
        <translation>أدخل الرمز الحالي من تطبيق المصادقة. ما كتبته محفوظ: تتابع الخطوة تلقائيًا بمجرد قبول الرمز.</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>&amp;رمز المصادقة:</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>رمز المصادقة</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 أرقام</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>&amp;تأكيد</translation>
    </message>
</context>
<context>
    <name>SystemNotes</name>
    <message>
        <source>a wallet recovery phrase</source>
        <translation>عبارة استرداد محفظة</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>مفتاحًا خاصًا</translation>
    </message>
    <message>
        <source>a payment card number</source>
        <translation>رقم بطاقة دفع</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>حرجة</translation>
    </message>
    <message>
        <source>high</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>The customer sent what looks like %1. The desk removed it before storing the message, so no one here can see it. Tell the customer that anyone who saw it can take their funds: they must move their funds to a new wallet with a new recovery phrase now (or cancel the card), and that support will never ask for it.</source>
        <translation>أرسل العميل ما يبدو أنه %1. أزالته محطة العمل قبل حفظ الرسالة، فلا يستطيع أحد هنا رؤيته. أخبر العميل أن أي شخص رآه يمكنه الاستيلاء على أمواله: يجب عليه نقل أمواله الآن إلى محفظة جديدة بعبارة استرداد جديدة (أو إلغاء البطاقة)، وأن الدعم لن يطلبه أبدًا.</translation>
    </message>
    <message>
        <source>Auto-acknowledgement sent to the customer.</source>
        <translation>أُرسل إقرار استلام تلقائي إلى العميل.</translation>
    </message>
    <message>
        <source>Escalated to engineering by %1 as #%2 (%3): %4</source>
        <translation>صعّده %1 إلى فريق الهندسة برقم #%2 (%3): %4</translation>
    </message>
    <message>
        <source>Linked by %1 to engineering escalation #%2 (%3): %4. Status: %5</source>
        <translation>ربطه %1 بتصعيد الهندسة #%2 (%3): %4. الحالة: %5</translation>
    </message>
    <message>
        <source>Engineering escalation #%1 is now: %2. Engineering's note: %3</source>
        <translation>حالة تصعيد الهندسة #%1 الآن: %2. ملاحظة فريق الهندسة: %3</translation>
    </message>
    <message>
        <source>Engineering escalation #%1 is now: %2</source>
        <translation>حالة تصعيد الهندسة #%1 الآن: %2</translation>
    </message>
</context>
<context>
    <name>TakeoverBanner</name>
    <message>
        <source>⚠ Account-takeover pattern</source>
        <translation>⚠ نمط الاستيلاء على الحساب</translation>
    </message>
    <message>
        <source>Several risk signals (new device, password or 2FA change, new withdrawal address, large withdrawal) happened within 24 hours. Verify the caller before changing anything for them.</source>
        <translation>وقعت عدة إشارات خطر (جهاز جديد، تغيير كلمة المرور أو 2FA، عنوان سحب جديد، سحب كبير) خلال 24 ساعة. تحقق من هوية المتصل قبل تغيير أي شيء بناءً على طلبه.</translation>
    </message>
    <message>
        <source>Emergency &amp;freeze…</source>
        <translation>&amp;تجميد طارئ…</translation>
    </message>
    <message>
        <source>Emergency freeze (takes effect at once)</source>
        <translation>تجميد طارئ (يسري فورًا)</translation>
    </message>
</context>
<context>
    <name>TicketControls</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>الأ&amp;ولوية:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <source>Assign&amp;ee:</source>
        <translation>ال&amp;مسؤول:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>الو&amp;سوم:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>إسناد إليّ</translation>
    </message>
    <message>
        <source>Assign this ticket to yourself (Ctrl+Shift+A)</source>
        <translation>إسناد هذه التذكرة إليك (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>مفصولة، بفواصل</translation>
    </message>
    <message>
        <source>Press Enter to save the tags</source>
        <translation>اضغط Enter لحفظ الوسوم</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <source>Loading ticket…</source>
        <translation>جارٍ تحميل التذكرة…</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>مُسندة إلى %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <source>This customer's account shows the account-takeover pattern right now. Check the security panel before acting on any request.</source>
        <translation>يُظهر حساب هذا العميل حاليًا نمط الاستيلاء على الحساب. راجع لوحة الأمان قبل تنفيذ أي طلب.</translation>
    </message>
    <message>
        <source>⚠ Customer exposed a secret: they sent a recovery phrase, private key or card number. The desk removed it before storing the message. Read the internal note: tell the customer to move their funds to a new wallet now.</source>
        <translation>⚠ كشف العميل سرًا: أرسل عبارة استرداد أو مفتاحًا خاصًا أو رقم بطاقة. أزالته محطة العمل قبل حفظ الرسالة. اقرأ الملاحظة الداخلية: اطلب من العميل نقل أمواله إلى محفظة جديدة فورًا.</translation>
    </message>
    <message>
        <source>Customer rating: %1 (%2 of 5)</source>
        <translation>تقييم العميل: %1 (%2 من 5)</translation>
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
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Subject or #number</source>
        <translation>الموضوع أو #الرقم</translation>
    </message>
    <message>
        <source>Find in the customer's tickets</source>
        <translation>البحث في تذاكر العميل</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>The customer's tickets</source>
        <translation>تذاكر العميل</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Could not load the tickets: %1</source>
        <translation>تعذّر تحميل التذاكر: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>No tickets match.</source>
        <translation>لا توجد تذاكر مطابقة.</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>لا توجد تذاكر.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n تذكرة</numerusform>
            <numerusform>%n تذكرة</numerusform>
            <numerusform>%n تذكرتان</numerusform>
            <numerusform>%n تذاكر</numerusform>
            <numerusform>%n تذكرة</numerusform>
            <numerusform>%n تذكرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>تم تحميل %n تذكرة؛ مرّر لعرض المزيد</numerusform>
            <numerusform>تم تحميل %n تذكرة؛ مرّر لعرض المزيد</numerusform>
            <numerusform>تم تحميل %n تذكرتين؛ مرّر لعرض المزيد</numerusform>
            <numerusform>تم تحميل %n تذاكر؛ مرّر لعرض المزيد</numerusform>
            <numerusform>تم تحميل %n تذكرة؛ مرّر لعرض المزيد</numerusform>
            <numerusform>تم تحميل %n تذكرة؛ مرّر لعرض المزيد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketTab</name>
    <message>
        <source>&amp;Reload</source>
        <translation>إعادة ال&amp;تحميل</translation>
    </message>
    <message>
        <source>&amp;Discard the unsent message</source>
        <translation>&amp;تجاهل الرسالة غير المرسلة</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>التذكرة %1</translation>
    </message>
    <message>
        <source>Its messages, notes and files moved to #%1 with the merge.</source>
        <translation>نُقلت رسائلها وملاحظاتها وملفاتها إلى #%1 مع الدمج.</translation>
    </message>
    <message>
        <source>This ticket no longer exists, or you can no longer see it.</source>
        <translation>لم تعد هذه التذكرة موجودة، أو لم يعد بإمكانك الاطلاع عليها.</translation>
    </message>
    <message>
        <source>Could not load this ticket: %1</source>
        <translation>تعذّر تحميل هذه التذكرة: %1</translation>
    </message>
    <message>
        <source>Someone else changed this ticket since you last saw it, so your change was not saved. Reload to see their change, then decide again.</source>
        <translation>غيّر شخص آخر هذه التذكرة منذ آخر مرة اطّلعت عليها، لذا لم يُحفظ تغييرك. أعد التحميل لرؤية تغييره، ثم قرّر مجددًا.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>A queued message was not sent: %1 It stays in the conversation, marked as not sent: copy it from there, or select it and press Delete to discard it.</source>
        <translation>لم تُرسل رسالة من قائمة الانتظار: %1 تبقى في المحادثة مُعلَّمة بأنها غير مرسلة: انسخها من هناك، أو حدّدها واضغط Delete لتجاهلها.</translation>
    </message>
    <message>
        <source>Discard the unsent message?</source>
        <translation>هل تريد تجاهل الرسالة غير المرسلة؟</translation>
    </message>
    <message>
        <source>The service refused this message, so it was never sent. Discard it from this computer?</source>
        <translation>رفضت الخدمة هذه الرسالة، لذا لم تُرسل قط. هل تريد حذفها من هذا الكمبيوتر؟</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>مدمجة في #%1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <source>Secret exposed: %1</source>
        <translation>سر مكشوف: %1</translation>
    </message>
</context>
<context>
    <name>TicketTabs</name>
    <message>
        <source>Discard unsent text?</source>
        <translation>هل تريد تجاهل النص غير المرسل؟</translation>
    </message>
    <message>
        <source>The reply you were writing in %1 has not been sent. Close the tab and discard it?</source>
        <translation>لم يُرسَل الرد الذي كنت تكتبه في %1. هل تريد إغلاق علامة التبويب وتجاهله؟</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعتان</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>متأخر بمقدار %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>يتبقى %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>المنفّذ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Tx hash</source>
        <translation>تجزئة المعاملة</translation>
    </message>
    <message>
        <source>Address (masked)</source>
        <translation>العنوان (مخفي)</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>إيداع</translation>
    </message>
</context>
<context>
    <name>WhoViewedTab</name>
    <message>
        <source>Every time someone on the desk revealed this customer's personal data.</source>
        <translation>كل مرة كشف فيها أحد أعضاء الفريق البيانات الشخصية لهذا العميل.</translation>
    </message>
    <message>
        <source>Who viewed this</source>
        <translation>من اطّلع على البيانات</translation>
    </message>
    <message>
        <source>Nobody has revealed this customer's data.</source>
        <translation>لم يكشف أحد بيانات هذا العميل.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>إعادة ال&amp;تحميل</translation>
    </message>
    <message>
        <source>Reload who viewed this</source>
        <translation>إعادة تحميل قائمة من اطّلع على البيانات</translation>
    </message>
    <message numerus="yes">
        <source>Reveals recorded: %n.</source>
        <translation>
            <numerusform>عمليات الكشف المسجلة: %n.</numerusform>
            <numerusform>عمليات الكشف المسجلة: %n.</numerusform>
            <numerusform>عمليات الكشف المسجلة: %n.</numerusform>
            <numerusform>عمليات الكشف المسجلة: %n.</numerusform>
            <numerusform>عمليات الكشف المسجلة: %n.</numerusform>
            <numerusform>عمليات الكشف المسجلة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>تعذّر التحميل: %1</translation>
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
        <translation>لا توجد تقييمات بعد</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 5 from %n rating(s)</source>
        <translation>
            <numerusform>%1 من 5 بناءً على %n تقييم</numerusform>
            <numerusform>%1 من 5 بناءً على %n تقييم</numerusform>
            <numerusform>%1 من 5 بناءً على %n تقييمين</numerusform>
            <numerusform>%1 من 5 بناءً على %n تقييمات</numerusform>
            <numerusform>%1 من 5 بناءً على %n تقييمًا</numerusform>
            <numerusform>%1 من 5 بناءً على %n تقييم</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals waiting: %1, the oldest for %2</source>
        <translation>موافقات بانتظار القرار: %1، أقدمها منذ %2</translation>
    </message>
    <message>
        <source>Approvals waiting: none</source>
        <translation>موافقات بانتظار القرار: لا يوجد</translation>
    </message>
    <message>
        <source>Backlog: %1</source>
        <translation>التذاكر المتراكمة: %1</translation>
    </message>
    <message>
        <source>Breached now: %1</source>
        <translation>المتجاوزة حاليًا: %1</translation>
    </message>
    <message>
        <source>Median first response: %1</source>
        <translation>وسيط الرد الأول: %1</translation>
    </message>
    <message>
        <source>Median resolution: %1</source>
        <translation>وسيط الحل: %1</translation>
    </message>
    <message>
        <source>CSAT: %1</source>
        <translation>CSAT: %1</translation>
    </message>
    <message>
        <source>%1 is rising: %2 tickets in the last hour, usually %3.</source>
        <translation>ارتفاع في %1: عدد التذاكر في الساعة الأخيرة %2، والمعتاد %3.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>على سبيل المثال: %1</translation>
    </message>
    <message>
        <source>Tickets per day (UTC)</source>
        <translation>التذاكر يوميًا (UTC)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>المفتوحة</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>المحلولة</translation>
    </message>
    <message>
        <source>SLA attainment (tickets opened in the period)</source>
        <translation>الالتزام بـ SLA (التذاكر المفتوحة خلال الفترة)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>المهلة</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>ضمن المهلة</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>تجاوزت المهلة</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>نسبة الالتزام %</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>الرد الأول</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>Breached now</source>
        <translation>المتجاوزة حاليًا</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>أوقات الاستجابة</translation>
    </message>
    <message>
        <source>Median first response (seconds)</source>
        <translation>وسيط الرد الأول (بالثواني)</translation>
    </message>
    <message>
        <source>Median resolution (seconds)</source>
        <translation>وسيط الحل (بالثواني)</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>رضا العملاء</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>Agent load</source>
        <translation>عبء عمل الوكلاء</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>الوكيل</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>النشطة</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>بانتظار العميل</translation>
    </message>
    <message>
        <source>Solved in period</source>
        <translation>المحلولة خلال الفترة</translation>
    </message>
    <message>
        <source>Backlog now</source>
        <translation>التذاكر المتراكمة حاليًا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>المعلّقة</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Oldest (seconds)</source>
        <translation>الأقدم (بالثواني)</translation>
    </message>
    <message>
        <source>Median age (seconds)</source>
        <translation>وسيط العمر (بالثواني)</translation>
    </message>
    <message>
        <source>Trend alerts</source>
        <translation>تنبيهات الاتجاه</translation>
    </message>
    <message>
        <source>Raised at (UTC)</source>
        <translation>وقت التنبيه (UTC)</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>المعتاد</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Upload of %1</source>
        <translation>رفع %1</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>جارٍ الرفع…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the upload of %1</source>
        <translation>إلغاء رفع %1</translation>
    </message>
    <message>
        <source>%1, %2 — goes with this message</source>
        <translation>%1، %2 — سيُرسل مع هذه الرسالة</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>لم يُرفق: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
</context>
</TS>
