/** A problem with the files the writer was given, worded for the person running the command. */
export class XlsxWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XlsxWriteError";
  }
}
