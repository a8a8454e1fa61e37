// The QR code of a page's address, drawn at build time as SVG for the share box.
import { createRequire } from 'node:module';
import QRCode from 'qrcode';

/** The part of the qrcode library's matrix the mask choice reads (lib/core/bit-matrix.js). */
interface ModuleMatrix {
  size: number;
  data: Uint8Array;
  reservedBit: Uint8Array;
}

/** The penalty weights of ISO/IEC 18004 (N1–N4), as the library uses them. */
const N1 = 3;
const N2 = 3;
const N3 = 40;
const N4 = 10;

function maskBit(pattern: number, i: number, j: number): boolean {
  switch (pattern) {
    case 0:
      return (i + j) % 2 === 0;
    case 1:
      return i % 2 === 0;
    case 2:
      return j % 3 === 0;
    case 3:
      return (i + j) % 3 === 0;
    case 4:
      return (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0;
    case 5:
      return ((i * j) % 2) + ((i * j) % 3) === 0;
    case 6:
      return (((i * j) % 2) + ((i * j) % 3)) % 2 === 0;
    default:
      return (((i * j) % 3) + ((i + j) % 2)) % 2 === 0;
  }
}

/** For one symbol size: which modules each of the eight masks flips (reserved modules never flip). */
const flipTables = new Map<number, Uint8Array[]>();
function flipsFor(matrix: ModuleMatrix): Uint8Array[] {
  const { size, reservedBit } = matrix;
  let tables = flipTables.get(size);
  if (!tables) {
    tables = Array.from({ length: 8 }, (_, pattern) => {
      const flips = new Uint8Array(size * size);
      for (let i = 0; i < size; i++)
        for (let j = 0; j < size; j++) flips[i * size + j] = !reservedBit[i * size + j] && maskBit(pattern, i, j) ? 1 : 0;
      return flips;
    });
    flipTables.set(size, tables);
  }
  return tables;
}

/** The library's penalty (N1 runs, N2 blocks, N3 finder-like patterns, N4 balance), on a plain array. */
export function maskPenalty(m: Uint8Array, size: number): number {
  let points = 0;
  for (let a = 0; a < size; a++) {
    let lastRow = -1;
    let runRow = 0;
    let lastCol = -1;
    let runCol = 0;
    let bitsRow = 0;
    let bitsCol = 0;
    for (let b = 0; b < size; b++) {
      const inRow = m[a * size + b]!;
      const inCol = m[b * size + a]!;
      if (inRow === lastRow) runRow++;
      else {
        if (runRow >= 5) points += N1 + runRow - 5;
        lastRow = inRow;
        runRow = 1;
      }
      if (inCol === lastCol) runCol++;
      else {
        if (runCol >= 5) points += N1 + runCol - 5;
        lastCol = inCol;
        runCol = 1;
      }
      bitsRow = ((bitsRow << 1) & 0x7ff) | inRow;
      bitsCol = ((bitsCol << 1) & 0x7ff) | inCol;
      if (b >= 10) {
        if (bitsRow === 0x5d0 || bitsRow === 0x05d) points += N3;
        if (bitsCol === 0x5d0 || bitsCol === 0x05d) points += N3;
      }
    }
    if (runRow >= 5) points += N1 + runRow - 5;
    if (runCol >= 5) points += N1 + runCol - 5;
  }
  let blocks = 0;
  for (let i = 0; i < size - 1; i++) {
    for (let j = 0; j < size - 1; j++) {
      const sum = m[i * size + j]! + m[i * size + j + 1]! + m[(i + 1) * size + j]! + m[(i + 1) * size + j + 1]!;
      if (sum === 0 || sum === 4) blocks++;
    }
  }
  let dark = 0;
  for (let i = 0; i < m.length; i++) dark += m[i]!;
  return points + blocks * N2 + Math.abs(Math.ceil((dark * 100) / m.length / 5) - 10) * N4;
}

/**
 * The same choice as the library's getBestMask (the lowest penalty, the first of equals), without its
 * per-module function calls: the mask choice was most of a code's time, on every page of the build.
 */
export function bestMask(matrix: ModuleMatrix, setupFormat: (pattern: number) => void): number {
  const flips = flipsFor(matrix);
  const masked = new Uint8Array(matrix.data.length);
  let best = 0;
  let lowest = Infinity;
  for (let pattern = 0; pattern < 8; pattern++) {
    setupFormat(pattern);
    const flip = flips[pattern]!;
    for (let i = 0; i < masked.length; i++) masked[i] = matrix.data[i]! ^ flip[i]!;
    const penalty = maskPenalty(masked, matrix.size);
    if (penalty < lowest) {
      lowest = penalty;
      best = pattern;
    }
  }
  return best;
}

/** The library's mask module: its createSymbol calls getBestMask through this object. */
export const libraryMasks = createRequire(import.meta.url)('qrcode/lib/core/mask-pattern.js') as {
  getBestMask: (matrix: ModuleMatrix, setupFormat: (pattern: number) => void) => number;
};
export const libraryBestMask = libraryMasks.getBestMask;
libraryMasks.getBestMask = bestMask;

/**
 * One byte-mode segment: the library's default search for the shortest mix of modes (a shortest-path search
 * per code) took half the time for the same QR version on our addresses, on every page of the build.
 */
export function shareQrSvg(url: string): Promise<string> {
  return QRCode.toString([{ data: Buffer.from(url, 'utf8'), mode: 'byte' }], {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
    color: { dark: '#1b1b1b', light: '#ffffff' },
  });
}
