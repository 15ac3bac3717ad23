/**
 * Design systems: what a library's components render, so element rules see a `<Button>` from
 * MUI as a button and an Ant Design `<Alert>` as an announced alert. One preset per library
 * (data/design-systems/*.json, described in docs/components.md): the modules it exports from,
 * and for each component the element it renders, the props that mean an HTML attribute
 * (`to` → `href`, a field's `label` → `aria-label`) and the attributes it always renders
 * (`role="alert"`). A component maps only when the file imports it from the library's module,
 * so a project's own `Button` is never taken for MUI's. A CSS framework's preset (Tailwind) maps
 * no components: it names the classes that hide an element.
 *
 * Presets are on when the nearest package.json depends on the library (`designSystems:
 * "auto"`, the default), or as the config names them.
 */
import { decodeText, readRegularFileSync } from './readFile.js';
import * as path from 'node:path';
import antd from './data/design-systems/antd.json';
import chakra from './data/design-systems/chakra.json';
import headlessui from './data/design-systems/headlessui.json';
import mui from './data/design-systems/mui.json';
import nextjs from './data/design-systems/nextjs.json';
import paragon from './data/design-systems/paragon.json';
import radix from './data/design-systems/radix.json';
import reactBootstrap from './data/design-systems/react-bootstrap.json';
import reactRouter from './data/design-systems/react-router.json';
import tailwind from './data/design-systems/tailwind.json';

/** What a component renders: an element, props that stand for its attributes, attributes it always has. */
export interface ComponentMapping {
  readonly element: string;
  /** Component prop → the HTML attribute it becomes (`{ "to": "href" }`). */
  readonly props?: Readonly<Record<string, string>>;
  /** Attributes the component always renders (`{ "role": "alert" }`). */
  readonly attributes?: Readonly<Record<string, string>>;
  /** The element it renders when given an `href` (`<Button href="/pricing">` in MUI renders an `a`). */
  readonly withHref?: string;
}

/** A config's or preset's entry: an element name, or the whole mapping. */
export type ComponentSetting = string | ComponentMapping;

interface DesignSystem {
  readonly id: string;
  readonly name: string;
  /** Packages whose presence in package.json turns the preset on. */
  readonly detect: readonly string[];
  /** Module → exported name (`Button`, `Typography.Link`, `default`) → what it renders. */
  readonly modules: Readonly<Record<string, Readonly<Record<string, ComponentSetting>>>>;
  /** Classes of a CSS framework that hide an element for everyone (Tailwind's `hidden`: `display: none`). */
  readonly hidingClasses?: readonly string[];
}

export const DESIGN_SYSTEMS: readonly DesignSystem[] = [
  { id: 'mui', ...mui },
  { id: 'antd', ...antd },
  { id: 'chakra', ...chakra },
  { id: 'react-bootstrap', ...reactBootstrap },
  { id: 'paragon', ...paragon },
  { id: 'headlessui', ...headlessui },
  { id: 'radix', ...radix },
  { id: 'react-router', ...reactRouter },
  { id: 'nextjs', ...nextjs },
  { id: 'tailwind', ...tailwind },
];

export const DESIGN_SYSTEM_IDS: readonly string[] = DESIGN_SYSTEMS.map((system) => system.id);

/**
 * The names of presets whose components map (“MUI”, “React Router”) for their ids, each once, in
 * the presets' order: what reports list as “Components of … checked as the elements they render”.
 * A CSS framework's preset (Tailwind) maps no component and is not named there.
 */
export function designSystemNames(ids: readonly string[]): string[] {
  const present = new Set(ids);
  return DESIGN_SYSTEMS.filter((system) => present.has(system.id) && Object.keys(system.modules).length > 0).map(
    (system) => system.name,
  );
}

export function mappingOf(setting: ComponentSetting): ComponentMapping {
  return typeof setting === 'string' ? { element: setting } : setting;
}

const detected = new Map<string, readonly string[]>();
/** A package.json larger than this is not one people write. */
const PACKAGE_JSON_BYTES = 4 * 1024 * 1024;

/**
 * The presets for the libraries the nearest package.json (from `directory` up) depends on. Every
 * folder on the way up gets the same answer, so a project's package.json is read once, not once
 * per folder of components (1,852 times on a 1,615-file app).
 */
export function detectDesignSystems(directory: string): readonly string[] {
  const visited: string[] = [];
  let result: readonly string[] = [];
  for (let current = directory; ; current = path.dirname(current)) {
    const known = detected.get(current);
    if (known) {
      result = known;
      break;
    }
    visited.push(current);
    const dependencies = dependenciesIn(path.join(current, 'package.json'));
    if (dependencies) {
      result = DESIGN_SYSTEMS.filter((system) => system.detect.some((name) => dependencies.has(name))).map(
        (system) => system.id,
      );
      break;
    }
    if (path.dirname(current) === current) break;
  }
  for (const folder of visited) detected.set(folder, result);
  return result;
}

/** Package.json files are read again (one changed on disk: a long-lived server asks). */
export function forgetDesignSystems(): void {
  detected.clear();
}

function dependenciesIn(file: string): Set<string> | undefined {
  let json: Record<string, unknown>;
  try {
    // Read as every workspace file is: a package.json that is a pipe or a device is not read.
    json = JSON.parse(decodeText(readRegularFileSync(file, PACKAGE_JSON_BYTES))) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const names = new Set<string>();
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
    const value = json[field];
    if (value && typeof value === 'object') for (const name of Object.keys(value)) names.add(name);
  }
  return names;
}

/** The classes that hide an element for everyone under the presets in effect (none: an empty list). */
export function hidingClassesOf(ids: readonly string[]): readonly string[] {
  return DESIGN_SYSTEMS.flatMap((system) => (ids.includes(system.id) ? (system.hidingClasses ?? []) : []));
}

/** The components of the presets in effect, by module. */
export type ComponentTable = ReadonlyMap<string, Readonly<Record<string, ComponentSetting>>>;

const tables = new Map<string, ComponentTable>();

export function componentTable(ids: readonly string[]): ComponentTable {
  const id = ids.join(',');
  let table = tables.get(id);
  if (!table) {
    const modules = new Map<string, Record<string, ComponentSetting>>();
    for (const system of DESIGN_SYSTEMS) {
      if (!ids.includes(system.id)) continue;
      for (const [module, components] of Object.entries(system.modules)) {
        modules.set(module, { ...modules.get(module), ...components });
      }
    }
    table = modules;
    tables.set(id, table);
  }
  return table;
}

/**
 * What a component imported from `specifier` renders: `exported` is its name there and the
 * members after it (`Typography.Link`); a default import from a component's own module
 * (`@mui/material/Button`) is named by the module's last segment.
 */
export function lookupComponent(
  table: ComponentTable,
  specifier: string,
  exported: string,
): ComponentMapping | undefined {
  const exact = table.get(specifier);
  if (exact) return exact[exported] === undefined ? undefined : mappingOf(exact[exported]!);
  const slash = specifier.lastIndexOf('/');
  if (slash < 0) return undefined;
  const parent = table.get(specifier.slice(0, slash));
  if (!parent) return undefined;
  const name =
    exported === 'default'
      ? specifier.slice(slash + 1)
      : exported.replace(/^default\./, `${specifier.slice(slash + 1)}.`);
  return parent[name] === undefined ? undefined : mappingOf(parent[name]!);
}
