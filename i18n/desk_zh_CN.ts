<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionPanel</name>
    <message>
        <source>Every action below needs a second person: a supervisor approves it before anything changes. The emergency freeze is the exception.</source>
        <translation>以下每项操作都需要第二人把关：经主管批准后才会生效。紧急冻结除外。</translation>
    </message>
    <message>
        <source>Protect the account</source>
        <translation>保护账户</translation>
    </message>
    <message>
        <source>Restore access</source>
        <translation>恢复访问</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Emergency &amp;freeze…</source>
        <translation>紧急冻结(&amp;F)…</translation>
    </message>
    <message>
        <source>Emergency freeze (takes effect at once)</source>
        <translation>紧急冻结（立即生效）</translation>
    </message>
    <message>
        <source>Freezes the account at once; a supervisor reviews it within 30 minutes and may reverse it.</source>
        <translation>立即冻结账户；主管将在 30 分钟内复核，并可能撤销。</translation>
    </message>
    <message>
        <source>&amp;Cancel my request</source>
        <translation>撤回我的申请(&amp;C)</translation>
    </message>
    <message>
        <source>Requests for this customer</source>
        <translation>该客户的申请</translation>
    </message>
    <message>
        <source>No security actions requested yet.</source>
        <translation>尚未申请任何安全操作。</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <source>Request #%1 for this is already waiting for a supervisor.</source>
        <translation>此操作的申请 #%1 已在等待主管审批。</translation>
    </message>
    <message>
        <source>The account is already frozen.</source>
        <translation>该账户已被冻结。</translation>
    </message>
    <message>
        <source>The account is not frozen.</source>
        <translation>该账户未被冻结。</translation>
    </message>
    <message>
        <source>Two-factor authentication is already off.</source>
        <translation>双重验证已关闭。</translation>
    </message>
    <message>
        <source>The customer has no active sessions.</source>
        <translation>该客户没有活跃会话。</translation>
    </message>
    <message>
        <source>Withdrawals are not locked.</source>
        <translation>提现未被锁定。</translation>
    </message>
    <message>
        <source>Opens the request form; nothing happens until you submit it.</source>
        <translation>打开申请表单；提交前不会有任何变更。</translation>
    </message>
    <message>
        <source>%1 taken at once; a supervisor will review it.</source>
        <translation>已立即执行“%1”，主管将进行复核。</translation>
    </message>
    <message>
        <source>%1 requested; waiting for a supervisor.</source>
        <translation>已申请“%1”，正在等待主管审批。</translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>无法加载申请：%1</translation>
    </message>
    <message>
        <source>Select one of your own pending requests.</source>
        <translation>请选择一条您本人提交的待审批申请。</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>申请已撤回：%1</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>无法撤回：%1</translation>
    </message>
</context>
<context>
    <name>ActionRequestDialog</name>
    <message>
        <source>Emergency: %1</source>
        <translation>紧急：%1</translation>
    </message>
    <message>
        <source>Emergency: %1 now</source>
        <translation>紧急：立即%1</translation>
    </message>
    <message>
        <source>This takes effect the moment you press the button. Your reason and the action are recorded in the audit log and shown to the supervisors.</source>
        <translation>点击按钮即刻生效。您填写的原因和本次操作将记入审计日志，并向主管展示。</translation>
    </message>
    <message>
        <source>%1 &amp;now</source>
        <translation>立即%1(&amp;N)</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>申请：%1</translation>
    </message>
    <message>
        <source>Nothing changes yet: a supervisor other than you must approve this request. It expires if nobody decides it in time. You can cancel it while it is pending.</source>
        <translation>暂不生效：须由您以外的另一位主管批准此申请。如未在时限内处理，申请将过期。申请待审批期间，您可以撤回。</translation>
    </message>
    <message>
        <source>&amp;Request approval</source>
        <translation>申请审批(&amp;R)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Linked ticket:</source>
        <translation>关联工单：</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>None — the request is not linked to a ticket</source>
        <translation>无 — 该申请未关联工单</translation>
    </message>
    <message>
        <source>Lock for (&amp;hours):</source>
        <translation>锁定时长（小时）(&amp;H)：</translation>
    </message>
    <message>
        <source>Lock withdrawals for how many hours</source>
        <translation>锁定提现的小时数</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Rea&amp;son (required; the supervisor and the audit log see it):</source>
        <translation>原因(&amp;S)（必填；主管和审计日志可见）：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What you saw and why this action is needed</source>
        <translation>您观察到的情况，以及为何需要此操作</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be stored.</source>
        <translation>原因中包含无法保存的字符。</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <source>%1 (emergency)</source>
        <translation>%1（紧急）</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <source>Recent sign-ins</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>No sign-ins in the last 30 days.</source>
        <translation>最近 30 天内无登录记录。</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>活跃会话</translation>
    </message>
    <message>
        <source>No active sessions.</source>
        <translation>无活跃会话。</translation>
    </message>
    <message>
        <source>Deposits and withdrawals</source>
        <translation>充值与提现</translation>
    </message>
    <message>
        <source>No recent deposits or withdrawals.</source>
        <translation>近期无充值或提现记录。</translation>
    </message>
    <message>
        <source>Address book changes</source>
        <translation>地址簿变更</translation>
    </message>
    <message>
        <source>No address book changes.</source>
        <translation>无地址簿变更。</translation>
    </message>
</context>
<context>
    <name>AddressBookModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Address (masked)</source>
        <translation>地址（已脱敏）</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>AnswerTools</name>
    <message>
        <source>Macros… (Ctrl+M)</source>
        <translation>宏…（Ctrl+M）</translation>
    </message>
    <message>
        <source>Insert a canned reply in the customer's language</source>
        <translation>插入客户所用语言的预设回复</translation>
    </message>
    <message>
        <source>Escalate to engineering…</source>
        <translation>升级至技术团队…</translation>
    </message>
    <message>
        <source>Hand a technical problem to engineering (Ctrl+Shift+E)</source>
        <translation>将技术问题转交技术团队（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Reply to all lin&amp;ked…</source>
        <translation>回复所有关联工单(&amp;K)…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Articles for this ticket (Ctrl+K)</source>
        <translation>此工单的相关文章（Ctrl+K）</translation>
    </message>
    <message>
        <source>Inserted the %1 version of “%2”: it has no %3 version yet.</source>
        <translation>已插入“%2”的%1版本：该宏尚无%3版本。</translation>
    </message>
    <message>
        <source>Escalated, but these files were refused: %1</source>
        <translation>已升级，但以下文件被拒绝：%1</translation>
    </message>
    <message>
        <source>Escalation #%1: %2</source>
        <translation>升级单 #%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n linked ticket(s)</source>
        <translation>
            <numerusform>%n 个关联工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo accounts: agent1, agent2, secops1, super1, admin1; password desk-demo. The authenticator codes come from the demo TOTP secret %1.</source>
        <translation>演示账号：agent1、agent2、secops1、super1、admin1；密码 desk-demo。验证码由演示 TOTP 密钥 %1 生成。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in the log; you can carry on working.</source>
        <translation>出现问题（%1）。详细信息已写入日志，您可以继续工作。</translation>
    </message>
    <message>
        <source>Starting the demo service…</source>
        <translation>正在启动演示服务…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>The demo service could not be started: %1</source>
        <translation>无法启动演示服务：%1</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Requests waiting for a second person, oldest first. Emergencies already taken are on top until reviewed. Select one to see its evidence.</source>
        <translation>等待第二人审批的申请，按时间从早到晚排列。已执行的紧急操作在复核前置顶显示。选择一条即可查看其证据。</translation>
    </message>
    <message>
        <source>Open security requests (read-only: supervisors decide them).</source>
        <translation>待审批的安全申请（只读：由主管审批）。</translation>
    </message>
    <message>
        <source>Open &amp;requests</source>
        <translation>待审批申请(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing is waiting for a decision.</source>
        <translation>没有待审批的事项。</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Reload open requests</source>
        <translation>重新加载待审批申请</translation>
    </message>
    <message numerus="yes">
        <source>Open requests: %n.</source>
        <translation>
            <numerusform>待审批申请：%n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>无法加载申请：%1</translation>
    </message>
    <message>
        <source>%1, requested by %2</source>
        <translation>%1，申请人：%2</translation>
    </message>
    <message>
        <source>Emergency action to review</source>
        <translation>待复核的紧急操作</translation>
    </message>
    <message>
        <source>New security request</source>
        <translation>新的安全申请</translation>
    </message>
    <message>
        <source>New security requests</source>
        <translation>新的安全申请</translation>
    </message>
    <message numerus="yes">
        <source>%n requests are waiting.</source>
        <translation>
            <numerusform>%n 条申请正在等待审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency review overdue</source>
        <translation>紧急操作复核超时</translation>
    </message>
    <message>
        <source>An emergency action is past its review deadline.</source>
        <translation>有一项紧急操作已超过复核期限。</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>A&amp;ttach files…</source>
        <translation>附加文件(&amp;T)…</translation>
    </message>
    <message>
        <source>Attach files to this message, or drop them on the composer</source>
        <translation>为此消息附加文件，或将文件拖放到编辑区</translation>
    </message>
    <message>
        <source>or drop files on the composer</source>
        <translation>或将文件拖放到编辑区</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>此文件过大。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>Screen recording</source>
        <translation>录屏</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>This file is a program or script. The desk does not accept programs, whatever their name.</source>
        <translation>此文件是程序或脚本。无论文件名如何，工作台都不接受程序。</translation>
    </message>
    <message>
        <source>This file is an archive or an Office document. Send a PDF or a screenshot instead.</source>
        <translation>此文件是压缩包或 Office 文档。请改为发送 PDF 或截图。</translation>
    </message>
    <message>
        <source>The desk does not accept this type of file. Images, PDFs, text files and short screen recordings are accepted.</source>
        <translation>工作台不接受此类型的文件。可接受图片、PDF、文本文件和短时录屏。</translation>
    </message>
    <message>
        <source>This file is damaged, incomplete or too large to open safely.</source>
        <translation>此文件已损坏、不完整或过大，无法安全打开。</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>此文件过大。</translation>
    </message>
    <message>
        <source>Too many files for one message. Send the rest with another message.</source>
        <translation>单条消息的文件过多。请通过另一条消息发送其余文件。</translation>
    </message>
    <message>
        <source>A file was already sent or is not yours to send. Remove it and attach it again.</source>
        <translation>某个文件已发送过，或您无权发送。请将其移除后重新附加。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Execution failed</source>
        <translation>执行失败</translation>
    </message>
    <message>
        <source>Emergency confirmed</source>
        <translation>紧急操作已确认</translation>
    </message>
    <message>
        <source>Emergency reversed</source>
        <translation>紧急操作已撤销</translation>
    </message>
    <message>
        <source>Previous state restored</source>
        <translation>已恢复原状态</translation>
    </message>
    <message>
        <source>Reversal refused by the account system</source>
        <translation>账户系统拒绝撤销</translation>
    </message>
    <message>
        <source>Sign-in ended: a session token was used twice (possible theft)</source>
        <translation>登录已结束：会话令牌被使用了两次（可能被盗用）</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>复核超时</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>已查看个人数据</translation>
    </message>
    <message>
        <source>Attachment downloaded</source>
        <translation>附件已下载</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>字段：%1</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>request #%1</source>
        <translation>申请 #%1</translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation>工单 #%1</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>客户 #%1</translation>
    </message>
    <message>
        <source>Entry #%1, hash %2</source>
        <translation>条目 #%1，哈希 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail for this customer</source>
        <translation>该客户的审计记录</translation>
    </message>
    <message>
        <source>Audit trail for this ticket</source>
        <translation>该工单的审计记录</translation>
    </message>
    <message>
        <source>Audit trail for the whole desk</source>
        <translation>整个工作台的审计记录</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>&amp;Reload and verify</source>
        <translation>重新加载并校验(&amp;R)</translation>
    </message>
    <message>
        <source>Could not verify the audit chain: %1</source>
        <translation>无法校验审计链：%1</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit chain verified: %n entries</source>
        <translation>
            <numerusform>✔ 审计链校验通过：%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ CHAIN BROKEN at entry #%1 — report this to security at once</source>
        <translation>✖ 审计链在条目 #%1 处断裂 — 请立即报告安全团队</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n. Older ones load as you scroll down.</source>
        <translation>
            <numerusform>已显示 %n 条记录。向下滚动可加载更早的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n (all of them).</source>
        <translation>
            <numerusform>已显示 %n 条记录（全部）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the audit trail: %1</source>
        <translation>无法加载审计记录：%1</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>Change tickets</source>
        <translation>批量更改工单</translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected ticket(s). Each ticket keeps its own version: one that someone else changed since it was loaded is left as it is, and listed.</source>
        <translation>
            <numerusform>更改所选的 %n 个工单。每个工单按各自的版本处理：加载后被他人修改过的工单将保持不变，并会列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>处理人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Add &amp;tags:</source>
        <translation>添加标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>移除标签(&amp;R)：</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>comma-separated, e.g. vip, refund</source>
        <translation>以英文逗号分隔，例如 vip, refund</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>以英文逗号分隔</translation>
    </message>
    <message>
        <source>Also every other ticket of this view that is not loaded yet</source>
        <translation>同时包括此视图中尚未加载的其他所有工单</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>不更改</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>BulkResult</name>
    <message>
        <source>someone else changed it after it was loaded</source>
        <translation>加载后已被他人修改</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>the service refused the change</source>
        <translation>服务拒绝了此更改</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>已更改 %n 个工单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had these values.</source>
        <translation>
            <numerusform>%n 个已是这些值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed.</source>
        <translation>
            <numerusform>%n 个未更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the tickets after that were not sent.</source>
        <translation>已取消：之后的工单未发送。</translation>
    </message>
    <message>
        <source>Stopped: %1 The tickets after that were not sent.</source>
        <translation>已停止：%1 之后的工单未发送。</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 还有 %n 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkTriage</name>
    <message>
        <source>C&amp;hange selected…</source>
        <translation>更改所选(&amp;H)…</translation>
    </message>
    <message>
        <source>Assign, or change status, priority, category or tags (Ctrl+E)</source>
        <translation>分配，或更改状态、优先级、类别或标签（Ctrl+E）</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个工单</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing tickets</source>
        <translation>正在更改工单</translation>
    </message>
    <message>
        <source>Changing tickets…</source>
        <translation>正在更改工单…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sent…</source>
        <translation>
            <numerusform>已发送 %n 个工单…</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets changed</source>
        <translation>工单已更改</translation>
    </message>
    <message>
        <source>Not changed:</source>
        <translation>未更改：</translation>
    </message>
</context>
<context>
    <name>CollabBar</name>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>合并到(&amp;G)…</translation>
    </message>
    <message>
        <source>Merge this ticket into another ticket of the same customer</source>
        <translation>将此工单合并到同一客户的另一个工单</translation>
    </message>
    <message>
        <source>This ticket was merged into #%1: its conversation continues there.</source>
        <translation>此工单已合并到 #%1：对话将在该工单中继续。</translation>
    </message>
    <message>
        <source>&amp;Open #%1</source>
        <translation>打开 #%1(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Open the ticket it was merged into</source>
        <translation>打开合并后的工单(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Re&amp;ply to customer</source>
        <translation>回复客户(&amp;P)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>内部备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Message (internal note, only agents see it):</source>
        <translation>消息(&amp;M)（内部备注，仅客服可见）：</translation>
    </message>
    <message>
        <source>Write a note for other agents…</source>
        <translation>给其他客服写一条备注…</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>&amp;Message (the customer will see it; they write in %1):</source>
        <translation>消息(&amp;M)（客户可见；客户使用%1）：</translation>
    </message>
    <message>
        <source>&amp;Message (the customer will see it):</source>
        <translation>消息(&amp;M)（客户可见）：</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>给客户写回复…</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter 发送</translation>
    </message>
    <message>
        <source>This ticket was merged into #%1, so nothing more can be sent from here. Your text is kept: copy it into #%1.</source>
        <translation>此工单已合并到 #%1，因此无法再从这里发送任何内容。您的文本已保留：请将其复制到 #%1。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>添加备注(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>发送回复(&amp;S)</translation>
    </message>
    <message>
        <source>The message is too long (%1 characters; at most %2).</source>
        <translation>消息过长（%1 个字符，最多 %2 个）。</translation>
    </message>
    <message>
        <source>Wait until the files are uploaded, or cancel them.</source>
        <translation>请等待文件上传完成，或取消上传。</translation>
    </message>
    <message>
        <source>Not sent: %1 Your text is kept; send again when ready.</source>
        <translation>未发送：%1 您的内容已保留，准备好后请重新发送。</translation>
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
        <translation>图片不可用</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>正在加载图片…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Save this file from the conversation?

Name: %1
Type: %2 (%3), found from its contents
Size: %4

The desk does not open it. Open it only if you expect it.</source>
        <translation>要保存对话中的此文件吗？

名称：%1
类型：%2（%3），根据文件内容识别
大小：%4

工作台不会打开此文件。仅在您预期会收到此文件时才打开。</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The file was not saved: %1</source>
        <translation>文件未保存：%1</translation>
    </message>
    <message>
        <source>View image “%1”</source>
        <translation>查看图片“%1”</translation>
    </message>
    <message>
        <source>Save “%1”…</source>
        <translation>保存“%1”…</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>%1 · internal note</source>
        <translation>%1 · 内部备注</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>&amp;Copy message text</source>
        <translation>复制消息文本(&amp;C)</translation>
    </message>
    <message>
        <source>Open link…</source>
        <translation>打开链接…</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>&amp;Profile and risk</source>
        <translation>资料与风险(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>活动(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Security actions</source>
        <translation>安全操作(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Who viewed this</source>
        <translation>查看记录(&amp;W)</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>审计(&amp;U)</translation>
    </message>
    <message>
        <source>Ticket audit</source>
        <translation>工单审计</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>客户详情</translation>
    </message>
    <message>
        <source>ACCOUNT FROZEN</source>
        <translation>账户已冻结</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Incident record…</source>
        <translation>事件记录(&amp;I)…</translation>
    </message>
    <message>
        <source>The timeline of this account for the security investigation</source>
        <translation>该账户的时间线，供安全调查使用</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>客户 #%1</translation>
    </message>
    <message>
        <source>Customer #%1 · %2 · %3 · VIP %4</source>
        <translation>客户 #%1 · %2 · %3 · VIP %4</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <source>Could not load the customer: %1</source>
        <translation>无法加载客户：%1</translation>
    </message>
</context>
<context>
    <name>CustomerTicketsModel</name>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>已合并到 #%1</translation>
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
        <translation>时间范围(&amp;P)：</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
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
        <translation>时间段</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the figures shown for this period as a CSV file</source>
        <translation>将此时间范围内显示的数据保存为 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Breached now (Enter opens the ticket)</source>
        <translation>当前已超时(&amp;B)（按 Enter 打开工单）</translation>
    </message>
    <message>
        <source>Tickets past a due time now</source>
        <translation>当前已超过时限的工单</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>正在加载数据…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>无法加载数据：%1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Tickets per day</source>
        <translation>每日工单数</translation>
    </message>
    <message>
        <source>Opened %1, solved %2 in the period</source>
        <translation>本期间新建 %1 个，解决 %2 个</translation>
    </message>
    <message>
        <source>Opened by category, per day</source>
        <translation>按类别统计的新建工单（每日）</translation>
    </message>
    <message>
        <source>Opened by category, per week</source>
        <translation>按类别统计的新建工单（每周）</translation>
    </message>
    <message>
        <source>Most tickets: %1</source>
        <translation>工单最多：%1</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>SLA 达成率</translation>
    </message>
    <message>
        <source>First response %1, resolution %2</source>
        <translation>首次响应 %1，解决 %2</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Customer satisfaction: %1</source>
        <translation>客户满意度：%1</translation>
    </message>
    <message>
        <source>Ratings from 1 to 5 stars: %1</source>
        <translation>1 至 5 星评分：%1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Agent load</source>
        <translation>客服工作量</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s): assigned tickets active, waiting for the customer and breached now; solved in the period</source>
        <translation>
            <numerusform>%n 名客服：已分配工单中处理中、待客户回复和当前已超时的数量；以及本期间已解决的数量</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend alert</source>
        <translation>趋势警报</translation>
    </message>
    <message>
        <source>desk-statistics-%1.csv</source>
        <translation>desk-statistics-%1.csv</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>导出统计数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <source>Decision</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Co&amp;mment (required to reject; the requester sees it):</source>
        <translation>意见(&amp;M)（拒绝时必填；申请人可见）：</translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>Your request — another supervisor must decide.</source>
        <translation>这是您的申请 — 须由另一位主管审批。</translation>
    </message>
    <message>
        <source>&amp;Keep it (confirm)…</source>
        <translation>维持（确认）(&amp;K)…</translation>
    </message>
    <message>
        <source>Re&amp;verse it…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>The comment is too long.</source>
        <translation>意见过长。</translation>
    </message>
    <message>
        <source>Keep the emergency %1 in place?</source>
        <translation>维持紧急操作“%1”？</translation>
    </message>
    <message>
        <source>The action stays in effect and the review is closed.</source>
        <translation>该操作将继续生效，复核随即结束。</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>维持(&amp;K)</translation>
    </message>
    <message>
        <source>Approve and carry out “%1” for customer #%2 now?</source>
        <translation>立即批准并为客户 #%2 执行“%1”？</translation>
    </message>
    <message>
        <source>&amp;Approve and carry out</source>
        <translation>批准并执行(&amp;A)</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>批准申请</translation>
    </message>
    <message>
        <source>Say why you reject this request: the comment is required.</source>
        <translation>请说明拒绝此申请的原因：意见为必填项。</translation>
    </message>
    <message>
        <source>Reverse the emergency %1?</source>
        <translation>撤销紧急操作“%1”？</translation>
    </message>
    <message>
        <source>The account goes back to how it was before the emergency action. Do this only if the action was a mistake.</source>
        <translation>账户将恢复到紧急操作之前的状态。仅当该操作属于误操作时才执行此步骤。</translation>
    </message>
    <message>
        <source>Reverse emergency action</source>
        <translation>撤销紧急操作</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>撤销(&amp;V)</translation>
    </message>
    <message>
        <source>Approved, but the account system could not carry it out.</source>
        <translation>已批准，但账户系统未能执行。</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <source>This request expired before anyone decided it.</source>
        <translation>该申请在审批前已过期。</translation>
    </message>
    <message>
        <source>Already decided by %1: %2.</source>
        <translation>已由 %1 处理：%2。</translation>
    </message>
    <message>
        <source>Already decided: %1.</source>
        <translation>已处理：%1。</translation>
    </message>
    <message>
        <source>This request changed since you opened it. Check it again before deciding.</source>
        <translation>您打开该申请后，它已发生变化。请重新核对后再做决定。</translation>
    </message>
    <message>
        <source>Approving would change nothing: the account is already in that state. Reject it instead.</source>
        <translation>批准不会带来任何变化：账户已处于该状态。请改为拒绝。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The user name, password or code is wrong.</source>
        <translation>用户名、密码或验证码错误。</translation>
    </message>
    <message>
        <source>That code has already been used. Wait for the next code in your authenticator app and try again.</source>
        <translation>该验证码已被使用。请等待身份验证器应用中的下一个验证码后重试。</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Wait a few minutes, then try again.</source>
        <translation>登录失败次数过多。请等待几分钟后重试。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>该账户已被停用。请联系管理员。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>您的会话已结束。请重新登录。</translation>
    </message>
    <message>
        <source>Confirm with a fresh code from your authenticator app first.</source>
        <translation>请先使用身份验证器应用中的新验证码进行确认。</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>您无权执行此操作。</translation>
    </message>
    <message>
        <source>This no longer exists, or you cannot see it.</source>
        <translation>该内容已不存在，或您无权查看。</translation>
    </message>
    <message>
        <source>Someone else changed this ticket since you opened it. Reload to see their change.</source>
        <translation>您打开此工单后，其他人修改了它。请重新加载以查看对方的更改。</translation>
    </message>
    <message>
        <source>The service refused the request as invalid.</source>
        <translation>请求无效，已被服务拒绝。</translation>
    </message>
    <message>
        <source>This is too long for the service to accept.</source>
        <translation>内容过长，服务无法接受。</translation>
    </message>
    <message>
        <source>This message was already sent with different text. Send it again as a new message.</source>
        <translation>此消息之前已以不同的内容发送过。请作为新消息重新发送。</translation>
    </message>
    <message>
        <source>Someone else has already decided this.</source>
        <translation>其他人已处理此事项。</translation>
    </message>
    <message>
        <source>This request has expired.</source>
        <translation>该申请已过期。</translation>
    </message>
    <message>
        <source>Another agent replied to the customer meanwhile. Read their reply, then send again if yours is still needed.</source>
        <translation>在此期间，其他客服已回复了客户。请先阅读对方的回复；如仍需发送您的回复，请重新发送。</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>工单不能合并到其自身。</translation>
    </message>
    <message>
        <source>Only tickets of the same customer can be merged.</source>
        <translation>只能合并同一客户的工单。</translation>
    </message>
    <message>
        <source>That ticket is closed or was merged itself. Choose an open ticket.</source>
        <translation>该工单已关闭，或其本身已被合并。请选择一个未关闭的工单。</translation>
    </message>
    <message>
        <source>This ticket was already merged.</source>
        <translation>该工单已被合并。</translation>
    </message>
    <message>
        <source>This ticket was merged into another ticket; its conversation continues there.</source>
        <translation>此工单已合并到另一个工单，对话在那里继续。</translation>
    </message>
    <message>
        <source>The reply holds a placeholder in braces that the desk does not fill in. Only {customer_name}, {ticket_id} and {agent_name} are filled; correct or remove the others.</source>
        <translation>回复中含有系统不会填充的花括号占位符。只有 {customer_name}、{ticket_id} 和 {agent_name} 会被填充；请更正或删除其他占位符。</translation>
    </message>
    <message>
        <source>The service could not be reached. Check the server address and your network.</source>
        <translation>无法连接服务。请检查服务器地址和您的网络。</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again.</source>
        <translation>服务响应超时。请重试。</translation>
    </message>
    <message>
        <source>The service's certificate could not be verified, so the connection was not used.</source>
        <translation>无法验证服务的证书，因此未使用该连接。</translation>
    </message>
    <message>
        <source>The service is unavailable right now. Try again in a moment.</source>
        <translation>服务暂时不可用。请稍后重试。</translation>
    </message>
    <message>
        <source>The service gave an answer this desk does not understand (it may be a different version).</source>
        <translation>服务返回了本工作台无法识别的响应（版本可能不一致）。</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>请求过于频繁。请稍后重试。</translation>
    </message>
    <message>
        <source>The server address sends the desk somewhere else, which the desk does not follow. Check the server address (for example https:// rather than http://).</source>
        <translation>该服务器地址会将工作台重定向到其他位置，而工作台不会跟随重定向。请检查服务器地址（例如应使用 https:// 而非 http://）。</translation>
    </message>
    <message>
        <source>The service sent a far larger answer than expected, so the desk did not read it. Try again; if it happens again, tell your administrator.</source>
        <translation>服务返回的响应远超预期大小，因此工作台未读取该响应。请重试；如果再次出现，请告知您的管理员。</translation>
    </message>
    <message>
        <source>This server address is not safe to use: %1</source>
        <translation>此服务器地址不安全，无法使用：%1</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>系统密钥环出错：%1</translation>
    </message>
    <message>
        <source>The service refused the request (%1).</source>
        <translation>服务拒绝了该请求（%1）。</translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>请检查：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in the log.</source>
        <translation>出现问题（%1）。详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>Critical: funds at risk or trading halted</source>
        <translation>严重：资金面临风险或交易暂停</translation>
    </message>
    <message>
        <source>High: many customers blocked</source>
        <translation>高：大量客户受阻</translation>
    </message>
    <message>
        <source>Medium: some customers affected, a workaround exists</source>
        <translation>中：部分客户受影响，有临时解决方案</translation>
    </message>
    <message>
        <source>Low: cosmetic or a single customer</source>
        <translation>低：界面外观问题或仅涉及单个客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>需补充信息</translation>
    </message>
    <message>
        <source>Fix in progress</source>
        <translation>修复中</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>Won't fix</source>
        <translation>不予修复</translation>
    </message>
</context>
<context>
    <name>EscalationForm</name>
    <message>
        <source>Escalate to engineering</source>
        <translation>升级至技术团队</translation>
    </message>
    <message>
        <source>Escalate ticket #%1 to engineering</source>
        <translation>将工单 #%1 升级至技术团队</translation>
    </message>
    <message>
        <source>Give engineers the facts they need. Every linked ticket hears about each status change as an internal note. Never paste passwords, keys or recovery phrases.</source>
        <translation>请向工程师提供所需的事实信息。每次状态变更都会以内部备注的形式通知所有关联工单。切勿粘贴密码、密钥或助记词。</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>Steps to &amp;reproduce:</source>
        <translation>复现步骤(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Tx ids:</source>
        <translation>交易 ID(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Order ids:</source>
        <translation>订单 ID(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Affected assets:</source>
        <translation>受影响币种(&amp;A)：</translation>
    </message>
    <message>
        <source>Other &amp;tickets (same problem):</source>
        <translation>其他工单(&amp;T)（相同问题）：</translation>
    </message>
    <message>
        <source>Screenshots and &amp;logs:</source>
        <translation>截图和日志(&amp;L)：</translation>
    </message>
    <message>
        <source>What is broken, in one line</source>
        <translation>用一句话描述出了什么问题</translation>
    </message>
    <message>
        <source>1. …
2. …
What happened, and what should have happened</source>
        <translation>1. …
2. …
实际发生了什么，预期应该发生什么</translation>
    </message>
    <message>
        <source>Separated by spaces or commas</source>
        <translation>以空格或逗号分隔</translation>
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
        <translation>要附加的文件</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>PNG or JPEG screenshots, PDF or text logs; at most %1 KB each</source>
        <translation>PNG 或 JPEG 截图、PDF 或文本日志；每个文件最大 %1 KB</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>升级(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Attach screenshots or logs</source>
        <translation>附加截图或日志</translation>
    </message>
    <message>
        <source>Screenshots and logs (*.png *.jpg *.jpeg *.pdf *.txt *.log)</source>
        <translation>截图和日志 (*.png *.jpg *.jpeg *.pdf *.txt *.log)</translation>
    </message>
    <message>
        <source>At most %1 files.</source>
        <translation>最多 %1 个文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is too large (%2 KB; at most %3 KB).</source>
        <translation>%1 过大（%2 KB；最大 %3 KB）。</translation>
    </message>
    <message>
        <source>Other tickets: write ticket numbers, e.g. #1042 #1077.</source>
        <translation>其他工单：请填写工单编号，例如 #1042 #1077。</translation>
    </message>
    <message>
        <source>Check the field “%1”: it is empty, too long or has too many entries.</source>
        <translation>请检查字段“%1”：内容为空、过长或条目过多。</translation>
    </message>
    <message>
        <source>Not escalated: %1 Your text is kept; try again.</source>
        <translation>未升级：%1 您的内容已保留，请重试。</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>申请：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>工单：</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>填写的原因：</translation>
    </message>
    <message>
        <source>Customer now:</source>
        <translation>客户当前：</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>打开工单(&amp;O)</translation>
    </message>
    <message>
        <source>Customer's risk signals</source>
        <translation>客户的风险信号</translation>
    </message>
    <message>
        <source>No risk signals in the last 30 days.</source>
        <translation>最近 30 天无风险信号。</translation>
    </message>
    <message>
        <source>Ticket &amp;conversation</source>
        <translation>工单对话(&amp;C)</translation>
    </message>
    <message>
        <source>Ticket conversation</source>
        <translation>工单对话</translation>
    </message>
    <message>
        <source>Select a request to see its evidence.</source>
        <translation>选择一条申请即可查看其证据。</translation>
    </message>
    <message>
        <source>%1 — customer #%2 %3</source>
        <translation>%1 — 客户 #%2 %3</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（处理人：%2）</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1，由 %2 提交（%3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>supervisor review due %1 (%2)</source>
        <translation>主管复核截止于 %1（%2）</translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation>%1 过期（%2）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No ticket is linked to this request.</source>
        <translation>该申请未关联工单。</translation>
    </message>
    <message>
        <source>account FROZEN</source>
        <translation>账户已冻结</translation>
    </message>
    <message>
        <source>account active</source>
        <translation>账户正常</translation>
    </message>
    <message>
        <source>2FA on</source>
        <translation>2FA 已开启</translation>
    </message>
    <message>
        <source>2FA OFF</source>
        <translation>2FA 已关闭</translation>
    </message>
    <message>
        <source>withdrawals locked until %1</source>
        <translation>提现锁定至 %1</translation>
    </message>
    <message>
        <source>⚠ account-takeover pattern</source>
        <translation>⚠ 账户盗用特征</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <source>Ticket &amp;conversation (could not load: %1)</source>
        <translation>工单对话(&amp;C)（无法加载：%1）</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Subject or #id</source>
        <translation>主题或 #编号</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>搜索工单</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
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
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show every ticket of this view again</source>
        <translation>重新显示此视图中的全部工单</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Not breached</source>
        <translation>未超时</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>账户安全</translation>
    </message>
    <message>
        <source>Customer ID:</source>
        <translation>客户 ID：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <source>KYC:</source>
        <translation>KYC：</translation>
    </message>
    <message>
        <source>VIP tier:</source>
        <translation>VIP 等级：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Withdrawals:</source>
        <translation>提现：</translation>
    </message>
    <message>
        <source>2FA:</source>
        <translation>2FA：</translation>
    </message>
    <message>
        <source>Password changed:</source>
        <translation>密码修改时间：</translation>
    </message>
    <message>
        <source>Active sessions:</source>
        <translation>活跃会话：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>This system cannot keep revealed values out of screen recordings or screen sharing. Make sure you are not sharing your screen.</source>
        <translation>本系统无法阻止已显示的明文出现在录屏或屏幕共享中。请确认您没有在共享屏幕。</translation>
    </message>
    <message>
        <source>Level %1 (%2)</source>
        <translation>等级 %1（%2）</translation>
    </message>
    <message>
        <source>FROZEN</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Locked until %1 (%2)</source>
        <translation>锁定至 %1（%2）</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>未锁定</translation>
    </message>
    <message>
        <source>On (last changed %1)</source>
        <translation>已开启（上次更改：%1）</translation>
    </message>
    <message>
        <source>OFF (last changed %1)</source>
        <translation>已关闭（上次更改：%1）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
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
        <translation>图片：%1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>图片 %1</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3 · %4%</source>
        <translation>%1 × %2 像素，%3 · %4%</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>无法显示此图片。</translation>
    </message>
    <message>
        <source>Could not load the image: %1</source>
        <translation>无法加载图片：%1</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Tickets: %1</source>
        <translation>工单：%1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Could not load tickets: %1</source>
        <translation>无法加载工单：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No tickets here.</source>
        <translation>此处没有工单。</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>没有符合筛选条件的工单。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>已加载 %n 个工单，滚动可查看更多</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident record — customer #%1</source>
        <translation>事件记录 — 客户 #%1</translation>
    </message>
    <message>
        <source>Covering the last (&amp;days):</source>
        <translation>时间范围（最近天数）(&amp;D)：</translation>
    </message>
    <message>
        <source>Number of days the record covers</source>
        <translation>记录涵盖的天数</translation>
    </message>
    <message>
        <source> d</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <source>Nothing happened on this account in the period.</source>
        <translation>该期间内此账户没有任何事件。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the record as a PDF document (A4)</source>
        <translation>将记录保存为 PDF 文档（A4）</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>导出 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Save the record as a Markdown text file</source>
        <translation>将记录保存为 Markdown 文本文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Incident record — customer #%1 · %2</source>
        <translation>事件记录 — 客户 #%1 · %2</translation>
    </message>
    <message>
        <source>Building the incident record…</source>
        <translation>正在生成事件记录…</translation>
    </message>
    <message>
        <source>Some events are left out: the period holds more than one record shows. Choose fewer days.</source>
        <translation>部分事件未收录：该期间的事件超出单份记录可容纳的数量。请减少天数。</translation>
    </message>
    <message>
        <source>Could not build the incident record: %1</source>
        <translation>无法生成事件记录：%1</translation>
    </message>
    <message>
        <source>Export the incident record as PDF</source>
        <translation>将事件记录导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the incident record as Markdown</source>
        <translation>将事件记录导出为 Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存至 %1</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
</context>
<context>
    <name>IncidentExport</name>
    <message>
        <source>Incident record — customer #%1</source>
        <translation>事件记录 — 客户 #%1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2 生成</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>local time of the desk (%1)</source>
        <translation>工作台本地时间（%1）</translation>
    </message>
    <message>
        <source>Account now</source>
        <translation>账户当前状态</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>双重验证</translation>
    </message>
    <message>
        <source>On</source>
        <translation>已开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>提现</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>未锁定</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>活跃会话</translation>
    </message>
    <message>
        <source>Account-takeover pattern: several risk signals (new device, password or 2FA change, new withdrawal address, large withdrawal) happened within 24 hours, the latest within 72 hours.</source>
        <translation>账户盗用特征：24 小时内出现了多个风险信号（新设备、修改密码或 2FA、新提现地址、大额提现），且最近一个发生在 72 小时内。</translation>
    </message>
    <message>
        <source>The account does not show the account-takeover pattern now.</source>
        <translation>该账户目前未呈现账户盗用特征。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Customer data is masked. Messages are shown by their first 200 characters. Revealed values are never part of this record.</source>
        <translation>客户数据已脱敏。消息仅显示前 200 个字符。查看过的明文绝不会写入本记录。</translation>
    </message>
    <message>
        <source>The period holds more events than one record shows; choose a shorter one.</source>
        <translation>该期间的事件超出单份记录可容纳的数量，请选择更短的期间。</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s))</source>
        <translation>
            <numerusform>时间线（%n 个事件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentWording</name>
    <message>
        <source>Risk signal: %1</source>
        <translation>风险信号：%1</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>客户消息</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>已查看个人数据</translation>
    </message>
    <message>
        <source>Ticket status changed</source>
        <translation>工单状态已变更</translation>
    </message>
    <message>
        <source>Emergency action taken: %1</source>
        <translation>已执行紧急操作：%1</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>已申请：%1</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>已批准：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Carried out: %1</source>
        <translation>已执行：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>执行失败：%1</translation>
    </message>
    <message>
        <source>Emergency action confirmed: %1</source>
        <translation>紧急操作已确认：%1</translation>
    </message>
    <message>
        <source>Emergency action reversed: %1</source>
        <translation>紧急操作已撤销：%1</translation>
    </message>
    <message>
        <source>Account restored: %1</source>
        <translation>账户已恢复：%1</translation>
    </message>
    <message>
        <source>Request expired: %1</source>
        <translation>申请已过期：%1</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>申请已撤回：%1</translation>
    </message>
    <message>
        <source>Review overdue: %1</source>
        <translation>复核超时：%1</translation>
    </message>
    <message>
        <source>Customer (%1)</source>
        <translation>客户（%1）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Part of a cluster of signals within 24 hours</source>
        <translation>属于 24 小时内聚集出现的一组信号</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>工单 #%1：%2</translation>
    </message>
    <message>
        <source>Field: %1 (the value is not part of this record)</source>
        <translation>字段：%1（本记录不含该值）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 → %3</source>
        <translation>工单 #%1：%2 → %3</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>意见：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>申请 #%1</translation>
    </message>
</context>
<context>
    <name>KbPanel</name>
    <message>
        <source>&amp;Search the knowledge base (any language):</source>
        <translation>搜索知识库(&amp;S)（任意语言）：</translation>
    </message>
    <message>
        <source>e.g. withdrawal delayed, 提现, 출금</source>
        <translation>例如：提现延迟、withdrawal delayed、출금</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>搜索知识库</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Article category</source>
        <translation>文章类别</translation>
    </message>
    <message>
        <source>Article categories</source>
        <translation>文章分类</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>Insert &amp;link</source>
        <translation>插入链接(&amp;L)</translation>
    </message>
    <message>
        <source>Insert te&amp;xt</source>
        <translation>插入正文(&amp;X)</translation>
    </message>
    <message>
        <source>Put the article's title and help-centre link into the reply</source>
        <translation>将文章标题和帮助中心链接插入回复</translation>
    </message>
    <message>
        <source>Put the article's whole text into the reply</source>
        <translation>将文章全文插入回复</translation>
    </message>
    <message>
        <source>Finding articles for this ticket…</source>
        <translation>正在查找此工单的相关文章…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No article matches. Try other words, or another language.</source>
        <translation>没有匹配的文章。请尝试其他关键词或其他语言。</translation>
    </message>
    <message>
        <source>Could not load articles: %1</source>
        <translation>无法加载文章：%1</translation>
    </message>
    <message>
        <source>Results for “%1”</source>
        <translation>“%1”的搜索结果</translation>
    </message>
    <message>
        <source>Suggested for this ticket (%1)</source>
        <translation>此工单的推荐文章（%1）</translation>
    </message>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>选择一篇文章即可在此阅读。</translation>
    </message>
    <message>
        <source>%1 · %2 · reviewed %3 by %4</source>
        <translation>%1 · %2 · %4 于 %3 审阅</translation>
    </message>
    <message>
        <source>No version in %1; this is the %2 one.</source>
        <translation>没有%1版本；当前显示的是%2版本。</translation>
    </message>
    <message>
        <source>Stale: not reviewed for a long time. Check that it is still right before you send it.</source>
        <translation>已过时：长时间未审阅。发送前请确认内容仍然正确。</translation>
    </message>
</context>
<context>
    <name>KbResultsModel</name>
    <message>
        <source>Stale: review overdue</source>
        <translation>已过时：审阅逾期</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>已过时</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
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
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>待客户回复</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Security agent</source>
        <translation>安全专员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Deposits &amp; withdrawals</source>
        <translation>充值与提现</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术问题</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>You will have to sign in again next time.</source>
        <translation>下次需要重新登录。</translation>
    </message>
    <message>
        <source>No system keyring was found.</source>
        <translation>未找到系统密钥环。</translation>
    </message>
    <message>
        <source>The system keyring is turned off.</source>
        <translation>系统密钥环已关闭。</translation>
    </message>
    <message>
        <source>The keyring in use keeps secrets in a file without proper protection.</source>
        <translation>当前使用的密钥环将机密信息保存在未妥善保护的文件中。</translation>
    </message>
    <message>
        <source>The system keyring cannot be used here.</source>
        <translation>此处无法使用系统密钥环。</translation>
    </message>
    <message>
        <source>The keyring in use is not recommended for secrets.</source>
        <translation>当前使用的密钥环不建议用于保存机密信息。</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>no valid host</source>
        <translation>无有效主机</translation>
    </message>
    <message>
        <source>⚠ Look-alike of %1: this is NOT the exchange's site.</source>
        <translation>⚠ 仿冒 %1：这不是本交易所的网站。</translation>
    </message>
    <message>
        <source>Not a web address (%1:): the desk never opens it.</source>
        <translation>不是网址（%1:）：工作台绝不会打开此类链接。</translation>
    </message>
    <message>
        <source>⚠ The text before “@” only looks like an address: the link goes to the host shown.</source>
        <translation>⚠ “@”之前的文字只是看起来像地址：链接实际指向所显示的主机。</translation>
    </message>
    <message>
        <source>A bare IP address instead of a name.</source>
        <translation>使用的是纯 IP 地址，而非域名。</translation>
    </message>
    <message>
        <source>Not encrypted (http).</source>
        <translation>未加密（http）。</translation>
    </message>
    <message>
        <source>No valid host: the desk will not open it.</source>
        <translation>无有效主机：工作台不会打开此链接。</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>链接至 %1</translation>
    </message>
    <message>
        <source>the exchange's own site</source>
        <translation>本交易所官网</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>链接：%1</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>打开链接？</translation>
    </message>
    <message>
        <source>This link is not a web address and cannot be opened.</source>
        <translation>此链接不是网址，无法打开。</translation>
    </message>
    <message>
        <source>This link comes from a message. Open it in your browser only if you trust the address below.</source>
        <translation>此链接来自一条消息。仅当您信任下方地址时，才在浏览器中打开。</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>主机：%1</translation>
    </message>
    <message>
        <source>Full address: %1</source>
        <translation>完整地址：%1</translation>
    </message>
    <message>
        <source>This address is not encrypted (http).</source>
        <translation>此地址未加密（http）。</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>🔒 The desk is locked</source>
        <translation>🔒 工作台已锁定</translation>
    </message>
    <message>
        <source>Customer data is hidden while you are away. Your open tabs and unsent text are kept. Enter the current code from your authenticator app to unlock.</source>
        <translation>您离开期间客户数据已隐藏。已打开的标签页和未发送的文本会保留。请输入身份验证器应用中的当前验证码以解锁。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>登录身份：%1（%2）</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 位数字</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>That code is wrong. Enter the current code from your authenticator app.</source>
        <translation>验证码错误。请输入身份验证器应用中的当前验证码。</translation>
    </message>
</context>
<context>
    <name>LoginsModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>IP (masked)</source>
        <translation>IP（已脱敏）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>新设备</translation>
    </message>
</context>
<context>
    <name>MacroEditor</name>
    <message>
        <source>Edit macro</source>
        <translation>编辑宏</translation>
    </message>
    <message>
        <source>New macro</source>
        <translation>新建宏</translation>
    </message>
    <message>
        <source>&amp;Name (agents search by it):</source>
        <translation>名称(&amp;N)（客服按此搜索）：</translation>
    </message>
    <message>
        <source>Set &amp;status:</source>
        <translation>设置状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Set &amp;category:</source>
        <translation>设置类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Add &amp;tags (comma-separated):</source>
        <translation>添加标签(&amp;T)（以英文逗号分隔）：</translation>
    </message>
    <message>
        <source>&amp;Knowledge-base article id for {kb_link}:</source>
        <translation>{kb_link} 对应的知识库文章 ID(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>正文(&amp;X)：</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Placeholders: %1. English is required; it is used when the customer's language has no text.</source>
        <translation>占位符：%1。英语版本为必填项；客户的语言没有对应文本时将使用英语版本。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Every text needs a title and a body; the name is required; at most 5 tags.</source>
        <translation>每个语言版本都需要标题和正文；名称为必填项；最多 5 个标签。</translation>
    </message>
    <message>
        <source>Write the English text too: it is what customers get when their language has none.</source>
        <translation>请同时填写英语文本：客户的语言没有对应文本时，客户将收到英语版本。</translation>
    </message>
    <message>
        <source>Someone else changed this macro since you opened it. Close, reopen it and make your change again (copy your text first).</source>
        <translation>您打开此宏后，其他人修改了它。请关闭后重新打开，再重新修改（请先复制您的文本）。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>MacroManager</name>
    <message>
        <source>Manage macros</source>
        <translation>管理宏</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>宏</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n macro(s)</source>
        <translation>
            <numerusform>%n 个宏</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete macro</source>
        <translation>删除宏</translation>
    </message>
    <message>
        <source>Delete “%1” for every agent?</source>
        <translation>为所有客服删除“%1”？</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Loading macros…</source>
        <translation>正在加载宏…</translation>
    </message>
    <message>
        <source>Insert a macro</source>
        <translation>插入宏</translation>
    </message>
    <message>
        <source>&amp;Find a macro (type to filter, arrows to choose, Enter to insert):</source>
        <translation>查找宏(&amp;F)（输入文字筛选，方向键选择，Enter 插入）：</translation>
    </message>
    <message>
        <source>Find a macro</source>
        <translation>查找宏</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>宏</translation>
    </message>
    <message>
        <source>&amp;Text that will be inserted:</source>
        <translation>将插入的文本(&amp;T)：</translation>
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
        <translation>暂无宏。主管可在“工作台 → 管理宏”中添加。</translation>
    </message>
    <message>
        <source>Could not load macros: %1</source>
        <translation>无法加载宏：%1</translation>
    </message>
    <message>
        <source>No %1 version of this macro: the %2 one will be inserted.</source>
        <translation>此宏没有%1版本：将插入%2版本。</translation>
    </message>
    <message>
        <source>{customer_name} stays as written here: the service puts the customer's name in the reply it sends them, and agents see the name masked.</source>
        <translation>{customer_name} 在此处保持原样：服务会在发送给客户的回复中填入客户姓名，而客服看到的是脱敏后的姓名。</translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation>状态 → %1</translation>
    </message>
    <message>
        <source>category → %1</source>
        <translation>类别 → %1</translation>
    </message>
    <message>
        <source>tags + %1</source>
        <translation>标签 + %1</translation>
    </message>
    <message>
        <source>Changes nothing else on the ticket.</source>
        <translation>不会更改工单的其他内容。</translation>
    </message>
    <message>
        <source>Also sets: %1</source>
        <translation>同时设置：%1</translation>
    </message>
</context>
<context>
    <name>MacroTableModel</name>
    <message>
        <source>Macro</source>
        <translation>宏</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>最后修改人</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desk — Locked</source>
        <translation>工作台 — 已锁定</translation>
    </message>
    <message>
        <source>Desk — %1</source>
        <translation>工作台 — %1</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only. %1</source>
        <translation>令牌仅在本次会话期间保存在内存中。%1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>已以 %1（%2）身份登录 %3</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>工作台(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>工单(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>Manage &amp;macros…</source>
        <translation>管理宏(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>下一个工单(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>上一个工单(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open selected ticket</source>
        <translation>打开所选工单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>内部备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>分配给我(&amp;A)</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>更改状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Next &amp;tab</source>
        <translation>下一个标签页(&amp;T)</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>上一个标签页(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>○ Connecting…</source>
        <translation>○ 正在连接…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <source>◌ Reconnecting…</source>
        <translation>◌ 正在重新连接…</translation>
    </message>
    <message>
        <source>○ Not live</source>
        <translation>○ 未实时更新</translation>
    </message>
    <message>
        <source>Live updates from the service</source>
        <translation>来自服务的实时更新</translation>
    </message>
    <message>
        <source>Desk audit</source>
        <translation>全台审计</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>审批（%1）</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Open the selected ticket</source>
        <translation>打开所选工单</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter、双击</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>发送回复或备注</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Close a ticket tab</source>
        <translation>关闭工单标签页</translation>
    </message>
    <message>
        <source>Middle-click the tab</source>
        <translation>鼠标中键点击标签页</translation>
    </message>
    <message>
        <source>Select several tickets</source>
        <translation>选择多个工单</translation>
    </message>
    <message>
        <source>Shift/Ctrl+click, Shift+arrows, Ctrl+A</source>
        <translation>Shift/Ctrl+单击、Shift+方向键、Ctrl+A</translation>
    </message>
    <message>
        <source>Change the selected tickets</source>
        <translation>更改所选工单</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>About the desk</source>
        <translation>关于工作台</translation>
    </message>
    <message>
        <source>Desk workstation, version %1</source>
        <translation>工作台，版本 %1</translation>
    </message>
    <message>
        <source>The support and security desks' workstation. Connected to %1.</source>
        <translation>客服与安全团队的工作台。已连接到 %1。</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>退出登录？</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which signing out discards.</source>
        <translation>
            <numerusform>有 %n 个工单存在未发送的内容，退出登录将丢弃这些内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>已重新登录。</translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation>退出？</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which quitting discards.</source>
        <translation>
            <numerusform>有 %n 个工单存在未发送的内容，退出将丢弃这些内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge #%1 into another ticket</source>
        <translation>将 #%1 合并到其他工单</translation>
    </message>
    <message>
        <source>Choose the ticket of the same customer to keep. The messages, notes, attachments and tags of #%1 “%2” move to it, and #%1 is closed with a link to it. This cannot be undone.</source>
        <translation>请选择要保留的同一客户的工单。#%1“%2”的消息、备注、附件和标签将移至该工单，#%1 将被关闭并附上指向该工单的链接。此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Merge into selected</source>
        <translation>合并到所选工单(&amp;M)</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>未合并：%1</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message numerus="yes">
        <source>[%n attachment(s): %1]</source>
        <translation>
            <numerusform>[%n 个附件：%1]</numerusform>
        </translation>
    </message>
    <message>
        <source>[Longer than shown: %1 characters in all. “Copy message text” (Ctrl+C) copies all of it.]</source>
        <translation>[内容未完全显示：共 %1 个字符。“复制消息文本”（Ctrl+C）可复制全部内容。]</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Queued: not sent yet</source>
        <translation>排队中：尚未发送</translation>
    </message>
    <message>
        <source>Not sent: the service refused it</source>
        <translation>未发送：服务拒绝了该消息</translation>
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
        <translation>客户</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
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
        <translation>工单</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 — emergency, under review</source>
        <translation>%1 — 紧急，复核中</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（您）</translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation>复核：%1</translation>
    </message>
    <message>
        <source>expires: %1</source>
        <translation>过期：%1</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Offline: %n message(s) queued, sent when the service is back</source>
        <translation>
            <numerusform>⚠ 离线：%n 条消息正在排队，服务恢复后发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued message(s) wait for you to sign in again</source>
        <translation>
            <numerusform>%n 条排队消息正等待您重新登录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n queued message(s)…</source>
        <translation>
            <numerusform>正在发送 %n 条排队消息…</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are kept in memory only</source>
        <translation>草稿仅保存在内存中</translation>
    </message>
    <message>
        <source>Replies and notes you send go to this computer's outbox first and are delivered in order, each exactly once.</source>
        <translation>您发送的回复和备注会先进入本机的发件箱，再按顺序投递，每条只投递一次。</translation>
    </message>
    <message>
        <source>Without a safe system keyring, drafts and queued messages are kept in memory only and are lost if the app closes.</source>
        <translation>没有安全的系统密钥环时，草稿和排队消息仅保存在内存中，应用关闭后即会丢失。</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>%1 is replying</source>
        <translation>%1 正在回复</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 正在查看</translation>
    </message>
</context>
<context>
    <name>PresenceBar</name>
    <message>
        <source>Others on this ticket</source>
        <translation>同时查看此工单的其他人</translation>
    </message>
</context>
<context>
    <name>ReplyAllDialog</name>
    <message>
        <source>Reply to all linked tickets</source>
        <translation>回复所有关联工单</translation>
    </message>
    <message>
        <source>Escalation #%1 (%2): %3</source>
        <translation>升级单 #%1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n linked ticket(s) will each get a normal reply.</source>
        <translation>
            <numerusform>%n 个关联工单将分别收到一条普通回复。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Macro (each customer gets it in their language):</source>
        <translation>宏(&amp;M)（每位客户将收到其语言的版本）：</translation>
    </message>
    <message>
        <source>No macro: send the text below to everyone</source>
        <translation>不使用宏：向所有人发送下方文本</translation>
    </message>
    <message>
        <source>&amp;Reply text:</source>
        <translation>回复内容(&amp;R)：</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>&amp;Send to all</source>
        <translation>全部发送(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n ticket(s).</source>
        <translation>
            <numerusform>已发送至 %n 个工单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent to %n ticket(s): %1 Send again to retry only those.</source>
        <translation>
            <numerusform>有 %n 个工单未能发送：%1 再次发送将仅重试这些工单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 Send again to retry.</source>
        <translation>未发送：%1 请再次发送以重试。</translation>
    </message>
</context>
<context>
    <name>ReplyCollision</name>
    <message>
        <source>Someone else replied</source>
        <translation>其他人已回复</translation>
    </message>
    <message>
        <source>%1 replied to the customer since you opened this ticket. Send your reply anyway?</source>
        <translation>您打开此工单后，%1 已回复了客户。仍要发送您的回复吗？</translation>
    </message>
    <message>
        <source>Their reply:</source>
        <translation>对方的回复：</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>仍然发送(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ReplyWarning</name>
    <message>
        <source>Something that looks like a password (after “%1”).</source>
        <translation>疑似密码的内容（位于“%1”之后）。</translation>
    </message>
    <message>
        <source>Something that looks like a one-time code (after “%1”).</source>
        <translation>疑似一次性验证码的内容（位于“%1”之后）。</translation>
    </message>
    <message>
        <source>A personal-data value revealed earlier in this session: %1.</source>
        <translation>本次会话中先前查看过的个人数据：%1。</translation>
    </message>
    <message>
        <source>A link to %1, which is not one of the exchange's domains.</source>
        <translation>指向 %1 的链接，该域名不属于本交易所。</translation>
    </message>
    <message>
        <source>Send this reply?</source>
        <translation>发送此回复？</translation>
    </message>
    <message>
        <source>This reply to the customer contains something agents must never send:</source>
        <translation>此客户回复包含客服绝不能发送的内容：</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>仍然发送(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Reveal %1</source>
        <translation>查看%1</translation>
    </message>
    <message>
        <source>Revealing the customer's %1 is recorded with your name and reason, and the customer's security team can see it. The value is shown for 30 seconds.</source>
        <translation>查看客户的%1将连同您的姓名和原因一并记录，安全团队可以看到这条记录。该值将显示 30 秒。</translation>
    </message>
    <message>
        <source>&amp;Why do you need it? (at least 3 characters)</source>
        <translation>查看原因(&amp;W)（至少 3 个字符）</translation>
    </message>
    <message>
        <source>Reason for revealing</source>
        <translation>查看原因</translation>
    </message>
    <message>
        <source>e.g. caller verification for ticket #…</source>
        <translation>例如：核验工单 #… 的来电者身份</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>查看(&amp;R)</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be stored.</source>
        <translation>原因中包含无法保存的字符。</translation>
    </message>
</context>
<context>
    <name>RevealableValue</name>
    <message>
        <source>Reveal…</source>
        <translation>查看…</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>查看%1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1 (cleared from the clipboard in 30 s)</source>
        <translation>复制%1（30 秒后从剪贴板清除）</translation>
    </message>
    <message numerus="yes">
        <source>hides in %n s</source>
        <translation>
            <numerusform>%n 秒后隐藏</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealsModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>填写的原因</translation>
    </message>
</context>
<context>
    <name>RiskSignalsModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>24 h cluster</source>
        <translation>24 小时聚集</translation>
    </message>
    <message>
        <source>● clustered</source>
        <translation>● 聚集</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>RiskTimeline</name>
    <message>
        <source>Risk signals (last 30 days, oldest first)</source>
        <translation>风险信号（最近 30 天，按时间从早到晚）</translation>
    </message>
    <message>
        <source>No risk signals in the last 30 days.</source>
        <translation>最近 30 天无风险信号。</translation>
    </message>
    <message numerus="yes">
        <source>Highlighted: %n signals that happened within 24 hours of each other.</source>
        <translation>
            <numerusform>已高亮：%n 个在 24 小时内相继发生的信号。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>%1 · from %2 · IP %3</source>
        <translation>%1 · 来自 %2 · IP %3</translation>
    </message>
    <message>
        <source>%1 address %2</source>
        <translation>%1 地址 %2</translation>
    </message>
    <message>
        <source>%1 %2 (about %3 US dollars), %4</source>
        <translation>%1 %2（约 %3 美元），%4</translation>
    </message>
    <message>
        <source>Password reset through the email link</source>
        <translation>通过邮件链接重置密码</translation>
    </message>
    <message>
        <source>2FA turned on (authenticator app)</source>
        <translation>已开启 2FA（身份验证器应用）</translation>
    </message>
    <message>
        <source>2FA moved to another device</source>
        <translation>2FA 已迁移到另一台设备</translation>
    </message>
    <message>
        <source>2FA turned off</source>
        <translation>已关闭 2FA</translation>
    </message>
    <message>
        <source>Authenticator bound to a new device</source>
        <translation>身份验证器已绑定新设备</translation>
    </message>
    <message>
        <source>Email address changed</source>
        <translation>邮箱地址已更改</translation>
    </message>
    <message>
        <source>2FA reset by the security desk (request #%1)</source>
        <translation>安全团队已重置 2FA（请求 #%1）</translation>
    </message>
</context>
<context>
    <name>SecurityWording</name>
    <message>
        <source>Freeze account</source>
        <translation>冻结账户</translation>
    </message>
    <message>
        <source>Unfreeze account</source>
        <translation>解冻账户</translation>
    </message>
    <message>
        <source>Reset 2FA</source>
        <translation>重置 2FA</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>注销所有会话</translation>
    </message>
    <message>
        <source>Lock withdrawals</source>
        <translation>锁定提现</translation>
    </message>
    <message>
        <source>Unlock withdrawals</source>
        <translation>解锁提现</translation>
    </message>
    <message numerus="yes">
        <source>Lock withdrawals (%n h)</source>
        <translation>
            <numerusform>锁定提现（%n 小时）</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer can no longer sign in, trade, deposit or withdraw until the account is unfrozen. Open orders stay as they are.</source>
        <translation>账户解冻前，客户将无法登录、交易、充值或提现。未成交的挂单保持不变。</translation>
    </message>
    <message>
        <source>The customer can sign in, trade and withdraw again. Do this only once you are sure the person asking is the account owner.</source>
        <translation>客户将可以重新登录、交易和提现。请仅在确认申请人是账户本人后再执行此操作。</translation>
    </message>
    <message>
        <source>Two-factor authentication is switched off, every session is signed out, and withdrawals are locked for 48 hours. The customer sets up 2FA again at the next sign-in.</source>
        <translation>将关闭双重验证、注销所有会话，并锁定提现 48 小时。客户下次登录时需重新设置 2FA。</translation>
    </message>
    <message>
        <source>Every device signed in to this account is signed out at once. The customer (or an attacker) must sign in again with password and 2FA.</source>
        <translation>登录此账户的所有设备将立即被注销。客户（或攻击者）必须使用密码和 2FA 重新登录。</translation>
    </message>
    <message numerus="yes">
        <source>No withdrawals can leave this account for the next %n h. Deposits and trading continue.</source>
        <translation>
            <numerusform>接下来 %n 小时内，此账户无法提现。充值和交易不受影响。</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawals are possible again at once, to any address in the customer's address book.</source>
        <translation>立即恢复提现，可提现至客户地址簿中的任意地址。</translation>
    </message>
    <message>
        <source>The account is frozen immediately, before anyone approves it. A supervisor reviews the freeze within 30 minutes and may reverse it. Use this only when funds are at risk right now.</source>
        <translation>账户将立即冻结，无需事先审批。主管将在 30 分钟内复核此次冻结，并可能撤销。仅在资金正面临风险时使用。</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved and carried out</source>
        <translation>已批准并执行</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>执行失败</translation>
    </message>
    <message>
        <source>Taken, under review</source>
        <translation>已执行，复核中</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Approved, being carried out</source>
        <translation>已批准，执行中</translation>
    </message>
    <message>
        <source>Reversal approved, being carried out</source>
        <translation>撤销已批准，正在执行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>新设备</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>密码重置</translation>
    </message>
    <message>
        <source>2FA changed</source>
        <translation>2FA 变更</translation>
    </message>
    <message>
        <source>New withdrawal address</source>
        <translation>新提现地址</translation>
    </message>
    <message>
        <source>Large withdrawal</source>
        <translation>大额提现</translation>
    </message>
    <message>
        <source>Something went wrong on this workstation (%1).</source>
        <translation>本工作站出现问题（%1）。</translation>
    </message>
    <message>
        <source>This request changed since you opened it. Look at it again.</source>
        <translation>您打开该申请后，它已发生变化。请重新查看。</translation>
    </message>
    <message>
        <source>This request was already decided.</source>
        <translation>该申请已处理。</translation>
    </message>
    <message>
        <source>This would change nothing on the account now.</source>
        <translation>此操作不会对账户当前状态产生任何变化。</translation>
    </message>
    <message>
        <source>This request expired before anyone decided it.</source>
        <translation>该申请在审批前已过期。</translation>
    </message>
    <message>
        <source>Your own request must be decided by another supervisor.</source>
        <translation>您本人的申请必须由另一位主管审批。</translation>
    </message>
    <message>
        <source>Only protective actions can be taken as an emergency.</source>
        <translation>只有保护性操作才能作为紧急操作执行。</translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code and try again.</source>
        <translation>该验证码已被使用。请等待下一个验证码后重试。</translation>
    </message>
    <message>
        <source>That code is not right. Check your authenticator app.</source>
        <translation>验证码不正确。请检查您的身份验证器应用。</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>尝试次数过多。请等待几分钟后重试。</translation>
    </message>
    <message>
        <source>The account system could not carry this out.</source>
        <translation>账户系统无法执行此操作。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>It no longer exists, or you may not see it.</source>
        <translation>该内容已不存在，或您无权查看。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>您的会话已结束。请重新登录。</translation>
    </message>
    <message>
        <source>The desk service cannot be reached. Try again in a moment.</source>
        <translation>无法连接工作台服务。请稍后重试。</translation>
    </message>
    <message>
        <source>Someone changed this meanwhile. Look at it again.</source>
        <translation>此内容已被他人修改。请重新查看。</translation>
    </message>
    <message>
        <source>The service refused the value of %1.</source>
        <translation>服务拒绝了%1的值。</translation>
    </message>
    <message>
        <source>The service refused this (%1).</source>
        <translation>服务拒绝了此操作（%1）。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The system keyring could not be opened.</source>
        <translation>无法打开系统密钥环。</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后活动</translation>
    </message>
    <message>
        <source>IP (masked)</source>
        <translation>IP（已脱敏）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The system's language (%1)</source>
        <translation>系统语言（%1）</translation>
    </message>
    <message>
        <source>Dates and numbers:</source>
        <translation>日期和数字：</translation>
    </message>
    <message>
        <source>Dates and numbers</source>
        <translation>日期和数字</translation>
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
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <source>Sign in to the desk</source>
        <translation>登录工作台</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on; your open tickets and unsent text are kept.</source>
        <translation>您的会话已结束。请重新登录以继续；已打开的工单和未发送的内容都会保留。</translation>
    </message>
    <message>
        <source>Sign in with your desk account and the code from your authenticator app.</source>
        <translation>请使用您的工作台账户和身份验证器应用中的验证码登录。</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only. %1</source>
        <translation>令牌仅在本次会话期间保存在内存中。%1</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 位数字</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>身份验证器验证码</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation>身份验证器应用中的 6 位验证码</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>The resolution clock is paused while the customer has to answer.</source>
        <translation>等待客户答复期间，解决时限暂停计时。</translation>
    </message>
    <message>
        <source>The service target was missed.</source>
        <translation>未达成服务时限目标。</translation>
    </message>
    <message>
        <source>No service target is running.</source>
        <translation>当前没有正在计时的服务时限。</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>%1 was due at %2: overdue.</source>
        <translation>%1时限为 %2：已超时。</translation>
    </message>
    <message>
        <source>%1 due at %2: due soon.</source>
        <translation>%1时限为 %2：即将到期。</translation>
    </message>
    <message>
        <source>%1 due at %2.</source>
        <translation>%1时限为 %2。</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Confirm it's you</source>
        <translation>确认是您本人</translation>
    </message>
    <message>
        <source>🔒 Confirm it's you</source>
        <translation>🔒 确认是您本人</translation>
    </message>
    <message>
        <source>Enter the current code from your authenticator app. What you typed is kept: the step continues by itself once the code is accepted.</source>
        <translation>请输入身份验证器应用中当前的验证码。您已输入的内容会保留：验证码通过后，操作将自动继续。</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>身份验证器验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>身份验证器验证码</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 位数字</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>确认(&amp;F)</translation>
    </message>
</context>
<context>
    <name>SystemNotes</name>
    <message>
        <source>a wallet recovery phrase</source>
        <translation>钱包助记词</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>a payment card number</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
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
        <translation>客户发送的内容疑似%1。工作台已在保存消息前将其移除，这里没有任何人能看到它。请告知客户：任何看到它的人都可以拿走其资金，客户必须立即将资金转移到使用新助记词的新钱包（或注销该卡），并且客服绝不会索要这些信息。</translation>
    </message>
    <message>
        <source>Auto-acknowledgement sent to the customer.</source>
        <translation>已向客户发送自动确认。</translation>
    </message>
    <message>
        <source>Escalated to engineering by %1 as #%2 (%3): %4</source>
        <translation>已由 %1 升级至技术团队，编号 #%2（%3）：%4</translation>
    </message>
    <message>
        <source>Linked by %1 to engineering escalation #%2 (%3): %4. Status: %5</source>
        <translation>已由 %1 关联至技术升级 #%2（%3）：%4。状态：%5</translation>
    </message>
    <message>
        <source>Engineering escalation #%1 is now: %2. Engineering's note: %3</source>
        <translation>技术升级 #%1 的状态现为：%2。技术团队备注：%3</translation>
    </message>
    <message>
        <source>Engineering escalation #%1 is now: %2</source>
        <translation>技术升级 #%1 的状态现为：%2</translation>
    </message>
</context>
<context>
    <name>TakeoverBanner</name>
    <message>
        <source>⚠ Account-takeover pattern</source>
        <translation>⚠ 账户盗用特征</translation>
    </message>
    <message>
        <source>Several risk signals (new device, password or 2FA change, new withdrawal address, large withdrawal) happened within 24 hours. Verify the caller before changing anything for them.</source>
        <translation>24 小时内出现了多个风险信号（新设备、修改密码或 2FA、新提现地址、大额提现）。在为来电者做任何更改之前，请先核验其身份。</translation>
    </message>
    <message>
        <source>Emergency &amp;freeze…</source>
        <translation>紧急冻结(&amp;F)…</translation>
    </message>
    <message>
        <source>Emergency freeze (takes effect at once)</source>
        <translation>紧急冻结（立即生效）</translation>
    </message>
</context>
<context>
    <name>TicketControls</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>优先级(&amp;I)：</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>类别(&amp;Y)：</translation>
    </message>
    <message>
        <source>Assign&amp;ee:</source>
        <translation>处理人(&amp;E)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <source>Assign this ticket to yourself (Ctrl+Shift+A)</source>
        <translation>将此工单分配给自己（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>以英文逗号分隔</translation>
    </message>
    <message>
        <source>Press Enter to save the tags</source>
        <translation>按 Enter 保存标签</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <source>Loading ticket…</source>
        <translation>正在加载工单…</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>处理人：%1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>This customer's account shows the account-takeover pattern right now. Check the security panel before acting on any request.</source>
        <translation>该客户的账户当前呈现账户盗用特征。处理任何请求之前，请先查看安全面板。</translation>
    </message>
    <message>
        <source>⚠ Customer exposed a secret: they sent a recovery phrase, private key or card number. The desk removed it before storing the message. Read the internal note: tell the customer to move their funds to a new wallet now.</source>
        <translation>⚠ 客户泄露了机密信息：发送了助记词、私钥或卡号。工作台已在保存消息前将其移除。请阅读内部备注：告知客户立即将资金转移到新钱包。</translation>
    </message>
    <message>
        <source>Customer rating: %1 (%2 of 5)</source>
        <translation>客户评分：%1（%2/5）</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
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
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Subject or #number</source>
        <translation>主题或 #编号</translation>
    </message>
    <message>
        <source>Find in the customer's tickets</source>
        <translation>在该客户的工单中查找</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>The customer's tickets</source>
        <translation>该客户的工单</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Could not load the tickets: %1</source>
        <translation>无法加载工单：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No tickets match.</source>
        <translation>没有匹配的工单。</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>没有工单。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>已加载 %n 个工单，滚动可查看更多</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketTab</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard the unsent message</source>
        <translation>丢弃未发送的消息(&amp;D)</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Its messages, notes and files moved to #%1 with the merge.</source>
        <translation>其消息、备注和文件已随合并移至 #%1。</translation>
    </message>
    <message>
        <source>This ticket no longer exists, or you can no longer see it.</source>
        <translation>该工单已不存在，或您已无权查看。</translation>
    </message>
    <message>
        <source>Could not load this ticket: %1</source>
        <translation>无法加载此工单：%1</translation>
    </message>
    <message>
        <source>Someone else changed this ticket since you last saw it, so your change was not saved. Reload to see their change, then decide again.</source>
        <translation>自您上次查看后，其他人修改了此工单，因此您的更改未保存。请重新加载以查看对方的更改，然后再做决定。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>A queued message was not sent: %1 It stays in the conversation, marked as not sent: copy it from there, or select it and press Delete to discard it.</source>
        <translation>一条排队消息未能发送：%1 该消息保留在对话中，并标记为未发送：您可以从中复制，或选中后按 Delete 键丢弃。</translation>
    </message>
    <message>
        <source>Discard the unsent message?</source>
        <translation>丢弃未发送的消息？</translation>
    </message>
    <message>
        <source>The service refused this message, so it was never sent. Discard it from this computer?</source>
        <translation>服务拒绝了此消息，因此它从未发送。要从本机丢弃它吗？</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>已合并到 #%1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Secret exposed: %1</source>
        <translation>机密信息泄露：%1</translation>
    </message>
</context>
<context>
    <name>TicketTabs</name>
    <message>
        <source>Discard unsent text?</source>
        <translation>放弃未发送的内容？</translation>
    </message>
    <message>
        <source>The reply you were writing in %1 has not been sent. Close the tab and discard it?</source>
        <translation>您在 %1 中撰写的回复尚未发送。要关闭标签页并放弃该回复吗？</translation>
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
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
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
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tx hash</source>
        <translation>交易哈希</translation>
    </message>
    <message>
        <source>Address (masked)</source>
        <translation>地址（已脱敏）</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>提现</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>充值</translation>
    </message>
</context>
<context>
    <name>WhoViewedTab</name>
    <message>
        <source>Every time someone on the desk revealed this customer's personal data.</source>
        <translation>工作台人员每次查看此客户个人数据的记录。</translation>
    </message>
    <message>
        <source>Who viewed this</source>
        <translation>查看记录</translation>
    </message>
    <message>
        <source>Nobody has revealed this customer's data.</source>
        <translation>尚无人查看过此客户的数据。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Reload who viewed this</source>
        <translation>重新加载查看记录</translation>
    </message>
    <message numerus="yes">
        <source>Reveals recorded: %n.</source>
        <translation>
            <numerusform>已记录的查看次数：%n。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
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
        <translation>暂无评分</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 5 from %n rating(s)</source>
        <translation>
            <numerusform>%1/5（共 %n 条评分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals waiting: %1, the oldest for %2</source>
        <translation>待审批：%1 项，最久已等待 %2</translation>
    </message>
    <message>
        <source>Approvals waiting: none</source>
        <translation>待审批：无</translation>
    </message>
    <message>
        <source>Backlog: %1</source>
        <translation>积压：%1</translation>
    </message>
    <message>
        <source>Breached now: %1</source>
        <translation>当前已超时：%1</translation>
    </message>
    <message>
        <source>Median first response: %1</source>
        <translation>首次响应中位数：%1</translation>
    </message>
    <message>
        <source>Median resolution: %1</source>
        <translation>解决时长中位数：%1</translation>
    </message>
    <message>
        <source>CSAT: %1</source>
        <translation>CSAT：%1</translation>
    </message>
    <message>
        <source>%1 is rising: %2 tickets in the last hour, usually %3.</source>
        <translation>“%1”类工单正在增加：过去一小时 %2 个，通常为 %3 个。</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <source>Tickets per day (UTC)</source>
        <translation>每日工单数（UTC）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>SLA attainment (tickets opened in the period)</source>
        <translation>SLA 达成率（本期间新建的工单）</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时限类型</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>达成率 %</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Breached now</source>
        <translation>当前已超时</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>响应时长</translation>
    </message>
    <message>
        <source>Median first response (seconds)</source>
        <translation>首次响应中位数（秒）</translation>
    </message>
    <message>
        <source>Median resolution (seconds)</source>
        <translation>解决时长中位数（秒）</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Agent load</source>
        <translation>客服工作量</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>待客户回复</translation>
    </message>
    <message>
        <source>Solved in period</source>
        <translation>本期间已解决</translation>
    </message>
    <message>
        <source>Backlog now</source>
        <translation>当前积压</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>复核中</translation>
    </message>
    <message>
        <source>Oldest (seconds)</source>
        <translation>最长等待（秒）</translation>
    </message>
    <message>
        <source>Median age (seconds)</source>
        <translation>等待时长中位数（秒）</translation>
    </message>
    <message>
        <source>Trend alerts</source>
        <translation>趋势警报</translation>
    </message>
    <message>
        <source>Raised at (UTC)</source>
        <translation>触发时间（UTC）</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>通常值</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Upload of %1</source>
        <translation>%1 的上传进度</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>正在上传…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the upload of %1</source>
        <translation>取消上传 %1</translation>
    </message>
    <message>
        <source>%1, %2 — goes with this message</source>
        <translation>%1，%2 — 随此消息发送</translation>
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
