import { describe, expect, it } from 'vitest';
import { signedTimestamp, signZalo, verifyZaloSignature } from '../../../src/channels/zalo/verify';

// reference/channels.md §6 test vector: app_id 111, OA secret test_oa_secret, UTF-8 body.
const VECTOR_BODY =
  '{"app_id":"111","user_id_by_app":"222","event_name":"user_send_text","timestamp":"1700000000000","sender":{"id":"USER1"},"recipient":{"id":"OA1"},"message":{"text":"xin chào","msg_id":"msg1"}}';
const VECTOR_SIG = 'mac=b1ca0eee3a1b016c550ef1ec30ff4d8ac397cf6ee1a289b91ef672746b09363f';

describe('X-ZEvent-Signature', () => {
  const raw = Buffer.from(VECTOR_BODY, 'utf8');

  it('accepts the reference test vector (sha256 of appId + raw body + timestamp + OA secret)', () => {
    expect(signedTimestamp(JSON.parse(VECTOR_BODY))).toBe('1700000000000');
    expect(verifyZaloSignature(raw, VECTOR_SIG, '1700000000000', '111', 'test_oa_secret')).toBe(true);
    expect(signZalo(VECTOR_BODY, '1700000000000', '111', 'test_oa_secret')).toBe(VECTOR_SIG);
  });

  it('rejects a wrong secret, app id, timestamp, prefix or body', () => {
    expect(verifyZaloSignature(raw, VECTOR_SIG, '1700000000000', '111', 'app_secret_instead')).toBe(false);
    expect(verifyZaloSignature(raw, VECTOR_SIG, '1700000000000', '112', 'test_oa_secret')).toBe(false);
    expect(verifyZaloSignature(raw, VECTOR_SIG, '1700000000001', '111', 'test_oa_secret')).toBe(false);
    expect(verifyZaloSignature(raw, VECTOR_SIG.slice(4), '1700000000000', '111', 'test_oa_secret')).toBe(false);
    expect(verifyZaloSignature(Buffer.from(VECTOR_BODY.replace('chào', 'chao')), VECTOR_SIG, '1700000000000', '111', 'test_oa_secret')).toBe(false);
    expect(verifyZaloSignature(raw, undefined, '1700000000000', '111', 'test_oa_secret')).toBe(false);
  });

  it('reads the body timestamp as signed (string, or a number as written)', () => {
    expect(signedTimestamp({ timestamp: 1700000000000 })).toBe('1700000000000');
    expect(signedTimestamp({})).toBeUndefined();
    expect(signedTimestamp([1])).toBeUndefined();
    expect(signedTimestamp(null)).toBeUndefined();
  });
});
