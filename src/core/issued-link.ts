/** A signed link handed out by a links port (a document, a report file, a dashboard page) and when it stops working. */
export interface IssuedLink {
  readonly url: string;
  readonly expiresAt: Date;
}
