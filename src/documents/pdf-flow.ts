/**
 * A vertical flow of measured blocks over pages. Layouts are measured first and drawn
 * second, so a block never breaks in its middle, a heading never ends a page alone,
 * and a continued section can repeat its heading on the next page.
 */
export type Block = {
  height: number;
  /** Draws the block with its top edge at y. */
  draw: (y: number) => void;
  /** Keep on the same page as the next block (a heading and its first row). */
  keepWithNext?: boolean;
  /** Drawn first when this block is the first of a new page (a repeated heading). */
  continuation?: Block[];
};

export type FlowFrame = {
  /** Where the first block goes on the current page. */
  startY: number;
  /** The lowest y a block may reach. */
  bottom: number;
  /** Adds a page and returns where blocks start on it (below any page header). */
  addPage: () => number;
};

/** Draws `blocks` from `frame.startY` on, adding pages as needed; returns the final y. */
export function flowBlocks(blocks: readonly Block[], frame: FlowFrame): number {
  let y = frame.startY;
  let isPageTop = true;

  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (block === undefined) continue;

    if (!isPageTop && y + chainHeight(blocks, index) > frame.bottom) {
      y = frame.addPage();
      for (const repeated of block.continuation ?? []) {
        repeated.draw(y);
        y += repeated.height;
      }
    }
    block.draw(y);
    y += block.height;
    isPageTop = false;
  }
  return y;
}

/** Height of the block at `index` and of the following ones it must stay with. */
function chainHeight(blocks: readonly Block[], index: number): number {
  let height = 0;
  for (let next = index; next < blocks.length; next += 1) {
    const block = blocks[next];
    if (block === undefined) break;
    height += block.height;
    if (block.keepWithNext !== true) break;
  }
  return height;
}

/** Draws blocks one below the other from y, on the current page; returns the final y. */
export function drawBlocks(blocks: readonly Block[], y: number): number {
  let next = y;
  for (const block of blocks) {
    block.draw(next);
    next += block.height;
  }
  return next;
}

/** Total height of blocks drawn one after another. */
export function sumHeights(blocks: readonly Block[]): number {
  return blocks.reduce((total, block) => total + block.height, 0);
}
