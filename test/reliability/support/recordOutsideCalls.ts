// Preloaded into the language server with `node --require`: records every attempt to open a network connection, resolve
// a host name or start a process, so that a test can check that a whole session made none. Each call is recorded
// (synchronously, to the file in NEGOTEXT_OUTSIDE_CALLS_LOG) and then goes ahead unchanged.

// `import x = require()`, not `import * as`: the namespace copy that `import *` makes would be patched instead of the module.
import childProcess = require('child_process');
import dgram = require('dgram');
import dns = require('dns');
import fs = require('fs');
import http = require('http');
import https = require('https');
import net = require('net');
import tls = require('tls');

const log = process.env.NEGOTEXT_OUTSIDE_CALLS_LOG;

function record(call: string, args: unknown[]): void {
  if (!log) return;
  const detail = args.map((a) => (typeof a === 'string' || typeof a === 'number' ? String(a) : typeof a === 'object' && a !== null ? JSON.stringify(a, (_, v) => (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype ? '[object]' : v)) : typeof a)).join(' ');
  const stack = (new Error().stack ?? '').split('\n').slice(3, 8).map((l) => l.trim()).join(' | ');
  fs.appendFileSync(log, `${JSON.stringify({ call, detail: detail.slice(0, 300), stack })}\n`);
}

/** Replaces `owner[name]` with a function that records, then calls the original. */
function watch(owner: object, name: string, label: string): void {
  const original = (owner as Record<string, unknown>)[name];
  if (typeof original !== 'function') return;
  const wrapped = function (this: unknown, ...args: unknown[]) {
    record(label, args);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  try {
    Object.defineProperty(owner, name, { value: wrapped, writable: true, configurable: true });
  } catch {
    // A frozen built-in cannot be watched; the positive control in the test would then fail.
  }
}

watch(net.Socket.prototype, 'connect', 'net.Socket.connect');
for (const name of ['connect', 'createConnection']) watch(net, name, `net.${name}`);
watch(tls, 'connect', 'tls.connect');
for (const name of ['request', 'get']) {
  watch(http, name, `http.${name}`);
  watch(https, name, `https.${name}`);
}
watch(dgram, 'createSocket', 'dgram.createSocket');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) watch(dns, name, `dns.${name}`);
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) watch(childProcess, name, `child_process.${name}`);
watch(globalThis, 'fetch', 'fetch');

// Says that the recorder is in place, so that a test can tell "nothing recorded" from "not loaded".
if (log) fs.appendFileSync(log, `${JSON.stringify({ call: 'loaded', detail: String(process.pid), stack: '' })}\n`);
