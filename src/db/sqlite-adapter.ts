import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type SqliteFactory = InstanceType<typeof PrismaBetterSQLite3>;
type SqliteAdapter = Awaited<ReturnType<SqliteFactory["connect"]>>;
type SqliteTransaction = Awaited<ReturnType<SqliteAdapter["startTransaction"]>>;
type PreparingClient = { prepare(sql: string): unknown };

/**
 * Prisma's better-sqlite3 adapter, with two changes that one connection shared by every
 * update needs: transactions take the write lock up front, and nothing else runs on the
 * connection while one is open.
 */
export function createSqliteAdapter(url: string): SqliteFactory {
  // A busy timeout makes a writer wait for another process's lock instead of
  // failing at once with "database is locked".
  const factory = new PrismaBetterSQLite3({ url, timeout: 10_000 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    beginImmediate(adapter);
    waitForOpenTransactions(adapter);
    return adapter;
  };
  return factory;
}

/**
 * Interactive transactions start with BEGIN IMMEDIATE. A plain BEGIN reads first and asks
 * for the write lock later; when another process wrote in between, SQLite refuses the
 * upgrade at once with SQLITE_BUSY ("database is locked"), busy timeout or not. Taking the
 * write lock up front makes the transaction wait its turn instead.
 */
function beginImmediate(adapter: SqliteAdapter): void {
  const client = (adapter as unknown as { client: PreparingClient }).client;
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
}

/**
 * The adapter queues transactions behind each other, but a query outside any transaction
 * runs at once on the one connection: while another update's transaction was open it ran
 * inside it, and was rolled back with it (a basket change lost because someone else's
 * order failed). Here every statement outside a transaction, and every new transaction,
 * waits until the open one has committed or rolled back.
 */
function waitForOpenTransactions(adapter: SqliteAdapter): void {
  let open: Promise<void> | null = null;
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  // The statement runs synchronously right after the check: nothing can open a transaction
  // in between.
  adapter.queryRaw = async (query) => {
    while (open) await open;
    return queryRaw(query);
  };
  adapter.executeRaw = async (query) => {
    while (open) await open;
    return executeRaw(query);
  };
  adapter.startTransaction = async (isolationLevel) => {
    while (open) await open;
    let release = () => {};
    open = new Promise<void>((resolve) => {
      release = () => {
        open = null;
        resolve();
      };
    });
    try {
      return endsWith(await startTransaction(isolationLevel), release);
    } catch (error) {
      release();
      throw error;
    }
  };
}

/** Calls `release` once the transaction has ended, however it ends. */
function endsWith(transaction: SqliteTransaction, release: () => void): SqliteTransaction {
  const commit = transaction.commit.bind(transaction);
  const rollback = transaction.rollback.bind(transaction);
  const executeRaw = transaction.executeRaw.bind(transaction);
  transaction.commit = async () => {
    await commit();
    release();
  };
  transaction.rollback = async () => {
    await rollback();
    release();
  };
  // Prisma sends COMMIT and ROLLBACK as statements before calling commit() or rollback();
  // when one of them fails it may never call those.
  transaction.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.sql === "COMMIT" || query.sql === "ROLLBACK") release();
      throw error;
    }
  };
  return transaction;
}
