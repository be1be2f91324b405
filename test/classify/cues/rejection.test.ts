import { describe, expect, it } from 'vitest';
import { rejectionCue } from '../../../src/classify/cues/rejection.js';
import { cues, verdict } from '../../helpers/classify.js';
import { testCue } from './helpers.js';

testCue(rejectionCue, {
  fires: [
    // An abbreviation's full stop does not end the claim.
    [
      '"the U.S. accusations"',
      'He raised serious concerns about the support for the defense industrial base.',
      'China firmly rejects the U.S. accusations about the defense industrial base.',
      { cue: 'rejection', b: 'rejects the U.S. accusations' },
    ],
  ],
});

describe('the rejection cue, case by case', () => {
  it('rejection: one side disputes a claim the other makes', () => {
    const { reasons } = verdict(
      'The measures are not directed against any nation.',
      'The minister said this thesis is incompatible with the real situation concerning any nation.',
    );
    expect(reasons.map((r) => r.cue)).toContain('rejection');
    expect(reasons.find((r) => r.cue === 'rejection')!.b).toBe('incompatible with');
    expect(
      cues(
        'The airship was a surveillance balloon.',
        'China firmly rejected the claim that the airship was a surveillance balloon.',
      ),
    ).toContain('rejection');
  });

  it('rejection: denying legitimacy ("so-called", "does not recognise")', () => {
    expect(
      verdict(
        'The 2016 arbitral award is final and binding on both parties.',
        'China does not accept the so-called arbitral award of 2016.',
      ).reasons[0],
    ).toMatchObject({
      cue: 'rejection',
      b: 'so-called',
    });
    expect(
      cues(
        'Venezuela does not recognise the International Court of Justice.',
        'The case is before the International Court of Justice.',
      ),
    ).toContain('rejection');
    expect(
      cues(
        'The Prime Minister also called for restraint.',
        'The Prime Minister so called for restraint in the region.',
      ),
    ).not.toContain('rejection');
  });
});
