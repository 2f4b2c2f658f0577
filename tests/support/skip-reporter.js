// jest reporter: prints, after the summary, every notice recorded with
// recordSkipNotice (tests/support/skip-notices.ts), e.g. "Chromium not found:
// browser tests did NOT run". The reporter is built in jest's parent process
// before any worker starts, so the file name it puts in the environment
// reaches every worker.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const SKIP_NOTICES_ENV = 'CHIBO_SKIP_NOTICES_FILE';

class SkipReporter {
  constructor() {
    this.file = path.join(os.tmpdir(), `chibo-skip-notices-${process.pid}-${Date.now()}.txt`);
    process.env[SKIP_NOTICES_ENV] = this.file;
  }

  onRunStart() {
    fs.rmSync(this.file, { force: true });
  }

  onRunComplete() {
    const notices = this.readNotices();
    fs.rmSync(this.file, { force: true });
    if (notices.length === 0) return;
    const width = Math.min(100, Math.max(...notices.map((notice) => notice.length)) + 4);
    const bar = '!'.repeat(width);
    process.stderr.write(`\n${bar}\n${notices.map((notice) => `!! ${notice}`).join('\n')}\n${bar}\n\n`);
  }

  readNotices() {
    if (!fs.existsSync(this.file)) return [];
    const lines = fs.readFileSync(this.file, 'utf8').split('\n').filter(Boolean);
    // One notice per test file that recorded it: print each distinct one once.
    return [...new Set(lines.map((line) => JSON.parse(line)))];
  }

  getLastError() {
    return undefined;
  }
}

module.exports = SkipReporter;
