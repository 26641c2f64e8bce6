import { loadEvidenceConfig } from './evidence-config';
import { InvalidConfigError } from './load-config';

describe('loadEvidenceConfig', () => {
  it('signs every five minutes and keeps key and checkpoints under the data folder by default', () => {
    expect(loadEvidenceConfig({}, '/srv/data', '/app')).toEqual({
      checkpointSeconds: 300,
      checkpointDir: '/srv/data/evidence/checkpoints',
      signingKey: undefined,
      signingKeyFile: '/srv/data/evidence/signing-key.pem',
    });
  });

  it('takes the interval, folder and key from the environment', () => {
    const env = {
      EVIDENCE_CHECKPOINT_SECONDS: '60',
      EVIDENCE_CHECKPOINT_DIR: 'anchors',
      EVIDENCE_SIGNING_KEY: 'c2VjcmV0',
      EVIDENCE_TSA_URL: 'http://tsa.internal:3180/tsr',
    };
    expect(loadEvidenceConfig(env, '/srv/data', '/app')).toMatchObject({
      checkpointSeconds: 60,
      checkpointDir: '/app/anchors',
      signingKey: 'c2VjcmV0',
      timestampAuthorityUrl: 'http://tsa.internal:3180/tsr',
    });
  });

  it('refuses a timestamp authority that is not an http(s) URL', () => {
    expect(() => loadEvidenceConfig({ EVIDENCE_TSA_URL: 'tsa' }, '/d')).toThrow(/EVIDENCE_TSA_URL/);
  });

  it('refuses an interval that is not a whole number of seconds, never echoing the key', () => {
    const load = () => loadEvidenceConfig({ EVIDENCE_CHECKPOINT_SECONDS: 'often', EVIDENCE_SIGNING_KEY: 'x' }, '/d');
    expect(load).toThrow(InvalidConfigError);
    expect(load).toThrow(/EVIDENCE_CHECKPOINT_SECONDS/);
  });
});
