"""The audit stage: syndication policy, and findings for every article derived from a wire story."""

from __future__ import annotations

from .findings import AuditReport, Finding, audit, findings_to_json
from .policy import Policy, default_policy, load_policy, parse_policy

__all__ = [
    "AuditReport",
    "Finding",
    "Policy",
    "audit",
    "default_policy",
    "findings_to_json",
    "load_policy",
    "parse_policy",
]
