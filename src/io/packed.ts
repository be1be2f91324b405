/**
 * Values made of strings, numbers, booleans, null, undefined, arrays, plain objects, Sets and Maps,
 * written as JSON and read back as they were, an object reached twice included (one object, not two
 * copies): what the build compiles once (a language's lexicon) and a run reads instead of
 * compiling it again. Every array, object, Set and Map is written as an array whose first item
 * says which: JSON.parse then does most of the reading.
 */
export type Packed = string | number | boolean | null | Packed[] | { [key: string]: Packed };

const ARRAY = 0;
const OBJECT = 1;
const SET = 2;
const MAP = 3;
const UNDEFINED = 4;
/** An object written before: [AGAIN, its number]. */
const AGAIN = 5;
/** An object reached more than once, written the first time: [SHARED, its number, the object]. */
const SHARED = 6;
/** A value JSON writes as it is (no Set, Map, undefined or shared object in it): [AS_JSON, value]. */
const AS_JSON = 7;
/** A Set of such values: [SET_OF_JSON, [items]], read by the Set constructor. */
const SET_OF_JSON = 8;
/** A Map of such keys and values: [MAP_OF_JSON, [[key, value], …]], read by the Map constructor. */
const MAP_OF_JSON = 9;

/** A value as JSON-ready arrays; anything else (a function, a class instance) is refused. */
export function pack(value: unknown): Packed {
  const reached = new Set<object>();
  const twice = new Set<object>();
  count(value, reached, twice);
  const isJson = (v: unknown): boolean =>
    v === null ||
    typeof v === 'string' ||
    typeof v === 'boolean' ||
    (typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0)) ||
    (typeof v === 'object' && !twice.has(v) && holdsJson(v));
  const holdsJson = (v: object): boolean =>
    (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype) &&
    Object.values(v).every(isJson);
  const numbers = new Map<object, number>();
  const open = new Set<object>();
  const write = (v: unknown): Packed => {
    if (v === undefined) return [UNDEFINED];
    if (v === null || typeof v !== 'object') return primitive(v);
    if (open.has(v)) throw new TypeError('pack: cannot write an object that contains itself');
    const number = numbers.get(v);
    if (number !== undefined) return [AGAIN, number];
    if (!twice.has(v)) return container(v, write, isJson, holdsJson);
    numbers.set(v, numbers.size);
    open.add(v);
    const written: Packed = [SHARED, numbers.size - 1, container(v, write, isJson, holdsJson)];
    open.delete(v);
    return written;
  };
  return write(value);
}

function count(value: unknown, reached: Set<object>, twice: Set<object>): void {
  if (value === null || typeof value !== 'object') return;
  if (reached.has(value)) {
    twice.add(value);
    return;
  }
  reached.add(value);
  const children =
    value instanceof Map
      ? [...value].flat()
      : value instanceof Set
        ? [...value]
        : Object.values(value);
  for (const child of children) count(child, reached, twice);
}

function primitive(value: unknown): Packed {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  // JSON has no NaN, no infinities and no negative zero.
  if (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)) return value;
  throw new TypeError(`pack: cannot write a ${typeof value}: ${JSON.stringify(value) ?? '?'}`);
}

/**
 * An array, Set, Map or plain object as packed arrays. One that holds JSON only is written as JSON,
 * even when reached twice (inside its SHARED entry): the English lexicon's actors, each reached by
 * its first and its last key, are then read by JSON.parse rather than field by field by unpack,
 * which runs cold at every start (unpacking that lexicon took about 4 ms of CPU, now 1.3 ms).
 */
function container(
  value: object,
  write: (v: unknown) => Packed,
  isJson: (v: unknown) => boolean,
  holdsJson: (v: object) => boolean,
): Packed[] {
  if (holdsJson(value)) return [AS_JSON, value as Packed];
  if (Array.isArray(value)) return [ARRAY, ...value.map(write)];
  if (value instanceof Set) {
    const items = [...value];
    return items.every(isJson) ? [SET_OF_JSON, items as Packed[]] : [SET, ...items.map(write)];
  }
  if (value instanceof Map) {
    const entries = [...value];
    return entries.every(isJson)
      ? [MAP_OF_JSON, entries as Packed[]]
      : [MAP, ...entries.flatMap(([k, v]) => [write(k), write(v)])];
  }
  if (Object.getPrototypeOf(value) !== Object.prototype)
    throw new TypeError(`pack: cannot write an instance of ${value.constructor.name}`);
  return [OBJECT, ...Object.entries(value).flatMap(([k, v]) => [k, write(v)])];
}

/** The value pack wrote. */
export function unpack(packed: Packed): unknown {
  const shared: unknown[] = [];
  const read = (p: Packed): unknown => {
    if (!Array.isArray(p)) return p;
    switch (p[0]) {
      case AS_JSON:
        return p[1];
      case SET_OF_JSON:
        return new Set(p[1] as Packed[]);
      case MAP_OF_JSON:
        return new Map(p[1] as [Packed, Packed][]);
      case ARRAY: {
        const array = new Array<unknown>(p.length - 1);
        for (let i = 1; i < p.length; i++) array[i - 1] = read(p[i]!);
        return array;
      }
      case OBJECT: {
        const object: Record<string, unknown> = {};
        for (let i = 1; i < p.length; i += 2) object[p[i] as string] = read(p[i + 1]!);
        return object;
      }
      case SET: {
        const set = new Set<unknown>();
        for (let i = 1; i < p.length; i++) set.add(read(p[i]!));
        return set;
      }
      case MAP: {
        const map = new Map<unknown, unknown>();
        for (let i = 1; i < p.length; i += 2) map.set(read(p[i]!), read(p[i + 1]!));
        return map;
      }
      case UNDEFINED:
        return undefined;
      case AGAIN:
        return shared[p[1] as number];
      case SHARED: {
        const value = read(p[2]!);
        shared[p[1] as number] = value;
        return value;
      }
      default:
        throw new TypeError(`unpack: unknown tag ${JSON.stringify(p[0])}`);
    }
  };
  return read(packed);
}
