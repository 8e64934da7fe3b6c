"""Macros: canned replies per language that agents insert and supervisors manage (#9)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import audit, kb, placeholders
from desk_app.server.config import Settings
from desk_app.server.deps import AppSettings, CurrentCaller, DbSession, PathId, require
from desk_app.server.errors import ApiError, conflict, not_found
from desk_app.server.models import Agent, KbArticle, Macro, MacroTranslation, utcnow

router = APIRouter(tags=["macros"])
MANAGERS = (c.Role.supervisor, c.Role.admin)


def _texts(session: Session, macro_ids: list[int]) -> dict[int, dict[c.KbLanguage, MacroTranslation]]:
    found: dict[int, dict[c.KbLanguage, MacroTranslation]] = {i: {} for i in macro_ids}
    for row in session.scalars(select(MacroTranslation).where(MacroTranslation.macro_id.in_(macro_ids))):
        found[row.macro_id][c.KbLanguage(row.language)] = row
    return found


def _out(session: Session, settings: Settings, macro: Macro, texts: dict[c.KbLanguage, MacroTranslation],
         wanted: c.KbLanguage, names: dict[int, str]) -> c.MacroOut:
    language = next((lang for lang in c.kb_fallbacks(wanted) if lang in texts), next(iter(texts)))
    shown = texts[language]
    kb_url = kb.url_for(session, settings, macro.kb_article_id, language) if macro.kb_article_id else None
    return c.MacroOut(
        id=macro.id, name=macro.name, language=language, fallback=language is not wanted,
        languages=[lang for lang in c.KbLanguage if lang in texts], title=shown.title, body=shown.body,
        set_status=c.TicketStatus(macro.set_status) if macro.set_status else None,
        set_category=c.Category(macro.set_category) if macro.set_category else None,
        add_tags=macro.add_tags or [], kb_article_id=macro.kb_article_id, kb_url=kb_url,
        updated_at=macro.updated_at, updated_by_name=names.get(macro.updated_by, ""), version=macro.version)


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    return dict(session.execute(select(Agent.id, Agent.display_name).where(Agent.id.in_(ids))).all())


def _detail(session: Session, settings: Settings, macro: Macro) -> c.MacroDetail:
    texts = _texts(session, [macro.id])[macro.id]
    out = _out(session, settings, macro, texts, c.KbLanguage.en, _names(session, {macro.updated_by}))
    return c.MacroDetail(**out.model_dump(), texts=[
        c.MacroTextOut(language=lang, title=texts[lang].title, body=texts[lang].body)
        for lang in c.KbLanguage if lang in texts])


@router.get("/macros", response_model=c.MacroList)
def list_macros(session: DbSession, caller: CurrentCaller, settings: AppSettings,
                language: c.KbLanguage = c.KbLanguage.en) -> c.MacroList:
    """Every macro in the version closest to `language` (`fallback` says when it is not that language)."""
    macros = list(session.scalars(select(Macro).order_by(Macro.name, Macro.id).limit(500)))
    texts = _texts(session, [m.id for m in macros])
    names = _names(session, {m.updated_by for m in macros})
    return c.MacroList(items=[_out(session, settings, m, texts[m.id], language, names)
                              for m in macros if texts[m.id]])


@router.get("/macros/{macro_id}", response_model=c.MacroDetail)
def get_macro(macro_id: PathId, session: DbSession, caller: CurrentCaller, settings: AppSettings) -> c.MacroDetail:
    macro = session.get(Macro, macro_id)
    if macro is None:
        raise not_found("Macro")
    return _detail(session, settings, macro)


def _check(session: Session, body: c.MacroWrite) -> None:
    languages = [t.language for t in body.texts]
    if len(set(languages)) != len(languages):
        raise ApiError(422, c.ErrorCode.validation_error, "Each language may have one text only", "texts")
    if c.KbLanguage.en not in languages:
        raise ApiError(422, c.ErrorCode.validation_error, "An English text is required (the fallback)", "texts")
    if body.kb_article_id is not None and session.get(KbArticle, body.kb_article_id) is None:
        raise ApiError(422, c.ErrorCode.validation_error, "No such article", "kb_article_id")
    for number, text in enumerate(body.texts):  # a placeholder no one fills would reach customers as written
        left = [name for name in placeholders.unknown(text.body) if name != "kb_link"]
        if left:
            raise ApiError(422, c.ErrorCode.unknown_placeholder,
                           f"{{{left[0]}}} is not a placeholder the desk fills in", f"texts.{number}.body")


def _write(session: Session, macro: Macro, body: c.MacroWrite, agent_id: int) -> None:
    macro.name, macro.kb_article_id = body.name, body.kb_article_id
    macro.set_status = body.set_status.value if body.set_status else None
    macro.set_category = body.set_category.value if body.set_category else None
    macro.add_tags = list(dict.fromkeys(body.add_tags))
    macro.updated_by, macro.updated_at = agent_id, utcnow()
    session.flush()
    session.execute(delete(MacroTranslation).where(MacroTranslation.macro_id == macro.id))
    session.add_all(MacroTranslation(macro_id=macro.id, language=t.language.value, title=t.title, body=t.body)
                    for t in body.texts)
    session.flush()


@router.post("/macros", response_model=c.MacroDetail, status_code=201)
def create_macro(body: c.MacroWrite, session: DbSession, caller: CurrentCaller,
                 settings: AppSettings) -> c.MacroDetail:
    require(caller, *MANAGERS)
    _check(session, body)
    macro = Macro(name=body.name, updated_by=caller.agent.id, version=1)
    session.add(macro)
    _write(session, macro, body, caller.agent.id)
    audit.append(session, caller.actor, "macro.created", details={"macro_id": macro.id, "name": macro.name})
    session.commit()
    return _detail(session, settings, macro)


@router.put("/macros/{macro_id}", response_model=c.MacroDetail)
def replace_macro(macro_id: PathId, body: c.MacroWrite, session: DbSession, caller: CurrentCaller,
                  settings: AppSettings) -> c.MacroDetail:
    """Replaces the macro; with `version`, only the version the supervisor edited (else 409)."""
    require(caller, *MANAGERS)
    macro = session.get(Macro, macro_id)
    if macro is None:
        raise not_found("Macro")
    if body.version is not None and body.version != macro.version:
        raise conflict(c.ErrorCode.version_conflict, "Someone else changed this macro since you opened it")
    _check(session, body)
    seen = macro.version
    bumped = session.execute(update(Macro).where(Macro.id == macro_id, Macro.version == seen)
                             .values(version=seen + 1).execution_options(synchronize_session=False))
    if bumped.rowcount != 1:  # another supervisor saved between our read and our write
        session.rollback()
        raise conflict(c.ErrorCode.version_conflict, "Someone else changed this macro since you opened it")
    macro.version = seen + 1
    _write(session, macro, body, caller.agent.id)
    audit.append(session, caller.actor, "macro.updated", details={"macro_id": macro.id, "name": macro.name})
    session.commit()
    return _detail(session, settings, macro)


@router.delete("/macros/{macro_id}", status_code=204, response_class=Response)
def delete_macro(macro_id: PathId, session: DbSession, caller: CurrentCaller) -> Response:
    require(caller, *MANAGERS)
    macro = session.get(Macro, macro_id)
    if macro is None:
        raise not_found("Macro")
    name = macro.name
    session.execute(delete(MacroTranslation).where(MacroTranslation.macro_id == macro_id))
    session.delete(macro)
    audit.append(session, caller.actor, "macro.deleted", details={"macro_id": macro_id, "name": name})
    session.commit()
    return Response(status_code=204)
