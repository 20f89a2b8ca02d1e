import 'reflect-metadata';

import { band, isBand, sumBands } from './suppression';

describe('bands of sensitive counts', () => {
  it('cuts 0…ceiling into bands of five, each holding at least two values', () => {
    expect(band(0)).toEqual({ atLeast: 0, atMost: 4 });
    expect(band(3)).toEqual({ atLeast: 0, atMost: 4 });
    expect(band(11)).toEqual({ atLeast: 10, atMost: 14 });
    expect(band(2, 3)).toEqual({ atLeast: 0, atMost: 3 });
    expect(band(6, 6)).toEqual({ atLeast: 5, atMost: 6 });
    for (let ceiling = 1; ceiling <= 40; ceiling++) {
      for (let count = 0; count <= ceiling; count++) {
        const b = band(count, ceiling);
        expect(b.atLeast).toBeLessThanOrEqual(count);
        expect(b.atMost).toBeGreaterThanOrEqual(count);
        expect(b.atMost - b.atLeast).toBeGreaterThanOrEqual(1);
        expect(isBand(b, ceiling)).toBe(true);
      }
    }
  });

  it('never says “all of them”: 5 of 5 and 10 of 10 fall in a band with lower values', () => {
    expect(band(5, 5)).toEqual({ atLeast: 0, atMost: 5 });
    expect(band(0, 5)).toEqual({ atLeast: 0, atMost: 5 });
    expect(band(10, 10)).toEqual({ atLeast: 5, atMost: 10 });
    expect(band(0, 0)).toEqual({ atLeast: 0, atMost: 0 });
  });

  it('refuses what is not a band of the partition, and sums bands exactly', () => {
    expect(isBand({ atLeast: 3, atMost: 3 })).toBe(false);
    expect(isBand({ atLeast: 5, atMost: 5 }, 5)).toBe(false);
    expect(isBand({ value: 3 })).toBe(false);
    expect(sumBands([band(0), band(7), band(12)])).toEqual({ atLeast: 15, atMost: 27 });
  });
});
