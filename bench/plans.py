"""The database's own plan for the scoreboard's queries: proof of an index read, not a scan."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import create_engine


def _statements(board: str, period: str) -> dict:
    from quiz import boards as scoreboard

    return {
        "top 20 (top_query)": scoreboard.top_query(board, period),
        "a player's rank (rank_query)": scoreboard.rank_query(
            board, period, 500, 120_000, datetime(2024, 1, 1)
        ),
        "board size (count_query)": scoreboard.count_query(board, period),
    }


def explain(db_url: str, board: str = "quick", period: str = "all") -> dict[str, list[str]]:
    engine = create_engine(db_url)
    plans: dict[str, list[str]] = {}
    try:
        with engine.connect() as conn:
            for name, statement in _statements(board, period).items():
                compiled = statement.compile(dialect=engine.dialect)
                params = compiled.construct_params()
                if engine.dialect.paramstyle == "qmark":
                    params = tuple(params[key] for key in compiled.positiontup)
                    processors = compiled._bind_processors
                    params = tuple(
                        processors[key](value) if key in processors else value
                        for key, value in zip(compiled.positiontup, params, strict=True)
                    )
                    rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params).all()
                    plans[name] = [row[-1] for row in rows]
                else:
                    rows = conn.exec_driver_sql("EXPLAIN " + str(compiled), params).all()
                    plans[name] = [row[0] for row in rows]
    finally:
        engine.dispose()
    return plans
