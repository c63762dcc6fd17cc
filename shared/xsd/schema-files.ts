import type { LibxmlInputProvider, LibxmlModule } from './libxml-module';
import { encodeUtf8 } from './utf8';

/** Base URL of the bundled schemas: relative imports resolve under it, nothing else is served. */
export const SCHEMA_BASE_URL = 'xsd:/';

/**
 * Serves the bundled schema files to libxml2 and refuses every other URL: schema imports resolve
 * only inside the bundle, and a document can never make libxml2 read a file or the network.
 */
export class SchemaFileServer implements LibxmlInputProvider {
  /** The last URLs libxml2 asked for and did not get, for error reports. */
  readonly refused: string[] = [];
  /** How many URLs were refused in all. */
  refusedCount = 0;
  private readonly bytes = new Map<string, Uint8Array>();

  constructor(
    private readonly files: Readonly<Record<string, string>>,
    private readonly libxml: Pick<LibxmlModule, 'openBuffer' | 'readBuffer' | 'closeBuffer'>,
  ) {}

  /** Claims every URL, so that no other libxml2 loader ever gets one of ours to resolve. */
  match(_url: string): boolean {
    return true;
  }

  open(url: string): number | undefined {
    const content = this.fileBytes(url);
    if (content === undefined) {
      this.refusedCount += 1;
      this.refused.push(url);
      if (this.refused.length > 20) this.refused.shift();
      return undefined;
    }
    return this.libxml.openBuffer(content);
  }

  read(fd: number, buffer: Uint8Array): number {
    return this.libxml.readBuffer(fd, buffer);
  }

  close(fd: number): boolean {
    this.libxml.closeBuffer(fd);
    return true;
  }

  private fileBytes(url: string): Uint8Array | undefined {
    if (!url.startsWith(SCHEMA_BASE_URL)) return undefined;
    const path = url.slice(SCHEMA_BASE_URL.length);
    if (!Object.hasOwn(this.files, path)) return undefined;
    let content = this.bytes.get(path);
    if (content === undefined) {
      content = encodeUtf8(this.files[path] ?? '');
      this.bytes.set(path, content);
    }
    return content;
  }
}

const servers = new WeakMap<LibxmlModule, SchemaFileServer>();

/**
 * The file server registered with this libxml2 instance, registering it on first use: libxml2 has
 * room for only a few input callbacks, so one server per instance serves every validator.
 */
export function schemaFileServerFor(
  libxml: LibxmlModule,
  files: Readonly<Record<string, string>>,
): SchemaFileServer {
  let server = servers.get(libxml);
  if (server === undefined) {
    server = new SchemaFileServer(files, libxml);
    if (!libxml.xmlRegisterInputProvider(server)) {
      throw new Error('libxml2 refused the schema input provider (callback table full)');
    }
    servers.set(libxml, server);
  }
  return server;
}
