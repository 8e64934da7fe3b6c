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
            <source>Review overdue</source>
            <translation>검토 기한 초과</translation>
        </message>
        <message>
            <source>Personal data revealed</source>
            <translation>개인정보 열람</translation>
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
    </context>
    <context>
        <name>Links</name>
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
        <name>MessageListModel</name>
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
            <source>SLA: %1 — %2</source>
            <translation>SLA: %1 — %2</translation>
        </message>
    </context>
    <context>
        <name>TicketTab</name>
        <message>
            <source>&amp;Reload</source>
            <translation>새로고침(&amp;R)</translation>
        </message>
        <message>
            <source>Ticket %1</source>
            <translation>티켓 %1</translation>
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
            <source>Unassigned</source>
            <translation>미배정</translation>
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
</TS>
