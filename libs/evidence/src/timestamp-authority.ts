/**
 * An RFC 3161 timestamp authority, so a third party also vouches for when a checkpoint existed
 * (ADR 0041). Optional: with `EVIDENCE_TSA_URL` set, each checkpoint's token is stored beside
 * its signature, exported with it and checked by verify-evidence.
 */
export interface TimestampAuthority {
  /** A DER TimeStampToken whose message imprint is SHA-256 of `bytes`. */
  timestamp(bytes: Buffer): Promise<Buffer>;
}
