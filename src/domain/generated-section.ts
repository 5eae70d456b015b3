// A section of a Markdown document made by code: the lines between two
// marker comments are replaced by what the code makes, so the prose around
// them stays hand-written and the tables cannot drift from their source.
import fs from 'node:fs';
import path from 'node:path';

// From src/domain under ts-jest, from dist/src/domain once compiled.
const repoRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');

export interface GeneratedSection {
  /** The document, relative to the repository root (docs/model.md). */
  file: string;
  start: string;
  end: string;
  /** The section's content, without its markers. */
  make: () => string;
}

export function sectionPath(section: GeneratedSection): string {
  return path.join(repoRoot, section.file);
}

/** `doc` with the section between its markers made anew. */
export function withSection(doc: string, section: GeneratedSection): string {
  const start = doc.indexOf(section.start);
  const end = doc.indexOf(section.end);
  if (start < 0 || end < start)
    throw new Error(`${section.file} lacks the markers of its generated section (${section.start})`);
  return `${doc.slice(0, start)}${section.start}\n\n${section.make()}\n\n${doc.slice(end)}`;
}

/** Rewrites the section in its file (what `npm run generate` runs). */
export function writeSection(section: GeneratedSection): void {
  const file = sectionPath(section);
  fs.writeFileSync(file, withSection(fs.readFileSync(file, 'utf8'), section));
  console.log(`wrote the generated section of ${section.file}`);
}
