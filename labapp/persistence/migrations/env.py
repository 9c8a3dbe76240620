"""Alembic environment: runs on the connection that labapp hands it.

labapp calls Alembic programmatically (labapp.persistence.schema.upgrade),
passing an open connection in ``config.attributes["connection"]``; developers
generating a revision pass ``-x url=sqlite:///scratch.db`` instead.
"""

from alembic import context
from sqlalchemy import create_engine

from labapp.persistence.tables import Base


def _run(connection):
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("pass -x url=DATABASE_URL")
    with create_engine(url).begin() as own_connection:
        _run(own_connection)
