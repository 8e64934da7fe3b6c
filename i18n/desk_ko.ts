<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ActionPanel</name>
    <message>
        <source>Every action below needs a second person: a supervisor approves it before anything changes. The emergency freeze is the exception.</source>
        <translation>아래 조치는 모두 2인 확인이 필요합니다. 관리자가 승인해야 실제로 변경됩니다. 단, 긴급 동결은 예외입니다.</translation>
    </message>
    <message>
        <source>Protect the account</source>
        <translation>계정 보호</translation>
    </message>
    <message>
        <source>Restore access</source>
        <translation>접근 복구</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Emergency &amp;freeze…</source>
        <translation>긴급 동결(&amp;F)…</translation>
    </message>
    <message>
        <source>Emergency freeze (takes effect at once)</source>
        <translation>긴급 동결(즉시 적용)</translation>
    </message>
    <message>
        <source>Freezes the account at once; a supervisor reviews it within 30 minutes and may reverse it.</source>
        <translation>계정을 즉시 동결합니다. 관리자가 30분 이내에 검토하며 되돌릴 수도 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Cancel my request</source>
        <translation>내 요청 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Requests for this customer</source>
        <translation>이 고객에 대한 요청</translation>
    </message>
    <message>
        <source>No security actions requested yet.</source>
        <translation>요청된 보안 조치가 없습니다.</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>고객 정보를 불러오는 중…</translation>
    </message>
    <message>
        <source>Request #%1 for this is already waiting for a supervisor.</source>
        <translation>이 조치에 대한 요청(#%1)이 이미 관리자 승인 대기 중입니다.</translation>
    </message>
    <message>
        <source>The account is already frozen.</source>
        <translation>계정이 이미 동결되어 있습니다.</translation>
    </message>
    <message>
        <source>The account is not frozen.</source>
        <translation>계정이 동결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Two-factor authentication is already off.</source>
        <translation>2단계 인증(2FA)이 이미 해제되어 있습니다.</translation>
    </message>
    <message>
        <source>The customer has no active sessions.</source>
        <translation>고객의 활성 세션이 없습니다.</translation>
    </message>
    <message>
        <source>Withdrawals are not locked.</source>
        <translation>출금이 제한되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Opens the request form; nothing happens until you submit it.</source>
        <translation>요청 양식을 엽니다. 제출하기 전에는 아무것도 변경되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 taken at once; a supervisor will review it.</source>
        <translation>%1 조치를 즉시 실행했습니다. 관리자가 검토합니다.</translation>
    </message>
    <message>
        <source>%1 requested; waiting for a supervisor.</source>
        <translation>%1 요청됨. 관리자 승인을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>요청을 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Select one of your own pending requests.</source>
        <translation>본인이 올린 대기 중인 요청을 선택하세요.</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>요청 취소됨: %1</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>취소하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>ActionRequestDialog</name>
    <message>
        <source>Emergency: %1</source>
        <translation>긴급: %1</translation>
    </message>
    <message>
        <source>Emergency: %1 now</source>
        <translation>긴급: 즉시 %1</translation>
    </message>
    <message>
        <source>This takes effect the moment you press the button. Your reason and the action are recorded in the audit log and shown to the supervisors.</source>
        <translation>버튼을 누르는 즉시 적용됩니다. 사유와 조치 내용은 감사 로그에 기록되며 관리자에게 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 &amp;now</source>
        <translation>즉시 %1(&amp;N)</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>요청: %1</translation>
    </message>
    <message>
        <source>Nothing changes yet: a supervisor other than you must approve this request. It expires if nobody decides it in time. You can cancel it while it is pending.</source>
        <translation>아직 변경되는 것은 없습니다. 본인이 아닌 다른 관리자가 이 요청을 승인해야 합니다. 기한 내에 아무도 결정하지 않으면 요청은 만료됩니다. 대기 중에는 요청을 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Request approval</source>
        <translation>승인 요청(&amp;R)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>고객:</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Linked ticket:</source>
        <translation>연결된 티켓:</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>None — the request is not linked to a ticket</source>
        <translation>없음 — 티켓에 연결되지 않은 요청</translation>
    </message>
    <message>
        <source>Lock for (&amp;hours):</source>
        <translation>제한 시간(&amp;H):</translation>
    </message>
    <message>
        <source>Lock withdrawals for how many hours</source>
        <translation>출금을 제한할 시간</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 시간</translation>
    </message>
    <message>
        <source>Rea&amp;son (required; the supervisor and the audit log see it):</source>
        <translation>사유(&amp;S) (필수 — 관리자와 감사 로그에 표시됨):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>What you saw and why this action is needed</source>
        <translation>확인한 내용과 이 조치가 필요한 이유</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be stored.</source>
        <translation>사유에 저장할 수 없는 문자가 포함되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Requested</source>
        <translation>요청 일시</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>요청자</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>%1 (emergency)</source>
        <translation>%1 (긴급)</translation>
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
        <translation>최근 로그인</translation>
    </message>
    <message>
        <source>No sign-ins in the last 30 days.</source>
        <translation>최근 30일간 로그인 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>활성 세션</translation>
    </message>
    <message>
        <source>No active sessions.</source>
        <translation>활성 세션이 없습니다.</translation>
    </message>
    <message>
        <source>Deposits and withdrawals</source>
        <translation>입출금</translation>
    </message>
    <message>
        <source>No recent deposits or withdrawals.</source>
        <translation>최근 입출금 내역이 없습니다.</translation>
    </message>
    <message>
        <source>Address book changes</source>
        <translation>주소록 변경</translation>
    </message>
    <message>
        <source>No address book changes.</source>
        <translation>주소록 변경 내역이 없습니다.</translation>
    </message>
</context>
<context>
    <name>AddressBookModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Address (masked)</source>
        <translation>주소(마스킹)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>라벨</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>AnswerTools</name>
    <message>
        <source>Macros… (Ctrl+M)</source>
        <translation>매크로… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Insert a canned reply in the customer's language</source>
        <translation>고객의 언어로 정형 답변 삽입</translation>
    </message>
    <message>
        <source>Escalate to engineering…</source>
        <translation>개발팀에 에스컬레이션…</translation>
    </message>
    <message>
        <source>Hand a technical problem to engineering (Ctrl+Shift+E)</source>
        <translation>기술 문제를 개발팀에 전달 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Reply to all lin&amp;ked…</source>
        <translation>연결된 티켓 모두에 답변(&amp;K)…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>지식 베이스</translation>
    </message>
    <message>
        <source>Articles for this ticket (Ctrl+K)</source>
        <translation>이 티켓 관련 문서 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Inserted the %1 version of “%2”: it has no %3 version yet.</source>
        <translation>“%2”의 %1 버전을 삽입했습니다. 아직 %3 버전이 없습니다.</translation>
    </message>
    <message>
        <source>Escalated, but these files were refused: %1</source>
        <translation>에스컬레이션했지만 다음 파일은 거부되었습니다: %1</translation>
    </message>
    <message>
        <source>Escalation #%1: %2</source>
        <translation>에스컬레이션 #%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n linked ticket(s)</source>
        <translation>
            <numerusform>연결된 티켓 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo accounts: agent1, agent2, secops1, super1, admin1; password desk-demo. The authenticator codes come from the demo TOTP secret %1.</source>
        <translation>데모 계정: agent1, agent2, secops1, super1, admin1, 비밀번호 desk-demo. 인증 코드는 데모 TOTP 비밀키 %1에서 생성됩니다.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in the log; you can carry on working.</source>
        <translation>문제가 발생했습니다(%1). 자세한 내용은 로그에 있으며, 계속 작업하셔도 됩니다.</translation>
    </message>
    <message>
        <source>Starting the demo service…</source>
        <translation>데모 서비스를 시작하는 중…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>데스크</translation>
    </message>
    <message>
        <source>The demo service could not be started: %1</source>
        <translation>데모 서비스를 시작하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Requests waiting for a second person, oldest first. Emergencies already taken are on top until reviewed. Select one to see its evidence.</source>
        <translation>2인 확인을 기다리는 요청입니다(오래된 순). 이미 실행된 긴급 조치는 검토될 때까지 맨 위에 표시됩니다. 항목을 선택하면 근거 자료를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Open security requests (read-only: supervisors decide them).</source>
        <translation>미결 보안 요청(읽기 전용 — 결정은 관리자가 합니다).</translation>
    </message>
    <message>
        <source>Open &amp;requests</source>
        <translation>미결 요청(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing is waiting for a decision.</source>
        <translation>결정을 기다리는 요청이 없습니다.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>새로고침(&amp;L)</translation>
    </message>
    <message>
        <source>Reload open requests</source>
        <translation>미결 요청 새로고침</translation>
    </message>
    <message numerus="yes">
        <source>Open requests: %n.</source>
        <translation>
            <numerusform>미결 요청: %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>요청을 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1, requested by %2</source>
        <translation>%1, 요청자: %2</translation>
    </message>
    <message>
        <source>Emergency action to review</source>
        <translation>검토할 긴급 조치</translation>
    </message>
    <message>
        <source>New security request</source>
        <translation>새 보안 요청</translation>
    </message>
    <message>
        <source>New security requests</source>
        <translation>새 보안 요청</translation>
    </message>
    <message numerus="yes">
        <source>%n requests are waiting.</source>
        <translation>
            <numerusform>요청 %n건이 대기 중입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency review overdue</source>
        <translation>긴급 조치 검토 기한 초과</translation>
    </message>
    <message>
        <source>An emergency action is past its review deadline.</source>
        <translation>긴급 조치의 검토 기한이 지났습니다.</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>A&amp;ttach files…</source>
        <translation>파일 첨부(&amp;T)…</translation>
    </message>
    <message>
        <source>Attach files to this message, or drop them on the composer</source>
        <translation>이 메시지에 파일을 첨부하거나 작성 창에 끌어다 놓으세요</translation>
    </message>
    <message>
        <source>or drop files on the composer</source>
        <translation>또는 작성 창에 파일을 끌어다 놓으세요</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>파일이 너무 큽니다.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>텍스트 파일</translation>
    </message>
    <message>
        <source>Screen recording</source>
        <translation>화면 녹화</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>This file is a program or script. The desk does not accept programs, whatever their name.</source>
        <translation>프로그램 또는 스크립트 파일입니다. 데스크는 파일 이름과 관계없이 프로그램을 받지 않습니다.</translation>
    </message>
    <message>
        <source>This file is an archive or an Office document. Send a PDF or a screenshot instead.</source>
        <translation>압축 파일 또는 Office 문서입니다. 대신 PDF나 스크린샷을 보내세요.</translation>
    </message>
    <message>
        <source>The desk does not accept this type of file. Images, PDFs, text files and short screen recordings are accepted.</source>
        <translation>데스크에서 받지 않는 파일 형식입니다. 이미지, PDF, 텍스트 파일, 짧은 화면 녹화만 받습니다.</translation>
    </message>
    <message>
        <source>This file is damaged, incomplete or too large to open safely.</source>
        <translation>파일이 손상되었거나 불완전하거나, 너무 커서 안전하게 열 수 없습니다.</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>파일이 너무 큽니다.</translation>
    </message>
    <message>
        <source>Too many files for one message. Send the rest with another message.</source>
        <translation>한 메시지에 첨부할 수 있는 파일 수를 초과했습니다. 나머지는 다른 메시지로 보내세요.</translation>
    </message>
    <message>
        <source>A file was already sent or is not yours to send. Remove it and attach it again.</source>
        <translation>이미 전송되었거나 본인이 보낼 수 없는 파일이 있습니다. 해당 파일을 삭제한 후 다시 첨부하세요.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Requested</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>Execution failed</source>
        <translation>실행 실패</translation>
    </message>
    <message>
        <source>Emergency confirmed</source>
        <translation>긴급 조치 확정</translation>
    </message>
    <message>
        <source>Emergency reversed</source>
        <translation>긴급 조치 되돌림</translation>
    </message>
    <message>
        <source>Previous state restored</source>
        <translation>이전 상태 복원</translation>
    </message>
    <message>
        <source>Reversal refused by the account system</source>
        <translation>계정 시스템이 되돌리기를 거부함</translation>
    </message>
    <message>
        <source>Sign-in ended: a session token was used twice (possible theft)</source>
        <translation>로그인 종료: 세션 토큰이 두 번 사용됨(도용 가능성)</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>검토 기한 초과</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>개인정보 열람</translation>
    </message>
    <message>
        <source>Attachment downloaded</source>
        <translation>첨부 파일 다운로드</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>항목: %1</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>긴급</translation>
    </message>
    <message>
        <source>request #%1</source>
        <translation>요청 #%1</translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation>티켓 #%1</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>고객 #%1</translation>
    </message>
    <message>
        <source>Entry #%1, hash %2</source>
        <translation>기록 #%1, 해시 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>수행자</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail for this customer</source>
        <translation>이 고객의 감사 기록</translation>
    </message>
    <message>
        <source>Audit trail for this ticket</source>
        <translation>이 티켓의 감사 기록</translation>
    </message>
    <message>
        <source>Audit trail for the whole desk</source>
        <translation>데스크 전체 감사 기록</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>아직 기록이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Reload and verify</source>
        <translation>새로고침 및 검증(&amp;R)</translation>
    </message>
    <message>
        <source>Could not verify the audit chain: %1</source>
        <translation>감사 체인을 검증하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>감사 체인 검증 중…</translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit chain verified: %n entries</source>
        <translation>
            <numerusform>✔ 감사 체인 검증 완료: %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ CHAIN BROKEN at entry #%1 — report this to security at once</source>
        <translation>✖ 기록 #%1에서 체인 손상 — 즉시 보안팀에 보고하세요</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n. Older ones load as you scroll down.</source>
        <translation>
            <numerusform>표시된 기록: %n건. 아래로 스크롤하면 이전 기록을 불러옵니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n (all of them).</source>
        <translation>
            <numerusform>표시된 기록: %n건(전체).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the audit trail: %1</source>
        <translation>감사 기록을 불러오지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>Change tickets</source>
        <translation>티켓 일괄 변경</translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected ticket(s). Each ticket keeps its own version: one that someone else changed since it was loaded is left as it is, and listed.</source>
        <translation>
            <numerusform>선택한 티켓 %n건을 변경합니다. 티켓마다 버전이 따로 관리되므로, 불러온 이후 다른 사람이 변경한 티켓은 그대로 두고 목록에 표시합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>담당자(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>우선순위(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>분류(&amp;C):</translation>
    </message>
    <message>
        <source>Add &amp;tags:</source>
        <translation>태그 추가(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>태그 삭제(&amp;R):</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>태그 추가</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>태그 삭제</translation>
    </message>
    <message>
        <source>comma-separated, e.g. vip, refund</source>
        <translation>쉼표로 구분, 예: vip, refund</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <source>Also every other ticket of this view that is not loaded yet</source>
        <translation>이 보기에서 아직 불러오지 않은 나머지 티켓도 모두 포함</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>적용(&amp;P)</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>변경 안 함</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>미배정</translation>
    </message>
</context>
<context>
    <name>BulkResult</name>
    <message>
        <source>someone else changed it after it was loaded</source>
        <translation>불러온 이후 다른 사람이 변경했습니다</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>더 이상 존재하지 않습니다</translation>
    </message>
    <message>
        <source>the service refused the change</source>
        <translation>서비스에서 변경을 거부했습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>티켓 %n건을 변경했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already had these values.</source>
        <translation>
            <numerusform>%n개는 이미 이 값이었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not changed.</source>
        <translation>
            <numerusform>%n건은 변경되지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the tickets after that were not sent.</source>
        <translation>취소됨: 이후 티켓은 전송되지 않았습니다.</translation>
    </message>
    <message>
        <source>Stopped: %1 The tickets after that were not sent.</source>
        <translation>중단됨: %1 이후 티켓은 전송되지 않았습니다.</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 외 %n건.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkTriage</name>
    <message>
        <source>C&amp;hange selected…</source>
        <translation>선택 항목 변경(&amp;H)…</translation>
    </message>
    <message>
        <source>Assign, or change status, priority, category or tags (Ctrl+E)</source>
        <translation>배정 또는 상태, 우선순위, 분류, 태그 변경 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>티켓 %n건 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing tickets</source>
        <translation>티켓 변경 중</translation>
    </message>
    <message>
        <source>Changing tickets…</source>
        <translation>티켓 변경 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sent…</source>
        <translation>
            <numerusform>티켓 %n건 전송됨…</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets changed</source>
        <translation>티켓 변경 완료</translation>
    </message>
    <message>
        <source>Not changed:</source>
        <translation>변경되지 않음:</translation>
    </message>
</context>
<context>
    <name>CollabBar</name>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>다른 티켓에 병합(&amp;G)…</translation>
    </message>
    <message>
        <source>Merge this ticket into another ticket of the same customer</source>
        <translation>이 티켓을 같은 고객의 다른 티켓에 병합</translation>
    </message>
    <message>
        <source>This ticket was merged into #%1: its conversation continues there.</source>
        <translation>이 티켓은 #%1에 병합되었습니다. 대화는 해당 티켓에서 이어집니다.</translation>
    </message>
    <message>
        <source>&amp;Open #%1</source>
        <translation>#%1 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Open the ticket it was merged into</source>
        <translation>병합된 대상 티켓 열기(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Re&amp;ply to customer</source>
        <translation>고객에게 답변(&amp;P)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>내부 메모(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Message (internal note, only agents see it):</source>
        <translation>메시지(&amp;M) (내부 메모 — 상담원만 볼 수 있음):</translation>
    </message>
    <message>
        <source>Write a note for other agents…</source>
        <translation>다른 상담원에게 남길 메모를 작성하세요…</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>내부 메모</translation>
    </message>
    <message>
        <source>&amp;Message (the customer will see it; they write in %1):</source>
        <translation>메시지(&amp;M) (고객에게 표시됨 — 고객 사용 언어: %1):</translation>
    </message>
    <message>
        <source>&amp;Message (the customer will see it):</source>
        <translation>메시지(&amp;M) (고객에게 표시됨):</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>고객에게 보낼 답변을 작성하세요…</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>고객에게 답변</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter로 전송</translation>
    </message>
    <message>
        <source>This ticket was merged into #%1, so nothing more can be sent from here. Your text is kept: copy it into #%1.</source>
        <translation>이 티켓은 #%1(으)로 병합되어 여기서는 더 이상 보낼 수 없습니다. 작성한 내용은 보존되어 있으니 #%1에 복사해 주세요.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>전송 중…</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>메모 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>답변 전송(&amp;S)</translation>
    </message>
    <message>
        <source>The message is too long (%1 characters; at most %2).</source>
        <translation>메시지가 너무 깁니다(%1자, 최대 %2자).</translation>
    </message>
    <message>
        <source>Wait until the files are uploaded, or cancel them.</source>
        <translation>파일 업로드가 끝날 때까지 기다리거나 업로드를 취소하세요.</translation>
    </message>
    <message>
        <source>Not sent: %1 Your text is kept; send again when ready.</source>
        <translation>전송되지 않음: %1 작성한 내용은 유지됩니다. 준비되면 다시 전송하세요.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ConversationFiles</name>
    <message>
        <source>Image not available</source>
        <translation>이미지를 표시할 수 없음</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>이미지를 불러오는 중…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>첨부 파일 저장</translation>
    </message>
    <message>
        <source>Save this file from the conversation?

Name: %1
Type: %2 (%3), found from its contents
Size: %4

The desk does not open it. Open it only if you expect it.</source>
        <translation>대화에 포함된 이 파일을 저장하시겠습니까?

이름: %1
형식: %2 (%3), 파일 내용으로 판별
크기: %4

데스크는 이 파일을 열지 않습니다. 예상한 파일인 경우에만 여세요.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>The file was not saved: %1</source>
        <translation>파일을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>View image “%1”</source>
        <translation>이미지 “%1” 보기</translation>
    </message>
    <message>
        <source>Save “%1”…</source>
        <translation>“%1” 저장…</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>system</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>%1 · internal note</source>
        <translation>%1 · 내부 메모</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>&amp;Copy message text</source>
        <translation>메시지 텍스트 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Open link…</source>
        <translation>링크 열기…</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>&amp;Profile and risk</source>
        <translation>프로필 및 위험(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>활동(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>이력(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Security actions</source>
        <translation>보안 조치(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Who viewed this</source>
        <translation>열람 기록(&amp;W)</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>감사(&amp;U)</translation>
    </message>
    <message>
        <source>Ticket audit</source>
        <translation>티켓 감사</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>고객 정보</translation>
    </message>
    <message>
        <source>ACCOUNT FROZEN</source>
        <translation>계정 동결됨</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Incident record…</source>
        <translation>사고 기록(&amp;I)…</translation>
    </message>
    <message>
        <source>The timeline of this account for the security investigation</source>
        <translation>보안 조사를 위한 이 계정의 타임라인</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>고객 #%1</translation>
    </message>
    <message>
        <source>Customer #%1 · %2 · %3 · VIP %4</source>
        <translation>고객 #%1 · %2 · %3 · VIP %4</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>고객 정보를 불러오는 중…</translation>
    </message>
    <message>
        <source>Could not load the customer: %1</source>
        <translation>고객 정보를 불러오지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>CustomerTicketsModel</name>
    <message>
        <source>Ticket</source>
        <translation>티켓</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>#%1에 병합됨</translation>
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
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>최근 90일</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the figures shown for this period as a CSV file</source>
        <translation>이 기간에 표시된 수치를 CSV 파일로 저장</translation>
    </message>
    <message>
        <source>&amp;Breached now (Enter opens the ticket)</source>
        <translation>현재 기한 초과(&amp;B) (Enter 키로 티켓 열기)</translation>
    </message>
    <message>
        <source>Tickets past a due time now</source>
        <translation>현재 기한이 지난 티켓</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>수치를 불러오는 중…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>%1에 업데이트됨</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>수치를 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>Tickets per day</source>
        <translation>일별 티켓</translation>
    </message>
    <message>
        <source>Opened %1, solved %2 in the period</source>
        <translation>기간 내 접수 %1건, 해결 %2건</translation>
    </message>
    <message>
        <source>Opened by category, per day</source>
        <translation>분류별 접수 (일별)</translation>
    </message>
    <message>
        <source>Opened by category, per week</source>
        <translation>분류별 접수 (주별)</translation>
    </message>
    <message>
        <source>Most tickets: %1</source>
        <translation>최다 분류: %1</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>첫 응답</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>기한 준수</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>SLA 달성률</translation>
    </message>
    <message>
        <source>First response %1, resolution %2</source>
        <translation>첫 응답 %1, 해결 %2</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Customer satisfaction: %1</source>
        <translation>고객 만족도: %1</translation>
    </message>
    <message>
        <source>Ratings from 1 to 5 stars: %1</source>
        <translation>평가(별 1~5개): %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>응답 대기</translation>
    </message>
    <message>
        <source>Agent load</source>
        <translation>상담원별 업무량</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s): assigned tickets active, waiting for the customer and breached now; solved in the period</source>
        <translation>
            <numerusform>상담원 %n명: 배정된 티켓 중 진행 중, 고객 응답 대기, 현재 기한 초과 건수 및 기간 내 해결 건수</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend alert</source>
        <translation>추세 알림</translation>
    </message>
    <message>
        <source>desk-statistics-%1.csv</source>
        <translation>desk-statistics-%1.csv</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>통계 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 파일을 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장 완료</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Co&amp;mment (required to reject; the requester sees it):</source>
        <translation>코멘트(&amp;M) (반려 시 필수 — 요청자에게 표시됨):</translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation>결정 코멘트</translation>
    </message>
    <message>
        <source>Your request — another supervisor must decide.</source>
        <translation>본인의 요청입니다 — 다른 관리자가 결정해야 합니다.</translation>
    </message>
    <message>
        <source>&amp;Keep it (confirm)…</source>
        <translation>유지(확정)(&amp;K)…</translation>
    </message>
    <message>
        <source>Re&amp;verse it…</source>
        <translation>되돌리기(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>승인(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>반려(&amp;R)</translation>
    </message>
    <message>
        <source>The comment is too long.</source>
        <translation>코멘트가 너무 깁니다.</translation>
    </message>
    <message>
        <source>Keep the emergency %1 in place?</source>
        <translation>긴급 %1 조치를 유지하시겠습니까?</translation>
    </message>
    <message>
        <source>The action stays in effect and the review is closed.</source>
        <translation>조치가 계속 적용되며 검토가 종료됩니다.</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>유지(&amp;K)</translation>
    </message>
    <message>
        <source>Approve and carry out “%1” for customer #%2 now?</source>
        <translation>고객 #%2에 대해 “%1” 조치를 지금 승인하고 실행하시겠습니까?</translation>
    </message>
    <message>
        <source>&amp;Approve and carry out</source>
        <translation>승인 및 실행(&amp;A)</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>요청 승인</translation>
    </message>
    <message>
        <source>Say why you reject this request: the comment is required.</source>
        <translation>반려 사유를 입력하세요. 코멘트는 필수입니다.</translation>
    </message>
    <message>
        <source>Reverse the emergency %1?</source>
        <translation>긴급 %1 조치를 되돌리시겠습니까?</translation>
    </message>
    <message>
        <source>The account goes back to how it was before the emergency action. Do this only if the action was a mistake.</source>
        <translation>계정이 긴급 조치 이전 상태로 돌아갑니다. 조치가 잘못된 경우에만 실행하세요.</translation>
    </message>
    <message>
        <source>Reverse emergency action</source>
        <translation>긴급 조치 되돌리기</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>되돌리기(&amp;V)</translation>
    </message>
    <message>
        <source>Approved, but the account system could not carry it out.</source>
        <translation>승인되었으나 계정 시스템에서 실행하지 못했습니다.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>완료: %1.</translation>
    </message>
    <message>
        <source>This request expired before anyone decided it.</source>
        <translation>결정되기 전에 요청이 만료되었습니다.</translation>
    </message>
    <message>
        <source>Already decided by %1: %2.</source>
        <translation>이미 %1 님이 결정했습니다: %2.</translation>
    </message>
    <message>
        <source>Already decided: %1.</source>
        <translation>이미 결정됨: %1.</translation>
    </message>
    <message>
        <source>This request changed since you opened it. Check it again before deciding.</source>
        <translation>요청을 연 이후 내용이 변경되었습니다. 결정하기 전에 다시 확인하세요.</translation>
    </message>
    <message>
        <source>Approving would change nothing: the account is already in that state. Reject it instead.</source>
        <translation>승인해도 변경되는 것이 없습니다. 계정이 이미 해당 상태입니다. 대신 반려하세요.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The user name, password or code is wrong.</source>
        <translation>사용자 이름, 비밀번호 또는 코드가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>That code has already been used. Wait for the next code in your authenticator app and try again.</source>
        <translation>이미 사용된 코드입니다. 인증 앱에 다음 코드가 표시되면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Wait a few minutes, then try again.</source>
        <translation>로그인 실패 횟수가 너무 많습니다. 몇 분 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>비활성화된 계정입니다. 시스템 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>세션이 만료되었습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Confirm with a fresh code from your authenticator app first.</source>
        <translation>먼저 인증 앱의 새 코드로 본인 확인을 하세요.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>이 작업을 수행할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>This no longer exists, or you cannot see it.</source>
        <translation>더 이상 존재하지 않거나 조회 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Someone else changed this ticket since you opened it. Reload to see their change.</source>
        <translation>티켓을 연 이후 다른 사람이 변경했습니다. 새로고침하여 변경 내용을 확인하세요.</translation>
    </message>
    <message>
        <source>The service refused the request as invalid.</source>
        <translation>요청이 유효하지 않아 서비스에서 거부했습니다.</translation>
    </message>
    <message>
        <source>This is too long for the service to accept.</source>
        <translation>내용이 너무 길어 서비스에서 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>This message was already sent with different text. Send it again as a new message.</source>
        <translation>이 메시지는 이미 다른 내용으로 전송되었습니다. 새 메시지로 다시 보내세요.</translation>
    </message>
    <message>
        <source>Someone else has already decided this.</source>
        <translation>다른 사람이 이미 결정했습니다.</translation>
    </message>
    <message>
        <source>This request has expired.</source>
        <translation>요청이 만료되었습니다.</translation>
    </message>
    <message>
        <source>Another agent replied to the customer meanwhile. Read their reply, then send again if yours is still needed.</source>
        <translation>그사이 다른 상담원이 고객에게 답변했습니다. 해당 답변을 읽은 후에도 답변이 필요하면 다시 전송하세요.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>티켓을 자기 자신에 병합할 수 없습니다.</translation>
    </message>
    <message>
        <source>Only tickets of the same customer can be merged.</source>
        <translation>같은 고객의 티켓만 병합할 수 있습니다.</translation>
    </message>
    <message>
        <source>That ticket is closed or was merged itself. Choose an open ticket.</source>
        <translation>해당 티켓은 종료되었거나 이미 다른 티켓에 병합되었습니다. 종료되지 않은 티켓을 선택하세요.</translation>
    </message>
    <message>
        <source>This ticket was already merged.</source>
        <translation>이미 병합된 티켓입니다.</translation>
    </message>
    <message>
        <source>This ticket was merged into another ticket; its conversation continues there.</source>
        <translation>이 티켓은 다른 티켓으로 병합되었습니다. 대화는 그곳에서 이어집니다.</translation>
    </message>
    <message>
        <source>The reply holds a placeholder in braces that the desk does not fill in. Only {customer_name}, {ticket_id} and {agent_name} are filled; correct or remove the others.</source>
        <translation>답장에 시스템이 채우지 않는 중괄호 자리 표시자가 있습니다. {customer_name}, {ticket_id}, {agent_name}만 채워집니다. 나머지는 수정하거나 삭제해 주세요.</translation>
    </message>
    <message>
        <source>The service could not be reached. Check the server address and your network.</source>
        <translation>서비스에 연결할 수 없습니다. 서버 주소와 네트워크를 확인하세요.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again.</source>
        <translation>서비스 응답 시간이 초과되었습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The service's certificate could not be verified, so the connection was not used.</source>
        <translation>서비스 인증서를 확인할 수 없어 연결을 사용하지 않았습니다.</translation>
    </message>
    <message>
        <source>The service is unavailable right now. Try again in a moment.</source>
        <translation>현재 서비스를 이용할 수 없습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The service gave an answer this desk does not understand (it may be a different version).</source>
        <translation>서비스에서 이 데스크가 해석할 수 없는 응답을 보냈습니다(버전이 다를 수 있습니다).</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>요청이 너무 많습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server address sends the desk somewhere else, which the desk does not follow. Check the server address (for example https:// rather than http://).</source>
        <translation>서버 주소가 다른 곳으로 리디렉션되지만 데스크는 이를 따르지 않습니다. 서버 주소를 확인하세요(예: http:// 대신 https://).</translation>
    </message>
    <message>
        <source>The service sent a far larger answer than expected, so the desk did not read it. Try again; if it happens again, tell your administrator.</source>
        <translation>서비스의 응답이 예상보다 훨씬 커서 데스크가 읽지 않았습니다. 다시 시도하고, 같은 문제가 반복되면 시스템 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>This server address is not safe to use: %1</source>
        <translation>안전하지 않은 서버 주소입니다: %1</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>시스템 키링 오류: %1</translation>
    </message>
    <message>
        <source>The service refused the request (%1).</source>
        <translation>서비스에서 요청을 거부했습니다(%1).</translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>확인 필요: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>%n초 후 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in the log.</source>
        <translation>문제가 발생했습니다(%1). 자세한 내용은 로그에 있습니다.</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>Critical: funds at risk or trading halted</source>
        <translation>치명적: 자산 위험 또는 거래 중단</translation>
    </message>
    <message>
        <source>High: many customers blocked</source>
        <translation>높음: 다수 고객 이용 불가</translation>
    </message>
    <message>
        <source>Medium: some customers affected, a workaround exists</source>
        <translation>보통: 일부 고객 영향, 우회 방법 있음</translation>
    </message>
    <message>
        <source>Low: cosmetic or a single customer</source>
        <translation>낮음: 표시 문제 또는 단일 고객</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>조사 중</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>추가 정보 필요</translation>
    </message>
    <message>
        <source>Fix in progress</source>
        <translation>수정 중</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>수정 완료</translation>
    </message>
    <message>
        <source>Won't fix</source>
        <translation>수정 예정 없음</translation>
    </message>
</context>
<context>
    <name>EscalationForm</name>
    <message>
        <source>Escalate to engineering</source>
        <translation>개발팀에 에스컬레이션</translation>
    </message>
    <message>
        <source>Escalate ticket #%1 to engineering</source>
        <translation>티켓 #%1을(를) 개발팀에 에스컬레이션</translation>
    </message>
    <message>
        <source>Give engineers the facts they need. Every linked ticket hears about each status change as an internal note. Never paste passwords, keys or recovery phrases.</source>
        <translation>개발팀에 필요한 사실 정보를 제공하세요. 상태가 바뀔 때마다 연결된 모든 티켓에 내부 메모로 알림이 남습니다. 비밀번호, 키, 복구 구문은 절대 붙여넣지 마세요.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>요약(&amp;S):</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>심각도(&amp;V):</translation>
    </message>
    <message>
        <source>Steps to &amp;reproduce:</source>
        <translation>재현 단계(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Tx ids:</source>
        <translation>Tx ID(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Order ids:</source>
        <translation>주문 ID(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Affected assets:</source>
        <translation>영향받는 자산(&amp;A):</translation>
    </message>
    <message>
        <source>Other &amp;tickets (same problem):</source>
        <translation>다른 티켓(&amp;T) (같은 문제):</translation>
    </message>
    <message>
        <source>Screenshots and &amp;logs:</source>
        <translation>스크린샷 및 로그(&amp;L):</translation>
    </message>
    <message>
        <source>What is broken, in one line</source>
        <translation>무엇이 문제인지 한 줄로</translation>
    </message>
    <message>
        <source>1. …
2. …
What happened, and what should have happened</source>
        <translation>1. …
2. …
실제 결과와 기대 결과</translation>
    </message>
    <message>
        <source>Separated by spaces or commas</source>
        <translation>공백 또는 쉼표로 구분</translation>
    </message>
    <message>
        <source>e.g. USDT, BTC</source>
        <translation>예: USDT, BTC</translation>
    </message>
    <message>
        <source>e.g. #1042 #1077</source>
        <translation>예: #1042 #1077</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>첨부할 파일</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>파일 추가(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>삭제(&amp;M)</translation>
    </message>
    <message>
        <source>PNG or JPEG screenshots, PDF or text logs; at most %1 KB each</source>
        <translation>PNG 또는 JPEG 스크린샷, PDF 또는 텍스트 로그. 파일당 최대 %1KB</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>전송 중…</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>에스컬레이션(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Attach screenshots or logs</source>
        <translation>스크린샷 또는 로그 첨부</translation>
    </message>
    <message>
        <source>Screenshots and logs (*.png *.jpg *.jpeg *.pdf *.txt *.log)</source>
        <translation>스크린샷 및 로그 (*.png *.jpg *.jpeg *.pdf *.txt *.log)</translation>
    </message>
    <message>
        <source>At most %1 files.</source>
        <translation>파일은 최대 %1개까지 첨부할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 KB; at most %3 KB).</source>
        <translation>%1 파일이 너무 큽니다(%2KB, 최대 %3KB).</translation>
    </message>
    <message>
        <source>Other tickets: write ticket numbers, e.g. #1042 #1077.</source>
        <translation>다른 티켓: 티켓 번호를 입력하세요(예: #1042 #1077).</translation>
    </message>
    <message>
        <source>Check the field “%1”: it is empty, too long or has too many entries.</source>
        <translation>“%1” 항목을 확인하세요. 비어 있거나, 너무 길거나, 항목 수가 너무 많습니다.</translation>
    </message>
    <message>
        <source>Not escalated: %1 Your text is kept; try again.</source>
        <translation>에스컬레이션되지 않음: %1 작성한 내용은 유지됩니다. 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>요청:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>기한:</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>티켓:</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>요청 사유:</translation>
    </message>
    <message>
        <source>Customer now:</source>
        <translation>현재 고객 상태:</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>티켓 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Customer's risk signals</source>
        <translation>고객 위험 신호</translation>
    </message>
    <message>
        <source>No risk signals in the last 30 days.</source>
        <translation>최근 30일간 위험 신호가 없습니다.</translation>
    </message>
    <message>
        <source>Ticket &amp;conversation</source>
        <translation>티켓 대화(&amp;C)</translation>
    </message>
    <message>
        <source>Ticket conversation</source>
        <translation>티켓 대화</translation>
    </message>
    <message>
        <source>Select a request to see its evidence.</source>
        <translation>요청을 선택하면 근거 자료가 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 — customer #%2 %3</source>
        <translation>%1 — 고객 #%2 %3</translation>
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
        <translation>없음</translation>
    </message>
    <message>
        <source>supervisor review due %1 (%2)</source>
        <translation>관리자 검토 기한 %1 (%2)</translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation>만료 %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>No ticket is linked to this request.</source>
        <translation>이 요청에 연결된 티켓이 없습니다.</translation>
    </message>
    <message>
        <source>account FROZEN</source>
        <translation>계정 동결됨</translation>
    </message>
    <message>
        <source>account active</source>
        <translation>계정 정상</translation>
    </message>
    <message>
        <source>2FA on</source>
        <translation>2FA 사용</translation>
    </message>
    <message>
        <source>2FA OFF</source>
        <translation>2FA 해제됨</translation>
    </message>
    <message>
        <source>withdrawals locked until %1</source>
        <translation>%1까지 출금 제한</translation>
    </message>
    <message>
        <source>⚠ account-takeover pattern</source>
        <translation>⚠ 계정 탈취 패턴</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Ticket &amp;conversation (could not load: %1)</source>
        <translation>티켓 대화(&amp;C) (불러오지 못함: %1)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>검색(&amp;S):</translation>
    </message>
    <message>
        <source>Subject or #id</source>
        <translation>제목 또는 #ID</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>티켓 검색</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>검색어 지우기</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>우선순위:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>분류:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>채널:</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 초기화</translation>
    </message>
    <message>
        <source>Show every ticket of this view again</source>
        <translation>이 보기의 모든 티켓을 다시 표시</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>Not breached</source>
        <translation>기한 내</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>Identity</source>
        <translation>신원 정보</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>계정 보안</translation>
    </message>
    <message>
        <source>Customer ID:</source>
        <translation>고객 ID:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>국가:</translation>
    </message>
    <message>
        <source>KYC:</source>
        <translation>KYC:</translation>
    </message>
    <message>
        <source>VIP tier:</source>
        <translation>VIP 등급:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>계정:</translation>
    </message>
    <message>
        <source>Withdrawals:</source>
        <translation>출금:</translation>
    </message>
    <message>
        <source>2FA:</source>
        <translation>2FA:</translation>
    </message>
    <message>
        <source>Password changed:</source>
        <translation>비밀번호 변경:</translation>
    </message>
    <message>
        <source>Active sessions:</source>
        <translation>활성 세션:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>This system cannot keep revealed values out of screen recordings or screen sharing. Make sure you are not sharing your screen.</source>
        <translation>이 시스템은 열람한 값이 화면 녹화나 화면 공유에 노출되는 것을 막을 수 없습니다. 화면을 공유하고 있지 않은지 확인하세요.</translation>
    </message>
    <message>
        <source>Level %1 (%2)</source>
        <translation>레벨 %1 (%2)</translation>
    </message>
    <message>
        <source>FROZEN</source>
        <translation>동결됨</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Locked until %1 (%2)</source>
        <translation>%1까지 제한 (%2)</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>On (last changed %1)</source>
        <translation>사용 중 (최근 변경: %1)</translation>
    </message>
    <message>
        <source>OFF (last changed %1)</source>
        <translation>해제됨 (최근 변경: %1)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
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
        <translation>이미지: %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>이미지 %1</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>창에 맞춤(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3 · %4%</source>
        <translation>%1 × %2 px, %3 · %4%</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>이 이미지를 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not load the image: %1</source>
        <translation>이미지를 불러오지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Tickets: %1</source>
        <translation>티켓: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Could not load tickets: %1</source>
        <translation>티켓을 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>No tickets here.</source>
        <translation>티켓이 없습니다.</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>필터 조건에 맞는 티켓이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>티켓 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>티켓 %n건 로드됨 — 스크롤하면 더 불러옵니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident record — customer #%1</source>
        <translation>사고 기록 — 고객 #%1</translation>
    </message>
    <message>
        <source>Covering the last (&amp;days):</source>
        <translation>조회 기간(&amp;D):</translation>
    </message>
    <message>
        <source>Number of days the record covers</source>
        <translation>기록에 포함할 일수</translation>
    </message>
    <message>
        <source> d</source>
        <translation> 일</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>타임라인(&amp;T)</translation>
    </message>
    <message>
        <source>Nothing happened on this account in the period.</source>
        <translation>해당 기간에 이 계정에서 발생한 이벤트가 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the record as a PDF document (A4)</source>
        <translation>기록을 PDF 문서(A4)로 저장</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Markdown 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <source>Save the record as a Markdown text file</source>
        <translation>기록을 Markdown 텍스트 파일로 저장</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Incident record — customer #%1 · %2</source>
        <translation>사고 기록 — 고객 #%1 · %2</translation>
    </message>
    <message>
        <source>Building the incident record…</source>
        <translation>사고 기록을 생성하는 중…</translation>
    </message>
    <message>
        <source>Some events are left out: the period holds more than one record shows. Choose fewer days.</source>
        <translation>일부 이벤트가 제외되었습니다. 기간 내 이벤트가 한 기록에 담을 수 있는 양보다 많습니다. 일수를 줄이세요.</translation>
    </message>
    <message>
        <source>Could not build the incident record: %1</source>
        <translation>사고 기록을 생성하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Export the incident record as PDF</source>
        <translation>사고 기록을 PDF로 내보내기</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the incident record as Markdown</source>
        <translation>사고 기록을 Markdown으로 내보내기</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 파일 (*.md)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>파일을 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>IncidentExport</name>
    <message>
        <source>Incident record — customer #%1</source>
        <translation>사고 기록 — 고객 #%1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (작성자: %2)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>local time of the desk (%1)</source>
        <translation>데스크 현지 시간 (%1)</translation>
    </message>
    <message>
        <source>Account now</source>
        <translation>현재 계정 상태</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>동결됨</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>2단계 인증(2FA)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>해제</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>출금</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>%1까지 제한</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>활성 세션</translation>
    </message>
    <message>
        <source>Account-takeover pattern: several risk signals (new device, password or 2FA change, new withdrawal address, large withdrawal) happened within 24 hours, the latest within 72 hours.</source>
        <translation>계정 탈취 패턴: 여러 위험 신호(새 기기, 비밀번호 또는 2FA 변경, 새 출금 주소, 고액 출금)가 24시간 이내에 발생했으며, 가장 최근 신호는 72시간 이내에 발생했습니다.</translation>
    </message>
    <message>
        <source>The account does not show the account-takeover pattern now.</source>
        <translation>현재 이 계정에는 계정 탈취 패턴이 나타나지 않습니다.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>수행자</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>상세</translation>
    </message>
    <message>
        <source>Customer data is masked. Messages are shown by their first 200 characters. Revealed values are never part of this record.</source>
        <translation>고객 데이터는 마스킹되어 있습니다. 메시지는 앞 200자만 표시됩니다. 열람한 값은 이 기록에 절대 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>The period holds more events than one record shows; choose a shorter one.</source>
        <translation>기간 내 이벤트가 한 기록에 담을 수 있는 양보다 많습니다. 더 짧은 기간을 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s))</source>
        <translation>
            <numerusform>타임라인 (이벤트 %n건)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentWording</name>
    <message>
        <source>Risk signal: %1</source>
        <translation>위험 신호: %1</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>고객 메시지</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>고객 답변</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>내부 메모</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>개인정보 열람</translation>
    </message>
    <message>
        <source>Ticket status changed</source>
        <translation>티켓 상태 변경</translation>
    </message>
    <message>
        <source>Emergency action taken: %1</source>
        <translation>긴급 조치 실행: %1</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>요청: %1</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>승인: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>반려: %1</translation>
    </message>
    <message>
        <source>Carried out: %1</source>
        <translation>실행 완료: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Emergency action confirmed: %1</source>
        <translation>긴급 조치 확정: %1</translation>
    </message>
    <message>
        <source>Emergency action reversed: %1</source>
        <translation>긴급 조치 되돌림: %1</translation>
    </message>
    <message>
        <source>Account restored: %1</source>
        <translation>계정 복원: %1</translation>
    </message>
    <message>
        <source>Request expired: %1</source>
        <translation>요청 만료: %1</translation>
    </message>
    <message>
        <source>Request cancelled: %1</source>
        <translation>요청 취소: %1</translation>
    </message>
    <message>
        <source>Review overdue: %1</source>
        <translation>검토 기한 초과: %1</translation>
    </message>
    <message>
        <source>Customer (%1)</source>
        <translation>고객 (%1)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Part of a cluster of signals within 24 hours</source>
        <translation>24시간 이내에 집중 발생한 신호 중 하나</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>티켓 #%1: %2</translation>
    </message>
    <message>
        <source>Field: %1 (the value is not part of this record)</source>
        <translation>항목: %1 (값은 이 기록에 포함되지 않음)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>사유: %1</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 → %3</source>
        <translation>티켓 #%1: %2 → %3</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>코멘트: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>결과: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>요청 #%1</translation>
    </message>
</context>
<context>
    <name>KbPanel</name>
    <message>
        <source>&amp;Search the knowledge base (any language):</source>
        <translation>지식 베이스 검색(&amp;S) (모든 언어):</translation>
    </message>
    <message>
        <source>e.g. withdrawal delayed, 提现, 출금</source>
        <translation>예: 출금 지연, withdrawal delayed, 提现</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>지식 베이스 검색</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>모든 분류</translation>
    </message>
    <message>
        <source>Article category</source>
        <translation>문서 분류</translation>
    </message>
    <message>
        <source>Article categories</source>
        <translation>문서 카테고리</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>문서 본문</translation>
    </message>
    <message>
        <source>Insert &amp;link</source>
        <translation>링크 삽입(&amp;L)</translation>
    </message>
    <message>
        <source>Insert te&amp;xt</source>
        <translation>본문 삽입(&amp;X)</translation>
    </message>
    <message>
        <source>Put the article's title and help-centre link into the reply</source>
        <translation>문서 제목과 고객센터 링크를 답변에 삽입</translation>
    </message>
    <message>
        <source>Put the article's whole text into the reply</source>
        <translation>문서 본문 전체를 답변에 삽입</translation>
    </message>
    <message>
        <source>Finding articles for this ticket…</source>
        <translation>이 티켓 관련 문서를 찾는 중…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>No article matches. Try other words, or another language.</source>
        <translation>일치하는 문서가 없습니다. 다른 단어나 다른 언어로 검색해 보세요.</translation>
    </message>
    <message>
        <source>Could not load articles: %1</source>
        <translation>문서를 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Results for “%1”</source>
        <translation>“%1” 검색 결과</translation>
    </message>
    <message>
        <source>Suggested for this ticket (%1)</source>
        <translation>이 티켓 추천 문서 (%1)</translation>
    </message>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>문서를 선택하면 여기에 내용이 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 · %2 · reviewed %3 by %4</source>
        <translation>%1 · %2 · %3에 %4 님이 검토</translation>
    </message>
    <message>
        <source>No version in %1; this is the %2 one.</source>
        <translation>%1 버전이 없어 %2 버전을 표시합니다.</translation>
    </message>
    <message>
        <source>Stale: not reviewed for a long time. Check that it is still right before you send it.</source>
        <translation>재검토 필요: 오랫동안 검토되지 않았습니다. 보내기 전에 내용이 여전히 정확한지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>KbResultsModel</name>
    <message>
        <source>Stale: review overdue</source>
        <translation>재검토 필요: 검토 기한 초과</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>검토됨</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>재검토 필요</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>고객 응답 대기</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>승인 대기</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>Security agent</source>
        <translation>보안 담당자</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>시스템 관리자</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>거래</translation>
    </message>
    <message>
        <source>Deposits &amp; withdrawals</source>
        <translation>입출금</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>기술</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>컴플라이언스</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>SNS</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>내 티켓</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>미배정</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>You will have to sign in again next time.</source>
        <translation>다음에 다시 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>No system keyring was found.</source>
        <translation>시스템 키링을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The system keyring is turned off.</source>
        <translation>시스템 키링이 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>The keyring in use keeps secrets in a file without proper protection.</source>
        <translation>사용 중인 키링은 비밀 정보를 제대로 보호되지 않는 파일에 보관합니다.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used here.</source>
        <translation>이 환경에서는 시스템 키링을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The keyring in use is not recommended for secrets.</source>
        <translation>사용 중인 키링은 비밀 정보 보관용으로 권장되지 않습니다.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>심사 중</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>인증 완료</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거절됨</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>no valid host</source>
        <translation>유효한 호스트 없음</translation>
    </message>
    <message>
        <source>⚠ Look-alike of %1: this is NOT the exchange's site.</source>
        <translation>⚠ %1을(를) 흉내 낸 주소: 거래소 사이트가 아닙니다.</translation>
    </message>
    <message>
        <source>Not a web address (%1:): the desk never opens it.</source>
        <translation>웹 주소가 아님(%1:): 데스크는 절대 열지 않습니다.</translation>
    </message>
    <message>
        <source>⚠ The text before “@” only looks like an address: the link goes to the host shown.</source>
        <translation>⚠ “@” 앞의 텍스트는 주소처럼 보일 뿐입니다. 링크는 표시된 호스트로 연결됩니다.</translation>
    </message>
    <message>
        <source>A bare IP address instead of a name.</source>
        <translation>도메인 이름 대신 IP 주소만 사용됨.</translation>
    </message>
    <message>
        <source>Not encrypted (http).</source>
        <translation>암호화되지 않음(http).</translation>
    </message>
    <message>
        <source>No valid host: the desk will not open it.</source>
        <translation>유효한 호스트가 없어 데스크가 열지 않습니다.</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>%1(으)로 연결되는 링크</translation>
    </message>
    <message>
        <source>the exchange's own site</source>
        <translation>거래소 공식 사이트</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>링크: %1</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>링크를 여시겠습니까?</translation>
    </message>
    <message>
        <source>This link is not a web address and cannot be opened.</source>
        <translation>웹 주소가 아닌 링크이므로 열 수 없습니다.</translation>
    </message>
    <message>
        <source>This link comes from a message. Open it in your browser only if you trust the address below.</source>
        <translation>메시지에 포함된 링크입니다. 아래 주소를 신뢰할 수 있는 경우에만 브라우저에서 여세요.</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>호스트: %1</translation>
    </message>
    <message>
        <source>Full address: %1</source>
        <translation>전체 주소: %1</translation>
    </message>
    <message>
        <source>This address is not encrypted (http).</source>
        <translation>암호화되지 않은 주소입니다(http).</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>브라우저에서 열기</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>🔒 The desk is locked</source>
        <translation>🔒 작업대가 잠겼습니다</translation>
    </message>
    <message>
        <source>Customer data is hidden while you are away. Your open tabs and unsent text are kept. Enter the current code from your authenticator app to unlock.</source>
        <translation>자리를 비운 동안 고객 데이터가 숨겨집니다. 열린 탭과 보내지 않은 글은 그대로 유지됩니다. 잠금을 해제하려면 인증 앱의 현재 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>로그인 사용자: %1 (%2)</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>인증 코드(&amp;C):</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>인증 코드</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6자리 숫자</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>That code is wrong. Enter the current code from your authenticator app.</source>
        <translation>코드가 올바르지 않습니다. 인증 앱의 현재 코드를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>LoginsModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>IP (masked)</source>
        <translation>IP(마스킹)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>기기</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>새 기기</translation>
    </message>
</context>
<context>
    <name>MacroEditor</name>
    <message>
        <source>Edit macro</source>
        <translation>매크로 편집</translation>
    </message>
    <message>
        <source>New macro</source>
        <translation>새 매크로</translation>
    </message>
    <message>
        <source>&amp;Name (agents search by it):</source>
        <translation>이름(&amp;N) (상담원이 검색에 사용):</translation>
    </message>
    <message>
        <source>Set &amp;status:</source>
        <translation>상태 설정(&amp;S):</translation>
    </message>
    <message>
        <source>Set &amp;category:</source>
        <translation>분류 설정(&amp;C):</translation>
    </message>
    <message>
        <source>Add &amp;tags (comma-separated):</source>
        <translation>태그 추가(&amp;T) (쉼표로 구분):</translation>
    </message>
    <message>
        <source>&amp;Knowledge-base article id for {kb_link}:</source>
        <translation>{kb_link}에 사용할 지식 베이스 문서 ID(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>본문(&amp;X):</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>변경 안 함</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Placeholders: %1. English is required; it is used when the customer's language has no text.</source>
        <translation>자리 표시자: %1. 영어는 필수이며, 고객 언어의 텍스트가 없을 때 사용됩니다.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Every text needs a title and a body; the name is required; at most 5 tags.</source>
        <translation>모든 텍스트에는 제목과 본문이 필요하며, 이름은 필수입니다. 태그는 최대 5개입니다.</translation>
    </message>
    <message>
        <source>Write the English text too: it is what customers get when their language has none.</source>
        <translation>영어 텍스트도 작성하세요. 고객 언어의 텍스트가 없으면 영어 텍스트가 전송됩니다.</translation>
    </message>
    <message>
        <source>Someone else changed this macro since you opened it. Close, reopen it and make your change again (copy your text first).</source>
        <translation>매크로를 연 이후 다른 사람이 변경했습니다. 닫았다가 다시 열어 변경 사항을 다시 적용하세요(먼저 작성한 텍스트를 복사해 두세요).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>MacroManager</name>
    <message>
        <source>Manage macros</source>
        <translation>매크로 관리</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>매크로</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message numerus="yes">
        <source>%n macro(s)</source>
        <translation>
            <numerusform>매크로 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete macro</source>
        <translation>매크로 삭제</translation>
    </message>
    <message>
        <source>Delete “%1” for every agent?</source>
        <translation>모든 상담원에게서 “%1” 매크로를 삭제하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Loading macros…</source>
        <translation>매크로를 불러오는 중…</translation>
    </message>
    <message>
        <source>Insert a macro</source>
        <translation>매크로 삽입</translation>
    </message>
    <message>
        <source>&amp;Find a macro (type to filter, arrows to choose, Enter to insert):</source>
        <translation>매크로 찾기(&amp;F) (입력하여 필터링, 화살표 키로 선택, Enter로 삽입):</translation>
    </message>
    <message>
        <source>Find a macro</source>
        <translation>매크로 찾기</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>매크로</translation>
    </message>
    <message>
        <source>&amp;Text that will be inserted:</source>
        <translation>삽입될 텍스트(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>삽입(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>There are no macros yet. Supervisors add them in Desk → Manage macros.</source>
        <translation>아직 매크로가 없습니다. 관리자가 데스크 → 매크로 관리에서 추가합니다.</translation>
    </message>
    <message>
        <source>Could not load macros: %1</source>
        <translation>매크로를 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>No %1 version of this macro: the %2 one will be inserted.</source>
        <translation>이 매크로에는 %1 버전이 없어 %2 버전이 삽입됩니다.</translation>
    </message>
    <message>
        <source>{customer_name} stays as written here: the service puts the customer's name in the reply it sends them, and agents see the name masked.</source>
        <translation>{customer_name}은(는) 여기서는 그대로 표시됩니다. 서비스가 고객에게 보내는 답장에 고객 이름을 넣으며, 상담원에게는 이름이 마스킹되어 보입니다.</translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation>상태 → %1</translation>
    </message>
    <message>
        <source>category → %1</source>
        <translation>분류 → %1</translation>
    </message>
    <message>
        <source>tags + %1</source>
        <translation>태그 + %1</translation>
    </message>
    <message>
        <source>Changes nothing else on the ticket.</source>
        <translation>티켓의 다른 항목은 변경하지 않습니다.</translation>
    </message>
    <message>
        <source>Also sets: %1</source>
        <translation>함께 설정: %1</translation>
    </message>
</context>
<context>
    <name>MacroTableModel</name>
    <message>
        <source>Macro</source>
        <translation>매크로</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>최종 수정자</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desk — Locked</source>
        <translation>작업대 — 잠김</translation>
    </message>
    <message>
        <source>Desk — %1</source>
        <translation>데스크 — %1</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only. %1</source>
        <translation>토큰은 이 세션 동안 메모리에만 보관됩니다. %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>로그인: %1 (%2) · %3</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>데스크(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>티켓(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로고침(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>설정(&amp;E)…</translation>
    </message>
    <message>
        <source>Manage &amp;macros…</source>
        <translation>매크로 관리(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>지금 잠그기(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>다음 티켓(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>이전 티켓(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open selected ticket</source>
        <translation>선택한 티켓 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>답변(&amp;R)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>내부 메모(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>나에게 배정(&amp;A)</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>상태 변경(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>탭 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <source>Next &amp;tab</source>
        <translation>다음 탭(&amp;T)</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>이전 탭(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>정보(&amp;A)</translation>
    </message>
    <message>
        <source>○ Connecting…</source>
        <translation>○ 연결 중…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● 실시간</translation>
    </message>
    <message>
        <source>◌ Reconnecting…</source>
        <translation>◌ 다시 연결 중…</translation>
    </message>
    <message>
        <source>○ Not live</source>
        <translation>○ 실시간 아님</translation>
    </message>
    <message>
        <source>Live updates from the service</source>
        <translation>서비스 실시간 업데이트</translation>
    </message>
    <message>
        <source>Desk audit</source>
        <translation>전체 감사</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>승인 (%1)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Open the selected ticket</source>
        <translation>선택한 티켓 열기</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, 더블클릭</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>답변 또는 메모 전송</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Close a ticket tab</source>
        <translation>티켓 탭 닫기</translation>
    </message>
    <message>
        <source>Middle-click the tab</source>
        <translation>탭에서 휠 클릭</translation>
    </message>
    <message>
        <source>Select several tickets</source>
        <translation>여러 티켓 선택</translation>
    </message>
    <message>
        <source>Shift/Ctrl+click, Shift+arrows, Ctrl+A</source>
        <translation>Shift/Ctrl+클릭, Shift+화살표 키, Ctrl+A</translation>
    </message>
    <message>
        <source>Change the selected tickets</source>
        <translation>선택한 티켓 변경</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>About the desk</source>
        <translation>데스크 정보</translation>
    </message>
    <message>
        <source>Desk workstation, version %1</source>
        <translation>데스크 워크스테이션, 버전 %1</translation>
    </message>
    <message>
        <source>The support and security desks' workstation. Connected to %1.</source>
        <translation>고객지원·보안 데스크용 워크스테이션입니다. 연결된 서버: %1.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>로그아웃하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which signing out discards.</source>
        <translation>
            <numerusform>티켓 %n건에 전송하지 않은 내용이 있습니다. 로그아웃하면 삭제됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>다시 로그인했습니다.</translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation>종료하시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have unsent text, which quitting discards.</source>
        <translation>
            <numerusform>티켓 %n건에 전송하지 않은 내용이 있습니다. 종료하면 삭제됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge #%1 into another ticket</source>
        <translation>#%1을(를) 다른 티켓에 병합</translation>
    </message>
    <message>
        <source>Choose the ticket of the same customer to keep. The messages, notes, attachments and tags of #%1 “%2” move to it, and #%1 is closed with a link to it. This cannot be undone.</source>
        <translation>유지할 같은 고객의 티켓을 선택하세요. #%1 “%2”의 메시지, 메모, 첨부 파일, 태그가 해당 티켓으로 옮겨지고, #%1은(는) 해당 티켓 링크와 함께 종료됩니다. 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Merge into selected</source>
        <translation>선택한 티켓에 병합(&amp;M)</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>병합되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message numerus="yes">
        <source>[%n attachment(s): %1]</source>
        <translation>
            <numerusform>[첨부 파일 %n개: %1]</numerusform>
        </translation>
    </message>
    <message>
        <source>[Longer than shown: %1 characters in all. “Copy message text” (Ctrl+C) copies all of it.]</source>
        <translation>[표시된 것보다 깁니다: 전체 %1자. “메시지 텍스트 복사”(Ctrl+C)로 전체를 복사할 수 있습니다.]</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>내부 메모</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Queued: not sent yet</source>
        <translation>대기 중: 아직 전송되지 않음</translation>
    </message>
    <message>
        <source>Not sent: the service refused it</source>
        <translation>전송되지 않음: 서비스에서 거부함</translation>
    </message>
</context>
<context>
    <name>OpenRequestsModel</name>
    <message>
        <source>Action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>요청자</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>티켓</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>%1 — emergency, under review</source>
        <translation>%1 — 긴급, 검토 중</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (본인)</translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation>검토: %1</translation>
    </message>
    <message>
        <source>expires: %1</source>
        <translation>만료: %1</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Outbox</source>
        <translation>보낼 편지함</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Offline: %n message(s) queued, sent when the service is back</source>
        <translation>
            <numerusform>⚠ 오프라인: 메시지 %n건 대기 중, 서비스가 복구되면 전송됩니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued message(s) wait for you to sign in again</source>
        <translation>
            <numerusform>대기 중인 메시지 %n건이 다시 로그인하기를 기다리고 있습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n queued message(s)…</source>
        <translation>
            <numerusform>대기 중인 메시지 %n건 전송 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are kept in memory only</source>
        <translation>임시 저장 글은 메모리에만 보관됩니다</translation>
    </message>
    <message>
        <source>Replies and notes you send go to this computer's outbox first and are delivered in order, each exactly once.</source>
        <translation>보내는 답변과 메모는 먼저 이 컴퓨터의 보낼 편지함에 저장된 후 순서대로 정확히 한 번씩 전달됩니다.</translation>
    </message>
    <message>
        <source>Without a safe system keyring, drafts and queued messages are kept in memory only and are lost if the app closes.</source>
        <translation>안전한 시스템 키링이 없으면 임시 저장 글과 대기 중인 메시지가 메모리에만 보관되며, 앱을 닫으면 사라집니다.</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>%1 is replying</source>
        <translation>%1 님이 답변 작성 중</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 님이 조회 중</translation>
    </message>
</context>
<context>
    <name>PresenceBar</name>
    <message>
        <source>Others on this ticket</source>
        <translation>이 티켓을 보고 있는 다른 사람</translation>
    </message>
</context>
<context>
    <name>ReplyAllDialog</name>
    <message>
        <source>Reply to all linked tickets</source>
        <translation>연결된 모든 티켓에 답변</translation>
    </message>
    <message>
        <source>Escalation #%1 (%2): %3</source>
        <translation>에스컬레이션 #%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n linked ticket(s) will each get a normal reply.</source>
        <translation>
            <numerusform>연결된 티켓 %n건에 각각 일반 답변이 전송됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Macro (each customer gets it in their language):</source>
        <translation>매크로(&amp;M) (고객별 언어로 전송):</translation>
    </message>
    <message>
        <source>No macro: send the text below to everyone</source>
        <translation>매크로 없음: 아래 텍스트를 모두에게 전송</translation>
    </message>
    <message>
        <source>&amp;Reply text:</source>
        <translation>답변 내용(&amp;R):</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>답변 내용</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>전송 중…</translation>
    </message>
    <message>
        <source>&amp;Send to all</source>
        <translation>모두에게 전송(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n ticket(s).</source>
        <translation>
            <numerusform>티켓 %n건에 전송했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent to %n ticket(s): %1 Send again to retry only those.</source>
        <translation>
            <numerusform>티켓 %n건에 전송되지 않음: %1 다시 전송하면 해당 티켓에만 재시도합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 Send again to retry.</source>
        <translation>전송되지 않음: %1 다시 전송하여 재시도하세요.</translation>
    </message>
</context>
<context>
    <name>ReplyCollision</name>
    <message>
        <source>Someone else replied</source>
        <translation>다른 사람이 답변함</translation>
    </message>
    <message>
        <source>%1 replied to the customer since you opened this ticket. Send your reply anyway?</source>
        <translation>이 티켓을 연 이후 %1 님이 고객에게 답변했습니다. 그래도 답변을 전송하시겠습니까?</translation>
    </message>
    <message>
        <source>Their reply:</source>
        <translation>해당 답변:</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>그래도 전송(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ReplyWarning</name>
    <message>
        <source>Something that looks like a password (after “%1”).</source>
        <translation>비밀번호로 보이는 내용(“%1” 뒤).</translation>
    </message>
    <message>
        <source>Something that looks like a one-time code (after “%1”).</source>
        <translation>일회용 코드로 보이는 내용(“%1” 뒤).</translation>
    </message>
    <message>
        <source>A personal-data value revealed earlier in this session: %1.</source>
        <translation>이번 세션에서 앞서 열람한 개인정보 값: %1.</translation>
    </message>
    <message>
        <source>A link to %1, which is not one of the exchange's domains.</source>
        <translation>거래소 도메인이 아닌 %1(으)로 연결되는 링크.</translation>
    </message>
    <message>
        <source>Send this reply?</source>
        <translation>이 답변을 전송하시겠습니까?</translation>
    </message>
    <message>
        <source>This reply to the customer contains something agents must never send:</source>
        <translation>이 고객 답변에 상담원이 절대 보내서는 안 되는 내용이 포함되어 있습니다:</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>그래도 전송(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Reveal %1</source>
        <translation>%1 열람</translation>
    </message>
    <message>
        <source>Revealing the customer's %1 is recorded with your name and reason, and the customer's security team can see it. The value is shown for 30 seconds.</source>
        <translation>고객의 %1 열람은 본인 이름과 사유와 함께 기록되며, 보안팀이 확인할 수 있습니다. 값은 30초 동안 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Why do you need it? (at least 3 characters)</source>
        <translation>열람 사유(&amp;W) (최소 3자)</translation>
    </message>
    <message>
        <source>Reason for revealing</source>
        <translation>열람 사유</translation>
    </message>
    <message>
        <source>e.g. caller verification for ticket #…</source>
        <translation>예: 티켓 #… 관련 통화자 본인 확인</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>열람(&amp;R)</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be stored.</source>
        <translation>사유에 저장할 수 없는 문자가 포함되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>RevealableValue</name>
    <message>
        <source>Reveal…</source>
        <translation>열람…</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>%1 열람</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy %1 (cleared from the clipboard in 30 s)</source>
        <translation>%1 복사 (30초 후 클립보드에서 삭제)</translation>
    </message>
    <message numerus="yes">
        <source>hides in %n s</source>
        <translation>
            <numerusform>%n초 후 숨김</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealsModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>열람자</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>RiskSignalsModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>신호</translation>
    </message>
    <message>
        <source>24 h cluster</source>
        <translation>24시간 집중</translation>
    </message>
    <message>
        <source>● clustered</source>
        <translation>● 집중 발생</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>상세</translation>
    </message>
</context>
<context>
    <name>RiskTimeline</name>
    <message>
        <source>Risk signals (last 30 days, oldest first)</source>
        <translation>위험 신호 (최근 30일, 오래된 순)</translation>
    </message>
    <message>
        <source>No risk signals in the last 30 days.</source>
        <translation>최근 30일간 위험 신호가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Highlighted: %n signals that happened within 24 hours of each other.</source>
        <translation>
            <numerusform>강조 표시: 서로 24시간 이내에 발생한 신호 %n건.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>%1 · from %2 · IP %3</source>
        <translation>%1 · %2에서 · IP %3</translation>
    </message>
    <message>
        <source>%1 address %2</source>
        <translation>%1 주소 %2</translation>
    </message>
    <message>
        <source>%1 %2 (about %3 US dollars), %4</source>
        <translation>%1 %2(약 %3 미국 달러), %4</translation>
    </message>
    <message>
        <source>Password reset through the email link</source>
        <translation>이메일 링크로 비밀번호 재설정</translation>
    </message>
    <message>
        <source>2FA turned on (authenticator app)</source>
        <translation>2FA 활성화(인증 앱)</translation>
    </message>
    <message>
        <source>2FA moved to another device</source>
        <translation>2FA를 다른 기기로 이전</translation>
    </message>
    <message>
        <source>2FA turned off</source>
        <translation>2FA 비활성화</translation>
    </message>
    <message>
        <source>Authenticator bound to a new device</source>
        <translation>인증 앱을 새 기기에 연결</translation>
    </message>
    <message>
        <source>Email address changed</source>
        <translation>이메일 주소 변경</translation>
    </message>
    <message>
        <source>2FA reset by the security desk (request #%1)</source>
        <translation>보안팀이 2FA 재설정(요청 #%1)</translation>
    </message>
</context>
<context>
    <name>SecurityWording</name>
    <message>
        <source>Freeze account</source>
        <translation>계정 동결</translation>
    </message>
    <message>
        <source>Unfreeze account</source>
        <translation>계정 동결 해제</translation>
    </message>
    <message>
        <source>Reset 2FA</source>
        <translation>2FA 초기화</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>전체 세션 종료</translation>
    </message>
    <message>
        <source>Lock withdrawals</source>
        <translation>출금 제한</translation>
    </message>
    <message>
        <source>Unlock withdrawals</source>
        <translation>출금 제한 해제</translation>
    </message>
    <message numerus="yes">
        <source>Lock withdrawals (%n h)</source>
        <translation>
            <numerusform>출금 제한 (%n시간)</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer can no longer sign in, trade, deposit or withdraw until the account is unfrozen. Open orders stay as they are.</source>
        <translation>계정 동결이 해제될 때까지 고객은 로그인, 거래, 입금, 출금을 할 수 없습니다. 미체결 주문은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>The customer can sign in, trade and withdraw again. Do this only once you are sure the person asking is the account owner.</source>
        <translation>고객이 다시 로그인, 거래, 출금을 할 수 있습니다. 요청자가 계정 소유자 본인임을 확실히 확인한 경우에만 실행하세요.</translation>
    </message>
    <message>
        <source>Two-factor authentication is switched off, every session is signed out, and withdrawals are locked for 48 hours. The customer sets up 2FA again at the next sign-in.</source>
        <translation>2단계 인증(2FA)이 해제되고, 모든 세션이 로그아웃되며, 출금이 48시간 동안 제한됩니다. 고객은 다음 로그인 시 2FA를 다시 설정합니다.</translation>
    </message>
    <message>
        <source>Every device signed in to this account is signed out at once. The customer (or an attacker) must sign in again with password and 2FA.</source>
        <translation>이 계정에 로그인된 모든 기기가 즉시 로그아웃됩니다. 고객(또는 공격자)은 비밀번호와 2FA로 다시 로그인해야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>No withdrawals can leave this account for the next %n h. Deposits and trading continue.</source>
        <translation>
            <numerusform>앞으로 %n시간 동안 이 계정에서 출금할 수 없습니다. 입금과 거래는 계속 가능합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawals are possible again at once, to any address in the customer's address book.</source>
        <translation>고객 주소록에 있는 모든 주소로 즉시 다시 출금할 수 있습니다.</translation>
    </message>
    <message>
        <source>The account is frozen immediately, before anyone approves it. A supervisor reviews the freeze within 30 minutes and may reverse it. Use this only when funds are at risk right now.</source>
        <translation>승인 전에 계정이 즉시 동결됩니다. 관리자가 30분 이내에 동결을 검토하며 되돌릴 수도 있습니다. 지금 당장 자산이 위험한 경우에만 사용하세요.</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>승인 대기</translation>
    </message>
    <message>
        <source>Approved and carried out</source>
        <translation>승인 및 실행 완료</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Taken, under review</source>
        <translation>실행됨, 검토 중</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확정됨</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>되돌림</translation>
    </message>
    <message>
        <source>Approved, being carried out</source>
        <translation>승인됨, 실행 중</translation>
    </message>
    <message>
        <source>Reversal approved, being carried out</source>
        <translation>되돌리기 승인됨, 실행 중</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>신분증 번호</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>거주지 주소</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>새 기기</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <source>2FA changed</source>
        <translation>2FA 변경</translation>
    </message>
    <message>
        <source>New withdrawal address</source>
        <translation>새 출금 주소</translation>
    </message>
    <message>
        <source>Large withdrawal</source>
        <translation>고액 출금</translation>
    </message>
    <message>
        <source>Something went wrong on this workstation (%1).</source>
        <translation>이 워크스테이션에서 문제가 발생했습니다(%1).</translation>
    </message>
    <message>
        <source>This request changed since you opened it. Look at it again.</source>
        <translation>요청을 연 이후 내용이 변경되었습니다. 다시 확인하세요.</translation>
    </message>
    <message>
        <source>This request was already decided.</source>
        <translation>이미 결정된 요청입니다.</translation>
    </message>
    <message>
        <source>This would change nothing on the account now.</source>
        <translation>현재 계정에 변경되는 사항이 없습니다.</translation>
    </message>
    <message>
        <source>This request expired before anyone decided it.</source>
        <translation>결정되기 전에 요청이 만료되었습니다.</translation>
    </message>
    <message>
        <source>Your own request must be decided by another supervisor.</source>
        <translation>본인의 요청은 다른 관리자가 결정해야 합니다.</translation>
    </message>
    <message>
        <source>Only protective actions can be taken as an emergency.</source>
        <translation>긴급 조치로는 보호 조치만 실행할 수 있습니다.</translation>
    </message>
    <message>
        <source>That code was already used. Wait for the next code and try again.</source>
        <translation>이미 사용된 코드입니다. 다음 코드가 표시되면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>That code is not right. Check your authenticator app.</source>
        <translation>코드가 올바르지 않습니다. 인증 앱을 확인하세요.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>시도 횟수가 너무 많습니다. 몇 분 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The account system could not carry this out.</source>
        <translation>계정 시스템에서 실행하지 못했습니다.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>현재 역할로는 이 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>It no longer exists, or you may not see it.</source>
        <translation>더 이상 존재하지 않거나 조회 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>세션이 만료되었습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>The desk service cannot be reached. Try again in a moment.</source>
        <translation>데스크 서비스에 연결할 수 없습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Someone changed this meanwhile. Look at it again.</source>
        <translation>그사이 다른 사람이 변경했습니다. 다시 확인하세요.</translation>
    </message>
    <message>
        <source>The service refused the value of %1.</source>
        <translation>서비스에서 %1 값을 거부했습니다.</translation>
    </message>
    <message>
        <source>The service refused this (%1).</source>
        <translation>서비스에서 요청을 거부했습니다(%1).</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The system keyring could not be opened.</source>
        <translation>시스템 키링을 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>마지막 활동</translation>
    </message>
    <message>
        <source>IP (masked)</source>
        <translation>IP(마스킹)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>기기</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The system's language (%1)</source>
        <translation>시스템 언어(%1)</translation>
    </message>
    <message>
        <source>Dates and numbers:</source>
        <translation>날짜와 숫자:</translation>
    </message>
    <message>
        <source>Dates and numbers</source>
        <translation>날짜와 숫자</translation>
    </message>
</context>
<context>
    <name>ShortcutModel</name>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>다시 로그인</translation>
    </message>
    <message>
        <source>Sign in to the desk</source>
        <translation>데스크 로그인</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to carry on; your open tickets and unsent text are kept.</source>
        <translation>세션이 만료되었습니다. 계속하려면 다시 로그인하세요. 열려 있는 티켓과 전송하지 않은 내용은 유지됩니다.</translation>
    </message>
    <message>
        <source>Sign in with your desk account and the code from your authenticator app.</source>
        <translation>데스크 계정과 인증 앱의 코드로 로그인하세요.</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only. %1</source>
        <translation>토큰은 이 세션 동안 메모리에만 보관됩니다. %1</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>서버(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>코드(&amp;C):</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6자리</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>인증 코드</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation>인증 앱의 6자리 코드</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인 중…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>기한 준수</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>%1 초과</translation>
    </message>
    <message>
        <source>The resolution clock is paused while the customer has to answer.</source>
        <translation>고객의 응답을 기다리는 동안 해결 시간 측정이 일시 중지됩니다.</translation>
    </message>
    <message>
        <source>The service target was missed.</source>
        <translation>서비스 목표 시간을 지키지 못했습니다.</translation>
    </message>
    <message>
        <source>No service target is running.</source>
        <translation>진행 중인 서비스 목표 시간이 없습니다.</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>첫 응답</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>%1 was due at %2: overdue.</source>
        <translation>%1 기한 %2: 기한이 지났습니다.</translation>
    </message>
    <message>
        <source>%1 due at %2: due soon.</source>
        <translation>%1 기한 %2: 곧 마감됩니다.</translation>
    </message>
    <message>
        <source>%1 due at %2.</source>
        <translation>%1 기한 %2.</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Confirm it's you</source>
        <translation>본인 확인</translation>
    </message>
    <message>
        <source>🔒 Confirm it's you</source>
        <translation>🔒 본인 확인</translation>
    </message>
    <message>
        <source>Enter the current code from your authenticator app. What you typed is kept: the step continues by itself once the code is accepted.</source>
        <translation>인증 앱에 표시된 현재 코드를 입력하세요. 입력한 내용은 유지되며, 코드가 확인되면 작업이 자동으로 계속됩니다.</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>인증 코드(&amp;C):</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>인증 코드</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6자리</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>확인(&amp;F)</translation>
    </message>
</context>
<context>
    <name>SystemNotes</name>
    <message>
        <source>a wallet recovery phrase</source>
        <translation>지갑 복구 구문</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>개인 키</translation>
    </message>
    <message>
        <source>a payment card number</source>
        <translation>결제 카드 번호</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>치명적</translation>
    </message>
    <message>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 및 %2</translation>
    </message>
    <message>
        <source>The customer sent what looks like %1. The desk removed it before storing the message, so no one here can see it. Tell the customer that anyone who saw it can take their funds: they must move their funds to a new wallet with a new recovery phrase now (or cancel the card), and that support will never ask for it.</source>
        <translation>고객이 %1(으)로 보이는 내용을 보냈습니다. 데스크는 메시지를 저장하기 전에 해당 내용을 삭제했으므로 여기서는 아무도 볼 수 없습니다. 고객에게 이를 본 사람은 누구든 자산을 가져갈 수 있으므로 지금 바로 새 복구 구문을 사용하는 새 지갑으로 자산을 옮겨야 하며(또는 카드를 해지해야 하며), 고객지원팀은 절대 이를 요청하지 않는다고 안내하세요.</translation>
    </message>
    <message>
        <source>Auto-acknowledgement sent to the customer.</source>
        <translation>고객에게 자동 접수 확인을 보냈습니다.</translation>
    </message>
    <message>
        <source>Escalated to engineering by %1 as #%2 (%3): %4</source>
        <translation>%1 님이 개발팀에 에스컬레이션함: #%2 (%3): %4</translation>
    </message>
    <message>
        <source>Linked by %1 to engineering escalation #%2 (%3): %4. Status: %5</source>
        <translation>%1 님이 개발팀 에스컬레이션 #%2 (%3)에 연결함: %4. 상태: %5</translation>
    </message>
    <message>
        <source>Engineering escalation #%1 is now: %2. Engineering's note: %3</source>
        <translation>개발팀 에스컬레이션 #%1의 현재 상태: %2. 개발팀 메모: %3</translation>
    </message>
    <message>
        <source>Engineering escalation #%1 is now: %2</source>
        <translation>개발팀 에스컬레이션 #%1의 현재 상태: %2</translation>
    </message>
</context>
<context>
    <name>TakeoverBanner</name>
    <message>
        <source>⚠ Account-takeover pattern</source>
        <translation>⚠ 계정 탈취 패턴</translation>
    </message>
    <message>
        <source>Several risk signals (new device, password or 2FA change, new withdrawal address, large withdrawal) happened within 24 hours. Verify the caller before changing anything for them.</source>
        <translation>여러 위험 신호(새 기기, 비밀번호 또는 2FA 변경, 새 출금 주소, 고액 출금)가 24시간 이내에 발생했습니다. 요청을 처리하기 전에 연락한 사람이 본인인지 확인하세요.</translation>
    </message>
    <message>
        <source>Emergency &amp;freeze…</source>
        <translation>긴급 동결(&amp;F)…</translation>
    </message>
    <message>
        <source>Emergency freeze (takes effect at once)</source>
        <translation>긴급 동결(즉시 적용)</translation>
    </message>
</context>
<context>
    <name>TicketControls</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>우선순위(&amp;I):</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>분류(&amp;Y):</translation>
    </message>
    <message>
        <source>Assign&amp;ee:</source>
        <translation>담당자(&amp;E):</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>태그(&amp;G):</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>미배정</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>나에게 배정</translation>
    </message>
    <message>
        <source>Assign this ticket to yourself (Ctrl+Shift+A)</source>
        <translation>이 티켓을 나에게 배정 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>태그1, 태그2</translation>
    </message>
    <message>
        <source>Press Enter to save the tags</source>
        <translation>Enter 키를 누르면 태그가 저장됩니다</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <source>Loading ticket…</source>
        <translation>티켓을 불러오는 중…</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>담당: %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>미배정</translation>
    </message>
    <message>
        <source>This customer's account shows the account-takeover pattern right now. Check the security panel before acting on any request.</source>
        <translation>이 고객의 계정에서 현재 계정 탈취 패턴이 나타나고 있습니다. 요청을 처리하기 전에 보안 패널을 확인하세요.</translation>
    </message>
    <message>
        <source>⚠ Customer exposed a secret: they sent a recovery phrase, private key or card number. The desk removed it before storing the message. Read the internal note: tell the customer to move their funds to a new wallet now.</source>
        <translation>⚠ 고객이 비밀 정보를 노출함: 복구 구문, 개인 키 또는 카드 번호를 보냈습니다. 데스크는 메시지를 저장하기 전에 해당 내용을 삭제했습니다. 내부 메모를 읽고, 고객에게 지금 바로 자산을 새 지갑으로 옮기도록 안내하세요.</translation>
    </message>
    <message>
        <source>Customer rating: %1 (%2 of 5)</source>
        <translation>고객 평가: %1 (5점 중 %2점)</translation>
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
        <translation>찾기(&amp;F):</translation>
    </message>
    <message>
        <source>Subject or #number</source>
        <translation>제목 또는 #번호</translation>
    </message>
    <message>
        <source>Find in the customer's tickets</source>
        <translation>고객의 티켓에서 찾기</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>검색어 지우기</translation>
    </message>
    <message>
        <source>The customer's tickets</source>
        <translation>고객의 티켓</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Could not load the tickets: %1</source>
        <translation>티켓을 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>No tickets match.</source>
        <translation>일치하는 티켓이 없습니다.</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>티켓이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>티켓 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded; scroll for more</source>
        <translation>
            <numerusform>티켓 %n건 로드됨 — 스크롤하면 더 불러옵니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketTab</name>
    <message>
        <source>&amp;Reload</source>
        <translation>새로고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard the unsent message</source>
        <translation>전송되지 않은 메시지 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>티켓 %1</translation>
    </message>
    <message>
        <source>Its messages, notes and files moved to #%1 with the merge.</source>
        <translation>메시지, 메모, 파일이 병합과 함께 #%1(으)로 옮겨졌습니다.</translation>
    </message>
    <message>
        <source>This ticket no longer exists, or you can no longer see it.</source>
        <translation>이 티켓이 더 이상 존재하지 않거나 조회 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Could not load this ticket: %1</source>
        <translation>티켓을 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Someone else changed this ticket since you last saw it, so your change was not saved. Reload to see their change, then decide again.</source>
        <translation>마지막으로 확인한 이후 다른 사람이 이 티켓을 변경하여 변경 사항이 저장되지 않았습니다. 새로고침하여 변경 내용을 확인한 후 다시 결정하세요.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>A queued message was not sent: %1 It stays in the conversation, marked as not sent: copy it from there, or select it and press Delete to discard it.</source>
        <translation>대기 중이던 메시지가 전송되지 않았습니다: %1 이 메시지는 전송되지 않음으로 표시된 채 대화에 남아 있습니다. 대화에서 복사하거나, 선택한 후 Delete 키를 눌러 삭제하세요.</translation>
    </message>
    <message>
        <source>Discard the unsent message?</source>
        <translation>전송되지 않은 메시지를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>The service refused this message, so it was never sent. Discard it from this computer?</source>
        <translation>서비스에서 이 메시지를 거부하여 전송되지 않았습니다. 이 컴퓨터에서 삭제하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>#%1에 병합됨</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>미배정</translation>
    </message>
    <message>
        <source>Secret exposed: %1</source>
        <translation>비밀 정보 노출: %1</translation>
    </message>
</context>
<context>
    <name>TicketTabs</name>
    <message>
        <source>Discard unsent text?</source>
        <translation>전송하지 않은 내용을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>The reply you were writing in %1 has not been sent. Close the tab and discard it?</source>
        <translation>%1에서 작성 중이던 답변이 전송되지 않았습니다. 탭을 닫고 삭제하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 전</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1 초과</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 남음</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>수행자</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>상세</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Tx hash</source>
        <translation>Tx 해시</translation>
    </message>
    <message>
        <source>Address (masked)</source>
        <translation>주소(마스킹)</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>출금</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>입금</translation>
    </message>
</context>
<context>
    <name>WhoViewedTab</name>
    <message>
        <source>Every time someone on the desk revealed this customer's personal data.</source>
        <translation>데스크 직원이 이 고객의 개인정보를 열람한 모든 기록입니다.</translation>
    </message>
    <message>
        <source>Who viewed this</source>
        <translation>열람 기록</translation>
    </message>
    <message>
        <source>Nobody has revealed this customer's data.</source>
        <translation>이 고객의 데이터를 열람한 사람이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>새로고침(&amp;R)</translation>
    </message>
    <message>
        <source>Reload who viewed this</source>
        <translation>열람 기록 새로고침</translation>
    </message>
    <message numerus="yes">
        <source>Reveals recorded: %n.</source>
        <translation>
            <numerusform>열람 기록: %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>불러오지 못했습니다: %1</translation>
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
        <translation>아직 평가 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 5 from %n rating(s)</source>
        <translation>
            <numerusform>5점 중 %1점 (평가 %n건)</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals waiting: %1, the oldest for %2</source>
        <translation>승인 대기: %1건, 가장 오래된 요청 %2 경과</translation>
    </message>
    <message>
        <source>Approvals waiting: none</source>
        <translation>승인 대기: 없음</translation>
    </message>
    <message>
        <source>Backlog: %1</source>
        <translation>미처리: %1건</translation>
    </message>
    <message>
        <source>Breached now: %1</source>
        <translation>현재 기한 초과: %1건</translation>
    </message>
    <message>
        <source>Median first response: %1</source>
        <translation>첫 응답 중앙값: %1</translation>
    </message>
    <message>
        <source>Median resolution: %1</source>
        <translation>해결 시간 중앙값: %1</translation>
    </message>
    <message>
        <source>CSAT: %1</source>
        <translation>CSAT: %1</translation>
    </message>
    <message>
        <source>%1 is rising: %2 tickets in the last hour, usually %3.</source>
        <translation>%1 급증: 최근 1시간 동안 티켓 %2건 (평소 %3건).</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>예: %1</translation>
    </message>
    <message>
        <source>Tickets per day (UTC)</source>
        <translation>일별 티켓 (UTC)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>SLA attainment (tickets opened in the period)</source>
        <translation>SLA 달성률 (기간 내 접수된 티켓)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>기한 준수</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>달성률(%)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>첫 응답</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>Breached now</source>
        <translation>현재 기한 초과</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>응답 시간</translation>
    </message>
    <message>
        <source>Median first response (seconds)</source>
        <translation>첫 응답 중앙값(초)</translation>
    </message>
    <message>
        <source>Median resolution (seconds)</source>
        <translation>해결 시간 중앙값(초)</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>고객 만족도</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Agent load</source>
        <translation>상담원별 업무량</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>고객 응답 대기</translation>
    </message>
    <message>
        <source>Solved in period</source>
        <translation>기간 내 해결</translation>
    </message>
    <message>
        <source>Backlog now</source>
        <translation>현재 미처리</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>승인 대기</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Oldest (seconds)</source>
        <translation>최장 대기(초)</translation>
    </message>
    <message>
        <source>Median age (seconds)</source>
        <translation>대기 시간 중앙값(초)</translation>
    </message>
    <message>
        <source>Trend alerts</source>
        <translation>추세 알림</translation>
    </message>
    <message>
        <source>Raised at (UTC)</source>
        <translation>발생 시각 (UTC)</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>평소</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>티켓</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Upload of %1</source>
        <translation>%1 업로드</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>업로드 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel the upload of %1</source>
        <translation>%1 업로드 취소</translation>
    </message>
    <message>
        <source>%1, %2 — goes with this message</source>
        <translation>%1, %2 — 이 메시지와 함께 전송됨</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>첨부되지 않음: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 삭제</translation>
    </message>
</context>
</TS>
