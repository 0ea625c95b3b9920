/** A failure the bench explains in one line (the stack is not up, a request was refused, ...). */
export class BenchAbort extends Error {
  override readonly name = 'BenchAbort';
}
