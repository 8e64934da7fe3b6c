"""Demo data: a realistic, deterministic desk (agents, customers, account history, tickets) for `--demo`.

`populate` fills an empty database in bulk, in chunks, so that 2,000 tickets take well under a second
and 100,000 tickets never sit in memory at once. Four customers show the account-takeover pattern that
`risk.py` looks for; everyone else is kept clear of it. The texts are written in each customer's own
language, so this module holds non-ASCII text on purpose (but no invisible or direction-override
characters).
"""

from __future__ import annotations

import random
import unicodedata
from bisect import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from typing import Any, Generic, NamedTuple, TypeVar, cast

from argon2 import PasswordHasher
from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from desk_app.contract import AuthorKind, Category, Channel, Priority, Role, TicketStatus
from desk_app.server import demo_kb, demo_supervision, rollups, sla
from desk_app.server.config import Settings
from desk_app.server.models import (
    AccountEvent,
    AddressBookEntry,
    Agent,
    Base,
    Customer,
    CustomerLogin,
    CustomerSession,
    Message,
    Ticket,
    Transaction,
)

DEMO_PASSWORD = "desk-demo"
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # 160 bits; demo only
CHUNK = 5_000  # customers or tickets generated and inserted at a time
LARGE_USD = Settings.large_withdrawal_usd  # what risk.py calls a large withdrawal (by default)
SIGNAL_FREE_DAYS = 32  # regular customers' account events and new addresses are older than this

T = TypeVar("T")


@dataclass(frozen=True)
class DemoSummary:
    """What `populate` wrote, and where the account-takeover stories are."""

    agents: int
    customers: int
    tickets: int
    messages: int
    logins: int
    sessions: int
    transactions: int
    address_book_entries: int
    account_events: int
    takeover_customer_id: int  # the main story: Korean, 2FA on, account active, an urgent new ticket
    other_takeover_customer_ids: tuple[int, ...]
    takeover_ticket_id: int


class _Pick(Generic[T]):
    """A weighted choice with the cumulative weights computed once."""

    def __init__(self, items: Sequence[tuple[T, float]]) -> None:
        self.values = [value for value, _ in items]
        self.cum = list(accumulate(weight for _, weight in items))

    def __call__(self, rng: random.Random) -> T:
        return self.values[bisect(self.cum, rng.random() * self.cum[-1])]


# --- agents ---------------------------------------------------------------------------------------

DEMO_AGENTS: tuple[tuple[str, str, Role, str], ...] = (
    ("agent1", "Mia Chen", Role.agent, "en"),
    ("agent2", "Lucas Martin", Role.agent, "es"),
    ("secops1", "Sara Kim", Role.security_agent, "ko"),
    ("secops2", "Omar Haddad", Role.security_agent, "ar"),
    ("super1", "Elena Petrova", Role.supervisor, "ru"),
    ("super2", "David Okafor", Role.supervisor, "en"),
    ("admin1", "Noah Fischer", Role.admin, "en"),
)

# --- people and places ----------------------------------------------------------------------------
# Names are "native=latin" where the latin spelling cannot be derived (it makes the e-mail address).
# Per language: male given names, female given names, family names.

_NAMES: dict[str, tuple[str, str, str]] = {
    "en": ("James Liam Ethan Mason Logan Benjamin Henry Jack Daniel Ryan Owen Samuel",
           "Olivia Emma Ava Sophia Isabella Harper Charlotte Amelia Grace Chloe Hannah Zoe",
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas Moore Clark "
           "Walker Hall Young King Wright Hughes Evans Patel Nguyen O'Connor Murphy"),
    "zh": ("伟=wei 磊=lei 洋=yang 勇=yong 杰=jie 涛=tao 明=ming 超=chao 晓东=xiaodong 建华=jianhua "
           "志强=zhiqiang 浩然=haoran 宇轩=yuxuan",
           "芳=fang 娜=na 敏=min 静=jing 艳=yan 秀英=xiuying 丽娟=lijuan 婷婷=tingting 子涵=zihan "
           "欣怡=xinyi 梓萱=zixuan",
           "王=wang 李=li 张=zhang 刘=liu 陈=chen 杨=yang 黄=huang 赵=zhao 吴=wu 周=zhou 徐=xu 孙=sun "
           "马=ma 朱=zhu 胡=hu 郭=guo 何=he 林=lin 罗=luo 高=gao"),
    "ko": ("민준=minjun 지훈=jihoon 도윤=doyoon 서준=seojun 예준=yejun 현우=hyunwoo 준호=junho "
           "성민=sungmin 태현=taehyun",
           "서연=seoyeon 지우=jiwoo 하은=haeun 수빈=subin 지민=jimin 유진=yujin 다은=daeun 은지=eunji "
           "민서=minseo",
           "김=kim 이=lee 박=park 최=choi 정=jung 강=kang 조=cho 윤=yoon 장=jang 임=lim 한=han 오=oh "
           "서=seo 신=shin 권=kwon 황=hwang"),
    "ja": ("翔太=shota 大輝=daiki 健太=kenta 拓海=takumi 蓮=ren 直樹=naoki 悠斗=yuto 大和=yamato",
           "陽菜=hina 美咲=misaki 結衣=yui 葵=aoi さくら=sakura 由美=yumi 真央=mao 彩花=ayaka",
           "佐藤=sato 鈴木=suzuki 高橋=takahashi 田中=tanaka 伊藤=ito 渡辺=watanabe 山本=yamamoto "
           "中村=nakamura 小林=kobayashi 加藤=kato 吉田=yoshida 山田=yamada 松本=matsumoto 井上=inoue "
           "木村=kimura 林=hayashi"),
    "ru": ("Александр Дмитрий Максим Сергей Андрей Алексей Иван Михаил Никита Артём Павел",
           "Анна Мария Елена Ольга Наталья Екатерина Татьяна Дарья Юлия Ксения Светлана",
           "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов "
           "Волков Лебедев Козлов Егоров Орлов"),
    "es": ("Mateo Santiago Sebastián Diego Alejandro Javier Pablo Andrés Carlos Manuel",
           "Sofía Valentina Lucía Camila Martina Carmen Daniela Isabel Paula Elena",
           "García Rodríguez Martínez López González Hernández Pérez Sánchez Ramírez Torres Flores "
           "Rivera Gómez Díaz Morales Romero Castillo Vargas"),
    "tr": ("Mehmet Mustafa Ahmet Emre Burak Can Oğuz Kerem Murat",
           "Elif Zeynep Ayşe Fatma Merve Selin Deniz Ebru Büşra",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Koç Kurt"),
    "ar": ("محمد=mohammed أحمد=ahmed عمر=omar يوسف=youssef خالد=khaled علي=ali طارق=tarek",
           "فاطمة=fatima مريم=mariam نور=nour سارة=sara ليلى=layla هدى=huda",
           "العتيبي=alotaibi الحربي=alharbi الشمري=alshammari المنصوري=almansoori حداد=haddad "
           "السيد=elsayed النجار=alnajjar القحطاني=alqahtani"),
}

_LANGUAGES = _Pick([("en", 30), ("zh", 15), ("ko", 14), ("ja", 11), ("ru", 10), ("es", 13), ("tr", 4),
                    ("ar", 3)])
_HOME: dict[str, _Pick[str]] = {
    "en": _Pick([("US", 45), ("GB", 25), ("AU", 10), ("CA", 10), ("SG", 10)]),
    "zh": _Pick([("CN", 60), ("SG", 25), ("MY", 15)]),
    "ko": _Pick([("KR", 1)]),
    "ja": _Pick([("JP", 1)]),
    "ru": _Pick([("RU", 80), ("KZ", 20)]),
    "es": _Pick([("ES", 40), ("MX", 30), ("AR", 15), ("CO", 15)]),
    "tr": _Pick([("TR", 1)]),
    "ar": _Pick([("AE", 50), ("SA", 30), ("EG", 20)]),
}


class _Country(NamedTuple):
    phones: tuple[str, ...]  # "#" is a digit, "@" a capital letter
    document: str
    addresses: tuple[str, ...]  # also {n} a house number, {u} a flat, {c} a small number
    ips: tuple[str, ...]  # the first two octets of addresses there


_COUNTRIES: dict[str, _Country] = {
    "US": _Country(("+1 212 555-01##", "+1 415 555-01##", "+1 512 555-01##", "+1 312 555-01##"), "#########",
                   ("{n} Maple Street, Austin, TX 787##", "{n} Oak Avenue, Apt {u}, Brooklyn, NY 112##",
                    "{n} Pine Road, Denver, CO 802##", "{n} Lake Shore Drive, Chicago, IL 606##"),
                   ("73.162", "98.207", "24.4", "174.48", "108.28")),
    "GB": _Country(("+44 7700 900###",), "#########",
                   ("{n} Baker Street, London NW1 #@@", "Flat {u}, {n} Deansgate, Manchester M3 #@@",
                    "{n} Princes Street, Edinburgh EH2 #@@"), ("81.128", "86.15", "2.120", "92.40")),
    "AU": _Country(("+61 491 570 ###",), "P@#######",
                   ("{n} George Street, Sydney NSW 2000", "Unit {u}, {n} Collins Street, Melbourne VIC 3000"),
                   ("1.144", "101.180", "120.21")),
    "CA": _Country(("+1 416 555-01##", "+1 604 555-01##"), "@@######",
                   ("{n} Queen Street West, Toronto, ON M5H #@#", "{n} Robson Street, Vancouver, BC V6E #@#"),
                   ("24.114", "99.230", "142.112")),
    "SG": _Country(("+65 8### ####", "+65 9### ####"), "S#######@",
                   ("{n} Orchard Road, Singapore 238###", "{n} Tampines Street {c}1, Singapore 52####"),
                   ("116.86", "118.200", "175.156")),
    "CN": _Country(("+86 138 #### ####", "+86 159 #### ####", "+86 186 #### ####"), "E########",
                   ("上海市浦东新区世纪大道{n}号{u}0#室", "北京市朝阳区建国路{n}号{c}单元{u}0#室",
                    "深圳市南山区科技园南路{n}号", "杭州市西湖区文三路{n}号{u}0#室"),
                   ("115.236", "120.229", "183.14", "223.104")),
    "MY": _Country(("+60 12-### ####",), "A########",
                   ("{n} Jalan Ampang, 50450 Kuala Lumpur", "{n} Jalan SS 2/{c}, 47300 Petaling Jaya"),
                   ("115.132", "175.139")),
    "KR": _Country(("+82 10-####-####",), "M########",
                   ("서울특별시 강남구 테헤란로 {n} {u}0#호", "서울특별시 마포구 월드컵북로 {n}",
                    "부산광역시 해운대구 해운대로 {n} {u}0#호", "경기도 성남시 분당구 판교역로 {n}"),
                   ("211.36", "175.223", "121.134", "112.169")),
    "JP": _Country(("+81 90-####-####", "+81 80-####-####"), "T@#######",
                   ("〒150-0043 東京都渋谷区道玄坂{c}丁目{n}-{u}", "〒530-0001 大阪府大阪市北区梅田{c}丁目{n}-{u}",
                    "〒220-0012 神奈川県横浜市西区みなとみらい{c}丁目{n}-{u}"),
                   ("126.27", "153.240", "118.87", "60.96")),
    "RU": _Country(("+7 9## ###-##-##",), "45 ## ######",
                   ("ул. Тверская, д. {n}, кв. {u}, г. Москва, 1250##",
                    "Невский пр., д. {n}, кв. {u}, г. Санкт-Петербург, 1910##",
                    "ул. Ленина, д. {n}, кв. {u}, г. Екатеринбург, 6200##"),
                   ("95.24", "178.176", "46.39", "188.162")),
    "KZ": _Country(("+7 701 ###-##-##", "+7 777 ###-##-##"), "N########",
                   ("пр. Абая, д. {n}, кв. {u}, г. Алматы", "ул. Кенесары, д. {n}, кв. {u}, г. Астана"),
                   ("2.132", "37.99")),
    "ES": _Country(("+34 6## ## ## ##",), "########@",
                   ("Calle Mayor {n}, {c}º, 280## Madrid", "Carrer de Mallorca {n}, 080## Barcelona",
                    "Avenida de la Constitución {n}, 410## Sevilla", "Calle Colón {n}, 460## Valencia"),
                   ("88.12", "83.56", "79.152")),
    "MX": _Country(("+52 55 #### ####",), "G########",
                   ("Av. Insurgentes Sur {n}, Col. Roma, 06700 Ciudad de México",
                    "Av. Vallarta {n}, 44### Guadalajara"), ("187.189", "201.141", "189.203")),
    "AR": _Country(("+54 9 11 ####-####",), "##.###.###",
                   ("Av. Corrientes {n}, C1043 Buenos Aires", "Bv. San Juan {n}, X5000 Córdoba"),
                   ("181.47", "190.16")),
    "CO": _Country(("+57 3## ### ####",), "##########",
                   ("Calle 93 No. {n}-{u}, Bogotá", "Carrera 43A No. {n}-{u}, Medellín"), ("181.59", "191.95")),
    "TR": _Country(("+90 5## ### ## ##",), "1##########",
                   ("Bağdat Caddesi No:{n} D:{u}, Kadıköy/İstanbul", "Atatürk Bulvarı No:{n}, Çankaya/Ankara",
                    "Kıbrıs Şehitleri Cad. No:{n}, Alsancak/İzmir"), ("78.180", "88.230", "176.40")),
    "AE": _Country(("+971 50 ### ####", "+971 55 ### ####"), "784-19##-#######-#",
                   ("Apartment {u}0#, Marina Gate, Dubai Marina, Dubai", "Villa {n}, Al Barsha 2, Dubai"),
                   ("94.200", "86.97")),
    "SA": _Country(("+966 5# ### ####",), "1#########",
                   ("طريق الملك فهد {n}، حي العليا، الرياض 12###", "شارع التحلية {n}، حي الروضة، جدة 23###"),
                   ("37.106", "95.185")),
    "EG": _Country(("+20 10 #### ####",), "2#############",
                   ("{n} شارع التحرير، الدقي، الجيزة", "{n} شارع عباس العقاد، مدينة نصر، القاهرة"),
                   ("41.35", "156.204", "197.38")),
    # Only visited, or where attackers sign in from.
    "TH": _Country((), "", (), ("171.96",)),
    "NL": _Country((), "", (), ("185.220",)),
    "NG": _Country((), "", (), ("105.112",)),
    "RO": _Country((), "", (), ("89.38",)),
    "VN": _Country((), "", (), ("113.161",)),
}
_TRAVEL = ("US", "GB", "JP", "TH", "SG", "AE", "TR", "ES")
_EMAIL_DOMAINS = ("example.com", "example.net", "example.org", "mail.example")  # reserved: never delivered

_PHONES = ("iPhone 15 / iOS 18.1 / App 4.2", "iPhone 13 / iOS 17.6 / App 4.1", "iPhone 16 Pro / iOS 18.1 / App 4.2",
           "Galaxy S24 / Android 14 / App 4.2", "Galaxy A54 / Android 14 / App 4.1", "Pixel 8 / Android 15 / App 4.2",
           "Xiaomi 14 / Android 14 / App 4.0", "Redmi Note 13 / Android 13 / App 4.1")
_COMPUTERS = ("Windows 11 / Chrome 131", "Windows 10 / Edge 131", "macOS 15 / Safari 18.1", "macOS 14 / Chrome 130",
              "Ubuntu 24.04 / Firefox 132", "Windows 11 / Firefox 133")

# --- assets and chains ----------------------------------------------------------------------------

_NETWORK_KIND = {
    "Bitcoin": "btc", "Litecoin": "ltc", "Dogecoin": "doge", "Ethereum (ERC20)": "evm", "Arbitrum One": "evm",
    "Base": "evm", "BNB Smart Chain (BEP20)": "evm", "Polygon": "evm", "Tron (TRC20)": "tron", "Solana": "sol",
    "XRP Ledger": "xrp", "TON": "ton",
}
# asset: (decimals kept, rough USD price, networks with the usual one first)
_ASSETS: dict[str, tuple[int, float, tuple[str, ...]]] = {
    "BTC": (8, 97_000.0, ("Bitcoin",)),
    "ETH": (8, 3_400.0, ("Ethereum (ERC20)", "Arbitrum One", "Base")),
    "USDT": (6, 1.0, ("Tron (TRC20)", "Ethereum (ERC20)", "BNB Smart Chain (BEP20)", "Solana")),
    "USDC": (6, 1.0, ("Ethereum (ERC20)", "Solana", "Polygon", "Base")),
    "SOL": (9, 240.0, ("Solana",)),
    "XRP": (6, 1.4, ("XRP Ledger",)),
    "TRX": (6, 0.2, ("Tron (TRC20)",)),
    "BNB": (8, 650.0, ("BNB Smart Chain (BEP20)",)),
    "DOGE": (8, 0.38, ("Dogecoin",)),
    "LTC": (8, 100.0, ("Litecoin",)),
    "TON": (9, 5.5, ("TON",)),
}
_TX_ASSETS = _Pick([("USDT", 30), ("BTC", 20), ("ETH", 15), ("SOL", 8), ("XRP", 7), ("USDC", 6), ("TRX", 5),
                    ("BNB", 4), ("DOGE", 3), ("LTC", 1), ("TON", 1)])
_VIP_MU = (5.7, 7.0, 8.2, 9.5, 10.5, 11.5)  # log of a typical transaction in USD, by VIP tier
_FIAT = {"en": ("USD", 1.0, ","), "zh": ("CNY", 7.2, ","), "ko": ("KRW", 1390.0, ","), "ja": ("JPY", 150.0, ","),
         "ru": ("RUB", 100.0, " "), "es": ("EUR", 0.95, "."), "tr": ("TRY", 34.5, "."), "ar": ("AED", 3.67, ",")}
_DECIMAL_COMMA = {"ru", "es", "tr"}  # how customers write "0,25 BTC"
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_LABELS = ("Ledger", "Trezor", "MetaMask", "Cold wallet", "Trust Wallet", "Kraken", "Coinbase", "Savings")
_MY_WALLET = {"en": "My wallet", "zh": "我的钱包", "ko": "내 지갑", "ja": "メインウォレット", "ru": "Мой кошелёк",
              "es": "Mi billetera", "tr": "Cüzdanım", "ar": "محفظتي"}

# --- tickets --------------------------------------------------------------------------------------

_PRIORITIES = (Priority.low, Priority.normal, Priority.high, Priority.urgent)
_CALM, _USUAL, _HOT = (30, 60, 8, 2), (10, 65, 20, 5), (2, 38, 40, 20)
_ANY = ("BTC", "ETH", "USDT", "USDC", "SOL", "XRP", "TRX", "BNB", "LTC", "DOGE")


class _Topic(NamedTuple):
    key: str
    category: Category
    tags: tuple[str, ...]
    priorities: tuple[int, int, int, int]  # weights of low, normal, high, urgent
    weight: int
    assets: tuple[str, ...]


_TOPICS: tuple[_Topic, ...] = (
    _Topic("withdrawal_delayed", Category.deposit_withdrawal, ("withdrawal",), _USUAL, 14, _ANY),
    _Topic("deposit_wrong_network", Category.deposit_withdrawal, ("deposit",), _USUAL, 8, ("USDT", "USDC", "ETH")),
    _Topic("deposit_missing_memo", Category.deposit_withdrawal, ("deposit", "memo"), _USUAL, 6, ("XRP", "TON")),
    _Topic("twofa_lost_phone", Category.account, ("2fa",), _USUAL, 9, ("USDT",)),
    _Topic("kyc_rejected", Category.compliance, ("kyc",), _USUAL, 9, ("USDT",)),
    _Topic("api_key_error", Category.technical, ("api",), _USUAL, 5, ("USDT",)),
    _Topic("p2p_dispute", Category.trading, ("p2p",), _HOT, 5, ("USDT", "USDT", "BTC")),
    _Topic("futures_liquidation", Category.trading, ("futures",), _USUAL, 5, ("USDT",)),
    _Topic("fee_question", Category.trading, ("fees",), _CALM, 6, ("BTC", "ETH", "USDT", "SOL")),
    _Topic("account_locked", Category.account, ("locked",), _HOT, 7, ("USDT",)),
    _Topic("phishing_report", Category.security, ("phishing",), _HOT, 3, ("USDT",)),
    _Topic("suspicious_login", Category.security, ("login-alert",), _HOT, 5, ("USDT",)),
    _Topic("tax_statement", Category.compliance, ("tax",), _CALM, 3, ("USDT",)),
    _Topic("app_crash", Category.technical, ("app",), _USUAL, 6, ("USDT",)),
    _Topic("withdrawal_limit", Category.account, ("limits",), _CALM, 4, ("USDT",)),
    _Topic("staking_rewards", Category.trading, ("earn",), _CALM, 4, ("ETH", "SOL", "TON", "BNB", "TRX")),
)
_TOPIC_PICK = _Pick([(i, t.weight) for i, t in enumerate(_TOPICS)])
# Topics whose tickets may wait for a second person, and the action they wait for.
_APPROVALS = {"twofa_lost_phone": "reset_2fa", "account_locked": "unfreeze_account"}
_STATUSES = _Pick([(TicketStatus.new, 9), (TicketStatus.open, 20), (TicketStatus.pending_customer, 10),
                   (TicketStatus.pending_approval, 8), (TicketStatus.resolved, 26), (TicketStatus.closed, 30)])
_CHANNELS = _Pick([(Channel.email, 45), (Channel.chat, 35), (Channel.social, 10), (Channel.phone, 10)])
_PAIRS = ("BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT", "DOGEUSDT")
_LEVERAGE = (5, 10, 20, 25, 50, 75, 100)

# The first message of each topic: (subject, body). Placeholders: {amount} {asset} {network}
# {wrong_network} {order} {txid} {hours} {days} {key4} {fiat} {fiat_amount} {pair} {leverage} {year}
# {device}, and {ra} (the Russian feminine past-tense ending, empty for men).
_TEXT: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "withdrawal_delayed": (
            "Withdrawal of {amount} {asset} still pending",
            "Hi, I withdrew {amount} {asset} to my external wallet about {hours} hours ago and it still shows "
            "\"Processing\". The network is {network}, order ID {order}. Can you please check what is going on? "
            "I need these funds today."),
        "deposit_wrong_network": (
            "Deposit not credited - sent on the wrong network",
            "Hello, I sent {amount} {asset} to my deposit address but chose {wrong_network} instead of {network} "
            "by mistake. The transaction is confirmed on the explorer (TxID {txid}) but my balance hasn't "
            "changed. Is it possible to recover it?"),
        "deposit_missing_memo": (
            "{asset} deposit missing - forgot the memo/tag",
            "I deposited {amount} {asset} from another exchange but forgot to enter the memo (destination tag). "
            "The TxID is {txid}. It has been {hours} hours and nothing has arrived. Please help me recover it."),
        "twofa_lost_phone": (
            "Lost my phone - need to reset 2FA",
            "My phone was stolen yesterday and I no longer have access to Google Authenticator. I can log in "
            "with my password but I'm stuck at the 2FA step. How can I reset it? I still have access to my "
            "email."),
        "kyc_rejected": (
            "KYC verification rejected again",
            "My identity verification was rejected for the second time with the reason \"document unclear\". "
            "I uploaded a clear photo of my passport both times. What exactly is wrong? I can't withdraw until "
            "this is fixed."),
        "api_key_error": (
            "API error 10003: invalid API key",
            "Since this morning my trading bot gets error 10003 \"Invalid API key or IP not whitelisted\". I "
            "haven't changed anything. The key ends with {key4}, the IP whitelist is set and spot trading is "
            "enabled. What changed?"),
        "p2p_dispute": (
            "P2P order {order} - seller not releasing",
            "I paid {fiat_amount} {fiat} by bank transfer for P2P order {order} and marked it as paid {hours} "
            "hours ago. The seller is not responding and the {asset} is still locked in escrow. I have the bank "
            "receipt. Please open a dispute."),
        "futures_liquidation": (
            "Question about my {pair} liquidation",
            "My {pair} perpetual position ({leverage}x) was liquidated even though the mark price on the chart "
            "never reached my liquidation price. I lost about {amount} {asset}. Can you explain how the "
            "liquidation price was calculated?"),
        "fee_question": (
            "Why was the withdrawal fee so high?",
            "I withdrew {amount} {asset} and was charged a much higher fee than your fee page shows. Is the fee "
            "fixed or does it depend on the network? Also, does my VIP level reduce trading fees automatically?"),
        "account_locked": (
            "Account locked after wrong password attempts",
            "My account was locked after I entered the wrong password a few times and the message says to "
            "contact support. I have open orders and need access as soon as possible. Can you unlock it?"),
        "phishing_report": (
            "Reporting a phishing email pretending to be you",
            "I received an email that looks exactly like yours asking me to \"verify my wallet\" at a link that "
            "is not your domain. I didn't click it. I'm forwarding it so you can warn other users. Is my "
            "account safe?"),
        "suspicious_login": (
            "Login alert from a country I've never been to",
            "I just got a \"new login\" alert from an IP in another country, but that wasn't me. I changed my "
            "password right away. Can you check whether anything else was changed and whether any withdrawals "
            "were attempted?"),
        "tax_statement": (
            "Request for {year} transaction history for taxes",
            "Could you please send me a full statement of my trades, deposits and withdrawals for {year}? My "
            "accountant needs it in CSV or PDF for my tax return. The export in the app only goes back 3 "
            "months."),
        "app_crash": (
            "App crashes when I open the wallet page",
            "Since the last update the app closes immediately whenever I open the Wallet tab. I've reinstalled "
            "it twice. Phone: {device}. I can't see my balances or withdraw on mobile."),
        "withdrawal_limit": (
            "Request to increase my daily withdrawal limit",
            "My account is fully verified and I need to withdraw more than my current daily limit for a "
            "property payment. Can you increase my limit? What documents do you need from me?"),
        "staking_rewards": (
            "Staking rewards not received for {asset}",
            "I subscribed {amount} {asset} to flexible staking but haven't received any rewards for the last "
            "{days} days. The product page shows the APR but my earnings history is empty."),
    },
    "zh": {
        "withdrawal_delayed": (
            "{amount} {asset} 提现一直显示处理中",
            "你好，我大约 {hours} 小时前把 {amount} {asset} 提现到外部钱包，网络是 {network}，到现在状态还是"
            "“处理中”。订单号 {order}。请帮我查一下是什么原因，我今天急用这笔钱。"),
        "deposit_wrong_network": (
            "充值未到账：选错了网络",
            "您好，我往充值地址转了 {amount} {asset}，但不小心选了 {wrong_network} 而不是 {network}。区块浏览器"
            "上已经确认（TxID {txid}），但余额一直没有变化。请问还能找回吗？"),
        "deposit_missing_memo": (
            "{asset} 充值未到账，忘记填写标签",
            "我从其他交易所充值了 {amount} {asset}，但忘记填写标签（Memo/Tag）。TxID 是 {txid}，已经过了 {hours} "
            "小时还没到账，请帮忙找回。"),
        "twofa_lost_phone": (
            "手机丢了，需要重置谷歌验证",
            "我的手机昨天被偷了，谷歌验证器也用不了了。我能用密码登录，但卡在二次验证这一步。请问怎么重置？"
            "我的邮箱还能正常使用。"),
        "kyc_rejected": (
            "身份认证再次被拒绝",
            "我的身份认证第二次被拒，原因是“证件不清晰”。两次上传的都是清晰的护照照片。到底哪里有问题？"
            "认证不通过我就无法提现。"),
        "api_key_error": (
            "API 报错 10003：API 密钥无效",
            "从今天早上开始，我的交易机器人一直报错 10003 “Invalid API key or IP not whitelisted”。我什么都没"
            "改过。密钥尾号 {key4}，已设置 IP 白名单，也开启了现货交易权限。请问是哪里变了？"),
        "p2p_dispute": (
            "P2P 订单 {order}：卖家不放币",
            "我已通过银行转账支付 {fiat_amount} {fiat}（P2P 订单 {order}），并在 {hours} 小时前标记为已付款。"
            "卖家一直不回复，{asset} 还锁在托管里。我有银行回单，请帮我发起申诉。"),
        "futures_liquidation": (
            "关于 {pair} 强平的疑问",
            "我的 {pair} 永续合约仓位（{leverage} 倍）被强平了，但图表上的标记价格从来没有到过我的强平价。"
            "我损失了大约 {amount} {asset}。能解释一下强平价格是怎么计算的吗？"),
        "fee_question": (
            "提现手续费为什么这么高？",
            "我提现了 {amount} {asset}，扣的手续费比费率页面上写的高很多。手续费是固定的还是跟网络有关？"
            "另外，我的 VIP 等级会自动降低交易手续费吗？"),
        "account_locked": (
            "多次输错密码后账户被锁定",
            "我输错几次密码后账户被锁了，提示让我联系客服。我还有挂单，需要尽快恢复访问。能帮我解锁吗？"),
        "phishing_report": (
            "举报冒充你们的钓鱼邮件",
            "我收到一封和你们官方邮件一模一样的邮件，让我点击一个不是你们域名的链接去“验证钱包”。我没有点。"
            "转发给你们，方便提醒其他用户。我的账户安全吗？"),
        "suspicious_login": (
            "收到陌生国家的登录提醒",
            "我刚收到一条“新设备登录”提醒，IP 在另一个国家，但那不是我。我已经立刻改了密码。请帮我检查账户"
            "有没有其他改动，以及有没有人尝试提现。"),
        "tax_statement": (
            "申请 {year} 年交易记录用于报税",
            "请给我发一份 {year} 年完整的交易、充值和提现记录，会计师需要 CSV 或 PDF 格式用于报税。App 里只能"
            "导出最近 3 个月的记录。"),
        "app_crash": (
            "打开钱包页面时 App 闪退",
            "上次更新之后，只要打开“钱包”页面 App 就会闪退，已经重装两次了。手机：{device}。现在手机上看不到"
            "余额，也无法提现。"),
        "withdrawal_limit": (
            "申请提高每日提现额度",
            "我的账户已完成认证，因为要支付房款，需要提现超过当前的每日额度。可以帮我提高额度吗？需要提供"
            "哪些材料？"),
        "staking_rewards": (
            "{asset} 质押收益未到账",
            "我把 {amount} {asset} 申购了活期质押，但最近 {days} 天都没有收到收益。产品页面显示了年化收益率，"
            "可收益记录是空的。"),
    },
    "ko": {
        "withdrawal_delayed": (
            "{amount} {asset} 출금이 계속 처리 중입니다",
            "안녕하세요. 약 {hours}시간 전에 {amount} {asset}을(를) 외부 지갑으로 출금했는데 아직도 '처리 중'으로 "
            "나옵니다. 네트워크는 {network}이고 주문번호는 {order}입니다. 오늘 꼭 필요한 자금이라 확인 "
            "부탁드립니다."),
        "deposit_wrong_network": (
            "입금 미반영 - 네트워크를 잘못 선택했습니다",
            "입금 주소로 {amount} {asset}을(를) 보냈는데 실수로 {network} 대신 {wrong_network}를 선택했습니다. "
            "익스플로러에서는 전송 완료로 나오는데(TxID {txid}) 잔고에 반영되지 않았습니다. 복구가 가능할까요?"),
        "deposit_missing_memo": (
            "{asset} 입금 시 메모(태그) 누락",
            "다른 거래소에서 {amount} {asset}을(를) 입금했는데 메모(태그)를 입력하지 않았습니다. TxID는 {txid}"
            "입니다. {hours}시간이 지났는데도 입금되지 않았습니다. 복구 부탁드립니다."),
        "twofa_lost_phone": (
            "휴대폰 분실로 OTP 초기화 요청",
            "어제 휴대폰을 도난당해서 Google OTP를 사용할 수 없습니다. 비밀번호로 로그인은 되는데 2단계 인증에서 "
            "막힙니다. 어떻게 초기화할 수 있나요? 이메일은 정상적으로 사용 가능합니다."),
        "kyc_rejected": (
            "KYC 인증이 또 거절되었습니다",
            "신원 인증이 '서류 식별 불가' 사유로 두 번째 거절되었습니다. 두 번 모두 선명한 여권 사진을 올렸습니다. "
            "정확히 무엇이 문제인가요? 인증이 안 되면 출금을 할 수 없습니다."),
        "api_key_error": (
            "API 오류 10003: 유효하지 않은 API 키",
            "오늘 아침부터 트레이딩 봇에서 10003 \"Invalid API key or IP not whitelisted\" 오류가 계속 납니다. "
            "설정은 바꾼 게 없습니다. 키 끝자리는 {key4}이고 IP 화이트리스트와 현물 거래 권한도 설정되어 "
            "있습니다. 무엇이 바뀐 건가요?"),
        "p2p_dispute": (
            "P2P 주문 {order} - 판매자가 코인을 보내주지 않습니다",
            "P2P 주문 {order}에 대해 계좌이체로 {fiat_amount} {fiat}을 송금하고 {hours}시간 전에 '송금 완료'를 "
            "눌렀습니다. 판매자는 답이 없고 {asset}은(는) 아직 에스크로에 묶여 있습니다. 이체 확인증이 있으니 "
            "분쟁 신청 부탁드립니다."),
        "futures_liquidation": (
            "{pair} 강제 청산 관련 문의",
            "{pair} 무기한 선물 포지션({leverage}배)이 청산됐는데, 차트상 마크 가격은 제 청산가에 도달한 적이 "
            "없습니다. 약 {amount} {asset} 손실을 봤습니다. 청산가가 어떻게 계산된 건지 설명 부탁드립니다."),
        "fee_question": (
            "출금 수수료가 왜 이렇게 높나요?",
            "{amount} {asset}을(를) 출금했는데 수수료 안내 페이지보다 훨씬 많이 빠졌습니다. 수수료는 고정인가요, "
            "네트워크에 따라 달라지나요? 그리고 VIP 등급이면 거래 수수료가 자동으로 할인되나요?"),
        "account_locked": (
            "비밀번호 오류로 계정이 잠겼습니다",
            "비밀번호를 몇 번 잘못 입력했더니 계정이 잠기고 고객센터에 문의하라는 메시지가 나옵니다. 미체결 "
            "주문이 있어서 빨리 접속해야 합니다. 잠금 해제 부탁드립니다."),
        "phishing_report": (
            "거래소를 사칭한 피싱 메일 신고",
            "거래소 공식 메일과 똑같이 생긴 메일을 받았는데, 공식 도메인이 아닌 링크에서 '지갑 인증'을 하라고 "
            "합니다. 링크는 누르지 않았습니다. 다른 사용자들에게도 알릴 수 있도록 전달드립니다. 제 계정은 "
            "안전한가요?"),
        "suspicious_login": (
            "가본 적 없는 나라에서 로그인 알림이 왔습니다",
            "방금 해외 IP에서 '새 기기 로그인' 알림을 받았는데 제가 아닙니다. 바로 비밀번호는 변경했습니다. 다른 "
            "변경 사항이 있는지, 출금 시도가 있었는지 확인 부탁드립니다."),
        "tax_statement": (
            "{year}년 세금 신고용 거래 내역 요청",
            "{year}년 전체 거래, 입금, 출금 내역서를 보내주실 수 있나요? 세무사가 신고용으로 CSV나 PDF 파일을 "
            "요청했습니다. 앱에서는 최근 3개월까지만 내보내기가 됩니다."),
        "app_crash": (
            "지갑 화면을 열면 앱이 꺼집니다",
            "지난 업데이트 이후로 '지갑' 탭을 열 때마다 앱이 바로 종료됩니다. 두 번이나 재설치했습니다. 기기: "
            "{device}. 모바일에서 잔고 확인도 출금도 못 하고 있습니다."),
        "withdrawal_limit": (
            "일일 출금 한도 상향 요청",
            "인증을 완료한 회원입니다. 부동산 잔금 때문에 현재 일일 한도보다 많이 출금해야 합니다. 한도를 "
            "올려주실 수 있나요? 어떤 서류가 필요한지 알려주세요."),
        "staking_rewards": (
            "{asset} 스테이킹 보상이 들어오지 않습니다",
            "{amount} {asset}을(를) 자유형 스테이킹에 예치했는데 최근 {days}일 동안 보상이 전혀 들어오지 "
            "않았습니다. 상품 페이지에는 연 수익률이 표시되는데 수익 내역은 비어 있습니다."),
    },
    "ja": {
        "withdrawal_delayed": (
            "{amount} {asset} の出金が処理中のままです",
            "お世話になっております。約{hours}時間前に {amount} {asset} を外部ウォレットへ出金しましたが、まだ"
            "「処理中」のままです。ネットワークは {network}、注文番号は {order} です。本日中に必要な資金のため、"
            "ご確認をお願いします。"),
        "deposit_wrong_network": (
            "入金が反映されません（ネットワーク選択ミス）",
            "入金アドレスに {amount} {asset} を送金しましたが、誤って {network} ではなく {wrong_network} を選択"
            "してしまいました。エクスプローラー上では承認済み（TxID {txid}）ですが、残高に反映されていません。"
            "復旧は可能でしょうか。"),
        "deposit_missing_memo": (
            "{asset} 入金時にタグ（メモ）を入れ忘れました",
            "他の取引所から {amount} {asset} を入金しましたが、タグ（メモ）を入力し忘れました。TxID は {txid} "
            "です。{hours}時間経っても反映されません。復旧をお願いできますでしょうか。"),
        "twofa_lost_phone": (
            "スマホ紛失のため二段階認証をリセットしたい",
            "昨日スマートフォンを盗まれ、Google Authenticator が使えなくなりました。パスワードではログインでき"
            "ますが、二段階認証の画面から先に進めません。リセットの方法を教えてください。メールは引き続き"
            "使えます。"),
        "kyc_rejected": (
            "本人確認がまた否認されました",
            "本人確認が「書類が不鮮明」という理由で2回目の否認となりました。2回とも鮮明なパスポートの写真を"
            "アップロードしています。具体的に何が問題なのでしょうか。本人確認が完了しないと出金できません。"),
        "api_key_error": (
            "APIエラー 10003：APIキーが無効です",
            "今朝から取引ボットで 10003「Invalid API key or IP not whitelisted」エラーが出続けています。設定は"
            "何も変更していません。キーの末尾は {key4}、IPホワイトリストも現物取引の権限も設定済みです。何か"
            "仕様が変わったのでしょうか。"),
        "p2p_dispute": (
            "P2P注文 {order}：売り手がコインを解放しません",
            "P2P注文 {order} の代金 {fiat_amount} {fiat} を銀行振込で支払い、{hours}時間前に「支払い済み」に"
            "しました。売り手から返信がなく、{asset} はエスクローにロックされたままです。振込明細があります。"
            "異議申し立てをお願いします。"),
        "futures_liquidation": (
            "{pair} の強制ロスカットについて",
            "{pair} 無期限先物のポジション（{leverage}倍）がロスカットされましたが、チャート上のマーク価格は"
            "清算価格に一度も達していません。約 {amount} {asset} の損失です。清算価格の計算方法を説明して"
            "いただけますか。"),
        "fee_question": (
            "出金手数料が高すぎませんか",
            "{amount} {asset} を出金したところ、手数料ページの記載よりかなり高い手数料が差し引かれました。"
            "手数料は固定ですか、それともネットワークによって変わりますか。また、VIPレベルの取引手数料割引は"
            "自動で適用されますか。"),
        "account_locked": (
            "パスワードを複数回間違えてロックされました",
            "パスワードを何度か間違えたところアカウントがロックされ、サポートに連絡するよう表示されました。"
            "未約定の注文があるため、至急アクセスしたいです。ロック解除をお願いします。"),
        "phishing_report": (
            "御社を装ったフィッシングメールの報告",
            "御社の公式メールとそっくりなメールが届き、御社のドメインではないリンクから「ウォレット認証」を"
            "するよう求められました。リンクはクリックしていません。他のユーザーへの注意喚起のため転送します。"
            "私のアカウントは大丈夫でしょうか。"),
        "suspicious_login": (
            "行ったことのない国からのログイン通知",
            "先ほど海外のIPから「新しいログイン」の通知が届きましたが、私ではありません。すぐにパスワードは"
            "変更しました。他に変更された設定がないか、出金の試みがなかったか確認していただけますか。"),
        "tax_statement": (
            "{year}年分の取引履歴（確定申告用）の依頼",
            "確定申告のため、{year}年の取引・入金・出金の全履歴を送っていただけますか。税理士から CSV か PDF "
            "で提出するよう言われています。アプリのエクスポートは直近3か月分しかできません。"),
        "app_crash": (
            "ウォレット画面を開くとアプリが落ちます",
            "前回のアップデート以降、「ウォレット」タブを開くたびにアプリがすぐに終了します。2回再インストール"
            "しました。端末：{device}。スマホで残高の確認も出金もできません。"),
        "withdrawal_limit": (
            "1日の出金上限の引き上げについて",
            "本人確認は完了しています。不動産の支払いのため、現在の1日の上限を超える金額を出金する必要が"
            "あります。上限を引き上げていただけますか。必要な書類を教えてください。"),
        "staking_rewards": (
            "{asset} のステーキング報酬が届きません",
            "{amount} {asset} をフレキシブル・ステーキングに預けましたが、この{days}日間報酬が一度も付与されて"
            "いません。商品ページには年利が表示されていますが、収益履歴は空のままです。"),
    },
    "ru": {
        "withdrawal_delayed": (
            "Вывод {amount} {asset} завис в обработке",
            "Здравствуйте. Около {hours} ч назад я вывел{ra} {amount} {asset} на внешний кошелёк, но статус до сих "
            "пор «В обработке». Сеть {network}, номер заявки {order}. Проверьте, пожалуйста, в чём дело — деньги "
            "нужны сегодня."),
        "deposit_wrong_network": (
            "Депозит не зачислен — выбрал{ra} не ту сеть",
            "Добрый день. Я отправил{ra} {amount} {asset} на адрес пополнения, но по ошибке выбрал{ra} сеть "
            "{wrong_network} вместо {network}. В обозревателе транзакция подтверждена (TxID {txid}), а баланс не "
            "изменился. Можно ли вернуть средства?"),
        "deposit_missing_memo": (
            "Депозит {asset} без мемо (тега)",
            "Я отправил{ra} {amount} {asset} с другой биржи и забыл{ra} указать мемо (тег). TxID: {txid}. Прошло "
            "уже {hours} ч, средства не пришли. Помогите, пожалуйста, вернуть депозит."),
        "twofa_lost_phone": (
            "Потерял{ra} телефон, нужен сброс 2FA",
            "Вчера у меня украли телефон, доступа к Google Authenticator больше нет. По паролю войти могу, но "
            "застреваю на шаге двухфакторной аутентификации. Как её сбросить? Доступ к почте у меня есть."),
        "kyc_rejected": (
            "Верификацию снова отклонили",
            "Мою верификацию отклонили уже второй раз с причиной «документ нечитаем». Оба раза я загружал{ra} "
            "чёткое фото паспорта. Что именно не так? Пока верификация не пройдена, я не могу вывести средства."),
        "api_key_error": (
            "Ошибка API 10003: неверный API-ключ",
            "С утра мой торговый бот получает ошибку 10003 \"Invalid API key or IP not whitelisted\". Я ничего не "
            "менял{ra}. Ключ заканчивается на {key4}, белый список IP настроен, спотовая торговля включена. Что "
            "изменилось?"),
        "p2p_dispute": (
            "P2P-ордер {order}: продавец не отпускает монеты",
            "Я оплатил{ra} {fiat_amount} {fiat} банковским переводом по P2P-ордеру {order} и отметил{ra} оплату "
            "{hours} ч назад. Продавец не отвечает, {asset} всё ещё заблокированы в эскроу. Квитанция из банка у "
            "меня есть. Откройте, пожалуйста, спор."),
        "futures_liquidation": (
            "Вопрос по ликвидации позиции {pair}",
            "Мою позицию по бессрочному фьючерсу {pair} (плечо {leverage}x) ликвидировали, хотя маркировочная "
            "цена на графике ни разу не доходила до цены ликвидации. Я потерял{ra} около {amount} {asset}. "
            "Объясните, пожалуйста, как рассчитывалась цена ликвидации."),
        "fee_question": (
            "Почему такая большая комиссия за вывод?",
            "Я вывел{ra} {amount} {asset}, и с меня списали комиссию намного больше, чем указано на странице "
            "комиссий. Комиссия фиксированная или зависит от сети? И снижается ли торговая комиссия "
            "автоматически для моего VIP-уровня?"),
        "account_locked": (
            "Аккаунт заблокирован после неверных паролей",
            "После нескольких попыток ввода неверного пароля аккаунт заблокировали, пишет обратиться в "
            "поддержку. У меня открыты ордера, доступ нужен как можно скорее. Можете разблокировать?"),
        "phishing_report": (
            "Фишинговое письмо от вашего имени",
            "Пришло письмо, точь-в-точь как ваше, с просьбой «подтвердить кошелёк» по ссылке не на вашем "
            "домене. Я по ней не переходил{ra}. Пересылаю, чтобы вы предупредили других пользователей. Мой "
            "аккаунт в безопасности?"),
        "suspicious_login": (
            "Уведомление о входе из чужой страны",
            "Только что пришло уведомление о входе с нового устройства с IP из другой страны, но это был{ra} не "
            "я. Пароль я сразу сменил{ra}. Проверьте, пожалуйста, не меняли ли что-то ещё и не было ли попыток "
            "вывода."),
        "tax_statement": (
            "Нужна выписка операций за {year} год для налоговой",
            "Пришлите, пожалуйста, полную выписку по сделкам, пополнениям и выводам за {year} год в CSV или PDF — "
            "она нужна бухгалтеру для декларации. В приложении выгрузка доступна только за последние 3 месяца."),
        "app_crash": (
            "Приложение вылетает на странице кошелька",
            "После последнего обновления приложение сразу закрывается, когда я открываю вкладку «Кошелёк». "
            "Переустанавливал{ra} дважды. Устройство: {device}. С телефона не вижу баланс и не могу вывести "
            "средства."),
        "withdrawal_limit": (
            "Прошу увеличить суточный лимит на вывод",
            "Мой аккаунт полностью верифицирован, и мне нужно вывести сумму больше текущего суточного лимита "
            "для оплаты квартиры. Можно увеличить лимит? Какие документы нужны?"),
        "staking_rewards": (
            "Не начисляются награды за стейкинг {asset}",
            "Я разместил{ra} {amount} {asset} в гибкий стейкинг, но за последние {days} дн. не получил{ra} ни "
            "одной награды. На странице продукта указана доходность, а история начислений пустая."),
    },
    "es": {
        "withdrawal_delayed": (
            "Retiro de {amount} {asset} sigue pendiente",
            "Hola, hace unas {hours} horas retiré {amount} {asset} a mi billetera externa y sigue apareciendo como "
            "\"Procesando\". La red es {network} y el número de orden es {order}. ¿Pueden revisar qué pasa? "
            "Necesito los fondos hoy."),
        "deposit_wrong_network": (
            "Depósito no acreditado: envié por la red equivocada",
            "Hola, envié {amount} {asset} a mi dirección de depósito pero por error elegí {wrong_network} en lugar "
            "de {network}. La transacción está confirmada en el explorador (TxID {txid}) pero mi saldo no ha "
            "cambiado. ¿Es posible recuperarlo?"),
        "deposit_missing_memo": (
            "Depósito de {asset} sin memo (etiqueta)",
            "Deposité {amount} {asset} desde otro exchange y olvidé poner el memo (etiqueta). El TxID es {txid}. "
            "Ya pasaron {hours} horas y no ha llegado nada. Por favor, ayúdenme a recuperar el depósito."),
        "twofa_lost_phone": (
            "Perdí mi teléfono, necesito restablecer el 2FA",
            "Ayer me robaron el teléfono y ya no tengo acceso a Google Authenticator. Puedo entrar con mi "
            "contraseña, pero no puedo pasar del paso del 2FA. ¿Cómo lo restablezco? Todavía tengo acceso a mi "
            "correo."),
        "kyc_rejected": (
            "Verificación KYC rechazada otra vez",
            "Mi verificación de identidad fue rechazada por segunda vez con el motivo \"documento ilegible\". "
            "Las dos veces subí una foto nítida de mi pasaporte. ¿Qué es exactamente lo que está mal? No puedo "
            "retirar hasta que se resuelva."),
        "api_key_error": (
            "Error de API 10003: clave de API no válida",
            "Desde esta mañana mi bot recibe el error 10003 \"Invalid API key or IP not whitelisted\". No he "
            "cambiado nada. La clave termina en {key4}, la lista blanca de IP está configurada y el trading spot "
            "está habilitado. ¿Qué cambió?"),
        "p2p_dispute": (
            "Orden P2P {order}: el vendedor no libera",
            "Pagué {fiat_amount} {fiat} por transferencia bancaria en la orden P2P {order} y la marqué como pagada "
            "hace {hours} horas. El vendedor no responde y los {asset} siguen bloqueados en custodia. Tengo el "
            "comprobante del banco. Por favor, abran una disputa."),
        "futures_liquidation": (
            "Consulta sobre la liquidación de {pair}",
            "Mi posición en el perpetuo {pair} ({leverage}x) fue liquidada aunque el precio de marca en el gráfico "
            "nunca llegó a mi precio de liquidación. Perdí unos {amount} {asset}. ¿Me pueden explicar cómo se "
            "calculó el precio de liquidación?"),
        "fee_question": (
            "¿Por qué la comisión de retiro fue tan alta?",
            "Retiré {amount} {asset} y me cobraron una comisión mucho mayor que la que indica su página de "
            "comisiones. ¿La comisión es fija o depende de la red? Además, ¿mi nivel VIP reduce automáticamente "
            "las comisiones de trading?"),
        "account_locked": (
            "Cuenta bloqueada tras varios intentos de contraseña",
            "Mi cuenta se bloqueó después de introducir mal la contraseña varias veces y el mensaje dice que "
            "contacte con soporte. Tengo órdenes abiertas y necesito acceder lo antes posible. ¿Pueden "
            "desbloquearla?"),
        "phishing_report": (
            "Aviso de correo de phishing que se hace pasar por ustedes",
            "Recibí un correo idéntico a los suyos que me pide \"verificar mi billetera\" en un enlace que no es "
            "de su dominio. No hice clic. Se lo reenvío para que avisen a otros usuarios. ¿Mi cuenta está "
            "segura?"),
        "suspicious_login": (
            "Alerta de inicio de sesión desde un país que no conozco",
            "Acabo de recibir una alerta de \"nuevo inicio de sesión\" desde una IP de otro país, pero no fui yo. "
            "Cambié la contraseña de inmediato. ¿Pueden comprobar si se modificó algo más y si hubo intentos de "
            "retiro?"),
        "tax_statement": (
            "Solicitud del historial de {year} para impuestos",
            "¿Me pueden enviar un extracto completo de mis operaciones, depósitos y retiros de {year}? Mi gestor lo "
            "necesita en CSV o PDF para la declaración de la renta. La exportación de la app solo llega a los "
            "últimos 3 meses."),
        "app_crash": (
            "La app se cierra al abrir la billetera",
            "Desde la última actualización la app se cierra en cuanto abro la pestaña Billetera. La reinstalé dos "
            "veces. Dispositivo: {device}. No puedo ver mis saldos ni retirar desde el móvil."),
        "withdrawal_limit": (
            "Solicitud para aumentar el límite diario de retiro",
            "Mi cuenta está verificada y necesito retirar más de mi límite diario actual para pagar una vivienda. "
            "¿Pueden aumentar mi límite? ¿Qué documentos necesitan?"),
        "staking_rewards": (
            "No recibo las recompensas de staking de {asset}",
            "Suscribí {amount} {asset} en staking flexible pero no he recibido recompensas en los últimos {days} "
            "días. La página del producto muestra la APR, pero mi historial de ganancias está vacío."),
    },
    "tr": {
        "withdrawal_delayed": (
            "{amount} {asset} çekim işlemim hâlâ beklemede",
            "Merhaba, yaklaşık {hours} saat önce {amount} {asset} tutarını harici cüzdanıma çektim ama durum hâlâ "
            "\"İşleniyor\" görünüyor. Ağ: {network}, emir numarası: {order}. Lütfen kontrol eder misiniz? Bu "
            "paraya bugün ihtiyacım var."),
        "deposit_wrong_network": (
            "Yatırma hesaba geçmedi - yanlış ağı seçtim",
            "Merhaba, yatırma adresime {amount} {asset} gönderdim ama yanlışlıkla {network} yerine {wrong_network} "
            "ağını seçtim. İşlem blok gezgininde onaylı görünüyor (TxID {txid}) ama bakiyem değişmedi. Geri almak "
            "mümkün mü?"),
        "deposit_missing_memo": (
            "{asset} yatırırken memo (etiket) girmeyi unuttum",
            "Başka bir borsadan {amount} {asset} yatırdım ama memo (etiket) girmeyi unuttum. TxID: {txid}. {hours} "
            "saat geçti, hâlâ hesabıma geçmedi. Lütfen yardımcı olun."),
        "twofa_lost_phone": (
            "Telefonumu kaybettim, 2FA sıfırlama talebi",
            "Dün telefonum çalındı ve artık Google Authenticator'a erişimim yok. Şifremle giriş yapabiliyorum ama "
            "iki adımlı doğrulamada takılıyorum. Nasıl sıfırlayabilirim? E-postama hâlâ erişimim var."),
        "kyc_rejected": (
            "KYC doğrulamam yine reddedildi",
            "Kimlik doğrulamam \"belge okunamıyor\" gerekçesiyle ikinci kez reddedildi. İki seferde de "
            "pasaportumun net bir fotoğrafını yükledim. Sorun tam olarak nedir? Doğrulama tamamlanmadan para "
            "çekemiyorum."),
        "api_key_error": (
            "API hatası 10003: geçersiz API anahtarı",
            "Bu sabahtan beri botum 10003 \"Invalid API key or IP not whitelisted\" hatası alıyor. Hiçbir şeyi "
            "değiştirmedim. Anahtar {key4} ile bitiyor, IP beyaz listesi ayarlı ve spot işlem izni açık. Ne "
            "değişti?"),
        "p2p_dispute": (
            "P2P emri {order}: satıcı kriptoyu serbest bırakmıyor",
            "P2P emri {order} için {fiat_amount} {fiat} tutarını banka havalesiyle ödedim ve {hours} saat önce "
            "ödendi olarak işaretledim. Satıcı cevap vermiyor, {asset} hâlâ emanette kilitli. Dekontum var. "
            "Lütfen itiraz süreci başlatın."),
        "futures_liquidation": (
            "{pair} pozisyonumun tasfiyesi hakkında",
            "{pair} sürekli vadeli pozisyonum ({leverage}x) tasfiye edildi, oysa grafikteki işaret fiyatı tasfiye "
            "fiyatıma hiç ulaşmadı. Yaklaşık {amount} {asset} kaybettim. Tasfiye fiyatının nasıl hesaplandığını "
            "açıklayabilir misiniz?"),
        "fee_question": (
            "Çekim ücreti neden bu kadar yüksek?",
            "{amount} {asset} çektim ve ücret sayfanızda yazandan çok daha yüksek bir ücret kesildi. Ücret sabit "
            "mi, yoksa ağa göre mi değişiyor? Ayrıca VIP seviyem işlem ücretlerini otomatik olarak düşürüyor mu?"),
        "account_locked": (
            "Hatalı şifre denemelerinden sonra hesabım kilitlendi",
            "Birkaç kez yanlış şifre girince hesabım kilitlendi ve destekle iletişime geçmem isteniyor. Açık "
            "emirlerim var, en kısa sürede erişmem gerekiyor. Kilidi açabilir misiniz?"),
        "phishing_report": (
            "Sizi taklit eden oltalama e-postası bildirimi",
            "Sizin e-postalarınıza birebir benzeyen, sizin alan adınız olmayan bir bağlantıda \"cüzdanımı "
            "doğrulamamı\" isteyen bir e-posta aldım. Tıklamadım. Diğer kullanıcıları uyarabilmeniz için "
            "iletiyorum. Hesabım güvende mi?"),
        "suspicious_login": (
            "Hiç gitmediğim bir ülkeden giriş uyarısı",
            "Az önce başka bir ülkedeki bir IP'den \"yeni giriş\" uyarısı aldım ama giriş yapan ben değilim. "
            "Şifremi hemen değiştirdim. Başka bir şeyin değiştirilip değiştirilmediğini ve para çekme denemesi "
            "olup olmadığını kontrol edebilir misiniz?"),
        "tax_statement": (
            "Vergi için {year} yılı işlem dökümü talebi",
            "{year} yılına ait tüm alım satım, yatırma ve çekim işlemlerimin dökümünü gönderebilir misiniz? "
            "Muhasebecim vergi beyannamesi için CSV veya PDF istiyor. Uygulamadaki dışa aktarma yalnızca son 3 "
            "ayı kapsıyor."),
        "app_crash": (
            "Cüzdan sayfasını açınca uygulama kapanıyor",
            "Son güncellemeden beri Cüzdan sekmesini her açtığımda uygulama hemen kapanıyor. İki kez yeniden "
            "yükledim. Cihaz: {device}. Mobilde bakiyemi göremiyor ve çekim yapamıyorum."),
        "withdrawal_limit": (
            "Günlük çekim limitinin artırılması talebi",
            "Hesabım doğrulanmış durumda ve bir konut ödemesi için mevcut günlük limitimden fazlasını çekmem "
            "gerekiyor. Limitimi artırabilir misiniz? Hangi belgeler gerekiyor?"),
        "staking_rewards": (
            "{asset} staking ödülleri gelmiyor",
            "{amount} {asset} tutarını esnek staking'e yatırdım ama son {days} gündür hiç ödül almadım. Ürün "
            "sayfasında yıllık getiri görünüyor ama kazanç geçmişim boş."),
    },
    "ar": {
        "withdrawal_delayed": (
            "سحب {amount} {asset} ما زال قيد المعالجة",
            "مرحباً، قمت بسحب {amount} {asset} إلى محفظتي الخارجية منذ حوالي {hours} ساعة وما زالت الحالة \"قيد "
            "المعالجة\". الشبكة {network} ورقم الطلب {order}. أرجو التحقق من المشكلة، فأنا بحاجة إلى هذه الأموال "
            "اليوم."),
        "deposit_wrong_network": (
            "الإيداع لم يُضف إلى رصيدي - اخترت شبكة خاطئة",
            "مرحباً، أرسلت {amount} {asset} إلى عنوان الإيداع لكنني اخترت شبكة {wrong_network} بدلاً من {network} "
            "عن طريق الخطأ. المعاملة مؤكدة على مستكشف البلوكتشين (TxID {txid}) لكن رصيدي لم يتغير. هل يمكن "
            "استرجاعها؟"),
        "deposit_missing_memo": (
            "إيداع {asset} بدون مذكرة (Tag/Memo)",
            "أودعت {amount} {asset} من منصة أخرى ونسيت إدخال المذكرة (Tag/Memo). رقم المعاملة {txid}. مرت {hours} "
            "ساعة ولم يصل شيء. أرجو مساعدتي في استرجاع الإيداع."),
        "twofa_lost_phone": (
            "فقدت هاتفي وأحتاج إلى إعادة تعيين المصادقة الثنائية",
            "سُرق هاتفي أمس ولم أعد أستطيع الوصول إلى Google Authenticator. يمكنني تسجيل الدخول بكلمة المرور "
            "لكنني أتوقف عند خطوة المصادقة الثنائية. كيف يمكنني إعادة تعيينها؟ ما زال بإمكاني الوصول إلى بريدي "
            "الإلكتروني."),
        "kyc_rejected": (
            "تم رفض التحقق من الهوية مرة أخرى",
            "تم رفض التحقق من هويتي للمرة الثانية بسبب \"المستند غير واضح\". رفعت في المرتين صورة واضحة لجواز "
            "سفري. ما المشكلة بالضبط؟ لا أستطيع السحب حتى يتم حل ذلك."),
        "api_key_error": (
            "خطأ في واجهة API رقم 10003: مفتاح غير صالح",
            "منذ صباح اليوم يتلقى روبوت التداول الخاص بي الخطأ 10003 \"Invalid API key or IP not whitelisted\". "
            "لم أغير أي شيء. المفتاح ينتهي بـ {key4}، وقائمة عناوين IP المسموح بها مضبوطة، والتداول الفوري مفعّل. "
            "ما الذي تغير؟"),
        "p2p_dispute": (
            "طلب P2P رقم {order}: البائع لا يحرر العملات",
            "دفعت {fiat_amount} {fiat} بتحويل بنكي لطلب P2P رقم {order} وأكدت الدفع منذ {hours} ساعة. البائع لا "
            "يرد وما زالت {asset} محجوزة في الضمان. لدي إيصال البنك. أرجو فتح نزاع."),
        "futures_liquidation": (
            "استفسار عن تصفية مركز {pair}",
            "تمت تصفية مركزي في العقود الدائمة {pair} (رافعة {leverage}x) مع أن سعر العلامة على الرسم البياني لم "
            "يصل أبداً إلى سعر التصفية. خسرت حوالي {amount} {asset}. هل يمكنكم شرح كيفية حساب سعر التصفية؟"),
        "fee_question": (
            "لماذا كانت رسوم السحب مرتفعة جداً؟",
            "سحبت {amount} {asset} وتم خصم رسوم أعلى بكثير مما هو مذكور في صفحة الرسوم. هل الرسوم ثابتة أم تعتمد "
            "على الشبكة؟ وهل يخفض مستوى VIP الخاص بي رسوم التداول تلقائياً؟"),
        "account_locked": (
            "تم قفل حسابي بعد محاولات خاطئة لكلمة المرور",
            "تم قفل حسابي بعد أن أدخلت كلمة المرور بشكل خاطئ عدة مرات، وتطلب الرسالة التواصل مع الدعم. لدي أوامر "
            "مفتوحة وأحتاج إلى الدخول في أسرع وقت. هل يمكنكم فتح القفل؟"),
        "phishing_report": (
            "الإبلاغ عن بريد تصيد احتيالي ينتحل صفتكم",
            "وصلتني رسالة تشبه رسائلكم تماماً تطلب مني \"التحقق من محفظتي\" عبر رابط ليس على نطاقكم. لم أضغط "
            "عليه. أعيد توجيهها إليكم لتحذير المستخدمين الآخرين. هل حسابي آمن؟"),
        "suspicious_login": (
            "تنبيه تسجيل دخول من دولة لم أزرها",
            "وصلني للتو تنبيه \"تسجيل دخول جديد\" من عنوان IP في دولة أخرى، لكنه لم يكن أنا. غيرت كلمة المرور "
            "فوراً. هل يمكنكم التحقق مما إذا تم تغيير أي شيء آخر ومن وجود محاولات سحب؟"),
        "tax_statement": (
            "طلب كشف معاملات عام {year} لأغراض ضريبية",
            "هل يمكنكم إرسال كشف كامل بصفقاتي وإيداعاتي وسحوباتي لعام {year}؟ يحتاجه المحاسب بصيغة CSV أو PDF "
            "للإقرار الضريبي. التصدير في التطبيق يغطي آخر 3 أشهر فقط."),
        "app_crash": (
            "التطبيق يغلق عند فتح صفحة المحفظة",
            "منذ التحديث الأخير يُغلق التطبيق فوراً كلما فتحت تبويب المحفظة. أعدت تثبيته مرتين. الجهاز: {device}. "
            "لا أستطيع رؤية رصيدي أو السحب من الهاتف."),
        "withdrawal_limit": (
            "طلب رفع حد السحب اليومي",
            "حسابي موثّق وأحتاج إلى سحب مبلغ أكبر من حدي اليومي الحالي لدفع ثمن عقار. هل يمكنكم رفع الحد؟ ما "
            "المستندات المطلوبة؟"),
        "staking_rewards": (
            "لم تصلني مكافآت تخزين {asset}",
            "اشتركت بمبلغ {amount} {asset} في التخزين المرن لكنني لم أحصل على أي مكافآت خلال آخر {days} أيام. صفحة "
            "المنتج تعرض العائد السنوي لكن سجل الأرباح فارغ."),
    },
}


class _Replies(NamedTuple):
    """What agents and customers write after the first message, in one language."""

    greet: str
    sign: str  # {agent} is the agent's display name
    first: dict[Category, str]  # the first answer, by category
    ask: tuple[str, str]  # asking the customer for something: about a transaction, or about an error
    resolve: tuple[str, ...]
    wait: tuple[str, str]  # a customer's nudge: with {hours}, and without
    answer: tuple[str, str]  # the customer's answer to the matching question ({txid})
    thanks: tuple[str, ...]
    update: str  # the agent's acknowledgement of an answer


_A, _T, _D = Category.account, Category.trading, Category.deposit_withdrawal
_TE, _S, _C = Category.technical, Category.security, Category.compliance

_REPLIES: dict[str, _Replies] = {
    "en": _Replies(
        "Hello,", "Best regards,\n{agent}\nCustomer Support",
        {_A: "Thank you for contacting us. I have checked your account and started the verification needed for "
             "this request. For your safety we will never ask for your password or 2FA codes, so please don't "
             "share them with anyone.",
         _T: "Thanks for the details. I have looked up the order in our trading system and passed it to the "
             "trading desk for a full review. I will update you as soon as they reply, usually within 24 hours.",
         _D: "Thank you for your patience. I have checked the transaction on the blockchain and with our wallet "
             "team, and I will let you know as soon as it has been processed. No action is needed from you for "
             "now.",
         _TE: "Thanks for reporting this. Could you tell us your app version and send a screenshot of the "
              "error? Our engineers are already looking into similar reports.",
         _S: "Thank you for letting us know. As a precaution our security team has reviewed the recent activity "
             "on your account. Please change your password and check that your 2FA is still bound to your own "
             "device.",
         _C: "Thank you for your message. I have forwarded your request to our compliance team, who usually "
             "reply within two business days."},
        ("To move forward, could you please send us the TxID and a screenshot of the transaction from the "
         "sending platform?",
         "Could you please reply with a screenshot of the error and the approximate time it happened? That "
         "will help us find it in our logs."),
        ("The issue has been resolved on our side. Please check your account and let us know if anything still "
         "looks wrong. If we don't hear back, this ticket will close automatically in 3 days.",
         "Our team has completed the review and your request has been processed. I'm closing this ticket now, "
         "but feel free to reply if you need anything else."),
        ("Any update on this? I've been waiting for {hours} hours.",
         "Hello? I still haven't heard anything back. Please check my ticket."),
        ("Here you go: TxID {txid}. The screenshot is attached.", "Thanks. I've attached the screenshot you asked for."),
        ("Thank you, it's sorted now. Appreciate the help!", "Thanks, all good now."),
        "Thank you, we have received it and passed it to the team in charge. We will get back to you as soon as "
        "we have their answer.",
    ),
    "zh": _Replies(
        "您好，", "祝好，\n{agent}\n客服团队",
        {_A: "感谢您的联系。我已查看您的账户，并已启动处理该请求所需的验证流程。为了您的安全，我们绝不会向您"
             "索要密码或二次验证码，请勿向任何人透露。",
         _T: "感谢您提供详细信息。我已在交易系统中查到该订单，并转交交易团队全面核查。通常会在 24 小时内回复，"
             "有结果会第一时间通知您。",
         _D: "感谢您的耐心等待。我已在链上并与钱包团队核实了这笔交易，处理完成后会立即通知您。目前您无需进行"
             "任何操作。",
         _TE: "感谢反馈。请告诉我们您的 App 版本，并发送报错截图。工程师已经在排查类似的问题。",
         _S: "感谢您及时告知。作为预防措施，安全团队已核查您账户近期的活动。请修改密码，并确认二次验证仍绑定在"
             "您本人的设备上。",
         _C: "感谢您的来信。我已将您的请求转交合规团队，他们通常会在两个工作日内回复。"},
        ("为了继续处理，请提供 TxID 以及转出平台的交易截图。", "请回复报错截图以及大概发生的时间，方便我们在日志中查找。"),
        ("该问题已在我们这边处理完毕。请检查您的账户，如仍有异常请告诉我们。如未收到回复，本工单将在 3 天后"
         "自动关闭。",
         "我们的团队已完成审核，您的请求已处理。我现在关闭此工单，如需其他帮助欢迎随时回复。"),
        ("请问有进展吗？我已经等了 {hours} 个小时了。", "你好？一直没有收到回复，请帮忙看一下我的工单。"),
        ("好的，TxID 是 {txid}，截图已附上。", "谢谢，已附上您要的截图。"),
        ("现在正常了，谢谢你们的帮助！", "好的，已经没问题了，谢谢。"),
        "谢谢，我们已收到并转交给负责的团队处理。一有结果会马上回复您。",
    ),
    "ko": _Replies(
        "안녕하세요, 고객님.", "감사합니다.\n{agent} 드림\n고객지원팀",
        {_A: "문의해 주셔서 감사합니다. 고객님의 계정을 확인했고 요청 처리에 필요한 인증 절차를 시작했습니다. "
             "저희는 절대 비밀번호나 OTP 번호를 요구하지 않으니 누구에게도 알려주지 마세요.",
         _T: "자세한 내용 감사합니다. 거래 시스템에서 해당 주문을 확인했고 트레이딩 팀에 정밀 검토를 "
             "요청했습니다. 보통 24시간 이내에 답변이 오며, 결과가 나오는 대로 안내드리겠습니다.",
         _D: "기다려 주셔서 감사합니다. 블록체인과 지갑팀을 통해 해당 거래를 확인했으며, 처리가 완료되는 즉시 "
             "알려드리겠습니다. 지금은 별도로 하실 일이 없습니다.",
         _TE: "제보해 주셔서 감사합니다. 사용 중인 앱 버전과 오류 화면 캡처를 보내주시겠어요? 개발팀에서 비슷한 "
              "사례를 이미 확인하고 있습니다.",
         _S: "알려주셔서 감사합니다. 예방 차원에서 보안팀이 고객님 계정의 최근 활동을 검토했습니다. 비밀번호를 "
             "변경하시고 OTP가 본인 기기에 연결되어 있는지 확인해 주세요.",
         _C: "문의 감사합니다. 요청하신 내용을 컴플라이언스팀에 전달했으며, 보통 영업일 기준 2일 이내에 "
             "답변드립니다."},
        ("처리를 위해 TxID와 보내신 플랫폼의 거래 내역 캡처를 보내주시겠어요?",
         "오류 화면 캡처와 대략적인 발생 시간을 알려주시면 로그에서 확인하는 데 도움이 됩니다."),
        ("해당 문제는 저희 쪽에서 해결되었습니다. 계정을 확인해 보시고 이상한 점이 있으면 알려주세요. 답변이 "
         "없으면 3일 후 문의가 자동으로 종료됩니다.",
         "검토가 완료되어 요청하신 건이 처리되었습니다. 이 문의는 종료하겠습니다. 다른 도움이 필요하시면 "
         "언제든 답장 주세요."),
        ("진행 상황이 어떻게 되나요? 벌써 {hours}시간째 기다리고 있습니다.", "아직 아무 답변이 없네요. 제 문의 확인 부탁드립니다."),
        ("TxID는 {txid}입니다. 캡처도 첨부했습니다.", "요청하신 캡처 첨부했습니다. 확인 부탁드립니다."),
        ("이제 정상적으로 됩니다. 도와주셔서 감사합니다!", "확인했습니다. 감사합니다."),
        "보내주셔서 감사합니다. 담당 부서에 전달했으며, 답변을 받는 대로 바로 안내드리겠습니다.",
    ),
    "ja": _Replies(
        "いつもご利用いただきありがとうございます。", "よろしくお願いいたします。\n{agent}\nカスタマーサポート",
        {_A: "お問い合わせありがとうございます。お客様のアカウントを確認し、ご依頼の処理に必要な認証手続きを"
             "開始しました。当社がパスワードや二段階認証コードをお尋ねすることは決してありませんので、"
             "どなたにも教えないでください。",
         _T: "詳細をお知らせいただきありがとうございます。取引システムで該当の注文を確認し、トレーディング部門に"
             "詳細な調査を依頼しました。通常24時間以内に回答がありますので、判明次第ご連絡いたします。",
         _D: "お待たせして申し訳ございません。ブロックチェーン上およびウォレット担当部署で該当の取引を確認"
             "しました。処理が完了し次第ご連絡いたします。現時点でお客様に必要な操作はございません。",
         _TE: "ご報告ありがとうございます。ご利用中のアプリのバージョンと、エラー画面のスクリーンショットを"
              "お送りいただけますでしょうか。同様の事象についてエンジニアが調査を進めております。",
         _S: "ご連絡ありがとうございます。念のため、セキュリティチームがお客様のアカウントの最近のアクティビティ"
             "を確認いたしました。パスワードを変更し、二段階認証がご自身の端末に設定されているかご確認ください。",
         _C: "お問い合わせありがとうございます。ご依頼の内容はコンプライアンス部門に引き継ぎました。通常2営業日"
             "以内にご回答いたします。"},
        ("引き続き対応するため、TxIDと送金元プラットフォームの取引画面のスクリーンショットをお送りいただけます"
         "でしょうか。",
         "エラー画面のスクリーンショットと、発生したおおよその時刻をお知らせください。ログの確認に役立ちます。"),
        ("本件は当社側で解決いたしました。アカウントをご確認いただき、まだ問題があればお知らせください。ご返信が"
         "ない場合、本お問い合わせは3日後に自動的にクローズされます。",
         "確認が完了し、ご依頼は処理されました。本お問い合わせはクローズいたしますが、他にご不明な点があれば"
         "いつでもご返信ください。"),
        ("その後いかがでしょうか。すでに{hours}時間待っています。", "まだ何の回答もありません。確認をお願いします。"),
        ("TxIDは {txid} です。スクリーンショットも添付しました。", "ご依頼のスクリーンショットを添付しました。ご確認ください。"),
        ("無事に解決しました。ありがとうございました！", "確認できました。ありがとうございます。"),
        "ありがとうございます。担当部署に共有いたしました。回答があり次第、すぐにご連絡いたします。",
    ),
    "ru": _Replies(
        "Здравствуйте!", "С уважением,\n{agent}\nСлужба поддержки",
        {_A: "Спасибо за обращение. Мы проверили ваш аккаунт и запустили проверку, необходимую для этого запроса. "
             "Мы никогда не запрашиваем пароль или коды 2FA — пожалуйста, никому их не сообщайте.",
         _T: "Спасибо за подробности. Мы нашли этот ордер в торговой системе и передали его торговому отделу на "
             "полную проверку. Обычно ответ приходит в течение 24 часов — сообщим сразу, как он будет.",
         _D: "Спасибо за терпение. Мы проверили транзакцию в блокчейне и вместе с командой кошельков; как только "
             "она будет обработана, мы вам сообщим. Пока от вас ничего не требуется.",
         _TE: "Спасибо, что сообщили. Укажите, пожалуйста, версию приложения и пришлите скриншот ошибки. Наши "
              "инженеры уже разбираются с похожими случаями.",
         _S: "Спасибо, что сообщили. В качестве меры предосторожности команда безопасности проверила недавнюю "
             "активность в вашем аккаунте. Смените, пожалуйста, пароль и убедитесь, что 2FA привязана к вашему "
             "собственному устройству.",
         _C: "Спасибо за обращение. Мы передали ваш запрос в отдел комплаенса; обычно они отвечают в течение двух "
             "рабочих дней."},
        ("Чтобы продолжить, пришлите, пожалуйста, TxID и скриншот транзакции с платформы-отправителя.",
         "Пришлите, пожалуйста, скриншот ошибки и примерное время, когда она возникла, — это поможет найти её "
         "в логах."),
        ("Проблема решена с нашей стороны. Проверьте, пожалуйста, аккаунт и сообщите, если что-то по-прежнему не "
         "так. Если ответа не будет, обращение закроется автоматически через 3 дня.",
         "Проверка завершена, ваш запрос обработан. Закрываю обращение; если понадобится помощь, просто ответьте "
         "на это письмо."),
        ("Есть новости? Жду уже {hours} ч.", "Здравствуйте, ответа до сих пор нет. Посмотрите, пожалуйста, мою заявку."),
        ("Вот TxID: {txid}. Скриншот во вложении.", "Спасибо, скриншот, который вы просили, во вложении."),
        ("Теперь всё в порядке, спасибо за помощь!", "Спасибо, вопрос решён."),
        "Спасибо, мы всё получили и передали ответственной команде. Сообщим, как только будет ответ.",
    ),
    "es": _Replies(
        "Hola:", "Saludos cordiales,\n{agent}\nEquipo de Soporte",
        {_A: "Gracias por contactarnos. Hemos revisado tu cuenta e iniciado la verificación necesaria para esta "
             "solicitud. Por tu seguridad, nunca te pediremos tu contraseña ni tus códigos 2FA: no los compartas "
             "con nadie.",
         _T: "Gracias por los detalles. Hemos localizado la orden en nuestro sistema de trading y la hemos enviado "
             "al equipo de trading para una revisión completa. Normalmente responden en 24 horas; te avisaremos "
             "en cuanto tengamos novedades.",
         _D: "Gracias por tu paciencia. Hemos comprobado la transacción en la blockchain y con nuestro equipo de "
             "billeteras, y te avisaremos en cuanto se haya procesado. Por ahora no necesitas hacer nada.",
         _TE: "Gracias por avisarnos. ¿Podrías indicarnos la versión de la app y enviarnos una captura del error? "
              "Nuestros ingenieros ya están revisando casos similares.",
         _S: "Gracias por avisarnos. Como precaución, nuestro equipo de seguridad ha revisado la actividad reciente "
             "de tu cuenta. Cambia tu contraseña y comprueba que tu 2FA sigue vinculado a tu propio dispositivo.",
         _C: "Gracias por tu mensaje. Hemos trasladado tu solicitud al equipo de cumplimiento, que suele responder "
             "en un plazo de dos días hábiles."},
        ("Para continuar, ¿podrías enviarnos el TxID y una captura de la transacción en la plataforma de origen?",
         "¿Podrías responder con una captura del error y la hora aproximada en que ocurrió? Nos ayudará a "
         "localizarlo en nuestros registros."),
        ("El problema se ha resuelto por nuestra parte. Revisa tu cuenta y avísanos si algo sigue sin estar bien. "
         "Si no recibimos respuesta, este ticket se cerrará automáticamente en 3 días.",
         "Nuestro equipo ha completado la revisión y tu solicitud ha sido procesada. Cierro este ticket, pero "
         "puedes responder si necesitas algo más."),
        ("¿Hay alguna novedad? Llevo {hours} horas esperando.", "¿Hola? Todavía no he recibido respuesta. Por favor, revisen mi ticket."),
        ("Aquí está el TxID: {txid}. Adjunto la captura.", "Gracias. Adjunto la captura que me pidieron."),
        ("Ya está todo bien, ¡muchas gracias por la ayuda!", "Gracias, problema resuelto."),
        "Gracias, lo hemos recibido y lo hemos enviado al equipo responsable. Te responderemos en cuanto tengamos "
        "su respuesta.",
    ),
    "tr": _Replies(
        "Merhaba,", "Saygılarımızla,\n{agent}\nMüşteri Destek Ekibi",
        {_A: "Bizimle iletişime geçtiğiniz için teşekkür ederiz. Hesabınızı inceledik ve bu talep için gerekli "
             "doğrulama sürecini başlattık. Güvenliğiniz için şifrenizi veya 2FA kodlarınızı asla sormayız; lütfen "
             "kimseyle paylaşmayın.",
         _T: "Ayrıntılar için teşekkürler. Emri işlem sistemimizde bulduk ve detaylı inceleme için işlem ekibine "
             "ilettik. Genellikle 24 saat içinde yanıt veriyorlar; sonuçlanınca size hemen bilgi vereceğiz.",
         _D: "Sabrınız için teşekkür ederiz. İşlemi blokzincirde ve cüzdan ekibimizle kontrol ettik; işlendiği "
             "anda size haber vereceğiz. Şu an için sizin bir şey yapmanıza gerek yok.",
         _TE: "Bildiriminiz için teşekkürler. Uygulama sürümünüzü ve hatanın ekran görüntüsünü paylaşabilir "
              "misiniz? Mühendislerimiz benzer bildirimleri zaten inceliyor.",
         _S: "Bize haber verdiğiniz için teşekkür ederiz. Önlem olarak güvenlik ekibimiz hesabınızdaki son "
             "hareketleri inceledi. Lütfen şifrenizi değiştirin ve 2FA'nın kendi cihazınıza bağlı olduğunu "
             "kontrol edin.",
         _C: "Mesajınız için teşekkür ederiz. Talebinizi uyum (compliance) ekibimize ilettik; genellikle iki iş "
             "günü içinde yanıt veriyorlar."},
        ("Devam edebilmemiz için TxID'yi ve gönderen platformdaki işlemin ekran görüntüsünü gönderebilir misiniz?",
         "Hatanın ekran görüntüsünü ve yaklaşık ne zaman oluştuğunu paylaşabilir misiniz? Kayıtlarımızda "
         "bulmamıza yardımcı olur."),
        ("Sorun bizim tarafımızda çözüldü. Lütfen hesabınızı kontrol edin, hâlâ bir sorun varsa bize bildirin. "
         "Yanıt gelmezse bu talep 3 gün sonra otomatik olarak kapanacaktır.",
         "Ekibimiz incelemeyi tamamladı ve talebiniz işleme alındı. Bu talebi kapatıyorum; başka bir konuda "
         "yardıma ihtiyacınız olursa yanıtlamanız yeterli."),
        ("Bir gelişme var mı? {hours} saattir bekliyorum.", "Merhaba, hâlâ bir yanıt alamadım. Lütfen talebime bakar mısınız?"),
        ("TxID: {txid}. Ekran görüntüsünü ekledim.", "Teşekkürler, istediğiniz ekran görüntüsünü ekledim."),
        ("Şimdi her şey yolunda, yardımınız için çok teşekkürler!", "Teşekkürler, sorun çözüldü."),
        "Teşekkürler, ilettiklerinizi aldık ve ilgili ekibe aktardık. Yanıt gelir gelmez size dönüş yapacağız.",
    ),
    "ar": _Replies(
        "مرحباً،", "مع أطيب التحيات،\n{agent}\nفريق دعم العملاء",
        {_A: "شكراً لتواصلك معنا. راجعنا حسابك وبدأنا إجراءات التحقق اللازمة لهذا الطلب. حرصاً على أمانك، لن "
             "نطلب منك أبداً كلمة المرور أو رموز المصادقة الثنائية، فلا تشاركها مع أي شخص.",
         _T: "شكراً على التفاصيل. وجدنا الأمر في نظام التداول وأحلناه إلى فريق التداول لمراجعة كاملة. عادةً "
             "يردون خلال 24 ساعة، وسنبلغك فور وصول الرد.",
         _D: "شكراً على صبرك. تحققنا من المعاملة على البلوكتشين ومع فريق المحافظ، وسنبلغك فور معالجتها. لا يلزمك "
             "أي إجراء في الوقت الحالي.",
         _TE: "شكراً على الإبلاغ. هل يمكنك إخبارنا بإصدار التطبيق وإرسال لقطة شاشة للخطأ؟ مهندسونا يعملون بالفعل "
              "على بلاغات مشابهة.",
         _S: "شكراً على إبلاغنا. كإجراء احترازي، راجع فريق الأمان النشاط الأخير على حسابك. يرجى تغيير كلمة المرور "
             "والتأكد من أن المصادقة الثنائية مرتبطة بجهازك الشخصي.",
         _C: "شكراً على رسالتك. أحلنا طلبك إلى فريق الامتثال، وعادةً يردون خلال يومي عمل."},
        ("للمتابعة، يرجى إرسال رقم المعاملة (TxID) ولقطة شاشة للمعاملة من المنصة المرسلة.",
         "يرجى إرسال لقطة شاشة للخطأ والوقت التقريبي لحدوثه، فذلك يساعدنا على إيجاده في السجلات."),
        ("تم حل المشكلة من جانبنا. يرجى التحقق من حسابك وإبلاغنا إذا كان هناك أي خلل. إذا لم يصلنا رد، سيتم "
         "إغلاق هذا الطلب تلقائياً بعد 3 أيام.",
         "أكمل فريقنا المراجعة وتمت معالجة طلبك. سأغلق هذا الطلب الآن، ويمكنك الرد في أي وقت إذا احتجت إلى "
         "مساعدة أخرى."),
        ("هل من جديد؟ أنتظر منذ {hours} ساعة.", "مرحباً؟ لم يصلني أي رد حتى الآن. يرجى مراجعة طلبي."),
        ("رقم المعاملة: {txid}. أرفقت لقطة الشاشة.", "شكراً، أرفقت لقطة الشاشة التي طلبتموها."),
        ("كل شيء على ما يرام الآن، شكراً جزيلاً على المساعدة!", "شكراً، تم حل المشكلة."),
        "شكراً، استلمنا ما أرسلته وأحلناه إلى الفريق المختص. سنعود إليك فور وصول ردهم.",
    ),
}

# Internal notes are for colleagues, so they are in English whatever the customer writes.
_NOTES: dict[str, tuple[str, ...]] = {
    "withdrawal_delayed": ("Wallet team says the {network} hot wallet is being rebalanced; withdrawals queued, ETA 2 h.",
                           "Withdrawal held by AML screening; asked compliance to review it today."),
    "deposit_wrong_network": ("Checked the chain: the tx is confirmed and the funds sit on our {wrong_network} address.",
                              "Wrong-network deposit looks recoverable; opened a wallet-ops request."),
    "deposit_missing_memo": ("Found the deposit without memo on the shared {asset} address; matched by amount and time.",),
    "twofa_lost_phone": ("Identity confirmed via the email link; the 2FA reset still needs the selfie check.",),
    "kyc_rejected": ("KYC documents look fine to me; asked compliance for a second review.",
                     "Passport photo has glare over the MRZ, which is why the automatic check failed."),
    "api_key_error": ("The customer's own key rotation reset the API permissions; explained in the reply.",
                      "Their server IP changed after a cloud migration and is no longer on the whitelist."),
    "p2p_dispute": ("P2P: buyer's bank receipt looks genuine, seller unresponsive for 3 h. Dispute opened.",),
    "futures_liquidation": ("Escalated to the trading desk; they will check the mark price at liquidation time.",),
    "fee_question": ("Fee matches the {network} network fee at the time; sent the fee schedule.",),
    "account_locked": ("Lock was triggered by 5 failed logins from the customer's usual IP. Safe to unlock after "
                       "verification.",),
    "phishing_report": ("Phishing domain reported to the takedown vendor.",),
    "suspicious_login": ("No withdrawals or security changes since the alert; advised the customer to review sessions.",
                         "Checked the chain: no outgoing transfers after the alert, asked compliance to watch."),
    "tax_statement": ("Statement export requested from the data team, ready in 2 business days.",),
    "app_crash": ("Same crash reported in several tickets today, linked to incident INC-{incident}.",),
    "withdrawal_limit": ("A higher limit needs source-of-funds documents; sent the compliance checklist.",),
    "staking_rewards": ("{asset} flexible staking payouts were delayed by a failed job; engineering is backfilling.",),
}
_VIP_NOTES = ("Customer is VIP, keep them updated every few hours.",
              "VIP account manager informed; customer sounds stressed, do not promise a date.")
_ACK = "Auto-acknowledgement sent to the customer."

# --- the account-takeover stories -----------------------------------------------------------------


class _Story(NamedTuple):
    language: str
    country: str
    vip: int
    twofa_enabled: bool
    asset: str
    usd: int
    withdrawal_status: str
    attacker_country: str
    attacker_device: str
    twofa_detail: str  # "" when the attacker did not touch 2FA
    minutes_ago: tuple[int, int, int, int, int, int]  # login, reset, 2FA, new address, withdrawal, ticket
    status: TicketStatus
    channel: Channel
    assignee: str  # username, or ""
    follow_up: tuple[tuple[int, str, str], ...]  # (minutes after the ticket, kind, English text)


_STORIES: tuple[_Story, ...] = (
    _Story("ko", "KR", 1, True, "BTC", 48_000, "completed", "NL", "Windows 10 / Firefox 115 ESR",
           "Authenticator re-bound to a new device", (335, 326, 318, 309, 301, 7), TicketStatus.new, Channel.email,
           "", ()),
    _Story("en", "US", 2, False, "USDT", 23_500, "completed", "NG", "Android 10 / Chrome 119", "",
           (290, 284, 0, 266, 259, 220), TicketStatus.open, Channel.chat, "secops1",
           ((11, "reply", "Thank you for contacting us so quickly, and I'm sorry this happened. Our security team "
                          "has started an urgent review of your account. Please don't answer any message asking "
                          "for your password or 2FA codes. We will update you here as soon as your account is "
                          "secured."),
            (16, "note", "New-device login from NG, password reset, new TRC20 address and a 23,500 USDT withdrawal "
                         "within 40 minutes. Requesting freeze + withdrawal lock."),
            (40, "customer", "Please hurry, I'm afraid they will take the rest."))),
    _Story("es", "ES", 1, False, "ETH", 31_200, "completed", "RO", "Linux x86_64 / Chrome 128", "2FA disabled",
           (352, 345, 339, 331, 322, 70), TicketStatus.new, Channel.email, "", ()),
    _Story("zh", "CN", 3, True, "BTC", 15_800, "pending", "VN", "Windows 11 / Chrome 124",
           "2FA device changed", (150, 142, 136, 128, 121, 25), TicketStatus.open, Channel.phone, "secops2",
           ((9, "note", "Withdrawal still pending in the hot-wallet queue; asked wallet ops to hold it. Waiting "
                        "for approval of a withdrawal lock."),)),
)

_TAKEOVER_TEXT: dict[str, tuple[str, str]] = {
    "ko": ("로그인이 안 되고 제 {asset}가 사라졌어요",  # the story's asset is BTC ("비티씨가")
           "몇 시간 전부터 로그인이 안 됩니다. 요청한 적도 없는데 비밀번호가 변경되었다는 메일이 왔고, 방금 앱 "
           "알림을 보니 제 {asset} {amount}개가 모르는 주소로 출금되었다고 나옵니다. 제가 한 게 아닙니다! 계정을 "
           "바로 동결하고 출금을 막아 주세요. 제발 빨리 연락 주세요."),
    "en": ("I can't log in and my {asset} is gone",
           "I can't log in to my account since this morning. I got an email saying my password was changed but I "
           "never requested that. Then I got a withdrawal notification for {amount} {asset} to an address I don't "
           "know. This was NOT me. Please freeze my account and stop the withdrawal immediately!"),
    "es": ("No puedo entrar a mi cuenta y mis {asset} desaparecieron",
           "Desde hace unas horas no puedo iniciar sesión. Me llegó un correo diciendo que mi contraseña fue "
           "cambiada, pero yo no lo pedí. Luego recibí un aviso de retiro de {amount} {asset} a una dirección que "
           "no conozco. ¡No fui yo! Por favor, congelen mi cuenta y detengan el retiro ya."),
    "zh": ("无法登录，我的 {asset} 不见了",
           "从几个小时前开始我就登录不了账户。我收到一封邮件说密码已被修改，但我根本没有申请过。接着又收到提现"
           "通知，{amount} {asset} 被提到一个我不认识的地址。这不是我操作的！请立即冻结我的账户并拦截这笔提现。"),
}


# --- small helpers --------------------------------------------------------------------------------

# The account events' English details as the codes a desk words in its language (RiskSignal.detail_code).
_EVENT_CODES = {
    "Password reset via email link": "password_reset_email",
    "2FA enabled (authenticator app)": "twofa_enabled_app",
    "2FA device changed": "twofa_device_changed",
    "2FA disabled": "twofa_disabled",
    "Authenticator re-bound to a new device": "authenticator_rebound",
    "Email address changed": "email_changed",
}


def _account_event(at: datetime, kind: str, detail: str) -> dict[str, Any]:
    return {"at": at, "kind": kind, "detail": detail, "detail_code": _EVENT_CODES[detail], "detail_params": {}}


_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split(), strict=True))


def _latin(native: str) -> str:
    """An ASCII spelling for an e-mail address: transliterated Cyrillic, or Latin without accents."""
    text = "".join(_CYRILLIC.get(ch, ch) for ch in native.lower()).replace("_", "").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if "a" <= ch <= "z")


def _parse_names(text: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for token in text.split():
        native, _, latin = token.partition("=")
        pairs.append((native, latin or _latin(native)))
    return tuple(pairs)


_NAME_TABLE = {lang: tuple(_parse_names(part) for part in parts) for lang, parts in _NAMES.items()}


def _fill(rng: random.Random, pattern: str) -> str:
    """Replace "#" with a random digit and "@" with a random capital letter."""
    return "".join(rng.choice("0123456789") if ch == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if ch == "@"
                   else ch for ch in pattern)


def _units_text(units: int, decimals: int) -> str:
    whole, frac = divmod(units, 10**decimals)
    return f"{whole}.{frac:0{decimals}d}"


def _round_units(rng: random.Random, units: int) -> int:
    """Keep 3 to 6 significant digits, the way people type amounts."""
    digits = len(str(units))
    keep = rng.randint(3, 6)
    if digits <= keep:
        return units
    scale: int = 10 ** (digits - keep)
    return max(scale, units // scale * scale)


def _address(rng: random.Random, kind: str) -> str:
    if kind == "btc":
        return "bc1q" + "".join(rng.choices(_BECH32, k=38))
    if kind == "ltc":
        return "ltc1q" + "".join(rng.choices(_BECH32, k=38))
    if kind == "evm":
        return f"0x{rng.getrandbits(160):040x}"
    if kind == "tron":
        return "T" + "".join(rng.choices(_B58, k=33))
    if kind == "doge":
        return "D" + "".join(rng.choices(_B58, k=33))
    if kind == "xrp":
        return "r" + "".join(rng.choices(_B58, k=rng.randint(24, 33)))
    if kind == "ton":
        return "UQ" + "".join(rng.choices(_B64URL, k=46))
    return "".join(rng.choices(_B58, k=rng.randint(43, 44)))  # sol


def _tx_hash(rng: random.Random, kind: str) -> str:
    if kind == "evm":
        return f"0x{rng.getrandbits(256):064x}"
    if kind == "sol":
        return "".join(rng.choices(_B58, k=88))
    if kind == "xrp":
        return f"{rng.getrandbits(256):064X}"
    return f"{rng.getrandbits(256):064x}"


def _insert(session: Session, model: type[Base], rows: list[dict[str, Any]], ids: bool = False) -> list[int]:
    """A bulk INSERT of many rows, returning their ids in the order of the rows when asked.

    It goes to the table, not the ORM class: the ORM's bulk insert starts a new statement whenever the
    set of None values changes from one row to the next, which here means nearly every row.
    """
    table = cast(Table, model.__table__)
    if not ids:
        session.execute(insert(table), rows)
        return []
    return [int(i) for i in session.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)]


def _chunks(n: int, size: int = CHUNK) -> Iterator[range]:
    for start in range(0, n, size):
        yield range(start, min(n, start + size))


# --- the generator --------------------------------------------------------------------------------


class _Person(NamedTuple):
    """What the ticket pass needs to know about a customer."""

    id: int
    language: str
    vip: int
    name: str
    female: bool
    device: str


@dataclass(slots=True)
class _Plan:
    """A ticket before its text is written; plans are sorted by created_at so ids follow time."""

    created_at: datetime
    seq: int
    customer: int  # index into the customer list
    topic: int
    priority: Priority
    status: TicketStatus
    responded: bool
    on_time: bool  # the first answer came before it was due
    channel: Channel | None = None  # None: chosen when the ticket is written
    story: int = -1  # index into _STORIES for the takeover tickets


@dataclass
class _Account:
    """One customer and their history, before the customer has an id."""

    row: dict[str, Any]
    female: bool
    device: str
    logins: list[dict[str, Any]]
    sessions: list[dict[str, Any]]
    transactions: list[dict[str, Any]]
    address_book: list[dict[str, Any]]
    events: list[dict[str, Any]]


class _Generator:
    """Writes the demo desk; one random.Random drives everything, in a fixed order."""

    def __init__(self, session: Session, now: datetime, seed: int) -> None:
        self.session = session
        self.now = now
        self.rng = random.Random(seed)
        self.agents: dict[str, tuple[int, str]] = {}  # username: (id, display name)
        self.people: list[_Person] = []
        self.counts: dict[str, int] = dict.fromkeys(
            ("messages", "logins", "sessions", "transactions", "address_book_entries", "account_events"), 0)

    # --- agents ---

    def add_agents(self) -> None:
        password_hash = PasswordHasher().hash(DEMO_PASSWORD)  # slow on purpose: once for everyone
        created = self.now - timedelta(days=400)
        rows: list[dict[str, Any]] = [{"username": username, "display_name": name, "password_hash": password_hash,
                                       "totp_secret": DEMO_TOTP_SECRET, "roles": [role.value], "locale": locale,
                                       "active": True, "created_at": created}
                                      for username, name, role, locale in DEMO_AGENTS]
        ids = _insert(self.session, Agent, rows, ids=True)
        self.agents = {row["username"]: (agent_id, row["display_name"])
                       for agent_id, row in zip(ids, rows, strict=True)}

    # --- customers ---

    def add_customers(self, count: int, stories: dict[int, int], languages: dict[int, str]) -> None:
        for chunk in _chunks(count):
            accounts = [self._account(stories.get(i), languages.get(i)) for i in chunk]
            ids = _insert(self.session, Customer, [a.row for a in accounts], ids=True)
            tables: list[tuple[type[Any], str, str]] = [
                (CustomerLogin, "logins", "logins"), (CustomerSession, "sessions", "sessions"),
                (Transaction, "transactions", "transactions"),
                (AddressBookEntry, "address_book", "address_book_entries"), (AccountEvent, "events", "account_events")]
            for model, attribute, counter in tables:
                rows = []
                for customer_id, account in zip(ids, accounts, strict=True):
                    for row in getattr(account, attribute):
                        row["customer_id"] = customer_id
                        rows.append(row)
                if rows:
                    _insert(self.session, model, rows)
                self.counts[counter] += len(rows)
            for customer_id, a in zip(ids, accounts, strict=True):
                self.people.append(_Person(customer_id, a.row["language"], a.row["vip_tier"], a.row["name"],
                                           a.female, a.device))

    def _account(self, story_index: int | None, language: str | None) -> _Account:
        rng, now = self.rng, self.now
        story = _STORIES[story_index] if story_index is not None else None
        language = story.language if story else language or _LANGUAGES(rng)
        country = story.country if story else _HOME[language](rng)
        place = _COUNTRIES[country]
        female = rng.random() < 0.45
        males, females, families = _NAME_TABLE[language]
        given, given_latin = rng.choice(females if female else males)
        family, family_latin = rng.choice(families)
        if language == "ru" and female:
            family += "а"
            family_latin += "a"
        name = _full_name(rng, language, given, family, families)
        email = _email(rng, given_latin, family_latin)

        kyc = rng.choices((0, 1, 2, 3), (10, 25, 45, 20))[0]
        kyc_status = (rng.choices(("none", "pending"), (70, 30))[0] if kyc == 0
                      else rng.choices(("verified", "pending", "rejected"), (85, 9, 6))[0])
        vip = rng.choices(range(6), (60, 22, 9, 5, 3, 1))[0] if kyc >= 2 else rng.choices((0, 1), (80, 20))[0]
        twofa = rng.random() < 0.85
        frozen = rng.random() < 0.02
        locked_until = now + timedelta(hours=rng.uniform(2, 120)) if rng.random() < 0.03 else None
        if story:
            kyc, kyc_status, vip, twofa, frozen, locked_until = 2, "verified", story.vip, story.twofa_enabled, False, None

        devices = [rng.choice(_PHONES if rng.random() < 0.7 else _COMPUTERS)]
        for _ in range(rng.choices((0, 1, 2), (50, 35, 15))[0]):
            devices.append(rng.choice(_PHONES + _COMPUTERS))
        latest = now - timedelta(hours=7) if story else now  # a story's own events come last
        logins = self._logins(country, devices, latest, known=story is not None)
        sessions = self._sessions(logins)
        events = self._old_events(twofa)
        book = self._old_addresses(language)
        signal_times = [row["at"] for row in logins if row["new_device"]] + [e["at"] for e in events] + [
            b["at"] for b in book if b["change"] == "added"]
        if story:
            signal_times += [now - timedelta(minutes=m) for m in story.minutes_ago]
        transactions = self._transactions(vip, book, signal_times, latest)

        password_changed = max((e["at"] for e in events if e["kind"] == "password_reset"),
                               default=now - timedelta(days=rng.uniform(40, 700)))
        twofa_changed = (max((e["at"] for e in events if e["kind"] == "twofa_change"),
                             default=now - timedelta(days=rng.uniform(40, 900))) if twofa else None)
        row = {
            "name": name, "email": email, "phone": _fill(rng, rng.choice(place.phones)),
            "document_number": _fill(rng, place.document),
            "address": _fill(rng, rng.choice(place.addresses).format(
                n=rng.randint(1, 199), u=rng.randint(1, 30), c=rng.randint(1, 5))),
            "country": country, "language": language, "kyc_level": kyc, "kyc_status": kyc_status, "vip_tier": vip,
            "account_status": "frozen" if frozen else "active", "withdrawals_locked_until": locked_until,
            "twofa_enabled": twofa, "twofa_changed_at": twofa_changed, "password_changed_at": password_changed,
            "version": 1,
        }
        account = _Account(row, female, devices[0], logins, sessions, transactions, book, events)
        if story:
            self._takeover(account, story)
        return account

    def _logins(self, country: str, devices: list[str], latest: datetime, known: bool) -> list[dict[str, Any]]:
        rng = self.rng
        home_ips = [f"{rng.choice(_COUNTRIES[country].ips)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
                    for _ in devices]
        # The first device is long known; in a takeover story, so are the others: only the attacker's is new.
        new_in_window = [False] + [rng.random() < 0.7 and not known for _ in devices[1:]]
        span = (latest - (self.now - timedelta(days=30))).total_seconds()
        times = sorted(latest - timedelta(seconds=span * rng.random()) for _ in range(rng.randint(3, 12)))
        seen: set[int] = set()
        rows = []
        for at in times:
            d = 0 if rng.random() < 0.7 else rng.randrange(len(devices))
            where, ip = country, home_ips[d]
            if rng.random() < 0.04:  # travelling
                where = rng.choice([c for c in _TRAVEL if c != country])
                ip = f"{rng.choice(_COUNTRIES[where].ips)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            rows.append({"at": at, "ip": ip, "country": where, "device": devices[d],
                         "new_device": new_in_window[d] and d not in seen})
            seen.add(d)
        return rows

    def _sessions(self, logins: list[dict[str, Any]]) -> list[dict[str, Any]]:
        rng = self.rng
        recent = logins[-5:]
        rows = []
        for login in rng.sample(recent, min(len(recent), rng.randint(1, 3))):
            idle = (self.now - login["at"]) * rng.uniform(0.0, 0.9)
            rows.append({"started_at": login["at"], "last_seen_at": self.now - idle, "ip": login["ip"],
                         "device": login["device"], "revoked_at": None})
        rows.sort(key=lambda r: r["started_at"])
        return rows

    def _old_events(self, twofa: bool) -> list[dict[str, Any]]:
        """Security changes long enough ago that they cannot join a recent cluster of risk signals."""
        rng = self.rng
        rows: list[dict[str, Any]] = []
        for _ in range(rng.choices((0, 1, 2), (45, 40, 15))[0]):
            kind = rng.choices(("password_reset", "twofa_change", "email_change"), (50, 30 if twofa else 0, 20))[0]
            detail = {"password_reset": "Password reset via email link",
                      "twofa_change": rng.choice(("2FA enabled (authenticator app)", "2FA device changed")),
                      "email_change": "Email address changed"}[kind]
            rows.append(_account_event(self._long_ago(), kind, detail))
        rows.sort(key=lambda r: r["at"])
        return rows

    def _old_addresses(self, language: str) -> list[dict[str, Any]]:
        rng = self.rng
        rows: list[dict[str, Any]] = []
        for _ in range(rng.choices((0, 1, 2, 3), (35, 35, 20, 10))[0]):
            asset = _TX_ASSETS(rng)
            network = _ASSETS[asset][2][0]
            label = _MY_WALLET[language] if rng.random() < 0.3 else rng.choice(_LABELS)
            rows.append({"at": self._long_ago(), "change": "added", "asset": asset,
                         "address": _address(rng, _NETWORK_KIND[network]), "label": label})
        if rows and rng.random() < 0.15:
            gone = rng.choice(rows)
            rows.append({**gone, "at": gone["at"] + (self.now - gone["at"]) * rng.uniform(0.05, 0.25),
                         "change": "removed"})
        rows.sort(key=lambda r: r["at"])
        return rows

    def _long_ago(self) -> datetime:
        return self.now - timedelta(days=SIGNAL_FREE_DAYS + 368 * self.rng.random() ** 1.5)

    def _transactions(self, vip: int, book: list[dict[str, Any]], signal_times: list[datetime],
                      latest: datetime) -> list[dict[str, Any]]:
        rng, now = self.rng, self.now
        rows = []
        span = (latest - (now - timedelta(days=60))).total_seconds()
        for _ in range(rng.randint(2, 15)):
            at = latest - timedelta(seconds=span * rng.random() ** 1.3)
            asset = _TX_ASSETS(rng)
            decimals, price, networks = _ASSETS[asset]
            network = networks[0] if rng.random() < 0.7 else rng.choice(networks)
            direction = "deposit" if rng.random() < 0.55 else "withdrawal"
            usd = max(10.0, rng.lognormvariate(_VIP_MU[vip], 1.0))
            if direction == "withdrawal" and usd >= LARGE_USD and (
                    vip < 3 or any(abs(at - t) <= timedelta(hours=25) for t in signal_times)):
                usd = rng.uniform(0.3, 0.95) * LARGE_USD  # a large withdrawal must not join a cluster
            units = _round_units(rng, max(1, int(usd / price * 10**decimals)))
            kind = _NETWORK_KIND[network]
            address = _address(rng, kind)
            if direction == "withdrawal":
                saved = [b["address"] for b in book if b["asset"] == asset and b["change"] == "added"]
                if saved and rng.random() < 0.8:
                    address = rng.choice(saved)
            if now - at < timedelta(hours=2):
                status = rng.choices(("pending", "completed"), (40, 60))[0]
            else:
                status = rng.choices(("completed", "failed"), (93, 7))[0]
            rows.append({"at": at, "direction": direction, "asset": asset, "amount": _units_text(units, decimals),
                         "usd_value": round(units * price / 10**decimals), "status": status,
                         "tx_hash": _tx_hash(rng, kind), "address": address})
        rows.sort(key=lambda r: r["at"])
        return rows

    def _takeover(self, account: _Account, story: _Story) -> None:
        """Append the story: new device, password reset, (2FA change), new address, large withdrawal."""
        rng, now = self.rng, self.now
        at = [now - timedelta(minutes=m, seconds=rng.randint(0, 59)) for m in story.minutes_ago]
        ip = f"{rng.choice(_COUNTRIES[story.attacker_country].ips)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        account.logins.append({"at": at[0], "ip": ip, "country": story.attacker_country,
                               "device": story.attacker_device, "new_device": True})
        account.sessions.append({"started_at": at[0], "last_seen_at": at[4] + timedelta(minutes=3), "ip": ip,
                                 "device": story.attacker_device, "revoked_at": None})
        account.events.append(_account_event(at[1], "password_reset", "Password reset via email link"))
        account.row["password_changed_at"] = at[1]
        if story.twofa_detail:
            account.events.append(_account_event(at[2], "twofa_change", story.twofa_detail))
            account.row["twofa_changed_at"] = at[2]
        decimals, price, networks = _ASSETS[story.asset]
        kind = _NETWORK_KIND[networks[0]]
        address = _address(rng, kind)
        account.address_book.append({"at": at[3], "change": "added", "asset": story.asset, "address": address,
                                     "label": rng.choice(("backup", "main2", "safe", "1"))})
        units = round(story.usd / price * 10**decimals)
        account.transactions.append({
            "at": at[4], "direction": "withdrawal", "asset": story.asset, "amount": _units_text(units, decimals),
            "usd_value": story.usd, "status": story.withdrawal_status, "tx_hash": _tx_hash(rng, kind),
            "address": address})

    # --- tickets ---

    def plan_tickets(self, count: int, stories: dict[int, int], showcase: list[int]) -> list[_Plan]:
        """Plans for every ticket; the first regular ones cover every topic, priority, channel and language."""
        rng = self.rng
        plans = []
        for seq, (customer, story_index) in enumerate(sorted(stories.items(), key=lambda kv: kv[1])):
            story = _STORIES[story_index]
            plans.append(_Plan(self.now - timedelta(minutes=story.minutes_ago[5]), seq, customer, -1,
                               Priority.urgent, story.status, any(k == "reply" for _, k, _ in story.follow_up),
                               True, story.channel, story_index))
        regular = [i for i in range(len(self.people)) if i not in stories] or list(range(len(self.people)))
        weights = _Pick([(i, min(20.0, rng.paretovariate(1.5)) * (1.5 if self.people[i].vip >= 3 else 1.0))
                         for i in regular])
        for seq in range(len(plans), count):
            k = seq - len(stories)
            if k < len(_TOPICS) and showcase:
                plans.append(self._plan(seq, showcase[k % len(showcase)], k))
            else:
                plans.append(self._plan(seq, weights(rng)))
        self._burst(plans, len(stories) + len(_TOPICS))
        plans.sort(key=lambda p: (p.created_at, p.seq))
        return plans

    def _burst(self, plans: list[_Plan], first_regular: int) -> None:
        """#10: "withdrawal delayed" rising in the last hour, as an incident starts; the trend alert fires."""
        rng = random.Random(f"burst {len(plans)} {self.now.isoformat()}")  # leaves the main generator alone
        candidates = [p for p in plans[first_regular:] if p.story < 0 and _TOPICS[p.topic].key == "withdrawal_delayed"]
        for plan in rng.sample(candidates, min(8, len(candidates))):
            plan.created_at = self.now - timedelta(minutes=rng.uniform(2, 55))
            plan.status, plan.responded, plan.on_time = TicketStatus.new, False, True

    def _plan(self, seq: int, customer: int, showcase: int = -1) -> _Plan:
        rng, now = self.rng, self.now
        vip = self.people[customer].vip
        topic_index = _TOPIC_PICK(rng) if showcase < 0 else showcase
        topic = _TOPICS[topic_index]
        priority = rng.choices(_PRIORITIES, topic.priorities)[0]
        if vip >= 3 and priority is Priority.normal and rng.random() < 0.3:
            priority = Priority.high
        if showcase >= 0:
            priority = _PRIORITIES[showcase % len(_PRIORITIES)]
        status = _STATUSES(rng)
        if status is TicketStatus.pending_approval and topic.key not in _APPROVALS:
            status = TicketStatus.open
        pressing = priority in (Priority.urgent, Priority.high)
        if priority is Priority.urgent and status in (TicketStatus.new, TicketStatus.open) and rng.random() < 0.6:
            status = rng.choice((TicketStatus.resolved, TicketStatus.closed))  # urgent tickets rarely wait long
        if status is TicketStatus.new and pressing and rng.random() < 0.5:
            status = TicketStatus.open
        responded = status is not TicketStatus.new and (
            status is not TicketStatus.open or rng.random() < (0.8 if pressing else 0.5))
        on_time = rng.random() < 0.85
        if status in (TicketStatus.new, TicketStatus.open):
            # Place the running clock so that the inbox shows a mix of breached, near and comfortable tickets.
            first_due, resolution_due = sla.due_times(now, priority, vip)
            budget = (resolution_due if responded else first_due) - now
            bucket = rng.choices(("breached", "near", "ok"), (30, 20, 50))[0]
            if bucket == "breached":
                remaining = -timedelta(minutes=3 + 2880 * rng.random() ** 2)
            elif bucket == "near":
                remaining = min(budget * 0.25, sla.NEAR_WINDOW) * rng.uniform(0.1, 1.0)
            else:
                remaining = budget * rng.uniform(0.35, 0.95)
            on_time = on_time or bucket != "breached"
            created = now + remaining - budget
        elif status in (TicketStatus.pending_customer, TicketStatus.pending_approval):
            created = now - timedelta(hours=1 + 168 * rng.random() ** 2)
        elif status is TicketStatus.resolved:
            created = now - timedelta(hours=3 + 1437 * rng.random() ** 1.7)
        else:
            created = now - timedelta(days=4 + 56 * rng.random() ** 1.5)
        channel = list(Channel)[showcase] if 0 <= showcase < len(Channel) else None
        return _Plan(created, seq, customer, topic_index, priority, status, responded, on_time, channel)

    def add_tickets(self, plans: list[_Plan]) -> int:
        main_ticket = 0
        for chunk in _chunks(len(plans)):
            written = [self._story_ticket(plans[i]) if plans[i].story >= 0 else self._ticket(plans[i])
                       for i in chunk]
            ids = _insert(self.session, Ticket, [ticket for ticket, _ in written], ids=True)
            messages = []
            for ticket_id, i, (_, rows) in zip(ids, chunk, written, strict=True):
                if plans[i].story == 0:
                    main_ticket = ticket_id
                for row in rows:
                    row["ticket_id"] = ticket_id
                    messages.append(row)
            _insert(self.session, Message, messages)
            self.counts["messages"] += len(messages)
        return main_ticket

    def _params(self, topic: _Topic, person: _Person) -> dict[str, Any]:
        rng = self.rng
        asset = rng.choice(topic.assets)
        decimals, price, networks = _ASSETS[asset]
        network = networks[0] if rng.random() < 0.6 else rng.choice(networks)
        others = [n for n in networks if n != network] or ["BNB Smart Chain (BEP20)"]
        usd = min(250_000.0, max(20.0, rng.lognormvariate(_VIP_MU[person.vip] + 0.3, 0.9)))
        units = _round_units(rng, max(1, int(usd / price * 10**decimals)))
        amount = _units_text(units, decimals).rstrip("0").rstrip(".")
        if person.language in _DECIMAL_COMMA:
            amount = amount.replace(".", ",")
        fiat, rate, sep = _FIAT[person.language]
        return {
            "asset": asset, "amount": amount, "network": network, "wrong_network": rng.choice(others),
            "order": str(rng.randrange(10**10, 10**11)), "txid": _tx_hash(rng, _NETWORK_KIND[network]),
            "hours": rng.randint(2, 48), "days": rng.randint(3, 10),
            "key4": "".join(rng.choices("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", k=4)),
            "fiat": fiat, "fiat_amount": f"{round(usd * rate):,}".replace(",", sep),
            "pair": rng.choice(_PAIRS), "leverage": rng.choice(_LEVERAGE), "year": self.now.year - 1,
            "device": person.device, "ra": "а" if person.female else "", "incident": rng.randint(1000, 9999),
        }

    def _assignee(self, plan: _Plan, category: Category) -> str:
        rng = self.rng
        if not plan.responded and plan.status in (TicketStatus.new, TicketStatus.open):
            if rng.random() >= (0.1 if plan.status is TicketStatus.new else 0.4):
                return ""
        if category is Category.security and rng.random() < 0.8:
            return rng.choice(("secops1", "secops2"))
        return rng.choice(("agent1", "agent1", "agent2", "agent2", "secops1", "secops2"))

    def _ticket(self, plan: _Plan) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        rng, now = self.rng, self.now
        person = self.people[plan.customer]
        topic = _TOPICS[plan.topic]
        language, replies = person.language, _REPLIES[person.language]
        params = self._params(topic, person)
        subject, body = (t.format(**params) for t in _TEXT[language][topic.key])
        channel = plan.channel or _CHANNELS(rng)
        assignee = self._assignee(plan, topic.category)
        agent_id, agent_name = self.agents[assignee] if assignee else (None, "")
        created, status = plan.created_at, plan.status
        first_due, resolution_due = sla.due_times(created, plan.priority, person.vip)

        # The shape of the conversation, then its times.
        kinds = ["first"]
        if channel is Channel.email and rng.random() < 0.25:
            kinds.append("ack")
        if plan.responded:
            kinds.append("reply")
            if rng.random() < 0.2:
                kinds.append("note")
            if status is not TicketStatus.pending_customer and rng.random() < 0.5:
                kinds += ["ask", "answer"]
                if status in (TicketStatus.resolved, TicketStatus.closed) and rng.random() < 0.5:
                    kinds.append("update")
            if status is TicketStatus.open and rng.random() < 0.4:
                kinds.append("wait")
            kinds += {TicketStatus.pending_customer: ["ask"], TicketStatus.pending_approval: ["approval"],
                      TicketStatus.resolved: ["resolve"], TicketStatus.closed: ["resolve"]}.get(status, [])
            if status is TicketStatus.closed and rng.random() < 0.5:
                kinds.append("thanks")
            if len(kinds) > 8:
                kinds.remove("update")
        else:
            if rng.random() < 0.25:
                kinds.append("wait")
            if assignee and rng.random() < 0.3:
                kinds.append("note")
        about = 0 if topic.category is Category.deposit_withdrawal else 1  # a transaction, or an error

        resolved_at = None
        end = now
        if status in (TicketStatus.resolved, TicketStatus.closed):
            budget = resolution_due - created
            resolved_at = created + budget * (rng.uniform(0.1, 0.95) if rng.random() < 0.8 else rng.uniform(1, 2.5))
            if resolved_at > now - timedelta(minutes=1):
                resolved_at = created + (now - created) * rng.uniform(0.3, 0.9)
            end = resolved_at
        fixed: dict[int, datetime] = {0: created}
        for i, kind in enumerate(kinds):
            if kind == "ack":
                fixed[i] = created + min(timedelta(seconds=rng.randint(5, 50)), (end - created) / 2)
            elif kind == "reply":
                budget = first_due - created
                delay = budget * (rng.uniform(0.1, 0.9) if plan.on_time else rng.uniform(1.0, 3.0))
                fixed[i] = created + min(delay, (end - created) * rng.uniform(0.2, 0.6))
            elif kind == "resolve":
                fixed[i] = end
            elif kind == "thanks":
                fixed[i] = end + min(now - end, timedelta(days=1)) * rng.uniform(0.05, 1.0)
        times = _spread(rng, len(kinds), fixed, end)

        fill = {**params, "agent": agent_name}
        rows = []
        for kind, at in zip(kinds, times, strict=True):
            if kind in ("first", "wait", "answer", "thanks"):
                if kind == "first":
                    text = body
                elif kind == "wait":
                    hours = int((at - created).total_seconds() // 3600)
                    text = replies.wait[0].format(hours=hours) if hours >= 2 else replies.wait[1]
                elif kind == "answer":
                    text = replies.answer[about].format(**fill)
                else:
                    text = rng.choice(replies.thanks)
                rows.append(_message(AuthorKind.customer, None, person.name, text, False, at))
            elif kind == "ack":
                rows.append(_message(AuthorKind.system, None, "System", _ACK, False, at, "auto_ack"))
            elif kind in ("note", "approval"):
                if kind == "approval":
                    text = f"Requested {_APPROVALS[topic.key]} for this customer; waiting for a second approver."
                elif person.vip >= 3 and rng.random() < 0.5:
                    text = rng.choice(_VIP_NOTES)
                else:
                    text = rng.choice(_NOTES[topic.key]).format(**fill)
                rows.append(_message(AuthorKind.agent, agent_id, agent_name, text, True, at))
            else:
                text = {"reply": replies.first[topic.category], "ask": replies.ask[about], "update": replies.update,
                        "resolve": rng.choice(replies.resolve)}[kind]
                body_text = f"{replies.greet}\n\n{text}\n\n{replies.sign.format(agent=agent_name)}"
                rows.append(_message(AuthorKind.agent, agent_id, agent_name, body_text, False, at))

        responded_at = times[kinds.index("reply")] if "reply" in kinds else None
        updated = times[-1]
        if resolved_at is not None:
            resolved_at = times[kinds.index("resolve")]
            if status is TicketStatus.closed:
                updated = max(updated, min(now, resolved_at + timedelta(hours=rng.uniform(1, 72))))
        tags = list(topic.tags)
        if person.vip >= 3:
            tags.append("vip")
        if plan.priority in (Priority.high, Priority.urgent) and rng.random() < 0.2:
            tags.append("escalated")
        ticket = _ticket_row(subject, person, topic.category, status, plan.priority, channel, agent_id, tags,
                             created, updated, first_due, resolution_due, responded_at, resolved_at, len(rows))
        return ticket, rows

    def _story_ticket(self, plan: _Plan) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        story = _STORIES[plan.story]
        person = self.people[plan.customer]
        decimals, price, _ = _ASSETS[story.asset]
        amount = _units_text(round(story.usd / price * 10**decimals), decimals).rstrip("0").rstrip(".")
        if story.language in _DECIMAL_COMMA:
            amount = amount.replace(".", ",")
        subject, body = (t.format(asset=story.asset, amount=amount) for t in _TAKEOVER_TEXT[story.language])
        agent_id, agent_name = self.agents[story.assignee] if story.assignee else (None, "")
        created = plan.created_at
        rows = [_message(AuthorKind.customer, None, person.name, body, False, created)]
        responded_at = None
        for minutes, kind, text in story.follow_up:
            at = created + timedelta(minutes=minutes, seconds=self.rng.randint(0, 59))
            if kind == "customer":
                rows.append(_message(AuthorKind.customer, None, person.name, text, False, at))
                continue
            if kind == "reply":
                replies = _REPLIES[story.language]
                text = f"{replies.greet}\n\n{text}\n\n{replies.sign.format(agent=agent_name)}"
                responded_at = responded_at or at
            rows.append(_message(AuthorKind.agent, agent_id, agent_name, text, kind == "note", at))
        first_due, resolution_due = sla.due_times(created, Priority.urgent, person.vip)
        tags = ["security", "withdrawal"] + (["vip"] if person.vip >= 3 else [])
        ticket = _ticket_row(subject, person, Category.security, story.status, Priority.urgent, story.channel,
                             agent_id, tags, created, rows[-1]["created_at"], first_due, resolution_due,
                             responded_at, None, len(rows))
        return ticket, rows


def _full_name(rng: random.Random, language: str, given: str, family: str,
               families: tuple[tuple[str, str], ...]) -> str:
    if language in ("zh", "ko"):
        return family + given
    if language == "ja":
        return f"{family} {given}"
    if language == "es" and rng.random() < 0.6:
        return f"{given} {family} {rng.choice(families)[0]}"
    return f"{given} {family}"


def _email(rng: random.Random, given: str, family: str) -> str:
    local = rng.choice((f"{given}.{family}", f"{given}{family}{rng.randint(1, 99)}", f"{given[:1]}{family}",
                        f"{family}.{given}", f"{given}_{family}{rng.randint(70, 99)}"))
    return f"{local}@{rng.choice(_EMAIL_DOMAINS)}"


def _spread(rng: random.Random, n: int, fixed: dict[int, datetime], end: datetime) -> list[datetime]:
    """Times for n messages: fixed ones where given, the rest spread between their neighbours, increasing."""
    times: list[datetime] = []
    i = 0
    while i < n:
        if i in fixed:
            times.append(fixed[i])
            i += 1
            continue
        j = i
        while j < n and j not in fixed:
            j += 1
        low, high = times[-1], fixed.get(j, end)
        times.extend(low + (high - low) * f for f in sorted(rng.random() for _ in range(j - i)))
        i = j
    for k in range(1, n):  # ids must follow time within a ticket
        if times[k] <= times[k - 1]:
            times[k] = times[k - 1] + timedelta(microseconds=1)
    return times


def _message(kind: AuthorKind, agent_id: int | None, name: str, body: str, internal: bool,
             at: datetime, system_code: str | None = None) -> dict[str, Any]:
    return {"author_kind": kind.value, "author_agent_id": agent_id, "author_name": name, "body": body,
            "internal": internal, "created_at": at, "system_code": system_code, "system_params": None}


def _ticket_row(subject: str, person: _Person, category: Category, status: TicketStatus, priority: Priority,
                channel: Channel, assignee_id: int | None, tags: list[str], created: datetime, updated: datetime,
                first_due: datetime, resolution_due: datetime, responded_at: datetime | None,
                resolved_at: datetime | None, message_count: int) -> dict[str, Any]:
    return {"subject": subject, "customer_id": person.id, "language": person.language, "category": category.value,
            "status": status.value, "priority": priority.value, "channel": channel.value,
            "assignee_id": assignee_id, "tags": tags, "created_at": created, "updated_at": updated,
            "first_response_due": first_due, "resolution_due": resolution_due, "first_responded_at": responded_at,
            "resolved_at": resolved_at, "message_count": message_count, "version": 1,
            # #10: the resolution clock stands still while waiting for the customer (since the last message)
            "sla_paused_at": resolved_at if status in (TicketStatus.resolved, TicketStatus.closed)
            else updated if status is TicketStatus.pending_customer else None}


def populate(session: Session, *, tickets: int = 2000, customers: int = 300, now: datetime | None = None,
             seed: int = 7) -> DemoSummary:
    """Fill an empty database with the demo desk; the caller commits. The same seed and now give the same data."""
    if customers < len(_STORIES) or tickets < len(_STORIES):
        raise ValueError(f"the demo needs at least {len(_STORIES)} customers and tickets")
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    for model in (Agent, Customer, Ticket):
        if session.scalar(select(model.id).limit(1)) is not None:
            raise ValueError("demo data goes into an empty database only")
    gen = _Generator(session, now, seed)
    gen.add_agents()
    picked = gen.rng.sample(range(customers), len(_STORIES))
    stories = {customer: story for story, customer in enumerate(picked)}  # customer index: story index
    regular = [i for i in range(customers) if i not in stories]
    showcase = gen.rng.sample(regular, min(len(_NAMES), len(regular)))  # one customer per language at least
    gen.add_customers(customers, stories, dict(zip(showcase, _NAMES, strict=False)))
    main_ticket = gen.add_tickets(gen.plan_tickets(tickets, stories, showcase))
    session.flush()
    demo_supervision.add(session, now, seed)  # #10: SLA policies and CSAT ratings
    demo_kb.populate(session, now)  # #9: help articles in nine languages, macros
    rollups.rebuild_now(session)  # #10: the statistics' counters of the rows inserted in bulk above
    ids = [gen.people[customer].id for customer in picked]
    return DemoSummary(agents=len(DEMO_AGENTS), customers=customers, tickets=tickets, takeover_customer_id=ids[0],
                       other_takeover_customer_ids=tuple(ids[1:]), takeover_ticket_id=main_ticket, **gen.counts)
