/** Resolves in a new task: the browser may paint and handle input before what follows runs. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0)
  })
}
