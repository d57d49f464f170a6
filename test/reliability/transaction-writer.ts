// A writer process for the concurrent-writers test: `count` interactive transactions that
// read, wait a little, then write, all at once; prints how many failed.
import { openDatabase } from "../../src/db/client.ts";

const [url, tag, count] = process.argv.slice(2);
const db = await openDatabase(url!);
const drive = await db.drive.findFirstOrThrow();
let failed = 0;
const errors = new Set<string>();
await Promise.all(
  Array.from({ length: Number(count) }, (_, i) =>
    db
      .$transaction(async (tx) => {
        const members = await tx.member.count();
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
        await tx.member.create({
          data: {
            driveId: drive.id,
            telegramId: BigInt(Number(tag) * 100_000 + i),
            firstName: `W${members}`,
          },
        });
      })
      .catch((error: unknown) => {
        failed++;
        errors.add(String(error).split("\n").at(-1)!.slice(0, 200));
      }),
  ),
);
await db.$disconnect();
console.log(JSON.stringify({ failed, errors: [...errors] }));
