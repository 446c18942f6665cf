/** The same keys as `T`, every leaf a string: English must mirror Danish key for key. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
