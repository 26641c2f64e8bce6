/**
 * An RFC 3161 timestamp authority, so a third party also vouches for when a checkpoint existed.
 * Optional; no adapter ships yet (see ADR 0030): a configured one would be asked for a token
 * over the checkpoint's signed bytes, stored beside the signature.
 */
export interface TimestampAuthority {
  /** A DER TimeStampToken over SHA-256 of `bytes`. */
  timestamp(bytes: Buffer): Promise<Buffer>;
}
