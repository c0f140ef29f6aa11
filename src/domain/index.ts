export * from './errors';
export * from './conversation-state';
export * from './ports';
