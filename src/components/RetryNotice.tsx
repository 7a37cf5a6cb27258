/** Why the index could not load, with a button that tries again (quiz results and site search). */
import { loadIndex } from "../stores/quiz";

export function RetryNotice({ message }: { message: string }) {
  return (
    <div class="notice" role="alert">
      <p>{message}</p>
      <button type="button" class="button" onClick={() => void loadIndex()}>
        Retry
      </button>
    </div>
  );
}
