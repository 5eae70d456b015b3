import { cpuTimes, stealPercent } from '../../bench/cpu-steal';

const stat = (user: number, idle: number, steal: number) =>
  `cpu  ${user} 0 100 ${idle} 10 0 5 ${steal} 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\nintr 1 2 3\n`;

describe('CPU time stolen by the hypervisor', () => {
  it("reads the machine-wide cpu line, not a single core's", () => {
    expect(cpuTimes(stat(1000, 5000, 300))).toEqual({ total: 1000 + 100 + 5000 + 10 + 5 + 300, steal: 300 });
  });

  it('is the stolen share of the time between two readings', () => {
    // 1,000 ticks pass: 600 user, 150 idle, 250 stolen.
    expect(stealPercent(cpuTimes(stat(1000, 5000, 300)), cpuTimes(stat(1600, 5150, 550)))).toBe(25);
    expect(stealPercent(cpuTimes(stat(1000, 5000, 300)), cpuTimes(stat(1900, 5100, 300)))).toBe(0);
  });

  it('says nothing where there is nothing to read or no time passed', () => {
    expect(cpuTimes('')).toBeNull();
    expect(cpuTimes('cpu  1 2 3')).toBeNull();
    expect(stealPercent(null, cpuTimes(stat(1, 1, 1)))).toBeNull();
    expect(stealPercent(cpuTimes(stat(1, 1, 1)), cpuTimes(stat(1, 1, 1)))).toBeNull();
  });

  it('reads this machine when it is Linux', () => {
    if (process.platform !== 'linux') return expect(cpuTimes()).toBeNull();
    const now = cpuTimes();
    expect(now?.total).toBeGreaterThan(0);
    expect(now!.steal).toBeGreaterThanOrEqual(0);
  });
});
