"""The LinkedIn URL reader: a personal profile link, normalised, or why a link is not one."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from server.interview.readers.message import Finding, Message
from server.interview.spec import FieldSpec
from server.interview.text import find_emails, find_urls, fold

_LINKEDIN_HOST = re.compile(r"^(?:[a-z0-9-]+\.)*linkedin\.com$")
_SLUG = re.compile(r"^[\w%.-]{2,100}$", re.UNICODE)
_LINKEDIN_PAGES = {
    "company": "that is a company page, not a personal profile",
    "school": "that is a school page, not a personal profile",
    "showcase": "that is a company showcase page, not a personal profile",
    "posts": "that is a link to a post, not to your profile",
    "feed": "that is a link to a post, not to your profile",
    "pulse": "that is a link to an article, not to your profile",
    "jobs": "that is a job listing, not your profile",
    "groups": "that is a group page, not your profile",
    "events": "that is an event page, not your profile",
}


def normalise_linkedin(url: str) -> tuple[str | None, str | None]:
    """``(normalised profile URL, None)`` or ``(None, reason it is not a profile URL)``."""
    raw = url.strip()
    if EMAIL := find_emails(raw):
        return None, f"{EMAIL[0]} is an e-mail address, not a LinkedIn profile link"
    if "://" not in raw:
        raw = "https://" + raw
    parts = urlsplit(raw)
    host = (parts.hostname or "").casefold()
    if host in {"lnkd.in", "linked.in"}:
        return None, "that is a shortened link; please paste the full profile address"
    if not _LINKEDIN_HOST.match(host):
        site = host.removeprefix("www.") or "that"
        return None, f"{site} is not LinkedIn; I need a linkedin.com/in/ profile link"
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return None, "that is LinkedIn's home page, not your profile"
    head = segments[0].casefold()
    if head in _LINKEDIN_PAGES:
        return None, _LINKEDIN_PAGES[head]
    if head != "in":
        return None, "that is not a profile link (those look like linkedin.com/in/your-name)"
    if len(segments) < 2:
        return None, "the link stops before the profile name"
    slug = unquote(segments[1])
    if not _SLUG.match(slug):
        return None, "the profile name in that link does not look right"
    return f"https://www.linkedin.com/in/{segments[1]}", None


def read_linkedin(spec: FieldSpec, msg: Message) -> list[Finding]:
    findings: list[Finding] = []
    about_it = msg.is_asked(spec) or "linkedin" in fold(msg.text)
    for sentence in msg.sentences:
        for url in find_urls(sentence):
            value, reason = normalise_linkedin(url)
            if value:
                findings.append(Finding("answered", value, sentence))
            elif "linkedin" in url.casefold() or "lnkd.in" in url.casefold() or about_it:
                findings.append(Finding("invalid", None, sentence, reason))
        for email in find_emails(sentence):
            if about_it:
                findings.append(
                    Finding(
                        "invalid",
                        None,
                        sentence,
                        f"{email} is an e-mail address, not a LinkedIn profile link",
                    )
                )
    if not findings:
        for sentence in msg.sentences:
            if re.search(r"\blinked\s?in\b", sentence, re.IGNORECASE):
                findings.append(
                    Finding("vague", None, sentence, "I need the link to the profile itself")
                )
                break
    return findings
