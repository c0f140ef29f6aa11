export * from './find-identifying';
