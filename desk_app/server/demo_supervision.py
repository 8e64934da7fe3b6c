"""Demo data for the supervisor's dashboard (#10): the SLA policies as rows, and customers' ratings.

Ratings follow the service a customer got: tickets solved late are rated lower. The comments are in
the ticket's language. A random generator of its own keeps the rest of the demo as it was.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from desk_app.contract import TicketStatus
from desk_app.server import sla_policies
from desk_app.server.models import CsatRating, Ticket

CHUNK = 5_000
RATED_SHARE = 0.65
_ON_TIME = (4, 6, 12, 28, 50)  # weights of 1..5 stars
_LATE = (22, 20, 24, 20, 14)
_COMMENTS = {  # (good, middling, bad)
    "en": ("Quick and clear answer, thank you!", "Solved, but it took a while.", "Too slow, I waited for days."),
    "zh": ("回复很快，问题解决了，谢谢！", "解决了，但是等了挺久。", "太慢了，等了好几天。"),
    "ko": ("빠르고 친절한 답변 감사합니다!", "해결은 됐지만 시간이 좀 걸렸어요.", "너무 느려요. 며칠을 기다렸습니다."),
    "ja": ("迅速で分かりやすい対応でした。ありがとうございます！", "解決しましたが、少し時間がかかりました。",
           "対応が遅すぎます。何日も待ちました。"),
    "ru": ("Быстро и понятно, спасибо!", "Решили, но пришлось подождать.", "Слишком долго, ждал несколько дней."),
    "es": ("Respuesta rápida y clara, ¡gracias!", "Resuelto, pero tardó bastante.",
           "Demasiado lento, esperé varios días."),
    "tr": ("Hızlı ve net bir yanıt, teşekkürler!", "Çözüldü ama biraz uzun sürdü.", "Çok yavaş, günlerce bekledim."),
    "ar": ("رد سريع وواضح، شكرًا!", "تم الحل لكن استغرق وقتًا.", "بطيء جدًا، انتظرت عدة أيام."),
}


def add(session: Session, now: datetime, seed: int) -> int:
    """Store the SLA policies and rate about two thirds of the solved tickets; returns the ratings made."""
    sla_policies.seed_builtin(session)
    rng = random.Random(seed * 7919 + 10)
    solved = session.execute(select(Ticket.id, Ticket.language, Ticket.resolved_at, Ticket.resolution_due)
                             .where(Ticket.status.in_([TicketStatus.resolved.value, TicketStatus.closed.value]),
                                    Ticket.resolved_at.is_not(None))
                             .order_by(Ticket.id)).all()
    ratings: list[dict[str, object]] = []
    for ticket_id, language, resolved_at, due in solved:
        if rng.random() >= RATED_SHARE:
            continue
        late = due is not None and resolved_at > due
        rating = rng.choices(range(1, 6), _LATE if late else _ON_TIME)[0]
        rated_at = min(now - timedelta(minutes=1), resolved_at + timedelta(minutes=rng.uniform(5, 36 * 60)))
        comment = ""
        if rng.random() < 0.5:
            good, middling, bad = _COMMENTS.get(language, _COMMENTS["en"])
            comment = good if rating >= 4 else middling if rating == 3 else bad
        ratings.append({"ticket_id": ticket_id, "rating": rating, "comment": comment,
                        "rated_at": max(rated_at, resolved_at), "times_rated": 1})
    for start in range(0, len(ratings), CHUNK):
        chunk = ratings[start:start + CHUNK]
        session.execute(insert(CsatRating), chunk)
        session.execute(update(Ticket), [{"id": r["ticket_id"], "csat_rating": r["rating"]} for r in chunk])
    return len(ratings)
