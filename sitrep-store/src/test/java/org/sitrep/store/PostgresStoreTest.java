package org.sitrep.store;

/** The store's contract on PostgreSQL (with PostGIS where installed), in a schema of its own per test. */
class PostgresStoreTest extends StoreContractTest {
    PostgresStoreTest() {
        super(Backend.POSTGRES);
    }
}
