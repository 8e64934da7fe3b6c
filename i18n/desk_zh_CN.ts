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
            <source>Review overdue</source>
            <translation>复核超时</translation>
        </message>
        <message>
            <source>Personal data revealed</source>
            <translation>已查看个人数据</translation>
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
    </context>
    <context>
        <name>Links</name>
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
        <name>MessageListModel</name>
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
            <source>SLA: %1 — %2</source>
            <translation>SLA：%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>TicketTab</name>
        <message>
            <source>&amp;Reload</source>
            <translation>重新加载(&amp;R)</translation>
        </message>
        <message>
            <source>Ticket %1</source>
            <translation>工单 %1</translation>
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
            <source>Unassigned</source>
            <translation>未分配</translation>
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
</TS>
