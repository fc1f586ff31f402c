"""The command line's work, one module per ``interviewer`` subcommand.

The top of the layering: a command may use every room below it (the app, the web layer,
the store, the interview, the engine, the models), and nothing imports a command except
``server.cli``, which only parses arguments and maps errors to exit codes.
"""
