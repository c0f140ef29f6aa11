export * from './classify-danger';
export * as dangerVocabulary from './vocabulary';
