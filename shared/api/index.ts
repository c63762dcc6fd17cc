export * from './companies';
export * from './establishment';
export * from './health';
export * from './paths';
export * from './problem';
export * from './structure';
