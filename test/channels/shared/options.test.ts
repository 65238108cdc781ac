import { describe, expect, it } from 'vitest';
import { MessageFactory } from 'botbuilder';
import { choicesOf, linksOf, numberedList, pickNumbered } from '../../../src/channels/shared/options';

describe('options', () => {
  const activity = MessageFactory.suggestedActions(
    [
      { type: 'imBack', title: 'Học nghề', value: 'học nghề' },
      { type: 'openUrl', title: 'Trang web', value: 'https://example.invalid' },
      { type: 'postBack', title: 'Việc làm', value: 'việc làm' },
    ],
    'Chọn nhé',
  );

  it('separates choices (imBack/postBack) from links', () => {
    expect(choicesOf(activity)).toEqual([
      { title: 'Học nghề', value: 'học nghề' },
      { title: 'Việc làm', value: 'việc làm' },
    ]);
    expect(linksOf(activity)).toEqual([{ title: 'Trang web', type: 'openUrl', target: 'https://example.invalid' }]);
  });

  it('numbers options and reads typed numbers back', () => {
    const opts = choicesOf(activity);
    expect(numberedList(opts)).toBe('1. Học nghề\n2. Việc làm');
    expect(pickNumbered('2', opts)?.value).toBe('việc làm');
    expect(pickNumbered(' 1. ', opts)?.value).toBe('học nghề');
    expect(pickNumbered('số 2', opts)?.value).toBe('việc làm');
    expect(pickNumbered('3', opts)).toBeUndefined();
    expect(pickNumbered('2 năm', opts)).toBeUndefined();
    expect(pickNumbered('2', undefined)).toBeUndefined();
  });
});
