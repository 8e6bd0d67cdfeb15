"""The survey service's shared secrets (table ``phone_form_secret``): one row per form
that several service processes serve alike. The values are made by the caller."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from philosophy_studio.persistence.tables import PhoneFormSecretRow


def secret_of(session: Session, scope: str) -> PhoneFormSecretRow | None:
    return session.get(PhoneFormSecretRow, scope)


def add_secret(
    session: Session,
    scope: str,
    workshop_id: int | None,
    *,
    token: str,
    mount: str,
    join_code: str,
    signing_key: str,
) -> None:
    """A new form's secrets. Two processes adding the same scope at once: the primary
    key lets one in, and the other reads that one's (IntegrityError)."""
    session.add(
        PhoneFormSecretRow(
            scope=scope,
            workshop_id=workshop_id,
            token=token,
            mount=mount,
            join_code=join_code,
            signing_key=signing_key,
        )
    )
    session.flush()


def join_code_of(session: Session, scope: str) -> str | None:
    return session.scalar(select(PhoneFormSecretRow.join_code).where(PhoneFormSecretRow.scope == scope))


def replace_join_code(session: Session, scope: str, old: str, new: str) -> None:
    """``new`` in place of ``old``, unless another process replaced ``old`` first."""
    session.execute(
        update(PhoneFormSecretRow)
        .where(PhoneFormSecretRow.scope == scope, PhoneFormSecretRow.join_code == old)
        .values(join_code=new)
    )


def set_links(session: Session, scope: str, link: str, join_link: str) -> None:
    """Where the form ``scope`` is served now (the last process to start says)."""
    session.execute(
        update(PhoneFormSecretRow)
        .where(PhoneFormSecretRow.scope == scope)
        .values(link=link[:400], join_link=join_link[:400])
    )


def served_forms(session: Session, workshop_id: int) -> list[PhoneFormSecretRow]:
    """The forms of ``workshop_id`` a service serves (or served), by scope."""
    found = select(PhoneFormSecretRow).where(
        PhoneFormSecretRow.workshop_id == workshop_id, PhoneFormSecretRow.link.is_not(None)
    )
    return sorted(session.scalars(found), key=lambda row: row.scope)
