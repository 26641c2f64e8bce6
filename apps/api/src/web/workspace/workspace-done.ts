/** Back to the workspace, which waits until it shows the command just recorded. */
export const workspaceDone = (answer: { position: number }): string => `/werkruimte?na=${answer.position}`;
