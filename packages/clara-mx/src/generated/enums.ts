// Generated from specs/mx/api-docs-v3.json and specs/mx/overlay.yaml by tools/generate — do not edit.

/** Threshold period: 1 = monthly, 2 = daily. Values of `CardRequest.periodicityType`, `CardThresholdItem.periodicityType`, `CardThresholdRequest.periodicityType`. */
export const CardPeriodicityType = { MONTHLY: 1, DAILY: 2 } as const;
export type CardPeriodicityType = (typeof CardPeriodicityType)[keyof typeof CardPeriodicityType];

/** Card format: 1 = physical, 2 = virtual. Values of `CardRequest.type`. */
export const CardType = { PHYSICAL: 1, VIRTUAL: 2 } as const;
export type CardType = (typeof CardType)[keyof typeof CardType];
