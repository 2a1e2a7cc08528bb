// Control characters in what we print (a file name or record id holding a terminal escape code,
// a stray carriage return) are shown escaped, never sent raw to the terminal.

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const CONTROL_OR_NEWLINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

const escapeOne = (c: string): string => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** Escapes control characters; line breaks and tabs stay unless `oneLine`. */
export function escapeControl(text: string, oneLine = false): string {
  return text.replace(oneLine ? CONTROL_OR_NEWLINE : CONTROL, escapeOne);
}
