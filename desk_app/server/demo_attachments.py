"""Demo attachments: screenshots customers "sent" with their first message, drawn with Pillow.

They go through the same checks as any inbound file (the drawn originals carry camera EXIF and GPS,
which the re-encoding drops), so the demo shows what agents really see.
"""

from __future__ import annotations

import io
import random
import re
from dataclasses import replace

from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.contract import AuthorKind, Category, TicketStatus
from desk_app.server import attachments
from desk_app.server.config import Settings
from desk_app.server.models import Message, Ticket, Transaction
from desk_app.server.storage import BlobStore

ACTIVE = [TicketStatus.new.value, TicketStatus.open.value, TicketStatus.pending_customer.value]
AMOUNT = re.compile(r"([0-9][0-9.,]*)\s*([A-Z]{2,5})\b")
DEPOSIT_WORDS = ("deposit", "充值", "入金", "입금", "депозит", "пополн", "depósito", "yatır")
NETWORKS = {"BTC": "Bitcoin", "ETH": "Ethereum (ERC20)", "USDT": "Tron (TRC20)", "USDC": "Ethereum (ERC20)",
            "SOL": "Solana", "XRP": "XRP Ledger", "TON": "TON", "DOGE": "Dogecoin", "LTC": "Litecoin",
            "BNB": "BNB Smart Chain (BEP20)", "TRX": "Tron (TRC20)", "ADA": "Cardano"}


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # a Pillow built without FreeType
        return ImageFont.load_default()


def transfer_screenshot(rng: random.Random, asset: str, amount: str, network: str, deposit: bool = False,
                        tx: str = "", address: str = "") -> bytes:
    """A phone screenshot of a transfer's status, as a JPEG with camera EXIF and GPS (to be stripped)."""
    width, height = 720, 1280
    image = Image.new("RGB", (width, height), "#f4f6f9")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 120), fill="#0b2545")
    draw.text((40, 40), f"Exchange  ·  {'Deposit' if deposit else 'Withdrawal'}", font=_font(40), fill="white")
    draw.rounded_rectangle((40, 170, width - 40, 1060), radius=28, fill="white", outline="#d6dbe3", width=3)
    draw.ellipse((width // 2 - 60, 220, width // 2 + 60, 340), fill="#f0a202")
    draw.text((width // 2, 280), "!", font=_font(80), fill="white", anchor="mm")
    title = "Deposit not credited" if deposit else "Withdrawal processing"
    draw.text((width // 2, 400), title, font=_font(44), fill="#0b2545", anchor="mm")
    draw.text((width // 2, 480), f"{'+' if deposit else '-'}{amount} {asset}", font=_font(56), fill="#13315c",
              anchor="mm")
    tx = tx or "".join(rng.choice("0123456789abcdef") for _ in range(64))
    submitted = f"2026-11-{rng.randint(10, 24)} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}"
    address = address or "".join(rng.choice("0123456789abcdef") for _ in range(40))
    rows = (("Network", network), ("Address", f"{address[:6]}…{address[-6:]}"), ("TxID", f"{tx[:10]}…{tx[-8:]}"),
            ("Status", "Pending (0/12 confirmations)"), ("Submitted", submitted))
    for number, (label, value) in enumerate(rows):
        top = 580 + number * 90
        draw.line((80, top - 20, width - 80, top - 20), fill="#e6e9ef", width=2)
        draw.text((80, top + 10), label, font=_font(30), fill="#6b7280", anchor="lm")
        draw.text((width - 80, top + 10), value, font=_font(30), fill="#111827", anchor="rm")
    draw.rounded_rectangle((80, 1120, width - 80, 1210), radius=20, fill="#0b2545")
    draw.text((width // 2, 1165), "Contact support", font=_font(36), fill="white", anchor="mm")
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "DemoPhone", "DemoPhone 12"  # make, model
    exif[0x8825] = {1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 36.0)}  # GPS: where the customer is
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88, exif=exif.tobytes())
    return out.getvalue()


def add(session: Session, settings: Settings, store: BlobStore, count: int = 6, seed: int = 13) -> int:
    """Attaches a screenshot of the transfer to the first customer message of the newest active transfer tickets."""
    rng = random.Random(seed)
    settings = replace(settings, attachment_max_bytes=Settings.attachment_max_bytes)  # a strict desk gets its demo
    tickets = session.scalars(select(Ticket.id).where(
        Ticket.category == Category.deposit_withdrawal.value, Ticket.status.in_(ACTIVE))
        .order_by(Ticket.id.desc()).limit(count * 3)).all()
    added = 0
    for ticket_id in tickets:
        if added >= count:
            break
        message_id = session.scalar(select(Message.id).where(
            Message.ticket_id == ticket_id, Message.author_kind == AuthorKind.customer.value)
            .order_by(Message.id).limit(1))
        if message_id is None:
            continue
        customer_id, subject = session.execute(select(Ticket.customer_id, Ticket.subject)
                                               .where(Ticket.id == ticket_id)).one()
        found = AMOUNT.search(subject)  # the transfer the ticket is about, as its subject names it
        if found is None:
            continue
        amount, asset = found.group(1), found.group(2)
        deposit = any(word in subject.lower() for word in DEPOSIT_WORDS)
        latest = session.scalar(select(Transaction).where(Transaction.customer_id == customer_id,
                                                          Transaction.asset == asset)
                                .order_by(Transaction.at.desc()).limit(1))
        network = NETWORKS.get(asset, asset)
        tx, address = (latest.tx_hash, latest.address) if latest is not None else ("", "")
        data = transfer_screenshot(rng, asset, amount, network, deposit, tx, address)
        kind = "deposit" if deposit else "withdrawal"
        incoming = attachments.prepare(data, f"Screenshot_{asset}_{kind}.jpg", "image/jpeg", settings, store)
        attachments.record(session, incoming, ticket_id, message_id=message_id)
        added += 1
    return added
