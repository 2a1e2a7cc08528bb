// Turns the bytes of one input into text, or explains why it cannot: empty, binary, or in an
// encoding that is not UTF-8 (read as Latin-1 with a warning). HTML is reduced to its text.
import type { Warning } from '../warnings';
import { stripHtml } from './strip-html';

export interface Decoded {
  text?: string;
  warnings: Warning[];
}

function looksBinary(buf: Buffer): boolean {
  const sample = buf.subarray(0, 8192);
  if (sample.includes(0)) return true;
  let control = 0;
  for (const byte of sample) if (byte < 9 || (byte > 13 && byte < 32)) control++;
  return control / Math.max(1, sample.length) > 0.1;
}

function isValidUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

const looksHtml = (text: string): boolean => /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);

export function decodeInput(buf: Buffer, source: string): Decoded {
  const warnings: Warning[] = [];
  if (buf.length === 0 || buf.toString('utf8').trim() === '') {
    return { warnings: [{ code: 'INPUT_EMPTY', message: `${source}: empty input, skipped`, source, fatal: true }] };
  }
  if (looksBinary(buf)) {
    return { warnings: [{ code: 'INPUT_BINARY', message: `${source}: binary data, not text; skipped`, source, fatal: true }] };
  }
  let text: string;
  if (isValidUtf8(buf)) {
    text = buf.toString('utf8');
  } else {
    text = buf.toString('latin1');
    warnings.push({ code: 'INPUT_ENCODING', message: `${source}: not valid UTF-8; read as Latin-1`, source });
  }
  if (looksHtml(text)) {
    text = stripHtml(text);
    warnings.push({ code: 'INPUT_HTML', message: `${source}: HTML; extracted its text`, source });
  }
  return { text, warnings };
}
