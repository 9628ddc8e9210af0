/** UI strings for /compare/ and the centre pages' agencies (issue 4); composed into `ja` in ../ja.ts. */
export const compare = {} as const;
