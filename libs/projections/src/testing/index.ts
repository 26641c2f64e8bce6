export {
  projectionSpecification,
  type ProjectionScenario,
  type ProjectionSpecification,
} from './projection-specification';
export { recordedEvents, type StreamOfEvents } from './recorded-events';
