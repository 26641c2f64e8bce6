/** Whether anything answers HTTP at `url` (any status: a running service, healthy or not). */
export async function isAnswering(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}
