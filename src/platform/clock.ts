/**
 * The time now. The composition root passes the real clock to every area; a test passes a fixed
 * or moving one to see what a use case does on a given day.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
