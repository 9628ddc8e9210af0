/** UI strings for /coordinators/, /menus/ and /cases/ (issue 5); composed into `ja` in ../ja.ts. */
export const directory = {} as const;
