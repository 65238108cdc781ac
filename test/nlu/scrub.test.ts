import { describe, expect, it } from 'vitest';
import { scrubText } from '../../src/nlu/scrub';

describe('scrubText', () => {
  it.each([
    ['sđt em 0901 234 567 nha', 'sđt em [phone] nha'],
    ['gọi +84 90.123.4567 giúp em', 'gọi [phone] giúp em'],
    ['số của mình: 0912345678', 'số của mình: [phone]'],
    ['email an.nguyen@gmail.com', 'email [email]'],
    ['cccd 012345678901', 'cccd [number]'],
    ['fb em facebook.com/an.nguyen.123 nè', 'fb em [link] nè'],
    ['xem https://example.com/x?y=1', 'xem [link]'],
    ['ib zalo @an_nguyen99', 'ib zalo [handle]'],
  ])('removes contact details: %s', (input, expected) => {
    expect(scrubText(input)).toBe(expected);
  });

  it.each([
    ['Tên em là Nguyễn Văn An, em 15 tuổi', 'Tên em là [name], em 15 tuổi'],
    ['em tên là lan em muốn hỏi', 'em tên là [name] em muốn hỏi'],
    ['mình tên Minh Anh năm nay 16', 'mình tên [name] năm nay 16'],
    ['ten em la tran thi b, em o khanh hoa', 'ten em la [name], em o khanh hoa'],
    ['họ và tên: Lê Văn C', 'họ và tên: [name]'],
    ['mình là Hoa nè', 'mình là [name] nè'],
    ['My name is John Smith and I am 15', 'My name is [name] and I am 15'],
    ["I'm Lan, can I work?", "I'm [name], can I work?"],
  ])('removes names after an introduction: %s', (input, expected) => {
    expect(scrubText(input)).toBe(expected);
  });

  it.each([
    'lương 5.000.000 một tháng có cao không',
    'em 15t đi làm 3tr/tháng',
    'mình là học sinh lớp 9',
    "I'm 15 years old",
    'gọi 111 có mất tiền không',
    'Điều 145 Bộ luật Lao động 2019',
  ])('leaves text without personal data alone: %s', (input) => {
    expect(scrubText(input)).toBe(input);
  });

  it('is idempotent', () => {
    const once = scrubText('Tên em là An, sđt 0901234567, mail a@b.vn');
    expect(scrubText(once)).toBe(once);
    expect(once).toBe('Tên em là [name], sđt [phone], mail [email]');
  });
});
