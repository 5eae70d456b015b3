/**
 * The figures the hardening suite reports, so a run shows what it proved: every number is counted
 * from what a test actually sent or ran, never written by hand. Each test
 * file records into its own report and prints it in afterAll, so the run's
 * output carries one table per file.
 */
export interface Row {
  /** e.g. "alias flood" or "Neo4j stopped mid-run". */
  name: string;
  tried: number;
  /** Refused with the expected code, or recovered. */
  passed: number;
  /** Nodes, relationships or property values that went missing. */
  dataLost: number;
}

export class HardeningReport {
  private readonly rows = new Map<string, Row>();
  private readonly notes: string[] = [];

  constructor(
    private readonly title: string,
    private readonly passedLabel: string,
  ) {}

  /** One attempt: `passed` says whether it ended as it must. */
  record(name: string, passed: boolean, dataLost = 0): void {
    const row = this.rows.get(name) ?? { name, tried: 0, passed: 0, dataLost: 0 };
    row.tried += 1;
    if (passed) row.passed += 1;
    row.dataLost += dataLost;
    this.rows.set(name, row);
  }

  /** Data lost found by a check that spans several attempts. */
  addDataLost(name: string, lost: number): void {
    const row = this.rows.get(name) ?? { name, tried: 0, passed: 0, dataLost: 0 };
    row.dataLost += lost;
    this.rows.set(name, row);
  }

  /** A line printed under the table, for figures that are not attempts. */
  note(text: string): void {
    this.notes.push(text);
  }

  totals(): Row {
    const all = [...this.rows.values()];
    return {
      name: 'total',
      tried: all.reduce((sum, row) => sum + row.tried, 0),
      passed: all.reduce((sum, row) => sum + row.passed, 0),
      dataLost: all.reduce((sum, row) => sum + row.dataLost, 0),
    };
  }

  table(): string {
    const rows = [...this.rows.values(), this.totals()];
    const header = ['', 'tried', this.passedLabel, 'data lost'];
    const cells = rows.map((row) => [row.name, String(row.tried), String(row.passed), String(row.dataLost)]);
    const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)));
    const line = (values: string[]) =>
      values
        .map((value, column) => (column === 0 ? value.padEnd(widths[column]) : value.padStart(widths[column])))
        .join('  ');
    const rule = widths.map((width) => '-'.repeat(width)).join('  ');
    return [
      `== ${this.title}`,
      line(header),
      rule,
      ...cells.slice(0, -1).map(line),
      rule,
      line(cells[cells.length - 1]),
      ...this.notes.map((note) => `   ${note}`),
    ].join('\n');
  }

  print(): void {
    if (this.rows.size > 0) console.log(`\n${this.table()}\n`);
  }
}
