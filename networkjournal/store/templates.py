"""Note templates: the start of an entry's notes and its kind (supervision, study session …)."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from networkjournal.store.db import write
from networkjournal.store.errors import ValidationError
from networkjournal.store.schema import NoteTemplate, tuples


@dataclass(frozen=True)
class TemplateInfo:
    """A template as the log dialog offers it."""

    id: int
    name: str
    kind: str
    body: str
    position: int


def list_templates() -> list[TemplateInfo]:
    """Return the templates in the user's order."""
    query = NoteTemplate.select(
        NoteTemplate.id,
        NoteTemplate.name,
        NoteTemplate.kind,
        NoteTemplate.body,
        NoteTemplate.position,
    ).order_by(NoteTemplate.position, NoteTemplate.id)
    return [TemplateInfo(*row) for row in tuples(query)]


def _clean(name: str, kind: str, exclude_id: int | None = None) -> str:
    from networkjournal.store.journal import KINDS

    name = " ".join(name.split())
    if not name:
        raise ValidationError("name", "a template needs a name")
    if kind not in KINDS:
        raise ValidationError("kind", f"{kind!r} is not a kind of entry")
    others = [t.name.casefold() for t in list_templates() if t.id != exclude_id]
    if name.casefold() in others:
        raise ValidationError("name", f"there is already a template called {name!r}")
    return name


def create_template(name: str, kind: str, body: str) -> int:
    """Add a template at the end of the list; return its id."""
    with write():
        name = _clean(name, kind)
        last = NoteTemplate.select(fn.MAX(NoteTemplate.position)).scalar()
        position = 0 if last is None else last + 1
        return int(
            NoteTemplate.insert(name=name, kind=kind, body=body, position=position).execute()
        )


def update_template(template_id: int, name: str, kind: str, body: str) -> None:
    """Change a template's name, kind and body."""
    with write():
        name = _clean(name, kind, exclude_id=template_id)
        NoteTemplate.update(name=name, kind=kind, body=body).where(
            NoteTemplate.id == template_id
        ).execute()


def delete_template(template_id: int) -> TemplateInfo:
    """Delete a template; return it, for undo.  Entries made from it keep their notes."""
    with write():
        info = next((t for t in list_templates() if t.id == template_id), None)
        if info is None:
            raise LookupError(f"there is no template {template_id}")
        NoteTemplate.delete_by_id(template_id)
        return info


def restore_template(info: TemplateInfo) -> None:
    """Bring back a deleted template under its id and place."""
    with write():
        NoteTemplate.insert(
            id=info.id, name=info.name, kind=info.kind, body=info.body, position=info.position
        ).execute()
