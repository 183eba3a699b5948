/**
 * content/data is replaced so that, whenever the process is killed, the next
 * start finds the complete old tree or the complete new one, never a mix or
 * nothing. content/data stays a real folder (git and CI's `git status -- content/data`
 * see plain files):
 *
 *   1. write every file into content/data.new (each synced to disk);
 *   2. create the marker content/data.new-complete: the new tree is whole;
 *   3. rename content/data → content/data.old (if there is one);
 *   4. rename content/data.new → content/data;
 *   5. remove the marker and content/data.old.
 *
 * Between 3 and 4 there is no content/data: `recoverOutput`, run at every start,
 * puts back the new tree (marked complete) or else the old one, and removes what
 * an interrupted run left behind (also the content/data.tmp-<pid> and
 * content/data.old-<pid> folders of the one-rename scheme this replaces).
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

export type OutputFile = { name: string; text: string };

const paths = (out: string) => ({ fresh: `${out}.new`, marker: `${out}.new-complete`, old: `${out}.old` });

function writeSynced(path: string, text: string): void {
  const fd = openSync(path, "w");
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Folders next to `out` that only an interrupted run of the previous scheme leaves. */
function legacyLeftovers(out: string): string[] {
  const parent = dirname(out);
  if (!existsSync(parent)) return [];
  const stale = new RegExp(`^${basename(out).replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}\\.(?:tmp|old)-\\d+$`, "u");
  return readdirSync(parent)
    .filter((name) => stale.test(name))
    .map((name) => join(parent, name));
}

/** What an interrupted run left: the tree it was writing or replacing, restored or removed. Returns what it did, for the log. */
export function recoverOutput(out: string): string[] {
  const { fresh, marker, old } = paths(out);
  const done: string[] = [];
  if (!existsSync(out)) {
    if (existsSync(fresh) && existsSync(marker)) {
      renameSync(fresh, out);
      done.push(`restored ${out} from ${fresh} (a run was stopped while swapping)`);
    } else if (existsSync(old)) {
      renameSync(old, out);
      done.push(`restored ${out} from ${old} (a run was stopped while swapping)`);
    }
  }
  for (const path of [fresh, marker, old, ...legacyLeftovers(out)]) {
    if (!existsSync(path)) continue;
    rmSync(path, { recursive: true, force: true });
    done.push(`removed ${path}, left by an interrupted run`);
  }
  return done;
}

/** The steps of one replacement, in order (see the comment at the top); `writeOutput` runs them all. */
export function outputSteps(out: string, files: readonly OutputFile[]): { name: string; run: () => void }[] {
  const { fresh, marker, old } = paths(out);
  return [
    {
      name: "write the new tree",
      run: () => {
        rmSync(fresh, { recursive: true, force: true });
        mkdirSync(fresh, { recursive: true });
        for (const { name, text } of files) writeSynced(join(fresh, name), text);
      },
    },
    { name: "mark it complete", run: () => writeSynced(marker, "") },
    { name: "move the old tree aside", run: () => existsSync(out) && renameSync(out, old) },
    { name: "move the new tree in", run: () => renameSync(fresh, out) },
    {
      name: "remove the marker and the old tree",
      run: () => {
        rmSync(marker, { force: true });
        rmSync(old, { recursive: true, force: true });
      },
    },
  ];
}

export function writeOutput(out: string, files: readonly OutputFile[]): void {
  for (const step of outputSteps(out, files)) step.run();
}
