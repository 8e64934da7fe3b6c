"""Typed calls for answering well and fast (#9): knowledge base, macros, escalations to engineering.

`AnswerCalls` is mixed into `ApiClient`; it uses only `BaseClient._call`. `reply_to_linked` answers every
ticket linked to an escalation, each with a normal reply and an Idempotency-Key of its own.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass

from desk_app.client.base import BaseClient, build_request
from desk_app.client.errors import ApiError
from desk_app.client.transport import IDEMPOTENCY_HEADER
from desk_app.contract import (
    AttachmentUpload,
    Category,
    EscalationAttachmentOut,
    EscalationCreate,
    EscalationLink,
    EscalationList,
    EscalationOut,
    KbArticle,
    KbArticleList,
    KbLanguage,
    KbSuggestions,
    MacroDetail,
    MacroList,
    MacroOut,
    MacroWrite,
    MessageCreate,
    MessageOut,
)


class AnswerCalls(BaseClient):
    """Knowledge base, macros and escalations."""

    def kb_search(self, q: str = "", language: KbLanguage = KbLanguage.en, category: Category | None = None,
                  limit: int = 20) -> KbArticleList:
        params: dict[str, str | int] = {"language": language.value, "limit": limit}
        if q.strip():
            params["q"] = q.strip()
        if category is not None:
            params["category"] = category.value
        return self._call("GET", "/kb/articles", KbArticleList, params=params)

    def kb_article(self, article_id: int, language: KbLanguage = KbLanguage.en) -> KbArticle:
        return self._call("GET", f"/kb/articles/{int(article_id)}", KbArticle, params={"language": language.value})

    def kb_suggestions(self, ticket_id: int, limit: int = 8) -> KbSuggestions:
        return self._call("GET", "/kb/suggestions", KbSuggestions, params={"ticket_id": int(ticket_id),
                                                                          "limit": limit})

    def macros(self, language: KbLanguage = KbLanguage.en) -> list[MacroOut]:
        return self._call("GET", "/macros", MacroList, params={"language": language.value}).items

    def macro(self, macro_id: int) -> MacroDetail:
        return self._call("GET", f"/macros/{int(macro_id)}", MacroDetail)

    def create_macro(self, macro: MacroWrite) -> MacroDetail:
        return self._call("POST", "/macros", MacroDetail, body=macro)

    def replace_macro(self, macro_id: int, macro: MacroWrite) -> MacroDetail:
        """A stale `macro.version` raises `Conflict`."""
        return self._call("PUT", f"/macros/{int(macro_id)}", MacroDetail, body=macro)

    def delete_macro(self, macro_id: int) -> None:
        self._send("DELETE", f"/macros/{int(macro_id)}").close()

    def escalate(self, escalation: EscalationCreate) -> EscalationOut:
        return self._call("POST", "/escalations", EscalationOut, body=escalation)

    def escalations(self, ticket_id: int | None = None) -> list[EscalationOut]:
        params = {"ticket_id": int(ticket_id)} if ticket_id is not None else None
        return self._call("GET", "/escalations", EscalationList, params=params).items

    def escalation(self, escalation_id: int) -> EscalationOut:
        return self._call("GET", f"/escalations/{int(escalation_id)}", EscalationOut)

    def link_to_escalation(self, escalation_id: int, ticket_id: int) -> EscalationOut:
        body = build_request(EscalationLink, ticket_id=ticket_id)
        return self._call("POST", f"/escalations/{int(escalation_id)}/tickets", EscalationOut, body=body)

    def attach_to_escalation(self, escalation_id: int, filename: str, data: bytes) -> EscalationAttachmentOut:
        body = build_request(AttachmentUpload, filename=filename, content_base64=base64.b64encode(data).decode())
        return self._call("POST", f"/escalations/{int(escalation_id)}/attachments", EscalationAttachmentOut,
                          body=body)


@dataclass
class ReplyOutcome:
    """What happened to one linked ticket's reply."""

    ticket_id: int
    message: MessageOut | None
    error: ApiError | None


def reply_to_linked(client: AnswerCalls, ticket_ids: list[int], body_for: Callable[[int], str],
                    key_prefix: str) -> list[ReplyOutcome]:
    """One normal reply per linked ticket (`body_for(ticket_id)` writes it, e.g. a macro in that customer's
    language), each with the key `<key_prefix>-<ticket id>`: sending again with the same prefix (after a
    failure half-way) posts only the replies that had not landed."""
    outcomes = []
    for ticket_id in ticket_ids:
        key = f"{key_prefix}-{ticket_id}"[:100]
        try:
            message = client._call("POST", f"/tickets/{int(ticket_id)}/messages", MessageOut,
                                   body=MessageCreate(body=body_for(ticket_id), internal=False),
                                   headers={IDEMPOTENCY_HEADER: key})
        except ApiError as exc:
            outcomes.append(ReplyOutcome(ticket_id, None, exc))
        else:
            outcomes.append(ReplyOutcome(ticket_id, message, None))
    return outcomes


# --- macros ---------------------------------------------------------------------------------------

CUSTOMER_NAME = "{customer_name}"  # left in the text: agents never see the name; the service fills it in


@dataclass(frozen=True)
class FilledMacro:
    """A macro ready to insert: its text with the placeholders filled, and what else it changes."""

    text: str
    language: KbLanguage
    fallback: bool  # not in the customer's language: the agent is told
    keeps_customer_name: bool  # the text still holds {customer_name}


def fill_macro(macro: MacroOut, *, ticket_id: int, agent_name: str) -> FilledMacro:
    """Fills {ticket_id}, {agent_name} and {kb_link}; {customer_name} stays for the service to fill, since
    the desk shows agents only a masked name. Unknown braces are left as they are (no str.format)."""
    text = macro.body.replace("{ticket_id}", str(int(ticket_id))).replace("{agent_name}", agent_name)
    text = text.replace("{kb_link}", macro.kb_url or "")
    return FilledMacro(text, macro.language, macro.fallback, CUSTOMER_NAME in text)
