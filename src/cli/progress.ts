import { SingleBar } from "cli-progress";

/** A progress bar over a file's bytes, with the rows screened as payload. */
export interface Progress {
  update(bytes: number, rows: number): void;
  stop(): void;
}

const SILENT: Progress = { update() {}, stop() {} };

/**
 * A cli-progress bar on stderr for a file of `totalBytes`: percentage, rows, rows per second and
 * ETA. Shown only on a terminal, so pipes, CI logs and tests get no control characters.
 */
export function createProgress(totalBytes: number | undefined, stream: NodeJS.WriteStream): Progress {
  if (totalBytes === undefined || totalBytes === 0 || !stream.isTTY) return SILENT;
  const started = Date.now();
  const bar = new SingleBar({
    stream,
    format: "screening {bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}",
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
    fps: 10,
  });
  bar.start(totalBytes, 0, { rows: 0, rate: 0 });
  let shown = 0;
  return {
    update(bytes, rows) {
      const seconds = (Date.now() - started) / 1000;
      const payload = { rows, rate: seconds > 0 ? Math.round(rows / seconds) : 0 };
      // The bytes read move once per chunk, the rows once per record. The ETA is worked out from
      // the bar's last 50 values: given every record's, they were one chunk's bytes over and over,
      // no progress at all, and the ETA read `NULL` or `INF` (shown as `LLs`, `NFs`).
      if (bytes === shown) bar.update(payload);
      else bar.update((shown = bytes), payload);
    },
    stop() {
      bar.stop();
    },
  };
}
