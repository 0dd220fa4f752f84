/**
 * A `secrets_ignore_files` glob as Python's fnmatch reads it (Prowler's semantics): `*` spans any
 * characters, `/` included, `?` one character, `[...]` a set (`[!...]` its complement).
 */
export function globPattern(glob: string): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index]!;
    const closing = char === '[' ? glob.indexOf(']', index + 2) : -1;
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else if (closing === -1) source += char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    else {
      const set = glob.slice(index + 1, closing);
      source += set.startsWith('!') ? `[^${escapeSet(set.slice(1))}]` : `[${escapeSet(set)}]`;
      index = closing;
    }
  }
  return new RegExp(`^${source}$`, 's');
}

function escapeSet(set: string): string {
  return set.replace(/[\\\]^]/g, '\\$&');
}
