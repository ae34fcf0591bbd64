// The one "是否指…" finder: the registry (consultation) and a plan's units (export) offer the
// same names for the same typing.
import { describe, expect, it } from 'vitest';
import { closeNames } from '../../../core/model/text-similarity.ts';

const UNITS = ['区水务局', '区交通局', '区城市管理委', '区发展改革委（区统计局）', '各镇乡人民政府、街道办事处'];

describe('closeNames', () => {
  it('offers a name that contains what was typed, or is contained in it', () => {
    expect(closeNames('水务局', UNITS)[0]).toBe('区水务局');
    expect(closeNames('区交通局运输科', UNITS)[0]).toBe('区交通局');
  });

  it('offers a name with a character mistyped, punctuation and full-width forms aside', () => {
    expect(closeNames('区水物局', UNITS)[0]).toBe('区水务局');
    expect(closeNames('区发展改革委(区统计局)', UNITS)[0]).toBe('区发展改革委（区统计局）');
  });

  it('offers nothing when no name is close, and nothing for empty typing', () => {
    expect(closeNames('市公安局刑侦支队', UNITS)).toEqual([]);
    expect(closeNames('  ，', UNITS)).toEqual([]);
  });

  it('ranks a containing name above one that only shares characters, and keeps to the limit', () => {
    const names = ['区交通运输局', '区交通局', '区交通执法大队', '区交通站', '区交通委', '区交通所'];
    expect(closeNames('交通局', names)[0]).toBe('区交通局');
    expect(closeNames('区交通', names, 3)).toHaveLength(3);
  });
});
