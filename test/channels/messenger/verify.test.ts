import { describe, expect, it } from 'vitest';
import { handshakeChallenge, signHub, verifyHubSignature } from '../../../src/channels/messenger/verify';

// reference/channels.md §6 test vector (Node 20 crypto).
const VECTOR_BODY =
  '{"object":"page","entry":[{"id":"PAGE1","time":1700000000000,"messaging":[{"sender":{"id":"PSID1"},"recipient":{"id":"PAGE1"},"timestamp":1700000000000,"message":{"mid":"m_1","text":"xin ch\\u00e0o"}}]}]}';
const VECTOR_SIG = 'sha256=25b490b68d00c41571e74d9e3e523c23d973437feee8d08d7740067260a9868e';

describe('X-Hub-Signature-256', () => {
  it('accepts the reference test vector', () => {
    expect(verifyHubSignature(Buffer.from(VECTOR_BODY, 'utf8'), VECTOR_SIG, 'test_app_secret')).toBe(true);
    expect(signHub(VECTOR_BODY, 'test_app_secret')).toBe(VECTOR_SIG);
  });

  it('accepts upper-case hex and rejects everything else', () => {
    const raw = Buffer.from(VECTOR_BODY, 'utf8');
    expect(verifyHubSignature(raw, VECTOR_SIG.replace(/[a-f]/g, (c) => c.toUpperCase()).replace('SHA256', 'sha256'), 'test_app_secret')).toBe(true);
    expect(verifyHubSignature(raw, VECTOR_SIG, 'other_secret')).toBe(false);
    expect(verifyHubSignature(raw, undefined, 'test_app_secret')).toBe(false);
    expect(verifyHubSignature(raw, [VECTOR_SIG, VECTOR_SIG], 'test_app_secret')).toBe(false);
    expect(verifyHubSignature(raw, VECTOR_SIG.slice(0, -2), 'test_app_secret')).toBe(false);
    expect(verifyHubSignature(raw, VECTOR_SIG.replace('sha256=', 'sha1='), 'test_app_secret')).toBe(false);
  });

  it('fails when the body is re-serialised (Meta signs the \\u-escaped form)', () => {
    const reserialised = JSON.stringify(JSON.parse(VECTOR_BODY));
    expect(reserialised).toContain('chào');
    expect(verifyHubSignature(Buffer.from(reserialised, 'utf8'), VECTOR_SIG, 'test_app_secret')).toBe(false);
  });
});

describe('GET handshake', () => {
  const q = (s: string) => new URLSearchParams(s);
  it('returns the challenge only for subscribe with the right token', () => {
    expect(handshakeChallenge(q('hub.mode=subscribe&hub.verify_token=tok&hub.challenge=42'), 'tok')).toBe('42');
    expect(handshakeChallenge(q('hub.mode=subscribe&hub.verify_token=bad&hub.challenge=42'), 'tok')).toBeUndefined();
    expect(handshakeChallenge(q('hub.mode=unsubscribe&hub.verify_token=tok&hub.challenge=42'), 'tok')).toBeUndefined();
    expect(handshakeChallenge(q('hub.mode=subscribe&hub.challenge=42'), 'tok')).toBeUndefined();
    expect(handshakeChallenge(q('hub.mode=subscribe&hub.verify_token=&hub.challenge=42'), '')).toBeUndefined();
  });
});
