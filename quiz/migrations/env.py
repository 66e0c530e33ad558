"""Alembic environment for Flask-Migrate: the app's engine and the models' metadata."""

import logging
from logging.config import fileConfig

from alembic import context
from flask import current_app
from sqlalchemy import text

config = context.config

# Alembic's logging setup suits the command line; under tests it would replace pytest's handlers.
if config.config_file_name and not current_app.testing:
    fileConfig(config.config_file_name, disable_existing_loggers=False)
logger = logging.getLogger("alembic.env")

migrate = current_app.extensions["migrate"]
config.set_main_option(
    "sqlalchemy.url", migrate.db.engine.url.render_as_string(hide_password=False).replace("%", "%%")
)


def metadata():
    return migrate.db.metadatas[None] if hasattr(migrate.db, "metadatas") else migrate.db.metadata


def run_migrations_offline() -> None:
    """Print the SQL instead of running it (`quiz db upgrade --sql`)."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata(),
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    def skip_empty_revision(context, revision, directives):
        # `quiz db migrate` with no model change writes no empty revision file
        if getattr(config.cmd_opts, "autogenerate", False) and directives[0].upgrade_ops.is_empty():
            directives[:] = []
            logger.info("No changes in schema detected.")

    conf_args = dict(migrate.configure_args)
    conf_args.setdefault("process_revision_directives", skip_empty_revision)
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead, on both databases
    conf_args.setdefault("render_as_batch", True)
    conf_args.setdefault("compare_type", True)
    with migrate.db.engine.connect() as connection:
        context.configure(connection=connection, target_metadata=metadata(), **conf_args)
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # the requests' time limits (quiz.timeouts) are not for rewriting a big table
                connection.execute(text("SET LOCAL statement_timeout = 0"))
                connection.execute(text("SET LOCAL lock_timeout = 0"))
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
