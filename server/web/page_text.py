"""The candidate's pages in the job's language (the interview page and the kiosk): their
fixed strings, translated.

The strings are marked here (``N_``) so ``pybabel extract`` puts them in the same
catalog as the interviewer's wording (``server/interview/locale``). ``job.html`` takes
:data:`JOB_PAGE` as placeholders, ``interview.js`` takes :data:`SCRIPT` as JSON in the
page's ``data-text`` attribute; ``kiosk.html`` and ``kiosk.js`` take :data:`KIOSK_PAGE`
and :data:`KIOSK_SCRIPT` the same way. All are escaped where they are written.
"""

from __future__ import annotations

import json

from server.interview import i18n


def N_(message: str) -> str:
    return message


# fmt: off
JOB_PAGE: dict[str, str] = {
    "t_asks": N_("The interview asks for"),
    "t_apply": N_("Apply"),
    "t_proposal": N_("Your proposal"),
    "t_close": N_("Close"),
    "t_interview": N_("Interview"),
    "t_privacy": N_("Privacy notice"),
    "t_consent": N_('Press "I agree" to accept the notice above and start answering.'),
    "t_agree": N_("I agree"),
    "t_conversation": N_("Conversation"),
    "t_recorded": N_("What was recorded"),
    "t_summary_hint": N_("Is everything right? Confirm it, or type a correction below."),
    "t_confirm": N_("Confirm"),
    "t_your_answer": N_("Your answer"),
    "t_send": N_("Send"),
    "t_answer_hint": N_("Enter sends; Shift+Enter starts a new line."),
    "t_checklist": N_("Checklist"),
    "t_your_bid": N_("Your bid"),
    "t_bid_lock": N_("Locked until every item of the checklist is complete and you confirm "
                     "the summary."),
    "t_bid_amount": N_("Bid amount"),
    "t_submit": N_("Submit proposal"),
    "t_practice": N_("Practise first: a sample interview that keeps nothing"),
    "t_attempts": N_("Your attempts"),
}
# fmt: on
OPTIONAL = N_("(optional)")
SCRIPT: dict[str, str] = {
    "you": N_("You"),
    "interviewer": N_("Interviewer"),
    "complete": N_("complete"),
    "incomplete": N_("incomplete"),
    "status_vague": N_("not specific yet"),
    "status_invalid": N_("not valid yet"),
    "status_declined": N_("not shared"),
    "status_none": N_("none"),
    "summary_hint": JOB_PAGE["t_summary_hint"],
    "confirmed_hint": N_("Confirmed. Enter your bid to submit the proposal."),
    # For a job that takes no bid: confirm, then submit.
    "confirmed_hint_nobid": N_("Confirmed. Submit your proposal to send it to the employer."),
    "submitted_hint": N_("Your proposal was submitted."),
    "submitted_bid": N_("Proposal submitted with a bid of {amount}."),
    "bid_lock": JOB_PAGE["t_bid_lock"],
    "state_interview": N_("interview in progress"),
    "state_summary": N_("ready to confirm"),
    "state_confirmed": N_("ready to bid"),
    "state_confirmed_nobid": N_("ready to submit"),
    "state_submitted": N_("proposal submitted"),
    "apply": JOB_PAGE["t_apply"],
    "proposal": JOB_PAGE["t_proposal"],
    "your_bid": JOB_PAGE["t_your_bid"],
    "continue": N_("Continue applying"),
    "view": N_("View your proposal"),
    "question_of": N_("Question {n} of {total}"),
    "checklist": JOB_PAGE["t_checklist"],
    "optional": OPTIONAL,
    "opening": N_("Opening your interview…"),
    "getting_reply": N_("Getting the reply to your last message…"),
    "reading": N_("Reading your answer…"),
    "lost": N_("The connection was lost before the reply arrived."),
    "not_reached": N_("Your message did not reach the server. Send it again."),
    "offline": N_("Still offline. Retrying…"),
    "bid_error": N_("Enter an amount above 0 and at most 1,000,000, with at most two decimals."),
    "thanks_submitted": N_("Your proposal was submitted. Thank you!"),
    "retake": N_("Retake the interview ({n} left)"),
    "attempt_n": N_("Attempt {n}"),
}
# The practice page (server/web/practice.py): placeholders and script strings in one table.
# fmt: off
PRACTICE: dict[str, str] = {
    "p_title": N_("Practice interview"),
    "p_label": N_("Practice: nothing is kept"),
    "p_intro": N_("Try the interviewer on a sample job. Nothing you type here is stored, sent "
                  "to an employer or logged: the conversation lives only in this browser tab "
                  "and is gone when you close it."),
    "p_language": N_("Language"),
    "p_switch": N_("Change language"),
    "p_lang_hint": N_("Each language has its own sample job, and the interviewer speaks it."),
    "p_start": N_("Start practising"),
    "p_again": N_("Start again"),
    "p_done": N_("That was the whole practice interview. Nothing was kept: start again, or "
                 "apply for a real job."),
}
# fmt: on


def _translated(table: dict[str, str], lang: str) -> dict[str, str]:
    _ = i18n.translations(lang).gettext
    return {key: _(text) for key, text in table.items()}


def job_page(lang: str) -> dict[str, str]:
    """The job page's placeholders in ``lang``."""
    return _translated(JOB_PAGE, lang)


def script(lang: str, extra: dict[str, str] | None = None) -> str:
    """The script's strings (and ``extra``'s) in ``lang``, as JSON for a data attribute."""
    return json.dumps(_translated({**SCRIPT, **(extra or {})}, lang), ensure_ascii=False)


def practice_page(lang: str) -> dict[str, str]:
    """The practice page's own placeholders in ``lang``."""
    return _translated(PRACTICE, lang)


def optional(lang: str) -> str:
    return i18n.translations(lang).gettext(OPTIONAL)


# fmt: off
KIOSK_PAGE: dict[str, str] = {
    "k_kept": N_("How your answers are kept"),
    "k_name": N_("Your name"),
    "k_email": N_("Your e-mail (optional)"),
    "k_start": N_("Start"),
    "k_finish": N_("Finish and clear"),
    "k_resume": N_("Resume code:"),
    "k_resume_how": N_("To go on later on another device, open /resume there and enter it."),
    "k_consent": JOB_PAGE["t_consent"],
    "k_agree": JOB_PAGE["t_agree"],
    "k_conversation": JOB_PAGE["t_conversation"],
    "k_summary_hint": JOB_PAGE["t_summary_hint"],
    "k_confirm": JOB_PAGE["t_confirm"],
    "k_your_bid": JOB_PAGE["t_your_bid"],
    "k_submit": JOB_PAGE["t_submit"],
    "k_your_answer": JOB_PAGE["t_your_answer"],
    "k_send": JOB_PAGE["t_send"],
    "k_thanks": N_("Thank you"),
    "k_sent": N_("Your answers were sent to the employer. This screen clears by itself in a "
                 "few seconds."),
    "k_still": N_("Still there?"),
    "k_still_text": N_("For the next person, this screen clears soon. Your answers so far are "
                       "kept."),
    "k_seconds_left": N_("Seconds left:"),
    "k_still_here": N_("I'm still here"),
}
KIOSK_SCRIPT: dict[str, str] = {
    "you": SCRIPT["you"],
    "interviewer": SCRIPT["interviewer"],
    "reading": SCRIPT["reading"],
    "answered": N_("{done} of {total} answered"),
}
# fmt: on


def kiosk_page(lang: str) -> dict[str, str]:
    """The kiosk page's placeholders in ``lang``."""
    return _translated(KIOSK_PAGE, lang)


def kiosk_script(lang: str) -> str:
    """The kiosk script's strings in ``lang``, as JSON for a data attribute."""
    return json.dumps(_translated(KIOSK_SCRIPT, lang), ensure_ascii=False)


# The layout around every page (skip link, main navigation), in the page's language.
# fmt: off
SHELL: dict[str, str] = {
    "skip": N_("Skip to content"),
    "nav": N_("Main"),
    "log_in": N_("Log in"),
    "register": N_("Register"),
    "my_jobs": N_("My jobs"),
    "new_job": N_("New job"),
    "jobs": N_("Jobs"),
    "account": N_("Account"),
    "log_out": N_("Log out"),
    "candidate": N_("candidate"),
    "employer": N_("employer"),
}
# fmt: on


def shell(lang: str) -> dict[str, str]:
    """The layout's strings in ``lang``."""
    return _translated(SHELL, lang)
