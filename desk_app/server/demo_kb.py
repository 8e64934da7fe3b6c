"""Demo knowledge base and macros: 44 help articles (the most-read in nine languages) and canned replies."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.contract import Category, KbLanguage, TicketStatus
from desk_app.server import kb
from desk_app.server.demo_kb_common import COMMON
from desk_app.server.demo_kb_more import MORE
from desk_app.server.models import Agent, KbArticle, KbTranslation, Macro, MacroTranslation

_A, _T, _D = Category.account, Category.trading, Category.deposit_withdrawal
_TE, _S, _C = Category.technical, Category.security, Category.compliance


class _Meta(NamedTuple):
    category: Category
    tags: tuple[str, ...]
    reviewed_days_ago: int  # over 180: stale in the demo
    owner: str


META: dict[str, _Meta] = {
    "reset-password": _Meta(_A, ("password", "login"), 20, "super1"),
    "enable-2fa": _Meta(_S, ("2fa", "authenticator", "security"), 35, "super1"),
    "lost-2fa-device": _Meta(_S, ("2fa", "reset-2fa", "lost-phone"), 12, "super1"),
    "kyc-documents": _Meta(_C, ("kyc", "verification", "documents"), 50, "super2"),
    "kyc-rejected": _Meta(_C, ("kyc", "verification", "rejected"), 210, "super2"),
    "deposit-not-credited": _Meta(_D, ("deposit", "txid", "confirmations"), 8, "super2"),
    "deposit-missing-memo": _Meta(_D, ("deposit", "memo", "tag", "xrp"), 60, "super2"),
    "withdrawal-delayed": _Meta(_D, ("withdrawal", "pending", "delay"), 5, "super1"),
    "withdrawal-fees": _Meta(_D, ("withdrawal", "fees", "network"), 240, "super1"),
    "trading-fees": _Meta(_T, ("fees", "maker", "taker"), 90, "super2"),
    "liquidation": _Meta(_T, ("futures", "liquidation", "margin"), 30, "super2"),
    "account-frozen": _Meta(_S, ("freeze", "locked", "unfreeze"), 15, "super1"),
    "account-takeover": _Meta(_S, ("hacked", "takeover", "freeze"), 3, "super1"),
    "change-email": _Meta(_A, ("email", "security"), 70, "super1"),
    "change-phone": _Meta(_A, ("phone", "sim-swap"), 75, "super1"),
    "anti-phishing-code": _Meta(_S, ("phishing", "email"), 400, "super1"),
    "login-new-device": _Meta(_S, ("login", "device"), 40, "super1"),
    "sms-code-not-received": _Meta(_TE, ("sms", "2fa", "code"), 100, "super2"),
    "email-code-not-received": _Meta(_TE, ("email", "code"), 100, "super2"),
    "passkeys": _Meta(_S, ("passkey", "login"), 20, "super1"),
    "kyc-levels": _Meta(_C, ("kyc", "limits"), 120, "super2"),
    "kyc-proof-of-address": _Meta(_C, ("kyc", "address", "documents"), 130, "super2"),
    "source-of-funds": _Meta(_C, ("compliance", "source-of-funds"), 45, "super2"),
    "deposit-wrong-network": _Meta(_D, ("deposit", "network", "recovery"), 25, "super2"),
    "deposit-unsupported-coin": _Meta(_D, ("deposit", "recovery"), 300, "super2"),
    "fiat-deposit-bank": _Meta(_D, ("fiat", "bank", "deposit"), 55, "super2"),
    "card-purchase-failed": _Meta(_D, ("card", "payment"), 65, "super2"),
    "withdrawal-address-whitelist": _Meta(_S, ("withdrawal", "whitelist", "address"), 80, "super1"),
    "withdrawal-wrong-address": _Meta(_D, ("withdrawal", "address"), 85, "super1"),
    "withdrawal-limits": _Meta(_D, ("withdrawal", "limits"), 95, "super1"),
    "withdrawal-suspended-coin": _Meta(_D, ("withdrawal", "maintenance"), 10, "super1"),
    "internal-transfer": _Meta(_D, ("transfer", "internal"), 110, "super1"),
    "staking-redeem": _Meta(_T, ("staking", "earn"), 140, "super2"),
    "order-types": _Meta(_T, ("orders", "limit", "market"), 150, "super2"),
    "order-not-filled": _Meta(_T, ("orders", "limit"), 160, "super2"),
    "slippage": _Meta(_T, ("orders", "slippage"), 170, "super2"),
    "funding-rate": _Meta(_T, ("futures", "funding"), 30, "super2"),
    "margin-modes": _Meta(_T, ("futures", "margin"), 30, "super2"),
    "auto-deleveraging": _Meta(_T, ("futures", "adl", "liquidation"), 200, "super2"),
    "api-keys": _Meta(_TE, ("api", "security"), 60, "super1"),
    "delete-account": _Meta(_A, ("close-account",), 90, "super1"),
    "tax-report": _Meta(_A, ("tax", "export"), 300, "super2"),
    "scam-warning": _Meta(_S, ("scam", "phishing"), 14, "super1"),
    "app-crash": _Meta(_TE, ("app", "crash", "bug"), 22, "super2"),
}


class _Macro(NamedTuple):
    name: str
    texts: dict[str, tuple[str, str]]  # language -> (title, body)
    set_status: TicketStatus | None = None
    set_category: Category | None = None
    add_tags: tuple[str, ...] = ()
    article: str | None = None  # slug of the article {kb_link} points to


MACROS: tuple[_Macro, ...] = (
    _Macro("Withdrawal delayed: we are checking", {
        "en": ("Withdrawal delayed", "Hello {customer_name},\n\nThank you for your patience. I have checked your withdrawal on ticket #{ticket_id}: it is in our security review queue, which is normal for this amount. Most reviews finish within 4 hours and you do not need to submit it again.\n\nYou can read more here: {kb_link}\n\nBest regards,\n{agent_name}"),
        "zh_CN": ("提现延迟", "{customer_name}，您好：\n\n感谢您的耐心等待。我已核查您在工单 #{ticket_id} 中提到的提现：该笔提现正在安全审核队列中，这个金额属于正常审核范围。大部分审核会在 4 小时内完成，请勿重复提交。\n\n详细说明请参阅：{kb_link}\n\n祝好，\n{agent_name}"),
        "zh_TW": ("出金延遲", "{customer_name} 您好：\n\n感謝您耐心等候。我已查詢您在工單 #{ticket_id} 提到的出金：該筆出金正在安全審核佇列中，以此金額而言屬正常流程。多數審核會在 4 小時內完成，請勿重複送出申請。\n\n詳細說明請參考：{kb_link}\n\n敬祝順心，\n{agent_name}"),
        "ko": ("출금 지연 안내", "{customer_name} 고객님, 안녕하세요.\n\n기다려 주셔서 감사합니다. 문의 #{ticket_id}의 출금 건을 확인해 보니 현재 보안 심사 대기 중이며, 해당 금액에서는 정상적인 절차입니다. 대부분 4시간 이내에 심사가 완료되니 출금을 다시 신청하지 않으셔도 됩니다.\n\n자세한 내용은 아래 안내를 참고해 주세요: {kb_link}\n\n감사합니다.\n{agent_name} 드림"),
        "ja": ("出金遅延のご案内", "{customer_name} 様\n\nお待たせしており申し訳ございません。お問い合わせ #{ticket_id} の出金を確認したところ、現在セキュリティ審査の順番待ちとなっております。この金額では通常の手続きです。審査は通常 4 時間以内に完了しますので、再申請は不要です。\n\n詳しくはこちらをご覧ください：{kb_link}\n\n今後ともよろしくお願いいたします。\n{agent_name}"),
        "ru": ("Задержка вывода", "Здравствуйте, {customer_name}!\n\nСпасибо за терпение. Я проверил(а) вывод по обращению #{ticket_id}: заявка находится в очереди проверки службы безопасности — для такой суммы это обычная процедура. Как правило, проверка занимает до 4 часов, повторно создавать заявку не нужно.\n\nПодробнее: {kb_link}\n\nС уважением,\n{agent_name}"),
        "es": ("Retiro retrasado", "Hola, {customer_name}:\n\nGracias por tu paciencia. He revisado tu retiro del ticket #{ticket_id}: está en nuestra cola de revisión de seguridad, algo habitual para este importe. La mayoría de las revisiones terminan en 4 horas y no hace falta que lo vuelvas a solicitar.\n\nMás información: {kb_link}\n\nUn saludo,\n{agent_name}"),
        "tr": ("Gecikmiş para çekme", "Merhaba {customer_name},\n\nSabrınız için teşekkür ederiz. #{ticket_id} numaralı talebinizdeki çekim işlemini kontrol ettim: işlem güvenlik inceleme sırasında ve bu tutar için bu olağan bir süreçtir. İncelemelerin çoğu 4 saat içinde tamamlanır; talebi yeniden oluşturmanıza gerek yoktur.\n\nDaha fazla bilgi: {kb_link}\n\nSaygılarımızla,\n{agent_name}"),
        "ar": ("تأخر السحب", "مرحبًا {customer_name}،\n\nشكرًا لصبرك. راجعتُ عملية السحب في التذكرة رقم #{ticket_id}: الطلب في قائمة المراجعة الأمنية، وهذا إجراء معتاد لهذا المبلغ. تكتمل معظم المراجعات خلال 4 ساعات، ولا حاجة لإعادة تقديم الطلب.\n\nلمزيد من المعلومات: {kb_link}\n\nمع أطيب التحيات،\n{agent_name}"),
    }, set_status=TicketStatus.pending_customer, add_tags=("withdrawal-delay",), article="withdrawal-delayed"),
    _Macro("Deposit not credited: ask for TxID", {
        "en": ("Ask for the TxID", "Hello {customer_name},\n\nTo trace your deposit, please reply with the TxID (transaction hash), the coin, the network you used and a screenshot of the withdrawal on the sending platform. This guide explains where to find them: {kb_link}\n\nBest regards,\n{agent_name}"),
        "zh_CN": ("索取 TxID", "{customer_name}，您好：\n\n为了追踪您的充值，请回复交易哈希（TxID）、币种、所用网络，以及转出平台的提现记录截图。查找方法请参阅：{kb_link}\n\n祝好，\n{agent_name}"),
        "ko": ("TxID 요청", "{customer_name} 고객님, 안녕하세요.\n\n입금 확인을 위해 TxID(트랜잭션 해시), 코인 종류, 사용하신 네트워크, 보내신 거래소(지갑)의 출금 내역 캡처를 회신해 주세요. 확인 방법은 다음 안내를 참고해 주세요: {kb_link}\n\n감사합니다.\n{agent_name} 드림"),
        "ja": ("TxID のご提供依頼", "{customer_name} 様\n\nご入金の調査のため、TxID（トランザクション ID）、通貨、ご利用のネットワーク、送金元での出金画面のスクリーンショットをご返信ください。確認方法はこちらです：{kb_link}\n\nよろしくお願いいたします。\n{agent_name}"),
        "ru": ("Запрос TxID", "Здравствуйте, {customer_name}!\n\nЧтобы найти ваш депозит, пришлите, пожалуйста, TxID (хеш транзакции), монету, сеть и скриншот вывода с платформы-отправителя. Где их найти: {kb_link}\n\nС уважением,\n{agent_name}"),
        "es": ("Pedir el TxID", "Hola, {customer_name}:\n\nPara rastrear tu depósito, respóndenos con el TxID (hash de la transacción), la moneda, la red que usaste y una captura del retiro en la plataforma de origen. Aquí explicamos dónde encontrarlos: {kb_link}\n\nUn saludo,\n{agent_name}"),
    }, set_status=TicketStatus.pending_customer, set_category=Category.deposit_withdrawal, add_tags=("need-txid",),
        article="deposit-not-credited"),
    _Macro("Password reset instructions", {
        "en": ("Reset your password", "Hello {customer_name},\n\nYou can reset your password yourself with \"Forgot password\" on the login page; the steps are here: {kb_link}\n\nFor your safety, withdrawals pause for 24 hours after a reset. We will never ask for your password or 2FA codes.\n\nBest regards,\n{agent_name}"),
        "ko": ("비밀번호 재설정 안내", "{customer_name} 고객님, 안녕하세요.\n\n로그인 화면의 '비밀번호 찾기'로 직접 재설정하실 수 있습니다. 자세한 방법은 다음을 참고해 주세요: {kb_link}\n\n자산 보호를 위해 재설정 후 24시간 동안 출금이 제한됩니다. 당사는 비밀번호나 OTP 번호를 절대 요청하지 않습니다.\n\n감사합니다.\n{agent_name} 드림"),
        "es": ("Restablecer la contraseña", "Hola, {customer_name}:\n\nPuedes restablecer tu contraseña tú mismo con «¿Olvidaste tu contraseña?» en la página de inicio de sesión; aquí tienes los pasos: {kb_link}\n\nPor tu seguridad, los retiros se pausan 24 horas después del cambio. Nunca te pediremos tu contraseña ni tus códigos 2FA.\n\nUn saludo,\n{agent_name}"),
    }, set_status=TicketStatus.resolved, add_tags=("password",), article="reset-password"),
    _Macro("Escalated to engineering", {
        "en": ("We have escalated this", "Hello {customer_name},\n\nThank you for the details. I have passed ticket #{ticket_id} to our engineering team with everything you sent. I will update you as soon as they have news; you do not need to do anything for now.\n\nBest regards,\n{agent_name}"),
        "zh_CN": ("已提交技术团队", "{customer_name}，您好：\n\n感谢您提供的信息。我已将工单 #{ticket_id} 连同您提供的全部资料提交给技术团队，一有进展会第一时间通知您，目前您无需进行任何操作。\n\n祝好，\n{agent_name}"),
        "ja": ("技術チームへの引き継ぎ", "{customer_name} 様\n\n詳細をお知らせいただきありがとうございます。お問い合わせ #{ticket_id} を、いただいた情報とともに技術チームへ引き継ぎました。進展があり次第ご連絡いたしますので、現時点でお客様に行っていただくことはございません。\n\nよろしくお願いいたします。\n{agent_name}"),
        "ru": ("Передано инженерам", "Здравствуйте, {customer_name}!\n\nСпасибо за подробности. Я передал(а) обращение #{ticket_id} нашей команде инженеров со всеми присланными данными и сообщу, как только появятся новости. Сейчас от вас ничего не требуется.\n\nС уважением,\n{agent_name}"),
    }, set_status=TicketStatus.pending_customer, add_tags=("escalated",)),
    _Macro("Issue fixed: please check", {
        "en": ("Fixed: please check", "Hello {customer_name},\n\nGood news: our engineers have fixed the problem you reported in ticket #{ticket_id}. Please check your account and reply if anything still looks wrong; otherwise this ticket will close in 3 days.\n\nThank you for your patience,\n{agent_name}"),
        "ko": ("해결 안내", "{customer_name} 고객님, 안녕하세요.\n\n문의 #{ticket_id}에서 말씀해 주신 문제를 엔지니어팀이 해결했습니다. 계정을 확인해 보시고 여전히 문제가 있으면 회신해 주세요. 별도 회신이 없으면 3일 후 문의가 종료됩니다.\n\n기다려 주셔서 감사합니다.\n{agent_name} 드림"),
        "es": ("Resuelto: compruébalo", "Hola, {customer_name}:\n\nBuenas noticias: nuestros ingenieros han solucionado el problema que nos contaste en el ticket #{ticket_id}. Revisa tu cuenta y respóndenos si algo sigue mal; si no, este ticket se cerrará en 3 días.\n\nGracias por tu paciencia,\n{agent_name}"),
    }, set_status=TicketStatus.resolved, add_tags=("fixed",)),
    _Macro("KYC documents needed", {
        "en": ("Documents for verification", "Hello {customer_name},\n\nTo complete your verification we need a colour photo of a valid passport, ID card or driving licence with all four corners visible, and a selfie holding it. The accepted documents are listed here: {kb_link}\n\nBest regards,\n{agent_name}"),
        "tr": ("Doğrulama için belgeler", "Merhaba {customer_name},\n\nDoğrulamanızı tamamlamak için geçerli pasaportunuzun, kimlik kartınızın veya ehliyetinizin dört köşesi görünen renkli bir fotoğrafına ve belgeyi tutarken çekilmiş bir özçekime ihtiyacımız var. Kabul edilen belgeler: {kb_link}\n\nSaygılarımızla,\n{agent_name}"),
        "ar": ("مستندات التحقق", "مرحبًا {customer_name}،\n\nلإكمال التحقق نحتاج إلى صورة ملوّنة لجواز سفر أو بطاقة هوية أو رخصة قيادة سارية تظهر فيها الزوايا الأربع، وصورة سيلفي وأنت تحمل المستند. المستندات المقبولة مذكورة هنا: {kb_link}\n\nمع أطيب التحيات،\n{agent_name}"),
    }, set_status=TicketStatus.pending_customer, set_category=Category.compliance, add_tags=("kyc",),
        article="kyc-documents"),
)


def _texts(slug: str) -> dict[str, tuple[str, str]]:
    return COMMON[slug] if slug in COMMON else {"en": MORE[slug]}


def populate(session: Session, now: datetime) -> int:
    """Adds the demo articles and macros; returns how many articles. The caller commits."""
    agents = dict(session.execute(select(Agent.username, Agent.id)).all())
    fallback_owner = next(iter(agents.values()))
    slugs: dict[str, int] = {}
    for slug, meta in META.items():
        article = KbArticle(slug=slug, category=meta.category.value, tags=list(meta.tags),
                            owner_id=agents.get(meta.owner, fallback_owner),
                            last_reviewed_at=now - timedelta(days=meta.reviewed_days_ago),
                            created_at=now - timedelta(days=meta.reviewed_days_ago + 30), updated_at=now)
        session.add(article)
        session.flush()
        slugs[slug] = article.id
        for language, (title, body) in _texts(slug).items():
            version = KbTranslation(article_id=article.id, language=KbLanguage(language).value)
            kb.set_text(version, title, body, meta.tags)
            session.add(version)
    for spec in MACROS:
        macro = Macro(name=spec.name, set_status=spec.set_status.value if spec.set_status else None,
                      set_category=spec.set_category.value if spec.set_category else None,
                      add_tags=list(spec.add_tags), kb_article_id=slugs.get(spec.article) if spec.article else None,
                      updated_by=agents.get("super1", fallback_owner), updated_at=now, version=1)
        session.add(macro)
        session.flush()
        session.add_all(MacroTranslation(macro_id=macro.id, language=KbLanguage(language).value, title=title,
                                         body=body) for language, (title, body) in spec.texts.items())
    session.flush()
    return len(META)
