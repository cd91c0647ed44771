// The users area's public face: what the app and other areas may use of it.
export { usersRoutes } from "./routes.js";
export { createUsersService } from "./service.js";
export type { UsersService } from "./service.js";
