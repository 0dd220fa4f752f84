/**
 * A mutelist pattern, read as Prowler reads it so that a Prowler mutelist mutes the same findings
 * here: a regular expression found anywhere in the value (not anchored, so `logs` matches
 * `ci-logs-replica`), in which every `*` stands for `.*`. `*` alone therefore matches everything,
 * and `ec2_*` every check with `ec2_` in its ID. Throws SyntaxError for an invalid expression.
 */
export function compilePattern(text: string): RegExp {
  return new RegExp(text.replaceAll('*', '.*'));
}

/** Why `text` is not a usable pattern, or undefined when it is. */
export function patternProblem(text: string): string | undefined {
  try {
    compilePattern(text);
    return undefined;
  } catch (error) {
    // "Invalid regular expression: /<the rewritten pattern>/: Unterminated group": keep the reason.
    const message = (error as Error).message;
    return message.slice(message.lastIndexOf(': ') + 2).toLowerCase();
  }
}
