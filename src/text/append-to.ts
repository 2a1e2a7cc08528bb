// Appends a value to the list kept under a key of a Map, creating the list on first use. In
// place: copying the list on every append ([...list, value]) costs the square of its length.
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
