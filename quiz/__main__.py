"""The `quiz` console command (and `python -m quiz`): the bank's commands start without Flask
(quiz.cli_bank), every other command, or an option before the command's name, with it."""

from __future__ import annotations

import sys

from quiz.cli_bank import bank_commands


def run() -> None:
    args = sys.argv[1:]
    if args and args[0] in bank_commands.commands:
        bank_commands.main(args, prog_name="quiz")
    else:
        from quiz.cli import main

        main()


if __name__ == "__main__":
    run()
