/** A one-line progress bar on stderr when it is a terminal; silent otherwise (logs stay clean). */
export function progressBar(label: string, total: number) {
  const tty = process.stderr.isTTY === true && total > 1;
  const width = 24;
  return {
    tick(done: number, note = '') {
      if (!tty) return;
      const filled = Math.round((done / total) * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      process.stderr.write(`\r${label} [${bar}] ${done}/${total} ${note.slice(0, 40).padEnd(40)}`);
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
