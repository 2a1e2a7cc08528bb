// Typed reads of graph-document properties (every value is a scalar or a list of scalars).
import type { Properties } from '../graph-document';

export function stringProp(props: Properties, key: string): string | undefined {
  const value = props[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

export function numberProp(props: Properties, key: string): number | undefined {
  const value = props[key];
  return typeof value === 'number' ? value : undefined;
}

export function stringListProp(props: Properties, key: string): string[] {
  const value = props[key];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
}

export function numberListProp(props: Properties, key: string): number[] {
  const value = props[key];
  return Array.isArray(value) ? value.map(Number) : [];
}
