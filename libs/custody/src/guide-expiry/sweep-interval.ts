/** Injection token of the expiry sweep's interval in milliseconds (`CustodySettings.guideExpirySweepMs`). */
export const GUIDE_EXPIRY_SWEEP_INTERVAL = Symbol('GuideExpirySweepInterval');
