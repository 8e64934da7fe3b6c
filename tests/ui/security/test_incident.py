"""The incident record dialog against the real service: the timeline, the PDF read back as text, the
Markdown table, customer text that stays literal text, the UI language, and who gets the button."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from desk_app.contract import API_PREFIX, IncidentEntry
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.language import Languages
from desk_app.ui.common.numbers import format_amount
from desk_app.ui.customer.panel import CustomerPanel
from desk_app.ui.security import incident_export
from desk_app.ui.security.incident import IncidentDialog
from desk_app.ui.security.incident_export import escape_markdown
from tests.helpers import INTEGRATION_KEY
from tests.ui.security.desks import DemoCustomers, Desks, wait_dialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

HOSTILE = "| ** <b>x</b> [a](javascript:alert(1))"
SIGNALS_IN_ORDER = ["New device", "Password reset", "New withdrawal address", "Large withdrawal"]


@pytest.fixture(scope="module")
def takeover(desks: Desks, customers: DemoCustomers) -> tuple[int, int]:
    """The main takeover customer and ticket, with a customer message that looks like markup."""
    profile, ticket = customers.takeover["ko"]
    requests.post(
        f"{desks.url}{API_PREFIX}/inbound/messages",
        headers={"X-Integration-Key": INTEGRATION_KEY},
        timeout=30,
        json={
            "channel": "email",
            "customer_id": profile.id,
            "ticket_id": ticket,
            "language": "ko",
            "subject": "follow-up",
            "body": HOSTILE,
        },
    ).raise_for_status()
    return profile.id, ticket


def open_dialog(qtbot: QtBot, ctx: DeskContext, customer_id: int) -> IncidentDialog:
    dialog = IncidentDialog(ctx, customer_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    return dialog


def cells(dialog: IncidentDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def flat(text: str) -> str:
    return " ".join(text.split())


def positions(text: str, needles: list[str]) -> list[int]:
    found = [text.find(needle) for needle in needles]
    assert -1 not in found, [n for n, at in zip(needles, found, strict=True) if at < 0]
    return found


def test_the_dialog_shows_the_timeline(
    qtbot: QtBot, qtmodeltester: object, desks: Desks, takeover: tuple[int, int]
) -> None:
    customer_id, _ = takeover
    dialog = open_dialog(qtbot, desks("secops1"), customer_id)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert dialog.record is not None and dialog.model.rowCount() == len(dialog.record.entries) >= 7
    events = cells(dialog, 1)
    assert [e for e in events if e.startswith("Risk signal")][:5] == [
        "Risk signal: New device",
        "Risk signal: Password reset",
        "Risk signal: 2FA changed",
        "Risk signal: New withdrawal address",
        "Risk signal: Large withdrawal",
    ]
    assert f"#{customer_id}" in dialog.heading.text() and "•" in dialog.heading.text()
    assert dialog.note.isVisible() and "takeover" in dialog.note.text()
    assert any(HOSTILE in detail for detail in cells(dialog, 3)), "customer text is shown as it is"
    assert dialog.table.view.accessibleName() == "Timeline"
    assert dialog.pdf_button.isEnabled() and dialog.markdown_button.isEnabled()
    assert dialog.days.accessibleName() and dialog.pdf_button.text() == "Export &PDF…"


def test_the_pdf_reads_back_with_the_timeline_in_order(
    qtbot: QtBot, desks: Desks, takeover: tuple[int, int], tmp_path: Path
) -> None:
    customer_id, _ = takeover
    dialog = open_dialog(qtbot, desks("secops1"), customer_id)
    path = tmp_path / "incident.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as written:
        dialog.export_pdf(path)
    assert written.args == [str(path)]
    reader = PdfReader(path)
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842), "A4 in points"
    assert reader.metadata is not None and reader.metadata.title == f"Incident record — customer #{customer_id}"
    text = flat("\n".join(page.extract_text() for page in reader.pages))
    title = text.find(f"Incident record — customer #{customer_id}")
    assert title == 0, text[:200]
    for needle in ("Generated:", "by secops1", "Account now: Active", "Account-takeover pattern"):
        assert needle in text
    order = positions(text, [f"Risk signal: {name}" for name in SIGNALS_IN_ORDER] + ["Customer message", HOSTILE])
    assert order == sorted(order), text
    assert "Ticket #" in text and "Time Event Actor Detail" in text


def test_the_markdown_has_the_table_and_keeps_customer_text_literal(
    qtbot: QtBot, desks: Desks, takeover: tuple[int, int], tmp_path: Path
) -> None:
    customer_id, _ = takeover
    dialog = open_dialog(qtbot, desks("secops1"), customer_id)
    path = tmp_path / "incident.md"
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_markdown(path)
    markdown = path.read_text(encoding="utf-8")
    assert markdown.startswith(f"# Incident record — customer #{customer_id}\n")
    lines = markdown.splitlines()
    header = lines.index("| Time | Event | Actor | Detail |")
    rows = [line for line in lines[header + 2 :] if line.startswith("| ")]
    assert lines[header + 1] == "|---|---|---|---|"
    assert len(rows) == dialog.model.rowCount()
    order = positions(markdown, [f"| Risk signal: {name} |" for name in SIGNALS_IN_ORDER])
    assert order == sorted(order)
    assert "\\| \\*\\* \\<b\\>x\\</b\\> \\[a\\](javascript:alert(1))" in rows[-1]

    rendered = QTextDocument()
    rendered.setMarkdown(markdown)
    assert HOSTILE in rendered.toPlainText(), "a Markdown reader shows the customer's text literally"
    assert "href" not in rendered.toHtml() and "javascript" not in rendered.toHtml().split("<body")[0]
    table = rendered.rootFrame().childFrames()
    assert table, "the timeline is a table"
    assert table[0].rows() == dialog.model.rowCount() + 1 and table[0].columns() == 4  # type: ignore[attr-defined]


class Shouting(QTranslator):
    """A stand-in translation: every string of the incident record, upper case."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if context in ("IncidentExport", "IncidentWording", "IncidentDialog"):
            return source.upper().replace("%N", "%n")
        return None  # not translated here: Qt falls back to the source text

    def isEmpty(self) -> bool:  # noqa: N802  (Qt's name) an empty translator is skipped
        return False


def test_the_record_follows_the_ui_language(
    qtbot: QtBot, desks: Desks, takeover: tuple[int, int], tmp_path: Path
) -> None:
    customer_id, _ = takeover
    dialog = open_dialog(qtbot, desks("secops1"), customer_id)
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: dialog.pdf_button.text() == "EXPORT &PDF…", timeout=3000)
        assert cells(dialog, 1)[0] == "RISK SIGNAL: New device", "the signal names come from the security wording"
        path = tmp_path / "shouting.md"
        with qtbot.waitSignal(dialog.exported, timeout=10_000):
            dialog.export_markdown(path)
        markdown = path.read_text(encoding="utf-8")
        assert markdown.startswith(f"# INCIDENT RECORD — CUSTOMER #{customer_id}")
        assert "| TIME | EVENT | ACTOR | DETAIL |" in markdown
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: dialog.pdf_button.text() == "Export &PDF…", timeout=3000)


def test_an_unwritable_path_is_reported(qtbot: QtBot, desks: Desks, takeover: tuple[int, int], tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, desks("secops1"), takeover[0])
    with qtbot.waitSignal(dialog.export_failed, timeout=10_000) as failed:
        dialog.export_markdown(tmp_path / "no such folder" / "incident.md")
    assert "Could not save the file" in failed.args[0] and dialog.status.text() == failed.args[0]
    assert dialog.markdown_button.isEnabled()


def test_security_roles_get_the_button_and_agents_do_not(qtbot: QtBot, desks: Desks, takeover: tuple[int, int]) -> None:
    customer_id, ticket_id = takeover
    agent_panel = CustomerPanel(desks("agent1"), customer_id, ticket_id)
    qtbot.addWidget(agent_panel)
    assert agent_panel.incident_button is None
    panel = CustomerPanel(desks("secops1"), customer_id, ticket_id)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.incident_button is not None and panel.incident_button.text() == "&Incident record…"
    panel.incident_button.click()
    dialog = wait_dialog(qtbot, IncidentDialog, panel)
    assert isinstance(dialog, IncidentDialog) and dialog.customer_id == customer_id
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    dialog.close()


# --- risk signals in the agent's language (worded from their codes, as the customer profile words them) -------

FSI, PDI = "\u2068", "\u2069"
SPANISH_STATUS = {"pending": "Pendiente", "processing": "En proceso", "completed": "Completado", "failed": "Fallido",
                  "cancelled": "Cancelado", "rejected": "Rechazado"}
SPANISH_FIXED = {
    "password_reset_email": "Contraseña restablecida con el enlace del correo",
    "twofa_enabled_app": "2FA activada (app de autenticación)",
    "twofa_device_changed": "2FA trasladada a otro dispositivo",
    "twofa_disabled": "2FA desactivada",
    "authenticator_rebound": "Autenticador vinculado a un nuevo dispositivo",
    "email_changed": "Correo electrónico cambiado",
}
CLUSTER_ES = "Forma parte de un grupo de señales en 24 horas"


def plain(text: str) -> str:
    """Without the Unicode isolates around values (which read as nothing)."""
    return text.replace(FSI, "").replace(PDI, "")


def squeezed(text: str) -> str:
    """Without any white space: pypdf reads an isolate in a line as a gap, or as none."""
    return "".join(plain(text).split())


def spanish_detail(entry: IncidentEntry) -> str:
    """What a Spanish-speaking agent reads for a signal, from the es catalogue's words."""
    code, p = entry.details["detail_code"], entry.details["detail_params"]
    if code == "new_device":
        return f"{p['device']} · desde {p['country']} · IP {p['ip']}"
    if code == "new_withdrawal_address":
        return f"Dirección de {p['asset']}: {p['address']}"
    if code == "large_withdrawal":
        usd = format_amount(str(int(p["usd_value"])))
        return (f"{format_amount(p['amount'])} {p['asset']} (unos {usd} dólares estadounidenses), "
                f"{SPANISH_STATUS[p['status']]}")
    if code == "twofa_reset_by_desk":
        return f"2FA restablecida por el equipo de seguridad (solicitud #{p['request_id']})"
    return SPANISH_FIXED[code]


def test_risk_signals_read_in_the_agents_language_everywhere(
    qtbot: QtBot, desks: Desks, takeover: tuple[int, int], tmp_path: Path, languages: Languages
) -> None:
    customer_id, _ = takeover
    languages.apply("es")
    dialog = open_dialog(qtbot, desks("secops1"), customer_id)
    assert dialog.record is not None
    signals = [(row, e) for row, e in enumerate(dialog.record.entries) if e.kind.startswith("signal.")]
    codes = {e.details["detail_code"] for _, e in signals}
    assert {"new_device", "new_withdrawal_address", "large_withdrawal"} <= codes, codes
    details = cells(dialog, 3)
    expected: list[str] = []
    for row, entry in signals:
        words = spanish_detail(entry) + (f" · {CLUSTER_ES}" if entry.details["clustered"] else "")
        expected.append(words)
        assert plain(details[row]) == words, (entry.details, details[row])
        assert entry.details["detail"] not in details[row]  # the service's English text is not what they read
        assert "⟨U+" not in details[row]  # the isolates around values are kept, not shown as markers
    assert all("⟨U+" not in stamp for stamp in cells(dialog, 0))
    large = next(spanish_detail(e) for _, e in signals if e.details["detail_code"] == "large_withdrawal")
    assert "dólares estadounidenses" in large and large.rsplit(", ", 1)[1] in SPANISH_STATUS.values()  # its status

    markdown_path, pdf_path = tmp_path / "registro.md", tmp_path / "registro.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_markdown(markdown_path)
    markdown = plain(markdown_path.read_text(encoding="utf-8"))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_pdf(pdf_path)
    pdf = squeezed("\n".join(page.extract_text() for page in PdfReader(pdf_path).pages))
    assert pdf.startswith(squeezed(f"Expediente del incidente — cliente #{customer_id}")), pdf[:200]
    for words, (_, entry) in zip(expected, signals, strict=True):
        assert f"| {escape_markdown(words)} |" in markdown, words
        assert squeezed(spanish_detail(entry)) in pdf, words  # the PDF puts the cluster note on a line of its own
        assert squeezed(entry.details["detail"]) not in pdf, entry.details["detail"]
    assert squeezed(CLUSTER_ES) in pdf and "⟨U+" not in markdown and "U+" not in pdf


def test_an_arabic_record_reads_right_to_left(
    qtbot: QtBot, desks: Desks, takeover: tuple[int, int], tmp_path: Path, languages: Languages
) -> None:
    """A sentence of ours that starts with a Latin value (a device name) still reads right to left in the PDF."""
    languages.apply("ar")
    dialog = open_dialog(qtbot, desks("secops1"), takeover[0])
    assert dialog.record is not None
    device = next(e for e in dialog.record.entries if e.details.get("detail_code") == "new_device")
    document = incident_export.build_document(dialog.record)
    block, found = document.begin(), []
    while block.isValid():
        if device.details["detail_params"]["device"] in block.text():
            found.append(block)
        block = block.next()
    assert found and all(b.textDirection() == Qt.LayoutDirection.RightToLeft for b in found)
    assert found[0].text().startswith(FSI) and "عنوان IP" in found[0].text()  # the Arabic catalogue's words
    facts = [value for _, value in incident_export.facts(dialog.record)]
    assert "\u200f" in facts[1] and "⟨U+" not in "".join(facts)  # the Arabic date's own marks, not markers
    path = tmp_path / "سجل.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_pdf(path)
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "U+200F" not in text and "U+2068" not in text
