"""Untrusted text made safe to show: plain text only, invisible and direction-changing characters
made visible, very long text cut."""

from __future__ import annotations

import html
import unicodedata

# Characters that reorder or hide text: shown as a visible marker instead of taking effect.
_BIDI = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C}
_INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD}
MAX_SHOWN = 20_000
MAX_COMBINING = 4


def safe(text: str, limit: int = MAX_SHOWN, keep_newlines: bool = True) -> str:
    """The text as a reader should see it: no control characters, no hidden reordering."""
    if text.isascii() and text.isprintable():  # nothing to make visible or drop: only the cut (#7: fast)
        return text[:limit] + "…" if len(text) > limit else text
    out: list[str] = []
    combining = 0
    for ch in text[: limit * 2]:
        code = ord(ch)
        if code in _BIDI or code in _INVISIBLE:
            out.append(f"⟨U+{code:04X}⟩")
            combining = 0
            continue
        if ch in "\n\t" and keep_newlines:
            out.append(ch)
            combining = 0
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf", "Cs", "Co", "Cn") and ch not in "\n\t":
            out.append("�" if category != "Cf" else f"⟨U+{code:04X}⟩")
            continue
        if category.startswith("M"):
            combining += 1
            if combining > MAX_COMBINING:
                continue  # "zalgo" stacks: keep a few marks, drop the tower
        else:
            combining = 0
        out.append(ch)
    shown = "".join(out)
    if len(shown) > limit:
        shown = shown[:limit] + "…"
    elif len(text) > limit * 2:  # cut before the loop (a tower of dropped marks can hide that)
        shown += "…"
    return shown


def one_line(text: str, limit: int = 200) -> str:
    return safe(text.replace("\r", " ").replace("\n", " "), limit, keep_newlines=False)


def isolated(text: str) -> str:
    """Made-safe text wrapped in a Unicode isolate (FSI … PDI): an Arabic name beside a Latin id or a tx hash
    keeps its own direction without reordering the words around it. Only for text already made safe, whose
    own direction marks are visible markers by then."""
    return f"\u2068{text}\u2069"


def tooltip(text: str, limit: int = 2000) -> str:
    """Untrusted text for a tooltip, which Qt renders as rich text whenever it guesses so ("<img src=…>"):
    made safe, escaped and wrapped, it always shows as the plain text it is."""
    return "<qt>" + html.escape(safe(text, limit)).replace("\n", "<br>") + "</qt>"


class Formatted(str):
    """Text the desk formatted itself (a date or number in the agent's locale), shown as it is: Arabic dates
    carry right-to-left marks that `safe()` would make visible, as it must for untrusted text."""
