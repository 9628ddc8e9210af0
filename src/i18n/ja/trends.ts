/** UI strings for /trends/, ministry pages and /explore/ (issue 6); composed into `ja` in ../ja.ts. */
export const trends = {} as const;
