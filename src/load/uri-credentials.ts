// Credentials written into a URI (bolt://neo4j:secret@host:7687) are taken out of it: the
// connection uses them as user and password, and the URI that is kept, and printed in messages
// and output, never carries them.

export interface UriCredentials {
  uri: string;
  username?: string;
  password?: string;
}

const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^@/?#]*)@/i;

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The URI without its user:password part, and what that part held. */
export function splitUriCredentials(uri: string): UriCredentials {
  const m = USERINFO.exec(uri);
  if (!m) return { uri };
  const [user, ...rest] = m[2].split(':');
  const out: UriCredentials = { uri: m[1] + uri.slice(m[0].length) };
  if (user) out.username = decode(user);
  if (rest.length) out.password = decode(rest.join(':'));
  return out;
}

/** For messages: the URI with any user:password part replaced by "***@". */
export function redactUri(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^@/?#\s]*@/gi, '$1***@');
}
