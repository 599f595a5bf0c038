"""The team store: Neo4j 5 through the official driver.

Reads run in read transactions (``execute_read``: the server refuses writes there too); a load is one
explicit write transaction, committed only when every statement succeeded. The store refuses to start
with Neo4j's default credentials, so a deployment cannot go live with them.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .dialect import NEO4J
from .store import GraphStore, Progress, QueryTimeout, Step, StoreError

if TYPE_CHECKING:
    from neo4j import ManagedTransaction, Session

DEFAULT_PASSWORDS = ("neo4j", "password")


def check_credentials(uri: str | None, user: str | None, password: str | None) -> None:
    if not uri:
        raise StoreError("no Neo4j URI; set the NEO4J_URI environment variable (e.g. bolt://localhost:7687)")
    if not user or not password:
        raise StoreError("Neo4j needs a user and a password; set NEO4J_USER and NEO4J_PASSWORD")
    if password in DEFAULT_PASSWORDS or (user == "neo4j" and password == "neo4j"):
        raise StoreError("refusing to use Neo4j's default credentials; set a strong NEO4J_PASSWORD "
                         "(and change it in Neo4j, e.g. NEO4J_AUTH=neo4j/<secret> in docker compose)")


class Neo4jStore(GraphStore):
    backend = NEO4J
    dialect = NEO4J

    def __init__(self, uri: str | None, user: str | None, password: str | None, *, read_only: bool = False,
                 database: str | None = None):
        check_credentials(uri, user, password)
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, ServiceUnavailable

        self.read_only = read_only
        self.database = database
        try:
            # check_credentials refused a missing uri, user or password
            self._driver = GraphDatabase.driver(str(uri), auth=(str(user), str(password)))
            self._driver.verify_connectivity()
        except AuthError:
            raise StoreError(f"Neo4j at {uri} refused user '{user}': wrong NEO4J_USER/NEO4J_PASSWORD") from None
        except (ServiceUnavailable, OSError, ValueError) as exc:
            raise StoreError(f"cannot reach Neo4j at {uri}: {exc}") from None
        if read_only:
            self._schema_ok = True

    def _session(self, read: bool = False) -> Session:
        from neo4j import READ_ACCESS, WRITE_ACCESS

        # A read session as well as a read transaction: the server refuses writes in either.
        options: dict[str, Any] = {"default_access_mode": READ_ACCESS if read else WRITE_ACCESS}
        if self.database:
            options["database"] = self.database
        return self._driver.session(**options)

    def _read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        from neo4j.exceptions import Neo4jError

        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            return [record.data() for record in tx.run(cypher, params or {})]

        try:
            with self._session(read=True) as session:
                return session.execute_read(work)
        except Neo4jError as exc:
            raise StoreError(f"query failed: {exc.message or exc}") from None

    def _read_bounded(self, cypher: str, params: dict[str, Any], max_rows: int,
                      timeout: float) -> list[dict[str, Any]]:
        from itertools import islice

        from neo4j import unit_of_work
        from neo4j.exceptions import Neo4jError

        @unit_of_work(timeout=timeout)    # the server ends the transaction at the limit
        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            return [record.data() for record in islice(tx.run(cypher, params), max_rows + 1)]

        try:
            with self._session(read=True) as session:
                return session.execute_read(work)
        except Neo4jError as exc:
            if "TransactionTimedOut" in (exc.code or ""):
                raise QueryTimeout(exc.message or str(exc)) from None
            raise StoreError(f"query failed: {exc.message or exc}") from None

    def _write(self, steps: Iterable[Step], progress: Progress | None = None) -> None:
        from neo4j.exceptions import Neo4jError

        if self.read_only:
            raise StoreError("this store was opened read-only; open it without read_only to load data")
        steps = list(steps)   # read twice: the schema statements first, then the data
        try:
            with self._session() as session:
                # Schema statements (constraints) may not share a transaction with data writes.
                is_ddl = [s[0].lstrip().upper().startswith(("CREATE CONSTRAINT", "CREATE INDEX")) for s in steps]
                for (stmt, params), ddl in zip(steps, is_ddl):
                    if ddl:
                        session.run(stmt, params).consume()
                data = [s for s, ddl in zip(steps, is_ddl) if not ddl]
                if not data:
                    return
                with session.begin_transaction() as tx:
                    for i, (stmt, params) in enumerate(data, 1):
                        tx.run(stmt, params).consume()
                        if progress:
                            progress(i, len(data))
                    tx.commit()   # leaving the block without commit rolls back
        except Neo4jError as exc:
            raise StoreError(f"load failed and was rolled back, the store is unchanged: {exc.message or exc}") from None

    def close(self) -> None:
        self._driver.close()
