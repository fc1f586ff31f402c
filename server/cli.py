"""Command line: ``interviewer serve | models | users | eval | eval-rubric | rejudge | …``.

Each subcommand's work lives in its module of :mod:`server.commands`; this file only
parses arguments, builds the one Settings object and maps errors to exit codes.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pydantic import ValidationError

from server.errors import InterviewerError
from server.settings import Settings

if TYPE_CHECKING:
    from litestar import Litestar


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="interviewer", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the web app on the configured model")
    serve.add_argument("--host", help="bind address (default: INTERVIEWER_HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default: INTERVIEWER_PORT or 8000)")
    serve.add_argument(
        "--workers",
        type=int,
        help="web processes (default: INTERVIEWER_WORKERS or 1); more than one needs"
        " INTERVIEWER_ENGINE_URL",
    )
    serve.add_argument(
        "--no-pull", action="store_true", help="fail instead of fetching a missing model"
    )

    sub.add_parser("demo", help="seed the demo employer and job, print the demo log-ins")

    purge = sub.add_parser(
        "purge", help="delete interviews older than their job's retention, and expired log-ins"
    )
    purge.add_argument("--dry-run", action="store_true", help="only count what would be deleted")

    users = sub.add_parser("users", help="add accounts (employers are added this way)")
    usub = users.add_subparsers(dest="users_command", required=True)
    add = usub.add_parser("add", help="add an account; its password is printed once")
    add.add_argument("--role", choices=("employer", "candidate"), required=True)
    add.add_argument("--email", required=True)
    add.add_argument("--name", required=True)

    database = sub.add_parser("db", help="the database's schema: upgrade it, or see where it is")
    dsub = database.add_subparsers(dest="db_command", required=True)
    upgrade = dsub.add_parser(
        "upgrade", help="apply pending migrations (the app also does at start)"
    )
    upgrade.add_argument(
        "--sql",
        action="store_true",
        help="print the SQL instead, for INTERVIEWER_DATABASE_URL's kind of database;"
        " nothing is connected",
    )
    upgrade.add_argument(
        "--from",
        dest="start",
        metavar="REV",
        help="with --sql: the revision the database is at (default: a blank database)",
    )
    upgrade.add_argument(
        "--to", dest="upto", metavar="REV", help="with --sql: the last revision (default: newest)"
    )
    dsub.add_parser("current", help="the database's revision and what is pending")

    models = sub.add_parser("models", help="list, fetch, verify and import model files")
    msub = models.add_subparsers(dest="models_command", required=True)
    msub.add_parser("list", help="every catalog model and whether it is installed")
    pull = msub.add_parser("pull", help="fetch a model from its sources and verify it")
    pull.add_argument("name", nargs="?", help="catalog name (default: INTERVIEWER_MODEL)")
    verify = msub.add_parser("verify", help="check installed files against their sha256")
    verify.add_argument("name", nargs="?", help="catalog name (default: every installed model)")
    imp = msub.add_parser("import", help="copy a GGUF file in by hand and verify it")
    imp.add_argument("path", help="path of the GGUF file to import")
    imp.add_argument("--name", required=True, help="catalog name the file is for")

    ev = sub.add_parser("eval", help="run labelled cases through the interview and score them")
    ev.add_argument("cases", help="cases file (.jsonl), see shared/eval/README.md")
    ev.add_argument("--out", required=True, help="where to write predictions (.jsonl)")
    ev.add_argument("--model", help="catalog name (default: INTERVIEWER_MODEL)")
    ev.add_argument(
        "--rules-only",
        action="store_true",
        help="no model: measure the deterministic reading alone",
    )

    er = sub.add_parser(
        "eval-rubric", help="judge answers against rubrics and score them against human labels"
    )
    er.add_argument("cases", help="rubric cases file (.jsonl), see shared/eval/README.md")
    er.add_argument("--out", required=True, help="where to write predictions (.jsonl)")
    er.add_argument("--model", help="catalog name (default: INTERVIEWER_MODEL)")

    rj = sub.add_parser(
        "rejudge",
        help="judge a job's submitted rubric answers again (on another model with --model)",
    )
    rj.add_argument("job_id", type=int, help="the job's id (in its page's address)")
    rj.add_argument("--model", help="catalog name (default: INTERVIEWER_MODEL)")
    rj.add_argument(
        "--replace-overrides",
        action="store_true",
        help="the new judgements replace people's overrides too (default: overrides stand)",
    )

    rh = sub.add_parser(
        "rehearse", help="run scripted candidates against jobs and report what was understood"
    )
    rh.add_argument("jobs", help="jobs file (.json), see shared/eval/README.md")
    rh.add_argument("--out", help="where to write the full report with every miss (.json)")
    rh.add_argument("--model", help="catalog name (default: INTERVIEWER_MODEL)")
    rh.add_argument(
        "--rules-only",
        action="store_true",
        help="no model: measure the deterministic reading alone",
    )
    return parser


TEXT_LOG_FORMAT = "%(levelname)s %(name)s: %(message)s"
# Control characters a message may carry (a request path, a header): escaped, so request
# data cannot start a log line of its own ("GET /%0AERROR forged" stays one line).
_ESCAPES = {i: f"\\x{i:02x}" for i in [*range(32), 127]} | {9: "\\t", 10: "\\n", 13: "\\r"}


class EscapingFormatter(logging.Formatter):
    """Text log lines in which request data cannot forge a line (tracebacks keep theirs)."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        return super().formatMessage(record).translate(_ESCAPES)


def _configure_logging(settings: Settings) -> None:
    """Escaped text lines by default; one JSON object per line for log collectors. uvicorn's
    loggers propagate to the same handler (``serve_app`` gives uvicorn no config)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if settings.debug else logging.INFO)
    formatter: logging.Formatter = EscapingFormatter(TEXT_LOG_FORMAT)
    if settings.log_format == "json":
        from pythonjsonlogger.core import RESERVED_ATTRS
        from pythonjsonlogger.json import JsonFormatter

        formatter = JsonFormatter(
            "%(asctime)s %(levelname)s %(name)s %(message)s",
            datefmt="%Y-%m-%dT%H:%M:%S%z",
            rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
            reserved_attrs=[*RESERVED_ATTRS, "color_message"],  # uvicorn's ANSI copy
        )
    for handler in root.handlers:
        handler.setFormatter(formatter)


def web_worker_app() -> Litestar:
    """One web process of ``interviewer serve --workers N`` (uvicorn's app factory): the
    settings the parent exported to the environment, its logging, the app."""
    from server.app import create_app

    settings = Settings.from_env()
    logging.basicConfig(level=logging.INFO, format=TEXT_LOG_FORMAT)
    _configure_logging(settings)
    return create_app(settings)


def _override(settings: Settings, **changes: object) -> Settings:
    """A copy with command-line overrides, validated like the environment is."""
    return Settings.model_validate({**settings.model_dump(), **changes})


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format=TEXT_LOG_FORMAT)
    try:
        settings = Settings.from_env()
        _configure_logging(settings)
        if args.command == "models":
            from server.commands import models

            return models.run(settings, args)
        if args.command == "eval":
            from server.commands import evaluate

            if args.model:
                settings = _override(settings, model=args.model)
            return evaluate.run(
                settings, cases=args.cases, out=args.out, rules_only=args.rules_only
            )
        if args.command == "eval-rubric":
            from server.commands import rubric

            if args.model:
                settings = _override(settings, model=args.model)
            return rubric.run(settings, cases=args.cases, out=args.out)
        if args.command == "rejudge":
            from server.commands import rejudge

            if args.model:
                settings = _override(settings, model=args.model)
            return rejudge.run(
                settings, job_id=args.job_id, replace_overrides=args.replace_overrides
            )
        if args.command == "rehearse":
            from server.commands import rehearse

            if args.model:
                settings = _override(settings, model=args.model)
            return rehearse.run(settings, jobs=args.jobs, out=args.out, rules_only=args.rules_only)
        if args.command == "serve":
            from server.commands import serve

            given = (("host", args.host), ("port", args.port), ("workers", args.workers))
            overrides = {k: v for k, v in given if v is not None}
            return serve.run(_override(settings, **overrides), pull=not args.no_pull)
        if args.command == "demo":
            from server.commands import demo

            return demo.demo(settings)
        if args.command == "users":
            from server.commands import users

            return users.add(settings, role=args.role, email=args.email, name=args.name)
        if args.command == "db":
            from server.commands import db

            if args.db_command == "current":
                return db.current(settings)
            if args.sql:
                return db.upgrade_sql(settings, start=args.start, upto=args.upto)
            if args.start or args.upto:
                sys.stderr.write("error: --from and --to go with --sql\n")
                return 2
            return db.upgrade(settings)
        if args.command == "purge":
            from server.commands import purge

            return purge.purge(settings, dry_run=args.dry_run)
    except InterviewerError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'settings'}: {e['msg']}" for e in exc.errors()
        )
        sys.stderr.write(f"error: invalid setting ({problems}); see README.md, Settings\n")
        return 2
    except KeyboardInterrupt:
        return 130
    raise AssertionError(f"unhandled command {args.command!r}")  # argparse prevents this


if __name__ == "__main__":
    raise SystemExit(main())
