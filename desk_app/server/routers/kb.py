"""Knowledge-base routes: ranked search, one article, and suggestions for a ticket (#9)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from desk_app import contract as c
from desk_app.server import kb
from desk_app.server.deps import NO_NUL, AppSettings, CurrentCaller, DbSession, PathId

router = APIRouter(tags=["knowledge base"])
Limit = Annotated[int, Query(ge=1, le=50)]


@router.get("/kb/articles", response_model=c.KbArticleList)
def search_articles(session: DbSession, caller: CurrentCaller, settings: AppSettings,
                    q: Annotated[str | None, Query(max_length=c.MAX_KB_QUERY, pattern=NO_NUL)] = None,
                    language: c.KbLanguage = c.KbLanguage.en, category: c.Category | None = None,
                    limit: Limit = 20) -> c.KbArticleList:
    """Ranked by relevance to `q` in any language; each article in the version closest to `language`."""
    return kb.search(session, settings, q, language, category, limit)


@router.get("/kb/articles/{article_id}", response_model=c.KbArticle)
def get_article(article_id: PathId, session: DbSession, caller: CurrentCaller, settings: AppSettings,
                language: c.KbLanguage = c.KbLanguage.en) -> c.KbArticle:
    return kb.article(session, settings, article_id, language)


@router.get("/kb/suggestions", response_model=c.KbSuggestions)
def suggestions(ticket_id: Annotated[int, Query(ge=1, le=c.MAX_ID)], session: DbSession, caller: CurrentCaller,
                settings: AppSettings, limit: Limit = 8) -> c.KbSuggestions:
    """Articles for a ticket, read from its subject and the customer's messages on the service (the
    customer's text never travels in a URL), in the customer's article language."""
    return kb.suggest(session, settings, ticket_id, limit)
