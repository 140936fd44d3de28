// Exit statuses shared by the server (src/server.ts) and its supervisor (supervisor.ts).

/** Errors a restart cannot fix: invalid data or configuration, port taken (sysexits.h EX_CONFIG). */
export const EXIT_CONFIG = 78;
