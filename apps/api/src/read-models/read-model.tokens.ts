export const READ_MODELS = Symbol('ReadModels');
export const LOGGER = Symbol('Logger');
