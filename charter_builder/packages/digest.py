"""Fingerprints of a package's context and base: how a merge recognises outdated or altered packages."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import BaseModel


def _canonical(data: Any) -> bytes:
    # The same canonical form the charter fingerprint uses: sorted keys, no whitespace, UTF-8.
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sha256_of(model: BaseModel) -> str:
    """Return the SHA-256 (hex) of a model's canonical JSON."""
    return hashlib.sha256(_canonical(model.model_dump(mode="json"))).hexdigest()


def integrity_hash(
    charter_id: str, charter_version: int, partner_id: str, base: BaseModel, context_fingerprint: str
) -> str:
    """Return the checksum that ties a package's base and context to its charter and partner."""
    payload = {
        "charter_id": charter_id,
        "charter_version": charter_version,
        "partner_id": partner_id,
        "base": base.model_dump(mode="json"),
        "context_fingerprint": context_fingerprint,
    }
    return hashlib.sha256(_canonical(payload)).hexdigest()
