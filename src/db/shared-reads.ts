import DataLoader from "dataloader";
import type { Db } from "./client.ts";

/**
 * Reads that are the same for every customer (a farm's offers, the farms on sale, the
 * pickup slots), run once for all the updates that ask for the same key in the same tick
 * (decision 0007). Each caller gets its own copy; nothing is kept after the tick.
 */
export type SharedReads = {
  read<T>(key: string, run: () => Promise<T>): Promise<T>;
};

type Request = { key: string; run: () => Promise<unknown> };

const byClient = new WeakMap<Db, SharedReads>();

/** The shared reads of one client, made on first use. */
export function sharedReadsFor(db: Db): SharedReads {
  let reads = byClient.get(db);
  if (!reads) {
    reads = createSharedReads();
    byClient.set(db, reads);
  }
  return reads;
}

function createSharedReads(): SharedReads {
  const loader = new DataLoader<Request, unknown>(
    async (requests) => {
      const runs = new Map<string, Promise<unknown>>();
      for (const { key, run } of requests) if (!runs.has(key)) runs.set(key, run());
      // An error is given back as the value: DataLoader rejects that caller only.
      return Promise.all(
        requests.map(({ key }) => runs.get(key)!.then(structuredClone, (error: unknown) => error)),
      );
    },
    { cache: false, maxBatchSize: 500 },
  );
  return { read: (key, run) => loader.load({ key, run }) as Promise<never> };
}
