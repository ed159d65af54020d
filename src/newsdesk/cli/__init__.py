"""The command line: flags into `Options`, inputs and a sink; outcomes into output and an
`ExitCode`. The run itself is `newsdesk.run.engine`'s.

One job a module: `app` (the typer app, its two commands as thin wrappers, `main`),
`flags` (the flags both commands share), `checks` (the `Request` and the flags that cannot
work together), `steps` (a command's run as a row of steps), `targets` (where records go),
`env` (the injected `Environment`), `status` (`ExitCode`). `main(argv, env)` is the entry
point of the `newsdesk` script and of `python -m newsdesk`.
"""

from newsdesk.cli.app import app, main, options_of
from newsdesk.cli.checks import Request, check_analysis, check_flags, request_of, several
from newsdesk.cli.env import Environment, environment_of, terminal_of
from newsdesk.cli.flags import AnalyzeFormat, CleanFormat, InputFlag, Shared, arrange, shared_flags
from newsdesk.cli.status import ExitCode

__all__ = [
    "AnalyzeFormat",
    "CleanFormat",
    "Environment",
    "ExitCode",
    "InputFlag",
    "Request",
    "Shared",
    "app",
    "arrange",
    "check_analysis",
    "check_flags",
    "environment_of",
    "main",
    "options_of",
    "request_of",
    "several",
    "shared_flags",
    "terminal_of",
]
