export { renamedExecutable, tinyDocx, tinyOdt, tinyPdf } from './document.fixtures';
export { startS3rver, type RunningS3 } from './s3rver.fixtures';
export { tamperWithStoredBytes } from './tamper.fixtures';
export { storedZip } from './zip.fixtures';
