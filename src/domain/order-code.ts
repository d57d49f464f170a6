/**
 * Letters and digits that cannot be misread on a handwritten crate or read aloud at pickup:
 * no 0/O and no 1/I/L.
 */
export const orderCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A short code for a crate; `random` returns a number in [0, 1) like Math.random. */
export function makeOrderCode(random: () => number, length = 4): string {
  let code = "";
  for (let index = 0; index < length; index += 1) {
    // min() guards a random source that returns exactly 1.
    const position = Math.min(
      Math.floor(random() * orderCodeAlphabet.length),
      orderCodeAlphabet.length - 1,
    );
    code += orderCodeAlphabet[Math.max(0, position)];
  }
  return code;
}

/** What a volunteer or customer typed ("#k7 q2") in the stored form ("K7Q2"). */
export function normalizeOrderCode(text: string): string {
  return text.replace(/[\s#]/g, "").toUpperCase();
}

/** Whether a normalized code could have been made by makeOrderCode. */
export function isOrderCode(code: string, length = 4): boolean {
  if (code.length !== length) return false;
  return [...code].every((char) => orderCodeAlphabet.includes(char));
}
