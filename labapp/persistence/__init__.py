"""Storage on SQLAlchemy 2: tables, repositories, unit of work, migrations."""
