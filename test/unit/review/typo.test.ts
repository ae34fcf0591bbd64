import { describe, expect, it } from 'vitest';
import { checkParagraphs, compileTypos } from '../../../core/review/index.ts';
import { typoRule } from '../../../core/review/rules/typo.ts';
import { ReviewContext } from '../../../core/review/context.ts';
import typos from '../../../templates/review/typos.json' with { type: 'json' };
import { applied, findings, flagged } from './helpers.ts';

describe('typo', () => {
  it.each([
    ['地表水达标的比列为100%', '比列', '比例'],
    ['延续五个版块', '版块', '板块'],
    ['各项工作己经完成', '己经', '已经'],
    ['截止2023年底，全区', '截止', '截至'],
    ['截止目前，已完成', '截止', '截至'],
    ['认真部暑落实', '部暑', '部署'],
    ['既使困难再大', '既使', '即使'],
    ['按装在线监测设备', '按装', '安装'],
    ['再接再励，久久为功', '再接再励', '再接再厉'],
  ])('flags %s', (text, wrong, right) => {
    const [f, ...rest] = findings('typo', text);
    expect(rest).toHaveLength(0);
    expect(flagged(text, f)).toBe(wrong);
    expect(f.suggestion).toBe(right);
    expect(f.message).toContain(`“${wrong}”应为“${right}”`);
    expect(applied(text, f)).toBe(text.replace(wrong, right));
  });

  it.each(['截止日期为2024年3月1日。', '申报截止时间另行通知。', '截至2023年底，全区完成治理。', '制作对比列表。', '在线监测设备已安装。', '面积比例为100%。'])(
    'does not flag %s',
    (text) => {
      expect(findings('typo', text)).toEqual([]);
    },
  );

  it('keeps 20+ entries as data, every one of them caught', () => {
    expect(typos.length).toBeGreaterThanOrEqual(20);
    for (const e of typos as { wrong: string; right: string }[]) {
      const text = `前文${e.wrong}${e.wrong === '截止' ? '2024年' : '后文'}`;
      expect(
        checkParagraphs([text])
          .filter((f) => f.rule === 'typo')
          .map((f) => f.suggestion),
        e.wrong,
      ).toEqual([e.right]);
    }
  });

  it('is extended by data: a new entry needs no code', () => {
    const rule = typoRule(compileTypos([...typos, { wrong: '帐号', right: '账号' }]));
    const out = rule.check(new ReviewContext(['登录帐号']));
    expect(out.map((f) => f.suggestion)).toEqual(['账号']);
  });

  it('rejects a pattern with capturing groups', () => {
    expect(() => compileTypos([{ pattern: '(截止)(?=\\d)', right: '截至' }])).toThrow(/capturing/);
  });
});
