// Which compiled better-sqlite3 opens plan files. Node (the CLI, the HTTP host, tests) uses the
// one npm built; the Electron main points this at the copy built for Electron's ABI, kept in its
// own folder so that neither build overwrites the other. core/ never imports electron: the
// host hands over a path. QICAO_SQLITE_BINDING does the same for a process started by a host.
let bindingPath: string | undefined = process.env.QICAO_SQLITE_BINDING || undefined;

/** Sets the better_sqlite3.node every later open uses; undefined: the one npm installed. */
export function useSqliteBinding(file: string | undefined): void {
  bindingPath = file;
}

/** Spread into better-sqlite3's options at every `new Database`. */
export function sqliteBindingOption(): { nativeBinding?: string } {
  return bindingPath ? { nativeBinding: bindingPath } : {};
}
