// A minimal LSP client for the benchmark: starts `node dist/server.js --stdio`, opens documents, sends incremental
// edits and waits for the diagnostics of each version, times requests, and reads the server's memory from /proc.

import { spawn } from 'child_process';
import { readFileSync } from 'fs';
import { pathToFileURL } from 'url';
import { now, require } from './common.mjs';

const protocol = require('vscode-languageserver-protocol/node');

/** The server process's peak and current resident memory in bytes (Linux /proc), or undefined elsewhere. */
export function processMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
    return { peak: kb('VmHWM'), current: kb('VmRSS') };
  } catch {
    return undefined;
  }
}

/** A process's minor page faults so far (`minflt`, the tenth field of /proc/<pid>/stat), or undefined. */
export function processPageFaults(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: the fields are counted after its closing parenthesis.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[7]);
  } catch {
    return undefined;
  }
}

/** Lines of a text and the LSP position of an offset in it (UTF-16, as LSP counts by default). */
export class Lines {
  constructor(text) {
    this.lines = text.split('\n');
  }
  positionOf(offset) {
    let line = 0;
    let start = 0;
    while (line < this.lines.length - 1 && start + this.lines[line].length + 1 <= offset) {
      start += this.lines[line].length + 1;
      line++;
    }
    return { line, character: offset - start };
  }
}

export class LspSession {
  /** Starts the server and initializes it with one workspace folder. */
  static async start(serverPath, folder, { timeoutMs = 30_000, nodeArgs = [] } = {}) {
    const child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const session = new LspSession(child);
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(`exited with ${signal ?? code}`)));
    const failed = new Promise((resolve) => child.once('error', (error) => resolve(error.message)));
    const uri = pathToFileURL(folder).href;
    const init = session.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'bench' }],
      capabilities: {
        textDocument: {
          synchronization: { didSave: false },
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          // As VS Code's client: a completion list may give its items' edit range once.
          completion: { completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] } },
        },
        workspace: { configuration: false, workspaceFolders: true },
      },
      initializationOptions: {},
    });
    const timeout = new Promise((resolve) => setTimeout(() => resolve('no answer to initialize within ' + timeoutMs / 1000 + ' s'), timeoutMs));
    const result = await Promise.race([init.then(() => undefined, (e) => String(e?.message ?? e)), exited, failed, timeout]);
    if (result !== undefined) {
      session.kill();
      throw new Error(`${result}${session.stderr ? `; stderr: ${session.stderr.slice(0, 500)}` : ''}`);
    }
    session.connection.sendNotification('initialized', {});
    return session;
  }

  constructor(child) {
    this.child = child;
    this.pid = child.pid;
    this.stderr = '';
    child.stderr.on('data', (chunk) => {
      if (this.stderr.length < 20_000) this.stderr += chunk.toString();
    });
    this.waiters = new Map(); // `${uri}@${version}` -> resolve(time)
    this.connection = protocol.createProtocolConnection(new protocol.StreamMessageReader(child.stdout), new protocol.StreamMessageWriter(child.stdin));
    // The server may ask for configuration, register capabilities or show messages: answer everything with null.
    this.connection.onRequest(() => null);
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const at = now();
      const key = `${params.uri}@${params.version}`;
      this.lastDiagnosticCount = params.diagnostics.length;
      const resolve = this.waiters.get(key);
      if (resolve) {
        this.waiters.delete(key);
        resolve(at);
      }
    });
    this.connection.onNotification(() => {});
    this.connection.listen();
  }

  /** Resolves with the time the diagnostics of `version` arrive (rejects after `timeoutMs`). */
  diagnosticsOf(uri, version, timeoutMs = 60_000) {
    return new Promise((resolve, reject) => {
      const key = `${uri}@${version}`;
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        reject(new Error(`no diagnostics for version ${version} within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.waiters.set(key, (at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
  }

  /** Opens a document; resolves with the milliseconds until its first diagnostics. */
  async open(uri, text, timeoutMs = 120_000) {
    const arrived = this.diagnosticsOf(uri, 1, timeoutMs);
    const started = now();
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'negotext', version: 1, text } });
    return (await arrived) - started;
  }

  /** Inserts `insert` at `position` as version `version`; resolves with the milliseconds until its diagnostics. */
  async edit(uri, version, position, insert) {
    const arrived = this.diagnosticsOf(uri, version);
    const started = now();
    this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text: insert }],
    });
    return (await arrived) - started;
  }

  /** Sends an edit without waiting for anything (the next request then pays for the analysis). */
  change(uri, version, position, insert) {
    this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text: insert }],
    });
  }

  /** Times one request round-trip; resolves with { ms, result }. */
  async request(method, params) {
    const started = now();
    const result = await this.connection.sendRequest(method, params);
    return { ms: now() - started, result };
  }

  memory() {
    return processMemory(this.pid);
  }

  /** The server's minor page faults so far: the fresh pages of memory it has taken. */
  pageFaults() {
    return processPageFaults(this.pid);
  }

  async stop() {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5_000))]);
      this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    const gone = await Promise.race([new Promise((r) => this.child.once('exit', () => r(true))), new Promise((r) => setTimeout(() => r(false), 5_000))]);
    if (!gone) this.kill();
    this.connection.dispose();
  }

  kill() {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}
