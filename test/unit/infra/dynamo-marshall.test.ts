import { MarshallError, marshallItem, marshallValue, unmarshallItem } from '../../../src/infra/dynamodb/marshall';

describe('DynamoDB marshalling', () => {
  describe('marshallItem', () => {
    it('writes each plain type as its AttributeValue', () => {
      expect(marshallItem({ s: 'oat milk', empty: '', n: 499, negative: -2.5, yes: true, no: false, nothing: null, list: ['a', 1], map: { k: 'v' } })).toEqual({
        s: { S: 'oat milk' },
        empty: { S: '' },
        n: { N: '499' },
        negative: { N: '-2.5' },
        yes: { BOOL: true },
        no: { BOOL: false },
        nothing: { NULL: true },
        list: { L: [{ S: 'a' }, { N: '1' }] },
        map: { M: { k: { S: 'v' } } },
      });
    });

    it('leaves out undefined attributes, map entries and list elements', () => {
      expect(marshallItem({ a: 1, b: undefined, m: { keep: 'x', drop: undefined }, l: [1, undefined, 2] })).toEqual({
        a: { N: '1' },
        m: { M: { keep: { S: 'x' } } },
        l: { L: [{ N: '1' }, { N: '2' }] },
      });
    });

    it('writes Sets as string, number or binary sets', () => {
      expect(marshallValue(new Set(['a', 'b']))).toEqual({ SS: ['a', 'b'] });
      expect(marshallValue(new Set([1, 2]))).toEqual({ NS: ['1', '2'] });
      expect(marshallValue(new Set([Buffer.from('hi')]))).toEqual({ BS: ['aGk='] });
      expect(marshallValue(Buffer.from('hi'))).toEqual({ B: 'aGk=' });
    });

    it('keeps a `__proto__` key as an attribute instead of changing the prototype', () => {
      const item = JSON.parse('{"__proto__": "x", "a": 1}') as Record<string, unknown>;
      const wire = marshallItem(item);
      expect(JSON.parse(JSON.stringify(wire))).toEqual(JSON.parse('{"__proto__": {"S": "x"}, "a": {"N": "1"}}'));
      const read = unmarshallItem(JSON.parse(JSON.stringify(wire)));
      expect(Object.getOwnPropertyDescriptor(read, '__proto__')?.value).toBe('x');
      expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    });

    it.each<[string, unknown, RegExp]>([
      ['NaN', { price: Number.NaN }, /NaN cannot be stored.*\(at price\)/],
      ['Infinity', { price: Number.POSITIVE_INFINITY }, /Infinity cannot be stored/],
      ['an unsafe integer', { id: 2 ** 60 }, /outside the safe integer range/],
      ['a Date', { at: new Date(0) }, /a Date cannot be stored; convert it to a plain value first \(at at\)/],
      ['a class instance', { m: new (class Money {})() }, /a Money cannot be stored/],
      ['a function', { f: () => 1 }, /a function cannot be stored/],
      ['a bigint', { n: BigInt(1) }, /a bigint cannot be stored/],
      ['a symbol', { s: Symbol('x') }, /a symbol cannot be stored/],
      ['an empty Set', { tags: new Set() }, /an empty Set cannot be stored/],
      ['a mixed Set', { tags: new Set(['a', 1]) }, /only strings, only numbers or only binary/],
      ['a bad value deep inside', { lines: [{ sku: 'x', price: Number.NaN }] }, /\(at lines\[0\]\.price\)/],
    ])('refuses %s with a clear error', (_what, item, message) => {
      expect(() => marshallItem(item as Record<string, unknown>)).toThrow(MarshallError);
      expect(() => marshallItem(item as Record<string, unknown>)).toThrow(message);
    });
  });

  describe('unmarshallItem', () => {
    it('round-trips nested maps and lists, empty strings, nulls and numbers', () => {
      const order = {
        orderId: 'ord_1',
        note: '',
        total: 1234,
        rate: 0.0825,
        refunded: false,
        giftMessage: null,
        lines: [
          { sku: 'SKU-1', quantity: 2, unitPrice: 399, tags: [] },
          { sku: 'SKU-2', quantity: 1, unitPrice: 0, options: { size: 'large', extras: [['nested'], { deep: { deeper: -1 } }] } },
        ],
        address: {},
      };
      expect(unmarshallItem(JSON.parse(JSON.stringify(marshallItem(order))))).toEqual(order);
    });

    it('reads numbers back as numbers', () => {
      expect(unmarshallItem({ a: { N: '42' }, b: { N: '-0.5' }, c: { N: '1E+3' } })).toEqual({ a: 42, b: -0.5, c: 1000 });
    });

    it('reads string, number and binary sets as Sets, binary as Buffers', () => {
      const item = unmarshallItem({ ss: { SS: ['a', 'b'] }, ns: { NS: ['1', '2.5'] }, bs: { BS: ['aGk='] }, b: { B: 'aGk=' } });
      expect(item.ss).toEqual(new Set(['a', 'b']));
      expect(item.ns).toEqual(new Set([1, 2.5]));
      expect([...(item.bs as Set<Buffer>)].map((b) => b.toString())).toEqual(['hi']);
      expect((item.b as Buffer).toString()).toBe('hi');
    });

    it('refuses a number it cannot hold exactly and a type it does not know', () => {
      expect(() => unmarshallItem({ big: { N: '123456789012345678901' } })).toThrow(/outside the safe integer range.*\(at big\)/);
      expect(() => unmarshallItem({ odd: { X: 'y' } as never })).toThrow(/unknown type \(X\)/);
    });
  });
});
