# ruff: noqa: E501  (a table of candidate messages, one case a line)
"""The deterministic reading of one message: statuses per field for many phrasings.

Each row is (field just asked, message, the status of every field the message speaks to).
The phrasings are this project's own, written to cover how people refuse, say no, stay
vague, give invalid values or answer in passing; none is taken from the evaluation sets.
"""

from __future__ import annotations

import pytest

from server.interview.default_job import DEFAULT_JOB
from server.interview.understand import read_message

ROWS = [
    ("linkedin_url", "I don't share my social media with recruiters", {"linkedin_url": "declined"}),
    ("linkedin_url", "I'll share it once I get the job", {"linkedin_url": "declined"}),
    ("linkedin_url", "not at this stage, sorry", {"linkedin_url": "declined"}),
    ("linkedin_url", "Rather not.", {"linkedin_url": "declined"}),
    ("weekly_hours", "I'd rather not commit to a number right now", {"weekly_hours": "declined"}),
    ("years_experience", "no comment", {"years_experience": "declined"}),
    ("years_experience", "I'm not willing to disclose that", {"years_experience": "declined"}),
    (
        "ai_training_experience",
        "I can't talk about my clients, confidentiality agreements",
        {"ai_training_experience": "declined"},
    ),
    (
        None,
        "I'm happy to answer your questions but I won't give you my LinkedIn",
        {"linkedin_url": "declined"},
    ),
    ("weekly_hours", "that's personal", {"weekly_hours": "declined"}),
    ("years_experience", "Pass.", {"years_experience": "declined"}),
    ("linkedin_url", "I'd prefer not to, thanks", {"linkedin_url": "declined"}),
    ("linkedin_url", "I'm not giving that out", {"linkedin_url": "declined"}),
    (
        "ai_training_experience",
        "I'd rather keep my previous clients confidential",
        {"ai_training_experience": "declined"},
    ),
    ("weekly_hours", "I don't want to commit to specific hours", {"weekly_hours": "declined"}),
    ("linkedin_url", "no, I don't want to share it", {"linkedin_url": "declined"}),
    ("linkedin_url", "https://instagram.com/jane.doe", {"linkedin_url": "invalid"}),
    ("linkedin_url", "linkedin.com/in/", {"linkedin_url": "invalid"}),
    ("linkedin_url", "linkedin.com/jane-doe", {"linkedin_url": "invalid"}),
    (
        "linkedin_url",
        "https://www.linkedin.com/pulse/my-article-jane-doe",
        {"linkedin_url": "invalid"},
    ),
    ("linkedin_url", "https://janedoe.dev", {"linkedin_url": "invalid"}),
    ("linkedin_url", "my linkedin: janedoe@gmail.com", {"linkedin_url": "invalid"}),
    (
        None,
        "Here is my LinkedIn: https://www.xing.com/profile/Jane_Doe",
        {"linkedin_url": "invalid"},
    ),
    ("weekly_hours", "-10", {"weekly_hours": "invalid"}),
    ("weekly_hours", "1000", {"weekly_hours": "invalid"}),
    ("years_experience", "100 years", {"years_experience": "invalid"}),
    (None, "I can work 180 hours weekly", {"weekly_hours": "invalid"}),
    ("linkedin_url", "LinkedIn: Jane Doe", {"linkedin_url": "vague"}),
    ("linkedin_url", "my name on linkedin is Jane Doe", {"linkedin_url": "vague"}),
    ("weekly_hours", "24/7", {"weekly_hours": "vague"}),
    ("weekly_hours", "a few hours here and there", {"weekly_hours": "vague"}),
    ("weekly_hours", "not sure yet", {"weekly_hours": "vague"}),
    ("weekly_hours", "I'm available most days", {"weekly_hours": "vague"}),
    ("years_experience", "not that long", {"years_experience": "vague"}),
    ("years_experience", "some years", {"years_experience": "vague"}),
    ("ai_training_experience", "a couple of platforms", {"ai_training_experience": "vague"}),
    (
        "ai_training_experience",
        "various projects, mostly text",
        {"ai_training_experience": "vague"},
    ),
    (None, "I've done a lot of AI training work", {"ai_training_experience": "vague"}),
    ("linkedin_url", "I don't really use social media", {"linkedin_url": "none"}),
    ("linkedin_url", "no LinkedIn, sorry", {"linkedin_url": "none"}),
    ("linkedin_url", "Don't have it", {"linkedin_url": "none"}),
    ("linkedin_url", "I never created one", {"linkedin_url": "none"}),
    (
        "ai_training_experience",
        "I'm completely new to this kind of work",
        {"ai_training_experience": "none", "years_experience": "none"},
    ),
    (
        "years_experience",
        "none yet",
        {"ai_training_experience": "none", "years_experience": "none"},
    ),
    (
        None,
        "I don't have any experience in AI training or annotation",
        {"ai_training_experience": "none", "years_experience": "none"},
    ),
    (
        "ai_training_experience",
        "Nope",
        {"ai_training_experience": "none", "years_experience": "none"},
    ),
    (
        "ai_training_experience",
        "Not yet, but I'd love to learn",
        {"ai_training_experience": "none", "years_experience": "none"},
    ),
    (None, "Hello, I can dedicate 25-30 hours per week to this.", {"weekly_hours": "answered"}),
    (
        None,
        "I've spent the last 3 years labeling medical images for a startup.",
        {"years_experience": "answered", "ai_training_experience": "answered"},
    ),
    (
        None,
        "Hey! I've been an Outlier contributor for 8 months (mostly coding evals) and can put in ~15 hrs weekly.",
        {
            "years_experience": "answered",
            "ai_training_experience": "answered",
            "weekly_hours": "answered",
        },
    ),
    (
        "ai_training_experience",
        "Scale AI (Remotasks), mostly LiDAR annotation",
        {"ai_training_experience": "answered"},
    ),
    (
        "ai_training_experience",
        "I was a rater on the Google search project via Telus",
        {"ai_training_experience": "answered"},
    ),
    (
        "ai_training_experience",
        "audio transcription + translation on OneForma",
        {"ai_training_experience": "answered"},
    ),
    (
        "ai_training_experience",
        "RLHF for coding models, on Alignerr and micro1",
        {"ai_training_experience": "answered"},
    ),
    ("years_experience", "about 1 yr", {"years_experience": "answered"}),
    ("years_experience", "Almost three years.", {"years_experience": "answered"}),
    ("years_experience", "I started in 2022 so about 2 years", {"years_experience": "answered"}),
    ("years_experience", "1-2 years", {"years_experience": "answered"}),
    ("weekly_hours", "10 max", {"weekly_hours": "answered"}),
    ("weekly_hours", "around 20ish", {"weekly_hours": "answered"}),
    ("weekly_hours", "Probably 30, could go up to 40 later", {"weekly_hours": "answered"}),
    (
        "weekly_hours",
        "I work full time so only about 10 hours on weekends",
        {"weekly_hours": "answered"},
    ),
    ("weekly_hours", "2-3 hours per day on weekdays", {"weekly_hours": "answered"}),
    (
        "linkedin_url",
        "sure: linkedin.com/in/olivia-chen-ml (I rarely update it though)",
        {"linkedin_url": "answered"},
    ),
    (
        "years_experience",
        "2 years, and 20 hours per week",
        {"years_experience": "answered", "weekly_hours": "answered"},
    ),
    (None, "I'm a student so I can do about 12 hours a week", {"weekly_hours": "answered"}),
    (
        "ai_training_experience",
        "I have 2 years of experience on DataAnnotation doing coding and math tasks",
        {"years_experience": "answered", "ai_training_experience": "answered"},
    ),
    ("weekly_hours", "i can give 15 hour in week", {"weekly_hours": "answered"}),
    ("years_experience", "i have 2 year experiance", {"years_experience": "answered"}),
    (
        "years_experience",
        "Since 1 year I work in remotask",
        {"years_experience": "answered", "ai_training_experience": "answered"},
    ),
    ("linkedin_url", "https://www.linkedin.com/in/m-rahman-bd 👍", {"linkedin_url": "answered"}),
    ("linkedin_url", "no i dont have linkdin", {"linkedin_url": "none"}),
    ("linkedin_url", "i dont have linked in account", {"linkedin_url": "none"}),
    (
        "ai_training_experience",
        "no i never do this work before",
        {"ai_training_experience": "none", "years_experience": "none"},
    ),
    ("weekly_hours", "i can work anytime", {"weekly_hours": "vague"}),
    ("weekly_hours", "all day everyday haha", {"weekly_hours": "vague"}),
    ("years_experience", "long time bro", {"years_experience": "vague"}),
    ("ai_training_experience", "i did many tasks", {"ai_training_experience": "vague"}),
    ("linkedin_url", "sorry i not want share this", {"linkedin_url": "declined"}),
    ("weekly_hours", "i prefer not tell", {"weekly_hours": "declined"}),
    ("linkedin_url", "facebook.com/rahim.uddin.77", {"linkedin_url": "invalid"}),
    ("weekly_hours", "8-10hrs", {"weekly_hours": "answered"}),
    ("weekly_hours", "15 hrs/wk 🙂", {"weekly_hours": "answered"}),
    (
        None,
        "3yrs exp in data annotation (bbox, polygon) on Appen, 40hrs/week available",
        {
            "weekly_hours": "answered",
            "years_experience": "answered",
            "ai_training_experience": "answered",
        },
    ),
    (
        "ai_training_experience",
        "DataAnnotation mostly. Some Outlier.",
        {"ai_training_experience": "answered"},
    ),
    (
        "ai_training_experience",
        "I used Label Studio and CVAT for image labeling at my last job",
        {"ai_training_experience": "answered"},
    ),
    (
        "ai_training_experience",
        "Mechanical Turk surveys and image tagging",
        {"ai_training_experience": "answered"},
    ),
    ("years_experience", "3 yrs+", {"years_experience": "answered"}),
    ("years_experience", "~2y", {"years_experience": "answered"}),
    ("weekly_hours", "~25", {"weekly_hours": "answered"}),
    (
        "linkedin_url",
        "https://www.linkedin.com/in/%C3%A9lodie-martin-123abc/",
        {"linkedin_url": "answered"},
    ),
    ("linkedin_url", "https://www.linkedin.com/jobs/view/123456", {"linkedin_url": "invalid"}),
    ("linkedin_url", "I have a profile but I can't remember the link", {"linkedin_url": "vague"}),
    (
        "years_experience",
        "No experience but willing to learn",
        {"years_experience": "none", "ai_training_experience": "none"},
    ),
    ("weekly_hours", "Mon-Fri 2h per day", {"weekly_hours": "answered"}),
]


@pytest.mark.parametrize(("asked", "text", "statuses"), ROWS)
def test_statuses_per_field(asked: str | None, text: str, statuses: dict[str, str]) -> None:
    reading = read_message(DEFAULT_JOB, text, asked)
    assert {k: f.status for k, f in reading.findings.items()} == statuses


@pytest.mark.parametrize(
    ("text", "asked", "clarify", "other"),
    [
        ("what do you mean?", "weekly_hours", "weekly_hours", False),
        ("what do you mean by hours per week?", "linkedin_url", "weekly_hours", False),
        ("per week or per month?", "weekly_hours", "weekly_hours", False),
        ("does freelance work count?", "years_experience", "years_experience", False),
        ("which link do you need?", "linkedin_url", "linkedin_url", False),
        ("what's the pay rate?", "linkedin_url", None, True),
        ("is this remote?", "weekly_hours", None, True),
        ("hi, i can do 25 hours weekly. whats the pay rate?", None, None, True),
    ],
)
def test_clarification_and_other_questions(
    text: str, asked: str | None, clarify: str | None, other: bool
) -> None:
    reading = read_message(DEFAULT_JOB, text, asked)
    assert reading.clarify == clarify
    assert reading.other_question is other
    if asked is not None:
        assert asked not in reading.findings


def test_evidence_is_always_the_candidates_own_words() -> None:
    text = "Hi! 2 years doing RLHF on Outlier, 20 hrs/week, no LinkedIn though."
    reading = read_message(DEFAULT_JOB, text, None)
    assert {k: f.status for k, f in reading.findings.items()} == {
        "linkedin_url": "none",
        "years_experience": "answered",
        "weekly_hours": "answered",
        "ai_training_experience": "answered",
    }
    for finding in reading.findings.values():
        assert finding.evidence and finding.evidence in text
