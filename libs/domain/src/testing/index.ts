export { specification } from './decider-specification';
