import { changeQueue } from '../../src/repositories/change-queue';

describe('the corpus change queue', () => {
  it('runs changes one after another, in order, a failure not stopping the next', async () => {
    const run = changeQueue(10_000);
    const order: string[] = [];
    const slow = run(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      order.push('first');
    });
    const failing = run(async () => {
      order.push('second');
      throw new Error('refused');
    });
    const third = run(async () => order.push('third'));
    await slow;
    await expect(failing).rejects.toThrow('refused');
    await third;
    expect(order).toEqual(['first', 'second', 'third']);
  });

  it('lets the next change go after the wait when the one before never settles', async () => {
    const run = changeQueue(50);
    void run(() => new Promise<never>(() => undefined));
    const started = Date.now();
    await expect(run(async () => 'ran')).resolves.toBe('ran');
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});
