import { DEFAULT_HOURS_REQUIREMENT, isAtRisk, progressOf, requiredProfessionalHours, requirementInForce } from './requirement';
import { formatSerial, maskName, SERIAL_PATTERN } from './certificates';
import { classCredit, creditOfKind, externalActivityDecision, reversalDecision, reversed } from './rules';
import { hoursRequirementSchema, reversalSchema } from './schemas';

describe('the continuing-education ledger', () => {
  it('T-8: a class credits its hours as its category says, a split by its stated 公需 part', () => {
    expect(classCredit({ hours: 24, hoursCategory: 'professional', generalHours: null })).toEqual({ generalHours: 0, professionalHours: 24 });
    expect(classCredit({ hours: 24, hoursCategory: 'general', generalHours: null })).toEqual({ generalHours: 24, professionalHours: 0 });
    expect(classCredit({ hours: 24.5, hoursCategory: 'split', generalHours: 8.2 })).toEqual({ generalHours: 8.2, professionalHours: 16.3 });
  });

  it('H-1: a reversal takes back exactly what its row credited', () => {
    expect(reversed(creditOfKind('general', 6))).toEqual({ generalHours: -6, professionalHours: 0 });
    expect(reversed({ generalHours: 2, professionalHours: 4 })).toEqual({ generalHours: -2, professionalHours: -4 });
  });

  it('H-1: a row is reversed once, and a reversal is never reversed', () => {
    expect(reversalDecision({ kind: 'credit', reversed: false }).allowed).toBe(true);
    expect(reversalDecision({ kind: 'correction', reversed: false }).allowed).toBe(true);
    const again = reversalDecision({ kind: 'credit', reversed: true });
    expect(again).toMatchObject({ allowed: false, rule: 'H-1' });
    expect(reversalDecision({ kind: 'reversal', reversed: false })).toMatchObject({ allowed: false, rule: 'H-1' });
  });

  it('H-1: an external activity is not recorded before it happened', () => {
    expect(externalActivityDecision('2026-12-01', '2026-12-01').allowed).toBe(true);
    expect(externalActivityDecision('2026-12-02', '2026-12-01')).toMatchObject({ allowed: false, rule: 'H-1' });
  });

  it('H-1: a correction carries a reason and some hours', () => {
    expect(reversalSchema.safeParse({ reason: ' ' }).success).toBe(false);
    expect(reversalSchema.safeParse({ reason: '学时录入有误', replacement: { generalHours: 0, professionalHours: 0 } }).success).toBe(false);
    expect(reversalSchema.safeParse({ reason: '学时录入有误', replacement: { generalHours: 0, professionalHours: 12.5 } }).success).toBe(true);
  });
});

describe('the requirement and progress', () => {
  it('H-2: the national default is 90 学时 a year, two thirds of them 专业科目', () => {
    expect(DEFAULT_HOURS_REQUIREMENT.annualHours).toBe(90);
    expect(requiredProfessionalHours(DEFAULT_HOURS_REQUIREMENT)).toBe(60);
    expect(requiredProfessionalHours({ annualHours: 72, professionalShare: 0.6667 })).toBe(48);
  });

  it('H-2: progress counts both kinds and says what is missing of each', () => {
    const p = progressOf({ generalHours: 40, professionalHours: 30 }, DEFAULT_HOURS_REQUIREMENT);
    expect(p).toMatchObject({ totalHours: 70, missingHours: 20, missingProfessionalHours: 30, met: false });
    expect(progressOf({ generalHours: 30, professionalHours: 60 }, DEFAULT_HOURS_REQUIREMENT).met).toBe(true);
    // Enough hours in all, but too few of them professional: not met.
    expect(progressOf({ generalHours: 50, professionalHours: 45 }, DEFAULT_HOURS_REQUIREMENT)).toMatchObject({ missingHours: 0, missingProfessionalHours: 15, met: false });
  });

  it('H-2: at risk means below the chosen share of the total or of the 专业科目 part', () => {
    const half = 0.5;
    expect(isAtRisk(progressOf({ generalHours: 0, professionalHours: 45 }, DEFAULT_HOURS_REQUIREMENT), half)).toBe(false);
    expect(isAtRisk(progressOf({ generalHours: 10, professionalHours: 34 }, DEFAULT_HOURS_REQUIREMENT), half)).toBe(true);
    expect(isAtRisk(progressOf({ generalHours: 45, professionalHours: 10 }, DEFAULT_HOURS_REQUIREMENT), half)).toBe(true);
  });

  it('H-2: an org’s override holds for its subtree, the nearest one winning; a sibling keeps the Academy’s', () => {
    const overrides = [
      { orgPath: '/1/', annualHours: 90, professionalShare: 0.6667 },
      { orgPath: '/1/2/', annualHours: 72, professionalShare: 0.6667 },
      { orgPath: '/1/2/5/', annualHours: 80, professionalShare: 0.5 },
    ];
    expect(requirementInForce('/1/2/6/', overrides)?.annualHours).toBe(72);
    expect(requirementInForce('/1/2/5/9/', overrides)?.annualHours).toBe(80);
    expect(requirementInForce('/1/3/', overrides)?.annualHours).toBe(90);
    expect(requirementInForce('/1/3/', [])).toBeNull();
  });

  it('H-2: a share is kept to four places, as the column keeps it', () => {
    expect(hoursRequirementSchema.safeParse({ annualHours: 90, professionalShare: 0.6667, version: 0 }).success).toBe(true);
    expect(hoursRequirementSchema.safeParse({ annualHours: 90, professionalShare: 2 / 3, version: 0 }).success).toBe(false);
    expect(hoursRequirementSchema.safeParse({ annualHours: 90.25, professionalShare: 0.5, version: 0 }).success).toBe(false);
  });
});

describe('H-3: certificates that can be checked', () => {
  it('the verification page masks the name: the first character, and the last of three or more', () => {
    expect(maskName('唐安莉')).toBe('唐*莉');
    expect(maskName('王五')).toBe('王*');
    expect(maskName('欧阳建国')).toBe('欧**国');
    expect(maskName('李')).toBe('*');
  });

  it('a serial names its year and kind and carries twelve characters that cannot be misread', () => {
    const serial = formatSerial(2026, 'class', Array.from({ length: 12 }, (_, i) => i * 7));
    expect(serial).toMatch(SERIAL_PATTERN);
    expect(serial.startsWith('CAS-2026-C-')).toBe(true);
    expect(formatSerial(2026, 'annual', new Array(12).fill(31))).toBe('CAS-2026-A-ZZZZ-ZZZZ-ZZZZ');
    expect(SERIAL_PATTERN.test('CAS-2026-C-0O1I-AAAA-AAAA')).toBe(false);
  });
});
