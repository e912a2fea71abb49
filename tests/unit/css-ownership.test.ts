/**
 * Every feature owns its CSS: a stylesheet under src/features/<f> or src/components names only
 * classes its own TSX renders, the global base's (src/styles), the page-wide modes on <html>, and
 * the classes of the shared components that unit renders (a Swatch passes `.swatch` down into
 * the legend). Ownership comes from the TSX: which unit's `className` uses each class.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
/** Set on <html> by useRootClass (features/display, features/lesson); any feature may key on them. */
const HTML_MODES = [
  'projector-mode',
  'lesson-active',
  'stage-layout',
  'sidebar-collapsed',
  'blacked-out',
  'embed-mode',
];

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
const all = files(SRC).map((f) => relative(SRC, f).split('\\').join('/'));
const read = (f: string) => readFileSync(join(SRC, f), 'utf8');

/** features/<f>, components, app, base (src/styles) … */
function unitOf(file: string): string {
  const [top, sub] = file.split('/');
  if (top === 'features') return `features/${sub}`;
  return top === 'styles' ? 'base' : top!;
}

/** The class selectors of a stylesheet (selectors only: not values, not at-rule preludes). */
export function cssClasses(css: string): string[] {
  const preludes = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('{')
    .slice(0, -1)
    .map((chunk) => chunk.split(/[;}]/).pop()!.trim())
    .filter((p) => !p.startsWith('@'));
  return [
    ...new Set(
      preludes.flatMap((p) => [...p.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!)),
    ),
  ];
}

/** The classes a TSX file renders: whole names, and prefixes of built ones (`flag--${f}`). */
export function tsxClasses(source: string): { names: string[]; prefixes: string[] } {
  const names: string[] = [];
  const prefixes: string[] = [];
  const words = (text: string) => {
    for (const w of text.split(/\s+/).filter(Boolean)) {
      // `panel${open ? ' is-open' : ''}` renders `panel`; `flag--${f}` builds `flag--…`.
      const head = w.split('\0')[0]!;
      if (head.endsWith('-')) prefixes.push(head);
      else if (head) names.push(head);
    }
  };
  const strings = (expr: string) => {
    const rest = expr.replace(/`((?:[^`\\]|\\.)*)`/g, (_, body: string) => {
      words(body.replace(/\$\{([^{}]*)\}/g, (_m, inner: string) => (strings(inner), '\0')));
      return ' ';
    });
    for (const m of rest.matchAll(/'([^']*)'|"([^"]*)"/g)) words(m[1] ?? m[2]!);
  };
  for (const m of source.matchAll(/className=(?:"([^"]*)"|\{)/g)) {
    if (m[1] !== undefined) {
      words(m[1]);
      continue;
    }
    let depth = 1;
    let i = m.index + m[0].length;
    while (depth > 0 && i < source.length) depth += { '{': 1, '}': -1 }[source[i++]!] ?? 0;
    strings(source.slice(m.index + m[0].length, i - 1));
  }
  return { names, prefixes };
}

const tsx = all.filter((f) => f.endsWith('.tsx'));
const owners = new Map<string, Set<string>>();
const prefixOwners: [string, string][] = [];
const classesOf = new Map<string, ReturnType<typeof tsxClasses>>();
for (const f of tsx) {
  const found = tsxClasses(read(f));
  classesOf.set(f, found);
  for (const c of found.names) owners.set(c, (owners.get(c) ?? new Set()).add(unitOf(f)));
  for (const p of found.prefixes) prefixOwners.push([p, unitOf(f)]);
}
const ownersOf = (c: string): Set<string> => {
  const set = new Set(owners.get(c));
  for (const [p, unit] of prefixOwners) if (c.startsWith(p)) set.add(unit);
  return set;
};
const base = new Set(
  all.filter((f) => unitOf(f) === 'base' && f.endsWith('.css')).flatMap((f) => cssClasses(read(f))),
);

/** The shared components a unit renders (its imports from src/components, and theirs). */
function componentsUsedBy(unit: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const m of read(file).matchAll(/from '(@\/components\/[^']+|\.\.?\/[^']+)'/g)) {
      const spec = m[1]!;
      const path = spec.startsWith('@/')
        ? spec.slice(2)
        : relative(SRC, join(SRC, file, '..', spec))
            .split('\\')
            .join('/');
      const target = tsx.find((t) => t === `${path}.tsx` || t === `${path}/index.tsx`);
      if (target && unitOf(target) === 'components' && !seen.has(target)) {
        seen.add(target);
        visit(target);
      }
    }
  };
  for (const f of tsx.filter((t) => unitOf(t) === unit)) visit(f);
  return [...seen];
}

/** The classes a unit's stylesheet names that belong to another unit. */
function foreignClasses(unit: string, css: string): string[] {
  const passedDown = new Set(componentsUsedBy(unit).flatMap((f) => classesOf.get(f)!.names));
  return cssClasses(css).filter((c) => {
    const own = ownersOf(c);
    if (own.size === 0 || own.has(unit) || base.has(c) || HTML_MODES.includes(c)) return false;
    return !passedDown.has(c);
  });
}

describe('CSS ownership', () => {
  it('knows who renders which class', () => {
    expect([...ownersOf('legend-item')]).toEqual(['features/filters']);
    expect([...ownersOf('sidebar')]).toEqual(['app']);
    expect([...ownersOf('swatch')]).toEqual(['components']);
    expect([...ownersOf('bar-menu--tools')]).toEqual(['components']);
    expect([...ownersOf('flag--unverified')]).toEqual(['features/panel']);
    expect(base.has('tool-button') && base.has('visually-hidden')).toBe(true);
  });

  it('allows exactly the mode classes set on <html>', () => {
    const set = all
      .filter((f) => /\.tsx?$/.test(f))
      .flatMap((f) => [...read(f).matchAll(/useRootClass\('([\w-]+)'/g)].map((m) => m[1]));
    expect(new Set(set)).toEqual(new Set(HTML_MODES));
  });

  it('catches a stylesheet that restyles another feature', () => {
    const css = '.projector-mode .legend-item, .panel .swatch { color: red; margin: 0.5rem }';
    expect(cssClasses(css)).toEqual(['projector-mode', 'legend-item', 'panel', 'swatch']);
    const built = tsxClasses('<p className={`a b--${x}${y ? \' c\' : ""}`} />');
    expect([built.names.sort(), built.prefixes]).toEqual([['a', 'c'], ['b--']]);
    expect(foreignClasses('features/filters', css)).toEqual(['panel']);
    // The panel renders a Swatch, so it may style the `.swatch` it passes down.
    expect(foreignClasses('features/panel', css)).toEqual(['legend-item']);
  });

  const sheets = all.filter(
    (f) => f.endsWith('.css') && (f.startsWith('features/') || f.startsWith('components/')),
  );
  it.each(sheets)('%s names only its own classes', (f) => {
    expect(foreignClasses(unitOf(f), read(f))).toEqual([]);
  });
});
