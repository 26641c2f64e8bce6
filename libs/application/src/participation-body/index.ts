export * from './establish-participation-body.definition';
export * from './appoint-member.definition';
export * from './end-membership.definition';
export * from './record-consultation.definition';
export * from './record-self-evaluation.definition';
export * from './raise-body-dispute.definition';
export * from './resolve-body-dispute.definition';
