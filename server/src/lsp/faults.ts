// Test-only fault injection: `NEGOTEXT_TEST_FAULTS=hover,documentSymbol` makes those handlers throw.

/** What a handler-registering method of the connection looks like: `onHover(handler)`, `onRequest(method, handler)`. */
type Registrar = (...args: unknown[]) => unknown;

/**
 * The connection as handlers see it, with the handlers named in `spec` (comma-separated: `hover`, `documentSymbol`,
 * `completion`, or a custom method such as `negotext/statistics`) replaced by ones that throw. Reliability tests use
 * it to prove that an exception inside one feature answers that request with an error and leaves the server serving
 * the others. Read once at start from the environment; without it the connection is returned untouched.
 */
export function withFaults<C extends object>(connection: C, spec: string | undefined = process.env.NEGOTEXT_TEST_FAULTS): C {
  const faults = new Set((spec ?? '').split(',').map((name) => name.trim()).filter((name) => name !== ''));
  if (faults.size === 0) return connection;
  return new Proxy(connection, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof property !== 'string' || !property.startsWith('on') || typeof value !== 'function') return value;
      const register = value as Registrar;
      return (...args: unknown[]) => {
        const custom = property === 'onRequest' || property === 'onNotification';
        const name = custom ? methodName(args[0]) : property.charAt(2).toLowerCase() + property.slice(3);
        const at = custom ? 1 : 0;
        if (faults.has(name) && typeof args[at] === 'function') {
          args = [...args];
          args[at] = () => {
            throw new Error(`injected fault in ${name} (NEGOTEXT_TEST_FAULTS)`);
          };
        }
        return register.apply(target, args);
      };
    },
  });
}

function methodName(type: unknown): string {
  if (typeof type === 'string') return type;
  return typeof type === 'object' && type !== null && typeof (type as { method?: unknown }).method === 'string' ? (type as { method: string }).method : '';
}
