/**
 * The PISTE download is a ZIP holding the CSV; users may also have the CSV itself. Both enter here.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** CSV-like members of an archive: the directory's data files. */
export function isDirectoryMember(name: string): boolean {
  return /\.(csv|txt)$/i.test(name) && !name.endsWith('/') && !name.startsWith('__MACOSX/');
}

/** The data files of a CSV or ZIP input, whole in memory. */
export function directoryFiles(
  name: string,
  bytes: Uint8Array,
): { name: string; bytes: Uint8Array }[] {
  if (!isZip(bytes)) return [{ name, bytes }];
  const members = unzipSync(bytes, { filter: (file) => isDirectoryMember(file.name) });
  return Object.entries(members).map(([memberName, memberBytes]) => ({
    name: memberName,
    bytes: memberBytes,
  }));
}

/**
 * Streams the members of a ZIP held in memory: the archive is fed in slices so each member's
 * decompressed data arrives in pieces about as large as a slice times the compression ratio,
 * and `afterSlice` runs between slices (the cron awaits its D1 writes there).
 */
export async function streamZipMembers(
  bytes: Uint8Array,
  onMember: (name: string) => ((chunk: Uint8Array, final: boolean) => void) | undefined,
  afterSlice: () => Promise<void>,
  sliceSize = 64 * 1024,
): Promise<void> {
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  let failure: Error | null = null;
  unzip.onfile = (file) => {
    const consume = isDirectoryMember(file.name) ? onMember(file.name) : undefined;
    if (!consume) return;
    file.ondata = (error, chunk, final) => {
      if (error) failure = error;
      else consume(chunk, final);
    };
    file.start();
  };
  for (let start = 0; start < bytes.length; start += sliceSize) {
    const end = Math.min(start + sliceSize, bytes.length);
    unzip.push(bytes.subarray(start, end), end === bytes.length);
    if (failure) throw failure;
    await afterSlice();
  }
}
