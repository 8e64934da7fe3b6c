"""The knowledge base: storing articles with their search terms, searching, and showing each article in
the version closest to the reader's language, marked stale when its review is overdue."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import kb_terms
from desk_app.server.config import Settings
from desk_app.server.errors import not_found
from desk_app.server.kb_search import engine_for
from desk_app.server.models import Agent, Customer, KbArticle, KbTranslation, Message, Ticket, utcnow

SNIPPET = 240
CANDIDATES = 200  # translations ranked before they are grouped into articles
CATEGORY_BOOST = 1.5  # a suggestion in the ticket's own category ranks this much higher
SUGGESTION_TEXT = 1_500  # characters of each customer message a suggestion reads
SUGGESTION_MESSAGES = 3


def set_text(translation: KbTranslation, title: str, body: str, tags: Iterable[str]) -> None:
    """Writes a version's text and the search terms computed from it."""
    translation.title, translation.body = title, body
    translation.title_terms = kb_terms.document(title, translation.language)
    translation.body_terms = kb_terms.document(body, translation.language)
    translation.tag_terms = kb_terms.document(" ".join(tag.replace("-", " ") for tag in tags), translation.language)


def url(settings: Settings, article: KbArticle, language: c.KbLanguage) -> str:
    return f"{settings.kb_public_url.rstrip('/')}/{language.value.replace('_', '-').lower()}/articles/" \
           f"{article.id}-{article.slug}"


def is_stale(article: KbArticle, settings: Settings, now: datetime) -> bool:
    return now - article.last_reviewed_at > timedelta(days=settings.kb_stale_days)


def _pick(versions: dict[c.KbLanguage, KbTranslation], wanted: c.KbLanguage) -> KbTranslation:
    for language in c.kb_fallbacks(wanted):
        if language in versions:
            return versions[language]
    return next(iter(versions.values()))


def _snippet(body: str) -> str:
    flat = " ".join(body.split())
    return flat if len(flat) <= SNIPPET else flat[:SNIPPET - 1].rstrip() + "…"


class _Loaded:
    """Articles with their versions and owners, loaded in three queries for any number of ids."""

    def __init__(self, session: Session, ids: Sequence[int]) -> None:
        self.articles = {a.id: a for a in session.scalars(select(KbArticle).where(KbArticle.id.in_(ids)))}
        self.versions: dict[int, dict[c.KbLanguage, KbTranslation]] = {i: {} for i in self.articles}
        for t in session.scalars(select(KbTranslation).where(KbTranslation.article_id.in_(ids))):
            self.versions[t.article_id][c.KbLanguage(t.language)] = t
        owner_ids = {a.owner_id for a in self.articles.values()}
        self.owners = dict(session.execute(select(Agent.id, Agent.display_name).where(Agent.id.in_(owner_ids))).all())


def _summary(loaded: _Loaded, article_id: int, wanted: c.KbLanguage, settings: Settings, now: datetime,
             score: float | None) -> c.KbArticleSummary:
    article, versions = loaded.articles[article_id], loaded.versions[article_id]
    shown = _pick(versions, wanted)
    language = c.KbLanguage(shown.language)
    return c.KbArticleSummary(
        id=article.id, language=language, fallback=language is not wanted,
        languages=[lang for lang in c.KbLanguage if lang in versions], title=shown.title,
        snippet=_snippet(shown.body), category=c.Category(article.category), tags=article.tags or [],
        url=url(settings, article, language), owner_name=loaded.owners.get(article.owner_id, ""),
        last_reviewed_at=article.last_reviewed_at, stale=is_stale(article, settings, now),
        score=None if score is None else round(score, 4))


def _ranked(session: Session, query: str, limit: int, category: str | None,
            boost: str | None = None) -> list[tuple[int, float]]:
    """Article ids and scores, best first: each article scores as its best-matching version."""
    hits = engine_for(session).search(session, kb_terms.query_terms(query), CANDIDATES, category)
    best: dict[int, float] = {}
    for hit in hits:
        best[hit.article_id] = max(best.get(hit.article_id, 0.0), hit.score)
    if boost is not None and best:
        categories = dict(session.execute(select(KbArticle.id, KbArticle.category)
                                          .where(KbArticle.id.in_(best))).all())
        best = {i: s * (CATEGORY_BOOST if categories.get(i) == boost else 1.0) for i, s in best.items()}
    return sorted(best.items(), key=lambda item: (-item[1], item[0]))[:limit]


def search(session: Session, settings: Settings, q: str | None, language: c.KbLanguage,
           category: c.Category | None, limit: int) -> c.KbArticleList:
    """Ranked by relevance with a query; by category and id without one."""
    now = utcnow()
    if q and q.strip():
        ranked = _ranked(session, q, limit, category.value if category else None)
    else:
        listing = select(KbArticle.id).order_by(KbArticle.category, KbArticle.id).limit(limit)
        if category is not None:
            listing = listing.where(KbArticle.category == category.value)
        ranked = [(i, None) for i in session.scalars(listing)]  # type: ignore[misc]
    loaded = _Loaded(session, [i for i, _ in ranked])
    items = [_summary(loaded, i, language, settings, now, score) for i, score in ranked if i in loaded.articles]
    return c.KbArticleList(items=items, stale_after_days=settings.kb_stale_days)


def article(session: Session, settings: Settings, article_id: int, language: c.KbLanguage) -> c.KbArticle:
    loaded = _Loaded(session, [article_id])
    if article_id not in loaded.articles:
        raise not_found("Article")
    summary = _summary(loaded, article_id, language, settings, utcnow(), None)
    body = loaded.versions[article_id][summary.language].body
    return c.KbArticle(**summary.model_dump(), body=body)


def suggest(session: Session, settings: Settings, ticket_id: int, limit: int) -> c.KbSuggestions:
    """The articles most relevant to what the customer wrote, in the customer's article language."""
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise not_found("Ticket")
    customer = session.get(Customer, ticket.customer_id)
    language = c.kb_language(ticket.language, customer.country if customer else "")
    bodies = session.scalars(select(Message.body).where(Message.ticket_id == ticket_id,
                                                        Message.author_kind == c.AuthorKind.customer.value)
                             .order_by(Message.id).limit(SUGGESTION_MESSAGES))
    text = " ".join([ticket.subject, *(body[:SUGGESTION_TEXT] for body in bodies)])
    ranked = _ranked(session, text, limit, None, boost=ticket.category)
    loaded = _Loaded(session, [i for i, _ in ranked])
    now = utcnow()
    return c.KbSuggestions(ticket_id=ticket_id, language=language,
                           items=[_summary(loaded, i, language, settings, now, s) for i, s in ranked])


def url_for(session: Session, settings: Settings, article_id: int, language: c.KbLanguage) -> str | None:
    """The page of the version closest to `language`, for a macro's {kb_link}."""
    found = session.get(KbArticle, article_id)
    if found is None:
        return None
    languages = set(session.scalars(select(KbTranslation.language).where(KbTranslation.article_id == article_id)))
    shown = next((lang for lang in c.kb_fallbacks(language) if lang.value in languages), c.KbLanguage.en)
    return url(settings, found, shown)
